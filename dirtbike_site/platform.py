"""The platform of one environment as a cdk8s App: one chart per namespace area, the apps of
dirtbike_site/apps, and every allowed flow declared in one place (`declare_flows`)."""

from __future__ import annotations

from . import peers
from .apps import (auth, discourse, discourse_db, edge, forum, mysql, observability, postgres, restore_drill, trails,
                   web)
from .credentials import SealedStore
from .environments import Environment

from .site import PART_OF, Site


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
    public = {"www": ("web", wordpress, 80), "admin.www": ("web", phpmyadmin, 80),
              "auth": ("auth", logto, 3001), "admin.auth": ("auth", logto, 3002),
              "trails": ("trails", wanderer_web, 3000), "admin.trails": ("trails", wanderer_db, 8090),
              "forum": ("forum", forum_app, 80 if site.env.discourse.mode == "socket" else 3000)}
    edge.routes(site, edge.issuer(site), public)

    observability.scrape(site, wordpress, db, redis)
    observability.rules(site)
    observability.routing(site)
    observability.dashboards(site)

    # Every allowed connection of the environment. Nothing else is allowed.
    ns = site.namespaces
    ns["web"].allow(peers.TRAEFIK, wordpress, 8080)
    ns["web"].allow(peers.TRAEFIK, phpmyadmin, 8080)
    ns["web"].allow(wordpress, db, 3306)
    ns["web"].allow(wordpress_cron, db, 3306)  # WP-CLI runs scheduled tasks; nothing else
    ns["web"].allow(phpmyadmin, db, 3306)
    ns["forum"].allow(peers.TRAEFIK, forum_app, 8080 if site.env.discourse.mode == "socket" else 3000)
    ns["forum"].allow(forum_app, pg, 5432)
    ns["forum"].allow(forum_app, redis, 6379)
    ns["forum"].allow(forum_app, peers.INTERNET, site.env.discourse.smtp_port)  # outgoing mail
    ns["auth"].allow(peers.TRAEFIK, logto, 3001)
    if edge.routed(site, "admin.auth"):  # the admin console, only when its host is open
        ns["auth"].allow(peers.TRAEFIK, logto, 3002)
    ns["auth"].allow(logto, pg, 5432)
    ns["auth"].allow(logto_seed, pg, 5432)
    ns["trails"].allow(peers.TRAEFIK, wanderer_web, 3000)
    if edge.routed(site, "admin.trails"):  # the PocketBase admin, only when its host is open
        ns["trails"].allow(peers.TRAEFIK, wanderer_db, 8090)
    ns["trails"].allow(wanderer_web, wanderer_db, 8090)
    ns["trails"].allow(wanderer_web, meilisearch, 7700)
    ns["trails"].allow(wanderer_db, meilisearch, 7700)
    ns["data"].allow(peers.CNPG_OPERATOR, pg, 8000)
    ns["data"].allow(peers.CNPG_OPERATOR, pg, 5432)
    ns["data"].allow(pg, pg, 5432)  # streaming replication between instances
    ns["data"].allow(pg, peers.KUBE_API, 6443)  # the instance manager watches its Cluster
    ns["data"].allow(discourse_init, pg, 5432)
    ns["data"].allow(peers.PROMETHEUS, pg, 9187)
    ns["data"].allow(peers.PROMETHEUS, db, 9104)
    ns["forum"].allow(peers.PROMETHEUS, redis, 9121)
    ns["web"].allow(peers.PROMETHEUS, wordpress, 9117)
    if env.postgres.backup_bucket is not None:
        ns["data"].allow(pg, peers.INTERNET, 443)  # WAL archive and base backups
    if drill is not None:
        job, drill_cluster = drill
        ns["data"].allow(job, peers.KUBE_API, 6443)  # creates and deletes the drill cluster
        ns["data"].allow(job, drill_cluster, 5432)
        ns["data"].allow(job, pg, 5432)  # row counts of the running cluster (postgres-ro)
        ns["data"].allow(peers.CNPG_OPERATOR, drill_cluster, 8000)
        ns["data"].allow(peers.CNPG_OPERATOR, drill_cluster, 5432)
        ns["data"].allow(drill_cluster, peers.KUBE_API, 6443)
        ns["data"].allow(drill_cluster, peers.INTERNET, 443)  # reads the backups
    return site
