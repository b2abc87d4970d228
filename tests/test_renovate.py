"""renovate.json finds every pin of the repository, each with exactly one manager, and every
manager finds something. Renovate's custom regex managers are run here with Python's re (its
`(?<name>...)` groups are `(?P<name>...)`); the built-in managers renovate.json enables are
emulated for the files they read by default (or as configured)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import yaml
from conftest import ROOT, dist_files

from dirtbike_site import environments, images

CONFIG = json.loads((ROOT / "renovate.json").read_text())
BUILT_IN = {"github-actions", "npm", "pip_requirements", "gomod"}
#: Images whose version another image's pin carries: both Wanderer images run WANDERER_VERSION,
#: which the manager names by flomp/wanderer-web.
SAME_PIN_AS = {"flomp/wanderer-db": "flomp/wanderer-web"}


@dataclass(frozen=True)
class Dep:
    manager: str
    file: str
    name: str
    value: str
    registry: str | None = None
    digest: str | None = None


def files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return sorted(f for f in out.stdout.splitlines() if (ROOT / f).is_file())


def file_pattern(pattern: str) -> re.Pattern[str]:
    assert pattern.startswith("/") and pattern.endswith("/"), f"{pattern}: write file patterns as /regex/"
    return re.compile(pattern[1:-1])


def python_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern.replace("(?<", "(?P<"))


def custom_deps() -> Iterator[Dep]:
    for index, manager in enumerate(CONFIG["customManagers"]):
        assert manager["customType"] == "regex"
        name = f"custom.regex[{index}] {manager['description']}"
        patterns = [file_pattern(p) for p in manager["managerFilePatterns"]]
        for path in files():
            if not any(p.search(path) for p in patterns):
                continue
            text = (ROOT / path).read_text()
            for match_string in manager["matchStrings"]:
                for m in python_regex(match_string).finditer(text):
                    groups = m.groupdict()
                    dep = groups.get("depName") or manager.get("depNameTemplate")
                    value = groups.get("currentValue") or groups.get("currentDigest") or manager.get("currentValueTemplate")
                    assert dep and value, (name, path, m.group(0))
                    yield Dep(name, path, dep, value, groups.get("registryUrl"), groups.get("currentDigest"))


def built_in_deps() -> Iterator[Dep]:
    for path in files():
        text = (ROOT / path).read_text(errors="replace")
        if re.fullmatch(r"\.github/workflows/[^/]+\.ya?ml", path):
            for m in re.finditer(r"^\s*-?\s*uses:\s*([^@\s]+)@(\S+)", text, re.MULTILINE):
                yield Dep("github-actions", path, m.group(1), m.group(2))
        elif path == "package.json":
            manifest = json.loads(text)
            for section in ("dependencies", "devDependencies"):
                for dep, version in manifest.get(section, {}).items():
                    yield Dep("npm", path, dep, version)
        elif any(file_pattern(p).search(path) for p in CONFIG["pip_requirements"]["managerFilePatterns"]):
            for m in re.finditer(r"^([A-Za-z0-9_.-]+)==(\S+)", text, re.MULTILINE):
                yield Dep("pip_requirements", path, m.group(1), m.group(2))
        elif path.endswith("go.mod"):
            for m in re.finditer(r"^(?:require\s+|\t)([a-z0-9.-]+\.[a-z]+/\S+)\s+(v\S+)", text, re.MULTILINE):
                yield Dep("gomod", path, m.group(1), m.group(2))


DEPS = [*custom_deps(), *built_in_deps()]


def managers_finding(name: str, value: str, registry: str | None = None) -> set[str]:
    return {d.manager for d in DEPS if d.name == name and d.value == value and (registry is None or d.registry == registry)}


def own_images() -> set[str]:
    """The image the project builds itself: its pins are its Dockerfile's (base image, sources)."""
    return {images.POSTGRES_CJK_IMAGE.split("@")[0]}


#: Images named without a tag because their controller adds it: the k3s server Plan's upgrade
#: image takes the Plan's version, K3S_RELEASE, which Renovate finds as the k3s release.
TAGGED_BY_CONTROLLER = {"rancher/k3s-upgrade"}


