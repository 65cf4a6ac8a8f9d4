"""Person mentions: honorifics followed by a name, or a bare given name.

Where a name starts and ends is decided from the structure around it, not
from lists of people: titles (اللواء، الدكتورة، معالي), role nouns, commas,
conjunctions, prepositions and verbs end a name; a lexicon of common given
names marks where an untitled name starts; the family-name patterns عبد ال…
and أبو … join two tokens. A name's full form, once seen with a clear
boundary, delimits its other mentions in the same article.
"""

from __future__ import annotations

from collections import Counter

from extract.doc import Doc, PersonMention
from extract.lexicon import first_names, honorifics, institution_heads, name_stops, places, role_at, roles
from extract.normalize import fold
from extract.phrases import (
    EPITHETS,
    LOCALITIES,
    NAMED_PLACES,
    genitive_dual_post,
    looks_like_adjective,
    possessed_post,
    preposition_ala,
    titled_place_name,
)

MAX_NAME_TOKENS = 6
# Tokens that bind to the next one: عبد الحميد، أبو النصر، بن سلمان.
_BINDERS = frozenset({"عبد", "ابو", "بن", "ابن", "بو", "ابي", "ام", "ال", "بنت"})  # "ال" is آل folded
# ال-words that are ordinary parts of compound given names.
_NAME_AL = frozenset({"الدين", "الله", "الاسلام", "الرحمن", "النبي"})
# Names of God and the Prophet that close compound given names of the Nile valley and the Gulf
# ("عوض الكريم"، "جاد الرب"، "حسب الرسول"): part of the name, never a family name in ال.
_NAME_AL |= frozenset({"الكريم", "الرب", "الرسول", "الرحيم", "الباري"})
# Honorifics that are also family names when they stand inside a name.
_ALSO_FAMILY = frozenset({"السيد", "الشيخ", "الامير", "الحاج", "النائب", "الرئيس", "القاضي"})


def find_persons(doc: Doc) -> None:
    """Add every person mention of the article to `doc.persons`."""
    toks = doc.tokens
    in_place = set()
    for k in places().candidates(toks):
        p = places().match(toks, k)
        if p is not None:
            in_place.update(range(k + 1, p.end))  # "كفر الشيخ": الشيخ is no title here
    bare_titles = set(honorifics().candidates(toks, clitics=False))
    titles = set(honorifics().candidates(toks)).union(i for i, t in enumerate(toks) if t.text in _ABBREVIATED)
    i = 0
    while i < len(toks):
        if i in in_place:
            i += 1
            continue
        title = honorifics().match(toks, i, clitics=False) if i in bare_titles else None
        if title is not None and (titled_place_name(doc, i) or _named_after_person(doc, i)):
            i = max(read_name(doc, title.end)[0], title.end)  # "مستشفى الملك فيصل"، "برنامج الشيخ زايد"
            continue
        person = (_titled_person(doc, i) if i in titles else None) or _untitled_person(doc, i)
        if person is None:
            i += 1
            continue
        doc.persons.append(person)
        i = person.end
    _extend_to_known_names(doc)


_ABBREVIATED = {"د": "د.", "م": "م.", "ا": "أ."}  # "د. حسن"، "م. سامي"، "أ.د. …"


def _abbreviated_titles(doc: Doc, i: int) -> tuple[int, list[str]]:
    """Titles written as a letter and a full stop; returns (next token, titles)."""
    toks = doc.tokens
    titles: list[str] = []
    while i + 1 < len(toks) and toks[i].text in _ABBREVIATED and toks[i + 1].text == ".":
        titles.append(_ABBREVIATED[toks[i].text])
        i += 2
    return i, titles


