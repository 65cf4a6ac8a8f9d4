"""Where a noun phrase that names a post or an institution goes on or stops.

Arabic names of institutions are genitive chains (إدارة … المعلومات) closed by
a definite word or a proper name, then extended by adjectives (المحلية),
coordination (والرياضة) and prepositional phrases with ل or ب (للتخطيط،
بمطروح). Shared by the role and institution extractors.
"""

from __future__ import annotations

from functools import cache

from extract.doc import Doc
from extract.gazetteer import load_lines as data_lines
from extract.lexicon import Match, RoleForm, institution_heads, places
from extract.normalize import fold
from extract.tokens import Token, clitic_readings

# Nouns of locality that may follow ب in a name ("بمنطقة قنا").
LOCALITIES = frozenset(
    "منطقه مدينه مركز قريه حي محافظه جامعه كليه اداره اقليم جهه ولايه عماله بلديه قضاء لواء".split()
)


def continues_closed_phrase(doc: Doc, k: int) -> bool:
    """After a definite word, only an adjective, a coordination, or a ل/ب phrase goes on."""
    toks = doc.tokens
    w = toks[k].text
    if w.startswith("ال"):
        # "وزارة التنمية المحلية", not "وزارة الإسكان العقد" nor "اللجنة المطيري"
        return looks_like_adjective(w) and not is_surname_here(doc, k)
    if w.startswith(("وال", "لل")):
        return True
    if w.startswith("و") and len(w) > 2:
        # "الاتصالات وتكنولوجيا المعلومات" goes on; "وزارة النقل ورشة صيانة" does not
        if refers_back(doc, k):
            return True  # "لتحسين السكن وتطويره"
        if k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        closes = k + 2 >= len(toks) or toks[k + 2].is_punct  # "… الشرق الأوسط وشمال أفريقيا،"
        return nxt.text.startswith("ال") or (not nxt.is_punct and closes)
    if w.startswith("ل") and len(w) > 2:
        return True  # "للتخطيط"، "لشؤون"
    if w.startswith("ب") and len(w) > 2:
        return is_locative(doc, k)
    return False


def refers_back(doc: Doc, k: int) -> bool:
    """ "لتحسين السكن وتطويره": a coordinated verbal noun whose pronoun (ه, not ة) points
    back into the phrase continues it; the original spelling tells the pronoun apart."""
    t = doc.tokens[k]
    w = t.text
    h = w.endswith("ها")  # the pronoun's ه is the last letter but for ها
    if len(w) < 6 or not w.startswith(("وت", "وا")) or not w.endswith(("ه", "ها")) or k == 0:
        return False  # a verbal noun تفعيل/إفعال: "وتطويره"، "وتشغيلها"; not a verb ("وكلفته")
    prev = doc.tokens[k - 1].text
    return prev.startswith(("ل", "ال")) and doc.original_at(t.end - 1 - h) == "ه"


# ب + a verbal noun that starts an adverbial phrase, not a place: "أوصت اللجنة بالتنسيق مع …".
_ADVERBIAL = frozenset(fold(w) for w in "بالتنسيق بالتعاون بالمشاركة بالاشتراك بالشراكة بالمرتبة".split())


_REGION = fold("جهة")


def region_end(doc: Doc, place_start: int, place_end: int) -> int:
    """Maghreb regions are named by two or three towns in a row ("جهة فاس مكناس"، "جهة الدار
    البيضاء سطات"): after "جهة" + a place, further places belong to the name. Returns the end."""
    toks = doc.tokens
    if place_start > 0 and toks[place_start - 1].text.endswith(_PREFECTURES):
        return _compound_prefecture(doc, place_end)
    if place_start == 0 or not toks[place_start - 1].text.endswith(_REGION):
        return place_end  # "جهة"، "بجهة"، "لجهة"
    k = place_end
    while k < len(toks):
        if (joined := hyphen_joined(doc, k)) > k:
            k = joined  # "جهة درعة-تافيلالت": a word joined by a bare hyphen is part of the name
            continue
        at = k + 1 if toks[k].text in _HYPHENS and k + 1 < len(toks) else k  # "جهة فاس - مكناس"
        more = places().match(toks, at, clitics=False)
        if more is None:
            break
        k = more.end
    return k


