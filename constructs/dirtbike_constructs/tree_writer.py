"""Writing rendered trees into an output folder (dist/) so that no interruption, crash or second
run can leave it damaged, half-written or silently mixed.

The write is a small transaction, under a lock (`.synth.lock` in the output folder):

1. every tree is written to a hidden staging folder `.<name>.staging-<token>` beside its target;
2. a journal `.synth-journal` (written by rename, so it exists whole or not at all) records
   each staging folder and its inode: from here on the new trees are complete, and the write
   is rolled forward, never back;
3. each target is swapped with its staging folder in one atomic rename (Linux
   RENAME_EXCHANGE; elsewhere two renames, `<name>` -> `.<name>.old-<token>` first), so
   `<name>` never disappears, and the old tree left behind is removed;
4. the journal is removed.

A run killed at any step leaves hidden leftovers that `leftovers()` lists (`make check-dist`
reports them) and that the next write clears first through `recover()`: without a journal
the staged folders are incomplete and are dropped; with a journal the swap is completed, so
the output is never left as a mix of old and new trees without a report.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import functools
import json
import os
import shutil
import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOCK_FILE = ".synth.lock"
JOURNAL = ".synth-journal"
#: How long a second run waits for the first one before giving up (seconds).
LOCK_WAIT_SECONDS = 120.0


class OutputBusy(RuntimeError):
    """Another run holds the output folder's lock for longer than we wait."""


@dataclass(frozen=True)
class Leftover:
    """A hidden entry of the output folder that an interrupted run left behind."""

    name: str
    meaning: str


def _step(label: str) -> None:
    """A named point of the write; tests replace it to inject a fault at every step."""


# --- the lock ---------------------------------------------------------------------------------


