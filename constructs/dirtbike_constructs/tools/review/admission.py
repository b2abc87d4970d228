"""The admission policies as a reviewed change: rules added, removed and weakened (a binding that
stops denying or guards fewer namespaces, a policy that fails open, matches less, exempts more or
whose CEL changed), and every object that carries the break-glass annotation, in red."""

from __future__ import annotations

from typing import Any

from ...invariant_policies import RULE_LABEL
from ...invariants import BREAK_GLASS_ANNOTATION, break_glass_reason
from .model import Finding, Identity, Manifest, Tree

POLICY = "ValidatingAdmissionPolicy"
BINDING = "ValidatingAdmissionPolicyBinding"
RED = "🔴"


def _rule(manifest: Manifest) -> str:
    rule = (manifest["metadata"].get("labels") or {}).get(RULE_LABEL)
    return f"`{manifest['metadata']['name']}`" + (f" (rule {rule})" if rule else "")


def _matched(policy: Manifest) -> set[tuple[str, str, str]]:
    rules = policy["spec"].get("matchConstraints", {}).get("resourceRules") or []
    return {(group, resource, op) for r in rules for group in r["apiGroups"] for resource in r["resources"] for op in r["operations"]}


def _namespaces(binding: Manifest) -> set[str]:
    selector = binding["spec"].get("matchResources", {}).get("namespaceSelector", {})
    return {v for e in selector.get("matchExpressions") or [] if e.get("operator") == "In" for v in e.get("values", [])}


def _policy_weakened(old: Manifest, new: Manifest) -> list[str]:
    why = []
    if old["spec"].get("failurePolicy") == "Fail" and new["spec"].get("failurePolicy") != "Fail":
        why.append("fails open (failurePolicy no longer Fail)")
    lost = _matched(old) - _matched(new)
    if lost:
        why.append("matches less: " + ", ".join(f"{op} {res}" for _, res, op in sorted(lost, key=lambda t: (t[1], t[2]))))
    for key, what in (("matchConditions", "its exemptions"), ("variables", "its CEL"), ("validations", "its CEL")):
        if old["spec"].get(key) != new["spec"].get(key) and what not in " ".join(why):
            why.append(f"{what} changed (read the detailed diff)")
    return why


def _binding_weakened(old: Manifest, new: Manifest) -> list[str]:
    why = []
    if "Deny" in old["spec"].get("validationActions", []) and "Deny" not in new["spec"].get("validationActions", []):
        why.append("no longer denies (" + ", ".join(new["spec"].get("validationActions", [])) + ")")
    lost = _namespaces(old) - _namespaces(new)
    if lost:
        why.append("guards fewer namespaces: " + ", ".join(f"`{n}`" for n in sorted(lost)))
    if old["spec"].get("matchResources") != new["spec"].get("matchResources") and not lost:
        why.append("its namespace selection changed (read the detailed diff)")
    return why


def admission_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    before: dict[Identity, Manifest] = dict(old.of_kind(POLICY, BINDING)) if old else {}
    after: dict[Identity, Manifest] = dict(new.of_kind(POLICY, BINDING)) if new else {}
    found = []
    for ident in sorted(set(before) | set(after)):
        kind, _, name = ident
        subject = f"{kind} {name}"
        if ident not in before:
            if kind == POLICY:
                found.append(Finding("admission-rule-added", subject, f"admission rule added: {_rule(after[ident])}"))
        elif ident not in after:
            what = "admission rule removed" if kind == POLICY else "admission rule no longer bound"
            found.append(Finding("admission-rule-removed", subject, f"**{what}: {_rule(before[ident])}**"))
        else:
            weigh = _policy_weakened if kind == POLICY else _binding_weakened
            why = weigh(before[ident], after[ident])
            if why:
                found.append(
                    Finding("admission-rule-weakened", subject, f"**admission rule weakened: {_rule(after[ident])}**: " + "; ".join(why))
                )
    found += break_glass_findings(new)
    return found


def break_glass_findings(tree: Tree | None) -> list[Finding]:
    """Every object of the tree the policies let through on an operator's word."""
    found = []
    for (kind, namespace, name), manifest in sorted((tree.objects if tree else {}).items()):
        reason = break_glass_reason(manifest)
        if reason is not None:
            where = f"{namespace}/{name}" if namespace else name
            found.append(
                Finding(
                    "break-glass",
                    f"{kind} {where}",
                    f"{RED} **break-glass: {kind} `{where}` bypasses the admission policies** ({BREAK_GLASS_ANNOTATION}: {_quoted(reason)})",
                )
            )
    return found


def _quoted(reason: Any) -> str:
    return '"' + str(reason).replace("\n", " ") + '"'
