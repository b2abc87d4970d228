"""PodProps: the pod props every workload kind shares, declared once. Every kind accepts and
renders every one of them, each new rule fires, and a failed construction of any workload kind
leaves the tree (children, object names, flows) as it was."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import cdk8s
import pytest
from conftest import find, synth
from factories import container

from dirtbike_constructs import (
    Affinity,
    ApiAccess,
    BlueGreenService,
    BlueGreenServiceProps,
    ColorSpec,
    ConfigError,
    DeploymentProps,
    ExternalPeer,
    HardenedDeployment,
    HardenedJob,
    HardenedStatefulSet,
    JobProps,
    NodeRequirement,
    NodeTerm,
    PodProps,
    PodTerm,
    Port,
    Probe,
    Reads,
    StatefulSetProps,
    Toleration,
    ZeroTrustNamespace,
    allow,
    flows_of,
)

NS = "apps"
REASON = "the game clients speak raw UDP to this port"

#: Per kind: its construct, its props class and the props it needs besides the pod's.
KINDS: dict[str, tuple[Callable[..., Any], type[PodProps], dict[str, Any]]] = {
    "deployment": (HardenedDeployment, DeploymentProps, {}),
    "statefulset": (HardenedStatefulSet, StatefulSetProps, {}),
    "job": (HardenedJob, JobProps, {}),
    "bluegreen": (
        BlueGreenService,
        BlueGreenServiceProps,
        {"blue": ColorSpec("ghcr.io/example/app:1.2.3"), "green": ColorSpec("ghcr.io/example/app:1.2.4"), "active": "blue"},
    ),
}
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "Job", "CronJob")


def build(kind: str, scope: Any, id: str = "app", **changes: Any) -> Any:
    construct, props_class, needed = KINDS[kind]
    return construct(scope, id, props_class(**{"namespace": NS, "container": container(), **needed, **changes}))


def workloads(manifests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in manifests if m["kind"] in WORKLOAD_KINDS]


def pod(workload: dict[str, Any]) -> dict[str, Any]:
    return workload["spec"]["template"]


SIDECAR = container(name="proxy", ports=(Port("proxy", 8081),), readiness=Probe.tcp("proxy"), liveness=Probe.tcp("proxy"))
TOLERATION = Toleration(key="dedicated", value="apps", effect="NoSchedule")
AFFINITY = Affinity(
    nodes=(NodeTerm(match=(NodeRequirement("kubernetes.io/arch", "In", ("amd64",)),)),),
    apart=(PodTerm(match_labels={"app.kubernetes.io/name": "noisy"}, weight=10),),
)


def _containers(m: dict[str, Any]) -> list[dict[str, Any]]:
    spec = pod(m)["spec"]
    return [*spec.get("initContainers", []), *spec["containers"]]


def _roles(manifests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    roles = [m for m in manifests if m["kind"] == "Role"]
    assert roles
    return roles


def _service(manifests: list[dict[str, Any]]) -> dict[str, Any]:
    services = [m for m in manifests if m["kind"] == "Service" and m["spec"].get("clusterIP") != "None"]
    external = [s for s in services if s["spec"]["type"] != "ClusterIP"]
    return external[0] if external else services[0]


#: Every PodProps field: a value other than its default, and what it renders.
SAMPLES: dict[str, tuple[dict[str, Any], Callable[[list[dict[str, Any]]], bool]]] = {
    "namespace": ({"namespace": "elsewhere"}, lambda ms: {m["metadata"]["namespace"] for m in ms} == {"elsewhere"}),
    "container": (
        {"container": container(name="main")},
        lambda ms: all("main" in [c["name"] for c in _containers(w)] for w in workloads(ms)),
    ),
    "name": ({"name": "renamed"}, lambda ms: all(w["metadata"]["name"].startswith("renamed") for w in workloads(ms))),
    "app": ({"app": "shop-app"}, lambda ms: all(w["metadata"]["labels"]["app.kubernetes.io/name"] == "shop-app" for w in workloads(ms))),
    "component": ({"component": "api"}, lambda ms: all(m["metadata"]["labels"]["app.kubernetes.io/component"] == "api" for m in ms)),
    "part_of": ({"part_of": "shop"}, lambda ms: all(m["metadata"]["labels"]["app.kubernetes.io/part-of"] == "shop" for m in ms)),
    "init_containers": (
        {"init_containers": (container(name="init", ports=(), readiness=None, liveness=None),)},
        lambda ms: all(pod(w)["spec"]["initContainers"][0]["name"] == "init" for w in workloads(ms)),
    ),
    "sidecars": ({"sidecars": (SIDECAR,)}, lambda ms: all("proxy" in [c["name"] for c in _containers(w)] for w in workloads(ms))),
    "reads": ({"reads": (Reads("Secret", ("token",)),)}, lambda ms: all(r["rules"][0]["resourceNames"] == ["token"] for r in _roles(ms))),
    "api_access": (
        {"api_access": (ApiAccess("", "configmaps", ("update",), ("state",)),)},
        lambda ms: all(r["rules"][0]["verbs"] == ["update"] for r in _roles(ms)),
    ),
    "pod_labels": (
        {"pod_labels": {"tier": "front"}},
        lambda ms: all(pod(w)["metadata"]["labels"]["tier"] == "front" for w in workloads(ms)),
    ),
    "pod_annotations": (
        {"pod_annotations": {"example.org/profile": "fast"}},
        lambda ms: all(pod(w)["metadata"]["annotations"]["example.org/profile"] == "fast" for w in workloads(ms)),
    ),
    "annotations": (
        {"annotations": {"example.org/owner": "team"}},
        lambda ms: all(w["metadata"]["annotations"] == {"example.org/owner": "team"} for w in workloads(ms)),
    ),
    "node_selector": (
        {"node_selector": {"kubernetes.io/arch": "arm64"}},
        lambda ms: all(pod(w)["spec"]["nodeSelector"] == {"kubernetes.io/arch": "arm64"} for w in workloads(ms)),
    ),
    "tolerations": (
        {"tolerations": (TOLERATION,)},
        lambda ms: all(
            pod(w)["spec"]["tolerations"] == [{"key": "dedicated", "operator": "Equal", "value": "apps", "effect": "NoSchedule"}]
            for w in workloads(ms)
        ),
    ),
    "affinity": (
        {"affinity": AFFINITY},
        lambda ms: all(set(pod(w)["spec"]["affinity"]) == {"nodeAffinity", "podAntiAffinity"} for w in workloads(ms)),
    ),
    "image_pull_secrets": (
        {"image_pull_secrets": ("ghcr-pull",)},
        lambda ms: all(pod(w)["spec"]["imagePullSecrets"] == [{"name": "ghcr-pull"}] for w in workloads(ms)),
    ),
    "priority_class_name": (
        {"priority_class_name": "high"},
        lambda ms: all(pod(w)["spec"]["priorityClassName"] == "high" for w in workloads(ms)),
    ),
    "service_type": (
        {"service_type": "LoadBalancer", "external_service_reason": REASON},
        lambda ms: _service(ms)["spec"]["type"] == "LoadBalancer",
    ),
    "external_service_reason": (
        {"service_type": "NodePort", "external_service_reason": REASON},
        lambda ms: _service(ms)["metadata"]["annotations"] == {"security.dirtbike.io/external-service-reason": REASON},
    ),
    "spread": (
        {"spread": "required"},
        lambda ms: all(pod(w)["spec"]["topologySpreadConstraints"][0]["whenUnsatisfiable"] == "DoNotSchedule" for w in workloads(ms)),
    ),
    "termination_grace_period_seconds": (
        {"termination_grace_period_seconds": 45},
        lambda ms: all(pod(w)["spec"]["terminationGracePeriodSeconds"] == 45 for w in workloads(ms)),
    ),
}
#: What a kind refuses, and why (each refusal is asserted below).
REFUSED = {
    ("job", "service_type"): "a Job renders no Service",
    ("job", "external_service_reason"): "a Job renders no Service",
    ("bluegreen", "app"): "select pods by app.kubernetes.io/name and color",
}


def test_every_pod_prop_has_a_sample():
    assert sorted(SAMPLES) == sorted(f.name for f in dataclasses.fields(PodProps))


@pytest.mark.parametrize("field", sorted(SAMPLES))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_accepts_and_renders_every_pod_prop(kind, field):
    chart = cdk8s.Chart(cdk8s.App(), "test")
    changes, renders = SAMPLES[field]
    if (kind, field) in REFUSED:
        with pytest.raises(ConfigError, match=REFUSED[(kind, field)]):
            build(kind, chart, **changes)
        return
    build(kind, chart, **changes)
    assert renders(synth(chart))


def test_every_props_class_extends_pod_props_with_the_same_defaults():
    pod_defaults = {f.name: f for f in dataclasses.fields(PodProps)}
    for _, props_class, _ in KINDS.values():
        own = {f.name: f for f in dataclasses.fields(props_class)}
        assert set(pod_defaults) <= set(own)
    # the kinds' own defaults, stated where they are declared
    assert StatefulSetProps(namespace=NS, container=container()).termination_grace_period_seconds == 60
    assert DeploymentProps(namespace=NS, container=container()).termination_grace_period_seconds == 30
    assert JobProps(namespace=NS, container=container()).spread is None


def test_job_sidecars_are_native_sidecars(chart):
    build("job", chart, sidecars=(SIDECAR,))
    spec = pod(find(synth(chart), "Job"))["spec"]
    assert [c["name"] for c in spec["containers"]] == ["app"]
    assert spec["initContainers"][-1]["name"] == "proxy" and spec["initContainers"][-1]["restartPolicy"] == "Always"


def test_affinity_is_added_next_to_the_topology_spread(chart):
    build(
        "deployment",
        chart,
        affinity=Affinity(
            nodes=(
                NodeTerm(match=(NodeRequirement("disk", "In", ("ssd",)),)),
                NodeTerm(match=(NodeRequirement("zone", "Exists"),), weight=20),
            ),
            near=(PodTerm(match_labels={"app.kubernetes.io/name": "cache"}, namespaces=("data",)),),
        ),
    )
    spec = pod(find(synth(chart), "Deployment"))["spec"]
    assert spec["topologySpreadConstraints"][0]["whenUnsatisfiable"] == "ScheduleAnyway"
    assert spec["affinity"] == {
        "nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": {
                "nodeSelectorTerms": [{"matchExpressions": [{"key": "disk", "operator": "In", "values": ["ssd"]}]}]
            },
            "preferredDuringSchedulingIgnoredDuringExecution": [
                {"weight": 20, "preference": {"matchExpressions": [{"key": "zone", "operator": "Exists"}]}}
            ],
        },
        "podAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": [
                {
                    "labelSelector": {"matchLabels": {"app.kubernetes.io/name": "cache"}},
                    "topologyKey": "kubernetes.io/hostname",
                    "namespaces": ["data"],
                }
            ]
        },
    }


def test_blue_green_exposes_only_the_stable_service(chart):
    bg = build("bluegreen", chart, service_type="LoadBalancer", external_service_reason=REASON)
    services = {m["metadata"]["name"]: m["spec"]["type"] for m in synth(chart) if m["kind"] == "Service"}
    assert services == {"app": "LoadBalancer", "app-preview": "ClusterIP", "app-blue": "ClusterIP", "app-green": "ClusterIP"}
    assert bg.service_name == "app"


def test_blue_green_replicas_is_each_colors_default(chart):
    build("bluegreen", chart, replicas=3, green=ColorSpec("ghcr.io/example/app:1.2.4", replicas=0))
    manifests = synth(chart)
    assert find(manifests, "Deployment", "app-blue")["spec"]["replicas"] == 3
    assert find(manifests, "Deployment", "app-green")["spec"]["replicas"] == 0


def test_statefulset_update_strategy(chart):
    build("statefulset", chart, update_strategy="OnDelete")
    assert find(synth(chart), "StatefulSet")["spec"]["updateStrategy"] == {"type": "OnDelete"}


RULES = [
    # props objects only: no dict, no other kind's props
    ("deployment", None, "props"),
    ("statefulset", "dict", "props"),
    ("job", DeploymentProps(namespace=NS, container=container()), "props"),
    ("bluegreen", DeploymentProps(namespace=NS, container=container()), "props"),
    # values of the wrong shape are ConfigErrors, never TypeErrors
    ("deployment", {"sidecars": "proxy"}, "sidecars"),
    ("deployment", {"tolerations": TOLERATION}, "tolerations"),
    ("deployment", {"tolerations": ({"key": "dedicated"},)}, "tolerations"),
    ("deployment", {"image_pull_secrets": "ghcr-pull"}, "image_pull_secrets"),
    ("deployment", {"affinity": {"nodes": ()}}, "affinity"),
    ("deployment", {"node_selector": ("kubernetes.io/arch", "amd64")}, "node_selector"),
    ("deployment", {"container": "app"}, "container"),
    # labels, annotations, node selector
    ("deployment", {"pod_labels": {"bad key!": "x"}}, "pod_labels key"),
    ("deployment", {"pod_labels": {"tier": "not a label value"}}, "pod_labels['tier']"),
    ("deployment", {"pod_annotations": {"checksum.dirtbike.io/config": "x"}}, "pod_annotations key"),
    ("deployment", {"pod_annotations": {"example.org/": "x"}}, "pod_annotations key"),
    ("deployment", {"pod_annotations": {"example.org/replicas": 2}}, "pod_annotations['example.org/replicas']"),
    ("deployment", {"annotations": {"security.dirtbike.io/x": "y"}}, "annotations key"),
    ("deployment", {"node_selector": {"Bad_Prefix/arch": "amd64"}}, "node_selector key"),
    ("deployment", {"node_selector": {"kubernetes.io/arch": "amd64 "}}, "node_selector['kubernetes.io/arch']"),
    # tolerations
    ("deployment", {"tolerations": (Toleration(key="a b"),)}, "tolerations[0].key"),
    ("deployment", {"tolerations": (Toleration(key="x", operator="In"),)}, "tolerations[0].operator"),
    ("deployment", {"tolerations": (Toleration(key="x", operator="Exists", value="y"),)}, "tolerations[0].value"),
    ("deployment", {"tolerations": (Toleration(key="x", effect="Evict"),)}, "tolerations[0].effect"),
    ("deployment", {"tolerations": (Toleration(key="x", toleration_seconds=60),)}, "tolerations[0].toleration_seconds"),
    ("deployment", {"tolerations": (Toleration(key="x", effect="NoExecute", toleration_seconds=-1),)}, "tolerations[0].toleration_seconds"),
    # affinity
    ("deployment", {"affinity": Affinity(nodes=(NodeTerm(match=()),))}, "affinity.nodes[0].match"),
    ("deployment", {"affinity": Affinity(nodes=(NodeTerm(match=(NodeRequirement("disk", "In"),)),))}, "affinity.nodes[0].match[0].values"),
    (
        "deployment",
        {"affinity": Affinity(nodes=(NodeTerm(match=(NodeRequirement("disk", "Exists", ("ssd",)),)),))},
        "affinity.nodes[0].match[0].values",
    ),
    (
        "deployment",
        {"affinity": Affinity(nodes=(NodeTerm(match=(NodeRequirement("cpus", "Gt", ("many",)),)),))},
        "affinity.nodes[0].match[0].values",
    ),
    (
        "deployment",
        {"affinity": Affinity(nodes=(NodeTerm(match=(NodeRequirement("disk", "Near", ("a",)),)),))},
        "affinity.nodes[0].match[0].operator",
    ),
    (
        "deployment",
        {"affinity": Affinity(nodes=(NodeTerm(match=(NodeRequirement("disk", "In", ("a",)),), weight=0),))},
        "affinity.nodes[0].weight",
    ),
    ("deployment", {"affinity": Affinity(near=(PodTerm(match_labels={}),))}, "affinity.near[0].match_labels"),
    ("deployment", {"affinity": Affinity(apart=(PodTerm(match_labels={"a": "b"}, weight=101),))}, "affinity.apart[0].weight"),
    ("deployment", {"affinity": Affinity(apart=(PodTerm(match_labels={"a": "b"}, topology_key=""),))}, "affinity.apart[0].topology_key"),
    ("deployment", {"affinity": Affinity(near=(PodTerm(match_labels={"a": "b"}, namespaces="data"),))}, "affinity.near[0].namespaces"),
    ("deployment", {"affinity": Affinity(near=(PodTerm(match_labels={"a": "b"}, namespaces=("Data",)),))}, "affinity.near[0].namespaces"),
    # image pull secrets, priority class
    ("deployment", {"image_pull_secrets": ("Ghcr",)}, "image_pull_secrets"),
    ("deployment", {"image_pull_secrets": ("ghcr", "ghcr")}, "image_pull_secrets"),
    ("deployment", {"priority_class_name": "system-node-critical"}, "priority_class_name"),
    ("deployment", {"priority_class_name": "High"}, "priority_class_name"),
    # the Service
    ("deployment", {"service_type": "ExternalName"}, "service_type"),
    ("deployment", {"service_type": "NodePort"}, "external_service_reason"),
    ("deployment", {"service_type": "LoadBalancer", "external_service_reason": " "}, "external_service_reason"),
    ("deployment", {"external_service_reason": REASON}, "external_service_reason"),
    (
        "deployment",
        {"service_type": "NodePort", "external_service_reason": REASON, "container": container(ports=(Port("http", 8080, expose=False),))},
        "service_type",
    ),
    ("deployment", {"spread": "sideways"}, "spread"),
    # the kinds' own
    ("statefulset", {"update_strategy": "Recreate"}, "update_strategy"),
    ("job", {"service_type": "NodePort", "external_service_reason": REASON}, "service_type"),
    ("bluegreen", {"app": "other"}, "app"),
    ("bluegreen", {"spread": "sideways"}, "spread"),
]


@pytest.mark.parametrize("kind, changes, field", RULES, ids=[f"{k}-{f}-{i}" for i, (k, _, f) in enumerate(RULES)])
def test_rules(chart, kind, changes, field):
    with pytest.raises(ConfigError) as error:
        if isinstance(changes, dict):
            build(kind, chart, **changes)
        else:
            construct = KINDS[kind][0]
            construct(chart, "app", {"namespace": NS} if changes == "dict" else changes)
    assert error.value.field == field
    assert error.value.where == "test/app" or error.value.where.startswith("test/app/")
    assert chart.node.children == []


def state(app: cdk8s.App) -> tuple[Any, ...]:
    """What a failed construction must leave as it was: the tree, the output, the flows."""
    charts = [c for c in app.node.children if isinstance(c, cdk8s.Chart)]
    return (
        [c.node.path for chart in charts for c in chart.node.find_all()],
        [synth(chart) for chart in charts],
        [str(f) for f in flows_of(app)],
    )


def existing(app: cdk8s.App) -> cdk8s.Chart:
    chart = cdk8s.Chart(app, "test")
    ZeroTrustNamespace(chart, "ns", name=NS)
    web = HardenedDeployment(chart, "web", DeploymentProps(namespace=NS, container=container()))
    allow(ExternalPeer.pods("traefik", namespace="ingress", selector={"app": "traefik"}), web, "http")
    return chart


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize(
    "failure",
    [
        "invalid",  # refused while validating: nothing was attached
        "clash",  # refused while rendering (its Service or Deployment name is taken): detached again
    ],
)
def test_a_failed_construction_leaves_the_tree_as_it_was(kind, failure):
    app = cdk8s.App()
    chart = existing(app)
    before = state(app)
    with pytest.raises(ConfigError):
        if failure == "invalid":
            build(kind, chart, "new", termination_grace_period_seconds=-1)
        else:  # the existing "web" renders a ServiceAccount and a Service named so
            build(kind, chart, "new", name="web")
    assert state(app) == before
    build(kind, chart, "new", name="fresh")  # the id and every name are free again
    assert state(app) != before


def test_a_blue_green_service_whose_second_color_clashes_leaves_nothing(chart):
    HardenedDeployment(chart, "taken", DeploymentProps(name="front-green", namespace=NS, container=container()))
    before = state(chart.node.root)
    with pytest.raises(ConfigError, match="test/taken/"):
        build("bluegreen", chart, "front")
    assert state(chart.node.root) == before
    HardenedDeployment(chart, "blue", DeploymentProps(name="front-blue", namespace=NS, container=container()))  # released


def test_a_bad_spread_on_a_blue_green_service_leaves_no_child(chart):
    with pytest.raises(ConfigError) as error:
        build("bluegreen", chart, "front", spread="sideways")
    assert error.value.where == "test/front/blue"
    assert chart.node.children == []
    build("bluegreen", chart, "front")
