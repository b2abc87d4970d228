"""Where every metric an alert rule reads comes from: the monitor that scrapes it, declared
either in an environment's dist/ (a PodMonitor next to the workload) or in an add-on's values
(dist/clusters/<cluster>/). tests/test_metric_sources.py maps every metric name of every rule to
one of these and checks the monitor exists, carries the label Prometheus selects, and that
Prometheus may reach the port it scrapes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .addons import contract


@dataclass(frozen=True)
class Source:
    """declared_in: 'environment' (a PodMonitor named `monitor` in dist/<env>, scraping
    `port` in the area `area`) or 'add-on' (the add-on release `monitor` enables it with
    the `values_path` value set to true, and its monitor is labelled for Prometheus).
    namespace: where the scraped pods run for add-ons (None when they are the cluster's own:
    kubelet, kube-state-metrics inside kube-prometheus-stack)."""

    declared_in: Literal["environment", "add-on"]
    monitor: str
    port: int | None = None
    area: str | None = None
    values_path: tuple[str, ...] = ()
    namespace: str | None = None


#: Metric name prefix -> source. The longest matching prefix wins.
SOURCES: dict[str, Source] = {
    "traefik_": Source(
        "add-on", "traefik", values_path=("metrics", "prometheus", "serviceMonitor", "enabled"), namespace=contract.TRAEFIK_NAMESPACE
    ),
    "certmanager_": Source(
        "add-on", "cert-manager", values_path=("prometheus", "servicemonitor", "enabled"), namespace=contract.CERT_MANAGER_NAMESPACE
    ),
    # kube-state-metrics and the kubelet are scraped by kube-prometheus-stack's own monitors,
    # on by default in the chart (its values do not turn them off; the test checks that).
    "kube_": Source("add-on", contract.PROMETHEUS_RELEASE, values_path=("kubeStateMetrics",)),
    # k3s' etcd snapshot records, exported by kube-state-metrics' custom resource state
    # (dirtbike_site/addons/snapshot_metrics.py) when its values turn it on.
    "kube_customresource_": Source(
        "add-on",
        contract.PROMETHEUS_RELEASE,
        values_path=("kube-state-metrics", "customResourceState"),
        namespace=contract.MONITORING_NAMESPACE,
    ),
    "kubelet_": Source("add-on", contract.PROMETHEUS_RELEASE, values_path=("kubelet",)),
    "container_": Source("add-on", contract.PROMETHEUS_RELEASE, values_path=("kubelet",)),
    # CloudNativePG's instances export on 9187 (and the Barman Cloud plugin's metrics through them).
    "cnpg_": Source("environment", "postgres", port=9187, area="data"),
    "barman_cloud_": Source("environment", "postgres", port=9187, area="data"),
    "mysql_": Source("environment", "mysql", port=9104, area="data"),
    "redis_": Source("environment", "redis", port=9121, area="forum"),
    "apache_": Source("environment", "wordpress", port=9117, area="web"),
}


def source_of(metric: str) -> Source | None:
    matches = [prefix for prefix in SOURCES if metric.startswith(prefix)]
    return SOURCES[max(matches, key=len)] if matches else None
