"""Values that pass a shape check but fail or misbehave on the cluster are refused at
construction; values the cluster accepts stay accepted.

Each case names the upstream rule it mirrors (CloudNativePG 1.30, the Barman Cloud plugin,
Traefik 3, cert-manager 1.21)."""

from __future__ import annotations

import pytest
from factories import pg_cluster, pg_refused

from dirtbike_constructs import (
    Backup,
    BarmanObjectStore,
    ConfigError,
    Database,
    InitDb,
    ManagedRole,
    PgBouncer,
    S3Credentials,
    Storage,
)


cluster = pg_cluster


def backup(chart, schedule):
    store = BarmanObjectStore(chart, "store", namespace="data", destination_path="s3://backups/pg", credentials=S3Credentials("creds"))
    return Backup(store, schedule=schedule)


refused = pg_refused


# --- CloudNativePG: postgresql parameters ----------------------------------------------------
# The operator's FixedConfigurationParameters (pkg/postgres/configuration.go): the cluster
# webhook refuses the "blocked" ones, and the "fixed" ones are overwritten by the operator's
# own value, so a user's setting would silently do nothing.


@pytest.mark.parametrize(
    "key, value",
    [
        ("logging_collector", "off"),  # blocked: the instance manager reads the CSV log
        ("log_destination", "stderr"),  # blocked
        ("log_directory", "/tmp"),  # blocked
        ("hot_standby", "off"),  # blocked: replicas must serve reads for their probes
        ("huge_pages", "on"),  # blocked
        ("restart_after_crash", "on"),  # blocked: the instance manager restarts PostgreSQL
        ("recovery_min_apply_delay", "1h"),  # blocked
        ("unix_socket_permissions", "0777"),  # blocked
        ("allow_system_table_mods", "on"),  # blocked
        ("cluster_name", "other"),  # fixed: the operator sets the cluster's name
        ("full_page_writes", "off"),  # fixed: on, or a crash can corrupt pages
        ("synchronous_standby_names", "ANY 1 (*)"),  # fixed: set from spec.postgresql.synchronous
        ("recovery_target_time", "2026-01-01 00:00:00+00"),  # fixed: use Recovery(target_time=...)
        ("shared_preload_libraries", "pg_stat_statements"),  # fixed: the operator manages the list
    ],
)
def test_parameters_the_operator_owns_are_refused(chart, key, value):
    error = refused(chart, f"parameters[{key!r}]", parameters={key: value})
    assert "the operator sets it" in str(error)


@pytest.mark.parametrize("key, value", [("wal_keep_size", "1GB"), ("log_min_duration_statement", "500ms"), ("jit", "off")])
def test_parameters_users_may_set_are_accepted(chart, key, value):
    assert cluster(chart, parameters={key: value}).parameters[key] == value


# --- CloudNativePG: managed roles and databases ----------------------------------------------


@pytest.mark.parametrize("name", ["postgres", "streaming_replica"])
def test_roles_the_operator_manages_itself_are_refused(chart, name):
    """docs/src/declarative_role_management.md: the operator creates and manages the
    `postgres` superuser and `streaming_replica` (replication) itself; a managed role of that
    name would fight it (and `streaming_replica` is not a DNS label, so only postgres reaches
    the reserved-name check)."""
    error = refused(chart, "roles.name", roles=[ManagedRole(name, "s")])
    assert name == "streaming_replica" or "the operator manages" in str(error)


def test_the_pooler_role_is_reserved_when_a_pooler_runs(chart):
    """The PgBouncer Pooler authenticates as `cnpg_pooler_pgbouncer`, which the operator
    creates; it is not a DNS label either, so the role name rule refuses it already."""
    refused(chart, "roles.name", roles=[ManagedRole("cnpg_pooler_pgbouncer", "s")], pooler=PgBouncer())


def test_a_database_owned_by_the_superuser_is_accepted(chart):
    """`postgres` always exists: a Database it owns reconciles with or without managed roles."""
    cluster(chart, roles=[ManagedRole("app-user", "s")], databases=[Database("reports", owner="postgres")])