def _titled_person(doc: Doc, i: int) -> PersonMention | None:
    toks = doc.tokens
    after, abbreviated = _abbreviated_titles(doc, i)
    if abbreviated and after < len(toks):
        end, strong = read_name(doc, after)
        if end - after >= 1 and not (end - after == 1 and toks[after].text in _BINDERS):
            return PersonMention(i, after, end, abbreviated, doc.sentence_of[i], strong)
        return None
    h = honorifics().match(toks, i)
    if h is None or h.clitics not in ("", "و", "ف", "ل", "ب", "لل", "ولل", "بال", "وبال"):
        return None
    if not h.clitics and titled_place_name(doc, i):
        return None  # "مستشفى الملك فيصل": a place named after a person
    if _complements_a_role(doc, i, h):
        return None  # "متصرف لواء الرصيفة": لواء names the district here, not a rank
    r = roles().match(toks, i)
    if r is not None and r.end - r.start > h.end - h.start:
        return None  # "النائب الأول لرئيس ..." is a role, not a title
    first_title = doc.surface(i, h.end, skip=len(h.clitics))
    titles = ["ال" + first_title if h.clitics.endswith("لل") else first_title]  # "للدكتور" → الدكتور
    j = h.end
    if not h.clitics and _title_before_nasab(doc, i, h):
        end, strong = read_name(doc, i, skip_first_check=True)
        return PersonMention(i, i, end, [], doc.sentence_of[i], strong)  # "الشيخ ولد أحمد سالم"
    while j < len(toks):
        more = honorifics().match(toks, j, clitics=False)
        if more is None or _given_name_after_title(doc, j, more) or _title_before_nasab(doc, j, more):
            break
        titles.append(doc.surface(j, more.end))
        j = more.end
    j = _after_rank_marker(doc, j)
    if (
        j + 1 < len(toks)
        and fold(titles[-1]) not in _COURTESY
        and toks[j].text.startswith("ال")
        and toks[j].text.endswith("ي")
        and not toks[j + 1].is_punct
        and not _ends_name(doc, j + 1, first=True, skip_first_check=False)
    ):
        titles[-1] = f"{titles[-1]} {doc.surface(j, j + 1)}"  # "الرئيس الفرنسي جاك شيراك"
        j += 1
    given = (
        j < len(toks)
        and (t := honorifics().match(toks, j, clitics=False))
        and (_given_name_after_title(doc, j, t) or _title_before_nasab(doc, j, t))
    )
    as_given = bool(given) or _post_as_given_name(doc, j) or _time_word_as_name(doc, j)
    if j < len(toks) and toks[j].text.startswith(("لل", "بال")) and toks[j].text not in first_names():
        return None  # "المستشار القانوني للوزارة": a post and its body, no name after the title
    end, strong = read_name(doc, j, skip_first_check=as_given)  # "المهندس صباح جبار …": a name
    if end - j < 1:
        return None
    if end - j == 1 and toks[j].text in _BINDERS:
        return None
    return PersonMention(i, j, end, titles, doc.sentence_of[i], strong)


# Honorifics that are also given names (folded): "فضيلة الشيخ" (his eminence), "السيدة فضيلة".
_TITLES_AS_GIVEN_NAMES = frozenset({fold("فضيلة")})


def _given_name_after_title(doc: Doc, j: int, more) -> bool:
    """ "السيدة فضيلة مقدم": a one-word honorific that is also a given name, after a title and
    before a plain word, opens the name ("فضيلة الشيخ" stacks, the next word being a title)."""
    toks = doc.tokens
    if more.end != j + 1 or toks[j].text not in _TITLES_AS_GIVEN_NAMES or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return not (nxt.is_punct or nxt.text.startswith("ال") or honorifics().match(toks, j + 1) is not None)


_SON_OF_MAURITANIAN = "ولد"


def _title_before_nasab(doc: Doc, j: int, more) -> bool:
    """ "السيد الشيخ ولد أحمد سالم": a title that is also a given name (الشيخ، السيد), right
    before ولد ("son of", Mauritanian names), is the given name: ولد never opens a name."""
    toks = doc.tokens
    return (
        more.end == j + 1
        and toks[j].text in _ALSO_FAMILY
        and j + 2 < len(toks)
        and toks[j + 1].text == _SON_OF_MAURITANIAN
        and not toks[j + 2].is_punct
    )


# Given names spelt like a post (folded); "أمير" is kept out of first_names so that "أمير منطقة
# …" never opens a name.
_GIVEN_NAMES_AS_POSTS = frozenset({fold("أمير")})


def _post_as_given_name(doc: Doc, j: int) -> bool:
    """ "العميد أمير فتحي عوض"، "السيدة أمينة توريه": right after a title, a one-word post that is
    also a given name, followed by a plain word (no article, place, body or post), opens the name;
    "معالي وزير الصحة"، "سمو أمير منطقة الجوف" stay posts."""
    toks = doc.tokens
    if j + 1 >= len(toks) or doc.sentence_of[j + 1] != doc.sentence_of[j]:
        return False
    w = toks[j].text
    post = role_at(toks, j)
    if post is None or post.clitics or post.end != j + 1:
        return False
    if w not in first_names() and w not in _GIVEN_NAMES_AS_POSTS:
        return False
    nxt = toks[j + 1]
    return not (
        nxt.is_punct
        or nxt.is_number
        or nxt.text.startswith(("ال", "و"))
        or nxt.text in name_stops()
        or role_at(toks, j + 1) is not None
        or honorifics().match(toks, j + 1) is not None
        or institution_heads().match(toks, j + 1) is not None
        or places().match(toks, j + 1) is not None
        or nxt.text in _NAMED_PLACES
        or nxt.text in LOCALITIES
    )


