"""Role phrases: a role noun and its complement, with where the phrase ends.

"وزير التنمية المحلية"، "نائبى المحافظ"، "مساعد الوزير للتخطيط"، "رئيس لجنة
الإسكان ... بمجلس الشيوخ"، "رئيس الجامعة السابق". The complement runs until
punctuation, a title, a new role noun, a preposition or verb, or a
conjunction that starts a new item; a relational role (نائب، مساعد، وكيل)
may take another role noun as its complement ("نائب رئيس الشركة").
"""

from __future__ import annotations

from extract.doc import Doc, PersonMention, RolePhrase
from extract.institutions import is_nationality, is_regional
from extract.lexicon import (
    Match,
    RoleForm,
    bare_heads,
    first_names,
    honorifics,
    institution_heads,
    is_role_adjective,
    name_stops,
    places,
    role_at,
    roles,
)
from extract.normalize import fold
from extract.phrases import (
    EPITHETS,
    NAMED_PLACES,
    REFERRALS,
    after_town_noun,
    bound_name_word,
    continues_closed_phrase,
    dual_bodies_end,
    genitive_dual_post,
    hyphen_joined,
    looks_like_adjective,
    name_goes_on,
    possessed_posts,
    preposition_ala,
    pronoun_ha,
    region_end,
    titled_place_name,
    town_by_date,
)
from extract.tokens import Token

MAX_COMPLEMENT = 10
_AT = fold("لدى")
_HOST_STATES = frozenset(fold(w) for w in ("المملكة", "الدولة", "السلطنة"))
_FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})
_NEW = frozenset({"الجديد", "الجديده"})
_CURRENT = frozenset({"الحالي", "الحاليه", "المكلف", "المكلفه"})  # "والي الولاية المكلف": acting, but in post
_CHARGED = frozenset({"المكلف", "المكلفه"})
_RUNNING = fold("بتسيير")
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
    for i in institution_heads().candidates(toks):
        head = institution_heads().match(toks, i)
        if head is not None:
            taken.update(range(i + 1, head.end))  # "النواب" in "مجلس النواب" is no role
    held_posts = possessed_posts(doc)
    i = 0
    while i < len(toks):
        if i in taken:
            i += 1
            continue
        held = held_posts.get(i)
        if held is not None:
            end, canonical, _ = held  # "مديرها المهندس X": rendered with the body it stands for
            doc.roles.append(
                RolePhrase(i, end, end, canonical, "sg", False, None, "current", doc.sentence_of[i])
            )
            i = end
            continue
        r = role_at(toks, i) or genitive_dual_post(doc, i)
        if r is not None and _preposition_ila(doc, i, r):
            i += 1  # "وإلى رؤساء المراكز": "and to" folds like the post والي
            continue
        if r is None and (r := _possessed_group(doc, i) or _her_deputy(doc, i)) is not None:
            doc.cache.setdefault(POSSESSIVE, set()).add(i)  # "نائباه"، "ومساعدوه"، "نائبها": the deputies
        if r is None:
            woman = _woman_governor(doc, i)
            if woman is not None:
                doc.roles.append(woman)
                i = woman.end
                continue
        if r is None or r.clitics not in ("", "و", "ف", "ب", "ل", "وب", "ول", "ك", "لل"):
            i += 1
            continue
        if toks[i].text == _WALIYA and places().match(toks, r.end) is None:
            i += 1  # "وآلية التنفيذ" folds as "والية": a woman wali only over a named place
            continue
        form = r.value
        if _possessive(doc, i, r):
            form = RoleForm(form.canonical, "sg", True)  # "ونائبه": his deputy, no complement
            doc.cache.setdefault(POSSESSIVE, set()).add(i)
        phrase = _read_phrase(doc, i, r.end, form, taken)
        phrase = _member_of_chamber(doc, phrase)
        if i in doc.cache.get(POSSESSIVE, ()) and form.number == "sg":
            phrase.end = _past_portfolio(doc, phrase.end)  # "ونائبه للشؤون الفنية الدكتور X"
        if _standing_in_for(doc, phrase):
            i = phrase.noun_end  # "ممثلا رئيس مجلس النواب": the post after is someone else's
            continue
        if _project_staff(doc, phrase) or _contractor_staff(doc, phrase):
            i = phrase.end + 1
            continue
        doc.roles.append(phrase)
        i = max(phrase.end, i + 1)
    _names_set_off_after_roles(doc)
    _names_after_posts_in_a_place(doc)


