"""A picture of the allowed network flows: a Mermaid graph (rendered by PR views) and a table,
derived from the same Flow objects the NetworkPolicies come from."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..endpoint import EndpointInfo
from ..flows import Flow


def _endpoint(info: EndpointInfo) -> tuple[str, str]:
    """(group, name): the namespace, or 'network' for an IP range or a peer whose addresses
    are pending, and the endpoint's name."""
    return ("network" if info.is_network or info.pending else info.namespace or ""), info.name


def _label(info: EndpointInfo) -> str:
    if info.pending:
        return f"{info.name} (addresses not set)"
    if info.is_network:
        return f"{info.name} ({', '.join(info.cidrs)}" + (f" except {', '.join(info.except_cidrs)}" if info.except_cidrs else "") + ")"
    return info.name


def _node_id(group: str, name: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", f"{group}__{name}").strip("_")


def unique_flows(flows: Iterable[Flow]) -> list[Flow]:
    """Each flow once (a cross-namespace flow is kept by both namespaces), in a stable order."""
    seen: dict[tuple[object, ...], Flow] = {}
    for flow in flows:
        seen.setdefault(flow.key, flow)
    return sorted(seen.values(), key=lambda f: (_endpoint(f.source), _endpoint(f.destination), f.port, f.protocol))


def render_flow_report(title: str, flows: Iterable[Flow]) -> str:
    """The report: the allowed flows as a graph and a table, then the declared flows no policy
    allows yet because a peer's addresses are pending (drawn dotted), with what is missing."""
    everything = unique_flows(flows)
    flows = [f for f in everything if not f.pending]
    pending = [f for f in everything if f.pending]
    groups: dict[str, dict[str, str]] = {}
    for flow in everything:
        for peer in (flow.source, flow.destination):
            group, name = _endpoint(peer)
            groups.setdefault(group, {})[name] = _label(peer)
    lines = [
        f"# {title}",
        "",
        "Every connection the NetworkPolicies allow besides DNS; everything else is denied.",
        "Generated from the flow declarations; changes exactly when a flow changes.",
        "",
        "```mermaid",
        "flowchart LR",
    ]
    for group in sorted(groups):
        lines.append(f'  subgraph {_node_id("ns", group)}["{group}"]')
        for name, label in sorted(groups[group].items()):
            lines.append(f'    {_node_id(group, name)}["{label}"]')
        lines.append("  end")
    for flow in flows:
        src, dst = _endpoint(flow.source), _endpoint(flow.destination)
        lines.append(f'  {_node_id(*src)} -->|"{flow.port}/{flow.protocol}"| {_node_id(*dst)}')
    for flow in pending:
        src, dst = _endpoint(flow.source), _endpoint(flow.destination)
        lines.append(f'  {_node_id(*src)} -.->|"{flow.port}/{flow.protocol} pending"| {_node_id(*dst)}')
    lines += ["```", "", "| from | to | port |", "|---|---|---|"]
    for flow in flows:
        lines.append(_row(flow))
    lines.append(f"\n{len(flows)} flows.")
    if pending:
        lines += [
            "",
            "## Declared, not allowed yet",
            "",
            "No policy allows these until the missing value is set; the traffic is denied meanwhile.",
            "",
            "| from | to | port | missing |",
            "|---|---|---|---|",
        ]
        lines += [_row(flow, flow.pending) for flow in pending]
        lines.append(f"\n{len(pending)} pending flows.")
    return "\n".join(lines) + "\n"


def _row(flow: Flow, *extra: str) -> str:
    src, dst = _endpoint(flow.source), _endpoint(flow.destination)
    cells = [f"{src[0]}/{_label(flow.source)}", f"{dst[0]}/{_label(flow.destination)}", f"{flow.port}/{flow.protocol}", *extra]
    return "| " + " | ".join(cells) + " |"
