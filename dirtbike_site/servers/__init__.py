"""A cluster's k3s servers as files: their configuration (first and joining servers), the API
server's admission configuration and audit policy, and keepalived's configuration for the
registration address, rendered into dist/clusters/<cluster>/servers/ (paths.py) from
`Cluster.servers` in environments.py. Each file starts with a comment naming where it goes."""

from __future__ import annotations

from typing import Any

import yaml

from dirtbike_constructs.k3s_server_config import render_server_config

from ..environments import Cluster
from ..apply_facts import INFORMATIONAL, SERVER_INSTALL
from . import k3s_config, paths
from .admission import admission_configuration, exemption_notes
from .audit import audit_policy
from .keepalived import keepalived_conf
from .validate import validate_servers

SOURCE = "rendered from dirtbike_site/environments.py by `make synth`; do not edit"


ON = {paths.FIRST_SERVER: "the first server", paths.JOINING_SERVER: "the joining servers"}


def _header(name: str, *notes: str) -> str:
    return "\n".join([f"{paths.INSTALLED_AT[name]} ({ON.get(name, 'every server')})", SOURCE, *notes])


def _comment(text: str) -> str:
    return "".join(f"# {line}".rstrip() + "\n" for line in text.splitlines())


def _yaml(name: str, document: dict[str, Any], *notes: str) -> str:
    return _comment(_header(name, *notes)) + yaml.safe_dump(document, sort_keys=False, default_flow_style=False, width=200)


def files(cluster: Cluster) -> dict[str, str]:
    """servers/<name> -> text, for the cluster's tree."""
    where = f"clusters[{cluster.name!r}].servers"
    servers = validate_servers(where, cluster.servers)
    release = servers.release
    rendered = {
        paths.FIRST_SERVER: render_server_config(
            where, k3s_config.first_server(servers), release=release, header=_header(paths.FIRST_SERVER, f"k3s {release}")
        ),
        paths.ADMISSION_FILE: _yaml(paths.ADMISSION_FILE, admission_configuration(servers), *exemption_notes(servers)),
        paths.AUDIT_FILE: _yaml(paths.AUDIT_FILE, audit_policy()),
    }
    if servers.registration is not None:
        rendered[paths.JOINING_SERVER] = render_server_config(
            where, k3s_config.joining_server(servers), release=release, header=_header(paths.JOINING_SERVER, f"k3s {release}")
        )
        rendered[paths.KEEPALIVED_FILE] = _comment(_header(paths.KEEPALIVED_FILE)) + keepalived_conf(servers.registration)
    return {f"{paths.FOLDER}/{name}": text for name, text in sorted(rendered.items())}


def missing(cluster: Cluster) -> list[tuple[str, str]]:
    """(value, what waits for it) for every server value not set yet."""
    servers = cluster.servers
    found = []
    if servers.registration is None:
        found.append(
            (
                f"clusters[{cluster.name!r}].servers.registration",
                f"the registration address: servers/{paths.JOINING_SERVER} and servers/{paths.KEEPALIVED_FILE} are not rendered, "
                "and the servers' certificates do not name it",
            )
        )
    if servers.snapshots.credentials is None:
        found.append(
            (
                f"clusters[{cluster.name!r}].servers.snapshots.credentials",
                "the S3 credentials file on every server (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY): without it no snapshot leaves the servers",
            )
        )
    return found


def missing_report(cluster: Cluster) -> str | None:
    """dist/clusters/<cluster>/MISSING-INPUTS.md, or None when nothing is missing."""
    found = missing(cluster)
    if not found:
        return None
    lines = [
        f"# Inputs missing in cluster {cluster.name}",
        "",
        f"`make apply` refuses `clusters/{cluster.name}` and its environments while this file lists a section",
        f"not marked {INFORMATIONAL} or {SERVER_INSTALL}",
        "(`--allow-missing-inputs` overrides it). Set the values in `dirtbike_site/environments.py`",
        "(docs/cluster.md says how), then `make synth`.",
        "",
        f"## Server values not set {SERVER_INSTALL}",
        "",
        "The servers' install reads these (the files under servers/ and on each server); the",
        "Kubernetes objects of this tree do not, so `make apply` does not wait for them.",
        "",
        "| value | what waits for it |",
        "|---|---|",
        *(f"| {value} | {what} |" for value, what in found),
    ]
    return "\n".join(lines) + "\n"
