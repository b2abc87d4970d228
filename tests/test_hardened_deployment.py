"""HardenedDeployment: secure defaults asserted field by field, options, and every rule."""

from __future__ import annotations

import pytest
from conftest import as_yaml, find, kinds, synth
from factories import RESOURCES, container

from dirtbike_constructs import (
    Autoscaling,
    ClaimMount,
    ConfigError,
    ConfigFiles,
    DeploymentProps,
    HardenedDeployment,
    Port,
    Probe,
    Reads,
    SecretFiles,
    SecurityExceptions,
    SharedDir,
)
from dirtbike_constructs.hardened_deployment import CHECKSUM_ANNOTATION


def deploy(chart, **props):
    props.setdefault("namespace", "apps")
    props.setdefault("container", container())
    return HardenedDeployment(chart, "app", DeploymentProps(**props))


def pod_spec(manifests):
    return find(manifests, "Deployment")["spec"]["template"]["spec"]


def test_defaults_snapshot(chart, snapshot_yaml):
    """The smallest useful workload: the shape every app starts from."""
    deploy(chart)
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_defaults_render_only_what_is_needed(chart):
    deploy(chart)
    assert kinds(synth(chart)) == ["Deployment", "Service", "ServiceAccount"]


def test_pod_passes_restricted_by_default(chart):
    deploy(
        chart,
        init_containers=[container(name="init", readiness=None, liveness=None, ports=())],
        sidecars=[container(name="proxy", ports=(Port("proxy", 8081),), readiness=Probe.tcp("proxy"), liveness=Probe.tcp("proxy"))],
    )
    spec = pod_spec(synth(chart))
    pod = spec["securityContext"]
    assert pod["runAsNonRoot"] is True and pod["runAsUser"] >= 10000 and pod["runAsGroup"] >= 10000
    assert pod["seccompProfile"] == {"type": "RuntimeDefault"}
    assert spec["automountServiceAccountToken"] is False
    assert spec["enableServiceLinks"] is False
    for c in spec["initContainers"] + spec["containers"]:
        sc = c["securityContext"]
        assert sc["allowPrivilegeEscalation"] is False
        assert sc["capabilities"] == {"drop": ["ALL"]}
        assert sc["privileged"] is False
        assert sc["readOnlyRootFilesystem"] is True
        assert sc["runAsNonRoot"] is True and sc["runAsUser"] >= 10000
        assert sc["seccompProfile"] == {"type": "RuntimeDefault"}
        assert set(c["resources"]["requests"]) == {"cpu", "memory"} == set(c["resources"]["limits"])
        assert "env" not in c or all("valueFrom" not in e for e in c["env"])
    assert [c["name"] for c in spec["containers"]] == ["app", "proxy"]
    assert "readinessProbe" in spec["containers"][1] and "livenessProbe" in spec["containers"][1]


def test_writable_paths_are_empty_dirs(chart):
    deploy(chart, container=container(writable_paths=("/tmp", "/var/cache/nginx")))
    spec = pod_spec(synth(chart))
    mounts = {m["mountPath"]: m["name"] for m in spec["containers"][0]["volumeMounts"]}
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert volumes[mounts["/var/cache/nginx"]]["emptyDir"] == {"sizeLimit": "256Mi"}
    assert volumes[mounts["/tmp"]]["emptyDir"] == {"sizeLimit": "256Mi"}


def test_service_account_is_dedicated_and_no_role_without_reads(chart):
    deploy(chart)
    manifests = synth(chart)
    assert find(manifests, "ServiceAccount", "app")["automountServiceAccountToken"] is False
    assert pod_spec(manifests)["serviceAccountName"] == "app"
    assert "Role" not in kinds(manifests)


def test_reads_render_least_privilege_role(chart, snapshot_yaml):
    """Role and binding for an app that reads its own ConfigMap and Secret through the API."""
    deploy(chart, reads=[Reads("ConfigMap", ["app-settings"]), Reads("Secret", ["app-token"])])
    manifests = synth(chart)
    role = find(manifests, "Role", "app")
    for rule in role["rules"]:
        assert rule["verbs"] == ["get"] and rule["resourceNames"] and "*" not in str(rule)
    assert find(manifests, "RoleBinding", "app")["subjects"] == [{"kind": "ServiceAccount", "name": "app", "namespace": "apps"}]
    assert pod_spec(manifests)["automountServiceAccountToken"] is True
    assert as_yaml([role, find(manifests, "RoleBinding")]) == snapshot_yaml


