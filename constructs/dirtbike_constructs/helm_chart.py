"""HelmChart: a k3s `helm.cattle.io/v1` HelmChart, installed by the cluster's own helm-controller
from a chart repository at one exact chart version, with values built in Python."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml
from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

#: An exact chart version: semver with an optional leading 'v' (cert-manager's charts use it);
#: no ranges ('^1.2', '~1.2', '>=1', '1.x'), which helm would resolve at install time.
EXACT_VERSION = re.compile(r"v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?")
REPOSITORY = re.compile(r"https://[a-z0-9.-]+(/[A-Za-z0-9._~/-]*)?")


def _plain(where: str, field: str, value: Any) -> Any:
    """Values must be plain YAML data (what helm reads): mappings with string keys, lists,
    strings, numbers, booleans, None."""
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ConfigError(where, f"{field} key", key, "string keys only (helm values are YAML mappings)")
            out[key] = _plain(where, f"{field}.{key}", item)
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(where, f"{field}[{i}]", item) for i, item in enumerate(value)]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise ConfigError(where, field, value, "plain data: mappings, lists, strings, numbers, booleans or None")


class HelmChart(Construct):
    """A chart the cluster installs itself (k3s helm-controller; no helm on the operator's machine).

    name: the Helm release name, also the object's name (charts label their objects with it,
    e.g. kube-prometheus-stack's `release` label). chart: the chart's name in `repo`.
    repo: the chart repository, an https:// URL. version: one exact chart version (no range).
    target_namespace: where the release is installed. values: the chart's values, plain data,
    rendered as `valuesContent` YAML (keys sorted, so the output is stable).
    namespace: where the HelmChart object lives; default 'kube-system' (where k3s' own add-ons
    are). timeout: helm's timeout; default '10m'. Attributes: `name`, `version`, `values`."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        chart: str,
        repo: str,
        version: str,
        target_namespace: str,
        values: Mapping[str, Any],
        namespace: str = "kube-system",
        timeout: str = "10m",
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        check.dns_label(where, "name", name, max_length=53)  # helm's release name limit
        check.dns_label(where, "chart", chart)
        check.dns_label(where, "namespace", namespace)
        check.dns_label(where, "target_namespace", target_namespace)
        if not isinstance(repo, str) or not REPOSITORY.fullmatch(repo):
            raise ConfigError(where, "repo", repo, "an https:// chart repository URL", "use the repository the chart's project documents")
        if not isinstance(version, str) or not EXACT_VERSION.fullmatch(version):
            raise ConfigError(
                where,
                "version",
                version,
                "one exact chart version such as '1.21.1' or 'v1.21.1'",
                "a range resolves to whatever is newest at install time: pin the version you reviewed",
            )
        check.go_duration(where, "timeout", timeout)
        if not isinstance(values, Mapping):
            raise ConfigError(where, "values", values, "a mapping of the chart's values")
        plain = _plain(where, "values", values)
        attach(self, scope, id, where)
        self.name = name
        self.version = version
        self.values: dict[str, Any] = plain
        labels = recommended_labels(name=chart, instance=name, component="add-on", part_of=part_of, version=version)
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "helm.cattle.io/v1",
                "kind": "HelmChart",
                "metadata": object_meta(name, namespace, labels),
                "spec": {
                    "chart": chart,
                    "repo": repo,
                    "version": version,
                    "targetNamespace": target_namespace,
                    "timeout": timeout,
                    "valuesContent": yaml.safe_dump(plain, sort_keys=True, default_flow_style=False, width=4096),
                },
            },
        )
