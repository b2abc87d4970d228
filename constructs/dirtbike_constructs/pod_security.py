"""The final objects checked at synthesis: every pod template (after JSON patches, and of any
cdk8s construct, cdk8s-plus's included) against the Pod Security level its namespace enforces
and the library's own hardening rules.

A construct's props are validated when it is built, but an escape hatch (a JSON patch, an
object of another library) changes the object afterwards. So `check_objects` reads what will
be written: a pod the namespace's Pod Security admission would refuse is refused here, with
the field, the level and the fix; a departure from the library's rules is accepted only with
its named, reasoned annotation on the pod template (the same ones `SecurityExceptions`
renders), so it shows in the diff.

The Pod Security controls follow the Kubernetes Pod Security Standards: baseline (host
namespaces and processes, privileged, capabilities beyond the baseline set, hostPath volumes,
host ports, seccomp/AppArmor `Unconfined`, `procMount`) and restricted (volume types,
privilege escalation, non-root, seccomp profile, capabilities dropped). SELinux options and
sysctls are left to the cluster's admission.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .errors import ConfigError

ENFORCE_LABEL = "pod-security.kubernetes.io/enforce"
LEVELS = ("privileged", "baseline", "restricted")
#: Capabilities baseline allows to add; restricted allows NET_BIND_SERVICE only.
BASELINE_CAPABILITIES = frozenset(
    {
        "AUDIT_WRITE",
        "CHOWN",
        "DAC_OVERRIDE",
        "FOWNER",
        "FSETID",
        "KILL",
        "MKNOD",
        "NET_BIND_SERVICE",
        "SETFCAP",
        "SETGID",
        "SETPCAP",
        "SETUID",
        "SYS_CHROOT",
    }
)
RESTRICTED_VOLUMES = frozenset({"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"})
#: The library's rules beyond restricted, each with the annotation that accepts a departure.
EXCEPTION_PREFIX = "security.dirtbike.io/"
LOW_UID = 10000
POD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod")


#: The host namespaces a pod can join, each a boolean of the pod spec.
HOST_NAMESPACES = ("hostNetwork", "hostPID", "hostIPC")
#: Every list of containers a pod spec holds, in the order they are reported.
ALL_CONTAINER_LISTS = ("initContainers", "containers", "ephemeralContainers")


@dataclass(frozen=True)
class HostAccess:
    """One way a pod reaches into its node. what: 'namespace' (name: the pod-spec field),
    'hostPath' (name: the volume), 'hostPort' (name: the container, listed: its list, index: its
    place there). value: the field's value, the host path or the host port."""

    what: Literal["namespace", "hostPath", "hostPort"]
    name: str
    value: Any
    listed: str = ""
    index: int = 0


def host_access(spec: Mapping[str, Any], container_lists: Sequence[str] = ALL_CONTAINER_LISTS) -> list[HostAccess]:
    """The host access of a pod spec (Pod Security baseline's host namespaces, hostPath volumes
    and host ports), in this order: namespaces, volumes, then each container of
    `container_lists` with a host port (its first). The one definition both the synthesis
    check (`pod_security_violations`) and the admission rule `pod-host-access` use."""
    found = [HostAccess("namespace", key, True) for key in HOST_NAMESPACES if spec.get(key) is True]
    found += [
        HostAccess("hostPath", str(volume.get("name")), (volume.get("hostPath") or {}).get("path"))
        for volume in spec.get("volumes") or []
        if "hostPath" in volume
    ]
    for listed in container_lists:
        for index, container in enumerate(spec.get(listed) or []):
            ports = [p["hostPort"] for p in container.get("ports") or [] if p.get("hostPort")]
            if ports:
                found.append(HostAccess("hostPort", str(container.get("name", index)), ports[0], listed, index))
    return found


