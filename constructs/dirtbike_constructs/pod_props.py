"""The props every workload kind shares (`PodProps`) and the small values they are made of.

`HardenedDeployment`, `HardenedStatefulSet`, `HardenedJob` and `BlueGreenService` take a props
object whose class extends `PodProps` with the kind's own fields (`DeploymentProps`,
`StatefulSetProps`, `JobProps`, `BlueGreenServiceProps`), so a pod prop is declared once, with
its default, here. `pod.plan_pod` validates all of them in one place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import typing
from dataclasses import dataclass, field
from typing import Literal, TypeVar

from .container import Container

ServiceType = Literal["ClusterIP", "NodePort", "LoadBalancer"]
Spread = Literal["preferred", "required"]
PropsClass = TypeVar("PropsClass", bound=type)


def resolved_init(cls: PropsClass) -> PropsClass:
    """Give a props dataclass that extends PodProps an `__init__` annotated with types, not
    strings: the generated `__init__` lives in the subclass's module, where the names of the
    inherited fields' types (`Sequence`, `Container`, `Toleration`...) are not defined, so
    tools reading its signature (the API reference, `inspect.signature(eval_str=True)`) could
    not resolve them. Apply it above `@dataclass`."""
    hints = typing.get_type_hints(cls)
    init = vars(cls)["__init__"]
    init.__annotations__ = {name: hints.get(name, value) for name, value in init.__annotations__.items()}
    return cls


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


@dataclass(frozen=True, kw_only=True)
class Toleration:
    """The pods tolerate the node taint `key` (a taint of every key is not tolerable here: that
    would admit the pods to control-plane nodes).

    operator: 'Equal' (default: the taint's value must be `value`) or 'Exists' (any value; then
    no `value`). effect: 'NoSchedule', 'PreferNoSchedule' or 'NoExecute'; default None (every
    effect). toleration_seconds: how long the pods stay on a node after a NoExecute taint
    appears; default None (for ever); only with effect 'NoExecute'."""

    key: str
    operator: Literal["Equal", "Exists"] = "Equal"
    value: str | None = None
    effect: Literal["NoSchedule", "PreferNoSchedule", "NoExecute"] | None = None
    toleration_seconds: int | None = None


@dataclass(frozen=True)
class NodeRequirement:
    """One node label expression: `key` `operator` `values`. operator: 'In', 'NotIn' (values
    required), 'Exists', 'DoesNotExist' (no values), 'Gt', 'Lt' (one integer value)."""

    key: str
    operator: Literal["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"]
    values: Sequence[str] = ()


@dataclass(frozen=True, kw_only=True)
class NodeTerm:
    """Nodes whose labels meet every requirement of `match`.

    weight: None (default) makes the term required: the pods run only on such nodes (several
    required terms: any one of them). 1-100 makes it a preference of that weight."""

    match: Sequence[NodeRequirement]
    weight: int | None = None


@dataclass(frozen=True, kw_only=True)
class PodTerm:
    """Pods with the labels `match_labels`, judged per `topology_key` domain.

    topology_key: default 'kubernetes.io/hostname' (the same node). namespaces: where those
    pods run; default () (the workload's own namespace). weight: None (default) makes the term
    required; 1-100 makes it a preference of that weight."""

    match_labels: Mapping[str, str]
    topology_key: str = "kubernetes.io/hostname"
    namespaces: Sequence[str] = ()
    weight: int | None = None


@dataclass(frozen=True, kw_only=True)
class Affinity:
    """Scheduling rules added to the construct's own (its topology spread always stays).

    nodes: NodeTerm values (node affinity); default none. near: PodTerm values, pods to run
    next to (pod affinity); default none. apart: PodTerm values, pods to stay away from (pod
    anti-affinity); default none."""

    nodes: Sequence[NodeTerm] = ()
    near: Sequence[PodTerm] = ()
    apart: Sequence[PodTerm] = ()


@dataclass(frozen=True, kw_only=True)
class PodProps:
    """What every workload kind accepts: the pod, its companions and its Service. Each default
    is the one stated here; a kind's props class may state a different one for its kind."""

    namespace: str
    """Where everything renders (explicit, never the chart's default). Required."""
    container: Container
    """The main container; its image version becomes app.kubernetes.io/version. Required."""
    name: str | None = None
    """Metadata name of every object; default None: the construct id."""
    app: str | None = None
    """app.kubernetes.io/name; default None: the name."""
    component: str | None = None
    """app.kubernetes.io/component; default None (omitted)."""
    part_of: str | None = None
    """app.kubernetes.io/part-of; default None (omitted)."""
    init_containers: Sequence[Container] = ()
    """Run before the main container, hardened like it; probes optional. Default none."""
    sidecars: Sequence[Container] = ()
    """Run next to the main container, hardened like it; probes required. Default none."""
    reads: Sequence[Reads] = ()
    """`get` on named ConfigMaps and Secrets; default none (no Role, no token)."""
    api_access: Sequence[ApiAccess] = ()
    """Further API access on named objects; default none."""
    pod_labels: Mapping[str, str] = field(default_factory=dict)
    """Extra pod labels (not part of the selector); default none."""
    pod_annotations: Mapping[str, str] = field(default_factory=dict)
    """Extra pod template annotations; default none. The dirtbike.io keys are the construct's."""
    annotations: Mapping[str, str] = field(default_factory=dict)
    """Annotations on the workload object (Deployment, StatefulSet, Job, CronJob); default none."""
    node_selector: Mapping[str, str] = field(default_factory=dict)
    """Node labels the pods require; default none (any node)."""
    tolerations: Sequence[Toleration] = ()
    """Node taints the pods tolerate; default none."""
    affinity: Affinity | None = None
    """Node and pod affinity added to the construct's topology spread; default None."""
    image_pull_secrets: Sequence[str] = ()
    """Names of docker-registry Secrets in the namespace for private images; default none."""
    priority_class_name: str | None = None
    """A PriorityClass name; default None (the cluster's default priority). The system-*
    classes are refused: the API server admits them only in kube-system."""
    service_type: ServiceType = "ClusterIP"
    """The type of the Service of the exposed ports; default 'ClusterIP' (reached only inside
    the cluster, through Traefik from outside). 'NodePort' and 'LoadBalancer' bypass Traefik,
    so they need `external_service_reason`."""
    external_service_reason: str | None = None
    """Why the Service must be reachable from outside the cluster without Traefik; required
    with service_type 'NodePort' or 'LoadBalancer', refused otherwise. Rendered as the Service
    annotation security.dirtbike.io/external-service-reason. Default None."""
    spread: Spread | None = "preferred"
    """Topology spread of the pods across nodes: 'preferred' (ScheduleAnyway, default),
    'required' (DoNotSchedule) or None (no spread)."""
    termination_grace_period_seconds: int = 30
    """Seconds between SIGTERM and SIGKILL when a pod stops; default 30 (0-3600)."""
