"""The site per environment: what each renders, that synthesis is deterministic and atomic,
and that dist/ staleness is caught."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, rendered

from dirtbike_constructs import ConfigError
from dirtbike_constructs.synth import read_tree, write_trees
from dirtbike_site import cli, environments


@pytest.fixture(scope="module")
def trees() -> dict[str, dict[str, str]]:
    return {name: rendered(name) for name in environments.NAMES}


@pytest.mark.parametrize("env", environments.NAMES)
def test_inventory_snapshot(trees, env, snapshot_yaml):
    """Which objects each environment has, by file. The content of every file is locked by
    `make check-dist`; this keeps the inventory itself short enough to review."""
    assert yaml.safe_dump({"files": list(trees[env])}, sort_keys=False) == snapshot_yaml


@pytest.mark.parametrize("env", environments.NAMES)
def test_every_environment_uses_all_four_constructs(trees, env):
    kinds = {yaml.safe_load(text)["kind"] for path, text in trees[env].items() if path.endswith(".yaml")}
    assert {"Namespace", "NetworkPolicy", "Cluster", "Deployment", "Service"} <= kinds
    assert f"dirtbike-{env}-web/11-deployment-wordpress-blue.yaml" in trees[env]
    assert f"dirtbike-{env}-web/11-deployment-wordpress-green.yaml" in trees[env]


def test_environment_differences_come_from_values(trees):
    def cluster(env):
        return yaml.safe_load(trees[env][f"dirtbike-{env}-data/07-cluster-postgres.yaml"])["spec"]

    assert [cluster(e)["instances"] for e in environments.NAMES] == [1, 3, 3]
    assert "plugins" not in cluster("dev") and cluster("prod")["plugins"][0]["isWALArchiver"] is True
    assert "dirtbike-stage-web/13-traefikservice-wordpress.yaml" in trees["stage"]
    assert "dirtbike-prod-web/13-traefikservice-wordpress.yaml" not in trees["prod"]


def test_no_namespace_is_shared_between_environments(trees):
    """Our namespaces belong to one environment; in the operators' namespaces (monitoring,
    cert-manager) every object's name carries the environment."""
    seen: dict[str, str] = {}
    for env, tree in trees.items():
        for path in tree:
            folder = path.split("/")[0]
            if "/" not in path or folder == "_cluster":
                continue
            if folder.startswith("dirtbike-"):
                assert seen.setdefault(folder, env) == env
            else:
                assert path.split("/")[1].split("-", 2)[2].startswith(f"dirtbike-{env}-"), path


def test_files_are_in_apply_order(trees):
    for tree in trees.values():
        folders = sorted({p.split("/")[0] for p in tree if "/" in p})
        assert folders[0] == "_cluster"
        assert all(p.startswith("_cluster/00-") for p in tree if p.startswith("_cluster/"))


def test_synthesis_is_deterministic(trees):
    """A second synthesis in the same process gives the same trees. That another process
    (another hash seed, another jsii runtime) gives the bytes of the committed dist/ is what
    `make test` checks first (`make check-dist`: `main.py --check`, byte for byte)."""
    assert {name: cli.render(name) for name in environments.NAMES} == trees
    assert "\ntest: setup check-dist\n" in (ROOT / "Makefile").read_text()


# --- environment values are validated -------------------------------------------------------


def test_unknown_environment_is_rejected():
    with pytest.raises(ConfigError, match="one of dev, stage, prod"):
        environments.get("qa")


