"""InvariantPolicies: the rules of `dirtbike_constructs.invariants` as ValidatingAdmissionPolicies
and their bindings, for the namespaces it names, so the API server refuses what the library
refuses at synthesis, whoever writes the object (kubectl by hand, a Helm release, a patch)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .invariants import RULES, AdmissionScope, Rule, check_manifests, match_conditions, message_expression, variables
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels, require_cluster_scope_allowed

API_VERSION = "admissionregistration.k8s.io/v1"
#: What a refusal does per enforcement: 'deny' refuses the request; 'warn' admits it, returns
#: the message to the client as a warning and records it in the audit log.
VALIDATION_ACTIONS = {"deny": ["Deny"], "warn": ["Warn", "Audit"]}
#: The label naming the rule a policy enforces (the review reads it).
RULE_LABEL = "security.dirtbike.io/rule"
NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"
_REGISTRY = re.compile(r"[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(/[a-z0-9._-]+)*")

Enforcement = Literal["deny", "warn"]


def policy_name(prefix: str, rule: Rule) -> str:
    return f"{prefix}-{rule.id}"


def render_policies(
    prefix: str, scope: AdmissionScope, enforcement: Enforcement, labels: dict[str, str] | None = None
) -> list[dict[str, Any]]:
    """The policy and binding of every rule the scope wants, as plain manifests (the construct
    emits these; the tests evaluate their CEL)."""
    manifests: list[dict[str, Any]] = []
    for rule in RULES:
        if not rule.wanted(scope):
            continue
        name = policy_name(prefix, rule)
        meta_labels = {**(labels or {}), RULE_LABEL: rule.id}
        resource_rules = []
        for group in sorted({r.group for r in rule.resources}, key=lambda g: (g != "", g)):
            resource_rules.append(
                {
                    "apiGroups": [group],
                    "apiVersions": ["v1"],
                    "operations": list(rule.operations),
                    "resources": [r.plural for r in rule.resources if r.group == group],
                }
            )
        fallback = f"rule {rule.id}: not allowed; allowed: {rule.allowed(scope)}. Fix: {rule.fix}"
        manifests.append(
            {
                "apiVersion": API_VERSION,
                "kind": "ValidatingAdmissionPolicy",
                "metadata": object_meta(name, None, meta_labels),
                "spec": {
                    "failurePolicy": "Fail",
                    "matchConstraints": {"resourceRules": resource_rules},
                    "matchConditions": match_conditions(rule),
                    "variables": [{"name": n, "expression": e} for n, e in variables(rule, scope)],
                    "validations": [
                        {
                            "expression": "size(variables.violation) == 0",
                            "messageExpression": message_expression(rule, scope),
                            "message": fallback,
                            "reason": "Forbidden",
                        }
                    ],
                },
            }
        )
        manifests.append(
            {
                "apiVersion": API_VERSION,
                "kind": "ValidatingAdmissionPolicyBinding",
                "metadata": object_meta(name, None, meta_labels),
                "spec": {
                    "policyName": name,
                    "validationActions": list(VALIDATION_ACTIONS[enforcement]),
                    "matchResources": {
                        "namespaceSelector": {
                            "matchExpressions": [{"key": NAMESPACE_NAME_LABEL, "operator": "In", "values": sorted(scope.namespaces)}]
                        }
                    },
                },
            }
        )
    return manifests


class InvariantPolicies(Construct):
    """The cluster-side guard of the library's rules (`dirtbike_constructs.invariants.RULES`):
    one ValidatingAdmissionPolicy and one binding per rule, named `<name>-<rule id>`, bound to
    `namespaces` (by their `kubernetes.io/metadata.name` label), with failurePolicy Fail.

    name: the prefix of the objects' names; default the construct id. namespaces: the
    namespaces guarded (required). registries: where images may come from (required; an image
    that names no registry comes from 'docker.io'). enforcement: 'deny' (default: refused) or
    'warn' (admitted with a warning to the client and an audit record). require_digest: default
    False; True adds the rule that every image carries its digest. secret_writers: the users
    (`system:serviceaccount:<namespace>:<name>`) that may write plain Secrets; default none.
    part_of: app.kubernetes.io/part-of of the objects; default omitted.

    Attributes: `scope` (the `AdmissionScope`), `enforcement`, `manifests`; `check(manifests)`
    refuses, as a ConfigError, what the policies would refuse among rendered objects."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespaces: Sequence[str],
        registries: Sequence[str],
        name: str | None = None,
        enforcement: Enforcement = "deny",
        require_digest: bool = False,
        secret_writers: Sequence[str] = (),
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        prefix = check.dns_label(where, "name", name if name is not None else id)
        namespace_list = check.sequence_of(where, "namespaces", namespaces, str, "namespace names")
        if not namespace_list:
            raise ConfigError(where, "namespaces", namespaces, "at least one namespace")
        for namespace in namespace_list:
            check.dns_label(where, "namespaces", namespace)
        check.unique(where, "namespaces", namespace_list)
        registry_list = check.sequence_of(where, "registries", registries, str, "registry hosts such as 'docker.io' or 'ghcr.io'")
        if not registry_list:
            raise ConfigError(where, "registries", registries, "at least one registry, e.g. ('docker.io',)")
        for registry in registry_list:
            if not _REGISTRY.fullmatch(registry):
                raise ConfigError(
                    where,
                    "registries",
                    registry,
                    "a registry host (and optional port and path) such as 'ghcr.io' or 'registry.example.org:5000'",
                    "no scheme, no trailing '/'",
                )
        check.one_of(where, "enforcement", enforcement, tuple(VALIDATION_ACTIONS))
        check.instance_of(where, "require_digest", require_digest, bool, "True or False")
        writers = check.sequence_of(
            where, "secret_writers", secret_writers, str, "user names such as 'system:serviceaccount:kube-system:sealed-secrets-controller'"
        )
        for writer in writers:
            check.non_empty_text(where, "secret_writers", writer)
        if part_of is not None:
            check.label_value(where, "part_of", part_of)
        require_cluster_scope_allowed(scope, where, "ValidatingAdmissionPolicy")
        attach(self, scope, id, where)
        self.scope = AdmissionScope(tuple(namespace_list), tuple(registry_list), require_digest, tuple(writers))
        self.enforcement: Enforcement = enforcement
        labels = recommended_labels(name=prefix, instance=prefix, component="admission-policy", part_of=part_of)
        self.manifests = render_policies(prefix, self.scope, enforcement, labels)
        for manifest in self.manifests:
            ManifestObject(self, f"{manifest['kind']}-{manifest['metadata']['name']}", manifest)

    def check(self, manifests: Sequence[dict[str, Any]]) -> None:
        """Refuse (ConfigError) the first rendered object of the guarded namespaces the policies
        would refuse when the applier creates it."""
        check_manifests(manifests, self.scope)
