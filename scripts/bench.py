"""`make bench`: how long synthesis takes, and what one hardened workload costs.

Prints a table: the whole platform (every environment) through `python main.py` as a user runs
it (median of --runs, including interpreter and jsii start-up), the same rendered in-process,
and synthetic runs of 10, 100 and 300 HardenedDeployments (with their ServiceAccount and
Service) in one namespace, with the cost per workload and the slope between the sizes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cdk8s  # noqa: E402

from dirtbike_constructs import (Container, HardenedDeployment, Port, Probe, Resources,  # noqa: E402
                                 ZeroTrustNamespace)
from dirtbike_constructs.synth import chart_manifests, render_tree  # noqa: E402
from dirtbike_site import cli, environments  # noqa: E402

WORKLOAD = Container(
    name="app", image="ghcr.io/example/app:1.0.0",
    resources=Resources(cpu="50m", memory="64Mi", cpu_limit="200m", memory_limit="128Mi"),
    ports=(Port("http", 8080),), readiness=Probe.http("/ready"), liveness=Probe.http("/live"),
)


def median_seconds(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main_py_once() -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, "main.py", "--outdir", out], cwd=ROOT, check=True, capture_output=True)


def render_all() -> None:
    for name in environments.NAMES:
        cli.render(name)


def synthetic(workloads: int) -> int:
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "bench")
    ZeroTrustNamespace(chart, "ns", name="bench")
    for i in range(workloads):
        HardenedDeployment(chart, f"app-{i}", namespace="bench", container=WORKLOAD)
    return len(render_tree(chart_manifests([chart])))


def run(runs: int, sizes: list[int]) -> list[tuple[str, str, str]]:
    rows = [
        ("platform, all environments: python main.py", f"{median_seconds(main_py_once, runs) * 1000:.0f} ms", ""),
        ("platform, all environments: in-process render", f"{median_seconds(render_all, runs) * 1000:.0f} ms", ""),
    ]
    timings = []
    for n in sizes:
        seconds = median_seconds(lambda: synthetic(n), runs)
        timings.append((n, seconds))
        rows.append((f"{n} hardened workloads", f"{seconds * 1000:.0f} ms", f"{seconds * 1000 / n:.2f} ms/workload"))
    if len(timings) > 1:
        (n0, t0), (n1, t1) = timings[0], timings[-1]
        rows.append((f"slope {n0} -> {n1} workloads", "", f"{(t1 - t0) * 1000 / (n1 - n0):.2f} ms/workload"))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 300])
    args = parser.parse_args()
    rows = run(args.runs, args.sizes)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>9}  per workload")
    for label, total, per in rows:
        print(f"{label:<{width}}  {total:>9}  {per}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
