"""Node maintenance on the twin: each node in turn is cordoned and drained through the eviction
API (kubectl drain), while a watcher reads every PodDisruptionBudget of the environment; then the
node is uncordoned. Holds when no budget ever falls below what it allows and every evicted pod
runs again on the other nodes; otherwise says which pods found no place and the scheduler's
reason."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .kube import Kube
from .poll import Poller

_DRAIN_TIMEOUT = "90s"


@dataclass
class DrainResult:
    node: str
    drained: bool
    detail: str = ""
    budget_breaches: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


class BudgetWatch(Poller):
    """Reads the budgets of NAMESPACES every half second and records any below its floor."""

    interval = 0.5

    def __init__(self, kube: Kube, namespaces: list[str]) -> None:
        super().__init__()
        self._kube, self._namespaces = kube, namespaces
        self.breaches: list[str] = []
        self.samples = 0

    def tick(self) -> None:
        for ns in self._namespaces:
            for pdb in self._kube.items("poddisruptionbudgets", namespace=ns):
                status = pdb.get("status", {})
                healthy, desired = status.get("currentHealthy", 0), status.get("desiredHealthy", 0)
                if healthy < desired:
                    self.breaches.append(f"{ns}/{pdb['metadata']['name']}: {healthy} healthy < {desired} desired")
        self.samples += 1


def pending_pods(kube: Kube, namespaces: list[str]) -> list[str]:
    """Pods not running (Jobs' finished pods aside), each with the scheduler's reason."""
    found: list[str] = []
    for ns in namespaces:
        for pod in kube.items("pods", namespace=ns):
            phase = pod.get("status", {}).get("phase")
            if phase in ("Running", "Succeeded"):
                continue
            found.append(f"{ns}/{pod['metadata']['name']}: {phase}, {_scheduler_reason(pod)}")
    return found


def _scheduler_reason(pod: dict[str, Any]) -> str:
    for condition in pod.get("status", {}).get("conditions", []):
        if condition.get("type") == "PodScheduled" and condition.get("status") != "True":
            return str(condition.get("message", condition.get("reason", "not scheduled")))
    return "scheduled, not running"


def settle(kube: Kube, namespaces: list[str], seconds: float = 30) -> list[str]:
    """Waits until every pod of NAMESPACES runs (or SECONDS pass); returns those that do not."""
    deadline = time.monotonic() + seconds
    left = pending_pods(kube, namespaces)
    while left and time.monotonic() < deadline:
        time.sleep(1)
        left = pending_pods(kube, namespaces)
    return left


def drain_each(kube: Kube, namespaces: list[str]) -> list[DrainResult]:
    """Drains every node in turn, uncordoning it before the next."""
    results: list[DrainResult] = []
    nodes = sorted(n["metadata"]["name"] for n in kube.items("nodes"))
    for node in nodes:
        with BudgetWatch(kube, namespaces) as watch:
            done = kube.run("drain", node, "--ignore-daemonsets", "--delete-emptydir-data", f"--timeout={_DRAIN_TIMEOUT}", timeout=180)
            unplaced = settle(kube, namespaces)
        result = DrainResult(node, done.returncode == 0, budget_breaches=sorted(set(watch.breaches)), unplaced=unplaced)
        if done.returncode != 0:
            result.detail = (done.stderr.strip().splitlines() or ["drain failed"])[-1]
        kube.run("uncordon", node)
        # The pods that could not move wait for the node to come back; let them.
        settle(kube, namespaces)
        results.append(result)
    return results
