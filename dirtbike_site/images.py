"""The images the site builds and the lock every image is pinned by.

The CJK PostgreSQL image is built from images/postgres-cjk/ (its recipe). Its tag is
`<PostgreSQL version of the base>-cjk-<recipe hash>`: the leading version is what
CloudNativePG reads the major from, and the hash (over every file of the recipe) changes
whenever the recipe does, so a changed recipe can never hide under an old tag.

    python -m dirtbike_site.images            print the CJK image reference (CI tags with it)
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from dirtbike_constructs.image_lock import ImageLock

ROOT = Path(__file__).resolve().parent.parent
LOCK_PATH = ROOT / "images" / "lock.json"
POSTGRES_RECIPE = ROOT / "images" / "postgres-cjk"
POSTGRES_REPOSITORY = "dirtbikechina/postgres"
_BASE_ARG = re.compile(r"^ARG BASE_IMAGE=\S+?:(?P<tag>[A-Za-z0-9_.-]+)@sha256:[a-f0-9]{64}$", re.MULTILINE)
_VERSION = re.compile(r"^\d+(\.\d+)?")


def recipe_hash(recipe: Path = POSTGRES_RECIPE) -> str:
    """12 hex digits of a sha256 over every file of the recipe (path and content)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in recipe.rglob("*") if p.is_file()):
        digest.update(path.relative_to(recipe).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def base_postgres_version(recipe: Path = POSTGRES_RECIPE) -> str:
    """'15.19': the leading version of the base image tag named by the Dockerfile."""
    match = _BASE_ARG.search((recipe / "Dockerfile").read_text(encoding="utf-8"))
    if not match:
        raise ValueError(f"{recipe}/Dockerfile: no `ARG BASE_IMAGE=<name>:<tag>@sha256:<digest>` line")
    version = _VERSION.match(match.group("tag"))
    if not version:
        raise ValueError(f"{recipe}/Dockerfile: the base tag {match.group('tag')!r} does not start with a version")
    return version.group(0)


def postgres_cjk_image(recipe: Path = POSTGRES_RECIPE) -> str:
    return f"{POSTGRES_REPOSITORY}:{base_postgres_version(recipe)}-cjk-{recipe_hash(recipe)}"


def load_lock() -> ImageLock:
    return ImageLock.load(LOCK_PATH)


POSTGRES_CJK_IMAGE = postgres_cjk_image()

if __name__ == "__main__":
    print(POSTGRES_CJK_IMAGE)
    sys.exit(0)
