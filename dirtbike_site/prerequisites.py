"""What dist/ references but does not render: the cluster must provide it (docs/cluster.md).
The environments' trees may reference what their cluster's tree (dist/clusters/) renders.
tests/test_prerequisites.py fails on any reference that is neither rendered nor listed here."""

# Traefik's entry points (its static configuration, not a Kubernetes object).
ENTRY_POINTS = {"web": "Traefik (port 80)", "websecure": "Traefik (port 443, TLS)"}
# Namespaces dist/ writes into that no tree of dist/ renders: k3s' own. The add-ons'
# namespaces (cnpg-system, monitoring, ingress-system, cert-manager, ...) are rendered in
# dist/clusters/<cluster>/ with the add-ons (dirtbike_site/addons/).
NAMESPACES = {
    "kube-system": "k3s: the SealedSecrets controller, CoreDNS, the API server, helm-controller's HelmCharts",
}
STORAGE_CLASSES: dict[str, str] = {}  # every storage class used is rendered
PRIORITY_CLASSES: dict[str, str] = {}  # none used
INGRESS_CLASSES: dict[str, str] = {}  # routes are IngressRoutes on entry points
CLUSTER_ISSUERS: dict[str, str] = {}  # every issuer used is rendered
