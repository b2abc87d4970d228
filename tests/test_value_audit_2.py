"""Values that pass a shape check but fail or misbehave on the cluster, second pass: each is
refused at construction, and the edge values the cluster accepts stay accepted.

Each case names the upstream rule it mirrors: CloudNativePG 1.30 (its Cluster webhook,
internal/webhook/v1/cluster_webhook.go, and the CRDs at v1.30.0), Traefik 3 (pkg/ip/checker.go),
prometheus-operator 0.93 (CRD patterns) and Kubernetes Pod Security Admission."""

from __future__ import annotations

import pytest
from factories import pg_cluster, pg_refused

from dirtbike_constructs import ConfigError, Database, Resources


cluster = pg_cluster


refused = pg_refused


# --- CloudNativePG: the cluster's name ---------------------------------------------------------


def test_a_cluster_name_starting_with_a_digit_is_refused(chart):
    """validateName: the name must be a DNS-1035 label (it names Services), so it starts
    with a letter; '1pg' is a DNS-1123 label but the webhook refuses it."""
    error = refused(chart, "name", name="1pg")
    assert "letter" in error.allowed


def test_a_cluster_name_of_50_characters_starting_with_a_letter_is_accepted(chart):
    assert cluster(chart, name="p" + "g" * 49).name == "p" + "g" * 49


# --- CloudNativePG: postgresql parameters ------------------------------------------------------


def test_min_wal_size_equal_to_max_wal_size_is_refused(chart):
    """validateWalSizeConfiguration: min_wal_size must be smaller than max_wal_size
    (Cmp >= 0 is refused), so equal sizes fail on the cluster."""
    refused(chart, "parameters['min_wal_size']", parameters={"min_wal_size": "1GB", "max_wal_size": "1GB"})


def test_min_wal_size_just_below_max_wal_size_is_accepted(chart):
    cluster(chart, parameters={"min_wal_size": "1023MB", "max_wal_size": "1GB"})


def test_an_explicit_max_wal_size_brings_the_derived_minimum_below_it(chart):
    """Only max_wal_size set: the derived min_wal_size (1GB on a volume with room) follows it
    down to a quarter, so the pair stays valid."""
    assert cluster(chart, parameters={"max_wal_size": "1GB"}).parameters["min_wal_size"] == "256MB"


def test_shared_buffers_above_the_memory_request_is_refused(chart):
    """validateResources: a memory request lower than shared_buffers is refused. The derived
    shared_buffers is a quarter of the limit, so a small request with a large limit fails
    too, without any parameter set."""
    resources = Resources(cpu="500m", memory="512Mi", cpu_limit="2", memory_limit="4Gi")  # derived: 1024MB
    error = refused(chart, "parameters['shared_buffers']", resources=resources)
    assert "512Mi" in error.allowed


def test_shared_buffers_equal_to_the_memory_request_is_accepted(chart):
    resources = Resources(cpu="500m", memory="1Gi", cpu_limit="2", memory_limit="4Gi")
    assert cluster(chart, resources=resources).parameters["shared_buffers"] == "1024MB"


@pytest.mark.parametrize("value", ["131072", "65536"])
def test_shared_buffers_without_a_unit_is_refused(chart, value):
    """parsePostgresQuantityValue reads a bare number as MB (and getSharedBuffersWarnings
    says a unit will be required), while PostgreSQL reads it as 8kB buffers: '131072' is
    1GB to PostgreSQL and 128GB to the webhook, which then refuses the memory request."""
    error = refused(chart, "parameters['shared_buffers']", parameters={"shared_buffers": value})
    assert "unit" in error.allowed


def test_effective_cache_size_without_a_unit_counts_8kb_pages(chart):
    """PostgreSQL reads a bare effective_cache_size as 8kB pages: 655360 pages are 5GB, over
    the 4Gi limit; read as kB (640MB) it would have passed."""
    refused(chart, "parameters['effective_cache_size']", parameters={"effective_cache_size": "655360"})


def test_effective_cache_size_in_pages_within_the_limit_is_accepted(chart):
    cluster(chart, parameters={"effective_cache_size": "393216"})  # 3GB


@pytest.mark.parametrize("value", ["minimal", "archive", "hot_standby", "Replica "])
def test_a_wal_level_the_webhook_refuses_is_refused(chart, value):
    """validateConfiguration: wal_level must be a known value, and 'minimal' is refused when
    archive_mode is not off (the operator always sets it on) or instances > 1."""
    refused(chart, "parameters['wal_level']", parameters={"wal_level": value})


@pytest.mark.parametrize("value", ["replica", "logical"])
def test_wal_levels_the_webhook_accepts_are_accepted(chart, value):
    assert cluster(chart, parameters={"wal_level": value}).parameters["wal_level"] == value


