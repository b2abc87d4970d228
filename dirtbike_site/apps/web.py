"""WordPress (blue-green) and phpMyAdmin, both on MySQL.

WordPress core lives on the `wordpress-html` volume as it did under Compose: the image's
entrypoint copies it there on first start and WordPress updates itself afterwards, so a
blue-green switch changes the PHP/Apache runtime and the entrypoint, not the site's files.
Both colors mount the same ReadWriteMany volume."""

from __future__ import annotations

from dirtbike_constructs import (Autoscaling, BlueGreenService, ClaimMount, ColorSpec, ConfigFiles, Container,
                                 HardenedDeployment, PersistentClaim, Probe, Resources)

from ..site import PART_OF, Site
from . import apache, exporters

PHPMYADMIN_IMAGE = "phpmyadmin:5.2.2-apache"
WP_SECRETS = "/run/secrets/wordpress"
WP_KEYS = ("AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY",
           "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")
PHP_UPLOADS = "upload_max_filesize = 10M\npost_max_size = 15M\n"


def wordpress(site: Site) -> BlueGreenService:
    wp = site.env.wordpress
    web = site.chart("web")
    PersistentClaim(web, "wordpress-html", namespace=site.ns("web"), size=wp.html_size,
                    storage_class=site.env.postgres.storage_class, access_mode="ReadWriteMany",
                    app="wordpress", part_of=PART_OF)
    env = {
        "WORDPRESS_DB_HOST": f"{site.host('mysql', 'data')}:3306",
        "WORDPRESS_DB_USER": "wordpress",
        "WORDPRESS_DB_NAME": "wordpress",
        "WORDPRESS_DB_PASSWORD_FILE": f"{WP_SECRETS}/db-password",
        # The image's wp-config reads every WORDPRESS_<KEY>_FILE.
        **{f"WORDPRESS_{key}_FILE": f"{WP_SECRETS}/{key.lower().replace('_', '-')}" for key in WP_KEYS},
    }
    return BlueGreenService(
        web, "wordpress", namespace=site.ns("web"), component="web", part_of=PART_OF,
        blue=ColorSpec(wp.blue_image, wp.blue_replicas), green=ColorSpec(wp.green_image, wp.green_replicas),
        active=wp.active, split=wp.split, spread=site.env.spread,
        autoscaling=Autoscaling(min_replicas=2, max_replicas=10, cpu_utilization=70) if wp.autoscaling else None,
        sidecars=[exporters.apache(apache.STATUS_PORT)],
        container=Container(
            name="wordpress", image=wp.blue_image, resources=wp.resources, env=env,
            ports=(apache.PORT,),
            # A static file: ready once Apache serves, whatever the database is doing.
            readiness=Probe.http("/wp-includes/images/blank.gif"),
            liveness=Probe.tcp("http", period_seconds=20),
            writable_paths=apache.WRITABLE,
            mounts=(*apache.CONFIG_WITH_STATUS,
                    ConfigFiles("php-uploads", "/usr/local/etc/php/conf.d", {"uploads.ini": PHP_UPLOADS}),
                    ClaimMount("wordpress-html", "/var/www/html"),
                    site.secret_files("wordpress-secrets", WP_SECRETS)),
        ),
    )


def phpmyadmin(site: Site) -> HardenedDeployment:
    return HardenedDeployment(
        site.chart("web"), "phpmyadmin", namespace=site.ns("web"), component="admin", part_of=PART_OF,
        spread=site.env.spread,
        container=Container(
            name="phpmyadmin", image=PHPMYADMIN_IMAGE,
            resources=Resources(cpu="50m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi"),
            env={"PMA_HOST": site.host("mysql", "data"), "PMA_PORT": "3306",
                 "PMA_ABSOLUTE_URI": f"https://admin.www.{site.env.domain}/"},
            ports=(apache.PORT,),
            readiness=Probe.http("/robots.txt"), liveness=Probe.tcp("http", period_seconds=20),
            # Sessions and the template cache; the entrypoint writes nothing when both
            # config files below exist.
            writable_paths=(*apache.WRITABLE, "/sessions", "/var/www/html/tmp"),
            mounts=(*apache.CONFIG,
                    site.secret_files("phpmyadmin-secret", "/etc/phpmyadmin/config.secret.inc.php", key="config.secret.inc.php"),
                    ConfigFiles("pma-user", "/etc/phpmyadmin", {"config.user.inc.php": "<?php\n// Site overrides for phpMyAdmin.\n$cfg['TempDir'] = '/var/www/html/tmp';\n"})),
        ),
    )
