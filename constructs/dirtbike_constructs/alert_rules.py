"""AlertRules: a PrometheusRule of alerts whose expressions are parsed at construction."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

ALERT_NAME = re.compile(r"[A-Z][A-Za-z0-9]*")


@dataclass(frozen=True)
class Alert:
    """One alerting rule. name: CamelCase. expr: PromQL (parsed when the construct is built).
    for_: how long the condition must hold; default '5m'. severity: 'critical' (page),
    'warning' (ticket) or 'info'. summary / description: what a person reads first.
    runbook_url: where the fix is written down (an https:// URL or a repository path such
    as 'docs/runbooks/X.md'); default None. labels: extra labels."""

    name: str
    expr: str
    summary: str
    description: str
    severity: Literal["critical", "warning", "info"] = "warning"
    for_: str = "5m"
    runbook_url: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)


def parse_promql(expr: str) -> None:
    """Raise ValueError when expr is not valid PromQL."""
    import promql_parser

    promql_parser.parse(expr)


class AlertRules(Construct):
    """A `monitoring.coreos.com/v1` PrometheusRule with one group per name in `groups`.

    namespace, name (default the construct id). groups: group name -> Alert values.
    selector_labels: labels Prometheus selects rules by (e.g. the Helm release).
    Attributes: `alerts` (every Alert, in order)."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        groups: Mapping[str, Sequence[Alert]],
        name: str | None = None,
        selector_labels: Mapping[str, str] | None = None,
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        extra = check.label_map(where, "selector_labels", selector_labels or {})
        check.mapping(where, "groups", groups, "group name -> a sequence of Alert", "groups={'web': [Alert(...), ...]}")
        if not groups:
            raise ConfigError(where, "groups", groups, "at least one group of alerts")
        rendered_groups, alerts = [], []
        for group, rules in groups.items():
            check.dns_label(where, "groups key", group)
            check.sequence_of(where, f"groups[{group!r}]", rules, Alert, "dirtbike_constructs.Alert values")
            rendered = []
            for alert in rules:
                here = f"groups[{group!r}][{getattr(alert, 'name', alert)!r}]"
                check.instance_of(where, here, alert, Alert, "dirtbike_constructs.Alert values")
                if not ALERT_NAME.fullmatch(alert.name):
                    raise ConfigError(where, f"{here}.name", alert.name, "a CamelCase alert name such as 'PostgresInstanceDown'")
                try:
                    parse_promql(alert.expr)
                except ValueError as error:
                    raise ConfigError(where, f"{here}.expr", alert.expr, f"valid PromQL ({error})") from None
                check.prometheus_duration(where, f"{here}.for_", alert.for_)
                check.one_of(where, f"{here}.severity", alert.severity, ("critical", "warning", "info"))
                check.non_empty_text(where, f"{here}.summary", alert.summary)
                check.non_empty_text(where, f"{here}.description", alert.description)
                annotations = {"summary": alert.summary, "description": alert.description}
                if alert.runbook_url is not None:
                    if not re.fullmatch(r"(https://\S+|[\w.-]+(/[\w.-]+)*\.md)", alert.runbook_url):
                        raise ConfigError(
                            where,
                            f"{here}.runbook_url",
                            alert.runbook_url,
                            "an https:// URL, or a path of a Markdown file in the repository",
                        )
                    annotations["runbook_url"] = alert.runbook_url
                labels = check.prometheus_labels(where, f"{here}.labels", alert.labels)
                if labels.get("severity", alert.severity) != alert.severity:
                    raise ConfigError(
                        where,
                        f"{here}.labels['severity']",
                        labels["severity"],
                        f"the alert's own severity ({alert.severity!r}) or no severity label",
                        "set severity= on the Alert; the label is rendered from it",
                    )
                rendered.append(
                    {
                        "alert": alert.name,
                        "expr": alert.expr,
                        "for": alert.for_,
                        "labels": {"severity": alert.severity, **labels},
                        "annotations": annotations,
                    }
                )
                alerts.append(alert)
            check.unique(where, f"groups[{group!r}] alert name", [a["alert"] for a in rendered])
            rendered_groups.append({"name": group, "rules": rendered})
        attach(self, scope, id, where)
        self.name = name
        self.alerts = alerts
        labels = {**recommended_labels(name=name, instance=name, component="monitoring", part_of=part_of), **extra}
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "monitoring.coreos.com/v1",
                "kind": "PrometheusRule",
                "metadata": object_meta(name, namespace, labels),
                "spec": {"groups": rendered_groups},
            },
        )
