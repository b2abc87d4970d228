"""Every rendered object validates: core kinds against the Kubernetes schemas of 1.27 (what
cdk8s-plus-27 targets) and of a current release, strictly (unknown fields fail); custom
resources against their CRD schema from ../shared/crds, with unknown fields rejected because
the API server would silently prune them."""

from __future__ import annotations

import copy
import functools
import re
from typing import Any

import cdk8s
import jsonschema
import kubernetes_validate
import pytest
import referencing
import yaml
from conftest import CRD_DIR, dist_files, synth
from factories import API_SERVER, container
from keys import key_pair

from dirtbike_constructs import (
    AcmeIssuer,
    Affinity,
    Autoscaling,
    AzureCredentials,
    Backup,
    BarmanObjectStore,
    BasicAuth,
    BlueGreenService,
    BlueGreenServiceProps,
    BodyLimit,
    ClaimMount,
    CnpgCluster,
    ColorSpec,
    ConfigFiles,
    ContentSecurityPolicy,
    Database,
    DeploymentProps,
    ExternalPeer,
    GoogleCredentials,
    HardenedDeployment,
    HardenedJob,
    HardenedStatefulSet,
    HelmChart,
    IpAllowList,
    JobProps,
    ManagedRole,
    NodeRequirement,
    NodeTerm,
    PersistentClaim,
    PgBouncer,
    PlatformNamespace,
    PodTerm,
    Port,
    Probe,
    PublicRoute,
    Quota,
    Reads,
    Recovery,
    RedirectScheme,
    Resources,
    Route53Dns,
    S3Credentials,
    SealedSecret,
    SecretFiles,
    SecurityHeaders,
    StatefulSetProps,
    Storage,
    TlsCertificate,
    Toleration,
    TraefikMiddleware,
    VolumeClaimTemplate,
    ZeroTrustNamespace,
    allow,
)
from dirtbike_constructs.sealing import load_certificate, seal

KUBERNETES_VERSIONS = ("1.27.0", kubernetes_validate.latest_version())
CUSTOM_GROUPS = (
    "postgresql.cnpg.io",
    "barmancloud.cnpg.io",
    "monitoring.coreos.com",
    "traefik.io",
    "bitnami.com",
    "cert-manager.io",
    "helm.cattle.io",
    "upgrade.cattle.io",
)


