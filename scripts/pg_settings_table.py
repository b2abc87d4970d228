"""Write the library's PostgreSQL parameter table (constructs/dirtbike_constructs/pg_settings.json)
from a real server's pg_settings: name, vartype, unit, min_val, max_val, enumvals and context of
every parameter, for the major version of the server.

    python scripts/pg_settings_table.py [MAJOR]    default: the major the table holds now

The server is the Debian one of that major (apt-get install postgresql-MAJOR), started empty
with the extensions CloudNativePG preloads on demand whose parameters users set
(pg_stat_statements, auto_explain), so their parameters are in the table too. Other majors in
the file are kept; tests/test_postgres_parameters.py compares the table with the server."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from postgres_server import Psql, bin_dir, running_server

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "constructs" / "dirtbike_constructs" / "pg_settings.json"
#: Loaded so that their parameters are known: the operand's extensions CloudNativePG adds to
#: shared_preload_libraries when a parameter of theirs is set.
PRELOADED = ("pg_stat_statements", "auto_explain")
SERVER_SETTINGS = {"shared_preload_libraries": ",".join(PRELOADED)}
COLUMNS = ("vartype", "unit", "min_val", "max_val", "enumvals", "context")
ABOUT = "pg_settings of a real PostgreSQL server per major version: written by scripts/pg_settings_table.py, not by hand"
QUERY = (
    "SELECT json_build_object('version', current_setting('server_version'), 'version_num', current_setting('server_version_num')::int,"
    " 'parameters', json_object_agg(name, json_build_object(" + ", ".join(f"'{c}', {c}" for c in COLUMNS) + ")))"
    " FROM pg_settings"
)


def query_settings(psql: Psql) -> dict[str, Any]:
    """{'major', 'server', 'parameters': {name: {column: value}}} of the server psql reaches."""
    result = psql("-d", "postgres", "-At", "-c", QUERY)
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    read = json.loads(result.stdout)
    return {"major": read["version_num"] // 10000, "server": read["version"], "parameters": dict(sorted(read["parameters"].items()))}


def read_settings(major: int) -> dict[str, Any]:
    """query_settings of the Debian server of `major`, started with PRELOADED."""
    with running_server(bin_dir(major), SERVER_SETTINGS) as (psql, _):
        return query_settings(psql)


def dump(majors: dict[str, Any]) -> str:
    """The file's text: one line per parameter, so a new server version's diff is per parameter."""
    lines = ["{", f' "about": {json.dumps(ABOUT)},', ' "majors": {']
    for m, (major, held) in enumerate(majors.items()):
        lines += [f"  {json.dumps(major)}: {{", f'   "server": {json.dumps(held["server"])},', '   "parameters": {']
        rows = list(held["parameters"].items())
        lines += [
            f"    {json.dumps(name)}: {json.dumps(row, sort_keys=True)}" + ("," if i < len(rows) - 1 else "")
            for i, (name, row) in enumerate(rows)
        ]
        lines += ["   }", "  }" + ("," if m < len(majors) - 1 else "")]
    return "\n".join([*lines, " }", "}"]) + "\n"


def main(argv: list[str]) -> int:
    stored = json.loads(TABLE.read_text()) if TABLE.exists() else {"majors": {}}
    majors = [int(a) for a in argv] or [int(m) for m in stored["majors"]]
    if not majors:
        print("usage: pg_settings_table.py MAJOR", file=sys.stderr)
        return 2
    for major in majors:
        table = read_settings(major)
        if table["major"] != major:
            raise RuntimeError(f"asked for PostgreSQL {major}, the server is {table['server']}")
        stored["majors"][str(major)] = {"server": table["server"], "parameters": table["parameters"]}
    stored["majors"] = dict(sorted(stored["majors"].items(), key=lambda item: int(item[0])))
    TABLE.write_text(dump(stored["majors"]))
    print(f"{TABLE.relative_to(ROOT)}: PostgreSQL " + ", ".join(stored["majors"][str(m)]["server"] for m in majors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