_HYPHENS = frozenset({"-", "–"})


def hyphen_joined(doc: Doc, k: int) -> int:
    """ "درعة-تافيلالت"، "وجدة-أنجاد": a hyphen written with no space on either side joins the
    word after it to the name before it. Returns the end of that word, else k."""
    toks = doc.tokens
    if k == 0 or k + 1 >= len(toks) or toks[k].text not in _HYPHENS:
        return k
    nxt = toks[k + 1]
    if toks[k - 1].end != toks[k].start or toks[k].end != nxt.start or nxt.is_punct or nxt.is_number:
        return k
    return k + 2


# Moroccan prefectures and provinces are named by a town and a second word ("عمالة أكادير
# إداوتنان"، "عمالة إنزكان آيت ملول").
_PREFECTURES = tuple(fold(w) for w in ("عمالة", "إقليم"))


def _compound_prefecture(doc: Doc, k: int) -> int:
    """After "عمالة" + a town, one or two unknown words closed by punctuation still name it."""
    from extract.lexicon import first_names, name_stops

    toks = doc.tokens
    if (joined := hyphen_joined(doc, k)) > k:
        return joined  # "عمالة وجدة-أنجاد"
    for n in (1, 2):
        end = k + n
        if end >= len(toks) or not toks[end].is_punct:
            continue
        words = toks[k:end]
        if all(
            not t.is_punct
            and not t.is_number
            and not t.text.startswith(("ال", "و", "ب", "ل"))
            and t.text not in name_stops()
            and t.text not in first_names()
            for t in words
        ):
            return end
    return k


_MONTHS = frozenset(
    fold(w)
    for w in "يناير فبراير مارس أبريل إبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر رمضان".split()
)
_TOWN = fold("مدينة")


def town_by_date(doc: Doc, k: int) -> bool:
    """ "مدينة 6 أكتوبر"، "مدينة 15 مايو": after "مدينة", a day and a month name the town."""
    toks = doc.tokens
    return (
        k > 0
        and k + 1 < len(toks)
        and toks[k - 1].text.endswith(_TOWN)
        and toks[k + 1].text in _MONTHS
        and doc.sentence_of[k + 1] == doc.sentence_of[k]
    )


# ب + a group of people: the object of a verb ("التقت … بالسيدات"، "رحب … بالوفد"), no place.
_PEOPLE = frozenset(
    fold("ب" + w)
    for w in (
        "السيدات المواطنين المواطنات الأهالي الأهالى الطلاب الطالبات المزارعين الشباب الأطفال "
        "المرضى المستثمرين الصحفيين الإعلاميين الحضور الوفد الحجاج الأسر"
    ).split()
)


def is_locative(doc: Doc, k: int) -> bool:
    """ب + a definite word, a place, a locality noun or an institution: "بمطروح"، "بالشركة"."""
    toks = doc.tokens
    if toks[k].text in _ADVERBIAL or toks[k].text in _PEOPLE:
        return False
    stem = toks[k].text[1:]
    return (
        stem.startswith("ال")
        or stem in LOCALITIES
        or places().match(toks, k) is not None
        or institution_heads().match(toks, k) is not None
    )


# Definite adjectives that do not end like a nisba adjective (-ي، -ية).
_ADJECTIVES = frozenset(
    fold(w)
    for w in (
        "العام العامة الأعلى العليا الكبرى الأكبر الشريف الجديد الجديدة القديم الأول الأولى الثاني "
        "الثانية الموحد المتحدة المنتدب المستقل الدائم المساعد المساعدة القابضة العربية الأوسط "
        "الأدنى المختص المختصة المعني المعنية الكبير الصغير العالي الفني المالي العرب الحرة الخاصة "
        "الصغرى الدائمة الحر المسلحة الحديث الحديثة العامل العاملة الشامل الشاملة "
        "الخضراء الأخضر الزرقاء الأزرق الصالح الصلبة الصلب السائلة"
    ).split()
)


