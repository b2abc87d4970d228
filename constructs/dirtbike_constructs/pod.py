"""The hardened pod every workload kind shares (Deployment, StatefulSet, Job, CronJob):
containers, volumes, the config checksum, the ServiceAccount and least-privilege Role, owned
ConfigMaps and the Service. `plan_pod` validates and builds plain data without touching jsii;
`PodPlan.render_companions` and `PodPlan.render_service` emit objects once the construct exists."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .container import ConfigFiles, Container, Port, render_container
from .endpoint import EndpointInfo, NamedPort
from .errors import ConfigError
from .meta import LABEL_INSTANCE, LABEL_NAME, LABEL_VERSION, ManifestObject, content_hash, object_meta, recommended_labels

CHECKSUM_ANNOTATION = "checksum.dirtbike.io/config"


@dataclass(frozen=True)
class Reads:
    """Read access the app needs to the Kubernetes API: `get` on the named objects only.

    kind: 'ConfigMap' or 'Secret'. names: the objects' names (no wildcards)."""

    kind: Literal["ConfigMap", "Secret"]
    names: Sequence[str]


@dataclass(frozen=True)
class ApiAccess:
    """API access beyond reading config: `verbs` on `resource` of `api_group` ('' for core),
    limited to `names` (required for every verb but `create`, which Kubernetes cannot scope
    by name). No wildcards; list and watch are never granted on Secrets."""

    api_group: str
    resource: str
    verbs: Sequence[str]
    names: Sequence[str] = ()


VERBS = ("get", "list", "watch", "create", "update", "patch", "delete")


@dataclass
class PodPlan:
    """A validated pod and what belongs to it, as plain data."""

    name: str
    namespace: str
    app: str
    labels: dict[str, str]  # recommended labels of every companion object (no version)
    pod_labels: dict[str, str]  # labels + the image version + extra pod labels
    selector: dict[str, str]
    template: dict[str, Any]
    owned: dict[str, ConfigFiles]
    grants: list[dict[str, Any]]
    exposed: list[Port]
    ports: dict[str, NamedPort]  # every container port of the main container and sidecars

    @property
    def service_name(self) -> str | None:
        """The Service's name, None when no port is exposed (no Service)."""
        return self.name if self.exposed else None

    @property
    def service_ports(self) -> dict[str, int]:
        """The Service's ports by name."""
        return {p.name: p.public_port for p in self.exposed}

    def endpoint(self, kind: str, path: str, *, accepts_connections: bool = True) -> EndpointInfo:
        """The workload as a flow endpoint: its pods (by selector) and named container ports
        (none for run-to-completion kinds, which accept no connections)."""
        return EndpointInfo(
            name=self.name,
            kind=kind,
            path=path,
            namespace=self.namespace,
            selector=dict(self.selector),
            ports=dict(self.ports) if accepts_connections else {},
        )

    def render_disruption_budget(self, scope: Construct, running: int) -> None:
        """A PodDisruptionBudget (one pod down at a time) when more than one pod runs."""
        if running > 1:
            ManifestObject(
                scope,
                "PodDisruptionBudget",
                {
                    "apiVersion": "policy/v1",
                    "kind": "PodDisruptionBudget",
                    "metadata": object_meta(self.name, self.namespace, self.labels),
                    "spec": {"maxUnavailable": 1, "selector": {"matchLabels": dict(self.selector)}},
                },
            )

    def render_companions(self, scope: Construct) -> None:
        """Owned ConfigMaps, the ServiceAccount and, with reads, the Role and RoleBinding."""
        for cfg_name in sorted(self.owned):
            ManifestObject(
                scope,
                f"ConfigMap-{cfg_name}",
                {
                    "apiVersion": "v1",
                    "kind": "ConfigMap",
                    "metadata": object_meta(f"{self.name}-{cfg_name}", self.namespace, self.labels),
                    "data": dict(sorted(self.owned[cfg_name].files.items())),
                },
            )
        ManifestObject(
            scope,
            "ServiceAccount",
            {
                "apiVersion": "v1",
                "kind": "ServiceAccount",
                "metadata": object_meta(self.name, self.namespace, self.labels),
                "automountServiceAccountToken": bool(self.grants),
            },
        )
        if self.grants:
            ManifestObject(
                scope,
                "Role",
                {
                    "apiVersion": "rbac.authorization.k8s.io/v1",
                    "kind": "Role",
                    "metadata": object_meta(self.name, self.namespace, self.labels),
                    "rules": self.grants,
                },
            )
            ManifestObject(
                scope,
                "RoleBinding",
                {
                    "apiVersion": "rbac.authorization.k8s.io/v1",
                    "kind": "RoleBinding",
                    "metadata": object_meta(self.name, self.namespace, self.labels),
                    "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": self.name},
                    "subjects": [{"kind": "ServiceAccount", "name": self.name, "namespace": self.namespace}],
                },
            )

    def render_service(
        self, scope: Construct, *, headless: bool = False, service_name: str | None = None, construct_id: str = "Service"
    ) -> None:
        if not self.exposed:
            return
        spec: dict[str, Any] = {"type": "ClusterIP"}
        if headless:
            spec["clusterIP"] = "None"
        spec["selector"] = dict(self.selector)
        spec["ports"] = [{"name": p.name, "port": p.public_port, "targetPort": p.name, "protocol": p.protocol} for p in self.exposed]
        ManifestObject(
            scope,
            construct_id,
            {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": object_meta(service_name or self.name, self.namespace, self.labels),
                "spec": spec,
            },
        )


