"""Officials: persons joined to the role phrases that describe them.

A role attaches to the person right before it ("اللواء X، محافظ المنيا") or,
when none is there, to the person right after it ("محافظ المنيا اللواء X");
a dual or plural role ("نائبى المحافظ"، "وكيلا الوزارة"، "أعضاء اللجنة")
attaches to the whole list of persons beside it; a role that follows another
without a conjunction stacks on the same person ("نائب رئيس الوزراء وزير
الصحة"). A role with no person beside it invents no official. Persons with
no role are not officials (citizens, athletes, patients).
"""

from __future__ import annotations

from bisect import bisect_left

from extract.doc import Doc, PersonMention, RolePhrase
from extract.institutions import (
    _BARE_KIND,
    article_body,
    article_institution,
    implied_by_post,
    implied_institution,
    merge_short_forms,
    nearest_institution,
    register_institution,
    resolve_generic_bodies,
    without_nationality,
)
from extract.lexicon import first_names, honorifics, institution_heads, name_stops, places, roles
from extract.model import Holding, Institution, Official
from extract.normalize import fold
from extract.phrases import drop_li, possessed_post, singular_body
from extract.roles import POSSESSIVE, comma_after

_SEPARATORS = frozenset({"،", ","})
# Heads that a definite bare role names: "المحافظ" → "محافظ" + the governorate's name.
_HEAD_OF = {"وزير": ("ministry", "وزاره"), "محافظ": ("governorate", "محافظه")}
# Posts of a governorate's administration, stated with no complement.
_GOVERNORATE_POSTS = frozenset({"السكرتير العام", "السكرتير العام المساعد"})
# Committee posts that, with no complement, belong to the article's committee.
_COMMITTEE_POSTS = frozenset({"أمين سر", "وكيل", "مقرر", "عضو"})
# A title that is itself a post in this genre.
_TITLE_POSTS = {"الرئيس": "رئيس الجمهورية"}
_DUAL_CAP = 2


def name_key(name: str) -> str:
    """Identity of a person's name: folded, with عبد/أبو joined to the next word."""
    words = fold(name).split()
    out: list[str] = []
    for w in words:
        if out and out[-1] in ("عبد", "ابو"):
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)


def _first_and_last(key: str) -> str:
    words = key.split()
    return f"{words[0]} {words[-1]}"


def is_typo_of(key: str, known: str) -> bool:
    """One letter added, dropped or changed in a long name: the same person
    ("رامي آمنه" / "رامي امنة" fold alike already; "عبد الرحيم البسيوني" /
    "عبد الرحيم البسيونني" differ by one letter). Short names never match."""
    if len(key) < 12 or key.split()[0] != known.split()[0] or len(key.split()) != len(known.split()):
        return False
    return _edit_distance_at_most_one(key, known)


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] or a[i:] == b[i + 1 :] or a[i + 1 :] == b[i:]


def find_officials(doc: Doc) -> None:
    """Resolve each role's text and institution, attach roles, build officials."""
    for role in sorted(doc.roles, key=lambda r: r.definite):
        inst = implied_institution(doc, role)
        role.institution = inst.key if inst else None
    for role in doc.roles:
        role.text = render_role(doc, role)
        _of_quoted_short_name(doc, role)
    _add_set_off_names(doc)
    targets = attach_roles(doc)
    _shared_complements(doc, targets)
    for p in doc.persons:
        _chair_titled_member(doc, p, targets)
        chaired = _chaired_by(doc, p)
        if chaired is not None and not _chair_named_otherwise(doc, p, chaired, targets.get(id(p), [])):
            targets.setdefault(id(p), []).append(chaired)
        chaired = None if chaired is not None else _appointed_to_chair(doc, p) or _heads_by_relative(doc, p)
        if chaired is not None:
            targets.setdefault(id(p), []).append(chaired)
        member = None if targets.get(id(p)) else _member_for_a_district(doc, p)
        if member is not None:
            targets[id(p)] = [member]
    _successions(doc, targets)
    _replacements(doc, targets)
    holders: dict[int, list[PersonMention]] = {}
    for p in doc.persons:
        for role in targets.get(id(p), []):
            holders.setdefault(id(role), []).append(p)
    by_key: dict[str, Official] = {}
    split_roles: set[int] = set()
    members: list[PersonMention] = []
    for p in doc.persons:
        name = doc.surface(p.name_start, p.end, skip=p.skip)
        key = name_key(name)
        roles = targets.get(id(p), [])
        if not roles and p.honorifics and p.honorifics[0] in _TITLE_POSTS and key not in by_key:
            roles = [_title_post(doc, p)]
        off = by_key.get(key)
        if off is None and not roles:
            off = next((o for k, o in by_key.items() if is_typo_of(key, k)), None)
        if off is None and len(key.split()) >= 2:
            longer = [o for k, o in by_key.items() if k.startswith(key + " ")]
            off = longer[0] if len(longer) == 1 else None  # "سحر عبد السلام" after "… زكي"
        if off is None and len(key.split()) == 2:
            ends = [o for k, o in by_key.items() if len(k.split()) > 2 and _first_and_last(k) == key]
            off = ends[0] if len(ends) == 1 else None  # "سامح عيد" after "سامح جلال عيد"
        if off is None and len(key.split()) == 1:
            ends = [o for k, o in by_key.items() if len(k.split()) > 1 and k.split()[-1] == key]
            off = ends[0] if len(ends) == 1 else None  # "برئاسة العميد أبوشعالة": a surname named before
        if off is None and not roles and _titled_member(doc, p):
            members.append(p)  # "وأبدى النائب X تحفظه": a member of the house, unless named before
            continue
        if off is None:
            if not roles:
                continue
            off = by_key[key] = Official(key=key, name=name)
        else:
            off.alt_names.add(name) if name != off.name else None
        off.mentions.append(doc.mention(p.name_start, p.end, skip=p.skip))
        for h in p.honorifics:
            if h not in off.honorifics:
                off.honorifics.append(h)
        for role in roles:
            text = _personal_role_text(doc, p, role)
            text = _respective_part(doc, role, text, holders.get(id(role), []), p)
            text = _repeated_portfolio(doc, role, text, holders.get(id(role), []), p)
            institution = role.institution
            shared = (
                _shared_post(doc, role, holders.get(id(role), []), p)
                or _dual_bodies(doc, role, holders.get(id(role), []), p)
                or _respective_places(doc, role, text, holders.get(id(role), []), p)
            )
            if shared is not None:
                text, institution = shared
                split_roles.add(id(role))
            if text and all(h.role != text for h in off.holdings) and not _restated(off, role, institution):
                off.holdings.append(
                    Holding(
                        text,
                        _role_noun(role),
                        institution,
                        doc.mention(role.start, role.end),
                        role.status,
                    )
                )
    _add_titled_members(doc, members, by_key)
    # a person named again without a role is the same official
    doc.officials = [o for o in by_key.values() if o.holdings]
    _drop_unheld_joint_bodies(doc, split_roles)
    renamed = resolve_generic_bodies(doc)
    for short, long in merge_short_forms(doc).items():
        renamed[short] = long
        for old, new in renamed.items():
            if new == short:
                renamed[old] = long
    for off in doc.officials:
        off.holdings = [
            Holding(h.role, h.role_noun, renamed.get(h.institution, h.institution), h.mention, h.status)
            for h in _without_bare_nouns(off.holdings)
        ]


_SET_OFF_WORDS = (2, 3)  # a name set off by commas: given name + family name, or three names


def _add_set_off_names(doc: Doc) -> None:
    """ "مدير عام هيئة سوق المال، براق النابلسي، عن …": two or three plain words set off by
    commas right after a post are its holder's name (an apposition), even with a given name
    the lexicon lacks; times, places, bodies, posts, verbs and phrases are not names."""
    taken = {k for p in doc.persons for k in range(p.start, p.end)}
    added = []
    for role in doc.roles:
        comma = comma_after(doc, role.end)
        if comma is None:
            continue
        end = _set_off_name_end(doc, comma + 1, taken)
        if end is not None:
            added.append(PersonMention(comma + 1, comma + 1, end, [], doc.sentence_of[comma + 1], True))
            taken.update(range(comma + 1, end))
    if added:
        doc.persons = sorted(doc.persons + added, key=lambda p: p.start)


def _set_off_name_end(doc: Doc, k: int, taken: set[int]) -> int | None:
    """The comma closing a plain name that starts at k, or None."""
    toks = doc.tokens
    n = k
    while n < len(toks) and n - k <= max(_SET_OFF_WORDS) and toks[n].text not in _SEPARATORS:
        n += 1
    if n >= len(toks) or toks[n].text not in _SEPARATORS or n - k not in _SET_OFF_WORDS:
        return None
    if toks[k].text.startswith(("ال", "و", "ف")) or any(_not_a_name_word(doc, j, taken) for j in range(k, n)):
        return None
    return n


def _not_a_name_word(doc: Doc, j: int, taken: set[int]) -> bool:
    toks = doc.tokens
    w = toks[j].text
    return (
        j in taken
        or toks[j].is_punct
        or toks[j].is_number
        or len(w) < 2
        or w in name_stops()
        or w.startswith(("لل", "بال"))
        or roles().match(toks, j) is not None
        or honorifics().match(toks, j) is not None
        or places().match(toks, j) is not None
        or institution_heads().match(toks, j) is not None
        or (len(w) >= 4 and w[0] in "يت" and w.endswith(("ه", "ها", "هم")))
        or (len(w) >= 4 and w.endswith("ا") and w not in first_names())  # "مؤكدا"، "حاليا"، "لافتا"
    )


def _without_bare_nouns(holdings: list[Holding]) -> list[Holding]:
    """ "والنواب X وY، أعضاء مجلس النواب": a one-word role ("نائب") beside a complete post of
    the same person is a title or a shortening, never a post of its own."""
    full = [h for h in holdings if len(h.role.split()) > 1]
    return full if full else holdings


def _restated(off: Official, role: RolePhrase, institution: str | None) -> bool:
    """ "محافظ المحافظة الشمالية" … "محافظ الشمالية": the same post over the same body, named
    again in short, is no second holding."""
    noun = _short_post(_role_noun(role))
    return institution is not None and any(
        h.institution == institution and _short_post(h.role_noun) == noun and h.status == role.status
        for h in off.holdings
    )


def _short_post(noun: str) -> str:
    """ "رئيس الوزراء" is "رئيس" of مجلس الوزراء: the post "برئاسة X رئيس الوزراء" names again."""
    return noun.removesuffix(" " + _PREMIER_BODY_WORD)


_PREMIER_BODY_WORD = "الوزراء"


def _shared_complements(doc: Doc, targets: dict[int, list[RolePhrase]]) -> None:
    """ "المدير العام ورئيس مجلس المديرين في هيئة X"، "المدير العام رئيس مجلس إدارة الصندوق
    X": a complete post left bare shares the body named by the post right after it, and the
    same holder; it is rendered with ل ("المدير العام لهيئة X")."""
    roles = sorted(doc.roles, key=lambda r: r.start)
    for a, b in zip(roles, roles[1:], strict=False):
        if not _bare_complete(a) or b.start != a.end or b.sentence != a.sentence or b.number != "sg":
            continue
        inside = [m for m in doc.institution_spans if b.noun_end <= m.start and m.end <= b.end]
        inst = doc.institutions.get(inside[-1].key) if inside else None
        if inst is None:
            continue
        if a.canonical.startswith("ال"):  # ("رئيس مجلس الإدارة" names its board already)
            a.text = f"{a.canonical} {_with_li(inst.name)}"
            a.institution = inst.key
        b.institution = b.institution or inst.key
        _share_holders(doc, targets, a, b)


def _bare_complete(role: RolePhrase) -> bool:
    """A post that is whole without a complement, written here without one ("المدير العام"،
    "رئيس مجلس الإدارة")."""
    words = role.canonical.split()
    complete = words[0].startswith("ال") or words[-1].startswith("ال")
    return role.end == role.noun_end and len(words) > 1 and complete


