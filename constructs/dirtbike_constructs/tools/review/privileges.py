"""Privilege changes of pods and namespaces: capabilities, user and group ids, privilege
escalation, privileged mode, root filesystem, host namespaces and paths, seccomp, the named
security exceptions, ServiceAccount tokens, and the Pod Security labels of namespaces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import Finding, Identity, Tree, containers, describe, dig, pod_template

EXCEPTION_PREFIX = "security.dirtbike.io/"
POD_SECURITY = "pod-security.kubernetes.io/"
LEVELS = {"privileged": 0, "baseline": 1, "restricted": 2}
MIN_UID = 10000  # ids below this may be a node's or an image's user

#: container securityContext field -> (rule, how to say it)
CONTAINER_FIELDS = {
    "privileged": ("privilege-privileged", "privileged"),
    "allowPrivilegeEscalation": ("privilege-escalation", "allowPrivilegeEscalation"),
    "readOnlyRootFilesystem": ("privilege-root-filesystem", "readOnlyRootFilesystem"),
    "runAsUser": ("privilege-user", "runAsUser"),
    "runAsGroup": ("privilege-user", "runAsGroup"),
    "runAsNonRoot": ("privilege-user", "runAsNonRoot"),
    "seccomp": ("privilege-seccomp", "seccomp profile"),
    "capabilities.add": ("privilege-capabilities", "capabilities added"),
    "capabilities.drop": ("privilege-capabilities", "capabilities dropped"),
}
POD_FIELDS = {
    "hostNetwork": ("privilege-host", "hostNetwork"),
    "hostPID": ("privilege-host", "hostPID"),
    "hostIPC": ("privilege-host", "hostIPC"),
    "hostPath": ("privilege-host", "hostPath volumes"),
    "runAsUser": ("privilege-user", "pod runAsUser"),
    "runAsGroup": ("privilege-user", "pod runAsGroup"),
    "runAsNonRoot": ("privilege-user", "pod runAsNonRoot"),
    "automountServiceAccountToken": ("sa-token", "ServiceAccount token mounted"),
}
# Values that need no mention on a new workload (the hardened default).
SAFE = {
    "privileged": False,
    "allowPrivilegeEscalation": False,
    "readOnlyRootFilesystem": True,
    "runAsNonRoot": True,
    "seccomp": "RuntimeDefault",
    "capabilities.add": None,
    "capabilities.drop": "ALL",
    "hostNetwork": False,
    "hostPID": False,
    "hostIPC": False,
    "hostPath": None,
    "automountServiceAccountToken": False,
}


def _container_profile(container: Mapping[str, Any], pod_seccomp: Any) -> dict[str, Any]:
    context = container.get("securityContext") or {}
    return {
        "privileged": bool(context.get("privileged", False)),
        "allowPrivilegeEscalation": context.get("allowPrivilegeEscalation", True),
        "readOnlyRootFilesystem": bool(context.get("readOnlyRootFilesystem", False)),
        "runAsUser": context.get("runAsUser"),
        "runAsGroup": context.get("runAsGroup"),
        "runAsNonRoot": context.get("runAsNonRoot"),
        "seccomp": dig(context, "seccompProfile", "type") or pod_seccomp,
        "capabilities.add": ", ".join(sorted(dig(context, "capabilities", "add") or [])) or None,
        "capabilities.drop": ", ".join(sorted(dig(context, "capabilities", "drop") or [])) or None,
    }


def _pod_profile(template: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]], dict[str, str]]:
    spec = template.get("spec") or {}
    context = spec.get("securityContext") or {}
    pod = {
        "hostNetwork": bool(spec.get("hostNetwork", False)),
        "hostPID": bool(spec.get("hostPID", False)),
        "hostIPC": bool(spec.get("hostIPC", False)),
        "hostPath": ", ".join(sorted(v["hostPath"]["path"] for v in spec.get("volumes") or [] if "hostPath" in v)) or None,
        "runAsUser": context.get("runAsUser"),
        "runAsGroup": context.get("runAsGroup"),
        "runAsNonRoot": context.get("runAsNonRoot"),
        "automountServiceAccountToken": spec.get("automountServiceAccountToken", True),
    }
    pod_seccomp = dig(context, "seccompProfile", "type")
    per_container = {c["name"]: _container_profile(c, pod_seccomp) for c in containers(template)}
    annotations = dig(template, "metadata", "annotations") or {}
    exceptions = {k[len(EXCEPTION_PREFIX) :]: v for k, v in annotations.items() if k.startswith(EXCEPTION_PREFIX)}
    return pod, per_container, exceptions


def _show(value: Any) -> str:
    return "unset" if value is None else f"`{value}`"


def _notable(field: str, value: Any) -> bool:
    """On a new workload, is this value worth a reviewer's look?"""
    if field in ("runAsUser", "runAsGroup"):
        return value is not None and value < MIN_UID
    if field == "runAsNonRoot":
        return value is False
    return field in SAFE and value != SAFE[field]


