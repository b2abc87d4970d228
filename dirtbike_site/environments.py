"""The typed values that differ between environments. Everything environment-specific in
dist/ comes from here; the charts read nothing else."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from dirtbike_constructs import ConfigError, Resources
from dirtbike_constructs.checks import hostname, hosts_overlap, integer, label_map
from dirtbike_constructs.pod_fit import NodeSize
from dirtbike_constructs.quantities import cpu_millicores, memory_bytes

NAMES = ("dev", "stage", "prod")
#: The hosts every environment routes under its domain, besides the domain itself (the apex
#: redirects to www): dirtbike_site/platform.py routes exactly these (a test holds dist/ to
#: them), so the environments' collision check sees every routed host.
PUBLIC_HOST_PREFIXES = ("www", "admin.www", "auth", "admin.auth", "trails", "admin.trails", "forum")


@dataclass(frozen=True)
class PostgresSettings:
    """instances: CNPG instances (3 for HA). storage_size / storage_class: data volume.
    resources: per instance. backup_bucket: s3:// path for PITR backups, None = no backups.
    storage_class must be one the environment's cluster declares (`Cluster.storage_classes`)."""

    instances: int
    storage_size: str
    storage_class: str
    resources: Resources
    backup_bucket: str | None = None
    backup_endpoint: str | None = None


@dataclass(frozen=True)
class MySQLSettings:
    """storage_size: the data volume. resources: the single instance's requests and limits."""

    storage_size: str = "10Gi"
    resources: Resources = field(default_factory=lambda: Resources(cpu="250m", memory="512Mi", cpu_limit="1", memory_limit="1Gi"))


#: Discourse's own web-only build of the launcher's web template, main ('-latest') line. The tag
#: is rebuilt in place every night: images/lock.json pins it by its multi-architecture index digest.
DISCOURSE_IMAGE = "discourse/discourse:2026.9.0-latest"


MIB = 2**20
#: Memory of one unicorn worker of Discourse (its resident size after boot, as sized here).
UNICORN_WORKER_MEMORY = 250 * MIB
#: The one Sidekiq's ceiling: Discourse restarts Sidekiq above UNICORN_SIDEKIQ_MAX_RSS, by default
#: 1000 MB (Demon::Sidekiq DEFAULT_MAX_ALLOWED_SIDEKIQ_RSS_MEGABYTES), so it may grow to that.
SIDEKIQ_MEMORY = 1000 * MIB


@dataclass(frozen=True)
class DiscourseSettings:
    """image: default DISCOURSE_IMAGE (its digest is in the images lock). mode: 'http' (default;
    unicorn on TCP 3000) or 'socket' (unicorn on a Unix socket behind an nginx sidecar). replicas: default 1.
    workers: unicorn workers per pod, default 2 (each UNICORN_WORKER_MEMORY, 250 MiB; the memory
    limit must hold them plus Sidekiq's SIDEKIQ_MEMORY, 1000 MiB, or the kernel kills the pod
    under load: refused otherwise). shared_size: the volume for uploads and Discourse's own backups, default '10Gi'.
    smtp_port: default 587 (STARTTLS); the relay's address, account and password are sealed
    operator values (credential discourse-smtp). resources: per container (prepare and unicorn)."""

    image: str = DISCOURSE_IMAGE
    mode: Literal["http", "socket"] = "http"
    replicas: int = 1
    workers: int = 2
    shared_size: str = "10Gi"
    smtp_port: int = 587
    resources: Resources = field(default_factory=lambda: Resources(cpu="500m", memory="1536Mi", cpu_limit="2", memory_limit="2Gi"))


@dataclass(frozen=True)
class WordPressSettings:
    """Blue-green release state: each color's image and replicas, the active color, and an
    optional A/B split (weights per color). Each image brings the core, plugins, themes and
    translations its color runs; the active one also runs WP-Cron. html_size: the shared
    uploads volume `wordpress-html` (named for the Compose-era folder it was), default '10Gi'."""

    blue_image: str
    green_image: str
    active: Literal["blue", "green"]
    blue_replicas: int = 1
    green_replicas: int = 1
    split: dict[str, int] | None = None
    autoscaling: bool = False
    html_size: str = "10Gi"
    resources: Resources = field(default_factory=lambda: Resources(cpu="100m", memory="256Mi", cpu_limit="1", memory_limit="512Mi"))


