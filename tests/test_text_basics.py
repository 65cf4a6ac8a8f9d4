"""Folding with offsets, sentence splitting and tokens: the layer every extractor stands on."""

from __future__ import annotations

import pytest

from extract.normalize import fold, fold_with_offsets
from extract.sentences import split_sentences
from extract.tokens import clitic_readings, tokenize


@pytest.mark.parametrize(
    "text, folded",
    [
        ("أحمد إبراهيم آمال", "احمد ابراهيم امال"),
        ("مصطفى", "مصطفي"),
        ("محافظة", "محافظه"),
        ("جنيهًا", "جنيها"),
        ("إيذاناً", "ايذانا"),
        ("الـــوزير", "الوزير"),
        ("١٨ مليون", "18 مليون"),
        ("المسؤول والمسئول", "المسوول والمسيول"),
        ("«حياة»، (جديدة)", "حياه جديده"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["تفقّد الوزيـــر المشروعَ بتكلفة ١٨ مليون جنيهًا", "", "abc ١٢٣", "ـــ"])
def test_folded_offsets_point_back_to_the_original(text: str) -> None:
    f = fold_with_offsets(text)
    assert len(f.offsets) == len(f.text)
    for i, ch in enumerate(f.text):
        original = text[f.offsets[i]]
        assert fold(original) in (ch, "") or original.isspace()


def test_a_span_of_folded_text_maps_to_the_original_words() -> None:
    text = "تفقّد الوزيـــر المشروع"
    f = fold_with_offsets(text)
    start = f.text.index("الوزير")
    s, e = f.to_original(start, start + len("الوزير"))
    assert text[s:e] == "الوزيـــر"


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("تفقد الوزير المشروع. وأكد أهميته.", ["تفقد الوزير المشروع.", "وأكد أهميته."]),
        ("بتكلفة 1.20 مليون جنيه. انتهى", ["بتكلفة 1.20 مليون جنيه.", "انتهى"]),
        ("عنوان الخبر\nنص الخبر الأول", ["عنوان الخبر", "نص الخبر الأول"]),
        ("ألقى د. حسن سالم كلمة؟ نعم!", ["ألقى د. حسن سالم كلمة؟", "نعم!"]),
        ("وضع اللواء أ.ح. ماهر سليم حجر الأساس. وأكد", ["وضع اللواء أ.ح. ماهر سليم حجر الأساس.", "وأكد"]),
        ("   ", []),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    "word, reading",
    [
        ("وبمحافظة", ("وب", "محافظة")),
        ("للمحافظة", ("لل", "المحافظة")),
        ("للجنة", ("ل", "اللجنة")),
        ("والدكتور", ("و", "الدكتور")),
        ("لوزير", ("ل", "وزير")),
    ],
)
def test_clitic_readings(word: str, reading: tuple[str, str]) -> None:
    assert (reading[0], fold(reading[1])) in clitic_readings(fold(word))


def test_tokens_keep_numbers_whole() -> None:
    words = [t.text for t in tokenize("بتكلفة 1,250,000 جنيه و 1.5 مليون")]
    assert words == ["بتكلفة", "1,250,000", "جنيه", "و", "1.5", "مليون"]
