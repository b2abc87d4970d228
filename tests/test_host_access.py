"""Host access (host namespaces, hostPath volumes, host ports) is defined once,
`pod_security.host_access`; the synthesis check (Pod Security baseline) and the admission rule
`pod-host-access` both read it, so each form is refused by both or by neither."""

from __future__ import annotations

from typing import Any

import pytest
from invariant_cases import container, with_container

from dirtbike_constructs.invariants import RULES, AdmissionScope, Request
from dirtbike_constructs.pod_security import host_access, pod_security_violations

SCOPE = AdmissionScope(namespaces=("shop",), registries=("docker.io",))
RULE = next(rule for rule in RULES if rule.id == "pod-host-access")
HOST_PATH = {"name": "node-logs", "hostPath": {"path": "/var/log"}}
FORMS: dict[str, tuple[dict[str, Any], str, str, Any]] = {
    # form: (pod spec changes or a container, synthesis text, admission field, admission value)
    "hostNetwork": ({"hostNetwork": True}, "hostNetwork: true", "spec.template.spec.hostNetwork", True),
    "hostPID": ({"hostPID": True}, "hostPID: true", "spec.template.spec.hostPID", True),
    "hostIPC": ({"hostIPC": True}, "hostIPC: true", "spec.template.spec.hostIPC", True),
    "hostPath": (
        {"volumes": [HOST_PATH]},
        "volumes[node-logs].hostPath",
        "spec.template.spec.volumes[name=node-logs].hostPath",
        "/var/log",
    ),
}


def _deployment(form: str) -> dict[str, Any]:
    if form == "hostPort":
        return with_container(container(ports=[{"name": "http", "containerPort": 8080, "hostPort": 8080}]))
    return with_container(container(), **FORMS[form][0])


@pytest.mark.parametrize("form", [*FORMS, "hostPort"])
def test_each_form_is_found_once_and_refused_by_both_sides(form):
    deployment = _deployment(form)
    spec = deployment["spec"]["template"]["spec"]
    assert len(host_access(spec)) == 1
    violation = RULE.find(Request("CREATE", deployment), SCOPE)
    synthesis = pod_security_violations(spec, "baseline")
    assert violation is not None
    if form == "hostPort":
        assert (violation.field, violation.value) == ("spec.template.spec.containers[name=app].ports.hostPort", 8080)
        assert "containers[app].ports: hostPort" in synthesis
    else:
        _, text, field, value = FORMS[form]
        assert (violation.field, violation.value) == (field, value)
        assert text in synthesis


def test_an_isolated_pod_has_no_host_access():
    deployment = with_container(container())
    assert host_access(deployment["spec"]["template"]["spec"]) == []
    assert RULE.find(Request("CREATE", deployment), SCOPE) is None
