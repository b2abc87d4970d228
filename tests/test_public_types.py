"""Typed all the way: no public parameter of the library is `Any`, and the contracts that
replaced them refuse the wrong construct before anything runs (mypy sees the mistake)."""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
import typing

import pytest
from conftest import ROOT

import dirtbike_constructs
from dirtbike_constructs import layout

#: Where `Any` stays, and why.
ALLOWED = {
    "ManifestObject.to_json": "overrides cdk8s's ApiObject.to_json, which returns Any",
}


def public_callables() -> list[tuple[str, typing.Callable[..., object]]]:
    found: list[tuple[str, typing.Callable[..., object]]] = []
    modules = [(dirtbike_constructs, dirtbike_constructs.__all__), (layout, [n for n in vars(layout) if not n.startswith("_")])]
    for module, names in modules:
        for name in names:
            obj = getattr(module, name)
            if getattr(obj, "__module__", "").split(".")[0] != "dirtbike_constructs":
                continue
            if inspect.isclass(obj):
                found.append((f"{name}.__init__", obj.__init__))
                for member, value in vars(obj).items():
                    if member.startswith("_"):
                        continue
                    if isinstance(value, property) and value.fget is not None:
                        found.append((f"{name}.{member}", value.fget))
                    elif inspect.isfunction(value) or isinstance(value, (classmethod, staticmethod)):
                        found.append((f"{name}.{member}", getattr(obj, member)))
            elif inspect.isfunction(obj):
                found.append((name, obj))
    return found


def test_no_public_parameter_or_result_is_any():
    untyped = sorted(
        f"{label}: {param}"
        for label, function in public_callables()
        for param, hint in typing.get_type_hints(function).items()
        if hint is typing.Any and label not in ALLOWED
    )
    assert untyped == []


@pytest.mark.slow
def test_mypy_refuses_a_construct_that_is_not_the_contract(tmp_path):
    """A CnpgCluster has no Service port to route to and is no cdk8s-plus workload."""
    program = tmp_path / "wrong_targets.py"
    program.write_text(
        textwrap.dedent("""
            import cdk8s
            from dirtbike_constructs import CnpgCluster, ExternalPeer, PlusWorkload, PublicRoute, Resources, Storage

            chart = cdk8s.Chart(cdk8s.App(), "shop")
            pg = CnpgCluster(chart, "pg", namespace="shop", image="ghcr.io/cloudnative-pg/postgresql:16.4",
                             storage=Storage("1Gi"), resources=Resources("250m", "1Gi", "1", "1Gi"), api_server=ExternalPeer.pending("api", missing="x"))
            PublicRoute(chart, "www", namespace="shop", host="www.example.org", target=pg, tls_secret="www-tls", redirect_http=False)
            PlusWorkload(pg)
        """)
    )
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", str(program)], cwd=ROOT, capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert any(":8:" in line and '"target"' in line and "RouteTarget" in line for line in errors), result.stdout
    assert any(":9:" in line and "PlusWorkload" in line for line in errors), result.stdout
