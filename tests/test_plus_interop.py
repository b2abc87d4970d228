"""cdk8s-plus-27 next to the library: its workloads in the same chart, written by the layout,
and usable as either end of the library's flows."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_27 as kplus
import pytest
from factories import container, restricted

from dirtbike_constructs import (
    ConfigError,
    DeploymentProps,
    HardenedDeployment,
    PlusWorkload,
    ZeroTrustNamespace,
    allow,
)
from dirtbike_constructs.layout import render_layout


def legacy(chart: cdk8s.Chart, namespace: str | None = "shop") -> kplus.Deployment:
    workload = kplus.Deployment(
        chart,
        "legacy",
        metadata=cdk8s.ApiObjectMetadata(name="legacy", namespace=namespace),
        containers=[
            kplus.ContainerProps(
                image="ghcr.io/example/legacy:2.1.0", port_number=8080, ports=[kplus.ContainerPort(number=9090, name="metrics")]
            )
        ],
    )
    restricted(workload)
    return workload


def policies(chart: cdk8s.Chart) -> dict[str, dict]:
    return {m["metadata"]["name"]: m for m in cdk8s.Testing.synth(chart) if m["kind"] == "NetworkPolicy"}


def test_flows_to_and_from_a_cdk8s_plus_workload():
    chart = cdk8s.Chart(cdk8s.App(), "shop")
    ZeroTrustNamespace(chart, "ns", name="shop")
    api = HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=container()))
    plus = PlusWorkload(legacy(chart))
    assert set(plus.endpoint.ports) == {"tcp-8080", "metrics"}
    allow(api, plus, "tcp-8080")
    allow(plus, api, "http")
    found = policies(chart)
    selector = dict(plus.workload.match_labels)
    to_plus = [p for p in found.values() if p["spec"]["podSelector"].get("matchLabels") == selector]
    assert to_plus, "a policy selecting the cdk8s-plus pods"
    rendered = [
        p
        for p in found.values()
        for rule in p["spec"].get("ingress", []) + p["spec"].get("egress", [])
        for ports in rule.get("ports", [])
        if ports.get("port") == 8080
    ]
    assert rendered
    tree = render_layout(chart)
    assert "shop/11-deployment-legacy.yaml" in tree and "shop/11-deployment-api.yaml" in tree


def test_a_cdk8s_plus_workload_without_namespace_is_refused():
    chart = cdk8s.Chart(cdk8s.App(), "shop")
    with pytest.raises(ConfigError, match="metadata.namespace"):
        PlusWorkload(legacy(chart, namespace=None))


def other(chart: cdk8s.Chart, namespace: str = "shop") -> kplus.Deployment:
    return kplus.Deployment(
        chart,
        "other",
        metadata=cdk8s.ApiObjectMetadata(name="other", namespace=namespace),
        containers=[kplus.ContainerProps(image="ghcr.io/example/other:1.0.0", port_number=9000)],
    )


def test_two_cdk8s_plus_workloads_in_a_library_namespace_connect():
    """Both run in the library's default-deny namespace: allow() is the only way to connect them."""
    chart = cdk8s.Chart(cdk8s.App(), "shop")
    ZeroTrustNamespace(chart, "ns", name="shop")
    flow = allow(PlusWorkload(legacy(chart)), PlusWorkload(other(chart)), "tcp-9000")
    assert (flow.source.name, flow.destination.name, flow.port) == ("legacy", "other", 9000)
    found = policies(chart)
    assert {
        p["spec"]["podSelector"]["matchLabels"]["cdk8s.io/metadata.addr"] for p in found.values() if "9000" in p["metadata"]["name"]
    } == {dict(plus.match_labels)["cdk8s.io/metadata.addr"] for plus in chart.node.children if isinstance(plus, kplus.Deployment)}


def test_two_cdk8s_plus_workloads_outside_the_apps_namespaces_are_refused():
    chart = cdk8s.Chart(cdk8s.App(), "shop")
    ZeroTrustNamespace(chart, "ns", name="shop")
    with pytest.raises(ConfigError, match="a workload in a ZeroTrustNamespace of this app"):
        allow(PlusWorkload(legacy(chart, namespace="elsewhere")), PlusWorkload(other(chart)), "tcp-9000")


@pytest.mark.parametrize("direction", ["allow_from", "allow_to"])
def test_cdk8s_plus_connections_to_a_library_workload_are_refused_with_the_allow_to_write(direction):
    """cdk8s-plus asks the peer for its INetworkPolicyPeer contract: the library's workloads
    answer with the allow() call to write (it crashed inside jsii: not a function)."""
    chart = cdk8s.Chart(cdk8s.App(), "shop")
    ZeroTrustNamespace(chart, "ns", name="shop")
    api = HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=container()))
    plus = legacy(chart)
    with pytest.raises(RuntimeError) as refused:
        getattr(plus.connections, direction)(api)
    message = str(refused.value)
    assert "is not a function" not in message
    assert "shop/api: cdk8s-plus connections='api' is not allowed" in message
    assert "allow(api, PlusWorkload(plus), '<port name>')" in message and "allow(PlusWorkload(plus), api, '<port name>')" in message
