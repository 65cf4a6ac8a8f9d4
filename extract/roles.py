"""Role phrases: a role noun and its complement, with where the phrase ends.

"وزير التنمية المحلية"، "نائبى المحافظ"، "مساعد الوزير للتخطيط"، "رئيس لجنة
الإسكان ... بمجلس الشيوخ"، "رئيس الجامعة السابق". The complement runs until
punctuation, a title, a new role noun, a preposition or verb, or a
conjunction that starts a new item; a relational role (نائب، مساعد، وكيل)
may take another role noun as its complement ("نائب رئيس الشركة").
"""

from __future__ import annotations

from extract.doc import Doc, RolePhrase
from extract.lexicon import (
    RoleForm,
    bare_heads,
    first_names,
    honorifics,
    institution_heads,
    name_stops,
    places,
    role_at,
    roles,
)
from extract.normalize import fold
from extract.phrases import continues_closed_phrase, looks_like_adjective, region_end, town_by_date

MAX_COMPLEMENT = 10
_AT = fold("لدى")
_FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})
_NEW = frozenset({"الجديد", "الجديده"})
_CURRENT = frozenset({"الحالي", "الحاليه"})
_PLACE_ADJECTIVES = frozenset({"الكبري", "الجديده", "الصغري"})
# Nouns for the office or staff of a post, which take the post as their complement (folded).
_OFFICES = frozenset({"مكتب", "ديوان", "سكرتاريه"})
# Definite nouns of a local unit that stand for the article's own one ("رئيس المركز").
_LOCAL_UNITS = frozenset({"المركز", "الحي", "المدينه", "القريه"})


def find_roles(doc: Doc) -> None:
    """Add every role phrase outside person names to `doc.roles`."""
    toks = doc.tokens
    taken = set()
    for p in doc.persons:
        taken.update(range(p.start, p.end))
    for i in range(len(toks)):
        head = institution_heads().match(toks, i)
        if head is not None:
            taken.update(range(i + 1, head.end))  # "النواب" in "مجلس النواب" is no role
    i = 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        r = role_at(toks, i)
        if r is None:
            woman = _woman_governor(doc, i)
            if woman is not None:
                doc.roles.append(woman)
                i = woman.end
                continue
        if r is None or r.clitics not in ("", "و", "ف", "ب", "ل", "وب", "ول", "ك"):
            i += 1
            continue
        form = r.value
        if _possessive(doc, i, r):
            form = RoleForm(form.canonical, "sg", True)  # "ونائبه": his deputy, no complement
            doc.cache.setdefault(POSSESSIVE, set()).add(i)
        phrase = _read_phrase(doc, i, r.end, form, taken)
        doc.roles.append(phrase)
        i = max(phrase.end, i + 1)


