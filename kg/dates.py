"""Article dates: from a record's date field, a dated first line, or a page's metadata.

News dates come written in many ways ("2024-03-12", "12 مارس 2024",
"الثلاثاء 12 مارس 2024", "12/3/2024", "القاهرة في 5 يناير 2025"); dateparser
reads them all (Arabic month names included), so no month table is kept here.
Day-first order is assumed for numeric dates, as Arab media write them.
"""

from __future__ import annotations

from datetime import date

import regex

# a line is a date line when what is left around the date is at most a dateline place and "في"
FIRST_LINE_MAX = 60
_LEFTOVER_WORDS_MAX = 3
_ISO = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
_LANGUAGES = ["ar", "en"]
_PUNCT = regex.compile(r"[\p{P}\p{S}\s]+")


def iso_date(text: str | None) -> str | None:
    """`text` as an ISO date (YYYY-MM-DD), or None when it holds no full date."""
    if not text or not text.strip():
        return None
    text = text.strip()
    iso = _ISO.match(text)
    if iso:  # ISO dates and timestamps: the common case, and no parser needed
        try:
            return date(*map(int, iso.groups())).isoformat()
        except ValueError:
            return None
    if len(text) > 200:
        return None
    import dateparser  # imported on first use: ~0.1 s, and most inputs never need it

    found = dateparser.parse(text, languages=_LANGUAGES, settings=_SETTINGS)
    return found.date().isoformat() if found else None


def first_line_date(text: str) -> str | None:
    """The date of an article whose first line is a dateline ("12 مارس 2024"), else None.

    Only a short line that is mostly a date counts, so a headline holding a date
    ("افتتاح المشروع في 12 مارس") does not date the article by accident.
    """
    line = text.lstrip().split("\n", 1)[0].strip()
    if not line or len(line) > FIRST_LINE_MAX or not regex.search(r"\d", line):
        return None
    whole = iso_date(line)
    if whole:
        return whole
    from dateparser.search import search_dates

    found = search_dates(line, languages=_LANGUAGES, settings=_SETTINGS)
    if not found or len(found) != 1:
        return None
    matched, when = found[0]
    leftover = _PUNCT.sub(" ", line.replace(matched, " ")).split()
    return when.date().isoformat() if len(leftover) <= _LEFTOVER_WORDS_MAX else None


__all__ = ["first_line_date", "iso_date"]