# Markers written in brackets after a rank: "اللواء (م)" (retired), "العميد (متقاعد)".
_RANK_MARKERS = frozenset(fold(w) for w in ("م", "م.", "متقاعد", "ق"))
_RETIRED = frozenset(fold(w) for w in ("متقاعد", "المتقاعد", "طبيب"))  # "اللواء طبيب X": a medical officer


def _after_rank_marker(doc: Doc, j: int) -> int:
    """Skip a marker after the titles: "اللواء (م) X"، "الفريق بحري متقاعد X" (retired)."""
    toks = doc.tokens
    marker = j + 2 < len(toks) and toks[j + 1].text in _RANK_MARKERS
    if marker and toks[j].text == "(" and toks[j + 2].text == ")":
        return j + 3
    if j + 1 < len(toks) and toks[j].text in _RETIRED:
        return j + 1
    return j


def _untitled_person(doc: Doc, i: int) -> PersonMention | None:
    """A name with no title, started by a common given name: "وسحر فايز مدير عام ..."."""
    toks = doc.tokens
    word = toks[i].text
    skip = 0
    if word not in first_names() and word.startswith(("و", "ف")) and word[1:] in first_names():
        skip = 1
    elif word not in first_names() and _succeeded_name(doc, i):
        skip = 1  # "خلفا لسمير عبد اللطيف": the predecessor, with the preposition ل
    elif _abd_name(doc, i):
        skip = 1 if word != _ABD else 0
    elif word not in first_names() and not _set_off_patronymic(doc, i) and not _time_word_as_name(doc, i):
        return None  # most words: checked before the costlier tests below
    if preposition_ala(doc, i) or role_at(toks, i) is not None:
        return None  # "على"، or a role noun that is also a name ("أمير منطقة …")
    if possessed_post(doc, i) is not None:
        return None  # "وأمين سرها النائب …": a post with a pronoun, not the name أمين
    if word[skip:] in _ALSO_PREPOSITION and i + 1 < len(toks) and toks[i + 1].text.startswith("ال"):
        return None  # "خلف المبنى": the preposition, not the name خلف
    if word == _IN_THE_NAME and i > 0 and toks[i - 1].text in _SPOKESMAN:
        return None  # "المتحدث باسم الوزارة": "on behalf of", not the name باسم
    if i > 0 and (toks[i - 1].text in _NAMED_PLACES or _epithet_after_place(doc, i - 1)):
        return None  # a place named after a person: "مستشفى أحمد ماهر"، "مدرسة الشهيد أحمد حمدي"
    if i > 0 and _named_body_before(doc, i):
        return None  # a body named after a person: "بنك ناصر الاجتماعي"
    place = places().match(toks, i)
    if place is not None and place.end - place.start > 1:
        return None  # a town named after a person: "مركز ومدينة يوسف الصديق"
    if _verb_before_title(doc, i):
        return None  # "- أشرف السيد X Y على …": a verb at the clause's start, then a titled name
    end, strong = read_name(doc, i, skip_first_check=True)
    if end - i < (3 if toks[i].text[skip:] == _ABD else 2) or not strong:
        return None  # "عبد الماجد" alone is one given name
    return PersonMention(i, i, end, [], doc.sentence_of[i], strong, skip=skip)


_ABD = "عبد"
_SUCCEEDING = frozenset(fold(w) for w in ("خلفا", "خلفًا"))


def _succeeded_name(doc: Doc, i: int) -> bool:
    """ "خلفا لسمير عبد اللطيف": after "in succession to", ل + a given name opens the name of
    the one succeeded (a title there is read as "للمهندس")."""
    w = doc.tokens[i].text
    return i > 0 and w.startswith("ل") and w[1:] in first_names() and doc.tokens[i - 1].text in _SUCCEEDING


_TIME_NAMES = frozenset({fold("صباح")})  # given names that are also times of day


def _time_word_as_name(doc: Doc, i: int) -> bool:
    """ "صباح كاظم الموسوي": a time word starts a name when a given name follows it;
    "صباح يوم الخميس" is a time."""
    toks = doc.tokens
    return i + 1 < len(toks) and toks[i].text in _TIME_NAMES and toks[i + 1].text in first_names()


_SON_OF = frozenset({"بن", "بنت"})


