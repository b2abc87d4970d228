"""`dirtbike-review`: what a change to a rendered tree will do, as Markdown fit for a pull
request comment. Per tree (each folder of dist/: an environment, or a cluster's own objects):
security posture, rollout, what will fail or lose data, capacity, images, the flow picture,
then the detailed diff.

    dirtbike-review [BASE] [--dist dist] [--out build/review] [--max-chars 60000] [--scans DIR]

BASE is a git revision (default HEAD); the working tree's dist/ (--dist) is compared with the
same folder at BASE. The folder may hold any layout the library writes (one tree per
environment as here, or a consumer's `write_layout(app, "dist")`) or a plain `cdk8s synth`
output, which is one tree (`tools.trees`).
Writes <out>/<tree>.md for every tree (a nested tree such as clusters/main as clusters-main.md) and <out>/REVIEW.md (all of them, cut to --max-chars
for a comment), and prints REVIEW.md. --scans DIR: Trivy JSON reports of the images (the
image-scan workflow's); each changed or new image's line then carries its scan result.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

from ..diff import TreesUnavailable, read_both
from .images import Scan, load_scans
from .model import Finding, Tree, load_trees
from .report import TreeReview, fit, render_all, render_tree, review_tree
from .server_files import server_file_diffs

__all__ = ["Finding", "Tree", "TreeReview", "load_trees", "main", "review_files", "render_all", "render_tree", "review_tree"]

#: GitHub refuses comments over 65536 characters; leave room for the marker and a note.
COMMENT_LIMIT = 60000


def review_files(
    old_files: dict[str, str], new_files: dict[str, str], folder: str = "dist", scans: Mapping[str, Scan] | None = None
) -> list[TreeReview]:
    """A review per tree from two file maps (path under `folder` -> text; `tools.trees` finds
    the trees of any layout the library writes, or of a plain cdk8s output), with the line
    diffs of the servers' files (`server_files`). scans: each image's scan result, by image
    reference, for the image lines."""
    old, new = load_trees(old_files, folder), load_trees(new_files, folder)
    files = server_file_diffs(old_files, new_files, folder)
    reviews = [review_tree(name, old.get(name), new.get(name), scans) for name in sorted(set(old) | set(new) | set(files))]
    for review in reviews:
        review.counts["server files"], review.server_files = files.get(review.name, (0, ""))
    return reviews


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dirtbike-review", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", nargs="?", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--dist", default="dist", help="the rendered tree, relative to the repository root (default dist)")
    parser.add_argument("--out", type=Path, default=Path("build/review"), help="where the reports go (default build/review)")
    parser.add_argument("--max-chars", type=int, default=COMMENT_LIMIT, help=f"size of REVIEW.md (default {COMMENT_LIMIT})")
    parser.add_argument("--scans", type=Path, help="a folder of Trivy JSON reports of the images (their scan results)")
    args = parser.parse_args(argv)
    try:
        old_files, new_files = read_both(args.base, args.dist)
    except TreesUnavailable as error:
        print(f"dirtbike-review: {error}", file=sys.stderr)
        return 2
    reviews = review_files(old_files, new_files, args.dist, load_scans(args.scans) if args.scans else None)
    args.out.mkdir(parents=True, exist_ok=True)
    for review in reviews:
        (args.out / f"{review.name.replace('/', '-')}.md").write_text(render_tree(review, args.base), encoding="utf-8")
    combined = fit(reviews, args.base, args.max_chars, args.dist) if reviews else render_all([], args.base, args.dist)
    (args.out / "REVIEW.md").write_text(combined, encoding="utf-8")
    sys.stdout.write(combined)
    return 0
