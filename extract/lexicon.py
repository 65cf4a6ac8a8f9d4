"""Gazetteers of general vocabulary, folded and indexed for token lookup.

The data files under `extract/data/` hold general vocabulary only
(honorifics, role nouns, institution heads, places, first names); this module
folds them once and answers "does a known phrase start at token i?" with
the longest match, allowing proclitics (و، ب، ل، ...) on the first token.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from extract.gazetteer import load_lines as data_lines
from extract.normalize import fold, fold_with_offsets
from extract.tokens import Token, clitic_readings, tokenize


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase).split())


def _token_key(phrase: str) -> tuple[str, ...]:
    """The tokens a text's folded form of `phrase` has, punctuation included."""
    return tuple(t.text for t in tokenize(fold_with_offsets(phrase).text))


@dataclass(frozen=True, slots=True)
class RoleForm:
    canonical: str  # singular masculine, original spelling, e.g. "نائب"
    number: str  # "sg" | "du" | "pl" | "acc" (singular accusative or dual)
    definite: bool  # written with ال and no complement needed ("المحافظ")


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index where the phrase starts (clitics included)
    end: int  # token index after the phrase
    clitics: str  # proclitics on the first token ("و", "ب", ...)
    value: object


_UNSEEN = object()


class PhraseTable:
    """Longest-match lookup of multi-word phrases over tokens.

    Every stage asks the same tables about the same tokens (is a role, a title, a place
    here?), so the answers for the last token list asked about are kept, per position.
    Token lists are never changed once made.
    """

    def __init__(self, entries: dict[tuple[str, ...], object]) -> None:
        self.entries = entries
        self.maxlen = max((len(k) for k in entries), default=1)
        self.first = {k[0] for k in entries}
        # every beginning of a phrase, so a match stops reading at the first word none goes on with
        self._prefixes = {k[:n] for k in entries for n in range(1, len(k) + 1)}
        self._starts: dict[str, tuple[tuple[str, str], ...]] = {}
        self._tokens: list[Token] | None = None
        self._answers: tuple[list[object], list[object]] = ([], [])  # (bare, with clitics)

    def match(self, tokens: list[Token], i: int, clitics: bool = True) -> Match | None:
        if tokens is not self._tokens:
            self._tokens = tokens
            self._answers = ([_UNSEEN] * len(tokens), [_UNSEEN] * len(tokens))
        answers = self._answers[clitics]
        found = answers[i]
        if found is not _UNSEEN:
            return found  # type: ignore[return-value]
        text = tokens[i].text
        if clitics:
            readings = self._starts.get(text)
            if readings is None:
                readings = self._readings(text)
        else:
            readings = (("", text),) if text in self.first else ()
        found = answers[i] = self._longest(tokens, i, readings) if readings else None
        return found

    def candidates(self, tokens: list[Token], clitics: bool = True) -> list[int]:
        """The indexes where a phrase may start: a superset of where `match` finds one, read
        in one pass so a caller need not ask about every token."""
        if not clitics:
            return [i for i, t in enumerate(tokens) if t.text in self.first]
        starts, readings = self._starts, self._readings
        return [i for i, t in enumerate(tokens) if (starts[t.text] if t.text in starts else readings(t.text))]

    def _longest(self, tokens: list[Token], i: int, readings: tuple[tuple[str, str], ...]) -> Match | None:
        """The longest phrase at token i over the readings of its first word (the first
        reading wins a tie)."""
        best: Match | None = None
        stop = min(len(tokens), i + self.maxlen)
        for prefix, stem in readings:
            key: tuple[str, ...] = (stem,)
            value = self.entries.get(key)
            found = (1, value) if value is not None else None
            for j in range(i + 1, stop):
                key = (*key, tokens[j].text)
                if key not in self._prefixes:
                    break
                value = self.entries.get(key)
                if value is not None:
                    found = (len(key), value)
            if found is not None and (best is None or found[0] > best.end - best.start):
                best = Match(i, i + found[0], prefix, found[1])
        return best

    def _readings(self, text: str) -> tuple[tuple[str, str], ...]:
        """The clitic readings of a word whose stem can start a phrase. Kept per word: a text
        asks this of every token, and most words start none."""
        found = tuple(r for r in clitic_readings(text) if r[1] in self.first)
        if len(self._starts) < _STARTS_KEPT:
            self._starts[text] = found
        return found


_STARTS_KEPT = 300_000  # words per table; a corpus's vocabulary, bounded for long-running builds


