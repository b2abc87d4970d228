"""PodMetrics: a prometheus-operator PodMonitor scraping a workload's metrics port, with the
flow from Prometheus to that port."""

from __future__ import annotations

from collections.abc import Mapping

from constructs import Construct

from . import _validate as check
from .endpoint import Endpoint, EndpointInfo
from .errors import ConfigError
from .flows import allow_own
from .meta import ManifestObject, attach, construct_path, object_meta, recommended_labels, all_or_nothing
from .peer import PROMETHEUS, ExternalPeer


class PodMetrics(Construct):
    """Scrape `target`'s pods on the named container port (an exporter sidecar's, usually),
    and allow Prometheus to reach it.

    target: a workload this app renders (HardenedDeployment, HardenedStatefulSet,
    BlueGreenService, ...). port: a port name the target exposes; default 'metrics'.
    path: default '/metrics'. interval: default '30s'. selector_labels: labels Prometheus
    selects monitors by (e.g. the Helm release); default none. prometheus: who scrapes;
    default PROMETHEUS (kube-prometheus-stack in `monitoring`)."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        target: Endpoint,
        port: str = "metrics",
        path: str = "/metrics",
        interval: str = "30s",
        selector_labels: Mapping[str, str] | None = None,
        part_of: str | None = None,
        prometheus: ExternalPeer = PROMETHEUS,
    ) -> None:
        where = construct_path(scope, id)
        info = getattr(target, "endpoint", None)
        if not isinstance(info, EndpointInfo) or info.external:
            raise ConfigError(where, "target", target, "a workload this app renders (anything with an `endpoint` but ExternalPeer)")
        if port not in info.ports:
            raise ConfigError(where, "port", port, f"a port {info.name} exposes: {info.describe_ports()}")
        check.instance_of(where, "prometheus", prometheus, ExternalPeer, "a dirtbike_constructs.ExternalPeer")
        if not isinstance(path, str) or not path.startswith("/"):
            raise ConfigError(where, "path", path, "a path starting with '/'")
        check.prometheus_duration(where, "interval", interval, positive=True)
        extra = check.label_map(where, "selector_labels", selector_labels or {})
        attach(self, scope, id, where)
        name = info.name
        labels = {**recommended_labels(name=name, instance=name, component="monitoring", part_of=part_of), **extra}
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "monitoring.coreos.com/v1",
                "kind": "PodMonitor",
                "metadata": object_meta(name, info.namespace, labels),
                "spec": {
                    "selector": {"matchLabels": dict(info.selector)},
                    "podMetricsEndpoints": [{"port": port, "path": path, "interval": interval}],
                },
            },
        )
        allow_own(self, prometheus, target, port)