def _compare(
    where: str, fields: Mapping[str, tuple[str, str]], old: Mapping[str, Any] | None, new: Mapping[str, Any], subject: str
) -> list[Finding]:
    found = []
    for field, (rule, words) in fields.items():
        after = new.get(field)
        if old is None:
            if _notable(field, after):
                found.append(Finding(rule, subject, f"{where}: {words} {_show(after)}"))
        elif old.get(field) != after:
            found.append(Finding(rule, subject, f"{where}: {words} {_show(old.get(field))} → {_show(after)}"))
    return found


def _workload_findings(ident: Identity, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Finding]:
    new_template = pod_template(new)
    if new_template is None:
        return []
    old_template = pod_template(old) if old is not None else None
    subject = describe(ident)
    new_pod, new_containers, new_exceptions = _pod_profile(new_template)
    old_pod, old_containers, old_exceptions = _pod_profile(old_template) if old_template is not None else (None, {}, {})
    found = _compare(subject, POD_FIELDS, old_pod, new_pod, subject)
    for name, profile in new_containers.items():
        found += _compare(
            f"{subject}, container `{name}`", CONTAINER_FIELDS, old_containers.get(name) if old_pod else None, profile, subject
        )
    for key in sorted(set(old_exceptions) | set(new_exceptions)):
        before, after = old_exceptions.get(key), new_exceptions.get(key)
        if before == after:
            continue
        if after is None:
            text = f"{subject}: security exception `{key}` removed"
        elif before is None:
            text = f"{subject}: security exception `{key}` added: “{after}”"
        else:
            text = f"{subject}: security exception `{key}` now reads “{after}”"
        found.append(Finding("security-exception", subject, text))
    return found


def _service_account_findings(ident: Identity, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Finding]:
    before = None if old is None else old.get("automountServiceAccountToken", True)
    after = new.get("automountServiceAccountToken", True)
    if before == after or (old is None and after is False):
        return []
    words = f"{_show(before)} → {_show(after)}" if old is not None else _show(after)
    return [Finding("sa-token", describe(ident), f"{describe(ident)}: automountServiceAccountToken {words}")]


def _namespace_findings(ident: Identity, old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> list[Finding]:
    """One line per namespace: its Pod Security modes that are new (when not 'restricted') or
    changed, loosening marked."""
    old_labels = (dig(old, "metadata", "labels") or {}) if old is not None else None
    new_labels = dig(new, "metadata", "labels") or {}
    parts, loosened = [], False
    for mode in ("enforce", "audit", "warn"):
        key = POD_SECURITY + mode
        after = new_labels.get(key)
        if old_labels is None:
            if after != "restricted" and (after is not None or mode == "enforce"):  # unset enforce = privileged
                parts.append(f"{mode} {_show(after)}")
            continue
        before = old_labels.get(key)
        if before != after:
            parts.append(f"{mode} {_show(before)} → {_show(after)}")
            loosened |= LEVELS.get(str(after), -1) < LEVELS.get(str(before), -1)
        version_key = key + "-version"
        if old_labels.get(version_key) != new_labels.get(version_key):
            parts.append(f"{mode} version {_show(old_labels.get(version_key))} → {_show(new_labels.get(version_key))}")
    if not parts:
        return []
    where = f"{describe(ident)}{' (new)' if old is None else ''}"
    return [Finding("pod-security", describe(ident), f"{where}: Pod Security {', '.join(parts)}" + (" (**loosened**)" if loosened else ""))]


def privilege_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    if new is None:
        return []
    found: list[Finding] = []
    for ident, manifest in new.objects.items():
        before = old.objects.get(ident) if old else None
        if before == manifest:
            continue
        if ident[0] == "Namespace":
            found += _namespace_findings(ident, before, manifest)
        elif ident[0] == "ServiceAccount":
            found += _service_account_findings(ident, before, manifest)
        else:
            found += _workload_findings(ident, before, manifest)
    return found
