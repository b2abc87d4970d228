"""Kubernetes quantities as numbers, with the rules the library's props are checked by: for
capacity sums and budgets in a consumer's own code (the site's capacity report uses them).

A value Kubernetes would refuse or misread raises ConfigError naming `where` and `field`."""

from __future__ import annotations

from decimal import Decimal

from . import _validate

__all__ = ["amount", "cpu_millicores", "memory_bytes"]


def amount(value: object) -> Decimal | None:
    """The amount of a quantity string in base units ('1.5Gi' and '1536Mi' alike), or None when
    VALUE is not one; for comparing two spellings of one quantity, nothing is refused."""
    parsed = _validate.quantity(value)
    return None if parsed is None else parsed[0]


def cpu_millicores(value: object, *, where: str = "quantity", field: str = "cpu") -> int:
    """A CPU quantity ('250m', '1', '1.5') in millicores; zero, negative or finer than 1m is
    refused."""
    return _validate.cpu_millis(where, field, value)


def memory_bytes(value: object, *, where: str = "quantity", field: str = "memory") -> int:
    """A memory or storage quantity ('256Mi', '1.5Gi', '500M') in bytes, rounded up as
    Kubernetes does; 'K' (not a Kubernetes suffix) and fractions of a byte are refused."""
    return _validate.memory_bytes(where, field, value)
