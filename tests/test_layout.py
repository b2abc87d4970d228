"""The layout a consumer writes its own App with: apply order (its own kinds included), one
file per object, sync waves, owner labels, refusal of two objects on one path, and the
dirtbike-synth command."""

from __future__ import annotations

import cdk8s
import pytest
import yaml
from catalog import BUILDERS, NS
from factories import container

from dirtbike_constructs import (
    ConfigError,
    DeploymentProps,
    HardenedDeployment,
)
from dirtbike_constructs.layout import ApplyOrder, main, render_layout, write_layout
from dirtbike_constructs.synth import APPLY_ORDER


def rollout(chart: cdk8s.Chart, name: str = "web") -> cdk8s.ApiObject:
    """A kind the library does not know, rendered by plain cdk8s."""
    return cdk8s.ApiObject(
        chart,
        f"rollout-{name}",
        api_version="argoproj.io/v1alpha1",
        kind="Rollout",
        metadata=cdk8s.ApiObjectMetadata(name=name, namespace=NS),
    )


def test_one_file_per_object_in_apply_order_with_waves_and_owner_labels():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    BUILDERS["web"](chart)
    BUILDERS["namespace"](chart)
    tree = render_layout(app, owner_labels={"example.org/owner": "shop"})
    assert list(tree) == sorted(tree)
    assert "_cluster/00-namespace-shop.yaml" in tree
    assert f"{NS}/11-deployment-web.yaml" in tree and f"{NS}/03-serviceaccount-web.yaml" in tree
    deployment = yaml.safe_load(tree[f"{NS}/11-deployment-web.yaml"])
    assert deployment["metadata"]["labels"]["example.org/owner"] == "shop"
    assert deployment["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "11"
    assert "example.org/owner" not in deployment["spec"]["template"]["metadata"]["labels"]


def test_a_kind_outside_the_order_is_refused_with_the_way_to_place_it():
    chart = cdk8s.Chart(cdk8s.App(), "c")
    rollout(chart)
    with pytest.raises(ConfigError) as error:
        render_layout(chart)
    assert error.value.value == "Rollout" and "with_kinds('Rollout', like='Deployment')" in str(error.value)


def test_the_consumers_kinds_take_the_place_it_gives_them():
    chart = cdk8s.Chart(cdk8s.App(), "c")
    rollout(chart)
    BUILDERS["web"](chart)
    together = render_layout(chart, order=ApplyOrder().with_kinds("Rollout", like="Deployment"))
    assert f"{NS}/11-rollout-web.yaml" in together
    own_group = render_layout(chart, order=ApplyOrder().with_group("Rollout", after="Deployment"))
    assert f"{NS}/12-rollout-web.yaml" in own_group
    assert yaml.safe_load(own_group[f"{NS}/12-rollout-web.yaml"])["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "12"
    assert len(ApplyOrder().with_group("Rollout", after="Deployment").groups) == len(APPLY_ORDER) + 1
    with pytest.raises(ConfigError):
        ApplyOrder().with_kinds("Deployment", like="Service")  # a kind in two groups


def test_waves_and_owner_labels_can_be_left_out():
    chart = cdk8s.Chart(cdk8s.App(), "c")
    BUILDERS["claim"](chart)
    (text,) = render_layout(chart, sync_waves=False).values()
    assert "annotations" not in yaml.safe_load(text)["metadata"]


def test_two_objects_on_one_path_name_both_constructs():
    chart = cdk8s.Chart(cdk8s.App(), "c")
    HardenedDeployment(chart, "web", DeploymentProps(namespace=NS, container=container()))
    cdk8s.ApiObject(chart, "raw", api_version="apps/v1", kind="Deployment", metadata=cdk8s.ApiObjectMetadata(name="web", namespace=NS))
    with pytest.raises(ConfigError) as error:
        render_layout(chart)
    assert error.value.where == "c/raw" and "c/web/Resource" in str(error.value)


def test_write_replaces_the_folder_and_a_failure_leaves_it(tmp_path):
    out = tmp_path / "dist"
    out.mkdir()
    (out / "stale.yaml").write_text("old")
    chart = cdk8s.Chart(cdk8s.App(), "c")
    BUILDERS["claim"](chart)
    tree = write_layout(chart, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == sorted(tree)
    rollout(chart)
    with pytest.raises(ConfigError):
        write_layout(chart, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.yaml")) == sorted(tree)
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]  # nothing left beside it


CONSUMER_MODULE = """
import cdk8s
from dirtbike_constructs import PersistentClaim

def build():
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "shop")
    PersistentClaim(chart, "data", namespace="shop", size="1Gi")
    cdk8s.ApiObject(chart, "rollout", api_version="argoproj.io/v1alpha1", kind="Rollout",
                    metadata=cdk8s.ApiObjectMetadata(name="web", namespace="shop"))
    return app
"""


def test_console_command_writes_a_modules_app(tmp_path, monkeypatch, capsys):
    (tmp_path / "shop_app.py").write_text(CONSUMER_MODULE)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert main(["shop_app:build", "--outdir", "out", "--kind", "Rollout=Deployment", "--owner-label", "team=shop"]) == 0
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.yaml")) == [
        "shop/06-persistentvolumeclaim-data.yaml",
        "shop/11-rollout-web.yaml",
    ]
    assert "team: shop" in (tmp_path / "out" / "shop" / "11-rollout-web.yaml").read_text()
    assert main(["shop_app:build", "--outdir", "again"]) == 2
    assert "Rollout" in capsys.readouterr().err and not (tmp_path / "again").exists()


@pytest.mark.parametrize(
    "source, spec, message",
    [
        (
            "def build(env):\n    raise AssertionError('never called')\n",
            "factory_a:build",
            "factory_a:build must take no arguments; build needs env",
        ),
        ("app = 42\n", "factory_b:app", "factory_b:app is 42, not a cdk8s App"),
        ("", "factory_c:missing", "factory_c has no attribute 'missing'"),
        (None, "no_such_module:app", "cannot import no_such_module"),
    ],
)
def test_console_command_answers_a_wrong_app_spec_with_usage(tmp_path, monkeypatch, capsys, source, spec, message):
    """A factory that takes an argument, a value that is no App, a missing attribute or module:
    a usage message and exit 2, never a traceback."""
    if source is not None:
        (tmp_path / f"{spec.split(':')[0]}.py").write_text(source)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert main([spec, "--outdir", "out"]) == 2
    err = capsys.readouterr().err
    assert message in err and "usage: dirtbike-synth MODULE[:ATTR]" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
