"""The kube-apiserver's audit Policy (audit.k8s.io/v1). The first matching rule decides, so
the order is the policy: the noise first (health checks, leader-election leases, events), then
what must never show its body (Secrets, ConfigMaps, tokens: metadata only), then the changes to
who may do what (RBAC, admission webhooks: with the request body), then everything else with
its metadata (who, what, when, the answer's code)."""

from __future__ import annotations

from typing import Any

WRITES = ["create", "update", "patch", "delete", "deletecollection"]


def audit_policy() -> dict[str, Any]:
    return {
        "apiVersion": "audit.k8s.io/v1",
        "kind": "Policy",
        # The stage before the handler runs repeats what ResponseComplete says.
        "omitStages": ["RequestReceived"],
        "rules": [
            {"level": "None", "nonResourceURLs": ["/healthz*", "/livez*", "/readyz*", "/version"]},
            # Every node and controller renews its lease every few seconds.
            {"level": "None", "resources": [{"group": "coordination.k8s.io", "resources": ["leases"]}]},
            {"level": "None", "resources": [{"group": "", "resources": ["events"]}, {"group": "events.k8s.io", "resources": ["events"]}]},
            {
                "level": "Metadata",
                "resources": [
                    {"group": "", "resources": ["secrets", "configmaps", "serviceaccounts/token"]},
                    {"group": "authentication.k8s.io", "resources": ["tokenreviews"]},
                ],
            },
            {
                "level": "Request",
                "verbs": WRITES,
                "resources": [
                    {"group": "rbac.authorization.k8s.io"},
                    {"group": "admissionregistration.k8s.io"},
                ],
            },
            {"level": "Metadata"},
        ],
    }