def _set_off_patronymic(doc: Doc, i: int) -> bool:
    """ "…، رياض بن عمر، …": a word, then بن/بنت, between commas is a name even when the given
    name is not in the lexicon (a comma must close it: "بن عروس" towns are places)."""
    toks = doc.tokens
    if i == 0 or i + 2 >= len(toks) or toks[i + 1].text not in _SON_OF or toks[i - 1].text not in ("،", ","):
        return False
    w = toks[i].text
    if w.startswith("ال") or w in name_stops() or places().match(toks, i) is not None:
        return False
    k = i + 2
    while k < len(toks) and k - i < 5 and not toks[k].is_punct:
        k += 1
    return k < len(toks) and toks[k].text in ("،", ",")


def _epithet_after_place(doc: Doc, k: int) -> bool:
    """A definite epithet after a named-place noun: "مدرسة الشهيد"، "مسجد الإمام"."""
    toks = doc.tokens
    return k > 0 and toks[k].text in EPITHETS and toks[k - 1].text in _NAMED_PLACES


# Indefinite nouns of what is named after a ruler or patron (folded): "برنامج الشيخ زايد
# للإسكان"، "جائزة الأمير …"، "مبادرة الشيخ …" (not وقف, which is also "stood").
_NAMED_AFTER = frozenset(fold(w) for w in "برنامج مبادرة جائزة مسابقة منحة كرسي مؤسسة صندوق جمعية".split())


def _named_after_person(doc: Doc, i: int) -> bool:
    """A title right after a programme, award or foundation noun in construct names that thing
    ("ولاية الدكتور X" stays a term of office: only these nouns are named after patrons)."""
    if i == 0:
        return False
    prev = doc.tokens[i - 1].text
    stems = (prev, prev[1:]) if prev.startswith(("و", "ب", "ل")) else (prev,)
    return any(w in _NAMED_AFTER for w in stems)


def _named_body_before(doc: Doc, i: int) -> bool:
    """An indefinite institution head right before: "بنك ناصر"، "مؤسسة خليفة"."""
    toks = doc.tokens
    for back in (1, 2):
        if i - back < 0:
            break
        head = institution_heads().match(toks, i - back)
        if head is not None and head.end == i:
            return not toks[i - 1].text.startswith("ال")
    return False


def _abd_name(doc: Doc, i: int) -> bool:
    """A given name of the form عبد + ال… ("عبد الماجد إدريس"، "وعبد الرحمن"): the word
    عبد opens a name even where the lexicon lacks the compound."""
    toks = doc.tokens
    word = toks[i].text
    return (
        word in (_ABD, "و" + _ABD)
        and i + 1 < len(toks)
        and toks[i + 1].text.startswith("ال")
        and doc.sentence_of[i + 1] == doc.sentence_of[i]
    )


# Given names that are also prepositions or adverbs (folded): a name when a given or
# family name follows ("خلف بدران")، a preposition before a definite noun ("خلف المبنى").
_ALSO_PREPOSITION = frozenset({fold("خلف")})
# The given name باسم is also "on behalf of" after a spokesman's post (folded).
_IN_THE_NAME = fold("باسم")
_SPOKESMAN = frozenset(
    fold(w) for w in ("المتحدث", "المتحدثة", "الرسمي", "الرسمية", "الناطق", "الناطقة", "متحدث", "متحدثة")
)
# Nouns that name a place after a person (folded).
_NAMED_PLACES = NAMED_PLACES


