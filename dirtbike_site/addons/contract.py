"""What dist/ relies on the add-ons for, defined once: the site's constructs, policies and tests
read these, and so do the add-ons' values (dirtbike_site/addons/charts.py). tests/test_addons.py
fails when a value in dist/ and the add-ons' values disagree."""

from __future__ import annotations

from types import MappingProxyType

#: kube-prometheus-stack's release; its monitors and rules selector is `release: <this>`.
PROMETHEUS_RELEASE = "kube-prometheus-stack"
#: The labels Prometheus selects ServiceMonitors, PodMonitors, PrometheusRules and
#: AlertmanagerConfigs by. Every environment's `prometheus_selector` must equal it.
PROMETHEUS_SELECTOR = MappingProxyType({"release": PROMETHEUS_RELEASE})
#: Where kube-prometheus-stack and Loki run, and where Grafana's sidecar finds dashboards.
MONITORING_NAMESPACE = "monitoring"
#: The label (and value) Grafana's dashboard sidecar loads ConfigMaps by.
DASHBOARD_LABEL = ("grafana_dashboard", "1")
#: Traefik: its namespace, the labels of its pods (the policies' ingress peer) and its entry
#: points by name (the IngressRoutes' entryPoints) with the port each listens on in the pod and
#: the port its Service exposes.
TRAEFIK_NAMESPACE = "ingress-system"
TRAEFIK_POD_LABELS = MappingProxyType({"app.kubernetes.io/name": "traefik"})
TRAEFIK_ENTRY_POINTS = MappingProxyType({"web": (8000, 80), "websecure": (8443, 443)})
TRAEFIK_METRICS_PORT = 9100
#: CloudNativePG: the operator's namespace and pod labels (the policies' operator peer). The
#: Barman Cloud plugin must run in the operator's namespace.
CNPG_NAMESPACE = "cnpg-system"
CNPG_POD_LABELS = MappingProxyType({"app.kubernetes.io/name": "cloudnative-pg"})
#: cert-manager's namespace (it also holds the DNS-01 credentials).
CERT_MANAGER_NAMESPACE = "cert-manager"
#: The SealedSecrets controller: k3s' kube-system, under the name kubeseal looks for by default.
SEALED_SECRETS_NAMESPACE = "kube-system"
SEALED_SECRETS_NAME = "sealed-secrets-controller"
#: Prometheus' pods (the policies' scrape peer), as prometheus-operator labels them.
PROMETHEUS_POD_LABELS = MappingProxyType({"app.kubernetes.io/name": "prometheus"})
#: Loki (single binary) and its in-cluster address, for Grafana and for Alloy.
LOKI_RELEASE = "loki"
LOKI_URL = f"http://{LOKI_RELEASE}.{MONITORING_NAMESPACE}.svc.cluster.local:3100"
LOKI_DATASOURCE_UID = "loki"
#: The log collector (Alloy) reads node log files: its own namespace, privileged.
LOG_COLLECTOR_NAMESPACE = "log-collector"
LONGHORN_NAMESPACE = "longhorn-system"
#: The service accounts that write plain Secrets in the site's namespaces, as the API server names
#: them (the admission policy `secret-writers` admits only these). Each chart names its account
#: after its full name: the release (the HelmChart's name) and the chart's name, unless the
#: release name holds the chart's, or fullnameOverride is set (SealedSecrets).
CNPG_SERVICE_ACCOUNT = "cnpg-cloudnative-pg"  # release 'cnpg', chart 'cloudnative-pg'
CERT_MANAGER_SERVICE_ACCOUNT = "cert-manager"  # release and chart 'cert-manager'
SECRET_WRITERS = (
    f"system:serviceaccount:{SEALED_SECRETS_NAMESPACE}:{SEALED_SECRETS_NAME}",
    f"system:serviceaccount:{CNPG_NAMESPACE}:{CNPG_SERVICE_ACCOUNT}",
    f"system:serviceaccount:{CERT_MANAGER_NAMESPACE}:{CERT_MANAGER_SERVICE_ACCOUNT}",
)
