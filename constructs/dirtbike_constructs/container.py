"""Container values and the hardening every container gets: the main one, init containers
and sidecars alike.

Defaults follow the Pod Security 'restricted' standard and go a little further: a high
non-root UID/GID, seccomp RuntimeDefault, every capability dropped, no privilege escalation,
a read-only root filesystem with emptyDir mounts for the paths the image writes to. Each
relaxation is a named `SecurityExceptions` field that carries the reason, so it is visible
in code review and in the rendered pod annotations.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict, Unpack

from . import _validate as check
from ._names import derived_label
from .errors import ConfigError

#: UIDs/GIDs below this may collide with users of the node or the image; see SecurityExceptions.
MIN_UID = 10000
DEFAULT_UID = 10001
PORT_NAME = re.compile(r"(?=.*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?")
# $(NAME) in an env value, not the escaped $$(NAME).
VAR_REFERENCE = re.compile(r"(?<!\$)\$\(([A-Za-z_][A-Za-z0-9_]*)\)")
#: Kubernetes refuses a ConfigMap larger than 1 MiB (etcd's object limit).
CONFIG_MAP_MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Resources:
    """CPU and memory requests and limits. All four are required: a pod without limits can
    starve its node, and one without requests cannot be scheduled sensibly.

    cpu / memory: the requests ('250m', '256Mi'). cpu_limit / memory_limit: the limits,
    each at least its request."""

    cpu: str
    memory: str
    cpu_limit: str
    memory_limit: str

    def validate(self, where: str, field: str = "resources") -> None:
        check.requests_within_limits(
            where, field, ("cpu", self.cpu, "cpu_limit", self.cpu_limit), ("memory", self.memory, "memory_limit", self.memory_limit)
        )

    def render(self) -> dict[str, Any]:
        return {
            "requests": {"cpu": self.cpu, "memory": self.memory},
            "limits": {"cpu": self.cpu_limit, "memory": self.memory_limit},
        }


@dataclass(frozen=True)
class Port:
    """A named container port.

    name: IANA service name (at most 15 characters, used by probes and Services).
    container_port: what the process listens on (>= 1024 unless the container has the
    net_bind_service exception). service_port: the Service's port; default: container_port.
    expose: include it in the workload's Service; default True."""

    name: str
    container_port: int
    service_port: int | None = None
    protocol: Literal["TCP", "UDP"] = "TCP"
    expose: bool = True

    @property
    def public_port(self) -> int:
        return self.service_port if self.service_port is not None else self.container_port


class ProbeTiming(TypedDict, total=False):
    """The timing a Probe.http/tcp/exec call may set (each defaults as Probe states)."""

    initial_delay_seconds: int
    period_seconds: int
    timeout_seconds: int
    failure_threshold: int


