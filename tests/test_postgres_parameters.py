"""PostgreSQL parameters are checked against the library's table of the operand's major version
(constructs/dirtbike_constructs/pg_settings.json, written by scripts/pg_settings_table.py from
a real server's pg_settings): the table matches a running server of that major, the library's
reading of values agrees with the server's own, and every rule fires through CnpgCluster."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT
from factories import pg_cluster, pg_refused

from dirtbike_constructs import postgres_parameters
from dirtbike_constructs._validate import postgres_image
from dirtbike_site.apps import postgres as site_postgres

sys.path.insert(0, str(ROOT / "scripts"))
import pg_settings_table  # noqa: E402
from postgres_server import Unavailable, bin_dirs, running_server  # noqa: E402

STORED = json.loads((ROOT / "constructs" / "dirtbike_constructs" / postgres_parameters.TABLE_FILE).read_text())
MAJOR = 15
IMAGE = "ghcr.io/cloudnative-pg/postgresql:15.19-202608310817-standard-trixie"
# (parameter, value) the library and the server judge alike: accepted or refused.
JUDGED = [
    ("work_mem", "64kB"),
    ("work_mem", "63kB"),
    ("work_mem", "1.5MB"),
    ("work_mem", "1GB"),
    ("work_mem", " 4 MB "),
    ("work_mem", "4mb"),
    ("work_mem", "64ms"),
    ("work_mem", "lots"),
    ("work_mem", "0x100"),
    ("work_mem", "4096"),
    ("work_mem", "3TB"),
    ("statement_timeout", "90min"),
    ("statement_timeout", "1.5h"),
    ("statement_timeout", "500us"),
    ("statement_timeout", "10MB"),
    ("statement_timeout", "-1"),
    ("synchronous_commit", "yes"),
    ("synchronous_commit", "LOCAL"),
    ("synchronous_commit", "remote_apply"),
    ("synchronous_commit", "maybe"),
    ("jit", "o"),
    ("jit", "of"),
    ("jit", "tr"),
    ("jit", "Yes"),
    ("jit", "2"),
    ("jit", "onn"),
    ("random_page_cost", "1.1"),
    ("random_page_cost", "1e2"),
    ("random_page_cost", "1.1MB"),
    ("random_page_cost", "nan"),
    ("random_page_cost", "-1"),
    ("vacuum_cost_delay", "2ms"),
    ("vacuum_cost_delay", "500us"),
    ("vacuum_cost_delay", "101ms"),
    ("vacuum_cost_delay", "0.1s"),
    ("default_statistics_target", "10000"),
    ("default_statistics_target", "10001"),
    ("default_statistics_target", "100kB"),
    ("application_name", "anything at all"),
    ("log_min_duration_statement", "500ms"),
    ("log_min_duration_statement", "2147483648"),
    ("pg_stat_statements.track", "all"),
    ("pg_stat_statements.track", "everything"),
    ("auto_explain.log_min_duration", "1s"),
    ("auto_explain.log_min_duration", "soon"),
]
ACCEPTS = """CREATE FUNCTION pg_temp.accepts(name text, value text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN PERFORM set_config(name, value, true); RETURN true; EXCEPTION WHEN others THEN RETURN false; END $$;"""


@pytest.fixture(scope="module")
def server():
    installed = bin_dirs()
    if MAJOR not in installed:
        pytest.skip(
            f"the library's parameter table is for PostgreSQL {MAJOR} and this machine's Debian server is "
            f"{', '.join(map(str, installed)) or 'not installed'} (apt-get install postgresql-{MAJOR}; .ci/run installs it)"
        )
    try:
        with running_server(installed[MAJOR], pg_settings_table.SERVER_SETTINGS) as (psql, _):
            yield psql
    except Unavailable as reason:
        pytest.skip(str(reason))


def test_the_site_operand_has_a_table():
    assert postgres_image("site", "image", site_postgres.IMAGE) == MAJOR
    assert postgres_parameters.majors() == (MAJOR,) and set(STORED["majors"]) == {str(MAJOR)}


def test_the_table_is_the_servers_pg_settings(server):
    read = pg_settings_table.query_settings(server)
    assert read["major"] == MAJOR
    stored = STORED["majors"][str(MAJOR)]["parameters"]
    assert sorted(set(read["parameters"]) ^ set(stored)) == [], "parameters only on one side"
    assert {k: v for k, v in read["parameters"].items() if stored[k] != v} == {}


def _sql(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def test_values_are_read_as_the_server_reads_them(server):
    table = postgres_parameters.table(MAJOR)
    assert table is not None
    cases = ", ".join(f"({_sql(n)}, {_sql(v)})" for n, v in JUDGED)
    query = f"{ACCEPTS}\nSELECT json_agg(pg_temp.accepts(n, v)) FROM (VALUES {cases}) AS t(n, v);"
    result = server("-d", "postgres", "-At", "-c", query)
    assert result.returncode == 0, result.stderr
    by_server = json.loads(result.stdout.strip().splitlines()[-1])
    by_library = [postgres_parameters.value_problem(table[n], v) is None for n, v in JUDGED]
    assert {case: ours for case, ours, theirs in zip(JUDGED, by_library, by_server) if ours != theirs} == {}
    assert True in by_server and False in by_server


def _refused(chart, name, value):
    return pg_refused(chart, f"parameters[{name!r}]", image=IMAGE, parameters={name: value})


@pytest.mark.parametrize(
    "name, value, allowed, fix",
    [
        ("shared_buffer", "1GB", "a parameter of PostgreSQL 15", "did you mean 'shared_buffers'?"),  # misspelled
        ("wal_keep_segments", "64", "a parameter of PostgreSQL 15", "another major version"),  # removed in 13
        ("vacuum_cleanup_index_scale_factor", "0.1", "a parameter of PostgreSQL 15", "another major version"),  # removed in 14
        ("jit", "maybe", "on or off", "not a boolean"),  # wrong type
        ("work_mem", "lots", "a bare number is in kB", "not a number of its kind"),  # wrong type
        ("checkpoint_timeout", "15MB", "a time unit", "its unit is s"),  # wrong unit
        ("random_page_cost", "1.1MB", "without a unit", "it takes no unit"),  # a unit where none is taken
        ("work_mem", "32kB", "from 64 to 2147483647 kB", "out of range"),  # below the minimum
        ("checkpoint_timeout", "2d", "from 30 to 86400 s", "out of range"),  # above the maximum
        ("synchronous_commit", "maybe", "one of local, remote_write, remote_apply, on, off", "not one of its values"),  # bad enum
        ("block_size", "16384", "a parameter that can be set", "fixed when PostgreSQL is built"),  # internal
        ("pg_stat_statement.max", "1000", "did you mean pg_stat_statements.*?", "pg_stat_statements.max"),  # extension prefix
        ("pg_stat_statements.maxx", "1000", "a parameter of PostgreSQL 15", "did you mean 'pg_stat_statements.max'?"),
    ],
)
def test_a_parameter_postgresql_refuses_is_refused(chart, name, value, allowed, fix):
    error = _refused(chart, name, value)
    assert allowed in error.allowed and fix in (error.fix or ""), str(error)


@pytest.mark.parametrize(
    "name, value",
    [
        ("synchronous_commit", "yes"),
        ("jit", "of"),
        ("work_mem", "1.5MB"),
        ("log_min_duration_statement", "500ms"),
        ("pgaudit.log", "ddl"),  # an extension the table does not hold reads its own
        ("wal_keep_size", "1GB"),
        ("datestyle", "iso, mdy"),  # names are case-insensitive (pg_settings: DateStyle)
    ],
)
def test_a_parameter_postgresql_reads_is_rendered_as_given(chart, name, value):
    assert pg_cluster(chart, image=IMAGE, parameters={name: value}).parameters[name] == value


def test_derived_parameters_are_checked_too(chart):
    """What the library derives is held to the same table: every rendered value is one the
    server reads."""
    cluster = pg_cluster(chart, image=IMAGE)
    table = postgres_parameters.table(MAJOR)
    assert table is not None
    assert {k: v for k, v in cluster.parameters.items() if postgres_parameters.value_problem(table[k], v)} == {}
