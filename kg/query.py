"""Running SPARQL queries: named queries from queries/, .rq files or inline text.

Parameters are bound with rdflib's `initBindings` as plain literals — never
pasted into the query text, so a value cannot change the query. Values of the
parameters in FOLDED_PARAMS (`name`, `institution`, `post`) are spelling-folded
with `extract.normalize.fold` first, because the queries match them against
`agk:foldedLabel`: "محافظة القليوبية" and "محافظه القليوبيه" find the same node.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import unquote

import regex
from pyparsing import ParseException
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result
from rdflib.term import Node

from extract.normalize import fold
from kg.errors import KgError
from kg.vocab import PREFIXES

FORMATS = ("table", "csv", "json")
FOLDED_PARAMS = frozenset({"name", "institution", "post"})
TABLE_CELL_MAX = 80  # display columns; longer cells (sentences) are cut in tables only

_NAME = regex.compile(r"[\w.-]+")
_PARAM_KEY = regex.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_LRM = "\u200e"


def queries_dir() -> Path:
    """The folder of named queries (kg.resources when present, else the source tree's queries/)."""
    try:
        from kg.resources import queries_dir as resource_dir
    except ModuleNotFoundError as e:
        if e.name != "kg.resources":
            raise
        return Path(__file__).resolve().parent.parent / "queries"
    return Path(resource_dir())


def named_queries() -> dict[str, Path]:
    """Name (file stem) → path of every .rq file in queries_dir()."""
    try:
        folder = queries_dir()
    except FileNotFoundError as e:
        raise KgError(str(e)) from e
    return {p.stem: p for p in sorted(folder.glob("*.rq"), key=lambda p: p.stem)}


def resolve_query(spec: str) -> tuple[str, str]:
    """(query text, label for messages) from a NAME, a FILE.rq or inline SPARQL."""
    path = Path(spec)
    if spec.endswith(".rq") or (_NAME.fullmatch(spec) and path.is_file()):
        return _read_query(path), spec
    if _NAME.fullmatch(spec):
        known = named_queries()
        if spec not in known:
            names = ", ".join(known) or "none"
            raise KgError(f"unknown query {spec!r}; named queries: {names}")
        return _read_query(known[spec]), str(known[spec])
    return spec, "<query>"


def _read_query(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as e:
        raise KgError("no such query file", path) from e
    except (OSError, UnicodeDecodeError) as e:
        raise KgError(f"cannot read query: {e}", path) from e


def parse_params(pairs: Iterable[str]) -> dict[str, str]:
    """`["key=value", ...]` → dict; the value may itself contain '='."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not _PARAM_KEY.fullmatch(key):
            raise KgError(f"--param {pair!r}: expected key=value with key a SPARQL variable name")
        params[key] = value
    return params


def bindings(query: str, params: Mapping[str, str], source: str = "<query>") -> dict[str, Literal]:
    """initBindings for `params`: plain literals, folded for FOLDED_PARAMS; unknown keys are errors."""
    out: dict[str, Literal] = {}
    for key, value in params.items():
        if not regex.search(rf"[?$]{regex.escape(key)}\b", query):
            raise KgError(f"query has no variable ?{key} to bind --param {key}", source)
        out[key] = Literal(fold(value) if key in FOLDED_PARAMS else value)
    return out


def run_query(
    graph: Graph, query: str, params: Mapping[str, str] | None = None, *, source: str = "<query>"
) -> Result:
    """Run SPARQL `query` on `graph` with `params` bound; the project's prefixes are predeclared."""
    try:
        prepared = prepareQuery(query, initNs={k: str(v) for k, v in PREFIXES.items()})
    except ParseException as e:
        raise KgError(f"SPARQL syntax error: {e.msg} at column {e.col}", source, e.lineno) from e
    except Exception as e:  # rdflib reports unknown prefixes etc. as bare Exception
        raise KgError(f"SPARQL syntax error: {' '.join(str(e).split())}", source) from e
    return graph.query(prepared, initBindings=bindings(query, params or {}, source))


# -- output ------------------------------------------------------------------


def format_result(result: Result, fmt: str) -> str:
    """A result as text: an aligned table, CSV (header without '?') or SPARQL 1.1 JSON."""
    if fmt not in FORMATS:
        raise KgError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if fmt == "json":
        data = result.serialize(format="json")
        return (data.decode("utf-8") if isinstance(data, bytes) else str(data)) + "\n"
    if result.type == "ASK":
        return ("true" if result.askAnswer else "false") + "\n"
    if fmt == "csv":
        return _csv(*rows_of(result))
    return _table(*rows_of(result, compact=True))


def rows_of(result: Result, *, compact: bool = False) -> tuple[list[str], list[list[str]]]:
    """Variable names and rows of plain strings: a literal's lexical form, an IRI as itself, '' if unbound.

    `compact` (tables) writes IRIs as prefix:name with Arabic percent-escapes decoded.
    """
    header = [str(v) for v in (result.vars or [])]
    show = _compact if compact else _plain
    rows = [[show(term) for term in row] for row in result]
    return header, rows


def _plain(term: Node | None) -> str:
    return "" if term is None else str(term)


_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda p: -len(p[0]))


def _compact(term: Node | None) -> str:
    if not isinstance(term, URIRef):
        return _plain(term)
    iri = str(term)
    for ns, prefix in _NAMESPACES:
        if iri.startswith(ns):
            return f"{prefix}:{unquote(iri[len(ns) :])}"
    return iri


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def display_width(text: str) -> int:
    """Terminal columns: combining marks (Arabic diacritics) and format marks take none, wide CJK two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if display_width(text) <= limit:
        return text
    out, width = [], 0
    for ch in text:
        width += display_width(ch)
        if width > limit - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def _table(header: list[str], rows: list[list[str]]) -> str:
    """Columns padded by display width. When cells hold Arabic, each cell ends with a
    left-to-right mark so a bidi-aware terminal keeps the columns in order instead of
    running neighbouring Arabic cells together right-to-left."""
    cells = [[_cut(c, TABLE_CELL_MAX) for c in row] for row in rows]
    rtl = any(_RTL.search(c) for row in cells for c in row)
    end = _LRM if rtl else ""
    widths = [display_width(h) for h in header]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]

    def line(row: list[str]) -> str:
        parts = [c + end + " " * (w - display_width(c)) for c, w in zip(row, widths, strict=True)]
        return " | ".join(parts).rstrip() + "\n"

    rule = "-+-".join("-" * w for w in widths) + "\n"
    count = f"({len(rows)} row{'' if len(rows) == 1 else 's'})\n"
    return line(header) + rule + "".join(line(r) for r in cells) + count


__all__ = [
    "FORMATS",
    "FOLDED_PARAMS",
    "queries_dir",
    "named_queries",
    "resolve_query",
    "parse_params",
    "bindings",
    "run_query",
    "format_result",
    "rows_of",
    "display_width",
]
