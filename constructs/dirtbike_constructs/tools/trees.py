"""Which tree a rendered file belongs to, for every layout the tools read.

A tree is what one apply targets: an environment, a cluster's own objects, or a consumer's whole
App. The tools take a folder (`--dist`, default `dist`) and find the trees in it:

- the library's layout (`write_layout`, `dirtbike-synth`): `<tree>/<namespace or _cluster>/
  NN-kind-name.yaml`. The tree is the folders above the namespace folder: `prod` for
  `dist/prod/...`, `clusters/main` for `dist/clusters/main/...`, and the folder itself when
  the App was written straight into it (`write_layout(app, "dist")`);
- anything else, such as a plain `cdk8s synth` output (`<chart>.k8s.yaml`, or a folder per
  chart): the folder is one tree.

The folder itself is named by how it was given (`dist`, `deploy/k8s`), never by a guess."""

from __future__ import annotations

import re

#: A file of the library's layout: its apply rank, kind and name (never cdk8s's `.k8s.yaml`).
LAYOUT_FILE = re.compile(r"\d+-[a-z0-9]+-[^/]+(?<!\.k8s)\.ya?ml")
#: The tree a folder holds itself (a layout written straight into it, or a plain cdk8s output).
WHOLE_FOLDER = ""


def tree_of(path: str) -> tuple[str, str]:
    """(tree, path inside it) of a YAML file's path relative to the folder read."""
    parts = path.split("/")
    if len(parts) >= 2 and LAYOUT_FILE.fullmatch(parts[-1]):
        return "/".join(parts[:-2]), "/".join(parts[-2:])
    return WHOLE_FOLDER, path


def tree_label(tree: str, folder: str) -> str:
    """How reports name a tree: its path under the folder, or the folder's own name."""
    return tree or folder.rstrip("/") or "."
