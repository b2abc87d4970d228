"""Shared helpers: a fresh chart per test, synthesis to plain dicts, YAML snapshots."""

from __future__ import annotations

import functools
import os
import pickle
import signal
import subprocess
import time

# Before cdk8s starts jsii: silence its Node 20 end-of-life banner (also in xdist workers).
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
# The tests' control-plane twins keep their state apart from a developer's own (`make twin`).
os.environ.setdefault(
    "DIRTBIKE_TWIN_STATE", os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build", "test-twin")
)
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import cdk8s  # imported as a module: `from cdk8s import Testing` would be collected as a test class
import pytest
import yaml
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from dirtbike_constructs.synth import to_yaml
from dirtbike_site import cli, environments

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


# The tests read YAML through libyaml: the pure-Python loader made parsing the committed dist/
# most of the suite's CPU time. Same documents, same results, about 8x faster.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_load(stream: Any) -> Any:
    return yaml.load(stream, Loader=_Loader)  # noqa: S506 - a safe loader


def _safe_load_all(stream: Any) -> Any:
    return yaml.load_all(stream, Loader=_Loader)  # noqa: S506 - a safe loader


yaml.safe_load = _safe_load
# The review and diff tools read whole trees with safe_load_all: the same switch, same objects.
yaml.safe_load_all = _safe_load_all


def process_start_time(pid: str) -> str | None:
    """When process PID started (clock ticks since boot), None when none runs. With the pid it
    names one process: pids are reused, and a busy machine goes round all of them in minutes."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except OSError:
        return None


def end_leftovers(script: subprocess.Popen[str], pids_file: Path, started: dict[str, str | None], wait: float = 30) -> list[str]:
    """After an interrupt test (in its finally block): the processes whose pids PIDS_FILE lists
    still running WAIT seconds from now (a busy machine may take a while; a pass takes well
    under a second), each then ended with SIGKILL so a test leaves nothing behind, even failing;
    and SCRIPT's process group, killed if the script still runs. STARTED holds the start times
    read while they ran; a pid not in it gets the start time found now."""
    listed = pids_file.read_text().split() if pids_file.exists() else []
    known = {**{pid: process_start_time(pid) for pid in listed}, **started}
    deadline = time.monotonic() + wait
    left = []
    for pid, at in known.items():
        while at is not None and process_start_time(pid) == at and time.monotonic() < deadline:
            time.sleep(0.05)
        if at is not None and process_start_time(pid) == at:
            left.append(pid)
            os.kill(int(pid), signal.SIGKILL)
    if script.poll() is None:
        os.killpg(script.pid, signal.SIGKILL)
        script.wait()
    return left


@functools.cache
def _dist_pickled(env: str) -> bytes:
    """dist/<env> parsed once per test process; handed out as fresh copies (cheap to unpickle)."""
    folder = ROOT / "dist" / env
    return pickle.dumps([(p.relative_to(ROOT / "dist").as_posix(), _safe_load(p.read_text())) for p in sorted(folder.rglob("*.yaml"))])


def dist_files(env: str | None = None) -> list[tuple[str, dict[str, Any]]]:
    """(path under dist/, object) of every committed YAML file of dist/<env> (or all of dist/),
    in path order. Each call returns its own copy, so a test may change what it gets."""
    envs = [env] if env else sorted(p.name for p in (ROOT / "dist").iterdir() if p.is_dir() and not p.name.startswith("."))
    return [item for name in envs for item in pickle.loads(_dist_pickled(name))]


def dist_objects(env: str) -> list[dict[str, Any]]:
    """Every committed object of dist/<env>, in path order."""
    return [obj for _, obj in dist_files(env)]


# The committed configuration, as the test process found it: rendered() refuses to cache a
# render of anything else (a test that changed an environment renders with cli.render itself).
_COMMITTED = (dict(environments.ENVIRONMENTS), dict(environments.CLUSTERS), cli.render, cli.build)


@functools.cache
def _rendered(env: str) -> tuple[tuple[str, str], ...]:
    return tuple(cli.render(env).items())


def rendered(env: str) -> dict[str, str]:
    """cli.render(env) of the committed configuration, rendered once per test process (a render
    takes a few tenths of a second and many tests start from the same one). Each call returns
    its own dict, in the render's order. A render's own properties (determinism, round trips,
    what a change touches) are still tested with fresh cli.render calls."""
    now = (dict(environments.ENVIRONMENTS), dict(environments.CLUSTERS), cli.render, cli.build)
    assert now[:2] == _COMMITTED[:2] and now[2] is _COMMITTED[2] and now[3] is _COMMITTED[3], "not the committed configuration"
    return dict(_rendered(env))


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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow tests first (stable order otherwise): started last, one of them (pyright, the
    wheel) would keep one worker busy while the others have nothing left to do."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
