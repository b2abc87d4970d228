"""BarmanObjectStore: the Barman Cloud plugin's ObjectStore for S3 (and S3-compatible), Azure Blob
and Google Cloud Storage, and how CnpgCluster uses it for archiving, backups and recovery."""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT, find, synth

from factories import API_SERVER

from dirtbike_constructs import (
    AzureCredentials,
    Backup,
    BarmanObjectStore,
    CnpgCluster,
    ConfigError,
    GoogleCredentials,
    Recovery,
    Resources,
    S3Credentials,
    Storage,
)
from dirtbike_site import environments

PLUGIN = "barman-cloud.cloudnative-pg.io"


def store(chart, id="backups", **props):
    props.setdefault("namespace", "data")
    props.setdefault("destination_path", "s3://backups/pg")
    props.setdefault("credentials", S3Credentials(secret="backup-creds"))
    return BarmanObjectStore(chart, id, **props)


def cluster(chart, **props):
    return CnpgCluster(
        chart,
        "pg",
        namespace="data",
        image="ghcr.io/cloudnative-pg/postgresql:16.4",
        storage=Storage("20Gi"),
        resources=Resources("500m", "2Gi", "1", "2Gi"),
        api_server=API_SERVER,
        **props,
    )


def test_s3_compatible_store_keeps_compression_encryption_and_retention(chart):
    store(chart, endpoint_url="https://objects.example.org")
    spec = find(synth(chart), "ObjectStore", "backups")["spec"]
    assert spec["retentionPolicy"] == "30d"
    config = spec["configuration"]
    assert config["destinationPath"] == "s3://backups/pg" and config["endpointURL"] == "https://objects.example.org"
    assert config["s3Credentials"] == {
        "accessKeyId": {"name": "backup-creds", "key": "ACCESS_KEY_ID"},
        "secretAccessKey": {"name": "backup-creds", "key": "ACCESS_SECRET_KEY"},
    }
    assert config["wal"] == {"compression": "gzip", "encryption": "AES256", "maxParallel": 2}
    assert config["data"] == {"compression": "gzip", "encryption": "AES256", "jobs": 2}
    # The plugin refuses serverName in the store: the cluster passes it as a parameter.
    assert "serverName" not in config


@pytest.mark.parametrize(
    "credentials, path, rendered",
    [
        (
            AzureCredentials(secret="az", connection_string_key="AZURE_CONNECTION_STRING"),
            "https://acct.blob.core.windows.net/backups/pg",
            {"connectionString": {"name": "az", "key": "AZURE_CONNECTION_STRING"}},
        ),
        (
            AzureCredentials(secret="az", storage_account_key="AZURE_STORAGE_ACCOUNT", storage_sas_token_key="AZURE_STORAGE_SAS_TOKEN"),
            "https://acct.blob.core.windows.net/backups",
            {
                "storageAccount": {"name": "az", "key": "AZURE_STORAGE_ACCOUNT"},
                "storageSasToken": {"name": "az", "key": "AZURE_STORAGE_SAS_TOKEN"},
            },
        ),
        (AzureCredentials(inherit_from_azure_ad=True), "https://acct.blob.core.windows.net/backups", {"inheritFromAzureAD": True}),
        (GoogleCredentials(secret="gcs"), "gs://backups/pg", {"applicationCredentials": {"name": "gcs", "key": "gcsCredentials"}}),
        (GoogleCredentials(gke_environment=True), "gs://backups/pg", {"gkeEnvironment": True}),
        (S3Credentials(inherit_from_iam_role=True), "s3://backups/pg", {"inheritFromIAMRole": True}),
    ],
)
def test_every_provider_the_plugin_supports_is_expressible(chart, credentials, path, rendered):
    s3 = isinstance(credentials, S3Credentials)
    store(chart, destination_path=path, credentials=credentials, encryption="AES256" if s3 else None)
    config = find(synth(chart), "ObjectStore")["spec"]["configuration"]
    key = {S3Credentials: "s3Credentials", AzureCredentials: "azureCredentials", GoogleCredentials: "googleCredentials"}[type(credentials)]
    assert config[key] == rendered
    assert ("encryption" in config["wal"]) == s3


