"""Institutions, projects with costs and areas, and actions, rule by rule.

Invented people and projects in real-style sentences; each row states what a
reader would extract.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from extract.doc import Doc
from extract.model import Article, Extraction
from extract.normalize import fold
from extract.pipeline import PIPELINE, extract_article
from extract.projects import read_project


def run(text: str) -> Extraction:
    return extract_article(Article("t", text))


def institutions(text: str) -> dict[str, str | None]:
    ex = run(text)
    by_key = {i.key: i for i in ex.institutions}
    return {
        fold(i.name): (fold(by_key[i.parent].name) if i.parent in by_key else i.parent)
        for i in ex.institutions
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "تفقد الدكتور سامي فؤاد، وزير الري والموارد المائية، الترعة.",
            {"وزارة الري والموارد المائية": None},
            id="implied-by-minister",
        ),
        pytest.param(
            "وأكد اللواء حازم عطية، محافظ كفر الشيخ، أن العمل مستمر.",
            {"محافظة كفر الشيخ": None},
            id="implied-by-governor-two-word-place",
        ),
        pytest.param(
            "ناقشت لجنة الزراعة والري بمجلس النواب طلبات الإحاطة.",
            {"لجنة الزراعة والري": "مجلس النواب", "مجلس النواب": None},
            id="committee-of-parliament",
        ),
        pytest.param(
            "وحضر عميد كلية الهندسة بجامعة أسيوط اللقاء.",
            {"كلية الهندسة": "جامعة أسيوط", "جامعة أسيوط": None},
            id="faculty-of-university",
        ),
        pytest.param(
            "وقع الجهاز المركزي للتعمير التابع لوزارة الإسكان العقد.",
            {"الجهاز المركزي للتعمير": "وزارة الإسكان", "وزارة الإسكان": None},
            id="subordinate-stated",
        ),
        pytest.param(
            "بالتنسيق مع وزارتي الصحة والتعليم العالي.",
            {"وزارة الصحة": None, "وزارة التعليم العالي": None},
            id="dual-ministries",
        ),
        pytest.param(
            "في إطار التعاون مع البنك الأفريقي للتنمية وبمحافظة سوهاج.",
            {"البنك الأفريقي للتنمية": None},
            id="clitics-and-international-body",
        ),
        pytest.param(
            "وأوضح أن الشركة المصرية لنقل الكهرباء تنفذ الخط.",
            {"الشركة المصرية لنقل الكهرباء": None},
            id="adjectival-company-name",
        ),
        pytest.param(
            "استقبل اللواء أحمد سعيد، محافظ البحيرة، بديوان عام محافظة البحيرة وفدا من الجامعة.",
            {"ديوان عام محافظة البحيرة": "محافظة البحيرة", "محافظة البحيرة": None},
            id="unit-named-after-its-governorate",
        ),
        pytest.param(
            "عقد المحافظ لقاء بديوان عام المحافظة مع المواطنين، بحضور اللواء أحمد سعيد محافظ البحيرة.",
            {"محافظة البحيرة": None},
            id="the-bare-general-office-is-the-governorate-a-role-names",
        ),
        pytest.param(
            "أدى اللواء سامي علي اليمين محافظا للبحيرة خلفا للواء حسن فؤاد.",
            {"محافظة البحيرة": None},
            id="li-plus-al-restores-the-article",
        ),
        pytest.param("وأكدت اللجنة ستقوم بزيارة ميدانية.", {}, id="bare-reference-is-no-new-institution"),
    ],
)
def test_institutions(text: str, expected: dict[str, str | None]) -> None:
    got = institutions(text)
    for name, parent in expected.items():
        assert fold(name) in got, (name, got)
        if parent is not None:
            assert got[fold(name)] == fold(parent)
    if not expected:
        assert got == {}


def projects(text: str) -> dict[str, tuple]:
    return {
        fold(p.name): (p.cost and (p.cost.value, p.cost.currency), p.area and p.area.square_metres)
        for p in run(text).projects
    }


@pytest.mark.parametrize(
    "text, name, cost, area",
    [
        pytest.param(
            "افتتح اللواء حازم عطية، محافظ كفر الشيخ، محطة مياه قرية الروضة بتكلفة 47 مليون جنيه.",
            "محطة مياه قرية الروضة",
            (Decimal("47000000"), "EGP"),
            None,
            id="cost-after-object",
        ),
        pytest.param(
            "وتفقد المحافظ مستشفى الحميات الجديد، المقام على مساحة 116م2 بتكلفة 1.20 مليون جنيه.",
            "مستشفى الحميات الجديد",
            (Decimal("1200000"), "EGP"),
            Decimal("116"),
            id="area-and-cost-in-relative-clause",
        ),
        pytest.param(
            "كما تفقد المحافظ وحدة الغسيل الكلوي التي جرى تجهيزها بتكلفة 3 ملايين و916 ألف جنيه.",
            "وحدة الغسيل الكلوي",
            (Decimal("3916000"), "EGP"),
            None,
            id="compound-amount",
        ),
        pytest.param(
            "ووقعت الوزيرة اتفاقا يمول بموجبه البنك برنامج دعم الصادرات بمبلغ 200 مليون دولار.",
            "برنامج دعم الصادرات",
            (Decimal("200000000"), "USD"),
            None,
            id="programme-usd",
        ),
        pytest.param(
            "وبين أن مشروع تبطين الترع على مساحة 2.5 فدان.",
            "مشروع تبطين الترع",
            None,
            Decimal("2.5") * Decimal("4200.83"),
            id="feddan",
        ),
        pytest.param(
            "ووضع الأمير حجر الأساس لمشروع مجمع المحاكم في الكويت بتكلفة 9.4 مليون دينار.",
            "مجمع المحاكم",
            (Decimal("9400000"), "KWD"),
            None,
            id="bare-dinar-in-kuwait",
        ),
    ],
)
def test_projects_with_costs_and_areas(text: str, name: str, cost, area) -> None:
    got = projects(text)
    match = [k for k in got if fold(name) in k or k in fold(name)]
    assert match, got
    got_cost, got_area = got[match[0]]
    assert got_cost == cost
    if area is None:
        assert got_area is None
    else:
        assert abs(got_area - area) <= Decimal("0.01") * area


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ويضم المستشفى 120 سريرا و14 عيادة ويخدم 50 ألف مواطن يوميا.", id="beds-and-people"),
        pytest.param(
            "وأشار إلى أن المحافظة تضم 106 شبابيك لخدمة 785 مواطنا يوميا.", id="windows-and-visitors"
        ),
        pytest.param("ونوقش مشروع قانون الإدارة المحلية خلال الجلسة.", id="draft-law-is-no-project"),
    ],
)
def test_numbers_that_are_not_costs(text: str) -> None:
    for p in run(text).projects:
        assert p.cost is None


def actions(text: str) -> set[tuple[str, str, str]]:
    ex = run(text)
    names = {o.key: fold(o.name) for o in ex.officials}
    projs = {p.key: fold(p.name) for p in ex.projects}
    return {(names[a.official], a.action, projs[a.project]) for a in ex.actions}


def has_action(found: set, who: str, action: str, project: str) -> bool:
    return any(w == fold(who) and a == action and fold(project) in p for w, a, p in found)


@pytest.mark.parametrize(
    "text, who, action, project",
    [
        pytest.param(
            "تفقد اللواء حازم عطية، محافظ كفر الشيخ، أعمال تطوير كورنيش النيل بتكلفة 12 مليون جنيه.",
            "حازم عطية",
            "inspected",
            "تطوير كورنيش النيل",
            id="inspected",
        ),
        pytest.param(
            "افتتح الدكتور سامي فؤاد، وزير الري، واللواء حازم عطية، محافظ كفر الشيخ، اليوم الأحد، محطة رفع قرية الروضة.",
            "حازم عطية",
            "opened",
            "محطة رفع قرية الروضة",
            id="opened-by-second-subject-after-time",
        ),
        pytest.param(
            "وزار اللواء حازم عطية، محافظ كفر الشيخ، المدينة. ووضع المحافظ حجر الأساس لمدرسة النيل الرسمية للغات.",
            "حازم عطية",
            "laid_foundation",
            "مدرسة النيل الرسمية للغات",
            id="foundation-by-role-mention",
        ),
        pytest.param(
            "وأكد الدكتور سامي فؤاد، وزير الري، أهمية المشروع. وأطلق فؤاد مبادرة «ترشيد المياه» في المدارس.",
            "سامي فؤاد",
            "launched",
            "ترشيد المياه",
            id="launched-by-surname-quoted-name",
        ),
        pytest.param(
            "استقبل اللواء حازم عطية، محافظ كفر الشيخ، المهندس ماهر سليم، رئيس الشركة القابضة، وتابعا معا مشروع تبطين الترع.",
            "ماهر سليم",
            "followed_up",
            "مشروع تبطين الترع",
            id="dual-verb-takes-the-two-officials",
        ),
        pytest.param(
            "واعتمد اللواء حازم عطية، محافظ كفر الشيخ، خلال الاجتماع المخطط العام لمشروع إسكان الشباب.",
            "حازم عطية",
            "approved",
            "إسكان الشباب",
            id="approved-after-adjunct",
        ),
        pytest.param(
            "ترأس اللواء حازم عطية، محافظ كفر الشيخ، اجتماعا لمتابعة سير العمل في مشروع تطوير الموقف الجديد.",
            "حازم عطية",
            "followed_up",
            "مشروع تطوير الموقف الجديد",
            id="verbal-noun-takes-sentence-subject",
        ),
    ],
)
def test_actions(text: str, who: str, action: str, project: str) -> None:
    found = actions(text)
    assert has_action(found, who, action, project), found


def test_attendance_is_not_an_action() -> None:
    text = (
        "افتتح الدكتور سامي فؤاد، وزير الري، محطة رفع قرية الروضة، بحضور اللواء حازم عطية، محافظ كفر الشيخ."
    )
    found = actions(text)
    assert has_action(found, "سامي فؤاد", "opened", "محطة رفع قرية الروضة")
    assert not any(w == fold("حازم عطية") for w, _, _ in found)


def test_mentions_of_one_project_merge() -> None:
    text = (
        "محافظ أسوان يتفقد طريق كيما الجديد\n"
        "تفقد اللواء حازم عطية، محافظ أسوان، أعمال مشروع تطوير طريق كيما الجديد بتكلفة 15 مليون جنيه."
    )
    ex = run(text)
    assert len(ex.projects) == 1
    assert ex.projects[0].cost is not None


@pytest.mark.parametrize(
    "text, name",
    [
        pytest.param(
            "دشن والي ولاية القضارف، اللواء حامد عمر الطيب، أعمال تأهيل قنوات الري بمشروع الرهد "
            "الزراعي على مساحة 3 آلاف فدان، بتكلفة 700 مليون جنيه.",
            "تأهيل قنوات الري بمشروع الرهد الزراعي",
            # "… بمشروع X" holds the project "مشروع X": one project, with the cost
            id="work-inside-a-named-project",
        ),
        pytest.param(
            "وضع والي الجهة، السيد سعيد بلقاسم، الحجر الأساس لمركب سوسيو-رياضي للقرب بحي الفتح، بكلفة "
            "20 مليون درهم.",
            "مركب سوسيو-رياضي للقرب بحي الفتح",
            # مركب: a complex (Maghreb) heads a project
            id="markab-head",
        ),
        pytest.param(
            "أعطى الوالي، السيد كمال بوزيد، إشارة انطلاق أشغال إنجاز 1500 وحدة سكنية بصيغة البيع "
            'بالإيجار "سكن" بالقطب العمراني الجديد بالواحة، بتكلفة 9 مليارات دج.',
            '1500 وحدة سكنية بصيغة البيع بالإيجار "سكن" بالقطب العمراني الجديد بالواحة',
            # a count after a work wrapper starts the name; the quoted sale scheme is no project
            id="counted-units-with-scheme",
        ),
    ],
)
def test_one_project_with_its_cost(text: str, name: str) -> None:
    got = projects(text)
    assert list(got) == [fold(name)], got
    cost, _ = got[fold(name)]
    assert cost is not None and cost[0] > 0


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "وضع محافظ الباحة الأستاذ كريم بن مفرح الغامدي، مساء أمس، حجر الأساس لمشروع مستشفى المندق "
            "العام الجديد بتكلفة تقدر بـ210 ملايين ريال. وأوضح أن المستشفى الحالي سيتحول بعد افتتاح "
            "المستشفى الجديد إلى مركز متخصص.",
            ["مشروع مستشفى المندق العام الجديد"],
            # "المستشفى الجديد": the head made definite with the name's last adjective, one work
            id="definite-head-with-last-adjective",
        ),
        pytest.param(
            "عقد المهندس كريم فؤاد الشناوي، وزير الإسكان، اجتماعا بمقر الوزارة الجديد بتكلفة 5 ملايين جنيه.",
            [],
            # "بمقر الوزارة": where a meeting is held, no work
            id="seat-as-place",
        ),
        pytest.param(
            "أطلقت الدكتورة منى كريم سالم، وزيرة التضامن، مبادرة «يد بيد» بتكلفة 20 مليون جنيه، وذلك من "
            "مقر جامعة طنطا.",
            ["مبادرة «يد بيد»"],
            # "من مقر جامعة …": where the launch took place, no second work
            id="seat-after-preposition",
        ),
        pytest.param(
            "في جولة استمرت ساعتين، تابع المهندس كريم فؤاد الشناوي، نائب وزير الإسكان لشئون المرافق "
            "ورئيس هيئة المجتمعات العمرانية الجديدة، سير العمل بعدد من المشروعات بمدينة العبور.",
            [],
            # a second post joined to the first ("ورئيس هيئة …") is no work of the official's
            id="joined-post-name",
        ),
        pytest.param(
            "استقبل الدكتور كريم فؤاد الشناوي، وزير الزراعة واستصلاح الأراضي، وفدا من المستثمرين، وأكد أن "
            "الوزارة ضخت استثمارات بقيمة 3 مليارات جنيه خلال العام.",
            [],
            # a work noun inside a post's portfolio is no project and takes no sum
            id="work-noun-in-a-portfolio",
        ),
    ],
)
def test_no_project_read_out_of_a_post_or_a_place(text: str, names: list[str]) -> None:
    assert list(projects(text)) == [fold(n) for n in names]


@pytest.mark.parametrize(
    "text, who, action, project",
    [
        pytest.param(
            "تفقد الدكتور سامي عبد الله، محافظ أسيوط، ومرافقوه مستشفى صدفا المركزي الجديد.",
            "سامي عبد الله",
            "inspected",
            "مستشفى صدفا المركزي الجديد",
            id="companions-after-subject",
        ),
        pytest.param(
            "افتتح اللواء سامي عبد الله، محافظ أسيوط، ومرافقوه، مدرسة النور الابتدائية بقرية المعابدة.",
            "سامي عبد الله",
            "opened",
            "مدرسة النور الابتدائية بقرية المعابدة",
            id="companions-with-comma",
        ),
        pytest.param(
            "وتفقدت الدكتورة منى سالم، وزيرة التضامن، والوفد المرافق لها مصنع تدوير القمامة بمدينة السادات.",
            "منى سالم",
            "inspected",
            "مصنع تدوير القمامة بمدينة السادات",
            id="escort-party",
        ),
        pytest.param(
            "أطلق الدكتور سامح عبد الودود، وزير الري، إشارة البدء في تنفيذ مشروع تأهيل ترعة المحمودية.",
            "سامح عبد الودود",
            "launched",
            "مشروع تأهيل ترعة المحمودية",
            id="signal-to-begin",
        ),
    ],
)
def test_acts_reach_the_work_past_companions_and_signals(
    text: str, who: str, action: str, project: str
) -> None:
    found = actions(text)
    assert has_action(found, who, action, project), found


def _doc_before_actions(text: str) -> Doc:
    """The article's Doc with people, posts and institutions read (the stages before projects)."""
    doc = Doc.from_article(Article("t", text))
    for name, stage in PIPELINE:
        if name == "projects":
            break
        stage(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "start", "name"),
    [
        pytest.param(
            "وفي ختام الزيارة، تفقد المحافظ ورئيس إيجاس محطة تخفيض ضغط الغاز بقرية الدوير.",
            "المحافظ",
            "محطة تخفيض ضغط الغاز بقرية الدوير",
            id="from-the-first-subject",
        ),
        pytest.param(
            "وفي ختام الزيارة، تفقد المحافظ ورئيس إيجاس محطة تخفيض ضغط الغاز بقرية الدوير.",
            "ورئيس",
            "محطة تخفيض ضغط الغاز بقرية الدوير",
            id="from-the-second-post",
        ),
        pytest.param(
            "وتفقد الوزير ومدير المديرية مستشفى الحميات الجديد بمدينة الواحة.",
            "الوزير",
            "مستشفى الحميات الجديد بمدينة الواحة",
            id="post-with-definite-complement",
        ),
        pytest.param(
            "افتتح المحافظ ورئيس الشركة القابضة محطة مياه قرية الشيخ مسعود.",
            "المحافظ",
            "محطة مياه قرية الشيخ مسعود",
            id="post-with-two-word-complement",
        ),
        pytest.param(
            "تفقد الوزير ورئيس الهيئة مشروع تطوير ميناء الصيد.",
            "الوزير",
            "مشروع تطوير ميناء الصيد",
            id="strong-head-after-the-post",
        ),
    ],
)
def test_a_second_subject_with_its_post_is_no_part_of_the_work(text: str, start: str, name: str) -> None:
    """ "تفقد المحافظ ورئيس إيجاس محطة …": a post joined by و to a subject named by its post is
    a second subject; the work starts at the head after the post's complement."""
    doc = _doc_before_actions(text)
    k = next(i for i in range(len(doc.tokens)) if doc.surface(i, i + 1) == start)
    m = read_project(doc, k)
    assert m is not None and m.name == name


