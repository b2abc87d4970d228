"""CnpgPooler: a CloudNativePG PgBouncer `Pooler` in front of a cluster, as a flow endpoint
with the flows it needs by its nature. Made by CnpgCluster (`pooler=PgBouncer(...)`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct

from . import _validate as check
from .endpoint import Endpoint, EndpointInfo, NamedPort
from .errors import ConfigError
from .plus_workload import PlusPeerContract
from .flows import allow_own
from .meta import ManifestObject, attach, construct_path, object_meta, all_or_nothing
from .peer import ExternalPeer

#: The PgBouncer pods' ports, by the names CloudNativePG gives them.
POOLER_PORTS = {"pgbouncer": NamedPort(5432), "metrics": NamedPort(9127)}


class CnpgPooler(PlusPeerContract, Construct):
    """The Pooler object and its pods as an endpoint (selected by cnpg.io/poolerName; ports
    'pgbouncer' 5432 and 'metrics' 9127).

    Its own flows: the PgBouncer pods reach the cluster's instances on 'postgresql' and
    their instance manager reads the Pooler, its Secrets and the Cluster through the API
    server. The operator never connects to PgBouncer pods (it writes their configuration
    through the API), so no flow from it is needed. Attributes: `name`, `namespace`,
    `endpoint`."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        cluster: Endpoint,
        labels: Mapping[str, str],
        api_server: ExternalPeer,
        spec: Mapping[str, Any],
    ) -> None:
        """name: the Pooler's name (a DNS label). cluster: the CnpgCluster (or another
        endpoint standing for one) it fronts. labels: the Pooler's labels. api_server: the API
        server as an ExternalPeer with a port named 'https'. spec: the Pooler's spec."""
        where = construct_path(scope, id)
        check.dns_label(where, "name", name)
        info = getattr(cluster, "endpoint", None)
        if not isinstance(info, EndpointInfo) or info.external or not info.namespace or "postgresql" not in info.ports:
            raise ConfigError(where, "cluster", cluster, "a CnpgCluster of this app (an endpoint in a namespace with a 'postgresql' port)")
        namespace = info.namespace
        labels = check.label_map(where, "labels", labels)
        check.instance_of(where, "api_server", api_server, ExternalPeer, "a dirtbike_constructs.ExternalPeer")
        if "https" not in api_server.ports:
            raise ConfigError(
                where, "api_server.ports", dict(api_server.ports), "a port named 'https'", "declare it, e.g. ports={'https': 6443}"
            )
        check.instance_of(where, "spec", spec, Mapping, "a mapping: the Pooler's spec")

        # Everything is validated: from here on, only rendering.
        attach(self, scope, id, where)
        self.name: str = name
        self.namespace: str = namespace
        self._endpoint = EndpointInfo(
            name=name, kind="CnpgPooler", path=where, namespace=namespace, selector={"cnpg.io/poolerName": name}, ports=dict(POOLER_PORTS)
        )
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "postgresql.cnpg.io/v1",
                "kind": "Pooler",
                "metadata": object_meta(name, namespace, labels),
                "spec": dict(spec),
            },
        )
        allow_own(self, self, cluster, "postgresql")
        allow_own(self, self, api_server, "https")

    @property
    def endpoint(self) -> EndpointInfo:
        return self._endpoint
