"""Starts and stops the control-plane twin: per cluster of the site, a real etcd,
kube-apiserver, kube-controller-manager and kube-scheduler built from the pinned upstream
modules (twin/build.sh), and kwok playing the three servers' kubelets, all ordinary processes on
loopback ports with certificates made at start-up.

    python -m twin.control start [CLUSTER ...]   start (idempotent), default every cluster
    python -m twin.control stop                  end every twin process, leave nothing behind
    python -m twin.control status                which twins run, and where

State lives in .twin/ (ignored by git): .twin/kubeconfig holds one context per cluster, named
as the cluster's kube context in dirtbike_site/environments.py, so the project's own apply
step finds the context it expects.
"""

from __future__ import annotations

import concurrent.futures
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from . import pki
from .kube import GO_GC_PERCENT, Kube, condition_true

ROOT = Path(__file__).resolve().parent.parent
#: Where the twins keep their state; the tests run theirs apart from a developer's own twin.
STATE = Path(os.environ.get("DIRTBIKE_TWIN_STATE", ROOT / ".twin"))
KUBECONFIG = STATE / "kubeconfig"
SHARED_CRDS = ROOT.parent / "shared" / "crds"
#: k3s' default ranges (its --service-cidr and --cluster-cidr), so Services and pods get the
#: addresses they get on the servers.
SERVICE_CIDR = "10.43.0.0/16"
SERVICE_IP = "10.43.0.1"
POD_CIDR = "10.42.0.0/16"
#: What a k3s server's kubelet offers by default (the kubelet's max-pods).
PODS_PER_NODE = 110
#: How long a component may take to answer after its start before the twin gives up.
START_TIMEOUT = 90.0


class TwinError(Exception):
    """A twin that cannot be built, started or reached; the message names the fix."""


@dataclass
class Twin:
    """One cluster's twin as started: its ports and the process group of each component."""

    cluster: str
    context: str
    api_port: int
    etcd_port: int
    bin_dir: str
    pids: dict[str, int]

    @property
    def folder(self) -> Path:
        return STATE / self.cluster

    @property
    def server(self) -> str:
        return f"https://127.0.0.1:{self.api_port}"

    @property
    def kubectl(self) -> str:
        """The kubectl of the twin's own release (no version skew with its API server)."""
        return str(Path(self.bin_dir) / "kubectl")

    def kube(self, client: str = "admin") -> Kube:
        """kubectl as CLIENT (admin, reader, ...) against this twin."""
        return Kube(self.folder / f"{client}.kubeconfig", self.kubectl)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _alive(pid: int) -> bool:
    """Whether PID runs. A process this one started and that has ended stays a zombie until it
    is reaped: reap it here, or a twin started in the same process (the tests') looks alive
    after it ended and every stop waits out its grace period."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass  # not a child of this process: the kernel's answer below
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def binaries() -> Path:
    """The folder of the built programs, building them first when this machine has none."""
    if shutil.which("go") is None:
        raise TwinError("Go is not installed: install Go 1.26 or newer; the twin is built from Go modules (twin/build.sh)")
    done = subprocess.run(["bash", str(ROOT / "twin" / "build.sh")], stdout=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise TwinError(f"building the twin failed (exit {done.returncode}); its output is above. Fix it, then run make twin again")
    return Path(done.stdout.strip().splitlines()[-1])


def _kubeconfig(twin: Twin, client: str, pki_dir: Path) -> dict[str, object]:
    user = f"{twin.context}-{client}"
    return {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [{"name": twin.context, "cluster": {"server": twin.server, "certificate-authority": str(pki_dir / "ca.crt")}}],
        "users": [
            {"name": user, "user": {"client-certificate": str(pki_dir / f"{client}.crt"), "client-key": str(pki_dir / f"{client}.key")}}
        ],
        "contexts": [{"name": twin.context, "context": {"cluster": twin.context, "user": user}}],
        "current-context": twin.context,
    }


def _write_yaml(path: Path, data: object) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def _spawn(twin: Twin, name: str, argv: list[str]) -> None:
    log = (twin.folder / f"{name}.log").open("ab")
    # A process group of its own, so stop ends it and every child it started.
    process = subprocess.Popen(
        argv,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        env={**os.environ, "GOGC": GO_GC_PERCENT},
    )
    twin.pids[name] = process.pid
    _save(twin)


def _save(twin: Twin) -> None:
    (twin.folder / "twin.json").write_text(json.dumps(asdict(twin), indent=2))


def load(cluster: str) -> Twin | None:
    """The twin of CLUSTER as recorded, or None when it never started here."""
    path = STATE / cluster / "twin.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text())
    try:
        return Twin(**data)
    except TypeError:
        # Written by an older twin: end what it recorded, and start afresh.
        for pid in dict(data.get("pids", {})).values():
            try:
                os.killpg(int(pid), signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        path.unlink()
        return None


def ready(twin: Twin) -> bool:
    """The API server answers /readyz and every component's process is alive."""
    if not all(_alive(pid) for pid in twin.pids.values()):
        return False
    return twin.kube().run("get", "--raw", "/readyz", "--request-timeout=5s").returncode == 0


