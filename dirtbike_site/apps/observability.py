"""What Prometheus scrapes and the alerts it evaluates, per environment.

Metrics come from the PostgreSQL instances (CloudNativePG), the exporter sidecars (MySQL,
Redis, Apache for WordPress), Traefik (requests to WordPress, for its SLOs), kube-state-metrics
and the kubelet (restarts, volumes) and cert-manager (certificate expiry): the last four are
scraped by kube-prometheus-stack itself. Logto, Meilisearch, Wanderer and Redis' own server
have no endpoint this platform enables; Discourse needs its prometheus plugin in the image."""

from __future__ import annotations

import dataclasses
from typing import Literal

from dirtbike_constructs import (
    Alert,
    AlertRouting,
    AlertRules,
    BlueGreenService,
    GrafanaDashboard,
    HardenedDeployment,
    HardenedStatefulSet,
    LogsPanel,
    Panel,
    PodMetrics,
    WebhookReceiver,
)

from ..addons import contract

from .. import environments, peers
from ..site import PART_OF, Site
from . import cluster_alerts
from .metric_guards import source_guards

# WordPress SLOs: 99.9% of requests answered without a 5xx over 30 days, p95 under 500 ms.
ERROR_BUDGET = 0.001
# Backup metrics of the Barman Cloud plugin (its name with '.' and '-' as '_', then the metric),
# exported by every PostgreSQL instance from the ObjectStore's status.
BACKUP_METRIC = "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp"
FAILED_BACKUP_METRIC = "barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp"
# Multi-window burn rates: (long window, short window, burn rate, severity, for).
BURN_WINDOWS: tuple[tuple[str, str, float, Literal["critical", "warning"], str], ...] = (
    ("1h", "5m", 14.4, "critical", "2m"),
    ("6h", "30m", 6, "critical", "15m"),
    ("1d", "2h", 3, "warning", "1h"),
    ("3d", "6h", 1, "warning", "3h"),
)


def scrape(site: Site, *targets: HardenedDeployment | HardenedStatefulSet | BlueGreenService) -> None:
    """A PodMonitor for each target's exporter, with Prometheus' flow to it."""
    for target in targets:
        PodMetrics(
            site.chart(_area_of(site, target.namespace)),
            f"metrics-{target.name}",
            target=target,
            selector_labels=site.env.prometheus_selector,
            part_of=PART_OF,
            prometheus=peers.PROMETHEUS,
        )


def _area_of(site: Site, namespace: str) -> str:
    return next(area for area in site.by_area if site.ns(area) == namespace)


def _wordpress_requests(site: Site, extra: str = "") -> str:
    return f'traefik_service_requests_total{{service=~"{site.ns("web")}-wordpress(-blue|-green)?-80@kubernetescrd"{extra}}}'


def _error_ratio(site: Site, window: str) -> str:
    errors = _wordpress_requests(site, ',code=~"5.."')
    return f"(sum(rate({errors}[{window}])) / sum(rate({_wordpress_requests(site)}[{window}])))"


