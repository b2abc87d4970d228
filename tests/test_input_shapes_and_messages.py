"""Classes 7 and 8 of the bad inputs: a value of the wrong shape or type is answered as such
(`_validate.sequence_of`, `mapping`, `integer`, `port`), never by a TypeError or
AttributeError from inside the library, and each message names the real fault (the zone
database judges zone names, Go durations where the field takes them, the 253-character host
rule, the nearest kind for a typo in like=)."""

from __future__ import annotations

import dataclasses

import cdk8s
import pytest
from factories import container, pg_cluster

from dirtbike_constructs import (
    Alert,
    AlertRules,
    BasicAuth,
    BodyLimit,
    ConfigError,
    DeploymentProps,
    GrafanaDashboard,
    HardenedDeployment,
    HardenedJob,
    HelmChart,
    JobProps,
    Panel,
    PublicRoute,
    RedirectScheme,
    TlsCertificate,
    TraefikMiddleware,
)
from dirtbike_constructs import _validate as check
from dirtbike_constructs.layout import ApplyOrder
from dirtbike_site import environments

ALERT = Alert("WebDown", "up == 0", "down", "no scrape")


def _route(chart, **changes):
    target = HardenedDeployment(chart, "web", DeploymentProps(namespace="shop", container=container()))
    props = {
        "namespace": "shop",
        "host": "www.example.org",
        "target": target,
        "port": 8080,
        "tls_secret": "web-tls",
        "redirect_middleware": TraefikMiddleware(chart, "https", namespace="shop", spec=RedirectScheme()),
        **changes,
    }
    return PublicRoute(chart, "route", **props)


# --- class 7: shapes ---------------------------------------------------------------------


def test_a_single_middleware_is_refused_with_the_fix(chart):
    one = TraefikMiddleware(chart, "auth", namespace="shop", spec=BasicAuth("htpasswd"))
    with pytest.raises(ConfigError) as error:
        _route(chart, middlewares=one)
    assert error.value.field == "middlewares" and "wrap" in (error.value.fix or "")


@pytest.mark.parametrize("groups", [[ALERT], {"web": ALERT}], ids=["list", "single-alert"])
def test_alert_groups_of_the_wrong_shape_are_refused(chart, groups):
    with pytest.raises(ConfigError) as error:
        AlertRules(chart, "alerts", namespace="shop", groups=groups)
    assert error.value.field.startswith("groups")


def test_a_panel_with_one_expression_instead_of_a_mapping_is_refused(chart):
    with pytest.raises(ConfigError) as error:
        GrafanaDashboard(chart, "board", title="Shop", panels=[Panel("Up", "up")])
    assert error.value.field == "panels[0].queries" and "{" in (error.value.fix or "")


def test_a_single_panel_is_refused(chart):
    with pytest.raises(ConfigError) as error:
        GrafanaDashboard(chart, "board", title="Shop", panels=Panel("Up", {"x": "up"}))
    assert error.value.field == "panels"


def test_a_port_given_as_a_list_is_a_type_error(chart):
    with pytest.raises(ConfigError) as error:
        _route(chart, port=["http"])
    assert "an int, not a list" in error.value.allowed


# --- class 8: messages ---------------------------------------------------------------------


@pytest.mark.parametrize("zone", ["EST5EDT", "Etc/GMT+8", "America/Argentina/Buenos_Aires", "UTC"])
def test_every_zone_of_the_database_is_accepted(chart, zone):
    HardenedJob(
        chart,
        "job",
        JobProps(namespace="shop", schedule="0 4 * * *", time_zone=zone, container=container(ports=(), readiness=None, liveness=None)),
    )


@pytest.mark.parametrize("zone", ["Mars/Olympus", "../etc/passwd", "/etc/localtime", ""])
def test_a_zone_the_database_does_not_have_is_refused(zone):
    with pytest.raises(ConfigError):
        check.time_zone("job", "time_zone", zone)


@pytest.mark.parametrize("timeout", ["1h30m", "90s", "1.5h", "10m"])
def test_go_durations_are_accepted_where_the_field_takes_them(chart, timeout):
    HelmChart(
        chart,
        f"addon-{timeout.replace('.', '-')}",
        name="addon",
        chart="addon",
        repo="https://charts.example.org",
        version="1.2.3",
        target_namespace="addons",
        namespace="shop",
        values={},
        timeout=timeout,
    )


@pytest.mark.parametrize("timeout", ["0s", "10", "1h 30m", "10M", "-5m"])
def test_a_bad_go_duration_is_refused(timeout):
    with pytest.raises(ConfigError):
        check.go_duration("addon", "timeout", timeout)


def test_a_quoted_number_for_a_port_is_named_a_type_error():
    with pytest.raises(ConfigError) as error:
        check.port("peer", "ports['smtp']", "587")
    assert "not a str" in error.value.allowed and error.value.fix == "write 587 without quotes"


def test_a_quoted_number_for_instances_is_named_a_type_error(chart):
    with pytest.raises(ConfigError) as error:
        pg_cluster(chart, instances="1", high_availability=False)
    assert error.value.fix == "write 1 without quotes"


def test_a_quoted_number_in_the_environments_is_named_a_type_error():
    env = environments.ENVIRONMENTS["dev"]
    bad = dataclasses.replace(env, postgres=dataclasses.replace(env.postgres, instances="1"))
    with pytest.raises(ConfigError) as error:
        bad.validate()
    assert error.value.field == "postgres.instances" and error.value.fix == "write 1 without quotes"


def test_an_integer_past_int64_is_refused(chart):
    with pytest.raises(ConfigError) as error:
        TraefikMiddleware(chart, "limit", namespace="shop", spec=BodyLimit(2**63))
    assert "int64" in error.value.allowed


def test_a_long_host_is_refused_with_the_253_rule_not_the_label_rule(chart):
    host = ".".join(["a" * 50] * 5) + ".org"
    assert len(host) > 253
    with pytest.raises(ConfigError) as error:
        _route(chart, host=host)
    assert "253" in error.value.allowed and "63" not in error.value.allowed
    with pytest.raises(ConfigError) as error:
        TlsCertificate(chart, "cert", namespace="shop", hosts=["a" * 64 + ".example.org"], issuer="letsencrypt")
    assert "63" in error.value.allowed


def test_the_environment_domain_uses_the_host_rule():
    env = dataclasses.replace(environments.ENVIRONMENTS["dev"], domain="x" * 250 + ".org")
    with pytest.raises(ConfigError) as error:
        env.validate()
    assert "253" in error.value.allowed


def test_a_typo_in_like_suggests_the_nearest_existing_kind():
    with pytest.raises(ConfigError) as error:
        ApplyOrder().with_kinds("Rollout", like="Deploymnet")
    assert error.value.field == "like" and error.value.fix == "did you mean 'Deployment'?"
    with pytest.raises(ConfigError) as error:
        ApplyOrder().with_group("Rollout", after="Deploymnet")
    assert error.value.fix == "did you mean 'Deployment'?"


def test_a_redirect_middleware_that_does_not_redirect_or_lives_elsewhere_is_refused():
    for id, namespace, spec in (("auth", "shop", BasicAuth("htpasswd")), ("https-other", "edge", RedirectScheme())):
        chart = cdk8s.Chart(cdk8s.App(), "test")
        with pytest.raises(ConfigError) as error:
            _route(chart, redirect_middleware=TraefikMiddleware(chart, id, namespace=namespace, spec=spec))
        assert error.value.field == "redirect_middleware"