# Session 8: where a name ends before a second act, a time phrase or a second named work;
# a martyr's name after الشهيد/المرحوم; wells and counted units of a kind.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "قام اللواء سمير فؤاد عبد الجليل محافظ الدقهلية بتفقد مدرسة النور الابتدائية "
            "ومتابعة أعمال رصف طريق المنصورة الجديد.",
            {"مدرسة النور الابتدائية", "رصف طريق المنصورة الجديد"},
            id="name-ends-before-a-second-act",
        ),
        pytest.param(
            "وقام الدكتور هشام نبيل زكي محافظ الغربية بافتتاح مستشفى الرحمة التخصصي وإطلاق "
            "حملة التطعيم الموسمية.",
            {"مستشفى الرحمة التخصصي", "حملة التطعيم الموسمية"},
            id="name-ends-before-a-launch",
        ),
        pytest.param(
            "كان المحافظ قد افتتح مدرسة الأمل الثانوية الشهر الماضي بتكلفة 12 مليون جنيه.",
            {"مدرسة الأمل الثانوية"},
            id="last-month-is-no-part-of-the-name",
        ),
        pytest.param(
            "وكان اللواء طارق حمدي الفقي محافظ سوهاج قد افتتح مجمع الخدمات الحكومية العام الماضي.",
            {"مجمع الخدمات الحكومية"},
            id="last-year-is-no-part-of-the-name",
        ),
        pytest.param(
            "وتفقد اللواء طارق حمدي الفقي محافظ سوهاج مستشفى بنها العام وافتتاح قسم الطوارئ.",
            {"مستشفى بنها العام", "قسم الطوارئ"},
            id="general-hospital-keeps-its-adjective",
        ),
        pytest.param(
            "وتفقد اللواء طارق حمدي الفقي محافظ سوهاج مدرسة الشهيد علي حسن عبد الرحيم الإعدادية.",
            {"مدرسة الشهيد علي حسن عبد الرحيم الإعدادية"},
            id="martyr-named-ali-is-no-preposition",
        ),
        pytest.param(
            "افتتح الدكتور سامي عادل نصر محافظ المنيا مدرسة المرحوم علي فهمي للتعليم الأساسي "
            "على مساحة 1200 م2.",
            {"مدرسة المرحوم علي فهمي للتعليم الأساسي"},
            id="late-ali-kept-preposition-ends",
        ),
        pytest.param(
            "دشن الوزير المهندس شريف عادل منصور مجمع «الريان» السكني ووحدات «الأمل» بمنطقة الحي الشرقي.",
            {"مجمع «الريان» السكني"},
            id="second-quoted-work-ends-the-first",
        ),
        pytest.param(
            "وتفقد الوالي السيد جمال بن سعيد، أمس الاثنين، رفقة الوفد المرافق له، أشغال حفر 6 آبار "
            "ارتوازية بمنطقة الصفصاف.",
            {"حفر 6 آبار ارتوازية بمنطقة الصفصاف"},
            id="digging-wells-is-a-work",
        ),
        pytest.param(
            "وعاين الوالي السيد رابح بن سالم ورشة إنجاز 2000 مقعد بيداغوجي ببلدية عين الورد.",
            {"2000 مقعد بيداغوجي ببلدية عين الورد"},
            id="counted-seats-of-a-kind",
        ),
        pytest.param(
            "وتفقد الوزير الدكتور ماهر سعيد خليل مشروع استصلاح 2000 فدان بمنطقة الوادي الأخضر، إذ انتهت "
            "أعمال حفر 14 بئرا جوفية من أصل 20، وتسوية 900 فدان.",
            {"مشروع استصلاح 2000 فدان بمنطقة الوادي الأخضر"},
            id="wells-out-of-a-total-are-progress",
        ),
    ],
)
def test_session8_name_ends(text: str, names: set[str]) -> None:
    assert set(projects(text)) == {fold(n) for n in names}
