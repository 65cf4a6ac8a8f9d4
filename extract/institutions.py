"""Institutions: named ones (وزارة الصحة، لجنة … بمجلس الشيوخ) and the ones a
role implies (وزير الصحة → وزارة الصحة، محافظ أسوان → محافظة أسوان), with
their parent where the text states it (ب + institution, التابع لـ), and the
article's own institution of each kind, which resolves bare references such as
"المحافظة" or "الوزير".
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.doc import Doc, RolePhrase
from extract.gazetteer import load_lines
from extract.lexicon import bare_heads, first_names, honorifics, institution_heads, name_stops, places, roles
from extract.model import Institution
from extract.normalize import fold
from extract.phrases import (
    LOCALITIES,
    NAMED_PLACES,
    REFERRALS,
    after_town_noun,
    bound_name_word,
    compass_word,
    continues_closed_phrase,
    district_in_construct,
    hyphen_joined,
    in_construct,
    is_locative,
    looks_like_adjective,
    name_goes_on,
    possessed_post,
    refers_back,
    region_end,
    sons_of,
    titled_place_name,
    town_by_date,
)

MAX_NAME = 9
# Last words of a head that still needs a complement ("الإدارة المركزية ل…").
_OPEN_ENDINGS = frozenset(
    {
        "المركزيه",
        "المركزي",
        "ومدينه",
        "التنفيذي",
        "المحليه",
        "العامه",
        "القابضه",
        "مدينه",
        "القومي",
        "الوطني",
        "الاعلي",
        "عام",
        "الشعبي",
        "الجماعي",
    }
)
_NO_PURPOSE = frozenset({"ministry", "governorate", "parliament", "council", "international"})
# Head + complement pairs that name staff or boards, not institutions.
_NOT_INSTITUTIONS = frozenset(
    fold(x) for x in ("هيئة التمريض", "هيئة التدريس", "إدارة الشركة", "إدارة شركة", "مجلس المديرين")
)
# Words that stand for the article's own region or body after a role ("أمير المنطقة").
_GENERIC_PLACES = frozenset(
    fold(w) for w in "المنطقة المحافظة الولاية الإمارة الوزارة الإقليم المدينة".split()
)
# "البلاد"، "الدولة": the country itself, which no territorial body of a head's post names (folded).
_THE_COUNTRY = frozenset(fold(w) for w in ("البلاد", "الدولة"))
_SUBORDINATE = frozenset({"التابع", "التابعه", "التابعين"})
_ANY = frozenset(fold(w) for w in ("كل", "لكل", "بكل", "وكل", "أي", "لأي", "بأي"))
# Role noun → kind of the institution it heads when its complement is a bare name.
_ROLE_HEADS = {
    role: (noun, kind) for role, noun, kind in (line.split("\t") for line in load_lines("role_institutions"))
}
# Kind of institution a bare definite head refers to ("المحافظة" → governorate).
_BARE_KIND = {
    "المحافظه": "governorate",
    "الوزاره": "ministry",
    "اللجنه": "committee",
    "الجامعه": "university",
    "الكليه": "faculty",
    "الشركه": "company",
    fold("الهيئة"): "authority",  # (folded, as the tokens are: the hamza seat becomes ي)
    "المديريه": "directorate",
    "الجهاز": "agency",
}


@dataclass(slots=True)
class InstitutionMention:
    start: int
    end: int  # token after the name (the ب-parent phrase excluded)
    key: str
    parent_at: int | None  # token where a stated parent's name starts


def find_institutions(doc: Doc) -> None:
    """Named institutions into `doc.institutions`, keyed by folded name."""
    toks = doc.tokens
    taken = set()
    for p in doc.persons:
        taken.update(range(p.name_start, p.end))
    found: list[InstitutionMention] = []
    head_starts = set(institution_heads().candidates(toks))
    bare_starts = set(bare_heads().candidates(toks))
    i = 0
    while i < len(toks):
        cluster = _health_cluster(doc, i) if toks[i].text.endswith(_CLUSTER) and i not in taken else None
        if cluster is not None:
            found.append(cluster)
            i = cluster.end
            continue
        head = (
            institution_heads().match(toks, i)
            if i in head_starts and i not in taken and not _electoral(doc, i)
            else None
        )
        if head is not None and _is_branch(doc, head) and not _branch_of_body(doc, head):
            head = None  # "فرع دمياط" is an arm of the Nile; "فرع الهيئة …" is a branch
        if head is not None and _committee_running_a_town(doc, head):
            head = None  # "رئيس لجنة بلدية الرصيفة": the appointed committee is the municipality's
        if head is not None and _programme_not_acting(doc, head):
            head = None  # "ضمن برنامج جودة الحياة": a programme of works, no body
        if head is not None and _office_of_a_post(doc, head):
            head = None  # "مدير مكتب وزير الصحة"، "مكتب المحافظ": a post's staff, no body
        if head is not None and _device(doc, head):
            head = None  # "تشغيل جهاز الأشعة المقطعية": a machine, not an agency
        if head is not None and _field_of_study(doc, head):
            head = None  # "حاصل على الماجستير في إدارة المشاريع": a subject, not a department
        if head is not None and head.clitics == "" and i > 0 and toks[i - 1].text in _ANY:
            head = None  # "على كل شركة تتأخر": any company, none named
        if head is not None and head.clitics == "" and i > 0 and toks[i - 1].is_number:
            head = None  # "48 شركة باستثمارات …": a count of companies, not one named
        if head is not None and head.value == "sector" and not head.clitics and toks[i - 1].text in _IN:
            head = None  # "خطط الوزارة في قطاع الإسكان": a field of activity, not a unit
        if head is not None and (_managing(doc, head) or _work_being_built(doc, head)):
            head = None  # "منظومة إدارة المخلفات": managing; "لإقامة جامعة …": a work being built
        if head is not None and _field_of_activity(doc, head):
            head = None  # "استأثر قطاع المياه بنحو ثلثها": a field the money went to, no unit
        if head is not None and _portfolio_sector(doc, head):
            head = None  # "نائب رئيس الهيئة لقطاع التنمية": the post's portfolio
        if head is not None and _minister_before(doc, head):
            head = None  # "وزير قطاع الأعمال العام": the role names a ministry, not a sector
        if head is not None and _total_after_cost(doc, head):
            head = None  # "بتكلفة كلية تبلغ …": كلية is "total", no faculty
        if head is not None and _adjective_of_projects(doc, head):
            head = None  # "9 مشروعات بلدية نفذتها الأمانة": بلدية is "municipal", no body
        if head is None and i not in taken and i in bare_starts:
            head = _adjectival_name(doc, i)
            if head is not None and _programme_not_acting(doc, head, i):
                head = None  # "في إطار البرنامج الجهوي …": a programme of works
        if head is None or head.clitics not in ("", "و", "ب", "ل", "وب", "ول", "ف", "ك", "لل", "ولل"):
            i += 1
            continue
        mentions = _read_institution(doc, head, taken)
        found.extend(mentions)
        i = max([m.end for m in mentions] + [head.end])
    by_start = {m.start: m for m in found}
    for m in found:
        inst = doc.institutions[m.key]
        if m.parent_at is not None and inst.parent is None:
            parent = by_start.get(m.parent_at)
            if parent is not None and parent.key != m.key:
                inst.parent = parent.key
                if m.parent_at == m.end:
                    doc.institution_full.setdefault(
                        m.key, f"{inst.name} {doc.surface(parent.start, parent.end)}"
                    )
                elif m.parent_at == m.end + 1 and toks[m.end].text == _FI:  # "لجنة … في المجلس البلدي"
                    doc.institution_full.setdefault(
                        m.key, f"{inst.name} في {doc.surface(parent.start, parent.end)}"
                    )
            else:
                bare = _head_or_bare(toks, m.parent_at)
                words = " ".join(doc.folded_words(bare.start, bare.end))[len(bare.clitics) :] if bare else ""
                if bare is not None and bare.clitics.endswith("لل"):
                    words = "ال" + words
                named = article_institution(doc, bare.value, words) if bare is not None else None
                if named is not None and named.key != m.key:
                    inst.parent = named.key
                elif named is None and bare is not None:  # perhaps only a role names it: look again later
                    doc.cache.setdefault(_BARE_PARENTS, []).append((m.key, bare.value, words))
        doc.institution_full.setdefault(m.key, inst.name)
    doc.institution_spans = found


def merge_short_forms(doc: Doc) -> dict[str, str]:
    """ "وزارة الصحة" beside "وزارة الصحة والسكان" is the same ministry, shortened.

    Returns old key → new key for the merged ones.
    """
    renamed: dict[str, str] = {}
    keys = sorted(doc.institutions, key=lambda k: -len(k))
    for short in list(keys):
        inst = doc.institutions.get(short)
        if inst is None:
            continue
        for long in keys:
            other = doc.institutions.get(long)
            if other is None or long == short:
                continue
            if other.kind != inst.kind and long.split()[0] != short.split()[0]:
                continue  # (a listed name may carry its own kind: "الصندوق العربي للإنماء …")
            if (long.startswith(short + " ") and len(short.split()) >= 2) or _last_portfolio_of(inst, other):
                other.mentions.extend(inst.mentions)
                _rekey(doc, short, long)
                renamed[short] = long
                break
    return renamed


_MINISTRY = fold("وزارة")
_OF_STATE = fold("الدولة")


def _last_portfolio_of(short: Institution, long: Institution) -> bool:
    """ "وزير الري" beside "وزير الموارد المائية والري": a ministry a role names by the last of
    its joined portfolios is that ministry (not so for a minister of state's portfolio)."""
    words, full = short.key.split(), long.key.split()
    if not short.implied or short.kind != "ministry" or long.kind != "ministry" or len(words) != 2:
        return False
    if words[0] != _MINISTRY or full[0] != _MINISTRY or _OF_STATE in full or len(full) < 3:
        return False
    return full[-1].startswith("و") and full[-1][1:] == words[1]


# Territories a body may be named after with the article only ("أمانة المنطقة"، "مجلس الجهة").
_TERRITORIES = frozenset(fold(w) for w in "منطقة محافظة ولاية جهة إمارة إقليم عمالة قضاء لواء".split())


def article_territory(doc: Doc, noun: str) -> str | None:
    """The article's territory of a kind, as written: "منطقة" → "منطقة الباحة" when a body
    named "إمارة منطقة الباحة" or "محافظة …" is in the article (its first such mention)."""
    best: tuple[int, str] | None = None
    for inst in doc.institutions.values():
        words = inst.name.split()
        folded = inst.key.split()
        for n, w in enumerate(folded[:-1]):
            if w == noun and not folded[n + 1].startswith("ل"):
                first = min((m.start for m in inst.mentions), default=0)
                if best is None or first < best[0]:
                    best = (first, " ".join(words[n:]))
                break
    return best[1] if best else None


def generic_body_name(doc: Doc, words: list[str], surface: str) -> str | None:
    """ "أمانة المنطقة" → "أمانة منطقة الباحة": a head and a definite territory noun name the
    body of the article's own territory. `words` are folded, `surface` as written."""
    if len(words) != 2 or not words[1].startswith("ال"):
        return None
    noun = words[1][2:]
    if noun in LOCALITIES:  # "جهاز المدينة" beside "جهاز تنمية مدينة الفيوم الجديدة"
        same = [
            i.name
            for i in doc.institutions.values()
            if i.key.startswith(words[0] + " ") and f" {noun} " in f" {i.key} " and len(i.key.split()) > 2
        ]
        if len(same) == 1:
            return same[0]
    same = [i.name for i in doc.institutions.values() if i.key.startswith(f"{words[0]} {noun} ")]
    if len(same) == 1 and noun not in _TERRITORIES:
        return same[0]  # "اتحاد البلديات" beside "اتحاد بلديات قضاء صور": the article's one
    if noun not in _TERRITORIES:
        return None
    territory = article_territory(doc, words[1][2:])
    return f"{surface.split()[0]} {territory}" if territory else None


def article_body(doc: Doc, word: str) -> str | None:
    """The article's body or territory a definite noun stands for ("الوزاره" → "وزارة الحكم
    المحلي"، "المنطقه" → "منطقة القصيم"), named with that same noun; None when not named."""
    noun = word[2:]
    bare = bare_heads().entries.get((word,))
    if bare is not None:
        same = [i for i in doc.institutions.values() if i.key.removeprefix("ال").startswith(noun + " ")]
        return same[0].name if len(same) == 1 else None  # two ministries: which one is unsaid
    if noun in _TERRITORIES:
        return article_territory(doc, noun)
    if noun in LOCALITIES:  # "المركز" → "مركز ومدينة ميت غمر"
        same = [i for i in doc.institutions.values() if i.key.startswith(noun + " ")]
        return same[0].name if len(same) == 1 else None
    return None


def _bare_tail_name(doc: Doc, inst: Institution) -> str | None:
    """ "المجلس التنفيذي للمحافظة" → "المجلس التنفيذي لمحافظة البحيرة": a body named after a bare
    reference to the article's own governorate or ministry."""
    words = inst.key.split()
    if len(words) < 3 or not words[-1].startswith("لل"):
        return None
    kind = _BARE_KIND.get("ال" + words[-1][2:])
    if kind not in ("governorate", "ministry"):
        return None
    named = article_institution(doc, kind)
    if named is None:
        return None
    head = inst.name.rsplit(" ", 1)[0]
    return f"{head} ل{named.name}"


_DISTRICT_NOUNS = ("قضاء", "لواء", "منطقه", "محافظه", "ولايه", "مركز", "اقليم")


def _without_territory_noun(doc: Doc, key: str) -> str | None:
    """ "قائممقامية الزبير" beside "قائممقامية قضاء الزبير": the same body, its territory's noun
    left out by a later mention ("قائممقام الزبير")."""
    head, _, rest = key.partition(" ")
    if not rest:
        return None
    for noun in _DISTRICT_NOUNS:
        other = doc.institutions.get(f"{head} {noun} {rest}")
        if other is not None:
            return other.name
    return None


def _prefecture_named(doc: Doc, key: str) -> str | None:
    """ "إقليم تارودانت" (implied by "عامل إقليم تارودانت") beside "عمالة إقليم تارودانت": the
    province's administration, which the article names in full."""
    if not key.startswith(_PROVINCE + " "):
        return None
    full = doc.institutions.get(f"{_PREFECTURE} {key}")
    return full.name if full is not None else None


_COMMUNE_COUNCIL_OF = fold("المجلس الجماعي") + " ل"
_COUNCIL_OF_COMMUNE = fold("مجلس جماعة")


def _commune_council_named(doc: Doc, key: str) -> str | None:
    """ "المجلس الجماعي للناظور" beside "مجلس جماعة الناظور": one commune council, named both
    ways in Moroccan news; merged into the construct form the article also writes."""
    if not key.startswith(_COMMUNE_COUNCIL_OF):
        return None
    rest = key[len(_COMMUNE_COUNCIL_OF) :]
    for town in (rest, "ال" + rest[1:] if rest.startswith("ل") else None):
        full = doc.institutions.get(f"{_COUNCIL_OF_COMMUNE} {town}") if town else None
        if full is not None:
            return full.name
    return None


_FI = fold("في")
_IN = frozenset({_FI, "و" + _FI})  # "وفي قطاع الصرف الصحي، انتهت الوزارة": a field, as after في
_BARE_COMMUNE_COUNCIL = fold("المجلس الجماعي")
_COMMUNE = fold("جماعة")


def _commune_of_council(doc: Doc, key: str) -> str | None:
    """ "المجلس الجماعي" with no commune named, beside "جماعة أولاد برحيل": the article's one
    commune, whose elected council it is (gold names the commune, the council as its alt)."""
    if key != _BARE_COMMUNE_COUNCIL:
        return None
    communes = [i.name for i in doc.institutions.values() if i.key.startswith(_COMMUNE + " ")]
    return communes[0] if len(communes) == 1 else None


def resolve_generic_bodies(doc: Doc) -> dict[str, str]:
    """Rename bodies named by a bare territory ("مجلس المحافظة") to their full name, merging
    into the full one when the article names it too. Returns old key → new key."""
    renamed: dict[str, str] = {}
    for key in list(doc.institutions):
        inst = doc.institutions[key]
        full = generic_body_name(doc, key.split(), inst.name) or _bare_tail_name(doc, inst)
        full = full or _without_territory_noun(doc, key) or _commune_of_council(doc, key)
        full = full or _prefecture_named(doc, key) or _commune_council_named(doc, key)
        if full is None or fold(full) == key:
            continue
        new_key = fold(full)
        target = doc.institutions.get(new_key)
        if target is None:
            target = doc.institutions[new_key] = Institution(key=new_key, name=full, kind=inst.kind)
            target.parent = inst.parent
        target.mentions.extend(inst.mentions)
        _rekey(doc, key, new_key)
        renamed[key] = new_key
        doc.institution_full[new_key] = doc.institution_full.get(new_key, full)
    return renamed


def _rekey(doc: Doc, old: str, new: str) -> None:
    """Drop the institution `old`, merged into `new`: its spans and sub-units point at `new`."""
    del doc.institutions[old]
    for m in doc.institution_spans:
        if m.key == old:
            m.key = new
    for other in doc.institutions.values():
        if other.parent == old:
            other.parent = new


_BARE_PARENTS = "institutions.bare_parents"


def find_bare_parents(doc: Doc) -> None:
    """Parents written as a bare noun ("ديوان عام المحافظة") whose institution only a role
    phrase names ("محافظ البحيرة" implies محافظة البحيرة): resolved once officials are read."""
    for key, kind, words in doc.cache.pop(_BARE_PARENTS, []):
        inst = doc.institutions.get(key)
        named = article_institution(doc, kind, words)
        if inst is not None and inst.parent is None and named is not None and named.key != key:
            inst.parent = named.key
    _drop_dual_places(doc)


_DUAL_PLACES = "institutions.dual_places"


def _drop_dual_places(doc: Doc) -> None:
    """ "في محافظتي الزرقاء والمفرق": governorates named only together, as where the work is,
    are places (optional in gold, mostly left out); kept when named otherwise, held or a parent."""
    dual = doc.cache.pop(_DUAL_PLACES, set())
    if not dual:
        return
    used = {h.institution for o in doc.officials for h in o.holdings}
    used |= {i.parent for i in doc.institutions.values()}
    for key in {k for k, _ in dual} - used:
        inst = doc.institutions.get(key)
        if inst is not None and all((key, m.start) in dual for m in inst.mentions):
            del doc.institutions[key]


def _read_institution(doc: Doc, head, taken: set[int]) -> list[InstitutionMention]:
    toks = doc.tokens
    kind = head.value
    head_words = doc.folded_words(head.start, head.end)
    head_words[0] = head_words[0][len(head.clitics) :]
    needs_complement = (
        (len(head_words) == 1 and not (kind == "parliament" and head_words[0].startswith("ال")))
        or head_words[-1] in _OPEN_ENDINGS
        or (len(head_words) == 2 and not head_words[-1].startswith(("ال", "ل", "و")))
    )  # "مجلس جهة …"، "اتحاد بلديات …" still need their complement; "البرلمان" is whole
    start = head.start
    k = head.end
    if head_words[0].endswith("تي") and kind in ("governorate", "ministry"):
        return _read_dual(doc, head, kind)
    if kind == "governorate":
        k = _prefecture_of_province(doc, head_words, k)
        place = places().match(toks, k, clitics=False) if k < len(toks) else None
        if place is None and k < len(toks) and compass_word(toks[k].text):
            kind = "directorate"  # "إقليم غرب ووسط الدلتا الثقافي": a body's region, no governorate
            k = _read_complement(doc, k, taken, kind)
        elif place is None:
            return []
        else:
            k = place.end
    elif needs_complement:
        if _bare_with_portfolio(doc, head_words, k):
            return []  # "نائب رئيس الهيئة لقطاع التنمية": the article's body, then the post's portfolio
        k = _read_complement(doc, k, taken, kind, closed=head_words[-1].startswith("ال"))
        if k == head.end and len(head_words) > 1 and head_words[-1].startswith("ال"):
            k = _in_territory(doc, k)  # "وحدة التنمية المحلية في محافظة مادبا": a named unit
            if k == head.end and _bare_locative(doc, k):
                return []  # "الجهاز التنفيذي بالمحافظة": the governorate's staff, unnamed
        elif k == head.end or _unspecified(doc, head_words, head.end, k):
            return []  # a bare "الوزارة" refers to an institution named elsewhere; "اللجنة المختصة" too
        k = _commune_name(doc, doc.folded_words(k - 1, k), k)
    elif head_words[-1].startswith("ال"):
        k = _trailing_adjectives(doc, k)  # "المجلس البلدي المركزي"
        k = _commune_name(doc, head_words, k)  # "المجلس الشعبي البلدي لبئر الجير"
    parent_at = None
    inner: list[InstitutionMention] = []
    if head_words[-1] in _TOWN_COUNCILS and k == head.end:
        k, inner = _council_town(doc, k, taken)
    if k < len(toks) and toks[k].text.startswith("ب") and _head_or_bare(toks, k) is not None:
        parent_at = k
    elif k + 1 < len(toks) and toks[k].text in _SUBORDINATE and toks[k + 1].text.startswith("ل"):
        parent_at = k + 1
    elif kind == "committee" and k + 1 < len(toks) and toks[k].text == _FI and _head_or_bare(toks, k + 1):
        parent_at = k + 1  # "لجنة محافظة الجهراء في المجلس البلدي": a committee of that council
    elif kind == "directorate" and head.end < k:
        inner, parent_at = _unit_of(doc, head.end, k, taken)
    directorate = head_words[0].removeprefix("ال") == _DIRECTORATE
    if parent_at == k and directorate and (end := _territory_after(doc, k) or _bare_territory(doc, k)):
        # "المديرية العامة للإسكان بمحافظة جنوب الباطنة"، "… بالمحافظة": a ministry's arm there
        k, parent_at = end, None
    elif (
        parent_at == k
        and kind == "ministry"
        and doc.tokens[k].text in _IN_STATE
        and (end := _territory_after(doc, k) or _bare_territory(doc, k))
    ):
        k, parent_at = end, None  # "وزارة الصحة بالولاية": a Sudanese state's own ministry
    elif (
        parent_at == k
        and head_words[0] == _OFFICE
        and (end := _territory_after(doc, k) or _bare_territory(doc, k))
    ):
        k, parent_at = end, None  # "مكتب التعليم بمحافظة الخفجي"، "… بالمحافظة": an office per governorate
    elif parent_at is None and head_words[0] == _OFFICE and (end := _town_after(doc, k)) is not None:
        k = end  # "مكتب التعليم بينبع"، "مكتب الأشغال العامة والطرق بساحل حضرموت": the office there
    if head_words[0] in _SEATED and (parent_at is None or parent_at < k):
        k = _seat_after(doc, k)  # "دائرة القضاء في عجمان"، "فرع بلدية الكويت في محافظة الجهراء"
    if start > 0 and toks[start - 1].text == _BRANCH and parent_at is None:
        k = _before_place(doc, head.end, k)  # "فرع الهيئة … بالمنيا": the branch is in المنيا
    if start > 0 and toks[start - 1].text in _REGIONAL_POSTS and head.clitics.startswith("ل"):
        k = _before_place(doc, head.end, k)  # "المدير الجهوي للوكالة … بصفاقس": the post is regional
    if head_words == [_OFFICE] and not _office_held_or_placed(doc, start, k):
        return []  # "قاعة بمكتب الأشغال": a room, no named body
    name = _name_surface(doc, start, k, head.clitics)
    key = fold(name)
    if " ".join(key.split()[:2]) in _NOT_INSTITUTIONS or _after_board(doc, start):
        return []
    if head_words == [_DIWAN] and k == head.end + 1 and toks[head.end].text in _SEATS_OF_BODIES:
        return []  # "اجتماع بديوان الوزارة"، "في ديوان المحافظة": the body's seat, not another body
    if head_words == _DIWAN_GENERAL and head.end < len(toks) and toks[head.end].text == _THE_GOVERNORATE:
        return inner  # "بديوان عام المحافظة (بالغردقة)": the governorate's seat, the governorate itself
    if _government_of_a_place(doc, head_words, head.end, k):
        return []  # "حكومة الولاية"، "حكومة ولاية نهر النيل": the territory itself, named otherwise
    if head.clitics == "" and _names_a_facility(doc, start):
        return []  # "مستشفى جامعة جنوب الوادي للطوارئ": the hospital's name, not the university's
    if head_words in _COMMON_HEADS and _common_noun_chain(doc, head.end, k):
        return []  # "لجنة فنية لمتابعة …"، "جهاز حاسب آلي": a committee, a device, no name
    _register(doc, key, name, kind, doc.mention(start, k, skip=len(head.clitics)))
    return [InstitutionMention(start, k, key, parent_at), *inner]


# Adjectives that leave a definite head unnamed: "اللجنة المختصة" is whichever one is competent.
_UNSPECIFIED = frozenset(
    fold(w) for w in "المختصة المختص المعنية المعني المسؤولة المسؤول الحالية الحالي السابقة السابق".split()
)  # ("مشاريع الهيئة الحالية": the body's current works, no body named)


def _unspecified(doc: Doc, head_words: list[str], start: int, end: int) -> bool:
    """ "اللجنة المختصة"، "الجهة المعنية"، "الهيئة الحالية": a definite head and one such
    adjective name no body."""
    return (
        len(head_words) == 1
        and head_words[0].startswith("ال")
        and end == start + 1
        and doc.tokens[start].text in _UNSPECIFIED
    )


def _bare_with_portfolio(doc: Doc, head_words: list[str], k: int) -> bool:
    """A bare definite head ("الهيئة") right before a portfolio ("لقطاع …"، "للشؤون الفنية")."""
    toks = doc.tokens
    return (
        len(head_words) == 1
        and head_words[0].startswith("ال")
        and k < len(toks)
        and (
            toks[k].text.startswith(_PORTFOLIO)
            or toks[k].text in _ROLE_ADJECTIVE_WORDS
            or (toks[k].text.startswith("ل") and _portfolio_of_deputy(doc, k))
        )
    )  # (or a word that qualifies the post: "وكيل الوزارة المساعد لقطاع …"; "نائب رئيس الهيئة للمشروعات")


# Adjectives of a regional post; the ب-place after its body is the post's region.
_REGIONAL_POSTS = frozenset(fold(w) for w in ("الجهوي", "الجهوية", "الإقليمي", "الإقليمية"))


# Heads that are also common nouns ("شكلت لجنة فنية"، "120 جهاز حاسب").
_COMMON_HEADS = ([fold("لجنة")], [fold("جهاز")], [fold("صندوق")])


def _common_noun_chain(doc: Doc, start: int, end: int) -> bool:
    """The words after the head, up to a ل/ب phrase, have no definite word, place or number."""
    toks = doc.tokens
    if start < end and toks[start].text.startswith("ل") and not toks[start].text.startswith("لل"):
        return True  # "بتشكيل لجنة لفحص الشكاوى": a purpose right after the head
    for k in range(start, end):
        w = toks[k].text
        if k > start and w.startswith(("ل", "ب")):
            break
        if w.startswith(("ال", "وال")) or toks[k].is_number or places().match(toks, k) is not None:
            return False
        if w in first_names():
            return False
    return True


def _bare_locative(doc: Doc, k: int) -> bool:
    """ب + a bare head ("بالمحافظة"، "بالوزارة") at k."""
    toks = doc.tokens
    return k < len(toks) and toks[k].text.startswith("بال") and "ال" + toks[k].text[3:] in _BARE_KIND


def _in_territory(doc: Doc, k: int) -> int:
    """End of "في محافظة مادبا" (في + a governorate) after a complete head; k when none."""
    toks = doc.tokens
    if k + 2 >= len(toks) or toks[k].text != "في":
        return k
    unit = institution_heads().match(toks, k + 1, clitics=False)
    if unit is None or unit.value != "governorate":
        return k
    place = places().match(toks, unit.end, clitics=False) if unit.end < len(toks) else None
    return place.end if place is not None else k


# Heads of a local arm (an emirate's department, a body's branch): the seat after في is part of
# the name, as one such body exists per emirate or governorate.
_SEATED = frozenset(fold(w) for w in ("دائرة", "فرع"))


def _seat_after(doc: Doc, k: int) -> int:
    """End of "في عجمان"، "في محافظة الجهراء" (في + a place, or a governorate and its place)
    after a body's name; k when none follows."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k].text != _FI or doc.sentence_of[k + 1] != doc.sentence_of[k]:
        return k
    at = k + 1
    unit = institution_heads().match(toks, at, clitics=False)
    if unit is not None and unit.value == "governorate" and unit.end < len(toks):
        at = unit.end
    place = places().match(toks, at, clitics=False)
    return region_end(doc, at, place.end) if place is not None else k


def _trailing_adjectives(doc: Doc, k: int) -> int:
    """Adjectives that close a complete head's name, country adjectives aside."""
    toks = doc.tokens
    start = k
    while (
        k < len(toks)
        and k - start < 2
        and toks[k].text.startswith("ال")
        and looks_like_adjective(toks[k].text)
        and not is_nationality(toks[k].text)
        and toks[k].text not in _ROLE_ADJECTIVE_WORDS
        and doc.sentence_of[k] == doc.sentence_of[start - 1]
        and k not in _person_starts(doc)  # "رئيس مجلس النواب المستشار X": a title opens a name
    ):
        k += 1
    return k


def _person_starts(doc: Doc) -> frozenset[int]:
    """Tokens where a person's mention (its title) begins, computed once per article."""
    starts = doc.cache.get(_PERSON_STARTS)
    if starts is None:
        starts = doc.cache[_PERSON_STARTS] = frozenset(p.start for p in doc.persons)
    return starts


_PERSON_STARTS = "institutions:person-starts"


# Adjectives that qualify a post after the body ("رئيس المجلس البلدي المساعد") rather than it.
_ROLE_ADJECTIVE_WORDS = frozenset(fold(w) for w in "المساعد المساعدة السابق السابقة الجديد الحالي".split())
# Elected councils of the Maghreb named after their commune or province with ل.
_COMMUNE_COUNCILS = frozenset(fold(w) for w in ("البلدي", "الجماعي", "الولائي", "الإقليمي"))


def _commune_name(doc: Doc, head_words: list[str], k: int) -> int:
    """ "المجلس الشعبي البلدي لبئر الجير،"، "المجلس الجماعي لأكادير": ل + the commune's name, up to
    punctuation (three words at most) or a known place."""
    toks = doc.tokens
    if head_words[-1] not in _COMMUNE_COUNCILS or k >= len(toks):
        return k
    w = toks[k].text
    if not w.startswith("ل") or w.startswith("لل") or len(w) < 3:
        place = places().match(toks, k) if w.startswith("لل") else None
        if place is not None and place.clitics == "لل":
            return place.end
        return _one_word_commune(doc, k) if w.startswith("لل") else k
    place = places().match(toks, k)
    if place is not None and place.clitics == "ل":
        return place.end
    for end in range(k + 1, min(len(toks), k + 4)):
        # "المجلس الإقليمي لبني ملال السيد X": a title closes the name as a comma would
        if toks[end].is_punct or honorifics().match(toks, end, clitics=False) is not None:
            words = toks[k + 1 : end]
            if all(not t.is_number and t.text not in name_stops() for t in words):
                return end
            break
    return k


def _one_word_commune(doc: Doc, k: int) -> int:
    """ "المجلس الشعبي البلدي للخروب،": a commune whose name takes the article (ل + ال → لل),
    unknown to the gazetteer, trusted only where punctuation closes it at once."""
    toks = doc.tokens
    w = toks[k].text
    if len(w) < 5 or w in name_stops() or k + 1 >= len(toks) or not toks[k + 1].is_punct:
        return k
    return k + 1


# Town councils of the Gulf, Libya and Yemen, named after their town without ل ("مجلس بلدي المحرق").
_TOWN_COUNCILS = frozenset({fold("البلدي"), fold("بلدي"), fold("المحلي"), fold("الجهوي")})
_COUNCIL_TERRITORIES = frozenset(fold(w) for w in ("محافظة", "منطقة", "مدينة", "ولاية"))


def _council_town(doc: Doc, k: int, taken: set[int]) -> tuple[int, list[InstitutionMention]]:
    """End of a town council's name and the territory read inside it: "المجلس البلدي
    مصراتة" takes its town as written, "المجلس البلدي بمحافظة X" (a council per governorate)
    its ب-territory, which is also a body of its own. (k, []) when neither follows."""
    toks = doc.tokens
    if k >= len(toks) or doc.sentence_of[k] != doc.sentence_of[k - 1]:
        return k, []
    place = places().match(toks, k)
    if place is not None and place.clitics in ("", "ب"):
        return region_end(doc, k, place.end), []  # "المجلس البلدي مصراتة"، "المجلس الجهوي بصفاقس"
    unit = institution_heads().match(toks, k)
    if unit is None or unit.clitics != "ب" or unit.end != k + 1:
        return k, []
    if toks[k].text[1:] not in _COUNCIL_TERRITORIES:
        return k, []
    if unit.end < len(toks) and places().match(toks, unit.end, clitics=False) is not None:
        mentions = _read_institution(doc, unit, taken)
        return (mentions[0].end, mentions) if mentions else (k, [])
    end = _town_before_holder(doc, unit.end, taken)
    if end is None:
        return k, []
    name = _name_surface(doc, k, end, "ب")
    kind = "governorate" if unit.value == "governorate" else "other"
    _register(doc, fold(name), name, kind, doc.mention(k, end, skip=1))
    return end, [InstitutionMention(k, end, fold(name), None)]


def _town_before_holder(doc: Doc, k: int, taken: set[int]) -> int | None:
    """End of a territory's name the gazetteer lacks, read only where a person's name or a
    comma closes it within three words ("بمحافظة دومة الجندل فهد …")."""
    toks = doc.tokens
    for n in range(k, min(len(toks), k + 4)):
        if n > k and (toks[n].text in ("،", ",") or n in taken):
            return n  # (a full stop may follow the object of a verb: "… بمحافظة شبوة الخطة.")
        w = toks[n].text
        if toks[n].is_punct or toks[n].is_number or w in name_stops() or w.startswith(("ب", "ل", "وال")):
            return None
    return None


def _unit_of(doc: Doc, at: int, end: int, taken: set[int]) -> tuple[list[InstitutionMention], int | None]:
    """A unit named after what it belongs to: "ديوان عام محافظة البحيرة" is a unit of محافظة
    البحيرة (read and registered here), "ديوان عام المحافظة" of the article's governorate."""
    toks = doc.tokens
    bare = _head_or_bare(toks, at)
    if bare is None or bare.clitics:
        return [], None
    if bare.end == end and institution_heads().match(toks, at) is None:
        return [], at  # a bare "المحافظة": find_institutions takes the article's own
    inner = institution_heads().match(toks, at)
    if inner is None:
        return [], None
    mentions = _read_institution(doc, inner, taken)
    ends = mentions[0].end if mentions else -1
    fits = ends == end or (ends >= 0 and _before_place(doc, ends, end) == ends)
    return (mentions, at) if fits else ([], None)


def _before_place(doc: Doc, start: int, end: int) -> int:
    """Where a final ب-place ("… بالمنيا") starts in tokens start..end (end when none)."""
    for k in range(start, end):
        place = places().match(doc.tokens, k)
        if place is not None and place.clitics == "ب" and region_end(doc, k, place.end) == end:
            return k
    return end


_PREFECTURE = fold("عمالة")
_PROVINCE = fold("إقليم")


def _prefecture_of_province(doc: Doc, head_words: list[str], k: int) -> int:
    """ "عمالة إقليم تارودانت": Morocco's prefecture-province is named by both territory nouns
    before its town; returns where the town starts (k when the head is no such pair)."""
    toks = doc.tokens
    if head_words != [_PREFECTURE] or k + 1 >= len(toks) or toks[k].text != _PROVINCE:
        return k
    return k + 1 if places().match(toks, k + 1, clitics=False) is not None else k


def _read_dual(doc: Doc, head, kind: str) -> list[InstitutionMention]:
    """ "محافظتي قنا وسوهاج" → محافظة قنا، محافظة سوهاج; "وزارتي النقل والتخطيط" likewise."""
    toks = doc.tokens
    noun = "محافظة" if kind == "governorate" else "وزارة"
    out = []
    k = head.end
    while k < len(toks) and not toks[k].is_break:
        w = toks[k].text
        bare = w[1:] if out and w.startswith("و") else w
        if bare in name_stops() or (not out and k > head.end):
            break
        place = places().match(toks, k)
        end = place.end if place is not None else k + 1
        while end < len(toks) and toks[end].text.startswith("ال") and looks_like_adjective(toks[end].text):
            end += 1  # "وزارتي الصحة والتعليم العالي"
        while (
            out
            and end < len(toks)
            and toks[end].text.startswith("وال")
            and toks[end].text[1:] not in name_stops()
        ):
            end += 1  # two bodies: the second takes the rest ("الصحة والتربية والتعليم")
        name = f"{noun} {doc.surface(k, end, skip=len(w) - len(bare))}"
        inst = _register(doc, fold(name), name, kind, doc.mention(head.start, end, skip=len(head.clitics)))
        if kind == "governorate":
            doc.cache.setdefault(_DUAL_PLACES, set()).add((inst.key, inst.mentions[-1].start))
        out.append(InstitutionMention(head.start, end, fold(name), None))
        k = end
        if k < len(toks) and not toks[k].text.startswith("و"):
            break
    return out


def _read_complement(doc: Doc, k: int, taken: set[int], kind: str, closed: bool = False) -> int:
    """End of the words that complete an institution's name from token k.

    `closed`: the head is already definite ("اللجنة"، "الهيئة"), so only an
    adjective, a coordination or a ل/ب phrase may follow ("اللجنة ستقوم" is none).
    """
    toks = doc.tokens
    start = k
    sentence = doc.sentence_of[k - 1] if k > 0 else 0  # the head's
    after_li = False
    after_place = False
    while k < len(toks) and k - start < MAX_NAME:
        t = toks[k]
        w = t.text
        first = k == start
        if t.is_number and town_by_date(doc, k):
            k += 2  # "جهاز تنمية مدينة 6 أكتوبر": a town named by a date
            closed = after_place = True
            continue
        if not first and (joined := hyphen_joined(doc, k)) > k:
            k = joined  # "مجلس جهة درعة-تافيلالت": a bare hyphen joins one name
            continue
        if not first and district_in_construct(doc, k):
            k = _past_district(doc, k)  # "مديرية تربية لواء الرمثا": read as a rank and a name before
            closed = after_place = True
            continue
        if t.is_break or t.is_number or k in taken or doc.sentence_of[k] != sentence:
            break  # (a headline without a full stop ends at its line: "… لصندوق\nالقاهرة - …")
        if not first and len(w) == 1 and not t.is_punct:
            break  # "تساهم فيها وكالة … مارتشيكا بـ 40 مليون": a preposition written apart
        if not first and w in _FEMININE_ADJECTIVES and (closed or after_town_noun(doc, k - 1)):
            k += 1  # "هيئة المجتمعات العمرانية الجديدة"، "جهاز تنمية مدينة ناصر الجديدة"
            continue
        if not first and name_goes_on(doc, k):
            k += 1  # "إقليم غرب ووسط الدلتا"، "إدارة المناطق غير المخططة"
            closed = after_place = False
            continue
        if not first and bound_name_word(doc, k):
            k += 1  # "لقرية بني عفان"، "مركز أبو علي": a name bound by بني/أبو goes on
            closed = after_place = False
            continue
        if w in _PROJECT_NOUNS and not first and not closed and not toks[k - 1].text.startswith(("ال", "و")):
            pass  # "جهاز تنفيذ مشروعات الإسكان": the object of a verbal noun in the name
        elif w in name_stops() or (w[:1] in "وف" and w[1:] in name_stops()) or w in _SUBORDINATE:
            break
        if not first and w.startswith(("ي", "وي")) and len(w) >= 4 and places().match(toks, k) is None:
            break  # a verb: "… ميسان يفتتح" (but "بلدية محافظة ينبع": a place)
        title = honorifics().match(toks, k)
        if title is not None and not first and district_in_construct(doc, k):
            title = None  # "مديرية تربية لواء البادية": Jordan's district, not the rank
        if title is not None and titled_place_name(doc, k):
            from extract.people import read_name

            k = max(read_name(doc, title.end)[0], title.end)  # "جامعة الملك سعود": named after a person
            closed = True
            after_place = k >= len(toks) or not toks[k].text.startswith("لل")  # "… الشيخ زايد للإسكان"
            continue
        if title is not None or ((not first or w.startswith("و")) and roles().match(toks, k) is not None):
            break  # ("رئيس الهيئة والمحافظ": a second person, not the body's name)
        if not first and w.startswith("و") and (w[1:] in first_names()):
            break
        if not first and _second_party(doc, k):
            break  # "وزارة التجهيز والماء ومجلس الجهة": two parties, not one name
        inner = _head_or_bare(toks, k)
        if (
            inner is not None
            and closed
            and inner.end == k + 1
            and w.startswith("ال")
            and looks_like_adjective(w)
        ):
            inner = None  # "وزارة الشؤون البلدية": a nisba adjective, not a bare "البلدية"
        if inner is not None and not first:
            new_body = not w.startswith("وال") or w[1:] in _BODIES or inner.end - inner.start > 1
            if inner.clitics == "و" and new_body:
                break  # "… ووزارة التخطيط"، "… والوكالة اليابانية"، "… والمجلس الجماعي لأكادير"
            if inner.clitics in ("ب", "وب") or (inner.clitics == "" and closed):
                break  # "لجنة … بمجلس الشيوخ": the parent follows
        if inner is not None and inner.clitics in ("ل", "لل") and inner.end - inner.start > 1:
            k, closed = inner.end, True  # "الأمانة العامة لمجلس الوزراء"
            continue
        if (
            w.startswith("ب")
            and not first
            and not sons_of(w)
            and kind in ("ministry", "council", "parliament", "international")
            and toks[k - 1].text not in _COUNCIL_TERRITORIES
        ):
            break  # a ministry's name does not take a place
            # (but "بلدية محافظة بيشة": a bare territory noun still needs its name)
        if closed and not continues_closed_phrase(doc, k):
            break
        if closed and not first and _possessed_noun(w) and not refers_back(doc, k):
            break  # "دعم وزارة الصحة ومتابعتها": the body's own doing, not part of its name
        if (
            not first
            and w.startswith("و")
            and (is_nationality(toks[k - 1].text) or toks[k - 1].text in _REGIONAL)
        ):
            break  # "بنك الاستثمار الأوروبي والحكومة المصرية": a country adjective closes the name
        if k - start >= 2 and w.startswith("ل") and not w.startswith("لل") and is_regional(toks[k - 1].text):
            break  # "بنك التنمية الأفريقي لتمويل …": after a noun and its country adjective, a purpose
            # (but "الشركة المصرية لنقل الكهرباء": a definite head's adjective, then its trade)
        if (
            w.startswith("ل")
            and w not in _TRADES
            and (_pronoun_object(doc, k) or _object_pronoun_after(doc, k))
        ):
            break  # "توصيات اللجنة لرفعه إلى …": a purpose with a pronoun, never part of a name
        if closed and not first and _to_a_country(doc, k):
            break  # "القروض التي قدمها الصندوق العربي للمملكة": the country served, not the name
        if not first and w in REFERRALS:
            break  # "إحالة مدير الإدارة الهندسية للتحقيق": sent for inquiry, not a name
        if w in _PERIODS:
            break  # "موازنة الهيئة العامة للأبنية التعليمية للعام المالي": a period, not a name
        if _deputys_portfolio(doc, start, k, after_li and closed):
            break  # "نائب رئيس جهاز العاشر من رمضان للشؤون الفنية": the deputy's portfolio
        if not first and w == _IN_QUARTER:
            break  # "المقر الجديد للوكالة … بحي العثمانية": where its seat is, not its name
        if not first and w in _CHAMBERS_SHORT:
            break  # "لجنة الإسكان بالشيوخ": the chamber, shortened, is the parent
        if not first and w in _ACTING_WORDS:
            break  # "الهيئة العامة للطرق بالتكليف": the holder acts in the post; the body ends
        if not first and _task_noun(w):
            break  # "التنسيق مع مديرية الطرق لسرعة الانتهاء"، "كلف مدير مديرية الإسكان بالإعلان": a task
        if closed and not after_li and kind == "directorate" and _PURPOSE_MASDAR.match(w):
            break  # "التنسيق مع مديرية الطرق لتحويل المرور": a task set, not part of the name
        if after_li and closed and w.startswith("و") and not w.startswith("وال") and not refers_back(doc, k):
            break  # "للجامعات وأسرة الجامعة": the name ended with its ل-phrase ("لإدارة وتشغيل" goes on)
        if (
            closed
            and w.startswith("ل")
            and not w.startswith("لل")
            and (after_li or (kind != "company" and _named_already(doc, start, k)))
            and not _region_served(doc, k)
            and not _basin_name(doc, k)
        ):
            break  # "الهيئة القومية للأنفاق لرفع …"، "صندوق التنمية المحلية لبحث …": a purpose
        if first and closed and w.startswith("وال") and _bare_head_before(doc, k):
            break  # "بالتعاون مع الهيئة والقطاع الخاص"، "الهيئة والبلدية": two parties, no name
        if first and closed and _object_of_bare_head(doc, k):
            break  # "استجابة الهيئة لمطالب الأهالي": the body named before, then its verbal noun's object
        if first and (_ba_phrase(doc, k) or _indefinite_nisba(w) or _indefinite_qualified(doc, k)):
            break  # "مشروعات بلدية بمدينة سكاكا"، "شركة سعودية": a common noun, no name follows
        if (
            closed
            and not first
            and w.startswith("ل")
            and not w.startswith("لل")
            and (bare := bare_heads().match(toks, k - 1)) is not None
            and bare.end == k
            and not _names_a_place_or_body(doc, k)
        ):
            break  # "ديوان عام المحافظة لمتابعة …": a bare reference, then a purpose
        if closed and w.startswith("ل") and kind in _NO_PURPOSE and not first:
            if not (kind == "international" and w.startswith("لل") and not after_li):
                break  # "وزارة الإسكان للانتهاء من …": a ministry's name takes no ل-phrase
            # (but "منظمة الأمم المتحدة للطفولة" names an agency of the body)
        if (
            not first
            and kind in _NO_PURPOSE
            and w.startswith("ل")
            and not w.startswith("لل")
            and not _names_a_place_or_body(doc, k)
        ):
            break  # "بلدية مدينة خورفكان لتسهيل …": a town's body, then a purpose
        if after_place and (_agrees_with_place(w) or _agrees_with_head(doc, start, w)):
            k += 1  # "إدارة ملوي التعليمية"، "أمانة عمان الكبرى"، "إقليم … الدلتا الثقافي"
            continue
        if after_place and not w.startswith(("ب", "ل")):
            break  # "جامعة أسيوط اللقاء": a place closes the name but for a ب/ل phrase
        if after_place and w in _TRADES and not _portfolio_of_deputy(doc, start):
            k += 1  # "وكالة المغرب العربي للأنباء": a news agency is named for its trade
            continue
        if after_place and kind != "company" and not _names_a_place_or_body(doc, k):
            break  # "مديرية أمن الجيزة لتنسيق …"، "هيئة مياه ولاية الخرطوم بالإسراع": a purpose
            # (but a company is named for its trade: "شركة جنوب القاهرة لتوزيع الكهرباء")
        if closed and kind in ("faculty", "university") and not first and w.startswith(_PORTFOLIO):
            break  # "وكيلا لكلية الطب لشؤون …"، "نائبي رئيس جامعة طنطا لشئون …": the post's portfolio
        place = places().match(toks, k)
        if place is not None and first and place.clitics == "" and kind == "ministry":
            place = None  # "وزارة الداخلية والبلديات": a portfolio, though Oman has a region so named
        if place is not None and place.clitics in ("", "ب", "ل"):
            k = region_end(doc, k, place.end)
            if place.clitics == "ب" or kind in _NO_PURPOSE:
                while (
                    kind in _NO_PURPOSE
                    and place.clitics == ""
                    and k < len(toks)
                    and _agrees_with_place(toks[k].text)
                ):
                    k += 1  # "بلدية إربد الكبرى": the town's own adjective
                break  # "مديرية الصحة بمطروح" ends at its place
            closed = after_place = True
            continue
        closed = w.startswith(("ال", "وال", "بال", "لل", "فال")) or refers_back(doc, k)  # a pronoun closes
        after_li = w.startswith("ل") or (after_li and w.startswith(("ال", "وال")))
        after_place = after_place and not w.startswith(("ب", "ل"))
        k += 1
    return k


def _bare_head_before(doc: Doc, k: int) -> bool:
    """The word before k is a bare definite head of one word ("الهيئة"، "والبلدية")."""
    prev = doc.tokens[k - 1].text
    bare = bare_heads().match(doc.tokens, k - 1)
    return bare is not None and bare.end == k and prev.removeprefix("و").startswith(("ال", "بال", "لل"))


def _object_of_bare_head(doc: Doc, k: int) -> bool:
    """A bare definite head of one word ("الهيئة") then ل + an indefinite noun that names no
    place or body: names are built with adjectives or construct, so this ل-phrase is no part."""
    toks = doc.tokens
    w = toks[k].text
    prev = toks[k - 1].text
    if " " in prev or not prev.startswith(("ال", "وال", "بال")) or bare_heads().match(toks, k - 1) is None:
        return False
    return (
        w.startswith("ل")
        and not w.startswith("لل")
        and w not in _TRADES
        and not w.startswith(_PORTFOLIO)
        and not _names_a_place_or_body(doc, k)
    )


def _past_district(doc: Doc, k: int) -> int:
    """End of "لواء" + its name at k: the span a title reader gave it, else the next word."""
    person = next((p for p in doc.persons if p.start == k), None)
    return person.end if person is not None else min(k + 2, len(doc.tokens))


def _possessed_noun(w: str) -> bool:
    """ "ومتابعتها"، "وجهودهم": و + a noun with a plural or feminine possessive pronoun."""
    return w.startswith("و") and not w.startswith("وال") and len(w) >= 6 and w.endswith(("ها", "هم", "هما"))


_PROJECT_NOUNS = frozenset(fold(w) for w in ("مشروعات", "مشروع", "مشاريع"))
_IN_QUARTER = fold("بحي")
# ل + a period ("للعام المالي"، "لسنة 2025"): when something happens, never a body's name.
_PERIODS = frozenset(fold(w) for w in "للعام لعام للسنة لسنة للفترة لفترة للربع للموسم".split())
# A chamber named by its members alone ("بالشيوخ" for "بمجلس الشيوخ").
_CHAMBERS_SHORT = frozenset(fold(w) for w in ("بالشيوخ", "بالنواب", "بالأعيان"))
# Trades that, after a place, still name the body ("وكالة تونس إفريقيا للأنباء").
_TRADES = frozenset(
    fold(w) for w in "للأنباء للتنمية للإنماء للمياه للكهرباء للطاقة للاتصالات".split()
)  # ("صندوق أبوظبي للتنمية"، "الهيئة السعودية للمياه")
# Posts that take a portfolio after the body they serve ("وكيل أمانة منطقة جازان للتعمير").
_DEPUTIES = frozenset({"نائب", "وكيل", "مساعد", "معاون", "مستشار"})


def _deputys_portfolio(doc: Doc, start: int, k: int, after_li: bool) -> bool:
    """A ل-phrase at k after the body a deputy's post names, which is the deputy's portfolio:
    "لشؤون …"، "للشؤون الفنية", or any second ل-phrase ("نائب رئيس الهيئة العامة للأبنية
    التعليمية للمشروعات")."""
    w = doc.tokens[k].text
    if k == start or not w.startswith("ل") or not (w.startswith(_PORTFOLIO) or after_li):
        return False
    return _portfolio_of_deputy(doc, start)


def _portfolio_of_deputy(doc: Doc, start: int) -> bool:
    """The body at `start - 1` is the complement of a deputy's post, maybe through another post
    ("نائب رئيس جهاز …"): a ل-phrase after it is the deputy's portfolio, not the body's trade."""
    for back in (2, 3):
        post = roles().match(doc.tokens, start - back) if start >= back else None
        if post is not None and post.end == start - back + 1 and post.value.canonical in _DEPUTIES:
            return True
    return False


# Bare heads that start a new body when joined by و ("… والوكالة اليابانية").
_BODIES = frozenset(
    {
        *_BARE_KIND,
        "الوكاله",
        "الموسسه",
        "المنظمه",
        "الصندوق",
        "البنك",
        "المعهد",
        "المركز",
        "القطاع",
        "البلديه",
    }
)
# Body nouns that no head list holds alone but that open a second party after و when a
# definite word follows: "بين وزارة التجهيز والماء ومجلس الجهة"، "… والجماعة الترابية".
_PARTNER_BODIES = frozenset(fold(w) for w in ("مجلس", "الجماعة"))  # (not "والجماعات المحلية": a portfolio)


def _second_party(doc: Doc, k: int) -> bool:
    """و + a body noun and a definite word: a second body joins the first, its name ended."""
    toks = doc.tokens
    w = toks[k].text
    return (
        w.startswith("و")
        and w[1:] in _PARTNER_BODIES
        and k + 1 < len(toks)
        and toks[k + 1].text.startswith("ال")
    )


# ل-phrases that name the portfolio of a post ("وكيل الكلية لشؤون الطلاب"، "للدراسات العليا").
_PORTFOLIO = tuple(fold(w) for w in ("لشؤون", "لشئون", "للشؤون", "للشئون", "للدراسات", "لخدمة", "لقطاع"))


def _indefinite_nisba(word: str) -> bool:
    """ "شركة سعودية"، "منظمة دولية": a country adjective, no name, follows the head."""
    return not word.startswith(("ال", "و")) and is_nationality("ال" + word)


def _indefinite_qualified(doc: Doc, k: int) -> bool:
    """ "شركة محلية وبإشراف …"، "منظمة خيرية وطنية": an indefinite nisba that ends the phrase
    (a comma, a و-clause, another such adjective) qualifies a common noun; no name follows.
    ("لجنة بلدية إربد": بلدية is a noun, its town after it.)"""
    toks = doc.tokens
    w = toks[k].text
    if w.startswith(("ال", "و")) or not w.endswith("يه") or not looks_like_adjective(w) or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.is_punct or nxt.is_break:
        return True
    n = nxt.text
    if n.startswith("و") and not n.startswith("وال"):
        return True
    return not n.startswith(("ال", "و")) and n.endswith("يه") and looks_like_adjective(n)


_MONEY_NOUNS = frozenset(fold(w) for w in "تكلفة قيمة استثمارات إجمالي ميزانية".split())


def _pronoun_object(doc: Doc, k: int) -> bool:
    """A word ending in an attached pronoun ("لرفعه"، "لتنفيذها"), not in construct with a
    definite noun ("لمياه الشرب" ends in ه but is a plain noun)."""
    toks = doc.tokens
    written = doc.surface(k, k + 1)
    if len(written) < 4 or not written.endswith(("ه", "ها", "هم")):
        return False
    return k + 1 >= len(toks) or not doc.surface(k + 1, k + 2).startswith("ال")  # (folded إلى is الي)


# Verbal nouns of a task set to a body ("بسرعة الانتهاء"، "بالإعلان عنه"): never part of its name.
_TASK_NOUNS = frozenset(fold(w) for w in "سرعة الإسراع الانتهاء الإعلان إعداد موافاة الوقوف".split())


def _task_noun(word: str) -> bool:
    """ "لسرعة"، "بالإعلان"، "بإعداد": ب/ل + a verbal noun of a task."""
    for clitic in ("بال", "لل", "ب", "ل"):
        if word.startswith(clitic) and len(word) > len(clitic) + 2:
            rest = word[len(clitic) :]
            if rest in _TASK_NOUNS or ("ال" + rest if clitic in ("بال", "لل") else rest) in _TASK_NOUNS:
                return True
    return False


# A preposition carrying a pronoun: the ل-word before it is a verbal noun ("للتعاقد عليها").
_PREPOSITION_PRONOUNS = frozenset(
    p + suffix for p in ("علي", "في", "مع", "من", "ب", "ل") for suffix in ("ه", "ها", "هم")
)
# ل + an indefinite verbal noun of the تفعيل pattern ("لتحويل"، "لتطوير"; not "لتنمية"): a purpose.
_PURPOSE_MASDAR = regex.compile(r"^لت\w\wي[^\Wه]$")


def _object_pronoun_after(doc: Doc, k: int) -> bool:
    """ "إلى جهاز … للتعاقد عليها": a verbal noun whose object is a pronoun after a preposition."""
    return k + 1 < len(doc.tokens) and doc.tokens[k + 1].text in _PREPOSITION_PRONOUNS


_KINGDOM = fold("للمملكة")


def _to_a_country(doc: Doc, k: int) -> bool:
    """ل + a country ("لمصر"، "للأردن") or the bare "للمملكة": whom a body serves or lends to."""
    toks = doc.tokens
    if toks[k].text == _KINGDOM:
        return k + 1 >= len(toks) or not toks[k + 1].text.startswith("ال")  # not "للمملكة العربية …"
    place = places().match(toks, k)
    return place is not None and place.clitics in ("ل", "لل") and place.value == "country"


def _adjective_of_projects(doc: Doc, head) -> bool:
    """A one-word head right after an indefinite "مشروعات" and before no place: an adjective."""
    toks = doc.tokens
    if head.clitics or head.end - head.start != 1 or head.start == 0 or head.end >= len(toks):
        return False
    if toks[head.start - 1].text not in _PROJECT_NOUNS:
        return False
    nxt = toks[head.end]
    return not nxt.text.startswith("ال") and places().match(toks, head.end) is None and not nxt.is_punct


_COST_NOUNS = frozenset(fold(w) for w in "تكلفة كلفة قيمة".split())


def _total_after_cost(doc: Doc, head) -> bool:
    """ "بتكلفة كلية"، "القيمة الكلية": after a cost noun كلية is the adjective "total"."""
    if head.value != "faculty" or head.clitics or head.start == 0:
        return False
    before = doc.tokens[head.start - 1].text
    return any(before.endswith(noun) and len(before) - len(noun) <= 2 for noun in _COST_NOUNS)


def _ba_phrase(doc: Doc, k: int) -> bool:
    """ب + a definite noun, a place, a locality or an amount ("بمدينة سكاكا"، "بتكلفة"): no
    name of a body starts so; a town that starts with ب ("بنها"، "بلطيم") does."""
    toks = doc.tokens
    w = toks[k].text
    if not w.startswith("ب") or places().match(toks, k, clitics=False) is not None:
        return False
    stem = w[1:]
    if stem.startswith("ال") or stem in LOCALITIES or stem in _MONEY_NOUNS:
        return True
    place = places().match(toks, k)
    return place is not None and place.clitics == "ب"


def _basin_name(doc: Doc, k: int) -> bool:
    """ "وكالة الحوض المائي لسبو،": ل + one word that a comma closes at once, no verbal noun of
    purpose ("لتنفيذ"), names the river, town or region the body serves."""
    toks = doc.tokens
    w = toks[k].text
    return (
        k + 1 < len(toks)
        and toks[k + 1].text in ("،", ",")
        and len(w) >= 4
        and w[1:] not in name_stops()
        and not _PURPOSE_MASDAR.match(w)
        and not _task_noun(w)
    )


def _region_served(doc: Doc, k: int) -> bool:
    """ "الهيئة العامة للمنطقة الاقتصادية لقناة السويس": ل + a region (not a country) the body
    serves still names it."""
    place = places().match(doc.tokens, k)
    return place is not None and place.clitics == "ل" and place.value[1] == "region"


def _names_a_place_or_body(doc: Doc, k: int) -> bool:
    """After a place, a ب/ل phrase goes on only to name another place or body: "بمحافظة
    الجيزة"، "للحوز"، "لشؤون …"; not a verbal noun of purpose ("لتنسيق"، "بالإسراع")."""
    toks = doc.tokens
    w = toks[k].text
    stem = w[2:] if w.startswith(("لل", "بال")) else w[1:]
    return (
        stem in LOCALITIES
        or places().match(toks, k) is not None
        or _head_or_bare(toks, k) is not None
        or w.startswith(_PORTFOLIO)
    )


def _named_already(doc: Doc, start: int, k: int) -> bool:
    """A genitive complement of two words or more, closed, names the body in full
    ("التنمية المحلية"): an indefinite ل-phrase after it states a purpose."""
    toks = doc.tokens
    return (
        k - start >= 2
        and toks[start].text.startswith("ال")
        and not (  # "الهيئة المصرية العامة لـ…": adjectives of a definite head, no name yet
            start > 0
            and toks[start - 1].text.startswith("ال")
            and all(looks_like_adjective(t.text) for t in toks[start:k])
        )
    )


# Feminine adjectives that agree with a place or an institution's noun, not with a post.
_FEMININE_ADJECTIVES = frozenset(fold(w) for w in "الجديدة الكبرى الصغرى".split())


def _agrees_with_place(word: str) -> bool:
    """ "ملوي التعليمية"، "عمان الكبرى": an adjective after a place still names the body."""
    return (
        word in _FEMININE_ADJECTIVES
        or word in _COMPASS_ADJECTIVES  # "مؤسسة مياه لبنان الشمالي": the region of the place
        or (word.startswith("ال") and word.endswith("يه") and looks_like_adjective(word))
    )


_COMPASS_ADJECTIVES = frozenset(fold(w) for w in "الشمالي الجنوبي الشرقي الغربي".split())


def _agrees_with_head(doc: Doc, start: int, word: str) -> bool:
    """A masculine nisba adjective after a place agrees with a masculine head ("إقليم غرب ووسط
    الدلتا الثقافي"), not with the place; a country adjective says whose body it is."""
    head = doc.tokens[start - 1].text if start > 0 else ""
    return (
        not head.endswith("ه")
        and word.startswith("ال")
        and word.endswith("ي")
        and looks_like_adjective(word)
        and not is_nationality(word)
        and word not in _ROLE_ADJECTIVE_WORDS
    )


def _adjectival_name(doc: Doc, i: int):
    """ "الشركة المصرية لنقل الكهرباء"، "المجلس الأعلى للجامعات": a definite head,
    an adjective and a ل-phrase name an institution."""
    toks = doc.tokens
    bare = bare_heads().match(toks, i)
    if bare is None or i + 2 >= len(toks):
        return None
    if toks[i + 1].text.startswith("ال") and toks[i + 2].text.startswith("ل") and len(toks[i + 2].text) > 3:
        return bare
    return None


_BRANCH = fold("فرع")
# "تجمع تبوك الصحي": a Saudi health cluster, named by its region and closed by الصحي; "تجمع"
# alone is a gathering ("تجمع مياه الأمطار"), so the closing adjective is required.
_CLUSTER = fold("تجمع")
_CLUSTER_CLOSER = fold("الصحي")
_CLUSTER_CLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")


def _health_cluster(doc: Doc, i: int) -> InstitutionMention | None:
    toks = doc.tokens
    clitics = toks[i].text[: -len(_CLUSTER)]
    if clitics not in _CLUSTER_CLITICS:
        return None
    for k in range(i + 2, min(len(toks), i + 5)):
        t = toks[k]
        if t.is_punct or t.is_number or doc.sentence_of[k] != doc.sentence_of[i]:
            return None
        if t.text == _CLUSTER_CLOSER:
            name = doc.surface(i, k + 1, skip=len(clitics))
            _register(doc, fold(name), name, "other", doc.mention(i, k + 1, skip=len(clitics)))
            return InstitutionMention(i, k + 1, fold(name), None)
    return None


def _under_deputy(doc: Doc, k: int, canonical: str) -> bool:
    """A complete definite post at k ("المدير العام") right after a deputy's noun ("نائب")."""
    if not canonical.startswith("ال") or " " not in canonical or k == 0:
        return False
    deputy = roles().match(doc.tokens, k - 1)
    return deputy is not None and deputy.end == k and deputy.value.canonical in _DEPUTIES


def _portfolio_sector(doc: Doc, head) -> bool:
    """ "لقطاع …" right after a body's name ("… العمرانية الجديدة لقطاع التنمية") names a post's
    portfolio; after a role noun ("رئيسا لقطاع الري") it names the unit headed."""
    if head.value != "sector" or head.clitics != "ل" or head.start == 0:
        return False
    toks = doc.tokens
    if toks[head.start - 1].is_punct or roles().match(toks, head.start - 1) is not None:
        return False
    for back in range(max(0, head.start - 3), head.start - 1):
        r = roles().match(toks, back)
        if r is not None and r.end == head.start:
            return _under_deputy(doc, back, r.value.canonical)
            # "المدير التنفيذي لقطاع التنمية الأسرية": the unit a post heads; but "نائب المدير
            # العام لقطاع المشاريع": the deputy's portfolio
    for back in range(max(0, head.start - 4), head.start - 1):
        r = roles().match(toks, back)
        if r is not None and r.value.canonical.startswith("وزير"):
            return False  # "مساعد وزير الداخلية لقطاع الأحوال المدنية": a ministry's sector
    return True


_COMMITTEE = fold("لجنة")
_MUNICIPALITY = fold("بلدية")


def _committee_running_a_town(doc: Doc, head) -> bool:
    """ "لجنة بلدية مادبا الكبرى": a committee appointed to run a municipality; gold names the
    municipality ("بلدية مادبا الكبرى"), read from the next word."""
    toks = doc.tokens
    return (
        head.end < len(toks)
        and toks[head.start].text[len(head.clitics) :] == _COMMITTEE
        and head.end == head.start + 1
        and toks[head.end].text == _MUNICIPALITY
    )


_PROGRAMME = fold("برنامج")
# Words before a programme that make it an actor: it executes, funds or supervises the work
# (folded): "الذي نفذه برنامج الشيخ زايد للإسكان"، "بتمويل من البرنامج السعودي لتنمية …".
_ACTING_PROGRAMME_CUES = frozenset(
    fold(w)
    for w in "نفذه نفذها ينفذه ينفذها تنفذه تنفذها نفذته ينفذ تنفذ يموله يمولها الممول الممولة بإشراف".split()
)
_FROM = fold("من")


def _programme_not_acting(doc: Doc, head, start: int | None = None) -> bool:
    """ "برنامج" names a body only where it acts, as a post's body ("مدير عام برنامج …") or the
    one that executes the work ("نفذه برنامج …") or, named with an adjective, funds it ("بتمويل
    من البرنامج السعودي …"); "ضمن برنامج …" or "في إطار البرنامج …" name a programme of works."""
    toks = doc.tokens
    k = head.start if start is None else start
    word = toks[k].text[len(head.clitics) :]
    if word.removeprefix("ال") != _PROGRAMME:
        return False
    if head.clitics.startswith("و"):
        return True  # "… وبرنامج تنظيف الشواطئ": a list of works
    if head.clitics not in ("", "ل", "لل"):
        return True  # "ببرنامج"، "فبرنامج": no actor
    post = next(
        (m for m in (roles().match(toks, n) for n in (k - 1, k - 2) if n >= 0) if m and m.end == k), None
    )
    if post is not None or (k >= 1 and toks[k - 1].text in _ACTING_PROGRAMME_CUES):
        return False  # "مدير عام برنامج …"، "الذي نفذه برنامج …"
    funded = k >= 2 and toks[k - 1].text == _FROM and toks[k - 2].text in _FUNDED
    return not (funded and word.startswith("ال"))  # "بتمويل من البرنامج السعودي …": a state's agency
    # (but "بتمويل من برنامج التنمية المحلية": the programme's money, no agency named)


_FUNDED = frozenset(fold(w) for w in "بتمويل وبتمويل الممول والممول الممولة بدعم".split())


def _office_of_a_post(doc: Doc, head) -> bool:
    """ "مكتب" + a post ("مكتب وزير الصحة"، "مكتب المحافظ") is the office of its holder, "مكتب
    بريد" a common noun, "مكتب الوكالة" a body's branch: no body of their own; "مكتب الأشغال
    العامة" names a ministry's office."""
    toks = doc.tokens
    if head.end - head.start != 1 or toks[head.start].text[len(head.clitics) :] != _OFFICE:
        return False
    if head.end >= len(toks) or toks[head.end].is_punct:
        return True  # a bare "مكتب": no name
    nxt = toks[head.end].text
    if not nxt.startswith("ال") or _head_or_bare(toks, head.end) is not None:
        return True  # "مكتب بريد"، "مكتب هندسي"، "مكتب الوكالة الفرنسية": no body of its own
    post = roles().match(toks, head.end)
    return post is not None and post.clitics in ("", "ال")


def _office_held_or_placed(doc: Doc, start: int, end: int) -> bool:
    """A ministry's office in a territory is a body where a post heads it ("مدير عام مكتب
    الأشغال العامة") or a place closes its name ("مكتب التعليم بينبع"); else a room or a desk."""
    toks = doc.tokens
    before = roles().match(toks, start - 2) if start >= 2 else None
    if (before is not None and before.end == start) or (start >= 1 and roles().match(toks, start - 1)):
        return True
    return end - start > 2 and toks[end - 1].text != toks[start + 1].text and _place_closes(doc, start, end)


def _place_closes(doc: Doc, start: int, end: int) -> bool:
    """The name's last words are ب + a place or a territory noun and its place."""
    toks = doc.tokens
    for k in range(start + 2, end):
        if toks[k].text.startswith("ب") and (
            _town_after(doc, k) == end or _territory_after(doc, k) == end or _bare_territory(doc, k) == end
        ):
            return True
    return False


_AGENCY = fold("جهاز")
# Verbal nouns that take a machine for object ("تشغيل جهاز …"، "توريد أجهزة …").
_DEVICE_WORK = frozenset(fold(w) for w in "تشغيل توريد تركيب صيانة شراء إصلاح".split())


def _device(doc: Doc, head) -> bool:
    """ "بسرعة تشغيل جهاز الأشعة المقطعية": جهاز after operating or supplying is a machine."""
    toks = doc.tokens
    return (
        not head.clitics
        and head.start > 0
        and toks[head.start].text == _AGENCY
        and toks[head.start - 1].text.removeprefix("و").removeprefix("ب") in _DEVICE_WORK
    )


_DEGREES = frozenset(
    fold(w)
    for w in "الماجستير ماجستير الدكتوراه دكتوراه البكالوريوس بكالوريوس الدبلوم دبلوم الليسانس ليسانس".split()
)


def _field_of_study(doc: Doc, head) -> bool:
    """ "درجة الماجستير في إدارة الأعمال": إدارة after a degree and في is a subject."""
    toks = doc.tokens
    if head.clitics or head.start < 2 or toks[head.start - 1].text != "في":
        return False
    return any(toks[j].text in _DEGREES for j in range(max(0, head.start - 4), head.start - 1))


_MANAGEMENT = fold("إدارة")
# Nouns whose complement إدارة is the verbal noun "managing", never a department (folded).
_MANAGED_BY = frozenset(fold(w) for w in "منظومة منظومات مجال مجالات نظام أنظمة نظم حسن كفاءة ترشيد".split())


def _managing(doc: Doc, head) -> bool:
    """ "منظومة إدارة المخلفات الصلبة"، "في مجال إدارة الطلب على المياه": إدارة in construct after
    a system or field noun is the act of managing; a department is named after a post or alone."""
    toks = doc.tokens
    if head.start == 0 or head.end - head.start != 1:
        return False
    if head.clitics == "ل" and toks[head.start].text == "ل" + _MANAGEMENT:
        return _programme_before(doc, head.start - 1)  # "البرنامج الوطني لإدارة المخلفات الصلبة"
    if head.clitics or toks[head.start].text != _MANAGEMENT:
        return False
    return toks[head.start - 1].text.removeprefix("و").removeprefix("ب").removeprefix("ل") in _MANAGED_BY


def _programme_before(doc: Doc, k: int) -> bool:
    """A definite adjective closes a programme's or plan's name before "لإدارة …": the ل-phrase
    says what it does (managing), no department ("المدير العام لإدارة المرور" is one)."""
    w = doc.tokens[k].text
    if not w.startswith("ال") or not looks_like_adjective(w) or k == 0:
        return False
    return institution_heads().match(doc.tokens, k - 1) is None and roles().match(doc.tokens, k - 1) is None


# Verbal nouns of building: the facility that follows is a work, not a body (folded).
_BUILDING = frozenset(
    fold(w) for w in "إنشاء لإنشاء بإنشاء وإنشاء إقامة لإقامة بإقامة وإقامة بناء لبناء تشييد لتشييد".split()
)
_FACILITY_KINDS = frozenset({"university", "faculty"})
_BANK = fold("بنك")
_COST_WORDS = frozenset(fold(w) for w in "بتكلفة وبتكلفة بكلفة وبكلفة".split())  # (not بقيمة: a loan's sum)


def _work_being_built(doc: Doc, head) -> bool:
    """ "لإقامة جامعة أسوان الأهلية"، "إنشاء بنك الدم الإقليمي"، "وبنك الدم … بتكلفة 325 مليون":
    a university, faculty or bank after a verbal noun of building, or a bank listed among works
    with its cost, is a work under way; the body it will become is named once it runs."""
    toks = doc.tokens
    stem = toks[head.start].text[len(head.clitics) :].removeprefix("ال")
    if head.value not in _FACILITY_KINDS and stem != _BANK:
        return False
    if head.start > 0 and not head.clitics and toks[head.start - 1].text in _BUILDING:
        return True
    if stem != _BANK or not (head.clitics == "و" or toks[head.start - 1].text in ("،", ",")):
        return False  # (but "بتمويل من البنك الدولي بكلفة …": the funder, the cost the work's)
    for j in range(head.end, min(len(toks), head.end + 6)):
        if toks[j].is_punct or doc.sentence_of[j] != doc.sentence_of[head.start]:
            return False
        if toks[j].text in _COST_WORDS:
            return True
    return False


def _field_of_activity(doc: Doc, head) -> bool:
    """A bare two-word sector ("قطاع المياه") that no post heads: a field of the economy.
    Units of a body are named after a post ("رئيس قطاع الري") or with their parent."""
    toks = doc.tokens
    if head.value != "sector" or head.clitics or head.end + 1 >= len(toks):
        return False
    if head.start > 0 and toks[head.start - 1].text.lstrip("وبل") in _MONEY_NOUNS:
        return True  # "استثمارات قطاع المياه بالمحافظة": money spent on a field
    nxt = toks[head.end + 1].text
    if not toks[head.end].text.startswith("ال") or nxt.startswith(("ال", "وال")):
        return False  # a longer name: "قطاع البنية التحتية"
    if nxt.startswith(("ب", "ل")) and _names_a_place_or_body(doc, head.end + 1):
        return False  # a unit with its parent: "قطاع الري بالوزارة"
    posts = (roles().match(toks, j) for j in range(max(0, head.start - 3), head.start))
    return not any(p is not None and p.end >= head.start for p in posts)


def _minister_before(doc: Doc, head) -> bool:
    """A unit noun right after "وزير": the minister's portfolio ("وزير قطاع الأعمال العام")
    whose institution is the ministry the role implies."""
    if head.clitics or head.start == 0 or head.value in ("ministry", "council", "parliament"):
        return False
    r = roles().match(doc.tokens, head.start - 1)
    return r is not None and r.end == head.start and r.value.canonical.startswith("وزير")


def _is_branch(doc: Doc, head) -> bool:
    return head.end == head.start + 1 and doc.tokens[head.start].text[len(head.clitics) :] == _BRANCH


def _branch_of_body(doc: Doc, head) -> bool:
    """A branch is named after the body it belongs to: "فرع الهيئة العامة …"، "فرع وزارة …"."""
    return head.end < len(doc.tokens) and _head_or_bare(doc.tokens, head.end) is not None


def _electoral(doc: Doc, i: int) -> bool:
    """ "عضو مجلس النواب عن دائرة مركز ملوي": an electoral district, not an institution;
    but "مديرا عاما لدائرة الإحصاءات العامة" names a department (a definite noun, no place)."""
    toks = doc.tokens
    word = toks[i].text
    if not (word in _DISTRICT or (i > 0 and toks[i - 1].text == "عن" and word == _DISTRICT_NOUN)):
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return not (
        nxt is not None
        and nxt.text.startswith("ال")
        and places().match(toks, i + 1) is None
        and not (i > 0 and toks[i - 1].text == "عن")
    )


_DISTRICT_NOUN = fold("دائرة")
_DISTRICT = frozenset(fold(w) for w in "بدائرة لدائرة ودائرة".split())


# Nouns whose complement إدارة is the act of running, not a department ("وحدة إدارة البرنامج").
_RUNNING_BODIES = frozenset(fold(w) for w in ("مجلس", "مجالس", "وحدة"))


def _after_board(doc: Doc, start: int) -> bool:
    """ "مجلس إدارة الشركة"، "لمجلس إدارة الهيئة": إدارة here is a board, not an administration."""
    if start == 0 or doc.tokens[start].text != "اداره":
        return False
    before = doc.tokens[start - 1].text
    return any(before == c + noun for c in ("", "ل", "ب", "و", "ول", "وب") for noun in _RUNNING_BODIES)


_DIRECTORATE = fold("مديرية")
_IN_TERRITORY = frozenset(fold(w) for w in ("بمحافظة", "بولاية"))


_OFFICE = fold("مكتب")
_IN_STATE = frozenset(fold(w) for w in ("بولاية", "بالولاية"))
_IN_BARE_TERRITORY = frozenset(fold(w) for w in ("بالمحافظة", "بالولاية"))


def _bare_territory(doc: Doc, k: int) -> int | None:
    """End of a bare "بالمحافظة" at k (renamed after the article's governorate later); else None."""
    return k + 1 if doc.tokens[k].text in _IN_BARE_TERRITORY else None


def _town_after(doc: Doc, k: int) -> int | None:
    """End of ب + a known place at k ("بينبع"); None when no such phrase is there."""
    toks = doc.tokens
    place = places().match(toks, k) if k < len(toks) else None
    return region_end(doc, k, place.end) if place is not None and place.clitics == "ب" else None


def _territory_after(doc: Doc, k: int) -> int | None:
    """End of "بمحافظة X"/"بولاية X" at k, where X is a known place; else None."""
    toks = doc.tokens
    if toks[k].text not in _IN_TERRITORY or k + 1 >= len(toks):
        return None
    place = places().match(toks, k + 1, clitics=False)
    return region_end(doc, k + 1, place.end) if place is not None else None


_GOVERNMENT = fold("حكومة")
_DIWAN = fold("ديوان")
_THE_MINISTRY = fold("الوزارة")
# Bare bodies whose ديوان is their seat (folded): "ديوان المحافظة" is the governorate's building.
_SEATS_OF_BODIES = frozenset(fold(w) for w in ("الوزارة", "المحافظة", "البلدية", "الإمارة", "الولاية"))
_DIWAN_GENERAL = [fold("ديوان"), fold("عام")]
_THE_GOVERNORATE = fold("المحافظة")


def _government_of_a_place(doc: Doc, head_words: list[str], start: int, end: int) -> bool:
    """A government named by its territory stands for that territory (gold lists "حكومة
    الولاية" as the state's alt); only a named government ("حكومة الوحدة الوطنية") is a body."""
    if head_words[-1] != _GOVERNMENT or start >= end:
        return False
    first = doc.tokens[start].text
    return (
        first.removeprefix("ال") in _TERRITORIES
        or first.removeprefix("ال") in LOCALITIES
        or places().match(doc.tokens, start) is not None
    )


# Hospitals named after the body that runs them ("مستشفى جامعة … للطوارئ"). Not مبنى: gold
# disagrees whether "مبنى مديرية … الجديد" names the directorate, and mostly says it does.
_FACILITIES = frozenset(fold(w) for w in ("مستشفى", "مستشفيات"))


def _names_a_facility(doc: Doc, start: int) -> bool:
    """The body stands in construct after a hospital: the phrase names the hospital."""
    return start > 0 and doc.tokens[start - 1].text.lstrip("وبل") in _FACILITIES


def _head_or_bare(toks, k: int):
    return institution_heads().match(toks, k) or bare_heads().match(toks, k)


def _name_surface(doc: Doc, start: int, end: int, clitics: str) -> str:
    """The name as written, without proclitics: "للهيئة العامة" → "الهيئة العامة".

    "للجنة" is ل + اللجنة, or ل + لجنة in construct before a definite noun ("للجنة السلامة
    العامة"); the word after it tells which."""
    name = doc.surface(start, end, skip=len(clitics))
    toks = doc.tokens
    construct = end > start + 1 and in_construct(toks[start + 1])
    if (
        clitics.endswith("ل")
        and toks[start].text.startswith(clitics + "ل")
        and not construct
        or clitics.endswith("لل")
    ):
        name = "ال" + name
    return name


def register_institution(doc: Doc, name: str, kind: str, mention) -> Institution:
    """Register a body named by a role phrase (implied unless the text names it elsewhere)."""
    inst = _register(doc, fold(name), name, kind, mention)
    inst.implied = inst.implied or len(inst.mentions) == 1
    return inst


def _register(doc: Doc, key: str, name: str, kind: str, mention) -> Institution:
    inst = doc.institutions.get(key)
    if inst is None:
        inst = doc.institutions[key] = Institution(key=key, name=name, kind=kind)
    inst.mentions.append(mention)
    return inst


# -- what a role phrase implies -------------------------------------------------
_PREMIER = "رئيس الوزراء"  # a role noun that holds its complement: it heads مجلس الوزراء
_CABINET = "مجلس الوزراء"
# Posts that, bare, belong to the article's committee ("عضو اللجنة"); kept in step with officials.
_COMMITTEE_POSTS = frozenset({"أمين سر", "وكيل", "مقرر", "عضو"})


def implied_institution(doc: Doc, role: RolePhrase) -> Institution | None:
    """The institution a role phrase names or implies, registered on `doc`.

    "وزير الشباب والرياضة" → وزارة الشباب والرياضة; "محافظ شمال سيناء" →
    محافظة شمال سيناء; "رئيس لجنة … بمجلس الشيوخ" → the committee named in it;
    "نائب المحافظ" → the article's governorate.
    """
    held = possessed_post(doc, role.start)
    if held is not None and held[0] == role.end:
        return possessor_body(doc, held[2], role.start)  # "وأمين سرها": the committee "ها" stands for
    canonical, definite = (role.nested[2], role.nested[3]) if role.nested else (role.canonical, role.definite)
    comp_start = role.nested[1] if role.nested else role.noun_end
    comp_end = role.end - (1 if role.status_word else 0)
    if (
        canonical == _PREMIER
        and fold(_CABINET) in doc.institutions
        and (
            comp_start >= comp_end
            or is_nationality(doc.tokens[comp_start].text)
            or doc.tokens[comp_start].text.startswith("ل")  # "نائب رئيس الوزراء للشؤون الاقتصادية"
        )
    ):
        # "وافق مجلس الوزراء برئاسة X رئيس الوزراء": the council the text names; a premier alone
        # implies none (annotators leave it out unless it is named)
        return doc.institutions[fold(_CABINET)]
    if comp_start >= comp_end or (role.nested and definite):
        kind = _kind_of_role(canonical) or _kind_of_role(canonical.split()[-1])  # "نائب الوزير"
        if kind is None and canonical in _COMMITTEE_POSTS:
            kind = "committee"  # "العضوان X وY": members of the committee the article names, as rendered
        return article_institution(doc, kind) if definite else None
    named = _named_at(doc, comp_start)
    if named is not None:
        return named
    words = doc.folded_words(comp_start, role.end)
    if _joint_dual(doc, role, canonical, comp_start, comp_end):
        return None  # "وزيرا الري والزراعة": two ministries, registered one by one
    generic = _generic_complement(doc, comp_start, comp_end)
    if generic is not None:
        return generic  # "رئيس مجلس الجهة" → مجلس جهة سوس ماسة
    own_name = _named_with_article(doc, role, canonical, comp_start, comp_end)
    if own_name is not None:
        return own_name  # "محافظ المحافظة الشمالية" → المحافظة الشمالية
    if words and words[0].lstrip("ل") in _BARE_KIND or (words and words[0][1:] in _BARE_KIND):
        bare = words[0] if words[0] in _BARE_KIND else words[0][1:]
        kind = _BARE_KIND[bare]
        return nearest_institution(doc, bare, role.start) or article_institution(doc, kind)
    if words and words[0].startswith("لل") and "ال" + words[0][2:] in _BARE_KIND:
        bare = "ال" + words[0][2:]  # "للمحافظة"
        return nearest_institution(doc, bare, role.start) or article_institution(doc, _BARE_KIND[bare])
    mission = _mission(doc, role, comp_start, comp_end)
    if mission is not None:
        return mission
    if canonical in _ROLE_HEADS:
        noun, kind = _ROLE_HEADS[canonical]
        if comp_end - comp_start == 1 and words[0] in _GENERIC_PLACES:
            return article_institution(doc, kind)  # "أمير المنطقة": the article's own
        if comp_end - comp_start == 1 and words[0] in _THE_COUNTRY:
            return None  # "أمير البلاد"، "حاكم البلاد": the head of state, over no territory's body
        district = _DISTRICT_OF.get(canonical)
        if district is not None:
            named = _district_name(doc, role, district, comp_start, comp_end)
            if named is not None:
                inst = _register(
                    doc, fold(f"{noun} {named}"), f"{noun} {named}", kind, doc.mention(role.start, role.end)
                )
                inst.implied = True
                return inst
        if _generic_plural_complement(doc, role, comp_start, comp_end):
            return None  # "محافظي الأقاليم الثلاثة": posts over several places, none named
        if noun == _AREA and "في" in doc.folded_words(comp_start, comp_end):
            return _body_closing(doc, comp_start, comp_end)  # "مدير منطقة ماركا في أمانة عمان": the body's
        end = without_nationality(doc, role.start, comp_start, comp_end)
        end = _strip_locative_tail(doc, comp_start, end)
        complement = doc.surface(comp_start, end)
        if doc.tokens[comp_start].text.startswith("ل") and (
            places().match(doc.tokens, comp_start) is not None or role.number == "acc"
        ):
            # "محافظا لدمياط" → محافظة دمياط; "محافظا للبحيرة" → محافظة البحيرة (ل + ال)
            complement = "ال" + complement[2:] if complement.startswith("لل") else complement[1:]
        name = f"{noun} {complement}"
        state = _state_tail(doc, end, without_nationality(doc, role.start, comp_start, comp_end))
        if state and kind == "ministry":
            name = f"{name} {state}"  # "وزارة الصحة بولاية الخرطوم": a state's own ministry
        if fold(complement).startswith(fold(noun) + " "):
            name = complement  # "والي ولاية نهر النيل": the complement names the body itself
        definite = doc.institutions.get(fold(f"ال{noun} {complement}"))
        if definite is not None and complement.startswith("ال"):
            name = definite.name  # "محافظ الشمالية" after "المحافظة الشمالية": that body, shortened
        inst = _register(doc, fold(name), name, kind, doc.mention(role.start, role.end))
        inst.implied = True
        return inst
    if canonical == _DIRECTOR and not role.nested:
        return _implied_directorate(doc, role, comp_start, comp_end)
    if canonical == _STATE_DIRECTOR and not role.nested:
        return _state_directorate(doc, role, comp_start, comp_end)
    if canonical in _REGIONAL_OFFICES and not role.nested:
        regional = _regional_office(doc, role, _REGIONAL_OFFICES[canonical], comp_start, comp_end)
        if regional is not None:
            return regional
    return _body_closing(doc, comp_start, comp_end)


def possessor_body(doc: Doc, k: int, before: int) -> Institution | None:
    """The body a definite noun at token k ("اللجنة"، "وعن البنك") stands for; None for a
    facility ("بالمحطة") or a body the article does not name."""
    toks = doc.tokens
    bare = _head_or_bare(toks, k)
    if bare is None:
        return None
    word = "ال" + toks[k].text[len(bare.clitics) :].removeprefix("ال")
    noun = word.removeprefix("ال")
    same = [i for i in doc.institutions.values() if i.key.removeprefix("ال").startswith(noun + " ")]
    if not same:
        return None
    first = min(same, key=lambda i: min((m.start for m in i.mentions), default=0))
    return nearest_institution(doc, word, before) or first


def _named_with_article(
    doc: Doc, role: RolePhrase, canonical: str, start: int, end: int
) -> Institution | None:
    """ "محافظ المحافظة الشمالية": the complement is the body's own noun with the article and
    an adjective, which names the body in full (Bahrain's governorates are so named)."""
    if canonical not in _ROLE_HEADS or end - start < 2:
        return None
    noun, kind = _ROLE_HEADS[canonical]
    toks = doc.tokens
    if toks[start].text != "ال" + fold(noun) or not looks_like_adjective(toks[start + 1].text):
        return None
    name = doc.surface(start, end)
    inst = _register(doc, fold(name), name, kind, doc.mention(role.start, role.end))
    inst.implied = inst.implied or len(inst.mentions) == 1
    return inst


# Posts over a district whose body is named with the district's noun: Iraq's قائممقام heads
# "قائممقامية قضاء X" though the text writes "قائممقام X" or "قائممقام القضاء".
_DISTRICT_OF = {"قائممقام": "قضاء", "متصرف": "لواء"}
_AREA = "منطقة"  # "مدير منطقة طرق الدلتا": an area office, unless an area of a body named after it


def _district_name(doc: Doc, role: RolePhrase, district: str, start: int, end: int) -> str | None:
    """ "قائممقام الزبير" → "قضاء الزبير"; "قائممقام القضاء" → the district last named before
    it ("وفي قضاء الزبير، …"); None when the complement names the district already or none is
    found."""
    toks = doc.tokens
    d = fold(district)
    first = toks[start].text
    if first == d:
        return None  # "متصرف لواء ذيبان": read as written
    if first == "ال" + d and end - start == 1:
        return _last_district(doc, d, role.start)
    place = places().match(toks, start, clitics=False)
    if (place is not None and place.end == end) or (
        end - start == 1 and not first.startswith(("ب", "ل")) and first not in _GENERIC_PLACES
    ):
        return f"{district} {doc.surface(start, end)}"  # "قائممقام الزبير"، "متصرف الرمثا"
    return None


def _last_district(doc: Doc, d: str, before: int) -> str | None:
    """ "قضاء X" last written before token `before` (with a ب/و/في clitic or none)."""
    toks = doc.tokens
    for k in range(before - 1, -1, -1):
        w = toks[k].text
        if w in (d, "ب" + d, "و" + d, "وب" + d) and k + 1 < len(toks) and not toks[k + 1].is_punct:
            nxt = toks[k + 1].text
            if nxt.startswith("ال") and looks_like_adjective(nxt) or nxt in name_stops():
                continue
            return f"{doc.surface(k, k + 1, skip=len(w) - len(d))} {doc.surface(k + 1, k + 2)}"
    return None


def _generic_plural_complement(doc: Doc, role: RolePhrase, start: int, end: int) -> bool:
    """A plural post over one definite common noun that names no place ("محافظي الأقاليم")."""
    if role.number not in ("pl", "du") or end - start != 1:
        return False
    w = doc.tokens[start].text
    return w.startswith("ال") and places().match(doc.tokens, start) is None and not looks_like_adjective(w)


def _body_closing(doc: Doc, start: int, end: int) -> Institution | None:
    """A named body after ب that closes a post's complement ("المدير الإقليمي لمصر واليمن
    بالبنك الدولي"): the post is held there; the words before it name its field or territory."""
    for m in doc.institution_spans:
        if start < m.start and m.end == end and doc.tokens[m.start].text.startswith("ب"):
            return doc.institutions.get(m.key)
    return None


_MISSIONS = frozenset(fold(w) for w in ("وفد", "بعثة"))
_AT = fold("لدى")


def _mission(doc: Doc, role: RolePhrase, start: int, end: int) -> Institution | None:
    """ "رئيس وفد الاتحاد الأوروبي لدى مصر": a delegation or mission to a state is a body of its
    own, named in full."""
    toks = doc.tokens
    if toks[start].text not in _MISSIONS or not any(_to_a_state(doc, k) for k in range(start + 1, end)):
        return None
    name = doc.surface(start, end)
    inst = _register(doc, fold(name), name, "international", doc.mention(role.start, role.end))
    inst.implied = True
    return inst


def _to_a_state(doc: Doc, k: int) -> bool:
    """ "لدى مصر"، "في مصر"، "في القاهرة": where a delegation or mission serves."""
    toks = doc.tokens
    if toks[k].text == _AT:
        return True
    place = places().match(toks, k + 1, clitics=False) if toks[k].text == "في" and k + 1 < len(toks) else None
    return place is not None  # "بعثة الاتحاد الأوروبي في القاهرة": its seat"


# Regional directors of the Maghreb head a regional office of their field.
_REGIONAL_OFFICES = {"المدير الجهوي": "الإدارة الجهوية", "المدير الإقليمي": "المديرية الإقليمية"}


def _regional_office(doc: Doc, role: RolePhrase, noun: str, start: int, end: int) -> Institution | None:
    """ "المدير الجهوي للصحة بصفاقس" → "الإدارة الجهوية للصحة بصفاقس": a field (ل + a noun
    that names no body), then ب + a place; "المدير الجهوي للوكالة …" heads that agency instead."""
    toks = doc.tokens
    if end - start < 2 or not toks[start].text.startswith("لل") or _head_or_bare(toks, start) is not None:
        return None
    last = places().match(toks, end - 1)
    if last is None or last.clitics != "ب" or last.end != end:
        return None
    if any(_head_or_bare(toks, k) is not None for k in range(start, end)):
        return None
    name = f"{noun} {doc.surface(start, end)}"
    inst = _register(doc, fold(name), name, "directorate", doc.mention(role.start, role.end))
    inst.implied = True
    return inst


_STATE_DIRECTOR = "المدير الولائي"
_WILAYA = fold("ولاية")


def _state_directorate(doc: Doc, role: RolePhrase, start: int, end: int) -> Institution | None:
    """ "المدير الولائي للسكن" → "مديرية السكن لولاية البيض": an Algerian wilaya's director of a
    field heads the field's directorate of the article's wilaya (or of the ب-place named)."""
    toks = doc.tokens
    if not toks[start].text.startswith("لل") or any(_head_or_bare(toks, k) for k in range(start, end)):
        return None
    field_end, wilaya = end, None
    last = places().match(toks, end - 1)
    if last is not None and last.clitics == "ب" and last.end == end and end - 1 > start:
        field_end, wilaya = end - 1, f"ولاية {doc.surface(end - 1, end, skip=1)}"
    if wilaya is None:
        state = article_institution(doc, "governorate", prefix=_WILAYA)
        if state is None or not state.key.startswith(_WILAYA + " "):
            return None
        wilaya = state.name
    name = f"مديرية ال{doc.surface(start, field_end, skip=2)} ل{wilaya}"
    inst = _register(doc, fold(name), name, "directorate", doc.mention(role.start, role.end))
    inst.implied = True
    return inst


_DIRECTOR = "مدير"
_STATE_TERRITORIES = frozenset(fold(w) for w in ("ولاية", "محافظة"))


def _implied_directorate(doc: Doc, role: RolePhrase, start: int, end: int) -> Institution | None:
    """ "مدير الصحة بريف دمشق"، "مدير الموارد المائية لولاية وهران": a director of a definite
    field in a governorate or state heads that field's directorate there ("مديرية الصحة بريف
    دمشق"); a region of a body ("مدير الصيانة بمنطقة قنا") or a town's post is no such case."""
    toks = doc.tokens
    first = toks[start].text
    if _field_of_a_place(doc, start, end):
        name = f"مديرية {doc.surface(start, end)}"  # "مدير ماء البصرة"، "مدير أمن الجيزة"
        inst = _register(doc, fold(name), name, "directorate", doc.mention(role.start, role.end))
        inst.implied = True
        return inst
    if not first.startswith("ال") or first[2:] in LOCALITIES or _head_or_bare(toks, start) is not None:
        return None
    for k in range(start + 1, end):
        w = toks[k].text
        if institution_heads().match(toks, k) is not None and not w.startswith(("ب", "ل")):
            return None
        at = k + 1 if w == "في" else k
        if at >= end or (at == k and not w.startswith(("ب", "ل"))):
            continue
        place = places().match(toks, at)
        territory = toks[at].text.lstrip("بل")
        if territory in _STATE_TERRITORIES and at + 1 < end:
            place = places().match(toks, at + 1, clitics=False)
        elif place is not None and place.value[1] != "governorate":
            place = None
        if place is None:
            return None
        if place.end != end:
            return None
        name = f"مديرية {doc.surface(start, end)}"
        inst = _register(doc, fold(name), name, "directorate", doc.mention(role.start, role.end))
        inst.implied = True
        return inst
    return None


def _field_of_a_place(doc: Doc, start: int, end: int) -> bool:
    """ "ماء البصرة"، "أمن الإسكندرية"، "تربية نينوى": an indefinite field noun in construct with
    a governorate, the whole complement of a director; not a named building ("مستشفى أسوان"),
    a body ("بلدية البصرة") or a locality ("منطقة الرياض")."""
    toks = doc.tokens
    if end - start < 2:
        return False
    first = toks[start].text
    if first.startswith(("ال", "ب", "ل", "و")) or first in LOCALITIES or first in NAMED_PLACES:
        return False
    if toks[start].is_number or first in name_stops() or _head_or_bare(toks, start) is not None:
        return False
    if roles().match(toks, start) is not None or places().match(toks, start) is not None:
        return False
    place = places().match(toks, start + 1, clitics=False)
    return place is not None and place.end == end and place.value[1] == "governorate"


def _generic_complement(doc: Doc, start: int, end: int) -> Institution | None:
    """A complement "<head> ال<territory>" ("مجلس الجهة") names the body of the article's
    territory; registered under its full name."""
    if end - start != 2:
        return None
    words = doc.folded_words(start, end)
    heads = institution_heads()
    skip = 0 if words[0] in heads.first else 1 if words[0][:1] == "ل" and words[0][1:] in heads.first else -1
    if skip < 0:
        return None  # "مجلس" starts "مجلس جهة"، "أمانة" is a head of its own
    words[0] = words[0][skip:]
    full = generic_body_name(doc, words, doc.surface(start, end, skip=skip))
    if full is None:
        return None
    kind = heads.entries.get(tuple(fold(full).split()[:2])) or heads.entries.get((words[0],), "other")
    return _register(doc, fold(full), full, kind, doc.mention(start, end, skip=skip))


_STATE = fold("ولاية")


def _state_tail(doc: Doc, start: int, end: int) -> str | None:
    """ "بولاية الخرطوم" or "بالولاية" (resolved) after a minister's portfolio, else None."""
    toks = doc.tokens
    if start >= end:
        return None
    w = toks[start].text
    if w == "بال" + _STATE and end == start + 1:
        named = article_body(doc, "ال" + _STATE)
        return f"ب{named}" if named else None
    if w == "ب" + _STATE and end > start + 1:
        return doc.surface(start, end)
    return None


_ONE_BODY_EACH = frozenset({"وزير", "محافظ"})


def _joint_dual(doc: Doc, role: RolePhrase, canonical: str, start: int, end: int) -> bool:
    """A dual post over two coordinated portfolios: register each one's body."""
    if role.nested or canonical not in _ONE_BODY_EACH or end - start < 2:
        return False
    toks = doc.tokens
    if not (role.number == "du" or (role.number == "acc" and not toks[start].text.startswith("ل"))):
        return False
    cuts = [k for k in range(start + 1, end) if toks[k].text.startswith("و")]
    if len(cuts) != 1:
        return False
    first = doc.surface(start, cuts[0])
    second = doc.surface(cuts[0], end)[1:]
    implied_by_post(doc, canonical, first, role)
    implied_by_post(doc, canonical, second, role)
    return True


def implied_by_post(doc: Doc, canonical: str, complement: str, role: RolePhrase) -> Institution | None:
    """The body a post and a written complement imply ("وزير" + "الصحة" → وزارة الصحة)."""
    if canonical not in _ROLE_HEADS:
        return None
    noun, kind = _ROLE_HEADS[canonical]
    name = f"{noun} {complement}"
    inst = _register(doc, fold(name), name, kind, doc.mention(role.start, role.end))
    inst.implied = inst.implied or len(inst.mentions) == 1
    return inst


def _named_at(doc: Doc, k: int) -> Institution | None:
    for m in doc.institution_spans:
        if m.start == k:
            return doc.institutions[m.key]
    return None


def _strip_locative_tail(doc: Doc, start: int, end: int) -> int:
    """ "وزير الصحة بمطروح" and "وزير المالية للعلاقات الخارجية" name وزارة الصحة
    and وزارة المالية: drop a final ب- or ل-phrase."""
    k = start
    while k < end:
        place = places().match(doc.tokens, k, clitics=False)
        if place is not None:
            k = place.end  # "والي جعلان بني بو علي": a listed place is whole, its inner بني no ب-phrase
            continue
        w = doc.tokens[k].text
        ba = w.startswith("ب") and not sons_of(w) and (is_locative(doc, k) or k + 1 < end)
        if k > start and (w.startswith("ل") or ba):
            return k  # (but "جماعة أولاد برحيل": a last word in ب that names no place goes on)
        k += 1
    return end


# Country adjectives (folded, masculine and feminine): "الكويتي" after a post says whose
# post it is, not what the institution is called.
_NATIONALITIES = frozenset(
    fold("ال" + stem + ending)
    for stem in (
        "مصر كويت سعود أردن عمان إمارات قطر بحرين عراق سور لبنان فلسطين يمن ليب تونس جزائر مغرب "
        "موريتان سودان صومال أمريك أميرك فرنس بريطان صين روس ألمان يابان ترك إيران هند إيطال "
        "إسبان باكستان كور"
    ).split()
    for ending in ("ي", "ية")
)


# ب-words that say a post is held in an acting capacity (folded).
_ACTING_WORDS = frozenset(fold(w) for w in ("بالتكليف", "بالإنابة", "بالوكالة"))
# Adjectives of a continent or region, which close a body's name like a country's.
_REGIONAL = frozenset(
    fold("ال" + stem + ending) for stem in "أوروب أفريق إفريق آسيو خليج".split() for ending in ("ي", "ية")
)


def is_regional(word: str) -> bool:
    """A folded adjective of a country or a region ("الكويتي"، "الأوروبي")."""
    return word in _NATIONALITIES or word in _REGIONAL


def is_nationality(word: str) -> bool:
    """A folded word that is a country adjective ("الكويتي"، "السعودية")."""
    return word in _NATIONALITIES


def without_nationality(doc: Doc, noun: int, start: int, end: int) -> int:
    """End of a role's complement before a country adjective that agrees with the role noun
    at token `noun`: "وزير الأشغال العامة الكويتي"، "وزيرة الصحة الأردنية" name the minister's
    country; "رئيس مصلحة الضرائب المصرية" keeps the body's own adjective."""
    feminine = doc.tokens[noun].text.endswith("ه")
    while end - start > 1 and is_nationality(doc.tokens[end - 1].text):
        if doc.tokens[end - 1].text.endswith("ه") != feminine:
            break
        end -= 1
    return end


def _kind_of_role(canonical: str) -> str | None:
    return {
        "وزير": "ministry",
        "محافظ": "governorate",
        "السكرتير العام": "governorate",
        "السكرتير العام المساعد": "governorate",
    }.get(canonical)


def nearest_institution(doc: Doc, bare: str, token: int) -> Institution | None:
    """The body a bare noun ("الوزاره", folded) stands for when the article names two or more
    bodies of that noun: the one named last before token `token` in its sentence ("وزيرة
    التربية والتعليم … وأمين عام الوزارة"), whichever the article named first. None otherwise."""
    noun = bare.removeprefix("ال")
    sentence = doc.sentence_of[token]
    at = doc.token_starts()[token]
    best: tuple[int, Institution] | None = None
    kinds = 0
    for inst in doc.institutions.values():
        if not inst.key.removeprefix("ال").startswith(noun + " "):
            continue
        kinds += 1
        for m in inst.mentions:
            if m.sentence == sentence and m.start < at and (best is None or m.start > best[0]):
                best = (m.start, inst)
    return best[1] if best is not None and kinds > 1 else None


def article_institution(doc: Doc, kind: str | None, prefix: str = "") -> Institution | None:
    """The article's own institution of a kind, for a bare "المحافظة" or "الوزير".

    Preferred: one whose folded name starts with `prefix` ("الشركه القابضه"),
    then one a role phrase implies (the minister's ministry), then the first
    mentioned.
    """
    if kind is None:
        return None
    candidates = [i for i in doc.institutions.values() if i.kind == kind]
    if not candidates:
        return None
    held = {r.institution for r in doc.roles}

    def rank(inst: Institution) -> tuple[int, int, int]:
        by_prefix = 0 if prefix and inst.key.startswith(prefix) else 1
        first = min((m.start for m in inst.mentions), default=0)
        return (by_prefix, 0 if inst.key in held else 1, first)

    return min(candidates, key=rank)
