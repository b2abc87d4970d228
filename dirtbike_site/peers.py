"""Endpoints the platform talks to but does not render. Where the add-ons run and how their pods
are labelled are the add-ons' own values (one definition, dirtbike_site/addons/contract.py)."""

from dirtbike_constructs import INTERNET, ExternalPeer

from .addons import contract as addons
from .environments import ApiServer, Environment

TRAEFIK = ExternalPeer.pods("traefik", namespace=addons.TRAEFIK_NAMESPACE, selector=addons.TRAEFIK_POD_LABELS)
PROMETHEUS = ExternalPeer.pods("prometheus", namespace=addons.MONITORING_NAMESPACE, selector=addons.PROMETHEUS_POD_LABELS)
CNPG_OPERATOR = ExternalPeer.pods("cnpg-operator", namespace=addons.CNPG_NAMESPACE, selector=addons.CNPG_POD_LABELS)
__all__ = ["CNPG_OPERATOR", "INTERNET", "PROMETHEUS", "TRAEFIK", "kube_api"]


def kube_api(env: Environment) -> ExternalPeer:
    """The API server of `env`'s cluster: its server nodes on their API port ('https'), or,
    while the cluster's operator has not set them, a pending peer (no egress rendered)."""
    api = env.on.api_server
    if api is None:
        return ExternalPeer.pending("kube-apiserver", missing=api_server_missing(env.cluster), ports={"https": ApiServer.port})
    return ExternalPeer.network("kube-apiserver", cidr=api.cidrs, ports={"https": api.port})


def api_server_missing(cluster: str) -> str:
    """What to set so the API server flows are rendered (FLOWS.md and MISSING-INPUTS.md show it)."""
    return (
        f"the API server addresses of cluster {cluster!r}: set CLUSTERS[{cluster!r}].api_server in "
        "dirtbike_site/environments.py (docs/cluster.md, The API server's addresses)"
    )
