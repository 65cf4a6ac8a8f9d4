"""Arabic spelling folding that keeps a map back to the original offsets.

News text mixes ى/ي, ة/ه, the hamza forms of alif, diacritics, tatweel and
Arabic-Indic digits freely. Extractors match on the folded text, then map each
match back to the original characters so provenance stays exact.

Folding is character-by-character: a character is either dropped (diacritics,
tatweel) or replaced by exactly one character, so one offset array is enough.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

# Diacritics (tashkeel), Quranic marks, superscript alif and tatweel: dropped.
_DROP = regex.compile(
    r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069]"
)

_CHAR_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",  # keep hamza-on-waw distinct? folded so variants meet
        "ئ": "ي",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
        "٫": ".",  # Arabic decimal separator
        "٬": ",",  # Arabic thousands separator
        "،": "،",
        "\u00a0": " ",
    }
)


@dataclass(frozen=True, slots=True)
class Folded:
    """Folded text plus, for each folded character, its index in the original."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded half-open span [start, end) to the original text."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end


def fold_char(ch: str) -> str:
    """Fold one character: '' when dropped, else exactly one character."""
    if _DROP.match(ch):
        return ""
    return ch.translate(_CHAR_MAP)


def fold_with_offsets(text: str) -> Folded:
    """Fold `text` for matching and keep where each character came from.

    Fast path: the kept characters are found by one regex pass over the
    dropped ones, then mapped with one `str.translate`.
    """
    offsets: list[int] = []
    pos = 0
    for m in _DROP.finditer(text):
        offsets.extend(range(pos, m.start()))
        pos = m.end()
    offsets.extend(range(pos, len(text)))
    folded = _DROP.sub("", text).translate(_CHAR_MAP)
    return Folded(folded, tuple(offsets), len(text))


_PUNCT = regex.compile(r"[^\w\s]|_")


def fold(text: str) -> str:
    """Fold a short string (a name, a role) for comparison and identity.

    The same folding as the scorer's: NFKC, digits, diacritics, alif forms,
    ى→ي, ة→ه, punctuation to spaces, spaces collapsed. Stages fold the same names and
    roles again and again, so short strings are remembered.
    """
    return _fold_short(text) if len(text) <= _SHORT else _fold(text)


_SHORT = 80  # characters: names, roles, institutions; longer texts are folded afresh


@lru_cache(maxsize=50_000)
def _fold_short(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    t = _DROP.sub("", t).translate(_CHAR_MAP)
    t = _PUNCT.sub(" ", t)
    return " ".join(t.split())
