"""Find sums of money and land areas in Arabic news text.

Government news states costs as "47 مليون جنيه", "3 ملايين و916 ألف جنيه",
"مليار و200 مليون جنيه", "خمسة ملايين جنيه" or "نصف مليون دولار", and areas
as "116م2", "7140 مترا مربعا", "2.5 فدان" or "فدانين". One quantity grammar
serves both: a chain of components joined by "و", each a number (digits or
words) with an optional scale word (ألف، مليون، مليار), a fraction (نصف
مليون) or a scale alone (مليون، مليوني). A quantity counts as money only when
a currency follows it (or a Latin code/symbol precedes it), and as an area only
when an area unit follows it: "47 ألف مواطن" and "8 كيلومترات" give nothing.

Matching runs on the folded text (`extract.normalize.fold_with_offsets`), so
spelling variants meet, and spans are mapped back to the original text.
Currency names, area units and number words are data files in `extract/data/`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache, lru_cache

import regex

from extract.gazetteer import load_table
from extract.normalize import Folded, fold_char, fold_with_offsets


@dataclass(frozen=True, slots=True)
class AmountMatch:
    """A sum of money; [start, end) spans the number through the currency."""

    start: int
    end: int
    value: Decimal
    currency: str  # ISO 4217 code


@dataclass(frozen=True, slots=True)
class AreaMatch:
    """An area; [start, end) spans the number through the unit."""

    start: int
    end: int
    square_metres: Decimal


# Scale words (folded). The singular, accusative and plural forms all multiply.
_SCALES: dict[str, int] = {
    **dict.fromkeys(("الف", "الفا", "الاف"), 10**3),
    **dict.fromkeys(("مليون", "مليونا", "ملايين"), 10**6),
    # "ملايير": the Maghreb plural ("9 ملايير دينار جزائري")
    **dict.fromkeys(("مليار", "مليارا", "مليارات", "ملايير", "بليون", "بليونا", "بلايين"), 10**9),
    **dict.fromkeys(("تريليون", "تريليونا", "تريليونات"), 10**12),
}
# Standing alone, a singular scale word means one of it ("مليون جنيه") ...
_SINGLES: dict[str, int] = {w: _SCALES[w] for w in ("الف", "مليون", "مليار", "بليون", "تريليون")}
# ... and a dual means two ("مليوني جنيه", "ألفا جنيه"). Without a number before
# it, the accusative-looking "مليونا"/"ألفا" is the nominative dual.
_DUALS: dict[str, int] = {
    **dict.fromkeys(("الفان", "الفين", "الفي", "الفا"), 10**3),
    **dict.fromkeys(("مليونان", "مليونين", "مليوني", "مليونا"), 10**6),
    **dict.fromkeys(("ملياران", "مليارين", "ملياري", "مليارا"), 10**9),
}
_FRACTIONS: dict[str, Decimal] = {
    "نصف": Decimal("0.5"),
    "ربع": Decimal("0.25"),
    # thirds ("ثلث مليار"، "ثلثي المليون"): their value is rounded to a whole number in `_whole`
    "ثلث": Decimal(1) / 3,
    "ثلثي": Decimal(2) / 3,
    "ثلثا": Decimal(2) / 3,
    "ثلاثه ارباع": Decimal("0.75"),
    "ثلاث ارباع": Decimal("0.75"),
}

# After a fraction the scale word may carry the article: "ثلاثة ملايين ونصف المليون".
_DEFINITE_SCALES: dict[str, int] = {"ال" + w: v for w, v in _SINGLES.items()}
# Accusative singulars that look like nominative duals: "كلف مليونا و600 ألف درهم"
# is 1.6 million (a chain follows), while "مليونا جنيه" alone is two million.
_ACCUSATIVES = frozenset(("مليونا", "مليارا", "الفا"))
# Currency forms that are money only after a scale word: "96.5 مليون جم" is pounds,
# "500 جم" is grams.
_NEEDS_SCALE = frozenset(("جم",))

_MAX_JOINS = 8  # components in one chain ("مليار و200 مليون و...") beyond the first

# Digits: "12,500,000" | "12.500.000" | "1.20", "2,5", "250000". Runs are capped
# (15 integer digits) so a pathological digit string fails fast instead of
# being read as a number.
_NUM = (
    r"\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,6})?(?![\d.,]\d|\d)"
    r"|\d{1,3}(?:\.\d{3}){2,5}(?![\d.,]\d|\d)"
    r"|\d{1,15}(?:[.,]\d{1,6})?(?![\d.,]\d|\d)"
)
# The start of a quantity: not inside a word or a number, but one or two
# proclitics (و، ف، ب، ل، ك) may be glued on ("بخمسة ملايين", "ب47 مليون").
_LEFT = r"(?:(?<![\w.,])|(?<=(?<![\w.,])[وفبلك]{1,2}))"


def _fold_form(form: str) -> str:
    return "".join(fold_char(c) for c in form)


def _expand(key: str) -> list[str]:
    """'ريال/ريالا قطري/قطريا' → the four folded forms it stands for."""
    forms = [""]
    for word in key.split():
        forms = [f"{f} {alt}".strip() for f in forms for alt in word.split("/") if alt]
    return [_fold_form(f) for f in forms]


def _expand_table(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in load_table(name).items():
        for form in _expand(key):
            out[form] = value
    return out


def _alternation(forms: Iterable[str]) -> str:
    """A regex for the longest of `forms` at a point, ending at a word edge.

    Built as a character trie (words joined by any white space): a flat
    alternation of hundreds of forms is ten times slower to scan. Forms with
    Latin letters ("USD") match in any case.
    """
    latin = {f for f in forms if regex.search(r"[A-Za-z]", f)}
    other = set(forms) - latin
    parts = [_trie(other)] if other else []
    if latin:
        parts.append(f"(?i:{_trie(latin)})")
    return "(?:" + "|".join(parts) + ")"


def _trie(forms: Iterable[str]) -> str:
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for ch in " ".join(form.split()):
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a form

    def emit(node: dict[str, dict], last: str) -> str:
        alts = [
            (r"\s+" if ch == " " else regex.escape(ch)) + emit(child, ch)
            for ch, child in sorted(node.items())
            if ch
        ]
        if "" in node:  # a longer form is tried first, then the end of this one
            alts.append(r"(?!\w)" if regex.match(r"\w", last) else "")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root, "")


@cache
def _number_words() -> dict[str, int]:
    return {form: int(value) for form, value in _expand_table("number_words").items()}


@cache
def _currencies() -> dict[str, str]:
    return _expand_table("currencies")


@cache
def _area_units() -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """(plain units, dual units) → square metres per use of the form."""
    table = _expand_table("area_units")
    plain = {f: Decimal(v) for f, v in table.items() if "×" not in v}
    duals = {}
    for form, value in table.items():
        if "×" in value:
            count, _, unit = value.partition("×")
            duals[form] = Decimal(count) * plain[_fold_form(unit.strip())]
    return plain, duals


@cache
def _component_regex() -> str:
    word = _alternation(_number_words())
    teen = r"(?:\s+عشره?(?!\w))?"
    nw = rf"{word}{teen}(?:\s*و\s*{word}{teen}){{0,4}}"
    scale = _alternation(_SCALES)
    fscale = _alternation({**_SCALES, **_DEFINITE_SCALES})
    frac = _alternation(_FRACTIONS)
    return (
        rf"(?:(?P<num>{_NUM})|\((?P<pnum>{_NUM})\)(?=\s*{scale})|(?P<nw>{nw}))(?:\s*(?P<scale>{scale}))?"
        rf"|(?P<frac>{frac})(?:\s*(?P<fscale>{fscale}))?"
        rf"|(?P<dual>{_alternation(_DUALS)})"
        rf"|(?P<single>{_alternation(_SINGLES)})"
    )


def _quantity() -> str:
    comp = f"(?P<comp>{_component_regex()})"
    return rf"{comp}(?:\s*و\s*{comp}){{0,{_MAX_JOINS}}}"


@cache
def _parts_regex() -> regex.Pattern[str]:
    return regex.compile(_component_regex())


@cache
def _word_regex() -> regex.Pattern[str]:
    return regex.compile(_alternation(_number_words()))


# Scanning: a quantity regex tried at every word of a long text is slow, while
# currency names and units are rare and quick to find (a trie). So the text is
# scanned for these anchors, and the quantity is read only in the few hundred
# characters before each anchor (or after a Latin code/symbol that may precede
# its number). Anchors are found with full-text word edges; the quantity regex
# runs on a window ending exactly at the anchor, searching backwards from it
# (regex.REVERSE: ten times faster than trying every start in the window; the
# greedy chain still reaches the leftmost start, so the result is the same).
_BACK = 500  # longest quantity looked for before an anchor, in characters


@dataclass(frozen=True, slots=True)
class _Patterns:
    anchor: regex.Pattern[str]  # a unit; group "pre" when it may also precede ("$")
    post: regex.Pattern[str]  # quantity + unit, ending at the window's end
    pre: regex.Pattern[str] | None  # unit + quantity, matched at the anchor
    dual: regex.Pattern[str] | None  # a dual unit alone ("فدانين"), matched at the anchor


@cache
def _money_patterns() -> _Patterns:
    currencies = _currencies()
    latin = [f for f in currencies if not regex.search(r"\p{Arabic}", f)]
    arabic = [f for f in currencies if f not in latin]
    q = _quantity()
    return _Patterns(
        anchor=regex.compile(rf"(?<!\p{{L}})(?:(?P<pre>{_alternation(latin)})|{_alternation(arabic)})"),
        post=regex.compile(rf"{_LEFT}(?:{q})\s*(?P<unit>{_alternation(currencies)})\Z", regex.REVERSE),
        pre=regex.compile(rf"(?<!\w)(?P<unit>{_alternation(latin)})\s*(?:{q})"),
        dual=None,
    )


@cache
def _area_patterns() -> _Patterns:
    plain, duals = _area_units()
    return _Patterns(
        anchor=regex.compile(rf"(?<!\p{{L}}){_alternation(plain)}|{_LEFT}(?P<dual>{_alternation(duals)})"),
        post=regex.compile(rf"{_LEFT}(?:{_quantity()})\s*(?P<unit>{_alternation(plain)})\Z", regex.REVERSE),
        pre=None,
        dual=regex.compile(rf"{_LEFT}(?P<unit>{_alternation(duals)})"),
    )


def _scan(text: str, patterns: _Patterns) -> Iterator[regex.Match[str]]:
    """Non-overlapping matches of a quantity with its unit, in text order."""
    done = 0  # end of the text already consumed by a match or an anchor
    for anchor in patterns.anchor.finditer(text):
        if anchor.start() < done:
            continue
        if patterns.dual is not None and anchor["dual"] is not None:
            m = patterns.dual.match(text, anchor.start())
        else:
            m = patterns.post.search(text, max(done, anchor.start() - _BACK), anchor.end())
            if m is None and patterns.pre is not None and anchor["pre"] is not None:
                m = patterns.pre.match(text, anchor.start())
        if m is not None:
            yield m
        done = max(anchor.end(), m.end() if m else 0)


def _digits(text: str, scaled: bool) -> Decimal:
    """Read "12,500,000", "12.500.000", "1.500", "2,5", "1.20" as a number."""
    if text.count(".") > 1:
        text = text.replace(".", "")
    elif "," in text:
        if regex.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
            text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
    elif not scaled and regex.fullmatch(r"\d{1,3}\.\d{3}", text):
        text = text.replace(".", "")  # "1.500 جنيه": a thousands dot, not 1.5
    return Decimal(text)


@dataclass(frozen=True, slots=True)
class _Component:
    start: int  # folded offset
    value: Decimal
    scale: int
    fraction: Decimal | None = None  # a bare fraction ("ونصف") scales by what precedes it
    words: Decimal | None = None  # the number, when written in words ("خمسة" of "خمسة ملايين")
    accusative: bool = False  # "مليونا": two alone, one when a chain follows ("مليونا و600 ألف")
    definite: bool = False  # "نصف المليون": only after a number ("ثلاثة ملايين ونصف المليون")


def _component(start: int, text: str) -> _Component:
    m = _parts_regex().fullmatch(text)
    if m is None:  # the quantity regex captured it, so this cannot happen
        raise AssertionError(f"unparsable quantity component {text!r}")
    if m["dual"]:
        scale = _DUALS[m["dual"]]
        return _Component(start, 2 * Decimal(scale), scale, accusative=m["dual"] in _ACCUSATIVES)
    if m["single"]:
        return _Component(start, Decimal(_SINGLES[m["single"]]), _SINGLES[m["single"]])
    if m["frac"]:
        fraction = _FRACTIONS[" ".join(m["frac"].split())]
        if m["fscale"]:
            scale = _SCALES.get(m["fscale"]) or _DEFINITE_SCALES[m["fscale"]]
            definite = m["fscale"] in _DEFINITE_SCALES
            return _Component(start, _whole(fraction * scale), scale, definite=definite)
        return _Component(start, fraction, 1, fraction=fraction)
    scale = _SCALES[m["scale"]] if m["scale"] else 1
    if m["num"] or m["pnum"]:  # "(310) ملايين جنيه": a number in brackets before its scale
        return _Component(start, _digits(m["num"] or m["pnum"], scaled=bool(m["scale"])) * scale, scale)
    table = _number_words()
    words = Decimal(sum(table[" ".join(w.group().split())] for w in _word_regex().finditer(m["nw"])))
    return _Component(start, words * scale, scale, words=words)


def _components(m: regex.Match[str]) -> list[_Component]:
    """The components of a quantity match, in text order.

    "خمسة وعشرين مليون" may be captured as two components ("خمسه" and
    "عشرين مليون"), depending on the search direction; number words joined
    by "و" are one number (25), so such neighbours are merged.
    """
    out: list[_Component] = []
    # A reverse search captures the components from last to first: sort them.
    for start, text in sorted(zip(m.starts("comp"), m.captures("comp"), strict=True)):
        comp = _component(start, text)
        prev = out[-1] if out else None
        if prev is not None and prev.words is not None and prev.scale == 1 and comp.words is not None:
            words = prev.words + comp.words
            comp = _Component(prev.start, words * comp.scale, comp.scale, words=words)
            out.pop()
        out.append(comp)
    return out


def _chain(m: regex.Match[str]) -> tuple[int, Decimal] | None:
    """(folded start, value) of the last well-formed chain of components.

    Each component must be smaller than the scale of the one before it
    ("3 ملايين و916 ألف"); otherwise the "و" joined two separate numbers
    ("بين 5 و10 ملايين") and only the part next to the unit is kept.
    """
    comps = _components(m)
    first, total, prev_scale = 0, Decimal(0), 0
    for i, comp in enumerate(comps):
        value = comp.value
        if comp.accusative and i + 1 < len(comps) and comps[i + 1].value < comp.scale:
            value = Decimal(comp.scale)  # "مليونا و600 ألف": one million and more
        if i and comp.fraction is not None:
            value = _whole(comp.fraction * prev_scale)  # "مليون ونصف" → 1,500,000
        elif i and comp.value >= prev_scale:
            first, total = i, Decimal(0)
        total += value
        prev_scale = comp.scale
    if comps[first].definite:
        return None  # "مشروع الألف ونصف الألف فدان": a name, not a quantity
    return comps[first].start, total


def _whole(value: Decimal) -> Decimal:
    """A fraction of a scale word is a whole amount: a third of a billion is 333333333,
    not a recurring decimal."""
    return value.quantize(Decimal(1)) if value >= 1000 else value


def _tidy(value: Decimal) -> Decimal:
    """47000000.00 → 47000000; 10502.0750 → 10502.075 (no exponent form)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _span(folded: Folded, original: str, start: int, end: int) -> tuple[int, int]:
    """Map a folded span back, keeping diacritics that sit on its last letter."""
    o_start, o_end = folded.to_original(start, end)
    while o_end < len(original) and unicodedata.category(original[o_end]) == "Mn":
        o_end += 1
    return o_start, o_end


