"""The Mermaid picture of flows that FLOWS.md and the review both draw: one edge per pair of
endpoints carrying all its ports, named in one vocabulary (`flow_names`), read left to right.

Layout: no boxes per namespace (they pull related endpoints apart and cross every edge), so the
graph's own direction orders the columns: the callers from outside (the ingress controller, a
scraper, an operator), the applications, their data, then the addresses outside. Each node
names its namespace under its name; endpoints the tree does not run (other teams' pods, address
ranges) are drawn dashed, address ranges rounded. A flow among an endpoint's own pods (database
instances replicating) is written in its node (`↻ 5432, 8000`) instead of a loop."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from .flow_names import FlowEndpoint

Ports = Iterable[tuple[int, str]]
EdgeStyle = Literal["allowed", "pending", "added", "removed", "changed"]
NodeStatus = Literal["added", "removed"]
#: The port no rule names: allowed only by a rule that opens every port (`review.flows` probes it).
ANY_PORT = 1

_ARROWS: Mapping[EdgeStyle, str] = {"allowed": "-->", "pending": "-.->", "added": "==>", "removed": "-.->", "changed": "==>"}
_EDGE_COLOURS: Mapping[EdgeStyle, str] = {"added": "#1a7f37", "removed": "#cf222e", "changed": "#9a6700"}
_CLASSES: Mapping[str, str] = {
    "outside": "fill:#f6f8fa,stroke:#6e7781,stroke-dasharray:4 3",
    "added": "fill:#dafbe1,stroke:#1a7f37,stroke-width:3px",
    "removed": "fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 4",
}


def port_label(ports: Ports) -> str:
    """'5432, 8000': the ports of a pair, TCP unmarked, others as '53/UDP'; 'any port' when a
    rule opens every port."""
    found = sorted(set(ports))
    if any(port == ANY_PORT for port, _ in found):
        return "any port"
    return ", ".join(str(port) if protocol == "TCP" else f"{port}/{protocol}" for port, protocol in found)


def change_label(before: Ports, after: Ports) -> str:
    """The ports of a pair a change touches: kept ones plain, added ones '+', removed ones '-'."""
    old, new = set(before), set(after)
    parts = [port_label(old & new)] if old & new else []
    for mark, ports in (("+", new - old), ("-", old - new)):
        if ports:
            parts.append(", ".join(mark + port for port in port_label(ports).split(", ")))
    return ", ".join(parts)


@dataclass(frozen=True)
class PictureEdge:
    """One pair of endpoints and its ports; style: how it is drawn (see `mermaid`)."""

    source: FlowEndpoint
    destination: FlowEndpoint
    label: str
    style: EdgeStyle = "allowed"


def node_id(endpoint: FlowEndpoint) -> str:
    """The Mermaid id of an endpoint: stable, and unique as long as names are."""
    return "n_" + re.sub(r"[^A-Za-z0-9]+", "_", f"{endpoint.namespace}__{endpoint.name}").strip("_")


def mermaid(
    edges: Sequence[PictureEdge], outside: Collection[FlowEndpoint] = (), status: Mapping[FlowEndpoint, NodeStatus] | None = None
) -> list[str]:
    """The lines of a fenced Mermaid block. Edges: allowed solid; pending dotted; added thick
    green; removed dotted red; ports changed thick amber. outside: endpoints drawn dashed.
    status: endpoints added or removed by a change, filled green or red."""
    status = status or {}
    loops = {edge.source: edge for edge in edges if edge.source == edge.destination}
    links = [edge for edge in edges if edge.source != edge.destination]
    nodes = sorted({e for edge in edges for e in (edge.source, edge.destination)})
    lines = ["```mermaid", "flowchart LR"]
    for endpoint in nodes:
        lines.append(f"  {node_id(endpoint)}{_shape(endpoint, _node_label(endpoint, loops.get(endpoint)))}")
    for edge in links:
        lines.append(f'  {node_id(edge.source)} {_ARROWS[edge.style]}|"{edge.label}"| {node_id(edge.destination)}')
    for index, edge in enumerate(links):
        if edge.style in _EDGE_COLOURS:
            lines.append(f"  linkStyle {index} stroke:{_EDGE_COLOURS[edge.style]},stroke-width:3px")
    lines += _class_lines(nodes, outside, status, loops)
    lines.append("```")
    return lines


def _node_label(endpoint: FlowEndpoint, loop: PictureEdge | None) -> str:
    parts = [endpoint.name]
    if endpoint.namespace:
        parts.append(f"<small>{endpoint.namespace}</small>")
    if loop is not None:
        parts.append(f"<small>↻ {loop.label}</small>")
    return "<br/>".join(parts)


def _shape(endpoint: FlowEndpoint, label: str) -> str:
    return f'(["{label}"])' if endpoint.is_network else f'["{label}"]'


def _class_lines(
    nodes: list[FlowEndpoint],
    outside: Collection[FlowEndpoint],
    status: Mapping[FlowEndpoint, NodeStatus],
    loops: Mapping[FlowEndpoint, PictureEdge],
) -> list[str]:
    """The classes of the nodes: a change's status first (of the node, or of its own loop),
    else dashed when outside the tree."""
    classes: dict[str, list[str]] = {}
    for endpoint in nodes:
        loop = loops.get(endpoint)
        loop_status = loop.style if loop is not None and loop.style in ("added", "removed") else None
        name = status.get(endpoint) or loop_status or ("outside" if endpoint in outside else None)
        if name:
            classes.setdefault(name, []).append(node_id(endpoint))
    defined = [f"  classDef {name} {_CLASSES[name]}" for name in sorted(classes)]
    return defined + [f"  class {','.join(ids)} {name}" for name, ids in sorted(classes.items())]


def pairs(
    connections: Iterable[tuple[FlowEndpoint, FlowEndpoint, int, str]],
) -> dict[tuple[FlowEndpoint, FlowEndpoint], list[tuple[int, str]]]:
    """Connections grouped by (source, destination), ports sorted."""
    grouped: dict[tuple[FlowEndpoint, FlowEndpoint], list[tuple[int, str]]] = {}
    for source, destination, port, protocol in sorted(connections):
        grouped.setdefault((source, destination), []).append((port, protocol))
    return grouped