_COMMAS = frozenset({"،", ","})


def _names_set_off_after_roles(doc: Doc) -> None:
    """ "وزير الحكم المحلي، المبروك عمر الشتيوي،"، "عميد بلدية مصراتة، محمود عبدالسلام بالحاج،":
    two to four plain words set off by commas right after a post that no name precedes are
    the holder's name, though no title or known given name opens it."""
    toks = doc.tokens
    ends = {p.end for p in doc.persons}
    for r in doc.roles:
        comma = comma_after(doc, r.end)
        held = r.start in ends or (r.start - 1 in ends and not _opens_item(doc, r.start))
        if comma is None or (r.start > 0 and held):
            continue  # "X، محافظ المنيا، …": the post has its holder already ("X، وسفير …، Y،": not)
        k = e = comma + 1
        while e < len(toks) and e - k < 5 and not toks[e].is_punct and _plain_name_word(doc, e, e == k):
            e += 1
        if not (
            2 <= e - k <= 4 and e < len(toks) and toks[e].text in _COMMAS and doc.sentence_of[e] == r.sentence
        ):
            continue
        inside = [p for p in doc.persons if k <= p.start < e]
        if any(p.start == k and p.end >= e for p in inside) or any(p.end > e for p in inside):
            continue
        if len(inside) >= 2 and inside[0].start == k and inside[-1].end == e:
            continue  # "نائبا المحافظ، X وY،": the commas hold two names, not one
        if not any(p.start == k for p in inside) and not _given_name(toks[k].text):
            continue  # "رفقة رئيس المجلس الإقليمي، دار الطالبة بجماعة …،": no name opens it
        for p in inside:
            doc.persons.remove(p)  # "محمود عبدالسلام" read up to "بالحاج": the commas say more
        doc.persons.append(PersonMention(k, k, e, [], r.sentence, True))
        doc.persons.sort(key=lambda p: p.start)


def _opens_item(doc: Doc, k: int) -> bool:
    """ "…، وسفير دولة الكويت": a post joined by و opens the next item of a list, so the name
    before the comma is not its holder."""
    m = roles().match(doc.tokens, k)
    return m is not None and m.clitics == "و"


def _names_after_posts_in_a_place(doc: Doc) -> None:
    """ "ومدير مكتب الوكالة الفرنسية للتنمية في عمّان إيريك لوفيفر،"، "نائب رئيس بنك الاستثمار
    الأوروبي يوهان كارلسون،": a post that ends on its place or a country's or region's adjective,
    then two plain words closed by a comma, is followed by its holder's (foreign) name."""
    toks = doc.tokens
    starts = {p.start for p in doc.persons}
    for r in doc.roles:
        k = r.end
        if k + 2 > len(toks) or k in starts or k + 1 in starts:
            continue
        if not (_ends_on_place(doc, r) or is_regional(toks[r.end - 1].text)):  # "… الأوروبي"
            continue
        e = next(
            (e for e in (k + 2, k + 3) if _name_closed(doc, r, e) and _foreign_or_plain_name(doc, k, e)), None
        )
        if e is not None:
            doc.persons.append(PersonMention(k, k, e, [], r.sentence, True))
            doc.persons.sort(key=lambda p: p.start)


# Words that close a name after a post: "إن/أن" after a verb of saying (folded).
_THAT = frozenset(fold(w) for w in ("إن", "أن"))
# Particles inside a three-word name: "تيسير أبو سنينة"، "سالم بن علي" (folded).
_NAME_PARTICLES = frozenset(fold(w) for w in ("أبو", "ابو", "بن", "بنت", "عبد", "آل"))


def _name_closed(doc: Doc, r: RolePhrase, e: int) -> bool:
    """A name ending before e is closed there: a comma, "إن/أن", or the end of the sentence."""
    toks = doc.tokens
    if e >= len(toks) or doc.sentence_of[e] != r.sentence:
        return e <= len(toks)
    return toks[e].text in _COMMAS or toks[e].text in _THAT or toks[e].text in _FULL_STOPS


_FULL_STOPS = frozenset({".", "!", "؟", ":"})


