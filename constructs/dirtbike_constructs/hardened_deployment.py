"""HardenedDeployment: a Deployment that passes Pod Security 'restricted' by default, with its
own ServiceAccount, Service, owned ConfigMaps, and (when asked or needed) Role, PDB and HPA."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .container import Container, render_container
from .errors import ConfigError
from .meta import (attach, LABEL_INSTANCE, LABEL_NAME, ManifestObject, construct_path, content_hash,
                   object_meta, recommended_labels)

CHECKSUM_ANNOTATION = "checksum.dirtbike.io/config"


@dataclass(frozen=True)
class Reads:
    """Read access the app needs to the Kubernetes API: `get` on the named objects only.

    kind: 'ConfigMap' or 'Secret'. names: the objects' names (no wildcards)."""

    kind: Literal["ConfigMap", "Secret"]
    names: Sequence[str]


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

    Attributes: `name`, `namespace`, `pod_selector` (the labels flows select on),
    `service_name`, `ports` (container ports by number), `deployment` (the primary object).
    """

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
        replicas: default 1; 0 parks the workload. Ignored by the Deployment (left to the
        HPA) when autoscaling is set.
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
        name = check.dns_label(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        app = check.label_value(where, "app", app if app is not None else name)
        if component is not None:
            check.label_value(where, "component", component)
        if part_of is not None:
            check.label_value(where, "part_of", part_of)
        check.integer(where, "replicas", replicas, minimum=0, maximum=1000)
        check.one_of(where, "spread", spread, ("preferred", "required"))
        check.one_of(where, "strategy", strategy, ("RollingUpdate", "Recreate"))
        check.integer(where, "termination_grace_period_seconds", termination_grace_period_seconds, minimum=0, maximum=3600)
        extra_labels = check.string_map(where, "pod_labels", pod_labels or {})
        if autoscaling is not None:
            check.instance_of(where, "autoscaling", autoscaling, Autoscaling, "a dirtbike_constructs.Autoscaling or None")
            check.integer(where, "autoscaling.min_replicas", autoscaling.min_replicas, minimum=1)
            check.integer(where, "autoscaling.max_replicas", autoscaling.max_replicas, minimum=autoscaling.min_replicas)
            check.integer(where, "autoscaling.cpu_utilization", autoscaling.cpu_utilization, minimum=1, maximum=100)

        main = render_container(where, "container", container, probes_required=True, config_map_prefix=name)
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
        check.unique(where, "exposed port name", [p.name for p in exposed])
        check.unique(where, "exposed service_port", [p.public_port for p in exposed])

        grants = self._validate_reads(where, reads)

        attach(self, scope, id, where)
        self.name = name
        self.namespace = namespace
        self.app = app
        self.pod_selector = {LABEL_NAME: app, LABEL_INSTANCE: name}
        self.ports = {p.container_port: p.name for c in (container, *sidecars) for p in c.ports}
        self.service_name = name if exposed else None

        version = check.image_version(container.image)
        labels = recommended_labels(name=app, instance=name, component=component, part_of=part_of, version=version)
        overlap = set(extra_labels) & set(labels)
        if overlap:
            raise ConfigError(where, "pod_labels", sorted(overlap), "labels other than the app.kubernetes.io/* ones the construct sets")
        pod_labels_all = {**labels, **extra_labels}

        # Owned configuration: one ConfigMap per ConfigFiles name, shared if mounted twice.
        owned: dict[str, Any] = {}
        for r in rendered:
            for cfg in r.owned_config:
                previous = owned.get(cfg.name)
                if previous is not None and dict(previous.files) != dict(cfg.files):
                    raise ConfigError(where, "ConfigFiles.name", cfg.name, "one content per name", "give different files different names")
                owned[cfg.name] = cfg
        for cfg_name in sorted(owned):
            ManifestObject(self, f"ConfigMap-{cfg_name}", {
                "apiVersion": "v1", "kind": "ConfigMap",
                "metadata": object_meta(f"{name}-{cfg_name}", namespace, labels),
                "data": dict(sorted(owned[cfg_name].files.items())),
            })

        ManifestObject(self, "ServiceAccount", {
            "apiVersion": "v1", "kind": "ServiceAccount",
            "metadata": object_meta(name, namespace, labels),
            "automountServiceAccountToken": bool(grants),
        })
        if grants:
            ManifestObject(self, "Role", {
                "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
                "metadata": object_meta(name, namespace, labels),
                "rules": grants,
            })
            ManifestObject(self, "RoleBinding", {
                "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
                "metadata": object_meta(name, namespace, labels),
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name},
                "subjects": [{"kind": "ServiceAccount", "name": name, "namespace": namespace}],
            })

        volumes: dict[str, Any] = {}
        annotations: dict[str, str] = {}
        fingerprints: list[str] = []
        for r in rendered:
            for vol_name, vol in r.volumes.items():
                if vol_name in volumes and volumes[vol_name] != vol:
                    raise ConfigError(where, "volume", vol_name, "one definition per volume name", "use the same mount settings in every container")
                volumes[vol_name] = vol
            annotations.update(r.annotations)
            fingerprints.extend(r.fingerprints)
        annotations[CHECKSUM_ANNOTATION] = content_hash(
            {k: dict(sorted(v.files.items())) for k, v in sorted(owned.items())}, sorted(fingerprints))
        annotations = dict(sorted(annotations.items()))

        main_uid, main_gid = container.run_as_user, container.run_as_group
        pod_spec: dict[str, Any] = {
            "serviceAccountName": name,
            "automountServiceAccountToken": bool(grants),
            "enableServiceLinks": False,
            "securityContext": {
                "runAsNonRoot": True,
                "runAsUser": main_uid,
                "runAsGroup": main_gid,
                "fsGroup": main_gid,
                "fsGroupChangePolicy": "OnRootMismatch",
                "seccompProfile": {"type": "RuntimeDefault"},
            },
        }
        if init_specs:
            pod_spec["initContainers"] = init_specs
        pod_spec["containers"] = [main.spec, *sidecar_specs]
        if volumes:
            pod_spec["volumes"] = [volumes[k] for k in sorted(volumes)]
        pod_spec["topologySpreadConstraints"] = [{
            "maxSkew": 1,
            "topologyKey": "kubernetes.io/hostname",
            "whenUnsatisfiable": "DoNotSchedule" if spread == "required" else "ScheduleAnyway",
            "labelSelector": {"matchLabels": dict(self.pod_selector)},
        }]
        pod_spec["terminationGracePeriodSeconds"] = termination_grace_period_seconds

        deployment_spec: dict[str, Any] = {}
        if autoscaling is None:
            deployment_spec["replicas"] = replicas
        deployment_spec.update({
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": dict(self.pod_selector)},
            "strategy": {"type": strategy} if strategy == "Recreate" else
                        {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}},
            "template": {
                "metadata": {"labels": pod_labels_all, "annotations": annotations},
                "spec": pod_spec,
            },
        })
        self.deployment = ManifestObject(self, "Resource", {
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": object_meta(name, namespace, pod_labels_all),
            "spec": deployment_spec,
        })

        if exposed:
            ManifestObject(self, "Service", {
                "apiVersion": "v1", "kind": "Service",
                "metadata": object_meta(name, namespace, labels),
                "spec": {
                    "type": "ClusterIP",
                    "selector": dict(self.pod_selector),
                    "ports": [{"name": p.name, "port": p.public_port, "targetPort": p.name, "protocol": p.protocol} for p in exposed],
                },
            })

        running = autoscaling.min_replicas if autoscaling else replicas
        if running > 1:
            ManifestObject(self, "PodDisruptionBudget", {
                "apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
                "metadata": object_meta(name, namespace, labels),
                "spec": {"maxUnavailable": 1, "selector": {"matchLabels": dict(self.pod_selector)}},
            })
        if autoscaling is not None:
            ManifestObject(self, "HorizontalPodAutoscaler", {
                "apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler",
                "metadata": object_meta(name, namespace, labels),
                "spec": {
                    "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": name},
                    "minReplicas": autoscaling.min_replicas,
                    "maxReplicas": autoscaling.max_replicas,
                    "metrics": [{"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": autoscaling.cpu_utilization}}}],
                },
            })

    @property
    def peer_name(self) -> str:
        return self.name

    @staticmethod
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
            rules.append({"apiGroups": [""], "resources": [resource_of[grant.kind]],
                          "resourceNames": sorted(grant.names), "verbs": ["get"]})
        return rules
