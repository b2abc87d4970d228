"""MySQL for WordPress: one instance in a StatefulSet. High availability (group replication
or an operator) is out of scope for now: the PVC on longhorn-retain is replicated by Longhorn
and the pod is rescheduled on node loss, which is the Compose set-up's level of safety."""

from dirtbike_constructs import (
    Container,
    HardenedStatefulSet,
    Port,
    Probe,
    StatefulSetProps,
    VolumeClaimTemplate,
)

from ..site import PART_OF, Site
from . import exporters

IMAGE = "mysql:8.4.11"
SECRETS = "/run/secrets/mysql"


def build(site: Site) -> HardenedStatefulSet:
    settings = site.env.mysql
    return HardenedStatefulSet(
        site.chart("data"),
        "mysql",
        StatefulSetProps(
            namespace=site.ns("data"),
            component="database",
            part_of=PART_OF,
            container=Container(
                name="mysql",
                image=IMAGE,
                resources=settings.resources,
                ports=(Port("mysql", 3306),),
                # The image's entrypoint reads *_FILE variables: credentials stay files.
                env={
                    "MYSQL_DATABASE": "wordpress",
                    "MYSQL_USER": "wordpress",
                    "MYSQL_ROOT_PASSWORD_FILE": f"{SECRETS}/root-password",
                    "MYSQL_PASSWORD_FILE": f"{SECRETS}/wordpress-password",
                },
                # `mysqladmin ping` succeeds while the server answers, even without credentials.
                readiness=Probe.exec("mysqladmin", "ping", "--host=127.0.0.1", "--silent", period_seconds=10, timeout_seconds=5),
                liveness=Probe.tcp("mysql", initial_delay_seconds=30, period_seconds=20),
                startup=Probe.tcp("mysql", period_seconds=10, failure_threshold=30),
                writable_paths=("/tmp", "/var/run/mysqld", "/var/lib/mysql-files"),
                mounts=(
                    site.secret_files("mysql-credentials", SECRETS),
                    # Creates the exporter's user on first initialisation (run it by hand on an existing database).
                    site.secret_files("mysql-exporter", "/docker-entrypoint-initdb.d/10-exporter.sql", key="exporter.sql"),
                ),
            ),
            sidecars=[exporters.mysql(site.secret_files("mysql-exporter", "/run/secrets/exporter"))],
            volume_claims=[VolumeClaimTemplate("data", "/var/lib/mysql", settings.storage_size, site.env.postgres.storage_class)],
        ),
    )