def read_name(doc: Doc, j: int, skip_first_check: bool = False) -> tuple[int, bool]:
    """Where a name starting at token j ends; and whether it ended clearly.

    A clear end is punctuation, a conjunction before a new item, a title,
    a role noun, a preposition or a verb. An ending on an ال-word followed by
    an ordinary word is unclear ("... منصور المركز التكنولوجي").
    """
    toks = doc.tokens
    k = j
    free_al = 0
    strong = False
    binders = 0  # binders (بن، آل) do not count towards the length: "جاسم بن مبارك بن علي آل ثاني"
    while k < len(toks) and k - j - binders < MAX_NAME_TOKENS and doc.sentence_of[k] == doc.sentence_of[j]:
        binders += toks[k].text in _BINDERS and k > j
        prev = toks[k - 1].text if k > j else ""
        bound = k > j and prev in _BINDERS and not toks[k].is_punct  # "بن مساعد"، "آل منصور"
        if not bound and _ends_name(doc, k, first=(k == j), skip_first_check=skip_first_check):
            strong = True
            break
        if not bound and k - j - binders >= 3 and _prepositional_ba(doc, k):
            strong = True  # "منال فؤاد غنيم بجولة تفقدية"، "… سرحان بتسيير أعمال": a phrase follows
            break
        if not bound and k - j - binders == 2 and _charge_before_post(doc, k):
            strong = True  # "تكليف المهندسة دعاء المرسي بمهام رئيس حي …": the charge, then the post
            break
        w = toks[k].text
        if w.startswith("ال") and w != "ال" and prev not in _BINDERS and w not in _NAME_AL:
            if free_al == 1:
                if k - j <= 2 and (
                    k + 1 >= len(toks) or toks[k + 1].is_punct or toks[k + 1].text in name_stops()
                ):
                    k += 1  # "محمد الأمين البقالي،"، "… الطيب البشير اليوم": two ال family names, then an end
                    strong = True
                break
            free_al += 1
            if k - j >= 2:
                # a family name in ال after two names closes the name: "عماد سعيد الشناوي"
                k += 1
                if (
                    k + 1 < len(toks)
                    and toks[k].text.startswith("ال")
                    and toks[k + 1].is_punct
                    and toks[k].text not in name_stops()
                    and not _common_al_noun(toks[k].text)
                ):
                    k += 1  # a second family name closed by punctuation: "… الدعيج الصباح،" (not "اليوم،")
                elif _grandfather_named_after_title(doc, k) or _fused_family_name(doc, k):
                    k += 1  # "محمد عثمان الحاج أحمد،"، "عبد السلام الطاهر أبوشعالة،"
                strong = (
                    k >= len(toks)
                    or not toks[k].text.startswith("ال")  # "… الشناوي أهمية": a name, then prose
                    or _ends_name(doc, k, first=False, skip_first_check=False)
                )
                break
        k += 1
    else:
        strong = k >= len(toks) or _ends_name(doc, k, first=False, skip_first_check=False)
    # never end on a binder (عبد، أبو)
    while k > j and toks[k - 1].text in _BINDERS:
        k -= 1
        strong = False
    if (
        not strong
        and k - j > 2
        and toks[k - 1].text.startswith("ال")
        and toks[k - 2].text not in _BINDERS
        and not _nisba_before_noun(doc, k)
    ):
        k -= 1  # an unclear final ال-word is more likely a common noun
    return k, strong


# ب-words that open Maghrebi family names ("بوحميد"، "بنكيران"، "بلمختار"), not prepositions.
_BA_SURNAME_STARTS = ("بو", "بن", "بل")
# ب + the تفعيل/مفعل patterns ("بتسيير"، "بمهام"), which no family name takes.
_BA_NOUN_STARTS = ("بت", "بم")


# Honorifics that open a grandfather's name inside a Sudanese or Gulf name: "الحاج أحمد".
_NAME_TITLES = frozenset({"الحاج", "الشيخ", "السيد"})


def _grandfather_named_after_title(doc: Doc, k: int) -> bool:
    """ "محمد عثمان الحاج أحمد،": after a third name الحاج/الشيخ/السيد, a given name closed by a
    clear end is the grandfather's name ("الحاج أحمد"), not the start of the next phrase."""
    toks = doc.tokens
    if k >= len(toks) or toks[k - 1].text not in _NAME_TITLES or toks[k].text not in first_names():
        return False
    if toks[k].text in _TIME_NAMES or role_at(toks, k) is not None:
        return False  # "… السيد صباح اليوم": a time
    return k + 1 >= len(toks) or _ends_name(doc, k + 1, first=False, skip_first_check=False)


# Family names fused with أبو/بو/با ("أبوشعالة"، "بوعلام"، "بامطرف"); بو/با are also ب + a noun
# ("بوزارة"، "بافتتاح"), so those two count only right before punctuation.
_FUSED_ABU = "ابو"
_FUSED_BA = ("بو", "با")


def _fused_family_name(doc: Doc, k: int) -> bool:
    """ "عبد السلام الطاهر أبوشعالة،": a fused أبو/بو/با family name after a family name in ال
    goes on with the name; a comma or the sentence's end must close it."""
    toks = doc.tokens
    if k >= len(toks) or doc.sentence_of[k] != doc.sentence_of[k - 1]:
        return False
    w = toks[k].text
    closed = k + 1 >= len(toks) or toks[k + 1].is_punct
    if not closed or len(w) < 5 or w in name_stops() or places().match(toks, k) is not None:
        return False
    if w.startswith("بال"):
        return False  # "… النجار بالتحقيق.": ب + a definite noun
    return w.startswith(_FUSED_ABU) or w.startswith(_FUSED_BA) and institution_heads().match(toks, k) is None


def _prepositional_ba(doc: Doc, k: int) -> bool:
    """A ب-word after three name words that prose goes on from ("بجولة تفقدية"، "بمهام الأمين"):
    a preposition and its noun, not a fourth name. A family name in ب closes a name before
    punctuation, a title or a post ("… فاروق بدوي، رئيس")."""
    toks = doc.tokens
    w = toks[k].text
    if len(w) < 4 or not w.startswith("ب") or w.startswith(_BA_SURNAME_STARTS) or w in first_names():
        return False
    if k + 1 >= len(toks) or doc.sentence_of[k + 1] != doc.sentence_of[k]:
        return False
    nxt = toks[k + 1]
    if nxt.is_punct or nxt.is_number:
        return False
    if w.startswith(_BA_NOUN_STARTS):
        return True  # ب + a verbal noun or a noun of place: "بتسيير أعمال"، "بمهام الأمين العام"
    return role_at(toks, k + 1) is None and honorifics().match(toks, k + 1) is None