def alerts(site: Site) -> dict[str, list[Alert]]:
    env, data, ns_all = site.env, site.ns("data"), f"dirtbike-{site.env.name}-.*"
    wordpress = []
    for long, short, rate, severity, hold in BURN_WINDOWS:
        threshold = rate * ERROR_BUDGET
        wordpress.append(
            Alert(
                name=f"WordPressErrorBudgetBurn{long.upper()}",
                severity=severity,
                for_=hold,
                expr=f"{_error_ratio(site, long)} > {threshold:g} and {_error_ratio(site, short)} > {threshold:g}",
                summary=f"WordPress in {env.name} burns its error budget {rate}x too fast ({long}/{short} windows)",
                description="More than {:.2%} of WordPress requests end in a 5xx over {} and {}; at this rate the "
                "30-day 99.9% availability budget runs out early.".format(threshold, long, short),
            )
        )
    wordpress.append(
        Alert(
            name="WordPressLatencyHigh",
            severity="warning",
            for_="10m",
            expr=(
                f"histogram_quantile(0.95, sum by (le) (rate(traefik_service_request_duration_seconds_bucket"
                f'{{service=~"{site.ns("web")}-wordpress(-blue|-green)?-80@kubernetescrd"}}[5m]))) > 0.5'
            ),
            summary=f"WordPress p95 latency in {env.name} is over 500 ms",
            description="The 95th percentile of WordPress response times, measured at Traefik, has been above the 500 ms SLO for 10 minutes.",
        )
    )
    wordpress.append(
        Alert(
            name="WordPressErrorRateHigh",
            severity="warning",
            for_="15m",
            expr=f"{_error_ratio(site, '30m')} > {ERROR_BUDGET:g}",
            summary=f"WordPress error rate in {env.name} is over 0.1%",
            description="More than 0.1% of WordPress requests have ended in a 5xx over the last 30 minutes.",
        )
    )
    # WP-Cron runs only from the wordpress-cron CronJob (every 5 minutes): scheduled posts, mail
    # and cleanups stop silently when it does. Absent: it never succeeded since it was created.
    last_cron = f'kube_cronjob_status_last_successful_time{{namespace="{site.ns("web")}",cronjob="wordpress-cron"}}'
    wordpress.append(
        Alert(
            name="WordPressCronStale",
            severity="warning",
            for_="30m",
            expr=f"time() - max({last_cron}) > 3600 or absent({last_cron})",
            summary=f"WordPress scheduled tasks in {env.name} have not run for an hour",
            description="The wordpress-cron CronJob has not completed a run for over an hour: scheduled posts, "
            "mail and cleanups are waiting.",
        )
    )

    postgres = [
        Alert(
            name="PostgresInstanceDown",
            severity="critical",
            for_="5m",
            expr=f'max by (pod) (cnpg_collector_up{{namespace="{data}"}}) == 0 or absent(cnpg_collector_up{{namespace="{data}"}})',
            summary=f"A PostgreSQL instance in {env.name} is down",
            description="An instance of the CloudNativePG cluster 'postgres' reports cnpg_collector_up = 0, or none reports at all.",
        ),
        Alert(
            name="PostgresReplicationLagHigh",
            severity="warning",
            for_="10m",
            expr=f'max by (pod) (cnpg_pg_replication_lag{{namespace="{data}"}}) > 30',
            summary=f"PostgreSQL replication lag in {env.name} is over 30 s",
            description="A replica of 'postgres' is more than 30 seconds behind the primary; reads from postgres-ro are stale.",
        ),
        Alert(
            name="PostgresFailoverHappened",
            severity="warning",
            for_="0m",
            expr=f'changes(cnpg_pg_replication_in_recovery{{namespace="{data}"}}[15m]) > 0',
            summary=f"A PostgreSQL instance in {env.name} changed role",
            description="An instance of 'postgres' switched between primary and replica in the last 15 minutes (failover or switchover).",
        ),
        Alert(
            name="PostgresWalArchivingFailing",
            severity="critical",
            for_="15m",
            expr=(
                f'cnpg_pg_stat_archiver_last_failed_time{{namespace="{data}"}} '
                f'> cnpg_pg_stat_archiver_last_archived_time{{namespace="{data}"}}'
            ),
            summary=f"PostgreSQL WAL archiving in {env.name} is failing",
            description="The last WAL archive attempt failed after the last success; point-in-time recovery stops at the last archived segment.",
        ),
    ]
    if env.postgres.backup_bucket is not None:
        postgres.append(
            Alert(
                name="PostgresBackupTooOld",
                severity="critical",
                for_="30m",
                # Exported by every instance through the Barman Cloud plugin (0 until the first
                # backup); the operator's cnpg_collector_* backup metrics are deprecated.
                expr=(f'time() - max({BACKUP_METRIC}{{namespace="{data}"}}) > 26 * 3600 or absent({BACKUP_METRIC}{{namespace="{data}"}})'),
                summary=f"The last PostgreSQL backup in {env.name} is over 26 hours old",
                description="The daily ScheduledBackup 'postgres-daily' has not produced a base backup for more than a day, "
                "or no instance reports the Barman Cloud plugin's backup metrics.",
            )
        )
        # Fires while the newest failed drill Job is newer than the CronJob's last success:
        # failed Jobs are kept for their logs (failedJobsHistoryLimit), so "some Job failed"
        # would keep firing after a later drill passed.
        drill_jobs = f'namespace="{data}",job_name=~"postgres-restore-drill-.*"'
        postgres.append(
            Alert(
                name="PostgresBackupFailed",
                severity="warning",
                for_="0m",
                expr=f'max({FAILED_BACKUP_METRIC}{{namespace="{data}"}}) > max({BACKUP_METRIC}{{namespace="{data}"}})',
                summary=f"The latest PostgreSQL base backup in {env.name} failed",
                description="The newest base backup attempt failed after the last successful one; WAL archiving may still "
                "work, but recovery needs a base backup and the WAL since it.",
            )
        )
        postgres.append(
            Alert(
                name="RestoreDrillFailed",
                severity="critical",
                for_="0m",
                expr=(
                    f"max(kube_job_created{{{drill_jobs}}} and on (namespace, job_name) "
                    f'(kube_job_failed{{{drill_jobs},condition="true"}} == 1)) '
                    f'> (max(kube_cronjob_status_last_successful_time{{namespace="{data}",cronjob="postgres-restore-drill"}}) '
                    f"or vector(0))"
                ),
                summary=f"The latest PostgreSQL restore drill in {env.name} failed",
                description="The newest postgres-restore-drill Job failed and no drill has passed since: the latest backup "
                "could not be restored, failed the CJK smoke tests or lost rows. Its log line has the report. "
                "The alert clears when a later drill passes.",
            )
        )
        postgres.append(
            Alert(
                name="RestoreDrillOverdue",
                severity="warning",
                for_="1h",
                expr=f'time() - max(kube_cronjob_status_last_successful_time{{namespace="{data}",cronjob="postgres-restore-drill"}}) > 35 * 24 * 3600',
                summary=f"No successful PostgreSQL restore drill in {env.name} for 35 days",
                description="The monthly restore drill has not succeeded for over 35 days; backups are untested.",
            )
        )
    platform = [
        Alert(
            name="MySQLDown",
            severity="critical",
            for_="5m",
            expr=f'max(mysql_up{{namespace="{data}"}}) == 0 or absent(mysql_up{{namespace="{data}"}})',
            summary=f"MySQL in {env.name} is down",
            description="The mysqld exporter cannot reach MySQL, or is not reporting.",
        ),
        Alert(
            name="PodCrashLooping",
            severity="warning",
            for_="15m",
            expr=f'max by (namespace, pod, container) (increase(kube_pod_container_status_restarts_total{{namespace=~"{ns_all}"}}[15m])) > 2',
            summary=f"A container in {env.name} keeps restarting",
            description="A container restarted more than twice in 15 minutes: {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}).",
        ),
        Alert(
            name="PersistentVolumeAlmostFull",
            severity="warning",
            for_="15m",
            expr=(
                f'max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_used_bytes{{namespace=~"{ns_all}"}} '
                f'/ kubelet_volume_stats_capacity_bytes{{namespace=~"{ns_all}"}}) > 0.8'
            ),
            summary=f"A volume in {env.name} is over 80% full",
            description="{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is more than 80% full.",
        ),
        Alert(
            name="CertificateExpiringSoon",
            severity="warning",
            for_="1h",
            expr=f'min by (namespace, name) (certmanager_certificate_expiration_timestamp_seconds{{namespace=~"{ns_all}"}} - time()) < 30 * 24 * 3600',
            summary=f"A TLS certificate in {env.name} expires in less than 30 days",
            description="cert-manager has not renewed {{ $labels.namespace }}/{{ $labels.name }}; it normally renews 30 days ahead.",
        ),
    ]
    groups = {"wordpress-slo": wordpress, "postgresql": postgres, "platform": platform}
    if environments.cluster_watcher(env.cluster).name == env.name:
        groups[cluster_alerts.GROUP] = cluster_alerts.snapshot_alerts(env.on)
    return groups


