"""Static types: mypy and pyright accept the library, the site and the README's examples with no
error. The README's runnable Python blocks are one program, in order (tests/doc_blocks.py;
tests/test_doc_examples.py runs it)."""

from __future__ import annotations

import configparser
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from doc_blocks import python_blocks

pytestmark = pytest.mark.slow
SOURCES = ["constructs/dirtbike_constructs", "dirtbike_site", "main.py", "twin"]


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
    """The project as pyrightconfig.json includes it, and the README's program, in one run
    (pyright analyses the library once for both; a run takes about ten seconds). pyright takes
    only relative paths in a configuration, relative to the configuration's folder."""
    config = json.loads((ROOT / "pyrightconfig.json").read_text())

    def here(path: Path) -> str:
        return os.path.relpath(path, tmp_path)

    config["include"] = [here(ROOT / p) for p in config["include"]] + [here(readme_program(tmp_path))]
    config["exclude"] = [here(ROOT / p) for p in config["exclude"]]
    config["extraPaths"] = [here(ROOT / p) for p in config["extraPaths"]] + [here(ROOT)]  # the site's package
    config["venvPath"] = here(ROOT / config["venvPath"])
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    pyright = str(ROOT / "node_modules" / ".bin" / "pyright")
    result = run([pyright, "--outputjson", "--pythonpath", sys.executable, "--project", str(tmp_path / "pyrightconfig.json")])
    report = json.loads(result.stdout)
    errors = [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"] if d["severity"] == "error"
    ]
    assert errors == [] and result.returncode == 0, errors[:20]
    python_files = [
        p for s in SOURCES for p in ((ROOT / s).rglob("*.py") if (ROOT / s).is_dir() else [ROOT / s]) if "imports" not in p.parts
    ]
    assert report["summary"]["filesAnalyzed"] >= len(python_files) + 1  # the sources and the README program


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
