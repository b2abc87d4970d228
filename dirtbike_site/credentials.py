"""Every credential the platform needs, where it lives, and how it is made; and the sealed
values committed per environment under sealed/<env>/.

    sealed/<env>/sealing-cert.pem                 the environment's public sealing certificate
    sealed/<env>/<namespace>/<secret>.yaml        {type, encryptedData: {key: ciphertext}}

Only ciphertext is ever written. Synthesis renders a SealedSecret for each credential whose
keys are all sealed and lists the others in dist/<env>/MISSING-INPUTS.md.
"""

from __future__ import annotations

import secrets
import string
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .environments import Environment

ROOT = Path(__file__).resolve().parent.parent
SEALED_DIR = ROOT / "sealed"
ALPHABET = string.ascii_letters + string.digits


@dataclass(frozen=True)
class Generated:
    """A random value made with a CSPRNG: `length` characters of [A-Za-z0-9], placed into
    `template` at {value} (default: the value alone). Keys with the same `share` get the same
    value (one database password sealed for the database and for the app that uses it)."""

    length: int = 32
    template: str = "{value}"
    share: str | None = None

    def random(self) -> str:
        return "".join(secrets.choice(ALPHABET) for _ in range(self.length))

    def make(self, value: str | None = None) -> str:
        return self.template.format(value=value if value is not None else self.random())


@dataclass(frozen=True)
class Provided:
    """A value only an operator has (an SMTP password, an object-store key): asked for."""

    prompt: str


@dataclass(frozen=True)
class Fixed:
    """A value that is not secret (a user name) but belongs in the Secret."""

    value: str


@dataclass(frozen=True)
class Htpasswd:
    """An htpasswd line (user:bcrypt-hash) made from a user name and password an operator
    types; only the hash is sealed."""

    prompt: str


@dataclass(frozen=True)
class Credential:
    """area: the chart it renders in. namespace: where the Secret must exist; default the
    area's namespace (cert-manager reads DNS credentials from its own namespace)."""

    area: str
    name: str
    keys: dict[str, Generated | Provided | Fixed | Htpasswd]
    secret_type: str = "Opaque"
    purpose: str = ""
    namespace: str | None = None

    def namespace_in(self, env: Environment) -> str:
        return self.namespace or env.namespace(self.area)


MEILISEARCH_CONFIG = """# Meilisearch configuration; sealed because it carries the master key.
env = "production"
db_path = "/meili_data/data.ms"
dump_dir = "/meili_data/dumps"
snapshot_dir = "/meili_data/snapshots"
http_addr = "0.0.0.0:7700"
no_analytics = true
master_key = "{value}"
"""


MYSQL_EXPORTER_CNF = "[client]\nuser=exporter\npassword={value}\nhost=127.0.0.1\nport=3306\n"
MYSQL_EXPORTER_SQL = (
    "CREATE USER IF NOT EXISTS 'exporter'@'127.0.0.1' IDENTIFIED BY '{value}' WITH MAX_USER_CONNECTIONS 3;\n"
    "GRANT PROCESS, REPLICATION CLIENT, SELECT ON *.* TO 'exporter'@'127.0.0.1';\n"
)
REDIS_CONFIG = """# Redis for Discourse; sealed because it carries the password.
port 6379
dir /data
appendonly yes
requirepass {value}
"""


def _basic_auth(area: str, name: str, user: str, share: str, purpose: str) -> Credential:
    return Credential(
        area,
        name,
        {"username": Fixed(user), "password": Generated(32, share=share)},
        secret_type="kubernetes.io/basic-auth",
        purpose=purpose,
    )


