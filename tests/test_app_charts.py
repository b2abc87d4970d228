"""One snapshot per application chart of prod, rendered with every credential sealed.

dist/ shows the platform as committed today, where no environment has a sealing certificate
yet, so no SealedSecret is rendered and no pod carries a credential fingerprint. These
snapshots lock the other state: every credential sealed (with placeholder ciphertext made
here, never committed to dist/), so each chart's SealedSecrets, their mounts and the
fingerprints that roll pods on a re-seal are reviewed too."""

from __future__ import annotations

import base64
import hashlib

import pytest

from conftest import as_yaml
from dirtbike_constructs.synth import chart_manifests
from dirtbike_site import environments
from dirtbike_site.credentials import SealedStore, required
from dirtbike_site.platform import build

AREAS = ("data", "web", "forum", "auth", "trails")


def placeholder_ciphertext(label: str) -> str:
    """Stable bytes of sealed size, so the snapshots do not change from run to run. Test data:
    nothing can decrypt it."""
    digest = hashlib.sha256(label.encode()).digest()
    return base64.b64encode(digest * 9).decode()  # 288 bytes, the size of a short sealed value


@pytest.fixture(scope="module")
def sealed_site(tmp_path_factory):
    store = SealedStore(environments.get("prod"), root=tmp_path_factory.mktemp("sealed"))
    for credential in required(store.env):
        store.write(credential, {key: placeholder_ciphertext(f"{credential.name}/{key}") for key in credential.keys})
    assert store.missing() == []
    return build(store.env, store)


@pytest.mark.parametrize("area", AREAS)
def test_app_chart_snapshot(sealed_site, area, snapshot_yaml):
    # As synthesis renders them: images through the images lock.
    manifests = sealed_site.images.pin_manifests(chart_manifests([sealed_site.chart(area)])).manifests
    sealed = [m for m in manifests if m["kind"] == "SealedSecret"]
    assert sealed, f"{area}: every area holds at least one credential"
    assert as_yaml(manifests) == snapshot_yaml


def test_every_credential_is_rendered_once_sealed(sealed_site):
    manifests = chart_manifests(sealed_site.charts)
    rendered = {(m["metadata"]["namespace"], m["metadata"]["name"]) for m in manifests if m["kind"] == "SealedSecret"}
    env = sealed_site.env
    assert rendered == {(c.namespace_in(env), c.name) for c in required(env)}