def pod_spec_of(manifest: Mapping[str, Any]) -> tuple[Mapping[str, Any], Mapping[str, Any]] | None:
    """(pod metadata, pod spec) of a workload object or Pod; None for any other kind."""
    kind, spec = manifest.get("kind"), manifest.get("spec") or {}
    if kind == "Pod":
        return manifest.get("metadata") or {}, spec
    if kind == "CronJob":
        template = ((spec.get("jobTemplate") or {}).get("spec") or {}).get("template") or {}
    elif kind in POD_KINDS:
        template = spec.get("template") or {}
    else:
        return None
    return template.get("metadata") or {}, template.get("spec") or {}


def _containers(spec: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    return [(f"{group}[{c.get('name', i)}]", c) for group in ALL_CONTAINER_LISTS for i, c in enumerate(spec.get(group) or [])]


def pod_security_violations(spec: Mapping[str, Any], level: str) -> list[str]:
    """What of a pod spec the Pod Security level refuses, one 'field: value' text each."""
    if level not in ("baseline", "restricted"):
        return []
    found: list[str] = []
    pod_context = spec.get("securityContext") or {}
    containers = _containers(spec)
    host = host_access(spec)
    found += [f"{h.name}: true" for h in host if h.what == "namespace"]
    host_ports = {f"{h.listed}[{h.name}]" for h in host if h.what == "hostPort"}
    if (pod_context.get("windowsOptions") or {}).get("hostProcess"):
        found.append("securityContext.windowsOptions.hostProcess: true")
    found += [f"volumes[{h.name}].hostPath" for h in host if h.what == "hostPath"]
    for volume in spec.get("volumes") or []:
        kinds = [k for k in volume if k != "name"]
        if "hostPath" not in kinds and level == "restricted" and not set(kinds) <= RESTRICTED_VOLUMES:
            found.append(f"volumes[{volume.get('name')}]: {', '.join(kinds)} (restricted allows {', '.join(sorted(RESTRICTED_VOLUMES))})")
    pod_seccomp = (pod_context.get("seccompProfile") or {}).get("type")
    if pod_seccomp == "Unconfined":
        found.append("securityContext.seccompProfile.type: Unconfined")
    if (pod_context.get("appArmorProfile") or {}).get("type") == "Unconfined":
        found.append("securityContext.appArmorProfile.type: Unconfined")
    for where, container in containers:
        context = container.get("securityContext") or {}
        caps = context.get("capabilities") or {}
        added = set(caps.get("add") or [])
        if context.get("privileged"):
            found.append(f"{where}.securityContext.privileged: true")
        if (context.get("windowsOptions") or {}).get("hostProcess"):
            found.append(f"{where}.securityContext.windowsOptions.hostProcess: true")
        if added - BASELINE_CAPABILITIES:
            found.append(f"{where}.securityContext.capabilities.add: {', '.join(sorted(added - BASELINE_CAPABILITIES))}")
        if where in host_ports:
            found.append(f"{where}.ports: hostPort")
        if context.get("procMount") not in (None, "Default"):
            found.append(f"{where}.securityContext.procMount: {context['procMount']}")
        seccomp = (context.get("seccompProfile") or {}).get("type")
        if seccomp == "Unconfined":
            found.append(f"{where}.securityContext.seccompProfile.type: Unconfined")
        if (context.get("appArmorProfile") or {}).get("type") == "Unconfined":
            found.append(f"{where}.securityContext.appArmorProfile.type: Unconfined")
        if level != "restricted":
            continue
        if context.get("allowPrivilegeEscalation") is not False:
            found.append(f"{where}.securityContext.allowPrivilegeEscalation: {context.get('allowPrivilegeEscalation')} (must be false)")
        if not context.get("runAsNonRoot", pod_context.get("runAsNonRoot")):
            found.append(f"{where}.securityContext.runAsNonRoot: not true")
        if context.get("runAsUser", pod_context.get("runAsUser")) == 0:
            found.append(f"{where}.securityContext.runAsUser: 0")
        if (seccomp or pod_seccomp) not in ("RuntimeDefault", "Localhost"):
            found.append(f"{where}.securityContext.seccompProfile.type: {seccomp or pod_seccomp} (RuntimeDefault or Localhost)")
        if "ALL" not in (caps.get("drop") or []):
            found.append(f"{where}.securityContext.capabilities.drop: without ALL")
        if added - {"NET_BIND_SERVICE"}:
            found.append(
                f"{where}.securityContext.capabilities.add: {', '.join(sorted(added - {'NET_BIND_SERVICE'}))} (restricted: NET_BIND_SERVICE only)"
            )
    return found


def rule_departures(metadata: Mapping[str, Any], spec: Mapping[str, Any]) -> list[str]:
    """The library's rules beyond Pod Security a pod template breaks without the named,
    reasoned annotation `security.dirtbike.io/<container>.<exception>` on it."""
    annotations = metadata.get("annotations") or {}
    pod_context = spec.get("securityContext") or {}
    found = []
    for where, container in _containers(spec):
        name = container.get("name", "")
        context = container.get("securityContext") or {}

        def excused(exception: str) -> bool:
            return bool(str(annotations.get(f"{EXCEPTION_PREFIX}{name}.{exception}", "")).strip())

        if context.get("readOnlyRootFilesystem") is not True and not excused("writable-root-filesystem"):
            found.append(f"{where}.securityContext.readOnlyRootFilesystem: not true (exception: writable-root-filesystem)")
        for key in ("runAsUser", "runAsGroup"):
            value = context.get(key, pod_context.get(key))
            if isinstance(value, int) and 0 < value < LOW_UID and not excused("low-uid"):
                found.append(f"{where}.securityContext.{key}: {value} (below {LOW_UID}; exception: low-uid)")
        if "NET_BIND_SERVICE" in ((context.get("capabilities") or {}).get("add") or []) and not excused("net-bind-service"):
            found.append(f"{where}.securityContext.capabilities.add: NET_BIND_SERVICE (exception: net-bind-service)")
    return found


def namespace_levels(manifests: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """The Pod Security level each Namespace of the output enforces (unset: privileged)."""
    return {
        m["metadata"]["name"]: str(((m["metadata"].get("labels") or {}).get(ENFORCE_LABEL)) or "privileged")
        for m in manifests
        if m.get("kind") == "Namespace" and m.get("apiVersion") == "v1"
    }


def check_objects(objects: Sequence[tuple[Mapping[str, Any], Callable[[], str]]]) -> None:
    """Refuse, with one ConfigError naming the construct path, a pod template of the final
    objects ((manifest, its construct path on demand) pairs) that its namespace's Pod Security
    level would refuse, or that departs from the library's rules without its reasoned
    annotation. Only pods in namespaces the same output renders are checked (others' levels
    are not known)."""
    levels = namespace_levels(m for m, _ in objects)
    for manifest, path_of in objects:
        pod = pod_spec_of(manifest)
        namespace = (manifest.get("metadata") or {}).get("namespace")
        if pod is None or namespace not in levels:
            continue
        level = levels[namespace]
        metadata, spec = pod
        broken = pod_security_violations(spec, level)
        what = f"{manifest['kind']} {namespace}/{manifest['metadata'].get('name')}"
        if broken:
            raise ConfigError(
                path_of(),
                "pod template (final object)",
                "; ".join(broken),
                f"a pod Pod Security '{level}' admits: namespace {namespace} enforces it, so the cluster refuses {what}",
                "remove the patch or setting that adds it (or set the container's securityContext as the level requires); "
                "a namespace that must run such pods is a PlatformNamespace at a lower level, with its reason",
            )
        departures = rule_departures(metadata, spec) if level == "restricted" else []
        if departures:
            raise ConfigError(
                path_of(),
                "pod template (final object)",
                "; ".join(departures),
                f"the library's hardening in namespace {namespace} ({what})",
                "set it as the library does, or accept the departure with its reason: the pod-template annotation "
                f"'{EXCEPTION_PREFIX}<container>.<exception>: <why>' (SecurityExceptions renders the same for the library's workloads)",
            )
