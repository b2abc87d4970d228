"""kubectl against one twin, as JSON: the few reads and writes the rehearsal makes."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any


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
        args = ["get", kind, "-o", "json"]
        args += ["-n", namespace] if namespace else ["--all-namespaces"]
        if selector:
            args += ["-l", selector]
        items: list[dict[str, Any]] = json.loads(self.ok(*args))["items"]
        return items

    def get(self, kind: str, name: str, namespace: str | None = None) -> dict[str, Any] | None:
        args = ["get", kind, name, "-o", "json"] + (["-n", namespace] if namespace else [])
        done = self.run(*args)
        if done.returncode != 0:
            if "NotFound" in done.stderr or "not found" in done.stderr:
                return None
            raise KubeError(done.stderr.strip())
        found: dict[str, Any] = json.loads(done.stdout)
        return found

    def apply(self, obj: dict[str, Any], manager: str) -> subprocess.CompletedProcess[str]:
        return self.run("apply", "--server-side", f"--field-manager={manager}", "-f", "-", input_text=json.dumps(obj))
