"""How the command-line entry points answer a failure: a few lines saying what went wrong,
where (file and line of the site code for a mistake made there) and what to do, and an exit
code that tells the kind of failure apart. `--debug` adds the full traceback.

Exit codes (README "Exit codes"):
    0  success
    1  check failed: dist/ is stale or holds leftovers of an interrupted synthesis
    2  bad input: a ConfigError, a mistake in the site code (wrong prop name or type), usage
    3  environment problem: file system (permissions, space, read-only), another synthesis
       holding dist/, Node.js or the jsii runtime missing or failing
    4  internal error: a defect of the library or the tools (please report with --debug)
  130  interrupted (Ctrl-C or SIGTERM); dist/ is left whole (see tree_writer)
"""

from __future__ import annotations

import contextlib
import errno
import io
import linecache
import re
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType
from typing import TextIO

from dirtbike_constructs import ConfigError
from dirtbike_constructs.tree_writer import OutputBusy

OK, STALE, BAD_INPUT, ENVIRONMENT, INTERNAL, INTERRUPTED = 0, 1, 2, 3, 4, 130

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "dirtbike_site"
# The tools themselves: a frame there is not where the user's mistake is.
_TOOL_FILES = {SITE / "cli.py", SITE / "failures.py", SITE / "applyinfo.py"}
# Mistakes Python itself reports when a call is wrong: a misspelled prop, a wrong type.
_CALL_MISTAKES = (TypeError, ValueError, AttributeError, KeyError, IndexError, NameError, ImportError)


@dataclass(frozen=True)
class Answer:
    code: int
    lines: list[str]


def site_frame(tb: TracebackType | None) -> tuple[str, int, str] | None:
    """The innermost frame in the site code (dirtbike_site/, main.py): file relative to the
    repository, line number and the source line."""
    found = None
    for frame, line in traceback.walk_tb(tb):
        path = Path(frame.f_code.co_filename).resolve()
        if path in _TOOL_FILES or not (path.is_relative_to(SITE) or path == ROOT / "main.py"):
            continue
        source = linecache.getline(str(path), line).strip()
        if source.startswith("raise "):
            continue  # the site's own check: the call that failed it is the place to look
        found = (path.relative_to(ROOT).as_posix(), line, source)
    return found


def _innermost(tb: TracebackType | None) -> str:
    frames = list(traceback.walk_tb(tb))
    if not frames:
        return "?"
    frame, line = frames[-1]
    path = Path(frame.f_code.co_filename)
    shown = path.resolve().relative_to(ROOT).as_posix() if path.resolve().is_relative_to(ROOT) else path.name
    return f"{shown}:{line}"


def _at(site: tuple[str, int, str] | None) -> list[str]:
    if site is None:
        return []
    file, line, source = site
    return [f"  at {file}:{line}" + (f": {source}" if source else "")]


def _untouched(outdir: Path | None) -> str:
    return f"{outdir.name}/ left as it was" if outdir is not None else "nothing written"


def _os_fix(error: OSError, outdir: Path | None) -> str:
    target = error.filename or outdir or "the output folder"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"make {outdir or target} writable (e.g. chmod -R u+w {outdir or target}) or write elsewhere with --outdir"
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "free disk space, then run again (dist/ was left whole)"
    if error.errno in (errno.EEXIST, errno.ENOTDIR):
        return f"{target} is a file: give --outdir a folder"
    if error.errno == errno.ENOENT and "node" in str(error.filename or ""):
        return "install Node.js 20 and run `make setup` (cdk8s runs on the jsii runtime, which needs node)"
    return f"check {target}, then run again"


def explain(error: BaseException, *, outdir: Path | None = None, action: str = "synth") -> Answer:
    """What to tell the user about `error`, and the exit code."""
    tb = error.__traceback__
    site = site_frame(tb)
    if isinstance(error, KeyboardInterrupt):
        return Answer(
            INTERRUPTED, [f"{action} interrupted; dist/ is whole (an unfinished write is completed or dropped by the next synth)"]
        )
    if isinstance(error, ConfigError):
        return Answer(BAD_INPUT, [f"{action} failed, {_untouched(outdir)}: {error}", *_at(site)])
    node = _node_failure(error)
    if node is not None:
        return Answer(
            ENVIRONMENT,
            [
                f"{action} failed, {_untouched(outdir)}: Node.js is missing or failing ({node})",
                "  fix: install Node.js 20 or newer (`node --version`), then run `make setup`; cdk8s runs on the jsii runtime, which needs node",
            ],
        )
    if isinstance(error, OutputBusy):
        return Answer(
            ENVIRONMENT,
            [
                f"{action} failed: {error}",
                "  fix: wait for it to finish, or stop it; a killed run's leftovers are cleared by the next synth",
            ],
        )
    if isinstance(error, OSError):
        return Answer(ENVIRONMENT, [f"{action} failed: {type(error).__name__}: {error}", f"  fix: {_os_fix(error, outdir)}"])
    if site is not None and isinstance(error, _CALL_MISTAKES):
        called = re.search(r"\b([A-Z]\w*)(?:\.__init__)?\(", f"{error} {site[2]}")
        reference = f"help(dirtbike_constructs.{called.group(1)})" if called else "the construct's docstring"
        return Answer(
            BAD_INPUT,
            [
                f"{action} failed, {_untouched(outdir)}: {type(error).__name__}: {error}",
                *_at(site),
                f"  fix: correct the call at that line; its props, their types and defaults: {reference}",
            ],
        )
    if type(error).__module__.startswith("jsii") or "jsii" in type(error).__name__.lower():
        return Answer(
            ENVIRONMENT if site is None else BAD_INPUT,
            [
                f"{action} failed in the jsii runtime: {str(error).splitlines()[0] if str(error) else type(error).__name__}",
                *_at(site),
                "  fix: run `make setup` (Node.js 20 and the npm packages), then run again with --debug if it persists",
            ],
        )
    return Answer(
        INTERNAL,
        [
            f"{action} failed with an internal error: {type(error).__name__}: {error} ({_innermost(tb)})",
            *_at(site),
            "  this is a defect of the tools: run again with --debug and report the traceback",
        ],
    )


