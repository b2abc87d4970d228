"""The CRD bindings: every kind the platform needs imports from the shipped package, each
cdk8s.yaml entry has its own module (no import overwrote another), and the API versions the
constructs emit are the bindings' own."""

from __future__ import annotations

import importlib
import sys

import pytest
import yaml
from conftest import CRD_DIR, ROOT, dist_files

sys.path.insert(0, str(ROOT / "scripts"))
import import_crds  # noqa: E402

# import name -> (module under it, kinds it must provide, apiVersion)
EXPECTED = {
    "cnpg_cluster": ("io.cnpg.postgresql", ["Cluster"], "postgresql.cnpg.io/v1"),
    "cnpg_pooler": ("io.cnpg.postgresql", ["Pooler"], "postgresql.cnpg.io/v1"),
    "cnpg_scheduledbackup": ("io.cnpg.postgresql", ["ScheduledBackup"], "postgresql.cnpg.io/v1"),
    "cnpg_database": ("io.cnpg.postgresql", ["Database"], "postgresql.cnpg.io/v1"),
    "barman_objectstore": ("io.cnpg.barmancloud", ["ObjectStore"], "barmancloud.cnpg.io/v1"),
    "sealedsecrets": ("com.bitnami", ["SealedSecret"], "bitnami.com/v1alpha1"),
    "servicemonitor": ("com.coreos.monitoring", ["ServiceMonitor"], "monitoring.coreos.com/v1"),
    "podmonitor": ("com.coreos.monitoring", ["PodMonitor"], "monitoring.coreos.com/v1"),
    "prometheusrule": ("com.coreos.monitoring", ["PrometheusRule"], "monitoring.coreos.com/v1"),
    "traefik": ("io.traefik", ["IngressRoute", "Middleware", "TraefikService"], "traefik.io/v1alpha1"),
    "certmanager_certificate": ("io.cert_manager", ["Certificate"], "cert-manager.io/v1"),
    "certmanager_clusterissuer": ("io.cert_manager", ["ClusterIssuer"], "cert-manager.io/v1"),
    "helmchart": ("io.cattle.helm", ["HelmChart"], "helm.cattle.io/v1"),
    "helmchartconfig": ("io.cattle.helm", ["HelmChartConfig"], "helm.cattle.io/v1"),
    "plan": ("io.cattle.upgrade", ["Plan"], "upgrade.cattle.io/v1"),
    "alertmanagerconfig": ("com.coreos.monitoring", ["AlertmanagerConfig"], "monitoring.coreos.com/v1alpha1"),
}


def config_imports() -> dict[str, str]:
    entries = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["imports"]
    return dict(entry.split(":=", 1) for entry in entries)


def test_every_import_is_named_and_has_its_own_module():
    names = config_imports()
    assert set(names) == set(EXPECTED)
    assert sorted(p.name for p in (ROOT / "imports").iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_kind_imports_from_the_library(name):
    module_path, kinds, api_version = EXPECTED[name]
    module = importlib.import_module(f"dirtbike_constructs.imports.{name}.{module_path}")
    for kind in kinds:
        gvk = getattr(module, kind).GVK
        assert (gvk.api_version, gvk.kind) == (api_version, kind)


def test_emitted_api_versions_match_the_bindings():
    from dirtbike_constructs.barman_object_store import BARMAN_API
    from dirtbike_constructs.cnpg_cluster import CNPG_API

    assert CNPG_API == EXPECTED["cnpg_cluster"][2]
    assert BARMAN_API == EXPECTED["barman_objectstore"][2]
    emitted = {m["apiVersion"] for _, m in dist_files()}
    custom = {v for v in emitted if "." in v.split("/")[0] and not v.split("/")[0].endswith("k8s.io")}
    assert custom <= {api for _, _, api in EXPECTED.values()}


def test_every_config_url_maps_to_local_crds():
    if not (CRD_DIR / "PROVENANCE.md").is_file():
        pytest.skip(f"CRDs not found at {CRD_DIR}: place the shared CRD folder at ../shared/crds")
    by_url = import_crds.provenance(CRD_DIR)
    for name, url in config_imports().items():
        files = by_url.get(url)
        assert files and all(f.is_file() for f in files), f"{name}: {url}"
    assert len(by_url[config_imports()["traefik"]]) == 10  # Traefik ships all its CRDs in one file