def is_surname_here(doc: Doc, k: int) -> bool:
    """A word that ends a name of three words or more elsewhere in the article: "رئيسة اللجنة
    المطيري" after "نورة فهد المطيري" names the chair, it is no adjective of the committee."""
    surnames = doc.cache.get(_SURNAMES)
    if surnames is None:
        surnames = doc.cache[_SURNAMES] = frozenset(
            doc.tokens[p.end - 1].text for p in doc.persons if p.strong and p.end - p.name_start >= 3
        )
    return doc.tokens[k].text in surnames


_SURNAMES = "phrases.surnames"


# Nouns that name a place or building after a person: "مستشفى أحمد ماهر"، "جامعة الملك سعود"
# (folded, indefinite: the construct before the person's name).
NAMED_PLACES = frozenset(
    "مستشفي مدرسه مسجد جامع شارع طريق ميدان مركز كوبري جسر محطه قريه جامعه كليه مدينه حي عزبه "
    "نجع كفر منشاه مجمع قاعه حديقه ملعب مطار ميناء برنامج".split()
)


# Where someone is sent ("بإحالة مدير الإدارة الهندسية للتحقيق"): ends a post's
# complement and a body's name alike.
REFERRALS = frozenset(fold(w) for w in ("للتحقيق", "للمحاكمة", "للنيابة"))

# Epithets that stand between a named-place noun and the person it is named after ("مدرسة
# الشهيد أحمد حمدي"، "مسجد الإمام علي"), folded.
EPITHETS = frozenset(fold(w) for w in "الشهيد الشهيدة الإمام الزعيم الفنان الأديب الشاعر العلامة".split())


def titled_place_name(doc: Doc, k: int) -> bool:
    """A title right after an indefinite noun of a named place is part of the place's name,
    not a person's title: "مستشفى الملك فيصل"، "جامعة الأمير سطام"، "قرية الشيخ فضل"."""
    if k == 0:
        return False
    prev = doc.tokens[k - 1].text
    for stem in (prev, prev[1:], prev[2:]):
        if stem in NAMED_PLACES:
            return stem == prev or prev[: len(prev) - len(stem)] in ("و", "ب", "ل", "وب", "ول", "ف")
    return False


# Words that bind the word after them into a place's name: a kunya (أبو) or a nasab (بني، بو).
_NAME_BINDERS = frozenset(fold(w) for w in "أبو أبي أبا بو بني أولاد آيت".split())


def bound_name_word(doc: Doc, k: int) -> bool:
    """ "قرية بني عفان"، "مركز أبو قرقاص"، "ولاية جعلان بني بو علي"، "المجلس الجماعي لأولاد
    برحيل": the word after أبو/بو/بني/أولاد/آيت is part of the place's name, though it is a given
    name ("علي") or starts with ب. (A binder of three letters or more may carry ل/ب/و.)"""
    if k == 0 or doc.tokens[k].is_punct or doc.tokens[k].is_number:
        return False
    prev = doc.tokens[k - 1].text
    return prev in _NAME_BINDERS or (len(prev) > 4 and prev[0] in "لبو" and prev[1:] in _NAME_BINDERS)


def sons_of(word: str) -> bool:
    """ "بني" (sons of) opens a tribe's or a place's name: no ب + a noun."""
    return word in _SONS_OF


_SONS_OF = frozenset({fold("بني")})


_DISTRICT_WORD = fold("لواء")


def district_in_construct(doc: Doc, k: int) -> bool:
    """ "لواء" with no article right after an indefinite noun is in construct with it: Jordan's
    district ("مديرية تربية لواء الرمثا"), not the rank, which is written "اللواء" before a name."""
    toks = doc.tokens
    if k == 0 or toks[k].text != _DISTRICT_WORD or toks[k - 1].is_punct or toks[k - 1].is_number:
        return False
    prev = toks[k - 1].text
    return not prev.startswith(("ال", "وال", "بال", "لل")) and len(prev) > 2


