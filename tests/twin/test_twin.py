"""The release on a real control plane: the twin of each cluster (kube-apiserver,
kube-controller-manager and kube-scheduler of the pinned Kubernetes release, etcd, kwok's
simulated servers) with dist/ applied by the project's own apply step.

These run beside the rest of the suite (scripts/test.sh), in one process, against one twin per
cluster (tests/twin/conftest.py), in file order: the rehearsals first, then the apply step's
failures."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from dirtbike_constructs.kinds import KIND_API, api_resource
from twin import control
from twin.kube import kubectl_cache
from twin.rehearse import apply_env
from twin.standins import StandIns

ROOT = Path(__file__).resolve().parents[2]


def test_the_twin_runs_the_pinned_kubernetes_release(twins: dict[str, control.Twin]) -> None:
    go_mod = (ROOT / "twin" / "k8s" / "go.mod").read_text()
    pinned = next(line.split()[2] for line in go_mod.splitlines() if line.startswith("require k8s.io/kubernetes "))
    for twin in twins.values():
        version = json.loads(twin.kube().ok("version", "-o", "json"))
        assert version["serverVersion"]["gitVersion"] == pinned
        nodes = twin.kube().items("nodes")
        assert len(nodes) == 3
        assert all(n["metadata"]["labels"]["node-role.kubernetes.io/control-plane"] == "true" for n in nodes)


def test_every_release_passes_its_rehearsal(twins: dict[str, control.Twin]) -> None:
    """`make rehearse ENV=all`: each cluster's environments in a process of their own, the two
    clusters at once; every check of every environment holds."""
    done = subprocess.run([sys.executable, "-m", "twin.rehearse", "all"], cwd=ROOT, capture_output=True, text=True, timeout=1500)
    failed = {}
    for environment in ("dev", "stage", "prod"):
        written = json.loads((control.STATE / f"rehearsal-{environment}.json").read_text())
        assert [c["name"] for c in written["checks"]] == CHECKS
        failed.update({f"{environment} {c['name']}": [c["summary"], *c["details"][:20]] for c in written["checks"] if not c["ok"]})
    assert failed == {}
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    table = (control.STATE / "rehearsal.md").read_text()
    assert table.startswith("| check | dev | stage | prod |") and "FAILED" not in table


CHECKS = ["admitted", "read back", "pods", "capacity", "drain", "blue-green", "idempotent", "review predictions"]


def test_every_kind_is_named_as_the_api_server_serves_it(twins: dict[str, control.Twin]) -> None:
    """The group and resource of each kind the library renders (what apply.sh's access review
    names) are the API server's own: read from the discovery of the twin, whose CRDs are the
    upstream files. Runs after the rehearsal, which installed the cluster trees' add-on CRDs."""
    served: set[tuple[str, str]] = set()
    for twin in twins.values():
        for line in twin.kube().ok("api-resources", "--no-headers").splitlines():
            # NAME [SHORTNAMES] APIVERSION NAMESPACED KIND: the optional column makes it read from both ends
            fields = line.split()
            served.add((fields[-1], f"{fields[-3].rpartition('/')[0]}/{fields[0]}"))
    assert [kind for kind in KIND_API if (kind, api_resource(kind)) not in served] == []


def _kubeconfig(
    tmp_path: Path, twin: control.Twin, *, client: str = "admin", context: str | None = None, server: str | None = None
) -> Path:
    config = yaml.safe_load((twin.folder / f"{client}.kubeconfig").read_text())
    if context:
        config["contexts"][0]["name"] = context
        config["current-context"] = context
    if server:
        config["clusters"][0]["cluster"]["server"] = server
    path = tmp_path / f"{client}-{context or 'same'}.kubeconfig"
    path.write_text(yaml.safe_dump(config))
    return path


