"""Endpoints the platform talks to but does not render."""

from dirtbike_constructs import ExternalPeer

PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")

TRAEFIK = ExternalPeer.pods("traefik", namespace="ingress-system", pod_selector={"app.kubernetes.io/name": "traefik"})
PROMETHEUS = ExternalPeer.pods("prometheus", namespace="monitoring", pod_selector={"app.kubernetes.io/name": "prometheus"})
CNPG_OPERATOR = ExternalPeer.pods("cnpg-operator", namespace="cnpg-system", pod_selector={"app.kubernetes.io/name": "cloudnative-pg"})
# k3s serves the API on every server node at 6443; node addresses belong to the cluster's
# operators, not to this repository, so the rule is narrowed by port.
KUBE_API = ExternalPeer.network("kube-apiserver", cidr="0.0.0.0/0")
# Public internet only: in-cluster and private addresses stay unreachable by IP.
INTERNET = ExternalPeer.network("internet", cidr="0.0.0.0/0", except_cidrs=PRIVATE_RANGES)
