"""What every part of the review reads: a rendered tree as objects by identity (with the file
each came from, which carries the apply order), pod templates, and the Finding every rule emits."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

Identity = tuple[str, str, str]  # kind, namespace ('' for cluster scope), name
Manifest = dict[str, Any]

#: Kinds whose pod template runs pods; a template change restarts them.
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob")
RANK_PREFIX = re.compile(r"^(\d+)-")


@dataclass(frozen=True)
class Finding:
    """One consequence of a change: `rule` names the check that found it (stable, for tests
    and for grepping), `subject` what it is about, `text` one Markdown sentence."""

    rule: str
    subject: str
    text: str


@dataclass
class Tree:
    """One rendered tree (an environment, or a cluster's own objects): objects by identity and
    the path of the file each came from."""

    name: str
    objects: dict[Identity, Manifest] = field(default_factory=dict)
    paths: dict[Identity, str] = field(default_factory=dict)

    def of_kind(self, *kinds: str) -> Iterator[tuple[Identity, Manifest]]:
        for ident, manifest in self.objects.items():
            if ident[0] in kinds:
                yield ident, manifest

    def apply_key(self, ident: Identity) -> tuple[int, str]:
        """Where apply touches the object: its file's rank (NN-), then its path."""
        path = self.paths.get(ident, "")
        match = RANK_PREFIX.match(path.rsplit("/", 1)[-1])
        return (int(match.group(1)) if match else 99, path)

    @property
    def namespaces(self) -> dict[str, dict[str, str]]:
        """The namespaces the tree renders, with their labels."""
        return {m["metadata"]["name"]: dict(m["metadata"].get("labels") or {}) for _, m in self.of_kind("Namespace")}


def identity(manifest: Mapping[str, Any]) -> Identity:
    meta = manifest.get("metadata") or {}
    return str(manifest["kind"]), str(meta.get("namespace") or ""), str(meta["name"])


def load_trees(files: Mapping[str, str]) -> dict[str, Tree]:
    """Trees by their folder (first path component), from 'folder/...yaml' -> text."""
    trees: dict[str, Tree] = {}
    for path, text in sorted(files.items()):
        if not path.endswith((".yaml", ".yml")) or "/" not in path:
            continue
        folder, rel = path.split("/", 1)
        tree = trees.setdefault(folder, Tree(folder))
        for manifest in yaml.safe_load_all(text):
            if isinstance(manifest, dict) and "kind" in manifest:
                ident = identity(manifest)
                tree.objects[ident] = manifest
                tree.paths[ident] = rel
    return trees


def describe(ident: Identity) -> str:
    """`Deployment ns/name` in code style."""
    kind, namespace, name = ident
    return f"{kind} `{namespace + '/' if namespace else ''}{name}`"


def pod_template(manifest: Mapping[str, Any]) -> dict[str, Any] | None:
    """The pod template of a workload object, or None for any other kind."""
    spec = manifest.get("spec") or {}
    if manifest.get("kind") in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"):
        return spec.get("template")
    if manifest.get("kind") == "CronJob":
        return ((spec.get("jobTemplate") or {}).get("spec") or {}).get("template")
    return None


def containers(template: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """Init containers then containers of a pod template."""
    spec = (template or {}).get("spec") or {}
    return [*(spec.get("initContainers") or []), *(spec.get("containers") or [])]


def dig(value: Any, *path: str) -> Any:
    """value[path[0]][path[1]]..., None where any step is missing."""
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value
