"""The image-scan workflow's inputs and outputs: the list of images dist/ runs (all, or those a
change adds), and the review's image lines carrying each image's Trivy result."""

from __future__ import annotations

import json

from conftest import dist_files
from review_objects import deployment, tree

from dirtbike_constructs.image_lock import image_references
from dirtbike_constructs.tools import images_list
from dirtbike_constructs.tools.images_list import listed
from dirtbike_constructs.tools.review import review_files
from dirtbike_constructs.tools.review.images import Scan, load_scans


def test_the_list_is_every_image_dist_runs_once(capsys):
    """`python -m dirtbike_constructs.tools.images_list`, its main called here."""
    assert images_list.main([]) == 0
    images = json.loads(capsys.readouterr().out)
    expected = {ref for _, obj in dist_files() for ref in image_references(obj)}
    assert images == sorted(expected) and len(images) == len(set(images))


def test_new_since_lists_only_what_the_change_adds():
    before = tree(deployment(image="example/app:1.0"))
    after = tree(deployment(image="example/app:1.1"), deployment("api", image="example/api:2.0"))
    assert listed(after, before) == ["example/api:2.0", "example/app:1.1"]
    assert listed(after, after) == []


def trivy_report(image, *vulnerabilities):
    return {"ArtifactName": image, "Results": [{"Target": image, "Vulnerabilities": list(vulnerabilities)}]}


def test_scans_count_only_fixable_high_and_critical(tmp_path):
    (tmp_path / "a.json").write_text(
        json.dumps(
            trivy_report(
                "example/app:1.1",
                {"VulnerabilityID": "CVE-1", "Severity": "CRITICAL", "FixedVersion": "2"},
                {"VulnerabilityID": "CVE-2", "Severity": "HIGH", "FixedVersion": ""},
                {"VulnerabilityID": "CVE-3", "Severity": "MEDIUM", "FixedVersion": "1"},
            )
        )
    )
    (tmp_path / "b.json").write_text(json.dumps({"ArtifactName": "example/api:2.0", "Results": [{"Target": "x"}]}))
    assert load_scans(tmp_path) == {"example/app:1.1": Scan(("CVE-1",)), "example/api:2.0": Scan(())}


def test_the_review_names_each_changed_images_scan_result():
    before = tree(deployment())
    after = tree(deployment(image="example/app:1.1"), deployment("api", image="example/api:2.0"))
    scans = {"example/app:1.1": Scan(("CVE-1",))}
    (found,) = review_files(before, after, scans=scans)
    assert [f.text for f in found.images] == [
        "image example/app: tag 1.0 -> 1.1 (Deployment `shop/web` `app`); scan: 1 fixable HIGH or CRITICAL (CVE-1)",
        "image `example/api:2.0` new (Deployment `shop/api` `app`); scan: no report for this image",
    ]
    (unscanned,) = review_files(before, after)
    assert all("scan:" not in f.text for f in unscanned.images)
