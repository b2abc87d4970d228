"""Network flows: `allow(source, destination, port)` between endpoints, the destination's port
named, never repeated as a number.

A flow is a value; the App's `FlowRegistry` (kept on the App object, so two Apps never see each
other) checks it and hands each side to its `ZeroTrustNamespace`, which renders the egress rule
in the source's namespace and the ingress rule in the destination's. Constructs declare the
flows they need by their nature with `allow_own` (a CnpgCluster's operator and replication
traffic, a PodMetrics scrape); the site declares only its application's flows."""

from __future__ import annotations

import functools
import ipaddress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from constructs import Construct, IConstruct

from . import _validate as check
from .endpoint import Endpoint, EndpointInfo, NamedPort
from .errors import ConfigError
from .meta import UndoLog, app_state, app_states_of, construct_path_of
from .plus_workload import PlusWorkload

if TYPE_CHECKING:
    from .zero_trust_namespace import ZeroTrustNamespace

ENDPOINT_KINDS = (
    "a HardenedDeployment, HardenedStatefulSet, HardenedJob, BlueGreenService, CnpgCluster, "
    "CnpgPooler, PlusWorkload or ExternalPeer (anything with an `endpoint`)"
)


@dataclass(frozen=True)
class Flow:
    """One allowed connection: `source` may open connections to `destination` on `port`.

    port_name: the destination's name for the port (None for a number given to an external
    peer). declared_by: the construct path that declared it (for messages)."""

    source: EndpointInfo
    destination: EndpointInfo
    port: int
    protocol: Literal["TCP", "UDP"]
    port_name: str | None
    declared_by: str

    @property
    def key(self) -> tuple[object, ...]:
        return (self.source.identity, self.destination.identity, self.port, self.protocol)

    @property
    def pending(self) -> str:
        """What is missing before this flow can be allowed ('' when it is rendered): a side
        is an `ExternalPeer.pending`, so no policy allows the traffic yet."""
        return self.source.pending or self.destination.pending

    def __str__(self) -> str:
        return f"{self.source.name} -> {self.destination.name}:{self.port}/{self.protocol}"


