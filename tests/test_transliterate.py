"""Latin-script labels (ALA-LC without diacritics) for Arabic names and institutions.

The labels must be readable (vowelled forms of known words), stable (spelling
variants give the same output) and free of Arabic script. The people here are
invented; the institutions are real-style.
"""

from __future__ import annotations

import pytest

from extract.gazetteer import load_lines
from extract.transliterate import known, to_latin

NAMES_AND_INSTITUTIONS = [
    ("محمد عبد الرحمن السيد", "Muhammad Abd al-Rahman al-Sayyid"),
    ("فاطمة أحمد حسن", "Fatima Ahmad Hasan"),
    ("الدكتورة هبة سمير عبد العزيز", "al-Duktura Hiba Samir Abd al-Aziz"),
    ("اللواء طارق فؤاد أبو بكر", "al-Liwa Tariq Fu'ad Abu Bakr"),
    ("الشيخ سعود بن فهد آل ثاني", "al-Shaykh Su'ud bin Fahd Al Thani"),
    ("المهندس وائل عز الدين النجار", "al-Muhandis Wa'il Izz al-Din al-Najjar"),
    ("محافظة القليوبية", "Muhafazat al-Qalyubiyya"),
    ("وزارة الصحة والسكان", "Wizarat al-Sihha wa-al-Sukkan"),
    ("وزارة التعليم العالي والبحث العلمي", "Wizarat al-Ta'lim al-Ali wa-al-Bahth al-Ilmi"),
    (
        "وزارة الإسكان والمرافق والمجتمعات العمرانية",
        "Wizarat al-Iskan wa-al-Marafiq wa-al-Mujtama'at al-Umraniyya",
    ),
    ("الهيئة العامة للبترول", "al-Hay'a al-Amma lil-Bitrul"),
    ("هيئة قناة السويس", "Hay'at Qanat al-Suways"),
    ("جامعة عين شمس", "Jami'at Ayn Shams"),
    ("الجهاز المركزي للتعبئة العامة والإحصاء", "al-Jihaz al-Markazi lil-Ta'bi'a al-Amma wa-al-Ihsa"),
    ("مديرية الصحة بالشرقية", "Mudiriyyat al-Sihha bi-al-Sharqiyya"),
    ("الوحدة المحلية لمركز ومدينة طوخ", "al-Wahda al-Mahalliyya li-Markaz wa-Madinat Tukh"),
    ("محافظة البحر الأحمر", "Muhafazat al-Bahr al-Ahmar"),
    ("الشركة القابضة لمياه الشرب والصرف الصحي", "al-Sharika al-Qabida li-Miyah al-Shurb wa-al-Sarf al-Sihhi"),
    ("رئاسة مجلس الوزراء", "Ri'asat Majlis al-Wuzara"),
]


@pytest.mark.parametrize(("arabic", "latin"), NAMES_AND_INSTITUTIONS)
def test_names_and_institutions(arabic: str, latin: str) -> None:
    assert to_latin(arabic) == latin


VARIANTS = [
    ("مصطفى كمال", "مصطفي كمال"),  # ى / ي
    ("وزارة الصحة", "وزاره الصحه"),  # ة / ه
    ("إبراهيم أسامة", "ابراهيم اسامة"),  # hamza on alif
    ("عائشة رؤوف", "عايشة رءوف"),  # hamza seats
    ("عبد الله فؤاد", "عبدالله فؤاد"),  # glued عبد compound
    ("أبو بكر", "أبوبكر"),
    ("نور الدين", "نورالدين"),
    ("عطا الله", "عطالله"),
    ("مُحَمَّد عَلِيّ", "محمد علي"),  # diacritics
    ("محـــمد", "محمد"),  # tatweel
    ("ﻻمية", "لامية"),  # presentation forms (NFKC)
    ("محافظة الإسماعيلية", "محافظه الاسماعيليه"),
]


@pytest.mark.parametrize(("one", "other"), VARIANTS)
def test_spelling_variants_give_the_same_label(one: str, other: str) -> None:
    assert to_latin(one) == to_latin(other)


@pytest.mark.parametrize(
    "name", [n for n in load_lines("first_names") if n.startswith("عبد") and len(n) > 5 and n[3:5] == "ال"]
)
def test_glued_abd_names_equal_spaced(name: str) -> None:
    spaced = name[:3] + " " + name[3:]
    assert to_latin(name) == to_latin(spaced)
    assert to_latin(name).startswith("Abd ")


CONSTRUCT = [
    ("وزارة", "Wizara"),  # pause: no following word
    ("وزارة الزراعة", "Wizarat al-Zira'a"),  # construct before a word
    ("جامعة حلوان", "Jami'at Hulwan"),  # before an indefinite proper noun too
    ("الهيئة الوطنية للإعلام", "al-Hay'a al-Wataniyya lil-I'lam"),  # the article blocks it
    ("فاطمة حسن", "Fatima Hasan"),  # a first name keeps its pausal form
    ("محمد عكاشة حسن", "Muhammad Akasha Hasan"),  # an unknown word too
    ("وزارة، الصحة", "Wizara, al-Sihha"),  # punctuation is a pause
]