def kitchen_sink() -> list[dict[str, Any]]:
    """One of every object and option the constructs can render."""
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "all")
    ZeroTrustNamespace(chart, "ns", name="apps", quota=Quota("2", "4Gi", "4", "8Gi", pods=20, persistent_volume_claims=5, storage="50Gi"))
    PersistentClaim(chart, "data", namespace="apps", size="1Gi", storage_class="longhorn-retain")
    web = HardenedDeployment(
        chart,
        "web",
        DeploymentProps(
            namespace="apps",
            autoscaling=Autoscaling(),
            reads=[Reads("ConfigMap", ["web"])],
            container=container(
                mounts=(
                    ConfigFiles("cfg", "/etc/web", {"a.conf": "x\ny\n"}),
                    SecretFiles("web-db", "/run/secrets/db", {"password": "db-password"}),
                    ClaimMount("data", "/data", sub_path="web"),
                )
            ),
            init_containers=[container(name="migrate", ports=(), readiness=None, liveness=None)],
        ),
    )
    pg = CnpgCluster(
        chart,
        "pg",
        namespace="apps",
        image="ghcr.io/cloudnative-pg/postgresql:16.4",
        storage=Storage("10Gi", "longhorn-retain"),
        wal_storage=Storage("2Gi"),
        resources=Resources("500m", "2Gi", "1", "2Gi"),
        backup=Backup(
            BarmanObjectStore(
                chart,
                "pg-backups",
                namespace="apps",
                destination_path="s3://backups/pg",
                credentials=S3Credentials("backup-creds", session_token_key="TOKEN", region_key="REGION"),
                endpoint_url="https://objects.example.org",
            )
        ),
        roles=[ManagedRole("web", "pg-web")],
        databases=[Database("web", "web", ("pg_trgm",))],
        pooler=PgBouncer(),
        api_server=API_SERVER,
    )
    azure = BarmanObjectStore(
        chart,
        "azure-backups",
        namespace="apps",
        destination_path="https://acct.blob.core.windows.net/pg",
        credentials=AzureCredentials("az", storage_account_key="ACCOUNT", storage_key_key="KEY"),
        encryption=None,
    )
    BarmanObjectStore(
        chart, "gcs-backups", namespace="apps", destination_path="gs://backups/pg", credentials=GoogleCredentials("gcs"), encryption=None
    )
    CnpgCluster(
        chart,
        "pg-restored",
        namespace="apps",
        image="ghcr.io/cloudnative-pg/postgresql:16.4",
        storage=Storage("10Gi"),
        resources=Resources("500m", "2Gi", "1", "2Gi"),
        instances=1,
        high_availability=False,
        bootstrap=Recovery(azure, server_name="pg", target_time="2026-11-20T03:15:00+00:00"),
        api_server=API_SERVER,
    )
    BlueGreenService(
        chart,
        "shop",
        BlueGreenServiceProps(
            namespace="apps",
            container=container(ports=(Port("http", 8080, service_port=80),)),
            blue=ColorSpec("ghcr.io/example/shop:1.0.0"),
            green=ColorSpec("ghcr.io/example/shop:1.1.0"),
            active="green",
            split={"blue": 20, "green": 80},
        ),
    )
    SealedSecret(
        chart,
        "web-db",
        namespace="apps",
        encrypted_data={"password": seal(load_certificate(key_pair()[1]), "apps", "web-db", b"pw")},
        secret_type="kubernetes.io/basic-auth",
    )
    HardenedStatefulSet(
        chart,
        "db",
        StatefulSetProps(
            namespace="apps",
            replicas=2,
            container=container(ports=(Port("mysql", 3306),), readiness=Probe.tcp("mysql"), liveness=Probe.tcp("mysql")),
            volume_claims=[VolumeClaimTemplate("data", "/var/lib/mysql", "5Gi", "longhorn-retain")],
        ),
    )
    HardenedJob(chart, "init", JobProps(namespace="apps", container=container(ports=(), readiness=None, liveness=None)))
    # every everyday pod prop, on each kind
    everyday: dict[str, Any] = dict(
        node_selector={"kubernetes.io/arch": "amd64"},
        tolerations=(
            Toleration(key="dedicated", value="apps", effect="NoSchedule"),
            Toleration(key="node.kubernetes.io/unreachable", operator="Exists", effect="NoExecute", toleration_seconds=60),
        ),
        affinity=Affinity(
            nodes=(
                NodeTerm(match=(NodeRequirement("disk", "In", ("ssd",)), NodeRequirement("cpus", "Gt", ("4",)))),
                NodeTerm(match=(NodeRequirement("zone", "Exists"),), weight=30),
            ),
            near=(PodTerm(match_labels={"app.kubernetes.io/name": "cache"}, namespaces=("data",)),),
            apart=(PodTerm(match_labels={"app.kubernetes.io/name": "noisy"}, topology_key="topology.kubernetes.io/zone", weight=50),),
        ),
        image_pull_secrets=("ghcr-pull",),
        priority_class_name="high",
        pod_annotations={"example.org/profile": "fast"},
        annotations={"example.org/owner": "team"},
        service_type="LoadBalancer",
        external_service_reason="raw UDP from the game clients",
    )
    HardenedDeployment(chart, "everyday", DeploymentProps(namespace="apps", container=container(), **everyday))
    HardenedStatefulSet(
        chart, "everyday-db", StatefulSetProps(namespace="apps", container=container(), update_strategy="OnDelete", **everyday)
    )
    HardenedJob(
        chart,
        "everyday-job",
        JobProps(
            namespace="apps",
            container=container(ports=(), readiness=None, liveness=None),
            sidecars=[container(name="proxy", ports=(Port("proxy", 8081),), readiness=Probe.tcp("proxy"), liveness=Probe.tcp("proxy"))],
            **{**everyday, "service_type": "ClusterIP", "external_service_reason": None},
        ),
    )
    HardenedJob(
        chart, "drill", JobProps(namespace="apps", container=container(ports=(), readiness=None, liveness=None), schedule="0 4 1 * *")
    )
    https = TraefikMiddleware(chart, "https", namespace="apps", spec=RedirectScheme())
    PublicRoute(
        chart,
        "route",
        namespace="apps",
        host="www.example.org",
        target=web,
        port=8080,
        tls_secret="apps-tls",
        redirect_middleware=https,
        middlewares=[
            TraefikMiddleware(chart, "auth", namespace="apps", spec=BasicAuth("users")),
            TraefikMiddleware(chart, "limit", namespace="apps", spec=BodyLimit(2**20)),
            TraefikMiddleware(chart, "headers", namespace="apps", spec=SecurityHeaders()),
            TraefikMiddleware(chart, "allow", namespace="apps", spec=IpAllowList(["192.0.2.0/24"], depth=1)),
            TraefikMiddleware(chart, "csp", namespace="apps", spec=ContentSecurityPolicy("object-src 'none'")),
        ],
    )
    TlsCertificate(chart, "cert", namespace="apps", hosts=["www.example.org"], issuer="le")
    AcmeIssuer(chart, "le", name="le", endpoint="staging", dns=Route53Dns("aws", region="eu-west-1"))
    HelmChart(
        chart,
        "addon",
        name="addon",
        chart="addon",
        repo="https://charts.example.org",
        version="v1.2.3",
        target_namespace="addons",
        values={"replicas": 2, "labels": {"release": "x"}, "on": True},
    )
    PlatformNamespace(chart, "addons-ns", name="addons", pod_security="baseline", reason="host ports")
    allow(web, pg, "postgresql")
    allow(ExternalPeer.pods("traefik", namespace="ingress-system"), web, "http")
    allow(web, ExternalPeer.network("internet", cidr="0.0.0.0/0", except_cidrs=["10.0.0.0/8"]), 443)

    return synth(chart)


