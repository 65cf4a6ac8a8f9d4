"""The general-vocabulary gazetteers in `extract/data/` stay well-formed and consistent.

The extractors decide where names, roles and institutions start and end from
these lists, so an entry in the wrong list moves boundaries: a first name that is
also a role noun starts a "person" at every role, a place that is also a first
name closes names too early. These tests check the data files themselves (format,
duplicates after folding, overlaps between lists) and, on a few real-style
sentences with invented people, that the added vocabulary reaches the extractor.
"""

from __future__ import annotations

from collections import Counter

import pytest

from extract import lexicon
from extract.gazetteer import DATA_DIR, load_lines, load_table
from extract.model import Article
from extract.normalize import fold
from extract.pipeline import extract_article

INSTITUTION_KINDS = frozenset(
    "ministry governorate parliament committee council authority directorate sector "
    "university faculty company international agency other".split()
)
PLACE_KINDS = frozenset({"governorate", "city", "country", "region"})

# Lines that broke these rules before this test existed (folded). They are
# redundant or ambiguous, not harmful enough to block: delete them from the data
# files, then empty these sets (test_legacy_lines_are_gone will turn red to remind).
LEGACY_DUPLICATES: dict[str, frozenset[str]] = {}
LEGACY_FIRST_NAME_CLASHES: frozenset[str] = frozenset()
# Overlaps the extractor resolves on purpose.
ALLOWED_FIRST_NAME_CLASHES = frozenset({fold("علي")})  # = folded على; people._is_preposition_ala decides


def _keys(name: str) -> list[str]:
    """Folded first column of a gazetteer (the whole line for one-column files)."""
    return [fold(line.partition("\t")[0]) for line in load_lines(name)]


def _duplicates(keys: list[str]) -> set[str]:
    return {k for k, n in Counter(keys).items() if n > 1}


def _single_token_keys(table: lexicon.PhraseTable) -> set[str]:
    return {key[0] for key in table.entries if len(key) == 1}


# -- format --------------------------------------------------------------------
@pytest.mark.parametrize("name", ["first_names", "honorifics", "role_nouns", "institution_heads", "places"])
def test_file_starts_with_a_comment_header(name: str) -> None:
    first = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# "), f"{name}.txt: first line is not a comment header"


@pytest.mark.parametrize("name", ["first_names", "honorifics"])
def test_one_column_files_have_one_entry_a_line(name: str) -> None:
    entries = load_lines(name)
    assert len(entries) > 50
    assert not [e for e in entries if "\t" in e], f"{name}: a TAB in a one-column file"


def test_first_names_are_single_words() -> None:
    """A name of two words ("صلاح الدين") can never equal one token; the extractor joins عبد X itself."""
    assert not [e for e in load_lines("first_names") if len(fold(e).split()) != 1 or fold(e) == "عبد"]


def test_role_nouns_have_at_most_one_tab_and_nonempty_forms() -> None:
    for line in load_lines("role_nouns"):
        assert line.count("\t") <= 1, f"role_nouns: more than one TAB in {line!r}"
        canonical, _, forms = line.partition("\t")
        assert canonical.strip(), f"role_nouns: empty role in {line!r}"
        if forms.strip():
            assert all(f.strip() for f in forms.split("|")), f"role_nouns: empty form in {line!r}"


def test_institution_heads_load_as_a_table_with_known_kinds() -> None:
    table = load_table("institution_heads")
    assert len(table) > 50
    assert set(table.values()) <= INSTITUTION_KINDS, set(table.values()) - INSTITUTION_KINDS


def test_places_load_as_a_table() -> None:
    assert load_table("places")


def test_place_kinds_are_known() -> None:
    kinds = {line.partition("\t")[2].strip() for line in load_lines("places")}
    assert kinds <= PLACE_KINDS, kinds - PLACE_KINDS


# -- duplicates after folding -----------------------------------------------------
@pytest.mark.parametrize("name", ["first_names", "honorifics", "role_nouns", "institution_heads", "places"])
def test_no_duplicates_after_folding(name: str) -> None:
    extra = _duplicates(_keys(name)) - LEGACY_DUPLICATES.get(name, frozenset())
    assert not extra, f"{name}: listed twice after folding: {sorted(extra)}"


