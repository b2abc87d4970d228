"""The hardened pod every workload kind shares (Deployment, StatefulSet, Job, CronJob):
containers, volumes, the config checksum, the ServiceAccount and least-privilege Role, owned
ConfigMaps and the Service. `plan_pod` validates every `PodProps` field and builds plain data
without touching jsii;
`PodPlan.render_companions` and `PodPlan.render_service` emit objects once the construct exists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from constructs import Construct

from . import _validate as check
from .container import ConfigFiles, Container, Port, render_container
from .endpoint import EndpointInfo, NamedPort
from .errors import ConfigError
from .invariants import API_ROLE_ANNOTATION, EXTERNAL_SERVICE_ALLOWED, EXTERNAL_SERVICE_ANNOTATION, EXTERNAL_SERVICE_FIX
from .pod_props import Affinity, ApiAccess, NodeRequirement, NodeTerm, PodProps, PodTerm, Reads, Toleration
from .meta import LABEL_INSTANCE, LABEL_NAME, LABEL_VERSION, ManifestObject, content_hash, object_meta, recommended_labels

CHECKSUM_ANNOTATION = "checksum.dirtbike.io/config"


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
    annotations: dict[str, str]  # the workload object's own (PodProps.annotations)
    service_type: str
    external_service_reason: str | None

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
        """The Service of the exposed ports (of `service_type`), or the headless governing one."""
        if not self.exposed:
            return
        spec: dict[str, Any] = {"type": "ClusterIP" if headless else self.service_type}
        if headless:
            spec["clusterIP"] = "None"
        spec["selector"] = dict(self.selector)
        spec["ports"] = [{"name": p.name, "port": p.public_port, "targetPort": p.name, "protocol": p.protocol} for p in self.exposed]
        annotations = None
        if not headless and self.external_service_reason is not None:
            annotations = {EXTERNAL_SERVICE_ANNOTATION: self.external_service_reason}
        ManifestObject(
            scope,
            construct_id,
            {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": object_meta(service_name or self.name, self.namespace, self.labels, annotations),
                "spec": spec,
            },
        )

    def workload_meta(self) -> dict[str, Any]:
        """The workload object's metadata: its name, namespace, the pod labels and `annotations`."""
        return object_meta(self.name, self.namespace, self.pod_labels, self.annotations)


#: Annotation keys under these domains are the constructs' own (checksums, security reasons).
RESERVED_ANNOTATION_DOMAIN = "dirtbike.io"
SERVICE_TYPES = ("ClusterIP", "NodePort", "LoadBalancer")
TOLERATION_EFFECTS = ("NoSchedule", "PreferNoSchedule", "NoExecute")
NODE_OPERATORS = ("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt")