def plan_pod(
    where: str,
    *,
    name: str,
    namespace: str,
    container: Container,
    app: str | None = None,
    component: str | None = None,
    part_of: str | None = None,
    init_containers: Sequence[Container] = (),
    sidecars: Sequence[Container] = (),
    reads: Sequence[Reads] = (),
    api_access: Sequence[ApiAccess] = (),
    pod_labels: Mapping[str, str] | None = None,
    spread: Literal["preferred", "required"] | None = "preferred",
    termination_grace_period_seconds: int = 30,
    main_needs_probes: bool = True,
    restart_policy: str | None = None,
) -> PodPlan:
    """Validate every pod-level prop and build the pod template. spread None: no topology
    spread (single-pod workloads such as Jobs)."""
    name = check.dns_label(where, "name", name)
    check.dns_label(where, "namespace", namespace)
    app = check.label_value(where, "app", app if app is not None else name)
    if component is not None:
        check.label_value(where, "component", component)
    if part_of is not None:
        check.label_value(where, "part_of", part_of)
    if spread is not None:
        check.one_of(where, "spread", spread, ("preferred", "required"))
    check.integer(where, "termination_grace_period_seconds", termination_grace_period_seconds, minimum=0, maximum=3600)
    extra_labels = check.string_map(where, "pod_labels", pod_labels or {})
    init_containers = check.sequence_of(where, "init_containers", init_containers, Container, "dirtbike_constructs.Container values")
    sidecars = check.sequence_of(where, "sidecars", sidecars, Container, "dirtbike_constructs.Container values")
    reads = check.sequence_of(where, "reads", reads, Reads, "dirtbike_constructs.Reads values")
    api_access = check.sequence_of(where, "api_access", api_access, ApiAccess, "dirtbike_constructs.ApiAccess values")

    main = render_container(where, "container", container, probes_required=main_needs_probes, config_map_prefix=name)
    rendered = [main]
    init_specs, sidecar_specs = [], []
    for c in init_containers:
        r = render_container(where, "init_containers", c, probes_required=False, config_map_prefix=name)
        rendered.append(r)
        init_specs.append(r.spec)
    for c in sidecars:
        r = render_container(where, "sidecars", c, probes_required=True, config_map_prefix=name)
        rendered.append(r)
        sidecar_specs.append(r.spec)
    check.unique(where, "container name", [container.name, *(c.name for c in init_containers), *(c.name for c in sidecars)])
    exposed = [p for c in (container, *sidecars) for p in c.ports if p.expose]
    check.unique(where, "port name", [p.name for c in (container, *sidecars) for p in c.ports])
    check.unique(where, "exposed port name", [p.name for p in exposed])
    check.unique(where, "exposed service_port", [p.public_port for p in exposed])
    grants = _validate_reads(where, reads) + _validate_access(where, api_access)

    # The version label names the running pods, so only the workload and its pod template
    # carry it: copied onto the companions, one image bump would touch every one of them.
    versioned = recommended_labels(
        name=app, instance=name, component=component, part_of=part_of, version=check.image_version(container.image)
    )
    labels = {k: v for k, v in versioned.items() if k != LABEL_VERSION}
    overlap = set(extra_labels) & set(versioned)
    if overlap:
        raise ConfigError(where, "pod_labels", sorted(overlap), "labels other than the app.kubernetes.io/* ones the construct sets")
    selector = {LABEL_NAME: app, LABEL_INSTANCE: name}

    owned: dict[str, ConfigFiles] = {}
    volumes: dict[str, Any] = {}
    annotations: dict[str, str] = {}
    fingerprints: list[str] = []
    for r in rendered:
        for cfg in r.owned_config:
            previous = owned.get(cfg.name)
            if previous is not None and dict(previous.files) != dict(cfg.files):
                raise ConfigError(where, "ConfigFiles.name", cfg.name, "one content per name", "give different files different names")
            owned[cfg.name] = cfg
        for vol_name, vol in r.volumes.items():
            if vol_name in volumes and volumes[vol_name] != vol:
                raise ConfigError(
                    where, "volume", vol_name, "one definition per volume name", "use the same mount settings in every container"
                )
            volumes[vol_name] = vol
        annotations.update(r.annotations)
        fingerprints.extend(r.fingerprints)
    annotations[CHECKSUM_ANNOTATION] = content_hash(
        {k: dict(sorted(v.files.items())) for k, v in sorted(owned.items())}, sorted(fingerprints)
    )

    pod_spec: dict[str, Any] = {
        "serviceAccountName": name,
        "automountServiceAccountToken": bool(grants),
        "enableServiceLinks": False,
        "securityContext": {
            "runAsNonRoot": True,
            "runAsUser": container.run_as_user,
            "runAsGroup": container.run_as_group,
            "fsGroup": container.run_as_group,
            "fsGroupChangePolicy": "OnRootMismatch",
            "seccompProfile": {"type": "RuntimeDefault"},
        },
    }
    if restart_policy is not None:
        pod_spec["restartPolicy"] = restart_policy
    if init_specs:
        pod_spec["initContainers"] = init_specs
    pod_spec["containers"] = [main.spec, *sidecar_specs]
    if volumes:
        pod_spec["volumes"] = [volumes[k] for k in sorted(volumes)]
    if spread is not None:
        pod_spec["topologySpreadConstraints"] = [
            {
                "maxSkew": 1,
                "topologyKey": "kubernetes.io/hostname",
                "whenUnsatisfiable": "DoNotSchedule" if spread == "required" else "ScheduleAnyway",
                "labelSelector": {"matchLabels": dict(selector)},
            }
        ]
    pod_spec["terminationGracePeriodSeconds"] = termination_grace_period_seconds
    all_pod_labels = {**versioned, **extra_labels}
    return PodPlan(
        name=name,
        namespace=namespace,
        app=app,
        labels=labels,
        pod_labels=all_pod_labels,
        selector=selector,
        template={"metadata": {"labels": all_pod_labels, "annotations": dict(sorted(annotations.items()))}, "spec": pod_spec},
        owned=owned,
        grants=grants,
        exposed=exposed,
        ports={p.name: NamedPort(p.container_port, p.protocol) for c in (container, *sidecars) for p in c.ports},
    )


