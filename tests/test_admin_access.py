"""Admin hosts are gated in front of their apps' own logins (basic auth where the app allows
it, an IP allow-list per environment, closed otherwise), and a Content-Security-Policy is
added where the app sends none of its own."""

from __future__ import annotations

import dataclasses

import pytest
import yaml
from conftest import ROOT, synth

from dirtbike_constructs import ConfigError, ContentSecurityPolicy, IpAllowList, TraefikMiddleware
from dirtbike_site import cli, environments
from dirtbike_site.credentials import required
from dirtbike_site.environments import AdminAccess

ADMIN = {"admin.www": "web", "admin.auth": "auth", "admin.trails": "trails"}
APP_OWN_CSP = {"admin.www": "web", "auth": "auth", "admin.auth": "auth"}  # phpMyAdmin, Logto


def objects(tree: dict[str, str]) -> dict[tuple[str, str, str], dict]:
    found = {}
    for path, text in tree.items():
        if path.endswith(".yaml"):
            m = yaml.safe_load(text)
            found[(m["kind"], m["metadata"].get("namespace", ""), m["metadata"]["name"])] = m
    return found


def committed(env: str) -> dict[str, str]:
    base = ROOT / "dist" / env
    return {str(p.relative_to(base)): p.read_text() for p in base.rglob("*.yaml")}


def route_middlewares(found: dict, ns: str, prefix: str) -> list[dict] | None:
    route = found.get(("IngressRoute", ns, prefix.replace(".", "-")))
    if route is None:
        return None
    return [found[("Middleware", m["namespace"], m["name"])]["spec"] for m in route["spec"]["routes"][0]["middlewares"]]


def render(monkeypatch, env_name: str, access: AdminAccess) -> dict:
    env = environments.ENVIRONMENTS[env_name]
    monkeypatch.setitem(environments.ENVIRONMENTS, env_name, dataclasses.replace(env, admin_access=access))
    return objects(cli.render(env_name))


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_routed_admin_host_is_gated(env):
    found = objects(committed(env))
    for prefix, area in ADMIN.items():
        middlewares = route_middlewares(found, f"dirtbike-{env}-{area}", prefix)
        assert middlewares is None or any("basicAuth" in m or "ipAllowList" in m for m in middlewares), prefix


@pytest.mark.parametrize("env", environments.NAMES)
def test_by_default_phpmyadmin_asks_for_basic_auth_and_the_token_consoles_are_closed(env):
    found = objects(committed(env))
    assert {"basicAuth": {"secret": "phpmyadmin-basic-auth", "realm": "phpMyAdmin", "removeHeader": True}} in route_middlewares(
        found, f"dirtbike-{env}-web", "admin.www"
    )
    # Basic auth would take the Authorization header the Logto console and the PocketBase admin
    # send their own bearer tokens in: without named networks they are not routed at all, and
    # Traefik may not reach their admin ports.
    for prefix in ("admin.auth", "admin.trails"):
        assert route_middlewares(found, f"dirtbike-{env}-{ADMIN[prefix]}", prefix) is None
    flows = (ROOT / "dist" / env / "FLOWS.md").read_text()
    assert f"| ingress-system/traefik | dirtbike-{env}-auth/logto | 3002/TCP |" not in flows
    assert f"| ingress-system/traefik | dirtbike-{env}-trails/wanderer-db | 8090/TCP |" not in flows
    assert f"| ingress-system/traefik | dirtbike-{env}-auth/logto | 3001/TCP |" in flows


def test_named_networks_open_every_admin_host_behind_the_allow_list(monkeypatch):
    found = render(monkeypatch, "stage", AdminAccess(allowed_ranges=("198.51.100.0/24", "2001:db8::/48"), client_ip_depth=1))
    allow = {"ipAllowList": {"sourceRange": ["198.51.100.0/24", "2001:db8::/48"], "ipStrategy": {"depth": 1}}}
    for prefix, area in ADMIN.items():
        middlewares = route_middlewares(found, f"dirtbike-stage-{area}", prefix)
        assert allow in middlewares, prefix
        assert any("basicAuth" in m for m in middlewares) == (prefix == "admin.www")
    assert ("NetworkPolicy", "dirtbike-stage-auth", "ingress-logto-from-ingress-system.traefik-3002") in found
    assert ("NetworkPolicy", "dirtbike-stage-trails", "ingress-wanderer-db-from-ingress-system.traefik-8090") in found


def test_without_any_gate_no_admin_host_is_routed_and_no_htpasswd_is_asked_for(monkeypatch):
    assert "phpmyadmin-basic-auth" in {c.name for c in required(environments.ENVIRONMENTS["dev"])}
    found = render(monkeypatch, "dev", AdminAccess(basic_auth=False))
    assert not [key for key in found if key[0] == "IngressRoute" and key[2].startswith("admin-")]
    env = dataclasses.replace(environments.ENVIRONMENTS["dev"], admin_access=AdminAccess(basic_auth=False))
    assert "phpmyadmin-basic-auth" not in {c.name for c in required(env)}


