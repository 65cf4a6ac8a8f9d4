"""Actions of officials on projects: تفقد، افتتح، وضع حجر الأساس، اعتمد، تابع، أطلق.

A finite verb's subjects follow it (persons, role-only or surname-only
mentions, joined by و and commas, with their role phrases); its object, the
project, comes after them. A dual verb with no subject after it ("وتابعا
معا") takes the two officials just named; a verbal noun ("لمتابعة"، "على
تفقد") takes the sentence's subject, and only an object that is clearly a
project. A verb with no subject continues the previous action's subjects.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from extract.coref import OfficialIndex
from extract.doc import Doc, PersonMention, RolePhrase
from extract.gazetteer import load_lines
from extract.lexicon import PhraseTable, honorifics
from extract.measures import mentions_near_measures
from extract.model import Action
from extract.normalize import fold
from extract.projects import (
    ProjectMention,
    add_project_mention,
    project_heads,
    read_project,
    resolve_bare,
    skip_wrappers,
)

_TIME_WORDS = frozenset(
    fold(w)
    for w in (
        "اليوم أمس صباح مساء ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت رسميا معا "
        "الأسبوع الشهر الماضي الماضية الجاري الحالي أيضا"
    ).split()
)
# Pronoun phrases between a verb and its subject: "وتابعت فيه الوزيرة".
_PRONOUN_PHRASES = frozenset(fold(w) for w in "فيه فيها معه معها له لها خلاله خلالها منه منها".split())
_PREPOSITIONS = frozenset(fold(w) for w in "من في فى خلال أثناء عقب بعد داخل ضمن".split())
_FOUNDATION = (fold("حجر"), fold("الأساس"))


@cache
def triggers() -> PhraseTable:
    entries: dict[tuple[str, ...], object] = {}
    for line in load_lines("action_triggers"):
        word, code, form = (x.strip() for x in line.split("\t"))
        entries[tuple(fold(word).split())] = (code, form)
    return PhraseTable(entries)


def find_actions(doc: Doc) -> None:
    """Add each official's action on a project to `doc.actions`."""
    index = OfficialIndex(doc)
    refs = _official_references(doc, index)
    starts = {p.start: p for p in doc.persons}
    roles_at = {r.start: r for r in doc.roles}
    previous: list[str] = []
    toks = doc.tokens
    k = 0
    while k < len(toks):
        trig = triggers().match(toks, k)
        if trig is None or trig.clitics not in ("", "و", "ف", "ل", "ك", "ب", "لل", "ول", "وب"):
            k += 1
            continue
        code, form = trig.value
        subjects, after = _subjects_after(doc, index, trig.end, starts, roles_at)
        explicit = bool(subjects)
        if not subjects and form == "dual":
            subjects = _last_two_before(doc, refs, k)
        if not subjects and form in ("noun", "verb", "tour"):
            possessive = form == "tour" or (
                form == "noun" and toks[trig.end - 1].text.endswith(("ه", "ها", "هما"))
            )
            subjects = _sentence_subjects(doc, refs, k, anywhere=possessive) or (
                previous if form == "verb" or possessive else []
            )
        if code == "laid_foundation":
            after = _after_foundation_stone(doc, after)
            if after is None:
                k = trig.end
                continue
        if after < len(toks) and toks[after].text in _ON:
            after += 1  # "وافق المحافظ … على تخصيص"، "صدق على"
        projects = _objects(doc, after, require_head=not explicit or form == "noun")
        if projects and subjects:
            for project in projects:
                for who in dict.fromkeys(subjects):
                    doc.actions.append(
                        Action(who, code, project.key, doc.mention(k, trig.end, skip=len(trig.clitics)))
                    )
            previous = subjects
        k = max([trig.end, after] + [p.end for p in projects if p.start >= after])


def _official_references(doc: Doc, index: OfficialIndex) -> list[tuple[int, int, str]]:
    """(start, end, official key) for every mention of an official — by name,
    by role or by surname — in text order."""
    out = []
    covered = set()
    for p in doc.persons:
        key = index.person(p)
        if key:
            out.append((p.start, p.end, key))
        covered.update(range(p.start, p.end))
    for r in doc.roles:
        key = index.role(r)
        if key and not _role_of_adjacent_person(doc, r):
            out.append((r.start, r.end, key))
        covered.update(range(r.start, r.end))
    for k in range(len(doc.tokens)):
        if k not in covered:
            found = index.surname_at(k)
            if found is not None:
                out.append((k, k + found[1], found[0]))
    out.sort()
    return out


def _role_of_adjacent_person(doc: Doc, r: RolePhrase) -> bool:
    """A role phrase right after a name describes that name; it is no new reference."""
    ends = _person_ends(doc)
    return r.start in ends or r.start - 1 in ends


