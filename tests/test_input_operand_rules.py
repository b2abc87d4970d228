"""Class 5 of the bad inputs (the parts held here): values the operand or the scheduler would
refuse later, refused at construction: a recovery target in the future, Discourse workers that
do not fit its memory limit, a container that fits on no node of its cluster."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest
from factories import pg_cluster, pg_refused

from dirtbike_constructs import BarmanObjectStore, ConfigError, Recovery, Resources, S3Credentials, cnpg_cluster
from dirtbike_site import environments

FIXED_NOW = datetime(2026, 11, 20, 3, 0, tzinfo=timezone.utc)


@pytest.fixture
def fixed_clock(monkeypatch):
    monkeypatch.setattr(cnpg_cluster, "_utc_now", lambda: FIXED_NOW)


def _recovery(chart, target_time):
    origin = BarmanObjectStore(chart, "backups", namespace="data", destination_path="s3://backups/pg", credentials=S3Credentials("creds"))
    return Recovery(origin, server_name="pg-old", target_time=target_time)


@pytest.mark.parametrize("target", ["2026-11-20T03:15:00+00:00", "2026-11-20T04:00:01+01:00", "2999-01-01T00:00:00+00:00"])
def test_a_recovery_target_in_the_future_is_refused(chart, fixed_clock, target):
    error = pg_refused(chart, "bootstrap.target_time", bootstrap=_recovery(chart, target))
    assert "2026-11-20T03:00:00+00:00" in error.allowed and "past" in error.allowed


@pytest.mark.parametrize("target", ["2026-11-20T02:59:59+00:00", "2026-11-20T03:59:00+01:00"])
def test_a_recovery_target_in_the_past_is_rendered_as_given(chart, fixed_clock, target):
    cluster = pg_cluster(chart, bootstrap=_recovery(chart, target))
    assert cluster.name == "pg"


def test_the_real_clock_refuses_a_far_future_target(chart):
    pg_refused(chart, "bootstrap.target_time", bootstrap=_recovery(chart, "2999-01-01T00:00:00+00:00"))


def _discourse(workers, memory_limit="2Gi"):
    env = environments.ENVIRONMENTS["prod"]
    resources = Resources(cpu="500m", memory=memory_limit, cpu_limit="2", memory_limit=memory_limit)
    return dataclasses.replace(env, discourse=dataclasses.replace(env.discourse, workers=workers, resources=resources))


@pytest.mark.parametrize("workers, memory_limit", [(5, "2Gi"), (8, "2Gi"), (1, "1Gi"), (3, "1700Mi")])
def test_discourse_workers_that_do_not_fit_its_memory_limit_are_refused(workers, memory_limit):
    with pytest.raises(ConfigError) as error:
        _discourse(workers, memory_limit).validate()
    assert error.value.field == "discourse.workers" and memory_limit in error.value.allowed
    assert "250Mi per unicorn worker + 1000Mi for Sidekiq" in error.value.allowed


@pytest.mark.parametrize("workers, memory_limit", [(4, "2Gi"), (2, "2Gi"), (1, "1250Mi")])
def test_discourse_workers_that_fit_are_accepted(workers, memory_limit):
    assert _discourse(workers, memory_limit).validate().discourse.workers == workers
