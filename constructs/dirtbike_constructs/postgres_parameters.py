"""PostgreSQL parameters checked as the server reads them, against the parameter table of the
operand's major version (`pg_settings.json`: names, types, units, ranges, enum values and
contexts, taken from a real server's pg_settings by scripts/pg_settings_table.py).

A postgresql.conf PostgreSQL cannot read stops it at start: an unknown name, a value of the
wrong type or unit, out of range or not one of the enum's values. So each is refused here, with
the closest name for a misspelling. Names with a dot are an extension's: those of an extension
the table holds (pg_stat_statements, auto_explain) are checked like the others; a prefix that is
not one of them is left to its extension, unless it is a near-miss of a known prefix.

Values are read as PostgreSQL's own parser does (guc.c): booleans and their unique prefixes,
integers and reals with an optional unit of the parameter's kind (memory B, kB, MB, GB, TB;
time us, ms, s, min, h, d), rounded to the parameter's own unit, enum values case-insensitively
(enums offering on and off also take the boolean spellings PostgreSQL hides from pg_settings).
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .errors import ConfigError

#: Bytes of each memory unit PostgreSQL reads (case-sensitive).
MEMORY_UNITS = {"B": 1, "kB": 2**10, "MB": 2**20, "GB": 2**30, "TB": 2**40}
#: Milliseconds of each time unit PostgreSQL reads.
TIME_UNITS = {"us": 0.001, "ms": 1, "s": 1000, "min": 60_000, "h": 3_600_000, "d": 86_400_000}
_NUMBER = re.compile(
    r"\s*(?P<number>[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0[xX][0-9a-fA-F]+|inf(?:inity)?|nan))\s*(?P<unit>[A-Za-z]*)\s*",
    re.IGNORECASE,
)
_BOOL_WORDS = ("true", "false", "yes", "no", "on", "off")
INT_MAX = 2**31 - 1


@dataclass(frozen=True)
class Parameter:
    """One row of pg_settings."""

    name: str
    vartype: str
    unit: str | None
    min_val: str | None
    max_val: str | None
    enumvals: tuple[str, ...]
    context: str


#: The data file, shipped in the wheel beside this module.
TABLE_FILE = "pg_settings.json"


@functools.cache
def _file() -> Mapping[str, Any]:
    loaded: Mapping[str, Any] = json.loads(resources.files("dirtbike_constructs").joinpath(TABLE_FILE).read_text(encoding="utf-8"))
    return loaded


def majors() -> tuple[int, ...]:
    """The major versions the library holds a parameter table for."""
    return tuple(int(m) for m in _file()["majors"])


@functools.cache
def table(major: int) -> Mapping[str, Parameter] | None:
    """The parameters of PostgreSQL `major`, by name; None when the library holds no table for it."""
    held = _file()["majors"].get(str(major))
    if held is None:
        return None
    return {
        name: Parameter(name, row["vartype"], row["unit"], row["min_val"], row["max_val"], tuple(row["enumvals"] or ()), row["context"])
        for name, row in held["parameters"].items()
    }


def unit_size(unit: str) -> tuple[str, float]:
    """('memory', bytes) or ('time', milliseconds) of a pg_settings unit such as '8kB' or 'min'."""
    match = re.fullmatch(r"([0-9]*)([A-Za-z]+)", unit)
    count = int(match.group(1) or 1) if match else 0
    name = match.group(2) if match else ""
    if name in MEMORY_UNITS:
        return "memory", count * MEMORY_UNITS[name]
    if name in TIME_UNITS:
        return "time", count * TIME_UNITS[name]
    raise ValueError(f"unknown pg_settings unit {unit!r}")


def parse_bool(value: str) -> bool | None:
    """PostgreSQL's boolean reading (parse_bool): true/false/yes/no/on/off in any case and any
    unique prefix of them ('on' and 'off' need two letters), 1 and 0; None if it is none."""
    low = value.lower()
    if low in ("1", "0"):
        return low == "1"
    if low.startswith("o") and len(low) < 2:
        return None
    for word in _BOOL_WORDS:
        if low and word.startswith(low):
            return word in ("true", "yes", "on")
    return None


def parse_number(value: str, unit: str | None) -> float | None:
    """The value in the parameter's own unit (a bare number is in it already), as PostgreSQL's
    parse_int/parse_real read it before rounding; None when it is not a number, or its unit is
    not one of the parameter's kind."""
    match = _NUMBER.fullmatch(value)
    if not match:
        return None
    text = match.group("number")
    number = float.fromhex(text) if text.lower().lstrip("+-").startswith("0x") else float(text)
    given = match.group("unit")
    if not given:
        return number
    if unit is None:
        return None
    kind, base = unit_size(unit)
    units = MEMORY_UNITS if kind == "memory" else TIME_UNITS
    if given not in units:
        return None
    return number * units[given] / base


