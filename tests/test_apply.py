"""scripts/apply.sh against a fake kubectl that records its calls and plays back answers."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, end_leftovers, process_start_time

from dirtbike_site import apply_facts, applyinfo, missing_inputs

SCRIPT = ROOT / "scripts" / "apply.sh"
FAKES = Path(__file__).parent / "fakes"


@pytest.fixture(scope="session")
def applyinfo_answers(tmp_path_factory) -> Path:
    """What `python -m dirtbike_site.applyinfo all TARGET` prints, per environment and
    cluster tree, asked once."""
    folder = tmp_path_factory.mktemp("applyinfo")
    (folder / "clusters").mkdir()
    for target in ("dev", "stage", "prod", "clusters/nonprod", "clusters/prod"):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert applyinfo.main(["all", target]) == 0
        (folder / target).write_text(out.getvalue())
    return folder


@pytest.fixture
def run(tmp_path, applyinfo_answers):
    log = tmp_path / "kubectl.log"

    def run(*args, stdin="", real_python=False, environ=None, **fake):
        """apply.sh with the fake kubectl; the project's Python is faked too (no jsii start)
        unless real_python. environ: variables set last (KUBECTL, PYTHON)."""
        log.write_text("")
        dist_root = fake.pop("dist_root", None)
        env = {
            **os.environ,
            "PATH": f"{FAKES}:{os.environ['PATH']}",
            "FAKE_LOG": str(log),
            "FAKE_CONTEXT": "dirtbike-nonprod",
            **{f"FAKE_{k.upper()}": v for k, v in fake.items()},
        }
        if not real_python:
            env.update(PYTHON=str(FAKES / "python"), FAKE_REAL_PYTHON=sys.executable, FAKE_APPLYINFO=str(applyinfo_answers))
        if dist_root:
            env["DIST_ROOT"] = dist_root
        env.update(environ or {})
        result = subprocess.run(["bash", str(SCRIPT), *args], env=env, input=stdin, capture_output=True, text=True, timeout=120)
        result.calls = [line for line in log.read_text().splitlines()]
        return result

    return run


def applies(calls):
    return [c for c in calls if c.startswith("apply ")]


def env_applies(calls):
    """The applies of the environment's own tree (after its cluster's)."""
    return [c for c in applies(calls) if "/dist/clusters/" not in c]


def test_wrong_context_is_refused(run):
    result = run("stage", "--allow-missing-inputs", context="dirtbike-prod")
    assert result.returncode == 3
    assert "current kube context is 'dirtbike-prod', environment stage applies to 'dirtbike-nonprod'" in result.stderr
    assert not applies(result.calls)


def test_unknown_environment_is_refused(run):
    result = run("qa", real_python=True)
    assert result.returncode == 2 and "unknown environment 'qa'" in result.stderr


def test_a_freshness_check_that_cannot_run_is_not_called_stale(run):
    """main.py --check exits 1 for a stale dist/, 2 or 3 when it cannot tell: say which, with its words."""
    message = "check failed: Node.js not found: install Node 20 or later"
    answer = f"{message}\n  fix: install it, then run again\n  (run with --debug for the full traceback)"
    result = run("stage", "--allow-missing-inputs", fresh_rc="3", fresh_err=answer)
    assert result.returncode == 3, result.stderr
    assert "could not check whether dist/stage is current" in result.stderr and message in result.stderr
    assert "is stale" not in result.stderr and not applies(result.calls)


def test_a_missing_kubectl_is_named_as_such(run):
    """Not 'no current context': kubectl itself is not there."""
    result = run("stage", "--allow-missing-inputs", environ={"KUBECTL": "/nonexistent/kubectl"})
    assert result.returncode == 3, result.stderr
    assert "kubectl not found (/nonexistent/kubectl)" in result.stderr and "context" not in result.stderr
    assert result.calls == []


def test_a_missing_project_python_is_named_as_such(run):
    """Not 'unknown environment': the project's Python is not set up."""
    result = run("stage", "--allow-missing-inputs", environ={"PYTHON": "/nonexistent/python"})
    assert result.returncode == 3, result.stderr
    assert "no project Python at /nonexistent/python" in result.stderr and "make setup" in result.stderr
    assert "unknown environment" not in result.stderr