def _role_entries() -> dict[tuple[str, ...], RoleForm]:
    table: dict[tuple[str, ...], RoleForm] = {}
    for line in data_lines("role_nouns"):
        canonical, _, forms = line.partition("\t")
        canonical = canonical.strip()
        key = _key(canonical)
        table.setdefault(key, RoleForm(canonical, "sg", canonical.startswith("ال")))
        if not canonical.startswith("ال"):
            table.setdefault(("ال" + key[0], *key[1:]), RoleForm(canonical, "sg", True))
        definite = _all_definite(canonical)
        if definite is not None:  # "نائب أول" → "النائب الأول": the adjective agrees
            table.setdefault(_key(definite), RoleForm(definite, "sg", True))
        for form in filter(None, (f.strip() for f in forms.split("|"))):
            fkey = _key(form)
            number = _number_of(fkey[0], key[0])
            table.setdefault(fkey, RoleForm(canonical, number, False))
            if not fkey[0].startswith("ال"):
                table.setdefault(("ال" + fkey[0], *fkey[1:]), RoleForm(canonical, number, True))
            fdefinite = _all_definite(form)
            if fdefinite is not None and number == "sg" and definite is not None:
                table.setdefault(_key(fdefinite), RoleForm(definite, "sg", True))  # "النائبة الأولى"
    return table


def _all_definite(phrase: str) -> str | None:
    """The definite form of a noun + adjectives ("وكيل أول" → "الوكيل الأول");
    None for one word or a construct ("وزير الدولة"، "أمين سر")."""
    words = phrase.split()
    if len(words) < 2 or any(w.startswith("ال") for w in words) or fold(words[1]) not in _ROLE_ADJECTIVES:
        return None
    return " ".join("ال" + w for w in words)


# Adjectives that qualify a role noun and agree with it in definiteness (folded).
_ROLE_ADJECTIVES = frozenset(
    fold(w)
    for w in "أول أولى ثان ثاني ثانية عام عامة مساعد مساعدة تنفيذي تنفيذية منتدب منتدبة "
    "إقليمي إقليمية قطري قطرية جهوي جهوية مقيم مقيمة دائم دائمة خاص خاصة قانوني قانونية".split()
)


def is_role_adjective(word: str) -> bool:
    """ "تنفيذي"، "عام": an adjective that qualifies a role noun (indefinite form)."""
    return fold(word) in _ROLE_ADJECTIVES


def _number_of(form: str, singular: str) -> str:
    """Grammatical number of an inflected role noun (folded): sg, du, pl or acc.

    "acc" is a form in -ا that is either an accusative singular (رئيسا لجامعة)
    or a nominative dual in construct (نائبا المحافظ); context decides.
    """
    if singular.startswith("ال") and not form.startswith("ال"):
        singular = singular[2:]  # "سكرتيرا عاما مساعدا" of "السكرتير العام المساعد"
    if form == singular or (form.endswith("ه") and form[:-1] == singular):
        return "sg"
    if form == singular + "ا":
        return "acc"
    if form in (singular + "ي", singular + "ين"):
        return "du"
    return "pl"


@cache
def roles() -> PhraseTable:
    return PhraseTable(dict(_role_entries()))


@cache
def honorifics() -> PhraseTable:
    # Keyed by the tokenizer, not by spaces: a dotted title ("اللواء أ.ح") is
    # several tokens in a text, and may be written with a last dot or without.
    entries: dict[tuple[str, ...], str] = {}
    for h in data_lines("honorifics"):
        key = _token_key(h)
        entries[key] = h
        if len(key) > 2 and key[-2] == "." and len(key[-1]) == 1:
            entries[(*key, ".")] = h
    return PhraseTable(entries)


@cache
def institution_heads() -> PhraseTable:
    entries: dict[tuple[str, ...], object] = {}
    for line in data_lines("institution_heads"):
        head, _, kind = line.partition("\t")
        entries.setdefault(_key(head), kind.strip())
    return PhraseTable(entries)


@cache
def bare_heads() -> PhraseTable:
    """Definite heads with no name after them ("بالجامعة"، "المحافظة"): references."""
    entries: dict[tuple[str, ...], object] = {}
    for key, kind in institution_heads().entries.items():
        if len(key) == 1 and not key[0].startswith("ال") and key[0] not in _NO_BARE_FORM:
            entries.setdefault(("ال" + key[0],), kind)
    return PhraseTable(entries)


# Heads whose definite form alone names no body: "المكتب" is a room or a desk ("في المكتب").
_NO_BARE_FORM = frozenset({fold("مكتب")})


@cache
def places() -> PhraseTable:
    entries: dict[tuple[str, ...], object] = {}
    for line in data_lines("places"):
        name, _, kind = line.partition("\t")
        entries.setdefault(_key(name), (name.strip(), kind.strip()))
    return PhraseTable(entries)


@cache
def first_names() -> frozenset[str]:
    return frozenset(fold(n) for n in data_lines("first_names"))


@cache
def name_stops() -> frozenset[str]:
    return frozenset(fold(n) for n in data_lines("name_stops"))


