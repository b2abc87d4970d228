"""A semantic diff of a dist/ tree between a git revision and the working tree.

    dirtbike-diff [BASE] [--dist dist] [--format text|markdown]
    (or python -m dirtbike_constructs.tools.diff)

Per tree (an environment of dist/, or any layout `tools.trees` reads: a consumer's
`write_layout` output, a plain `cdk8s synth` folder): objects added, removed and renamed (same kind and
namespace, same content but the name), and for changed objects the field paths with old and
new values. Lists are matched the Kubernetes way: items with a unique `name` by name
(containers, ports, env, volumes), volume mounts by `mountPath`, anything else by position.
Multi-line strings (config files, scripts) are shown as a line diff.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .trees import tree_label, tree_of

Identity = tuple[str, str, str]  # kind, namespace ('' for cluster scope), name
MISSING = object()


@dataclass
class Change:
    path: str
    old: Any
    new: Any


@dataclass
class EnvironmentDiff:
    name: str
    added: list[Identity] = field(default_factory=list)
    removed: list[Identity] = field(default_factory=list)
    renamed: list[tuple[Identity, Identity]] = field(default_factory=list)
    changed: dict[Identity, list[Change]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.changed)


def identity(manifest: Mapping[str, Any]) -> Identity:
    meta = manifest.get("metadata", {})
    return manifest["kind"], meta.get("namespace", ""), meta["name"]


def objects(files: Mapping[str, str], folder: str = "dist") -> dict[str, dict[Identity, Any]]:
    """tree -> identity -> manifest, from paths relative to the folder read ('env/...yaml', or
    any layout `tools.trees` knows) -> text; `folder` names the tree the folder holds itself."""
    found: dict[str, dict[Identity, Any]] = {}
    for path, text in files.items():
        if not path.endswith((".yaml", ".yml")):
            continue
        env = tree_label(tree_of(path)[0], folder)
        for manifest in yaml.safe_load_all(text):
            if manifest:
                found.setdefault(env, {})[identity(manifest)] = manifest
    return found


def _keyed(items: list[Any]) -> dict[str, Any] | None:
    for key in ("name", "mountPath"):
        if items and all(isinstance(i, dict) and key in i for i in items):
            keys = [str(i[key]) for i in items]
            if len(set(keys)) == len(keys):
                return {f"{key}={k}": i for k, i in zip(keys, items)}
    return None


def compare(old: Any, new: Any, path: str = "") -> Iterator[Change]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in list(old) + [k for k in new if k not in old]:
            sub = f"{path}.{key}" if path else str(key)
            yield from compare(old.get(key, MISSING), new.get(key, MISSING), sub)
        return
    if isinstance(old, list) and isinstance(new, list):
        old_keyed, new_keyed = _keyed(old), _keyed(new)
        if old_keyed is not None and new_keyed is not None:
            for key in list(old_keyed) + [k for k in new_keyed if k not in old_keyed]:
                yield from compare(old_keyed.get(key, MISSING), new_keyed.get(key, MISSING), f"{path}[{key}]")
            return
        if len(old) == len(new):
            for i, (a, b) in enumerate(zip(old, new)):
                yield from compare(a, b, f"{path}[{i}]")
            return
    if old != new:
        yield Change(path, old, new)


def _without_name(manifest: Mapping[str, Any]) -> Any:
    stripped = dict(manifest)
    meta = dict(stripped.get("metadata", {}))
    meta.pop("name", None)
    stripped["metadata"] = meta
    return stripped


def diff_environment(name: str, old: Mapping[Identity, Any], new: Mapping[Identity, Any]) -> EnvironmentDiff:
    result = EnvironmentDiff(name)
    gone = [i for i in old if i not in new]
    came = [i for i in new if i not in old]
    for before in list(gone):
        match = next((after for after in came if after[:2] == before[:2] and _without_name(old[before]) == _without_name(new[after])), None)
        if match is not None:
            result.renamed.append((before, match))
            gone.remove(before)
            came.remove(match)
    result.removed = sorted(gone)
    result.added = sorted(came)
    for ident in sorted(set(old) & set(new)):
        changes = list(compare(old[ident], new[ident]))
        if changes:
            result.changed[ident] = changes
    return result


def diff_trees(old_files: Mapping[str, str], new_files: Mapping[str, str], folder: str = "dist") -> list[EnvironmentDiff]:
    old, new = objects(old_files, folder), objects(new_files, folder)
    return [diff_environment(env, old.get(env, {}), new.get(env, {})) for env in sorted(set(old) | set(new))]


# --- reading trees ---------------------------------------------------------------------


def read_working_tree(dist: Path) -> dict[str, str]:
    return {
        p.relative_to(dist).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(dist.rglob("*"))
        if p.is_file() and not any(s.startswith(".") for s in p.relative_to(dist).parts)
    }


def read_revision(repo: Path, revision: str, dist: str) -> dict[str, str]:
    """Relative path (under dist) -> text of every file of dist/ at `revision`."""
    listing = (
        subprocess.run(
            ["git", "-C", str(repo), "ls-tree", "-r", "-z", "--name-only", revision, "--", dist], check=True, capture_output=True
        )
        .stdout.decode()
        .split("\0")
    )
    paths = [p for p in listing if p]
    if not paths:
        return {}
    batch = subprocess.run(
        ["git", "-C", str(repo), "cat-file", "--batch"],
        input="".join(f"{revision}:{p}\n" for p in paths).encode(),
        check=True,
        capture_output=True,
    ).stdout
    files, offset = {}, 0
    for path in paths:
        header_end = batch.index(b"\n", offset)
        size = int(batch[offset:header_end].split()[2])
        start = header_end + 1
        files[path[len(dist.rstrip("/")) + 1 :]] = batch[start : start + size].decode("utf-8")
        offset = start + size + 1
    return files


class TreesUnavailable(Exception):
    """dist/ cannot be read at one side of the comparison; the message says why."""


def read_both(revision: str, dist: str) -> tuple[dict[str, str], dict[str, str]]:
    """The files of dist/ at `revision` and in the working tree of the repository around the
    current folder (a missing working tree reads as empty). Raises TreesUnavailable."""
    top = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True)
    if top.returncode != 0:
        raise TreesUnavailable("not inside a git repository")
    repo = Path(top.stdout.strip())
    try:
        old = read_revision(repo, revision, dist)
    except subprocess.CalledProcessError as error:
        raise TreesUnavailable(f"cannot read {dist}/ at {revision!r}: {error.stderr.decode().strip()}") from None
    new_dir = repo / dist
    return old, (read_working_tree(new_dir) if new_dir.is_dir() else {})


# --- output ------------------------------------------------------------------------------


def _show(value: Any) -> str:
    if value is MISSING:
        return "(absent)"
    if isinstance(value, (dict, list)):
        return yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=10**6).strip()
    return repr(value) if isinstance(value, str) and (not value or value.strip() != value) else str(value)


def _label(ident: Identity) -> str:
    kind, namespace, name = ident
    return f"{kind} {namespace + '/' if namespace else ''}{name}"


def _change_lines(change: Change) -> list[str]:
    if isinstance(change.old, str) and isinstance(change.new, str) and ("\n" in change.old or "\n" in change.new):
        body = difflib.unified_diff(change.old.splitlines(), change.new.splitlines(), lineterm="", n=1)
        return [f"{change.path}: (text)"] + [f"  {line}" for line in list(body)[2:]]
    return [f"{change.path}: {_show(change.old)} -> {_show(change.new)}"]


def render_text(diffs: list[EnvironmentDiff], folder: str = "dist") -> str:
    lines = []
    for d in diffs:
        if d.empty:
            continue
        lines.append(f"== {d.name} ==")
        lines += [f"+ {_label(i)}" for i in d.added]
        lines += [f"- {_label(i)}" for i in d.removed]
        lines += [f"R {_label(a)} -> {b[2]}" for a, b in d.renamed]
        for ident, changes in d.changed.items():
            lines.append(f"~ {_label(ident)}")
            lines += [f"    {line}" for change in changes for line in _change_lines(change)]
    return "\n".join(lines) + "\n" if lines else f"no changes to {folder.rstrip('/')}/\n"


def render_markdown(diffs: list[EnvironmentDiff], folder: str = "dist") -> str:
    parts = []
    for d in diffs:
        if d.empty:
            continue
        parts.append(f"### {d.name}\n")
        summary = [("added", i) for i in d.added] + [("removed", i) for i in d.removed]
        if summary or d.renamed:
            parts.append("| change | object |\n|---|---|")
            parts += [f"| {what} | `{_label(i)}` |" for what, i in summary]
            parts += [f"| renamed | `{_label(a)}` → `{b[2]}` |" for a, b in d.renamed]
            parts.append("")
        for ident, changes in d.changed.items():
            parts.append(f"<details><summary><code>{_label(ident)}</code>: {len(changes)} field(s)</summary>\n")
            parts.append("```diff")
            for change in changes:
                if isinstance(change.old, str) and isinstance(change.new, str) and ("\n" in change.old or "\n" in change.new):
                    parts.append(f"# {change.path}")
                    parts += list(difflib.unified_diff(change.old.splitlines(), change.new.splitlines(), lineterm="", n=1))[2:]
                else:
                    parts.append(f"# {change.path}")
                    parts.append(f"- {_show(change.old)}")
                    parts.append(f"+ {_show(change.new)}")
            parts.append("```\n</details>\n")
    return "\n".join(parts) + "\n" if parts else f"No changes to `{folder.rstrip('/')}/`.\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="dirtbike-diff", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", nargs="?", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--dist", default="dist", help="the tree, relative to the repository root (default dist)")
    parser.add_argument("--format", choices=("text", "markdown"), default="text")
    args = parser.parse_args(argv)
    try:
        old, new = read_both(args.base, args.dist)
    except TreesUnavailable as error:
        print(error, file=sys.stderr)
        return 2
    diffs = diff_trees(old, new, args.dist)
    sys.stdout.write(render_markdown(diffs, args.dist) if args.format == "markdown" else render_text(diffs, args.dist))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
