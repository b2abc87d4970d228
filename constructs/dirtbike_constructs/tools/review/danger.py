"""Changes the API server rejects, and data that prune deletes, each with the manual step.

Immutable: a workload's selector, a StatefulSet's spec beyond the fields Kubernetes lets
change, a Job's pod template, a StorageClass's provisioner, parameters, reclaim policy and
binding mode, a PersistentVolumeClaim's class, access modes and volume. Volumes never shrink,
and grow only where the StorageClass allows expansion. Prune deletes what dist/ no longer has:
claims, StatefulSets, PostgreSQL clusters, SealedSecrets and Secrets, namespaces."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import _validate as quantity
from ...errors import ConfigError
from ...pod_security import namespace_levels, pod_security_violations, pod_spec_of
from ..diff import diff_environment
from .immutable_fields import IMMUTABLE_FIELDS
from .model import Finding, Identity, Tree, describe, dig

SELECTOR_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job")
#: The StatefulSet spec fields an update may change (everything else is rejected).
STATEFULSET_MUTABLE = (
    "replicas",
    "ordinals",
    "template",
    "updateStrategy",
    "persistentVolumeClaimRetentionPolicy",
    "minReadySeconds",
    "revisionHistoryLimit",
)
STORAGECLASS_IMMUTABLE = ("provisioner", "parameters", "reclaimPolicy", "volumeBindingMode")
PVC_IMMUTABLE = ("storageClassName", "accessModes", "volumeMode", "volumeName", "selector", "dataSource")
DATA_HOLDERS = ("PersistentVolumeClaim", "StatefulSet", "Cluster", "SealedSecret", "Secret", "Namespace")


def _bytes(value: Any) -> int | None:
    try:
        return quantity.memory_bytes("review", "storage", value)
    except ConfigError:  # an unparsable size is the API server's to reject; nothing to compare
        return None


def _kubectl(ident: Identity) -> str:
    kind, namespace, name = ident
    return f"{kind.lower()} {'-n ' + namespace + ' ' if namespace else ''}{name}"


def _immutable(ident: Identity, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Finding]:
    kind = ident[0]
    spec_old, spec_new = old.get("spec") or {}, new.get("spec") or {}
    subject = describe(ident)
    found = []
    if kind in SELECTOR_KINDS and spec_old.get("selector") != spec_new.get("selector") and kind != "StatefulSet":
        found.append(
            Finding(
                "immutable-selector",
                subject,
                f"{subject}: the selector cannot change. Step: `kubectl delete {_kubectl(ident)}`, then apply "
                "(its pods stop until the new ones are ready)",
            )
        )
    if kind == "StatefulSet":
        fields = sorted(k for k in set(spec_old) | set(spec_new) if k not in STATEFULSET_MUTABLE and spec_old.get(k) != spec_new.get(k))
        if fields:
            rule = "immutable-volume-claims" if fields == ["volumeClaimTemplates"] else "immutable-statefulset"
            found.append(
                Finding(
                    rule,
                    subject,
                    f"{subject}: {', '.join(f'`{f}`' for f in fields)} cannot change. Step: "
                    f"`kubectl delete {_kubectl(ident)} --cascade=orphan`, then apply (pods and volumes stay; "
                    "existing claims keep their old spec: resize or move them one by one)",
                )
            )
    if kind == "Job" and spec_old.get("template") != spec_new.get("template"):
        found.append(
            Finding(
                "immutable-job-template",
                subject,
                f"{subject}: a Job's pod template cannot change. scripts/apply.sh deletes and re-creates "
                f"the Job (it runs again); under Argo CD or Flux run `kubectl delete {_kubectl(ident)}` first",
            )
        )
    if kind == "StorageClass":
        fields = [f for f in STORAGECLASS_IMMUTABLE if old.get(f) != new.get(f)]
        if fields:
            found.append(
                Finding(
                    "immutable-storage-class",
                    subject,
                    f"{subject}: {', '.join(f'`{f}`' for f in fields)} cannot change. Step: "
                    f"`kubectl delete {_kubectl(ident)}`, then apply (volumes made before keep the old settings)",
                )
            )
    if kind == "Service":
        found += _service_address(ident, spec_old, spec_new)
    found += _custom_fields(ident, old, new)
    if kind == "PersistentVolumeClaim":
        fields = [f for f in PVC_IMMUTABLE if spec_old.get(f) != spec_new.get(f)]
        if fields:
            found.append(
                Finding(
                    "immutable-claim",
                    subject,
                    f"{subject}: {', '.join(f'`{f}`' for f in fields)} cannot change on a bound claim. Step: "
                    "a new claim, copy the data over with the workload stopped, switch the workload, "
                    "then delete the old claim",
                )
            )
    return found


def _service_address(ident: Identity, spec_old: Mapping[str, Any], spec_new: Mapping[str, Any]) -> list[Finding]:
    """The API server allocates a Service's cluster address once; setting one that differs
    (or turning a Service headless, `None`) is refused. Leaving the field out keeps it."""
    changed = [f for f in ("clusterIP", "clusterIPs") if spec_new.get(f) is not None and spec_new.get(f) != spec_old.get(f)]
    if not changed:
        return []
    subject = describe(ident)
    return [
        Finding(
            "immutable-service-address",
            subject,
            f"{subject}: {', '.join(f'`{f}`' for f in changed)} cannot change once the cluster gave the Service its "
            f"address (unless it names that same address). Step: `kubectl delete {_kubectl(ident)}`, then apply "
            "(clients lose the Service until it is back)",
        )
    ]


def _custom_fields(ident: Identity, old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Finding]:
    group = str(new.get("apiVersion", "")).rpartition("/")[0]
    found = []
    for path in IMMUTABLE_FIELDS.get((group, ident[0]), ()):
        before, after = dig(old, *path.split(".")), dig(new, *path.split("."))
        if before is not None and after is not None and before != after:
            subject = describe(ident)
            found.append(
                Finding(
                    "immutable-custom-field",
                    subject,
                    f"{subject}: `{path}` cannot change once set (the CRD's validation rule `self == oldSelf`). "
                    f"Step: `kubectl delete {_kubectl(ident)}`, then apply (what the operator built from it is rebuilt)",
                )
            )
    return found


def _sizes(ident: Identity, manifest: Mapping[str, Any]) -> dict[str, Any]:
    """Volume sizes an object asks for, by where they are."""
    kind = ident[0]
    if kind == "PersistentVolumeClaim":
        return {"": dig(manifest, "spec", "resources", "requests", "storage")}
    if kind == "StatefulSet":
        return {
            f" claim template `{t['metadata']['name']}`": dig(t, "spec", "resources", "requests", "storage")
            for t in dig(manifest, "spec", "volumeClaimTemplates") or []
        }
    if kind == "Cluster":
        return {" storage": dig(manifest, "spec", "storage", "size"), " WAL storage": dig(manifest, "spec", "walStorage", "size")}
    return {}


def _expandable(tree: Tree, manifest: Mapping[str, Any]) -> bool | None:
    """Whether the claim's StorageClass allows expansion; None when the class is not in the tree."""
    name = dig(manifest, "spec", "storageClassName")
    storage_class = tree.objects.get(("StorageClass", "", str(name)))
    return None if storage_class is None else bool(storage_class.get("allowVolumeExpansion", False))


