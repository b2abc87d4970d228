"""The flow picture as a reader sees it: each environment's FLOWS.md drawn by the pinned mermaid
in a real headless Chromium (scripts/flow_render.py), then checked on what was drawn. Every
edge of the source is a drawn path that starts on its source's box and ends on its
destination's, one path per pair of endpoints, pointing right (the picture reads left to
right); every edge label sits on its own path and overlaps no other label and no node; every
node is drawn with its text; the picture fits a page. The committed docs/flows-prod.png is
the drawing of the current prod picture."""

from __future__ import annotations

import html
import re
import sys
from collections import Counter

import pytest
from conftest import ROOT
from test_flow_pictures import edges, nodes

from dirtbike_site import environments

sys.path.insert(0, str(ROOT / "scripts"))
import flow_render  # noqa: E402

#: How far a path's end may stop short of its node's box: the arrowhead's length.
TOUCH = 6.0
#: Wider than this and a page showing the picture 1000 px wide shrinks its 14 px text below 10 px.
MAX_WIDTH = 1400


def source_of(env: str) -> str:
    return flow_render.mermaid_source((ROOT / "dist" / env / "FLOWS.md").read_text())


@pytest.fixture(scope="module")
def drawings():
    """Every environment's picture, drawn in one start of the browser."""
    sources = [source_of(env) for env in environments.NAMES]
    return dict(zip(environments.NAMES, zip(sources, flow_render.render_all(sources))))


@pytest.fixture(params=environments.NAMES)
def drawn(request, drawings):
    return drawings[request.param]


def text_of(label: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", label))


def nearest(rendering: flow_render.Rendering, point: tuple[float, float]) -> tuple[str, float]:
    return min(((node, drawn.box.distance(*point)) for node, drawn in rendering.nodes.items()), key=lambda found: found[1])


def test_every_edge_is_one_path_from_its_source_to_its_destination(drawn):
    source, rendering = drawn
    expected = Counter((s, d) for s, _, _, d in edges(source))
    found: Counter[tuple[str, str]] = Counter()
    for edge_id, points in rendering.edges.items():
        (start, start_gap), (end, end_gap) = nearest(rendering, points[0]), nearest(rendering, points[-1])
        assert start_gap <= TOUCH and end_gap <= TOUCH, f"{edge_id} does not run from a node to a node"
        found[(start, end)] += 1
    assert found == expected
    assert max(found.values()) == 1, "one path per pair of endpoints"
    assert all(s != d for s, d in found), "no loops: flows among an endpoint's own pods are written in its node"


def test_every_edge_points_right(drawn):
    """Left to right: each destination is drawn right of its source."""
    source, rendering = drawn
    for s, _, _, d in edges(source):
        a, b = rendering.nodes[s].box, rendering.nodes[d].box
        assert a.x + a.width / 2 < b.x + b.width / 2, f"{s} -> {d} points left"


def test_every_label_sits_on_its_own_edge_with_its_text(drawn):
    source, rendering = drawn
    for s, _, label, d in edges(source):
        edge_id = f"L_{s}_{d}_0"
        assert rendering.labels[edge_id].text == text_of(label)
        box = rendering.labels[edge_id].box
        assert min(box.distance(*point) for point in rendering.edges[edge_id]) == 0, f"the label of {edge_id} is off its path"
    assert len(rendering.labels) == len(edges(source))


def test_no_label_overlaps_another_label_or_a_node(drawn):
    _, rendering = drawn
    labels = list(rendering.labels.items())
    overlapping = [(a, b) for i, (a, one) in enumerate(labels) for b, other in labels[i + 1 :] if one.box.overlaps(other.box)]
    assert overlapping == []
    covering = [(label, node) for label, one in labels for node, shape in rendering.nodes.items() if one.box.overlaps(shape.box)]
    assert covering == []


def test_every_node_is_drawn_with_its_text_and_the_picture_fits_a_page(drawn):
    source, rendering = drawn
    assert {node: drawn.text for node, drawn in rendering.nodes.items()} == {node: text_of(label) for node, label in nodes(source).items()}
    assert rendering.width <= MAX_WIDTH


def test_the_committed_prod_picture_shows_the_current_flows():
    """docs/flows-prod.png (shown in the README) carries the digest of the source it was drawn
    from: it is the drawing of today's dist/prod/FLOWS.md."""
    png = (ROOT / "docs" / "flows-prod.png").read_bytes()
    assert flow_render.stamped_digest(png) == flow_render.source_digest(source_of("prod")), "run: make flow-picture"
    assert "docs/flows-prod.png" in (ROOT / "README.md").read_text()


def test_a_screenshot_shows_the_whole_picture(drawings):
    source, rendering = drawings["prod"]
    png = flow_render.screenshot(source, rendering.width, rendering.height)
    width, height = flow_render.png_size(png)
    assert width >= rendering.width + 2 * flow_render.PAD and height >= rendering.height + 2 * flow_render.PAD


def test_a_review_picture_draws_its_styles():
    """The review's picture of a change (a pair added, one removed, one whose ports changed, an
    endpoint new and one gone) is valid Mermaid, and each of its edges is drawn between its ends."""
    from review_objects import changed, deployment, policy, pods_of
    from test_review import BASE_NET, WEB_TO_DB, review

    def flow(source, destination, port):
        return [
            policy(
                f"egress-{source}-to-{destination}",
                {"app.kubernetes.io/name": source},
                egress=[{"to": [pods_of(destination)], "ports": [{"port": port}]}],
            ),
            policy(
                f"ingress-{destination}-from-{source}",
                {"app.kubernetes.io/name": destination},
                ingress=[{"from": [pods_of(source)], "ports": [{"port": port}]}],
            ),
        ]

    cache, queue = deployment("cache", port=6379), deployment("queue", port=5672)
    widened = changed(WEB_TO_DB[1], lambda p: p["spec"]["ingress"][0]["ports"].append({"port": 5440}))
    egress_any_port = changed(WEB_TO_DB[0], lambda p: p["spec"]["egress"][0].pop("ports"))
    before = [*BASE_NET, cache, queue, egress_any_port, WEB_TO_DB[1], *flow("web", "queue", 5672)]
    after = [*BASE_NET, cache, queue, egress_any_port, widened, *flow("web", "cache", 6379)]
    picture = review(before, after).picture
    source = flow_render.mermaid_source(picture + "\n")
    rendering = flow_render.render(source)
    assert [label for _, arrow, label, _ in edges(source)] == ["+6379", "5432, +5440", "-5672"]
    test_every_edge_is_one_path_from_its_source_to_its_destination((source, rendering))
    test_every_label_sits_on_its_own_edge_with_its_text((source, rendering))
    test_no_label_overlaps_another_label_or_a_node((source, rendering))


def test_a_missing_browser_is_named_with_the_fix(monkeypatch):
    monkeypatch.setattr(flow_render, "CHROMIUM", "no-such-chromium")
    with pytest.raises(RuntimeError, match="no-such-chromium not found: install Chromium"):
        flow_render.render("flowchart LR\n  a --> b\n")