def _share_holders(doc: Doc, targets: dict[int, list[RolePhrase]], a: RolePhrase, b: RolePhrase) -> None:
    """Give the second of two stacked posts to the holders of the first (taking it from a name
    after it, read as the holder of a post set off before it), or the first to the second's."""
    a_holders = [p for p in doc.persons if a in targets.get(id(p), [])]
    for p in doc.persons:
        held = targets.get(id(p), [])
        if a_holders and b in held and p not in a_holders:
            held.remove(b)
        elif (a in held) != (b in held):
            held.append(b if a in held else a)
            targets[id(p)] = held


_CHAIRED = frozenset(fold(w) for w in ("برئاسة", "ترأسه", "ترأسها", "يترأسه", "يترأسها"))


def _chaired_by(doc: Doc, p: PersonMention) -> RolePhrase | None:
    """ "عقدت لجنة … اجتماعا برئاسة الدكتور X": X chairs the body named before."""
    if p.start == 0 or doc.tokens[p.start - 1].text not in _CHAIRED:
        return None
    before = [m for m in doc.institution_spans if m.end <= p.start and doc.sentence_of[m.start] == p.sentence]
    if not before:
        before = _body_after_fronted_chair(doc, p)
    if not before:
        return None
    if _delegation_of(doc, before[0].start):
        return None  # "وفد الصندوق … برئاسة X": X heads a visiting delegation, not the body
    inst = doc.institutions[before[0].key]
    r = RolePhrase(p.start - 1, p.start, p.start, "رئيس", "sg", False, None, "current", p.sentence)
    r.text = f"رئيس {doc.institution_full.get(inst.key, inst.name)}"
    r.institution = inst.key
    return r


def _chair_named_otherwise(doc: Doc, p: PersonMention, chaired: RolePhrase, own: list[RolePhrase]) -> bool:
    """ "برئاسة X، رئيس المجلس،": the chair written as a bare post names the body chaired, so
    that post takes the body's name ("رئيس المجلس بالنيابة" → "رئيس مجلس منطقة … بالنيابة")
    and no second one is made. "برئاسة X محافظ الدقهلية": a post of another kind written beside
    the name is what X holds; chairing the meeting comes with it and is no post of its own."""
    bare = next((r for r in own if r.canonical == "رئيس" and _names_body_by_noun(doc, r)), None)
    if bare is not None:
        if bare.institution != chaired.institution:
            rest = doc.surface(bare.noun_end + 1, bare.end) if bare.end > bare.noun_end + 1 else ""
            bare.text = " ".join(filter(None, [chaired.text, rest]))
            bare.institution = chaired.institution
        return True
    return any(_beside(doc, p, r) and r.canonical != "رئيس" for r in own)


# Definite nouns a chair's post names the body chaired by (folded).
_CHAIRED_NOUNS = frozenset(fold(w) for w in ("المجلس", "اللجنة", "الهيئة", "الجلسة"))


def _names_body_by_noun(doc: Doc, r: RolePhrase) -> bool:
    """ "رئيس المجلس"، "رئيس اللجنة بالنيابة": a post whose complement is a bare definite noun of
    a council or committee, then at most a ب-word."""
    words = doc.folded_words(r.noun_end, r.end)
    return (
        r.nested is None
        and 1 <= len(words) <= 2
        and words[0] in _CHAIRED_NOUNS
        and (len(words) == 1 or words[1].startswith("ب"))
    )


_MEMBER_TITLE = fold("العضو")


def _chair_titled_member(doc: Doc, p: PersonMention, targets: dict[int, list[RolePhrase]]) -> None:
    """ "رئيس اللجنة العضو X"، "برئاسة العضو X": a bare العضو between a chair and the name only
    marks X as an elected member of the council; the post X holds is the chair."""
    member = next(
        (
            r
            for r in targets.get(id(p), [])
            if r.start == p.start - 1 and r.end == p.start and r.canonical == "عضو"
        ),
        None,
    )
    if member is None or doc.tokens[member.start].text != _MEMBER_TITLE:
        return
    chair = None
    if member.start > 0 and doc.tokens[member.start - 1].text in _CHAIRED:
        shifted = PersonMention(member.start, p.name_start, p.end, p.honorifics, p.sentence, p.strong, p.skip)
        chair = _chaired_by(doc, shifted)
    else:
        chair = next(
            (
                r
                for r in doc.roles
                if r.end == member.start
                and r.canonical == "رئيس"
                and r.sentence == p.sentence
                and r.institution
            ),
            None,
        )
    if chair is not None:
        targets[id(p)] = [chair if r is member else r for r in targets[id(p)]]


_MP_TITLES = frozenset(fold(w) for w in ("النائب", "النائبة"))
_FOR_DISTRICT = (fold("عن"), fold("دائرة"))
_HOUSE = "مجلس النواب"


def _member_for_a_district(doc: Doc, p: PersonMention) -> RolePhrase | None:
    """ "النائبة X، عن دائرة أبو حمص": a deputy's title and the district elected for make X a
    member of the house, though no post is written."""
    if not p.honorifics or fold(p.honorifics[0]) not in _MP_TITLES:
        return None
    k = p.end + (1 if p.end < len(doc.tokens) and doc.tokens[p.end].text in _SEPARATORS else 0)
    if tuple(doc.folded_words(k, k + 2)) != _FOR_DISTRICT:
        return None
    house = article_institution(doc, "parliament") or register_institution(
        doc, _HOUSE, "parliament", doc.mention(p.start, p.end)
    )
    r = RolePhrase(k, k, k, "عضو", "sg", False, None, "current", p.sentence)
    r.text = f"عضو {house.name}"
    r.institution = house.key
    return r


def _titled_member(doc: Doc, p: PersonMention) -> bool:
    """ "النائب X"، "النائبة Y": in Arab news this title before a name is an elected deputy's,
    so a titled name with no post written is a member of the house ("النائب العام" is a post,
    read as a role before any name)."""
    return bool(p.honorifics) and fold(p.honorifics[0]) in _MP_TITLES and p.start < p.name_start


def _add_titled_members(doc: Doc, members: list[PersonMention], by_key: dict[str, Official]) -> None:
    """Make officials of titled deputies with no post, unless the name is a shorter form or the
    surname of an official already known ("النائب عرفة" after "النائب إيهاب صلاح عرفة"), or such
    a name read on into prose ("النائبة X Y بجدول زمني" after "X Y")."""
    for p in members:
        name = doc.surface(p.name_start, p.end, skip=p.skip)
        key = name_key(name)
        words = key.split()
        if any(
            k == key or k.startswith(key + " ") or key.startswith(k + " ") or words[0] == k.split()[-1]
            for k in by_key
        ):
            continue
        if len(words) < 2 or not p.strong:
            continue
        off = by_key[key] = Official(key=key, name=name, honorifics=list(p.honorifics))
        off.mentions.append(doc.mention(p.name_start, p.end, skip=p.skip))
        member = _house_member(doc, p, p.end)
        off.holdings.append(Holding(member.text, "عضو", member.institution, doc.mention(p.start, p.end)))


def _house_member(doc: Doc, p: PersonMention, k: int) -> RolePhrase:
    """The post "عضو <house>" at token k: the article's chamber, else the house of deputies."""
    house = article_institution(doc, "parliament", prefix=fold("مجلس"))
    r = RolePhrase(k, k, k, "عضو", "sg", False, None, "current", p.sentence)
    r.text = f"عضو {house.name if house else _HOUSE}"
    r.institution = house.key if house else None
    return r


def _body_after_fronted_chair(doc: Doc, p: PersonMention) -> list:
    """ "برئاسة الدكتور X، عقد مجلس الوزراء اجتماعه": the chair named first, then a verb and the
    body that met; [] unless برئاسة opens the sentence and the body follows within a few words."""
    at = p.start - 1
    if at > 0 and doc.sentence_of[at - 1] == p.sentence and not doc.tokens[at - 1].is_punct:
        return []
    after = [
        m
        for m in doc.institution_spans
        if p.end < m.start <= p.end + 3 and doc.sentence_of[m.start] == p.sentence
    ]
    return after[:1] if after and doc.tokens[p.end].text in _SEPARATORS else []


_DELEGATIONS = frozenset(fold(w) for w in ("وفد", "بعثة", "ووفد", "بوفد"))


def _delegation_of(doc: Doc, start: int) -> bool:
    """The body named at `start` is introduced as sending a delegation ("مع وفد البنك …")."""
    return start > 0 and doc.tokens[start - 1].text in _DELEGATIONS


def _personal_role_text(doc: Doc, p: PersonMention, role: RolePhrase) -> str:
    """The role as it applies to this person: a shared role narrowed by the ل-phrase
    after the name, or held as acting ("القائم بأعمال …")."""
    text = role.text
    if role.number in ("du", "pl", "acc") and role.end <= p.start:
        spec_end = specialisation_end(doc, p.end, to_comma=_before_colon(doc, role))
        if spec_end > p.end:
            text = f"{text} {doc.surface(p.end, spec_end)}"
    for start in (p.end, _past_own_post(doc, p.end)):
        if _acting_gap(doc, start, role.start):  # "X، مدير عام …، للقيام بأعمال رئيس مركز …" too
            by_work = doc.tokens[role.start - 1].text == _BY_WORK  # "قائما بعمل": as written
            return f"{_ACTING_BY_WORK if by_work else _ACTING_PREFIX} {text}"
    return text


_RESPECTIVELY = (fold("على"), fold("الترتيب"))
_RESPECTIVELY_ALT = (fold("على"), fold("التوالي"))
_RESPECTIVE_WORDS = (_RESPECTIVELY, _RESPECTIVELY_ALT)


def _respective_part(
    doc: Doc, role: RolePhrase, text: str, holders: list[PersonMention], p: PersonMention
) -> str:
    """ "X وY، نائبا رئيس الجامعة لشئون التعليم والطلاب والدراسات العليا والبحوث على الترتيب":
    the portfolios after the shared ل-word are split among the holders in order."""
    if role.number not in ("du", "pl", "acc") or len(holders) < 2 or p not in holders:
        return text
    words = text.split()
    after = tuple(doc.folded_words(role.end, min(len(doc.tokens), role.end + 2)))
    at = _portfolio_at(words, respective=after in _RESPECTIVE_WORDS)
    if at is None:
        return text
    listed = _portfolios_after(doc, role.end)
    if listed is not None and len(listed) + 1 == len(holders):
        n = holders.index(p)  # "…لشئون التعليم والطلاب، والدراسات العليا، وخدمة المجتمع، على الترتيب"
        return text if n == 0 else " ".join([*words[: at + 1], listed[n - 1]])
    if after not in _RESPECTIVE_WORDS:
        return text
    own_li = not fold(words[at]).startswith(_PORTFOLIO_LI)  # "للحماية": the ل-word is a portfolio
    first = at if own_li else at + 1
    parts = _split_coordinated(words[first:], len(holders))
    if parts is None:
        return text
    part = parts[holders.index(p)]
    part[0] = part[0][1:] if part[0].startswith("و") else part[0]
    if own_li and not part[0].startswith("ل"):
        part[0] = "ل" + (part[0][1:] if part[0].startswith("ال") else part[0])  # "الاتصال" → "للاتصال"
    return " ".join(words[:first] + part)


def _portfolio_at(words: list[str], respective: bool) -> int | None:
    """Index of the ل-word opening the shared portfolios: a listed one (لشؤون، لقطاع), or,
    when "على الترتيب/التوالي" closes the post, any لل-word ("للحماية الاجتماعية والاتصال")."""
    folded = [fold(w) for w in words]
    at = next((n for n in range(len(words) - 1, 0, -1) if folded[n].startswith(_PORTFOLIO_LI)), None)
    if at is not None or not respective:
        return at
    return next((n for n in range(len(words) - 1, 0, -1) if folded[n].startswith("لل")), None)


def _portfolios_after(doc: Doc, k: int) -> list[str] | None:
    """The portfolios listed between commas after a post and closed by "على الترتيب"
    ("، والدراسات العليا والبحوث، وخدمة المجتمع، على الترتيب"), without their و; None
    unless the list is closed so."""
    toks = doc.tokens
    parts: list[str] = []
    while k + 1 < len(toks) and toks[k].text in ("،", ",") and toks[k + 1].text.startswith("و"):
        end = k + 1
        while end < len(toks) and end - k < 8 and not toks[end].is_punct:
            end += 1
        parts.append(doc.surface(k + 1, end, skip=1))
        k = end
    if k < len(toks) and toks[k].text in ("،", ","):
        k += 1
    if not parts or tuple(doc.folded_words(k, min(len(toks), k + 2))) not in _RESPECTIVE_WORDS:
        return None
    return parts