def _size_findings(ident: Identity, old: Mapping[str, Any], new: Mapping[str, Any], tree: Tree) -> list[Finding]:
    found = []
    subject = describe(ident)
    old_sizes, new_sizes = _sizes(ident, old), _sizes(ident, new)
    for where, after in new_sizes.items():
        before = old_sizes.get(where)
        small, large = _bytes(after), _bytes(before)
        if small is None or large is None or small == large:
            continue
        if small < large:
            found.append(
                Finding(
                    "volume-shrink",
                    subject,
                    f"{subject}{where}: {before} → {after}. Volumes cannot shrink: "
                    "the API server rejects it. Step: a new, smaller volume and a copy of the data",
                )
            )
        elif ident[0] == "PersistentVolumeClaim" and _expandable(tree, new) is False:
            found.append(
                Finding(
                    "volume-not-expandable",
                    subject,
                    f"{subject}: {before} → {after}, but storage class `{dig(new, 'spec', 'storageClassName')}` does not allow expansion",
                )
            )
    return found


def _reclaim(tree: Tree, manifest: Mapping[str, Any]) -> str:
    name = dig(manifest, "spec", "storageClassName")
    storage_class = tree.objects.get(("StorageClass", "", str(name)))
    if storage_class is not None and storage_class.get("reclaimPolicy") == "Retain":
        return f" (storage class `{name}` retains the volume: bind a new claim to the released PersistentVolume to recover it)"
    return " and, unless its storage class retains volumes, its volume and the data on it"