# --- CloudNativePG: Database -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["postgres", "template0", "template1"])
def test_a_database_named_like_a_system_database_is_refused(chart, name):
    """The Database CRD (v1.30.0) refuses spec.name postgres, template0 and template1
    (x-kubernetes-validations: 'the name ... is reserved')."""
    error = refused(chart, "databases.name", databases=[Database(name, owner="app")])
    assert "reserved" in error.allowed


def test_a_database_named_template2_is_accepted(chart):
    cluster(chart, databases=[Database("template2", owner="app")])


# --- Traefik: IPAllowList ----------------------------------------------------------------------
# pkg/ip/checker.go NewChecker: each sourceRange entry is tried with netip.ParseAddr (a single
# address; an IPv6 zone is allowed and dropped), else netip.ParsePrefix, whose masked address is
# used: host bits are allowed. ParsePrefix refuses a zone, a prefix length with a sign or a
# leading zero, a netmask after the slash; ParseAddr refuses an IPv4 octet with a leading zero.
# An entry Traefik cannot parse makes it drop the middleware, and every route using it fails.


def allow_list(chart, ranges):
    from dirtbike_constructs import IpAllowList, TraefikMiddleware

    return TraefikMiddleware(chart, "allow", namespace="web", spec=IpAllowList(ranges))


@pytest.mark.parametrize(
    "source",
    [
        "10.0.0.1/8",  # host bits: Traefik masks them
        "192.0.2.10",  # a single address
        "192.0.2.10/32",
        "0.0.0.0/0",
        "2001:db8::1/64",  # IPv6 with host bits
        "2001:db8::1",
        "::ffff:192.0.2.1",  # IPv4-mapped: Traefik unmaps it
        "fe80::1%eth0",  # a zone on a single address: parsed, then dropped
    ],
)
def test_source_ranges_traefik_parses_are_accepted_as_given(chart, source):
    from conftest import synth

    allow_list(chart, [source])
    assert synth(chart)[0]["spec"]["ipAllowList"]["sourceRange"] == [source]


@pytest.mark.parametrize(
    "source",
    [
        "10.0.0.0/255.0.0.0",  # a netmask: ParsePrefix wants a length
        "10.0.0.0/08",  # a leading zero in the length
        "10.0.0.0/+8",
        "10.0.0.0/33",
        "010.0.0.0/8",  # a leading zero in an octet
        "10.0.0.0/",
        "fe80::1%eth0/64",  # zones are not allowed in a prefix
        "2001:db8::/129",
        "10.0.0",
        "example.org",
        "",
    ],
)
def test_source_ranges_traefik_cannot_parse_are_refused(chart, source):
    with pytest.raises(ConfigError) as error:
        allow_list(chart, [source])
    assert error.value.field == "spec.source_ranges"


# --- Traefik: headers ----------------------------------------------------------------------------


def headers(chart, spec):
    from dirtbike_constructs import TraefikMiddleware

    return TraefikMiddleware(chart, "headers", namespace="web", spec=spec)


@pytest.mark.parametrize("props", [{"sts_include_subdomains": False}, {"sts_seconds": 31535999}])
def test_hsts_preload_without_its_requirements_is_refused(chart, props):
    """chromium/hstspreload header.go (EligibleHeader): a preloadable header has
    includeSubDomains, preload and max-age of at least one year (31536000 s); with less, the
    'preload' directive asks for what the list refuses."""
    from dirtbike_constructs import SecurityHeaders

    with pytest.raises(ConfigError) as error:
        headers(chart, SecurityHeaders(sts_preload=True, **props))
    assert error.value.field == "spec.sts_preload"


def test_hsts_preload_with_a_year_and_subdomains_is_accepted(chart):
    from dirtbike_constructs import SecurityHeaders

    headers(chart, SecurityHeaders(sts_preload=True, sts_seconds=31536000, sts_include_subdomains=True))


@pytest.mark.parametrize("policy", ["default-src 'self'\x00", "default-src 'self'; img-src data:\x7f", "default-src 'sélf'"])
def test_a_csp_with_control_or_non_ascii_characters_is_refused(chart, policy):
    """A header value may not hold control characters (RFC 9110 field-value; Go's HTTP/2
    server refuses to send one), and the CSP grammar is ASCII."""
    from dirtbike_constructs import ContentSecurityPolicy

    with pytest.raises(ConfigError) as error:
        headers(chart, ContentSecurityPolicy(policy))
    assert error.value.field == "spec.policy"


def test_a_csp_with_quotes_hashes_and_urls_is_accepted(chart):
    from dirtbike_constructs import ContentSecurityPolicy

    headers(chart, ContentSecurityPolicy("script-src 'self' 'sha256-abc+/=' https://cdn.example.org; object-src 'none'"))


# --- Secret and StorageClass references are DNS subdomains -------------------------------------


