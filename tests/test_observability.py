"""Monitoring: PodMetrics and AlertRules constructs, and the site's monitors, exporters and alerts."""

from __future__ import annotations

import promql_parser
import pytest
from conftest import dist_objects, find, synth
from factories import container

from dirtbike_constructs import (
    Alert,
    AlertRules,
    ConfigError,
    DeploymentProps,
    HardenedDeployment,
    PodMetrics,
    Port,
    Probe,
    flows_of,
)
from dirtbike_site import environments


def alert(**changes):
    values = {"name": "AppDown", "expr": 'up{job="app"} == 0', "summary": "app is down", "description": "no scrape"}
    return Alert(**{**values, **changes})


def test_alert_rules_render(chart):
    AlertRules(
        chart,
        "rules",
        namespace="apps",
        groups={"app": [alert(runbook_url="https://docs.example.org/app-down")]},
        selector_labels={"release": "kps"},
    )
    rule = find(synth(chart), "PrometheusRule")
    assert rule["metadata"]["labels"]["release"] == "kps"
    assert rule["spec"]["groups"] == [
        {
            "name": "app",
            "rules": [
                {
                    "alert": "AppDown",
                    "expr": 'up{job="app"} == 0',
                    "for": "5m",
                    "labels": {"severity": "warning"},
                    "annotations": {
                        "summary": "app is down",
                        "description": "no scrape",
                        "runbook_url": "https://docs.example.org/app-down",
                    },
                }
            ],
        }
    ]


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"expr": "sum(rate(x[5m])"}, "expr"),
        ({"name": "app-down"}, "name"),
        ({"severity": "page"}, "severity"),
        ({"for_": "five minutes"}, "for_"),
        ({"summary": ""}, "summary"),
        ({"description": " "}, "description"),
        ({"runbook_url": "http://insecure"}, "runbook_url"),
        ({"runbook_url": "docs/runbooks/AppDown.txt"}, "runbook_url"),
    ],
)
def test_alert_rules(chart, changes, field):
    with pytest.raises(ConfigError) as error:
        AlertRules(chart, "rules", namespace="apps", groups={"app": [alert(**changes)]})
    assert error.value.field.endswith(field)


def test_alert_group_rules(chart):
    with pytest.raises(ConfigError, match="each value once"):
        AlertRules(chart, "dup", namespace="apps", groups={"app": [alert(), alert()]})
    with pytest.raises(ConfigError) as error:
        AlertRules(chart, "empty", namespace="apps", groups={})
    assert error.value.field == "groups"


def test_pod_metrics(chart):
    app = HardenedDeployment(
        chart,
        "app",
        DeploymentProps(
            namespace="apps",
            container=container(),
            sidecars=[
                container(
                    name="exporter",
                    ports=(Port("metrics", 9100, expose=False),),
                    readiness=Probe.tcp("metrics"),
                    liveness=Probe.tcp("metrics"),
                )
            ],
        ),
    )
    PodMetrics(chart, "m", target=app, selector_labels={"release": "kps"})
    monitor = find(synth(chart), "PodMonitor")
    assert monitor["spec"] == {
        "selector": {"matchLabels": dict(app.endpoint.selector)},
        "podMetricsEndpoints": [{"port": "metrics", "path": "/metrics", "interval": "30s"}],
    }
    assert monitor["metadata"]["labels"]["release"] == "kps"
    assert "metrics" not in [p["name"] for p in find(synth(chart), "Service")["spec"]["ports"]]
    (scrape,) = flows_of(chart)  # the scrape's own flow: Prometheus to the exporter's port
    assert (scrape.source.name, scrape.destination.name, scrape.port, scrape.port_name) == ("prometheus", "app", 9100, "metrics")
    for props, field in (({"port": "prom"}, "port"), ({"path": "metrics"}, "path"), ({"interval": "often"}, "interval")):
        with pytest.raises(ConfigError) as error:
            PodMetrics(chart, f"bad-{field}", target=app, **props)
        assert error.value.field == field


