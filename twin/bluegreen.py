"""The blue-green switch on the twin. Flipping `active` changes the colour in two selectors in
dist/, the stable Service's and the `-preview` Service's (README, BlueGreenService); the twin
applies that change with the project's field manager, as the apply step would, and
reads what the real EndpointSlice controller makes of it: only the new colour's ready pods
behind the public Service, with a ready endpoint at every moment of the switch, and the same
after switching back."""

from __future__ import annotations

import copy
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .kube import Kube

COLOR_LABEL = "dirtbike.io/color"
FIELD_MANAGER = "dirtbike-platform"


@dataclass
class SwitchResult:
    service: str
    ok: bool
    steps: list[str] = field(default_factory=list)


def switched_services(env_dist: Path) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """The blue-green stable Services of dist/<env> (they select one colour), each with its
    `-preview` Service when there is one."""
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted(env_dist.rglob("*-service-*.yaml")):
        obj = yaml.safe_load(path.read_text())
        if COLOR_LABEL in (obj.get("spec", {}).get("selector") or {}):
            by_name[(obj["metadata"]["namespace"], obj["metadata"]["name"])] = obj
    return [
        (obj, by_name.get((ns, f"{name}-preview")))
        for (ns, name), obj in sorted(by_name.items())
        if not name.endswith(("-blue", "-green", "-preview"))
    ]


def _endpoint_colors(kube: Kube, service: dict[str, Any]) -> tuple[set[str], int]:
    """The colours of the ready endpoints behind SERVICE, and how many are ready."""
    ns, name = service["metadata"]["namespace"], service["metadata"]["name"]
    pods = {p["metadata"]["name"]: p for p in kube.items("pods", namespace=ns)}
    colors: set[str] = set()
    ready = 0
    for eps in kube.items("endpointslices", namespace=ns, selector=f"kubernetes.io/service-name={name}"):
        for endpoint in eps.get("endpoints") or []:
            if not endpoint.get("conditions", {}).get("ready"):
                continue
            ready += 1
            pod = pods.get(endpoint.get("targetRef", {}).get("name", ""))
            colors.add(pod["metadata"]["labels"].get(COLOR_LABEL, "?") if pod else "?")
    return colors, ready


class _NoGapWatch:
    def __init__(self, kube: Kube, service: dict[str, Any]) -> None:
        self._kube, self._service = kube, service
        self._stop = threading.Event()
        self.empty_moments = 0
        self.samples = 0
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.wait(0.2):
            _, ready = _endpoint_colors(self._kube, self._service)
            self.samples += 1
            if ready == 0:
                self.empty_moments += 1

    def __enter__(self) -> _NoGapWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)


def _switch_to(kube: Kube, service: dict[str, Any], preview: dict[str, Any] | None, color: str) -> str | None:
    idle = "green" if color == "blue" else "blue"
    for obj, selected in ((service, color), (preview, idle)):
        if obj is None:
            continue
        flipped = copy.deepcopy(obj)
        flipped["spec"]["selector"][COLOR_LABEL] = selected
        done = kube.apply(flipped, FIELD_MANAGER)
        if done.returncode != 0:
            return done.stderr.strip()
    return None


def _await_only(kube: Kube, service: dict[str, Any], color: str, seconds: float = 30) -> set[str]:
    deadline = time.monotonic() + seconds
    colors, _ = _endpoint_colors(kube, service)
    while colors != {color} and time.monotonic() < deadline:
        time.sleep(0.3)
        colors, _ = _endpoint_colors(kube, service)
    return colors


def rehearse_switch(kube: Kube, service: dict[str, Any], preview: dict[str, Any] | None) -> SwitchResult:
    name = f"{service['metadata']['namespace']}/{service['metadata']['name']}"
    active = service["spec"]["selector"][COLOR_LABEL]
    other = "green" if active == "blue" else "blue"
    result = SwitchResult(name, True)
    with _NoGapWatch(kube, service) as watch:
        for color in (other, active):
            error = _switch_to(kube, service, preview, color)
            if error:
                result.ok = False
                result.steps.append(f"switch to {color} refused: {error}")
                break
            colors = _await_only(kube, service, color)
            ok = colors == {color}
            result.ok &= ok
            result.steps.append(
                f"active {color}: endpoints of {sorted(colors) or 'no pod'}" + ("" if ok else " (expected only " + color + ")")
            )
    if watch.empty_moments:
        result.ok = False
        result.steps.append(f"no ready endpoint at {watch.empty_moments} of {watch.samples} samples")
    else:
        result.steps.append(f"a ready endpoint at every one of {watch.samples} samples")
    return result
