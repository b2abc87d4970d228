"""The final objects are checked at synthesis: a JSON patch or a cdk8s-plus object in a library
namespace that its Pod Security level would refuse is refused before any YAML is written, and a
departure from the library's own rules passes only with its named, reasoned annotation. (The
review reads the same check: tests/test_review.py.)"""

from __future__ import annotations

import cdk8s
import cdk8s_plus_27 as kplus
import pytest
import yaml
from factories import container, restricted

from dirtbike_constructs import ConfigError, DeploymentProps, HardenedDeployment, ZeroTrustNamespace
from dirtbike_constructs.layout import render_layout
from dirtbike_constructs.synth import chart_manifests


def shop() -> cdk8s.Chart:
    chart = cdk8s.Chart(cdk8s.App(), "shop")
    ZeroTrustNamespace(chart, "ns", name="shop")
    return chart


def privileged_by_patch(chart: cdk8s.Chart) -> HardenedDeployment:
    api = HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=container()))
    cdk8s.ApiObject.of(api.deployment).add_json_patch(
        cdk8s.JsonPatch.add("/spec/template/spec/containers/0/securityContext/privileged", True)
    )
    return api


def plus(chart: cdk8s.Chart, *, hardened: bool = True, writable_reason: str | None = None) -> kplus.Deployment:
    """A cdk8s-plus Deployment; `restricted` adds what cdk8s-plus leaves out of Pod Security
    'restricted' (a seccomp profile, capabilities dropped) by JSON patches when `hardened`."""
    workload = kplus.Deployment(
        chart,
        "legacy",
        metadata=cdk8s.ApiObjectMetadata(name="legacy", namespace="shop"),
        containers=[kplus.ContainerProps(image="ghcr.io/example/legacy:2.1.0", port_number=8080)],
    )
    obj = cdk8s.ApiObject.of(workload)
    if hardened:
        restricted(workload)
    if writable_reason is not None:
        obj.add_json_patch(cdk8s.JsonPatch.replace("/spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem", False))
        if writable_reason:
            obj.add_json_patch(
                cdk8s.JsonPatch.add(
                    "/spec/template/metadata/annotations", {"security.dirtbike.io/main.writable-root-filesystem": writable_reason}
                )
            )
    return workload


@pytest.mark.parametrize("render", [render_layout, lambda chart: chart_manifests([chart])], ids=["layout", "chart_manifests"])
def test_a_patch_that_breaks_pod_security_is_refused_at_synthesis(render):
    chart = shop()
    privileged_by_patch(chart)
    with pytest.raises(ConfigError) as refused:
        render(chart)
    message = str(refused.value)
    assert refused.value.where == "shop/api/Resource"
    assert "containers[app].securityContext.privileged: true" in message
    assert "namespace shop enforces it, so the cluster refuses Deployment shop/api" in message and "'restricted'" in message


def test_a_cdk8s_plus_pod_in_a_library_namespace_must_pass_its_level():
    chart = shop()
    plus(chart, hardened=False)
    with pytest.raises(ConfigError) as refused:
        render_layout(chart)
    message = str(refused.value)
    assert "containers[main].securityContext.seccompProfile.type: None (RuntimeDefault or Localhost)" in message
    assert "containers[main].securityContext.capabilities.drop: without ALL" in message


def test_a_cdk8s_plus_pod_made_restricted_passes():
    chart = shop()
    plus(chart)
    assert "shop/11-deployment-legacy.yaml" in render_layout(chart)


def test_a_departure_from_the_librarys_rules_needs_its_reasoned_annotation():
    chart = shop()
    plus(chart, writable_reason="")
    with pytest.raises(ConfigError, match=r"readOnlyRootFilesystem: not true \(exception: writable-root-filesystem\)"):
        render_layout(chart)
    chart = shop()
    plus(chart, writable_reason="the legacy image writes its PID file under /var/run")
    rendered = yaml.safe_load(render_layout(chart)["shop/11-deployment-legacy.yaml"])
    assert rendered["spec"]["template"]["metadata"]["annotations"] == {
        "security.dirtbike.io/main.writable-root-filesystem": "the legacy image writes its PID file under /var/run"
    }


def test_outside_the_outputs_namespaces_nothing_is_assumed():
    chart = cdk8s.Chart(cdk8s.App(), "shop")
    plus(chart, hardened=False)  # no Namespace object rendered: its level is the cluster's business
    assert render_layout(chart)
