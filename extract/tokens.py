"""Tokens of folded text, with offsets, and Arabic clitic handling.

Extractors reason over tokens of the *folded* article text (see
`extract.normalize`); each token keeps its folded offsets, which
`Folded.to_original` maps back to the original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

# A word (letters, digits, joined by . or , inside numbers, or م2-style units),
# or a single punctuation mark.
_TOKEN = regex.compile(r"\d+(?:[.,]\d+)*|[\p{L}\p{M}\d]+|[^\s\p{L}\p{M}\d]")

# Punctuation that ends a name, a role phrase or an institution's name.
HARD_BREAKS = frozenset("،,.;:؛!?؟()[]«»\"'“”-–—/\n")

# Proclitic conjunctions and prepositions, longest first.
_PROCLITICS = (
    "وبال",
    "وبا",
    "ولل",
    "فال",
    "وال",
    "بال",
    "كال",
    "لل",
    "وب",
    "ول",
    "وك",
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # folded surface
    start: int  # offsets into the folded text
    end: int

    @property
    def is_punct(self) -> bool:
        return len(self.text) == 1 and not self.text.isalnum()

    @property
    def is_break(self) -> bool:
        return self.text in HARD_BREAKS

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `folded[start:end]` with offsets into `folded`."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded, start, end or len(folded))]


@lru_cache(maxsize=65536)
def clitic_readings(word: str) -> tuple[tuple[str, str], ...]:
    """Ways to split a word into (proclitics, stem), the unsplit reading first.

    The proclitics are the letters written before the stem; where ل + ال has
    merged, the stem is given with its ال restored (see `restores_article`).

    "وبمحافظة" → [("", "وبمحافظة"), ("وب", "محافظة"), ("و", "بمحافظة")];
    "للمحافظة" → [..., ("لل", "المحافظة")] since ل + ال is written لل (the
    prefix is kept as written, so its length is what to skip in the text).
    """
    out = [("", word)]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            stem = word[len(p) :]
            if p.endswith("لل"):
                # ل + ال: "للمحافظة" is ل + المحافظة; "للجنة" is ل + اللجنة
                out.append((p, "ال" + stem))
                out.append((p[:-1], "ال" + "ل" + stem))
            elif p.endswith("ال") and len(p) > 2:
                out.append((p[:-2], "ال" + stem))
            elif p.endswith("با"):
                continue
            else:
                out.append((p, stem))
    return tuple(out)


def strip_definite(word: str) -> str:
    """Drop the article ال (the stem must keep at least two letters)."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def restores_article(word: str, clitics: str, stem: str) -> bool:
    """Whether a reading's stem has an ال that the written word lost (لل…)."""
    return stem.startswith("ال") and not word[len(clitics) :].startswith("ال")
