"""Wanderer's search index: Meilisearch, configured from a sealed file holding its master key."""

from dirtbike_constructs import ClaimMount, Container, HardenedDeployment, PersistentClaim, Port, Probe, Resources

from ..site import PART_OF, Site

MEILISEARCH_IMAGE = "getmeili/meilisearch:v1.16.0"


def meilisearch(site: Site) -> HardenedDeployment:
    trails = site.chart("trails")
    PersistentClaim(trails, "meilisearch-data", namespace=site.ns("trails"), size="5Gi",
                    storage_class=site.env.postgres.storage_class, app="meilisearch", part_of=PART_OF)
    return HardenedDeployment(
        trails, "meilisearch", namespace=site.ns("trails"), component="search", part_of=PART_OF,
        strategy="Recreate",
        container=Container(
            name="meilisearch", image=MEILISEARCH_IMAGE,
            args=("meilisearch", "--config-file-path", "/etc/meilisearch/config.toml"),
            ports=(Port("http", 7700),),
            resources=Resources(cpu="100m", memory="256Mi", cpu_limit="1", memory_limit="1Gi"),
            readiness=Probe.http("/health"), liveness=Probe.http("/health", period_seconds=20),
            mounts=(site.secret_files("meilisearch-config", "/etc/meilisearch"),
                    ClaimMount("meilisearch-data", "/meili_data")),
        ),
    )
