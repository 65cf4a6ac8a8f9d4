"""Costs and areas of projects, and the projects themselves.

Each amount of money and each area (read by `extract.money`) belongs to the
project named nearest before it in its sentence ("… الملعب القانوني …
وبتكلفة 5 ملايين جنيه"), else the first named after it ("مساحتها 1.5 فدان
لإقامة محطة …"); a bare "المحطة" before it refers back to the last station.
Mentions of one project (a short form, a form with ل/ب clitics, the
headline's form) are merged into one project.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from functools import cache

from extract.doc import Doc
from extract.gazetteer import load_table
from extract.lexicon import places
from extract.model import Area, Mention, Money, Project
from extract.money import AmountMatch, find_amounts, find_areas, find_unitless_amounts
from extract.normalize import fold
from extract.projects import (
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    COMPRISING,
    CONVEYANCES,
    PLURAL_HEADS,
    SCALES,
    WORKS_PLURAL,
    ProjectMention,
    bare_alone,
    before_phase,
    count_words,
    counted_head,
    generic_at,
    in_a_post,
    not_a_work_named,
    project_heads,
    project_key,
    read_project,
    read_purpose,
    resolve_bare,
    skip_wrappers,
)


def amounts(doc: Doc) -> list:
    """The article's sums of money, found once per article.

    A scaled sum after a cost word with no currency ("بتكلفة 318 مليونا") takes
    the currency the article's other sums are in, if they agree on one; when they do
    not, the currency of the sum just before it, which the ellipsis refers back to.
    """
    if "amounts" not in doc.cache:
        found = find_amounts(doc.article.text, folded=doc.folded)
        if found:
            taken = [(a.start, a.end) for a in found]
            for start, end, value in find_unitless_amounts(doc.article.text, folded=doc.folded):
                if any(s < end and start < e for s, e in taken):
                    continue
                code = _elided_currency(found, start)
                if code is not None:
                    found.append(AmountMatch(start, end, value, code))
                    doc.cache.setdefault("unitless", set()).add(start)
            found.sort(key=lambda a: a.start)
        doc.cache["amounts"] = found
    return doc.cache["amounts"]


def _elided_currency(found: list[AmountMatch], start: int) -> str | None:
    """The currency a sum naming none at `start` is in: the article's only one, or else that
    of the sum before it when it is also the article's commonest ("بتكلفة 1.8 مليار جنيه …
    بتكلفة 43 مليونا … منحة قيمتها 2.5 مليون يورو": a grant in euros does not make it euros)."""
    counts = Counter(a.currency for a in found)
    if len(counts) == 1:
        return next(iter(counts))
    before = [a for a in found if a.end <= start]
    if not before or counts[before[-1].currency] < max(counts.values()):
        return None
    return before[-1].currency


def areas(doc: Doc) -> list:
    if "areas" not in doc.cache:
        doc.cache["areas"] = find_areas(doc.article.text, folded=doc.folded)
    return doc.cache["areas"]


def find_measures(doc: Doc) -> None:
    """Attach each cost and area to the project mention it belongs to.

    A mention keeps its first cost, except that a loan, grant or allocation
    ("قرض بقيمة …"، "تخصيص … لاستكمال") gives way to a total cost named later
    ("التي تبلغ كلفتها الإجمالية …").
    """
    local = None
    financed: set[int] = doc.cache.setdefault("financed", set())
    for a in amounts(doc):
        t = doc.token_at(a.start)
        after = doc.token_at(a.end - 1) + 1
        kind = _amount_kind(doc, t)
        if _running_cost(doc, t):
            continue  # "تكلفة تشغيل المستشفى السنوية تبلغ …": what running a work costs, not building it
        if kind == "plain" and _not_a_cost(doc, t):
            continue  # "سعر الوحدة … يبدأ من 450 ألف جنيه"، "غرامة قدرها …": no project's cost
        if _funds(doc, t, after):
            kind = "financing"  # "اتفاقية القرض … بقيمة 15 مليون دينار، لتمويل مشروع …"
            after += 1 if doc.tokens[after].text in ("،", ",") else 0
        elif kind == "plain" and after < len(doc.tokens) and _names_a_work(doc, after):
            kind = "financing"  # "القرض … بقيمة 80 مليون يورو لمشروع X": a sum for the work, not its cost
        if t > 0 and doc.tokens[t - 1].text in _SHARE_OF:
            continue  # "بقيمة 80 مليون يورو، منها 75 مليون يورو قرض": a share of a sum named before
        if _total_of_counted_works(doc, t) or _spread_over_works(doc, after):
            continue  # "دشن 18 مشروعا بقيمة إجمالية 340 مليون ريال": a total, no one work's cost
        if after < len(doc.tokens) and doc.tokens[after].text in _RECURRING:
            continue  # "خصصت مليوني جنيه سنويا لدعم الأنشطة": a yearly budget, no work's cost
        if _for_kinds_of_works(doc, after) or _a_budget(doc, t):
            continue  # "900 مليار دينار لمشاريع الطرق"، "ميزانية تسييرية بقيمة …": no one work's cost
        m = _purpose_owner(doc, t, after, kind) or _owner(doc, t)
        if m is None:
            continue
        if id(m) in doc.costs and not (id(m) in financed and kind == "cost"):
            continue
        currency = a.currency
        if _bare_currency(doc.article.text[a.start : a.end]) or a.start in doc.cache.get("unitless", ()):
            local = local if local is not None else _article_currency(doc)
            currency = local.get(currency, currency)
        doc.costs[id(m)] = Money(a.value, currency, _mention(doc, a.start, a.end))
        if kind == "financing":
            financed.add(id(m))
        else:
            financed.discard(id(m))
    for a in areas(doc):
        if _served_area(doc, doc.token_at(a.start)) or _total_of_counted_works(doc, doc.token_at(a.start)):
            continue  # "تروي 8 آلاف فدان"، "لتسع حدائق بمساحة إجمالية …": no one work's site
        t = doc.token_at(a.start)
        after = doc.token_at(a.end - 1) + 1
        m = _area_purpose(doc, t, after)
        if m is None and _built_unnamed(doc, t, after):
            continue  # "قطعة أرض مساحتها هكتاران لإقامة مقر جديد لوكالتها": land for a thing unnamed
        m = m or _owner(doc, t)
        if m is not None and id(m) not in doc.areas:
            doc.areas[id(m)] = Area(_local_square_metres(doc, a), _mention(doc, a.start, a.end))


_DUNAM = ("دونم", "دنم")
_IRAQI_DUNAM = Decimal("2.5")  # the Iraqi dunam (مشارة) is 2500 m², the Levantine one 1000 m²


def _local_square_metres(doc: Doc, a) -> Decimal:
    """The area in square metres, the dunam read as the article's country measures it."""
    words = fold(doc.article.text[a.start : a.end]).split()
    if not any(w.lstrip("وبل").startswith(_DUNAM) for w in words) or len(words) > 3:
        return a.square_metres  # no dunam, or dunams mixed with another unit
    if "local-currency" not in doc.cache:
        doc.cache["local-currency"] = _article_currency(doc)
    return (
        a.square_metres * _IRAQI_DUNAM if doc.cache["local-currency"].get("JOD") == "IQD" else a.square_metres
    )


def mentions_near_measures(doc: Doc, first_sentence: int, last_sentence: int) -> list[ProjectMention]:
    """Projects named beside a cost or area in those sentences ("وتطوير طريق …
    بتكلفة …"): what "هذه المشروعات" later refers to."""
    found = []
    for a in [*amounts(doc), *areas(doc)]:
        t = doc.token_at(a.start)
        if first_sentence <= doc.sentence_of[t] <= last_sentence:
            m = _owner(doc, t)
            if m is not None and m not in found:
                found.append(m)
    return found


def build_projects(doc: Doc) -> None:
    """Merge the mentions of each project and fill `doc.projects` (the last stage)."""
    _build_projects(doc, doc.costs, doc.areas)


