"""Later mentions of an official: by role only or by surname only.

"وأكد الوزير" → the article's minister; "محافظ القليوبية" → the official who
holds that post here; "وأطلق صبحي" / "وتفقد عبد الغفار" → the official whose
name ends so. Resolution is within one article.
"""

from __future__ import annotations

from extract.doc import Doc, PersonMention, RolePhrase
from extract.normalize import fold
from extract.officials import is_typo_of, name_key


class OfficialIndex:
    """Look-ups from names, surnames and roles to official keys of one article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.keys = [o.key for o in doc.officials]
        self.by_surname: dict[str, list[str]] = {}
        self.by_role: dict[str, list[str]] = {}
        self.by_noun: dict[str, list[str]] = {}
        for o in doc.officials:
            words = o.key.split()
            if len(words) >= 2:
                self.by_surname.setdefault(words[-1], []).append(o.key)
            for h in o.holdings:
                self.by_role.setdefault(fold(h.role), []).append(o.key)
                self.by_noun.setdefault(fold(h.role_noun), []).append(o.key)

    def person(self, p: PersonMention) -> str | None:
        key = name_key(self.doc.surface(p.name_start, p.end, skip=p.skip))
        if key in self.keys:
            return key
        for k in self.keys:  # a shorter or longer form of a known name, or a typo of one
            if k.startswith(key + " ") or key.startswith(k + " ") or is_typo_of(key, k):
                return k
        words = key.split()
        if len(words) == 2:  # first and last name of a longer one: "ماهر سرور"
            same = [k for k in self.keys if k.split()[0] == words[0] and k.split()[-1] == words[-1]]
            if len(same) == 1:
                return same[0]
        return self.surname_words(key.split())

    def role(self, r: RolePhrase) -> str | None:
        """The official a role-only mention refers to ("الوزير"، "محافظ القليوبية").

        Plural and dual roles ("رؤساء المراكز") refer to no single official; a
        role with its own complement must share most of its words with the post.
        """
        if r.number in ("pl", "du"):
            return None
        text = _SYNONYMS.get(fold(r.text), fold(r.text))
        exact = self.by_role.get(text) or self.by_role.get(_SYNONYMS.get(text, text))
        if exact:
            return exact[0]
        noun = fold(f"{r.canonical} {r.nested[2]}" if r.nested else r.canonical)
        candidates = self.by_noun.get(noun, [])
        if not candidates:
            return None
        if r.end > r.noun_end and not r.nested:
            close = [
                k
                for role, keys in self.by_role.items()
                for k in keys
                if k in candidates and _overlap(role, text) >= 0.5
            ]
            return close[0] if close else None
        return candidates[0]

    def surname_words(self, words: list[str]) -> str | None:
        """An official named by the last word(s) of the name: "صبحي"، "عبد الغفار"."""
        if not words:
            return None
        joined = name_key(" ".join(words))
        for k in self.keys:
            if k.endswith(" " + joined) or k == joined:
                return k
        found = self.by_surname.get(words[-1], [])
        return found[0] if len(found) == 1 and len(words) == 1 else None

    def surname_at(self, k: int) -> tuple[str, int] | None:
        """An official named at token k by surname only; returns (key, tokens used)."""
        toks = self.doc.tokens
        word = toks[k].text
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        if bare in ("عبد", "ابو") and k + 1 < len(toks):
            key = self.surname_words([bare, toks[k + 1].text])
            return (key, 2) if key else None
        for w in {word, bare}:
            found = self.by_surname.get(w)
            if found and len(found) == 1:
                return found[0], 1
        return None


# Other names of the same post, as news writes them.
_SYNONYMS = {
    fold(a): fold(b)
    for a, b in (
        ("رئيس الحكومة", "رئيس مجلس الوزراء"),
        ("رئيس الوزراء", "رئيس مجلس الوزراء"),
        ("نائب رئيس الوزراء", "نائب رئيس مجلس الوزراء"),
        ("رئيس البرلمان", "رئيس مجلس النواب"),
    )
}


def _overlap(a: str, b: str) -> float:
    """Token F1 of two folded phrases, و and ال set aside ("وزير الري" ~ "… والري")."""
    ta, tb = [_bare(w) for w in a.split()], [_bare(w) for w in b.split()]
    common = sum(min(ta.count(w), tb.count(w)) for w in set(ta))
    return 2 * common / (len(ta) + len(tb)) if ta and tb else 0.0


def _bare(word: str) -> str:
    if word.startswith("و") and len(word) > 3:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word
