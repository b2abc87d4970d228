"""What every part of the review reads: a rendered tree as objects by identity (with the file
each came from, which carries the apply order), pod templates, and the Finding every rule emits."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..netpol import pod_template as pod_template  # one definition, re-exported for the review rules
from ..trees import tree_label, tree_of

Identity = tuple[str, str, str]  # kind, namespace ('' for cluster scope), name
Manifest = dict[str, Any]

#: Kinds whose pod template runs pods; a template change restarts them.
WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob")
RANK_PREFIX = re.compile(r"^(\d+)-")


#: Every rule the review applies, with what it finds; a Finding names one of them.
RULES: dict[str, str] = {
    # will fail or lose data
    "immutable-selector": "a workload's selector changed (the API server rejects it)",
    "immutable-volume-claims": "a StatefulSet's volume claim templates changed",
    "immutable-statefulset": "another StatefulSet field that cannot change (service name, pod management, selector)",
    "immutable-job-template": "a Job's pod template changed",
    "immutable-storage-class": "a StorageClass's provisioner, parameters, reclaim policy or binding mode changed",
    "immutable-claim": "a claim's storage class, access modes, volume mode or volume changed",
    "immutable-service-address": "a Service's cluster address set or changed (the API server allocated it)",
    "immutable-custom-field": "a custom resource field its CRD's CEL rule makes immutable changed",
    "volume-shrink": "a claim, claim template or PostgreSQL volume asks for less space",
    "volume-not-expandable": "a claim grows on a storage class that does not allow expansion",
    "pod-security-refused": "an added or changed pod its namespace's Pod Security level refuses",
    "prune-data": "prune deletes an object holding data (claim, StatefulSet, PostgreSQL cluster, credential, namespace)",
    # security posture
    "flow-added": "a connection the NetworkPolicies did not allow now is",
    "flow-widened": "a connection already allowed on some ports is now allowed on more",
    "flow-removed": "a connection no longer allowed",
    "privilege-capabilities": "Linux capabilities added or dropped",
    "privilege-user": "user or group id, or runAsNonRoot, changed",
    "privilege-escalation": "allowPrivilegeEscalation changed",
    "privilege-root-filesystem": "the root filesystem became writable or read-only",
    "privilege-privileged": "privileged mode changed",
    "privilege-seccomp": "the seccomp profile changed",
    "privilege-host": "host network, PID, IPC or host paths",
    "security-exception": "a named security exception added, removed or reworded",
    "pod-security": "a namespace's Pod Security level or version",
    "sa-token": "a ServiceAccount token mounted or no longer mounted",
    "rbac-gained": "a subject gains API rights through its bindings",
    "rbac-lost": "a subject loses API rights",
    "credential-added": "a SealedSecret or Secret added",
    "credential-removed": "a SealedSecret or Secret removed",
    "credential-resealed": "a credential's value re-sealed or changed",
    "credential-keys": "keys added to or removed from a credential",
    "public-host-added": "a host newly served by an IngressRoute or Ingress",
    "public-host-removed": "a host no longer served",
    "auth-removed": "an authentication middleware no longer on a route",
    "admission-rule-added": "an admission policy rule added (dirtbike_constructs.invariants)",
    "admission-rule-removed": "an admission policy or its binding removed",
    "admission-rule-weakened": "an admission rule that stops denying, fails open, matches or guards less, exempts more, or whose CEL changed",
    "break-glass": "an object carrying the break-glass annotation: the admission policies let it through (shown in red)",
    # rollout
    "blue-green-switch": "the active colour of a blue-green Service",
    "blue-green-split": "the weights of a blue-green split, or a split starting or ending",
    "restart": "a workload restarts (pod template changed) or PostgreSQL instances roll",
    "scale": "a replica count or an autoscaler's range",
    "job-run": "a Job runs (new or changed)",
    "job-rerun": "unchanged Jobs that apply runs again",
    "cronjob-changed": "a CronJob's schedule or template",
    "chart-upgrade": "a k3s HelmChart's chart version or values (the helm-controller upgrades the release)",
    # images
    "image-changed": "an image's tag or digest",
    "image-added": "an image not run before",
}


@dataclass(frozen=True)
class Finding:
    """One consequence of a change: `rule` names the check that found it (one of RULES:
    stable, for tests and for grepping), `subject` what it is about, `text` one Markdown
    sentence."""

    rule: str
    subject: str
    text: str

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"unknown review rule {self.rule!r}; add it to RULES with what it finds")


@dataclass
class Tree:
    """One rendered tree (an environment, or a cluster's own objects): objects by identity and
    the path of the file each came from."""

    name: str
    objects: dict[Identity, Manifest] = field(default_factory=dict)
    paths: dict[Identity, str] = field(default_factory=dict)

    def of_kind(self, *kinds: str) -> Iterator[tuple[Identity, Manifest]]:
        for ident, manifest in self.objects.items():
            if ident[0] in kinds:
                yield ident, manifest

    def apply_key(self, ident: Identity) -> tuple[int, str]:
        """Where apply touches the object: its file's rank (NN-), then its path."""
        path = self.paths.get(ident, "")
        match = RANK_PREFIX.match(path.rsplit("/", 1)[-1])
        return (int(match.group(1)) if match else 99, path)

    @property
    def namespaces(self) -> dict[str, dict[str, str]]:
        """The namespaces the tree renders, with their labels."""
        return {m["metadata"]["name"]: dict(m["metadata"].get("labels") or {}) for _, m in self.of_kind("Namespace")}


def identity(manifest: Mapping[str, Any]) -> Identity:
    meta = manifest.get("metadata") or {}
    return str(manifest["kind"]), str(meta.get("namespace") or ""), str(meta["name"])


def load_trees(files: Mapping[str, str], folder: str = "dist") -> dict[str, Tree]:
    """Trees by their label (`tools.trees`: any layout the library writes, or a plain cdk8s
    output), from 'path/under/folder.yaml' -> text; `folder` names the tree the folder holds
    itself."""
    trees: dict[str, Tree] = {}
    for path, text in sorted(files.items()):
        if not path.endswith((".yaml", ".yml")):
            continue
        folder_tree, rel = tree_of(path)
        label = tree_label(folder_tree, folder)
        tree = trees.setdefault(label, Tree(label))
        for manifest in yaml.safe_load_all(text):
            if isinstance(manifest, dict) and "kind" in manifest:
                ident = identity(manifest)
                tree.objects[ident] = manifest
                tree.paths[ident] = rel
    return trees


def describe(ident: Identity) -> str:
    """`Deployment ns/name` in code style."""
    kind, namespace, name = ident
    return f"{kind} `{namespace + '/' if namespace else ''}{name}`"


def containers(template: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """Init containers then containers of a pod template."""
    spec = (template or {}).get("spec") or {}
    return [*(spec.get("initContainers") or []), *(spec.get("containers") or [])]


def dig(value: Any, *path: str) -> Any:
    """value[path[0]][path[1]]..., None where any step is missing."""
    for key in path:
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value