def rules(site: Site) -> AlertRules:
    """Every alert carries `environment` (Alertmanager routes on it: environments share one
    Alertmanager per cluster) and `alertgroup` (a critical inhibits the warnings of its group)."""
    base = site.env.runbook_base_url.rstrip("/")
    groups = {
        group: [
            dataclasses.replace(
                a, runbook_url=f"{base}/{a.name}.md", labels={**a.labels, "environment": site.env.name, "alertgroup": group}
            )
            for a in found
        ]
        for group, found in {**alerts(site), "sources": source_guards(site)}.items()
    }
    return AlertRules(
        site.chart("data"),
        "alerts",
        name=f"dirtbike-{site.env.name}-alerts",
        namespace=site.ns("data"),
        groups=groups,
        selector_labels=site.env.prometheus_selector,
        part_of=PART_OF,
    )


def routing(site: Site) -> AlertRouting:
    """The environment's alerts (label `environment`) to its receivers, per severity; the
    webhook URLs come from the sealed credential `alertmanager-receivers`."""
    alerting = site.env.alerting
    critical = WebhookReceiver(alerting.critical.name, alerting.critical.url_key)
    warning = WebhookReceiver(alerting.warning.name, alerting.warning.url_key)
    return AlertRouting(
        site.chart("data"),
        "alert-routing",
        name=f"dirtbike-{site.env.name}-alerts",
        namespace=site.ns("data"),
        match={"environment": site.env.name},
        secret="alertmanager-receivers",
        receivers={"critical": critical, "warning": warning, "info": warning},
        selector_labels=site.env.prometheus_selector,
        part_of=PART_OF,
    )


