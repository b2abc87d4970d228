"""`make seal ENV=<env>`: seal every credential the environment still lacks.

    python -m dirtbike_site.seal ENV                  seal what is missing (generate or ask)
    python -m dirtbike_site.seal ENV --init-key FILE  first time: make the environment's key
                                                      pair, write the private key to FILE
                                                      (outside the repository) and the
                                                      certificate to sealed/ENV/

Generated values (passwords, keys) come from a CSPRNG; provided ones (SMTP, object store) are
asked for without echo. Existing sealed values are never re-sealed, so synthesis stays
deterministic. Only ciphertext is written.
"""

from __future__ import annotations

import argparse
import datetime
import getpass
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from dirtbike_constructs.sealing import load_certificate, seal

from . import environments
from .credentials import ROOT, Credential, Fixed, Generated, Htpasswd, SealedStore, required

CONTROLLER_NAMESPACE = "kube-system"


def shown(path: Path) -> str:
    """A path as the operator should read it: relative to the repository when inside it."""
    return str(path.relative_to(ROOT)) if ROOT in path.parents else str(path)


def init_key(store: SealedStore, private_key_file: Path) -> None:
    private_key_file = private_key_file.resolve()
    if ROOT in private_key_file.parents:
        raise SystemExit(f"refusing to write a private key inside the repository: {private_key_file}")
    if store.certificate.exists():
        raise SystemExit(f"{store.certificate} exists; the environment already has a key pair")
    key = rsa.generate_private_key(public_exponent=65537, key_size=4096)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"dirtbike-{store.env.name}-sealed-secrets")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    private_key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    private_key_file.chmod(0o600)
    store.certificate.parent.mkdir(parents=True, exist_ok=True)
    store.certificate.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    print(f"certificate: {shown(store.certificate)} (commit it)\nprivate key: {private_key_file} (keep it safe, never commit it)")
    print("install it for the controller (bring your own key):")
    print(
        f"  kubectl -n {CONTROLLER_NAMESPACE} create secret tls dirtbike-{store.env.name}-sealing-key "
        f"--cert={shown(store.certificate)} --key={private_key_file}"
    )
    print(
        f"  kubectl -n {CONTROLLER_NAMESPACE} label secret dirtbike-{store.env.name}-sealing-key "
        "sealedsecrets.bitnami.com/sealed-secrets-key=active"
    )
    print(f"  kubectl -n {CONTROLLER_NAMESPACE} rollout restart deployment sealed-secrets-controller")


def htpasswd_line(user: str, password: str) -> str:
    """`user:$2y$...`: bcrypt as Apache's htpasswd writes it (Traefik reads that prefix)."""
    import bcrypt

    if ":" in user:
        raise SystemExit("a basic-auth user name cannot contain ':'")
    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12)).decode()
    return f"{user}:$2y${hashed[4:]}\n"


def seal_missing(store: SealedStore, ask: Callable[[str], str]) -> list[str]:
    """Seal every missing key; return 'namespace/secret:key' for each one sealed."""
    if not store.certificate.is_file():
        raise SystemExit(
            f"no sealing certificate at {shown(store.certificate)}; "
            f"create the key pair with `python -m dirtbike_site.seal {store.env.name} --init-key FILE`"
        )
    public_key = load_certificate(store.certificate.read_bytes())
    credentials = required(store.env)
    existing = {c.name: store.read(c) for c in credentials}
    _refuse_half_sealed_shares(store, credentials, existing)
    shared: dict[str, str] = {}
    done = []
    for credential in credentials:
        namespace = credential.namespace_in(store.env)
        added = {}
        for key, source in credential.keys.items():
            if key in existing[credential.name]:
                continue
            if isinstance(source, Fixed):
                value = source.value
            elif isinstance(source, Htpasswd):
                user = ask(f"{namespace}/{credential.name} {key}: user name for {source.prompt}: ")
                password = ask(f"{namespace}/{credential.name} {key}: password for {user}: ")
                value = htpasswd_line(user, password) if user and password else ""
            elif isinstance(source, Generated):
                raw = shared.setdefault(source.share, source.random()) if source.share else source.random()
                value = source.make(raw)
            else:
                value = ask(f"{namespace}/{credential.name} {key} ({source.prompt}): ")
            if not value:
                raise SystemExit(f"no value given for {namespace}/{credential.name} {key}; nothing written for it")
            added[key] = seal(public_key, namespace, credential.name, value.encode())
            done.append(f"{namespace}/{credential.name}:{key}")
        if added:
            store.write(credential, {**existing[credential.name], **added})
    return done


def _refuse_half_sealed_shares(store: SealedStore, credentials: list[Credential], existing: dict[str, dict[str, str]]) -> None:
    """A shared value sealed in one Secret but missing in another cannot be completed: the
    plaintext is gone. Say which files to delete so both are sealed anew."""
    places: dict[str, list[tuple[str, bool]]] = {}
    for credential in credentials:
        for key, source in credential.keys.items():
            if isinstance(source, Generated) and source.share:
                places.setdefault(source.share, []).append((f"{shown(store.path(credential))} ({key})", key in existing[credential.name]))
    for share, where in places.items():
        if len({sealed for _, sealed in where}) > 1:
            sealed = [p for p, ok in where if ok]
            raise SystemExit(
                f"the shared value {share!r} is sealed in {', '.join(sealed)} but missing elsewhere; "
                "it cannot be read back from ciphertext: delete those keys (or files) so every place is sealed anew"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dirtbike_site.seal", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("environment", choices=environments.NAMES)
    parser.add_argument("--init-key", type=Path, metavar="FILE", help="create the key pair; private key to FILE")
    args = parser.parse_args(argv)
    store = SealedStore(environments.get(args.environment))
    if args.init_key:
        init_key(store, args.init_key)
        return 0
    done = seal_missing(store, getpass.getpass)
    print("\n".join(f"sealed {item}" for item in done) or "nothing to seal: every credential is sealed")
    return 0


if __name__ == "__main__":
    from .failures import run_main

    raise SystemExit(run_main(main, action="seal"))