@dataclass(frozen=True)
class AdminAccess:
    """Who may reach the admin hosts, in front of each app's own login: admin.www (phpMyAdmin),
    admin.auth (the Logto admin console), admin.trails (the PocketBase admin UI).

    basic_auth: default True: an htpasswd prompt (a sealed credential per host) on the admin
    hosts whose app leaves the Authorization header to it; only phpMyAdmin does: the Logto
    console and the PocketBase admin send their own bearer tokens in that header, which basic
    auth would reject. allowed_ranges: client networks (IPs or CIDRs) admitted to every admin
    host by Traefik's IPAllowList; default () = none named. An admin host with neither gate is
    not routed at all, so by default admin.auth and admin.trails are closed until an
    environment names its admins' networks. client_ip_depth: None (default) judges the
    connection's source address (Traefik's Service must keep it: externalTrafficPolicy Local);
    n reads the n-th X-Forwarded-For address from the right, behind a proxy that appends it."""

    basic_auth: bool = True
    allowed_ranges: tuple[str, ...] = ()
    client_ip_depth: int | None = None


@dataclass(frozen=True)
class Admission:
    """What the cluster's admission policies (dirtbike_constructs.InvariantPolicies) enforce on
    the environment's namespaces.

    enforcement: 'deny' (default: a request that breaks a rule is refused) or 'warn' (admitted,
    with a warning to the client and an audit record). registries: where images may come from;
    default ('docker.io',), where every image of the site is published. require_digest: default
    False; True refuses an image without its digest (turn it on once `make pin-images` has pinned
    every image: dist/<env>/UNPINNED-IMAGES.md is gone)."""

    enforcement: Literal["deny", "warn"] = "deny"
    registries: tuple[str, ...] = ("docker.io",)
    require_digest: bool = False


@dataclass(frozen=True)
class Nodes:
    """The cluster's nodes, all of one size: count, and the CPU and memory of each. The capacity
    report sums them; synthesis refuses a pod whose requests or limits exceed one node."""

    count: int = 3
    cpu: str = "4"
    memory: str = "8Gi"


@dataclass(frozen=True)
class Receiver:
    """Where an environment's alerts go: a webhook `name` whose URL (it carries the receiving
    service's token) is the key `url_key` of the sealed credential `alertmanager-receivers`."""

    name: str
    url_key: str


@dataclass(frozen=True)
class Alerting:
    """Receivers per severity. critical: default the on-call webhook. warning (and info): default
    the team's chat webhook. The environment's AlertmanagerConfig routes its alerts (label
    `environment`) to them; a critical silences the warnings of its group."""

    critical: Receiver = Receiver("on-call", "critical-url")
    warning: Receiver = Receiver("team-chat", "warning-url")


#: Outside prod nobody is paged: every alert goes to the team's chat.
CHAT_ONLY = Alerting(critical=Receiver("team-chat", "warning-url"))


@dataclass(frozen=True)
class LonghornClass:
    """A StorageClass of the cluster on Longhorn. replicas: copies of every volume (1-3 on
    three nodes). reclaim_policy: 'Retain' keeps a released volume's data, 'Delete' frees it."""

    name: str
    replicas: int
    reclaim_policy: Literal["Retain", "Delete"] = "Retain"


@dataclass(frozen=True)
class ApiServer:
    """Where the Kubernetes API server answers, as a pod's packets see it once kube-proxy has
    translated the `kubernetes` Service: every k3s server node's address, on port 6443 (k3s'
    default https-listen-port). Pods that watch the API (PostgreSQL's instance manager, the
    PgBouncer pods, the restore drill) may reach exactly these, never 0.0.0.0/0. See
    docs/cluster.md, "The API server's addresses".

    cidrs: the server nodes' addresses (a /32 each, or the subnet they share; at least /16).
    port: default 6443."""

    cidrs: tuple[str, ...]
    port: int = 6443


