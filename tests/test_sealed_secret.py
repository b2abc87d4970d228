"""Sealing round trip with a key pair made here, and the SealedSecret construct's rules."""

from __future__ import annotations

import base64
import struct

import pytest
from conftest import as_yaml, find, synth
from keys import key_pair

from dirtbike_constructs import ConfigError, SealedSecret
from dirtbike_constructs.sealing import load_certificate, seal, unseal


def sealed(namespace="apps", name="db", value=b"s3cr3t-value"):
    key, cert = key_pair()
    return seal(load_certificate(cert), namespace, name, value)


def test_round_trip():
    key, _ = key_pair()
    assert unseal(key, "apps", "db", sealed()) == b"s3cr3t-value"


def test_layout_is_length_prefixed_rsa_then_gcm():
    raw = base64.b64decode(sealed(value=b"x" * 10))
    (length,) = struct.unpack(">H", raw[:2])
    assert length == 256  # RSA-2048
    assert len(raw) == 2 + length + 10 + 16  # AES-GCM: ciphertext as long as the value, plus the tag


def test_strict_scope_binds_namespace_and_name():
    key, _ = key_pair()
    value = sealed()
    for namespace, name in (("other", "db"), ("apps", "other")):
        with pytest.raises(ValueError):
            unseal(key, namespace, name, value)


def test_every_seal_is_fresh():
    assert sealed() != sealed()


def test_construct_snapshot(chart, snapshot_yaml):
    """A SealedSecret as the controller expects it (ciphertext replaced by a fixed marker)."""
    SealedSecret(chart, "db", namespace="apps", encrypted_data={"password": sealed()}, part_of="site")
    manifest = find(synth(chart), "SealedSecret", "db")
    assert manifest["spec"]["template"]["type"] == "Opaque"
    manifest["spec"]["encryptedData"]["password"] = "<sealed>"
    assert as_yaml([manifest]) == snapshot_yaml


def test_fingerprint_follows_ciphertext(chart):
    a = SealedSecret(chart, "a", namespace="apps", encrypted_data={"k": sealed(name="a")})
    b = SealedSecret(chart, "b", namespace="apps", encrypted_data={"k": sealed(name="b")})
    assert a.fingerprint != b.fingerprint and len(a.fingerprint) == 16 and a.keys == ("k",)


@pytest.mark.parametrize(
    "props, field",
    [
        ({"encrypted_data": {"password": "hunter2"}}, "encrypted_data['password']"),
        ({"encrypted_data": {"password": "not base64!"}}, "encrypted_data['password']"),
        ({"encrypted_data": {}}, "encrypted_data"),
        ({"encrypted_data": {"bad key": "x"}}, "encrypted_data key"),
        ({"secret_type": "Plain"}, "secret_type"),
        ({"namespace": "Apps"}, "namespace"),
    ],
)
def test_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        SealedSecret(chart, "db", **{"namespace": "apps", "encrypted_data": {"k": sealed()}, **props})
    assert error.value.field == field
