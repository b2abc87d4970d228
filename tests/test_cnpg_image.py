"""CnpgCluster takes only operand images whose tag CloudNativePG can read a PostgreSQL major
from (its rule: the tag starts with digits and single dots, the digest plays no part)."""

from __future__ import annotations

import pytest
from conftest import find, synth
from factories import API_SERVER

from dirtbike_constructs import CnpgCluster, ConfigError, Resources, Storage

DIGEST = "sha256:" + "c" * 64  # format check only: never pulled


def cluster(chart, image):
    return CnpgCluster(
        chart,
        "pg",
        namespace="data",
        image=image,
        storage=Storage("20Gi"),
        api_server=API_SERVER,
        resources=Resources(cpu="500m", memory="4Gi", cpu_limit="2", memory_limit="4Gi"),
    )


@pytest.mark.parametrize(
    "image",
    [
        "ghcr.io/cloudnative-pg/postgresql:16.4",
        "ghcr.io/cloudnative-pg/postgresql:15.19-202608310817-standard-trixie",
        "dirtbikechina/postgres:15.19-cjk-fb7d33245a94",
        f"dirtbikechina/postgres:15.19-cjk-fb7d33245a94@{DIGEST}",
        "registry.example.org:5000/pg:17",
        "pg:13.3.2.1-1",
        "pg:17beta1",
    ],
)
def test_tags_cloudnativepg_reads_a_major_from_are_taken(chart, image):
    cluster(chart, image)
    assert find(synth(chart), "Cluster")["spec"]["imageName"] == image


@pytest.mark.parametrize(
    "image, fix",
    [
        (f"ghcr.io/cloudnative-pg/postgresql@{DIGEST}", "keep the tag next to the digest"),
        ("dirtbikechina/postgres:cjk-15", "tag the image '<major>.<minor>-<anything>'"),
        ("dirtbikechina/postgres:v15.4", "tag the image"),
        ("dirtbikechina/postgres:15.-cjk", "tag the image"),
    ],
)
def test_tags_without_a_leading_version_are_refused(chart, image, fix):
    with pytest.raises(ConfigError) as error:
        cluster(chart, image)
    assert error.value.where == "test/pg" and error.value.field == "image" and error.value.value == image
    assert "CloudNativePG reads the major from the tag" in error.value.allowed
    assert fix in (error.value.fix or "")