def _wait(what: str, twin: Twin, check: Callable[[], bool], timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        dead = [name for name, pid in twin.pids.items() if not _alive(pid)]
        if dead:
            tail = (twin.folder / f"{dead[0]}.log").read_text(errors="replace").splitlines()[-15:]
            raise TwinError(f"{dead[0]} of twin {twin.cluster} stopped while starting:\n  " + "\n  ".join(tail))
        time.sleep(0.5)
    raise TwinError(f"twin {twin.cluster}: {what} did not happen within {timeout:.0f} s (logs in .twin/{twin.cluster}/)")


def _node_objects(cluster_name: str) -> list[dict[str, object]]:
    """The cluster's servers as kwok nodes: sized and labelled like a k3s server (control plane
    and etcd roles, no taint: k3s servers run workloads unless told otherwise)."""
    from dirtbike_site import environments

    nodes = environments.get_cluster(cluster_name).nodes
    objects: list[dict[str, object]] = []
    for index in range(1, nodes.count + 1):
        name = f"{cluster_name}-server-{index}"
        objects.append(
            {
                "apiVersion": "v1",
                "kind": "Node",
                "metadata": {
                    "name": name,
                    "annotations": {"kwok.x-k8s.io/node": "fake", "node.alpha.kubernetes.io/ttl": "0"},
                    "labels": {
                        "kubernetes.io/hostname": name,
                        "kubernetes.io/os": "linux",
                        "kubernetes.io/arch": "amd64",
                        "node-role.kubernetes.io/control-plane": "true",
                        "node-role.kubernetes.io/etcd": "true",
                        "type": "kwok",
                    },
                },
                "status": {
                    "allocatable": {"cpu": nodes.cpu, "memory": nodes.memory, "pods": str(PODS_PER_NODE)},
                    "capacity": {"cpu": nodes.cpu, "memory": nodes.memory, "pods": str(PODS_PER_NODE)},
                    "nodeInfo": {"architecture": "amd64", "operatingSystem": "linux", "kubeletVersion": "kwok"},
                },
            }
        )
    return objects


def apiserver_extra_args(cluster: str) -> list[str]:
    """Flags the rendered k3s server configuration gives the API server (admission control,
    audit), with the file paths pointing at the rendered files in dist/clusters/<cluster>/."""
    from twin import serverconfig

    try:
        return serverconfig.apiserver_args(ROOT / "dist" / "clusters" / cluster, STATE / cluster)
    except serverconfig.ServerConfigError as error:
        raise TwinError(f"the rendered server configuration of {cluster}: {error}") from error


def start(cluster: str, bin_dir: Path) -> Twin:
    """Starts the twin of CLUSTER unless it runs already; returns it once nodes are Ready."""
    from dirtbike_site import environments

    current = load(cluster)
    if current is not None and ready(current):
        return current
    if current is not None:
        stop_twins([current])
    folder = STATE / cluster
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pki_dir = folder / "pki"
    pki.make(pki_dir, SERVICE_IP)
    twin = Twin(cluster, environments.get_cluster(cluster).kube_context, _free_port(), _free_port(), str(bin_dir), {})
    for client in pki.CLIENTS:
        _write_yaml(folder / f"{client.file}.kubeconfig", _kubeconfig(twin, client.file, pki_dir))
    _save(twin)

    peer = _free_port()
    _spawn(
        twin,
        "etcd",
        [
            str(bin_dir / "etcd"),
            f"--data-dir={folder / 'etcd'}",
            f"--listen-client-urls=http://127.0.0.1:{twin.etcd_port}",
            f"--advertise-client-urls=http://127.0.0.1:{twin.etcd_port}",
            f"--listen-peer-urls=http://127.0.0.1:{peer}",
            f"--initial-advertise-peer-urls=http://127.0.0.1:{peer}",
            f"--initial-cluster=default=http://127.0.0.1:{peer}",
            "--listen-metrics-urls=",
            # A twin is thrown away, never recovered: skipping fsync saves seconds per apply.
            "--unsafe-no-fsync",
            "--log-level=warn",
        ],
    )
    _spawn(
        twin,
        "kube-apiserver",
        [
            str(bin_dir / "kube-apiserver"),
            f"--etcd-servers=http://127.0.0.1:{twin.etcd_port}",
            "--bind-address=127.0.0.1",
            "--advertise-address=127.0.0.1",
            f"--secure-port={twin.api_port}",
            f"--tls-cert-file={pki_dir / 'apiserver.crt'}",
            f"--tls-private-key-file={pki_dir / 'apiserver.key'}",
            f"--client-ca-file={pki_dir / 'ca.crt'}",
            f"--service-account-key-file={pki_dir / 'sa.pub'}",
            f"--service-account-signing-key-file={pki_dir / 'sa.key'}",
            "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
            f"--service-cluster-ip-range={SERVICE_CIDR}",
            "--authorization-mode=Node,RBAC",
            "--enable-admission-plugins=NodeRestriction",
            "--allow-privileged=true",
            *apiserver_extra_args(cluster),
        ],
    )
    kube = twin.kube()
    _wait("the API server's /readyz", twin, kube.ready)
    _spawn(
        twin,
        "kube-controller-manager",
        [
            str(bin_dir / "kube-controller-manager"),
            f"--kubeconfig={folder / 'controller-manager.kubeconfig'}",
            f"--authentication-kubeconfig={folder / 'controller-manager.kubeconfig'}",
            f"--authorization-kubeconfig={folder / 'controller-manager.kubeconfig'}",
            "--bind-address=127.0.0.1",
            f"--secure-port={_free_port()}",
            "--use-service-account-credentials=true",
            f"--service-account-private-key-file={pki_dir / 'sa.key'}",
            f"--root-ca-file={pki_dir / 'ca.crt'}",
            f"--cluster-signing-cert-file={pki_dir / 'ca.crt'}",
            f"--cluster-signing-key-file={pki_dir / 'ca.key'}",
            f"--cluster-cidr={POD_CIDR}",
            f"--service-cluster-ip-range={SERVICE_CIDR}",
            "--leader-elect=false",
            # The autoscalers raise a Deployment to their minimum on their next sync; k3s keeps
            # the upstream 15 s period, which the rehearsal would only wait out. Same algorithm,
            # sooner.
            "--horizontal-pod-autoscaler-sync-period=2s",
        ],
    )
    _spawn(
        twin,
        "kube-scheduler",
        [
            str(bin_dir / "kube-scheduler"),
            f"--kubeconfig={folder / 'scheduler.kubeconfig'}",
            f"--authentication-kubeconfig={folder / 'scheduler.kubeconfig'}",
            f"--authorization-kubeconfig={folder / 'scheduler.kubeconfig'}",
            "--bind-address=127.0.0.1",
            f"--secure-port={_free_port()}",
            "--leader-elect=false",
        ],
    )
    _spawn(
        twin,
        "kwok",
        [
            str(bin_dir / "kwok"),
            f"--kubeconfig={folder / 'kwok.kubeconfig'}",
            f"--config={bin_dir / 'kwok-stages.yaml'}",
            "--manage-all-nodes=true",
            # Heartbeats through node leases, as kubelets send them (kwokctl's default): without
            # them the node controller marks the nodes NotReady and their pods unready.
            "--node-lease-duration-seconds=40",
            f"--cidr={POD_CIDR}",
            "--node-ip=127.0.0.1",
            f"--server-address=127.0.0.1:{_free_port()}",
        ],
    )
    nodes = _node_objects(cluster)
    created = twin.kube().run("apply", "--server-side", "-f", "-", input_text=yaml.safe_dump_all(nodes))
    if created.returncode != 0:
        raise TwinError(f"twin {cluster}: the nodes were refused: {created.stderr.strip()}")
    _install_crds(twin)
    _grant_reader(twin)
    _wait("every node Ready", twin, lambda: _all_ready(kube.items("nodes"), len(nodes)))
    _wait("the default service account", twin, lambda: kube.get("serviceaccounts", "default", "default") is not None)
    _write_shared_kubeconfig()
    return twin


def _all_ready(nodes: list[dict[str, Any]], count: int) -> bool:
    """COUNT nodes, each with its Ready condition True (what kubectl wait --for=condition=Ready
    node --all waits for)."""
    return len(nodes) == count and all(condition_true(n, "Ready") for n in nodes)


def await_established(twin: Twin, names: list[str] | None = None) -> None:
    """Waits until the CRDs NAMES (default: every CRD) are Established, read over HTTPS.
    `kubectl wait --for=condition=Established` fails outright, instead of waiting, when it reads
    a CRD created a moment before (its conditions are still null)."""
    kube = twin.kube()

    def established() -> bool:
        crds = [c for c in kube.items("customresourcedefinitions") if names is None or c["metadata"]["name"] in names]
        return (names is None or len(crds) == len(names)) and all(condition_true(c, "Established") for c in crds)

    _wait(f"the CRDs {', '.join(names)} Established" if names else "every CRD Established", twin, established)


def start_all(clusters: list[str], bin_dir: Path) -> dict[str, Twin]:
    """Starts the twins of CLUSTERS at once (each mostly waits for its own processes); returns
    them by cluster once every one is ready. The first failure is raised, after the others end."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, len(clusters))) as pool:
        futures = {name: pool.submit(start, name, bin_dir) for name in clusters}
    twins = {name: future.result() for name, future in futures.items()}
    # Each start wrote .twin/kubeconfig with the twins it saw: once more with all of them.
    _write_shared_kubeconfig()
    return twins


def _install_crds(twin: Twin) -> None:
    """The CRDs the add-ons install on the real cluster (k3s installs the HelmChart kinds
    itself), from the upstream files in ../shared/crds, so custom resources meet the same
    schemas and CEL rules."""
    if not SHARED_CRDS.is_dir():
        raise TwinError(f"no {SHARED_CRDS.name} folder beside the project at ../shared/crds: the twin takes the CRDs from there")
    files = sorted(str(p) for p in SHARED_CRDS.rglob("*.yaml"))
    args = ["apply", "--server-side", "--field-manager=twin-addons"]
    for f in files:
        args += ["-f", f]
    done = twin.kube().run(*args)
    if done.returncode != 0:
        raise TwinError(f"twin {twin.cluster}: the add-ons' CRDs were refused: {done.stderr.strip()}")
    await_established(twin)


def _grant_reader(twin: Twin) -> None:
    """The `reader` user may read everything and change nothing: the built-in `view` role."""
    binding = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "ClusterRoleBinding",
        "metadata": {"name": "twin-reader-view"},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"},
        "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "User", "name": "twin-reader"}],
    }
    done = twin.kube().run("apply", "--server-side", "-f", "-", input_text=yaml.safe_dump(binding))
    if done.returncode != 0:
        raise TwinError(f"twin {twin.cluster}: the reader's binding was refused: {done.stderr.strip()}")


def _write_shared_kubeconfig() -> None:
    """.twin/kubeconfig: one context per running twin, named as the cluster's kube context,
    as administrator; the current context is the first."""
    merged: dict[str, list[object]] = {"clusters": [], "users": [], "contexts": []}
    current = ""
    for folder in sorted(p for p in STATE.iterdir() if (p / "twin.json").exists()):
        twin = load(folder.name)
        if twin is None or not all(_alive(pid) for pid in twin.pids.values()):
            continue
        config = yaml.safe_load((folder / "admin.kubeconfig").read_text())
        for key in merged:
            merged[key] += config[key]
        current = current or twin.context
    _write_yaml(KUBECONFIG, {"apiVersion": "v1", "kind": "Config", **merged, "current-context": current})


def _end(pids: list[int], seconds: float) -> None:
    """SIGTERM to each process group of PIDS at once, then SIGKILL to any still there after SECONDS."""
    for pid in pids:
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
    deadline = time.monotonic() + seconds
    for pid in pids:
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if _alive(pid):
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def stop_twins(twins: list[Twin]) -> None:
    """Ends every process of TWINS (each one's whole process group), all twins at once: first the
    clients of etcd, then etcd. The API server's own shutdown waits for its storage: with etcd
    ended beside it, it did not end within 20 s; before it, in about 3 s."""
    _end([pid for t in twins for name, pid in t.pids.items() if name != "etcd"], 15)
    _end([pid for t in twins for name, pid in t.pids.items() if name == "etcd"], 15)
    for twin in twins:
        twin.pids.clear()
        _save(twin)


def stop_all() -> list[str]:
    """Stops every twin recorded under .twin/; returns the clusters it stopped."""
    if not STATE.is_dir():
        return []
    running = [t for t in (load(f.name) for f in sorted(STATE.iterdir()) if f.is_dir()) if t is not None and t.pids]
    stop_twins(running)
    if KUBECONFIG.exists():
        KUBECONFIG.unlink()
    return [t.cluster for t in running]


def _clusters(args: list[str]) -> list[str]:
    from dirtbike_site import environments

    names = args or sorted(environments.CLUSTERS)
    for name in names:
        environments.get_cluster(name)
    return names


def main(argv: list[str]) -> int:
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    command, args = (argv[0], argv[1:]) if argv else ("status", [])
    try:
        if command == "start":
            names = _clusters(args)
            bin_dir = binaries()
            began = time.monotonic()
            for name, twin in start_all(names, bin_dir).items():
                print(f"twin {name}: ready at {twin.server} (context {twin.context})")
            print(f"twin: {', '.join(names)} ready in {time.monotonic() - began:.1f} s")
            print(f"Use it: export KUBECONFIG={KUBECONFIG.relative_to(ROOT)}; kubectl get nodes   (make twin-stop ends it)")
        elif command == "stop":
            stopped = stop_all()
            print("twin: stopped " + (", ".join(stopped) if stopped else "nothing (none was running)"))
        elif command == "status":
            for name in _clusters(args):
                recorded = load(name)
                running = recorded is not None and bool(recorded.pids) and ready(recorded)
                where = f" at {recorded.server}" if recorded is not None and running else ""
                print(f"twin {name}: {'running' if running else 'stopped'}{where}")
        else:
            print(__doc__, file=sys.stderr)
            return 2
    except TwinError as error:
        print(f"twin: {error}", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