# find_amounts and find_areas usually run on the same text: fold it once.
_fold = lru_cache(maxsize=2)(fold_with_offsets)


def find_amounts(text: str, *, folded: Folded | None = None) -> list[AmountMatch]:
    """Sums of money in `text`, in text order, non-overlapping.

    `folded` is `fold_with_offsets(text)` when the caller already has it.
    """
    folded = _fold(text) if folded is None else folded
    currencies = _currencies()
    out = []
    with localcontext() as ctx:
        ctx.prec = 60
        for m in _scan(folded.text, _money_patterns()):
            chain = _chain(m)
            if chain is None:
                continue
            first, value = chain
            key = _currency_key(m["unit"], currencies)
            if key in _NEEDS_SCALE and not any(c.scale > 1 for c in _components(m)):
                continue
            code, value = _sub_unit(currencies[key], value)
            unit_first = m.start("unit") == m.start()
            start = m.start() if unit_first and first == min(m.starts("comp")) else first
            o_start, o_end = _span(folded, text, start, m.end())
            out.append(AmountMatch(o_start, o_end, _tidy(value), code))
    return out


def _sub_unit(code: str, value: Decimal) -> tuple[str, Decimal]:
    """ "DZD/100" (the centime): the sum in the currency itself ("8,5 مليار سنتيم" = 85 million DZD);
    "TND*1000000" (an abbreviation holding its scale): "38 م د" = 38 million dinars."""
    if "*" in code:
        code, times = code.split("*")
        return code, value * Decimal(times)
    if "/" not in code:
        return code, value
    code, per = code.split("/")
    return code, value / Decimal(per)


