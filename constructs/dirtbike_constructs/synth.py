"""From cdk8s charts to files: one YAML file per object, in an order `kubectl apply -R -f`
can follow. Writing the trees into dist/ (atomic, locked, recoverable) is tree_writer's job.

Layout of a tree: `_cluster/` holds cluster-scoped objects (Namespaces first), then one
folder per namespace. Each file is `<NN>-<kind>-<name>.yaml` where NN is the kind's rank in
APPLY_ORDER, so the lexical order kubectl walks is the dependency order.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import cdk8s
import yaml

from .errors import ConfigError
from .kinds import APPLY_ORDER as APPLY_ORDER, KIND_API as KIND_API, api_resource as api_resource, kubectl_type as kubectl_type
from .meta import construct_path_of
from .pod_fit import NodeSize, check_fit
from .pod_security import check_objects
from .tree_writer import read_tree, write_trees  # noqa: F401  (re-exported: the public place)

_RANK = {kind: rank for rank, kinds in enumerate(APPLY_ORDER) for kind in kinds}
CLUSTER_SCOPE_DIR = "_cluster"


def apply_rank(kind: str) -> int:
    if kind not in _RANK:
        raise ConfigError(
            "synth", "kind", kind, "a kind listed in dirtbike_constructs.synth.APPLY_ORDER", "add it where it belongs in the order"
        )
    return _RANK[kind]


# libyaml's emitter when PyYAML has it (several times faster); same output.
if TYPE_CHECKING:  # both emitters have the same interface; the checkers see the pure one
    _BaseDumper = yaml.SafeDumper
else:
    _BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class _Dumper(_BaseDumper):
    """Block style, no line folding, multi-line strings as literal blocks, and no YAML
    anchors: a value shared by two places is written out twice, as a reader expects."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(manifest: Mapping[str, Any]) -> str:
    return yaml.dump(manifest, Dumper=_Dumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=4096)


def chart_manifests(charts: Iterable[cdk8s.Chart], *, node: NodeSize | None = None) -> list[dict[str, Any]]:
    """Every object of the charts, in construction order, as cdk8s synthesizes it (patches,
    added metadata and chart labels applied). A ManifestObject renders in Python (no jsii round
    trip unless its metadata was touched or it has patches); any other ApiObject a chart holds,
    such as a cdk8s-plus workload, is rendered by cdk8s. The final objects are checked
    against their namespaces' Pod Security levels and the library's rules
    (`pod_security.check_objects`) and, given the largest `node` of their cluster, each pod's
    requests and limits against it (`pod_fit.check_fit`); default None: not checked."""
    nodes = [node for chart in charts for node in chart.node.find_all() if isinstance(node, cdk8s.ApiObject)]
    manifests: list[dict[str, Any]] = [node.to_json() for node in nodes]
    objects = [(manifest, functools.partial(construct_path_of, api_object)) for api_object, manifest in zip(nodes, manifests)]
    check_objects(objects)
    if node is not None:
        check_fit(objects, node)
    return manifests


SYNC_WAVE = "argocd.argoproj.io/sync-wave"


def with_owner_labels(manifests: Iterable[Mapping[str, Any]], labels: Mapping[str, str]) -> list[dict[str, Any]]:
    """Mark every object as owned by one deployment target: the owner labels (prune selects on
    them) and the Argo CD sync wave of its kind, from APPLY_ORDER, so a GitOps controller
    applies in the order scripts/apply.sh does. Pod templates and selectors are left alone."""
    owned = []
    for manifest in manifests:
        manifest = dict(manifest)
        meta = dict(manifest["metadata"])
        meta["labels"] = {**meta.get("labels", {}), **labels}
        meta["annotations"] = {**meta.get("annotations", {}), SYNC_WAVE: str(apply_rank(manifest["kind"]))}
        manifest["metadata"] = meta
        owned.append(manifest)
    return owned


def render_tree(manifests: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Relative path -> YAML text for each object; refuses two objects on one path."""
    tree: dict[str, str] = {}
    for manifest in manifests:
        kind = manifest["kind"]
        meta = manifest["metadata"]
        folder = meta.get("namespace") or CLUSTER_SCOPE_DIR
        path = f"{folder}/{apply_rank(kind):02d}-{kind.lower()}-{meta['name']}.yaml"
        if path in tree:
            raise ConfigError("synth", "object", path, "one object per kind, namespace and name", "rename one of the two")
        tree[path] = to_yaml(manifest)
    return dict(sorted(tree.items()))
