"""The review's predictions held to the API server. For crafted changes to what dist/ holds, the
review (`make review`) either says the change "will fail" or lets it pass; the twin's API server
is asked the same, with a server-side dry run of the changed object under the project's field
manager. Every prediction must match what the server does."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from dirtbike_constructs.tools.review.danger import danger_findings
from dirtbike_constructs.tools.review.model import Tree, identity

from .kube import Kube

FIELD_MANAGER = "dirtbike-platform"
#: The review's findings of a change that are not a refusal: everything else the danger
#: check reports ("will fail or lose data") is an update the API server refuses.
LOSES_DATA = "prune-data"

Manifest = dict[str, Any]


@dataclass(frozen=True)
class Change:
    """A crafted change: the kind of object it picks and what it does to it."""

    title: str
    kind: str
    change: Callable[[Manifest], None]
    pick: Callable[[Manifest], bool] = lambda m: True


def _claim_template_size(m: Manifest) -> None:
    template = m["spec"]["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]
    template["storage"] = "999Gi"


def _selector(m: Manifest) -> None:
    m["spec"]["selector"]["matchLabels"]["dirtbike.io/twin"] = "changed"
    m["spec"]["template"]["metadata"]["labels"]["dirtbike.io/twin"] = "changed"


def _job_template(m: Manifest) -> None:
    m["spec"]["template"]["metadata"].setdefault("annotations", {})["dirtbike.io/twin"] = "changed"


def _shrink(m: Manifest) -> None:
    m["spec"]["resources"]["requests"]["storage"] = "1Mi"


def _grow(m: Manifest) -> None:
    m["spec"]["resources"]["requests"]["storage"] = "999Gi"


def _cluster_ip(m: Manifest) -> None:
    m["spec"]["clusterIP"] = "10.43.250.250"


def _database_name(m: Manifest) -> None:
    m["spec"]["name"] = m["spec"]["name"] + "_renamed"


def _replicas(m: Manifest) -> None:
    m["spec"]["replicas"] = int(m["spec"].get("replicas", 1)) + 1


def _annotate(m: Manifest) -> None:
    m["metadata"].setdefault("annotations", {})["dirtbike.io/twin"] = "changed"


CHANGES = (
    Change("a StatefulSet's claim template", "StatefulSet", _claim_template_size, lambda m: bool(m["spec"].get("volumeClaimTemplates"))),
    Change("a Deployment's selector", "Deployment", _selector),
    Change("a Job's pod template", "Job", _job_template),
    Change("a claim shrinks", "PersistentVolumeClaim", _shrink),
    Change("a claim grows", "PersistentVolumeClaim", _grow),
    Change("a Service's cluster address", "Service", _cluster_ip, lambda m: m["spec"].get("type", "ClusterIP") == "ClusterIP"),
    Change("a Database's name (immutable by the CRD's CEL rule)", "Database", _database_name),
    Change("a Deployment's replicas", "Deployment", _replicas),
    Change("a Service's annotation", "Service", _annotate),
)


@dataclass
class Prediction:
    title: str
    subject: str
    review_says_fails: bool
    server_refuses: bool
    server_message: str

    @property
    def agrees(self) -> bool:
        return self.review_says_fails == self.server_refuses


def _tree(env_dist: Path) -> Tree:
    tree = Tree(env_dist.name)
    for path in sorted(env_dist.rglob("*.yaml")):
        manifest = yaml.safe_load(path.read_text())
        ident = identity(manifest)
        tree.objects[ident] = manifest
        tree.paths[ident] = str(path.relative_to(env_dist))
    return tree


def predict(kube: Kube, env_dist: Path, cluster_dist: Path) -> list[Prediction]:
    tree = _tree(env_dist)
    cluster = _tree(cluster_dist)
    results: list[Prediction] = []
    for change in CHANGES:
        candidates = [(i, m) for i, m in sorted(tree.objects.items()) if i[0] == change.kind and change.pick(m)]
        if not candidates:
            continue
        ident, manifest = candidates[0]
        changed = copy.deepcopy(manifest)
        change.change(changed)
        after = Tree(tree.name, dict(tree.objects), dict(tree.paths))
        after.objects[ident] = changed
        # The storage classes live in the cluster's tree: the review reads them from there.
        for c_ident, c_manifest in cluster.objects.items():
            after.objects.setdefault(c_ident, c_manifest)
        before = Tree(tree.name, {**cluster.objects, **tree.objects}, dict(tree.paths))
        findings = [f for f in danger_findings(before, after) if f.rule != LOSES_DATA]
        status, message = kube.apply(changed, FIELD_MANAGER, dry_run=True)
        results.append(Prediction(change.title, "/".join(p for p in ident if p), bool(findings), status >= 400, message[:300]))
    return results
