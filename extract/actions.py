"""Actions of officials on projects: تفقد، افتتح، وضع حجر الأساس، اعتمد، تابع، أطلق.

A finite verb's subjects follow it (persons, role-only or surname-only
mentions, joined by و and commas, with their role phrases); its object, the
project, comes after them. A dual verb with no subject after it ("وتابعا
معا") takes the two officials just named; a verbal noun ("لمتابعة"، "على
تفقد") takes the sentence's subject, and only an object that is clearly a
project. A verb with no subject continues the previous action's subjects (or
the last sentence's subject); a plural verb takes every official listed before
it; an honorific pronoun ("سموه") names its holder. A relative clause ("مشروع
X، الذي افتتحه المحافظ") acts on the project it describes. Attendee lists
("بحضور X، …، وY، …،") and adverbials between subject and object are skipped;
objects are listed with و، "ومنها"، "وكذلك" or after a colon. Rooms of a
facility ("وتفقد الفصول والمعامل"، "أقسام … بالمستشفى") stand for the facility,
"موقع إنشاء X" for X, and "وتابع معدلات التنفيذ بها" for the project just acted
on; a system followed up or inspected ("منظومة الخبز") is no project.

Who acts, when no subject follows the verb: the agent of a passive ("من قبل
المحافظ"، "بواسطة"، "على يد"), the subject of قام/أعطى before a verbal noun, the
delegate of أناب, the one who went there before "حيث", the official a relative
clause describes ("X، محافظ …، الذي تفقد"), the speaker of "«افتتحنا …»";
attendees, hosts and whoever sent the actor ("بتكليف من X"، "نيابة عن X") are never inferred.
Stacked posts before a name ("وزير X ووزير الدولة Y المهندس Z") name one subject; a bare post
joined to the subjects ("الوزير والعامل") names its one holder. A verb with an object pronoun and a
subject after it ("أما مشروع X، فقد تفقده المحافظ") acts on the sentence's topic.
No action is read from denied or refused verbs ("لم يفتتح"، "رفض … اعتماد"),
from speech ("وتابع قائلا") or where the subject is someone else ("وكان وزير …
قد اعتمد" with nobody in the post, "أن الوزارة تتابع").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import cache

from extract.coref import OfficialIndex
from extract.doc import Doc, PersonMention, RolePhrase
from extract.gazetteer import load_lines
from extract.lexicon import PhraseTable, honorifics, places
from extract.measures import amounts, mentions_near_measures
from extract.model import Action, Mention
from extract.normalize import fold
from extract.officials import name_key
from extract.projects import (
    COMPRISING,
    PLURAL_HEADS,
    WORKS_PLURAL,
    ProjectMention,
    add_project_mention,
    count_words,
    head_stem,
    project_heads,
    project_key,
    read_project,
    resolve_bare,
    skip_amount,
    skip_wrappers,
    wrappers,
)

_TIME_WORDS = frozenset(
    fold(w)
    for w in (
        "اليوم أمس صباح مساء ظهر الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت رسميا معا "
        "الأسبوع الشهر الماضي الماضية الجاري الحالي أيضا "
        "يوم أول نفسه ذاته "  # "يوم أمس الثلاثاء"، "أول أمس الإثنين"، "صباح اليوم نفسه"
        "بعدها عقبها بعده عقبه "  # "وتفقدت نائب الوزير بعدها مركز …"
        "صباحا ظهرا عصرا مساءا ليلا لاحقا مؤخرا"  # "وكان الوزير قد تفقد صباحاً أعمال …"
    ).split()
)
# Pronoun phrases between a verb and its subject: "وتابعت فيه الوزيرة".
_PRONOUN_PHRASES = frozenset(fold(w) for w in "فيه فيها معه معها له لها خلاله خلالها منه منها".split())
_PREPOSITIONS = frozenset(
    fold(w)
    for w in (
        "من في فى خلال أثناء عقب بعد قبل داخل ضمن بالتعاون بالتنسيق بالشراكة بمناسبة مع ومع نيابة "
        "وسط بتكلفة باستثمارات"  # "افتتح X، وسط حضور شعبي كبير،/بتكلفة 20 مليون جنيه، مدرسة …"
    ).split()
)
_FOUNDATION = (fold("حجر"), fold("الأساس"), fold("أساس"))  # "حجر أساس مجمع …" too
_STONES = frozenset(fold(w) for w in "حجر الحجر".split())  # "وضع الوالي الحجر الأساس لبناء …" (Maghreb)


# Verbs of attending: the act word after them is its verbal noun ("شهد افتتاح"، "حضر وضع").
_WITNESSING = frozenset(fold(w) for w in "حضر وحضر حضرت وحضرت شهد وشهد شهدت وشهدت".split())
# Verbs spelled like their verbal noun: only bare ("تتبع خلاله تقدم الأشغال") are they verbs.
_NOUN_LOOKALIKES = frozenset(fold(w) for w in "تتبع".split())
# Nouns of a ceremony: the act word after them is its verbal noun ("حفل وضع حجر الأساس").
_CEREMONIES = frozenset(fold(w) for w in "حفل حفلة احتفال احتفالية مراسم مراسيم".split())


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
    # subjects inferred from context skip people named as attendees or hosts
    actors = [r for r in refs if not _attending(doc, r[0]) and not _principal(doc, r[0])]
    starts = {p.start: p for p in doc.persons}
    roles_at = {r.start: r for r in doc.roles}
    previous: list[str] = []
    # "دشن … 4 مشروعات"، "اعتمد حزمة من المشروعات": acts on works listed in a later sentence
    pending: list[tuple[list[str], str, int, Mention]] = []
    toks = doc.tokens
    in_names = _inside_names(doc)
    convener: tuple[list[str], int] | None = None  # who last followed works up, and in which sentence
    trigger_starts = set(triggers().candidates(toks))
    k = 0
    while k < len(toks):
        trig = triggers().match(toks, k) if k in trigger_starts else None
        if trig is None or trig.clitics not in ("", "و", "ف", "ل", "ك", "ب", "لل", "ول", "وب"):
            k += 1
            continue
        if not trig.clitics and k in in_names:
            k += 1  # "وقعت الدكتورة ميرفت صادق …": a name that looks like a verb
            continue
        code, form = trig.value
        if form == "verb" and k > 0 and toks[k - 1].text in _CEREMONIES:
            if k > 1 and toks[k - 2].text in _WITNESSING:
                k = trig.end  # "حضر حفل وضع حجر الأساس سعادة …": the attendees, no actor
                continue
            form = "noun"  # "ترأس المحافظ حفل وضع حجر الأساس": the ceremony's verbal noun
        if not trig.clitics and _town_named(toks, k):
            k = trig.end  # "بمركز دشنا": the town, not the dual of دشن
            continue
        if form == "verb" and k > 0 and toks[k - 1].text in _WITNESSING:
            k = trig.end  # "حضر وضع حجر الأساس سعادة …": the noun, what the attendees saw
            continue
        if trig.clitics and toks[k].text[len(trig.clitics) :] in _NOUN_LOOKALIKES:
            if trig.clitics != "ل" or _word_back(doc, k, _COMMITTEES, 3) is not None:
                k = trig.end  # "اللجنة الإقليمية لتتبع برنامج …"، "ضرورة … وتتبع أشغال …": no one's act
                continue
            form = "noun"  # "ترأس العامل اجتماعا خصص لتتبع سير أشغال مشروع …": his follow-up
        if form == "agenda":
            # "وتم خلال الاجتماع استعراض موقف …"، "أن الاجتماع تناول مشروع …": works the meeting
            # took up are followed up by whoever convened it
            works = _agenda_works(doc, k, trig.end, convener)
            if works and convener is not None:
                said = doc.mention(k, trig.end, skip=len(trig.clitics))
                for project in works:
                    for who in dict.fromkeys(convener[0]):
                        doc.actions.append(Action(who, code, project.key, said))
            k = max([trig.end] + [p.end for p in works])
            continue
        around = form == "around"  # "جال المحافظ في المبنى الجديد لمركز …": going round a work inspects it
        move = form == "move"  # "ثم انتقل إلى موقع مشروع …": going to a work site is inspecting it
        visit = form == "visit" or move  # "زار الوالي ورش بناء …": a verb whose object needs a head
        # "واستعرض الاجتماع موقف …": the meeting reviews for whoever held it; only a status is followed up
        meeting = form == "meeting"
        # "واستعرض المحافظ موقف محطة …": a status reviewed is followed up — by whoever convened the
        # follow-up the review is part of ("تابعت الوزيرة خلال اجتماع …. واستعرض محافظ سوهاج موقف …")
        review = form == "review"
        form = "verb" if visit or meeting or review or around else form
        if _negated(doc, k, form):
            k = trig.end  # "ولم يفتتح المحافظ …"، "ورفض المحافظ اعتماد …"
            continue
        antecedent = _relative_antecedent(doc, k, trig.end, code)
        # "وشملت المشروعات التي افتتحها رئيس الوزراء: A، وB": the works listed after it
        listed = antecedent is None and form == "pronoun" and _works_antecedent(doc, k)
        subjects, after = _subjects_after(doc, index, trig.end, starts, roles_at)
        if (
            antecedent is None
            and subjects
            and k > 0
            and toks[k - 1].text in _RELATIVES
            and _its_document(doc, after)
        ):
            # "مشروع حديقة X، الذي اعتمد المحافظ مخططاته التفصيلية": the plans stand for the work
            antecedent = _named_before_relative(doc, k)
        if not subjects and after < len(toks) and toks[after].text == _THE_DELEGATION:
            # "كما تفقد الوفد خلال الزيارة …": the delegation acts through whoever leads it
            after += 2 if after + 1 < len(toks) and toks[after + 1].text in _DELEGATION_KINDS else 1
        if (
            not listed
            and antecedent is None
            and subjects
            and form in ("pronoun", "noun")
            and _object_pronoun(toks[trig.end - 1])
        ):
            # "أما مشروع X، فقد تفقده المحافظ": a verb with an object pronoun and a
            # subject after it acts on the project the sentence is about
            antecedent = _topic_project(doc, k)
            if antecedent is None:
                k = trig.end
                continue
        if form == "pronoun" and antecedent is None and not listed:
            k = trig.end  # "وافتتحه": only a relative clause names what "ه" is
            continue
        if not subjects and form == "verb" and _body_acts(doc, trig.end):
            k = trig.end  # "ووافق المجلس خلال الجلسة على …": the council acts, no one official
            continue
        inherited = not subjects  # none named after the verb: taken from the context
        explicit = not inherited
        partners: list[str] = []
        if (
            inherited
            and form == "verb"
            and code in _SHARED_ACTS
            and after < len(toks)
            and toks[after].text in _WITH
        ):
            # "وافتتحت مع المستشار X، محافظ الأقصر، سوق …": who opens with her opens too
            partners, _ = _subjects_after(doc, index, after + 1, starts, roles_at)
        if not subjects and after < len(toks) and toks[after].text in _PRONOUN_SUBJECTS:
            # "وافتتح سموه"، "وتفقد معاليه": the honorific pronoun is the subject
            more, past = _subjects_after(doc, index, after + 1, starts, roles_at)
            joined = after + 1 < len(toks) and toks[after + 1].text.startswith("و")
            # "كما تفقد سعادته والشيخ X": "سعادته" is not the X joined to it
            subjects = _by_honorific(doc, index, toks[after].text, frozenset(more) if joined else frozenset())
            if subjects and more and joined:
                subjects, after = subjects + more, past  # "كما تفقد سعادته والشيخ X سير العمل …"
            elif subjects and joined and after + 1 in starts:
                after = _skip_adjuncts(doc, starts[after + 1].end)  # a companion who holds no post here
            else:
                after = _skip_adjuncts(doc, after + 1)
        if not subjects and (past := _lead_official_phrase(doc, after)) is not None and actors:
            subjects, after = [actors[0][2]], _skip_adjuncts(doc, past)  # "وقف المسؤول الإقليمي على …"
        agent = _agent(doc, index, after, starts, roles_at) if not subjects else None
        if agent is not None:
            if not agent[0]:
                k = trig.end  # "تم اعتماد … من قبل وزارة الإسكان": no official acts
                continue
            subjects = agent[0]  # "افتتح مستشفى X من قبل المحافظ"، "تم تفقد … بواسطة المحافظ"
        if not subjects and form == "noun":
            subjects = _doer(doc, index, refs, k, starts, roles_at)  # "قام X بافتتاح"، "أناب X Y لافتتاح"
        # "حيث قص شريط افتتاح …": a doing verb with no subject of its own is the finite verb
        doing = _doing_verb(doc, k) if not subjects and form == "noun" else None
        if not subjects and form in ("dual", "plural"):
            subjects = _group_before(doc, index, refs, k, starts, roles_at) if form == "plural" else []
            subjects = subjects or _last_two_before(doc, refs, k)
            if len(subjects) < 2 and len(previous) >= 2:
                subjects = previous  # "وتفقدا بعد ذلك": the pair of the action before
            if len(subjects) < 2 and form == "dual":
                subjects = _pair_of_previous_sentence(doc, refs, k)  # "أكد X وY …. ثم تفقدا …"
            explicit = len(subjects) >= 2  # the verb's own ending names them: its object follows
        if not subjects and form in ("noun", "verb", "tour", "pronoun", "on", "progress", "we"):
            possessive = form == "tour" or (
                form == "noun" and (_object_pronoun(toks[trig.end - 1]) or _under_own_supervision(doc, k))
            )
            if antecedent is not None and _unresolved_subject(doc, index, after, starts, roles_at):
                k = trig.end  # "الذي افتتحه رئيس الجمهورية": someone who is no official here
                continue
            if form != "noun" and _subject_not_official(doc, index, k, starts, roles_at, refs):
                k = trig.end  # "وكان وزير … قد اعتمد"، "أن الوزارة تتابع": someone else's act
                continue
            finite = form in ("verb", "pronoun", "on", "progress", "we") or doing is not None
            verb_at = doing if doing is not None else k
            subjects = (
                (_relative_person(doc, refs, verb_at) if finite and not possessive else [])
                or (_mover(doc, index, verb_at, starts, roles_at) if finite else [])
                or (_reported_subject(doc, refs, k) if finite else [])
                # "دشن عامل الإقليم، مرفوقا بـX، دار …، قبل أن يضع …": the last act's doers in this sentence
                or (previous if finite and _acted_in_sentence(doc, previous, k) else [])
                or _sentence_subjects(doc, actors, k, anywhere=possessive)
                or (previous if finite or possessive else [])
                or (_honorific_before(doc, index, k) if form == "noun" else [])
                or (_earlier_subject(doc, actors, k) if finite else [])
            )
        if not subjects and form == "noun" and _passive_during_visit(doc, k):
            subjects = previous  # "وتم خلال الزيارة افتتاح محطة …": the visitors open it
        if subjects and inherited and form in ("verb", "dual", "plural", "on", "progress", "we", "tour"):
            while after < len(toks) and toks[after].text in ("،", ","):
                after += 1  # "وكان المحافظ قد تابع، قبل بدء الجولة، موقف …"
            # "وتفقدا بعد ذلك …"، "كما تابع خلال الجولة …"، "شملت الجولة كذلك …"
            after = _skip_adjuncts(doc, after)
        if form == "tour" and after < len(toks):
            inner = triggers().match(toks, after)
            if inner is not None and inner.value[1] == "verb" and not inner.clitics:
                code, after = inner.value[0], inner.end  # "وشملت الجولة تفقد ممشى …"، "… افتتاح …"
            elif inner is not None and inner.value[1] == "noun" and not inner.clitics:
                code, after = inner.value[0], inner.end
        if around:
            inside = _place_gone_round(doc, trig.end, after) if subjects else None
            if inside is None:
                k = trig.end
                continue
            after = inside
        if code == "laid_foundation":
            after = _after_foundation_stone(doc, after)
            if after is None:
                k = trig.end
                continue
        if after < len(toks) and toks[after].text in _SPEAKING:
            k = trig.end  # "وتابع المحافظ قائلا": he went on speaking
            continue
        while form == "noun" and after < len(toks) and toks[after].text in _TOUR_MANNER:
            after += 1  # "جولة تفقدية موسعة على أعمال …": how the tour went, before its object
        if after < len(toks) and toks[after].text in _ON:
            after += 1  # "وافق المحافظ … على تخصيص"، "صدق على"
        elif form in ("on", "progress"):
            k = trig.end  # "وقف" with no "على": no visit to a project
            continue
        if move:
            if not (after + 1 < len(toks) and toks[after].text in _TO and _a_site(doc, after + 1)):
                k = trig.end  # "انتقل إلى مدينة …": a journey, no work site
                continue
            after += 1
        progress = _skip_progress(doc, after)
        standing = after < len(toks) and toks[after].text in _STANDING
        if (form == "progress" or meeting or review) and progress == after and not standing:
            k = trig.end  # "اطلع على مجسم المشروع": shown something, no follow-up of the work
            continue
        it = progress > after and progress < len(toks) and _it_word(toks[progress].text)
        # "توجه إلى موقع X، حيث تابع معدلات التنفيذ التي بلغت …": the progress of the place gone to
        it = it or (
            progress > after and k > 0 and toks[k - 1].text in _WHERE and _nothing_named(doc, progress)
        )
        if not it and form in ("verb", "dual", "plural") and after < len(toks):
            wrapped, _ = skip_wrappers(doc, after)
            it = wrapped > after and wrapped < len(toks) and _pronoun_work(doc, wrapped)
            # "حيث تابع أعمال رصفه"، "حيث تفقدا أعمال إحلالها وتجديدها": the work on the place just named
        if review and not _reviews_a_work(doc, progress):
            k = trig.end  # "واستعرض رئيس البلدية موقف المشاريع الجارية، ومنها …": a report, no follow-up
            continue
        worksite = progress > after or _at_site(doc, after)  # "زار ورش بناء …"، "زار موقع مشروع …"
        # "انتقل إلى ورشة ومخازن الخط": the Egyptian workshop gone to is itself the work
        worksite = worksite or (move and _workshop_building(doc, after))
        after = progress
        if visit and not worksite:
            k = trig.end  # "زار مدرسة X"، "زار المستشفى، حيث اطلع …": a call; what he did there says more
            continue
        if (
            form == "noun"
            and after < len(toks)
            and toks[after].text in _INTO
            and _names_a_project(doc, after + 1)
        ):
            after += 1  # "قام الوزير بجولة ميدانية في مشروع …"
        supervisor = _word_back_any(doc, k, _SUPERVISING, _DOER_BACK) if subjects and form == "noun" else None
        if supervisor is not None:
            # "أشرف الوزير، رفقة الوالي X، على إطلاق أشغال …": who supervises along with him launches too
            partners += _companions(doc, index, supervisor + 1, k, starts, roles_at)
        if subjects and partners:
            subjects = list(dict.fromkeys(subjects + partners))
        if review:
            if convener is not None and doc.sentence_of[k] - convener[1] <= _REVIEW_REACH:
                subjects = convener[0]
            elif (
                not explicit
                or toks[k].text[len(trig.clitics) :] in _PRESENTING
                or _presenter(doc, refs, subjects)
            ):
                # "وشارك في الاجتماع X …. واستعرض X موقف …": an attendee presents, no follow-up
                k = trig.end
                continue
            # else "واستعرض رئيس الجامعة معدلات الإنجاز في مستشفى …": the reviewer follows it up
        if (
            subjects
            and antecedent is None
            and not listed
            and _works_in_general(doc, after)
            and _works_listed_after(doc, doc.sentence_of[k])
        ):
            # "تابع موقف تنفيذ مشروعات مياه الشرب … بالمحافظة. … في مقدمة هذه المشروعات X، وY":
            # the works the later sentence lists, not the works in general
            pending.append(
                (subjects, code, doc.sentence_of[k], doc.mention(k, trig.end, skip=len(trig.clitics)))
            )
            if code == "followed_up" and not review:
                convener = (subjects, doc.sentence_of[k])  # "… واستعرض رئيس الجهاز موقف محطة …" is part of it
            previous = subjects
            k = trig.end
            continue
        counted = (
            _counted_works(doc, after) if subjects and antecedent is None and not listed and not it else None
        )
        if counted is not None and not _enumerated_after_colon(doc, counted):
            said = doc.mention(k, trig.end, skip=len(trig.clitics))
            pending.append((subjects, code, doc.sentence_of[k], said))
            # "دشن … 18 مشروعا …، من أبرزها مشروع X، ومشروع Y": the works it singles out
            for project in _highlighted_works(doc, counted):
                for who in dict.fromkeys(subjects):
                    doc.actions.append(Action(who, code, project.key, said))
            previous = subjects
            k = max(trig.end, counted)
            continue
        if antecedent is not None:
            projects = [antecedent]
        elif listed:
            if after < len(toks) and toks[after].text == ":":
                after += 1
            projects = _objects(doc, after, require_head=True, headless_first=True) if subjects else []
        elif it and subjects:
            # "زار X، حيث اطلع على سير الأشغال به": the place visited; else the project just named
            projects = _visited(doc, index, k, starts, roles_at) or _last_acted_on(doc, k)
        elif code in ("inspected", "followed_up") and _a_system(doc, after):
            projects = []  # "يتابع منظومة الخبز": a service, no project
        elif subjects and code == "inspected" and _own_parts(doc, after):
            # "افتتح المحافظ الوحدة الصحية …، وتفقد أقسامها": the unit just opened
            projects = _facility_just_named(doc, k)
        elif (
            subjects
            and after < len(toks)
            and toks[after].text in _PARTS
            and (place := _visited(doc, index, k, starts, roles_at))
        ):
            projects = place  # "وانتقلت إلى وحدة طب الأسرة بقرية X، حيث تفقدت أقسام الوحدة": the unit
        else:
            projects = _objects(
                doc,
                after,
                # "حجر الأساس لمعهد …": what the stone is laid for is the project
                require_head=visit
                or ((not explicit or form == "noun") and code != "laid_foundation" and agent is None),
                headless_first=form in ("verb", "dual", "plural"),
            )
            if code == "inspected" and projects:
                projects = _rooms_of_facility(doc, projects)
            if len(projects) == 1 and projects[0].start < after and subjects:
                # "عقب تدشينه المشروع": the project this official has just launched
                projects = [_acted_on_before(doc, subjects, code, projects[0])]
        if move and projects and _followed_up_there(doc, projects[-1].end):
            projects = []  # "ثم توجه إلى موقع X، حيث تابع معدلات التنفيذ": a follow-up there, no inspection
        if code in ("inspected", "followed_up"):
            # "تابع خطة تشغيل المستشفى"، "لمتابعة مشروعات الخطة الاستثمارية": a plan, or its works in general
            if code == "followed_up" and subjects and any(_works_of_plan(doc, p) for p in projects):
                convener = (subjects, doc.sentence_of[k])  # the works reviewed next are the plan's
            projects = [p for p in projects if p.head not in _PLAN_HEADS and not _works_of_plan(doc, p)]
        if projects and subjects and any(_programme_works(doc, p) for p in projects):
            # "تابع موقف تنفيذ مشروعات برنامج X": the works the next sentences list are followed up too
            said = doc.mention(k, trig.end, skip=len(trig.clitics))
            pending.append((subjects, code, doc.sentence_of[k], said))
            if code == "followed_up" and not review:
                convener = (subjects, doc.sentence_of[k])  # the programme's works reviewed next are its
        if (
            form == "progress"
            and code == "followed_up"
            and (
                _under_inspection(doc, pending, subjects, doc.sentence_of[k], it)
                or _in_inspection_tour(doc, k)
            )
        ):
            # "تفقد الوزير عددا من المشاريع. واطلع على سير العمل في مشروع X"، "تفقد مشروع X، كما اطلع
            # على سير العمل في مشروع Y": the progress looked at is part of that inspection tour
            code = "inspected"
        if form == "progress" and it and code == "followed_up":
            # "تفقد مشروع X، واطلع على سير الأعمال فيه": the progress seen is part of that inspection
            projects = [p for p in projects if not _inspected_in(doc, subjects, p.key, doc.sentence_of[k])]
        if projects and subjects:
            for project in projects:
                for who in dict.fromkeys(subjects):
                    doc.actions.append(
                        Action(who, code, project.key, doc.mention(k, trig.end, skip=len(trig.clitics)))
                    )
            previous = subjects
            if code == "followed_up" and not review:
                convener = (subjects, doc.sentence_of[k])
        elif subjects and subjects is not previous:
            previous = subjects  # "قام المحافظ بجولة …. وشملت الجولة …": the visitor goes on
        if (
            not projects
            and subjects
            and code == "followed_up"
            and not review
            and _works_in_general(doc, after)
        ):
            # "تابع الوزير موقف تنفيذ مشروعات الإسكان بالمدينة. واستعرض رئيس الجهاز موقف محطة …"
            convener = (subjects, doc.sentence_of[k])
        k = max([trig.end, after] + [p.end for p in projects if p.start >= after])
    for subjects, code, sentence, said in pending:
        for project in _works_listed_after(doc, sentence):
            for who in dict.fromkeys(subjects):
                # another act on the same work later ("قام بجولة تفقدية على محطة …") is no duplicate
                if not any(
                    a.official == who and a.project == project.key and a.action == code for a in doc.actions
                ):
                    doc.actions.append(Action(who, code, project.key, said))


_MEETINGS = frozenset(fold(w) for w in "الاجتماع الجلسة اللقاء".split())
_SITUATION = frozenset(fold(w) for w in "وضعية وضع الوضع".split())  # Maghreb: "استعراض وضعية المشاريع"


def _agenda_works(doc: Doc, k: int, end: int, convener: tuple[list[str], int] | None) -> list[ProjectMention]:
    """The works a meeting took up, told from trigger k: a verbal noun only in a passive
    ("وتم خلال الجلسة استعراض وضعية 47 مشروعا، من بينها X")، a verb with the meeting as
    its subject ("تناول الاجتماع مشروع X، ومشروع Y"); none with no follow-up convened
    in the sentences just before."""
    toks = doc.tokens
    if convener is None or doc.sentence_of[k] - convener[1] > _REVIEW_REACH:
        return []
    noun = toks[end - 1].text not in _MEETINGS and toks[k].text not in _MEETINGS
    if noun and _word_back(doc, k, _PASSIVES, 4) is None:
        return []  # "واستعراض …" with no "تم": no passive of the meeting
    j = _skip_adjuncts(doc, end)
    while j < len(toks) and (
        toks[j].text in _SITUATION or toks[j].text in _STANDING or toks[j].text in _STATUS_WORDS
    ):
        j += 1
    counted = _counted_works(doc, j)
    if counted is not None:
        return _highlighted_works(doc, counted)
    return _objects(doc, j, require_head=True)


_EVENTS = frozenset(
    fold(w) for w in "معرض المعرض مهرجان المهرجان ملتقى الملتقى مؤتمر المؤتمر احتفالية الاحتفالية".split()
)
_ROUND_IN = frozenset(fold(w) for w in "في فى داخل على".split())
_ROUND_REACH = 2  # words past the subjects' end to "في": "جال الوزير يرافقه المحافظ والحضور على …"


def _place_gone_round(doc: Doc, k: int, end: int) -> int | None:
    """Where the work gone round starts ("جال الوزير في المبنى الجديد …"، "تجول المحافظ داخل
    السوق"): past في/داخل/على after the subjects read from k to `end`; rooms count when their
    clause names the facility ("في مرافق المجمع"); None for rooms alone or with a pronoun
    ("في الأقسام"، "في مرافقه") or when nothing with a work's head follows."""
    toks = doc.tokens
    named = {j for p in doc.persons if k <= p.start < end + _ROUND_REACH for j in range(p.start, p.end)}
    for j in range(k, min(len(toks) - 1, end + _ROUND_REACH + 1)):
        if toks[j].is_break and toks[j].text not in ("،", ","):
            return None
        if toks[j].text in _ROUND_IN and j not in named:
            start = j + 1
            if toks[start].text in _PARTS:
                # "تجول الوزير في مرافق المجمع": the rooms of a facility its clause names
                return start if _facility_named_after(doc, start) else None
            if toks[start].text in _EVENTS or _own_parts(doc, start):
                return None  # "تجولت الوزيرة في معرض الفنانة …": an event, no work
            named = read_project(doc, start, require_head=True) or resolve_bare(doc, start)
            return start if named is not None else None
    return None


def _acted_in_sentence(doc: Doc, subjects: list[str], k: int) -> bool:
    """The last action found was done by `subjects` in token k's sentence: a verb after it
    with no subject of its own goes on with them."""
    return bool(
        subjects
        and doc.actions
        and doc.actions[-1].mention.sentence == doc.sentence_of[k]
        and doc.actions[-1].official in subjects
    )


def _inspected_in(doc: Doc, subjects: list[str], key: str, sentence: int) -> bool:
    """One of `subjects` already inspected the project `key` in this sentence."""
    return any(
        a.action == "inspected"
        and a.project == key
        and a.official in subjects
        and a.mention.sentence == sentence
        for a in doc.actions
    )


_INSPECT_ROOT = fold("تفقد")
_TOUR_REACH = 2  # sentences from "تفقد عددا من المشاريع" to the works it then details


def _under_inspection(
    doc: Doc, pending: list[tuple[list[str], str, int, Mention]], subjects: list[str], sentence: int, it: bool
) -> bool:
    """The same officials inspected a work earlier in this sentence, or works counted, not named
    ("تفقد الوزير عددا من المشاريع التنموية"), a sentence or two before: the progress they then
    looked at is a work of that inspection. A place visited after it ("ثم زار X، حيث اطلع على سير
    الأشغال به", `it`) is followed up."""
    return any(
        code == "inspected" and 0 < sentence - at <= _TOUR_REACH and set(who) & set(subjects)
        for who, code, at, _ in pending
    ) or (
        not it
        and any(
            a.action == "inspected"
            and a.official in subjects
            and a.mention.sentence == sentence
            and _INSPECT_ROOT in fold(a.mention.text)  # "وقف على سير …، واطلع على …" stays a follow-up
            for a in doc.actions
        )
    )


_INSPECTING = frozenset(fold(w) for w in "تفقدية التفقدية".split())


def _in_inspection_tour(doc: Doc, k: int) -> bool:
    """ "وخلال جولة تفقدية اليوم، اطلع المحافظ على سير العمل في …": an inspection tour named
    earlier in the sentence frames the progress looked at."""
    first, _ = doc.sentence_range(doc.sentence_of[k])
    return any(doc.tokens[j].text in _INSPECTING for j in range(first, k))


def _inside_names(doc: Doc) -> frozenset[int]:
    """Tokens of names that follow an honorific: a trigger word there ("الدكتورة ميرفت
    صادق") is part of a name. Names without one may have run into the verb after them."""
    out: set[int] = set()
    for p in doc.persons:
        if p.start < p.name_start:
            out.update(range(p.name_start, p.end))
    return frozenset(out)


_REVIEW_REACH = 3  # sentences from a follow-up to the reviews that are part of it


# "عرض X موقف …" presents it to someone (the meeting's head, the cabinet); "استعرض" reviews it.
_PRESENTING = frozenset(fold(w) for w in "عرض عرضت".split())


def _presenter(doc: Doc, refs: list[tuple[int, int, str]], subjects: list[str]) -> bool:
    """One of `subjects` is named in the article as an attendee ("وشارك في الاجتماع X"،
    "بحضور X"): his review of a work is a report to whoever holds the meeting."""
    return any(key in subjects and _attending(doc, start) for start, _, key in refs)


def _reviews_a_work(doc: Doc, k: int) -> bool:
    """The status reviewed at k is that of a work named by its head ("موقف محطة مياه …"،
    "الموقف التنفيذي لمشروع …"), not of works in general ("موقف المشاريع الجارية") nor
    another status ("الموقف المالي لمشروعات الجامعة")."""
    toks = doc.tokens
    j = k
    while j < len(toks) and j < k + 3 and (toks[j].text in _STANDING or toks[j].text in _STATUS_WORDS):
        j += 1
    if j >= len(toks) or toks[j].text in WORKS_PLURAL:
        return False
    head = project_heads().match(toks, j)
    if head is None and j + 1 < len(toks) and not toks[j].text.startswith("ال") and not toks[j].is_break:
        head = project_heads().match(toks, j + 1)  # "موقف توسعات مستشفى …": a work noun before the head
        j += 1
    return head is not None and head.value != "bare" and toks[j].text[len(head.clitics) :] not in PLURAL_HEADS


# A plan is approved or launched; following it up or visiting it is no act on a work.
_PLAN_HEADS = frozenset(fold(w) for w in "خطة خطط".split())


def _works_of_plan(doc: Doc, m: ProjectMention) -> bool:
    """ "مشروعات الخطة الاستثمارية": the works of a plan in general, no one work."""
    toks = doc.tokens
    return (
        m.start + 1 < m.end
        and toks[m.start].text[m.skip :] in PLURAL_HEADS
        and toks[m.start + 1].text in _PLAN_DEFINITE
    )


_PLAN_DEFINITE = frozenset(fold(w) for w in "الخطة خطة".split())
_STATUS_WORDS = frozenset(
    fold(w) for w in "موقف الموقف تنفيذ التنفيذي سير العمل الأعمال في نسب إنجاز إنشاء".split()
)  # "انطلاقة أشغال إنجاز عدد من المشاريع"
_COUNTED = frozenset(fold(w) for w in "عدد عددا حزمة مجموعة جملة باقة".split())
_COUNTED_WORKS = WORKS_PLURAL | {fold("مشروعا")}  # "3 مشروعات"، "عشرين مشروعا"
_OF = fold("من")


def _counted_works(doc: Doc, k: int) -> int | None:
    """The token after "4 مشروعات"، "عددا من المشروعات"، "حزمة من المشاريع الخدمية" at k:
    works counted, not named; None when the object names a work."""
    toks = doc.tokens
    if k < len(toks) and toks[k].text == "ل":
        k += 1  # "حجر الأساس لـ 14 مشروعا": the preposition written apart
    while k < len(toks) and toks[k].text in _STATUS_WORDS:
        k += 1  # "موقف تنفيذ عدد من مشروعات …"
    if k >= len(toks):
        return None
    w = toks[k].text
    if w[:1] == "ل" and w[1:] in count_words():
        w = w[1:]  # "حجر الأساس لثلاثة مشروعات": the preposition joined to the number word
    if (w.isdigit() or w in count_words()) and k + 1 < len(toks) and toks[k + 1].text in _COUNTED_WORKS:
        j = k + 2
    elif (
        w in _COUNTED and k + 2 < len(toks) and toks[k + 1].text == _OF and toks[k + 2].text in _COUNTED_WORKS
    ):
        j = k + 3
    elif (
        w in _COUNTED
        and k + 3 < len(toks)
        and toks[k + 1].text == _OF
        and (toks[k + 2].text.isdigit() or toks[k + 2].text in count_words())
        and toks[k + 3].text in _COUNTED_WORKS
    ):
        j = k + 4  # "اعتمد حزمة من أربعة مشاريع جديدة"
    else:
        return None
    return j


_INCLUDING = frozenset(
    fold(w) for w in "تشمل وتشمل شملت وشملت تضمنت وتضمنت تتضمن وتتضمن تهم وتهم همت وهمت".split()
)  # Maghreb: "وتهم هذه المشاريع، على الخصوص، …"
# Marks a few works singled out of a counted whole: "18 مشروعا، من أبرزها X، وY".
_HIGHLIGHTS = frozenset(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "أولها",  # "3 مشروعات رئيسية، أولها X، …، وثانيها Y"
        "أولاها",
        "من أبرزها",
        "ومن أبرزها",
        "أبرزها",
        "وأبرزها",
        "من أهمها",
        "ومن أهمها",
        "أهمها",
        "وأهمها",
        "في مقدمتها",
        "وفي مقدمتها",
        "من بينها",
        "ومن بينها",
        "على رأسها",
        "وعلى رأسها",
        "منها",
        "ومنها",
    )
)
_HIGHLIGHT_REACH = 25  # tokens from the count to the marker: the total cost may stand between
# Words of manner before a list: "وتهم هذه المشاريع، على الخصوص، …"
_IN_PARTICULAR = frozenset(
    tuple(fold(w) for w in phrase.split())
    for phrase in ("على الخصوص", "بالخصوص", "خصوصا", "خاصة", "بالأساس", "أساسا", "على وجه الخصوص")
)


