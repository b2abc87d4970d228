"""`make capacity`: requests and limits per namespace from dist/, per cluster (every
environment on it, and the add-ons' own requests), against the cluster's nodes, flagging less
than 20% headroom.

Counted: every container of Deployments (replicas, or the HPA's minimum), StatefulSets
(replicas) and PostgreSQL clusters (instances); Jobs and CronJobs run briefly and are listed
apart. Headroom is measured on requests (what the scheduler reserves) and limits (what the
pods may use at once)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from dirtbike_constructs.quantities import cpu_millicores, memory_bytes

from . import environments

ROOT = Path(__file__).resolve().parent.parent
HEADROOM = 0.20
#: Kinds whose pods an operator creates (CloudNativePG's Cluster: its instances).
OPERATOR_KINDS = frozenset({"Cluster"})


def _pods(manifest: dict[str, Any], hpa_min: dict[tuple[str, str], int]) -> tuple[int, list[dict[str, Any]]] | None:
    kind, spec, meta = manifest["kind"], manifest.get("spec", {}), manifest["metadata"]
    if kind == "Deployment":
        key = (meta["namespace"], meta["name"])
        count = hpa_min[key] if key in hpa_min else int(spec.get("replicas", 1))
        return count, spec["template"]["spec"]["containers"]
    if kind == "StatefulSet":
        return spec.get("replicas", 1), spec["template"]["spec"]["containers"]
    if kind == "Cluster":
        return spec["instances"], [{"resources": spec["resources"]}]
    return None


def usage(env: str, dist: Path = ROOT / "dist", *, operator_pods: bool = True) -> dict[str, dict[str, float]]:
    """namespace -> cpu/memory requests and limits (cores, bytes). operator_pods=False leaves
    out the pods an operator creates (the PostgreSQL instances): what runs where no operator
    does, as on the control-plane twin."""
    objects = [yaml.safe_load(p.read_text()) for p in sorted((dist / env).rglob("*.yaml"))]
    hpa_min = {
        (m["metadata"]["namespace"], m["spec"]["scaleTargetRef"]["name"]): m["spec"]["minReplicas"]
        for m in objects
        if m["kind"] == "HorizontalPodAutoscaler"
    }
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for m in objects:
        if not operator_pods and m["kind"] in OPERATOR_KINDS:
            continue
        found = _pods(m, hpa_min)
        if found is None:
            continue
        count, containers = found
        ns = m["metadata"]["namespace"]
        for c in containers:
            res = c["resources"]
            totals[ns]["cpu_requests"] += count * cpu_millicores(res["requests"]["cpu"], where="capacity", field="cpu") / 1000
            totals[ns]["cpu_limits"] += count * cpu_millicores(res["limits"]["cpu"], where="capacity", field="cpu") / 1000
            totals[ns]["memory_requests"] += count * memory_bytes(res["requests"]["memory"], where="capacity", field="memory")
            totals[ns]["memory_limits"] += count * memory_bytes(res["limits"]["memory"], where="capacity", field="memory")
    return {ns: dict(v) for ns, v in sorted(totals.items())}


def cluster_usage(cluster_name: str, dist: Path = ROOT / "dist") -> dict[str, dict[str, float]]:
    """namespace -> requests and limits of everything the cluster runs: each of its
    environments (from dist/) and the add-ons (from their typed values)."""
    from .addons import addon_usage  # the add-ons import the environments too

    per_ns: dict[str, dict[str, float]] = {}
    for env in environments.on_cluster(cluster_name):
        per_ns.update(usage(env.name, dist))
    per_ns.update(addon_usage(environments.get_cluster(cluster_name)))
    return dict(sorted(per_ns.items()))


def report(cluster_name: str, dist: Path = ROOT / "dist") -> tuple[str, dict[str, float]]:
    """The report of one cluster as a whole; an environment's name stands for its cluster."""
    if cluster_name in environments.NAMES:
        cluster_name = environments.get(cluster_name).cluster
    cluster = environments.get_cluster(cluster_name)
    nodes = cluster.nodes
    cpu = nodes.count * cpu_millicores(nodes.cpu, where="capacity", field="nodes.cpu") / 1000
    memory = nodes.count * memory_bytes(nodes.memory, where="capacity", field="nodes.memory")
    per_ns = cluster_usage(cluster_name, dist)
    total = {k: sum(v[k] for v in per_ns.values()) for k in ("cpu_requests", "cpu_limits", "memory_requests", "memory_limits")}
    headroom = {
        "cpu_requests": 1 - total["cpu_requests"] / cpu,
        "cpu_limits": 1 - total["cpu_limits"] / cpu,
        "memory_requests": 1 - total["memory_requests"] / memory,
        "memory_limits": 1 - total["memory_limits"] / memory,
    }
    gib = 2**30
    hosted = ", ".join(e.name for e in environments.on_cluster(cluster_name))
    lines = [
        f"cluster {cluster_name} ({hosted}): {nodes.count} nodes x {nodes.cpu} CPU, {nodes.memory} memory",
        f"{'namespace':<24} {'cpu req':>8} {'cpu lim':>8} {'mem req':>9} {'mem lim':>9}",
    ]
    for ns, v in per_ns.items():
        lines.append(
            f"{ns:<24} {v['cpu_requests']:>8.2f} {v['cpu_limits']:>8.2f} {v['memory_requests'] / gib:>8.2f}G {v['memory_limits'] / gib:>8.2f}G"
        )
    lines.append(
        f"{'total':<24} {total['cpu_requests']:>8.2f} {total['cpu_limits']:>8.2f} "
        f"{total['memory_requests'] / gib:>8.2f}G {total['memory_limits'] / gib:>8.2f}G"
    )
    lines.append(f"{'capacity':<24} {cpu:>8.2f} {cpu:>8.2f} {memory / gib:>8.2f}G {memory / gib:>8.2f}G")
    lines.append("headroom: " + ", ".join(f"{k.replace('_', ' ')} {v:.0%}" + (" LOW" if v < HEADROOM else "") for k, v in headroom.items()))
    return "\n".join(lines), headroom


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or list(environments.CLUSTERS)
    low = False
    for name in names:
        text, headroom = report(name)
        print(text, end="\n\n")
        low |= headroom["cpu_requests"] < HEADROOM or headroom["memory_requests"] < HEADROOM
    if low:
        print(f"requests leave less than {HEADROOM:.0%} of the nodes free in at least one cluster", file=sys.stderr)
    return 1 if low else 0


if __name__ == "__main__":
    from .failures import run_main

    raise SystemExit(run_main(main, action="capacity"))
