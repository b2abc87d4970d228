"""The off-site etcd snapshot alerts: from a metric the cluster exports (kube-state-metrics'
custom resource state over k3s' ETCDSnapshotFile objects), thresholds from the snapshot
schedule, carried by one environment per cluster and applied with its tree (not the cluster's,
which a fresh cluster applies before the monitoring CRDs exist)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

import pytest
import yaml
from conftest import ROOT, dist_objects
from promql_eval import evaluate

from dirtbike_constructs.k3s_server_config import snapshot_interval
from dirtbike_site import environments
from dirtbike_site.addons import snapshot_metrics
from dirtbike_site.apps import cluster_alerts

NOW = 2_000_000_000.0
HOUR = 3600.0


def snapshot_rules(env: str) -> dict[str, dict[str, Any]]:
    found = {}
    for m in dist_objects(env):
        if m["kind"] == "PrometheusRule":
            for group in m["spec"]["groups"]:
                if group["name"] == cluster_alerts.GROUP:
                    found.update({r["alert"]: r for r in group["rules"]})
    return found


def ksm_values(cluster: str) -> dict[str, Any]:
    path = ROOT / "dist" / "clusters" / cluster / "kube-system" / "15-helmchart-kube-prometheus-stack.yaml"
    return yaml.safe_load(yaml.safe_load(path.read_text())["spec"]["valuesContent"])["kube-state-metrics"]


def snapshot(age_hours: float, *, cluster: str = "prod", ready: str = "true", bucket: str | None = None, folder: str | None = None):
    s = environments.CLUSTERS[cluster].servers.snapshots
    labels = {"bucket": bucket or s.bucket, "folder": folder or s.folder, "ready": ready, "name": f"s3-{age_hours}"}
    return (snapshot_metrics.METRIC, labels, NOW - age_hours * HOUR)


def fires(rule: dict[str, Any], *series: Any) -> bool:
    return bool(evaluate(rule["expr"], list(series), NOW))


# --- where the rules live ---------------------------------------------------------------------


def test_each_cluster_is_watched_by_one_environment_on_it():
    watchers = {c: environments.cluster_watcher(c).name for c in environments.CLUSTERS}
    assert watchers == {"nonprod": "stage", "prod": "prod"}
    for env in environments.NAMES:
        rules = snapshot_rules(env)
        if env in watchers.values():
            assert set(rules) == {"EtcdSnapshotOffsiteLate", "EtcdSnapshotOffsiteMissing", "EtcdSnapshotOffsiteAbsent"}
        else:
            assert rules == {}


@pytest.mark.parametrize("cluster", environments.CLUSTERS)
def test_the_cluster_tree_holds_no_monitoring_object(cluster):
    """A fresh cluster applies its tree before kube-prometheus-stack has installed the
    monitoring CRDs and before anything runs in the monitoring namespace."""
    kinds = {yaml.safe_load(p.read_text())["apiVersion"] for p in (ROOT / "dist" / "clusters" / cluster).rglob("*.yaml")}
    assert not [api for api in kinds if api.startswith("monitoring.coreos.com/")]


# --- thresholds from the schedule -------------------------------------------------------------


def test_thresholds_follow_the_schedule():
    prod = environments.get("prod")
    gap = snapshot_interval("s", "schedule", prod.on.servers.snapshots.schedule)
    assert gap == timedelta(hours=6)
    late, missing = cluster_alerts.thresholds(prod.on)
    assert (late, missing) == (gap + cluster_alerts.ALLOWANCE, 2 * gap + cluster_alerts.ALLOWANCE)
    rules = snapshot_rules("prod")
    assert f"> {int(late.total_seconds())}" in rules["EtcdSnapshotOffsiteLate"]["expr"]
    assert f"> {int(missing.total_seconds())}" in rules["EtcdSnapshotOffsiteMissing"]["expr"]
    daily = dataclasses.replace(
        prod.on, servers=dataclasses.replace(prod.on.servers, snapshots=dataclasses.replace(prod.on.servers.snapshots, schedule="@daily"))
    )
    assert cluster_alerts.thresholds(daily)[0] == timedelta(hours=24) + cluster_alerts.ALLOWANCE
    [late_rule] = [a for a in cluster_alerts.snapshot_alerts(daily) if a.name.endswith("Late")]
    assert f"> {int((timedelta(hours=24) + cluster_alerts.ALLOWANCE).total_seconds())}" in late_rule.expr


# --- what the rules do ------------------------------------------------------------------------


def test_the_newest_ready_offsite_snapshot_decides():
    rules = snapshot_rules("prod")
    late, missing, absent = (rules[f"EtcdSnapshotOffsite{n}"] for n in ("Late", "Missing", "Absent"))
    on_time = [snapshot(5), snapshot(30)]
    assert not fires(late, *on_time) and not fires(missing, *on_time) and not fires(absent, *on_time)
    one_missed = [snapshot(9), snapshot(30)]
    assert fires(late, *one_missed) and not fires(missing, *one_missed)
    two_missed = [snapshot(15)]
    assert fires(late, *two_missed) and fires(missing, *two_missed)
    # A newer upload that failed, or a copy in another cluster's folder, is no off-site snapshot.
    assert fires(late, snapshot(9), snapshot(1, ready="false"))
    assert fires(late, snapshot(9), snapshot(1, folder="nonprod/etcd"))
    # None at all (the credentials never placed, or nothing exported): Absent, after the first gap.
    assert fires(absent, snapshot(1, ready="false")) and not fires(late)
    assert absent["for"] == "8h"


def test_severities_and_routing():
    rules = snapshot_rules("prod")
    assert {n: r["labels"]["severity"] for n, r in rules.items()} == {
        "EtcdSnapshotOffsiteLate": "warning",
        "EtcdSnapshotOffsiteMissing": "critical",
        "EtcdSnapshotOffsiteAbsent": "critical",
    }
    for rule in rules.values():
        assert rule["labels"]["environment"] == "prod" and rule["labels"]["cluster"] == "prod"
        assert rule["annotations"]["runbook_url"] == f"docs/runbooks/{rule['alert']}.md"
    assert {r["labels"]["cluster"] for r in snapshot_rules("stage").values()} == {"nonprod"}


# --- the metric, exported by kube-state-metrics -----------------------------------------------


@pytest.mark.parametrize("cluster", environments.CLUSTERS)
def test_kube_state_metrics_exports_the_snapshots_with_the_labels_the_rules_match(cluster):
    values = ksm_values(cluster)
    state = values["customResourceState"]
    assert state["enabled"] is True
    [resource] = state["config"]["spec"]["resources"]
    assert resource["groupVersionKind"] == {"group": "k3s.cattle.io", "version": "v1", "kind": "ETCDSnapshotFile"}
    assert resource["labelsFromPath"] == {
        "name": ["metadata", "name"],
        "node": ["spec", "nodeName"],
        "bucket": ["spec", "s3", "bucket"],
        "folder": ["spec", "s3", "prefix"],
        "ready": ["status", "readyToUse"],
    }
    [metric] = resource["metrics"]
    assert f"{resource['metricNamePrefix']}_{metric['name']}" == snapshot_metrics.METRIC
    assert metric["each"] == {"type": "Gauge", "gauge": {"path": ["status", "creationTime"]}}
    # Least privilege: read the snapshot records, nothing else (the chart adds the CRD list/watch
    # kube-state-metrics needs to discover them).
    assert values["rbac"]["extraRules"] == [
        {"apiGroups": ["k3s.cattle.io"], "resources": ["etcdsnapshotfiles"], "verbs": ["list", "watch"]}
    ]


def test_the_rules_match_the_cluster_s_own_bucket_and_folder():
    for cluster, env in (("prod", "prod"), ("nonprod", "stage")):
        s = environments.CLUSTERS[cluster].servers.snapshots
        for rule in snapshot_rules(env).values():
            assert f'bucket="{s.bucket}"' in rule["expr"] and f'folder="{s.folder}"' in rule["expr"] and 'ready="true"' in rule["expr"]
