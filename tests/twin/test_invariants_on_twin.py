"""The admission policies on the real API server: every crafted case of tests/invariant_cases.py
that plain kubectl can make is applied to the twin as a person would, with the policies of its
scope in force, and the API server answers as the library does (the same refusal message, or
admission). The policies of dist/ pass the API server's own type checking."""

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
from dirtbike_constructs.invariants import BREAK_GLASS_ANNOTATION, check_request
from twin import control
from twin.kube import Kube

#: A person's (or a controller's) request: the name the policies read, and the rights of an
#: administrator, so that RBAC does not answer before admission does.
ADMIN_GROUP = "system:masters"
ROOT = Path(__file__).resolve().parents[2]


def _as(case: Case) -> list[str]:
    return [f"--as={case.username}", f"--as-group={ADMIN_GROUP}"]


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


def _clear(kube: Kube, obj: dict[str, object]) -> None:
    """Removes what a case left, past the policies: break-glass first, as an operator would."""
    meta = obj["metadata"]
    assert isinstance(meta, dict)
    target = [f"{obj['kind']}/{meta['name']}"] + (["-n", str(meta["namespace"])] if meta.get("namespace") else [])
    if obj["kind"] == "Namespace":
        return
    kube.run("annotate", "--overwrite", *target, f"{BREAK_GLASS_ANNOTATION}=test cleanup")
    kube.run("delete", *target, "--wait=false", "--ignore-not-found")


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
            # the delete itself).
            old = copy.deepcopy(case.old_object)
            if case.operation == "UPDATE":
                old["metadata"].setdefault("annotations", {})[BREAK_GLASS_ANNOTATION] = "test set-up"
            kube.ok("apply", "--server-side", "--force-conflicts", "--field-manager=twin-case", "-f", "-", input_text=json.dumps(old))
        if case.operation == "CREATE":
            done = kube.run("create", *_as(case), "-f", "-", input_text=json.dumps(case.object))
            if done.returncode == 0 and case.object is not None:
                made.append(case.object)
        elif case.operation == "UPDATE":
            done = kube.run("replace", *_as(case), "-f", "-", input_text=json.dumps(case.object))
        else:
            assert case.old_object is not None
            meta = case.old_object["metadata"]
            target = [f"{case.old_object['kind']}/{meta['name']}"] + (["-n", meta["namespace"]] if meta.get("namespace") else [])
            done = kube.run("delete", *_as(case), *target, "--wait=false")
        if expected is None:
            assert done.returncode == 0, done.stderr
        else:
            assert done.returncode != 0
            assert expected in done.stderr.replace("\n", " "), done.stderr
            assert f"cases-{case.scope}-{case.rule}" in done.stderr
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
