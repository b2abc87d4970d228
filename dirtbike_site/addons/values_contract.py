"""Each add-on's values held to its chart's own contract, before Helm sees them.

A contract is the chart's default `values.yaml` and, where the chart ships one, its
`values.schema.json`, kept per chart version in a contracts folder
(`<chart>/<version>/`, subcharts under `<chart>/<version>/dependencies/<name>/<version>/`).
Three checks, as Helm itself would judge the values at install or silently ignore them:

- the values merged over the defaults the way Helm merges them (maps deep, lists and scalars
  replaced, null deletes the key) validate against the chart's schema, and each subchart's
  merged values against the subchart's schema;
- every key path we set exists in the defaults (the chart's or, under a subchart's key, the
  subchart's), unless it lies under a map the chart passes through as-is (PASS_THROUGH): a key
  the chart does not read is a setting that does nothing;
- a pinned version without a contract is a problem, not a pass, unless NO_CONTRACT names it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft7Validator
from jsonschema.validators import validator_for

#: Per chart: the value paths (dots between keys) whose maps the chart hands on as-is (to a
#: Kubernetes object field, a config file, a label set), so the keys below them are not the
#: chart's to declare; and why.
PASS_THROUGH: Mapping[str, Mapping[str, str]] = {
    "cert-manager": {
        "resources": "the controller container's resources, copied into the pod spec",
        "webhook.resources": "the webhook container's resources, copied into the pod spec",
        "cainjector.resources": "the cainjector container's resources, copied into the pod spec",
        "prometheus.servicemonitor.labels": "labels copied onto the ServiceMonitor",
    },
    "sealed-secrets": {
        "resources": "the controller container's resources, copied into the pod spec",
        "metrics.serviceMonitor.labels": "labels copied onto the ServiceMonitor",
    },
    "cloudnative-pg": {
        "resources": "the operator container's resources, copied into the pod spec",
        "monitoring.podMonitorAdditionalLabels": "labels copied onto the PodMonitor",
        "monitoring.grafanaDashboard.labels": "labels copied onto the dashboard ConfigMap",
    },
    "plugin-barman-cloud": {
        "resources": "the plugin container's resources, copied into the pod spec",
    },
    "traefik": {
        "resources": "the proxy container's resources, copied into the pod spec",
        "service.spec": "fields merged into the Service's spec",
        "metrics.prometheus.serviceMonitor.additionalLabels": "labels copied onto the ServiceMonitor",
    },
    "kube-prometheus-stack": {
        "prometheus.prometheusSpec.resources": "copied into the Prometheus resource's spec",
        "prometheus.prometheusSpec.storageSpec": "copied into the Prometheus resource's spec",
        "prometheus.prometheusSpec.serviceMonitorSelector": "a label selector, copied as-is",
        "prometheus.prometheusSpec.podMonitorSelector": "a label selector, copied as-is",
        "prometheus.prometheusSpec.ruleSelector": "a label selector, copied as-is",
        "alertmanager.alertmanagerSpec.resources": "copied into the Alertmanager resource's spec",
        "alertmanager.alertmanagerSpec.alertmanagerConfigSelector": "a label selector, copied as-is",
        "alertmanager.alertmanagerSpec.alertmanagerConfigMatcherStrategy": "copied into the Alertmanager resource's spec",
        "prometheusOperator.resources": "the operator container's resources, copied into the pod spec",
        "grafana.resources": "Grafana's container resources, copied into the pod spec",
        "kube-state-metrics.resources": "kube-state-metrics' container resources, copied into the pod spec",
        "kube-state-metrics.customResourceState.config": "written as kube-state-metrics' custom resource state file",
    },
    "loki": {
        "loki.schemaConfig": "rendered as Loki's schema_config block",
        "loki.limits_config": "rendered into Loki's limits_config block",
        "loki.compactor": "rendered as Loki's compactor block",
        "singleBinary.resources": "the container's resources, copied into the pod spec",
    },
    "alloy": {
        "alloy.resources": "the agent container's resources, copied into the pod spec",
    },
    "longhorn": {
        "metrics.serviceMonitor.additionalLabels": "labels copied onto the ServiceMonitor",
    },
}

#: Chart versions pinned without a contract in the contracts folder: (chart, version) -> (the
#: version whose contract the values are checked against instead, or None for none; why). The
#: check reports any other pin without a contract.
NO_CONTRACT: Mapping[tuple[str, str], tuple[str | None, str]] = {
    ("sealed-secrets", "2.18.6"): (
        "2.18.5",
        "2.18.6 is in the chart repository's index (appVersion 0.37.0) but not in the contracts folder; "
        "its values.yaml differs from 2.18.5's only in the default image tag (helm-v2.18.5..helm-v2.18.6)",
    ),
}

#: Subcharts whose values key (alias) differs from the subchart's name, per chart.
ALIASES: Mapping[str, Mapping[str, str]] = {"cloudnative-pg": {"monitoring": "cluster"}}


def helm_merge(ours: Any, defaults: Any) -> Any:
    """`ours` over `defaults` as Helm coalesces values: maps merge key by key, all the way down;
    a list or a scalar replaces the default; a null deletes the key."""
    if not isinstance(ours, dict) or not isinstance(defaults, dict):
        return ours
    merged = dict(defaults)
    for key, value in ours.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = helm_merge(value, defaults.get(key))
    return {k: _drop_nulls(v) for k, v in merged.items() if v is not None}


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    return value


def unknown_paths(ours: Mapping[str, Any], defaults: Mapping[str, Any], pass_through: Mapping[str, str], prefix: str = "") -> list[str]:
    """The key paths set in `ours` that `defaults` does not have, not descending into
    pass-through maps or lists (a list replaces the default whole)."""
    found: list[str] = []
    for key, value in ours.items():
        path = f"{prefix}{key}"
        if key not in defaults:
            found.append(path)
        elif isinstance(value, dict) and path not in pass_through:
            default = defaults[key]
            found += unknown_paths(value, default if isinstance(default, dict) else {}, pass_through, path + ".")
    return found


class Contract:
    """One chart version's defaults, schema and subcharts, read from `root/<chart>/<version>/`."""

    def __init__(self, root: Path, chart: str, version: str) -> None:
        self.chart, self.version = chart, version
        self.folder = root / chart / version
        self.defaults: dict[str, Any] = yaml.safe_load((self.folder / "values.yaml").read_text()) or {}
        schema_file = self.folder / "values.schema.json"
        self.schema: dict[str, Any] | None = json.loads(schema_file.read_text()) if schema_file.is_file() else None
        self.subcharts: dict[str, Contract] = {}
        dependencies = self.folder / "dependencies"
        names = {name: alias for alias, name in ALIASES.get(chart, {}).items()}
        for version_dir in sorted(dependencies.glob("*/*")) if dependencies.is_dir() else []:
            name = version_dir.parent.name
            self.subcharts[names.get(name, name)] = Contract(dependencies, name, version_dir.name)

    @staticmethod
    def exists(root: Path, chart: str, version: str) -> bool:
        return (root / chart / version / "values.yaml").is_file()

    def schema_errors(self, merged: Mapping[str, Any], where: str) -> list[str]:
        problems: list[str] = []
        if self.schema is not None:
            validator = validator_for(self.schema, default=Draft7Validator)(self.schema)
            for error in sorted(validator.iter_errors(merged), key=lambda e: list(e.absolute_path)):
                path = ".".join(str(p) for p in error.absolute_path) or "(top)"
                problems.append(f"{where}: {path}: {error.message} (values.schema.json of {self.chart} {self.version})")
        for alias, sub in self.subcharts.items():
            value = merged.get(alias)
            sub_values = dict(value) if isinstance(value, dict) else {}
            if "global" in merged:
                sub_values["global"] = helm_merge(merged["global"], sub_values.get("global"))
            problems += sub.schema_errors(helm_merge(sub_values, sub.defaults), f"{where}/{alias}")
        return problems

    def known_defaults(self) -> dict[str, Any]:
        """The defaults a key path may name: the chart's, with each subchart's defaults merged
        under its key (a key either chart declares exists)."""
        known = dict(self.defaults)
        for alias, sub in self.subcharts.items():
            own = known.get(alias)
            known[alias] = helm_merge(own if isinstance(own, dict) else {}, sub.known_defaults())
        return known


def check(root: Path, *, release: str, chart: str, version: str, values: Mapping[str, Any]) -> list[str]:
    """Every way `values` break chart `chart` at `version`'s contract (empty: none), each naming
    the release, the value path and what the chart allows."""
    where = f"{release} ({chart} {version})"
    if not Contract.exists(root, chart, version):
        if (chart, version) in NO_CONTRACT:
            nearest, _ = NO_CONTRACT[chart, version]
            return [] if nearest is None else check(root, release=release, chart=chart, version=nearest, values=values)
        return [
            f"{where}: no contract for this version in {root} (no {chart}/{version}/values.yaml): add the "
            f"chart's values.yaml and values.schema.json there, or name the pin in NO_CONTRACT with why"
        ]
    contract = Contract(root, chart, version)
    pass_through = PASS_THROUGH.get(chart, {})
    problems = [
        f"{where}: {path} is not a value the chart defines (not in its values.yaml): remove it, or "
        f"name the map it sits in under PASS_THROUGH['{chart}'] with why"
        for path in unknown_paths(values, contract.known_defaults(), pass_through)
    ]
    return problems + contract.schema_errors(helm_merge(dict(values), contract.defaults), where)
