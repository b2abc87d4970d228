"""The repository's habits, run by `make test`: ruff finds nothing, every file is in ruff's
format, and the API reference
(`make docs`, pdoc) builds from the docstrings."""

from __future__ import annotations

import re
import subprocess
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
    modules = re.search(r"^API_MODULES := (.+)$", (ROOT / "Makefile").read_text(), re.M).group(1).split()
    subprocess.run([sys.executable, "-m", "pdoc", "-o", str(tmp_path), *modules], cwd=ROOT, check=True, capture_output=True)
    import dirtbike_constructs

    page = (tmp_path / "dirtbike_constructs.html").read_text()
    assert [name for name in dirtbike_constructs.__all__ if f'id="{name}"' not in page] == []
    assert (tmp_path / "dirtbike_constructs" / "layout.html").exists()