def test_unknown_environment_on_the_command_line(tmp_path, capsys):
    assert cli.main(["qa", "--outdir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "name='qa' is not allowed; allowed: one of dev, stage, prod" in err
    assert "Traceback" not in err and not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    "change, field",
    [
        ({"name": "qa"}, "name"),
        ({"domain": "Not A Domain"}, "domain"),
        ({"postgres": dataclasses.replace(environments.ENVIRONMENTS["prod"].postgres, instances=1)}, "postgres.instances"),
        ({"postgres": dataclasses.replace(environments.ENVIRONMENTS["prod"].postgres, backup_bucket=None)}, "postgres.backup_bucket"),
    ],
)
def test_environment_rules(change, field):
    with pytest.raises(ConfigError) as error:
        dataclasses.replace(environments.ENVIRONMENTS["prod"], **change).validate()
    assert error.value.field == field


# --- a failed synth never damages dist/ ------------------------------------------------------


def existing_tree(outdir: Path) -> dict[str, str]:
    write_trees({"dev": {"ns/00-namespace-x.yaml": "old\n"}}, outdir)
    return read_tree(outdir / "dev")


def test_bad_config_leaves_dist_untouched(tmp_path, monkeypatch, capsys):
    before = existing_tree(tmp_path)
    broken = dataclasses.replace(environments.ENVIRONMENTS["dev"], domain="bad domain")
    monkeypatch.setitem(environments.ENVIRONMENTS, "dev", broken)
    assert cli.main(["--outdir", str(tmp_path)]) == 2
    assert "left as it was" in capsys.readouterr().err
    assert read_tree(tmp_path / "dev") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dev"]


def test_crash_during_synth_leaves_dist_untouched(tmp_path, monkeypatch):
    before = existing_tree(tmp_path)
    real_render = cli.render

    def crash_on_prod(name):
        if name == "prod":
            raise RuntimeError("boom")
        return real_render(name)

    monkeypatch.setattr(cli, "render", crash_on_prod)
    assert cli.main(["--outdir", str(tmp_path)]) == 4  # internal error, answered in a few lines
    assert read_tree(tmp_path / "dev") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dev"]


def test_crash_while_writing_leaves_old_tree(tmp_path, monkeypatch):
    before = existing_tree(tmp_path)
    real_write_text = Path.write_text
    calls = {"n": 0}

    def failing_write(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return real_write_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", failing_write)
    with pytest.raises(OSError):
        write_trees({"dev": {f"ns/0{i}-x.yaml": "new\n" for i in range(5)}}, tmp_path)
    assert read_tree(tmp_path / "dev") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dev"]  # no staging folder left behind


def test_successful_write_replaces_the_tree(tmp_path):
    existing_tree(tmp_path)
    write_trees({"dev": {"ns/01-x.yaml": "new\n"}}, tmp_path)
    assert read_tree(tmp_path / "dev") == {"ns/01-x.yaml": "new\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dev"]


# --- check-dist ---------------------------------------------------------------------------


def test_committed_dist_is_current(trees):
    assert cli.stale_files(trees, ROOT / "dist") == []


def test_stale_dist_is_listed(trees, tmp_path, monkeypatch, capsys):
    write_trees(trees, tmp_path)
    path = next(iter(trees["dev"]))
    (tmp_path / "dev" / path).write_text("changed\n")
    (tmp_path / "dev" / "extra.yaml").write_text("x: 1\n")
    (tmp_path / "prod" / next(iter(trees["prod"]))).unlink()
    monkeypatch.setattr(cli, "render", trees.__getitem__)  # rendering itself is tested above
    assert cli.main(["--check", "--outdir", str(tmp_path), *environments.NAMES]) == 1
    err = capsys.readouterr().err
    assert f"dist/dev/{path} (differs)" in err
    assert "dist/dev/extra.yaml (extra)" in err
    assert "(missing)" in err and "make synth" in err


def flip(monkeypatch, env_name):
    env = environments.ENVIRONMENTS[env_name]
    monkeypatch.setitem(
        environments.ENVIRONMENTS, env_name, dataclasses.replace(env, wordpress=dataclasses.replace(env.wordpress, active="green"))
    )
    return cli.render(env_name)


CRON_FOLLOWS_ACTIVE = ["09-cronjob-wordpress-cron.yaml"]
# The colors run different tags, none in the images lock yet: the job moves between their rows.
UNPINNED_REPORT = "UNPINNED-IMAGES.md"


def test_blue_green_switch_in_an_environment_changes_selectors_and_the_cron_color(trees, monkeypatch):
    """The selectors, and the WP-Cron job, which runs the active color's image."""
    after = flip(monkeypatch, "stage")
    changed = sorted(p for p in set(after) | set(trees["stage"]) if after.get(p) != trees["stage"].get(p))
    assert changed == sorted(
        [
            UNPINNED_REPORT,
            *(f"dirtbike-stage-web/{f}" for f in CRON_FOLLOWS_ACTIVE),
            "dirtbike-stage-web/10-service-wordpress-preview.yaml",
            "dirtbike-stage-web/10-service-wordpress.yaml",
        ]
    )


def test_switch_with_autoscaling_moves_the_hpa_too(trees, monkeypatch):
    """prod autoscales the active color only, so its switch also hands the HPA over."""
    after = flip(monkeypatch, "prod")
    changed = sorted(p for p in set(after) | set(trees["prod"]) if after.get(p) != trees["prod"].get(p))
    assert changed == [
        UNPINNED_REPORT,
        *(f"dirtbike-prod-web/{f}" for f in CRON_FOLLOWS_ACTIVE),
        "dirtbike-prod-web/10-service-wordpress-preview.yaml",
        "dirtbike-prod-web/10-service-wordpress.yaml",
        "dirtbike-prod-web/11-deployment-wordpress-blue.yaml",
        "dirtbike-prod-web/11-deployment-wordpress-green.yaml",
        "dirtbike-prod-web/12-horizontalpodautoscaler-wordpress-blue.yaml",
        "dirtbike-prod-web/12-horizontalpodautoscaler-wordpress-green.yaml",
    ]
    assert "dirtbike-prod-web/12-horizontalpodautoscaler-wordpress-green.yaml" in after
    assert "dirtbike-prod-web/12-horizontalpodautoscaler-wordpress-blue.yaml" not in after


def test_sync_waves_follow_the_apply_order(trees):
    """Argo CD applies in the order scripts/apply.sh does: the wave is the rank of the file name."""
    from dirtbike_constructs.synth import APPLY_ORDER, SYNC_WAVE

    for tree in trees.values():
        for path, text in tree.items():
            if path.endswith(".yaml"):
                manifest = yaml.safe_load(text)
                rank = int(path.split("/")[-1][:2])
                assert manifest["metadata"]["annotations"][SYNC_WAVE] == str(rank), path
                assert manifest["kind"] in APPLY_ORDER[rank], path


def test_every_kind_that_holds_a_pod_template_is_applied_as_one_that_starts_pods(trees):
    """scripts/apply.sh applies a group that starts pods only once everything before it applied
    without error (kinds.STARTS_PODS): a kind with a pod template missing there would be applied
    in one call with the NetworkPolicies that guard it."""
    from dirtbike_constructs.kinds import APPLY_ORDER, STARTS_PODS

    assert STARTS_PODS <= {kind for group in APPLY_ORDER for kind in group}
    for tree in trees.values():
        for path, text in tree.items():
            if path.endswith(".yaml"):
                manifest = yaml.safe_load(text)
                spec = manifest.get("spec") or {}
                if "jobTemplate" in spec or "containers" in ((spec.get("template") or {}).get("spec") or {}):
                    assert manifest["kind"] in STARTS_PODS, path
