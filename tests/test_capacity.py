"""The capacity report: sums from dist/ per cluster (every environment on it and the add-ons),
and every cluster fits its nodes with headroom."""

from __future__ import annotations

import pytest

from dirtbike_site import capacity, environments


@pytest.mark.parametrize("cluster", environments.CLUSTERS)
def test_requests_leave_headroom(cluster):
    text, headroom = capacity.report(cluster)
    assert headroom["cpu_requests"] >= capacity.HEADROOM and headroom["memory_requests"] >= capacity.HEADROOM, text
    for env in environments.on_cluster(cluster):
        assert f"dirtbike-{env.name}-data" in text
    assert "capacity" in text


def test_a_shared_cluster_is_reported_as_a_whole():
    """Environments on one cluster compete for the same nodes: the report sums them."""
    shared = [c for c in environments.CLUSTERS if len(environments.on_cluster(c)) > 1]
    assert shared, "no two environments share a cluster"
    for cluster in shared:
        whole = capacity.cluster_usage(cluster)
        for env in environments.on_cluster(cluster):
            assert capacity.usage(env.name).items() <= whole.items()
        assert capacity.report(cluster)[0] == capacity.report(environments.on_cluster(cluster)[0].name)[0]


def test_sums_count_replicas_instances_and_the_hpa_minimum():
    prod = capacity.usage("prod")
    data = prod["dirtbike-prod-data"]
    # PostgreSQL: 3 instances x 1 CPU / 4Gi requests; MySQL 500m/1Gi plus its exporter 10m/32Mi.
    assert data["cpu_requests"] == pytest.approx(3 * 1 + 0.5 + 0.01)
    assert data["memory_requests"] == 3 * 4 * 2**30 + 2**30 + 32 * 2**20
    web = prod["dirtbike-prod-web"]
    # WordPress: HPA minimum 2 on the active color + 2 replicas of the idle color, each 100m + exporter 10m; phpMyAdmin 50m.
    assert web["cpu_requests"] == pytest.approx(4 * 0.11 + 0.05)


def test_without_an_operator_the_database_instances_are_left_out():
    """What runs where no operator does (the control-plane twin): the PostgreSQL instances'
    requests are not counted, everything else is."""
    full, bare = capacity.usage("prod"), capacity.usage("prod", operator_pods=False)
    data = bare["dirtbike-prod-data"]
    assert data["cpu_requests"] == pytest.approx(0.5 + 0.01)
    assert data["memory_requests"] == 2**30 + 32 * 2**20
    assert {ns: v for ns, v in bare.items() if ns != "dirtbike-prod-data"} == {
        ns: v for ns, v in full.items() if ns != "dirtbike-prod-data"
    }


def test_low_headroom_is_flagged(monkeypatch, capsys):
    import dataclasses

    prod = environments.CLUSTERS["prod"]
    monkeypatch.setitem(environments.CLUSTERS, "prod", dataclasses.replace(prod, nodes=environments.Nodes(count=1, cpu="2", memory="8Gi")))
    assert capacity.main(["prod"]) == 1
    out = capsys.readouterr()
    assert "LOW" in out.out and "less than 20%" in out.err