@pytest.mark.parametrize("env", environments.NAMES)
def test_csp_where_the_app_sends_none_and_not_over_the_apps_own(env):
    found = objects(committed(env))
    for prefix, area in {"www": "web", "admin.trails": "trails"}.items():
        middlewares = route_middlewares(found, f"dirtbike-{env}-{area}", prefix)
        if middlewares is None:  # admin.trails is closed by default
            continue
        (csp,) = [m["headers"]["contentSecurityPolicy"] for m in middlewares if "contentSecurityPolicy" in m.get("headers", {})]
        assert "object-src 'none'" in csp and "base-uri 'self'" in csp
    www = found[("Middleware", f"dirtbike-{env}-web", "csp-www")]["spec"]["headers"]["contentSecurityPolicy"]
    assert "frame-ancestors 'self'" in www  # the customizer frames the site itself
    for prefix, area in APP_OWN_CSP.items():
        middlewares = route_middlewares(found, f"dirtbike-{env}-{area}", prefix) or []
        assert not any("contentSecurityPolicy" in m.get("headers", {}) for m in middlewares), prefix


def test_csp_on_the_pocketbase_admin_once_it_is_open(monkeypatch):
    found = render(monkeypatch, "prod", AdminAccess(allowed_ranges=("203.0.113.7/32",)))
    (csp,) = [
        m["headers"]["contentSecurityPolicy"]
        for m in route_middlewares(found, "dirtbike-prod-trails", "admin.trails")
        if "contentSecurityPolicy" in m.get("headers", {})
    ]
    assert csp == "base-uri 'self'; object-src 'none'; frame-ancestors 'none'"


def test_allow_list_and_csp_middlewares_render(chart):
    TraefikMiddleware(chart, "allow", namespace="web", spec=IpAllowList(["10.0.0.0/8", "2001:db8::1"]))
    TraefikMiddleware(chart, "csp", namespace="web", spec=ContentSecurityPolicy("object-src 'none';  base-uri 'self'"))
    rendered = {m["metadata"]["name"]: m["spec"] for m in synth(chart)}
    assert rendered["allow"] == {"ipAllowList": {"sourceRange": ["10.0.0.0/8", "2001:db8::1"]}}
    assert rendered["csp"] == {"headers": {"contentSecurityPolicy": "object-src 'none'; base-uri 'self'"}}


@pytest.mark.parametrize(
    "spec, field",
    [
        (IpAllowList([]), "spec.source_ranges"),
        (IpAllowList("10.0.0.0/8"), "spec.source_ranges"),
        (IpAllowList(["10.0.0.0/255.0.0.0"]), "spec.source_ranges"),
        (IpAllowList(["example.org"]), "spec.source_ranges"),
        (IpAllowList(["10.0.0.0/8", "10.0.0.0/8"]), "spec.source_ranges"),
        (IpAllowList(["10.0.0.0/8"], depth=0), "spec.depth"),
        (ContentSecurityPolicy(""), "spec.policy"),
        (ContentSecurityPolicy("object-src 'none', base-uri 'self'"), "spec.policy"),
        (ContentSecurityPolicy("object-src 'none'; object-src 'self'"), "spec.policy directive"),
    ],
)
def test_allow_list_and_csp_rules(chart, spec, field):
    with pytest.raises(ConfigError) as error:
        TraefikMiddleware(chart, "m", namespace="web", spec=spec)
    assert error.value.field == field


@pytest.mark.parametrize(
    "access, field",
    [
        (AdminAccess(allowed_ranges="10.0.0.0/8"), "admin_access.allowed_ranges"),
        (AdminAccess(basic_auth="yes"), "admin_access.basic_auth"),
    ],
)
def test_admin_access_rules(access, field):
    env = dataclasses.replace(environments.ENVIRONMENTS["dev"], admin_access=access)
    with pytest.raises(ConfigError) as error:
        env.validate()
    assert error.value.field == field


def logto_env(found: dict, env: str) -> dict[str, str]:
    logto = found[("Deployment", f"dirtbike-{env}-auth", "logto")]
    return {e["name"]: e.get("value") for e in logto["spec"]["template"]["spec"]["containers"][0]["env"]}


@pytest.mark.parametrize("env", environments.NAMES)
def test_closed_consoles_are_an_input_and_logto_names_the_port_forward(env):
    """Closed admin hosts are listed (informational, with the value that opens them), and the
    Logto console's own address is the documented port-forward, not the unrouted host."""
    report = (ROOT / "dist" / env / "MISSING-INPUTS.md").read_text()
    section = report.split("## Admin hosts closed (informational)\n")[1]
    domain = environments.get(env).domain
    assert f"| admin.auth.{domain} |" in section and f"| admin.trails.{domain} |" in section
    assert f"admin.www.{domain}" not in section
    assert f"ENVIRONMENTS['{env}'].admin_access = AdminAccess(allowed_ranges=" in section
    assert logto_env(objects(committed(env)), env)["ADMIN_ENDPOINT"] == "http://localhost:3002"
    assert "kubectl -n dirtbike-<env>-auth port-forward deploy/logto 3002:3002" in (ROOT / "docs" / "cluster.md").read_text()


def test_named_networks_take_the_hosts_off_the_list_and_logto_names_its_host(monkeypatch):
    env = environments.ENVIRONMENTS["stage"]
    monkeypatch.setitem(
        environments.ENVIRONMENTS, "stage", dataclasses.replace(env, admin_access=AdminAccess(allowed_ranges=("198.51.100.0/24",)))
    )
    tree = cli.render("stage")
    assert "Admin hosts closed" not in tree.get("MISSING-INPUTS.md", "")
    assert logto_env(objects(tree), "stage")["ADMIN_ENDPOINT"] == f"https://admin.auth.{env.domain}"
