"""Latin-script (ar-Latn) labels for Arabic names of officials and institutions.

Readers who do not read Arabic need a Latin label beside each Arabic one, and it
must be stable: the same Arabic word always gives the same Latin form, whatever
its spelling variant (ى/ي, ة/ه, أ/إ/آ/ا, with or without diacritics).

Scheme: **ALA-LC romanisation of Arabic without diacritics** (the Library of
Congress tables with macrons and dots removed, as many catalogues and news
agencies print them):

- ʿayn and hamza are an apostrophe inside a word and dropped at its start and
  end ("Sa'd", "Fu'ad", "Abd", "Ala"); shadda doubles the consonant
  ("Muhammad"); ـيّة is "iyya", ـيّ is "i" ("al-Qalyubiyya", "al-Misri").
- The article ال is "al-" with no sun-letter assimilation ("al-Sayyid"); the
  clitics are "wa-", "bi-", "li-", and لل is "lil-" ("wa-al-Sukkan",
  "lil-Tanmiya"); a lone و, ب or ل is split off only when the table knows
  the rest ("wa-Ahmad", but وليد is "Walid").
- ة is "a" at the end of a phrase and "at" before a following word (construct:
  "Wizarat al-Sihha"), except on a word with the article, on a first name
  ("Fatima Ahmad"), on a word the table does not know (mostly family names:
  "Akasha Hasan"), and everywhere when `person=True`.
- Name parts are capitalised, also after "al-"; particles are lower case and
  invariant ("al-", "wa-", "bin", "bint", "ibn", "fi"); آل is "Al", أبو "Abu",
  عبد X "Abd al-X", and glued عبدالله, أبوبكر, نورالدين read as their spaced forms.

Vowelled forms of known words come from `extract/data/latin.txt` (first names,
the names after عبد, places, institution and role words), looked up folded.
Unknown words fall back to letter-by-letter romanisation from the small table
below (و/ي are w/y at a word's start or next to alif, else u/i; ة is "a"; an
"a" breaks a word-initial consonant cluster, so عكاشة is "Akasha"). The
`anyascii` package was tried and rejected: it drops alif ("lrhmn" for الرحمن),
writes ة as "h" and ʿayn as a backtick, so it would need as much pre- and
post-processing as this table.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from extract.gazetteer import DATA_DIR, GazetteerError, load_lines, load_table
from extract.normalize import fold

_TABLE = "latin"
_ARTICLE = "ال"
_VALUE = regex.compile(r"[A-Za-z][A-Za-z' -]*[A-Za-z]|[A-Za-z]")

# Arabic words (letters and marks of the Arabic script, tatweel, joiners).
_WORD = regex.compile(r"(?:[[\p{Script=Arabic}\p{M}]&&[\p{L}\p{M}]]|[\u0640\u200c\u200d])+", regex.V1)
_PUNCT = str.maketrans(
    {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": "."}
    | {d: str(i % 10) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")}
)
_LEFTOVER = regex.compile(r"[\p{Script_Extensions=Arabic}\p{M}\u200c-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = regex.compile(r"\s+")

# Clitic prefixes (folded) split off a word whose rest the table knows, longest
# first. True when the prefix carries the article (the word is then definite).
_CLITICS: tuple[tuple[str, str, bool], ...] = (
    ("وبال", "wa-bi-al-", True),
    ("وكال", "wa-ka-al-", True),
    ("ولل", "wa-lil-", True),
    ("وال", "wa-al-", True),
    ("فال", "fa-al-", True),
    ("بال", "bi-al-", True),
    ("كال", "ka-al-", True),
    ("لل", "lil-", True),
    ("وب", "wa-bi-", False),
    ("ول", "wa-li-", False),
    ("و", "wa-", False),
    ("ب", "bi-", False),
    ("ل", "li-", False),
)
# Prefixes kept even before an unknown word: they are almost never part of a stem.
_SURE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("وبال", "wa-bi-al-"),
    ("ولل", "wa-lil-"),
    ("وال", "wa-al-"),
    ("بال", "bi-al-"),
    ("لل", "lil-"),
    ("ال", "al-"),
)

# Letter-by-letter fallback on folded text (ALA-LC values without diacritics).
_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ق": "q",
    "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ء": "'", "ي": "i",
    "و": "u", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g", "ک": "k", "ی": "i",
    "ڨ": "g", "ڥ": "v",
}  # fmt: skip
_VOWEL_LETTERS = frozenset("اوي")


class _Word(NamedTuple):
    latin: str
    known: bool  # from the table, not letter by letter
    definite: bool  # carries the article: never takes the construct "t"


@cache
def _table() -> dict[str, str]:
    """`latin.txt` keyed by folded word; "الX → al-Y" entries stored as X → Y."""
    path = DATA_DIR / f"{_TABLE}.txt"
    out: dict[str, str] = {}
    for key, value in load_table(_TABLE).items():
        word = fold(key)
        if not word or " " in word:
            raise GazetteerError(f"{path}: {key!r}: a key is one Arabic word")
        if not _VALUE.fullmatch(value):
            raise GazetteerError(
                f"{path}: {key!r}: {value!r} is not ASCII letters, apostrophes, hyphens, spaces"
            )
        if word.startswith(_ARTICLE) and len(word) > 3 and value.startswith("al-"):
            word, value = word[2:], value[3:]
        if out.get(word, value) != value:
            raise GazetteerError(
                f"{path}: {key!r} folds onto another entry with another form ({out[word]!r}, {value!r})"
            )
        out[word] = value
    return out


@cache
def _first_names() -> frozenset[str]:
    return frozenset(fold(name) for name in load_lines("first_names"))


def _lookup(word: str) -> tuple[str, bool] | None:
    """Latin form and definiteness of a folded word the table covers, else None."""
    table = _table()
    if word in table:
        return table[word], False
    if word.startswith(_ARTICLE) and word[2:] in table:
        return "al-" + table[word[2:]], True
    for prefix, latin, definite in _CLITICS:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < 2:
            continue
        if prefix.endswith("لل") and "ل" + rest in table:  # للجنة = li + al + lajna
            return latin + table["ل" + rest], True
        if rest in table:
            return latin + table[rest], definite
    return _compound(word)


def _compound(word: str) -> tuple[str, bool] | None:
    """Glued name compounds: عبدالرحمن, أبوبكر, جادالله, نورالدين."""
    for head in ("عبد", "ابو"):
        rest = word[len(head) :]
        if word.startswith(head) and len(rest) >= 2:
            hit = _lookup(rest)
            if hit:
                return f"{_table()[head]} {hit[0]}", False
    for tail in ("الله", "الدين"):
        head = word[: -len(tail)]
        if word.endswith(tail) and len(head) >= 2:
            first, last = _lookup(head), _lookup(tail)
            if first and last:
                return f"{first[0]} {last[0]}", False
    return None


def _letters(word: str) -> str:
    """Letter-by-letter romanisation of a folded word, capitalised."""
    out: list[str] = []
    last = len(word) - 1
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        nxt = word[i + 1] if i < last else ""
        if ch in "وي":
            consonant = (
                i == 0 or nxt == "ا" or prev == "ا" or (prev in _VOWEL_LETTERS and nxt in _VOWEL_LETTERS)
            )
            out.append(("w" if ch == "و" else "y") if consonant else _LETTERS[ch])
        elif ch == "ه" and i == last and i > 0:
            out.append("h" if prev == "ا" else "a")  # ة folded to ه: pausal "a"
        else:
            out.append(_LETTERS.get(ch, ""))
        if i == 0 and len(word) > 2 and ch not in _VOWEL_LETTERS and word[1] not in _VOWEL_LETTERS | {"ه"}:
            out.append("a")  # break an initial cluster: عكاشة Akasha, شناوي Shanawi
    text = "".join(out).strip("'")
    text = regex.sub("'+", "'", text)
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=65536)
def _word(word: str) -> _Word:
    """Romanise one folded word: the table first, then letters."""
    hit = _lookup(word)
    if hit:
        return _Word(hit[0], True, hit[1])
    if word.startswith("عبد" + _ARTICLE) and len(word) > 6:
        return _Word(_table()["عبد"] + " " + _word(word[3:]).latin, False, False)
    for prefix, latin in _SURE_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 2:
            return _Word(latin + _letters(rest), False, True)
    return _Word(_letters(word), False, False)


def known(word: str) -> bool:
    """True when one Arabic word (any spelling) romanises from `latin.txt`, not letter by letter."""
    folded = fold(word)
    return bool(folded) and " " not in folded and _word(folded).known


def _takes_construct(folded: str, word: _Word) -> bool:
    return (
        word.known
        and folded.endswith("ه")
        and word.latin.endswith("a")
        and not word.definite
        and folded not in _first_names()
    )


def to_latin(text: str, *, person: bool = False) -> str:
    """Romanise an Arabic name or institution name (ALA-LC without diacritics).

    >>> to_latin("وزارة الصحة والسكان")
    'Wizarat al-Sihha wa-al-Sukkan'

    `person=True` marks a person's name: no word takes the construct "t",
    even a family name that is also a noun of the table (حمدي شركة is
    "Hamdi Sharika", not "Hamdi Sharikat ..."). First names and unknown words
    already keep "a" without it. Non-Arabic text (digits, Latin, punctuation)
    is kept; Arabic digits and punctuation become Latin ones.
    """
    text = unicodedata.normalize("NFKC", text)
    words = [(m, fold(m.group())) for m in _WORD.finditer(text)]
    words = [(m, w) for m, w in words if w]
    pieces: list[str] = []
    pos = 0
    for i, (match, folded) in enumerate(words):
        pieces.append(_other(text[pos : match.start()]))
        word = _word(folded)
        latin = word.latin
        following = i + 1 < len(words) and not text[match.end() : words[i + 1][0].start()].strip()
        if following and not person and _takes_construct(folded, word):
            latin += "t"
        pieces.append(latin)
        pos = match.end()
    pieces.append(_other(text[pos:]))
    return _SPACES.sub(" ", "".join(pieces)).strip()


def _other(text: str) -> str:
    """Text between Arabic words: Arabic digits and punctuation to Latin, marks dropped."""
    return _LEFTOVER.sub("", text.translate(_PUNCT))
