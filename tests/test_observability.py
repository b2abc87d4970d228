"""Monitoring: PodMetrics and AlertRules constructs, and the site's monitors, exporters and alerts."""

from __future__ import annotations

import promql_parser
import pytest
import yaml
from conftest import ROOT, find, synth
from factories import container

from dirtbike_constructs import Alert, AlertRules, ConfigError, HardenedDeployment, PodMetrics, Port, Probe
from dirtbike_site import environments


def alert(**changes):
    values = {"name": "AppDown", "expr": 'up{job="app"} == 0', "summary": "app is down", "description": "no scrape"}
    return Alert(**{**values, **changes})


def test_alert_rules_render(chart):
    AlertRules(chart, "rules", namespace="apps", groups={"app": [alert(runbook_url="https://docs.example.org/app-down")]},
               selector_labels={"release": "kps"})
    rule = find(synth(chart), "PrometheusRule")
    assert rule["metadata"]["labels"]["release"] == "kps"
    assert rule["spec"]["groups"] == [{"name": "app", "rules": [{
        "alert": "AppDown", "expr": 'up{job="app"} == 0', "for": "5m", "labels": {"severity": "warning"},
        "annotations": {"summary": "app is down", "description": "no scrape", "runbook_url": "https://docs.example.org/app-down"}}]}]


@pytest.mark.parametrize("changes, field", [
    ({"expr": "sum(rate(x[5m])"}, "expr"),
    ({"name": "app-down"}, "name"),
    ({"severity": "page"}, "severity"),
    ({"for_": "five minutes"}, "for_"),
    ({"summary": ""}, "summary"),
    ({"description": " "}, "description"),
    ({"runbook_url": "http://insecure"}, "runbook_url"),
])
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
    app = HardenedDeployment(chart, "app", namespace="apps", container=container(),
                             sidecars=[container(name="exporter", ports=(Port("metrics", 9100, expose=False),),
                                                 readiness=Probe.tcp("metrics"), liveness=Probe.tcp("metrics"))])
    PodMetrics(chart, "m", target=app, selector_labels={"release": "kps"})
    monitor = find(synth(chart), "PodMonitor")
    assert monitor["spec"] == {"selector": {"matchLabels": app.pod_selector},
                               "podMetricsEndpoints": [{"port": "metrics", "path": "/metrics", "interval": "30s"}]}
    assert monitor["metadata"]["labels"]["release"] == "kps"
    assert "metrics" not in [p["name"] for p in find(synth(chart), "Service")["spec"]["ports"]]
    for props, field in (({"port": "prom"}, "port"), ({"path": "metrics"}, "path"), ({"interval": "often"}, "interval")):
        with pytest.raises(ConfigError) as error:
            PodMetrics(chart, f"bad-{field}", target=app, **props)
        assert error.value.field == field


def load(env):
    return [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "dist" / env).rglob("*.yaml"))]


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_alert_parses_and_is_complete(env):
    (rule,) = [m for m in load(env) if m["kind"] == "PrometheusRule"]
    alerts = [r for g in rule["spec"]["groups"] for r in g["rules"]]
    names = {a["alert"] for a in alerts}
    assert {"PostgresInstanceDown", "PostgresReplicationLagHigh", "PostgresFailoverHappened", "PostgresWalArchivingFailing",
            "MySQLDown", "PodCrashLooping", "PersistentVolumeAlmostFull", "CertificateExpiringSoon",
            "WordPressLatencyHigh", "WordPressErrorRateHigh", "WordPressErrorBudgetBurn1H", "WordPressErrorBudgetBurn6H"} <= names
    assert ("PostgresBackupTooOld" in names) == (env != "dev")
    for a in alerts:
        promql_parser.parse(a["expr"])
        assert a["labels"]["severity"] in {"critical", "warning", "info"}
        assert a["annotations"]["summary"] and a["annotations"]["description"]
        assert f"dirtbike-{env}-" in a["expr"]  # scoped to this environment
    assert rule["metadata"]["labels"]["release"] == "kube-prometheus-stack"


@pytest.mark.parametrize("env", environments.NAMES)
def test_monitors_and_exporters(env):
    objects = load(env)
    monitors = {m["metadata"]["name"]: m for m in objects if m["kind"] == "PodMonitor"}
    assert set(monitors) == {"postgres", "wordpress", "mysql", "redis"}
    assert all(m["metadata"]["labels"]["release"] == "kube-prometheus-stack" for m in monitors.values())
    sidecars = {m["metadata"]["name"]: [c["name"] for c in m["spec"]["template"]["spec"]["containers"][1:]]
                for m in objects if m["kind"] in ("Deployment", "StatefulSet")}
    assert sidecars["mysql"] == ["mysqld-exporter"] and sidecars["redis"] == ["redis-exporter"]
    assert sidecars["wordpress-blue"] == ["apache-exporter"] == sidecars["wordpress-green"]
