"""Running SPARQL queries: named queries from queries/, .rq files or inline text.

Parameters are bound with rdflib's `initBindings` as plain literals (`date` as
an xsd:date, checked) — never pasted into the query text, so a value cannot
change the query. Values of the
parameters in FOLDED_PARAMS (`name`, `institution`, `post`) are spelling-folded
with `extract.normalize.fold` first, because the queries match them against
`agk:foldedLabel`: "محافظة القليوبية" and "محافظه القليوبيه" find the same node.

Results of every engine — rdflib on a graph file, Oxigraph on a store
(kg.store), a remote SPARQL endpoint (`query_endpoint`) — become one `Table`
of plain `Term` tuples, so the output formats are the same whichever answered.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote

import regex
from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result
from rdflib.term import Node

from extract.normalize import fold
from kg.errors import KgError
from kg.vocab import PREFIXES

FORMATS = ("table", "csv", "json")
FOLDED_PARAMS = frozenset({"name", "institution", "post"})
DATE_PARAMS = frozenset({"date"})  # bound as xsd:date, so they compare as dates
TABLE_CELL_MAX = 80  # display columns; longer cells (sentences) are cut in tables only

_NAME = regex.compile(r"[\w.-]+")
_PARAM_KEY = regex.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IRI = regex.compile(r"<[^<>\"{}|^`\\\s]*>")  # an IRI in a query, as SPARQL writes one
_RTL = regex.compile(r"[\p{Bidi_Class=R}\p{Bidi_Class=AL}]")
_LRM = "\u200e"
_XSD = "http://www.w3.org/2001/XMLSchema#"


class Term(NamedTuple):
    """An RDF term as plain strings: kind is "uri", "literal" or "bnode" (SPARQL JSON's names)."""

    kind: str
    value: str
    lang: str | None = None
    datatype: str | None = None


@dataclass(slots=True)
class Table:
    """A query's answer, whichever engine gave it: SELECT rows, an ASK boolean or CONSTRUCT text."""

    vars: list[str] = field(default_factory=list)
    rows: list[list[Term | None]] = field(default_factory=list)
    ask: bool | None = None
    graph_text: str | None = None  # CONSTRUCT/DESCRIBE, already serialised

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def rdflib_term(node: Node | None) -> Term | None:
    """rdflib term → Term."""
    if node is None:
        return None
    if isinstance(node, URIRef):
        return Term("uri", str(node))
    if isinstance(node, BNode):
        return Term("bnode", str(node))
    if isinstance(node, Literal):
        dt = str(node.datatype) if node.datatype is not None and not node.language else None
        return Term("literal", str(node), node.language, None if dt == _XSD + "string" else dt)
    return Term("literal", str(node))


def table_of(result: Result | Table) -> Table:
    """An rdflib query Result as a Table (a Table is returned as it is)."""
    if isinstance(result, Table):
        return result
    if result.type == "ASK":
        return Table(ask=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return Table(graph_text=result.graph.serialize(format="turtle"))
    names = [str(v) for v in (result.vars or [])]
    return Table(names, [[rdflib_term(t) for t in row] for row in result])


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
        if not regex.search(rf"[?$]{regex.escape(key)}\b", _bound_group(query)):
            # the value would go into a group without ?key and restrict nothing
            raise KgError(f"query does not take --param {key}: ?{key} is not in its WHERE group", source)
        if key in DATE_PARAMS:
            out[key] = _date_param(key, value, source)
        else:
            out[key] = Literal(fold(value) if key in FOLDED_PARAMS else value)
    return out


def _date_param(key: str, value: str, source: str) -> Literal:
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise KgError(f"--param {key}={value!r}: expected a date as YYYY-MM-DD", source) from None
    return Literal(day.isoformat(), datatype=XSD.date)


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


def format_result(result: Result | Table, fmt: str) -> str:
    """A result as text: an aligned table, CSV (header without '?') or SPARQL 1.1 JSON."""
    if fmt not in FORMATS:
        raise KgError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if not isinstance(result, Table) and result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    table = table_of(result)
    if table.graph_text is not None:
        return table.graph_text
    if fmt == "json":
        return sparql_json(table) + "\n"
    if table.ask is not None:
        return ("true" if table.ask else "false") + "\n"
    if fmt == "csv":
        return _csv(*rows_of(table))
    return _table(*rows_of(table, compact=True))


def sparql_json(table: Table) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if table.ask is not None:
        return json.dumps({"head": {}, "boolean": table.ask})
    bindings = []
    for row in table.rows:
        out = {}
        for name, t in zip(table.vars, row, strict=True):
            if t is None:
                continue
            cell = {"type": t.kind, "value": t.value}
            if t.lang:
                cell["xml:lang"] = t.lang
            elif t.datatype:
                cell["datatype"] = t.datatype
            out[name] = cell
        bindings.append(out)
    return json.dumps({"head": {"vars": table.vars}, "results": {"bindings": bindings}}, ensure_ascii=False)


def rows_of(result: Result | Table, *, compact: bool = False) -> tuple[list[str], list[list[str]]]:
    """Variable names and rows of plain strings: a literal's lexical form, an IRI as itself, '' if unbound.

    `compact` (tables) writes IRIs as prefix:name with Arabic percent-escapes decoded.
    """
    table = table_of(result)
    show = _compact if compact else _plain
    return list(table.vars), [[show(t) for t in row] for row in table.rows]


def _plain(term: Term | None) -> str:
    return "" if term is None else term.value


_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda p: -len(p[0]))


def _compact(term: Term | None) -> str:
    if term is None or term.kind != "uri":
        return _plain(term)
    iri = term.value
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


# -- SPARQL over HTTP ------------------------------------------------------------

ENDPOINT_TIMEOUT = 300.0  # seconds; a big query on a big store can take a while
_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9, application/n-triples;q=0.8"


def prologue() -> str:
    """PREFIX lines for the project's prefixes, for engines that take no prefix map (endpoints)."""
    return "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())


def with_values(query: str, values: Mapping[str, Literal]) -> str:
    """`query` with `VALUES ?key { "value" }` blocks opening its WHERE group.

    The SPARQL protocol has no parameter binding, so values go into the text —
    as escaped literals in a VALUES block, never as query syntax: a value cannot
    change the query. Placed inside the WHERE group (not trailing), they restrict
    the pattern before it is evaluated, as initBindings does.
    """
    if not values:
        return query
    from kg.facts import term

    block = " ".join(f"VALUES ?{k} {{ {term(v)} }}" for k, v in values.items())
    at = _where_brace(query)
    if at is None:
        return f"{query}\n{block.replace('VALUES', 'VALUES', 1)}"
    return f"{query[: at + 1]} {block}{query[at + 1 :]}"


def _significant(query: str) -> Iterator[int]:
    """Offsets of the query's characters outside comments, IRIs and strings."""
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch == "#":
            i = query.find("\n", i)
            i = n if i < 0 else i
        elif ch == "<" and (iri := _IRI.match(query, i)):
            i = iri.end()
            continue
        elif ch in "'\"":
            quote = query[i : i + 3] if query[i : i + 3] in ('"""', "'''") else ch
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
            continue
        else:
            yield i
        i += 1


def _where_brace(query: str) -> int | None:
    """Offset of the `{` opening the WHERE group (the first group of a SELECT or ASK without WHERE)."""
    seen_where, first_brace = False, None
    for i in _significant(query):
        ch = query[i]
        if ch == "{":
            if seen_where:
                return i
            first_brace = i if first_brace is None else first_brace
        elif ch in "Ww" and query[i : i + 5].upper() == "WHERE" and not query[i - 1 : i].isalnum():
            seen_where = True
    is_select = regex.search(r"(?i)\b(SELECT|ASK)\b", query) is not None
    return first_brace if is_select else None


def _bound_group(query: str) -> str:
    """The text in which with_values binds parameters: the WHERE group (or the whole query)."""
    at = _where_brace(query)
    if at is None:
        return query
    depth = 0
    for i in _significant(query):
        if i < at:
            continue
        depth += {"{": 1, "}": -1}.get(query[i], 0)
        if depth == 0:
            return query[at : i + 1]
    return query[at:]


def query_endpoint(
    url: str, query: str, params: Mapping[str, str] | None = None, *, source: str = "<query>"
) -> Table:
    """Run `query` on a SPARQL 1.1 Protocol endpoint (POST) and return its answer as a Table."""
    text = with_values(prologue() + query, bindings(query, params or {}, source))
    request = urllib.request.Request(
        url,
        data=text.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": _ACCEPT},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=ENDPOINT_TIMEOUT) as response:
            kind = response.headers.get_content_type()
            body = response.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        detail = " ".join(e.read().decode("utf-8", "replace").split())[:300]
        raise KgError(f"endpoint answered {e.code} {e.reason}: {detail}", url) from e
    except (urllib.error.URLError, OSError) as e:
        raise KgError(f"cannot reach the endpoint: {getattr(e, 'reason', e)}", url) from e
    if kind != "application/sparql-results+json":
        return Table(graph_text=body)
    return json_table(json.loads(body))


def json_table(doc: dict) -> Table:
    """SPARQL 1.1 JSON results → Table."""
    if "boolean" in doc:
        return Table(ask=bool(doc["boolean"]))
    names = list(doc.get("head", {}).get("vars", []))
    rows = []
    for b in doc.get("results", {}).get("bindings", []):
        row: list[Term | None] = []
        for name in names:
            cell = b.get(name)
            if cell is None:
                row.append(None)
                continue
            kind = "literal" if cell["type"] == "typed-literal" else cell["type"]
            dt = cell.get("datatype")
            row.append(Term(kind, cell["value"], cell.get("xml:lang"), None if dt == _XSD + "string" else dt))
        rows.append(row)
    return Table(names, rows)


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
    "Term",
    "Table",
    "table_of",
    "rdflib_term",
    "sparql_json",
    "json_table",
    "with_values",
    "prologue",
    "query_endpoint",
    "display_width",
]
