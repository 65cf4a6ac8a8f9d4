"""Project mentions: where a project's name starts and ends.

A project is named by a head noun and its complement: strong heads
(مشروع، برنامج، مبادرة) name one wherever they stand; weak heads (محطة،
مستشفى، تطوير) only as the object of an action or beside a cost or area; a
name in «…» after such a noun is a project too. Work wrappers before a name
(أعمال، سير العمل ب، الموقف التنفيذي ل) are not part of it. A bare definite
head ("المحطة"، "للبرنامج") refers to the latest project with that head.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from extract.doc import Doc
from extract.gazetteer import load_lines
from extract.lexicon import PhraseTable, first_names, honorifics, places, roles
from extract.normalize import fold
from extract.tokens import clitic_readings, restores_article

MAX_NAME = 14
# Words that end a project's name (folded; clitic و/ف removed before lookup).
_ENDERS = frozenset(
    fold(w)
    for w in (
        "الذي الذى التي اللذين اللتين الذين بتكلفة تكلفة بتكلفه بكلفة كلفة بقيمة بمبلغ "
        # a cost with its pronoun after a name: "محطة X وتكلفتها 32 مليون جنيه"
        "تكلفته تكلفتها تكلفتهما كلفته كلفتها "
        "بإجمالي بإجمالى باستثمارات باعتمادات بغلاف "
        "بطول بعرض بقطر بطاقة بسعة على مساحة مساحتها بمساحة خلال بعد قبل عقب ضمن إطار وذلك بحضور بمشاركة "
        "اليوم أمس صباح مساء حيث بينما فيما كما لتلبية بهدف بنسبة نسبة المقام المقامة المقرر "
        "شاملة الجاري الجارية وصلت بلغت تبلغ يبلغ بلغ ويضم يضم يخدم تخدم ستخدم تغطي يتضمن بين منها "
        "والتي والذي وقد وقام وقاما وتم ومن وفي وعلى في فى عن مع إلى الى حتى منذ أن إن كان كانت قد هذا "
        "هذه ذلك تلك لدى حول عبر أمام رسميا رسميًا مزودة مزود مجهزة مجهز مقامة جرى تم لتخفيف للاطمئنان "
        "للتأكد للوقوف للاطلاع لتطوير لإنشاء لتدريب لتوفير لدعم لرفع لتحسين لتمويل لإقامة لتنفيذ لتأهيل "
        "نحو حوالي حوالى قرابة بأحدث بأفضل بأعلى وفق طبقا مطلع أواخر أوائل منتصف "
        # a time adverb after the object: "افتتح … مجسر تقاطع X الأسبوع الماضي"
        "الأسبوع "
        # what a work belongs to, or is funded by, follows its name: "… التابعة لمركز X"،
        # "… البالغة تكلفتها"، "… بمنحة قيمتها"
        "التابعة التابع البالغة البالغ بمنحة بقرض بتمويل برفقة بصحبة رفقة إجمالية إجمالي "
        # past verbs after a name say what it did: "المبادرة بالمحافظة شملت 620 مشروعا"
        "شملت شمل ضمت تخطت تجاوزت لتصبح ليصبح "
        # "دشن ملحقة إدارية بحي X أنجزت بتكلفة …": the Maghreb past of finishing a work
        "أنجزت أنجز "
        # a state or attachment after a name describes it: "… متوقف منذ عامين"، "… الملحق بالكلية"
        "متوقف متوقفة متعثر متعثرة الملحق الملحقة المجهز المجهزة "
        # what a building consists of and its size follow its name: "المبنى المكون من 3 طوابق"،
        # "مستشفى X سعة 400 سرير"
        "المكون المكونة سعة "
        # a landmark beside a work is where it stands: "… بجوار المستشفى الجامعي"
        "بجوار بجانب جوار بالقرب قرب "
        # a second aim of a visit after و: "لتفقد المشروع والوقوف على استعدادات التشغيل"
        "الوقوف الاطلاع الاطمئنان التأكد الاستماع "
        # a preposition with a pronoun places a work in a thing named before: "أعمال الصيانة بها"
        "به بها بهما فيه فيها فيهما"
    ).split()
)
# Words that start no project: quantities and pronouns ("عددا من الإدارات").
_NOT_OBJECTS = frozenset(fold(w) for w in "عدا عددا عدد بعض جميع كافة كل أهمية ضرورة".split())
# Nouns of events, parts and places that open an object but name no work done:
# "تابع استعدادات العودة المدرسية"، "تفقد أقسام المستشفى"، "مناطق تجمع المياه".
_NOT_OBJECTS |= frozenset(
    fold(w)
    for w in (
        "استعدادات الاستعدادات تحضيرات التحضيرات أقسام الأقسام مناطق المناطق امتحانات الامتحانات "
        "انتظام حالة أوضاع الأوضاع احتياجات شكاوى طلبات "
        # meetings are opened and followed, they are no work: "افتتح اجتماع اللجنة"
        "اجتماع اجتماعا الاجتماع جلسة الجلسة"
    ).split()
)
# Phrases with a project head that name no project.
_GENERIC = frozenset(
    fold(w)
    for w in (
        "برنامج زمني",
        "برنامج عمل",
        "خطة عمل",
        "مشروع قانون",
        "مشروع قرار",
        # a draft decree or bylaw: "اطلع المجلس على مشروع مرسوم بتعيين …"
        "مشروع مرسوم",
        "مشروع المرسوم",
        "مشروع لائحة",
        "مشروع اللائحة",
        "مشروع الموازنة",
        "مشروع القانون",
        "مشروعات أخرى",
        "مشروعات جديدة",
        "مشروعات عديدة",
        "برامج أخرى",
        "مشروعات مماثلة",
        "مشاريع أخرى",
        "مشاريع مماثلة",
        "خطة العام",
        "خطة عام",
        "خطة استثمارية",
        "الخطة الاستثمارية",
        "خطة الوزارة",
        "خطة المحافظة",
        "خطة الدولة",
        "خطة الحكومة",
        "خطة الهيئة",
        "خطة الجامعة",
        "خطة المديرية",
        "برنامج أوسع",
        "برنامج أشمل",
        "مشروع أكبر",
        # work sites in general: "ومن المقرر أن يتفقد الوزير مواقع العمل بمدينة X"
        "مواقع العمل",
        "مواقع الأعمال",
    )
)
_ALIAS = frozenset({"المعروف", "المعروفه", "المسمي", "المسماه", "باسم"})
_QUOTE_OPEN, _QUOTE_CLOSE = "«", "»"
# Quote marks around a name, by opening mark: «…»، “…”، "…" (a straight quote closes itself).
_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}
_QUOTE_REACH = 10  # tokens from an opening quote to its closing one


@dataclass(slots=True)
class ProjectMention:
    start: int  # first token of the name (after wrappers)
    end: int
    key: str
    name: str
    head: str  # folded head noun without ال ("محطه")
    skip: int = 0  # clitic characters to drop from the first token


@cache
def project_heads() -> PhraseTable:
    entries: dict[tuple[str, ...], object] = {}
    for line in load_lines("project_heads"):
        head, _, strength = line.partition("\t")
        key = tuple(fold(head).split())
        entries[key] = strength.strip()
        if not key[0].startswith("ال"):
            entries.setdefault(("ال" + key[0], *key[1:]), "bare")
    return PhraseTable(entries)


@cache
def wrappers() -> PhraseTable:
    return PhraseTable({tuple(fold(w).split()): True for w in load_lines("project_wrappers")})


def find_projects(doc: Doc) -> None:
    """Projects named by strong heads and by «quoted» names anywhere in the text."""
    toks = doc.tokens
    starts = set(project_heads().candidates(toks))
    i = 0
    while i < len(toks):
        head = project_heads().match(toks, i) if i in starts else None
        if (
            head is not None
            and head.value == "strong"
            and head.clitics in ("", "و", "ب", "ل", "ك", "وب", "ول", "لل")
            and not not_a_work_named(doc, i)
            and not counted_head(doc, i)
        ) or (head is not None and _named_in_quotes(doc, head)):
            m = read_project(doc, i)
            if m is not None:
                add_project_mention(doc, m)
                i = m.end
                continue
        i += 1
    for k in _highlight_starts(doc):
        m = read_project(doc, k, require_head=True)
        if m is not None:
            add_project_mention(doc, m)


# Words that pick out the foremost of the works counted before them: "تتضمن 147 مشروعا،
# أبرزها إنشاء مستشفى X"، "عدد من المشروعات، في مقدمتها محور Y"، "من بينها …".
_HIGHLIGHTS = frozenset(fold(w) for w in "أبرزها أهمها مقدمتها بينها".split())
_COUNTED_WORKS = frozenset(fold(w) for w in "مشروعا مشروع مشروعات مشاريع المشروعات المشاريع".split())
_HIGHLIGHT_REACH = 8  # tokens back from the highlight word to the works it picks from


def _highlight_starts(doc: Doc) -> list[int]:
    """Tokens right after a highlight word whose sentence counted works just before it:
    what follows is one of those works, a project whatever its head."""
    toks = doc.tokens
    out = []
    for k in [k for k, t in enumerate(toks[1:-1], 1) if t.text in _HIGHLIGHTS]:
        if toks[k + 1].is_break:
            continue
        lo = max(0, k - _HIGHLIGHT_REACH)
        if any(
            toks[j].text.removeprefix("ل") in _COUNTED_WORKS and doc.sentence_of[j] == doc.sentence_of[k]
            for j in range(lo, k)
        ):
            out.append(k + 1)
    return out


# Words that scale a count: "18 ألف وحدة سكنية"، "45 ألف مشروع صغير".
SCALES = frozenset(fold(w) for w in "ألف آلاف ألفا مليون ملايين".split())


def counted_head(doc: Doc, i: int) -> bool:
    """A head after a number, a count word or a scale ("تمويل 45 ألف مشروع صغير"، "120 مشروع")
    counts works or units of a kind; it names none."""
    if i == 0:
        return False
    before = doc.tokens[i - 1]
    return before.is_number or before.text in SCALES or before.text in count_words()


# Campaigns run under a slogan-like «name»; a quoted name after a building, a centre or a
# platform may be a body's or a service's ("مركز «…» للدراسات"), after a contest an event's.
_LAUNCHED = frozenset(fold(w) for w in "حملة".split())
_QUOTED_CLITICS = ("", "و", "ب", "ل", "وب", "ال", "وال", "بال")
_QUOTE_AFTER_HEAD = 2  # adjectives between a head and its «name»: "الحملة الإرشادية «…»"


def _named_in_quotes(doc: Doc, head) -> bool:
    """A campaign with a «quoted name» is a work wherever it stands, as after a strong head:
    "ستطلق الأسبوع المقبل حملة «…»"، "شهد انطلاق الحملة الإرشادية «…»"."""
    if head_stem(doc, head).removeprefix("ال") not in _LAUNCHED or head.clitics not in _QUOTED_CLITICS:
        return False
    toks = doc.tokens
    definite = "ال" in head.clitics or toks[head.start].text.startswith("ال")
    for j in range(head.end, min(len(toks), head.end + _QUOTE_AFTER_HEAD + 1)):
        if toks[j].text == _QUOTE_OPEN:
            return _closing_quote(doc, j) is not None
        if toks[j].is_break or toks[j].is_punct or toks[j].text.startswith("ال") != definite:
            return False  # only adjectives agreeing with the head stand between it and the name
    return False


# Verbs that list the parts of a work ("والذي يضم …"): what follows them are parts, no work
# of its own (extract.measures gives them no cost, extract.actions no act).
COMPRISING = frozenset(
    fold(w)
    for w in (
        "يضم ويضم تضم وتضم يتضمن ويتضمن تتضمن وتتضمن يشمل ويشمل تشمل وتشمل يحتوي ويحتوي تحتوي وتحتوي "
        "يتكون ويتكون تتكون وتتكون "
        # past forms: "مركز الشباب بعد تطويره، والذي شمل إنشاء مبنى … وملعب …"
        "شمل وشمل شملت وشملت ضم وضم ضمت وضمت "
        # Moroccan "concerns": "…، الذي رصد له غلاف مالي …، ويهم ترميم الأسوار وتبليط الأزقة"
        "ويهم وتهم"
    ).split()
)
# Words before a programme that frames a work or a post: "ضمن برنامج X"، "في إطار مبادرة X".
_FRAMING = frozenset(fold(w) for w in "ضمن وضمن إطار مستهدفات".split())
# Verbs whose subject after them carries out a work: "الذي ينفذه برنامج X" names an executor.
_EXECUTING = frozenset(
    fold(w)
    for w in "ينفذه ينفذها تنفذه تنفذها نفذه نفذها نفذته نفذتها يموله تموله يمولها تمولها يديره تديره".split()
)


_PHASE = "المرحل"  # "المرحلة"، "المرحلتين"


def before_phase(doc: Doc, i: int) -> int:
    """The token before a phase that precedes the head at i ("ضمن المرحلة الأولى من المبادرة
    …" → "ضمن"), or i - 1 when there is none: a phase of a programme frames as it does."""
    toks = doc.tokens
    if i < 3 or toks[i - 1].text != "من":
        return i - 1
    for p in (i - 2, i - 3):
        if toks[p].text.startswith(_PHASE) and all(not toks[q].is_punct for q in range(p, i)):
            return p - 1
    return i - 1


def not_a_work_named(doc: Doc, i: int) -> bool:
    """A strong head that frames a work ("ضمن برنامج …"، "ضمن المرحلة الأولى من المبادرة …"),
    carries it out ("الذي ينفذه برنامج …") or stands in a post's name ("مدير مشروع …")."""
    toks = doc.tokens
    if i > 0 and (toks[before_phase(doc, i)].text in _FRAMING or toks[i - 1].text in _EXECUTING):
        return True
    if _a_loan_received(doc, i):
        return True  # "حصلت على قرض لمشروع تربية الماشية": a person's own venture, no public work
    # "مدير مشروع …" names a post; "تفقد الوزير مشروع …" does not: a definite role takes no complement
    posts = (r for r in doc.roles if r.noun_end == i and not r.definite)
    return any(not _definite_construct(doc, r) for r in posts) or in_a_post(doc, i)


# A person receives a loan or grant for a venture of his own: "حصلت على قرض لمشروع تربية الماشية".
_RECEIVING = frozenset(
    fold(w) for w in "حصل حصلت حصلوا حصلن يحصل تحصل يحصلون تسلم تسلمت تسلموا استفاد استفادت".split()
)
_LOANS = frozenset(fold(w) for w in "قرض قرضا قروض قروضا منحة سلفة تمويل تمويلا".split())
_LOAN_REACH = 8  # tokens from the loan back to the verb of receiving ("حصلت السيدة X على قرض")
_ON = frozenset(fold(w) for w in "على علي".split())


def _a_loan_received(doc: Doc, i: int) -> bool:
    """ "ل + مشروع" after a loan that a verb of receiving governs ("حصل على قرض ميسر لمشروع …"):
    the venture of a beneficiary, which a state agreement never words so."""
    toks = doc.tokens
    if not toks[i].text.startswith("ل"):
        return False
    loan = next((j for j in range(i - 1, max(-1, i - 3), -1) if toks[j].text in _LOANS), None)
    if loan is None or toks[loan - 1].text not in _ON:
        return False
    verb = next(
        (
            j
            for j in range(loan - 2, max(-1, loan - 2 - _LOAN_REACH), -1)
            if toks[j].text.removeprefix("و") in _RECEIVING and doc.sentence_of[j] == doc.sentence_of[i]
        ),
        None,
    )
    return verb is not None and _people_receive(doc, verb + 1, loan - 1)


def _people_receive(doc: Doc, lo: int, hi: int) -> bool:
    """The subject between a verb of receiving and على is a person or people: none written
    ("التي حصلت على"), a person ("حصلت السيدة X على") or a count ("حصل 40 شابا على"); a
    body ("حصلت الحكومة على قرض لمشروع …") borrows for a public work."""
    toks = doc.tokens
    if lo >= hi:
        return True
    first = toks[lo].text
    return _a_person_at(doc, lo) or toks[lo].is_number or first in _COUNTING or first in count_words()


def _definite_construct(doc: Doc, r) -> bool:
    """A role noun that ends in a definite word ("رئيس الوزراء"، "ولي العهد") is definite by
    annexation, and a definite construct takes no further complement: "تفقد رئيس الوزراء مشروع
    …" names a work, "مدير مشروع …" a post."""
    return r.noun_end - r.start > 1 and doc.tokens[r.noun_end - 1].text.startswith("ال")


_PRONOUNS = ("هما", "ها", "ه")
# Endings of a feminine or plural noun with a possessive pronoun: "اعتماداته"، "تكلفتها" (read in
# the original text, where ة is not ه: "مؤقتة" ends in no pronoun).
_POSSESSED = ("ته", "تها", "تهما")


def _work_of_a_pronoun(word: str) -> bool:
    """A work noun with a possessive pronoun ("إحلالها"، "وتطويره"): it refers back."""
    bare = word[1:] if word[:1] in "وبل" and len(word) > 4 else word
    return any(
        bare.endswith(p) and project_heads().entries.get((bare[: -len(p)],)) == "work" for p in _PRONOUNS
    )


def _possessed(doc: Doc, k: int) -> bool:
    """Token k is a plural noun or a head noun with a possessive pronoun ("قاعاتها"، "مكوناته"،
    "مبناه"): it names a part or the whole of something named before, never a new work. Read in
    the original text, where the pronoun ه is no ة ("قاعة" has none)."""
    word = doc.surface(k, k + 1)
    word = word[1:] if word[:1] in "وبل" and len(word) > 4 else word
    for pronoun in ("هما", "ها", "ه"):
        if not word.endswith(pronoun) or len(word) - len(pronoun) < 3:
            continue
        stem = word[: -len(pronoun)]
        if stem.endswith("ات") and len(stem) > 4:
            return True  # a feminine plural: "قاعاتها"، "منشآته"
        if stem.endswith("ا"):
            stem = stem[:-1] + "ى"  # "مبناه" → مبنى
        elif stem.endswith("ت"):
            stem = stem[:-1] + "ة"  # "محطتها" → محطة
        if (fold(stem),) in project_heads().entries:
            return True  # "مبناه" (مبنى)، "محطتها" (محطة)
    return False


def _work_at(doc: Doc, k: int) -> bool:
    """A work head of one word at k: "ترميم"، "تطوير"."""
    head = project_heads().match(doc.tokens, k)
    return head is not None and head.end == k + 1 and _is_work(doc, head)


def _strong_at(doc: Doc, k: int) -> bool:
    """A strong head with nothing else at k: "مشروع"، "برنامج"."""
    head = project_heads().match(doc.tokens, k)
    return head is not None and head.value == "strong" and head.end == k + 1


_GROUP_SUBJECTS = frozenset(fold(w) for w in "الوفد".split())  # a visiting party as the subject


# Those who go with the subject, named after it: "تفقد المحافظ ومرافقوه مستشفى X".
_COMPANIONS = frozenset(
    fold(w) for w in "ومرافقوه ومرافقوها ومرافقوهما ومرافقوهم ومرافقيه ومرافقيها ومرافقيهما ومرافقيهم".split()
)
_ESCORT = (fold("والوفد"), fold("المرافق"))
_TO_HIM = frozenset(fold(w) for w in "له لها لهما لهم".split())


def _past_companions(doc: Doc, k: int) -> int:
    """The token after a companion phrase at k ("ومرافقوه،"، "والوفد المرافق له"), else k."""
    toks = doc.tokens
    if k < len(toks) and toks[k].text in _COMPANIONS:
        k += 1
    elif k + 1 < len(toks) and (toks[k].text, toks[k + 1].text) == _ESCORT:
        k += 2
        k += 1 if k < len(toks) and toks[k].text in _TO_HIM else 0
    else:
        return k
    return k + 1 if k < len(toks) and toks[k].text in ("،", ",") else k


def _bare_subject_end(doc: Doc, k: int) -> int:
    """The token after the bare definite posts that open at k ("الوزير"، "الوزير والمحافظ"):
    a subject named by its post, never part of a work's name; so is a delegation ("دشن الوفد
    مركز تصفية الدم")."""
    while True:
        if k < len(doc.tokens) and doc.tokens[k].text in _GROUP_SUBJECTS:
            k += 1
            continue
        past = _past_companions(doc, k)
        if past > k:
            k = past
            continue
        nxt = next((r.end for r in doc.roles if r.start == k and r.noun_end == r.end and r.definite), k)
        if nxt == k:
            return k
        k = nxt


def _after_bare_subject(doc: Doc, k: int) -> bool:
    """A subject named by its bare post ("المحافظ") ends right before token k."""
    return any(r.end == k and r.noun_end == r.end and r.definite for r in doc.roles)


_POST_COMPLEMENT = 3  # words of a post's complement before the work after it


def _joined_post_end(doc: Doc, k: int) -> int:
    """After a subject named by its post, a second post joined by و ("المحافظ ورئيس إيجاس")
    is a second subject; the work starts at the first head after its complement ("… محطة
    تخفيض الضغط"). Returns k when no such post opens there."""
    toks = doc.tokens
    if k >= len(toks) or not toks[k].text.startswith("و"):
        return k
    post = next((r for r in doc.roles if r.start == k and not r.definite and r.noun_end < r.end), None)
    if post is None:
        return k
    # the post's complement as read, or its first words when read on into the work
    for j in range(post.noun_end + 1, min(len(toks), post.end + 1, post.noun_end + _POST_COMPLEMENT + 1)):
        if toks[j].is_break:
            return k
        head = project_heads().match(toks, j)
        if head is not None and not head.clitics and head.value != "bare":
            return j
    return k


def _a_person_at(doc: Doc, k: int) -> bool:
    """Token k opens a person (an honorific, or a name read as one): no work starts there."""
    if honorifics().match(doc.tokens, k) is not None:
        return True
    return any(p.start == k for p in doc.persons)


_LINKING = frozenset(fold(w) for w in "الرابط الرابطة الواصل الواصلة".split())


def _linked_places(doc: Doc, k: int, start: int) -> bool:
    """ "الطريق المزدوج الرابط بين X وY": the places a road links name it, unless it has a
    number of its own ("الطريق الولائي رقم 12 الرابط بين …" is known by its number)."""
    toks = doc.tokens
    if toks[k].text != "بين" or toks[k - 1].text not in _LINKING:
        return False
    return not any(toks[j].text == _NUMBER_WORD for j in range(start, k))


# Duals of the parties to a deal: "بين الجانبين" says who agreed, not what a work links.
_PARTIES = frozenset(fold(w) for w in "الجانبين الطرفين البلدين الوزارتين".split())


def _between_a_pair(doc: Doc, k: int) -> bool:
    """ "محطة التبادل بين الخطين الثالث والسابع": بين + a definite dual names the two things a
    work joins, part of its name."""
    toks = doc.tokens
    if toks[k].text != "بين" or k + 1 >= len(toks):
        return False
    pair = toks[k + 1].text
    return pair.startswith("ال") and pair.endswith("ين") and len(pair) > 5 and pair not in _PARTIES


def _numbered_between(doc: Doc, k: int, start: int) -> bool:
    """ "توسعة الطريق الجهوية رقم 99 بين X وY": بين right after a way's number names the places
    the way runs between, part of its name (after "الرابط" the number alone names it)."""
    toks = doc.tokens
    return (
        toks[k].text == "بين"
        and k - 2 > start
        and toks[k - 1].is_number
        and toks[k - 2].text == _NUMBER_WORD
        and k + 1 < len(toks)
        and not toks[k + 1].is_break
    )


_SEATS = frozenset(fold(w) for w in "مقر".split())  # a building named by its occupant
# Work nouns that as often name an aim ("حماية المدن من السيول"): a work only after a word
# for works ("أعمال حماية الشواطئ"، "مشروع حماية جسور النيل").
_AIMS_OR_WORKS = frozenset(fold(w) for w in "حماية".split())
_WORK_WORDS = frozenset(fold(w) for w in "أعمال الأعمال أشغال الأشغال مشروع المشروع مشروعات مشاريع".split())


def _after_a_work_word(doc: Doc, k: int) -> bool:
    """Token k follows a word for works, its clitic ل/ب/و aside: "أعمال"، "لمشروع"."""
    if k == 0:
        return False
    w = doc.tokens[k - 1].text
    return w in _WORK_WORDS or (w[:1] in "لبو" and w[1:] in _WORK_WORDS)


_DEPARTMENTS = frozenset(fold(w) for w in "قسم".split())  # a part of a hospital or a body
_NETWORKS = frozenset(fold(w) for w in "شبكات".split())
_ONE_PLACE = frozenset(fold(w) for w in "قرية مدينة حي منطقة عزبة".split())


def _in_one_place(doc: Doc, k: int, end: int) -> bool:
    """The name [k, end) ends in one village, town or district ("… بقرية X"، "… بمدينة Y")."""
    toks = doc.tokens
    return any(toks[j].text[:1] == "ب" and toks[j].text[1:] in _ONE_PLACE for j in range(k + 1, end - 1))


_PLACE_PREPOSITIONS = frozenset(fold(w) for w in "من في داخل أمام".split())


def _centre_named(doc: Doc, k: int) -> bool:
    """ "مركز نجران للفعاليات والمعارض": a place followed by what the centre is for (ل + a
    definite noun) names a centre, not the district "مركز نجران"."""
    toks = doc.tokens
    return k < len(toks) and toks[k].text.startswith("لل") and len(toks[k].text) > 4


def _a_place_phrase(doc: Doc, k: int, clitics: str) -> bool:
    """The word at k follows a preposition of place, as its clitic or the word before."""
    return "ب" in clitics or (k > 0 and doc.tokens[k - 1].text in _PLACE_PREPOSITIONS)


def in_a_post(doc: Doc, i: int) -> bool:
    """Token i is in the complement of a post: "وزير الزراعة واستصلاح الأراضي" names a
    ministry's portfolio, not land reclamation."""
    return any(r.noun_end <= i < r.end for r in doc.roles)


def opens_a_post(doc: Doc, i: int) -> bool:
    """Token i opens a post with a complement: a second post joined to the first ("…، نائب
    الوزير ورئيس هيئة المجتمعات …") is the official's, never a work. Only the opening word
    counts, since a post read too far may run into its holder's work ("افتتح … ورئيس الوفد
    وحدة الطاقة …"); a bare subject ("اعتمد الوزير قرار …") is stepped over by the callers."""
    return any(r.start == i and r.noun_end < r.end for r in doc.roles)


def read_project(doc: Doc, k: int, require_head: bool = False) -> ProjectMention | None:
    """The project named from token k, wrappers skipped; None when there is none.

    With `require_head`, the name must start with a project head noun.
    """
    toks = doc.tokens
    opened = k
    k, skip = skip_wrappers(doc, k)
    if opens_a_post(doc, k):
        joined = _joined_post_end(doc, k) if _after_bare_subject(doc, k) else k
        if joined == k:
            return None
        k, skip = joined, 0  # "تفقد المحافظ | ورئيس إيجاس محطة …": the second subject is stepped over
    if k > opened and _counted_kinds(doc, opened, k):
        return None  # "عددا من المخابز البلدية بقريتي …": things counted, none named
    if k < len(toks) and toks[k].text in _SUM_WORDS:
        k += 1  # "اعتمد مبلغ 18 مليونا لاستكمال …"
    past = _skip_amount(doc, k)  # "اعتمد خمسة ملايين جنيه لرفع كفاءة …"
    if past != k:
        k, skip = skip_wrappers(doc, past)  # "مليوني جنيه لاستكمال أعمال الوحدة الصحية …"
    if k < len(toks) and any(
        s.start <= k < s.end and doc.institutions[s.key].kind in _ADMINISTRATIVE
        for s in doc.institution_spans
    ):
        return None  # "بجولة تفقدية بمركز ومدينة …": an administrative area, not a project
    if k > opened and k < len(toks) and toks[k].is_number:
        return _counted_units(doc, k)  # "إطلاق أشغال إنجاز 2000 وحدة سكنية …"
    if k >= len(toks) or toks[k].is_break or toks[k].is_number:
        return None
    subject = _bare_subject_end(doc, k)
    if subject > k:
        subject = _joined_post_end(doc, subject)  # "تفقد المحافظ ورئيس الشركة محطة …"
        k, skip = skip_wrappers(doc, subject)  # "تفقد الوزير مشروع …": the subject is no part of it
    if _work_of_a_pronoun(toks[k].text) or (
        k + 1 < len(toks) and _strong_at(doc, k) and _work_of_a_pronoun(toks[k + 1].text)
    ):
        return None  # "تفقدا أعمال إحلالها"، "بعد الانتهاء من مشروع ترميمها": work on a thing named before
    if _possessed(doc, k) or (k + 1 < len(toks) and _work_at(doc, k) and _possessed(doc, k + 1)):
        return None  # "وتفقدا قاعاتها التدريبية"، "بعد ترميم مبناه التاريخي": a thing named before
    if _a_person_at(doc, k):
        return None  # "افتتحت …، والمهندسة X، محافظة …": a person the post reader missed
    if toks[k].text[skip:].removeprefix("ال") in _AGREEMENTS:
        return _financed_work(doc, k)  # "وافق على اتفاقية القرض … لتمويل مشروع X": X is the work
    first = toks[k].text[skip:]
    if _unnamed_phase(doc, k, first):
        return None  # "سير الأعمال في المرحلة الأولى التي تبلغ كلفتها …": a phase of the work just named
    if first in _GENERIC_PLURALS and k + 1 < len(toks) and toks[k + 1].text.startswith("ال"):
        return None  # "المشروعات الخدمية": works in general, not a project
    if first.startswith("ب") and project_heads().match(toks, k) is None and _purpose_object(doc, k) is None:
        return None  # "بمقر الوزارة": a place phrase, not an object
    if first in _ENDERS or first in _NOT_OBJECTS or (_looks_like_verb(first) and not _noun_ending(doc, k)):
        return None
    head = project_heads().match(toks, k)
    if head is None and _count_word(first) and project_heads().match(toks, k + 1) is not None:
        return None  # "دشن ثلاثة مشروعات بلدية"، "حجر الأساس لثلاثة مشروعات": a count of works
    if head is not None and head.value == "strong" and _kind_of_work(doc, head.end):
        return None  # "مشروع صغير للخياطة"، "مشروعا جديدا": a kind of work, no name
    if head is None:
        purpose = _purpose_object(doc, k)
        if purpose is not None:
            return read_project(doc, purpose, require_head=True)
        if first in _ALLOCATING:
            return None  # "تخصيص قطع أراض لإقامة 3 مشروعات": land handed out, no work named
        if first in _RECOMMENDING:
            return None  # "اعتمد توصية اللجنة بشأن الطريق": a body's advice, no work named
    if head is None and require_head:
        return None
    if (
        head is not None
        and head_stem(doc, head).removeprefix("ال") == "مركز"
        and places().match(toks, head.end) is not None
        and not _centre_named(doc, places().match(toks, head.end).end)
    ):
        return None  # "بمركز دمنهور": the district, not a centre being built
    if head is not None and head_stem(doc, head) in _AIMS_OR_WORKS and not _after_a_work_word(doc, k):
        return None  # "فضلا عن حماية المراكز من الفيضانات": an aim; "أعمال حماية جسور النيل" a work
    if head is not None and head_stem(doc, head).removeprefix("ال") in _DEPARTMENTS and "ب" in head.clitics:
        return None  # "اطمأن على انتظام العمل بقسم الاستقبال": where a service runs, no work
    if head is not None and head_stem(doc, head) in _SEATS and _a_place_phrase(doc, k, head.clitics):
        return None  # "خلال اجتماع عقده بمقر الوزارة"، "من مقر الجامعة": where, not a work
    if head is not None and head.value == "bare" and bare_alone(doc, head.end):
        return None  # "المحطة" alone refers back; resolved by the caller
    if head is not None and head.value == "bare" and _existing(doc, head.end):
        return None  # "تفقد موقع المحطة الحالية": the thing that stands now, no work
    end = _read_name(doc, k, skip)
    if end - k > 2 and toks[end - 1].text in _LINKING:
        end -= 1  # "الطريق الولائي رقم 12 الرابط" cut before "بين …": the link word names nothing
    if end <= k:
        return None
    if head is not None and head.clitics:
        skip = len(head.clitics)
    name = doc.surface(k, end, skip=skip)
    if head is not None and restores_article(toks[k].text, head.clitics, head_stem(doc, head)):
        name = "ال" + name
    if " ".join(project_key(name).split()[:2]) in _generic_keys():
        return None
    if (
        head is not None
        and head_stem(doc, head).removeprefix("ال") in PLURAL_HEADS
        and end - k == 2
        and toks[k + 1].text.startswith("ال")
    ):
        return None  # "يتفقد مشروعات الرصف"، "مشاريع الإسكان": a kind of work, no project
    if (
        head is not None
        and head_stem(doc, head).removeprefix("ال") in PLURAL_HEADS
        and _works_of_a_kind(doc, head.end)
    ):
        return None  # "مشروعات تطوير الريف بقرى …"، "مشروعات متناهية الصغر": works in general
    if (
        head is not None
        and head_stem(doc, head).removeprefix("ال") in PLURAL_HEADS
        and _kinds_only(doc, head.end, end)
    ):
        return None  # "عدد من مشروعات الطرق والكباري": kinds of work, no work named
    if (
        head is not None
        and head_stem(doc, head).removeprefix("ال") in PLURAL_HEADS
        and _across_regions(doc, head.end, end)
    ):
        return None  # "مشروعات مياه الشرب الجاري تنفيذها بمحافظات الصعيد": a portfolio of many places
    if head is not None and head.value == "work" and end - k == 2 and _refers_back(doc, k + 1):
        return None  # "لتجهيز المستشفى": work on the hospital named before, no new work
    if _out_of_a_total(doc, k, end):
        return None  # "انتهت أعمال حفر 22 بئرا من أصل 30": progress counted in a work's parts
    if (head is None or head.value == "work") and end - k < 2:
        return None  # a lone word ("حفر"، "إنشاء"، "بناء على") is no project's name
    if head is None and end - k == 2 and doc.surface(k + 1, k + 2).endswith(_POSSESSED):
        return None  # "زيادة اعتماداته"، "خفض تكلفتها": something of a work named before
    if (
        head is not None
        and head_stem(doc, head).removeprefix("ال") in _NETWORKS
        and not _in_one_place(doc, k, end)
    ):
        return None  # "شبكات تصريف الأمطار بمراكز المحافظة": networks in general; "… بقرية X" is one work
    if head is not None and _owned_only(doc, head.end, end):
        return None  # "لإقامة مقر جديد لوكالتها": described by its owner alone, not named
    if head is not None and head_stem(doc, head) in _SEATS and end - k < 3:
        return None  # "تدشين مقر البلدية": a body's seat named by it alone is no work's name
    if head is not None and end - k < 2 and _QUOTE_OPEN not in name:
        return None  # "ضمن برنامج يضم …"، "وافتتح الملتقى المهندس …": a head with no name
    if head is not None and _is_work(doc, head) and _work_without_object(doc, k, end, skip):
        return None  # "أعمال الصيانة العاجلة": work named by its kind, done to nothing named
    quoted = _quoted_name(doc, k, end)
    if quoted is not None:
        q_start, q_end = quoted
        if _is_alias(doc, q_start):
            end = q_start - 1
            name = doc.surface(k, end, skip=skip)
    head_word = fold(name).split()[0]
    return ProjectMention(k, end, project_key(name), name, head_word.removeprefix("ال"), skip)


# Adjectives of what stands now: "المحطة الحالية" is the old plant beside a new work.
_EXISTING = frozenset(fold(w) for w in "الحالي الحالية القائم القائمة".split())


def _existing(doc: Doc, k: int) -> bool:
    """Token k is an adjective of what exists now, and nothing names the head further."""
    toks = doc.tokens
    return k < len(toks) and toks[k].text in _EXISTING and bare_alone(doc, k + 1)


_OUT_OF = (fold("من"), fold("أصل"))


def _out_of_a_total(doc: Doc, k: int, end: int) -> bool:
    """"N من أصل M" in or right after a name: the part of a work done so far, no work."""
    toks = doc.tokens
    return any(
        (toks[j].text, toks[j + 1].text) == _OUT_OF for j in range(k, min(end + 1, len(toks) - 1))
    )


def _owned_only(doc: Doc, k: int, end: int) -> bool:
    """After an indefinite head, only indefinite adjectives and then its owner as a pronoun
    ("مقر جديد لوكالتها"، "مبنى دائم لها"): an indefinite thing, no work's name."""
    toks = doc.tokens
    if end - k < 1 or toks[k - 1].text.startswith("ال"):
        return False
    last = doc.surface(end - 1, end)
    if not last.startswith("ل") or not last.endswith(_PRONOUNS):
        return False
    return all(
        not toks[j].text.startswith(("ال", "ب", "ل")) and not toks[j].is_number for j in range(k, end - 1)
    )


def _count_word(word: str) -> bool:
    """A cardinal, bare or after ل/ب/و: "ثلاثة"، "لثلاثة"، "وأربعة"."""
    return word in count_words() or (word[:1] in "لبو" and word[1:] in count_words())


# Indefinite adjectives of size or age: after a lone strong head they sketch a kind of work.
_KIND_ADJECTIVES = frozenset(
    fold(w) for w in "صغير صغيرا كبير كبيرا ضخم ضخما جديد جديدا مماثل مماثلا آخر آخرا مشابه".split()
)


def _kind_of_work(doc: Doc, k: int) -> bool:
    """An indefinite adjective of size right after an indefinite strong head ("مشروع صغير
    للخياطة"، "برنامجا جديدا"): the head is described, not named."""
    toks = doc.tokens
    return (
        k < len(toks)
        and toks[k].text in _KIND_ADJECTIVES
        and not toks[k - 1].text.startswith(("ال", "بال", "وال"))
    )


_A_PHASE = fold("المرحلة")


def _unnamed_phase(doc: Doc, k: int, first: str) -> bool:
    """ "المرحلة الأولى" with no "من …" after it names no work of its own: it is a phase of
    the work named before, which its cost and acts belong to."""
    toks = doc.tokens
    if first != _A_PHASE or k + 1 >= len(toks) or not toks[k + 1].text.startswith("ال"):
        return False
    nxt = toks[k + 2].text if k + 2 < len(toks) else "."
    return k + 2 >= len(toks) or toks[k + 2].is_break or nxt in _ENDERS or nxt[1:] in _ENDERS


# Agreements, loans and grants: a deal about a work, never a work itself.
_AGREEMENTS = frozenset(fold(w) for w in "اتفاقية اتفاقيه اتفاق اتفاقيات قرض منحة بروتوكول مذكرة".split())
_TO_FUND = frozenset(fold(w) for w in "لتمويل".split())
# Handing out land or money is no work: the work is what it is for.
_ALLOCATING = frozenset(fold(w) for w in "تخصيص بتخصيص".split())
_RECOMMENDING = frozenset(fold(w) for w in "توصية التوصية توصيات التوصيات".split())
_DEAL_REACH = 30  # tokens from an agreement to the "لتمويل" that names its work


def _financed_work(doc: Doc, k: int) -> ProjectMention | None:
    """The work an agreement at k pays for ("اتفاقية القرض الموقعة مع … بقيمة …، لتمويل
    المرحلة الثالثة من برنامج …"); None when the sentence names none."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k + 1, min(len(toks) - 1, k + _DEAL_REACH)):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛"):
            return None
        if toks[j].text in _TO_FUND:
            return read_project(doc, j + 1) if doc.sentence_of[j + 1] == sentence else None
    return None


def _counted_units(doc: Doc, k: int) -> ProjectMention | None:
    """A number after a work wrapper that counts the units built ("أشغال إنجاز 2000 وحدة
    سكنية بالقطب …"): the count belongs to the name, which has no other."""
    toks = doc.tokens
    head = project_heads().match(toks, k + 1) if k + 1 < len(toks) else None
    if head is None and _unit_of_a_kind(doc, k + 1):
        end = _read_name(doc, k + 1, 0)  # "ورشة إنجاز 2000 مقعد بيداغوجي ببلدية X"
        name = doc.surface(k, end)
        return ProjectMention(k, end, project_key(name), name, toks[k + 1].text, 0)
    if head is None or head.clitics or head.value == "bare":
        return None
    end = _read_name(doc, k + 1, 0)
    if end - k < 3:
        return None  # "2000 وحدة" alone names no project
    name = doc.surface(k, end)
    return ProjectMention(k, end, project_key(name), name, head_stem(doc, head).removeprefix("ال"), 0)


def _unit_of_a_kind(doc: Doc, k: int) -> bool:
    """A bare noun with its nisba after a count ("2000 مقعد بيداغوجي"، "500 سرير طبي"): the
    units a work builds, named by their kind even when the noun is no project head."""
    toks = doc.tokens
    return (
        k + 1 < len(toks)
        and not toks[k].is_break
        and not toks[k].is_number
        and not toks[k].text.startswith(("ال", "و", "ب", "ل"))
        and _nisba(toks[k + 1].text)
    )


_COUNTING = frozenset(fold(w) for w in "عدد عددا".split())


def _counted_kinds(doc: Doc, opened: int, k: int) -> bool:
    """ "عددا من المخابز": a counting wrapper before a plural with no project head."""
    toks = doc.tokens
    if toks[opened].text not in _COUNTING and toks[opened].text[1:] not in _COUNTING:
        return False
    return not any(project_heads().match(toks, j) for j in range(opened + 2, min(k + 1, len(toks))))


def _is_work(doc: Doc, head) -> bool:
    """A work head, bare or not: "تطوير"، "الصيانة"."""
    if head.value == "work":
        return True
    stem = head_stem(doc, head).removeprefix("ال")
    key = (stem, *doc.folded_words(head.start + 1, head.end))
    return head.value == "bare" and project_heads().entries.get(key) == "work"


def _work_without_object(doc: Doc, k: int, end: int, skip: int) -> bool:
    """A definite work noun followed only by definite adjectives ("الصيانة العاجلة"،
    "التطوير الشامل") has no object: a definite noun takes none in construct, so
    its object would follow ل or ب."""
    toks = doc.tokens
    if not toks[k].text[skip:].startswith("ال"):
        return False
    return all(
        (toks[j].text.startswith("ال") or _joined_work(doc, j)) and places().match(toks, j) is None
        for j in range(k + 1, end)
    )


def _joined_work(doc: Doc, j: int) -> bool:
    """ "والتجديد" in "الإحلال والتجديد الجارية": a second definite work noun joined by و."""
    head = project_heads().match(doc.tokens, j)
    return (
        head is not None
        and head.clitics == "و"
        and doc.tokens[j].text.startswith("وال")
        and _is_work(doc, head)
    )


def read_purpose(doc: Doc, j: int) -> ProjectMention | None:
    """The project a purpose word at j introduces: "لتجهيز بنك الدم …" → "تجهيز بنك
    الدم …" (the work noun kept), "لاستكمال أعمال القطار …" → "القطار …"."""
    toks = doc.tokens
    head = project_heads().match(toks, j)
    if head is not None and head.clitics == "ل" and head.value == "work":
        end = _read_name(doc, j, 1)
        if end - j == 2 and _refers_back(doc, head.end):
            return resolve_bare(doc, head.end)  # "لتجهيز المستشفى": the hospital named before
        if end - j >= 2:
            name = doc.surface(j, end, skip=1)
            return ProjectMention(
                j, end, project_key(name), name, fold(name).split()[0].removeprefix("ال"), 1
            )
    if j + 1 < len(toks) and doc.sentence_of[j + 1] == doc.sentence_of[j]:
        return read_project(doc, j + 1)
    return None


def _refers_back(doc: Doc, k: int) -> bool:
    """A bare definite head stands alone at k ("المستشفى"، "المحطة"): it refers back."""
    head = project_heads().match(doc.tokens, k)
    return head is not None and head.value == "bare" and not head.clitics and bare_alone(doc, head.end)


_PURPOSE = frozenset(
    fold(w)
    for w in (
        "لإقامة لإنشاء لبناء لتنفيذ لتطوير لصالح لرفع لصيانة لتجديد لإحلال لترميم لتأهيل لرصف لتوسعة "
        "لاستكمال لإنجاز"  # لإنجاز, the Maghreb word: "قطعة أرضية بمساحة 4 هكتارات لإنجاز السوق …"
    ).split()
)
# Titles that stand inside the names of places and works ("مسقى الشيخ عيسى"، "مدرسة الشهيد …"،
# "شارع الملك خالد").
_TITLES_IN_NAMES = frozenset(fold(w) for w in "الشيخ الشهيد الإمام السيد الملك".split())
_ADMINISTRATIVE = frozenset({"governorate", "council", "parliament", "ministry"})
_SUM_WORDS = frozenset(fold(w) for w in "مبلغ مبلغا اعتمادات اعتمادا".split())
_GENERIC_PLURALS = frozenset(fold(w) for w in "المشروعات المشاريع الأعمال".split())


# The plural of مشروع: the bare heads, and with the article the words for works in general.
PLURAL_HEADS = frozenset(fold(w) for w in "مشروعات مشاريع".split())
WORKS_PLURAL = PLURAL_HEADS | {fold("ال" + w) for w in PLURAL_HEADS}


_SIZE_ADJECTIVES = frozenset(fold(w) for w in "صغيرة كبيرة كبرى عملاقة جديدة متوسطة".split())


@cache
def _generic_keys() -> frozenset[str]:
    """_GENERIC as project keys (ال dropped), the form names are compared in."""
    return frozenset(project_key(w) for w in _GENERIC)


def generic_at(doc: Doc, j: int) -> bool:
    """The words from token j are a phrase with a project head that names no project
    ("الخطة الاستثمارية"، "مشروع قانون"): a sum beside it is no work's cost."""
    words = project_key(doc.surface(j, min(j + 2, len(doc.tokens)))).split()
    return len(words) == 2 and " ".join(words) in _generic_keys()


def _kinds_only(doc: Doc, k: int, end: int) -> bool:
    """Words k..end are all definite common nouns and adjectives ("الطرق والكباري"،
    "المياه والصرف الصحي"): the fields works are in, with no place or quote naming one."""
    toks = doc.tokens
    for j in range(k, end):
        w = toks[j].text
        if j > k and _where(doc, j):
            return j - k >= 1  # "مشاريع البلديات في محافظة إربد": kinds of work in a place
        if not w.startswith(("ال", "وال")) or places().match(toks, j) is not None:
            return False
    return end - k >= 2


# Plurals of the regions a state is divided into: works "بمحافظات …" lie in many of them.
_REGIONS = frozenset(fold(w) for w in "محافظات ولايات أقاليم إمارات مراكز".split())
_REGION_REACH = 4  # tokens after a name's end where its place phrase may stand ("الجاري تنفيذها بـ…")


def _across_regions(doc: Doc, k: int, end: int) -> bool:
    """A place phrase of a plural region ("بمحافظات الصعيد"، "في المحافظات") follows the head
    at k in its name or just after it: works spread over many regions, no one project."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k, min(len(toks), end + _REGION_REACH)):
        if doc.sentence_of[j] != sentence or toks[j].text in ("،", ",", "."):
            return False
        w = toks[j].text
        w = w[1:] if w[:1] == "ب" else w
        if w.removeprefix("ال") in _REGIONS and (w != toks[j].text or toks[j - 1].text in ("في", "فى")):
            return True
    return False


def _where(doc: Doc, j: int) -> bool:
    """A place phrase opens at j: "في محافظة X"، "بمدينة X"."""
    toks = doc.tokens
    w = toks[j].text
    if w in ("في", "فى"):
        return j + 1 < len(toks) and toks[j + 1].text in _PLACE_NOUNS
    return w[:1] == "ب" and w[1:] in _PLACE_NOUNS


# A plan or a set of bodies whose works a plural "مشروعات" sums up.
# (and a place's works: "متابعة سير العمل بمشروعات مدينة X الجديدة")
_HOLDERS_OF_WORKS = frozenset(fold(w) for w in "بلديات محافظات قرى جماعات ولايات مدينة محافظة".split())


def _works_of_a_kind(doc: Doc, k: int) -> bool:
    """After a plural "مشروعات": a work noun ("مشروعات تطوير …", many works of one
    kind, each named elsewhere), an indefinite adjective ("مشروعات صغيرة") or a plan or
    bodies that hold many works ("مشروعات الخطة الاستثمارية")."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].is_break:
        return False
    if toks[k].text.removeprefix("ال") in _HOLDERS_OF_WORKS:
        return True  # "مشروعات الخطة الاستثمارية"، "مشاريع بلديات المحافظة": a portfolio, no one work
    head = project_heads().match(toks, k)
    if head is not None:
        return not head.clitics and _is_work(doc, head)
    w = toks[k].text
    return (
        not w.startswith("ال")
        and (w.endswith(("يه", "ي")) or w in _SIZE_ADJECTIVES)  # nisba adjectives, sizes
        and len(w) > 3
        and places().match(toks, k) is None
        and not toks[k].is_number
    )


@cache
def count_words() -> frozenset[str]:
    """Cardinal number words ("ثلاثة"، "عشرة") that count the noun after them."""
    from extract.money import _number_words

    return frozenset(_number_words())


def skip_amount(doc: Doc, k: int) -> int:
    """Token k, or the token after the purpose word when a sum opens there
    ("12 مليون جنيه لرصف طريق …" → "طريق")."""
    return _skip_amount(doc, k)


def _skip_amount(doc: Doc, k: int) -> int:
    """After a sum of money that opens an object, the project follows its purpose word."""
    from extract.measures import amounts

    toks = doc.tokens
    if k >= len(toks):
        return k
    start = doc.folded.offsets[toks[k].start]
    if toks[k].text.startswith("و") and len(toks[k].text) > 2:
        start += 1  # "ومليون جنيه لتطوير …": the sum starts after the conjunction
    found = amounts(doc)
    if "amount-starts" not in doc.cache:
        doc.cache["amount-starts"] = [a.start for a in found]
    starts = doc.cache["amount-starts"]
    i = bisect_right(starts, start) - 1
    for a in found[max(0, i) : i + 1]:
        if a.start <= start < a.end:
            j = doc.token_at(a.end - 1) + 1
            if j < len(toks) and toks[j].text in _PURPOSE:
                return j + 1
            return k
    return k


def _purpose_object(doc: Doc, k: int) -> int | None:
    """ "تخصيص قطعة أرض … لإقامة محطة …": the project is what the act is for."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k, min(len(toks) - 1, k + 16)):
        if doc.sentence_of[j] != sentence or toks[j].text in ("،", ","):
            return None
        if toks[j].text in _PURPOSE and project_heads().match(toks, skip_wrappers(doc, j + 1)[0]) is not None:
            return j + 1  # "لاستكمال أعمال الوحدة الصحية": the wrapper is read past later
    return None


def head_stem(doc: Doc, head) -> str:
    """The head word as read, clitics removed and a merged ال restored."""
    for prefix, stem in clitic_readings(doc.tokens[head.start].text):
        if (
            prefix == head.clitics
            and (stem,) + tuple(doc.folded_words(head.start + 1, head.end)) in project_heads().entries
        ):
            return stem
    return doc.tokens[head.start].text[len(head.clitics) :]


def bare_alone(doc: Doc, k: int) -> bool:
    """After a bare definite head, nothing names it further ("المحطة مقامة")."""
    toks = doc.tokens
    if _false_construct(doc, k):
        return False  # "المحطة متعددة الأغراض": the adjective is definite through its complement
    return k >= len(toks) or toks[k].is_break or not toks[k].text.startswith(("ال", "لل", "وال", "بال"))


# Adjectives that take a definite noun as complement (إضافة لفظية) and so stay definite with
# no ال of their own: "الصالة متعددة الأغراض"، "الجراج متعدد الطوابق".
_CONSTRUCT_ADJECTIVES = frozenset(fold(w) for w in "متعدد متعددة متعددي".split())


def _false_construct(doc: Doc, k: int) -> bool:
    """An adjective in false construct opens at k: "متعددة الأغراض"."""
    toks = doc.tokens
    return k + 1 < len(toks) and toks[k].text in _CONSTRUCT_ADJECTIVES and toks[k + 1].text.startswith("ال")


_STATION = frozenset(fold(w) for w in "موقف".split())
_VEHICLES = frozenset(
    fold(w) for w in "سيارات أتوبيس أتوبيسات ميكروباص سرفيس تاكسي حافلات شاحنات نقل".split()
)


def _station_named(doc: Doc, k: int, end: int) -> bool:
    """ "موقف" heads a station's name when no work follows it: "موقف الأقاليم الجديد"
    is a place, "موقف تنفيذ …"، "موقف المشروعات"، "موقف الوحدة الصحية" are a status."""
    toks = doc.tokens
    if end != k + 1 or toks[k].text not in _STATION or end >= len(toks) or toks[end].is_break:
        return False
    nxt = toks[end].text
    if project_heads().match(toks, end) is not None or wrappers().match(toks, end) is not None:
        return False
    if nxt.removeprefix("ال") in _AGREEMENTS:
        return False  # "موقف القرض الميسر": the status of a loan, no bus station
    if nxt.removeprefix("ال") in _VEHICLES:
        return True  # "موقف سيارات الأجرة"، "موقف الأتوبيس": a station is named by what stops there
    return nxt.startswith("ال") and nxt not in _GENERIC_PLURALS and not nxt.startswith("الم")


_CARRYING_OUT = frozenset(fold(w) for w in "تنفيذ".split())


def skip_wrappers(doc: Doc, k: int) -> tuple[int, int]:
    """Skip "أعمال"، "سير العمل ب"، "الموقف التنفيذي ل": return (token, clitic chars)."""
    toks = doc.tokens
    while k < len(toks):
        w = wrappers().match(toks, k)
        if w is None or w.clitics not in ("", "ب", "ل", "لل", "و"):
            break
        if _station_named(doc, k, w.end):
            break  # "تفقد موقف الأقاليم الجديد": a bus station, not the status of a work
        k = w.end
        carrying_out = toks[k - 1].text in _CARRYING_OUT  # "تنفيذ المنطقة الصناعية …" is its object
        while (
            not carrying_out
            and k < len(toks)
            and toks[k].text.startswith("ال")
            and project_heads().match(toks, k) is None
        ):
            k += 1  # adjectives of the wrapper: "الترتيبات التنفيذية والمؤسسية"
        if k < len(toks) and toks[k].text in ("في", "فى", "من"):
            k += 1
        if k < len(toks) and toks[k].text.startswith(("ب", "ل")) and len(toks[k].text) > 3:
            head = project_heads().match(toks, k)
            if head is not None and not head.clitics:
                return k, 0  # "أشغال بناء المحطة": بناء is a work noun, not ب + a word
            word = toks[k].text
            return k, (1 if not word.startswith("لل") else 0)
    return k, 0


def _read_name(doc: Doc, k: int, skip: int) -> int:
    """End of a project's name from token k (quoted words do not count to the limit)."""
    toks = doc.tokens
    start = k
    sentence = doc.sentence_of[k]
    in_quote = False
    closer = _QUOTE_CLOSE
    counted = 0
    while k < len(toks) and doc.sentence_of[k] == sentence:
        t = toks[k]
        w = t.text
        if in_quote and w == closer:
            in_quote = False
            k += 1
            k = _past_adjectives_to_purpose(doc, k)
            if k < len(toks) and toks[k].text.startswith("ل"):
                break  # "مبادرة «سند» لتمكين المرأة …": the purpose is no part of the name
            if k < len(toks) and toks[k].text[:1] == "ب" and toks[k].text[1:] in _PLACE_NOUNS:
                break  # "مشروع «حي الوادي السكني» بولاية صحار": the quote is the name, the place is where
            continue
        if in_quote:
            k += 1
            continue
        if w in _QUOTE_PAIRS and _closing_quote(doc, k) is not None:
            in_quote, closer = True, _QUOTE_PAIRS[w]  # 'مبادرة "نزوى خضراء"' as «…»
            k += 1
            continue
        if w == _QUOTE_CLOSE:
            k += 1  # a closing mark whose opening one came before the name
            if k < len(toks) and toks[k].text.startswith("ل"):
                break
            continue
        if counted >= MAX_NAME:
            break
        if k == start + 1 and _capacity_of_bare_head(doc, k):
            k += 3  # "ثانوية بسعة 800 مقعد بحي النجمة": a lone head is named by its size and place
            counted += 3
            continue
        if w == "(" and _bracketed_count(doc, k):
            k += 3  # "رفع كفاءة وتطوير (7) مستشفيات": a count in brackets
            counted += 1
            continue
        if t.is_break and not _joins_name(doc, k, start):
            break
        if t.is_number or any(c.isdigit() for c in w):
            if (
                not _counted_noun_follows(doc, k)
                and not _counts_work(doc, k, start)
                and not _numbered_way(doc, k, start)
            ):
                break  # "بطول 8 كيلومترات": a measure, not the name
        bare = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if (
            k > start
            and (w in _ENDERS or bare in _ENDERS or w in _ALIAS)
            and not _mechanised(doc, k)
            and not _field_of_study(doc, k, start)
            and not _place_complement(doc, k)
            and not _crossing(doc, k, start)
            and not _facing(doc, k, start)
            and not _on_a_line(doc, k)
            and not _turned_into(doc, k, start)
            and not _from_to(doc, k, start)
            and not _linked_places(doc, k, start)
            and not _numbered_between(doc, k, start)
            and not _between_a_pair(doc, k)
            and not _plan_of_work(doc, k, start)
            and not _after_kunya(doc, k, start)
            and not _person_named_ali(doc, k, start)
            and not (
                w == "اليوم" and k + 1 < len(toks) and toks[k + 1].text == "الواحد"
            )  # "سوق اليوم الواحد"
        ):
            break
        if (
            k > start
            and roles().match(toks, k) is not None
            and not _title_in_construct(doc, k, start)
            and not _rank_of_a_martyr(doc, k, start)
        ):
            break  # "… ومدير المديرية": a post; "مدرسة الشهيد النقيب X" keeps the martyr's rank
        title = honorifics().match(toks, k) if k > start else None
        if (
            title is not None
            and (title.clitics or w not in _TITLES_IN_NAMES)
            and not _title_in_construct(doc, k, start)
            and not _rank_of_a_martyr(doc, k, start)
        ):
            break  # "… والدكتور X"، "مقترح الدكتورة X": a person; "مسقى الشيخ عيسى" keeps its name
        if k > start and _looks_like_verb(w) and not _noun_ending(doc, k):
            break
        if k > start and (_second_act(w) or _time_phrase(doc, k)):
            break  # "بتفقد مدرسة X ومتابعة أعمال Y"، "افتتح مدرسة X الشهر الماضي"
        if k > start and w.startswith("و") and _same_head(doc, start, k):
            break  # "محطة معالجة … ومحطة الرفع …": a second project of the same kind
        if k > start + 1 and w.startswith("و") and _thing_head(doc, k):
            break  # "المبنى الإداري الجديد ومدرج الألفية": a second thing, not the name
        if k > start + 1 and _second_named(doc, k):
            break  # "مجمع «الريان» السكني ووحدات «الأمل»": a second work named in quotes
        if k > start + 1 and w.startswith("و") and _second_of_two(doc, start, k):
            break  # "في مشروعي طريق X وتطوير الدائري …": the dual names two works
        if k > start and k in _measure_starts(doc) and not _counts_work(doc, k, start):
            break  # "… بمدينة السنطة ثلاثمائة وخمسين مليون جنيه": an amount in words
            # ("استصلاح 12 ألف فدان": the area a work is done to stays in its name)
        counted += 1
        k += 1
    # do not end on a preposition, a conjunction, an opening quote, or a second work cut
    # from its object ("تأهيل 620 كيلومترا من الترع وتحويل | 18 ألف فدان …")
    while k > start + 1 and (
        toks[k - 1].text in ("من", "في", "فى", "و", _QUOTE_OPEN) or _work_cut_off(doc, k - 1)
    ):
        k -= 1
    return k


_ADJECTIVES_AFTER_QUOTE = 2  # "منصة «X» الإلكترونية الموحدة لمتابعة …"


def _past_adjectives_to_purpose(doc: Doc, k: int) -> int:
    """After a «quoted» name, the token past its definite adjectives when a purpose (ل + a
    noun) follows them ("منصة «X» الإلكترونية لمتابعة المشروعات": the adjectives stay in the
    name, the purpose does not); else k."""
    toks = doc.tokens
    j = k
    while (
        j < min(len(toks), k + _ADJECTIVES_AFTER_QUOTE)
        and toks[j].text.startswith("ال")
        and not toks[j].is_break
    ):
        if places().match(toks, j) is not None or project_heads().match(toks, j) is not None:
            return k
        j += 1
    if j > k and j < len(toks) and toks[j].text.startswith("ل") and len(toks[j].text) > 3:
        return j
    return k


_KUNYA = frozenset(fold(w) for w in "أبو أبي أبا".split())
# Verbal nouns of a visit's acts: after و they start the official's next act, not the
# name's complement ("بتفقد مدرسة X ومتابعة أعمال Y"); with ال they stay ("الرصد والمتابعة").
_ACTS = frozenset(
    fold(w)
    for w in "متابعة افتتاح تفقد وضع إطلاق استعراض تدشين معاينة اعتماد زيارة مراجعة".split()
)
# Nouns of time and the adjectives that make them a time adverb after a name:
# "افتتح مدرسة X الشهر الماضي"; "المستشفى العام" (general) has no such adjective after it.
_TIME_NOUNS = frozenset(
    fold(w) for w in "الشهر العام السنة الأسبوع الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()
)
_TIME_ADJECTIVES = frozenset(
    fold(w)
    for w in (
        "الماضي الماضية الجاري الجارية الحالي الحالية المقبل المقبلة القادم القادمة المنصرم المنصرمة"
    ).split()
)
_TO_A_PERSON = frozenset(fold(w) for w in "الشهيد المرحوم الشيخ الإمام السيد".split())


def _second_act(word: str) -> bool:
    """و + a bare verbal noun of a visit's act: the next act begins."""
    return word[:1] == "و" and word[1:] in _ACTS


def _time_phrase(doc: Doc, k: int) -> bool:
    """A time noun with a time adjective after it ("العام الماضي"، "الأسبوع الجاري")."""
    toks = doc.tokens
    return (
        toks[k].text in _TIME_NOUNS
        and k + 1 < len(toks)
        and toks[k + 1].text in _TIME_ADJECTIVES
    )


def _person_named_ali(doc: Doc, k: int, start: int) -> bool:
    """ "مدرسة الشهيد علي حسن": "علي" spelled with ي after a title or a first name is the
    named person's, not the preposition على (both fold alike; the original spelling tells)."""
    toks = doc.tokens
    if k <= start or doc.surface(k, k + 1) != "علي":
        return False
    if k + 1 >= len(toks) or toks[k + 1].is_break or toks[k + 1].is_number:
        return False
    before = toks[k - 1].text
    return before in _TO_A_PERSON or before in first_names()


def _after_kunya(doc: Doc, k: int, start: int) -> bool:
    """ "قرية محلة أبو علي": after أبو/أبي a word is a name ("علي" folds to the preposition على)."""
    return k > start and doc.tokens[k - 1].text in _KUNYA


def _mechanised(doc: Doc, k: int) -> bool:
    """ "آلي" (mechanised: "مجزر آلي"، "مخبز آلي") folds to the preposition "إلى"; the madda of
    the original text tells the adjective from the preposition that ends a name."""
    return doc.surface(k, k + 1).startswith("آلي")


# Nouns a place or way is named by, whose complement may be a person with a title:
# "طريق الأمير سلطان"، "منطقة أرض اللواء"، "شارع الدكتور طه حسين".
_NAMED_AFTER = frozenset(
    fold(w) for w in "طريق شارع محور جسر كوبري نفق ميدان أرض حي مدينة ضاحية عزبة منطقة حديقة".split()
)


def _rank_of_a_martyr(doc: Doc, k: int, start: int) -> bool:
    """ "مدرسة الشهيد النقيب X": a rank right after a title that stands in a name ("الشهيد")
    is the named person's, part of the name."""
    title = honorifics().match(doc.tokens, k)
    return (
        title is not None
        and not title.clitics
        and k - 1 > start
        and doc.tokens[k - 1].text in _TITLES_IN_NAMES
    )


def _title_in_construct(doc: Doc, k: int, start: int) -> bool:
    """A bare title (no و/ب clitic) right after an indefinite way or place noun is its
    complement, part of the name, not a person standing after the work."""
    toks = doc.tokens
    return toks[k - 1].text in _NAMED_AFTER and k - 1 >= start and toks[k].text.startswith("ال")


def _work_cut_off(doc: Doc, j: int) -> bool:
    """ "وتحويل" closing a name: و + a work noun whose object was left out."""
    w = doc.tokens[j].text
    if w[:1] == "و" and w[1:] in _TURNING:
        return True
    head = project_heads().match(doc.tokens, j)
    return head is not None and head.clitics == "و" and head.end == j + 1 and head.value == "work"


_CAPACITY = frozenset(fold(w) for w in "بسعة".split())


def _capacity_of_bare_head(doc: Doc, k: int) -> bool:
    """ "بسعة N unit" right after a one-word indefinite head, with a place phrase after it:
    the size is part of the name ("ثانوية بسعة 800 مقعد بحي X"), not a measure that ends it."""
    toks = doc.tokens
    if k + 3 >= len(toks) or toks[k].text not in _CAPACITY or toks[k - 1].text.startswith("ال"):
        return False
    if not toks[k + 1].is_number or toks[k + 2].is_break:
        return False
    if _place_phrase_at(doc, k + 3):
        return True
    # "ثانوية بسعة 800 مقعد بيداغوجي، على مساحة …": the unit's nisba adjective, then the clause ends
    if k + 4 >= len(toks) or not _nisba(toks[k + 3].text):
        return False
    return toks[k + 4].is_break or (not toks[k + 3].text.startswith("ب") and _place_phrase_at(doc, k + 4))


def _place_phrase_at(doc: Doc, k: int) -> bool:
    """ "بحي X"، "بمدينة X": ب + a place noun at k."""
    w = doc.tokens[k].text
    return w.startswith("ب") and w[1:] in _PLACE_NOUNS


def _nisba(word: str) -> bool:
    """An indefinite nisba adjective ("بيداغوجي"، "دراسية"), no preposition or article on it."""
    return (
        len(word) > 3
        and word.endswith(("ي", "يه"))
        and not word.startswith(("ال", "بال", "ل", "و", "ف"))  # a loanword may start with ب ("بيداغوجي")
        and word not in _ENDERS
    )


_DASHES = frozenset("-–—")


def _thing_head(doc: Doc, k: int) -> bool:
    """ "ومدرج"، "ومستشفى": و + a head naming a thing (not work such as "وتجديد")."""
    head = project_heads().match(doc.tokens, k)
    return head is not None and head.clitics == "و" and head.value in ("weak", "strong")


def _second_named(doc: Doc, k: int) -> bool:
    """و + a noun with a «quoted» name right after it: the next item of a list of works
    ("ووحدات «الأمل»"); a work noun ("وتطوير «…»") may still be the name's complement."""
    toks = doc.tokens
    w = toks[k].text
    if w[:1] != "و" or len(w) < 4 or k + 1 >= len(toks) or toks[k + 1].text not in _QUOTE_PAIRS:
        return False
    head = project_heads().match(toks, k)
    if head is not None and head.value == "work":
        return False
    return _closing_quote(doc, k + 1) is not None


_DUAL_WORKS = frozenset(fold(w) for w in "مشروعي لمشروعي بمشروعي ومشروعي".split())


def _second_of_two(doc: Doc, start: int, k: int) -> bool:
    """After the dual "مشروعي", و + any head word starts the second work."""
    if start == 0 or doc.tokens[start - 1].text not in _DUAL_WORKS:
        return False
    head = project_heads().match(doc.tokens, k)
    return head is not None and head.clitics == "و"


def _measure_starts(doc: Doc) -> frozenset[int]:
    """Tokens where an amount of money or an area begins (found once per article)."""
    if "measure-starts" not in doc.cache:
        from extract.measures import amounts, areas

        doc.cache["measure-starts"] = frozenset(doc.token_at(a.start) for a in [*amounts(doc), *areas(doc)])
    return doc.cache["measure-starts"]


def _same_head(doc: Doc, start: int, k: int) -> bool:
    first = project_heads().match(doc.tokens, start)
    other = project_heads().match(doc.tokens, k)
    if first is None or other is None or other.clitics != "و":
        return False
    return head_stem(doc, first).removeprefix("ال") == head_stem(doc, other).removeprefix("ال")


def _joins_name(doc: Doc, k: int, start: int) -> bool:
    """A dash between two places inside a name: "طريق طنطا – المحلة الكبرى"."""
    toks = doc.tokens
    return (
        toks[k].text in _DASHES
        and k > start
        and k + 1 < len(toks)
        and not toks[k + 1].is_punct
        and not toks[k + 1].is_number
        and doc.sentence_of[k + 1] == doc.sentence_of[k]
    )


def _field_of_study(doc: Doc, k: int, start: int) -> bool:
    """ "مدرسة المتفوقين في العلوم والتكنولوجيا": في + a definite field inside a
    short name, not a place or time after it."""
    toks = doc.tokens
    return (
        toks[k].text in ("في", "فى")
        and k - start <= 2
        and k + 1 < len(toks)
        and toks[k + 1].text.startswith("ال")
        and toks[k + 1].text not in _ENDERS
        and places().match(toks, k + 1) is None
    )


def _bracketed_count(doc: Doc, k: int) -> bool:
    """ "(7) مستشفيات": a number in brackets counting the noun after it."""
    toks = doc.tokens
    return (
        k + 3 < len(toks)
        and toks[k + 1].is_number
        and toks[k + 2].text == ")"
        and doc.sentence_of[k + 3] == doc.sentence_of[k]
        and not toks[k + 3].is_punct
        and toks[k + 3].text not in _MEASURE_WORDS
        and toks[k + 3].text not in _ENDERS
    )


_PLACE_NOUNS = frozenset(
    fold(w)
    for w in (
        "منطقة مدينة حي ولاية محافظة قرية مركز إمارة بلدة ضاحية "
        # duals and plurals: "إنشاء 12 مدرسة في محافظتي X وY"، "… في المحافظات الست"
        "محافظتي محافظات المحافظات ولايتي مدينتي قريتي قرى مدن"
    ).split()
)


def _place_complement(doc: Doc, k: int) -> bool:
    """ "مجمع المحاكم في محافظة الجهراء"، "سوق الخضار في ولاية عبري": في + a place
    noun locates the work and belongs to its name (Gulf style for بمحافظة/بولاية)."""
    toks = doc.tokens
    return toks[k].text in ("في", "فى") and k + 2 < len(toks) and toks[k + 1].text in _PLACE_NOUNS


_CROSSINGS = frozenset(fold(w) for w in "تقاطع التقاطع".split())
_CROSSING_REACH = 4  # "إنشاء نفق تقاطع شارع …": the crossing word among the name's first words


def _crossing(doc: Doc, k: int, start: int) -> bool:
    """ "تقاطع شارع الجيش مع طريق المطار": مع names the other road of a crossing."""
    toks = doc.tokens
    return toks[k].text == "مع" and any(
        toks[j].text in _CROSSINGS or toks[j].text[1:] in _CROSSINGS
        for j in range(start, min(k, start + _CROSSING_REACH))
    )


# Works over or under a way, named by what they face: "كوبري المشاة أمام مدرسة …".
_SPANS = frozenset(
    fold(w) for w in "كوبري الكوبري جسر الجسر نفق النفق معبر المعبر ممشى مجسر قنطرة القنطرة".split()
)
_FACING = frozenset(fold(w) for w in "أمام امام".split())
_OVER = frozenset(fold(w) for w in "على علي فوق".split())
_WATERS = frozenset(
    fold(w) for w in "وادي واد نهر النهر ترعة قناة مصرف بحر النيل ضفاف ضفة ضفتي شاطئ فرع بحيرة".split()
)


_LINES = frozenset(fold(w) for w in "خط خطي خطوط".split())
_SIDES = frozenset(fold(w) for w in "جانبي جانب".split())


def _on_a_line(doc: Doc, k: int) -> bool:
    """ "تحديث نظم الإشارات على خط سكك حديد X – Y": the line a work is done on is part of
    its name (على before a place or a size ends it)."""
    toks = doc.tokens
    return toks[k].text in _OVER and k + 1 < len(toks) and toks[k + 1].text in _LINES


_PLANS = frozenset(fold(w) for w in "مخطط المخطط خطة الخطة".split())


def _plan_of_work(doc: Doc, k: int, start: int) -> bool:
    """ "المخطط التفصيلي لتطوير منطقة X"، "الخطة الدورية لصيانة شبكة الطرق": a plan is named
    by the work it plans, so ل + a work noun right after the plan (and its adjectives)
    belongs to its name."""
    toks = doc.tokens
    if toks[start].text not in _PLANS:
        return False
    head = project_heads().match(toks, k)
    if head is None or head.clitics != "ل" or not _is_work(doc, head):
        return False
    return all(toks[j].text.startswith("ال") and places().match(toks, j) is None for j in range(start + 1, k))


_TURNING = frozenset(fold(w) for w in "تحويل التحول تحول".split())  # "برنامج التحول إلى نظم الري الحديث"
_INTO = frozenset(fold(w) for w in "إلى الى".split())


# Works that run from one place to another, named by both ends: "خط نقل المياه من X إلى Y".
CONVEYANCES = frozenset(fold(w) for w in "خط طريق محور".split())
_FROM = fold("من")
_FROM_REACH = 6  # tokens from a conveyance's head to the من of its first end


def _from_to(doc: Doc, k: int, start: int) -> bool:
    """ "خط نقل المياه المحلاة من X إلى Y": after "من" + the first end of a line or road,
    إلى names its other end, part of the name (elsewhere إلى ends a name)."""
    toks = doc.tokens
    if toks[k].text not in _INTO or k + 1 >= len(toks) or toks[k + 1].is_break or toks[k + 1].is_number:
        return False
    first = toks[start].text
    if not any(w.removeprefix("ال") in CONVEYANCES for w in (first, first[1:])):
        return False  # "وخط نقل …": a clitic before the head
    return any(toks[j].text == _FROM for j in range(start + 1, min(k, start + _FROM_REACH + 1)))


def _turned_into(doc: Doc, k: int, start: int) -> bool:
    """ "تأهيل شارع X وتحويله إلى ممر مشاة": what a work turns a thing into is its name."""
    toks = doc.tokens
    if toks[k].text not in _INTO or k - 1 <= start:
        return False
    w = toks[k - 1].text
    w = w[1:] if w[:1] == "و" else w
    return any(w == t or any(w == t + p for p in _PRONOUNS) for t in _TURNING)


def _facing(doc: Doc, k: int, start: int) -> bool:
    """ "كوبري المشاة المعدني أمام محطة …": أمام locates a bridge or tunnel and belongs to its
    name (a bridge is known by what it faces); على before a stream or shore ("على ترعة X"،
    "على ضفاف وادي X") locates any work. Elsewhere both end the name."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].is_break or toks[k + 1].is_number:
        return False
    over_water = toks[k].text in _OVER and toks[k + 1].text in _WATERS  # "قنطرة على وادي X"
    if toks[k].text in _OVER and toks[k + 1].text in _SIDES:
        return True  # "الإنارة والتشجير على جانبي الطريق": a work along a way is known by it
    if over_water:
        return True  # "محطة الرفع على ترعة X"، "تهيئة الكورنيش على ضفاف وادي X": a work is known by its water
    if toks[k].text not in _FACING:
        return False
    return any(
        toks[j].text in _SPANS or toks[j].text[1:] in _SPANS
        for j in range(start, min(k, start + _CROSSING_REACH))
    )


# Ways known by a number: "شارع 45"، "الطريق 7"، "محور 26 يوليو".
_NUMBERED_WAYS = frozenset(fold(w) for w in "شارع الشارع طريق الطريق محور ميدان".split())


_NUMBER_WORD = fold("رقم")


def _numbered_way(doc: Doc, k: int, start: int) -> bool:
    """A number right after a way's noun inside a name is the way's own number, not a measure."""
    toks = doc.tokens
    if k > start and toks[k].is_number and toks[k - 1].text == _NUMBER_WORD:
        return True  # "تهيئة الطريق الإقليمية رقم 1708": a number after رقم is the way's own
    if k <= start or not toks[k].is_number or len(toks[k].text) > 3:
        return False
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    prev = toks[k - 1].text
    return (prev in _NUMBERED_WAYS or prev[1:] in _NUMBERED_WAYS) and nxt not in _MEASURE_WORDS


def _counts_work(doc: Doc, k: int, start: int) -> bool:
    """ "خطة لصيانة 120 كيلومترا من الطرق": a number right after a work noun inside
    the name is what the work is done to, not a measure beside the project."""
    toks = doc.tokens
    if k <= start or not toks[k].is_number or k + 1 >= len(toks) or toks[k + 1].is_punct:
        return False
    head = project_heads().match(toks, k - 1)
    if head is not None and head.end == k and _is_work(doc, head) and head.clitics in ("", "ل", "و"):
        return True
    # "استصلاح وزراعة 3 آلاف فدان": two verbal nouns joined by و share the object after them
    first = project_heads().match(toks, k - 2) if k - 2 >= start else None
    return (
        first is not None
        and first.end == k - 1
        and _is_work(doc, first)
        and toks[k - 1].text.startswith("و")
        and not toks[k - 1].text.startswith("وال")
    )


def _counted_noun_follows(doc: Doc, k: int) -> bool:
    """ "إنشاء 64 نقطة إسعاف": a number inside a name counts the noun after it."""
    toks = doc.tokens
    if k + 1 >= len(toks) or not toks[k].is_number:
        return False
    nxt = toks[k + 1].text
    return not toks[k + 1].is_punct and nxt not in _ENDERS and nxt not in _MEASURE_WORDS


_MEASURE_WORDS = frozenset(
    fold(w)
    for w in (
        "جنيه جنيها ألف آلاف مليون ملايين مليار مليارات دولار يورو ريال دينار درهم "
        "متر مترا م2 كيلومتر كيلومترا كم فدان أفدنة % بالمائة في"
    ).split()
)


def _looks_like_verb(word: str) -> bool:
    """Imperfect verbs (يضم، ستخدم) and a few past ones (تكلفت، تقع) end a name; a first
    name that looks like one stays in it ("مركز شباب حي فيصل"، "شارع يوسف عباس")."""
    if word in _names_not_verbs():
        return False
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    if bare in _MONTHS:
        return False  # "شارع 26 يوليو"، "كوبري 15 مايو": a date names the way
    return (len(bare) >= 3 and bare[0] == "ي") or bare.startswith("ست") or bare in _VERBS_WITH_T


@cache
def _names_not_verbs() -> frozenset[str]:
    return first_names() - _VERB_NAMES


_VERB_NAMES = frozenset(fold(w) for w in "يسري يزيد".split())  # names that are common verbs too
_MONTHS = frozenset(fold(w) for w in "يناير يونيو يوليو".split())  # months that open with ي, as verbs do


def _noun_ending(doc: Doc, k: int) -> bool:
    """A word ending in ة is a noun, whatever its first letters: "جسر سترة" is no
    "ست…" future verb (folding turns ة into ه, so the original text is read)."""
    return doc.surface(k, k + 1).endswith(("ة", "ات"))


_VERBS_WITH_T = frozenset(
    fold(w)
    for w in (
        "تكلفت تقع تضم تم تمت تعمل تهدف تستهدف تخدم تغطي تبلغ تصل تكلف تتكلف تتضمن تشمل تتراوح "
        "تقدر تتجاوز تزيد تفوق تقترب تناهز تتواصل تستوعب تمتد تروي "
        "تنفذ تنفذه تنفذها تموله تمولها تديره تديرها "
        # the future with سـ: "مشروع X سيخدم 120 قرية"
        "سيخدم سيوفر سيسهم سيساهم سيتم سيضم سيربط سيستوعب سيقام سيشمل سيخفض سيرفع سيتيح سينتهي "
        "سيستفيد سيساعد سينطلق سيبدأ سيكون سيصبح"
    ).split()
)


def _quoted_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token range inside the first pair of quote marks in [start, end)."""
    toks = doc.tokens
    for k in range(start, end):
        if toks[k].text in _QUOTE_PAIRS:
            close = _QUOTE_PAIRS[toks[k].text]
            for j in range(k + 1, end):
                if toks[j].text == close:
                    return k + 1, j
    return None


def _closing_quote(doc: Doc, k: int) -> int | None:
    """The token of the mark that closes the quote opened at k, near it in the sentence."""
    toks = doc.tokens
    close = _QUOTE_PAIRS[toks[k].text]
    guillemet = toks[k].text == _QUOTE_OPEN  # «…» is only ever a quote: it may be long
    for j in range(k + 1, min(len(toks), k + (3 * _QUOTE_REACH if guillemet else _QUOTE_REACH))):
        if toks[j].text == close:
            return j if j > k + 1 else None
        if doc.sentence_of[j] != doc.sentence_of[k] or toks[j].text in (".", "؛"):
            return None
        if not guillemet and toks[j].text in ("،", ","):
            return None
    return None


def _is_alias(doc: Doc, quote_start: int) -> bool:
    """ "المعروف بـ«طريق الجيش»" gives another name, not another project."""
    toks = doc.tokens
    before = [toks[j].text for j in range(max(0, quote_start - 3), quote_start)]
    return any(w in _ALIAS or w.removeprefix("ب") in _ALIAS for w in before) or any(
        w.startswith("المعروف") for w in before
    )


_FORMULA = frozenset(fold(w) for w in "بصيغة صيغة بنظام بنمط".split())


def _a_formula(doc: Doc, quote_start: int) -> bool:
    """ "وحدة سكنية بصيغة البيع بالإيجار «X»": the quote names a scheme the units are sold
    under, not a project of its own."""
    toks = doc.tokens
    return any(toks[j].text in _FORMULA for j in range(max(0, quote_start - 4), quote_start))


def project_key(name: str) -> str:
    """Identity of a project name: folded, with the article ال and the prepositions
    ل/ب dropped from its words, so "وحدة للغسيل الكلوي" = "وحدة الغسيل الكلوي",
    "كوبري مشاة" = "كوبري المشاة" and "المبادرة …" fits inside "… من المبادرة …"."""
    words = fold(name).split()
    out = []
    for w in words:
        if w.startswith("لل") and len(w) > 4:
            w = w[2:]
        elif w.startswith(("بال", "وال")) and len(w) > 5:
            w = w[0] + w[3:]
        elif w.startswith("ال") and len(w) > 4:
            w = w[2:]
        out.append(w)
    return " ".join(out)


def add_project_mention(doc: Doc, m: ProjectMention) -> ProjectMention:
    """Record a mention; quoted names inside it are projects of their own."""
    doc.project_mentions.append(m)
    quoted = _quoted_name(doc, m.start, m.end)
    if quoted is not None and not _is_alias(doc, quoted[0]) and not _a_formula(doc, quoted[0]):
        q_start, q_end = quoted
        name = doc.surface(q_start, q_end)
        doc.project_mentions.append(
            ProjectMention(q_start, q_end, project_key(name), name, fold(name).split()[0].removeprefix("ال"))
        )
    return m


def _heads_of(m: ProjectMention, deep: bool = False) -> tuple[str, ...]:
    """The head of a mention, and after "مشروع"/"برنامج" or a work noun the thing's own head
    too: "المحطة" refers back to "مشروع محطة الطاقة الشمسية …", "السد" to "بناء سد واد X".
    `deep` reads past a strong head and a work noun both ("مشروع تطوير ميناء الصيد")."""
    words = m.key.split()
    heads = [m.head]
    for w in words[1 : 4 if deep else 2]:
        if project_heads().entries.get((heads[-1],)) not in ("strong", "work"):
            break
        heads.append(w)
    return tuple(heads)


def _after_a_phase(doc: Doc, k: int) -> bool:
    """ "المرحلة الأولى من الميناء": token k is the work a phase belongs to."""
    toks = doc.tokens
    return k >= 3 and toks[k - 1].text == "من" and toks[k - 3].text == _A_PHASE


def resolve_bare(doc: Doc, k: int) -> ProjectMention | None:
    """The latest project before token k whose head matches the bare head at k."""
    head = project_heads().match(doc.tokens, k)
    if head is None:
        return None
    word = doc.folded_words(head.start, head.start + 1)[0]
    deep = _after_a_phase(doc, k)  # a phase names its work by the thing worked on
    for _prefix, stem in clitic_readings(word):
        if stem.startswith("ال"):
            target = stem.removeprefix("ال")
            for m in reversed(doc.project_mentions[-50:]):  # the recent ones: it refers back
                if m.start < k and any(h.startswith(target) for h in _heads_of(m, deep)):
                    return m
    return None
