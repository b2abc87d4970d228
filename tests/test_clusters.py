"""Which environments share a cluster, and what that demands of cluster-scoped objects: each is
rendered once (in dist/clusters/<cluster>/) or named for its environment, never emitted by two
environments with different contents (an immutable StorageClass parameter would make the second
apply fail, or the last one win silently)."""

from __future__ import annotations

import dataclasses

import pytest
import yaml
from conftest import ROOT, dist_objects

from dirtbike_constructs import ConfigError
from dirtbike_site import environments


def cluster_tree_objects(cluster: str) -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "dist" / "clusters" / cluster).rglob("*.yaml"))]


def cluster_scoped(objects: list[dict]) -> list[dict]:
    return [m for m in objects if not m["metadata"].get("namespace")]


@pytest.mark.parametrize("cluster", environments.CLUSTERS)
def test_cluster_scoped_objects_are_rendered_once_per_cluster(cluster):
    owners: dict[tuple[str, str], list[str]] = {}
    for m in cluster_scoped(cluster_tree_objects(cluster)):
        owners.setdefault((m["kind"], m["metadata"]["name"]), []).append(f"clusters/{cluster}")
    for env in environments.on_cluster(cluster):
        for m in cluster_scoped(dist_objects(env.name)):
            owners.setdefault((m["kind"], m["metadata"]["name"]), []).append(env.name)
    assert {key: where for key, where in owners.items() if len(where) > 1} == {}


@pytest.mark.parametrize("env", environments.NAMES)
def test_an_environments_cluster_scoped_objects_carry_its_name(env):
    """What an environment renders outside its namespaces is named for it, so a second
    environment on the cluster can never collide with it."""
    names = [f"{m['kind']}/{m['metadata']['name']}" for m in cluster_scoped(dist_objects(env))]
    assert names and [n for n in names if f"dirtbike-{env}-" not in n] == []


def test_every_environment_runs_on_a_declared_cluster_and_storage_class():
    for name in environments.NAMES:
        env = environments.get(name)
        assert env.on.storage_class(env.postgres.storage_class) is not None
        assert env.kube_context == environments.CLUSTERS[env.cluster].kube_context
    # The storage classes are in the cluster's tree, with the cluster's replica count.
    for cluster in environments.CLUSTERS.values():
        rendered = {m["metadata"]["name"]: m for m in cluster_tree_objects(cluster.name) if m["kind"] == "StorageClass"}
        assert {c.name: str(c.replicas) for c in cluster.storage_classes} == {
            n: m["parameters"]["numberOfReplicas"] for n, m in rendered.items()
        }


def test_an_unknown_cluster_or_storage_class_is_refused():
    prod = environments.ENVIRONMENTS["prod"]
    with pytest.raises(ConfigError, match="cluster") as error:
        dataclasses.replace(prod, cluster="elsewhere").validate()
    assert "CLUSTERS" in str(error.value)
    with pytest.raises(ConfigError, match="postgres.storage_class"):
        dataclasses.replace(prod, postgres=dataclasses.replace(prod.postgres, storage_class="fast-ssd")).validate()
    with pytest.raises(ConfigError, match="cluster"):
        environments.get_cluster("elsewhere")
