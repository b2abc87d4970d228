"""Wanderer: Meilisearch (the index), the pocketbase backend (`wanderer-db`) and the web front
end (`wanderer-web`).

Meilisearch reads its master key from its sealed config file. Wanderer reads its keys from
the environment only, so its containers start through `sh -c` that reads the sealed files into
the variables and then runs the image's own command (pocketbase serve, node build: as in the
images' Dockerfiles at this version; re-check them when raising WANDERER_VERSION)."""

from __future__ import annotations

from dirtbike_constructs import (
    ClaimMount,
    Container,
    DeploymentProps,
    HardenedDeployment,
    HardenedStatefulSet,
    PersistentClaim,
    Port,
    Probe,
    Resources,
    StatefulSetProps,
    VolumeClaimTemplate,
)

from ..site import PART_OF, Site

MEILISEARCH_IMAGE = "getmeili/meilisearch:v1.16.0"
#: Meilisearch refuses to open a database an older version wrote unless asked to upgrade it:
#: with this on, raising MEILISEARCH_IMAGE upgrades the database in place at start instead of
#: crash-looping (a no-op when the versions match). The name holds from v1.13 through v1.50.
#: The upgrade cannot be undone: docs/release.md, Upgrade hazards.
MEILISEARCH_UPGRADE = {"MEILI_EXPERIMENTAL_DUMPLESS_UPGRADE": "true"}
WANDERER_VERSION = "v0.16.5"
SECRETS = "/run/secrets/wanderer"


def _read_keys(*pairs: tuple[str, str]) -> str:
    return " ".join(f'{var}="$(cat {SECRETS}/{key})"' for var, key in pairs)


def meilisearch(site: Site) -> HardenedDeployment:
    trails = site.chart("trails")
    PersistentClaim(
        trails,
        "meilisearch-data",
        namespace=site.ns("trails"),
        size="5Gi",
        storage_class=site.env.postgres.storage_class,
        app="meilisearch",
        part_of=PART_OF,
    )
    return HardenedDeployment(
        trails,
        "meilisearch",
        DeploymentProps(
            namespace=site.ns("trails"),
            component="search",
            part_of=PART_OF,
            strategy="Recreate",
            container=Container(
                name="meilisearch",
                image=MEILISEARCH_IMAGE,
                args=("meilisearch", "--config-file-path", "/etc/meilisearch/config.toml"),
                env=MEILISEARCH_UPGRADE,
                ports=(Port("http", 7700),),
                resources=Resources(cpu="100m", memory="256Mi", cpu_limit="1", memory_limit="1Gi"),
                readiness=Probe.http("/health"),
                liveness=Probe.http("/health", period_seconds=20),
                mounts=(site.secret_files("meilisearch-config", "/etc/meilisearch"), ClaimMount("meilisearch-data", "/meili_data")),
            ),
        ),
    )


def backend(site: Site) -> HardenedStatefulSet:
    start = _read_keys(("MEILI_MASTER_KEY", "meili-master-key"), ("POCKETBASE_ENCRYPTION_KEY", "pocketbase-encryption-key"))
    return HardenedStatefulSet(
        site.chart("trails"),
        "wanderer-db",
        StatefulSetProps(
            namespace=site.ns("trails"),
            app="wanderer-db",
            component="backend",
            part_of=PART_OF,
            container=Container(
                name="pocketbase",
                image=f"flomp/wanderer-db:{WANDERER_VERSION}",
                command=("sh", "-c", f"{start} exec /pocketbase serve --http=0.0.0.0:8090 --dir=/pb_data"),
                env={"MEILI_URL": f"http://{site.host('meilisearch', 'trails')}:7700", "ORIGIN": f"https://trails.{site.env.domain}"},
                ports=(Port("http", 8090),),
                resources=Resources(cpu="100m", memory="128Mi", cpu_limit="1", memory_limit="512Mi"),
                readiness=Probe.http("/api/health"),
                liveness=Probe.http("/api/health", period_seconds=20),
                mounts=(site.secret_files("wanderer-secrets", SECRETS),),
            ),
            volume_claims=[VolumeClaimTemplate("pb-data", "/pb_data", site.env.wanderer_storage_size, site.env.postgres.storage_class)],
        ),
    )


def web(site: Site) -> HardenedDeployment:
    start = _read_keys(("MEILI_MASTER_KEY", "meili-master-key"))
    return HardenedDeployment(
        site.chart("trails"),
        "wanderer-web",
        DeploymentProps(
            namespace=site.ns("trails"),
            app="wanderer-web",
            component="web",
            part_of=PART_OF,
            spread=site.env.spread,
            container=Container(
                name="web",
                image=f"flomp/wanderer-web:{WANDERER_VERSION}",
                command=("sh", "-c", f"{start} exec node build"),
                env={
                    "HOME": "/tmp",
                    "NODE_ENV": "production",
                    "ORIGIN": f"https://trails.{site.env.domain}",
                    "MEILI_URL": f"http://{site.host('meilisearch', 'trails')}:7700",
                    "PUBLIC_POCKETBASE_URL": f"http://{site.host('wanderer-db', 'trails')}:8090",
                    "BODY_SIZE_LIMIT": "Infinity",
                    "PUBLIC_DISABLE_SIGNUP": "false",
                    "UPLOAD_FOLDER": "/app/uploads",
                },
                ports=(Port("http", 3000),),
                resources=Resources(cpu="100m", memory="192Mi", cpu_limit="1", memory_limit="512Mi"),
                readiness=Probe.http("/"),
                liveness=Probe.tcp("http", period_seconds=20),
                writable_paths=("/tmp", "/app/uploads"),
                mounts=(site.secret_files("wanderer-secrets", SECRETS),),
            ),
        ),
    )
