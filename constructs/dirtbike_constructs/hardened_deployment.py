"""HardenedDeployment: a Deployment that passes Pod Security 'restricted' by default, with its
own ServiceAccount, Service, owned ConfigMaps, and (when asked or needed) Role, PDB and HPA."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .container import Container
from .endpoint import EndpointInfo
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta
from .pod import CHECKSUM_ANNOTATION, Reads, plan_pod

__all__ = ["Autoscaling", "CHECKSUM_ANNOTATION", "HardenedDeployment", "Reads"]


@dataclass(frozen=True)
class Autoscaling:
    """A HorizontalPodAutoscaler (autoscaling/v2) on CPU utilisation.

    min_replicas: default 2. max_replicas: default 10. cpu_utilization: percent of the CPU
    request, default 70."""

    min_replicas: int = 2
    max_replicas: int = 10
    cpu_utilization: int = 70


class HardenedDeployment(Construct):
    """A hardened Deployment and its companions.

    Renders: ServiceAccount (token automount off unless `reads` is set), Role and RoleBinding
    (only with `reads`, scoped by resourceNames, verb `get`), ConfigMaps for owned
    ConfigFiles, the Deployment (pod template annotated with a checksum of the owned config
    and secret fingerprints), a ClusterIP Service when any port is exposed, a
    PodDisruptionBudget when more than one replica runs, and an HPA with `autoscaling`.

    Attributes: `name`, `namespace`, `app`, `service_name`, `service_ports`, `endpoint` (the
    flow endpoint: pods and named container ports), `deployment` (the primary object).
    """

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        container: Container,
        name: str | None = None,
        app: str | None = None,
        component: str | None = None,
        part_of: str | None = None,
        replicas: int = 1,
        init_containers: Sequence[Container] = (),
        sidecars: Sequence[Container] = (),
        reads: Sequence[Reads] = (),
        autoscaling: Autoscaling | None = None,
        spread: Literal["preferred", "required"] = "preferred",
        strategy: Literal["RollingUpdate", "Recreate"] = "RollingUpdate",
        pod_labels: Mapping[str, str] | None = None,
        termination_grace_period_seconds: int = 30,
    ) -> None:
        """
        namespace: where everything renders (explicit, never the chart's default).
        container: the main container; its image version becomes app.kubernetes.io/version.
        name: metadata name of every object; default: the construct id.
        app: app.kubernetes.io/name; default: name. component, part_of: the matching
        recommended labels; default: omitted.
        replicas: default 1; 0 parks the workload. With autoscaling the HPA sets the count:
        leave replicas at its default (anything else is refused, as it would be ignored).
        init_containers, sidecars: hardened exactly like the main container; sidecars need
        probes, init containers do not.
        reads: API read access; default none (no Role, no token).
        autoscaling: default None (no HPA).
        spread: topology spread across nodes, 'preferred' (ScheduleAnyway, default) or
        'required' (DoNotSchedule).
        strategy: 'RollingUpdate' (default) or 'Recreate' (for a ReadWriteOnce volume).
        pod_labels: extra pod labels (not part of the selector); default none.
        termination_grace_period_seconds: default 30.
        """
        where = construct_path(scope, id)
        check.integer(where, "replicas", replicas, minimum=0, maximum=1000)
        check.one_of(where, "strategy", strategy, ("RollingUpdate", "Recreate"))
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
        pod = plan_pod(
            where,
            name=name if name is not None else id,
            namespace=namespace,
            container=container,
            app=app,
            component=component,
            part_of=part_of,
            init_containers=init_containers,
            sidecars=sidecars,
            reads=reads,
            pod_labels=pod_labels,
            spread=spread,
            termination_grace_period_seconds=termination_grace_period_seconds,
        )

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
            spec["replicas"] = replicas
        spec.update(
            {
                "revisionHistoryLimit": 5,
                "selector": {"matchLabels": dict(pod.selector)},
                "strategy": {"type": strategy}
                if strategy == "Recreate"
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
                "metadata": object_meta(pod.name, pod.namespace, pod.pod_labels),
                "spec": spec,
            },
        )
        pod.render_service(self)

        pod.render_disruption_budget(self, autoscaling.min_replicas if autoscaling else replicas)
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
