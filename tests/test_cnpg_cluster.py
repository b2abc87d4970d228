"""CnpgCluster: HA, tuning, backups, bootstrap, databases, roles, pooler, and every rule."""

from __future__ import annotations

import pytest
from conftest import as_yaml, find, kinds, synth
from factories import pg_cluster

from dirtbike_constructs import (
    Backup,
    BarmanObjectStore,
    ConfigError,
    Database,
    InitDb,
    ManagedRole,
    PgBouncer,
    Recovery,
    Resources,
    S3Credentials,
    Storage,
)


def store(chart):
    return BarmanObjectStore(
        chart,
        "pg-backups",
        namespace="data",
        destination_path="s3://backups/pg",
        credentials=S3Credentials(secret="backup-creds"),
        endpoint_url="https://objects.example.org",
    )


cluster = pg_cluster


def spec(chart):
    return find(synth(chart), "Cluster")["spec"]


def test_defaults_snapshot(chart, snapshot_yaml):
    """An HA cluster with no backups: the smallest production-shaped Cluster and its PodMonitor."""
    cluster(chart)
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_full_options_snapshot(chart, snapshot_yaml):
    """Everything a production cluster uses: WAL volume, backups, roles, databases, pooler."""
    cluster(
        chart,
        wal_storage=Storage("5Gi", "longhorn-retain"),
        backup=Backup(store(chart)),
        roles=[ManagedRole("logto", password_secret="pg-logto")],
        databases=[Database("logto", owner="logto", extensions=("pg_trgm",))],
        pooler=PgBouncer(),
        failover_delay=30,
    )
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_ha_and_anti_affinity(chart):
    cluster(chart)
    s = spec(chart)
    assert s["instances"] == 3
    assert s["affinity"] == {"enablePodAntiAffinity": True, "podAntiAffinityType": "required", "topologyKey": "kubernetes.io/hostname"}
    assert s["enableSuperuserAccess"] is False


def test_single_instance_without_ha_prefers_spread(chart):
    cluster(chart, instances=1, high_availability=False)
    assert spec(chart)["affinity"]["podAntiAffinityType"] == "preferred"


def test_parameters_derived_from_memory_limit(chart):
    pg = cluster(chart)
    params = spec(chart)["postgresql"]["parameters"]
    assert params["shared_buffers"] == "1024MB"  # 25% of 4Gi
    assert params["effective_cache_size"] == "3072MB"  # 75%
    assert params["maintenance_work_mem"] == "256MB"
    assert params["work_mem"] == "14MB"  # (4096 - 1024 - 256) / (100 * 2)
    assert params["random_page_cost"] == "1.1" and params["checkpoint_completion_target"] == "0.9"
    assert pg.parameters == params


def test_parameter_overrides_win(chart):
    cluster(chart, parameters={"shared_buffers": "512MB", "default_text_search_config": "pg_catalog.simple"})
    params = spec(chart)["postgresql"]["parameters"]
    assert params["shared_buffers"] == "512MB"
    assert params["default_text_search_config"] == "pg_catalog.simple"


@pytest.mark.parametrize(
    "storage, wal_storage, max_wal, min_wal",
    [
        ("20Gi", None, "4GB", "1GB"),  # room enough: PostgreSQL-sized defaults
        ("5Gi", None, "1280MB", "320MB"),  # WAL on a small data volume: a quarter of it
        ("5Gi", "2Gi", "1GB", "256MB"),  # a dedicated WAL volume: half of it
        ("50Gi", "20Gi", "4GB", "1GB"),
    ],
)
def test_wal_sizes_follow_the_volume_they_live_on(chart, storage, wal_storage, max_wal, min_wal):
    cluster(chart, storage=Storage(storage), wal_storage=Storage(wal_storage) if wal_storage else None)
    params = spec(chart)["postgresql"]["parameters"]
    assert (params["max_wal_size"], params["min_wal_size"]) == (max_wal, min_wal)