@pytest.mark.parametrize(("arabic", "latin"), CONSTRUCT)
def test_construct_ta_marbuta(arabic: str, latin: str) -> None:
    assert to_latin(arabic) == latin


def test_person_names_never_take_the_construct() -> None:
    assert to_latin("حمادة سلامة عطية", person=True) == "Hamada Salama Atiyya"
    assert to_latin("شركة مصر", person=True) == "Sharika Misr"
    assert to_latin("شركة مصر") == "Sharikat Misr"


ARTICLE_AND_CLITICS = [
    ("الشرقية", "al-Sharqiyya"),  # sun letter: no assimilation
    ("القاهرة", "al-Qahira"),
    ("والقاهرة", "wa-al-Qahira"),
    ("للقاهرة", "lil-Qahira"),
    ("بالقاهرة", "bi-al-Qahira"),
    ("وأحمد", "wa-Ahmad"),
    ("لوزارة الري", "li-Wizarat al-Rayy"),
    ("للجنة الاقتصادية", "lil-Lajna al-Iqtisadiyya"),  # لل + a word starting with ل
    ("والي أسيوط", "Wali Asyut"),  # a known word starting with و is not split
    ("وليد", "Walid"),
    ("آل نهيان", "Al Nahyan"),
    ("سالم بن خالد", "Salim bin Khalid"),
    ("الله", "Allah"),
    ("وفاء إلياس", "Wafa Ilyas"),  # إل of a name is not the article
]


@pytest.mark.parametrize(("arabic", "latin"), ARTICLE_AND_CLITICS)
def test_article_and_clitics(arabic: str, latin: str) -> None:
    assert to_latin(arabic) == latin


FALLBACK = [
    ("الغمراوي", "al-Ghamrawi"),
    ("والبلبيسي", "wa-al-Balbisi"),
    ("زغلول", "Zaghlul"),
    ("عبدالمتجلي", "Abd al-Matjli"),
]


@pytest.mark.parametrize(("arabic", "latin"), FALLBACK)
def test_unknown_words_fall_back_to_letters(arabic: str, latin: str) -> None:
    assert not known(arabic)
    assert to_latin(arabic) == latin


@pytest.mark.parametrize(
    "text",
    [
        "محافظ الجيزة يتفقد أعمال رصف طريق ٢٦ يوليو بتكلفة ١٢٫٥ مليون جنيه، ويوجه بسرعة التنفيذ؛ فهل انتهت؟",
        "شركة مصر للطيران (EgyptAir) – الإدارة المركزية للموارد البشرية",
        "الدكتورة سُهى عبدالمُتجلّي الشَّنّاوي\u200f",
        "ﷲ ﻻ ۱۲۳ ٪",
        *[name for name, _ in NAMES_AND_INSTITUTIONS],
    ],
)
def test_output_has_no_arabic_script(text: str) -> None:
    latin = to_latin(text)
    assert latin
    assert all(ord(ch) < 0x250 or ch in "–" for ch in latin), latin  # ASCII, Latin-1, Latin Extended
    assert not any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in latin), latin


def test_arabic_digits_and_punctuation_become_latin() -> None:
    assert to_latin("مشروع رقم ١٢٣، المرحلة ٢؟") == "Mashru Raqm 123, al-Marhala 2?"


@pytest.mark.parametrize("text", ["", "   ", "\u200f", "ـــ", "َُ"])
def test_empty_input_gives_empty_label(text: str) -> None:
    assert to_latin(text) == ""


def test_every_first_name_has_an_entry() -> None:
    missing = [name for name in load_lines("first_names") if not known(name)]
    assert missing == [], f"add to extract/data/latin.txt: {missing}"


@pytest.mark.parametrize("gazetteer", ["places", "institution_heads", "role_nouns", "honorifics"])
def test_every_word_of_the_gazetteers_has_an_entry(gazetteer: str) -> None:
    words = {w for line in load_lines(gazetteer) for w in line.split("\t")[0].split()}
    if gazetteer == "role_nouns":  # the inflected forms too
        words |= {
            w for line in load_lines(gazetteer) for w in line.replace("\t", "|").replace("|", " ").split()
        }
    missing = sorted(w for w in words if not known(w))
    assert missing == [], f"add to extract/data/latin.txt: {missing}"


@pytest.mark.parametrize(
    ("word", "latin"),
    [("محمد", "Muhammad"), ("الإسكندرية", "al-Iskandariyya"), ("البنك", "al-Bank"), ("السكان", "al-Sukkan")],
)
def test_the_same_word_gives_the_same_form_in_any_phrase(word: str, latin: str) -> None:
    for phrase in (word, f"{word} والمنصورة", f"وزارة {word}", f"{word} {word}"):
        assert latin in to_latin(phrase).split(), phrase
