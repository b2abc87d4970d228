"""Endpoints the platform talks to but does not render. The pod labels are those the charts in
docs/cluster.md give their pods; if a chart labels them differently, change them here."""

from dirtbike_constructs import CNPG_OPERATOR, INTERNET, PROMETHEUS, ExternalPeer

from .environments import Environment

TRAEFIK = ExternalPeer.pods("traefik", namespace="ingress-system", selector={"app.kubernetes.io/name": "traefik"})
__all__ = ["CNPG_OPERATOR", "INTERNET", "PROMETHEUS", "TRAEFIK", "kube_api"]


def kube_api(env: Environment) -> ExternalPeer:
    """The API server of `env`'s cluster: its server nodes on their API port ('https')."""
    return ExternalPeer.network("kube-apiserver", cidr=env.api_server.cidrs, ports={"https": env.api_server.port})
