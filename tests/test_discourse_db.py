"""The Discourse database init Job: the SQL it runs is the script, and the script's
idempotent parts run twice against a real PostgreSQL server."""

from __future__ import annotations

import re
import sys
import warnings

import pytest
import yaml
from conftest import ROOT

from dirtbike_site.apps import discourse_db

sys.path.insert(0, str(ROOT / "scripts"))
from postgres_server import Unavailable, bin_dir, running_server  # noqa: E402

DIST = ROOT / "dist" / "prod" / "dirtbike-prod-data"


def committed_script() -> str:
    return yaml.safe_load((DIST / "05-configmap-discourse-db-init-script.yaml").read_text())["data"]["init.sql"]


def steps(text: str) -> list[tuple[str, str | None, str]]:
    """(title, required extension, sql) for each `-- step:` section of the script."""
    found = []
    for block in re.split(r"^-- step: ", text, flags=re.M)[1:]:
        header, _, body = block.partition("\n")
        match = re.match(r"^(.*?)(?: \(requires (\S+)\))?$", header)
        found.append((match.group(1), match.group(2), body.strip()))
    return found


def test_job_runs_the_committed_script():
    assert committed_script() == discourse_db.script()
    job = yaml.safe_load((DIST / "09-job-discourse-db-init.yaml").read_text())
    pod = job["spec"]["template"]["spec"]
    command = " ".join(pod["containers"][0]["command"])
    assert f"psql -v ON_ERROR_STOP=1 -f {discourse_db.SCRIPT_DIR}/{discourse_db.SCRIPT_NAME}" in command
    assert {"name": "config-script", "mountPath": f"{discourse_db.SCRIPT_DIR}/init.sql", "subPath": "init.sql", "readOnly": True} in pod[
        "containers"
    ][0]["volumeMounts"]
    assert "PGPASSWORD" not in {e["name"] for e in pod["containers"][0]["env"]}
    assert pod["restartPolicy"] == "Never"


def test_script_covers_what_discourse_needs():
    titles = {title: requires for title, requires, _ in steps(discourse_db.script())}
    assert {
        "role",
        "database",
        "extension hstore",
        "extension pg_trgm",
        "extension vector",
        "extension pg_cjk_parser",
        "parser",
        "configuration",
        "database default",
        "smoke tests",
    } <= set(titles)
    text = discourse_db.script()
    for function in ("prsd2_cjk_start", "prsd2_cjk_nexttoken", "prsd2_cjk_end", "prsd2_cjk_lextype", "prsd2_cjk_headline"):
        assert function in text
    assert "ADD MAPPING FOR asciiword WITH english_stem" in text
    assert text.count("RAISE EXCEPTION 'CJK smoke test failed") == 3


@pytest.fixture(scope="module")
def postgres_server():
    try:
        with running_server(bin_dir()) as server:
            yield server
    except Unavailable as reason:
        pytest.skip(str(reason))


def test_idempotent_parts_run_twice_on_a_real_server(postgres_server):
    psql, base = postgres_server
    available = set(psql("-d", "postgres", "-At", "-c", "SELECT name FROM pg_available_extensions").stdout.split())
    runnable, skipped = [], []
    for title, requires, sql in steps(committed_script()):
        (runnable if requires is None or requires in available else skipped).append((title, requires, sql))
    if skipped:
        warnings.warn(
            "init.sql steps skipped, their extension is not on this test server: " + ", ".join(f"{t} ({r})" for t, r, _ in skipped)
        )
    script = base / "runnable.sql"
    script.write_text("\n".join(sql for _, _, sql in runnable) + "\n")
    script.chmod(0o644)
    for attempt in (1, 2):
        result = psql("-d", "postgres", "-f", str(script))
        assert result.returncode == 0, f"run {attempt}: {result.stderr}"
    owner = psql(
        "-d", "postgres", "-At", "-c", "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'discourse'"
    ).stdout.strip()
    assert owner == "discourse"
    extensions = set(psql("-d", "discourse", "-At", "-c", "SELECT extname FROM pg_extension").stdout.split())
    assert {"hstore", "pg_trgm", "unaccent"} <= extensions
    assert "smoke tests" in {t for t, _, _ in skipped} or "pg_cjk_parser" in available
