"""The site is the library's first user and uses it as any other repository would: through
public names only (no module or name starting with '_'), so what the site needs, a consumer
can have too."""

from __future__ import annotations

import ast

import pytest
from conftest import ROOT

from dirtbike_constructs import ConfigError
from dirtbike_constructs.quantities import cpu_millicores, memory_bytes


def private_uses(path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dirtbike_constructs"):
            names = [node.module or "", *(alias.name for alias in node.names)]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names if alias.name.startswith("dirtbike_constructs")]
        else:
            continue
        if any(part.startswith("_") for name in names for part in name.split(".")):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_the_site_imports_only_public_names():
    files = [*sorted((ROOT / "dirtbike_site").rglob("*.py")), ROOT / "main.py"]
    assert [use for path in files for use in private_uses(path)] == []


def test_quantities_as_numbers():
    assert (cpu_millicores("250m"), cpu_millicores("1.5"), cpu_millicores("2")) == (250, 1500, 2000)
    assert (memory_bytes("1.5Gi"), memory_bytes("500M"), memory_bytes("1Ki")) == (1610612736, 500_000_000, 1024)


@pytest.mark.parametrize(
    ("parse", "value", "message"),
    [
        (cpu_millicores, "0.5m", "whole millicores"),
        (cpu_millicores, "0", "greater than zero"),
        (cpu_millicores, "1Gi", "CPU quantity"),
        (memory_bytes, "1K", "Kubernetes has no 'K'"),
        (memory_bytes, "lots", "memory quantity"),
    ],
)
def test_quantities_refuse_what_kubernetes_refuses(parse, value, message):
    with pytest.raises(ConfigError, match=message) as raised:
        parse(value, where="budget", field="limit")
    assert "budget" in str(raised.value) and "limit" in str(raised.value)
