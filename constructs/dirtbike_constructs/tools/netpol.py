"""An evaluator of Kubernetes NetworkPolicy semantics: which pod can open a connection to
which pod or address, on which port, given a set of policies.

It follows the API's rules: a pod selected by no policy of a direction is open in that
direction; once selected, only what some rule of a selecting policy allows gets through;
a connection needs the source's egress and the destination's ingress. Peers combine
podSelector and namespaceSelector (a podSelector alone means the policy's namespace), and
ipBlock matches addresses outside the pod network. Absent `to`/`from` or `ports` mean all.
Pods outside the evaluated namespaces are unrestricted on their own side (their policies are
someone else's). Used to check that the rendered policies allow exactly the declared flows.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

Connection = tuple[str, str, int, str]  # source, destination, port, protocol


@dataclass(frozen=True)
class Pod:
    ident: str
    namespace: str
    labels: tuple[tuple[str, str], ...]
    governed: bool = True  # False: its namespace's policies are not ours to evaluate

    @classmethod
    def of(cls, ident: str, namespace: str, labels: Mapping[str, str], governed: bool = True) -> "Pod":
        return cls(ident, namespace, tuple(sorted(labels.items())), governed)

    @property
    def label_map(self) -> dict[str, str]:
        return dict(self.labels)


@dataclass(frozen=True)
class Address:
    ident: str
    ip: str


def selects(selector: Mapping[str, Any] | None, labels: Mapping[str, str]) -> bool:
    """A LabelSelector against labels; an empty selector selects everything."""
    if not selector:
        return True
    for key, value in (selector.get("matchLabels") or {}).items():
        if labels.get(key) != value:
            return False
    for expr in selector.get("matchExpressions") or []:
        key, op, values = expr["key"], expr["operator"], expr.get("values") or []
        if op == "In" and labels.get(key) not in values:
            return False
        if op == "NotIn" and key in labels and labels[key] in values:
            return False
        if op == "Exists" and key not in labels:
            return False
        if op == "DoesNotExist" and key in labels:
            return False
    return True


class Evaluator:
    def __init__(self, policies: Iterable[Mapping[str, Any]], namespace_labels: Mapping[str, Mapping[str, str]]):
        self.policies = list(policies)
        # Every namespace carries its name as a label (the API server sets it).
        self.namespaces = {ns: {**labels, "kubernetes.io/metadata.name": ns} for ns, labels in namespace_labels.items()}
        self._selected: dict[tuple[Pod, str], list[Mapping[str, Any]]] = {}

    def _ns_labels(self, namespace: str) -> dict[str, str]:
        return self.namespaces.get(namespace, {"kubernetes.io/metadata.name": namespace})

    def _selecting(self, pod: Pod, direction: str) -> list[Mapping[str, Any]]:
        key = (pod, direction)
        if key not in self._selected:
            self._selected[key] = self._select(pod, direction)
        return self._selected[key]

    def _select(self, pod: Pod, direction: str) -> list[Mapping[str, Any]]:
        if not pod.governed:
            return []
        return [
            p
            for p in self.policies
            if p["metadata"].get("namespace") == pod.namespace
            and direction in p["spec"].get("policyTypes", ["Ingress"])
            and selects(p["spec"].get("podSelector"), pod.label_map)
        ]

    def _peer_matches(self, peer: Mapping[str, Any], policy_ns: str, other: Pod | Address) -> bool:
        if "ipBlock" in peer:
            if not isinstance(other, Address):
                return False
            ip = ipaddress.ip_address(other.ip)
            block = peer["ipBlock"]
            if ip not in ipaddress.ip_network(block["cidr"]):
                return False
            return not any(ip in ipaddress.ip_network(e) for e in block.get("except", []))
        if not isinstance(other, Pod):
            return False
        if "namespaceSelector" in peer:
            if not selects(peer["namespaceSelector"], self._ns_labels(other.namespace)):
                return False
        elif other.namespace != policy_ns:
            return False
        return selects(peer.get("podSelector"), other.label_map)

    @staticmethod
    def _port_matches(rule: Mapping[str, Any], port: int, protocol: str) -> bool:
        ports = rule.get("ports")
        if not ports:
            return True
        for p in ports:
            if p.get("protocol", "TCP") != protocol:
                continue
            low = p.get("port")
            if low is None:
                return True
            if isinstance(low, int) and low <= port <= p.get("endPort", low):
                return True
        return False

    def _allowed(self, pod: Pod, direction: str, other: Pod | Address, port: int, protocol: str) -> bool:
        policies = self._selecting(pod, direction)
        if not policies:
            return True
        key, peers_key = ("egress", "to") if direction == "Egress" else ("ingress", "from")
        for policy in policies:
            for rule in policy["spec"].get(key) or []:
                peers = rule.get(peers_key)
                if peers is not None and not any(self._peer_matches(p, pod.namespace, other) for p in peers):
                    continue
                if self._port_matches(rule, port, protocol):
                    return True
        return False

    def can_connect(self, source: Pod, destination: Pod | Address, port: int, protocol: str = "TCP") -> bool:
        if not self._allowed(source, "Egress", destination, port, protocol):
            return False
        if isinstance(destination, Pod):
            return self._allowed(destination, "Ingress", source, port, protocol)
        return True

    def selections(self, pod: Pod) -> frozenset[tuple[object, ...]]:
        """Which selectors of the policies pick `pod`: its policies' pod selectors and the rule
        peers that match it. Two pods of one namespace with the same selections are the same to
        every policy, so they reach and are reached alike."""
        found: set[tuple[object, ...]] = set()
        for index, policy in enumerate(self.policies):
            own = policy["metadata"].get("namespace", "default")
            spec = policy.get("spec") or {}
            if own == pod.namespace and selects(spec.get("podSelector"), pod.label_map):
                found.add((index,))
            for key, peers_key in (("ingress", "from"), ("egress", "to")):
                for rule_index, rule in enumerate(spec.get(key) or []):
                    for peer_index, peer in enumerate(rule.get(peers_key) or []):
                        if self._peer_matches(peer, own, pod):
                            found.add((index, key, rule_index, peer_index))
        return frozenset(found)

    def reachability(self, pods: Iterable[Pod], addresses: Iterable[Address], probes: Iterable[tuple[int, str]]) -> set[Connection]:
        """Every (source, destination, port, protocol) the policies allow among the given
        endpoints, over the probe ports."""
        pods, addresses, probes = list(pods), list(addresses), sorted(set(probes))
        found: set[Connection] = set()
        for source in pods:
            destinations: list[Pod | Address] = [*pods, *addresses]
            for destination in destinations:
                for port, protocol in probes:
                    if self.can_connect(source, destination, port, protocol):
                        found.add((source.ident, destination.ident, port, protocol))
        return found


def pod_template(manifest: Mapping[str, Any]) -> dict[str, Any] | None:
    """The pod template of a workload object, or None for any other kind."""
    spec = manifest.get("spec") or {}
    if manifest.get("kind") in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"):
        return spec.get("template")
    if manifest.get("kind") == "CronJob":
        return ((spec.get("jobTemplate") or {}).get("spec") or {}).get("template")
    return None


def workload_pods(manifests: Iterable[Mapping[str, Any]]) -> list[Pod]:
    """One Pod per workload object (`namespace/name`), labelled as its pod template is."""
    pods = []
    for manifest in manifests:
        template = pod_template(manifest)
        if template is not None:
            meta = manifest["metadata"]
            namespace = meta.get("namespace", "default")
            pods.append(Pod.of(f"{namespace}/{meta['name']}", namespace, (template.get("metadata") or {}).get("labels") or {}))
    return pods


def probe_ports(manifests: Iterable[Mapping[str, Any]]) -> set[tuple[int, str]]:
    """Every numeric port a policy rule or a container names, plus port 1 (which no rule
    names, so a rule allowing all ports shows up)."""
    found = {(1, "TCP"), (1, "UDP")}
    for manifest in manifests:
        if manifest.get("kind") == "NetworkPolicy":
            spec = manifest.get("spec") or {}
            for rule in [*(spec.get("egress") or []), *(spec.get("ingress") or [])]:
                found |= {(p["port"], p.get("protocol", "TCP")) for p in rule.get("ports") or [] if isinstance(p.get("port"), int)}
        template = pod_template(manifest)
        for container in ((template or {}).get("spec") or {}).get("containers") or []:
            found |= {(p["containerPort"], p.get("protocol", "TCP")) for p in container.get("ports") or []}
    return found


def read_manifests(folder: Path) -> list[dict[str, Any]]:
    """Every object of every YAML file under folder."""
    objects: list[dict[str, Any]] = []
    for path in sorted([*folder.rglob("*.yaml"), *folder.rglob("*.yml")]):
        objects += [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if isinstance(doc, dict)]
    return objects


#: What `dirtbike-netpol` cannot show, said with its answer.
LEFT_OUT = (
    "not shown: DNS to kube-system (every pod may ask it); connections among pods of namespaces the tree "
    "does not render; pods an operator creates at run time other than CloudNativePG's (their labels are not in the tree)"
)


def main(argv: list[str] | None = None) -> int:
    """`dirtbike-netpol FOLDER`: the connections the NetworkPolicies of a rendered tree allow,
    one `source -> destination port/protocol` line each: between its workloads, the database
    instances and poolers CloudNativePG runs for it, the pods of other namespaces its policies
    name (an operator, Prometheus, the ingress controller) and the address ranges they name
    (`internet` stands for any address outside the private ranges); the names are FLOWS.md's
    (`flow_names`). FOLDER may hold
    any layout the library writes (one tree, or one per environment: each gets a heading) or a
    plain `cdk8s synth` output. What it leaves out is printed on stderr."""
    from .review.flows import compare_flows  # the review's endpoints: one definition
    from .review.model import load_trees

    parser = argparse.ArgumentParser(prog="dirtbike-netpol", description=main.__doc__)
    parser.add_argument("folder", type=Path, help="a folder of rendered YAML (for example dist/prod, or dist)")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"not a folder: {args.folder}", file=sys.stderr)
        return 2
    files = {
        p.relative_to(args.folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted([*args.folder.rglob("*.yaml"), *args.folder.rglob("*.yml")])
    }
    trees = load_trees(files, args.folder.as_posix())
    for name, tree in sorted(trees.items()):
        if len(trees) > 1:
            print(f"== {name} ==")
        # A workload stands for all its pods: `postgres -> postgres` is instance to instance.
        # A tree that renders no Namespace (its namespaces exist already) owns the ones its objects are in.
        ours = set(tree.namespaces) or {namespace for (_, namespace, _) in tree.objects if namespace}
        for source, destination, port, protocol in sorted(compare_flows(None, tree, ours).after):
            print(f"{source} -> {destination} {port}/{protocol}")
    print(LEFT_OUT, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
