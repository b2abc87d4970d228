"""The k3s servers as code: the pinned release is the one place naming the Kubernetes version
(the control-plane twin pins the same), every key of the rendered configuration files is a
documented server option of that release, every value reaches its file, every bad value is
refused naming its field, and the admission and audit files say what the API server enforces."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
import yaml
from conftest import ROOT, dist_objects

from dirtbike_constructs import ConfigError
from dirtbike_constructs.k3s_server_config import RELEASE, SERVER_OPTIONS, check_server_config, render_server_config
from dirtbike_site import cli, environments, prerequisites, servers
from dirtbike_site.environments import CredentialsFile, Exemption, Registration
from dirtbike_site.servers import paths
from dirtbike_site.servers.release import kubernetes_version, pod_security_version

VIP = Registration(address="10.20.0.100", interface="eth0", hostnames=("api.prod.internal",))


def with_servers(cluster: str = "prod", **changes: Any) -> environments.Cluster:
    base = environments.CLUSTERS[cluster]
    return dataclasses.replace(base, servers=dataclasses.replace(base.servers, **changes))


def with_snapshots(**changes: Any) -> environments.Cluster:
    base = environments.CLUSTERS["prod"].servers
    return with_servers(snapshots=dataclasses.replace(base.snapshots, **changes))


def rendered(cluster: environments.Cluster) -> dict[str, str]:
    return {path.removeprefix(f"{paths.FOLDER}/"): text for path, text in servers.files(cluster).items()}


def loaded(cluster: environments.Cluster, name: str) -> Any:
    return yaml.safe_load(rendered(cluster)[name])


# --- one version, one place ------------------------------------------------------------------


def test_the_twin_pins_the_kubernetes_version_of_the_pinned_k3s_release():
    go_mod = (ROOT / "twin" / "k8s" / "go.mod").read_text()
    pinned = re.search(r"^require k8s\.io/kubernetes (v\S+)$", go_mod, re.M)
    assert pinned is not None, "twin/k8s/go.mod requires no k8s.io/kubernetes version"
    assert pinned.group(1) == kubernetes_version(environments.K3S_RELEASE)


def test_every_cluster_runs_the_pinned_release_and_the_table_holds_for_it():
    assert {c.servers.release for c in environments.CLUSTERS.values()} == {environments.K3S_RELEASE} == {RELEASE}


def test_the_pod_security_defaults_follow_the_release_minor():
    assert pod_security_version("v1.36.3+k3s1") == "v1.36"
    config = loaded(with_servers(release="v1.36.3+k3s1"), paths.ADMISSION_FILE)["plugins"][0]["configuration"]
    assert {config["defaults"][f"{mode}-version"] for mode in ("enforce", "audit", "warn")} == {"v1.36"}


# --- the configuration files -----------------------------------------------------------------


@pytest.mark.parametrize("cluster", environments.CLUSTERS)
def test_committed_files_are_the_rendered_ones_and_their_keys_are_documented(cluster):
    tree = cli.render("clusters")
    for path, text in servers.files(environments.CLUSTERS[cluster]).items():
        assert (ROOT / "dist" / "clusters" / cluster / path).read_text() == text == tree[f"{cluster}/{path}"]
    config = yaml.safe_load((ROOT / "dist" / "clusters" / cluster / paths.FOLDER / paths.FIRST_SERVER).read_text())
    assert set(config) <= set(SERVER_OPTIONS)


def test_first_and_joining_servers():
    files = rendered(with_servers(registration=VIP))
    first, joining = yaml.safe_load(files[paths.FIRST_SERVER]), yaml.safe_load(files[paths.JOINING_SERVER])
    assert first["cluster-init"] is True and "server" not in first and "token-file" not in first
    assert joining["server"] == "https://10.20.0.100:6443" and joining["token-file"] == paths.TOKEN_FILE
    assert "cluster-init" not in joining
    # Everything else is the same on every server (k3s requires it of several options).
    assert {k: v for k, v in first.items() if k != "cluster-init"} == {
        k: v for k, v in joining.items() if k not in ("server", "token-file")
    }
    assert first["tls-san"] == ["10.20.0.100", "api.prod.internal"]
    assert first["disable"] == ["traefik"] and first["secrets-encryption"] is True and first["etcd-s3"] is True
    assert first["kube-apiserver-arg"] == [
        f"admission-control-config-file={paths.ADMISSION}",
        f"audit-policy-file={paths.AUDIT_POLICY}",
        f"audit-log-path={paths.AUDIT_LOG}",
        "audit-log-maxage=30",
        "audit-log-maxbackup=10",
        "audit-log-maxsize=100",
    ]
    for name, text in files.items():
        assert text.startswith(f"# {paths.INSTALLED_AT[name]} ("), name
    assert not any(k in text for text in files.values() for k in ("access-key", "secret-key", "token:")), "no credential inline"


def test_keepalived_holds_the_address_on_a_server_whose_api_port_answers():
    text = rendered(with_servers(registration=dataclasses.replace(VIP, prefix=22, virtual_router_id=77)))[paths.KEEPALIVED_FILE]
    assert "    10.20.0.100/22\n" in text and "interface eth0\n" in text and "virtual_router_id 77\n" in text
    assert re.search(r'script ".*https://127\.0\.0\.1:6443/ping"', text)
    assert "track_script {\n    k3s_api\n" in text and "state BACKUP" in text


# Every value, changed, shows in the file it belongs to.
@pytest.mark.parametrize(
    ("change", "name", "expected"),
    [
        (lambda: with_servers(secrets_encryption=False), paths.FIRST_SERVER, "secrets-encryption: false\n"),
        (lambda: with_servers(disable=("traefik", "servicelb")), paths.FIRST_SERVER, "disable:\n- traefik\n- servicelb\n"),
        (lambda: with_servers(audit=environments.AuditLog(max_age_days=7)), paths.FIRST_SERVER, "- audit-log-maxage=7\n"),
        (lambda: with_servers(audit=environments.AuditLog(max_backups=3)), paths.FIRST_SERVER, "- audit-log-maxbackup=3\n"),
        (lambda: with_servers(audit=environments.AuditLog(max_size_mb=50)), paths.FIRST_SERVER, "- audit-log-maxsize=50\n"),
        (lambda: with_snapshots(schedule="15 */4 * * *"), paths.FIRST_SERVER, "etcd-snapshot-schedule-cron: 15 */4 * * *\n"),
        (lambda: with_snapshots(retention=9), paths.FIRST_SERVER, "etcd-snapshot-retention: 9\n"),
        (lambda: with_snapshots(bucket="other-bucket"), paths.FIRST_SERVER, "etcd-s3-bucket: other-bucket\n"),
        (lambda: with_snapshots(folder="k3s/prod"), paths.FIRST_SERVER, "etcd-s3-folder: k3s/prod\n"),
        (lambda: with_snapshots(endpoint="minio.internal:9000"), paths.FIRST_SERVER, "etcd-s3-endpoint: minio.internal:9000\n"),
        (lambda: with_snapshots(region="eu-central-1"), paths.FIRST_SERVER, "etcd-s3-region: eu-central-1\n"),
        (
            lambda: with_servers(exemptions=(Exemption("kube-system", "k3s"), Exemption("vendor", "why"))),
            paths.ADMISSION_FILE,
            "- vendor\n",
        ),
        (lambda: with_servers(registration=VIP), paths.JOINING_SERVER, "server: https://10.20.0.100:6443\n"),
    ],
)
def test_every_value_reaches_its_file(change, name, expected):
    assert expected not in rendered(environments.CLUSTERS["prod"]).get(name, "")
    assert expected in rendered(change())[name]


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cluster", "field", "message"),
    [
        (lambda: with_servers(release="stable"), "release", "never a channel"),
        (lambda: with_servers(release="v1.36.3"), "release", "k3s release name"),
        (lambda: with_servers(release="v1.37.0+k3s1"), "release", "the release whose documented server options"),
        (lambda: with_servers(registration=dataclasses.replace(VIP, address="10.20.0.300")), "registration.address", "VIP"),
        (lambda: with_servers(registration=dataclasses.replace(VIP, address="127.0.0.1")), "registration.address", "VIP"),
        (lambda: with_servers(registration=dataclasses.replace(VIP, prefix=33)), "registration.prefix", "8 to 32"),
        (lambda: with_servers(registration=dataclasses.replace(VIP, interface="a-very-long-interface")), "registration.interface", "15"),
        (lambda: with_servers(registration=dataclasses.replace(VIP, virtual_router_id=0)), "registration.virtual_router_id", "1 to 255"),
        (lambda: with_servers(registration=dataclasses.replace(VIP, hostnames="api.x")), "registration.hostnames", "trailing"),
        (lambda: with_servers(registration=dataclasses.replace(VIP, hostnames=("API.X",))), "registration.hostnames", "DNS name"),
        (lambda: with_snapshots(schedule="0 25 * * *"), "snapshots.schedule", "outside 0-23"),
        (lambda: with_snapshots(retention=0), "snapshots.retention", "1 to 1000"),
        (lambda: with_snapshots(bucket="s3://dirtbike-backups"), "snapshots.bucket", "no s3://"),
        (lambda: with_snapshots(folder="/prod/etcd"), "snapshots.folder", "no leading"),
        (lambda: with_snapshots(endpoint="https://s3.example.org"), "snapshots.endpoint", "no https://"),
        (lambda: with_snapshots(region="US East"), "snapshots.region", "region name"),
        (lambda: with_snapshots(credentials=CredentialsFile(path="default/k3s")), "snapshots.credentials", "CredentialsFile"),
        (lambda: with_servers(secrets_encryption="yes"), "secrets_encryption", "True or False"),
        (lambda: with_servers(disable="traefik"), "disable", "('traefik',)"),
        (lambda: with_servers(disable=("traefik", "ingress")), "disable", "one of coredns"),
        (lambda: with_servers(audit=environments.AuditLog(max_size_mb=0)), "audit.max_size_mb", "1 to 10000"),
        (lambda: with_servers(exemptions=(Exemption("kube-system", " "),)), "exemptions['kube-system'].reason", "why"),
        (lambda: with_servers(exemptions=(Exemption("a", "x"), Exemption("a", "y"))), "exemptions", "each once"),
    ],
)
def test_bad_values_are_refused_naming_the_field(cluster, field, message):
    with pytest.raises(ConfigError, match=re.escape(message)) as raised:
        servers.files(cluster())
    assert raised.value.field == field and raised.value.where == "clusters['prod'].servers"


@pytest.mark.parametrize(
    ("options", "field", "message"),
    [
        ({"cluster-inti": True}, "cluster-inti", "documents"),
        ({"cluster-init": "true"}, "cluster-init", "a flag"),
        ({"tls-san": "10.0.0.1"}, "tls-san", "repeatable"),
        ({"tls-san": [""]}, "tls-san", "non-empty strings"),
        ({"etcd-s3-bucket": ""}, "etcd-s3-bucket", "non-empty"),
        ({"etcd-snapshot-retention": True}, "etcd-snapshot-retention", "non-empty string or number"),
    ],
)
def test_the_option_table_refuses_what_the_release_does_not_document(options, field, message):
    with pytest.raises(ConfigError, match=message) as raised:
        check_server_config("servers", options, release=RELEASE)
    assert raised.value.field == field
    with pytest.raises(ConfigError, match="update RELEASE and SERVER_OPTIONS"):
        render_server_config("servers", {"cluster-init": True}, release="v1.35.0+k3s1", header="")


# --- Pod Security and audit ------------------------------------------------------------------


def test_pod_security_defaults_restricted_and_exempts_only_what_no_tree_labels():
    config = loaded(environments.CLUSTERS["prod"], paths.ADMISSION_FILE)
    assert (config["apiVersion"], config["kind"]) == ("apiserver.config.k8s.io/v1", "AdmissionConfiguration")
    [plugin] = config["plugins"]
    psa = plugin["configuration"]
    assert (plugin["name"], psa["apiVersion"], psa["kind"]) == (
        "PodSecurity",
        "pod-security.admission.config.k8s.io/v1",
        "PodSecurityConfiguration",
    )
    # Only the fields the upstream PodSecurityConfiguration v1 has, so kube-apiserver itself (the twin) accepts it.
    assert set(psa) == {"apiVersion", "kind", "defaults", "exemptions"}
    assert set(psa["exemptions"]) == {"usernames", "runtimeClasses", "namespaces"}
    assert {psa["defaults"][mode] for mode in ("enforce", "audit", "warn")} == {"restricted"}
    # Exempt: exactly the namespaces dist/ uses but no tree renders (k3s' own, without our labels).
    assert set(psa["exemptions"]["namespaces"]) == set(prerequisites.NAMESPACES) == {"kube-system"}


@pytest.mark.parametrize("cluster", environments.CLUSTERS)
def test_every_namespace_dist_renders_states_its_own_level(cluster):
    """The defaults apply to namespaces without a level (one made by hand); every namespace of
    the site states its own, so none needs an exemption to run (Longhorn, the log collector:
    'privileged' with a reason)."""
    objects = [yaml.safe_load(p.read_text()) for p in (ROOT / "dist" / "clusters" / cluster).rglob("*.yaml")]
    for env in environments.on_cluster(cluster):
        objects += dist_objects(env.name)
    namespaces = [m for m in objects if m["kind"] == "Namespace"]
    assert namespaces
    unlabelled = [m["metadata"]["name"] for m in namespaces if "pod-security.kubernetes.io/enforce" not in m["metadata"].get("labels", {})]
    assert unlabelled == []


def first_rule(policy: dict, group: str, resource: str, verb: str) -> dict:
    for rule in policy["rules"]:
        if "nonResourceURLs" in rule or ("verbs" in rule and verb not in rule["verbs"]):
            continue
        if "resources" not in rule or any(
            r["group"] == group and (not r.get("resources") or resource in r["resources"]) for r in rule["resources"]
        ):
            return rule
    raise AssertionError("no rule matches")


def test_the_audit_policy_never_records_a_secrets_body_and_records_every_rbac_change():
    policy = loaded(environments.CLUSTERS["prod"], paths.AUDIT_FILE)
    assert (policy["apiVersion"], policy["kind"]) == ("audit.k8s.io/v1", "Policy")
    for resource in ("secrets", "configmaps", "serviceaccounts/token"):
        for verb in ("get", "create", "update", "patch"):
            assert first_rule(policy, "", resource, verb)["level"] == "Metadata"
    assert first_rule(policy, "rbac.authorization.k8s.io", "clusterrolebindings", "create")["level"] == "Request"
    assert first_rule(policy, "apps", "deployments", "patch")["level"] == "Metadata"
    assert first_rule(policy, "coordination.k8s.io", "leases", "update")["level"] == "None"
    assert policy["rules"][-1] == {"level": "Metadata"}


# --- what is still missing -------------------------------------------------------------------


@pytest.mark.parametrize("cluster", environments.CLUSTERS)
def test_unset_server_values_are_missing_inputs_and_nothing_is_made_up(cluster):
    committed = environments.CLUSTERS[cluster]
    assert committed.servers.registration is None and committed.servers.snapshots.credentials is None
    report = (ROOT / "dist" / "clusters" / cluster / "MISSING-INPUTS.md").read_text()
    assert f"clusters[{cluster!r}].servers.registration" in report and "snapshots.credentials" in report
    assert not (ROOT / "dist" / "clusters" / cluster / paths.FOLDER / paths.JOINING_SERVER).exists()
    done = with_servers(
        cluster, registration=VIP, snapshots=dataclasses.replace(committed.servers.snapshots, credentials=CredentialsFile())
    )
    assert servers.missing_report(done) is None
    assert set(rendered(done)) == set(paths.INSTALLED_AT)


def test_the_twin_finds_the_files_where_the_paths_say():
    for cluster in environments.CLUSTERS:
        for name in (paths.ADMISSION_FILE, paths.AUDIT_FILE):
            assert (ROOT / "dist" / paths.in_tree(cluster, name)).is_file()


# --- review ----------------------------------------------------------------------------------


def test_a_change_to_a_server_value_shows_in_the_review():
    from dirtbike_constructs.tools.review import render_tree, review_files, server_files

    assert server_files.FOLDER == paths.FOLDER

    before = {f"clusters/{path}": text for path, text in cli.render("clusters").items()}
    changed = servers.files(with_snapshots(retention=9))
    after = {**before, **{f"clusters/prod/{path}": text for path, text in changed.items()}}
    reviews = {r.name: r for r in review_files(before, after)}
    assert reviews["clusters/nonprod"].unchanged and not reviews["clusters/prod"].unchanged
    report = render_tree(reviews["clusters/prod"], "HEAD")
    assert "### Server files" in report and "`servers/config-first-server` (changed)" in report
    assert "-etcd-snapshot-retention: 28\n+etcd-snapshot-retention: 9" in report
    added = {**before, f"clusters/prod/{paths.FOLDER}/{paths.KEEPALIVED_FILE}": "vrrp\n"}
    assert "`servers/keepalived.conf` (added)" in render_tree({r.name: r for r in review_files(before, added)}["clusters/prod"], "HEAD")


# --- upgrades ---------------------------------------------------------------------------------


def test_the_server_plan_takes_one_cordoned_server_at_a_time_to_the_pinned_release():
    plan = yaml.safe_load((ROOT / "dist" / "clusters" / "prod" / "system-upgrade" / "16-plan-k3s-server.yaml").read_text())
    spec = plan["spec"]
    assert (spec["concurrency"], spec["cordon"], spec["version"]) == (1, True, environments.K3S_RELEASE)
    assert "drain" not in spec and spec["upgrade"] == {"image": "rancher/k3s-upgrade"}
    assert spec["nodeSelector"] == {"matchExpressions": [{"key": "node-role.kubernetes.io/control-plane", "operator": "Exists"}]}
    bumped = cli.cluster_site.build(with_servers(release="v1.36.3+k3s2"))
    plans = [m for m in cli.chart_manifests(bumped.charts) if m["kind"] == "Plan"]
    assert [p["spec"]["version"] for p in plans] == ["v1.36.3+k3s2"]


def test_the_controller_runs_as_upstream_hardened_it():
    deployment = yaml.safe_load(
        (ROOT / "dist" / "clusters" / "prod" / "system-upgrade" / "11-deployment-system-upgrade-controller.yaml").read_text()
    )
    pod = deployment["spec"]["template"]["spec"]
    [container] = pod["containers"]
    assert container["image"] == "rancher/system-upgrade-controller:v0.20.1"
    assert pod["securityContext"]["runAsNonRoot"] is True and container["securityContext"]["capabilities"] == {"drop": ["ALL"]}
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    namespace = yaml.safe_load((ROOT / "dist" / "clusters" / "prod" / "_cluster" / "00-namespace-system-upgrade.yaml").read_text())
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "privileged"
    assert "replace the k3s binary" in namespace["metadata"]["annotations"]["security.dirtbike.io/pod-security-reason"]


@pytest.fixture
def apply_cluster(tmp_path):
    fakes = ROOT / "tests" / "fakes"

    def run(*args: str, **fake: str) -> Any:
        import os
        import subprocess
        import sys

        import contextlib
        import io

        from dirtbike_site import applyinfo

        answers = tmp_path / "applyinfo"
        (answers / "clusters").mkdir(parents=True, exist_ok=True)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert applyinfo.main(["all", "clusters/prod"]) == 0
        (answers / "clusters" / "prod").write_text(out.getvalue())
        log = tmp_path / "kubectl.log"
        log.write_text("")
        env = {
            "FAKE_APPLYINFO": str(answers),
            **os.environ,
            "PATH": f"{fakes}:{os.environ['PATH']}",
            "FAKE_LOG": str(log),
            "FAKE_CONTEXT": "dirtbike-prod",
            "PYTHON": str(fakes / "python"),
            "FAKE_REAL_PYTHON": sys.executable,
            **{f"FAKE_{k.upper()}": v for k, v in fake.items()},
        }
        result = subprocess.run(
            ["bash", str(ROOT / "scripts" / "apply.sh"), "clusters/prod", "--yes", "--allow-missing-inputs", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return result, log.read_text().splitlines()

    return run


def test_a_fresh_cluster_awaits_the_plan_crd_its_controller_installs(apply_cluster):
    result, calls = apply_cluster("--timeout", "0s", missing="plans.upgrade.cattle.io")
    assert result.returncode == 1, result.stderr
    assert "CRD plans.upgrade.cattle.io was not established within 0s after its controller was applied" in result.stderr
    applied = [c for c in calls if c.startswith("apply ")]
    assert any("11-deployment-system-upgrade-controller.yaml" in c for c in applied)
    assert not any("16-plan-" in c for c in applied)
    result, calls = apply_cluster("--dry-run", missing="plans.upgrade.cattle.io")
    assert result.returncode == 0, result.stderr
    assert "group 16 skipped in a dry run: CRD plans.upgrade.cattle.io comes with this tree's controller" in result.stdout


# --- the install documentation ----------------------------------------------------------------


def test_the_install_reads_the_release_from_the_rendered_file_and_types_no_option():
    import subprocess

    doc = (ROOT / "docs" / "cluster.md").read_text()
    command = "sed -n 's/^# k3s //p'"
    assert doc.count(f'INSTALL_K3S_VERSION="$({command} $C/') == 2
    for cluster in environments.CLUSTERS:
        config = ROOT / "dist" / "clusters" / cluster / paths.FOLDER / paths.FIRST_SERVER
        found = subprocess.run(["sed", "-n", "s/^# k3s //p", str(config)], capture_output=True, text=True, check=True).stdout
        assert found == environments.K3S_RELEASE + "\n"
    install_lines = [line for line in doc.splitlines() if "get.k3s.io" in line and "INSTALL_K3S_VERSION" in line]
    assert install_lines and all(line.rstrip().endswith("sh -s - server") for line in install_lines), "no option typed by hand"
    for name, target in paths.INSTALLED_AT.items():
        assert f"| `{name}` | `{target}`" in doc, name


def test_the_controller_image_is_the_release_of_the_plan_crd():
    from dirtbike_site.addons import system_upgrade

    imports = yaml.safe_load((ROOT / "cdk8s.yaml").read_text())["imports"]
    [plan] = [entry for entry in imports if entry.startswith("plan:=")]
    assert f"/rancher/system-upgrade-controller/{system_upgrade.RELEASE}/" in plan
    assert system_upgrade.IMAGE == f"rancher/system-upgrade-controller:{system_upgrade.RELEASE}"


# --- the upgrade Jobs' kubectl ------------------------------------------------------------------


def test_the_upgrade_jobs_kubectl_is_within_one_minor_of_the_pinned_release():
    """kubectl is supported within one minor version (older or newer) of kube-apiserver
    (Kubernetes version skew policy): the controller's own default, rancher/kubectl:v1.30.3, is not."""
    from dirtbike_site.addons import system_upgrade

    configmap = yaml.safe_load(
        (ROOT / "dist" / "clusters" / "prod" / "system-upgrade" / "05-configmap-default-controller-env.yaml").read_text()
    )
    image = configmap["data"]["SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE"]
    assert image == system_upgrade.KUBECTL_IMAGE
    found = re.fullmatch(r"rancher/kubectl:v1\.(\d+)\.\d+", image)
    assert found is not None, image
    release_minor = int(pod_security_version(environments.K3S_RELEASE).split(".")[1])
    assert abs(int(found.group(1)) - release_minor) <= 1


