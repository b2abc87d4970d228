"""Each add-on: its chart, pinned version and repository (facts from the chart projects), its
namespace, and its values built from the site's own values (dirtbike_site/addons/contract.py).

Chart versions are the releases the CRDs in imports/ come from where a chart ships them:
CloudNativePG 0.29.0 (operator 1.30.0), kube-prometheus-stack 88.2.0 (prometheus-operator
0.93.0), Traefik 41.1.0 (Traefik v3.7.9), cert-manager v1.21.1, SealedSecrets 2.18.6 (controller
0.37.0; its SealedSecret CRD is unchanged since 0.36.6, the CRD's release). Every version is one
its chart repository publishes, and its values are held to that chart's own contract
(values_contract.py, tests/test_chart_contract.py). A value that overrides a chart's image
carries its reason beside it. Each AddOn names chart, repo and version as literals, in that
order: renovate.json's chart manager reads them there."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from dirtbike_constructs import Resources

from ..environments import Cluster, Environment
from . import contract as c
from . import snapshot_metrics


@dataclass(frozen=True)
class Pods:
    """What an add-on's pods reserve, for `make capacity`: `count` pods (or one per node with
    per_node=True) each requesting `resources` (set in the chart's values from the same object)."""

    resources: Resources
    count: int = 1
    per_node: bool = False


@dataclass(frozen=True)
class AddOn:
    """name: the Helm release and HelmChart name. namespace: where the release runs, rendered
    with Pod Security `pod_security` (anything but 'restricted' needs `reason`)."""

    name: str
    chart: str
    repo: str
    version: str
    namespace: str
    values: dict[str, Any]
    pods: tuple[Pods, ...] = ()
    pod_security: Literal["restricted", "baseline", "privileged"] = "restricted"
    reason: str | None = None
    own_namespace: bool = True  # False: a namespace k3s owns (kube-system); not rendered
    needs: tuple[str, ...] = field(default_factory=tuple)  # add-ons whose CRDs it uses


def requests(r: Resources) -> dict[str, dict[str, str]]:
    """A chart's `resources` value from a Resources (requests and limits)."""
    return {"requests": {"cpu": r.cpu, "memory": r.memory}, "limits": {"cpu": r.cpu_limit, "memory": r.memory_limit}}


def monitor_labels() -> dict[str, str]:
    return dict(c.PROMETHEUS_SELECTOR)


def cnpg() -> AddOn:
    operator = Resources(cpu="100m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi")
    label, value = c.DASHBOARD_LABEL
    return AddOn(
        name="cnpg",
        chart="cloudnative-pg",
        repo="https://cloudnative-pg.github.io/charts",
        version="0.29.0",
        namespace=c.CNPG_NAMESPACE,
        values={
            "crds": {"create": True},
            "replicaCount": 1,
            "resources": requests(operator),
            # The operator's own metrics (reconciliation errors) and its dashboard for the sidecar.
            "monitoring": {
                "podMonitorEnabled": True,
                "podMonitorAdditionalLabels": monitor_labels(),
                "grafanaDashboard": {"create": True, "namespace": c.MONITORING_NAMESPACE, "labels": {label: value}},
            },
        },
        pods=(Pods(operator),),
        needs=("kube-prometheus-stack",),
    )


def barman_cloud() -> AddOn:
    plugin = Resources(cpu="50m", memory="64Mi", cpu_limit="500m", memory_limit="256Mi")
    return AddOn(
        name="barman-cloud",
        chart="plugin-barman-cloud",
        repo="https://cloudnative-pg.github.io/charts",
        version="0.7.0",
        namespace=c.CNPG_NAMESPACE,
        # The plugin's chart issues its own TLS certificates through cert-manager (its defaults).
        values={
            "resources": requests(plugin),
            # Override, with reason: chart 0.7.0 (the newest the chart repository publishes) ships
            # plugin v0.13.0; v0.14.0 restores WAL from the replica source when a designated primary
            # is promoted and serves pg_rewind correctly, and its ObjectStore CRD (the one in
            # imports/) is unchanged from v0.13.0's, which the chart installs. Drop both tags when a
            # chart release ships v0.14.0 or later.
            "image": {"tag": "v0.14.0"},
            "sidecarImage": {"tag": "v0.14.0"},
        },
        pods=(Pods(plugin),),
        own_namespace=False,
        needs=("cnpg", "cert-manager"),
    )


def sealed_secrets() -> AddOn:
    controller = Resources(cpu="50m", memory="64Mi", cpu_limit="500m", memory_limit="256Mi")
    return AddOn(
        name="sealed-secrets",
        chart="sealed-secrets",
        repo="https://bitnami.github.io/sealed-secrets",
        version="2.18.6",
        namespace=c.SEALED_SECRETS_NAMESPACE,
        values={
            # The name kubeseal and README's bring-your-own-key steps use.
            "fullnameOverride": c.SEALED_SECRETS_NAME,
            "resources": requests(controller),
            "metrics": {"serviceMonitor": {"enabled": True, "labels": monitor_labels()}},
        },
        pods=(Pods(controller),),
        own_namespace=False,
        needs=("kube-prometheus-stack",),
    )


def cert_manager() -> AddOn:
    controller = Resources(cpu="50m", memory="96Mi", cpu_limit="500m", memory_limit="256Mi")
    small = Resources(cpu="20m", memory="48Mi", cpu_limit="200m", memory_limit="128Mi")
    return AddOn(
        name="cert-manager",
        chart="cert-manager",
        repo="https://charts.jetstack.io",
        version="v1.21.1",
        namespace=c.CERT_MANAGER_NAMESPACE,
        values={
            "crds": {"enabled": True},
            "resources": requests(controller),
            "webhook": {"resources": requests(small)},
            "cainjector": {"resources": requests(small)},
            # CertificateExpiringSoon reads certmanager_certificate_expiration_timestamp_seconds.
            "prometheus": {
                "enabled": True,
                # The chart (1.21) scrapes the controller, webhook and cainjector Services on their
                # port named http-metrics itself: there is no port to choose.
                "servicemonitor": {"enabled": True, "labels": monitor_labels()},
            },
        },
        pods=(Pods(controller), Pods(small), Pods(small)),
        needs=("kube-prometheus-stack",),
    )


def traefik() -> AddOn:
    proxy = Resources(cpu="100m", memory="96Mi", cpu_limit="1", memory_limit="256Mi")
    return AddOn(
        name="traefik",
        chart="traefik",
        repo="https://traefik.github.io/charts",
        version="41.1.0",
        namespace=c.TRAEFIK_NAMESPACE,
        values={
            # Two proxies on two different nodes, and never both evicted at once.
            "deployment": {"replicas": 2},
            "topologySpreadConstraints": [
                {
                    "maxSkew": 1,
                    "topologyKey": "kubernetes.io/hostname",
                    "whenUnsatisfiable": "DoNotSchedule",
                    "labelSelector": {"matchLabels": dict(c.TRAEFIK_POD_LABELS)},
                }
            ],
            "podDisruptionBudget": {"enabled": True, "minAvailable": 1},
            "resources": requests(proxy),
            # The chart's pod security context lacks a seccomp profile, which 'restricted' requires.
            "podSecurityContext": {
                "runAsNonRoot": True,
                "runAsUser": 65532,
                "runAsGroup": 65532,
                "seccompProfile": {"type": "RuntimeDefault"},
            },
            # Client source addresses reach Traefik unchanged: the admin hosts' IP allow-list
            # (Environment.admin_access) judges them.
            "service": {"spec": {"externalTrafficPolicy": "Local"}},
            "ports": {
                **{name: {"port": port, "exposedPort": exposed} for name, (port, exposed) in c.TRAEFIK_ENTRY_POINTS.items()},
                "metrics": {"port": c.TRAEFIK_METRICS_PORT},
            },
            # Routes are IngressRoutes only: no Ingress provider, no IngressClass, no dashboard.
            "providers": {"kubernetesCRD": {"enabled": True}, "kubernetesIngress": {"enabled": False}},
            "ingressClass": {"enabled": False},
            "api": {"dashboard": False},
            # The WordPress SLO rules read traefik_service_* metrics; 0.5 s is a bucket boundary
            # so the 500 ms latency objective is measured, not interpolated.
            "metrics": {
                "prometheus": {
                    "entryPoint": "metrics",
                    "buckets": "0.1,0.25,0.5,1,2.5,5",
                    "service": {"enabled": True},
                    "serviceMonitor": {"enabled": True, "additionalLabels": monitor_labels()},
                }
            },
        },
        pods=(Pods(proxy, count=2),),
        needs=("kube-prometheus-stack",),
    )


def kube_prometheus_stack(cluster: Cluster) -> AddOn:
    prometheus = Resources(cpu="250m", memory="512Mi", cpu_limit="1", memory_limit="2Gi")
    alertmanager = Resources(cpu="20m", memory="64Mi", cpu_limit="200m", memory_limit="128Mi")
    grafana = Resources(cpu="50m", memory="128Mi", cpu_limit="500m", memory_limit="384Mi")
    small = Resources(cpu="20m", memory="64Mi", cpu_limit="200m", memory_limit="192Mi")
    storage_class = cluster.storage_classes[0].name
    selector = {"matchLabels": monitor_labels()}
    everywhere: dict[str, Any] = {}  # an empty namespace selector: every namespace
    label, value = c.DASHBOARD_LABEL
    return AddOn(
        name=c.PROMETHEUS_RELEASE,
        chart="kube-prometheus-stack",
        repo="https://prometheus-community.github.io/helm-charts",
        version="88.2.0",
        namespace=c.MONITORING_NAMESPACE,
        values={
            "crds": {"enabled": True},
            # k3s runs the scheduler, controller manager, proxy and etcd inside its own process:
            # there is nothing at the addresses these monitors scrape.
            "kubeControllerManager": {"enabled": False},
            "kubeScheduler": {"enabled": False},
            "kubeProxy": {"enabled": False},
            "kubeEtcd": {"enabled": False},
            # node-exporter needs the host's PID and network namespaces (a privileged
            # namespace); the rules use kubelet and kube-state-metrics, not node metrics.
            "nodeExporter": {"enabled": False},
            "defaultRules": {
                "rules": {
                    "etcd": False,
                    "kubeControllerManager": False,
                    "kubeProxy": False,
                    "kubeSchedulerAlerting": False,
                    "kubeSchedulerRecording": False,
                    "nodeExporterAlerting": False,
                    "nodeExporterRecording": False,
                    "windows": False,
                }
            },
            "prometheus": {
                "prometheusSpec": {
                    "retention": "15d",
                    "resources": requests(prometheus),
                    "storageSpec": {
                        "volumeClaimTemplate": {
                            "spec": {
                                "storageClassName": storage_class,
                                "accessModes": ["ReadWriteOnce"],
                                "resources": {"requests": {"storage": "20Gi"}},
                            }
                        }
                    },
                    # Exactly the monitors and rules labelled for this release, in every namespace.
                    "serviceMonitorSelectorNilUsesHelmValues": False,
                    "serviceMonitorSelector": selector,
                    "serviceMonitorNamespaceSelector": everywhere,
                    "podMonitorSelectorNilUsesHelmValues": False,
                    "podMonitorSelector": selector,
                    "podMonitorNamespaceSelector": everywhere,
                    "ruleSelectorNilUsesHelmValues": False,
                    "ruleSelector": selector,
                    "ruleNamespaceSelector": everywhere,
                }
            },
            "alertmanager": {
                "alertmanagerSpec": {
                    "replicas": 1,
                    "resources": requests(alertmanager),
                    # Each environment routes its own alerts (an AlertmanagerConfig in its data
                    # namespace, matching on the `environment` label every rule carries).
                    "alertmanagerConfigSelector": selector,
                    "alertmanagerConfigNamespaceSelector": everywhere,
                    "alertmanagerConfigMatcherStrategy": {"type": "None"},
                }
            },
            "grafana": {
                "resources": requests(grafana),
                "sidecar": {"dashboards": {"enabled": True, "label": label, "labelValue": value, "searchNamespace": "ALL"}},
                "additionalDataSources": [
                    {"name": "Loki", "type": "loki", "uid": c.LOKI_DATASOURCE_UID, "url": c.LOKI_URL, "access": "proxy", "editable": False}
                ],
            },
            "prometheusOperator": {"resources": requests(small)},
            # The k3s servers' etcd snapshot records as a metric, for the off-site snapshot alerts.
            "kube-state-metrics": {
                "resources": requests(small),
                "customResourceState": snapshot_metrics.custom_resource_state(),
                "rbac": {"extraRules": snapshot_metrics.RBAC_RULES},
            },
        },
        pods=(Pods(prometheus), Pods(alertmanager), Pods(grafana), Pods(small), Pods(small)),
        # The pods prometheus-operator generates (Prometheus, Alertmanager, their config
        # reloaders) are not declared restricted-compliant by the chart at this version.
        pod_security="baseline",
        reason="the Prometheus and Alertmanager pods that prometheus-operator generates are not declared "
        "restricted-compliant by the chart; baseline still forbids host access and privilege",
    )


def loki(cluster: Cluster) -> AddOn:
    single = Resources(cpu="100m", memory="256Mi", cpu_limit="1", memory_limit="1Gi")
    return AddOn(
        name=c.LOKI_RELEASE,
        chart="loki",
        repo="https://grafana.github.io/helm-charts",
        version="6.49.0",
        namespace=c.MONITORING_NAMESPACE,
        values={
            # One process on a Longhorn volume: a three-node site's logs fit one binary.
            "deploymentMode": "SingleBinary",
            "loki": {
                "auth_enabled": False,
                "commonConfig": {"replication_factor": 1},
                "storage": {"type": "filesystem"},
                "schemaConfig": {
                    "configs": [
                        {
                            "from": "2026-01-01",
                            "store": "tsdb",
                            "object_store": "filesystem",
                            "schema": "v13",
                            "index": {"prefix": "loki_index_", "period": "24h"},
                        }
                    ]
                },
                "limits_config": {"retention_period": "744h"},
                "compactor": {"retention_enabled": True, "delete_request_store": "filesystem"},
            },
            "singleBinary": {
                "replicas": 1,
                "resources": requests(single),
                "persistence": {"enabled": True, "size": "20Gi", "storageClass": cluster.storage_classes[0].name},
            },
            "backend": {"replicas": 0},
            "read": {"replicas": 0},
            "write": {"replicas": 0},
            "chunksCache": {"enabled": False},
            "resultsCache": {"enabled": False},
            "gateway": {"enabled": False},
            "lokiCanary": {"enabled": False},
            "test": {"enabled": False},
        },
        pods=(Pods(single),),
        own_namespace=False,
    )


#: Alloy's pipeline: this node's pod log files, labelled with namespace, pod and container.
ALLOY_CONFIG = f"""discovery.kubernetes "pods" {{
  role = "pod"
  selectors {{
    role  = "pod"
    field = "spec.nodeName=" + coalesce(sys.env("HOSTNAME"), constants.hostname)
  }}
}}

discovery.relabel "pods" {{
  targets = discovery.kubernetes.pods.targets
  rule {{
    source_labels = ["__meta_kubernetes_namespace"]
    target_label  = "namespace"
  }}
  rule {{
    source_labels = ["__meta_kubernetes_pod_name"]
    target_label  = "pod"
  }}
  rule {{
    source_labels = ["__meta_kubernetes_pod_container_name"]
    target_label  = "container"
  }}
  rule {{
    source_labels = ["__meta_kubernetes_pod_uid", "__meta_kubernetes_pod_container_name"]
    separator     = "/"
    replacement   = "/var/log/pods/*$1/*.log"
    target_label  = "__path__"
  }}
}}

local.file_match "pods" {{
  path_targets = discovery.relabel.pods.output
}}

loki.source.file "pods" {{
  targets    = local.file_match.pods.targets
  forward_to = [loki.write.loki.receiver]
}}

loki.write "loki" {{
  endpoint {{
    url = "{c.LOKI_URL}/loki/api/v1/push"
  }}
}}
"""


def alloy() -> AddOn:
    agent = Resources(cpu="50m", memory="64Mi", cpu_limit="500m", memory_limit="256Mi")
    return AddOn(
        name="alloy",
        chart="alloy",
        repo="https://grafana.github.io/helm-charts",
        version="1.11.1",
        namespace=c.LOG_COLLECTOR_NAMESPACE,
        values={
            "controller": {"type": "daemonset"},
            "alloy": {
                "configMap": {"create": True, "content": ALLOY_CONFIG},
                "mounts": {"varlog": True},
                "enableReporting": False,
                "resources": requests(agent),
            },
        },
        pods=(Pods(agent, per_node=True),),
        pod_security="privileged",
        reason="Alloy reads every pod's log files from the node (/var/log/pods, a hostPath volume), which "
        "only the privileged level allows; it runs as root because those files are root's",
    )


def longhorn(cluster: Cluster) -> AddOn:
    return AddOn(
        name="longhorn",
        chart="longhorn",
        repo="https://charts.longhorn.io",
        version="1.12.0",
        namespace=c.LONGHORN_NAMESPACE,
        values={
            # The storage classes are the cluster's own (dist/clusters/<cluster>/_cluster/);
            # the chart's default class would be a second, unreviewed default.
            "persistence": {"defaultClass": False},
            "defaultSettings": {"defaultReplicaCount": max(s.replicas for s in cluster.storage_classes)},
            "metrics": {"serviceMonitor": {"enabled": True, "additionalLabels": monitor_labels()}},
        },
        pod_security="privileged",
        reason="Longhorn's manager, instance managers and CSI plugin run privileged with the host's /dev, "
        "iSCSI and bidirectional mount propagation: that is how it attaches volumes to nodes",
        needs=("kube-prometheus-stack",),
    )


def addons(cluster: Cluster, environments: list[Environment]) -> list[AddOn]:
    """Every add-on of `cluster`, in the order they are rendered."""
    return [
        longhorn(cluster),
        kube_prometheus_stack(cluster),
        cert_manager(),
        sealed_secrets(),
        cnpg(),
        barman_cloud(),
        traefik(),
        loki(cluster),
        alloy(),
    ]
