"""Writing dist/ under faults: a kill (SIGKILL), an error or Ctrl-C at every step of the write,
and of the recovery after it; two runs at once. Each case proves the invariants:

- no environment folder is ever missing (where the system swaps folders atomically);
- each environment is wholly old or wholly new, and a mix of old and new environments is
  never silent: the journal is there and check-dist reports it;
- every leftover is reported by check-dist, and the next write clears it and completes.
"""

from __future__ import annotations

import os
import shutil
import signal
import tempfile
import threading
import time
from pathlib import Path

import pytest

from dirtbike_constructs import tree_writer
from dirtbike_constructs.tree_writer import OutputBusy, leftovers, output_lock, read_tree, recover, write_trees
from dirtbike_site import cli, failures

# One file is the same in both, so every fault also hits the staging of an unchanged file (a
# hard link to the current one).
OLD = {
    name: {"ns/00-namespace-a.yaml": f"old {name}\n", "ns/01-serviceaccount-s.yaml": "same\n", "ns/05-configmap-b.yaml": "old\n"}
    for name in ("dev", "stage", "prod")
}
NEW = {
    name: {"ns/00-namespace-a.yaml": f"new {name}\n", "ns/01-serviceaccount-s.yaml": "same\n", "ns/06-job-c.yaml": "new\n"}
    for name in ("dev", "stage", "prod")
}


class Fault(Exception):
    """An injected failure (as a full disk or a lost permission would raise)."""


class Killed(BaseException):
    """A SIGKILL as seen from the files: the write stops at once and none of its own clean-up
    runs (only the lock is released, as the kernel does for a dead process)."""


_no_step = tree_writer._step


def steps_of(action, monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(tree_writer, "_step", seen.append)
    action()
    monkeypatch.setattr(tree_writer, "_step", _no_step)
    return seen


def steps_of_a_write(tmp_path: Path, monkeypatch) -> list[str]:
    probe = fresh(tmp_path, "probe")
    return steps_of(lambda: write_trees(NEW, probe), monkeypatch)


def killed_at(step: str, action) -> bool:
    """Run `action`, stopped dead at `step`. True if it got there."""

    def kill(label: str) -> None:
        if label == step:
            raise Killed(label)

    tree_writer._step = kill
    try:
        action()
    except Killed:
        return True
    finally:
        tree_writer._step = _no_step
    return False


def really_killed_at(step: str, action) -> bool:
    """Run `action` in a child process that receives SIGKILL at `step`. True if it did."""
    pid = os.fork()
    if pid == 0:

        def kill(label: str) -> None:
            if label == step:
                os.kill(os.getpid(), signal.SIGKILL)

        tree_writer._step = kill
        try:
            action()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status)


def state(outdir: Path) -> dict[str, str]:
    """'old', 'new' or 'missing' per environment; fails on any other content (a torn tree)."""
    found = {}
    for name in OLD:
        if not (outdir / name).is_dir():
            found[name] = "missing"
            continue
        tree = read_tree(outdir / name)
        assert tree in (OLD[name], NEW[name]), f"{name} is neither the old nor the new tree: {tree}"
        found[name] = "old" if tree == OLD[name] else "new"
    return found


def assert_invariants(outdir: Path, *, atomic_swap: bool) -> None:
    current = state(outdir)
    hidden = sorted(p.name for p in outdir.iterdir() if p.name.startswith("."))
    reported = [left.name for left in leftovers(outdir)]
    assert reported == [h for h in hidden if h != tree_writer.LOCK_FILE]
    if atomic_swap:
        assert "missing" not in current.values()
    if len(set(current.values())) > 1:  # a mix: never silent
        assert tree_writer.JOURNAL in reported
    if "missing" in current.values():
        assert any(".old-" in name for name in reported)


def assert_recovered(outdir: Path) -> None:
    write_trees(NEW, outdir)
    assert state(outdir) == {name: "new" for name in NEW}
    assert sorted(p.name for p in outdir.iterdir()) == sorted(NEW)


