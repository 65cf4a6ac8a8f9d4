"""Who is who across articles: one node per real official, two for two people who share a name.

Within an article the extractors already merge a person's spellings and short
forms. Across articles a person's node is named by the folded name key
(extract.officials.name_key), so spelling variants (ى/ي، ة/ه، همزات، "عبد
الله"/"عبدالله") and honorifics never split a person. What the key alone
cannot decide, this module decides when an article is loaded, from what the
store already holds (its *sightings*: who held which post, in which article,
on which date):

* **Same name, conflicting posts → two people.** A name key seen holding a
  post of the same kind (same role noun) in a *different* institution within
  CONFLICT_DAYS of an earlier sighting — "محافظ البحيرة" and "محافظ الغربية"
  in the same season — cannot be the same person: the later article's person
  becomes a new node, `KEY~2`. Without dates a conflict is assumed, since
  merging two people is the worse error. A former post (السابق) never conflicts.
* **A short name ↔ the full one.** A name with no node of its own whose words
  fit, in order and with the same first and last word, exactly one known
  shorter or fuller name, and which holds one of that person's posts, is that
  person ("محمد صالح، محافظ البحيرة" and "محمد صالح عبد الله، محافظ البحيرة").

A person split off this way is stated `owl:differentFrom` each same-named
person already known, by the article that made the split (so the reason can be
traced to its evidence). Each decision is the article's alone and is kept: a later article never moves
an earlier one's person. So which of two same-named people keeps the plain IRI
depends on load order (input order in a full build); they stay apart either way.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from kg.facts import SHARED_GRAPH, ArticleFacts, Sighting, line_key, rewrite_facts
from kg.vocab import ID, slug

CONFLICT_DAYS = 180
_ACTIVE = ("current", "new")


class _Days:
    """The days a person was seen in one post, kept sorted: "seen within CONFLICT_DAYS of this
    day?" is a binary search, however many articles name a governor."""

    __slots__ = ("days", "counts", "undated")

    def __init__(self) -> None:
        self.days: list[str] = []  # distinct ISO days, sorted (ISO strings sort by date)
        self.counts: dict[str, int] = {}
        self.undated = 0  # sightings without a readable date: near every day

    def add(self, when: str | None) -> None:
        day = _iso_day(when)
        if day is None:
            self.undated += 1
        elif day in self.counts:
            self.counts[day] += 1
        else:
            self.counts[day] = 1
            insort(self.days, day)

    def remove(self, when: str | None) -> None:
        day = _iso_day(when)
        if day is None:
            self.undated -= 1
        elif self.counts[day] > 1:
            self.counts[day] -= 1
        else:
            del self.counts[day]
            del self.days[bisect_left(self.days, day)]

    def near(self, when: str | None) -> bool:
        """Is a sighting within CONFLICT_DAYS of `when` (any sighting, when either is undated)?"""
        if not self:
            return False
        day = _iso_day(when)
        if day is None or self.undated:
            return True
        centre = date.fromisoformat(day)
        first = (centre - timedelta(days=CONFLICT_DAYS)).isoformat()
        last = (centre + timedelta(days=CONFLICT_DAYS)).isoformat()
        i = bisect_left(self.days, first)
        return i < len(self.days) and self.days[i] <= last

    def __bool__(self) -> bool:
        return bool(self.undated or self.days)


@dataclass(slots=True)
class _Known:
    """One identity: its node key and the sightings that made it, by article, with the two
    summaries the decisions read (so a decision costs the same at 100 articles or 100,000)."""

    key: str  # the node's key: the name key, or "KEY~2" for a second person of that name
    names: set[str] = field(default_factory=set)  # every name key the person was seen under
    seen: dict[str, list[tuple[Sighting, str | None]]] = field(
        default_factory=dict
    )  # article → (sighting, date)
    posts: Counter[str] = field(default_factory=Counter)  # post → sightings
    active: dict[tuple[str, str], _Days] = field(default_factory=dict)  # (role, institution) → days
    loaded: bool = True  # False: a stored person whose sightings are not read yet (Identities._load)

    def add(self, article: str, sighting: Sighting, when: str | None) -> None:
        self.seen.setdefault(article, []).append((sighting, when))
        if sighting.post:
            self.posts[sighting.post] += 1
        if _is_active(sighting):
            self.active.setdefault((sighting.role, sighting.institution), _Days()).add(when)

    def drop(self, article: str) -> None:
        for sighting, when in self.seen.pop(article, ()):
            if sighting.post:
                self.posts[sighting.post] -= 1
                if not self.posts[sighting.post]:
                    del self.posts[sighting.post]
            if _is_active(sighting):
                days = self.active[(sighting.role, sighting.institution)]
                days.remove(when)
                if not days:
                    del self.active[(sighting.role, sighting.institution)]