@dataclass(frozen=True)
class Probe:
    """A readiness/liveness/startup probe. Build it with Probe.http, Probe.tcp or Probe.exec.

    Timing defaults: initial_delay_seconds 0, period_seconds 10, timeout_seconds 2,
    failure_threshold 3."""

    http_path: str | None = None
    port: str | int | None = None
    command: Sequence[str] = ()
    initial_delay_seconds: int = 0
    period_seconds: int = 10
    timeout_seconds: int = 2
    failure_threshold: int = 3

    @classmethod
    def http(cls, path: str, port: str | int = "http", **timing: Unpack[ProbeTiming]) -> "Probe":
        return cls(http_path=path, port=port, **timing)

    @classmethod
    def tcp(cls, port: str | int = "http", **timing: Unpack[ProbeTiming]) -> "Probe":
        return cls(port=port, **timing)

    @classmethod
    def exec(cls, *command: str, **timing: Unpack[ProbeTiming]) -> "Probe":
        return cls(command=tuple(command), **timing)

    def render(self, where: str, field: str, ports: Sequence[Port]) -> dict[str, Any]:
        """Validate against the container's own ports (a probe on a port the container does not
        declare, or on a UDP port, never succeeds: the pod never becomes Ready) and render."""
        kinds = sum([self.http_path is not None, bool(self.command), self.http_path is None and self.port is not None])
        if kinds != 1:
            raise ConfigError(
                where, field, self, "exactly one of an HTTP path, a TCP port or a command", "use Probe.http, Probe.tcp or Probe.exec"
            )
        tcp = [p for p in ports if p.protocol == "TCP"]
        if isinstance(self.port, str) and self.port not in {p.name for p in tcp}:
            raise ConfigError(
                where,
                f"{field}.port",
                self.port,
                "the name of one of the container's ports served over TCP: "
                + (", ".join(sorted(p.name for p in tcp)) or "(none declared)"),
                "declare the port in ports=(Port(...),), or probe with Probe.exec",
            )
        if isinstance(self.port, int) and not isinstance(self.port, bool):
            check.port(where, f"{field}.port", self.port)
            if self.port not in {p.container_port for p in tcp}:
                raise ConfigError(
                    where,
                    f"{field}.port",
                    self.port,
                    "a TCP port the container declares: " + (", ".join(f"{p.container_port} ({p.name})" for p in tcp) or "(none declared)"),
                    "probe a declared port, by name preferably",
                )
        elif self.port is not None and not isinstance(self.port, str):
            raise ConfigError(where, f"{field}.port", self.port, "a port name or number")
        for name in ("initial_delay_seconds", "period_seconds", "timeout_seconds", "failure_threshold"):
            check.integer(where, f"{field}.{name}", getattr(self, name), minimum=0 if name == "initial_delay_seconds" else 1)
        if self.http_path is not None:
            if not self.http_path.startswith("/"):
                raise ConfigError(where, f"{field}.http_path", self.http_path, "a path starting with '/'")
            action: dict[str, Any] = {"httpGet": {"path": self.http_path, "port": self.port}}
        elif self.command:
            action = {"exec": {"command": list(self.command)}}
        else:
            action = {"tcpSocket": {"port": self.port}}
        return {
            **action,
            "initialDelaySeconds": self.initial_delay_seconds,
            "periodSeconds": self.period_seconds,
            "timeoutSeconds": self.timeout_seconds,
            "failureThreshold": self.failure_threshold,
        }


@dataclass(frozen=True)
class SecretFiles:
    """Mount a Secret's keys as read-only files (mode 0440) under mount_path.

    items: key -> file name; default: every key under its own name.
    key: mount only this key, as the single file mount_path (subPath), leaving the
    folder's other files visible; default None (mount a folder).
    fingerprint: a digest of the secret's (sealed) content; it enters the pod-template
    checksum so a changed credential rolls the pods. Default: '' (rotation does not roll)."""

    secret_name: str
    mount_path: str
    items: Mapping[str, str] = field(default_factory=dict)
    fingerprint: str = ""
    key: str | None = None

    @property
    def volume_name(self) -> str:
        return derived_label("secret", self.secret_name)


@dataclass(frozen=True)
class ConfigFiles:
    """Configuration files the workload owns: rendered as ConfigMap `<workload>-<name>` and
    mounted file by file (subPath) into mount_path, so the image's other files there stay.

    Their content is hashed into the pod-template checksum: editing a file rolls the pods."""

    name: str
    mount_path: str
    files: Mapping[str, str]

    @property
    def volume_name(self) -> str:
        return f"config-{self.name}"


@dataclass(frozen=True)
class ClaimMount:
    """Mount an existing PersistentVolumeClaim. sub_path: a folder inside the volume;
    default: the whole volume. read_only: default False."""

    claim_name: str
    mount_path: str
    sub_path: str | None = None
    read_only: bool = False

    @property
    def volume_name(self) -> str:
        return derived_label("data", self.claim_name)


@dataclass(frozen=True)
class SharedDir:
    """A writable emptyDir that several containers of the pod mount (a Unix socket, a
    hand-over folder). Each container's writable_paths stay private to it.

    name: the volume is `shared-<name>`. size_limit: default '64Mi'."""

    name: str
    mount_path: str
    size_limit: str = "64Mi"

    @property
    def volume_name(self) -> str:
        return f"shared-{self.name}"


Mount = SecretFiles | ConfigFiles | ClaimMount | SharedDir