def plan_pod(
    where: str,
    props: PodProps,
    *,
    default_name: str,
    main_needs_probes: bool = True,
    restart_policy: str | None = None,
    native_sidecars: bool = False,
) -> PodPlan:
    """Validate every pod-level prop of `props` and build the pod template, touching nothing.

    default_name: the name when props.name is None (the construct id). native_sidecars:
    sidecars run as init containers with restartPolicy Always (a Job: they stop when the main
    container ends)."""
    check.instance_of(where, "props", props, PodProps, "a dirtbike_constructs.PodProps")
    name = check.dns_label(where, "name", props.name if props.name is not None else default_name)
    namespace = check.dns_label(where, "namespace", props.namespace)
    app = check.label_value(where, "app", props.app if props.app is not None else name)
    component, part_of = props.component, props.part_of
    if component is not None:
        check.label_value(where, "component", component)
    if part_of is not None:
        check.label_value(where, "part_of", part_of)
    spread = check.one_of(where, "spread", props.spread, ("preferred", "required", None))
    grace = check.integer(where, "termination_grace_period_seconds", props.termination_grace_period_seconds, minimum=0, maximum=3600)
    container = check.instance_of(where, "container", props.container, Container, "a dirtbike_constructs.Container")
    extra_labels = check.label_map(where, "pod_labels", props.pod_labels)
    pod_annotations = _annotations(where, "pod_annotations", props.pod_annotations)
    workload_annotations = _annotations(where, "annotations", props.annotations)
    init_containers = check.sequence_of(where, "init_containers", props.init_containers, Container, "dirtbike_constructs.Container values")
    sidecars = check.sequence_of(where, "sidecars", props.sidecars, Container, "dirtbike_constructs.Container values")
    reads = check.sequence_of(where, "reads", props.reads, Reads, "dirtbike_constructs.Reads values")
    api_access = check.sequence_of(where, "api_access", props.api_access, ApiAccess, "dirtbike_constructs.ApiAccess values")
    scheduling = _scheduling(where, props)
    service_type, reason = service_exposure(where, props)

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
        sidecar_specs.append({**r.spec, "restartPolicy": "Always"} if native_sidecars else r.spec)
    check.unique(where, "container name", [container.name, *(c.name for c in init_containers), *(c.name for c in sidecars)])
    exposed = [p for c in (container, *sidecars) for p in c.ports if p.expose]
    check.unique(where, "port name", [p.name for c in (container, *sidecars) for p in c.ports])
    check.unique(where, "exposed port name", [p.name for p in exposed])
    check.unique(where, "exposed service_port", [p.public_port for p in exposed])
    if service_type != "ClusterIP" and not exposed:
        raise ConfigError(
            where, "service_type", service_type, "'ClusterIP' when no port is exposed (there is no Service)", "expose a port or drop it"
        )
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
    if grants:  # the token is mounted for this Role: the cluster's pod-token rule reads it
        annotations[API_ROLE_ANNOTATION] = name
    annotations.update(pod_annotations)

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
    if native_sidecars:
        init_specs = [*init_specs, *sidecar_specs]
        sidecar_specs = []
    if init_specs:
        pod_spec["initContainers"] = init_specs
    pod_spec["containers"] = [main.spec, *sidecar_specs]
    if volumes:
        pod_spec["volumes"] = [volumes[k] for k in sorted(volumes)]
    pod_spec.update(scheduling)
    if spread is not None:
        pod_spec["topologySpreadConstraints"] = [
            {
                "maxSkew": 1,
                "topologyKey": "kubernetes.io/hostname",
                "whenUnsatisfiable": "DoNotSchedule" if spread == "required" else "ScheduleAnyway",
                "labelSelector": {"matchLabels": dict(selector)},
            }
        ]
    if props.priority_class_name is not None:
        pod_spec["priorityClassName"] = props.priority_class_name
    if props.image_pull_secrets:
        pod_spec["imagePullSecrets"] = [{"name": s} for s in props.image_pull_secrets]
    pod_spec["terminationGracePeriodSeconds"] = grace
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
        annotations=workload_annotations,
        service_type=service_type,
        external_service_reason=reason,
    )


def service_exposure(where: str, props: PodProps) -> tuple[str, str | None]:
    """The validated service_type and external_service_reason: a Service reached from outside
    the cluster without Traefik is a relaxation, so it needs its reason."""
    service_type = check.one_of(where, "service_type", props.service_type, SERVICE_TYPES)
    reason = props.external_service_reason
    if service_type != "ClusterIP":
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(
                where,
                "external_service_reason",
                reason,
                f"{EXTERNAL_SERVICE_ALLOWED} (service_type={service_type!r})",
                EXTERNAL_SERVICE_FIX,
            )
        return service_type, reason
    if reason is not None:
        raise ConfigError(
            where,
            "external_service_reason",
            reason,
            "None while service_type is 'ClusterIP' (nothing is exposed outside the cluster)",
            "remove it, or set service_type='NodePort' or 'LoadBalancer'",
        )
    return service_type, None


def _annotations(where: str, field: str, value: Any) -> dict[str, str]:
    """Annotations the user adds: qualified keys, none in the constructs' own dirtbike.io domains."""
    annotations = check.annotation_map(where, field, value)
    for key in annotations:
        domain = key.rpartition("/")[0]
        if domain == RESERVED_ANNOTATION_DOMAIN or domain.endswith("." + RESERVED_ANNOTATION_DOMAIN):
            raise ConfigError(
                where,
                f"{field} key",
                key,
                f"a key outside {RESERVED_ANNOTATION_DOMAIN} and its subdomains (the constructs write those)",
                "use your own domain, e.g. 'example.org/owner'",
            )
    return annotations


