"""Discourse in its two modes, its start-up wrapper run by a real shell, and the environment
rules around it."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess

import pytest
import yaml

from conftest import ROOT
from dirtbike_constructs import ConfigError
from dirtbike_constructs.synth import chart_manifests
from dirtbike_site import environments
from dirtbike_site.images import load_lock
from dirtbike_site.apps import discourse
from dirtbike_site.platform import build


def with_discourse(mode: str):
    prod = environments.get("prod")
    env = dataclasses.replace(prod, discourse=dataclasses.replace(prod.discourse, mode=mode)).validate()
    site = build(env)
    manifests = chart_manifests(site.charts)
    deployment = next(m for m in manifests if m["kind"] == "Deployment" and m["metadata"]["name"] == "discourse")
    service = next(m for m in manifests if m["kind"] == "Service" and m["metadata"]["name"] == "discourse")
    return site, manifests, deployment, service


def mounts_of(container: dict) -> dict[str, dict]:
    return {m["mountPath"]: m for m in container["volumeMounts"]}


@pytest.mark.parametrize("mode", ["http", "socket"])
def test_discourse_wiring(mode):
    site, manifests, deployment, service = with_discourse(mode)
    pod = deployment["spec"]["template"]
    app = pod["spec"]["containers"][0]
    values = {e["name"]: e["value"] for e in app["env"]}
    assert app["image"] == environments.DISCOURSE_IMAGE
    assert values["DISCOURSE_HOSTNAME"] == "forum.dirtbikechina.com"
    assert values["DISCOURSE_DB_HOST"] == "postgres-rw.dirtbike-prod-data.svc.cluster.local"
    assert values["DISCOURSE_DB_SOCKET"] == ""  # TCP, not the image's default local socket
    assert values["DISCOURSE_SERVE_STATIC_ASSETS"] == "true"  # no nginx of the image's serves /assets
    assert values["DISCOURSE_REDIS_HOST"] == "redis.dirtbike-prod-forum.svc.cluster.local"
    assert not any("PASSWORD" in k or "SMTP_ADDRESS" in k for k in values)
    assert 'DISCOURSE_SMTP_ADDRESS="$(cat /run/secrets/discourse-smtp/address)"' in app["command"][-1]
    assert app["command"][-1].endswith("exec bundle exec config/unicorn_launcher -E production -c config/unicorn.conf.rb")
    assert app["workingDir"] == "/var/www/discourse"
    annotations = pod["metadata"]["annotations"]
    assert annotations["security.dirtbike.io/discourse.low-uid"].startswith("the image's discourse user (1000)")

    app_mounts = mounts_of(app)
    assert (app_mounts["/shared/uploads"]["subPath"], app_mounts["/shared/backups"]["subPath"]) == ("uploads", "backups")
    claim = next(m for m in manifests if m["kind"] == "PersistentVolumeClaim" and m["metadata"]["name"] == "discourse-shared")
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]  # every replica serves the same uploads
    for path in discourse.BOOT_WRITES:
        assert path in app_mounts, path

    flows = {(f.source.name, f.destination.name, f.port) for f in site.flows}
    assert {("discourse", "postgres", 5432), ("discourse", "redis", 6379), ("discourse", "internet", 587)} <= flows
    if mode == "http":
        assert len(pod["spec"]["containers"]) == 1 and values["UNICORN_BIND_ALL"] == "true"
        assert service["spec"]["ports"] == [{"name": "http", "port": 3000, "targetPort": "http", "protocol": "TCP"}]
        assert ("traefik", "discourse", 3000) in flows
    else:
        nginx = pod["spec"]["containers"][1]
        assert nginx["name"] == "nginx" and values["UNICORN_LISTENER"] == "/shared/sockets/unicorn.sock"
        assert app_mounts["/shared/sockets"]["name"] == mounts_of(nginx)["/shared/sockets"]["name"]
        assert service["spec"]["ports"] == [{"name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"}]
        assert annotations["security.dirtbike.io/nginx.low-uid"].startswith("nginx-unprivileged")
        assert ("traefik", "discourse", 8080) in flows


def test_prepare_migrates_and_hands_compiled_assets_to_unicorn():
    _, _, deployment, _ = with_discourse("http")
    spec = deployment["spec"]["template"]["spec"]
    (prepare,) = spec["initContainers"]
    app = spec["containers"][0]
    assert prepare["image"] == app["image"]
    script = prepare["command"][-1]
    assert script.index("rake db:migrate") < script.index("rake assets:precompile")
    assert "mkdir -p tmp/pids tmp/sockets" in script
    assert "smtp" not in script  # the mail relay is unicorn's business only
    shared = {"/var/www/discourse/public/assets", "/var/www/discourse/tmp"}
    for path in shared:  # the same emptyDir in both, so the compiled output reaches unicorn
        assert mounts_of(prepare)[path]["name"] == mounts_of(app)[path]["name"], path
    assert {v["name"] for v in spec["volumes"] if "emptyDir" in v} >= {"shared-assets", "shared-app-tmp"}


@pytest.mark.skipif(shutil.which("dash") is None and shutil.which("sh") is None, reason="needs a POSIX shell")
def test_start_wrapper_exports_sealed_values_and_refuses_a_missing_file(tmp_path):
    folder = tmp_path / "sealed"
    folder.mkdir()
    (folder / "db-password").write_text("from-the-file")
    secrets = (("DISCOURSE_DB_PASSWORD", str(folder), "db-password"),)
    shell = shutil.which("dash") or shutil.which("sh")
    env = {"PATH": os.environ["PATH"], "RUBY_ALLOCATOR": "/usr/lib/libjemalloc.so"}

    command = discourse.start_command(secrets, "exec env")
    ran = subprocess.run([shell, *command[1:]], capture_output=True, text=True, env=env, check=True)
    exported = dict(line.split("=", 1) for line in ran.stdout.splitlines() if "=" in line)
    assert exported["DISCOURSE_DB_PASSWORD"] == "from-the-file"
    assert exported["LD_PRELOAD"] == "/usr/lib/libjemalloc.so"

    missing = discourse.start_command(secrets + (("DISCOURSE_SMTP_PASSWORD", str(folder), "password"),), "echo started")
    ran = subprocess.run([shell, *missing[1:]], capture_output=True, text=True, env=env)
    assert ran.returncode != 0 and "started" not in ran.stdout


@pytest.mark.parametrize("env_name", ["dev", "stage", "prod"])
def test_every_environment_renders_the_forum(env_name):
    folder = ROOT / "dist" / env_name / f"dirtbike-{env_name}-forum"
    names = {p.name for p in folder.iterdir()}
    assert {"11-deployment-discourse.yaml", "13-ingressroute-forum.yaml", "13-certificate-forum-certificate.yaml"} <= names
    deployment = yaml.safe_load((folder / "11-deployment-discourse.yaml").read_text())
    pinned = load_lock().pin(environments.DISCOURSE_IMAGE)
    assert "@sha256:" in pinned
    assert deployment["spec"]["template"]["spec"]["containers"][0]["image"] == pinned
    assert not (ROOT / "dist" / env_name / "NOT-RENDERED.md").exists()


@pytest.mark.parametrize(
    "change, field",
    [
        ({"mode": "fastcgi"}, "discourse.mode"),
        ({"workers": 0}, "discourse.workers"),
        ({"workers": 9}, "discourse.workers"),
        ({"workers": "2"}, "discourse.workers"),
        ({"workers": True}, "discourse.workers"),  # a bool is an int to Python, not a worker count
    ],
)
def test_discourse_settings_rules(change, field):
    prod = environments.ENVIRONMENTS["prod"]
    with pytest.raises(ConfigError) as error:
        dataclasses.replace(prod, discourse=dataclasses.replace(prod.discourse, **change)).validate()
    assert error.value.field == field


def test_an_unpinned_discourse_image_is_refused_at_construction():
    prod = environments.get("prod")
    env = dataclasses.replace(prod, discourse=dataclasses.replace(prod.discourse, image="discourse/discourse:latest"))
    with pytest.raises(ConfigError) as error:
        build(env)
    assert error.value.field.endswith(".image") and error.value.value == "discourse/discourse:latest"


def test_forum_gets_its_route_and_certificate():
    _, manifests, _, _ = with_discourse("socket")
    route = next(m for m in manifests if m["kind"] == "IngressRoute" and m["metadata"]["name"] == "forum")
    assert route["spec"]["routes"][0]["match"] == "Host(`forum.dirtbikechina.com`)"
    assert route["spec"]["routes"][0]["services"] == [{"name": "discourse", "kind": "Service", "port": 80}]
    cert = next(m for m in manifests if m["kind"] == "Certificate" and m["metadata"]["namespace"] == "dirtbike-prod-forum")
    assert cert["spec"]["dnsNames"] == ["forum.dirtbikechina.com"]


def test_the_operations_procedure_names_what_exists():
    text = (ROOT / "docs" / "runbooks" / "procedures" / "discourse-operations.md").read_text()
    for name in ("BOOT_WRITES", "DISCOURSE_IMAGE", "discourse-smtp", "/shared/log/rails", "prepare"):
        assert name in text, name
    assert "/shared/log/rails" in discourse.BOOT_WRITES
