"""ZeroTrustNamespace: namespace labels, default deny, DNS, quotas (flows: test_flows.py)."""

from __future__ import annotations

import cdk8s
import pytest
from conftest import as_yaml, find, synth

from dirtbike_constructs import ConfigError, ContainerDefaults, Quota, ZeroTrustNamespace


def policies(chart):
    return {m["metadata"]["name"]: m["spec"] for m in synth(chart) if m["kind"] == "NetworkPolicy"}


def test_defaults_snapshot(chart, snapshot_yaml):
    """Namespace, default deny, DNS and LimitRange: what every namespace of the site starts with."""
    ZeroTrustNamespace(chart, "ns", name="apps")
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_pod_security_restricted_pinned(chart):
    ZeroTrustNamespace(chart, "ns", name="apps", pod_security_version="v1.31")
    labels = find(synth(chart), "Namespace", "apps")["metadata"]["labels"]
    for mode in ("enforce", "audit", "warn"):
        assert labels[f"pod-security.kubernetes.io/{mode}"] == "restricted"
        assert labels[f"pod-security.kubernetes.io/{mode}-version"] == "v1.31"


def test_default_deny_both_directions_and_dns_only(chart):
    ZeroTrustNamespace(chart, "ns", name="apps")
    specs = policies(chart)
    assert specs["default-deny"] == {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]}
    dns = specs["allow-dns"]
    assert dns["policyTypes"] == ["Egress"] and "ingress" not in dns
    (rule,) = dns["egress"]
    assert rule["to"] == [
        {
            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
            "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
        }
    ]
    assert sorted((p["protocol"], p["port"]) for p in rule["ports"]) == [("TCP", 53), ("UDP", 53)]
    assert set(specs) == {"default-deny", "allow-dns"}


def test_quota_and_limits(chart, snapshot_yaml):
    """ResourceQuota and LimitRange rendered from props."""
    ZeroTrustNamespace(
        chart,
        "ns",
        name="apps",
        quota=Quota(
            requests_cpu="4",
            requests_memory="8Gi",
            limits_cpu="8",
            limits_memory="16Gi",
            pods=50,
            persistent_volume_claims=10,
            storage="200Gi",
        ),
        container_defaults=ContainerDefaults(limit_cpu="1", limit_memory="1Gi"),
    )
    manifests = synth(chart)
    assert find(manifests, "ResourceQuota")["spec"]["hard"]["pods"] == "50"
    assert as_yaml([find(manifests, "ResourceQuota"), find(manifests, "LimitRange")]) == snapshot_yaml


@pytest.mark.parametrize(
    "props, field",
    [
        ({"name": "Team_A"}, "name"),
        ({"pod_security_version": "latest"}, "pod_security_version"),
        ({"pod_security_version": "1.32"}, "pod_security_version"),
        ({"quota": Quota(requests_cpu="x", requests_memory="1Gi", limits_cpu="1", limits_memory="1Gi")}, "quota.requests_cpu"),
        ({"quota": Quota(requests_cpu="1", requests_memory="1Gi", limits_cpu="1", limits_memory="1Gi", pods=0)}, "quota.pods"),
        ({"quota": Quota(requests_cpu="1", requests_memory="1Gi", limits_cpu="1", limits_memory="1Gi", storage="lots")}, "quota.storage"),
        ({"container_defaults": ContainerDefaults(limit_memory="1 GB")}, "container_defaults.limit_memory"),
        ({"container_defaults": ContainerDefaults(request_cpu="-1")}, "container_defaults.request_cpu"),
        ({"dns_namespace": "Kube_System"}, "dns_namespace"),
        ({"dns_pod_selector": {"k8s-app": 1}}, "dns_pod_selector['k8s-app']"),
        ({"part_of": "not valid!"}, "part_of"),
        ({"boundary": "not valid!"}, "boundary"),
    ],
)
def test_namespace_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        ZeroTrustNamespace(chart, "ns", **{"name": "apps", **props})
    assert error.value.field == field


def test_namespace_declared_twice():
    app = cdk8s.App()
    ZeroTrustNamespace(cdk8s.Chart(app, "one"), "ns", name="apps")
    with pytest.raises(ConfigError, match="not yet declared"):
        ZeroTrustNamespace(cdk8s.Chart(app, "two"), "ns", name="apps")
