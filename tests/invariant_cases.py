"""Crafted admission requests for every rule of dirtbike_constructs.invariants, each with the
answer it must get: `admitted` or `refused` (by exactly that rule). The same cases are judged by
the library's check (Python) and by the policies' CEL (tests/test_invariants.py), and can be
applied to a real API server: `case_policies(name)` renders the policies of a case's scope, and
a case's objects are plain manifests for `kubectl`.

How a case maps to kubectl: CREATE: `kubectl create -f object`; UPDATE: create `old_object`
(with the policies absent or with break-glass), then `kubectl replace -f object`; DELETE: create
`old_object`, then `kubectl delete`. `username` other than PERSON: `kubectl --as=<username>`.
`twin=False`: the case needs a state plain kubectl cannot make on demand (a namespace being
deleted, an object being deleted); the Python and CEL tests still judge it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Literal

from dirtbike_constructs.invariant_policies import render_policies
from dirtbike_constructs.invariants import API_ROLE_ANNOTATION, BREAK_GLASS_ANNOTATION, EXTERNAL_SERVICE_ANNOTATION, AdmissionScope, Request

#: The writers of plain Secrets on the site's clusters (dirtbike_site/addons/contract.py).
SEALED_SECRETS = "system:serviceaccount:kube-system:sealed-secrets-controller"
CNPG = "system:serviceaccount:cnpg-system:cnpg-cloudnative-pg"
CERT_MANAGER = "system:serviceaccount:cert-manager:cert-manager"
#: A person applying by hand.
PERSON = "jane@example.org"

#: Two scopes: images pinned by tag are enough in the first, the second requires digests.
SCOPES: dict[str, AdmissionScope] = {
    "by-tag": AdmissionScope(("invariant-cases",), ("docker.io", "ghcr.io"), False, (SEALED_SECRETS, CNPG, CERT_MANAGER)),
    "by-digest": AdmissionScope(("invariant-cases-digest",), ("docker.io", "ghcr.io"), True, (SEALED_SECRETS, CNPG, CERT_MANAGER)),
}

#: Real references: the site's WordPress tag and Discourse's tag with the digest of the images lock.
TAGGED = "wordpress:6.8.3-php8.3-apache"
DIGEST = "sha256:1cd645f0864e3a8d90980b240ab08be6f38c9a77e6dd3c45e5c18b30972d35b6"
PINNED = f"discourse/discourse:2026.9.0-latest@{DIGEST}"


@dataclass(frozen=True)
class Case:
    rule: str
    name: str
    expected: Literal["admitted", "refused"]
    object: dict[str, Any] | None
    operation: Literal["CREATE", "UPDATE", "DELETE"] = "CREATE"
    old_object: dict[str, Any] | None = None
    username: str = PERSON
    scope: str = "by-tag"
    namespace_terminating: bool = False
    twin: bool = True

    @property
    def request(self) -> Request:
        return Request(self.operation, self.object, self.old_object, self.username, self.namespace_terminating)

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.name}"


def case_policies(scope: str, enforcement: Literal["deny", "warn"] = "deny") -> list[dict[str, Any]]:
    """The policies and bindings a scope's cases are judged by (names `cases-<scope>-<rule>`)."""
    return render_policies(f"cases-{scope}", SCOPES[scope], enforcement)


def _namespace(scope: str) -> str:
    return SCOPES[scope].namespaces[0]


LABELS = {"app.kubernetes.io/name": "api", "app.kubernetes.io/part-of": "shop", "app.kubernetes.io/managed-by": "dirtbike-constructs"}
RESTRICTED = {
    "allowPrivilegeEscalation": False,
    "capabilities": {"drop": ["ALL"]},
    "runAsNonRoot": True,
    "runAsUser": 10001,
    "seccompProfile": {"type": "RuntimeDefault"},
}