# The bare currency words whose country the article decides, and the default code.
_BARE_CURRENCIES = {
    fold("ريال"): "SAR",
    fold("دينار"): "JOD",
    fold("درهم"): "AED",
    fold("لير"): "SYP",  # ليرة، ليرات
    fold("جنيه"): "EGP",
    fold("سنتيم"): "DZD",  # the centime: Algerian papers' unit, and Moroccan ones' too
}
# The codes a bare word may stand for, by its default code: a bare "دينار" is never a
# riyal, so only the dinar states' cues compete for it.
_FAMILIES = {
    "SAR": frozenset({"SAR", "QAR", "OMR", "YER"}),
    "JOD": frozenset({"JOD", "KWD", "BHD", "IQD", "LYD", "TND", "DZD"}),
    "AED": frozenset({"AED", "MAD"}),
    "SYP": frozenset({"SYP", "LBP", "TRY"}),
    "EGP": frozenset({"EGP", "SDG"}),
    "DZD": frozenset({"DZD", "MAD"}),
}
# A bare جنيه leaves the Egyptian pound only on a strong vote (the dateline agency or
# a sum in جنيه سوداني): an Egyptian article often names Sudan in passing.
_STRONG_ONLY = {"EGP": 3, "DZD": 8}
# A centime is Algerian unless the article is plainly Moroccan (its cities named again and
# again): the posts of والي and إقليم, which both countries use, are not enough.
_DATELINE = 12  # tokens of the opening ("وجدة - و م ع", "الكويت - (كونا)") that weigh more
_DATELINE_WEIGHT = 3
_CUE_CLITICS = ("", "ب", "و", "ل", "وب")
_NAMED_WEIGHT = 3  # a sum whose currency is named in full ("دينار جزائري") is a strong cue


def _bare_currency(surface: str) -> bool:
    """ "9.4 مليون دينار" (no adjective naming the country)."""
    last = fold(surface).split()[-1] if surface.strip() else ""
    return any(last.startswith(w) for w in _BARE_CURRENCIES)


def _article_currency(doc: Doc) -> dict[str, str]:
    """Default code → the code of the country the article is about, per currency family.

    Each cue (a country, city, agency or local post) votes for its code each time it
    occurs, the opening lines counting more; a foreign fund or an adjective
    ("الصندوق الكويتي" in a Jordanian article) is outvoted by the article's own places.
    """
    toks = [t.text for t in doc.tokens if not t.is_punct]
    first_at: dict[str, int] = {}
    counts: dict[str, int] = {}
    for i, w in enumerate(toks):
        counts[w] = counts.get(w, 0) + 1
        first_at.setdefault(w, i)
    words = f" {' '.join(toks)} "
    votes: dict[str, int] = {}
    first: dict[str, int] = {}  # ties go to the country named first

    def vote(code: str, n: int, at: int) -> None:
        bonus = _DATELINE_WEIGHT if at < _DATELINE else 0
        votes[code] = votes.get(code, 0) + n + bonus
        first[code] = min(first.get(code, at), at)

    single_words, phrases = _cue_index()
    found: dict[int, list[int]] = {}  # cue → [occurrences, first token]
    for w, n in counts.items():  # the article's words, not every cue: most cues are absent
        for cue in single_words.get(w, ()):
            seen = found.setdefault(cue, [0, len(toks)])
            seen[0] += n
            seen[1] = min(seen[1], first_at[w])
    for cue, (n, at) in found.items():
        vote(_cue_forms()[cue][1], n, at)
    for _, code, forms in phrases:  # "و م ع"، "مكة المكرمة": counted in the text
        n = sum(words.count(f" {f} ") for f in forms)
        if n:
            at = min(words.find(f" {f} ") for f in forms if f" {f} " in words)
            vote(code, n, words.count(" ", 0, at))
    for a in amounts(doc):  # "2,4 مليار دينار جزائري" names the country for a later bare "دينار"
        if not _bare_currency(doc.article.text[a.start : a.end]) and a.start not in doc.cache.get(
            "unitless", ()
        ):
            votes[a.currency] = votes.get(a.currency, 0) + _NAMED_WEIGHT
            first.setdefault(a.currency, len(toks))
    out = {}
    for default, family in _FAMILIES.items():
        ranked = sorted((c for c in votes if c in family), key=lambda c: (-votes[c], first[c]))
        if ranked and (ranked[0] == default or votes[ranked[0]] >= _STRONG_ONLY.get(default, 0)):
            out[default] = ranked[0]
    return out


