"""The platform of one environment as a cdk8s App: one chart per namespace, and the flows
between them declared in one place (`declare_flows`)."""

from __future__ import annotations

from dataclasses import dataclass

import cdk8s

from dirtbike_constructs import (Backup, BlueGreenService, ClaimMount, ColorSpec, CnpgCluster, ConfigFiles, Container,
                                 Database, HardenedDeployment, InitDb, ObjectStore, PersistentClaim, Port,
                                 Probe, Resources, SealedSecret, SecretFiles, Storage, ZeroTrustNamespace)

from . import peers
from .credentials import SealedStore, required
from .environments import Environment

PART_OF = "dirtbike"
POSTGRES_IMAGE = "dirtbikechina/postgres:15-cjk"
MEILISEARCH_IMAGE = "getmeili/meilisearch:v1.16.0"

# Apache in the official WordPress image listens on 80; as a non-root user it cannot, so
# it listens on 8080 instead (ports.conf and the default site, both owned config).
APACHE_PORTS = "Listen 8080\n"
APACHE_SITE = """<VirtualHost *:8080>
    DocumentRoot /var/www/html
    ErrorLog /proc/self/fd/2
    CustomLog /proc/self/fd/1 combined
</VirtualHost>
"""


@dataclass
class Platform:
    app: cdk8s.App
    charts: list[cdk8s.Chart]
    sealed: dict[str, SealedSecret]
    namespaces: list[ZeroTrustNamespace]

    @property
    def flows(self):
        return [flow for ns in self.namespaces for flow in ns.flows]


def _chart(app: cdk8s.App, env: Environment, area: str) -> tuple[cdk8s.Chart, ZeroTrustNamespace]:
    chart = cdk8s.Chart(app, area)
    namespace = ZeroTrustNamespace(chart, "namespace", name=env.namespace(area), part_of=PART_OF)
    return chart, namespace


def build(env: Environment, store: SealedStore | None = None) -> Platform:
    store = store or SealedStore(env)
    app = cdk8s.App()
    data_chart, data = _chart(app, env, "data")
    trails_chart, trails = _chart(app, env, "trails")
    web_chart, web = _chart(app, env, "web")
    charts = {"data": data_chart, "trails": trails_chart, "web": web_chart}

    # Credentials: a SealedSecret for each one sealed; the rest are reported as missing.
    sealed: dict[str, SealedSecret] = {}
    for credential in required(env):
        encrypted = store.sealed(credential)
        if encrypted is not None:
            sealed[credential.name] = SealedSecret(
                charts[credential.area], credential.name, namespace=env.namespace(credential.area),
                encrypted_data=encrypted, secret_type=credential.secret_type, part_of=PART_OF)

    def fingerprint(name: str) -> str:
        return sealed[name].fingerprint if name in sealed else ""

    pg = env.postgres
    backup = None
    if pg.backup_bucket is not None:
        backup = Backup(ObjectStore(destination_path=pg.backup_bucket, endpoint_url=pg.backup_endpoint,
                                    credentials_secret="postgres-backup-s3"))
    postgres = CnpgCluster(
        data_chart, "postgres", namespace=data.name, name="postgres", image=POSTGRES_IMAGE,
        instances=pg.instances, high_availability=pg.instances >= 3,
        storage=Storage(pg.storage_size, pg.storage_class),
        resources=pg.resources,
        parameters={"default_text_search_config": "public.config_2_gram_cjk"},
        backup=backup,
        bootstrap=InitDb(database="app", owner="app"),
        databases=[Database("logto", owner="app"), Database("discourse", owner="app", extensions=("hstore", "pg_trgm"))],
        part_of=PART_OF,
    )

    PersistentClaim(trails_chart, "meilisearch-data", namespace=trails.name, size="5Gi",
                    storage_class=pg.storage_class, app="meilisearch", part_of=PART_OF)
    meilisearch = HardenedDeployment(
        trails_chart, "meilisearch", namespace=trails.name, component="search", part_of=PART_OF,
        strategy="Recreate",
        container=Container(
            name="meilisearch", image=MEILISEARCH_IMAGE,
            # The master key lives in the config file, which comes from a Secret.
            args=("meilisearch", "--config-file-path", "/etc/meilisearch/config.toml"),
            ports=(Port("http", 7700),),
            resources=Resources(cpu="100m", memory="256Mi", cpu_limit="1", memory_limit="1Gi"),
            readiness=Probe.http("/health"), liveness=Probe.http("/health", period_seconds=20),
            mounts=(SecretFiles("meilisearch-config", "/etc/meilisearch", fingerprint=fingerprint("meilisearch-config")),
                    ClaimMount("meilisearch-data", "/meili_data")),
        ),
    )

    wp = env.wordpress
    wordpress = BlueGreenService(
        web_chart, "wordpress", namespace=web.name, component="web", part_of=PART_OF,
        blue=ColorSpec(wp.blue_image, wp.blue_replicas), green=ColorSpec(wp.green_image, wp.green_replicas),
        active=wp.active, split=wp.split, spread=env.spread,
        container=Container(
            name="wordpress", image=wp.blue_image, resources=wp.resources,
            ports=(Port("http", 8080, service_port=80),),
            readiness=Probe.http("/wp-includes/images/blank.gif"),
            liveness=Probe.tcp("http", period_seconds=20),
            writable_paths=("/tmp", "/var/run/apache2", "/var/lock/apache2", "/var/www/html"),
            mounts=(ConfigFiles("apache-ports", "/etc/apache2", {"ports.conf": APACHE_PORTS}),
                    ConfigFiles("apache-site", "/etc/apache2/sites-available", {"000-default.conf": APACHE_SITE})),
        ),
    )

    declare_flows(env, data=data, trails=trails, web=web, postgres=postgres,
                  meilisearch=meilisearch, wordpress=wordpress, backups=backup is not None)
    return Platform(app, list(charts.values()), sealed, [data, trails, web])


def declare_flows(env: Environment, *, data: ZeroTrustNamespace, trails: ZeroTrustNamespace, web: ZeroTrustNamespace,
                  postgres: CnpgCluster, meilisearch: HardenedDeployment, wordpress: BlueGreenService,
                  backups: bool) -> None:
    """Every allowed connection of the environment, in one place. Nothing else is allowed."""
    web.allow(peers.TRAEFIK, wordpress, 8080)
    data.allow(peers.CNPG_OPERATOR, postgres, 8000)
    data.allow(peers.CNPG_OPERATOR, postgres, 5432)
    data.allow(postgres, postgres, 5432)  # streaming replication between instances
    data.allow(postgres, peers.KUBE_API, 6443)  # the instance manager watches its Cluster
    data.allow(peers.PROMETHEUS, postgres, 9187)
    if backups:
        data.allow(postgres, peers.INTERNET, 443)  # WAL archive and base backups
