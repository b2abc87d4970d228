"""kubectl against one twin, as JSON: the few reads and writes the rehearsal makes.

Writes go through kubectl, as an operator's do. The reads of the kinds in `_READ_PATHS` go to
the API server directly over HTTPS with the same kubeconfig's certificates: the background
watchers read several times a second, and a kubectl process per read (a fraction of a second
of CPU each) would take the machine's cores from the control plane under test."""

from __future__ import annotations

import json
import ssl
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

# kubectl's plural resource name -> the API path of its group and version (reads of other
# kinds, or of a kind named otherwise, go through kubectl).
_READ_PATHS = {
    **{kind: "api/v1" for kind in ("pods", "events", "nodes", "namespaces", "configmaps", "services", "persistentvolumeclaims")},
    **{kind: "apis/apps/v1" for kind in ("deployments", "statefulsets", "daemonsets")},
    "jobs": "apis/batch/v1",
    "horizontalpodautoscalers": "apis/autoscaling/v2",
    "poddisruptionbudgets": "apis/policy/v1",
    "endpointslices": "apis/discovery.k8s.io/v1",
    "networkpolicies": "apis/networking.k8s.io/v1",
    "validatingadmissionpolicies": "apis/admissionregistration.k8s.io/v1",
}
_NAMESPACED = set(_READ_PATHS) - {"nodes", "namespaces", "validatingadmissionpolicies"}


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
        server, context = self._endpoint
        path = f"{server}/{_READ_PATHS[plural]}"
        if namespace and plural in _NAMESPACED:
            path += f"/namespaces/{urllib.parse.quote(namespace)}"
        path += f"/{plural}" + (f"/{urllib.parse.quote(name)}" if name else "")
        if selector:
            path += "?" + urllib.parse.urlencode({"labelSelector": selector})
        try:
            with urllib.request.urlopen(path, context=context, timeout=30) as response:
                found: dict[str, Any] = json.load(response)
                return found
        except urllib.error.HTTPError as error:
            if error.code == 404 and name:
                return None
            raise KubeError(f"GET {path}: {error.code} {error.reason}") from error
        except urllib.error.URLError as error:
            raise KubeError(f"GET {path}: {error.reason}") from error

    def apply(self, obj: dict[str, Any], manager: str) -> subprocess.CompletedProcess[str]:
        return self.run("apply", "--server-side", f"--field-manager={manager}", "-f", "-", input_text=json.dumps(obj))