# Dual nouns of bodies and local units (folded) → their singular as written.
_DUAL_UNITS = {
    fold("حيي"): "حي",
    fold("مركزي"): "مركز",
    fold("قطاعي"): "قطاع",
    fold("قسمي"): "قسم",
    fold("لواءي"): "لواء",  # Jordan's districts: "متصرفا لواءي X وY"
    fold("لوائي"): "لواء",
    fold("قضاءي"): "قضاء",  # Iraq's: "قائممقاما قضاءي X وY"
}


def singular_body(word: str, joined: bool) -> str | None:
    """The singular of a dual body noun ("وزارتي" → "وزارة"، "ومدينتي" → "ومدينة"); `joined`
    allows the و of a second noun ("مركزي ومدينتي")."""
    conj = ""
    if joined:
        if not word.startswith("و"):
            return None
        conj, word = "و", word[1:]
    folded = fold(word)
    if folded in _DUAL_UNITS:
        return conj + _DUAL_UNITS[folded]
    if folded.endswith(("تي", "تين")) and len(folded) > 4:
        stem = word[: -2 if folded.endswith("تي") else -3]
        single = stem + "ة"
        if fold(single) in institution_heads().first or fold(single) in _UNIT_NOUNS:
            return conj + single
    return None


_UNIT_NOUNS = frozenset(fold(w) for w in ("مدينة", "قرية", "مديرية"))


def dual_bodies_end(doc: Doc, k: int) -> int:
    """End of a dual body and its two names ("حيي وسط وشرق"، "مركزي ومدينتي سنورس وإطسا"،
    "وزارتي الصحة والتربية والتعليم"), up to punctuation or a ب-phrase; k when none is at k."""
    toks = doc.tokens
    n = 0
    while k + n < len(toks) and singular_body(toks[k + n].text, n > 0):
        n += 1
    if n == 0:
        return k
    end = k + n
    names = {p.start for p in doc.persons}
    while end < len(toks) and end - k < n + 6 and not toks[end].is_punct and not toks[end].is_number:
        w = toks[end].text
        if end > k + n and w.startswith("ب") and len(w) > 2:
            break  # "… بالغربية": a place shared by both
        if end > k + n and end in names:
            break  # "معتمدا محليتي الفاو والقلابات الغربية X وY": the holders follow at once
        end += 1
    return end


# Genitive duals in -ي that are also common adjectives ("الطريق الرئيسي"): posts only before a dual body.
_GENITIVE_DUALS = {fold("رئيسي"): "رئيس"}
_GENITIVE_DUAL_ENDINGS = tuple(_GENITIVE_DUALS)


def genitive_dual_post(doc: Doc, i: int) -> Match | None:
    """ "X وY رئيسي مركزي ومدينتي A وB": a dual post, read only where a dual body follows."""
    w = doc.tokens[i].text
    if not w.endswith(_GENITIVE_DUAL_ENDINGS):
        return None  # the common case, checked once per word of every name
    for clitics in ("", "و", "ب", "ل", "وب", "ول"):
        noun = w[len(clitics) :]
        if w.startswith(clitics) and noun in _GENITIVE_DUALS and dual_bodies_end(doc, i + 1) > i + 1:
            return Match(i, i + 1, clitics, RoleForm(_GENITIVE_DUALS[noun], "du", False))
    return None


def in_construct(nxt: Token) -> bool:
    """Whether a noun written with a merged ل ("للجنة") is in construct with the word after it,
    so it has no article: "للجنة بلدية السلط" is ل + لجنة; "للجنة الفنية" is ل + اللجنة (an
    adjective follows), as is "للجنة،"."""
    w = nxt.text
    if nxt.is_punct or nxt.is_number:
        return False
    if w.startswith("ال"):
        return not looks_like_adjective(w)
    return not w.startswith(("ل", "و", "ف", "بال"))  # "بلدية" is a noun, "بالمحافظة" a phrase


