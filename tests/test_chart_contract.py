"""Every HelmChart dist/clusters/ renders holds to its chart's contract (its default values.yaml
and values.schema.json at the pinned version): what Helm would refuse at install, or ignore as
a key the chart never reads, fails here first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, dist_files

from dirtbike_site.addons import values_contract
from dirtbike_site.addons.values_contract import check, helm_merge, unknown_paths

CHARTS_DIR = Path(os.environ.get("DIRTBIKE_CHARTS", ROOT.parent / "shared" / "charts"))
HELM_CHARTS = [(path, obj) for path, obj in dist_files("clusters") if obj["kind"] == "HelmChart"]


def need_contracts() -> None:
    if not (CHARTS_DIR / "PROVENANCE.md").is_file():
        pytest.skip(
            f"chart contracts not found at {CHARTS_DIR}: place the shared charts folder beside the project "
            "(../shared/charts) or point DIRTBIKE_CHARTS at one"
        )


def problems_of(chart: dict, values: dict | None = None) -> list[str]:
    spec = chart["spec"]
    given = yaml.safe_load(spec["valuesContent"]) if values is None else values
    return check(CHARTS_DIR, release=chart["metadata"]["name"], chart=spec["chart"], version=spec["version"], values=given)


def cert_manager() -> dict:
    return next(obj for _, obj in HELM_CHARTS if obj["metadata"]["name"] == "cert-manager")


@pytest.mark.parametrize("chart", [obj for _, obj in HELM_CHARTS], ids=[path for path, _ in HELM_CHARTS])
def test_rendered_values_hold_to_the_charts_contract(chart):
    need_contracts()
    assert problems_of(chart) == []


def test_the_removed_cert_manager_target_port_is_refused():
    """cert-manager 1.21 names the metrics port itself (http-metrics): its schema refuses
    prometheus.servicemonitor.targetPort, which the values once set to 9402."""
    need_contracts()
    values = yaml.safe_load(cert_manager()["spec"]["valuesContent"])
    values["prometheus"]["servicemonitor"]["targetPort"] = 9402
    problems = problems_of(cert_manager(), values)
    assert any("prometheus.servicemonitor.targetPort is not a value the chart defines" in p for p in problems), problems
    assert any("'targetPort' was unexpected" in p and "values.schema.json of cert-manager v1.21.1" in p for p in problems)


def test_a_value_of_the_wrong_type_is_refused_by_the_schema():
    need_contracts()
    values = yaml.safe_load(cert_manager()["spec"]["valuesContent"])
    values["prometheus"]["servicemonitor"]["enabled"] = "yes"
    assert any("prometheus.servicemonitor.enabled: 'yes' is not of type 'boolean'" in p for p in problems_of(cert_manager(), values))


def test_a_subcharts_values_are_held_to_the_subcharts_schema():
    need_contracts()
    cnpg = next(obj for _, obj in HELM_CHARTS if obj["spec"]["chart"] == "cloudnative-pg")
    values = yaml.safe_load(cnpg["spec"]["valuesContent"])
    values["monitoring"]["grafanaDashboard"]["namespace"] = 7
    problems = problems_of(cnpg, values)
    assert any("/monitoring: grafanaDashboard.namespace: 7 is not of type 'string'" in p for p in problems), problems


def test_a_pin_without_a_contract_is_reported(tmp_path):
    (tmp_path / "demo" / "1.0.0").mkdir(parents=True)
    (tmp_path / "demo" / "1.0.0" / "values.yaml").write_text("a: 1\n")
    assert check(tmp_path, release="demo", chart="demo", version="1.0.0", values={"a": 2}) == []
    [problem] = check(tmp_path, release="demo", chart="demo", version="1.1.0", values={"a": 2})
    assert problem.startswith("demo (demo 1.1.0): no contract for this version") and "NO_CONTRACT" in problem


def test_every_listed_exception_names_a_pin_and_why():
    pinned = {(obj["spec"]["chart"], obj["spec"]["version"]) for _, obj in HELM_CHARTS}
    for key, (nearest, why) in values_contract.NO_CONTRACT.items():
        assert key in pinned, f"NO_CONTRACT names {key}, which no HelmChart pins: remove it"
        assert why.strip() and nearest != key[1]
    for chart, maps in values_contract.PASS_THROUGH.items():
        assert chart in {c for c, _ in pinned}, f"PASS_THROUGH names {chart}, which no HelmChart installs"
        assert all(why.strip() for why in maps.values())


def test_every_pass_through_map_is_one_the_chart_defines_and_we_set():
    """A pass-through entry that no longer matches a default or a value we set hides nothing
    and would hide a later typo: each must name a map in the defaults that our values fill."""
    need_contracts()
    for _, chart in HELM_CHARTS:
        spec = chart["spec"]
        if not values_contract.Contract.exists(CHARTS_DIR, spec["chart"], spec["version"]):
            continue
        known = values_contract.Contract(CHARTS_DIR, spec["chart"], spec["version"]).known_defaults()
        ours = yaml.safe_load(spec["valuesContent"])
        for path in values_contract.PASS_THROUGH.get(spec["chart"], {}):
            default, value = known, ours
            for key in path.split("."):
                default, value = default[key], value[key]
            assert isinstance(default, dict) and isinstance(value, dict), (spec["chart"], path)


def test_helm_merge_merges_maps_replaces_lists_and_scalars_and_null_deletes():
    defaults = {"a": {"b": 1, "c": [1, 2], "d": {"e": 1}}, "f": "x", "g": {"h": 1}}
    ours = {"a": {"c": [3], "d": {"k": 2}}, "f": "y", "g": None, "n": {"o": None, "p": 1}}
    assert helm_merge(ours, defaults) == {"a": {"b": 1, "c": [3], "d": {"e": 1, "k": 2}}, "f": "y", "n": {"p": 1}}


def test_unknown_paths_stop_at_pass_through_maps_and_lists():
    defaults = {"resources": {}, "svc": {"port": 1}, "list": [{"a": 1}]}
    ours = {"resources": {"limits": {"cpu": "1"}}, "svc": {"port": 2, "typo": 1}, "list": [{"b": 2}], "nope": 1}
    assert unknown_paths(ours, defaults, {"resources": "why"}) == ["svc.typo", "nope"]