def _read_phrase(doc: Doc, start: int, noun_end: int, form, taken: set[int]) -> RolePhrase:
    toks = doc.tokens
    nested = None
    k = noun_end
    status = "current"
    status_word = False
    if form.definite and " " not in form.canonical and not form.canonical.startswith("ال"):
        # "المحافظ", "الوزير": a bare definite role takes no complement,
        # but may be qualified as former or new.
        if k < len(toks) and toks[k].text in _FORMER | _NEW:
            status = "former" if toks[k].text in _FORMER else "new"
            k += 1
            status_word = True
        r = RolePhrase(
            start, noun_end, k, form.canonical, form.number, True, None, status, doc.sentence_of[start]
        )
        r.status_word = status_word
        return r
    closed = False  # the genitive chain ended on a definite word or a name
    closed_on_role = False  # a feminine status word agrees with a feminine role noun only
    after_place = False  # a place name ends a complement but for a ب/ل phrase
    complete = " " in form.canonical and form.canonical.split()[-1].startswith("ال")
    while k < len(toks) and k - noun_end < MAX_COMPLEMENT:
        t = toks[k]
        w = t.text
        first = k == noun_end
        if t.is_number and not first and town_by_date(doc, k):
            k += 2  # "رئيس جهاز تنمية مدينة 6 أكتوبر"
            closed = True
            continue
        if t.is_break or t.is_number or (k in taken and not first) or doc.sentence_of[k] != doc.sentence_of[start]:
            break
        if complete and first and not w.startswith("ل"):
            break  # "رئيس الوزراء قرارا": a complete role takes only a ل-phrase
        if after_place and w in _NEW and w.endswith("ه") and not closed_on_role:
            k += 1  # "جهاز تنمية مدينة العبور الجديدة": a feminine adjective agrees with the town
            continue
        if not first and w == _AT and closed and k + 1 < len(toks):
            at = places().match(toks, k + 1, clitics=False)
            if at is not None:
                k = at.end  # "سفير الاتحاد الأوروبي لدى مصر": the state the envoy serves in
                break
        if not first and w == "في" and _names_a_unit(doc, k + 1):
            k += 1  # "المدير العام للطرق في وزارة الأشغال"، "مدير الدفاع المدني في المحافظة"
            closed = after_place = False
            continue
        if after_place and not (w[:1] in "بل" and len(w) > 2) and w not in _FORMER | _NEW | _CURRENT:
            if w not in _PLACE_ADJECTIVES and not (w.startswith("ال") and looks_like_adjective(w)):
                break
            k += 1  # "بلدية إربد الكبرى"، "مستشفى دراو المركزي"
            continue
        place = places().match(toks, k)
        if place is not None and first and place.clitics == "" and form.canonical.startswith("وزير"):
            place = None  # "وزير الداخلية والبلديات": a portfolio, though Oman has a region so named
        if place is not None and place.clitics in ("", "ب", "ل", "لل", "بال") and not after_place:
            k, closed, after_place = region_end(doc, k, place.end), True, True
            continue
        if (w in _FORMER or w in _NEW or w in _CURRENT) and (first or not w.endswith("ه") or closed_on_role):
            status = "former" if w in _FORMER else "new" if w in _NEW else "current"
            status_word = True
            k += 1
            break
        head = institution_heads().match(toks, k)
        if head is not None and head.end - head.start > 1 and head.clitics in ("", "ل", "ب", "لل", "بال"):
            if closed and head.clitics == "":
                break
            k = head.end
            closed = toks[head.end - 1].text.startswith("ال")  # "مركز ومدينة" still needs its town
            continue
        inner = roles().match(toks, k)
        if (
            inner is not None
            and closed
            and not first
            and inner.end == k + 1
            and w.startswith("ال")
            and looks_like_adjective(w)
        ):
            inner = None  # "وكيل وزارة الأشغال العامة المساعد": an adjective, not a new post
        if inner is not None and not first and inner.clitics == "" and toks[k - 1].text in _OFFICES:
            inner = None  # "مدير مكتب وزير قطاع الأعمال": the office of a post, not a second post
        if inner is not None:
            if (first or (nested is not None and k == nested[1] and not nested[3])) and inner.clitics in (
                "",
                "ل",
                "لل",
            ):
                if nested is not None:  # "مساعد نائب وزير الإسكان": the innermost role decides
                    inner_canonical = f"{nested[2]} {inner.value.canonical}"
                    nested = (nested[0], inner.end, inner_canonical, inner.value.definite)
                    k = inner.end
                    closed = inner.value.definite
                    continue
                nested = (k, inner.end, inner.value.canonical, inner.value.definite)
                k = inner.end
                closed = inner.value.definite
                continue
            break
        if w in _NEW and w.endswith("ه") and closed and not doc.tokens[noun_end - 1].text.endswith("ه"):
            k += 1  # "نائب رئيس هيئة المجتمعات العمرانية الجديدة": agrees with the body, not the post
            continue
        if w in name_stops() or (w[:1] in "وف" and w[1:] in name_stops()):
            if nested is not None and k == nested[1] and not nested[3] and w in _LOCAL_UNITS:
                k += 1  # "نائب رئيس المركز": the article's own district, named by its noun
                break
            break
        if not first and w.startswith(("ي", "وي")) and len(w) >= 4:
            break  # "محافظ ميسان يفتتح …": a verb ends the complement
        title = honorifics().match(toks, k)
        if title is not None and not (
            first and title.end == k + 1 and not w.startswith("ال") and not form.definite
        ):
            break  # but "متصرف لواء الرصيفة": a bare title word completes the post
        if not first and w.startswith("و"):
            if w[1:] in first_names():
                break  # "... وعلي": a new person
            head = institution_heads().match(toks, k)
            if head is not None and head.clitics == "و" and not w.startswith("وال"):
                break  # "... ووزارة التخطيط": a new institution
        if (
            not first
            and w in first_names()
            and k + 1 < len(toks)
            and not toks[k + 1].is_punct
            and not _after_open_head(doc, k)
        ):
            break  # "… محافظ قنا حبيب كاظم": a name starts; "مدينة بدر،" is a town
        if closed and not continues_closed_phrase(doc, k):
            break
        closed = w.startswith(("ال", "وال", "بال", "لل", "فال"))
        after_place = after_place and not w.startswith(("ب", "ل"))
        k += 1
    r = RolePhrase(
        start, noun_end, k, form.canonical, form.number, form.definite, nested, status, doc.sentence_of[start]
    )
    r.status_word = status_word
    return r


