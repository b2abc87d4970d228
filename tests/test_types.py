"""Static types: mypy and pyright accept the library, the site and the README's examples with no
error. The README's runnable Python blocks are one program, in order (tests/doc_blocks.py;
tests/test_doc_examples.py runs it)."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from doc_blocks import python_blocks

pytestmark = pytest.mark.slow
SOURCES = ["constructs/dirtbike_constructs", "dirtbike_site", "main.py"]


def readme_program(folder: Path) -> Path:
    blocks = python_blocks(ROOT / "README.md")
    assert len(blocks.run) >= 15
    program = folder / "readme_examples.py"
    program.write_text(blocks.program())
    return program


def run(command: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env, timeout=900)


def test_mypy(tmp_path):
    """The configuration is setup.cfg's [mypy]."""
    result = run([sys.executable, "-m", "mypy", *SOURCES, str(readme_program(tmp_path))])
    assert result.returncode == 0, result.stdout[-6000:]


def test_mypy_is_strict():
    """strict for everything it checks; only the generated bindings are skipped."""
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    assert config.getboolean("mypy", "strict")
    assert [s for s in config.sections() if s.startswith("mypy-")] == ["mypy-dirtbike_constructs.imports.*"]


def test_pyright(tmp_path):
    """The project as pyrightconfig.json includes it, then the README's program."""
    pyright = str(ROOT / "node_modules" / ".bin" / "pyright")
    for files in ([], [str(readme_program(tmp_path))]):
        result = run([pyright, "--pythonpath", sys.executable, "--project", str(ROOT / "pyrightconfig.json"), *files])
        assert result.returncode == 0, result.stdout[-6000:]


def test_no_type_checker_is_silenced():
    silenced = re.compile(r"#\s*(type:\s*ignore|pyright:\s*ignore)")
    files = [
        p
        for s in SOURCES
        for p in ((ROOT / s).rglob("*.py") if (ROOT / s).is_dir() else [ROOT / s])
        if "imports" not in p.relative_to(ROOT).parts
    ]
    found = [f"{p.relative_to(ROOT)}:{n}" for p in files for n, line in enumerate(p.read_text().splitlines(), 1) if silenced.search(line)]
    assert found == [] and not silenced.search((ROOT / "README.md").read_text())