@pytest.fixture
def tmp_path(tmp_path_factory):
    """In memory where the system has it: hundreds of small writes per test, which a busy disk
    makes 30 times slower, and the behaviour under test is the same on both."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        folder = Path(tempfile.mkdtemp(dir=shm, prefix="tree-writer-"))
        yield folder
        shutil.rmtree(folder, ignore_errors=True)
    else:
        yield tmp_path_factory.mktemp("tree-writer")


@pytest.fixture(params=["exchange", "two-renames"])
def swap_mode(request, monkeypatch):
    if request.param == "two-renames":
        monkeypatch.setattr(tree_writer, "_exchange", lambda a, b: False)
    return request.param


def fresh(tmp_path: Path, name: str) -> Path:
    outdir = tmp_path / name
    write_trees(OLD, outdir)
    return outdir


def test_every_step_is_named(tmp_path, monkeypatch, swap_mode):
    outdir = fresh(tmp_path, "out")
    steps = steps_of(lambda: write_trees(NEW, outdir), monkeypatch)
    assert steps[0] == "locked" and steps[-1] == "remove journal"
    assert {"write journal", "commit journal", "swap dev", "remove old prod", "write stage/ns/06-job-c.yaml"} <= set(steps)


def test_kill_at_every_step_then_at_every_step_of_the_recovery(tmp_path, monkeypatch, swap_mode):
    atomic = swap_mode == "exchange"
    steps = steps_of_a_write(tmp_path, monkeypatch)
    for i, step in enumerate(steps):
        outdir = fresh(tmp_path, f"kill-{i}")
        assert killed_at(step, lambda: write_trees(NEW, outdir)), step
        assert_invariants(outdir, atomic_swap=atomic)
        assert_recovered(outdir)
        # The next run may itself be killed while it recovers: at every step of that too,
        # after a kill at the first write and at every step from the journal on (before the
        # journal every kill leaves the same kind of state: staging folders only).
        if i != steps.index("stage dev") and i < steps.index("write journal"):
            continue
        probe = fresh(tmp_path, f"probe-{i}")
        killed_at(step, lambda: write_trees(NEW, probe))
        for j, recovery_step in enumerate(steps_of(lambda: recover(probe), monkeypatch)):
            again = fresh(tmp_path, f"kill-{i}-{j}")
            killed_at(step, lambda: write_trees(NEW, again))
            assert killed_at(recovery_step, lambda: recover(again)), recovery_step
            assert_invariants(again, atomic_swap=atomic)
            assert_recovered(again)


def test_a_real_sigkill_leaves_what_the_simulated_one_does(tmp_path, monkeypatch):
    steps = steps_of_a_write(tmp_path, monkeypatch)
    for step in ("write prod/ns/06-job-c.yaml", "commit journal", "swap stage", "remove old stage"):
        simulated, real = fresh(tmp_path, f"simulated-{step}"), fresh(tmp_path, f"real-{step}")
        assert step in steps and killed_at(step, lambda: write_trees(NEW, simulated))
        assert really_killed_at(step, lambda: write_trees(NEW, real))
        assert state(real) == state(simulated)
        assert [left.meaning for left in leftovers(real)] == [left.meaning for left in leftovers(simulated)]
        assert_recovered(real)


@pytest.mark.parametrize("fault", [Fault, KeyboardInterrupt])
def test_error_at_every_step_leaves_old_or_new_and_nothing_else(tmp_path, monkeypatch, swap_mode, fault):
    steps = steps_of_a_write(tmp_path, monkeypatch)
    for i, step in enumerate(steps):
        outdir = fresh(tmp_path, f"error-{i}")
        fired = []

        def fail(label: str, step=step, fired=fired) -> None:
            if label == step and not fired:
                fired.append(label)
                raise fault(f"injected at {label}")

        monkeypatch.setattr(tree_writer, "_step", fail)
        with pytest.raises(fault):
            write_trees(NEW, outdir)
        monkeypatch.setattr(tree_writer, "_step", lambda label: None)
        after = set(state(outdir).values())
        committed = steps.index(step) > steps.index("commit journal")
        assert after == ({"new"} if committed else {"old"}), step
        assert leftovers(outdir) == [], step


def test_interrupt_during_the_swap_waits_for_its_end(tmp_path, monkeypatch):
    outdir = fresh(tmp_path, "out")

    def interrupt_at_swap(label: str) -> None:
        if label == "swap stage":
            os.kill(os.getpid(), signal.SIGINT)

    monkeypatch.setattr(tree_writer, "_step", interrupt_at_swap)
    with pytest.raises(KeyboardInterrupt):
        write_trees(NEW, outdir)
    assert state(outdir) == {name: "new" for name in NEW} and leftovers(outdir) == []


def test_check_dist_reports_every_leftover(tmp_path):
    outdir = fresh(tmp_path, "dist")
    (outdir / ".dev.staging-abc").mkdir()
    (outdir / ".prod.old-abc").mkdir()
    (outdir / ".synth-journal").write_text('{"token": "abc", "trees": {"dev": {"staging": ".dev.staging-abc", "inode": 1}}}')
    (outdir / "dev" / ".hidden").mkdir()
    (outdir / "dev" / ".hidden" / "x.yaml").write_text("kind: Secret\n")
    differences = cli.stale_files(OLD, outdir)
    assert "dist/.dev.staging-abc (staging folder of an interrupted synthesis; `make synth` clears it)" in differences
    assert any(d.startswith("dist/.prod.old-abc (replaced tree") for d in differences)
    assert any(d.startswith("dist/.synth-journal (a synthesis was interrupted while swapping in dev") for d in differences)
    assert "dist/dev/.hidden/x.yaml (extra)" in differences


def test_a_missing_environment_is_restored_from_its_old_tree(tmp_path):
    outdir = fresh(tmp_path, "dist")
    os.rename(outdir / "stage", outdir / ".stage.old-abc")  # killed between two renames, no journal
    assert recover(outdir) == ["restored stage from .stage.old-abc"]
    assert state(outdir)["stage"] == "old" and leftovers(outdir) == []


def test_a_second_run_waits_for_the_first(tmp_path):
    outdir = fresh(tmp_path, "dist")
    said: list[str] = []
    holding = threading.Event()

    def first() -> None:
        with output_lock(outdir):
            holding.set()
            time.sleep(0.3)

    thread = threading.Thread(target=first)
    thread.start()
    holding.wait()
    write_trees(NEW, outdir, on_wait=said.append)
    thread.join()
    assert said == [f"waiting for another synthesis (pid {os.getpid()}) to finish writing {outdir}"]
    assert state(outdir) == {name: "new" for name in NEW}
    assert not (outdir / tree_writer.LOCK_FILE).exists()


def test_a_check_leaves_no_lock_file_behind(tmp_path):
    outdir = fresh(tmp_path, "dist")
    with output_lock(outdir, shared=True):
        with output_lock(outdir, shared=True):
            assert (outdir / tree_writer.LOCK_FILE).exists()
        assert (outdir / tree_writer.LOCK_FILE).exists()  # the other reader still holds it
    assert not (outdir / tree_writer.LOCK_FILE).exists()


def test_a_run_that_waits_too_long_gives_up_with_a_clear_answer(tmp_path, monkeypatch):
    outdir = fresh(tmp_path, "dist")
    monkeypatch.setattr(tree_writer, "LOCK_WAIT_SECONDS", 0.1)
    with output_lock(outdir):
        with pytest.raises(OutputBusy) as error:
            write_trees(NEW, outdir, on_wait=lambda message: None)
    answer = failures.explain(error.value)
    assert answer.code == failures.ENVIRONMENT
    assert f"another synthesis (pid {os.getpid()}) has been writing {outdir}" in answer.lines[0]
    assert state(outdir) == {name: "old" for name in OLD}


def test_two_processes_writing_at_once_take_turns(tmp_path):
    """Two real processes, each writing its own trees several times over the same folder: no
    error in either, and the folder ends wholly one writer's, with nothing left behind."""
    outdir = fresh(tmp_path, "dist")
    trees = {"A": NEW, "B": {name: {"ns/00-namespace-a.yaml": f"b {name}\n"} for name in NEW}}
    children = []
    for writer, tree in trees.items():
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                for _ in range(15):
                    write_trees(tree, outdir, on_wait=lambda message: None)
            except BaseException:  # noqa: BLE001 - any failure is what the test is about
                code = 1
            os._exit(code)
        children.append(pid)
    assert [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in children] == [0, 0]
    final = {name: read_tree(outdir / name) for name in NEW}
    assert final in ({n: NEW[n] for n in NEW}, trees["B"])
    assert sorted(p.name for p in outdir.iterdir()) == sorted(NEW)


