"""Classes 5 and 6 of the bad inputs (the parts held here): values the cluster would refuse or
never act on (a cron schedule that never fires, a typed Secret without its required keys), and
environments or namespaces that collide, each refused naming both sides."""

from __future__ import annotations

import dataclasses
import re

import pytest
import yaml
from conftest import ROOT
from factories import container
from keys import key_pair

from dirtbike_constructs import ConfigError, ContainerDefaults, HardenedJob, JobProps, Quota, SealedSecret, ZeroTrustNamespace
from dirtbike_constructs import _validate as check
from dirtbike_constructs.sealing import load_certificate, seal
from dirtbike_site import environments


@pytest.mark.parametrize("schedule", ["0 0 31 2 *", "0 0 30,31 feb *", "0 0 31 4,6,9,11 *", "0 0 30 2 *"])
def test_a_schedule_that_never_fires_is_refused(chart, schedule):
    with pytest.raises(ConfigError) as error:
        HardenedJob(
            chart, "job", JobProps(namespace="shop", schedule=schedule, container=container(ports=(), readiness=None, liveness=None))
        )
    assert "never run" in (error.value.fix or "")


@pytest.mark.parametrize("schedule", ["0 0 29 2 *", "0 0 31 2 1", "0 0 31 */2 *", "0 4 1 * *"])
def test_a_schedule_that_fires_sometimes_is_fine(schedule):
    check.cron("job", "schedule", schedule)


def _sealed(chart, keys, secret_type):
    certificate = load_certificate(key_pair()[1])
    data = {key: seal(certificate, "shop", "cert", b"value") for key in keys}
    return SealedSecret(chart, "cert", namespace="shop", encrypted_data=data, secret_type=secret_type)


@pytest.mark.parametrize(
    "keys, secret_type",
    [(("tls.crt",), "kubernetes.io/tls"), (("crt", "key"), "kubernetes.io/tls"), (("token",), "kubernetes.io/basic-auth")],
)
def test_a_typed_secret_without_its_required_keys_is_refused(chart, keys, secret_type):
    with pytest.raises(ConfigError) as error:
        _sealed(chart, keys, secret_type)
    assert error.value.field == "encrypted_data"


def test_a_tls_secret_with_both_keys_is_fine(chart):
    _sealed(chart, ("tls.crt", "tls.key"), "kubernetes.io/tls")


@pytest.mark.parametrize("name", ["kube-system", "kube-public", "kube-node-lease", "default"])
def test_a_zero_trust_namespace_cannot_be_a_system_namespace(chart, name):
    with pytest.raises(ConfigError) as error:
        ZeroTrustNamespace(chart, "ns", name=name)
    assert error.value.field == "name" and "PlatformNamespace" in (error.value.fix or "")


def test_an_environments_key_naming_another_environment_is_refused():
    envs = dict(environments.ENVIRONMENTS)
    envs["stage"] = envs["prod"]
    with pytest.raises(ConfigError) as error:
        environments.check_environments(envs, environments.NAMES)
    assert error.value.where == "ENVIRONMENTS['stage']" and error.value.value == "prod"


def test_a_name_without_its_environment_is_refused():
    with pytest.raises(ConfigError) as error:
        environments.check_environments(environments.ENVIRONMENTS, (*environments.NAMES, "qa"))
    assert error.value.value == "qa" and "ENVIRONMENTS" in (error.value.fix or "")
    envs = {**environments.ENVIRONMENTS, "qa": dataclasses.replace(environments.ENVIRONMENTS["dev"], name="qa", domain="qa.example.org")}
    with pytest.raises(ConfigError) as error:
        environments.check_environments(envs, environments.NAMES)
    assert error.value.value == "qa" and "NAMES" in (error.value.fix or "")


def test_two_environments_on_one_domain_are_refused_naming_both():
    envs = dict(environments.ENVIRONMENTS)
    envs["stage"] = dataclasses.replace(envs["stage"], domain=envs["dev"].domain)
    with pytest.raises(ConfigError) as error:
        environments.check_environments(envs, environments.NAMES)
    assert error.value.where == "environment 'stage'" and "'dev'" in error.value.allowed


def _rules(chart, **alert):
    from dirtbike_constructs import Alert, AlertRules

    return AlertRules(chart, "alerts", namespace="shop", groups={"web": [Alert("WebDown", "up == 0", "down", "no scrape", **alert)]})


def test_an_alert_whose_severity_label_contradicts_its_severity_is_refused(chart):
    with pytest.raises(ConfigError) as error:
        _rules(chart, severity="warning", labels={"severity": "critical"})
    assert error.value.field.endswith(".labels['severity']")