_CHARGE_OBJECTS = frozenset(fold(w) for w in ("أعمال", "مهام", "شؤون", "شئون"))


def _charge_before_post(doc: Doc, k: int) -> bool:
    """ "X Y بمهام رئيس …"، "X Y بتسيير أعمال …": after two name words, ب + a verbal noun or a
    noun of place (بت…، بم…), then a post or the works it charges with, is the charge of an
    appointment, never a third name."""
    toks = doc.tokens
    w = toks[k].text
    if len(w) < 4 or not w.startswith(_BA_NOUN_STARTS) or w in first_names():
        return False
    if k + 1 >= len(toks) or doc.sentence_of[k + 1] != doc.sentence_of[k]:
        return False
    return role_at(toks, k + 1) is not None or toks[k + 1].text in _CHARGE_OBJECTS


def _nisba_before_noun(doc: Doc, k: int) -> bool:
    """A family name in ال…ي closing a name, then a definite noun that is no adjective:
    "المهندس عمرو ممدوح البلتاجي المشروعات المتأخرة" (the object follows the name)."""
    toks = doc.tokens
    last = toks[k - 1].text
    return (
        len(last) >= 5
        and last.endswith("ي")
        and k < len(toks)
        and toks[k].text.startswith("ال")
        and not looks_like_adjective(toks[k].text)
    )


_COURTESY = frozenset(
    fold(w)
    for w in "السيد السيدة الأستاذ الأستاذة الحاج الحاجة الشيخ الدكتور الدكتورة المهندس المهندسة".split()
)
_IMAM = fold("إمام")


def _imam(doc: Doc, k: int) -> bool:
    """The name إمام, which folds like the preposition أمام: the original hamza tells."""
    t = doc.tokens[k]
    return t.text == _IMAM and doc.original_at(t.start) == "إ"


def _complements_a_role(doc: Doc, i: int, h) -> bool:
    """A title word with no article right after a role noun that needs a complement."""
    if h.clitics or h.end - h.start > 1 or doc.tokens[i].text.startswith("ال") or i == 0:
        return False
    for back in range(max(0, i - 3), i):
        r = roles().match(doc.tokens, back)
        if r is not None and r.end == i and not r.value.definite:
            return True
    return False


def _verb_before_title(doc: Doc, i: int) -> bool:
    """An untitled "name" that opens a clause and runs into a title followed by a name is a
    verb: "الدار البيضاء (ومع) - أشرف السيد عبد الإله بنعلي"."""
    toks = doc.tokens
    if i + 2 >= len(toks) or toks[i + 1].text not in _ALSO_FAMILY:
        return False
    opens = i == 0 or toks[i - 1].is_punct or doc.sentence_of[i - 1] != doc.sentence_of[i]
    return opens and not toks[i + 2].is_punct and toks[i + 2].text not in name_stops()


def _tail_is_prose(doc: Doc, start: int, end: int) -> bool:
    """Words after a known name that read as prose: "… أهمية الالتزام"."""
    for w in doc.folded_words(start, end):
        if w in first_names():
            continue
        if w.endswith("ه") or w.startswith("ال") or w in name_stops():
            return True
    return False


def _family_name_tail(doc: Doc, start: int, end: int) -> bool:
    """One ال-word closed by punctuation after a name seen shorter: "… بنت سعود المعلا،" is the
    family name the later, shorter mentions leave out (not a noun, an event or a time)."""
    toks = doc.tokens
    w = toks[start].text
    return (
        end - start == 1
        and w.startswith("ال")
        and (end >= len(toks) or toks[end].is_punct)
        and w not in name_stops()
        and not _common_al_noun(w)
        and role_at(toks, start) is None
    )


def _project_head(toks, k: int) -> bool:
    from extract.projects import project_heads

    m = project_heads().match(toks, k)
    return m is not None and m.value != "bare" and toks[k].text not in first_names()


def _role_word_as_family_name(doc: Doc, k: int) -> bool:
    """ "مدحت عبد المجيد الوكيل، وزير …": a definite role word closing a name
    before punctuation is the family name."""
    toks = doc.tokens
    return toks[k].text.startswith("ال") and (
        k + 1 >= len(toks) or toks[k + 1].is_punct or toks[k + 1].text in _THAT
    )  # "… كامل حسن الوزير إن": a clause of what was said follows the name