def test_one_synthesis_checks_the_environment_and_its_cluster_tree(run, tmp_path):
    """The nested apply of the cluster's tree does not synthesize a second time."""
    checks = tmp_path / "python.log"
    result = run("stage", "--allow-missing-inputs", python_log=str(checks))
    assert result.returncode == 0, result.stderr
    assert [line.split()[4:] for line in checks.read_text().splitlines()] == [["stage", "clusters"]]
    alone = run("stage", "--allow-missing-inputs", "--skip-cluster", python_log=str(checks))
    assert alone.returncode == 0 and checks.read_text().splitlines()[-1].split()[4:] == ["stage"]


@pytest.mark.parametrize(
    "hang, group, deaf",
    [("rollout status", False, ""), ("apply --server-side", True, ""), ("rollout status", False, "yes")],
    ids=["waits", "apply", "waits deaf to SIGTERM"],
)
def test_an_interrupt_ends_the_run_and_its_waits_and_says_so(tmp_path, applyinfo_answers, hang, group, deaf):
    """Ctrl-C (SIGINT to the process group) during an apply, or SIGINT to apply.sh alone during
    the group's waits, which run in the background and ignore SIGINT: the run ends 130 with its
    one line, and no wait is left running. Seen once beside the twin's tests: a wait forked the
    moment the interrupt came lost the SIGTERM that should have ended it, and ran on."""
    log, hung = tmp_path / "kubectl.log", tmp_path / "hung.pids"
    env = {
        **os.environ,
        "PATH": f"{FAKES}:{os.environ['PATH']}",
        "FAKE_LOG": str(log),
        "FAKE_CONTEXT": "dirtbike-nonprod",
        "FAKE_HANG": hang,
        "FAKE_HANG_PIDS": str(hung),
        "FAKE_HANG_DEAF": deaf,
        "PYTHON": str(FAKES / "python"),
        "FAKE_REAL_PYTHON": sys.executable,
        "FAKE_APPLYINFO": str(applyinfo_answers),
    }
    argv = ["bash", str(SCRIPT), "stage", "--allow-missing-inputs", "--skip-cluster"]
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    # A pid is the wait's only while the process started then runs: pids are reused, and a busy
    # machine (the twin's tests beside these) goes round all of them in minutes.
    started: dict[str, str | None] = {}
    err = ""
    try:
        while not (hung.exists() and len(hung.read_text().split()) >= (1 if group else 2)):
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        started = {pid: process_start_time(pid) for pid in hung.read_text().split()}
        if group:
            os.killpg(process.pid, signal.SIGINT)
        else:
            process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        left = end_leftovers(process, hung, started)
    assert process.returncode == 130 and err.strip().endswith(
        "apply: interrupted; what was applied stays (apply is idempotent: run it again)"
    )
    assert not left, f"waits still running after the interrupt: {left}"


def test_a_stale_cluster_tree_is_named(run, tmp_path):
    dist = tmp_path / "dist"
    shutil.copytree(ROOT / "dist", dist)
    next((dist / "clusters" / "nonprod").rglob("*.yaml")).write_text("changed: by hand\n")
    result = run("stage", "--allow-missing-inputs", dist_root=str(dist), real_python=True)
    assert result.returncode == 1 and "apply: dist/clusters/nonprod is stale" in result.stderr, result.stderr
    assert not applies(result.calls)


def test_stale_dist_is_refused(run, tmp_path):
    dist = tmp_path / "dist"
    shutil.copytree(ROOT / "dist" / "stage", dist / "stage")
    next((dist / "stage").rglob("*deployment*.yaml")).write_text("changed: by hand\n")
    result = run("stage", "--allow-missing-inputs", dist_root=str(dist), real_python=True)
    assert result.returncode == 1 and "dist/stage is stale" in result.stderr
    assert not applies(result.calls)


def test_missing_inputs_are_refused_unless_allowed(run):
    """Unsealed credentials and unset cluster values (the API server addresses) both stop the
    apply, and the refusal says which kinds are missing and where the list is."""
    result = run("stage")
    assert result.returncode == 1
    assert "credentials not sealed yet; cluster values not set" in result.stderr
    assert "dist/stage/MISSING-INPUTS.md" in result.stderr and "--allow-missing-inputs" in result.stderr


