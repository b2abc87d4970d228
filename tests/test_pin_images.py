"""pin-images against a fake OCI registry served by the test on 127.0.0.1 (with its own token
endpoint): the anonymous Bearer flow, the index digest of a multi-architecture tag, Docker
Hub's naming rules, and failures that must not write a digest. No network is used."""

from __future__ import annotations

import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from dirtbike_constructs.image_lock import ImageLock
from dirtbike_constructs.tools import pin_images
from dirtbike_constructs.tools.pin_images import RegistryRef, ResolveError, Resolver

INDEX_TYPE = "application/vnd.oci.image.index.v1+json"
MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json"
TOKEN = "anonymous-pull-token"


def blob(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True).encode()


def digest(body: bytes) -> str:
    return "sha256:" + hashlib.sha256(body).hexdigest()


AMD64 = blob({"schemaVersion": 2, "mediaType": MANIFEST_TYPE, "layers": [], "arch": "amd64"})
INDEX = blob(
    {
        "schemaVersion": 2,
        "mediaType": INDEX_TYPE,
        "manifests": [
            {"mediaType": MANIFEST_TYPE, "digest": digest(AMD64), "size": len(AMD64), "platform": {"architecture": "amd64", "os": "linux"}}
        ],
    }
)


class FakeRegistry(BaseHTTPRequestHandler):
    """Tags: library/mysql:8.4.6 and team/app:1.0 (multi-arch index), single/only:2 (no index).
    Every manifest request needs the token from /token. `nodigest/...` sends no
    Docker-Content-Digest on HEAD; `liar/...` neither, and a wrong one with the body."""

    tags = {
        ("library/mysql", "8.4.6"): True,
        ("team/app", "1.0"): True,
        ("single/only", "2"): False,
        ("nodigest/app", "1"): True,
        ("liar/app", "1"): True,
    }
    requests: list[tuple[str, str, str]] = []

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self.handle_any(send_body=True)

    def do_HEAD(self) -> None:
        self.handle_any(send_body=False)

    def handle_any(self, send_body: bool) -> None:
        url = urlparse(self.path)
        type(self).requests.append((self.command, url.path, self.headers.get("Authorization", "")))
        if url.path == "/token":
            query = parse_qs(url.query)
            assert query["service"] == ["fake-registry"], query
            assert query["scope"][0].startswith("repository:") and query["scope"][0].endswith(":pull"), query
            return self.reply(200, blob({"token": TOKEN}), "application/json", None, True)
        parts = url.path.split("/manifests/")
        if not url.path.startswith("/v2/") or len(parts) != 2:
            return self.reply(404, b"", "text/plain", None, send_body)
        repository, tag = parts[0][len("/v2/") :], parts[1]
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self.send_response(401)
            host = self.headers["Host"]
            self.send_header(
                "WWW-Authenticate", f'Bearer realm="http://{host}/token",service="fake-registry",scope="repository:{repository}:pull"'
            )
            self.send_header("Content-Length", "0")
            return self.end_headers()
        multi = self.tags.get((repository, tag))
        if multi is None:
            return self.reply(404, b"", "application/json", None, send_body)
        # Like a real registry: the index only to a client that accepts index types.
        wants_index = INDEX_TYPE in self.headers.get("Accept", "")
        body, media = (INDEX, INDEX_TYPE) if multi and wants_index else (AMD64, MANIFEST_TYPE)
        sent = None if repository.startswith(("nodigest", "liar")) and self.command == "HEAD" else digest(body)
        if repository.startswith("liar") and self.command == "GET":
            sent = "sha256:" + "0" * 64  # disagrees with the bytes it serves
        self.reply(200, body, media, sent, send_body)

    def reply(self, status: int, body: bytes, media: str, sent_digest: str | None, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        if sent_digest:
            self.send_header("Docker-Content-Digest", sent_digest)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


@pytest.fixture
def registry():
    FakeRegistry.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeRegistry)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_multi_arch_tag_resolves_to_its_index_digest_after_the_token_dance(registry):
    resolved = Resolver().resolve(f"{registry}/team/app:1.0")
    assert resolved.digest == digest(INDEX) and resolved.is_index
    methods = [(m, p, a) for m, p, a in FakeRegistry.requests]
    assert methods[0] == ("HEAD", "/v2/team/app/manifests/1.0", "")  # anonymous first: 401
    assert methods[1][:2] == ("GET", "/token")  # then the realm
    assert methods[2] == ("HEAD", "/v2/team/app/manifests/1.0", f"Bearer {TOKEN}")
    assert len(methods) == 3, "HEAD only: no manifest body is downloaded when the digest header is there"


