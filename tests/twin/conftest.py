"""One twin per cluster for the whole run, in a state folder of the tests' own (a developer's
`make twin` is left alone), ended when the run ends, however it ends."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from twin import control


@pytest.fixture(scope="session")
def bin_dir() -> Path:
    try:
        return control.binaries()
    except control.TwinError as error:
        pytest.fail(f"the twin cannot be built: {error}")


@pytest.fixture(scope="session")
def twins(bin_dir: Path) -> Iterator[dict[str, control.Twin]]:
    from dirtbike_site import environments

    assert os.environ.get("DIRTBIKE_TWIN_STATE"), "tests/conftest.py gives the tests a twin of their own"
    # A run ended by SIGTERM (a time limit, a CI cancel) unwinds like Ctrl-C, so the twins stop.
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield control.start_all(sorted(environments.CLUSTERS), bin_dir)
    finally:
        control.stop_all()
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")
