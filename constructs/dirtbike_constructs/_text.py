"""Control characters in rendered objects: one check at the one point every object passes
(`ManifestObject`), so no construct can forget it.

A name, label, host, image, quantity or header value with a trailing newline (or a NUL, a
carriage return, an escape) is rendered as written and then refused by the API server, or worse,
accepted and split by whoever reads it (a header value with CR LF is a response-splitting
vector). Only fields that hold whole text files or scripts may span lines; they are listed in
`MULTILINE`, and adding one is a reviewed decision.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from . import _validate as check
from ._validate import CONTROL_CHARACTER as _CONTROL
from ._validate import URL_WITH_PASSWORD
from .errors import ConfigError

# In multi-line text: the C0 controls other than tab, line feed and carriage return.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# (kind or "*", field path with list positions written as []) whose values may span lines: the
# file contents of ConfigMaps and Secrets, container scripts, a HelmChart's values (YAML text),
# PromQL expressions and alert texts.
MULTILINE: frozenset[tuple[str, str]] = frozenset(
    {
        ("ConfigMap", "data.*"),
        ("Secret", "data.*"),
        ("Secret", "stringData.*"),
        ("*", "containers[].command[]"),
        ("*", "containers[].args[]"),
        ("*", "initContainers[].command[]"),
        ("*", "initContainers[].args[]"),
        ("HelmChart", "spec.valuesContent"),
        ("PrometheusRule", "spec.groups[].rules[].expr"),
        ("PrometheusRule", "spec.groups[].rules[].annotations.*"),
    }
)


def _multiline(kind: str, pattern: str) -> bool:
    if (kind, pattern) in MULTILINE:
        return True
    return any(k == "*" and (pattern == p or pattern.endswith("." + p)) for k, p in MULTILINE)


def check_manifest_text(where: str, manifest: Mapping[str, Any]) -> None:
    """Refuse a control character in any key or string value of the manifest (tab, line feed
    and carriage return only inside the MULTILINE fields), and a URL with a password outside
    Secrets, naming the field."""
    kind = str(manifest.get("kind", ""))
    # A URL with a password is a credential in clear in any object but a Secret.
    secrets_in_clear = kind not in ("Secret", "SealedSecret")
    stack: list[tuple[Any, str, str]] = [(manifest, "", "")]
    while stack:
        value, path, pattern = stack.pop()
        if isinstance(value, str):
            found = (_CONTROL_IN_TEXT if _multiline(kind, pattern) else _CONTROL).search(value)
            if found:
                _refuse(where, kind, manifest, path, value, found.group())
            if secrets_in_clear and URL_WITH_PASSWORD.search(value):
                check.no_credential(where, f"{kind} {manifest.get('metadata', {}).get('name', '')}: {path}", value)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                in_key = _CONTROL.search(key) if isinstance(key, str) else None
                if in_key:
                    _refuse(where, kind, manifest, f"{path} key", key, in_key.group())
                data = pattern in ("data", "stringData")
                step = "*" if data else str(key)
                stack.append((item, f"{path}.{key}" if path else str(key), f"{pattern}.{step}" if pattern else step))
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                stack.append((item, f"{path}[{index}]", f"{pattern}[]"))


def _refuse(where: str, kind: str, manifest: Mapping[str, Any], path: str, value: str, character: str) -> None:
    name = manifest.get("metadata", {}).get("name", "")
    raise ConfigError(
        where,
        f"{kind} {name}: {path}",
        value,
        "text without control characters (NUL, CR, LF, tab, escape...); only file contents, scripts and alert texts may span lines",
        f"remove the {character!r} (a trailing newline from a file read or a heredoc is the usual source)",
    )