class SightingSource(Protocol):
    """Where the sightings of earlier builds are kept (kg.store.Manifest)."""

    def people(self) -> Iterable[tuple[str, str]]:
        """(identity, name key) of every person sighted, in the order first stored."""
        ...

    def sightings_of(self, identity: str) -> Iterable[tuple[str, Sighting, str | None]]:
        """(article, sighting, date) of each sighting placed on the identity."""
        ...


class Identities:
    """The people the store knows, to place each new article's officials."""

    def __init__(self, source: SightingSource | None = None) -> None:
        """`source`: the sightings already stored (kg.store's manifest). Only who is known under
        which names is read now; a person's sightings are read the first time an article names
        them, so adding 100 articles to a store of 100,000 reads a few hundred people, not all."""
        self._by_name: dict[str, list[_Known]] = defaultdict(list)
        self._by_ends: dict[tuple[str, str], list[_Known]] = defaultdict(list)
        self._by_key: dict[str, _Known] = {}
        self._by_article: dict[str, set[str]] = defaultdict(set)  # article → identities it sighted
        self._source = source
        for identity, name_key in source.people() if source is not None else ():
            self._known(identity, name_key).loaded = False

    # -- placing an article's people
    def resolve(self, facts: ArticleFacts) -> ArticleFacts:
        """`facts` with each official's node chosen; its sightings carry the chosen identity."""
        self.forget([facts.article_id])
        by_person: dict[str, list[Sighting]] = defaultdict(list)
        for s in facts.sightings:
            by_person[s.person].append(s)
        renames: dict[str, str] = {}
        apart: list[str] = []
        for name_key, sightings in by_person.items():
            identity = self._place(name_key, sightings, facts.date)
            if identity != name_key:
                renames[name_key] = identity
            if identity not in self._by_key:  # a new person: say which same-named ones it is not
                apart += [_different(identity, k.key) for k in self._seen(self._by_name.get(name_key, ()))]
        placed = [s.placed(renames.get(s.person, s.person)) for s in facts.sightings]
        for s in placed:
            self._sight(facts.article_id, self._known(s.identity, s.person), s, facts.date)
        if renames or apart:
            facts = rewrite_facts(facts, _iri_renames(renames), "".join(apart))
        facts.sightings = placed
        return facts

    def forget(self, article_ids: list[str]) -> None:
        """Drop what the articles said (they are being removed or replaced)."""
        for aid in article_ids:
            for identity in self._by_article.pop(aid, ()):
                self._by_key[identity].drop(aid)

    def _sight(self, article: str, known: _Known, sighting: Sighting, when: str | None) -> None:
        self._load(known)
        known.add(article, sighting, when)
        self._by_article[article].add(known.key)

    def _load(self, known: _Known) -> None:
        """Read a stored person's sightings, once, before anything reads or adds to them."""
        if not known.loaded and self._source is not None:
            known.loaded = True
            for article, sighting, when in self._source.sightings_of(known.key):
                known.add(article, sighting, when)
                self._by_article[article].add(known.key)

    def _seen(self, knowns: Iterable[_Known]) -> list[_Known]:
        """Those of `knowns` still sighted in some article (a removed article's people may not be)."""
        for k in knowns:
            self._load(k)
        return [k for k in knowns if k.seen]

    def _place(self, name_key: str, sightings: list[Sighting], when: str | None) -> str:
        same_name = self._seen(self._by_name.get(name_key, ()))
        fitting = [k for k in same_name if not _conflicts(k, sightings, when)]
        if fitting:
            sharing = [k for k in fitting if _shares_post(k, sightings)]
            return (sharing or fitting)[0].key
        other = self._fuller_name(name_key, sightings, when)
        if other is not None:
            return other.key
        return _next_key(name_key, self._by_key) if same_name else name_key

    def _fuller_name(self, name_key: str, sightings: list[Sighting], when: str | None) -> _Known | None:
        """The one known person whose name is this one shortened or lengthened, holding its post."""
        words = name_key.split()
        if len(words) < 2:
            return None
        named = [
            k
            for k in self._by_ends.get((words[0], words[-1]), ())
            if name_key not in k.names and any(_one_within_other(words, n.split()) for n in k.names)
        ]
        found = [
            k for k in self._seen(named) if _shares_post(k, sightings) and not _conflicts(k, sightings, when)
        ]
        found = list({id(k): k for k in found}.values())  # one person can be indexed under two names
        return found[0] if len(found) == 1 else None

    def _known(self, identity: str, name_key: str) -> _Known:
        """The identity, created if new, and found from now on under `name_key` too."""
        known = self._by_key.get(identity)
        if known is None:
            known = self._by_key[identity] = _Known(identity)
        if name_key not in known.names:
            known.names.add(name_key)
            self._by_name[name_key].append(known)
            words = name_key.split()
            if len(words) >= 2:
                self._by_ends[(words[0], words[-1])].append(known)
        return known


