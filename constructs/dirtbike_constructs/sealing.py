"""Offline sealing compatible with the SealedSecrets controller (strict scope).

Format of one sealed value: 2-byte big-endian length of the RSA ciphertext, the RSA-OAEP
(SHA-256, MGF1-SHA-256) encryption of a random 32-byte session key with the label
`namespace/name`, then AES-256-GCM of the value under that session key with a zero nonce
(the key is used once); the whole is base64-encoded. Needs the `cryptography` package
(extra `seal`)."""

from __future__ import annotations

import base64
import os
import struct

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SESSION_KEY_BYTES = 32
ZERO_NONCE = bytes(12)


def _oaep(label: bytes) -> padding.OAEP:
    return padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=label)


def scope_label(namespace: str, name: str) -> bytes:
    """The strict-scope label: the value only decrypts as this Secret in this namespace."""
    return f"{namespace}/{name}".encode()


def load_certificate(pem: bytes) -> rsa.RSAPublicKey:
    key = x509.load_pem_x509_certificate(pem).public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the sealing certificate must carry an RSA public key")
    return key


def seal(public_key: rsa.RSAPublicKey, namespace: str, name: str, value: bytes) -> str:
    session_key = os.urandom(SESSION_KEY_BYTES)
    wrapped = public_key.encrypt(session_key, _oaep(scope_label(namespace, name)))
    body = AESGCM(session_key).encrypt(ZERO_NONCE, value, None)
    return base64.b64encode(struct.pack(">H", len(wrapped)) + wrapped + body).decode()


def unseal(private_key: rsa.RSAPrivateKey, namespace: str, name: str, sealed: str) -> bytes:
    """What the controller does; used by tests and key-rotation checks, never by synthesis."""
    raw = base64.b64decode(sealed, validate=True)
    (length,) = struct.unpack(">H", raw[:2])
    session_key = private_key.decrypt(raw[2 : 2 + length], _oaep(scope_label(namespace, name)))
    return AESGCM(session_key).decrypt(ZERO_NONCE, raw[2 + length :], None)
