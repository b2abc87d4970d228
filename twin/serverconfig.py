"""The API server flags the twin takes from the cluster's rendered k3s server configuration, so
a rehearsal meets the admission configuration and audit policy the real servers enforce.

k3s passes `kube-apiserver-arg` entries of its config file to the API server unchanged. Paths in
them name where the files sit on a server (/etc/rancher/k3s/...); the twin points them at the
same files as rendered in dist/clusters/<cluster>/ (found by file name) and writes the audit log
into its own state folder."""

from __future__ import annotations

from pathlib import Path

import yaml

#: Flags whose value is a file the project renders beside the configuration.
RENDERED_FILE_FLAGS = ("admission-control-config-file", "audit-policy-file")
#: Flags whose value is where the server writes: the twin writes into its state folder.
OUTPUT_FILE_FLAGS = {"audit-log-path": "audit.log"}
#: Flags passed as they are (their values are numbers or names, the same on the twin).
PLAIN_FLAGS = ("audit-log-maxage", "audit-log-maxbackup", "audit-log-maxsize", "audit-log-format")


class ServerConfigError(Exception):
    """The rendered configuration names a file that is not in dist/clusters/<cluster>/."""


def _first_server_config(tree: Path) -> dict[str, object] | None:
    """The k3s configuration of the cluster's first server (the one with cluster-init), or
    None when the cluster's tree renders none."""
    for path in sorted(tree.rglob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text())
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and "kube-apiserver-arg" in data and data.get("cluster-init") is True:
            return data
    return None


def apiserver_args(tree: Path, state: Path) -> list[str]:
    """The twin's kube-apiserver flags from the rendered configuration in TREE."""
    config = _first_server_config(tree) if tree.is_dir() else None
    if config is None:
        return []
    raw = config.get("kube-apiserver-arg") or []
    args: list[str] = []
    for entry in raw if isinstance(raw, list) else [raw]:
        name, _, value = str(entry).partition("=")
        if name in RENDERED_FILE_FLAGS:
            matches = sorted(tree.rglob(Path(value).name))
            if not matches:
                raise ServerConfigError(f"{name}={value}: no file {Path(value).name} under {tree}")
            args.append(f"--{name}={matches[0]}")
        elif name in OUTPUT_FILE_FLAGS:
            args.append(f"--{name}={state / OUTPUT_FILE_FLAGS[name]}")
        elif name in PLAIN_FLAGS:
            args.append(f"--{name}={value}")
    return args