def _person_ends(doc: Doc) -> frozenset[int]:
    if "person-ends" not in doc.cache:
        doc.cache["person-ends"] = frozenset(p.end for p in doc.persons)
    return doc.cache["person-ends"]


def _subjects_after(
    doc: Doc, index: OfficialIndex, k: int, starts: dict, roles_at: dict
) -> tuple[list[str], int]:
    toks = doc.tokens
    subjects: list[str] = []
    while k < len(toks):
        t = toks[k]
        w = t.text
        if t.text in ("،", ",") or w == "و":
            k += 1
            continue
        if (
            w in _TIME_WORDS
            or (w[:1] in "وف" and w[1:] in _TIME_WORDS)
            or (not subjects and w in _PRONOUN_PHRASES)
        ):
            k += 1
            continue
        p: PersonMention | None = starts.get(k)
        if p is not None:
            key = index.person(p)
            if key is not None:
                subjects.append(key)
                k = p.end
                continue
            if index.surname_at(k) is None:
                break  # a surname read as a new name ("فؤاد مبادرة") falls through
        title = honorifics().match(toks, k)
        if title is not None and title.end in roles_at and k not in starts:
            k = title.end  # "ومعالي الوزير"، "سمو أمير المنطقة"
            continue
        r: RolePhrase | None = roles_at.get(k)
        if r is not None:
            key = index.role(r)
            if subjects and _describes_previous(doc, r):
                k = r.end  # "اللواء X، محافظ المنيا، ..." : the role of the subject just named
                continue
            if key is None:
                break
            subjects.append(key)
            k = r.end
            continue
        by_surname = index.surname_at(k)
        if by_surname is not None:
            subjects.append(by_surname[0])
            k += by_surname[1]
            continue
        break
    if subjects:
        k = _skip_adjuncts(doc, k)
    return subjects, k


def _describes_previous(doc: Doc, r: RolePhrase) -> bool:
    toks = doc.tokens
    j = r.start - 1
    while j >= 0 and toks[j].text in ("،", ","):
        j -= 1
    return (j + 1) in _person_ends(doc) and not toks[r.start].text.startswith("و")


def _skip_adjuncts(doc: Doc, k: int) -> int:
    """Skip what stands between the subjects and the object: "من مركز شباب
    الخربة"، "خلال الاجتماع"، "بحضور … ،"، "اليوم الأربعاء"."""
    toks = doc.tokens
    while k < len(toks):
        w = toks[k].text
        if w in _PREPOSITIONS:
            comma = next((j for j in range(k + 1, min(len(toks), k + 10)) if toks[j].is_break), None)
            heads = comma is not None and any(project_heads().match(toks, j) for j in range(k + 1, comma))
            if comma is not None and toks[comma].text in ("،", ",") and not heads:
                k = comma  # "خلال اجتماع المجلس التنفيذي للمحافظة اليوم الثلاثاء،"
            else:
                j = k + 1
                while j < len(toks) and not toks[j].is_break and j - k < 5:
                    closed = toks[j].text.startswith("ال")
                    j += 1
                    if closed:
                        break
                k = j
        elif w in _ACCOMPANIED:
            j = k + 1
            while j < len(toks) and not toks[j].is_break and j - k < 25:
                j += 1
            if j >= len(toks) or toks[j].text not in ("،", ","):
                break  # no comma closes it: "بحضور" starts the sentence's tail
            k = j
        elif w in _TIME_WORDS:
            k += 1
        else:
            break
        while k < len(toks) and toks[k].text in ("،", ","):
            k += 1
    return k


_ON = frozenset(fold(w) for w in "على علي".split())
_ACCOMPANIED = frozenset(fold(w) for w in "بحضور بمشاركة برفقة يرافقه يرافقها ويرافقه ويرافقها".split())


def _after_foundation_stone(doc: Doc, k: int) -> int | None:
    toks = doc.tokens
    for j in range(k, min(len(toks) - 1, k + 3)):
        if toks[j].text == _FOUNDATION[0] and toks[j + 1].text == _FOUNDATION[1]:
            return j + 2
    return None


def _objects(doc: Doc, k: int, require_head: bool) -> list[ProjectMention]:
    """The projects an action is done to: one named, or "هذه المشروعات" — those
    named in the sentences just before."""
    if k >= len(doc.tokens):
        return []
    back = _demonstrative_plural(doc, k)
    if back:
        return back
    one = _object(doc, k, require_head)
    listed = _enumerated_after_colon(doc, one.end if one is not None else k)
    if one is None:
        return listed  # "بافتتاح 4 مدارس جديدة …، وهي: مدرسة …"
    if listed:
        return listed  # "بافتتاح 4 مدارس جديدة …، وهي: مدرسة …، ومدرسة …"
    found = [one]
    while True:  # "تابع … مشروع تطوير الكورنيش …، ومشروع إنشاء سوق الجملة"
        nxt = _coordinated_project(doc, found[-1].end)
        if nxt is None:
            return found
        found.append(nxt)


