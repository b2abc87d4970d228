"""HardenedJob: a run-to-completion Job (or, with `schedule`, a CronJob) with the same hardened
pod as the long-running workloads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from constructs import Construct

from . import _validate as check
from .endpoint import EndpointInfo
from .errors import ConfigError
from .plus_workload import PlusPeerContract
from .meta import ManifestObject, attach, construct_path, all_or_nothing
from .pod import plan_pod
from .pod_props import PodProps, Spread, resolved_init


@resolved_init
@dataclass(frozen=True, kw_only=True)
class JobProps(PodProps):
    """The props of a HardenedJob: every `PodProps` field, and the Job's and CronJob's own.
    Sidecars run as native sidecars (init containers with restartPolicy Always, Kubernetes
    1.29 and later), so they stop when the main container has finished."""

    spread: Spread | None = None
    """Default None (a Job runs one pod: nothing to spread); 'preferred' or 'required' as
    PodProps."""
    backoff_limit: int = 2
    """Retries before the Job fails; default 2 (0-20)."""
    active_deadline_seconds: int = 1800
    """Default 1800: a hung job fails instead of blocking an apply."""
    schedule: str | None = None
    """Five-field cron or @daily etc.; default None (a plain Job). Set: a CronJob."""
    concurrency_policy: Literal["Forbid", "Replace", "Allow"] = "Forbid"
    """For CronJobs: default 'Forbid' (a run never overlaps the previous one)."""
    time_zone: str = "Etc/UTC"
    """For CronJobs: the schedule's IANA time zone; default 'Etc/UTC'."""


class HardenedJob(PlusPeerContract, Construct):
    """A hardened Job, or a CronJob when `schedule` is set, with its ServiceAccount (and Role
    with `reads` or `api_access`) and owned ConfigMaps. Probes are optional for the main
    container. It renders no Service: a Job accepts no connections. Props: `JobProps`.

    Attributes: `name`, `namespace`, `app`, `endpoint` (a flow source; it exposes no ports:
    a Job accepts no connections), `kind` ('Job' or 'CronJob')."""

    @all_or_nothing
    def __init__(self, scope: Construct, id: str, props: JobProps) -> None:
        where = construct_path(scope, id)
        check.instance_of(where, "props", props, JobProps, "a dirtbike_constructs.JobProps: HardenedJob(scope, id, JobProps(...))")
        backoff_limit = check.integer(where, "backoff_limit", props.backoff_limit, minimum=0, maximum=20)
        active_deadline_seconds = check.integer(where, "active_deadline_seconds", props.active_deadline_seconds, minimum=1)
        schedule = props.schedule
        if schedule is not None:
            check.cron(where, "schedule", schedule)
        concurrency_policy = check.one_of(where, "concurrency_policy", props.concurrency_policy, ("Forbid", "Replace", "Allow"))
        time_zone = check.time_zone(where, "time_zone", props.time_zone)
        if props.service_type != "ClusterIP":
            raise ConfigError(
                where,
                "service_type",
                props.service_type,
                "'ClusterIP' (a Job renders no Service: it accepts no connections)",
                "drop service_type; run a server as a HardenedDeployment",
            )
        pod = plan_pod(where, props, default_name=id, main_needs_probes=False, restart_policy="Never", native_sidecars=True)
        attach(self, scope, id, where)
        self.name: str = pod.name
        self.namespace: str = pod.namespace
        self.app: str = pod.app
        self.service_name: str | None = None  # a Job renders no Service
        self.service_ports: dict[str, int] = {}
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
                    "metadata": pod.workload_meta(),
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
                    "metadata": pod.workload_meta(),
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
