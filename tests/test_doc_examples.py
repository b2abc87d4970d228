"""Every ```python block of README.md and of docs/**/*.md runs as written.

The rule, the same for every Markdown file: a file's Python blocks are ONE program, run in
the order they appear (a later block uses what an earlier one built), in a subprocess of its
own, in a scratch folder (an example may write files). A block that deliberately does not run
is marked by `<!-- not-run: reason -->` on the line just before its fence; every such block
must be listed in NOT_RUN below with its reason, so a skip is a visible change to this file,
never a silent one. A fence spelled otherwise (`py`, `python3`, `python title`) fails.

After the program, the runner synthesizes every cdk8s App the program's constructs belong to
(`app.synth_yaml()`, nothing written) and reports the kinds each renders, which the tests
check. mypy and pyright check the README's program too (tests/test_types.py).

The README also shows every public construct: each Construct subclass in
`dirtbike_constructs.__all__` (and the `PlusWorkload` adapter) is called by name in a runnable
block.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from doc_blocks import Blocks, python_blocks

#: Blocks marked `<!-- not-run: reason -->`: "file:line" -> reason. Empty: everything runs.
NOT_RUN: dict[str, str] = {}

#: Public names the README shows that are not Construct subclasses but are built like one.
ALSO_SHOWN = ("PlusWorkload",)

#: Constructs whose README section has no runnable example yet (their constructors are being
#: reworked). The test fails when one of them gains an example: remove it from here then.
NO_EXAMPLE_YET: set[str] = set()

#: Kinds the README's first App (the shop) must render: one or more per construct it shows.
README_KINDS = {
    "Namespace",
    "NetworkPolicy",
    "LimitRange",
    "ResourceQuota",
    "Deployment",
    "Service",
    "Cluster",
    "ObjectStore",
    "ScheduledBackup",
    "Database",
    "Pooler",
    "PersistentVolumeClaim",
    "SealedSecret",
    "ClusterIssuer",
    "Certificate",
    "Middleware",
    "IngressRoute",
    "TraefikService",
    "PodMonitor",
    "PrometheusRule",
    "AlertmanagerConfig",
    "ConfigMap",
    "StorageClass",
    "HelmChart",
    "TLSOption",
    "StatefulSet",
    "CronJob",
    "HorizontalPodAutoscaler",
    "Role",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
}

#: Runs the program, then prints one JSON line: the kinds each App renders (every App a
#: construct the program kept in a name belongs to).
RUNNER = """
import json, runpy, sys
import constructs
names = runpy.run_path(sys.argv[1], run_name="__main__")
roots = {}
for value in names.values():
    if isinstance(value, constructs.Construct):
        roots.setdefault(id(value.node.root), value.node.root)
import yaml
kinds = [sorted({d["kind"] for d in yaml.safe_load_all(root.synth_yaml()) if d}) for root in roots.values()]
print("KINDS " + json.dumps(kinds))
"""


def markdown_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def run_program(blocks: Blocks, folder: Path) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    program, runner = folder / "doc_program.py", folder / "doc_runner.py"
    program.write_text(blocks.program())
    runner.write_text(RUNNER)
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run([sys.executable, str(runner), str(program)], cwd=folder, capture_output=True, text=True, env=env, timeout=300)
    kinds = [json.loads(line[6:]) for line in result.stdout.splitlines() if line.startswith("KINDS ")]
    return result, kinds[0] if kinds else []


def test_every_skip_is_declared_and_every_fence_is_plain():
    found = {path: python_blocks(path) for path in markdown_files()}
    not_run = {b.where(ROOT): b.not_run for blocks in found.values() for b in blocks.not_run}
    malformed = [b.where(ROOT) for blocks in found.values() for b in blocks.malformed]
    print(f"not run ({len(not_run)}):", *(f"{where}: {reason}" for where, reason in not_run.items()), sep="\n  ")
    assert malformed == [], "spell the fence ```python, or mark the block <!-- not-run: reason -->"
    assert not_run == NOT_RUN


@pytest.mark.slow  # starts jsii: about 2 s
def test_readme_runs_as_one_program(tmp_path):
    blocks = python_blocks(ROOT / "README.md")
    assert len(blocks.run) >= 15
    result, kinds = run_program(blocks, tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]
    assert "api -> postgres:5432/TCP" in result.stdout  # the Flows block's listing
    assert "postgres-rw.shop-data.svc.cluster.local" in result.stdout
    assert len(kinds) == 2, kinds  # the shop App, and the layout example's App
    shop, layout = sorted(kinds, key=len, reverse=True)
    assert README_KINDS - set(shop) == set()
    assert {"PersistentVolumeClaim", "Rollout"} <= set(layout)
    assert (tmp_path / "out" / "shop" / "11-rollout-web.yaml").exists()  # the layout example wrote its tree


@pytest.mark.slow  # starts jsii once per file with Python blocks
def test_docs_python_blocks_run(tmp_path):
    docs = markdown_files()[1:]
    assert len(docs) > 30  # the folder is where this test looks: docs/ and its runbooks
    failures, ran = [], []
    for path in docs:
        blocks = python_blocks(path)
        if not blocks.run:
            continue
        folder = tmp_path / path.relative_to(ROOT).with_suffix("")
        folder.mkdir(parents=True)
        result, _ = run_program(blocks, folder)
        ran.append(str(path.relative_to(ROOT)))
        if result.returncode != 0:
            failures.append(f"{path.relative_to(ROOT)}: {result.stderr[-2000:]}")
    print(f"docs with Python blocks ({len(ran)}):", *ran, sep="\n  ")
    assert failures == []


def test_readme_shows_every_public_construct():
    import constructs

    import dirtbike_constructs

    shown = {
        name
        for name in dirtbike_constructs.__all__
        if isinstance(getattr(dirtbike_constructs, name), type) and issubclass(getattr(dirtbike_constructs, name), constructs.Construct)
    } | set(ALSO_SHOWN)
    assert len(shown) >= 20
    tree = ast.parse(python_blocks(ROOT / "README.md").program())
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert sorted(shown - called - NO_EXAMPLE_YET) == [], "add an example to README.md, Using the constructs"
    assert sorted(NO_EXAMPLE_YET & called) == [], "the README shows it now: remove it from NO_EXAMPLE_YET"


def test_blocks_are_read_as_the_rule_says(tmp_path):
    """Runnable blocks in order; a not-run block apart with its reason; a Python fence spelled
    otherwise reported, never dropped; other languages ignored."""
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n```python\nx = 1\n```\n\n<!-- not-run: a fragment of the call above -->\n```python\nf(x, ...)\n```\n\n"
        "```py\ny = 2\n```\n\n```bash\nmake test\n```\n\n```python\nprint(x)\n```\n"
    )
    blocks = python_blocks(page)
    assert [(b.line, b.code) for b in blocks.run] == [(3, "x = 1\n"), (20, "print(x)\n")]
    assert blocks.program() == "x = 1\n\nprint(x)\n"
    assert [(b.line, b.not_run) for b in blocks.not_run] == [(8, "a fragment of the call above")]
    assert [b.line for b in blocks.malformed] == [12]
