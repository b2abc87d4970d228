"""The one error type the library raises for bad input."""

from __future__ import annotations

from typing import Any


class ConfigError(ValueError):
    """A construct or environment was given a value it cannot render safely.

    The message names where (the construct path), which field, the value that was given,
    what is allowed and, where there is one, the fix. It is raised while the construct is
    being built, before anything reaches jsii or dist/.
    """

    def __init__(self, where: str, field: str, value: Any, allowed: str, fix: str | None = None):
        self.where = where
        self.field = field
        self.value = value
        self.allowed = allowed
        self.fix = fix
        message = f"{where}: {field}={value!r} is not allowed; allowed: {allowed}"
        if fix:
            message += f". Fix: {fix}"
        super().__init__(message)
