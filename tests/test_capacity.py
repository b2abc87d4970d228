"""The capacity report: sums from dist/, and every environment fits its nodes with headroom."""

from __future__ import annotations

import pytest

from dirtbike_site import capacity, environments


@pytest.mark.parametrize("env", environments.NAMES)
def test_requests_leave_headroom(env):
    text, headroom = capacity.report(env)
    assert headroom["cpu_requests"] >= capacity.HEADROOM and headroom["memory_requests"] >= capacity.HEADROOM, text
    assert f"dirtbike-{env}-data" in text and "capacity" in text


def test_sums_count_replicas_instances_and_the_hpa_minimum():
    prod = capacity.usage("prod")
    data = prod["dirtbike-prod-data"]
    # PostgreSQL: 3 instances x 1 CPU / 4Gi requests; MySQL 500m/1Gi plus its exporter 10m/32Mi.
    assert data["cpu_requests"] == pytest.approx(3 * 1 + 0.5 + 0.01)
    assert data["memory_requests"] == 3 * 4 * 2**30 + 2**30 + 32 * 2**20
    web = prod["dirtbike-prod-web"]
    # WordPress: HPA minimum 2 on the active color + 2 replicas of the idle color, each 100m + exporter 10m; phpMyAdmin 50m.
    assert web["cpu_requests"] == pytest.approx(4 * 0.11 + 0.05)


def test_low_headroom_is_flagged(monkeypatch, capsys):
    import dataclasses
    prod = environments.ENVIRONMENTS["prod"]
    monkeypatch.setitem(environments.ENVIRONMENTS, "prod", dataclasses.replace(prod, nodes=environments.Nodes(count=1, cpu="2", memory="8Gi")))
    assert capacity.main(["prod"]) == 1
    out = capsys.readouterr()
    assert "LOW" in out.out and "less than 20%" in out.err
