"""What every construct shares: recommended labels, construct paths, content hashes, and the
one cdk8s object type the library emits (`ManifestObject`)."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import cdk8s
from constructs import Construct, IConstruct

from ._labels import check_manifest_labels
from ._names import check_manifest_names
from ._text import check_manifest_text
from .errors import ConfigError
from .plus_workload import PlusPeerContract, declare_plus_peer

MANAGED_BY = "dirtbike-constructs"
LABEL_NAME = "app.kubernetes.io/name"
LABEL_INSTANCE = "app.kubernetes.io/instance"
LABEL_VERSION = "app.kubernetes.io/version"
LABEL_COMPONENT = "app.kubernetes.io/component"
LABEL_PART_OF = "app.kubernetes.io/part-of"
LABEL_MANAGED_BY = "app.kubernetes.io/managed-by"


def recommended_labels(
    *,
    name: str,
    instance: str,
    component: str | None = None,
    part_of: str | None = None,
    version: str | None = None,
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


# Per-construct caches live on the Python objects of the tree (never at module level), so each
# scope's path and chart defaults cross the jsii boundary at most once.
_PATH_ATTR = "_dirtbike_path"
_CHART_ATTR = "_dirtbike_chart_defaults"
_STATE_ATTR = "_dirtbike_state"
_STATE_REF_ATTR = "_dirtbike_app_state"
T = TypeVar("T")


def app_states_of(scope: IConstruct) -> dict[object, object]:
    """The App's state table, found through `node.root` once per scope object and then kept on
    it (a construct never changes App): the look-up is two jsii round trips, and flows, names
    and the undo log ask for it several times per object."""
    known = vars(scope).get(_STATE_REF_ATTR)
    if known is not None:
        return cast(dict[object, object], known)
    states: dict[object, object] = vars(scope.node.root).setdefault(_STATE_ATTR, {})
    setattr(scope, _STATE_REF_ATTR, states)
    return states


def app_state(scope: IConstruct, kind: type[T], make: Callable[[], T] | None = None) -> T:
    """The one `kind` object of the App `scope` belongs to, made on first use (by `make`,
    default `kind()`) and kept on the App object itself (never at module level): two Apps in
    one process never share it."""
    states = app_states_of(scope)
    if kind not in states:
        states[kind] = make() if make is not None else kind()
    return cast(T, states[kind])


class UndoLog:
    """What the constructions under way in one App have changed (children joined to the
    tree, object names claimed, flows and hosts registered), as the steps that take each
    change back. `all_or_nothing` opens an entry per construction; a construction that
    fails takes back everything done since it began, wherever in the tree it was done (a
    flow's NetworkPolicy joins its namespace's subtree, not the construct's). Once the
    outermost construction succeeds the log is emptied. One per App (`UndoLog.of`)."""

    def __init__(self) -> None:
        self._steps: list[Callable[[], object]] = []
        self._depth = 0

    @classmethod
    def of(cls, scope: IConstruct) -> UndoLog:
        return app_state(scope, cls)

    def record(self, step: Callable[[], object]) -> None:
        """Remember how to take back a change; kept only while a construction is under way."""
        if self._depth:
            self._steps.append(step)

    def begin(self) -> int:
        self._depth += 1
        return len(self._steps)

    def commit(self) -> None:
        self._depth -= 1
        if not self._depth:
            self._steps.clear()

    def roll_back(self, mark: int) -> None:
        """Take back every change since `mark`, newest first."""
        self._depth -= 1
        while len(self._steps) > mark:
            self._steps.pop()()


def construct_path_of(scope: IConstruct) -> str:
    """A construct's path, cached on the construct like construct_path's."""
    known = vars(scope).get(_PATH_ATTR)
    if isinstance(known, str):
        return known
    path = scope.node.path
    setattr(scope, _PATH_ATTR, path)
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


ObjectKey = tuple[str, str, str, str]  # API group, kind, namespace ('' when cluster-scoped), name


class ObjectNames:
    """Which construct path renders each object of one App, so two constructs rendering the
    same group, kind, namespace and name are refused when the second one is built. One per
    App (it hangs off the App's root construct, never off a module)."""

    def __init__(self, undo: UndoLog) -> None:
        self._owners: dict[ObjectKey, str] = {}
        self.undo = undo

    def forget(self, key: ObjectKey) -> None:
        """Release one claim (its object could not join the tree)."""
        self._owners.pop(key, None)

    def owners(self) -> dict[ObjectKey, str]:
        """A copy of what is claimed, by whom."""
        return dict(self._owners)

    def claim(self, key: ObjectKey, where: str) -> None:
        owner = self._owners.get(key)
        if owner is not None:
            group, kind, namespace, name = key
            shown = f"{kind}{'.' + group if group else ''} {namespace + '/' if namespace else ''}{name}"
            raise ConfigError(
                where,
                "object",
                shown,
                f"one object per kind, namespace and name in an app; {owner} already renders it",
                f"give {where} or {owner} another name",
            )
        self._owners[key] = where
        self.undo.record(functools.partial(self._owners.pop, key, None))


_NAMES_ATTR = "_dirtbike_object_names"


@dataclass(frozen=True)
class ChartDefaults:
    """What a cdk8s Chart applies to every object in it (`Chart(labels=..., namespace=...)`),
    and the object names of its App."""

    labels: Mapping[str, str]
    namespace: str | None
    names: ObjectNames


def chart_defaults(scope: Construct) -> ChartDefaults:
    """The defaults of the chart scope belongs to. Read from jsii once per chart: a Chart
    answers for itself, a library construct inherits its scope's answer when it attaches
    (`attach`), and any other scope asks cdk8s once."""
    cached: ChartDefaults | None = scope.__dict__.get(_CHART_ATTR)
    if cached is None:
        chart = scope if isinstance(scope, cdk8s.Chart) else cdk8s.Chart.of(scope)
        cached = chart.__dict__.get(_CHART_ATTR)
        if cached is None:
            root = chart.node.root
            names = root.__dict__.get(_NAMES_ATTR)
            if names is None:
                names = ObjectNames(UndoLog.of(root))
                setattr(root, _NAMES_ATTR, names)
            cached = ChartDefaults(labels=dict(chart.labels or {}), namespace=chart.namespace, names=names)
            setattr(chart, _CHART_ATTR, cached)
        setattr(scope, _CHART_ATTR, cached)
    return cached


def require_cluster_scope_allowed(scope: Construct, where: str, kind: str) -> None:
    """A cluster-scoped object cannot take its chart's namespace: refuse instead of dropping it."""
    namespace = chart_defaults(scope).namespace
    if namespace is not None:
        raise ConfigError(
            where,
            "chart namespace",
            namespace,
            f"a chart without a namespace: a {kind} is cluster-scoped",
            "put this construct in a Chart created without namespace=",
        )


def attach(construct: Construct, scope: Construct, id: str, where: str) -> None:
    """`Construct.__init__`, with jsii's duplicate-id failure turned into a ConfigError."""
    if isinstance(construct, PlusPeerContract):  # before jsii creates it: cdk8s-plus asks it for a peer
        declare_plus_peer(type(construct))
    try:
        Construct.__init__(construct, scope, id)
    except RuntimeError as error:
        if "There is already a Construct with name" in str(error):
            raise ConfigError(where, "id", id, "an id not yet used in this scope", "choose another id") from None
        raise
    UndoLog.of(scope).record(functools.partial(_remove_child, scope, id))
    setattr(construct, _PATH_ATTR, where)
    setattr(construct, _CHART_ATTR, chart_defaults(scope))
    setattr(construct, _STATE_REF_ATTR, app_states_of(scope))  # a child is in its parent's App


def _remove_child(scope: Construct, id: str) -> None:
    scope.node.try_remove_child(id)


_Init = TypeVar("_Init", bound=Callable[..., None])


def all_or_nothing(init: _Init) -> _Init:
    """Decorates a construct's `__init__` so that a failed construction leaves the App as it
    was. The constructs validate every prop before `attach` (the mechanism); this is the
    safety net for what can only fail once objects exist (two constructs rendering one
    object name, a flow's NetworkPolicy clashing in its namespace): everything done since
    the construction began is taken back through the App's `UndoLog` (children removed
    from wherever they joined, object names released, flows and hosts forgotten)."""

    @functools.wraps(init)
    def build(self: Construct, scope: Construct, id: str, *args: Any, **kwargs: Any) -> None:
        log = UndoLog.of(scope) if isinstance(scope, Construct) else None
        if log is None:  # construct_path refuses the scope with a ConfigError
            init(self, scope, id, *args, **kwargs)
            return
        mark = log.begin()
        try:
            init(self, scope, id, *args, **kwargs)
        except BaseException:
            log.roll_back(mark)
            raise
        log.commit()

    return cast(_Init, build)


def _checked_manifest(where: str, manifest: Any) -> Mapping[str, Any]:
    """The metadata of a manifest that has what every object needs (apiVersion, kind,
    metadata.name, an optional metadata.namespace), so a slip is a ConfigError here instead
    of a KeyError or a jsii failure."""
    meta = manifest.get("metadata") if isinstance(manifest, Mapping) else None
    if (
        not isinstance(manifest, Mapping)
        or not all(isinstance(manifest.get(k), str) and manifest[k] for k in ("apiVersion", "kind"))
        or not isinstance(meta, Mapping)
        or not isinstance(meta.get("name"), str)
        or not meta["name"]
        or not isinstance(meta.get("namespace", ""), (str, type(None)))
    ):
        raise ConfigError(
            where,
            "manifest",
            manifest,
            "a mapping with 'apiVersion', 'kind' and 'metadata' holding a 'name' (and optionally a 'namespace') as strings",
        )
    return meta


def content_hash(*parts: Any) -> str:
    """A stable sha256 over JSON-able content (key order does not matter)."""
    blob = json.dumps(parts, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def object_meta(
    name: str,
    namespace: str | None,
    labels: Mapping[str, str],
    annotations: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    meta: dict[str, Any] = {"name": name}
    if namespace is not None:
        meta["namespace"] = namespace
    meta["labels"] = dict(labels)
    if annotations:
        meta["annotations"] = dict(annotations)
    return meta


def _copy(value: Any) -> Any:
    """A deep copy of JSON-like data (dicts, lists, scalars); several times faster than
    copy.deepcopy, which matters once per object and synthesis."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _ordered(ours: Mapping[str, Any], merged: Mapping[str, Any]) -> dict[str, Any]:
    """merged's entries, ours' keys first in our order (stable output), then the others."""
    return {**{k: merged[k] for k in ours if k in merged}, **{k: v for k, v in merged.items() if k not in ours}}


class ManifestObject(cdk8s.ApiObject):
    """A cdk8s ApiObject whose manifest is built in Python, honouring cdk8s's escape hatches.

    The constructs assemble plain dictionaries (already validated) and hand them over in one
    jsii call; the typed L1 classes would convert every nested struct through jsii, which is
    several times slower and turns a mistake into a deep jsii traceback.

    Everything cdk8s lets a user change on an ApiObject is applied by `to_json`, as cdk8s's own
    `ApiObject.toJson` does, so `app.synth()`, `Testing.synth()`, the cdk8s CLI and
    `dirtbike_constructs.synth` all see it:

    - `ApiObject.of(construct).add_json_patch(JsonPatch...)`: applied to the rendered manifest
      in one call at synthesis (a failing patch is a ConfigError naming the object);
    - `obj.metadata.add_label / add_annotation / add_finalizers / add_owner_reference / add`;
    - `Chart(labels=...)`: added to every object's labels (the object's own labels win, as in
      cdk8s); `Chart(namespace=...)`: every library object names its namespace explicitly (it
      wins, as in cdk8s), and a cluster-scoped object in a chart with a namespace is refused.

    Metadata lives in jsii; it is read back (one call) only for objects whose `metadata` was
    touched from Python, so untouched objects cost no round trip at synthesis.
    """

    def __init__(self, scope: Construct, id: str, manifest: Mapping[str, Any]):
        where = construct_path(scope, id)
        meta = _checked_manifest(where, manifest)
        check_manifest_text(where, manifest)
        check_manifest_labels(where, manifest)
        check_manifest_names(where, manifest)
        defaults = chart_defaults(scope)
        if meta.get("namespace") is None and defaults.namespace is not None:
            require_cluster_scope_allowed(scope, where, manifest["kind"])
        api_version: str = manifest["apiVersion"]
        group = api_version.rpartition("/")[0]
        key = (group, manifest["kind"], meta.get("namespace") or "", meta["name"])
        defaults.names.claim(key, where)
        # Labels go to jsii only when the chart has labels of its own, so cdk8s resolves which
        # wins (the object's); otherwise to_json puts what was added after the construct's own
        # (a label dict per object would cost about a tenth more per object).
        try:
            super().__init__(
                scope,
                id,
                api_version=manifest["apiVersion"],
                kind=manifest["kind"],
                metadata=cdk8s.ApiObjectMetadata(
                    name=meta["name"], namespace=meta.get("namespace"), labels=meta.get("labels") if defaults.labels else None
                ),
            )
        except RuntimeError as error:
            defaults.names.forget(key)
            if "There is already a Construct with name" in str(error):
                raise ConfigError(where, "id", id, "an id not yet used in this scope", "choose another id") from None
            raise
        UndoLog.of(scope).record(functools.partial(_remove_child, scope, id))
        self._manifest = dict(manifest)
        self._chart_labels = defaults.labels
        self._patches: list[cdk8s.JsonPatch] = []
        self._metadata_touched = False

    def __getattribute__(self, name: str) -> Any:
        # `metadata` hands out the jsii metadata object, which the caller may change: note it,
        # so to_json reads the metadata back only for objects someone could have changed.
        if name == "metadata":
            object.__setattr__(self, "_metadata_touched", True)
        return super().__getattribute__(name)

    @property
    def manifest(self) -> dict[str, Any]:
        """A copy of the manifest as the construct built it (before patches and metadata
        additions; `to_json()` has those)."""
        copied: dict[str, Any] = _copy(self._manifest)
        return copied

    def add_json_patch(self, *ops: cdk8s.JsonPatch) -> None:
        """Record RFC 6902 operations, applied to the rendered manifest by `to_json`."""
        self._patches.extend(ops)

    def to_json(self) -> Any:
        """The manifest as cdk8s synthesizes it: chart labels, metadata additions, patches."""
        manifest = _copy(self._manifest)
        meta = manifest["metadata"]
        if self._metadata_touched:
            for key, value in self.metadata.to_json().items():
                ours = meta.get(key)
                meta[key] = _ordered(ours, {**ours, **value}) if isinstance(ours, dict) else value
        elif self._chart_labels:
            meta["labels"] = _ordered(meta.get("labels", {}), {**self._chart_labels, **meta.get("labels", {})})
        if self._patches:
            manifest = self._patched(manifest)
        return manifest

    def _patched(self, manifest: dict[str, Any]) -> dict[str, Any]:
        try:
            patched = cdk8s.JsonPatch.apply(manifest, *self._patches)
        except RuntimeError as error:
            where = getattr(self, _PATH_ATTR, None) or self.node.path
            index = self._failing_patch(manifest)
            raise ConfigError(
                where,
                f"json patch #{index}",
                str(error).splitlines()[0],
                "operations whose paths exist in the rendered object (see to_json())",
                "check the path of that patch against the synthesized manifest",
            ) from None
        # cdk8s's order: apiVersion, kind, metadata, then the rest.
        return {**{k: patched[k] for k in ("apiVersion", "kind", "metadata") if k in patched}, **patched}

    def _failing_patch(self, manifest: dict[str, Any]) -> int:
        """The position (from 1) of the first patch that fails, applied one by one."""
        document: Any = manifest
        for index, op in enumerate(self._patches, start=1):
            try:
                document = cdk8s.JsonPatch.apply(document, op)
            except RuntimeError:
                return index
        return len(self._patches)
