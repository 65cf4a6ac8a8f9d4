"""A realistic synthetic news corpus for timing builds: articles as .jsonl records.

Each article is composed from sentence templates of the kinds government news
is made of — field visits, openings, foundation stones, appointments, committee
sessions, agreements and follow-ups — with officials whose names combine first
names (extract/data/first_names.txt) with family names, posts of ministries,
governorates (extract/data/places.txt) and bodies, projects named after places,
and varied costs, areas and percentages. No two articles are copies; the same
seed gives the same corpus. Names are general vocabulary, not real people.

    .venv/bin/python bench/gen_corpus.py 10000 --out /tmp/news-10k.jsonl --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "extract" / "data"

FAMILY = (
    "عبد الرحمن|السيد|الشريف|منصور|عبد الله|فؤاد|الجمال|البنا|رضوان|شاهين|النجار|عزت|الحسيني|"
    "سليمان|حجازي|زكي|عثمان|الفقي|القاضي|هلال|عبد العزيز|الدسوقي|بدوي|خليل|الشناوي|عبد الغني|"
    "الطوخي|مرسي|العشري|الزيات|عبد المجيد|الخولي|رمضان|سرور|الشافعي|حمدان|الجزار|عبد الباقي|"
    "الشاذلي|نوفل|الصاوي|درويش|قنديل|الأنصاري|عبد الستار|مبروك|الحداد|عبد الفتاح|البيومي|يونس"
).split("|")
HONORIFICS_M = ("اللواء", "الدكتور", "المهندس", "المستشار", "الأستاذ")
HONORIFICS_F = ("الدكتورة", "المهندسة", "المستشارة", "الأستاذة")
MINISTRIES = (
    "التنمية المحلية|الإسكان والمرافق والمجتمعات العمرانية|الصحة والسكان|التربية والتعليم|النقل|"
    "الكهرباء والطاقة المتجددة|الموارد المائية والري|الزراعة واستصلاح الأراضي|التضامن الاجتماعي|"
    "الشباب والرياضة|الاتصالات وتكنولوجيا المعلومات|التخطيط والتنمية الاقتصادية|البيئة|السياحة والآثار|"
    "الثقافة|التموين والتجارة الداخلية|المالية|الصناعة|التعليم العالي والبحث العلمي|البترول والثروة المعدنية"
).split("|")
DIRECTORATES = ("الصحة", "التربية والتعليم", "الشباب والرياضة", "الطرق", "الإسكان", "الزراعة", "التموين")
COMMITTEES = (
    "الخطة والموازنة",
    "الإسكان",
    "الصحة",
    "التعليم والبحث العلمي",
    "الزراعة والري",
    "النقل والمواصلات",
)
AUTHORITIES = (
    "الهيئة العامة للأبنية التعليمية|الهيئة القومية لمياه الشرب والصرف الصحي|الهيئة العامة للطرق والكباري|"
    "هيئة المجتمعات العمرانية الجديدة|الهيئة العامة للرعاية الصحية|جهاز تنظيم مرفق الكهرباء"
).split("|")
LENDERS = (
    "البنك الدولي",
    "البنك الأفريقي للتنمية",
    "الاتحاد الأوروبي",
    "الوكالة الفرنسية للتنمية",
    "البنك الإسلامي للتنمية",
)
VILLAGE_PARTS = (
    "الكوم|العزبة|النخيلة|الصالحية|الروضة|المنشية|البرشا|الحمام|الجزيرة|السلام|الشيخ زايد|البساتين|"
    "العوامية|الخيرية|الرحمانية|الفرستق|الحصوة|الصوامعة|الزهراء|النصر|الأمل|الحرية|المعصرة|الكرنك"
).split("|")
PROJECT_KINDS = (
    ("محطة مياه الشرب", "بقرية {v}"),
    ("محطة معالجة الصرف الصحي", "بقرية {v}"),
    ("مستشفى {g} العام", ""),
    ("مستشفى {v} المركزي", ""),
    ("مدرسة {v} الابتدائية", ""),
    ("مدرسة {v} الثانوية المشتركة", ""),
    ("كوبري {v}", ""),
    ("مركز شباب {v}", ""),
    ("الوحدة الصحية بقرية {v}", ""),
    ("مجمع خدمات {v}", ""),
    ("سوق {v} الحضاري", ""),
    ("ممشى {v} السياحي", ""),
)
TOPICS = (
    "رفع كفاءة الخدمات المقدمة للمواطنين",
    "الانتهاء من المشروعات في توقيتاتها المحددة",
    "تحسين جودة الحياة في القرى الأكثر احتياجا",
    "تطوير منظومة الرعاية الصحية",
    "دعم خطة الدولة للتنمية المستدامة",
)


def _lines(name: str) -> list[str]:
    rows = (line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines())
    return [r for r in rows if r[0].strip() and not r[0].startswith("#")]


class Corpus:
    """Draws people, posts and projects from fixed pools, so entities recur across articles."""

    def __init__(self, seed: int, people: int = 4000) -> None:
        self.rng = random.Random(seed)
        self.known: dict[str, tuple[str, int]] = {}
        firsts = [r[0].strip() for r in _lines("first_names.txt")]
        self.governorates = [r[0] for r in _lines("places.txt") if len(r) > 1 and r[1] == "governorate"]
        rng = self.rng
        self.people = sorted(
            {f"{rng.choice(firsts)} {rng.choice(firsts)} {rng.choice(FAMILY)}" for _ in range(people)}
        )
        rng.shuffle(self.people)

    def person(self) -> tuple[str, str]:
        """(honorific, full name); a skewed draw, so some officials are in many articles."""
        i = int(len(self.people) * self.rng.random() ** 2)
        return self.rng.choice(HONORIFICS_M), self.people[i]

    def money(self) -> tuple[str, str]:
        n = self.rng.choice((3, 7, 12, 14.5, 25, 40, 85, 120, 250, 430, 600, 1200)) * self.rng.choice(
            (1, 1, 2, 3)
        )
        unit = "مليار" if n >= 1000 else "مليون"
        value = n / 1000 if n >= 1000 else n
        text = f"{value:g}"
        return f"{text} {unit} جنيه", text

    def figures(self, project: str) -> tuple[str, int]:
        """Cost and area of a project: the same in most reports of it, revised now and then."""
        known = self.known.get(project)
        if known is None or self.rng.random() < 0.1:
            area = (
                self.rng.choice((800, 1200, 2500, 3500, 5000, 7140, 12000, 18000))
                + self.rng.randint(0, 9) * 10
            )
            known = self.known[project] = (self.money()[0], area)
        return known

    def project(self, gov: str) -> str:
        head, tail = self.rng.choice(PROJECT_KINDS)
        village = self.rng.choice(VILLAGE_PARTS)
        name = head.format(v=village, g=gov)
        return f"{name} {tail.format(v=village)}".strip()

    def article(self, n: int) -> dict[str, str]:
        rng = self.rng
        gov = rng.choice(self.governorates)
        ministry = rng.choice(MINISTRIES)
        governor, deputy, minister, head = (self.person() for _ in range(4))
        projects = [self.project(gov) for _ in range(rng.randint(1, 3))]
        cost, area = self.figures(projects[0])
        pct = rng.randint(35, 98)
        opening = rng.choice(
            [
                f"تفقد {governor[0]} {governor[1]}، محافظ {gov}، أعمال إنشاء {projects[0]}، بتكلفة {cost}، "
                f"وعلى مساحة {area} متر مربع، يرافقه {deputy[0]} {deputy[1]}، نائب محافظ {gov}.",
                f"افتتح {minister[0]} {minister[1]}، وزير {ministry}، "
                f"و{governor[0]} {governor[1]}، محافظ {gov}، "
                f"{projects[0]} بتكلفة {cost}، وذلك بحضور {deputy[0]} {deputy[1]}، نائب محافظ {gov}.",
                f"وضع {governor[0]} {governor[1]}، محافظ {gov}، حجر الأساس لمشروع {projects[0]}، "
                f"على مساحة {area} متر مربع وبتكلفة {cost}.",
                f"أصدر {minister[0]} {minister[1]}، وزير {ministry}، قرارا بتعيين {head[0]} {head[1]} "
                f"مديرا لمديرية {rng.choice(DIRECTORATES)} بمحافظة {gov}، خلفا لمديرها السابق.",
                f"ترأس {head[0]} {head[1]}، رئيس لجنة {rng.choice(COMMITTEES)} بمجلس النواب، اجتماع اللجنة "
                f"لمناقشة طلبات الإحاطة المقدمة بشأن {projects[0]} بمحافظة {gov}.",
                f"وقع {minister[0]} {minister[1]}، وزير {ministry}، اتفاقية منحة مع {rng.choice(LENDERS)} "
                f"بقيمة {rng.choice((15, 40, 75, 120))} مليون دولار لتمويل {projects[0]}.",
            ]
        )
        body = [opening]
        pool = [
            f"وأوضح محافظ {gov} أن المشروع يخدم نحو {rng.randint(5, 90)} ألف نسمة، ويأتي في إطار "
            f"{rng.choice(TOPICS)}.",
            f"وتابع {deputy[0]} {deputy[1]}، نائب محافظ {gov}، معدلات التنفيذ في {projects[-1]}، "
            f"مشيرا إلى أن نسبة الإنجاز بلغت {pct}%.",
            f"ومن جانبه، أكد {head[0]} {head[1]}، رئيس {rng.choice(AUTHORITIES)}، أن الهيئة تتابع الأعمال "
            f"بشكل يومي.",
            f"كما اعتمد وزير {ministry} المخطط العام لمشروع {projects[-1]} على مساحة {area * 2} متر مربع.",
            f"وأطلق المحافظ مبادرة لتشجير الطرق الرئيسية بمحافظة {gov} بمشاركة {rng.randint(50, 900)} "
            f"من شباب المتطوعين.",
            f"وشدد الوزير على {rng.choice(TOPICS)}، ووجه بسرعة الانتهاء من الأعمال قبل نهاية العام المالي.",
            f"وتضمنت الجولة تفقد {projects[-1]}، الذي تبلغ تكلفته {self.figures(projects[-1])[0]}.",
            f"واستمع المحافظ إلى شرح من مسؤولي التنفيذ حول مراحل العمل في {projects[0]}، والجدول الزمني "
            f"المقرر للانتهاء منه خلال {rng.randint(3, 18)} شهرا.",
            f"وأشار {minister[0]} {minister[1]}، وزير {ministry}، إلى أن الدولة ضخت استثمارات تتجاوز "
            f"{rng.randint(2, 60)} مليار جنيه في قطاع {rng.choice(DIRECTORATES)} خلال السنوات الأخيرة.",
            f"وفي ختام الجولة، التقى المحافظ عددا من أهالي قرية {rng.choice(VILLAGE_PARTS)} واستمع إلى "
            f"مطالبهم، ووجه بحلها في أسرع وقت.",
        ]
        body += rng.sample(pool, rng.randint(3, 7))
        day = date(2018, 1, 1) + timedelta(days=rng.randint(0, 8 * 365))
        return {
            "id": f"news-{n:06d}",
            "title": opening.split("،")[0],
            "date": day.isoformat(),
            "text": "\n".join(body),
        }


def generate(count: int, seed: int = 7, start: int = 0) -> Iterator[dict[str, str]]:
    """`count` articles numbered from `start`; the same (count, seed, start) gives the same records."""
    corpus = Corpus(seed)
    for n in range(start + count):
        record = corpus.article(n)
        if n >= start:
            yield record


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("count", type=int, help="number of articles")
    p.add_argument("--out", type=Path, help="output .jsonl (default standard output)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--start", type=int, default=0, help="first article number (to make a batch of new ones)")
    args = p.parse_args(argv)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    with out:
        for record in generate(args.count, args.seed, args.start):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