def _enumerated_after_colon(doc: Doc, k: int) -> list[ProjectMention]:
    """The projects listed after a colon in the same sentence, named by a head each."""
    toks = doc.tokens
    sentence = doc.sentence_of[max(0, k - 1)]
    j = k
    while j < len(toks) and doc.sentence_of[j] == sentence and toks[j].text != ":":
        j += 1
    if j >= len(toks) or doc.sentence_of[j] != sentence or j - k > 30:
        return []
    first = _object(doc, j + 1, require_head=True)
    if first is None:
        return []
    found = [first]
    while True:
        nxt = _coordinated_project(doc, found[-1].end)
        if nxt is None:
            return found
        found.append(nxt)


def _coordinated_project(doc: Doc, k: int) -> ProjectMention | None:
    """A project joined by "و" after the previous one, within the sentence."""
    toks = doc.tokens
    sentence = doc.sentence_of[k - 1]
    j = k
    while j < len(toks) and doc.sentence_of[j] == sentence and j - k < 12:
        w = toks[j].text
        if (
            w.startswith("و")
            and project_heads().match(toks, j) is not None
            and project_heads().match(toks, j).clitics == "و"
        ):
            return _object(doc, j, require_head=True)
        if toks[j].text in (".", "؛") or triggers().match(toks, j) is not None:
            return None
        j += 1
    return None


_DEMONSTRATIVES = frozenset(fold(w) for w in "هذه هذة لهذه بهذه تلك لتلك".split())
_PLURAL_WORKS = frozenset(fold(w) for w in "المشروعات المشاريع الأعمال المحطات".split())


def _demonstrative_plural(doc: Doc, k: int) -> list[ProjectMention]:
    toks = doc.tokens
    j, _ = skip_wrappers(doc, k)
    if j + 1 < len(toks) and toks[j].text in _DEMONSTRATIVES and toks[j + 1].text in _PLURAL_WORKS:
        sentence = doc.sentence_of[k]
        mentions_near_measures(doc, sentence - 2, sentence)
        return [
            m
            for m in doc.project_mentions
            if m.start < k and sentence - 2 <= doc.sentence_of[m.start] <= sentence
        ]
    return []


def _object(doc: Doc, k: int, require_head: bool) -> ProjectMention | None:
    if k >= len(doc.tokens):
        return None
    m = read_project(doc, k, require_head=require_head)
    if m is None:
        found = _bare_reference(doc, k)
        return found
    existing = doc.project_index()[1].get(m.start)
    return existing or add_project_mention(doc, m)


def _bare_reference(doc: Doc, k: int) -> ProjectMention | None:
    """ "المحطة"، "للبرنامج"، "بالمركز التكنولوجي": a project named before."""
    toks = doc.tokens
    for j in range(k, min(len(toks), k + 6)):
        if toks[j].is_break:
            break
        m = resolve_bare(doc, j)
        if m is not None:
            return m
    return None


def _last_two_before(doc: Doc, refs: list[tuple[int, int, str]], k: int) -> list[str]:
    """The two officials named last before token k in its sentence: subjects of a dual verb."""
    sentence = doc.sentence_of[k]
    seen: list[str] = []
    for start, _, key in reversed(_in_sentence(doc, refs, sentence)):
        if start >= k:
            continue
        if key not in seen:
            seen.append(key)
        if len(seen) == 2:
            break
    return list(reversed(seen))


def _sentence_subjects(
    doc: Doc, refs: list[tuple[int, int, str]], k: int, anywhere: bool = False
) -> list[str]:
    """The subject of token k's sentence: the first official named in it (before
    k, or `anywhere` in it), with those joined to it by و ("الوزير والمحافظ")."""
    sentence = doc.sentence_of[k]
    inside = [r for r in _in_sentence(doc, refs, sentence) if anywhere or r[0] < k]
    if not inside:
        return []
    group = [inside[0]]
    for ref in inside[1:]:
        between = doc.folded_words(group[-1][1], ref[0])
        if all(w in ("،", ",", "و") for w in between) and (
            between or doc.tokens[ref[0]].text.startswith("و")
        ):
            group.append(ref)
        else:
            break
    return list(dict.fromkeys(key for _, _, key in group))


def _in_sentence(doc: Doc, refs: list[tuple[int, int, str]], sentence: int) -> list[tuple[int, int, str]]:
    """The references of one sentence (refs are in text order: found by bisection)."""
    lo, hi = doc.sentence_range(sentence)
    starts = [r[0] for r in refs]
    return refs[bisect_left(starts, lo) : bisect_left(starts, hi)]
