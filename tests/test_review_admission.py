"""The review of admission policy changes: rules added, removed and weakened, and objects that
carry the break-glass annotation (in red), each from a crafted change to a cluster's tree."""

from __future__ import annotations

import copy
from typing import Any

import yaml
from invariant_cases import BREAK_GLASS, SCOPES, case_policies, deployment

from dirtbike_constructs.invariant_policies import render_policies
from dirtbike_constructs.tools.review import review_files
from dirtbike_constructs.tools.review.report import TreeReview


def files(manifests: list[dict[str, Any]], tree: str = "clusters/nonprod") -> dict[str, str]:
    out = {}
    for m in manifests:
        folder = m["metadata"].get("namespace") or "_cluster"
        out[f"{tree}/{folder}/00-{m['kind'].lower()}-{m['metadata']['name']}.yaml"] = yaml.safe_dump(m, sort_keys=False)
    return out


def review(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> TreeReview:
    (result,) = review_files(files(before), files(after))
    return result


def texts(before: list[dict[str, Any]], after: list[dict[str, Any]], rule: str) -> list[str]:
    return [f.text for f in review(before, after).findings if f.rule == rule]


BASE = case_policies("by-tag")


def test_a_rule_added_and_removed():
    strict = render_policies("cases-by-tag", SCOPES["by-digest"], "deny")
    assert texts(BASE, strict, "admission-rule-added") == ["admission rule added: `cases-by-tag-image-digest` (rule image-digest)"]
    assert texts(strict, BASE, "admission-rule-removed") == [
        "**admission rule removed: `cases-by-tag-image-digest` (rule image-digest)**",
        "**admission rule no longer bound: `cases-by-tag-image-digest` (rule image-digest)**",
    ]


def test_warn_instead_of_deny_is_a_weakened_rule():
    warned = case_policies("by-tag", "warn")
    found = texts(BASE, warned, "admission-rule-weakened")
    assert len(found) == len([m for m in BASE if m["kind"] == "ValidatingAdmissionPolicyBinding"])
    assert found[0].endswith(": no longer denies (Warn, Audit)")


def test_failing_open_matching_less_and_changed_cel_are_weakened():
    after = copy.deepcopy(BASE)
    policy = next(m for m in after if m["metadata"]["name"] == "cases-by-tag-secret-writers" and m["kind"] == "ValidatingAdmissionPolicy")
    policy["spec"]["failurePolicy"] = "Ignore"
    policy["spec"]["matchConstraints"]["resourceRules"][0]["operations"] = ["CREATE"]
    policy["spec"]["variables"][-1]["expression"] = "[]"
    (text,) = texts(BASE, after, "admission-rule-weakened")
    assert text == (
        "**admission rule weakened: `cases-by-tag-secret-writers` (rule secret-writers)**: fails open (failurePolicy no longer Fail); "
        "matches less: UPDATE secrets; its CEL changed (read the detailed diff)"
    )


def test_a_binding_that_guards_fewer_namespaces():
    after = copy.deepcopy(BASE)
    binding = next(m for m in after if m["metadata"]["name"] == "cases-by-tag-pod-token" and m["kind"].endswith("Binding"))
    binding["spec"]["matchResources"]["namespaceSelector"]["matchExpressions"][0]["values"] = ["elsewhere"]
    (text,) = texts(BASE, after, "admission-rule-weakened")
    assert text.endswith("guards fewer namespaces: `invariant-cases`")


def test_break_glass_objects_are_shown_in_red():
    workload = deployment(annotations=BREAK_GLASS)
    found = texts([], [workload], "break-glass")
    assert found == [
        "🔴 **break-glass: Deployment `invariant-cases/api` bypasses the admission policies** "
        '(security.dirtbike.io/break-glass: "INC-1042: the node-local debugger, removed after the incident")'
    ]
    assert texts([deployment()], [deployment()], "break-glass") == []


def test_unchanged_policies_raise_nothing():
    assert review(BASE, copy.deepcopy(BASE)).unchanged