def _prune_text(ident: Identity, manifest: Mapping[str, Any], tree: Tree) -> str | None:
    kind = ident[0]
    if kind == "PersistentVolumeClaim":
        return f"prune deletes {describe(ident)}{_reclaim(tree, manifest)}"
    if kind == "StatefulSet":
        return f"prune deletes {describe(ident)} and its pods (its claims stay unless its retention policy deletes them)"
    if kind == "Cluster" and str(manifest.get("apiVersion", "")).startswith("postgresql.cnpg.io/"):
        return f"prune deletes the PostgreSQL cluster {describe(ident)}, its instances and their volumes (backups in the object store stay)"
    if kind in ("SealedSecret", "Secret"):
        return f"prune deletes {describe(ident)} and the credential in it (keep a copy before applying if it is still needed)"
    if kind == "Namespace":
        return f"prune deletes {describe(ident)} and **everything in it**"
    return None


def _pod_security_findings(old: Tree | None, new: Tree) -> list[Finding]:
    """Added or changed pods the namespace's Pod Security level refuses (the same check
    synthesis makes; a tree written by other means, or edited by hand, can still hold one)."""
    levels = namespace_levels(new.objects.values())
    found = []
    for ident, manifest in sorted(new.objects.items()):
        pod = pod_spec_of(manifest)
        level = levels.get(ident[1])
        if pod is None or level is None or (old is not None and old.objects.get(ident) == manifest):
            continue
        broken = pod_security_violations(pod[1], level)
        if broken:
            found.append(
                Finding(
                    "pod-security-refused",
                    describe(ident),
                    f"{describe(ident)}: namespace `{ident[1]}` enforces Pod Security `{level}`, which refuses "
                    + "; ".join(f"`{b}`" for b in broken)
                    + ". Step: remove the setting (or the patch that adds it)",
                )
            )
    return found


def danger_findings(old: Tree | None, new: Tree | None) -> list[Finding]:
    refused = _pod_security_findings(old, new) if new is not None else []
    if old is None:
        return refused
    new = new or Tree(old.name)
    found = refused
    for ident in sorted(set(old.objects) & set(new.objects)):
        before, after = old.objects[ident], new.objects[ident]
        if before != after:
            found += _immutable(ident, before, after) + _size_findings(ident, before, after, new)
    result = diff_environment(old.name, old.objects, new.objects)
    for ident in result.removed:
        text = _prune_text(ident, old.objects[ident], old)
        if text:
            found.append(Finding("prune-data", describe(ident), text))
    for before_ident, after_ident in result.renamed:
        text = _prune_text(before_ident, old.objects[before_ident], old)
        if text:
            found.append(Finding("prune-data", describe(before_ident), f"renamed to `{after_ident[2]}`: {text}; the new one starts empty"))
    return found