def _is_active(s: Sighting) -> bool:
    """A post held now, in a named institution: what can conflict with another."""
    return s.status in _ACTIVE and bool(s.role) and bool(s.institution)


def _conflicts(known: _Known, sightings: list[Sighting], when: str | None) -> bool:
    """Does a post in `sightings` rule out `known` holding its posts at the same time?"""
    for s in sightings:
        if _is_active(s):
            for (role, institution), days in known.active.items():
                if role == s.role and not _same_institution(s.institution, institution) and days.near(when):
                    return True
    return False


def _same_institution(a: str | None, b: str | None) -> bool:
    """One institution under two spellings of its name ("وزارة الصحة" / "وزارة الصحة والسكان")."""
    if a is None or b is None or a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return long[: len(short)] == short


def _iso_day(when: str | None) -> str | None:
    """`when` as an ISO day, None when missing or unreadable (then it conflicts with any day)."""
    if not when:
        return None
    try:
        return date.fromisoformat(when[:10]).isoformat()
    except ValueError:
        return None


def _shares_post(known: _Known, sightings: list[Sighting]) -> bool:
    return any(s.post in known.posts for s in sightings if s.post)


def _one_within_other(a: list[str], b: list[str]) -> bool:
    """The shorter name's words appear in the longer one in the same order."""
    short, full = sorted((a, b), key=len)
    it = iter(full)
    return all(w in it for w in short)


def _next_key(name_key: str, taken: dict[str, _Known]) -> str:
    n = 2
    while f"{name_key}~{n}" in taken:
        n += 1
    return f"{name_key}~{n}"


def _different(person: str, other: str) -> str:
    """`owl:differentFrom` between two people who share a name: the split, stated in the graph."""
    return (
        f"<{ID}person/{slug(person)}> <http://www.w3.org/2002/07/owl#differentFrom> "
        f"<{ID}person/{slug(other)}> <{SHARED_GRAPH}> .\n"
    )


def _iri_renames(renames: dict[str, str]) -> list[tuple[str, str]]:
    """Text replacements moving a person's node, holdings and actions to another identity."""
    pairs = []
    for old, new in renames.items():
        a, b = slug(old), slug(new)
        pairs += [
            (f"<{ID}person/{a}>", f"<{ID}person/{b}>"),
            (f"<{ID}holding/{a}/", f"<{ID}holding/{b}/"),
            (f"<{ID}action/{a}/", f"<{ID}action/{b}/"),
            (f"#holding={a}/", f"#holding={b}/"),  # the article's qualified derivations
            (f"#action={a}/", f"#action={b}/"),
        ]
    return pairs


__all__ = ["CONFLICT_DAYS", "Identities", "line_key"]