@pytest.mark.parametrize("key", ["", "team-name", "__name__", "1team"])
def test_a_bad_alert_label_name_is_refused(chart, key):
    with pytest.raises(ConfigError):
        _rules(chart, labels={key: "x"})


@pytest.mark.parametrize("key", ["", "env-name", "__meta"])
def test_an_empty_or_bad_matcher_name_is_refused(chart, key):
    from dirtbike_constructs import AlertRouting, WebhookReceiver

    hook = WebhookReceiver("chat", "url")
    with pytest.raises(ConfigError) as error:
        AlertRouting(
            chart, "r", namespace="shop", match={key: "prod"}, secret="hooks", receivers={s: hook for s in ("critical", "warning", "info")}
        )
    assert error.value.field == "match key"


def test_annotations_past_256_kib_are_refused(chart):
    from dirtbike_constructs.meta import ManifestObject

    manifest = {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "big", "namespace": "shop", "annotations": {"example.org/blob": "x" * (256 * 1024)}},
    }
    with pytest.raises(ConfigError) as error:
        ManifestObject(chart, "big", manifest)
    assert error.value.field == "ConfigMap big: metadata.annotations"
    manifest["metadata"]["annotations"] = {"example.org/blob": "x" * (256 * 1024 - len("example.org/blob"))}
    ManifestObject(chart, "fits", {**manifest, "metadata": {**manifest["metadata"], "name": "fits"}})


@pytest.mark.parametrize(
    "props, field",
    [
        (lambda: {"quota": Quota("2", "4Gi", "1", "8Gi")}, "quota.limits_cpu"),
        (lambda: {"quota": Quota("1", "4Gi", "2", "2Gi")}, "quota.limits_memory"),
        (lambda: {"container_defaults": ContainerDefaults(request_cpu="500m", limit_cpu="250m")}, "container_defaults.limit_cpu"),
        (lambda: {"container_defaults": ContainerDefaults(request_memory="1Gi", limit_memory="512Mi")}, "container_defaults.limit_memory"),
    ],
    ids=["quota-cpu", "quota-memory", "limit-range-cpu", "limit-range-memory"],
)
def test_limits_below_requests_are_refused_in_quotas_and_limit_ranges(chart, props, field):
    with pytest.raises(ConfigError) as error:
        ZeroTrustNamespace(chart, "ns", name="shop", **props())
    assert error.value.field == field


@pytest.mark.parametrize(
    "changed, domain, other, host",
    [
        ("stage", "www.dev.dirtbikechina.com", "dev", "www.dev.dirtbikechina.com"),  # stage's apex is dev's www
        ("dev", "forum.dirtbikechina.com", "prod", "forum.dirtbikechina.com"),  # dev's apex is prod's forum
        ("stage", "dirtbikechina.com", "prod", "dirtbikechina.com"),  # prod's domain copied
    ],
)
def test_environments_whose_hosts_overlap_are_refused_naming_both(changed, domain, other, host):
    envs = dict(environments.ENVIRONMENTS)
    envs[changed] = dataclasses.replace(envs[changed], domain=domain)
    with pytest.raises(ConfigError) as error:
        environments.check_environments(envs, environments.NAMES)
    # The later of the two in ENVIRONMENTS is refused, naming the earlier one and the host.
    refused = error.value.where.split("'")[1]
    earlier = ({changed, other} - {refused}).pop()
    assert refused in (changed, other) and error.value.value == envs[refused].domain
    assert f"environment {earlier!r} routes {host!r}" in error.value.allowed


@pytest.mark.parametrize(
    "first, second, overlap",
    [
        ("*.example.org", "www.example.org", True),
        ("www.example.org", "*.example.org", True),
        ("*.example.org", "*.example.org", True),
        ("*.example.org", "example.org", False),
        ("*.example.org", "a.b.example.org", False),
        ("*.example.org", "*.b.example.org", False),
        ("www.example.org", "www.example.com", False),
    ],
)
def test_a_wildcard_host_covers_one_label_below_it(first, second, overlap):
    assert check.hosts_overlap(first, second) is overlap


def test_the_hosts_dist_routes_are_the_environments_hosts():
    for name in environments.NAMES:
        routed = set()
        for path in (ROOT / "dist" / name).rglob("*ingressroute*.yaml"):
            for route in yaml.safe_load(path.read_text())["spec"]["routes"]:
                routed.update(re.findall(r"Host\(`([^`]+)`\)", route["match"]))
        assert routed and routed <= set(environments.get(name).hosts), name
