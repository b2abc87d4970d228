"""cdk8s-plus-27 next to the library: its workloads in the same chart, written by the layout,
and usable as either end of the library's flows."""

from __future__ import annotations

import cdk8s
import cdk8s_plus_27 as kplus
import pytest
from factories import container

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
    return kplus.Deployment(
        chart,
        "legacy",
        metadata=cdk8s.ApiObjectMetadata(name="legacy", namespace=namespace),
        containers=[
            kplus.ContainerProps(
                image="ghcr.io/example/legacy:2.1.0", port_number=8080, ports=[kplus.ContainerPort(number=9090, name="metrics")]
            )
        ],
    )


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