@cache
def _cue_forms() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(cue, code, the cue with each clitic it may carry)."""
    return tuple((cue, code, tuple(p + cue for p in _CUE_CLITICS)) for cue, code in currency_cues())


@cache
def _cue_index() -> tuple[dict[str, tuple[int, ...]], tuple[tuple[str, str, tuple[str, ...]], ...]]:
    """One-word cues by each written form (form → indexes into `_cue_forms()`), and the
    cues of several words, which are looked for in the text instead."""
    by_form: dict[str, list[int]] = {}
    for index, (cue, _, forms) in enumerate(_cue_forms()):
        if " " not in cue:
            for form in forms:
                by_form.setdefault(form, []).append(index)
    phrases = tuple(entry for entry in _cue_forms() if " " in entry[0])
    return {form: tuple(cues) for form, cues in by_form.items()}, phrases


@cache
def currency_cues() -> tuple[tuple[str, str], ...]:
    return tuple((fold(k), v) for k, v in load_table("currency_countries").items())


def _mention(doc: Doc, start: int, end: int) -> Mention:
    return Mention(start, end, doc.article.text[start:end], doc.sentence_of[doc.token_at(start)])


# Words before an amount that make it a loan, grant or allocation rather than a cost,
# and words that make it the cost itself (folded; clitics و/ب/ل are dropped first).
_FINANCING = frozenset(
    fold(w)
    for w in (
        "قرض قرضا منحة منحه تمويل تمويلا اعتمادات اعتمادا تخصيص خصص خصصت رصد رصدت المدرجة "
        "المخصصة المخصص مساهمة مول مولت اعتماداته اعتماداتها"
    ).split()
)
_COST_WORDS = frozenset(
    fold(w)
    for w in (
        "تكلفة تكلفته تكلفتها تكلفتهما كلفة كلفته كلفتها التكلفة الكلفة الكلية الإجمالية "
        "باستثمارات استثمارات تكلف تكلفت كلف"
    ).split()
)
# Purpose words after an allocation: "اعتمدت خمسة ملايين جنيه لتجهيز …".
_PURPOSE = frozenset(
    fold(w)
    for w in (
        "لإقامة لإنشاء لبناء لتنفيذ لتطوير لرفع لصيانة لتجديد لإحلال لترميم لتأهيل لرصف لتوسعة "
        "لاستكمال لتجهيز لتمويل لتبطين لإنارة لسفلتة لتهيئة لإنجاز"
    ).split()
)
# A sum paid every year or month is a running budget, never what a work costs.
_RECURRING = frozenset(fold(w) for w in "سنويا سنوياً شهريا شهرياً يوميا سنوي شهري".split())
_SHARE_OF = frozenset(fold(w) for w in "منها منه منهم منهما".split())
_LOOK_BACK = 5  # tokens before an amount that say what kind of sum it is


def _words_before(doc: Doc, t: int) -> list[str]:
    """Up to _LOOK_BACK words before token t in its sentence, nearest first, clitics dropped."""
    out = []
    sentence = doc.sentence_of[t]
    for j in range(t - 1, max(-1, t - 1 - _LOOK_BACK), -1):
        if doc.sentence_of[j] != sentence or doc.tokens[j].text in ("،", ","):
            break
        w = doc.tokens[j].text
        out.append(w[1:] if w[:1] in "وبل" and len(w) > 3 and w[1:] in _FINANCING | _COST_WORDS else w)
    return out


# Verbs before an area that make it land served, irrigated or handed out, not the site.
_SERVING = frozenset(
    fold(w) for w in "يخدم تخدم يغطي تغطي يروي تروي تروى يروى سلمت تسليم تستهدف يستهدف".split()
)


def _served_area(doc: Doc, t: int) -> bool:
    """ "التي تغطي مساحة 6 كيلومترات مربعة"، "تروي نحو 8 آلاف فدان"."""
    return any(w in _SERVING for w in _words_before(doc, t)[:4])


_TO_FUND = frozenset(fold(w) for w in "لتمويل".split())
_CONTRIBUTING = frozenset(fold(w) for w in "للمساهمة".split())


def _share_of_funding(doc: Doc, k: int) -> bool:
    """ "للمساهمة في تمويل" opens at k, in the sentence of k."""
    toks = doc.tokens
    return (
        k + 3 < len(toks)
        and toks[k].text in _CONTRIBUTING
        and toks[k + 1].text in ("في", "فى")
        and toks[k + 2].text == _FUNDING
        and doc.sentence_of[k + 3] == doc.sentence_of[k]
    )


_FUNDING = fold("تمويل")


def _funds(doc: Doc, t: int, after: int) -> bool:
    """The sum at t is followed (past a comma) by "لتمويل": a loan or grant for a work."""
    toks = doc.tokens
    if after < len(toks) and toks[after].text in ("،", ","):
        after += 1
    if after + 1 < len(toks) and toks[after].text in _CONTRIBUTING and toks[after + 1].text in ("في", "فى"):
        after += 2  # "بمبلغ 400 مليون دولار، للمساهمة في تمويل مشروع …": a share of the cost
        return doc.sentence_of[after - 1] == doc.sentence_of[t]
    return after < len(toks) and toks[after].text in _TO_FUND and doc.sentence_of[after] == doc.sentence_of[t]


def _amount_kind(doc: Doc, t: int) -> str:
    """ "financing" (a loan, grant or allocation), "cost", or "plain"."""
    for w in _words_before(doc, t):
        if w in _COST_WORDS:
            return "cost"
        if w in _FINANCING:
            return "financing"
    return "plain"


# Sums paid to or by people, and prices, that are no project's cost: "سعر المتر"،
# "غرامة قدرها"، "رواتب العاملين"، "دعم نقدي"، "معاش شهري"، "رسوم الكشف".
_NOT_COSTS = frozenset(
    fold(w)
    for w in (
        "سعر أسعار رسوم رسم غرامة غرامات راتب رواتب أجر أجور معاش معاشا مكافأة مكافآت "
        "حافز حوافز دعم دعما تعويض تعويضات مخالفات إيرادات حصيلة مقدم قسط أقساط "
        "محفظة"  # "محفظة التعاون … تبلغ 2.3 مليار يورو": a portfolio, the sum of many works
    ).split()
)
_CLAUSE_BACK = 12  # tokens back to the start of an amount's clause


def _not_a_cost(doc: Doc, t: int) -> bool:
    """A price, fine, wage or subsidy word opens the clause of the amount at token t,
    with no cost word nearer to it."""
    sentence = doc.sentence_of[t]
    for j in range(t - 1, max(-1, t - 1 - _CLAUSE_BACK), -1):
        w = doc.tokens[j].text
        if doc.sentence_of[j] != sentence or w in ("،", ",", "؛", ":"):
            return False
        for stem in (w, w[1:] if w[:1] in "وبل" else w):
            bare = stem[2:] if stem.startswith("ال") else stem
            if stem in _COST_WORDS or stem in _COST_INTROS or bare in _COST_WORDS:
                return False
            if bare in _NOT_COSTS:
                return True
    return False


# Nouns of a body's budget and spending: a sum of them pays for many things, no one work.
_BUDGETS = frozenset(
    fold(w) for w in "ميزانية الميزانية موازنة الموازنة مصروفات المصروفات نفقات النفقات".split()
)


def _a_budget(doc: Doc, t: int) -> bool:
    """A budget noun stands before the sum at t in its clause, with no cost word nearer:
    "ميزانية تسييرية بقيمة 8 ملايين دينار"."""
    for w in _words_before(doc, t):
        if w in _COST_WORDS:
            return False
        if w in _BUDGETS or (w[:1] in "بلو" and w[1:] in _BUDGETS):
            return True
    return False


def _for_kinds_of_works(doc: Doc, k: int) -> bool:
    """ "لمشاريع الطرق والجسور"، "لمشروعات البنية التحتية" right after a sum: works of a kind
    in general are what it is for, so it is a budget, no one work's cost."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].text[:1] != "ل" or toks[k].text[1:] not in PLURAL_HEADS:
        return False
    return (
        k + 1 < len(toks)
        and toks[k + 1].text.startswith("ال")
        and doc.sentence_of[k + 1] == doc.sentence_of[k]
    )


_RUNNING = frozenset(fold(w) for w in "تشغيل التشغيل التشغيلية تشغيله تشغيلها".split())


def _running_cost(doc: Doc, t: int) -> bool:
    """A cost word followed by a running word ("تكلفة تشغيل"، "التكلفة التشغيلية") before the
    sum at t, in its clause."""
    words = _words_before(doc, t)[::-1]  # text order
    return any(w in _COST_WORDS and nxt in _RUNNING for w, nxt in zip(words, words[1:], strict=False))


def _names_a_work(doc: Doc, k: int) -> bool:
    """ "لمشروع …"، "لبرنامج …": a strong head with ل, the work a loan or grant is for."""
    head = project_heads().match(doc.tokens, k)
    return head is not None and head.value == "strong" and head.clitics == "ل"


def _purpose_owner(doc: Doc, t: int, after: int, kind: str = "plain") -> ProjectMention | None:
    """ "تخصيص 900 مليون جنيه لاستكمال أعمال القطار …": an amount that is not
    introduced as a cost and is followed by a purpose belongs to that purpose."""
    toks = doc.tokens
    if after >= len(toks) or doc.sentence_of[after] != doc.sentence_of[t]:
        return None
    if kind == "financing" and _share_of_funding(doc, after):
        # "اتفاق المنحة …، بقيمة 12 مليون يورو، للمساهمة في تمويل برنامج X": the work funded
        m = read_project(doc, after + 3, require_head=True)
        return _known(doc, m) if m is not None else None
    if kind == "financing" and _names_a_work(doc, after):
        m = read_project(doc, after)  # "اتفاق تمويل بقيمة 250 مليون دولار لمشروع تحسين …"
        return _known(doc, m) if m is not None else None
    if toks[after].text not in _PURPOSE:
        return None
    funding = kind == "financing" and toks[after].text in _TO_FUND
    if not funding and any(w in _COST_WORDS or w in _COST_INTROS for w in _words_before(doc, t)[:2]):
        return None  # "بتكلفة 20 مليون جنيه لرفع كفاءة الخدمة": the aim of a costed project
    # ("قرض بقيمة 300 مليون دولار، لتمويل المرحلة الثالثة من …": a loan funds the work after it)
    m = read_purpose(doc, after)
    if m is not None:
        doc.project_mentions.append(m)
    return m


_COST_INTROS = frozenset(fold(w) for w in "بتكلفة بكلفة بقيمة بمبلغ بإجمالي قدرها قيمتها".split())
_AREA_PURPOSE_REACH = 10  # tokens from an area to the purpose word that names its work


def _area_purpose(doc: Doc, t: int, after: int) -> ProjectMention | None:
    """ "تخصيص 8500 متر مربع لإنشاء مستشفى X، و6 آلاف متر مربع لإقامة مركز Y"، "مساحة 12 فدانا
    من أملاك الدولة بمركز Z لإقامة محطة …": land set aside is the site of the work it is for,
    named after a purpose word in the same clause (a comma or another measure ends the search)."""
    toks = doc.tokens
    sentence = doc.sentence_of[t]
    starts = _measure_token_starts(doc)
    for j in range(after, min(len(toks), after + _AREA_PURPOSE_REACH)):
        w = toks[j].text
        if doc.sentence_of[j] != sentence or toks[j].is_break or j in starts or w in _COST_INTROS:
            return None
        if w in _PURPOSE:
            if w in _BUILDING and _named_building(doc, j + 1):
                m = read_project(doc, j + 1)  # "لإقامة جامعة أسوان الأهلية": what is built is the work
                return _known(doc, m) if m is not None else None
            if project_heads().match(toks, skip_wrappers(doc, j + 1)[0]) is None:
                return None  # "قطعة أرض بمساحة فدانين لإقامة مكاتب مؤقتة للمشروع": no work named
            if w in _BUILDING:  # "لإقامة مجمع المدارس …": the building is named by what is built
                m = read_project(doc, j + 1, require_head=True)
                return _known(doc, m) if m is not None else None
            return _purpose_owner(doc, t, j)
    return None


