"""Time find_amounts + find_areas over ~1 MB of synthetic Arabic news text.

Run: .venv/bin/python bench/bench_money.py [MEGABYTES]
Prints the throughput in MB/s (UTF-8 bytes of input per second of wall time)
and the number of matches, so a regression in either shows at a glance.
"""

from __future__ import annotations

import random
import sys
import time

from extract.money import find_amounts, find_areas
from extract.normalize import fold_with_offsets

_SENTENCES = (
    "تفقد المحافظ أعمال تطوير المستشفى العام بتكلفة 47 مليون جنيه، والذي يقع على مساحة 116م2.",
    "وأشار إلى أن المشروع يضم 106 شبابيك لخدمة 785 مواطنا يوميا، ونسبة الإنجاز 97%.",
    "وتبلغ التكلفة الإجمالية 3 ملايين و916 ألف جنيه على مساحة 7140 مترا مربعا.",
    "وأكد أن المحطة مقامة على مساحة 2.5 فدان بطاقة 300 لتر في الثانية وبتكلفة ١٨ مليون جنيه.",
    "وخصصت الدولة مليار و200 مليون جنيه لتطوير الطرق بطول 8 كيلومترات خلال 60 يوما.",
    "وقدم البنك الدولي قرضا بقيمة 500 مليون دولار أمريكي لدعم برامج الصرف الصحي في القرى.",
    "ويستوعب المبنى 120 سريرا، ويخدم نحو 3 ملايين نسمة من أهالي المراكز المجاورة عام 2024.",
    "كما وافق المجلس على تخصيص قطعة أرض مساحتها فدانين لإقامة مدرسة بتكلفة خمسة ملايين جنيه.",
    "واستعرض الوزير موقف المشروعات الجارية في القرار رقم 22 لسنة 2023 بشأن تنظيم العمل.",
)


def synthetic_text(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    target = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    while size < target:
        s = rng.choice(_SENTENCES)
        parts.append(s)
        size += len(s.encode("utf-8")) + 1
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    megabytes = float(argv[0]) if argv else 1.0
    text = synthetic_text(megabytes)
    size_mb = len(text.encode("utf-8")) / 1_000_000
    find_amounts("بتكلفة 47 مليون جنيه على مساحة 116م2")  # compile the patterns first
    find_areas("بتكلفة 47 مليون جنيه على مساحة 116م2")
    t0 = time.perf_counter()
    amounts = find_amounts(text)
    t1 = time.perf_counter()
    areas = find_areas(text)
    t2 = time.perf_counter()
    print(f"input: {size_mb:.2f} MB, {len(text):,} characters")
    print(f"find_amounts: {t1 - t0:.3f} s, {size_mb / (t1 - t0):.2f} MB/s, {len(amounts):,} amounts")
    print(f"find_areas:   {t2 - t1:.3f} s, {size_mb / (t2 - t1):.2f} MB/s, {len(areas):,} areas")
    print(f"both:         {t2 - t0:.3f} s, {size_mb / (t2 - t0):.2f} MB/s (one fold, shared)")
    t3 = time.perf_counter()
    folded = fold_with_offsets(text)
    t4 = time.perf_counter()
    find_amounts(text, folded=folded)
    find_areas(text, folded=folded)
    t5 = time.perf_counter()
    print(f"of which fold_with_offsets: {t4 - t3:.3f} s; matching alone: {size_mb / (t5 - t4):.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
