"""What apply will set in motion: workloads that restart (their pod template changed, config
checksums included), in the order apply touches them; PostgreSQL instances that roll; Jobs
that run again; CronJobs whose next run changes; replica counts; and blue-green switches and
splits, stated as such."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...blue_green_service import COLOR_LABEL
from ...meta import LABEL_VERSION
from ...pod import CHECKSUM_ANNOTATION
from ..diff import compare
from .model import Finding, Tree, describe, dig, pod_template

RESTARTING = ("Deployment", "StatefulSet", "DaemonSet")
#: CNPG Cluster fields whose change restarts the instances (one by one, the primary by switchover).
CNPG_ROLLING = ("imageName", "resources", "postgresql", "env", "affinity")


def _why(old_template: Any, new_template: Any) -> str:
    reasons: list[str] = []
    for change in compare(old_template, new_template):
        path = change.path
        if path.endswith((".image", LABEL_VERSION)):  # the version label follows the image
            reason = "image"
        elif CHECKSUM_ANNOTATION in path:
            reason = "config or credential checksum"
        elif path.startswith("metadata.labels"):
            reason = "pod labels"
        elif path.startswith("metadata.annotations"):
            reason = "pod annotations"
        else:
            reason = "pod spec (" + path.removeprefix("spec.").split("[", 1)[0].split(".", 1)[0] + ")"
        if reason not in reasons:
            reasons.append(reason)
    # compare() matches named list items by name, so only their order moved.
    return ", ".join(reasons) or "the order of a list in the pod spec"


def _replicas(manifest: Mapping[str, Any]) -> Any:
    if manifest["kind"] == "Cluster":
        return dig(manifest, "spec", "instances")
    if manifest["kind"] == "HorizontalPodAutoscaler":
        spec = manifest.get("spec") or {}
        return f"{spec.get('minReplicas', 1)}-{spec.get('maxReplicas')}"
    return dig(manifest, "spec", "replicas")


def restart_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    """Restarts in apply order (rank of the file, then its path)."""
    if old is None or new is None:
        return []
    found: list[tuple[tuple[int, str], Finding]] = []
    for ident, manifest in new.objects.items():
        before = old.objects.get(ident)
        if before is None or before == manifest:
            continue
        if ident[0] in RESTARTING:
            old_template, new_template = pod_template(before), pod_template(manifest)
            if old_template != new_template:
                found.append(
                    (
                        new.apply_key(ident),
                        Finding(
                            "restart", describe(ident), f"{describe(ident)} restarts its pods ({_why(old_template, new_template)} changed)"
                        ),
                    )
                )
        elif ident[0] == "Cluster" and str(manifest.get("apiVersion", "")).startswith("postgresql.cnpg.io/"):
            changed = [f for f in CNPG_ROLLING if dig(before, "spec", f) != dig(manifest, "spec", f)]
            if changed:
                found.append(
                    (
                        new.apply_key(ident),
                        Finding(
                            "restart",
                            describe(ident),
                            f"{describe(ident)} restarts its PostgreSQL instances one by one, the primary last by "
                            f"switchover ({', '.join(changed)} changed)",
                        ),
                    )
                )
    return [finding for _, finding in sorted(found, key=lambda item: item[0])]


def job_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    if new is None:
        return []
    found, unchanged = [], []
    for ident, manifest in sorted(new.of_kind("Job", "CronJob"), key=lambda item: new.apply_key(item[0])):
        before = old.objects.get(ident) if old else None
        if ident[0] == "Job":
            if before is None:
                found.append(Finding("job-run", describe(ident), f"{describe(ident)} runs (new)"))
            elif pod_template(before) != pod_template(manifest):
                found.append(Finding("job-run", describe(ident), f"{describe(ident)} runs again with its changed pod template"))
            else:
                unchanged.append(f"`{ident[2]}`")
        elif before is None:
            if old is not None:  # a whole new tree is the first apply, not a change
                found.append(
                    Finding(
                        "cronjob-changed",
                        describe(ident),
                        f"{describe(ident)} (new) runs on schedule `{dig(manifest, 'spec', 'schedule')}`",
                    )
                )
        elif before != manifest:
            old_schedule, new_schedule = dig(before, "spec", "schedule"), dig(manifest, "spec", "schedule")
            if old_schedule != new_schedule:
                found.append(
                    Finding("cronjob-changed", describe(ident), f"{describe(ident)}: schedule `{old_schedule}` → `{new_schedule}`")
                )
            if pod_template(before) != pod_template(manifest):
                found.append(Finding("cronjob-changed", describe(ident), f"{describe(ident)}: its next run uses the changed pod template"))
    if unchanged and found:
        found.append(
            Finding(
                "job-rerun",
                "unchanged Jobs",
                "scripts/apply.sh re-creates every Job, so these unchanged ones run again too (idempotent): " + ", ".join(unchanged),
            )
        )
    return found


def scale_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    if old is None or new is None:
        return []
    found = []
    for ident, manifest in new.of_kind("Deployment", "StatefulSet", "Cluster", "HorizontalPodAutoscaler", "Pooler"):
        before = old.objects.get(ident)
        if before is None:
            continue
        old_count, new_count = _replicas(before), _replicas(manifest)
        if old_count != new_count:
            what = "autoscales between" if ident[0] == "HorizontalPodAutoscaler" else "scales"
            old_text = "the autoscaler's count" if old_count is None else old_count
            new_text = "the autoscaler's count" if new_count is None else new_count
            found.append(Finding("scale", describe(ident), f"{describe(ident)} {what} {old_text} → {new_text}"))
    return found


def _color_of(service: str, name: str) -> str:
    return service.removeprefix(f"{name}-")


def blue_green_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    if old is None or new is None:
        return []
    found = []
    for ident, manifest in new.of_kind("Service"):
        before = old.objects.get(ident)
        old_color = dig(before, "spec", "selector", COLOR_LABEL) if before else None
        new_color = dig(manifest, "spec", "selector", COLOR_LABEL)
        if old_color and new_color and old_color != new_color and not ident[2].endswith("-preview"):
            found.append(Finding("blue-green-switch", describe(ident), f"**{ident[2]} {new.name}: active {old_color} -> {new_color}**"))
    for ident, manifest in new.of_kind("TraefikService"):
        before = old.objects.get(ident)
        weights = {_color_of(s["name"], ident[2]): s.get("weight") for s in dig(manifest, "spec", "weighted", "services") or []}
        old_weights = (
            {_color_of(s["name"], ident[2]): s.get("weight") for s in dig(before, "spec", "weighted", "services") or []} if before else {}
        )
        if old_weights and weights != old_weights:

            def show(w: dict[str, Any]) -> str:
                return " / ".join(f"{color} {weight}%" for color, weight in w.items())

            found.append(
                Finding("blue-green-split", describe(ident), f"**{ident[2]} {new.name}: split {show(old_weights)} -> {show(weights)}**")
            )
    for ident in set(old.objects) - set(new.objects):
        if ident[0] == "TraefikService":
            found.append(
                Finding("blue-green-split", describe(ident), f"**{ident[2]} {new.name}: split ended** (all traffic to the active colour)")
            )
    for ident in set(new.objects) - set(old.objects):
        if ident[0] == "TraefikService":
            found.append(Finding("blue-green-split", describe(ident), f"**{ident[2]} {new.name}: split starts**"))
    return found


def chart_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    """k3s add-ons: a HelmChart's chart, version or values changed, so the helm-controller
    runs a helm upgrade of the release (HelmChartConfig: values of a chart k3s ships)."""
    if old is None or new is None:
        return []
    found = []
    for ident, manifest in sorted(new.of_kind("HelmChart", "HelmChartConfig"), key=lambda item: new.apply_key(item[0])):
        before = old.objects.get(ident)
        if before is None or dig(before, "spec") == dig(manifest, "spec"):
            continue
        parts = []
        for field in ("chart", "repo", "version"):
            if dig(before, "spec", field) != dig(manifest, "spec", field):
                parts.append(f"{field} {dig(before, 'spec', field)} -> {dig(manifest, 'spec', field)}")
        if dig(before, "spec", "valuesContent") != dig(manifest, "spec", "valuesContent"):
            parts.append("values changed")
        other = sorted(
            k
            for k in set(before.get("spec") or {}) | set(manifest.get("spec") or {})
            if k not in ("chart", "repo", "version", "valuesContent") and dig(before, "spec", k) != dig(manifest, "spec", k)
        )
        parts += [f"`{k}` changed" for k in other]
        found.append(
            Finding("chart-upgrade", describe(ident), f"{describe(ident)}: {', '.join(parts)}; the helm-controller upgrades the release")
        )
    return found


def rollout_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    return [
        *blue_green_findings(old, new),
        *restart_findings(old, new),
        *chart_findings(old, new),
        *scale_findings(old, new),
        *job_findings(old, new),
    ]
