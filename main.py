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
    argv = sys.argv[1:]
    try:
        # Needs neither node nor the site: it answers their failures.
        from dirtbike_site import failures
    except KeyboardInterrupt:
        print("synth interrupted while starting; nothing written", file=sys.stderr)
        return INTERRUPTED

    def start() -> int:
        # Importing the site starts the jsii runtime (node) and runs environments.py: a
        # failure of either is answered like any other, not as a traceback.
        from dirtbike_site.cli import main

        return main(argv)

    return failures.guarded(start, debug="--debug" in argv)


def _quiet_jsii_finalizers(unraisable: "sys.UnraisableHookArgs") -> None:
    # When node is missing or dies, the jsii runtime's process object fails again while it is
    # collected ("Exception ignored in _NodeProcess.__del__"): after the answer, that is noise.
    module = getattr(unraisable.object, "__module__", None) or type(unraisable.object).__module__
    if str(module).startswith("jsii"):
        return
    sys.__unraisablehook__(unraisable)


if __name__ == "__main__":
    sys.unraisablehook = _quiet_jsii_finalizers
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    code = _run()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: after an interrupt the jsii runtime's finalizers print
    # tracebacks about the node process that is already gone.
    os._exit(code)
