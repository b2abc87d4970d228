"""What every construct shares: recommended labels, construct paths, content hashes, and the
one cdk8s object type the library emits (`ManifestObject`)."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

import cdk8s
from constructs import Construct, IConstruct

from .errors import ConfigError

MANAGED_BY = "dirtbike-constructs"
LABEL_NAME = "app.kubernetes.io/name"
LABEL_INSTANCE = "app.kubernetes.io/instance"
LABEL_VERSION = "app.kubernetes.io/version"
LABEL_COMPONENT = "app.kubernetes.io/component"
LABEL_PART_OF = "app.kubernetes.io/part-of"
LABEL_MANAGED_BY = "app.kubernetes.io/managed-by"


def recommended_labels(
    *, name: str, instance: str, component: str | None = None,
    part_of: str | None = None, version: str | None = None,
) -> dict[str, str]:
    """The Kubernetes recommended labels, in one fixed order."""
    labels = {LABEL_NAME: name, LABEL_INSTANCE: instance}
    if version:
        labels[LABEL_VERSION] = version
    if component:
        labels[LABEL_COMPONENT] = component
    if part_of:
        labels[LABEL_PART_OF] = part_of
    labels[LABEL_MANAGED_BY] = MANAGED_BY
    return labels


T = TypeVar("T")
# Attribute names the library keeps on constructs and Apps (never module-level state).
_STATE_ATTRIBUTE = "_dirtbike_state"
_PATH_ATTRIBUTE = "_dirtbike_path"


def app_state(scope: IConstruct, kind: Callable[[], T]) -> T:
    """The one `kind()` object of the App `scope` belongs to, made on first use and kept on
    the App object itself: two Apps in one process never share it."""
    states: dict[object, object] = vars(scope.node.root).setdefault(_STATE_ATTRIBUTE, {})
    if kind not in states:
        states[kind] = kind()
    return cast(T, states[kind])


def construct_path_of(scope: IConstruct) -> str:
    """A construct's path; kept on the construct, so each crosses the jsii boundary once."""
    known = vars(scope).get(_PATH_ATTRIBUTE)
    if isinstance(known, str):
        return known
    path = scope.node.path
    setattr(scope, _PATH_ATTRIBUTE, path)
    return path


def construct_path(scope: Any, id: Any) -> str:
    """Where a construct will live, for error messages; checks scope and id on the way, so a
    bad one is reported here instead of failing inside jsii."""
    if not isinstance(scope, Construct):
        raise ConfigError("<unknown>", "scope", scope, "a constructs.Construct (a cdk8s Chart or a construct inside one)")
    parent = construct_path_of(scope)
    if not isinstance(id, str) or not id or "/" in id:
        raise ConfigError(parent or "<app>", "id", id, "a non-empty string without '/'")
    return f"{parent}/{id}" if parent else id


def attach(construct: Construct, scope: Construct, id: str, where: str) -> None:
    """`Construct.__init__`, with jsii's duplicate-id failure turned into a ConfigError."""
    try:
        Construct.__init__(construct, scope, id)
    except RuntimeError as error:
        if "There is already a Construct with name" in str(error):
            raise ConfigError(where, "id", id, "an id not yet used in this scope", "choose another id") from None
        raise
    setattr(construct, _PATH_ATTRIBUTE, where)


def content_hash(*parts: Any) -> str:
    """A stable sha256 over JSON-able content (key order does not matter)."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def object_meta(
    name: str, namespace: str | None, labels: Mapping[str, str],
    annotations: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    meta: dict[str, Any] = {"name": name}
    if namespace is not None:
        meta["namespace"] = namespace
    meta["labels"] = dict(labels)
    if annotations:
        meta["annotations"] = dict(annotations)
    return meta


class ManifestObject(cdk8s.ApiObject):
    """A cdk8s ApiObject whose whole manifest is built in Python.

    The constructs assemble plain dictionaries (already validated) and hand them over in one
    jsii call; the typed L1 classes would convert every nested struct through jsii, which is
    several times slower and turns a mistake into a deep jsii traceback. `to_json` returns the
    manifest as built, so `app.synth()`, `Testing.synth()` and the cdk8s CLI all see it.
    Chart-level labels and namespaces are not applied: every object carries its own.
    """

    def __init__(self, scope: Construct, id: str, manifest: Mapping[str, Any]):
        meta = manifest["metadata"]
        super().__init__(
            scope, id,
            api_version=manifest["apiVersion"], kind=manifest["kind"],
            metadata=cdk8s.ApiObjectMetadata(name=meta["name"], namespace=meta.get("namespace")),
        )
        self._manifest = dict(manifest)

    @property
    def manifest(self) -> dict[str, Any]:
        """A copy of the manifest this object renders."""
        return copy.deepcopy(self._manifest)

    def to_json(self) -> Any:
        return copy.deepcopy(self._manifest)