def container(image: str = TAGGED, **changes: Any) -> dict[str, Any]:
    """A container every rule admits: resources, a port with its readiness probe, restricted."""
    spec: dict[str, Any] = {
        "name": "app",
        "image": image,
        "ports": [{"name": "http", "containerPort": 8080}],
        "readinessProbe": {"httpGet": {"path": "/ready", "port": "http"}},
        "resources": {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m", "memory": "256Mi"}},
        "securityContext": copy.deepcopy(RESTRICTED),
    }
    spec.update(changes)
    return {k: v for k, v in spec.items() if v is not None}


def pod_spec(*containers: dict[str, Any], **changes: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {"automountServiceAccountToken": False, "containers": list(containers or (container(),))}
    spec.update(changes)
    return {k: v for k, v in spec.items() if v is not None}


def deployment(
    spec: dict[str, Any] | None = None,
    *,
    name: str = "api",
    scope: str = "by-tag",
    labels: dict[str, str] | None = None,
    annotations: dict[str, str] | None = None,
    pod_annotations: dict[str, str] | None = None,
) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name, "namespace": _namespace(scope), "labels": dict(LABELS if labels is None else labels)}
    if annotations:
        metadata["annotations"] = annotations
    template_meta: dict[str, Any] = {"labels": {"app.kubernetes.io/name": name}}
    if pod_annotations:
        template_meta["annotations"] = pod_annotations
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": metadata,
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
            "template": {"metadata": template_meta, "spec": spec or pod_spec()},
        },
    }


def cron_job(spec: dict[str, Any] | None = None, *, labels: dict[str, str] | None = None) -> dict[str, Any]:
    worker = container(ports=None, readinessProbe=None)
    return {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": "nightly", "namespace": _namespace("by-tag"), "labels": dict(LABELS if labels is None else labels)},
        "spec": {
            "schedule": "0 4 * * *",
            "jobTemplate": {"spec": {"template": {"spec": spec or pod_spec(worker, restartPolicy="Never")}}},
        },
    }


def pod(*, labels: dict[str, str] | None = None, owner: bool = False) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": "debug", "namespace": _namespace("by-tag")}
    if labels is not None:
        metadata["labels"] = labels
    if owner:
        metadata["ownerReferences"] = [
            {
                "apiVersion": "apps/v1",
                "kind": "ReplicaSet",
                "name": "api-5d4f",
                "uid": "6b1c1f5e-0c4e-4c38-9a0b-000000000001",
                "controller": True,
            }
        ]
    return {"apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": pod_spec()}


def secret(name: str = "api-db", annotations: dict[str, str] | None = None) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name, "namespace": _namespace("by-tag")}
    if annotations:
        metadata["annotations"] = annotations
    return {"apiVersion": "v1", "kind": "Secret", "metadata": metadata, "type": "Opaque", "stringData": {"password": "case-data"}}


def service(spec_type: str = "ClusterIP", reason: str | None = None, **spec: Any) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": "api", "namespace": _namespace("by-tag"), "labels": dict(LABELS)}
    if reason is not None:
        metadata["annotations"] = {EXTERNAL_SERVICE_ANNOTATION: reason}
    body = {"type": spec_type, "selector": {"app.kubernetes.io/name": "api"}, "ports": [{"name": "http", "port": 80, "targetPort": "http"}]}
    return {"apiVersion": "v1", "kind": "Service", "metadata": metadata, "spec": {**body, **spec}}