def test_closed_admin_hosts_alone_do_not_stop_the_apply(run, tmp_path):
    """The closed admin hosts are listed (informational): with only that section left in
    MISSING-INPUTS.md, the apply goes ahead without --allow-missing-inputs."""
    dist = tmp_path / "dist"
    shutil.copytree(ROOT / "dist" / "stage", dist / "stage")
    closed = missing_inputs.closed_hosts_section("stage", "stage.example.org", ["admin.auth", "admin.trails"])
    (dist / "stage" / "MISSING-INPUTS.md").write_text("# Inputs missing in stage\n\n" + "\n".join(closed) + "\n")
    result = run("stage", "--skip-cluster", dist_root=str(dist))
    assert result.returncode == 0, result.stderr
    assert env_applies(result.calls)
    # With any other section beside it, the refusal names only what blocks.
    pending = ["## Cluster values not set", "", "| value | flows waiting for it |"]
    (dist / "stage" / "MISSING-INPUTS.md").write_text("\n".join(["# x", "", *pending, "", *closed]) + "\n")
    refused = run("stage", "--skip-cluster", dist_root=str(dist))
    assert refused.returncode == 1 and "inputs are missing (cluster values not set;" in refused.stderr
    assert not applies(refused.calls)


def test_server_install_inputs_alone_do_not_stop_the_cluster_apply(run):
    """The registration address and the S3 credentials are consumed when the servers are
    installed, not by kubectl: a cluster tree whose MISSING-INPUTS.md lists only them applies
    without --allow-missing-inputs."""
    report = (ROOT / "dist" / "clusters" / "nonprod" / "MISSING-INPUTS.md").read_text()
    titles = [line[3:] for line in report.splitlines() if line.startswith("## ")]
    assert titles and all(title.endswith(apply_facts.SERVER_INSTALL) for title in titles)
    result = run("clusters/nonprod")
    assert result.returncode == 0, result.stderr
    assert applies(result.calls)


def test_inputs_the_cluster_objects_need_still_stop_its_apply(run, tmp_path):
    """A section that is neither informational nor for the servers' install stops the cluster
    tree (and so every environment on it); the refusal names only that section."""
    dist = tmp_path / "dist"
    shutil.copytree(ROOT / "dist" / "clusters" / "nonprod", dist / "clusters" / "nonprod")
    report = dist / "clusters" / "nonprod" / "MISSING-INPUTS.md"
    report.write_text(report.read_text() + "\n## Cluster values not set\n\n| value | flows waiting for it |\n")
    result = run("clusters/nonprod", dist_root=str(dist))
    assert result.returncode == 1
    assert "inputs are missing (cluster values not set; dist/clusters/nonprod/MISSING-INPUTS.md" in result.stderr
    assert "installing the servers" not in result.stderr and not applies(result.calls)


#: What a fresh cluster lacks before its tree is applied: every CRD the add-ons install and every
#: namespace the tree creates (k3s has the HelmChart CRD; the Plan CRD comes with the tree's own
#: controller, tested apart).
FRESH = (
    "prometheusrules.monitoring.coreos.com podmonitors.monitoring.coreos.com servicemonitors.monitoring.coreos.com "
    "alertmanagerconfigs.monitoring.coreos.com clusters.postgresql.cnpg.io sealedsecrets.bitnami.com "
    "monitoring cnpg-system ingress-system cert-manager longhorn-system log-collector system-upgrade"
)


@pytest.mark.parametrize("cluster, context", [("nonprod", "dirtbike-nonprod"), ("prod", "dirtbike-prod")])
def test_a_fresh_cluster_applies_its_tree_without_the_monitoring_stack(run, cluster, context):
    """The off-site snapshot alerts live in an environment's tree: the cluster's own tree needs
    no CRD of its add-ons and no namespace it does not create itself."""
    result = run(f"clusters/{cluster}", "--yes", context=context, missing=FRESH)
    assert result.returncode == 0, result.stderr
    assert "missing prerequisites" not in result.stderr and applies(result.calls)
    assert not [c for c in result.calls if c.startswith("get namespace ")]


def test_missing_crds_and_namespaces_are_named(run):
    result = run("stage", "--allow-missing-inputs", "--skip-cluster", missing="clusters.postgresql.cnpg.io cnpg-system")
    assert result.returncode == 3
    assert (
        "CRD clusters.postgresql.cnpg.io: install the CloudNativePG operator 1.30, the cnpg add-on of dist/clusters/nonprod"
        in result.stderr
    )
    assert "namespace cnpg-system" in result.stderr
    assert not applies(result.calls)


