"""Image changes, one line per image: "image X: digest A -> B" when the same tag moved to a
new digest, "image X: tag A -> B" when the tag changed (with the digests when pinned), each
with its scan result when the image-scan workflow's Trivy reports are given (`--scans`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .model import Finding, Identity, Tree, containers, describe, dig, pod_template

REFERENCE = re.compile(r"(?P<name>[^@]+?)(?::(?P<tag>[\w][\w.-]*))?(?:@(?P<digest>[A-Za-z0-9]+:[0-9a-fA-F]+))?")


def split(reference: str) -> tuple[str, str | None, str | None]:
    """(name, tag, digest) of an image reference."""
    match = REFERENCE.fullmatch(reference)
    if match is None:
        return reference, None, None
    return match.group("name"), match.group("tag"), match.group("digest")


def images(tree: Tree | None) -> Iterator[tuple[Identity, str, str]]:
    """(object, container, image) of every container and PostgreSQL cluster."""
    if tree is None:
        return
    for ident, manifest in tree.objects.items():
        for container in containers(pod_template(manifest)):
            if container.get("image"):
                yield ident, container["name"], container["image"]
        if ident[0] == "Cluster" and dig(manifest, "spec", "imageName"):
            yield ident, "postgres", dig(manifest, "spec", "imageName")


@dataclass(frozen=True)
class Scan:
    """One image's scan: the HIGH and CRITICAL vulnerabilities with a fixed version."""

    fixable: tuple[str, ...]


def load_scans(folder: Path) -> dict[str, Scan]:
    """Trivy JSON reports (`trivy image --format json`, one per image, any *.json in `folder`)
    by the image reference they scanned (their ArtifactName)."""
    scans: dict[str, Scan] = {}
    for path in sorted(folder.glob("*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        found = {
            vulnerability["VulnerabilityID"]
            for result in report.get("Results") or []
            for vulnerability in result.get("Vulnerabilities") or []
            if vulnerability.get("Severity") in ("HIGH", "CRITICAL") and vulnerability.get("FixedVersion")
        }
        scans[report["ArtifactName"]] = Scan(tuple(sorted(found)))
    return scans


def scan_text(image: str, scans: Mapping[str, Scan] | None) -> str:
    """'' without scans; else what the scan of `image` found, or that it has none."""
    if scans is None:
        return ""
    scan = scans.get(image)
    if scan is None:
        return "; scan: no report for this image"
    if not scan.fixable:
        return "; scan: no fixable HIGH or CRITICAL vulnerability"
    shown = ", ".join(scan.fixable[:5]) + (", ..." if len(scan.fixable) > 5 else "")
    return f"; scan: {len(scan.fixable)} fixable HIGH or CRITICAL ({shown})"


def _change_text(old: str, new: str) -> str:
    name, old_tag, old_digest = split(old)
    new_name, new_tag, new_digest = split(new)
    if name != new_name:
        return f"image `{old}` → `{new}`"
    parts = []
    if old_tag != new_tag:
        parts.append(f"tag {old_tag or 'none'} -> {new_tag or 'none'}")
    if old_digest != new_digest:
        parts.append(f"digest {old_digest or 'none'} -> {new_digest or 'none'}")
    label = name if old_tag != new_tag else f"{name}:{new_tag}" if new_tag else name
    return f"image {label}: " + ", ".join(parts)


def image_findings(old: Tree | None, new: Tree | None, scans: Mapping[str, Scan] | None = None) -> list[Finding]:
    before = {(ident, c): image for ident, c, image in images(old)}
    changes: dict[tuple[str, str], list[str]] = {}
    added: dict[str, list[str]] = {}
    for ident, container, image in images(new):
        previous = before.get((ident, container))
        where = f"{describe(ident)} `{container}`"
        if previous is None:
            if image not in set(before.values()):
                added.setdefault(image, []).append(where)
        elif previous != image:
            changes.setdefault((previous, image), []).append(where)
    found = [
        Finding(
            "image-changed",
            f"{old_image} -> {new_image}",
            f"{_change_text(old_image, new_image)} ({', '.join(users)}){scan_text(new_image, scans)}",
        )
        for (old_image, new_image), users in sorted(changes.items())
    ]
    found += [
        Finding("image-added", image, f"image `{image}` new ({', '.join(users)}){scan_text(image, scans)}")
        for image, users in sorted(added.items())
    ]
    return found
