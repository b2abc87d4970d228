"""`cdk8s synth` (the CLI, as cdk8s.yaml configures it) and `python main.py` produce the same tree."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from conftest import ROOT

from dirtbike_constructs.synth import read_tree

pytestmark = pytest.mark.slow


def test_cli_synth_matches_main(tmp_path):
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    if not cli.exists():
        pytest.skip("cdk8s CLI not installed: run `make setup` (npm ci)")
    # A copy of the project, so the CLI's run cannot touch this checkout's dist/.
    for item in ("main.py", "cdk8s.yaml", "dirtbike_site", "sealed", "images"):
        if not (ROOT / item).exists():
            continue
        (shutil.copytree if (ROOT / item).is_dir() else shutil.copy)(ROOT / item, tmp_path / item)
    for heavy in (".venv", "node_modules"):
        (tmp_path / heavy).symlink_to(ROOT / heavy)
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run([str(cli), "--no-check-upgrade", "synth"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    expected = {f"{env_dir.name}/{rel}": text for env_dir in sorted((ROOT / "dist").iterdir()) for rel, text in read_tree(env_dir).items()}
    assert read_tree(tmp_path / "dist") == expected
    assert read_tree(tmp_path / "cdk8s.out") == expected
