"""HardenedStatefulSet: a StatefulSet with the same hardened pod as HardenedDeployment and a
volume claim per replica, for stateful servers such as MySQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .plus_workload import PlusPeerContract
from .endpoint import EndpointInfo
from .meta import ManifestObject, attach, construct_path, all_or_nothing
from .pod import plan_pod
from .pod_props import PodProps, resolved_init


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


@resolved_init
@dataclass(frozen=True, kw_only=True)
class StatefulSetProps(PodProps):
    """The props of a HardenedStatefulSet: every `PodProps` field, and the StatefulSet's own."""

    volume_claims: Sequence[VolumeClaimTemplate] = ()
    """A PersistentVolumeClaim per replica for each; default none."""
    replicas: int = 1
    """Default 1 (0-100); 0 parks the workload (its claims stay)."""
    update_strategy: Literal["RollingUpdate", "OnDelete"] = "RollingUpdate"
    """'RollingUpdate' (default: one pod at a time, highest ordinal first) or 'OnDelete' (a
    pod takes a new template only when it is deleted by hand)."""
    termination_grace_period_seconds: int = 60
    """Default 60, twice PodProps' 30: a stateful server flushes and closes its files on
    SIGTERM, and a SIGKILL in the middle of that costs a crash recovery at the next start."""


class HardenedStatefulSet(PlusPeerContract, Construct):
    """A hardened StatefulSet, its governing headless Service `<name>-headless`, a Service
    `<name>` for clients (of `service_type`), the ServiceAccount (and Role with `reads`), owned
    ConfigMaps and a PodDisruptionBudget when more than one replica runs. Props:
    `StatefulSetProps`. Attributes: `name`, `namespace`, `app`, `service_name`,
    `service_ports`, `endpoint`, `statefulset`.
    """

    @all_or_nothing
    def __init__(self, scope: Construct, id: str, props: StatefulSetProps) -> None:
        where = construct_path(scope, id)
        check.instance_of(
            where,
            "props",
            props,
            StatefulSetProps,
            "a dirtbike_constructs.StatefulSetProps: HardenedStatefulSet(scope, id, StatefulSetProps(...))",
        )
        replicas = check.integer(where, "replicas", props.replicas, minimum=0, maximum=100)
        update_strategy = check.one_of(where, "update_strategy", props.update_strategy, ("RollingUpdate", "OnDelete"))
        pod = plan_pod(where, props, default_name=id)
        main = pod.template["spec"]["containers"][0]
        used_paths = [m["mountPath"] for m in main.get("volumeMounts", [])]
        templates = []
        volume_claims = check.sequence_of(
            where, "volume_claims", props.volume_claims, VolumeClaimTemplate, "dirtbike_constructs.VolumeClaimTemplate values"
        )
        for claim in volume_claims:
            check.instance_of(where, "volume_claims", claim, VolumeClaimTemplate, "dirtbike_constructs.VolumeClaimTemplate values")
            check.dns_label(where, "volume_claims.name", claim.name)
            check.absolute_path(where, f"volume_claims[{claim.name!r}].mount_path", claim.mount_path)
            check.memory_bytes(where, f"volume_claims[{claim.name!r}].size", claim.size)
            if claim.storage_class is not None:
                check.dns_subdomain(where, f"volume_claims[{claim.name!r}].storage_class", claim.storage_class)
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
            "updateStrategy": {"type": update_strategy},
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
                "metadata": pod.workload_meta(),
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
