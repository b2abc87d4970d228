"""What the synthesized NetworkPolicies allow, computed by the evaluator from dist/ alone,
equals the declared flows plus DNS: nothing missing, nothing extra, and nothing across
environments even when all three share one cluster."""

from __future__ import annotations

import dataclasses
import ipaddress

import pytest
import yaml
from conftest import ROOT, dist_objects

from dirtbike_constructs import EndpointInfo
from dirtbike_constructs.tools.netpol import Address, Evaluator, Pod, selects
from dirtbike_site import cli, environments, peers
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
                pods.append(Pod.of(f"{ns}/postgres-drill", ns, {"cnpg.io/cluster": "postgres-drill", "cnpg.io/podRole": "instance"}))
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


def members(info: EndpointInfo, pods: list[Pod]) -> list[str]:
    """What an endpoint stands for among the probed pods and addresses: the pods its selector
    picks in its namespace, or the probe addresses inside its ranges."""
    if info.is_network:
        return [
            a.ident
            for a in ADDRESSES
            if any(ipaddress.ip_address(a.ip) in ipaddress.ip_network(c) for c in info.cidrs)
            and not any(ipaddress.ip_address(a.ip) in ipaddress.ip_network(e) for e in info.except_cidrs)
        ]
    return [p.ident for p in pods if p.namespace == info.namespace and selects({"matchLabels": dict(info.selector)}, p.label_map)]


def external_pods() -> list[Pod]:
    return [Pod.of(f"{p.namespace}/{p.name}", p.namespace or "", p.selector, governed=False) for p in EXTERNAL_PODS]


def declared(env_name: str, governed: list[Pod]) -> set[tuple[str, str, int, str]]:
    site = build(environments.get(env_name))
    pods = [*governed, *external_pods()]
    expected = set()
    for flow in site.flows:
        if flow.pending:  # declared, but denied until its peer's addresses are set
            continue
        sources, destinations = members(flow.source, pods), members(flow.destination, pods)
        assert sources and destinations, f"{flow} selects nothing in dist/{env_name}"
        for src in sources:
            for dst in destinations:
                expected.add((src, dst, flow.port, flow.protocol))
    for pod in governed:
        expected |= {(pod.ident, KUBE_DNS.ident, 53, "UDP"), (pod.ident, KUBE_DNS.ident, 53, "TCP")}
    return expected


def evaluator_for(objects: list[dict]) -> Evaluator:
    """The evaluator of the NetworkPolicies among `objects`, with their namespaces' labels."""
    namespaces = {m["metadata"]["name"]: m["metadata"].get("labels", {}) for m in objects if m["kind"] == "Namespace"}
    return Evaluator([m for m in objects if m["kind"] == "NetworkPolicy"], namespaces)


def evaluate(env_names: list[str]) -> tuple[set, set]:
    objects = [m for env in env_names for m in manifests(env)]
    governed = pods_of(objects)
    external = external_pods()
    evaluator = evaluator_for(objects)
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


def evaluator_of(env: str) -> tuple[Evaluator, list[dict]]:
    objects = manifests(env)
    return evaluator_for(objects), objects


@pytest.mark.parametrize("env", environments.NAMES)
def test_postgres_instances_reach_each_other_on_both_ports(env):
    """CloudNativePG 1.30's liveness isolation check calls the other instances on 8000: two
    instance pods of the cluster must reach each other there and on 5432, both ways."""
    evaluator, objects = evaluator_of(env)
    cluster = next(m for m in objects if m["kind"] == "Cluster" and m["metadata"]["name"] == "postgres")
    ns = cluster["metadata"]["namespace"]
    labels = {**cluster["spec"]["inheritedMetadata"]["labels"], "cnpg.io/cluster": "postgres", "cnpg.io/podRole": "instance"}
    first, second = Pod.of(f"{ns}/postgres-1", ns, labels), Pod.of(f"{ns}/postgres-2", ns, labels)
    for port in (5432, 8000):
        assert evaluator.can_connect(first, second, port) and evaluator.can_connect(second, first, port), port


def objects_of(tree: dict[str, str]) -> list[dict]:
    return [yaml.safe_load(text) for path, text in sorted(tree.items()) if path.endswith(".yaml")]


@pytest.mark.parametrize("env", environments.NAMES)
def test_api_server_egress_is_the_servers_not_the_internet(env, monkeypatch):
    """Once the cluster's API server addresses are set, the pods holding the superuser
    password and the S3 keys reach those addresses on the API port, and no public address on
    that port; nothing is pending any more."""
    cluster = environments.get(env).cluster
    api = environments.ApiServer(cidrs=("192.0.2.11/32", "192.0.2.12/32", "192.0.2.13/32"))
    monkeypatch.setitem(environments.CLUSTERS, cluster, dataclasses.replace(environments.CLUSTERS[cluster], api_server=api))
    tree = cli.render(env)
    assert cli.MISSING_FILE not in tree or "## Cluster values not set" not in tree[cli.MISSING_FILE]
    assert "Declared, not allowed yet" not in tree[cli.FLOWS_FILE]
    objects = objects_of(tree)
    evaluator = evaluator_for(objects)
    postgres = [pod for pod in pods_of(objects) if pod.label_map.get("cnpg.io/cluster") == "postgres"]
    assert postgres
    for pod in postgres:
        for server in ("192.0.2.11", "192.0.2.13"):
            assert evaluator.can_connect(pod, Address(server, server), 6443)
        assert not evaluator.can_connect(pod, Address("other-node", "192.0.2.14"), 6443)
        assert not evaluator.can_connect(pod, Address("public", "203.0.113.10"), 6443)


@pytest.mark.parametrize("env", environments.NAMES)
def test_api_server_egress_is_denied_while_its_addresses_are_not_set(env):
    """The committed clusters do not have their API server addresses yet: the flows that need
    them are reported as pending (FLOWS.md, MISSING-INPUTS.md) and no policy lets the pods
    reach any address on the API port."""
    evaluator, objects = evaluator_of(env)
    pending = [f for f in build(environments.get(env)).flows if f.pending]
    assert {f.destination.name for f in pending} == {"kube-apiserver"} and {f.port for f in pending} == {6443}
    report = (ROOT / "dist" / env / "MISSING-INPUTS.md").read_text()
    assert all(str(f) in report for f in pending) and "CLUSTERS[" in report
    postgres = [pod for pod in pods_of(objects) if pod.label_map.get("cnpg.io/cluster") == "postgres"]
    assert postgres
    for pod in postgres:
        for address in (*ADDRESSES, Address("server", "192.0.2.11")):
            assert not evaluator.can_connect(pod, address, 6443)
