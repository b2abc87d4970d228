"""WordPress as rendered: each color runs its own image's core (read-only, nothing copied),
only uploads are shared, and scheduled tasks run from a CronJob with WP-CLI that upgrades
the shared database forward only."""

from __future__ import annotations

import os
import re
import stat
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from dirtbike_site import environments

CORE = "/usr/src/wordpress"


def load(env: str, name: str) -> dict:
    return yaml.safe_load((ROOT / "dist" / env / f"dirtbike-{env}-web" / name).read_text())


def container(pod_spec: dict, name: str) -> dict:
    (found,) = [c for c in pod_spec["containers"] if c["name"] == name]
    return found


def cron_pod(env: str) -> dict:
    return load(env, "09-cronjob-wordpress-cron.yaml")["spec"]["jobTemplate"]["spec"]["template"]["spec"]


@pytest.mark.parametrize("env", environments.NAMES)
@pytest.mark.parametrize("color", ["blue", "green"])
def test_each_color_serves_its_own_images_core_read_only(env, color):
    settings = environments.ENVIRONMENTS[env].wordpress
    pod = load(env, f"11-deployment-wordpress-{color}.yaml")["spec"]["template"]["spec"]
    wp = container(pod, "wordpress")
    assert wp["image"] == getattr(settings, f"{color}_image")
    # The entrypoint copies core only into a working directory without WordPress and writes
    # wp-config.php only when there is none: here it finds both, so it writes nothing.
    assert wp["workingDir"] == CORE and wp["securityContext"]["readOnlyRootFilesystem"] is True
    assert not any(e["name"].startswith("WORDPRESS_") for e in wp.get("env", []))
    mounts = {m["mountPath"]: m for m in wp["volumeMounts"]}
    assert "/var/www/html" not in mounts and CORE not in mounts
    # The shared volume holds uploads only, at the path they already have on it.
    claims = {v["name"] for v in pod["volumes"] if "persistentVolumeClaim" in v}
    shared = [m for m in wp["volumeMounts"] if m["name"] in claims]
    assert shared == [{"name": "data-wordpress-html", "mountPath": f"{CORE}/wp-content/uploads", "subPath": "wp-content/uploads"}]
    assert mounts[f"{CORE}/wp-config.php"]["readOnly"] is True
    site = load(env, f"05-configmap-wordpress-{color}-apache-site.yaml")["data"]["000-default.conf"]
    assert f"DocumentRoot {CORE}\n" in site and f"<Directory {CORE}>" in site
    # Uploads are writable by the site: PHP is never served from there.
    assert re.search(rf"<Directory {CORE}/wp-content/uploads>\s*<FilesMatch [^>]*php[^>]*>\s*Require all denied", site)


@pytest.mark.parametrize("env", environments.NAMES)
def test_wp_config_reads_credentials_from_files_and_loads_settings_directly(env):
    config = load(env, "05-configmap-wordpress-blue-wp-config.yaml")["data"]["wp-config.php"]
    assert f"define('DB_HOST', 'mysql.dirtbike-{env}-data.svc.cluster.local:3306');" in config
    assert "define('DB_PASSWORD', $mounted('db-password'));" in config
    assert "'/run/secrets/wordpress/' . $name" in config
    # WP-CLI refuses a wp-config.php that does not load wp-settings.php itself.
    assert config.rstrip().endswith("require_once ABSPATH . 'wp-settings.php';")
    for constant in ("DISABLE_WP_CRON", "DISALLOW_FILE_MODS", "WP_HTTP_BLOCK_EXTERNAL"):
        assert f"define('{constant}', true);" in config
    for color in ("green", "cron"):
        assert load(env, f"05-configmap-wordpress-{color}-wp-config.yaml")["data"]["wp-config.php"] == config


