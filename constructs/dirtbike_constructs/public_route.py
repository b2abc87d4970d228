"""PublicRoute: a Traefik IngressRoute for one host on `websecure` with TLS, plus the plain
HTTP route on `web` that redirects to it. Hosts are unique per app and every route's service
and port must exist."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, UndoLog, app_state, attach, construct_path, object_meta, recommended_labels, all_or_nothing
from .traefik_middleware import RedirectRegex, RedirectScheme, TraefikMiddleware


class RouteTarget(Protocol):
    """What a route sends traffic to: a workload with a Service and its named ports
    (HardenedDeployment, HardenedStatefulSet, BlueGreenService). A BlueGreenService with a
    split also has `traefik_service_name`, which the route then uses."""

    @property
    def namespace(self) -> str: ...

    @property
    def service_name(self) -> str | None: ...

    @property
    def service_ports(self) -> Mapping[str, int]: ...


class RoutedHosts:
    """The hosts routed in one App (kept on the App: another App may route the same host)."""

    def __init__(self) -> None:
        self.by_host: dict[str, str] = {}


class PublicRoute(Construct):
    """Route `host` to a workload's Service (or its TraefikService for an A/B split).

    namespace: where the route lives (the target's). host: a DNS name, unique in the app.
    target: a HardenedDeployment, HardenedStatefulSet or BlueGreenService (anything with
    `service_name` and `service_ports`); None for a host that only redirects (its
    middlewares must then answer every request). port: one of the target's Service ports.
    tls_secret: the certificate's Secret in the same namespace. middlewares: applied in
    order. redirect_http: also answer on `web` with a redirect to https; default True.
    redirect_middleware: the RedirectScheme middleware the `web` route uses (required with
    redirect_http). Attributes: `host`, `name`."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        host: str,
        target: RouteTarget | None,
        tls_secret: str,
        port: int = 0,
        middlewares: Sequence[TraefikMiddleware] = (),
        redirect_http: bool = True,
        redirect_middleware: TraefikMiddleware | None = None,
        part_of: str | None = None,
        name: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        check.hostname(where, "host", host)
        middlewares = check.sequence_of(where, "middlewares", middlewares, TraefikMiddleware, "TraefikMiddleware values")
        check.dns_subdomain(where, "tls_secret", tls_secret)
        service = getattr(target, "service_name", None)
        if target is None:
            if not middlewares:
                raise ConfigError(where, "middlewares", middlewares, "at least one redirect for a route without a target")
        else:
            service_ports = getattr(target, "service_ports", None) or {}
            if not service:
                raise ConfigError(where, "target", getattr(target, "name", target), "a workload with a Service (exposed ports)")
            if target.namespace != namespace:
                raise ConfigError(where, "namespace", namespace, f"the target's namespace ({target.namespace})")
            check.port(where, "port", port)
            if port not in service_ports.values():
                raise ConfigError(
                    where, "port", port, f"a port of Service {service}: " + ", ".join(str(p) for p in sorted(service_ports.values()))
                )
        for m in middlewares:
            if not isinstance(m, TraefikMiddleware) or m.namespace != namespace:
                raise ConfigError(where, "middlewares", getattr(m, "name", m), f"TraefikMiddleware values in namespace {namespace}")
        if redirect_http and (
            not isinstance(redirect_middleware, TraefikMiddleware)
            or not isinstance(redirect_middleware.spec, (RedirectScheme, RedirectRegex))
            or redirect_middleware.namespace != namespace
        ):
            raise ConfigError(
                where,
                "redirect_middleware",
                getattr(redirect_middleware, "name", redirect_middleware),
                f"a RedirectScheme (or RedirectRegex) TraefikMiddleware in namespace {namespace} when redirect_http is on",
                "Traefik resolves a route's middlewares in its own namespace, and the web route must only redirect",
            )
        hosts = app_state(scope, RoutedHosts).by_host
        if host in hosts:
            raise ConfigError(where, "host", host, f"a host no other route uses (already routed by {hosts[host]})")

        attach(self, scope, id, where)
        hosts[host] = where
        UndoLog.of(scope).record(functools.partial(hosts.pop, host, None))
        self.host = host
        self.name = name
        if target is None:  # Traefik's internal no-op service: the middlewares answer
            backend: dict[str, Any] = {"name": "noop@internal", "kind": "TraefikService"}
        elif getattr(target, "traefik_service_name", None):
            backend = {"name": getattr(target, "traefik_service_name"), "kind": "TraefikService"}
        else:
            backend = {"name": service, "kind": "Service", "port": port}
        labels = recommended_labels(name=name, instance=name, component="edge", part_of=part_of)
        match = f"Host(`{host}`)"
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "traefik.io/v1alpha1",
                "kind": "IngressRoute",
                "metadata": object_meta(name, namespace, labels),
                "spec": {
                    "entryPoints": ["websecure"],
                    "routes": [
                        {
                            "kind": "Rule",
                            "match": match,
                            "services": [backend],
                            **({"middlewares": [m.ref for m in middlewares]} if middlewares else {}),
                        }
                    ],
                    "tls": {"secretName": tls_secret},
                },
            },
        )
        if redirect_http and redirect_middleware is not None:  # checked above: set whenever redirect_http
            ManifestObject(
                self,
                "HttpRedirect",
                {
                    "apiVersion": "traefik.io/v1alpha1",
                    "kind": "IngressRoute",
                    "metadata": object_meta(f"{name}-http", namespace, labels),
                    "spec": {
                        "entryPoints": ["web"],
                        "routes": [
                            {
                                "kind": "Rule",
                                "match": match,
                                "middlewares": [redirect_middleware.ref],
                                "services": [{"name": "noop@internal", "kind": "TraefikService"}],
                            }
                        ],
                    },
                },
            )