def _node_failure(error: BaseException) -> str | None:
    """What went wrong when the jsii runtime could not start or talk to node (node missing,
    not executable, exiting at once), or None. Those failures surface as whatever the jsii
    process provider trips over next (an AttributeError, a broken pipe, bad JSON); the chain
    holds the cause."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in chain:
        if isinstance(item, FileNotFoundError) and "node" in str(item.filename or ""):
            return f"{item.filename}: not found"
    in_provider = any(
        frame.f_code.co_filename.replace("\\", "/").endswith("jsii/_kernel/providers/process.py")
        for item in chain
        for frame, _ in traceback.walk_tb(item.__traceback__)
    )
    if in_provider and not any(isinstance(item, ConfigError) for item in chain):
        root = chain[-1]
        return f"{type(root).__name__}: {str(root).splitlines()[0] if str(root) else 'no answer from node'}"
    return None


class _Interrupts:
    """Ctrl-C and SIGTERM during one run. The handler notes the signal before raising
    KeyboardInterrupt, so the interrupt is known even when jsii's clean-up turns it into a
    broken-pipe error, and it quiets the process's stderr: node gets the same Ctrl-C, and
    the jsii runtime forwards node's dying words ("Error on jsii API channel ...") to it."""

    def __init__(self, stderr: TextIO) -> None:
        self.seen = False
        self.stderr = stderr  # where the answer goes, whatever happens to sys.stderr

    def handle(self, signum: int, frame: FrameType | None) -> None:
        if not self.seen:
            self.seen = True
            sys.stderr = io.StringIO()
        raise KeyboardInterrupt

    def behind(self, error: BaseException) -> BaseException:
        """The interrupt, when one came or is on its way. Ctrl-C reaches node and Python
        together; under load node can die and break the jsii channel before Python runs its
        handler, so the first error Python sees is the broken channel: a short, interruptible
        pause lets a pending interrupt arrive. Without one, the error stands."""
        if isinstance(error, KeyboardInterrupt) or self.seen:
            return KeyboardInterrupt()
        try:
            time.sleep(0.2)
        except KeyboardInterrupt as interrupt:
            return interrupt
        return error


@contextlib.contextmanager
def _handling_interrupts() -> Iterator[_Interrupts]:
    interrupts = _Interrupts(sys.stderr)
    if threading.current_thread() is not threading.main_thread():  # handlers need the main thread
        yield interrupts
        return
    previous = {sig: signal.signal(sig, interrupts.handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield interrupts
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sys.stderr = interrupts.stderr


def guarded(run: Callable[[], int], *, debug: bool, outdir: Path | None = None, action: str = "synth") -> int:
    """Run an entry point; answer any failure with `explain` on stderr."""
    with _handling_interrupts() as interrupts:
        try:
            code = run()
        except BaseException as error:  # noqa: BLE001 - every failure gets an answer and an exit code
            if isinstance(error, SystemExit):
                raise
            return _answer(interrupts.behind(error), interrupts.stderr, debug=debug, outdir=outdir, action=action)
        if interrupts.seen:
            # Code that swallows exceptions (a jsii finalizer, a callback) caught the interrupt,
            # and the run went on to answer whatever failed next (node, dead of the same
            # Ctrl-C) where the interrupt had silenced stderr: the interrupt is the answer.
            return _answer(KeyboardInterrupt(), interrupts.stderr, debug=debug, outdir=outdir, action=action)
        return code


def _answer(error: BaseException, stderr: TextIO, *, debug: bool, outdir: Path | None, action: str) -> int:
    answer = explain(error, outdir=outdir, action=action)
    if debug and answer.code != INTERRUPTED:
        traceback.print_exception(error, file=stderr)
    print(*answer.lines, sep="\n", file=stderr)
    if answer.code != INTERRUPTED and not debug:
        print("  (run with --debug for the full traceback)", file=stderr)
    stderr.flush()
    return answer.code


def run_main(main: Callable[[list[str]], int], *, action: str) -> int:
    """`python -m dirtbike_site.X [--debug] ...`: main(argv) with every failure answered."""
    argv = sys.argv[1:]
    return guarded(lambda: main([a for a in argv if a != "--debug"]), debug="--debug" in argv, action=action)