def test_secrets_are_files_and_config_changes_roll_pods(chart):
    def checksum(files, fingerprint):
        c = cdk8s_chart()
        HardenedDeployment(
            c,
            "app",
            DeploymentProps(
                namespace="apps",
                container=container(
                    mounts=(ConfigFiles("settings", "/etc/app", files), SecretFiles("app-db", "/run/secrets/db", fingerprint=fingerprint))
                ),
            ),
        )
        return find(synth(c), "Deployment")["spec"]["template"]["metadata"]["annotations"][CHECKSUM_ANNOTATION]

    base = checksum({"app.ini": "a=1"}, "v1")
    assert base == checksum({"app.ini": "a=1"}, "v1")
    assert base != checksum({"app.ini": "a=2"}, "v1")
    assert base != checksum({"app.ini": "a=1"}, "v2")

    deploy(
        chart,
        container=container(mounts=(ConfigFiles("settings", "/etc/app", {"app.ini": "a=1"}), SecretFiles("app-db", "/run/secrets/db"))),
    )
    manifests = synth(chart)
    assert find(manifests, "ConfigMap", "app-settings")["data"] == {"app.ini": "a=1"}
    mounts = pod_spec(manifests)["containers"][0]["volumeMounts"]
    assert {"name": "secret-app-db", "mountPath": "/run/secrets/db", "readOnly": True} in mounts
    assert {"name": "config-settings", "mountPath": "/etc/app/app.ini", "subPath": "app.ini", "readOnly": True} in mounts
    volume = next(v for v in pod_spec(manifests)["volumes"] if v["name"] == "secret-app-db")
    assert volume["secret"] == {"secretName": "app-db", "defaultMode": 0o440}


def cdk8s_chart():
    import cdk8s

    return cdk8s.Chart(cdk8s.App(), "t")


def test_replicas_bring_pdb_and_spread(chart):
    deploy(chart, replicas=3, spread="required")
    manifests = synth(chart)
    assert find(manifests, "PodDisruptionBudget")["spec"]["maxUnavailable"] == 1
    spread = pod_spec(manifests)["topologySpreadConstraints"][0]
    assert spread["topologyKey"] == "kubernetes.io/hostname" and spread["whenUnsatisfiable"] == "DoNotSchedule"


def test_autoscaling_owns_replicas(chart, snapshot_yaml):
    """HPA shape and the Deployment leaving replicas to it."""
    deploy(chart, autoscaling=Autoscaling(min_replicas=2, max_replicas=10, cpu_utilization=70))
    manifests = synth(chart)
    assert "replicas" not in find(manifests, "Deployment")["spec"]
    assert "PodDisruptionBudget" in kinds(manifests)
    assert as_yaml([find(manifests, "HorizontalPodAutoscaler")]) == snapshot_yaml


def test_exceptions_are_visible(chart):
    deploy(
        chart,
        container=container(
            run_as_user=33,
            run_as_group=33,
            ports=(Port("http", 80),),
            exceptions=SecurityExceptions(low_uid="the image's www-data owns its files", net_bind_service="binds port 80"),
        ),
    )
    manifests = synth(chart)
    c = pod_spec(manifests)["containers"][0]
    assert c["securityContext"]["capabilities"] == {"drop": ["ALL"], "add": ["NET_BIND_SERVICE"]}
    annotations = find(manifests, "Deployment")["spec"]["template"]["metadata"]["annotations"]
    assert annotations["security.dirtbike.io/app.low-uid"] == "the image's www-data owns its files"
    assert annotations["security.dirtbike.io/app.net-bind-service"] == "binds port 80"