@contextlib.contextmanager
def output_lock(
    outdir: Path, *, shared: bool = False, wait: float | None = None, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the output folder's lock: exclusive to write, shared to read (check-dist). A run
    that finds the lock taken says so once through on_wait and waits up to `wait` seconds
    (default LOCK_WAIT_SECONDS).
    The last holder removes the lock file, so a finished run leaves nothing behind; a lock
    taken on a file that was removed meanwhile is dropped and taken again."""
    path = outdir / LOCK_FILE
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    deadline = time.monotonic() + wait
    announced = False
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            if shared and error.errno in (errno.EACCES, errno.EROFS, errno.ENOENT):
                yield  # a read-only output folder cannot be written by anyone: nothing to wait for
                return
            raise
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            if time.monotonic() >= deadline:
                raise OutputBusy(f"another synthesis ({_holder(path)}) has been writing {outdir} for over {wait:.0f} s") from None
            if not announced and on_wait is not None:
                on_wait(f"waiting for another synthesis ({_holder(path)}) to finish writing {outdir}")
                announced = True
            time.sleep(0.05)
            continue
        if _same_file(fd, path):
            break
        os.close(fd)  # the holder before us removed the file: lock the new one
    try:
        if not shared:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        # The last holder removes the file (a reader only when no one else holds it), so a
        # finished run leaves nothing in the output folder.
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.unlink(path)
        os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _holder(path: Path) -> str:
    try:
        pid = path.read_text().strip()
    except OSError:
        pid = ""
    return f"pid {pid}" if pid else "another process"


# --- interrupts -------------------------------------------------------------------------------


@contextlib.contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Ctrl-C or SIGTERM during the swap takes effect right after it, not in the middle."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, frame: received.append(signum)) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if received:
            os.kill(os.getpid(), received[0])


# --- swapping folders -------------------------------------------------------------------------

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@functools.cache
def _renameat2() -> Any:
    """libc's renameat2 (glibc >= 2.28), or None."""
    try:
        return ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing folders atomically; False where the system cannot (then callers
    fall back to two renames)."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(a))


def _swap_in(outdir: Path, name: str, staging: Path, token: str) -> None:
    """Make `staging` the tree `outdir/name`; remove the tree it replaces."""
    final = outdir / name
    if not final.exists():
        _step(f"rename {name}")
        staging.rename(final)
        return
    _step(f"swap {name}")
    if _exchange(staging, final):
        retired = staging  # now holds the old tree
    else:
        retired = outdir / f".{name}.old-{token}"
        final.rename(retired)
        _step(f"between renames {name}")
        staging.rename(final)
    _step(f"remove old {name}")
    shutil.rmtree(retired)


# --- recovery ---------------------------------------------------------------------------------


def _hidden_entries(outdir: Path) -> list[Path]:
    if not outdir.is_dir():
        return []
    return sorted(p for p in outdir.iterdir() if p.name.startswith(".") and p.name != LOCK_FILE)


def leftovers(outdir: Path) -> list[Leftover]:
    """What interrupted runs left in outdir, each with what it means. Read-only."""
    found = []
    for entry in _hidden_entries(outdir):
        if entry.name == JOURNAL:
            names = ", ".join(_read_journal(entry).get("trees", {})) or "?"
            found.append(
                Leftover(
                    entry.name,
                    f"a synthesis was interrupted while swapping in {names}: "
                    "the trees may be a mix of old and new until the next synthesis completes it",
                )
            )
        elif ".staging-" in entry.name:
            found.append(Leftover(entry.name, "staging folder of an interrupted synthesis"))
        elif ".old-" in entry.name:
            found.append(Leftover(entry.name, "replaced tree of an interrupted synthesis"))
        else:
            found.append(Leftover(entry.name, "hidden entry that synthesis never writes"))
    return found


def _read_journal(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recover(outdir: Path) -> list[str]:
    """Finish or undo what an interrupted run left (call under the exclusive lock). Returns
    one line per action, for the user."""
    actions: list[str] = []
    journal = outdir / JOURNAL
    if journal.exists():
        data = _read_journal(journal)
        token = str(data.get("token", ""))
        for name, entry in data.get("trees", {}).items():
            staging = outdir / entry["staging"]
            final = outdir / name
            if final.exists() and final.stat().st_ino == entry["inode"]:
                continue  # already swapped in
            if staging.exists():  # complete and not swapped in yet (checked by inode above)
                _swap_in(outdir, name, staging, token)
                actions.append(f"completed the interrupted swap of {name}")
        _step("remove journal (recovery)")
        journal.unlink()
    for entry in _hidden_entries(outdir):
        if entry.name == JOURNAL:
            continue
        if ".old-" in entry.name:
            final = outdir / entry.name[1:].split(".old-", 1)[0]
            if not final.exists():
                _step("restore old tree (recovery)")
                entry.rename(final)
                actions.append(f"restored {final.name} from {entry.name}")
                continue
        if ".staging-" in entry.name or ".old-" in entry.name or entry.name == JOURNAL + ".tmp":
            _step(f"remove leftover {entry.name.rsplit('-', 1)[0]}")
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
            actions.append(f"removed {entry.name} (left by an interrupted synthesis)")
    return actions


# --- the write --------------------------------------------------------------------------------


def write_trees(trees: Mapping[str, Mapping[str, str]], outdir: Path, *, on_wait: Callable[[str], None] | None = None) -> list[str]:
    """Replace outdir/<name> with each tree (relative path -> text); everything is rendered
    before this is called. Returns what recovery of an earlier interrupted run did."""
    outdir.mkdir(parents=True, exist_ok=True)
    with output_lock(outdir, on_wait=on_wait):
        _step("locked")
        actions = recover(outdir)
        token = uuid.uuid4().hex[:12]
        staged: dict[str, Path] = {}
        committed = False
        try:
            for name, files in trees.items():
                current = _current_tree(outdir / name)
                if current == files:
                    continue  # already on disk as rendered: nothing to stage or swap
                staging = outdir / f".{name}.staging-{token}"
                _step(f"stage {name}")
                staging.mkdir(mode=0o755)
                staged[name] = staging
                for rel, text in files.items():
                    target = staging / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    _step(f"write {name}/{rel}")
                    if current.get(rel) != text or not _linked(outdir / name / rel, target):
                        target.write_text(text, encoding="utf-8")
            with _interrupts_deferred():
                record = {"token": token, "trees": {n: {"staging": p.name, "inode": p.stat().st_ino} for n, p in staged.items()}}
                pending = outdir / (JOURNAL + ".tmp")
                _step("write journal")
                pending.write_text(json.dumps(record, indent=1), encoding="utf-8")
                _step("commit journal")
                pending.rename(outdir / JOURNAL)
                committed = True
                for name, staging in staged.items():
                    _swap_in(outdir, name, staging, token)
                _step("remove journal")
                (outdir / JOURNAL).unlink()
        except (Exception, KeyboardInterrupt, SystemExit):  # a kill runs no cleanup at all: recover() does
            if committed:
                with contextlib.suppress(Exception):
                    recover(outdir)  # roll forward; on failure the journal stays for the next run
            else:
                for staging in staged.values():
                    shutil.rmtree(staging, ignore_errors=True)
                with contextlib.suppress(OSError):
                    (outdir / (JOURNAL + ".tmp")).unlink()
            raise
        return actions


def _current_tree(folder: Path) -> dict[str, str]:
    """What a target holds now ({} when it is missing or not a plain folder): an unchanged tree
    is left alone and unchanged files are linked, not written, since creating a file costs far
    more than reading one (on this project's machines about 0.5 ms against 0.02 ms)."""
    if folder.is_symlink() or not folder.is_dir():
        return {}
    try:
        return read_tree(folder)
    except (OSError, UnicodeDecodeError):
        return {}  # unreadable: write every file anew


def _linked(existing: Path, target: Path) -> bool:
    """Give the staged tree the current file by a hard link (same content, no new inode); False
    where the file system refuses, so the caller writes it instead. The old tree is removed
    after the swap, so the content is never shared with a tree anyone edits."""
    try:
        os.link(existing, target, follow_symlinks=False)
    except OSError:
        return False
    return True


def read_tree(folder: Path) -> dict[str, str]:
    """Relative path -> text of every file under folder, hidden ones included (synthesis never
    writes them, so any is reported as extra rather than silently kept)."""
    return {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()}