def _validate_reads(where: str, reads: Sequence[Reads]) -> list[dict[str, Any]]:
    resource_of = {"ConfigMap": "configmaps", "Secret": "secrets"}
    rules = []
    for i, grant in enumerate(reads):
        check.instance_of(where, f"reads[{i}]", grant, Reads, "dirtbike_constructs.Reads values")
        check.one_of(where, f"reads[{i}].kind", grant.kind, tuple(resource_of))
        if isinstance(grant.names, str) or not grant.names:
            raise ConfigError(where, f"reads[{i}].names", grant.names, "a non-empty sequence of object names (no wildcards)")
        for object_name in grant.names:
            check.dns_label(where, f"reads[{i}].names", object_name, max_length=253)
        check.unique(where, f"reads[{i}].names", grant.names)
        rules.append({"apiGroups": [""], "resources": [resource_of[grant.kind]], "resourceNames": sorted(grant.names), "verbs": ["get"]})
    return rules


def _validate_access(where: str, access: Sequence[ApiAccess]) -> list[dict[str, Any]]:
    rules = []
    for i, grant in enumerate(access):
        field_name = f"api_access[{i}]"
        check.instance_of(where, field_name, grant, ApiAccess, "dirtbike_constructs.ApiAccess values")
        if not isinstance(grant.api_group, str) or "*" in grant.api_group:
            raise ConfigError(where, f"{field_name}.api_group", grant.api_group, "an API group name ('' for core), no wildcard")
        check.dns_label(where, f"{field_name}.resource", grant.resource)
        if isinstance(grant.verbs, str) or not grant.verbs:
            raise ConfigError(where, f"{field_name}.verbs", grant.verbs, "a non-empty sequence of verbs")
        for verb in grant.verbs:
            check.one_of(where, f"{field_name}.verbs", verb, VERBS)
        if grant.resource == "secrets" and {"list", "watch"} & set(grant.verbs):
            raise ConfigError(
                where, f"{field_name}.verbs", list(grant.verbs), "no list or watch on Secrets (they would expose every Secret)"
            )
        named = [v for v in grant.verbs if v != "create"]
        if named and not grant.names:
            raise ConfigError(where, f"{field_name}.names", grant.names, f"the object names {', '.join(named)} applies to")
        for object_name in grant.names:
            check.dns_label(where, f"{field_name}.names", object_name, max_length=253)
        if named:
            rules.append(
                {
                    "apiGroups": [grant.api_group],
                    "resources": [grant.resource],
                    "resourceNames": sorted(grant.names),
                    "verbs": sorted(named),
                }
            )
        if "create" in grant.verbs:
            rules.append({"apiGroups": [grant.api_group], "resources": [grant.resource], "verbs": ["create"]})
    return rules
