"""The admission policies on the real API server: every crafted case of tests/invariant_cases.py
that plain kubectl can make is sent to the twin as kubectl sends it (the same request, made
directly: a kubectl process per request cost more than the server's answer), with the
policies of its scope in force, and the API server answers as the library does (the same
refusal message, or admission). The policies of dist/ pass the API server's own type checking."""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from invariant_cases import CASES, SCOPES, Case, case_policies

from dirtbike_constructs import ConfigError
from dirtbike_constructs.invariants import BREAK_GLASS_ANNOTATION, KIND_RESOURCE, check_request
from twin import control
from twin.kube import Kube

#: A person's (or a controller's) request: the name the policies read, and the rights of an
#: administrator, so that RBAC does not answer before admission does.
ADMIN_GROUP = "system:masters"
#: What kubectl delete sends (its default cascade, in the background, without waiting).
DELETE_OPTIONS = {"apiVersion": "v1", "kind": "DeleteOptions", "propagationPolicy": "Background"}
ROOT = Path(__file__).resolve().parents[2]


def _as(case: Case) -> tuple[str, str]:
    """kubectl's --as and --as-group."""
    return case.username, ADMIN_GROUP


@pytest.fixture(scope="module")
def kube(twins: dict[str, control.Twin]) -> Iterator[Kube]:
    kube = twins["prod"].kube()
    namespaces: list[dict[str, Any]] = []
    policies: list[dict[str, Any]] = []
    for scope, values in SCOPES.items():
        labels = {"pod-security.kubernetes.io/enforce": "restricted"}
        namespaces += [{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": n, "labels": labels}} for n in values.namespaces]
        policies += case_policies(scope)
    # One request for all: the namespaces first (kubectl applies a List's items in order).
    kube.ok(
        "apply", "--server-side", "-f", "-", input_text=json.dumps({"apiVersion": "v1", "kind": "List", "items": namespaces + policies})
    )
    # A policy is enforced once the API server has compiled it: its status says so.
    names = {str(p["metadata"]["name"]) for p in policies if p["kind"] == "ValidatingAdmissionPolicy"}
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        observed = [o for o in kube.items("validatingadmissionpolicies") if o["metadata"]["name"] in names]
        if len(observed) == len(names) and all(
            o.get("status", {}).get("observedGeneration") == o["metadata"]["generation"] for o in observed
        ):
            break
        time.sleep(0.5)
    time.sleep(2)  # the admission plugin's informer sees the bindings a moment later
    yield kube


def _library_message(case: Case) -> str | None:
    try:
        check_request(case.request, SCOPES[case.scope])
    except ConfigError as error:
        return str(error)
    return None


def _clear(kube: Kube, obj: dict[str, Any]) -> None:
    """Removes what a case left, past the policies: break-glass first, as an operator would
    (kubectl annotate --overwrite, then kubectl delete --ignore-not-found)."""
    if obj["kind"] == "Namespace":
        return
    annotate = {"metadata": {"annotations": {BREAK_GLASS_ANNOTATION: "test cleanup"}}}
    kube.send("PATCH", obj, body=annotate, content_type="application/merge-patch+json")
    status, message = kube.send("DELETE", obj, body=DELETE_OPTIONS)
    assert status < 300 or status == 404, message


@pytest.mark.parametrize("case", [c for c in CASES if c.twin], ids=lambda c: c.id)
def test_the_api_server_judges_each_case_as_the_library(kube: Kube, case: Case) -> None:
    expected = _library_message(case)
    assert (expected is None) == (case.expected == "admitted")
    # What the case leaves to clear: the state it starts from, and what a create made (a refused
    # create made nothing; an update or a delete acts on the state it starts from).
    made = [case.old_object] if case.old_object is not None else []
    try:
        if case.old_object is not None:
            # The state before an update is made past the policies (break-glass), as the case
            # is about the update; before a delete it is made plainly (break-glass would exempt
            # the delete itself). kubectl apply --server-side --force-conflicts.
            old = copy.deepcopy(case.old_object)
            if case.operation == "UPDATE":
                old["metadata"].setdefault("annotations", {})[BREAK_GLASS_ANNOTATION] = "test set-up"
            status, message = kube.send(
                "PATCH", old, content_type="application/apply-patch+yaml", query={"fieldManager": "twin-case", "force": "true"}
            )
            assert status < 300, message
        if case.operation == "CREATE":
            assert case.object is not None
            status, message = kube.send("POST", case.object, impersonate=_as(case))
            if status < 300:
                made.append(case.object)
        elif case.operation == "UPDATE":
            # kubectl replace of an object without a resourceVersion sends the server's.
            assert case.object is not None
            new = copy.deepcopy(case.object)
            current = kube.get(KIND_RESOURCE[new["kind"]], new["metadata"]["name"], new["metadata"].get("namespace"))
            assert current is not None
            new["metadata"]["resourceVersion"] = current["metadata"]["resourceVersion"]
            status, message = kube.send("PUT", new, impersonate=_as(case))
        else:
            assert case.old_object is not None
            status, message = kube.send("DELETE", case.old_object, impersonate=_as(case), body=DELETE_OPTIONS)
        if expected is None:
            assert status < 300, message
        else:
            assert status >= 400
            assert expected in message.replace("\n", " "), message
            assert f"cases-{case.scope}-{case.rule}" in message
    finally:
        for obj in made:
            _clear(kube, obj)


def test_the_policies_of_dist_pass_the_api_servers_type_checking(twins: dict[str, control.Twin]) -> None:
    for name, twin in twins.items():
        kube = twin.kube()
        files = sorted((ROOT / "dist" / "clusters" / name).rglob("*-validatingadmissionpolicy-*.yaml"))
        assert files
        kube.ok("apply", "--server-side", "--field-manager=dirtbike-platform", *[a for f in files for a in ("-f", str(f))])
        deadline = time.monotonic() + 30
        while True:
            policies = [p for p in kube.items("validatingadmissionpolicies") if p["metadata"]["name"].startswith("dirtbike-")]
            checked = all(p.get("status", {}).get("observedGeneration") == p["metadata"]["generation"] for p in policies)
            if checked or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert len(policies) == len(files) and checked
        warnings = {p["metadata"]["name"]: p.get("status", {}).get("typeChecking", {}).get("expressionWarnings") for p in policies}
        assert {name: w for name, w in warnings.items() if w} == {}
