"""A check that runs in the background while the rehearsal acts: `tick` every `interval`
seconds on a thread of its own, from entering the `with` block until leaving it."""

from __future__ import annotations

import threading
from typing import Self


class Poller:
    #: Seconds between two ticks.
    interval: float = 1.0

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name=type(self).__name__, daemon=True)

    def tick(self) -> None:
        raise NotImplementedError

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self.tick()

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
