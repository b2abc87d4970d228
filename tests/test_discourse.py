"""Discourse in its two modes (rendered here with a test image; dist/ waits for the site's
own image), and the environment rules around it."""

from __future__ import annotations

import dataclasses

import pytest

from dirtbike_constructs import ConfigError
from dirtbike_constructs.synth import chart_manifests
from dirtbike_site import cli, environments
from dirtbike_site.platform import build

TEST_IMAGE = "registry.example.org/dirtbike/discourse:3.5.0"  # test data: never rendered into dist/


def with_discourse(mode: str):
    prod = environments.get("prod")
    settings = dataclasses.replace(prod.discourse, image=TEST_IMAGE, mode=mode, smtp_host="smtp.example.org", smtp_user="forum")
    env = dataclasses.replace(prod, discourse=settings).validate()
    site = build(env)
    manifests = chart_manifests(site.charts)
    deployment = next(m for m in manifests if m["kind"] == "Deployment" and m["metadata"]["name"] == "discourse")
    service = next(m for m in manifests if m["kind"] == "Service" and m["metadata"]["name"] == "discourse")
    return site, deployment, service


@pytest.mark.parametrize("mode", ["http", "socket"])
def test_discourse_wiring(mode):
    site, deployment, service = with_discourse(mode)
    pod = deployment["spec"]["template"]
    app = pod["spec"]["containers"][0]
    values = {e["name"]: e["value"] for e in app["env"]}
    assert values["DISCOURSE_HOSTNAME"] == "forum.dirtbikechina.com"
    assert values["DISCOURSE_DB_HOST"] == "postgres-rw.dirtbike-prod-data.svc.cluster.local"
    assert values["DISCOURSE_REDIS_HOST"] == "redis.dirtbike-prod-forum.svc.cluster.local"
    assert not any("PASSWORD" in k and not k.endswith("_FILE") for k in values)
    assert 'DISCOURSE_DB_PASSWORD="$(cat /run/secrets/discourse/db-password)"' in app["command"][-1]
    assert app["workingDir"] == "/var/www/discourse"
    annotations = pod["metadata"]["annotations"]
    assert annotations["security.dirtbike.io/discourse.low-uid"].startswith("the web-template image's discourse user (1000)")
    mounts = {m["mountPath"] for m in app["volumeMounts"]}
    assert "/var/www/discourse/public/uploads" in mounts
    flows = {(f.source.peer_name, f.destination.peer_name, f.port) for f in site.flows}
    assert {("discourse", "postgres", 5432), ("discourse", "redis", 6379), ("discourse", "internet", 587)} <= flows
    if mode == "http":
        assert len(pod["spec"]["containers"]) == 1 and values["UNICORN_BIND_ALL"] == "true"
        assert service["spec"]["ports"] == [{"name": "http", "port": 3000, "targetPort": "http", "protocol": "TCP"}]
        assert ("traefik", "discourse", 3000) in flows
    else:
        nginx = pod["spec"]["containers"][1]
        assert nginx["name"] == "nginx" and values["UNICORN_LISTENER"] == "/shared/sockets/unicorn.sock"
        socket_volume = {m["name"] for m in app["volumeMounts"] if m["mountPath"] == "/shared/sockets"}
        assert socket_volume == {m["name"] for m in nginx["volumeMounts"] if m["mountPath"] == "/shared/sockets"}
        assert service["spec"]["ports"] == [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]
        assert annotations["security.dirtbike.io/nginx.low-uid"].startswith("nginx-unprivileged")
        assert ("traefik", "discourse", 8080) in flows


def test_discourse_waits_for_its_image_and_says_so():
    tree = cli.render("stage")
    assert "discourse" in tree[cli.NOT_RENDERED_FILE]
    assert not [p for p in tree if "deployment-discourse" in p]


@pytest.mark.parametrize("change, field", [
    ({"image": TEST_IMAGE}, "discourse.smtp_host"),
    ({"image": TEST_IMAGE, "smtp_host": "smtp.example.org"}, "discourse.smtp_user"),
    ({"mode": "fastcgi"}, "discourse.mode"),
])
def test_discourse_settings_rules(change, field):
    prod = environments.ENVIRONMENTS["prod"]
    with pytest.raises(ConfigError) as error:
        dataclasses.replace(prod, discourse=dataclasses.replace(prod.discourse, **change)).validate()
    assert error.value.field == field


def test_forum_gets_its_route_and_certificate_once_rendered():
    site, _, _ = with_discourse("socket")
    manifests = chart_manifests(site.charts)
    route = next(m for m in manifests if m["kind"] == "IngressRoute" and m["metadata"]["name"] == "forum")
    assert route["spec"]["routes"][0]["match"] == "Host(`forum.dirtbikechina.com`)"
    assert route["spec"]["routes"][0]["services"] == [{"name": "discourse", "kind": "Service", "port": 80}]
    cert = next(m for m in manifests if m["kind"] == "Certificate" and m["metadata"]["namespace"] == "dirtbike-prod-forum")
    assert cert["spec"]["dnsNames"] == ["forum.dirtbikechina.com"]
