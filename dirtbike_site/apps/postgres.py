"""PostgreSQL for Logto and Discourse: a CloudNativePG cluster on the CJK parser image.

The image is built on a CloudNativePG operand image (ghcr.io/cloudnative-pg/postgresql of the
same major version). WAL archiving and backups go through the Barman Cloud plugin (installed
beside the operator, docs/cluster.md) into the `postgres-backup` ObjectStore, which the
restore drill reads too.

The CJK text search configuration exists only in the `discourse` database, so it is that
database's default (set by the Discourse init Job, apps/discourse_db.py), not a cluster-wide
parameter."""

from dirtbike_constructs import Backup, BarmanObjectStore, CnpgCluster, Database, InitDb, ManagedRole, S3Credentials, Storage

from .. import peers
from ..images import POSTGRES_CJK_IMAGE
from ..site import PART_OF, Site

#: Built from images/postgres-cjk (see dirtbike_site/images.py); versioned by its recipe.
IMAGE = POSTGRES_CJK_IMAGE
SERVICE_RW = "postgres-rw"
SERVICE_RO = "postgres-ro"
#: The ObjectStore (Barman Cloud plugin) holding the WAL archive and base backups.
OBJECT_STORE = "postgres-backup"
BACKUP_CREDENTIALS = "postgres-backup-s3"


def build(site: Site) -> CnpgCluster:
    pg = site.env.postgres
    backup = None
    if pg.backup_bucket is not None:
        store = BarmanObjectStore(
            site.chart("data"),
            "backup-store",
            name=OBJECT_STORE,
            namespace=site.ns("data"),
            destination_path=pg.backup_bucket,
            endpoint_url=pg.backup_endpoint,
            credentials=S3Credentials(secret=BACKUP_CREDENTIALS),
            retention="30d",
            part_of=PART_OF,
        )
        backup = Backup(store)
    return CnpgCluster(
        site.chart("data"),
        "postgres",
        namespace=site.ns("data"),
        name="postgres",
        image=IMAGE,
        instances=pg.instances,
        high_availability=pg.instances >= 3,
        storage=Storage(pg.storage_size, pg.storage_class),
        resources=pg.resources,
        backup=backup,
        bootstrap=InitDb(database="app", owner="app"),
        roles=[ManagedRole("logto", password_secret="postgres-logto"), ManagedRole("discourse", password_secret="postgres-discourse")],
        databases=[Database("logto", owner="logto"), Database("discourse", owner="discourse", extensions=("hstore", "pg_trgm"))],
        superuser_secret="postgres-superuser",
        monitor_labels=site.env.prometheus_selector,
        part_of=PART_OF,
        api_server=peers.kube_api(site.env),
        operator=peers.CNPG_OPERATOR,
        prometheus=peers.PROMETHEUS,
    )
