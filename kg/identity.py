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

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from kg.facts import SHARED_GRAPH, ArticleFacts, Sighting, line_key, rewrite_facts
from kg.vocab import ID, slug

CONFLICT_DAYS = 180
_ACTIVE = ("current", "new")


@dataclass(slots=True)
class _Known:
    """One identity: its node key and the sightings that made it, by article."""

    key: str  # the node's key: the name key, or "KEY~2" for a second person of that name
    names: set[str] = field(default_factory=set)  # every name key the person was seen under
    seen: dict[str, list[tuple[Sighting, str | None]]] = field(
        default_factory=dict
    )  # article → (sighting, date)


class Identities:
    """The people the store knows, to place each new article's officials."""

    def __init__(self, rows: list[tuple[str, str, str, Sighting, str | None]] | None = None) -> None:
        self._by_name: dict[str, list[_Known]] = defaultdict(list)
        self._by_ends: dict[tuple[str, str], list[_Known]] = defaultdict(list)
        self._by_key: dict[str, _Known] = {}
        self._by_article: dict[str, set[str]] = defaultdict(set)  # article → identities it sighted
        for article, identity, name_key, sighting, when in rows or []:
            self._sight(article, self._known(identity, name_key), sighting, when)

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
                apart += [_different(identity, k.key) for k in self._by_name.get(name_key, ()) if k.seen]
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
                self._by_key[identity].seen.pop(aid, None)

    def _sight(self, article: str, known: _Known, sighting: Sighting, when: str | None) -> None:
        known.seen.setdefault(article, []).append((sighting, when))
        self._by_article[article].add(known.key)

    def _place(self, name_key: str, sightings: list[Sighting], when: str | None) -> str:
        same_name = [k for k in self._by_name.get(name_key, ()) if k.seen]
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
        found = [
            k
            for k in self._by_ends.get((words[0], words[-1]), ())
            if k.seen
            and name_key not in k.names
            and any(_one_within_other(words, n.split()) for n in k.names)
            and _shares_post(k, sightings)
            and not _conflicts(k, sightings, when)
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


def _conflicts(known: _Known, sightings: list[Sighting], when: str | None) -> bool:
    """Does a post in `sightings` rule out `known` holding its posts at the same time?"""
    mine = [s for s in sightings if s.status in _ACTIVE and s.role and s.institution]
    if not mine:
        return False
    for seen in known.seen.values():
        for other, other_when in seen:
            if other.status not in _ACTIVE or not other.institution:
                continue
            for s in mine:
                if (
                    s.role == other.role
                    and not _same_institution(s.institution, other.institution)
                    and _near(when, other_when)
                ):
                    return True
    return False


def _same_institution(a: str | None, b: str | None) -> bool:
    """One institution under two spellings of its name ("وزارة الصحة" / "وزارة الصحة والسكان")."""
    if a is None or b is None or a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return long[: len(short)] == short


def _near(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= CONFLICT_DAYS
    except ValueError:
        return True


def _shares_post(known: _Known, sightings: list[Sighting]) -> bool:
    posts = {s.post for s in sightings if s.post}
    return any(other.post in posts for seen in known.seen.values() for other, _ in seen)


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
