"""TlsCertificate: a cert-manager Certificate for a set of hosts, into a Secret routes use."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels

# cert-manager refuses a commonName longer than X.509's upper bound.
COMMON_NAME_MAX = 64


class TlsCertificate(Construct):
    """namespace: where the Secret is needed. hosts: DNS names (the first is the common
    name). issuer: the ClusterIssuer's name. name: default the construct id; the Secret is
    `<name>-tls` (attribute `secret_name`). Keys: ECDSA P-256, rotated on renewal."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        hosts: Sequence[str],
        issuer: str,
        name: str | None = None,
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        name = check.dns_label(where, "name", name if name is not None else id, max_length=59)
        check.dns_label(where, "namespace", namespace)
        check.dns_subdomain(where, "issuer", issuer)
        if isinstance(hosts, str) or not hosts:
            raise ConfigError(where, "hosts", hosts, "a non-empty sequence of DNS names")
        for host in hosts:
            # A wildcard is the whole leftmost label (valid with DNS-01, AcmeIssuer's challenge).
            bare = host[2:] if isinstance(host, str) and host.startswith("*.") else host
            check.hostname(where, "hosts", bare)
        check.unique(where, "hosts", hosts)
        if len(hosts[0]) > COMMON_NAME_MAX:
            raise ConfigError(
                where,
                "hosts[0]",
                hosts[0],
                f"a first host of at most {COMMON_NAME_MAX} characters: it becomes the certificate's common name",
                "put a shorter host first (the others have no such limit)",
            )
        attach(self, scope, id, where)
        self.name = name
        self.secret_name = f"{name}-tls"
        self.hosts = tuple(hosts)
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "cert-manager.io/v1",
                "kind": "Certificate",
                "metadata": object_meta(name, namespace, recommended_labels(name=name, instance=name, component="tls", part_of=part_of)),
                "spec": {
                    "secretName": self.secret_name,
                    "commonName": hosts[0],
                    "dnsNames": list(hosts),
                    "issuerRef": {"group": "cert-manager.io", "kind": "ClusterIssuer", "name": issuer},
                    "privateKey": {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"},
                    "duration": "2160h",
                    "renewBefore": "720h",
                },
            },
        )