@dataclass(frozen=True)
class SecurityExceptions:
    """Named, reasoned departures from the hardened defaults. Each field is the reason (a
    sentence a reviewer can check); None means no exception. They render as pod-template
    annotations `security.dirtbike.io/<container>.<exception>`.

    low_uid: run_as_user/run_as_group below 10000 because the image needs that user.
    net_bind_service: add the NET_BIND_SERVICE capability (the only one 'restricted' allows).
    writable_root_filesystem: the image writes to paths that cannot be listed.
    not_credentials: env names and argument settings whose name looks like a credential's
    (PWD, PASS, SECRET, TOKEN, KEY) but whose value is not one, each with the reason; default
    none."""

    low_uid: str | None = None
    net_bind_service: str | None = None
    writable_root_filesystem: str | None = None
    not_credentials: Mapping[str, str] = field(default_factory=dict)

    def items(self) -> list[tuple[str, str]]:
        named = [
            ("low-uid", self.low_uid),
            ("net-bind-service", self.net_bind_service),
            ("writable-root-filesystem", self.writable_root_filesystem),
            ("not-credentials", "; ".join(f"{name}: {why}" for name, why in sorted(dict(self.not_credentials).items())) or None),
        ]
        return [(key, reason) for key, reason in named if reason is not None]


@dataclass(frozen=True)
class Container:
    """One container and everything it needs to run hardened.

    Required: name, image (pinned tag or digest, never 'latest'), resources.
    ports: default none. command/args: default the image's. env: plain settings only; names
    that look like credentials are refused (mount them with SecretFiles instead).
    readiness/liveness: required for the main container and sidecars, not for init
    containers; startup: optional. writable_paths: emptyDir mounts on the read-only root
    filesystem; default ('/tmp',). scratch_size_limit: size cap of each; default '256Mi'.
    mounts: SecretFiles, ConfigFiles and ClaimMount values. run_as_user / run_as_group:
    default 10001 (below 10000 needs exceptions.low_uid). working_dir: default the image's."""

    name: str
    image: str
    resources: Resources
    ports: Sequence[Port] = ()
    command: Sequence[str] = ()
    args: Sequence[str] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    readiness: Probe | None = None
    liveness: Probe | None = None
    startup: Probe | None = None
    writable_paths: Sequence[str] = ("/tmp",)
    scratch_size_limit: str = "256Mi"
    mounts: Sequence[Mount] = ()
    run_as_user: int = DEFAULT_UID
    run_as_group: int = DEFAULT_UID
    exceptions: SecurityExceptions = field(default_factory=SecurityExceptions)
    working_dir: str | None = None


def scratch_volume_name(container: str, path: str) -> str:
    """Private to one container: two containers writing /tmp never share it."""
    slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "root"
    return derived_label(f"scratch-{container}", slug)


@dataclass
class RenderedContainer:
    spec: dict[str, Any]
    volumes: dict[str, dict[str, Any]]
    owned_config: list[ConfigFiles]
    fingerprints: list[str]
    annotations: dict[str, str]


