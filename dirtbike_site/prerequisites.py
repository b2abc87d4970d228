"""What dist/ references but does not render: the cluster must provide it (docs/cluster.md).
tests/test_prerequisites.py fails on any reference that is neither rendered nor listed here."""

# Traefik's entry points (its static configuration, not a Kubernetes object).
ENTRY_POINTS = {"web": "Traefik (port 80)", "websecure": "Traefik (port 443, TLS)"}
# Namespaces of the operators and controllers the platform talks to or writes into.
NAMESPACES = {
    "cnpg-system": "CloudNativePG operator",
    "kube-system": "SealedSecrets controller, CoreDNS, the API server",
    "monitoring": "kube-prometheus-stack (Prometheus, Grafana and its dashboard sidecar)",
    "ingress-system": "Traefik",
    "cert-manager": "cert-manager (also holds the DNS-01 credentials)",
}
STORAGE_CLASSES: dict[str, str] = {}     # every storage class used is rendered
PRIORITY_CLASSES: dict[str, str] = {}    # none used
INGRESS_CLASSES: dict[str, str] = {}     # routes are IngressRoutes on entry points
CLUSTER_ISSUERS: dict[str, str] = {}     # every issuer used is rendered