class FlowRegistry:
    """The ZeroTrustNamespaces and flows of one App. `FlowRegistry.of(scope)` finds it."""

    def __init__(self, undo: UndoLog) -> None:
        self.namespaces: dict[str, ZeroTrustNamespace] = {}
        self.flows: list[Flow] = []
        self._undo = undo

    @classmethod
    def of(cls, scope: IConstruct) -> FlowRegistry:
        return app_state(scope, FlowRegistry, lambda: cls(UndoLog.of(scope)))

    def add_namespace(self, namespace: ZeroTrustNamespace) -> None:
        """Register a namespace and render the sides of flows already declared into it (a
        construct may declare its own flows before its namespace exists)."""
        self.namespaces[namespace.name] = namespace
        self._undo.record(functools.partial(self.namespaces.pop, namespace.name, None))
        for flow in self.flows:
            self._render(flow, only=namespace.name)

    def declare(
        self,
        where: str,
        source: EndpointInfo,
        destination: EndpointInfo,
        port: str | int,
        protocol: Literal["TCP", "UDP"] | None,
        *,
        strict: bool,
    ) -> Flow:
        """Check and record a flow, rendering each side whose namespace is known.

        strict: every side this app runs must already be in a ZeroTrustNamespace of the App
        (flows a user declares); constructs declaring their own flows are not strict, so
        they may be built before their namespace."""
        if source.external and destination.external:
            raise ConfigError(
                where,
                "source/destination",
                (source.name, destination.name),
                "at least one side this app renders (two external peers are not ours to connect)",
            )
        spaces = [self._namespace_of(where, label, info, strict) for label, info in (("source", source), ("destination", destination))]
        if spaces[0] is not None and spaces[1] is not None and spaces[0].boundary != spaces[1].boundary:
            raise ConfigError(
                source.path,
                "destination",
                destination.path,
                f"an endpoint inside boundary {spaces[0].boundary!r} (namespace {spaces[0].name}); "
                f"it is in boundary {spaces[1].boundary!r} (namespace {spaces[1].name})",
                "flows never cross environments: connect to the endpoint of the same environment",
            )
        number, proto, name = _resolve_port(where, destination, port, protocol)
        flow = Flow(source, destination, number, proto, name, where)
        for existing in self.flows:
            if existing.key == flow.key:
                raise ConfigError(
                    where, "flow", str(flow), "each flow once", f"it is already declared by {existing.declared_by}; remove this declaration"
                )
        mark = self._undo.begin()
        try:
            self.flows.append(flow)
            self._undo.record(functools.partial(self.flows.remove, flow))
            self._render(flow)
        except BaseException:  # a side's NetworkPolicy could not be rendered: take the flow back
            self._undo.roll_back(mark)
            raise
        self._undo.commit()
        return flow

    def _namespace_of(self, where: str, label: str, info: EndpointInfo, strict: bool) -> ZeroTrustNamespace | None:
        if info.namespace is None:
            return None
        namespace = self.namespaces.get(info.namespace)
        if info.external:
            if namespace is not None:
                raise ConfigError(
                    where,
                    label,
                    info.name,
                    f"an ExternalPeer outside this app's namespaces ({info.namespace} is a ZeroTrustNamespace of it)",
                    "connect to the workload itself, not an ExternalPeer standing for it",
                )
            return None
        if namespace is None and strict:
            raise ConfigError(
                where,
                label,
                f"{info.path or info.name} in namespace {info.namespace!r}",
                "a workload in a ZeroTrustNamespace of this app (declared: " + (", ".join(sorted(self.namespaces)) or "none") + ")",
                "declare its namespace as a ZeroTrustNamespace first, or use ExternalPeer for workloads others run",
            )
        return namespace

    def _render(self, flow: Flow, only: str | None = None) -> None:
        if flow.pending:  # no addresses yet: the traffic stays denied (fail closed)
            return
        for side in ("egress", "ingress"):
            info = flow.source if side == "egress" else flow.destination
            if info.external or info.namespace is None or (only is not None and info.namespace != only):
                continue
            namespace = self.namespaces.get(info.namespace)
            if namespace is not None:
                namespace.render_flow(flow, side)


def allow(source: Endpoint, destination: Endpoint, port: str | int, *, protocol: Literal["TCP", "UDP"] | None = None) -> Flow:
    """Allow `source` to open connections to `destination` on the destination's port named
    `port` (a number only when the destination is an ExternalPeer; `protocol` then defaults
    to TCP, otherwise it comes from the named port).

    Renders an egress NetworkPolicy in the source's namespace and an ingress one in the
    destination's, for each side this app runs. Raises ConfigError for a value that is not an
    endpoint, a side outside the App's ZeroTrustNamespaces, a flow between two Apps or two
    boundaries (naming both construct paths), a port the destination does not expose (listing
    the ones it has), a number for a port of this app's workload, or a flow declared twice.
    A flow to or from an `ExternalPeer.pending` is recorded but renders nothing until the
    peer's addresses are known (`Flow.pending` says what is missing)."""
    src, dst = _info(source, "source"), _info(destination, "destination")
    # Each side's App, told apart by its state table (cached per construct: no jsii round trip);
    # a cdk8s-plus workload is in the App of its construct.
    constructs = [side.workload if isinstance(side, PlusWorkload) else side for side in (source, destination)]
    roots = {id(app_states_of(side)): side for side in constructs if isinstance(side, Construct)}
    where = src.path or dst.path or "allow"
    if not roots:
        raise ConfigError(
            "allow",
            "source/destination",
            (src.name, dst.name),
            "at least one side this app renders (two external peers are not ours to connect)",
        )
    if len(roots) > 1:
        raise ConfigError(
            src.path,
            "destination",
            dst.path,
            "an endpoint of the same App (each App is its own boundary)",
            "flows never cross Apps: connect to the endpoint built in this App",
        )
    registry = FlowRegistry.of(next(iter(roots.values())))
    return registry.declare(where, src, dst, port, protocol, strict=True)