def dist_manifests() -> list[dict[str, Any]]:
    return [m for _, m in dist_files()]


CORPUS = kitchen_sink() + dist_manifests()
CORE = [m for m in CORPUS if m["apiVersion"].split("/")[0] not in CUSTOM_GROUPS]
CUSTOM = [m for m in CORPUS if m["apiVersion"].split("/")[0] in CUSTOM_GROUPS]


def ident(m: dict[str, Any]) -> str:
    return f"{m['kind']}/{m['metadata'].get('namespace', '-')}/{m['metadata']['name']}"


def test_corpus_covers_every_kind():
    assert {m["kind"] for m in CUSTOM} >= {
        "Cluster",
        "ScheduledBackup",
        "ObjectStore",
        "PodMonitor",
        "Database",
        "Pooler",
        "TraefikService",
        "SealedSecret",
        "IngressRoute",
        "Middleware",
        "Certificate",
        "ClusterIssuer",
    }
    assert {m["kind"] for m in CORE} >= {
        "Namespace",
        "NetworkPolicy",
        "Deployment",
        "Service",
        "ServiceAccount",
        "Role",
        "RoleBinding",
        "ConfigMap",
        "PodDisruptionBudget",
        "HorizontalPodAutoscaler",
        "ResourceQuota",
        "LimitRange",
        "PersistentVolumeClaim",
        "StatefulSet",
        "Job",
        "CronJob",
    }


def _native_sidecars(manifest: dict[str, Any]) -> bool:
    spec = manifest.get("spec", {})
    template = spec.get("jobTemplate", {}).get("spec", spec).get("template", {})
    return any("restartPolicy" in c for c in template.get("spec", {}).get("initContainers", []))


@functools.cache
def _k8s_definitions(version: str):
    from kubernetes_validate.utils import schema_contents

    return referencing.Resource.from_contents(schema_contents(f"kubernetes-json-schema/v{version}-local-strict/_definitions.json", version))


@functools.cache
def k8s_validator(version: str, api_version: str, kind: str) -> jsonschema.Validator:
    """The strict schema kubernetes-validate ships for one kind, built once (its own validate()
    reloads the large definitions file on every call)."""
    from kubernetes_validate.utils import schema_contents

    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    schema = schema_contents(f"kubernetes-json-schema/v{version}-local-strict/{kind.lower()}-{group_version}.json", version)
    registry = _k8s_definitions(version) @ (referencing.Resource.from_contents(schema) @ referencing.Registry())
    return jsonschema.validators.Draft202012Validator(schema, registry=registry)