def drop_li(text: str) -> str:
    """The phrase without its first word's preposition ل, as written: "لجامعة الأزهر" →
    "جامعة الأزهر"، "للهيئة العامة" → "الهيئة العامة"; a noun that itself starts with ل keeps
    it: "للجنة بلدية السلط" → "لجنة بلدية السلط"، "للجنة الفنية" → "اللجنة الفنية"."""
    if text.startswith("لل"):
        words = text.split()
        if fold(words[0][1:]) in _LAM_NOUNS:
            nxt = fold(words[1]) if len(words) > 1 else "،"
            definite = nxt.startswith("ال") and looks_like_adjective(nxt) or len(words) == 1
            return ("ال" if definite else "") + text[1:]
        return "ال" + text[2:]
    if text and fold(text.split()[0]) in _LAM_NOUNS:
        return text  # "أعضاء لجنة الخدمات": the noun's own ل, no preposition
    return text[1:] if text.startswith("ل") else text


# Nouns of bodies and posts that start with ل (folded): after the preposition ل they are
# written "للجنة"، "للواء", which also reads as ل + ال + "جنة".
_LAM_NOUNS = frozenset(fold(w) for w in ("لجنة", "لواء", "لجان"))


def looks_like_adjective(word: str) -> bool:
    """A definite word that can qualify the noun before it: nisba adjectives
    (المحلية، الدولي، الاجتماعي، الاقتصاديين) and a few common others."""
    if word in _NOT_ADJECTIVES:
        return False
    return (
        word in _ADJECTIVES
        or _nisba(word)
        or word.startswith(("المت", "المست"))  # participles: المتجددة، المستدامة
    )


_NISBA_ENDINGS = ("يين", "يات", "يون", "يه", "ي")


def _nisba(word: str) -> bool:
    """A nisba ending after a stem of two letters at least: "الطبي"، "الدولية"; not "آليات"
    or "آلية", which fold to ال + an ending with no stem."""
    ending = next((e for e in _NISBA_ENDINGS if word.endswith(e)), None)
    if ending is None:
        return False
    stem = word[2:] if word.startswith("ال") else word
    return len(stem) - len(ending) >= 2


_NOT_ADJECTIVES = frozenset(fold(w) for w in "إلى الى التي الذي الذى اللتي اللذي الليالي".split())


# Compass words that name part of a region ("غرب ووسط الدلتا"، "منطقة وسط الدلتا"), folded.
_COMPASS = frozenset(fold(w) for w in "شمال جنوب شرق غرب وسط".split())
_NOT = fold("غير")


def name_goes_on(doc: Doc, k: int) -> bool:
    """Words that prose would end a name at but that go on naming a region or a unit: a
    compass word after a locality noun or another compass word ("إقليم غرب ووسط الدلتا"،
    "لمنطقة وسط الدلتا"), and غير before a definite adjective ("إدارة المناطق غير المخططة")."""
    toks = doc.tokens
    if k == 0 or k + 1 >= len(toks):
        return False
    w = toks[k].text
    prev = toks[k - 1].text
    if toks[k + 1].is_punct:
        return w in _COMPASS and prev.removeprefix("ب").removeprefix("ل") == _DISTRICT  # "رئيس حي وسط،"
    if w == _NOT:
        return prev.startswith(("ال", "وال", "لل", "بال")) and toks[k + 1].text.startswith("ال")
    if w in _COMPASS:
        return _locality(prev) and not toks[k + 1].text.startswith(("و", "ب", "ل"))
    return w.startswith("و") and w[1:] in _COMPASS and prev in _COMPASS  # "غرب ووسط"


_DISTRICT = fold("حي")  # a city's districts may be named by a compass word alone


def compass_word(w: str) -> bool:
    """A folded compass word ("غرب"، "وسط") that may name part of a region."""
    return w in _COMPASS


def _locality(w: str) -> bool:
    """A locality noun, with or without a clitic: "منطقة"، "لمنطقة"، "بإقليم"."""
    return w in LOCALITIES or (w[:1] in "وبل" and w[1:] in LOCALITIES)


# -- posts with a possessive pronoun ------------------------------------------------
POSSESSED_POSTS = "phrases.possessed_posts"  # doc.cache key: start → (end, canonical, antecedent)
# Relational posts serve another post ("ونائبه"); roles reads those itself (folded).
_RELATIONAL_POSTS = frozenset(fold(w) for w in ("نائب", "مساعد", "وكيل", "مستشار", "معاون"))
_ANTECEDENT_WINDOW = 40  # tokens back to look for the body the pronoun stands for


