"""Validate first, then render: a construction that fails leaves the App as it was.

For every public construct: a valid one is built, then a bad one. A bad prop is refused before anything is
created (no ApiObject made, no construct attached: a spy on both proves it), and the App is
unchanged: the construct paths of the whole tree, the object names claimed, the flows and
namespaces of the flow registry, the routed hosts and the synthesized output. The refused id
can then be built with valid props.

The second half is the safety net (`all_or_nothing`): a construction that fails only after
it has rendered objects (the last object it renders clashes with one of another chart) also
leaves the App as it was, NetworkPolicies its flows rendered into a namespace included.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import cdk8s
import constructs
import pytest
from factories import API_SERVER, container
from keys import key_pair

import dirtbike_constructs
from dirtbike_constructs import (
    AcmeIssuer,
    Alert,
    AlertRouting,
    AlertRules,
    Autoscaling,
    Backup,
    BarmanObjectStore,
    BasicAuth,
    BlueGreenService,
    BlueGreenServiceProps,
    COLOR_LABEL,
    CloudflareDns,
    CnpgCluster,
    CnpgPooler,
    ColorSpec,
    ConfigError,
    Database,
    DeploymentProps,
    ExternalPeer,
    GrafanaDashboard,
    HardenedDeployment,
    HardenedJob,
    HardenedStatefulSet,
    HelmChart,
    IpAllowList,
    JobProps,
    InvariantPolicies,
    LonghornStorageClass,
    ManagedRole,
    ManifestObject,
    Panel,
    PersistentClaim,
    PgBouncer,
    PlatformNamespace,
    PodMetrics,
    Port,
    PublicRoute,
    RedirectScheme,
    Resources,
    S3Credentials,
    SealedSecret,
    StatefulSetProps,
    Storage,
    TlsCertificate,
    TraefikMiddleware,
    VolumeClaimTemplate,
    WebhookReceiver,
    ZeroTrustNamespace,
    flows_of,
)
from dirtbike_constructs.flows import FlowRegistry
from dirtbike_constructs.meta import app_state, chart_defaults
from dirtbike_constructs.public_route import RoutedHosts
from dirtbike_constructs.sealing import load_certificate, seal

NS = "shop"
#: Public constructs this test leaves to their own tests (none).
EXCLUDED: frozenset[str] = frozenset()


@dataclass(frozen=True)
class World:
    """What the constructs under test lean on, built before the snapshot: the namespace (so
    flows render their NetworkPolicies), a workload, a store, a cluster, a redirect."""

    app: cdk8s.App
    chart: cdk8s.Chart
    web: HardenedDeployment
    store: BarmanObjectStore
    pg: CnpgCluster
    https: TraefikMiddleware
    scraped: dict[str, HardenedDeployment]  # one per id: a PodMonitor is named for its target


def _world() -> World:
    app = cdk8s.App()
    base = cdk8s.Chart(app, "base")
    ZeroTrustNamespace(base, "namespace", name=NS)
    web = HardenedDeployment(
        base, "web", DeploymentProps(namespace=NS, container=container(ports=(Port("http", 8080), Port("metrics", 9090))))
    )
    store = BarmanObjectStore(base, "store", namespace=NS, destination_path="s3://backups/pg", credentials=S3Credentials("backup-creds"))
    pg = CnpgCluster(base, "pg", **_pg_props())
    https = TraefikMiddleware(base, "https", namespace=NS, spec=RedirectScheme())
    scraped = {
        id: HardenedDeployment(
            base, f"scraped-{id}", DeploymentProps(namespace=NS, container=container(ports=(Port("http", 8080), Port("metrics", 9090))))
        )
        for id in ("one", "two")
    }
    return World(app, cdk8s.Chart(app, "test"), web, store, pg, https, scraped)


def _pg_props(**changes: Any) -> dict[str, Any]:
    return {
        "namespace": NS,
        "image": "ghcr.io/cloudnative-pg/postgresql:16.4",
        "instances": 1,
        "high_availability": False,
        "storage": Storage("1Gi"),
        "resources": Resources("250m", "1Gi", "1", "1Gi"),
        "api_server": API_SERVER,
        **changes,
    }


def _cluster(w: World, id: str, **changes: Any) -> CnpgCluster:
    """A cluster with everything that renders a child: backups, roles, databases, a pooler."""
    props = _pg_props(
        backup=Backup(w.store),
        roles=[ManagedRole("app", "app-password")],
        databases=[Database("shop", owner="app")],
        pooler=PgBouncer(),
    )
    return CnpgCluster(w.chart, id, **{**props, **changes})


_SEALED: dict[str, str] = {}


def _sealed(id: str) -> str:
    if id not in _SEALED:
        _SEALED[id] = seal(load_certificate(key_pair()[1]), NS, id, b"value")
    return _SEALED[id]


def _route(w: World, id: str, **changes: Any) -> PublicRoute:
    props: dict[str, Any] = {
        "namespace": NS,
        "host": f"{id}.example.org",
        "target": w.web,
        "port": 8080,
        "tls_secret": "web-tls",
        "redirect_middleware": w.https,
    }
    return PublicRoute(w.chart, id, **{**props, **changes})


def _receivers() -> dict[Any, WebhookReceiver]:
    return {s: WebhookReceiver("chat", "url") for s in ("critical", "warning", "info")}


def _manifest(id: str, **metadata: Any) -> dict[str, Any]:
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": id, "namespace": NS, **metadata}, "data": {"a": "b"}}


#: construct class -> build(world, id, **prop changes). Names derive from the id, so a
#: second valid one never clashes with the first.
BUILD: dict[type, Callable[..., Any]] = {
    AcmeIssuer: lambda w, id, **c: AcmeIssuer(w.chart, id, **{"name": id, "endpoint": "staging", "dns": CloudflareDns("dns-token"), **c}),
    AlertRouting: lambda w, id, **c: AlertRouting(
        w.chart, id, **{"namespace": NS, "match": {"environment": id}, "secret": "hooks", "receivers": _receivers(), **c}
    ),
    AlertRules: lambda w, id, **c: AlertRules(
        w.chart, id, **{"namespace": NS, "groups": {"web": [Alert("WebDown", 'up{job="web"} == 0', "web is down", "no scrape")]}, **c}
    ),
    BarmanObjectStore: lambda w, id, **c: BarmanObjectStore(
        w.chart, id, **{"namespace": NS, "destination_path": f"s3://backups/{id}", "credentials": S3Credentials("backup-creds"), **c}
    ),
    CnpgCluster: _cluster,
    CnpgPooler: lambda w, id, **c: CnpgPooler(
        w.chart,
        id,
        **{"name": id, "cluster": w.pg, "labels": {}, "api_server": API_SERVER, "spec": {"cluster": {"name": "pg"}, "instances": 1}, **c},
    ),
    GrafanaDashboard: lambda w, id, **c: GrafanaDashboard(w.chart, id, **{"title": id, "panels": [Panel("Up", {"{{pod}}": "up"})], **c}),
    HelmChart: lambda w, id, **c: HelmChart(
        w.chart,
        id,
        **{
            "name": id,
            "chart": "addon",
            "repo": "https://charts.example.org",
            "version": "1.2.3",
            "target_namespace": "addons",
            "values": {"replicas": 2},
            **c,
        },
    ),
    InvariantPolicies: lambda w, id, **c: InvariantPolicies(w.chart, id, **{"namespaces": [NS], "registries": ["docker.io"], **c}),
    LonghornStorageClass: lambda w, id, **c: LonghornStorageClass(w.chart, id, **{"name": id, "replicas": 2, **c}),
    ManifestObject: lambda w, id, **c: ManifestObject(w.chart, id, c.get("manifest", _manifest(id))),
    PersistentClaim: lambda w, id, **c: PersistentClaim(w.chart, id, **{"namespace": NS, "size": "1Gi", **c}),
    PlatformNamespace: lambda w, id, **c: PlatformNamespace(w.chart, id, **{"name": id, **c}),
    PodMetrics: lambda w, id, **c: PodMetrics(w.chart, id, **{"target": w.scraped[id], **c}),
    PublicRoute: _route,
    SealedSecret: lambda w, id, **c: SealedSecret(w.chart, id, **{"namespace": NS, "encrypted_data": {"token": _sealed(id)}, **c}),
    TlsCertificate: lambda w, id, **c: TlsCertificate(
        w.chart, id, **{"namespace": NS, "hosts": [f"{id}.example.org"], "issuer": "le", **c}
    ),
    TraefikMiddleware: lambda w, id, **c: TraefikMiddleware(w.chart, id, **{"namespace": NS, "spec": RedirectScheme(), **c}),
    ZeroTrustNamespace: lambda w, id, **c: ZeroTrustNamespace(w.chart, id, **{"name": id, **c}),
    HardenedDeployment: lambda w, id, **c: HardenedDeployment(
        w.chart, id, DeploymentProps(**{"namespace": NS, "container": container(), **c})
    ),
    HardenedStatefulSet: lambda w, id, **c: HardenedStatefulSet(
        w.chart,
        id,
        StatefulSetProps(
            **{"namespace": NS, "container": container(), "volume_claims": [VolumeClaimTemplate("data", "/data", "1Gi")], **c}
        ),
    ),
    HardenedJob: lambda w, id, **c: HardenedJob(
        w.chart,
        id,
        JobProps(**{"namespace": NS, "container": container(ports=(), readiness=None, liveness=None), "schedule": "@daily", **c}),
    ),
    BlueGreenService: lambda w, id, **c: BlueGreenService(
        w.chart,
        id,
        BlueGreenServiceProps(
            **{
                "namespace": NS,
                "container": container(),
                "blue": ColorSpec("ghcr.io/example/app:1.2.3"),
                "green": ColorSpec("ghcr.io/example/app:1.2.4"),
                "active": "blue",
                "split": {"blue": 90, "green": 10},
                **c,
            }
        ),
    ),
}

NO_HTTPS = ExternalPeer.network("kube-apiserver", cidr="10.0.0.0/24", ports={"api": 6443})

#: (construct, what is wrong, prop changes). Each bad prop is one the construct checks late
#: in its validation, so the case proves everything is checked before anything is rendered.
BAD: list[tuple[type, str, dict[str, Any]]] = [
    (AcmeIssuer, "dns", {"dns": "cloudflare"}),
    (AlertRouting, "selector_labels", {"selector_labels": {"release": 1}}),
    (AlertRouting, "group_by", {"group_by": "alertname"}),
    (AlertRules, "selector_labels", {"selector_labels": {"release": 1}}),
    (BarmanObjectStore, "part_of", {"part_of": "-shop"}),
    (CnpgCluster, "backup.schedule", {"backup": "nightly"}),
    (CnpgCluster, "roles", {"roles": [ManagedRole("App", "app-password")]}),
    (CnpgCluster, "databases", {"databases": [Database("shop", owner="nobody")]}),
    (CnpgCluster, "databases extensions", {"databases": [Database("shop", owner="app", extensions=("pg-trgm",))]}),
    (CnpgCluster, "pooler", {"pooler": PgBouncer(instances=0)}),
    (CnpgCluster, "monitoring", {"monitoring": "yes"}),
    (CnpgPooler, "api_server", {"api_server": NO_HTTPS}),
    (CnpgPooler, "spec", {"spec": "rw"}),
    (GrafanaDashboard, "panels", {"panels": []}),
    (HelmChart, "timeout", {"timeout": "ten minutes"}),
    (InvariantPolicies, "registries", {"registries": ["https://ghcr.io/"]}),
    (LonghornStorageClass, "replicas", {"replicas": 0}),
    (ManifestObject, "manifest without a name", {"manifest": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {}}}),
    (PersistentClaim, "size", {"size": "1K"}),
    (PlatformNamespace, "pod_security without a reason", {"pod_security": "baseline"}),
    (PodMetrics, "interval", {"interval": "30"}),
    (PublicRoute, "redirect_middleware", {"redirect_middleware": None}),
    (PublicRoute, "host of another route", {"host": "route.example.org"}),
    (SealedSecret, "secret_type", {"secret_type": "Magic"}),
    (TlsCertificate, "hosts", {"hosts": ["Shop.example.org"]}),
    (TraefikMiddleware, "spec", {"spec": IpAllowList(("10.0.0.0/255.0.0.0",))}),
    (TraefikMiddleware, "basic auth secret", {"spec": BasicAuth("Users")}),
    (ZeroTrustNamespace, "name of another namespace", {"name": NS}),
    (HardenedDeployment, "priority_class_name", {"priority_class_name": "system-node-critical"}),
    (HardenedDeployment, "autoscaling with replicas", {"autoscaling": Autoscaling(), "replicas": 3}),
    (HardenedStatefulSet, "volume_claims", {"volume_claims": [VolumeClaimTemplate("data", "/tmp", "1Gi")]}),
    (HardenedJob, "image_pull_secrets", {"image_pull_secrets": ("Registry",)}),
    (HardenedJob, "sidecars without probes", {"sidecars": (container(name="proxy", readiness=None, liveness=None),)}),
    (BlueGreenService, "pod_labels", {"pod_labels": {COLOR_LABEL: "red"}}),
    (BlueGreenService, "external_service_reason", {"service_type": "LoadBalancer"}),
]


def public_constructs() -> set[str]:
    """Every public name of the library that is a construct class."""
    return {
        name
        for name in dirtbike_constructs.__all__
        if isinstance(value := getattr(dirtbike_constructs, name), type) and issubclass(value, constructs.Construct)
    }


def test_every_public_construct_is_covered_but_the_excluded():
    """A new public construct fails here until it has a valid builder and a bad case."""
    assert EXCLUDED <= public_constructs(), "EXCLUDED names a construct that is no longer public"
    covered = {kind.__name__ for kind in BUILD}
    assert covered == public_constructs() - EXCLUDED
    assert {kind.__name__ for kind, _, _ in BAD} == covered


def snapshot(app: cdk8s.App) -> dict[str, Any]:
    """What a failed construction must leave as it was."""
    charts = [c for c in app.node.children if isinstance(c, cdk8s.Chart)]
    registry = FlowRegistry.of(app)
    return {
        "paths": sorted(c.node.path for c in app.node.find_all()),
        "object names": chart_defaults(charts[0]).names.owners(),
        "flows": [(str(f), f.declared_by) for f in flows_of(app)],
        "namespaces": sorted(registry.namespaces),
        "hosts": dict(app_state(app, RoutedHosts).by_host),
        "synth": [list(cdk8s.Testing.synth(c)) for c in charts],
    }


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Spies on every ApiObject made and every construct attached to the tree."""
    calls: list[str] = []
    api_init = cdk8s.ApiObject.__init__
    construct_init = constructs.Construct.__init__

    def api_object(self: Any, scope: Any, id: str, *args: Any, **kwargs: Any) -> None:
        calls.append(f"ApiObject {id}")
        api_init(self, scope, id, *args, **kwargs)

    def construct(self: Any, scope: Any, id: str, *args: Any, **kwargs: Any) -> None:
        calls.append(f"Construct {id}")
        construct_init(self, scope, id, *args, **kwargs)

    monkeypatch.setattr(cdk8s.ApiObject, "__init__", api_object)
    monkeypatch.setattr(constructs.Construct, "__init__", construct)
    yield calls


