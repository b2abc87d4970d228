"""Credentials: sealing what an environment lacks, never re-sealing, rendering SealedSecrets
once sealed, and reporting what is still missing."""

from __future__ import annotations

import subprocess

import bcrypt
import pytest
from keys import key_pair

from dirtbike_constructs.sealing import unseal
from dirtbike_constructs.synth import chart_manifests
from dirtbike_site import environments, seal
from dirtbike_site.credentials import Generated, SealedStore, credentials_section, required
from dirtbike_site.missing_inputs import missing_inputs_report
from dirtbike_site.platform import build

from conftest import ROOT, dist_files


def new_store(root):
    s = SealedStore(environments.get("prod"), root=root)
    s.folder.mkdir(parents=True)
    s.certificate.write_bytes(key_pair()[1])
    return s


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A store whose basic-auth lines are hashed at bcrypt's lowest cost (4: milliseconds, where
    the real 12 takes about 0.3 s a line): these tests do not read the hash.
    test_basic_auth_is_sealed_as_a_bcrypt_htpasswd_line hashes at the real cost and checks it."""
    real_gensalt = bcrypt.gensalt
    monkeypatch.setattr(bcrypt, "gensalt", lambda rounds=12, prefix=b"2b": real_gensalt(4, prefix))
    return new_store(tmp_path)


def answers(prompt: str) -> str:
    if "user name for" in prompt:
        return "admin"
    return "AKIA-TEST" if "ACCESS_KEY_ID" in prompt else "secret-from-operator"


def test_seal_generates_or_asks_and_writes_only_ciphertext(store):
    done = seal.seal_missing(store, answers)
    assert len(done) == sum(len(c.keys) for c in required(store.env))
    assert "dirtbike-prod-data/postgres-backup-s3:ACCESS_KEY_ID" in done
    key = key_pair()[0]
    backup = next(c for c in required(store.env) if c.name == "postgres-backup-s3")
    stored = store.read(backup)
    assert unseal(key, "dirtbike-prod-data", "postgres-backup-s3", stored["ACCESS_KEY_ID"]) == b"AKIA-TEST"
    text = store.path(backup).read_text()
    assert "AKIA-TEST" not in text and "secret-from-operator" not in text
    meili = next(c for c in required(store.env) if c.name == "meilisearch-config")
    config = unseal(key, "dirtbike-prod-trails", "meilisearch-config", store.read(meili)["config.toml"]).decode()
    master_key = config.split('master_key = "')[1].split('"')[0]
    assert len(master_key) == 48 and master_key.isalnum()


def opened(store, name, key):
    credential = next(c for c in required(store.env) if c.name == name)
    return unseal(key_pair()[0], credential.namespace_in(store.env), name, store.read(credential)[key]).decode()


def test_shared_values_are_one_value_sealed_per_secret(store):
    seal.seal_missing(store, answers)
    assert opened(store, "mysql-credentials", "wordpress-password") == opened(store, "wordpress-secrets", "db-password")
    assert opened(store, "mysql-credentials", "root-password") != opened(store, "mysql-credentials", "wordpress-password")
    assert opened(store, "postgres-logto", "username") == "logto"


def test_half_sealed_share_is_refused_with_the_files_to_delete(store):
    seal.seal_missing(store, answers)
    wordpress = next(c for c in required(store.env) if c.name == "wordpress-secrets")
    store.path(wordpress).unlink()
    with pytest.raises(SystemExit, match="'mysql-wordpress' is sealed in .*mysql-credentials.yaml"):
        seal.seal_missing(store, answers)


def test_existing_values_are_never_resealed(store):
    seal.seal_missing(store, answers)
    before = {p: p.read_bytes() for p in store.folder.rglob("*.yaml")}
    assert seal.seal_missing(store, answers) == []
    assert {p: p.read_bytes() for p in store.folder.rglob("*.yaml")} == before


def test_partially_sealed_credential_keeps_its_keys(store):
    backup = next(c for c in required(store.env) if c.name == "postgres-backup-s3")
    seal.seal_missing(store, answers)
    kept = store.read(backup)["ACCESS_KEY_ID"]
    store.write(backup, {"ACCESS_KEY_ID": kept})
    assert any("(sealed)" in line for line in credentials_section(store))
    assert seal.seal_missing(store, answers) == ["dirtbike-prod-data/postgres-backup-s3:ACCESS_SECRET_KEY"]

    assert store.read(backup)["ACCESS_KEY_ID"] == kept


def test_sealed_credentials_render_and_leave_the_report(store):
    assert "meilisearch-config" in missing_inputs_report(store, [])
    seal.seal_missing(store, answers)
    assert credentials_section(store) == [] and missing_inputs_report(store, []) is None
    manifests = chart_manifests(build(store.env, store).charts)
    sealed = {m["metadata"]["name"]: m for m in manifests if m["kind"] == "SealedSecret"}
    assert set(sealed) == {c.name for c in required(store.env)}
    assert sealed["postgres-logto"]["spec"]["template"]["type"] == "kubernetes.io/basic-auth"
    assert sealed["postgres-backup-s3"]["metadata"]["namespace"] == "dirtbike-prod-data"


def test_resealing_rolls_the_pods_that_mount_it(store):
    def checksum():
        manifests = chart_manifests(build(store.env, store).charts)
        deployment = next(m for m in manifests if m["kind"] == "Deployment" and m["metadata"]["name"] == "meilisearch")
        return deployment["spec"]["template"]["metadata"]["annotations"]["checksum.dirtbike.io/config"]

    seal.seal_missing(store, answers)
    first = checksum()
    for name in ("meilisearch-config", "wanderer-secrets"):  # one shared master key: re-seal both
        store.path(next(c for c in required(store.env) if c.name == name)).unlink()
    seal.seal_missing(store, answers)
    assert checksum() != first


def test_seal_without_certificate_explains(tmp_path):
    store = SealedStore(environments.get("dev"), root=tmp_path)
    with pytest.raises(SystemExit, match="--init-key"):
        seal.seal_missing(store, answers)


def test_init_key_writes_certificate_and_private_key_outside(tmp_path, capsys):
    store = SealedStore(environments.get("dev"), root=tmp_path / "sealed")
    seal.init_key(store, tmp_path / "dev-sealing.key")
    assert store.certificate.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert (tmp_path / "dev-sealing.key").stat().st_mode & 0o077 == 0
    assert "sealedsecrets.bitnami.com/sealed-secrets-key=active" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="already has a key pair"):
        seal.init_key(store, tmp_path / "again.key")


def test_init_key_refuses_a_path_inside_the_repository(tmp_path):
    store = SealedStore(environments.get("dev"), root=tmp_path)
    with pytest.raises(SystemExit, match="inside the repository"):
        seal.init_key(store, ROOT / "dev.key")
    assert not (ROOT / "dev.key").exists()


def test_generated_values_are_random():
    assert Generated(24).make() != Generated(24).make()


def test_no_plaintext_secret_in_dist():
    for path, manifest in dist_files():
        assert manifest["kind"] != "Secret", path
    # Every file git holds or could hold (the twin's own keys live in ignored state folders).
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True)
    files = [ROOT / line for line in listed.stdout.splitlines()]
    assert not [p for p in files if p.suffix == ".key"]
    assert not [p for p in files if p.suffix == ".pem" and p.exists() and "PRIVATE KEY" in p.read_text()]


def test_basic_auth_is_sealed_as_a_bcrypt_htpasswd_line(tmp_path):
    store = new_store(tmp_path)  # bcrypt at the cost the library asks for
    seal.seal_missing(store, answers)
    line = opened(store, "phpmyadmin-basic-auth", "users").strip()
    user, hashed = line.split(":", 1)
    assert user == "admin" and hashed.startswith("$2y$12$")
    assert bcrypt.checkpw(b"secret-from-operator", ("$2b$" + hashed[4:]).encode())


def test_dns_credentials_live_in_cert_managers_namespace(store):
    seal.seal_missing(store, answers)
    assert opened(store, "dirtbike-prod-acme-dns", "api-token") == "secret-from-operator"
    assert (store.folder / "cert-manager" / "dirtbike-prod-acme-dns.yaml").is_file()
