"""ZeroTrustNamespace: namespace labels, default deny, DNS, quotas, and flows on both sides."""

from __future__ import annotations

import cdk8s
import pytest
from conftest import as_yaml, find, synth
from factories import container

from dirtbike_constructs import (ConfigError, ContainerDefaults, ExternalPeer, HardenedDeployment, Port, Quota,
                                 ZeroTrustNamespace)


def two_namespaces():
    app = cdk8s.App()
    chart_a, chart_b = cdk8s.Chart(app, "a"), cdk8s.Chart(app, "b")
    ns_a = ZeroTrustNamespace(chart_a, "ns", name="team-a")
    ns_b = ZeroTrustNamespace(chart_b, "ns", name="team-b")
    client = HardenedDeployment(chart_a, "client", namespace="team-a", container=container())
    server = HardenedDeployment(chart_b, "server", namespace="team-b",
                                container=container(ports=(Port("http", 8080), Port("metrics", 9100))))
    return (chart_a, ns_a, client), (chart_b, ns_b, server)


def policies(chart):
    return {m["metadata"]["name"]: m["spec"] for m in synth(chart) if m["kind"] == "NetworkPolicy"}


def test_defaults_snapshot(chart, snapshot_yaml):
    """Namespace, default deny, DNS and LimitRange: what every namespace of the site starts with."""
    ZeroTrustNamespace(chart, "ns", name="apps")
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_pod_security_restricted_pinned(chart):
    ZeroTrustNamespace(chart, "ns", name="apps", pod_security_version="v1.31")
    labels = find(synth(chart), "Namespace", "apps")["metadata"]["labels"]
    for mode in ("enforce", "audit", "warn"):
        assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"
        assert labels[f"pod-security.kubernetes.io/{mode}-version"] == "v1.31"


def test_default_deny_both_directions_and_dns_only(chart):
    ZeroTrustNamespace(chart, "ns", name="apps")
    specs = policies(chart)
    assert specs["default-deny"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    dns = specs["allow-dns"]
    assert dns["policyTypes"] == ["Egress"] and "ingress" not in dns
    (rule,) = dns["egress"]
    assert rule["to"] == [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                           "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}]
    assert sorted((p["protocol"], p["port"]) for p in rule["ports"]) == [("TCP", 53), ("UDP", 53)]
    assert set(specs) == {"default-deny", "allow-dns"}


def test_quota_and_limits(chart, snapshot_yaml):
    """ResourceQuota and LimitRange rendered from props."""
    ZeroTrustNamespace(chart, "ns", name="apps",
                       quota=Quota(requests_cpu="4", requests_memory="8Gi", limits_cpu="8", limits_memory="16Gi",
                                   pods=50, persistent_volume_claims=10, storage="200Gi"),
                       container_defaults=ContainerDefaults(limit_cpu="1", limit_memory="1Gi"))
    manifests = synth(chart)
    assert find(manifests, "ResourceQuota")["spec"]["hard"]["pods"] == "50"
    assert as_yaml([find(manifests, "ResourceQuota"), find(manifests, "LimitRange")]) == snapshot_yaml


def test_flow_across_namespaces_renders_both_sides():
    (chart_a, ns_a, client), (chart_b, ns_b, server) = two_namespaces()
    ns_a.allow(client, server, 8080)
    egress = policies(chart_a)["egress-client-to-team-b.server-8080"]
    assert egress == {
        "podSelector": {"matchLabels": client.pod_selector},
        "policyTypes": ["Egress"],
        "egress": [{"to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "team-b"}},
                            "podSelector": {"matchLabels": server.pod_selector}}],
                    "ports": [{"port": 8080, "protocol": "TCP"}]}],
    }
    ingress = policies(chart_b)["ingress-server-from-team-a.client-8080"]
    assert ingress == {
        "podSelector": {"matchLabels": server.pod_selector},
        "policyTypes": ["Ingress"],
        "ingress": [{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "team-a"}},
                               "podSelector": {"matchLabels": client.pod_selector}}],
                     "ports": [{"port": 8080, "protocol": "TCP"}]}],
    }
    assert ns_a.flows == ns_b.flows and len(ns_a.flows) == 1


def test_flow_from_external_pods_renders_only_our_side():
    (chart_a, ns_a, client), (chart_b, ns_b, server) = two_namespaces()
    traefik = ExternalPeer.pods("traefik", namespace="ingress-system", pod_selector={"app.kubernetes.io/name": "traefik"})
    ns_a.allow(traefik, server, 8080)  # declared anywhere, rendered where the destination lives
    assert "ingress-server-from-ingress-system.traefik-8080" in policies(chart_b)
    assert set(policies(chart_a)) == {"default-deny", "allow-dns"}