def _apply(twin: control.Twin, kubeconfig: Path, target: str, *args: str, checked: bool = False) -> subprocess.CompletedProcess[str]:
    """scripts/apply.sh TARGET against the twin. CHECKED: apply.sh is told dist/<target> was found
    current (as it tells its nested apply), for the tests of what fails after that check: the
    check has tests of its own (tests/test_apply.py) and runs in every rehearsal."""
    env = apply_env(twin, kubeconfig, target if checked else None)
    return subprocess.run(
        ["bash", "scripts/apply.sh", target, *args, "--yes", "--allow-missing-inputs", "--timeout", "60s"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


def test_apply_refuses_the_wrong_context(tmp_path: Path, twins: dict[str, control.Twin]) -> None:
    done = _apply(twins["nonprod"], _kubeconfig(tmp_path, twins["nonprod"], context="someone-elses"), "stage")
    assert done.returncode == 3
    assert "current kube context is 'someone-elses', environment stage applies to 'dirtbike-nonprod'" in done.stderr


def test_apply_names_an_unreachable_server(tmp_path: Path, twins: dict[str, control.Twin]) -> None:
    closed = f"https://127.0.0.1:{control._free_port()}"
    done = _apply(twins["nonprod"], _kubeconfig(tmp_path, twins["nonprod"], server=closed), "stage", "--skip-cluster", checked=True)
    assert done.returncode == 3
    assert "cannot reach the cluster of context dirtbike-nonprod" in done.stderr
    assert f"The connection to the server {closed.removeprefix('https://')} was refused" in done.stderr


def test_apply_names_a_user_without_rights(tmp_path: Path, twins: dict[str, control.Twin]) -> None:
    done = _apply(twins["nonprod"], _kubeconfig(tmp_path, twins["nonprod"], client="reader"), "stage", "--skip-cluster", checked=True)
    assert done.returncode == 3
    lines = [line for line in done.stderr.splitlines() if line.startswith("apply:")]
    assert len(lines) == 1
    assert "twin-reader" in lines[0] and "may not" in lines[0]


def test_apply_names_a_crd_not_installed(tmp_path: Path, twins: dict[str, control.Twin]) -> None:
    """stage's one TraefikService: of the CRDs it uses, the one whose removal deletes the fewest
    objects."""
    twin = twins["nonprod"]
    kube = twin.kube()
    crd = ROOT.parent / "shared" / "crds" / "traefik.io" / "traefikservices.traefik.io.yaml"
    assert len(list((ROOT / "dist" / "stage").rglob("*-traefikservice-*.yaml"))) == 1
    kube.ok("delete", "crd", "traefikservices.traefik.io", "--wait=true")
    try:
        done = _apply(twin, _kubeconfig(tmp_path, twin), "stage", "--skip-cluster", checked=True)
        assert done.returncode == 3
        assert "CRD traefikservices.traefik.io: install Traefik 3.7 with its CRDs" in done.stderr
    finally:
        kube.ok("apply", "--server-side", "--field-manager=twin-addons", "-f", str(crd))
        control.await_established(twin, ["traefikservices.traefik.io"])


def _default_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


#: The twin's kubectl, except that the apply's first rollout wait marks $HELD and holds until the
#: interrupted apply ends it: the interrupt lands mid-apply however busy the machine is (the tree
#: is applied already by the rehearsal, so its apply can be done before a test reads its output).
HOLDING_KUBECTL = """#!/usr/bin/env bash
if [ "$1" = rollout ] && mkdir "$HELD" 2>/dev/null; then
  while :; do sleep 0.1; done
fi
exec "$TWIN_KUBECTL" "$@"
"""


def test_an_interrupted_apply_is_resumed_by_the_next(tmp_path: Path, twins: dict[str, control.Twin]) -> None:
    """The cluster's own tree, interrupted while a group's waits run (its upgrade controller's
    rollout), then applied again. The same script applies every tree; this one is the
    smallest with a wait, so the resumed apply costs the least."""
    twin = twins["nonprod"]
    config = _kubeconfig(tmp_path, twin)
    holding, held = tmp_path / "kubectl", tmp_path / "held"
    holding.write_text(HOLDING_KUBECTL)
    holding.chmod(0o755)
    env = {**apply_env(twin, config), "KUBECTL": str(holding), "TWIN_KUBECTL": twin.kubectl, "HELD": str(held)}
    with (tmp_path / "out").open("w") as out:
        process = subprocess.Popen(
            ["bash", "scripts/apply.sh", "clusters/nonprod", "--yes", "--allow-missing-inputs", "--timeout", "60s"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
            # As from a terminal: a process started in the background (make test starts these
            # tests so) inherits SIGINT ignored, and bash cannot trap a signal ignored when it started.
            preexec_fn=_default_interrupt,
        )
        deadline = time.monotonic() + 300
        while not held.exists():
            assert process.poll() is None and time.monotonic() < deadline, (tmp_path / "out").read_text()[-2000:]
            time.sleep(0.1)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err[-2000:]
    assert err.strip().splitlines()[-1] == "apply: interrupted; what was applied stays (apply is idempotent: run it again)"
    # The operator and provisioner stand-ins play their part while the apply waits on them.
    with StandIns(twin.kube()):
        again = _apply(twin, config, "clusters/nonprod")
    assert again.returncode == 0, again.stderr[-2000:]
    assert "apply: dist/clusters/nonprod applied to dirtbike-nonprod" in again.stdout


def test_a_namespace_made_by_hand_gets_the_restricted_default(twins: dict[str, control.Twin]) -> None:
    """The API server runs with the admission configuration rendered in
    dist/clusters/<cluster>/servers/: a namespace without Pod Security labels is restricted."""
    kube = twins["prod"].kube()
    kube.ok("create", "namespace", "made-by-hand")
    pod = {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {"name": "root", "namespace": "made-by-hand"},
        "spec": {"containers": [{"name": "c", "image": "busybox:1.37", "securityContext": {"privileged": True}}]},
    }
    done = kube.run("apply", "--server-side", "-f", "-", input_text=json.dumps(pod))
    assert done.returncode != 0
    assert 'violates PodSecurity "restricted:v1.36": privileged' in done.stderr
    assert kube.get("namespaces", "made-by-hand")["metadata"].get("labels", {}).get("pod-security.kubernetes.io/enforce") is None


def test_kubectl_keeps_the_twins_discovery_in_their_folders(twins: dict[str, control.Twin]) -> None:
    """Last in the file: after every kubectl the tests and the rehearsal started, nothing of the
    twins is in the user's own cache (a twin's port changes at every start; a copy per start
    piled up there)."""
    home_cache = Path(os.environ.get("KUBECACHEDIR", Path.home() / ".kube" / "cache")) / "discovery"
    for twin in twins.values():
        assert (kubectl_cache(twin.folder) / "discovery" / f"127.0.0.1_{twin.api_port}").is_dir()
        assert not (home_cache / f"127.0.0.1_{twin.api_port}").exists()
