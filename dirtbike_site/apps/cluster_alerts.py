"""A cluster's own alerts: its newest off-site etcd snapshot is older than the snapshot
schedule allows. They ride with one environment on the cluster (`environments.cluster_watcher`),
in its alert rules, because that tree is applied once kube-prometheus-stack runs; the cluster's
own tree is applied first on a fresh cluster, before the monitoring CRDs exist.

The metric is kube-state-metrics' record of k3s' ETCDSnapshotFile objects
(dirtbike_site/addons/snapshot_metrics.py): only ready copies in the cluster's own bucket and
folder count, so a failed upload or another cluster's snapshot never hides a missing one."""

from __future__ import annotations

from datetime import timedelta

from dirtbike_constructs import Alert
from dirtbike_constructs.k3s_server_config import snapshot_interval

from ..addons.snapshot_metrics import METRIC
from ..environments import Cluster

GROUP = "etcd-snapshots"
#: Beyond the schedule's longest gap: up to an hour for the snapshot and its upload, and the
#: hour a daylight-saving change can add to a gap (k3s runs the schedule in the servers' local time).
ALLOWANCE = timedelta(hours=2)


def thresholds(cluster: Cluster) -> tuple[timedelta, timedelta]:
    """(late, missing): the newest off-site snapshot's age once one, then two scheduled snapshots
    did not arrive."""
    gap = snapshot_interval(f"clusters[{cluster.name!r}].servers", "snapshots.schedule", cluster.servers.snapshots.schedule)
    return gap + ALLOWANCE, 2 * gap + ALLOWANCE


def _duration(span: timedelta) -> str:
    minutes = int(span.total_seconds()) // 60
    return f"{minutes // 60}h" if minutes % 60 == 0 else f"{minutes}m"


def snapshot_alerts(cluster: Cluster) -> list[Alert]:
    s = cluster.servers.snapshots
    offsite = f'{METRIC}{{bucket="{s.bucket}",folder="{s.folder}",ready="true"}}'
    where = f"s3://{s.bucket}/{s.folder}"
    late, missing = thresholds(cluster)
    labels = {"cluster": cluster.name}
    return [
        Alert(
            name="EtcdSnapshotOffsiteLate",
            severity="warning",
            for_="0m",
            expr=f"time() - max({offsite}) > {int(late.total_seconds())}",
            summary=f"The newest off-site etcd snapshot of cluster {cluster.name} is over {_duration(late)} old",
            description=f"A scheduled snapshot ({s.schedule}) has not reached {where}: the newest there is older than the "
            "schedule's longest gap plus two hours. The servers still hold their local snapshots.",
            labels=labels,
        ),
        Alert(
            name="EtcdSnapshotOffsiteMissing",
            severity="critical",
            for_="0m",
            expr=f"time() - max({offsite}) > {int(missing.total_seconds())}",
            summary=f"No off-site etcd snapshot of cluster {cluster.name} for {_duration(missing)}",
            description=f"Two scheduled snapshots ({s.schedule}) have not reached {where}: losing the servers now loses "
            "everything since the newest copy there.",
            labels=labels,
        ),
        Alert(
            name="EtcdSnapshotOffsiteAbsent",
            severity="critical",
            for_=_duration(late),
            expr=f"absent({offsite})",
            summary=f"Cluster {cluster.name} reports no off-site etcd snapshot at all",
            description=f"No ready snapshot in {where} is known to the cluster: the S3 credentials are not on the "
            "servers, every upload fails, or kube-state-metrics does not export the snapshot records.",
            labels=labels,
        ),
    ]