def _highlighted_works(doc: Doc, k: int) -> list[ProjectMention]:
    """The works a counted object's own sentence singles out after k ("عدد من المشروعات،
    في مقدمتها محور X، ومستشفى Y"); none when another act or clause comes first."""
    toks = doc.tokens
    sentence = doc.sentence_of[min(k, len(toks) - 1)] if toks else 0
    for j in range(k, min(len(toks), k + _HIGHLIGHT_REACH)):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛") or triggers().match(toks, j):
            return []
        if j == k or toks[j - 1].text not in ("،", ","):
            continue
        for n in (2, 1):
            if tuple(t.text for t in toks[j : j + n]) in _HIGHLIGHTS:
                start = _past_particulars(doc, j + n)
                if start < len(toks) and toks[start].text == ":":
                    start += 1
                return _objects(doc, start, require_head=True, headless_first=True, reach=_LISTING_REACH)
    return []


# "في مقدمة هذه المشروعات"، "من أبرز هذه المشاريع": the first of the works counted before
_FOREMOST = frozenset(fold(w) for w in "مقدمة أبرز أهم بين".split())


def _works_in_general(doc: Doc, k: int) -> bool:
    """The object at k, past status words, is works in general ("موقف تنفيذ مشروعات مياه
    الشرب …"), which a later sentence may list one by one."""
    toks = doc.tokens
    while k < len(toks) and toks[k].text in _STATUS_WORDS:
        k += 1
    if k >= len(toks) or toks[k].text not in WORKS_PLURAL:
        return False
    head = project_heads().match(toks, k + 1) if k + 1 < len(toks) else None
    return head is None or head.value != "strong"  # "مشروعات برنامج X": a programme's works are acted on


def _past_particulars(doc: Doc, k: int) -> int:
    """Past commas and "على الخصوص" before a list."""
    toks = doc.tokens
    while k < len(toks):
        if toks[k].text in ("،", ","):
            k += 1
            continue
        n = next((n for n in (4, 2, 1) if tuple(t.text for t in toks[k : k + n]) in _IN_PARTICULAR), 0)
        if not n:
            return k
        k += n
    return k


# what the later sentence calls the works counted before: "المشروعات"، "أن الحزمة تشمل:"
_WORKS_NOUNS = WORKS_PLURAL | {fold(w) for w in "الحزمة الباقة".split()}
_FIRST_OF_LIST = frozenset(fold(w) for w in "أولها أولاها".split())


def _works_listed_after(doc: Doc, sentence: int) -> list[ProjectMention]:
    """The works listed in one of the two sentences after `sentence` ("وشملت المشروعات
    التي نفذتها الأمانة: A، وB"، "المشروعات المعتمدة تشمل A، وB"، "موقف المشروعات
    التالية:" + numbered lines): what a counted object ("4 مشروعات") stood for."""
    toks = doc.tokens
    found: list[ProjectMention] = []
    for s in (sentence + 1, sentence + 2):
        if s >= len(doc.sentences):
            break
        first, last = doc.sentence_range(s)
        works = next((j for j in range(first, min(last, first + 16)) if toks[j].text in _WORKS_NOUNS), None)
        if works is None:
            continue
        start = None
        verb = works - 2 if toks[works - 1].text in _DEMONSTRATIVES else works - 1  # "وتهم هذه المشاريع"
        if verb >= first and (toks[verb].text in _INCLUDING or toks[verb].text[1:] in _INCLUDING):
            start = _past_particulars(doc, works + 1)  # "أما في الأقصر، فتتضمن المشروعات إنشاء …"
        elif verb >= first and toks[works - 1].text in _DEMONSTRATIVES and toks[verb].text in _FOREMOST:
            start = works + 1  # "وأوضح البيان أن في مقدمة هذه المشروعات محطة …، ومشروع …"
        for j in range(works + 1, min(last, works + 8)) if start is None else ():
            if toks[j].text == ":" or toks[j].text in _INCLUDING:
                start = j + 1
                break
            if toks[j].text in _FIRST_OF_LIST and toks[j - 1].text in ("،", ","):
                start = j + 1  # "واستعرض المحافظ موقف 3 مشروعات رئيسية، أولها …"
                break
        if start is not None and start < len(toks) and toks[start].text == ":":
            start += 1  # "أن الحزمة تشمل:" + a line per work
        if start is None or start >= len(toks):
            continue
        if _item_start(doc, start) is not None:
            found += _numbered_items(doc, start)
        else:
            found += _objects(doc, start, require_head=True, headless_first=True, reach=_LISTING_REACH)
            found += _ordinal_sentences(doc, s + 1)
    return found


_LATER_ORDINALS = frozenset(
    fold(w) for w in "الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة الأخير الأخيرة".split()
)
_ORDINAL_LEADS = frozenset(fold(w) for w in "و أما وأما المشروع والمشروع".split())
_IS = frozenset(fold(w) for w in "هو هي فهو فهي".split())


def _ordinal_sentences(doc: Doc, sentence: int) -> list[ProjectMention]:
    """Works the sentences from `sentence` on name by ordinal, after a list's first work:
    "والمشروع الثاني هو السوق …"، "أما الثالث فمحطة معالجة …"."""
    toks = doc.tokens
    found: list[ProjectMention] = []
    for s in range(sentence, len(doc.sentences)):
        first, last = doc.sentence_range(s)
        j = first
        while j < last and toks[j].text in _ORDINAL_LEADS:
            j += 1
        w = toks[j].text if j < last else ""
        if w not in _LATER_ORDINALS and w[1:] not in _LATER_ORDINALS:
            break
        j += 1
        if j < last and toks[j].text in _IS:
            j += 1
        m = _object(doc, j, require_head=True) if j < last else None
        if m is None:
            break
        found.append(m)
    return found


def _programme_works(doc: Doc, m: ProjectMention) -> bool:
    """ "مشروعات برنامج X": the works of a named programme, which later sentences may list."""
    toks = doc.tokens
    if m.start > 0 and toks[m.start - 1].text in PLURAL_HEADS:
        head = project_heads().match(toks, m.start)  # the programme named alone: "مشروعات «برنامج X»"
    elif m.start + 1 < m.end and toks[m.start].text[m.skip :] in PLURAL_HEADS:
        head = project_heads().match(toks, m.start + 1)
    else:
        return False
    return head is not None and head.value == "strong" and not head.clitics


# Words before a mention that make it an attendee or host, not the actor.
_ATTENDANCE = frozenset(
    fold(w)
    for w in (
        "بحضور بمشاركة برفقة رفقة بصحبة يرافقه يرافقها يرافقهما ويرافقه ويرافقها ورافق رافق ورافقه "
        "وحضر حضر وشارك شارك استقباله استقبالها استقبالهما"
    ).split()
)


# The guest follows "استقبال" at once; who stands after the guest receives him.
_RECEPTION = frozenset(fold(w) for w in "استقبال".split())
# Words that make a verbal noun a time adverbial: "عند افتتاحه"، "لدى افتتاحه".
_AT_TIME = frozenset(fold(w) for w in "عند لدى خلال أثناء عقب بعد قبل فور".split())


def _attending(doc: Doc, start: int) -> bool:
    """The mention at `start` stands in an attendance or reception clause
    ("بحضور X"، "وكان في استقباله X"، "وحضر الافتتاح X"، "وكان في استقبال الوزير
    عند افتتاحه المستشفى X") of its sentence."""
    toks = doc.tokens
    sentence = doc.sentence_of[start]
    for j in range(start - 1, max(-1, start - 20), -1):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛", ":"):
            return False
        if toks[j].text in _ATTENDANCE:
            return True
        if toks[j].text in _RECEPTION and start > j + 1:
            return True  # "في استقبال الوزير X": the one word after it is the guest, X the host
        trig = triggers().match(toks, j)
        if trig is not None and not (trig.value[1] == "noun" and j > 0 and toks[j - 1].text in _AT_TIME):
            return False  # "عند افتتاحه المستشفى" only dates the reception: read on past it
    return False