# Posts named by a town alone ("أمين عمان"، "أمين جدة"): the noun is also a given name, so it
# is a post only before a place.
_POSTS_BEFORE_PLACE = {
    fold("أمين"): RoleForm("أمين", "sg", False),
    fold("أمينا"): RoleForm("أمين", "acc", False),  # "بتكليف X أمينًا لمنطقة جازان"
}
_POST_STEM = fold("أمين")
_TERRITORY_NOUNS = frozenset(fold(w) for w in ("منطقة", "محافظة"))
# "أمين المنطقة"، "أمين العاصمة المقدسة": the territory a Saudi municipality serves, named by
# its common noun; after أمين it makes the post, never the given name أمين.
_TERRITORY_DEFINITE = frozenset(fold(w) for w in ("المنطقة", "العاصمة", "المحافظة", "الأمانة"))


def post_before_place(tokens: list[Token], i: int) -> Match | None:
    """ "أمين عمان": a role noun that is a post only when a place follows it."""
    if _POST_STEM not in tokens[i].text:
        return None  # the common case, checked cheaply (every listed noun contains the stem)
    for prefix, stem in clitic_readings(tokens[i].text):
        form = _POSTS_BEFORE_PLACE.get(stem)
        if form is not None and i + 1 < len(tokens):
            place = places().match(tokens, i + 1, clitics=form.number == "acc")
            if place is not None and place.clitics in ("", "ل", "لل"):
                return Match(i, i + 1, prefix, form)
            nxt = tokens[i + 1].text
            if form.number == "sg" and _before_territory(tokens, i + 1):
                return Match(i, i + 1, prefix, form)  # "أمين المنطقة"، "أمين محافظة جدة"
            if (
                form.number == "acc"
                and nxt.startswith("ل")
                and nxt[1:] in _TERRITORY_NOUNS
                and i + 2 < len(tokens)
                and places().match(tokens, i + 2, clitics=False) is not None
            ):
                return Match(i, i + 1, prefix, form)  # "أمينا لمنطقة جازان"
    return None


def _before_territory(tokens: list[Token], k: int) -> bool:
    """ "المنطقة المهندس X" (a holder's title after it: alone, "من أمين المنطقة" may be a
    reference other rules should not read as an actor) or "منطقة/محافظة + place" at k."""
    w = tokens[k].text
    if w in _TERRITORY_DEFINITE:
        return k + 1 < len(tokens) and honorifics().match(tokens, k + 1) is not None
    return (
        w in _TERRITORY_NOUNS
        and k + 1 < len(tokens)
        and places().match(tokens, k + 1, clitics=False) is not None
    )


# "مختار قرية الدوايمة": a village headman; the noun is also a given name, so it is a post only
# before the village or quarter it heads.
_HEADMAN = frozenset(fold(w) for w in ("مختار", "ومختار"))
_VILLAGES = frozenset(fold(w) for w in ("قرية", "بلدة", "حي", "عشيرة", "قبيلة"))


def village_headman(tokens: list[Token], i: int) -> Match | None:
    """ "مختار قرية X"، "ومختار حي Y": the headman's post before a named village or quarter."""
    w = tokens[i].text
    if w not in _HEADMAN or i + 2 >= len(tokens) or tokens[i + 1].text not in _VILLAGES:
        return None
    if tokens[i + 2].is_punct:
        return None
    return Match(i, i + 1, "و" if w.startswith("و") else "", RoleForm("مختار", "sg", False))


def role_at(tokens: list[Token], i: int) -> Match | None:
    """A role noun at token i: a listed one, or a post named by the place after it."""
    return (
        roles().match(tokens, i)
        or post_before_place(tokens, i)
        or governor_set_over(tokens, i)
        or village_headman(tokens, i)
    )


# "عاملا" is a Moroccan governor's post only when set over a province: alone it is "a factor".
_GOVERNOR_ACC = fold("عاملا")
_NEW_ACC = frozenset(fold(w) for w in ("جديدا", "جديدًا"))
_PROVINCES = frozenset(fold(w) for w in ("إقليم", "الإقليم", "عمالة", "العمالة"))
_OVER = fold("على")  # (folded like the name علي; a province after it tells)


def governor_set_over(tokens: list[Token], i: int) -> Match | None:
    """ "عاملا على إقليم الحاجب"، "عاملا جديدا على الإقليم"، "عاملا لإقليم تازة": the
    accusative of the governor's post, set over (على) or for (ل) a province."""
    w = tokens[i].text
    prefix = "و" if w.startswith("و") else ""
    if w[len(prefix) :] != _GOVERNOR_ACC:
        return None
    k = i + 1
    if k < len(tokens) and tokens[k].text in _NEW_ACC:
        k += 1
    over = k + 1 < len(tokens) and tokens[k].text == _OVER and tokens[k + 1].text in _PROVINCES
    for_ = k < len(tokens) and tokens[k].text[:1] == "ل" and tokens[k].text[1:] in _PROVINCES
    return Match(i, i + 1, prefix, RoleForm("عامل", "acc", False)) if over or for_ else None