#: The k3s release every cluster runs: the one place that names the Kubernetes version (k3s'
#: stable channel, Kubernetes v1.36.3). The servers' install, the upgrade Plans and the Pod
#: Security defaults read it; the control-plane twin's Go modules pin the same Kubernetes
#: version (tests/test_k3s_servers.py holds them equal).
K3S_RELEASE = "v1.36.3+k3s1"


@dataclass(frozen=True)
class Registration:
    """The fixed registration address of a cluster's three servers: a virtual IP that keepalived
    (VRRP) moves to a server whose API port answers (k3s docs, "Cluster Load Balancer": a VIP
    with keepalived in front of the servers; on one network the servers carry it themselves).
    Joining servers and clients use it; it is in every server's certificate (tls-san).

    address: the VIP, an IPv4 address on the servers' network that no host uses. prefix: that
    network's prefix length. interface: the servers' network interface carrying it (e.g.
    'eth0'; the same name on every server). virtual_router_id: the VRRP id, unique on that
    network, default 51. hostnames: DNS names of the VIP to add to the certificate, default ()."""

    address: str
    interface: str
    prefix: int = 24
    virtual_router_id: int = 51
    hostnames: tuple[str, ...] = ()


@dataclass(frozen=True)
class CredentialsFile:
    """Where a server finds the S3 credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,
    the variables k3s reads for etcd-s3-access-key and etcd-s3-secret-key), never in the
    configuration file. path: default '/etc/default/k3s', an environment file the k3s unit of
    k3s' install script reads (EnvironmentFile=-/etc/default/%N) and the script never rewrites
    (it rewrites /etc/systemd/system/k3s.service.env); mode 0600, root."""

    path: str = "/etc/default/k3s"


@dataclass(frozen=True)
class EtcdSnapshots:
    """etcd snapshots, kept on each server and copied off-site to S3-compatible storage.

    schedule: cron, default '0 */6 * * *' (every six hours; k3s' own default is every twelve).
    retention: snapshots kept, default 28 (a week at that schedule; k3s' default is 5).
    bucket, folder: where the off-site copies go. endpoint: default 's3.amazonaws.com' (k3s'
    default). region: default 'us-east-1' (k3s' default). credentials: a CredentialsFile once
    the operator has placed it on every server; default None: not placed yet, listed in
    dist/clusters/<cluster>/MISSING-INPUTS.md."""

    bucket: str
    folder: str
    schedule: str = "0 */6 * * *"
    retention: int = 28
    endpoint: str = "s3.amazonaws.com"
    region: str = "us-east-1"
    credentials: CredentialsFile | None = None


@dataclass(frozen=True)
class AuditLog:
    """The API server's audit log on each server, rotated by the API server. Defaults are the
    k3s CIS hardening guide's: max_age_days 30, max_backups 10, max_size_mb 100."""

    max_age_days: int = 30
    max_backups: int = 10
    max_size_mb: int = 100


@dataclass(frozen=True)
class Exemption:
    """A namespace the Pod Security admission skips entirely (no enforce, audit or warn), and why."""

    namespace: str
    reason: str


#: kube-system is k3s' own: CoreDNS, metrics-server, the service load balancer's pods (which
#: need NET_ADMIN), helm-controller's install Jobs. k3s creates it and its pods; no label of
#: ours is on it. Every other namespace carries its own level (add-ons: PlatformNamespace;
#: environments: ZeroTrustNamespace), which takes precedence over the defaults, so none needs
#: an exemption (one would also silence audit and warn).
KUBE_SYSTEM = Exemption("kube-system", "k3s' packaged components and helm-controller's install Jobs run there; k3s owns the namespace")


