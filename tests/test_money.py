"""Money and area extraction on real-style Arabic news sentences."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import gazetteer
from extract.gazetteer import GazetteerError, load_lines, load_table
from extract.money import AmountMatch, find_amounts, find_areas
from extract.normalize import fold_with_offsets

FEDDAN = Decimal("4200.83")
QIRAT = Decimal("175.03")

# (sentence, expected surface, value, currency)
AMOUNTS = [
    # digits with a scale word
    ("وذلك بتكلفة 47 مليون جنيه.", "47 مليون جنيه", "47000000", "EGP"),
    ("على مساحة 116م2 بتكلفة 1.20 مليون جنيه.", "1.20 مليون جنيه", "1200000", "EGP"),
    ("تبلغ تكلفته الإجمالية 1.5 مليار جنيه وتغطي القرى.", "1.5 مليار جنيه", "1500000000", "EGP"),
    ("رصدت المحافظة ٢٫٥ مليون جنيه لرصف الطريق.", "٢٫٥ مليون جنيه", "2500000", "EGP"),
    ("بتكلفته البالغة ١٨ مليون جنيه، ومن المقرر افتتاحه.", "١٨ مليون جنيه", "18000000", "EGP"),
    ("بتكلفة إجمالية تقارب 340 مليون جنيه، بعد مناقشة.", "340 مليون جنيه", "340000000", "EGP"),
    ("البالغة نحو 25 مليار جنيه، ما فتح الباب.", "25 مليار جنيه", "25000000000", "EGP"),
    ("بقرض قيمته 2,5 مليون يورو.", "2,5 مليون يورو", "2500000", "EUR"),
    ("بتكلفة 1.500 مليون جنيه.", "1.500 مليون جنيه", "1500000", "EGP"),
    # compound amounts
    ("بتكلفة 3 ملايين و916 ألف جنيه.", "3 ملايين و916 ألف جنيه", "3916000", "EGP"),
    ("على مساحة 800 م2 بتكلفة 2 مليون و400 ألف جنيه، وذلك", "2 مليون و400 ألف جنيه", "2400000", "EGP"),
    ("وبتكلفة 5 ملايين و700 ألف جنيها.", "5 ملايين و700 ألف جنيها", "5700000", "EGP"),
    ("بتكلفة بلغت مليار و200 مليون جنيه شاملة التجهيزات.", "مليار و200 مليون جنيه", "1200000000", "EGP"),
    ("والثانية 92 مليون و600 ألف جنيه، وستخدم", "92 مليون و600 ألف جنيه", "92600000", "EGP"),
    ("بتكلفة 18 مليونا و500 ألف جنيها، ويخدم القرية.", "18 مليونا و500 ألف جنيها", "18500000", "EGP"),
    ("بتكلفة 3 ملايين و 500 ألف جنيه", "3 ملايين و 500 ألف جنيه", "3500000", "EGP"),
    ("بتكلفة 2 مليون و400 ألف و500 جنيه", "2 مليون و400 ألف و500 جنيه", "2400500", "EGP"),
    ("وبلغت 12 ألفا و300 جنيه", "12 ألفا و300 جنيه", "12300", "EGP"),
    ("بتكلفة مليون ونصف المليون", None, None, None),
    ("وقيمته مليون ونصف يورو", "مليون ونصف يورو", "1500000", "EUR"),
    ("ورصد مليون ونصف مليون جنيه", "مليون ونصف مليون جنيه", "1500000", "EGP"),
    ("بتكلفة تتراوح بين 5 و10 ملايين جنيه", "10 ملايين جنيه", "10000000", "EGP"),
    # scale word alone, duals, fractions
    ("بتكلفة 850 ألف جنيه.", "850 ألف جنيه", "850000", "EGP"),
    ("رصد مليون جنيه للمشروع", "مليون جنيه", "1000000", "EGP"),
    ("بتكلفة مليوني جنيه", "مليوني جنيه", "2000000", "EGP"),
    ("بتكلفة مليونا جنيه", "مليونا جنيه", "2000000", "EGP"),
    ("بتكلفة ملياري دولار", "ملياري دولار", "2000000000", "USD"),
    ("بقيمة ألفي جنيه لكل أسرة", "ألفي جنيه", "2000", "EGP"),
    ("منحة قدرها ألفا جنيه", "ألفا جنيه", "2000", "EGP"),
    ("بقيمة ألف جنيه شهريا", "ألف جنيه", "1000", "EGP"),
    ("بتكلفة نصف مليون جنيه", "نصف مليون جنيه", "500000", "EGP"),
    ("باستثمارات ربع مليار دولار", "ربع مليار دولار", "250000000", "USD"),
    ("بتكلفة ثلاثة أرباع مليون جنيه", "ثلاثة أرباع مليون جنيه", "750000", "EGP"),
    # plain digits with separators
    ("بتكلفة 12,500,000 جنيه", "12,500,000 جنيه", "12500000", "EGP"),
    ("بتكلفة 12.500.000 جنيه", "12.500.000 جنيه", "12500000", "EGP"),
    ("بتكلفة ١٢٬٥٠٠٬٠٠٠ جنيه", "١٢٬٥٠٠٬٠٠٠ جنيه", "12500000", "EGP"),
    ("بتكلفة 250000 جنيه", "250000 جنيه", "250000", "EGP"),
    ("بغرامة 1.500 جنيه", "1.500 جنيه", "1500", "EGP"),
    ("بسعر 12.75 جنيه للكيلو", "12.75 جنيه", "12.75", "EGP"),
    ("بتمويل 15 ألف دولار", "15 ألف دولار", "15000", "USD"),
    # number words
    ("بتكلفة خمسة ملايين جنيه", "خمسة ملايين جنيه", "5000000", "EGP"),
    ("بتكلفة خمسه ملايين جنيه", "خمسه ملايين جنيه", "5000000", "EGP"),
    ("باستثمارات ثلاثة مليارات دولار", "ثلاثة مليارات دولار", "3000000000", "USD"),
    ("بقيمة عشرة آلاف جنيه", "عشرة آلاف جنيه", "10000", "EGP"),
    ("بتكلفة خمسة عشر مليون جنيه", "خمسة عشر مليون جنيه", "15000000", "EGP"),
    ("بقيمة خمسة وعشرين مليون دولار", "خمسة وعشرين مليون دولار", "25000000", "USD"),
    ("بقيمة مائة وخمسين ألف جنيه", "مائة وخمسين ألف جنيه", "150000", "EGP"),
    ("بقيمة مئتي ألف ريال", "مئتي ألف ريال", "200000", "SAR"),
    ("بتكلفة ثلاثمائة مليون جنيه", "ثلاثمائة مليون جنيه", "300000000", "EGP"),
    ("بتكلفة ثلاث مائة ألف جنيه", "ثلاث مائة ألف جنيه", "300000", "EGP"),
    ("بتكلفة خمسة ملايين وخمسمائة ألف جنيه", "خمسة ملايين وخمسمائة ألف جنيه", "5500000", "EGP"),
    ("بتكلفة ألف وخمسمائة جنيه", "ألف وخمسمائة جنيه", "1500", "EGP"),
    ("بمبلغ أحد عشر مليون جنيه", "أحد عشر مليون جنيه", "11000000", "EGP"),
    # proclitics stay outside the span
    ("وبخمسة ملايين جنيه أخرى", "خمسة ملايين جنيه", "5000000", "EGP"),
    ("بـ47 مليون جنيه", "47 مليون جنيه", "47000000", "EGP"),
    ("وبمليوني دولار", "مليوني دولار", "2000000", "USD"),
    # currencies
    ("بتكلفة 3 ملايين جنيه مصري", "3 ملايين جنيه مصري", "3000000", "EGP"),
    ("بقيمة 400 ألف جنيه إسترليني", "400 ألف جنيه إسترليني", "400000", "GBP"),
    ("بمبلغ 500 مليون دولار.", "500 مليون دولار", "500000000", "USD"),
    ("بقيمة 20 مليون دولار أمريكي", "20 مليون دولار أمريكي", "20000000", "USD"),
    ("بقيمة 300 دولارا", "300 دولارا", "300", "USD"),
    ("بقيمة 7 ملايين دولارات", "7 ملايين دولارات", "7000000", "USD"),
    ("منحة بقيمة 10 ملايين يورو", "10 ملايين يورو", "10000000", "EUR"),
    ("بتكلفة 40 مليون ريال", "40 مليون ريال", "40000000", "SAR"),
    ("بتكلفة 40 مليون ريال سعودي", "40 مليون ريال سعودي", "40000000", "SAR"),
    ("بقيمة 60 مليون ريال قطري", "60 مليون ريال قطري", "60000000", "QAR"),
    ("بقيمة 3 ملايين ريال عماني", "3 ملايين ريال عماني", "3000000", "OMR"),
    ("بتكلفة 12 مليون دينار", "12 مليون دينار", "12000000", "JOD"),
    ("بتكلفة 12 مليون دينار أردني", "12 مليون دينار أردني", "12000000", "JOD"),
    ("بقيمة 5 ملايين دينار كويتي", "5 ملايين دينار كويتي", "5000000", "KWD"),
    ("بقيمة 2 مليون دينار بحريني", "2 مليون دينار بحريني", "2000000", "BHD"),
    ("بتكلفة 90 مليون درهم", "90 مليون درهم", "90000000", "AED"),
    ("بتكلفة 90 مليون درهم إماراتي", "90 مليون درهم إماراتي", "90000000", "AED"),
    ("بتكلفة 90 مليون درهم مغربي", "90 مليون درهم مغربي", "90000000", "MAD"),
    ("بقيمة مليار ين ياباني", "مليار ين ياباني", "1000000000", "JPY"),
    ("بقيمة 500 USD فقط", "500 USD", "500", "USD"),
    ("بقيمة 2 مليون usd", "2 مليون usd", "2000000", "USD"),
    ("بقيمة $500 مليون", "$500 مليون", "500000000", "USD"),
    ("بقيمة USD 2,000", "USD 2,000", "2000", "USD"),
    ("بقيمة 300 مليون EUR", "300 مليون EUR", "300000000", "EUR"),
    ("بقيمة 70 مليون ج.م", "70 مليون ج.م", "70000000", "EGP"),
    # thirds of a scale word, rounded to a whole amount; the old spelling of 300
    ("وتبلغ تكلفة المشروع ثلث مليار جنيه.", "ثلث مليار جنيه", "333333333", "EGP"),
    ("بتكلفة ثلثي مليار جنيه للمرحلتين.", "ثلثي مليار جنيه", "666666667", "EGP"),
    ("بتكلفة مليون وثلث جنيه تقريبا.", "مليون وثلث جنيه", "1333333", "EGP"),
    ("بتكلفة ثلثمائة ألف جنيه للوحدة.", "ثلثمائة ألف جنيه", "300000", "EGP"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "currency"), AMOUNTS)
def test_amounts(sentence: str, surface: str | None, value: str | None, currency: str | None) -> None:
    found = find_amounts(sentence)
    if surface is None:
        assert found == []
        return
    assert [(sentence[m.start : m.end], m.value, m.currency) for m in found] == [
        (surface, Decimal(value), currency)
    ]


def test_value_is_integral_without_exponent() -> None:
    (m,) = find_amounts("بتكلفة 1.20 مليون جنيه")
    assert str(m.value) == "1200000"


NOT_MONEY = [
    "يضم المركز 106 شبابيك لخدمة المواطنين",
    "ويستقبل 785 مواطنا يوميا",
    "بسعة 120 سريرا",
    "بطاقة 300 لتر في الثانية",
    "بطول 8 كيلومترات",
    "وبلغت نسبة الإنجاز 97%",
    "على أن ينتهي خلال 60 يوما",
    "واستفاد منه عدد 50 مواطناً",
    "خلال عام 2024",
    "القرار رقم 22 لسنة 2023",
    "يخدم 47 ألف مواطن",
    "يخدم 3 ملايين نسمة",
    "أكثر من مليون مستفيد",
    "خمسة ملايين مواطن",
    "تحالف الشركات المنفذة",
    "مشروع الأربعمائة ألف فدان",
    "وتبلغ قيمة الجنيه المصري أمام الدولار",
    "9" * 5000 + " جنيه",
    "ملايين الجنيهات",
]


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_not_money(sentence: str) -> None:
    assert find_amounts(sentence) == []


def test_several_amounts_in_text_order() -> None:
    text = "خصص 47 مليون جنيه للمستشفى و5 ملايين دولار للمدرسة، و850 ألف جنيه للوحدة"
    found = find_amounts(text)
    assert [(text[m.start : m.end], m.currency) for m in found] == [
        ("47 مليون جنيه", "EGP"),
        ("5 ملايين دولار", "USD"),
        ("850 ألف جنيه", "EGP"),
    ]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


# (sentence, surface, expected span in the ORIGINAL text)
SURFACES = [
    ("وذلك بتكلفة 47 مليون جنيه.", "47 مليون جنيه"),
    ("بتكلفة 47 مليـــون جنيـه", "47 مليـــون جنيـه"),  # tatweel inside
    ("بتكلفة خمسةُ ملايينِ جنيهٍ.", "خمسةُ ملايينِ جنيهٍ"),  # diacritics, one on the last letter
    ("وبتكلفة 5 ملايين و700 ألف جنيهًا.", "5 ملايين و700 ألف جنيهًا"),
    ("بتكلفة ١٨ مليون جنيه، ومن المقرر", "١٨ مليون جنيه"),
    ("قيمته 20 مليون دولار أمريكى", "20 مليون دولار أمريكى"),
]


@pytest.mark.parametrize(("sentence", "surface"), SURFACES)
def test_span_is_original_surface(sentence: str, surface: str) -> None:
    (m,) = find_amounts(sentence)
    assert sentence[m.start : m.end] == surface
    assert m.start == sentence.index(surface)


def test_huge_digit_run_returns_quickly() -> None:
    text = ("9" * 5000 + " جنيه ") * 20 + "بتكلفة 47 مليون جنيه"
    assert find_amounts(text) == [AmountMatch(len(text) - 13, len(text), Decimal(47000000), "EGP")]
    assert find_areas("9" * 5000 + " م2") == []


def test_shared_fold_gives_same_result() -> None:
    text = "بتكلفة 47 مليون جنيه على مساحة 2.5 فدان"
    folded = fold_with_offsets(text)
    assert find_amounts(text, folded=folded) == find_amounts(text)
    assert find_areas(text, folded=folded) == find_areas(text)


_PIECES = [
    "47", "1.20", "٢٫٥", "12,500,000", "3", "و", " ", "  ", "مليون", "ملايين", "مليونا", "مليوني",
    "ألف", "آلاف", "مليار", "نصف", "ونصف", "خمسة", "وعشرين", "عشر", "جنيه", "جنيهًا", "دولار",
    "أمريكي", "ريال", "قطري", "$", "USD", "م2", "متر", "مربع", "فدان", "فدانين", "قراريط", "بـ",
    "ـ", "ً", "،", ".", "ب", "المليون", "مواطن", "9" * 40,
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_matches_are_ordered_disjoint_and_in_bounds(text: str) -> None:
    for found in (find_amounts(text), find_areas(text)):
        spans = [(m.start, m.end) for m in found]
        assert all(0 <= s < e <= len(text) for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
        assert all(not text[s].isspace() and not text[e - 1].isspace() for s, e in spans)


# (sentence, surface, square metres)
AREAS = [
    ("والذي يقع على مساحة 116م2 بتكلفة", "116م2", Decimal(116)),
    ("على مساحة 116 م2", "116 م2", Decimal(116)),
    ("المقام على مساحة 800 م2 بتكلفة", "800 م2", Decimal(800)),
    ("على مساحة 116 م²", "116 م²", Decimal(116)),
    ("على مساحة ١١٦م٢", "١١٦م٢", Decimal(116)),
    ("على مساحة 116 متر مربع", "116 متر مربع", Decimal(116)),
    ("على مساحة 7140 مترا مربعا وبتكلفة", "7140 مترا مربعا", Decimal(7140)),
    ("على مساحة 300 أمتار مربعة", "300 أمتار مربعة", Decimal(300)),
    ("على مساحة 21 ألف متر مربع، بتكلفة", "21 ألف متر مربع", Decimal(21000)),
    ("على مساحة ألف متر مربع", "ألف متر مربع", Decimal(1000)),
    ("مقامة على مساحة 2.5 فدان بطاقة", "2.5 فدان", Decimal("2.5") * FEDDAN),
    ("قطعة أرض مساحتها 1.5 فدان لإقامة", "1.5 فدان", Decimal("1.5") * FEDDAN),
    ("على مساحة 3 أفدنة", "3 أفدنة", 3 * FEDDAN),
    ("على مساحة 20 فدانا", "20 فدانا", 20 * FEDDAN),
    ("على مساحة فدانين", "فدانين", 2 * FEDDAN),
    ("على مساحة 10 قراريط", "10 قراريط", 10 * QIRAT),
    ("على مساحة 5 قيراط", "5 قيراط", 5 * QIRAT),
    ("على مساحة 3 أفدنة و5 قراريط", "3 أفدنة و5 قراريط", 3 * FEDDAN + 5 * QIRAT),
    ("على مساحة نصف فدان", "نصف فدان", FEDDAN / 2),
    ("على مساحة 40 هكتارا", "40 هكتارا", Decimal(400000)),
    ("على مساحة 2 كم2", "2 كم2", Decimal(2000000)),
    ("على مساحة 3 كيلومترات مربعة", "3 كيلومترات مربعة", Decimal(3000000)),
    ("على مساحة 3 كيلومتر مربع", "3 كيلومتر مربع", Decimal(3000000)),
    ("على مساحة 50 دونما", "50 دونما", Decimal(50000)),
    ("على مساحة 10502.08 متر مربع", "10502.08 متر مربع", Decimal("10502.08")),
    ("على مساحة خمسة آلاف متر مربع", "خمسة آلاف متر مربع", Decimal(5000)),
    ("على مساحة 12,000 م2", "12,000 م2", Decimal(12000)),
    ("مساحة 500 m2", "500 m2", Decimal(500)),
]


@pytest.mark.parametrize(("sentence", "surface", "square_metres"), AREAS)
def test_areas(sentence: str, surface: str, square_metres: Decimal) -> None:
    found = find_areas(sentence)
    assert [(sentence[m.start : m.end], m.square_metres) for m in found] == [(surface, square_metres)]


NOT_AREAS = [
    "واستمع إلى آراء 20 مواطنا حول الخدمة",  # آراء (opinions) is no are
    "بطول 8 كيلومترات",
    "طريق بطول 160 كيلومترا",
    "بعرض 12 مترا",
    "على ارتفاع 30 مترا فوق سطح البحر",
    "بتكلفة 47 مليون جنيه",
    "عام 2024م",
    "يخدم 3 ملايين نسمة",
    "سعر المتر المربع",
    "9" * 5000,
]


@pytest.mark.parametrize("sentence", NOT_AREAS)
def test_not_areas(sentence: str) -> None:
    assert find_areas(sentence) == []


def test_money_and_area_in_one_sentence() -> None:
    text = "والذى يقع على مساحة 116م2 بتكلفة 1.20 مليون جنيه."
    (amount,) = find_amounts(text)
    (area,) = find_areas(text)
    assert text[amount.start : amount.end] == "1.20 مليون جنيه"
    assert text[area.start : area.end] == "116م2"
    assert area.end <= amount.start


def test_gazetteer_loaders_skip_comments_and_blanks() -> None:
    table = load_table("currencies")
    assert table["يورو"] == "EUR"
    assert all(not key.startswith("#") and key for key in table)
    lines = load_lines("currencies")
    assert len(lines) == len(table)
    assert "يورو\tEUR" in lines
    lines.append("mutated")
    assert "mutated" not in load_lines("currencies")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad_sep", "# header\nيورو EUR\n", r"bad_sep\.txt:2: expected key<TAB>value"),
        ("bad_dup", "يورو\tEUR\n\nيورو\tUSD\n", r"bad_dup\.txt:3: 'يورو' given two values"),
    ],
)
def test_gazetteer_malformed_table_names_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: str, message: str
) -> None:
    (tmp_path / f"{name}.txt").write_text(content, encoding="utf-8")
    monkeypatch.setattr(gazetteer, "DATA_DIR", tmp_path)
    with pytest.raises(GazetteerError, match=message):
        load_table(name)


def test_gazetteer_missing_file_is_one_clear_error() -> None:
    with pytest.raises(GazetteerError, match=r"no_such_list\.txt: no such gazetteer"):
        load_lines("no_such_list")


# Sub-units, abbreviations and bare words added for agencies outside Egypt and the Gulf.
STATE_CURRENCIES = [
    pytest.param(
        "التي أنجزت بغلاف مالي قدره 4,6 مليار دج،", "4,6 مليار دج", "4600000000", "DZD", id="dj-abbrev"
    ),
    # the centime is a hundredth of a dinar: Algerian papers state big sums in it
    pytest.param(
        "الذي خصص له غلاف مالي بـ 8,5 مليار سنتيم،", "8,5 مليار سنتيم", "85000000", "DZD", id="centime"
    ),
    # a bare ليرة is the Syrian pound unless the article says otherwise (measures.py)
    pytest.param("بكلفة 7.5 مليارات ليرة، ومشروع", "7.5 مليارات ليرة", "7500000000", "SYP", id="bare-lira"),
    pytest.param(
        "بكلفة 900 مليون ليرة لبنانية", "900 مليون ليرة لبنانية", "900000000", "LBP", id="lebanese-lira"
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "currency"), STATE_CURRENCIES)
def test_state_currencies(sentence: str, surface: str, value: str, currency: str) -> None:
    assert [(sentence[m.start : m.end], m.value, m.currency) for m in find_amounts(sentence)] == [
        (surface, Decimal(value), currency)
    ]


# A unit named alone, with no number, before "و" and a smaller unit: one of it and more.
BARE_UNIT_AREAS = [
    pytest.param(
        "على مساحة فدان و6 قراريط، بتكلفة", "فدان و6 قراريط", Decimal("5251.01"), id="feddan-and-qirats"
    ),
    pytest.param(
        "بمساحة هكتار و20 مترا مربعا", "هكتار و20 مترا مربعا", Decimal("10020"), id="hectare-and-metres"
    ),
    pytest.param("على مساحة 6 قراريط فقط", "6 قراريط", Decimal("1050.18"), id="qirats-alone"),
    pytest.param(
        "على مساحة 3 أفدنة و6 قراريط", "3 أفدنة و6 قراريط", Decimal("13652.67"), id="counted-feddans"
    ),
    pytest.param("على مساحة هكتار و20 آرا، ويضم", "هكتار و20 آرا", Decimal("12000"), id="hectare-and-ares"),
    pytest.param(
        "على مساحة 3 هكتارات و45 آرا", "3 هكتارات و45 آرا", Decimal("34500"), id="hectares-and-ares"
    ),
    pytest.param("فوق قطعة أرضية مساحتها 80 آرا", "80 آرا", Decimal("8000"), id="ares-alone"),
]


@pytest.mark.parametrize(("sentence", "surface", "square_metres"), BARE_UNIT_AREAS)
def test_bare_unit_before_a_smaller_one(sentence: str, surface: str, square_metres: Decimal) -> None:
    (m,) = find_areas(sentence)
    assert (sentence[m.start : m.end], m.square_metres) == (surface, square_metres)


# Abbreviations that hold their scale (Tunisian press): "م د" a million dinars, "أ.د" a thousand.
SCALED_ABBREVIATIONS = [
    pytest.param("المنجز بكلفة 4,6 م د، والذي سيفتح", "4,6 م د", "4600000", "TND", id="million-dinar"),
    pytest.param("ومشروع محطة التطهير (21 م د) الذي", "21 م د", "21000000", "TND", id="in-brackets"),
    pytest.param("بكلفة ناهزت 850 أ.د، وهي تمتد", "850 أ.د", "850000", "TND", id="thousand-dinar"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "currency"), SCALED_ABBREVIATIONS)
def test_scaled_abbreviations(sentence: str, surface: str, value: str, currency: str) -> None:
    assert [(sentence[m.start : m.end], m.value, m.currency) for m in find_amounts(sentence)] == [
        (surface, Decimal(value), currency)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("وحضر أ.د محمد سامي عميد الكلية.", id="professor-title"),
        pytest.param("بطول 500 م داخل المدينة.", id="metres-before-a-word"),
    ],
)
def test_abbreviation_letters_alone_are_no_money(sentence: str) -> None:
    assert find_amounts(sentence) == []


# "ونصف" after an area adds half a unit; a unit alone before it is one and a half.
HALF_UNITS = [
    pytest.param("على مساحة فدانين ونصف.", "فدانين ونصف", Decimal("2.5") * FEDDAN, id="dual-and-a-half"),
    pytest.param("على مساحة فدان ونصف، بتكلفة", "فدان ونصف", Decimal("1.5") * FEDDAN, id="one-and-a-half"),
    pytest.param("على مساحة 3 أفدنة ونصف", "3 أفدنة ونصف", Decimal("3.5") * FEDDAN, id="counted-and-a-half"),
    pytest.param("بمساحة هكتار ونصف", "هكتار ونصف", Decimal("15000"), id="hectare-and-a-half"),
    # "ونصف" before a scale or a definite noun is a new quantity, not half a unit
    pytest.param("مساحة 3 أفدنة ونصف مليون متر", "3 أفدنة", 3 * FEDDAN, id="half-a-million-after"),
    pytest.param(
        "على مساحة 4 آلاف متر مربع ونصف المساحة", "4 آلاف متر مربع", Decimal("4000"), id="half-of-it"
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "square_metres"), HALF_UNITS)
def test_half_units(sentence: str, surface: str, square_metres: Decimal) -> None:
    (m,) = find_areas(sentence)
    assert (sentence[m.start : m.end], m.square_metres) == (surface, square_metres)


# After a word for a site's size a bare metre is a square metre, and two sides multiply;
# elsewhere a metre stays a length.
SITE_METRES = [
    pytest.param("على مساحة 1200 متر، فيما أكدت المحافظ", "1200 متر", Decimal(1200), id="bare-metre"),
    pytest.param(
        "أقيم على مساحة 1250 مترا، ويتسع لنحو 3 آلاف مصل", "1250 مترا", Decimal(1250), id="accusative"
    ),
    pytest.param("بمساحة إجمالية تقدر بـ 900 متر وبتكلفة", "900 متر", Decimal(900), id="fillers"),
    pytest.param("على قطعة أرض مساحتها 3 آلاف متر", "3 آلاف متر", Decimal(3000), id="scaled"),
    pytest.param(
        "بتكلفة 1.85 مليون جنيه، على مساحة 42 × 24 مترا، وذلك", "42 × 24 مترا", Decimal(1008), id="sides"
    ),
    pytest.param(
        "المبنى الإداري على مساحة 500 متر مسطح بتكلفة", "500 متر مسطح", Decimal(500), id="flat-metre"
    ),
    pytest.param(
        "ويضم مخزنا بمسطح 1200 متر مسطحا", "1200 متر مسطحا", Decimal(1200), id="flat-metre-accusative"
    ),
]


@pytest.mark.parametrize(("sentence", "surface", "square_metres"), SITE_METRES)
def test_metres_of_a_site_are_square(sentence: str, surface: str, square_metres: Decimal) -> None:
    found = find_areas(sentence)
    assert [(sentence[m.start : m.end], m.square_metres) for m in found] == [(surface, square_metres)]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("رصف الطريق بطول 1200 متر وعرض 24 مترا", id="length-and-width"),
        pytest.param("ويتكون من مجسرين بطول 1200 متر ونفق للمشاة", id="length"),
        pytest.param("خزان على مساحة الموقع بسعة 120 مترا مكعبا", id="cubic"),
        pytest.param("ورفع منسوب المياه 3 أمتار في المساحة المزروعة", id="metres-after-no-size-word"),
    ],
)
def test_metres_with_no_site_size_are_no_area(sentence: str) -> None:
    assert find_areas(sentence) == []


def test_a_length_after_a_site_word_stays_a_length() -> None:
    """Another measure word between "مساحة" and the metres makes them a length."""
    assert find_areas("وتضم مساحة الحديقة ممرا بطول 300 متر") == []


@pytest.mark.parametrize(
    ("sentence", "surface", "square_metres"),
    [
        pytest.param("المقام على مساحة فدان واحد بتكلفة 42 مليون جنيه", "فدان واحد", FEDDAN, id="one-feddan"),
        pytest.param("على مساحة هكتار واحد", "هكتار واحد", Decimal(10000), id="one-hectare"),
        pytest.param("على مساحة قيراط واحد", "قيراط واحد", QIRAT, id="one-qirat"),
    ],
)
def test_one_after_its_unit(sentence: str, surface: str, square_metres: Decimal) -> None:
    """Arabic puts the numeral "one" after its noun: "فدان واحد" is one feddan."""
    found = find_areas(sentence)
    assert [(sentence[m.start : m.end], m.square_metres) for m in found] == [(surface, square_metres)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param("بقيمة 640 ألف شيقل", "640000", id="shekel"),
        pytest.param("بكلفة مليوني شيكل", "2000000", id="shekel-k-dual"),
        pytest.param("كلف 3 ملايين شيقل جديد", "3000000", id="new-shekel"),
    ],
)
def test_shekels(sentence: str, value: str) -> None:
    found = find_amounts(sentence)
    assert [(m.value, m.currency) for m in found] == [(Decimal(value), "ILS")]
