"""The restore drill: its CronJob, its least-privilege Role, and the script's logic."""

from __future__ import annotations

import json
import urllib.error

import jsonschema
import pytest
import yaml
from conftest import CRD_DIR, ROOT
from promql_eval import evaluate

from dirtbike_site import environments
from dirtbike_site.scripts import restore_drill

DATA = ROOT / "dist" / "prod" / "dirtbike-prod-data"


def config() -> dict:
    cm = yaml.safe_load((DATA / "05-configmap-postgres-restore-drill-script.yaml").read_text())
    return json.loads(cm["data"]["config.json"])


def test_cronjob_runs_the_committed_script_monthly():
    cm = yaml.safe_load((DATA / "05-configmap-postgres-restore-drill-script.yaml").read_text())
    assert cm["data"]["restore_drill.py"] == (ROOT / "dirtbike_site" / "scripts" / "restore_drill.py").read_text()
    cron = yaml.safe_load((DATA / "09-cronjob-postgres-restore-drill.yaml").read_text())["spec"]
    assert cron["schedule"] == "0 4 1 * *" and cron["concurrencyPolicy"] == "Forbid"
    pod = cron["jobTemplate"]["spec"]["template"]["spec"]
    assert pod["automountServiceAccountToken"] is True and pod["containers"][0]["command"][0] == "python3"
    assert not (ROOT / "dist" / "dev" / "dirtbike-dev-data" / "09-cronjob-postgres-restore-drill.yaml").exists()  # no backups in dev


def test_role_creates_clusters_and_touches_only_the_drill():
    role = yaml.safe_load((DATA / "03-role-postgres-restore-drill.yaml").read_text())
    assert role["rules"] == [
        {"apiGroups": ["postgresql.cnpg.io"], "resources": ["clusters"], "resourceNames": ["postgres-drill"], "verbs": ["delete", "get"]},
        {"apiGroups": ["postgresql.cnpg.io"], "resources": ["clusters"], "verbs": ["create"]},
    ]


def test_drill_cluster_recovers_from_the_production_backups():
    cfg = config()
    manifest = restore_drill.cluster_manifest(cfg)
    spec = manifest["spec"]
    assert manifest["metadata"]["name"] == "postgres-drill" and spec["instances"] == 1
    assert spec["bootstrap"] == {"recovery": {"source": "origin"}} and "backup" not in spec
    # Read through the Barman Cloud plugin from the production cluster's ObjectStore; no
    # plugins entry, so the drill archives nothing into the production folder.
    assert spec["externalClusters"] == [
        {
            "name": "origin",
            "plugin": {
                "name": "barman-cloud.cloudnative-pg.io",
                "parameters": {"barmanObjectName": "postgres-backup", "serverName": "postgres"},
            },
        }
    ]
    assert "plugins" not in spec and "barmanObjectStore" not in json.dumps(manifest)
    assert cfg["running_host"] == "postgres-ro.dirtbike-prod-data.svc.cluster.local"
    assert "RAISE EXCEPTION 'CJK smoke test failed" in cfg["smoke_sql"]
    if not (CRD_DIR / "PROVENANCE.md").is_file():
        pytest.skip(f"CRDs not found at {CRD_DIR}")
    crd = yaml.safe_load((CRD_DIR / "postgresql.cnpg.io" / "clusters.postgresql.cnpg.io.yaml").read_text())
    jsonschema.validate(manifest, crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"])


def test_row_ratio():
    assert restore_drill.row_ratio({"a": 990, "b": 0}, {"a": 1000, "b": 0}) == {"a": 0.99, "b": 1.0}
    assert restore_drill.row_ratio({"a": 0}, {"a": 10}) == {"a": 0.0}
    assert restore_drill.row_ratio({"a": 5}, {"a": 0}) == {"a": 0.0}


def test_report_on_failure_and_cleanup(monkeypatch, tmp_path, capsys):
    cfg = {**config(), "timeout_seconds": 0}
    path = tmp_path / "config.json"
    path.write_text(json.dumps(cfg))
    monkeypatch.setenv("DRILL_CONFIG", str(path))
    calls = []

    def fake_api(method, api_path, body=None):
        calls.append((method, api_path.rsplit("/", 1)[-1]))
        if len(calls) == 1:  # no leftover from an earlier run
            raise urllib.error.HTTPError(api_path, 404, "Not Found", {}, None)
        return {"status": {"readyInstances": 0, "phase": "Setting up primary"}}

    monkeypatch.setattr(restore_drill, "api", fake_api)
    monkeypatch.setattr(restore_drill.time, "sleep", lambda s: None)
    assert restore_drill.main() == 1
    report = json.loads(capsys.readouterr().out)
    assert report["result"] == "failed" and report["error"].startswith("TimeoutError") and report["cleanup"] == "deleted"
    assert calls[:2] == [("DELETE", "postgres-drill"), ("POST", "clusters")] and calls[-1] == ("DELETE", "postgres-drill")


def test_report_on_success(monkeypatch, tmp_path, capsys):
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config()))
    monkeypatch.setenv("DRILL_CONFIG", str(path))
    monkeypatch.setattr(restore_drill, "api", api_without_leftover({"status": {"readyInstances": 1}}))
    monkeypatch.setattr(restore_drill, "psql", lambda cfg, host, db, sql: "")
    monkeypatch.setattr(restore_drill, "count_rows", lambda cfg, host, db: 100 if "drill" in host else 100)
    assert restore_drill.main() == 0
    report = json.loads(capsys.readouterr().out)
    assert report["result"] == "passed" and report["cjk_smoke"] == "passed" and report["rows_restored"] == {"logto": 100, "discourse": 100}


