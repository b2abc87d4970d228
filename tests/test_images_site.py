"""The site's images: the CJK PostgreSQL image is versioned by its recipe, the lock is read by
synthesis, and dist/ tells the truth about which images run by digest."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from dirtbike_constructs.image_lock import ImageLock, lock_key, split_reference
from dirtbike_site import environments, images
from dirtbike_site.apps import postgres

RECIPE = ROOT / "images" / "postgres-cjk"
DOCKERFILE = RECIPE / "Dockerfile"


def test_the_cjk_image_tag_is_the_base_version_and_a_hash_of_the_recipe():
    """Recomputed here, independently of dirtbike_site.images."""
    digest = hashlib.sha256()
    for path in sorted(p for p in RECIPE.rglob("*") if p.is_file()):
        digest.update(path.relative_to(RECIPE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    base = re.search(
        r"^ARG BASE_IMAGE=ghcr\.io/cloudnative-pg/postgresql:(\d+\.\d+)-\S+@sha256:[a-f0-9]{64}$", DOCKERFILE.read_text(), re.MULTILINE
    )
    assert base, "the base is a CloudNativePG operand image pinned by tag and digest"
    assert postgres.IMAGE == f"dirtbikechina/postgres:{base.group(1)}-cjk-{digest.hexdigest()[:12]}"


def test_the_tag_moves_when_the_recipe_changes(tmp_path):
    copy = tmp_path / "recipe"
    shutil.copytree(RECIPE, copy)
    before = images.postgres_cjk_image(copy)
    (copy / "Dockerfile").write_text((copy / "Dockerfile").read_text() + "\n# a change\n")
    after = images.postgres_cjk_image(copy)
    assert before == postgres.IMAGE and after != before
    assert after.split(":")[1].startswith(before.split(":")[1].split("-cjk-")[0] + "-cjk-")


def test_the_dockerfile_builds_the_pinned_major_as_the_operand_user():
    text = DOCKERFILE.read_text()
    major = postgres.IMAGE.split(":")[1].split(".")[0]
    assert f"ARG PG_MAJOR={major}\n" in text
    assert re.search(r"^ARG PG_CJK_PARSER_COMMIT=[0-9a-f]{40}$", text, re.MULTILINE), "a full commit id, not a branch"
    users = re.findall(r"^USER (\S+)$", text, re.MULTILINE)
    assert users[-1] == "26", "the final stage runs as the CloudNativePG operand user"
    assert "pg_cjk_parser.so" in text


def test_hadolint_passes_on_the_dockerfile():
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    assert hadolint, "hadolint comes with the test extra (setup.cfg)"
    ran = subprocess.run([hadolint, "--failure-threshold", "info", str(DOCKERFILE)], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stdout + ran.stderr


def test_hadolint_fails_a_root_final_stage(tmp_path):
    """The lint step can fail: the same Dockerfile ending as root is refused."""
    hadolint = shutil.which("hadolint", path=str(Path(sys.executable).parent)) or shutil.which("hadolint")
    bad = tmp_path / "Dockerfile"
    bad.write_text(DOCKERFILE.read_text().replace("\nUSER 26\n", "\nUSER root\n"))
    ran = subprocess.run([hadolint, str(bad)], capture_output=True, text=True)
    assert ran.returncode != 0 and "DL3002" in ran.stdout


def rendered_images(env: str) -> list[str]:
    found = []
    for path in sorted((ROOT / "dist" / env).rglob("*.yaml")):
        text = path.read_text()
        found += re.findall(r"^\s*(?:- )?image(?:Name)?: (\S+)$", text, re.MULTILINE)
    return found


def unpinned_listed(env: str) -> set[str]:
    report = ROOT / "dist" / env / "UNPINNED-IMAGES.md"
    return set(re.findall(r"^\| `([^`]+)` \|", report.read_text(), re.MULTILINE)) if report.exists() else set()


LOCK = images.load_lock()


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_rendered_image_is_pinned_by_the_lock_or_listed_as_unpinned(env):
    rendered = rendered_images(env)
    assert rendered
    by_tag = {ref for ref in rendered if split_reference(ref)[2] is None}
    assert unpinned_listed(env) == by_tag
    for ref in rendered:
        key = lock_key(ref)
        if key in LOCK.digests:
            assert ref == f"{key}@{LOCK.digests[key]}", ref


def test_the_committed_lock_has_no_stale_entries_and_is_in_the_tools_format():
    used = {lock_key(ref) for env in environments.NAMES for ref in rendered_images(env)}
    assert set(LOCK.digests) <= used, "drop entries no environment runs any more"
    assert images.LOCK_PATH.read_text() == ImageLock(json.loads(images.LOCK_PATH.read_text())).dumps()


def test_the_cjk_image_is_never_a_floating_tag():
    for env in environments.NAMES:
        for ref in rendered_images(env):
            if ref.startswith("dirtbikechina/postgres"):
                assert re.match(r"^dirtbikechina/postgres:\d+\.\d+-cjk-[0-9a-f]{12}(@sha256:[a-f0-9]{64})?$", ref), ref


def test_the_smoke_script_is_shellcheck_clean():
    if not shutil.which("shellcheck"):
        pytest.skip("shellcheck not installed (apt-get install shellcheck; .ci/run installs it)")
    subprocess.run(["shellcheck", str(ROOT / "scripts" / "postgres_image_smoke.sh")], check=True)


def test_the_workflow_builds_tests_scans_then_pushes_and_records_the_digest():
    text = (ROOT / ".github" / "workflows" / "postgres-image.yml").read_text()
    order = [
        'run: echo "image=$(python -m dirtbike_site.images)',
        "buildx build --load",
        "bash scripts/postgres_image_smoke.sh",
        "aquasecurity/trivy-action@",
        "severity: HIGH,CRITICAL",
        'exit-code: "1"',
        "--push",
        "python -m dirtbike_constructs.tools.pin_images",
        "uses: actions/upload-artifact",
    ]
    positions = [text.index(step) for step in order]
    assert positions == sorted(positions), "push only after the smoke tests and the scan"
