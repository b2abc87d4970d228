"""WordPress (blue-green) and its scheduled tasks, and phpMyAdmin, all on MySQL.

Each color runs the WordPress core of its own image, read-only, where the official image
unpacks it (/usr/src/wordpress); nothing copies core anywhere. The image's entrypoint copies
core only into a working directory without WordPress, and writes wp-config.php only when
none exists; here the working directory is the image's own core and wp-config.php is an
owned file (below), so the entrypoint writes nothing and the root filesystem stays
read-only. Plugins, themes and language packs are code: they come with the image too (a
site that needs more builds its image FROM the official one), so a release changes them
per color and the dashboard cannot install or update files (DISALLOW_FILE_MODS).

Only uploads are shared: the `wordpress-html` ReadWriteMany volume, mounted by both colors
and the cron job at wp-content/uploads through the subPath the Compose set-up kept them in.

WP-Cron's page-load trigger (a loopback request to the public URL) is off; the
`wordpress-cron` CronJob runs due events every five minutes with WP-CLI, using the active
color's image and core, and first upgrades the database when that core is newer than it
(never downgrades). See docs/release.md for what a version switch does to the database."""

from __future__ import annotations

from dirtbike_constructs import (
    Autoscaling,
    BlueGreenService,
    BlueGreenServiceProps,
    ClaimMount,
    ColorSpec,
    ConfigFiles,
    Container,
    DeploymentProps,
    HardenedDeployment,
    HardenedJob,
    JobProps,
    PersistentClaim,
    Probe,
    Resources,
    SecretFiles,
    SharedDir,
)

from ..site import PART_OF, Site
from . import apache, exporters

PHPMYADMIN_IMAGE = "phpmyadmin:5.2.3-apache"
# WP-CLI 2.12.0 on the PHP line of the site's images; only its phar (/usr/local/bin/wp) is used.
WP_CLI_IMAGE = "wordpress:cli-2.12.0-php8.3"
WP_CLI_PHAR = "/usr/local/bin/wp"
WP_SECRETS = "/run/secrets/wordpress"
WP_CORE = "/usr/src/wordpress"  # where the official image unpacks WordPress
WP_UPLOADS = f"{WP_CORE}/wp-content/uploads"
UPLOADS_SUBPATH = "wp-content/uploads"  # where the uploads already are on the shared volume
WP_KEYS = ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")
PHP_UPLOADS = "upload_max_filesize = 10M\npost_max_size = 15M\n"
CRON_SCHEDULE = "*/5 * * * *"


def wp_config(site: Site) -> ConfigFiles:
    """The site's own wp-config.php. It holds no credential (they are read from the mounted
    Secret files on each request) and loads wp-settings.php directly, as WP-CLI requires."""
    keys = "\n".join(f"define('{key}', $mounted('{key.lower().replace('_', '-')}'));" for key in WP_KEYS)
    return ConfigFiles(
        "wp-config",
        WP_CORE,
        {
            "wp-config.php": f"""<?php
// Owned by dirtbike_site/apps/web.py. Credentials come from the mounted Secret files.
$mounted = static function (string $name): string {{
    return rtrim((string) file_get_contents('{WP_SECRETS}/' . $name), "\\r\\n");
}};
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', $mounted('db-password'));
define('DB_HOST', '{site.host("mysql", "data")}:3306');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
{keys}
$table_prefix = 'wp_';

// TLS ends at Traefik, the only peer allowed to reach Apache: trust its forwarded scheme.
if (($_SERVER['HTTP_X_FORWARDED_PROTO'] ?? '') === 'https') {{
    $_SERVER['HTTPS'] = 'on';
}}
// The loopback request of WP-Cron is denied by egress policy: the wordpress-cron CronJob runs events.
define('DISABLE_WP_CRON', true);
// Core, plugins, themes and translations are the image's, read-only: no installs or updates from the dashboard.
define('DISALLOW_FILE_MODS', true);
// Egress to the internet is denied: fail outgoing HTTP at once instead of waiting for timeouts.
define('WP_HTTP_BLOCK_EXTERNAL', true);

if (!defined('ABSPATH')) {{
    define('ABSPATH', __DIR__ . '/');
}}
require_once ABSPATH . 'wp-settings.php';
"""
        },
    )


def _shared_mounts(site: Site) -> tuple[ConfigFiles, ClaimMount, SecretFiles]:
    return (
        wp_config(site),
        ClaimMount("wordpress-html", WP_UPLOADS, sub_path=UPLOADS_SUBPATH),
        site.secret_files("wordpress-secrets", WP_SECRETS),
    )


