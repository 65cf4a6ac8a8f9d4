"""Sentence splitting that keeps offsets into the original text.

Government news separates sentences with full stops, line breaks, question and
exclamation marks. Decimal points inside numbers (1.20 مليون) and dots in
abbreviations between digits are not boundaries.
"""

from __future__ import annotations

import regex

from extract.model import Span

# A boundary: a run of [.!?؟] not between two digits, or a line break. A full
# stop after a lone letter is an abbreviated title ("د. حسن"، "م. سامي"), not an
# end, nor is one after a lone letter of a dotted run ("اللواء أ.ح. مجدي").
_BOUNDARY = regex.compile(r"(?<!(?:^|[\s(.])[\p{Arabic}] ?)(?<!\d)[.!?؟]+|(?<=\d)[.!?؟]+(?!\d)|\n+")


def split_sentences(text: str) -> list[Span]:
    """Spans of the non-empty sentences of `text`, trimmed of white space."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
