"""The rules the cluster enforces on the site's namespaces, each defined once: what it allows, the
fix, what it cannot see, the Python check the library runs on rendered objects at synthesis and
the CEL a `ValidatingAdmissionPolicy` runs in the API server (`InvariantPolicies` renders them).

Both sides judge one admission request (`Request`: operation, object, old object, user) and
find the same `Violation`; the refusal message is the library's `ConfigError` text in both:

    rule image-pinned: Deployment shop/api: spec.template.spec.containers[name=api].image='nginx:latest'
    is not allowed; allowed: ... Fix: ...

Every rule's CEL computes one policy variable, `violation`: `[]` when the request is fine, else
`[field, value, fix]`, and the validation is `size(variables.violation) == 0`.

Who is exempt, decided before any rule (the policies' `matchConditions`, `exempt` here):
- an object carrying `security.dirtbike.io/break-glass` with a reason (the emergency way out;
  on DELETE the object as it was);
- an object already being deleted (finalizers must still be removable);
- for the pod rules, an object a controller owns (`ownerReferences[].controller`): its owner
  was checked when it was written (a Deployment's ReplicaSets and pods, a CronJob's Jobs), or an
  operator built it (CloudNativePG's instance pods). An owner reference to nothing is garbage
  collected with its object.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from . import _validate as check
from .errors import ConfigError
from .kinds import KIND_RESOURCE as KIND_RESOURCE
from .meta import LABEL_MANAGED_BY, LABEL_NAME, LABEL_PART_OF
from .pod_security import HOST_NAMESPACES, host_access

#: An operator's way out for one object: set with a reason, the policies admit it and the review
#: shows it in red.
BREAK_GLASS_ANNOTATION = "security.dirtbike.io/break-glass"
#: The Role a pod's token is for: written by the library on pod templates whose ServiceAccount
#: is bound to a Role (reads=, api_access=). The API server cannot look the Role up; the library
#: checks it exists at synthesis.
API_ROLE_ANNOTATION = "security.dirtbike.io/api-role"
#: Why a Service is reached from outside the cluster without Traefik (NodePort, LoadBalancer).
EXTERNAL_SERVICE_ANNOTATION = "security.dirtbike.io/external-service-reason"
EXTERNAL_SERVICE_ALLOWED = "a sentence saying why the Service is reached from outside the cluster without Traefik"
EXTERNAL_SERVICE_FIX = "state the reason, or keep service_type='ClusterIP' and route through Traefik (PublicRoute)"
DEFAULT_DENY = "default-deny"
ENFORCE_LABEL = "pod-security.kubernetes.io/enforce"
#: Who writes at synthesis: the person or pipeline applying dist/ (never a controller).
APPLIER = "the applier of dist/"

OPERATIONS = ("CREATE", "UPDATE", "DELETE")


@dataclass(frozen=True)
class AdmissionScope:
    """What the rules are given for one set of namespaces (an environment).

    namespaces: the namespaces the policies bind to. registries: the registries images may come
    from (an image without one comes from 'docker.io'). require_digest: default False; True
    refuses an image without a sha256 digest. secret_writers: the users that may write plain
    Secrets there (controllers' service accounts, `system:serviceaccount:<ns>:<name>`); default
    none: only the break-glass annotation lets a person write one."""

    namespaces: tuple[str, ...]
    registries: tuple[str, ...]
    require_digest: bool = False
    secret_writers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Request:
    """One admission request as both sides see it. object: None on DELETE. old_object: None on
    CREATE. username: request.userInfo.username. namespace_terminating: its namespace is being
    deleted (the namespace controller then deletes everything in it)."""

    operation: str
    object: Mapping[str, Any] | None
    old_object: Mapping[str, Any] | None = None
    username: str = APPLIER
    namespace_terminating: bool = False

    @property
    def target(self) -> Mapping[str, Any]:
        """The object the request is about: the old one on DELETE."""
        target = self.old_object if self.operation == "DELETE" else self.object
        assert target is not None, self
        return target


@dataclass(frozen=True)
class Violation:
    """What a rule found: the field (a path in the object, or of the request) and its value;
    fix: set when the rule's own fix does not fit this case ('' = no fix)."""

    field: str
    value: Any
    fix: str | None = None


@dataclass(frozen=True)
class Resource:
    group: str
    plural: str
    version: str = "v1"


@dataclass(frozen=True)
class Rule:
    """One invariant. find: the Python check (None = fine). cel: the policy variables that
    compute it, the last one `violation`. pod: a pod rule (Pods and workload templates; controller-owned
    objects exempt). wanted: whether a scope renders it (the digest rule only where required)."""

    id: str
    summary: str
    resources: tuple[Resource, ...]
    operations: tuple[str, ...]
    allowed: Callable[[AdmissionScope], str]
    fix: str
    cannot_see: str
    find: Callable[[Request, AdmissionScope], Violation | None]
    cel: Callable[[AdmissionScope], list[tuple[str, str]]]
    pod: bool = False
    wanted: Callable[[AdmissionScope], bool] = lambda scope: True


def cel_string(text: str) -> str:
    """A CEL string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cel_list(items: Iterable[str]) -> str:
    return "[" + ", ".join(cel_string(i) for i in items) + "]"


def shown(value: Any) -> str:
    """A value as ConfigError shows it (repr): what the CEL writes for strings, ints, None, True."""
    return repr(value)


# --- pods: Pods and the templates of workloads -------------------------------------------------

POD_RESOURCES = (
    Resource("", "pods"),
    Resource("apps", "deployments"),
    Resource("apps", "statefulsets"),
    Resource("apps", "daemonsets"),
    Resource("apps", "replicasets"),
    Resource("batch", "jobs"),
    Resource("batch", "cronjobs"),
)

#: The pod (metadata and spec) of the object, and the path to it. dyn(): the policy matches
#: several kinds, and each path exists in only some of them.
POD_VARIABLES = (
    (
        "pod",
        "object.kind == 'Pod' ? dyn(object) : object.kind == 'CronJob' ? dyn(object).spec.jobTemplate.spec.template : dyn(object).spec.template",
    ),
    ("podPath", "object.kind == 'Pod' ? '' : object.kind == 'CronJob' ? 'spec.jobTemplate.spec.template.' : 'spec.template.'"),
)


def pod_of(manifest: Mapping[str, Any]) -> tuple[Mapping[str, Any], str]:
    kind = manifest["kind"]
    if kind == "Pod":
        return manifest, ""
    if kind == "CronJob":
        return manifest["spec"]["jobTemplate"]["spec"]["template"], "spec.jobTemplate.spec.template."
    return manifest["spec"]["template"], "spec.template."


#: Checked in this order on both sides: the first offending container is the one reported.
CONTAINER_LISTS = ("containers", "initContainers")


def container_rule(
    ok: Callable[[Mapping[str, Any], str], bool],
    problem: Callable[[Mapping[str, Any]], tuple[str, Any, str | None]],
) -> Callable[[Request, AdmissionScope], Violation | None]:
    """The Python side of a rule over every container: the first one not `ok` (given its list)
    is reported as problem(container) = (field suffix, value, fix)."""

    def find(request: Request, scope: AdmissionScope) -> Violation | None:
        pod, path = pod_of(request.target)
        for listed in CONTAINER_LISTS:
            for container in pod["spec"].get(listed) or ():
                if not ok(container, listed):
                    suffix, value, fix = problem(container)
                    return Violation(f"{path}spec.{listed}[name={container['name']}]{suffix}", value, fix)
        return None

    return find


def container_cel(
    ok: Callable[[str], str], suffix: str, value: str, fix: str, *, init_ok: Callable[[str], str] | None = None
) -> list[tuple[str, str]]:
    """The CEL side of a container rule, as policy variables: the offending containers of each
    list, then the report of the first one, in the Python side's order. ok/init_ok: a CEL
    predicate of `c`; suffix/value/fix: CEL strings of `c`."""
    pod = "variables.pod.spec"
    lists = (
        ("containers", "badContainers", f"{pod}.containers", ok),
        ("initContainers", "badInitContainers", f"(has({pod}.initContainers) ? {pod}.initContainers : [])", init_ok or ok),
    )
    found = [(name, f"{items}.filter(c, !({predicate('c')}))") for _, name, items, predicate in lists]
    chain = []
    for listed, name, _, _ in lists:
        first = f"variables.{name}[0]"
        of_first = {key: text.replace("c.", f"{first}.") for key, text in (("suffix", suffix), ("value", value), ("fix", fix))}
        report = f"[variables.podPath + 'spec.{listed}[name=' + {first}.name + ']' + {of_first['suffix']}, {of_first['value']}, {of_first['fix']}]"
        chain.append(f"size(variables.{name}) > 0 ? {report}")
    return [*found, ("violation", " : ".join(chain) + " : []")]


# image-pinned: the library's own image check (_validate.image), on every container.
def _image_pinned(container: Mapping[str, Any], listed: str) -> bool:
    try:
        check.image("", "", container["image"])
    except ConfigError:
        return False
    return True


def _image_pinned_problem(container: Mapping[str, Any]) -> tuple[str, Any, str | None]:
    try:
        check.image("", "", container["image"])
    except ConfigError as error:
        return ".image", container["image"], error.fix or ""
    raise AssertionError(container)  # called only for a container that failed


_DIGEST = "@sha256:[a-f0-9]{64}"
#: The library's image grammar, whole (CEL's matches() finds a match anywhere).
_IMAGE_WHOLE = cel_string(f"^(?:{check.IMAGE.pattern})$")
_PINNED_CEL = (
    "c.image.matches(" + _IMAGE_WHOLE + ") && !c.image.matches(':latest(" + _DIGEST + ")?$') && "
    "c.image.matches('(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|" + _DIGEST + ")$')"
)
_PINNED_FIX_CEL = (
    "!c.image.matches("
    + _IMAGE_WHOLE
    + ") ? '' : c.image.matches(':latest("
    + _DIGEST
    + ")?$') ? "
    + cel_string(check.IMAGE_FIX_LATEST)
    + " : "
    + cel_string(check.IMAGE_FIX_UNPINNED)
)


# image-registry
def names_registry(image: str) -> bool:
    """Whether an image reference names its registry (a first part with '.' or ':', or
    'localhost'); one that does not comes from docker.io, as the runtime reads it."""
    first, slash, _ = image.partition("/")
    return bool(slash) and ("." in first or ":" in first or first == "localhost")


def from_allowed_registry(image: str, registries: Sequence[str]) -> bool:
    """An allowed registry (or registry path, 'ghcr.io/example') is a prefix up to a '/'."""
    if names_registry(image):
        return any(image.startswith(f"{registry}/") for registry in registries)
    return "docker.io" in registries


def _registry_cel(scope: AdmissionScope) -> Callable[[str], str]:
    named = "c.image.matches('^[^/]*[.:][^/]*/') || c.image.startsWith('localhost/')"
    listed = f"{cel_list(scope.registries)}.exists(r, c.image.startsWith(r + '/'))"
    return lambda c: f"(({named}) ? {listed} : {'true' if 'docker.io' in scope.registries else 'false'})"


# pod-resources
_RESOURCE_KEYS = (("requests", "cpu"), ("requests", "memory"), ("limits", "cpu"), ("limits", "memory"))


def _missing_resource(container: Mapping[str, Any]) -> str | None:
    resources = container.get("resources") or {}
    for section, key in _RESOURCE_KEYS:
        if key not in (resources.get(section) or {}):
            return f"{section}.{key}"
    return None


_RESOURCES_OK_CEL = (
    "has(c.resources) && has(c.resources.requests) && has(c.resources.limits) && "
    "'cpu' in c.resources.requests && 'memory' in c.resources.requests && 'cpu' in c.resources.limits && 'memory' in c.resources.limits"
)
_MISSING_RESOURCE_CEL = (
    "'.resources.' + ((!has(c.resources) || !has(c.resources.requests) || !('cpu' in c.resources.requests)) ? 'requests.cpu' : "
    "!('memory' in c.resources.requests) ? 'requests.memory' : "
    "(!has(c.resources.limits) || !('cpu' in c.resources.limits)) ? 'limits.cpu' : 'limits.memory')"
)


# pod-readiness: containers that serve a port (and native sidecars among init containers).
def _serves(container: Mapping[str, Any], listed: str) -> bool:
    sidecar = listed == "containers" or container.get("restartPolicy") == "Always"
    return sidecar and bool(container.get("ports"))


def _ready_cel(init: bool) -> Callable[[str], str]:
    sidecar = "has(c.restartPolicy) && c.restartPolicy == 'Always' && " if init else ""
    return lambda c: f"!({sidecar}has(c.ports) && size(c.ports) > 0) || has(c.readinessProbe)"


READINESS_FIX = "add readiness=Probe.http('/healthz') or Probe.tcp('<port name>')"


# pod-host-access: what counts as host access is pod_security.host_access (the synthesis
# check's too); the CEL below mirrors it.
def _host_access(request: Request, scope: AdmissionScope) -> Violation | None:
    pod, path = pod_of(request.target)
    for found in host_access(pod["spec"], CONTAINER_LISTS)[:1]:
        if found.what == "namespace":
            return Violation(f"{path}spec.{found.name}", True)
        if found.what == "hostPath":
            return Violation(f"{path}spec.volumes[name={found.name}].hostPath", found.value)
        return Violation(f"{path}spec.{found.listed}[name={found.name}].ports.hostPort", found.value)
    return None


def _host_access_cel(scope: AdmissionScope) -> str:
    pod = "variables.pod.spec"
    chain = [
        (f"has({pod}.{field}) && {pod}.{field} == true", f"[variables.podPath + 'spec.{field}', 'True', '']") for field in HOST_NAMESPACES
    ]
    volumes = f"(has({pod}.volumes) ? {pod}.volumes : []).filter(v, has(v.hostPath))"
    chain.append(
        (
            f"size({volumes}) > 0",
            f"[variables.podPath + 'spec.volumes[name=' + {volumes}[0].name + '].hostPath', \"'\" + {volumes}[0].hostPath.path + \"'\", '']",
        )
    )
    for listed in CONTAINER_LISTS:
        items = f"{pod}.{listed}" if listed == "containers" else f"(has({pod}.initContainers) ? {pod}.initContainers : [])"
        hosting = "has(p.hostPort) && p.hostPort != 0"
        bad = f"{items}.filter(c, has(c.ports) && c.ports.exists(p, {hosting}))"
        chain.append(
            (
                f"size({bad}) > 0",
                f"[variables.podPath + 'spec.{listed}[name=' + {bad}[0].name + '].ports.hostPort', "
                f"string({bad}[0].ports.filter(p, {hosting})[0].hostPort), '']",
            )
        )
    return " : ".join(f"{condition} ? {report}" for condition, report in chain) + " : []"


# pod-token
def _token(request: Request, scope: AdmissionScope) -> Violation | None:
    pod, path = pod_of(request.target)
    mounted = pod["spec"].get("automountServiceAccountToken")
    role = ((pod.get("metadata") or {}).get("annotations") or {}).get(API_ROLE_ANNOTATION, "")
    if mounted is False or role.strip():
        return None
    return Violation(f"{path}spec.automountServiceAccountToken", mounted)


def _token_cel(scope: AdmissionScope) -> str:
    spec, meta = "variables.pod.spec", "variables.pod.metadata"
    off = f"has({spec}.automountServiceAccountToken) && {spec}.automountServiceAccountToken == false"
    role = f"has({meta}.annotations) && {cel_string(API_ROLE_ANNOTATION)} in {meta}.annotations && {meta}.annotations[{cel_string(API_ROLE_ANNOTATION)}].matches('\\\\S')"
    value = f"has({spec}.automountServiceAccountToken) ? 'True' : 'None'"
    return f"({off}) || ({role}) ? [] : [variables.podPath + 'spec.automountServiceAccountToken', {value}, '']"


# workload-labels
RECOMMENDED = (LABEL_NAME, LABEL_PART_OF, LABEL_MANAGED_BY)


def _labels(request: Request, scope: AdmissionScope) -> Violation | None:
    labels = (request.target.get("metadata") or {}).get("labels") or {}
    for key in RECOMMENDED:
        if not labels.get(key):
            return Violation(f"metadata.labels['{key}']", labels.get(key))
    return None


def _labels_cel(scope: AdmissionScope) -> str:
    labels = "object.metadata.labels"
    chain = []
    for key in RECOMMENDED:
        k = cel_string(key)
        chain.append(
            (
                f"!has({labels}) || !({k} in {labels}) || {labels}[{k}] == ''",
                f"[\"metadata.labels['{key}']\", has({labels}) && {k} in {labels} ? \"''\" : 'None', '']",
            )
        )
    return " : ".join(f"{condition} ? {report}" for condition, report in chain) + " : []"


# secret-writers
def _secret_writer(request: Request, scope: AdmissionScope) -> Violation | None:
    if request.username in scope.secret_writers:
        return None
    return Violation("request.userInfo.username", request.username)


def _secret_writer_allowed(scope: AdmissionScope) -> str:
    writers = ", ".join(scope.secret_writers) or "nobody"
    return f"Secrets written by their controllers only: {writers}"


# service-exposure
def _exposure(request: Request, scope: AdmissionScope) -> Violation | None:
    service = request.target
    spec = service.get("spec") or {}
    if spec.get("externalIPs"):
        return Violation(
            "spec.externalIPs", spec["externalIPs"][0], "remove externalIPs; a LoadBalancer Service with its reason takes outside traffic"
        )
    if spec.get("type") in ("NodePort", "LoadBalancer"):
        reason = ((service.get("metadata") or {}).get("annotations") or {}).get(EXTERNAL_SERVICE_ANNOTATION)
        if not reason or not reason.strip():
            return Violation(f"metadata.annotations['{EXTERNAL_SERVICE_ANNOTATION}']", reason)
    return None


def _exposure_cel(scope: AdmissionScope) -> str:
    key = cel_string(EXTERNAL_SERVICE_ANNOTATION)
    annotations = "object.metadata.annotations"
    ips = "has(object.spec.externalIPs) && size(object.spec.externalIPs) > 0"
    exposed = "has(object.spec.type) && object.spec.type in ['NodePort', 'LoadBalancer']"
    reasoned = f"has({annotations}) && {key} in {annotations} && {annotations}[{key}].matches('\\\\S')"
    fix = cel_string("remove externalIPs; a LoadBalancer Service with its reason takes outside traffic")
    value = f"has({annotations}) && {key} in {annotations} ? \"'\" + {annotations}[{key}] + \"'\" : 'None'"
    return (
        f"{ips} ? ['spec.externalIPs', \"'\" + object.spec.externalIPs[0] + \"'\", {fix}] : "
        f"({exposed}) && !({reasoned}) ? [\"metadata.annotations['{EXTERNAL_SERVICE_ANNOTATION}']\", {value}, ''] : []"
    )


# default-deny-kept
def _default_deny(request: Request, scope: AdmissionScope) -> Violation | None:
    policy = request.target
    if policy["metadata"]["name"] != DEFAULT_DENY:
        return None
    if request.operation == "DELETE":
        return None if request.namespace_terminating else Violation("request.operation", "DELETE")
    spec = policy.get("spec") or {}
    selector = spec.get("podSelector") or {}
    if selector.get("matchLabels") or selector.get("matchExpressions"):
        return Violation("spec.podSelector", "not empty")
    for kind in ("Ingress", "Egress"):
        if kind not in (spec.get("policyTypes") or ()):
            return Violation("spec.policyTypes", f"without {kind}")
    for rules in ("ingress", "egress"):
        if spec.get(rules):
            return Violation(f"spec.{rules}", "rules that allow traffic")
    return None


def _default_deny_cel(scope: AdmissionScope) -> str:
    policy = "(request.operation == 'DELETE' ? oldObject : object)"
    selector = "object.spec.podSelector"
    types = "(has(object.spec.policyTypes) ? object.spec.policyTypes : [])"
    terminating = "has(namespaceObject.metadata.deletionTimestamp)"  # a NetworkPolicy always has its namespace
    chain = [
        (f"{policy}.metadata.name != {cel_string(DEFAULT_DENY)}", "[]"),
        (f"request.operation == 'DELETE' && {terminating}", "[]"),
        ("request.operation == 'DELETE'", "['request.operation', \"'DELETE'\", '']"),
        (
            f"has({selector}) && (has({selector}.matchLabels) && size({selector}.matchLabels) > 0 || "
            f"has({selector}.matchExpressions) && size({selector}.matchExpressions) > 0)",
            "['spec.podSelector', \"'not empty'\", '']",
        ),
        (f"!('Ingress' in {types})", "['spec.policyTypes', \"'without Ingress'\", '']"),
        (f"!('Egress' in {types})", "['spec.policyTypes', \"'without Egress'\", '']"),
        ("has(object.spec.ingress) && size(object.spec.ingress) > 0", "['spec.ingress', \"'rules that allow traffic'\", '']"),
        ("has(object.spec.egress) && size(object.spec.egress) > 0", "['spec.egress', \"'rules that allow traffic'\", '']"),
    ]
    return " : ".join(f"{condition} ? {report}" for condition, report in chain) + " : []"


# namespace-pod-security
def _pod_security(request: Request, scope: AdmissionScope) -> Violation | None:
    level = ((request.target.get("metadata") or {}).get("labels") or {}).get(ENFORCE_LABEL)
    return None if level == "restricted" else Violation(f"metadata.labels['{ENFORCE_LABEL}']", level)


def _pod_security_cel(scope: AdmissionScope) -> str:
    labels, key = "object.metadata.labels", cel_string(ENFORCE_LABEL)
    value = f"has({labels}) && {key} in {labels} ? \"'\" + {labels}[{key}] + \"'\" : 'None'"
    return f"has({labels}) && {key} in {labels} && {labels}[{key}] == 'restricted' ? [] : [\"metadata.labels['{ENFORCE_LABEL}']\", {value}, '']"


WRITES = ("CREATE", "UPDATE")

RULES: tuple[Rule, ...] = (
    Rule(
        id="image-pinned",
        summary="every container's image is pinned by a tag other than 'latest' or a digest",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: check.IMAGE_ALLOWED,
        fix=check.IMAGE_FIX_UNPINNED,
        cannot_see="ephemeral containers (added through the pods/ephemeralcontainers subresource)",
        find=container_rule(_image_pinned, _image_pinned_problem),
        cel=lambda scope: container_cel(lambda c: _PINNED_CEL.replace("c.", f"{c}."), "'.image'", '"\'" + c.image + "\'"', _PINNED_FIX_CEL),
        pod=True,
    ),
    Rule(
        id="image-registry",
        summary="every container's image comes from a registry of the environment's allow-list",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: f"an image from {', '.join(scope.registries)} (an image that names no registry comes from docker.io)",
        fix="use an image from an allowed registry, or add its registry to the environment's registries",
        cannot_see="a registry mirror the nodes' runtime is configured with (the reference is judged as written)",
        find=lambda request, scope: container_rule(
            lambda c, listed: from_allowed_registry(c["image"], scope.registries), lambda c: (".image", c["image"], None)
        )(request, scope),
        cel=lambda scope: container_cel(_registry_cel(scope), "'.image'", '"\'" + c.image + "\'"', "''"),
        pod=True,
    ),
    Rule(
        id="image-digest",
        summary="every container's image carries its sha256 digest (where the environment requires it)",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: "an image pinned by its sha256 digest, e.g. 'nginx:1.27.3@sha256:<64 hex>'",
        fix="pin the digest (an ImageLock: make pin-images), or write name:tag@sha256:<digest>",
        cannot_see="whether the digest is the one the tag had when it was reviewed",
        find=lambda request, scope: container_rule(
            lambda c, listed: re.search(_DIGEST + "$", c["image"]) is not None, lambda c: (".image", c["image"], None)
        )(request, scope),
        cel=lambda scope: container_cel(lambda c: f"{c}.image.matches('{_DIGEST}$')", "'.image'", '"\'" + c.image + "\'"', "''"),
        pod=True,
        wanted=lambda scope: scope.require_digest,
    ),
    Rule(
        id="pod-resources",
        summary="every container states CPU and memory requests and limits",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: "CPU and memory requests and limits on every container",
        fix="state all four (Resources(cpu=..., memory=..., cpu_limit=..., memory_limit=...)): a pod without limits can starve its node",
        cannot_see="a bare Pod: the namespace's LimitRange fills in its defaults before the check",
        find=container_rule(lambda c, listed: _missing_resource(c) is None, lambda c: (f".resources.{_missing_resource(c)}", None, None)),
        cel=lambda scope: container_cel(lambda c: _RESOURCES_OK_CEL.replace("c.", f"{c}."), _MISSING_RESOURCE_CEL, "'None'", "''"),
        pod=True,
    ),
    Rule(
        id="pod-readiness",
        summary="every container that serves a port has a readiness probe",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: "a readiness probe on every container that declares a port",
        fix=READINESS_FIX,
        cannot_see="a container that listens on a port it does not declare",
        find=container_rule(lambda c, listed: not _serves(c, listed) or "readinessProbe" in c, lambda c: (".readinessProbe", None, None)),
        cel=lambda scope: container_cel(_ready_cel(False), "'.readinessProbe'", "'None'", "''", init_ok=_ready_cel(True)),
        pod=True,
    ),
    Rule(
        id="pod-host-access",
        summary="no host network, PID or IPC namespace, hostPath volume or host port",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: "pods isolated from their node: no hostNetwork, hostPID, hostIPC, hostPath volume or hostPort",
        fix="remove it; software that needs the node runs as an add-on in its own namespace (PlatformNamespace with its reason)",
        cannot_see="nothing more than the pod spec: a CSI or an add-on outside the site's namespaces",
        find=_host_access,
        cel=lambda scope: [("violation", _host_access_cel(scope))],
        pod=True,
    ),
    Rule(
        id="pod-token",
        summary="no ServiceAccount token in a pod unless its account has a Role",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: (
            f"false, unless the pod names the Role its ServiceAccount is bound to in the annotation {API_ROLE_ANNOTATION}"
        ),
        fix="set automountServiceAccountToken: false (the library does, unless reads= or api_access= grant a Role)",
        cannot_see="whether the Role named exists or is bound (the API server cannot look it up; the library checks it at synthesis)",
        find=_token,
        cel=lambda scope: [("violation", _token_cel(scope))],
        pod=True,
    ),
    Rule(
        id="workload-labels",
        summary="every workload carries app.kubernetes.io/name, part-of and managed-by",
        resources=POD_RESOURCES,
        operations=WRITES,
        allowed=lambda scope: "the recommended labels app.kubernetes.io/name, app.kubernetes.io/part-of and app.kubernetes.io/managed-by",
        fix="build it with the library's constructs with part_of=..., or set the three labels",
        cannot_see="whether the values are true (any non-empty value passes)",
        find=_labels,
        cel=lambda scope: [("violation", _labels_cel(scope))],
        pod=True,
    ),
    Rule(
        id="secret-writers",
        summary="plain Secrets are written only by the controllers that own them",
        resources=(Resource("", "secrets"),),
        operations=WRITES,
        allowed=_secret_writer_allowed,
        fix="seal it (a SealedSecret: the controller writes the Secret); in an emergency, the break-glass annotation with a reason",
        cannot_see="what a writer puts in a Secret, and Secrets deleted (deletion is not checked)",
        find=_secret_writer,
        cel=lambda scope: [
            (
                "violation",
                f"request.userInfo.username in {cel_list(scope.secret_writers)} ? [] : "
                "['request.userInfo.username', \"'\" + request.userInfo.username + \"'\", '']",
            )
        ],
    ),
    Rule(
        id="service-exposure",
        summary="NodePort and LoadBalancer Services carry their reason; no externalIPs",
        resources=(Resource("", "services"),),
        operations=WRITES,
        allowed=lambda scope: f"{EXTERNAL_SERVICE_ALLOWED}, in the annotation {EXTERNAL_SERVICE_ANNOTATION}, and no externalIPs",
        fix=EXTERNAL_SERVICE_FIX,
        cannot_see="whether the reason is true",
        find=_exposure,
        cel=lambda scope: [("violation", _exposure_cel(scope))],
    ),
    Rule(
        id="default-deny-kept",
        summary="each namespace's default-deny NetworkPolicy is neither deleted nor weakened",
        resources=(Resource("networking.k8s.io", "networkpolicies"),),
        operations=OPERATIONS,
        allowed=lambda scope: "the default-deny NetworkPolicy as ZeroTrustNamespace renders it: every pod, Ingress and Egress, no rule",
        fix="keep it; allow a connection with its own flow (allow(...)), never by changing default-deny",
        cannot_see="another policy that allows more (NetworkPolicies add up); the flow review shows those",
        find=_default_deny,
        cel=lambda scope: [("violation", _default_deny_cel(scope))],
    ),
    Rule(
        id="namespace-pod-security",
        summary="the site's namespaces keep Pod Security 'restricted' enforced",
        resources=(Resource("", "namespaces"),),
        operations=WRITES,
        allowed=lambda scope: f"{ENFORCE_LABEL}: restricted on every namespace of the site",
        fix="keep the labels ZeroTrustNamespace renders; software that cannot run restricted belongs in a PlatformNamespace",
        cannot_see="the audit and warn labels, and the pinned version",
        find=_pod_security,
        cel=lambda scope: [("violation", _pod_security_cel(scope))],
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


# --- exemptions, shared by every rule --------------------------------------------------------


def break_glass_reason(manifest: Mapping[str, Any]) -> str | None:
    """The break-glass reason an object carries, None without one (a blank reason is none)."""
    reason = ((manifest.get("metadata") or {}).get("annotations") or {}).get(BREAK_GLASS_ANNOTATION)
    return reason if isinstance(reason, str) and reason.strip() else None


def exempt(rule: Rule, request: Request) -> bool:
    """Whether the request is outside the rule (the policies' matchConditions)."""
    if break_glass_reason(request.target) is not None:
        return True
    if request.operation != "DELETE" and (request.target.get("metadata") or {}).get("deletionTimestamp"):
        return True
    if rule.pod:
        owners = (request.target.get("metadata") or {}).get("ownerReferences") or ()
        return any(owner.get("controller") is True for owner in owners)
    return False


def match_conditions(rule: Rule) -> list[dict[str, str]]:
    target = "(request.operation == 'DELETE' ? oldObject : object)"
    key = cel_string(BREAK_GLASS_ANNOTATION)
    conditions = [
        {
            "name": "no-break-glass",
            "expression": f"!(has({target}.metadata.annotations) && {key} in {target}.metadata.annotations && "
            f"{target}.metadata.annotations[{key}].matches('\\\\S'))",
        },
        {"name": "not-being-deleted", "expression": "request.operation == 'DELETE' || !has(object.metadata.deletionTimestamp)"},
    ]
    if rule.pod:
        conditions.append(
            {
                "name": "not-controller-owned",
                "expression": "!has(object.metadata.ownerReferences) || !object.metadata.ownerReferences.exists(r, has(r.controller) && r.controller)",
            }
        )
    return conditions


# --- the same message on both sides -----------------------------------------------------------


def where_of(rule: Rule, request: Request) -> str:
    target = request.target
    meta = target.get("metadata") or {}
    name = meta.get("name") or f"{meta.get('generateName', '')}*"
    namespace = f"{meta['namespace']}/" if meta.get("namespace") else ""
    return f"rule {rule.id}: {target['kind']} {namespace}{name}"


def refusal(rule: Rule, request: Request, scope: AdmissionScope) -> ConfigError | None:
    """The ConfigError the rule raises for the request, None when it admits it (or is exempt)."""
    if exempt(rule, request):
        return None
    found = rule.find(request, scope)
    if found is None:
        return None
    fix = rule.fix if found.fix is None else found.fix
    return ConfigError(where_of(rule, request), found.field, found.value, rule.allowed(scope), fix or None)


def message_expression(rule: Rule, scope: AdmissionScope) -> str:
    """The CEL of the ConfigError text, from `variables.violation`."""
    target = "(request.operation == 'DELETE' ? oldObject : object)"
    name = f"(has({target}.metadata.name) ? {target}.metadata.name : {target}.metadata.generateName + '*')"
    # The API server sends a Namespace's own name as the request's namespace: not a prefix.
    namespace = f"(request.namespace == '' || {target}.kind == 'Namespace' ? '' : request.namespace + '/')"
    v = "variables.violation"
    fix = f"({v}[2] == '' ? '' : '. Fix: ' + {v}[2])"
    return (
        f"{cel_string(f'rule {rule.id}: ')} + {target}.kind + ' ' + {namespace} + {name} + ': ' + {v}[0] + '=' + {v}[1] + "
        f"{cel_string(' is not allowed; allowed: ' + rule.allowed(scope))} + {fix}"
    )


def variables(rule: Rule, scope: AdmissionScope) -> list[tuple[str, str]]:
    """The policy's variables, in order: the pod and its path for pod rules, then the rule's,
    the last one `violation` ([] or [field, value, fix]). The rules write '' as the fix of a
    report that takes the rule's own; it is filled in here, so the fix text is written once."""
    *computed, (last, violation) = rule.cel(scope)
    assert last == "violation", rule.id
    return [*(POD_VARIABLES if rule.pod else ()), *computed, (last, violation.replace(", '']", f", {cel_string(rule.fix)}]"))]


# --- at synthesis ---------------------------------------------------------------------------


def rules_for(manifest: Mapping[str, Any], operation: str, scope: AdmissionScope) -> list[Rule]:
    """The rules of the scope that match the object's kind and the operation."""
    plural = KIND_RESOURCE.get(manifest.get("kind", ""))
    return [
        rule for rule in RULES if rule.wanted(scope) and operation in rule.operations and any(r.plural == plural for r in rule.resources)
    ]


def in_scope(manifest: Mapping[str, Any], scope: AdmissionScope) -> bool:
    meta = manifest.get("metadata") or {}
    namespace = meta.get("name") if manifest.get("kind") == "Namespace" else meta.get("namespace")
    return namespace in scope.namespaces


def check_request(request: Request, scope: AdmissionScope) -> None:
    """Raise the first rule's ConfigError for the request (what the API server would refuse)."""
    if not in_scope(request.target, scope):
        return
    for rule in rules_for(request.target, request.operation, scope):
        error = refusal(rule, request, scope)
        if error is not None:
            raise error


def check_manifests(manifests: Sequence[Mapping[str, Any]], scope: AdmissionScope) -> None:
    """At synthesis: every object of the scope's namespaces, created by the applier of dist/, is
    admitted by every rule; and a pod that mounts a token for a Role names a Role the output
    holds. Raises the first refusal as a ConfigError."""
    roles = {(m["metadata"].get("namespace"), m["metadata"]["name"]) for m in manifests if m.get("kind") == "Role"}
    for manifest in manifests:
        check_request(Request("CREATE", manifest), scope)
        if manifest.get("kind") in KIND_RESOURCE and RULES_BY_ID["pod-token"] in rules_for(manifest, "CREATE", scope):
            pod, path = pod_of(manifest)
            role = ((pod.get("metadata") or {}).get("annotations") or {}).get(API_ROLE_ANNOTATION)
            if role is not None and in_scope(manifest, scope) and (manifest["metadata"].get("namespace"), role) not in roles:
                raise ConfigError(
                    where_of(RULES_BY_ID["pod-token"], Request("CREATE", manifest)),
                    f"{path}metadata.annotations['{API_ROLE_ANNOTATION}']",
                    role,
                    "the name of a Role rendered in the same namespace",
                    "grant the access with reads= or api_access=, which render the Role",
                )
