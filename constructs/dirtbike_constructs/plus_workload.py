"""cdk8s-plus workloads as endpoints of the library's flows, both ways.

    import cdk8s_plus_27 as kplus
    from dirtbike_constructs import PlusWorkload, allow

    legacy = kplus.Deployment(chart, "legacy", metadata=cdk8s.ApiObjectMetadata(name="legacy", namespace="shop"),
                              containers=[kplus.ContainerProps(image="ghcr.io/example/legacy:2.1.0", port_number=8080)])
    allow(api, PlusWorkload(legacy), "tcp-8080")      # library workload -> cdk8s-plus
    allow(PlusWorkload(legacy), api, "http")          # cdk8s-plus -> library workload
    allow(PlusWorkload(legacy), PlusWorkload(other), "tcp-9000")  # both in the library's namespaces

The library does not import cdk8s-plus: anything with cdk8s-plus's workload shape works
(`PlusWorkloadLike`: its pods' `match_labels`, `metadata.namespace`, `name`, `node` and
`containers` with their `ports`). Named container ports keep their name; an unnamed one is
named `<protocol>-<number>` (`tcp-8080`), since flows name the destination's port.

cdk8s-plus's own `connections.allow_from(x)` / `allow_to(x)` ask `x` for cdk8s-plus's
`INetworkPolicyPeer` contract. The library's workloads answer it (`PlusPeerContract`) by
refusing, with the `allow(...)` call to write instead: a flow in a library namespace is
declared once, in the App's flow registry, so its NetworkPolicies, FLOWS.md and the review
agree; policies cdk8s-plus made on its own would be connections no report knows of.
"""

from __future__ import annotations

import enum
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Literal, NoReturn, Protocol

from constructs import Node

from .endpoint import EndpointInfo, NamedPort
from .errors import ConfigError

PLUS_MODULE = re.compile(r"cdk8s_plus_\d+")


class PlusPort(Protocol):
    """A cdk8s-plus container port (`kplus.ContainerPort`)."""

    @property
    def number(self) -> float: ...

    @property
    def name(self) -> str | None: ...

    @property
    def protocol(self) -> enum.Enum | None: ...


class PlusContainer(Protocol):
    """A cdk8s-plus container: its ports."""

    @property
    def ports(self) -> Sequence[PlusPort]: ...


class PlusMetadata(Protocol):
    """A cdk8s-plus workload's metadata: its namespace."""

    @property
    def namespace(self) -> str | None: ...


class PlusWorkloadLike(Protocol):
    """What PlusWorkload reads of a cdk8s-plus workload (Deployment, StatefulSet, Job,
    DaemonSet of any cdk8s-plus-NN)."""

    @property
    def match_labels(self) -> Mapping[str, str]: ...

    @property
    def metadata(self) -> PlusMetadata: ...

    @property
    def name(self) -> str: ...

    @property
    def node(self) -> Node: ...

    @property
    def containers(self) -> Sequence[PlusContainer]: ...


class PlusWorkload:
    """A cdk8s-plus workload (Deployment, StatefulSet, Job, DaemonSet...) as a flow endpoint.

    workload: the cdk8s-plus construct; it must name its namespace
    (`metadata=ApiObjectMetadata(namespace=...)`), as flows are per namespace.
    ports: the ports it accepts connections on, by name; default: its containers' ports.
    Attributes: `workload`, `endpoint`."""

    def __init__(self, workload: PlusWorkloadLike, *, ports: Mapping[str, NamedPort] | None = None) -> None:
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
                    ports[port.name or f"{protocol.lower()}-{int(port.number)}"] = NamedPort(int(port.number), protocol)
        self._endpoint = EndpointInfo(
            name=name, kind=type(workload).__name__, path=path, namespace=namespace, selector=selector, ports=dict(ports)
        )
        self.workload = workload

    @property
    def endpoint(self) -> EndpointInfo:
        return self._endpoint


class PlusPeerContract:
    """Base of the library's workload constructs (listed before `Construct`): cdk8s-plus's
    `INetworkPolicyPeer`, answered with a refusal that names the `allow(...)` to write.

    jsii calls these methods only when the class declares the interface, and the library does
    not import cdk8s-plus: `declare_plus_peer` adds the interface of every cdk8s-plus module
    the program has loaded, just before the construct is created."""

    def to_network_policy_peer_config(self) -> NoReturn:
        self._refuse_plus_connection()

    def to_pod_selector(self) -> NoReturn:
        self._refuse_plus_connection()

    def _refuse_plus_connection(self) -> NoReturn:
        info: EndpointInfo = getattr(self, "endpoint")
        raise ConfigError(
            info.path,
            "cdk8s-plus connections",
            info.name,
            "flows to and from the library's workloads declared with allow(), so the policies, FLOWS.md and the review agree",
            f"instead of plus.connections.allow_from({info.name}): allow({info.name}, PlusWorkload(plus), '<port name>'); "
            f"instead of plus.connections.allow_to({info.name}): allow(PlusWorkload(plus), {info.name}, '<port name>')",
        )


def declare_plus_peer(cls: type) -> None:
    """Let jsii route cdk8s-plus's INetworkPolicyPeer calls to cls (a PlusPeerContract)."""
    interfaces = [
        getattr(module, "INetworkPolicyPeer")
        for name, module in list(sys.modules.items())
        if PLUS_MODULE.fullmatch(name) and hasattr(module, "INetworkPolicyPeer")
    ]
    known = list(vars(cls).get("__jsii_ifaces__", []))
    missing = [i for i in interfaces if i not in known]
    if missing:
        setattr(cls, "__jsii_ifaces__", known + missing)