@pytest.mark.parametrize(
    "image, release, fine",
    [
        ("rancher/kubectl:v1.36.2", "v1.36.3+k3s1", True),
        ("rancher/kubectl:v1.36.2", "v1.37.0+k3s1", True),
        ("rancher/kubectl:v1.36.2", "v1.35.9+k3s1", True),
        ("rancher/kubectl:v1.36.2", "v1.38.1+k3s1", False),
        ("rancher/kubectl:v1.30.3", "v1.36.3+k3s1", False),
        ("rancher/kubectl:latest", "v1.36.3+k3s1", False),
    ],
)
def test_the_kubectl_skew_rule(image, release, fine):
    from dirtbike_site.servers.release import kubectl_within_skew

    if fine:
        assert kubectl_within_skew("here", "kubectl", image, release) == image
    else:
        with pytest.raises(ConfigError, match="one minor version"):
            kubectl_within_skew("here", "kubectl", image, release)


def test_a_release_beyond_the_upgrade_jobs_kubectl_is_refused_at_synthesis():
    with pytest.raises(ConfigError) as refused:
        cli.cluster_site.build(with_servers(release="v1.38.0+k3s1"))
    assert "SYSTEM_UPGRADE_JOB_KUBECTL_IMAGE" in str(refused.value) and "v1.38" in str(refused.value)


# --- the snapshot schedule's longest gap (the off-site snapshot alert's threshold) -------------


@pytest.mark.parametrize(
    "schedule, hours",
    [
        ("0 */6 * * *", 6),
        ("0 */12 * * *", 12),  # k3s' default
        ("30 1,5 * * *", 20),  # 01:30 and 05:30: the night's long gap
        ("@daily", 24),
        ("@hourly", 1),
        ("0 3 * * 1-5", 72),  # Friday 03:00 to Monday 03:00
        ("0 0 1 * *", 31 * 24),
        ("*/10 * * * *", 1 / 6),
    ],
)
def test_the_longest_gap_between_two_snapshots(schedule, hours):
    from datetime import timedelta

    from dirtbike_constructs.k3s_server_config import snapshot_interval

    assert snapshot_interval("here", "schedule", schedule) == timedelta(hours=hours)


@pytest.mark.parametrize("schedule", ["0 0 1 * 1", "61 * * * *", "@every 6h"])
def test_a_schedule_whose_gap_is_unclear_is_refused(schedule):
    from dirtbike_constructs.k3s_server_config import snapshot_interval

    with pytest.raises(ConfigError):
        snapshot_interval("here", "schedule", schedule)
