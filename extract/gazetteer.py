"""Load general-vocabulary data files from `extract/data/` by name.

Gazetteers live in plain text so that linguists can edit them without touching
code: one entry a line, blank lines and `#` comment lines ignored. Tables hold
`key<TAB>value` lines. Files are read once per process (the reading is cached);
callers get a fresh list or dict each time, so mutating it is harmless.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


class GazetteerError(ValueError):
    """A data file is missing or malformed; the message names the file and line."""


def load_lines(name: str) -> list[str]:
    """Entries of `extract/data/<name>.txt`, stripped, without blanks and comments."""
    return [entry for _, entry in _entries(name)]


def load_table(name: str) -> dict[str, str]:
    """`key<TAB>value` lines of `extract/data/<name>.txt` as a dict.

    The value is everything after the first TAB, stripped. A line without a
    TAB, an empty key, or the same key given two different values is an error.
    """
    return dict(_table(name))


@cache
def _entries(name: str) -> tuple[tuple[int, str], ...]:
    path = DATA_DIR / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GazetteerError(f"{path}: no such gazetteer") from None
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        entry = line.strip()
        if entry and not entry.startswith("#"):
            out.append((number, entry))
    return tuple(out)


@cache
def _table(name: str) -> tuple[tuple[str, str], ...]:
    path = DATA_DIR / f"{name}.txt"
    table: dict[str, str] = {}
    for number, entry in _entries(name):
        key, tab, value = entry.partition("\t")
        key, value = key.strip(), value.strip()
        if not tab or not key:
            raise GazetteerError(f"{path}:{number}: expected key<TAB>value, got {entry!r}")
        if table.get(key, value) != value:
            raise GazetteerError(f"{path}:{number}: {key!r} given two values ({table[key]!r}, {value!r})")
        table[key] = value
    return tuple(table.items())
