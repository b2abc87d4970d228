"""The forum's Redis (Discourse needs one; the Compose set-up had it inside the Discourse
container). Its password is in the sealed config file it starts from."""

from __future__ import annotations

from dirtbike_constructs import (
    Container,
    HardenedStatefulSet,
    Port,
    Probe,
    Resources,
    StatefulSetProps,
    VolumeClaimTemplate,
)

from ..site import PART_OF, Site
from . import exporters

REDIS_IMAGE = "redis:7.4.11"


def redis(site: Site) -> HardenedStatefulSet:
    return HardenedStatefulSet(
        site.chart("forum"),
        "redis",
        StatefulSetProps(
            namespace=site.ns("forum"),
            component="cache",
            part_of=PART_OF,
            container=Container(
                name="redis",
                image=REDIS_IMAGE,
                command=("redis-server", "/etc/redis/redis.conf"),
                ports=(Port("redis", 6379),),
                resources=Resources(cpu="50m", memory="128Mi", cpu_limit="500m", memory_limit="512Mi"),
                readiness=Probe.tcp("redis"),
                liveness=Probe.tcp("redis", period_seconds=20),
                mounts=(site.secret_files("redis-config", "/etc/redis"),),
            ),
            sidecars=[exporters.redis(site.secret_files("redis-exporter", "/run/secrets/exporter"))],
            volume_claims=[VolumeClaimTemplate("data", "/data", "2Gi", site.env.postgres.storage_class)],
        ),
    )
