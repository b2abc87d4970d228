"""CnpgPooler: a CloudNativePG PgBouncer `Pooler` in front of a cluster, as a flow endpoint
with the flows it needs by its nature. Made by CnpgCluster (`pooler=PgBouncer(...)`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct

from .endpoint import Endpoint, EndpointInfo, NamedPort
from .flows import allow_own
from .meta import ManifestObject, attach, construct_path, object_meta, all_or_nothing
from .peer import ExternalPeer

#: The PgBouncer pods' ports, by the names CloudNativePG gives them.
POOLER_PORTS = {"pgbouncer": NamedPort(5432), "metrics": NamedPort(9127)}


class CnpgPooler(Construct):
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
        where = construct_path(scope, id)
        namespace = cluster.endpoint.namespace or ""
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