def network_policy(name: str = "default-deny", annotations: dict[str, str] | None = None, **spec: Any) -> dict[str, Any]:
    metadata: dict[str, Any] = {"name": name, "namespace": _namespace("by-tag")}
    if annotations:
        metadata["annotations"] = annotations
    body: dict[str, Any] = {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    body.update(spec)
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": metadata, "spec": body}


def namespace(enforce: str | None = "restricted", annotations: dict[str, str] | None = None) -> dict[str, Any]:
    labels = {"kubernetes.io/metadata.name": _namespace("by-tag")}
    if enforce is not None:
        labels["pod-security.kubernetes.io/enforce"] = enforce
    metadata: dict[str, Any] = {"name": _namespace("by-tag"), "labels": labels}
    if annotations:
        metadata["annotations"] = annotations
    return {"apiVersion": "v1", "kind": "Namespace", "metadata": metadata}


def with_container(*containers: dict[str, Any], **pod_changes: Any) -> dict[str, Any]:
    return deployment(pod_spec(*containers, **pod_changes))


BREAK_GLASS = {BREAK_GLASS_ANNOTATION: "INC-1042: the node-local debugger, removed after the incident"}

CASES: tuple[Case, ...] = (
    # image-pinned
    Case("image-pinned", "tag", "admitted", deployment()),
    Case("image-pinned", "digest only", "admitted", with_container(container(f"discourse/discourse@{DIGEST}"))),
    Case("image-pinned", "latest", "refused", with_container(container("wordpress:latest"))),
    Case("image-pinned", "no tag", "refused", with_container(container("wordpress"))),
    Case("image-pinned", "not a reference", "refused", with_container(container("WordPress:6.8.3"))),
    Case("image-pinned", "latest beside a digest", "refused", with_container(container(f"discourse/discourse:latest@{DIGEST}"))),
    Case(
        "image-pinned",
        "init container latest",
        "refused",
        with_container(container(), initContainers=[container("wordpress:latest", name="setup", ports=None, readinessProbe=None)]),
    ),
    Case(
        "image-pinned",
        "cronjob latest",
        "refused",
        cron_job(pod_spec(container("wordpress:latest", ports=None, readinessProbe=None), restartPolicy="Never")),
    ),
    # image-registry
    Case("image-registry", "ghcr.io", "admitted", with_container(container("ghcr.io/example/api:1.4.2"))),
    Case("image-registry", "docker.io spelled out", "admitted", with_container(container(f"docker.io/library/{TAGGED}"))),
    Case("image-registry", "another registry", "refused", with_container(container("quay.io/example/api:1.4.2"))),
    Case("image-registry", "a registry with a port", "refused", with_container(container("registry.example.org:5000/api:1.4.2"))),
    # image-digest (where the scope requires it)
    Case("image-digest", "tag and digest", "admitted", deployment(pod_spec(container(PINNED)), scope="by-digest"), scope="by-digest"),
    Case("image-digest", "tag only", "refused", deployment(pod_spec(container(TAGGED)), scope="by-digest"), scope="by-digest"),
    # pod-resources
    Case("pod-resources", "all four", "admitted", deployment()),
    Case(
        "pod-resources",
        "no memory limit",
        "refused",
        with_container(container(resources={"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"cpu": "500m"}})),
    ),
    Case("pod-resources", "no resources", "refused", with_container(container(resources=None))),
    Case(
        "pod-resources",
        "init container without",
        "refused",
        with_container(container(), initContainers=[container(name="setup", ports=None, readinessProbe=None, resources=None)]),
    ),
    # pod-readiness
    Case("pod-readiness", "serving with probe", "admitted", deployment()),
    Case("pod-readiness", "worker without port", "admitted", with_container(container(ports=None, readinessProbe=None))),
    Case("pod-readiness", "serving without probe", "refused", with_container(container(readinessProbe=None))),
    Case(
        "pod-readiness",
        "native sidecar without probe",
        "refused",
        with_container(
            container(),
            initContainers=[
                container(name="proxy", restartPolicy="Always", readinessProbe=None, ports=[{"name": "proxy", "containerPort": 9000}])
            ],
        ),
    ),
    # pod-host-access
    Case("pod-host-access", "isolated", "admitted", deployment()),
    Case("pod-host-access", "hostNetwork", "refused", with_container(container(), hostNetwork=True)),
    Case("pod-host-access", "hostPID", "refused", with_container(container(), hostPID=True)),
    Case("pod-host-access", "hostIPC", "refused", with_container(container(), hostIPC=True)),
    Case(
        "pod-host-access",
        "hostPath",
        "refused",
        with_container(container(), volumes=[{"name": "node-logs", "hostPath": {"path": "/var/log"}}]),
    ),
    Case(
        "pod-host-access",
        "hostPort",
        "refused",
        with_container(container(ports=[{"name": "http", "containerPort": 8080, "hostPort": 8080}])),
    ),
    Case("pod-host-access", "break-glass", "admitted", deployment(pod_spec(container(), hostNetwork=True), annotations=BREAK_GLASS)),
    Case(
        "pod-host-access",
        "blank break-glass",
        "refused",
        deployment(pod_spec(container(), hostNetwork=True), annotations={BREAK_GLASS_ANNOTATION: "  "}),
    ),
    # pod-token
    Case("pod-token", "off", "admitted", deployment()),
    Case("pod-token", "unset", "refused", with_container(container(), automountServiceAccountToken=None)),
    Case("pod-token", "on without a Role", "refused", with_container(container(), automountServiceAccountToken=True)),
    Case(
        "pod-token",
        "on for a Role",
        "admitted",
        deployment(pod_spec(container(), automountServiceAccountToken=True), pod_annotations={API_ROLE_ANNOTATION: "api"}),
    ),
    # workload-labels
    Case("workload-labels", "all three", "admitted", deployment()),
    Case("workload-labels", "no part-of", "refused", deployment(labels={k: v for k, v in LABELS.items() if "part-of" not in k})),
    Case("workload-labels", "empty name", "refused", deployment(labels={**LABELS, "app.kubernetes.io/name": ""})),
    Case(
        "workload-labels",
        "cronjob without managed-by",
        "refused",
        cron_job(labels={k: v for k, v in LABELS.items() if "managed-by" not in k}),
    ),
    Case("workload-labels", "bare pod without labels", "refused", pod()),
    Case("workload-labels", "pod of a ReplicaSet", "admitted", pod(owner=True)),
    # secret-writers
    Case("secret-writers", "by hand", "refused", secret()),
    Case("secret-writers", "SealedSecrets controller", "admitted", secret(), username=SEALED_SECRETS),
    Case("secret-writers", "CloudNativePG", "admitted", secret("postgres-app"), username=CNPG),
    Case("secret-writers", "cert-manager", "admitted", secret("web-certificate-tls"), username=CERT_MANAGER),
    Case("secret-writers", "by hand with break-glass", "admitted", secret(annotations=BREAK_GLASS)),
    # service-exposure
    Case("service-exposure", "ClusterIP", "admitted", service()),
    Case(
        "service-exposure",
        "LoadBalancer with reason",
        "admitted",
        service("LoadBalancer", "the mail relay takes SMTP from the office network"),
    ),
    Case("service-exposure", "NodePort without reason", "refused", service("NodePort")),
    Case("service-exposure", "blank reason", "refused", service("LoadBalancer", " ")),
    Case("service-exposure", "externalIPs", "refused", service(externalIPs=["203.0.113.10"])),
    # default-deny-kept
    Case("default-deny-kept", "re-applied unchanged", "admitted", network_policy(), "UPDATE", network_policy()),
    Case("default-deny-kept", "deleted", "refused", None, "DELETE", network_policy()),
    Case("default-deny-kept", "another policy deleted", "admitted", None, "DELETE", network_policy("allow-dns")),
    Case("default-deny-kept", "deleted with break-glass", "admitted", None, "DELETE", network_policy(annotations=BREAK_GLASS)),
    Case(
        "default-deny-kept",
        "deleted with its namespace",
        "admitted",
        None,
        "DELETE",
        network_policy(),
        namespace_terminating=True,
        twin=False,
    ),
    Case("default-deny-kept", "an allow rule added", "refused", network_policy(ingress=[{}]), "UPDATE", network_policy()),
    Case(
        "default-deny-kept",
        "narrowed to some pods",
        "refused",
        network_policy(podSelector={"matchLabels": {"app.kubernetes.io/name": "api"}}),
        "UPDATE",
        network_policy(),
    ),
    Case("default-deny-kept", "egress dropped", "refused", network_policy(policyTypes=["Ingress"]), "UPDATE", network_policy()),
    # namespace-pod-security
    Case("namespace-pod-security", "kept", "admitted", namespace(), "UPDATE", namespace()),
    Case("namespace-pod-security", "lowered", "refused", namespace("baseline"), "UPDATE", namespace()),
    Case("namespace-pod-security", "removed", "refused", namespace(None), "UPDATE", namespace()),
    Case("namespace-pod-security", "lowered with break-glass", "admitted", namespace("privileged", BREAK_GLASS), "UPDATE", namespace()),
)
