"""Errors that reach users as one line: `FILE:LINE: message`.

Library code raises `KgError` (or yields `InputError` values for inputs that are
skipped while the rest still builds); the CLI prints `kg: ` + `str(error)` and
exits non-zero, so users never see a traceback for a problem they can fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def location(file: str | Path | None, line: int | None) -> str:
    """`FILE:LINE: ` / `FILE: ` / `` — the prefix of a one-line message."""
    if file is None:
        return ""
    return f"{file}:{line}: " if line is not None else f"{file}: "


class KgError(Exception):
    """A problem the user can fix (bad file, bad query, missing graph)."""

    def __init__(self, message: str, file: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line

    def __str__(self) -> str:
        return location(self.file, self.line) + self.message


@dataclass(frozen=True, slots=True)
class InputError:
    """One input that could not be read as an article; it is skipped, the rest still builds."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return location(self.file, self.line) + self.message


__all__ = ["KgError", "InputError", "location"]