@pytest.mark.parametrize(
    "props, field",
    [
        ({"destination_path": "https://bucket/pg"}, "destination_path"),
        ({"destination_path": "gs://bucket/pg"}, "destination_path"),  # a GCS path with S3 credentials
        ({"credentials": GoogleCredentials(secret="g")}, "destination_path"),  # an s3:// path with Google credentials
        (
            {
                "destination_path": "http://acct.blob.core.windows.net/backups",
                "credentials": AzureCredentials(inherit_from_azure_ad=True),
                "encryption": None,
            },
            "destination_path",
        ),  # Azure in clear text
        ({"endpoint_url": "http://minio:9000"}, "endpoint_url"),
        (
            {
                "destination_path": "gs://bucket/pg",
                "credentials": GoogleCredentials(secret="g"),
                "encryption": None,
                "endpoint_url": "https://storage.example.org",
            },
            "endpoint_url",
        ),
        ({"credentials": S3Credentials()}, "credentials.secret"),
        ({"credentials": S3Credentials(secret="c", inherit_from_iam_role=True)}, "credentials.secret"),
        ({"credentials": S3Credentials(secret="Creds")}, "credentials.secret"),
        ({"credentials": S3Credentials(secret="c", access_key_id_key="KEY ID")}, "credentials.access_key_id_key"),
        ({"credentials": S3Credentials(secret="c", inherit_from_iam_role="yes")}, "credentials.inherit_from_iam_role"),
        (
            {
                "destination_path": "https://acct.blob.core.windows.net/backups",
                "encryption": None,
                "credentials": AzureCredentials(secret="az", storage_account_key="A"),
            },
            "credentials",
        ),  # account without key or token
        (
            {
                "destination_path": "https://acct.blob.core.windows.net/backups",
                "encryption": None,
                "credentials": AzureCredentials(secret="az", inherit_from_azure_ad=True),
            },
            "credentials",
        ),  # two ways at once
        (
            {"destination_path": "https://acct.blob.core.windows.net/backups", "encryption": None, "credentials": AzureCredentials()},
            "credentials",
        ),
        ({"destination_path": "gs://bucket/pg", "encryption": None, "credentials": GoogleCredentials()}, "credentials.secret"),
        ({"destination_path": "gs://bucket/pg", "credentials": GoogleCredentials(secret="g")}, "encryption"),  # S3-only setting
        ({"encryption": None}, "unencrypted_reason"),  # a relaxation needs its reason
        ({"encryption": None, "unencrypted_reason": " "}, "unencrypted_reason"),
        ({"unencrypted_reason": "MinIO without KMS"}, "unencrypted_reason"),  # a reason for nothing
        (
            {
                "destination_path": "gs://bucket/pg",
                "credentials": GoogleCredentials(secret="g"),
                "encryption": None,
                "unencrypted_reason": "x",
            },
            "unencrypted_reason",
        ),  # Google encrypts at rest: nothing to relax
        ({"encryption": "aes"}, "encryption"),
        ({"credentials": "backup-creds"}, "credentials"),
        ({"retention": "30 days"}, "retention"),
        ({"compression": "zip"}, "compression"),
        ({"wal_max_parallel": 0}, "wal_max_parallel"),
        ({"backup_jobs": 0}, "backup_jobs"),
        ({"name": "Backups"}, "name"),
        ({"namespace": "Data"}, "namespace"),
        ({"part_of": "a b"}, "part_of"),
    ],
)
def test_store_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        store(chart, **props)
    assert error.value.field == field
    assert str(error.value).startswith("test/backups: ")


def test_cluster_archives_through_the_plugin_and_schedules_plugin_backups(chart):
    cluster(chart, backup=Backup(store(chart)))
    manifests = synth(chart)
    spec = find(manifests, "Cluster")["spec"]
    assert spec["plugins"] == [{"name": PLUGIN, "isWALArchiver": True, "parameters": {"barmanObjectName": "backups", "serverName": "pg"}}]
    assert "backup" not in spec
    scheduled = find(manifests, "ScheduledBackup", "pg-daily")["spec"]
    assert scheduled["method"] == "plugin" and scheduled["pluginConfiguration"] == {"name": PLUGIN}
    assert scheduled["target"] == "prefer-standby" and scheduled["schedule"] == "0 0 3 * * *"


def test_recovery_reads_through_the_plugin(chart):
    backups = store(chart)
    cluster(
        chart,
        bootstrap=Recovery(backups, server_name="pg-old", target_time="2026-11-20T03:15:00+00:00"),
        backup=Backup(backups, server_name="pg-r1"),
    )
    spec = find(synth(chart), "Cluster")["spec"]
    assert spec["bootstrap"] == {"recovery": {"source": "origin", "recoveryTarget": {"targetTime": "2026-11-20T03:15:00+00:00"}}}
    assert spec["externalClusters"] == [
        {"name": "origin", "plugin": {"name": PLUGIN, "parameters": {"barmanObjectName": "backups", "serverName": "pg-old"}}}
    ]
    assert spec["plugins"][0]["parameters"]["serverName"] == "pg-r1"