@dataclass(frozen=True)
class Servers:
    """How a cluster's k3s servers are configured (rendered into dist/clusters/<cluster>/servers/).

    snapshots: the etcd snapshots (required: a cluster without off-site snapshots is lost with
    its servers). release: default K3S_RELEASE. registration: the servers' fixed address;
    default None: not chosen yet, so the joining servers' configuration and keepalived's are
    not rendered and MISSING-INPUTS.md names it. secrets_encryption: Secrets encrypted at rest
    in etcd, default True. disable: k3s packaged components not deployed, default ('traefik',)
    (Traefik is an add-on with its own pinned chart). audit: default AuditLog().
    exemptions: namespaces Pod Security skips, default (KUBE_SYSTEM,); every other namespace
    without its own level gets 'restricted' at the release's Kubernetes minor."""

    snapshots: EtcdSnapshots
    release: str = K3S_RELEASE
    registration: Registration | None = None
    secrets_encryption: bool = True
    disable: tuple[str, ...] = ("traefik",)
    audit: AuditLog = field(default_factory=AuditLog)
    exemptions: tuple[Exemption, ...] = (KUBE_SYSTEM,)


@dataclass(frozen=True)
class Cluster:
    """One Kubernetes cluster (three k3s servers) and what belongs to it rather than to an
    environment: the kube context, the nodes, the storage classes (cluster-scoped, so one
    definition for every environment on it) and the add-ons (rendered into dist/clusters/).

    api_server: the API server's addresses, an operator's value (no range is right for every
    cluster); default None: not set yet, so the pods that need the API get no egress to it
    and dist/<env>/MISSING-INPUTS.md (which `make apply` refuses) says what to set.
    storage_classes: default one `longhorn-retain` class with three replicas. servers: the k3s
    servers' configuration (Servers)."""

    name: str
    kube_context: str
    servers: Servers
    api_server: ApiServer | None = None
    nodes: Nodes = field(default_factory=Nodes)
    storage_classes: tuple[LonghornClass, ...] = (LonghornClass("longhorn-retain", 3),)

    def storage_class(self, name: str) -> LonghornClass | None:
        return next((c for c in self.storage_classes if c.name == name), None)

    @property
    def node_size(self) -> NodeSize:
        """The largest node (all are one size) that every pod on the cluster must fit on."""
        where = f"clusters[{self.name!r}]"
        cpu_millicores(self.nodes.cpu, where=where, field="nodes.cpu")
        memory_bytes(self.nodes.memory, where=where, field="nodes.memory")
        return NodeSize(self.nodes.cpu, self.nodes.memory, f"a node of cluster {self.name!r}")


#: The clusters. dev and stage share one (their namespaces never collide, see
#: Environment.namespace); prod has its own, so a mistake in the shared one cannot reach it.
#: longhorn-scratch: one replica, deleted with its claim, for what is rebuilt anyway (the
#: restore drill's temporary cluster).
#: api_server: not set until each cluster's operator adds its server nodes' addresses
#: (docs/cluster.md, "The API server's addresses"): api_server=ApiServer(cidrs=("<node>/32", ...)).
CLUSTERS: dict[str, Cluster] = {
    "nonprod": Cluster(
        name="nonprod",
        kube_context="dirtbike-nonprod",
        servers=Servers(snapshots=EtcdSnapshots(bucket="dirtbike-backups", folder="nonprod/etcd")),
        storage_classes=(LonghornClass("longhorn-retain", 2), LonghornClass("longhorn-scratch", 1, "Delete")),
    ),
    "prod": Cluster(
        name="prod",
        kube_context="dirtbike-prod",
        servers=Servers(snapshots=EtcdSnapshots(bucket="dirtbike-backups", folder="prod/etcd")),
        storage_classes=(LonghornClass("longhorn-retain", 3), LonghornClass("longhorn-scratch", 1, "Delete")),
    ),
}


