"""Values that pass a shape check but fail or misbehave on the cluster, second pass: each is
refused at construction, and the edge values the cluster accepts stay accepted.

Each case names the upstream rule it mirrors: CloudNativePG 1.30 (its Cluster webhook,
internal/webhook/v1/cluster_webhook.go, and the CRDs at v1.30.0), Traefik 3 (pkg/ip/checker.go),
prometheus-operator 0.93 (CRD patterns) and Kubernetes Pod Security Admission."""

from __future__ import annotations

import pytest
from factories import API_SERVER

from dirtbike_constructs import CnpgCluster, ConfigError, Database, Resources, Storage

PG_RESOURCES = Resources(cpu="500m", memory="4Gi", cpu_limit="2", memory_limit="4Gi")


def cluster(chart, **props):
    props.setdefault("namespace", "data")
    props.setdefault("image", "ghcr.io/cloudnative-pg/postgresql:16.4")
    props.setdefault("storage", Storage("20Gi", "longhorn-retain"))
    props.setdefault("resources", PG_RESOURCES)
    props.setdefault("api_server", API_SERVER)
    return CnpgCluster(chart, "pg", **props)


def refused(chart, field, **props):
    with pytest.raises(ConfigError) as error:
        cluster(chart, **props)
    assert error.value.field == field, str(error.value)
    return error.value


# --- CloudNativePG: the cluster's name ---------------------------------------------------------


def test_a_cluster_name_starting_with_a_digit_is_refused(chart):
    """validateName: the name must be a DNS-1035 label (it names Services), so it starts
    with a letter; '1pg' is a DNS-1123 label but the webhook refuses it."""
    error = refused(chart, "name", name="1pg")
    assert "letter" in error.allowed


def test_a_cluster_name_of_50_characters_starting_with_a_letter_is_accepted(chart):
    assert cluster(chart, name="p" + "g" * 49).name == "p" + "g" * 49


# --- CloudNativePG: postgresql parameters ------------------------------------------------------


def test_min_wal_size_equal_to_max_wal_size_is_refused(chart):
    """validateWalSizeConfiguration: min_wal_size must be smaller than max_wal_size
    (Cmp >= 0 is refused), so equal sizes fail on the cluster."""
    refused(chart, "parameters['min_wal_size']", parameters={"min_wal_size": "1GB", "max_wal_size": "1GB"})


def test_min_wal_size_just_below_max_wal_size_is_accepted(chart):
    cluster(chart, parameters={"min_wal_size": "1023MB", "max_wal_size": "1GB"})


def test_an_explicit_max_wal_size_brings_the_derived_minimum_below_it(chart):
    """Only max_wal_size set: the derived min_wal_size (1GB on a volume with room) follows it
    down to a quarter, so the pair stays valid."""
    assert cluster(chart, parameters={"max_wal_size": "1GB"}).parameters["min_wal_size"] == "256MB"


def test_shared_buffers_above_the_memory_request_is_refused(chart):
    """validateResources: a memory request lower than shared_buffers is refused. The derived
    shared_buffers is a quarter of the limit, so a small request with a large limit fails
    too, without any parameter set."""
    resources = Resources(cpu="500m", memory="512Mi", cpu_limit="2", memory_limit="4Gi")  # derived: 1024MB
    error = refused(chart, "parameters['shared_buffers']", resources=resources)
    assert "512Mi" in error.allowed


def test_shared_buffers_equal_to_the_memory_request_is_accepted(chart):
    resources = Resources(cpu="500m", memory="1Gi", cpu_limit="2", memory_limit="4Gi")
    assert cluster(chart, resources=resources).parameters["shared_buffers"] == "1024MB"


@pytest.mark.parametrize("value", ["131072", "65536"])
def test_shared_buffers_without_a_unit_is_refused(chart, value):
    """parsePostgresQuantityValue reads a bare number as MB (and getSharedBuffersWarnings
    says a unit will be required), while PostgreSQL reads it as 8kB buffers: '131072' is
    1GB to PostgreSQL and 128GB to the webhook, which then refuses the memory request."""
    error = refused(chart, "parameters['shared_buffers']", parameters={"shared_buffers": value})
    assert "unit" in error.allowed


def test_effective_cache_size_without_a_unit_counts_8kb_pages(chart):
    """PostgreSQL reads a bare effective_cache_size as 8kB pages: 655360 pages are 5GB, over
    the 4Gi limit; read as kB (640MB) it would have passed."""
    refused(chart, "parameters['effective_cache_size']", parameters={"effective_cache_size": "655360"})


def test_effective_cache_size_in_pages_within_the_limit_is_accepted(chart):
    cluster(chart, parameters={"effective_cache_size": "393216"})  # 3GB


@pytest.mark.parametrize("value", ["minimal", "archive", "hot_standby", "Replica "])
def test_a_wal_level_the_webhook_refuses_is_refused(chart, value):
    """validateConfiguration: wal_level must be a known value, and 'minimal' is refused when
    archive_mode is not off (the operator always sets it on) or instances > 1."""
    refused(chart, "parameters['wal_level']", parameters={"wal_level": value})


@pytest.mark.parametrize("value", ["replica", "logical"])
def test_wal_levels_the_webhook_accepts_are_accepted(chart, value):
    assert cluster(chart, parameters={"wal_level": value}).parameters["wal_level"] == value


# --- CloudNativePG: Database -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["postgres", "template0", "template1"])
def test_a_database_named_like_a_system_database_is_refused(chart, name):
    """The Database CRD (v1.30.0) refuses spec.name postgres, template0 and template1
    (x-kubernetes-validations: 'the name ... is reserved')."""
    error = refused(chart, "databases.name", databases=[Database(name, owner="app")])
    assert "reserved" in error.allowed


def test_a_database_named_template2_is_accepted(chart):
    cluster(chart, databases=[Database("template2", owner="app")])
