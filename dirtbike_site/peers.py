"""Endpoints the platform talks to but does not render."""

from dirtbike_constructs import ExternalPeer

from .addons import contract as addons

PRIVATE_RANGES = ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")

# Where the add-ons run and how their pods are labelled: the add-ons' own values (one definition).
TRAEFIK = ExternalPeer.pods("traefik", namespace=addons.TRAEFIK_NAMESPACE, pod_selector=addons.TRAEFIK_POD_LABELS)
PROMETHEUS = ExternalPeer.pods("prometheus", namespace=addons.MONITORING_NAMESPACE, pod_selector=addons.PROMETHEUS_POD_LABELS)
CNPG_OPERATOR = ExternalPeer.pods("cnpg-operator", namespace=addons.CNPG_NAMESPACE, pod_selector=addons.CNPG_POD_LABELS)
# k3s serves the API on every server node at 6443; node addresses belong to the cluster's
# operators, not to this repository, so the rule is narrowed by port.
KUBE_API = ExternalPeer.network("kube-apiserver", cidr="0.0.0.0/0")
# Public internet only: in-cluster and private addresses stay unreachable by IP.
INTERNET = ExternalPeer.network("internet", cidr="0.0.0.0/0", except_cidrs=PRIVATE_RANGES)