def test_an_unchanged_tree_is_left_alone(tmp_path, monkeypatch):
    """Nothing is staged or swapped for a tree already on disk as rendered: the folder and its
    files are the same inodes, and no step of the write touches it."""
    out = tmp_path / "dist"
    write_trees(OLD, out)
    before = {p: p.stat().st_ino for p in out.rglob("*")}
    changed = {**OLD, "stage": NEW["stage"]}
    steps = steps_of(lambda: write_trees(changed, out), monkeypatch)
    assert not [s for s in steps if "dev" in s or "prod" in s]
    assert {p: i for p, i in before.items() if p.exists() and "stage" not in p.parts} == {
        p: p.stat().st_ino for p in out.rglob("*") if "stage" not in p.parts
    }
    assert read_tree(out / "stage") == NEW["stage"] and leftovers(out) == []


def test_an_unchanged_file_of_a_changed_tree_is_linked_not_written(tmp_path):
    out = tmp_path / "dist"
    write_trees(OLD, out)
    same = out / "dev" / "ns" / "01-serviceaccount-s.yaml"
    inode = same.stat().st_ino
    write_trees(NEW, out)
    assert same.stat().st_ino == inode and same.stat().st_nlink == 1  # the old tree is gone
    assert read_tree(out / "dev") == NEW["dev"]


def test_without_hard_links_the_file_is_written(tmp_path, monkeypatch):
    out = tmp_path / "dist"
    write_trees(OLD, out)

    def refuse(*args, **kwargs):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(tree_writer.os, "link", refuse)
    write_trees(NEW, out)
    assert read_tree(out / "dev") == NEW["dev"] and leftovers(out) == []


def test_a_tree_that_cannot_be_read_is_written_anew(tmp_path):
    out = tmp_path / "dist"
    write_trees(OLD, out)
    (out / "dev" / "ns" / "binary.yaml").write_bytes(b"\xff\xfe")
    write_trees(OLD, out)
    assert read_tree(out / "dev") == OLD["dev"]
