"""Count the bad inputs the project's own tests try, by class of issue 27's eight, and how many
each shared validator refuses.

    python scripts/count_bad_inputs.py [pytest arguments]     default: the suite without the twin

Method: the suite runs with this file as a pytest plugin, which records every ConfigError made
while a test runs: the test, the innermost function of the library or the site that made it
(the validator) and what was refused (where, field, value). One bad input is one distinct
(test, where, field, value): a value refused twice in one test counts once. Its class comes
from the test file where that file holds one class (tests/test_input_*.py and the rules' own
files), else from the validator (VALIDATOR_CLASS); what neither places is counted as
'unclassed'. Deterministic for a given suite; it counts, it does not judge."""

from __future__ import annotations

import collections
import functools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OWN = (str(ROOT / "constructs" / "dirtbike_constructs"), str(ROOT / "dirtbike_site"))
CLASSES = {
    1: "patterns and control characters",
    2: "derived names",
    3: "label values and selectors",
    4: "credentials in clear",
    5: "values refused later (cluster, operand, scheduler)",
    6: "environments that collide",
    7: "shapes (tracebacks)",
    8: "messages that point at the wrong thing",
}
# Test files that hold bad inputs of one class (a file of two classes is split by validator).
FILE_CLASS = {
    "test_input_text.py": 1,
    "test_input_names.py": 2,
    "test_input_labels.py": 3,
    "test_input_credentials.py": 4,
    "test_input_operand_rules.py": 5,
    "test_postgres_parameters.py": 5,
    "test_pod_fit.py": 5,
    "test_input_entry_points.py": 7,
}
# validator (module.function, or module.* for all of a module) -> class
VALIDATOR_CLASS = {
    "_text.*": 1,
    "_names.*": 2,
    "_validate.dns_label": 2,
    "_validate.dns_subdomain": 2,
    "_validate.labelled_name": 2,
    "_labels.*": 3,
    "_validate.label_map": 3,
    "_validate.label_value": 3,
    "_validate.qualified_name": 3,
    "_validate.prometheus_labels": 3,
    "_validate.no_credential": 4,
    "credentials.*": 4,
    "postgres_parameters.*": 5,
    "postgres_tuning.*": 5,
    "pod_fit.*": 5,
    "_validate.cron": 5,
    "_validate.memory_bytes": 5,
    "_validate.cpu_millis": 5,
    "_validate.requests_within_limits": 5,
    "_validate.annotation_map": 5,
    "invariants.*": 5,
    "pod_security.*": 5,
    "k3s_server_config.*": 5,
    "cnpg_cluster.backup_schedule": 5,
    "_labels._check_annotations": 5,
    "environments.check_environments": 6,
    "_validate.sequence_of": 7,
    "_validate.mapping": 7,
    "_validate.instance_of": 7,
    "_validate.string_map": 7,
    "_validate.time_zone": 8,
    "_validate.go_duration": 8,
    "_validate.port": 8,
    "_validate._not_an_integer": 8,
    "_validate.hostname": 8,
}
#: The modules of shared validators: rules any construct (or the site) calls, each rule in one place.
SHARED = ("_validate", "_text", "_labels", "_names", "postgres_parameters", "pod_fit", "pod_security", "quantities", "environments")
_RECORDS: list[dict[str, Any]] = []
_CURRENT: list[str] = []


def validator_of(frame: Any) -> str:
    """module.function of the innermost frame in the library or the site below ConfigError."""
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(OWN) and not name.endswith("errors.py"):
            return f"{Path(name).stem}.{frame.f_code.co_name}"
        frame = frame.f_back
    return "outside the library"


def class_of(test_file: str, validator: str) -> int | None:
    if test_file in FILE_CLASS:
        return FILE_CLASS[test_file]
    module = validator.split(".", 1)[0]
    found = VALIDATOR_CLASS.get(validator, VALIDATOR_CLASS.get(f"{module}.*"))
    if test_file == "test_input_shapes_and_messages.py":
        return 7 if found == 7 else 8
    if test_file == "test_input_collisions_and_later_refusals.py":
        return 6 if found == 6 or "namespace" in validator else 5
    return found


# --- the pytest plugin -------------------------------------------------------------------------


def pytest_configure(config: Any) -> None:
    from dirtbike_constructs.errors import ConfigError

    original = ConfigError.__init__

    @functools.wraps(original)  # keeps the original's signature and type hints for the tests that read them
    def recording(self: Any, where: str, field: str, value: object, allowed: str, fix: str | None = None) -> None:
        original(self, where, field, value, allowed, fix)
        if _CURRENT:
            _RECORDS.append(
                {"test": _CURRENT[-1], "validator": validator_of(sys._getframe(1)), "what": f"{where}|{field}|{repr(value)[:200]}"}
            )

    setattr(ConfigError, "__init__", recording)


def pytest_runtest_setup(item: Any) -> None:
    _CURRENT.append(item.nodeid)


def pytest_runtest_teardown(item: Any) -> None:
    _CURRENT.clear()


def pytest_unconfigure(config: Any) -> None:
    out = os.environ.get("COUNT_BAD_INPUTS_DIR")
    if out:
        worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
        Path(out, f"{worker}.json").write_text(json.dumps(_RECORDS))


# --- the count ---------------------------------------------------------------------------------


def summarize(records: list[dict[str, Any]]) -> str:
    distinct = {(r["test"], r["what"]): r for r in records}
    by_class: collections.Counter[int | None] = collections.Counter()
    by_validator: collections.Counter[str] = collections.Counter()
    tests_by_class: dict[int | None, set[str]] = collections.defaultdict(set)
    for (test, _), record in distinct.items():
        test_file = test.split("::")[0].rsplit("/", 1)[-1]
        klass = class_of(test_file, record["validator"])
        by_class[klass] += 1
        tests_by_class[klass].add(test)
        by_validator[record["validator"]] += 1
    lines = [f"bad inputs tried: {len(distinct)} (in {len({t for t, _ in distinct})} test cases)", "", "by class:"]
    for klass in [*CLASSES, None]:
        label = f"{klass}. {CLASSES[klass]}" if klass else "unclassed"
        lines.append(f"  {label:<58} {by_class[klass]:>6} inputs in {len(tests_by_class[klass]):>5} test cases")
    shared = [(name, count) for name, count in by_validator.most_common() if name.split(".", 1)[0] in SHARED]
    lines += ["", "shared validators (module.function that refused):"]
    lines += [f"  {name:<58} {count:>6}" for name, count in shared]
    lines.append(f"  {'all shared validators':<58} {sum(c for _, c in shared):>6}")
    lines += ["", "other refusals, by the construct or function that made them:"]
    lines += [f"  {name:<58} {count:>6}" for name, count in by_validator.most_common() if name.split(".", 1)[0] not in SHARED]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as out:
        env = {
            **os.environ,
            "COUNT_BAD_INPUTS_DIR": out,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), os.environ.get("PYTHONPATH", "")]),
        }
        args = argv or ["-n", "auto", "--ignore=tests/twin", "tests"]
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "count_bad_inputs", *args], cwd=ROOT, env=env)
        records = [r for path in sorted(Path(out).glob("*.json")) for r in json.loads(path.read_text())]
    print(summarize(records))
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
