"""make bench keeps working (timings are printed by `make bench`, not asserted here)."""

from __future__ import annotations

import pickle
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import bench  # noqa: E402


def test_synthetic_workloads_render_three_objects_each():
    # Namespace, default deny, DNS, LimitRange + ServiceAccount, Deployment, Service per workload.
    assert bench.synthetic(2) == 4 + 2 * 3


def test_rows_cover_platform_and_scale(monkeypatch):
    """The table's rows. The two platform timings stand in for a synthesis each (what they time
    is the CLI's and cli.render's own work, tested where those are); the synthetic workloads
    are built for real."""
    timed: list[str] = []
    monkeypatch.setattr(bench, "main_py_once", lambda: timed.append("main.py"))
    monkeypatch.setattr(bench, "render_all", lambda: timed.append("render"))
    rows = bench.run(runs=1, sizes=[1, 2])
    labels = [r[0] for r in rows]
    assert labels[0].startswith("platform") and "2 hardened workloads" in labels and labels[-1].startswith("slope")
    assert timed == ["main.py", "render"]


def test_one_platform_run_is_a_synthesis_of_every_environment(monkeypatch, tmp_path):
    """What the first row times: `python main.py` into a new folder, every environment."""
    commands: list[list[str]] = []
    monkeypatch.setattr(bench.subprocess, "run", lambda command, **kwargs: commands.append(command))
    bench.main_py_once()
    ((python, script, flag, _),) = commands
    assert (python, script, flag) == (sys.executable, "main.py", "--outdir")


TREES = {
    env: {
        f"ns-{env}/00-configmap-a.yaml": f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: ns-{env}\n"
        f"  labels:\n    app.kubernetes.io/name: a\n    {bench.ENV_LABEL}: {env}\ndata:\n  k: v\n",
        "FLOWS.md": "# not an object\n",
    }
    for env in ("dev", "prod")
}


def test_kustomize_builds_the_same_objects_from_a_base_and_overlays(tmp_path):
    why_not = bench.kustomize_available()
    if why_not:
        pytest.skip(why_not)
    layout = bench.kustomize_layout(TREES, tmp_path)
    overlay = (layout / "overlays" / "dev" / "ns-dev" / "00-configmap-a.yaml").read_text()
    assert bench.ENV_LABEL not in overlay  # the overlay adds it
    assert bench.same_objects(TREES, bench.kustomize_build(layout, TREES))


def test_the_floor_writes_the_same_objects(tmp_path):
    objects = tmp_path / "objects.pickle"
    objects.write_bytes(pickle.dumps({env: bench.objects_of(tree) for env, tree in TREES.items()}))
    bench.floor_child(str(objects), str(tmp_path / "out"))
    assert (tmp_path / "out" / "dev" / "ns-dev" / "00-configmap-a.yaml").read_text() == TREES["dev"]["ns-dev/00-configmap-a.yaml"]


def test_kustomize_writes_one_file_per_object(tmp_path):
    why_not = bench.kustomize_available()
    if why_not:
        pytest.skip(why_not)
    bench.kustomize_write(bench.kustomize_layout(TREES, tmp_path), TREES)  # runs; the timing is make bench's
