"""Alertmanager routing: every alert each environment defines reaches one of that environment's
receivers (as Alertmanager would route it through the environment's AlertmanagerConfig), a
critical silences the warnings of its group, and the receivers' URLs are sealed credentials."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT, dist_objects, find, synth

from dirtbike_constructs import AlertRouting, ConfigError, WebhookReceiver
from dirtbike_site import environments
from dirtbike_site.addons import contract
from dirtbike_site.credentials import required


def matches(matchers: list[dict], labels: dict[str, str]) -> bool:
    for m in matchers:
        value = labels.get(m["name"], "")
        kind = m.get("matchType", "=")
        ok = {
            "=": value == m["value"],
            "!=": value != m["value"],
            "=~": re.fullmatch(m["value"], value) is not None,
            "!~": re.fullmatch(m["value"], value) is None,
        }[kind]
        if not ok:
            return False
    return True


def route(config: dict, labels: dict[str, str]) -> str | None:
    """The receiver Alertmanager picks in this config for an alert, or None when it does not
    match the config at all (the root route's null receiver then gets it)."""
    top = config["spec"]["route"]
    if not matches(top.get("matchers", []), labels):
        return None
    for child in top.get("routes", []):
        if matches(child.get("matchers", []), labels):
            return child["receiver"]
    return top["receiver"]


def inhibited(config: dict, target: dict[str, str], firing: list[dict[str, str]]) -> bool:
    for rule in config["spec"].get("inhibitRules", []):
        if not matches(rule["targetMatch"], target):
            continue
        for source in firing:
            if (
                source is not target
                and matches(rule["sourceMatch"], source)
                and all(source.get(k) == target.get(k) for k in rule.get("equal", []))
            ):
                return True
    return False


def alert_labels(env: str) -> list[dict[str, str]]:
    return [
        {"alertname": r["alert"], **r["labels"]}
        for m in dist_objects(env)
        if m["kind"] == "PrometheusRule"
        for g in m["spec"]["groups"]
        for r in g["rules"]
    ]


def config_of(env: str) -> dict:
    (config,) = [m for m in dist_objects(env) if m["kind"] == "AlertmanagerConfig"]
    return config


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_alert_reaches_a_receiver_of_its_environment(env):
    config = config_of(env)
    receivers = {r["name"] for r in config["spec"]["receivers"]}
    alerting = environments.get(env).alerting
    for labels in alert_labels(env):
        assert labels["environment"] == env and labels["alertgroup"]
        got = route(config, labels)
        assert got in receivers, labels
        expected = alerting.critical if labels["severity"] == "critical" else alerting.warning
        assert got == expected.name, labels
        # No other environment's configuration takes it.
        for other in environments.NAMES:
            if other != env:
                assert route(config_of(other), labels) is None


@pytest.mark.parametrize("env", environments.NAMES)
def test_a_critical_silences_the_warnings_of_its_group_only(env):
    config = config_of(env)
    labels = alert_labels(env)
    for group in {a["alertgroup"] for a in labels}:
        in_group = [a for a in labels if a["alertgroup"] == group]
        if not any(a["severity"] == "critical" for a in in_group):
            continue
        for alert in in_group:
            assert inhibited(config, alert, in_group) == (alert["severity"] != "critical"), alert
            others = [a for a in labels if a["alertgroup"] != group and a["severity"] == "critical"]
            assert not inhibited(config, alert, others) or alert["severity"] == "critical"


@pytest.mark.parametrize("env", environments.NAMES)
def test_receivers_read_sealed_credentials_and_alertmanager_selects_the_config(env):
    environment = environments.get(env)
    config = config_of(env)
    (credential,) = [c for c in required(environment) if c.name == "alertmanager-receivers"]
    assert config["metadata"]["namespace"] == credential.namespace_in(environment)
    for receiver in config["spec"]["receivers"]:
        for hook in receiver["webhookConfigs"]:
            assert "url" not in hook  # never written out: the URL carries a token
            assert hook["urlSecret"]["name"] == credential.name and hook["urlSecret"]["key"] in credential.keys
    path = ROOT / "dist" / "clusters" / environment.cluster / "kube-system" / "15-helmchart-kube-prometheus-stack.yaml"
    spec = yaml.safe_load(yaml.safe_load(path.read_text())["spec"]["valuesContent"])["alertmanager"]["alertmanagerSpec"]
    assert spec["alertmanagerConfigSelector"]["matchLabels"].items() <= config["metadata"]["labels"].items()
    assert spec["alertmanagerConfigNamespaceSelector"] == {}  # every namespace
    assert spec["alertmanagerConfigMatcherStrategy"] == {"type": "None"}  # routes match on `environment`
    assert dict(contract.PROMETHEUS_SELECTOR).items() <= config["metadata"]["labels"].items()


def test_alert_routing_refuses_gaps_and_an_empty_scope(chart):
    hook = WebhookReceiver("chat", "url")
    ok = dict(namespace="apps", match={"environment": "x"}, secret="hooks", receivers={"critical": hook, "warning": hook, "info": hook})
    AlertRouting(chart, "fine", **ok)
    spec = find(synth(chart), "AlertmanagerConfig")["spec"]
    assert spec["route"]["routes"] == [] and [r["name"] for r in spec["receivers"]] == ["chat"]
    with pytest.raises(ConfigError, match="receivers"):
        AlertRouting(chart, "gap", **{**ok, "receivers": {"critical": hook, "warning": hook}})
    with pytest.raises(ConfigError, match="match"):
        AlertRouting(chart, "all", **{**ok, "match": {}})
    with pytest.raises(ConfigError, match="one definition per receiver name"):
        AlertRouting(chart, "clash", **{**ok, "receivers": {"critical": WebhookReceiver("chat", "other"), "warning": hook, "info": hook}})
