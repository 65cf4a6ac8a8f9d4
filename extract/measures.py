"""Costs and areas of projects, and the projects themselves.

Each amount of money and each area (read by `extract.money`) belongs to the
project named nearest before it in its sentence ("… الملعب القانوني …
وبتكلفة 5 ملايين جنيه"), else the first named after it ("مساحتها 1.5 فدان
لإقامة محطة …"); a bare "المحطة" before it refers back to the last station.
Mentions of one project (a short form, a form with ل/ب clitics, the
headline's form) are merged into one project.
"""

from __future__ import annotations

from functools import cache

from extract.doc import Doc
from extract.gazetteer import load_table
from extract.model import Area, Mention, Money, Project
from extract.money import find_amounts, find_areas
from extract.normalize import fold
from extract.projects import ProjectMention, project_heads, read_project, resolve_bare


def amounts(doc: Doc) -> list:
    """The article's sums of money, found once per article."""
    if "amounts" not in doc.cache:
        doc.cache["amounts"] = find_amounts(doc.article.text, folded=doc.folded)
    return doc.cache["amounts"]


def areas(doc: Doc) -> list:
    if "areas" not in doc.cache:
        doc.cache["areas"] = find_areas(doc.article.text, folded=doc.folded)
    return doc.cache["areas"]


def find_measures(doc: Doc) -> None:
    """Attach each cost and area to the project mention it belongs to."""
    local = None
    for a in amounts(doc):
        m = _owner(doc, doc.token_at(a.start))
        if m is not None and id(m) not in doc.costs:
            currency = a.currency
            if _bare_currency(doc.article.text[a.start : a.end]):
                local = local or _article_currency(doc)
                currency = local.get(currency, currency) if local else currency
            doc.costs[id(m)] = Money(a.value, currency, _mention(doc, a.start, a.end))
    for a in areas(doc):
        m = _owner(doc, doc.token_at(a.start))
        if m is not None and id(m) not in doc.areas:
            doc.areas[id(m)] = Area(a.square_metres, _mention(doc, a.start, a.end))


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
_BARE_CURRENCIES = {fold("ريال"): "SAR", fold("دينار"): "JOD", fold("درهم"): "AED"}


def _bare_currency(surface: str) -> bool:
    """ "9.4 مليون دينار" (no adjective naming the country)."""
    last = fold(surface).split()[-1] if surface.strip() else ""
    return any(last.startswith(w) for w in _BARE_CURRENCIES)


def _article_currency(doc: Doc) -> dict[str, str]:
    """Default code → the code of the country the article is about, if it names one."""
    words = f" {doc.folded.text} "
    for cue, code in currency_cues():
        if f" {cue} " in words or f" ب{cue} " in words or f" و{cue} " in words:
            prefix = {
                "KWD": "JOD",
                "BHD": "JOD",
                "JOD": "JOD",
                "IQD": "JOD",
                "LYD": "JOD",
                "TND": "JOD",
                "DZD": "JOD",
                "QAR": "SAR",
                "OMR": "SAR",
                "SAR": "SAR",
                "AED": "AED",
                "MAD": "AED",
            }.get(code)
            return {prefix: code} if prefix else {}
    return {}


@cache
def currency_cues() -> tuple[tuple[str, str], ...]:
    return tuple((fold(k), v) for k, v in load_table("currency_countries").items())


def _mention(doc: Doc, start: int, end: int) -> Mention:
    return Mention(start, end, doc.article.text[start:end], doc.sentence_of[doc.token_at(start)])


def _owner(doc: Doc, t: int) -> ProjectMention | None:
    """The project mention that a measure at token t belongs to."""
    sentence = doc.sentence_of[t]
    lo, hi = doc.sentence_range(sentence)
    before = [m for m in doc.project_index()[0].get(sentence, []) if lo <= m.start < t]
    # a head named between the last known mention and the measure is nearer
    nearest_start = max((m.end for m in before), default=lo)
    in_institution = _institution_tokens(doc)
    for j in range(t - 1, nearest_start - 1, -1):
        head = project_heads().match(doc.tokens, j) if j not in in_institution else None
        if head is None or _inside_larger_name(doc, j, head):
            continue
        if head.value == "bare":
            ref = resolve_bare(doc, j)
            if ref is not None:
                return ref
            continue
        m = read_project(doc, j, require_head=True)
        if m is not None and m.end <= t + 1:
            doc.project_mentions.append(m)
            return m
    if before:
        return max(before, key=lambda m: m.end)
    for j in range(t + 1, hi):
        head = project_heads().match(doc.tokens, j)
        if head is not None and head.value != "bare":
            m = read_project(doc, j, require_head=True)
            if m is not None:
                doc.project_mentions.append(m)
                return m
    return None


def _institution_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside institution names (recomputed only when spans were added)."""
    count, tokens = doc.cache.get("institution-tokens", (-1, frozenset()))
    if count != len(doc.institution_spans):
        tokens = frozenset(j for s in doc.institution_spans for j in range(s.start, s.end))
        doc.cache["institution-tokens"] = (len(doc.institution_spans), tokens)
    return tokens


def _inside_larger_name(doc: Doc, j: int, head) -> bool:
    """ "… بميناء دمياط"، "1200 وحدة سكنية": a head after ب/ل belongs to the name
    before it, and a counted head names no project."""
    if head.clitics.startswith(("ب", "ل")) or head.clitics in ("وب", "ول"):
        return True
    return j > 0 and doc.tokens[j - 1].is_number


def _build_projects(doc: Doc, costs: dict[int, Money], areas: dict[int, Area]) -> None:
    """Merge mentions of one project (one's words inside another's) and fill `doc.projects`."""
    mentions = sorted(doc.project_mentions, key=lambda m: -len(m.key.split()))
    clusters: list[tuple[str, list[ProjectMention]]] = []
    for m in mentions:
        for key, members in clusters:
            if _contains(key, m.key):
                members.append(m)
                break
        else:
            clusters.append((m.key, [m]))
    cluster_of: dict[str, str] = {}
    for key, members in clusters:
        first = min(members, key=lambda m: m.start)
        longest = members[0]
        proj = Project(key=key, name=longest.name if len(longest.key.split()) <= 10 else first.name)
        for m in sorted(members, key=lambda m: m.start):
            proj.mentions.append(doc.mention(m.start, m.end, skip=m.skip))
            cluster_of[m.key] = key
            proj.cost = proj.cost or costs.get(id(m))
            proj.area = proj.area or areas.get(id(m))
        doc.projects[key] = proj
    doc.actions = [
        a.__class__(a.official, a.action, cluster_of.get(a.project, a.project), a.mention)
        for a in doc.actions
    ]


def _contains(longer: str, shorter: str) -> bool:
    """Whether the words of `shorter` stand together inside `longer`."""
    a, b = longer.split(), shorter.split()
    if len(b) == 1 and len(a) > 1:
        return False
    return any(a[i : i + len(b)] == b for i in range(len(a) - len(b) + 1))
