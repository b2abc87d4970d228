"""The images a rendered tree runs, as a JSON list (the image-scan workflow's matrix).

    python -m dirtbike_constructs.tools.images_list [--dist dist] [--new-since REV]

Every image reference the YAML under --dist runs, as written (with its digest when pinned),
sorted and each once. --new-since REV lists only those that dist/ at git revision REV did not
run: what a pull request adds or changes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping

import yaml

from ..image_lock import image_references
from .diff import TreesUnavailable, read_both


def references(files: Mapping[str, str]) -> set[str]:
    """Every image reference the YAML files (path -> text) run."""
    found: set[str] = set()
    for path, text in files.items():
        if path.endswith(".yaml"):
            for doc in yaml.safe_load_all(text):
                if isinstance(doc, dict):
                    found.update(image_references(doc))
    return found


def listed(new: Mapping[str, str], old: Mapping[str, str] | None = None) -> list[str]:
    """The images of `new`, less those `old` already ran (all of them when old is None)."""
    return sorted(references(new) - (references(old) if old is not None else set()))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="images-list", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", default="dist", help="the rendered tree, relative to the repository root (default dist)")
    parser.add_argument("--new-since", metavar="REV", help="list only the images dist/ at this git revision did not run")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        old, new = read_both(args.new_since or "HEAD", args.dist)
    except TreesUnavailable as error:
        print(f"images-list: {error}", file=sys.stderr)
        return 2
    print(json.dumps(listed(new, old if args.new_since else None)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
