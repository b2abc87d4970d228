"""ZeroTrustNamespace: a namespace that enforces Pod Security 'restricted' and denies all
traffic but DNS until flows are declared (`dirtbike_constructs.allow`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .endpoint import EndpointInfo
from .errors import ConfigError
from .flows import Flow, FlowRegistry, network_peers
from .meta import attach, ManifestObject, construct_path, object_meta, recommended_labels, require_cluster_scope_allowed, all_or_nothing


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


#: Namespaces the cluster itself runs in (Kubernetes creates them; k3s runs its add-ons in
#: kube-system): a default-deny policy there cuts the cluster off from itself.
SYSTEM_NAMESPACES = frozenset({"kube-system", "kube-public", "kube-node-lease", "default"})


class ZeroTrustNamespace(Construct):
    """A Namespace with Pod Security 'restricted' enforced, audited and warned at a pinned
    version; a default-deny NetworkPolicy for ingress and egress; egress to kube-dns only;
    a LimitRange; a ResourceQuota when given.

    Flows (`dirtbike_constructs.allow`) render their egress rule into the source's namespace
    and their ingress rule into the destination's. The namespace belongs to one `boundary`
    (an environment); a flow across boundaries, or between two Apps, is refused.
    Attributes: `name`, `boundary`, `resource` (the Namespace).
    """

    @all_or_nothing
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
        boundary: str | None = None,
    ) -> None:
        """
        name: the namespace name; default: the construct id.
        part_of: app.kubernetes.io/part-of; default omitted.
        pod_security_version: the pinned Pod Security Standards version, 'v1.NN'; default
        'v1.32' (never 'latest', which would change the rules under a running cluster).
        quota: default None (no ResourceQuota). container_defaults: the LimitRange.
        dns_namespace / dns_pod_selector: where cluster DNS runs; default kube-system,
        k8s-app=kube-dns (k3s CoreDNS).
        boundary: the environment (or other isolation unit) the namespace belongs to; flows
        never cross it. Default None: the App is the boundary (every namespace of an App
        without one shares it; Apps never share one).
        """
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id)
        if name in SYSTEM_NAMESPACES:
            raise ConfigError(
                where,
                "name",
                name,
                "a namespace of your own, not one of " + ", ".join(sorted(SYSTEM_NAMESPACES)),
                f"{name} belongs to the cluster: default-deny there cuts its components off (in kube-system, CoreDNS "
                "and with it every name lookup); use PlatformNamespace for add-ons",
            )
        check.pod_security_version(where, "pod_security_version", pod_security_version)
        if part_of is not None:
            check.label_value(where, "part_of", part_of)
        check.dns_label(where, "dns_namespace", dns_namespace)
        dns_selector = check.label_map(
            where, "dns_pod_selector", dns_pod_selector if dns_pod_selector is not None else {"k8s-app": "kube-dns"}
        )
        check.instance_of(where, "container_defaults", container_defaults, ContainerDefaults, "a dirtbike_constructs.ContainerDefaults")
        for attr in ("request_cpu", "limit_cpu"):
            check.cpu_millis(where, f"container_defaults.{attr}", getattr(container_defaults, attr))
        for attr in ("request_memory", "limit_memory"):
            check.memory_bytes(where, f"container_defaults.{attr}", getattr(container_defaults, attr))
        d = container_defaults
        check.requests_within_limits(
            where,
            "container_defaults",
            ("request_cpu", d.request_cpu, "limit_cpu", d.limit_cpu),
            ("request_memory", d.request_memory, "limit_memory", d.limit_memory),
        )
        if quota is not None:
            self._validate_quota(where, quota)
        if boundary is not None:
            check.label_value(where, "boundary", boundary)
        registry = FlowRegistry.of(scope)
        if name in registry.namespaces:
            raise ConfigError(
                where, "name", name, f"a namespace not yet declared in this app; {registry.namespaces[name].node.path} declares it"
            )

        require_cluster_scope_allowed(scope, where, "Namespace")
        attach(self, scope, id, where)
        self.name: str = name
        self.boundary: str | None = boundary
        self._where = where
        self._labels = recommended_labels(name=name, instance=name, component="namespace", part_of=part_of)

        self.resource = ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "v1",
                "kind": "Namespace",
                "metadata": object_meta(
                    name,
                    None,
                    {
                        **self._labels,
                        "pod-security.kubernetes.io/enforce": "restricted",
                        "pod-security.kubernetes.io/enforce-version": pod_security_version,
                        "pod-security.kubernetes.io/audit": "restricted",
                        "pod-security.kubernetes.io/audit-version": pod_security_version,
                        "pod-security.kubernetes.io/warn": "restricted",
                        "pod-security.kubernetes.io/warn-version": pod_security_version,
                    },
                ),
            },
        )
        self._policy("default-deny", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})
        self._policy(
            "allow-dns",
            {
                "podSelector": {},
                "policyTypes": ["Egress"],
                "egress": [
                    {
                        "to": [
                            {
                                "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": dns_namespace}},
                                "podSelector": {"matchLabels": dns_selector},
                            }
                        ],
                        "ports": [{"port": 53, "protocol": "UDP"}, {"port": 53, "protocol": "TCP"}],
                    }
                ],
            },
        )
        d = container_defaults
        ManifestObject(
            self,
            "LimitRange",
            {
                "apiVersion": "v1",
                "kind": "LimitRange",
                "metadata": object_meta("container-defaults", name, self._labels),
                "spec": {
                    "limits": [
                        {
                            "type": "Container",
                            "default": {"cpu": d.limit_cpu, "memory": d.limit_memory},
                            "defaultRequest": {"cpu": d.request_cpu, "memory": d.request_memory},
                        }
                    ]
                },
            },
        )
        if quota is not None:
            hard = {
                "requests.cpu": quota.requests_cpu,
                "requests.memory": quota.requests_memory,
                "limits.cpu": quota.limits_cpu,
                "limits.memory": quota.limits_memory,
            }
            if quota.pods is not None:
                hard["pods"] = str(quota.pods)
            if quota.persistent_volume_claims is not None:
                hard["persistentvolumeclaims"] = str(quota.persistent_volume_claims)
            if quota.storage is not None:
                hard["requests.storage"] = quota.storage
            ManifestObject(
                self,
                "ResourceQuota",
                {
                    "apiVersion": "v1",
                    "kind": "ResourceQuota",
                    "metadata": object_meta("quota", name, self._labels),
                    "spec": {"hard": hard},
                },
            )
        # Flows declared before the namespace (constructs' own) render into it now.
        registry.add_namespace(self)

    def render_flow(self, flow: Flow, side: Literal["egress", "ingress"]) -> None:
        """Render one side of a flow into this namespace (called by the App's FlowRegistry,
        which has checked the flow): the egress rule of its source or the ingress rule of
        its destination. Names say what is allowed: egress-<source>-to-<destination>-<port>."""
        suffix = f"{flow.port}" if flow.protocol == "TCP" else f"{flow.port}-udp"
        ports = [{"port": flow.port, "protocol": flow.protocol}]
        if side == "egress":
            self._policy(
                f"egress-{flow.source.name}-to-{_qualified(flow.destination, self.name)}-{suffix}",
                {
                    "podSelector": {"matchLabels": dict(flow.source.selector)},
                    "policyTypes": ["Egress"],
                    "egress": [{"to": network_peers(flow.destination), "ports": ports}],
                },
            )
        else:
            self._policy(
                f"ingress-{flow.destination.name}-from-{_qualified(flow.source, self.name)}-{suffix}",
                {
                    "podSelector": {"matchLabels": dict(flow.destination.selector)},
                    "policyTypes": ["Ingress"],
                    "ingress": [{"from": network_peers(flow.source), "ports": ports}],
                },
            )

    def _policy(self, policy_name: str, spec: dict[str, Any]) -> None:
        # Peers and namespaces are DNS labels (<= 63), so the longest name stays under 253.
        ManifestObject(
            self,
            f"NetworkPolicy-{policy_name}",
            {
                "apiVersion": "networking.k8s.io/v1",
                "kind": "NetworkPolicy",
                "metadata": object_meta(policy_name, self.name, self._labels),
                "spec": spec,
            },
        )

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
        check.requests_within_limits(
            where,
            "quota",
            ("requests_cpu", quota.requests_cpu, "limits_cpu", quota.limits_cpu),
            ("requests_memory", quota.requests_memory, "limits_memory", quota.limits_memory),
        )


def _qualified(info: EndpointInfo, local_namespace: str) -> str:
    """An endpoint's name as seen from a policy in local_namespace: bare when it is local."""
    if info.namespace is None or info.namespace == local_namespace:
        return info.name
    return f"{info.namespace}.{info.name}"
