"""FLOWS.md and the review draw flows in one vocabulary and one shape: the same endpoint has the
same name (and node) in both, each pair of endpoints is one edge carrying all its ports, and the
review's picture holds only what a change does to the flows."""

from __future__ import annotations

import re

import pytest
from conftest import rendered
from test_change_amplification import workload

from dirtbike_constructs import allow
from dirtbike_constructs.tools.review import load_trees, review_files
from dirtbike_constructs.tools.review.flows import compare_flows, flow_picture
from dirtbike_site import cli, environments, peers

EDGE = re.compile(r'^  (\w+) (-->|-\.->|==>)\|"([^"]*)"\| (\w+)$')
NODE = re.compile(r'^  (\w+)\(?\["(.*)"\]\)?$')


def picture_of(markdown: str) -> str:
    return markdown.split("```mermaid\n", 1)[1].split("```", 1)[0]


def edges(picture: str) -> list[tuple[str, str, str, str]]:
    """(source, arrow, label, destination) of every edge line."""
    return [m.groups() for m in map(EDGE.match, picture.splitlines()) if m]  # type: ignore[misc]


def nodes(picture: str) -> dict[str, str]:
    return dict(m.groups() for m in map(NODE.match, picture.splitlines()) if m)  # type: ignore[misc]


def unmarked(text: str) -> str:
    """A label of the review's picture of everything added, as FLOWS.md writes it."""
    return text.replace("+", "")


def everything_added(env: str):
    """The review's picture of the whole tree against an empty one: every flow is added."""
    trees = load_trees({f"{env}/{path}": text for path, text in rendered(env).items()})
    return flow_picture(compare_flows(None, trees[env]))


@pytest.mark.parametrize("env", environments.NAMES)
def test_flows_md_and_the_review_name_every_endpoint_alike(env):
    """The same endpoints with the same names, and the same edges with the same ports: the
    review of a tree against nothing draws FLOWS.md's picture (less the pending flows, which no
    policy renders), its labels marked '+'."""
    flows_md = picture_of(rendered(env)[cli.FLOWS_FILE])
    review = everything_added(env)
    assert review is not None
    allowed = [(s, label, d) for s, arrow, label, d in edges(flows_md) if arrow == "-->"]
    pending_only = {d for _, arrow, _, d in edges(flows_md) if arrow == "-.->"} - {e for s, _, d in allowed for e in (s, d)}
    assert sorted((s, unmarked(label), d) for s, _, label, d in edges(review)) == sorted(allowed)
    expected = {node: label for node, label in nodes(flows_md).items() if node not in pending_only}
    assert {node: unmarked(label) for node, label in nodes(review).items()} == expected
    names = {label.split("<br/>")[0] for label in expected.values()}
    assert {"cloudnative-pg", "internet", "wordpress"} <= names
    assert not names & {"cnpg-operator", "public addresses", "wordpress-blue", "wordpress-green"}


def test_one_edge_per_pair_with_all_its_ports():
    flows_md = picture_of(rendered("prod")[cli.FLOWS_FILE])
    found = edges(flows_md)
    assert len({(s, d) for s, _, _, d in found}) == len(found)
    assert ("n_cnpg_system_cloudnative_pg", "-->", "5432, 8000", "n_dirtbike_prod_data_postgres") in found
    # Instance to instance is written in the node, not drawn as a loop.
    assert all(s != d for s, _, _, d in found)
    assert "↻ 5432, 8000" in nodes(flows_md)["n_dirtbike_prod_data_postgres"]
    assert ("n_dirtbike_prod_data_postgres", "-.->", "6443 pending", "n_kube_apiserver") in found


def test_the_review_picture_holds_only_what_changed(monkeypatch):
    """One flow added to prod: the review draws that edge and its two endpoints, nothing else."""
    build = cli.build

    def with_flow(env, store=None):
        site = build(env, store)
        allow(peers.PROMETHEUS, workload(site, "web", "phpmyadmin"), "http")
        return site

    before = {f"prod/{path}": text for path, text in rendered("prod").items()}
    monkeypatch.setattr(cli, "build", with_flow)
    after = {f"prod/{path}": text for path, text in cli.render("prod").items()}
    (review,) = review_files(before, after)
    assert review.picture is not None
    assert edges(review.picture) == [("n_monitoring_prometheus", "==>", "+8080", "n_dirtbike_prod_web_phpmyadmin")]
    assert sorted(nodes(review.picture)) == ["n_dirtbike_prod_web_phpmyadmin", "n_monitoring_prometheus"]
    assert "linkStyle 0 stroke:#1a7f37" in review.picture
