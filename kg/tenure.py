"""Tenure: when each holder held a post, from the dates of the articles that say so.

An article's date dates what it says. For one post, each holder's holding
(`agk:PostHolding`, an `org:Membership`) gets:

* `agk:firstSeen` / `agk:lastSeen`: the first and last dates an article states
  the holding as current (or new: "المحافظ الجديد");
* `org:memberDuring` a `time:Interval` beginning at firstSeen and, when known,
  ending when the next holder of the same post begins (`agk:succeededBy`; not
  for posts several people hold at once, such as deputies and members) —
  a succession stated in text ("خلفا لـ"، "المحافظ السابق") makes the
  predecessor a former holder on that date, and a holding with no stated end
  lasts until the next holder starts. When no successor is known but an
  article calls the holder former, the interval ends on the first such date.

So "who held the post on day D" is the holder whose interval begins on or
before D and has not ended by D (queries/who-held.rq). These facts depend on
every article, so they live in one derived graph per post, rebuilt from the
store's sightings whenever an article stating the post is added or removed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, TIME, XSD

from kg.facts import term
from kg.vocab import AGK, BASE, ID, slug

ACTIVE = ("current", "new")
# posts held by several people at once ("نائبا المحافظ", "وكيلا اللجنة", "عضو مجلس النواب"):
# a new holder does not end the others' tenure; only a stated end does
SHARED_POST_WORDS = frozenset({"نائب", "وكيل", "عضو", "مساعد", "مستشار"})
POST_GRAPH = f"{BASE}id/graph/tenure/"


@dataclass(slots=True)
class _Holder:
    identity: str
    first: str | None = None
    last: str | None = None
    former: list[str] = field(default_factory=list)


def post_graph(post: str) -> str:
    """The derived graph holding the tenure facts of one post (by folded label)."""
    return POST_GRAPH + slug(post)


def holding_iri(identity: str, post: str) -> URIRef:
    """The holding node kg.to_rdf mints for a person (node key) and post (folded label)."""
    return ID[f"holding/{slug(identity)}/{slug(post)}"]


def tenure_quads(post: str, rows: Iterable[tuple[str, str, str | None]]) -> str:
    """N-Quads of the post's tenure facts from its sightings: (identity, status, date) rows."""
    holders: dict[str, _Holder] = {}
    for identity, status, when in rows:
        h = holders.setdefault(identity, _Holder(identity))
        if when is None:
            continue
        if status in ACTIVE:
            h.first = when if h.first is None else min(h.first, when)
            h.last = when if h.last is None else max(h.last, when)
        else:
            h.former.append(when)
    graph = f" <{post_graph(post)}> .\n"
    lines: list[str] = []

    def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> None:
        lines.append(f"{term(s)} {term(p)} {term(o)}{graph}")

    dated = sorted((h for h in holders.values() if h.first), key=lambda h: (h.first, h.identity))
    one_holder = post.split()[0] not in SHARED_POST_WORDS
    for i, h in enumerate(dated):
        node = holding_iri(h.identity, post)
        add(node, AGK.firstSeen, _day(h.first))
        add(node, AGK.lastSeen, _day(h.last))
        following = next((n for n in dated[i + 1 :] if n.first > h.first), None) if one_holder else None
        end = following.first if following else min((d for d in h.former if d >= h.first), default=None)
        if following:
            add(node, AGK.succeededBy, holding_iri(following.identity, post))
        _interval(add, node, h.first, end)
    for h in holders.values():
        if not h.first and h.former:  # only ever named as the former holder: an end, no start
            _interval(add, holding_iri(h.identity, post), None, min(h.former))
    return "".join(lines)


def _interval(add, node: URIRef, start: str | None, end: str | None) -> None:
    interval = URIRef(f"{node}/tenure")
    add(node, ORG.memberDuring, interval)
    add(interval, RDF.type, TIME.Interval)
    for prop, when, name in ((TIME.hasBeginning, start, "begin"), (TIME.hasEnd, end, "end")):
        if when is None:
            continue
        instant = URIRef(f"{interval}/{name}")
        add(interval, prop, instant)
        add(instant, RDF.type, TIME.Instant)
        add(instant, TIME.inXSDDate, _day(when))


def _day(value: str) -> Literal:
    return Literal(value, datatype=XSD.date)


__all__ = ["POST_GRAPH", "holding_iri", "post_graph", "tenure_quads"]