# Who sends someone else: "بتكليف من المحافظ، تفقد نائبه …"، "نيابة عن الوزير، افتتح …".
_PRINCIPAL_MARKS = frozenset(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "بتكليف من",
        "وبتكليف من",
        "بتوجيه من",
        "وبتوجيه من",
        "بتوجيهات من",
        "نيابة عن",
        "ونيابة عن",
        "توجيهات",
        "لتوجيهات",
        "بتوجيهات",
        "تعليمات",
        "لتعليمات",
        "بتعليمات",
    )
)


def _principal(doc: Doc, start: int) -> bool:
    """The mention at `start` names who sent or directed the actor ("بتكليف من X"،
    "نيابة عن X"، "في إطار توجيهات X"): no subject to infer for a verb with none."""
    toks = doc.tokens
    for n in (2, 1):
        if start >= n and tuple(t.text for t in toks[start - n : start]) in _PRINCIPAL_MARKS:
            return True
    return False


_NEGATIONS = frozenset(fold(w) for w in "لم ولم لن ولن لا ولا".split())
# Verbs and nouns that put an action off or deny it: "ورفض المحافظ اعتماد …"، "أرجأ … البت في طلب اعتماد".
_REFUSALS = frozenset(
    fold(w) for w in "رفض ورفض يرفض أرجأ وأرجأ يرجئ أجل وأجل تأجيل إرجاء إلغاء وألغى ألغى عدم بعدم".split()
)


# Nouns of bodies set up to do something: "شكلت لجنة فنية لمتابعة تنفيذ المشروع" is the
# committee's task, no act of the official who formed it.
_BODIES = frozenset(fold(w) for w in "لجنة لجنه فريق فرق غرفة وحدة مجموعة".split())
_COMMITTEES = _BODIES | {fold("اللجنة")}
# Words of expectation before a verbal noun: "فيما يتوقع افتتاح الحديقة مطلع العام".
_EXPECTED = frozenset(
    fold(w)
    for w in (
        "يتوقع ويتوقع المتوقع ومن المتوقع المرتقب ينتظر ينتظرون تنتظر المنتظر يرتقب تمهيدا "
        "جار جاري"  # "العمل جار لإطلاق مشروع …": under way, not yet done
    ).split()
)
# Verbs and nouns that hand a task to someone: "وكلف المحافظ رئيس المدينة بمتابعة أعمال …"،
# "مطالبا رؤساء المراكز بمتابعة …"، "في إطار تكليفات X بمتابعة …" are tasks to come.
_ASSIGNING = frozenset(
    fold(w)
    for w in (
        "كلف وكلف كلفت وكلفت يكلف تكلف موجها موجهة مطالبا مطالبة وطالب طالب وطالبت طالبت "
        "وجه ووجه وجهت ووجهت يوجه "  # "ووجه المحافظ القيادات بسرعة استلام مهامها ومتابعة …"
        "تكليفات توجيهات بتكليفات بتوجيهات لتكليفات لتوجيهات"
    ).split()
)
# Time words that set a verbal noun in a future clause: "سيتحول المستشفى الحالي بعد افتتاح …"
_WHEN = frozenset(fold(w) for w in "بعد عقب قبل حين عند فور".split())


def _negated(doc: Doc, k: int, form: str) -> bool:
    """A trigger denied ("لم يفتتح"), refused/postponed ("رفض … اعتماد"), expected
    ("يتوقع افتتاح") or the task of a body ("لجنة … لمتابعة")."""
    toks = doc.tokens
    if k > 0 and toks[k - 1].text in _NEGATIONS:
        return True
    if form != "noun":
        return False
    return (
        _word_back(doc, k, _REFUSALS, 6) is not None
        or _word_back(doc, k, _EXPECTED, 3) is not None
        or (toks[k].text.startswith("ل") and _word_back(doc, k, _BODIES, 3) is not None)
        # "كلف X رئيس المدينة بمتابعة …"، "وجه X القيادات بسرعة استلام مهامها ومتابعة …"
        or (toks[k].text[:1] in ("ب", "و") and _assigned(doc, k))
        or (k > 1 and toks[k - 1].text in _WHEN and _future_verb_before(doc, k - 1))
        or _future_verb_before(doc, k, reach=3)  # "إنه سيبدأ فورا بمتابعة …"، "سيتم افتتاح …"
    )


# Collective bodies that act as one: "ووافق المجلس على …"، "واعتمدت اللجنة …".
_COLLECTIVES = frozenset(fold(w) for w in "المجلس اللجنة الحكومة البرلمان مجلس لجنة".split())


def _body_acts(doc: Doc, k: int) -> bool:
    """The verb ending before k has a body for its subject ("وافقت لجنة … على"، "ووافق المجلس
    كذلك على"): whoever chairs it, no official acts unless named ("برئاسة X" is read first)."""
    toks = doc.tokens
    while k < len(toks) and toks[k].text in _TIME_WORDS:
        k += 1
    return k < len(toks) and toks[k].text in _COLLECTIVES


def _assigned(doc: Doc, k: int) -> bool:
    """ "وكلف المحافظ، …، رئيس المدينة بمتابعة …"، "ووجه المحافظ القيادات بسرعة استلام مهامها
    ومتابعة …": an assigning verb opens the verbal noun's clause."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k - 1, max(-1, k - 16), -1):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛", ":") or triggers().match(toks, j):
            return False
        if toks[j].text in _ASSIGNING:
            return True
    return False


def _future_verb_before(doc: Doc, k: int, reach: int = 4) -> bool:
    """A future verb ("سيتحول"، "ستبدأ"، "سوف") within `reach` tokens before k in its clause."""
    toks = doc.tokens
    for j in range(k - 1, max(-1, k - reach - 1), -1):
        if toks[j].is_break:
            return False
        w = toks[j].text
        if w in ("سوف", "وسوف") or (
            len(w) >= 5 and w[0] == "س" and w[1] in "يتن" and w[2] in "تنعبدقكحلمسصطفجرشخ"
        ):
            return True
    return False


def _word_back(doc: Doc, k: int, words: frozenset[str], reach: int) -> int | None:
    """The nearest of `words` among the `reach` tokens before k in its clause (no break between)."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k - 1, max(-1, k - reach - 1), -1):
        if doc.sentence_of[j] != sentence or toks[j].is_break:
            return None
        if toks[j].text in words:
            return j
    return None


def _object_pronoun(token) -> bool:
    return token.text.endswith(("ه", "ها", "هما"))


_TOPIC = frozenset(fold(w) for w in "أما وأما".split())


def _topic_project(doc: Doc, k: int) -> ProjectMention | None:
    """The project a sentence is about, that a verb's object pronoun stands for:
    the one after "أما", else the last one named before the verb in the sentence."""
    toks = doc.tokens
    lo, _ = doc.sentence_range(doc.sentence_of[k])
    found = None
    j = lo
    while j < k:
        if project_heads().match(toks, j) is not None:
            m = read_project(doc, j, require_head=True)
            if m is not None and m.end <= k:
                found = doc.project_index()[1].get(m.start) or add_project_mention(doc, m)
                if j > lo and toks[j - 1].text in _TOPIC:
                    return found
                j = m.end
                continue
        j += 1
    return found


# Agent phrases of a passive: "افتتح … من قبل المحافظ"، "بواسطة"، "على يد"، and the Maghreb
# "تم تدشين … من طرف الوالي".
_AGENT_MARKERS = {
    (fold("من"), fold("قبل")): 2,
    (fold("بواسطة"),): 1,
    (fold("على"), fold("يد")): 2,
    (fold("من"), fold("طرف")): 2,
}


_AGENT_FIRST = frozenset(marker[0] for marker in _AGENT_MARKERS)
# Participles of funding and building before an agent marker: "الممول من طرف الصندوق"،
# "المنفذ من قبل الشركة" name who pays for or builds the work, not who acts on it.
_MADE_BY = frozenset(
    fold(w)
    for w in (
        "الممول الممولة ممول ممولة الممولين المنفذ المنفذة منفذ منفذة المنجز المنجزة المشيد المشيدة "
        "المقام المقامة المدعوم المدعومة المقدم المقدمة المنشأ المنشأة"
    ).split()
)
# tokens from the passive to its agent: the work's capacity and cost may stand between
# ("افتتحت محطة …، بطاقة …، والتي تم تنفيذها بتكلفة …، وذلك على يد المحافظ")
_AGENT_REACH = 35


def _agent(
    doc: Doc, index: OfficialIndex, k: int, starts: dict, roles_at: dict
) -> tuple[list[str], int] | None:
    """The officials a passive names as its agent after the object, in the same
    clause; ([], j) when the agent is someone or something else; None with no agent."""
    toks = doc.tokens
    sentence = doc.sentence_of[min(k, len(toks) - 1)] if toks else 0
    for j in range(k, min(len(toks), k + _AGENT_REACH)):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛") or triggers().match(toks, j):
            return None
        if toks[j].text not in _AGENT_FIRST:
            continue
        if j > 0 and toks[j - 1].text in _MADE_BY:
            continue  # "مشروع X، الممول من طرف الصندوق …": who funds or builds the work, no agent
        for marker, n in _AGENT_MARKERS.items():
            if tuple(t.text for t in toks[j : j + n]) == marker:
                found, _ = _subjects_after(doc, index, j + n, starts, roles_at)
                return found, j
    return None


_DOING = frozenset(
    fold(w)
    for w in (
        "قام وقام قامت وقامت يقوم تقوم قاما أعطى وأعطى يعطي أعطت "
        "أجرى وأجرى أجرت وأجرت يجري تجري "  # "أجرى المحافظ جولة ميدانية بمستشفى …"
        "قص وقص قصت وقصت يقص تقص قصا وقصا "  # "وقص معاليه شريط افتتاح مركز …"
        # "أشرف المحافظ على إعطاء انطلاقة أشغال …"، "ترأس حفل افتتاح …"
        "أشرف وأشرف أشرفت وأشرفت يشرف تشرف أشرفا ترأس وترأس ترأست وترأست يترأس "
        "رعى ورعى رعت ورعت يرعى ترعى "  # "رعى المتصرف حفل وضع حجر الأساس لمبنى …": the patron acts
        "أعلن وأعلن أعلنت وأعلنت يعلن تعلن"  # "بينما أعلن محافظ الدقهلية إطلاق دوري …"
    ).split()
)
# tokens back to the doing verb ("قام معاليه بافتتاح"، "قص شريط افتتاح"); two subjects with
# their roles may stand between ("أشرف والي الجهة، السيد X، ورئيس المجلس، السيد Y، على إعطاء …")
_DOER_BACK = 30
_SUPERVISING = frozenset(fold(w) for w in "أشرف وأشرف أشرفت وأشرفت أشرفا".split())
_DOER_NEAR = 12  # beyond this, only when the subjects run up to the noun ("…، على إعطاء")


def _doing_verb(doc: Doc, k: int) -> int | None:
    """The token of a doing verb (قام، أعطى، قص) before the verbal noun at k in its clause."""
    return _word_back(doc, k, _DOING, 5)


_OWN_SUPERVISION = frozenset(fold(w) for w in "إشرافه إشرافها إشرافهما إشرافهم".split())


def _under_own_supervision(doc: Doc, k: int) -> bool:
    """ "وخلال إشرافه على انطلاق أشغال …": the verbal noun at k is done by whom إشرافه
    refers to, the sentence's subject wherever it stands (Maghreb reports)."""
    toks = doc.tokens
    return k >= 2 and toks[k - 1].text in _ON and toks[k - 2].text in _OWN_SUPERVISION


_DELEGATING = frozenset(fold(w) for w in "أناب وأناب أنابت وأنابت ينيب تنيب".split())


