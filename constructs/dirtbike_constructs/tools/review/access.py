"""Who may do what, and who may come in: RBAC rules each subject gains or loses (through its
bindings, so an unbound Role grants nothing), credentials added, removed or re-sealed, public
hosts added or removed, and authentication middlewares a route no longer passes through."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .model import Finding, Identity, Tree, describe, dig

Grant = tuple[str, str, str, str]  # api group, resource, verb, resource name ('' for any)
Subject = tuple[str, str, str, str]  # kind, namespace, name, scope (a namespace, or 'cluster')
AUTH_MIDDLEWARE_KEYS = ("basicAuth", "digestAuth", "forwardAuth", "ipAllowList", "ipWhiteList")
HOST = re.compile(r"Host\(\s*`([^`]+)`\s*\)")


def _rule_grants(rules: Iterable[Mapping[str, Any]]) -> set[Grant]:
    grants = set()
    for rule in rules:
        for group in rule.get("apiGroups") or [""]:
            for resource in rule.get("resources") or []:
                for verb in rule.get("verbs") or []:
                    for name in rule.get("resourceNames") or [""]:
                        grants.add((group, resource, verb, name))
    return grants


def effective_grants(tree: Tree | None) -> dict[Subject, set[Grant]]:
    """Subject (with the scope it holds the grant in) -> what its bindings give it."""
    if tree is None:
        return {}
    roles = {(kind, ns, name): _rule_grants(m.get("rules") or []) for (kind, ns, name), m in tree.of_kind("Role", "ClusterRole")}
    found: dict[Subject, set[Grant]] = {}
    for (kind, namespace, _), binding in tree.of_kind("RoleBinding", "ClusterRoleBinding"):
        ref = binding.get("roleRef") or {}
        role = roles.get((ref.get("kind", ""), namespace if ref.get("kind") == "Role" else "", ref.get("name", "")), set())
        scope = namespace if kind == "RoleBinding" else "cluster"
        for subject in binding.get("subjects") or []:
            key = (subject.get("kind", ""), subject.get("namespace", namespace), subject.get("name", ""), scope)
            found.setdefault(key, set()).update(role)
    return found


def _grants_text(grants: set[Grant]) -> str:
    by_target: dict[tuple[str, str, str], list[str]] = {}
    for group, resource, verb, name in sorted(grants):
        by_target.setdefault((group, resource, name), []).append(verb)
    parts = []
    for (group, resource, name), verbs in by_target.items():
        target = f"{resource}.{group}" if group else resource
        parts.append(f"`{', '.join(verbs)}` {target}" + (f" `{name}`" if name else " (any name)"))
    return "; ".join(parts)


def rbac_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    before, after = effective_grants(old), effective_grants(new)
    found = []
    for key in sorted(set(before) | set(after)):
        kind, namespace, name, scope = key
        subject = f"{kind} `{namespace + '/' if namespace else ''}{name}`"
        where = "cluster-wide" if scope == "cluster" else f"in `{scope}`"
        gained = after.get(key, set()) - before.get(key, set())
        lost = before.get(key, set()) - after.get(key, set())
        if gained:
            found.append(Finding("rbac-gained", subject, f"{subject} gains {where}: {_grants_text(gained)}"))
        if lost:
            found.append(Finding("rbac-lost", subject, f"{subject} loses {where}: {_grants_text(lost)}"))
    return found


def _secret_keys(manifest: Mapping[str, Any]) -> dict[str, Any]:
    if manifest["kind"] == "SealedSecret":
        return dict(dig(manifest, "spec", "encryptedData") or {})
    return {**(manifest.get("data") or {}), **(manifest.get("stringData") or {})}


def credential_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    kinds = ("SealedSecret", "Secret")
    before = dict(old.of_kind(*kinds)) if old else {}
    after = dict(new.of_kind(*kinds)) if new else {}
    found = []
    for ident in sorted(set(before) | set(after)):
        subject = describe(ident)
        if ident not in before:
            keys = ", ".join(f"`{k}`" for k in sorted(_secret_keys(after[ident]))) or "no keys"
            found.append(Finding("credential-added", subject, f"credential added: {subject} ({keys})"))
        elif ident not in after:
            found.append(Finding("credential-removed", subject, f"credential removed: {subject}"))
        else:
            old_keys, new_keys = _secret_keys(before[ident]), _secret_keys(after[ident])
            parts = []
            if set(new_keys) - set(old_keys):
                parts.append("keys added " + ", ".join(f"`{k}`" for k in sorted(set(new_keys) - set(old_keys))))
            if set(old_keys) - set(new_keys):
                parts.append("keys removed " + ", ".join(f"`{k}`" for k in sorted(set(old_keys) - set(new_keys))))
            changed = sorted(k for k in set(old_keys) & set(new_keys) if old_keys[k] != new_keys[k])
            if changed:
                verb = "re-sealed" if ident[0] == "SealedSecret" else "changed"
                parts.append(f"{verb} " + ", ".join(f"`{k}`" for k in changed))
            if parts:
                found.append(
                    Finding("credential-resealed" if changed else "credential-keys", subject, f"credential {subject}: " + "; ".join(parts))
                )
    return found


def _auth_middlewares(tree: Tree) -> set[tuple[str, str]]:
    return {
        (ns, name) for (_, ns, name), m in tree.of_kind("Middleware") if any(key in (m.get("spec") or {}) for key in AUTH_MIDDLEWARE_KEYS)
    }


def routes(tree: Tree | None) -> dict[tuple[Identity, str], tuple[list[str], set[str]]]:
    """(IngressRoute or Ingress, match) -> (hosts, authentication middlewares on it)."""
    if tree is None:
        return {}
    auth = _auth_middlewares(tree)
    found: dict[tuple[Identity, str], tuple[list[str], set[str]]] = {}
    for ident, manifest in tree.of_kind("IngressRoute"):
        for route in dig(manifest, "spec", "routes") or []:
            match = str(route.get("match", ""))
            used = {(m.get("namespace") or ident[1], m["name"]) for m in route.get("middlewares") or []}
            found[(ident, match)] = (HOST.findall(match), {f"{ns}/{name}" for ns, name in used & auth})
    for ident, manifest in tree.of_kind("Ingress"):
        for rule in dig(manifest, "spec", "rules") or []:
            if rule.get("host"):
                found[(ident, f"host {rule['host']}")] = ([rule["host"]], set())
    return found


def exposure_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    before, after = routes(old), routes(new)
    old_hosts = {h for hosts, _ in before.values() for h in hosts}
    new_hosts: dict[str, set[str]] = {}
    for (ident, _), (hosts, auth) in after.items():
        for host in hosts:
            new_hosts.setdefault(host, set()).update(auth)
    found = []
    for host in sorted(set(new_hosts) - old_hosts):
        shown = ", ".join(f"`{a}`" for a in sorted(new_hosts[host])) or "**none**"
        found.append(Finding("public-host-added", host, f"new public host `{host}` (authentication: {shown})"))
    for host in sorted(old_hosts - set(new_hosts)):
        found.append(Finding("public-host-removed", host, f"public host `{host}` no longer served"))
    reported: set[str] = set()
    for key in sorted(set(before) & set(after)):
        lost = before[key][1] - after[key][1]
        if lost:
            ident, match = key
            reported.update(before[key][0])
            found.append(
                Finding(
                    "auth-removed",
                    describe(ident),
                    f"{describe(ident)} `{match}`: authentication middleware " + ", ".join(f"`{m}`" for m in sorted(lost)) + " **removed**",
                )
            )
    # A route rewritten (new match) that dropped its authentication on the way.
    old_auth: dict[str, set[str]] = {}
    for hosts, auth in before.values():
        for host in hosts:
            old_auth.setdefault(host, set()).update(auth)
    for host in sorted(set(old_auth) & set(new_hosts) - reported):
        lost = old_auth[host] - new_hosts[host]
        if lost:
            found.append(
                Finding(
                    "auth-removed",
                    host,
                    f"public host `{host}`: authentication middleware " + ", ".join(f"`{m}`" for m in sorted(lost)) + " **removed**",
                )
            )
    return found
