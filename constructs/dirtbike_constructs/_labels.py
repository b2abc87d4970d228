"""Labels and label selectors in rendered objects: one check at the one point every object
passes (`ManifestObject`), with the one label validator (`_validate.label_map`).

Props that become labels or selectors are checked where they are given (so the error names the
prop); this check is what makes the rule hold for every map a construct builds from them,
`part_of` and the recommended labels included, wherever a future construct puts them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _validate as check
from .errors import ConfigError

# Keys whose mapping value is a label selector or a label set wherever they appear.
_LABEL_MAPS = ("matchLabels", "nodeSelector")
# Kinds whose spec.selector is a plain label map (not a LabelSelector).
_PLAIN_SELECTOR_KINDS = ("Service", "ReplicationController")
# Kinds whose spec.nodeSelector is a LabelSelector (matchLabels, matchExpressions), not a label map:
# system-upgrade-controller's Plan.
_NODE_LABEL_SELECTOR_KINDS = ("Plan",)


# apimachinery ValidateAnnotationsSize: keys and values together, in bytes.
ANNOTATIONS_MAX_BYTES = 256 * 1024


def _check_annotations(where: str, field: str, annotations: Mapping[str, Any]) -> None:
    check.annotation_map(where, field, annotations)
    size = sum(len(k.encode()) + len(v.encode()) for k, v in annotations.items())
    if size > ANNOTATIONS_MAX_BYTES:
        raise ConfigError(
            where,
            field,
            f"{len(annotations)} annotations, {size} bytes",
            f"annotations of at most {ANNOTATIONS_MAX_BYTES} bytes in all (keys and values)",
            "move large content to a ConfigMap",
        )


def check_manifest_labels(where: str, manifest: Mapping[str, Any]) -> None:
    """Every `metadata.labels` (the object's and its templates'), `matchLabels`, `nodeSelector`
    and a Service's `spec.selector`: qualified keys and label values; every
    `metadata.annotations`: qualified keys, 256 KiB in all."""
    kind = str(manifest.get("kind", ""))
    name = manifest.get("metadata", {}).get("name", "")
    spec = manifest.get("spec")
    if kind in _PLAIN_SELECTOR_KINDS and isinstance(spec, Mapping) and isinstance(spec.get("selector"), Mapping):
        check.label_map(where, f"{kind} {name}: spec.selector", spec["selector"])
    stack: list[tuple[Any, str]] = [(manifest, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, Mapping):
            for key, item in value.items():
                here = f"{path}.{key}" if path else str(key)
                selector = key == "nodeSelector" and path == "spec" and kind in _NODE_LABEL_SELECTOR_KINDS
                if isinstance(item, Mapping) and not selector and (key in _LABEL_MAPS or (key == "labels" and path.endswith("metadata"))):
                    check.label_map(where, f"{kind} {name}: {here}", item)
                elif isinstance(item, Mapping) and key == "annotations" and path.endswith("metadata"):
                    _check_annotations(where, f"{kind} {name}: {here}", item)
                elif isinstance(item, (Mapping, list)):
                    stack.append((item, here))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]") for index, item in enumerate(value))
