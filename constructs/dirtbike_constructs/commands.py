"""Console entry points (see setup.cfg `console_scripts`).

Each sets what a command, unlike a library import, may set for its whole process, then
imports its implementation: jsii prints a large end-of-life banner for Node 20 on every start
unless JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION names that version, and the library
supports Node 20. A value the user set is kept.
"""

from __future__ import annotations

import importlib
import os


def _run(module: str, argv: list[str] | None) -> int:
    os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    result: int = importlib.import_module(module).main(argv)
    return result


def synth(argv: list[str] | None = None) -> int:
    """`dirtbike-synth`: dirtbike_constructs.layout.main."""
    return _run("dirtbike_constructs.layout", argv)


def diff(argv: list[str] | None = None) -> int:
    """`dirtbike-diff`: dirtbike_constructs.tools.diff.main."""
    return _run("dirtbike_constructs.tools.diff", argv)


def netpol(argv: list[str] | None = None) -> int:
    """`dirtbike-netpol`: dirtbike_constructs.tools.netpol.main."""
    return _run("dirtbike_constructs.tools.netpol", argv)


def review(argv: list[str] | None = None) -> int:
    """`dirtbike-review`: dirtbike_constructs.tools.review.main."""
    return _run("dirtbike_constructs.tools.review", argv)