def dashboards(site: Site) -> list[GrafanaDashboard]:
    env, web, data, ns_all = site.env.name, site.ns("web"), site.ns("data"), f"dirtbike-{site.env.name}-.*"
    color = (
        f'label_replace(sum by (service) (rate(traefik_service_requests_total{{service=~"{web}-wordpress-(blue|green)-80@kubernetescrd"{{extra}}}}[5m])), '
        f'"color", "$1", "service", "{web}-wordpress-(blue|green)-80@kubernetescrd")'
    )
    per_color = color.replace("{extra}", "")
    per_color_errors = color.replace("{extra}", ',code=~"5.."')
    chart = site.chart("data")
    return [
        GrafanaDashboard(
            chart,
            "dashboard-overview",
            name=f"dirtbike-{env}-overview",
            title=f"dirtbike {env}: platform overview",
            part_of=PART_OF,
            panels=[
                Panel(
                    "Requests per service",
                    {"{{service}}": f'sum by (service) (rate(traefik_service_requests_total{{service=~"{ns_all}"}}[5m]))'},
                    "reqps",
                ),
                Panel(
                    "5xx ratio per service",
                    {
                        "{{service}}": f'sum by (service) (rate(traefik_service_requests_total{{service=~"{ns_all}",code=~"5.."}}[5m])) / sum by (service) (rate(traefik_service_requests_total{{service=~"{ns_all}"}}[5m]))'
                    },
                    "percentunit",
                ),
                Panel(
                    "Container restarts (1h)",
                    {
                        "{{namespace}}/{{pod}}": f'sum by (namespace, pod) (increase(kube_pod_container_status_restarts_total{{namespace=~"{ns_all}"}}[1h]))'
                    },
                ),
                Panel(
                    "CPU per namespace",
                    {
                        "{{namespace}}": f'sum by (namespace) (rate(container_cpu_usage_seconds_total{{namespace=~"{ns_all}",container!=""}}[5m]))'
                    },
                ),
                Panel(
                    "Memory per namespace",
                    {"{{namespace}}": f'sum by (namespace) (container_memory_working_set_bytes{{namespace=~"{ns_all}",container!=""}})'},
                    "bytes",
                ),
                Panel(
                    "Volume use",
                    {
                        "{{persistentvolumeclaim}}": f'kubelet_volume_stats_used_bytes{{namespace=~"{ns_all}"}} / kubelet_volume_stats_capacity_bytes{{namespace=~"{ns_all}"}}'
                    },
                    "percentunit",
                ),
            ],
        ),
        GrafanaDashboard(
            chart,
            "dashboard-ab",
            name=f"dirtbike-{env}-wordpress-ab",
            title=f"dirtbike {env}: WordPress blue/green",
            part_of=PART_OF,
            panels=[
                Panel("Requests per color", {"{{color}}": f"sum by (color) ({per_color})"}, "reqps"),
                Panel(
                    "Error rate per color",
                    {"{{color}}": f"sum by (color) ({per_color_errors}) / sum by (color) ({per_color})"},
                    "percentunit",
                ),
                Panel(
                    "p95 latency",
                    {
                        "p95": f'histogram_quantile(0.95, sum by (le) (rate(traefik_service_request_duration_seconds_bucket{{service=~"{web}-wordpress(-blue|-green)?-80@kubernetescrd"}}[5m])))'
                    },
                    "s",
                ),
                Panel(
                    "Ready pods per color",
                    {"{{deployment}}": f'kube_deployment_status_replicas_ready{{namespace="{web}",deployment=~"wordpress-(blue|green)"}}'},
                ),
                # Loki, labelled by the log collector (namespace, pod, container).
                LogsPanel("WordPress logs", f'{{namespace="{web}", container="wordpress"}}', contract.LOKI_DATASOURCE_UID),
            ],
        ),
        GrafanaDashboard(
            chart,
            "dashboard-postgres",
            name=f"dirtbike-{env}-postgresql",
            title=f"dirtbike {env}: PostgreSQL",
            part_of=PART_OF,
            panels=[
                Panel("Instances up", {"{{pod}}": f'cnpg_collector_up{{namespace="{data}"}}'}),
                Panel("Replication lag", {"{{pod}}": f'cnpg_pg_replication_lag{{namespace="{data}"}}'}, "s"),
                Panel("Connections", {"{{pod}}": f'sum by (pod) (cnpg_backends_total{{namespace="{data}"}})'}),
                Panel("Database size", {"{{datname}}": f'max by (datname) (cnpg_pg_database_size_bytes{{namespace="{data}"}})'}, "bytes"),
                Panel(
                    "WAL archived vs failed",
                    {
                        "archived": f'max(cnpg_pg_stat_archiver_archived_count{{namespace="{data}"}})',
                        "failed": f'max(cnpg_pg_stat_archiver_failed_count{{namespace="{data}"}})',
                    },
                ),
                Panel("Last backup", {"age": f'time() - max({BACKUP_METRIC}{{namespace="{data}"}})'}, "s"),
                LogsPanel("PostgreSQL logs", f'{{namespace="{data}", pod=~"postgres-[0-9]+"}}', contract.LOKI_DATASOURCE_UID),
            ],
        ),
    ]
