"""A throwaway PostgreSQL server from a Debian installation (/usr/lib/postgresql/<major>/bin),
for the tests and for scripts/pg_settings_table.py: initdb into a fresh folder, start it on a
Unix socket only, yield a psql runner, stop it and remove the folder.

Running as root (CI), the server runs as the `postgres` user, since PostgreSQL refuses root."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

DEBIAN_ROOT = Path("/usr/lib/postgresql")

Psql = Callable[..., subprocess.CompletedProcess[str]]


class Unavailable(Exception):
    """No server can be run here: the reason, for a test's skip."""


def bin_dirs() -> dict[int, Path]:
    """Installed Debian PostgreSQL servers: major -> bin folder."""
    if not DEBIAN_ROOT.exists():
        return {}
    return {int(p.parent.name): p for p in sorted(DEBIAN_ROOT.glob("*/bin")) if p.parent.name.isdigit() and (p / "initdb").exists()}


def bin_dir(major: int | None = None) -> Path:
    """The bin folder of the Debian server of `major` (default: the lowest installed)."""
    found = bin_dirs()
    if not found:
        raise Unavailable("PostgreSQL server binaries not installed (apt-get install postgresql; .ci/run installs them)")
    if major is None:
        return found[min(found)]
    if major not in found:
        raise Unavailable(
            f"PostgreSQL {major} is not installed (installed: {', '.join(map(str, found))}; apt-get install postgresql-{major})"
        )
    return found[major]


@contextlib.contextmanager
def running_server(bin_path: Path, settings: Mapping[str, str] | None = None) -> Iterator[tuple[Psql, Path]]:
    """A started server (settings: extra `-c name=value` options); yields (psql runner, its
    folder). psql(*args) runs psql as the superuser against it, with ON_ERROR_STOP."""
    run_as: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise Unavailable("running as root without a 'postgres' user to run the server as") from None
        run_as = ["runuser", "-u", "postgres", "--"]
    # Not under a private temporary folder of root's: the server runs as postgres.
    base = Path(tempfile.mkdtemp(prefix="dirtbike-pg-"))
    data = base / "data"
    if run_as:
        shutil.chown(base, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options = " ".join([f"-k {base} -p {port} -c listen_addresses=''", *(f"-c {k}={v}" for k, v in (settings or {}).items())])
    try:
        subprocess.run(
            [*run_as, str(bin_path / "initdb"), "-D", str(data), "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"],
            check=True,
            capture_output=True,
        )
        subprocess.run(
            [*run_as, str(bin_path / "pg_ctl"), "-D", str(data), "-w", "-l", str(base / "log"), "-o", options, "start"],
            check=True,
            capture_output=True,
        )

        def psql(*args: str) -> subprocess.CompletedProcess[str]:
            command = [*run_as, str(bin_path / "psql"), "-h", str(base), "-p", str(port), "-U", "postgres", "-v", "ON_ERROR_STOP=1"]
            return subprocess.run([*command, "-X", "-q", *args], capture_output=True, text=True)

        yield psql, base
    finally:
        subprocess.run([*run_as, str(bin_path / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
