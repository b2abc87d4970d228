"""LonghornStorageClass: a cluster-scoped StorageClass on the Longhorn provisioner."""

from __future__ import annotations

from typing import Literal

from constructs import Construct

from . import _validate as check
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels, require_cluster_scope_allowed


class LonghornStorageClass(Construct):
    """name: the StorageClass name. replicas: Longhorn replicas per volume (1-3 on a 3-node
    cluster). reclaim_policy: 'Retain' (default: a deleted claim keeps its data) or 'Delete'.
    Volume expansion is allowed. Attribute: `name`."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        replicas: int,
        reclaim_policy: Literal["Retain", "Delete"] = "Retain",
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        check.labelled_name(where, "name", name)
        check.integer(where, "replicas", replicas, minimum=1, maximum=3)
        check.one_of(where, "reclaim_policy", reclaim_policy, ("Retain", "Delete"))
        require_cluster_scope_allowed(scope, where, "StorageClass")
        attach(self, scope, id, where)
        self.name = name
        ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "storage.k8s.io/v1",
                "kind": "StorageClass",
                "metadata": object_meta(name, None, recommended_labels(name=name, instance=name, component="storage", part_of=part_of)),
                "provisioner": "driver.longhorn.io",
                "reclaimPolicy": reclaim_policy,
                "allowVolumeExpansion": True,
                "volumeBindingMode": "Immediate",
                "parameters": {"numberOfReplicas": str(replicas), "staleReplicaTimeout": "30", "fsType": "ext4"},
            },
        )
