"""Flows before and after, computed with the project's NetworkPolicy evaluator on both trees,
so a widened selector or port range shows as the connections it opens.

Endpoints: one pod per workload (Deployment, StatefulSet, Job, CronJob, CNPG Cluster and
Pooler), one per pod selector a policy names that no workload matches (the pods of other
teams' namespaces, such as the ingress controller, or pods an operator creates at run time),
and probe addresses for the ipBlocks (one public, one private, and one inside each narrower
range). Ports: every port a policy or container names, range ends included, plus port 1 (no
rule names it, so a rule opening every port shows as "any port").

Names are FLOWS.md's (`flow_names`): pods by their name label, so the two colours of a
blue-green pair, which every policy selects alike, are one endpoint `wordpress`; addresses by
the range they stand for (`internet`). Workloads sharing a name label that some policy tells
apart keep their own names."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from ...peer import PRIVATE_RANGES
from ..flow_names import FlowEndpoint, network_name, pod_name
from ..flow_picture import ANY_PORT, NodeStatus, PictureEdge, change_label, mermaid, pairs
from ..netpol import Address, Evaluator, Pod, probe_ports, workload_pods
from .model import Finding, Manifest, Tree, dig

Connection = tuple[FlowEndpoint, FlowEndpoint, int, str]
# Documentation and private example addresses: they stand for "somewhere public" and "somewhere private".
PUBLIC = Address(network_name(("0.0.0.0/0",), PRIVATE_RANGES), "203.0.113.10")
PRIVATE = Address(network_name(PRIVATE_RANGES), "10.0.0.10")


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
        ident = f"{namespace}/{pod_name(labels, ','.join(f'{k}={v}' for k, v in sorted(labels.items())) or 'any pod')}"
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
                if network.prefixlen == 0:  # the public and the private probe stand for it
                    continue
                first = str(network.network_address if network.num_addresses == 1 else next(network.hosts()))
                found.setdefault(first, Address(network_name((cidr,), tuple(dig(peer, "ipBlock", "except") or ())), first))
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


def _tree_pods(tree: Tree, others: list[Pod]) -> list[Pod]:
    pods = [*workload_pods(tree.objects.values()), *_operator_pods(tree)]
    known = {p.ident for p in pods}
    return pods + [p for p in others if p.ident not in known]


def _names(pods: Iterable[Pod], policies: list[Manifest]) -> dict[Pod, FlowEndpoint]:
    """Each pod's endpoint: its namespace and name label; pods sharing both are one endpoint
    when every policy (of either tree) selects them alike, else each keeps its workload's name."""
    evaluator = Evaluator(policies, {})
    groups: dict[tuple[str, str], set[Pod]] = {}
    for pod in pods:
        groups.setdefault((pod.namespace, pod_name(pod.label_map, _workload(pod))), set()).add(pod)
    names = {}
    for (namespace, name), members in groups.items():
        alike = len({evaluator.selections(pod) for pod in members}) == 1
        for pod in members:
            names[pod] = FlowEndpoint(namespace, name if alike else _workload(pod))
    return names


def _workload(pod: Pod) -> str:
    return pod.ident.split("/", 1)[-1]


def _reachable(
    tree: Tree | None,
    pods: list[Pod],
    names: dict[Pod, FlowEndpoint],
    addresses: list[Address],
    probes: set[tuple[int, str]],
    ours: set[str],
) -> set[Connection]:
    if tree is None:
        return set()
    evaluator = Evaluator(_policies(tree), tree.namespaces)
    found = evaluator.reachability(pods, addresses, probes)
    by_ident = {pod.ident: names[pod] for pod in pods} | {a.ident: FlowEndpoint("", a.ident) for a in addresses}
    own_pods = {p.ident for p in pods if p.namespace in ours}
    # Connections between other teams' pods are not this tree's; DNS is allowed to everyone.
    named = {
        (by_ident[source], by_ident[destination], port, protocol)
        for source, destination, port, protocol in found
        if (source in own_pods or destination in own_pods) and not (port == 53 and destination.startswith("kube-system/"))
    }
    return _any_address(named)


