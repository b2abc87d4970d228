"""Class 4 of the bad inputs: credentials in clear. One rule (`_validate.credential_name`,
`credential_in`) for env names, env values, arguments and every rendered object (a URL with a
password anywhere but a Secret), with one reasoned opt-out:
`SecurityExceptions(not_credentials={name: reason})`, rendered as an annotation."""

from __future__ import annotations

import cdk8s
import pytest
from factories import container

from dirtbike_constructs import ConfigError, ConfigFiles, DeploymentProps, HardenedDeployment, SecurityExceptions
from dirtbike_constructs import _validate as check


def _deploy(chart, **changes):
    return HardenedDeployment(chart, "api", DeploymentProps(namespace="shop", container=container(**changes)))


@pytest.mark.parametrize(
    "name",
    ["MYSQL_PWD", "PGPASSWORD", "DB_PASS", "APP_SECRET", "GITHUB_TOKEN", "API_KEY", "SECRET_KEY_BASE", "AWS_CREDENTIALS", "mysql_pwd"],
)
def test_an_env_name_that_says_credential_is_refused(chart, name):
    with pytest.raises(ConfigError) as error:
        _deploy(chart, env={name: "hunter2"})
    assert error.value.field == "container['app'].env key"
    assert "not_credentials" in (error.value.fix or "")


@pytest.mark.parametrize("name", ["MYSQL_PASSWORD_FILE", "TLS_KEY_PATH", "KEYS_DIR"])
def test_a_pointer_to_a_file_is_not_a_credential(chart, name):
    _deploy(chart, env={name: "/run/secrets/x"})


@pytest.mark.parametrize(
    "args",
    [
        ("--password=hunter2",),
        ("--db-password=hunter2",),
        ("-token=abc",),
        ("--api-key", "abc123"),
        ("--password", "hunter2"),
        ("connect", "postgres://app:hunter2@db:5432/app"),
        ("sh", "-c", "MYSQL_PWD=hunter2 mysqldump app"),
    ],
)
def test_a_credential_in_the_arguments_is_refused_and_redacted(chart, args):
    with pytest.raises(ConfigError) as error:
        _deploy(chart, args=args)
    assert "hunter2" not in str(error.value) and "abc123" not in str(error.value)


@pytest.mark.parametrize(
    "args",
    [("--password-file=/run/secrets/db",), ("--password", "$(DB_PASSWORD_FILE)"), ("sh", "-c", 'PGPASSWORD="$(cat /run/secrets/pg)" psql')],
)
def test_reading_a_credential_from_a_file_is_fine(chart, args):
    _deploy(chart, args=args)


@pytest.mark.parametrize("value", ["postgres://app:hunter2@db/app", "redis://:hunter2@redis:6379", "password=hunter2"])
def test_a_credential_in_an_env_value_is_refused(chart, value):
    with pytest.raises(ConfigError):
        _deploy(chart, env={"DATABASE": value})


def test_a_url_with_a_password_is_refused_in_any_object_but_a_secret(chart):
    files = ConfigFiles("conf", "/etc/app", {"app.ini": "[db]\nurl = mysql://root:hunter2@mysql/app\n"})
    with pytest.raises(ConfigError) as error:
        _deploy(chart, mounts=(files,))
    assert error.value.field.startswith("ConfigMap api-conf: data.app.ini")
    assert "hunter2" not in str(error.value)


def test_the_reasoned_opt_out_shows_in_the_output(chart):
    exceptions = SecurityExceptions(not_credentials={"KEYBOARD_LAYOUT": "a keyboard layout name, not a key", "--sort-key": "a column name"})
    _deploy(chart, env={"KEYBOARD_LAYOUT": "us"}, args=("--sort-key=name",), exceptions=exceptions)
    deployment = next(o for o in cdk8s.Testing.synth(chart) if o["kind"] == "Deployment")
    annotation = deployment["spec"]["template"]["metadata"]["annotations"]["security.dirtbike.io/app.not-credentials"]
    assert "KEYBOARD_LAYOUT: a keyboard layout name" in annotation


def test_an_opt_out_needs_a_reason(chart):
    with pytest.raises(ConfigError) as error:
        _deploy(chart, env={"KEYBOARD_LAYOUT": "us"}, exceptions=SecurityExceptions(not_credentials={"KEYBOARD_LAYOUT": " "}))
    assert "not_credentials" in error.value.field


def test_the_rule_in_one_place():
    assert check.credential_name("MYSQL_PWD") and not check.credential_name("MYSQL_PWD_FILE")
    assert check.credential_in("https://user:pw@example.org/") == "a URL with a password in it"
    assert check.credential_in("--sort-key=name", plain=("--sort-key", "sort-key")) is None