def _scheduling(where: str, props: PodProps) -> dict[str, Any]:
    """nodeSelector, affinity and tolerations, validated, as pod spec fields (only those set)."""
    spec: dict[str, Any] = {}
    node_selector = check.label_map(where, "node_selector", props.node_selector)
    if node_selector:
        spec["nodeSelector"] = node_selector
    if props.affinity is not None:
        affinity = check.instance_of(where, "affinity", props.affinity, Affinity, "a dirtbike_constructs.Affinity or None")
        rendered = _affinity(where, affinity)
        if rendered:
            spec["affinity"] = rendered
    tolerations = check.sequence_of(where, "tolerations", props.tolerations, Toleration, "dirtbike_constructs.Toleration values")
    if tolerations:
        spec["tolerations"] = [_toleration(where, f"tolerations[{i}]", t) for i, t in enumerate(tolerations)]
    secrets = check.sequence_of(where, "image_pull_secrets", props.image_pull_secrets, str, "Secret names (strings)")
    for secret in secrets:
        check.dns_subdomain(where, "image_pull_secrets", secret)
    check.unique(where, "image_pull_secrets", secrets)
    priority = props.priority_class_name
    if priority is not None:
        check.dns_subdomain(where, "priority_class_name", priority)
        if priority.startswith("system-"):
            raise ConfigError(
                where,
                "priority_class_name",
                priority,
                "a PriorityClass of your own: the API server admits the system-* classes only in kube-system",
                "create a PriorityClass (e.g. 'high') and name it here",
            )
    return spec


def _toleration(where: str, field: str, t: Toleration) -> dict[str, Any]:
    check.qualified_name(where, f"{field}.key", t.key)
    check.one_of(where, f"{field}.operator", t.operator, ("Equal", "Exists"))
    rendered: dict[str, Any] = {"key": t.key, "operator": t.operator}
    if t.operator == "Exists":
        if t.value is not None:
            raise ConfigError(where, f"{field}.value", t.value, "None with operator 'Exists' (any value matches)", "drop the value")
    elif t.value is not None:
        rendered["value"] = check.label_value(where, f"{field}.value", t.value)
    if t.effect is not None:
        rendered["effect"] = check.one_of(where, f"{field}.effect", t.effect, TOLERATION_EFFECTS)
    if t.toleration_seconds is not None:
        if t.effect != "NoExecute":
            raise ConfigError(
                where,
                f"{field}.toleration_seconds",
                t.toleration_seconds,
                "None unless effect is 'NoExecute' (only a NoExecute taint evicts)",
                "set effect='NoExecute' or drop toleration_seconds",
            )
        rendered["tolerationSeconds"] = check.integer(where, f"{field}.toleration_seconds", t.toleration_seconds, minimum=0)
    return rendered


def _weight(where: str, field: str, weight: Any) -> int | None:
    if weight is None:
        return None
    return check.integer(where, f"{field}.weight", weight, minimum=1, maximum=100)


