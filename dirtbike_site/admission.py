"""The cluster's admission policies for each environment, from its `Admission` values: one
definition of what they guard (the environment's namespaces, its registries, the controllers
that write Secrets), used by the cluster's tree (the policies) and by every environment's
synthesis (the same rules on its own objects, before anything is written)."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from dirtbike_constructs import InvariantPolicies
from dirtbike_constructs.invariants import AdmissionScope, check_manifests

from .addons.contract import SECRET_WRITERS
from .environments import Environment
from .site import AREAS, PART_OF


def scope_of(env: Environment) -> AdmissionScope:
    return AdmissionScope(
        namespaces=tuple(env.namespace(area) for area in AREAS),
        registries=env.admission.registries,
        require_digest=env.admission.require_digest,
        secret_writers=SECRET_WRITERS,
    )


def render(scope: Construct, env: Environment) -> InvariantPolicies:
    """The environment's policies and bindings (`dirtbike-<env>-<rule>`), in the cluster's tree."""
    guarded = scope_of(env)
    return InvariantPolicies(
        scope,
        f"invariants-{env.name}",
        name=f"dirtbike-{env.name}",
        namespaces=guarded.namespaces,
        registries=guarded.registries,
        enforcement=env.admission.enforcement,
        require_digest=guarded.require_digest,
        secret_writers=guarded.secret_writers,
        part_of=PART_OF,
    )


def check(env: Environment, manifests: list[dict[str, Any]]) -> None:
    """Refuse (ConfigError) an object of the environment its cluster's policies would refuse."""
    check_manifests(manifests, scope_of(env))
