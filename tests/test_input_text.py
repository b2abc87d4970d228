"""Class 1 of the bad inputs: whole values checked whole, and no control character in any
object. Patterns are matched with fullmatch (a `$` anchor lets a trailing newline through),
and every rendered object passes one control-character check (`_text.check_manifest_text`,
called by `ManifestObject`), so a newline, CR or NUL in any string is refused wherever it came
from."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import cdk8s
import pytest
from factories import RESOURCES, container

from dirtbike_constructs import (
    BasicAuth,
    ConfigError,
    ConfigFiles,
    DeploymentProps,
    HardenedDeployment,
    HardenedJob,
    JobProps,
    PublicRoute,
    RedirectScheme,
    TraefikMiddleware,
)
from dirtbike_constructs import _validate as check
from dirtbike_constructs.meta import ManifestObject
from dirtbike_site import environments

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for p in (ROOT / "constructs" / "dirtbike_constructs").rglob("*.py") if "imports" not in p.parts) + sorted(
    (ROOT / "dirtbike_site").rglob("*.py")
)

# Compiled patterns that are meant to match a prefix only (a parse, never a whole-value check).
PREFIX_PATTERNS = {"_PG_TAG_VERSION", "LOG_SELECTOR", "RANK_PREFIX", "_VERSION"}


def _regex_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            yield node


def test_no_pattern_is_anchored_with_a_dollar_and_whole_values_use_fullmatch():
    """The grep that keeps the class closed: no `re.match(`, no regex literal ending in `$`
    (it matches before a final newline), `.match(` only on the listed prefix parses."""
    found = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _regex_calls(tree):
            func = call.func
            assert isinstance(func, ast.Attribute)
            owner = func.value.id if isinstance(func.value, ast.Name) else ""
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if owner == "re" and func.attr == "match":
                found.append(f"{where}: re.match (use re.fullmatch)")
            if owner == "re" and func.attr in ("compile", "fullmatch", "search", "match") and call.args:
                pattern = call.args[0]
                multiline = any(
                    "MULTILINE" in ast.unparse(a) or "re.M" == ast.unparse(a) for a in call.args[1:] + [k.value for k in call.keywords]
                )
                if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str):
                    text = pattern.value
                    if text.endswith("$") and not text.endswith("\\$") and not multiline:
                        found.append(f"{where}: pattern ends with '$' (use fullmatch or \\Z)")
            if func.attr == "match" and owner not in ("re", *PREFIX_PATTERNS):
                found.append(f"{where}: {owner or ast.unparse(func.value)}.match (use fullmatch)")
    assert not found, "\n".join(found)


# Every pattern validator of the shared module refuses the valid value plus a newline.
VALIDATORS = [
    (check.dns_label, "api"),
    (check.dns_subdomain, "api.example"),
    (check.labelled_name, "api"),
    (check.label_value, "web"),
    (check.qualified_name, "example.org/team"),
    (check.image, "ghcr.io/example/app:1.2.3"),
    (check.postgres_image, "ghcr.io/cloudnative-pg/postgresql:16.4"),
    (check.cpu_millis, "250m"),
    (check.memory_bytes, "128Mi"),
    (check.pod_security_version, "v1.32"),
    (check.prometheus_duration, "5m"),
    (check.time_zone, "Etc/UTC"),
    (check.cron, "0 4 * * *"),
    (check.absolute_path, "/var/cache"),
    (check.relative_path, "config/app.ini"),
]


@pytest.mark.parametrize("validator, good", VALIDATORS, ids=[v.__name__ for v, _ in VALIDATORS])
@pytest.mark.parametrize("suffix", ["\n", "\r", "\x00"], ids=["LF", "CR", "NUL"])
def test_shared_validators_refuse_a_control_character_after_a_valid_value(validator, good, suffix):
    validator("here", "field", good)
    with pytest.raises(ConfigError):
        validator("here", "field", good + suffix)


def _deployment(chart, **changes):
    return HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=container(**changes)))


@pytest.mark.parametrize(
    "changes",
    [
        {"name": "api\n"},
        {"image": "ghcr.io/example/app:1.2.3\n"},
        {"resources": dataclasses.replace(RESOURCES, memory="128Mi\n")},
        {"resources": dataclasses.replace(RESOURCES, cpu_limit="500m\n")},
        {"env": {"MODE": "fast\n"}},
        {"env": {"MODE": "a\x00b"}},
        {"env": {"MODE\n": "fast"}},
        {"args": ("--mode", "fast\x1b[0m")},
        {"working_dir": "/srv\n"},
    ],
    ids=["name", "image", "memory", "cpu-limit", "env-LF", "env-NUL", "env-name", "arg-escape", "working-dir"],
)
def test_a_container_value_with_a_control_character_is_refused(chart, changes):
    with pytest.raises(ConfigError):
        _deployment(chart, **changes)
    assert not chart.node.children


def test_a_route_host_with_a_trailing_newline_is_refused(chart):
    target = _deployment(chart)
    redirect = TraefikMiddleware(chart, "https", namespace="shop", spec=RedirectScheme())
    with pytest.raises(ConfigError) as error:
        PublicRoute(
            chart,
            "route",
            namespace="shop",
            host="www.example.org\n",
            target=target,
            port=8080,
            tls_secret="t",
            redirect_middleware=redirect,
        )
    assert "www.example.org\\n" in str(error.value)


def test_a_basic_auth_realm_with_a_header_break_is_refused_at_the_one_check(chart):
    with pytest.raises(ConfigError) as error:
        TraefikMiddleware(chart, "auth", namespace="shop", spec=BasicAuth("htpasswd", realm="admin\r\nX-Injected: 1"))
    assert error.value.field == "Middleware auth: spec.basicAuth.realm"
    assert "\\r" in error.value.fix if error.value.fix else False


def test_the_environment_domain_is_matched_whole():
    env = dataclasses.replace(environments.ENVIRONMENTS["dev"], domain="dev.dirtbikechina.com\n")
    with pytest.raises(ConfigError) as error:
        env.validate()
    assert error.value.field == "domain"


def test_any_object_with_a_control_character_is_refused_naming_the_field(chart):
    manifest = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x", "namespace": "shop", "labels": {"team": "a\tb"}}}
    with pytest.raises(ConfigError) as error:
        ManifestObject(chart, "x", manifest)
    assert error.value.field == "ConfigMap x: metadata.labels.team"
    assert not chart.node.children


def test_file_contents_and_scripts_may_span_lines_but_not_hold_nul(chart):
    files = ConfigFiles("conf", "/etc/app", {"app.ini": "[a]\n\tb = 1\r\n"})
    HardenedJob(
        chart,
        "job",
        JobProps(
            namespace="shop",
            container=container(ports=(), readiness=None, liveness=None, mounts=(files,), command=("sh", "-c", "set -e\necho ok\n")),
        ),
    )
    objects = cdk8s.Testing.synth(chart)
    assert any(o["kind"] == "ConfigMap" and o["data"] == {"app.ini": "[a]\n\tb = 1\r\n"} for o in objects)
    other = cdk8s.Chart(cdk8s.App(), "other")
    with pytest.raises(ConfigError) as error:
        HardenedJob(
            other,
            "job",
            JobProps(
                namespace="shop",
                container=container(
                    ports=(), readiness=None, liveness=None, mounts=(ConfigFiles("conf", "/etc/app", {"app.ini": "a\x00"}),)
                ),
            ),
        )
    assert "data.app.ini" in error.value.field
