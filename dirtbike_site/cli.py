"""`python main.py`: synthesize environments into dist/<env>/, or check dist/ is current.

    python main.py                 every environment, and every cluster into dist/clusters/
    python main.py dev prod        only these (`clusters` names the clusters' tree)
    python main.py --check         re-synthesize into memory and list files that differ
                                   from the committed dist/, and leftovers of an
                                   interrupted synthesis (exit 1 when there are any)
    python main.py --debug         on failure, show the full traceback too

Exit codes: 0 done, 1 check failed, 2 bad input (a ConfigError or a mistake in the site
code), 3 environment problem (file system, dist/ busy, Node.js/jsii), 4 internal error,
130 interrupted. See dirtbike_site/failures.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any
from pathlib import Path

from dirtbike_constructs.image_lock import unpinned_report
from dirtbike_constructs.synth import chart_manifests, render_tree, with_owner_labels
from dirtbike_constructs.tools.flow_report import render_flow_report
from dirtbike_constructs.synth import APPLY_ORDER, SYNC_WAVE
from dirtbike_constructs.tree_writer import leftovers, output_lock, read_tree, write_trees

from . import admission, environments
from .apply_facts import CLUSTERS_TREE, cluster_owner_labels, owner_labels
from . import failures
from .credentials import SealedStore
from .missing_inputs import FILE as MISSING_FILE, missing_inputs_report
from .platform import build
from . import cluster_site, servers
from .apps import edge

FLOWS_FILE = "FLOWS.md"
UNPINNED_FILE = "UNPINNED-IMAGES.md"
ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
TARGETS = (*environments.NAMES, CLUSTERS_TREE)


def before_environments(manifests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A cluster's objects get sync waves below every environment's (their rank in
    APPLY_ORDER minus its length: -N..-1), so a controller syncing both applies the add-ons
    and storage classes first, in the same order among themselves."""
    for manifest in manifests:
        annotations = manifest["metadata"]["annotations"]
        annotations[SYNC_WAVE] = str(int(annotations[SYNC_WAVE]) - len(APPLY_ORDER))
    return manifests


def render_clusters() -> dict[str, str]:
    """dist/clusters/: per cluster, its folder `<cluster>/` in the same layout as an environment,
    plus the servers' files (`servers/`, not applied) and the inputs still missing."""
    tree: dict[str, str] = {}
    for name, cluster in environments.CLUSTERS.items():
        site = cluster_site.build(cluster)
        manifests = before_environments(with_owner_labels(chart_manifests(site.charts, node=cluster.node_size), cluster_owner_labels(name)))
        for path, text in {**render_tree(manifests), **servers.files(cluster)}.items():
            tree[f"{name}/{path}"] = text
        report = servers.missing_report(cluster)
        if report:
            tree[f"{name}/{MISSING_FILE}"] = report
    return dict(sorted(tree.items()))


def render(env_name: str) -> dict[str, str]:
    """The file tree of one environment: relative path -> text (YAML, every image pinned by
    the images lock, plus the reports of credentials not sealed yet and of images still by
    tag, which kubectl ignores). `clusters`: every cluster's tree."""
    if env_name == CLUSTERS_TREE:
        return render_clusters()
    env = environments.get(env_name)
    store = SealedStore(env)
    site = build(env, store)
    pinned = site.images.pin_manifests(with_owner_labels(chart_manifests(site.charts, node=env.on.node_size), owner_labels(env.name)))
    admission.check(env, pinned.manifests)  # what the cluster's policies would refuse, refused here
    tree = render_tree(pinned.manifests)
    tree[FLOWS_FILE] = render_flow_report(f"Allowed network flows in {env.name}", site.flows)
    unpinned = unpinned_report(f"Images not pinned by digest in {env.name}", pinned.unpinned)
    if unpinned:
        tree[UNPINNED_FILE] = unpinned
    closed = [prefix for prefix in edge.ADMIN_HOSTS if not edge.routed(site, prefix)]
    report = missing_inputs_report(store, site.flows, closed)
    if report:
        tree[MISSING_FILE] = report
    return dict(sorted(tree.items()))


def stale_files(trees: dict[str, dict[str, str]], dist: Path) -> list[str]:
    """Paths under dist/ that are missing, extra or different from a fresh synthesis, and the
    leftovers of an interrupted synthesis (which `git add dist` would otherwise commit)."""
    differences = [f"{dist.name}/{left.name} ({left.meaning}; `make synth` clears it)" for left in leftovers(dist)]
    for name, fresh in trees.items():
        committed = read_tree(dist / name) if (dist / name).is_dir() else {}
        for rel in sorted(set(fresh) | set(committed)):
            if fresh.get(rel) != committed.get(rel):
                state = "missing" if rel not in committed else "extra" if rel not in fresh else "differs"
                differences.append(f"dist/{name}/{rel} ({state})")
    return differences


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("environments", nargs="*", help="default: " + " ".join(TARGETS))
    parser.add_argument("--check", action="store_true", help="compare with dist/ instead of writing it")
    parser.add_argument("--outdir", type=Path, default=DIST, help="default: dist/ beside main.py")
    parser.add_argument("--debug", action="store_true", help="on failure, also print the full traceback")
    args = parser.parse_args(argv)
    return failures.guarded(lambda: _run(args), debug=args.debug, outdir=args.outdir, action="check" if args.check else "synth")


def _run(args: argparse.Namespace) -> int:
    names = args.environments or list(TARGETS)
    trees = {name: render(name) for name in names}
    if args.check:
        with output_lock(args.outdir, shared=True, on_wait=_say):
            differences = stale_files(trees, args.outdir)
        if differences:
            print("dist/ is stale; run `make synth` and commit the result. Files:", *differences, sep="\n  ", file=sys.stderr)
            return failures.STALE
        print(f"dist/ is current ({sum(len(t) for t in trees.values())} files)")
        return failures.OK
    for action in write_trees(trees, args.outdir, on_wait=_say):
        _say(f"{args.outdir.name}/: {action}")
    # Under `cdk8s synth` the CLI reads its own (freshly wiped) output folder: mirror the tree.
    cli_outdir = os.environ.get("CDK8S_OUTDIR")
    if cli_outdir and Path(cli_outdir).resolve() != args.outdir.resolve():
        write_trees(trees, Path(cli_outdir), on_wait=_say)
    for name, tree in trees.items():
        print(f"{args.outdir.name}/{name}: {len(tree)} files")
        if MISSING_FILE in tree and name != CLUSTERS_TREE:
            print(
                f"  inputs missing, `make apply` refuses it until they are set: see {args.outdir.name}/{name}/{MISSING_FILE}",
                file=sys.stderr,
            )
    return failures.OK
