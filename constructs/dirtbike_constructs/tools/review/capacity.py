"""Requests and limits per namespace before and after, and for the whole tree.

Counted as `make capacity` counts: every container of Deployments (replicas, or the
autoscaler's minimum), StatefulSets (replicas) and PostgreSQL clusters (instances); Jobs run
briefly and are left out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from ... import _validate as quantity
from .model import Tree, dig

MEASURES = ("cpu_requests", "cpu_limits", "memory_requests", "memory_limits")
Usage = dict[str, dict[str, float]]


def _pods(manifest: Mapping[str, Any], autoscaled: Mapping[tuple[str, str], int]) -> tuple[int, list[Any]] | None:
    kind, spec, meta = manifest["kind"], manifest.get("spec") or {}, manifest["metadata"]
    if kind == "Deployment":
        count = autoscaled.get((meta.get("namespace", ""), meta["name"]), spec.get("replicas", 1))
        return count, dig(spec, "template", "spec", "containers") or []
    if kind == "StatefulSet":
        return spec.get("replicas", 1), dig(spec, "template", "spec", "containers") or []
    if kind == "Cluster" and str(manifest.get("apiVersion", "")).startswith("postgresql.cnpg.io/"):
        return spec.get("instances", 1), [{"resources": spec.get("resources") or {}}]
    return None


def usage(tree: Tree | None) -> Usage:
    """namespace -> CPU (cores) and memory (bytes), requests and limits."""
    if tree is None:
        return {}
    autoscaled = {
        (ns, dig(m, "spec", "scaleTargetRef", "name")): dig(m, "spec", "minReplicas") or 1
        for (_, ns, _), m in tree.of_kind("HorizontalPodAutoscaler")
    }
    totals: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(MEASURES, 0.0))
    for (_, namespace, _), manifest in tree.objects.items():
        found = _pods(manifest, autoscaled)
        if found is None:
            continue
        count, containers = found
        for container in containers:
            resources = container.get("resources") or {}
            for measure in MEASURES:
                resource, side = measure.split("_")
                value = dig(resources, side, resource)
                if value is None:
                    continue
                amount = (
                    quantity.cpu_millis("review", resource, value) / 1000
                    if resource == "cpu"
                    else quantity.memory_bytes("review", resource, value)
                )
                totals[namespace][measure] += count * amount
    return {ns: values for ns, values in sorted(totals.items())}


def _cpu(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


def _memory(value: float) -> str:
    return f"{value / 2**30:.2f}".rstrip("0").rstrip(".") + " GiB"


def _cell(measure: str, before: float, after: float) -> str:
    show = _cpu if measure.startswith("cpu") else _memory
    if before == after:
        return show(after)
    delta = after - before
    return f"{show(before)} → **{show(after)}** ({'+' if delta > 0 else '−'}{show(abs(delta))})"


def capacity_table(old: Tree | None, new: Tree | None) -> str | None:
    """A Markdown table of the namespaces whose requests or limits change, and the total;
    None when nothing changes."""
    before, after = usage(old), usage(new)
    zero = dict.fromkeys(MEASURES, 0.0)
    changed = [ns for ns in sorted(set(before) | set(after)) if before.get(ns, zero) != after.get(ns, zero)]
    if not changed:
        return None
    lines = ["| namespace | CPU requests | CPU limits | memory requests | memory limits |", "|---|---|---|---|---|"]
    for ns in changed:
        lines.append(f"| `{ns}` | " + " | ".join(_cell(m, before.get(ns, zero)[m], after.get(ns, zero)[m]) for m in MEASURES) + " |")
    total_before = {m: sum(v[m] for v in before.values()) for m in MEASURES}
    total_after = {m: sum(v[m] for v in after.values()) for m in MEASURES}
    lines.append("| **all namespaces** | " + " | ".join(_cell(m, total_before[m], total_after[m]) for m in MEASURES) + " |")
    return "\n".join(lines)
