"""The repository's habits, run by `make test`: ruff finds nothing, every file is in ruff's
format, and the API reference
(`make docs`, pdoc) builds from the docstrings."""

from __future__ import annotations

import re
import subprocess
import warnings
import sys
from pathlib import Path

import pytest
from conftest import ROOT


def test_ruff_finds_nothing():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_file_is_in_ruff_format():
    """One layout for the whole repository, so a diff shows changes, never re-wrapping
    (`ruff format .` fixes it)."""
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ruff"), "format", "--check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_api_reference_builds_with_every_public_name(tmp_path):
    """What `make docs` runs (`pdoc -o build/api $(API_MODULES)`), called in this process: the
    command is a thin wrapper over `pdoc.pdoc`, and the library is loaded here already. pdoc
    reports what it cannot document as warnings."""
    import pdoc

    import dirtbike_constructs

    modules = re.search(r"^API_MODULES := (.+)$", (ROOT / "Makefile").read_text(), re.M).group(1).split()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pdoc.pdoc(*modules, output_directory=tmp_path)
    assert [str(w.message) for w in caught] == []

    page = (tmp_path / "dirtbike_constructs.html").read_text()
    assert [name for name in dirtbike_constructs.__all__ if f'id="{name}"' not in page] == []
    assert (tmp_path / "dirtbike_constructs" / "layout.html").exists()
    # Inherited props fields are types, linked, in every props class (not unresolved strings).
    for props in ("DeploymentProps", "StatefulSetProps", "JobProps", "BlueGreenServiceProps"):
        start = page.index(f'id="{props}.__init__"')
        signature = page[start : page.index("</div>", start)]
        assert 'href="#Container"' in signature and 'href="#Toleration"' in signature, props


def test_setup_says_what_it_installs_and_make_wheel_builds_the_wheel(tmp_path):
    """`make synth` on a fresh checkout spends its first seconds installing: it says so before
    each install. `make wheel` builds the wheel with scripts/build_wheel.py."""
    plan = subprocess.run(
        ["make", "--dry-run", "--always-make", "--no-print-directory", "wheel"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    installs = [i for i, line in enumerate(plan) if "pip install" in line or line.startswith("npm ci")]
    assert installs
    for at in installs:
        announced = [line for line in plan[:at] if line.startswith("echo") and "setup: installing" in line]
        assert announced, plan[at]
    assert plan[-1].endswith("scripts/build_wheel.py build/wheel")
