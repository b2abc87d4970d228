"""The library as another cdk8s repository uses it: build the wheel (without writing into this
checkout), install it into a fresh venv, and use it from projects with their own imports/ and
cdk8s.yaml, next to cdk8s-plus-27, through the cdk8s CLI."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

pytestmark = pytest.mark.slow
SKIP = {".git", ".venv", "node_modules", ".pytest_cache", "__pycache__", ".mypy_cache", ".ruff_cache"}
#: What the control-plane twins write while they run (make test runs the twin's tests beside
#: these; a developer's own twin may run too).
RUNNING_TWINS = (".twin/", "build/test-twin")


def source_files() -> dict[str, float]:
    """Every file of the checkout (tool caches aside) with its modification time, and every
    folder (0.0: a folder's time changes when a reader of dist/ beside the build takes and
    drops its lock file; what the build adds shows as a new path)."""
    found = {}
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP]
        for name in files + dirs:
            path = Path(folder) / name
            relative = path.relative_to(ROOT).as_posix()
            if not relative.startswith(RUNNING_TWINS):
                found[relative] = 0.0 if name in dirs else path.lstat().st_mtime
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_wheel

    before = source_files()
    path = build_wheel.build(tmp_path_factory.mktemp("wheel"))
    after = source_files()
    assert {p: t for p, t in after.items() if before.get(p) != t} == {}, "building the wheel wrote into the checkout"
    return path


@pytest.fixture(scope="module")
def python(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel and cdk8s-plus-27 (which adopting repositories often use)."""
    venv = tmp_path_factory.mktemp("venv")
    uv = str(Path(sys.executable).parent / "uv")  # a test dependency: the same install as pip's, much faster
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            uv,
            "pip",
            "install",
            "--quiet",
            "--python",
            str(python),
            "--constraint",
            str(ROOT / "constraints.txt"),
            str(wheel),
            "cdk8s-plus-27",
        ],
        check=True,
        capture_output=True,
    )
    return python


