"""PostgreSQL memory and I/O parameters derived from the instance's memory limit.

Rules of thumb for a dedicated instance on SSD storage: shared_buffers about 25% of memory,
effective_cache_size about 75%, maintenance_work_mem 1/16 (at most 2 GB), and work_mem
sized so that every connection can use it twice with shared_buffers and maintenance_work_mem
still fitting. Explicit parameters win; the memory budget is then checked again.

WAL sizes follow the volume the WAL lives on: max_wal_size is a soft limit (PostgreSQL lets
the WAL grow past it under heavy load, while archiving lags, or with wal_keep_size), and a
full WAL volume stops PostgreSQL. So the derived max_wal_size is at most a quarter of the
volume when WAL shares the data volume and half of a dedicated WAL volume, and explicit
settings above that are refused.

A cluster-wide default_text_search_config must name a configuration that exists in every
database: only the built-in `pg_catalog` ones do. One created in a single database is set
on that database instead (ALTER DATABASE ... SET).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .errors import ConfigError
from .postgres_parameters import check_parameters, parse_number, unit_size

MB = 2**20
# wal_level values CloudNativePG's Cluster webhook (validateConfiguration) accepts with
# archive_mode on, which the operator always sets: 'minimal' is refused with archiving.
WAL_LEVELS = ("replica", "logical")
# Parameters the operator owns (CloudNativePG's FixedConfigurationParameters): its webhook
# refuses the blocked ones, and it overwrites the fixed ones with its own value, so setting
# them would be refused or silently do nothing. Those later releases opened to users (the
# TLS protocol versions and ciphers, wal_level, archive_timeout) are not listed.
OPERATOR_OWNED = frozenset(
    {
        "allow_system_table_mods",
        "archive_cleanup_command",
        "archive_command",
        "archive_mode",
        "bonjour",
        "bonjour_name",
        "cluster_name",
        "config_file",
        "data_directory",
        "data_sync_retry",
        "event_source",
        "external_pid_file",
        "full_page_writes",
        "hba_file",
        "hot_standby",
        "huge_pages",
        "ident_file",
        "jit_provider",
        "listen_addresses",
        "log_destination",
        "log_directory",
        "log_file_mode",
        "log_filename",
        "log_rotation_age",
        "log_rotation_size",
        "log_truncate_on_rotation",
        "logging_collector",
        "port",
        "primary_conninfo",
        "primary_slot_name",
        "promote_trigger_file",
        "recovery_end_command",
        "recovery_min_apply_delay",
        "recovery_target",
        "recovery_target_action",
        "recovery_target_inclusive",
        "recovery_target_lsn",
        "recovery_target_name",
        "recovery_target_time",
        "recovery_target_timeline",
        "recovery_target_xid",
        "restart_after_crash",
        "restore_command",
        "shared_preload_libraries",
        "ssl",
        "ssl_ca_file",
        "ssl_cert_file",
        "ssl_key_file",
        "ssl_passphrase_command",
        "ssl_passphrase_command_supports_reload",
        "stats_temp_directory",
        "synchronous_standby_names",
        "syslog_facility",
        "syslog_ident",
        "syslog_sequence_numbers",
        "syslog_split_messages",
        "unix_socket_directories",
        "unix_socket_group",
        "unix_socket_permissions",
        "wal_log_hints",
    }
)


def _size_bytes(where: str, key: str, value: str, default_unit: str = "kB") -> int:
    """A PostgreSQL size in bytes, read as PostgreSQL reads it (postgres_parameters); a bare
    number is in the parameter's own unit (kB for most memory settings, 8kB pages for
    effective_cache_size, MB for the WAL sizes)."""
    amount = parse_number(value, default_unit)
    if amount is None or not math.isfinite(amount) or amount < 0:
        raise ConfigError(where, f"parameters[{key!r}]", value, "a size with a PostgreSQL unit such as '512MB' or '2GB' (or kB)")
    return round(amount * unit_size(default_unit)[1])


def _mb(amount: int) -> str:
    return f"{max(amount // MB, 1)}MB"


# Share of the volume holding pg_wal that max_wal_size (plus what is kept on purpose) may
# take: the rest absorbs PostgreSQL's overshoot of its soft limit and, on a shared volume,
# leaves room for the data.
WAL_SHARE_SHARED = 4  # at most 1/4 of the data volume when WAL lives on it
WAL_SHARE_DEDICATED = 2  # at most 1/2 of a dedicated WAL volume
WAL_SEGMENT = 16 * MB
# Text search configurations that exist in every database (template0/1 carry them).
BUILTIN_TS_SCHEMA = "pg_catalog"


def _check_text_search_config(where: str, merged: Mapping[str, str]) -> None:
    value = merged.get("default_text_search_config")
    if value is None:
        return
    schema, dot, _name = value.strip().strip("'\"").rpartition(".")
    if dot and schema != BUILTIN_TS_SCHEMA:
        raise ConfigError(
            where,
            "parameters['default_text_search_config']",
            value,
            "a built-in configuration ('pg_catalog.english', 'simple', ...) that exists in every database",
            "a configuration created in one database belongs to that database: set it there "
            "(ALTER DATABASE <name> SET default_text_search_config = ...) and drop it from the cluster parameters",
        )


def _check_wal(where: str, merged: Mapping[str, str], volume_bytes: int, dedicated: bool) -> None:
    share = WAL_SHARE_DEDICATED if dedicated else WAL_SHARE_SHARED
    volume = "wal_storage" if dedicated else "storage (WAL shares the data volume)"
    allowed = volume_bytes // share
    max_wal = _size_bytes(where, "max_wal_size", merged["max_wal_size"], "MB")
    min_wal = _size_bytes(where, "min_wal_size", merged["min_wal_size"], "MB")
    if min_wal < 2 * WAL_SEGMENT:
        raise ConfigError(where, "parameters['min_wal_size']", merged["min_wal_size"], "at least 32MB (two WAL segments)")
    if min_wal >= max_wal:  # the Cluster webhook refuses equal sizes too (validateWalSizeConfiguration)
        raise ConfigError(
            where,
            "parameters['min_wal_size']",
            merged["min_wal_size"],
            f"less than max_wal_size ({merged['max_wal_size']})",
            "lower min_wal_size or raise max_wal_size",
        )
    kept = {
        key: _size_bytes(where, key, merged[key], "MB")
        for key in ("wal_keep_size", "max_slot_wal_keep_size")
        if key in merged and merged[key].strip() != "-1"
    }
    needed = max_wal + sum(kept.values())
    if needed > allowed:
        names = " + ".join(["max_wal_size", *kept])
        raise ConfigError(
            where,
            "parameters",
            {k: merged[k] for k in ("max_wal_size", *kept)},
            f"{names} at most 1/{share} of the {volume} ({volume_bytes // MB}MB): {allowed // MB}MB; these need {needed // MB}MB",
            "lower max_wal_size, or give the WAL more room (a larger volume or a dedicated wal_storage): "
            "a full WAL volume stops PostgreSQL",
        )


def _derived_wal(volume_bytes: int, dedicated: bool) -> tuple[str, str]:
    """max_wal_size and min_wal_size for a volume: 4GB and 1GB where it has room, else the
    largest max_wal_size the volume allows (whole MB) and a quarter of it as the minimum."""
    allowed = volume_bytes // (WAL_SHARE_DEDICATED if dedicated else WAL_SHARE_SHARED)
    max_wal = max(min(4 * 2**30, allowed), 4 * WAL_SEGMENT)
    min_wal = max(min(2**30, max_wal // 4), 2 * WAL_SEGMENT)
    return _wal_size(max_wal), _wal_size(min_wal)


def _wal_size(amount: int) -> str:
    return f"{amount // 2**30}GB" if amount % 2**30 == 0 else _mb(amount)


def _check_units(where: str, overrides: Mapping[str, str]) -> None:
    """shared_buffers needs a unit: PostgreSQL reads a bare number as 8kB buffers, while
    CloudNativePG's webhook reads it as MB (and warns that a unit will be required), so the
    two disagree by a factor of 128. wal_level must be one the webhook accepts."""
    value = overrides.get("shared_buffers")
    if value is not None and value.strip().isdigit():
        raise ConfigError(
            where,
            "parameters['shared_buffers']",
            value,
            "a size with a unit such as '1GB' or '512MB'",
            "PostgreSQL reads a bare number as 8kB buffers, CloudNativePG as MB: write the unit",
        )
    level = overrides.get("wal_level")
    if level is not None and level not in WAL_LEVELS:
        raise ConfigError(
            where,
            "parameters['wal_level']",
            level,
            "one of " + ", ".join(repr(v) for v in WAL_LEVELS),
            "CloudNativePG refuses other values ('minimal' too: the operator always archives WAL)",
        )


def tuned_parameters(
    where: str,
    major: int,
    memory_limit_bytes: int,
    max_connections: int,
    overrides: Mapping[str, str],
    wal_volume_bytes: int,
    wal_dedicated: bool,
) -> dict[str, str]:
    """Derived defaults merged with `overrides`, each value one PostgreSQL `major` reads
    (postgres_parameters), validated to fit in memory_limit_bytes and, for the WAL sizes, on
    the volume of wal_volume_bytes that holds pg_wal (wal_dedicated: a volume of its own rather
    than the data volume)."""
    for key, value in overrides.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise ConfigError(where, "parameters", {key: value}, "string keys and string values (quote numbers)")
        if key in OPERATOR_OWNED:
            raise ConfigError(
                where, f"parameters[{key!r}]", value, "a parameter CloudNativePG does not manage itself", "remove it; the operator sets it"
            )
        if key == "max_connections":
            raise ConfigError(
                where, "parameters['max_connections']", value, "not here", "use the max_connections prop, which also sizes work_mem"
            )

    check_parameters(where, major, overrides)
    _check_units(where, overrides)
    shared_buffers = memory_limit_bytes // 4
    maintenance = min(memory_limit_bytes // 16, 2 * 2**30)
    if "shared_buffers" in overrides:
        shared_buffers = _size_bytes(where, "shared_buffers", overrides["shared_buffers"])
    if "maintenance_work_mem" in overrides:
        maintenance = _size_bytes(where, "maintenance_work_mem", overrides["maintenance_work_mem"])
    work_mem = max((memory_limit_bytes - shared_buffers - maintenance) // (max_connections * 2), 4 * MB)
    max_wal, min_wal = _derived_wal(wal_volume_bytes, wal_dedicated)
    if "max_wal_size" in overrides and "min_wal_size" not in overrides:
        # The derived minimum follows an explicit maximum (a quarter of it), so that it stays
        # below it as CloudNativePG requires.
        explicit_max = _size_bytes(where, "max_wal_size", overrides["max_wal_size"], "MB")
        min_wal = _wal_size(max(min(_size_bytes(where, "min_wal_size", min_wal, "MB"), explicit_max // 4), 2 * WAL_SEGMENT))

    derived = {
        "max_connections": str(max_connections),
        "shared_buffers": _mb(shared_buffers),
        "effective_cache_size": _mb(memory_limit_bytes * 3 // 4),
        "maintenance_work_mem": _mb(maintenance),
        "work_mem": _mb(work_mem),
        "wal_buffers": "16MB",
        "min_wal_size": min_wal,
        "max_wal_size": max_wal,
        "checkpoint_completion_target": "0.9",
        "checkpoint_timeout": "15min",
        # SSD storage: random reads cost about as much as sequential ones.
        "random_page_cost": "1.1",
        "effective_io_concurrency": "200",
        "default_statistics_target": "100",
    }
    merged = {**derived, **dict(overrides)}
    check_parameters(where, major, derived)

    budget = (
        _size_bytes(where, "shared_buffers", merged["shared_buffers"])
        + _size_bytes(where, "maintenance_work_mem", merged["maintenance_work_mem"])
        + max_connections * _size_bytes(where, "work_mem", merged["work_mem"])
    )
    if budget > memory_limit_bytes:
        raise ConfigError(
            where,
            "parameters",
            {k: merged[k] for k in ("shared_buffers", "maintenance_work_mem", "work_mem")},
            f"shared_buffers + maintenance_work_mem + max_connections ({max_connections}) x work_mem "
            f"within the memory limit ({memory_limit_bytes // MB}MB); these need {budget // MB}MB",
            "lower them, lower max_connections, or raise resources.memory_limit",
        )
    # PostgreSQL reads a bare effective_cache_size as 8kB pages (work_mem and
    # maintenance_work_mem as kB, the WAL sizes as MB).
    cache = _size_bytes(where, "effective_cache_size", merged["effective_cache_size"], "8kB")
    if cache > memory_limit_bytes:
        raise ConfigError(
            where,
            "parameters['effective_cache_size']",
            merged["effective_cache_size"],
            f"at most the memory limit ({memory_limit_bytes // MB}MB)",
        )
    _check_wal(where, merged, wal_volume_bytes, wal_dedicated)
    _check_text_search_config(where, merged)
    return dict(sorted(merged.items()))
