"""One of every public construct of the library, in one chart: for the tests that must hold
for every construct (cdk8s escape hatches, name clashes, validate-first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from constructs import Construct
from factories import API_SERVER, container
from keys import key_pair

from dirtbike_constructs import (
    AcmeIssuer,
    Alert,
    AlertRouting,
    AlertRules,
    BarmanObjectStore,
    BlueGreenService,
    BlueGreenServiceProps,
    CloudflareDns,
    CnpgCluster,
    ColorSpec,
    DeploymentProps,
    GrafanaDashboard,
    HardenedDeployment,
    HardenedJob,
    HardenedStatefulSet,
    HelmChart,
    JobProps,
    LogsPanel,
    LonghornStorageClass,
    Panel,
    PersistentClaim,
    PlatformNamespace,
    PodMetrics,
    Port,
    Probe,
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
)
from dirtbike_constructs.sealing import load_certificate, seal

NS = "shop"
#: Constructs whose main object is cluster-scoped (no namespace).
CLUSTER_SCOPED = ("namespace", "storage-class", "issuer", "platform-namespace")


def _web(chart: Construct, id: str = "web") -> HardenedDeployment:
    return HardenedDeployment(
        chart, id, DeploymentProps(namespace=NS, container=container(ports=(Port("http", 8080), Port("metrics", 9090))))
    )


BUILDERS: dict[str, Callable[[Construct], Any]] = {
    "namespace": lambda c: ZeroTrustNamespace(c, "namespace", name=NS),
    "storage-class": lambda c: LonghornStorageClass(c, "storage-class", name="replicated", replicas=2),
    "issuer": lambda c: AcmeIssuer(c, "issuer", name="letsencrypt", endpoint="staging", dns=CloudflareDns("dns-token")),
    "web": _web,
    "db": lambda c: HardenedStatefulSet(
        c,
        "db",
        StatefulSetProps(
            namespace=NS,
            container=container(ports=(Port("redis", 6379),), readiness=Probe.tcp("redis"), liveness=Probe.tcp("redis")),
            volume_claims=[VolumeClaimTemplate("data", "/data", "1Gi")],
        ),
    ),
    "job": lambda c: HardenedJob(c, "job", JobProps(namespace=NS, container=container(ports=(), readiness=None, liveness=None))),
    "front": lambda c: BlueGreenService(
        c,
        "front",
        BlueGreenServiceProps(
            namespace=NS,
            container=container(),
            active="blue",
            blue=ColorSpec("ghcr.io/example/app:1.2.3"),
            green=ColorSpec("ghcr.io/example/app:1.2.4"),
        ),
    ),
    "pg": lambda c: CnpgCluster(
        c,
        "pg",
        namespace=NS,
        image="ghcr.io/cloudnative-pg/postgresql:16.4",
        instances=1,
        high_availability=False,
        storage=Storage("1Gi"),
        resources=Resources("250m", "1Gi", "1", "1Gi"),
        api_server=API_SERVER,
    ),
    "object-store": lambda c: BarmanObjectStore(
        c, "object-store", namespace=NS, destination_path="s3://backups/pg", credentials=S3Credentials("backup-creds")
    ),
    "claim": lambda c: PersistentClaim(c, "claim", namespace=NS, size="1Gi"),
    "secret": lambda c: SealedSecret(
        c, "secret", namespace=NS, encrypted_data={"token": seal(load_certificate(key_pair()[1]), NS, "secret", b"value")}
    ),
    "https": lambda c: TraefikMiddleware(c, "https", namespace=NS, spec=RedirectScheme()),
    "route": lambda c: PublicRoute(
        c,
        "route",
        namespace=NS,
        host="www.example.org",
        target=_web(c, "route-app"),
        port=8080,
        tls_secret="web-tls",
        redirect_middleware=TraefikMiddleware(c, "redirect", namespace=NS, spec=RedirectScheme()),
    ),
    "cert": lambda c: TlsCertificate(c, "cert", namespace=NS, hosts=["www.example.org"], issuer="letsencrypt"),
    "metrics": lambda c: PodMetrics(c, "metrics", target=_web(c, "metrics-app")),
    "alerts": lambda c: AlertRules(
        c, "alerts", namespace=NS, groups={"web": [Alert("WebDown", 'up{job="web"} == 0', "web is down", "no scrape")]}
    ),
    "dashboard": lambda c: GrafanaDashboard(
        c, "dashboard", title="Shop", panels=[Panel("Up", {"{{pod}}": "up"}), LogsPanel("Logs", '{namespace="shop"}')]
    ),
    "platform-namespace": lambda c: PlatformNamespace(c, "platform-namespace", name="addons"),
    "helm-chart": lambda c: HelmChart(
        c,
        "helm-chart",
        name="addon",
        chart="addon",
        repo="https://charts.example.org",
        version="1.2.3",
        target_namespace="addons",
        namespace=NS,
        values={"replicas": 2},
    ),
    "alert-routing": lambda c: AlertRouting(
        c,
        "alert-routing",
        namespace=NS,
        match={"environment": "shop"},
        secret="hooks",
        receivers={s: WebhookReceiver("chat", "url") for s in ("critical", "warning", "info")},
    ),
}


def build_all(chart: Construct) -> dict[str, Any]:
    """Every construct of BUILDERS in chart, by key."""
    return {key: build(chart) for key, build in BUILDERS.items()}
