"""The k3s configuration file of the first server (it initialises embedded etcd) and of the
joining servers (they join by the registration address), as options checked against the
pinned release's documented server options (dirtbike_constructs.k3s_server_config)."""

from __future__ import annotations

from dirtbike_constructs.k3s_server_config import Value

from ..environments import Servers
from . import paths

API_PORT = 6443


def common_options(servers: Servers) -> dict[str, Value]:
    """What every server sets alike (k3s requires secrets-encryption and the disabled
    servicelb to match on all servers; the rest keeps the servers interchangeable)."""
    snapshots, audit = servers.snapshots, servers.audit
    options: dict[str, Value] = {}
    if servers.registration is not None:
        options["tls-san"] = [servers.registration.address, *servers.registration.hostnames]
    options["disable"] = list(servers.disable)
    options["secrets-encryption"] = servers.secrets_encryption
    # The kubeconfig k3s writes on each server holds cluster-admin credentials: root only.
    options["write-kubeconfig-mode"] = "0600"
    options["etcd-snapshot-schedule-cron"] = snapshots.schedule
    options["etcd-snapshot-retention"] = snapshots.retention
    options["etcd-s3"] = True
    options["etcd-s3-endpoint"] = snapshots.endpoint
    options["etcd-s3-region"] = snapshots.region
    options["etcd-s3-bucket"] = snapshots.bucket
    options["etcd-s3-folder"] = snapshots.folder
    options["kube-apiserver-arg"] = [
        f"admission-control-config-file={paths.ADMISSION}",
        f"audit-policy-file={paths.AUDIT_POLICY}",
        f"audit-log-path={paths.AUDIT_LOG}",
        f"audit-log-maxage={audit.max_age_days}",
        f"audit-log-maxbackup={audit.max_backups}",
        f"audit-log-maxsize={audit.max_size_mb}",
    ]
    return options


def first_server(servers: Servers) -> dict[str, Value]:
    return {"cluster-init": True, **common_options(servers)}


def joining_server(servers: Servers) -> dict[str, Value]:
    """Only with a registration address: joining by one server's own address breaks when that
    server is down."""
    assert servers.registration is not None
    return {
        "server": f"https://{servers.registration.address}:{API_PORT}",
        # The first server's /var/lib/rancher/k3s/server/token, copied over by hand (docs/cluster.md).
        "token-file": paths.TOKEN_FILE,
        **common_options(servers),
    }
