"""Apache in the official PHP images listens on 80. A non-root process cannot bind it, so the
WordPress and phpMyAdmin containers listen on 8080: ports.conf and the default site are
replaced by owned config (the rest of /etc/apache2 stays the image's)."""

from dirtbike_constructs import ConfigFiles, Port

PORT = Port("http", 8080, service_port=80)
WRITABLE = ("/tmp", "/var/run/apache2", "/var/lock/apache2")


def _site(document_root: str) -> str:
    return f"""<VirtualHost *:8080>
    DocumentRoot {document_root}
    ErrorLog /proc/self/fd/2
    CustomLog /proc/self/fd/1 combined
</VirtualHost>
"""


CONFIG = (
    ConfigFiles("apache-ports", "/etc/apache2", {"ports.conf": "Listen 8080\n"}),
    ConfigFiles("apache-site", "/etc/apache2/sites-available", {"000-default.conf": _site("/var/www/html")}),
)

# WordPress also serves mod_status to its exporter sidecar, on a loopback-only listener that
# WordPress's rewrite rules never see.
STATUS_PORT = 8081
_STATUS_SITE = f"""
<VirtualHost 127.0.0.1:{STATUS_PORT}>
    <Location /server-status>
        SetHandler server-status
        Require local
    </Location>
</VirtualHost>
"""


def wordpress_config(core: str, uploads: str) -> tuple[ConfigFiles, ConfigFiles]:
    """Apache for WordPress served read-only from the image's own core at `core`.

    The image's Apache grants only /var/www (and enables .htaccess there), so the core folder
    gets the same grant; `uploads` is the one writable, shared folder under the document
    root, so no PHP file is ever served from it."""
    site = (
        _site(core)
        + f"""
# The image grants /var/www only; core is served from where the image unpacked it.
<Directory {core}>
    Options FollowSymLinks
    AllowOverride All
    Require all granted
</Directory>

# Uploads are writable and shared by both colors: never execute or serve PHP from there.
<Directory {uploads}>
    <FilesMatch "\\.(php[0-9]?|phar|phtml|pht)$">
        Require all denied
    </FilesMatch>
</Directory>
"""
        + _STATUS_SITE
    )
    return (
        ConfigFiles("apache-ports", "/etc/apache2", {"ports.conf": f"Listen 8080\nListen 127.0.0.1:{STATUS_PORT}\n"}),
        ConfigFiles("apache-site", "/etc/apache2/sites-available", {"000-default.conf": site}),
    )
