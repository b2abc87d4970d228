"""Logto (sign-in): the core on 3001 and the admin console on 3002, and its seed Job, which
the apply step runs to completion before Logto starts.

The database URL carries the password, so it is a sealed file; the container's command reads
it into DB_URL when it starts (the image's entrypoint is `npm run`). npm writes its cache and
logs under HOME, which is the writable /tmp."""

from __future__ import annotations

from dirtbike_constructs import (
    Container,
    DeploymentProps,
    HardenedDeployment,
    HardenedJob,
    JobProps,
    Port,
    Probe,
    Resources,
)

from ..site import PART_OF, Site
from . import edge

IMAGE = "svhd/logto:1.41.0"
#: Where the admin console is reached while admin.auth is closed (no admin_access): through
#: `kubectl port-forward deploy/logto 3002:3002` (docs/cluster.md). Logto sends the console's
#: sign-in back to ADMIN_ENDPOINT, so it names this address rather than the unrouted host.
CONSOLE_PORT_FORWARD = "http://localhost:3002"
DB_URL_FILE = "/run/secrets/logto/db-url"


def _with_db_url(npm_args: str) -> tuple[str, ...]:
    return ("sh", "-c", f'DB_URL="$(cat {DB_URL_FILE})" exec npm run {npm_args}')


def _env(site: Site) -> dict[str, str]:
    return {
        "HOME": "/tmp",
        "NODE_ENV": "production",
        "TRUST_PROXY_HEADER": "1",
        "ENDPOINT": f"https://auth.{site.env.domain}",
        "ADMIN_ENDPOINT": f"https://admin.auth.{site.env.domain}" if edge.routed(site, "admin.auth") else CONSOLE_PORT_FORWARD,
    }


def seed(site: Site) -> HardenedJob:
    return HardenedJob(
        site.chart("auth"),
        "logto-seed",
        JobProps(
            namespace=site.ns("auth"),
            component="database-init",
            part_of=PART_OF,
            container=Container(
                name="seed",
                image=IMAGE,
                command=_with_db_url("cli db seed -- --swe"),
                env=_env(site),
                resources=Resources(cpu="100m", memory="256Mi", cpu_limit="1", memory_limit="512Mi"),
                mounts=(site.secret_files("logto-db", "/run/secrets/logto"),),
            ),
        ),
    )


def logto(site: Site) -> HardenedDeployment:
    return HardenedDeployment(
        site.chart("auth"),
        "logto",
        DeploymentProps(
            namespace=site.ns("auth"),
            component="identity",
            part_of=PART_OF,
            replicas=site.env.logto_replicas,
            spread=site.env.spread,
            container=Container(
                name="logto",
                image=IMAGE,
                command=_with_db_url("start"),
                env=_env(site),
                ports=(Port("core", 3001), Port("admin", 3002)),
                resources=Resources(cpu="100m", memory="256Mi", cpu_limit="1", memory_limit="768Mi"),
                readiness=Probe.http("/api/status", port="core"),
                liveness=Probe.http("/api/status", port="core", period_seconds=20),
                startup=Probe.http("/api/status", port="core", failure_threshold=30),
                mounts=(site.secret_files("logto-db", "/run/secrets/logto"),),
            ),
        ),
    )