def test_the_spy_sees_what_a_construction_makes(made):
    w = _world()
    made.clear()
    BUILD[CnpgCluster](w, "seen")
    assert "Construct seen" in made and "ApiObject Resource" in made and "ApiObject Pooler" not in made
    assert any(call.startswith("ApiObject NetworkPolicy-") for call in made)


@pytest.mark.parametrize(("kind", "what", "changes"), BAD, ids=[f"{k.__name__}-{w}" for k, w, _ in BAD])
def test_a_bad_prop_is_refused_before_anything_is_made(kind, what, changes, made):
    w = _world()
    _route(w, "route")  # a host the PublicRoute case reuses
    BUILD[kind](w, "one")
    before = snapshot(w.app)
    made.clear()
    with pytest.raises(ConfigError) as error:
        BUILD[kind](w, "two", **changes)
    assert error.value.where == "test/two"
    assert made == [], f"made before the ConfigError: {made}"
    assert snapshot(w.app) == before
    BUILD[kind](w, "two")  # the id, its names and its flows are free again


def _last_object(kind: type) -> dict[str, Any]:
    """The last object a valid construction renders (apiVersion, kind, metadata), learnt in
    an App of its own: a flow's NetworkPolicy when the construct declares flows."""
    w = _world()
    names = chart_defaults(w.chart).names
    claimed = list(names.owners())
    BUILD[kind](w, "two")
    group, object_kind, namespace, name = [key for key in names.owners() if key not in claimed][-1]
    for chart in (c for c in w.app.node.children if isinstance(c, cdk8s.Chart)):
        for obj in cdk8s.Testing.synth(chart):
            meta = obj["metadata"]
            if (obj["kind"], meta.get("namespace", ""), meta["name"]) == (object_kind, namespace, name):
                return {"apiVersion": obj["apiVersion"], "kind": object_kind, "metadata": dataclasses.asdict(_Meta(name, namespace))}
    raise AssertionError(f"{object_kind} {name} not synthesized")


@dataclass(frozen=True)
class _Meta:
    name: str
    namespace: str | None


@pytest.mark.parametrize("kind", list(BUILD), ids=[k.__name__ for k in BUILD])
def test_a_failure_after_rendering_takes_back_everything(kind):
    blocker = _last_object(kind)
    if not blocker["metadata"]["namespace"]:
        del blocker["metadata"]["namespace"]
    w = _world()
    BUILD[kind](w, "one")
    ManifestObject(cdk8s.Chart(w.app, "other"), "blocker", blocker)
    before = snapshot(w.app)
    with pytest.raises(ConfigError, match="other/blocker already renders it"):
        BUILD[kind](w, "two")
    assert snapshot(w.app) == before
