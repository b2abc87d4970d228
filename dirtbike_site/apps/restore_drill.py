"""The monthly restore drill: a CronJob in the data namespace that recovers the latest backup
into `postgres-drill` through the Barman Cloud plugin (reading the production cluster's
`postgres-backup` ObjectStore, never writing to it), checks it and deletes it
(dirtbike_site/scripts/restore_drill.py).

The drill cluster's volume is scratch: it lives on the cluster's `longhorn-scratch` class
(reclaimPolicy Delete, one Longhorn replica; declared in environments.CLUSTERS and rendered
with the cluster's add-ons), so deleting the drill cluster (its PVC) frees the disk. On the
Retain class every run would leave a released volume behind.

Its Role may create CloudNativePG clusters (creation cannot be scoped by name) and get or
delete only `postgres-drill`. The drill cluster carries the flows every CloudNativePG cluster
needs (operator, API server, object store), like CnpgCluster does."""

from __future__ import annotations

import json
from pathlib import Path

from constructs import Construct

from dirtbike_constructs import (
    ApiAccess,
    ConfigError,
    ConfigFiles,
    Container,
    EndpointInfo,
    HardenedJob,
    INTERNET,
    JobProps,
    Resources,
    cnpg_instance_flows,
)
from dirtbike_constructs.cnpg_cluster import INSTANCE_PORTS

from .. import peers
from ..site import PART_OF, Site
from . import discourse_db, postgres

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "restore_drill.py"
DRILL_CLUSTER = "postgres-drill"
CONFIG_DIR = "/etc/restore-drill"
#: The storage class of the drill cluster's volume: one that deletes the volume with its claim.
SCRATCH_CLASS = "longhorn-scratch"


class DrillCluster(Construct):
    """The temporary cluster the drill creates (it exists only while the drill runs), as a
    flow endpoint with a CloudNativePG cluster's own flows. Renders nothing."""

    def __init__(self, scope: Construct, id: str, *, site: Site) -> None:
        super().__init__(scope, id)
        self._endpoint = EndpointInfo(
            name=DRILL_CLUSTER,
            kind="CnpgCluster",
            path=self.node.path,
            namespace=site.ns("data"),
            selector={"cnpg.io/cluster": DRILL_CLUSTER},
            ports=dict(INSTANCE_PORTS),
        )
        cnpg_instance_flows(
            self, self, operator=peers.CNPG_OPERATOR, api_server=peers.kube_api(site.env), object_store=INTERNET, prometheus=None
        )

    @property
    def endpoint(self) -> EndpointInfo:
        return self._endpoint


def build(site: Site) -> tuple[HardenedJob, DrillCluster] | None:
    pg = site.env.postgres
    if pg.backup_bucket is None:
        return None
    smoke = next(step.sql for step in discourse_db.STEPS if step.title == "smoke tests")
    scratch = site.env.on.storage_class(SCRATCH_CLASS)
    if scratch is None or scratch.reclaim_policy != "Delete":
        raise ConfigError(
            f"environment {site.env.name!r}",
            "on.storage_classes",
            SCRATCH_CLASS,
            "a storage class with reclaim_policy 'Delete' for the restore drill's temporary cluster",
            f"declare LonghornClass({SCRATCH_CLASS!r}, 1, 'Delete') in the cluster's storage_classes: "
            "on a Retain class every drill leaves a released volume behind",
        )
    config = {
        "namespace": site.ns("data"),
        "drill_cluster": DRILL_CLUSTER,
        "source_cluster": "postgres",
        "image": site.images.pin(postgres.IMAGE),
        "storage_size": pg.storage_size,
        "storage_class": scratch.name,
        "object_store": postgres.OBJECT_STORE,
        "superuser_secret": "postgres-superuser",
        "superuser_password_file": "/run/secrets/postgres/password",
        "running_host": site.host(postgres.SERVICE_RO, "data"),
        "databases": ["logto", "discourse"],
        "min_row_ratio": 0.99,
        "timeout_seconds": 3600,
        "smoke_sql": smoke,
    }
    job = HardenedJob(
        site.chart("data"),
        "restore-drill",
        JobProps(
            name="postgres-restore-drill",
            namespace=site.ns("data"),
            component="restore-drill",
            part_of=PART_OF,
            schedule="0 4 1 * *",
            active_deadline_seconds=7200,
            backoff_limit=0,
            api_access=[ApiAccess("postgresql.cnpg.io", "clusters", ("create", "get", "delete"), (DRILL_CLUSTER,))],
            container=Container(
                name="drill",
                image=postgres.IMAGE,
                command=("python3", f"{CONFIG_DIR}/restore_drill.py"),
                env={"DRILL_CONFIG": f"{CONFIG_DIR}/config.json", "HOME": "/tmp"},
                resources=Resources(cpu="50m", memory="64Mi", cpu_limit="500m", memory_limit="256Mi"),
                mounts=(
                    ConfigFiles(
                        "script",
                        CONFIG_DIR,
                        {"restore_drill.py": SCRIPT.read_text(), "config.json": json.dumps(config, indent=2, sort_keys=True) + "\n"},
                    ),
                    site.secret_files("postgres-superuser", "/run/secrets/postgres"),
                ),
            ),
        ),
    )
    return job, DrillCluster(site.chart("data"), "drill-cluster", site=site)
