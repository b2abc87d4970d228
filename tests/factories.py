"""Minimal valid props, so each test changes only what it is about."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from dirtbike_constructs import CnpgCluster, ConfigError, Container, ExternalPeer, Port, Probe, Resources, Storage

# The API server of a test cluster: k3s answers on 6443 on its server nodes.
API_SERVER = ExternalPeer.network("kube-apiserver", cidr="10.0.0.0/24", ports={"https": 6443})
RESOURCES = Resources(cpu="100m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi")


def container(**changes: Any) -> Container:
    base = Container(
        name="app",
        image="ghcr.io/example/app:1.2.3",
        resources=RESOURCES,
        ports=(Port("http", 8080),),
        readiness=Probe.http("/ready"),
        liveness=Probe.http("/live"),
    )
    return dataclasses.replace(base, **changes)


PG_RESOURCES = Resources(cpu="500m", memory="4Gi", cpu_limit="2", memory_limit="4Gi")


def pg_cluster(chart: Any, **props: Any) -> CnpgCluster:
    """A valid CnpgCluster `pg` in namespace `data`; props override the defaults."""
    props.setdefault("namespace", "data")
    props.setdefault("image", "ghcr.io/cloudnative-pg/postgresql:16.4")
    props.setdefault("storage", Storage("20Gi", "longhorn-retain"))
    props.setdefault("resources", PG_RESOURCES)
    props.setdefault("api_server", API_SERVER)
    return CnpgCluster(chart, "pg", **props)


def pg_refused(chart: Any, field: str, **props: Any) -> ConfigError:
    """The ConfigError a CnpgCluster with `props` raises, checked to name `field`."""
    with pytest.raises(ConfigError) as error:
        pg_cluster(chart, **props)
    assert error.value.field == field, str(error.value)
    return error.value


def restricted(workload: Any) -> None:
    """Add, by JSON patches, what a cdk8s-plus workload leaves out of Pod Security 'restricted'
    (a seccomp profile, every capability dropped for its first container), as a user does
    before placing it in a library namespace."""
    import cdk8s

    obj = cdk8s.ApiObject.of(workload)
    obj.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/securityContext/seccompProfile", {"type": "RuntimeDefault"}))
    obj.add_json_patch(cdk8s.JsonPatch.add("/spec/template/spec/containers/0/securityContext/capabilities", {"drop": ["ALL"]}))
