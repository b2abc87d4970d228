"""PodMetrics: a prometheus-operator PodMonitor scraping a workload's metrics port."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

INTERVAL = re.compile(r"^[1-9][0-9]*(s|m)$")


class PodMetrics(Construct):
    """Scrape `target`'s pods on the named container port.

    target: a workload (HardenedDeployment, HardenedStatefulSet, BlueGreenService: anything
    with `namespace`, `pod_selector` and `ports`). port: a container port name the target
    declares; default 'metrics'. path: default '/metrics'. interval: default '30s'.
    selector_labels: labels Prometheus selects monitors by (e.g. the Helm release);
    default none."""

    @all_or_nothing
    def __init__(self, scope: Construct, id: str, *, target: Any, port: str = "metrics", path: str = "/metrics",
                 interval: str = "30s", selector_labels: Mapping[str, str] | None = None, part_of: str | None = None) -> None:
        where = construct_path(scope, id)
        names = set((getattr(target, "ports", None) or {}).values())
        if port not in names:
            raise ConfigError(where, "port", port, "a container port name of the target: " + (", ".join(sorted(names)) or "(none)"))
        if not isinstance(path, str) or not path.startswith("/"):
            raise ConfigError(where, "path", path, "a path starting with '/'")
        if not isinstance(interval, str) or not INTERVAL.match(interval):
            raise ConfigError(where, "interval", interval, "a duration such as '30s' or '1m'")
        extra = check.string_map(where, "selector_labels", selector_labels or {})
        attach(self, scope, id, where)
        name = getattr(target, "name", id)
        labels = {**recommended_labels(name=name, instance=name, component="monitoring", part_of=part_of), **extra}
        ManifestObject(self, "Resource", {
            "apiVersion": "monitoring.coreos.com/v1", "kind": "PodMonitor",
            "metadata": object_meta(name, target.namespace, labels),
            "spec": {
                "selector": {"matchLabels": dict(target.pod_selector)},
                "podMetricsEndpoints": [{"port": port, "path": path, "interval": interval}],
            },
        })