def test_no_role_form_belongs_to_two_roles() -> None:
    """A form shared by two roles would give the one listed first; spelling variants
    of the same role that fold alike (نائبي/نائبى) are harmless."""
    owner: dict[str, str] = {}
    clashes = []
    for line in load_lines("role_nouns"):
        canonical, _, forms = line.partition("\t")
        for form in [canonical, *filter(None, (f.strip() for f in forms.split("|")))]:
            key = fold(form)
            if owner.setdefault(key, canonical) != canonical:
                clashes.append((form, owner[key], canonical))
    assert not clashes


def test_no_legacy_lines_are_left() -> None:
    left = {name: _duplicates(_keys(name)) & keys for name, keys in LEGACY_DUPLICATES.items()}
    left["first_name_clashes"] = LEGACY_FIRST_NAME_CLASHES & set(_keys("first_names"))
    assert not any(left.values()), left


# -- overlaps between files ---------------------------------------------------------
def _first_name_clashes() -> dict[str, set[str]]:
    names = set(_keys("first_names"))
    return {
        "role nouns": names & _single_token_keys(lexicon.roles()),
        "honorifics": names & _single_token_keys(lexicon.honorifics()),
        "name stops": names & set(lexicon.name_stops()),
        "places": names & _single_token_keys(lexicon.places()),
        "institution heads": names & _single_token_keys(lexicon.institution_heads()),
    }


@pytest.mark.parametrize("other", ["role nouns", "honorifics", "name stops", "places", "institution heads"])
def test_first_names_are_in_no_other_list(other: str) -> None:
    clash = _first_name_clashes()[other] - LEGACY_FIRST_NAME_CLASHES - ALLOWED_FIRST_NAME_CLASHES
    assert not clash, f"first names that are also {other}: {sorted(clash)}"


def test_places_are_no_first_names_or_institution_heads() -> None:
    places = set(_keys("places"))
    assert not places & set(_keys("first_names"))
    assert not places & set(_keys("institution_heads"))
    assert not places & {" ".join(key) for key in lexicon.roles().entries}


def test_titles_do_not_swallow_a_role() -> None:
    """ "معالي الوزير" as one title would hide the role وزير; a title may end in a
    word that is itself a title ("سعادة السفير")."""
    roles = {" ".join(key) for key in lexicon.roles().entries}
    titles = _single_token_keys(lexicon.honorifics())
    last_words = [(h, fold(h).split()) for h in load_lines("honorifics")]
    bad = [h for h, w in last_words if len(w) > 1 and w[-1] in roles and w[-1] not in titles]
    assert not bad


@pytest.mark.parametrize(
    "word",
    [
        "في",
        "اليوم",
        "أمس",
        "مساء",
        "الذي",
        "وزير",
        "محافظ",
        "رئيس",
        "نائب",
        "مدير",
        "سفير",
        "مشروع",
        "منه",
        "جودة",
        "إبرام",
        "حياة",
        "نادي",
        "مالك",
        "رياض",
    ],
)
def test_common_words_are_no_first_names(word: str) -> None:
    assert fold(word) not in lexicon.first_names()


def test_preposition_ala_is_not_listed_as_a_name() -> None:
    """علي is a name; على (with ى) is the preposition, which folding merges with it."""
    assert "على" not in load_lines("first_names")
    assert "علي" in load_lines("first_names")


