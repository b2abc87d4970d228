"""dist/<env>/MISSING-INPUTS.md: what an operator must still supply before an environment works,
in one list: credentials not sealed yet, cluster values not set yet (flows to a pending peer,
such as the API server addresses), and the admin hosts left closed until `admin_access` names
the admins' networks. `make apply` refuses an environment while the file lists any of the first
two; a section whose title ends in one of NOT_BLOCKING does not stop it: INFORMATIONAL (the
closed hosts: the site works without them) or SERVER_INSTALL (a cluster's server values, which
the servers' install reads, not kubectl). kubectl ignores the file."""

from __future__ import annotations

from collections.abc import Iterable

from dirtbike_constructs import Flow
from dirtbike_constructs.tools.flow_report import unique_flows

from .apply_facts import INFORMATIONAL
from .credentials import SealedStore, credentials_section

FILE = "MISSING-INPUTS.md"
#: Each admin host's console, for the closed-hosts section.
CONSOLES = {"admin.www": "phpMyAdmin", "admin.auth": "the Logto admin console", "admin.trails": "the PocketBase admin UI"}


def closed_hosts_section(env: str, domain: str, closed: Iterable[str]) -> list[str]:
    """The admin hosts (prefixes) that get no route, with the value that opens them; [] when none."""
    hosts = sorted(closed)
    if not hosts:
        return []
    lines = [
        f"## Admin hosts closed {INFORMATIONAL}",
        "",
        "These admin hosts get no route until `admin_access` names the networks their admins",
        "connect from (their apps send their own bearer tokens, so basic auth cannot gate them).",
        "`make apply` does not wait for them. Meanwhile reach each console through",
        "`kubectl port-forward` (docs/cluster.md, Admin consoles while their hosts are closed).",
        "",
        "| host | console |",
        "|---|---|",
        *(f"| {prefix}.{domain} | {CONSOLES[prefix]} |" for prefix in hosts),
        "",
        f"To open them: set `ENVIRONMENTS['{env}'].admin_access = AdminAccess(allowed_ranges=(\"<admins' network CIDR>\",))`",
        "in dirtbike_site/environments.py, then `make synth`.",
    ]
    return lines


def pending_section(flows: Iterable[Flow]) -> list[str]:
    """The cluster values not set yet, each with the flows that wait for it; [] when none."""
    waiting: dict[str, list[Flow]] = {}
    for flow in unique_flows(flows):
        if flow.pending:
            waiting.setdefault(flow.pending, []).append(flow)
    if not waiting:
        return []
    lines = [
        "## Cluster values not set",
        "",
        "These flows are declared but no NetworkPolicy allows them until the value is set, so the",
        "pods that need them cannot work yet. Set the value, then `make synth`.",
        "",
        "| value | flows waiting for it |",
        "|---|---|",
    ]
    for missing, flows_waiting in sorted(waiting.items()):
        lines.append(f"| {missing} | {', '.join(str(f) for f in flows_waiting)} |")
    return lines


def missing_inputs_report(store: SealedStore, flows: Iterable[Flow], closed_hosts: Iterable[str] = ()) -> str | None:
    """The MISSING-INPUTS.md text, or None when nothing is missing."""
    env = store.env
    sections = [
        s for s in (credentials_section(store), pending_section(flows), closed_hosts_section(env.name, env.domain, closed_hosts)) if s
    ]
    if not sections:
        return None
    name = env.name
    lines = [
        f"# Inputs missing in {name}",
        "",
        f"`make apply ENV={name}` refuses this environment while this file lists anything but",
        f"sections marked {INFORMATIONAL} (`--allow-missing-inputs` overrides it, for a dry run",
        "or a partial start).",
    ]
    for section in sections:
        lines += ["", *section]
    return "\n".join(lines) + "\n"
