"""The restore drill: its CronJob, its least-privilege Role, and the script's logic."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml
from conftest import CRD_DIR, ROOT

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
        {"apiGroups": ["postgresql.cnpg.io"], "resources": ["clusters"], "verbs": ["create"]}]


def test_drill_cluster_recovers_from_the_production_backups():
    cfg = config()
    manifest = restore_drill.cluster_manifest(cfg)
    spec = manifest["spec"]
    assert manifest["metadata"]["name"] == "postgres-drill" and spec["instances"] == 1
    assert spec["bootstrap"] == {"recovery": {"source": "origin"}} and "backup" not in spec
    store = spec["externalClusters"][0]["barmanObjectStore"]
    assert store["destinationPath"] == "s3://dirtbike-backups/prod/postgres" and store["serverName"] == "postgres"
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
        return {"status": {"readyInstances": 0, "phase": "Setting up primary"}}

    monkeypatch.setattr(restore_drill, "api", fake_api)
    monkeypatch.setattr(restore_drill.time, "sleep", lambda s: None)
    assert restore_drill.main() == 1
    report = json.loads(capsys.readouterr().out)
    assert report["result"] == "failed" and report["error"].startswith("TimeoutError") and report["cleanup"] == "deleted"
    assert calls[0] == ("POST", "clusters") and calls[-1] == ("DELETE", "postgres-drill")


def test_report_on_success(monkeypatch, tmp_path, capsys):
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config()))
    monkeypatch.setenv("DRILL_CONFIG", str(path))
    monkeypatch.setattr(restore_drill, "api", lambda method, p, body=None: {"status": {"readyInstances": 1}})
    monkeypatch.setattr(restore_drill, "psql", lambda cfg, host, db, sql: "")
    monkeypatch.setattr(restore_drill, "count_rows", lambda cfg, host, db: 100 if "drill" in host else 100)
    assert restore_drill.main() == 0
    report = json.loads(capsys.readouterr().out)
    assert report["result"] == "passed" and report["cjk_smoke"] == "passed" and report["rows_restored"] == {"logto": 100, "discourse": 100}
