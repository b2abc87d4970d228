"""Flow endpoints. Anything with `peer_name`, `namespace`, `pod_selector` and `ports` can
take part in a flow: HardenedDeployment, BlueGreenService, CnpgCluster, and ExternalPeer for
what this library does not render (an ingress controller, the API server, the internet)."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from . import _validate as check
from .errors import ConfigError


@runtime_checkable
class Peer(Protocol):
    """What a flow needs to know of an endpoint.

    peer_name: used in NetworkPolicy names. namespace: where its pods run (None for a
    network outside the cluster). pod_selector: labels of its pods. ports: the container
    ports it accepts traffic on, or None when unknown (any port is accepted)."""

    peer_name: str
    namespace: str | None
    pod_selector: Mapping[str, str]
    ports: Mapping[int, str] | None


@dataclass(frozen=True)
class ExternalPeer:
    """An endpoint this app does not render. Build it with `ExternalPeer.pods` (pods in a
    namespace owned by someone else, e.g. Traefik in ingress-system) or
    `ExternalPeer.network` (an IP range: the API server, object storage, the internet)."""

    peer_name: str
    namespace: str | None = None
    pod_selector: Mapping[str, str] = field(default_factory=dict)
    cidr: str | None = None
    except_cidrs: Sequence[str] = ()
    ports: Mapping[int, str] | None = None

    @classmethod
    def pods(cls, name: str, *, namespace: str, pod_selector: Mapping[str, str] | None = None) -> "ExternalPeer":
        """Pods in a namespace this app does not manage; pod_selector default: all pods."""
        return cls(peer_name=name, namespace=namespace, pod_selector=dict(pod_selector or {}))

    @classmethod
    def network(cls, name: str, *, cidr: str, except_cidrs: Sequence[str] = ()) -> "ExternalPeer":
        """An IP range (egress destinations outside the pod network)."""
        return cls(peer_name=name, cidr=cidr, except_cidrs=tuple(except_cidrs))

    def validate(self, where: str, field_name: str) -> None:
        check.dns_label(where, f"{field_name}.peer_name", self.peer_name)
        if (self.namespace is None) == (self.cidr is None):
            raise ConfigError(where, field_name, self, "either a namespace (pods) or a cidr (network), not both or neither")
        if self.namespace is not None:
            check.dns_label(where, f"{field_name}.namespace", self.namespace)
            check.string_map(where, f"{field_name}.pod_selector", self.pod_selector)
        else:
            for value in (self.cidr, *self.except_cidrs):
                try:
                    ipaddress.ip_network(value)
                except (TypeError, ValueError):
                    raise ConfigError(where, f"{field_name}.cidr", value, "a CIDR such as '10.0.0.0/8' or '0.0.0.0/0'") from None


def peer_target(peer: Any) -> dict[str, Any]:
    """The NetworkPolicyPeer that selects this endpoint."""
    if isinstance(peer, ExternalPeer) and peer.cidr is not None:
        block: dict[str, Any] = {"cidr": peer.cidr}
        if peer.except_cidrs:
            block["except"] = list(peer.except_cidrs)
        return {"ipBlock": block}
    return {
        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": peer.namespace}},
        "podSelector": {"matchLabels": dict(peer.pod_selector)},
    }
