"""Discourse, run from Discourse's own web-only image (discourse/discourse: the launcher's web
template, built and published by Discourse), without the image's root-run runit boot.

The image's boot starts runit as root, which runs nginx and `unicorn` (dropping to the
`discourse` user) and, before unicorn, migrations and asset precompilation. Here those steps
are split the Kubernetes way, all as the image's `discourse` user (uid 1000, which owns
/var/www/discourse: a stated low-uid exception):

- the `prepare` init container migrates the database and precompiles assets into shared
  emptyDirs (public/assets, and tmp/ where the PrettyText bundle lands; Discourse refuses to
  boot without either);
- the main container runs unicorn with one Sidekiq, in one of two modes chosen per
  environment: 'http' (TCP 3000, the Service points at it) or 'socket' (a Unix socket in a
  shared emptyDir, served on 8080 by an unprivileged nginx sidecar, as the web.socketed
  template does on a host).

The root filesystem stays read-only. Discourse writes, and so gets writable mounts for:
/shared/uploads and /shared/backups (the image links public/uploads and public/backups
there; both on the persistent volume), /shared/log/rails (the image links log/*.log there),
public/plugins and app/assets/javascripts/plugins (plugin activation links and generates
files there on every boot), tmp/ and public/assets (shared with `prepare`), and /tmp.

Passwords and the mail relay are read from sealed files into DISCOURSE_* variables when each
container starts; no credential is in the manifest."""

from __future__ import annotations

from dirtbike_constructs import (
    ClaimMount,
    ConfigFiles,
    Container,
    DeploymentProps,
    HardenedDeployment,
    PersistentClaim,
    Port,
    Probe,
    Resources,
    SecurityExceptions,
    SharedDir,
)

from ..site import PART_OF, Site

APP_DIR = "/var/www/discourse"
SECRETS = "/run/secrets/discourse"
SMTP_SECRETS = "/run/secrets/discourse-smtp"
SOCKET_DIR = "/shared/sockets"
NGINX_IMAGE = "nginxinc/nginx-unprivileged:1.27.4-alpine"
SOCKET = SharedDir("sockets", SOCKET_DIR)
# Written by `prepare`, read by unicorn: compiled assets and the PrettyText bundle in tmp/.
ASSETS = SharedDir("assets", f"{APP_DIR}/public/assets", size_limit="2Gi")
APP_TMP = SharedDir("app-tmp", f"{APP_DIR}/tmp", size_limit="1Gi")
# Rewritten by every Rails boot (plugin activation); private to each container.
BOOT_WRITES = ("/tmp", "/shared/log/rails", f"{APP_DIR}/public/plugins", f"{APP_DIR}/app/assets/javascripts/plugins")
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
# (variable, folder, file): what each container reads from the sealed files at start.
DATABASE_SECRETS = (
    ("DISCOURSE_DB_PASSWORD", SECRETS, "db-password"),
    ("DISCOURSE_REDIS_PASSWORD", SECRETS, "redis-password"),
    ("DISCOURSE_SECRET_KEY_BASE", SECRETS, "secret-key-base"),
)
MAIL_SECRETS = (
    ("DISCOURSE_SMTP_ADDRESS", SMTP_SECRETS, "address"),
    ("DISCOURSE_SMTP_USER_NAME", SMTP_SECRETS, "user-name"),
    ("DISCOURSE_SMTP_PASSWORD", SMTP_SECRETS, "password"),
)
# tmp/ is an emptyDir: recreate the folders unicorn writes its pid files and sockets into, then
# migrate and precompile from the Ember build inside the image (nothing is fetched).
PREPARE = "mkdir -p tmp/pids tmp/sockets && bundle exec rake db:migrate && SKIP_EMBER_CLI_COMPILE=1 exec bundle exec rake assets:precompile"
SERVE = "exec bundle exec config/unicorn_launcher -E production -c config/unicorn.conf.rb"


def start_command(secrets: tuple[tuple[str, str, str], ...], program: str) -> tuple[str, ...]:
    """`sh -c` that reads the sealed values into exported variables (a missing file stops the
    start: `set -e` sees a failed assignment), preloads jemalloc as the image's own boot does
    (the image sets RUBY_ALLOCATOR), then runs `program`."""
    reads = "; ".join(f'{var}="$(cat {folder}/{key})"' for var, folder, key in secrets)
    names = " ".join(var for var, _, _ in secrets)
    return ("sh", "-c", f'set -e; {reads}; export {names}; export LD_PRELOAD="${{RUBY_ALLOCATOR:-}}"; {program}')


def unicorn_health(socket_mode: bool, **timing: int) -> Probe:
    """unicorn is up: its socket exists (socket mode; nginx has its own probe), else /srv/status answers."""
    if socket_mode:
        return Probe.exec("sh", "-c", f"test -S {SOCKET_DIR}/unicorn.sock", **timing)
    return Probe.http("/srv/status", **timing)


