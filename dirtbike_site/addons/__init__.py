"""The cluster's add-ons, as k3s HelmCharts with pinned versions and typed values."""

from __future__ import annotations

from ..environments import Cluster


def addon_usage(cluster: Cluster) -> dict[str, dict[str, float]]:
    """namespace -> cpu/memory requests and limits (cores, bytes) the add-ons reserve."""
    return {}
