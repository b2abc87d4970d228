"""The blue-green switch on the twin, the way docs/release.md does it: change the environment's
value, synthesize, apply. Each step is rendered by the site's own code (`cli.render` with the
changed `WordPressSettings`) and applied with server-side apply under the project's field
manager, as scripts/apply.sh applies; the real EndpointSlice controller then says which pods
stand behind the public Service.

1. a parked idle colour (0 replicas) is raised to the active colour's count, and rolls out;
2. the flip (`active` = the other colour): only the new colour's ready pods are endpoints;
3. the roll back (the flip reverted): only the first colour's again;
4. dist/ as committed is applied again by scripts/apply.sh (which prunes what the flip added).
A watcher reads the endpoints every 0.2 s from step 2 to the end: a ready endpoint at every
moment."""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .kube import Kube
from .poll import Poller

COLOR_LABEL = "dirtbike.io/color"
FIELD_MANAGER = "dirtbike-platform"
SERVICE = "wordpress"


@dataclass
class SwitchResult:
    service: str
    ok: bool
    steps: list[str] = field(default_factory=list)


@contextmanager
def _values(environment: str, **changes: Any) -> Iterator[None]:
    """The environment's WordPress values changed for one synthesis, restored after."""
    from dirtbike_site import environments

    original = environments.ENVIRONMENTS[environment]
    changed = dataclasses.replace(original, wordpress=dataclasses.replace(original.wordpress, **changes))
    environments.ENVIRONMENTS[environment] = changed
    try:
        yield
    finally:
        environments.ENVIRONMENTS[environment] = original


@dataclass
class _Variants:
    """ENVIRONMENT synthesized with changed values, each variant once (the roll back renders
    what the raise rendered), and the manifests the steps so far have changed."""

    environment: str
    rendered: dict[tuple[tuple[str, Any], ...], dict[str, str]] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)

    def render(self, **changes: Any) -> dict[str, str]:
        from dirtbike_site import cli

        key = tuple(sorted(changes.items()))
        if key not in self.rendered:
            with _values(self.environment, **changes):
                self.rendered[key] = cli.render(self.environment)
        return self.rendered[key]


def _apply_variant(kube: Kube, variants: _Variants, **changes: Any) -> str | None:
    """Synthesizes the environment with CHANGES and applies every manifest that differs from
    dist/<env> (the change's diff) or that an earlier step changed (which the variants keep);
    an error or None."""
    environment, touched = variants.environment, variants.touched
    tree = variants.render(**changes)
    committed = Path(__file__).resolve().parent.parent / "dist" / environment
    with tempfile.TemporaryDirectory(prefix="twin-variant-") as folder:
        files = []
        for relative, text in tree.items():
            # What the change alters, as its diff against dist/ shows it: the rest is applied already.
            unchanged = (committed / relative).is_file() and (committed / relative).read_text() == text
            if relative.endswith(".yaml") and not relative.startswith(".") and (not unchanged or relative in touched):
                touched.add(relative)
                path = Path(folder) / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text)
                files += ["-f", str(path)]
        if not files:
            return None
        done = kube.run("apply", "--server-side", f"--field-manager={FIELD_MANAGER}", *files, timeout=300)
    return None if done.returncode == 0 else done.stderr.strip()


def _endpoint_colors(kube: Kube, namespace: str, service: str) -> tuple[set[str], int]:
    """The colours of the ready endpoints behind SERVICE, and how many are ready."""
    pods = {p["metadata"]["name"]: p for p in kube.items("pods", namespace=namespace)}
    colors: set[str] = set()
    ready = 0
    for eps in kube.items("endpointslices", namespace=namespace, selector=f"kubernetes.io/service-name={service}"):
        for endpoint in eps.get("endpoints") or []:
            if not endpoint.get("conditions", {}).get("ready"):
                continue
            ready += 1
            pod = pods.get(endpoint.get("targetRef", {}).get("name", ""))
            colors.add(pod["metadata"]["labels"].get(COLOR_LABEL, "?") if pod else "?")
    return colors, ready


class _NoGapWatch(Poller):
    """Counts the moments the Service has no ready endpoint."""

    interval = 0.2

    def __init__(self, kube: Kube, namespace: str, service: str) -> None:
        super().__init__()
        self._args = (kube, namespace, service)
        self.empty_moments = 0
        self.samples = 0

    def tick(self) -> None:
        _, ready = _endpoint_colors(*self._args)
        self.samples += 1
        self.empty_moments += ready == 0


def _await_only(kube: Kube, namespace: str, color: str, seconds: float = 60) -> set[str]:
    deadline = time.monotonic() + seconds
    colors, _ = _endpoint_colors(kube, namespace, SERVICE)
    while colors != {color} and time.monotonic() < deadline:
        time.sleep(0.3)
        colors, _ = _endpoint_colors(kube, namespace, SERVICE)
    return colors


def rehearse_switch(kube: Kube, environment: str, reapply: Callable[[], str | None]) -> SwitchResult:
    """The release path on ENVIRONMENT's WordPress. REAPPLY: a callable that applies dist/<env> as committed with scripts/apply.sh, returning
    an error or None."""
    from dirtbike_site import environments

    env = environments.get(environment)
    settings = env.wordpress
    namespace = env.namespace("web")
    active = settings.active
    other = "green" if active == "blue" else "blue"
    count = getattr(settings, f"{active}_replicas")
    result = SwitchResult(f"{namespace}/{SERVICE}", True)
    variants = _Variants(environment)
    raised: dict[str, Any] = {f"{other}_replicas": count} if getattr(settings, f"{other}_replicas") == 0 else {}

    def step(title: str, error: str | None) -> bool:
        if error:
            result.ok = False
            result.steps.append(f"{title}: refused: {error}")
        return error is None

    if raised:
        if not step(f"raise {other} to {count}", _apply_variant(kube, variants, **raised)):
            return result
        rolled = kube.run("rollout", "status", "-n", namespace, f"deployment/wordpress-{other}", "--timeout=90s")
        result.steps.append(f"{other} raised to {count} replicas" + ("" if rolled.returncode == 0 else ": did not roll out"))
        result.ok &= rolled.returncode == 0
    with _NoGapWatch(kube, namespace, SERVICE) as watch:
        for color, changes in ((other, {**raised, "active": other}), (active, raised)):
            if not step(f"active {color}", _apply_variant(kube, variants, **changes)):
                break
            colors = _await_only(kube, namespace, color)
            result.ok &= colors == {color}
            result.steps.append(
                f"active {color}: endpoints of {sorted(colors) or 'no pod'}" + ("" if colors == {color} else f" (expected only {color})")
            )
        step("dist/ applied again", reapply())
    if watch.empty_moments:
        result.ok = False
        result.steps.append(f"no ready endpoint at {watch.empty_moments} of {watch.samples} samples")
    else:
        result.steps.append(f"a ready endpoint at every one of {watch.samples} samples")
    return result
