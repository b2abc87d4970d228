"""Class 3 of the bad inputs: every map that becomes labels or a label selector is held to the
one label validator (`_validate.label_map`: qualified keys, label values), where it is given
(the error names the prop) and again on every rendered object (`_labels.check_manifest_labels`,
called by `ManifestObject`), so `part_of` and whatever a construct builds from its props cannot
slip past."""

from __future__ import annotations

import dataclasses

import pytest
from factories import API_SERVER, container, pg_cluster

from dirtbike_constructs import (
    Alert,
    AlertRouting,
    AlertRules,
    ConfigError,
    CnpgPooler,
    DeploymentProps,
    ExternalPeer,
    GrafanaDashboard,
    HardenedDeployment,
    Panel,
    PersistentClaim,
    PodMetrics,
    RedirectScheme,
    TraefikMiddleware,
    WebhookReceiver,
    ZeroTrustNamespace,
)
from dirtbike_constructs.meta import ManifestObject
from dirtbike_site import environments

BAD_VALUES = ["kube prometheus", "-release", "a" * 64, "x/y", "release\n"]
BAD_KEYS = ["-team", "team name", "Example.org/team", "/team", "a" * 64]


def _web(chart):
    return HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container()))


def _alerts(chart, **props):
    return AlertRules(chart, "alerts", namespace="shop", groups={"web": [Alert("WebDown", "up == 0", "down", "no scrape")]}, **props)


def _routing(chart, **props):
    hook = WebhookReceiver("chat", "url")
    return AlertRouting(
        chart,
        "routing",
        namespace="shop",
        match={"environment": "shop"},
        secret="hooks",
        receivers={s: hook for s in ("critical", "warning", "info")},
        **props,
    )


# (construct, the prop holding a label map) for every prop that becomes labels or a selector.
LABEL_PROPS = {
    "monitor_labels": lambda c, m: pg_cluster(c, monitor_labels=m),
    "pooler labels": lambda c, m: CnpgPooler(
        c, "pooler", name="pooler", cluster=pg_cluster(c), labels=m, api_server=API_SERVER, spec={"cluster": {"name": "pg"}}
    ),
    "dns_pod_selector": lambda c, m: ZeroTrustNamespace(c, "ns", name="shop", dns_pod_selector=m),
    "peer selector": lambda c, m: ExternalPeer.pods("metrics", namespace="monitoring", selector=m).validate("peer"),
    "pod metrics selector_labels": lambda c, m: PodMetrics(c, "metrics", target=_web(c), port="http", selector_labels=m),
    "alert rules selector_labels": lambda c, m: _alerts(c, selector_labels=m),
    "alert routing selector_labels": lambda c, m: _routing(c, selector_labels=m),
    "pod_labels": lambda c, m: HardenedDeployment(c, "api", DeploymentProps(namespace="shop", container=container(), pod_labels=m)),
    "node_selector": lambda c, m: HardenedDeployment(c, "api", DeploymentProps(namespace="shop", container=container(), node_selector=m)),
}


@pytest.mark.parametrize("prop", LABEL_PROPS)
@pytest.mark.parametrize("value", BAD_VALUES)
def test_a_bad_label_value_is_refused_in_every_label_prop(chart, prop, value):
    with pytest.raises(ConfigError) as error:
        LABEL_PROPS[prop](chart, {"release": value})
    assert "label value" in error.value.allowed


@pytest.mark.parametrize("prop", LABEL_PROPS)
@pytest.mark.parametrize("key", BAD_KEYS)
def test_a_bad_label_key_is_refused_in_every_label_prop(chart, prop, key):
    with pytest.raises(ConfigError) as error:
        LABEL_PROPS[prop](chart, {key: "x"})
    assert "key" in error.value.field


# Every construct taking part_of puts it in app.kubernetes.io/part-of.
PART_OF = {
    "middleware": lambda c, p: TraefikMiddleware(c, "https", namespace="shop", spec=RedirectScheme(), part_of=p),
    "claim": lambda c, p: PersistentClaim(c, "claim", namespace="shop", size="1Gi", part_of=p),
    "pod metrics": lambda c, p: PodMetrics(c, "metrics", target=_web(c), port="http", part_of=p),
    "alert rules": lambda c, p: _alerts(c, part_of=p),
    "alert routing": lambda c, p: _routing(c, part_of=p),
    "dashboard": lambda c, p: GrafanaDashboard(c, "board", title="Shop", panels=[Panel("Up", {"{{pod}}": "up"})], part_of=p),
    "namespace": lambda c, p: ZeroTrustNamespace(c, "ns", name="shop", part_of=p),
    "cluster": lambda c, p: pg_cluster(c, part_of=p),
    "deployment": lambda c, p: HardenedDeployment(c, "api", DeploymentProps(namespace="shop", container=container(), part_of=p)),
}


@pytest.mark.parametrize("construct", PART_OF)
def test_part_of_is_a_label_value_everywhere(chart, construct):
    with pytest.raises(ConfigError) as error:
        PART_OF[construct](chart, "the web site")
    assert "label value" in error.value.allowed


def test_the_environments_prometheus_selector_is_a_label_map():
    env = dataclasses.replace(environments.ENVIRONMENTS["dev"], prometheus_selector={"release": "kube prometheus stack"})
    with pytest.raises(ConfigError) as error:
        env.validate()
    assert error.value.field == "prometheus_selector['release']"


def test_every_rendered_selector_is_checked(chart):
    manifest = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "svc", "namespace": "shop", "labels": {}},
        "spec": {"selector": {"app": "we b"}},
    }
    with pytest.raises(ConfigError) as error:
        ManifestObject(chart, "svc", manifest)
    assert error.value.field == "Service svc: spec.selector['app']"
    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "np", "namespace": "shop"},
        "spec": {"podSelector": {"matchLabels": {"app": "web-"}}},
    }
    with pytest.raises(ConfigError) as error:
        ManifestObject(chart, "np", policy)
    assert error.value.field == "NetworkPolicy np: spec.podSelector.matchLabels['app']"