def _repeated_portfolio(
    doc: Doc, role: RolePhrase, text: str, holders: list[PersonMention], p: PersonMention
) -> str:
    """ "X وY، نائبي رئيس الجامعة لشئون الدراسات العليا ولشئون خدمة المجتمع": a repeated ل-word
    after the post gives the second holder its own portfolio, in order."""
    toks = doc.tokens
    if role.number not in ("du", "acc") or len(holders) != 2 or p is not holders[1]:
        return text  # the first holder keeps the portfolio the post was read with
    k = role.end
    if k >= len(toks) or not toks[k].text.startswith("و") or toks[k].text[1:] not in _PORTFOLIO_LI:
        return text
    end = k + 1
    while (
        end < len(toks) and end - k < 8 and not toks[end].is_punct and doc.sentence_of[end] == role.sentence
    ):
        end += 1
    words = text.split()
    at = next((n for n in range(len(words) - 1, 0, -1) if fold(words[n]).startswith(_PORTFOLIO_LI)), None)
    if at is None or end == k + 1:
        return text
    return " ".join([*words[:at], doc.surface(k, end, skip=1)])


def _respective_places(
    doc: Doc, role: RolePhrase, text: str, holders: list[PersonMention], p: PersonMention
) -> tuple[str, str | None] | None:
    """ "X وY، رئيسا الإدارة المركزية للري بالشرقية والدقهلية على الترتيب": the role phrase stops
    at the first ب-place; the places coordinated after it go to the later holders in order.
    Returns p's (role text, institution key), None unless the places are stated respectively."""
    if role.number not in ("du", "pl", "acc") or len(holders) < 2 or p not in holders:
        return None
    toks = doc.tokens
    tail = role.end + len(holders) - 1
    if tail + 2 > len(toks) or tuple(doc.folded_words(tail, tail + 2)) not in _RESPECTIVE_WORDS:
        return None
    words = text.split()
    if not fold(words[-1]).startswith("بال") or places().match(toks, role.end - 1) is None:
        return None
    if not all(toks[k].text.startswith("وال") and places().match(toks, k) for k in range(role.end, tail)):
        return None
    at = holders.index(p)
    if at == 0:
        return text, role.institution
    place = "ب" + doc.surface(role.end + at - 1, role.end + at)[1:]
    own = " ".join([*words[:-1], place])
    inst = doc.institutions.get(role.institution) if role.institution else None
    if inst is None or not inst.name.endswith(words[-1]):
        return own, role.institution
    name = inst.name[: -len(words[-1])] + place
    body = register_institution(doc, name, inst.kind, doc.mention(role.start, tail))
    return own, body.key


_PORTFOLIO_LI = tuple(fold(w) for w in ("لشؤون", "لشئون", "للشؤون", "للشئون", "لقطاع"))


def _split_coordinated(words: list[str], n: int) -> list[list[str]] | None:
    """Split a coordination into n parts at و-words, as evenly as the words allow."""
    cuts = [k for k in range(1, len(words)) if words[k].startswith("و")]
    if n != 2 or not cuts:
        return None  # three or more holders: where each part ends is not clear
    best = min(cuts, key=lambda k: (abs(len(words) - 2 * k), -k))
    return [list(words[:best]), list(words[best:])]


# Posts whose dual with two portfolios means one post each: "وزيرا الصحة والتخطيط".
_ONE_PORTFOLIO_EACH = frozenset({"وزير", "محافظ"})


def _shared_post(
    doc: Doc, role: RolePhrase, holders: list[PersonMention], p: PersonMention
) -> tuple[str, str | None] | None:
    """ "X وY، وزيرا الصحة والتخطيط": X is وزير الصحة, Y وزير التخطيط (text, institution key);
    None unless two holders share a dual post whose complement joins exactly two portfolios."""
    if role.number not in ("du", "acc") or role.canonical not in _ONE_PORTFOLIO_EACH or role.nested:
        return None
    if len(holders) != 2 or p not in holders:
        return None
    words = doc.surface(role.noun_end, role.end).split()
    cuts = [k for k in range(1, len(words)) if words[k].startswith("و")]
    if len(cuts) != 1:
        return None
    parts = [words[: cuts[0]], words[cuts[0] :]]
    part = parts[holders.index(p)]
    part = [part[0][1:] if part[0].startswith("و") else part[0], *part[1:]]
    text = f"{role.canonical} {' '.join(part)}"
    inst = implied_by_post(doc, role.canonical, " ".join(part), role)
    return text, inst.key if inst else None


def _dual_bodies(
    doc: Doc, role: RolePhrase, holders: list[PersonMention], p: PersonMention
) -> tuple[str, str | None] | None:
    """ "X وY، رئيسا حيي وسط وشرق"، "وكيلي وزارتي الصحة والتربية والتعليم بالغربية": a dual post
    over a dual body names one body each, in order; a final ب-phrase is shared. Returns the
    (role text, institution key) of p, None unless two holders share such a post."""
    if role.number not in ("du", "acc", "pl") or len(holders) != 2 or p not in holders:
        return None
    end = role.end - 1 if role.status_word else role.end
    start = role.nested[1] if role.nested else role.noun_end
    words = doc.surface(start, end).split()
    nouns: list[str] = []
    while len(nouns) < len(words) and (single := singular_body(words[len(nouns)], bool(nouns))):
        nouns.append(single)
    rest = words[len(nouns) :]
    if not nouns or len(rest) < 2:
        return None
    tail_at = next(
        (n for n in range(1, len(rest)) if rest[n].startswith("ب") and len(rest[n]) > 2), len(rest)
    )
    items, tail = rest[:tail_at], rest[tail_at:]
    cut = next((n for n in range(1, len(items)) if items[n].startswith("و")), None)
    if cut is None:
        return None
    parts = [items[:cut], [items[cut][1:], *items[cut + 1 :]]]
    if len(parts[1]) == len(parts[0]) + 1 and (fold(parts[1][-1]),) in places().entries:
        parts[0] = [*parts[0], parts[1][-1]]  # "حيي أول وثان طنطا": the town is both districts'
    part = parts[holders.index(p)]
    body = " ".join([*nouns, *part])
    head = (
        f"{role.canonical} {doc.surface(role.nested[0], role.nested[1])}" if role.nested else role.canonical
    )
    if role.nested and doc.tokens[role.nested[0]].text.startswith("ل"):
        return None  # "النائب الأول لرئيسي …": not a shape seen with dual bodies
    text = " ".join([head, body, *tail])
    kind = institution_heads().entries.get((fold(nouns[0]),))
    # "متصرفا لواءي X وY": a district, not a body, so the post implies its office (متصرفية لواء X)
    inst = None if kind is not None else implied_by_post(doc, role.canonical, body, role)
    if inst is None:
        inst = register_institution(doc, body, kind or "council", doc.mention(role.start, role.end))
    return text, inst.key


def _drop_unheld_joint_bodies(doc: Doc, split_roles: set[int]) -> None:
    """The body implied by a joint post that was split ("وزارة الصحة والتخطيط") names nothing."""
    for role in doc.roles:
        if id(role) not in split_roles or role.institution is None:
            continue
        inst = doc.institutions.get(role.institution)
        held = any(h.institution == role.institution for o in doc.officials for h in o.holdings)
        if inst is not None and inst.implied and not held:
            del doc.institutions[role.institution]


# "بتكليف X برئاسة …"، "نقل X، <post>، لرئاسة …" (moved to head another body), folded.
_TO_CHAIR = _CHAIRED | {fold("لرئاسة"), fold("لرئاسه")}


_MOVING = frozenset(fold(p + "نقل") for p in ("", "و", "ب", "وب"))


def _appointed_or_moved(doc: Doc, p: PersonMention) -> bool:
    """The person is the object of an appointment or a transfer ("تعيين X"، "ونقل X")."""
    w = doc.tokens[p.start - 1].text if p.start > 0 else ""
    return w in _APPOINTING or w in _MOVING


def _appointed_to_chair(doc: Doc, p: PersonMention) -> RolePhrase | None:
    """ "بتكليف المهندس X برئاسة مركز ومدينة كفر سعد": X heads the body named after; "بتكليف
    X، رئيس مدينة بلبيس السابق، برئاسة …" likewise, past the post X held."""
    at = _past_own_post(doc, p.end)
    if at >= len(doc.tokens) or doc.tokens[at].text not in _TO_CHAIR:
        return None
    if doc.tokens[at].text not in _CHAIRED and not _appointed_or_moved(doc, p):
        return None  # "ترشيح X لرئاسة …": a nominee holds nothing yet
    after = next((m for m in doc.institution_spans if m.start == at + 1), None)
    if after is None:
        return _appointed_to_district(doc, p, at)
    inst = doc.institutions[after.key]
    r = RolePhrase(at, at + 1, after.end, "رئيس", "sg", False, None, "current", p.sentence)
    r.text = f"رئيس {doc.institution_full.get(inst.key, inst.name)}"
    r.institution = inst.key
    return r


_HEADS = frozenset(fold(w) for w in ("يرأس", "ترأس", "يترأس", "تترأس", "تراس"))
_TAKES_CHARGE = frozenset(fold(w) for w in ("تولى", "يتولى", "تتولى", "تولت"))
_CHAIR_NOUNS = frozenset(fold(w) for w in ("رئاسة", "رئاسه"))


def _heads_by_relative(doc: Doc, p: PersonMention) -> RolePhrase | None:
    """ "X، الذي يرأس المجلس البلدي"، "X التي تتولى رئاسة الهيئة …": a relative clause that
    says X heads a named body gives X the chair of that body."""
    toks = doc.tokens
    k = p.end + (p.end < len(toks) and toks[p.end].text in _SEPARATORS)
    if k + 2 >= len(toks) or toks[k].text not in _RELATIVE or doc.sentence_of[k] != p.sentence:
        return None
    at = k + 1
    if toks[at].text in _TAKES_CHARGE and toks[at + 1].text in _CHAIR_NOUNS:
        at += 1
    elif toks[at].text not in _HEADS:
        return None
    after = next((m for m in doc.institution_spans if m.start == at + 1), None)
    if after is None:
        return None
    inst = doc.institutions[after.key]
    r = RolePhrase(at, at + 1, after.end, "رئيس", "sg", False, None, "current", p.sentence)
    r.text = f"رئيس {doc.institution_full.get(inst.key, inst.name)}"
    r.institution = inst.key
    return r


_DISTRICT = fold("حي")


def _appointed_to_district(doc: Doc, p: PersonMention, at: int) -> RolePhrase | None:
    """ "تكليف الدكتورة X برئاسة حي غرب المنصورة": a city district, which only its post names."""
    from extract.lexicon import RoleForm
    from extract.roles import read_phrase

    if at + 2 >= len(doc.tokens) or doc.tokens[at + 1].text != _DISTRICT:
        return None
    r = read_phrase(doc, at, at + 2, RoleForm("رئيس حي", "sg", False), set())
    if r.end <= at + 2:
        return None
    inst = implied_institution(doc, r)
    r.institution = inst.key if inst else None
    r.text = render_role(doc, r)
    return r


