"""The site's admission policies in dist/clusters/<cluster>/: one set per environment, bound to
its namespaces, denying in stage and prod and warning (with audit) in dev; the library refuses at
synthesis what they would refuse; the InvariantPolicies construct as a consumer uses it. That
every object of dist/ is admitted by them, created and applied again, without a warning, the
twin's rehearsal shows on a real API server (tests/twin; it replaced the same judgement by our
CEL evaluator here)."""

from __future__ import annotations

import copy
from typing import Any

import cdk8s
import kubernetes_validate
import pytest
from conftest import dist_objects, synth
from invariant_cases import CASES

from dirtbike_constructs import ConfigError, InvariantPolicies
from dirtbike_constructs.invariants import RULES, check_manifests
from dirtbike_site import admission as site_admission, environments
from dirtbike_site.addons import charts, contract
from dirtbike_site.site import AREAS

POLICY_KINDS = ("ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding")


def policies(cluster: str) -> list[dict[str, Any]]:
    return [m for m in dist_objects(f"clusters/{cluster}") if m["kind"] in POLICY_KINDS]


@pytest.mark.parametrize("env", environments.NAMES)
def test_a_policy_and_binding_per_rule_bound_to_the_environment(env):
    e = environments.get(env)
    mine = [m for m in policies(e.cluster) if m["metadata"]["name"].startswith(f"dirtbike-{env}-")]
    wanted = [r for r in RULES if r.wanted(site_admission.scope_of(e))]
    assert sorted(m["metadata"]["name"] for m in mine if m["kind"] == "ValidatingAdmissionPolicy") == sorted(
        f"dirtbike-{env}-{r.id}" for r in wanted
    )
    for policy in (m for m in mine if m["kind"] == "ValidatingAdmissionPolicy"):
        assert policy["spec"]["failurePolicy"] == "Fail"
    actions = {"dev": ["Warn", "Audit"], "stage": ["Deny"], "prod": ["Deny"]}[env]
    for binding in (m for m in mine if m["kind"] == "ValidatingAdmissionPolicyBinding"):
        assert binding["spec"]["validationActions"] == actions
        (selector,) = binding["spec"]["matchResources"]["namespaceSelector"]["matchExpressions"]
        assert selector == {"key": "kubernetes.io/metadata.name", "operator": "In", "values": sorted(e.namespace(a) for a in AREAS)}


@pytest.mark.parametrize("cluster", sorted(environments.CLUSTERS))
def test_policies_validate_against_kubernetes_1_36(cluster):
    for manifest in policies(cluster):
        kubernetes_validate.validate(manifest, "1.36.0", strict=True)


def test_the_controllers_writing_secrets_are_the_add_ons_service_accounts():
    """Each chart names its ServiceAccount after its full name (release-chart, or the release
    when it holds the chart's name, or fullnameOverride): the names the policy admits."""
    addons = {a.name: a for a in (charts.sealed_secrets(), charts.cnpg(), charts.cert_manager())}
    assert addons["sealed-secrets"].values["fullnameOverride"] == contract.SEALED_SECRETS_NAME
    assert addons["sealed-secrets"].namespace == contract.SEALED_SECRETS_NAMESPACE
    assert f"{addons['cnpg'].name}-{addons['cnpg'].chart}" == contract.CNPG_SERVICE_ACCOUNT
    assert addons["cnpg"].namespace == contract.CNPG_NAMESPACE
    assert addons["cert-manager"].name == addons["cert-manager"].chart == contract.CERT_MANAGER_SERVICE_ACCOUNT
    assert addons["cert-manager"].namespace == contract.CERT_MANAGER_NAMESPACE
    for addon in addons.values():
        assert "serviceAccount" not in addon.values


def test_synthesis_refuses_what_the_cluster_would():
    env = environments.get("stage")
    bad = next(c for c in CASES if c.id == "image-pinned:latest").object
    assert bad is not None
    bad = copy.deepcopy(bad)
    bad["metadata"]["namespace"] = env.namespace("web")
    with pytest.raises(ConfigError, match=r"^rule image-pinned: Deployment dirtbike-stage-web/api: "):
        site_admission.check(env, [*dist_objects("stage"), bad])
    site_admission.check(env, dist_objects("stage"))


def test_a_token_for_a_role_the_output_lacks_is_refused():
    env = environments.get("prod")
    objects = [m for m in dist_objects("prod") if not (m["kind"] == "Role" and m["metadata"]["name"] == "postgres-restore-drill")]
    with pytest.raises(ConfigError, match=r"api-role'\]='postgres-restore-drill' is not allowed; allowed: the name of a Role"):
        site_admission.check(env, objects)


def test_the_construct_renders_and_checks_for_the_namespaces_it_names():
    app = cdk8s.App()
    cluster = cdk8s.Chart(app, "cluster")
    guard = InvariantPolicies(cluster, "guard", namespaces=["shop-web"], registries=["ghcr.io"], enforcement="warn")
    manifests = synth(cluster)
    assert {m["metadata"]["name"] for m in manifests} == {f"guard-{r.id}" for r in RULES if r.id != "image-digest"}
    assert all(m["spec"]["validationActions"] == ["Warn", "Audit"] for m in manifests if m["kind"].endswith("Binding"))
    foreign = next(c for c in CASES if c.id == "image-registry:another registry").object
    assert foreign is not None
    foreign = copy.deepcopy(foreign)
    foreign["metadata"]["namespace"] = "shop-web"
    with pytest.raises(ConfigError, match="rule image-registry"):
        guard.check([foreign])
    foreign["metadata"]["namespace"] = "elsewhere"  # not guarded
    guard.check([foreign])
    check_manifests([], guard.scope)
