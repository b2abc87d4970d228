"""`make bench`: how long synthesis takes, against what a user would pick instead and against
the floor, and what one hardened workload costs.

Prints a table: the whole platform (every environment) through `python main.py` as a user runs
it (median of --runs, including interpreter and jsii start-up), the same rendered in-process,
and synthetic runs of 10, 100 and 300 HardenedDeployments (with their ServiceAccount and
Service) in one namespace, with the cost per workload and the slope between the sizes.

Then two ratios, each the median over --runs rounds (the three measured back to back):
- against kustomize: `kubectl kustomize -o DIR` building the same three trees (the same
  objects, checked; one file per object as in dist/) from a base and three overlays, one
  process per environment as a user runs it. The
  overlays add the environment label, the base adds nothing (the objects differ per
  environment in names and values, so in a kustomize project they would be written out per
  overlay). Skipped with a message where kubectl is missing (CI).
- against the floor: a process that starts Python and jsii (imports cdk8s) and only emits and
  writes the YAML of the same objects: what any cdk8s app producing this output pays.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
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

from dirtbike_constructs import (  # noqa: E402
    Container,
    DeploymentProps,
    HardenedDeployment,
    Port,
    Probe,
    Resources,
    ZeroTrustNamespace,
)
from dirtbike_constructs.synth import chart_manifests, render_tree, to_yaml  # noqa: E402
from dirtbike_site import apply_facts, cli, environments  # noqa: E402

WORKLOAD = Container(
    name="app",
    image="ghcr.io/example/app:1.0.0",
    resources=Resources(cpu="50m", memory="64Mi", cpu_limit="200m", memory_limit="128Mi"),
    ports=(Port("http", 8080),),
    readiness=Probe.http("/ready"),
    liveness=Probe.http("/live"),
)


def median_seconds(action, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main_py_once(*targets: str, outdir: str | None = None) -> None:
    """`python main.py [targets]`, into a new folder (every file created) or into `outdir`."""
    with tempfile.TemporaryDirectory() as scratch:
        command = [sys.executable, "main.py", "--outdir", outdir or scratch, *targets]
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def render_all() -> None:
    for name in environments.NAMES:
        cli.render(name)


def synthetic(workloads: int) -> int:
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "bench")
    ZeroTrustNamespace(chart, "ns", name="bench")
    for i in range(workloads):
        HardenedDeployment(chart, f"app-{i}", DeploymentProps(namespace="bench", container=WORKLOAD))
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


ENV_LABEL = apply_facts.ENVIRONMENT_LABEL
GOALS = {"kustomize": 1.0, "floor": 1.5}


def objects_of(tree: dict[str, str]) -> dict[str, dict]:
    """path -> object of the YAML files of a rendered tree."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return {path: yaml.load(text, Loader=loader) for path, text in tree.items() if path.endswith(".yaml")}


def kustomize_layout(trees: dict[str, dict[str, str]], folder: Path) -> Path:
    """base/ and overlays/<env>/ whose `kubectl kustomize overlays/<env>` output is the same
    objects as trees[env]: each overlay holds its environment's objects without the
    environment label and adds it back."""
    import yaml

    base = folder / "base"
    base.mkdir(parents=True)
    (base / "kustomization.yaml").write_text("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n")
    for env, tree in trees.items():
        overlay = folder / "overlays" / env
        resources = []
        for path, obj in objects_of(tree).items():
            obj["metadata"]["labels"] = {k: v for k, v in obj["metadata"]["labels"].items() if k != ENV_LABEL}
            target = overlay / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(to_yaml(obj))
            resources.append(path)
        kustomization = {
            "apiVersion": "kustomize.config.k8s.io/v1beta1",
            "kind": "Kustomization",
            "resources": ["../../base", *resources],
            "labels": [{"pairs": {ENV_LABEL: env}, "includeSelectors": False, "includeTemplates": False}],
        }
        (overlay / "kustomization.yaml").write_text(yaml.safe_dump(kustomization, sort_keys=False))
    return folder


def kustomize_available() -> str | None:
    """None when `kubectl kustomize` runs here, else why not."""
    if shutil.which("kubectl") is None:
        return "kubectl not found (install kubectl 1.32, which carries kustomize, to compare)"
    probe = subprocess.run(["kubectl", "kustomize", "--help"], capture_output=True, text=True)
    return None if probe.returncode == 0 else "`kubectl kustomize` does not run: " + probe.stderr.strip()[:200]


def kustomize_build(folder: Path, envs) -> dict[str, list[dict]]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    built = {}
    for env in envs:
        out = subprocess.run(["kubectl", "kustomize", str(folder / "overlays" / env)], check=True, capture_output=True, text=True).stdout
        built[env] = [doc for doc in yaml.load_all(out, Loader=loader) if doc]
    return built


