"""cdk8s's own escape hatches work on every object the library renders: JSON patches,
metadata additions and chart labels/namespace, seen through Testing.synth, app.synth_yaml()
and the library's own layout path (chart_manifests)."""

from __future__ import annotations

import cdk8s
import pytest
import yaml
from catalog import BUILDERS, CLUSTER_SCOPED, NS, build_all
from conftest import synth

from dirtbike_constructs import ConfigError, ManifestObject
from dirtbike_constructs.synth import chart_manifests


class CdkYamlLoader(yaml.SafeLoader):
    """PyYAML reads a plain `=` (as cdk8s writes AlertmanagerConfig's matchType) as YAML 1.1's
    'value' tag; it is the string '='."""


CdkYamlLoader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def objects(chart: cdk8s.Chart) -> list[cdk8s.ApiObject]:
    return [n for n in chart.node.find_all() if isinstance(n, cdk8s.ApiObject)]


@pytest.fixture
def full_chart() -> cdk8s.Chart:
    chart = cdk8s.Chart(cdk8s.App(), "all")
    build_all(chart)
    return chart


def test_every_public_construct_renders_only_manifest_objects(full_chart):
    assert objects(full_chart) and all(isinstance(o, ManifestObject) for o in objects(full_chart))


def test_labels_annotations_and_patches_reach_every_object(full_chart):
    for obj in objects(full_chart):
        obj.metadata.add_label("team", "checkout")
        obj.metadata.add_annotation("example.org/owner", "checkout-team")
        obj.add_json_patch(cdk8s.JsonPatch.add("/metadata/annotations/example.org~1patched", "yes"))
    via_testing = synth(full_chart)
    via_app = list(yaml.load_all(full_chart.node.root.synth_yaml(), Loader=CdkYamlLoader))
    via_layout = chart_manifests([full_chart])
    for rendered in (via_testing, via_app, via_layout):
        assert len(rendered) == len(objects(full_chart))
        for manifest in rendered:
            meta = manifest["metadata"]
            assert meta["labels"]["team"] == "checkout", manifest["kind"]
            assert meta["annotations"]["example.org/owner"] == "checkout-team"
            assert meta["annotations"]["example.org/patched"] == "yes"
            assert meta["labels"]["app.kubernetes.io/managed-by"] == "dirtbike-constructs"
            assert list(manifest)[:3] == ["apiVersion", "kind", "metadata"]
    assert via_testing == via_layout


