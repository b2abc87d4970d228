"""Synthesize the platform: every environment into dist/<env>/ (see dirtbike_site/cli.py).

Exit codes: 0 done, 1 check failed, 2 bad input, 3 environment problem, 4 internal error,
130 interrupted (dirtbike_site/failures.py)."""

import os
import signal
import sys

# jsii prints a large end-of-life banner for Node 20 on every run; the project supports Node 20.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
INTERRUPTED = 130


def _interrupt(signum: int, frame: object) -> None:
    # Ctrl-C reaches the jsii runtime (node) too, which then fails its pipe: whatever Python
    # reports next is the interrupt, not an error of its own.
    raise KeyboardInterrupt


def _run() -> int:
    try:
        from dirtbike_site.cli import main
    except KeyboardInterrupt:
        print("synth interrupted while starting; nothing written", file=sys.stderr)
        return INTERRUPTED
    return main(sys.argv[1:])


if __name__ == "__main__":
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    code = _run()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: after an interrupt the jsii runtime's finalizers print
    # tracebacks about the node process that is already gone.
    os._exit(code)
