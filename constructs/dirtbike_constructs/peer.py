"""ExternalPeer: a flow endpoint this app does not render (an ingress controller, Prometheus,
an operator, the API server, object storage, the internet), and the common ones as values."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from . import _validate as check
from .endpoint import EndpointInfo, NamedPort
from .errors import ConfigError

PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")


@dataclass(frozen=True)
class ExternalPeer:
    """An endpoint others run. Build it with `ExternalPeer.pods` (pods in a namespace this app
    does not manage), `ExternalPeer.network` (IP ranges outside the pod network) or
    `ExternalPeer.pending` (an endpoint whose addresses an operator has yet to supply).

    name: used in NetworkPolicy names. namespace and selector: where its pods run and their
    labels (selector default: every pod of the namespace). cidrs / except_cidrs: the address
    ranges of a network. ports: the ports it is known to listen on, by name (flows to an
    external peer may also give a number). missing: what is missing and how to supply it
    (only for `ExternalPeer.pending`, whose addresses are not known yet). Checked when it is
    made: a bad value raises ConfigError."""

    name: str
    namespace: str | None = None
    selector: Mapping[str, str] = field(default_factory=dict)
    cidrs: tuple[str, ...] = ()
    except_cidrs: tuple[str, ...] = ()
    ports: Mapping[str, int | NamedPort] = field(default_factory=dict)
    missing: str = ""

    @classmethod
    def pods(
        cls, name: str, *, namespace: str, selector: Mapping[str, str] | None = None, ports: Mapping[str, int | NamedPort] | None = None
    ) -> ExternalPeer:
        """Pods in a namespace this app does not manage; selector default: all its pods."""
        return cls(name=name, namespace=namespace, selector=dict(selector or {}), ports=dict(ports or {}))

    @classmethod
    def network(
        cls, name: str, *, cidr: str | Sequence[str], except_cidrs: Sequence[str] = (), ports: Mapping[str, int | NamedPort] | None = None
    ) -> ExternalPeer:
        """One or more IP ranges (egress destinations or ingress sources outside the pods)."""
        cidrs = (cidr,) if isinstance(cidr, str) else tuple(cidr)
        return cls(name=name, cidrs=cidrs, except_cidrs=tuple(except_cidrs), ports=dict(ports or {}))

    @classmethod
    def pending(cls, name: str, *, missing: str, ports: Mapping[str, int | NamedPort] | None = None) -> ExternalPeer:
        """An endpoint whose addresses are not known yet (an operator's value still to be set).

        Flows to or from it are declared, checked and reported (`Flow.pending`, the flow
        report) but render no NetworkPolicy rule, so the traffic stays denied until the value
        is supplied: a rule without addresses would allow every destination instead.
        missing: what is missing and how to supply it, shown wherever the flow is reported."""
        return cls(name=name, ports=dict(ports or {}), missing=missing)

    def __post_init__(self) -> None:
        where = f"ExternalPeer {self.name!r}"
        check.dns_label(where, "name", self.name)
        if self.missing:
            check.non_empty_text(where, "missing", self.missing)
            if self.namespace is not None or self.cidrs or self.except_cidrs or self.selector:
                raise ConfigError(
                    where,
                    "missing",
                    self.missing,
                    "no namespace, selector or cidr on a pending peer",
                    "use ExternalPeer.network or ExternalPeer.pods once the addresses are known",
                )
        elif (self.namespace is None) == (not self.cidrs):
            raise ConfigError(
                where, "namespace/cidr", (self.namespace, self.cidrs), "either a namespace (pods) or a cidr (network), not both or neither"
            )
        if self.namespace is not None:
            check.dns_label(where, "namespace", self.namespace)
            check.label_map(where, "selector", self.selector)
        networks = []
        for value in self.cidrs:
            networks.append(_network(where, "cidr", value))
        for value in self.except_cidrs:
            inner = _network(where, "except_cidrs", value)
            if not any(_inside(inner, outer) for outer in networks):
                raise ConfigError(where, "except_cidrs", value, "a range inside one of the cidrs")
        for port_name, port in self.ports.items():
            if not isinstance(port_name, str) or not port_name:
                raise ConfigError(where, "ports", port_name, "port names (strings) mapped to numbers")
            number = port.number if isinstance(port, NamedPort) else port
            check.port(where, f"ports[{port_name!r}]", number)

    @property
    def endpoint(self) -> EndpointInfo:
        ports = {name: p if isinstance(p, NamedPort) else NamedPort(p) for name, p in self.ports.items()}
        return EndpointInfo(
            name=self.name,
            kind="ExternalPeer",
            path="",
            namespace=self.namespace,
            selector=dict(self.selector),
            ports=ports,
            cidrs=self.cidrs,
            except_cidrs=self.except_cidrs,
            external=True,
            pending=self.missing,
        )


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _network(where: str, field_name: str, value: object) -> Network:
    try:
        if isinstance(value, str):
            return ipaddress.ip_network(value)
    except ValueError:
        pass
    raise ConfigError(where, field_name, value, "a CIDR such as '10.0.0.0/8' or '0.0.0.0/0'")


def _inside(inner: Network, outer: Network) -> bool:
    return (
        inner.version == outer.version
        and int(outer.network_address) <= int(inner.network_address)
        and int(inner.broadcast_address) <= int(outer.broadcast_address)
    )


#: Prometheus of kube-prometheus-stack installed in `monitoring` (its pods carry
#: app.kubernetes.io/name=prometheus). The default scraper of PodMetrics and CnpgCluster.
PROMETHEUS = ExternalPeer.pods("prometheus", namespace="monitoring", selector={"app.kubernetes.io/name": "prometheus"})

#: Public addresses only (private ranges excluded, so nothing in the cluster or the LAN is
#: reachable by IP through it); 'https' is 443. The default object store of CnpgCluster.
INTERNET = ExternalPeer.network("internet", cidr="0.0.0.0/0", except_cidrs=PRIVATE_RANGES, ports={"https": 443})
