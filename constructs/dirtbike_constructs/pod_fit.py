"""Pods that can never be scheduled: a pod whose requests exceed the largest node of its cluster
stays Pending for good, and a limit past the node is a promise the node cannot keep. Checked on
the final objects at synthesis (`synth.chart_manifests(charts, node=...)`), with the pod's
construct path, its requests or limits and the node named.

A pod's requests are what the scheduler reserves (Kubernetes' pod resource rules): its
containers' sum plus its native sidecars (init containers that keep running), or, when larger,
an init container's own request plus the sidecars started before it. Limits are summed alike.
A CloudNativePG Cluster's instances are held to `spec.resources`."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import _validate as check
from .errors import ConfigError
from .pod_security import pod_spec_of


@dataclass(frozen=True)
class NodeSize:
    """The allocatable CPU and memory of the largest node a pod may land on, as quantities
    ('4', '8Gi'); name: how the message names it (e.g. "a node of cluster 'prod'")."""

    cpu: str
    memory: str
    name: str = "the largest node"


def _amounts(resources: Mapping[str, Any], which: str) -> tuple[int, int]:
    values = resources.get(which) or {}
    cpu = check.cpu_millis("pod", f"resources.{which}.cpu", values["cpu"]) if "cpu" in values else 0
    memory = check.memory_bytes("pod", f"resources.{which}.memory", values["memory"]) if "memory" in values else 0
    return cpu, memory


def pod_amounts(spec: Mapping[str, Any], which: str) -> tuple[int, int]:
    """(CPU millicores, memory bytes) a pod spec asks for: which='requests' or 'limits'."""
    sidecars = [0, 0]
    init_peak = [0, 0]
    for container in spec.get("initContainers") or []:
        own = _amounts(container.get("resources") or {}, which)
        if container.get("restartPolicy") == "Always":
            sidecars = [sidecars[i] + own[i] for i in (0, 1)]
        else:
            init_peak = [max(init_peak[i], sidecars[i] + own[i]) for i in (0, 1)]
    running = list(sidecars)
    for container in spec.get("containers") or []:
        own = _amounts(container.get("resources") or {}, which)
        running = [running[i] + own[i] for i in (0, 1)]
    return max(running[0], init_peak[0]), max(running[1], init_peak[1])


def _pod_of(manifest: Mapping[str, Any]) -> Mapping[str, Any] | None:
    if manifest.get("kind") == "Cluster" and str(manifest.get("apiVersion", "")).startswith("postgresql.cnpg.io/"):
        resources = (manifest.get("spec") or {}).get("resources") or {}
        return {"containers": [{"name": "postgres", "resources": resources}]}
    pod = pod_spec_of(manifest)
    return pod[1] if pod is not None else None


def check_fit(objects: Sequence[tuple[Mapping[str, Any], Callable[[], str]]], node: NodeSize) -> None:
    """Refuse, naming the construct path, the pod's requests or limits and the node, a pod of
    the final objects ((manifest, its construct path on demand) pairs) that does not fit on
    `node`."""
    node_cpu = check.cpu_millis(node.name, "cpu", node.cpu)
    node_memory = check.memory_bytes(node.name, "memory", node.memory)
    for manifest, path_of in objects:
        spec = _pod_of(manifest)
        if spec is None:
            continue
        meta = manifest.get("metadata") or {}
        what = f"{manifest.get('kind')} {meta.get('namespace', '')}/{meta.get('name')}".replace(" /", " ")
        for which in ("requests", "limits"):
            cpu, memory = pod_amounts(spec, which)
            over = [
                f"{label} {shown(asked)} > {shown(has)}"
                for label, asked, has, shown in (
                    ("cpu", cpu, node_cpu, _cores),
                    ("memory", memory, node_memory, _mebibytes),
                )
                if asked > has
            ]
            if over:
                raise ConfigError(
                    path_of(),
                    f"pod {which} (final object)",
                    f"{what}: " + ", ".join(over),
                    f"a pod that fits on {node.name} ({node.cpu} CPU, {node.memory} memory)",
                    "lower the pod's resources, or declare larger nodes for its cluster"
                    + (" (requests beyond every node leave the pod Pending for good)" if which == "requests" else ""),
                )


def _cores(millis: int) -> str:
    return f"{millis / 1000:g} CPU"


def _mebibytes(amount: int) -> str:
    return f"{amount / 2**20:g}Mi"