def wordpress(site: Site) -> BlueGreenService:
    wp = site.env.wordpress
    web = site.chart("web")
    PersistentClaim(
        web,
        "wordpress-html",
        namespace=site.ns("web"),
        size=wp.html_size,
        storage_class=site.env.postgres.storage_class,
        access_mode="ReadWriteMany",
        app="wordpress",
        part_of=PART_OF,
    )
    return BlueGreenService(
        web,
        "wordpress",
        BlueGreenServiceProps(
            namespace=site.ns("web"),
            component="web",
            part_of=PART_OF,
            blue=ColorSpec(wp.blue_image, wp.blue_replicas),
            green=ColorSpec(wp.green_image, wp.green_replicas),
            active=wp.active,
            split=wp.split,
            spread=site.env.spread,
            autoscaling=Autoscaling(min_replicas=2, max_replicas=10, cpu_utilization=70) if wp.autoscaling else None,
            sidecars=[exporters.apache(apache.STATUS_PORT)],
            container=Container(
                name="wordpress",
                image=wp.blue_image,
                resources=wp.resources,
                # The entrypoint finds WordPress and a wp-config.php here, so it copies and writes nothing.
                working_dir=WP_CORE,
                ports=(apache.PORT,),
                # A static file: ready once Apache serves, whatever the database is doing.
                readiness=Probe.http("/wp-includes/images/blank.gif"),
                liveness=Probe.tcp("http", period_seconds=20),
                writable_paths=apache.WRITABLE,
                mounts=(
                    *apache.wordpress_config(WP_CORE, WP_UPLOADS),
                    ConfigFiles("php-uploads", "/usr/local/etc/php/conf.d", {"uploads.ini": PHP_UPLOADS}),
                    *_shared_mounts(site),
                ),
            ),
        ),
    )


def cron_script(site: Site) -> str:
    """Upgrade the database when this core is newer (never the other way), then run due events."""
    return f"""set -eu
wp() {{ php /opt/wp-cli/wp --path={WP_CORE} --url=https://www.{site.env.domain}/ "$@"; }}
core=$(php -r 'include "{WP_CORE}/wp-includes/version.php"; echo $wp_db_version;')
stored=$(wp option get db_version)
if [ "$core" -gt "$stored" ]; then
  wp core update-db
elif [ "$core" -lt "$stored" ]; then
  echo "database revision $stored is newer than this core's $core: not downgrading it" >&2
fi
wp cron event run --due-now
"""


def wordpress_cron(site: Site) -> HardenedJob:
    """Scheduled tasks with the active color's image: its PHP, its core, WP-CLI's phar copied
    in from the official CLI image by an init container."""
    wp = site.env.wordpress
    image = wp.blue_image if wp.active == "blue" else wp.green_image
    cli = SharedDir("wp-cli", "/opt/wp-cli")
    return HardenedJob(
        site.chart("web"),
        "wordpress-cron",
        JobProps(
            namespace=site.ns("web"),
            app="wordpress-cron",
            component="cron",
            part_of=PART_OF,
            schedule=CRON_SCHEDULE,
            backoff_limit=0,
            active_deadline_seconds=600,
            init_containers=[
                Container(
                    name="wp-cli",
                    image=WP_CLI_IMAGE,
                    command=("cp", WP_CLI_PHAR, "/opt/wp-cli/wp"),
                    resources=Resources(cpu="10m", memory="16Mi", cpu_limit="100m", memory_limit="32Mi"),
                    writable_paths=(),
                    mounts=(cli,),
                )
            ],
            container=Container(
                name="wp-cron",
                image=image,
                command=("bash", "-c", cron_script(site)),
                env={"HOME": "/tmp"},  # WP-CLI keeps its cache under $HOME
                working_dir=WP_CORE,
                resources=Resources(cpu="50m", memory="128Mi", cpu_limit="1", memory_limit="256Mi"),
                mounts=(cli, *_shared_mounts(site)),
            ),
        ),
    )


def phpmyadmin(site: Site) -> HardenedDeployment:
    return HardenedDeployment(
        site.chart("web"),
        "phpmyadmin",
        DeploymentProps(
            namespace=site.ns("web"),
            component="admin",
            part_of=PART_OF,
            spread=site.env.spread,
            container=Container(
                name="phpmyadmin",
                image=PHPMYADMIN_IMAGE,
                resources=Resources(cpu="50m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi"),
                env={
                    "PMA_HOST": site.host("mysql", "data"),
                    "PMA_PORT": "3306",
                    "PMA_ABSOLUTE_URI": f"https://admin.www.{site.env.domain}/",
                },
                ports=(apache.PORT,),
                readiness=Probe.http("/robots.txt"),
                liveness=Probe.tcp("http", period_seconds=20),
                # Sessions and the template cache; the entrypoint writes nothing when both
                # config files below exist.
                writable_paths=(*apache.WRITABLE, "/sessions", "/var/www/html/tmp"),
                mounts=(
                    *apache.CONFIG,
                    site.secret_files("phpmyadmin-secret", "/etc/phpmyadmin/config.secret.inc.php", key="config.secret.inc.php"),
                    ConfigFiles(
                        "pma-user",
                        "/etc/phpmyadmin",
                        {"config.user.inc.php": "<?php\n// Site overrides for phpMyAdmin.\n$cfg['TempDir'] = '/var/www/html/tmp';\n"},
                    ),
                ),
            ),
        ),
    )