def test_flow_to_network_uses_ip_block():
    (chart_a, ns_a, client), _ = two_namespaces()
    internet = ExternalPeer.network("internet", cidr="0.0.0.0/0", except_cidrs=["10.0.0.0/8"])
    ns_a.allow(client, internet, 443)
    rule = policies(chart_a)["egress-client-to-internet-443"]["egress"][0]
    assert rule["to"] == [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8"]}}]


def test_udp_flow_is_named_apart():
    (chart_a, ns_a, client), (chart_b, ns_b, server) = two_namespaces()
    ns_a.allow(client, server, 8080)
    ns_a.allow(client, server, 8080, protocol="UDP")
    assert "egress-client-to-team-b.server-8080-udp" in policies(chart_a)


# --- validation ------------------------------------------------------------------------

def test_unknown_peer_namespace():
    (chart_a, ns_a, client), _ = two_namespaces()
    stranger = HardenedDeployment(chart_a, "stranger", namespace="elsewhere", container=container())
    with pytest.raises(ConfigError, match="ZeroTrustNamespace of this app") as error:
        ns_a.allow(client, stranger, 8080)
    assert error.value.field == "destination"


def test_not_a_peer():
    (chart_a, ns_a, client), _ = two_namespaces()
    with pytest.raises(ConfigError) as error:
        ns_a.allow("web", client, 8080)
    assert error.value.field == "source"


@pytest.mark.parametrize("port, allowed", [(0, "1 to 65535"), (70000, "1 to 65535"), (9999, "listens on: 8080, 9100")])
def test_bad_port(port, allowed):
    (chart_a, ns_a, client), (_, _, server) = two_namespaces()
    with pytest.raises(ConfigError, match=allowed) as error:
        ns_a.allow(client, server, port)
    assert error.value.field == "port"


def test_bad_protocol():
    (chart_a, ns_a, client), (_, _, server) = two_namespaces()
    with pytest.raises(ConfigError) as error:
        ns_a.allow(client, server, 8080, protocol="SCTP")
    assert error.value.field == "protocol"


def test_duplicate_flow():
    (chart_a, ns_a, client), (_, ns_b, server) = two_namespaces()
    ns_a.allow(client, server, 8080)
    with pytest.raises(ConfigError, match="each flow once"):
        ns_b.allow(client, server, 8080)


def test_flow_between_two_external_peers():
    (_, ns_a, _), _ = two_namespaces()
    a = ExternalPeer.pods("a", namespace="x")
    b = ExternalPeer.network("b", cidr="10.0.0.0/8")
    with pytest.raises(ConfigError, match="at least one side"):
        ns_a.allow(a, b, 80)


def test_network_source_needs_our_destination():
    (_, ns_a, client), _ = two_namespaces()
    with pytest.raises(ConfigError) as error:
        ns_a.allow(ExternalPeer.network("lan", cidr="not-a-cidr"), client, 8080)
    assert error.value.field == "source.cidr"


def test_external_peer_shape():
    (_, ns_a, client), _ = two_namespaces()
    with pytest.raises(ConfigError, match="not both or neither"):
        ns_a.allow(client, ExternalPeer(peer_name="odd"), 80)


@pytest.mark.parametrize("props, field", [
    ({"name": "Team_A"}, "name"),
    ({"pod_security_version": "latest"}, "pod_security_version"),
    ({"pod_security_version": "1.32"}, "pod_security_version"),
    ({"quota": Quota(requests_cpu="x", requests_memory="1Gi", limits_cpu="1", limits_memory="1Gi")}, "quota.requests_cpu"),
    ({"quota": Quota(requests_cpu="1", requests_memory="1Gi", limits_cpu="1", limits_memory="1Gi", pods=0)}, "quota.pods"),
    ({"quota": Quota(requests_cpu="1", requests_memory="1Gi", limits_cpu="1", limits_memory="1Gi", storage="lots")}, "quota.storage"),
    ({"container_defaults": ContainerDefaults(limit_memory="1 GB")}, "container_defaults.limit_memory"),
    ({"container_defaults": ContainerDefaults(request_cpu="-1")}, "container_defaults.request_cpu"),
    ({"dns_namespace": "Kube_System"}, "dns_namespace"),
    ({"dns_pod_selector": {"k8s-app": 1}}, "dns_pod_selector['k8s-app']"),
    ({"part_of": "not valid!"}, "part_of"),
])
def test_namespace_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        ZeroTrustNamespace(chart, "ns", **{"name": "apps", **props})
    assert error.value.field == field


def test_namespace_declared_twice():
    app = cdk8s.App()
    ZeroTrustNamespace(cdk8s.Chart(app, "one"), "ns", name="apps")
    with pytest.raises(ConfigError, match="not yet declared"):
        ZeroTrustNamespace(cdk8s.Chart(app, "two"), "ns", name="apps")



def test_longest_names_fit():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    ns = ZeroTrustNamespace(chart, "ns", name="n" * 63)
    other = ZeroTrustNamespace(chart, "other", name="o" * 63)
    near = HardenedDeployment(chart, "a", name="a" * 63, namespace="n" * 63, container=container())
    far = HardenedDeployment(chart, "far", name="f" * 63, namespace="o" * 63, container=container())
    ns.allow(near, far, 8080, protocol="UDP")
    names = [m["metadata"]["name"] for c in (chart,) for m in synth(c) if m["kind"] == "NetworkPolicy"]
    assert max(len(n) for n in names) <= 253 and other.flows
