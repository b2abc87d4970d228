"""Kubernetes name rules per kind and field: one table, checked for every object where it is
created (`ManifestObject`), so a name that is valid for the construct but not for an object
derived from it (a StatefulSet's headless Service, a CronJob, a volume) is refused with the
construct path and the derived name instead of by the API server.

The rules are the API server's (Kubernetes v1.36: k8s.io/kubernetes pkg/apis/core/validation,
pkg/apis/apps/validation, pkg/apis/batch/validation and k8s.io/apimachinery
pkg/util/validation). Where a rule was relaxed recently the older, stricter rule is kept, as
the output must apply to the clusters this library supports (Kubernetes 1.27 and later).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from . import _validate as check
from .errors import ConfigError

Form = Literal["dns-label", "dns-1035-label", "dns-subdomain", "port-name", "descending-path"]


@dataclass(frozen=True)
class NameRule:
    """form: the character rule; max_length: the longest name the API server accepts; why: the
    reason the limit differs from the form's own, if it does."""

    form: Form
    max_length: int
    why: str = ""


DNS_LABEL = NameRule("dns-label", 63)
SUBDOMAIN = NameRule("dns-subdomain", 253)

# (kind, field) -> rule; kind "*" is every kind with that field (pod templates, wherever they
# are). An object kind missing here is held to metadata.name as a DNS-1123 subdomain, the
# API's default (NameIsDNSSubdomain).
NAME_RULES: Mapping[tuple[str, str], NameRule] = {
    # ValidateServiceName = NameIsDNS1035Label; 1.36 relaxes it to a DNS-1123 label behind the
    # RelaxedServiceNameValidation gate (beta), so older servers still refuse a leading digit.
    ("Service", "metadata.name"): NameRule("dns-1035-label", 63),
    ("Namespace", "metadata.name"): DNS_LABEL,
    # ValidateStatefulSetName = NameIsDNSLabel (its pods are named <name>-<ordinal>).
    ("StatefulSet", "metadata.name"): DNS_LABEL,
    # The CronJob controller appends an 11-character suffix to each Job name, which must stay a
    # DNS-1035 label: 63 - 11 = 52.
    ("CronJob", "metadata.name"): NameRule("dns-subdomain", 52, "its Jobs are named <name>-<11 characters>"),
    # The Job controller sets the batch.kubernetes.io/job-name label to the name.
    ("Job", "metadata.name"): NameRule("dns-subdomain", 63, "the name is the job-name label's value"),
    ("*", "volumes[].name"): DNS_LABEL,
    ("*", "containers[].name"): DNS_LABEL,
    ("*", "initContainers[].name"): DNS_LABEL,
    # IsValidPortName: IANA service name, at most 15 characters.
    ("*", "containers[].ports[].name"): NameRule("port-name", 15),
    ("*", "initContainers[].ports[].name"): NameRule("port-name", 15),
    ("Service", "spec.ports[].name"): DNS_LABEL,
    # validateVolumeMounts: a subPath may not be absolute nor contain '..'.
    ("*", "volumeMounts[].subPath"): NameRule("descending-path", 4096),
}

_FORMS: Mapping[Form, tuple[re.Pattern[str], str]] = {
    "dns-label": (check.DNS_LABEL, "a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit"),
    "dns-1035-label": (
        re.compile(r"[a-z]([-a-z0-9]*[a-z0-9])?"),
        "a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit",
    ),
    "dns-subdomain": (
        re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*"),
        "a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', each part starting and ending with a letter or digit",
    ),
    "port-name": (
        re.compile(r"(?!.*--)(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?"),
        "an IANA service name: lower-case letters, digits and single '-' inside, at least one letter",
    ),
    "descending-path": (re.compile(r"(?!/)(?!(.*/)?\.\.(/|\Z)).+"), "a relative path that does not leave the volume (no '..')"),
}


#: Hex digits of the name's sha256 a shortened derived name ends with.
DIGEST_LENGTH = 8


def derived_label(prefix: str, name: str, rule: NameRule = NAME_RULES[("*", "volumes[].name")]) -> str:
    """`<prefix>-<name>` as a name `rule` accepts (default: the table's rule for a volume name,
    as for a Secret's or a claim's volume): kept as it is when it already is one; otherwise made one (lower case,
    any other character '-', cut to fit) and ended with DIGEST_LENGTH hex digits of the
    name's sha256, since making it one loses what told two names apart (a dot, or a tail cut at
    the limit), so two names never derive the same one. Stable: the same name, the same result."""
    plain = f"{prefix}-{name}"
    if name_problem(rule, plain) is None:
        return plain
    digest = hashlib.sha256(name.encode()).hexdigest()[:DIGEST_LENGTH]
    head = re.sub(r"[^a-z0-9]+", "-", plain.lower())[: rule.max_length - DIGEST_LENGTH - 1].strip("-")
    return f"{head}-{digest}"


def name_problem(rule: NameRule, value: Any) -> str | None:
    """What is wrong with value under rule, or None."""
    pattern, form = _FORMS[rule.form]
    if not isinstance(value, str) or not pattern.fullmatch(value):
        return form
    if len(value) > rule.max_length:
        return f"at most {rule.max_length} characters" + (f" ({rule.why})" if rule.why else "")
    return None


def _rule(kind: str, field: str) -> NameRule | None:
    exact = NAME_RULES.get((kind, field))
    if exact:
        return exact
    for (rule_kind, rule_field), rule in NAME_RULES.items():
        if rule_kind == "*" and (field == rule_field or field.endswith("." + rule_field)):
            return rule
    return SUBDOMAIN if field == "metadata.name" else None


def check_manifest_names(where: str, manifest: Mapping[str, Any]) -> None:
    """The object's own name and every name inside it that a rule covers (containers, ports,
    volumes, mounts' subPaths), refused with the construct path, the kind, the field and the
    name as it would be rendered."""
    kind = str(manifest.get("kind", ""))
    name = manifest.get("metadata", {}).get("name", "")
    stack: list[tuple[Any, str, str]] = [(manifest, "", "")]
    while stack:
        value, path, pattern = stack.pop()
        if isinstance(value, Mapping):
            for key, item in value.items():
                here, shape = (f"{path}.{key}", f"{pattern}.{key}") if path else (str(key), str(key))
                if isinstance(item, (Mapping, list)):
                    stack.append((item, here, shape))
                    continue
                rule = _rule(kind, shape)
                problem = name_problem(rule, item) if rule else None
                if problem:
                    raise ConfigError(
                        where,
                        f"{kind} {name}: {here}" if here != "metadata.name" else f"{kind} name",
                        item,
                        problem,
                        f"this name is derived from the construct's name or props: shorten or rename them so the {kind} rule holds",
                    )
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]", f"{pattern}[]") for index, item in enumerate(value))