# -- the vocabulary reaches the extractor --------------------------------------------
def _pairs(text: str) -> set[tuple[str, str]]:
    ex = extract_article(Article("t", text))
    return {(fold(o.name), fold(h.role)) for o in ex.officials for h in o.holdings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقالت ميادة غطاس، المدير التنفيذي لجهاز تنمية المشروعات، إن التمويل متاح.",
            ("ميادة غطاس", "المدير التنفيذي لجهاز تنمية المشروعات"),
            id="untitled-name-and-executive-director",
        ),
        pytest.param(
            "وأكد حازم فرغلي، الرئيس التنفيذي لشركة مياه الشرب بسوهاج، انتهاء الأعمال.",
            ("حازم فرغلي", "الرئيس التنفيذي لشركة مياه الشرب بسوهاج"),
            id="chief-executive-not-the-president",
        ),
        pytest.param(
            "وحضر اللقاء المهندس وائل كمال سكرتير عام محافظة أسيوط.",
            ("وائل كمال", "سكرتير عام محافظة أسيوط"),
            id="indefinite-secretary-general",
        ),
        pytest.param(
            "وتفقد اللواء طيار أحمد فؤاد محافظ البحر الأحمر محطة التحلية.",
            ("أحمد فؤاد", "محافظ البحر الأحمر"),
            id="rank-with-arm",
        ),
        pytest.param(
            "وأكد الدكتور هاني سمير رئيس مركز ومدينة ملوي انتهاء أعمال الرصف.",
            ("هاني سمير", "رئيس مركز ومدينة ملوي"),
            id="markaz-town-closes-the-role",
        ),
        pytest.param(
            "وأوضح السفير عمرو حسن، المندوب الدائم لمصر لدى الأمم المتحدة، موقف مصر.",
            ("عمرو حسن", "المندوب الدائم لمصر"),
            id="permanent-representative",
        ),
    ],
)
def test_added_vocabulary_is_used(text: str, expected: tuple[str, str]) -> None:
    assert (fold(expected[0]), fold(expected[1])) in _pairs(text)


def test_added_institution_head_names_a_syndicate() -> None:
    ex = extract_article(Article("t", "وأعلنت نقابة المهندسين دعمها للمبادرة."))
    assert {(fold(i.name), i.kind) for i in ex.institutions} == {(fold("نقابة المهندسين"), "other")}


# Vocabulary added in session 7: a rapporteur's post, a commune's head, a national office,
# Morocco's regions and a fixed adjective of drinking water.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "بحضور السيدة هدى سمير الرفاعي، مقررة فرع المجلس القومي للمرأة بالمنيا.",
            ("هدى سمير الرفاعي", "مقرر فرع المجلس القومي للمرأة بالمنيا"),
            id="rapporteur",
        ),
        pytest.param(
            "وحضر رئيس جماعة تيزنيت، السيد عمر الإدريسي، حفل التدشين.",
            ("عمر الإدريسي", "رئيس جماعة تيزنيت"),
            id="head-of-a-commune",
        ),
        pytest.param(
            "وقدم السيد يوسف بنعلي، المدير العام للمكتب الوطني للمطارات، عرضا حول المشروع.",
            ("يوسف بنعلي", "المدير العام للمكتب الوطني للمطارات"),
            id="national-office",
        ),
    ],
)
def test_session7_vocabulary_is_used(text: str, expected: tuple[str, str]) -> None:
    assert (fold(expected[0]), fold(expected[1])) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        pytest.param(
            "وقدم مدير وكالة الحوض المائي لدرعة تافيلالت عرضا حول السدود.",
            "وكالة الحوض المائي لدرعة تافيلالت",
            id="a-moroccan-region-served-by-an-agency",
        ),
        pytest.param(
            "وأكد مدير المكتب الوطني للكهرباء والماء الصالح للشرب أن المحطة جاهزة.",
            "المكتب الوطني للكهرباء والماء الصالح للشرب",
            id="drinking-water-adjective",
        ),
        pytest.param(
            "وحضر رئيس جماعة أيت ملول، وعدد من المنتخبين، حفل التدشين.",
            "جماعة أيت ملول",
            id="a-commune-implied-by-its-head",
        ),
    ],
)
def test_session7_vocabulary_names_institutions(text: str, institution: str) -> None:
    ex = extract_article(Article("t", text))
    assert fold(institution) in {fold(i.name) for i in ex.institutions}


# Session 7, round 3: inflected forms of noun + adjective posts read with their number.
@pytest.mark.parametrize(
    ("form", "canonical", "number"),
    [
        ("المديرين التنفيذيين", "المدير التنفيذي", "du"),
        ("المديرون التنفيذيون", "المدير التنفيذي", "pl"),
        ("الرئيسين التنفيذيين", "الرئيس التنفيذي", "du"),
        ("مديرة منطقة", "مدير منطقة", "sg"),
        ("مديرة عامة منطقة", "مدير عام منطقة", "sg"),
    ],
)
def test_inflected_adjectival_posts(form: str, canonical: str, number: str) -> None:
    entry = lexicon.roles().entries[tuple(fold(w) for w in form.split())]
    assert (entry.canonical, entry.number) == (canonical, number)