_BUILDING = frozenset(fold(w) for w in "لإقامة لإنشاء لبناء لإنجاز".split())


def _built_unnamed(doc: Doc, t: int, after: int) -> bool:
    """The area at t is land set aside "لإقامة …" for a thing that names no work (the
    first purpose word of its clause builds something read as no project)."""
    toks = doc.tokens
    for j in range(after, min(len(toks) - 1, after + _AREA_PURPOSE_REACH)):
        if doc.sentence_of[j] != doc.sentence_of[t] or toks[j].is_break:
            return False
        if toks[j].text in _PURPOSE:
            return toks[j].text in _BUILDING and read_project(doc, j + 1) is None
    return False


def _named_building(doc: Doc, k: int) -> bool:
    """An indefinite noun with no project head, named by a place or a definite complement
    ("جامعة أسوان الأهلية"، "كلية التمريض"), opens at k: after a word for building it is the
    work built, whatever its noun; "مكاتب مؤقتة" (an indefinite adjective) names none."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k].is_break or toks[k + 1].is_break or toks[k].is_number:
        return False
    if project_heads().match(toks, k) is not None or toks[k].text.startswith(("ال", "ب", "ل")):
        return False
    return places().match(toks, k + 1) is not None or toks[k + 1].text.startswith("ال")


def _measure_token_starts(doc: Doc) -> frozenset[int]:
    if "measure-token-starts" not in doc.cache:
        doc.cache["measure-token-starts"] = frozenset(
            doc.token_at(a.start) for a in [*amounts(doc), *areas(doc)]
        )
    return doc.cache["measure-token-starts"]


# Words that make what follows them one of several: "أولى مدارس المشروع"، "إحدى محطات البرنامج".
_PARTITIVE = frozenset(fold(w) for w in "أول أولى إحدى أحد ثاني ثانية ثالث ثالثة آخر أكبر أبرز".split())
# An elative before an indefinite noun ("أكبر محطة"، "أحدث مستشفى") says what something named
# before is like; it names no new work.
_SUPERLATIVES = frozenset(fold(w) for w in "أكبر أضخم أحدث أطول أعلى أول".split())
_PART_REACH = 5  # tokens before a measure where a comma parts it from a listed part ("، على مساحة إجمالية")


def _owner(doc: Doc, t: int) -> ProjectMention | None:
    """The project mention that a measure at token t belongs to."""
    sentence = doc.sentence_of[t]
    lo, hi = doc.sentence_range(sentence)
    before = [m for m in doc.project_index()[0].get(sentence, []) if lo <= m.start < t]
    # a head named between the last known mention and the measure is nearer
    nearest_start = max((m.end for m in before), default=lo)
    in_institution = _institution_tokens(doc)
    aimed = _aims_of(doc, nearest_start, t)
    if aimed is not None:
        return aimed  # "يستهدف المشروع تطوير الري …، وإعادة تأهيل …، بتكلفة إجمالية …": the project's own
    # "مجمع X، والذي يضم مكتب بريد ووحدة زراعية، بتكلفة …": heads after يضم are parts, not the costed work
    parts = next((j for j in range(t - 1, nearest_start - 1, -1) if _lists_parts(doc, j)), t)
    if parts < t and not any(doc.tokens[j].text in ("،", ",") for j in range(max(parts, t - _PART_REACH), t)):
        parts = t  # "التي تضم محطة رفع بتكلفة …": the sum is that part's own
    for j in range(parts - 1, nearest_start - 1, -1):
        if doc.tokens[j].text == _QUOTE_CLOSE:
            ref = _quoted_reference(doc, j)
            if ref is not None:
                return ref  # "أن «واحة الياسمين» يقام على مساحة …": a project named before
            continue
        head = project_heads().match(doc.tokens, j) if j not in in_institution else None
        if head is None and doc.tokens[j].text in _CARRYING_OUT:
            m = _carried_out(doc, j, t)
            if m is not None:
                return m  # "التعاقد على تنفيذ مدينة الحرفيين … على مساحة 35 فدانا بتكلفة …"
            continue
        if (
            head is not None
            and head.value == "bare"
            and head.clitics in ("ل", "لل")
            and (_after_cost_word(doc, j) or _relative_after(doc, head.end))
        ):
            ref = resolve_bare(doc, j)
            if ref is not None:
                return ref  # "تبلغ الكلفة الكلية للمشروع نحو 41 مليون دينار": the project named before
        if head is None and _bare_phase(doc, j):
            ref = _phase_referred(doc, j)
            if ref is not None:
                return ref  # "ويبلغ طول المرحلة 19 كم …، وتقدر تكلفتها بـ…": the phase named before
        if head is None or _inside_larger_name(doc, j, head) or in_a_post(doc, j):
            continue  # "نائب وزير الزراعة واستصلاح الأراضي، … استثمارات 52 مليار": no work's cost
        if j > 0 and doc.tokens[j - 1].text.removeprefix("و") in _SHARE_OF:
            continue  # "طول المحور 11.5 كيلومتر، منها كوبري علوي …، بتكلفة إجمالية …": a part of the whole
        if j > 0 and doc.tokens[j - 1].text in _BESIDE:
            continue  # "يقام على مساحة … بجوار المستشفى الجامعي، بتكلفة …": a landmark, not the work
        if j > 0 and doc.tokens[j - 1].text in _AIMING and head.value == "work":
            continue  # "مبادرة «X» التي تستهدف إنشاء 27 كيلومترا من …، بتكلفة …": the aim, not the work
        if _a_part_of_one_work(doc, j, head):
            continue  # "ويشمل المشروع ترميم الجدران …، ويمتد نطاق الأعمال على مساحة …": a part
        if _framing(doc, j, head, bool(before)):
            continue  # "تبطين ترعة X، ضمن المشروع القومي لتأهيل الترع، بتكلفة …": the programme
        if generic_at(doc, j):
            return None  # "الخطة الاستثمارية …، التي بلغت استثماراتها 1.1 تريليون": a plan's total
        if head.value == "strong" and not_a_work_named(doc, j):
            continue  # "الذي ينفذه برنامج الشيخ زايد للإسكان على مساحة …": the executor
        if before and _aim_of(doc, nearest_start, j):
            break  # "حملة «X» لرفع كفاءة منظومة النظافة، بتكلفة …": the aim of the campaign
        if head.value == "bare" and j > 1 and doc.tokens[j - 2].text in _PARTITIVE:
            continue  # "مدرسة X، أولى مدارس المشروع، المقامة على …": X is one of the project's works
        if _one_of_its_works(doc, j):
            continue  # "محطة X، وهو أحد مشروعات المبادرة …، بتكلفة …": the umbrella X belongs to
        if head.value == "weak" and j > 0 and doc.tokens[j - 1].text in _SUPERLATIVES:
            continue  # "محطة X، وهي أكبر محطة قطارات في …، بتكلفة …": a superlative describes X
        if (
            head.value == "bare"
            and (bare_alone(doc, head.end) or _not_a_list_item(doc, j))
            and not _own_number(doc, head.end)
        ):
            ref = resolve_bare(doc, j) or _the_work_before(doc, j, head) or _named_before(doc, j, head)
            if ref is not None:
                return _phase_of(doc, j, ref) or ref
        m = _read_with_work(doc, j)
        if m is not None and m.end <= t + 1:
            m = _outer_name(doc, m, nearest_start, in_institution)
            if before and _umbrella(doc, m):
                continue  # "مجمع X، ضمن خطة تطوير قرى المركز، والذي أقيم بتكلفة …": the plan frames X
            doc.project_mentions.append(m)
            return m
    if before:
        own = [m for m in before if not _umbrella(doc, m)] or before
        return max(own, key=lambda m: m.end)
    if _for_works_in_general(doc, t):
        return None  # "المشروعات الجارية، التي تبلغ استثماراتها 3 مليارات": a total, no work's cost
    for j in range(t + 1, hi):
        head = project_heads().match(doc.tokens, j)
        if head is not None and head.value == "bare" and not head.clitics:
            ref = resolve_bare(doc, j)
            if ref is not None:
                return ref  # "منحة قدرها 25 مليون يورو … أن المشروع يتضمن": the project named before
        if head is not None and head.value != "bare" and counted_head(doc, j):
            continue  # "بتكلفة 210 ملايين جنيه، لافتا إلى الانتهاء من 38 ورشة من أصل 64": units counted
        if head is not None and head.value != "bare":
            m = read_project(doc, j, require_head=True)
            if m is not None:
                return _known(doc, m)
    return None


def _the_work_before(doc: Doc, j: int, head) -> ProjectMention | None:
    """ "ويمتد المشروع، الذي …، على مساحة 11 هكتارا" after "بناء المستشفى الجهوي …": a bare
    "المشروع" (no ل/ب, nothing named after it) that no "مشروع …" before it answers is the
    work named last before it, whatever its head."""
    if head.clitics or not bare_alone(doc, head.end) or _head_word(doc, j) != _PROJECT:
        return None  # "وفد البرنامج": a programme is no work named before
    own = [m for m in doc.project_mentions if m.end <= j and not _umbrella(doc, m)]
    return max(own, key=lambda m: m.start) if own else None


_PROJECT = fold("مشروع")
_BACK_SENTENCES = 2  # sentences before a bare head where the work it refers to may be named


def _named_before(doc: Doc, j: int, head) -> ProjectMention | None:
    """ "الجولة شملت موقف سيارات الأجرة الجديد. الموقف أقيم على مساحة …": a bare definite head
    beside a measure refers to the work with that head named in the sentences just before,
    even when no act made it a project there; that work is read and recorded."""
    if head.clitics or not bare_alone(doc, head.end):
        return None
    target = _head_word(doc, j)
    lo, _ = doc.sentence_range(max(0, doc.sentence_of[j] - _BACK_SENTENCES))
    for b in range(j - 1, lo - 1, -1):
        other = project_heads().match(doc.tokens, b)
        if other is None or other.value == "bare" or other.end - other.start != 1:
            continue
        if in_a_post(doc, b) or (other.value == "strong" and not_a_work_named(doc, b)):
            continue  # "مدير عام برنامج X للإسكان": a post's body, no work the head refers to
        if doc.tokens[b].text[len(other.clitics) :].removeprefix("ال") != target:
            continue
        m = read_project(doc, b, require_head=True)
        if m is not None and m.end <= j and m.end - m.start > 1:
            return _known(doc, m)
    return None


# A phase named by its noun alone ("طول المرحلة"، "للمرحلة") refers to the phase named before.
_PHASE_WORDS = frozenset(fold(w) for w in "المرحلة للمرحلة بالمرحلة".split())


def _bare_phase(doc: Doc, j: int) -> bool:
    """Token j is "المرحلة" with no ordinal or complement after it."""
    toks = doc.tokens
    return toks[j].text in _PHASE_WORDS and (j + 1 >= len(toks) or not toks[j + 1].text.startswith("ال"))


def _phase_referred(doc: Doc, j: int) -> ProjectMention | None:
    """The latest work named as a phase ("المرحلة الأولى من الخط السابع …") before token j:
    one recorded, else one named in the sentences just before (read and recorded)."""
    phased = [m for m in doc.project_mentions if m.start < j and _phase_named(m)]
    if phased:
        return max(phased, key=lambda m: m.start)
    toks = doc.tokens
    lo, _ = doc.sentence_range(max(0, doc.sentence_of[j] - _BACK_SENTENCES))
    for b in range(j - 3, lo - 1, -1):
        if toks[b].text in _PHASES and toks[b + 1].text.startswith("ال") and toks[b + 2].text == "من":
            m = read_project(doc, b)
            return _known(doc, m) if m is not None and _phase_named(m) else None
    return None


def _head_word(doc: Doc, j: int) -> str:
    """The word at j without its article: "المشروع" → "مشروع"."""
    return doc.tokens[j].text.removeprefix("ال")


def _framing(doc: Doc, j: int, head, work_before: bool) -> bool:
    """A programme after "ضمن" at j frames a work, whose cost it is not. With no work named
    before it in the sentence, a plan ("ضمن الخطة الاستثمارية بتكلفة …", whose total is
    nobody's) and a bare head ("ضمن المشروع، الذي تبلغ تكلفته …", the project itself) are
    read on as before."""
    if j == 0 or doc.tokens[before_phase(doc, j)].text not in _WITHIN:
        return False
    if work_before:
        return True
    return not generic_at(doc, j) and not (head.value == "bare" and bare_alone(doc, head.end))


def _aims_of(doc: Doc, lo: int, t: int) -> ProjectMention | None:
    """The project that "يستهدف المشروع …" refers to, when that clause opens in [lo, t): the
    works after it are its aims, and a sum or area at the clause's end is the project's own."""
    toks = doc.tokens
    for j in range(lo, t - 1):
        if toks[j].text not in _AIMING or toks[j].text.startswith("ال"):
            continue
        head = project_heads().match(toks, j + 1)
        if head is not None and head.value == "bare" and not head.clitics and _strong(toks[j + 1].text[2:]):
            return resolve_bare(doc, j + 1)
    return None


def _known(doc: Doc, m: ProjectMention) -> ProjectMention:
    """The mention already found over the same words as `m`, else `m`, now recorded: one
    mention holds one cost, so a share read later cannot replace the sum read first."""
    for other in doc.project_mentions:
        if other.start == m.start and other.end == m.end:
            return other
    doc.project_mentions.append(m)
    return m


# Nouns of carrying out a work: the thing after them is the work, whatever its head.
_CARRYING_OUT = frozenset(fold(w) for w in "تنفيذ".split())


def _carried_out(doc: Doc, j: int, t: int) -> ProjectMention | None:
    """The work named after "تنفيذ" at j, when it ends right before the measure at t."""
    toks = doc.tokens
    if (
        j + 1 >= t
        or project_heads().match(toks, j + 1) is not None
        or toks[j + 1].text[:1] in "بل"
        or toks[j + 1].is_number
        or toks[j + 1].text in count_words()
    ):
        return None  # a head is read as such; "تنفيذ بالأمر المباشر"، "تنفيذ 4 مشروعات" name none
    m = read_project(doc, j)
    if m is None or m.end - m.start < 2 or m.end > t or any(toks[x].is_break for x in range(m.end, t)):
        return None
    return _known(doc, m)


_PHASES = frozenset(fold(w) for w in "المرحلة المرحله".split())


def _phase_named(m: ProjectMention) -> bool:
    words = m.name.split()
    return bool(words) and fold(words[0]) in _PHASES and "من" in words[:4]


def _phase_of(doc: Doc, j: int, ref: ProjectMention) -> ProjectMention | None:
    """ "المرحلة الثانية من المشروع" referring to "المرحلة الأولى من مشروع X": another phase
    of X is a work of its own, named "المرحلة الثانية من مشروع X"."""
    toks = doc.tokens
    if j < 3 or toks[j - 1].text != "من" or toks[j - 3].text not in _PHASES:
        return None
    phase = doc.surface(j - 3, j)  # "المرحلة الثانية من"
    phased = [m for m in doc.project_mentions if _phase_named(m) and (m is ref or ref.key in m.key)]
    if not phased:
        return None  # no other phase named: "المرحلة الأولى من المبادرة" is the initiative's
    words = phased[0].name.split()
    words = words[words.index("من") + 1 :]  # the other phase's words are set aside
    name = f"{phase} {' '.join(words)}"
    if project_key(name) == ref.key or any(project_key(name) == m.key for m in phased):
        return None  # the same phase named again
    return _known(doc, ProjectMention(j - 3, j + 1, project_key(name), name, ref.head))


_NUMBER_WORD = fold("رقم")
_NUMBER_REACH = 3  # words from a head to the رقم of its own number


def _own_number(doc: Doc, k: int) -> bool:
    """ "الطريق الجهوية رقم 99": a definite head with a number of its own names a new work,
    it does not refer back to the last road."""
    toks = doc.tokens
    for j in range(k, min(len(toks), k + _NUMBER_REACH)):
        if toks[j].is_break:
            return False
        if toks[j].text == _NUMBER_WORD:
            return True
    return False


def _not_a_list_item(doc: Doc, j: int) -> bool:
    """Token j does not open an item of a list: "- المدرسة اليابانية …، على مساحة …" names a
    new work, while elsewhere a definite head with words after it may refer back."""
    return not (j > 0 and doc.tokens[j - 1].text in _LIST_MARKS)


_LIST_MARKS = frozenset("-–•*")


def _relative_after(doc: Doc, k: int) -> bool:
    """A relative pronoun at k: "حجر الأساس للمجمع الذي يضم …" (a definite head with a
    relative clause is the whole reference, no complement of a name before it)."""
    return k < len(doc.tokens) and doc.tokens[k].text in _RELATIVE


def _after_cost_word(doc: Doc, j: int) -> bool:
    """The word before token j is a cost word: "الكلفة الكلية للمشروع"، "تكلفة للمحطة"."""
    if j == 0:
        return False
    w = doc.tokens[j - 1].text
    if w in _TOTAL_WORDS:
        return True  # "الطول الإجمالي للمحور"، "المساحة الإجمالية للمشروع": a measure of the whole
    if j > 1 and w.startswith("ال") and w.endswith("يه"):
        w = doc.tokens[j - 2].text  # "التكلفة الاستثمارية للمشروع": an adjective of the cost between
    return w in _COST_WORDS or w.removeprefix("ال") in _COST_WORDS or w in _COST_INTROS


def _outer_name(doc: Doc, m: ProjectMention, lo: int, in_institution: frozenset[int]) -> ProjectMention:
    """The longest name that ends where `m` ends and starts before it in its clause:
    "نفق تقاطع شارع 45 مع طريق أبو قير"، not "طريق أبو قير" alone."""
    toks = doc.tokens
    best = m
    for j in range(m.start - 1, max(lo, m.start - _OUTER_REACH) - 1, -1):
        if toks[j].is_break:
            break
        head = project_heads().match(toks, j) if j not in in_institution else None
        if head is None or head.value == "bare" or _inside_larger_name(doc, j, head):
            continue
        outer = _read_with_work(doc, j)
        if outer is not None and outer.end == m.end and outer.start < best.start:
            best = outer
    return best


_OUTER_REACH = 10  # tokens back from a name to the head of a name that holds it


def _aim_of(doc: Doc, end: int, j: int) -> bool:
    """The head at j opens the aim ("لرفع كفاءة …"، "لتطوير …"، "لإعادة تأهيل …") of the
    project that ends at `end`: the aim names what the project does, not another project."""
    toks = doc.tokens
    if end < len(toks) and toks[end].text in _AGAIN:
        end += 1
        head = project_heads().match(toks, end)
        return (
            head is not None and not head.clitics and head.value == "work" and head.start <= j <= head.end + 1
        )
    head = project_heads().match(toks, end)
    return head is not None and head.clitics == "ل" and head.value == "work" and head.end <= j <= head.end + 1


_AGAIN = frozenset(fold(w) for w in "لإعادة لاعادة".split())  # "لإعادة تأهيل …"
# Words before a landmark that locates a work: "بجوار المستشفى الجامعي".
_BESIDE = frozenset(fold(w) for w in "بجوار بجانب جوار قرب بالقرب".split())
# Verbs that state what a project aims at: the work after them is its aim, costed with it.
_AIMING = frozenset(
    fold(w) for w in "يستهدف تستهدف ويستهدف وتستهدف يهدف تهدف تهدفان يهدفان المستهدف تستهدفان".split()
)
# Words before a programme that a work belongs to: "ضمن المشروع القومي لتأهيل الترع".
_WITHIN = frozenset(fold(w) for w in "ضمن وضمن إطار".split())
# Works in general, whose sum is a total: "المشروعات الجارية، التي تبلغ استثماراتها …".


_RELATIVE = frozenset(fold(w) for w in "الذي التي والذي والتي".split())


_ONE_WORK = frozenset(fold(w) for w in "المشروع البرنامج".split())


def _a_part_of_one_work(doc: Doc, j: int, head) -> bool:
    """A work noun right after a verb that lists one work's parts ("شملت تأهيل …"، "ويشمل
    المشروع ترميم …") is a part of it; after a plural subject ("وتشمل المشروعات تأهيل …")
    the works themselves are listed."""
    toks = doc.tokens
    if head.value != "work" or j < 1:
        return False
    prev = toks[j - 1].text
    if prev in COMPRISING:
        return not (j > 1 and toks[j - 2].text in WORKS_PLURAL)
    return prev in _ONE_WORK and j > 1 and toks[j - 2].text in COMPRISING


def _lists_parts(doc: Doc, j: int) -> bool:
    """A verb at j that lists the parts of the work just named, indefinite or counted:
    "، والذي يضم مكتب بريد …"، "، ويضم 240 مسكنا" (not "وأوضح أن المشروعات تشمل A، وB",
    which lists the works themselves, nor "ويضم المشروع …" with its subject after it)."""
    toks = doc.tokens
    w = toks[j].text
    if w not in COMPRISING or j == 0:
        return False
    return toks[j - 1].text in _RELATIVE or (w.startswith("و") and toks[j - 1].text in ("،", ","))


def _umbrella(doc: Doc, m: ProjectMention) -> bool:
    """A programme named after "ضمن"/"في إطار", or after "أحد مشروعات": the work before it
    is the costed one."""
    return m.start > 0 and (
        doc.tokens[before_phase(doc, m.start)].text in _WITHIN or _one_of_its_works(doc, m.start)
    )


def _one_of_its_works(doc: Doc, j: int) -> bool:
    """ "وهو أحد مشروعات المبادرة …" before j: j names the umbrella of a work named before."""
    toks = doc.tokens
    return j > 1 and toks[j - 1].text in WORKS_PLURAL and toks[j - 2].text in _PARTITIVE


_COUNTED_WORKS = PLURAL_HEADS | {fold(w) for w in "مشروعا مشروع".split()}  # "620 مشروعا"
_TOTAL_REACH = 6  # tokens back from a sum to the works it counts ("620 مشروعا بتكلفة")


def _total_of_counted_works(doc: Doc, t: int) -> bool:
    """A count of works ("18 مشروعا بلديا"، "شملت 620 مشروعا") opens the sum's clause, or
    a sum called a total follows a count of works of one kind ("4 مدارس جديدة بمراكز …
    بتكلفة إجمالية …"، "لتسع حدائق أحياء بمساحة إجمالية …")."""
    toks = doc.tokens
    for j in range(t - 1, max(0, t - _TOTAL_REACH), -1):
        if toks[j].is_break or doc.sentence_of[j] != doc.sentence_of[t]:
            break
        if toks[j].text in _COUNTED_WORKS:
            before = toks[j - 1].text
            return toks[j - 1].is_number or before in count_words()
    if not any(w.removeprefix("ب") in _TOTAL_WORDS for w in _words_before(doc, t)[:3]):
        return False
    for j in range(t - 1, max(0, t - _COUNT_REACH), -1):
        if doc.sentence_of[j] != doc.sentence_of[t] or toks[j].text in (".", "؛", ":"):
            return False
        w = toks[j].text
        if w[:1] in "لب" and w[1:] in _PLURAL_WORKS:
            w = w[1:]
        if w in _PLURAL_WORKS and j > 0:
            before = toks[j - 1].text
            before = before[1:] if before[:1] in "لبو" and before[1:] in count_words() else before
            if toks[j - 1].is_number or before in count_words():
                return True
    return False


_SPREAD = frozenset(fold(w) for w in "موزعة موزع موزعا توزعت".split())
_SPREAD_REACH = 4  # tokens after a sum to the count of works it is spread over


def _spread_over_works(doc: Doc, k: int) -> bool:
    """ "…، موزعة على 212 مشروعا": a sum spread over counted works is their total."""
    toks = doc.tokens
    for j in range(k, min(len(toks) - 2, k + _SPREAD_REACH)):
        if doc.sentence_of[j] != doc.sentence_of[k] or toks[j].text in (".", "؛"):
            return False
        if toks[j].text in _SPREAD:
            return toks[j + 1].text in ("على", "علي") and (
                toks[j + 2].is_number or toks[j + 2].text in count_words()
            )
    return False


# A sum called a total: "بتكلفة إجمالية"، "بإجمالي"، "بكلفة جملية" (Tunisian).
_TOTAL_WORDS = frozenset(fold(w) for w in "إجمالية الإجمالية إجمالي الإجمالي جملية الجملية".split())
# Plurals of works counted one by one: "4 مدارس"، "تسع حدائق" (not "1200 وحدة سكنية", one work's units).
_PLURAL_WORKS = frozenset(
    fold(w)
    for w in (
        "مشروعات مشاريع مدارس حدائق مستشفيات مراكز مجمعات أسواق ملاعب محطات طرق كباري جسور أنفاق "
        "مساجد مخابز مكاتب مصانع مبان"
    ).split()
)
_COUNT_REACH = 14  # tokens back from a total to the works it counts


def _for_works_in_general(doc: Doc, t: int) -> bool:
    """Works in general stand before the sum in its sentence, with no project named between."""
    sentence = doc.sentence_of[t]
    for j in range(t - 1, max(-1, t - 14), -1):
        if doc.sentence_of[j] != sentence:
            return False
        if doc.tokens[j].text in WORKS_PLURAL:
            return True
    return False


def _read_with_work(doc: Doc, j: int) -> ProjectMention | None:
    """The project headed at j, taking in a work noun just before it ("بناء
    المستشفى الجهوي"، "إنارة طريق …")."""
    for back in (2, 1):  # "رفع كفاءة" is two words
        if j - back < 0:
            continue
        work = project_heads().match(doc.tokens, j - back)
        if work is not None and work.value == "work" and work.end == j and work.clitics in ("", "و"):
            m = read_project(doc, j - back, require_head=True)
            if m is not None:
                return m
    return read_project(doc, j, require_head=True)


def _quoted_reference(doc: Doc, close: int) -> ProjectMention | None:
    """The known project whose «quoted» name ends at token `close`."""
    toks = doc.tokens
    for q in range(close - 1, max(-1, close - 12), -1):
        if toks[q].text == _QUOTE_OPEN:
            key = project_key(doc.surface(q + 1, close))
            for m in doc.project_mentions:
                if m.key == key and m.start < q:
                    return m
            return None
    return None


def _institution_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside institution names (recomputed only when spans were added)."""
    count, tokens = doc.cache.get("institution-tokens", (-1, frozenset()))
    if count != len(doc.institution_spans):
        tokens = frozenset(j for s in doc.institution_spans for j in range(s.start, s.end))
        doc.cache["institution-tokens"] = (len(doc.institution_spans), tokens)
    return tokens


_WORK_GOING_ON = frozenset(fold(w) for w in "العمل الأعمال".split())


def _inside_larger_name(doc: Doc, j: int, head) -> bool:
    """ "… بميناء دمياط"، "1200 وحدة سكنية": a head after ب/ل belongs to the name
    before it, and a counted head names no project."""
    if head.clitics in ("وب", "ول"):
        # "…، ولمصنع تدوير البلاستيك": after a comma, a new item of a list
        return j == 0 or doc.tokens[j - 1].text not in ("،", ",")
    if head.clitics == "ل" and j > 0 and doc.tokens[j - 1].text in _FOUNDATION:
        return False  # "حجر الأساس لمبنى كلية …": the ل of the cornerstone names the work itself
    if head.clitics == "ل" and _after_design(doc, j):
        return False  # "اعتمد التصميم النهائي لسوق X …": a design is of the work itself
    if head.clitics.startswith(("ب", "ل")):
        # "انتظام العمل بوحدة الغسيل …": ب after the work going on says where, it joins no name
        return not (head.clitics == "ب" and j > 0 and doc.tokens[j - 1].text in _WORK_GOING_ON)
    before = doc.tokens[j - 1].text if j > 0 else ""
    if _an_end_of_a_line(doc, j, before):
        return True  # "خط نقل المياه من محطة X إلى Y": the station is where the line starts
    if j > 0 and head.value != "work" and _construct_of(doc, j - 1):
        return True  # "بطريق السد العالي"، "مبنى المستشفى": the complement of the head before it
    if doc.tokens[j].text in _ADJECTIVE_HEADS and (before.endswith(("ه", "ات")) or before in _SCHOOLS):
        return True  # "(5) مدارس ثانوية"، "مدرسة ثانوية صناعية": an adjective of the noun before it
    counted = before in count_words() or (before[:1] == "و" and before[1:] in count_words())
    counted = counted or before in SCALES  # "ويضم 18 ألف وحدة سكنية": thousands of units
    return j > 0 and (doc.tokens[j - 1].is_number or counted)  # "ألفا ومائتي وحدة سكنية"


# Papers that draw or price a work: "التصميم النهائي لـ…"، "المقايسة التقديرية لـ…".
_DESIGNS = frozenset(
    fold(w) for w in "التصميم التصميمات تصميم تصميمات الرسومات المقايسة الدراسات المخطط".split()
)
_DESIGN_ADJECTIVES = 2  # definite adjectives between the design noun and its work


def _after_design(doc: Doc, j: int) -> bool:
    """A design noun, with at most two definite adjectives, stands right before token j."""
    toks = doc.tokens
    for b in range(j - 1, max(-1, j - 2 - _DESIGN_ADJECTIVES), -1):
        if toks[b].text in _DESIGNS:
            return True
        if not toks[b].text.startswith("ال") or project_heads().match(toks, b) is not None:
            return False
    return False


_ENDS = frozenset(fold(w) for w in "من إلى الى".split())
_LINE_REACH = 6  # tokens back from an end of a line to its head


def _an_end_of_a_line(doc: Doc, j: int, before: str) -> bool:
    """A head after من/إلى with a line or road named just before it is one end of that line."""
    if before not in _ENDS:
        return False
    for b in range(j - 2, max(-1, j - 2 - _LINE_REACH), -1):
        w = doc.tokens[b].text
        if doc.tokens[b].is_break:
            return False
        if any(x.removeprefix("ال") in CONVEYANCES for x in (w, w[1:])):
            return True
    return False


def _construct_of(doc: Doc, j: int) -> bool:
    """Token j is an indefinite head noun (any clitic) that takes the next word as its complement."""
    head = project_heads().match(doc.tokens, j)
    return (
        head is not None
        and head.end == j + 1
        and head.value in ("weak", "strong")
        and not doc.tokens[j].text[len(head.clitics) :].startswith("ال")
    )


_FOUNDATION = frozenset(fold(w) for w in "الأساس".split())  # "وضع حجر الأساس لـ…"
# Heads that are adjectives too ("ثانوية" is a high school, and "secondary" after a noun).
_ADJECTIVE_HEADS = frozenset(fold(w) for w in "ثانوية".split())
_SCHOOLS = frozenset(fold(w) for w in "مدارس المدارس".split())


def _build_projects(doc: Doc, costs: dict[int, Money], areas: dict[int, Area]) -> None:
    """Merge mentions of one project (one's words inside another's) and fill `doc.projects`."""
    mentions = sorted(doc.project_mentions, key=lambda m: -len(m.key.split()))
    clusters: list[tuple[str, str, list[ProjectMention]]] = []  # key, loose key, members
    for m in mentions:
        loose = _loose(m.key)
        pair = _pair_reference(m, clusters)
        if pair is not None:
            pair.append(m)  # "مشروع المجاري" after "مشروع شبكة مجاري قضاء X": the one work with that word
            continue
        for key, loose_key, members in clusters:
            if (
                _contains(key, m.key)
                or _contains(loose_key, loose)
                or _shortened(key, m.key)
                or _by_place(loose_key, loose)
                or _strong_short_form(key, m.key)
                or _same_words(loose_key, loose)
            ):
                members.append(m)
                break
        else:
            clusters.append((m.key, loose, [m]))
    cluster_of: dict[str, str] = {}
    acted_on = {a.project for a in doc.actions}
    for key, _, members in clusters:
        if _works_of_a_plan(key) and not any(m.key in acted_on for m in members):
            continue  # "متابعة موقف تنفيذ مشروعات الخطة الاستثمارية": a portfolio, its works are named apart
        first = min(members, key=lambda m: m.start)
        longest = members[0]
        proj = Project(key=key, name=longest.name if len(longest.key.split()) <= 10 else first.name)
        financing = None  # the cost taken so far, while it is only a loan or allocation
        financed = doc.cache.get("financed", set())
        for m in sorted(members, key=lambda m: m.start):
            proj.mentions.append(doc.mention(m.start, m.end, skip=m.skip))
            cluster_of[m.key] = key
            if proj.cost is None or (proj.cost is financing and id(m) in costs and id(m) not in financed):
                proj.cost = costs.get(id(m)) or proj.cost
                financing = proj.cost if id(m) in financed else None
            proj.area = proj.area or areas.get(id(m))
        doc.projects[key] = proj
    doc.actions = [
        a.__class__(a.official, a.action, cluster_of.get(a.project, a.project), a.mention)
        for a in doc.actions
    ]


_PLACE_NOUNS = frozenset(fold(w) for w in "مدينة قرية محافظة مركز حي منطقة محافظتي ولاية".split())
_PLAN = fold("خطة")


def _works_of_a_plan(key: str) -> bool:
    """ "مشروعات الخطة الاستثمارية …" (a key, ال dropped): the works a plan holds, no one work.
    The mention is kept while the stages run (an act on it reaches the works listed after
    it), but it is no project of its own."""
    words = key.split()
    return len(words) > 1 and words[0] in PLURAL_HEADS and words[1] == _PLAN


def _pair_reference(m: ProjectMention, clusters: list[tuple[str, str, list[ProjectMention]]]) -> list | None:
    """The members of the one longer project that a strong head with one definite word
    refers back to ("مشروع المجاري"، "مشروع المجسر"): the word stands in that project's
    name and in no other's."""
    words = m.key.split()
    surface = fold(m.name).split()
    if len(words) != 2 or not _strong(words[0]) or len(surface) != 2 or not surface[1].startswith("ال"):
        return None
    found = [members for key, _, members in clusters if len(key.split()) > 2 and words[1] in key.split()]
    return found[0] if len(found) == 1 else None


def _loose(key: str) -> str:
    """ "… بمدينه طنطا" → "… بطنطا", "لقري مركز ابو حمص" → "لقري ابو حمص": a place
    noun inside a name is often left out (its ب/ل goes to the place's name)."""
    words = key.split()
    out = []
    for i, w in enumerate(words):
        clitic = w[:1] if w[:1] in "بل" else ""
        if i and w[len(clitic) :] in _PLACE_NOUNS and i + 1 < len(words):
            words[i + 1] = clitic + words[i + 1]
            continue
        out.append(words[i])
    return " ".join(out)


_PHASE_KEYS = frozenset(fold(w) for w in "مرحلة مرحله".split())  # a phase in a key (ال dropped)
_NAME_AFTER_HEAD = 3  # words from a head to a one-word name inside the same mention
_OF_IN = frozenset(fold(w) for w in "من في".split())


def _contains(longer: str, shorter: str) -> bool:
    """Whether the words of `shorter` stand together inside `longer`.

    A one-word name only fits after a head noun, its adjectives or its object ("مبادرة «سند»"
    = "سند", "منصة «علمني» الرقمية" = "علمني").
    """
    a, b = longer.split(), shorter.split()
    if len(b) == 1 and a and a[0] in _PHASE_KEYS and "من" in a[:4]:
        a = a[a.index("من") + 1 :]  # "المرحلة الثالثة من مبادرة «مودة»" holds "مودة" as the initiative does
    if len(b) == 1 and len(a) > 1:
        if (a[0],) not in project_heads().entries:
            return False
        # "المبادرة الوطنية «سند»" = "سند", "تهيئة الحي الشعبي «النصر»" = "النصر": the head's
        # adjectives or object may stand before the name, but no ب/ل phrase (a programme the
        # work belongs to, "… التابع لمبادرة «X»", is a work of its own)
        return any(
            a[i] == b[0] and not any(w[:1] in "بل" or w in _OF_IN for w in a[1:i])
            for i in range(1, min(len(a), _NAME_AFTER_HEAD + 1))
        )
    if any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1)):
        return True
    if _second_joined_work(a, b):
        return True
    # "تأهيل قنوات الري بمشروع الكتياب" holds "مشروع الكتياب": a strong head after ب/ل
    return _strong(b[0]) and any(
        a[i][:1] in "بل" and a[i][1:] == b[0] and a[i + 1 : i + len(b)] == b[1:]
        for i in range(1, len(a) - len(b) + 1)
    )


