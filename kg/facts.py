"""One article's facts as text a store can load: its own quads and the shared triples.

A store keeps each article's facts in a named graph (the article's IRI), so one
article can be replaced or removed without touching the others. A triple that
names the article or one of its text spans (sentences, mentions) belongs to
that article alone and goes to its graph. Every other triple — an entity's
labels and types, posts, holdings, costs, actions — may be stated by several
articles, so it is kept once in a shared graph and counted per article; it
leaves the store when no article states it any more (kg.store). Each triple is
thus in exactly one graph, and the union of the graphs is the graph a single
in-memory build would give.

This runs in the extraction workers: the RDF is written here as N-Triples /
N-Quads text (fast to pickle, parsed in Rust by Oxigraph) rather than handed to
the main process as rdflib objects.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from dataclasses import dataclass, field, replace

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from extract.model import Article, Extraction
from extract.normalize import fold
from kg.to_rdf import add_extractions
from kg.vocab import BASE, article_iri

SHARED_GRAPH = f"{BASE}id/graph/shared"


@dataclass(frozen=True, slots=True)
class Sighting:
    """An article says a person (by folded name key) holds a post: what kg.identity and
    kg.tenure work from. `identity` is the node the person was placed on (kg.identity)."""

    person: str
    name: str  # as written in the article
    post: str | None = None  # folded post label, "محافظ البحيره"
    role: str | None = None  # folded bare role, "محافظ"
    institution: str | None = None  # institution key
    status: str = "current"  # current | former | new
    identity: str = ""

    def placed(self, identity: str) -> Sighting:
        return replace(self, identity=identity)


@dataclass(slots=True)
class ArticleFacts:
    """What one article adds to a store, ready to load and to count.

    `quads` are N-Quads in the article's own graph; `shared` N-Quads in SHARED_GRAPH,
    with `shared_keys` (one 64-bit key per line, for reference counts) and
    `shared_blob` (the lines compressed, kept so they can be un-counted later).
    `sightings` (who holds which post) and `date` feed identity and tenure (kg.identity, kg.tenure).
    """

    article_id: str
    digest: str
    quads: str
    shared: str
    shared_keys: list[int]
    shared_blob: bytes
    quad_count: int
    date: str | None = None
    sightings: list[Sighting] = field(default_factory=list)

    @property
    def graph(self) -> str:
        return str(article_iri(self.article_id))


def line_key(line: str) -> int:
    """A 64-bit key of one N-Quads line (collisions: ~1e-6 at millions of shared triples)."""
    return int.from_bytes(hashlib.blake2b(line.encode(), digest_size=8).digest(), "big", signed=True)


def shared_lines(blob: bytes) -> list[str]:
    return zlib.decompress(blob).decode("utf-8").splitlines(keepends=True)


def article_digest(article: Article) -> str:
    """Content hash of everything extraction reads: a changed article gets a new digest."""
    fields = [article.id, article.text, article.title, article.date, article.url]
    return hashlib.blake2b(json.dumps(fields, ensure_ascii=False).encode(), digest_size=16).hexdigest()


class _Triples(Graph):
    """A Graph that only records what is added: kg.to_rdf writes into it ~3× faster than into a real one."""

    def __init__(self) -> None:
        super().__init__()
        self.added: list[tuple[Node, Node, Node]] = []

    def add(self, triple):  # type: ignore[override]
        self.added.append(triple)
        return self


def facts_of(extraction: Extraction, digest: str = "") -> ArticleFacts:
    """Turn an extraction into ArticleFacts (article quads + shared triples), each triple once."""
    sink = _Triples()
    add_extractions(sink, [extraction])
    aid = extraction.article.id
    own = str(article_iri(aid))
    spans = own + "#"
    graph, common = f" <{own}> .\n", f" <{SHARED_GRAPH}> .\n"
    quads: dict[str, None] = {}
    shared: dict[str, None] = {}
    iris: dict[URIRef, str] = {}  # subjects and predicates recur: each IRI is written once an article

    def write(node: Node) -> str:
        if type(node) is not URIRef:
            return term(node)
        text = iris.get(node)
        if text is None:
            text = iris[node] = term(node)
        return text

    for s, p, o in sink.added:
        line = f"{write(s)} {write(p)} {write(o)}"
        if _is_own(s, own, spans) or _is_own(o, own, spans):
            quads[line + graph] = None
        else:
            shared[line + common] = None
    shared_text = "".join(shared)
    return ArticleFacts(
        aid,
        digest or article_digest(extraction.article),
        "".join(quads),
        shared_text,
        [line_key(line) for line in shared],
        zlib.compress(shared_text.encode("utf-8"), 1),
        len(quads),
        extraction.article.date,
        sightings_of(extraction),
    )


def sightings_of(extraction: Extraction) -> list[Sighting]:
    """Each official's posts in the article (one name-only sighting for an official without one)."""
    out: list[Sighting] = []
    for off in extraction.officials:
        if not off.holdings:
            out.append(Sighting(off.key, off.name, identity=off.key))
        for h in off.holdings:
            out.append(
                Sighting(off.key, off.name, fold(h.role), fold(h.role_noun), h.institution, h.status, off.key)
            )
    return out


