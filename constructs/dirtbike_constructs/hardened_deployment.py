"""HardenedDeployment: a Deployment that passes Pod Security 'restricted' by default, with its
own ServiceAccount, Service, owned ConfigMaps, and (when asked or needed) Role, PDB and HPA."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .endpoint import EndpointInfo
from .errors import ConfigError
from .plus_workload import PlusPeerContract
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta
from .pod import CHECKSUM_ANNOTATION, PodPlan, plan_pod
from .pod_props import PodProps, Reads, resolved_init

__all__ = ["Autoscaling", "CHECKSUM_ANNOTATION", "DeploymentProps", "HardenedDeployment", "Reads"]


@dataclass(frozen=True)
class Autoscaling:
    """A HorizontalPodAutoscaler (autoscaling/v2) on CPU utilisation.

    min_replicas: default 2. max_replicas: default 10. cpu_utilization: percent of the CPU
    request, default 70."""

    min_replicas: int = 2
    max_replicas: int = 10
    cpu_utilization: int = 70


@resolved_init
@dataclass(frozen=True, kw_only=True)
class DeploymentProps(PodProps):
    """The props of a HardenedDeployment: every `PodProps` field, and the Deployment's own."""

    replicas: int = 1
    """Default 1; 0 parks the workload. With autoscaling the HPA sets the count: leave replicas
    at its default (anything else is refused, as it would be ignored)."""
    strategy: Literal["RollingUpdate", "Recreate"] = "RollingUpdate"
    """'RollingUpdate' (default: one extra pod at a time, none unavailable) or 'Recreate' (for a
    ReadWriteOnce volume)."""
    autoscaling: Autoscaling | None = None
    """An HPA on CPU; default None (no HPA)."""


@dataclass
class DeploymentPlan:
    """A validated Deployment: its pod and the Deployment's own settings."""

    pod: PodPlan
    replicas: int
    strategy: str
    autoscaling: Autoscaling | None


def plan_deployment(where: str, props: DeploymentProps, default_name: str) -> DeploymentPlan:
    """Validate every prop of a HardenedDeployment, touching nothing."""
    check.instance_of(
        where, "props", props, DeploymentProps, "a dirtbike_constructs.DeploymentProps: HardenedDeployment(scope, id, DeploymentProps(...))"
    )
    replicas = check.integer(where, "replicas", props.replicas, minimum=0, maximum=1000)
    check.one_of(where, "strategy", props.strategy, ("RollingUpdate", "Recreate"))
    autoscaling = props.autoscaling
    if autoscaling is not None:
        check.instance_of(where, "autoscaling", autoscaling, Autoscaling, "a dirtbike_constructs.Autoscaling or None")
        check.integer(where, "autoscaling.min_replicas", autoscaling.min_replicas, minimum=1)
        check.integer(where, "autoscaling.max_replicas", autoscaling.max_replicas, minimum=autoscaling.min_replicas)
        check.integer(where, "autoscaling.cpu_utilization", autoscaling.cpu_utilization, minimum=1, maximum=100)
        if replicas != 1:  # the HPA owns the count: a replicas value here would be ignored
            raise ConfigError(
                where,
                "replicas",
                replicas,
                "the default (1) when autoscaling is set: the HPA sets the count",
                "set autoscaling.min_replicas instead" if replicas else "remove autoscaling to park the workload at 0",
            )
    pod = plan_pod(where, props, default_name=default_name)
    return DeploymentPlan(pod=pod, replicas=replicas, strategy=props.strategy, autoscaling=autoscaling)


class HardenedDeployment(PlusPeerContract, Construct):
    """A hardened Deployment and its companions.

    Renders: ServiceAccount (token automount off unless `reads` is set), Role and RoleBinding
    (only with `reads`, scoped by resourceNames, verb `get`), ConfigMaps for owned
    ConfigFiles, the Deployment (pod template annotated with a checksum of the owned config
    and secret fingerprints), a Service (ClusterIP unless `service_type` says otherwise) when
    any port is exposed, a PodDisruptionBudget when more than one replica runs, and an HPA
    with `autoscaling`. Props: `DeploymentProps`.

    Attributes: `name`, `namespace`, `app`, `service_name`, `service_ports`, `endpoint` (the
    flow endpoint: pods and named container ports), `deployment` (the primary object).
    """

    @all_or_nothing
    def __init__(self, scope: Construct, id: str, props: DeploymentProps) -> None:
        where = construct_path(scope, id)
        plan = plan_deployment(where, props, id)
        pod = plan.pod
        autoscaling = plan.autoscaling

        attach(self, scope, id, where)
        self.name: str = pod.name
        self.namespace: str = pod.namespace
        self.app: str = pod.app
        self.service_name: str | None = pod.service_name
        self.service_ports: dict[str, int] = pod.service_ports
        self._endpoint = pod.endpoint("HardenedDeployment", where)
        pod.render_companions(self)

        spec: dict[str, Any] = {}
        if autoscaling is None:
            spec["replicas"] = plan.replicas
        spec.update(
            {
                "revisionHistoryLimit": 5,
                "selector": {"matchLabels": dict(pod.selector)},
                "strategy": {"type": plan.strategy}
                if plan.strategy == "Recreate"
                else {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
                "template": pod.template,
            }
        )
        self.deployment = ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": pod.workload_meta(),
                "spec": spec,
            },
        )
        pod.render_service(self)

        pod.render_disruption_budget(self, autoscaling.min_replicas if autoscaling else plan.replicas)
        if autoscaling is not None:
            ManifestObject(
                self,
                "HorizontalPodAutoscaler",
                {
                    "apiVersion": "autoscaling/v2",
                    "kind": "HorizontalPodAutoscaler",
                    "metadata": object_meta(pod.name, pod.namespace, pod.labels),
                    "spec": {
                        "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": pod.name},
                        "minReplicas": autoscaling.min_replicas,
                        "maxReplicas": autoscaling.max_replicas,
                        "metrics": [
                            {
                                "type": "Resource",
                                "resource": {
                                    "name": "cpu",
                                    "target": {"type": "Utilization", "averageUtilization": autoscaling.cpu_utilization},
                                },
                            }
                        ],
                    },
                },
            )

    @property
    def endpoint(self) -> EndpointInfo:
        """This workload as a flow endpoint (`allow`): its pods and named container ports."""
        return self._endpoint
