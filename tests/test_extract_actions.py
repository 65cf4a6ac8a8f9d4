"""Actions of officials on projects in the forms government news uses, rule by rule.

Each row is a short article in real style with invented people and projects,
and the exact set of (official, action, project) triples a reader would
extract from it (names folded as the scorer folds them). One row per rule of
`extract/actions.py`, so a failure names the rule that broke.
"""

from __future__ import annotations

import pytest

from extract.model import Article
from extract.normalize import fold
from extract.pipeline import extract_article


def triples(text: str) -> set[tuple[str, str, str]]:
    """(official name, action code, project name), folded, for every action found."""
    ex = extract_article(Article("t", text))
    names = {o.key: fold(o.name) for o in ex.officials}
    projects = {p.key: fold(p.name) for p in ex.projects}
    return {(names[a.official], a.action, projects[a.project]) for a in ex.actions}


CASES = [
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية المشروع. ويمتد مشروع تطوير كورنيش النيل "
            "بأسيوط، الذي افتتحه المحافظ اليوم، بطول 3 كيلومترات."
        ),
        {
            ("سمير حامد العدوي", "opened", "مشروع تطوير كورنيش النيل بأسيوط"),
        },
        # الذي افتتحه: the object is the project the relative clause describes
        id="relative-pronoun-verb",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية المحطات. وكانت محطة مياه الوليدية، التي "
            "تفقدها المحافظ صباح اليوم، قد دخلت الخدمة."
        ),
        {
            ("سمير حامد العدوي", "inspected", "محطة مياه الوليدية"),
        },
        # التي تفقدها: a verbal-noun spelling read as verb + object pronoun after التي
        id="relative-noun-form",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية المستشفى. أما مستشفى أبنوب المركزي، الذي "
            "وضع المحافظ حجر الأساس له في مارس الماضي، فقد بلغت نسبة تنفيذه 40%."
        ),
        {
            ("سمير حامد العدوي", "laid_foundation", "مستشفى أبنوب المركزي"),
        },
        # الذي وضع … حجر الأساس له
        id="relative-foundation-stone",
    ),
    pytest.param(
        (
            "تفقد اللواء سمير حامد العدوي، محافظ أسيوط، مدرسة الوليدية الابتدائية. ويعد مستشفى أبنوب "
            "المركزي، الذي افتتحه رئيس الجمهورية عام 2015، أكبر مستشفيات المحافظة."
        ),
        {
            ("سمير حامد العدوي", "inspected", "مدرسة الوليدية الابتدائية"),
        },
        # الذي افتتحه رئيس الجمهورية: a post held by nobody here gives no action
        id="relative-other-actor",
    ),
    pytest.param(
        (
            "دشن صاحب السمو الأمير فيصل بن ناصر بن سعود، أمير منطقة القصيم، مشروع تطوير طريق بريدة "
            "الدائري. وافتتح سموه مركز الرعاية الصحية الأولية بحي الريان."
        ),
        {
            ("فيصل بن ناصر بن سعود", "launched", "مشروع تطوير طريق بريدة الدائري"),
            ("فيصل بن ناصر بن سعود", "opened", "مركز الرعاية الصحية الأولية بحي الريان"),
        },
        # وافتتح سموه: the honorific pronoun is the subject
        id="honorific-pronoun",
    ),
    pytest.param(
        (
            "وصل الدكتور رءوف نبيل شكري، وزير الصحة، واللواء سمير حامد العدوي، محافظ أسيوط، والدكتور "
            "وليد حافظ البرلسي، رئيس جامعة أسيوط، إلى مدينة أبنوب، وافتتحوا الصالة المغطاة بمركز شباب "
            "أبنوب."
        ),
        {
            ("رءوف نبيل شكري", "opened", "الصالة المغطاة بمركز شباب أبنوب"),
            ("سمير حامد العدوي", "opened", "الصالة المغطاة بمركز شباب أبنوب"),
            ("وليد حافظ البرلسي", "opened", "الصالة المغطاة بمركز شباب أبنوب"),
        },
        # وافتتحوا: every official listed before the plural verb
        id="plural-verb-takes-all",
    ),
    pytest.param(
        (
            "افتتح الدكتور رءوف نبيل شكري، وزير الصحة، واللواء سمير حامد العدوي، محافظ أسيوط، مستشفى "
            "أبنوب المركزي.\nوتفقدا بعد ذلك سير العمل في مشروع تطوير سوق أبنوب."
        ),
        {
            ("رءوف نبيل شكري", "inspected", "مشروع تطوير سوق أبنوب"),
            ("رءوف نبيل شكري", "opened", "مستشفى أبنوب المركزي"),
            ("سمير حامد العدوي", "inspected", "مشروع تطوير سوق أبنوب"),
            ("سمير حامد العدوي", "opened", "مستشفى أبنوب المركزي"),
        },
        # وتفقدا بعد ذلك: the pair of the previous action, past the adverbial
        id="dual-verb-previous-pair",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية الميناء. كما يتابع المحافظ بشكل أسبوعي "
            "أعمال توسعة ميناء أسيوط النهري."
        ),
        {
            ("سمير حامد العدوي", "followed_up", "توسعة ميناء أسيوط النهري"),
        },
        # بشكل أسبوعي between subject and object
        id="manner-adverbial",
    ),
    pytest.param(
        (
            "تفقد الدكتور رءوف نبيل شكري، وزير الصحة، بحضور اللواء سمير حامد العدوي، محافظ أسيوط، "
            "والمهندس وائل رفعت البنا، رئيس مركز ومدينة أبنوب، اليوم الخميس، أعمال إنشاء كوبري أبنوب "
            "العلوي."
        ),
        {
            ("رءوف نبيل شكري", "inspected", "إنشاء كوبري أبنوب العلوي"),
        },
        # بحضور X، …، وY، …، before the object: attendees are skipped, not actors
        id="attendee-list-skipped",
    ),
    pytest.param(
        "وضع اللواء سمير حامد العدوي، محافظ أسيوط، حجر أساس مجمع الخدمات الحكومية بمدينة أبنوب.",
        {
            ("سمير حامد العدوي", "laid_foundation", "مجمع الخدمات الحكومية بمدينة أبنوب"),
        },
        # حجر أساس (indefinite) + construct object
        id="stone-without-article",
    ),
    pytest.param(
        (
            "تابع اللواء سمير حامد العدوي، محافظ أسيوط، مشروعات حياة كريمة بقرى المركز، ومنها شبكة "
            "الصرف الصحي بقرية الحمام، والوحدة الصحية بقرية بني محمد."
        ),
        {
            ("سمير حامد العدوي", "followed_up", "الوحدة الصحية بقرية بني محمد"),
            ("سمير حامد العدوي", "followed_up", "شبكة الصرف الصحي بقرية الحمام"),
        },
        # ، ومنها A، وB: an enumeration without a colon
        id="list-after-minha",
    ),
    pytest.param(
        (
            "تفقد اللواء سمير حامد العدوي، محافظ أسيوط، مستشفى أبنوب المركزي، وكذلك أعمال رصف طريق "
            "أبنوب - الفتح."
        ),
        {
            ("سمير حامد العدوي", "inspected", "رصف طريق أبنوب - الفتح"),
            ("سمير حامد العدوي", "inspected", "مستشفى أبنوب المركزي"),
        },
        # ، وكذلك أعمال …: one more object
        id="also-joins-object",
    ),
    pytest.param(
        (
            "محافظ أسيوط يتفقد مستشفى أبنوب المركزي ومدرسة الوليدية الابتدائية\nتفقد اللواء سمير حامد "
            "العدوي، محافظ أسيوط، اليوم، المدينة."
        ),
        {
            ("سمير حامد العدوي", "inspected", "مدرسة الوليدية الابتدائية"),
            ("سمير حامد العدوي", "inspected", "مستشفى أبنوب المركزي"),
        },
        # headline: X ومدرسة Y names two projects
        id="headline-pair-split",
    ),
    pytest.param(
        (
            "تفقد اللواء سمير حامد العدوي، محافظ أسيوط، والمهندس أحمد فريد عبد المقصود، نائب المحافظ، "
            "المدينة. ثم افتتح المحافظ ونائبه مجمع المخابز الآلية بقرية الحمام."
        ),
        {
            ("أحمد فريد عبد المقصود", "opened", "مجمع المخابز الآلية بقرية الحمام"),
            ("سمير حامد العدوي", "opened", "مجمع المخابز الآلية بقرية الحمام"),
        },
        # المحافظ ونائبه: the deputy of the subject just named
        id="deputy-pronoun",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، والدكتور رءوف نبيل شكري، وزير الصحة، أهمية "
            "التنمية. وافتتح كل من الوزير والمحافظ مستشفى أبنوب المركزي."
        ),
        {
            ("رءوف نبيل شكري", "opened", "مستشفى أبنوب المركزي"),
            ("سمير حامد العدوي", "opened", "مستشفى أبنوب المركزي"),
        },
        # كل من الوزير والمحافظ
        id="kull-min",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية التنمية. وتفقد المحافظ والوفد المرافق له "
            "مستشفى أبنوب المركزي."
        ),
        {
            ("سمير حامد العدوي", "inspected", "مستشفى أبنوب المركزي"),
        },
        # والوفد المرافق له: companions are no object and no actor
        id="delegation-companions",
    ),
    pytest.param(
        "أطلق اللواء سمير حامد العدوي، محافظ أسيوط، بالتعاون مع مديرية الصحة، حملة «صحتك أولا».",
        {
            ("سمير حامد العدوي", "launched", "حملة «صحتك أولا»"),
        },
        # ، بالتعاون مع …، between subject and object
        id="cooperation-adjunct",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية التنمية. وتفقد المحافظ في ختام جولته "
            "مستشفى أبنوب المركزي."
        ),
        {
            ("سمير حامد العدوي", "inspected", "مستشفى أبنوب المركزي"),
        },
        # في ختام جولته + object with no comma: the phrase ends at the head
        id="object-after-place-phrase",
    ),
    pytest.param(
        (
            "قام اللواء سمير حامد العدوي، محافظ أسيوط، بجولة بمركز أبنوب. ثم انتقل إلى قرية الحمام، "
            "حيث افتتح مكتب بريد الحمام بعد تطويره، ومركز شباب الحمام."
        ),
        {
            ("سمير حامد العدوي", "opened", "مركز شباب الحمام"),
            ("سمير حامد العدوي", "opened", "مكتب بريد الحمام"),
        },
        # مكتب بريد X، ومركز شباب Y: a list item with no head noun
        id="headless-first-of-list",
    ),
    pytest.param(
        (
            "أشرف عامل إقليم تازة، السيد عبد الكريم الوزاني، اليوم الخميس، على إعطاء انطلاقة أشغال "
            "تهيئة الطريق الإقليمية رقم 12."
        ),
        {
            ("عبد الكريم الوزاني", "launched", "تهيئة الطريق الإقليمية رقم"),
        },
        # إعطاء انطلاقة أشغال تهيئة الطريق …: a work noun before the head
        id="work-noun-before-head",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية الكورنيش. وأعطى المحافظ إشارة البدء "
            "لتنفيذ مشروع تطوير كورنيش أسيوط."
        ),
        {
            ("سمير حامد العدوي", "launched", "مشروع تطوير كورنيش أسيوط"),
        },
        # أعطى … إشارة البدء لتنفيذ مشروع
        id="start-signal",
    ),
    pytest.param(
        (
            "تابع الدكتور منصور عبد الحليم الدمياطي، رئيس جامعة أسيوط، الأعمال. وخلال الجولة، افتتح "
            "رئيس الجامعة وحدة القسطرة القلبية الثانية."
        ),
        {
            ("منصور عبد الحليم الدمياطي", "opened", "وحدة القسطرة القلبية الثانية"),
        },
        # افتتح رئيس الجامعة وحدة …: a role read on into the object is cut at its definite complement
        id="role-read-into-object",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية التعليم. ثم توجه إلى قرية الحمام، حيث وضع "
            "حجر الأساس لمعهد الحمام الأزهري للفتيات."
        ),
        {
            ("سمير حامد العدوي", "laid_foundation", "معهد الحمام الأزهري للفتيات"),
        },
        # حجر الأساس لمعهد …: what the stone is laid for needs no head noun
        id="stone-for-headless",
    ),
    pytest.param(
        (
            "قام اللواء سمير حامد العدوي، محافظ أسيوط، اليوم، بجولة تفقدية بمركز ومدينة أبنوب.\nوشملت "
            "الجولة مشروع تطوير مدخل مدينة أبنوب، ومحطة مياه الشرب بقرية الحمام."
        ),
        {
            ("سمير حامد العدوي", "inspected", "محطة مياه الشرب بقرية الحمام"),
            ("سمير حامد العدوي", "inspected", "مشروع تطوير مدخل مدينة أبنوب"),
        },
        # قام X بجولة تفقدية …. وشملت الجولة …
        id="tour-of-earlier-visitor",
    ),
    pytest.param(
        "أطلق اللواء سمير حامد العدوي، محافظ أسيوط، مبادرة «سند» لتمكين المرأة الريفية في 40 قرية.",
        {
            ("سمير حامد العدوي", "launched", "مبادرة «سند»"),
        },
        # مبادرة «سند» لتمكين …: the purpose is no part of the name
        id="quoted-name-before-purpose",
    ),
    pytest.param(
        (
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية الكورنيش. وكان المحافظ قد تابع، قبل بدء "
            "الجولة، موقف تنفيذ مشروع تطوير كورنيش أبنوب."
        ),
        {
            ("سمير حامد العدوي", "followed_up", "مشروع تطوير كورنيش أبنوب"),
        },
        # قد تابع، قبل بدء الجولة، موقف تنفيذ …
        id="adjunct-after-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_actions_found(text: str, expected: set[tuple[str, str, str]]) -> None:
    want = {(fold(o), a, fold(p)) for o, a, p in expected}
    assert triples(text) == want


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        pytest.param(
            "تفقد الدكتور رءوف نبيل شكري، وزير الصحة، بحضور اللواء سمير حامد العدوي، محافظ أسيوط، "
            "اليوم الخميس، أعمال إنشاء كوبري أبنوب العلوي.",
            "سمير حامد العدوي",
            id="attendee-in-a-list-before-the-object",
        ),
        pytest.param(
            "أكد اللواء سمير حامد العدوي، محافظ أسيوط، أهمية التنمية. وتفقد المحافظ والوفد المرافق له "
            "مستشفى أبنوب المركزي، بحضور الدكتور رءوف نبيل شكري، وكيل وزارة الصحة.",
            "رءوف نبيل شكري",
            id="attendee-after-the-object",
        ),
    ],
)
def test_attendees_are_not_actors(text: str, not_an_actor: str) -> None:
    found = triples(text)
    assert found, "the acting official's action is found"
    assert all(who != fold(not_an_actor) for who, _, _ in found)
