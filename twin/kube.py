"""kubectl against one twin, as JSON: the few reads and writes the rehearsal makes.

What an operator does goes through kubectl, as theirs would: scripts/apply.sh, drains, the
blue-green switch, kubectl diff. The rest talks to the API server directly over HTTPS with the
same kubeconfig's certificates: the reads of the kinds in `_READ_PATHS` (the watchers read
several times a second), the stand-ins' writes, the review predictions' dry runs and the
admission cases' requests (`send`, `apply`: the requests kubectl would send). A kubectl process
per request costs about a tenth of a second of CPU, which the control plane under test shares."""

from __future__ import annotations

import http.client
import json
import os
import ssl
import subprocess
import threading
import urllib.parse
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from dirtbike_constructs.kinds import KIND_API, KIND_RESOURCE

# kubectl's resource name (plural, `.group` for a custom resource) -> the API path of its group
# and version (reads of other kinds, or of a kind named otherwise, go through kubectl).
_READ_PATHS = {
    **{
        kind: "api/v1"
        for kind in ("pods", "events", "nodes", "namespaces", "configmaps", "services", "persistentvolumeclaims", "serviceaccounts")
    },
    **{kind: "apis/apps/v1" for kind in ("deployments", "statefulsets", "daemonsets")},
    "jobs": "apis/batch/v1",
    "horizontalpodautoscalers": "apis/autoscaling/v2",
    "poddisruptionbudgets": "apis/policy/v1",
    "endpointslices": "apis/discovery.k8s.io/v1",
    "networkpolicies": "apis/networking.k8s.io/v1",
    "validatingadmissionpolicies": "apis/admissionregistration.k8s.io/v1",
    "customresourcedefinitions": "apis/apiextensions.k8s.io/v1",
    # the operator stand-in reads these every round, until the CRD is there and after
    "clusters.postgresql.cnpg.io": "apis/postgresql.cnpg.io/v1",
}
#: The resource of each kind `send` names: the library's kinds, the pods' kinds the admission
#: rules name, and the one kind only the twin writes (the provisioner stand-in's volumes).
_PLURALS = {**KIND_RESOURCE, **{kind: plural for kind, (_, plural) in KIND_API.items()}, "PersistentVolume": "persistentvolumes"}
_NAMESPACED = set(_READ_PATHS) - {"nodes", "namespaces", "validatingadmissionpolicies", "customresourcedefinitions"}


#: The Go garbage collector's target for every twin process, and for the kubectl run against a
#: twin: at Go's default (100) the API server spent about a fifth of its CPU collecting, and a
#: kubectl applying a tree about a quarter; at 400 far less, for more memory. The servers and an
#: operator's kubectl keep Go's default; this trades the twin's memory for the cores a rehearsal
#: shares with the suite. It changes when memory is reclaimed, never what a program does.
GO_GC_PERCENT = "400"


def kubectl_cache(folder: Path) -> Path:
    """Where kubectl keeps the discovery cache of the twin whose state is in FOLDER: there, gone
    with it. A twin's port changes at every start, and ~/.kube/cache kept a copy per start."""
    return folder / "kubectl-cache"


def condition_true(obj: dict[str, Any], kind: str) -> bool:
    """Whether OBJ's condition KIND is True; an object whose status has no conditions yet (a
    CRD just created holds `conditions: null`) has none true."""
    return any(c.get("type") == kind and c.get("status") == "True" for c in (obj.get("status") or {}).get("conditions") or [])


def kubectl_env(folder: Path) -> dict[str, str]:
    """The variables every kubectl run against the twin whose state is in FOLDER gets."""
    return {"KUBECACHEDIR": str(kubectl_cache(folder)), "GOGC": GO_GC_PERCENT}


class KubeError(Exception):
    """kubectl failed; the message is its own error line."""