def build(site: Site) -> HardenedDeployment:
    settings = site.env.discourse
    forum = site.chart("forum")
    PersistentClaim(
        forum,
        "discourse-shared",
        namespace=site.ns("forum"),
        size=settings.shared_size,
        storage_class=site.env.postgres.storage_class,
        access_mode="ReadWriteMany",
        app="discourse",
        part_of=PART_OF,
    )  # every replica serves the same uploads
    socket_mode = settings.mode == "socket"
    listener = {"UNICORN_LISTENER": f"{SOCKET_DIR}/unicorn.sock"} if socket_mode else {"UNICORN_BIND_ALL": "true", "UNICORN_PORT": "3000"}
    low_uid = SecurityExceptions(low_uid=f"the image's discourse user ({DISCOURSE_UID}) owns {APP_DIR}")
    database_files = site.secret_files("discourse-secrets", SECRETS)
    settings_env = {
        "RAILS_ENV": "production",
        "DISCOURSE_HOSTNAME": f"forum.{site.env.domain}",
        "DISCOURSE_FORCE_HTTPS": "true",
        # The image's own nginx served /assets and /plugins; without it, Rails serves them.
        "DISCOURSE_SERVE_STATIC_ASSETS": "true",
        # The image defaults to a local PostgreSQL socket; empty means TCP to DISCOURSE_DB_HOST.
        "DISCOURSE_DB_SOCKET": "",
        "DISCOURSE_DB_HOST": site.host("postgres-rw", "data"),
        "DISCOURSE_DB_PORT": "5432",
        "DISCOURSE_DB_NAME": "discourse",
        "DISCOURSE_DB_USERNAME": "discourse",
        "DISCOURSE_REDIS_HOST": site.host("redis", "forum"),
        "DISCOURSE_REDIS_PORT": "6379",
        # No egress beyond mail: no version checks, no GeoIP download during precompile.
        "DISCOURSE_VERSION_CHECKS": "false",
        "DISCOURSE_REFRESH_MAXMIND_DB_DURING_PRECOMPILE_DAYS": "0",
    }
    prepare = Container(
        name="prepare",
        image=settings.image,
        working_dir=APP_DIR,
        command=start_command(DATABASE_SECRETS, PREPARE),
        env=settings_env,
        resources=settings.resources,
        writable_paths=BOOT_WRITES,
        scratch_size_limit="512Mi",
        run_as_user=DISCOURSE_UID,
        run_as_group=DISCOURSE_UID,
        exceptions=low_uid,
        mounts=(database_files, ASSETS, APP_TMP),
    )
    app = Container(
        name="discourse",
        image=settings.image,
        working_dir=APP_DIR,
        command=start_command(DATABASE_SECRETS + MAIL_SECRETS, SERVE),
        env={
            **settings_env,
            "DISCOURSE_SMTP_PORT": str(settings.smtp_port),
            "DISCOURSE_SMTP_ENABLE_START_TLS": "true",
            "DISCOURSE_NOTIFICATION_EMAIL": f"noreply@{site.env.domain}",
            "UNICORN_WORKERS": str(settings.workers),
            "UNICORN_SIDEKIQS": "1",
            **listener,
        },
        ports=() if socket_mode else (Port("http", 3000),),
        resources=settings.resources,
        readiness=unicorn_health(socket_mode),
        liveness=unicorn_health(socket_mode, period_seconds=30),
        startup=unicorn_health(socket_mode, failure_threshold=60),
        writable_paths=BOOT_WRITES,
        scratch_size_limit="512Mi",
        run_as_user=DISCOURSE_UID,
        run_as_group=DISCOURSE_UID,
        exceptions=low_uid,
        mounts=(
            ClaimMount("discourse-shared", "/shared/uploads", sub_path="uploads"),
            ClaimMount("discourse-shared", "/shared/backups", sub_path="backups"),
            database_files,
            site.secret_files("discourse-smtp", SMTP_SECRETS),
            ASSETS,
            APP_TMP,
            *((SOCKET,) if socket_mode else ()),
        ),
    )
    sidecars = []
    if socket_mode:
        sidecars.append(
            Container(
                name="nginx",
                image=NGINX_IMAGE,
                resources=Resources(cpu="25m", memory="32Mi", cpu_limit="250m", memory_limit="128Mi"),
                ports=(Port("http", 8080, service_port=80),),
                readiness=Probe.http("/srv/status"),
                liveness=Probe.tcp("http", period_seconds=20),
                writable_paths=("/tmp", "/var/cache/nginx"),
                run_as_user=NGINX_UID,
                run_as_group=DISCOURSE_UID,
                exceptions=SecurityExceptions(low_uid=f"nginx-unprivileged runs as its nginx user ({NGINX_UID})"),
                mounts=(ConfigFiles("nginx", "/etc/nginx/conf.d", {"default.conf": NGINX_CONF}), SOCKET),
            )
        )
    return HardenedDeployment(
        forum,
        "discourse",
        DeploymentProps(
            namespace=site.ns("forum"),
            component="forum",
            part_of=PART_OF,
            replicas=settings.replicas,
            spread=site.env.spread,
            strategy="RollingUpdate",
            container=app,
            init_containers=[prepare],
            sidecars=sidecars,
            termination_grace_period_seconds=60,
        ),
    )
