"""The edge: the ClusterIssuer of the environment, a certificate per namespace, middlewares
and one route per public host (Traefik entry point `websecure`, plain HTTP redirected).

Hosts: prod on the apex domain, dev and stage on their own subdomains; the apex itself
redirects permanently to www.

Admin hosts are gated in front of their apps' own logins, per environment
(`Environment.admin_access`): an IP allow-list on every admin host when networks are named,
and basic auth where the app leaves the Authorization header to it (phpMyAdmin only: the
Logto console and the PocketBase admin put their own bearer tokens there). An admin host
without any gate is not routed.

Content-Security-Policy: phpMyAdmin, Logto and Discourse send their own, which a Traefik
header would replace, so they keep theirs; WordPress and the PocketBase admin send none and
get a policy that fences what no page of theirs needs (plugins, a foreign <base>, framing by
other sites) without restricting scripts or styles, which themes, plugins and the admin UI
were not checked against."""

from __future__ import annotations

from typing import Any, Literal

from dirtbike_constructs import (
    AcmeIssuer,
    BasicAuth,
    BodyLimit,
    CloudflareDns,
    ContentSecurityPolicy,
    IpAllowList,
    PublicRoute,
    RedirectRegex,
    RedirectScheme,
    SecurityHeaders,
    TlsCertificate,
    TraefikMiddleware,
)

from ..site import PART_OF, Site

# The WordPress and phpMyAdmin upload limit (post_max_size 15M), so Traefik refuses earlier.
UPLOAD_LIMIT_BYTES = 15 * 1024 * 1024

# Admin host -> its basic-auth (htpasswd Secret, realm), or None where the app's own bearer
# tokens travel in the Authorization header that basic auth takes over.
ADMIN_HOSTS: dict[str, tuple[str, str] | None] = {
    "admin.www": ("phpmyadmin-basic-auth", "phpMyAdmin"),
    "admin.auth": None,
    "admin.trails": None,
}
# Host -> the Content-Security-Policy Traefik adds (only apps that send none of their own).
# WordPress's customizer previews the site in a same-origin frame, hence 'self' there.
CSP = {
    "www": "base-uri 'self'; object-src 'none'; frame-ancestors 'self'",
    "admin.trails": "base-uri 'self'; object-src 'none'; frame-ancestors 'none'",
}


def admin_gates(site: Site, prefix: str) -> list[IpAllowList | BasicAuth]:
    """The gates in front of an admin host (empty: the host is not routed)."""
    access = site.env.admin_access
    gates: list[IpAllowList | BasicAuth] = []
    if access.allowed_ranges:
        gates.append(IpAllowList(access.allowed_ranges, depth=access.client_ip_depth))
    basic = ADMIN_HOSTS[prefix]
    if access.basic_auth and basic is not None:
        gates.append(BasicAuth(secret=basic[0], realm=basic[1]))
    return gates


def routed(site: Site, prefix: str) -> bool:
    """Whether a host gets a route (every admin host needs at least one gate)."""
    return prefix not in ADMIN_HOSTS or bool(admin_gates(site, prefix))


def issuer(site: Site) -> AcmeIssuer:
    endpoint: Literal["production", "staging"] = "production" if site.env.name == "prod" else "staging"
    return AcmeIssuer(
        site.chart("web"),
        "issuer",
        name=f"dirtbike-{site.env.name}-letsencrypt-{endpoint}",
        endpoint=endpoint,
        dns=CloudflareDns(secret=f"dirtbike-{site.env.name}-acme-dns"),
        part_of=PART_OF,
    )


def routes(site: Site, acme: AcmeIssuer, targets: dict[str, tuple[str, Any, int]]) -> list[PublicRoute]:
    """targets: host prefix ('www', 'forum', ...) -> (area, workload, service port)."""
    domain = site.env.domain
    by_area: dict[str, list[str]] = {}
    for prefix, (area, _, _) in targets.items():
        by_area.setdefault(area, []).append(prefix)
    made = []
    for area, prefixes in by_area.items():
        chart, ns = site.chart(area), site.ns(area)
        hosts = [f"{p}.{domain}" for p in prefixes] + ([domain] if area == "web" else [])
        cert = TlsCertificate(
            chart, "certificate", namespace=ns, name=f"{area}-certificate", hosts=hosts, issuer=acme.name, part_of=PART_OF
        )
        https = TraefikMiddleware(chart, "https-redirect", namespace=ns, spec=RedirectScheme(), part_of=PART_OF)
        headers = TraefikMiddleware(chart, "security-headers", namespace=ns, spec=SecurityHeaders(), part_of=PART_OF)
        limit = TraefikMiddleware(chart, "body-limit", namespace=ns, spec=BodyLimit(UPLOAD_LIMIT_BYTES), part_of=PART_OF)
        allow: TraefikMiddleware | None = None
        for prefix in prefixes:
            if not routed(site, prefix):
                continue
            _, target, port = targets[prefix]
            middlewares = [headers]
            if prefix in CSP:
                middlewares.append(
                    TraefikMiddleware(
                        chart, f"csp-{prefix.replace('.', '-')}", namespace=ns, spec=ContentSecurityPolicy(CSP[prefix]), part_of=PART_OF
                    )
                )
            for gate in admin_gates(site, prefix) if prefix in ADMIN_HOSTS else []:
                if isinstance(gate, IpAllowList):
                    # One allow-list per namespace: every admin host there admits the same networks.
                    if allow is None:
                        allow = TraefikMiddleware(chart, "admin-allow-list", namespace=ns, spec=gate, part_of=PART_OF)
                    middlewares.append(allow)
                else:
                    middlewares.append(TraefikMiddleware(chart, gate.secret, namespace=ns, spec=gate, part_of=PART_OF))
            middlewares.append(limit)
            made.append(
                PublicRoute(
                    chart,
                    f"route-{prefix}",
                    name=prefix.replace(".", "-"),
                    namespace=ns,
                    host=f"{prefix}.{domain}",
                    target=target,
                    port=port,
                    tls_secret=cert.secret_name,
                    middlewares=middlewares,
                    redirect_middleware=https,
                    part_of=PART_OF,
                )
            )
        if area == "web":
            apex = TraefikMiddleware(
                chart,
                "apex-to-www",
                namespace=ns,
                part_of=PART_OF,
                spec=RedirectRegex(regex=rf"^https?://{domain.replace('.', '[.]')}/(.*)", replacement=f"https://www.{domain}/${{1}}"),
            )
            made.append(
                PublicRoute(
                    chart,
                    "route-apex",
                    name="apex",
                    namespace=ns,
                    host=domain,
                    target=None,
                    tls_secret=cert.secret_name,
                    middlewares=[apex],
                    redirect_middleware=https,
                    part_of=PART_OF,
                )
            )
    return made
