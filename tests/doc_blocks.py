"""The Python code blocks of a Markdown file, for the tests that run and type-check them.

A block is a fence whose info string is `python`. A block that deliberately does not run (a
fragment, a shell session) is preceded, on the line just before its fence, by
`<!-- not-run: reason -->`; it is returned apart, with the reason. A fence whose info string
starts with `py` but is not exactly `python` (`py`, `python3`, `python title`) is neither: it
is returned as malformed, so the tests can refuse it instead of skipping it unseen."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FENCE = re.compile(r"^```(.*)$")
NOT_RUN = re.compile(r"^<!--\s*not-run:\s*(\S.*?)\s*-->$")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # 1-based line of the opening fence
    code: str
    not_run: str | None = None  # the reason, for a block marked not-run

    def where(self, root: Path) -> str:
        return f"{self.path.relative_to(root)}:{self.line}"


@dataclass
class Blocks:
    run: list[Block] = field(default_factory=list)
    not_run: list[Block] = field(default_factory=list)
    malformed: list[Block] = field(default_factory=list)

    def program(self) -> str:
        """The runnable blocks in order, as one program."""
        return "\n".join(b.code for b in self.run)


def python_blocks(path: Path) -> Blocks:
    lines = path.read_text().splitlines()
    found = Blocks()
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening:
            i += 1
            continue
        info = opening.group(1).strip()
        end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("```")), len(lines))
        if info.startswith("py"):
            marker = NOT_RUN.match(lines[i - 1].strip()) if i > 0 else None
            block = Block(path, i + 1, "\n".join(lines[i + 1 : end]) + "\n", marker.group(1) if marker else None)
            if info != "python":
                found.malformed.append(block)
            elif marker:
                found.not_run.append(block)
            else:
                found.run.append(block)
        i = end + 1
    return found