@dataclass(frozen=True)
class Environment:
    """One deployment target.

    name: 'dev', 'stage' or 'prod'. domain: the public domain (prod on the apex, the others
    on their own subdomains). cluster: the name of the Cluster it runs on (CLUSTERS), which
    gives its kube context, nodes and storage classes.
    spread: 'required' spreads replicas over nodes strictly."""

    name: str
    domain: str
    cluster: str
    postgres: PostgresSettings
    wordpress: WordPressSettings
    mysql: MySQLSettings = field(default_factory=MySQLSettings)
    logto_replicas: int = 1
    wanderer_storage_size: str = "5Gi"
    discourse: DiscourseSettings = field(default_factory=DiscourseSettings)
    # Where alerts link their runbooks: the repository path, or the https:// URL of the same
    # folder wherever the repository is published.
    runbook_base_url: str = "docs/runbooks"
    alerting: Alerting = field(default_factory=Alerting)
    # Labels kube-prometheus-stack selects PodMonitors and PrometheusRules by (its release).
    prometheus_selector: dict[str, str] = field(default_factory=lambda: {"release": "kube-prometheus-stack"})
    spread: Literal["preferred", "required"] = "preferred"
    admin_access: AdminAccess = field(default_factory=AdminAccess)
    admission: Admission = field(default_factory=Admission)

    @property
    def on(self) -> Cluster:
        """The cluster this environment runs on."""
        return CLUSTERS[self.cluster]

    @property
    def kube_context(self) -> str:
        return self.on.kube_context

    @property
    def hosts(self) -> tuple[str, ...]:
        """Every host the environment may route: its domain and PUBLIC_HOST_PREFIXES under it."""
        return (self.domain, *(f"{prefix}.{self.domain}" for prefix in PUBLIC_HOST_PREFIXES))

    def namespace(self, area: str) -> str:
        """Namespaces are per environment, so environments sharing a cluster never share one."""
        return f"dirtbike-{self.name}-{area}"

    def validate(self) -> "Environment":
        where = f"environment {self.name!r}"
        if self.name not in NAMES:
            raise ConfigError(where, "name", self.name, "one of " + ", ".join(NAMES))
        hostname(where, "domain", self.domain)
        if self.cluster not in CLUSTERS:
            raise ConfigError(
                where,
                "cluster",
                self.cluster,
                "one of " + ", ".join(CLUSTERS),
                "declare the cluster in dirtbike_site/environments.py CLUSTERS first",
            )
        if self.on.storage_class(self.postgres.storage_class) is None:
            raise ConfigError(
                where,
                "postgres.storage_class",
                self.postgres.storage_class,
                f"a storage class of cluster {self.cluster!r}: " + ", ".join(c.name for c in self.on.storage_classes),
                "storage classes are cluster-scoped: declare it in the cluster's storage_classes",
            )
        if integer(where, "postgres.instances", self.postgres.instances, minimum=1, maximum=9) < (3 if self.name != "dev" else 1):
            raise ConfigError(
                where, "postgres.instances", self.postgres.instances, "at least 3 outside dev (HA needs a quorum across the three nodes)"
            )
        if self.postgres.backup_bucket is None and self.name != "dev":
            raise ConfigError(where, "postgres.backup_bucket", None, "an s3:// path outside dev (PITR is required)")
        self._validate_api_server(where)
        label_map(where, "prometheus_selector", self.prometheus_selector)
        admin = self.admin_access
        if not isinstance(admin.basic_auth, bool):
            raise ConfigError(where, "admin_access.basic_auth", admin.basic_auth, "True or False")
        if isinstance(admin.allowed_ranges, str) or not isinstance(admin.allowed_ranges, tuple):
            raise ConfigError(
                where,
                "admin_access.allowed_ranges",
                admin.allowed_ranges,
                "a tuple of IPs or CIDRs",
                "write ('192.0.2.0/24',) with the trailing comma",
            )
        d = self.discourse
        if d.mode not in ("http", "socket"):
            raise ConfigError(where, "discourse.mode", d.mode, "'http' or 'socket'")
        integer(where, "discourse.workers", d.workers, minimum=1, maximum=8)
        if not isinstance(d.resources, Resources):
            raise ConfigError(where, "discourse.resources", d.resources, "a dirtbike_constructs.Resources")
        limit = memory_bytes(d.resources.memory_limit, where=where, field="discourse.resources.memory_limit")
        needed = d.workers * UNICORN_WORKER_MEMORY + SIDEKIQ_MEMORY
        if needed > limit:
            raise ConfigError(
                where,
                "discourse.workers",
                d.workers,
                f"workers that fit the memory limit {d.resources.memory_limit}: {d.workers} x {UNICORN_WORKER_MEMORY // MIB}Mi "
                f"per unicorn worker + {SIDEKIQ_MEMORY // MIB}Mi for Sidekiq = {needed // MIB}Mi",
                f"use at most {max((limit - SIDEKIQ_MEMORY) // UNICORN_WORKER_MEMORY, 0)} workers, or raise "
                "discourse.resources.memory_limit (and memory with it)",
            )
        return self

    def _validate_api_server(self, where: str) -> None:
        api = self.on.api_server
        field_name = f"clusters[{self.cluster!r}].api_server"
        if api is None:  # not set yet: reported in MISSING-INPUTS.md, no egress rendered
            return
        if not isinstance(api, ApiServer) or isinstance(api.cidrs, str) or not api.cidrs:
            raise ConfigError(where, field_name, api, "ApiServer(cidrs=(...)) with the server nodes' addresses, or None until known")
        for cidr in api.cidrs:
            try:
                network = ipaddress.ip_network(cidr)
            except (TypeError, ValueError):
                network = None
            if network is None or network.prefixlen < (16 if network.version == 4 else 48):
                raise ConfigError(
                    where,
                    f"{field_name}.cidrs",
                    cidr,
                    "the API server nodes' addresses: a CIDR of at least /16 (IPv6 /48)",
                    "list each server node as a /32; never 0.0.0.0/0",
                )
        if not isinstance(api.port, int) or isinstance(api.port, bool) or not 1 <= api.port <= 65535:
            raise ConfigError(where, f"{field_name}.port", api.port, "a port from 1 to 65535 (k3s: 6443)")


