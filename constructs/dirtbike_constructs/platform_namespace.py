"""PlatformNamespace: the namespace of a cluster add-on, with its Pod Security level stated."""

from __future__ import annotations

from typing import Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, attach, construct_path, object_meta, recommended_labels, require_cluster_scope_allowed, all_or_nothing

LEVELS = ("restricted", "baseline", "privileged")
REASON_ANNOTATION = "security.dirtbike.io/pod-security-reason"


class PlatformNamespace(Construct):
    """A Namespace enforcing, auditing and warning at one Pod Security level.

    name: the namespace. pod_security: 'restricted' (default), or 'baseline' / 'privileged'
    for software that cannot run restricted, which then needs `reason` (recorded as the
    annotation security.dirtbike.io/pod-security-reason, so it shows in every review).
    pod_security_version: pinned, default 'v1.32'. Attributes: `name`, `pod_security`, `reason`."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        pod_security: Literal["restricted", "baseline", "privileged"] = "restricted",
        reason: str | None = None,
        pod_security_version: str = "v1.32",
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        check.dns_label(where, "name", name)
        check.one_of(where, "pod_security", pod_security, LEVELS)
        if pod_security != "restricted" and (not isinstance(reason, str) or not reason.strip()):
            raise ConfigError(
                where,
                "reason",
                reason,
                f"why this namespace cannot run 'restricted' (it is {pod_security!r})",
                "state the reason, or keep pod_security='restricted'",
            )
        check.pod_security_version(where, "pod_security_version", pod_security_version)
        require_cluster_scope_allowed(scope, where, "Namespace")
        attach(self, scope, id, where)
        self.name = name
        self.pod_security = pod_security
        self.reason = reason
        labels = {**recommended_labels(name=name, instance=name, component="namespace", part_of=part_of)}
        for mode in ("enforce", "audit", "warn"):
            labels[f"pod-security.kubernetes.io/{mode}"] = pod_security
            labels[f"pod-security.kubernetes.io/{mode}-version"] = pod_security_version
        annotations = {REASON_ANNOTATION: reason} if pod_security != "restricted" and reason is not None else None
        ManifestObject(
            self, "Resource", {"apiVersion": "v1", "kind": "Namespace", "metadata": object_meta(name, None, labels, annotations)}
        )