def _second_joined_work(a: list[str], b: list[str]) -> bool:
    """ "إحلال وتجديد شبكة …" holds "تجديد شبكة …": two work nouns joined by و share one
    object, so the second with that object is the same work."""
    return project_heads().entries.get((b[0],)) == "work" and any(
        a[i] == "و" + b[0] and a[i + 1 : i + len(b)] == b[1:] for i in range(1, len(a) - len(b) + 1)
    )


def _shortened(longer: str, shorter: str) -> bool:
    """ "المستشفى الجديد" after "مستشفى بيشة العام الجديد": the head made definite with the
    name's last adjective is the same work, not a second one."""
    a, b = longer.split(), shorter.split()  # keys: ال already dropped
    if len(b) != 2 or len(a) < 3:
        return False
    return (b[0],) in project_heads().entries and b[0] in a[:2] and a[-1] == b[1]


def _by_place(longer: str, shorter: str) -> bool:
    """ "مشروع سوهاج وأسيوط" after "مشروع تحسين خدمات الصرف … بسوهاج وأسيوط": a strong head
    with only the places the longer name ends in is the same work, called by where it is."""
    a, b = longer.split(), shorter.split()
    if len(b) < 2 or len(a) <= len(b) or a[0] != b[0] or not _strong(b[0]):
        return False
    tail = a[len(a) - len(b) + 1 :]
    return tail[0][:1] in "بل" and [tail[0][1:], *tail[1:]] == b[1:]