def test_a_database_owned_by_a_role_that_never_exists_is_refused(chart):
    """The Database controller runs `CREATE DATABASE ... OWNER <owner>`; with an initdb
    bootstrap and no managed roles only the bootstrap owner and `postgres` exist, so any
    other owner fails on the cluster ("role does not exist") until someone creates it."""
    error = refused(chart, "databases['shop'].owner", databases=[Database("shop", owner="shop")])
    assert "app" in error.allowed and "postgres" in error.allowed


def test_a_database_owned_by_the_bootstrap_owner_is_accepted(chart):
    cluster(chart, bootstrap=InitDb(owner="shop"), databases=[Database("shop", owner="shop")])


# --- CloudNativePG: ScheduledBackup schedule -------------------------------------------------
# internal/webhook/v1/scheduledbackup_webhook.go: the schedule must parse with robfig/cron's
# Parse (seconds first: second minute hour day-of-month month day-of-week, or a descriptor);
# a five-field schedule parses there too but reads as seconds-first (it only warns), so
# '0 3 * * *' would back up at minute 3 of every hour: refused as well.


@pytest.mark.parametrize(
    "schedule",
    [
        "0 0 25 * * *",  # hour 25
        "60 0 3 * * *",  # second 60
        "0 0 3 0 * *",  # day of month 0
        "0 0 3 * 13 *",  # month 13
        "0 0 3 * * 7",  # robfig's day of week is 0-6
        "0 0 3 * * mon-fry",
        "0 */0 3 * * *",  # a zero step
        "0 3 * * *",  # five fields: seconds first, so minute 3 of every hour
        "@fortnightly",
    ],
)
def test_a_backup_schedule_the_operator_refuses_is_refused(chart, schedule):
    refused(chart, "backup.schedule", backup=backup(chart, schedule))


@pytest.mark.parametrize(
    "schedule", ["0 0 3 * * *", "0 30 2 * * sun", "0 0 */6 * * *", "0 0 3 1-7 * MON", "0 0 3 ? * *", "@daily", "@every 6h"]
)
def test_backup_schedules_the_operator_accepts_are_accepted(chart, schedule):
    cluster(chart, backup=backup(chart, schedule))


# --- Kubernetes names that are DNS subdomains -------------------------------------------------


def test_secret_and_storage_class_names_with_dots_are_accepted(chart):
    """Secret and StorageClass names are DNS-1123 subdomains (dots allowed), not labels."""
    pg = cluster(
        chart,
        storage=Storage("20Gi", "longhorn.retain"),
        superuser_secret="pg.superuser",
        roles=[ManagedRole("app", "pg.app")],
        bootstrap=InitDb(secret="pg.app-owner"),
    )
    assert pg.name == "pg"


@pytest.mark.parametrize("secret", ["pg..app", ".pg", "pg.", "Pg.app", "a" * 254])
def test_secret_names_that_are_no_subdomain_are_refused(chart, secret):
    refused(chart, "superuser_secret", superuser_secret=secret)


# --- cert-manager: Certificate ---------------------------------------------------------------


def certificate(chart, hosts):
    from dirtbike_constructs import TlsCertificate

    return TlsCertificate(chart, "cert", namespace="web", hosts=hosts, issuer="letsencrypt")


def test_a_first_host_longer_than_a_common_name_is_refused(chart):
    """cert-manager's Certificate validation: commonName at most 64 characters (X.509's
    upper bound); the first host becomes the common name."""
    host = "a" * 55 + ".example.org"  # 67 characters
    with pytest.raises(ConfigError) as error:
        certificate(chart, [host])
    assert error.value.field == "hosts[0]" and "64" in error.value.allowed


def test_a_long_host_after_a_short_first_one_is_accepted(chart):
    """dnsNames have no such limit: only the common name does."""
    certificate(chart, ["www.example.org", "a" * 55 + ".example.org"])


def test_a_dns_label_longer_than_63_characters_is_refused(chart):
    """RFC 1123: each label of a host name is at most 63 characters; ACME refuses others."""
    with pytest.raises(ConfigError) as error:
        certificate(chart, ["www.example.org", "a" * 64 + ".example.org"])
    assert error.value.field == "hosts"