def possessed_post(doc: Doc, i: int) -> tuple[int, str, int] | None:
    """ "مديرها المهندس X"، "مديرته الدكتورة Y"، "وأمين سرها النائب Z"، "مديرة مكتبه": a post
    with a possessive pronoun, then a title, is held in the body or facility the pronoun stands
    for. Returns (end of the post, its canonical noun, the token of that body's definite noun),
    or None. Kept per article in `doc.cache`."""
    return possessed_posts(doc).get(i)


def possessed_posts(doc: Doc) -> dict[int, tuple[int, str, int]]:
    """Every post with a possessive pronoun of the article, by start (see `possessed_post`)."""
    found = doc.cache.get(POSSESSED_POSTS)
    if found is None:
        found = doc.cache[POSSESSED_POSTS] = _possessed_posts(doc)
    return found


def _possessed_posts(doc: Doc) -> dict[int, tuple[int, str, int]]:
    from extract.lexicon import honorifics, roles

    toks = doc.tokens
    out: dict[int, tuple[int, str, int]] = {}
    for k in _before_titles(toks, honorifics().first):
        t = toks[k]
        if len(t.text) < 4 or not (t.text.endswith("ها") or pronoun_ha(doc, t)):
            continue
        for stem, feminine in _pronoun_stems(t.text):
            for start in (k, k - 1):
                if start < 0:
                    continue
                opening = stem if start == k else toks[start].text
                if not any(r[1] in roles().first for r in clitic_readings(opening)):
                    continue  # (a quick test: the post's first word opens some post)
                words = [*toks[start:k], Token(stem, t.start, t.end)]
                canonical = _post_of(words, stem)
                if canonical is None:
                    continue
                adjective = _POST_ADJECTIVES.get(toks[k + 1].text) if k + 1 < len(toks) else None
                if adjective is not None and f"{canonical} {adjective}" in _post_nouns():
                    canonical, end = f"{canonical} {adjective}", k + 2  # "مديرها العام المهندس X"
                else:
                    end = _past_seat(doc, k + 1)  # "مديرة مكتبه في عمان السيدة …"
                if end >= len(toks) or honorifics().match(toks, end) is None:
                    continue  # a title must follow: the holder is named at once
                antecedent = _antecedent(doc, start, feminine)
                if antecedent is not None:
                    out[start] = (end, canonical, antecedent)
                break
            if any(s <= k < v[0] for s, v in out.items()):
                break
    return out


def _post_of(words: list[Token], stem: str) -> str | None:
    """The canonical post the words (the last one stripped of its pronoun) spell: a post noun
    ("مديرها"، "أمين سرها"), or a post over an office ("مديرة مكتبه" → "مدير مكتب")."""
    from extract.lexicon import roles

    post = roles().match(words, 0)
    if post is None or fold(post.value.canonical) in _RELATIONAL_POSTS:
        return None
    if post.end == len(words):
        return post.value.canonical
    if post.end == len(words) - 1 and stem in _OFFICE_NOUNS:
        return f"{post.value.canonical} {_OFFICE_NOUNS[stem]}"
    return None


# Definite adjectives between a possessed post and its holder's title: "مديرها العام" (folded).
_POST_ADJECTIVES = {
    fold(w): a
    for w, a in (("العام", "عام"), ("العامة", "عام"), ("التنفيذي", "تنفيذي"), ("التنفيذية", "تنفيذي"))
}


@cache
def _post_nouns() -> frozenset[str]:
    """The canonical singular posts of the role lexicon."""
    return frozenset(line.split("\t")[0] for line in data_lines("role_nouns"))


def _before_titles(toks: list[Token], titles: set[str]) -> list[int]:
    """Tokens a title's first word follows, at once, after "في" + one word (a seat) or after a
    post's adjective ("مديرها العام")."""
    at = [k for k, t in enumerate(toks) if t.text in titles]
    before = {k - 1 for k in at if k > 0} | {k - 3 for k in at if k > 2 and toks[k - 2].text == "في"}
    before |= {k - 2 for k in at if k > 1 and toks[k - 1].text in _POST_ADJECTIVES}
    return sorted(before)


