"""Two constructs rendering one object (same API group, kind, namespace and name) are refused
when the second is built, naming both construct paths; the refused construct leaves nothing
behind, and objects in different Apps never clash."""

from __future__ import annotations

import cdk8s
import pytest
from catalog import BUILDERS, NS
from conftest import synth
from factories import container

from dirtbike_constructs import (
    BlueGreenService,
    BlueGreenServiceProps,
    ColorSpec,
    ConfigError,
    DeploymentProps,
    HardenedDeployment,
)


def test_a_deployment_named_like_the_preview_service_is_refused(chart):
    BlueGreenService(
        chart,
        "wordpress",
        BlueGreenServiceProps(
            namespace=NS,
            container=container(),
            active="blue",
            blue=ColorSpec("ghcr.io/example/app:1.2.3"),
            green=ColorSpec("ghcr.io/example/app:1.2.4"),
        ),
    )
    before = synth(chart)
    with pytest.raises(ConfigError) as error:
        HardenedDeployment(chart, "preview", DeploymentProps(name="wordpress-preview", namespace=NS, container=container()))
    assert error.value.where.startswith("test/preview/")
    assert error.value.value == f"Service {NS}/wordpress-preview"
    assert "test/wordpress/PreviewService" in str(error.value)
    assert [c.node.id for c in chart.node.children] == ["wordpress"]
    assert synth(chart) == before
    HardenedDeployment(
        chart, "preview", DeploymentProps(name="wordpress-staging", namespace=NS, container=container())
    )  # the id is free again


def test_clashes_across_charts_of_one_app_are_refused():
    app = cdk8s.App()
    HardenedDeployment(cdk8s.Chart(app, "one"), "web", DeploymentProps(namespace=NS, container=container()))
    with pytest.raises(ConfigError, match="one/web/ServiceAccount already renders it"):
        HardenedDeployment(cdk8s.Chart(app, "two"), "web", DeploymentProps(namespace=NS, container=container()))


def test_same_name_in_another_namespace_kind_or_app_is_fine():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    HardenedDeployment(chart, "web", DeploymentProps(namespace=NS, container=container()))
    HardenedDeployment(chart, "web-elsewhere", DeploymentProps(name="web", namespace="other", container=container()))
    BUILDERS["claim"](chart)
    HardenedDeployment(chart, "claim-app", DeploymentProps(name="claim", namespace=NS, container=container()))  # a PVC and a Deployment
    HardenedDeployment(cdk8s.Chart(cdk8s.App(), "c"), "web", DeploymentProps(namespace=NS, container=container()))


@pytest.mark.parametrize("key", sorted(BUILDERS))
def test_every_construct_built_twice_is_refused_and_leaves_the_tree_as_it_was(key):
    chart = cdk8s.Chart(cdk8s.App(), "test")
    first = cdk8s.Chart(chart.node.root, "first")
    BUILDERS[key](first)
    before = synth(chart), [c.node.id for c in chart.node.children]
    with pytest.raises(ConfigError) as error:
        BUILDERS[key](chart)
    assert "first/" in str(error.value) and error.value.where.startswith("test/")
    assert (synth(chart), [c.node.id for c in chart.node.children]) == before
