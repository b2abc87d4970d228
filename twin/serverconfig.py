"""The API server flags the twin takes from the cluster's rendered k3s server configuration, so
a rehearsal meets the admission configuration and audit policy the real servers enforce.

k3s passes `kube-apiserver-arg` entries of its config file to the API server unchanged. Paths in
them name where the files sit on a server (/etc/rancher/k3s/...); the twin points them at the
same files as rendered in dist/clusters/<cluster>/ (each rendered file's first line names its
place on a server) and writes the audit log
into its own state folder."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

#: Flags whose value is a file the project renders beside the configuration.
RENDERED_FILE_FLAGS = ("admission-control-config-file", "audit-policy-file")
#: Flags whose value is where the server writes: the twin writes into its state folder.
OUTPUT_FILE_FLAGS = {"audit-log-path": "audit.log"}
#: Flags passed as they are (their values are numbers or names, the same on the twin).
PLAIN_FLAGS = ("audit-log-maxage", "audit-log-maxbackup", "audit-log-maxsize", "audit-log-format")


class ServerConfigError(Exception):
    """The rendered configuration names a file that is not rendered in dist/clusters/<cluster>/."""


#: The first line of every rendered server file names where it goes on a server.
_HEADER = re.compile(r"# (/\S+)")
#: Where k3s reads its configuration.
K3S_CONFIG = "/etc/rancher/k3s/config.yaml"


def rendered_files(tree: Path) -> dict[str, list[Path]]:
    """The server files rendered in TREE, by the path each names for itself on a server."""
    found: dict[str, list[Path]] = {}
    for path in sorted(p for p in tree.rglob("*") if p.is_file()):
        with path.open(errors="replace") as handle:
            match = _HEADER.match(handle.readline())
        if match:
            found.setdefault(match.group(1), []).append(path)
    return found


def _first_server_config(files: dict[str, list[Path]]) -> dict[str, object] | None:
    """The k3s configuration of the cluster's first server (the one with cluster-init)."""
    for path in files.get(K3S_CONFIG, []):
        data = yaml.safe_load(path.read_text())
        if isinstance(data, dict) and data.get("cluster-init") is True:
            return data
    return None


def apiserver_args(tree: Path, state: Path) -> list[str]:
    """The twin's kube-apiserver flags from the configuration rendered in TREE."""
    files = rendered_files(tree) if tree.is_dir() else {}
    config = _first_server_config(files)
    if config is None:
        return []
    raw = config.get("kube-apiserver-arg") or []
    args: list[str] = []
    for entry in raw if isinstance(raw, list) else [raw]:
        name, _, value = str(entry).partition("=")
        if name in RENDERED_FILE_FLAGS:
            if value not in files:
                raise ServerConfigError(f"{name}={value}: no file rendered for {value} under {tree}")
            args.append(f"--{name}={files[value][0]}")
        elif name in OUTPUT_FILE_FLAGS:
            args.append(f"--{name}={state / OUTPUT_FILE_FLAGS[name]}")
        elif name in PLAIN_FLAGS:
            args.append(f"--{name}={value}")
    return args
