"""The edge: the ClusterIssuer of the environment, a certificate per namespace, middlewares
and one route per public host (Traefik entry point `websecure`, plain HTTP redirected).

Hosts: prod on the apex domain, dev and stage on their own subdomains; the apex itself
redirects permanently to www."""

from __future__ import annotations

from typing import Any

from dirtbike_constructs import (AcmeIssuer, BasicAuth, BodyLimit, CloudflareDns, PublicRoute, RedirectRegex,
                                 RedirectScheme, SecurityHeaders, TlsCertificate, TraefikMiddleware)

from ..site import PART_OF, Site

# The WordPress and phpMyAdmin upload limit (post_max_size 15M), so Traefik refuses earlier.
UPLOAD_LIMIT_BYTES = 15 * 1024 * 1024


def issuer(site: Site) -> AcmeIssuer:
    endpoint = "production" if site.env.name == "prod" else "staging"
    return AcmeIssuer(site.chart("web"), "issuer", name=f"dirtbike-{site.env.name}-letsencrypt-{endpoint}",
                      endpoint=endpoint, dns=CloudflareDns(secret=f"dirtbike-{site.env.name}-acme-dns"), part_of=PART_OF)


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
        cert = TlsCertificate(chart, "certificate", namespace=ns, name=f"{area}-certificate", hosts=hosts,
                              issuer=acme.name, part_of=PART_OF)
        https = TraefikMiddleware(chart, "https-redirect", namespace=ns, spec=RedirectScheme(), part_of=PART_OF)
        headers = TraefikMiddleware(chart, "security-headers", namespace=ns, spec=SecurityHeaders(), part_of=PART_OF)
        limit = TraefikMiddleware(chart, "body-limit", namespace=ns, spec=BodyLimit(UPLOAD_LIMIT_BYTES), part_of=PART_OF)
        for prefix in prefixes:
            _, target, port = targets[prefix]
            middlewares = [headers, limit]
            if prefix == "admin.www":
                auth = TraefikMiddleware(chart, "phpmyadmin-basic-auth", namespace=ns,
                                         spec=BasicAuth(secret="phpmyadmin-basic-auth", realm="phpMyAdmin"), part_of=PART_OF)
                middlewares = [headers, auth, limit]
            made.append(PublicRoute(chart, f"route-{prefix}", name=prefix.replace(".", "-"), namespace=ns,
                                    host=f"{prefix}.{domain}", target=target, port=port, tls_secret=cert.secret_name,
                                    middlewares=middlewares, redirect_middleware=https, part_of=PART_OF))
        if area == "web":
            apex = TraefikMiddleware(chart, "apex-to-www", namespace=ns, part_of=PART_OF,
                                     spec=RedirectRegex(regex=rf"^https?://{domain.replace('.', '[.]')}/(.*)",
                                                        replacement=f"https://www.{domain}/${{1}}"))
            made.append(PublicRoute(chart, "route-apex", name="apex", namespace=ns, host=domain, target=None,
                                    tls_secret=cert.secret_name, middlewares=[apex], redirect_middleware=https,
                                    part_of=PART_OF))
    return made
