"""Every object read back from the API server against what dist/ renders: each field we set must
be there with our value once the server has defaulted the rest. A field the server pruned
(an unknown field of a custom resource is dropped without a word) or rewrote is reported with
its path."""

from __future__ import annotations

from typing import Any

from dirtbike_constructs.quantities import amount


def _same(ours: object, theirs: object) -> bool:
    if ours == theirs:
        return True
    # The API server writes quantities in canonical form (1.5Gi -> 1536Mi, 1000m -> 1).
    ours_amount = amount(ours)
    return ours_amount is not None and ours_amount == amount(theirs)


def differences(ours: Any, theirs: Any, path: str = "") -> list[str]:
    """Paths where the live object THEIRS lacks or changes what OURS sets."""
    if isinstance(ours, dict):
        if not isinstance(theirs, dict):
            return [f"{path or '.'}: we set a map, the server holds {theirs!r}"]
        found: list[str] = []
        for key, value in ours.items():
            where = f"{path}.{key}"
            if key not in theirs:
                if value in ({}, [], None, "") or (value == 0 and not isinstance(value, float)):
                    # The API server leaves out a zero value (Go's omitempty): 0, false, "" and an
                    # empty list or map are the same object as the field left out.
                    continue
                found.append(f"{where}: dropped by the server (pruned or not stored)")
                continue
            found += differences(value, theirs[key], where)
        return found
    if isinstance(ours, list):
        if not isinstance(theirs, list) or len(ours) != len(theirs):
            return [f"{path}: we set {len(ours)} items, the server holds {theirs!r}"[:300]]
        found = []
        for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            found += differences(a, b, f"{path}[{index}]")
        return found
    if _same(ours, theirs):
        return []
    return [f"{path}: we set {ours!r}, the server holds {theirs!r}"]


def compare(rendered: dict[str, Any], live: dict[str, Any]) -> list[str]:
    """Differences that matter between a rendered object and its live copy. A Secret's
    stringData is stored as data, so a Secret is compared on its keys only."""
    ours = {k: v for k, v in rendered.items() if k != "status"}
    if rendered.get("kind") == "Secret" and "stringData" in ours:
        keys = set(ours.pop("stringData")) | set(ours.get("data", {}))
        ours.pop("data", None)
        missing = sorted(keys - set(live.get("data", {})))
        return [f".data.{k}: missing" for k in missing] + differences(ours, live)
    return differences(ours, live)
