"""How many lines of dist/ one semantic change touches. A reviewer reads every changed line,
so a change should move only the lines that mean it: an image bump the image and the version
label where it names the running pods (workload metadata and pod template), a replica count
one line, a new flow its policies and its line in the flow picture, an active-colour switch
the two selectors (and the WP-Cron job, which runs the active colour's image). Measured on the real site, so a label copied onto one more object shows
up here as a number."""

from __future__ import annotations

import dataclasses
import difflib

import pytest
from conftest import rendered

from dirtbike_constructs import EndpointInfo, allow
from dirtbike_site import cli, environments, peers

NEW_IMAGE = "wordpress:6.8.3-php8.4-apache"


def changed_lines(before: dict[str, str], after: dict[str, str]) -> dict[str, int]:
    """file -> lines changed (a replaced line counts once, an added or removed file all its lines)."""
    counts = {}
    for path in sorted(set(before) | set(after)):
        old, new = before.get(path, "").splitlines(), after.get(path, "").splitlines()
        if old == new:
            continue
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        counts[path] = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")
    return counts


def render(monkeypatch, env_name: str, **changes) -> dict[str, str]:
    env = environments.ENVIRONMENTS[env_name]
    wordpress = changes.pop("wordpress", {})
    changed = dataclasses.replace(env, wordpress=dataclasses.replace(env.wordpress, **wordpress), **changes)
    monkeypatch.setitem(environments.ENVIRONMENTS, env_name, changed)
    return cli.render(env_name)


def workload(site, area: str, name: str):
    """A workload construct of the site by name, as a flow endpoint."""
    return next(
        node
        for node in site.chart(area).node.find_all()
        if isinstance(getattr(node, "endpoint", None), EndpointInfo) and node.endpoint.name == name
    )


@pytest.fixture
def prod_before():
    return rendered("prod")


def test_image_bump_touches_the_image_and_the_pods_version_label(monkeypatch, prod_before):
    after = render(monkeypatch, "prod", wordpress={"blue_image": NEW_IMAGE})
    counts = changed_lines(prod_before, after)
    # image, version label on the Deployment, version label on its pod template; blue is the
    # active color, whose image the WP-Cron job runs: its image and the version label on the
    # CronJob, its Job template and its pod template. The new tag is not in the images lock yet,
    # so the unpinned report replaces the old tag's row with the new one (same place in the list)
    assert counts == {
        "dirtbike-prod-web/11-deployment-wordpress-blue.yaml": 3,
        "dirtbike-prod-web/09-cronjob-wordpress-cron.yaml": 4,
        "UNPINNED-IMAGES.md": 1,
    }


def test_replica_count_touches_one_line(monkeypatch, prod_before):
    after = render(monkeypatch, "prod", logto_replicas=3)
    assert changed_lines(prod_before, after) == {"dirtbike-prod-auth/11-deployment-logto.yaml": 1}


def test_one_new_flow_touches_its_policy_and_its_picture_lines(monkeypatch, prod_before):
    build = cli.build

    def with_flow(env, store=None):
        site = build(env, store)
        allow(peers.PROMETHEUS, workload(site, "web", "phpmyadmin"), "http")
        return site

    monkeypatch.setattr(cli, "build", with_flow)
    counts = changed_lines(prod_before, cli.render("prod"))
    policy = "dirtbike-prod-web/02-networkpolicy-ingress-phpmyadmin-from-monitoring.prometheus-8080.yaml"
    assert set(counts) == {policy, "FLOWS.md"}
    # the Mermaid edge, the table row and the count line
    assert counts["FLOWS.md"] == 3


def test_active_colour_switch_touches_the_two_selectors(monkeypatch):
    before = rendered("stage")
    after = render(monkeypatch, "stage", wordpress={"active": "green"})
    # and the WP-Cron job moves to the new active color's image (image and three version labels:
    # CronJob, Job template, pod template), which moves the job between the two colors' rows of
    # the unpinned-images report
    assert changed_lines(before, after) == {
        "dirtbike-stage-web/10-service-wordpress.yaml": 1,
        "dirtbike-stage-web/10-service-wordpress-preview.yaml": 1,
        "dirtbike-stage-web/09-cronjob-wordpress-cron.yaml": 4,
        "UNPINNED-IMAGES.md": 2,
    }
