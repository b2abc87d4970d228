"""Apache in the official PHP images listens on 80. A non-root process cannot bind it, so the
WordPress and phpMyAdmin containers listen on 8080: ports.conf and the default site are
replaced by owned config (the rest of /etc/apache2 stays the image's)."""

from dirtbike_constructs import ConfigFiles, Port

PORT = Port("http", 8080, service_port=80)
WRITABLE = ("/tmp", "/var/run/apache2", "/var/lock/apache2")

CONFIG = (
    ConfigFiles("apache-ports", "/etc/apache2", {"ports.conf": "Listen 8080\n"}),
    ConfigFiles("apache-site", "/etc/apache2/sites-available", {"000-default.conf": """<VirtualHost *:8080>
    DocumentRoot /var/www/html
    ErrorLog /proc/self/fd/2
    CustomLog /proc/self/fd/1 combined
</VirtualHost>
"""}),
)

# WordPress also serves mod_status to its exporter sidecar, on a loopback-only listener that
# WordPress's rewrite rules never see.
STATUS_PORT = 8081
CONFIG_WITH_STATUS = (
    ConfigFiles("apache-ports", "/etc/apache2", {"ports.conf": f"Listen 8080\nListen 127.0.0.1:{STATUS_PORT}\n"}),
    ConfigFiles("apache-site", "/etc/apache2/sites-available", {"000-default.conf": CONFIG[1].files["000-default.conf"] + f"""
<VirtualHost 127.0.0.1:{STATUS_PORT}>
    <Location /server-status>
        SetHandler server-status
        Require local
    </Location>
</VirtualHost>
"""}),
)
