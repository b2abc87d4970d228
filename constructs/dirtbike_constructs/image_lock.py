"""ImageLock: run every image by the digest its registry resolved, not by a tag that can move.

A lock is one JSON file mapping an image reference as the code writes it (`mysql:8.4.6`) to
the digest of what that tag pointed at when it was resolved (`sha256:...`; for a
multi-architecture image, the digest of the index, so every node pulls its own platform).
Digests come only from a registry (`python -m dirtbike_constructs.tools.pin_images`); the
lock is never written by hand.

Synthesis applies the lock as one pass over the rendered objects (`ImageLock.pin_manifests`),
like the owner labels: every container of every pod template (Deployments, StatefulSets,
Jobs, CronJobs, Pods, and any raw ApiObject or cdk8s-plus workload a chart holds) and the
image of a CloudNativePG Cluster. A locked image renders as `name:tag@sha256:...` (the tag
stays for readers and for CloudNativePG, which reads the PostgreSQL major from it); an
unlocked one renders by tag and is reported (`unpinned_report`). The pass runs on the final
objects rather than inside each construct, so no workload, whatever built it, can escape it.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import _validate as check
from .errors import ConfigError

DIGEST = re.compile(r"sha256:[a-f0-9]{64}")
#: Pod spec keys whose entries carry an `image`.
CONTAINER_LISTS = ("initContainers", "containers", "ephemeralContainers")
WHERE = "images lock"


def split_reference(reference: str) -> tuple[str, str | None, str | None]:
    """(repository, tag, digest) of an image reference; tag and digest may be None."""
    match = check.IMAGE.fullmatch(reference)
    if not match:
        raise ConfigError(WHERE, "image", reference, "an image reference such as 'nginx:1.27.3'")
    return match.group("repo"), match.group("tag"), match.group("digest")


def lock_key(reference: str) -> str:
    """The reference without its digest: what the lock is keyed by."""
    repo, tag, _ = split_reference(reference)
    return f"{repo}:{tag}" if tag else repo


@dataclass(frozen=True)
class PinnedManifests:
    """What `ImageLock.pin_manifests` returns.

    manifests: the objects, with locked images rendered by digest (objects without a change
    are the ones given). used_by: every image reference after pinning -> the objects running
    it ('Kind namespace/name'). unpinned: the references still by tag -> their objects.
    locked: the lock keys that some object used (the rest of the lock is stale)."""

    manifests: list[dict[str, Any]]
    used_by: dict[str, list[str]]
    unpinned: dict[str, list[str]]
    locked: frozenset[str]


@dataclass(frozen=True)
class ImageLock:
    """Image reference (with a tag, without a digest) -> 'sha256:<64 hex>'.

    digests: default none (every image renders by tag and is reported as unpinned)."""

    digests: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.digests, Mapping):
            raise ConfigError(WHERE, "digests", self.digests, "a mapping of image reference to digest")
        for reference, digest in self.digests.items():
            if not isinstance(reference, str):
                raise ConfigError(WHERE, "image", reference, "an image reference such as 'nginx:1.27.3'")
            repo, tag, ref_digest = split_reference(reference)
            if tag is None or ref_digest is not None:
                raise ConfigError(
                    WHERE,
                    "image",
                    reference,
                    "a reference with a tag and without a digest, e.g. 'nginx:1.27.3'",
                    "the lock maps the tag to its digest; write the digest as the value",
                )
            if not isinstance(digest, str) or not DIGEST.fullmatch(digest):
                raise ConfigError(
                    WHERE,
                    f"digests[{reference!r}]",
                    digest,
                    "'sha256:' and 64 lower-case hex digits",
                    "resolve it with `make pin-images`; never write a digest by hand",
                )

    @classmethod
    def load(cls, path: Path) -> ImageLock:
        """Read a lock file (a JSON object). A file that is not there is an empty lock."""
        if not path.exists():
            return cls({})
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise ConfigError(WHERE, str(path), f"line {error.lineno}", "a JSON object of image reference -> digest") from None
        if not isinstance(data, dict):
            raise ConfigError(WHERE, str(path), type(data).__name__, "a JSON object of image reference -> digest")
        return cls(dict(data))

    def dumps(self) -> str:
        """The file text: sorted, one entry a line, so a change reads as one line in review."""
        return json.dumps(dict(sorted(self.digests.items())), indent=2) + "\n"

    def with_digests(self, digests: Mapping[str, str]) -> ImageLock:
        return ImageLock({**self.digests, **digests})

    def pin(self, reference: str) -> str:
        """`name:tag@sha256:...` when the lock has the tag; the reference as given otherwise. A
        reference that already carries a digest must agree with the lock."""
        repo, tag, digest = split_reference(reference)
        key = f"{repo}:{tag}" if tag else repo
        locked = self.digests.get(key)
        if locked is None:
            return reference
        if digest is not None and digest != locked:
            raise ConfigError(
                WHERE, key, digest, f"the locked digest {locked}", "remove the digest from the code (the lock holds it) or re-pin the lock"
            )
        return f"{key}@{locked}"

    def pin_manifests(self, manifests: Iterable[Mapping[str, Any]]) -> PinnedManifests:
        """Render every image the objects run through the lock (see the module docstring)."""
        out: list[dict[str, Any]] = []
        used_by: dict[str, list[str]] = {}
        locked: set[str] = set()
        for manifest in manifests:
            owner = _describe(manifest)
            slots = list(_image_slots(manifest))
            pinned = [self.pin(image) for _, _, image in slots]
            changed = [image != new for (_, _, image), new in zip(slots, pinned)]
            if any(changed):
                manifest = copy.deepcopy(manifest)
                slots = list(_image_slots(manifest))
                for (holder, key, _), new in zip(slots, pinned):
                    holder[key] = new
            for (_, _, image), new in zip(slots, pinned):
                used_by.setdefault(new, [])
                if owner not in used_by[new]:
                    used_by[new].append(owner)
                if lock_key(image) in self.digests:
                    locked.add(lock_key(image))
            out.append(dict(manifest))
        unpinned = {ref: owners for ref, owners in sorted(used_by.items()) if split_reference(ref)[2] is None}
        return PinnedManifests(out, dict(sorted(used_by.items())), unpinned, frozenset(locked))


def _describe(manifest: Mapping[str, Any]) -> str:
    meta = manifest.get("metadata", {})
    namespace = meta.get("namespace")
    return f"{manifest.get('kind')} {namespace + '/' if namespace else ''}{meta.get('name')}"


def _image_slots(manifest: Mapping[str, Any]) -> Iterable[tuple[dict[str, Any], str, str]]:
    """(holder, key, image) for every image field of an object, in document order."""
    if manifest.get("kind") == "Cluster" and str(manifest.get("apiVersion", "")).startswith("postgresql.cnpg.io/"):
        spec = manifest.get("spec", {})
        if isinstance(spec.get("imageName"), str):
            yield spec, "imageName", spec["imageName"]
    yield from _containers(manifest)


def _containers(node: Any) -> Iterable[tuple[dict[str, Any], str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in CONTAINER_LISTS and isinstance(value, list):
                for container in value:
                    if isinstance(container, dict) and isinstance(container.get("image"), str):
                        yield container, "image", container["image"]
            else:
                yield from _containers(value)
    elif isinstance(node, list):
        for item in node:
            yield from _containers(item)


def unpinned_report(title: str, unpinned: Mapping[str, list[str]], lock_path: str = "images/lock.json") -> str | None:
    """The UNPINNED-IMAGES.md text, or None when every image runs by digest."""
    if not unpinned:
        return None
    lines = [
        f"# {title}",
        "",
        "These images run by tag. A registry can move a tag (upstream re-pushes for OS patches), so two",
        "nodes may run different bits under the same manifest. Pin them with `make pin-images` on a",
        f"machine that reaches the registries, review and commit `{lock_path}`, then `make synth`.",
        "",
        "| image | run by |",
        "|---|---|",
    ]
    for reference, owners in unpinned.items():
        lines.append(f"| `{reference}` | {', '.join(owners)} |")
    return "\n".join(lines) + "\n"


def image_changes(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    """One line per image whose digest changed between two locks (or two sets of rendered
    references, keyed the same way): 'image X: digest A -> B', 'none' for a missing side."""
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old != new:
            lines.append(f"image {key}: digest {old or 'none'} -> {new or 'none'}")
    return lines


def rendered_digests(references: Iterable[str]) -> dict[str, str]:
    """lock key -> digest of rendered references (those without a digest map to '')."""
    digests: dict[str, str] = {}
    for reference in references:
        digests[lock_key(reference)] = split_reference(reference)[2] or ""
    return digests


def image_references(manifest: Mapping[str, Any]) -> list[str]:
    """Every image reference an object runs, as written in it."""
    return [image for _, _, image in _image_slots(manifest)]