def test_claim_mounts_and_labels(chart):
    deploy(chart, component="api", part_of="site", container=container(mounts=(ClaimMount("app-data", "/data"),)))
    manifests = synth(chart)
    deployment = find(manifests, "Deployment")
    assert deployment["metadata"]["labels"] == {
        "app.kubernetes.io/name": "app",
        "app.kubernetes.io/instance": "app",
        "app.kubernetes.io/version": "1.2.3",
        "app.kubernetes.io/component": "api",
        "app.kubernetes.io/part-of": "site",
        "app.kubernetes.io/managed-by": "dirtbike-constructs",
    }
    assert {"name": "data-app-data", "persistentVolumeClaim": {"claimName": "app-data"}} in pod_spec(manifests)["volumes"]


# --- every validation rule fires, naming the field and the value -------------------------

BAD_CONTAINERS = [
    ({"image": "nginx"}, "image", "pinned"),
    ({"image": "nginx:latest"}, "image", "latest"),
    ({"image": "Not An Image"}, "image", "pinned"),
    ({"run_as_user": 0}, "run_as_user", "at least 10000"),
    ({"run_as_user": 1000}, "run_as_user", "low_uid"),
    ({"run_as_group": 5}, "run_as_group", "at least 10000"),
    ({"ports": (Port("http", 80),)}, "container_port", "1024"),
    ({"ports": (Port("http", 70000),)}, "container_port", "65535"),
    ({"ports": (Port("HTTP!", 8080),)}, "ports.name", "IANA"),
    ({"ports": (Port("http", 8080, protocol="SCTP"),)}, "protocol", "TCP"),
    ({"ports": (Port("http", 8080), Port("http", 8081))}, "ports name", "each value once"),
    ({"env": {"DB_PASSWORD": "x"}}, "env key", "credentials"),
    ({"env": {"API_TOKEN": "x"}}, "env key", "credentials"),
    ({"env": {"1BAD": "x"}}, "env key", "environment variable name"),
    ({"env": {"PORT": 8080}}, "env['PORT']", "quote"),
    ({"readiness": None}, "readiness", "required"),
    ({"liveness": None}, "liveness", "required"),
    ({"readiness": Probe.http("/ready", port="metrics")}, "readiness.port", "one of the container's ports"),
    ({"readiness": Probe.http("ready")}, "http_path", "starting with '/'"),
    ({"readiness": Probe(http_path="/x", command=("true",))}, "readiness", "exactly one"),
    ({"liveness": Probe.http("/live", period_seconds=0)}, "period_seconds", "from 1"),
    ({"resources": RESOURCES.__class__(cpu="lots", memory="1Gi", cpu_limit="1", memory_limit="1Gi")}, "resources.cpu", "CPU quantity"),
    ({"resources": RESOURCES.__class__(cpu="1", memory="1Gi", cpu_limit="500m", memory_limit="1Gi")}, "cpu_limit", "at least the request"),
    (
        {"resources": RESOURCES.__class__(cpu="1", memory="1Gi", cpu_limit="1", memory_limit="512Mi")},
        "memory_limit",
        "at least the request",
    ),
    ({"resources": RESOURCES.__class__(cpu="1", memory="lots", cpu_limit="1", memory_limit="1Gi")}, "resources.memory", "memory quantity"),
    ({"resources": None}, "resources", "Resources"),
    ({"writable_paths": "/tmp"}, "writable_paths", "sequence"),
    ({"writable_paths": ("tmp",)}, "writable_paths", "absolute"),
    ({"writable_paths": ("/tmp", "/tmp")}, "mount path", "each value once"),
    ({"scratch_size_limit": "big"}, "scratch_size_limit", "memory quantity"),
    ({"command": "run.sh"}, "command", "not one string"),
    ({"mounts": ("/data",)}, "mounts", "SecretFiles"),
    ({"mounts": (SecretFiles("Bad_Name", "/s"),)}, "secret_name", "DNS-1123"),
    ({"mounts": (ConfigFiles("cfg", "/etc/x", {}),)}, "files", "at least one file"),
    ({"mounts": (ConfigFiles("cfg", "/etc/x", {"a/b": "x"}),)}, "files key", "without '/'"),
    ({"exceptions": SecurityExceptions(net_bind_service="  ")}, "net_bind_service", "non-empty"),
    ({"name": "Main"}, "container.name", "DNS-1123"),
    ({"working_dir": "app"}, "working_dir", "absolute"),
    ({"ports": (Port("http", 8080, service_port=0),)}, "service_port", "65535"),
    ({"readiness": Probe.tcp(70000)}, "readiness.port", "65535"),
    ({"readiness": Probe.http("/ready", initial_delay_seconds=-1)}, "initial_delay_seconds", "from 0"),
    ({"liveness": Probe.http("/live", timeout_seconds=0)}, "timeout_seconds", "from 1"),
    ({"liveness": Probe.http("/live", failure_threshold=0)}, "failure_threshold", "from 1"),
    ({"exceptions": {"low_uid": "x"}}, "exceptions", "SecurityExceptions"),
    ({"mounts": (SecretFiles("db", "/s", items={"password": 1}),)}, "items['password']", "quote"),
    ({"mounts": (SecretFiles("db", "relative/path"),)}, "mounts.mount_path", "absolute"),
    ({"mounts": (ClaimMount("Data", "/data"),)}, "claim_name", "DNS-1123"),
    ({"mounts": (ConfigFiles("Cfg", "/etc/x", {"a": "1"}),)}, "mounts.name", "DNS-1123"),
    ({"mounts": (SharedDir("Sock", "/shared"),)}, "mounts.name", "DNS-1123"),
    ({"mounts": (SharedDir("sock", "/shared", size_limit="lots"),)}, "size_limit", "memory quantity"),
    ({"mounts": (SecretFiles("db", "/etc/x.php", key="bad key"),)}, "mounts['db'].key", "one Secret key"),
    ({"mounts": (SecretFiles("db", "/etc/x.php", items={"a": "b"}, key="a"),)}, "mounts['db'].key", "no items"),
]