@pytest.mark.parametrize("env", environments.NAMES)
def test_wp_cron_runs_from_a_hardened_cronjob_with_the_active_colors_core(env):
    settings = environments.ENVIRONMENTS[env].wordpress
    cronjob = load(env, "09-cronjob-wordpress-cron.yaml")
    assert cronjob["spec"]["schedule"] == "*/5 * * * *" and cronjob["spec"]["concurrencyPolicy"] == "Forbid"
    pod = cron_pod(env)
    (init,) = pod["initContainers"]
    assert re.fullmatch(r"wordpress:cli-\d+\.\d+\.\d+-php\d+\.\d+", init["image"])
    assert init["command"] == ["cp", "/usr/local/bin/wp", "/opt/wp-cli/wp"]
    cron = container(pod, "wp-cron")
    assert cron["image"] == getattr(settings, f"{settings.active}_image")
    for c in (init, cron):
        assert c["securityContext"]["readOnlyRootFilesystem"] is True and c["securityContext"]["runAsNonRoot"] is True
    assert f"--url=https://www.{environments.ENVIRONMENTS[env].domain}/" in cron["command"][2]
    egress = sorted(p.name for p in (ROOT / "dist" / env).rglob("*networkpolicy-egress-wordpress-cron-*"))
    assert egress == [f"02-networkpolicy-egress-wordpress-cron-to-dirtbike-{env}-data.mysql-3306.yaml"]
    assert not list((ROOT / "dist" / env).rglob("*networkpolicy-ingress-wordpress-cron-*"))


STUB_PHP = """#!/bin/sh
# Stands in for PHP running WP-CLI: answers the two revisions, logs every other call.
case "$*" in
  -r*) echo "$CORE_REVISION" ;;
  *"option get db_version"*) echo "$STORED_REVISION" ;;
  *) echo "$*" | sed 's/.*--url=[^ ]* //' >> "$CALLS" ;;
esac
"""


def run_cron(tmp_path: Path, core: int, stored: int) -> tuple[list[str], str]:
    script = cron_pod("prod")["containers"][0]["command"][2]
    stub = tmp_path / "bin" / "php"
    stub.parent.mkdir()
    stub.write_text(STUB_PHP)
    stub.chmod(stub.stat().st_mode | stat.S_IEXEC)
    calls = tmp_path / "calls"
    calls.touch()
    done = subprocess.run(
        ["bash", "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={
            **os.environ,
            "PATH": f"{stub.parent}:{os.environ['PATH']}",
            "CALLS": str(calls),
            "CORE_REVISION": str(core),
            "STORED_REVISION": str(stored),
        },
    )
    return calls.read_text().splitlines(), done.stderr


def test_a_newer_core_upgrades_the_database_before_running_events(tmp_path):
    calls, _ = run_cron(tmp_path, core=60421, stored=58975)
    assert calls == ["core update-db", "cron event run --due-now"]


def test_the_same_core_only_runs_events(tmp_path):
    assert run_cron(tmp_path, core=60421, stored=60421)[0] == ["cron event run --due-now"]


def test_an_older_core_never_downgrades_the_database(tmp_path):
    """After a rollback the old color is active again: WP-CLI's update-db would rewrite the
    revision (and re-run the old schema) for any difference, so the job refuses."""
    calls, stderr = run_cron(tmp_path, core=58975, stored=60421)
    assert calls == ["cron event run --due-now"]
    assert "not downgrading" in stderr


@pytest.mark.parametrize("env", environments.NAMES)
def test_stale_wp_cron_alerts(env):
    """WP-Cron has no other trigger: an hour without a successful run is an alert."""
    rules = yaml.safe_load(next((ROOT / "dist" / env).rglob("*prometheusrule*")).read_text())
    (alert,) = [r for g in rules["spec"]["groups"] for r in g["rules"] if r.get("alert") == "WordPressCronStale"]
    assert f'namespace="dirtbike-{env}-web",cronjob="wordpress-cron"' in alert["expr"] and "absent(" in alert["expr"]
