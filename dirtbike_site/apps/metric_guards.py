"""Alerts for a missing metric source. A rule over a metric that is not scraped at all (its
monitor gone, its exporter down, Prometheus unable to reach it) is silently false; these fire
instead, so an outage cannot hide behind missing data (dirtbike_site/metric_sources.py)."""

from __future__ import annotations

from dirtbike_constructs import Alert

from ..site import Site


def source_guards(site: Site) -> list[Alert]:
    env, ns_all = site.env, f"dirtbike-{site.env.name}-.*"
    wordpress = f"{site.ns('web')}-wordpress(-blue|-green)?-80@kubernetescrd"
    return [
        # prod always has traffic; in dev and stage quiet hours are normal, so it only warns there.
        Alert(
            name="WordPressMetricsAbsent",
            severity="critical" if env.name == "prod" else "warning",
            for_="30m",
            expr=f'absent(traefik_service_requests_total{{service=~"{wordpress}"}})',
            summary=f"No WordPress request in {env.name} has been counted at Traefik for 30 minutes",
            description="Traefik reports no request to WordPress: Traefik is not scraped (its ServiceMonitor or the "
            "add-on is gone), not routing to WordPress, or nothing reaches it. The WordPress SLO alerts "
            "cannot fire without these metrics.",
        ),
        Alert(
            name="CertificateMetricsAbsent",
            severity="warning",
            for_="1h",
            expr=f'absent(certmanager_certificate_expiration_timestamp_seconds{{namespace=~"{ns_all}"}})',
            summary=f"cert-manager reports no certificate of {env.name}",
            description="cert-manager's metrics for this environment's Certificates are missing: CertificateExpiringSoon "
            "cannot fire. cert-manager is down, not scraped, or the Certificates are gone.",
        ),
        Alert(
            name="KubeStateMetricsAbsent",
            severity="warning",
            for_="15m",
            expr=f'absent(kube_pod_container_status_restarts_total{{namespace=~"{ns_all}"}})',
            summary=f"kube-state-metrics reports no pod of {env.name}",
            description="kube-state-metrics is down or not scraped: PodCrashLooping and the restore drill alerts cannot fire.",
        ),
    ]
