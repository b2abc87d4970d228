"""SealedSecret: a credential committed as ciphertext only, decrypted in-cluster by the
SealedSecrets controller into a Secret of the same name."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping

from constructs import Construct

from . import _validate as check
from .errors import ConfigError
from .meta import ManifestObject, all_or_nothing, attach, construct_path, content_hash, object_meta, recommended_labels

SECRET_KEY = re.compile(r"[-._a-zA-Z0-9]+")
SECRET_TYPES = ("Opaque", "kubernetes.io/basic-auth", "kubernetes.io/tls", "kubernetes.io/dockerconfigjson")
# 2-byte length + an RSA-2048 ciphertext at the least; anything shorter is not sealed.
MIN_SEALED_BYTES = 2 + 256


#: The keys the API server requires of a Secret type (Kubernetes v1.36 pkg/apis/core/validation
#: ValidateSecret); a basic-auth Secret needs at least one of its two.
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    "kubernetes.io/tls": ("tls.crt", "tls.key"),
    "kubernetes.io/dockerconfigjson": (".dockerconfigjson",),
}
ONE_OF_KEYS: dict[str, tuple[str, ...]] = {"kubernetes.io/basic-auth": ("username", "password")}


class SealedSecret(Construct):
    """A `bitnami.com/v1alpha1` SealedSecret with strict (namespace and name) scope.

    namespace: where the Secret will exist. encrypted_data: key -> base64 ciphertext sealed
    for exactly this namespace/name (see dirtbike_constructs.sealing). name: default: the
    construct id. secret_type: the Secret's type; default 'Opaque'. app / part_of: labels.

    Attributes: `name`, `namespace`, `keys`, `fingerprint` (a digest of the ciphertext, for
    SecretFiles(fingerprint=...) so re-sealed credentials roll the pods that mount them).
    """

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        encrypted_data: Mapping[str, str],
        name: str | None = None,
        secret_type: str = "Opaque",
        app: str | None = None,
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        name = check.labelled_name(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        check.one_of(where, "secret_type", secret_type, SECRET_TYPES)
        data = check.string_map(where, "encrypted_data", encrypted_data)
        if not data:
            raise ConfigError(where, "encrypted_data", data, "at least one sealed key")
        for key, value in data.items():
            if not SECRET_KEY.fullmatch(key):
                raise ConfigError(where, "encrypted_data key", key, "a Secret key of letters, digits, '-', '_' and '.'")
            try:
                raw = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                raw = b""
            if len(raw) < MIN_SEALED_BYTES:
                raise ConfigError(
                    where,
                    f"encrypted_data[{key!r}]",
                    value[:16] + "...",
                    "base64 ciphertext produced by sealing (never a plain value)",
                    "seal it with `make seal`",
                )
        one_of = ONE_OF_KEYS.get(secret_type, ())
        if one_of and not any(key in data for key in one_of):
            raise ConfigError(
                where, "encrypted_data", sorted(data), f"at least one of {', '.join(one_of)} in a {secret_type} Secret", "seal one of them"
            )
        missing = [key for key in REQUIRED_KEYS.get(secret_type, ()) if key not in data]
        if missing:
            raise ConfigError(
                where,
                "encrypted_data",
                sorted(data),
                f"the keys a {secret_type} Secret must have: " + ", ".join(REQUIRED_KEYS[secret_type]),
                "seal " + ", ".join(missing) + " too (the API server refuses the Secret without them)",
            )
        app = check.label_value(where, "app", app if app is not None else name)
        attach(self, scope, id, where)
        self.name = name
        self.namespace = namespace
        self.keys = tuple(sorted(data))
        self.fingerprint = content_hash(sorted(data.items()))[:16]
        labels = recommended_labels(name=app, instance=name, component="credentials", part_of=part_of)
        self.sealed_secret = ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "bitnami.com/v1alpha1",
                "kind": "SealedSecret",
                "metadata": object_meta(name, namespace, labels),
                "spec": {
                    "encryptedData": dict(sorted(data.items())),
                    "template": {"metadata": {"name": name, "namespace": namespace, "labels": labels}, "type": secret_type},
                },
            },
        )
