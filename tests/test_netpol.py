"""The NetworkPolicy evaluator on small hand-made cases."""

from __future__ import annotations

from dirtbike_constructs.tools.netpol import Address, Evaluator, Pod, selects

WEB = Pod.of("a/web", "a", {"app": "web"})
DB = Pod.of("b/db", "b", {"app": "db"})
OTHER = Pod.of("a/other", "a", {"app": "other"})
OUTSIDE = Pod.of("x/tool", "x", {"app": "tool"}, governed=False)
INTERNET = Address("internet", "203.0.113.7")
LAN = Address("lan", "10.1.2.3")


def policy(ns, name, spec):
    return {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": name, "namespace": ns}, "spec": spec}


DENY_A = policy("a", "deny", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})
DENY_B = policy("b", "deny", {"podSelector": {}, "policyTypes": ["Ingress", "Egress"]})


def ev(*policies, namespaces=None):
    return Evaluator(policies, namespaces or {"a": {}, "b": {}})


def test_no_policy_means_open():
    assert ev().can_connect(WEB, DB, 5432)


def test_default_deny_closes_both_directions():
    e = ev(DENY_A, DENY_B)
    assert not e.can_connect(WEB, DB, 5432) and not e.can_connect(DB, WEB, 80)
    assert not e.can_connect(WEB, INTERNET, 443)


def test_both_sides_are_needed():
    egress = policy(
        "a",
        "out",
        {
            "podSelector": {"matchLabels": {"app": "web"}},
            "policyTypes": ["Egress"],
            "egress": [
                {
                    "to": [
                        {
                            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "b"}},
                            "podSelector": {"matchLabels": {"app": "db"}},
                        }
                    ],
                    "ports": [{"port": 5432, "protocol": "TCP"}],
                }
            ],
        },
    )
    ingress = policy(
        "b",
        "in",
        {
            "podSelector": {"matchLabels": {"app": "db"}},
            "policyTypes": ["Ingress"],
            "ingress": [
                {
                    "from": [
                        {
                            "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "a"}},
                            "podSelector": {"matchLabels": {"app": "web"}},
                        }
                    ],
                    "ports": [{"port": 5432}],
                }
            ],
        },
    )
    assert not ev(DENY_A, DENY_B, egress).can_connect(WEB, DB, 5432)
    assert not ev(DENY_A, DENY_B, ingress).can_connect(WEB, DB, 5432)
    e = ev(DENY_A, DENY_B, egress, ingress)
    assert e.can_connect(WEB, DB, 5432)
    assert not e.can_connect(WEB, DB, 5433) and not e.can_connect(WEB, DB, 5432, "UDP")
    assert not e.can_connect(OTHER, DB, 5432)


def test_pod_selector_alone_means_the_policy_namespace():
    allow = policy(
        "b",
        "in",
        {"podSelector": {}, "policyTypes": ["Ingress"], "ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "web"}}}]}]},
    )
    assert not ev(allow).can_connect(WEB, DB, 1)  # web is in a, not b
    same_ns_web = Pod.of("b/web", "b", {"app": "web"})
    assert ev(allow).can_connect(same_ns_web, DB, 1)


def test_namespace_selector_alone_and_expressions():
    allow = policy(
        "b",
        "in",
        {
            "podSelector": {},
            "policyTypes": ["Ingress"],
            "ingress": [{"from": [{"namespaceSelector": {"matchExpressions": [{"key": "team", "operator": "In", "values": ["shop"]}]}}]}],
        },
    )
    assert ev(allow, namespaces={"a": {"team": "shop"}, "b": {}}).can_connect(OTHER, DB, 1)
    assert not ev(allow, namespaces={"a": {"team": "blog"}, "b": {}}).can_connect(OTHER, DB, 1)
    assert selects({"matchExpressions": [{"key": "x", "operator": "DoesNotExist"}]}, {})
    assert not selects({"matchExpressions": [{"key": "x", "operator": "Exists"}]}, {})
    assert selects({"matchExpressions": [{"key": "x", "operator": "NotIn", "values": ["1"]}]}, {"x": "2"})


def test_ip_block_with_exceptions_matches_addresses_only():
    out = policy(
        "a",
        "out",
        {
            "podSelector": {},
            "policyTypes": ["Egress"],
            "egress": [{"to": [{"ipBlock": {"cidr": "0.0.0.0/0", "except": ["10.0.0.0/8"]}}], "ports": [{"port": 443}]}],
        },
    )
    e = ev(out)
    assert e.can_connect(WEB, INTERNET, 443) and not e.can_connect(WEB, LAN, 443)
    assert not e.can_connect(WEB, INTERNET, 80)
    assert not e.can_connect(WEB, DB, 443)  # pods are not matched by an ipBlock


def test_absent_peers_or_ports_mean_all_and_port_ranges():
    out = policy("a", "out", {"podSelector": {}, "policyTypes": ["Egress"], "egress": [{"ports": [{"port": 8000, "endPort": 8010}]}]})
    e = ev(out)
    assert e.can_connect(WEB, INTERNET, 8005) and e.can_connect(WEB, DB, 8010) and not e.can_connect(WEB, DB, 8011)
    anywhere = policy("a", "any", {"podSelector": {}, "policyTypes": ["Egress"], "egress": [{}]})
    assert ev(anywhere).can_connect(WEB, LAN, 1, "UDP")


def test_policy_without_types_is_ingress_only():
    legacy = policy("a", "legacy", {"podSelector": {}})
    e = ev(legacy)
    assert not e.can_connect(OTHER, WEB, 80) and e.can_connect(WEB, INTERNET, 80)


def test_pods_outside_are_open_on_their_side():
    allow_in = policy(
        "a",
        "in",
        {
            "podSelector": {},
            "policyTypes": ["Ingress"],
            "ingress": [{"from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "x"}}}]}],
        },
    )
    e = ev(DENY_A, allow_in)
    assert e.can_connect(OUTSIDE, WEB, 80)
    assert not e.can_connect(WEB, OUTSIDE, 80)  # web's egress is denied


def test_reachability_lists_every_allowed_connection():
    e = ev(
        DENY_A,
        DENY_B,
        policy(
            "a",
            "out",
            {
                "podSelector": {"matchLabels": {"app": "web"}},
                "policyTypes": ["Egress"],
                "egress": [{"to": [{"ipBlock": {"cidr": "203.0.113.0/24"}}], "ports": [{"port": 443}]}],
            },
        ),
    )
    assert e.reachability([WEB, DB, OTHER], [INTERNET, LAN], [(443, "TCP"), (80, "TCP")]) == {("a/web", "internet", 443, "TCP")}
