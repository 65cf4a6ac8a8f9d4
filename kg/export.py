"""Graph files in and out: load a graph by its extension, serialise it deterministically.

Output is reproducible and diff-friendly: the same graph gives the same bytes,
so a rebuild from the same input leaves graph.ttl byte-identical. Turtle is
written here rather than by rdflib, whose Turtle serialisers slow down
quadratically on graphs like ours (every article's IRIs add a namespace to a
trie it searches linearly: 25 s for 50 k triples, against 0.3 s here). The
layout follows rdflib's `longturtle`: subjects sorted, one statement a line and
`.` on its own line, so a new fact is a one-line diff; literals keep their
exact lexical form ("47000000"^^xsd:decimal stays so). N-Triples and JSON-LD
are sorted too. Files are written atomically (kg.atomic).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import regex
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node
from rdflib.util import guess_format

from kg.atomic import atomic_write_text
from kg.errors import KgError
from kg.vocab import PREFIXES

# CLI format name → RDF format (as rdflib names it, for parsing back).
EXPORT_FORMATS: dict[str, str] = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}
SUFFIX_FORMATS: dict[str, str] = {".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld"}


def new_bound_graph() -> Graph:
    """An empty graph with the project's prefixes, so exports use short names."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file, guessing the format from its extension (.ttl, .nt, .jsonld, ...)."""
    path = Path(path)
    if not path.exists():
        raise KgError("no such graph; run `kg build` first", file=path)
    fmt = guess_format(str(path)) or ("json-ld" if path.suffix.lower() == ".jsonld" else None)
    if fmt is None:
        raise KgError(
            f"cannot tell the RDF format from the suffix {path.suffix!r} (use .ttl, .nt or .jsonld)", path
        )
    g = new_bound_graph()
    try:
        g.parse(path, format=fmt)
    except OSError as e:
        raise KgError(f"cannot read: {e.strerror or e}", path) from e
    except Exception as e:  # rdflib parsers raise many unrelated types; all mean "bad file"
        raise KgError(f"not valid {fmt}: {_first_line(e)}", path, _error_line(e)) from e
    return g


def _first_line(e: Exception) -> str:
    """The error's message squeezed onto one line (parsers like multi-line messages)."""
    return " ".join(str(e).split())[:300] or type(e).__name__


def _error_line(e: Exception) -> int | None:
    for attr in ("lineno", "_lines", "lines"):
        value = getattr(e, attr, None)
        if isinstance(value, int):
            return value + 1 if attr in ("_lines", "lines") else value
    return None


def serialize(graph: Graph, fmt: str) -> str:
    """The graph as text in one of EXPORT_FORMATS, the same bytes for the same graph."""
    if fmt not in EXPORT_FORMATS:
        raise KgError(f"unknown export format {fmt!r} (choose from {', '.join(EXPORT_FORMATS)})")
    if fmt == "nt":
        lines = graph.serialize(format="nt").splitlines()
        return "".join(sorted(f"{line}\n" for line in lines if line.strip()))
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        text = graph.serialize(format="json-ld", context=context, auto_compact=True)
        return _sorted_jsonld(text)
    return turtle(graph)


def _sorted_jsonld(text: str) -> str:
    """JSON-LD with nodes in @id order, so two exports of one graph compare equal."""
    doc = json.loads(text)
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc["@graph"].sort(key=lambda node: json.dumps(node, ensure_ascii=False, sort_keys=True))
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# -- Turtle -------------------------------------------------------------------

_PREFIX_NAME = regex.compile(r"[A-Za-z][A-Za-z0-9_-]*")
_LOCAL_NAME = regex.compile(r"[A-Za-z_][A-Za-z0-9_-]*")  # a safe subset of PN_LOCAL
_INTEGER = regex.compile(r"[+-]?[0-9]+")
_STRING_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
_STRING_ESCAPES |= {c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _STRING_ESCAPES}
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in [*range(0x21), *map(ord, '<>"{}|^`\\')]}


def turtle(graph: Graph) -> str:
    """The graph as Turtle, the same text for the same triples whatever their order."""
    return _TurtleWriter(graph).write()


class _TurtleWriter:
    """Writes terms once each (cached) and remembers which prefixes it used."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        namespaces = {p: str(ns) for p, ns in graph.namespaces() if p and _PREFIX_NAME.fullmatch(p)}
        namespaces |= {p: str(ns) for p, ns in PREFIXES.items()}
        # the longest namespace wins, so agk: is not written as a longer id: path
        self.namespaces = sorted(
            ((ns, p) for p, ns in namespaces.items() if ns), key=lambda x: (-len(x[0]), x[1])
        )
        self.used: dict[str, str] = {}
        self.cache: dict[Node, str] = {}

    def write(self) -> str:
        by_subject: dict[Node, list[tuple[int, str, str]]] = defaultdict(list)
        for s, p, o in self.graph:
            verb = (0, "a") if p == RDF.type else (1, self.term(p))
            by_subject[s].append((*verb, self.term(o)))
        blocks = []
        for s in sorted(by_subject, key=lambda n: (not isinstance(n, URIRef), self.term(n))):
            lines = [self.term(s)]
            lines += [f"    {verb} {obj} ;" for _, verb, obj in sorted(by_subject[s])]
            blocks.append("\n".join(lines) + "\n.\n")
        head = "".join(f"PREFIX {p}: {_iri_ref(ns)}\n" for p, ns in sorted(self.used.items()))
        return head + "\n" + "\n".join(blocks) if blocks else head

    def term(self, node: Node) -> str:
        text = self.cache.get(node)
        if text is None:
            text = self.cache[node] = self._term(node)
        return text

    def _term(self, node: Node) -> str:
        if isinstance(node, URIRef):
            return self._iri(str(node))
        if isinstance(node, BNode):
            return "_:" + regex.sub(r"[^A-Za-z0-9_]", "_", str(node))
        if isinstance(node, Literal):
            lexical = str(node)
            if node.language:
                return f"{_string(lexical)}@{node.language}"
            if node.datatype is None:
                return _string(lexical)
            if node.datatype == XSD.integer and _INTEGER.fullmatch(lexical):
                return lexical
            if node.datatype == XSD.boolean and lexical in ("true", "false"):
                return lexical
            return f"{_string(lexical)}^^{self._iri(str(node.datatype))}"
        raise ValueError(f"cannot write {node!r} in Turtle")

    def _iri(self, iri: str) -> str:
        for ns, prefix in self.namespaces:
            if iri.startswith(ns) and _LOCAL_NAME.fullmatch(iri, len(ns)):
                self.used[prefix] = ns
                return f"{prefix}:{iri[len(ns) :]}"
        return _iri_ref(iri)


def _string(text: str) -> str:
    return '"' + text.translate(_STRING_ESCAPES) + '"'


def _iri_ref(iri: str) -> str:
    return "<" + iri.translate(_IRI_ESCAPES) + ">"


def export_graph(graph: Graph, fmt: str, out: str | Path | None = None) -> str | None:
    """Write the graph to `out` atomically and return None, or return the text when `out` is None."""
    text = serialize(graph, fmt)
    if out is None:
        return text
    atomic_write_text(out, text)
    return None


__all__ = [
    "EXPORT_FORMATS",
    "SUFFIX_FORMATS",
    "load_graph",
    "serialize",
    "turtle",
    "export_graph",
    "new_bound_graph",
]