@pytest.mark.parametrize("changes, field, allowed", BAD_CONTAINERS, ids=[f"{f}:{i}" for i, (_, f, _a) in enumerate(BAD_CONTAINERS)])
def test_container_rules(chart, changes, field, allowed):
    with pytest.raises(ConfigError) as error:
        deploy(chart, container=container(**changes))
    message = str(error.value)
    assert message.startswith("test/app: ")
    assert field in error.value.field and allowed in message


BAD_PROPS = [
    ({"namespace": "Apps"}, "namespace"),
    ({"name": "a" * 64}, "name"),
    ({"replicas": -1}, "replicas"),
    ({"replicas": True}, "replicas"),
    ({"spread": "always"}, "spread"),
    ({"strategy": "BlueGreen"}, "strategy"),
    ({"autoscaling": Autoscaling(min_replicas=0)}, "autoscaling.min_replicas"),
    ({"autoscaling": Autoscaling(min_replicas=5, max_replicas=3)}, "autoscaling.max_replicas"),
    ({"autoscaling": Autoscaling(cpu_utilization=150)}, "autoscaling.cpu_utilization"),
    ({"autoscaling": {"min": 2}}, "autoscaling"),
    ({"reads": [Reads("Pod", ["x"])]}, "reads[0].kind"),
    ({"reads": [Reads("Secret", ["*"])]}, "reads[0].names"),
    ({"reads": [Reads("Secret", [])]}, "reads[0].names"),
    ({"reads": [Reads("Secret", ["a", "a"])]}, "reads[0].names"),
    ({"pod_labels": {"app.kubernetes.io/name": "x"}}, "pod_labels"),
    ({"pod_labels": {"tier": 1}}, "pod_labels['tier']"),
    ({"init_containers": [container()]}, "container name"),
    ({"sidecars": [container(name="proxy", readiness=None)]}, "sidecars['proxy'].readiness"),
    ({"sidecars": [container(name="proxy", ports=(Port("http", 9090),))]}, "port name"),
    ({"sidecars": [container(name="proxy", ports=(Port("http", 9090, expose=False),))]}, "port name"),
    (
        {
            "sidecars": [
                container(
                    name="proxy", ports=(Port("proxy", 9090, service_port=8080),), readiness=Probe.tcp("proxy"), liveness=Probe.tcp("proxy")
                )
            ]
        },
        "exposed service_port",
    ),
    ({"termination_grace_period_seconds": -5}, "termination_grace_period_seconds"),
    ({"app": "bad value!"}, "app"),
    ({"container": "nginx:1.0"}, "container"),
    ({"component": "web tier"}, "component"),
    ({"part_of": "-site"}, "part_of"),
]


