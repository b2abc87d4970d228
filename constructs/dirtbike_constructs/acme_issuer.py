"""AcmeIssuer: a cert-manager ClusterIssuer for an ACME endpoint, solving DNS-01 challenges
(renewals do not depend on the HTTP path being reachable)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels, require_cluster_scope_allowed

SERVERS = {
    "production": "https://acme-v02.api.letsencrypt.org/directory",
    "staging": "https://acme-staging-v02.api.letsencrypt.org/directory",
}


@dataclass(frozen=True)
class CloudflareDns:
    """DNS-01 through Cloudflare: an API token (Zone.DNS edit) in `secret` under `key`. The
    Secret lives in cert-manager's cluster resource namespace (default `cert-manager`)."""

    secret: str
    key: str = "api-token"


@dataclass(frozen=True)
class Route53Dns:
    """DNS-01 through AWS Route 53: access key id and secret key in `secret`."""

    secret: str
    region: str
    access_key_id_key: str = "access-key-id"
    secret_access_key_key: str = "secret-access-key"


class AcmeIssuer(Construct):
    """A cluster-scoped ClusterIssuer. name: the issuer's name (environment-specific, so
    environments sharing a cluster never share one). endpoint: 'production' or 'staging'
    Let's Encrypt. dns: CloudflareDns or Route53Dns. Attribute: `name`."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        endpoint: Literal["production", "staging"],
        dns: CloudflareDns | Route53Dns,
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        check.labelled_name(where, "name", name)
        check.one_of(where, "endpoint", endpoint, tuple(SERVERS))
        solver: dict[str, Any]
        if isinstance(dns, CloudflareDns):
            check.dns_subdomain(where, "dns.secret", dns.secret)
            _secret_key(where, "dns.key", dns.key)
            solver = {"cloudflare": {"apiTokenSecretRef": {"name": dns.secret, "key": dns.key}}}
        elif isinstance(dns, Route53Dns):
            check.dns_subdomain(where, "dns.secret", dns.secret)
            check.dns_label(where, "dns.region", dns.region)
            _secret_key(where, "dns.access_key_id_key", dns.access_key_id_key)
            _secret_key(where, "dns.secret_access_key_key", dns.secret_access_key_key)
            solver = {
                "route53": {
                    "region": dns.region,
                    "accessKeyIDSecretRef": {"name": dns.secret, "key": dns.access_key_id_key},
                    "secretAccessKeySecretRef": {"name": dns.secret, "key": dns.secret_access_key_key},
                }
            }
        else:
            raise ConfigError(where, "dns", dns, "CloudflareDns(...) or Route53Dns(...)")
        require_cluster_scope_allowed(scope, where, "ClusterIssuer")
        attach(self, scope, id, where)
        self.name = name
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "cert-manager.io/v1",
                "kind": "ClusterIssuer",
                "metadata": object_meta(name, None, recommended_labels(name=name, instance=name, component="tls", part_of=part_of)),
                "spec": {
                    "acme": {
                        "server": SERVERS[endpoint],
                        "privateKeySecretRef": {"name": f"{name}-account"},
                        "solvers": [{"dns01": solver}],
                    }
                },
            },
        )


def _secret_key(where: str, field: str, value: object) -> None:
    """A key a Secret can hold: the API server refuses data keys outside [-._a-zA-Z0-9]+."""
    if not isinstance(value, str) or not check.CONFIG_KEY.fullmatch(value):
        raise ConfigError(where, field, value, "a Secret key of letters, digits, '-', '_' and '.'", "use the key the Secret holds it under")
