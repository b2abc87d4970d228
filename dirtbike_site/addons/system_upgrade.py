"""Rancher's system-upgrade-controller and the Plan that upgrades the k3s servers, as plain
objects (the project has no chart for it): the manifests of its release v0.20.1
(rancher/system-upgrade-controller, manifests/system-upgrade-controller.yaml, clusterrole.yaml,
clusterrolebinding.yaml at tag v0.20.1; the Plan CRD in ../shared/crds is that release's).

The Plan takes the servers one at a time (concurrency 1), cordons each first (no drain: with
three servers and PodDisruptionBudgets a drain could not finish; the pods keep running while
k3s restarts), and upgrades to the version of `Servers.release`, the one place naming it."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from dirtbike_constructs import PlatformNamespace
from dirtbike_constructs.meta import ManifestObject, object_meta, recommended_labels

from ..environments import Cluster
from ..servers.release import kubectl_within_skew

#: The controller release; the Plan CRD in cdk8s.yaml (and imports/) is this release's, and
#: tests/test_k3s_servers.py holds the two equal, so a bump of the CRD source (which Renovate
#: proposes) moves the image with it.
RELEASE = "v0.20.1"
IMAGE = f"rancher/system-upgrade-controller:{RELEASE}"
#: The image that replaces the k3s binary on a node; the controller adds the Plan's version as its tag.
K3S_UPGRADE_IMAGE = "rancher/k3s-upgrade"
#: The kubectl the upgrade Jobs cordon each server with. The release's default,
#: rancher/kubectl:v1.30.3, is six minors behind the servers: kubectl is supported within one
#: minor of the API server, which render() holds against `Servers.release`. v1.36.2 is the newest
#: version rancher/kubectl's versions.txt lists (the file its image build publishes from; added
#: 2026-06-22). That repository's README marks the image deprecated for use outside Rancher.
KUBECTL_IMAGE = "rancher/kubectl:v1.36.2"
KUBECTL_SETTING = "SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE"
NAMESPACE = "system-upgrade"
NAME = "system-upgrade-controller"
ACCOUNT = "system-upgrade"
SERVER_PLAN = "k3s-server"
CONTROL_PLANE = "node-role.kubernetes.io/control-plane"
REASON = "the upgrade Jobs the controller starts run privileged with the host's filesystem, to replace the k3s binary on each node"

#: The controller's settings: the release's own defaults (its default-controller-env ConfigMap),
#: but for the upgrade Jobs' kubectl (KUBECTL_IMAGE).
CONTROLLER_ENV = {
    "SYSTEM_UPGRADE_CONTROLLER_DEBUG": "false",
    "SYSTEM_UPGRADE_CONTROLLER_THREADS": "2",
    "SYSTEM_UPGRADE_CONTROLLER_LEADER_ELECT": "true",
    "SYSTEM_UPGRADE_JOB_ACTIVE_DEADLINE_SECONDS": "900",
    "SYSTEM_UPGRADE_JOB_BACKOFF_LIMIT": "99",
    "SYSTEM_UPGRADE_JOB_IMAGE_PULL_POLICY": "Always",
    KUBECTL_SETTING: KUBECTL_IMAGE,
    "SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE_WINDOWS": "",
    "SYSTEM_UPGRADE_JOB_PRIVILEGED": "true",
    "SYSTEM_UPGRADE_JOB_TTL_SECONDS_AFTER_FINISH": "900",
    "SYSTEM_UPGRADE_PLAN_POLLING_INTERVAL": "15m",
}


def _rules(*rules: tuple[str, list[str], list[str]] | tuple[str, list[str], list[str], list[str]]) -> list[dict[str, Any]]:
    out = []
    for rule in rules:
        group, resources, verbs = rule[0], rule[1], rule[2]
        entry: dict[str, Any] = {"apiGroups": [group], "resources": resources}
        if len(rule) == 4:
            entry["resourceNames"] = rule[3]
        entry["verbs"] = verbs
        out.append(entry)
    return out


READ = ["get", "list", "watch"]
CLUSTER_RULES = _rules(
    ("batch", ["jobs"], READ),
    ("apiextensions.k8s.io", ["customresourcedefinitions"], [*READ, "create", "patch", "update"]),
    ("", ["namespaces", "nodes"], READ),
    ("", ["nodes"], ["update"]),
    ("", ["events"], ["get", "create", "patch", "update"]),
    ("coordination.k8s.io", ["leases"], ["create"]),
    ("coordination.k8s.io", ["leases"], ["get", "update"], [NAME]),
    ("upgrade.cattle.io", ["plans", "plans/status"], [*READ, "create", "patch", "update", "delete"]),
)
NAMESPACE_RULES = _rules(
    ("batch", ["jobs"], ["create", "delete", "deletecollection", "patch", "update", *READ]),
    ("", ["secrets"], READ),
)
#: What the upgrade Jobs' cordon step needs (the release's drainer role).
DRAINER_RULES = _rules(
    ("", ["pods/eviction"], ["create"]),
    ("", ["pods"], ["get", "list", "delete"]),
    ("", ["nodes"], ["get", "patch"]),
    ("apps", ["statefulsets", "daemonsets", "replicasets"], ["get", "list"]),
)


def _labels(part_of: str) -> dict[str, str]:
    return recommended_labels(name=NAME, instance=NAME, component="controller", part_of=part_of, version=RELEASE)


def _object(scope: Construct, id: str, api: str, kind: str, name: str, namespace: str | None, body: dict[str, Any], part_of: str) -> None:
    ManifestObject(scope, id, {"apiVersion": api, "kind": kind, "metadata": object_meta(name, namespace, _labels(part_of)), **body})


def _binding(role_kind: str, role: str) -> dict[str, Any]:
    return {
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": role_kind, "name": role},
        "subjects": [{"kind": "ServiceAccount", "name": ACCOUNT, "namespace": NAMESPACE}],
    }


def deployment_spec() -> dict[str, Any]:
    selector = {"upgrade.cattle.io/controller": NAME}
    field = {"SYSTEM_UPGRADE_CONTROLLER_NAME": "metadata.labels['upgrade.cattle.io/controller']"}
    field["SYSTEM_UPGRADE_CONTROLLER_NAMESPACE"] = "metadata.namespace"
    field["SYSTEM_UPGRADE_CONTROLLER_NODE_NAME"] = "spec.nodeName"
    return {
        "strategy": {"type": "Recreate"},
        "selector": {"matchLabels": selector},
        "template": {
            # The controller label keeps its own pod out of the drains it runs.
            "metadata": {"labels": {**selector, "app.kubernetes.io/name": NAME, "app.kubernetes.io/component": "controller"}},
            "spec": {
                "serviceAccountName": ACCOUNT,
                "affinity": {
                    "nodeAffinity": {
                        "requiredDuringSchedulingIgnoredDuringExecution": {
                            "nodeSelectorTerms": [{"matchExpressions": [{"key": CONTROL_PLANE, "operator": "Exists"}]}]
                        }
                    }
                },
                "tolerations": [
                    {"key": "CriticalAddonsOnly", "operator": "Exists"},
                    {"key": CONTROL_PLANE, "operator": "Exists", "effect": "NoSchedule"},
                ],
                "securityContext": {
                    "runAsNonRoot": True,
                    "runAsUser": 65534,
                    "runAsGroup": 65534,
                    "seccompProfile": {"type": "RuntimeDefault"},
                },
                "containers": [
                    {
                        "name": NAME,
                        "image": IMAGE,
                        "imagePullPolicy": "IfNotPresent",
                        "envFrom": [{"configMapRef": {"name": "default-controller-env"}}],
                        "env": [{"name": k, "valueFrom": {"fieldRef": {"fieldPath": v}}} for k, v in field.items()],
                        "resources": {"requests": {"cpu": "50m", "memory": "64Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
                        "securityContext": {
                            "allowPrivilegeEscalation": False,
                            "readOnlyRootFilesystem": True,
                            "capabilities": {"drop": ["ALL"]},
                        },
                        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}],
                    }
                ],
                "volumes": [{"name": "tmp", "emptyDir": {}}],
            },
        },
    }


def server_plan(release: str) -> dict[str, Any]:
    return {
        "concurrency": 1,
        "cordon": True,
        "nodeSelector": {"matchExpressions": [{"key": CONTROL_PLANE, "operator": "Exists"}]},
        "serviceAccountName": ACCOUNT,
        "tolerations": [
            {"key": "CriticalAddonsOnly", "operator": "Exists"},
            {"key": CONTROL_PLANE, "operator": "Exists", "effect": "NoSchedule"},
        ],
        "upgrade": {"image": K3S_UPGRADE_IMAGE},
        "version": release,
    }


def render(scope: Construct, cluster: Cluster, *, part_of: str) -> None:
    where = f"clusters[{cluster.name!r}] system-upgrade-controller"
    kubectl_within_skew(where, KUBECTL_SETTING, CONTROLLER_ENV[KUBECTL_SETTING], cluster.servers.release)
    PlatformNamespace(scope, f"namespace-{NAMESPACE}", name=NAMESPACE, pod_security="privileged", reason=REASON, part_of=part_of)
    rbac = "rbac.authorization.k8s.io/v1"
    _object(scope, "sa", "v1", "ServiceAccount", ACCOUNT, NAMESPACE, {}, part_of)
    _object(scope, "clusterrole", rbac, "ClusterRole", NAME, None, {"rules": CLUSTER_RULES}, part_of)
    _object(scope, "drainer", rbac, "ClusterRole", f"{NAME}-drainer", None, {"rules": DRAINER_RULES}, part_of)
    _object(scope, "role", rbac, "Role", NAME, NAMESPACE, {"rules": NAMESPACE_RULES}, part_of)
    _object(scope, "clusterrolebinding", rbac, "ClusterRoleBinding", ACCOUNT, None, _binding("ClusterRole", NAME), part_of)
    _object(
        scope,
        "drainer-binding",
        rbac,
        "ClusterRoleBinding",
        "system-upgrade-drainer",
        None,
        _binding("ClusterRole", f"{NAME}-drainer"),
        part_of,
    )
    _object(scope, "rolebinding", rbac, "RoleBinding", ACCOUNT, NAMESPACE, _binding("Role", NAME), part_of)
    _object(scope, "env", "v1", "ConfigMap", "default-controller-env", NAMESPACE, {"data": dict(CONTROLLER_ENV)}, part_of)
    _object(scope, "controller", "apps/v1", "Deployment", NAME, NAMESPACE, {"spec": deployment_spec()}, part_of)
    _object(
        scope,
        "server-plan",
        "upgrade.cattle.io/v1",
        "Plan",
        SERVER_PLAN,
        NAMESPACE,
        {"spec": server_plan(cluster.servers.release)},
        part_of,
    )
