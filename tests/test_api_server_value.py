"""The API server addresses are a cluster value only its operator knows: unset, the environment
still renders (its API flows pending, MISSING-INPUTS.md naming the value); set, each address is
checked so no pod may reach arbitrary hosts on the API port."""

from __future__ import annotations

import dataclasses

import pytest

from dirtbike_constructs import ConfigError
from dirtbike_site import environments, peers
from dirtbike_site.environments import ApiServer


def with_api_server(monkeypatch: pytest.MonkeyPatch, value: object) -> environments.Environment:
    env = environments.get("stage")
    cluster = environments.CLUSTERS[env.cluster]
    monkeypatch.setitem(environments.CLUSTERS, env.cluster, dataclasses.replace(cluster, api_server=value))
    return env


def test_the_committed_clusters_have_no_made_up_addresses():
    assert all(cluster.api_server is None for cluster in environments.CLUSTERS.values())


def test_unset_is_a_pending_peer_on_the_k3s_port():
    peer = peers.kube_api(environments.get("prod"))
    info = peer.endpoint
    assert info.pending == peers.api_server_missing("prod") and "CLUSTERS['prod'].api_server" in info.pending
    assert (info.cidrs, info.namespace, info.ports["https"].number) == ((), None, 6443)


def test_set_is_a_network_of_the_server_nodes(monkeypatch):
    env = with_api_server(monkeypatch, ApiServer(cidrs=("192.0.2.11/32", "192.0.2.12/32"), port=6444))
    info = peers.kube_api(env.validate()).endpoint
    assert (info.cidrs, info.ports["https"].number, info.pending) == (("192.0.2.11/32", "192.0.2.12/32"), 6444, "")


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ("10.0.0.0/24", "api_server"),
        (ApiServer(cidrs="10.0.0.0/24"), "api_server"),  # a str, not a tuple
        (ApiServer(cidrs=()), "api_server"),
        (ApiServer(cidrs=("0.0.0.0/0",)), "api_server.cidrs"),
        (ApiServer(cidrs=("10.0.0.0/8",)), "api_server.cidrs"),
        (ApiServer(cidrs=("fd00::/16",)), "api_server.cidrs"),
        (ApiServer(cidrs=("server-1",)), "api_server.cidrs"),
        (ApiServer(cidrs=("192.0.2.11/32",), port=0), "api_server.port"),
        (ApiServer(cidrs=("192.0.2.11/32",), port=True), "api_server.port"),
    ],
    ids=["str", "cidrs-str", "empty", "everything", "wider-than-16", "ipv6-wider-than-48", "not-an-address", "port-0", "port-bool"],
)
def test_bad_values_are_refused_naming_the_cluster_field(monkeypatch, value, field):
    env = with_api_server(monkeypatch, value)
    with pytest.raises(ConfigError) as raised:
        env.validate()
    assert f"clusters['nonprod'].{field}" in str(raised.value)