# "بتكلفة 318 مليونا": a scaled sum after a cost word with no currency after it.
_COST_INTROS = ("بتكلفه", "بكلفه", "بقيمه", "باستثمارات", "تكلفته", "تكلفتها", "كلفته", "كلفتها")
_INTRO_FILLERS = (
    "اجماليه",
    "تقديريه",
    "تبلغ",
    "بلغت",
    "تصل",
    "وصلت",
    "الي",
    "قدرها",
    "نحو",
    "حوالي",
    "تقارب",
    "تناهز",
)


@cache
def _unitless_regex() -> regex.Pattern[str]:
    intro = _alternation(_COST_INTROS)
    filler = _alternation(_INTRO_FILLERS)
    return regex.compile(rf"(?<!\w){intro}(?:\s+{filler}){{0,3}}\s+(?P<q>{_quantity()})(?!\s*\w)")


def find_unitless_amounts(text: str, *, folded: Folded | None = None) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of scaled sums after a cost word that name no currency
    ("بتكلفة 318 مليونا،"): the caller decides their currency from the article."""
    folded = _fold(text) if folded is None else folded
    out = []
    with localcontext() as ctx:
        ctx.prec = 60
        for m in _unitless_regex().finditer(folded.text):
            comps = _components(m)
            chain = _chain(m)
            if chain is None or comps[-1].scale < 10**6:
                continue  # "بتكلفة 5 سنوات" is no sum; only millions and more are read bare
            first, value = chain
            o_start, o_end = _span(folded, text, first, m.end("q"))
            out.append((o_start, o_end, _tidy(value)))
    return out


def _currency_key(surface: str, currencies: dict[str, str]) -> str:
    """The table form for a matched surface (spaces collapsed, Latin case-folded)."""
    key = " ".join(surface.split())
    if key in currencies:
        return key
    return next(f for f in currencies if f.casefold() == key.casefold())


def _raw_areas(folded: Folded) -> Iterator[tuple[int, int, Decimal, Decimal]]:
    """(folded start, end, square metres, square metres per unit) per match."""
    plain, duals = _area_units()
    for m in _scan(folded.text, _area_patterns()):
        if m.re is _area_patterns().dual:  # a dual unit alone
            per_unit = duals[" ".join(m["unit"].split())]
            yield m.start(), m.end(), per_unit, per_unit / 2
        else:
            chain = _chain(m)
            if chain is None:
                continue
            first, count = chain
            per_unit = plain[" ".join(m["unit"].split()).casefold()]
            yield first, m.end(), count * per_unit, per_unit


_AND = regex.compile(r"\s*و\s*")
_UNIT_AND = regex.compile(r"(?<![\w.,])[بل]?(?P<unit>\w+)\s*و\s*\Z")


def _bare_unit_before(text: str, start: int) -> tuple[int, Decimal] | None:
    """(start, square metres) of a unit named alone, with no number, just before
    "و" and a smaller measure: "مساحة فدان و6 قراريط" is one feddan and more."""
    m = _UNIT_AND.search(text, max(0, start - 20), start)
    if m is None:
        return None
    per_unit = _area_units()[0].get(m["unit"])
    if per_unit is None or regex.search(r"\d\s*\Z", text[max(0, m.start() - 3) : m.start()]):
        return None
    return m.start("unit"), per_unit


# "ونصف" after an area, unless a scale follows it ("3 أفدنة ونصف مليون …" is no half feddan).
_HALF = regex.compile(r"\s*و\s*نصف(?!\w)(?!\s*(?:ال|الف|مليون|مليار|متر|فدان|قيراط|هكتار|دونم))")


@cache
def _lone_unit_regex() -> regex.Pattern[str]:
    """A singular unit with no number, then "ونصف" or the numeral "واحد" after it (Arabic
    puts "one" after its noun): "على مساحة فدان ونصف"، "على مساحة فدان واحد"."""
    singles = [f for f, v in _area_units()[0].items() if " " not in f and not regex.search(r"[A-Za-z\d²]", f)]
    one = r"\s+(?P<one>واحد|واحدا|واحده)(?!\w)"
    return regex.compile(rf"(?<![\w.,])[بل]?(?P<unit>{_alternation(singles)})(?:{_HALF.pattern}|{one})")


def _unit_and_a_half(text: str, taken: list[list]) -> list[list]:
    """[start, end, m², per unit] of each lone "فدان ونصف" or "فدان واحد" outside the areas found."""
    plain = _area_units()[0]
    out = []
    for m in _lone_unit_regex().finditer(text):
        if regex.search(r"\d\s*\Z", text[max(0, m.start() - 4) : m.start()]):
            continue  # "3 فدان ونصف" was read with its number
        if any(s < m.end() and m.start() < e for s, e, _, _ in taken):
            continue
        per_unit = plain[m["unit"]]
        count = Decimal(1) if m["one"] else Decimal("1.5")
        out.append([m.start("unit"), m.end(), per_unit * count, per_unit])
    return out


# After a word for a site's size, a bare metre is a square metre ("على مساحة 1200 متر") and
# "42 × 24 مترا" is a rectangle's sides; elsewhere "متر" is a length ("بطول 1200 متر").
_SITE_SIZE = r"(?<!\w)[وب]?(?:ال)?مساح(?:ه|ته|تها)(?!\w)"
# "بمساحة إجمالية تقدر ب 900 متر" (no other measure between: "مساحة الحديقة وبطول 300 متر" is a length)
_SITE_FILLER = r"(?:\s+(?!\d)(?![وب]{0,2}(?:طول|عرض|ارتفاع|عمق|سعه|قطر|مسافه))[^\s\d،,.؛:()]+){0,3}?\s+[بل]?"
_BARE_METRE = r"\s*(?:متر|مترا|امتار)(?!\w)(?!\s*(?:مربع|مكعب|طولي))"


@cache
def _site_metres_regex() -> regex.Pattern[str]:
    return regex.compile(
        rf"{_SITE_SIZE}{_SITE_FILLER}(?:(?P<w>{_NUM})\s*[×xX*]\s*(?P<h>{_NUM})|(?:{_quantity()})){_BARE_METRE}"
    )


def _metres_of_a_site(text: str, taken: list[list]) -> list[list]:
    """[start, end, m², 1] of each bare-metre size of a site, outside the areas found."""
    out = []
    if "مساح" not in text:
        return out
    for m in _site_metres_regex().finditer(text):
        if m["w"] is not None:
            start = m.start("w")
            value = _digits(m["w"], scaled=False) * _digits(m["h"], scaled=False)
        else:
            chain = _chain(m)
            if chain is None:
                continue
            start, value = chain
        if any(s < m.end() and start < e for s, e, _, _ in taken):
            continue
        out.append([start, m.end(), value, Decimal(1)])
    return out


def find_areas(text: str, *, folded: Folded | None = None) -> list[AreaMatch]:
    """Areas in `text` in square metres, in text order, non-overlapping.

    "3 أفدنة و5 قراريط" is one area: a second measure joined by "و" in a
    smaller unit is added to the first. `folded` is as for `find_amounts`.
    """
    folded = _fold(text) if folded is None else folded
    merged: list[list] = []
    with localcontext() as ctx:
        ctx.prec = 60
        for start, end, m2, per_unit in _raw_areas(folded):
            if merged:
                last = merged[-1]
                if per_unit < last[3] and _AND.fullmatch(folded.text, last[1], start):
                    last[1], last[2], last[3] = end, last[2] + m2, per_unit
                    continue
            lead = _bare_unit_before(folded.text, start)
            if lead is not None and lead[1] > per_unit:
                start, m2 = lead[0], m2 + lead[1]  # "فدان و6 قراريط": one feddan and six qirats
            merged.append([start, end, m2, per_unit])
        for last in merged:  # "فدانين ونصف"، "3 أفدنة ونصف": half a unit more
            half = _HALF.match(folded.text, last[1])
            if half is not None:
                last[1], last[2] = half.end(), last[2] + last[3] / 2
        merged.extend(_unit_and_a_half(folded.text, merged))
        merged.extend(_metres_of_a_site(folded.text, merged))
        merged.sort(key=lambda a: a[0])
        out = []
        for start, end, m2, _ in merged:
            o_start, o_end = _span(folded, text, start, end)
            out.append(AreaMatch(o_start, o_end, _tidy(m2)))
    return out
