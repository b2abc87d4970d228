"""A k3s server's configuration file (the YAML k3s reads from /etc/rancher/k3s/config.yaml),
checked key by key against the server options the pinned k3s release documents.

`SERVER_OPTIONS` is the table of every option `k3s server` documents, with the shape of its
value: 'flag' (true/false), 'value' (one string or number), 'list' (repeatable: a YAML list).
Source: the k3s documentation, docs.k3s.io "k3s server" (repository k3s-io/docs, file
docs/cli/server.md at commit 02434960d6d5881e47ae8a1c857c4b51f23deec6: the option tables and the
`k3s server --help` listing, which includes the agent options a server also takes). It holds
for `RELEASE`; `render_server_config` refuses any other release, so moving to a new k3s release
means re-reading its option list here first. A file option is the flag's name without the
leading dashes (k3s docs "Configuration File")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import timedelta
from types import MappingProxyType
from typing import Literal

import yaml

from . import _validate
from .errors import ConfigError

#: The k3s release the table below was checked against.
RELEASE = "v1.36.3+k3s1"

Shape = Literal["flag", "value", "list"]

_FLAGS = """
alsologtostderr cluster-init cluster-reset debug disable-agent disable-cloud-controller
disable-default-registry-endpoint disable-helm-controller disable-kube-proxy disable-network-policy
disable-scheduler docker embedded-registry enable-pprof etcd-disable-snapshots etcd-expose-metrics
etcd-s3 etcd-s3-insecure etcd-s3-skip-ssl-verify etcd-snapshot-compress flannel-external-ip
flannel-ipv6-masq nonroot-devices prefer-bundled-bin protect-kernel-defaults rootless
secrets-encryption selinux supervisor-metrics tls-san-security with-node-id
"""
_VALUES = """
advertise-address advertise-port agent-token agent-token-file bind-address cluster-domain
cluster-reset-restore-path container-runtime-endpoint data-dir datastore-cafile datastore-certfile
datastore-endpoint datastore-keyfile default-local-storage-path default-runtime egress-selector-mode
etcd-s3-access-key etcd-s3-bucket etcd-s3-config-secret etcd-s3-endpoint etcd-s3-endpoint-ca
etcd-s3-folder etcd-s3-proxy etcd-s3-region etcd-s3-secret-key etcd-s3-timeout etcd-snapshot-dir
etcd-snapshot-name etcd-snapshot-retention etcd-snapshot-schedule-cron flannel-backend
flannel-cni-conf flannel-conf flannel-iface helm-job-image https-listen-port
image-credential-provider-bin-dir image-credential-provider-config image-service-endpoint
lb-server-port log node-name pause-image private-registry resolv-conf secrets-encryption-provider
server servicelb-namespace service-node-port-range snapshotter system-default-registry token
token-file v vmodule vpn-auth vpn-auth-file write-kubeconfig write-kubeconfig-group
write-kubeconfig-mode
"""
_LISTS = """
cluster-cidr cluster-dns disable etcd-arg kube-apiserver-arg kube-cloud-controller-manager-arg
kube-controller-manager-arg kube-proxy-arg kube-scheduler-arg kubelet-arg node-external-dns
node-external-ip node-internal-dns node-ip node-label node-taint service-cidr tls-san
"""

#: option -> shape of its value, for `RELEASE`.
SERVER_OPTIONS: Mapping[str, Shape] = MappingProxyType(
    {
        **{name: "flag" for name in _FLAGS.split()},
        **{name: "value" for name in _VALUES.split()},
        **{name: "list" for name in _LISTS.split()},
    }
)
#: What `disable` accepts (`k3s server --help`: "valid items").
PACKAGED_COMPONENTS = ("coredns", "servicelb", "traefik", "local-storage", "metrics-server", "runtimes")

Value = bool | int | str | Sequence[str]


def check_server_config(where: str, options: Mapping[str, Value], *, release: str) -> None:
    """Every key a documented server option of `release`, every value of its shape."""
    if release != RELEASE:
        raise ConfigError(
            where,
            "release",
            release,
            f"{RELEASE!r}, the release whose documented server options this table holds",
            f"check the options of {release} in its documentation, then update RELEASE and SERVER_OPTIONS in k3s_server_config.py",
        )
    for key, value in options.items():
        shape = SERVER_OPTIONS.get(key)
        if shape is None:
            raise ConfigError(where, key, value, f"a server option k3s {RELEASE} documents (docs.k3s.io, k3s server)", "check the spelling")
        if shape == "flag" and not isinstance(value, bool):
            raise ConfigError(where, key, value, "true or false (a flag)")
        if shape == "value" and (isinstance(value, bool) or not isinstance(value, (str, int)) or value == ""):
            raise ConfigError(where, key, value, "one non-empty string or number")
        if shape == "list":
            if isinstance(value, (str, bytes)) or not isinstance(value, Sequence) or not value:
                raise ConfigError(where, key, value, "a non-empty list of strings (a repeatable option)")
            if not all(isinstance(item, str) and item for item in value):
                raise ConfigError(where, key, value, "a list of non-empty strings")
    disabled = options.get("disable")
    for component in disabled if isinstance(disabled, Sequence) and not isinstance(disabled, str) else ():
        if component not in PACKAGED_COMPONENTS:
            raise ConfigError(where, "disable", component, "one of " + ", ".join(PACKAGED_COMPONENTS))


def render_server_config(where: str, options: Mapping[str, Value], *, release: str, header: str) -> str:
    """The configuration file's text: `header` as comment lines, then the options in the order
    given (one key per option; lists as YAML lists). Checked first."""
    check_server_config(where, options, release=release)
    plain = {key: list(value) if isinstance(value, Sequence) and not isinstance(value, str) else value for key, value in options.items()}
    comment = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return comment + yaml.safe_dump(plain, sort_keys=False, default_flow_style=False, width=200)


def snapshot_schedule(where: str, field: str, value: object) -> str:
    """An etcd snapshot schedule: a five-field cron expression with every field in range, whose
    longest gap between two snapshots is certain (`snapshot_interval`)."""
    _validate.cron_longest_gap(where, field, value)
    return str(value)


def snapshot_interval(where: str, field: str, value: object) -> timedelta:
    """The longest time between two scheduled snapshots of `value`, a snapshot schedule (what an
    alert on the newest snapshot's age must allow)."""
    return _validate.cron_longest_gap(where, field, value)