def _strong_short_form(longer: str, shorter: str) -> bool:
    """ "مشروع شارع الهاشمي" after "مشروع تأهيل شارع الهاشمي …": the same strong head with
    two or more of the longer name's words, in their order, is the same work."""
    a, b = longer.split(), shorter.split()
    if len(b) < 3 or len(a) <= len(b) or a[0] != b[0] or not _strong(b[0]):
        return False
    rest = iter([w[1:] if w[:1] in "بل" and len(w) > 3 else w for w in a[1:]])
    return all(w in rest for w in b[1:])  # in order: "مشروع توسعة الطريق" in "مشروع توسعة وتأهيل طريق …"


def _same_words(longer: str, shorter: str) -> bool:
    """ "محطة مياه X الجديدة" (a headline) and "محطة مياه الشرب الجديدة بقرية X": the same
    head, and every word of the shorter name in the longer one (ب/ل set aside), in any order."""
    a, b = longer.split(), shorter.split()
    if len(b) < 4 or len(a) <= len(b) or a[0] != b[0]:
        return False
    words = set(a) | {w[1:] for w in a if w[:1] in "بل"}
    return all(w in words or (w[:1] in "بل" and w[1:] in words) for w in b[1:])


def _strong(word: str) -> bool:
    return project_heads().entries.get((word,)) == "strong"