def required(env: Environment) -> list[Credential]:
    """The credentials `env` needs, in a stable order."""
    wordpress_keys = {
        key: Generated(64)
        for key in (
            "auth-key",
            "secure-auth-key",
            "logged-in-key",
            "nonce-key",
            "auth-salt",
            "secure-auth-salt",
            "logged-in-salt",
            "nonce-salt",
        )
    }
    needed = [
        _basic_auth("data", "postgres-superuser", "postgres", "pg-superuser", "PostgreSQL superuser (maintenance jobs only)"),
        _basic_auth("data", "postgres-logto", "logto", "pg-logto", "PostgreSQL role of Logto"),
        _basic_auth("data", "postgres-discourse", "discourse", "pg-discourse", "PostgreSQL role of Discourse"),
        Credential(
            "data",
            "mysql-credentials",
            {
                "root-password": Generated(32),
                "wordpress-password": Generated(32, share="mysql-wordpress"),
            },
            purpose="MySQL root and WordPress user",
        ),
        Credential(
            "data",
            "mysql-exporter",
            {
                "my.cnf": Generated(32, MYSQL_EXPORTER_CNF, share="mysql-exporter"),
                "exporter.sql": Generated(32, MYSQL_EXPORTER_SQL, share="mysql-exporter"),
            },
            purpose="MySQL metrics exporter's user (client config and the SQL that creates it)",
        ),
        Credential(
            "web",
            "wordpress-secrets",
            {
                "db-password": Generated(32, share="mysql-wordpress"),
                **wordpress_keys,
            },
            purpose="WordPress database password, keys and salts",
        ),
        Credential(
            "web",
            "phpmyadmin-secret",
            {
                "config.secret.inc.php": Generated(32, "<?php\n$cfg['blowfish_secret'] = '{value}';\n"),
            },
            purpose="phpMyAdmin cookie encryption secret",
        ),
        Credential(
            "forum",
            "redis-config",
            {
                "redis.conf": Generated(32, REDIS_CONFIG, share="redis-password"),
            },
            purpose="Redis password (in its config file)",
        ),
        Credential(
            "forum",
            "redis-exporter",
            {
                "password.json": Generated(32, '{{"redis://localhost:6379": "{value}"}}', share="redis-password"),
            },
            purpose="Redis metrics exporter's password file",
        ),
        Credential(
            "forum",
            "discourse-secrets",
            {
                "db-password": Generated(32, share="pg-discourse"),
                "redis-password": Generated(32, share="redis-password"),
                "secret-key-base": Generated(128),
            },
            purpose="Discourse database and Redis passwords, Rails secret",
        ),
        Credential(
            "forum",
            "discourse-smtp",
            {
                "address": Provided("host name of the forum's mail relay (SMTP submission, STARTTLS)"),
                "user-name": Provided("account on the mail relay that the forum sends as"),
                "password": Provided("password of that mail relay account"),
            },
            purpose="Discourse's outgoing mail relay",
        ),
        Credential(
            "auth",
            "logto-db",
            {
                "db-url": Generated(
                    32, f"postgresql://logto:{{value}}@postgres-rw.{env.namespace('data')}.svc.cluster.local:5432/logto", share="pg-logto"
                ),
            },
            purpose="Logto database URL (carries the password)",
        ),
        # Only while phpMyAdmin's host is gated by basic auth (Environment.admin_access).
        *(
            [
                Credential(
                    "web",
                    "phpmyadmin-basic-auth",
                    {"users": Htpasswd("phpMyAdmin basic-auth user")},
                    purpose="who may reach phpMyAdmin (htpasswd, bcrypt)",
                )
            ]
            if env.admin_access.basic_auth
            else []
        ),
        Credential(
            "web",
            f"dirtbike-{env.name}-acme-dns",
            {"api-token": Provided("Cloudflare API token with Zone.DNS edit for the site's zone")},
            namespace="cert-manager",
            purpose="DNS-01 challenges for the site's certificates",
        ),
        Credential(
            "trails",
            "meilisearch-config",
            {"config.toml": Generated(48, MEILISEARCH_CONFIG, share="meili-master")},
            purpose="Meilisearch master key (in its config file)",
        ),
        Credential(
            "trails",
            "wanderer-secrets",
            {
                "meili-master-key": Generated(48, share="meili-master"),
                "pocketbase-encryption-key": Generated(32),
            },
            purpose="Wanderer's Meilisearch key and pocketbase settings encryption key",
        ),
    ]
    receivers = {env.alerting.critical, env.alerting.warning}
    needed.append(
        Credential(
            "data",
            "alertmanager-receivers",
            {
                r.url_key: Provided(f"webhook URL of the alert receiver '{r.name}' (with its token)")
                for r in sorted(receivers, key=lambda r: r.url_key)
            },
            purpose="where Alertmanager sends this environment's alerts",
        )
    )
    if env.postgres.backup_bucket is not None:
        needed.append(
            Credential(
                "data",
                "postgres-backup-s3",
                {
                    "ACCESS_KEY_ID": Provided("object-store access key id for PostgreSQL backups"),
                    "ACCESS_SECRET_KEY": Provided("object-store secret access key for PostgreSQL backups"),
                },
                purpose="PostgreSQL PITR backups",
            )
        )
    return needed


@dataclass
class SealedStore:
    """The committed sealed values of one environment."""

    env: Environment
    root: Path = SEALED_DIR
    _cache: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.root / self.env.name

    @property
    def certificate(self) -> Path:
        return self.folder / "sealing-cert.pem"

    def path(self, credential: Credential) -> Path:
        return self.folder / credential.namespace_in(self.env) / f"{credential.name}.yaml"

    def read(self, credential: Credential) -> dict[str, str]:
        path = self.path(credential)
        if not path.is_file():
            return {}
        return dict((yaml.safe_load(path.read_text()) or {}).get("encryptedData", {}))

    def write(self, credential: Credential, encrypted: dict[str, str]) -> None:
        path = self.path(credential)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump({"type": credential.secret_type, "encryptedData": dict(sorted(encrypted.items()))}, sort_keys=False))

    def sealed(self, credential: Credential) -> dict[str, str] | None:
        """All keys of the credential, sealed; None while any is missing."""
        data = self.read(credential)
        return data if set(credential.keys) <= set(data) else None

    def missing(self) -> list[Credential]:
        return [c for c in required(self.env) if self.sealed(c) is None]


def credentials_section(store: SealedStore) -> list[str]:
    """The credentials not sealed yet, as a section of MISSING-INPUTS.md; [] when all are."""
    missing = store.missing()
    if not missing:
        return []
    lines = [
        "## Credentials not sealed yet",
        "",
        "These Secrets are referenced but not sealed yet; the workloads that mount them will not start.",
        f"Seal them with `make seal ENV={store.env.name}` (see README, Credentials).",
        "",
        "| namespace | secret | keys | for |",
        "|---|---|---|---|",
    ]
    for c in missing:
        have = store.read(c)
        keys = ", ".join(k + (" (sealed)" if k in have else "") for k in c.keys)
        lines.append(f"| {c.namespace_in(store.env)} | {c.name} | {keys} | {c.purpose} |")
    return lines
