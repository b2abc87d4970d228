"""PostgreSQL for Logto and Discourse: a CloudNativePG cluster on the CJK parser image.

The image must be built on a CloudNativePG operand image (ghcr.io/cloudnative-pg/postgresql
of the same major version) so that barman-cloud is there for WAL archiving and backups."""

from dirtbike_constructs import (Backup, CnpgCluster, Database, InitDb, ManagedRole, ObjectStore, Storage)

from ..images import POSTGRES_CJK_IMAGE
from ..site import PART_OF, Site

#: Built from images/postgres-cjk (see dirtbike_site/images.py); versioned by its recipe.
IMAGE = POSTGRES_CJK_IMAGE
SERVICE_RW = "postgres-rw"
SERVICE_RO = "postgres-ro"


def build(site: Site) -> CnpgCluster:
    pg = site.env.postgres
    backup = None
    if pg.backup_bucket is not None:
        backup = Backup(ObjectStore(destination_path=pg.backup_bucket, endpoint_url=pg.backup_endpoint,
                                    credentials_secret="postgres-backup-s3"))
    return CnpgCluster(
        site.chart("data"), "postgres", namespace=site.ns("data"), name="postgres", image=IMAGE,
        instances=pg.instances, high_availability=pg.instances >= 3,
        storage=Storage(pg.storage_size, pg.storage_class),
        resources=pg.resources,
        parameters={"default_text_search_config": "public.config_2_gram_cjk"},
        backup=backup,
        bootstrap=InitDb(database="app", owner="app"),
        roles=[ManagedRole("logto", password_secret="postgres-logto"),
               ManagedRole("discourse", password_secret="postgres-discourse")],
        databases=[Database("logto", owner="logto"),
                   Database("discourse", owner="discourse", extensions=("hstore", "pg_trgm"))],
        superuser_secret="postgres-superuser",
        monitor_labels=site.env.prometheus_selector,
        part_of=PART_OF,
    )