def test_regional_council_is_an_institution_head() -> None:
    assert lexicon.institution_heads().entries[(fold("المجلس"), fold("الجهوي"))] == "council"


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        pytest.param(
            "نصب أمس السيد عمر بلقاسم واليا على ولاية الأغواط.", "ولاية الأغواط", id="wilaya-after-ala"
        ),
        pytest.param("وحول السيد كريم زروقي إلى ولاية تيسمسيلت.", "ولاية تيسمسيلت", id="wilaya-after-ila"),
        pytest.param(
            "تفقد الوزير مشاريع ولاية برج بوعريريج أمس.", "ولاية برج بوعريريج", id="two-word-wilaya"
        ),
    ],
)
def test_algerian_wilayas_are_places(text: str, institution: str) -> None:
    """Algeria's wilayas are in the place list, so "ولاية X" names a body wherever it stands."""
    ex = extract_article(Article("t", text))
    assert fold(institution) in {fold(i.name) for i in ex.institutions}


# Vocabulary added in session 8: provinces of Syria, Yemen, Sudan, Mauritania and Lebanon,
# Morocco's provinces, an honorary consul and a supervisor's post, and a ministry's office.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وحضر مدير عام المؤسسة العامة للكهرباء بحماة المهندس سامر فؤاد الحسن.",
            ("سامر فؤاد الحسن", "مدير عام المؤسسة العامة للكهرباء بحماة"),
            id="syrian-province",
        ),
        pytest.param(
            "وحضر مدير عام وزارة التربية بولاية شمال كردفان الأستاذ عادل يوسف.",
            ("عادل يوسف", "مدير عام وزارة التربية بولاية شمال كردفان"),
            id="sudanese-state-of-two-words",
        ),
        pytest.param(
            "وحضر الحفل والي الحوض الغربي، السيد محمد ولد سالم، وعدد من المنتخبين.",
            ("محمد ولد سالم", "والي الحوض الغربي"),
            id="mauritanian-wilaya",
        ),
        pytest.param(
            "وأكد عامل إقليم الرشيدية، السيد حسن بنعلي، أهمية المشروع.",
            ("حسن بنعلي", "عامل إقليم الرشيدية"),
            id="moroccan-province",
        ),
        pytest.param(
            "وحضرت القنصلة الفخرية لإيطاليا بالإسكندرية السيدة ماريا روسي الافتتاح.",
            ("ماريا روسي", "القنصل الفخري لإيطاليا بالإسكندرية"),
            id="honorary-consul",
        ),
    ],
)
def test_session8_vocabulary_is_used(text: str, expected: tuple[str, str]) -> None:
    assert (fold(expected[0]), fold(expected[1])) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        pytest.param(
            "وحضر مدير مكتب الأشغال العامة والطرق بمحافظة شبوة المهندس سالم علي.",
            "مكتب الأشغال العامة والطرق بمحافظة شبوة",
            id="office-of-a-ministry-in-a-governorate",
        ),
        pytest.param(
            "ويموله مجلس عمالة إقليم الناظور بشراكة مع الجماعة.",
            "عمالة إقليم الناظور",
            id="prefecture-province",
        ),
    ],
)
def test_session8_heads_and_places_name_bodies(text: str, institution: str) -> None:
    ex = extract_article(Article("t", text))
    assert fold(institution) in {fold(i.name) for i in ex.institutions}


def test_an_office_of_a_post_is_no_body() -> None:
    ex = extract_article(Article("t", "وحضر مدير مكتب وزير الصحة الأستاذ سالم علي، واجتمع في مكتب المحافظ."))
    assert not [i for i in ex.institutions if fold(i.name).startswith(fold("مكتب"))]


