"""scripts/test.sh, what `make test` runs after its dist/ check: the suite and, beside it, the
twin's tests in a session of their own. Run here with a stand-in Python (tests/fakes/test-python)
in a copy of the script's folder, so nothing of the real run beside these is touched."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import ROOT, end_leftovers, process_start_time

FAKE_PYTHON = Path(__file__).parent / "fakes" / "test-python"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "test.sh", tmp_path / "scripts" / "test.sh")
    return tmp_path


def start(checkout: Path, **fake: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHON": str(FAKE_PYTHON),
        "FAKE_LOG": str(checkout / "calls"),
        **{f"FAKE_{k.upper()}": v for k, v in fake.items()},
    }
    return subprocess.Popen(
        ["bash", str(checkout / "scripts" / "test.sh"), "-k", "chosen"],
        cwd=checkout,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def calls(checkout: Path) -> list[str]:
    return (checkout / "calls").read_text().splitlines()


def test_both_parts_run_and_the_twin_is_ended(checkout: Path) -> None:
    run = start(checkout)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 0, err
    assert "suite ran" in out and "twin ran" in out  # the twin's part shown after the suite's
    assert out.index("suite ran") < out.index("twin ran")
    assert sorted(calls(checkout)) == sorted(
        [
            "-m pytest -q -p no:cacheprovider tests/twin",
            "-m pytest -q -n auto --dist worksteal --ignore=tests/twin -k chosen",  # arguments go to the suite
            "-m twin.control stop",
        ]
    )
    assert (checkout / "build" / "test-twin.log").read_text() == "twin ran\n"


@pytest.mark.parametrize("suite, twin", [("1", "0"), ("0", "3"), ("2", "3")])
def test_the_run_fails_when_either_part_fails(checkout: Path, suite: str, twin: str) -> None:
    run = start(checkout, suite_rc=suite, twin_rc=twin)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 1
    assert err.strip().splitlines()[-1] == f"test: failed (the suite exited {suite}, tests/twin exited {twin})"
    assert calls(checkout)[-1] == "-m twin.control stop"


def test_an_interrupt_ends_both_parts_and_the_twin(checkout: Path) -> None:
    """Ctrl-C reaches the suite (the terminal's process group); the twin's tests run in a session
    of their own and are ended by the script, then the twin is stopped."""
    hang = checkout / "hang"
    run = start(checkout, hang=str(hang))
    started: dict[str, str | None] = {}
    err = ""
    try:
        while not (hang.exists() and len(hang.read_text().split()) == 2):
            assert run.poll() is None, run.communicate()
            time.sleep(0.05)
        started = {pid: process_start_time(pid) for pid in hang.read_text().split()}
        os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=60)
    finally:
        left = end_leftovers(run, hang, started)
    assert run.returncode == 130
    assert "test: interrupted" in err
    assert left == []
    assert calls(checkout)[-1] == "-m twin.control stop"


def test_shellcheck_clean() -> None:
    if not shutil.which("shellcheck"):
        pytest.skip("shellcheck not installed (apt-get install shellcheck; .ci/run installs it)")
    subprocess.run(["shellcheck", str(ROOT / "scripts" / "test.sh"), str(FAKE_PYTHON)], check=True)
