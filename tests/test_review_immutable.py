"""The review says "will fail" for the updates the API server refuses that it did not know:
a Service's cluster address, and the custom resource fields a CRD makes immutable with a CEL
transition rule (the rehearsal on the twin holds both to the real API server)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from dirtbike_constructs.tools.review.danger import danger_findings
from dirtbike_constructs.tools.review.immutable_fields import IMMUTABLE_FIELDS
from dirtbike_constructs.tools.review.model import Tree, identity

CRDS = Path(__file__).resolve().parents[2] / "shared" / "crds"
TRANSITION_RULES = {"self == oldSelf", "oldSelf == self", "!oldSelf.hasValue() || self == oldSelf.value()"}


def _rules(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    before, after = Tree("prod"), Tree("prod")
    before.objects[identity(old)] = old
    after.objects[identity(new)] = new
    return [f.rule for f in danger_findings(before, after)]


SERVICE = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "shop"}, "spec": {"ports": [{"port": 80}]}}


@pytest.mark.parametrize(("field", "value"), [("clusterIP", "10.43.0.10"), ("clusterIP", "None"), ("clusterIPs", ["10.43.0.10"])])
def test_setting_a_services_cluster_address_will_fail(field: str, value: object) -> None:
    changed = copy.deepcopy(SERVICE)
    changed["spec"][field] = value
    assert _rules(SERVICE, changed) == ["immutable-service-address"]


def test_leaving_the_cluster_address_out_passes() -> None:
    with_address = copy.deepcopy(SERVICE)
    with_address["spec"]["clusterIP"] = "10.43.0.10"
    assert _rules(with_address, SERVICE) == []
    assert _rules(with_address, copy.deepcopy(with_address)) == []


DATABASE = {
    "apiVersion": "postgresql.cnpg.io/v1",
    "kind": "Database",
    "metadata": {"name": "forum", "namespace": "data"},
    "spec": {"name": "forum", "owner": "forum", "cluster": {"name": "postgres"}},
}


def test_changing_a_field_the_crd_makes_immutable_will_fail() -> None:
    renamed = copy.deepcopy(DATABASE)
    renamed["spec"]["name"] = "discourse"
    assert _rules(DATABASE, renamed) == ["immutable-custom-field"]


def test_setting_an_immutable_field_first_and_changing_a_mutable_one_pass() -> None:
    changed = copy.deepcopy(DATABASE)
    changed["spec"]["owner"] = "someone"
    changed["spec"]["encoding"] = "UTF8"
    assert _rules(DATABASE, changed) == []


def _immutable_paths(schema: dict[str, Any], path: tuple[str, ...] = ()) -> list[str]:
    found = [".".join(path) for v in schema.get("x-kubernetes-validations") or [] if v.get("rule") in TRANSITION_RULES]
    for key, sub in (schema.get("properties") or {}).items():
        found += _immutable_paths(sub, (*path, key))
    return found


@pytest.mark.skipif(not CRDS.is_dir(), reason="../shared/crds is absent")
def test_the_table_is_what_the_crds_declare() -> None:
    declared: dict[tuple[str, str], tuple[str, ...]] = {}
    for path in sorted(CRDS.rglob("*.yaml")):
        for crd in yaml.safe_load_all(path.read_text()):
            if not crd or crd.get("kind") != "CustomResourceDefinition":
                continue
            for version in crd["spec"]["versions"]:
                paths = _immutable_paths(version["schema"]["openAPIV3Schema"])
                if paths:
                    declared[(crd["spec"]["group"], crd["spec"]["names"]["kind"])] = tuple(paths)
    assert dict(IMMUTABLE_FIELDS) == declared