def _past_own_post(doc: Doc, k: int) -> int:
    """The token after a post set off by commas at k ("، رئيس مدينة بلبيس السابق،"), else k."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].text not in _SEPARATORS:
        return k
    post = next((r for r in doc.roles if r.start == k + 1), None)
    if post is None:
        return k
    end = post.end + (post.end < len(toks) and toks[post.end].text in _STATUS_ADVERBS)
    if end >= len(toks) or toks[end].text not in _SEPARATORS:
        return k
    return end + 1


# Adverbs of time after a post set off by commas ("…، السكرتير العام المساعد لمركز ببا سابقا،").
_STATUS_ADVERBS = frozenset(fold(w) for w in ("سابقا", "سابقًا", "حاليا", "حاليًا"))
_NOW = frozenset(fold(w) for w in ("حاليا", "حاليًا"))


_SUCCEEDING = frozenset(fold(w) for w in ("خلفا", "خلفًا"))


def _successions(doc: Doc, targets: dict[int, list[RolePhrase]]) -> None:
    """ "X، محافظ دمياط، خلفا للدكتور Y": Y held the same post before (former)."""
    for q in doc.persons:
        if not _succeeds(doc, q.start):
            continue
        own = targets.get(id(q), [])
        before = [
            p for p in doc.persons if p.end <= q.start and p.sentence == q.sentence and targets.get(id(p))
        ]
        successor_role = targets[id(before[-1])][-1] if before else _appointed_post_before(doc, q)
        for r in own:
            if successor_role is not None and _names_the_post_left(q, r, successor_role):
                r.text, r.institution = successor_role.text, successor_role.institution
        if own and not all(_moved_on(doc, q, r) for r in own):
            continue  # "خلفا للدكتور Y، وزير …": Y's post is stated; "Y الذي عين وكيلا": a new one
        if successor_role is None:
            continue
        r = RolePhrase(
            successor_role.start,
            successor_role.noun_end,
            successor_role.end,
            successor_role.canonical,
            "sg",
            successor_role.definite,
            successor_role.nested,
            "former",
            q.sentence,
        )
        r.text, r.institution = successor_role.text, successor_role.institution
        targets[id(q)] = [r, *targets.get(id(q), [])]


_TAKES_PLACE = frozenset(
    fold(w) for w in ("يحل", "تحل", "سيحل", "ستحل", "ويحل", "وتحل")
)  # (not "حل محله": a stand-in at one event)
_PLACE_OF = frozenset(fold(w) for w in ("محله", "محلها"))
_IN_POST_WORDS = 4  # "في منصبه"، "في رئاسة الإدارة": words of the seat before the successor


def _replacements(doc: Doc, targets: dict[int, list[RolePhrase]]) -> None:
    """ "X، وكيل وزارة الصحة، على أن يحل محله الدكتور Y": Y, given no post of his own, takes the
    post of the person named last before him in the sentence."""
    for q in doc.persons:
        if targets.get(id(q)) or not _takes_place_of(doc, q):
            continue
        before = [
            p for p in doc.persons if p.end <= q.start and p.sentence == q.sentence and targets.get(id(p))
        ]
        if not before:
            continue
        # the post written beside the name is the one left ("X، رئيس الوحدة …، ليشغل منصب …")
        left = next((r for r in targets[id(before[-1])] if r.status != "former"), None)
        if left is None:
            continue
        r = RolePhrase(
            left.start,
            left.noun_end,
            left.end,
            left.canonical,
            "sg",
            left.definite,
            left.nested,
            "current",
            q.sentence,
        )
        r.text, r.institution = left.text, left.institution
        targets[id(q)] = [r]


def _takes_place_of(doc: Doc, q: PersonMention) -> bool:
    """ "يحل محله [في منصبه] Y": the words before the name at q say Y replaces someone."""
    toks = doc.tokens
    for k in range(q.start - 1, max(-1, q.start - 2 - _IN_POST_WORDS), -1):
        if toks[k].is_punct or doc.sentence_of[k] != q.sentence:
            return False
        if toks[k].text in _PLACE_OF:
            return (
                k > 0 and toks[k - 1].text in _TAKES_PLACE and (k + 1 == q.start or toks[k + 1].text == _FI)
            )
    return False


def _appointed_post_before(doc: Doc, q: PersonMention) -> RolePhrase | None:
    """ "صدر قرار بتكليفه أمينا لمنطقة الباحة، خلفا للمهندس Y": with the appointee named by a
    pronoun only, the post given just before "خلفا" is the one Y left."""
    posts = [r for r in doc.roles if r.end <= q.start and r.sentence == q.sentence and r.number == "acc"]
    if not posts or q.start - posts[-1].end > 6:  # ("… مطلع العام الجاري، خلفا ل…")
        return None
    return posts[-1]


def _names_the_post_left(q: PersonMention, own: RolePhrase, successor_role: RolePhrase) -> bool:
    """ "خلفا للأستاذ Y، رئيس المركز السابق": a former post named by its bare noun, whose body the
    article does not settle, is the post the successor took."""
    return (
        own.start > q.end
        and own.status == "former"
        and own.canonical == successor_role.canonical
        and own.nested is None
        and all(
            w in _LOCAL_UNITS or w in _BARE_KIND for w in fold(own.text).split()[len(own.canonical.split()) :]
        )
    )


_INSTEAD = (fold("بدلا"), fold("من"))


def _succeeds(doc: Doc, k: int) -> bool:
    """ "خلفا للدكتور X"، "بدلا من المحاسب X": the person at k held the post before."""
    words = doc.folded_words(max(0, k - 2), k)
    return bool(words) and (words[-1] in _SUCCEEDING or tuple(words) == _INSTEAD)


_RELATIVE = frozenset(fold(w) for w in ("الذي", "التي"))
_FI = fold("في")


def _moved_on(doc: Doc, q: PersonMention, role: RolePhrase) -> bool:
    """A post after a relative clause on the predecessor: his next post, not the one left."""
    return role.start > q.end and any(t.text in _RELATIVE for t in doc.tokens[q.end : role.start])


def _title_post(doc: Doc, p: PersonMention) -> RolePhrase:
    post = _TITLE_POSTS[p.honorifics[0]]
    r = RolePhrase(p.start, p.name_start, p.name_start, post, "sg", False, None, "current", p.sentence)
    r.text = post
    return r


def _role_noun(role: RolePhrase) -> str:
    return f"{role.canonical} {role.nested[2]}" if role.nested else role.canonical


# -- role text --------------------------------------------------------------------
def render_role(doc: Doc, role: RolePhrase) -> str:
    """The singular role with its complement, bare references resolved (see `_render`)."""
    text = _render(doc, role)
    return _member_without_bi(_without_governorate(doc, role, _resolve_trailing_bare(doc, role, text)))


_MEMBER_AT = ("عضو بمجلس ", "عضو بلجنة ", "عضو بهيئة ")


def _member_without_bi(text: str) -> str:
    """ "عضو بمجلس النواب" → "عضو مجلس النواب": a member is of the body, in construct."""
    return "عضو " + text[5:] if text.startswith(_MEMBER_AT) else text


# Local units a governorate contains (folded first words of their names).
_LOCAL_UNIT_HEADS = frozenset(fold(w) for w in ("حي", "مركز", "مدينة", "قرية", "الوحدة"))
_IN_GOVERNORATE = frozenset({fold("بمحافظة")})


def _without_governorate(doc: Doc, role: RolePhrase, text: str) -> str:
    """ "رئيس حي العمرانية بمحافظة الجيزة" → "رئيس حي العمرانية": the governorate after a local
    unit only locates it (the unit's parent), while a directorate's "بمحافظة" stays in its name
    ("مديرية الصحة بمحافظة الشرقية")."""
    inst = doc.institutions.get(role.institution) if role.institution else None
    if inst is None or inst.kind != "council" or fold(inst.name).split()[0] not in _LOCAL_UNIT_HEADS:
        return text
    end = role.end - 1 if role.status_word else role.end
    toks = doc.tokens
    for k in range(role.noun_end + 1, end - 1):
        if toks[k].text not in _IN_GOVERNORATE:
            continue
        place = places().match(toks, k + 1, clitics=False)
        if place is None or place.end != end:
            return text
        written = doc.surface(k, end)
        return " ".join(text.replace(written, "").split())
    return text


def _resolve_trailing_bare(doc: Doc, role: RolePhrase, text: str) -> str:
    """ "مدير إدارة المشروعات بالوزارة" → "… بوزارة الحكم المحلي": a final ب (or في) + bare body
    names the article's body of that noun; left as written when the article names none."""
    k = (role.end - 1 if role.status_word else role.end) - 1
    if k <= role.noun_end:
        return text
    w = doc.tokens[k].text
    after_fi = w.startswith("ال") and doc.tokens[k - 1].text == "في"  # "مدير عام دائرة … في الوزارة"
    if not (w.startswith("بال") or after_fi):
        return text
    named = article_body(doc, w if after_fi else w[1:])  # "الوزاره"
    if named is None or (after_fi and f" {_FI} " in fold(named)):
        return text  # (a body named with its seat, "دائرة … في عجمان", takes no second في: as written)
    written = doc.surface(k, k + 1)
    at = text.rfind(written)
    prefix = "" if after_fi else "ب"
    return text if at < 0 else f"{text[:at]}{prefix}{named}{text[at + len(written) :]}"


def _render(doc: Doc, role: RolePhrase) -> str:
    """The singular role with its complement, bare references resolved.

    "نائبى المحافظ" → "نائب محافظ القليوبية"; "مساعد الوزير للتخطيط" →
    "مساعد وزير التنمية المحلية للتخطيط"; "رئيسًا لجامعة الأزهر" → "رئيس جامعة
    الأزهر"; "عضو اللجنة" → "عضو لجنة … بمجلس الشيوخ".
    """
    if role.start in doc.cache.get(POSSESSIVE, ()):
        return _possessor_post(doc, role)
    held = possessed_post(doc, role.start)
    if held is not None and held[0] == role.end:
        return _post_of_possessor(doc, role, held[2])
    end = role.end - 1 if role.status_word else role.end
    comp = role.noun_end - (1 if _complete_post(role) else 0)  # "رئيس الوزراء الأردني" → "رئيس الوزراء"
    end = without_nationality(doc, role.start, comp, end)  # "وزيرة الصحة الأردنية" → "وزير الصحة"
    if role.nested:
        n_start, n_end, n_canonical, n_definite = role.nested
        keep_li = role.canonical.startswith("ال") and doc.tokens[n_start].text.startswith("ل")
        head, _, last = n_canonical.rpartition(" ")
        if n_definite and head and _resolve_bare(doc, last) != last:
            # "مساعد نائب الوزير للمشروعات" → "مساعد نائب وزير الإسكان للمشروعات"
            rest = doc.surface(n_end, end) if end > n_end else ""
            return " ".join(filter(None, [role.canonical, head, _resolve_bare(doc, last), rest]))
        if n_definite and " " not in n_canonical:
            inner = _resolve_bare(doc, n_canonical)
            if keep_li:  # "النائب الأول للمحافظ" → "النائب الأول لمحافظ البصرة"
                inner = _with_li(inner if inner != n_canonical else "ال" + n_canonical)
            rest = doc.surface(n_end, end) if end > n_end else ""
            return " ".join(filter(None, [role.canonical, inner, rest]))
        shared = _deputy_portfolio(doc, role, n_canonical, n_definite, n_end, end)
        if shared is not None:
            return shared
        inner = RolePhrase(
            n_start, n_end, end, n_canonical, "sg", n_definite, None, role.status, role.sentence
        )
        inner_text = _render(doc, inner)
        if doc.tokens[n_start].text.startswith("ل"):
            inner_text = _drop_li(inner_text)  # "النائب الأول لرئيس …"
            if keep_li:
                inner_text = _with_li(inner_text)  # "المساعد الأول لوزير الداخلية"
        return f"{role.canonical} {inner_text}"
    if end <= role.noun_end:
        if role.definite and role.canonical in _HEAD_OF:
            return _resolve_bare(doc, role.canonical)
        if role.canonical in _GOVERNORATE_POSTS:
            governorate = article_institution(doc, "governorate")
            if governorate is not None:
                return f"{role.canonical} {_with_li(governorate.name)}"
        if role.canonical in _COMMITTEE_POSTS:
            committee = article_institution(doc, "committee")
            if committee is not None:
                return f"{role.canonical} {doc.institution_full.get(committee.key, committee.name)}"
        return role.canonical
    words = doc.folded_words(role.noun_end, end)
    first = words[0]
    bare = next((c for c in _bare_readings(first) if c in _BARE_KIND), None)
    rest = doc.surface(role.noun_end + 1, end) if len(words) > 1 else ""
    if bare is not None and (len(words) == 1 or words[1].startswith("ل")):
        kind = _BARE_KIND[bare]
        inst = nearest_institution(doc, bare, role.start) or article_institution(doc, kind)
        if inst is not None:
            full = doc.institution_full.get(inst.key, inst.name) if not rest else inst.name
            if _takes_li(role.canonical):
                return " ".join(filter(None, [role.canonical, _with_li(full), rest]))
            return " ".join(filter(None, [role.canonical, full, rest]))
    if len(words) == 1 and (words[0] in _LOCAL_UNITS or words[0] in _BARE_TERRITORIES):
        named = article_body(doc, words[0]) or _territory_written(doc, words[0])
        if named is not None:
            return f"{role.canonical} {named}"  # "رئيس المركز" → "رئيس مركز ومدينة ميت غمر"
            # ("عاملا جديدا على الإقليم" → "عامل إقليم الحاجب")
    if len(words) == 1 and words[0] == _COUNCIL:
        council = _article_council(doc)
        if council is not None:
            role.institution = council.key
            return f"{role.canonical} {council.name}"  # "رئيسة المجلس" → "رئيس مجلس بلدي المحرق"
    complement = doc.surface(role.noun_end, end)
    if role.number == "acc" and role.canonical in _ADJECTIVAL_POSTS and _names_a_body(doc, role.noun_end):
        # "رئيسا تنفيذيا لجهاز X" → "الرئيس التنفيذي لجهاز X"
        return f"{_definite(role.canonical)} {complement}"
    if (
        first.startswith("ل")
        and not role.canonical.startswith("ال")
        and (role.number in ("acc", "du", "pl") or _names_a_body(doc, role.noun_end))
    ):
        complement = _drop_li(complement)  # "رئيسًا لجامعة الأزهر" → "رئيس جامعة الأزهر"
    return f"{role.canonical} {complement}"


# A deputy's portfolio after a complete post: "لقطاع …"، "لشؤون …".
_PORTFOLIO_WORDS = ("لقطاع", "لشؤون", "لشئون", "للشؤون", "للشئون")


def _complete_post(role: RolePhrase) -> bool:
    """A role noun that holds its own complement ("رئيس الوزراء")."""
    return not role.nested and " " in role.canonical and role.canonical.split()[-1].startswith("ال")


def _deputy_portfolio(
    doc: Doc, role: RolePhrase, n_canonical: str, n_definite: bool, n_end: int, end: int
) -> str | None:
    """ "المدير العام للهيئة X … ونائب المدير العام لقطاع المشاريع" → "نائب المدير العام
    للهيئة X لقطاع المشاريع": the deputy serves the complete post named before, over the same
    body; the ل-phrase is the deputy's portfolio, no body of its own."""
    if not (n_definite and " " in n_canonical and n_end < end):
        return None
    if not doc.tokens[n_end].text.startswith(tuple(fold(w) for w in _PORTFOLIO_WORDS)):
        return None
    before = [
        r for r in doc.roles if r.end <= role.start and r.canonical == n_canonical and r.noun_end < r.end
    ]
    if not before or not doc.tokens[before[-1].noun_end].text.startswith("ل"):
        return None
    held = before[-1].text or render_role(doc, before[-1])
    role.institution = role.institution or before[-1].institution
    return f"{role.canonical} {held} {doc.surface(n_end, end)}"


# Posts qualified by an adjective: set over a body in the accusative ("مديرا عاما لوزارة X"),
# they keep the text's ل and are stated definite, as no construct can cross the adjective
# ("رئيس تنفيذي جهاز X" is no Arabic). ("أمين عام وزارة" is an established construct.)
_ADJECTIVAL_POSTS = frozenset({"رئيس تنفيذي", "مدير تنفيذي", "مدير عام"})


def _definite(canonical: str) -> str:
    """ "مدير عام" → "المدير العام": each word of the post takes the article."""
    return " ".join("ال" + w for w in canonical.split())


def _possessor_post(doc: Doc, role: RolePhrase) -> str:
    """ "محافظ أسوان، ونائبه" → "نائب محافظ أسوان": the pronoun stands for the post named last
    before it in the sentence; "نائب جديد لمحافظ X … نائبه السابق" → the post inside."""
    before = [
        r for r in doc.roles if r.end <= role.start and r.sentence == role.sentence and r.number != "pl"
    ]
    post = before[-1] if before else _post_of_antecedent(doc, role)
    if post is None:
        return role.canonical
    text = post.text or render_role(doc, post)
    if post.nested is not None and post.canonical == role.canonical:
        text = text.split(" ", 1)[1] if " " in text else text
        for w in ("جديد", "الجديد"):
            text = text.removeprefix(w + " ")
        text = _drop_li(text)
    role.institution = role.institution or post.institution
    end = role.end - (1 if role.status_word else 0)  # "نائبه السابق": a status, no portfolio
    portfolio = doc.surface(role.noun_end, end) if end > role.noun_end else ""
    return " ".join(filter(None, [role.canonical, text, portfolio]))  # "… للشؤون الفنية"


def _post_of_antecedent(doc: Doc, role: RolePhrase) -> RolePhrase | None:
    """ "افتتح الشرنوبي، بحضور نائبيه"، "… رافقه خلال الجولة نائباه": with no post before it in
    the sentence, the pronoun stands for the person named last before it there, or first in
    an earlier sentence (the subject), by full name or surname; the post is the one written
    beside that name or beside a fuller form of it ("… X الشرنوبي، رئيس جامعة …")."""
    key = _antecedent_key(doc, role)
    if key is None:
        return None
    for p in doc.persons:
        if p.start >= role.start:
            break
        full = name_key(doc.surface(p.name_start, p.end, skip=p.skip))
        if full != key and not full.endswith(" " + key):
            continue
        beside = next((r for r in doc.roles if _beside(doc, p, r) and r.number in ("sg", "acc")), None)
        if beside is not None:
            return beside
    return None


_ANTECEDENT_SENTENCES = 3  # earlier sentences searched for the subject a pronoun stands for


def _antecedent_key(doc: Doc, role: RolePhrase) -> str | None:
    """The name key of the person a pronoun on the post at `role` stands for: the last named
    before it in its sentence, else the first named in one of the sentences before."""
    starts = {p.start: p for p in doc.persons}
    surnames: dict[str, str] = {}
    for p in doc.persons:
        key = name_key(doc.surface(p.name_start, p.end, skip=p.skip))
        if len(key.split()) >= 2:
            surnames.setdefault(key.split()[-1], key)

    def named_at(k: int) -> str | None:
        p = starts.get(k)
        if p is not None:
            return name_key(doc.surface(p.name_start, p.end, skip=p.skip))
        w = doc.tokens[k].text
        return surnames.get(w) or (surnames.get(w[1:]) if w[:1] in "وف" else None)

    k = role.start - 1
    while k >= 0 and doc.sentence_of[k] == role.sentence:
        if (found := named_at(k)) is not None:
            return found
        k -= 1
    for sentence in range(role.sentence - 1, max(-1, role.sentence - 1 - _ANTECEDENT_SENTENCES), -1):
        n = bisect_left(doc.sentence_of, sentence)
        while n < len(doc.tokens) and doc.sentence_of[n] == sentence:
            if (found := named_at(n)) is not None:
                return found
            n += 1
    return None


def _beside(doc: Doc, p: PersonMention, r: RolePhrase) -> bool:
    """The post is written right after the name (after a comma too) or right before it."""
    after = r.start == p.end or (r.start == p.end + 1 and doc.tokens[p.end].text in _SEPARATORS)
    return r.sentence == p.sentence and (after or r.end == p.start)


def _post_of_possessor(doc: Doc, role: RolePhrase, k: int) -> str:
    """ "مديرها" → "مدير محطة محولات جهينة الجديدة"، "وأمين سرها" → "أمين سر لجنة … بمجلس
    الشيوخ": the post with the body or facility the pronoun stands for, then any seat
    ("مديرة مكتبه في عمان" → "مدير مكتب البنك … في عمان"); the bare post when neither is named."""
    seat_at = role.start + len(role.canonical.split())
    seat = doc.surface(seat_at, role.end) if seat_at < role.end else ""
    if _named_right_before(doc, k, role.start):
        name = doc.surface(k, role.start, skip=_clitic_length(doc, k))  # "مكتب التعليم بينبع ومديرته"
    elif role.institution is not None:
        inst = doc.institutions[role.institution]
        name = doc.institution_full.get(inst.key, inst.name)
    else:
        name = _facility_named_before(doc, k)
    if name is None:
        return role.canonical
    return " ".join(filter(None, [role.canonical, name, seat]))


_MAX_NAMED_BEFORE = 8


def _named_right_before(doc: Doc, k: int, start: int) -> bool:
    """A body named in construct just before "و" + the post ("مكتب التعليم بينبع ومديرته"):
    its words, up to the post, are its full name."""
    toks = doc.tokens
    return (
        not toks[k].text.lstrip("وبل").startswith("ال")
        and start - k <= _MAX_NAMED_BEFORE
        and toks[start].text.startswith("و")
        and not any(t.is_punct for t in toks[k:start])
    )


def _clitic_length(doc: Doc, k: int) -> int:
    """Letters of the proclitics (و، ب، ل) before a body's head noun at token k."""
    from extract.lexicon import institution_heads

    head = institution_heads().match(doc.tokens, k)
    return len(head.clitics) if head is not None else 0


def _facility_named_before(doc: Doc, k: int) -> str | None:
    """The name of the facility a definite noun at k ("بالمحطة"، "المركز") refers back to: the
    last work named earlier with that noun, indefinite ("محطة محولات جهينة الجديدة")."""
    from extract.projects import read_project

    toks = doc.tokens
    w = toks[k].text
    noun = w[w.index("ال") + 2 :] if "ال" in w[:5] else w
    for j in range(k - 1, -1, -1):
        if toks[j].text.lstrip("وبل") != noun:
            continue
        work = read_project(doc, j)
        if work is not None and work.end - work.start >= 2:
            words = work.name.split()
            while len(words) > 2 and fold(words[-1]) in _RATING_WORDS:
                words.pop()  # "محطة محولات جهينة الجديدة جهد 220/22": the rating is no part of it
            return " ".join(words)
    return None


_RATING_WORDS = frozenset(fold(w) for w in ("جهد", "قدرة", "بقدرة", "سعة", "بسعة", "طاقة", "بطاقة"))


def _takes_li(canonical: str) -> bool:
    """A definite post joins its body with ل ("المدير العام لمديرية …"), unless it ends in a
    preposition of its own ("المتحدث الرسمي باسم الوزارة")."""
    return canonical.startswith("ال") and canonical.split()[-1] not in _OWN_PREPOSITIONS


_OWN_PREPOSITIONS = frozenset({"باسم", "على"})
_LOCAL_UNITS = frozenset({"المركز", "الحي", "المدينه", "القريه"})
# Territories a post is set over, named bare after the article named them (folded).
_BARE_TERRITORIES = frozenset(fold(w) for w in ("الإقليم", "العمالة", "الولاية"))


_COUNCIL = fold("المجلس")


def _article_council(doc: Doc) -> Institution | None:
    """The one council the article names ("مجلس بلدي المحرق"), for a bare "المجلس"; None when
    it names none or several (which one is meant is then unsaid)."""
    councils = [
        i for i in doc.institutions.values() if i.kind == "council" and i.key.split()[0] in ("مجلس", "المجلس")
    ]
    return councils[0] if len(councils) == 1 else None


def _territory_written(doc: Doc, word: str) -> str | None:
    """ "بمقر عمالة إقليم الحاجب … عاملا جديدا على الإقليم": a bare territory noun stands for the
    one territory of that noun the article writes out, the noun and the one word of its name
    (a known place may be longer); None when none or two differ."""
    if word not in _BARE_TERRITORIES:
        return None
    noun, toks = word[2:], doc.tokens
    found: set[str] = set()
    for k, t in enumerate(toks[:-1]):
        if t.text.removeprefix("ب").removeprefix("ل") != noun or toks[k + 1].is_punct:
            continue
        nxt = toks[k + 1].text
        if nxt in name_stops() or roles().match(toks, k + 1) is not None:
            continue
        place = places().match(toks, k + 1, clitics=False)
        end = place.end if place is not None else k + 2
        found.add(doc.surface(k, end, skip=len(t.text) - len(noun)))
    return found.pop() if len(found) == 1 else None


def _names_a_body(doc: Doc, k: int) -> bool:
    """ل + an institution or a place: "عميدة لكلية الطب"، "محافظا لدمياط"."""
    found = institution_heads().match(doc.tokens, k) or places().match(doc.tokens, k)
    return found is not None and found.clitics.startswith("ل")


def _bare_readings(word: str) -> list[str]:
    """ "للجنة" may be ل + اللجنة; "بالمحافظة" is ب + المحافظة."""
    out = [word, word[1:]]
    if word.startswith("لل"):
        out += ["ال" + word[2:], "ال" + word[1:]]
    return out


def _resolve_bare(doc: Doc, canonical: str) -> str:
    """ "محافظ" alone → "محافظ القليوبية" from the article's governorate."""
    kind, head = _HEAD_OF.get(canonical, (None, None))
    inst = article_institution(doc, kind)
    if inst is None or head is None:
        return canonical
    words = inst.name.split()
    if fold(words[0]) == head:
        return f"{canonical} {' '.join(words[1:])}"
    if fold(words[0]) == "ال" + head:
        return f"{canonical} {inst.name}"  # "محافظ المحافظة الشمالية": a body named by its head noun
    return canonical


def _strip_clitic_surface(doc: Doc, start: int, end: int) -> str:
    text = doc.surface(start, end)
    return _drop_li(text) if doc.tokens[start].text.startswith("ل") and not text.startswith("ال") else text


def _drop_li(text: str) -> str:
    return drop_li(text)


_QUOTES = {"«": "»", '"': '"', "“": "”"}
_BARE_LI = "ل"  # "لـ" before a quote, tatweel dropped


def _of_quoted_short_name(doc: Doc, role: RolePhrase) -> None:
    """ "المدير العام لـ«عدل»": a post over a body named by the short form the article gave in
    brackets after its full name ("الوكالة الوطنية لتحسين السكن وتطويره (عدل)"); the post runs
    over the quote and takes the body's full name."""
    toks = doc.tokens
    k = role.end - 1
    if k < 0 or toks[k].text != _BARE_LI or role.end + 2 >= len(toks) or toks[role.end].text not in _QUOTES:
        return
    close = next(
        (
            n
            for n in range(role.end + 2, min(len(toks), role.end + 4))
            if toks[n].text == _QUOTES[toks[role.end].text]
        ),
        None,
    )
    if close is None:
        return
    body = _body_of_short_name(doc, [t.text for t in toks[role.end + 1 : close]])
    if body is None:
        return
    role.end, role.institution = close + 1, body.key
    role.text = f"{doc.surface(role.start, k)} {_with_li(body.name)}"


def _body_of_short_name(doc: Doc, short: list[str]) -> Institution | None:
    """The institution named right before "(short)" somewhere in the article."""
    toks, n = doc.tokens, len(short)
    for a in range(1, len(toks) - n - 1):
        if (
            toks[a].text != "("
            or toks[a + n + 1].text != ")"
            or [t.text for t in toks[a + 1 : a + n + 1]] != short
        ):
            continue
        end = doc.mention(a - 1, a).end
        for inst in doc.institutions.values():
            if any(m.end == end for m in inst.mentions):
                return inst
    return None


def _with_li(name: str) -> str:
    """Prefix the preposition ل: "محافظة X" → "لمحافظة X", "الهيئة" → "للهيئة"."""
    return "لل" + name[2:] if name.startswith("ال") else "ل" + name


# -- attachment ---------------------------------------------------------------------
def attach_roles(doc: Doc) -> dict[int, list[RolePhrase]]:
    """Map id(person) → the role phrases that describe that person."""
    items: list[tuple[int, object]] = [(p.start, p) for p in doc.persons] + [(r.start, r) for r in doc.roles]
    items.sort(key=lambda x: x[0])
    seq = [x[1] for x in items]
    out: dict[int, list[RolePhrase]] = {}
    role_targets: dict[int, list[PersonMention]] = {}
    for idx, item in enumerate(seq):
        if not isinstance(item, RolePhrase):
            continue
        targets = _targets(doc, seq, idx, role_targets)
        role_targets[id(item)] = targets
        for p in targets:
            out.setdefault(id(p), []).append(item)
    return out


def _targets(doc: Doc, seq: list, idx: int, role_targets: dict) -> list[PersonMention]:
    role: RolePhrase = seq[idx]
    prev = seq[idx - 1] if idx > 0 else None
    nxt = seq[idx + 1] if idx + 1 < len(seq) else None
    conj = _has_conjunction(doc, role.start)
    same_sentence = lambda x: x is not None and x.sentence == role.sentence  # noqa: E731
    if (
        isinstance(prev, RolePhrase)
        and same_sentence(prev)
        and prev.end == role.start
        and not conj
        and role.number != "acc"  # "أمام رئيس الجمهورية محافظا لكفر الشيخ": a new post, not a stacked one
        and (role_targets.get(id(prev)) or not prev.definite or prev.end > prev.noun_end)
    ):
        stacked = role_targets.get(id(prev), [])  # stacked: "نائب رئيس الوزراء وزير الصحة"
        if stacked or not _holder_set_off_after(doc, role, nxt):
            return stacked
    if _joined_second_post(doc, role, prev, nxt, role_targets):
        return role_targets[id(prev)]  # "X، نائب وزير الإسكان … ورئيس هيئة …،": both posts are X's
    # (a bare "الوالي" with no one named is the subject, not a stacked post: "التقى الوالي رئيسة …")
    gap = _post_gap(doc, prev.end, role.start) if isinstance(prev, PersonMention) else None
    if gap is not None and same_sentence(prev) and not conj:
        if gap == "former":
            role.status = "former"  # the post is the one left ("إعفاء X من منصب …")
        return [prev]  # "بتكليف الدكتور X بالقيام بأعمال نائب رئيس الجامعة"
    acting = _acting_past_own_post(doc, prev, role, role_targets) if same_sentence(prev) else None
    if acting is not None and not conj:
        return [acting]  # "ندب الدكتورة X، مدير عام …، للقيام بأعمال رئيس مركز ومدينة …"
    if (
        isinstance(prev, PersonMention)
        and same_sentence(prev)
        and (role.number == "acc" or _appointed_as(doc, role))
        and _short_clause_gap(doc, prev.end, role.start)
    ):
        return [prev]  # "تسلم اللواء X مهام عمله محافظا لدمياط"
    if (
        isinstance(prev, PersonMention)
        and same_sentence(prev)
        and not conj
        and _only_separators(doc, prev.end, role.start)
        and not _guest_after_host(doc, seq, idx)
        and not _role_then_name_list(doc, seq, idx)
    ):
        if role.number in ("du", "pl", "acc"):
            group = _list_before(doc, seq, idx - 1)
            if role.number in ("du", "pl") and len(group) == 1 and _post_right_before(seq, idx - 1):
                return []  # "كلف وزير الصحة X مديري المديريات بـ …": the post names others
            if role.number == "acc" and _subject_then_object(doc, group):
                return [prev]  # "عينت الوزيرة الدكتورة X الأستاذ Y مستشارا": subject, then object
            return (
                group
                if role.number == "pl"
                else group[-_DUAL_CAP:]
                if role.number == "du" or len(group) > 1
                else [prev]
            )
        return [prev]
    if (
        isinstance(nxt, PersonMention)
        and same_sentence(nxt)
        and (nxt.honorifics or _set_off(doc, nxt) or _set_off_pair(doc, seq, idx, role))
        and comma_after(doc, role.end) == nxt.start - 1
        and not _has_own_role(doc, seq, idx + 1)
        and not _post_filled(doc, seq, idx, role_targets)
    ):
        if role.number in ("du", "pl", "acc"):  # "وكيلا اللجنة، النائبان X وY."
            group = _list_after(doc, seq, idx + 1)
            return group if role.number == "pl" else group[:_DUAL_CAP]
        return [nxt]  # "عامل إقليم تازة، السيد X،"، "محافظ البصرة، X،": the role, then the person it names
    listed = _colon_list(doc, seq, idx)
    if listed:
        return listed  # "نواب رئيس الجامعة: الدكتور X لشؤون …، والدكتورة Y لشؤون …"
    besides = _serving_besides(doc, seq, idx)
    if besides is not None:
        return [besides]  # "X بالقيام بأعمال …، إلى جانب عمله سكرتيرا عاما مساعدا للمحافظة"
    after_stack = _person_after_stack(doc, seq, idx)
    if after_stack is not None:
        return [after_stack]  # "وزيرة الأشغال العامة وزيرة الدولة لشؤون الإسكان المهندسة X"
    appointee = _appointee(doc, seq, idx)
    if appointee is not None and (
        not any(appointee in t for t in role_targets.values())
        or _after_own_post(doc, prev, appointee, role_targets)
    ):
        return [appointee]  # "أدى اللواء X، اليوم، اليمين … محافظا لكفر الشيخ"
    if (
        isinstance(nxt, PersonMention)
        and same_sentence(nxt)
        and (nxt.start == role.end or nxt.honorifics and _ba_phrase_end(doc, role.end) == nxt.start)
        and not _post_filled(doc, seq, idx, role_targets)
        and not (_has_own_role(doc, seq, idx + 1) and _held_before(doc, seq, idx, role_targets))
        and not _subject_then_woman(doc, role, nxt)
        and not _appointing_subject(doc, seq, idx, nxt)
        and not _met_with(doc, role, nxt)
    ):
        if role.number in ("du", "pl", "acc"):
            group = _list_after(doc, seq, idx + 1)
            return group[:_DUAL_CAP] if role.number != "pl" else group
        return [nxt]
    return []


def _met_with(doc: Doc, role: RolePhrase, p: PersonMention) -> bool:
    """ "التقى المحافظ بالحاج X": a bare post, then ب + the title of the person it meets; the
    preposition makes the person its object, not its holder."""
    if not role.definite or role.end != role.noun_end or p.start != role.end or not p.honorifics:
        return False
    title = honorifics().match(doc.tokens, p.start)
    return title is not None and title.clitics in ("ب", "وب")


# Titles of a woman (folded): after a bare masculine post they name its object, not its holder.
_WOMEN_TITLES = frozenset(
    fold(w)
    for w in "الدكتورة المهندسة السيدة الأستاذة المستشارة الحاجة الآنسة المحاسبة الشيخة الأميرة".split()
)


def _subject_then_woman(doc: Doc, role: RolePhrase, person: PersonMention) -> bool:
    """ "وكلف الوزير الدكتورة X"، "وهنأ المحافظ المهندسة Y": a bare masculine post (no
    complement) agrees with no woman's title, so it is the verb's subject and she its object.
    With a complement the masculine noun may name a woman's post ("نائب المحافظ الدكتورة X")."""
    if not role.definite or role.end != role.noun_end or not person.honorifics:
        return False
    return not _feminine_post(doc, role) and fold(person.honorifics[-1]) in _WOMEN_TITLES


def _feminine_post(doc: Doc, role: RolePhrase) -> bool:
    """The role noun as written is feminine ("الوزيرة"، "محافظة دمياط")."""
    return doc.tokens[role.noun_end - 1].text.endswith("ه")


# Verbs that appoint someone to a post (folded, with و/ف): "عين"، "كلف"، "ندب", feminine too.
_APPOINTING_VERBS = frozenset(
    fold(p + v + s) for v in ("عين", "كلف", "ندب", "رقى") for p in ("", "و", "ف") for s in ("", "ت")
)


def _appointing_subject(doc: Doc, seq: list, idx: int, person: PersonMention) -> bool:
    """ "عين وزير الصحة الدكتور X مديرا لمديرية …"، "كلف محافظ الشرقية المهندس X بتسيير أعمال …":
    after an appointing verb the post is its subject and the person right after it the object,
    when the person is followed at once by the post taken (accusative) or the acting charge."""
    role: RolePhrase = seq[idx]
    if role.start == 0 or doc.tokens[role.start - 1].text not in _APPOINTING_VERBS:
        return False
    after = seq[idx + 2] if idx + 2 < len(seq) else None
    if isinstance(after, RolePhrase) and after.sentence == person.sentence:
        if after.number == "acc" and _short_clause_gap(doc, person.end, after.start + 1):
            return True  # "… الدكتور X مديرا لـ …" (the gap may be empty)
    ends = (person.end + 1, person.end + 2)
    if any(_post_gap(doc, person.end, e) in ("acting", "held") for e in ends if e <= len(doc.tokens)):
        return True
    return doc.tokens[role.start - 1].text in _CHARGING_VERBS and _charge_after(doc, person.end)


# "كلف" charges its object with a task in ب (folded, with و/ف, feminine too).
_CHARGING_VERBS = frozenset(fold(p + "كلف" + s) for p in ("", "و", "ف") for s in ("", "ت"))


def _charge_after(doc: Doc, k: int) -> bool:
    """ "وكلف المحافظ المهندس X بمتابعة أعمال …": ب + a verbal noun right after the name is the
    task the object is charged with (ب + a place, "بالمنيا", only locates)."""
    if k >= len(doc.tokens):
        return False
    w = doc.tokens[k].text
    return len(w) >= 5 and w.startswith("ب") and places().match(doc.tokens, k) is None


def _subject_then_object(doc: Doc, group: list[PersonMention]) -> bool:
    """The last two persons of a list stand side by side with no comma or و between."""
    a, b = group[-2:] if len(group) > 1 else (None, None)
    return a is not None and a.end == b.start and not doc.tokens[b.start].text.startswith("و")


# Verbs of receiving and meeting (folded, with و/ف): their subject, then their guest.
_MEETING_VERBS = frozenset(
    fold(p + v) for v in ("استقبل", "استقبلت", "التقى", "التقت") for p in ("", "و", "ف")
)


def _guest_after_host(doc: Doc, seq: list, idx: int) -> bool:
    """ "استقبل محافظ البحر الأحمر اللواء X سفير اليابان": after a meeting verb, the host is
    named by the post before the name; a post right after the name is the guest's, not a
    second post of the host (Gulf rulers' stacked posts come after the name, not around it)."""
    role: RolePhrase = seq[idx]
    person = seq[idx - 1]
    if role.start != person.end or not _post_right_before(seq, idx - 1):
        return False
    host_post = seq[idx - 2]
    if _met_with(doc, host_post, person):
        return False  # "التقى المحافظ بالحاج X مختار قرية …": X is the guest, the post his
    return host_post.start > 0 and doc.tokens[host_post.start - 1].text in _MEETING_VERBS


def _role_then_name_list(doc: Doc, seq: list, idx: int) -> bool:
    """ "محافظ الشمال القاضية X، رئيس اتحاد بلديات الفيحاء المهندس Y،": in a list written post
    then titled name, a post after a comma opens the next item when a titled name follows it at
    once, the name before having its post already; an untitled name qualifies when set off by a
    comma after a post with its complement ("…، رئيس اتحاد بلديات الضنية X Y،")."""
    role: RolePhrase = seq[idx]
    nxt = seq[idx + 1] if idx + 1 < len(seq) else None
    return (
        _post_right_before(seq, idx - 1)
        and role.number == "sg"
        and isinstance(nxt, PersonMention)
        and nxt.start == role.end
        and (bool(nxt.honorifics) or _set_off(doc, nxt) and role.end > role.noun_end)
        and nxt.sentence == role.sentence
    )


def _post_right_before(seq: list, j: int) -> bool:
    """The person seq[j] is named right after a post of theirs ("وزير الصحة الدكتور X")."""
    return j > 0 and isinstance(seq[j - 1], RolePhrase) and seq[j - 1].end == seq[j].start


def _joined_second_post(doc: Doc, role: RolePhrase, prev, nxt, role_targets: dict) -> bool:
    """A singular post joined by و right onto a post that names its holder before it, with no
    comma between and no name after it: the holder's second post ("X، نائب الوزير لشئون المدن
    ورئيس هيئة المجتمعات العمرانية، تابع …")."""
    if not isinstance(prev, RolePhrase) or prev.end != role.start or prev.sentence != role.sentence:
        return False
    if role.number != "sg" or not _has_conjunction(doc, role.start) or role.end == role.noun_end:
        return False
    holders = role_targets.get(id(prev), [])
    if len(holders) != 1 or holders[0].end > prev.start:
        return False  # only a holder named before the first post
    if isinstance(nxt, PersonMention) and nxt.sentence == role.sentence and nxt.start <= role.end + 1:
        return False  # "… ومحافظ قنا اللواء Y": the second post has its own holder
    return True


_APPOINTING = frozenset(
    fold(p + w + s)
    for w in ("تعيين", "تكليف", "ترقية", "اختيار", "انتخاب", "ندب")
    for p in ("", "ب", "و", "وب", "ل")
    for s in ("", "ه", "ها")
)


def _appointed_as(doc: Doc, role: RolePhrase) -> bool:
    """A singular role right after an appointing noun is accusative, feminine ones too
    ("بتجديد تعيينها عميدة لكلية …"، "تكليفه مديرا …")."""
    return (
        role.start > 0
        and doc.tokens[role.start - 1].text in _APPOINTING
        and role.end > role.noun_end
        and doc.tokens[role.noun_end].text.startswith("ل")
    )


_BESIDES = frozenset(fold(w) for w in ("جانب", "بجانب"))
_OWN_WORK = frozenset(fold(w) for w in ("عمله", "عملها", "منصبه", "منصبها", "مهامه", "مهامها"))


def _serving_besides(doc: Doc, seq: list, idx: int) -> PersonMention | None:
    """ "إلى جانب عمله <post>": a second post of the sentence's person named before."""
    role: RolePhrase = seq[idx]
    k = role.start
    if k < 2 or doc.tokens[k - 1].text not in _OWN_WORK or doc.tokens[k - 2].text not in _BESIDES:
        return None
    for j in range(idx - 1, -1, -1):
        item = seq[j]
        if item.sentence != role.sentence:
            return None
        if isinstance(item, PersonMention):
            return item
    return None


def _holder_set_off_after(doc: Doc, role: RolePhrase, nxt) -> bool:
    """ "محافظ المهرة رئيس المجلس المحلي، سالم عوض بن كلشات،": the name after the last of two
    stacked posts, set off by a comma, holds both."""
    return (
        isinstance(nxt, PersonMention)
        and nxt.sentence == role.sentence
        and (nxt.honorifics or _set_off(doc, nxt))
        and comma_after(doc, role.end) == nxt.start - 1
    )


def _set_off_pair(doc: Doc, seq: list, idx: int, role: RolePhrase) -> bool:
    """ "ورئيسا حيي أول وثان طنطا، X وY.": a dual or plural post, a comma, then untitled names
    joined by و and closed by punctuation are its holders."""
    if role.number not in ("du", "pl", "acc"):
        return False
    group = _list_after(doc, seq, idx + 1)
    return len(group) >= 2 and _set_off(doc, group[-1])


def _set_off(doc: Doc, p: PersonMention) -> bool:
    """An untitled name closed by a comma or the sentence's end: "محافظ البصرة، X، اليوم"."""
    return p.strong and (p.end >= len(doc.tokens) or doc.tokens[p.end].is_punct)


def _person_after_stack(doc: Doc, seq: list, idx: int) -> PersonMention | None:
    """Two posts written back to back before one name: the first belongs to that name too."""
    role: RolePhrase = seq[idx]
    if idx + 2 >= len(seq) or role.number != "sg":
        return None
    nxt, person = seq[idx + 1], seq[idx + 2]
    if (
        isinstance(nxt, RolePhrase)
        and isinstance(person, PersonMention)
        and (nxt.start == role.end or _comma_between(doc, role, nxt, person))
        and (
            person.start == nxt.end
            or (person.start == nxt.end + 1 and doc.tokens[nxt.end].text in _SEPARATORS)
        )
        and nxt.number == "sg"
        and person.sentence == role.sentence
        and (
            person.honorifics
            or (_set_off(doc, person) and role.end > role.noun_end)
            or _plain_name_after_posts(role, nxt, person)
        )
        and (
            not _has_conjunction(doc, nxt.start)
            or _both_feminine(doc, role, nxt)
            or _added_portfolio(doc, role, nxt)
        )
    ):
        return person
    return None


def _plain_name_after_posts(role: RolePhrase, nxt: RolePhrase, person: PersonMention) -> bool:
    """ "نائب رئيس الوزراء وزير الخارجية أيمن فريد الصفدي": wire style names the holder of two
    stacked posts, each with its complement, right after them with no title."""
    return person.start == nxt.end and person.strong and role.end > role.noun_end and nxt.end > nxt.noun_end


def _both_feminine(doc: Doc, role: RolePhrase, nxt: RolePhrase) -> bool:
    """ "وزيرة الأشغال العامة ووزيرة الدولة لشؤون البلدية الدكتورة X": two feminine posts
    joined by و before one name are one woman's (two unnamed women in a row are unlikely)."""
    possessive = doc.cache.get(POSSESSIVE, ())
    if role.start in possessive or nxt.start in possessive:
        return False
    return _feminine_post(doc, role) and _feminine_post(doc, nxt)


_DEPUTY_PREMIER = tuple(fold(w) for w in ("نائب رئيس الوزراء", "نائب رئيس مجلس الوزراء"))


def _added_portfolio(doc: Doc, role: RolePhrase, nxt: RolePhrase) -> bool:
    """ "وزير الأشغال العامة ووزير الدولة لشؤون البلدية المهندس X"، "نائب رئيس الوزراء ووزير
    الخارجية X": a minister of state's or a deputy premier's post is held beside a portfolio,
    so both posts joined by و before one name are that one person's."""
    if role.start in doc.cache.get(POSSESSIVE, ()):
        return False
    first = " ".join(doc.folded_words(role.start, role.end))
    return nxt.canonical == "وزير الدولة" or first.startswith(_DEPUTY_PREMIER)


def _comma_between(doc: Doc, role: RolePhrase, nxt: RolePhrase, person: PersonMention) -> bool:
    """ "والي جهة …، عامل إقليم …، السيد X": two posts set off by commas before a titled name."""
    return (
        nxt.start == role.end + 1
        and doc.tokens[role.end].text in _SEPARATORS
        and person.start == nxt.end + 1
        and doc.tokens[nxt.end].text in _SEPARATORS
    )


# Posts with one holder: a bare reference to one already filled names that holder, so the
# name after it is someone else ("هنأ رئيس الجامعة الدكتور X بتعيينه عميدا").
_SINGLE_HOLDER = frozenset({"رئيس", "محافظ", "وزير", "عميد", "أمير", "والي", "مدير", "أمين"})


def _post_filled(doc: Doc, seq: list, idx: int, role_targets: dict) -> bool:
    role: RolePhrase = seq[idx]
    if role.canonical not in _SINGLE_HOLDER or role.nested is not None or not _bare_reference(doc, role):
        return False
    text = fold(role.text)
    return any(
        isinstance(item, RolePhrase)
        and fold(item.text) == text
        and item.status == role.status
        and role_targets.get(id(item))
        for item in seq[:idx]
    )


def _held_before(doc: Doc, seq: list, idx: int, role_targets: dict) -> bool:
    """The post was given to someone earlier, in full or shortened ("وزير الخارجية والهجرة" …
    "ودع وزير الخارجية السفيرة X، القنصل العام"): the name after it, with a post of its own, is
    the one the holder met."""
    role: RolePhrase = seq[idx]
    if role.canonical not in _SINGLE_HOLDER or role.nested is not None:
        return False
    text = fold(role.text)
    return any(
        isinstance(item, RolePhrase)
        and (fold(item.text) + " ").startswith(text + " ")
        and item.status == role.status
        and role_targets.get(id(item))
        for item in seq[:idx]
    )


def _bare_reference(doc: Doc, role: RolePhrase) -> bool:
    """ "المحافظ"، "رئيس الجامعة": a post named through the article's own institution."""
    end = role.end - 1 if role.status_word else role.end
    words = doc.folded_words(role.noun_end, end)
    return (not words and role.definite) or (len(words) == 1 and words[0] in _BARE_KIND)


_ACTING_PREFIX = "القائم بأعمال"
_ACTING_BY_WORK = "القائم بعمل"
_BY_WORK = fold("بعمل")
# Words between a name and the post it takes, leaves or acts in, and what they make of it.
_POST_GAPS = {
    (fold("بالقيام"), fold("بأعمال")): "acting",  # "تكليف X بالقيام بأعمال …"
    (fold("للقيام"), fold("بأعمال")): "acting",  # "ندب X للقيام بأعمال …"
    (fold("بتسيير"), fold("أعمال")): "acting",  # "تكليف X بتسيير أعمال …"
    (fold("قائما"), fold("بأعمال")): "acting",  # "تكليف X قائما بأعمال عميد الكلية"
    (fold("قائمة"), fold("بأعمال")): "acting",
    (fold("قائما"), fold("بعمل")): "acting",  # "تكليف X قائما بعمل عميد كلية الآداب"
    (fold("قائمة"), fold("بعمل")): "acting",
    (fold("بمهام"),): "held",  # "تكليف X بمهام مدير عام …"
    (fold("منصب"),): "held",  # "شغل X منصب نائب رئيس الجامعة"، "تولى X منصب المحافظ"
    (fold("ليشغل"), fold("منصب")): "held",  # "نقل X، <post>، ليشغل منصب …"
    (fold("بصفته"),): "held",  # "X بصفته رئيس اللجنة"، "X بوصفها مديرة …": the capacity X acts in
    (fold("بصفتها"),): "held",
    (fold("بوصفه"),): "held",
    (fold("بوصفها"),): "held",
    (fold("لتشغل"), fold("منصب")): "held",
    (fold("من"), fold("منصب")): "former",  # "إعفاء X من منصب …"
}


def _acting_past_own_post(doc: Doc, prev, role: RolePhrase, role_targets: dict) -> PersonMention | None:
    """ "X، <post>، للقيام بأعمال <role>": the post set off by commas is the one X holds; the
    acting post after it is X's too (decrees name the appointee's current post first)."""
    if not isinstance(prev, RolePhrase) or len(role_targets.get(id(prev), [])) != 1:
        return None
    p = role_targets[id(prev)][0]
    after = _past_own_post(doc, p.end)
    if after <= prev.end or _post_gap(doc, after, role.start) not in ("acting", "held"):
        return None
    return p


# "X بمناسبة تكليفه بالقيام بأعمال …"، "X بتكليفه بتسيير أعمال …": the occasion of a
# congratulation names X's own charge, so the gap after it relates X to the post.
_OCCASION = fold("بمناسبة")
_OWN_CHARGE = frozenset(
    fold(p + w + s) for w in ("تكليف", "تعيين", "ندب") for p in ("", "ب") for s in ("ه", "ها")
)


def _post_gap(doc: Doc, start: int, end: int) -> str | None:
    """How the words between a name and a post relate them: "acting", "held", "former"; or None."""
    if not 0 < end - start <= 4:
        return None
    words = doc.folded_words(start, end)
    if len(words) > 2 and words[0] == _OCCASION and words[1] in _OWN_CHARGE:
        words = words[2:]
    elif len(words) > 1 and (words[0] in _OWN_CHARGE and words[0].startswith("ب") or words[0] in _NOW):
        words = words[1:]  # "بتكليفه بتسيير أعمال …"، "ويشغل X حاليا منصب …"
    return _POST_GAPS.get(tuple(words)) if len(words) <= 2 else None


def _acting_gap(doc: Doc, start: int, end: int) -> bool:
    """ "X بالقيام بأعمال <role>"، "X بتسيير أعمال <role>": X acts in the post."""
    return _post_gap(doc, start, end) == "acting"


def _short_clause_gap(doc: Doc, start: int, end: int) -> bool:
    """A few words, no punctuation, between a name and its accusative role."""
    return 0 < end - start <= 4 and not any(t.is_break for t in doc.tokens[start:end])


def _appointee(doc: Doc, seq: list, idx: int) -> PersonMention | None:
    """An accusative role with a ل-complement ("محافظا لكفر الشيخ") names the post
    the sentence's person was appointed to, when no other person stands between
    (and that person has no post stated already)."""
    role: RolePhrase = seq[idx]
    if (
        role.number != "acc"
        or role.end <= role.noun_end
        or not (doc.tokens[role.noun_end].text.startswith("ل") or _li_in_noun(doc, role))
    ):
        return None
    for j in range(idx - 1, -1, -1):
        item = seq[j]
        if item.sentence != role.sentence:
            return None
        if isinstance(item, PersonMention):
            return item if item.honorifics else None
    return None


def _li_in_noun(doc: Doc, role: RolePhrase) -> bool:
    """ "رئيسا لحي العمرانية": the listed form of the post carries the ل itself."""
    return role.noun_end - role.start > 1 and doc.tokens[role.noun_end - 1].text.startswith("ل")


def _after_own_post(doc: Doc, prev, appointee: PersonMention, role_targets: dict) -> bool:
    """ "تعيين الدكتور X، وكيل وزارة الصحة السابق، رئيسا لهيئة …": the post set off by commas
    after the name is the one held before; the accusative post after it is the new one."""
    return (
        isinstance(prev, RolePhrase)
        and role_targets.get(id(prev)) == [appointee]
        and prev.end < len(doc.tokens)
        and doc.tokens[prev.end].text in _SEPARATORS
        and prev.start == appointee.end + 1
    )


def _has_conjunction(doc: Doc, k: int) -> bool:
    """Whether the role phrase at token k starts a new list item ("وعضو مجلس …")."""
    m = roles().match(doc.tokens, k)
    if m is None and possessed_post(doc, k) is not None:
        return doc.tokens[k].text.startswith(("و", "ف"))  # "وأمين سرها النائب X"
    if m is None:  # "ومحافظة البحيرة الدكتورة X": a woman's post, spelt like the governorate
        return doc.tokens[k].text in _AND_GOVERNOR
    return m.clitics[:1] in ("و", "ف")


_AND_GOVERNOR = frozenset({fold("ومحافظة"), fold("فمحافظة")})


_BA_VERBAL_NOUNS = ("بت", "بم")  # ب + تفعيل/مفعل: "بتكليف"، "بتعيين"، "بمتابعة"، "بمقر"
_BA_PHRASE_WORDS = 3  # words of a place or body after the ب-word: "بساحل حضرموت"، "بحكومة الوحدة الوطنية"


def _ba_phrase_end(doc: Doc, k: int) -> int:
    """End of a ب-phrase that places a post ("وزير الحكم المحلي بحكومة الوحدة الوطنية الدكتور
    X"، "مدير عام المؤسسة … بحماة المهندس Y"); k when none starts there. A ب-word with a
    pronoun ("بمكتبه") tells where the act took place, so it places no post."""
    toks = doc.tokens
    if k >= len(toks) or not toks[k].text.startswith("ب") or len(toks[k].text) < 4:
        return k
    if doc.original_at(toks[k].end - 1) == "ه" or roles().match(toks, k) is not None:
        return k
    if (
        toks[k].text.startswith(_BA_VERBAL_NOUNS)
        and places().match(toks, k) is None
        and institution_heads().match(toks, k) is None
    ):
        return k  # "وزير البلديات بتكليف المهندس X": the act of the post, not its seat
    n = k + 1
    while n < len(toks) and n - k <= _BA_PHRASE_WORDS and doc.sentence_of[n] == doc.sentence_of[k]:
        if toks[n].is_punct or honorifics().match(toks, n) is not None:
            break
        if not toks[n].text.startswith("ال") and places().match(toks, n) is None:
            break
        n += 1
    return n


def _only_separators(doc: Doc, start: int, end: int) -> bool:
    return all(doc.tokens[k].text in _SEPARATORS for k in range(start, end))


def _list_before(doc: Doc, seq: list, idx: int) -> list[PersonMention]:
    """The persons of a list ending at seq[idx], in text order."""
    group = [seq[idx]]
    j = idx - 1
    while j >= 0 and isinstance(seq[j], PersonMention) and _list_gap(doc, seq[j].end, group[0].start):
        if seq[j].sentence != group[0].sentence:
            break
        group.insert(0, seq[j])
        j -= 1
    return group


def _list_after(doc: Doc, seq: list, idx: int) -> list[PersonMention]:
    """The persons of a list starting at seq[idx]; one with a role of its own ends it."""
    group = [seq[idx]]
    j = idx + 1
    while j < len(seq) and isinstance(seq[j], PersonMention) and _list_gap(doc, group[-1].end, seq[j].start):
        if seq[j].sentence != group[-1].sentence or _has_own_role(doc, seq, j):
            break
        group.append(seq[j])
        j += 1
    return group


def _has_own_role(doc: Doc, seq: list, j: int) -> bool:
    nxt = seq[j + 1] if j + 1 < len(seq) else None
    return (
        isinstance(nxt, RolePhrase)
        and _only_separators(doc, seq[j].end, nxt.start)
        and not _has_conjunction(doc, nxt.start)
    )


def _list_gap(doc: Doc, start: int, end: int) -> bool:
    """Between two persons of a list: commas, or a ل-phrase then commas."""
    k = start
    if k < end and specialisation_end(doc, k) > k:
        k = specialisation_end(doc, k)
    return _only_separators(doc, k, end)


def specialisation_end(doc: Doc, k: int, to_comma: bool = False) -> int:
    """End of a ل-phrase right after a name that narrows a shared role:
    "مساعدو الوزيرة الدكتور X للحماية الاجتماعية، …" (k itself when there is none). In a list
    opened by a colon, commas part the items, so the phrase runs to the comma ("… X لشؤون
    التعليم والطلاب، والدكتورة Y …")."""
    toks = doc.tokens
    if k >= len(toks) or not toks[k].text.startswith("ل") or len(toks[k].text) < 3:
        return k
    j = k
    while j < len(toks) and j - k < (8 if to_comma else 5) and not toks[j].is_break:
        if j > k and not to_comma and toks[j].text.startswith("و") and not _joined_portfolio(toks, j):
            break
        if j > k and roles().match(toks, j) is not None:
            break
        j += 1
    return j


def _joined_portfolio(toks: list, j: int) -> bool:
    """ "لشؤون التعليم والطلاب": و + a definite noun that is no title, post or body goes on with
    the portfolio; "… والدكتورة Y" opens the next item."""
    w = toks[j].text
    return (
        w.startswith("وال")
        and honorifics().match(toks, j) is None
        and roles().match(toks, j) is None
        and institution_heads().match(toks, j) is None
    )


def _before_colon(doc: Doc, role: RolePhrase) -> bool:
    """ "نواب رئيس الجامعة: الدكتور X …، والدكتورة Y …": a plural post, then a colon."""
    return _colon_at(doc, role) is not None


# Plural titles that may stand between a plural post and the colon of its list (folded).
_PLURAL_TITLES = frozenset(fold(w) for w in ("النواب", "السادة", "الدكاترة", "الأعضاء"))


def _colon_at(doc: Doc, role: RolePhrase) -> int | None:
    """The colon that opens the list of a plural post's holders, right after it or after a
    plural title ("أعضاء اللجنة النواب: X، وY، وZ"); None when there is none."""
    toks, k = doc.tokens, role.end
    if role.number != "pl" or k >= len(toks):
        return None
    if toks[k].text in _PLURAL_TITLES and k + 1 < len(toks):
        k += 1
    return k if toks[k].text == ":" else None


def _colon_list(doc: Doc, seq: list, idx: int) -> list[PersonMention]:
    """The holders of a plural post listed after a colon, each closed by a comma (after its own
    ل-portfolio, if any) or the sentence's end; [] unless two or more are listed so."""
    role: RolePhrase = seq[idx]
    colon = _colon_at(doc, role)
    if colon is None:
        return []
    toks = doc.tokens
    group: list[PersonMention] = []
    k, j = colon + 1, idx + 1
    while j < len(seq) and seq[j].start < k:
        j += 1  # past the plural title, read as a post of its own
    while j < len(seq) and isinstance(seq[j], PersonMention) and seq[j].start == k:
        p = seq[j]
        if p.sentence != role.sentence:
            break
        group.append(p)
        n = specialisation_end(doc, p.end, to_comma=True)
        if n >= len(toks) or toks[n].text not in _SEPARATORS:
            break
        k, j = n + 1, j + 1
    return group if len(group) >= 2 else []
