"""The kinds the library renders: the order they are applied in, and each one's API group and
resource name. Without cdk8s: the apply step and the admission rules read them, and importing
this starts no jsii runtime."""

from __future__ import annotations

#: The order objects are applied in, by kind; one definition for file names and tooling.
APPLY_ORDER: tuple[tuple[str, ...], ...] = (
    (
        "Namespace",
        "StorageClass",
        "PriorityClass",
        "ClusterIssuer",
        "ClusterRole",
        "ClusterRoleBinding",
        # the admission policies, before anything they judge is applied
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding",
    ),
    ("ResourceQuota", "LimitRange"),
    ("NetworkPolicy",),
    ("ServiceAccount", "Role", "RoleBinding"),
    ("SealedSecret", "Secret"),
    ("ConfigMap",),
    ("PersistentVolumeClaim", "ObjectStore"),  # the ObjectStore before the Cluster that archives to it
    ("Cluster",),
    ("Database", "Pooler", "ScheduledBackup"),
    ("Job", "CronJob"),
    ("Service",),
    ("Deployment", "StatefulSet"),
    ("PodDisruptionBudget", "HorizontalPodAutoscaler"),
    ("Middleware", "TraefikService", "Certificate", "IngressRoute"),
    ("PodMonitor", "ServiceMonitor", "PrometheusRule", "AlertmanagerConfig"),
    # k3s add-ons (a cluster's tree): after their namespaces; helm-controller installs them.
    ("HelmChartConfig", "HelmChart"),
    # system-upgrade-controller Plans: after the controller, which installs their CRD.
    ("Plan",),
)

#: The API group and resource (plural) name of each kind (core group: ''): kubectl's `kind.group`
#: names, and the resource an access review or a RESTful path names. The plurals are the API
#: servers' own (a test reads them from the twin's discovery), never guessed from the kind.
KIND_API: dict[str, tuple[str, str]] = {
    "Namespace": ("", "namespaces"),
    "StorageClass": ("storage.k8s.io", "storageclasses"),
    "PriorityClass": ("scheduling.k8s.io", "priorityclasses"),
    "ClusterIssuer": ("cert-manager.io", "clusterissuers"),
    "ClusterRole": ("rbac.authorization.k8s.io", "clusterroles"),
    "ClusterRoleBinding": ("rbac.authorization.k8s.io", "clusterrolebindings"),
    "ValidatingAdmissionPolicy": ("admissionregistration.k8s.io", "validatingadmissionpolicies"),
    "ValidatingAdmissionPolicyBinding": ("admissionregistration.k8s.io", "validatingadmissionpolicybindings"),
    "ResourceQuota": ("", "resourcequotas"),
    "LimitRange": ("", "limitranges"),
    "NetworkPolicy": ("networking.k8s.io", "networkpolicies"),
    "ServiceAccount": ("", "serviceaccounts"),
    "Role": ("rbac.authorization.k8s.io", "roles"),
    "RoleBinding": ("rbac.authorization.k8s.io", "rolebindings"),
    "SealedSecret": ("bitnami.com", "sealedsecrets"),
    "Secret": ("", "secrets"),
    "ConfigMap": ("", "configmaps"),
    "PersistentVolumeClaim": ("", "persistentvolumeclaims"),
    "ObjectStore": ("barmancloud.cnpg.io", "objectstores"),
    "Cluster": ("postgresql.cnpg.io", "clusters"),
    "Database": ("postgresql.cnpg.io", "databases"),
    "Pooler": ("postgresql.cnpg.io", "poolers"),
    "ScheduledBackup": ("postgresql.cnpg.io", "scheduledbackups"),
    "Job": ("batch", "jobs"),
    "CronJob": ("batch", "cronjobs"),
    "Service": ("", "services"),
    "Deployment": ("apps", "deployments"),
    "StatefulSet": ("apps", "statefulsets"),
    "PodDisruptionBudget": ("policy", "poddisruptionbudgets"),
    "HorizontalPodAutoscaler": ("autoscaling", "horizontalpodautoscalers"),
    "Middleware": ("traefik.io", "middlewares"),
    "TraefikService": ("traefik.io", "traefikservices"),
    "Certificate": ("cert-manager.io", "certificates"),
    "IngressRoute": ("traefik.io", "ingressroutes"),
    "PodMonitor": ("monitoring.coreos.com", "podmonitors"),
    "ServiceMonitor": ("monitoring.coreos.com", "servicemonitors"),
    "PrometheusRule": ("monitoring.coreos.com", "prometheusrules"),
    "HelmChartConfig": ("helm.cattle.io", "helmchartconfigs"),
    "HelmChart": ("helm.cattle.io", "helmcharts"),
    "AlertmanagerConfig": ("monitoring.coreos.com", "alertmanagerconfigs"),
    "Plan": ("upgrade.cattle.io", "plans"),
}

#: The kinds whose objects make pods run, themselves or through their controller (the
#: PostgreSQL operator, helm-controller, the upgrade controller). The apply step applies a group
#: holding one in a kubectl call of its own, after everything before it was applied without
#: error: what guards a pod (its NetworkPolicies, ServiceAccount, quota) is in place before it
#: runs. Groups holding none of them go in one call.
STARTS_PODS: frozenset[str] = frozenset({"Cluster", "Pooler", "Job", "CronJob", "Deployment", "StatefulSet", "HelmChart", "Plan"})

#: The resources the admission rules name, by kind: the pods' own kinds and those the rules judge.
KIND_RESOURCE: dict[str, str] = {
    "Pod": "pods",
    "DaemonSet": "daemonsets",
    "ReplicaSet": "replicasets",
    **{
        kind: KIND_API[kind][1]
        for kind in ("Deployment", "StatefulSet", "Job", "CronJob", "Secret", "Service", "NetworkPolicy", "Namespace")
    },
}


def kubectl_type(kind: str) -> str:
    """`deployment.apps`, `service`: how kubectl names a kind unambiguously."""
    group = KIND_API[kind][0]
    return f"{kind.lower()}.{group}" if group else kind.lower()


def api_resource(kind: str) -> str:
    """`apps/deployments`, `/services`: the group and resource of a kind, as an access review
    or a RESTful path names them."""
    group, plural = KIND_API[kind]
    return f"{group}/{plural}"
