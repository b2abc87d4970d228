"""Flows before and after, computed with the project's NetworkPolicy evaluator on both trees,
so a widened selector or port range shows as the connections it opens.

Endpoints: one pod per workload (Deployment, StatefulSet, Job, CronJob, CNPG Cluster and
Pooler), one per pod selector a policy names that no workload matches (the pods of other
teams' namespaces, such as the ingress controller, or pods an operator creates at run time),
and probe addresses for the ipBlocks (one public, one private, and the first address of each
narrower range). Ports: every port a policy or container names, range ends included, plus
port 1 (no rule names it, so a rule opening every port shows as "any port")."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..netpol import Address, Evaluator, Pod, probe_ports, workload_pods
from .model import Finding, Manifest, Tree, dig

Connection = tuple[str, str, int, str]
Pair = tuple[str, str]
ANY_PORT = 1
# Documentation and private example addresses: they stand for "somewhere public" and "somewhere private".
PUBLIC = Address("public addresses", "203.0.113.10")
PRIVATE = Address("private addresses", "10.0.0.10")
NAME_KEYS = ("app.kubernetes.io/name", "cnpg.io/cluster", "cnpg.io/poolerName", "k8s-app", "app")


@dataclass(frozen=True)
class FlowChange:
    """Connections allowed before and after, and the findings they lead to."""

    before: set[Connection]
    after: set[Connection]
    namespaces: set[str]  # the tree's own namespaces (the rest are other teams')

    @property
    def added(self) -> set[Connection]:
        return self.after - self.before

    @property
    def removed(self) -> set[Connection]:
        return self.before - self.after


def _policies(tree: Tree | None) -> list[Manifest]:
    return [m for _, m in tree.of_kind("NetworkPolicy")] if tree else []


def _operator_pods(tree: Tree) -> list[Pod]:
    """Pods CloudNativePG runs for a Cluster or a Pooler, labelled as the operator labels them."""
    pods = []
    for (kind, namespace, name), manifest in tree.objects.items():
        api = str(manifest.get("apiVersion", ""))
        if kind == "Cluster" and api.startswith("postgresql.cnpg.io/"):
            labels = {
                **(dig(manifest, "spec", "inheritedMetadata", "labels") or {}),
                "cnpg.io/cluster": name,
                "cnpg.io/podRole": "instance",
            }
            pods.append(Pod.of(f"{namespace}/{name}", namespace, labels))
        elif kind == "Pooler" and api.startswith("postgresql.cnpg.io/"):
            pods.append(Pod.of(f"{namespace}/{name}", namespace, {"cnpg.io/poolerName": name}))
    return pods


def _selector_name(labels: Mapping[str, str]) -> str:
    for key in NAME_KEYS:
        if key in labels:
            return labels[key]
    return ",".join(f"{k}={v}" for k, v in sorted(labels.items())) or "any pod"


def _named_selectors(policies: Iterable[Manifest]) -> Iterable[tuple[str, dict[str, str]]]:
    """(namespace, matchLabels) of every pod selector the policies name, where the namespace
    is known (the policy's own, or a namespaceSelector on kubernetes.io/metadata.name)."""
    for policy in policies:
        own = policy["metadata"].get("namespace", "default")
        spec = policy.get("spec") or {}
        yield own, dict(dig(spec, "podSelector", "matchLabels") or {})
        for rule in [*(spec.get("ingress") or []), *(spec.get("egress") or [])]:
            for peer in [*(rule.get("from") or []), *(rule.get("to") or [])]:
                if "ipBlock" in peer:
                    continue
                namespace = own
                if "namespaceSelector" in peer:
                    namespace = dig(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name")
                    if namespace is None:
                        continue
                yield namespace, dict(dig(peer, "podSelector", "matchLabels") or {})


def _unmatched_pods(known: list[Pod], policies: list[Manifest], ours: set[str]) -> list[Pod]:
    extra: dict[str, Pod] = {}
    for namespace, labels in _named_selectors(policies):
        candidates = [*known, *extra.values()]
        if any(p.namespace == namespace and all(p.label_map.get(k) == v for k, v in labels.items()) for p in candidates):
            continue
        ident = f"{namespace}/{_selector_name(labels)}"
        extra.setdefault(ident, Pod.of(ident, namespace, labels, governed=namespace in ours))
    return list(extra.values())


def _addresses(policies: list[Manifest]) -> list[Address]:
    found = {PUBLIC.ip: PUBLIC, PRIVATE.ip: PRIVATE}
    for policy in policies:
        spec = policy.get("spec") or {}
        for rule in [*(spec.get("ingress") or []), *(spec.get("egress") or [])]:
            for peer in [*(rule.get("from") or []), *(rule.get("to") or [])]:
                cidr = dig(peer, "ipBlock", "cidr")
                if cidr is None:
                    continue
                network = ipaddress.ip_network(cidr, strict=False)
                if network.prefixlen == 0:
                    continue
                first = str(network.network_address if network.num_addresses == 1 else next(network.hosts()))
                found.setdefault(first, Address(str(network), first))
    return list(found.values())


def _range_ends(policies: list[Manifest]) -> set[tuple[int, str]]:
    ends = set()
    for policy in policies:
        spec = policy.get("spec") or {}
        for rule in [*(spec.get("ingress") or []), *(spec.get("egress") or [])]:
            for port in rule.get("ports") or []:
                if isinstance(port.get("endPort"), int):
                    ends.add((port["endPort"], port.get("protocol", "TCP")))
    return ends


def _reachable(
    tree: Tree | None, others: list[Pod], addresses: list[Address], probes: set[tuple[int, str]], ours: set[str]
) -> set[Connection]:
    if tree is None:
        return set()
    objects = list(tree.objects.values())
    pods = [*workload_pods(objects), *_operator_pods(tree)]
    known = {p.ident for p in pods}
    pods += [p for p in others if p.ident not in known]
    evaluator = Evaluator(_policies(tree), tree.namespaces)
    found = evaluator.reachability(pods, addresses, probes)
    own_pods = {p.ident for p in pods if p.namespace in ours}
    # Connections between other teams' pods are not this tree's; DNS is allowed to everyone.
    return {c for c in found if (c[0] in own_pods or c[1] in own_pods) and not (c[2] == 53 and c[1].startswith("kube-system/"))}


def compare_flows(old: Tree | None, new: Tree | None, ours: set[str] | None = None) -> FlowChange:
    """ours: the namespaces whose pods are the trees' own; default the Namespaces they render."""
    if ours is None:
        ours = set((old.namespaces if old else {})) | set((new.namespaces if new else {}))
    policies = _policies(old) + _policies(new)
    objects = [*(old.objects.values() if old else []), *(new.objects.values() if new else [])]
    known = workload_pods(objects) + (_operator_pods(old) if old else []) + (_operator_pods(new) if new else [])
    others = _unmatched_pods(known, policies, ours)
    probes = probe_ports(objects) | _range_ends(policies)
    addresses = _addresses(policies)
    return FlowChange(_reachable(old, others, addresses, probes, ours), _reachable(new, others, addresses, probes, ours), ours)


def ports_text(ports: Iterable[tuple[int, str]]) -> str:
    ports = sorted(set(ports))
    if any(port == ANY_PORT for port, _ in ports):
        return "any port"
    return ", ".join(f"{port}/{protocol}" for port, protocol in ports)


def by_pair(connections: Iterable[Connection]) -> dict[Pair, list[tuple[int, str]]]:
    grouped: dict[Pair, list[tuple[int, str]]] = {}
    for source, destination, port, protocol in sorted(connections):
        grouped.setdefault((source, destination), []).append((port, protocol))
    return grouped


def flow_findings(change: FlowChange) -> list[Finding]:
    findings = []
    before_pairs = {(c[0], c[1]) for c in change.before}
    after_pairs = {(c[0], c[1]) for c in change.after}
    for (source, destination), ports in by_pair(change.added).items():
        subject = f"{source} -> {destination}"
        if (source, destination) in before_pairs:
            findings.append(Finding("flow-widened", subject, f"flow widened: `{source}` → `{destination}` now also on {ports_text(ports)}"))
        else:
            findings.append(Finding("flow-added", subject, f"flow added: `{source}` → `{destination}` on {ports_text(ports)}"))
    for (source, destination), ports in by_pair(change.removed).items():
        subject = f"{source} -> {destination}"
        still = " (other ports stay open)" if (source, destination) in after_pairs else ""
        findings.append(Finding("flow-removed", subject, f"flow removed: `{source}` → `{destination}` on {ports_text(ports)}{still}"))
    return findings


def _node(ident: str) -> str:
    return "n_" + re.sub(r"[^A-Za-z0-9]+", "_", ident).strip("_")


def flow_picture(change: FlowChange) -> str:
    """A Mermaid graph of the flows after the change; added edges thick and green, removed
    ones dotted and red, each labelled with its ports."""
    edges: list[tuple[str, str, str, str]] = []  # source, destination, label, status
    for status, connections in (("kept", change.before & change.after), ("added", change.added), ("removed", change.removed)):
        for (source, destination), ports in by_pair(connections).items():
            edges.append((source, destination, ports_text(ports), status))
    groups: dict[str, set[str]] = {}
    for source, destination, _, _ in edges:
        for ident in (source, destination):
            group = ident.split("/", 1)[0] if "/" in ident else "network"
            groups.setdefault(group, set()).add(ident)
    lines = ["```mermaid", "flowchart LR"]
    for group in sorted(groups):
        lines.append(f'  subgraph {_node("ns " + group)}["{group}"]')
        lines += [f'    {_node(ident)}["{ident.split("/", 1)[-1]}"]' for ident in sorted(groups[group])]
        lines.append("  end")
    arrows = {"kept": "-->", "added": "==>", "removed": "-.->"}
    marks = {"kept": "", "added": "+ ", "removed": "- "}
    styles = []
    for index, (source, destination, label, status) in enumerate(edges):
        lines.append(f'  {_node(source)} {arrows[status]}|"{marks[status]}{label}"| {_node(destination)}')
        if status != "kept":
            styles.append(f"  linkStyle {index} stroke:{'#2da44e' if status == 'added' else '#cf222e'},stroke-width:3px")
    lines += styles + ["```"]
    return "\n".join(lines)


def describe_flows(change: FlowChange) -> dict[str, Any]:
    """Counts for the summary line."""
    return {"added": len(change.added), "removed": len(change.removed), "after": len(change.after)}