def _any_address(connections: set[Connection]) -> set[Connection]:
    """A port open to the public and the private probe alike is open to any address: one
    connection, named as FLOWS.md names 0.0.0.0/0."""
    public, private = FlowEndpoint("", PUBLIC.ident), FlowEndpoint("", PRIVATE.ident)
    anywhere = FlowEndpoint("", network_name(("0.0.0.0/0",)))
    both = {(s, port, protocol) for s, d, port, protocol in connections if d == public} & {
        (s, port, protocol) for s, d, port, protocol in connections if d == private
    }
    kept = {c for c in connections if not (c[1] in (public, private) and (c[0], c[2], c[3]) in both)}
    return kept | {(s, anywhere, port, protocol) for s, port, protocol in both}


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
    old_pods, new_pods = (_tree_pods(old, others) if old else []), (_tree_pods(new, others) if new else [])
    names = _names([*old_pods, *new_pods], policies)
    return FlowChange(
        _reachable(old, old_pods, names, addresses, probes, ours), _reachable(new, new_pods, names, addresses, probes, ours), ours
    )


def ports_text(ports: Iterable[tuple[int, str]]) -> str:
    ports = sorted(set(ports))
    if any(port == ANY_PORT for port, _ in ports):
        return "any port"
    return ", ".join(f"{port}/{protocol}" for port, protocol in ports)


def flow_findings(change: FlowChange) -> list[Finding]:
    findings = []
    before_pairs = {(c[0], c[1]) for c in change.before}
    after_pairs = {(c[0], c[1]) for c in change.after}
    for (source, destination), ports in pairs(change.added).items():
        subject = f"{source} -> {destination}"
        if (source, destination) in before_pairs:
            findings.append(Finding("flow-widened", subject, f"flow widened: `{source}` → `{destination}` now also on {ports_text(ports)}"))
        else:
            findings.append(Finding("flow-added", subject, f"flow added: `{source}` → `{destination}` on {ports_text(ports)}"))
    for (source, destination), ports in pairs(change.removed).items():
        subject = f"{source} -> {destination}"
        still = " (other ports stay open)" if (source, destination) in after_pairs else ""
        findings.append(Finding("flow-removed", subject, f"flow removed: `{source}` → `{destination}` on {ports_text(ports)}{still}"))
    return findings


def flow_picture(change: FlowChange) -> str | None:
    """A Mermaid graph of what the change does to the flows, and nothing else: each pair of
    endpoints whose ports changed, in FLOWS.md's names. A new pair is drawn thick green, a
    pair no longer allowed dotted red, a pair whose ports changed thick amber (`+` added, `-`
    removed); endpoints with no connection before are filled green, with none after red.
    None when no flow changed."""
    before, after = pairs(change.before), pairs(change.after)
    edges = []
    for pair in sorted(set(before) | set(after)):
        old, new = before.get(pair, []), after.get(pair, [])
        if set(old) == set(new):
            continue
        edges.append(PictureEdge(*pair, change_label(old, new), "added" if not old else "removed" if not new else "changed"))
    if not edges:
        return None
    had = {end for pair in before for end in pair}
    has = {end for pair in after for end in pair}
    status: dict[FlowEndpoint, NodeStatus] = {}
    for ends, mark in ((has - had, "added"), (had - has, "removed")):
        status.update(dict.fromkeys(ends, cast(NodeStatus, mark)))
    outside = {end for edge in edges for end in (edge.source, edge.destination) if end.namespace not in change.namespaces}
    return "\n".join(mermaid(edges, outside, status))


def describe_flows(change: FlowChange) -> dict[str, Any]:
    """Counts for the summary line."""
    return {"added": len(change.added), "removed": len(change.removed), "after": len(change.after)}
