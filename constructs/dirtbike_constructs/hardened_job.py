"""HardenedJob: a run-to-completion Job (or, with `schedule`, a CronJob) with the same hardened
pod as the long-running workloads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .container import Container
from .endpoint import EndpointInfo
from .meta import ManifestObject, attach, construct_path, object_meta, all_or_nothing
from .pod import ApiAccess, Reads, plan_pod


class HardenedJob(Construct):
    """A hardened Job, or a CronJob when `schedule` is set, with its ServiceAccount (and Role
    with `reads`) and owned ConfigMaps. Probes are optional for the main container.

    namespace, container, name, app, component, part_of, init_containers, reads, pod_labels:
    as HardenedDeployment. api_access: ApiAccess grants (named objects, no wildcards). backoff_limit: retries before the Job fails; default 2.
    active_deadline_seconds: default 1800 (a hung job fails instead of blocking an apply).
    schedule: five-field cron or @daily etc.; default None (a plain Job).
    concurrency_policy: for CronJobs; default 'Forbid'. time_zone: for CronJobs; default 'Etc/UTC'.

    Attributes: `name`, `namespace`, `app`, `endpoint` (a flow source; it exposes no ports:
    a Job accepts no connections), `kind` ('Job' or 'CronJob')."""

    @all_or_nothing
    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        namespace: str,
        container: Container,
        name: str | None = None,
        app: str | None = None,
        component: str | None = None,
        part_of: str | None = None,
        init_containers: Sequence[Container] = (),
        reads: Sequence[Reads] = (),
        api_access: Sequence[ApiAccess] = (),
        pod_labels: Mapping[str, str] | None = None,
        backoff_limit: int = 2,
        active_deadline_seconds: int = 1800,
        schedule: str | None = None,
        concurrency_policy: Literal["Forbid", "Replace", "Allow"] = "Forbid",
        time_zone: str = "Etc/UTC",
    ) -> None:
        where = construct_path(scope, id)
        check.integer(where, "backoff_limit", backoff_limit, minimum=0, maximum=20)
        check.integer(where, "active_deadline_seconds", active_deadline_seconds, minimum=1)
        if schedule is not None:
            check.cron(where, "schedule", schedule)
        check.one_of(where, "concurrency_policy", concurrency_policy, ("Forbid", "Replace", "Allow"))
        check.time_zone(where, "time_zone", time_zone)
        pod = plan_pod(
            where,
            name=name if name is not None else id,
            namespace=namespace,
            container=container,
            app=app,
            component=component,
            part_of=part_of,
            init_containers=init_containers,
            reads=reads,
            api_access=api_access,
            pod_labels=pod_labels,
            spread=None,
            main_needs_probes=False,
            restart_policy="Never",
        )
        attach(self, scope, id, where)
        self.name: str = pod.name
        self.namespace: str = pod.namespace
        self.app: str = pod.app
        self.service_name: str | None = pod.service_name
        self.service_ports: dict[str, int] = pod.service_ports
        self._endpoint = pod.endpoint("HardenedJob", where, accepts_connections=False)
        self.kind: str = "CronJob" if schedule else "Job"
        pod.render_companions(self)
        job_spec: dict[str, Any] = {
            "backoffLimit": backoff_limit,
            "activeDeadlineSeconds": active_deadline_seconds,
            "template": pod.template,
        }
        if schedule is None:
            self.job = ManifestObject(
                self,
                "Resource",
                {
                    "apiVersion": "batch/v1",
                    "kind": "Job",
                    "metadata": object_meta(pod.name, pod.namespace, pod.pod_labels),
                    "spec": job_spec,
                },
            )
        else:
            self.job = ManifestObject(
                self,
                "Resource",
                {
                    "apiVersion": "batch/v1",
                    "kind": "CronJob",
                    "metadata": object_meta(pod.name, pod.namespace, pod.pod_labels),
                    "spec": {
                        "schedule": schedule,
                        "timeZone": time_zone,
                        "concurrencyPolicy": concurrency_policy,
                        "successfulJobsHistoryLimit": 3,
                        "failedJobsHistoryLimit": 3,
                        "jobTemplate": {"metadata": {"labels": pod.pod_labels}, "spec": job_spec},
                    },
                },
            )

    @property
    def endpoint(self) -> EndpointInfo:
        """This workload as a flow endpoint (`allow`): its pods and no ports (a Job accepts no connections)."""
        return self._endpoint
