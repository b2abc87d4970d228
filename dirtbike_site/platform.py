"""The platform of one environment as a cdk8s App: one chart per namespace area, the apps of
dirtbike_site/apps, and the application's own flows declared in one place (the workloads
carry the flows they need by their nature)."""

from __future__ import annotations

from . import peers
from .apps import auth, discourse, discourse_db, edge, forum, mysql, observability, postgres, restore_drill, trails, web
from .credentials import SealedStore
from .environments import Environment
from dirtbike_constructs import allow

from .site import Site


def build(env: Environment, store: SealedStore | None = None) -> Site:
    site = Site(env, store or SealedStore(env))
    # Storage classes are the cluster's (dirtbike_site/cluster_site.py), shared by its environments.
    pg = postgres.build(site)
    discourse_init = discourse_db.build(site)
    drill = restore_drill.build(site)
    db = mysql.build(site)
    wordpress = web.wordpress(site)
    wordpress_cron = web.wordpress_cron(site)
    phpmyadmin = web.phpmyadmin(site)
    redis = forum.redis(site)
    forum_app = discourse.build(site)
    logto_seed = auth.seed(site)
    logto = auth.logto(site)
    meilisearch = trails.meilisearch(site)
    wanderer_db = trails.backend(site)
    wanderer_web = trails.web(site)  # reached by the Wanderer web app and pocketbase, which come next

    # The public hosts: prefix -> (area, workload, Service port).
    public = {
        "www": ("web", wordpress, 80),
        "admin.www": ("web", phpmyadmin, 80),
        "auth": ("auth", logto, 3001),
        "admin.auth": ("auth", logto, 3002),
        "trails": ("trails", wanderer_web, 3000),
        "admin.trails": ("trails", wanderer_db, 8090),
        "forum": ("forum", forum_app, forum_app.service_ports["http"]),
    }
    edge.routes(site, edge.issuer(site), public)

    observability.scrape(site, wordpress, db, redis)
    observability.rules(site)
    observability.routing(site)
    observability.dashboards(site)

    # The application's own connections. The workloads carry the rest: PostgreSQL its
    # operator, replication, API server, object store and metrics flows; each PodMetrics
    # its scrape. Ports are the destinations' own names. Nothing else is allowed.
    allow(peers.TRAEFIK, wordpress, "http")
    allow(peers.TRAEFIK, phpmyadmin, "http")
    allow(wordpress, db, "mysql")
    allow(wordpress_cron, db, "mysql")  # WP-CLI runs scheduled tasks; nothing else
    allow(phpmyadmin, db, "mysql")
    allow(peers.TRAEFIK, forum_app, "http")
    allow(forum_app, pg, "postgresql")
    allow(forum_app, redis, "redis")
    allow(forum_app, peers.INTERNET, site.env.discourse.smtp_port)  # outgoing mail
    allow(peers.TRAEFIK, logto, "core")
    if edge.routed(site, "admin.auth"):  # the admin console, only when its host is open
        allow(peers.TRAEFIK, logto, "admin")
    allow(logto, pg, "postgresql")
    allow(logto_seed, pg, "postgresql")
    allow(peers.TRAEFIK, wanderer_web, "http")
    if edge.routed(site, "admin.trails"):  # the PocketBase admin, only when its host is open
        allow(peers.TRAEFIK, wanderer_db, "http")
    allow(wanderer_web, wanderer_db, "http")
    allow(wanderer_web, meilisearch, "http")
    allow(wanderer_db, meilisearch, "http")
    allow(discourse_init, pg, "postgresql")
    if drill is not None:
        job, drill_cluster = drill
        allow(job, peers.kube_api(env), "https")  # creates and deletes the drill cluster
        allow(job, drill_cluster, "postgresql")
        allow(job, pg, "postgresql")  # row counts of the running cluster (postgres-ro)
    return site
