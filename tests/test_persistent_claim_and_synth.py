"""PersistentClaim, and the file layout rules of synth."""

from __future__ import annotations

import pytest
from conftest import find, synth

from dirtbike_constructs import ConfigError, PersistentClaim
from dirtbike_constructs.synth import APPLY_ORDER, apply_rank, render_tree, to_yaml


def test_claim_defaults(chart):
    PersistentClaim(chart, "data", namespace="apps", size="10Gi", storage_class="longhorn-retain", part_of="site")
    claim = find(synth(chart), "PersistentVolumeClaim", "data")
    assert claim["spec"] == {
        "accessModes": ["ReadWriteOnce"],
        "resources": {"requests": {"storage": "10Gi"}},
        "storageClassName": "longhorn-retain",
    }
    assert claim["metadata"]["labels"]["app.kubernetes.io/component"] == "storage"


@pytest.mark.parametrize(
    "props, field",
    [
        ({"size": "ten gigs"}, "size"),
        ({"access_mode": "ReadOnlyMany"}, "access_mode"),
        ({"storage_class": "Longhorn"}, "storage_class"),
        ({"namespace": "Apps"}, "namespace"),
        ({"name": "Data"}, "name"),
        ({"app": "a b"}, "app"),
    ],
)
def test_claim_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        PersistentClaim(chart, "data", **{"namespace": "apps", "size": "1Gi", **props})
    assert error.value.field == field


def test_unknown_kind_has_no_place_in_the_order():
    assert apply_rank("Namespace") == 0
    with pytest.raises(ConfigError, match="APPLY_ORDER"):
        apply_rank("Widget")


def test_order_lists_each_kind_once():
    kinds = [k for group in APPLY_ORDER for k in group]
    assert len(kinds) == len(set(kinds))


def test_two_objects_on_one_path_are_refused():
    same = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "a"}}
    with pytest.raises(ConfigError, match="one object per kind, namespace and name"):
        render_tree([same, dict(same)])


def test_yaml_never_uses_anchors_for_shared_values():
    shared = {"app": "web"}
    text = to_yaml({"metadata": {"labels": shared}, "spec": {"selector": {"matchLabels": shared}}})
    assert "&" not in text and "*" not in text
    assert text.count("app: web") == 2