def render_container(where: str, field_name: str, c: Container, *, probes_required: bool, config_map_prefix: str) -> RenderedContainer:
    """Validate one container and render its hardened spec plus the volumes it needs."""
    if not isinstance(c, Container):
        raise ConfigError(where, field_name, c, "a dirtbike_constructs.Container")
    here = f"{field_name}[{c.name!r}]" if isinstance(c.name, str) else field_name
    check.dns_label(where, f"{field_name}.name", c.name)
    check.image(where, f"{here}.image", c.image)
    check.instance_of(where, f"{here}.resources", c.resources, Resources, "a dirtbike_constructs.Resources")
    c.resources.validate(where, f"{here}.resources")
    check.instance_of(where, f"{here}.exceptions", c.exceptions, SecurityExceptions, "a dirtbike_constructs.SecurityExceptions")
    plain = check.string_map(where, f"{here}.exceptions.not_credentials", c.exceptions.not_credentials)
    for name, reason in plain.items():
        check.non_empty_text(where, f"{here}.exceptions.not_credentials[{name!r}]", reason)
    for key, reason in c.exceptions.items():
        check.non_empty_text(where, f"{here}.exceptions.{key.replace('-', '_')}", reason)

    for attr in ("run_as_user", "run_as_group"):
        value = check.integer(where, f"{here}.{attr}", getattr(c, attr), minimum=0, maximum=2**31 - 1)
        if value == 0:
            raise ConfigError(
                where, f"{here}.{attr}", value, f"a non-root id of at least {MIN_UID}; 0 (root) is never allowed, not even as an exception"
            )
        if value < MIN_UID and c.exceptions.low_uid is None:
            raise ConfigError(
                where,
                f"{here}.{attr}",
                value,
                f"an id of at least {MIN_UID} (0/root is never allowed)",
                "use the default 10001, or state why the image needs this id in exceptions=SecurityExceptions(low_uid='...')",
            )

    ports = check.sequence_of(where, f"{here}.ports", c.ports, Port, "dirtbike_constructs.Port values")
    port_names: set[str] = set()
    rendered_ports = []
    for p in ports:
        check.instance_of(where, f"{here}.ports", p, Port, "dirtbike_constructs.Port values")
        if not isinstance(p.name, str) or len(p.name) > 15 or not PORT_NAME.fullmatch(p.name):
            raise ConfigError(
                where,
                f"{here}.ports.name",
                p.name,
                "an IANA service name: at most 15 lower-case letters, digits and '-', with at least one letter",
            )
        check.port(where, f"{here}.ports[{p.name!r}].container_port", p.container_port)
        if p.service_port is not None:
            check.port(where, f"{here}.ports[{p.name!r}].service_port", p.service_port)
        check.one_of(where, f"{here}.ports[{p.name!r}].protocol", p.protocol, ("TCP", "UDP"))
        if p.container_port < 1024 and c.exceptions.net_bind_service is None:
            raise ConfigError(
                where,
                f"{here}.ports[{p.name!r}].container_port",
                p.container_port,
                "a port of 1024 or above for a non-root process",
                "make the app listen on a high port, or state why in exceptions=SecurityExceptions(net_bind_service='...')",
            )
        port_names.add(p.name)
        rendered_ports.append({"name": p.name, "containerPort": p.container_port, "protocol": p.protocol})
    check.unique(where, f"{here}.ports name", [p.name for p in ports])
    check.unique(where, f"{here}.ports container_port", [p.container_port for p in ports])

    env = check.string_map(
        where, f"{here}.env", c.env, key_pattern=check.ENV_NAME, key_rule="an environment variable name ([A-Za-z_][A-Za-z0-9_]*)"
    )
    for name in env:
        if check.credential_name(name) and name not in plain:
            raise ConfigError(
                where,
                f"{here}.env key",
                name,
                "plain settings only: credentials are never passed in environment variables",
                "mount the credential with SecretFiles and point the app at the file (many images read NAME_FILE); "
                "if the value is not a credential, say why in SecurityExceptions(not_credentials={name: reason})",
            )

    defined: list[str] = []
    for name, text in env.items():
        check.no_credential(where, f"{here}.env[{name!r}]", text, plain)
        # Kubernetes expands $(NAME) only for variables defined before it; any other reference
        # stays in the value as literal text.
        for ref in VAR_REFERENCE.findall(text):
            if ref not in defined:
                raise ConfigError(
                    where,
                    f"{here}.env[{name!r}]",
                    text,
                    f"references to variables defined before {name} ({', '.join(defined) or 'none'})",
                    f"define {ref} earlier in env, or write $$({ref}) for a literal '$({ref})'",
                )
        defined.append(name)

    for attr in ("command", "args"):
        value = getattr(c, attr)
        if isinstance(value, str) or not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
            raise ConfigError(where, f"{here}.{attr}", value, "a sequence of strings (not one string)")
        for i, item in enumerate(value):
            check.no_credential(where, f"{here}.{attr}[{i}]", item, plain)
            flag = item.lstrip("-")
            following = value[i + 1] if i + 1 < len(value) else None
            if (
                item.startswith("-")
                and "=" not in item
                and check.credential_name(flag)
                and flag not in {n.lstrip("-") for n in plain}
                and following is not None
            ):
                if not following.startswith("-"):
                    check.no_credential(where, f"{here}.{attr}[{i + 1}]", f"{flag}={following}", plain)

    probes: dict[str, Any] = {}
    for attr, key in (("readiness", "readinessProbe"), ("liveness", "livenessProbe"), ("startup", "startupProbe")):
        probe = getattr(c, attr)
        if probe is None:
            if probes_required and attr != "startup":
                raise ConfigError(
                    where,
                    f"{here}.{attr}",
                    None,
                    "a Probe (readiness and liveness are required)",
                    f"add {attr}=Probe.http('/healthz') or Probe.tcp('<port name>')",
                )
            continue
        check.instance_of(where, f"{here}.{attr}", probe, Probe, "a dirtbike_constructs.Probe")
        probes[key] = probe.render(where, f"{here}.{attr}", ports)

    volumes: dict[str, dict[str, Any]] = {}
    mounts: list[dict[str, Any]] = []
    mounted_paths: list[str] = []
    scratch_limit = c.scratch_size_limit
    check.memory_bytes(where, f"{here}.scratch_size_limit", scratch_limit)
    if isinstance(c.writable_paths, str):
        raise ConfigError(where, f"{here}.writable_paths", c.writable_paths, "a sequence of paths (not one string)")
    for path in c.writable_paths:
        check.absolute_path(where, f"{here}.writable_paths", path)
        if path == "/":
            raise ConfigError(
                where,
                f"{here}.writable_paths",
                path,
                "a folder below '/'",
                "list the folders the image writes to, or use exceptions.writable_root_filesystem",
            )
        name = scratch_volume_name(c.name, path)
        same = next((m["mountPath"] for m in mounts if m["name"] == name and m["mountPath"] != path), None)
        if same is not None:
            raise ConfigError(
                where,
                f"{here}.writable_paths",
                path,
                f"paths that derive different volume names ({same!r} derives {name!r} too)",
                "two writable paths would share one scratch volume: list one of them, or their common parent folder",
            )
        volumes[name] = {"name": name, "emptyDir": {"sizeLimit": scratch_limit}}
        mounts.append({"name": name, "mountPath": path})
        mounted_paths.append(path)

    owned: list[ConfigFiles] = []
    fingerprints: list[str] = []
    for m in check.sequence_of(
        where,
        f"{here}.mounts",
        c.mounts,
        (SecretFiles, ConfigFiles, ClaimMount, SharedDir),
        "SecretFiles, ConfigFiles, ClaimMount or SharedDir values",
    ):
        if not isinstance(m, (SecretFiles, ConfigFiles, ClaimMount, SharedDir)):
            raise ConfigError(where, f"{here}.mounts", m, "SecretFiles, ConfigFiles, ClaimMount or SharedDir values")
        check.absolute_path(where, f"{here}.mounts.mount_path", m.mount_path)
        if m.mount_path == "/":
            raise ConfigError(where, f"{here}.mounts.mount_path", m.mount_path, "a folder below '/' (nothing can be mounted over the root)")
        if isinstance(m, SecretFiles):
            check.dns_subdomain(where, f"{here}.mounts.secret_name", m.secret_name)
            items = check.string_map(
                where,
                f"{here}.mounts[{m.secret_name!r}].items",
                m.items,
                key_pattern=check.CONFIG_KEY,
                key_rule="a Secret key: letters, digits, '-', '_' and '.'",
            )
            for item_path in items.values():
                check.relative_path(where, f"{here}.mounts[{m.secret_name!r}].items", item_path)
            secret: dict[str, Any] = {"secretName": m.secret_name, "defaultMode": 0o440}
            if items:
                secret["items"] = [{"key": k, "path": v} for k, v in items.items()]
            volumes[m.volume_name] = {"name": m.volume_name, "secret": secret}
            if m.key is not None:
                if items or not isinstance(m.key, str) or not re.fullmatch(r"[-._a-zA-Z0-9]+", m.key):
                    raise ConfigError(where, f"{here}.mounts[{m.secret_name!r}].key", m.key, "one Secret key (and no items)")
                mounts.append({"name": m.volume_name, "mountPath": m.mount_path, "subPath": m.key, "readOnly": True})
            else:
                mounts.append({"name": m.volume_name, "mountPath": m.mount_path, "readOnly": True})
            mounted_paths.append(m.mount_path)
            if m.fingerprint:
                fingerprints.append(f"{m.secret_name}:{m.fingerprint}")
        elif isinstance(m, ConfigFiles):
            check.dns_label(where, f"{here}.mounts.name", m.name)
            files = check.string_map(where, f"{here}.mounts[{m.name!r}].files", m.files)
            if not files:
                raise ConfigError(where, f"{here}.mounts[{m.name!r}].files", m.files, "at least one file")
            size = sum(len(k.encode()) + len(v.encode()) for k, v in files.items())
            if size > CONFIG_MAP_MAX_BYTES:
                raise ConfigError(
                    where,
                    f"{here}.mounts[{m.name!r}].files",
                    f"{size} bytes",
                    "at most 1 MiB in one ConfigMap",
                    "split the files over several ConfigFiles, or ship them in the image",
                )
            for file_name in files:
                if not check.CONFIG_KEY.fullmatch(file_name) or file_name in (".", ".."):
                    raise ConfigError(
                        where,
                        f"{here}.mounts[{m.name!r}].files key",
                        file_name,
                        "a plain file name without '/': letters, digits, '-', '_' and '.' (a ConfigMap key)",
                    )
                mounts.append(
                    {"name": m.volume_name, "mountPath": f"{m.mount_path.rstrip('/')}/{file_name}", "subPath": file_name, "readOnly": True}
                )
            volumes[m.volume_name] = {"name": m.volume_name, "configMap": {"name": f"{config_map_prefix}-{m.name}", "defaultMode": 0o444}}
            owned.append(m)
            mounted_paths.append(m.mount_path)
        elif isinstance(m, SharedDir):
            check.dns_label(where, f"{here}.mounts.name", m.name, max_length=56)
            check.memory_bytes(where, f"{here}.mounts[{m.name!r}].size_limit", m.size_limit)
            volumes[m.volume_name] = {"name": m.volume_name, "emptyDir": {"sizeLimit": m.size_limit}}
            mounts.append({"name": m.volume_name, "mountPath": m.mount_path})
            mounted_paths.append(m.mount_path)
        else:
            check.dns_subdomain(where, f"{here}.mounts.claim_name", m.claim_name)
            volumes[m.volume_name] = {"name": m.volume_name, "persistentVolumeClaim": {"claimName": m.claim_name}}
            mount: dict[str, Any] = {"name": m.volume_name, "mountPath": m.mount_path}
            if m.sub_path:
                mount["subPath"] = check.relative_path(where, f"{here}.mounts[{m.claim_name!r}].sub_path", m.sub_path)
            if m.read_only:
                mount["readOnly"] = True
            mounts.append(mount)
            mounted_paths.append(m.mount_path)
    check.unique(where, f"{here} mount path", mounted_paths)

    capabilities: dict[str, Any] = {"drop": ["ALL"]}
    if c.exceptions.net_bind_service is not None:
        capabilities["add"] = ["NET_BIND_SERVICE"]
    security = {
        "allowPrivilegeEscalation": False,
        "capabilities": capabilities,
        "privileged": False,
        "readOnlyRootFilesystem": c.exceptions.writable_root_filesystem is None,
        "runAsNonRoot": True,
        "runAsUser": c.run_as_user,
        "runAsGroup": c.run_as_group,
        "seccompProfile": {"type": "RuntimeDefault"},
    }

    spec: dict[str, Any] = {"name": c.name, "image": c.image, "imagePullPolicy": "IfNotPresent"}
    if c.working_dir is not None:
        spec["workingDir"] = check.absolute_path(where, f"{here}.working_dir", c.working_dir)
    if c.command:
        spec["command"] = list(c.command)
    if c.args:
        spec["args"] = list(c.args)
    if env:
        spec["env"] = [{"name": k, "value": v} for k, v in env.items()]
    if rendered_ports:
        spec["ports"] = rendered_ports
    spec["resources"] = c.resources.render()
    spec.update(probes)
    spec["securityContext"] = security
    if mounts:
        spec["volumeMounts"] = mounts

    annotations = {f"security.dirtbike.io/{c.name}.{key}": reason for key, reason in c.exceptions.items()}
    return RenderedContainer(spec, volumes, owned, fingerprints, annotations)