@pytest.mark.parametrize(
    "props, field",
    [
        ({"backup": "s3://x"}, "backup"),
        ({"backup": Backup("backups")}, "backup.store"),
        ({"backup": Backup(None, schedule="0 3 * * *")}, "backup.store"),
        ({"bootstrap": Recovery("backups", server_name="pg")}, "bootstrap.source"),
    ],
)
def test_cluster_store_references_are_typed(chart, props, field):
    with pytest.raises(ConfigError) as error:
        cluster(chart, **props)
    assert error.value.field == field


def test_cluster_backup_rules(chart):
    backups = store(chart)
    other_ns = store(chart, "elsewhere", namespace="other")
    cases = [
        ({"backup": Backup(backups, schedule="0 3 * * *")}, "backup.schedule"),
        ({"backup": Backup(backups, server_name="PG")}, "backup.server_name"),
        ({"backup": Backup(other_ns)}, "backup.store.namespace"),
        ({"bootstrap": Recovery(other_ns, server_name="pg-old")}, "bootstrap.source.namespace"),
        ({"bootstrap": Recovery(backups, server_name="Old")}, "bootstrap.server_name"),
        ({"bootstrap": Recovery(backups, server_name="pg-old", target_time="yesterday")}, "bootstrap.target_time"),
        ({"bootstrap": Recovery(backups, server_name="pg-old", target_time="2026-11-20T03:15:00")}, "bootstrap.target_time"),
        # new backups into the folder being recovered from would overwrite the origin's archive
        ({"bootstrap": Recovery(backups, server_name="pg"), "backup": Backup(backups, server_name="pg")}, "backup.server_name"),
    ]
    for i, (props, field) in enumerate(cases):
        with pytest.raises(ConfigError) as error:
            CnpgCluster(
                chart,
                f"pg{i}",
                namespace="data",
                image="ghcr.io/cloudnative-pg/postgresql:16.4",
                storage=Storage("20Gi"),
                resources=Resources("500m", "2Gi", "1", "2Gi"),
                api_server=API_SERVER,
                **props,
            )
        assert error.value.field == field, props


@pytest.mark.parametrize("env", environments.NAMES)
def test_no_in_tree_barman_object_store_anywhere_in_dist(env):
    """CloudNativePG 1.30 warns that barmanObjectStore goes away in 1.31: nothing may use it."""
    for path in (ROOT / "dist" / env).rglob("*.yaml"):
        assert "barmanObjectStore" not in path.read_text(), path


@pytest.mark.parametrize("env", ["stage", "prod"])
def test_site_cluster_backs_up_through_the_plugin(env):
    data = ROOT / "dist" / env / f"dirtbike-{env}-data"
    cluster = yaml.safe_load((data / "07-cluster-postgres.yaml").read_text())["spec"]
    assert cluster["plugins"] == [
        {"name": PLUGIN, "isWALArchiver": True, "parameters": {"barmanObjectName": "postgres-backup", "serverName": "postgres"}}
    ]
    objectstore = yaml.safe_load((data / "06-objectstore-postgres-backup.yaml").read_text())
    assert objectstore["spec"]["retentionPolicy"] == "30d"
    assert objectstore["spec"]["configuration"]["destinationPath"] == f"s3://dirtbike-backups/{env}/postgres"
    scheduled = yaml.safe_load((data / "08-scheduledbackup-postgres-daily.yaml").read_text())["spec"]
    assert scheduled["method"] == "plugin" and scheduled["pluginConfiguration"]["name"] == PLUGIN


def test_dev_has_no_backups():
    data = ROOT / "dist" / "dev" / "dirtbike-dev-data"
    assert "plugins" not in yaml.safe_load((data / "07-cluster-postgres.yaml").read_text())["spec"]
    assert not list(data.glob("*-objectstore-*.yaml"))


def test_an_unencrypted_s3_compatible_store_is_a_reasoned_relaxation(chart):
    """MinIO and many on-premises stores have no server-side encryption: encryption=None with
    the reason, which the ObjectStore carries as an annotation, so it shows in the diff."""
    reason = "on-premises MinIO without KMS; the disks are encrypted (LUKS)"
    store(chart, endpoint_url="https://minio.example.org", encryption=None, unencrypted_reason=reason)
    (found,) = [m for m in synth(chart) if m["kind"] == "ObjectStore"]
    config = found["spec"]["configuration"]
    assert "encryption" not in config["wal"] and "encryption" not in config["data"]
    assert found["metadata"]["annotations"] == {"security.dirtbike.io/unencrypted-reason": reason}
