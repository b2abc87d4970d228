"""The library as another cdk8s repository uses it: build the wheel, install it into a fresh
venv, and synthesize from a project that has its own top-level imports/."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

CONSUMER = textwrap.dedent('''
    import cdk8s
    import imports
    from imports.consumer_bindings import MARKER
    from dirtbike_constructs import (BlueGreenService, CnpgCluster, ColorSpec, Container, ExternalPeer,
                                     HardenedDeployment, Port, Probe, Resources, Storage, ZeroTrustNamespace, allow)
    from dirtbike_constructs.imports.cnpg_cluster.io.cnpg.postgresql import Cluster

    res = Resources(cpu="100m", memory="128Mi", cpu_limit="500m", memory_limit="256Mi")
    web = Container(name="web", image="ghcr.io/example/web:1.0.0", resources=res, ports=(Port("http", 8080),),
                    readiness=Probe.http("/ready"), liveness=Probe.http("/live"))
    app = cdk8s.App()
    chart = cdk8s.Chart(app, "consumer")
    ZeroTrustNamespace(chart, "ns", name="shop")
    api = HardenedDeployment(chart, "api", namespace="shop", container=web)
    pg = CnpgCluster(chart, "pg", namespace="shop", image="ghcr.io/cloudnative-pg/postgresql:16.4",
                     storage=Storage("1Gi"), resources=Resources("250m", "1Gi", "1", "1Gi"),
                     api_server=ExternalPeer.network("kube-apiserver", cidr="10.0.0.0/24", ports={"https": 6443}))
    BlueGreenService(chart, "front", namespace="shop", container=web, active="blue",
                     blue=ColorSpec("ghcr.io/example/web:1.0.0"), green=ColorSpec("ghcr.io/example/web:1.1.0"))
    allow(api, pg, "postgresql")
    print(MARKER, list(imports.__path__)[0], Cluster.GVK.kind)
    print(app.synth_yaml())
''')


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
                   check=True, capture_output=True)
    (path,) = out.glob("dirtbike_constructs-*.whl")
    return path


def test_wheel_has_no_top_level_imports_or_constructs(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert top == {"dirtbike_constructs", next(t for t in top if t.endswith(".dist-info"))}
    assert any(n.endswith(".jsii.tgz") for n in names if n.startswith("dirtbike_constructs/imports/"))


def test_foreign_repository_uses_the_installed_wheel(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "--constraint", str(ROOT / "constraints.txt"), str(wheel)], check=True, capture_output=True)
    project = tmp_path / "consumer"
    (project / "imports" / "consumer_bindings").mkdir(parents=True)
    (project / "imports" / "consumer_bindings" / "__init__.py").write_text('MARKER = "consumer-imports"\n')
    (project / "main.py").write_text(CONSUMER)
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20", "PYTHONPATH": ""}
    result = subprocess.run([str(python), "main.py"], cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    first, rest = result.stdout.split("\n", 1)
    assert first == f"consumer-imports {project / 'imports'} Cluster"
    for kind in ("kind: Namespace", "kind: Deployment", "kind: Cluster", "kind: NetworkPolicy", "name: front-preview"):
        assert kind in rest
    where = subprocess.run([str(python), "-c", "import dirtbike_constructs; print(dirtbike_constructs.__file__)"],
                           cwd=project, env=env, capture_output=True, text=True, check=True).stdout
    assert str(venv) in where