def test_cached_validator_agrees_with_kubernetes_validate():
    deployment = next(m for m in CORE if m["kind"] == "Deployment")
    kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[0], strict=True)
    k8s_validator(KUBERNETES_VERSIONS[0], "apps/v1", "Deployment").validate(deployment)


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
@pytest.mark.parametrize("manifest", CORE, ids=ident)
def test_core_objects_validate_strictly(manifest, version):
    if version == KUBERNETES_VERSIONS[0] and _native_sidecars(manifest):
        pytest.skip("native sidecars (an init container's restartPolicy) need Kubernetes 1.29 or later")
    if version == KUBERNETES_VERSIONS[0] and manifest["apiVersion"] == "admissionregistration.k8s.io/v1" and "Policy" in manifest["kind"]:
        pytest.skip("ValidatingAdmissionPolicy is GA (admissionregistration.k8s.io/v1) from Kubernetes 1.30")
    k8s_validator(version, manifest["apiVersion"], manifest["kind"]).validate(manifest)


@functools.cache
def crd_validator(api_version: str, kind: str) -> jsonschema.Validator | None:
    schema = crd_schemas().get((api_version, kind))
    return None if schema is None else jsonschema.validators.validator_for(schema)(schema)


@functools.cache
def crd_schemas() -> dict[tuple[str, str], dict[str, Any]]:
    schemas = {}
    for path in sorted(CRD_DIR.rglob("*.yaml")):
        crd = yaml.safe_load(path.read_text())
        for version in crd["spec"]["versions"]:
            api_version = f"{crd['spec']['group']}/{version['name']}"
            schemas[(api_version, crd["spec"]["names"]["kind"])] = strict(version["schema"]["openAPIV3Schema"])
    return schemas


def strict(schema: Any) -> Any:
    """Reject fields a schema does not declare, as the API server's pruning would drop them."""
    if isinstance(schema, list):
        return [strict(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out = {k: strict(v) for k, v in schema.items()}
    if "properties" in out and "additionalProperties" not in out and not out.get("x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    return out


def test_strict_rejects_unknown_fields():
    schema = strict({"type": "object", "properties": {"spec": {"type": "object", "properties": {"a": {"type": "string"}}}}})
    jsonschema.validate({"spec": {"a": "x"}}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"spec": {"a": "x", "typo": 1}}, schema)


@pytest.mark.parametrize("manifest", CUSTOM, ids=ident)
def test_custom_resources_validate_against_crds(manifest):
    if not (CRD_DIR / "PROVENANCE.md").is_file():
        pytest.skip(
            f"CRDs not found at {CRD_DIR}: place the shared CRD folder beside the project (../shared/crds) "
            "or point DIRTBIKE_CRDS at a folder of CRD YAML files"
        )
    validator = crd_validator(manifest["apiVersion"], manifest["kind"])
    assert validator is not None, f"no CRD for {manifest['apiVersion']} {manifest['kind']} in {CRD_DIR}"
    validator.validate(manifest)


def test_validators_catch_a_typo():
    deployment = copy.deepcopy(next(m for m in CORE if m["kind"] == "Deployment"))
    deployment["spec"]["template"]["spec"]["containers"][0]["securityContext"]["runAsNonroot"] = True
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[-1], strict=True)
    with pytest.raises(jsonschema.ValidationError):
        k8s_validator(KUBERNETES_VERSIONS[-1], "apps/v1", "Deployment").validate(deployment)
    if not (CRD_DIR / "PROVENANCE.md").is_file():
        pytest.skip(f"CRDs not found at {CRD_DIR}")
    cluster = copy.deepcopy(next(m for m in CUSTOM if m["kind"] == "Cluster"))
    cluster["spec"]["backup"] = {"barmanObjectStore": {"destinationPath": "s3://x", "walCompression": "gzip"}}
    with pytest.raises(jsonschema.ValidationError, match="walCompression"):
        jsonschema.validate(cluster, crd_schemas()[("postgresql.cnpg.io/v1", "Cluster")])
