"""`make rehearse ENV=<env>|all`: a release rehearsed on the control-plane twin.

For each environment: the twin of its cluster is started (if needed); the project's own
scripts/apply.sh applies dist/clusters/<cluster> and then dist/<env> with a real kubectl, exactly
as on the cluster; then the checks below run and the result is printed as a table and written
to .twin/rehearsal-<env>.json. Exit 0 only when every check holds.

    python -m twin.rehearse ENV [ENV ...] | all
    python -m twin.rehearse --changed-since REV   the environments whose dist/ (or whose
                                                  cluster's tree) differs from git revision REV

The table is also written to .twin/rehearsal.md (the pull-request workflow adds it to the
review report).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import Any

import yaml

from . import bluegreen, control, maintenance, readback
from .kube import Kube, KubeError, kubectl_env
from .standins import StandIns

ROOT = control.ROOT
FIELD_MANAGER = "dirtbike-platform"
APPLY_TIMEOUT = "120s"


@dataclass
class Check:
    name: str
    ok: bool
    summary: str
    details: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Rehearsal:
    environment: str
    cluster: str
    checks: list[Check] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def _say(message: str) -> None:
    print(f"rehearse: {message}", flush=True)


def _objects(tree: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The manifests apply.sh applies from TREE: every visible *.yaml, in file order."""
    found = []
    for path in sorted(tree.rglob("*.yaml")):
        if any(part.startswith(".") for part in path.relative_to(tree).parts):
            continue
        found.append((path, yaml.safe_load(path.read_text())))
    return found


def apply_env(twin: control.Twin, kubeconfig: Path, fresh_checked: str | None = None) -> dict[str, str]:
    """The environment scripts/apply.sh runs in against TWIN as the user of KUBECONFIG, with the
    twin's own kubectl. FRESH_CHECKED: the target whose dist/ tree was found to be what the code
    makes; apply.sh is told so (as it tells its nested apply of the cluster's tree) instead of
    synthesizing again."""
    return {
        **os.environ,
        "KUBECONFIG": str(kubeconfig),
        "KUBECTL": twin.kubectl,
        **kubectl_env(twin.folder),
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        **({"APPLY_FRESH_CHECKED": fresh_checked} if fresh_checked else {}),
    }


def run_apply(environment: str, cluster: str, *extra: str, checked: bool = False) -> subprocess.CompletedProcess[str]:
    """scripts/apply.sh for ENVIRONMENT against the twin, as an operator runs it (confirmed,
    with the inputs an operator has yet to supply listed but not blocking the rehearsal).
    CHECKED: this rehearsal's first apply found dist/<env> current, and the rehearsal never
    writes dist/ (see apply_env)."""
    twin = control.load(cluster)
    assert twin is not None, f"the twin of {cluster} is started first"
    env = apply_env(twin, twin.folder / "admin.kubeconfig", environment if checked else None)
    argv = ["bash", str(ROOT / "scripts" / "apply.sh"), environment, "--yes", "--allow-missing-inputs", "--timeout", APPLY_TIMEOUT]
    return subprocess.run([*argv, *extra], capture_output=True, text=True, check=False, env=env, cwd=ROOT, timeout=900)


def check_apply(environment: str, cluster: str) -> Check:
    done = run_apply(environment, cluster)
    output = done.stdout + done.stderr
    warnings = sorted({line.strip() for line in output.splitlines() if line.strip().startswith("Warning:")})
    if done.returncode != 0:
        tail = [line for line in output.splitlines() if line.strip()][-12:]
        return Check("admitted", False, f"apply.sh exited {done.returncode}", tail + warnings)
    if warnings:
        return Check("admitted", False, f"{len(warnings)} admission warnings", warnings)
    calls = sum(1 for line in done.stdout.splitlines() if line.startswith("apply: group"))  # "group NN" or "groups NN NN"
    return Check("admitted", True, f"every object admitted, no warning ({calls} kubectl applies)")


