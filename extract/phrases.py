"""Where a noun phrase that names a post or an institution goes on or stops.

Arabic names of institutions are genitive chains (إدارة … المعلومات) closed by
a definite word or a proper name, then extended by adjectives (المحلية),
coordination (والرياضة) and prepositional phrases with ل or ب (للتخطيط،
بمطروح). Shared by the role and institution extractors.
"""

from __future__ import annotations

from extract.doc import Doc
from extract.lexicon import institution_heads, places

# Nouns of locality that may follow ب in a name ("بمنطقة قنا").
LOCALITIES = frozenset("منطقه مدينه مركز قريه حي محافظه جامعه كليه اداره اقليم".split())


def continues_closed_phrase(doc: Doc, k: int) -> bool:
    """After a definite word, only an adjective, a coordination, or a ل/ب phrase goes on."""
    toks = doc.tokens
    w = toks[k].text
    if w.startswith(("ال", "وال", "لل")):
        return True
    if w.startswith("و") and len(w) > 2:
        return True  # "الاتصالات وتكنولوجيا المعلومات"
    if w.startswith("ل") and len(w) > 2:
        return True  # "للتخطيط"، "لشؤون"
    if w.startswith("ب") and len(w) > 2:
        return is_locative(doc, k)
    return False


def is_locative(doc: Doc, k: int) -> bool:
    """ب + a definite word, a place, a locality noun or an institution: "بمطروح"، "بالشركة"."""
    toks = doc.tokens
    stem = toks[k].text[1:]
    return (
        stem.startswith("ال")
        or stem in LOCALITIES
        or places().match(toks, k) is not None
        or institution_heads().match(toks, k) is not None
    )