_THAT = frozenset({"ان", "بان"})  # folded إن/أن، بأن


def _family_name_here(doc: Doc, k: int, h) -> bool:
    """A one-word title inside a name is a family name ("أحمد السيد، …"، "… القاضي، نائبة")."""
    if h.end - h.start > 1:
        return False
    if doc.tokens[k].text in _ALSO_FAMILY:
        return True
    nxt = h.end
    if nxt < len(doc.tokens) and doc.tokens[nxt].text in name_stops() and k > 0:
        return True  # "… عبد الله الفاضل إلى أن": a title opens a name, never a function word
    return nxt >= len(doc.tokens) or doc.tokens[nxt].is_punct or _next_item(doc, nxt)


def _next_item(doc: Doc, k: int) -> bool:
    """ "خالد القاضي والدكتورة …"، "… القاضي ومحمد …": و + a title or a given name opens the
    next item of a list, so the word before it closed a name."""
    w = doc.tokens[k].text
    if not w.startswith("و") or len(w) < 3:
        return False
    return (
        w[1:] in first_names()
        or honorifics().match(doc.tokens, k) is not None
        and (honorifics().match(doc.tokens, k).clitics == "و")
    )


def _looks_like_verb(word: str) -> bool:
    """Imperfect verbs with an object pronoun (يمثله، تنفذها) never end a name."""
    return len(word) >= 4 and word[0] in "يت" and word.endswith(("ه", "ها", "هم"))


_PORTFOLIO_WORDS = frozenset(fold(w) for w in ("لشؤون", "لشئون", "لقطاع"))


def _ends_name(doc: Doc, k: int, first: bool, skip_first_check: bool) -> bool:
    toks = doc.tokens
    t = toks[k]
    if t.is_punct or t.is_number:
        return True
    w = t.text
    if first and skip_first_check:
        return False
    if w == "وعلي":
        return True  # "و" + a new name, or the preposition وعلى
    if w == "علي":
        return preposition_ala(doc, k)
    if w in name_stops() and not _imam(doc, k):
        return True
    if _looks_like_verb(w) and (first or k + 1 >= len(toks) or not toks[k + 1].is_punct):
        return True  # (but "السيدة أمينة توريه،": a surname like a verb, closed by punctuation)
    if w.startswith(("و", "ف")) and len(w) > 2 and not _foreign_fa_name(doc, k, first):
        rest = w[1:]
        if w not in first_names() and (
            rest in first_names() or rest.startswith("ال") or rest in name_stops()
        ):
            return True
    if genitive_dual_post(doc, k) is not None:
        return True  # "… وعادل حجاج رئيسي مركزي ومدينتي …"
    if role_at(toks, k) is not None and not (
        not first and (w in _ALSO_FAMILY or _role_word_as_family_name(doc, k))
    ):
        return True
    h = honorifics().match(toks, k)
    if h is not None and (h.clitics or first or not _family_name_here(doc, k, h)):
        return True
    if not first and w.startswith(("لل", "بال")) and w not in first_names():
        return True  # "… عبد المولى للحماية الاجتماعية": a phrase after the name
    if w in _PORTFOLIO_WORDS:
        return True  # "الدكتور X لشؤون التعليم والطلاب": the portfolio of a shared post
    if institution_heads().match(toks, k) is not None:
        return True
    if not first and _common_al_noun(w):
        return True  # "ترأس الدكتور X الجلسة"، "تفقد … X المخبز البلدي": the verb's object follows
    if not first and _verb_object_phrase(doc, k):
        return True  # "وضع … المهندس X Y حجر الأساس": the stone laid, not a family name
    if not first and _project_head(toks, k):
        return True  # "ماهر سرور مبنى حي عين شمس": a name does not run into a project
    p = places().match(toks, k)
    return p is not None and p.clitics in ("ب", "ل", "وب", "ول")


# Definite nouns of meetings, events and premises that follow a name as the verb's object
# or the sentence's next phrase; no family name is one of them (folded).
_EVENT_AND_PLACE_NOUNS = frozenset(
    fold(w)
    for w in (
        "الجلسة الاجتماع اللقاء الاحتفال الاحتفالية الحفل المؤتمر الملتقى المنتدى الندوة الورشة "
        "المعرض الفعاليات الفعالية الزيارة الجولة الحوار المبادرة الحملة المخبز المعمل المعامل "
        "المستشفى المدرسة الموقع المصنع المحطة الأعمال العمل الوفد المراسم"
    ).split()
)


