"""HardenedStatefulSet and HardenedJob: the shared hardened pod, their own parts and rules."""

from __future__ import annotations

import pytest
from conftest import as_yaml, find, kinds, synth
from factories import container

from dirtbike_constructs import (
    ConfigError,
    HardenedJob,
    HardenedStatefulSet,
    JobProps,
    Port,
    Probe,
    Reads,
    StatefulSetProps,
    VolumeClaimTemplate,
)


def stateful(chart, **props):
    props.setdefault("namespace", "data")
    props.setdefault("container", container(ports=(Port("mysql", 3306),), readiness=Probe.tcp("mysql"), liveness=Probe.tcp("mysql")))
    props.setdefault("volume_claims", [VolumeClaimTemplate("data", "/var/lib/mysql", "20Gi", "longhorn-retain")])
    return HardenedStatefulSet(chart, "mysql", StatefulSetProps(**props))


def test_statefulset_snapshot(chart, snapshot_yaml):
    """A single-instance database server: StatefulSet, client and headless Services."""
    stateful(chart)
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_statefulset_claims_and_services(chart):
    s = stateful(chart, replicas=3)
    manifests = synth(chart)
    sts = find(manifests, "StatefulSet", "mysql")["spec"]
    assert sts["serviceName"] == "mysql-headless"
    assert sts["volumeClaimTemplates"][0]["spec"]["resources"]["requests"]["storage"] == "20Gi"
    assert {"name": "data", "mountPath": "/var/lib/mysql"} in sts["template"]["spec"]["containers"][0]["volumeMounts"]
    assert find(manifests, "Service", "mysql-headless")["spec"]["clusterIP"] == "None"
    assert "clusterIP" not in find(manifests, "Service", "mysql")["spec"]
    assert "PodDisruptionBudget" in kinds(manifests)
    assert sts["template"]["spec"]["containers"][0]["securityContext"]["readOnlyRootFilesystem"] is True
    assert s.endpoint.selector == {"app.kubernetes.io/name": "mysql", "app.kubernetes.io/instance": "mysql"}
    assert s.endpoint.ports["mysql"].number == 3306


@pytest.mark.parametrize(
    "props, field",
    [
        ({"replicas": -1}, "replicas"),
        ({"volume_claims": [VolumeClaimTemplate("Data", "/d", "1Gi")]}, "volume_claims.name"),
        ({"volume_claims": [VolumeClaimTemplate("data", "d", "1Gi")]}, "volume_claims['data'].mount_path"),
        ({"volume_claims": [VolumeClaimTemplate("data", "/d", "big")]}, "volume_claims['data'].size"),
        ({"volume_claims": [VolumeClaimTemplate("data", "/d", "1Gi", "Fast")]}, "volume_claims['data'].storage_class"),
        ({"volume_claims": [VolumeClaimTemplate("data", "/tmp", "1Gi")]}, "volume_claims['data'].mount_path"),
        ({"volume_claims": [VolumeClaimTemplate("data", "/a", "1Gi"), VolumeClaimTemplate("data", "/b", "1Gi")]}, "volume_claims.name"),
        ({"volume_claims": ["data"]}, "volume_claims"),
        ({"namespace": "Data"}, "namespace"),
    ],
)
def test_statefulset_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        stateful(chart, **props)
    assert error.value.field == field


def job(chart, **props):
    props.setdefault("namespace", "forum")
    props.setdefault("container", container(ports=(), readiness=None, liveness=None))
    return HardenedJob(chart, "db-init", JobProps(**props))


def test_job_snapshot(chart, snapshot_yaml):
    """A one-shot hardened Job: no probes, no Service, restartPolicy Never, a deadline."""
    job(chart)
    assert as_yaml(synth(chart)) == snapshot_yaml


def test_job_pod_is_hardened_and_bounded(chart):
    j = job(chart)
    manifests = synth(chart)
    spec = find(manifests, "Job", "db-init")["spec"]
    pod = spec["template"]["spec"]
    assert pod["restartPolicy"] == "Never" and spec["backoffLimit"] == 2 and spec["activeDeadlineSeconds"] == 1800
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["automountServiceAccountToken"] is False
    assert "topologySpreadConstraints" not in pod
    assert kinds(manifests) == ["Job", "ServiceAccount"] and j.kind == "Job" and j.endpoint.ports == {}


def test_cron_job_with_least_privilege(chart):
    job(chart, schedule="0 4 1 * *", reads=[Reads("Secret", ["backup-creds"])])
    manifests = synth(chart)
    cron = find(manifests, "CronJob", "db-init")["spec"]
    assert cron["schedule"] == "0 4 1 * *" and cron["concurrencyPolicy"] == "Forbid" and cron["timeZone"] == "Etc/UTC"
    assert cron["jobTemplate"]["spec"]["template"]["spec"]["automountServiceAccountToken"] is True
    assert find(manifests, "Role", "db-init")["rules"][0]["verbs"] == ["get"]


@pytest.mark.parametrize(
    "props, field",
    [
        ({"backoff_limit": -1}, "backoff_limit"),
        ({"active_deadline_seconds": 0}, "active_deadline_seconds"),
        ({"schedule": "every day"}, "schedule"),
        ({"schedule": "0 0 3 * * *"}, "schedule"),
        ({"concurrency_policy": "Queue"}, "concurrency_policy"),
        ({"time_zone": "UTC+8"}, "time_zone"),
        ({"container": container(image="busybox")}, "container['app'].image"),
    ],
)
def test_job_rules(chart, props, field):
    with pytest.raises(ConfigError) as error:
        job(chart, **props)
    assert error.value.field == field


def test_api_access_is_named_and_bounded(chart):
    from dirtbike_constructs import ApiAccess

    job(chart, api_access=[ApiAccess("postgresql.cnpg.io", "clusters", ("create", "get", "delete"), ("drill",))])
    role = find(synth(chart), "Role", "db-init")
    assert role["rules"] == [
        {"apiGroups": ["postgresql.cnpg.io"], "resources": ["clusters"], "resourceNames": ["drill"], "verbs": ["delete", "get"]},
        {"apiGroups": ["postgresql.cnpg.io"], "resources": ["clusters"], "verbs": ["create"]},
    ]


@pytest.mark.parametrize(
    "grant, field",
    [
        (("*", "clusters", ("get",), ("x",)), "api_access[0].api_group"),
        (("", "*", ("get",), ("x",)), "api_access[0].resource"),
        (("", "secrets", ("list",), ("x",)), "api_access[0].verbs"),
        (("", "pods", ("escalate",), ("x",)), "api_access[0].verbs"),
        (("", "pods", (), ("x",)), "api_access[0].verbs"),
        (("", "pods", ("delete",), ()), "api_access[0].names"),
    ],
)
def test_api_access_rules(chart, grant, field):
    from dirtbike_constructs import ApiAccess

    with pytest.raises(ConfigError) as error:
        job(chart, api_access=[ApiAccess(*grant)])
    assert error.value.field == field
