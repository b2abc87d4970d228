"""Alerts that can fire: every metric name in every alert rule maps to a monitor that dist/
declares (an environment's PodMonitor, or an add-on's monitor turned on in its values), labelled
for Prometheus, with Prometheus allowed to reach the port it scrapes."""

from __future__ import annotations

from typing import Any

import promql_parser
import pytest
import yaml
from conftest import ROOT, dist_objects

from dirtbike_site import environments
from dirtbike_site.addons import contract
from dirtbike_site.metric_sources import SOURCES, source_of


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression selects."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if type(node).__name__ == "VectorSelector":
            names.add(node.name)
            return
        for attr in ("lhs", "rhs", "expr", "args", "param", "vector_selector", "vs"):
            child = getattr(node, attr, None)
            for item in child if isinstance(child, list) else [child]:
                if item is not None and not isinstance(item, (str, int, float)):
                    walk(item)

    walk(promql_parser.parse(expr))
    return names


def rules(env: str) -> list[dict]:
    return [r for m in dist_objects(env) if m["kind"] == "PrometheusRule" for g in m["spec"]["groups"] for r in g["rules"]]


def addon_values(cluster: str, release: str) -> dict:
    path = ROOT / "dist" / "clusters" / cluster / "kube-system" / f"15-helmchart-{release}.yaml"
    return yaml.safe_load(yaml.safe_load(path.read_text())["spec"]["valuesContent"])


def prometheus_may_reach(objects: list[dict], namespace: str, port: int) -> bool:
    for m in objects:
        if m["kind"] != "NetworkPolicy" or m["metadata"]["namespace"] != namespace:
            continue
        for rule in m["spec"].get("ingress", []):
            ports = {p["port"] for p in rule.get("ports", [])}
            for peer in rule.get("from", []):
                ns = peer.get("namespaceSelector", {}).get("matchLabels", {})
                pods = peer.get("podSelector", {}).get("matchLabels", {})
                if (
                    ns == {"kubernetes.io/metadata.name": contract.MONITORING_NAMESPACE}
                    and pods.items() <= dict(contract.PROMETHEUS_POD_LABELS).items()
                    and port in ports
                ):
                    return True
    return False


def test_metric_names_are_read_from_the_expression():
    assert metric_names('max(rate(a_total{x="1"}[5m])) > b or absent(c{d=~"e"}) unless on() vector(1)') == {"a_total", "b", "c"}


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_metric_of_every_rule_has_a_declared_scrape_target(env):
    environment = environments.get(env)
    objects = dist_objects(env)
    cluster_objects = [yaml.safe_load(p.read_text()) for p in (ROOT / "dist" / "clusters" / environment.cluster).rglob("*.yaml")]
    selector = dict(contract.PROMETHEUS_SELECTOR).items()
    unmapped, problems = [], []
    used = set()
    for rule in rules(env):
        for metric in metric_names(rule["expr"]):
            source = source_of(metric)
            if source is None:
                unmapped.append(f"{rule['alert']}: {metric}")
                continue
            used.add(metric)
            if source.declared_in == "environment":
                monitors = [m for m in objects if m["kind"] == "PodMonitor" and m["metadata"]["name"] == source.monitor]
                if not monitors or not selector <= monitors[0]["metadata"]["labels"].items():
                    problems.append(f"{rule['alert']}: {metric}: no PodMonitor {source.monitor} labelled for Prometheus")
                    continue
                namespace = monitors[0]["metadata"]["namespace"]
                assert namespace == environment.namespace(source.area)
                ports = {e["port"] for e in monitors[0]["spec"]["podMetricsEndpoints"]}
                if not prometheus_may_reach(objects, namespace, source.port):
                    problems.append(f"{rule['alert']}: {metric}: Prometheus may not reach {namespace} on {source.port} ({ports})")
            else:
                value: Any = addon_values(environment.cluster, source.monitor)
                for key in source.values_path:
                    value = value.get(key, {}) if isinstance(value, dict) else None
                enabled = value if isinstance(value, bool) else (value or {}).get("enabled", True)
                if enabled is not True:
                    problems.append(f"{rule['alert']}: {metric}: add-on {source.monitor} does not enable {'.'.join(source.values_path)}")
                # Nothing restricts Prometheus' traffic to the add-ons: no policy in their namespaces.
                if source.namespace and any(
                    m["kind"] == "NetworkPolicy" and m["metadata"].get("namespace") == source.namespace for m in objects + cluster_objects
                ):
                    problems.append(f"{rule['alert']}: {metric}: a NetworkPolicy in {source.namespace} needs a flow from Prometheus")
    assert unmapped == [], "metrics with no known scrape target (add them to dirtbike_site/metric_sources.py)"
    assert problems == []
    assert used


@pytest.mark.parametrize("env", environments.NAMES)
def test_add_on_monitors_are_labelled_for_prometheus(env):
    cluster = environments.get(env).cluster
    labels = dict(contract.PROMETHEUS_SELECTOR)
    assert addon_values(cluster, "traefik")["metrics"]["prometheus"]["serviceMonitor"]["additionalLabels"] == labels
    assert addon_values(cluster, "cert-manager")["prometheus"]["servicemonitor"]["labels"] == labels


def test_every_source_is_used_or_documented():
    """No stale entry: each prefix is read by some rule of some environment."""
    used = {source_of(m) for env in environments.NAMES for r in rules(env) for m in metric_names(r["expr"])}
    stale = [
        prefix
        for prefix, source in SOURCES.items()
        if source not in used and prefix not in ("barman_cloud_", "redis_", "apache_", "container_")
    ]
    assert stale == []


@pytest.mark.parametrize("env", environments.NAMES)
def test_a_missing_source_raises_its_own_alert(env):
    """Rules that would stay silent when their metrics vanish are guarded by absent()."""
    exprs = {r["alert"]: r["expr"] for r in rules(env)}
    for guarded in (
        "traefik_service_requests_total",
        "certmanager_certificate_expiration_timestamp_seconds",
        "kube_pod_container_status_restarts_total",
        "cnpg_collector_up",
        "mysql_up",
    ):
        assert any(f"absent({guarded}" in e for e in exprs.values()), guarded
