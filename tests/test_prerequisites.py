"""Every cluster-level thing dist/ references is rendered in dist/ (the environment's own tree or
its cluster's, dist/clusters/<cluster>/) or listed as a prerequisite."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import dist_objects

from dirtbike_site import environments, prerequisites


def walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item, f"{path}[]")
    else:
        yield path, value


def unmet_references(objects: list[dict]) -> list[str]:
    """References to cluster-level things that are neither among `objects` nor prerequisites."""
    rendered = {(m["kind"], m["metadata"]["name"]) for m in objects}
    missing = []

    def need(kind: str, name: str, listed: dict[str, str], where: str) -> None:
        if (kind, name) not in rendered and name not in listed:
            missing.append(f"{where}: {kind} {name}")

    for m in objects:
        where = f"{m['kind']}/{m['metadata']['name']}"
        namespace = m["metadata"].get("namespace")
        if namespace:
            need("Namespace", namespace, prerequisites.NAMESPACES, where)
        for path, value in walk(m):
            if path.endswith(("storageClassName", "storage.storageClass", "walStorage.storageClass")):
                need("StorageClass", value, prerequisites.STORAGE_CLASSES, where)
            elif path.endswith("priorityClassName"):
                need("PriorityClass", value, prerequisites.PRIORITY_CLASSES, where)
            elif path.endswith("ingressClassName"):
                need("IngressClass", value, prerequisites.INGRESS_CLASSES, where)
            elif path.endswith("issuerRef.name"):
                need("ClusterIssuer", value, prerequisites.CLUSTER_ISSUERS, where)
            elif path.endswith("entryPoints[]") and value not in prerequisites.ENTRY_POINTS:
                missing.append(f"{where}: entry point {value}")
    return missing


def cluster_objects(cluster: str) -> list[dict]:
    import yaml
    from conftest import ROOT

    return [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "dist" / "clusters" / cluster).rglob("*.yaml"))]


@pytest.mark.parametrize("env", environments.NAMES)
def test_references_are_rendered_or_prerequisites(env):
    cluster = environments.get(env).cluster
    own = dist_objects(env)
    missing = unmet_references(own + cluster_objects(cluster))
    assert missing == []


def test_the_check_reports_what_is_neither_rendered_nor_listed():
    claim = {
        "kind": "PersistentVolumeClaim",
        "metadata": {"name": "data", "namespace": "kube-system"},
        "spec": {"storageClassName": "fast-ssd"},
    }
    route = {"kind": "IngressRoute", "metadata": {"name": "r", "namespace": "nowhere"}, "spec": {"entryPoints": ["websecure", "metrics"]}}
    assert unmet_references([claim, route]) == [
        "PersistentVolumeClaim/data: StorageClass fast-ssd",
        "IngressRoute/r: Namespace nowhere",
        "IngressRoute/r: entry point metrics",
    ]
    rendered_class = {"kind": "StorageClass", "metadata": {"name": "fast-ssd"}}
    assert unmet_references([claim, rendered_class]) == []
