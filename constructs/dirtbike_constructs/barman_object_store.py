"""BarmanObjectStore: where a CloudNativePG cluster archives its WAL and keeps its base backups,
through the Barman Cloud plugin (an `ObjectStore`, barmancloud.cnpg.io/v1).

CloudNativePG's own `barmanObjectStore` (in the Cluster, the ScheduledBackup and external
clusters) is deprecated and goes away in 1.31; the plugin takes its place. A `CnpgCluster`
points at a BarmanObjectStore for archiving and backups (`Backup`) and for recovery
(`Recovery`); the plugin, installed next to the operator, runs barman-cloud in a sidecar of
every instance.

The store's retention policy lives here (the plugin applies it), not in the Cluster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

BARMAN_API = "barmancloud.cnpg.io/v1"
#: The plugin's name, as Cluster.spec.plugins, ScheduledBackup.spec.pluginConfiguration and
#: externalClusters[].plugin refer to it.
PLUGIN_NAME = "barman-cloud.cloudnative-pg.io"
RETENTION = re.compile(r"[1-9][0-9]*[dwm]")
SECRET_KEY = re.compile(r"[-._a-zA-Z0-9]+")
S3_PATH = re.compile(r"s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/[A-Za-z0-9._/-]*)?")
GCS_PATH = re.compile(r"gs://[a-z0-9][a-z0-9._-]{1,220}[a-z0-9](/[A-Za-z0-9._/-]*)?")
# https://<account>.blob.core.windows.net/<container>[/path], or an Azure-compatible
# service's https://<host>/<account>/<container>[/path]; never plain http.
AZURE_PATH = re.compile(r"https://[A-Za-z0-9.-]+(:[0-9]+)?/[a-z0-9][a-z0-9-]{1,62}(/[A-Za-z0-9._/-]*)?")
HTTPS_URL = re.compile(r"https://[^\s/]+(/\S*)?")
COMPRESSIONS = ("gzip", "bzip2", "lz4", "snappy")  # accepted by the plugin for both WAL and base backups
ENCRYPTIONS = ("AES256", "aws:kms")  # S3 server-side encryption
UNENCRYPTED_ANNOTATION = "security.dirtbike.io/unencrypted-reason"


@dataclass(frozen=True)
class S3Credentials:
    """Credentials for Amazon S3 or an S3-compatible store.

    secret: a Secret holding the access key pair; default None. access_key_id_key: its key
    for the access key id, default 'ACCESS_KEY_ID'. secret_access_key_key: default
    'ACCESS_SECRET_KEY'. session_token_key / region_key: optional keys for a session token
    and the region; default None. inherit_from_iam_role: use the pods' IAM role instead of
    a Secret (IRSA); default False. Give exactly one of secret or inherit_from_iam_role."""

    secret: str | None = None
    access_key_id_key: str = "ACCESS_KEY_ID"
    secret_access_key_key: str = "ACCESS_SECRET_KEY"
    session_token_key: str | None = None
    region_key: str | None = None
    inherit_from_iam_role: bool = False


@dataclass(frozen=True)
class AzureCredentials:
    """Credentials for Azure Blob Storage: one way of the plugin's, chosen by what is set.

    With secret (a Secret's name): connection_string_key alone, or storage_account_key with
    either storage_key_key or storage_sas_token_key (keys of that Secret); all default None.
    Without a secret: inherit_from_azure_ad (managed identity) or
    use_default_azure_credentials; both default False."""

    secret: str | None = None
    connection_string_key: str | None = None
    storage_account_key: str | None = None
    storage_key_key: str | None = None
    storage_sas_token_key: str | None = None
    inherit_from_azure_ad: bool = False
    use_default_azure_credentials: bool = False


@dataclass(frozen=True)
class GoogleCredentials:
    """Credentials for Google Cloud Storage.

    secret: a Secret holding a service account JSON key; default None.
    application_credentials_key: its key, default 'gcsCredentials'. gke_environment: use GKE
    Workload Identity instead of a key; default False. Give exactly one of secret or
    gke_environment."""

    secret: str | None = None
    application_credentials_key: str = "gcsCredentials"
    gke_environment: bool = False


Credentials = S3Credentials | AzureCredentials | GoogleCredentials


def _secret_key(where: str, field: str, value: Any) -> str:
    if not isinstance(value, str) or not SECRET_KEY.fullmatch(value):
        raise ConfigError(where, field, value, "a Secret key: letters, digits, '-', '_' and '.'")
    return value


def _ref(where: str, field: str, secret: str, key: Any) -> dict[str, str]:
    return {"name": secret, "key": _secret_key(where, field, key)}


def _flag(where: str, field: str, value: Any) -> bool:
    check.instance_of(where, field, value, bool, "True or False")
    return bool(value)


def _s3(where: str, c: S3Credentials) -> dict[str, Any]:
    field = "credentials"
    iam = _flag(where, f"{field}.inherit_from_iam_role", c.inherit_from_iam_role)
    if (c.secret is None) == (not iam):
        raise ConfigError(where, f"{field}.secret", c.secret, "a Secret name, or inherit_from_iam_role=True (not both)")
    if iam:
        return {"inheritFromIAMRole": True}
    secret = check.dns_subdomain(where, f"{field}.secret", c.secret)
    out = {
        "accessKeyId": _ref(where, f"{field}.access_key_id_key", secret, c.access_key_id_key),
        "secretAccessKey": _ref(where, f"{field}.secret_access_key_key", secret, c.secret_access_key_key),
    }
    if c.session_token_key is not None:
        out["sessionToken"] = _ref(where, f"{field}.session_token_key", secret, c.session_token_key)
    if c.region_key is not None:
        out["region"] = _ref(where, f"{field}.region_key", secret, c.region_key)
    return out


def _azure(where: str, c: AzureCredentials) -> dict[str, Any]:
    field = "credentials"
    ad = _flag(where, f"{field}.inherit_from_azure_ad", c.inherit_from_azure_ad)
    default = _flag(where, f"{field}.use_default_azure_credentials", c.use_default_azure_credentials)
    keys = {
        "connection_string_key": c.connection_string_key,
        "storage_account_key": c.storage_account_key,
        "storage_key_key": c.storage_key_key,
        "storage_sas_token_key": c.storage_sas_token_key,
    }
    given = {k for k, v in keys.items() if v is not None}
    ways = {
        frozenset({"connection_string_key"}),
        frozenset({"storage_account_key", "storage_key_key"}),
        frozenset({"storage_account_key", "storage_sas_token_key"}),
    }
    allowed = (
        "one of: secret with connection_string_key; secret with storage_account_key and storage_key_key; "
        "secret with storage_account_key and storage_sas_token_key; inherit_from_azure_ad=True; "
        "use_default_azure_credentials=True"
    )
    if ad or default:
        if ad and default or c.secret is not None or given:
            raise ConfigError(where, field, c, allowed)
        return {"inheritFromAzureAD": True} if ad else {"useDefaultAzureCredentials": True}
    if c.secret is None or frozenset(given) not in ways:
        raise ConfigError(where, field, c, allowed)
    secret = check.dns_subdomain(where, f"{field}.secret", c.secret)
    names = {
        "connection_string_key": "connectionString",
        "storage_account_key": "storageAccount",
        "storage_key_key": "storageKey",
        "storage_sas_token_key": "storageSasToken",
    }
    return {names[k]: _ref(where, f"{field}.{k}", secret, keys[k]) for k in sorted(given, key=list(names).index)}


def _google(where: str, c: GoogleCredentials) -> dict[str, Any]:
    field = "credentials"
    gke = _flag(where, f"{field}.gke_environment", c.gke_environment)
    if (c.secret is None) == (not gke):
        raise ConfigError(where, f"{field}.secret", c.secret, "a Secret name, or gke_environment=True (not both)")
    if gke:
        return {"gkeEnvironment": True}
    secret = check.dns_subdomain(where, f"{field}.secret", c.secret)
    return {"applicationCredentials": _ref(where, f"{field}.application_credentials_key", secret, c.application_credentials_key)}


class BarmanObjectStore(Construct):
    """An `ObjectStore` of the Barman Cloud plugin: bucket, credentials, compression,
    encryption and retention of a cluster's WAL archive and base backups.

    Attributes: `name`, `namespace` (a cluster using the store must be in the same
    namespace), `destination_path`.
    """

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        destination_path: str,
        credentials: Credentials,
        name: str | None = None,
        endpoint_url: str | None = None,
        retention: str = "30d",
        compression: Literal["gzip", "bzip2", "lz4", "snappy"] = "gzip",
        encryption: Literal["AES256", "aws:kms"] | None = "AES256",
        unencrypted_reason: str | None = None,
        wal_max_parallel: int = 2,
        backup_jobs: int = 2,
        part_of: str | None = None,
    ) -> None:
        """
        namespace: where it renders (the namespace of the clusters that use it).
        destination_path: 's3://bucket/path' with S3Credentials, 'gs://bucket/path' with
        GoogleCredentials, 'https://<account>.blob.core.windows.net/<container>/path' with
        AzureCredentials. credentials: S3Credentials, AzureCredentials or GoogleCredentials.
        name: default the construct id. endpoint_url: an https:// endpoint of an
        S3-compatible store; default None (AWS). retention: how long base backups and the WAL
        they need are kept, '<n>d|w|m'; default '30d'. compression: of WAL and base backups,
        'gzip' (default), 'bzip2', 'lz4' or 'snappy'. encryption: S3 server-side encryption,
        'AES256' (default) or 'aws:kms'; must be None for Azure and Google (they encrypt at
        rest themselves). unencrypted_reason: why an S3-compatible store keeps backups without
        server-side encryption (MinIO and many on-premises stores have none); required with
        encryption=None on S3, rendered as the annotation security.dirtbike.io/unencrypted-reason;
        default None. wal_max_parallel: WAL files archived at once, default 2.
        backup_jobs: parallel upload jobs of a base backup, default 2. part_of: default omitted.
        """
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        check.instance_of(
            where,
            "credentials",
            credentials,
            (S3Credentials, AzureCredentials, GoogleCredentials),
            "S3Credentials(...), AzureCredentials(...) or GoogleCredentials(...)",
        )
        config: dict[str, Any] = {"destinationPath": self._destination(where, destination_path, credentials)}
        if endpoint_url is not None:
            if not isinstance(credentials, S3Credentials):
                raise ConfigError(
                    where,
                    "endpoint_url",
                    endpoint_url,
                    "None with Azure or Google credentials",
                    "endpoint_url is for S3-compatible stores; Azure-compatible services go in destination_path",
                )
            if not isinstance(endpoint_url, str) or not HTTPS_URL.fullmatch(endpoint_url):
                raise ConfigError(where, "endpoint_url", endpoint_url, "an https:// URL (backups never travel in clear text)")
            config["endpointURL"] = endpoint_url
        if isinstance(credentials, S3Credentials):
            config["s3Credentials"] = _s3(where, credentials)
        elif isinstance(credentials, AzureCredentials):
            config["azureCredentials"] = _azure(where, credentials)
        else:
            config["googleCredentials"] = _google(where, credentials)
        if not isinstance(retention, str) or not RETENTION.fullmatch(retention):
            raise ConfigError(where, "retention", retention, "a period such as '30d', '4w' or '3m'")
        check.one_of(where, "compression", compression, COMPRESSIONS)
        if encryption is not None:
            check.one_of(where, "encryption", encryption, ENCRYPTIONS)
            if not isinstance(credentials, S3Credentials):
                raise ConfigError(
                    where,
                    "encryption",
                    encryption,
                    "None with Azure or Google credentials",
                    "server-side encryption is an S3 setting; Azure and Google encrypt stored data themselves",
                )
        relaxed = encryption is None and isinstance(credentials, S3Credentials)
        if relaxed and unencrypted_reason is None:
            raise ConfigError(
                where,
                "unencrypted_reason",
                None,
                "why the store keeps backups without server-side encryption, with encryption=None on S3",
                "keep encryption='AES256', or say why the store cannot encrypt (e.g. MinIO without KMS, disks encrypted)",
            )
        if unencrypted_reason is not None:
            if not relaxed:
                raise ConfigError(
                    where,
                    "unencrypted_reason",
                    unencrypted_reason,
                    "None unless encryption=None with S3 credentials (there is nothing else to relax)",
                    "remove unencrypted_reason",
                )
            check.non_empty_text(where, "unencrypted_reason", unencrypted_reason)
        check.integer(where, "wal_max_parallel", wal_max_parallel, minimum=1, maximum=32)
        check.integer(where, "backup_jobs", backup_jobs, minimum=1, maximum=32)
        if part_of is not None:
            check.label_value(where, "part_of", part_of)

        attach(self, scope, id, where)
        self.name = name
        self.namespace = namespace
        self.destination_path = destination_path
        wal: dict[str, Any] = {"compression": compression}
        data: dict[str, Any] = {"compression": compression}
        if encryption is not None:
            wal["encryption"] = data["encryption"] = encryption
        config["wal"] = {**wal, "maxParallel": wal_max_parallel}
        config["data"] = {**data, "jobs": backup_jobs}
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": BARMAN_API,
                "kind": "ObjectStore",
                "metadata": object_meta(
                    name,
                    namespace,
                    recommended_labels(name="barman-object-store", instance=name, component="backup", part_of=part_of),
                    {UNENCRYPTED_ANNOTATION: unencrypted_reason} if unencrypted_reason is not None else None,
                ),
                "spec": {"configuration": config, "retentionPolicy": retention},
            },
        )

    @staticmethod
    def _destination(where: str, path: Any, credentials: Credentials) -> str:
        if isinstance(credentials, S3Credentials):
            pattern, example = S3_PATH, "an s3:// URL such as 's3://bucket/postgres' (with S3 credentials)"
        elif isinstance(credentials, GoogleCredentials):
            pattern, example = GCS_PATH, "a gs:// URL such as 'gs://bucket/postgres' (with Google credentials)"
        else:
            pattern, example = (
                AZURE_PATH,
                ("an https:// container URL such as 'https://account.blob.core.windows.net/backups/postgres' (with Azure credentials)"),
            )
        if not isinstance(path, str) or not pattern.fullmatch(path):
            raise ConfigError(where, "destination_path", path, example)
        return path


def plugin_parameters(store: BarmanObjectStore, server_name: str) -> dict[str, str]:
    """What a Cluster passes the plugin to use `store` for the folder `server_name`."""
    return {"barmanObjectName": store.name, "serverName": server_name}
