"""Flows: `allow(source, destination, port)` between endpoints, named ports, both sides rendered,
every validation rule, boundaries, and App-level (never process-level) state."""

from __future__ import annotations

import cdk8s
import pytest
from conftest import synth
from factories import container

from dirtbike_constructs import (
    ConfigError,
    DeploymentProps,
    ExternalPeer,
    HardenedDeployment,
    HardenedJob,
    JobProps,
    NamedPort,
    Port,
    PublicRoute,
    RedirectScheme,
    ServiceRef,
    TraefikMiddleware,
    ZeroTrustNamespace,
    allow,
    allow_own,
    flows_of,
)

TRAEFIK = ExternalPeer.pods("traefik", namespace="ingress-system", selector={"app.kubernetes.io/name": "traefik"})
INTERNET = ExternalPeer.network("internet", cidr="0.0.0.0/0", except_cidrs=["10.0.0.0/8"], ports={"https": 443})


def two_namespaces(app: cdk8s.App | None = None, *, boundaries: tuple[str | None, str | None] = (None, None)):
    app = app or cdk8s.App()
    chart_a, chart_b = cdk8s.Chart(app, "a"), cdk8s.Chart(app, "b")
    ns_a = ZeroTrustNamespace(chart_a, "ns", name="team-a", boundary=boundaries[0])
    ns_b = ZeroTrustNamespace(chart_b, "ns", name="team-b", boundary=boundaries[1])
    client = HardenedDeployment(chart_a, "client", DeploymentProps(namespace="team-a", container=container()))
    server = HardenedDeployment(
        chart_b,
        "server",
        DeploymentProps(
            namespace="team-b", container=container(ports=(Port("http", 8080), Port("metrics", 9100), Port("dns", 5353, protocol="UDP")))
        ),
    )
    return (chart_a, ns_a, client), (chart_b, ns_b, server)


def policies(chart):
    return {m["metadata"]["name"]: m["spec"] for m in synth(chart) if m["kind"] == "NetworkPolicy"}


def test_flow_across_namespaces_renders_both_sides():
    (chart_a, _, client), (chart_b, _, server) = two_namespaces()
    flow = allow(client, server, "http")
    assert (flow.port, flow.protocol, flow.port_name) == (8080, "TCP", "http")
    egress = policies(chart_a)["egress-client-to-team-b.server-8080"]
    assert egress == {
        "podSelector": {"matchLabels": dict(client.endpoint.selector)},
        "policyTypes": ["Egress"],
        "egress": [
            {
                "to": [
                    {
                        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "team-b"}},
                        "podSelector": {"matchLabels": dict(server.endpoint.selector)},
                    }
                ],
                "ports": [{"port": 8080, "protocol": "TCP"}],
            }
        ],
    }
    ingress = policies(chart_b)["ingress-server-from-team-a.client-8080"]
    assert ingress == {
        "podSelector": {"matchLabels": dict(server.endpoint.selector)},
        "policyTypes": ["Ingress"],
        "ingress": [
            {
                "from": [
                    {
                        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "team-a"}},
                        "podSelector": {"matchLabels": dict(client.endpoint.selector)},
                    }
                ],
                "ports": [{"port": 8080, "protocol": "TCP"}],
            }
        ],
    }
    assert flows_of(chart_a) == flows_of(chart_b) == [flow]


def test_flow_from_external_pods_renders_only_our_side():
    (chart_a, _, _), (chart_b, _, server) = two_namespaces()
    allow(TRAEFIK, server, "http")
    assert "ingress-server-from-ingress-system.traefik-8080" in policies(chart_b)
    assert set(policies(chart_a)) == {"default-deny", "allow-dns"}