def test_the_cluster_tree_comes_first_and_its_crds_are_awaited(run):
    result = run("stage", "--allow-missing-inputs")
    assert result.returncode == 0, result.stderr
    cluster_applies = [i for i, c in enumerate(result.calls) if c.startswith("apply ") and "/dist/clusters/nonprod/" in c]
    env_apply = next(i for i, c in enumerate(result.calls) if c.startswith("apply ") and "/dist/stage/" in c)
    assert cluster_applies and max(cluster_applies) < env_apply
    # The cluster's own prune is scoped to the cluster's label and kinds, never an environment's.
    (cluster_listing, env_listing) = [c for c in result.calls if c.startswith("get ") and " -l " in c]
    assert "dirtbike.io/cluster=nonprod" in cluster_listing and "dirtbike.io/environment" not in cluster_listing
    assert "helmchart.helm.cattle.io" in cluster_listing and "cluster.postgresql.cnpg.io" not in cluster_listing
    assert "dirtbike.io/environment=stage" in env_listing and "helmchart" not in env_listing
    # Every CRD the environment needs is looked up in one request and awaited in one wait.
    (established,) = [i for i, c in enumerate(result.calls) if c.startswith("wait --for=condition=Established --timeout=300s ")]
    assert max(cluster_applies) < established < env_apply
    awaited = result.calls[established].split()[3:]
    assert "crd/clusters.postgresql.cnpg.io" in awaited and "crd/ingressroutes.traefik.io" in awaited
    lookups = [c for c in result.calls[max(cluster_applies) : env_apply] if c.startswith("get crd ")]
    assert len(lookups) == 1 and all(a.replace("crd/", "") in lookups[0].split() for a in awaited)


def test_a_crd_created_a_moment_ago_is_awaited_not_reported(run, tmp_path):
    """kubectl wait fails at once, instead of waiting, on a CRD whose conditions are still null
    (seen on the twin right after a CRD was created): apply.sh asks again."""
    result = run("stage", "--allow-missing-inputs", unjudged=str(tmp_path / "judged"))
    assert result.returncode == 0, result.stderr
    waits = [c for c in result.calls if c.startswith("wait --for=condition=Established")]
    assert len(waits) == 2 and waits[0] == waits[1] and env_applies(result.calls)


def test_crds_the_add_ons_do_not_establish_stop_the_environment(run):
    result = run("stage", "--allow-missing-inputs", "--timeout", "0s", missing="clusters.postgresql.cnpg.io")
    assert result.returncode == 3
    assert "CRD clusters.postgresql.cnpg.io: not established within 0s after the add-ons of clusters/nonprod" in result.stderr
    assert applies(result.calls) and not env_applies(result.calls)


def test_skip_cluster_applies_the_environment_only(run):
    result = run("stage", "--allow-missing-inputs", "--skip-cluster")
    assert result.returncode == 0, result.stderr
    assert applies(result.calls) == env_applies(result.calls)
    assert not [c for c in result.calls if "condition=Established" in c]


def test_a_failing_cluster_tree_stops_before_the_environment(run):
    result = run("stage", "--allow-missing-inputs", fail="00-storageclass-longhorn-retain")
    assert result.returncode == 1
    assert "clusters/nonprod was not applied, so stage was not either" in result.stderr
    assert not env_applies(result.calls)


