"""Check a built graph against the SHACL shapes in `ontology/shapes.ttl`.

The library function behind `kg validate`. The shapes check exactly the types
kg/to_rdf.py writes (every node carries its classes explicitly), so pySHACL
runs with no inference and without mixing in the ontology: both copy the data
graph first, and RDFS inference is ~20x slower, for no gain here.
Warnings (shapes with sh:severity sh:Warning) are reported but do not make the
graph fail. The report is text for a person: one line per problem, naming the
thing by its Arabic label where it has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

import pyshacl
from rdflib import Graph, Literal, Node, URIRef
from rdflib.namespace import RDFS, SH

from kg.resources import shapes_path
from kg.vocab import NIF

MAX_LINES = 50
_MAX_VALUE = 60


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """Outcome of a validation.

    `violations` counts results of severity sh:Violation (warnings are listed in
    `report` but not counted); `report` is readable text, one line per problem.
    """

    conforms: bool
    report: str
    violations: int


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def validate_graph(data: Graph) -> ValidationResult:
    """Validate `data` against the project's shapes; `data` is not modified."""
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=_shapes(), inference="none", allow_warnings=True
    )
    errors: list[str] = []
    warnings: list[str] = []
    for result in results.subjects(SH.resultSeverity, None):
        is_violation = results.value(result, SH.resultSeverity) == SH.Violation
        (errors if is_violation else warnings).append(_describe(data, results, result))
    return ValidationResult(bool(conforms), _report(sorted(errors), sorted(warnings)), len(errors))


def _report(errors: list[str], warnings: list[str]) -> str:
    if not errors and not warnings:
        return "The graph conforms to the shapes: no violations."
    if errors:
        head = f"{_plural(len(errors), 'violation')} of the shapes"
        head += f" and {_plural(len(warnings), 'warning')}:" if warnings else ":"
    else:
        head = f"The graph conforms to the shapes, with {_plural(len(warnings), 'warning')}:"
    lines = errors + [f"[warning] {w}" for w in warnings]
    shown = lines[:MAX_LINES]
    rest = len(lines) - len(shown)
    return "\n".join([head, *shown, *([f"... and {rest} more"] if rest else [])])


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _describe(data: Graph, results: Graph, result: Node) -> str:
    """One report line: focus node | path | message (found: value)."""
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    line = f"{_name(data, focus)} | {_path(data, results, path)} | {_message(results, result)}"
    if isinstance(value, Literal):
        text = str(value)
        text = text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"
        line += f" (found: {text!r})"
    return line


def _name(data: Graph, node: Node | None) -> str:
    """The node's Arabic label; else its short IRI, with a mention's text if it has one."""
    if node is None:
        return "(graph)"
    labels = sorted(data.objects(node, RDFS.label), key=_lang_first("ar"))
    if labels:
        return f"«{labels[0]}»"
    anchor = data.value(node, NIF.anchorOf)
    return _short(data, node) + (f" «{anchor}»" if anchor is not None else "")


def _lang_first(lang: str):
    return lambda lit: (getattr(lit, "language", None) != lang, str(lit))


def _short(data: Graph, node: Node) -> str:
    """A compact, decoded IRI: `id:person/احمد_علي` rather than percent escapes."""
    if not isinstance(node, URIRef):
        return str(node)
    prefix, ns = "", ""
    for p, n in data.namespace_manager.namespaces():
        if node.startswith(n) and len(n) > len(ns):
            prefix, ns = p, str(n)
    return unquote(f"{prefix}:{node[len(ns) :]}" if ns else f"<{node}>")


def _path(data: Graph, results: Graph, path: Node | None) -> str:
    if path is None:
        return "-"
    if isinstance(path, URIRef):
        return _short(data, path)
    inverse = results.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return "^" + _short(data, inverse)
    return "(complex path)"


def _message(results: Graph, result: Node) -> str:
    messages = sorted(results.objects(result, SH.resultMessage), key=_lang_first("en"))
    return str(messages[0]) if messages else "(no message)"


__all__ = ["ValidationResult", "validate_graph", "MAX_LINES"]
