"""Policies over every environment's dist/: Pod Security 'restricted' field by field, the
hardening beyond it (with the listed exceptions), least-privilege RBAC, no plaintext secret."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dirtbike_constructs.invariants import API_ROLE_ANNOTATION
from conftest import ROOT, dist_files

ENVIRONMENTS = ("dev", "stage", "prod")
ALLOWED_VOLUMES = {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}
# Every departure from the hardened defaults in dist/, with its reason. Only Discourse's pod
# has any: the image's files belong to its discourse user (uid 1000).
EXPECTED_EXCEPTIONS: dict[str, str] = {
    "prepare.low-uid": "the image's discourse user (1000) owns /var/www/discourse",
    "discourse.low-uid": "the image's discourse user (1000) owns /var/www/discourse",
}


def manifests(env: str) -> list[tuple[str, dict]]:
    return [(path.split("/", 1)[1], m) for path, m in dist_files(env)]


def pod_templates(env: str):
    for path, m in manifests(env):
        spec = m.get("spec", {})
        if m["kind"] in ("Deployment", "StatefulSet", "Job"):
            yield path, spec["template"]
        elif m["kind"] == "CronJob":
            yield path, spec["jobTemplate"]["spec"]["template"]


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_pod_passes_restricted(env):
    templates = list(pod_templates(env))
    assert templates
    for path, template in templates:
        pod = template["spec"]
        for host in ("hostNetwork", "hostPID", "hostIPC"):
            assert not pod.get(host), (path, host)
        assert "sysctls" not in pod.get("securityContext", {}), path
        for volume in pod.get("volumes", []):
            assert set(volume) - {"name"} <= ALLOWED_VOLUMES, (path, volume)
        pod_sc = pod["securityContext"]
        assert pod_sc["runAsNonRoot"] is True and pod_sc["seccompProfile"]["type"] == "RuntimeDefault", path
        for c in pod.get("initContainers", []) + pod["containers"]:
            sc = c["securityContext"]
            where = f"{path}:{c['name']}"
            assert sc["privileged"] is False, where
            assert sc["allowPrivilegeEscalation"] is False, where
            assert sc["capabilities"]["drop"] == ["ALL"], where
            assert set(sc["capabilities"].get("add", [])) <= {"NET_BIND_SERVICE"}, where
            assert sc["runAsNonRoot"] is True and sc["runAsUser"] != 0, where
            assert sc["seccompProfile"]["type"] == "RuntimeDefault", where
            assert "procMount" not in sc and "windowsOptions" not in sc, where
            assert not any(p.get("hostPort") for p in c.get("ports", [])), where


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_hardening_beyond_restricted_and_listed_exceptions(env):
    seen: dict[str, str] = {}
    for path, template in pod_templates(env):
        annotations = template["metadata"].get("annotations", {})
        # The Role a token is mounted for is no container exception: test_rbac_is_least_privilege covers it.
        exceptions = {
            k.split("/", 1)[1]: v for k, v in annotations.items() if k.startswith("security.dirtbike.io/") and k != API_ROLE_ANNOTATION
        }
        seen.update(exceptions)
        for c in template["spec"].get("initContainers", []) + template["spec"]["containers"]:
            sc = c["securityContext"]
            where = f"{path}:{c['name']}"
            assert sc["readOnlyRootFilesystem"] or f"{c['name']}.writable-root-filesystem" in exceptions, where
            assert sc["runAsUser"] >= 10000 or f"{c['name']}.low-uid" in exceptions, where
            assert set(c["resources"]["requests"]) == {"cpu", "memory"} == set(c["resources"]["limits"]), where
            assert "env" not in c or all("valueFrom" not in e for e in c["env"]), where
            assert ":latest" not in c["image"] and (":" in c["image"] or "@sha256:" in c["image"]), where
    assert seen == EXPECTED_EXCEPTIONS


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_rbac_is_least_privilege(env):
    objects = manifests(env)
    accounts = {(m["metadata"]["namespace"], m["metadata"]["name"]): m for _, m in objects if m["kind"] == "ServiceAccount"}
    bound = {(m["metadata"]["namespace"], s["name"]) for _, m in objects if m["kind"] == "RoleBinding" for s in m["subjects"]}
    users: dict[tuple[str, str], str] = {}
    for path, template in pod_templates(env):
        ns = path.split("/")[0]
        account = (ns, template["spec"]["serviceAccountName"])
        assert account in accounts, path
        owner = template["metadata"]["labels"]["app.kubernetes.io/instance"]
        assert users.setdefault(account, owner) == owner, f"{account} shared by {owner} and {users[account]}"
        assert template["spec"]["automountServiceAccountToken"] is (account in bound), path
    for key, sa in accounts.items():
        assert sa["automountServiceAccountToken"] is (key in bound), key
    for _, m in objects:
        if m["kind"] in ("ClusterRole", "ClusterRoleBinding"):
            pytest.fail(f"cluster-wide RBAC in dist/{env}: {m['metadata']['name']}")
        if m["kind"] == "Role":
            for rule in m["rules"]:
                name = m["metadata"]["name"]
                assert "*" not in str(rule), name
                if rule["verbs"] == ["create"]:  # creation cannot be limited by name
                    assert rule["resources"] != ["secrets"], name
                else:
                    assert rule["resourceNames"], name
                if "secrets" in rule["resources"]:
                    assert rule["verbs"] == ["get"], name


SUSPICIOUS = [
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"AKIA[0-9A-Z]{16}"),
    # name = value on one line, where the name ends in a credential word (not *_FILE, secretName)
    re.compile(r"(?i)(?<![A-Za-z])(password|passwd|secret|token|api[_-]?key)(?![A-Za-z_])[ \t]*[:=][ \t]*['\"]?(?![/$<{])[^\s'\"]{6,}"),
]


def text_files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in {".yaml", ".yml", ".md", ".py", ".sh", ".toml", ".cfg", ".json", ".pem", ".txt"}:
            yield path


def secret_names() -> set[str]:
    """Names of Secrets a manifest may refer to (`secret: <name>` is a reference, not a value)."""
    from dirtbike_site import environments
    from dirtbike_site.credentials import required

    return {c.name for env in ENVIRONMENTS for c in required(environments.get(env))}


def test_no_plaintext_secret_in_dist_or_sealed_inputs():
    for env in ENVIRONMENTS:
        for path, m in manifests(env):
            assert m["kind"] != "Secret", f"dist/{env}/{path}"
            if m["kind"] == "SealedSecret":
                assert set(m["spec"]) == {"encryptedData", "template"} and "data" not in m["spec"]["template"]
    references = secret_names()
    for folder in (ROOT / "dist", ROOT / "sealed"):
        if not folder.exists():
            continue
        for path in text_files(folder):
            text = path.read_text(errors="replace")
            for pattern in SUSPICIOUS:
                for match in pattern.finditer(text):
                    value = match.group(0).split(":", 1)[-1].split("=", 1)[-1].strip(" '\"")
                    assert value in references, f"{path.relative_to(ROOT)}: {match.group(0)[:40]!r}"


def test_the_scan_catches_what_it_looks_for():
    samples = ["password: hunter2hunter2", "-----BEGIN RSA PRIVATE KEY-----", "key AKIAABCDEFGHIJKLMNOP", 'MYSQL_PASSWORD="s3cr3tvalue"']
    assert all(any(p.search(s) for p in SUSPICIOUS) for s in samples)
    assert not any(p.search("MYSQL_PASSWORD_FILE: /run/secrets/mysql/wordpress-password") for p in SUSPICIOUS)
