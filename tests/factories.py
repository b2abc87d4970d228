"""Minimal valid props, so each test changes only what it is about."""

from __future__ import annotations

import dataclasses
from typing import Any

from dirtbike_constructs import Container, ExternalPeer, Port, Probe, Resources

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
