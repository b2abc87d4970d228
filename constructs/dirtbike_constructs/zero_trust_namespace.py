"""ZeroTrustNamespace: a namespace that enforces Pod Security 'restricted' and denies all
traffic but DNS until flows are declared with `allow`."""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import attach, ManifestObject, construct_path, object_meta, recommended_labels, require_cluster_scope_allowed
from .peer import ExternalPeer, Peer, peer_target

POD_SECURITY_VERSION = re.compile(r"^v1\.[0-9]{2}$")
# One registry per construct tree (keyed by its root App), so flows can find the namespace
# construct on either side by namespace name.
_REGISTRY: "weakref.WeakKeyDictionary[Any, dict[str, ZeroTrustNamespace]]" = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Quota:
    """A ResourceQuota for the namespace: totals of requests and limits; pods,
    persistent_volume_claims and storage (total requested) are optional caps."""

    requests_cpu: str
    requests_memory: str
    limits_cpu: str
    limits_memory: str
    pods: int | None = None
    persistent_volume_claims: int | None = None
    storage: str | None = None


@dataclass(frozen=True)
class ContainerDefaults:
    """The LimitRange: what a container gets when it states nothing (the constructs always
    state requests and limits; this guards objects made by hand or by operators).

    Defaults: request 50m / 64Mi, limit 500m / 512Mi."""

    request_cpu: str = "50m"
    request_memory: str = "64Mi"
    limit_cpu: str = "500m"
    limit_memory: str = "512Mi"


@dataclass(frozen=True)
class Flow:
    source: Any
    destination: Any
    port: int
    protocol: str

    @property
    def key(self) -> tuple[Any, ...]:
        return (_peer_key(self.source), _peer_key(self.destination), self.port, self.protocol)


def _peer_key(peer: Any) -> tuple[Any, ...]:
    return (peer.namespace, getattr(peer, "cidr", None), tuple(sorted(peer.pod_selector.items())), peer.peer_name)