def kustomize_write(folder: Path, envs) -> None:
    """What is timed: each overlay built into a folder of files, one per object, as synthesis
    writes dist/<env>/ (kustomize's `-o DIR` names them <group>_<version>_<kind>_<name>.yaml)."""
    with tempfile.TemporaryDirectory() as out:
        for env in envs:
            target = Path(out) / env
            target.mkdir()
            subprocess.run(["kubectl", "kustomize", str(folder / "overlays" / env), "-o", str(target)], check=True, capture_output=True)


def same_objects(trees: dict[str, dict[str, str]], built: dict[str, list[dict]]) -> bool:
    def key(obj: dict) -> tuple:
        return (obj["kind"], obj["metadata"].get("namespace", ""), obj["metadata"]["name"])

    for env, tree in trees.items():
        ours = {key(o): o for o in objects_of(tree).values()}
        theirs = {key(o): o for o in built[env]}
        if ours != theirs:
            return False
    return True


def floor_child(manifests_file: str, outdir: str) -> None:
    """The floor: start Python and jsii, emit and write the YAML of the same objects."""
    import cdk8s  # noqa: F401  (starts the jsii runtime and loads the cdk8s assembly)

    trees = pickle.loads(Path(manifests_file).read_bytes())
    for env, objects in trees.items():
        for path, obj in objects.items():
            target = Path(outdir) / env / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(to_yaml(obj), encoding="utf-8")


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def comparisons(runs: int) -> list[tuple[str, str, str]]:
    """Rows: synthesis, floor and kustomize times and the two ratios. The three are measured
    back to back in each round and each ratio is the median of the rounds' ratios, so a load
    that changes during the run (another job on the machine) shifts all three alike."""
    trees = {name: cli.render(name) for name in environments.NAMES}
    with tempfile.TemporaryDirectory() as work:
        manifests = Path(work) / "objects.pickle"
        manifests.write_bytes(pickle.dumps({env: objects_of(tree) for env, tree in trees.items()}))

        def floor_once() -> None:
            with tempfile.TemporaryDirectory() as out:
                subprocess.run([sys.executable, __file__, "--floor-child", str(manifests), out], check=True, capture_output=True)

        why_not = kustomize_available()
        same = True
        if why_not is None:
            layout = kustomize_layout(trees, Path(work) / "kustomize")
            same = same_objects(trees, kustomize_build(layout, trees))
        # The same output as the floor and kustomize: the three environments (not dist/clusters).
        # Cold: into a new folder, every file created. Warm: into an up-to-date one, as a re-run
        # after a change elsewhere finds it (unchanged trees are left alone).
        up_to_date = str(Path(work) / "up-to-date")
        main_py_once(*environments.NAMES, outdir=up_to_date)
        samples: dict[str, list[float]] = {"synth": [], "warm": [], "floor": [], "kustomize": []}
        for _ in range(runs):
            samples["synth"].append(timed(lambda: main_py_once(*environments.NAMES)))
            samples["warm"].append(timed(lambda: main_py_once(*environments.NAMES, outdir=up_to_date)))
            samples["floor"].append(timed(floor_once))
            if why_not is None:
                samples["kustomize"].append(timed(lambda: kustomize_write(layout, trees)))

    def median_ms(name: str) -> str:
        return f"{statistics.median(samples[name]) * 1000:.0f} ms"

    def ratio(other: str, synth: str = "synth") -> str:
        return f"{statistics.median(a / b for a, b in zip(samples[synth], samples[other])):.2f}x"

    rows = [
        ("synthesis of the three environments (python main.py), new folder", median_ms("synth"), ""),
        ("the same into an up-to-date folder (a re-run)", median_ms("warm"), ""),
        ("floor: Python + jsii start + YAML of the same objects", median_ms("floor"), ""),
    ]
    if why_not is None:
        rows.append(("kubectl kustomize, base + three overlays" + ("" if same else " (OUTPUT DIFFERS)"), median_ms("kustomize"), ""))
        rows.append(("ratio synthesis / kustomize", ratio("kustomize"), f"goal <= {GOALS['kustomize']}"))
        rows.append(("ratio re-run / kustomize", ratio("kustomize", "warm"), "kustomize rewrites every file"))
    else:
        rows.append(("kubectl kustomize", "skipped", why_not))
    rows.append(("ratio synthesis / floor", ratio("floor"), f"goal <= {GOALS['floor']}"))
    return rows


def main() -> int:
    if sys.argv[1:2] == ["--floor-child"]:
        floor_child(*sys.argv[2:4])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 300])
    parser.add_argument("--ratios-only", action="store_true", help="only the comparison with kustomize and the floor")
    args = parser.parse_args()
    rows = [] if args.ratios_only else run(args.runs, args.sizes)
    rows += comparisons(args.runs)
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>9}  per workload / note")
    for label, total, per in rows:
        print(f"{label:<{width}}  {total:>9}  {per}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
