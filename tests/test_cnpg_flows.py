"""A CnpgCluster (and its pooler) carries every flow CloudNativePG needs: in a fresh
ZeroTrustNamespace with no hand-written flow, the evaluator finds exactly those connections."""

from __future__ import annotations

import cdk8s
import pytest
from conftest import synth
from factories import API_SERVER, container

from dirtbike_constructs import (
    Backup,
    BarmanObjectStore,
    CNPG_OPERATOR,
    CnpgCluster,
    ConfigError,
    DeploymentProps,
    ExternalPeer,
    HardenedDeployment,
    PROMETHEUS,
    PgBouncer,
    Resources,
    S3Credentials,
    Storage,
    ZeroTrustNamespace,
    allow,
    flows_of,
)
from dirtbike_constructs.tools.netpol import Address, Evaluator, Pod

SERVER = Address("api-server", "10.0.0.10")
PUBLIC = Address("public", "203.0.113.10")
OPERATOR = Pod.of("operator", "cnpg-system", CNPG_OPERATOR.selector, governed=False)
SCRAPER = Pod.of("prometheus", "monitoring", PROMETHEUS.selector, governed=False)
DNS = Pod.of("kube-dns", "kube-system", {"k8s-app": "kube-dns"}, governed=False)
PROBES = [(p, "TCP") for p in (1, 443, 5432, 6443, 8000, 9127, 9187)] + [(53, "UDP"), (53, "TCP")]


def store(chart):
    return BarmanObjectStore(
        chart, "backups", namespace="data", destination_path="s3://backups/pg", credentials=S3Credentials(secret="backup-creds")
    )


def fresh_cluster(with_backup: bool = False, **props):
    chart = cdk8s.Chart(cdk8s.App(), "c")
    ZeroTrustNamespace(chart, "ns", name="data")
    if with_backup:
        props["backup"] = Backup(store(chart))
    props.setdefault("api_server", API_SERVER)
    pg = CnpgCluster(
        chart,
        "pg",
        namespace="data",
        image="ghcr.io/cloudnative-pg/postgresql:16.4",
        storage=Storage("10Gi"),
        resources=Resources("500m", "2Gi", "1", "2Gi"),
        **props,
    )
    return chart, pg


def reachable(chart, pods):
    objects = synth(chart)
    evaluator = Evaluator([m for m in objects if m["kind"] == "NetworkPolicy"], {"data": {}})
    found = evaluator.reachability([*pods, OPERATOR, SCRAPER, DNS], [SERVER, PUBLIC], PROBES)
    ours = {p.ident for p in pods}
    return {c for c in found if c[0] in ours or c[1] in ours}  # others' pods are not ours to judge


def instances(n=3):
    labels = {"cnpg.io/cluster": "pg", "cnpg.io/podRole": "instance"}
    return [Pod.of(f"pg-{i}", "data", labels) for i in range(1, n + 1)]


def expected_for_instances(pods, *, backups: bool):
    found = set()
    for pod in pods:
        found |= {
            ("operator", pod.ident, 5432, "TCP"),
            ("operator", pod.ident, 8000, "TCP"),
            ("prometheus", pod.ident, 9187, "TCP"),
            (pod.ident, "api-server", 6443, "TCP"),
            (pod.ident, "kube-dns", 53, "UDP"),
            (pod.ident, "kube-dns", 53, "TCP"),
        }
        found |= {(pod.ident, other.ident, port, "TCP") for other in pods for port in (5432, 8000)}
        if backups:
            found.add((pod.ident, "public", 443, "TCP"))
    return found


def test_a_cluster_alone_gets_every_flow_the_operator_needs():
    chart, _ = fresh_cluster()
    pods = instances()
    assert reachable(chart, pods) == expected_for_instances(pods, backups=False)


def test_with_backups_the_instances_reach_the_object_store():
    chart, _ = fresh_cluster(with_backup=True)
    pods = instances()
    assert reachable(chart, pods) == expected_for_instances(pods, backups=True)


def test_object_store_and_scraper_are_props():
    minio = ExternalPeer.network("minio", cidr="192.168.10.0/24", ports={"https": 9000})
    chart, _ = fresh_cluster(with_backup=True, object_store_peer=minio, monitoring=False)
    flows = {str(f) for f in flows_of(chart)}
    assert "pg -> minio:9000/TCP" in flows and not any(f.startswith("prometheus") for f in flows)


def test_the_pooler_is_a_destination_with_its_own_flows():
    chart, pg = fresh_cluster(pooler=PgBouncer())
    assert pg.pooler is not None and pg.pooler.endpoint.selector == {"cnpg.io/poolerName": "pg-pooler-rw"}
    app = cdk8s.Chart(chart.node.root, "app")
    web = HardenedDeployment(app, "web", DeploymentProps(namespace="data", container=container()))
    allow(web, pg.pooler, "pgbouncer")
    pooler = Pod.of("pooler", "data", {"cnpg.io/poolerName": "pg-pooler-rw", "cnpg.io/podRole": "pooler"})
    client = Pod.of("web", "data", dict(web.endpoint.selector))
    pods = instances(2)
    found = reachable(chart, [*pods, pooler]) | reachable(app, [])
    objects = synth(chart) + synth(app)
    evaluator = Evaluator([m for m in objects if m["kind"] == "NetworkPolicy"], {"data": {}})
    assert evaluator.can_connect(client, pooler, 5432)
    assert not evaluator.can_connect(client, pods[0], 5432)  # only through the pooler
    assert {(pooler.ident, p.ident, 5432, "TCP") for p in pods} <= found
    assert (pooler.ident, "api-server", 6443, "TCP") in found
    assert not any(src == "operator" and dst == pooler.ident for src, dst, _, _ in found)
    assert all(dst != pooler.ident for src, dst, _, _ in found if src.startswith("pg-"))


def test_hand_written_operator_flow_is_a_duplicate():
    chart, pg = fresh_cluster()
    with pytest.raises(ConfigError, match="already declared by c/pg"):
        allow(CNPG_OPERATOR, pg, "status")


@pytest.mark.parametrize(
    "props, field",
    [
        ({"api_server": ExternalPeer.network("api", cidr="10.0.0.0/24")}, "api_server.ports"),
        ({"api_server": "10.0.0.0/24"}, "api_server"),
        ({"object_store_peer": ExternalPeer.network("s3", cidr="10.0.0.0/24", ports={"http": 80})}, "object_store_peer.ports"),
        ({"operator": None}, "operator"),
    ],
)
def test_peer_props(props, field):
    with pytest.raises(ConfigError) as error:
        fresh_cluster(**props)
    assert error.value.field == field
