"""Where a noun phrase that names a post or an institution goes on or stops.

Arabic names of institutions are genitive chains (إدارة … المعلومات) closed by
a definite word or a proper name, then extended by adjectives (المحلية),
coordination (والرياضة) and prepositional phrases with ل or ب (للتخطيط،
بمطروح). Shared by the role and institution extractors.
"""

from __future__ import annotations

from extract.doc import Doc
from extract.lexicon import institution_heads, places
from extract.normalize import fold

# Nouns of locality that may follow ب in a name ("بمنطقة قنا").
LOCALITIES = frozenset("منطقه مدينه مركز قريه حي محافظه جامعه كليه اداره اقليم جهه ولايه عماله بلديه قضاء لواء".split())


def continues_closed_phrase(doc: Doc, k: int) -> bool:
    """After a definite word, only an adjective, a coordination, or a ل/ب phrase goes on."""
    toks = doc.tokens
    w = toks[k].text
    if w.startswith("ال"):
        return looks_like_adjective(w)  # "وزارة التنمية المحلية", not "وزارة الإسكان العقد"
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
    return prev.startswith(("ل", "ال")) and doc.article.text[doc.folded.offsets[t.end - 1 - h]] == "ه"


# ب + a verbal noun that starts an adverbial phrase, not a place: "أوصت اللجنة بالتنسيق مع …".
_ADVERBIAL = frozenset(fold(w) for w in "بالتنسيق بالتعاون بالمشاركة بالاشتراك بالشراكة".split())


_REGION = fold("جهة")


def region_end(doc: Doc, place_start: int, place_end: int) -> int:
    """Maghreb regions are named by two or three towns in a row ("جهة فاس مكناس"، "جهة الدار
    البيضاء سطات"): after "جهة" + a place, further places belong to the name. Returns the end."""
    toks = doc.tokens
    if place_start == 0 or not toks[place_start - 1].text.endswith(_REGION):
        return place_end  # "جهة"، "بجهة"، "لجهة"
    k = place_end
    while k < len(toks):
        more = places().match(toks, k, clitics=False)
        if more is None:
            break
        k = more.end
    return k


def is_locative(doc: Doc, k: int) -> bool:
    """ب + a definite word, a place, a locality noun or an institution: "بمطروح"، "بالشركة"."""
    toks = doc.tokens
    if toks[k].text in _ADVERBIAL:
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
        "الصغرى الدائمة الحر المسلحة الحديث الحديثة العامل العاملة الشامل الشاملة"
    ).split()
)


def looks_like_adjective(word: str) -> bool:
    """A definite word that can qualify the noun before it: nisba adjectives
    (المحلية، الدولي، الاجتماعي، الاقتصاديين) and a few common others."""
    if word in _NOT_ADJECTIVES:
        return False
    return (
        word in _ADJECTIVES
        or word.endswith(("ي", "يه", "يين", "يات", "يون"))
        or word.startswith(("المت", "المست"))  # participles: المتجددة، المستدامة
    )


_NOT_ADJECTIVES = frozenset(fold(w) for w in "إلى الى التي الذي الذى اللتي اللذي الليالي".split())