# Two-word objects of the action verbs (folded): "وضع حجر الأساس"، "قص شريط افتتاح"، "أعطى
# إشارة البدء". A name never runs into them, though حجر and شريط are family names too.
_VERB_OBJECTS = frozenset(
    (fold(a), fold(b))
    for a, b in (
        ("حجر", "الأساس"),
        ("حجر", "أساس"),
        ("شريط", "افتتاح"),
        ("شريط", "الافتتاح"),
        ("إشارة", "البدء"),
        ("إشارة", "انطلاق"),
        ("إشارة", "انطلاقة"),
        ("شارة", "البدء"),
    )
)


def _verb_object_phrase(doc: Doc, k: int) -> bool:
    toks = doc.tokens
    return k + 1 < len(toks) and (toks[k].text, toks[k + 1].text) in _VERB_OBJECTS


def _common_al_noun(word: str) -> bool:
    """A definite common noun, never a family name: one of the event and premises nouns, or a
    verbal noun of the patterns افتعال، انفعال، استفعال ("الاجتماع"، "الانتهاء"، "الاستماع")."""
    if word in _EVENT_AND_PLACE_NOUNS:
        return True
    if not word.startswith("الا") or word in first_names():
        return False
    stem = word[2:]  # ا…
    return (len(stem) == 6 and stem[2] == "ت" and stem[4] == "ا" and stem[1] not in "ت") or (
        len(stem) == 7 and stem.startswith("است") and stem[5] == "ا"
    )


def _foreign_fa_name(doc: Doc, k: int, first: bool) -> bool:
    """ "السيد ماتيو فالنتيني،": a ف-word closing a name before punctuation is a foreign
    surname, not ف + a definite noun (which does not end a clause by itself)."""
    toks = doc.tokens
    w = toks[k].text
    return (
        not first
        and w.startswith("فال")
        and k + 1 < len(toks)
        and toks[k + 1].is_punct
        and w[1:] not in name_stops()
    )


def _cut_before_phrase(doc: Doc, p: PersonMention, seen: Counter) -> int | None:
    """ "وكيلة اللجنة سحر عبد السلام بإدراج قرى …" after "سحر عبد السلام زكي": the start of a
    name seen in full, then a ب/ل word where the full name goes on otherwise, ends the name."""
    from extract.officials import name_key

    toks = doc.tokens
    for n in range(p.end - 1, p.name_start + 1, -1):
        w = toks[n].text
        if not w.startswith(("ب", "ل")) or w in first_names() or w in _SON_OF:
            continue  # ("جاسم بن مبارك بن علي": بن binds the name on)
        prefix = name_key(doc.surface(p.name_start, n, skip=p.skip))
        if len(prefix.split()) < 2:
            return None
        for key in seen:
            if key.startswith(prefix + " ") and key.split()[len(prefix.split())] != w:
                return n
    return None


def _extend_to_known_names(doc: Doc) -> None:
    """Fit a mention to a full name seen elsewhere with a clear end.

    "عبد الرحيم" followed by more words is lengthened to "عبد الرحيم منصور";
    "سامح فؤاد بسرعة الانتهاء" is cut back to "سامح فؤاد". Names are compared
    by their identity key, so "أبوالفتوح" fits "أبو الفتوح".
    """
    from extract.officials import name_key

    keys = [name_key(doc.surface(p.name_start, p.end, skip=p.skip)) for p in doc.persons]
    seen = Counter(k for q, k in zip(doc.persons, keys, strict=True) if q.strong and len(k.split()) >= 2)
    for p, current in zip(doc.persons, keys, strict=True):

        def known(key: str, p=p, current=current) -> bool:
            """Seen with a clear end elsewhere — not just as this very mention's reading."""
            return seen.get(key, 0) - (1 if p.strong and key == current else 0) > 0

        if known(current):
            continue
        cut = _cut_before_phrase(doc, p, seen)
        if cut is not None:
            p.end, p.strong = cut, True
            continue
        for n in range(min(len(doc.tokens), p.name_start + MAX_NAME_TOKENS), p.name_start + 1, -1):
            if doc.sentence_of[n - 1] != p.sentence:
                continue
            if known(name_key(doc.surface(p.name_start, n, skip=p.skip))):
                fuller = not _tail_is_prose(doc, n, p.end) or _family_name_tail(doc, n, p.end)
                if n < p.end and p.strong and fuller:
                    break  # "سلوى ماهر فايد عزمي"، "مريم بنت سعود المعلا،": a fuller name, not prose
                if n < p.end and doc.tokens[n].text in _SON_OF:
                    break  # "جاسم بن مبارك بن علي": a patronymic goes on, whatever was seen shorter
                p.end = n
                p.strong = True
                break