def dist_images() -> set[str]:
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("image", "imageName") and isinstance(value, str):
                    found.add(value.split("@")[0])
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for _, obj in dist_files():
        walk(obj)
    return found - own_images() - TAGGED_BY_CONTROLLER


@pytest.mark.parametrize("image", sorted(dist_images()))
def test_every_image_dist_runs_is_found_by_one_manager(image):
    name, tag = image.rsplit(":", 1)
    assert len(managers_finding(SAME_PIN_AS.get(name, name), tag)) == 1, f"{image}: found by {managers_finding(name, tag)}"


def test_every_chart_is_found_with_its_repository():
    charts = [obj["spec"] for _, obj in dist_files("clusters") if obj["kind"] == "HelmChart"]
    assert charts
    for spec in charts:
        found = managers_finding(spec["chart"], spec["version"], spec["repo"])
        assert len(found) == 1, f"{spec['chart']} {spec['version']} ({spec['repo']}): found by {found}"


def test_the_dockerfiles_pins_are_found():
    for recipe in sorted((ROOT / "images").glob("*/Dockerfile")):
        path = str(recipe.relative_to(ROOT))
        pinned = re.findall(r"^ARG \w+=(\S*(?:@sha256:[a-f0-9]{64}|[a-f0-9]{40}))$", recipe.read_text(), re.MULTILINE)
        assert pinned
        for value in pinned:
            digest = value.rsplit("@", 1)[-1]
            found = {d.manager for d in DEPS if d.file == path and digest in (d.value, d.digest)}
            assert len(found) == 1, f"{path}: {value} found by {found}"


def test_the_k3s_release_and_the_kubernetes_version_are_found():
    assert len(managers_finding("k3s-io/k3s", environments.K3S_RELEASE)) == 1
    go_mods = sorted((ROOT / "twin").glob("*/go.mod"))
    assert go_mods
    kubernetes = [d for d in DEPS if d.name == "k8s.io/kubernetes"]
    assert kubernetes and {d.manager for d in kubernetes} == {"gomod"}


def test_every_crd_source_is_found():
    urls = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["imports"]
    assert urls
    for entry in urls:
        m = re.search(r"raw\.githubusercontent\.com/([^/]+/[^/]+)/(v[^/]+)/", entry)
        assert m, entry
        assert len(managers_finding(m.group(1), m.group(2))) == 1, entry


def test_workflow_actions_python_and_npm_pins_are_found_once():
    for dep in DEPS:
        if dep.manager in BUILT_IN:
            assert len(managers_finding(dep.name, dep.value)) == 1, dep
    constraints = [line for line in (ROOT / "constraints.txt").read_text().splitlines() if "==" in line and not line.startswith("#")]
    assert len([d for d in DEPS if d.manager == "pip_requirements"]) == len(constraints)


def test_every_manager_finds_something():
    assert set(CONFIG["enabledManagers"]) == BUILT_IN | {"custom.regex"}
    found = {d.manager for d in DEPS}
    for index, manager in enumerate(CONFIG["customManagers"]):
        assert f"custom.regex[{index}] {manager['description']}" in found, manager["description"]
    assert found >= BUILT_IN


def test_loki_is_held_below_the_enterprise_chart():
    [rule] = [r for r in CONFIG["packageRules"] if r.get("matchPackageNames") == ["loki"]]
    assert rule["allowedVersions"] == "<7.0.0" and rule["prBodyNotes"]
    [loki] = [d for d in DEPS if d.name == "loki"]
    assert loki.registry == "https://grafana.github.io/helm-charts"


def test_every_hazard_rule_explains_itself():
    for rule in CONFIG["packageRules"]:
        assert rule.get("description"), rule


def test_the_upgrade_jobs_kubectl_is_found():
    """Not an `image` field (the controller reads it from its ConfigMap), so named here."""
    from dirtbike_site.addons import system_upgrade

    name, tag = system_upgrade.KUBECTL_IMAGE.rsplit(":", 1)
    assert len(managers_finding(name, tag)) == 1
