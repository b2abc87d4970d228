"""Discourse, run from the site's own image built with discourse_docker's web template.

The web template starts nginx and unicorn as root through runit; here unicorn runs directly
as the image's `discourse` user (uid 1000, which owns /var/www/discourse: a stated low-uid
exception) with Sidekiq started by the unicorn launcher. Two modes, chosen per environment:

- 'http': unicorn listens on TCP 3000 and the Service points at it;
- 'socket': unicorn listens on a Unix socket in a shared emptyDir and an unprivileged nginx
  sidecar serves HTTP on 8080 in front of it (as the web.socketed template does on a host).

Passwords are read from sealed files into DISCOURSE_* variables when the container starts.
The image reference is an environment value: until an environment names one, Discourse is
not rendered and synthesis says so (there is no public image of the site's build to pin)."""

from __future__ import annotations

from dirtbike_constructs import (ClaimMount, ConfigFiles, Container, HardenedDeployment, PersistentClaim, Port, Probe,
                                 Resources, SecurityExceptions, SharedDir)

from ..site import PART_OF, Site

APP_DIR = "/var/www/discourse"
SECRETS = "/run/secrets/discourse"
SOCKET_DIR = "/shared/sockets"
NGINX_IMAGE = "nginxinc/nginx-unprivileged:1.27.4-alpine"
SOCKET = SharedDir("sockets", SOCKET_DIR)
DISCOURSE_UID = 1000
NGINX_UID = 101
NGINX_CONF = f"""upstream discourse {{
    server unix:{SOCKET_DIR}/unicorn.sock;
}}
server {{
    listen 8080;
    client_max_body_size 15m;
    location / {{
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $http_x_forwarded_proto;
        proxy_pass http://discourse;
    }}
}}
"""
SECRET_VARIABLES = (("DISCOURSE_DB_PASSWORD", "db-password"), ("DISCOURSE_REDIS_PASSWORD", "redis-password"),
                    ("DISCOURSE_SMTP_PASSWORD", "smtp-password"), ("DISCOURSE_SECRET_KEY_BASE", "secret-key-base"))


def build(site: Site) -> HardenedDeployment | None:
    settings = site.env.discourse
    if settings.image is None:
        return None
    forum = site.chart("forum")
    PersistentClaim(forum, "discourse-uploads", namespace=site.ns("forum"), size=settings.uploads_size,
                    storage_class=site.env.postgres.storage_class, app="discourse", part_of=PART_OF)
    socket_mode = settings.mode == "socket"
    listener = {"UNICORN_LISTENER": f"{SOCKET_DIR}/unicorn.sock"} if socket_mode else {"UNICORN_BIND_ALL": "true", "UNICORN_PORT": "3000"}
    read_secrets = " ".join(f'{var}="$(cat {SECRETS}/{key})"' for var, key in SECRET_VARIABLES)
    low_uid = SecurityExceptions(low_uid=f"the web-template image's discourse user ({DISCOURSE_UID}) owns {APP_DIR}")
    app = Container(
        name="discourse", image=settings.image, working_dir=APP_DIR,
        command=("sh", "-c", f"{read_secrets} exec bundle exec config/unicorn_launcher -E production -c config/unicorn.conf.rb"),
        env={
            "RAILS_ENV": "production",
            "DISCOURSE_HOSTNAME": f"forum.{site.env.domain}",
            "DISCOURSE_DB_HOST": site.host("postgres-rw", "data"),
            "DISCOURSE_DB_PORT": "5432",
            "DISCOURSE_DB_NAME": "discourse",
            "DISCOURSE_DB_USERNAME": "discourse",
            "DISCOURSE_REDIS_HOST": site.host("redis", "forum"),
            "DISCOURSE_REDIS_PORT": "6379",
            "DISCOURSE_SMTP_ADDRESS": settings.smtp_host,
            "DISCOURSE_SMTP_PORT": str(settings.smtp_port),
            "DISCOURSE_SMTP_USER_NAME": settings.smtp_user,
            "DISCOURSE_SMTP_ENABLE_START_TLS": "true",
            "DISCOURSE_NOTIFICATION_EMAIL": f"noreply@{site.env.domain}",
            "UNICORN_SIDEKIQS": "1",
            **listener,
        },
        ports=() if socket_mode else (Port("http", 3000),),
        resources=settings.resources,
        readiness=Probe.exec("sh", "-c", f"test -S {SOCKET_DIR}/unicorn.sock") if socket_mode else Probe.http("/srv/status"),
        liveness=Probe.exec("sh", "-c", f"test -S {SOCKET_DIR}/unicorn.sock", period_seconds=30) if socket_mode
        else Probe.http("/srv/status", period_seconds=30),
        startup=Probe.exec("sh", "-c", f"test -S {SOCKET_DIR}/unicorn.sock", failure_threshold=60) if socket_mode
        else Probe.http("/srv/status", failure_threshold=60),
        writable_paths=("/tmp", f"{APP_DIR}/tmp", f"{APP_DIR}/log", f"{APP_DIR}/public/backups"),
        scratch_size_limit="1Gi",
        run_as_user=DISCOURSE_UID, run_as_group=DISCOURSE_UID, exceptions=low_uid,
        mounts=(ClaimMount("discourse-uploads", f"{APP_DIR}/public/uploads"),
                site.secret_files("discourse-secrets", SECRETS),
                *((SOCKET,) if socket_mode else ())),
    )
    sidecars = []
    if socket_mode:
        sidecars.append(Container(
            name="nginx", image=NGINX_IMAGE,
            resources=Resources(cpu="25m", memory="32Mi", cpu_limit="250m", memory_limit="128Mi"),
            ports=(Port("http", 8080, service_port=80),),
            readiness=Probe.http("/srv/status"), liveness=Probe.tcp("http", period_seconds=20),
            writable_paths=("/tmp", "/var/cache/nginx"),
            run_as_user=NGINX_UID, run_as_group=DISCOURSE_UID,
            exceptions=SecurityExceptions(low_uid=f"nginx-unprivileged runs as its nginx user ({NGINX_UID})"),
            mounts=(ConfigFiles("nginx", "/etc/nginx/conf.d", {"default.conf": NGINX_CONF}), SOCKET),
        ))
    return HardenedDeployment(
        forum, "discourse", namespace=site.ns("forum"), component="forum", part_of=PART_OF,
        replicas=settings.replicas, spread=site.env.spread, strategy="RollingUpdate",
        container=app, sidecars=sidecars, termination_grace_period_seconds=60,
    )