def test_a_single_platform_tag_resolves_to_its_manifest_digest(registry):
    resolved = Resolver().resolve(f"{registry}/single/only:2")
    assert resolved.digest == digest(AMD64) and not resolved.is_index


def test_docker_hub_names_get_the_library_prefix_and_the_api_host():
    assert RegistryRef.parse("mysql:8.4.6") == RegistryRef("docker.io", "library/mysql", "8.4.6")
    assert RegistryRef.parse("svhd/logto:1.41.0") == RegistryRef("docker.io", "svhd/logto", "1.41.0")
    assert RegistryRef.parse("ghcr.io/cloudnative-pg/postgresql:16.4") == RegistryRef("ghcr.io", "cloudnative-pg/postgresql", "16.4")
    assert RegistryRef.parse("localhost:5000/app:1") == RegistryRef("localhost:5000", "app", "1")
    assert Resolver().base_url(RegistryRef.parse("mysql:8.4.6")) == "https://registry-1.docker.io"
    assert Resolver().base_url(RegistryRef.parse("ghcr.io/a/b:1")) == "https://ghcr.io"


def test_a_docker_hub_official_image_is_asked_for_under_library(registry):
    resolver = Resolver(hosts={"docker.io": registry})
    assert resolver.resolve("mysql:8.4.6").digest == digest(INDEX)
    assert ("HEAD", "/v2/library/mysql/manifests/8.4.6", f"Bearer {TOKEN}") in FakeRegistry.requests


def test_without_a_digest_header_the_manifest_is_fetched_and_hashed(registry):
    assert Resolver().resolve(f"{registry}/nodigest/app:1").digest == digest(INDEX)
    assert any(m == "GET" and p == "/v2/nodigest/app/manifests/1" for m, p, _ in FakeRegistry.requests)


@pytest.mark.parametrize(
    "reference, message",
    [
        ("team/app:9.9", "answered 404"),
        ("liar/app:1", "hashes to"),  # the served bytes and the registry's digest disagree
    ],
)
def test_unresolvable_tags_raise(registry, reference, message):
    with pytest.raises(ResolveError, match=message):
        Resolver().resolve(f"{registry}/{reference}")


def test_the_command_writes_only_resolved_digests_and_reports_changes(registry, tmp_path, capsys):
    lock_path = tmp_path / "lock.json"
    old = "sha256:" + "1" * 64  # format only: stands for an earlier resolution
    lock_path.write_text(ImageLock({f"{registry}/team/app:1.0": old}).dumps())
    dist = tmp_path / "dist" / "dev" / "ns"
    dist.mkdir(parents=True)
    (dist / "11-deployment-app.yaml").write_text(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app, namespace: ns}\n"
        "spec:\n  template:\n    spec:\n      containers:\n"
        f"      - name: app\n        image: {registry}/team/app:1.0@{old}\n"
        f"      - name: side\n        image: {registry}/single/only:2\n"
        f"      - name: gone\n        image: {registry}/team/app:9.9\n"
    )
    code = pin_images.main(["--lock", str(lock_path), "--dist", str(tmp_path / "dist")])
    out, err = capsys.readouterr()
    assert code == 1, "one tag did not resolve: the run fails"
    assert f"image {registry}/team/app:1.0: digest {old} -> {digest(INDEX)}" in out
    assert f"image {registry}/single/only:2: digest none -> {digest(AMD64)}" in out
    assert "not resolved" in err and "team/app:9.9" in err
    written = json.loads(lock_path.read_text())
    assert written == {f"{registry}/single/only:2": digest(AMD64), f"{registry}/team/app:1.0": digest(INDEX)}


def test_an_unreachable_registry_writes_nothing_new(tmp_path):
    lock_path = tmp_path / "lock.json"
    code = pin_images.main(["--lock", str(lock_path), "127.0.0.1:9/app:1"])
    assert code == 1
    assert json.loads(lock_path.read_text()) == {}
