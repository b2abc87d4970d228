"""`python main.py` answers every failure in a few lines (what, where, what to do) with an exit
code for its kind; --debug adds the traceback. Mistakes are made in this file, which the
tests declare to be site code, so the answers must point here."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import cdk8s
import pytest
from conftest import ROOT

from dirtbike_constructs import (
    Container,
    DeploymentProps,
    HardenedDeployment,
    Port,
    Probe,
    Resources,
)
from dirtbike_site import cli, failures

HERE = Path(__file__).resolve()


@pytest.fixture
def site_here(monkeypatch):
    """This test file plays the site code."""
    monkeypatch.setattr(failures, "SITE", HERE.parent)
    monkeypatch.setattr(failures, "ROOT", HERE.parent.parent)


def container(**change):
    props = dict(
        name="app",
        image="example/app:1.0",
        resources=Resources("10m", "16Mi", "20m", "32Mi"),
        ports=(Port("http", 8080),),
        readiness=Probe.http("/"),
        liveness=Probe.http("/"),
    )
    return Container(**{**props, **change})


def line_of(text: str) -> int:
    return next(i for i, line in enumerate(HERE.read_text().splitlines(), 1) if text in line)


def synth_with(render, monkeypatch, capsys, *args: str) -> tuple[int, list[str]]:
    monkeypatch.setattr(cli, "render", render)
    code = cli.main(["dev", "--outdir", str(Path(os.environ.get("TMPDIR", "/tmp")) / f"never-{os.getpid()}"), *args])
    return code, capsys.readouterr().err.splitlines()


def test_a_misspelled_prop_is_answered_with_the_site_line(site_here, monkeypatch, capsys):
    def render(name):
        HardenedDeployment(cdk8s.Chart(cdk8s.App(), "c"), "web", DeploymentProps(namepsace="web", container=container()))  # misspelled

    code, lines = synth_with(render, monkeypatch, capsys)
    assert code == failures.BAD_INPUT and len(lines) <= 4
    assert "unexpected keyword argument 'namepsace'" in lines[0]
    assert lines[1].startswith(f"  at tests/test_cli_failures.py:{line_of('# misspelled')}: HardenedDeployment(")
    assert "help(dirtbike_constructs.DeploymentProps)" in lines[2]


def test_a_config_error_names_the_site_line(site_here, monkeypatch, capsys):
    def render(name):
        HardenedDeployment(cdk8s.Chart(cdk8s.App(), "c"), "web", DeploymentProps(namespace="Web", container=container()))  # bad ns

    code, lines = synth_with(render, monkeypatch, capsys)
    assert code == failures.BAD_INPUT and len(lines) <= 3
    assert "c/web: namespace='Web' is not allowed" in lines[0]
    assert lines[1].startswith(f"  at tests/test_cli_failures.py:{line_of('# bad ns')}")


def test_debug_adds_the_traceback(site_here, monkeypatch, capsys):
    def render(name):
        return len(5)  # a TypeError in the site code

    code, lines = synth_with(render, monkeypatch, capsys, "--debug")
    assert code == failures.BAD_INPUT and lines[0] == "Traceback (most recent call last):"
    assert "(run with --debug" not in "\n".join(lines)


@pytest.mark.parametrize(
    "error, fix",
    [
        (PermissionError(errno.EACCES, "Permission denied", "dist/.dev.staging-1"), "chmod -R u+w"),
        (OSError(errno.EROFS, "Read-only file system", "dist/.dev.staging-1"), "writable"),
        (OSError(errno.ENOSPC, "No space left on device", "dist/.dev.staging-1"), "free disk space"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory", "node"), "install Node.js 20"),
    ],
)
def test_environment_problems_say_what_to_do(error, fix):
    answer = failures.explain(error, outdir=Path("dist"))
    assert answer.code == failures.ENVIRONMENT and len(answer.lines) == 2 and fix in answer.lines[1]


def test_a_read_only_dist_is_an_environment_problem(tmp_path, monkeypatch, capsys):
    def refuse(self, *args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(cli, "render", lambda name: {"ns/00-namespace-a.yaml": "a: 1\n"})
    monkeypatch.setattr(Path, "mkdir", refuse)
    assert cli.main(["dev", "--outdir", str(tmp_path / "dist")]) == failures.ENVIRONMENT
    lines = capsys.readouterr().err.splitlines()
    assert "PermissionError" in lines[0] and "chmod -R u+w" in lines[1] and len(lines) == 3


def test_an_internal_error_asks_for_a_report(monkeypatch, capsys):
    def render(name):
        raise RuntimeError("boom")

    code, lines = synth_with(render, monkeypatch, capsys)
    assert code == failures.INTERNAL and "RuntimeError: boom" in lines[0] and "report" in lines[1]


def test_interrupt_is_130():
    assert failures.explain(KeyboardInterrupt()).code == failures.INTERRUPTED == 130


def test_ctrl_c_prints_one_line(tmp_path):
    """A real Ctrl-C to the process group (as a terminal sends it, so node gets it too)."""
    process = subprocess.Popen(
        [sys.executable, "main.py", "--outdir", str(tmp_path / "dist")],
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.9)  # jsii is up and the environments are being built
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("synthesis finished before the interrupt")
    assert process.returncode == 130, err
    assert len(err.strip().splitlines()) == 1 and "interrupted" in err
    assert not (tmp_path / "dist").exists() or sorted(p.name for p in (tmp_path / "dist").iterdir()) in ([], ["dev", "prod", "stage"])


def test_an_interrupt_arriving_after_a_broken_jsii_channel_is_answered_as_the_interrupt(capsys):
    """Under load node dies of Ctrl-C before Python's handler runs: the broken channel is the
    first error Python sees, and the interrupt arrives a moment later."""
    import threading

    def broken_channel() -> int:
        threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT)).start()
        raise BrokenPipeError(32, "Broken pipe")

    assert failures.guarded(broken_channel, debug=False) == failures.INTERRUPTED
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "interrupted" in err


def test_an_interrupt_that_jsii_turns_into_a_broken_pipe_is_the_interrupt(capsys):
    """The interrupt reaches Python first, but jsii's clean-up writes to the dead node and
    raises a broken pipe while handling it: still the interrupt, in one line, and whatever
    node prints as it dies is not shown."""

    def interrupted_then_broken() -> int:
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
        finally:
            print("Error on jsii API channel to child process: Error: read ECONNRESET", file=sys.stderr)
            raise BrokenPipeError(32, "Broken pipe")
        return 0

    assert failures.guarded(interrupted_then_broken, debug=False) == failures.INTERRUPTED
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "interrupted" in err and "ECONNRESET" not in err


def _swallow_an_interrupt() -> None:
    """The interrupt reaches Python while code that swallows it runs (a jsii finalizer, a
    callback, an import)."""
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)
    except KeyboardInterrupt:
        pass


def _node_failure() -> int:
    # What the run finds next, with node dead of the same Ctrl-C.
    print("synth failed: Node.js is missing or failing", file=sys.stderr)
    return failures.ENVIRONMENT


def _swallowed_then_node_failure() -> int:
    _swallow_an_interrupt()
    return _node_failure()


def _swallowed_then_inner_guard() -> int:
    # main.py's guard saw the interrupt while importing the site; cli.main's guard, entered
    # after it, did not, and prints its answer where the first one silenced stderr.
    _swallow_an_interrupt()
    return failures.guarded(_node_failure, debug=False)


@pytest.mark.parametrize("run", [_swallowed_then_node_failure, _swallowed_then_inner_guard], ids=["alone", "nested"])
def test_an_interrupt_swallowed_on_the_way_is_still_the_interrupt(run, capsys):
    """Seen once in CI: main.py exited 3 with nothing on stderr after a Ctrl-C."""
    assert failures.guarded(run, debug=False) == failures.INTERRUPTED
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "interrupted" in err


def test_a_failure_without_an_interrupt_stands(capsys):
    def broken() -> int:
        raise BrokenPipeError(32, "Broken pipe")

    handler, stderr = signal.getsignal(signal.SIGINT), sys.stderr
    assert failures.guarded(broken, debug=False) == failures.ENVIRONMENT
    assert signal.getsignal(signal.SIGINT) is handler and sys.stderr is stderr  # both given back
    assert "Broken pipe" in capsys.readouterr().err