class ZeroTrustNamespace(Construct):
    """A Namespace with Pod Security 'restricted' enforced, audited and warned at a pinned
    version; a default-deny NetworkPolicy for ingress and egress; egress to kube-dns only;
    a LimitRange; a ResourceQuota when given.

    `allow(source, destination, port)` declares a flow and renders the egress rule in the
    source's namespace and the ingress rule in the destination's namespace (whichever of the
    two are ZeroTrustNamespaces of this app). Attributes: `name`, `flows`, `resource` (the Namespace).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str | None = None,
        part_of: str | None = None,
        pod_security_version: str = "v1.32",
        quota: Quota | None = None,
        container_defaults: ContainerDefaults = ContainerDefaults(),
        dns_namespace: str = "kube-system",
        dns_pod_selector: dict[str, str] | None = None,
    ) -> None:
        """
        name: the namespace name; default: the construct id.
        part_of: app.kubernetes.io/part-of; default omitted.
        pod_security_version: the pinned Pod Security Standards version, 'v1.NN'; default
        'v1.32' (never 'latest', which would change the rules under a running cluster).
        quota: default None (no ResourceQuota). container_defaults: the LimitRange.
        dns_namespace / dns_pod_selector: where cluster DNS runs; default kube-system,
        k8s-app=kube-dns (k3s CoreDNS).
        """
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id)
        if not isinstance(pod_security_version, str) or not POD_SECURITY_VERSION.match(pod_security_version):
            raise ConfigError(where, "pod_security_version", pod_security_version, "a pinned version such as 'v1.32' ('latest' is not pinned)")
        if part_of is not None:
            check.label_value(where, "part_of", part_of)
        check.dns_label(where, "dns_namespace", dns_namespace)
        dns_selector = check.string_map(where, "dns_pod_selector", dns_pod_selector if dns_pod_selector is not None else {"k8s-app": "kube-dns"})
        check.instance_of(where, "container_defaults", container_defaults, ContainerDefaults, "a dirtbike_constructs.ContainerDefaults")
        for attr in ("request_cpu", "limit_cpu"):
            check.cpu_millis(where, f"container_defaults.{attr}", getattr(container_defaults, attr))
        for attr in ("request_memory", "limit_memory"):
            check.memory_bytes(where, f"container_defaults.{attr}", getattr(container_defaults, attr))
        if quota is not None:
            self._validate_quota(where, quota)
        root = scope.node.root
        registry = _REGISTRY.setdefault(root, {})
        if name in registry:
            raise ConfigError(where, "name", name, "a namespace not yet declared in this app")

        require_cluster_scope_allowed(scope, where, "Namespace")
        attach(self, scope, id, where)
        registry[name] = self
        self.name = name
        self._where = where
        self.flows: list[Flow] = []
        self._labels = recommended_labels(name=name, instance=name, component="namespace", part_of=part_of)

        self.resource = ManifestObject(self, "Resource", {
            "apiVersion": "v1", "kind": "Namespace",
            "metadata": object_meta(name, None, {
                **self._labels,
                "pod-security.kubernetes.io/enforce": "restricted",
                "pod-security.kubernetes.io/enforce-version": pod_security_version,
                "pod-security.kubernetes.io/audit": "restricted",
                "pod-security.kubernetes.io/audit-version": pod_security_version,
                "pod-security.kubernetes.io/warn": "restricted",
                "pod-security.kubernetes.io/warn-version": pod_security_version,
            }),
        })
        self._policy("default-deny", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})
        self._policy("allow-dns", {
            "podSelector": {},
            "policyTypes": ["Egress"],
            "egress": [{
                "to": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": dns_namespace}},
                        "podSelector": {"matchLabels": dns_selector}}],
                "ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}],
            }],
        })
        d = container_defaults
        ManifestObject(self, "LimitRange", {
            "apiVersion": "v1", "kind": "LimitRange",
            "metadata": object_meta("container-defaults", name, self._labels),
            "spec": {"limits": [{
                "type": "Container",
                "default": {"cpu": d.limit_cpu, "memory": d.limit_memory},
                "defaultRequest": {"cpu": d.request_cpu, "memory": d.request_memory},
            }]},
        })
        if quota is not None:
            hard = {
                "requests.cpu": quota.requests_cpu, "requests.memory": quota.requests_memory,
                "limits.cpu": quota.limits_cpu, "limits.memory": quota.limits_memory,
            }
            if quota.pods is not None:
                hard["pods"] = str(quota.pods)
            if quota.persistent_volume_claims is not None:
                hard["persistentvolumeclaims"] = str(quota.persistent_volume_claims)
            if quota.storage is not None:
                hard["requests.storage"] = quota.storage
            ManifestObject(self, "ResourceQuota", {
                "apiVersion": "v1", "kind": "ResourceQuota",
                "metadata": object_meta("quota", name, self._labels),
                "spec": {"hard": hard},
            })

    def allow(self, source: Peer, destination: Peer, port: int, *, protocol: Literal["TCP", "UDP"] = "TCP") -> Flow:
        """Allow `source` to open connections to `destination` on container port `port`.

        Renders an egress NetworkPolicy in the source's namespace and an ingress one in the
        destination's, for each side that is a ZeroTrustNamespace of this app. At least one
        side must be. Raises ConfigError for an unknown peer, a port the destination does
        not listen on, or a flow declared twice."""
        where = f"{self._where}.allow"
        registry = _REGISTRY[self.node.root]
        sides = []
        for label, peer in (("source", source), ("destination", destination)):
            if not isinstance(peer, Peer):
                raise ConfigError(where, label, peer, "a HardenedDeployment, BlueGreenService, CnpgCluster or ExternalPeer")
            if isinstance(peer, ExternalPeer):
                peer.validate(where, label)
                sides.append(None)
                continue
            if peer.namespace not in registry:
                raise ConfigError(
                    where, label, f"{peer.peer_name} in namespace {peer.namespace!r}",
                    "a workload in a ZeroTrustNamespace of this app (declared: " + ", ".join(sorted(registry)) + ")",
                    "declare its namespace as a ZeroTrustNamespace, or use ExternalPeer for workloads others run",
                )
            sides.append(registry[peer.namespace])
        if sides == [None, None]:
            raise ConfigError(where, "source/destination", (source.peer_name, destination.peer_name), "at least one side in a ZeroTrustNamespace of this app")
        if isinstance(source, ExternalPeer) and source.cidr is not None and sides[1] is None:
            raise ConfigError(where, "source", source.peer_name, "a network source only towards a workload of this app")
        check.port(where, "port", port)
        check.one_of(where, "protocol", protocol, ("TCP", "UDP"))
        if destination.ports is not None and port not in destination.ports:
            raise ConfigError(
                where, "port", port,
                f"a port {destination.peer_name} listens on: " + ", ".join(str(p) for p in sorted(destination.ports)),
            )
        flow = Flow(source, destination, port, protocol)
        for ns in {id(s): s for s in sides if s is not None}.values():
            if any(existing.key == flow.key for existing in ns.flows):
                raise ConfigError(where, "flow", f"{source.peer_name} -> {destination.peer_name}:{port}/{protocol}", "each flow once", "remove the duplicate allow()")
        suffix = f"{port}" if protocol == "TCP" else f"{port}-udp"
        source_ns, destination_ns = sides
        if source_ns is not None:
            target = _qualified(destination, source_ns.name)
            source_ns.flows.append(flow)
            source_ns._policy(f"egress-{source.peer_name}-to-{target}-{suffix}", {
                "podSelector": {"matchLabels": dict(source.pod_selector)},
                "policyTypes": ["Egress"],
                "egress": [{"to": [peer_target(destination)], "ports": [{"port": port, "protocol": protocol}]}],
            })
        if destination_ns is not None:
            origin = _qualified(source, destination_ns.name)
            if destination_ns is not source_ns:
                destination_ns.flows.append(flow)
            destination_ns._policy(f"ingress-{destination.peer_name}-from-{origin}-{suffix}", {
                "podSelector": {"matchLabels": dict(destination.pod_selector)},
                "policyTypes": ["Ingress"],
                "ingress": [{"from": [peer_target(source)], "ports": [{"port": port, "protocol": protocol}]}],
            })
        return flow

    def _policy(self, policy_name: str, spec: dict[str, Any]) -> None:
        # Peers and namespaces are DNS labels (<= 63), so the longest name stays under 253.
        ManifestObject(self, f"NetworkPolicy-{policy_name}", {
            "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
            "metadata": object_meta(policy_name, self.name, self._labels),
            "spec": spec,
        })

    @staticmethod
    def _validate_quota(where: str, quota: Quota) -> None:
        check.instance_of(where, "quota", quota, Quota, "a dirtbike_constructs.Quota or None")
        check.cpu_millis(where, "quota.requests_cpu", quota.requests_cpu)
        check.cpu_millis(where, "quota.limits_cpu", quota.limits_cpu)
        check.memory_bytes(where, "quota.requests_memory", quota.requests_memory)
        check.memory_bytes(where, "quota.limits_memory", quota.limits_memory)
        for attr in ("pods", "persistent_volume_claims"):
            if getattr(quota, attr) is not None:
                check.integer(where, f"quota.{attr}", getattr(quota, attr), minimum=1)
        if quota.storage is not None:
            check.memory_bytes(where, "quota.storage", quota.storage)


def _qualified(peer: Any, local_namespace: str) -> str:
    """A peer's name as seen from a policy in local_namespace: bare when it is local."""
    if peer.namespace is None or peer.namespace == local_namespace:
        return peer.peer_name
    return f"{peer.namespace}.{peer.peer_name}"
