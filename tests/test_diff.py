"""The semantic diff of dist/, on crafted changes."""

from __future__ import annotations

import subprocess
import sys

import yaml

from dirtbike_constructs.tools.diff import diff_trees, read_revision, render_markdown, render_text


def deployment(name="web", image="app:1.0", env=None, mounts=None):
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": "shop"},
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "app",
                            "image": image,
                            "env": env or [{"name": "A", "value": "1"}, {"name": "B", "value": "2"}],
                            "volumeMounts": mounts
                            or [
                                {"name": "cfg", "mountPath": "/etc/a", "subPath": "a"},
                                {"name": "cfg", "mountPath": "/etc/b", "subPath": "b"},
                            ],
                        },
                        {"name": "sidecar", "image": "proxy:1.0"},
                    ]
                }
            }
        },
    }


def tree(*manifests, env="prod"):
    return {
        f"{env}/{m['metadata'].get('namespace', '_cluster')}/00-{m['kind'].lower()}-{m['metadata']['name']}.yaml": yaml.safe_dump(
            m, sort_keys=False
        )
        for m in manifests
    }


def configmap(name, text):
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "shop"}, "data": {"f.conf": text}}


def test_added_removed_and_renamed():
    old = tree(deployment(), configmap("old-name", "x=1\n"), configmap("gone", "y\n"))
    new = tree(deployment(), configmap("new-name", "x=1\n"), configmap("fresh", "z\n"))
    (d,) = diff_trees(old, new)
    assert d.renamed == [(("ConfigMap", "shop", "old-name"), ("ConfigMap", "shop", "new-name"))]
    assert d.removed == [("ConfigMap", "shop", "gone")] and d.added == [("ConfigMap", "shop", "fresh")]
    assert not d.changed


def test_containers_env_and_mounts_match_by_name_not_position():
    old = tree(deployment())
    reordered = deployment(
        image="app:1.1",
        env=[{"name": "B", "value": "2"}, {"name": "A", "value": "9"}],
        mounts=[{"name": "cfg", "mountPath": "/etc/b", "subPath": "b"}, {"name": "cfg", "mountPath": "/etc/a", "subPath": "a2"}],
    )
    reordered["spec"]["template"]["spec"]["containers"].reverse()
    (d,) = diff_trees(old, tree(reordered))
    (changes,) = d.changed.values()
    assert [(c.path, c.old, c.new) for c in changes] == [
        ("spec.template.spec.containers[name=app].image", "app:1.0", "app:1.1"),
        ("spec.template.spec.containers[name=app].env[name=A].value", "1", "9"),
        ("spec.template.spec.containers[name=app].volumeMounts[mountPath=/etc/a].subPath", "a", "a2"),
    ]


def test_text_output_and_multiline_values():
    (d,) = diff_trees(tree(configmap("cfg", "a=1\nb=2\n")), tree(configmap("cfg", "a=1\nb=3\n")))
    text = render_text([d])
    assert text.splitlines()[:2] == ["== prod ==", "~ ConfigMap shop/cfg"]
    assert "    data.f.conf: (text)" in text and "      -b=2" in text and "      +b=3" in text
    assert render_text(diff_trees(tree(configmap("c", "x")), tree(configmap("c", "x")))) == "no changes to dist/\n"


def test_markdown_output_for_a_pr_comment():
    old = tree(deployment(), configmap("gone", "y\n"))
    new = tree(deployment(image="app:2.0"))
    markdown = render_markdown(diff_trees(old, new))
    assert "### prod" in markdown and "| removed | `ConfigMap shop/gone` |" in markdown
    assert "<code>Deployment shop/web</code>: 1 field(s)" in markdown
    assert "- app:1.0\n+ app:2.0" in markdown


def test_environments_are_kept_apart():
    diffs = diff_trees(
        tree(configmap("c", "1"), env="dev") | tree(configmap("c", "1"), env="prod"),
        tree(configmap("c", "2"), env="dev") | tree(configmap("c", "1"), env="prod"),
    )
    assert [(d.name, d.empty) for d in diffs] == [("dev", False), ("prod", True)]


def test_against_a_git_revision(tmp_path):
    def git(*args):
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.org")
    git("config", "user.name", "t")
    (tmp_path / "dist" / "prod" / "shop").mkdir(parents=True)
    target = tmp_path / "dist" / "prod" / "shop" / "deployment-web.yaml"
    target.write_text(yaml.safe_dump(deployment()))
    git("add", "-A")
    git("commit", "-qm", "base")
    assert read_revision(tmp_path, "HEAD", "dist") == {"prod/shop/deployment-web.yaml": target.read_text()}
    target.write_text(yaml.safe_dump(deployment(image="app:1.1")))
    out = subprocess.run(
        [sys.executable, "-m", "dirtbike_constructs.tools.diff", "HEAD"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    assert "~ Deployment shop/web\n    spec.template.spec.containers[name=app].image: app:1.0 -> app:1.1" in out
    bad = subprocess.run(
        [sys.executable, "-m", "dirtbike_constructs.tools.diff", "no-such-rev"], cwd=tmp_path, capture_output=True, text=True
    )
    assert bad.returncode == 2 and "cannot read dist/ at 'no-such-rev'" in bad.stderr
