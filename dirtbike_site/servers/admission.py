"""The kube-apiserver's AdmissionConfiguration: Pod Security `restricted` (enforced, audited,
warned) for every namespace that does not state its own level, pinned to the Kubernetes minor
of the cluster's k3s release, with the exempted namespaces. Only what the upstream
kube-apiserver accepts (apiserver.config.k8s.io/v1, pod-security.admission.config.k8s.io/v1),
so the control-plane twin starts with the same file."""

from __future__ import annotations

from typing import Any

from ..environments import Servers
from .release import pod_security_version


def admission_configuration(servers: Servers) -> dict[str, Any]:
    version = pod_security_version(servers.release)
    defaults: dict[str, str] = {}
    for mode in ("enforce", "audit", "warn"):
        defaults[mode] = "restricted"
        defaults[f"{mode}-version"] = version
    return {
        "apiVersion": "apiserver.config.k8s.io/v1",
        "kind": "AdmissionConfiguration",
        "plugins": [
            {
                "name": "PodSecurity",
                "configuration": {
                    "apiVersion": "pod-security.admission.config.k8s.io/v1",
                    "kind": "PodSecurityConfiguration",
                    "defaults": defaults,
                    "exemptions": {
                        "usernames": [],
                        "runtimeClasses": [],
                        "namespaces": sorted(e.namespace for e in servers.exemptions),
                    },
                },
            }
        ],
    }


def exemption_notes(servers: Servers) -> list[str]:
    """One comment line per exemption: the namespace and why."""
    return [f"exempt {e.namespace}: {e.reason}" for e in sorted(servers.exemptions, key=lambda e: e.namespace)]
