"""Values the old validation let through although the API server, the operator or the workload
would refuse them or misbehave: each is now refused at construction, naming the field. Values
that are valid Kubernetes stay accepted."""

from __future__ import annotations

import zoneinfo

import cdk8s
import pytest
from conftest import find, synth
from factories import RESOURCES, container

from dirtbike_constructs import (
    Autoscaling,
    BlueGreenService,
    BlueGreenServiceProps,
    ClaimMount,
    ColorSpec,
    ConfigError,
    ConfigFiles,
    DeploymentProps,
    HardenedDeployment,
    HardenedJob,
    HardenedStatefulSet,
    JobProps,
    Port,
    Probe,
    Resources,
    SecretFiles,
    StatefulSetProps,
    VolumeClaimTemplate,
)


def deploy(chart, **props):
    props.setdefault("container", container())
    return HardenedDeployment(chart, "app", DeploymentProps(namespace="ns", **props))


def refused(action) -> ConfigError:
    with pytest.raises(ConfigError) as error:
        action()
    return error.value


# --- probes: on a port the container serves over TCP ------------------------------------------


@pytest.mark.parametrize(
    "probe, field",
    [
        (Probe.http("/ready", port=9090), "container['app'].readiness.port"),  # a number not declared
        (Probe.tcp(port=8081), "container['app'].readiness.port"),
        (Probe.tcp(port="dns"), "container['app'].readiness.port"),  # a UDP port
        (Probe.http("/ready", port=True), "container['app'].readiness.port"),
    ],
)
def test_a_probe_on_a_port_the_container_does_not_serve_is_refused(chart, probe, field):
    c = container(ports=(Port("http", 8080), Port("dns", 5353, protocol="UDP")), readiness=probe)
    assert refused(lambda: deploy(chart, container=c)).field == field


def test_a_probe_by_declared_number_is_accepted(chart):
    deploy(chart, container=container(readiness=Probe.http("/ready", port=8080)))
    spec = find(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert spec["readinessProbe"]["httpGet"]["port"] == 8080


# --- credentials inside values ----------------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [
        {"DATABASE_URL": "postgres://app:s3cret@db:5432/app"},
        {"REDIS_URL": "redis://:s3cret@redis:6379/0"},
        {"PG_CONN": "host=db user=app password=s3cret dbname=app"},
        {"CALLBACK": "https://example.org/hook?token=s3cret"},
        {"TLS": "-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----"},
    ],
)
def test_a_credential_inside_an_env_value_is_refused_and_not_repeated(chart, env):
    error = refused(lambda: deploy(chart, container=container(env=env)))
    assert error.field == f"container['app'].env[{next(iter(env))!r}]"
    assert "s3cret" not in str(error) and "MIIabc" not in str(error) and "SecretFiles" in str(error)


def test_a_credential_in_the_arguments_is_refused(chart):
    error = refused(lambda: deploy(chart, container=container(args=("--db", "mysql://root:s3cret@db/app"))))
    assert error.field == "container['app'].args[1]" and "s3cret" not in str(error)


def test_urls_without_a_password_are_plain_settings(chart):
    deploy(chart, container=container(env={"DATABASE_URL": "postgres://app@db:5432/app", "HOME_URL": "https://example.org/a?b=c"}))


# --- $(VAR) references --------------------------------------------------------------------------


def test_a_reference_to_a_variable_defined_later_or_never_is_refused(chart):
    later = container(env={"URL": "http://$(HOST):8080", "HOST": "db"})
    assert refused(lambda: deploy(chart, container=later)).field == "container['app'].env['URL']"
    never = container(env={"URL": "http://$(HOSTNAME_OF_DB)"})
    assert "define HOSTNAME_OF_DB earlier" in str(refused(lambda: deploy(cdk8s.Chart(cdk8s.App(), "t2"), container=never)))


def test_references_defined_before_and_escaped_ones_are_accepted(chart):
    deploy(chart, container=container(env={"HOST": "db", "URL": "http://$(HOST):8080", "LITERAL": "$$(NOT_EXPANDED)"}))


# --- one value where a sequence is expected ------------------------------------------------------


@pytest.mark.parametrize(
    "props, field",
    [
        ({"container": container(ports=Port("http", 8080))}, "container['app'].ports"),
        ({"container": container(mounts=SecretFiles("s", "/run/secrets/s"))}, "container['app'].mounts"),
        ({"init_containers": container(name="init")}, "init_containers"),
        ({"sidecars": container(name="side")}, "sidecars"),
    ],
)
def test_a_single_value_for_a_sequence_is_refused_with_the_fix(chart, props, field):
    error = refused(lambda: deploy(chart, **props))
    assert error.field == field and "wrap the single value" in str(error)


def test_a_single_volume_claim_is_refused(chart):
    claim = VolumeClaimTemplate("data", "/data", "1Gi")
    error = refused(lambda: HardenedStatefulSet(chart, "db", StatefulSetProps(namespace="ns", container=container(), volume_claims=claim)))
    assert error.field == "volume_claims"


# --- quantities --------------------------------------------------------------------------------


