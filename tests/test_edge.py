"""Edge constructs (routes, middlewares, certificates, issuers) and the site's public hosts."""

from __future__ import annotations

import cdk8s
import pytest
from conftest import as_yaml, dist_objects, find, synth
from factories import container

from dirtbike_constructs import (
    AcmeIssuer,
    BasicAuth,
    BlueGreenService,
    BlueGreenServiceProps,
    BodyLimit,
    CloudflareDns,
    ColorSpec,
    ConfigError,
    DeploymentProps,
    HardenedDeployment,
    Port,
    PublicRoute,
    RedirectRegex,
    RedirectScheme,
    Route53Dns,
    SecurityHeaders,
    TlsCertificate,
    TraefikMiddleware,
)


@pytest.fixture
def edge(chart):
    app = HardenedDeployment(
        chart, "app", DeploymentProps(namespace="web", container=container(ports=(Port("http", 8080, service_port=80),)))
    )
    https = TraefikMiddleware(chart, "https", namespace="web", spec=RedirectScheme())
    return chart, app, https


def test_route_snapshot(edge, snapshot_yaml):
    """The two IngressRoutes of a public host: TLS on websecure, redirect on web."""
    chart, app, https = edge
    headers = TraefikMiddleware(chart, "headers", namespace="web", spec=SecurityHeaders())
    PublicRoute(
        chart,
        "www",
        namespace="web",
        host="www.example.org",
        target=app,
        port=80,
        tls_secret="web-tls",
        middlewares=[headers],
        redirect_middleware=https,
    )
    routes = [m for m in synth(chart) if m["kind"] == "IngressRoute"]
    assert routes[0]["spec"]["routes"][0]["services"] == [{"name": "app", "kind": "Service", "port": 80}]
    assert routes[0]["spec"]["tls"] == {"secretName": "web-tls"} and routes[0]["spec"]["entryPoints"] == ["websecure"]
    assert routes[1]["spec"]["entryPoints"] == ["web"] and routes[1]["spec"]["routes"][0]["middlewares"] == [https.ref]
    assert as_yaml(routes) == snapshot_yaml


def test_split_routes_to_the_traefik_service(chart):
    https = TraefikMiddleware(chart, "https", namespace="web", spec=RedirectScheme())
    bg = BlueGreenService(
        chart,
        "site",
        BlueGreenServiceProps(
            namespace="web",
            container=container(ports=(Port("http", 8080, service_port=80),)),
            blue=ColorSpec("ghcr.io/example/site:1"),
            green=ColorSpec("ghcr.io/example/site:2"),
            active="blue",
            split={"blue": 90, "green": 10},
        ),
    )
    PublicRoute(chart, "www", namespace="web", host="www.example.org", target=bg, port=80, tls_secret="t", redirect_middleware=https)
    route = find(synth(chart), "IngressRoute", "www")
    assert route["spec"]["routes"][0]["services"] == [{"name": "site", "kind": "TraefikService"}]


@pytest.mark.parametrize(
    "props, field",
    [
        ({"host": "WWW.example.org"}, "host"),
        ({"host": "localhost"}, "host"),
        ({"port": 8080}, "port"),  # the container port, not the Service's
        ({"port": 0}, "port"),
        ({"namespace": "other"}, "namespace"),
        ({"tls_secret": "Web TLS"}, "tls_secret"),
        ({"redirect_middleware": None}, "redirect_middleware"),
        ({"target": None}, "middlewares"),
        ({"target": "app"}, "target"),
    ],
)
def test_route_rules(edge, props, field):
    chart, app, https = edge
    values = {
        "namespace": "web",
        "host": "www.example.org",
        "target": app,
        "port": 80,
        "tls_secret": "web-tls",
        "redirect_middleware": https,
        **props,
    }
    with pytest.raises(ConfigError) as error:
        PublicRoute(chart, "route", **values)
    assert error.value.field == field


def test_a_host_is_routed_once_per_app(edge):
    chart, app, https = edge
    PublicRoute(chart, "one", namespace="web", host="www.example.org", target=app, port=80, tls_secret="t", redirect_middleware=https)
    other = cdk8s.Chart(chart.node.root, "other")
    with pytest.raises(ConfigError, match="already routed by test/one"):
        PublicRoute(
            other,
            "two",
            namespace="web",
            host="www.example.org",
            target=app,
            port=80,
            tls_secret="t",
            redirect_middleware=TraefikMiddleware(other, "https", name="https-two", namespace="web", spec=RedirectScheme()),
        )


def test_middleware_kinds(chart):
    specs = {
        "auth": BasicAuth("pma-users", realm="pma"),
        "https": RedirectScheme(),
        "limit": BodyLimit(15 * 2**20),
        "apex": RedirectRegex(r"^https?://example[.]org/(.*)", "https://www.example.org/${1}"),
        "headers": SecurityHeaders(),
    }
    for name, spec in specs.items():
        TraefikMiddleware(chart, name, namespace="web", spec=spec)
    rendered = {m["metadata"]["name"]: m["spec"] for m in synth(chart)}
    assert rendered["auth"] == {"basicAuth": {"secret": "pma-users", "realm": "pma", "removeHeader": True}}
    assert rendered["limit"] == {"buffering": {"maxRequestBodyBytes": 15728640}}
    headers = rendered["headers"]["headers"]
    assert headers["stsSeconds"] == 31536000 and headers["contentTypeNosniff"] and headers["frameDeny"]
    assert headers["referrerPolicy"] == "strict-origin-when-cross-origin"
    assert rendered["apex"]["redirectRegex"]["permanent"] is True


