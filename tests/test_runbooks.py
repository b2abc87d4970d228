"""Every alert has a runbook and a runbook_url; every runbook belongs to an alert."""

from __future__ import annotations

import pytest
from conftest import ROOT, dist_files

from dirtbike_site import environments

RUNBOOKS = ROOT / "docs" / "runbooks"
SECTIONS = ("## What it means", "## Confirm", "## Fix", "## Verify")
PROCEDURES = {
    "postgres-switchover",
    "point-in-time-restore",
    "blue-green-rollback",
    "certificate-renewal-failure",
    "node-drain-and-pvc-expansion",
    "sealed-secrets-key-backup",
    "migration-from-compose",
    "discourse-operations",
    "migration-to-barman-cloud-plugin",
    "etcd-restore",
}


def alerts(env: str) -> list[dict]:
    (rule,) = [m for path, m in dist_files(env) if "-prometheusrule-" in path]
    return [r for g in rule["spec"]["groups"] for r in g["rules"]]


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_alert_links_its_runbook(env):
    for alert in alerts(env):
        url = alert["annotations"]["runbook_url"]
        assert url == f"docs/runbooks/{alert['alert']}.md"
        text = (ROOT / url).read_text()
        assert text.startswith(f"# {alert['alert']}\n")
        for section in SECTIONS:
            assert section in text, (alert["alert"], section)


def test_no_orphan_runbooks():
    names = {a["alert"] for env in environments.NAMES for a in alerts(env)}
    files = {p.stem for p in RUNBOOKS.glob("*.md")} - {"README"}
    assert files == names


def test_procedures_are_written():
    assert {p.stem for p in (RUNBOOKS / "procedures").glob("*.md")} == PROCEDURES
    for name in PROCEDURES:
        assert len((RUNBOOKS / "procedures" / f"{name}.md").read_text().splitlines()) > 8
