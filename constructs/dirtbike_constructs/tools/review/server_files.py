"""The files of a tree that are not Kubernetes objects nor reports: a cluster's servers' files
(dist/clusters/<cluster>/servers/: k3s configuration, admission configuration, audit policy,
keepalived), copied onto the servers by hand. They change the cluster as much as any object
does, so the review shows every change to them as a line diff."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from ..trees import tree_label

#: The folder of a tree holding its servers' files (dirtbike_site/servers/paths.py FOLDER).
FOLDER = "servers"


def server_file_diffs(old_files: Mapping[str, str], new_files: Mapping[str, str], folder: str = "dist") -> dict[str, tuple[int, str]]:
    """tree label -> (files changed, Markdown with one unified diff per changed file), for the
    files `<tree>/servers/<name>` under `folder`."""
    found: dict[str, list[str]] = {}
    for path in sorted(set(old_files) | set(new_files)):
        parts = path.split("/")
        if len(parts) < 2 or parts[-2] != FOLDER or old_files.get(path) == new_files.get(path):
            continue
        tree, rel = tree_label("/".join(parts[:-2]), folder), "/".join(parts[-2:])
        before, after = old_files.get(path), new_files.get(path)
        state = "added" if before is None else "removed" if after is None else "changed"
        lines = difflib.unified_diff((before or "").splitlines(), (after or "").splitlines(), f"a/{rel}", f"b/{rel}", lineterm="")
        found.setdefault(tree, []).append(f"`{rel}` ({state}):\n\n```diff\n" + "\n".join(lines) + "\n```\n")
    return {tree: (len(parts), "\n".join(parts)) for tree, parts in found.items()}
