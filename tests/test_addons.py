"""The cluster's add-ons (dist/clusters/<cluster>/): every chart pinned to one version, and
every value dist/ relies on (monitor selector, dashboard sidecar label, operator namespaces and
pod labels in the policies, entry points, monitors for Traefik and cert-manager, storage
classes) agreeing with what the environments render."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT, dist_objects

from dirtbike_constructs import ConfigError, HelmChart, PlatformNamespace
from dirtbike_constructs.helm_chart import EXACT_VERSION
from dirtbike_site import environments, peers, prerequisites
from dirtbike_site.addons import contract, for_cluster, system_upgrade

CLUSTERS = list(environments.CLUSTERS)


def cluster_objects(cluster: str) -> list[dict]:
    return [yaml.safe_load(p.read_text()) for p in sorted((ROOT / "dist" / "clusters" / cluster).rglob("*.yaml"))]


def charts(cluster: str) -> dict[str, dict]:
    return {m["metadata"]["name"]: m for m in cluster_objects(cluster) if m["kind"] == "HelmChart"}


def values(cluster: str, release: str) -> dict:
    return yaml.safe_load(charts(cluster)[release]["spec"]["valuesContent"])


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_every_add_on_renders_pinned_for_every_cluster(cluster):
    rendered = charts(cluster)
    assert set(rendered) == {
        "longhorn",
        "kube-prometheus-stack",
        "cert-manager",
        "sealed-secrets",
        "cnpg",
        "barman-cloud",
        "traefik",
        "loki",
        "alloy",
    }
    for name, chart in rendered.items():
        spec = chart["spec"]
        assert EXACT_VERSION.match(spec["version"]), f"{name}: {spec['version']} is not one exact version"
        assert not re.search(r"[\^~*x<>=|, ]", spec["version"]), name
        assert spec["repo"].startswith("https://"), name
        assert chart["metadata"]["namespace"] == "kube-system"  # where k3s' helm-controller runs its add-ons
    expected = {a.name: a.version for a in for_cluster(environments.CLUSTERS[cluster])}
    assert {n: c["spec"]["version"] for n, c in rendered.items()} == expected


@pytest.mark.parametrize("env", environments.NAMES)
def test_monitors_and_rules_carry_the_label_prometheus_selects(env):
    environment = environments.get(env)
    assert dict(environment.prometheus_selector) == dict(contract.PROMETHEUS_SELECTOR)
    spec = values(environment.cluster, contract.PROMETHEUS_RELEASE)["prometheus"]["prometheusSpec"]
    for kind_selector in ("serviceMonitorSelector", "podMonitorSelector", "ruleSelector"):
        assert spec[kind_selector]["matchLabels"] == dict(contract.PROMETHEUS_SELECTOR)
        assert spec[kind_selector + "NilUsesHelmValues"] is False
    wanted = set(contract.PROMETHEUS_SELECTOR.items())
    monitored = [m for m in dist_objects(env) if m["kind"] in ("PodMonitor", "ServiceMonitor", "PrometheusRule")]
    assert monitored and all(wanted <= set(m["metadata"]["labels"].items()) for m in monitored)


@pytest.mark.parametrize("env", environments.NAMES)
def test_dashboards_carry_the_sidecar_label_where_grafana_looks(env):
    grafana = values(environments.get(env).cluster, contract.PROMETHEUS_RELEASE)["grafana"]
    sidecar = grafana["sidecar"]["dashboards"]
    dashboards = [m for m in dist_objects(env) if m["kind"] == "ConfigMap" and sidecar["label"] in m["metadata"]["labels"]]
    assert dashboards
    for m in dashboards:
        assert m["metadata"]["labels"][sidecar["label"]] == sidecar["labelValue"]
        assert sidecar["searchNamespace"] == "ALL" or m["metadata"]["namespace"] == contract.MONITORING_NAMESPACE
    assert {(sidecar["label"], sidecar["labelValue"])} == {contract.DASHBOARD_LABEL}
    # The CloudNativePG operator's own dashboard goes to the same sidecar.
    cnpg = values(environments.get(env).cluster, "cnpg")["monitoring"]["grafanaDashboard"]
    assert cnpg["labels"] == {sidecar["label"]: sidecar["labelValue"]}


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_policy_peers_are_where_the_add_ons_run(cluster):
    rendered = charts(cluster)
    assert peers.TRAEFIK.namespace == rendered["traefik"]["spec"]["targetNamespace"]
    assert peers.CNPG_OPERATOR.namespace == rendered["cnpg"]["spec"]["targetNamespace"]
    assert peers.PROMETHEUS.namespace == rendered[contract.PROMETHEUS_RELEASE]["spec"]["targetNamespace"]
    assert dict(peers.TRAEFIK.selector) == dict(contract.TRAEFIK_POD_LABELS)
    assert dict(peers.CNPG_OPERATOR.selector) == dict(contract.CNPG_POD_LABELS)
    assert dict(peers.PROMETHEUS.selector) == dict(contract.PROMETHEUS_POD_LABELS)
    # Traefik's pods are spread over the nodes by the same labels.
    spread = values(cluster, "traefik")["topologySpreadConstraints"][0]
    assert spread["labelSelector"]["matchLabels"] == dict(contract.TRAEFIK_POD_LABELS)
    # The Barman Cloud plugin must run beside the operator.
    assert rendered["barman-cloud"]["spec"]["targetNamespace"] == rendered["cnpg"]["spec"]["targetNamespace"]


@pytest.mark.parametrize("env", environments.NAMES)
def test_routes_use_entry_points_traefik_defines(env):
    traefik = values(environments.get(env).cluster, "traefik")
    defined = set(traefik["ports"])
    assert set(prerequisites.ENTRY_POINTS) == set(contract.TRAEFIK_ENTRY_POINTS) <= defined
    used = {ep for m in dist_objects(env) if m["kind"] == "IngressRoute" for ep in m["spec"]["entryPoints"]}
    assert used and used <= defined


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_traefik_is_highly_available_and_scraped(cluster):
    traefik = values(cluster, "traefik")
    assert traefik["deployment"]["replicas"] >= 2
    assert traefik["topologySpreadConstraints"][0]["topologyKey"] == "kubernetes.io/hostname"
    assert traefik["topologySpreadConstraints"][0]["whenUnsatisfiable"] == "DoNotSchedule"
    assert traefik["podDisruptionBudget"] == {"enabled": True, "minAvailable": 1}
    monitor = traefik["metrics"]["prometheus"]["serviceMonitor"]
    assert monitor["enabled"] and monitor["additionalLabels"] == dict(contract.PROMETHEUS_SELECTOR)
    assert "0.5" in traefik["metrics"]["prometheus"]["buckets"].split(",")  # the latency SLO's threshold
    assert traefik["service"]["spec"]["externalTrafficPolicy"] == "Local"  # admin_access sees client addresses


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_cert_manager_installs_its_crds_and_is_scraped(cluster):
    cm = values(cluster, "cert-manager")
    assert cm["crds"] == {"enabled": True}
    monitor = cm["prometheus"]["servicemonitor"]
    assert cm["prometheus"]["enabled"] and monitor["enabled"] and monitor["labels"] == dict(contract.PROMETHEUS_SELECTOR)


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_add_ons_store_on_the_clusters_storage_classes(cluster):
    classes = {c.name for c in environments.CLUSTERS[cluster].storage_classes}
    prometheus = values(cluster, contract.PROMETHEUS_RELEASE)["prometheus"]["prometheusSpec"]
    assert prometheus["storageSpec"]["volumeClaimTemplate"]["spec"]["storageClassName"] in classes
    assert values(cluster, "loki")["singleBinary"]["persistence"]["storageClass"] in classes
    longhorn = values(cluster, "longhorn")
    assert longhorn["persistence"]["defaultClass"] is False


@pytest.mark.parametrize("cluster", CLUSTERS)
def test_namespaces_below_restricted_say_why_and_are_listed_in_the_readme(cluster):
    readme = (ROOT / "README.md").read_text()
    namespaces = [m for m in cluster_objects(cluster) if m["kind"] == "Namespace"]
    relaxed = []
    for ns in namespaces:
        labels = ns["metadata"]["labels"]
        level = labels["pod-security.kubernetes.io/enforce"]
        assert labels["pod-security.kubernetes.io/audit"] == labels["pod-security.kubernetes.io/warn"] == level
        if level != "restricted":
            relaxed.append(ns["metadata"]["name"])
            assert ns["metadata"]["annotations"]["security.dirtbike.io/pod-security-reason"]
            assert f"`{ns['metadata']['name']}`" in readme, f"README's exceptions do not list {ns['metadata']['name']}"
    assert set(relaxed) == {
        contract.LONGHORN_NAMESPACE,
        contract.LOG_COLLECTOR_NAMESPACE,
        contract.MONITORING_NAMESPACE,
        system_upgrade.NAMESPACE,
    }
    # Every add-on namespace the project owns is rendered; kube-system is k3s'.
    owned = {a.namespace for a in for_cluster(environments.CLUSTERS[cluster])} - {"kube-system"} | {system_upgrade.NAMESPACE}
    assert {ns["metadata"]["name"] for ns in namespaces} == owned


def test_helm_chart_refuses_ranges_plain_http_and_non_data(chart):
    ok = dict(name="x", chart="x", repo="https://charts.example.org", version="1.2.3", target_namespace="x", values={})
    HelmChart(chart, "fine", **ok)
    for field, bad in (
        ("version", "^1.2.3"),
        ("version", "1.2.x"),
        ("version", ">=1.2.3"),
        ("version", "latest"),
        ("repo", "http://charts.example.org"),
        ("values", {"a": object()}),
        ("values", {1: "a"}),
        ("name", "Bad_Name"),
        ("timeout", "ten"),
    ):
        with pytest.raises(ConfigError, match=field):
            HelmChart(chart, f"bad-{len(field)}-{abs(hash(str(bad)))}", **{**ok, field: bad})


def test_platform_namespace_needs_a_reason_below_restricted(chart):
    PlatformNamespace(chart, "ok", name="ok")
    with pytest.raises(ConfigError, match="reason"):
        PlatformNamespace(chart, "bad", name="bad", pod_security="privileged")
    with pytest.raises(ConfigError, match="pod_security"):
        PlatformNamespace(chart, "worse", name="worse", pod_security="open", reason="x")


def test_capacity_counts_the_add_ons():
    from dirtbike_site import capacity

    for cluster in CLUSTERS:
        whole = capacity.cluster_usage(cluster)
        assert contract.MONITORING_NAMESPACE in whole and contract.TRAEFIK_NAMESPACE in whole


@pytest.mark.parametrize("env", environments.NAMES)
def test_wordpress_and_postgresql_dashboards_show_their_logs_from_loki(env):
    import json

    kps = values(environments.get(env).cluster, contract.PROMETHEUS_RELEASE)
    (loki,) = [d for d in kps["grafana"]["additionalDataSources"] if d["type"] == "loki"]
    assert loki["url"] == contract.LOKI_URL and contract.LOKI_URL.startswith(f"http://{contract.LOKI_RELEASE}.")
    alloy = values(environments.get(env).cluster, "alloy")["alloy"]["configMap"]["content"]
    assert f'url = "{contract.LOKI_URL}/loki/api/v1/push"' in alloy
    logs = {}
    for m in dist_objects(env):
        if m["kind"] == "ConfigMap" and contract.DASHBOARD_LABEL[0] in m["metadata"]["labels"]:
            dashboard = json.loads(next(iter(m["data"].values())))
            for panel in dashboard["panels"]:
                if panel["type"] == "logs":
                    logs[dashboard["title"]] = panel
    assert {t.split(": ")[1] for t in logs} == {"WordPress blue/green", "PostgreSQL"}
    for panel in logs.values():
        assert panel["datasource"] == {"type": "loki", "uid": loki["uid"]}
        labels = set(re.findall(r"([a-z_]+)\s*=~?", panel["targets"][0]["expr"]))
        assert labels and all(f'target_label  = "{label}"' in alloy for label in labels)
