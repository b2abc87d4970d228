"""make bench keeps working (timings are printed by `make bench`, not asserted here)."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import bench  # noqa: E402


def test_synthetic_workloads_render_three_objects_each():
    # Namespace, default deny, DNS, LimitRange + ServiceAccount, Deployment, Service per workload.
    assert bench.synthetic(2) == 4 + 2 * 3


def test_rows_cover_platform_and_scale():
    rows = bench.run(runs=1, sizes=[1, 2])
    labels = [r[0] for r in rows]
    assert labels[0].startswith("platform") and "2 hardened workloads" in labels and labels[-1].startswith("slope")
