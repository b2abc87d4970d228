"""Stand-ins for what no process on this machine can run, stated as such: they do the one thing
the rehearsal needs of each and nothing else.

- The storage provisioner (Longhorn on the servers): a claim of a storage class gets a volume of
  its size, as a provisioner would create one; no data exists behind it.
- The CloudNativePG operator (a container image on the servers): a `Cluster` is marked Ready so
  the apply step goes on. Its instances, the pods the operator would create, are not created:
  the operator's own behaviour is not rehearsed (the tests of its webhooks' rules are ours).
"""

from __future__ import annotations

from typing import Any

from .kube import Kube, KubeError, condition_true
from .poll import Poller

#: The field manager of the stand-ins' writes, so they are told apart from ours.
MANAGER = "twin-standin"


def _volume_for(claim: dict[str, Any]) -> dict[str, Any]:
    meta, spec = claim["metadata"], claim["spec"]
    name = f"pvc-{meta['uid']}"
    return {
        "apiVersion": "v1",
        "kind": "PersistentVolume",
        "metadata": {"name": name, "labels": {"dirtbike.io/twin-standin": "provisioner"}},
        "spec": {
            "capacity": {"storage": spec["resources"]["requests"]["storage"]},
            "accessModes": spec.get("accessModes", ["ReadWriteOnce"]),
            "storageClassName": spec.get("storageClassName", ""),
            "persistentVolumeReclaimPolicy": "Delete",
            "volumeMode": spec.get("volumeMode", "Filesystem"),
            "claimRef": {"namespace": meta["namespace"], "name": meta["name"], "uid": meta["uid"]},
            "csi": {"driver": "driver.longhorn.io", "volumeHandle": name},
        },
    }


def provision(kube: Kube) -> int:
    """Creates a volume for every pending claim; returns how many."""
    made = 0
    for claim in kube.items("persistentvolumeclaims"):
        if claim.get("status", {}).get("phase") != "Pending":
            continue
        if kube.apply(_volume_for(claim), MANAGER)[0] < 300:
            made += 1
    return made


def mark_clusters_ready(kube: Kube) -> int:
    """Marks every CloudNativePG Cluster Ready, as the operator would once its instances run."""
    marked = 0
    for cluster in kube.items("clusters.postgresql.cnpg.io"):
        if condition_true(cluster, "Ready"):
            continue
        patch = {
            "apiVersion": cluster["apiVersion"],
            "kind": "Cluster",
            "metadata": {"name": cluster["metadata"]["name"], "namespace": cluster["metadata"]["namespace"]},
            "status": {
                "conditions": [
                    {
                        "type": "Ready",
                        "status": "True",
                        "reason": "TwinStandIn",
                        "message": "marked by the twin's operator stand-in; no instance runs",
                        "lastTransitionTime": "2026-01-01T00:00:00Z",
                    }
                ]
            },
        }
        if kube.apply(patch, MANAGER, subresource="status")[0] < 300:
            marked += 1
    return marked


class StandIns(Poller):
    """Runs the stand-ins in the background while the rehearsal applies."""

    def __init__(self, kube: Kube) -> None:
        super().__init__()
        self._kube = kube
        self.volumes = 0
        self.clusters = 0

    def tick(self) -> None:
        try:
            self.volumes += provision(self._kube)
            self.clusters += mark_clusters_ready(self._kube)
        except KubeError:
            pass  # a CRD not there yet; the next round sees it
