"""pin-images: resolve image tags to digests through the registries' HTTP API and write the lock.

    python -m dirtbike_constructs.tools.pin_images --lock images/lock.json --dist dist
    python -m dirtbike_constructs.tools.pin_images --lock images/lock.json mysql:8.4.6

Every image the rendered tree runs (or the references given) is resolved with the OCI
distribution API: a HEAD of `/v2/<repository>/manifests/<tag>` that accepts an OCI image index
or a Docker manifest list first, so a multi-architecture tag resolves to the digest of its
index and every node still pulls its own platform. Public registries answer the first request
with 401 and a `WWW-Authenticate: Bearer realm=...,service=...,scope=...` challenge; the tool
fetches an anonymous pull token from that realm and asks again. The digest is the registry's
`Docker-Content-Digest`; when a registry does not send it on HEAD, the manifest is fetched and
hashed. Only digests a registry answered with are written; a tag that cannot be resolved keeps
its old entry (if any) and makes the run fail.

Reference rules (as Docker applies them): a first path component with a '.' or ':' or equal
to 'localhost' names the registry; otherwise the image is on Docker Hub, whose API host is
registry-1.docker.io, and a one-component name gets the `library/` prefix. Plain HTTP is used
only for localhost and 127.0.0.1 (as Docker treats them); every other registry is HTTPS.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..image_lock import ImageLock, image_changes, image_references, lock_key, split_reference

DOCKER_HUB = "docker.io"
DOCKER_HUB_API = "registry-1.docker.io"
#: Most specific last: a registry returns the first type it has for the tag.
MANIFEST_TYPES = (
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
)
INDEX_TYPES = MANIFEST_TYPES[:2]
DIGEST = re.compile(r"sha256:[a-f0-9]{64}")
_CHALLENGE_PARAM = re.compile(r'(\w+)="([^"]*)"')


class ResolveError(Exception):
    """A tag that could not be resolved to a digest (the message says why)."""


@dataclass(frozen=True)
class RegistryRef:
    """Where a tag lives: registry host (as in the reference), repository path, tag."""

    registry: str
    repository: str
    tag: str

    @classmethod
    def parse(cls, reference: str) -> RegistryRef:
        repo, tag, _ = split_reference(reference)
        if tag is None:
            raise ResolveError(f"{reference}: no tag to resolve")
        first, _, rest = repo.partition("/")
        if rest and ("." in first or ":" in first or first == "localhost"):
            return cls(first, rest, tag)
        return cls(DOCKER_HUB, repo if "/" in repo else f"library/{repo}", tag)


@dataclass(frozen=True)
class Resolved:
    digest: str
    media_type: str

    @property
    def is_index(self) -> bool:
        return self.media_type in INDEX_TYPES


@dataclass
class Resolver:
    """Resolves tags over HTTP. hosts: registry name -> API host[:port] to use instead (Docker
    Hub's is registry-1.docker.io; tests point registries at a local fake). timeout: seconds
    per request, default 30."""

    hosts: Mapping[str, str] = field(default_factory=lambda: {DOCKER_HUB: DOCKER_HUB_API})
    timeout: float = 30.0
    _tokens: dict[tuple[str, str], str] = field(default_factory=dict)

    def base_url(self, ref: RegistryRef) -> str:
        host = self.hosts.get(ref.registry, ref.registry)
        scheme = "http" if host.split(":")[0] in ("localhost", "127.0.0.1") else "https"
        return f"{scheme}://{host}"

    def resolve(self, reference: str) -> Resolved:
        ref = RegistryRef.parse(reference)
        url = f"{self.base_url(ref)}/v2/{ref.repository}/manifests/{urllib.parse.quote(ref.tag, safe='')}"
        status, headers, _ = self._request("HEAD", url, ref)
        digest = headers.get("Docker-Content-Digest", "")
        media_type = headers.get("Content-Type", "").split(";")[0].strip()
        if status == 200 and DIGEST.fullmatch(digest):
            return Resolved(digest, media_type)
        if status != 200:
            raise ResolveError(f"{reference}: the registry answered {status} for {url}")
        # No digest header on HEAD: fetch the manifest and hash exactly the bytes served.
        status, headers, body = self._request("GET", url, ref)
        if status != 200:
            raise ResolveError(f"{reference}: the registry answered {status} for {url}")
        computed = "sha256:" + hashlib.sha256(body).hexdigest()
        sent = headers.get("Docker-Content-Digest")
        if sent and sent != computed:
            raise ResolveError(f"{reference}: the manifest hashes to {computed} but the registry says {sent}")
        return Resolved(computed, headers.get("Content-Type", "").split(";")[0].strip())

    def _request(self, method: str, url: str, ref: RegistryRef) -> tuple[int, Mapping[str, str], bytes]:
        status, headers, body = self._send(method, url, self._tokens.get((ref.registry, ref.repository)))
        if status == 401:
            token = self._token(headers.get("WWW-Authenticate", ""), ref)
            status, headers, body = self._send(method, url, token)
        return status, headers, body

    def _send(self, method: str, url: str, token: str | None) -> tuple[int, Mapping[str, str], bytes]:
        request = urllib.request.Request(url, method=method, headers={"Accept": ", ".join(MANIFEST_TYPES)})
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (http(s) only)
                return response.status, dict(response.headers.items()), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers.items()), b""
        except (urllib.error.URLError, OSError) as error:
            raise ResolveError(f"{url}: {getattr(error, 'reason', error)}") from None

    def _token(self, challenge: str, ref: RegistryRef) -> str:
        """An anonymous pull token from the realm of a Bearer challenge."""
        scheme, _, params_text = challenge.partition(" ")
        if scheme.lower() != "bearer":
            raise ResolveError(
                f"{ref.registry}/{ref.repository}: needs credentials ({challenge or 'no challenge'}); only anonymous pulls are supported"
            )
        params = dict(_CHALLENGE_PARAM.findall(params_text))
        if "realm" not in params:
            raise ResolveError(f"{ref.registry}: Bearer challenge without a realm: {challenge}")
        query = {"scope": params.get("scope") or f"repository:{ref.repository}:pull"}
        if "service" in params:
            query["service"] = params["service"]
        url = f"{params['realm']}?{urllib.parse.urlencode(query)}"
        try:
            with urllib.request.urlopen(url, timeout=self.timeout) as response:  # noqa: S310
                data = json.loads(response.read())
        except (urllib.error.URLError, OSError, json.JSONDecodeError) as error:
            raise ResolveError(f"{ref.registry}: no anonymous token from {params['realm']}: {error}") from None
        token = data.get("token") or data.get("access_token")
        if not isinstance(token, str) or not token:
            raise ResolveError(f"{ref.registry}: the token endpoint {params['realm']} sent no token")
        self._tokens[(ref.registry, ref.repository)] = token
        return token


def references_in(dist: Path) -> list[str]:
    """Lock keys of every image the rendered YAML under dist runs."""
    refs: set[str] = set()
    for path in sorted(dist.rglob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            if isinstance(doc, dict):
                refs.update(lock_key(ref) for ref in image_references(doc))
    return sorted(refs)


def pin(lock: ImageLock, references: Iterable[str], resolver: Resolver) -> tuple[ImageLock, list[str], list[str]]:
    """(new lock, change lines, error lines). Entries that fail keep their old digest."""
    resolved: dict[str, str] = {}
    errors: list[str] = []
    for reference in sorted({lock_key(r) for r in references}):
        try:
            result = resolver.resolve(reference)
        except ResolveError as error:
            errors.append(str(error))
            continue
        resolved[reference] = result.digest
    new = lock.with_digests(resolved)
    return new, image_changes(dict(lock.digests), dict(new.digests)), errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pin-images", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("references", nargs="*", help="image references to resolve (default: every image under --dist)")
    parser.add_argument("--lock", type=Path, required=True, help="the lock file to update")
    parser.add_argument("--dist", type=Path, help="a rendered tree whose images to resolve")
    args = parser.parse_args(argv)
    try:
        lock = ImageLock.load(args.lock)
        references = list(args.references) or (references_in(args.dist) if args.dist else [])
        if not references:
            parser.error("give image references or --dist")
        new, changes, errors = pin(lock, references, Resolver())
    except (ConfigError, ResolveError) as error:
        print(f"pin-images: {error}", file=sys.stderr)
        return 2
    args.lock.write_text(new.dumps(), encoding="utf-8")
    print("\n".join(changes) if changes else f"{args.lock}: no digest changed ({len(references)} images)")
    for line in errors:
        print(f"not resolved: {line}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
