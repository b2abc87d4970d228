"""The review tools on any layout the library writes and on a plain `cdk8s synth` output: a
consumer's `write_layout(app, "dist")` is one tree (its namespace folders were read as trees of
their own, so an added flow went unreported), `--dist` is named in the messages, and
`dirtbike-netpol` lists every connection FLOWS.md does and says what it leaves out."""

from __future__ import annotations

import cdk8s
from conftest import ROOT
from factories import container

from dirtbike_constructs import DeploymentProps, HardenedDeployment, HardenedStatefulSet, StatefulSetProps, ZeroTrustNamespace, allow
from dirtbike_constructs.container import Container, Port, Probe, Resources
from dirtbike_constructs.layout import render_layout
from dirtbike_constructs.tools import netpol
from dirtbike_constructs.tools.diff import diff_trees, render_text
from dirtbike_constructs.tools.review import render_all, review_files


def shop(*, frontend_to_redis: bool) -> cdk8s.App:
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "shop")
    ZeroTrustNamespace(chart, "ns", name="shop")
    frontend = HardenedDeployment(chart, "frontend", DeploymentProps(namespace="shop", container=container()))
    redis = HardenedStatefulSet(
        chart,
        "redis",
        StatefulSetProps(
            namespace="shop",
            container=Container(
                name="redis",
                image="redis:7.4.1",
                resources=Resources(cpu="50m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi"),
                ports=(Port("redis", 6379),),
                readiness=Probe.tcp("redis"),
                liveness=Probe.tcp("redis"),
            ),
        ),
    )
    if frontend_to_redis:
        allow(frontend, redis, "redis")
    return app


def test_a_write_layout_tree_is_one_tree_and_an_added_flow_is_reported():
    before, after = render_layout(shop(frontend_to_redis=False)), render_layout(shop(frontend_to_redis=True))
    assert all(not path.startswith("dist/") for path in before)  # the App written straight into the folder
    (review,) = review_files(before, after, "dist")
    assert review.name == "dist"
    assert [f.text for f in review.security if f.rule == "flow-added"] == ["flow added: `shop/frontend` → `shop/redis` on 6379/TCP"]
    (diff,) = diff_trees(before, after, "dist")
    assert diff.name == "dist" and len(diff.added) == 2  # the egress and the ingress policy


def test_the_folder_given_is_named_in_the_messages():
    tree = render_layout(shop(frontend_to_redis=False))
    reviews = review_files(tree, tree, "deploy/k8s")
    assert render_all(reviews, "main", "deploy/k8s") == "No changes to `deploy/k8s/` against `main`. <!-- dirtbike-review -->\n"
    assert render_text(diff_trees(tree, tree, "deploy/k8s"), "deploy/k8s") == "no changes to deploy/k8s/\n"


def test_a_plain_cdk8s_synth_output_is_one_tree():
    before, after = shop(frontend_to_redis=False), shop(frontend_to_redis=True)
    old = {"shop.k8s.yaml": before.synth_yaml()}
    new = {"shop.k8s.yaml": after.synth_yaml()}
    (review,) = review_files(old, new, "dist")
    assert review.name == "dist" and "flow-added" in review.rules()


def test_netpol_lists_every_kind_of_peer_and_says_what_it_leaves_out(capsys):
    assert netpol.main([str(ROOT / "dist" / "prod")]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    for expected in (
        "cnpg-system/cloudnative-pg -> dirtbike-prod-data/postgres 5432/TCP",  # the operator to the database instances
        "dirtbike-prod-data/postgres -> dirtbike-prod-data/postgres 5432/TCP",  # instance to instance
        "monitoring/prometheus -> dirtbike-prod-data/postgres 9187/TCP",
        "dirtbike-prod-data/postgres -> internet 443/TCP",  # an external peer: the object store
        "ingress-system/traefik -> dirtbike-prod-forum/discourse 3000/TCP",
    ):
        assert expected in lines, expected
    # Exactly FLOWS.md's allowed flows, in its names (DNS apart): one vocabulary.
    flows_md = (ROOT / "dist" / "prod" / "FLOWS.md").read_text().split("## Declared")[0]
    rows = [row.strip("| ").split(" | ") for row in flows_md.splitlines() if row.startswith("| ") and not row.startswith("| from")]
    assert sorted(lines) == sorted(f"{source} -> {destination} {port}" for source, destination, port in rows)
    assert captured.err.startswith("not shown: DNS to kube-system")


def test_netpol_takes_a_folder_of_trees(tmp_path, capsys):
    for name in ("a", "b"):
        for path, text in render_layout(shop(frontend_to_redis=name == "b")).items():
            target = tmp_path / name / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
    assert netpol.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    a, b = out.split("== b ==\n")
    assert a.startswith("== a ==\n") and "shop/frontend -> shop/redis 6379/TCP" not in a
    assert "shop/frontend -> shop/redis 6379/TCP" in b
