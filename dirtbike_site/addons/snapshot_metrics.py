"""The k3s servers' etcd snapshots as a metric: kube-state-metrics' custom resource state
exports one series per ETCDSnapshotFile, the record k3s keeps of every snapshot (k3s.cattle.io/v1,
cluster-scoped; one per local file and one per copy in S3, which k3s creates after each upload
and keeps in step with the bucket's listing), valued at its status.creationTime.

Facts (k3s-io/api pkg/crds/yaml/generated/k3s.cattle.io_etcdsnapshotfiles.yaml; k3s-io/k3s
pkg/etcd/snapshot/types.go, snapshot.go): spec.s3 is set exactly for snapshots in S3, with
`bucket` and `prefix` (the etcd-s3-folder); status.readyToUse is false for a failed upload,
whose record k3s also creates; status.creationTime is when etcd took the snapshot. Custom
resource state (kube-state-metrics v2.19.1, the kube-state-metrics chart 8.2.0 that
kube-prometheus-stack 88.2.0 brings; docs/metrics/extend/customresourcestate-metrics.md) turns
an RFC 3339 time into Unix seconds and a boolean label value into 'true'/'false'; it needs
list and watch on the resource (the chart grants those on CRDs itself when the feature is on)."""

from __future__ import annotations

from typing import Any

#: The metric's name: metricNamePrefix + '_' + the metric's own name.
PREFIX = "kube_customresource"
NAME = "etcdsnapshotfile_creation_time"
METRIC = f"{PREFIX}_{NAME}"
#: Label -> the path in an ETCDSnapshotFile it is read from.
LABELS = {
    "name": ["metadata", "name"],
    "node": ["spec", "nodeName"],
    "bucket": ["spec", "s3", "bucket"],
    "folder": ["spec", "s3", "prefix"],
    "ready": ["status", "readyToUse"],
}


def custom_resource_state() -> dict[str, Any]:
    """kube-state-metrics' customResourceState value (kube-state-metrics chart)."""
    resource = {
        "groupVersionKind": {"group": "k3s.cattle.io", "version": "v1", "kind": "ETCDSnapshotFile"},
        "metricNamePrefix": PREFIX,
        "labelsFromPath": {label: list(path) for label, path in LABELS.items()},
        "metrics": [
            {
                "name": NAME,
                "help": "When etcd took the snapshot this ETCDSnapshotFile records (Unix seconds).",
                "each": {"type": "Gauge", "gauge": {"path": ["status", "creationTime"]}},
            }
        ],
    }
    return {"enabled": True, "config": {"kind": "CustomResourceStateMetrics", "spec": {"resources": [resource]}}}


#: Read the snapshot records; nothing else is added to kube-state-metrics' role.
RBAC_RULES = [{"apiGroups": ["k3s.cattle.io"], "resources": ["etcdsnapshotfiles"], "verbs": ["list", "watch"]}]
