"""Small, eager checks shared by the constructs. Each raises ConfigError naming the field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from .errors import ConfigError

DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Label values: at most 63 characters, alphanumeric at both ends.
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
# image reference: [registry[:port]/]path[:tag][@sha256:<64 hex>]
IMAGE = re.compile(
    r"^(?P<repo>[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]{1,2}[a-z0-9]+)*)*)"
    r"(:(?P<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?"
    r"(@(?P<digest>sha256:[a-f0-9]{64}))?$"
)

_CPU = re.compile(r"^([0-9]+(\.[0-9]+)?)(m?)$")
_MEMORY = re.compile(r"^([0-9]+)(Ki|Mi|Gi|Ti|K|M|G|T)?$")
_MEMORY_FACTOR = {
    None: 1, "K": 10**3, "M": 10**6, "G": 10**9, "T": 10**12,
    "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40,
}


def dns_label(where: str, field: str, value: Any, *, max_length: int = 63) -> str:
    if not isinstance(value, str) or len(value) > max_length or not DNS_LABEL.match(value):
        raise ConfigError(
            where, field, value,
            f"a DNS-1123 label: lower-case letters, digits and '-', starting and ending "
            f"with a letter or digit, at most {max_length} characters",
        )
    return value


def label_value(where: str, field: str, value: Any) -> str:
    if not isinstance(value, str) or len(value) > 63 or not LABEL_VALUE.match(value):
        raise ConfigError(where, field, value, "a label value: at most 63 characters of [A-Za-z0-9-_.], alphanumeric at both ends")
    return value


def port(where: str, field: str, value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 65535:
        raise ConfigError(where, field, value, "an integer port from 1 to 65535")
    return value


def integer(where: str, field: str, value: Any, *, minimum: int, maximum: int | None = None) -> int:
    if (
        not isinstance(value, int) or isinstance(value, bool)
        or value < minimum or (maximum is not None and value > maximum)
    ):
        upper = f" to {maximum}" if maximum is not None else " or more"
        raise ConfigError(where, field, value, f"an integer from {minimum}{upper}")
    return value


def one_of(where: str, field: str, value: Any, allowed: Iterable[Any]) -> Any:
    allowed = tuple(allowed)
    if value not in allowed:
        raise ConfigError(where, field, value, "one of " + ", ".join(repr(a) for a in allowed))
    return value


def non_empty_text(where: str, field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(where, field, value, "a non-empty string")
    return value


def instance_of(where: str, field: str, value: Any, kind: type | tuple[type, ...], allowed: str) -> Any:
    if not isinstance(value, kind):
        raise ConfigError(where, field, value, allowed)
    return value


def image(where: str, field: str, value: Any) -> str:
    """An image reference pinned by tag or digest, never `latest`."""
    match = IMAGE.match(value) if isinstance(value, str) else None
    allowed = "an image pinned by a tag other than 'latest' and/or a sha256 digest, e.g. 'nginx:1.27.3'"
    if not match:
        raise ConfigError(where, field, value, allowed)
    if not match.group("tag") and not match.group("digest"):
        raise ConfigError(where, field, value, allowed, "add the exact version tag or digest")
    if match.group("tag") == "latest":
        raise ConfigError(where, field, value, allowed, "'latest' moves under you; pin the version")
    return value


def image_version(reference: str) -> str:
    """The tag of a validated image reference (for app.kubernetes.io/version), else the digest."""
    match = IMAGE.match(reference)
    assert match, reference
    version = match.group("tag") or match.group("digest").split(":", 1)[1][:12]
    return version[:63].rstrip("-_.")


# CloudNativePG's rule for the PostgreSQL version in an image tag: digits with single dots
# between them, at the start of the tag (what follows may be anything a tag allows).
_PG_TAG_VERSION = re.compile(r"^(\d\.?)+")


def postgres_image(where: str, field: str, value: Any) -> int:
    """An operand image CloudNativePG can read the PostgreSQL major version from: its tag (the
    digest plays no part) must start with the version, e.g. '16.4-standard-trixie' or
    '15-cjk'. Returns the major version."""
    image(where, field, value)
    tag = IMAGE.match(value).group("tag")  # type: ignore[union-attr]
    allowed = ("an image whose tag starts with the PostgreSQL version, e.g. "
               "'ghcr.io/cloudnative-pg/postgresql:16.4-standard-trixie' (CloudNativePG reads the major from the tag)")
    version = _PG_TAG_VERSION.match(tag or "")
    parts = version.group(0).split(".") if version else []
    if not parts or not parts[0].isdigit() or (len(parts) > 1 and not parts[1].isdigit()):
        fix = ("keep the tag next to the digest: name:<version>-...@sha256:..." if tag is None
               else "tag the image '<major>.<minor>-<anything>', e.g. '15.19-cjk-<recipe hash>'")
        raise ConfigError(where, field, value, allowed, fix)
    return int(parts[0])


def cpu_millis(where: str, field: str, value: Any) -> int:
    match = _CPU.match(value) if isinstance(value, str) else None
    if not match:
        raise ConfigError(where, field, value, "a CPU quantity such as '250m', '1' or '1.5'")
    amount = float(match.group(1))
    millis = int(amount) if match.group(3) else int(round(amount * 1000))
    if millis <= 0:
        raise ConfigError(where, field, value, "a CPU quantity greater than zero")
    return millis


def memory_bytes(where: str, field: str, value: Any) -> int:
    match = _MEMORY.match(value) if isinstance(value, str) else None
    if not match:
        raise ConfigError(where, field, value, "a memory quantity such as '256Mi', '2Gi' or '500M'")
    amount = int(match.group(1)) * _MEMORY_FACTOR[match.group(2)]
    if amount <= 0:
        raise ConfigError(where, field, value, "a memory quantity greater than zero")
    return amount


def absolute_path(where: str, field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.startswith("/") or "//" in value or value.endswith("/") and value != "/" or ".." in value.split("/"):
        raise ConfigError(where, field, value, "an absolute, normalized path such as '/var/cache/app'")
    return value


def string_map(where: str, field: str, value: Any, *, key_pattern: re.Pattern[str] | None = None, key_rule: str = "") -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ConfigError(where, field, value, "a mapping of strings to strings")
    for key, item in value.items():
        if not isinstance(key, str) or (key_pattern and not key_pattern.match(key)):
            raise ConfigError(where, f"{field} key", key, key_rule or "a string")
        if not isinstance(item, str):
            raise ConfigError(where, f"{field}[{key!r}]", item, "a string (quote numbers and booleans)")
    return dict(value)


def unique(where: str, field: str, values: Iterable[Any]) -> None:
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            raise ConfigError(where, field, value, "each value once", "remove the duplicate")
        seen.add(value)
