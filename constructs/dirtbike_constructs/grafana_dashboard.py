"""GrafanaDashboard: a dashboard as a ConfigMap the Grafana sidecar of kube-prometheus-stack
loads (label `grafana_dashboard: "1"`), built from typed panels whose PromQL is parsed."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from constructs import Construct

from . import _validate as check
from .alert_rules import parse_promql
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

UNITS = ("short", "percentunit", "s", "reqps", "bytes", "dateTimeFromNow")


@dataclass(frozen=True)
class Panel:
    """A time-series panel. queries: legend -> PromQL. unit: one of UNITS; default 'short'."""

    title: str
    queries: Mapping[str, str]
    unit: str = "short"


@dataclass(frozen=True)
class LogsPanel:
    """A logs panel over Loki. query: LogQL, a stream selector such as
    '{namespace="shop-web", container="app"}' and optional filters. datasource_uid: the Loki
    data source's uid in Grafana; default 'loki'."""

    title: str
    query: str
    datasource_uid: str = "loki"


LOG_SELECTOR = re.compile(
    r'^\{\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(=|!=|=~|!~)\s*"[^"]*"(\s*,\s*[a-zA-Z_][a-zA-Z0-9_]*\s*(=|!=|=~|!~)\s*"[^"]*")*\s*\}'
)


class GrafanaDashboard(Construct):
    """namespace: where the Grafana sidecar looks (default 'monitoring'). title, panels.
    name: the ConfigMap's name and the dashboard uid; default the construct id.
    Panels are laid out two per row; a LogsPanel shows the matching log lines from Loki."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        title: str,
        panels: Sequence[Panel | LogsPanel],
        namespace: str = "monitoring",
        name: str | None = None,
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id, max_length=40)
        check.dns_label(where, "namespace", namespace)
        check.non_empty_text(where, "title", title)
        if isinstance(panels, (Panel, LogsPanel, str)) or not isinstance(panels, Sequence):
            raise ConfigError(where, "panels", panels, "a sequence of Panel or LogsPanel values", "wrap a single panel: panels=[panel]")
        if not panels:
            raise ConfigError(where, "panels", panels, "at least one Panel")
        rendered = []
        for i, panel in enumerate(panels):
            if isinstance(panel, LogsPanel):
                check.non_empty_text(where, f"panels[{i}].title", panel.title)
                if not isinstance(panel.query, str) or not LOG_SELECTOR.match(panel.query):
                    raise ConfigError(
                        where, f"panels[{i}].query", panel.query, 'LogQL starting with a stream selector such as {namespace="apps"}'
                    )
                check.dns_label(where, f"panels[{i}].datasource_uid", panel.datasource_uid)
                source = {"type": "loki", "uid": panel.datasource_uid}
                rendered.append(
                    {
                        "id": i + 1,
                        "type": "logs",
                        "title": panel.title,
                        "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)},
                        "datasource": source,
                        "options": {"showTime": True, "sortOrder": "Descending", "wrapLogMessage": True},
                        "targets": [{"refId": "A", "expr": panel.query, "datasource": source}],
                    }
                )
                continue
            check.instance_of(where, f"panels[{i}]", panel, Panel, "dirtbike_constructs.Panel or LogsPanel values")
            check.one_of(where, f"panels[{i}].unit", panel.unit, UNITS)
            check.mapping(where, f"panels[{i}].queries", panel.queries, "legend -> PromQL", "Panel(title, {'{{pod}}': 'expr'})")
            if not panel.queries:
                raise ConfigError(where, f"panels[{i}].queries", panel.queries, "at least one query")
            targets = []
            for ref, (legend, expr) in enumerate(panel.queries.items()):
                try:
                    parse_promql(expr)
                except ValueError as error:
                    raise ConfigError(where, f"panels[{i}].queries[{legend!r}]", expr, f"valid PromQL ({error})") from None
                targets.append({"refId": chr(ord("A") + ref), "expr": expr, "legendFormat": legend})
            rendered.append(
                {
                    "id": i + 1,
                    "type": "timeseries",
                    "title": panel.title,
                    "gridPos": {"h": 8, "w": 12, "x": 12 * (i % 2), "y": 8 * (i // 2)},
                    "datasource": {"type": "prometheus", "uid": "${datasource}"},
                    "fieldConfig": {"defaults": {"unit": panel.unit}, "overrides": []},
                    "targets": targets,
                }
            )
        dashboard = {
            "uid": name,
            "title": title,
            "schemaVersion": 39,
            "editable": False,
            "timezone": "browser",
            "time": {"from": "now-6h", "to": "now"},
            "refresh": "1m",
            "tags": [part_of] if part_of else [],
            "templating": {"list": [{"name": "datasource", "type": "datasource", "query": "prometheus"}]},
            "panels": rendered,
        }
        attach(self, scope, id, where)
        self.name = name
        labels = {**recommended_labels(name=name, instance=name, component="dashboard", part_of=part_of), "grafana_dashboard": "1"}
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": object_meta(name, namespace, labels),
                "data": {f"{name}.json": json.dumps(dashboard, indent=2, sort_keys=True) + "\n"},
            },
        )