def api_without_leftover(answer):
    """A fake API with no drill cluster left over: the first DELETE answers 404."""
    deletes = []

    def fake(method, api_path, body=None):
        if method == "DELETE" and not deletes:
            deletes.append(api_path)
            raise urllib.error.HTTPError(api_path, 404, "Not Found", {}, None)
        return answer

    return fake


def test_leftover_drill_cluster_is_deleted_before_the_run(monkeypatch):
    calls, answers = [], iter([{}, {}])

    def fake_api(method, api_path, body=None):
        calls.append(method)
        try:
            return next(answers)  # a leftover that takes two calls to go away
        except StopIteration:
            raise urllib.error.HTTPError(api_path, 404, "Not Found", {}, None) from None

    monkeypatch.setattr(restore_drill, "api", fake_api)
    monkeypatch.setattr(restore_drill.time, "sleep", lambda s: None)
    restore_drill.remove_leftover("/clusters", "postgres-drill", 60)
    assert calls == ["DELETE", "DELETE", "DELETE"]


@pytest.mark.parametrize("env", ["stage", "prod"])
def test_drill_cluster_volume_is_deleted_with_it(env):
    """The temporary cluster's volume must not outlive it: its storage class deletes the volume
    (the Retain class kept one released volume per monthly run)."""
    data = ROOT / "dist" / env / f"dirtbike-{env}-data"
    cm = yaml.safe_load((data / "05-configmap-postgres-restore-drill-script.yaml").read_text())
    manifest = restore_drill.cluster_manifest(json.loads(cm["data"]["config.json"]))
    name = manifest["spec"]["storage"]["storageClass"]
    cluster = environments.get(env).on.name
    rendered = yaml.safe_load((ROOT / "dist" / "clusters" / cluster / "_cluster" / f"00-storageclass-{name}.yaml").read_text())
    assert rendered["reclaimPolicy"] == "Delete"
    assert "walStorage" not in manifest["spec"]


def drill_alert(env: str = "prod") -> str:
    rule = yaml.safe_load((ROOT / "dist" / env / f"dirtbike-{env}-data" / f"14-prometheusrule-dirtbike-{env}-alerts.yaml").read_text())
    (alert,) = [r for g in rule["spec"]["groups"] for r in g["rules"] if r.get("alert") == "RestoreDrillFailed"]
    return alert["expr"]


def job(name: str, created: float, outcome: str) -> list[tuple[str, dict[str, str], float]]:
    """kube-state-metrics series of one drill Job: created, and failed/complete conditions."""
    labels = {"namespace": "dirtbike-prod-data", "job_name": name}
    return [
        ("kube_job_created", labels, created),
        ("kube_job_status_failed", labels, 1.0 if outcome == "failed" else 0.0),
        ("kube_job_failed", {**labels, "condition": "true"}, 1.0 if outcome == "failed" else 0.0),
        ("kube_job_complete", {**labels, "condition": "true"}, 1.0 if outcome == "complete" else 0.0),
    ]


def last_success(at: float) -> list[tuple[str, dict[str, str], float]]:
    return [("kube_cronjob_status_last_successful_time", {"namespace": "dirtbike-prod-data", "cronjob": "postgres-restore-drill"}, at)]


DAY = 86400.0


@pytest.mark.parametrize(
    "series, fires",
    [
        (job("postgres-restore-drill-1", 1 * DAY, "failed"), True),  # never passed
        (job("postgres-restore-drill-1", 1 * DAY, "failed") + last_success(0.5 * DAY), True),  # failed after a pass
        # the failed Job is retained for its logs, but a later drill passed: quiet
        (
            job("postgres-restore-drill-1", 1 * DAY, "failed")
            + job("postgres-restore-drill-2", 31 * DAY, "complete")
            + last_success(31 * DAY + 3600),
            False,
        ),
        (job("postgres-restore-drill-2", 31 * DAY, "complete") + last_success(31 * DAY + 3600), False),
        ([], False),
    ],
)
def test_drill_alert_fires_only_while_the_latest_drill_failed(series, fires):
    assert bool(evaluate(drill_alert(), series, now=40 * DAY)) == fires


def test_drill_refuses_a_cluster_without_a_scratch_class(monkeypatch):
    """On a cluster whose longhorn-scratch is missing (or retains its volumes), the drill would
    leave a released volume per run: synthesis stops with the fix instead."""
    import dataclasses

    from dirtbike_constructs import ConfigError
    from dirtbike_site.platform import build

    env = environments.get("prod")
    retained = tuple(dataclasses.replace(c, reclaim_policy="Retain") if c.name == "longhorn-scratch" else c for c in env.on.storage_classes)
    monkeypatch.setitem(environments.CLUSTERS, env.cluster, dataclasses.replace(env.on, storage_classes=retained))
    with pytest.raises(ConfigError, match="reclaim_policy 'Delete'") as error:
        build(env)
    assert error.value.field == "on.storage_classes" and error.value.value == "longhorn-scratch"
