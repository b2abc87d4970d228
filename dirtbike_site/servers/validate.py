"""Every server value checked before anything is rendered; one ConfigError naming the field."""

from __future__ import annotations

import ipaddress
import re

from dirtbike_constructs import ConfigError
from dirtbike_constructs.k3s_server_config import snapshot_schedule

from ..environments import AuditLog, CredentialsFile, EtcdSnapshots, Registration, Servers
from .release import parts

# S3 bucket names: 3-63 lower-case letters, digits, dots and hyphens, letters or digits at the ends.
BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
# An endpoint as k3s takes it: host[:port], no scheme (etcd-s3-insecure chooses http).
ENDPOINT = re.compile(r"[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?")
FOLDER = re.compile(r"[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*")
INTERFACE = re.compile(r"[A-Za-z0-9_.:-]{1,15}")
HOSTNAME = re.compile(r"([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)*[a-z0-9]([-a-z0-9]*[a-z0-9])?")
NAMESPACE = re.compile(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?")


def _count(where: str, field: str, value: object, minimum: int, maximum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= maximum:
        raise ConfigError(where, field, value, f"a whole number from {minimum} to {maximum}")


def _registration(where: str, r: Registration) -> None:
    try:
        address = ipaddress.IPv4Address(r.address)
    except (TypeError, ValueError):
        address = None
    if address is None or address.is_loopback or address.is_unspecified or address.is_multicast:
        raise ConfigError(where, "registration.address", r.address, "an IPv4 address on the servers' network that no host uses (the VIP)")
    _count(where, "registration.prefix", r.prefix, 8, 32)
    if not isinstance(r.interface, str) or not INTERFACE.fullmatch(r.interface):
        raise ConfigError(where, "registration.interface", r.interface, "a network interface name such as 'eth0' (at most 15 characters)")
    _count(where, "registration.virtual_router_id", r.virtual_router_id, 1, 255)
    if isinstance(r.hostnames, str) or not isinstance(r.hostnames, tuple):
        raise ConfigError(
            where, "registration.hostnames", r.hostnames, "a tuple of DNS names", "write ('api.example.org',) with the trailing comma"
        )
    for name in r.hostnames:
        if not isinstance(name, str) or not HOSTNAME.fullmatch(name) or len(name) > 253:
            raise ConfigError(where, "registration.hostnames", name, "a lower-case DNS name")


def _snapshots(where: str, s: EtcdSnapshots) -> None:
    if not isinstance(s, EtcdSnapshots):
        raise ConfigError(where, "snapshots", s, "EtcdSnapshots(bucket=..., folder=...)")
    snapshot_schedule(where, "snapshots.schedule", s.schedule)
    _count(where, "snapshots.retention", s.retention, 1, 1000)
    if not isinstance(s.bucket, str) or not BUCKET.fullmatch(s.bucket):
        raise ConfigError(
            where, "snapshots.bucket", s.bucket, "an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)", "no s3:// prefix"
        )
    if not isinstance(s.folder, str) or not FOLDER.fullmatch(s.folder):
        raise ConfigError(
            where, "snapshots.folder", s.folder, "a folder inside the bucket such as 'prod/etcd' (no leading or trailing '/')"
        )
    if not isinstance(s.endpoint, str) or not ENDPOINT.fullmatch(s.endpoint):
        raise ConfigError(where, "snapshots.endpoint", s.endpoint, "host[:port] such as 's3.amazonaws.com'", "no https:// (k3s adds it)")
    if not isinstance(s.region, str) or not re.fullmatch(r"[a-z0-9-]+", s.region):
        raise ConfigError(where, "snapshots.region", s.region, "a region name such as 'us-east-1'")
    creds = s.credentials
    if creds is not None and (not isinstance(creds, CredentialsFile) or not isinstance(creds.path, str) or not creds.path.startswith("/")):
        raise ConfigError(
            where, "snapshots.credentials", creds, "CredentialsFile(path='/etc/default/k3s') once placed on every server, or None"
        )


def _audit(where: str, a: AuditLog) -> None:
    _count(where, "audit.max_age_days", a.max_age_days, 1, 3650)
    _count(where, "audit.max_backups", a.max_backups, 1, 1000)
    _count(where, "audit.max_size_mb", a.max_size_mb, 1, 10000)


def validate_servers(where: str, servers: Servers) -> Servers:
    if not isinstance(servers, Servers):
        raise ConfigError(where, "servers", servers, "Servers(snapshots=EtcdSnapshots(...))")
    parts(where, servers.release)
    if servers.registration is not None:
        _registration(where, servers.registration)
    _snapshots(where, servers.snapshots)
    if not isinstance(servers.secrets_encryption, bool):
        raise ConfigError(where, "secrets_encryption", servers.secrets_encryption, "True or False")
    if isinstance(servers.disable, str) or not isinstance(servers.disable, tuple):
        raise ConfigError(where, "disable", servers.disable, "a tuple of k3s packaged components", "write ('traefik',)")
    _audit(where, servers.audit)
    seen: set[str] = set()
    for exemption in servers.exemptions:
        if not isinstance(exemption.namespace, str) or not NAMESPACE.fullmatch(exemption.namespace) or exemption.namespace in seen:
            raise ConfigError(where, "exemptions", exemption.namespace, "a namespace name, each once")
        if not isinstance(exemption.reason, str) or not exemption.reason.strip():
            raise ConfigError(where, f"exemptions[{exemption.namespace!r}].reason", exemption.reason, "why Pod Security must skip it")
        seen.add(exemption.namespace)
    return servers
