"""What belongs to a cluster rather than to an environment, as a cdk8s App: the storage
classes (cluster-scoped, so defined once for every environment on the cluster) and the
add-ons (dirtbike_site/addons). Rendered into dist/clusters/<cluster>/ and applied before any
environment of that cluster."""

from __future__ import annotations

from dataclasses import dataclass, field

import cdk8s

from dirtbike_constructs import LonghornStorageClass

from . import addons, admission
from .addons import system_upgrade
from .environments import Cluster, Environment, on_cluster
from .site import PART_OF


@dataclass
class ClusterSite:
    cluster: Cluster
    app: cdk8s.App = field(default_factory=cdk8s.App)
    charts: list[cdk8s.Chart] = field(default_factory=list)

    @property
    def environments(self) -> list[Environment]:
        return on_cluster(self.cluster.name)

    def chart(self, name: str) -> cdk8s.Chart:
        chart = cdk8s.Chart(self.app, name)
        self.charts.append(chart)
        return chart


def build(cluster: Cluster) -> ClusterSite:
    site = ClusterSite(cluster)
    storage = site.chart("storage")
    for spec in cluster.storage_classes:
        LonghornStorageClass(
            storage,
            f"storage-class-{spec.name}",
            name=spec.name,
            replicas=spec.replicas,
            reclaim_policy=spec.reclaim_policy,
            part_of=PART_OF,
        )
    addons.render(site.chart("addons"), cluster, part_of=PART_OF)
    policies = site.chart("admission")
    for env in site.environments:  # dev and stage share nonprod: a set of policies each
        admission.render(policies, env)
    system_upgrade.render(site.chart("upgrades"), cluster, part_of=PART_OF)
    return site
