"""PostgreSQL memory and I/O parameters derived from the instance's memory limit.

Rules of thumb for a dedicated instance on SSD storage: shared_buffers about 25% of memory,
effective_cache_size about 75%, maintenance_work_mem 1/16 (at most 2 GB), and work_mem
sized so that every connection can use it twice with shared_buffers and maintenance_work_mem
still fitting. Explicit parameters win; the memory budget is then checked again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .errors import ConfigError

MB = 2**20
_SIZE = re.compile(r"^([0-9]+)\s*(kB|MB|GB|TB)?$")
_UNIT = {"kB": 2**10, "MB": 2**20, "GB": 2**30, "TB": 2**40}
# Parameters the operator owns; setting them would be ignored or break the instance manager.
OPERATOR_OWNED = frozenset({
    "archive_command", "archive_mode", "config_file", "data_directory", "hba_file", "ident_file",
    "listen_addresses", "port", "primary_conninfo", "primary_slot_name", "restore_command",
    "ssl", "ssl_ca_file", "ssl_cert_file", "ssl_key_file", "unix_socket_directories",
})


def _size_bytes(where: str, key: str, value: str) -> int:
    match = _SIZE.match(value.strip())
    if not match:
        raise ConfigError(where, f"parameters[{key!r}]", value, "a size with a PostgreSQL unit such as '512MB' or '2GB' (or kB)")
    return int(match.group(1)) * _UNIT[match.group(2) or "kB"]


def _mb(amount: int) -> str:
    return f"{max(amount // MB, 1)}MB"


def tuned_parameters(where: str, memory_limit_bytes: int, max_connections: int, overrides: Mapping[str, str]) -> dict[str, str]:
    """Derived defaults merged with `overrides`, validated to fit in memory_limit_bytes."""
    for key, value in overrides.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ConfigError(where, "parameters", {key: value}, "string keys and string values (quote numbers)")
        if key in OPERATOR_OWNED:
            raise ConfigError(where, f"parameters[{key!r}]", value, "a parameter CloudNativePG does not manage itself", "remove it; the operator sets it")
        if key == "max_connections":
            raise ConfigError(where, "parameters['max_connections']", value, "not here", "use the max_connections prop, which also sizes work_mem")

    shared_buffers = memory_limit_bytes // 4
    maintenance = min(memory_limit_bytes // 16, 2 * 2**30)
    if "shared_buffers" in overrides:
        shared_buffers = _size_bytes(where, "shared_buffers", overrides["shared_buffers"])
    if "maintenance_work_mem" in overrides:
        maintenance = _size_bytes(where, "maintenance_work_mem", overrides["maintenance_work_mem"])
    work_mem = max((memory_limit_bytes - shared_buffers - maintenance) // (max_connections * 2), 4 * MB)

    derived = {
        "max_connections": str(max_connections),
        "shared_buffers": _mb(shared_buffers),
        "effective_cache_size": _mb(memory_limit_bytes * 3 // 4),
        "maintenance_work_mem": _mb(maintenance),
        "work_mem": _mb(work_mem),
        "wal_buffers": "16MB",
        "min_wal_size": "1GB",
        "max_wal_size": "4GB",
        "checkpoint_completion_target": "0.9",
        "checkpoint_timeout": "15min",
        # SSD storage: random reads cost about as much as sequential ones.
        "random_page_cost": "1.1",
        "effective_io_concurrency": "200",
        "default_statistics_target": "100",
    }
    merged = {**derived, **dict(overrides)}

    budget = (
        _size_bytes(where, "shared_buffers", merged["shared_buffers"])
        + _size_bytes(where, "maintenance_work_mem", merged["maintenance_work_mem"])
        + max_connections * _size_bytes(where, "work_mem", merged["work_mem"])
    )
    if budget > memory_limit_bytes:
        raise ConfigError(
            where, "parameters", {k: merged[k] for k in ("shared_buffers", "maintenance_work_mem", "work_mem")},
            f"shared_buffers + maintenance_work_mem + max_connections ({max_connections}) x work_mem "
            f"within the memory limit ({memory_limit_bytes // MB}MB); these need {budget // MB}MB",
            "lower them, lower max_connections, or raise resources.memory_limit",
        )
    cache = _size_bytes(where, "effective_cache_size", merged["effective_cache_size"])
    if cache > memory_limit_bytes:
        raise ConfigError(where, "parameters['effective_cache_size']", merged["effective_cache_size"],
                          f"at most the memory limit ({memory_limit_bytes // MB}MB)")
    return dict(sorted(merged.items()))
