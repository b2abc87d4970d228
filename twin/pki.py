"""The twin's certificates, made at start-up: one CA, the API server's serving certificate for
the loopback address, a client certificate per component and user, and the service account
signing key. Nothing leaves the twin's state folder; nothing is reused from a real cluster."""

from __future__ import annotations

import datetime
import ipaddress
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

#: How long the twin's certificates live: a twin is rebuilt long before.
_VALIDITY = datetime.timedelta(days=30)


@dataclass(frozen=True)
class Client:
    """A client certificate: the user name (CN) and groups (O) the API server sees."""

    file: str
    user: str
    groups: tuple[str, ...] = ()


#: The clients of the twin. `admin` is a cluster administrator; `reader` has only what a
#: read-only ClusterRole gives it (the apply step's "user without rights" case).
CLIENTS = (
    Client("admin", "twin-admin", ("system:masters",)),
    Client("controller-manager", "system:kube-controller-manager"),
    Client("scheduler", "system:kube-scheduler"),
    Client("kwok", "twin-kwok", ("system:masters",)),
    Client("reader", "twin-reader"),
)


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> None:
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    path.chmod(0o600)


def _name(common: str, groups: tuple[str, ...] = ()) -> x509.Name:
    parts = [x509.NameAttribute(NameOID.ORGANIZATION_NAME, group) for group in groups]
    return x509.Name([*parts, x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _sign(
    subject: x509.Name,
    public_key: ec.EllipticCurvePublicKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool = False,
    server_names: tuple[str, ...] = (),
    server_ips: tuple[str, ...] = (),
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=5)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + _VALIDITY)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        usage = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
        builder = builder.add_extension(usage, critical=True)
    else:
        usage = x509.KeyUsage(True, False, True, False, False, False, False, False, False)
        purposes = [ExtendedKeyUsageOID.SERVER_AUTH] if server_names or server_ips else [ExtendedKeyUsageOID.CLIENT_AUTH]
        builder = builder.add_extension(usage, critical=True).add_extension(x509.ExtendedKeyUsage(purposes), critical=False)
    if server_names or server_ips:
        alternatives: list[x509.GeneralName] = [x509.DNSName(n) for n in server_names]
        alternatives += [x509.IPAddress(ipaddress.ip_address(a)) for a in server_ips]
        builder = builder.add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _write_cert(path: Path, cert: x509.Certificate) -> None:
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def make(folder: Path, service_ip: str) -> None:
    """Writes ca.crt/ca.key, apiserver.crt/.key, <client>.crt/.key for every client and
    sa.key/sa.pub into FOLDER, unless they are there already."""
    if (folder / "sa.pub").exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("dirtbike-twin-ca")
    _write_cert(folder / "ca.crt", _sign(ca_name, ca_key.public_key(), ca_name, ca_key, ca=True))
    _write_key(folder / "ca.key", ca_key)
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_names = ("localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc")
    server = _sign(
        _name("kube-apiserver"),
        server_key.public_key(),
        ca_name,
        ca_key,
        server_names=(*server_names, "kubernetes.default.svc.cluster.local"),
        server_ips=("127.0.0.1", service_ip),
    )
    _write_cert(folder / "apiserver.crt", server)
    _write_key(folder / "apiserver.key", server_key)
    for client in CLIENTS:
        key = ec.generate_private_key(ec.SECP256R1())
        _write_cert(folder / f"{client.file}.crt", _sign(_name(client.user, client.groups), key.public_key(), ca_name, ca_key))
        _write_key(folder / f"{client.file}.key", key)
    # Service account tokens: an RSA key, as kube-controller-manager and the API server share it.
    sa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    _write_key(folder / "sa.key", sa_key)
    (folder / "sa.pub").write_bytes(
        sa_key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
