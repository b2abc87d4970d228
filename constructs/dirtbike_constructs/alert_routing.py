"""AlertRouting: one environment's routes in a shared Alertmanager, as a prometheus-operator
`AlertmanagerConfig`: its alerts (matched by a label) go per severity to its receivers, and a
critical alert silences the warnings of its own group."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

SEVERITIES = ("critical", "warning", "info")


@dataclass(frozen=True)
class WebhookReceiver:
    """A receiver that POSTs Alertmanager's JSON to a URL. The URL usually carries a token, so
    it is read from the Secret key `url_key` (of the construct's `secret`), never written out."""

    name: str
    url_key: str
    send_resolved: bool = True


class AlertRouting(Construct):
    """namespace, name: where the AlertmanagerConfig lives (its Secret must be there too).
    match: the labels every alert of this scope carries (e.g. {'environment': 'prod'}).
    receivers: severity -> WebhookReceiver, for every one of SEVERITIES (several severities
    may share one receiver). secret: the Secret holding the receivers' URLs.
    inhibit_by: the label within which a critical silences warnings and infos; default
    'alertgroup'. group_by: default ('alertname', inhibit_by). selector_labels: what
    Alertmanager selects configurations by. Attributes: `receivers`, `match`, `inhibit_by`."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        match: Mapping[str, str],
        receivers: Mapping[Literal["critical", "warning", "info"], WebhookReceiver],
        secret: str,
        name: str | None = None,
        inhibit_by: str = "alertgroup",
        group_by: tuple[str, ...] | None = None,
        selector_labels: Mapping[str, str] | None = None,
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        check.dns_subdomain(where, "secret", secret)
        match = check.prometheus_labels(where, "match", match)
        if not match:
            raise ConfigError(
                where,
                "match",
                match,
                "at least one label every alert of this scope carries",
                "without it these routes would take every alert of the Alertmanager",
            )
        if set(receivers) != set(SEVERITIES):
            raise ConfigError(
                where,
                "receivers",
                sorted(receivers),
                "a receiver for each of " + ", ".join(SEVERITIES),
                "an alert of a severity without a receiver reaches nobody",
            )
        unique: dict[str, WebhookReceiver] = {}
        for severity, receiver in receivers.items():
            check.instance_of(where, f"receivers[{severity!r}]", receiver, WebhookReceiver, "dirtbike_constructs.WebhookReceiver values")
            check.dns_label(where, f"receivers[{severity!r}].name", receiver.name)
            if not isinstance(receiver.url_key, str) or not receiver.url_key:
                raise ConfigError(where, f"receivers[{severity!r}].url_key", receiver.url_key, "a key of the Secret")
            if unique.setdefault(receiver.name, receiver) != receiver:
                raise ConfigError(where, f"receivers[{severity!r}]", receiver, "one definition per receiver name")
        check.label_value(where, "inhibit_by", inhibit_by)
        if group_by is not None:
            for label in check.sequence_of(where, "group_by", group_by, str, "label names"):
                check.non_empty_text(where, "group_by", label)
        group_by = tuple(group_by) if group_by is not None else ("alertname", inhibit_by)
        extra_labels = check.label_map(where, "selector_labels", selector_labels or {})

        # Everything is validated: from here on, only rendering.
        attach(self, scope, id, where)
        self.receivers = dict(receivers)
        self.match = dict(match)
        self.inhibit_by = inhibit_by

        def scope_matchers() -> list[dict[str, str]]:  # fresh dicts: shared ones would become YAML anchors
            # matchType is left out for equality (its default): a bare '=' is a YAML 1.1 tag to some parsers.
            return [{"name": k, "value": v} for k, v in self.match.items()]

        quieter = [s for s in SEVERITIES if s != "critical"]

        def severity_matcher(values: list[str]) -> dict[str, str]:
            return {"name": "severity", "value": "|".join(values), **({"matchType": "=~"} if len(values) > 1 else {})}

        # The top route takes every alert of the scope to the warning receiver; each severity
        # whose receiver differs gets its own route first.
        routes = [
            {"receiver": r.name, "matchers": [severity_matcher([s])]} for s, r in receivers.items() if r.name != receivers["warning"].name
        ]
        spec = {
            "route": {
                "receiver": receivers["warning"].name,
                "matchers": scope_matchers(),
                "groupBy": list(group_by),
                "groupWait": "30s",
                "groupInterval": "5m",
                "repeatInterval": "4h",
                "routes": routes,
            },
            "receivers": [
                {"name": r.name, "webhookConfigs": [{"urlSecret": {"name": secret, "key": r.url_key}, "sendResolved": r.send_resolved}]}
                for r in unique.values()
            ],
            "inhibitRules": [
                {
                    "sourceMatch": [severity_matcher(["critical"]), *scope_matchers()],
                    "targetMatch": [severity_matcher(quieter), *scope_matchers()],
                    "equal": [inhibit_by],
                }
            ],
        }
        labels = {
            **recommended_labels(name=name, instance=name, component="monitoring", part_of=part_of),
            **extra_labels,
        }
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "monitoring.coreos.com/v1alpha1",
                "kind": "AlertmanagerConfig",
                "metadata": object_meta(name, namespace, labels),
                "spec": spec,
            },
        )