def _doer(
    doc: Doc, index: OfficialIndex, refs: list[tuple[int, int, str]], k: int, starts: dict, roles_at: dict
) -> list[str]:
    """The agent of a verbal noun that a verb before it names: "وقام معاليه بافتتاح …"
    (the subject of قام), "أناب المحافظ نائبته لافتتاح …" (the delegate acts)."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k - 1, max(-1, k - _DOER_BACK), -1):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛") or triggers().match(toks, j):
            return []
        w = toks[j].text
        if w in _DOING:
            found, end = _subjects_after(doc, index, j + 1, starts, roles_at)
            runs_up = end == k or (w in _SUPERVISING and end == k - 1 and toks[end].text in _ON)
            if j < k - _DOER_NEAR and not runs_up:
                return []  # far back only when the subjects run up to the noun: "أشرف X، …، وY، …، على
                # إعطاء …"، "قام وزير الري الدكتور X ومحافظ دمياط الدكتورة Y بجولة تفقدية …"
            if not found and j + 1 < k and toks[j + 1].text in _PRONOUN_SUBJECTS:
                # "قام معاليه وسعادة المحافظ بجولة …": the pronoun's holder and whoever is joined to him
                joined = j + 2 < k and toks[j + 2].text.startswith("و")
                more = _subjects_after(doc, index, j + 2, starts, roles_at)[0] if joined else []
                found = _by_honorific(doc, index, toks[j + 1].text, frozenset(more))
                found = found + more if found else []
            return found
        if w in _DELEGATING:
            between = [r for r in _in_sentence(doc, refs, sentence) if j < r[0] < k]
            return [between[-1][2]] if between else []
    return []


# "زار"، and "طاف على" (went round): "وطاف الوالي على مستشفى X، حيث وقف على سير العمل في …"
_VISITING = frozenset(fold(w) for w in "زار وزار زارت وزارت يزور تزور طاف وطاف طافت وطافت يطوف".split())
_MOVING = (
    frozenset(
        fold(w)
        for w in (
            "انتقل وانتقل توجه وتوجه اتجه واتجه تحرك وتحرك وصل ووصل انتقلت توجهت وصلت "
            "تنقل وتنقل تنقلت وتنقلت"  # Maghreb: "تنقل الوزير إلى ورشة مشروع …"
        ).split()
    )
    | _VISITING
)


def _mover(doc: Doc, index: OfficialIndex, k: int, starts: dict, roles_at: dict) -> list[str]:
    """ "انتقل المحافظ إلى قرية …، حيث افتتح …": the one who went there acts."""
    j = _verb_before_where(doc, k, _MOVING, 15)
    if j is None:
        return []
    found, _ = _subjects_after(doc, index, j + 1, starts, roles_at)
    return found


def _verb_before_where(doc: Doc, k: int, verbs: frozenset[str], reach: int) -> int | None:
    """The token of one of `verbs` in the clause before "حيث" at k-1 or before a verb k that
    follows with ف ("انتقل إلى X، فتفقد …"), within `reach` tokens of the same sentence and with
    no action trigger between ("زار X، حيث …", "انتقل إلى Y حيث …") but in a relative clause
    on the place ("انتقل إلى مستشفى X، الذي سبق افتتاحه جزئيا، فتفقد …")."""
    toks = doc.tokens
    if k > 0 and toks[k - 1].text == fold("حيث"):
        first = k - 2
    elif _follows_with_fa(toks, k):
        first = k - 1
    else:
        return None
    sentence = doc.sentence_of[k]
    for j in range(first, max(-1, k - reach), -1):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛"):
            return None
        w = toks[j].text
        if w in verbs or (w[:1] in "وف" and w[1:] in verbs):  # "وانتقلت الوزيرة إلى …، حيث"
            return j
        if triggers().match(toks, j) and not _in_relative_clause(doc, j):
            return None
    return None


def _follows_with_fa(toks: list, k: int) -> bool:
    """The trigger at k carries ف after a comma: "…، فتفقد" goes on from the clause before."""
    trig = triggers().match(toks, k) if k > 0 and toks[k - 1].text in ("،", ",") else None
    return trig is not None and trig.clitics == "ف"


_RELATIVE_REACH = 4  # "، الذي سبق افتتاحه": words from the relative pronoun to the trigger


def _in_relative_clause(doc: Doc, j: int) -> bool:
    """The trigger at j stands in a relative clause opened a few words before it."""
    return _word_back(doc, j, _RELATIVES, _RELATIVE_REACH) is not None


_ALREADY = frozenset(fold(w) for w in "قد وقد".split())
_WAS = frozenset(fold(w) for w in "كان وكان كانت وكانت".split())


def _subject_not_official(
    doc: Doc, index: OfficialIndex, k: int, starts: dict, roles_at: dict, refs: list[tuple[int, int, str]]
) -> bool:
    """The verb's subject stands just before it and is no official of the article:
    "وكان وزير التنمية المحلية قد اعتمد" (a post with nobody in it here), "أكدت أن
    الوزارة تتابع" (an institution), "وكان المجلس البلدي قد أقر" (a body: no one
    official acts, as when the body follows the verb), "وأعلن وزير الصحة أنه اعتمد" (a post
    speaking of himself)."""
    toks = doc.tokens
    if k >= 2 and toks[k - 2].text in _THAT and not any(r[0] <= k - 1 < r[1] for r in refs):
        return True
    if k >= 1 and toks[k - 1].text in _THAT_HE and _post_speaks(doc, k - 1):
        # "وأعلن وزير الصحة أنه اعتمد …" with nobody in that post here: his act, no official's
        return not any(r[0] < k - 1 for r in _in_sentence(doc, refs, doc.sentence_of[k]))
    if k == 0 or toks[k - 1].text not in _ALREADY:
        return False
    for j in range(k - 2, max(-1, k - 12), -1):
        if toks[j].text in _WAS:
            for i in range(j + 1, k - 1):
                if i in starts and index.person(starts[i]) is not None:
                    return False
                if i in roles_at and index.role(roles_at[i]) is not None:
                    return False
            if toks[j + 1].text in _COLLECTIVES:
                return not any(j < r[0] < k - 1 for r in refs)  # "وكان وفد من اللجنة برئاسة X قد …" is X's
            return any(i in starts or i in roles_at for i in range(j + 1, k - 1))
        if toks[j].is_break:
            return False
    return False


_THAT = frozenset(fold(w) for w in "أن بأن وأن لأن إن".split())
_SPEAKING = frozenset(fold(w) for w in "قائلا قائلة بالقول حديثه حديثها كلمته كلمتها".split())
# Progress words before the object of a visit: "وقف على سير أعمال مشروع …"، "اطلع على مراحل الإنجاز في …".
# "اطمأن على انتظام العمل بمستشفى …": the regular running of a work seen there.
_PROGRESS = frozenset(
    fold(w) for w in "سير نسب نسبة مراحل مرحلة تقدم معدلات واقع حجم ورشة ورش وتيرة انتظام".split()
)
_PROGRESS_OF = frozenset(
    fold(w) for w in "العمل الأعمال أعمال الأشغال أشغال الإنجاز التنفيذ تنفيذ الإنجازات إنجاز".split()
)


def _visited(doc: Doc, index: OfficialIndex, k: int, starts: dict, roles_at: dict) -> list[ProjectMention]:
    """The object of a visit verb before "حيث" ("ثم زار الوزير المستشفى الجامعي، حيث
    اطلع على سير الأشغال به"): what "به" points to."""
    j = _verb_before_where(doc, k, _MOVING, 25)
    if j is None:
        return []
    _, at = _subjects_after(doc, index, j + 1, starts, roles_at)
    at = _skip_adjuncts(doc, at)
    if at < len(doc.tokens) and doc.tokens[at].text in _TO:
        at += 1  # "وانتقل رئيس المدينة إلى طريق X، حيث تابع أعمال رصفه"
    found = _object(doc, at, require_head=True)
    return [found] if found is not None and found.end < k else []


@cache
def _work_pronouns() -> frozenset[str]:
    """Work nouns with an object pronoun ("تهيئتها"، "تطويره") that point back to a project."""
    out = set()
    for words, value in project_heads().entries.items():
        if value == "work" and len(words) == 1:
            stem = words[0][:-1] + "ت" if words[0].endswith("ه") else words[0]
            out.update((stem + "ه", stem + "ها"))
    return frozenset(out)


def _pronoun_work(doc: Doc, k: int) -> bool:
    """After "أعمال": a work noun with an object pronoun ("رصفه"، "إحلالها"), no project head."""
    word = doc.tokens[k].text
    if word in _work_pronouns():
        return True
    surface = doc.surface(k, k + 1)  # the folded ه is also a ة: "ثانوية" is no pronoun
    return surface.endswith(("ها", "ه")) and len(word) > 4 and project_heads().match(doc.tokens, k) is None


_PASSIVES = frozenset(fold(w) for w in "تم وتم جرى وجرى".split())
_DURING = frozenset(fold(w) for w in "خلال أثناء وخلال وأثناء".split())
_VISITS = frozenset(fold(w) for w in "الزيارة الجولة زيارته جولته زيارتها جولتها زيارتهما جولتهما".split())


def _passive_during_visit(doc: Doc, k: int) -> bool:
    """ "وتم خلال الزيارة افتتاح …": a passive set in the visit just told, whose
    visitors are the actors."""
    toks = doc.tokens
    return (
        k >= 3
        and toks[k - 1].text in _VISITS
        and toks[k - 2].text in _DURING
        and toks[k - 3].text in _PASSIVES
    )


_WHERE = frozenset(fold(w) for w in "حيث".split())
_THERE_REACH = 12  # tokens from a place gone to, past its length or area, to "حيث"


def _followed_up_there(doc: Doc, k: int) -> bool:
    """ "…، حيث تابع معدلات التنفيذ" follows the place ending at k in its sentence."""
    toks = doc.tokens
    for j in range(k, min(len(toks) - 1, k + _THERE_REACH)):
        if toks[j].text in (".", "؛") or doc.sentence_of[j] != doc.sentence_of[k - 1]:
            return False
        if toks[j].text in _WHERE:
            trig = triggers().match(toks, j + 1)
            return trig is not None and trig.value[0] == "followed_up" and not trig.clitics
    return False


def _nothing_named(doc: Doc, k: int) -> bool:
    """Progress words end at k with no work after them: a break or a relative clause."""
    toks = doc.tokens
    return k >= len(toks) or toks[k].is_break or toks[k].text in _RELATIVES


def _it_word(word: str) -> bool:
    """ "به"، "فيها"، "تهيئتها": the progress is that of a project named before."""
    return word in _IT or word in _work_pronouns()


_TO = frozenset(fold(w) for w in "إلى الى".split())
_WORKSHOPS = frozenset(fold(w) for w in "ورش ورشة".split())
_EXTENT = frozenset(fold(w) for w in "مدى".split())  # "وقف على مدى تقدم الأشغال"
_A_WORKSHOP = fold("ورشة")


def _workshop_building(doc: Doc, k: int) -> bool:
    """The Egyptian ورشة, a building, not the Maghreb worksite of a work: joined to another
    building ("ورشة ومخازن الخط") or named by a craft, a definite noun that is no building
    or way ("ورشة الصيانة الرئيسية"; "ورشة المستشفى الجديد" is the hospital's worksite)."""
    toks = doc.tokens
    if toks[k].text != _A_WORKSHOP or k + 1 >= len(toks) or toks[k + 1].is_break:
        return False
    nxt = toks[k + 1].text
    head = project_heads().match(toks, k + 1)
    if nxt.startswith("و"):
        return head is not None and head.clitics == "و" and head.value != "work"
    return nxt.startswith("ال") and nxt not in _PROGRESS_OF and _head_kinds().get(nxt[2:], "work") == "work"


@cache
def _head_kinds() -> dict[str, str]:
    """One-word project heads by kind (strong, weak, work), keyed folded without ال."""
    kinds: dict[str, str] = {}
    for line in load_lines("project_heads"):
        head, _, kind = line.partition("\t")
        if " " not in head.strip():
            kinds[fold(head.strip()).removeprefix("ال")] = kind.strip()
    return kinds


_STANDING = frozenset(fold(w) for w in "موقف الموقف".split())


def _skip_progress(doc: Doc, k: int) -> int:
    toks = doc.tokens
    if k + 1 < len(toks) and toks[k].text in _STANDING and not toks[k + 1].is_break:
        return k  # "اطلعت على موقف الوحدة الصحية": a status wrapper, read past with the object
    return _skip_progress_words(doc, k)


_TRIAL_RUN = (fold("التشغيل"), fold("التجريبي"))


def _skip_progress_words(doc: Doc, k: int) -> int:
    toks = doc.tokens
    if tuple(t.text for t in toks[k : k + 2]) == _TRIAL_RUN:
        return k + 2  # "تابع التشغيل التجريبي لمستشفى …": the hospital run on trial
    if k + 1 < len(toks) and toks[k].text in _EXTENT and toks[k + 1].text in _PROGRESS:
        k += 1
    if k >= len(toks) or toks[k].text not in _PROGRESS or _workshop_building(doc, k):
        return k
    if toks[k].text in _WORKSHOPS and k + 1 < len(toks) and project_heads().match(toks, k + 1):
        return k + 1  # "زار ورش بناء المحطة": the works of the project
    j = k + 1
    if j + 1 < len(toks) and toks[j].text in _PROGRESS_OF and toks[j + 1].text.isdigit():
        return j  # "ورشة إنجاز 300 مسكن": before a count the verbal noun opens the work's own name
    if j < len(toks) and toks[j].text in _PROGRESS_OF:
        j += 1
    if j < len(toks) and toks[j].text in ("في", "فى", "ب"):
        j += 1
    return j if j > k + 1 else k


def _acted_on_before(doc: Doc, subjects: list[str], code: str, m: ProjectMention) -> ProjectMention:
    """A bare reference ("المشروع") after a verbal noun of the subject: the project
    that subject was said to act on in the same way, when its head agrees."""
    done = [a.project for a in doc.actions if a.official in subjects and a.action == code]
    if not done or done[-1] == m.key:
        return m
    for other in reversed(doc.project_mentions):
        if other.key == done[-1] and other.head == m.head:
            return other
    return m


def _institution_end(doc: Doc, j: int) -> int:
    """The token after the institution whose name covers token j - 1, else j."""
    for m in doc.institution_spans:
        if m.start <= j - 1 < m.end:
            return m.end
    return j


def _relative_person(doc: Doc, refs: list[tuple[int, int, str]], k: int) -> list[str]:
    """ "اللواء X، محافظ بورسعيد، الذي تفقد …": a relative verb's subject is the
    official the clause describes."""
    toks = doc.tokens
    if k < 2 or toks[k - 1].text not in _RELATIVES:
        return []
    j = k - 2
    while j >= 0 and toks[j].text in ("،", ","):
        j -= 1
    role = next((r for r in doc.roles if r.end == j + 1), None)
    if role is not None:
        j = role.start - 1
        while j >= 0 and toks[j].text in ("،", ","):
            j -= 1
    return [r[2] for r in refs if r[1] == j + 1][:1]


_INTO = frozenset(fold(w) for w in "في فى إلى الى".split())


def _names_a_project(doc: Doc, k: int) -> bool:
    """A strong project head ("مشروع"، "برنامج") stands at k, after any work wrappers."""
    if k >= len(doc.tokens):
        return False
    j, _ = skip_wrappers(doc, k)
    head = project_heads().match(doc.tokens, j) if j < len(doc.tokens) else None
    return head is not None and head.value == "strong" and not head.clitics


_LIST_OPENERS = frozenset({(fold("كل"), fold("من")), (fold("وكل"), fold("من"))})
_DELEGATION = frozenset(fold(w) for w in "الوفد والوفد".split())
_THE_DELEGATION = fold("الوفد")
_DELEGATION_KINDS = frozenset(fold(w) for w in "البرلماني الوزاري الرسمي الحكومي".split())
_ACCOMPANYING = frozenset(fold(w) for w in "المرافق المرافقين".split())
# Honorific pronouns that stand for the official as a verb's subject, with the
# honorific they point back to ("سموه" → "سمو الأمير …").
_PRONOUN_SUBJECTS = {
    fold(w): fold(h)
    for w, h in (
        ("سموه", "سمو"),
        ("سموها", "سمو"),
        ("معاليه", "معالي"),
        ("معاليها", "معالي"),
        ("سعادته", "سعادة"),
        ("سعادتها", "سعادة"),
        ("فخامته", "فخامة"),
        ("سيادته", ""),
        ("سيادتها", ""),
        # a member of parliament called by the honorific alone: "حيث تفقد النائب أعمال …"
        ("النائب", "النائب"),
        ("النائبة", "النائبة"),
    )
}
_RELATIVES = frozenset(fold(w) for w in "الذي التي اللذين اللتين اللذان اللتان".split())
_OBJECT_PRONOUNS = frozenset(fold(w) for w in "له لها لهما".split())


_OFFICIAL_WORD = fold("المسؤول")
_LEAD_KINDS = frozenset(fold(w) for w in "الأول الإقليمي الجهوي".split())
_ABOUT = fold("عن")


def _lead_official_phrase(doc: Doc, k: int) -> int | None:
    """The end of "المسؤول الأول عن الولاية"، "المسؤول الإقليمي" at k: Maghreb papers name the
    wali or governor who leads the article this way; None when k holds no such phrase."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k].text != _OFFICIAL_WORD or toks[k + 1].text not in _LEAD_KINDS:
        return None
    end = k + 2
    if end + 1 < len(toks) and toks[end].text == _ABOUT:
        end += 2  # "… عن الولاية"، "… عن الإقليم"
    return end


def _by_honorific(
    doc: Doc, index: OfficialIndex, pronoun: str, others: frozenset[str] = frozenset()
) -> list[str]:
    """The one official, not among `others`, whose honorific the pronoun names ("معاليه" → "معالي X")."""
    title = _PRONOUN_SUBJECTS[pronoun]
    if not title:
        return []
    found = {
        key
        for p in doc.persons
        if any(title in fold(h) for h in p.honorifics) and (key := index.person(p)) is not None
    } - others
    return list(found) if len(found) == 1 else []


_SITE_WORDS = frozenset(fold(w) for w in "موقع مواقع مشروع مشروعات مشاريع أعمال الأعمال".split())


def _a_site(doc: Doc, k: int) -> bool:
    """A work's site ("موقع مشروع …"), or its works ("ورشة مشروع إنجاز …": the Maghreb ورشة)."""
    toks = doc.tokens
    if toks[k].text in _SITES:
        return True
    return toks[k].text in _WORKSHOPS and k + 1 < len(toks) and project_heads().match(toks, k + 1) is not None


def _at_site(doc: Doc, k: int) -> bool:
    """The object names the site or the works ("موقع إنشاء …"، "مشروع …"), not a place alone."""
    return k < len(doc.tokens) and doc.tokens[k].text in _SITE_WORDS


def _honorific_before(doc: Doc, index: OfficialIndex, k: int) -> list[str]:
    """ "واستهل سموه جولته بالوقوف على مشروع …": a verbal noun in a clause whose
    subject is an honorific pronoun takes that pronoun's holder."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k - 1, max(-1, k - 6), -1):
        if doc.sentence_of[j] != sentence or toks[j].is_break:
            return []
        if toks[j].text in _PRONOUN_SUBJECTS:
            return _by_honorific(doc, index, toks[j].text)
    return []


def _relative_antecedent(doc: Doc, k: int, end: int, code: str) -> ProjectMention | None:
    """ "مشروع X، الذي افتتحه المحافظ"، "المستشفى الذي وضع المحافظ حجر الأساس له":
    the project a relative clause's verb acts on, named just before الذي/التي."""
    toks = doc.tokens
    if k == 0 or toks[k - 1].text not in _RELATIVES:
        return None
    if code == "laid_foundation":
        stone = _after_foundation_stone(doc, _skip_to_stone(doc, end))
        if stone is None or stone >= len(toks) or toks[stone].text not in _OBJECT_PRONOUNS:
            return None
    elif not toks[end - 1].text.endswith(("ه", "ها", "هما")):
        return None  # "الذي افتتح فيه المحافظ مدرسة": the verb has an object of its own
    return _named_before_relative(doc, k)


def _named_before_relative(doc: Doc, k: int) -> ProjectMention | None:
    """The project named just before the relative pronoun at k-1 ("مشروع X، الذي …")."""
    toks = doc.tokens
    last = k - 3 if k >= 3 and toks[k - 2].text in ("،", ",") else k - 2  # the name's last word
    if last < 0 or doc.sentence_of[last] != doc.sentence_of[k]:
        return None
    lo, _ = doc.sentence_range(doc.sentence_of[k])
    for end in dict.fromkeys((last, _before_measure(doc, last))):
        for j in range(max(lo, end - 16), end + 1):
            if project_heads().match(toks, j) is None:
                continue
            m = read_project(doc, j, require_head=True)
            if m is not None and m.end == end + 1:
                return doc.project_index()[1].get(m.start) or add_project_mention(doc, m)
    return resolve_bare(doc, last)


# Words that open a work's size or cost after its name: "مشروع X على مساحة 15 ألف متر مربع، الذي …"
_MEASURE_OPENERS = frozenset(fold(w) for w in "مساحة بمساحة بتكلفة بكلفة بقيمة بطول بطاقة".split())
_MEASURE_REACH = 8


def _before_measure(doc: Doc, last: int) -> int:
    """The last word of a name followed by its size or cost ending at `last` ("… حي الصواري على
    مساحة 15 ألف متر مربع"); `last` when no such phrase ends there."""
    toks = doc.tokens
    for j in range(last, max(-1, last - _MEASURE_REACH), -1):
        if toks[j].is_break:
            return last
        if toks[j].text in _MEASURE_OPENERS:
            before = j - 1 if j > 0 and toks[j - 1].text in _ON else j
            return before - 1 if before > 0 and toks[before - 1].text not in ("،", ",") else before - 2
    return last


_WORKS = frozenset(fold(w) for w in "المشروعات المشاريع الأعمال المنشآت".split())


def _its_document(doc: Doc, k: int) -> bool:
    """A plan or design with a pronoun at k ("مخططاته"، "تصميماتها"، "مقايسته"): a document of
    the work the pronoun points to."""
    if k >= len(doc.tokens) or _ends_in_feminine(doc, k):
        return False
    word = doc.tokens[k].text
    stem = next((word[: -len(p)] for p in _THEIR if word.endswith(p)), None)
    if stem is None or len(stem) < 3:
        return False
    stems = {stem, stem[:-1] + "ه"} if stem.endswith("ت") else {stem}  # "مقايسته" → "مقايسة"
    return any(f in _DOCUMENTS or f in _LAYOUTS for form in stems for f in (form, "ال" + form))


_LAYOUTS = frozenset(fold(w) for w in "مخطط المخطط مخططات المخططات".split())


def _works_antecedent(doc: Doc, k: int) -> bool:
    """ "المشروعات التي افتتحها": a relative verb whose antecedent is works in general;
    its objects are the ones listed after its subject."""
    toks = doc.tokens
    return k >= 2 and toks[k - 1].text in _RELATIVES and toks[k - 2].text in _WORKS


def _skip_to_stone(doc: Doc, k: int) -> int:
    """Past the subject of "الذي وضع المحافظ حجر الأساس له" to the stone."""
    toks = doc.tokens
    for j in range(k, min(len(toks), k + 12)):
        if toks[j].text in _STONES:
            return j
    return k


def _unresolved_subject(doc: Doc, index: OfficialIndex, k: int, starts: dict, roles_at: dict) -> bool:
    """A person or post right after the verb who is none of the article's officials."""
    toks = doc.tokens
    while k < len(toks) and toks[k].text in _TIME_WORDS:
        k += 1
    if k in starts:
        return index.person(starts[k]) is None
    if k in roles_at:
        return index.role(roles_at[k]) is None
    return honorifics().match(toks, k) is not None if k < len(toks) else False


def _group_before(
    doc: Doc, index: OfficialIndex, refs: list[tuple[int, int, str]], k: int, starts: dict, roles_at: dict
) -> list[str]:
    """The officials listed together as the sentence's subject before a plural verb:
    "ثم توجه المحافظ والدكتور X، نائب المحافظ، واللواء Y، … وتفقدوا"."""
    inside = [r for r in _in_sentence(doc, refs, doc.sentence_of[k]) if r[0] < k]
    if not inside:
        return []
    group, _ = _subjects_after(doc, index, inside[0][0], starts, roles_at)
    return group if len(group) >= 2 else []


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
    # "المحافظ والدكتور X" joins two people: only a name with no و names the role's holder
    named = {p.start: index.person(p) for p in doc.persons if not doc.tokens[p.start].text.startswith("و")}
    for r in doc.roles:
        key = index.role(r)
        if key is None and r.start not in covered:
            # a shortened post ("وأعلن نائب رئيس الوزراء أنه اعتمد …" for "نائب رئيس مجلس الوزراء
            # للتنمية الصناعية") points back to its holder named before it, not ahead (a headline)
            loose = _loose_role(doc, r)
            key = loose if any(at < r.start and who == loose for at, _, who in out) else None
        former = r.end < len(doc.tokens) and doc.tokens[r.end].text in _FORMER_WORDS
        if key and (r.status == "former" or former):
            key = _former_holder(doc, r, key)  # "وكان رئيس الهيئة السابق قد افتتح …"
        # "وكان المحافظ السابق الدكتور X قد وضع …": the name after a role says who holds it
        named_after = named.get(r.end)
        if key and not _role_of_adjacent_person(doc, r) and named_after in (None, key):
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
        if (w, toks[k + 1].text if k + 1 < len(toks) else "") in _LIST_OPENERS:
            k += 2  # "افتتح كل من الوزير والمحافظ"
            continue
        if subjects and w in _DELEGATION and k + 1 < len(toks) and toks[k + 1].text in _ACCOMPANYING:
            k += 2  # "والوفد المرافق له": companions, no officials of their own
            if k < len(toks) and toks[k].text in _OBJECT_PRONOUNS | _PRONOUN_PHRASES:
                k += 1
            continue
        if (
            w in _TIME_WORDS
            or (w[:1] in "وف" and w[1:] in _TIME_WORDS)
            or (not subjects and w in _PRONOUN_PHRASES)
        ):
            k += 1
            continue
        if not subjects and w in _BOTH_OFFICIALS:
            pair = _pair_before(doc, index, k, starts, roles_at)
            if len(pair) == 2:
                subjects.extend(pair)  # "دشن المسؤولان مركزا صحيا …": the two just named
                k += 1
                continue
        chaired = _chaired_by(doc, k) if not subjects else None
        if chaired is not None:
            k = chaired  # "تفقدت لجنة الإسكان …، برئاسة النائب X": the chair acts for the committee
            continue
        if w in _QUOTES and k + 2 < len(toks) and (quoted := index.surname_at(k + 1)) is not None:
            if toks[k + 1 + quoted[1]].text == _QUOTES[w]:
                subjects.append(quoted[0])  # 'تفقدت «الحسيني» أعمال …'
                k += quoted[1] + 2
                continue
        pair = _dual_role_noun(doc, index, w, k) if not subjects else []
        if pair:
            subjects.extend(pair)  # "وتابع الوزيران"، "وتفقد المحافظان": the two holders of the post
            k += 1
            continue
        # "ونائبه" is a post by pronoun; "ونائبة المحافظ" (ة folds to ه) is a role phrase of its own
        own_role = k in roles_at and roles_at[k].end > k + 1
        deputy = None if own_role else _deputy_of_subject(doc, w, subjects)
        if deputy is not None:
            subjects.append(deputy)  # "افتتح المحافظ ونائبه"
            k += 1
            continue
        pair = [] if own_role else _dual_deputies(doc, w, subjects)
        if pair:
            subjects.extend(pair)  # "ثم توجه المحافظ ونائباه"
            k += 1
            continue
        if subjects and not own_role and w.startswith("و") and w[1:] in _DEPUTIES:
            k += 1  # "وتفقد المحافظ ونائبه …" with no deputy named: a companion, not the object
            continue
        p: PersonMention | None = starts.get(k)
        if p is not None:
            key = index.person(p)
            titled = p.name_start > k and (
                index.surname_at(p.name_start) or _patronymic_surname(doc, index, p.name_start)
            )
            whole = _full_name(doc, index, p)
            if titled and titled[0] != key and p.name_start + titled[1] < p.end and not whole:
                # "وأشرف السيد بلقاسمي رفقة الوالية على …"، "وضع السيد بن زيان حجر الأساس": a title and
                # the surname of someone named before, the name read on into the words after it
                subjects.append(titled[0])
                k = p.name_start + titled[1]
                continue
            if key is not None:
                subjects.append(key)
                k = p.end
                continue
            if index.surname_at(k) is None and _patronymic_surname(doc, index, k) is None:
                break  # a surname read as a new name ("فؤاد مبادرة"، "بدر الدين حجر") falls through
        title = honorifics().match(toks, k)
        if title is not None and title.end in roles_at and k not in starts:
            k = title.end  # "ومعالي الوزير"، "سمو أمير المنطقة"
            continue
        if subjects and w in _DELEGATE and k + 1 < len(toks) and toks[k + 1].text == _ABOUT:
            # "وضع الوزير X، مندوبا عن رئيس الوزراء، ومحافظ إربد Y، حجر الأساس": the principal
            # is no subject, the list of those who act goes on after him
            past = _principal_end(doc, k + 2, starts, roles_at)
            if past is None:
                break
            k = past
            continue
        r: RolePhrase | None = roles_at.get(k)
        if r is not None:
            key = index.role(r)
            if subjects and _describes_previous(doc, r):
                k = _skip_acronym(
                    doc, r.end
                )  # "اللواء X، محافظ المنيا، ..." : the role of the subject just named
                continue
            named = starts.get(r.end)
            if named is not None and not toks[r.end].text.startswith("و") and index.person(named) is not None:
                k = r.end  # "برئاسة العضو X"، "وزير الأشغال المهندس X": the name after a post is its holder
                continue
            end = r.end
            if key is None:
                key, end = _short_role(doc, index, r)
            if key is None:
                key, end = _loose_role(doc, r), r.end  # "رئيس الشركة القابضة" for "رئيس مجلس إدارة الشركة …"
            if key is None and subjects and (short := _post_of_short_name(doc, r, subjects)) is not None:
                key, end = short  # "تفقد المحافظ ورئيس إيجاس": the post a short name stands for
            if key is None and (named := _named_after_posts(doc, r.end, starts, roles_at)) is not None:
                k = named  # "وزير الأشغال ووزير الدولة المهندس X"، "والي الجهة، عامل الإقليم، السيد X"
                continue
            if key is None:
                break
            if r.status == "new":
                key = _new_holder(doc, index, r, key)  # "تفقد رئيس الهيئة الجديد": not his predecessor
            elif r.status == "former" or (end < len(toks) and toks[end].text in _FORMER_WORDS):
                key = _former_holder(doc, r, key)  # "كما وضع الرئيس التنفيذي السابق …": not his successor
                end += 1 if end < len(toks) and toks[end].text in _FORMER_WORDS else 0
            subjects.append(key)
            end = _object_inside_role(doc, r, end)
            k = _skip_acronym(doc, end)  # "رئيس هيئة الأشغال العامة "أشغال""
            continue
        by_surname = index.surname_at(k) or _patronymic_surname(doc, index, k)
        if by_surname is not None:
            subjects.append(by_surname[0])
            k += by_surname[1]
            continue
        joined = _joined_post(doc, k, subjects)
        if joined is not None:
            subjects.append(joined[0])  # "دشن الوزير والعامل …"، "… وعامل الإقليم …"
            k = joined[1]
            continue
        break
    if subjects:
        k = _skip_adjuncts(doc, k)
    return subjects, k


# Generic complements of a post named short: "وعامل الإقليم"، "ووالي الجهة".
_POST_PLACES = frozenset(
    fold(w) for w in "الإقليم العمالة الولاية الجهة المحافظة المنطقة المدينة البلدية الوزارة".split()
)


def _principal_end(doc: Doc, k: int, starts: dict, roles_at: dict) -> int | None:
    """The token after the one an official stands for ("رئيس الوزراء"، "الدكتور X، رئيس
    مجلس الوزراء"، "رئيس الحكومة الدكتور X"), from k; None when no person or post is there."""
    toks = doc.tokens
    if k in starts:
        k = starts[k].end
        comma = k < len(toks) and toks[k].text in ("،", ",")
        r = roles_at.get(k + 1) if comma else None
        return r.end if r is not None and not toks[k + 1].text.startswith("و") else k
    if k in roles_at:
        k = roles_at[k].end
        return starts[k].end if k in starts else k
    return None


def _full_name(doc: Doc, index: OfficialIndex, p: PersonMention) -> bool:
    """The mention spells an official's whole name ("المهندس الطيب محجوب علي"), so a first
    name that is another official's surname ("الطيب") does not stand for him."""
    return name_key(doc.surface(p.name_start, p.end, skip=p.skip)) in index.keys


def _joined_post(doc: Doc, k: int, subjects: list[str]) -> tuple[str, int] | None:
    """ "الوزير والعامل"، "الوزير وعامل الإقليم": a bare post joined by و to the subjects
    (or, first of them, "دشن عامل الإقليم …") names the one other official of the article
    holding it, though the word alone (عامل: also "worker") is no role phrase. Returns
    (official, token after it)."""
    toks = doc.tokens
    w = toks[k].text
    if subjects and (not w.startswith("و") or len(w) < 4):
        return None
    word = w[1:] if subjects else w
    if not subjects and (word.startswith("ال") or k + 1 >= len(toks) or toks[k + 1].text not in _POST_PLACES):
        return None  # the first subject only as "عامل الإقليم"، "والي الولاية": a post and its place
    definite = word.startswith("ال")
    noun = word[2:] if definite else word
    end = k + 1
    if not definite:
        if end >= len(toks) or toks[end].text not in _POST_PLACES:
            return None  # "وعامل الإقليم": only with a generic complement
        end += 1
    holders = {
        o.key
        for o in doc.officials
        if o.key not in subjects
        and any(h.role_noun and fold(h.role_noun).split()[0] == noun for h in o.holdings)
    }
    return (holders.pop(), end) if len(holders) == 1 else None


def _post_of_short_name(doc: Doc, r: RolePhrase, subjects: list[str]) -> tuple[str, int] | None:
    """ "ورئيس إيجاس": a bare post and the short name given in quotes after its institution
    ("رئيس مجلس إدارة الشركة … «إيجاس»") name that post's one holder; (official, end)."""
    toks = doc.tokens
    at = r.noun_end  # the role reader may have run on past the short name
    if at >= len(toks) or not toks[r.start].text.startswith("و"):
        return None
    noun = fold(r.canonical).split()[0] if r.canonical else ""
    held = {key for key, first in _short_names(doc).get(toks[at].text, ()) if first == noun}
    held -= set(subjects)
    return (held.pop(), at + 1) if len(held) == 1 else None


def _short_names(doc: Doc) -> dict[str, set[tuple[str, str]]]:
    """Short names in quotes or brackets right after a post's institution ("رئيس مجلس إدارة
    الشركة … «إيجاس»"), each with (official, first word of the role noun) of that post."""
    if "short-names" in doc.cache:
        return doc.cache["short-names"]
    toks = doc.tokens
    out: dict[str, set[tuple[str, str]]] = {}
    for o in doc.officials:
        for h in o.holdings:
            j = doc.token_at(h.mention.end - 1) + 1
            if j + 2 < len(toks) and toks[j].text in _QUOTES and toks[j + 2].text == _QUOTES[toks[j].text]:
                first = fold(h.role_noun).split()[0] if h.role_noun else ""
                out.setdefault(toks[j + 1].text, set()).add((o.key, first))
    doc.cache["short-names"] = out
    return out


_HYPHENS = frozenset("-–")


def _named_after_posts(doc: Doc, k: int, starts: dict, roles_at: dict) -> int | None:
    """Where the holder of a post with no known holder is named: stacked posts of one
    person ("وزير الأشغال العامة ووزير الدولة لشؤون البلدية المهندس X"، "والي الجهة، عامل
    الإقليم، السيد X") end in a name, the name or the next post of the stack is at the
    returned token; None when no post or name follows at once."""
    toks = doc.tokens
    j = k
    # "والي جهة درعة-تافيلالت،": place words read past the post, up to its comma
    tail = next((e for e in range(k, min(len(toks), k + 4)) if toks[e].text in ("،", ",")), None)
    if tail is not None and all(toks[e].text in _HYPHENS or not toks[e].is_break for e in range(k, tail)):
        j = tail
    if j < len(toks) and toks[j].text in ("،", ","):
        j += 1
    if j in starts:
        return j
    r = roles_at.get(j)
    if r is None or not (j > k or toks[j].text.startswith("و")):
        return None
    after = r.end + 1 if r.end < len(toks) and toks[r.end].text in ("،", ",") else r.end
    return j if after in starts or after in roles_at else None


_SON_OF = frozenset(fold(w) for w in "بن ابن وبن وابن".split())
_COMPOUND_ENDS = frozenset(fold(w) for w in "الدين الله".split())  # "بدر الدين"، "عبد الله"


def _patronymic_surname(doc: Doc, index: OfficialIndex, k: int) -> tuple[str, int] | None:
    """An official named by a two-word surname, "بن X" or "X الدين" ("كما افتتح المحافظ بن
    كلشات …"، "وضع X وبدر الدين"): both words must end the official's name."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].is_break:
        return None
    if toks[k].text not in _SON_OF and toks[k + 1].text not in _COMPOUND_ENDS:
        return None
    word = toks[k].text
    bare = word[1:] if word.startswith("و") and len(word) > 3 else word  # "وبدر الدين"، "وبن X"
    key = index.surname_words([bare, toks[k + 1].text])
    return (key, 2) if key is not None and len(key.split()) > 2 else None


def _object_inside_role(doc: Doc, r: RolePhrase, end: int) -> int:
    """Where the verb's object starts inside a role read on past its institution: an
    indefinite work noun after a definite word opens a new phrase ("رئيس وفد الاتحاد
    الأوروبي وحدة الطاقة الشمسية …": the unit is what was opened)."""
    toks = doc.tokens
    for j in range(r.noun_end + 1, end):
        head = project_heads().match(toks, j)
        if head is None or head.clitics:
            continue
        if j == r.noun_end + 1 and head.value == "bare" and toks[r.noun_end].text.startswith("ال"):
            return j  # "ورئيس الجامعة المستشفى البيطري …": no idafa joins two definite nouns
        if head.value == "bare" or toks[j].text.startswith("ال"):
            continue
        if toks[j - 1].text.startswith("ال"):
            return j
    return end


def _new_holder(doc: Doc, index: OfficialIndex, r: RolePhrase, key: str) -> str:
    """For a role marked new ("رئيس الهيئة الجديد"), the one holder of that post who is
    not named beside a former one ("خلفا لX، رئيس الهيئة السابق")."""
    former = _former_holders(doc, index)
    if key not in former:
        return key
    noun = fold(r.canonical)
    others = {
        o.key
        for o in doc.officials
        if o.key not in former and any(fold(h.role_noun) == noun for h in o.holdings)
    }
    return others.pop() if len(others) == 1 else key


_FORMER_WORDS = frozenset(fold(w) for w in "السابق السابقة".split())


def _former_holder(doc: Doc, r: RolePhrase, key: str) -> str:
    """For a role marked former ("الرئيس التنفيذي السابق"), the one official who held that
    post before ("خلفا لX"); `key` when there is not exactly one."""
    noun = fold(r.canonical)
    held = {
        o.key
        for o in doc.officials
        if any(h.status == "former" and fold(h.role_noun) == noun for h in o.holdings)
    }
    return held.pop() if len(held) == 1 else key


def _former_holders(doc: Doc, index: OfficialIndex) -> frozenset[str]:
    """Officials named just before a role marked former: "X، رئيس الهيئة السابق"."""
    ends = {p.end: p for p in doc.persons}
    found = set()
    for fr in doc.roles:
        if fr.status != "former":
            continue
        for gap in (0, 1):
            p = ends.get(fr.start - gap)
            key = index.person(p) if p is not None else None
            if key is not None:
                found.add(key)
    return frozenset(found)


_QUOTES = {'"': '"', "«": "»", "“": "”", "(": ")"}
# The two officials just named, as a verb's subject: "دشن المسؤولان …"، "وتفقد الطرفان …".
_BOTH_OFFICIALS = frozenset(fold(w) for w in "المسؤولان المسئولان الطرفان الجانبان".split())
_CHAIRED = frozenset(fold(w) for w in "برئاسة".split())


def _chaired_by(doc: Doc, k: int) -> int | None:
    """After a named body and "برئاسة" ("لجنة الإسكان بمجلس الشيوخ، برئاسة النائب X"):
    the token where the chair is named; None when no body stands at k."""
    toks = doc.tokens
    span = next((s for s in doc.institution_spans if s.start == k), None)
    if span is None:
        return None
    for j in range(span.end, min(len(toks), span.end + 8)):
        if toks[j].text in _CHAIRED:
            return j + 1
        if toks[j].is_break and toks[j].text not in ("،", ","):
            return None
    return None


def _skip_acronym(doc: Doc, k: int) -> int:
    """Past a short quoted or bracketed name of the institution just named
    ("هيئة الأشغال العامة "أشغال""، "(يونيسف)"): it is no subject and no object."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].text not in _QUOTES:
        return k
    close = _QUOTES[toks[k].text]
    for j in range(k + 1, min(len(toks), k + 4)):
        if toks[j].text == close:
            return j + 1 if j > k + 1 else k
        if toks[j].is_break:
            return k
    return k


def _dual_role_noun(doc: Doc, index: OfficialIndex, word: str, k: int) -> list[str]:
    """ "الوزيران"، "المحافظان"، "الوزيرتان": a dual role noun names the two officials
    holding that post; with more than two, the two named last before token k."""
    w = word[1:] if word.startswith("و") and word[1:].startswith("ال") else word
    if not (w.startswith("ال") and w.endswith("ان") and len(w) > 6):
        return []
    stem = w[2:-2]
    stems = {stem, stem + "ه"} | ({stem[:-1] + "ه", stem[:-1]} if stem.endswith("ت") else set())
    holders = [
        o.key
        for o in doc.officials
        if any(h.role_noun and fold(h.role_noun).split()[0] in stems for h in o.holdings)
    ]
    if len(holders) < 2:
        return []
    if len(holders) > 2:
        last: dict[str, int] = {}
        for p in doc.persons:
            key = index.person(p)
            if key in holders and p.start < k:
                last[key] = p.start
        holders = sorted(last, key=last.get)[-2:]
    return holders if len(holders) == 2 else []


# "ونائبه"، "ومساعدها": a role noun with a pronoun for the subject just named.
_DEPUTIES = {
    fold(stem + suffix): fold(stem)
    for stem in ("نائب", "مساعد", "وكيل", "مستشار")
    for suffix in ("ه", "ها", "ته", "تها")  # "ونائبته": his deputy is a woman
}


# "المحافظ ونائباه": the two deputies of the subject, by a dual pronoun form.
_DUAL_DEPUTIES = {
    fold(stem + suffix): fold(stem)
    for stem in ("نائب", "مساعد", "وكيل", "مستشار")
    for suffix in ("اه", "يه", "اها", "يها")
}


def _deputy_of_subject(doc: Doc, word: str, subjects: list[str]) -> str | None:
    """The one official, besides the subjects, who holds the post "ونائبه" names."""
    found = _deputies_of_subject(doc, _DEPUTIES.get(word[1:] if word.startswith("و") else word), subjects)
    return found[0] if len(found) == 1 else None


def _dual_deputies(doc: Doc, word: str, subjects: list[str]) -> list[str]:
    """The two officials, besides the subjects, who hold the post "ونائباه" names."""
    found = _deputies_of_subject(
        doc, _DUAL_DEPUTIES.get(word[1:] if word.startswith("و") else word), subjects
    )
    return found if len(found) == 2 else []


def _deputies_of_subject(doc: Doc, noun: str | None, subjects: list[str]) -> list[str]:
    """The officials, besides the subjects, who hold the post `noun` (نائب، مساعد …) under the
    last subject's post, or anywhere when none is under it."""
    if not subjects or noun is None:
        return []
    holders = [
        o
        for o in doc.officials
        if o.key not in subjects and any(fold(h.role_noun).split()[0] == noun for h in o.holdings)
    ]
    posts = [fold(h.role) for o in doc.officials if o.key == subjects[-1] for h in o.holdings]
    under = [o for o in holders if any(p in fold(h.role) for h in o.holdings for p in posts)]
    return sorted({o.key for o in (under or holders)})  # "نائب محافظ الدقهلية" for "المحافظ ونائبه"


def _short_role(doc: Doc, index: OfficialIndex, r: RolePhrase) -> tuple[str | None, int]:
    """ "افتتح رئيس الجامعة وحدة القسطرة": a role read on into the object; its
    first definite complement ("رئيس الجامعة") may name the official alone."""
    toks = doc.tokens
    for j in range(r.noun_end, r.end - 1):
        if toks[j].text.startswith("ال"):
            short = replace(r, end=j + 1, text=doc.surface(r.start, j + 1), nested=None)
            return index.role(short), j + 1
        if toks[j].is_break:
            break
    return None, r.end


def _loose_role(doc: Doc, r: RolePhrase) -> str | None:
    """The one official whose post holds the words of a shortened role phrase in
    order ("رئيس الشركة القابضة" → "رئيس مجلس إدارة الشركة القابضة لمياه الشرب")."""
    if r.number in ("pl", "du"):
        return None
    words = [_bare_word(w) for w in fold(r.text or doc.surface(r.start, r.end)).split()]
    if len(words) < 2:
        return None
    found = {
        o.key
        for o in doc.officials
        for h in o.holdings
        if _in_order(words, [_bare_word(w) for w in fold(h.role).split()])
    }
    return found.pop() if len(found) == 1 else None


def _bare_word(word: str) -> str:
    if word.startswith("و") and len(word) > 3:
        word = word[1:]
    if word.startswith(("بال", "لل")) and len(word) > 4:
        return word[3:] if word.startswith("بال") else word[2:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _in_order(words: list[str], within: list[str]) -> bool:
    """`words` stand in `within` in the same order (others may come between)."""
    it = iter(within)
    return all(any(w == x for x in it) for w in words)


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
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        remote = next((len(r) for r in _REMOTE if tuple(t.text for t in toks[k : k + len(r)]) == r), 0)
        if remote:
            k += remote  # "وتابع عبر الفيديو كونفرانس التشغيل التجريبي لمستشفى …"
        elif w in _CAPACITY and (closed := _closing_comma(doc, k)) is not None:
            k = closed  # "كما اعتمد X، بصفته آمرا بالصرف، الصفقة …": the capacity he acts in
        elif w in _CAPACITY and k + 1 in _role_spans(doc):
            k = _role_spans(doc)[k + 1]  # "واعتمدت X بصفتها وزيرة الدولة لشؤون البلدية التصميم …"
        elif w in _VIA and (means := _past_means(doc, k)) > k:
            k = means  # "وتابع الوزير، عبر الربط المرئي من مركز التحكم، معدلات تنفيذ …"
        elif (w, nxt) in _ADVERBIAL_PAIRS or (w in _MANNER and nxt and not toks[k + 1].is_break):
            k += 2  # "بعد ذلك"، "بشكل أسبوعي"
        elif w in _ADVERBS:
            k += 1  # "ميدانيا"، "بنفسه"
        elif w in _ON_BEHALF and nxt in _FROM_WHOM and (listed := _people_listed(doc, k + 2)) > k + 2:
            k = listed  # "افتتح X، …، نيابة عن الدكتور Y، رئيس مجلس الوزراء، مستشفى …": the principal
        elif (w in _WITH or w in _WITH_HIM) and (listed := _people_listed(doc, k + 1)) > k + 1:
            k = listed  # "تابع الوزير مع المهندسة X، رئيس الشركة …، موقف إنشاء …": a partner, no object
        elif w in _PREPOSITIONS:
            reach = min(len(toks), k + _PHRASE_REACH)
            comma = next((j for j in range(k + 1, reach) if toks[j].is_break), None)
            if comma is None:
                comma = _break_after_person(doc, k + 1, reach)
            # "من قرية X بمركز Y،": a settlement names where it happened, whatever heads follow
            heads = (
                comma is not None
                and toks[k + 1].text not in _SETTLEMENTS
                and any(project_heads().match(toks, j) for j in range(k + 1, comma))
            )
            named = {j for p in doc.persons if k < p.start < (comma or k) for j in range(p.start, p.end)}
            # "علي" inside a name is no "على"
            on = (
                next((j for j in range(k + 1, comma) if toks[j].text in _ON and j not in named), None)
                if comma
                else None
            )
            attended = _attendance_in_phrase(doc, k)
            if attended is not None:
                k = attended  # "خلال جلسة عمل انعقدت بمقر الولاية بحضور X، …،": the attendees follow
                continue
            if on is not None:
                k = on  # "وصادق المحافظ خلال الاجتماع على المخطط …"
            elif (
                comma is not None
                and toks[comma].text in ("،", ",")
                and (not heads or _object_opens(doc, comma + 1))
            ):
                # "خلال اجتماع المجلس التنفيذي للمحافظة اليوم الثلاثاء،"; "من الصالة المغطاة باستاد
                # قنا، النسخة الثانية من …": a venue with a head of its own, the object after its comma
                k = comma
            else:
                j = k + 1
                while j < len(toks) and not toks[j].is_break and j - k < 5:
                    if toks[j].text in _SEATS:
                        j = _past_seat(doc, j)  # "خلال اجتماع عقده بمقر الوزارة بالعاصمة …"
                        break
                    head = project_heads().match(toks, j) if j > k + 1 else None
                    if head is not None and head.value != "bare":
                        break  # "في ختام جولته مستشفى …": the object starts
                    if j > k + 1 and (toks[j].text in _STANDING or toks[j].text in _PROGRESS):
                        break  # "وتابعت مع ميشو الموقف التنفيذي لمشروع …": the status opens the object
                    closed = toks[j].text.startswith("ال")
                    j += 1
                    if closed:
                        break
                k = _institution_end(doc, j)  # "مع مسؤولي الهيئة العامة للطرق والنقل البري"
                k = _role_tail(doc, k)  # "من حديقة الحيوان بالجيزة،": its place words up to the comma
        elif w in _ACCOMPANIED and (listed := _people_listed(doc, k + 1)) > k + 1:
            k = listed  # "بحضور X، محافظ …، وY، رئيس …، اليوم الخميس، أعمال …"
        elif w in _RELATIVES and nxt in _ATTENDED and (listed := _people_listed(doc, k + 2)) > k + 2:
            k = listed  # "وناقش الاجتماع، الذي حضره X، مدير …، موقف …": attendees, no object
        elif w in _ACCOMPANIED and (work := _work_after_companions(doc, k + 1)) is not None:
            k = work  # "دشن الوالي رفقة السلطات المحلية مستشفى …": companions who are no officials
        elif w in _ACCOMPANIED:
            j = k + 1
            while j < len(toks) and not toks[j].is_break and j - k < 25:
                j += 1
            if j >= len(toks) or toks[j].text not in ("،", ","):
                break  # no comma closes it: "بحضور" starts the sentence's tail
            k = j
        elif w in _TIME_WORDS:
            k += 1
        elif (
            w in _RELATIVES
            and nxt in _HELD
            and k + 2 < len(toks)
            and toks[k + 2].text in _SEATS
            and (seated := _past_seat(doc, k + 2)) > k + 2
        ):
            k = seated  # "خلال الحفل الذي أقيم بمقر الإمارة مستشفى …": where the ceremony was held
        elif w in _SEATS and (seated := _past_seat(doc, k)) > k:
            k = seated  # "عقده اليوم بمقر الوزارة بالعاصمة الإدارية موقف …": where it sat, no object
        elif (place_end := _place_before_object(doc, k)) is not None:
            k = place_end  # "دشن صباح اليوم بمحلية بربر أعمال تأهيل …"
        else:
            break
        while k < len(toks) and toks[k].text in ("،", ","):
            k += 1
    return k


def _object_opens(doc: Doc, k: int) -> bool:
    """An object starts at k with no clitic: a work's head ("مستشفى …") or an edition of one."""
    toks = doc.tokens
    if k + 1 >= len(toks):
        return False
    if toks[k].text in _EDITIONS and toks[k + 1].text.startswith("ال"):
        return True
    head = project_heads().match(toks, k)
    return head is not None and not head.clitics and head.value in ("strong", "work")


_COMPANION_REACH = 4  # "رفقة السلطات المحلية والمنتخبين": a few words of who came along


# Words that bring companions along (not attendees: "بحضور"، "بمشاركة" make no actor).
_ALONG = frozenset(
    fold(w)
    for w in (
        "برفقة رفقة بصحبة يرافقه يرافقها يرافقهما يرافقهم ويرافقه ويرافقها ويرافقهما صحبة مرفوقا مرفوقة "
        "ترافقه ترافقها"
    ).split()
)


def _companions(doc: Doc, index: OfficialIndex, lo: int, hi: int, starts: dict, roles_at: dict) -> list[str]:
    """Officials brought along ("رفقة Y") between a supervising verb (lo) and the verbal noun
    (hi) of "أشرف X، رفقة Y، على إطلاق …": they supervise it with X. (After a plain verb a
    companion is no actor: "افتتح الوزير، يرافقه المحافظ، …" names the minister's act.)"""
    toks = doc.tokens
    found: list[str] = []
    for j in range(lo, min(hi, len(toks))):
        if toks[j].text in _ALONG:
            people, _ = _subjects_after(doc, index, j + 1, starts, roles_at)
            found += people
    return found


def _word_back_any(doc: Doc, k: int, words: frozenset[str], reach: int) -> int | None:
    """The nearest of `words` among the `reach` tokens before k in its sentence, across commas."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k - 1, max(-1, k - reach - 1), -1):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛", ":"):
            return None
        if toks[j].text in words:
            return j
    return None


def _work_after_companions(doc: Doc, k: int) -> int | None:
    """Where a work starts within a few definite words after "رفقة"/"بحضور" with no comma:
    the companions are a group, and the object follows them at once."""
    toks = doc.tokens
    for j in range(k, min(len(toks), k + _COMPANION_REACH + 1)):
        if toks[j].is_break:
            return None
        head = project_heads().match(toks, j)
        if j > k and (
            (head is not None and head.value != "bare" and not head.clitics)
            or (wrappers().match(toks, j, clitics=False) is not None)
        ):
            return j
        # "مرفوقا بالسلطات المحلية المدنية والعسكرية": the preposition on the group's first word
        if not toks[j].text.startswith(("ال", "وال")) and not (j == k and toks[j].text.startswith("بال")):
            return None
    return None


def _break_after_person(doc: Doc, k: int, reach: int) -> int | None:
    """The break that ends a phrase whose last words are a person's name ("خلال اجتماعه
    أمس بعميد بلدية X سالم علي Y،"): a name may carry the phrase past the usual reach."""
    toks = doc.tokens
    for p in doc.persons:
        if k < p.start < reach and p.end < len(toks) and toks[p.end].is_break:
            if not any(toks[j].is_break for j in range(k, p.start)):
                return p.end
    return None


_PLACE_WORDS = frozenset(
    fold(w) for w in "محلية مدينة قرية مركز حي محافظة ولاية منطقة بلدية جماعة إقليم".split()
)


_SETTLEMENTS = frozenset(fold(w) for w in "قرية مدينة محافظة حي ولاية محلية".split())


def _attendance_in_phrase(doc: Doc, k: int) -> int | None:
    """The "بحضور" or "مع" that ends a prepositional phrase from k ("خلال جلسة عمل انعقدت بمقر
    الولاية بحضور …"), within its clause."""
    toks = doc.tokens
    for j in range(k + 1, min(len(toks), k + 12)):
        if toks[j].is_break:
            return None
        if toks[j].text in _ACCOMPANIED or toks[j].text in _WITH:
            return j  # "خلال اجتماع عبر الفيديو مع X، محافظ …،": the partners follow too
    return None


# Where a meeting sits: "بمقر الوزارة"، "بديوان عام المحافظة" — a place, not the object.
_HELD = frozenset(fold(w) for w in "أقيم أقيمت عقد عقدت نظم نظمت انعقد انعقدت".split())
_SEATS = frozenset(fold(w) for w in "بمقر مقر بديوان ديوان بقاعة بمبنى".split())
_SEAT_REACH = 7


def _past_seat(doc: Doc, k: int) -> int:
    """Past a seat phrase at k ("بمقر الوزارة بالعاصمة الإدارية الجديدة") up to the status
    or work that follows it; k when none follows within reach."""
    toks = doc.tokens
    for j in range(k + 1, min(len(toks), k + _SEAT_REACH)):
        w = toks[j].text
        if toks[j].is_break:
            return j
        if w in _STANDING or w in _PROGRESS or (w in _STATUS_WORDS and not w.startswith("ال")):
            return j
        head = project_heads().match(toks, j)
        if head is not None and head.value != "bare" and not head.clitics:
            return j
    return k


def _place_before_object(doc: Doc, k: int) -> int | None:
    """Past a place phrase ("بمحلية بربر"، "بقرية X") that stands between a verb and its
    object, when the object (a work wrapper or a project head) follows it at once."""
    toks = doc.tokens
    w = toks[k].text
    if not (w.startswith("ب") and w[1:] in _PLACE_WORDS) or k + 1 >= len(toks):
        return None
    place = places().match(toks, k + 1)
    end = place.end if place is not None else k + 2
    for s in doc.institution_spans:
        if s.start == k:
            end = max(end, s.end)
            break
    comma = end < len(toks) and toks[end].text in ("،", ",")
    if comma:
        end += 1  # "عاين الوزير، اليوم بولاية تلمسان، ورشة إنجاز …": the place closed by its comma
    if end >= len(toks) or toks[end].is_break:
        return None
    head = project_heads().match(toks, end)
    if (
        wrappers().match(toks, end) is not None
        or (head is not None and head.value != "bare" and not head.clitics)
        or (comma and toks[end].text in _WORKSHOPS)
    ):
        return end
    return None


_ON = frozenset(fold(w) for w in "على علي".split())
# Adjectives of a tour between it and its object: "جولة تفقدية موسعة/مفاجئة على …"
_TOUR_MANNER = frozenset(fold(w) for w in "موسعة مفاجئة ميدانية مكثفة شاملة مطولة سريعة واسعة".split())
_IT = frozenset(fold(w) for w in "به بها فيه فيها".split())  # "معدلات التنفيذ بها"
_ACCOMPANIED = frozenset(
    fold(w)
    for w in (
        "بحضور بمشاركة برفقة رفقة بصحبة يرافقه يرافقها يرافقهما يرافقهم ويرافقه ويرافقها ويرافقهما "
        "صحبة مرفوقا مرفوقة ترافقه ترافقها"  # Maghreb, Libya, Iraq: "مرفوقا برئيس …"، "صحبة مدير …"
    ).split()
)
# Adverbials between a verb (or its subjects) and the object.
_ADVERBIAL_PAIRS = frozenset(
    (fold(a), fold(b))
    for a, b in (
        ("بعد", "ذلك"),
        ("عقب", "ذلك"),
        ("إثر", "ذلك"),
        ("عن", "قرب"),
        ("على", "الطبيعة"),
        ("على", "أرض"),
    )
)
# "تابع عبر الفيديو كونفرانس …": the means of a remote follow-up, no object
_REMOTE = tuple(
    tuple(fold(w) for w in phrase.split())
    for phrase in (
        "عبر تقنية الفيديو كونفرانس",
        "عبر الفيديو كونفرانس",
        "بالفيديو كونفرانس",
        "عبر تقنية الاتصال المرئي",
        "عبر الاتصال المرئي",
        "عبر تقنية الفيديو",
        "عبر الفيديو",
    )
)
_WITH = frozenset(fold(w) for w in "مع ومع".split())
_VIA = frozenset(fold(w) for w in "عبر".split())
_CAPACITY = frozenset(fold(w) for w in "بصفته بصفتها بصفتهما بوصفه بوصفها".split())


def _closing_comma(doc: Doc, k: int) -> int | None:
    """The comma that closes the phrase opening at k, within a few words; None if none does."""
    toks = doc.tokens
    reach = min(len(toks), k + _PHRASE_REACH)
    end = next((j for j in range(k + 1, reach) if toks[j].is_break), None)
    return end if end is not None and toks[end].text in ("،", ",") else None


_MEANS_REACH = 4  # "عبر الدائرة التلفزيونية المغلقة": a few definite words name the means


def _past_means(doc: Doc, k: int) -> int:
    """The token after "عبر …", the means by which an official acted: up to the comma
    that closes the phrase, else past its definite words; k when none follow."""
    toks = doc.tokens
    reach = min(len(toks), k + _PHRASE_REACH)
    comma = next((j for j in range(k + 1, reach) if toks[j].is_break), None)
    if comma is not None and toks[comma].text in ("،", ","):
        return comma
    j = k + 1
    while j < len(toks) and j - k <= _MEANS_REACH and toks[j].text.startswith("ال") and not toks[j].is_break:
        j += 1
    return j if j > k + 1 else k


# "نيابة عن X، …،"، "بالتنسيق مع X، …،": someone acted for or with, whose post may follow
# "مندوبا عن رئيس الوزراء"، "ممثلا عن الوزير" (Levant, Gulf): a delegate names whom he stands for
_ON_BEHALF = frozenset(fold(w) for w in "نيابة ونيابة بالتنسيق بالتعاون مندوبا مندوبة ممثلا ممثلة".split())
_FROM_WHOM = frozenset(fold(w) for w in "عن مع".split())
_DELEGATE = frozenset(fold(w) for w in "نيابة ونيابة مندوبا مندوبة ممثلا ممثلة".split())
# "افتتح الوزير، ومعه محافظ أسيوط اللواء X، …، المبنى الجديد": who came with him, then the object
_WITH_HIM = frozenset(fold(w) for w in "معه ومعه معها ومعها معهما ومعهما".split())
# Acts shared by whoever does them "with" the subject; a follow-up or approval "with" someone
# is the subject's alone ("تابع مع رئيس الشركة موقف …").
_SHARED_ACTS = frozenset({"opened", "inspected", "laid_foundation", "launched"})
_ATTENDED = frozenset(fold(w) for w in "حضره حضرته حضرها حضرتها".split())
# tokens from a preposition to the comma that closes its phrase ("خلال اجتماع المجلس
# التنفيذي للمحافظة اليوم الثلاثاء،"); further, the comma more often ends a name list
_PHRASE_REACH = 10
_MANNER = frozenset(fold(w) for w in "بشكل بصورة بصفة".split())  # "بشكل أسبوعي"، "بصورة مفاجئة"
_ADVERBS = frozenset(
    fold(w)
    for w in (
        "ميدانيا شخصيا بنفسه بنفسها كذلك بالمناسبة يوميا أسبوعيا شهريا دوريا باستمرار "
        "بالخصوص خصوصا تحديدا"  # "وتابع الوالي بالخصوص مدى تقدم أشغال …"
    ).split()
)


def _role_spans(doc: Doc) -> dict[int, int]:
    """Start → end of every role phrase, read once per article."""
    if "role-spans" not in doc.cache:
        doc.cache["role-spans"] = {r.start: r.end for r in doc.roles}
    return doc.cache["role-spans"]


def _people_listed(doc: Doc, k: int) -> int:
    """The token after a list of people ("X، محافظ أسوان، والمهندس Y، رئيس …،") from k,
    with the commas, time words and role appositions in it; k when none starts there."""
    toks = doc.tokens
    if "person-spans" not in doc.cache:
        spans = {p.start: p.end for p in doc.persons}
        for r in doc.roles:
            spans.setdefault(r.start, r.end)
        doc.cache["person-spans"] = spans
    spans = doc.cache["person-spans"]
    j, last = k, k
    while j < len(toks):
        w = toks[j].text
        if w in ("،", ",", "و") or w in _TIME_WORDS:
            j += 1
        elif j == last and j > k and w in _PORTFOLIOS:
            j = last = _past_portfolio(doc, j, spans)  # "نائبيه الدكتور X لشؤون التعليم والطلاب والدكتورة Y"
        elif j in spans:
            j = last = _bare_post_tail(doc, j) or _role_tail(doc, spans[j])
        else:
            title = honorifics().match(toks, j)
            if title is None or title.end not in spans:
                break
            j = last = spans[title.end]  # "وسعادة محافظ …"
    if last == k:
        return k
    while last < len(toks) and (toks[last].text in ("،", ",") or toks[last].text in _TIME_WORDS):
        last += 1
    return last if last < len(toks) and not toks[last].is_break else k


_PORTFOLIOS = frozenset(fold(w) for w in "لشؤون لشئون للشؤون للشئون".split())
_PORTFOLIO_REACH = 8


def _past_portfolio(doc: Doc, k: int, spans: dict[int, int]) -> int:
    """The token after a portfolio named after a person ("لشؤون التعليم والطلاب"): up to a
    break, the next person or post, or an honorific that opens one."""
    toks = doc.tokens
    j = k + 1
    while j < len(toks) and j - k < _PORTFOLIO_REACH and not toks[j].is_break and j not in spans:
        if honorifics().match(toks, j) is not None:
            break
        j += 1
    return j


_POST_TAIL = 4  # words of a post's complement the role reader left out: "رئيس مركز طهطا الجديد،"


def _bare_post_tail(doc: Doc, j: int) -> int | None:
    """The comma after a listed post read without its complement ("يرافقه رئيس مركز X
    الجديد، أعمال …"): the words up to it complete the post, though they may look like
    a work ("مركز"); None when the role at j has a complement or no comma comes soon."""
    r = next((r for r in doc.roles if r.start == j), None)
    if r is None or r.end != r.noun_end or j in _person_ends(doc) or j - 1 in _person_ends(doc):
        return None
    toks = doc.tokens
    for end in range(r.end, min(len(toks), r.end + _POST_TAIL)):
        if toks[end].text in ("،", ","):
            return end if end > r.end else None
        if toks[end].is_break or triggers().match(toks, end) is not None:
            return None
    return None


def _role_tail(doc: Doc, j: int) -> int:
    """The end of a listed mention or a phrase whose place words run on past its span up
    to a comma ("ومعتمد صفاقس المدينة،"): at most two words, none of them naming a work."""
    toks = doc.tokens
    for end in range(j, min(len(toks), j + 3)):
        if toks[end].text in ("،", ","):
            return end
        if toks[end].is_break or project_heads().match(toks, end) or wrappers().match(toks, end):
            return j
    return j


def _after_foundation_stone(doc: Doc, k: int) -> int | None:
    toks = doc.tokens
    for j in range(k, min(len(toks) - 1, k + 3)):
        if toks[j].text in _STONES and toks[j + 1].text in _FOUNDATION[1:]:
            return j + 2
    return None


_LIST_REACH = 20  # tokens from one listed work to the next: a relative clause with a cost may stand between
# the same in a sentence that exists to list works ("وتشمل المشروعات …"، "في مقدمة هذه المشروعات …"),
# where each work may bring its capacity, cost and progress
_LISTING_REACH = 28


def _objects(
    doc: Doc, k: int, require_head: bool, headless_first: bool = False, reach: int = _LIST_REACH
) -> list[ProjectMention]:
    """The projects an action is done to: one named, or "هذه المشروعات" — those
    named in the sentences just before. With `headless_first`, the first of a list
    may lack a head noun ("افتتح مكتب بريد القرية، ومركز شباب القرية")."""
    if k >= len(doc.tokens):
        return []
    back = _demonstrative_plural(doc, k) or _counted_reference(doc, k)
    if back:
        return back
    if doc.tokens[k].text in _PARTS:
        return _facility_of_parts(doc, k)
    if doc.tokens[k].text in _SITES and k + 1 < len(doc.tokens) and project_heads().match(doc.tokens, k + 1):
        k += 1  # "عاين موقع إنشاء سوق …": the site stands for the work
    k = _past_document_of_phase(doc, k)
    k = _past_document_of_work(doc, k)
    k = _past_part_of(doc, k)
    if doc.tokens[k].text in _PROPOSALS:
        proposed = _proposed_work(doc, k)
        if proposed is not None:
            return [proposed]  # "وافق على مقترح عميد الكلية بإنشاء مركز …": the work proposed
    if doc.tokens[k].text in _PAYING:
        paid = _paid_for(doc, k)
        return [paid] if paid is not None else []
    k = _work_after_sum(doc, k)  # "اعتمد الوزير 200 مليون جنيه لتجهيز أقسام …"
    ordinals = _ordinal_items(doc, k)
    if ordinals:
        return ordinals  # "تخصيص قطعتي أرض لإقامة مدرستين؛ الأولى مدرسة …، والثانية مدرسة …"
    one = _object(doc, k, require_head and doc.tokens[k].text not in _PHASES)
    if one is None and require_head:
        one = _work_on_head(doc, k)  # "إعطاء انطلاقة أشغال بناء مدرسة …"
    if one is None and require_head and headless_first:
        one = _first_of_list(doc, k)
    listed = _enumerated_after_colon(doc, one.end if one is not None else k)
    if one is None:
        return listed  # "بافتتاح 4 مدارس جديدة …، وهي: مدرسة …"
    if listed:
        return listed  # "بافتتاح 4 مدارس جديدة …، وهي: مدرسة …، ومدرسة …"
    found = [one]
    # a reference to a project named before ("موقع المشروع، إلى جانب محطة …"): the list goes on here
    at = one.end if one.start >= k else _reference_end(doc, k)
    # "حجر الأساس لمجمع …، ولمصنع …": the preposition of the first object repeats on the next
    joins = ("و", "و" + doc.tokens[one.start].text[: one.skip]) if one.skip else ("و",)
    while True:  # "تابع … مشروع تطوير الكورنيش …، ومشروع إنشاء سوق الجملة"
        nxt = _coordinated_project(doc, at, joins, reach) if at is not None else None
        if nxt is None:
            return found
        found.append(nxt)
        at = nxt.end


def _work_after_sum(doc: Doc, k: int) -> int:
    """Where the work starts after a sum that opens the object: "200 مليون جنيه لتجهيز
    أقسام …" (the work with its ل) or "… لإنشاء مدرسة" (past the purpose word); k otherwise."""
    toks = doc.tokens
    if k >= len(toks) or not (toks[k].text.isdigit() or toks[k].text in count_words()):
        return k
    past = skip_amount(doc, k)
    if past != k:
        return past
    start = doc.token_starts()[k]
    for a in amounts(doc):
        if a.start <= start < a.end:
            j = doc.token_at(a.end - 1) + 1
            head = project_heads().match(toks, j) if j < len(toks) else None
            if head is not None and head.clitics == "ل" and head.value != "bare":
                return j
            return k
    return k


_AND_ON = fold("وعلى")
_PROPOSALS = frozenset(fold(w) for w in "مقترح المقترح اقتراح طلب".split())
_PROPOSAL_REACH = 20  # the proposer and his role may stand between: "مقترح الدكتورة X، عميد …، بإنشاء"


def _proposed_work(doc: Doc, k: int) -> ProjectMention | None:
    """The work a proposal is for: "مقترح مديرية الطرق بإنشاء كوبري …" → "إنشاء كوبري …"."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(k + 1, min(len(toks), k + _PROPOSAL_REACH)):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛"):
            return None
        head = project_heads().match(toks, j) if toks[j].text.startswith("ب") else None
        if head is not None and head.clitics == "ب" and head.value != "bare":
            return _object(doc, j, require_head=True)
    return None


_PAYING = frozenset(fold(w) for w in "صرف وصرف".split())
_INSTALMENTS = frozenset(fold(w) for w in "الدفعة دفعة الدفعات دفعات مستحقات المستحقات".split())
_ALLOCATIONS = frozenset(fold(w) for w in "مخصصات لمشروع لصالح".split())


def _paid_for(doc: Doc, k: int) -> ProjectMention | None:
    """ "اعتمد صرف الدفعة الثانية البالغة 8 ملايين دينار من مخصصات مشروع X": a payment
    is no work; the act is on the project it is paid from or for, when named in the clause
    ("وافق على صرف 3 ملايين جنيه لاستكمال مستشفى X"، "… لصالح مشروع X")."""
    toks = doc.tokens
    if k + 1 >= len(toks):
        return None
    sum_first = toks[k + 1].text.isdigit() or toks[k + 1].text in count_words()
    if toks[k + 1].text not in _INSTALMENTS and not sum_first:
        return None
    if sum_first and (past := _work_after_sum(doc, k + 1)) != k + 1:
        return _object(doc, past, require_head=True)  # the sum's purpose names the work
    for j in range(k + 2, min(len(toks), k + 14)):
        if toks[j].is_break:
            return None
        if toks[j].text in _ALLOCATIONS:
            at = j + 1 if toks[j].text == fold("مخصصات") else j
            return _object(doc, at, require_head=True)
    return None


_PHASES = frozenset(fold(w) for w in "المرحلة".split())


def _past_document_of_phase(doc: Doc, k: int) -> int:
    """ "اعتمد تصاميم المرحلة الثانية من تطوير محور …": the designs of a phase of a work
    stand for that phase, named from "المرحلة" on; k when no such phrase starts at k."""
    toks = doc.tokens
    if toks[k].text not in _DOCUMENTS:
        return k
    j = k + 1
    while j < len(toks) and toks[j].text.startswith("ال") and toks[j].text not in _PHASES:
        j += 1  # "التصميمات النهائية"
    if j + 3 < len(toks) and toks[j].text in _PHASES and toks[j + 2].text == _OF:
        head = project_heads().match(toks, j + 3)
        if head is not None and not head.clitics:
            return j
    return k


# An edition of a recurring work: "أطلق النسخة الثانية من المشروع القومي …" launches the work.
_EDITIONS = frozenset(fold(w) for w in "النسخة الدورة".split())


def _past_part_of(doc: Doc, k: int) -> int:
    """ "النسخة الثانية من المشروع القومي …"، "المرحلة الأولى من المشروع": an edition of a work,
    or a phase of the work just named, stands for that work, read after "من"; k otherwise."""
    toks = doc.tokens
    if k + 3 >= len(toks) or toks[k + 2].text != _OF or not toks[k + 1].text.startswith("ال"):
        return k
    if toks[k].text in _EDITIONS:
        return k + 3
    # a phase of a work named in full ("المرحلة الثانية من المشروع القومي لـ…") is that phase
    whole = k + 4 >= len(toks) or toks[k + 4].is_break or toks[k + 4].text in _PREPOSITIONS
    if toks[k].text in _PHASES and whole and resolve_bare(doc, k + 3) is not None:
        return k + 3
    return k


_OWN_TO = frozenset(fold(w) for w in "الخاصة الخاص المتعلقة المتعلق".split())  # "الصفقة المتعلقة ببناء …"


def _past_document_of_work(doc: Doc, k: int) -> int:
    """ "الدراسات التصميمية لمشروع توسعة الطريق"، "كراسة الشروط الخاصة بمشروع موقف …": a
    document of a work named by a strong head stands for that work, read from the head;
    k when no such phrase starts at k."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].text not in _DOCUMENTS:
        return k
    j = k + 1
    while j < len(toks) and j < k + 4 and toks[j].text.startswith("ال") and toks[j].text not in _OWN_TO:
        j += 1  # "التصميمية"، "الشروط"
    if j < len(toks) and toks[j].text in _OWN_TO:
        j += 1
    head = project_heads().match(toks, j) if j < len(toks) else None
    if head is not None and head.value == "work" and j + 1 < len(toks):
        # "الصفقة المتعلقة ببناء سوق …": a work noun with a facility's head after it
        head = head if project_heads().match(toks, j + 1) is not None else None
    if head is not None and head.value in ("strong", "work") and head.clitics in ("ل", "ب"):
        return j
    return k


_FIRST = frozenset(fold(w) for w in "الأولى الأول".split())
_NEXT_ORDINALS = frozenset(fold(w) for w in "والثانية والثاني والثالثة والثالث والرابعة والرابع".split())
_ORDINAL_REACH = 12  # tokens from the object to the "؛" that opens its parts


def _ordinal_items(doc: Doc, k: int) -> list[ProjectMention]:
    """ "… لإقامة مدرستين؛ الأولى مدرسة X …، والثانية مدرسة Y": a counted object the
    clause after "؛" names one by one with ordinals; those named are the projects."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    semi = next(
        (
            j
            for j in range(k, min(len(toks) - 1, k + _ORDINAL_REACH))
            if toks[j].text == "؛" and doc.sentence_of[j] == sentence
        ),
        None,
    )
    if semi is None or toks[semi + 1].text not in _FIRST:
        return []
    found = []
    at = semi + 1
    while at is not None:
        m = _object(doc, at + 1, require_head=True)
        if m is None:
            break
        found.append(m)
        at = next(
            (
                j
                for j in range(m.end, min(len(toks), m.end + _LIST_REACH))
                if toks[j].text in _NEXT_ORDINALS and doc.sentence_of[j] == doc.sentence_of[m.start]
            ),
            None,
        )
    return found if len(found) >= 2 else []


# Systems and services followed up or inspected are no project: "يتابع منظومة الخبز".
_SYSTEMS = frozenset(fold(w) for w in "منظومة المنظومة منظومات".split())


def _a_system(doc: Doc, k: int) -> bool:
    j, _ = skip_wrappers(doc, k) if k < len(doc.tokens) else (k, 0)
    return j < len(doc.tokens) and doc.tokens[j].text in _SYSTEMS


# Rooms and wings of a facility, in the plural (a named "قسم الطوارئ" is a project):
# "وتفقد الفصول والمعامل"، "عيادات الوحدة"، "أقسام الاستقبال بالمستشفى".
_PARTS = frozenset(
    fold(w)
    for w in (
        "الفصول فصول المعامل معامل العيادات عيادات الأقسام أقسام غرف الغرف العنابر عنابر "
        "الملاعب مرافق المرافق خطوط الخطوط مراحل"
    ).split()
)
_SITES = frozenset(fold(w) for w in "موقع مواقع".split())
_HALLS = frozenset(fold(w) for w in "قاعات القاعات".split())
_THEIR = ("هما", "ها", "ه")  # object pronouns on a part: "أقسامها"، "قاعاتها"، "مرافقه"


def _own_parts(doc: Doc, k: int) -> bool:
    """Rooms of a facility with a pronoun ("وتفقد أقسامها"، "وتفقدا قاعاتها التدريبية"): the
    facility named just before is what is inspected."""
    if k >= len(doc.tokens):
        return False
    word = doc.tokens[k].text
    if _ends_in_feminine(doc, k):
        return False  # "غرفة التحكم": folding made its ة an ه, no pronoun "غرفه"
    stem = next((word[: -len(p)] for p in _THEIR if word.endswith(p)), None)
    return stem is not None and not stem.startswith("ال") and (stem in _PARTS or stem in _HALLS)


_TAA_MARBUTA = "ة"


def _ends_in_feminine(doc: Doc, k: int) -> bool:
    """The original word at k ends in ة (diacritics aside), which folding writes as the
    pronoun ه."""
    surface = doc.surface(k, k + 1)
    return _TAA_MARBUTA in surface[-3:] and not surface.endswith("ه")


def _facility_just_named(doc: Doc, k: int) -> list[ProjectMention]:
    """What a pronoun on rooms inspected at k points back to: the work of the last act told
    in this sentence ("افتتح المحافظ الوحدة الصحية …، وتفقد أقسامها"), or the work whose act
    was witnessed ("وشهد الوزير افتتاح وحدة المحاكاة …، وتفقد قاعاتها")."""
    done = _last_acted_on(doc, k)
    if done and doc.sentence_of[done[0].start] == doc.sentence_of[k]:
        return done
    toks = doc.tokens
    first, _ = doc.sentence_range(doc.sentence_of[k])
    for j in range(k - 1, first - 1, -1):
        trig = triggers().match(toks, j)
        if trig is not None and trig.value[1] == "noun" and trig.end < k:
            found = _object(doc, trig.end, require_head=True)
            return [found] if found is not None and found.end <= k else []
    return []


def _facility_of_parts(doc: Doc, k: int) -> list[ProjectMention]:
    """Rooms of a facility are no project: the act is on the facility, named as a
    reference in the same clause ("بالمستشفى"، "الوحدة") or the project last acted
    on; none when neither is there ("أقسام مستشفى ملوي العام" on its own)."""
    return _facility_named_after(doc, k) or _last_acted_on(doc, k) or _visit_place(doc, k)


def _facility_named_after(doc: Doc, k: int) -> list[ProjectMention]:
    """The facility the rooms at k belong to, named in their clause: a bare reference
    ("مرافق المجمع"، "أقسام الوحدة"، "بالمستشفى") or a named work after ب."""
    toks = doc.tokens
    for j in range(k + 1, min(len(toks), k + 10)):
        if toks[j].is_break:
            break
        m = resolve_bare(doc, j)
        if m is not None:
            return [m]
        head = project_heads().match(toks, j)
        if head is not None and head.clitics == "ب" and head.value in ("strong", "weak"):
            named = _object(doc, j, require_head=True)  # "الفصول والمعامل بمدرسة قوص الثانوية"
            if named is not None:
                return [named]
    return []


_VISIT_NOUNS = frozenset(fold(w) for w in "زيارة بزيارة زيارته زيارتها زيارتهم زيارتهما".split())


def _visit_place(doc: Doc, k: int) -> list[ProjectMention]:
    """ "في زيارة لمحطة X، …، حيث تفقدوا مراحل المعالجة": the parts seen after "حيث" are
    of the work the visit noun before it went to."""
    toks = doc.tokens
    where = _word_back(doc, k, frozenset({fold("حيث")}), 4)
    if where is None:
        return []
    sentence = doc.sentence_of[where]
    visit = next(
        (
            j
            for j in range(where - 1, max(-1, where - 30), -1)
            if doc.sentence_of[j] == sentence and toks[j].text in _VISIT_NOUNS
        ),
        None,
    )
    if visit is None:
        return []
    m = _object(doc, visit + 1, require_head=True)
    return [m] if m is not None and m.end <= where else []


_ROOMS = frozenset(fold(w) for w in "قسم وحدة غرفة جناح عنبر".split())


def _rooms_of_facility(doc: Doc, projects: list[ProjectMention]) -> list[ProjectMention]:
    """ "وتفقد الوزيران قسم الرعاية المركزة ووحدة الحضانات بالمستشفى": rooms inspected
    in a facility named by a bare reference at the list's end are a visit to that facility."""
    if not all(fold(m.name).split()[0].removeprefix("ال") in _ROOMS for m in projects):
        return projects
    facility = resolve_bare(doc, projects[-1].end - 1)
    return [facility] if facility is not None and facility.key not in {m.key for m in projects} else projects


def _last_acted_on(doc: Doc, k: int) -> list[ProjectMention]:
    """The project of the last action before token k, in its sentence or the one before."""
    if not doc.actions:
        return []
    key = doc.actions[-1].project
    sentence = doc.sentence_of[k]
    for m in reversed(doc.project_mentions):
        if m.key == key and m.start < k and doc.sentence_of[m.start] >= sentence - 1:
            return [m]
    return []


def _work_on_head(doc: Doc, k: int) -> ProjectMention | None:
    """A work noun missing from the heads before a named head: "بناء مدرسة …"،
    "تهيئة الطريق الإقليمية …" (a definite head must be named further), "حفر 6 آبار …"."""
    toks = doc.tokens
    m = read_project(doc, k) if _names_something(doc, k) else None
    if m is None or m.end - m.start < 3:
        return None
    at = m.start + 1
    if toks[at].is_number or toks[at].text in count_words():
        at += 1  # "أشغال حفر 6 آبار ارتوازية بمنطقة …": a count between the work noun and its head
    head = project_heads().match(toks, at)
    if head is None or head.clitics or (head.value == "bare" and toks[head.end].text in ("،", ",", ".")):
        return None
    if head.value == "bare" and not toks[head.end].text.startswith("ال"):
        return None
    return doc.project_index()[1].get(m.start) or add_project_mention(doc, m)


def _first_of_list(doc: Doc, k: int) -> ProjectMention | None:
    """A name with no head noun, read as a project when "، و" + a head follows it."""
    m = read_project(doc, k) if _names_something(doc, k) else None
    if m is None or m.end - m.start < 2:
        return None
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    for j in range(m.end, min(len(toks) - 1, m.end + 6)):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛", ":"):
            return None
        if toks[j].text in ("،", ","):
            head = project_heads().match(toks, j + 1)
            if head is not None and head.clitics == "و" and head.value != "bare":
                return doc.project_index()[1].get(m.start) or add_project_mention(doc, m)
            return None
    return None


def _enumerated_after_colon(doc: Doc, k: int) -> list[ProjectMention]:
    """The projects listed after a colon, or after "، ومنها"/"، وأبرزها", in the same
    sentence, named by a head each."""
    toks = doc.tokens
    sentence = doc.sentence_of[max(0, k - 1)]
    copula = _copula_after(doc, k)
    if copula is not None and (first := _object(doc, copula + 1, require_head=True)) is not None:
        return _with_coordinated(doc, first)  # "افتتح 3 مشروعات هي A، وB، وC"
    j = k
    while (
        j < len(toks)
        and doc.sentence_of[j] == sentence
        and toks[j].text != ":"
        and not (toks[j].text in _LIST_MARKERS and toks[j - 1].text in ("،", ","))
    ):
        j += 1
    if j >= len(toks) or doc.sentence_of[j] != sentence or j - k > 30:
        return []
    if toks[j].text in _LIST_MARKERS and j + 1 < len(toks) and toks[j + 1].text == ":":
        j += 1
    if toks[j].text == ":" and _item_start(doc, j + 1) is not None:
        return _numbered_items(doc, j + 1)
    first = _object(doc, j + 1, require_head=True)
    if first is None:
        return []
    found = [first]
    while True:
        nxt = _coordinated_project(doc, found[-1].end)
        if nxt is None:
            return found
        found.append(nxt)


_COPULAS = frozenset(fold(w) for w in "هي وهي هما وهما".split())
_COPULA_REACH = 6  # "4 مشروعات جديدة بتكلفة 30 مليون جنيه هي …" is beyond it: the cost ends the phrase


def _copula_after(doc: Doc, k: int) -> int | None:
    """The "هي"/"وهي" that names the counted works listed after it, a few words on."""
    toks = doc.tokens
    for j in range(k, min(len(toks), k + _COPULA_REACH)):
        if toks[j].text in _COPULAS:
            return j
        if toks[j].is_break and toks[j].text not in ("،", ","):
            return None
    return None


def _with_coordinated(doc: Doc, first: ProjectMention) -> list[ProjectMention]:
    found = [first]
    while (nxt := _coordinated_project(doc, found[-1].end)) is not None:
        found.append(nxt)
    return found


_BULLETS = frozenset("-•*▪·–")
_ASSENT = frozenset(fold(w) for w in "الموافقة موافقة".split())  # a decision item's "الموافقة على X"
_ORDINAL_ITEMS = frozenset(
    fold(w) for w in "أولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا أخيرا".split()
)


def _item_start(doc: Doc, k: int) -> int | None:
    """Where a list item's text starts when a sentence opens with "1-"، "2)"، "•" or "-"."""
    toks = doc.tokens
    if k >= len(toks) or (k > 0 and doc.sentence_of[k] == doc.sentence_of[k - 1] and toks[k - 1].text != ":"):
        return None
    w = toks[k].text
    if w in _BULLETS:
        return k + 1
    if w.isdigit() and len(w) <= 2 and k + 1 < len(toks) and toks[k + 1].text in ("-", ")", ".", "–"):
        return k + 2
    if w in _ORDINAL_ITEMS and k + 1 < len(toks) and toks[k + 1].text in (":", "-", "–"):
        return k + 2  # decisions numbered in words: "أولا: الموافقة على إنشاء …"
    return None


def _numbered_items(doc: Doc, k: int) -> list[ProjectMention]:
    """ "وهي:\n1- مدرسة …\n2- الوحدة الصحية …": one project at the head of each item line."""
    found = []
    toks = doc.tokens
    while (start := _item_start(doc, k)) is not None:
        if start + 1 < len(toks) and toks[start].text in _ASSENT and toks[start + 1].text in _ON:
            start += 2  # "ثالثا: الموافقة على إنشاء موقف …": the decision's object
        m = _object(doc, start, require_head=True)
        if m is not None:
            found.append(m)
        _, k = doc.sentence_range(doc.sentence_of[start])
        if k >= len(toks):
            break
    return found


_LIST_MARKERS = frozenset(fold(w) for w in "ومنها منها وأبرزها أبرزها ومن أبرزها".split())
# Words that join one more object to a list: "، وكذلك أعمال رصف …"، "فضلا عن …".
_ALSO = frozenset(fold(w) for w in "وكذلك كذلك وأيضا وكذا".split())
_THEN = frozenset(fold(w) for w in "ثم".split())
# "أولها X، …، وثانيها Y، …، وثالثها Z": ordinals that open each work of a list
_NEXT_OF_LIST = frozenset(
    fold(w) for w in "وثانيها وثالثها ورابعها وخامسها وسادسها وآخرها وأخيرها وثانيهما وآخرهما".split()
)
_ALSO_PAIRS = frozenset(
    (fold(a), fold(b))
    for a, b in (("بالإضافة", "إلى"), ("إضافة", "إلى"), ("فضلا", "عن"), ("إلى", "جانب"), ("علاوة", "على"))
)


def _coordinated_project(
    doc: Doc, k: int, joins: tuple[str, ...] = ("و",), reach: int = _LIST_REACH
) -> ProjectMention | None:
    """A project joined by "و" (or "و" + the first object's preposition, in `joins`) after
    the previous one, within the sentence."""
    toks = doc.tokens
    sentence = doc.sentence_of[k - 1]
    j = k
    limit = k + reach
    while j < len(toks) and doc.sentence_of[j] == sentence and j < limit:
        w = toks[j].text
        if (w in _RELATIVES or w[1:] in _RELATIVES) and j + 1 < len(toks) and toks[j + 1].text in COMPRISING:
            return None  # "، والذي يتضمن توسعة الطريق، وإنشاء ممشى": the parts of the work, no new one
        if j > k and toks[j - 1].text in ("،", ",") and (w in _RELATIVES or w[1:] in _RELATIVES):
            # "…، والذي استأنفت المقاولة أشغاله منذ …، ومشروع …": a relative clause describing
            # the work just named does not use up the reach to the next one
            close = next(
                (
                    c
                    for c in range(j + 1, min(len(toks), j + _CLAUSE_REACH))
                    if toks[c].text in ("،", ",", ".", "؛")
                ),
                None,
            )
            nxt = close + 1 if close is not None and toks[close].text in ("،", ",") else None
            if nxt is not None and nxt < len(toks) and toks[nxt].text.startswith("و"):
                head = project_heads().match(toks, nxt)
                if head is not None and head.clitics in joins and head.value != "bare":
                    limit = max(limit, nxt + 1)  # the next work follows the clause at once
        if (
            w.startswith("و")
            and project_heads().match(toks, j) is not None
            and project_heads().match(toks, j).clitics in joins
        ):
            return _object(doc, j, require_head=True)
        joined = _joined_object_start(doc, j)
        if joined is not None and toks[joined].text in _PROPOSALS:
            return _proposed_work(doc, joined)  # "وافق على تخصيص …، وعلى مقترح المديرية بإنشاء كوبري …"
        if joined is not None:
            return _object(doc, joined, require_head=True)
        if toks[j].text in (".", "؛") or toks[j].text in COMPRISING or triggers().match(toks, j) is not None:
            return None  # "، والذي يتضمن توسعة الطريق، وإنشاء ممشى": the parts of the work, no new one
        if w in _EQUIPPED or _active_relative(doc, j):
            # "المستشفى …، والمجهز بغرف عمليات ووحدة للأشعة": what it is fitted with, up to the comma;
            # "منصة «X» التي تتيح للتجار حجز المحلات وتجديد عقودها": the clause's own objects
            while j < len(toks) and doc.sentence_of[j] == sentence and toks[j].text not in ("،", ","):
                if toks[j].text in (".", "؛"):
                    return None
                j += 1
        j += 1
    return None


_CLAUSE_REACH = 20  # words of a relative clause between two listed works
# Imperfect verbs of a relative clause that read as passives: the clause names no objects of its own.
_PASSIVE_LIKE = frozenset(fold(w) for w in "يتم تتم يجري تجري يبلغ تبلغ يقع تقع يقام تقام".split())


def _active_relative(doc: Doc, j: int) -> bool:
    """A relative pronoun at j opens a clause whose active verb has objects of its own
    ("التي تتيح للتجار حجز المحلات وتجديد عقودها"): no work of the list stands in it."""
    toks = doc.tokens
    w = toks[j].text
    if not (w in _RELATIVES or (w.startswith("و") and w[1:] in _RELATIVES)) or j + 1 >= len(toks):
        return False
    verb = toks[j + 1].text
    return (
        verb[:1] in "يت"
        and len(verb) > 3
        and verb not in _PASSIVE_LIKE
        and not verb.startswith(("يتم", "تتم"))
    )


# Participles of what a work is fitted with: the words after them up to a comma are its contents.
_EQUIPPED = frozenset(
    fold(w)
    for w in "المجهز المجهزة والمجهز والمجهزة المزود المزودة والمزود والمزودة مجهز مجهزة مزود مزودة".split()
)


def _joined_object_start(doc: Doc, j: int) -> int | None:
    """Where the next object starts when token j joins it with "وكذلك"، "فضلا عن" or
    "و" on a work word ("وأعمال رصف …"); None when j joins nothing."""
    toks = doc.tokens
    w = toks[j].text
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if w in _ALSO or w in _NEXT_OF_LIST or (w in _THEN and j > 0 and toks[j - 1].text in ("،", ",")):
        start = j + 1  # "تفقد ورشة …، ثم مشروع ازدواجية الطريق …": the next stop of the same tour
    elif w == _AND_ON and j > 0 and toks[j - 1].text in ("،", ",") and nxt in _PROPOSALS:
        return j + 1  # "، وعلى مقترح …": one more object of وافق على
    elif (w, nxt) in _ALSO_PAIRS:
        start = j + 2
    elif w.startswith("و") and (wrapped := wrappers().match(toks, j)) is not None and wrapped.clitics == "و":
        start = j
    elif w.startswith("و") and (w[1:].isdigit() or w[1:] in count_words()) and j + 1 < len(toks):
        start = j + 1  # "، و12 مليون جنيه لرصف طريق …": one more sum and what it is for
    elif w.startswith("و") and w[1:] in _SCALE_WORDS:
        start = j  # "، ومليون جنيه لتطوير سوق …"
    else:
        return None
    if start >= len(toks):
        return None
    summed = skip_amount(doc, start)
    if toks[j].text[1:].isdigit() and summed == start:
        return None  # "، و18 حضانة": a count of what a work holds, no sum for another work
    inner, _ = skip_wrappers(doc, summed)
    head = project_heads().match(toks, inner) if inner < len(toks) else None
    return start if head is not None and head.value != "bare" else None


_SCALE_WORDS = frozenset(fold(w) for w in "ألف ألفي مليون مليوني مليونا مليار ملياري مليارا".split())
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


# "المستشفيات السبعة"، "المدارس الثلاث": how many works a counted reference stands for
_COUNTS = {
    fold(w): n
    for words, n in (
        ("الثلاثة الثلاث", 3),
        ("الأربعة الأربع", 4),
        ("الخمسة الخمس", 5),
        ("الستة الست", 6),
        ("السبعة السبع", 7),
        ("الثمانية الثماني", 8),
        ("التسعة التسع", 9),
        ("العشرة العشر", 10),
    )
    for w in words.split()
}
_GENERAL_HEADS = frozenset(fold(w) for w in "مشروع مشروعات مشاريع".split())
_BACK_SENTENCES = 3  # how far back a counted reference looks for its works


def _counted_reference(doc: Doc, k: int) -> list[ProjectMention]:
    """ "في المشروعين"، "في المستشفيات السبعة": a dual, or a plural with its number,
    that points back to the works of that kind named before k, the latest first."""
    toks = doc.tokens
    j, _ = skip_wrappers(doc, k)
    if j >= len(toks):
        return []
    word = toks[j].text
    for clitic in ("", "ب", "ل", "و"):
        if word.startswith(clitic + "ال"):
            stem = word[len(clitic) + 2 :]
            break
    else:
        return []
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if stem.endswith(("ين", "ان")) and nxt not in _COUNTS:
        heads, count = {stem[:-2], stem[:-3] + "ه" if stem[-3:-2] == "ت" else stem[:-2]}, 2
    elif stem.endswith("ات") and nxt in _COUNTS:
        heads, count = {stem[:-2], stem[:-2] + "ه", stem[:-3] + "ه"}, _COUNTS[nxt]
    elif stem in _GENERAL_HEADS and nxt in _COUNTS:
        heads, count = {stem}, _COUNTS[nxt]
    else:
        return []
    general = bool(heads & _GENERAL_HEADS) or stem.startswith(fold("مشروع"))  # "المشروعين": any work
    sentence = doc.sentence_of[j]
    mentions_near_measures(doc, sentence - _BACK_SENTENCES, sentence)  # the works told with their cost
    found: dict[str, ProjectMention] = {}
    for m in reversed(doc.project_mentions):
        if m.start >= j or m.key in found or doc.sentence_of[m.start] < sentence - _BACK_SENTENCES:
            continue
        if general or m.head in heads:
            found[m.key] = m
        if len(found) == count:
            break
    return list(found.values()) if len(found) >= 2 else []


def _names_something(doc: Doc, k: int) -> bool:
    """A word (after any work wrappers) stands at k: control characters name nothing."""
    j, _ = skip_wrappers(doc, k)
    return j < len(doc.tokens) and (doc.tokens[j].text[:1].isalnum() or doc.tokens[j].text == "«")


def _object(doc: Doc, k: int, require_head: bool) -> ProjectMention | None:
    if k >= len(doc.tokens):
        return None
    m = read_project(doc, k, require_head=require_head) if _names_something(doc, k) else None
    if m is None and require_head and k + 1 < len(doc.tokens) and doc.tokens[k + 1].text == "«":
        m = read_project(doc, k, require_head=False)  # "دشن معاليه منصة «علمني» الرقمية"
    if m is None and require_head and _phase_of_work(doc, k):
        m = read_project(doc, k)  # "جولة تفقدية على أعمال تنفيذ المرحلة الأولى من الخط السابع …"
    if m is None:
        found = _bare_reference(doc, k)
        return found
    if _headline_indefinite(doc, m):
        return None  # "يفتتحان دارا للمسنين": the headline's sketch of a work the body names
    planned = _plan_of_known(doc, _cut(doc, m))
    if planned is not None:
        return planned  # "واعتمد المخطط العام للمشروع": the plan stands for the project
    existing = doc.project_index()[1].get(m.start)
    if existing is None:
        m = _first_of_pair(doc, _without_preposition(doc, _cut(doc, m)))
        title = _title_of(doc, m)
        if title is not None:
            return doc.project_index()[1].get(title.start) or add_project_mention(doc, title)
    return existing or add_project_mention(doc, m)


_PHASE_OF_REACH = 3  # "المرحلة الأولى من"، "المرحلة الثانية والأخيرة من"


def _phase_of_work(doc: Doc, k: int) -> bool:
    """ "(أعمال تنفيذ) المرحلة الأولى من الخط السابع …": a phase of a work named by its head
    after من."""
    toks = doc.tokens
    k, _ = skip_wrappers(doc, k)
    if k >= len(toks) or toks[k].text not in _PHASES:
        return False
    for j in range(k + 1, min(len(toks) - 1, k + _PHASE_OF_REACH + 1)):
        if toks[j].is_break:
            return False
        if toks[j].text == _OF:
            head = project_heads().match(toks, j + 1)
            return head is not None and head.value != "bare" and not head.clitics
    return False


# Words that give a thing's title in quotes: "تطبيقا إلكترونيا بعنوان «شجرتي»".
_TITLE_WORDS = frozenset(fold(w) for w in "بعنوان عنوان شعار مسمى اسم باسم".split())


_TITLE_CLOSE = {"«": "»", "“": "”", '"': '"'}


def _title_of(doc: Doc, m: ProjectMention) -> ProjectMention | None:
    """The quoted title of an object described as "بعنوان «X»"، "تحت شعار «X»": the
    title is what the project is called."""
    toks = doc.tokens
    for j in range(m.start + 1, m.end - 2):
        if toks[j].text in _TITLE_WORDS and toks[j + 1].text in _TITLE_CLOSE:
            close = next(
                (i for i in range(j + 2, m.end) if toks[i].text == _TITLE_CLOSE[toks[j + 1].text]), None
            )
            if close is not None and close > j + 2:
                name = doc.surface(j + 2, close)
                return ProjectMention(
                    j + 2, close, project_key(name), name, fold(name).split()[0].removeprefix("ال")
                )
    return None


_PLACE_NOUNS = frozenset(fold(w) for w in "قرية مدينة محافظة مركز حي منطقة ولاية".split())


def _headline_indefinite(doc: Doc, m: ProjectMention) -> bool:
    """An indefinite object in a headline line ("دارا للمسنين"، "مدرسة نموذجية"،
    "مدرسة بقرية النزلة") sketches a work the body names in full: no project of its own."""
    if doc.sentence_of[m.start] != 0 or not _headline_line(doc):
        return False
    toks = doc.tokens
    word = toks[m.start].text[m.skip :]
    if word.startswith("ال") or m.end - m.start < 2:
        return word.endswith("ا") and (word[:-1],) in project_heads().entries  # "يفتتح مجسرا"
    if word.endswith("ا") and (word[:-1],) in project_heads().entries:
        return True  # accusative "مركزا"، "دارا"
    nxt = toks[m.start + 1].text
    at = m.start + 1
    if nxt.isdigit():
        return True  # "مستشفى 240 سريرا": a work sketched by its size
    if nxt[:1] in "بل" and nxt[1:] in _PLACE_NOUNS:
        return True  # "مدرسة بقرية …"
    return (
        not nxt.startswith(("ال", "بال", "لل"))
        and nxt.endswith(("ي", "يه"))
        and len(nxt) > 3
        and places().match(toks, at) is None
        and project_heads().match(toks, at) is None
    )  # a nisba adjective: "مدرسة نموذجية"، "مجمع صناعي"


def _headline_line(doc: Doc) -> bool:
    """The first sentence is a headline: a line of its own with no full stop."""
    if "headline" not in doc.cache:
        text = doc.article.text
        first = doc.sentences[0] if doc.sentences else None
        doc.cache["headline"] = (
            first is not None
            and first.end < len(text)
            and text[first.end] == "\n"
            and not text[first.start : first.end].rstrip().endswith(".")
        )
    return doc.cache["headline"]


_PLANS = frozenset(fold(w) for w in "مخطط المخطط".split())
# Documents of a work: "اعتمد التصميمات النهائية لمشروع X"، "الخطة التنفيذية لمشروع X"،
# "تابع خطة تشغيل المستشفى": the act is on the work they are for.
_DOCUMENTS = frozenset(
    fold(w)
    for w in (
        "التصميمات تصميمات التصاميم تصاميم التصميم تصميم الخطة خطة المقايسة مقايسة "
        "الدراسة دراسة الدراسات دراسات "
        "الرسومات رسومات كراسة الصفقة صفقة"  # Maghreb: "اعتمد الصفقة المتعلقة ببناء سوق …"
    ).split()
)
_DOCUMENT_OF = frozenset(fold(w) for w in "تشغيل تنفيذ".split())  # "خطة تشغيل المستشفى"


def _document_of(doc: Doc, m: ProjectMention) -> ProjectMention | None:
    """The work a document names: a strong head after ل ("التصميمات النهائية لمشروع
    قناطر …") or a work named before ("خطة تشغيل المستشفى")."""
    toks = doc.tokens
    if toks[m.start].text[m.skip :] not in _DOCUMENTS:
        return None
    j = m.start + 1
    while j < m.end and toks[j].text.startswith("ال") and project_heads().match(toks, j) is None:
        j += 1  # its adjectives: "النهائية"، "التنفيذية"
    if j < m.end and toks[j].text in _DOCUMENT_OF:
        j += 1
    described = j > m.start + 1  # "الخطة التنفيذية": a document with its adjective
    if j >= m.end and not (described and j == m.end and j < len(toks)):
        return None
    head = project_heads().match(toks, j)
    if head is None:
        return None
    # "التصميمات النهائية لمشروع …"، "الخطة التنفيذية لرفع كفاءة 14 شارعا": the work it is for
    # ("خطة لصيانة 80 كيلومترا …" with no adjective is the plan itself)
    if (head.value == "strong" or (head.value == "work" and described)) and head.clitics in ("ل", "لل"):
        inner = read_project(doc, j, require_head=True)
        if inner is not None:
            return doc.project_index()[1].get(inner.start) or add_project_mention(doc, inner)
    return resolve_bare(doc, j) if head.value == "bare" and j + 1 >= m.end else None


def _plan_of_known(doc: Doc, m: ProjectMention) -> ProjectMention | None:
    """ "المخطط التفصيلي لحي الوادي" after "مشروع حي الوادي السكني …": a plan of a
    project named before is an act on that project, not a new one."""
    toks = doc.tokens
    documented = _document_of(doc, m)
    if documented is not None:
        return documented
    if toks[m.start].text[m.skip :] not in _PLANS | _DOCUMENTS:
        return None  # "المخطط التفصيلي لحي الوادي"، "الخطة التشغيلية للمستشفى"
    j = m.start + 1
    while j < m.end and toks[j].text.startswith("ال"):
        j += 1  # its adjectives: "العام"، "التفصيلي"
    if j >= m.end or not toks[j].text.startswith("ل"):
        return None
    bare = resolve_bare(doc, j) if j + 1 == m.end else None
    if bare is not None:
        return bare  # "للمشروع"
    clitic = 2 if toks[j].text.startswith("لل") else 1  # "للمستشفى" is ل + "المستشفى"
    words = project_key(doc.surface(j, m.end, skip=clitic)).split()
    n = len(words)
    for earlier in reversed(doc.project_mentions):
        if earlier.start >= m.start:
            continue
        known = earlier.key.split()
        if any(known[i : i + n] == words for i in range(len(known) - n + 1)):
            return earlier
    return None


# Words that end an object's name: a new clause ("… للمشاة ثم تابع"), a cost, an agent.
# "تمهيدا لافتتاحه" says what the act prepares: no part of a name.
_NAME_ENDS = frozenset(fold(w) for w in "ثم حيث بكلفة بتكلفة نيابة تمهيدا".split())


def _cut(doc: Doc, m: ProjectMention) -> ProjectMention:
    """An object's name read on into the next clause ("جسر العيون للمشاة ثم تابع")
    ends before it."""
    toks = doc.tokens
    for j in range(m.start + 2, m.end):
        if toks[j].text in _NAME_ENDS or (toks[j].text[:1] != "«" and _finite_trigger(toks, j)):
            name = doc.surface(m.start, j, skip=m.skip)
            return ProjectMention(m.start, j, project_key(name), name, m.head, m.skip)
    return m


def _finite_trigger(toks: list, j: int) -> bool:
    trig = triggers().match(toks, j)
    return (
        trig is not None
        and trig.value[1] in ("verb", "dual", "plural", "on", "progress")
        and not _town_named(toks, j)
    )


# Words that may stand just before a finite verb; any other word before a town's name makes it the town.
_VERB_LEADS = frozenset(fold(w) for w in "و ثم كما حيث قد وقد فقد لقد كذلك بعدها".split())


def _town_named(toks: list, j: int) -> bool:
    """A trigger spelled as a town ("بمركز دشنا"، "محطة مياه دشنا"): a known place name after a
    word that leads into a name, not into a verb."""
    if j == 0 or toks[j - 1].is_break or toks[j - 1].text in _VERB_LEADS:
        return False
    place = places().match(toks, j, clitics=False)
    return place is not None and place.end == j + 1


# Heads of work done, not of a thing: "إحلال وتجديد"، "تطوير وتأهيل" name one project.
_WORK_HEADS = frozenset(
    fold(w) for w in "تطوير إنشاء إقامة رصف إحلال تجديد توسعة ترميم تأهيل صيانة مشروعات مشاريع".split()
)


def _without_preposition(doc: Doc, m: ProjectMention) -> ProjectMention:
    """ "حجر الأساس لمعهد …" read with no head noun: the name drops its ل."""
    word = doc.tokens[m.start].text
    if m.skip or not word.startswith("ل") or word.startswith("ال") or len(word) < 4:
        return m
    if project_heads().match(doc.tokens, m.start) is not None:
        return m
    if word.startswith("لل"):
        name = "ال" + doc.surface(m.start, m.end, skip=2)  # "للمعهد" → "المعهد"
    else:
        name = doc.surface(m.start, m.end, skip=1)
    head = fold(name).split()[0].removeprefix("ال")
    return ProjectMention(m.start, m.end, project_key(name), name, head, 1)


def _first_of_pair(doc: Doc, m: ProjectMention) -> ProjectMention:
    """ "مستشفى سنورس المركزي ومدرسة قحافة": a name read across "و" and the head of
    another thing ends before it; that one is the next object of the list."""
    toks = doc.tokens
    quoted = False
    for j in range(m.start + 1, m.end):
        w = toks[j].text
        if w in ("«", "»"):
            quoted = w == "«"
        if quoted or j < m.start + 2 or not w.startswith("و"):
            continue
        head = project_heads().match(toks, j)
        if head is None or head.clitics != "و" or head.value == "bare":
            continue
        if head_stem(doc, head) in _WORK_HEADS:
            continue
        name = doc.surface(m.start, j, skip=m.skip)
        if fold(m.name).startswith("ال") and not fold(name).startswith("ال"):
            name = "ال" + name
        return ProjectMention(m.start, j, project_key(name), name, m.head, m.skip)
    return m


def _reference_end(doc: Doc, k: int) -> int | None:
    """The token after the bare head ("المشروع") that `_bare_reference` resolved from k."""
    toks = doc.tokens
    for j in range(k, min(len(toks), k + 6)):
        if toks[j].is_break:
            break
        if resolve_bare(doc, j) is not None:
            head = project_heads().match(toks, j)
            return head.end if head is not None else j + 1
    return None


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


def _pair_before(doc: Doc, index: OfficialIndex, k: int, starts: dict, roles_at: dict) -> list[str]:
    """The two officials "المسؤولان" stands for: a subject pair of an earlier sentence
    ("أشرف الوالي X، ورئيس مجلس الجهة Y، على …"), else the two named last, attendees apart."""
    refs = [r for r in _official_references(doc, index) if not _attending(doc, r[0])]
    sentence = doc.sentence_of[k]
    for s in range(sentence, max(-1, sentence - 4), -1):
        inside = [r for r in _in_sentence(doc, refs, s) if r[0] < k]
        if inside:
            group = list(dict.fromkeys(_subjects_after(doc, index, inside[0][0], starts, roles_at)[0]))
            if len(group) == 2:
                return group
    return _last_two_named(refs, k)


def _last_two_named(refs: list[tuple[int, int, str]], k: int) -> list[str]:
    """The two officials named last before token k, in any sentence before it."""
    seen: list[str] = []
    for start, _, key in reversed(refs):
        if start < k and key not in seen:
            seen.append(key)
        if len(seen) == 2:
            break
    return list(reversed(seen))


def _pair_of_previous_sentence(doc: Doc, refs: list[tuple[int, int, str]], k: int) -> list[str]:
    """The two officials of the sentence before k's, when it names exactly two: the
    subjects of a dual verb that opens the next sentence."""
    sentence = doc.sentence_of[k]
    if sentence == 0:
        return []
    keys = list(dict.fromkeys(key for _, _, key in _in_sentence(doc, refs, sentence - 1)))
    return keys if len(keys) == 2 else []


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
    # "بدأت الدكتورة X، وزيرة …، والدكتور Y، محافظ …، جولتهما بتفقد …": a dual or plural owner
    # near the noun says that the officials named with their roles act together
    lo, _ = doc.sentence_range(sentence)
    owners = any(doc.tokens[j].text.endswith(("هما", "هم")) for j in range(max(lo, k - 6), k + 1))
    in_roles = _role_tokens(doc) if owners else frozenset()
    joined = _joined_role_tokens(doc)
    for ref in inside[1:]:
        if ref[2] == group[-1][2] and ref[0] <= group[-1][1]:
            group[-1] = (group[-1][0], max(ref[1], group[-1][1]), ref[2])  # "وزير الري الدكتور X": one person
            continue
        # "الدكتور X ومحافظ دمياط الدكتورة Y": a role joined by و before a name joins its holder
        between = [
            "و" if joined.get(j) else doc.tokens[j].text
            for j in range(group[-1][1], ref[0])
            if j not in in_roles and joined.get(j) is not False
        ]
        if all(w in ("،", ",", "و") for w in between) and (
            between or doc.tokens[ref[0]].text.startswith("و")
        ):
            group.append(ref)
        else:
            break
    return list(dict.fromkeys(key for _, _, key in group))


def _joined_role_tokens(doc: Doc) -> dict[int, bool]:
    """Tokens of role phrases that open with و and run into a name ("ومحافظ دمياط
    الدكتورة X"): True at the phrase's first token (it stands for و), False inside it."""
    if "joined-roles" not in doc.cache:
        starts = {p.start for p in doc.persons}
        out: dict[int, bool] = {}
        for r in doc.roles:
            word = doc.tokens[r.start].text
            if word.startswith("و") and word[1:].startswith(fold(r.canonical)[:3]) and r.end in starts:
                out.update({j: j == r.start for j in range(r.start, r.end)})
        doc.cache["joined-roles"] = out
    return doc.cache["joined-roles"]


def _role_tokens(doc: Doc) -> frozenset[int]:
    """Tokens inside role phrases, found once per article."""
    if "role-tokens" not in doc.cache:
        doc.cache["role-tokens"] = frozenset(j for r in doc.roles for j in range(r.start, r.end))
    return doc.cache["role-tokens"]


def _reported_subject(doc: Doc, refs: list[tuple[int, int, str]], k: int) -> list[str]:
    """ "صرح المتحدث الرسمي بأن الوزير تفقد …"، "وأضاف أن الوزير افتتح …": in reported
    speech the verb's subject stands between أن and the verb, not at the sentence's start."""
    toks = doc.tokens
    sentence = doc.sentence_of[k]
    # "أن الوزير تابع أعمال …، حيث …، واعتمد الخطة": a verb joined to a reported one has its subject
    first = _previous_trigger(doc, k)
    start = first if first is not None and _reported_verb(doc, first, k) else k
    for j in range(start - 1, max(-1, start - 20), -1):
        if doc.sentence_of[j] != sentence or toks[j].text in (".", "؛", ":"):
            return []
        if toks[j].text in _THAT:
            inside = [r for r in _in_sentence(doc, refs, sentence) if j < r[0] < k]
            return _sentence_subjects(doc, inside, inside[0][0], anywhere=True) if inside else []
        if (
            toks[j].text in _THAT_HE
            and not any(r[0] < k for r in _in_sentence(doc, refs, sentence))
            and not _post_speaks(doc, j)
        ):
            return _last_speaker(doc, refs, sentence)  # "وقال X إن …. وأشار إلى أنه تابع …": X
        if j < start - 1 and triggers().match(toks, j) is not None:
            return []
    return []


_CLAUSE_BACK = 60  # tokens back from a verb to the verb of its clause it is joined to


def _previous_trigger(doc: Doc, k: int) -> int | None:
    """The nearest trigger before k in its sentence, with no "." "؛" ":" between."""
    toks = doc.tokens
    for j in range(k - 1, max(-1, k - _CLAUSE_BACK), -1):
        if doc.sentence_of[j] != doc.sentence_of[k] or toks[j].text in (".", "؛", ":"):
            return None
        if triggers().match(toks, j) is not None:
            return j
    return None


def _reported_verb(doc: Doc, j: int, k: int) -> bool:
    """The trigger at j is a verb whose clause the verb at k continues with "و" ("أن الوزير
    تابع أعمال …، واعتمد الخطة"): both are told of the same reported subject."""
    return (
        doc.tokens[k].text.startswith("و")
        and doc.tokens[j - 1].text not in _THAT_HE
        and not doc.tokens[j].text.startswith("و")
        and any(t.text in ("،", ",") for t in doc.tokens[j:k])
    )


_THAT_HE = frozenset(fold(w) for w in "أنه بأنه وأنه أنها بأنها وأنها".split())
_SPEECH = frozenset(
    fold(w)
    for w in (
        "قال وقال قالت وقالت أكد وأكد أكدت وأكدت أوضح وأوضح أوضحت وأوضحت أضاف وأضاف أضافت وأضافت "
        "صرح وصرح صرحت وصرحت أشار وأشار أشارت وأشارت أفاد وأفاد أفادت وأفادت "
        "بين وبين بينت وبينت ذكر وذكر ذكرت وذكرت رد ورد ردت وردت"  # "ورد المحافظ بأن …"
    ).split()
)


def _post_speaks(doc: Doc, j: int) -> bool:
    """A post is named before "أنه" at j in its sentence ("وأعلن نائب رئيس الوزراء أنه اعتمد …"):
    he is who "أنه" is, though no official of the article matched him."""
    first, _ = doc.sentence_range(doc.sentence_of[j])
    return any(first <= r.start < j for r in doc.roles)


def _last_speaker(doc: Doc, refs: list[tuple[int, int, str]], sentence: int) -> list[str]:
    """The official a speech verb of the sentence before introduces ("وقال سعادة X …"):
    who "أنه" is when the next sentence's speech verb names nobody."""
    if sentence == 0:
        return []
    toks = doc.tokens
    for start, _, key in _in_sentence(doc, refs, sentence - 1):
        if any(toks[j].text in _SPEECH for j in range(max(0, start - 4), start)):
            return [key]
    return []


def _earlier_subject(doc: Doc, refs: list[tuple[int, int, str]], k: int) -> list[str]:
    """ "قام المحافظ بجولة …. ثم توجه إلى …، حيث افتتح …": a verb with no subject
    in its sentence and no action before it continues the last sentence that names one."""
    sentence = doc.sentence_of[k]
    for earlier in range(sentence - 1, max(-1, sentence - 3), -1):
        inside = _in_sentence(doc, refs, earlier)
        if inside:
            lo, _ = doc.sentence_range(earlier)
            return _sentence_subjects(doc, refs, lo, anywhere=True)
    return []


def _in_sentence(doc: Doc, refs: list[tuple[int, int, str]], sentence: int) -> list[tuple[int, int, str]]:
    """The references of one sentence (refs are in text order: found by bisection)."""
    lo, hi = doc.sentence_range(sentence)
    starts = [r[0] for r in refs]
    return refs[bisect_left(starts, lo) : bisect_left(starts, hi)]
