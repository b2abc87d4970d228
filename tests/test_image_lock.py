"""ImageLock: locked images render by digest everywhere an object runs one, the rest are
reported, and a lock that is not made of tag -> digest entries is refused."""

from __future__ import annotations

import json

import pytest

from dirtbike_constructs import ConfigError
from dirtbike_constructs.image_lock import ImageLock, image_changes, rendered_digests, unpinned_report

# Format checks only: these digests name no real image and are never pulled.
A = "sha256:" + "a" * 64
B = "sha256:" + "b" * 64


def deployment(*images: str, init: str | None = None) -> dict:
    spec: dict = {"containers": [{"name": f"c{i}", "image": image} for i, image in enumerate(images)]}
    if init:
        spec["initContainers"] = [{"name": "init", "image": init}]
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "web", "namespace": "site"},
        "spec": {"template": {"spec": spec}},
    }


def cronjob(image: str) -> dict:
    return {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": "nightly", "namespace": "site"},
        "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "run", "image": image}]}}}}},
    }


def cluster(image: str) -> dict:
    return {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "Cluster",
        "metadata": {"name": "pg", "namespace": "data"},
        "spec": {"imageName": image},
    }


def test_locked_images_render_by_tag_and_digest_in_every_pod_template_and_cluster():
    lock = ImageLock({"nginx:1.27.3": A, "busybox:1.36": B, "ghcr.io/x/pg:16.4-std": A})
    result = lock.pin_manifests(
        [deployment("nginx:1.27.3", init="busybox:1.36"), cronjob("nginx:1.27.3"), cluster("ghcr.io/x/pg:16.4-std")]
    )
    web, nightly, pg = result.manifests
    assert web["spec"]["template"]["spec"]["containers"][0]["image"] == f"nginx:1.27.3@{A}"
    assert web["spec"]["template"]["spec"]["initContainers"][0]["image"] == f"busybox:1.36@{B}"
    assert nightly["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]["image"] == f"nginx:1.27.3@{A}"
    assert pg["spec"]["imageName"] == f"ghcr.io/x/pg:16.4-std@{A}"
    assert result.unpinned == {}
    assert result.locked == {"nginx:1.27.3", "busybox:1.36", "ghcr.io/x/pg:16.4-std"}
    assert result.used_by[f"nginx:1.27.3@{A}"] == ["Deployment site/web", "CronJob site/nightly"]


def test_unlocked_images_stay_by_tag_and_are_listed_with_what_runs_them():
    result = ImageLock({"nginx:1.27.3": A}).pin_manifests([deployment("nginx:1.27.3", "redis:7.4.2"), cronjob("redis:7.4.2")])
    assert result.manifests[0]["spec"]["template"]["spec"]["containers"][1]["image"] == "redis:7.4.2"
    assert result.unpinned == {"redis:7.4.2": ["Deployment site/web", "CronJob site/nightly"]}
    report = unpinned_report("Images not pinned by digest in dev", result.unpinned)
    assert report is not None
    assert "| `redis:7.4.2` | Deployment site/web, CronJob site/nightly |" in report
    assert "nginx" not in report
    assert "make pin-images" in report


def test_no_report_when_everything_is_pinned():
    result = ImageLock({"nginx:1.27.3": A}).pin_manifests([deployment("nginx:1.27.3")])
    assert unpinned_report("x", result.unpinned) is None


def test_the_given_objects_are_not_modified():
    original = deployment("nginx:1.27.3")
    ImageLock({"nginx:1.27.3": A}).pin_manifests([original])
    assert original["spec"]["template"]["spec"]["containers"][0]["image"] == "nginx:1.27.3"


def test_a_digest_in_the_code_counts_as_pinned_and_must_agree_with_the_lock():
    assert ImageLock({}).pin_manifests([deployment(f"nginx:1.27.3@{A}")]).unpinned == {}
    assert ImageLock({"nginx:1.27.3": A}).pin(f"nginx:1.27.3@{A}") == f"nginx:1.27.3@{A}"
    with pytest.raises(ConfigError) as error:
        ImageLock({"nginx:1.27.3": A}).pin(f"nginx:1.27.3@{B}")
    assert error.value.field == "nginx:1.27.3" and error.value.value == B


@pytest.mark.parametrize(
    "entries, field",
    [
        ({"nginx": A}, "image"),  # no tag: nothing for the digest to pin
        ({f"nginx:1.27.3@{A}": A}, "image"),  # the digest belongs in the value
        ({"nginx:1.27.3": "sha256:abc"}, "digests['nginx:1.27.3']"),
        ({"nginx:1.27.3": "latest"}, "digests['nginx:1.27.3']"),
        ({"Not An Image": A}, "image"),
    ],
)
def test_a_lock_entry_must_map_a_tag_to_a_full_sha256_digest(entries, field):
    with pytest.raises(ConfigError) as error:
        ImageLock(entries)
    assert error.value.where == "images lock" and error.value.field == field


def test_lock_file_round_trip_sorted_one_entry_a_line(tmp_path):
    path = tmp_path / "lock.json"
    path.write_text(ImageLock({"redis:7.4.2": B, "nginx:1.27.3": A}).dumps())
    assert list(json.loads(path.read_text())) == ["nginx:1.27.3", "redis:7.4.2"]
    assert ImageLock.load(path).digests == {"nginx:1.27.3": A, "redis:7.4.2": B}
    assert ImageLock.load(tmp_path / "absent.json").digests == {}


@pytest.mark.parametrize("text", ["{not json", "[1, 2]"])
def test_a_lock_file_that_is_not_a_json_object_is_refused(tmp_path, text):
    path = tmp_path / "lock.json"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        ImageLock.load(path)
    assert error.value.field == str(path)


def test_image_changes_read_digest_a_to_b():
    before = rendered_digests([f"nginx:1.27.3@{A}", "redis:7.4.2", f"busybox:1.36@{A}"])
    after = rendered_digests([f"nginx:1.27.3@{B}", f"redis:7.4.2@{A}", f"busybox:1.36@{A}"])
    assert image_changes(before, after) == [f"image nginx:1.27.3: digest {A} -> {B}", f"image redis:7.4.2: digest none -> {A}"]
