"""What the synthesized NetworkPolicies allow, computed by the evaluator from dist/ alone,
equals the declared flows plus DNS: nothing missing, nothing extra, and nothing across
environments even when all three share one cluster."""

from __future__ import annotations

import ipaddress

import pytest
from conftest import dist_objects

from dirtbike_constructs import BlueGreenService, ExternalPeer
from dirtbike_constructs.tools.netpol import Address, Evaluator, Pod
from dirtbike_site import environments, peers
from dirtbike_site.platform import build

EXTERNAL_PODS = [peers.TRAEFIK, peers.PROMETHEUS, peers.CNPG_OPERATOR]
KUBE_DNS = Pod.of("kube-system/kube-dns", "kube-system", {"k8s-app": "kube-dns"}, governed=False)
# Probe addresses: one public, one private (where the API server of a k3s node lives).
ADDRESSES = [Address("public-203.0.113.10", "203.0.113.10"), Address("private-10.0.0.10", "10.0.0.10")]


manifests = dist_objects


def pods_of(objects: list[dict]) -> list[Pod]:
    pods = []
    for m in objects:
        ns, name, spec = m["metadata"].get("namespace"), m["metadata"]["name"], m.get("spec", {})
        if m["kind"] in ("Deployment", "StatefulSet", "Job"):
            pods.append(Pod.of(f"{ns}/{name}", ns, spec["template"]["metadata"]["labels"]))
        elif m["kind"] == "CronJob":
            pods.append(Pod.of(f"{ns}/{name}", ns, spec["jobTemplate"]["spec"]["template"]["metadata"]["labels"]))
            if name == "postgres-restore-drill":  # the cluster it creates for the length of a drill
                pods.append(Pod.of(f"{ns}/postgres-drill", ns, {"cnpg.io/cluster": "postgres-drill"}))
        elif m["kind"] == "Cluster":
            labels = {**spec.get("inheritedMetadata", {}).get("labels", {}), "cnpg.io/cluster": name, "cnpg.io/podRole": "instance"}
            pods.append(Pod.of(f"{ns}/{name}", ns, labels))
    return pods


def probes(objects: list[dict]) -> set[tuple[int, str]]:
    found = {(1, "TCP"), (1, "UDP")}  # a port nobody declared: catches "all ports" rules
    for m in objects:
        if m["kind"] == "NetworkPolicy":
            for rule in m["spec"].get("egress", []) + m["spec"].get("ingress", []):
                found |= {(p["port"], p.get("protocol", "TCP")) for p in rule.get("ports", [])}
        for key in ("template",):
            for c in m.get("spec", {}).get(key, {}).get("spec", {}).get("containers", []):
                found |= {(p["containerPort"], p.get("protocol", "TCP")) for p in c.get("ports", [])}
    return found


def idents(peer) -> list[str]:
    if isinstance(peer, ExternalPeer):
        if peer.cidr is None:
            return [f"{peer.namespace}/{peer.peer_name}"]
        net = ipaddress.ip_network(peer.cidr)
        return [a.ident for a in ADDRESSES if ipaddress.ip_address(a.ip) in net
                and not any(ipaddress.ip_address(a.ip) in ipaddress.ip_network(e) for e in peer.except_cidrs)]
    if isinstance(peer, BlueGreenService):
        return [f"{peer.namespace}/{d.name}" for d in peer.deployments.values()]
    return [f"{peer.namespace}/{getattr(peer, 'name', peer.peer_name)}"]


def declared(env_name: str, governed: list[Pod]) -> set[tuple[str, str, int, str]]:
    site = build(environments.get(env_name))
    expected = set()
    for flow in site.flows:
        for src in idents(flow.source):
            for dst in idents(flow.destination):
                expected.add((src, dst, flow.port, flow.protocol))
    for pod in governed:
        expected |= {(pod.ident, KUBE_DNS.ident, 53, "UDP"), (pod.ident, KUBE_DNS.ident, 53, "TCP")}
    return expected


def evaluate(env_names: list[str]) -> tuple[set, set]:
    objects = [m for env in env_names for m in manifests(env)]
    governed = pods_of(objects)
    external = [Pod.of(f"{p.namespace}/{p.peer_name}", p.namespace, p.pod_selector, governed=False) for p in EXTERNAL_PODS]
    namespaces = {m["metadata"]["name"]: m["metadata"].get("labels", {}) for m in objects if m["kind"] == "Namespace"}
    evaluator = Evaluator([m for m in objects if m["kind"] == "NetworkPolicy"], namespaces)
    found = evaluator.reachability([*governed, *external, KUBE_DNS], ADDRESSES, probes(objects))
    ours = {p.ident for p in governed}
    found = {c for c in found if c[0] in ours or c[1] in ours}  # connections between others are not ours
    expected = set().union(*(declared(env, [p for p in governed if p.namespace.startswith(f"dirtbike-{env}-")]) for env in env_names))
    return found, expected


@pytest.mark.parametrize("env", environments.NAMES)
def test_policies_allow_exactly_the_declared_flows(env):
    found, expected = evaluate([env])
    assert sorted(expected - found) == [], "declared but blocked"
    assert sorted(found - expected) == [], "allowed but not declared"
    assert len(expected) > 20


def test_no_flow_crosses_environments_on_a_shared_cluster():
    found, expected = evaluate(list(environments.NAMES))
    assert found == expected
    env_of = {}
    for src, dst, _, _ in found:
        for ident in (src, dst):
            if ident.startswith("dirtbike-"):
                env_of.setdefault(ident, ident.split("-")[1])
    crossing = [(s, d) for s, d, _, _ in found if s in env_of and d in env_of and env_of[s] != env_of[d]]
    assert crossing == []