def test_flow_to_network_uses_ip_blocks_with_their_exceptions():
    (chart_a, _, client), _ = two_namespaces()
    allow(client, INTERNET, "https")
    rule = policies(chart_a)["egress-client-to-internet-443"]["egress"][0]
    assert rule["to"] == [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8"]}}]
    nodes = ExternalPeer.network("nodes", cidr=["10.0.0.11/32", "10.0.0.12/32"], except_cidrs=["10.0.0.12/32"])
    allow(client, nodes, 6443)
    rule = policies(chart_a)["egress-client-to-nodes-6443"]["egress"][0]
    assert rule["to"] == [{"ipBlock": {"cidr": "10.0.0.11/32"}}, {"ipBlock": {"cidr": "10.0.0.12/32", "except": ["10.0.0.12/32"]}}]


def test_named_udp_port_takes_its_protocol_and_is_named_apart():
    (chart_a, _, client), (_, _, server) = two_namespaces()
    flow = allow(client, server, "dns")
    assert flow.protocol == "UDP"
    assert "egress-client-to-team-b.server-5353-udp" in policies(chart_a)


def test_numbers_and_names_of_external_peers():
    (chart_a, _, client), _ = two_namespaces()
    assert allow(client, INTERNET, 587).port_name is None
    assert allow(client, INTERNET, 53, protocol="UDP").protocol == "UDP"
    assert allow(client, INTERNET, "https").port == 443
    assert {"egress-client-to-internet-587", "egress-client-to-internet-53-udp"} <= set(policies(chart_a))


def test_a_construct_declares_its_own_flows_before_its_namespace_exists():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    web = HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container()))
    allow_own(web, web, INTERNET, "https")
    ZeroTrustNamespace(chart, "ns", name="shop")
    assert "egress-web-to-internet-443" in policies(chart)


def test_two_apps_in_one_process_are_independent():
    first, second = cdk8s.App(), cdk8s.App()
    (chart_1, _, client_1), (_, _, server_1) = two_namespaces(first)
    (chart_2, _, client_2), (_, _, server_2) = two_namespaces(second)  # same namespace names: no clash
    allow(client_1, server_1, "http")
    assert flows_of(chart_2) == [] and set(policies(chart_2)) == {"default-deny", "allow-dns"}
    allow(client_2, server_2, "http")  # the same flow in the other App is not a duplicate
    assert len(flows_of(chart_1)) == len(flows_of(chart_2)) == 1
    for chart, web in ((chart_1, client_1), (chart_2, client_2)):  # the same host, once per App
        https = TraefikMiddleware(chart, "https", namespace="team-a", spec=RedirectScheme())
        PublicRoute(
            chart, "route", namespace="team-a", host="www.example.org", target=web, port=8080, tls_secret="tls", redirect_middleware=https
        )


# --- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "port, allowed",
    [
        ("metric", "exposes: dns \\(5353/UDP\\), http \\(8080\\), metrics \\(9100\\)"),
        (8080, "a port name of HardenedDeployment server"),
        (True, "a port name of"),
    ],
)
def test_unknown_port_name_or_number_for_our_workload(port, allowed):
    (_, _, client), (_, _, server) = two_namespaces()
    with pytest.raises(ConfigError, match=allowed) as error:
        allow(client, server, port)
    assert error.value.field == "port" and error.value.where == client.endpoint.path


@pytest.mark.parametrize("port", [0, 70000, "smtp"])
def test_bad_port_of_external_peer(port):
    (_, _, client), _ = two_namespaces()
    with pytest.raises(ConfigError) as error:
        allow(client, INTERNET, port)
    assert error.value.field == "port"


def test_protocol_rules():
    (_, _, client), (_, _, server) = two_namespaces()
    with pytest.raises(ConfigError, match="TCP, the protocol of port 'http'"):
        allow(client, server, "http", protocol="UDP")
    with pytest.raises(ConfigError) as error:
        allow(client, INTERNET, 443, protocol="SCTP")
    assert error.value.field == "protocol"


@pytest.mark.parametrize("value", ["web", ServiceRef("pg-rw", "data"), HardenedDeployment, None])
def test_endpoint_of_the_wrong_type(value):
    (_, _, client), _ = two_namespaces()
    with pytest.raises(ConfigError, match="anything with an `endpoint`") as error:
        allow(value, client, "http")
    assert error.value.field == "source"


def test_a_route_is_not_an_endpoint():
    (chart_a, _, client), _ = two_namespaces()
    https = TraefikMiddleware(chart_a, "https", namespace="team-a", spec=RedirectScheme())
    route = PublicRoute(
        chart_a, "route", namespace="team-a", host="www.example.org", target=client, port=8080, tls_secret="tls", redirect_middleware=https
    )
    with pytest.raises(ConfigError) as error:
        allow(client, route, "http")
    assert error.value.field == "destination"