def _affinity(where: str, affinity: Affinity) -> dict[str, Any]:
    rendered: dict[str, Any] = {}
    nodes = check.sequence_of(where, "affinity.nodes", affinity.nodes, NodeTerm, "dirtbike_constructs.NodeTerm values")
    required_terms, preferred_terms = [], []
    for i, term in enumerate(nodes):
        here = f"affinity.nodes[{i}]"
        requirements = check.sequence_of(where, f"{here}.match", term.match, NodeRequirement, "dirtbike_constructs.NodeRequirement values")
        if not requirements:
            raise ConfigError(where, f"{here}.match", term.match, "at least one NodeRequirement (an empty term matches no node)")
        expressions = [_node_requirement(where, f"{here}.match[{j}]", r) for j, r in enumerate(requirements)]
        weight = _weight(where, here, term.weight)
        if weight is None:
            required_terms.append({"matchExpressions": expressions})
        else:
            preferred_terms.append({"weight": weight, "preference": {"matchExpressions": expressions}})
    node_affinity: dict[str, Any] = {}
    if required_terms:
        node_affinity["requiredDuringSchedulingIgnoredDuringExecution"] = {"nodeSelectorTerms": required_terms}
    if preferred_terms:
        node_affinity["preferredDuringSchedulingIgnoredDuringExecution"] = preferred_terms
    if node_affinity:
        rendered["nodeAffinity"] = node_affinity
    for attr, key in (("near", "podAffinity"), ("apart", "podAntiAffinity")):
        terms = check.sequence_of(where, f"affinity.{attr}", getattr(affinity, attr), PodTerm, "dirtbike_constructs.PodTerm values")
        required, preferred = [], []
        for i, pod_term in enumerate(terms):
            here = f"affinity.{attr}[{i}]"
            match = check.label_map(where, f"{here}.match_labels", pod_term.match_labels)
            if not match:
                raise ConfigError(where, f"{here}.match_labels", match, "at least one label (an empty selector matches every pod)")
            term_spec: dict[str, Any] = {
                "labelSelector": {"matchLabels": match},
                "topologyKey": check.qualified_name(where, f"{here}.topology_key", pod_term.topology_key),
            }
            namespaces = check.sequence_of(where, f"{here}.namespaces", pod_term.namespaces, str, "namespace names (strings)")
            for ns in namespaces:
                check.dns_label(where, f"{here}.namespaces", ns)
            if namespaces:
                term_spec["namespaces"] = sorted(set(namespaces))
            weight = _weight(where, here, pod_term.weight)
            if weight is None:
                required.append(term_spec)
            else:
                preferred.append({"weight": weight, "podAffinityTerm": term_spec})
        section: dict[str, Any] = {}
        if required:
            section["requiredDuringSchedulingIgnoredDuringExecution"] = required
        if preferred:
            section["preferredDuringSchedulingIgnoredDuringExecution"] = preferred
        if section:
            rendered[key] = section
    return rendered


def _node_requirement(where: str, field: str, r: NodeRequirement) -> dict[str, Any]:
    check.instance_of(where, field, r, NodeRequirement, "a dirtbike_constructs.NodeRequirement")
    check.qualified_name(where, f"{field}.key", r.key)
    check.one_of(where, f"{field}.operator", r.operator, NODE_OPERATORS)
    values = check.sequence_of(where, f"{field}.values", r.values, str, "label values (strings)")
    if r.operator in ("In", "NotIn") and not values:
        raise ConfigError(where, f"{field}.values", r.values, f"at least one value with operator {r.operator!r}")
    if r.operator in ("Exists", "DoesNotExist") and values:
        raise ConfigError(where, f"{field}.values", r.values, f"no values with operator {r.operator!r}", "drop the values")
    if r.operator in ("Gt", "Lt") and (len(values) != 1 or not values[0].lstrip("-").isdigit()):
        raise ConfigError(where, f"{field}.values", r.values, f"exactly one integer value with operator {r.operator!r}, e.g. ('4',)")
    for value in values:
        check.label_value(where, f"{field}.values", value)
    expression: dict[str, Any] = {"key": r.key, "operator": r.operator}
    if values:
        expression["values"] = list(values)
    return expression


def _validate_reads(where: str, reads: Sequence[Reads]) -> list[dict[str, Any]]:
    resource_of = {"ConfigMap": "configmaps", "Secret": "secrets"}
    rules = []
    for i, grant in enumerate(reads):
        check.instance_of(where, f"reads[{i}]", grant, Reads, "dirtbike_constructs.Reads values")
        check.one_of(where, f"reads[{i}].kind", grant.kind, tuple(resource_of))
        if isinstance(grant.names, str) or not grant.names:
            raise ConfigError(where, f"reads[{i}].names", grant.names, "a non-empty sequence of object names (no wildcards)")
        for object_name in grant.names:
            check.dns_subdomain(where, f"reads[{i}].names", object_name)
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
            check.dns_subdomain(where, f"{field_name}.names", object_name)
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
