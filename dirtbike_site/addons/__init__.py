"""The cluster's add-ons as k3s HelmCharts with pinned versions and typed values
(charts.py), rendered once per cluster into dist/clusters/<cluster>/ with their namespaces."""

from __future__ import annotations

from collections import defaultdict

from constructs import Construct

from dirtbike_constructs import HelmChart, PlatformNamespace
from dirtbike_constructs.quantities import cpu_millicores, memory_bytes

from ..environments import Cluster, on_cluster
from .charts import AddOn, addons


def for_cluster(cluster: Cluster) -> list[AddOn]:
    return addons(cluster, on_cluster(cluster.name))


def render(scope: Construct, cluster: Cluster, *, part_of: str) -> dict[str, HelmChart]:
    """A PlatformNamespace per add-on namespace the project owns (one Pod Security level
    each; add-ons sharing a namespace must agree) and a HelmChart per add-on."""
    found = for_cluster(cluster)
    levels: dict[str, AddOn] = {}
    for addon in found:
        if not addon.own_namespace:
            continue
        if addon.namespace in levels:
            raise ValueError(f"namespace {addon.namespace} is owned by both {levels[addon.namespace].name} and {addon.name}")
        levels[addon.namespace] = addon
        PlatformNamespace(
            scope,
            f"namespace-{addon.namespace}",
            name=addon.namespace,
            pod_security=addon.pod_security,
            reason=addon.reason,
            part_of=part_of,
        )
    return {
        addon.name: HelmChart(
            scope,
            f"addon-{addon.name}",
            name=addon.name,
            chart=addon.chart,
            repo=addon.repo,
            version=addon.version,
            target_namespace=addon.namespace,
            values=addon.values,
            part_of=part_of,
        )
        for addon in found
    }


def addon_usage(cluster: Cluster) -> dict[str, dict[str, float]]:
    """namespace -> cpu/memory requests and limits (cores, bytes) the add-ons' pods reserve,
    from the same Resources their chart values are built from."""
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for addon in for_cluster(cluster):
        for pods in addon.pods:
            count = cluster.nodes.count if pods.per_node else pods.count
            r, t = pods.resources, totals[addon.namespace]
            t["cpu_requests"] += count * cpu_millicores(r.cpu, where="capacity", field="cpu") / 1000
            t["cpu_limits"] += count * cpu_millicores(r.cpu_limit, where="capacity", field="cpu") / 1000
            t["memory_requests"] += count * memory_bytes(r.memory, where="capacity", field="memory")
            t["memory_limits"] += count * memory_bytes(r.memory_limit, where="capacity", field="memory")
    return {ns: dict(v) for ns, v in sorted(totals.items())}