@pytest.mark.parametrize(
    "storage, wal_storage, parameters, message",
    [
        # max_wal_size is a soft limit: 4GB on a 5Gi volume that also holds the data fills it
        ("5Gi", None, {"max_wal_size": "4GB"}, r"max_wal_size at most 1/4 of the storage .*5120MB.*1280MB; these need 4096MB"),
        ("20Gi", "4Gi", {"max_wal_size": "4GB"}, r"max_wal_size at most 1/2 of the wal_storage \(4096MB\): 2048MB"),
        ("20Gi", None, {"wal_keep_size": "2GB"}, r"max_wal_size \+ wal_keep_size at most .*these need 6144MB"),
        ("20Gi", None, {"max_wal_size": "1024", "max_slot_wal_keep_size": "5GB"}, r"max_wal_size \+ max_slot_wal_keep_size"),
    ],
)
def test_wal_settings_that_can_fill_the_volume_are_refused(chart, storage, wal_storage, parameters, message):
    with pytest.raises(ConfigError, match=message) as error:
        cluster(chart, storage=Storage(storage), wal_storage=Storage(wal_storage) if wal_storage else None, parameters=parameters)
    assert error.value.field == "parameters"
    assert "a full WAL volume stops PostgreSQL" in str(error.value)


def test_wal_sizes_in_bare_megabytes_and_unlimited_slots_are_understood(chart):
    cluster(chart, storage=Storage("5Gi"), parameters={"max_wal_size": "1024", "min_wal_size": "256", "max_slot_wal_keep_size": "-1"})
    assert spec(chart)["postgresql"]["parameters"]["max_wal_size"] == "1024"


@pytest.mark.parametrize(
    "parameters, field",
    [
        ({"min_wal_size": "16MB"}, "parameters['min_wal_size']"),
        ({"max_wal_size": "1GB", "min_wal_size": "2GB"}, "parameters['min_wal_size']"),
        ({"max_wal_size": "a lot"}, "parameters['max_wal_size']"),
    ],
)
def test_wal_size_rules(chart, parameters, field):
    with pytest.raises(ConfigError) as error:
        cluster(chart, storage=Storage("20Gi"), parameters=parameters)
    assert error.value.field == field


@pytest.mark.parametrize("value", ["public.config_2_gram_cjk", "discourse_search.cjk"])
def test_text_search_config_of_one_database_is_refused_cluster_wide(chart, value):
    with pytest.raises(ConfigError, match=r"ALTER DATABASE <name> SET default_text_search_config") as error:
        cluster(chart, parameters={"default_text_search_config": value})
    assert error.value.field == "parameters['default_text_search_config']"


def test_backups_through_the_plugin_and_scheduled(chart):
    cluster(chart, backup=Backup(store(chart)))
    manifests = synth(chart)
    assert find(manifests, "Cluster")["spec"]["plugins"][0]["parameters"] == {"barmanObjectName": "pg-backups", "serverName": "pg"}
    scheduled = find(manifests, "ScheduledBackup", "pg-daily")["spec"]
    assert scheduled["cluster"] == {"name": "pg"} and scheduled["method"] == "plugin"


def test_recovery_to_a_point_in_time(chart, snapshot_yaml):
    """Bootstrap from the origin's archive up to a timestamp, backing up to a new folder."""
    origin = store(chart)
    cluster(
        chart,
        bootstrap=Recovery(origin, server_name="pg", target_time="2026-11-20T03:15:00+00:00"),
        backup=Backup(origin, server_name="pg-r1"),
    )
    s = spec(chart)
    assert s["bootstrap"] == {"recovery": {"source": "origin", "recoveryTarget": {"targetTime": "2026-11-20T03:15:00+00:00"}}}
    assert as_yaml([{"bootstrap": s["bootstrap"], "externalClusters": s["externalClusters"], "plugins": s["plugins"]}]) == snapshot_yaml


def test_services_exposed_as_attributes(chart):
    pg = cluster(chart, pooler=PgBouncer())
    assert pg.rw_service.name == "pg-rw" and pg.ro_service.name == "pg-ro" and pg.r_service.name == "pg-r"
    assert pg.rw_service.host == "pg-rw.data.svc.cluster.local" and pg.rw_service.port == 5432
    assert pg.pooler_service.name == "pg-pooler-rw"
    assert pg.endpoint.selector == {"cnpg.io/cluster": "pg"}  # instances and the operator's jobs for them
    assert pg.endpoint.ports["postgresql"].number == 5432


def test_monitoring_off_renders_no_pod_monitor(chart):
    cluster(chart, monitoring=False)
    assert "PodMonitor" not in kinds(synth(chart))