def test_a_route_tls_secret_with_dots_is_accepted(chart):
    """A Secret's name is a DNS-1123 subdomain: 'www.example.org-tls' is a valid name."""
    from dirtbike_constructs import PublicRoute

    PublicRoute(
        chart,
        "route",
        namespace="web",
        host="www.example.org",
        target=None,
        tls_secret="www.example.org-tls",
        middlewares=[headers(chart, _redirect())],
        redirect_http=False,
    )


def _redirect():
    from dirtbike_constructs import RedirectRegex

    return RedirectRegex(r"^https://www\.example\.org/(.*)", "https://example.org/${1}")


@pytest.mark.parametrize("secret", ["www..tls", "-tls", "TLS", "a" * 254])
def test_a_route_tls_secret_that_is_no_subdomain_is_refused(chart, secret):
    from dirtbike_constructs import PublicRoute

    with pytest.raises(ConfigError) as error:
        PublicRoute(
            chart,
            "route",
            namespace="web",
            host="www.example.org",
            target=None,
            tls_secret=secret,
            middlewares=[headers(chart, _redirect())],
            redirect_http=False,
        )
    assert error.value.field == "tls_secret"


def test_other_secret_and_storage_class_references_accept_dots(chart):
    from dirtbike_constructs import AlertRouting, BasicAuth, PersistentClaim, WebhookReceiver

    headers(chart, BasicAuth("admin.htpasswd"))
    PersistentClaim(chart, "data", namespace="web", size="1Gi", storage_class="longhorn.retain")
    receiver = WebhookReceiver("team", url_key="url")
    AlertRouting(
        chart,
        "routing",
        namespace="monitoring",
        match={"environment": "prod"},
        receivers={"critical": receiver, "warning": receiver, "info": receiver},
        secret="alerting.webhooks",
    )


# --- Pod Security Admission: the version labels --------------------------------------------------


@pytest.mark.parametrize("version", ["v1.32.1", "v1.05", "v2.0", "vnext", "v1."])
def test_a_pod_security_version_psa_cannot_parse_is_refused(chart, version):
    """pod-security-admission api/helpers.go ParseVersion: 'latest' or ^v1\\.([0-9]|[1-9][0-9]*)$;
    any other value is an error and the policy falls back to 'latest', the moving target a
    pinned version avoids."""
    from dirtbike_constructs import PlatformNamespace, ZeroTrustNamespace

    with pytest.raises(ConfigError) as error:
        PlatformNamespace(chart, "platform", name="platform", pod_security_version=version)
    assert error.value.field == "pod_security_version"
    with pytest.raises(ConfigError) as error:
        ZeroTrustNamespace(chart, "apps", name="apps", pod_security_version=version)
    assert error.value.field == "pod_security_version"


@pytest.mark.parametrize("version", ["v1.9", "v1.32", "v1.100"])
def test_pod_security_versions_psa_parses_are_accepted(chart, version):
    from dirtbike_constructs import PlatformNamespace, ZeroTrustNamespace

    PlatformNamespace(chart, "platform", name="platform", pod_security_version=version)
    ZeroTrustNamespace(chart, "apps", name="apps", pod_security_version=version)


# --- prometheus-operator: durations --------------------------------------------------------------
# The PrometheusRule and PodMonitor CRDs (v0.93.0) check durations with Prometheus' own form:
# ^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$
# units largest first, each at most once; the API server refuses anything else.


def rules(chart, for_):
    from dirtbike_constructs import Alert, AlertRules

    alert = Alert("Down", expr="up == 0", summary="down", description="it is down", for_=for_)
    return AlertRules(chart, "rules", namespace="monitoring", groups={"up": [alert]})


@pytest.mark.parametrize("for_", ["5m1h", "1h1h", "30s5m", "1h ", ""])
def test_an_alert_duration_the_crd_refuses_is_refused(chart, for_):
    with pytest.raises(ConfigError) as error:
        rules(chart, for_)
    assert error.value.field.endswith(".for_")


@pytest.mark.parametrize("for_", ["0", "1h30m", "1d", "2w", "1y", "90s", "500ms"])
def test_alert_durations_the_crd_accepts_are_accepted(chart, for_):
    rules(chart, for_)


def scrape(chart, interval):
    from catalog import _web

    from dirtbike_constructs import PodMetrics

    return PodMetrics(chart, "metrics", target=_web(chart), interval=interval)


@pytest.mark.parametrize("interval", ["0", "0s", "30s1m", "30", "1 m"])
def test_a_scrape_interval_the_crd_refuses_or_zero_is_refused(chart, interval):
    with pytest.raises(ConfigError) as error:
        scrape(chart, interval)
    assert error.value.field == "interval"


@pytest.mark.parametrize("interval", ["1m30s", "2h", "15s", "500ms"])
def test_scrape_intervals_the_crd_accepts_are_accepted(chart, interval):
    scrape(chart, interval)
