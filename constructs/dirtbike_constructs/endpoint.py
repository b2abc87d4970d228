"""The flow endpoint contract: what a network flow needs to know of either side.

Every construct that runs pods (HardenedDeployment, HardenedStatefulSet, HardenedJob,
BlueGreenService, CnpgCluster, its Pooler) and `ExternalPeer` expose one read-only
`endpoint` property returning an `EndpointInfo`, built once when the construct is. Type
checkers see it; nothing is attached at run time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

Protocol_ = Literal["TCP", "UDP"]


@dataclass(frozen=True)
class NamedPort:
    """A port an endpoint accepts connections on: its number and protocol."""

    number: int
    protocol: Protocol_ = "TCP"


@dataclass(frozen=True)
class EndpointInfo:
    """One side of a flow.

    name: the endpoint's name (used in NetworkPolicy names). kind: what it is, for messages
    ('HardenedDeployment', 'ExternalPeer', ...). path: the construct path ('' for an
    ExternalPeer). namespace: where its pods run; None for an IP range. selector: the labels
    of its pods. ports: the ports it accepts connections on, by name. cidrs / except_cidrs:
    the address ranges of a network endpoint. external: True for what this app does not
    render (only then may a flow name a port by number). pending: for an external endpoint
    whose addresses are not known yet, what is missing and how to supply it ('' otherwise)."""

    name: str
    kind: str
    path: str
    namespace: str | None
    selector: Mapping[str, str] = field(default_factory=dict)
    ports: Mapping[str, NamedPort] = field(default_factory=dict)
    cidrs: tuple[str, ...] = ()
    except_cidrs: tuple[str, ...] = ()
    external: bool = False
    pending: str = ""

    @property
    def is_network(self) -> bool:
        return bool(self.cidrs)

    @property
    def identity(self) -> tuple[object, ...]:
        """What makes two endpoints the same traffic (for duplicate flows)."""
        # Pending peers have no addresses yet: their names tell them apart.
        return (self.namespace, self.cidrs, self.except_cidrs, tuple(sorted(self.selector.items())), self.name if self.pending else "")

    def describe_ports(self) -> str:
        """'http (8080), metrics (9100)', or '(none)'."""
        if not self.ports:
            return "(none)"
        return ", ".join(f"{name} ({p.number}{'' if p.protocol == 'TCP' else '/' + p.protocol})" for name, p in sorted(self.ports.items()))


@runtime_checkable
class Endpoint(Protocol):
    """Anything a flow can connect: it has a read-only `endpoint`."""

    @property
    def endpoint(self) -> EndpointInfo: ...