@pytest.mark.parametrize("props, field", BAD_PROPS, ids=[f for _, f in BAD_PROPS])
def test_prop_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        deploy(chart, **props)
    assert error.value.field == field


def test_conflicting_volumes_and_config_names(chart):
    with pytest.raises(ConfigError, match="one content per name"):
        deploy(
            chart,
            container=container(mounts=(ConfigFiles("cfg", "/etc/a", {"a": "1"}),)),
            sidecars=[
                container(
                    name="proxy",
                    ports=(),
                    readiness=Probe.exec("true"),
                    liveness=Probe.exec("true"),
                    mounts=(ConfigFiles("cfg", "/etc/b", {"a": "2"}),),
                )
            ],
        )


def test_bad_scope_and_duplicate_id_are_config_errors(chart):
    with pytest.raises(ConfigError, match="constructs.Construct"):
        HardenedDeployment("not a scope", "app", DeploymentProps(namespace="apps", container=container()))
    deploy(chart)
    with pytest.raises(ConfigError, match="not yet used"):
        deploy(chart)


def test_error_message_names_path_field_value_and_fix(chart):
    with pytest.raises(ConfigError) as error:
        deploy(chart, container=container(image="nginx:latest"))
    assert str(error.value) == (
        "test/app: container['app'].image='nginx:latest' is not allowed; allowed: an image pinned by a tag "
        "other than 'latest' and/or a sha256 digest, e.g. 'nginx:1.27.3'. Fix: 'latest' moves under you; pin the version"
    )


def test_digest_pinned_image_is_accepted(chart):
    digest = "sha256:" + "ab" * 32  # format check only: the image is never pulled
    deploy(chart, container=container(image=f"ghcr.io/example/app@{digest}"))
    assert find(synth(chart), "Deployment")["metadata"]["labels"]["app.kubernetes.io/version"] == "abababababab"


def test_one_volume_name_one_definition(chart):
    with pytest.raises(ConfigError, match="one definition per volume name"):
        deploy(
            chart,
            container=container(mounts=(SecretFiles("db", "/run/db"),)),
            sidecars=[
                container(
                    name="proxy",
                    ports=(),
                    readiness=Probe.exec("true"),
                    liveness=Probe.exec("true"),
                    mounts=(SecretFiles("db", "/run/db", items={"password": "pw"}),),
                )
            ],
        )


def test_single_secret_file_keeps_the_folder(chart):
    deploy(chart, container=container(mounts=(SecretFiles("pma", "/etc/phpmyadmin/config.secret.inc.php", key="config.secret.inc.php"),)))
    mounts = pod_spec(synth(chart))["containers"][0]["volumeMounts"]
    assert {
        "name": "secret-pma",
        "mountPath": "/etc/phpmyadmin/config.secret.inc.php",
        "subPath": "config.secret.inc.php",
        "readOnly": True,
    } in mounts


def test_scratch_is_private_and_shared_dirs_are_shared(chart):
    deploy(
        chart,
        container=container(mounts=(SharedDir("sock", "/shared"),)),
        sidecars=[
            container(
                name="proxy", ports=(), readiness=Probe.exec("true"), liveness=Probe.exec("true"), mounts=(SharedDir("sock", "/shared"),)
            )
        ],
    )
    spec = pod_spec(synth(chart))
    app, proxy = spec["containers"]
    tmp = {c["name"]: next(m["name"] for m in c["volumeMounts"] if m["mountPath"] == "/tmp") for c in (app, proxy)}
    assert tmp == {"app": "scratch-app-tmp", "proxy": "scratch-proxy-tmp"}
    assert {"name": "shared-sock", "mountPath": "/shared"} in app["volumeMounts"]
    assert {"name": "shared-sock", "mountPath": "/shared"} in proxy["volumeMounts"]
    assert {"name": "shared-sock", "emptyDir": {"sizeLimit": "64Mi"}} in spec["volumes"]
