"""Where each rendered server file goes on a k3s server, and its name in
dist/clusters/<cluster>/servers/. One definition each: the configuration files, the docs and
the tests read them here.

The files in dist/ carry no .yaml suffix on purpose: every *.yaml under dist/ is a Kubernetes
object that `make apply` applies, and these are files for the servers' disks, copied there by
hand (docs/cluster.md)."""

from __future__ import annotations

#: The folder of a cluster's tree holding the servers' files.
FOLDER = "servers"

#: On the servers (the k3s CIS hardening guide's locations for the admission and audit files).
CONFIG = "/etc/rancher/k3s/config.yaml"
TOKEN_FILE = "/etc/rancher/k3s/cluster-token"
ADMISSION = "/var/lib/rancher/k3s/server/psa.yaml"
AUDIT_POLICY = "/var/lib/rancher/k3s/server/audit.yaml"
AUDIT_LOG = "/var/lib/rancher/k3s/server/logs/audit.log"
KEEPALIVED = "/etc/keepalived/keepalived.conf"

#: In dist/clusters/<cluster>/servers/: name -> where it is installed.
FIRST_SERVER = "config-first-server"
JOINING_SERVER = "config-joining-server"
ADMISSION_FILE = "admission-configuration"
AUDIT_FILE = "audit-policy"
KEEPALIVED_FILE = "keepalived.conf"
INSTALLED_AT = {
    FIRST_SERVER: CONFIG,
    JOINING_SERVER: CONFIG,
    ADMISSION_FILE: ADMISSION,
    AUDIT_FILE: AUDIT_POLICY,
    KEEPALIVED_FILE: KEEPALIVED,
}


def in_tree(cluster: str, name: str) -> str:
    """The file's path under dist/: clusters/<cluster>/servers/<name>."""
    return f"clusters/{cluster}/{FOLDER}/{name}"
