"""Class 2 of the bad inputs: every object a construct names, and every name inside it, is held
to the rule of its kind and field (`_names.NAME_RULES`, Kubernetes v1.36's API validation),
where the object is created, with the construct path and the derived name in the error."""

from __future__ import annotations

import cdk8s
import pytest
from factories import container

from dirtbike_constructs import (
    ClaimMount,
    ConfigFiles,
    ConfigError,
    DeploymentProps,
    HardenedDeployment,
    HardenedJob,
    HardenedStatefulSet,
    JobProps,
    Port,
    Probe,
    SecretFiles,
    StatefulSetProps,
    VolumeClaimTemplate,
)
from dirtbike_constructs._names import NAME_RULES, NameRule, name_problem
from dirtbike_constructs.meta import ManifestObject


def _job_container(**changes):
    return container(ports=(), readiness=None, liveness=None, **changes)


def test_a_statefulset_name_whose_headless_service_is_too_long_is_refused(chart):
    name = "a" * 60
    props = StatefulSetProps(
        namespace="shop",
        container=container(ports=(Port("redis", 6379),), readiness=Probe.tcp("redis"), liveness=Probe.tcp("redis")),
        volume_claims=[VolumeClaimTemplate("data", "/data", "1Gi")],
    )
    with pytest.raises(ConfigError) as error:
        HardenedStatefulSet(chart, name, props)
    assert error.value.where.startswith(f"test/{name}/")
    assert error.value.field == "Service name"
    assert error.value.value == f"{name}-headless"
    assert "63" in error.value.allowed
    assert not chart.node.children


def test_a_cronjob_name_past_52_characters_is_refused(chart):
    with pytest.raises(ConfigError) as error:
        HardenedJob(chart, "n" * 53, JobProps(namespace="shop", schedule="0 4 * * *", container=_job_container()))
    assert error.value.field == "CronJob name"
    assert "52" in error.value.allowed
    HardenedJob(chart, "n" * 52, JobProps(namespace="shop", schedule="0 4 * * *", container=_job_container()))


def test_a_service_name_starting_with_a_digit_is_refused(chart):
    with pytest.raises(ConfigError) as error:
        HardenedDeployment(chart, "1web", DeploymentProps(namespace="shop", container=container()))
    assert error.value.field == "Service name"
    assert "starting with a letter" in error.value.allowed


def test_a_volume_name_past_63_characters_is_refused_with_the_derived_name(chart):
    files = ConfigFiles("c" * 60, "/etc/app", {"app.ini": "a = 1"})
    with pytest.raises(ConfigError) as error:
        HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container(mounts=(files,))))
    assert error.value.field.startswith("Deployment web: spec.template.spec.volumes[")
    assert error.value.value == "config-" + "c" * 60


@pytest.mark.parametrize("mount", [SecretFiles("app.tls", "/etc/tls"), ClaimMount("uploads.v2", "/srv/uploads")], ids=["secret", "claim"])
def test_a_dotted_object_name_gives_a_volume_name_without_dots(chart, mount):
    HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container(mounts=(mount,))))
    deployment = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Deployment")
    assert mount.volume_name in [v["name"] for v in deployment["spec"]["template"]["spec"]["volumes"]]
    assert "." not in mount.volume_name


def test_a_subpath_of_dot_dot_is_refused(chart):
    with pytest.raises(ConfigError) as error:
        HardenedDeployment(
            chart, "web", DeploymentProps(namespace="shop", container=container(mounts=(SecretFiles("creds", "/run/creds", key=".."),)))
        )
    assert "subPath" in error.value.field or "key" in error.value.field


@pytest.mark.parametrize(
    "kind, field, good, bad",
    [
        ("Service", "metadata.name", "web", "9web"),
        ("Namespace", "metadata.name", "shop", "shop.v1"),
        ("StatefulSet", "metadata.name", "db", "db.v1"),
        ("CronJob", "metadata.name", "c" * 52, "c" * 53),
        ("Job", "metadata.name", "j" * 63, "j" * 64),
        ("Deployment", "metadata.name", "web.v1", "Web"),
        ("*", "volumes[].name", "data", "data.v1"),
        ("*", "containers[].name", "app", "app_1"),
        ("*", "containers[].ports[].name", "http-alt", "http--alt"),
        ("*", "containers[].ports[].name", "metrics", "a" * 16),
        ("Service", "spec.ports[].name", "http", "HTTP"),
        ("*", "volumeMounts[].subPath", "conf/app.ini", "../etc"),
        ("*", "volumeMounts[].subPath", "conf", "conf/../.."),
    ],
)
def test_the_name_rule_table(kind, field, good, bad):
    rule = NAME_RULES.get((kind, field), NameRule("dns-subdomain", 253))
    assert name_problem(rule, good) is None
    assert name_problem(rule, bad)


def test_every_object_name_is_checked_where_it_is_created(chart):
    manifest = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "9lives", "namespace": "shop"}, "spec": {}}
    with pytest.raises(ConfigError) as error:
        ManifestObject(chart, "svc", manifest)
    assert (error.value.where, error.value.field, error.value.value) == ("test/svc", "Service name", "9lives")


VOLUME_RULE = NAME_RULES[("*", "volumes[].name")]


@pytest.mark.parametrize("kind", [SecretFiles, ClaimMount], ids=["secret", "claim"])
def test_long_or_dotted_names_derive_distinct_stable_volume_names(chart, kind):
    """Names that differ only past the 63rd character of the volume name, or by a dot against a
    dash, once truncated to one volume; now each keeps a digest of its own name."""
    pairs = [("x" * 60 + "-first", "x" * 60 + "-second"), ("app.tls", "app-tls")]
    for first, second in pairs:
        mounts = (kind(first, "/srv/first"), kind(second, "/srv/second"))
        names = [m.volume_name for m in mounts]
        assert names[0] != names[1] and [name_problem(VOLUME_RULE, n) for n in names] == [None, None]
        assert kind(first, "/elsewhere").volume_name == names[0]  # stable: the name alone decides
    HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container(mounts=mounts)))
    volumes = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Deployment")["spec"]["template"]["spec"]["volumes"]
    assert {v["name"] for v in volumes} >= set(names)


def test_a_short_plain_name_keeps_its_volume_name():
    assert (SecretFiles("db-creds", "/run/db").volume_name, ClaimMount("uploads", "/srv").volume_name) == (
        "secret-db-creds",
        "data-uploads",
    )


def test_long_writable_paths_get_distinct_scratch_volumes(chart):
    base = "/var/www/discourse/app/assets/javascripts/plugins/generated"
    paths = (f"{base}/first", f"{base}/second")
    HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container(writable_paths=paths)))
    pod = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Deployment")["spec"]["template"]["spec"]
    mounted = {m["mountPath"]: m["name"] for m in pod["containers"][0]["volumeMounts"]}
    assert mounted[paths[0]] != mounted[paths[1]]
    assert all(name_problem(VOLUME_RULE, mounted[p]) is None for p in paths)


def test_writable_paths_that_derive_one_volume_name_are_refused(chart):
    with pytest.raises(ConfigError) as error:
        HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container(writable_paths=("/tmp/a", "/tmp-a"))))
    assert error.value.field.endswith("writable_paths") and "'/tmp/a' derives 'scratch-app-tmp-a'" in error.value.allowed
