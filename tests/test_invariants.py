"""Every rule of dirtbike_constructs.invariants judged on the crafted cases of
tests/invariant_cases.py by both of its sides: the library's check (the ConfigError raised at
synthesis) and the CEL of the rendered ValidatingAdmissionPolicy (evaluated by cel-python). A
refused case is refused by its rule alone, with the same message on both sides; an admitted one
by none."""

from __future__ import annotations

import pytest
from cel_admission import admission
from invariant_cases import CASES, SCOPES, Case, case_policies, container, with_container

from dirtbike_constructs import ConfigError
from dirtbike_constructs.invariant_policies import render_policies
from dirtbike_constructs.invariants import RULES, AdmissionScope, check_request


def library_refusal(case: Case, scope: AdmissionScope | None = None) -> ConfigError | None:
    try:
        check_request(case.request, scope or SCOPES[case.scope])
    except ConfigError as error:
        return error
    return None


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_library_and_policy_agree(case: Case):
    refused = library_refusal(case)
    outcomes = admission(case_policies(case.scope), case.request)
    if case.expected == "admitted":
        assert refused is None, str(refused)
        assert outcomes == []
        return
    assert refused is not None
    assert str(refused).startswith(f"rule {case.rule}: ")
    assert [o.policy for o in outcomes] == [f"cases-{case.scope}-{case.rule}"]
    assert outcomes[0].message == str(refused)
    assert outcomes[0].actions == ("Deny",)


def test_every_rule_has_an_admitted_and_a_refused_case():
    for rule in RULES:
        answers = {case.expected for case in CASES if case.rule == rule.id}
        assert answers == {"admitted", "refused"}, rule.id


def test_warn_enforcement_warns_and_audits():
    case = next(c for c in CASES if c.rule == "image-pinned" and c.expected == "refused")
    (outcome,) = admission(case_policies(case.scope, "warn"), case.request)
    assert outcome.actions == ("Warn", "Audit")


def test_the_message_names_rule_field_value_and_fix():
    case = next(c for c in CASES if c.id == "image-pinned:latest")
    assert str(library_refusal(case)) == (
        "rule image-pinned: Deployment invariant-cases/api: spec.template.spec.containers[name=app].image='wordpress:latest' "
        "is not allowed; allowed: an image pinned by a tag other than 'latest' and/or a sha256 digest, e.g. 'nginx:1.27.3'. "
        "Fix: 'latest' moves under you; pin the version"
    )


@pytest.mark.parametrize(
    ("image", "allowed"),
    [
        ("ghcr.io/example/api:1.4.2", True),
        ("ghcr.io/other/api:1.4.2", False),
        ("ghcr.io/example-two/api:1.4.2", False),
        ("wordpress:6.8.3-php8.3-apache", False),
        ("localhost/api:1.0", False),
    ],
)
def test_a_registry_path_allows_what_is_below_it_on_both_sides(image, allowed):
    scope = AdmissionScope(("invariant-cases",), ("ghcr.io/example",))
    case = Case("image-registry", image, "admitted" if allowed else "refused", with_container(container(image)))
    refused = library_refusal(case, scope)
    outcomes = admission(render_policies("paths", scope, "deny"), case.request)
    assert (refused is None) is allowed
    assert [o.message for o in outcomes] == ([] if allowed else [str(refused)])