def test_a_wildcard_host_is_accepted_in_a_certificate(chart):
    """A wildcard dnsName (leftmost label only) is valid for cert-manager and ACME with
    DNS-01, the only challenge AcmeIssuer solves."""
    cert = certificate(chart, ["example.org", "*.example.org"])
    assert cert.hosts == ("example.org", "*.example.org")


@pytest.mark.parametrize("host", ["*example.org", "www.*.example.org", "*.*.example.org", "*"])
def test_other_wildcards_are_refused(chart, host):
    with pytest.raises(ConfigError) as error:
        certificate(chart, ["example.org", host])
    assert error.value.field == "hosts"


# --- Traefik: RedirectRegex ------------------------------------------------------------------
# Traefik compiles the regex with Go's regexp package (RE2 syntax): no lookaround, no
# backreferences, no atomic groups or possessive quantifiers, no conditionals. A regex that
# does not compile makes Traefik drop the middleware, and every route using it fails.


def middleware(chart, spec):
    from dirtbike_constructs import TraefikMiddleware

    return TraefikMiddleware(chart, "redirect", namespace="web", spec=spec)


@pytest.mark.parametrize(
    "regex",
    [
        r"^https://(?!www\.)(.*)",  # negative lookahead
        r"^https://(?=www)(.*)",  # lookahead
        r"(?<=https://)(.*)",  # lookbehind
        r"^https://(a)\1/(.*)",  # backreference
        r"^https://(?P<h>a)(?P=h)",  # named backreference
        r"^https://(?>www\.)(.*)",  # atomic group
        r"^https://(www\.)?+(.*)",  # possessive quantifier
        r"^https://(www\.)++",  # possessive quantifier
    ],
)
def test_a_redirect_regex_go_cannot_compile_is_refused(chart, regex):
    from dirtbike_constructs import RedirectRegex

    with pytest.raises(ConfigError) as error:
        middleware(chart, RedirectRegex(regex, "https://www.example.org/${1}"))
    assert error.value.field == "spec.regex" and "RE2" in error.value.allowed


@pytest.mark.parametrize("regex", [r"^https?://example[.]org/(.*)", r"^https://(?P<rest>.*)$", r"(?i)^HTTPS://EXAMPLE\.ORG/(.*)"])
def test_redirect_regexes_go_compiles_are_accepted(chart, regex):
    from dirtbike_constructs import RedirectRegex

    middleware(chart, RedirectRegex(regex, "https://www.example.org/${1}"))


def test_a_replacement_naming_a_group_the_regex_lacks_is_refused(chart):
    """Go's Regexp.Expand replaces a group that does not exist with nothing: the redirect
    would silently drop that part of the URL."""
    from dirtbike_constructs import RedirectRegex

    with pytest.raises(ConfigError) as error:
        middleware(chart, RedirectRegex(r"^https://example\.org/(.*)", "https://www.example.org/${2}"))
    assert error.value.field == "spec.replacement"


# --- cert-manager: AcmeIssuer ----------------------------------------------------------------


@pytest.mark.parametrize("key", ["api token", "", "token/value"])
def test_a_secret_key_a_secret_cannot_hold_is_refused(chart, key):
    """A Secret's data keys match [-._a-zA-Z0-9]+ (the API server refuses others), so the
    solver would never find the token."""
    from dirtbike_constructs import AcmeIssuer, CloudflareDns

    with pytest.raises(ConfigError) as error:
        AcmeIssuer(chart, "issuer", name="letsencrypt", endpoint="staging", dns=CloudflareDns("dns-token", key=key))
    assert error.value.field == "dns.key"


def test_a_route_host_with_a_label_longer_than_63_characters_is_refused(chart):
    """RFC 1123 labels: at most 63 characters; no certificate can name such a host."""
    from dirtbike_constructs import PublicRoute

    with pytest.raises(ConfigError) as error:
        PublicRoute(chart, "route", namespace="web", host="a" * 64 + ".example.org", target=None, tls_secret="t", redirect_http=False)
    assert error.value.field == "host"
