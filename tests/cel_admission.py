"""ValidatingAdmissionPolicies evaluated as the API server does, with a real CEL implementation
(cel-python, with RE2 regular expressions as Kubernetes' CEL): match by resource, operation and
the binding's namespace selector, then matchConditions, variables in order, validations. Used to
judge the crafted cases of tests/invariant_cases.py by the CEL the library renders."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import celpy

from dirtbike_constructs.invariants import KIND_RESOURCE, Request

_ENV = celpy.Environment()


@functools.cache
def program(expression: str) -> Any:
    return _ENV.program(_ENV.compile(expression))


def evaluate(expression: str, activation: Mapping[str, Any]) -> Any:
    return program(expression).evaluate(dict(activation))


@dataclass(frozen=True)
class Outcome:
    policy: str
    actions: tuple[str, ...]
    message: str


def _selected(binding: Mapping[str, Any], namespace: str) -> bool:
    for expression in binding["spec"]["matchResources"]["namespaceSelector"]["matchExpressions"]:
        assert expression["key"] == "kubernetes.io/metadata.name" and expression["operator"] == "In", expression
        if namespace not in expression["values"]:
            return False
    return True


def _matches(policy: Mapping[str, Any], kind: str, operation: str) -> bool:
    plural = KIND_RESOURCE[kind]
    return any(
        plural in rule["resources"] and operation in rule["operations"] for rule in policy["spec"]["matchConstraints"]["resourceRules"]
    )


def admission(manifests: Sequence[Mapping[str, Any]], request: Request) -> list[Outcome]:
    """The refusals (or warnings) the policies among `manifests` give the request."""
    target = request.target
    if target["kind"] not in KIND_RESOURCE:
        return []  # no policy of the library matches it
    namespace = target["metadata"]["name"] if target["kind"] == "Namespace" else target["metadata"]["namespace"]
    policies = {m["metadata"]["name"]: m for m in manifests if m["kind"] == "ValidatingAdmissionPolicy"}
    namespace_object: dict[str, Any] = {"metadata": {"name": namespace}}
    if request.namespace_terminating:
        namespace_object["metadata"]["deletionTimestamp"] = "2026-01-01T00:00:00Z"
    activation: dict[str, Any] = {
        "object": celpy.json_to_cel(request.object),
        "oldObject": celpy.json_to_cel(request.old_object),
        "request": celpy.json_to_cel(
            {
                "operation": request.operation,
                "namespace": "" if target["kind"] == "Namespace" else namespace,
                "name": target["metadata"].get("name", ""),
                "userInfo": {"username": request.username},
            }
        ),
        "namespaceObject": celpy.json_to_cel(None if target["kind"] == "Namespace" else namespace_object),
    }
    outcomes = []
    for binding in (m for m in manifests if m["kind"] == "ValidatingAdmissionPolicyBinding"):
        policy = policies[binding["spec"]["policyName"]]
        if not _selected(binding, namespace) or not _matches(policy, target["kind"], request.operation):
            continue
        if not all(evaluate(c["expression"], activation) for c in policy["spec"].get("matchConditions", ())):
            continue
        values: dict[str, Any] = {}
        for variable in policy["spec"].get("variables", ()):
            values[variable["name"]] = evaluate(variable["expression"], {**activation, "variables": celpy.celtypes.MapType(values)})
        scope = {**activation, "variables": celpy.celtypes.MapType(values)}
        for validation in policy["spec"]["validations"]:
            if not evaluate(validation["expression"], scope):
                message = str(evaluate(validation["messageExpression"], scope))
                outcomes.append(Outcome(policy["metadata"]["name"], tuple(binding["spec"]["validationActions"]), message))
    return outcomes