# Given names added in session 9: Gulf, Maghreb and Sudanese names (some written with the
# article: المنجي، المبروك، الأسعد) and Western names as Arabic news spells them, so that an
# untitled official ("وأكد X Y، ممثل …") is read. The people are invented.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وأكد ماركوس برانتهوفر، ممثل البنك الدولي في القاهرة، أهمية المشروع.",
            ("ماركوس برانتهوفر", "ممثل البنك الدولي في القاهرة"),
            id="western-funder",
        ),
        pytest.param(
            "وقالت كلوديا فيندرمان، مديرة مكتب الوكالة الألمانية للتعاون الدولي، إن التمويل متاح.",
            ("كلوديا فيندرمان", "مدير مكتب الوكالة الألمانية للتعاون الدولي"),
            id="western-woman",
        ),
        pytest.param(
            "وأوضح فرانسوا ديبارك، سفير فرنسا لدى مصر، أن المنحة تشمل محطتين.",
            ("فرانسوا ديبارك", "سفير فرنسا لدى مصر"),
            id="french-ambassador",
        ),
        pytest.param(
            "وقال هيروشي تاناكورا، ممثل الوكالة اليابانية للتعاون الدولي، إن المنحة جاهزة.",
            ("هيروشي تاناكورا", "ممثل الوكالة اليابانية للتعاون الدولي"),
            id="japanese-funder",
        ),
        pytest.param(
            "وأكدت حصة بنت سعيد الكلباني، مديرة دائرة التخطيط بوزارة الإسكان، أن المشروع يخدم الولاية.",
            ("حصة بنت سعيد الكلباني", "مدير دائرة التخطيط بوزارة الإسكان"),
            id="gulf-woman",
        ),
        pytest.param(
            "وقال هلال بن خميس الرميضي، مدير عام المديرية العامة للإسكان، إن العمل بدأ.",
            ("هلال بن خميس الرميضي", "مدير عام المديرية العامة للإسكان"),
            id="omani-man",
        ),
        pytest.param(
            "وأوضح المنجي القصراوي، المدير الجهوي للتجهيز بالقيروان، أن الأشغال تقدمت.",
            ("المنجي القصراوي", "المدير الجهوي للتجهيز بالقيروان"),
            id="tunisian-name-with-the-article",
        ),
        pytest.param(
            "وقال الأسعد الجبنياني، المدير الجهوي للتجهيز، إن الأشغال تقدمت.",
            ("الأسعد الجبنياني", "المدير الجهوي للتجهيز"),
            id="maghreb-name-with-the-article",
        ),
        pytest.param(
            "وأكدت إخلاص عثمان التوماني، مديرة التعليم بالولاية، جاهزية المدارس.",
            ("إخلاص عثمان التوماني", "مدير التعليم بالولاية"),
            id="sudanese-woman",
        ),
    ],
)
def test_session9_given_names_open_untitled_officials(text: str, expected: tuple[str, str]) -> None:
    assert (fold(expected[0]), fold(expected[1])) in _pairs(text)


# Listed given names that are also common words: in these sentences they are the word,
# and no official may start at them.
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأعلن المدير الجهوي للسكن أن حصة الولاية بلغت 300 مسكن.", id="hissa-a-share"),
        pytest.param("وقال مدير المشروع إن حصة إضافية من السكن رصدت للولاية.", id="hissa-indefinite"),
        pytest.param("وشهد المحيط الهادي عواصف قوية، وقال مدير الأرصاد إن الخطر زال.", id="the-pacific"),
        pytest.param("وأشاد الوزير بالدور الطيب الذي تقوم به المحافظة.", id="al-tayyib-good"),
        pytest.param("وأكد أن الموقع المختار للمشروع يقع شرق المدينة، وقال مدير المشروع إن العمل بدأ.", id="chosen"),
        pytest.param("وظهر هلال شهر رمضان مساء الأحد، وقال رئيس اللجنة إن الرؤية ثابتة.", id="crescent"),
        pytest.param("وأكد المدير العام أن بشرى سارة تنتظر المواطنين.", id="good-news"),
    ],
)
def test_session9_names_that_are_words_yield_no_official(text: str) -> None:
    ex = extract_article(Article("t", text))
    assert not ex.officials, [o.name for o in ex.officials]


# Given names left out of first_names in session 9 because news text uses them far more
# often as words (adjectives, verbs, nouns, pronouns, or the start of place names).
@pytest.mark.parametrize(
    "word",
    "طيب هاجر جيل آن آلان آنا سيدي ولد مطلق مرهون ضيف تهاني انتصار الأمين العربي الشريف الصديق "
    "النور العيد الصغير فضل دفع صديق سليم آمنة جميلة وسيلة معين نجاح فلاح نبأ منية مطر".split(),
)
def test_session9_words_left_out_of_first_names(word: str) -> None:
    assert fold(word) not in lexicon.first_names()
