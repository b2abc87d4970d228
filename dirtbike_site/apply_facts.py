"""What scripts/apply.sh reads from the code (through applyinfo), each with one definition, in a
module that starts no jsii runtime: applyinfo runs at every apply, and importing cdk8s costs it
most of a second of CPU. The modules that render use these same names."""

from __future__ import annotations

#: The label naming the environment an object belongs to.
ENVIRONMENT_LABEL = "dirtbike.io/environment"
#: The label naming the cluster a cluster tree's object belongs to.
CLUSTER_LABEL = "dirtbike.io/cluster"
#: The tree of dist/ that holds one folder per cluster.
CLUSTERS_TREE = "clusters"

#: The kinds a cluster's tree renders: its apply lists and prunes only these (the
#: environments' custom kinds may not exist yet when the add-ons are first applied).
CLUSTER_KINDS = (
    "Namespace",
    "StorageClass",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "HelmChartConfig",
    "HelmChart",
    # the system-upgrade-controller and its Plan (addons/system_upgrade.py)
    "ServiceAccount",
    "ClusterRole",
    "ClusterRoleBinding",
    "Role",
    "RoleBinding",
    "ConfigMap",
    "Deployment",
    "Plan",
)
#: Kinds only a cluster's tree renders.
CLUSTER_ONLY_KINDS = ("ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "HelmChartConfig", "HelmChart", "Plan")

#: The end of a MISSING-INPUTS.md section title that scripts/apply.sh does not refuse for.
INFORMATIONAL = "(informational)"
#: The end of a section title listing what the servers' install needs (files copied onto the
#: servers, docs/cluster.md): the Kubernetes objects do not wait for it.
SERVER_INSTALL = "(needed when installing the servers)"
#: The section title endings scripts/apply.sh does not refuse for (applyinfo hands them over).
NOT_BLOCKING = (INFORMATIONAL, SERVER_INSTALL)


def owner_labels(env_name: str) -> dict[str, str]:
    """The label set that marks an object as this project's, in this environment. The apply
    step prunes by exactly this set."""
    return {"app.kubernetes.io/managed-by": "dirtbike-constructs", ENVIRONMENT_LABEL: env_name}


def cluster_owner_labels(cluster: str) -> dict[str, str]:
    """The label set of what a cluster's tree renders (storage classes, add-ons); no
    environment label, so no environment's prune ever selects it."""
    return {"app.kubernetes.io/managed-by": "dirtbike-constructs", CLUSTER_LABEL: cluster}