def rewrite_facts(
    facts: ArticleFacts, renames: list[tuple[str, str]], extra_shared: str = ""
) -> ArticleFacts:
    """`facts` with IRIs replaced (kg.identity moves a person to another node) and `extra_shared`
    N-Quads added to the shared ones; shared lines re-keyed."""

    def apply(text: str) -> str:
        for old, new in renames:
            text = text.replace(old, new)
        return text

    quads = "".join(dict.fromkeys(apply(facts.quads).splitlines(keepends=True)))
    shared = list(dict.fromkeys((apply(facts.shared) + extra_shared).splitlines(keepends=True)))
    shared_text = "".join(shared)
    return replace(
        facts,
        quads=quads,
        shared=shared_text,
        shared_keys=[line_key(line) for line in shared],
        shared_blob=zlib.compress(shared_text.encode("utf-8"), 1),
        quad_count=quads.count("\n"),
    )


def _is_own(node: Node, own: str, spans: str) -> bool:
    # str methods, not rdflib's Python-level overrides: this runs for every triple
    return type(node) is URIRef and (str.startswith(node, spans) or str.__eq__(node, own))


# -- N-Triples terms ---------------------------------------------------------------

_STRING = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r"}
_STRING |= {c: f"\\u{c:04X}" for c in [*range(0x20), 0x7F] if c not in _STRING}
_IRI = {c: f"\\u{c:04X}" for c in [*range(0x21), *map(ord, '<>"{}|^`\\')]}
_XSD_STRING = str(XSD.string)


# Almost no term needs escaping; searching for the few that do is ~10x cheaper than translating all.
_IRI_ESCAPED = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f]')


def term(node: Node) -> str:
    """A term in N-Triples syntax (str methods: rdflib's overrides are slow in this hot loop)."""
    if isinstance(node, URIRef):
        return "<" + (str.translate(node, _IRI) if _IRI_ESCAPED.search(node) else str.__str__(node)) + ">"
    if isinstance(node, Literal):
        text = '"' + (str.translate(node, _STRING) if _STRING_ESCAPED.search(node) else str.__str__(node)) + '"'
        lang = node.language
        if lang:
            return f"{text}@{lang}"
        datatype = node.datatype
        if datatype is not None and not str.__eq__(datatype, _XSD_STRING):
            return f"{text}^^<{datatype}>"
        return text
    if isinstance(node, BNode):
        return f"_:b{node}"
    raise ValueError(f"cannot write {node!r} as N-Triples")


__all__ = [
    "ArticleFacts",
    "SHARED_GRAPH",
    "Sighting",
    "article_digest",
    "facts_of",
    "line_key",
    "rewrite_facts",
    "shared_lines",
    "sightings_of",
    "term",
]