def _kind_of(parameter: Parameter) -> str:
    if parameter.vartype == "bool":
        return "on or off (also true/false, yes/no, 1/0)"
    if parameter.vartype == "enum":
        return "one of " + ", ".join(parameter.enumvals)
    if parameter.vartype == "string":
        return "a string"
    number = "an integer" if parameter.vartype == "integer" else "a number"
    bounds = f" from {parameter.min_val} to {parameter.max_val}" + (f" {parameter.unit}" if parameter.unit else "")
    if parameter.unit is None:
        return number + bounds + ", without a unit"
    kind, _ = unit_size(parameter.unit)
    units = ", ".join(MEMORY_UNITS if kind == "memory" else TIME_UNITS)
    return f"{number}{bounds}; a bare number is in {parameter.unit}, or give a {kind} unit ({units})"


def value_problem(parameter: Parameter, value: str) -> str | None:
    """Why PostgreSQL would refuse `value` for `parameter`, or None."""
    if parameter.vartype == "bool":
        return None if parse_bool(value) is not None else "not a boolean"
    if parameter.vartype == "enum":
        choices = {v.lower() for v in parameter.enumvals}
        if value.lower() in choices or ({"on", "off"} <= choices and parse_bool(value) is not None):
            return None
        return "not one of its values"
    if parameter.vartype == "string":
        return None
    number = parse_number(value, parameter.unit)
    if number is None or math.isnan(number):
        return "not a number of its kind" + (" (it takes no unit)" if parameter.unit is None else f" (its unit is {parameter.unit})")
    if parameter.vartype == "integer":
        number = float(round(number)) if math.isfinite(number) else number
        if abs(number) > INT_MAX:
            return "beyond an integer's range"
    low = float(parameter.min_val) if parameter.min_val is not None else -math.inf
    high = float(parameter.max_val) if parameter.max_val is not None else math.inf
    if not low <= number <= high:
        shown = f"{number:g} {parameter.unit}" if parameter.unit else f"{number:g}"
        return f"out of range ({shown})"
    return None


def check_parameters(where: str, major: int, parameters: Mapping[str, str]) -> None:
    """Each parameter as PostgreSQL `major` would read it from postgresql.conf; ConfigError for
    the first it would refuse. Majors the library holds no table for are not checked here."""
    held = table(major)
    if held is None:
        return
    # Parameter names are case-insensitive (DateStyle, datestyle).
    known = {key.lower(): parameter for key, parameter in held.items()}
    prefixes = sorted({key.split(".", 1)[0] for key in known if "." in key})
    for name, value in parameters.items():
        field = f"parameters[{name!r}]"
        if "." in name:
            prefix = name.split(".", 1)[0].lower()
            if prefix not in prefixes:
                near = difflib.get_close_matches(prefix, prefixes, n=1, cutoff=0.8)
                if near:
                    raise ConfigError(
                        where,
                        field,
                        value,
                        f"a parameter of an extension; did you mean {near[0]}.*?",
                        f"write {near[0]}.{name.split('.', 1)[1]}",
                    )
                continue  # an extension the table does not hold reads its own parameters
        parameter = known.get(name.lower())
        if parameter is None:
            near = difflib.get_close_matches(name.lower(), list(known), n=1, cutoff=0.75)
            raise ConfigError(
                where,
                field,
                value,
                f"a parameter of PostgreSQL {major}",
                (f"did you mean {known[near[0]].name!r}? " if near else "")
                + f"PostgreSQL {major} does not start with a parameter it does not know (it may belong to another major version)",
            )
        if parameter.context == "internal":
            raise ConfigError(
                where, field, value, "a parameter that can be set", f"{name} is fixed when PostgreSQL is built or initialised: remove it"
            )
        problem = value_problem(parameter, value)
        if problem is not None:
            raise ConfigError(where, field, value, _kind_of(parameter), f"PostgreSQL {major} refuses it: {problem}")