def _live(kube: Kube, tree: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    """Every object of TREE as the server holds it, read in one request per tree."""
    done = kube.run("get", "-R", "-f", str(tree), "-o", "json", "--ignore-not-found")
    if done.returncode != 0:
        raise KubeError(done.stderr.strip())
    if not done.stdout.strip():
        return {}
    listed: dict[str, Any] = json.loads(done.stdout)
    items: list[dict[str, Any]] = listed["items"] if listed.get("kind") == "List" else [listed]
    return {(str(o["kind"]), str(o["metadata"].get("namespace", "")), str(o["metadata"]["name"])): o for o in items}


def check_readback(kube: Kube, trees: list[Path]) -> Check:
    problems: list[str] = []
    count = 0
    for tree in trees:
        live = _live(kube, tree)
        for path, obj in _objects(tree):
            meta = obj["metadata"]
            held = live.get((obj["kind"], meta.get("namespace", ""), meta["name"]))
            count += 1
            where = path.relative_to(ROOT / "dist")
            if held is None:
                problems.append(f"{where}: not found on the server")
                continue
            problems += [f"{where}: {d}" for d in readback.compare(obj, held)]
    if problems:
        return Check("read back", False, f"{len(problems)} fields differ from dist/", problems)
    return Check("read back", True, f"{count} objects equal dist/ after the server's defaulting")


@dataclass
class SecondApply:
    """The release's second apply of dist/<env> with scripts/apply.sh: before it, an object this
    project owns and dist/ does not have is planted (it stands for one an earlier release
    applied); the apply must prune exactly the owned objects dist/ lacks (that one, and any a
    blue-green step added) and create nothing. The blue-green check ends with it (its roll back
    to dist/ as committed); the idempotence check runs it itself only when that did not."""

    kube: Kube
    environment: str
    cluster: str
    namespace: str
    problems: list[str] | None = None

    def run(self) -> str | None:
        """Runs the apply; the apply's own error, or None (the prune's findings are kept)."""
        from dirtbike_site import applyinfo

        selector = applyinfo.answer("selector", self.environment)
        leftover = {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {
                "name": "twin-removed-from-dist",
                "namespace": self.namespace,
                "labels": dict(p.split("=", 1) for p in selector.split(",")),
            },
            "data": {"why": "stands for an object an earlier release applied and dist/ no longer has"},
        }
        status, message = self.kube.apply(leftover, FIELD_MANAGER)
        if status >= 300:
            # Without it the prune cannot be judged: both checks that read this apply fail.
            self.problems = [f"planting the leftover ConfigMap failed ({status}): {message}"]
            return self.problems[0]
        before = _owned(self.kube, selector)
        rendered = {
            f"{o['kind']}/{o['metadata'].get('namespace', '')}/{o['metadata']['name']}"
            for _, o in _objects(ROOT / "dist" / self.environment)
        }
        done = run_apply(self.environment, self.cluster, "--skip-cluster", checked=True)
        after = _owned(self.kube, selector)
        self.problems = []
        gone, expected = sorted(before - after), sorted(before - rendered)
        if f"ConfigMap/{self.namespace}/twin-removed-from-dist" not in gone or gone != expected:
            self.problems.append(f"pruned {gone}, expected exactly {expected}")
        if sorted(after - before):
            self.problems.append(f"the second apply created {sorted(after - before)}")
        return None if done.returncode == 0 else ((done.stdout + done.stderr).strip().splitlines() or ["apply.sh failed"])[-1]


def check_idempotent(kube: Kube, trees: list[Path], second: SecondApply) -> Check:
    details: list[str] = []
    if second.problems is None:  # the blue-green check did not get as far as its apply
        error = second.run()
        if error:
            details.append(f"the second apply failed: {error}")
    details += second.problems or []
    # After the second apply, a third would change nothing: a server-side dry run of every
    # object of both trees shows no difference.
    for tree in trees:
        diff = kube.run("diff", "--server-side", f"--field-manager={FIELD_MANAGER}", "-R", "-f", str(tree))
        if diff.returncode == 1:
            details.append(f"kubectl diff of {tree.relative_to(ROOT)} shows changes:\n{diff.stdout[:2000]}")
        elif diff.returncode > 1:
            details.append(f"kubectl diff of {tree.relative_to(ROOT)} failed: {diff.stderr.strip()}")
    if details:
        return Check("idempotent", False, "applying again was not a no-op", details)
    return Check("idempotent", True, "the second apply pruned only what dist/ lacks and created nothing; kubectl diff is empty after it")


def _owned(kube: Kube, selector: str) -> set[str]:
    """Kind/namespace/name of the objects of a few kinds that carry the owner labels."""
    found = set()
    for kind in ("configmaps", "services", "deployments", "statefulsets", "networkpolicies"):
        for item in kube.items(kind, selector=selector):
            found.add(f"{item['kind']}/{item['metadata'].get('namespace', '')}/{item['metadata']['name']}")
    return found


def _await_autoscaler_minimums(kube: Kube, namespaces: list[str], seconds: float = 60) -> list[str]:
    """A Deployment the HPA scales starts at one replica; the HPA controller raises it to the
    autoscaler's minimum on its next sync (every 2 s on the twin). Waits for that; returns what never got there."""
    deadline = time.monotonic() + seconds
    while True:
        short = []
        for ns in namespaces:
            for hpa in kube.items("horizontalpodautoscalers", namespace=ns):
                target = hpa["spec"]["scaleTargetRef"]["name"]
                deployment = kube.get("deployments", target, ns) or {}
                ready = deployment.get("status", {}).get("readyReplicas", 0)
                if ready < hpa["spec"].get("minReplicas", 1):
                    short.append(
                        f"deployment {ns}/{target}: {ready} ready, its autoscaler's minimum is {hpa['spec'].get('minReplicas', 1)}"
                    )
        if not short or time.monotonic() > deadline:
            return short
        time.sleep(1)


def check_pods(kube: Kube, namespaces: list[str]) -> Check:
    details = _await_autoscaler_minimums(kube, namespaces)
    details += maintenance.settle(kube, namespaces)
    refused: list[str] = []
    for ns in namespaces:
        for event in kube.items("events", namespace=ns):
            if event.get("reason") == "FailedCreate" and "PodSecurity" in event.get("message", ""):
                refused.append(f"{ns}/{event['involvedObject']['name']}: {event['message']}")
    running = sum(1 for ns in namespaces for pod in kube.items("pods", namespace=ns) if pod.get("status", {}).get("phase") == "Running")
    workloads = 0
    for ns in namespaces:
        for kind in ("deployments", "statefulsets", "daemonsets"):
            for item in kube.items(kind, namespace=ns):
                workloads += 1
                status, spec = item.get("status", {}), item.get("spec", {})
                want = status.get("desiredNumberScheduled", spec.get("replicas", 1))
                have = status.get("numberReady", status.get("readyReplicas", 0))
                if have != want:
                    details.append(f"{kind[:-1]} {ns}/{item['metadata']['name']}: {have}/{want} ready")
        for job in kube.items("jobs", namespace=ns):
            if job.get("status", {}).get("succeeded", 0) < 1 and not job["metadata"].get("ownerReferences"):
                details.append(f"job {ns}/{job['metadata']['name']}: not complete")
    if refused or details:
        return Check("pods", False, "pods refused, pending or not ready", sorted(set(refused)) + details)
    return Check("pods", True, f"{running} pods admitted and running; {workloads} workloads at their ready count")


def check_capacity(kube: Kube, environment: str, namespaces: list[str]) -> Check:
    """The scheduler's placement against `make capacity`'s figures: the requests of the pods
    that run equal what the capacity report counts for the pods that run without an operator
    (the stand-in creates no database instance), and no node holds more than it offers."""
    from dirtbike_constructs.quantities import cpu_millicores, memory_bytes
    from dirtbike_site import capacity

    # No operator runs on the twin: the PostgreSQL instances are not among its pods.
    expected = capacity.usage(environment, operator_pods=False)
    measured: dict[str, dict[str, float]] = {ns: {"cpu_requests": 0.0, "memory_requests": 0.0} for ns in namespaces}
    per_node: dict[str, list[float]] = {}
    for ns in namespaces:
        for pod in kube.items("pods", namespace=ns):
            if pod.get("status", {}).get("phase") != "Running" or any(
                o["kind"] == "Job" for o in pod["metadata"].get("ownerReferences", [])
            ):
                continue
            for c in pod["spec"]["containers"]:
                req = c.get("resources", {}).get("requests", {})
                cpu = cpu_millicores(str(req.get("cpu", "0")), where="rehearse", field="cpu") / 1000
                mem = memory_bytes(str(req.get("memory", "0")), where="rehearse", field="memory")
                measured[ns]["cpu_requests"] += cpu
                measured[ns]["memory_requests"] += mem
                node = per_node.setdefault(pod["spec"].get("nodeName", "?"), [0.0, 0.0])
                node[0] += cpu
                node[1] += mem
    details = []
    for ns in namespaces:
        want, have = expected.get(ns, {}), measured[ns]
        for key in ("cpu_requests", "memory_requests"):
            if abs(want.get(key, 0.0) - have[key]) > 1e-6 * max(1.0, want.get(key, 0.0)):
                details.append(f"{ns} {key}: make capacity counts {want.get(key, 0.0):.3f}, the twin runs {have[key]:.3f}")
    placement = ", ".join(f"{node} {cpu:.2f} CPU/{mem / 2**30:.2f}G" for node, (cpu, mem) in sorted(per_node.items()))
    if details:
        return Check("capacity", False, "placement differs from make capacity", details + [placement])
    return Check("capacity", True, f"requests equal make capacity's figures; placed: {placement}")


def check_drain(kube: Kube, namespaces: list[str]) -> Check:
    results = maintenance.drain_each(kube, namespaces)
    details = []
    for r in results:
        if not r.drained:
            details.append(f"{r.node}: drain did not finish: {r.detail}")
        details += [f"{r.node}: budget breached: {b}" for b in r.budget_breaches]
        details += [f"{r.node}: no place on the other nodes: {u}" for u in r.unplaced]
    if details:
        return Check("drain", False, "a drain broke a budget or left pods without a place", details)
    return Check("drain", True, f"{len(results)} nodes drained in turn; every budget held; every pod placed again")


def check_blue_green(kube: Kube, environment: str, second: SecondApply) -> Check:
    result = bluegreen.rehearse_switch(kube, environment, second.run)
    details = [f"{result.service}: {step}" for step in result.steps]
    summary = "switched by value, synth and apply, and back" if result.ok else "a switch left no or wrong endpoints"
    return Check("blue-green", result.ok, summary, details)


def check_predictions(kube: Kube, environment: str, cluster: str) -> Check:
    from . import predictions  # the review tools start jsii: not before an entry point's set-up

    results = predictions.predict(kube, ROOT / "dist" / environment, ROOT / "dist" / "clusters" / cluster)
    lines = [
        f"{p.title} ({p.subject}): review {'will fail' if p.review_says_fails else 'passes'}, "
        f"server {'refuses' if p.server_refuses else 'accepts'}" + ("" if p.agrees else f" <- disagree: {p.server_message}")
        for p in results
    ]
    wrong = [line for line, p in zip(lines, results, strict=True) if not p.agrees]
    if wrong:
        return Check("review predictions", False, f"{len(wrong)} of {len(results)} predictions wrong", wrong + lines)
    return Check("review predictions", True, f"{len(results)} crafted changes: the review's verdict is the server's", lines)


def _namespaces(environment: str) -> list[str]:
    return sorted(p.name for p in (ROOT / "dist" / environment).iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def rehearse(environment: str, bin_dir: Path) -> Rehearsal:
    from dirtbike_site import environments

    cluster = environments.get(environment).cluster
    began = time.monotonic()
    _say(f"{environment}: starting the twin of cluster {cluster}")
    twin = control.start(cluster, bin_dir)
    kube = twin.kube()
    result = Rehearsal(environment, cluster)
    namespaces = _namespaces(environment)
    trees = [ROOT / "dist" / "clusters" / cluster, ROOT / "dist" / environment]
    second = SecondApply(kube, environment, cluster, namespaces[0])
    steps: list[tuple[str, str, Callable[[], Check]]] = [
        ("admitted", "applying with scripts/apply.sh", lambda: check_apply(environment, cluster)),
        ("read back", "reading every object back", lambda: check_readback(kube, trees)),
        ("pods", "checking pods and rollouts", lambda: check_pods(kube, namespaces)),
        ("capacity", "comparing placement with make capacity", lambda: check_capacity(kube, environment, namespaces)),
        ("drain", "draining each node", lambda: check_drain(kube, namespaces)),
        ("blue-green", "switching blue-green and back, then applying dist/ again", lambda: check_blue_green(kube, environment, second)),
        ("idempotent", "checking the second apply (idempotence, prune)", lambda: check_idempotent(kube, trees, second)),
        ("review predictions", "holding the review's predictions to the server", lambda: check_predictions(kube, environment, cluster)),
    ]
    with StandIns(kube):
        for name, label, step in steps:
            _say(f"{environment}: {label}")
            step_began = time.monotonic()
            try:
                check = step()
            except (KubeError, subprocess.SubprocessError) as error:
                check = Check(name, False, f"could not run: {error}")
            except Exception as error:  # a defect of the rehearsal itself: say so, go on with the rest
                check = Check(name, False, f"could not run ({type(error).__name__}): {error}")
            check.seconds = round(time.monotonic() - step_began, 1)
            _say(f"{environment}: {check.name}: {'ok' if check.ok else 'FAILED'} ({check.seconds:.0f} s): {check.summary}")
            result.checks.append(check)
            if check.name == "admitted" and not check.ok:
                break
    result.seconds = round(time.monotonic() - began, 1)
    (control.STATE / f"rehearsal-{environment}.json").write_text(json.dumps(asdict(result), indent=2))
    return result


def table(results: list[Rehearsal]) -> str:
    names = [c.name for c in results[0].checks] if results else []
    for r in results[1:]:
        names += [c.name for c in r.checks if c.name not in names]
    header = f"| check | {' | '.join(r.environment for r in results)} |"
    lines = [header, "|---|" + "---|" * len(results)]
    for name in names:
        cells = []
        for r in results:
            check = next((c for c in r.checks if c.name == name), None)
            cells.append("–" if check is None else ("ok" if check.ok else "FAILED"))
        lines.append(f"| {name} | {' | '.join(cells)} |")
    lines.append(f"| seconds | {' | '.join(f'{r.seconds:.0f}' for r in results)} |")
    return "\n".join(lines)


def by_cluster_at_once(wanted: Sequence[str]) -> list[Rehearsal]:
    """The environments of each cluster rehearsed in a process of their own, the clusters at
    once (each has its own twin; the processes share nothing but the machine). Each process
    prints its progress and writes its environments' JSON; the results come from there."""
    from dirtbike_site import environments

    groups: dict[str, list[str]] = {}
    for name in wanted:
        groups.setdefault(environments.get(name).cluster, []).append(name)
        (control.STATE / f"rehearsal-{name}.json").unlink(missing_ok=True)
    children = [subprocess.Popen([sys.executable, "-m", "twin.rehearse", "--serial", *names], cwd=ROOT) for names in groups.values()]
    for child in children:
        child.wait()
    results = []
    for name in wanted:
        path = control.STATE / f"rehearsal-{name}.json"
        if not path.exists():
            raise control.TwinError(f"the rehearsal of {name} ended without a result (its output is above)")
        data = json.loads(path.read_text())
        checks = [Check(**c) for c in data.pop("checks")]
        results.append(Rehearsal(**data, checks=checks))
    return results


def changed_since(base: str) -> list[str]:
    """The environments whose tree, or whose cluster's tree, differs in dist/ from git revision
    BASE (the working tree against it)."""
    done = subprocess.run(["git", "diff", "--name-only", base, "--", "dist/"], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise control.TwinError(f"git diff against {base} failed: {done.stderr.strip()}")
    return touched_by(done.stdout.splitlines())


def touched_by(paths: list[str]) -> list[str]:
    """The environments a change of PATHS (dist/... file paths) concerns: their own tree or
    their cluster's."""
    from dirtbike_site import environments

    touched = {tuple(p.split("/")[1:3]) for p in paths if p.startswith("dist/") and p.count("/") >= 2}
    return [
        name for name in environments.NAMES if any(t[0] == name for t in touched) or ("clusters", environments.get(name).cluster) in touched
    ]


def main(argv: list[str]) -> int:
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    from dirtbike_site import environments

    try:
        if argv[:1] == ["--changed-since"] and len(argv) == 2:
            wanted = changed_since(argv[1])
            _say(f"changed since {argv[1]}: {', '.join(wanted) or 'no environment'}")
        else:
            names = [a for a in argv if a != "--serial"]
            wanted = list(environments.NAMES) if names in ([], ["all"]) else names
        unknown = [n for n in wanted if n not in environments.NAMES]
        if unknown:
            print(f"rehearse: unknown environment {unknown[0]!r} (dev, stage, prod or all)", file=sys.stderr)
            return 2
        serial = argv[:1] == ["--serial"] or len({environments.get(n).cluster for n in wanted}) < 2
        bin_dir = control.binaries() if wanted else Path()
        results = [rehearse(name, bin_dir) for name in wanted] if serial else by_cluster_at_once(wanted)
    except control.TwinError as error:
        print(f"rehearse: {error}", file=sys.stderr)
        return 3
    text = table(results) if results else "No environment changed: nothing to rehearse."
    control.STATE.mkdir(parents=True, exist_ok=True)
    (control.STATE / "rehearsal.md").write_text(text + "\n")
    print()
    print(text)
    for r in results:
        for c in r.checks:
            if not c.ok:
                print(f"\n{r.environment} {c.name}: {c.summary}")
                for line in c.details[:40]:
                    print(f"  - {line}")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
