"""Writing a cdk8s App as files a cluster (or a GitOps controller) applies in order.

    from dirtbike_constructs.layout import ApplyOrder, Layout, write_layout

    write_layout(app, "dist", owner_labels={"example.org/owner": "shop"})

The layout: one YAML file per object; `_cluster/` holds cluster-scoped objects, then one folder
per namespace; each file is `<NN>-<kind>-<name>.yaml`, NN the rank of its kind in the apply
order, so the order `kubectl apply -R -f` walks is the dependency order. Every object can carry
owner labels (what a prune selects on) and its Argo CD sync wave (its rank). Objects of any
cdk8s construct are written, not only the library's; kinds outside the built-in order are
placed by the caller (`ApplyOrder.with_kinds`), never guessed.

The console command `dirtbike-synth MODULE:APP --outdir dist` does the same for an App defined
in a module of the caller's project.
"""

from __future__ import annotations

import argparse
import difflib
import functools
import importlib
import inspect
import linecache
import sys
import traceback
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cdk8s

from .errors import ConfigError
from .meta import construct_path_of
from .pod_security import check_objects
from .synth import APPLY_ORDER, CLUSTER_SCOPE_DIR, SYNC_WAVE, to_yaml
from .tree_writer import write_trees

Source = cdk8s.App | cdk8s.Chart | Iterable[cdk8s.Chart]


@dataclass(frozen=True)
class ApplyOrder:
    """Groups of kinds, applied group after group. Default: the library's order
    (`dirtbike_constructs.synth.APPLY_ORDER`), which covers every kind the library renders."""

    groups: tuple[tuple[str, ...], ...] = APPLY_ORDER

    def __post_init__(self) -> None:
        kinds = [kind for group in self.groups for kind in group]
        repeated = sorted({kind for kind in kinds if kinds.count(kind) > 1})
        if repeated:
            raise ConfigError("ApplyOrder", "groups", repeated, "each kind in one group only")

    def rank(self, kind: str) -> int:
        """The group number of kind (its sync wave and file-name prefix)."""
        for rank, group in enumerate(self.groups):
            if kind in group:
                return rank
        raise ConfigError(
            "layout",
            "kind",
            kind,
            "a kind of the apply order",
            f"place it: ApplyOrder().with_kinds({kind!r}, like='Deployment') applies it with "
            f"Deployments, .with_group({kind!r}, after='Deployment') in a group of its own after them",
        )

    def _existing(self, field: str, kind: str) -> int:
        """The rank of a kind the caller names as already in the order (like=, after=): a typo
        there is answered with the nearest existing kind, not with how to add it."""
        known = [k for group in self.groups for k in group]
        if kind not in known:
            close = difflib.get_close_matches(str(kind), known, n=1, cutoff=0.6)
            raise ConfigError(
                "ApplyOrder",
                field,
                kind,
                "a kind already in the apply order",
                f"did you mean {close[0]!r}?" if close else "name one of: " + ", ".join(known),
            )
        return self.rank(kind)

    def with_kinds(self, *kinds: str, like: str) -> ApplyOrder:
        """The order with kinds applied together with the existing kind `like`."""
        at = self._existing("like", like)
        return ApplyOrder(tuple(group + kinds if i == at else group for i, group in enumerate(self.groups)))

    def with_group(self, *kinds: str, after: str) -> ApplyOrder:
        """The order with kinds as a new group right after the group of `after` (later groups
        move one rank up, and so do their file names and sync waves)."""
        at = self._existing("after", after) + 1
        return ApplyOrder(self.groups[:at] + (tuple(kinds),) + self.groups[at:])


@dataclass(frozen=True)
class Layout:
    """How an App becomes files.

    order: the apply order; default ApplyOrder() (the library's kinds).
    owner_labels: labels added to every object's metadata (not pod templates or selectors),
        for a prune by label; default none.
    sync_waves: add the `argocd.argoproj.io/sync-wave` annotation (the kind's rank) to every
        object; default True.
    """

    order: ApplyOrder = field(default_factory=ApplyOrder)
    owner_labels: Mapping[str, str] = field(default_factory=dict)
    sync_waves: bool = True

    def manifest(self, manifest: Mapping[str, Any]) -> dict[str, Any]:
        """One object as written: owner labels and sync wave added to a copy."""
        owned = dict(manifest)
        meta = dict(owned["metadata"])
        if self.owner_labels:
            meta["labels"] = {**meta.get("labels", {}), **self.owner_labels}
        if self.sync_waves:
            meta["annotations"] = {**meta.get("annotations", {}), SYNC_WAVE: str(self.order.rank(owned["kind"]))}
        owned["metadata"] = meta
        return owned

    def path(self, manifest: Mapping[str, Any]) -> str:
        """Where an object's file goes, relative to the output folder."""
        kind, meta = manifest["kind"], manifest["metadata"]
        return f"{meta.get('namespace') or CLUSTER_SCOPE_DIR}/{self.order.rank(kind):02d}-{kind.lower()}-{meta['name']}.yaml"

    def render(self, source: Source) -> dict[str, str]:
        """Relative path -> YAML text of every object of source (an App, a Chart or charts),
        sorted by path; two objects on one path are refused, naming both constructs."""
        tree: dict[str, str] = {}
        owners: dict[str, cdk8s.ApiObject] = {}
        objects = [(obj, obj.to_json()) for obj in api_objects(source)]
        check_objects([(manifest, functools.partial(construct_path_of, obj)) for obj, manifest in objects])
        for obj, manifest in objects:
            path = self.path(manifest)
            if path in owners:
                raise ConfigError(
                    obj.node.path,
                    "object",
                    path,
                    f"one object per kind, namespace and name; {owners[path].node.path} renders it too",
                    "rename one of the two",
                )
            owners[path] = obj
            tree[path] = to_yaml(self.manifest(manifest))
        return dict(sorted(tree.items()))

    def write(self, source: Source, outdir: str | Path) -> dict[str, str]:
        """Render source, then replace outdir with the result in one step (a failure leaves
        outdir as it was). Returns the tree written."""
        target = Path(outdir).resolve()
        if target == target.parent:
            raise ConfigError("layout", "outdir", str(outdir), "a folder below the file system root")
        tree = self.render(source)
        write_trees({target.name: tree}, target.parent)
        return tree