def allow_own(
    owner: Construct, source: Endpoint, destination: Endpoint, port: str | int, *, protocol: Literal["TCP", "UDP"] | None = None
) -> Flow:
    """For constructs: declare a flow `owner` needs by its nature (its pods, or its pods and
    the peers its props name). Same checks as `allow`, but the namespace may be declared
    after the construct; each side is rendered once its ZeroTrustNamespace exists."""
    src, dst = _info(source, "source"), _info(destination, "destination")
    return FlowRegistry.of(owner).declare(construct_path_of(owner), src, dst, port, protocol, strict=False)


def flows_of(scope: IConstruct) -> list[Flow]:
    """Every flow declared in the App `scope` belongs to, in declaration order."""
    return list(FlowRegistry.of(scope).flows)


def network_peers(info: EndpointInfo) -> list[dict[str, Any]]:
    """The NetworkPolicyPeers that select this endpoint: one ipBlock per range of a network
    (each with the exceptions inside it), else its pods in its namespace."""
    if info.is_network:
        peers: list[dict[str, Any]] = []
        for cidr in info.cidrs:
            outer = ipaddress.ip_network(cidr)
            block: dict[str, Any] = {"cidr": cidr}
            inner = [e for e in info.except_cidrs if _within(e, outer)]
            if inner:
                block["except"] = inner
            peers.append({"ipBlock": block})
        return peers
    return [
        {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": info.namespace}},
            "podSelector": {"matchLabels": dict(info.selector)},
        }
    ]


def _within(cidr: str, outer: ipaddress.IPv4Network | ipaddress.IPv6Network) -> bool:
    inner = ipaddress.ip_network(cidr)
    return bool(
        inner.version == outer.version
        and int(outer.network_address) <= int(inner.network_address)
        and int(inner.broadcast_address) <= int(outer.broadcast_address)
    )


def _info(value: object, label: str) -> EndpointInfo:
    info = getattr(value, "endpoint", None) if not isinstance(value, type) else None
    if not isinstance(info, EndpointInfo):
        raise ConfigError("allow", label, value, ENDPOINT_KINDS)
    return info


def _resolve_port(where: str, destination: EndpointInfo, port: object, protocol: object) -> tuple[int, Literal["TCP", "UDP"], str | None]:
    if protocol is not None:
        check.one_of(where, "protocol", protocol, ("TCP", "UDP"))
    if isinstance(port, str):
        named: NamedPort | None = destination.ports.get(port)
        if named is None:
            raise ConfigError(
                where,
                "port",
                port,
                f"a port {destination.kind} {destination.name} exposes: {destination.describe_ports()}",
                None if destination.ports else f"{destination.kind} {destination.name} accepts no connections",
            )
        if protocol is not None and protocol != named.protocol:
            raise ConfigError(
                where, "protocol", protocol, f"{named.protocol}, the protocol of port {port!r}", "leave protocol out for a named port"
            )
        return named.number, named.protocol, port
    if not destination.external:
        raise ConfigError(
            where,
            "port",
            port,
            f"a port name of {destination.kind} {destination.name}: {destination.describe_ports()}",
            "name the port; numbers are only for external peers",
        )
    number = check.port(where, "port", port)
    return number, "UDP" if protocol == "UDP" else "TCP", _name_of(destination, number, protocol)


def _name_of(destination: EndpointInfo, number: int, protocol: object) -> str | None:
    for name, named in destination.ports.items():
        if named.number == number and named.protocol == (protocol or "TCP"):
            return name
    return None