def test_applies_in_order_with_waits(run):
    result = run("stage", "--allow-missing-inputs")
    assert result.returncode == 0, result.stderr
    calls = [[a.split("/")[-1] for a in call.split() if a.endswith(".yaml")] for call in env_applies(result.calls)]
    # Each group that starts pods in a call of its own; the groups between them in one call.
    assert [sorted({name[:2] for name in call}) for call in calls] == [
        ["00", "01", "02", "03", "05", "06"],
        ["07"],
        ["08"],
        ["09"],
        ["10"],
        ["11"],
        ["13", "14"],
    ]
    assert [name[:2] for call in calls for name in call] == sorted(name[:2] for call in calls for name in call)  # file order
    assert any(name.startswith("00-namespace-") for name in calls[0])
    assert "apply: groups 00 01 02 03 05 06 (" in result.stdout and "apply: group 07 (1 objects)" in result.stdout
    assert all("--server-side" in c and "--field-manager=dirtbike-platform" in c for c in applies(result.calls))
    cluster_wait = result.calls.index(
        "wait --for=condition=Ready --timeout=300s -n dirtbike-stage-data cluster.postgresql.cnpg.io/postgres"
    )
    deployment_apply = next(i for i, c in enumerate(result.calls) if "11-deployment-" in c and "/dist/stage/" in c)
    assert cluster_wait < deployment_apply
    assert "rollout status --timeout=300s -n dirtbike-stage-web deployment/wordpress-blue" in result.calls
    assert "rollout status --timeout=300s -n dirtbike-stage-data statefulset/mysql" in result.calls
    # Jobs are replaced (their template is immutable), then awaited before the apps.
    job_delete = result.calls.index("delete -n dirtbike-stage-data job.batch/discourse-db-init --ignore-not-found --wait=true")
    job_apply = next(i for i, c in enumerate(result.calls) if "09-job-discourse-db-init.yaml" in c)
    job_wait = result.calls.index("wait --for=condition=complete --timeout=300s -n dirtbike-stage-data job/discourse-db-init")
    assert cluster_wait < job_delete < job_apply < job_wait < deployment_apply


def test_prune_uses_the_owner_labels_and_deletes_only_what_is_gone(run, tmp_path):
    live = tmp_path / "live.txt"
    live.write_text(
        "Deployment   apps/v1   dirtbike-stage-web   wordpress-blue\n"
        "ConfigMap    v1        dirtbike-stage-web   old-settings\n"
        "Namespace    v1        <none>               dirtbike-stage-retired\n"
    )
    result = run("stage", "--allow-missing-inputs", "--skip-cluster", live=str(live))
    assert result.returncode == 0, result.stderr
    (listing,) = [c for c in result.calls if c.startswith("get ") and " -l " in c]
    assert "-l app.kubernetes.io/managed-by=dirtbike-constructs,dirtbike.io/environment=stage" in listing
    deletes = [c for c in result.calls if c.startswith("delete ") and "job.batch" not in c]
    assert deletes == [
        "delete -n dirtbike-stage-web configmap/old-settings --wait=false",
        "delete namespace/dirtbike-stage-retired --wait=false",
    ]


def test_dry_run_is_server_side_and_prunes_nothing(run):
    result = run("stage", "--allow-missing-inputs", "--dry-run")
    assert result.returncode == 0
    assert all("--dry-run=server" in c for c in applies(result.calls))
    assert not [c for c in result.calls if c.startswith(("delete", "wait", "rollout"))]  # not even Job replacement


def test_diff_only_shows_and_stops(run):
    result = run("stage", "--allow-missing-inputs", "--diff-only")
    assert result.returncode == 0
    assert any(c.startswith("diff --server-side") for c in result.calls) and not applies(result.calls)
    assert run("stage", "--allow-missing-inputs", "--diff-only", diff_rc="2").returncode == 1


def test_diff_comes_first_then_the_apply(run):
    result = run("stage", "--allow-missing-inputs", "--diff")
    assert result.returncode == 0
    diff_at = next(i for i, c in enumerate(result.calls) if c.startswith("diff "))
    assert applies(result.calls) and diff_at < result.calls.index(applies(result.calls)[0])


def test_prod_needs_typed_confirmation(run):
    refused = run("prod", "--allow-missing-inputs", context="dirtbike-prod", stdin="yes\n")
    assert refused.returncode == 1 and "not confirmed" in refused.stderr and not applies(refused.calls)
    # Its cluster's tree is confirmed on its own, then the environment.
    half = run("prod", "--allow-missing-inputs", context="dirtbike-prod", stdin="prod\nno\n")
    assert half.returncode == 1 and applies(half.calls) and not env_applies(half.calls)
    confirmed = run("prod", "--allow-missing-inputs", context="dirtbike-prod", stdin="prod\nprod\n")
    assert confirmed.returncode == 0 and env_applies(confirmed.calls)
    assert run("prod", "--allow-missing-inputs", "--yes", context="dirtbike-prod").returncode == 0