def api_objects(source: Source) -> list[cdk8s.ApiObject]:
    """Every ApiObject of source (an App, a Chart or charts), each once, in construction order."""
    roots = [source] if isinstance(source, (cdk8s.App, cdk8s.Chart)) else list(source)
    return [node for root in roots for node in root.node.find_all() if isinstance(node, cdk8s.ApiObject)]


def render_layout(
    source: Source, *, order: ApplyOrder | None = None, owner_labels: Mapping[str, str] | None = None, sync_waves: bool = True
) -> dict[str, str]:
    """`Layout(order=..., owner_labels=..., sync_waves=...).render(source)`; the defaults are Layout's."""
    return Layout(order=order or ApplyOrder(), owner_labels=dict(owner_labels or {}), sync_waves=sync_waves).render(source)


def write_layout(
    source: Source,
    outdir: str | Path,
    *,
    order: ApplyOrder | None = None,
    owner_labels: Mapping[str, str] | None = None,
    sync_waves: bool = True,
) -> dict[str, str]:
    """`Layout(order=..., owner_labels=..., sync_waves=...).write(source, outdir)`; the defaults are Layout's."""
    return Layout(order=order or ApplyOrder(), owner_labels=dict(owner_labels or {}), sync_waves=sync_waves).write(source, outdir)


USAGE = "usage: dirtbike-synth MODULE[:ATTR] [--outdir DIR]: ATTR names an App, or a function of no arguments returning one"


class AppSpecError(Exception):
    """MODULE[:ATTR] does not lead to an App; the message says why."""


def _load_app(spec: str) -> cdk8s.App:
    module_name, _, attr = spec.partition(":")
    attr = attr or "app"
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise AppSpecError(f"cannot import {module_name}: {error}") from None
    if not hasattr(module, attr):
        raise AppSpecError(f"{module_name} has no attribute {attr!r}")
    value = getattr(module, attr)
    if callable(value) and not isinstance(value, cdk8s.App):
        try:
            required = [
                p.name
                for p in inspect.signature(value).parameters.values()
                if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            ]
        except (TypeError, ValueError):  # no signature to read (a builtin): call it as it is
            required = []
        if required:
            raise AppSpecError(
                f"{spec} must take no arguments; {attr} needs {', '.join(required)} (wrap it: def app(): return {attr}(...))"
            )
        value = value()
    if not isinstance(value, cdk8s.App):
        raise AppSpecError(f"{spec} is {value!r}, not a cdk8s App")
    return value


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key, value


def _user_frame(error: BaseException) -> str | None:
    """'file:line: source' of the innermost frame in the user's own code (not this library,
    not an installed package, not generated code such as a dataclass __init__), or None."""
    library = Path(__file__).resolve().parent
    found = None
    for frame, line in traceback.walk_tb(error.__traceback__):
        name = frame.f_code.co_filename
        path = Path(name).resolve()
        if name.startswith("<") or path.is_relative_to(library) or "site-packages" in path.parts or path == Path(__file__).resolve():
            continue
        shown = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
        found = f"{shown}:{line}: {linecache.getline(str(path), line).strip()}"
    return found


def main(argv: list[str] | None = None) -> int:
    """`dirtbike-synth MODULE[:ATTR]`: write the App of a module as the layout describes."""
    parser = argparse.ArgumentParser(prog="dirtbike-synth", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("app", help="MODULE[:ATTR]: an App, or a function returning one (ATTR default: app)")
    parser.add_argument("--outdir", default="dist", help="folder to replace with the output (default dist)")
    parser.add_argument("--owner-label", type=_pair, action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument(
        "--kind",
        type=_pair,
        action="append",
        default=[],
        metavar="KIND=LIKE",
        help="apply KIND together with the known kind LIKE (repeatable)",
    )
    parser.add_argument("--no-sync-waves", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path.cwd()))
    order = ApplyOrder()
    try:
        for kind, like in args.kind:
            order = order.with_kinds(kind, like=like)
        app = _load_app(args.app)
        tree = Layout(order=order, owner_labels=dict(args.owner_label), sync_waves=not args.no_sync_waves).write(app, args.outdir)
    except AppSpecError as error:
        print(f"dirtbike-synth: {error}\n{USAGE}", file=sys.stderr)
        return 2
    except ConfigError as error:
        print(f"synth failed, {args.outdir} left as it was:\n  {error}", file=sys.stderr)
        return 2
    except (TypeError, AttributeError, ValueError, KeyError, NameError, ImportError) as error:
        at = _user_frame(error)
        if at is None:
            raise  # a defect of the library: the traceback is the report
        print(f"synth failed, {args.outdir} left as it was:\n  {type(error).__name__}: {error}\n  at {at}", file=sys.stderr)
        print("  fix: correct the call at that line; a construct's props, their types and defaults: help(the construct)", file=sys.stderr)
        return 2
    print(f"{args.outdir}: {len(tree)} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
