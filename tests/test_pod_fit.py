"""A pod that fits on no node of its cluster is refused at synthesis, naming the pod (its
construct path, requests or limits) and the node (`dirtbike_constructs.pod_fit`)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from dirtbike_constructs import ConfigError
from dirtbike_constructs.pod_fit import NodeSize, check_fit, pod_amounts
from dirtbike_site import cli, environments

NODE = NodeSize("4", "8Gi", "a node of cluster 'test'")


def _container(name: str, cpu: str, memory: str, cpu_limit: str | None = None, memory_limit: str | None = None, **extra: Any):
    resources = {"requests": {"cpu": cpu, "memory": memory}, "limits": {"cpu": cpu_limit or cpu, "memory": memory_limit or memory}}
    return {"name": name, "image": "app:1", "resources": resources, **extra}


def _deployment(*containers: dict[str, Any], init: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    spec: dict[str, Any] = {"containers": list(containers)}
    if init:
        spec["initContainers"] = list(init)
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "api", "namespace": "shop"},
        "spec": {"template": {"spec": spec}},
    }


def _refused(manifest: dict[str, Any]) -> ConfigError:
    with pytest.raises(ConfigError) as error:
        check_fit([(manifest, lambda: "shop/api")], NODE)
    assert error.value.where == "shop/api" and "a node of cluster 'test' (4 CPU, 8Gi memory)" in error.value.allowed
    return error.value


@pytest.mark.parametrize(
    "manifest, field, says",
    [
        (_deployment(_container("app", "5", "1Gi")), "pod requests (final object)", "cpu 5 CPU > 4 CPU"),
        (_deployment(_container("app", "1", "9Gi")), "pod requests (final object)", "memory 9216Mi > 8192Mi"),
        # two containers that fit one by one, not together
        (_deployment(_container("app", "2", "5Gi"), _container("log", "1", "4Gi")), "pod requests (final object)", "memory 9216Mi"),
        # an init container runs alone, but with the native sidecars started before it
        (
            _deployment(
                _container("app", "1", "1Gi"),
                init=(_container("proxy", "1", "4Gi", restartPolicy="Always"), _container("migrate", "1", "5Gi")),
            ),
            "pod requests (final object)",
            "memory 9216Mi",
        ),
        (_deployment(_container("app", "1", "1Gi", cpu_limit="8")), "pod limits (final object)", "cpu 8 CPU > 4 CPU"),
        (
            {
                "apiVersion": "postgresql.cnpg.io/v1",
                "kind": "Cluster",
                "metadata": {"name": "pg", "namespace": "data"},
                "spec": {"resources": {"requests": {"cpu": "1", "memory": "16Gi"}, "limits": {"cpu": "2", "memory": "16Gi"}}},
            },
            "pod requests (final object)",
            "Cluster data/pg: memory 16384Mi > 8192Mi",
        ),
    ],
)
def test_a_pod_larger_than_the_node_is_refused_naming_both(manifest, field, says):
    error = _refused(manifest)
    assert error.field == field and says in str(error.value), str(error)


def test_a_pod_that_fits_is_fine():
    # An init container larger than the containers is alone when it runs: the peak is its own.
    manifest = _deployment(_container("app", "2", "4Gi"), _container("log", "2", "4Gi"), init=(_container("migrate", "4", "8Gi"),))
    check_fit([(manifest, lambda: "shop/api")], NODE)
    assert pod_amounts(manifest["spec"]["template"]["spec"], "requests") == (4000, 8 * 2**30)


def test_an_environment_whose_pods_do_not_fit_its_cluster_nodes_is_refused(monkeypatch):
    small = dataclasses.replace(environments.CLUSTERS["prod"], nodes=environments.Nodes(count=3, cpu="2", memory="2Gi"))
    monkeypatch.setitem(environments.CLUSTERS, "prod", small)
    with pytest.raises(ConfigError) as error:
        cli.render("prod")
    assert "a node of cluster 'prod' (2 CPU, 2Gi memory)" in error.value.allowed
    assert error.value.field == "pod requests (final object)" and "memory 4096Mi > 2048Mi" in str(error.value.value)
