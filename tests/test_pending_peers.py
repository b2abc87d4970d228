"""ExternalPeer.pending: a peer whose addresses an operator has yet to supply. Flows to it are
declared, checked and reported, but no NetworkPolicy allows them (a rule without addresses
would allow every destination), and the report says what is missing."""

from __future__ import annotations

import pytest
from test_flows import policies, two_namespaces

from dirtbike_constructs import ConfigError, ExternalPeer, allow, flows_of
from dirtbike_constructs.tools.flow_report import render_flow_report

MISSING = "the API server addresses: set them in clusters.py"
API = ExternalPeer.pending("kube-apiserver", missing=MISSING, ports={"https": 6443})


def test_a_flow_to_a_pending_peer_is_declared_but_renders_nothing():
    (chart_a, _, client), (chart_b, _, server) = two_namespaces()
    before = policies(chart_a)
    flow = allow(client, API, "https")
    assert (flow.port, flow.protocol, flow.pending) == (6443, "TCP", MISSING)
    assert flow in flows_of(client)
    assert policies(chart_a) == before  # no egress rule: the traffic stays denied


def test_other_flows_render_as_before_and_are_not_pending():
    (chart_a, _, client), (_, _, server) = two_namespaces()
    allow(client, API, "https")
    flow = allow(client, server, "http")
    assert flow.pending == ""
    assert "egress-client-to-team-b.server-8080" in policies(chart_a)


def test_two_pending_peers_on_one_port_are_two_flows():
    (_, _, client), _ = two_namespaces()
    allow(client, API, "https")
    other = ExternalPeer.pending("object-store", missing="the object store's address", ports={"https": 6443})
    allow(client, other, "https")
    assert [f.destination.name for f in flows_of(client)] == ["kube-apiserver", "object-store"]


def test_a_pending_flow_is_still_checked():
    (_, _, client), _ = two_namespaces()
    with pytest.raises(ConfigError, match="port"):
        allow(client, API, "http")
    allow(client, API, "https")
    with pytest.raises(ConfigError, match="already declared"):
        allow(client, API, 6443)


def test_the_flow_report_lists_pending_flows_apart_with_what_is_missing():
    (_, _, client), (_, _, server) = two_namespaces()
    allow(client, server, "http")
    allow(client, API, "https")
    report = render_flow_report("Flows", flows_of(client))
    allowed, pending = report.split("## Declared, not allowed yet")
    assert "kube-apiserver" not in allowed.split("```")[2]  # the allowed flows' table
    assert "1 flows." in allowed and "1 pending flows." in pending
    assert f"| team-a/client | kube-apiserver | 6443/TCP | {MISSING} |" in pending
    assert '-.->|"6443 pending"|' in allowed  # dotted in the graph


def test_no_pending_section_when_nothing_is_pending():
    (_, _, client), (_, _, server) = two_namespaces()
    allow(client, server, "http")
    assert "Declared, not allowed yet" not in render_flow_report("Flows", flows_of(client))


@pytest.mark.parametrize(
    "make",
    [
        lambda: ExternalPeer.pending("api", missing="  "),
        lambda: ExternalPeer(name="api", cidrs=("10.0.0.0/8",), missing="addresses"),
        lambda: ExternalPeer(name="api", namespace="kube-system", missing="addresses"),
    ],
    ids=["blank-missing", "pending-with-cidr", "pending-with-namespace"],
)
def test_a_pending_peer_has_a_reason_and_no_addresses(make):
    with pytest.raises(ConfigError, match="missing"):
        make()
