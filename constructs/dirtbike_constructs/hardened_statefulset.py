"""HardenedStatefulSet: a StatefulSet with the same hardened pod as HardenedDeployment and a
volume claim per replica, for stateful servers such as MySQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .container import Container
from .errors import ConfigError
from .endpoint import EndpointInfo
from .meta import ManifestObject, attach, construct_path, object_meta, all_or_nothing
from .pod import Reads, plan_pod


@dataclass(frozen=True)
class VolumeClaimTemplate:
    """A PersistentVolumeClaim per replica, mounted into the main container.

    name: the claim template name (claims are `<name>-<statefulset>-<ordinal>`). mount_path:
    where the main container sees it. size: e.g. '20Gi'. storage_class: default None (the
    cluster default)."""

    name: str
    mount_path: str
    size: str
    storage_class: str | None = None


class HardenedStatefulSet(Construct):
    """A hardened StatefulSet, its governing headless Service `<name>-headless`, a ClusterIP
    Service `<name>` for clients, the ServiceAccount (and Role with `reads`), owned ConfigMaps
    and a PodDisruptionBudget when more than one replica runs.

    Props as HardenedDeployment (namespace, container, name, app, component, part_of,
    replicas, init_containers, sidecars, reads, spread, pod_labels,
    termination_grace_period_seconds), plus volume_claims: VolumeClaimTemplate values
    (default none). Attributes: `name`, `namespace`, `app`, `service_name`,
    `service_ports`, `endpoint`, `statefulset`.
    """

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        container: Container,
        volume_claims: Sequence[VolumeClaimTemplate] = (),
        name: str | None = None,
        app: str | None = None,
        component: str | None = None,
        part_of: str | None = None,
        replicas: int = 1,
        init_containers: Sequence[Container] = (),
        sidecars: Sequence[Container] = (),
        reads: Sequence[Reads] = (),
        spread: Literal["preferred", "required"] = "preferred",
        pod_labels: Mapping[str, str] | None = None,
        termination_grace_period_seconds: int = 60,
    ) -> None:
        where = construct_path(scope, id)
        check.integer(where, "replicas", replicas, minimum=0, maximum=100)
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
        main = pod.template["spec"]["containers"][0]
        used_paths = [m["mountPath"] for m in main.get("volumeMounts", [])]
        templates = []
        volume_claims = check.sequence_of(
            where, "volume_claims", volume_claims, VolumeClaimTemplate, "dirtbike_constructs.VolumeClaimTemplate values"
        )
        for claim in volume_claims:
            check.instance_of(where, "volume_claims", claim, VolumeClaimTemplate, "dirtbike_constructs.VolumeClaimTemplate values")
            check.dns_label(where, "volume_claims.name", claim.name)
            check.absolute_path(where, f"volume_claims[{claim.name!r}].mount_path", claim.mount_path)
            check.memory_bytes(where, f"volume_claims[{claim.name!r}].size", claim.size)
            if claim.storage_class is not None:
                check.dns_label(where, f"volume_claims[{claim.name!r}].storage_class", claim.storage_class, max_length=253)
            if claim.mount_path in used_paths:
                raise ConfigError(where, f"volume_claims[{claim.name!r}].mount_path", claim.mount_path, "a path no other mount uses")
            used_paths.append(claim.mount_path)
            spec: dict[str, Any] = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": claim.size}}}
            if claim.storage_class is not None:
                spec["storageClassName"] = claim.storage_class
            templates.append({"metadata": {"name": claim.name, "labels": dict(pod.labels)}, "spec": spec})
            main.setdefault("volumeMounts", []).append({"name": claim.name, "mountPath": claim.mount_path})
        check.unique(where, "volume_claims.name", [c.name for c in volume_claims])

        attach(self, scope, id, where)
        self.name: str = pod.name
        self.namespace: str = pod.namespace
        self.app: str = pod.app
        self.service_name: str | None = pod.service_name
        self.service_ports: dict[str, int] = pod.service_ports
        self._endpoint = pod.endpoint("HardenedStatefulSet", where)
        pod.render_companions(self)
        statefulset_spec: dict[str, Any] = {
            "replicas": replicas,
            "serviceName": f"{pod.name}-headless",
            "podManagementPolicy": "OrderedReady",
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": dict(pod.selector)},
            "updateStrategy": {"type": "RollingUpdate"},
            "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
            "template": pod.template,
        }
        if templates:
            statefulset_spec["volumeClaimTemplates"] = templates
        self.statefulset = ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "apps/v1",
                "kind": "StatefulSet",
                "metadata": object_meta(pod.name, pod.namespace, pod.pod_labels),
                "spec": statefulset_spec,
            },
        )
        pod.render_service(self)
        pod.render_service(self, headless=True, service_name=f"{pod.name}-headless", construct_id="HeadlessService")
        pod.render_disruption_budget(self, replicas)

    @property
    def endpoint(self) -> EndpointInfo:
        """This workload as a flow endpoint (`allow`): its pods and named container ports."""
        return self._endpoint