def _foreign_or_plain_name(doc: Doc, k: int, e: int) -> bool:
    """Two words (three with أبو/بن/عبد inside) that read as a name, none prose: "إيريك لوفيفر"،
    "تيسير أبو سنينة"، and "الأسعد الماجري" (a given name written with ال, then a family name)."""
    toks = doc.tokens
    words = [toks[n].text for n in range(k, e)]
    if e - k == 3 and words[1] not in _NAME_PARTICLES:
        return False
    if any(toks[n].is_punct for n in range(k, e)):
        return False
    if not all(_plain_name_word(doc, n, n == k) for n in range(k, e)):
        return False
    if words[0].startswith("ال"):  # "الأسعد الماجري": a given name with ال, then a family name
        return _al_given(words[0]) and e - k == 2 and words[1].startswith("ال")
    return not _prose_word(words[0]) and not any(w.startswith(("ال", "و")) for w in words[1:])


def _prose_word(w: str) -> bool:
    """A definite word, و + a word, or ب/ل + a definite word or a stop word ("بحضور"، "لمدة");
    "بيير"، "لوران" may start a foreign name."""
    if w.startswith(("ال", "و")):
        return True
    return w[:1] in "بل" and (w[1:].startswith("ال") or w[1:] in name_stops() or w in name_stops())


def _ends_on_place(doc: Doc, r: RolePhrase) -> bool:
    """The post's complement closes with a place name ("… في عمّان"، "… لدى المملكة")."""
    if r.end - r.noun_end >= 2 and doc.folded_words(r.end - 2, r.end)[0] == _AT:
        return doc.tokens[r.end - 1].text in _HOST_STATES
    for n in (r.end - 1, r.end - 2):
        place = places().match(doc.tokens, n) if n > r.noun_end else None
        if place is not None and place.end == r.end:
            return True
    return False


_IN_GOVERNMENT = frozenset({fold("بحكومة")})


def comma_after(doc: Doc, k: int) -> int | None:
    """The comma right after a post, or after a ب-phrase that closes it ("… بحكومة الوحدة
    الوطنية،"); None when the post runs on."""
    toks = doc.tokens
    k = _past_abbreviation(doc, k)
    if k < len(toks) and toks[k].text in _COMMAS:
        return k
    if k >= len(toks) or not toks[k].text.startswith("ب") or len(toks[k].text) < 4:
        return None
    for n in range(k + 1, min(len(toks), k + 4)):
        if toks[n].text in _COMMAS:
            return n
        if toks[n].is_punct or not toks[n].text.startswith("ال"):
            return None
    return None


