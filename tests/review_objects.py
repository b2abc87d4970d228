"""Small hand-made manifests for the review tests: each builder gives the hardened default, the
tests change one thing and read what the review says about it."""

from __future__ import annotations

import copy
from typing import Any

import yaml

NS = "shop"
RANK = {
    "Namespace": 0,
    "StorageClass": 0,
    "ClusterRole": 0,
    "ClusterRoleBinding": 0,
    "NetworkPolicy": 2,
    "ServiceAccount": 3,
    "Role": 3,
    "RoleBinding": 3,
    "SealedSecret": 4,
    "Secret": 4,
    "ConfigMap": 5,
    "PersistentVolumeClaim": 6,
    "Cluster": 7,
    "Job": 9,
    "CronJob": 9,
    "Service": 10,
    "Deployment": 11,
    "StatefulSet": 11,
    "HorizontalPodAutoscaler": 12,
    "Middleware": 13,
    "TraefikService": 13,
    "IngressRoute": 13,
    "HelmChart": 0,
}


def tree(*manifests: dict[str, Any], env: str = "stage") -> dict[str, str]:
    """'env/<namespace>/<NN>-<kind>-<name>.yaml' -> YAML, the layout synthesis writes."""
    files = {}
    for m in manifests:
        folder = m["metadata"].get("namespace") or "_cluster"
        files[f"{env}/{folder}/{RANK[m['kind']]:02d}-{m['kind'].lower()}-{m['metadata']['name']}.yaml"] = yaml.safe_dump(m, sort_keys=False)
    return files


def changed(manifest: dict[str, Any], edit) -> dict[str, Any]:
    """A deep copy of manifest after edit(copy)."""
    result = copy.deepcopy(manifest)
    edit(result)
    return result


def meta(name: str, namespace: str | None = NS, **labels: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name}
    if namespace:
        out["namespace"] = namespace
    out["labels"] = {"app.kubernetes.io/name": name, **labels}
    return out


def namespace(name: str = NS, level: str = "restricted") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {
            "name": name,
            "labels": {"pod-security.kubernetes.io/enforce": level, "pod-security.kubernetes.io/enforce-version": "v1.32"},
        },
    }


def container(name: str = "app", image: str = "example/app:1.0", port: int = 8080) -> dict[str, Any]:
    return {
        "name": name,
        "image": image,
        "ports": [{"name": "http", "containerPort": port, "protocol": "TCP"}],
        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
        "securityContext": {
            "allowPrivilegeEscalation": False,
            "capabilities": {"drop": ["ALL"]},
            "privileged": False,
            "readOnlyRootFilesystem": True,
            "runAsNonRoot": True,
            "runAsUser": 10001,
            "runAsGroup": 10001,
            "seccompProfile": {"type": "RuntimeDefault"},
        },
    }


def pod(name: str, image: str = "example/app:1.0", port: int = 8080) -> dict[str, Any]:
    return {
        "metadata": {"labels": {"app.kubernetes.io/name": name}, "annotations": {"checksum.dirtbike.io/config": "aaa"}},
        "spec": {
            "serviceAccountName": name,
            "automountServiceAccountToken": False,
            "securityContext": {"runAsNonRoot": True, "runAsUser": 10001, "seccompProfile": {"type": "RuntimeDefault"}},
            "containers": [container(image=image, port=port)],
        },
    }


def deployment(
    name: str = "web", image: str = "example/app:1.0", replicas: int = 2, namespace: str = NS, port: int = 8080
) -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": meta(name, namespace),
        "spec": {"replicas": replicas, "selector": {"matchLabels": {"app.kubernetes.io/name": name}}, "template": pod(name, image, port)},
    }


def statefulset(name: str = "db", size: str = "10Gi") -> dict[str, Any]:
    return {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": meta(name),
        "spec": {
            "replicas": 1,
            "serviceName": f"{name}-headless",
            "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
            "template": pod(name, "example/db:8.4", 3306),
            "volumeClaimTemplates": [
                {
                    "metadata": {"name": "data"},
                    "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "retain", "resources": {"requests": {"storage": size}}},
                }
            ],
        },
    }


def job(name: str = "migrate", image: str = "example/app:1.0") -> dict[str, Any]:
    return {
        "apiVersion": "batch/v1",
        "kind": "Job",
        "metadata": meta(name),
        "spec": {"backoffLimit": 2, "template": {**pod(name, image), "spec": {**pod(name, image)["spec"], "restartPolicy": "Never"}}},
    }


def cronjob(name: str = "report", schedule: str = "0 4 * * *") -> dict[str, Any]:
    return {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": meta(name),
        "spec": {"schedule": schedule, "jobTemplate": {"spec": {"template": pod(name)}}},
    }