def test_a_failure_stops_the_apply_before_any_pod_starts(run):
    """The groups before the first that starts pods go in one kubectl call, which applies the
    rest of its files when one fails: the PostgreSQL cluster after them is not applied."""
    result = run("stage", "--allow-missing-inputs", "--skip-cluster", fail="02-networkpolicy-default-deny")
    assert result.returncode == 1
    assert "kubectl apply failed in groups 00 01 02 03 05 06:" in result.stderr
    assert env_applies(result.calls) and not [c for c in result.calls if "07-cluster-" in c or c.startswith(("wait", "rollout"))]


def test_failure_names_the_object_and_stops(run):
    result = run("stage", "--allow-missing-inputs", fail="11-deployment-wordpress-blue")
    assert result.returncode == 1
    assert "kubectl apply failed in group 11" in result.stderr and "11-deployment-wordpress-blue.yaml" in result.stderr
    assert not [c for c in result.calls if "12-" in c or (c.startswith("delete") and "job.batch" not in c)]
    rollout = run(
        "stage",
        "--allow-missing-inputs",
        fail="rollout status --timeout=300s -n dirtbike-stage-web deployment/wordpress-green",
        fail_message="error: timed out waiting for the condition",
    )
    assert rollout.returncode == 1
    assert (
        "deployment dirtbike-stage-web/wordpress-green did not roll out within 300s (error: timed out waiting for the condition)"
        in rollout.stderr
    )


def test_shellcheck_clean():
    if not shutil.which("shellcheck"):
        pytest.skip("shellcheck not installed (apt-get install shellcheck; .ci/run installs it)")
    subprocess.run(["shellcheck", str(SCRIPT), str(FAKES / "kubectl"), str(FAKES / "python")], check=True)


# --- diagnoses: the real cause, in kubectl's words --------------------------------------------

UNREACHABLE = "The connection to the server 10.0.0.1:6443 was refused - did you specify the right host or port?"


def test_an_unreachable_cluster_is_reported_as_such(run):
    result = run("stage", "--allow-missing-inputs", unreachable=UNREACHABLE)
    assert result.returncode == 3
    assert result.stderr.strip() == f"apply: cannot reach the cluster of context dirtbike-nonprod: {UNREACHABLE}"
    assert not [c for c in result.calls if c.startswith("get crd")]


def test_a_user_who_may_not_apply_is_named_before_anything_changes(run):
    result = run("stage", "--allow-missing-inputs", deny="deployments")
    assert result.returncode == 3
    assert result.stderr.strip().splitlines()[-1] == (
        "apply: user fake-user may not patch deployment.apps (kubectl auth can-i patch deployment.apps --all-namespaces: no):"
        " use a context whose user may apply dist/stage"
    )
    assert not applies(result.calls)


def test_every_kind_is_asked_for_in_one_kubectl(run):
    """One access review per kind the project creates, all sent by one kubectl process (a process
    per kind cost a kubectl start-up each, forty of them per apply)."""
    result = run("stage", "--allow-missing-inputs", "--skip-cluster")
    assert result.returncode == 0, result.stderr
    assert [c for c in result.calls if c.startswith("create -f -")] == ['create -f - -o jsonpath={.status.allowed}{"\\n"}']
    assert not [c for c in result.calls if c.startswith("auth can-i")]


def test_a_warning_beside_the_access_reviews_is_not_an_answer(run):
    """kubectl prints the server's warnings on stderr: the answers are stdout's lines alone."""
    result = run("stage", "--allow-missing-inputs", "--skip-cluster", warning="Warning: a deprecated API")
    assert result.returncode == 0, result.stderr
    assert applies(result.calls)


def test_an_access_review_that_fails_says_why(run):
    result = run(
        "stage", "--allow-missing-inputs", fail="create -f -", fail_message="error: the server could not find the requested resource"
    )
    assert result.returncode == 3
    assert result.stderr.strip().splitlines()[-1] == (
        "apply: could not ask whether the user of context dirtbike-nonprod may apply dist/stage:"
        " error: the server could not find the requested resource"
    )
    assert not applies(result.calls)


def test_a_dry_run_does_not_ask_for_rights_it_does_not_use(run):
    result = run("stage", "--allow-missing-inputs", "--dry-run", deny="deployments")
    assert result.returncode == 0, result.stderr
    assert not [c for c in result.calls if c.startswith("create -f -")]


def test_a_failing_lookup_is_not_reported_as_a_missing_crd(run):
    message = 'Error from server (Forbidden): customresourcedefinitions.apiextensions.k8s.io "clusters.postgresql.cnpg.io" is forbidden'
    result = run("stage", "--allow-missing-inputs", fail="get crd ", fail_message=message)
    assert result.returncode == 3 and "missing prerequisites" not in result.stderr
    assert f"could not look up CRDs: {message}" in result.stderr


