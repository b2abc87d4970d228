"""The flow picture: derived from the flows, and changing exactly when a flow changes."""

from __future__ import annotations

import dataclasses

import cdk8s
from conftest import rendered
from factories import container

from dirtbike_constructs import (
    DeploymentProps,
    ExternalPeer,
    HardenedDeployment,
    Port,
    ZeroTrustNamespace,
    allow,
    flows_of,
)
from dirtbike_constructs.tools.flow_report import render_flow_report, unique_flows
from dirtbike_site import cli, environments


def small_app(extra_flow: bool = False, image: str = "ghcr.io/example/app:1.2.3"):
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    ZeroTrustNamespace(chart, "web", name="web")
    ZeroTrustNamespace(chart, "data", name="data")
    api = HardenedDeployment(chart, "api", DeploymentProps(namespace="web", container=container(image=image)))
    db = HardenedDeployment(chart, "db", DeploymentProps(namespace="data", container=container(ports=(Port("http", 15432),))))
    allow(ExternalPeer.pods("traefik", namespace="ingress-system"), api, "http")
    allow(api, db, "http")
    if extra_flow:
        allow(api, ExternalPeer.network("internet", cidr="0.0.0.0/0"), 443)
    return flows_of(app)


def test_report_snapshot(snapshot_yaml):
    """The Markdown a reviewer sees beside the manifests."""
    assert render_flow_report("Flows", small_app(extra_flow=True)) == snapshot_yaml


def test_cross_namespace_flow_counted_once():
    assert len(small_app()) == 2 and len(unique_flows(small_app() * 2)) == 2


def test_report_changes_exactly_when_a_flow_changes():
    base = render_flow_report("Flows", small_app())
    assert render_flow_report("Flows", small_app(image="ghcr.io/example/app:1.2.4")) == base
    assert render_flow_report("Flows", small_app(extra_flow=True)) != base


def test_every_environment_has_its_picture(monkeypatch):
    tree = rendered("prod")
    report = tree[cli.FLOWS_FILE]
    assert "```mermaid" in report and "| ingress-system/traefik | dirtbike-prod-web/wordpress | 8080/TCP |" in report
    prod = environments.ENVIRONMENTS["prod"]
    bumped = dataclasses.replace(prod, wordpress=dataclasses.replace(prod.wordpress, green_image="wordpress:6.8.3-php8.4-apache"))
    monkeypatch.setitem(environments.ENVIRONMENTS, "prod", bumped)
    assert cli.render("prod")[cli.FLOWS_FILE] == report