def test_a_job_accepts_no_connections():
    (chart_a, _, client), _ = two_namespaces()
    job = HardenedJob(chart_a, "job", JobProps(namespace="team-a", container=container(readiness=None, liveness=None)))
    allow(job, client, "http")  # a Job is a fine source
    with pytest.raises(ConfigError, match="accepts no connections") as error:
        allow(client, job, "http")
    assert error.value.field == "port" and "(none)" in error.value.allowed


def test_duplicate_flow_names_the_first_declaration():
    (_, _, client), (_, _, server) = two_namespaces()
    allow(client, server, "http")
    with pytest.raises(ConfigError, match="each flow once") as error:
        allow(client, server, "http")
    assert "already declared by a/client" in str(error.value)


def test_cross_boundary_flow_names_both_construct_paths():
    (_, _, client), (_, _, server) = two_namespaces(boundaries=("dev", "prod"))
    with pytest.raises(ConfigError, match="boundary 'dev'.*boundary 'prod'") as error:
        allow(client, server, "http")
    assert (error.value.where, error.value.field, error.value.value) == ("a/client", "destination", "b/server")


def test_flow_between_two_apps_names_both_construct_paths():
    (_, _, client), _ = two_namespaces(cdk8s.App())
    _, (_, _, server) = two_namespaces(cdk8s.App())
    with pytest.raises(ConfigError, match="same App") as error:
        allow(client, server, "http")
    assert (error.value.where, error.value.value) == ("a/client", "b/server")


def test_workload_outside_the_apps_namespaces():
    (chart_a, _, client), _ = two_namespaces()
    stranger = HardenedDeployment(chart_a, "stranger", DeploymentProps(namespace="elsewhere", container=container()))
    with pytest.raises(ConfigError, match="ZeroTrustNamespace of this app") as error:
        allow(client, stranger, "http")
    assert error.value.field == "destination"


def test_flow_between_two_external_peers():
    with pytest.raises(ConfigError, match="at least one side"):
        allow(TRAEFIK, INTERNET, "https")


def test_external_peer_standing_for_our_namespace():
    (_, _, client), _ = two_namespaces()
    with pytest.raises(ConfigError, match="workload itself") as error:
        allow(ExternalPeer.pods("fake", namespace="team-b"), client, "http")
    assert error.value.field == "source"


@pytest.mark.parametrize(
    "make, field",
    [
        (lambda: ExternalPeer(name="odd"), "namespace/cidr"),
        (lambda: ExternalPeer.network("lan", cidr="not-a-cidr"), "cidr"),
        (lambda: ExternalPeer.network("lan", cidr="10.0.0.0/8", except_cidrs=["192.168.0.0/16"]), "except_cidrs"),
        (lambda: ExternalPeer.pods("Bad_Name", namespace="x"), "name"),
        (lambda: ExternalPeer.pods("x", namespace="x", ports={"http": 0}), "ports['http']"),
        (lambda: ExternalPeer.pods("x", namespace="x", ports={"dns": NamedPort(70000, "UDP")}), "ports['dns']"),
    ],
)
def test_external_peer_shape(make, field):
    with pytest.raises(ConfigError) as error:
        make()
    assert error.value.field == field


def test_longest_names_fit():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    ZeroTrustNamespace(chart, "ns", name="n" * 63)
    ZeroTrustNamespace(chart, "other", name="o" * 63)
    near = HardenedDeployment(chart, "a", DeploymentProps(name="a" * 63, namespace="n" * 63, container=container()))
    far = HardenedDeployment(
        chart,
        "far",
        DeploymentProps(
            name="f" * 63, namespace="o" * 63, container=container(ports=(Port("http", 8080), Port("dns", 5353, protocol="UDP")))
        ),
    )
    allow(near, far, "dns")
    names = [m["metadata"]["name"] for m in synth(chart) if m["kind"] == "NetworkPolicy"]
    assert max(len(n) for n in names) <= 253 and len(names) == 6
