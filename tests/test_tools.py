"""The repository tools: a separate part of the package, each command a console entry point."""

from __future__ import annotations

import ast
import configparser
import importlib
from pathlib import Path

import yaml
from conftest import ROOT

from dirtbike_constructs.tools import netpol

PACKAGE = ROOT / "constructs" / "dirtbike_constructs"


def test_construct_modules_never_import_the_tools():
    for path in PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                module = ("." * node.level) + (node.module or "")
                assert "tools" not in module.split("."), f"{path.name} imports {module}"


def test_every_console_script_names_an_existing_main():
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg")
    scripts = [line.split("=") for line in config["options.entry_points"]["console_scripts"].strip().splitlines()]
    assert {name.strip() for name, _ in scripts} >= {"dirtbike-diff", "dirtbike-netpol"}
    for _, target in scripts:
        module, function = target.strip().split(":")
        assert callable(getattr(importlib.import_module(module), function))


def _write(folder: Path, name: str, *docs: dict) -> None:
    (folder / name).write_text(yaml.safe_dump_all(docs))


def test_netpol_command_lists_what_the_policies_allow(tmp_path, capsys):
    def deployment(ns, name, port):
        return {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": name, "namespace": ns},
            "spec": {
                "template": {
                    "metadata": {"labels": {"app": name}},
                    "spec": {"containers": [{"name": "c", "ports": [{"containerPort": port}]}]},
                }
            },
        }

    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {"name": "db", "namespace": "shop"},
        "spec": {
            "podSelector": {"matchLabels": {"app": "db"}},
            "policyTypes": ["Ingress"],
            "ingress": [{"from": [{"podSelector": {"matchLabels": {"app": "web"}}}], "ports": [{"port": 5432}]}],
        },
    }
    _write(tmp_path, "a.yaml", deployment("shop", "web", 8080), deployment("shop", "db", 5432))
    _write(tmp_path, "b.yml", policy)
    assert netpol.main([str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "shop/web -> shop/db 5432/TCP" in lines
    assert not [line for line in lines if line.startswith("shop/") and "-> shop/db" in line and "5432/TCP" not in line]
    assert "shop/db -> shop/web 8080/TCP" in lines  # web has no policy: open


def test_netpol_command_refuses_a_missing_folder(tmp_path, capsys):
    assert netpol.main([str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err