@pytest.mark.parametrize(
    "spec, field",
    [
        (BasicAuth("Bad Secret"), "spec.secret"),
        (RedirectScheme(scheme="http"), "spec.scheme"),
        (RedirectRegex("([", "https://x"), "spec.regex"),
        (RedirectRegex("(.*)", "http://insecure"), "spec.replacement"),
        (BodyLimit(10), "spec.max_bytes"),
        (SecurityHeaders(referrer_policy="always"), "spec.referrer_policy"),
        ("basic-auth", "spec"),
    ],
)
def test_middleware_rules(chart, spec, field):
    with pytest.raises(ConfigError) as error:
        TraefikMiddleware(chart, "m", namespace="web", spec=spec)
    assert error.value.field == field


def test_certificate_and_issuers(chart):
    TlsCertificate(chart, "cert", namespace="web", hosts=["www.example.org", "example.org"], issuer="le-prod")
    AcmeIssuer(chart, "prod", name="le-prod", endpoint="production", dns=CloudflareDns("dns-token"))
    AcmeIssuer(chart, "aws", name="le-aws", endpoint="staging", dns=Route53Dns("aws-dns", region="eu-west-1"))
    manifests = synth(chart)
    cert = find(manifests, "Certificate")["spec"]
    assert cert["secretName"] == "cert-tls" and cert["dnsNames"] == ["www.example.org", "example.org"]
    assert cert["issuerRef"] == {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": "le-prod"}
    prod = find(manifests, "ClusterIssuer", "le-prod")
    assert "namespace" not in prod["metadata"]
    assert prod["spec"]["acme"]["solvers"] == [{"dns01": {"cloudflare": {"apiTokenSecretRef": {"name": "dns-token", "key": "api-token"}}}}]
    assert "staging" in find(manifests, "ClusterIssuer", "le-aws")["spec"]["acme"]["server"]


@pytest.mark.parametrize(
    "build, field",
    [
        (lambda c: TlsCertificate(c, "x", namespace="web", hosts=[], issuer="i"), "hosts"),
        (lambda c: TlsCertificate(c, "x", namespace="web", hosts=["a.example.org", "a.example.org"], issuer="i"), "hosts"),
        (lambda c: TlsCertificate(c, "x", namespace="web", hosts=["Not A Host"], issuer="i"), "hosts"),
        (lambda c: AcmeIssuer(c, "x", name="i", endpoint="beta", dns=CloudflareDns("s")), "endpoint"),
        (lambda c: AcmeIssuer(c, "x", name="i", endpoint="staging", dns="cloudflare"), "dns"),
    ],
)
def test_certificate_and_issuer_rules(chart, build, field):
    with pytest.raises(ConfigError) as error:
        build(chart)
    assert error.value.field == field


load_env = dist_objects


@pytest.mark.parametrize(
    "env, domain, endpoint",
    [
        ("dev", "dev.dirtbikechina.com", "staging"),
        ("stage", "stage.dirtbikechina.com", "staging"),
        ("prod", "dirtbikechina.com", "production"),
    ],
)
def test_site_public_hosts(env, domain, endpoint):
    objects = load_env(env)
    routes = [m for m in objects if m["kind"] == "IngressRoute" and m["spec"]["entryPoints"] == ["websecure"]]
    hosts = sorted(r["spec"]["routes"][0]["match"] for r in routes)
    # the five public hosts; admin.auth and admin.trails stay closed until an environment names
    # its admins' networks (tests/test_admin_access.py)
    expected = ["www", "admin.www", "forum", "auth", "trails"]
    assert hosts == sorted([f"Host(`{p}.{domain}`)" for p in expected] + [f"Host(`{domain}`)"])
    secrets = {m["spec"]["secretName"]: set(m["spec"]["dnsNames"]) for m in objects if m["kind"] == "Certificate"}
    for route in routes:
        host = route["spec"]["routes"][0]["match"][6:-2]
        assert host in secrets[route["spec"]["tls"]["secretName"]]
    issuers = [m for m in objects if m["kind"] == "ClusterIssuer"]
    assert [i["metadata"]["name"] for i in issuers] == [f"dirtbike-{env}-letsencrypt-{endpoint}"]
    admin = next(r for r in routes if r["metadata"]["name"] == "admin-www")
    names = [m["name"] for m in admin["spec"]["routes"][0]["middlewares"]]
    assert names == ["security-headers", "phpmyadmin-basic-auth", "body-limit"]
    plain = [m for m in objects if m["kind"] == "IngressRoute" and m["spec"]["entryPoints"] == ["web"]]
    assert len(plain) == len(routes) and all(r["spec"]["routes"][0]["middlewares"][0]["name"] == "https-redirect" for r in plain)
