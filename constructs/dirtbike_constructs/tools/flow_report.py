"""A picture of the allowed network flows: a Mermaid graph (rendered by PR views) and a table,
derived from the same Flow objects the NetworkPolicies come from, in the vocabulary the review
uses too (`flow_names`)."""

from __future__ import annotations

from collections.abc import Iterable

from ..flows import Flow
from .flow_names import FlowEndpoint, declared_endpoint
from .flow_picture import PictureEdge, mermaid, pairs, port_label


def _sides(flow: Flow) -> tuple[FlowEndpoint, FlowEndpoint]:
    return declared_endpoint(flow.source), declared_endpoint(flow.destination)


def unique_flows(flows: Iterable[Flow]) -> list[Flow]:
    """Each flow once (a cross-namespace flow is kept by both namespaces), in a stable order."""
    seen: dict[tuple[object, ...], Flow] = {}
    for flow in flows:
        seen.setdefault(flow.key, flow)
    return sorted(seen.values(), key=lambda f: (*_sides(f), f.port, f.protocol))


def render_flow_report(title: str, flows: Iterable[Flow]) -> str:
    """The report: the allowed flows as a graph (one edge per pair of endpoints, with its
    ports) and a table (one row per port), then the declared flows no policy allows yet
    because a peer's addresses are pending (drawn dotted), with what is missing."""
    everything = unique_flows(flows)
    allowed = [f for f in everything if not f.pending]
    pending = [f for f in everything if f.pending]
    edges = [PictureEdge(s, d, port_label(ports)) for (s, d), ports in pairs(_connections(allowed)).items()]
    edges += [PictureEdge(s, d, f"{port_label(ports)} pending", "pending") for (s, d), ports in pairs(_connections(pending)).items()]
    outside = {end for flow in everything for info, end in zip((flow.source, flow.destination), _sides(flow)) if info.external}
    lines = [
        f"# {title}",
        "",
        "Every connection the NetworkPolicies allow besides DNS; everything else is denied.",
        "Generated from the flow declarations; changes exactly when a flow changes. One arrow per",
        "pair of endpoints with its ports (TCP unless marked); ↻: among the endpoint's own pods;",
        "dashed: not run by this tree; dotted: declared, not allowed yet.",
        "",
        *mermaid(edges, outside),
        "",
        "| from | to | port |",
        "|---|---|---|",
    ]
    lines += [_row(flow) for flow in allowed]
    lines.append(f"\n{len(allowed)} flows.")
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


def _connections(flows: Iterable[Flow]) -> list[tuple[FlowEndpoint, FlowEndpoint, int, str]]:
    return [(*_sides(flow), flow.port, flow.protocol) for flow in flows]


def _row(flow: Flow, *extra: str) -> str:
    source, destination = _sides(flow)
    return "| " + " | ".join([str(source), str(destination), f"{flow.port}/{flow.protocol}", *extra]) + " |"
