"""dist/<env>/MISSING-INPUTS.md: what an operator must still supply before an environment works,
in one list: credentials not sealed yet, and cluster values not set yet (flows to a pending
peer, such as the API server addresses). `make apply` refuses an environment while the file
exists; kubectl ignores it."""

from __future__ import annotations

from collections.abc import Iterable

from dirtbike_constructs import Flow
from dirtbike_constructs.tools.flow_report import unique_flows

from .credentials import SealedStore, credentials_section

FILE = "MISSING-INPUTS.md"


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


def missing_inputs_report(store: SealedStore, flows: Iterable[Flow]) -> str | None:
    """The MISSING-INPUTS.md text, or None when nothing is missing."""
    sections = [s for s in (credentials_section(store), pending_section(flows)) if s]
    if not sections:
        return None
    name = store.env.name
    lines = [
        f"# Inputs missing in {name}",
        "",
        f"`make apply ENV={name}` refuses this environment while this file exists",
        "(`--allow-missing-inputs` overrides it, for a dry run or a partial start).",
    ]
    for section in sections:
        lines += ["", *section]
    return "\n".join(lines) + "\n"