def _past_seat(doc: Doc, k: int) -> int:
    """After "في" + a place (the seat of an office), where the phrase ends; k when none."""
    toks = doc.tokens
    if k + 1 < len(toks) and toks[k].text == "في":
        place = places().match(toks, k + 1, clitics=False)
        if place is not None:
            return place.end
    return k


def pronoun_ha(doc: Doc, t: Token) -> bool:
    """A final ه that is the pronoun, not ة: folding merges them; the original spelling tells."""
    return t.text.endswith("ه") and doc.original_at(t.end - 1) == "ه"


def preposition_ala(doc: Doc, k: int) -> bool:
    """The preposition على (with a clitic: وعلى), which folds like the name علي; the original
    spelling tells them apart."""
    t = doc.tokens[k]
    if not t.text.endswith("علي") or len(t.text) > 4:
        return False
    return doc.original_at(t.end - 1) == "ى"


def _pronoun_stems(word: str) -> list[tuple[str, bool]]:
    """Readings of a word as a noun + a possessive pronoun: (stem, pronoun is feminine)."""
    out = []
    if word.endswith("ها"):
        out.append((word[:-2], True))  # "مديرها"
    if word.endswith("ته"):
        out.append((word[:-2] + "ه", False))  # "مديرته" = مديرة + ه
    out.append((word[:-1], False))  # "مكتبه"
    return out


def _antecedent(doc: Doc, start: int, feminine: bool) -> int | None:
    """The last noun before `start` (same or previous sentence) of the pronoun's gender that
    heads a body or a facility: definite ("بالمحطة"، "أقسام المركز"، "وعن البنك"، "اللجنة") or a
    body's head in construct ("لجنة الزراعة … أمين سرها"، "مكتب التعليم بينبع ومديرته")."""
    from extract.lexicon import bare_heads, institution_heads

    toks = doc.tokens
    sentence = doc.sentence_of[start]
    for k in range(start - 1, max(-1, start - _ANTECEDENT_WINDOW), -1):
        if doc.sentence_of[k] < sentence - 1:
            break
        w = toks[k].text
        stem = next((w[len(c) :] for c in ("وبال", "بال", "وال", "ال") if w.startswith(c)), None)
        if stem is None and w.startswith(("لل", "ولل")):
            stem = w[w.index("لل") + 2 :]
        if stem is None:
            head = institution_heads().match(toks, k)  # "لجنة الزراعة … أمين سرها": a body in construct
            if head is not None and w.endswith("ه") == feminine:
                return k
            continue
        if len(stem) < 3 or stem.endswith("ه") != feminine:
            continue
        noun = [Token("ال" + stem, toks[k].start, toks[k].end)]
        if bare_heads().match(noun, 0) is not None or institution_heads().match(noun, 0) is not None:
            return k
        if stem in _FACILITY_NOUNS:
            return k
    return None


# Offices a post heads, named by the body they serve: "مدير مكتب البنك" (folded).
_OFFICE_NOUNS = {fold(w): w for w in ("مكتب", "فرع")}
# Facilities a director heads that the article names as works ("محطة …"، "مركز صحي …") (folded).
_FACILITY_NOUNS = frozenset(fold(w) for w in "محطة مركز مستشفى مدرسة مصنع مجمع".split())


# Indefinite town nouns: a given name right after one names the town ("مدينة بدر"، "مدينة عيسى").
_TOWN_NOUNS = frozenset(fold(w) for w in ("مدينة", "قرية"))
_ALA = fold("على")  # the preposition folds like the name علي: "لمدينة على مساحة"


def after_town_noun(doc: Doc, k: int) -> bool:
    """The word at k follows an indefinite town noun and is not the preposition على."""
    if k == 0 or doc.tokens[k].text == _ALA:
        return False
    return doc.tokens[k - 1].text.lstrip("بلو") in _TOWN_NOUNS
