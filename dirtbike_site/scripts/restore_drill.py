#!/usr/bin/env python3
"""Monthly PostgreSQL restore drill, run by the `postgres-restore-drill` CronJob.

Restores the latest backup of the production cluster into a temporary CloudNativePG cluster,
runs the CJK smoke tests and compares row counts with the running cluster, prints one JSON
report line (`"drill": "postgres-restore"`) and deletes the temporary cluster. Exit status 0
means the drill passed; the failed Job is what the RestoreDrillFailed alert sees.

Standard library only: it runs in the PostgreSQL image (python3 and psql are there).
Configuration: the JSON file named by DRILL_CONFIG (rendered by dirtbike_site).
"""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from typing import Any

API = "https://kubernetes.default.svc"
ACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount"


PLUGIN = "barman-cloud.cloudnative-pg.io"


def cluster_manifest(cfg: dict[str, Any]) -> dict[str, Any]:
    """The temporary cluster: one instance recovered, through the Barman Cloud plugin, from
    the source cluster's ObjectStore. It has no `plugins` entry, so it archives nothing: the
    source's archive is only read."""
    return {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "Cluster",
        "metadata": {
            "name": cfg["drill_cluster"],
            "namespace": cfg["namespace"],
            "labels": {
                "app.kubernetes.io/name": "postgresql",
                "app.kubernetes.io/instance": cfg["drill_cluster"],
                "app.kubernetes.io/component": "restore-drill",
            },
        },
        "spec": {
            "instances": 1,
            "imageName": cfg["image"],
            "enableSuperuserAccess": True,
            "superuserSecret": {"name": cfg["superuser_secret"]},
            "storage": {"size": cfg["storage_size"], "storageClass": cfg["storage_class"]},
            "resources": {"requests": {"cpu": "250m", "memory": "1Gi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
            "bootstrap": {"recovery": {"source": "origin"}},
            "externalClusters": [
                {
                    "name": "origin",
                    "plugin": {
                        "name": PLUGIN,
                        "parameters": {"barmanObjectName": cfg["object_store"], "serverName": cfg["source_cluster"]},
                    },
                }
            ],
        },
    }


def row_ratio(restored: dict[str, int], running: dict[str, int]) -> dict[str, float]:
    """Restored rows over running rows per database (1.0 when both are empty)."""
    return {db: (restored.get(db, 0) / running[db]) if running[db] else (1.0 if not restored.get(db) else 0.0) for db in running}


def api(method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    with open(f"{ACCOUNT}/token") as f:
        bearer = f.read().strip()
    context = ssl.create_default_context(cafile=f"{ACCOUNT}/ca.crt")
    request = urllib.request.Request(
        f"{API}{path}",
        method=method,
        data=json.dumps(body).encode() if body else None,
        headers={"Authorization": f"Bearer {bearer}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, context=context, timeout=30) as response:
        answer: dict[str, Any] = json.loads(response.read() or b"{}")
        return answer


def psql(cfg: dict[str, Any], host: str, database: str, sql: str) -> str:
    with open(cfg["superuser_password_file"]) as f:
        superuser_credential = f.read().strip()
    env = {**os.environ, "PGPASSWORD": superuser_credential, "PGSSLMODE": "require", "PGUSER": "postgres", "PGCONNECT_TIMEOUT": "10"}
    result = subprocess.run(
        ["psql", "-h", host, "-d", database, "-v", "ON_ERROR_STOP=1", "-X", "-At", "-c", sql],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def count_rows(cfg: dict[str, Any], host: str, database: str) -> int:
    tables = psql(cfg, host, database, "SELECT format('%I.%I', schemaname, relname) FROM pg_stat_user_tables ORDER BY 1")
    return sum(int(psql(cfg, host, database, f"SELECT count(*) FROM {table}")) for table in tables.splitlines() if table)


def remove_leftover(path: str, name: str, timeout_seconds: int) -> None:
    """Delete a drill cluster an interrupted run left behind (killed at its deadline, say)
    and wait until it is gone, so every run starts clean and leaves nothing behind."""
    deadline = time.time() + timeout_seconds
    while True:
        try:
            api("DELETE", f"{path}/{name}")  # repeated until the API answers 404: gone
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return
            raise
        if time.time() > deadline:
            raise TimeoutError(f"a leftover {name} is still there after {timeout_seconds} s")
        time.sleep(5)


def main() -> int:
    with open(os.environ["DRILL_CONFIG"]) as f:
        cfg = json.load(f)
    ns, name = cfg["namespace"], cfg["drill_cluster"]
    path = f"/apis/postgresql.cnpg.io/v1/namespaces/{ns}/clusters"
    report: dict[str, Any] = {"drill": "postgres-restore", "cluster": name, "result": "failed"}
    started = time.time()
    try:
        remove_leftover(path, name, cfg["timeout_seconds"])
        api("POST", path, cluster_manifest(cfg))
        deadline = started + cfg["timeout_seconds"]
        while True:
            status = api("GET", f"{path}/{name}").get("status", {})
            if status.get("readyInstances", 0) >= 1:
                break
            if time.time() > deadline:
                raise TimeoutError(f"not ready after {cfg['timeout_seconds']} s (phase: {status.get('phase')})")
            time.sleep(20)
        report["restore_seconds"] = round(time.time() - started)
        drill_host = f"{name}-rw.{ns}.svc"
        psql(cfg, drill_host, "discourse", cfg["smoke_sql"])
        report["cjk_smoke"] = "passed"
        restored = {db: count_rows(cfg, drill_host, db) for db in cfg["databases"]}
        running = {db: count_rows(cfg, cfg["running_host"], db) for db in cfg["databases"]}
        ratios = row_ratio(restored, running)
        report.update(rows_restored=restored, rows_running=running)
        short = {db: r for db, r in ratios.items() if r < cfg["min_row_ratio"]}
        if short:
            raise AssertionError(f"restored row counts below {cfg['min_row_ratio']:.0%} of the running cluster: {short}")
        report["result"] = "passed"
    except (urllib.error.URLError, subprocess.CalledProcessError, TimeoutError, AssertionError, OSError, KeyError) as error:
        detail = error.stderr if isinstance(error, subprocess.CalledProcessError) else str(error)
        report["error"] = f"{type(error).__name__}: {detail}".strip()
    finally:
        try:
            api("DELETE", f"{path}/{name}")
            report["cleanup"] = "deleted"
        except (urllib.error.URLError, OSError) as error:
            report["cleanup"] = f"failed: {error}"
    print(json.dumps(report, sort_keys=True), flush=True)
    return 0 if report["result"] == "passed" else 1


if __name__ == "__main__":
    sys.exit(main())