@dataclass(frozen=True)
class Kube:
    """kubectl with the twin's administrator kubeconfig."""

    kubeconfig: Path
    kubectl: str = "kubectl"

    def run(self, *args: str, input_text: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [self.kubectl, "--kubeconfig", str(self.kubeconfig), *args],
            env={**os.environ, **kubectl_env(self.kubeconfig.parent)},
            input=input_text,
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )

    def ok(self, *args: str, input_text: str | None = None) -> str:
        done = self.run(*args, input_text=input_text)
        if done.returncode != 0:
            raise KubeError(done.stderr.strip() or f"kubectl {' '.join(args)} exited {done.returncode}")
        return done.stdout

    def items(self, kind: str, *, namespace: str | None = None, selector: str | None = None) -> list[dict[str, Any]]:
        if kind in _READ_PATHS:
            listed = self._read(kind, namespace=namespace, selector=selector)
            assert listed is not None, f"{kind} is served by the API server"
            # A list's items carry no kind of their own (kubectl adds it): the list's, without "List".
            item_kind = str(listed.get("kind", "")).removesuffix("List")
            api_version = listed.get("apiVersion", "")
            return [{"kind": item_kind, "apiVersion": api_version, **item} for item in listed.get("items") or []]
        args = ["get", kind, "-o", "json"]
        args += ["-n", namespace] if namespace else ["--all-namespaces"]
        if selector:
            args += ["-l", selector]
        items: list[dict[str, Any]] = json.loads(self.ok(*args))["items"]
        return items

    def get(self, kind: str, name: str, namespace: str | None = None) -> dict[str, Any] | None:
        if kind in _READ_PATHS:
            return self._read(kind, namespace=namespace, name=name)
        args = ["get", kind, name, "-o", "json"] + (["-n", namespace] if namespace else [])
        done = self.run(*args)
        if done.returncode != 0:
            if "NotFound" in done.stderr or "not found" in done.stderr:
                return None
            raise KubeError(done.stderr.strip())
        found: dict[str, Any] = json.loads(done.stdout)
        return found

    def ready(self) -> bool:
        """Whether the API server answers /readyz with 200 (kubectl get --raw /readyz, sent
        directly: a starting twin is asked every half second)."""
        try:
            return self._request("GET", f"{self._endpoint[0]}/readyz")[0] == 200
        except KubeError:
            return False

    @cached_property
    def _endpoint(self) -> tuple[str, ssl.SSLContext]:
        """The API server's address and a TLS context with the kubeconfig's CA and client
        certificate (the twin's kubeconfigs name files, never inline data)."""
        config = yaml.safe_load(self.kubeconfig.read_text())
        cluster, user = config["clusters"][0]["cluster"], config["users"][0]["user"]
        context = ssl.create_default_context(cafile=cluster["certificate-authority"])
        context.load_cert_chain(user["client-certificate"], user["client-key"])
        return str(cluster["server"]), context

    def _read(
        self, plural: str, *, namespace: str | None = None, name: str | None = None, selector: str | None = None
    ) -> dict[str, Any] | None:
        path = f"{self._endpoint[0]}/{_READ_PATHS[plural]}"
        if namespace and plural in _NAMESPACED:
            path += f"/namespaces/{urllib.parse.quote(namespace)}"
        path += f"/{plural.split('.')[0]}" + (f"/{urllib.parse.quote(name)}" if name else "")
        if selector:
            path += "?" + urllib.parse.urlencode({"labelSelector": selector})
        status, answer = self._request("GET", path)
        if status == 404 and name:
            return None
        if status >= 400:
            raise KubeError(f"GET {path}: {status} {answer[:300]}")
        found: dict[str, Any] = json.loads(answer)
        return found

    @cached_property
    def _connections(self) -> threading.local:
        """One kept-alive HTTPS connection per thread (the pollers read from threads of their
        own): a new TLS connection per request cost the twin's API server and this process a
        handshake and a client-certificate check each, about as much as the request."""
        return threading.local()

    def _request(self, method: str, url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str]:
        """The HTTP status and body of a request to the API server; one that never got an
        answer is a KubeError. A kept-alive connection the server has closed meanwhile is
        opened again and the request sent once more: it never reached the server."""
        target = urllib.parse.urlsplit(url)
        path = target.path + (f"?{target.query}" if target.query else "")
        while True:
            connection: http.client.HTTPSConnection | None = getattr(self._connections, "connection", None)
            reused = connection is not None
            if connection is None:
                connection = http.client.HTTPSConnection(str(target.hostname), target.port, context=self._endpoint[1], timeout=30)
                self._connections.connection = connection
            try:
                connection.request(method, path, body=data, headers=headers or {})
                response = connection.getresponse()
                return int(response.status), response.read().decode(errors="replace")
            except (http.client.HTTPException, OSError) as error:
                connection.close()
                self._connections.connection = None
                stale = isinstance(error, (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError))
                if not (reused and stale):
                    raise KubeError(f"{method} {url}: {error}") from error

    def send(
        self,
        method: str,
        obj: dict[str, Any],
        *,
        impersonate: tuple[str, str] | None = None,
        content_type: str = "application/json",
        body: dict[str, Any] | None = None,
        query: dict[str, str] | None = None,
        subresource: str = "",
    ) -> tuple[int, str]:
        """One request about OBJ (its apiVersion, kind, name and namespace name the path), as
        kubectl create (POST), replace (PUT), delete (DELETE) or a patch (PATCH with
        content_type) sends it: BODY, by default OBJ itself (none for a DELETE). IMPERSONATE is
        (user, group), kubectl's --as and --as-group. Returns the HTTP status and, for a
        refusal, the server's message (kubectl prints the same after "Error from server")."""
        api_version, meta = str(obj["apiVersion"]), obj["metadata"]
        path = f"{self._endpoint[0]}/{'apis' if '/' in api_version else 'api'}/{api_version}"
        if meta.get("namespace"):
            path += f"/namespaces/{urllib.parse.quote(meta['namespace'])}"
        path += f"/{_PLURALS[obj['kind']]}" + ("" if method == "POST" else f"/{urllib.parse.quote(meta['name'])}")
        path += f"/{subresource}" if subresource else ""
        if query:
            path += "?" + urllib.parse.urlencode(query)
        data = None if method == "DELETE" and body is None else json.dumps(obj if body is None else body).encode()
        headers = {"Content-Type": content_type}
        if impersonate:
            headers |= {"Impersonate-User": impersonate[0], "Impersonate-Group": impersonate[1]}
        status, answer = self._request(method, path, data, headers)
        if status < 400:
            return status, ""
        try:
            return status, str(json.loads(answer).get("message", answer))
        except ValueError:
            return status, answer

    def apply(self, obj: dict[str, Any], manager: str, *, dry_run: bool = False, subresource: str = "") -> tuple[int, str]:
        """kubectl apply --server-side of OBJ as MANAGER (optionally --dry-run=server, or of a
        subresource such as status), sent directly: the HTTP status and, for a refusal, the
        server's message."""
        query = {"fieldManager": manager, **({"dryRun": "All"} if dry_run else {})}
        return self.send("PATCH", obj, content_type="application/apply-patch+yaml", query=query, subresource=subresource)