def storage_class(name: str = "retain", expandable: bool = True, replicas: str = "3") -> dict[str, Any]:
    return {
        "apiVersion": "storage.k8s.io/v1",
        "kind": "StorageClass",
        "metadata": {"name": name},
        "provisioner": "driver.longhorn.io",
        "reclaimPolicy": "Retain",
        "allowVolumeExpansion": expandable,
        "parameters": {"numberOfReplicas": replicas},
    }


def claim(name: str = "uploads", size: str = "10Gi", storage_class_name: str = "retain") -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": meta(name),
        "spec": {"accessModes": ["ReadWriteMany"], "storageClassName": storage_class_name, "resources": {"requests": {"storage": size}}},
    }


def postgres(
    name: str = "postgres", image: str = "ghcr.io/cloudnative-pg/postgresql:16.4", size: str = "20Gi", instances: int = 3
) -> dict[str, Any]:
    return {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "Cluster",
        "metadata": meta(name),
        "spec": {
            "instances": instances,
            "imageName": image,
            "storage": {"size": size, "storageClass": "retain"},
            "resources": {"requests": {"cpu": "1", "memory": "2Gi"}, "limits": {"cpu": "2", "memory": "2Gi"}},
        },
    }


def policy(
    name: str, selector: dict[str, str], *, ingress: list | None = None, egress: list | None = None, namespace: str = NS
) -> dict[str, Any]:
    types = (["Ingress"] if ingress is not None else []) + (["Egress"] if egress is not None else [])
    spec: dict[str, Any] = {"podSelector": {"matchLabels": selector} if selector else {}, "policyTypes": types}
    if ingress is not None:
        spec["ingress"] = ingress
    if egress is not None:
        spec["egress"] = egress
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": name, "namespace": namespace}, "spec": spec}


def default_deny(namespace: str = NS) -> dict[str, Any]:
    return policy("default-deny", {}, ingress=[], egress=[], namespace=namespace)


def pods_of(app: str, namespace: str | None = None) -> dict[str, Any]:
    peer: dict[str, Any] = {"podSelector": {"matchLabels": {"app.kubernetes.io/name": app}}}
    if namespace:
        peer["namespaceSelector"] = {"matchLabels": {"kubernetes.io/metadata.name": namespace}}
    return peer


def service_account(name: str = "web", token: bool = False) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": meta(name), "automountServiceAccountToken": token}


def role(name: str = "web", rules: list | None = None) -> dict[str, Any]:
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "Role",
        "metadata": meta(name),
        "rules": rules
        if rules is not None
        else [{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["web-db"], "verbs": ["get"]}],
    }


def role_binding(name: str = "web") -> dict[str, Any]:
    return {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": meta(name),
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name},
        "subjects": [{"kind": "ServiceAccount", "name": name, "namespace": NS}],
    }


def sealed_secret(name: str = "web-db", **data: str) -> dict[str, Any]:
    return {
        "apiVersion": "bitnami.com/v1alpha1",
        "kind": "SealedSecret",
        "metadata": meta(name),
        "spec": {"encryptedData": data or {"password": "AgBy3i4OJSWK+PiTySYZZA=="}},
    }


def middleware(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    return {"apiVersion": "traefik.io/v1alpha1", "kind": "Middleware", "metadata": meta(name), "spec": spec}


def ingress_route(name: str, host: str, middlewares: list[str] = ()) -> dict[str, Any]:
    return {
        "apiVersion": "traefik.io/v1alpha1",
        "kind": "IngressRoute",
        "metadata": meta(name),
        "spec": {
            "entryPoints": ["websecure"],
            "routes": [
                {
                    "kind": "Rule",
                    "match": f"Host(`{host}`)",
                    "middlewares": [{"name": m} for m in middlewares],
                    "services": [{"name": "web", "port": 80}],
                }
            ],
        },
    }


def color_service(name: str, color: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": meta(name),
        "spec": {
            "selector": {"app.kubernetes.io/name": "wordpress", "dirtbike.io/color": color},
            "ports": [{"name": "http", "port": 80, "targetPort": "http"}],
        },
    }


def weighted(name: str, blue: int, green: int) -> dict[str, Any]:
    return {
        "apiVersion": "traefik.io/v1alpha1",
        "kind": "TraefikService",
        "metadata": meta(name),
        "spec": {
            "weighted": {
                "services": [{"name": f"{name}-blue", "port": 80, "weight": blue}, {"name": f"{name}-green", "port": 80, "weight": green}]
            }
        },
    }
