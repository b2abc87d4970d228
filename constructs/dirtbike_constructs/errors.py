"""The one error type the library raises for bad input."""

from __future__ import annotations


class ConfigError(ValueError):
    """A construct or environment was given a value it cannot render safely.

    The message names where (the construct path), which field, the value that was given,
    what is allowed and, where there is one, the fix. It is raised while the construct is
    being built, before anything reaches jsii or dist/.
    """

    #: The value given: anything a caller passed, so it is typed as any object.
    value: object

    def __init__(self, where: str, field: str, value: object, allowed: str, fix: str | None = None) -> None:
        self.where = where
        self.field = field
        self.value = value
        self.allowed = allowed
        self.fix = fix
        message = f"{where}: {field}={value!r} is not allowed; allowed: {allowed}"
        if fix:
            message += f". Fix: {fix}"
        super().__init__(message)