def test_wheel_has_no_top_level_imports_or_constructs_and_carries_the_license(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert top == {"dirtbike_constructs", next(t for t in top if t.endswith(".dist-info"))}
    assert any(n.endswith(".jsii.tgz") for n in names if n.startswith("dirtbike_constructs/imports/"))
    assert any(n.endswith("/LICENSE") for n in names)
    assert "dirtbike_constructs/pg_settings.json" in names  # the PostgreSQL parameter table
    metadata = next(zipfile.ZipFile(wheel).read(n).decode() for n in names if n.endswith(".dist-info/METADATA"))
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:") and "extra ==" not in line]
    assert requires and not [line for line in requires if "cdk8s-plus" in line]  # nothing in the library imports it


CONSUMER = textwrap.dedent("""
    import cdk8s
    import imports
    from imports.consumer_bindings import MARKER
    from dirtbike_constructs import (BlueGreenService, BlueGreenServiceProps, CnpgCluster, ColorSpec, Container, DeploymentProps,
                                     ExternalPeer, HardenedDeployment, Port, Probe, Resources, Storage, ZeroTrustNamespace, allow)
    from dirtbike_constructs.imports.cnpg_cluster.io.cnpg.postgresql import Cluster

    res = Resources(cpu="100m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi")
    web = Container(name="web", image="ghcr.io/example/web:1.0.0", resources=res, ports=(Port("http", 8080),),
                    readiness=Probe.http("/ready"), liveness=Probe.http("/live"))
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "consumer")
    ZeroTrustNamespace(chart, "ns", name="shop")
    api = HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=web))
    pg = CnpgCluster(chart, "pg", namespace="shop", image="ghcr.io/cloudnative-pg/postgresql:16.4",
                     storage=Storage("1Gi"), resources=Resources("250m", "1Gi", "1", "1Gi"),
                     api_server=ExternalPeer.network("kube-apiserver", cidr="10.0.0.0/24", ports={"https": 6443}))
    BlueGreenService(chart, "front", BlueGreenServiceProps(namespace="shop", container=web, active="blue",
                     blue=ColorSpec("ghcr.io/example/web:1.0.0"), green=ColorSpec("ghcr.io/example/web:1.1.0")))
    allow(api, pg, "postgresql")
    print(MARKER, list(imports.__path__)[0], Cluster.GVK.kind)
    print(app.synth_yaml())
""")


def consumer_project(root: Path, main: str) -> Path:
    (root / "imports" / "consumer_bindings").mkdir(parents=True)
    (root / "imports" / "consumer_bindings" / "__init__.py").write_text('MARKER = "consumer-imports"\n')
    (root / "main.py").write_text(main)
    return root


def run(python: Path, project: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": ""}
    env.pop("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", None)
    env["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"] = "20"
    return subprocess.run([str(python), *args], cwd=project, env=env, capture_output=True, text=True)


def test_foreign_repository_uses_the_installed_wheel(python, tmp_path):
    project = consumer_project(tmp_path / "consumer", CONSUMER)
    result = run(python, project, "main.py")
    assert result.returncode == 0, result.stderr
    first, rest = result.stdout.split("\n", 1)
    assert first == f"consumer-imports {project / 'imports'} Cluster"
    for kind in ("kind: Namespace", "kind: Deployment", "kind: Cluster", "kind: NetworkPolicy", "name: front-preview"):
        assert kind in rest
    where = run(python, project, "-c", "import dirtbike_constructs; print(dirtbike_constructs.__file__)").stdout
    assert str(python.parent.parent) in where


def test_import_leaves_the_environment_alone_and_commands_set_it(python, tmp_path):
    probe = textwrap.dedent("""
        import os, sys
        os.environ.pop("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", None)
        before = dict(os.environ)
        import dirtbike_constructs
        from dirtbike_constructs import HardenedDeployment
        assert dict(os.environ) == before, "import changed the environment"
        from dirtbike_constructs import commands
        assert commands.netpol([sys.argv[1]]) == 2
        print(os.environ["JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"])
    """)
    result = run(python, tmp_path, "-c", probe, str(tmp_path / "missing"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "20"


ACCEPTANCE = textwrap.dedent('''
    """A consumer's cdk8s app: every public construct, cdk8s-plus-27 next to them, cdk8s escape
    hatches, and the library's layout for the output (CDK8S_OUTDIR under `cdk8s synth`)."""
    import os
    import cdk8s
    import cdk8s_plus_27 as kplus
    from dirtbike_constructs import (AcmeIssuer, BarmanObjectStore, S3Credentials, Alert, AlertRouting, AlertRules, HelmChart, InvariantPolicies, PlatformNamespace, WebhookReceiver, BlueGreenService, CloudflareDns, CnpgCluster, ColorSpec,
                                     Container, GrafanaDashboard, HardenedDeployment, HardenedJob, HardenedStatefulSet,
                                     BlueGreenServiceProps, DeploymentProps, JobProps, StatefulSetProps,
                                     LonghornStorageClass, ManifestObject, Panel, PersistentClaim, PodMetrics, Port, Probe,
                                     PublicRoute, RedirectScheme, Resources, SealedSecret, Storage, TlsCertificate,
                                     TraefikMiddleware, VolumeClaimTemplate, ZeroTrustNamespace, ExternalPeer, PgBouncer, PlusWorkload, allow)
    from dirtbike_constructs.layout import ApplyOrder, write_layout

    res = Resources(cpu="100m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi")
    web = Container(name="web", image="ghcr.io/example/web:1.0.0", resources=res,
                    ports=(Port("http", 8080), Port("metrics", 9090)), readiness=Probe.http("/ready"), liveness=Probe.http("/live"))
    app = cdk8s.App()
    platform = cdk8s.Chart(app, "platform")
    LonghornStorageClass(platform, "storage", name="replicated", replicas=2)
    AcmeIssuer(platform, "issuer", name="letsencrypt", endpoint="staging", dns=CloudflareDns("dns-token"))
    ZeroTrustNamespace(platform, "namespace", name="shop")
    PlatformNamespace(platform, "addons", name="addons", pod_security="baseline", reason="host ports of the add-on")
    InvariantPolicies(platform, "guard", namespaces=["shop"], registries=["docker.io"])
    HelmChart(platform, "addon", name="addon", chart="addon", repo="https://charts.example.org", version="v1.2.3",
              target_namespace="addons", values={"replicas": 2})

    chart = cdk8s.Chart(app, "shop", labels={"team": "checkout"})
    api = HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=web))
    HardenedStatefulSet(chart, "cache", StatefulSetProps(namespace="shop", container=Container(
        name="redis", image="redis:7.4.1", resources=res, ports=(Port("redis", 6379),),
        readiness=Probe.tcp("redis"), liveness=Probe.tcp("redis")), volume_claims=[VolumeClaimTemplate("data", "/data", "1Gi")]))
    HardenedJob(chart, "migrate", JobProps(namespace="shop", container=Container(name="migrate", image="ghcr.io/example/web:1.0.0", resources=res)))
    BlueGreenService(chart, "front", BlueGreenServiceProps(namespace="shop", container=web, active="blue",
                     blue=ColorSpec("ghcr.io/example/web:1.0.0"), green=ColorSpec("ghcr.io/example/web:1.1.0")))
    pg = CnpgCluster(chart, "pg", namespace="shop", image="ghcr.io/cloudnative-pg/postgresql:16.4", instances=1, high_availability=False,
                     storage=Storage("1Gi"), resources=Resources("250m", "1Gi", "1", "1Gi"),
                     api_server=ExternalPeer.network("kube-api", cidr="10.0.0.10/32", ports={"https": 6443}),
                     pooler=PgBouncer())  # renders the CnpgPooler
    PersistentClaim(chart, "uploads", namespace="shop", size="5Gi")
    BarmanObjectStore(chart, "backups", namespace="shop", destination_path="s3://backups/pg", credentials=S3Credentials("backup-creds"))
    SealedSecret(chart, "token", namespace="shop", encrypted_data={"token": os.environ["PLACEHOLDER_CIPHERTEXT"]})
    https = TraefikMiddleware(chart, "https", namespace="shop", spec=RedirectScheme())
    PublicRoute(chart, "www", namespace="shop", host="www.example.org", target=api, port=8080, tls_secret="www-tls",
                redirect_middleware=https)
    TlsCertificate(chart, "www-tls", namespace="shop", hosts=["www.example.org"], issuer="letsencrypt")
    PodMetrics(chart, "api-metrics", target=api)
    AlertRules(chart, "alerts", namespace="shop", groups={"api": [Alert("ApiDown", 'up{job="api"} == 0', "api is down", "no scrape")]})
    AlertRouting(chart, "routing", namespace="shop", match={"team": "checkout"}, secret="hooks",
                 receivers={s: WebhookReceiver("chat", "url") for s in ("critical", "warning", "info")})
    GrafanaDashboard(chart, "dashboard", title="Shop", panels=[Panel("Up", {"{{pod}}": "up"})])

    # cdk8s-plus-27 workloads in the library's namespace (made Pod Security 'restricted' by
    # patches: synthesis checks the final objects), with flows to, from and between them.
    def plus_deployment(id: str, name: str, port: int) -> kplus.Deployment:
        workload = kplus.Deployment(chart, id, metadata=cdk8s.ApiObjectMetadata(name=name, namespace="shop"),
                                    containers=[kplus.ContainerProps(image="ghcr.io/example/plus:1.0.0", port_number=port)])
        cdk8s.ApiObject.of(workload).add_json_patch(
            cdk8s.JsonPatch.add("/spec/template/spec/securityContext/seccompProfile", {"type": "RuntimeDefault"}),
            cdk8s.JsonPatch.add("/spec/template/spec/containers/0/securityContext/capabilities", {"drop": ["ALL"]}))
        return workload

    plus = PlusWorkload(plus_deployment("plus", "plus-api", 8080))
    plus_worker = PlusWorkload(plus_deployment("plus-worker", "plus-worker", 9000))
    allow(api, plus, "tcp-8080")
    allow(plus, pg, "postgresql")
    allow(plus, plus_worker, "tcp-9000")

    # cdk8s escape hatches on every object the library renders.
    for node in app.node.find_all():
        if isinstance(node, ManifestObject):
            node.metadata.add_label("example.org/labelled", "yes")
            node.metadata.add_annotation("example.org/annotated", "yes")
            node.add_json_patch(cdk8s.JsonPatch.add("/metadata/annotations/example.org~1patched", "yes"))
    cdk8s.ApiObject.of(api).add_json_patch(cdk8s.JsonPatch.replace("/spec/replicas", 3))

    tree = write_layout(app, os.environ.get("CDK8S_OUTDIR", "dist"), owner_labels={"example.org/owner": "shop"})
    print(len(tree), "files")
''')


def test_fresh_cdk8s_project_uses_every_construct_with_cdk8s_plus_and_the_cli(python, tmp_path):
    import dirtbike_constructs
    from constructs import Construct

    public = [
        name
        for name in dirtbike_constructs.__all__
        if isinstance(getattr(dirtbike_constructs, name), type)
        and issubclass(getattr(dirtbike_constructs, name), Construct)
        and name != "ManifestObject"
    ]
    built_by_others = {"CnpgPooler": "pooler=PgBouncer()"}  # public type, built by CnpgCluster
    missing = [name for name in public if f"{name}(" not in ACCEPTANCE and built_by_others.get(name, "?") not in ACCEPTANCE]
    assert missing == [], "public constructs the acceptance project does not use"
    cli = ROOT / "node_modules" / ".bin" / "cdk8s"
    assert cli.exists(), "cdk8s CLI not installed: run `make setup` (npm ci)"
    project = consumer_project(tmp_path / "shop", ACCEPTANCE)
    (project / "cdk8s.yaml").write_text(f"language: python\napp: {python} main.py\noutput: dist\nimports: []\n")
    env = {
        **os.environ,
        "PYTHONPATH": "",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "PLACEHOLDER_CIPHERTEXT": base64.b64encode(bytes(range(256)) * 2).decode(),
    }
    result = subprocess.run([str(cli), "--no-check-upgrade", "synth"], cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    files = {p.relative_to(project / "dist").as_posix(): yaml.safe_load(p.read_text()) for p in (project / "dist").rglob("*.yaml")}
    assert "shop/11-deployment-plus-api.yaml" in files and "_cluster/00-namespace-shop.yaml" in files
    ours = [m for m in files.values() if m["metadata"].get("labels", {}).get("app.kubernetes.io/managed-by") == "dirtbike-constructs"]
    assert len(ours) == len(files) - 2  # everything but the cdk8s-plus Deployments
    for manifest in ours:
        meta = manifest["metadata"]
        assert meta["labels"]["example.org/labelled"] == "yes" and meta["labels"]["example.org/owner"] == "shop"
        assert meta["annotations"]["example.org/annotated"] == "yes" and meta["annotations"]["example.org/patched"] == "yes"
        assert "argocd.argoproj.io/sync-wave" in meta["annotations"]
    assert files["shop/11-deployment-api.yaml"]["spec"]["replicas"] == 3
    assert files["shop/11-deployment-plus-api.yaml"]["metadata"]["labels"]["team"] == "checkout"
    assert files["shop/11-deployment-api.yaml"]["metadata"]["labels"]["team"] == "checkout"