def test_valid_kubernetes_quantities_are_accepted(chart):
    resources = Resources(cpu="0.5", memory="1.5Gi", cpu_limit="1500m", memory_limit="2G")
    deploy(chart, container=container(resources=resources, scratch_size_limit="512k"))
    limits = find(synth(chart), "Deployment")["spec"]["template"]["spec"]["containers"][0]["resources"]
    assert limits == {"requests": {"cpu": "0.5", "memory": "1.5Gi"}, "limits": {"cpu": "1500m", "memory": "2G"}}


@pytest.mark.parametrize(
    "resources, field, fix",
    [
        (Resources("100m", "128m", "200m", "256Mi"), "container['app'].resources.memory", "'128Mi'"),
        (Resources("100m", "128Mi", "200m", "512K"), "container['app'].resources.memory_limit", "'512Ki'"),
        (Resources("1.5m", "128Mi", "200m", "256Mi"), "container['app'].resources.cpu", "finer than 1m"),
        (Resources("100m", "128Mi", "2Gi", "256Mi"), "container['app'].resources.cpu_limit", ""),
    ],
)
def test_quantities_the_api_server_refuses_or_misreads_are_refused(chart, resources, field, fix):
    error = refused(lambda: deploy(chart, container=container(resources=resources)))
    assert error.field == field and fix in str(error)


# --- replicas and autoscaling --------------------------------------------------------------------


@pytest.mark.parametrize("replicas", [0, 3])
def test_replicas_that_autoscaling_would_ignore_are_refused(chart, replicas):
    error = refused(lambda: deploy(chart, replicas=replicas, autoscaling=Autoscaling()))
    assert error.field == "replicas"


def test_blue_green_autoscaling_keeps_the_idle_colors_count(chart):
    BlueGreenService(
        chart,
        "web",
        BlueGreenServiceProps(
            namespace="ns",
            container=container(),
            blue=ColorSpec("example/app:1", replicas=2),
            green=ColorSpec("example/app:2", replicas=1),
            active="blue",
            autoscaling=Autoscaling(),
        ),
    )
    manifests = synth(chart)
    assert "replicas" not in find(manifests, "Deployment", "web-blue")["spec"]
    assert find(manifests, "Deployment", "web-green")["spec"]["replicas"] == 1


# --- CronJob schedule and time zone ---------------------------------------------------------------


@pytest.mark.parametrize(
    "schedule",
    ["60 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 * 13 *", "0 0 * * 8", "*/0 * * * *", "0 0 * * funday", "TZ=UTC 0 4 * * *", "0 4 * *"],
)
def test_a_schedule_the_api_server_refuses_is_refused(chart, schedule):
    error = refused(lambda: HardenedJob(chart, "job", JobProps(namespace="ns", container=container(), schedule=schedule)))
    assert error.field == "schedule"


@pytest.mark.parametrize("schedule", ["*/15 * * * *", "0 4 1 * *", "30 2 * * mon-fri", "0 0 1,15 jan,jul *", "@daily"])
def test_valid_schedules_are_accepted(chart, schedule):
    HardenedJob(chart, "job", JobProps(namespace="ns", container=container(), schedule=schedule))


@pytest.mark.skipif(not zoneinfo.available_timezones(), reason="no time zone database on this machine")
def test_an_unknown_time_zone_is_refused_with_a_suggestion(chart):
    error = refused(
        lambda: HardenedJob(chart, "job", JobProps(namespace="ns", container=container(), schedule="@daily", time_zone="asia/shanghai"))
    )
    assert error.field == "time_zone" and "did you mean 'Asia/Shanghai'" in str(error)


# --- mounts ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "mount, field",
    [
        (SecretFiles("s", "/run/secrets/s", items={"key": "../escape"}), "container['app'].mounts['s'].items"),
        (SecretFiles("s", "/run/secrets/s", items={"key": "/etc/passwd"}), "container['app'].mounts['s'].items"),
        (SecretFiles("s", "/run/secrets/s", items={"a key": "a"}), "container['app'].mounts['s'].items key"),
        (ClaimMount("data", "/data", sub_path="/abs"), "container['app'].mounts['data'].sub_path"),
        (ClaimMount("data", "/data", sub_path="a/../../b"), "container['app'].mounts['data'].sub_path"),
        (ConfigFiles("cfg", "/etc/app", {"my app.conf": "x"}), "container['app'].mounts['cfg'].files key"),
        (ConfigFiles("cfg", "/etc/app", {"big.bin": "x" * (1024 * 1024)}), "container['app'].mounts['cfg'].files"),
        (SecretFiles("s", "/"), "container['app'].mounts.mount_path"),
    ],
)
def test_mounts_the_api_server_or_runtime_refuses_are_refused(chart, mount, field):
    assert refused(lambda: deploy(chart, container=container(mounts=(mount,)))).field == field


def test_a_writable_root_is_refused(chart):
    assert refused(lambda: deploy(chart, container=container(writable_paths=("/",)))).field == "container['app'].writable_paths"


def test_resources_factory_is_valid():
    RESOURCES.validate("factories")