def _past_abbreviation(doc: Doc, k: int) -> int:
    """After a body's short name in brackets ("… لتحسين السكن وتطويره (عدل)،"): where the post
    really ends; k when no bracket of one or two words opens there."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].text not in _BRACKETS:
        return k
    close = _BRACKETS[toks[k].text]  # "(عدل)"، "«عدل»" and quoted forms alike
    for n in range(k + 2, min(len(toks), k + 4)):
        if toks[n].text == close:
            return n + 1
    return k


_BRACKETS = {"(": ")", "«": "»", "“": "”", '"': '"'}


def _plain_name_word(doc: Doc, k: int, first: bool) -> bool:
    toks = doc.tokens
    w = toks[k].text
    if toks[k].is_number or (w[:1] in "وف" and w[1:] in name_stops()):
        return False
    if w in name_stops() and not (not first and _name_ali(doc, k)):
        return False
    if first and (w.startswith("و") or (w.startswith("ال") and w not in first_names() and not _al_given(w))):
        return False
    if (first and w.startswith(("بال", "لل"))) or w in NAMED_PLACES:
        return False
    titled = honorifics().match(toks, k, clitics=first or not w.startswith("بال"))  # "بالحاج": a name
    if titled is not None and not first and w in _TITLES_AS_FAMILY:
        titled = None  # "نور الدين الحاج علي": a title word inside a name is part of it
    return (
        role_at(toks, k) is None
        and titled is None
        and institution_heads().match(toks, k) is None
        and places().match(toks, k) is None
    )


_ALI = fold("علي")


def _name_ali(doc: Doc, k: int) -> bool:
    """The name علي, which folds like the preposition على: the original spelling tells."""
    t = doc.tokens[k]
    return t.text == _ALI and doc.original_at(t.end - 1) == "ي"


# One-word titles that are also parts of family names (folded).
_TITLES_AS_FAMILY = frozenset(fold(w) for w in ("الحاج", "السيد", "الشيخ"))


def _given_name(word: str) -> bool:
    return word in first_names() or _al_given(word)


def _al_given(word: str) -> bool:
    """Given names written with ال ("المبروك"، "الطيب"، "الهادي"): a listed name after ال."""
    return word[2:] in first_names()


def read_phrase(doc: Doc, start: int, noun_end: int, form: RoleForm, taken: set[int]) -> RolePhrase:
    """The role phrase of a role noun (or a noun standing for one) that ends at `noun_end`."""
    return _read_phrase(doc, start, noun_end, form, taken)


def _read_phrase(doc: Doc, start: int, noun_end: int, form, taken: set[int]) -> RolePhrase:
    toks = doc.tokens
    nested = None
    status = "current"
    if form.number == "acc" and (over := _set_over(doc, noun_end)) is not None:
        noun_end, new = over  # "واليا على ولاية تيسمسيلت"، "عاملا جديدا على الإقليم"
        status = "new" if new else status
    k = noun_end
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
    li_place = False  # that place came with ل ("لمصر"), so more places may be joined to it
    complete = " " in form.canonical and form.canonical.split()[-1].startswith("ال")
    after_nationality = False
    while k < len(toks) and k - noun_end < MAX_COMPLEMENT:
        t = toks[k]
        w = t.text
        first = k == noun_end
        if t.is_number and not first and town_by_date(doc, k):
            k += 2  # "رئيس جهاز تنمية مدينة 6 أكتوبر"
            closed = True
            continue
        if not first and (joined := hyphen_joined(doc, k)) > k:
            k = joined  # "والي جهة درعة-تافيلالت": a bare hyphen joins one name
            continue
        if (
            t.is_break
            or t.is_number
            or (k in taken and not first)
            or doc.sentence_of[k] != doc.sentence_of[start]
        ):
            break
        named_after = honorifics().match(toks, k, clitics=False)
        if named_after is not None and titled_place_name(doc, k):
            k = _past_person_name(doc, named_after.end)  # "مدير مستشفى الملك فيصل": the place's name
            closed = True
            continue
        if first and form.number in ("du", "acc", "pl") and (dual := dual_bodies_end(doc, k)) > k:
            k = dual  # "رئيسا حيي وسط وشرق": a dual body and the names of both
            closed = True
            continue
        if w in _CHARGED and k + 1 < len(toks) and toks[k + 1].text == _RUNNING:
            k += 2  # "الكاتب العام المكلف بتسيير شؤون بلدية …": the charge is the post itself
            closed = False
            continue
        if not first and w in _CHARGED and _charged_with(doc, k + 1):
            k += 2  # "نائب رئيس المجلس المكلف بالتعمير محمد …": the portfolio stands before the holder
            closed = True
            continue
        if not first and len(w) == 1 and not t.is_punct:
            break  # "المدير العام لـ"عدل"": a preposition written apart (لـ، بـ) ends the phrase
        if complete and first and w == "في" and _adjectival(form.canonical) and _names_a_unit(doc, k + 1):
            k += 1  # "المدير التنفيذي في الدائرة": a post qualified by an adjective, then its body
            closed = after_place = False
            continue
        if complete and first and is_nationality(w) and not after_nationality:
            k += 1  # "رئيس الوزراء الأردني": the country, stripped when the post is rendered
            after_nationality = True
            continue
        if complete and (first or after_nationality) and not w.startswith("ل"):
            break  # "رئيس الوزراء قرارا": a complete role takes only a ل-phrase
        if not first and w in _IN_GOVERNMENT:
            break  # "وزير الحكم المحلي بحكومة الوحدة الوطنية": the cabinet is not part of the post
        if not first and w in REFERRALS:
            break  # "بإحالة مدير الإدارة الهندسية للتحقيق": sent for inquiry, not the post
        if after_place and w in _NEW and w.endswith("ه") and not closed_on_role:
            k += 1  # "جهاز تنمية مدينة العبور الجديدة": a feminine adjective agrees with the town
            continue
        if not first and w == _AT and closed and k + 1 < len(toks):
            at = places().match(toks, k + 1, clitics=False)
            if at is not None:
                k = at.end  # "سفير الاتحاد الأوروبي لدى مصر": the state the envoy serves in
                break
            if toks[k + 1].text in _HOST_STATES:
                k += 2  # "سفير دولة الكويت لدى المملكة": the host state, named by its kind
                break
        if not first and w == "في" and _names_a_unit(doc, k + 1):
            k += 1  # "المدير العام للطرق في وزارة الأشغال"، "مدير الدفاع المدني في المحافظة"
            closed = after_place = False
            continue
        if after_place and li_place and w.startswith("و") and (more := places().match(toks, k)) is not None:
            if more.clitics == "و":
                k = more.end  # "المدير الإقليمي لمصر واليمن وجيبوتي": one post over several states
                continue
        if after_place and not (w[:1] in "بل" and len(w) > 2) and w not in _FORMER | _NEW | _CURRENT:
            if w not in _PLACE_ADJECTIVES and not (w.startswith("ال") and looks_like_adjective(w)):
                break
            k += 1  # "بلدية إربد الكبرى"، "مستشفى دراو المركزي"
            continue
        place = places().match(toks, k)
        if (
            place is not None
            and place.clitics == ""
            and (
                (first and form.canonical.startswith("وزير"))
                or (not first and toks[k - 1].text in _MINISTRY_FORMS)
            )
        ):
            # "وزير الداخلية والبلديات"، "لوزارة الداخلية والجماعات": a portfolio, not the Omani region
            place = None
        if place is not None and place.clitics in ("", "ب", "ل", "لل", "بال") and not after_place:
            k, closed, after_place = region_end(doc, k, place.end), True, True
            li_place = place.clitics == "ل" and form.number == "sg"
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
            deeper = nested is not None and k == nested[1] and not _holds_complement(nested)
            if (first or deeper) and inner.clitics in (
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
        if (
            w in _NEW
            and w.endswith("ه")
            and (closed or after_town_noun(doc, k - 1))
            and not doc.tokens[start].text.endswith("ه")
        ):
            k += 1  # "نائب رئيس هيئة المجتمعات العمرانية الجديدة": agrees with the body, not the post
            # (the post's own gender is its first word's: "رئيس مجلس إدارة هيئة … الجديدة")
            continue
        if not first and bound_name_word(doc, k):
            k += 1  # "رئيس الوحدة المحلية لقرية أبو علي": the name after أبو/بني goes on
            closed = False
            continue
        if name_goes_on(doc, k):  # (first too: "رئيس حي وسط" ends its listed noun on a locality)
            k += 1  # "مديرة إقليم غرب ووسط الدلتا"، "مدير إدارة المناطق غير المخططة"
            closed = False
            continue
        if first and w in _PROJECT_WORDS and k + 1 < len(toks) and toks[k + 1].text.startswith("ال"):
            k += 1  # "مدير مشروع التنمية المحلية بالصعيد": the post of a named programme
            continue
        if w in _WORKS and not first and not closed and not toks[k - 1].text.startswith(("ال", "و")):
            k += 1  # "مدير وحدة إدارة مشروعات البنك الدولي": the object of a verbal noun in the name
            continue
        if w in name_stops() or (w[:1] in "وف" and w[1:] in name_stops()):
            if nested is not None and k == nested[1] and not nested[3] and w in _LOCAL_UNITS:
                k += 1  # "نائب رئيس المركز": the article's own district, named by its noun
                break
            if first and w in _LOCAL_UNITS and not form.definite:
                k += 1  # "رئيس المركز السابق": the district's post, maybe former
                if k < len(toks) and toks[k].text in _FORMER | _NEW | _CURRENT:
                    status = (
                        "former" if toks[k].text in _FORMER else "new" if toks[k].text in _NEW else "current"
                    )
                    status_word = True
                    k += 1
            break
        if not first and w.startswith(("ي", "وي")) and len(w) >= 4 and places().match(toks, k) is None:
            break  # "محافظ ميسان يفتتح …": a verb ends the complement (not "محافظة ينبع": a place)
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
            and k >= 2
            and toks[k - 1].text in EPITHETS
            and toks[k - 2].text in NAMED_PLACES
        ):
            k = _past_person_name(doc, k)  # "مدير مدرسة الشهيد أحمد حمدي": the school's name
            continue
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


def _charged_with(doc: Doc, k: int) -> bool:
    """ "المكلف بالتعمير محمد …": ب + a definite noun names the portfolio a Maghreb post is
    charged with; read into the post where the holder's name follows it, so nothing stands
    between the post and its holder (not "بتسيير", read as the post itself)."""
    toks = doc.tokens
    if k >= len(toks) or not toks[k].text.startswith("بال") or len(toks[k].text) <= 4:
        return False
    return any(p.start == k + 1 for p in doc.persons)  # (after its holder it stays a status word)


_REPRESENTING = frozenset(fold(w) for w in ("ممثلا", "ممثلة", "ممثلًا"))


def _standing_in_for(doc: Doc, phrase: RolePhrase) -> bool:
    """ "النائب X ممثلا رئيس مجلس النواب"، "ممثلة وزير الصحة": the accusative of ممثل right before
    another post says whom X stands in for at the event, no post X holds ("ممثل البنك الدولي"
    and "ممثلا عن الوزارة" name a body, and stay posts)."""
    if phrase.nested is None or doc.tokens[phrase.start].text.removeprefix("و") not in _REPRESENTING:
        return False
    return phrase.nested[0] == phrase.noun_end and not doc.tokens[phrase.noun_end].text.startswith("ل")


def _holds_complement(nested: tuple) -> bool:
    """The inner role is definite ("نائب الوزير") or holds its own complement ("نائب رئيس
    الوزراء"): a role noun after it starts a second, stacked post ("… وزير النقل")."""
    words = nested[2].split()
    return nested[3] or (len(words) > 1 and words[-1].startswith("ال"))


_NEW_ACC = frozenset(fold(w) for w in ("جديدا", "جديدة", "جديدًا"))
_OVER = fold("على")
_TERRITORY_NOUNS = frozenset(fold(w) for w in "ولاية إقليم عمالة جهة محافظة منطقة لواء قضاء".split())


def _set_over(doc: Doc, k: int) -> tuple[int, bool] | None:
    """ "عين X واليا على ولاية تيسمسيلت"، "عاملا جديدا على الإقليم": an appointment sets the
    holder over (على) a territory, which completes the post as a genitive would. Returns where
    the territory starts and whether "new" came before على; None when no such phrase follows."""
    toks = doc.tokens
    new = k < len(toks) and toks[k].text in _NEW_ACC
    at = k + 1 if new else k
    if (
        at + 1 >= len(toks)
        or toks[at].text != _OVER
        or not preposition_ala(doc, at)
    ):
        return None  # (folding merges على with the name علي; the original spelling tells)
    territory = toks[at + 1].text.removeprefix("ال")
    if territory not in _TERRITORY_NOUNS and places().match(toks, at + 1, clitics=False) is None:
        return None
    return at + 1, new


# Words for a project, which a post may take as its complement (folded).
_WALIYA = fold("والية")
_MINISTRY_FORMS = frozenset(fold(w) for w in ("وزارة", "لوزارة", "بوزارة", "ووزارة"))
_PROJECT_WORDS = frozenset({"مشروع"})
_WORKS = frozenset(fold(w) for w in ("مشروعات", "مشاريع"))  # (plural: "جهاز تنفيذ مشروعات الإسكان")
_THE_PROJECT = frozenset({"المشروع", "المشروعات"})


def _project_staff(doc: Doc, phrase: RolePhrase) -> bool:
    """ "X، مدير المشروع بالشركة المنفذة": a post over the project itself is the contractor's
    staff, no public post; the phrase is dropped (its noun had no complement of its own)."""
    k = phrase.noun_end
    return (
        phrase.end == k
        and not phrase.definite
        and phrase.nested is None
        and k < len(doc.tokens)
        and doc.tokens[k].text in _THE_PROJECT
    )


# "المنفذة للمشروع": the company that carries the work out (folded).
_EXECUTING = frozenset(fold(w) for w in ("المنفذة", "المنفذ", "المنفذين"))
_COMPANY_FORMS = frozenset(fold(w) for w in ("شركة", "لشركة", "الشركة", "للشركة"))


def _contractor_staff(doc: Doc, phrase: RolePhrase) -> bool:
    """ "الرئيس التنفيذي لشركة X المنفذة للمشروع": a post in the contractor that executes the
    work is no public post (gold lists such people as non-officials)."""
    toks = doc.tokens
    if phrase.end >= len(toks) or toks[phrase.end].text not in _EXECUTING or phrase.end == phrase.noun_end:
        return False
    return toks[phrase.noun_end].text in _COMPANY_FORMS


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
    return stem == fold(r.value.canonical) + "ه" and doc.original_at(t.end - 1) == "ه"


def _possessed_group(doc: Doc, i: int) -> Match | None:
    """ "نائباه"، "بحضور نائبيه"، "ومساعدوه": the dual or plural of a relational post with the
    pronoun ه names the deputies of the post its antecedent holds (the singular "نائبه" is read
    by `_possessive`). The pronoun is told from the feminine ة by the original spelling."""
    t = doc.tokens[i]
    if len(t.text) < 5 or not pronoun_ha(doc, t):
        return None
    stem = t.text[:-1]
    if stem[-1:] not in _GROUP_ENDINGS:
        return None
    r = roles().match([Token(stem, t.start, t.end - 1)], 0)
    if r is None or r.end != 1 or r.value.number == "sg" or fold(r.value.canonical) not in _RELATIONAL:
        return None
    number = "du" if stem.endswith("ا") else "pl"  # "نائبيه"، "مساعديه" may be either: read as a list
    return Match(i, i + 1, r.clitics, RoleForm(r.value.canonical, number, True))


def _her_deputy(doc: Doc, i: int) -> Match | None:
    """ "موجهة الشكر إلى نائبها المهندس X": a relational post with the feminine pronoun ها is
    the deputy of the post a woman named before holds, as "ونائبه" is of a man's."""
    t = doc.tokens[i]
    if len(t.text) < 6 or not (t.text.endswith("ها") or (t.text.endswith("ته") and pronoun_ha(doc, t))):
        return None
    stem = t.text[:-2] if t.text.endswith("ها") else t.text[:-2] + "ه"  # "معاونته" = معاونة + ه
    r = roles().match([Token(stem, t.start, t.end - 2)], 0)
    if r is None or r.end != 1 or r.value.number != "sg" or fold(r.value.canonical) not in _RELATIONAL:
        return None
    return Match(i, i + 1, r.clitics, RoleForm(r.value.canonical, "sg", True))


# Chambers whose members are called نائب/النائبة (folded, after the ب).
_CHAMBERS = frozenset(
    tuple(fold(w).split()) for w in ("مجلس النواب", "مجلس الشيوخ", "مجلس الأمة", "مجلس الشعب", "مجلس الشورى")
)
_MP = frozenset({"نائب", "عضو"})


def _member_of_chamber(doc: Doc, phrase: RolePhrase) -> RolePhrase:
    """ "النائبة بمجلس النواب"، "العضو بمجلس الشيوخ": a member of the chamber, "عضو مجلس النواب";
    a bare definite post otherwise takes no complement."""
    toks = doc.tokens
    k = phrase.end
    if phrase.canonical not in _MP or phrase.end != phrase.noun_end or phrase.nested or k + 1 >= len(toks):
        return phrase
    first = toks[k].text
    if not first.startswith("ب") or (first[1:], toks[k + 1].text) not in _CHAMBERS:
        return phrase
    return RolePhrase(
        phrase.start, phrase.noun_end, k + 2, "عضو", "sg", False, None, phrase.status, phrase.sentence
    )


_PORTFOLIO_WORDS = 4  # words of a possessed deputy's portfolio, at most


def _past_portfolio(doc: Doc, k: int) -> int:
    """ "ونائبه للشؤون الفنية الدكتور X"، "معاونته لشؤون التعليم المهندسة Y": after a deputy
    with a pronoun, a ل-portfolio runs up to the holder's title; k when no title closes it."""
    toks = doc.tokens
    if k >= len(toks) or not toks[k].text.startswith("ل"):
        return k
    for end in range(k + 1, min(len(toks), k + 1 + _PORTFOLIO_WORDS)):
        if toks[end].is_punct or doc.sentence_of[end] != doc.sentence_of[k]:
            return k
        if honorifics().match(toks, end, clitics=False) is not None:
            return end
    return k


_WALI = "والي"
_HAMZA_ALIF = "إ"


def _preposition_ila(doc: Doc, i: int, r: Match) -> bool:
    """ "وإلى" (and to) folds like the post "والي"; the post is never written with إ."""
    if r.value.canonical != _WALI:
        return False
    t = doc.tokens[i]
    return _HAMZA_ALIF in doc.article.text[doc.folded.offsets[t.start] : doc.folded.offsets[t.end - 1] + 1]


# The dual's ا (nominative) and ي (oblique), the plural's و and ي, before a pronoun.
_GROUP_ENDINGS = frozenset("اوي")


_GOVERNORATE = "محافظه"
_NAME_STARTS = 3  # words of a governorate's name before the holder's title, at most


def _woman_governor(doc: Doc, i: int) -> RolePhrase | None:
    """ "محافظة الشمال السيدة X"، "ومحافظة دمياط الدكتورة Y": the feminine of محافظ is spelt
    like the governorate; a woman's title right after the name says it is her post."""
    toks = doc.tokens
    word = toks[i].text
    if word not in (_GOVERNORATE, "و" + _GOVERNORATE):
        return None
    after = _woman_governor_after_name(doc, i)
    if after is not None:
        return after
    for p in doc.persons:
        if i + 1 < p.start <= i + 1 + _NAME_STARTS and p.honorifics and _feminine_title(p.honorifics[0]):
            if any(t.is_break for t in toks[i + 1 : p.start]) or p.sentence != doc.sentence_of[i]:
                return None
            r = RolePhrase(i, i + 1, p.start, "محافظ", "sg", False, None, "current", p.sentence)
            return r
    return None


def _woman_governor_after_name(doc: Doc, i: int) -> RolePhrase | None:
    """ "والمهندسة X، محافظة الإسكندرية،": a governorate's name set off by commas right after a
    woman's titled name is her post, as "وزيرة الثقافة" would be."""
    toks = doc.tokens
    if toks[i].text != _GOVERNORATE or i < 2 or toks[i - 1].text not in _COMMAS:
        return None
    person = next((p for p in doc.persons if p.end == i - 1), None)
    if person is None or not person.honorifics or not _feminine_title(person.honorifics[0]):
        return None
    place = places().match(toks, i + 1, clitics=False) if i + 1 < len(toks) else None
    if place is None:
        return None
    end = region_end(doc, i + 1, place.end)
    if end < len(toks) and not toks[end].is_punct:
        return None  # "X، محافظة الإسكندرية التي …": the governorate itself, in a clause
    return RolePhrase(i, i + 1, end, "محافظ", "sg", False, None, "current", doc.sentence_of[i])


def _feminine_title(title: str) -> bool:
    """السيدة، الدكتورة، المهندسة، السفيرة …: a title that names a woman."""
    first = fold(title.split()[0])
    return first.endswith("ه") and first not in _NOT_FEMININE


_NOT_FEMININE = frozenset(
    fold(w) for w in ("سعادة", "فضيلة", "جلالة", "سماحة", "عطوفة", "قداسة", "غبطة", "نيافة")
)


def _after_open_head(doc: Doc, k: int) -> bool:
    """ "رئيس مجلس إدارة بنك ناصر الاجتماعي": a given name after an indefinite head names the body;
    after a town noun it names the town ("رئيس جهاز تنمية مدينة ناصر الجديدة")."""
    if after_town_noun(doc, k):
        return True
    head = institution_heads().match(doc.tokens, k - 1)
    return head is not None and head.end == k and not doc.tokens[k - 1].text.startswith("ال")


def _past_person_name(doc: Doc, k: int) -> int:
    """End of the person's name inside a place's name ("الملك عبد العزيز"، "الأمير سلطان بن
    عبد العزيز"): the name reader's end, so titles, roles and commas still close it."""
    from extract.people import read_name

    end, _ = read_name(doc, k)
    return max(end, k)


def _adjectival(canonical: str) -> bool:
    """ "المدير التنفيذي"، "الرئيس التنفيذي": a definite post whose second word is an adjective,
    so a ل- or في-phrase may still name its body (unlike "رئيس الوزراء")."""
    words = canonical.split()
    return len(words) == 2 and all(w.startswith("ال") for w in words) and is_role_adjective(words[1][2:])


def _names_a_unit(doc: Doc, k: int) -> bool:
    """After في: an institution, a bare one (المحافظة) or a place, with no clitic."""
    toks = doc.tokens
    if k >= len(toks):
        return False
    if toks[k].text == _COUNCIL and k + 1 < len(toks):
        k += 1  # "رئيس لجنة الخدمات في مجلس المحافظة": the territory's elected council
    found = institution_heads().match(toks, k) or bare_heads().match(toks, k) or places().match(toks, k)
    return found is not None and found.clitics == ""


_COUNCIL = fold("مجلس")
