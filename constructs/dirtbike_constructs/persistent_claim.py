"""PersistentClaim: a PersistentVolumeClaim with the recommended labels."""

from __future__ import annotations

from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .meta import ManifestObject, all_or_nothing, attach, construct_path, object_meta, recommended_labels


class PersistentClaim(Construct):
    """A PersistentVolumeClaim for a workload's data (mount it with ClaimMount(claim_name=...)).

    namespace: where it renders. size: e.g. '10Gi'. storage_class: default None (the
    cluster default). access_mode: 'ReadWriteOnce' (default), 'ReadWriteOncePod' or
    'ReadWriteMany'. name: default: the construct id. app: app.kubernetes.io/name; default
    the name. part_of: default omitted."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        size: str,
        storage_class: str | None = None,
        access_mode: Literal["ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany"] = "ReadWriteOnce",
        name: str | None = None,
        app: str | None = None,
        part_of: str | None = None,
    ) -> None:
        where = construct_path(scope, id)
        name = check.labelled_name(where, "name", name if name is not None else id)
        check.dns_label(where, "namespace", namespace)
        check.memory_bytes(where, "size", size)
        check.one_of(where, "access_mode", access_mode, ("ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany"))
        if storage_class is not None:
            check.dns_subdomain(where, "storage_class", storage_class)
        app = check.label_value(where, "app", app if app is not None else name)
        attach(self, scope, id, where)
        self.name = name
        self.namespace = namespace
        spec: dict[str, Any] = {"accessModes": [access_mode], "resources": {"requests": {"storage": size}}}
        if storage_class is not None:
            spec["storageClassName"] = storage_class
        self.claim = ManifestObject(
            self,
            "Resource",
            {
                "apiVersion": "v1",
                "kind": "PersistentVolumeClaim",
                "metadata": object_meta(name, namespace, recommended_labels(name=app, instance=name, component="storage", part_of=part_of)),
                "spec": spec,
            },
        )
