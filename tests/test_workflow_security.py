"""The CI workflows: every file under .github/workflows/ passes zizmor (the GitHub Actions
linter: syntax, script injection, permissions, credentials, pinning) with the repository's
policy in .github/zizmor.yml, and the pull-request workflow does what the README promises:
the review report as a comment, then `make test`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from dirtbike_constructs.tools.review.report import MARKER

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
CONFIG = ROOT / ".github" / "zizmor.yml"
ZIZMOR = Path(sys.executable).parent / "zizmor"


def zizmor(*files: Path) -> subprocess.CompletedProcess[str]:
    if not ZIZMOR.exists():
        pytest.fail("zizmor is missing: make setup installs it (test extra)")
    # --offline: the audits that ask GitHub's API are left out (CI and tests have no network).
    return subprocess.run(
        [str(ZIZMOR), "--offline", "--no-progress", "--config", str(CONFIG), *map(str, files)], capture_output=True, text=True, cwd=ROOT
    )


def test_every_workflow_passes_the_linter():
    assert WORKFLOWS, "no workflow found"
    result = zizmor(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "step, audit",
    [
        ('- run: echo "${{ github.event.pull_request.title }}"', "template-injection"),  # script injection from a PR title
        ("- uses: someone/some-action@v1", "unpinned-uses"),  # third-party action by a movable tag
    ],
)
def test_the_linter_catches_a_broken_workflow(tmp_path, step, audit):
    broken = tmp_path / "broken.yml"
    broken.write_text(f"on: pull_request\npermissions: {{}}\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      {step}\n")
    result = zizmor(broken)
    assert result.returncode != 0 and audit in result.stdout, result.stdout


def test_pull_request_workflow_comments_the_review_and_runs_the_tests():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pull-request.yml").read_text())
    assert list(workflow[True]) == ["pull_request"]  # YAML 1.1 reads the key `on` as True
    assert workflow["permissions"] == {"contents": "read", "pull-requests": "write"}
    (job,) = workflow["jobs"].values()
    runs = [step.get("run", "") for step in job["steps"]]
    assert any('make review BASE="$BASE_SHA"' in run for run in runs)
    assert any(MARKER in run and "build/review/REVIEW.md" in run for run in runs)
    assert runs[-1] == "make test"
