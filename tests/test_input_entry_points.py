"""Class 7 of the bad inputs, at the entry points: a mistake in environments.py (run while the
site is imported), a missing or broken node, and a misspelled prop in a module given to
dirtbike-synth are answered in the short form with an exit code, never a raw traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT

from dirtbike_constructs.layout import main as synth_main

pytestmark = pytest.mark.slow


def _main_py(cwd, *args, path=None):
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, "main.py", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_a_mistake_in_environments_py_at_import_is_answered_with_its_line(tmp_path):
    shutil.copy(ROOT / "main.py", tmp_path / "main.py")
    shutil.copytree(ROOT / "dirtbike_site", tmp_path / "dirtbike_site", ignore=shutil.ignore_patterns("__pycache__"))
    environments = tmp_path / "dirtbike_site" / "environments.py"
    text = environments.read_text()
    assert "logto_replicas=2," in text
    environments.write_text(text.replace("logto_replicas=2,", "logto_replica=2,"))
    line = next(i for i, row in enumerate(environments.read_text().splitlines(), 1) if "logto_replica=2" in row)
    result = _main_py(tmp_path, "--check", "--outdir", str(tmp_path / "dist"))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert "unexpected keyword argument 'logto_replica'" in lines[0] and "Traceback" not in result.stderr
    assert any(row.startswith("  at dirtbike_site/environments.py:") for row in lines), lines
    assert len(lines) <= 5 and line > 0


@pytest.mark.parametrize("node", [None, "#!/bin/sh\necho broken >&2\nexit 1\n"], ids=["missing", "broken"])
def test_a_missing_or_broken_node_is_an_environment_problem(tmp_path, node):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if node is not None:
        (bin_dir / "node").write_text(node)
        (bin_dir / "node").chmod(0o755)
    result = _main_py(ROOT, "--check", "dev", path=str(bin_dir))
    assert result.returncode == 3, result.stderr
    assert "install Node.js 20" in result.stderr and "Traceback" not in result.stderr


def test_dirtbike_synth_answers_a_misspelled_prop_with_the_users_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "typo_app.py").write_text(
        "import cdk8s\n"
        "from dirtbike_constructs import PersistentClaim\n"
        "app = cdk8s.App()\n"
        "PersistentClaim(cdk8s.Chart(app, 'c'), 'data', namespce='shop', size='1Gi')\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert synth_main(["typo_app", "--outdir", "out"]) == 2
    err = capsys.readouterr().err
    assert "unexpected keyword argument 'namespce'" in err
    assert "at typo_app.py:4: PersistentClaim(" in err
    assert not (tmp_path / "out").exists()
