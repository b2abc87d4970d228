"""Shared helpers: a fresh chart per test, synthesis to plain dicts, YAML snapshots."""

from __future__ import annotations

import os

# Before cdk8s starts jsii: silence its Node 20 end-of-life banner (also in xdist workers).
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import cdk8s  # imported as a module: `from cdk8s import Testing` would be collected as a test class
import pytest
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from dirtbike_constructs.synth import to_yaml

ROOT = Path(__file__).resolve().parent.parent
CRD_DIR = Path(os.environ.get("DIRTBIKE_CRDS", ROOT.parent / "shared" / "crds"))


class YamlSnapshot(SingleFileSnapshotExtension):
    """One readable .yaml snapshot file per test."""

    file_extension = "yaml"
    _write_mode = WriteMode.TEXT


@pytest.fixture
def snapshot_yaml(snapshot):
    return snapshot.use_extension(YamlSnapshot)


@pytest.fixture
def chart() -> cdk8s.Chart:
    return cdk8s.Chart(cdk8s.App(), "test")


def dist_objects(env: str) -> list[dict[str, Any]]:
    """Every committed object of dist/<env>, in path order."""
    import yaml
    return [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "dist" / env).rglob("*.yaml"))]


def synth(chart: cdk8s.Chart) -> list[dict[str, Any]]:
    return list(cdk8s.Testing.synth(chart))


def as_yaml(manifests: Iterable[dict[str, Any]]) -> str:
    return "---\n".join(to_yaml(m) for m in manifests)


def find(manifests: Iterable[dict[str, Any]], kind: str, name: str | None = None) -> dict[str, Any]:
    matches = [m for m in manifests if m["kind"] == kind and (name is None or m["metadata"]["name"] == name)]
    assert len(matches) == 1, f"expected one {kind} {name or ''}, found {len(matches)}"
    return matches[0]


def kinds(manifests: Iterable[dict[str, Any]]) -> list[str]:
    return sorted(m["kind"] for m in manifests)
