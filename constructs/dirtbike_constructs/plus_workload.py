"""cdk8s-plus workloads as endpoints of the library's flows.

    import cdk8s_plus_27 as kplus
    from dirtbike_constructs import PlusWorkload, allow

    legacy = kplus.Deployment(chart, "legacy", metadata=cdk8s.ApiObjectMetadata(name="legacy", namespace="shop"),
                              containers=[kplus.ContainerProps(image="ghcr.io/example/legacy:2.1.0", port_number=8080)])
    allow(api, PlusWorkload(legacy), "tcp-8080")

The library does not import cdk8s-plus: anything with cdk8s-plus's workload shape works (its
pods' `match_labels`, `metadata.namespace`, `name` and `containers` with their `ports`).
Named container ports keep their name; an unnamed one is named `<protocol>-<number>`
(`tcp-8080`), since flows name the destination's port.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .endpoint import EndpointInfo, NamedPort
from .errors import ConfigError


class PlusWorkload:
    """A cdk8s-plus workload (Deployment, StatefulSet, Job, DaemonSet...) as a flow endpoint.

    workload: the cdk8s-plus construct; it must name its namespace
    (`metadata=ApiObjectMetadata(namespace=...)`), as flows are per namespace.
    ports: the ports it accepts connections on, by name; default: its containers' ports."""

    def __init__(self, workload: Any, *, ports: Mapping[str, NamedPort] | None = None) -> None:
        where = f"PlusWorkload({getattr(workload, 'name', workload)!r})"
        try:
            selector = dict(workload.match_labels)
            namespace = workload.metadata.namespace
            name = workload.name
            path = workload.node.path
        except AttributeError:
            raise ConfigError(where, "workload", workload, "a cdk8s-plus workload (Deployment, StatefulSet, Job, DaemonSet)") from None
        if not namespace:
            raise ConfigError(
                where,
                "workload.metadata.namespace",
                namespace,
                "the namespace its pods run in",
                "create it with metadata=cdk8s.ApiObjectMetadata(namespace=...)",
            )
        if ports is None:
            ports = {}
            for container in workload.containers:
                for port in container.ports:
                    protocol: Literal["TCP", "UDP"] = (
                        "UDP" if str(getattr(port.protocol, "value", port.protocol) or "TCP").upper() == "UDP" else "TCP"
                    )
                    ports[port.name or f"{protocol.lower()}-{port.number}"] = NamedPort(int(port.number), protocol)
        self._endpoint = EndpointInfo(
            name=name, kind=type(workload).__name__, path=path, namespace=namespace, selector=selector, ports=dict(ports)
        )
        self.workload = workload

    @property
    def endpoint(self) -> EndpointInfo:
        return self._endpoint