@pytest.mark.parametrize("key", sorted(BUILDERS))
def test_api_object_of_each_construct_takes_a_patch(chart, key):
    construct = BUILDERS[key](chart)
    primary = cdk8s.ApiObject.of(construct)
    assert primary.node.id == "Resource"
    primary.add_json_patch(
        cdk8s.JsonPatch.add("/metadata/labels/patched", "yes"),
        cdk8s.JsonPatch.replace("/metadata/labels/app.kubernetes.io~1managed-by", "platform-team"),
    )
    primary.metadata.add_label("added", "yes")
    (manifest,) = [m for m in synth(chart) if m["kind"] == primary.kind and m["metadata"]["name"] == primary.name]
    assert manifest["metadata"]["labels"]["patched"] == "yes"
    assert manifest["metadata"]["labels"]["added"] == "yes"
    assert manifest["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "platform-team"


def test_a_patch_can_change_the_spec(chart):
    web = BUILDERS["web"](chart)
    cdk8s.ApiObject.of(web).add_json_patch(
        cdk8s.JsonPatch.replace("/spec/replicas", 4), cdk8s.JsonPatch.remove("/spec/template/spec/automountServiceAccountToken")
    )
    deployment = next(m for m in synth(chart) if m["kind"] == "Deployment")
    assert deployment["spec"]["replicas"] == 4
    assert "automountServiceAccountToken" not in deployment["spec"]["template"]["spec"]
    assert web.deployment.manifest["spec"]["replicas"] == 1  # the construct's own manifest is untouched


def test_metadata_additions_beyond_labels(chart):
    claim = cdk8s.ApiObject.of(BUILDERS["claim"](chart))
    claim.metadata.add_finalizers("example.org/keep")
    claim.metadata.add("generation", 3)
    claim.metadata.add_label("app.kubernetes.io/part-of", "checkout")  # an added label wins over the construct's
    (manifest,) = synth(chart)
    assert manifest["metadata"]["labels"]["app.kubernetes.io/part-of"] == "checkout"
    assert manifest["metadata"]["finalizers"] == ["example.org/keep"]
    assert manifest["metadata"]["generation"] == 3
    assert manifest["metadata"]["name"] == "claim" and manifest["metadata"]["namespace"] == NS


def test_a_patch_on_a_missing_path_names_the_object_and_the_patch(chart):
    claim = cdk8s.ApiObject.of(BUILDERS["claim"](chart))
    claim.add_json_patch(cdk8s.JsonPatch.add("/metadata/labels/ok", "yes"), cdk8s.JsonPatch.replace("/spec/nothing/here", 1))
    with pytest.raises(ConfigError) as error:
        claim.to_json()
    assert error.value.where == "test/claim/Resource" and error.value.field == "json patch #2"


def test_chart_labels_apply_to_every_object_and_the_objects_own_win():
    app = cdk8s.App()
    namespaced = cdk8s.Chart(app, "namespaced", labels={"team": "checkout", "app.kubernetes.io/part-of": "chart-value"})
    for key, build in BUILDERS.items():
        if key not in CLUSTER_SCOPED:
            build(namespaced)
    cluster = cdk8s.Chart(app, "cluster", labels={"team": "platform"})
    for key in CLUSTER_SCOPED:
        BUILDERS[key](cluster)
    for chart, team in ((namespaced, "checkout"), (cluster, "platform")):
        for manifest in synth(chart):
            labels = manifest["metadata"]["labels"]
            assert labels["team"] == team
            assert list(labels)[0] == "app.kubernetes.io/name"  # the library's own labels keep their order
            assert chart is cluster or labels["app.kubernetes.io/part-of"] == "chart-value"
    assert app.synth_yaml().count("team: ") == len(synth(namespaced)) + len(synth(cluster))


def test_an_object_label_wins_over_the_chart_label():
    chart = cdk8s.Chart(cdk8s.App(), "c", labels={"app.kubernetes.io/managed-by": "someone-else", "team": "a"})
    claim = cdk8s.ApiObject.of(BUILDERS["claim"](chart))
    (manifest,) = synth(chart)
    assert manifest["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "dirtbike-constructs"
    assert manifest["metadata"]["labels"]["team"] == "a"
    claim.metadata.add_label("team", "b")
    (manifest,) = synth(chart)
    assert manifest["metadata"]["labels"]["team"] == "b"
    assert manifest["metadata"]["labels"]["app.kubernetes.io/managed-by"] == "dirtbike-constructs"


def test_chart_namespace_keeps_each_objects_explicit_namespace():
    chart = cdk8s.Chart(cdk8s.App(), "c", namespace="elsewhere")
    for key, build in BUILDERS.items():
        if key not in CLUSTER_SCOPED:
            build(chart)
    namespaces = {m["metadata"]["namespace"] for m in synth(chart)}
    assert NS in namespaces and "elsewhere" not in namespaces  # each object its own


@pytest.mark.parametrize("key", CLUSTER_SCOPED)
def test_cluster_scoped_construct_in_a_chart_with_a_namespace_is_refused(key):
    chart = cdk8s.Chart(cdk8s.App(), "c", namespace="shop")
    with pytest.raises(ConfigError) as error:
        BUILDERS[key](chart)
    assert error.value.field == "chart namespace" and error.value.value == "shop"
    assert "cluster-scoped" in str(error.value) and error.value.where == f"c/{key}"
    assert chart.node.children == []  # refused before anything joined the tree