load = dist_objects


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_alert_parses_and_is_complete(env):
    (rule,) = [m for m in load(env) if m["kind"] == "PrometheusRule"]
    alerts = [r for g in rule["spec"]["groups"] for r in g["rules"]]
    names = {a["alert"] for a in alerts}
    # The cluster's own alerts (in its watching environment) are scoped to the cluster's snapshots.
    snapshots = environments.get(env).on.servers.snapshots
    scope = {
        r["alert"]: f'folder="{snapshots.folder}"' if g["name"] == "etcd-snapshots" else f"dirtbike-{env}-"
        for g in rule["spec"]["groups"]
        for r in g["rules"]
    }
    assert {
        "PostgresInstanceDown",
        "PostgresReplicationLagHigh",
        "PostgresFailoverHappened",
        "PostgresWalArchivingFailing",
        "MySQLDown",
        "PodCrashLooping",
        "PersistentVolumeAlmostFull",
        "CertificateExpiringSoon",
        "WordPressLatencyHigh",
        "WordPressErrorRateHigh",
        "WordPressErrorBudgetBurn1H",
        "WordPressErrorBudgetBurn6H",
    } <= names
    assert ("PostgresBackupTooOld" in names) == (env != "dev")
    for a in alerts:
        promql_parser.parse(a["expr"])
        assert a["labels"]["severity"] in {"critical", "warning", "info"}
        assert a["annotations"]["summary"] and a["annotations"]["description"]
        assert scope[a["alert"]] in a["expr"]  # scoped to this environment (or its cluster)
    assert rule["metadata"]["labels"]["release"] == "kube-prometheus-stack"


@pytest.mark.parametrize("env", environments.NAMES)
def test_monitors_and_exporters(env):
    objects = load(env)
    monitors = {m["metadata"]["name"]: m for m in objects if m["kind"] == "PodMonitor"}
    assert set(monitors) == {"postgres", "wordpress", "mysql", "redis"}
    assert all(m["metadata"]["labels"]["release"] == "kube-prometheus-stack" for m in monitors.values())
    sidecars = {
        m["metadata"]["name"]: [c["name"] for c in m["spec"]["template"]["spec"]["containers"][1:]]
        for m in objects
        if m["kind"] in ("Deployment", "StatefulSet")
    }
    assert sidecars["mysql"] == ["mysqld-exporter"] and sidecars["redis"] == ["redis-exporter"]
    assert sidecars["wordpress-blue"] == ["apache-exporter"] == sidecars["wordpress-green"]


def test_dashboard_configmap(chart):
    from dirtbike_constructs import GrafanaDashboard, Panel

    GrafanaDashboard(
        chart, "d", title="Shop", panels=[Panel("Up", {"{{pod}}": "up"}), Panel("Mem", {"m": "process_resident_memory_bytes"}, "bytes")]
    )
    cm = find(synth(chart), "ConfigMap", "d")
    assert cm["metadata"]["namespace"] == "monitoring" and cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    import json

    board = json.loads(cm["data"]["d.json"])
    assert board["uid"] == "d" and [p["gridPos"]["x"] for p in board["panels"]] == [0, 12]
    assert board["panels"][1]["fieldConfig"]["defaults"]["unit"] == "bytes"


@pytest.mark.parametrize(
    "panels, field",
    [
        ([], "panels"),
        (["up"], "panels[0]"),
        ("PANEL", "panels"),
    ],
)
def test_dashboard_rules_panels(chart, panels, field):
    from dirtbike_constructs import GrafanaDashboard

    with pytest.raises(ConfigError) as error:
        GrafanaDashboard(chart, "d", title="Shop", panels=panels)
    assert error.value.field == field


def test_dashboard_rules_queries(chart):
    from dirtbike_constructs import GrafanaDashboard, Panel

    for panel, field in (
        (Panel("x", {}), "panels[0].queries"),
        (Panel("x", {"a": "sum(up"}), "panels[0].queries['a']"),
        (Panel("x", {"a": "up"}, unit="furlongs"), "panels[0].unit"),
    ):
        with pytest.raises(ConfigError) as error:
            GrafanaDashboard(chart, f"d{len(field)}", title="Shop", panels=[panel])
        assert error.value.field == field


@pytest.mark.parametrize("env", environments.NAMES)
def test_site_dashboards(env):
    boards = {
        m["metadata"]["name"] for m in load(env) if m["kind"] == "ConfigMap" and m["metadata"]["labels"].get("grafana_dashboard") == "1"
    }
    assert boards == {f"dirtbike-{env}-overview", f"dirtbike-{env}-wordpress-ab", f"dirtbike-{env}-postgresql"}
