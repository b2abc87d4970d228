"""The blue-green release path, step by step, as the reviewer sees each diff (stage: no HPA,
so the switch is selector lines plus the WP-Cron job following the active color; prod's switch also hands over the HPA, tested with the
environments)."""

from __future__ import annotations

import dataclasses

from conftest import rendered

from dirtbike_constructs.tools.diff import diff_trees
from dirtbike_site import cli, environments

NEW_IMAGE = "wordpress:7.1.0-php8.4-apache"


def render_with(monkeypatch, **wordpress_changes) -> dict[str, str]:
    stage = environments.ENVIRONMENTS["stage"]
    monkeypatch.setitem(
        environments.ENVIRONMENTS, "stage", dataclasses.replace(stage, wordpress=dataclasses.replace(stage.wordpress, **wordpress_changes))
    )
    return {f"stage/{path}": text for path, text in cli.render("stage").items()}


def changes(before, after):
    (d,) = diff_trees(before, after)
    assert not d.added and not d.removed and not d.renamed
    return {ident: [(c.path, c.old, c.new) for c in found] for ident, found in d.changed.items()}


def test_release_raise_idle_then_flip_then_roll_back(monkeypatch):
    stage = environments.ENVIRONMENTS["stage"]
    assert stage.wordpress.active == "blue"
    start = {f"stage/{path}": text for path, text in rendered("stage").items()}

    # 1. Raise the idle color's image: only green objects change, and only image and version.
    raised = render_with(monkeypatch, green_image=NEW_IMAGE)
    step1 = changes(start, raised)
    assert {ident[2] for ident in step1} <= {
        "wordpress-green",
        "wordpress-green-apache-ports",
        "wordpress-green-apache-site",
        "wordpress-green-php-uploads",
        "wordpress-green-wp-config",
    }
    deployment = step1[("Deployment", "dirtbike-stage-web", "wordpress-green")]
    assert ("spec.template.spec.containers[name=wordpress].image", stage.wordpress.green_image, NEW_IMAGE) in deployment
    assert all(path.endswith(("app.kubernetes.io/version", ".image")) for found in step1.values() for path, _, _ in found)

    # 2. Flip the active color (one line of environment config): the two selectors move, and the
    #    WP-Cron job follows the active color (its image and version labels): from the next run
    #    on, the new core runs scheduled tasks and upgrades the shared database (forward only).
    flipped = render_with(monkeypatch, green_image=NEW_IMAGE, active="green")
    step2 = changes(raised, flipped)
    assert step2.pop(("Service", "dirtbike-stage-web", "wordpress")) == [("spec.selector.dirtbike.io/color", "blue", "green")]
    assert step2.pop(("Service", "dirtbike-stage-web", "wordpress-preview")) == [("spec.selector.dirtbike.io/color", "green", "blue")]
    cron = step2.pop(("CronJob", "dirtbike-stage-web", "wordpress-cron"))
    assert ("spec.jobTemplate.spec.template.spec.containers[name=wp-cron].image", stage.wordpress.blue_image, NEW_IMAGE) in cron
    assert {ident[2] for ident in step2} <= {"wordpress-cron", "wordpress-cron-wp-config"}
    assert all(path.endswith(("app.kubernetes.io/version", ".image")) for found in (cron, *step2.values()) for path, _, _ in found)

    # 3. Roll back by reverting that line: byte for byte the tree before the flip.
    assert render_with(monkeypatch, green_image=NEW_IMAGE, active="blue") == raised