APEX = "dirtbikechina.com"
STANDARD_PG = Resources(cpu="500m", memory="2Gi", cpu_limit="2", memory_limit="2Gi")

ENVIRONMENTS: dict[str, Environment] = {
    "dev": Environment(
        name="dev",
        domain=f"dev.{APEX}",
        cluster="nonprod",
        alerting=CHAT_ONLY,
        # Mistakes in dev are shown, not blocked: the same policies warn and audit there.
        admission=Admission(enforcement="warn"),
        postgres=PostgresSettings(
            instances=1,
            storage_size="5Gi",
            storage_class="longhorn-retain",
            resources=Resources(cpu="250m", memory="1Gi", cpu_limit="1", memory_limit="1Gi"),
        ),
        wordpress=WordPressSettings(
            blue_image="wordpress:6.8.3-php8.3-apache",
            green_image="wordpress:7.1.0-php8.3-apache",
            active="blue",
            html_size="5Gi",
        ),
        mysql=MySQLSettings(storage_size="5Gi"),
    ),
    "stage": Environment(
        name="stage",
        domain=f"stage.{APEX}",
        cluster="nonprod",
        alerting=CHAT_ONLY,
        postgres=PostgresSettings(
            instances=3,
            storage_size="20Gi",
            storage_class="longhorn-retain",
            resources=STANDARD_PG,
            backup_bucket="s3://dirtbike-backups/stage/postgres",
        ),
        wordpress=WordPressSettings(
            blue_image="wordpress:6.8.2-php8.3-apache",
            green_image="wordpress:7.1.0-php8.3-apache",
            active="blue",
            split={"blue": 90, "green": 10},
        ),
    ),
    "prod": Environment(
        name="prod",
        domain=APEX,
        cluster="prod",
        postgres=PostgresSettings(
            instances=3,
            storage_size="50Gi",
            storage_class="longhorn-retain",
            resources=Resources(cpu="1", memory="4Gi", cpu_limit="2", memory_limit="4Gi"),
            backup_bucket="s3://dirtbike-backups/prod/postgres",
        ),
        wordpress=WordPressSettings(
            blue_image="wordpress:6.8.2-php8.3-apache",
            green_image="wordpress:7.1.0-php8.3-apache",
            active="blue",
            blue_replicas=2,
            green_replicas=2,
            autoscaling=True,
            html_size="20Gi",
        ),
        mysql=MySQLSettings(storage_size="20Gi", resources=Resources(cpu="500m", memory="1Gi", cpu_limit="2", memory_limit="2Gi")),
        logto_replicas=2,
        spread="required",
    ),
}


