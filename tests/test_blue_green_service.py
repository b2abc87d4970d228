"""BlueGreenService: colors, the stable and preview Services, the A/B split, the switch."""

from __future__ import annotations

import difflib

import cdk8s
import pytest
from conftest import as_yaml, find, synth
from factories import container

from dirtbike_constructs.synth import render_tree
from dirtbike_constructs import (
    Autoscaling,
    BlueGreenService,
    BlueGreenServiceProps,
    COLOR_LABEL,
    ColorSpec,
    ConfigError,
    Port,
)

BLUE = ColorSpec("ghcr.io/example/web:1.0.0", replicas=2)
GREEN = ColorSpec("ghcr.io/example/web:1.1.0", replicas=2)


def release(chart, **props):
    props.setdefault("namespace", "web")
    props.setdefault("container", container(ports=(Port("http", 8080, service_port=80),)))
    props.setdefault("blue", BLUE)
    props.setdefault("green", GREEN)
    props.setdefault("active", "blue")
    return BlueGreenService(chart, "web", BlueGreenServiceProps(**props))


def test_defaults_snapshot(chart, snapshot_yaml):
    """Two colors, the stable and preview Services: the shape of every blue-green app."""
    release(chart)
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_colors_and_selectors(chart):
    bg = release(chart)
    manifests = synth(chart)
    blue, green = find(manifests, "Deployment", "web-blue"), find(manifests, "Deployment", "web-green")
    assert blue["spec"]["template"]["spec"]["containers"][0]["image"] == BLUE.image
    assert green["spec"]["template"]["spec"]["containers"][0]["image"] == GREEN.image
    assert blue["spec"]["template"]["metadata"]["labels"][COLOR_LABEL] == "blue"
    assert find(manifests, "Service", "web")["spec"]["selector"] == {"app.kubernetes.io/name": "web", COLOR_LABEL: "blue"}
    assert find(manifests, "Service", "web-preview")["spec"]["selector"] == {"app.kubernetes.io/name": "web", COLOR_LABEL: "green"}
    assert bg.active == "blue" and bg.idle == "green"
    assert bg.endpoint.selector == {"app.kubernetes.io/name": "web"}  # both colors: flows survive a switch


def test_switch_changes_only_selector_lines():
    """The switch as a reviewer sees it: dist/ is one file per object, diffed file by file."""

    def render(active):
        chart = cdk8s.Chart(cdk8s.App(), "test")
        release(chart, active=active)
        return render_tree(synth(chart))

    before, after = render("blue"), render("green")
    assert before.keys() == after.keys()
    changed = {
        path: [
            line
            for line in difflib.unified_diff(before[path].splitlines(), after[path].splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]
        for path in before
        if before[path] != after[path]
    }
    assert changed == {
        "web/10-service-web.yaml": [f"-    {COLOR_LABEL}: blue", f"+    {COLOR_LABEL}: green"],
        "web/10-service-web-preview.yaml": [f"-    {COLOR_LABEL}: green", f"+    {COLOR_LABEL}: blue"],
    }


def test_weighted_split(chart, snapshot_yaml):
    """The Traefik weighted service for an A/B split."""
    bg = release(chart, split={"blue": 90, "green": 10})
    traefik = find(synth(chart), "TraefikService", "web")
    assert [(s["name"], s["port"], s["weight"]) for s in traefik["spec"]["weighted"]["services"]] == [
        ("web-blue", 80, 90),
        ("web-green", 80, 10),
    ]
    assert bg.traefik_service_name == "web"
    assert as_yaml([traefik]) == snapshot_yaml


def test_idle_color_scaled_to_zero(chart):
    release(chart, green=ColorSpec(GREEN.image, replicas=0))
    manifests = synth(chart)
    assert find(manifests, "Deployment", "web-green")["spec"]["replicas"] == 0
    assert not [m for m in manifests if m["kind"] == "PodDisruptionBudget" and m["metadata"]["name"] == "web-green"]


def test_autoscaling_on_active_color_only(chart):
    release(chart, autoscaling=Autoscaling(min_replicas=2, max_replicas=10))
    hpas = [m["metadata"]["name"] for m in synth(chart) if m["kind"] == "HorizontalPodAutoscaler"]
    assert hpas == ["web-blue"]


@pytest.mark.parametrize(
    "props, field",
    [
        ({"active": "red"}, "active"),
        ({"blue": ColorSpec("web")}, "blue.image"),
        ({"green": ColorSpec("web:latest")}, "green.image"),
        ({"green": ColorSpec(GREEN.image, replicas=-1)}, "green.replicas"),
        ({"blue": ColorSpec(BLUE.image, replicas=0)}, "blue.replicas"),
        ({"blue": "web:1.0"}, "blue"),
        ({"split": {"blue": 90, "green": 20}}, "split"),
        ({"split": {"blue": 100}}, "split"),
        ({"split": {"blue": 110, "green": -10}}, "split['blue']"),
        ({"split": {"blue": 50, "green": 50}, "green": ColorSpec(GREEN.image, replicas=0)}, "split['green']"),
        ({"container": container(ports=())}, "container.ports"),
        ({"container": "web"}, "container"),
        ({"name": "Web"}, "name"),
        ({"replicas": -1}, "replicas"),
        ({"app": "other"}, "app"),
        ({"pod_labels": {COLOR_LABEL: "red"}}, "pod_labels"),
        ({"service_type": "LoadBalancer"}, "external_service_reason"),
        ({"namespace": "Web"}, "namespace"),
        ({"component": "web tier"}, "component"),
    ],
)
def test_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        release(chart, **props)
    assert error.value.field == field


def test_split_sum_message(chart):
    with pytest.raises(ConfigError, match="summing to exactly 100. Fix: they sum to 110"):
        release(chart, split={"blue": 90, "green": 20})
