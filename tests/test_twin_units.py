"""The twin's own logic that needs no running twin: how a read-back is compared with dist/, which
API server flags come from the rendered server configuration, how the build stamps versions, how
the direct requests keep their connection."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from twin import kube as kube_module, readback, serverconfig

ROOT = Path(__file__).resolve().parent.parent


def test_a_pruned_field_of_a_custom_resource_is_reported_with_its_path() -> None:
    ours = {"kind": "Middleware", "spec": {"basicAuth": {"realm": "admin", "removeHeader": True}}}
    live = {"kind": "Middleware", "spec": {"basicAuth": {"realm": "admin"}}, "metadata": {"uid": "x"}}
    assert readback.compare(ours, live) == [".spec.basicAuth.removeHeader: dropped by the server (pruned or not stored)"]


def test_a_rewritten_value_is_reported_and_a_defaulted_field_is_not() -> None:
    ours = {"spec": {"replicas": 2, "template": {"spec": {"containers": [{"name": "a", "image": "x:1"}]}}}}
    live = {
        "spec": {
            "replicas": 3,
            "revisionHistoryLimit": 10,
            "template": {"spec": {"containers": [{"name": "a", "image": "x:1", "imagePullPolicy": "IfNotPresent"}]}},
        }
    }
    assert readback.compare(ours, live) == [".spec.replicas: we set 2, the server holds 3"]


def test_quantities_in_the_servers_canonical_form_are_the_same_value() -> None:
    ours = {"resources": {"requests": {"memory": "1.5Gi", "cpu": "1000m"}}}
    live = {"resources": {"requests": {"memory": "1536Mi", "cpu": "1"}}}
    assert readback.compare(ours, live) == []
    assert readback.compare({"memory": "1Gi"}, {"memory": "1G"}) == [".memory: we set '1Gi', the server holds '1G'"]


def test_a_secrets_string_data_is_held_to_its_keys() -> None:
    ours = {"kind": "Secret", "stringData": {"a": "1", "b": "2"}}
    assert readback.compare(ours, {"kind": "Secret", "data": {"a": "MQ=="}}) == [".data.b: missing"]


def test_a_list_of_another_length_is_a_difference() -> None:
    assert readback.compare({"args": ["a", "b"]}, {"args": ["a"]})[0].startswith(".args: we set 2 items")


def _server_file(path: Path, server_path: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"# {server_path} (every server)\n{body}")


def test_the_api_server_takes_the_rendered_admission_and_audit_files(tmp_path: Path) -> None:
    servers = tmp_path / "clusters" / "prod" / "servers"
    _server_file(servers / "admission-configuration", "/var/lib/rancher/k3s/server/psa.yaml", "kind: AdmissionConfiguration\n")
    _server_file(servers / "audit-policy", "/var/lib/rancher/k3s/server/audit.yaml", "kind: Policy\n")
    config = {
        "cluster-init": True,
        "kube-apiserver-arg": [
            "admission-control-config-file=/var/lib/rancher/k3s/server/psa.yaml",
            "audit-policy-file=/var/lib/rancher/k3s/server/audit.yaml",
            "audit-log-path=/var/lib/rancher/k3s/server/logs/audit.log",
            "audit-log-maxage=30",
            "anonymous-auth=false",
        ],
    }
    _server_file(servers / "config-first-server", "/etc/rancher/k3s/config.yaml", yaml.safe_dump(config))
    _server_file(servers / "config-joining-server", "/etc/rancher/k3s/config.yaml", yaml.safe_dump({"server": "https://x:6443"}))
    state = tmp_path / "state"
    assert serverconfig.apiserver_args(servers.parent, state) == [
        f"--admission-control-config-file={servers / 'admission-configuration'}",
        f"--audit-policy-file={servers / 'audit-policy'}",
        f"--audit-log-path={state / 'audit.log'}",
        "--audit-log-maxage=30",
    ]


def test_a_configuration_naming_a_file_that_is_not_rendered_is_refused(tmp_path: Path) -> None:
    config = {"cluster-init": True, "kube-apiserver-arg": ["audit-policy-file=/etc/rancher/k3s/missing.yaml"]}
    _server_file(tmp_path / "config", "/etc/rancher/k3s/config.yaml", yaml.safe_dump(config))
    with pytest.raises(serverconfig.ServerConfigError, match="no file rendered for /etc/rancher/k3s/missing.yaml"):
        serverconfig.apiserver_args(tmp_path, tmp_path / "state")


def test_the_committed_clusters_give_the_twin_their_admission_and_audit_files(tmp_path: Path) -> None:
    for cluster in ("nonprod", "prod"):
        args = serverconfig.apiserver_args(ROOT / "dist" / "clusters" / cluster, tmp_path)
        names = [a.split("=", 1)[0] for a in args]
        assert "--admission-control-config-file" in names and "--audit-policy-file" in names


def test_the_build_stamps_the_release_go_mod_pins() -> None:
    go_mod = (ROOT / "twin" / "k8s" / "go.mod").read_text()
    pinned = re.search(r"^require k8s\.io/kubernetes (v\d+\.\d+\.\d+)$", go_mod, re.M)
    assert pinned is not None
    staging = re.findall(r"^\t(k8s\.io/[a-z-]+) => \1 (v\S+)$", go_mod, re.M)
    # Every staging module at the release that matches the pinned Kubernetes (1.x.y -> 0.x.y).
    assert staging and {v for _, v in staging} == {"v0" + pinned.group(1)[2:]}
    build = (ROOT / "twin" / "build.sh").read_text()
    for package in ("k8s.io/client-go/pkg/version", "k8s.io/component-base/version"):
        assert package in build


def test_a_pull_request_rehearses_the_environments_its_change_concerns() -> None:
    from twin.rehearse import touched_by

    assert touched_by(["dist/prod/dirtbike-prod-web/11-deployment-wordpress-blue.yaml"]) == ["prod"]
    assert touched_by(["dist/clusters/nonprod/kube-system/15-helmchart-loki.yaml"]) == ["dev", "stage"]
    assert touched_by(["dist/stage/FLOWS.md", "dist/clusters/prod/servers/audit-policy"]) == ["stage", "prod"]
    assert touched_by(["README.md", "dist/.synth.lock"]) == []


class _Connection:
    """A stand-in for http.client.HTTPSConnection: answers 200 with the path, or fails as
    FAILURES (one per request, None for an answer) say."""

    made: list[_Connection] = []

    def __init__(self, host: str, port: int | None, **options: object) -> None:
        self.failures: list[BaseException | None] = []
        self.sent: list[tuple[str, str]] = []
        self.closed = False
        _Connection.made.append(self)

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> None:
        failure = self.failures.pop(0) if self.failures else None
        if failure is not None:
            raise failure
        self.sent.append((method, path))

    def getresponse(self) -> object:
        class Response:
            status = 200

            @staticmethod
            def read() -> bytes:
                return b"{}"

        return Response()

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def kube(monkeypatch: pytest.MonkeyPatch) -> Iterator[kube_module.Kube]:
    import http.client

    _Connection.made = []
    monkeypatch.setattr(http.client, "HTTPSConnection", _Connection)
    kube = kube_module.Kube(Path("admin.kubeconfig"))
    kube.__dict__["_endpoint"] = ("https://127.0.0.1:6443", None)  # no kubeconfig read: the stand-in needs no TLS
    yield kube


def test_requests_share_one_kept_alive_connection(kube: kube_module.Kube) -> None:
    assert kube._request("GET", "https://127.0.0.1:6443/api/v1/namespaces") == (200, "{}")
    assert kube._request("GET", "https://127.0.0.1:6443/api/v1/pods?labelSelector=a%3Db") == (200, "{}")
    (connection,) = _Connection.made
    assert connection.sent == [("GET", "/api/v1/namespaces"), ("GET", "/api/v1/pods?labelSelector=a%3Db")]


def test_a_connection_the_server_closed_meanwhile_is_opened_again_and_the_request_sent_once(kube: kube_module.Kube) -> None:
    import http.client

    kube._request("GET", "https://127.0.0.1:6443/healthz")
    _Connection.made[0].failures = [http.client.RemoteDisconnected("closed")]
    assert kube._request("PATCH", "https://127.0.0.1:6443/api/v1/namespaces/a", b"{}") == (200, "{}")
    first, second = _Connection.made
    assert first.closed and first.sent == [("GET", "/healthz")] and second.sent == [("PATCH", "/api/v1/namespaces/a")]


def test_a_new_connection_that_fails_is_an_error_not_a_second_try(kube: kube_module.Kube, monkeypatch: pytest.MonkeyPatch) -> None:
    original = _Connection.__init__

    def refusing(self: _Connection, *args: object, **options: object) -> None:
        original(self, *args, **options)
        self.failures = [ConnectionRefusedError(111, "Connection refused")]

    monkeypatch.setattr(_Connection, "__init__", refusing)
    with pytest.raises(kube_module.KubeError, match="POST https://127.0.0.1:6443/api/v1/pods: .*Connection refused"):
        kube._request("POST", "https://127.0.0.1:6443/api/v1/pods", b"{}")
    assert len(_Connection.made) == 1


def test_starting_and_stopping_a_twin_loads_no_jsii_runtime() -> None:
    """`make twin` and `make twin-stop` need no construct: importing cdk8s would start Node.js
    (and print its end-of-life banner before any entry point can silence it)."""
    import subprocess
    import sys

    probe = "import sys, twin.control, twin.kube, dirtbike_site.environments; print('jsii' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr


def test_a_leftover_the_server_refuses_fails_the_second_apply_with_the_servers_words() -> None:
    """The idempotence check plants an owned object dist/ lacks before the second apply; when the
    server refuses it, the apply is not run and both checks that read it say why."""
    from twin.rehearse import SecondApply

    class Refusing:
        def apply(self, obj: dict[str, object], manager: str) -> tuple[int, str]:
            return 403, 'configmaps "twin-removed-from-dist" is forbidden'

    second = SecondApply(Refusing(), "dev", "nonprod", "dirtbike-dev-web")
    error = second.run()
    assert error == 'planting the leftover ConfigMap failed (403): configmaps "twin-removed-from-dist" is forbidden'
    assert second.problems == [error]