def test_a_wait_that_fails_at_once_says_why(run):
    message = 'Error from server (NotFound): clusters.postgresql.cnpg.io "postgres" not found'
    result = run("stage", "--allow-missing-inputs", fail="wait --for=condition=Ready", fail_message=message)
    assert result.returncode == 1
    assert f"PostgreSQL cluster dirtbike-stage-data/postgres did not become ready: kubectl wait failed: {message}" in result.stderr
    assert "within" not in result.stderr


def test_no_current_context_names_the_expected_one(run):
    result = run("stage", "--allow-missing-inputs", context="", contexts="dirtbike-dev\ndirtbike-stage")
    assert result.returncode == 3
    assert (
        "kubectl has no current context (error: current-context is not set); environment stage applies to "
        "'dirtbike-nonprod': select it with kubectl config use-context dirtbike-nonprod "
        "(contexts in your kubeconfig: dirtbike-dev, dirtbike-stage)"
    ) in result.stderr


def test_hidden_files_are_never_applied(run, tmp_path):
    dist = tmp_path / "dist"
    shutil.copytree(ROOT / "dist" / "stage", dist / "stage")
    (dist / "stage" / ".backup" / "dirtbike-stage-web").mkdir(parents=True)
    (dist / "stage" / ".backup" / "dirtbike-stage-web" / "11-deployment-old.yaml").write_text("kind: Deployment\n")
    (dist / "stage" / "dirtbike-stage-web" / ".11-deployment-draft.yaml").write_text("kind: Deployment\n")
    result = run("stage", "--allow-missing-inputs", "--diff", "--skip-cluster", dist_root=str(dist))
    assert result.returncode == 0, result.stderr
    touched = [c for c in result.calls if c.startswith(("apply ", "diff "))]
    assert touched and not [c for c in touched if "/." in c]
    applied = {a.split("/stage/", 1)[1] for c in applies(result.calls) for a in c.split() if a.endswith(".yaml")}
    assert applied == {p.relative_to(ROOT / "dist" / "stage").as_posix() for p in (ROOT / "dist" / "stage").rglob("*.yaml")}


def test_hidden_files_make_the_freshness_check_fail():
    """The other half of 'exactly the files the freshness check covers': the check sees them."""
    from dirtbike_site import cli
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        dist = Path(folder)
        shutil.copytree(ROOT / "dist" / "stage", dist / "stage")
        (dist / "stage" / ".backup").mkdir()
        (dist / "stage" / ".backup" / "x.yaml").write_text("kind: Deployment\n")
        fresh = {
            "stage": {
                p.relative_to(ROOT / "dist" / "stage").as_posix(): p.read_text()
                for p in (ROOT / "dist" / "stage").rglob("*")
                if p.is_file()
            }
        }
        assert cli.stale_files(fresh, dist) == ["dist/stage/.backup/x.yaml (extra)"]


def test_usage_lists_every_option():
    """--help is asked for: the text goes to stdout (so `--help | less` shows it) and the exit is 0."""
    result = subprocess.run(["bash", str(SCRIPT), "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == ""
    options = set(re.findall(r"^\s+(-[-a-z|]+)\)", SCRIPT.read_text(), flags=re.M))
    flat = {o for group in options for o in group.split("|")}
    assert flat == {
        "--diff",
        "--diff-only",
        "--dry-run",
        "--yes",
        "--allow-missing-inputs",
        "--timeout",
        "--skip-cluster",
        "-h",
        "--help",
    }
    for option in flat:
        assert option in result.stdout, option
    assert "set -" not in result.stdout and "esac" not in result.stdout and "Exit codes" in result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (("stage", "prod"), "one environment at a time"),
        (("stage", "--timeout"), "--timeout needs a value"),
        (("stage", "--timeout", "5 minutes"), "is not a duration"),
        (("--force", "stage"), "unknown option --force"),
        ((), "which environment?"),
    ],
)
def test_bad_arguments_are_usage_errors(run, args, message):
    result = run(*args)
    assert result.returncode == 2 and message in result.stderr and "usage: scripts/apply.sh" in result.stderr
    assert not result.calls