def test_databases_with_extensions(chart):
    cluster(chart, databases=[Database("discourse", owner="app", extensions=("hstore", "pg_trgm"))])
    db = find(synth(chart), "Database", "pg-discourse")["spec"]
    assert db["owner"] == "app" and db["extensions"] == [{"name": "hstore", "ensure": "present"}, {"name": "pg_trgm", "ensure": "present"}]


# --- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "props, field",
    [
        ({"instances": 2}, "instances"),
        ({"instances": 1, "high_availability": False, "anti_affinity": "sometimes"}, "anti_affinity"),
        ({"image": "postgres"}, "image"),
        ({"namespace": "Data"}, "namespace"),
        ({"storage": Storage("lots")}, "storage.size"),
        ({"storage": "20Gi"}, "storage"),
        ({"wal_storage": Storage("5Gi", "Fast_SSD")}, "wal_storage.storage_class"),
        ({"resources": Resources(cpu="1", memory="4Gi", cpu_limit="1", memory_limit="2Gi")}, "resources.memory_limit"),
        ({"max_connections": 5}, "max_connections"),
        ({"parameters": {"port": "5433"}}, "parameters['port']"),
        ({"parameters": {"max_connections": "500"}}, "parameters['max_connections']"),
        ({"parameters": {"work_mem": 64}}, "parameters"),
        ({"parameters": {"shared_buffers": "lots"}}, "parameters['shared_buffers']"),
        ({"parameters": {"shared_buffers": "4GB"}}, "parameters"),
        ({"parameters": {"work_mem": "64MB"}}, "parameters"),
        ({"parameters": {"effective_cache_size": "8GB"}}, "parameters['effective_cache_size']"),
        ({"failover_delay": -1}, "failover_delay"),
        ({"bootstrap": InitDb(database="App DB")}, "bootstrap.database"),
        ({"bootstrap": "initdb"}, "bootstrap"),
        ({"databases": [Database("app", owner="app"), Database("app", owner="app")]}, "databases.name"),
        ({"databases": [Database("app", owner="nobody")], "roles": [ManagedRole("logto", "pg-logto")]}, "databases['app'].owner"),
        ({"databases": [Database("app", owner="app", extensions="pg_trgm")]}, "databases['app'].extensions"),
        ({"databases": [Database("app", owner="app", extensions=("pg-trgm",))]}, "databases['app'].extensions"),
        ({"roles": [ManagedRole("a", "s"), ManagedRole("a", "s")]}, "roles.name"),
        ({"roles": [ManagedRole("a", "s", connection_limit=-2)]}, "roles['a'].connection_limit"),
        ({"pooler": PgBouncer(pool_mode="statement")}, "pooler.pool_mode"),
        ({"pooler": PgBouncer(instances=0)}, "pooler.instances"),
        ({"part_of": "a b"}, "part_of"),
        ({"high_availability": "yes"}, "high_availability"),
        ({"bootstrap": InitDb(owner="App")}, "bootstrap.owner"),
        ({"bootstrap": InitDb(secret="Bad Secret")}, "bootstrap.secret"),
        ({"roles": [ManagedRole("Logto", "pg-logto")]}, "roles.name"),
        ({"roles": [ManagedRole("logto", "")]}, "roles['logto'].password_secret"),
        ({"databases": [Database("App", owner="app")]}, "databases.name"),
        ({"databases": [Database("app", owner="App")]}, "databases['app'].owner"),
        ({"databases": ["app"]}, "databases"),
        ({"pooler": PgBouncer(max_client_conn=0)}, "pooler.max_client_conn"),
        ({"pooler": PgBouncer(default_pool_size=0)}, "pooler.default_pool_size"),
        ({"parameters": {"maintenance_work_mem": "1 GiB"}}, "parameters['maintenance_work_mem']"),
        ({"name": "p" * 51}, "name"),
        ({"superuser_secret": "Postgres Superuser"}, "superuser_secret"),
    ],
)
def test_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        cluster(chart, **props)
    assert error.value.field == field
    assert str(error.value).startswith("test/pg: ")


def test_memory_budget_message_gives_the_numbers(chart):
    with pytest.raises(ConfigError, match=r"these need \d+MB.*raise resources.memory_limit"):
        cluster(chart, parameters={"work_mem": "64MB"})


def test_superuser_access_is_off_unless_a_secret_is_given(chart):
    cluster(chart, superuser_secret="pg-superuser")
    s = spec(chart)
    assert s["enableSuperuserAccess"] is True and s["superuserSecret"] == {"name": "pg-superuser"}