def on_cluster(cluster: str) -> list[Environment]:
    """The validated environments that run on `cluster`, in NAMES order."""
    return [get(name) for name in NAMES if ENVIRONMENTS[name].cluster == cluster]


def cluster_watcher(cluster: str) -> Environment:
    """The environment whose alert rules carry its cluster's own alerts (the off-site etcd
    snapshots) and so route them by its `alerting`: the last of NAMES on the cluster, the one
    closest to production (prod on prod, stage on nonprod)."""
    return on_cluster(cluster)[-1]


def get_cluster(name: str) -> Cluster:
    """The cluster `name`; ConfigError for an unknown one."""
    if name not in CLUSTERS:
        raise ConfigError(
            "environments", "cluster", name, "one of " + ", ".join(CLUSTERS), "add it to CLUSTERS in dirtbike_site/environments.py first"
        )
    return CLUSTERS[name]


def check_environments(environments: Mapping[str, Environment], names: Sequence[str]) -> None:
    """The environments as a set: each key names its own environment, NAMES and ENVIRONMENTS
    list the same ones, and no two route an overlapping host (an equal domain, a domain that is
    another's host such as 'www.dev.<apex>', or a wildcard covering another's host): on a
    shared Traefik one silently takes the other's traffic. Each error names both sides."""
    for key, env in environments.items():
        if not isinstance(env, Environment) or env.name != key:
            raise ConfigError(
                f"ENVIRONMENTS[{key!r}]",
                "name",
                getattr(env, "name", env),
                f"the environment named {key!r}",
                f"the entry under {key!r} is environment {getattr(env, 'name', env)!r}: a copied entry keeps the name of the one it came from",
            )
    for name in names:
        if name not in environments:
            raise ConfigError(
                "environments", "NAMES", name, "names of environments declared in ENVIRONMENTS", f"declare {name!r} in ENVIRONMENTS too"
            )
    for key in environments:
        if key not in names:
            raise ConfigError("environments", "ENVIRONMENTS", key, "environments listed in NAMES", f"add {key!r} to NAMES")
    routed: list[tuple[str, str]] = []  # (host, environment), each environment's after the ones before
    for key, env in environments.items():
        hosts = env.hosts if isinstance(env.domain, str) else ()
        for host in hosts:
            clash = next(((other_host, other) for other_host, other in routed if hosts_overlap(host, other_host)), None)
            if clash is not None:
                raise ConfigError(
                    f"environment {key!r}",
                    "domain",
                    env.domain,
                    f"a domain whose hosts no other environment routes (environment {clash[1]!r} routes {clash[0]!r}, "
                    f"which this domain gives {host!r} too)",
                    "two environments routing one host: on a shared Traefik one silently takes the other's traffic, and the "
                    "public name can lead to one of them only; give each its own domain (e.g. a subdomain nothing else routes)",
                )
        routed.extend((host, key) for host in hosts)


def get(name: str) -> Environment:
    """The validated environment `name`; ConfigError for an unknown one."""
    check_environments(ENVIRONMENTS, NAMES)
    if name not in ENVIRONMENTS:
        raise ConfigError("environments", "name", name, "one of " + ", ".join(NAMES), "add it to dirtbike_site/environments.py first")
    return ENVIRONMENTS[name].validate()