POSSESSIVE = "roles.possessive"  # doc.cache key: starts of role nouns with a possessive pronoun
# Relational posts that take a pronoun for the post they serve: "محافظ أسوان ونائبه".
_RELATIONAL = frozenset(fold(w) for w in ("نائب", "مساعد", "وكيل", "مستشار", "معاون"))


def _possessive(doc: Doc, i: int, r) -> bool:
    """ "ونائبه" (his deputy), not the feminine "نائبة": folding merges ه and ة, the original
    spelling tells them apart."""
    t = doc.tokens[i]
    if r.end != i + 1 or fold(r.value.canonical) not in _RELATIONAL or not t.text.endswith("ه"):
        return False
    stem = t.text[len(r.clitics) :]
    return stem == fold(r.value.canonical) + "ه" and doc.article.text[doc.folded.offsets[t.end - 1]] == "ه"


_GOVERNORATE = "محافظه"
_NAME_STARTS = 3  # words of a governorate's name before the holder's title, at most


def _woman_governor(doc: Doc, i: int) -> RolePhrase | None:
    """ "محافظة الشمال السيدة X"، "ومحافظة دمياط الدكتورة Y": the feminine of محافظ is spelt
    like the governorate; a woman's title right after the name says it is her post."""
    toks = doc.tokens
    word = toks[i].text
    if word not in (_GOVERNORATE, "و" + _GOVERNORATE):
        return None
    for p in doc.persons:
        if i + 1 < p.start <= i + 1 + _NAME_STARTS and p.honorifics and _feminine_title(p.honorifics[0]):
            if any(t.is_break for t in toks[i + 1 : p.start]) or p.sentence != doc.sentence_of[i]:
                return None
            r = RolePhrase(i, i + 1, p.start, "محافظ", "sg", False, None, "current", p.sentence)
            return r
    return None


def _feminine_title(title: str) -> bool:
    """السيدة، الدكتورة، المهندسة، السفيرة …: a title that names a woman."""
    first = fold(title.split()[0])
    return first.endswith("ه") and first not in _NOT_FEMININE


_NOT_FEMININE = frozenset(fold(w) for w in ("سعادة", "فضيلة", "جلالة", "سماحة", "عطوفة", "قداسة", "غبطة", "نيافة"))


def _after_open_head(doc: Doc, k: int) -> bool:
    """ "رئيس مجلس إدارة بنك ناصر الاجتماعي": a given name after an indefinite head names the body."""
    head = institution_heads().match(doc.tokens, k - 1)
    return head is not None and head.end == k and not doc.tokens[k - 1].text.startswith("ال")


def _names_a_unit(doc: Doc, k: int) -> bool:
    """After في: an institution, a bare one (المحافظة) or a place, with no clitic."""
    toks = doc.tokens
    if k >= len(toks):
        return False
    found = institution_heads().match(toks, k) or bare_heads().match(toks, k) or places().match(toks, k)
    return found is not None and found.clitics == ""
