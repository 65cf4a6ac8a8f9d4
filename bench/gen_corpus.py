"""A realistic synthetic news corpus for timing builds: articles as .jsonl records.

Years of real government news mention thousands of bodies — each governorate's
centres and cities, their villages' local units, directorates, universities and
their faculties, ministries and their sectors, authorities, companies,
parliamentary committees — and each post is held by one person at a time, for a
few years. A corpus whose 100,000 articles name a hundred institutions, each
with hundreds of "governors", makes every selective query look unselective.

So the generator first lays out a *world* (governorates from
extract/data/places.txt, their centres below, villages and companies with
composed names, posts with successive holders whose names combine first names
from extract/data/first_names.txt with family names) and then writes articles
about it: field visits, openings, foundation stones, appointments, committee
sessions, grant agreements, university and company news, follow-ups. An
article has a date; the officials it names are the ones in post that day. A
project keeps its cost and area across reports (revised now and then, as in
real news). The same seed gives the same corpus; names are general vocabulary,
not real people.

    .venv/bin/python bench/gen_corpus.py 10000 --out /tmp/news-10k.jsonl --seed 7
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "extract" / "data"
FIRST_DAY, DAYS = date(2018, 1, 1), 8 * 365


def _split(text: str) -> list[str]:
    return [w.strip() for w in text.split("|") if w.strip()]


FAMILY = _split(
    "عبد الرحمن|السيد|الشريف|منصور|عبد الله|فؤاد|الجمال|البنا|رضوان|شاهين|النجار|عزت|الحسيني|"
    "سليمان|حجازي|زكي|عثمان|الفقي|القاضي|هلال|عبد العزيز|الدسوقي|بدوي|خليل|الشناوي|عبد الغني|"
    "الطوخي|مرسي|العشري|الزيات|عبد المجيد|الخولي|رمضان|سرور|الشافعي|حمدان|الجزار|عبد الباقي|"
    "الشاذلي|نوفل|الصاوي|درويش|قنديل|الأنصاري|عبد الستار|مبروك|الحداد|عبد الفتاح|البيومي|يونس|"
    "المنشاوي|الغمري|العطار|الصيرفي|الحلواني|البحيري|السقا|الشرقاوي|المغربي|الفيومي|الصعيدي|"
    "أبو زيد|أبو العلا|أبو الخير|عبد الحميد|عبد الجواد|عبد اللطيف|عبد الهادي|عبد الوهاب|عبد المنعم|"
    "الليثي|القناوي|السنباطي|الدمرداش|الطحاوي|العدوي|الكومي|المرصفي|النمر|الهواري|الورداني|بركات|"
    "جاد|حسنين|خطاب|دياب|راشد|زهران|سالم|شلبي|صبري|طلبة|عامر|غنيم|فرج|قاسم|كامل|لطفي|مجاهد|"
    "نصار|هيكل|وهبة|ياسين|الجندي|الحناوي|الدالي|الرفاعي|الزغبي|السباعي|الشيمي|الطنطاوي|العربي"
)
HONORIFICS = ("اللواء", "الدكتور", "المهندس", "المستشار", "الأستاذ", "الدكتور المهندس", "المحاسب")
HONORIFICS_F = ("الدكتورة", "المهندسة", "المستشارة", "الأستاذة")
# Centres (مراكز) of each Egyptian governorate: general geography, a handful each.
CENTRES = {
    "القاهرة": "حلوان|المعادي|مدينة نصر|مصر الجديدة|شبرا|عين شمس|المطرية|المرج|الزيتون|السلام",
    "الجيزة": "إمبابة|أوسيم|كرداسة|أبو النمرس|الحوامدية|البدرشين|العياط|الصف|أطفيح|الواحات البحرية",
    "الإسكندرية": "برج العرب|العامرية|المنتزه|سيدي جابر|الجمرك|العجمي",
    "القليوبية": "بنها|قليوب|الخانكة|القناطر الخيرية|طوخ|شبين القناطر|كفر شكر|قها|الخصوص",
    "الشرقية": "الزقازيق|بلبيس|منيا القمح|أبو حماد|فاقوس|ههيا|الحسينية|كفر صقر|ديرب نجم|أبو كبير|الإبراهيمية",
    "الدقهلية": "المنصورة|طلخا|ميت غمر|السنبلاوين|أجا|دكرنس|بلقاس|شربين|المنزلة|بني عبيد|منية النصر",
    "الغربية": "طنطا|المحلة الكبرى|كفر الزيات|زفتى|السنطة|سمنود|قطور|بسيون",
    "المنوفية": "شبين الكوم|منوف|أشمون|قويسنا|الباجور|بركة السبع|تلا|الشهداء|سرس الليان",
    "البحيرة": "دمنهور|كفر الدوار|إيتاي البارود|أبو حمص|إدكو|كوم حمادة|الدلنجات|حوش عيسى|المحمودية|شبراخيت",
    "كفر الشيخ": "دسوق|فوه|بيلا|سيدي سالم|الحامول|بلطيم|مطوبس|قلين|الرياض",
    "دمياط": "فارسكور|كفر سعد|كفر البطيخ|الزرقا|عزبة البرج",
    "بورسعيد": "بورفؤاد|الضواحي|الزهور|العرب|المناخ",
    "الإسماعيلية": "فايد|القنطرة شرق|القنطرة غرب|التل الكبير|أبو صوير|القصاصين",
    "السويس": "الأربعين|عتاقة|الجناين|فيصل",
    "الفيوم": "سنورس|إطسا|طامية|يوسف الصديق|أبشواي",
    "بني سويف": "الواسطى|ناصر|إهناسيا|ببا|الفشن|سمسطا",
    "المنيا": "ملوي|مطاي|بني مزار|سمالوط|أبو قرقاص|دير مواس|مغاغة|العدوة",
    "أسيوط": "ديروط|القوصية|منفلوط|أبنوب|الفتح|ساحل سليم|البداري|صدفا|الغنايم|أبو تيج",
    "سوهاج": "طهطا|طما|جهينة|المراغة|أخميم|ساقلتة|المنشاة|جرجا|البلينا|دار السلام",
    "قنا": "نجع حمادي|دشنا|الوقف|قفط|قوص|نقادة|فرشوط|أبو تشت",
    "الأقصر": "إسنا|أرمنت|الطود|البياضية|القرنة",
    "أسوان": "كوم أمبو|إدفو|دراو|نصر النوبة|كلابشة",
    "البحر الأحمر": "الغردقة|رأس غارب|سفاجا|القصير|مرسى علم|الشلاتين",
    "الوادي الجديد": "الخارجة|الداخلة|الفرافرة|باريس|بلاط",
    "مطروح": "الحمام|العلمين|الضبعة|سيدي براني|السلوم|سيوة",
    "شمال سيناء": "العريش|الشيخ زويد|رفح|بئر العبد|الحسنة|نخل",
    "جنوب سيناء": "شرم الشيخ|دهب|نويبع|طابا|سانت كاترين|أبو رديس|الطور",
}
VILLAGE_HEADS = _split("كفر|منشأة|عزبة|نزلة|دير|بني|كوم|تل|ساحل|جزيرة|منية|برك|الشيخ|أبو|نجع")
VILLAGE_TAILS = _split(
    "الحمام|الشريف|النخيلة|الصالحية|الروضة|البرشا|الجزيرة|السلام|البساتين|العوامية|الخيرية|"
    "الفرستق|الحصوة|الصوامعة|الزهراء|النصر|الأمل|الحرية|المعصرة|الكرنك|الأشراف|الحاج علي|سعد|"
    "عطية|سليم|حسن|عمر|منصور|الديب|الجمال|العرب|الغربي|الشرقي|القبلي|البحري|الجديد|الكبير|الصغير|"
    "الزهور|النور|الشهيد|العمدة|الأمير|الباشا|المحطة|الترعة|الرمل|الحجر|الوسطاني|البلد|الشيخ عيسى"
)
DIRECTORATES = _split(
    "الصحة|التربية والتعليم|الشباب والرياضة|الطرق|الإسكان|الزراعة|التموين|الطب البيطري|الأوقاف|"
    "التضامن الاجتماعي|العمل|الثقافة|السياحة|الري|الطب الوقائي"
)
MINISTRIES = {
    "التنمية المحلية": "التنمية المحلية|المتابعة|التفتيش|الموارد",
    "الإسكان والمرافق والمجتمعات العمرانية": "المرافق|الإسكان الاجتماعي|التخطيط العمراني|مياه الشرب",
    "الصحة والسكان": "الطب العلاجي|الرعاية الأساسية|الطب الوقائي|المستشفيات|الصيدلة",
    "التربية والتعليم": "التعليم العام|التعليم الفني|الأبنية التعليمية|التطوير التكنولوجي",
    "النقل": "الطرق|السكك الحديدية|النقل النهري|الموانئ البرية",
    "الكهرباء والطاقة المتجددة": "التوزيع|النقل|الطاقة الجديدة|التخطيط",
    "الموارد المائية والري": "الري|الصرف|المياه الجوفية|حماية الشواطئ",
    "الزراعة واستصلاح الأراضي": "الإرشاد الزراعي|الثروة الحيوانية|الخدمات الزراعية|الاستصلاح",
    "التضامن الاجتماعي": "الحماية الاجتماعية|الرعاية|التنمية المجتمعية",
    "الشباب والرياضة": "الشباب|الرياضة|المنشآت",
    "الاتصالات وتكنولوجيا المعلومات": "البنية المعلوماتية|التحول الرقمي|الخدمات البريدية",
    "التخطيط والتنمية الاقتصادية": "الاستثمارات|المتابعة|التنمية الإقليمية",
    "البيئة": "نوعية البيئة|المحميات|المخلفات",
    "السياحة والآثار": "المشروعات|الآثار المصرية|المتاحف",
    "الثقافة": "قصور الثقافة|الفنون|الكتاب",
    "التموين والتجارة الداخلية": "التجارة الداخلية|الرقابة|المخابز",
    "المالية": "الموازنة|الحسابات الختامية|الخزانة",
    "التعليم العالي والبحث العلمي": "الجامعات|البحث العلمي|المعاهد الخاصة",
    "البترول والثروة المعدنية": "الغاز|الثروة المعدنية|التكرير",
}
AUTHORITIES = _split(
    "الهيئة العامة للأبنية التعليمية|الهيئة القومية لمياه الشرب والصرف الصحي|الهيئة العامة للطرق والكباري|"
    "هيئة المجتمعات العمرانية الجديدة|الهيئة العامة للرعاية الصحية|الهيئة العامة لتعليم الكبار|"
    "الهيئة العامة للتخطيط العمراني|الهيئة المصرية العامة للمساحة|الهيئة العامة للسلع التموينية"
)
UNIVERSITIES = _split(
    "القاهرة|عين شمس|الإسكندرية|حلوان|بنها|المنصورة|الزقازيق|طنطا|أسيوط|جنوب الوادي|قناة السويس|"
    "المنوفية|كفر الشيخ|دمنهور|سوهاج|المنيا|بني سويف|الفيوم|أسوان|بورسعيد|دمياط|مدينة السادات|العريش|"
    "الأقصر|مطروح|الوادي الجديد|الأزهر"
)
FACULTIES = _split(
    "الطب|الهندسة|الزراعة|التجارة|الحقوق|الآداب|العلوم|التربية|الصيدلة|طب الأسنان|التمريض|"
    "الحاسبات والمعلومات|التربية النوعية|الطب البيطري|الخدمة الاجتماعية"
)
COMMITTEES = _split(
    "الخطة والموازنة|الإسكان|الصحة|التعليم والبحث العلمي|الزراعة والري|النقل والمواصلات|الإدارة المحلية|"
    "الشؤون الاقتصادية|الطاقة والبيئة|الشباب والرياضة|الصناعة|السياحة والطيران المدني|التضامن الاجتماعي"
)
COMPANY_ACTIVITIES = _split(
    "المقاولات|المقاولات العامة|الإنشاءات|التوريدات|الاستثمار العقاري|الطرق والكباري|الأعمال الكهربائية|"
    "الأعمال المدنية|التنمية العمرانية|الهندسة والإنشاء|المياه والصرف|الخدمات البيئية"
)
COMPANY_BRANDS = FAMILY[:60] + _split(
    "النصر|الدلتا|الوادي|النيل|الأهرام|الصعيد|القناة|الفتح|المستقبل|الريادة"
)
LENDERS = _split(
    "البنك الدولي|البنك الأفريقي للتنمية|الاتحاد الأوروبي|الوكالة الفرنسية للتنمية|البنك الإسلامي للتنمية|"
    "الوكالة اليابانية للتعاون الدولي|الصندوق العربي للإنماء الاقتصادي والاجتماعي"
)
CANALS = _split(
    "الإبراهيمية|المحمودية|الباجورية|السلام|البحر اليوسفي|الشرقاوية|الإسماعيلية|بحر مويس|الرياح التوفيقي"
)
# Project names from a centre {c}, a village {v}, a canal {t}; each name has one cost.
PROJECT_KINDS = (
    "محطة مياه الشرب بقرية {v}",
    "محطة معالجة الصرف الصحي بقرية {v}",
    "شبكة الصرف الصحي بقرية {v}",
    "مستشفى {c} المركزي",
    "الوحدة الصحية بقرية {v}",
    "مدرسة {v} الابتدائية",
    "مدرسة {v} الإعدادية المشتركة",
    "مدرسة {c} الثانوية الصناعية",
    "كوبري {v} على ترعة {t}",
    "مركز شباب {v}",
    "مجمع خدمات {v}",
    "سوق {c} الحضاري",
    "ممشى {c} السياحي",
    "رصف طريق {c} - {v}",
    "تطوير شبكة الكهرباء بقرية {v}",
    "مبنى مجلس مدينة {c}",
    "مخبز {v} الآلي",
    "مكتبة {c} العامة",
    "ملعب {v} الخماسي",
    "تبطين ترعة {t} بزمام قرية {v}",
    "مجزر {c} الآلي",
    "المركز التكنولوجي لخدمة المواطنين بمدينة {c}",
    "مستودع البوتاجاز بقرية {v}",
    "موقف {c} الجديد",
)
PROGRAMMES = (
    "برنامج تطوير الصرف الصحي الريفي بمحافظة {g}",
    "مشروع تحسين جودة مياه الشرب بمحافظة {g}",
    "برنامج التنمية المحلية بمحافظة {g}",
    "مشروع تطوير منظومة المخلفات الصلبة بمحافظة {g}",
)
CAMPUS_KINDS = ("مبنى كلية {f} بجامعة {u}", "مستشفى جامعة {u} التخصصي", "مبنى المدينة الجامعية بجامعة {u}")
TOPICS = _split(
    "رفع كفاءة الخدمات المقدمة للمواطنين|الانتهاء من المشروعات في توقيتاتها المحددة|"
    "تحسين جودة الحياة في القرى الأكثر احتياجا|تطوير منظومة الرعاية الصحية|"
    "دعم خطة الدولة للتنمية المستدامة|المبادرة الرئاسية حياة كريمة|تقنين أوضاع أراضي الدولة|"
    "التصدي لمخالفات البناء|توفير فرص عمل لشباب المحافظة|تطوير منظومة النظافة"
)


def _lines(name: str) -> list[list[str]]:
    rows = (line.split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines())
    return [r for r in rows if r[0].strip() and not r[0].startswith("#")]


def _amount(rng: random.Random, centre: float, spread: float, currency: str = "جنيه") -> str:
    """A cost spelled as news spells it: "850 ألف جنيه", "12.5 مليون جنيه", "1.25 مليار جنيه".

    Log-normal around 10**centre: most local projects cost a few million to a few
    hundred million pounds, a billion-pound one is rare — so the costliest projects
    seldom share a figure, as in real reports.
    """
    value = 10 ** min(max(rng.gauss(centre, spread), 5.3), 9.7)
    if value >= 1e9:
        return f"{round(value / 1e9, 2):g} مليار {currency}"
    if value >= 1e8:
        return f"{round(value / 1e6):g} مليون {currency}"
    if value >= 1e6:
        return f"{round(value / 1e6, 1):g} مليون {currency}"
    return f"{round(value / 1e3):g} ألف {currency}"


@dataclass(slots=True)
class Post:
    """A post (its role phrase as news writes it) and its holders over time: (first day, person)."""

    role: str
    holders: list[tuple[int, tuple[str, str]]] = field(default_factory=list)


@dataclass(slots=True)
class Project:
    name: str
    cost: str
    area: int | None


@dataclass(slots=True)
class Centre:
    governorate: str
    name: str
    villages: list[str]


class World:
    """Institutions, posts with successive holders, and projects with fixed figures, drawn lazily."""

    def __init__(self, seed: int) -> None:
        self.rng = rng = random.Random(seed)
        self.firsts = [r[0].strip() for r in _lines("first_names.txt")]
        self.fathers = [f for f in self.firsts if not f.endswith(("ة", "اء", "ى"))]
        known = {r[0] for r in _lines("places.txt") if len(r) > 1 and r[1] == "governorate"}
        self.governorates = [g for g in CENTRES if g in known] or sorted(known)
        self.centres: list[Centre] = []
        tails = VILLAGE_TAILS + FAMILY
        for gov in self.governorates:
            seen: set[str] = set()  # village names recur across governorates, as in the real country
            for name in _split(CENTRES.get(gov, gov)):
                villages = []
                for _ in range(rng.randint(12, 30)):
                    v = f"{rng.choice(VILLAGE_HEADS)} {rng.choice(tails)}"
                    if v not in seen:
                        seen.add(v)
                        villages.append(v)
                self.centres.append(Centre(gov, name, villages))
        self.companies = sorted({f"شركة {b} لل{a}" for b in COMPANY_BRANDS for a in COMPANY_ACTIVITIES})
        rng.shuffle(self.companies)
        self.posts: dict[str, Post] = {}
        self.people: list[tuple[str, str]] = []
        self.names: set[str] = set()
        self.projects: dict[str, Project] = {}
        self.local: dict[str, list[str]] = {}  # centre or university → its projects' names

    # -- people and posts ----------------------------------------------------------
    def _person(self) -> tuple[str, str]:
        rng = self.rng
        if self.people and rng.random() < 0.08:  # a transfer or promotion: someone already in office
            return rng.choice(self.people)
        while True:
            first = rng.choice(self.firsts)
            name = f"{first} {rng.choice(self.fathers)} {rng.choice(FAMILY)}"
            if name not in self.names:
                break
        self.names.add(name)
        person = (rng.choice(HONORIFICS_F if first.endswith("ة") else HONORIFICS), name)
        self.people.append(person)
        return person

    def holder(self, role: str, day: int) -> tuple[str, str]:
        """The holder of post `role` on `day` (days since FIRST_DAY); terms of one to five years."""
        post = self.posts.get(role)
        if post is None:
            post = self.posts[role] = Post(role)
            start = -self.rng.randint(0, 4 * 365)
            while start <= DAYS:
                post.holders.append((start, self._person()))
                start += self.rng.randint(365, 5 * 365)
        current = post.holders[0][1]
        for first, person in post.holders:
            if first > day:
                break
            current = person
        return current

    def predecessor(self, role: str, day: int) -> tuple[str, str] | None:
        self.holder(role, day)
        earlier = [p for first, p in self.posts[role].holders if first <= day]
        return earlier[-2] if len(earlier) > 1 else None

    # -- projects ------------------------------------------------------------------
    def project(
        self,
        place: str,
        make: Callable[[], str],
        centre: float = 7.2,
        spread: float = 0.75,
        currency: str = "جنيه",
    ) -> Project:
        """A project of `place`: often one reported before, with its figures; now and then a revised cost."""
        rng = self.rng
        names = self.local.setdefault(place, [])
        if names and rng.random() < 0.5:
            proj = self.projects[rng.choice(names)]
            if rng.random() < 0.03:
                proj.cost = _amount(rng, centre, spread, currency)
            return proj
        name = make()
        proj = self.projects.get(name)
        if proj is None:
            area = rng.choice((None, None, 600, 1200, 2500, 3500, 5000, 7140, 12000, 18000, 42000))
            area = area + rng.randint(0, 40) * 10 if area else None
            proj = self.projects[name] = Project(name, _amount(rng, centre, spread, currency), area)
            names.append(name)
        return proj


def _to(noun: str) -> str:
    """The preposition ل joined to a noun: "للتخطيط" for "التخطيط", "لمياه" for "مياه"."""
    return f"لل{noun[2:]}" if noun.startswith("ال") else f"ل{noun}"


def _said(rng: random.Random) -> str:
    return rng.choice(("وأكد", "وأوضح", "وأشار", "وقال", "ومن جانبه، أكد", "وأضاف"))


# Kinds of article and how often each comes (local news first, as in governorate press offices).
KINDS = ("visit", "opening", "stone", "appoint", "committee", "grant", "university", "company", "ministry")
KIND_WEIGHTS = (30, 12, 8, 10, 6, 4, 10, 6, 14)


class Writer:
    """Composes one article about the world on a given day."""

    def __init__(self, world: World) -> None:
        self.w = world
        self.rng = world.rng

    def who(self, role: str, day: int) -> str:
        honorific, name = self.w.holder(role, day)
        return f"{honorific} {name}، {role}،"

    def article(self, n: int) -> dict[str, str]:
        rng = self.rng
        day = rng.randint(0, DAYS - 1)
        kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
        sentences = getattr(self, f"_{kind}")(day)
        return {
            "id": f"news-{n:06d}",
            "title": sentences[0].split("،")[0],
            "date": (FIRST_DAY + timedelta(days=day)).isoformat(),
            "text": "\n".join(sentences),
        }

    # -- local news: a governorate, one of its centres, a village -------------------
    def _place(self) -> tuple[Centre, str]:
        c = self.rng.choice(self.w.centres)
        return c, self.rng.choice(c.villages)

    def _local_project(self, c: Centre, v: str) -> Project:
        rng = self.rng

        def make() -> str:
            return rng.choice(PROJECT_KINDS).format(c=c.name, v=v, t=rng.choice(CANALS))

        return self.w.project(c.name, make)

    def _local_body(self, c: Centre, v: str, p: Project, day: int) -> list[str]:
        rng, gov = self.rng, c.governorate
        directorate = rng.choice(DIRECTORATES)
        pool = [
            f"{_said(rng)} {self.who(f'رئيس مركز ومدينة {c.name} بمحافظة {gov}', day)} أن نسبة التنفيذ في "
            f"{p.name} بلغت {rng.randint(35, 98)}%.",
            f"{_said(rng)} {self.who(f'رئيس الوحدة المحلية لقرية {v} التابعة لمركز ومدينة {c.name}', day)} "
            f"أن رفع المخلفات من شوارع القرية يتم بشكل يومي.",
            f"{_said(rng)} {self.who(f'مدير مديرية {directorate} بمحافظة {gov}', day)} أن المديرية "
            f"تتابع {rng.choice(TOPICS)}.",
            f"{_said(rng)} {self.who(f'وكيل وزارة {directorate} ب{gov}', day)} أن العمل يجري "
            f"على مدار الساعة.",
            f"وأوضح محافظ {gov} أن المشروع يخدم نحو {rng.randint(5, 90)} ألف نسمة، ويأتي في إطار "
            f"{rng.choice(TOPICS)}.",
            f"وشارك في الجولة {self.who(f'نائب محافظ {gov}', day)} و"
            f"{self.who(f'السكرتير العام لمحافظة {gov}', day)} وعدد من القيادات التنفيذية.",
            f"واستمع المحافظ إلى شرح من مسؤولي التنفيذ حول مراحل العمل في {p.name}، والجدول الزمني "
            f"المقرر للانتهاء منه خلال {rng.randint(3, 18)} شهرا.",
            f"وفي ختام الجولة، التقى المحافظ عددا من أهالي قرية {v} واستمع إلى مطالبهم، ووجه بحلها في "
            f"أسرع وقت.",
            f"ووجه بتشكيل لجنة من {self.who(f'رئيس مجلس مدينة {c.name}', day)} لمتابعة الشكاوى.",
            f"وأطلق المحافظ مبادرة لتشجير الطرق الرئيسية بمحافظة {gov} بمشاركة {rng.randint(50, 900)} "
            f"من شباب المتطوعين.",
        ]
        return rng.sample(pool, rng.randint(2, 5))

    def _visit(self, day: int) -> list[str]:
        rng = self.rng
        c, v = self._place()
        p = self._local_project(c, v)
        area = f"، وعلى مساحة {p.area} متر مربع" if p.area else ""
        opening = (
            f"تفقد {self.who(f'محافظ {c.governorate}', day)} أعمال إنشاء {p.name}، بتكلفة {p.cost}{area}، "
            f"يرافقه {self.who(f'رئيس مركز ومدينة {c.name}', day)[:-1]}."
        )
        extra = self.w.project(c.name, lambda: p.name)
        tail = [f"وتضمنت الجولة تفقد {extra.name}، الذي تبلغ تكلفته {extra.cost}."] if extra is not p else []
        return [opening, *self._local_body(c, v, p, day), *tail][: 2 + rng.randint(2, 6)]

    def _opening(self, day: int) -> list[str]:
        rng = self.rng
        c, v = self._place()
        p = self._local_project(c, v)
        ministry = rng.choice(list(MINISTRIES))
        opening = (
            f"افتتح {self.who(f'وزير {ministry}', day)} و{self.who(f'محافظ {c.governorate}', day)} "
            f"{p.name} بتكلفة {p.cost}، وذلك بحضور {self.who(f'رئيس مركز ومدينة {c.name}', day)[:-1]}."
        )
        return [opening, *self._local_body(c, v, p, day)]

    def _stone(self, day: int) -> list[str]:
        c, v = self._place()
        p = self._local_project(c, v)
        area = f"على مساحة {p.area} متر مربع و" if p.area else ""
        opening = (
            f"وضع {self.who(f'محافظ {c.governorate}', day)} حجر الأساس لمشروع {p.name}، "
            f"{area}بتكلفة {p.cost}."
        )
        return [opening, *self._local_body(c, v, p, day)]

    def _appoint(self, day: int) -> list[str]:
        rng = self.rng
        c, v = self._place()
        gov = c.governorate
        role, verb = rng.choice(
            (
                (f"رئيس الوحدة المحلية لقرية {v} التابعة لمركز ومدينة {c.name}", f"محافظ {gov}"),
                (f"رئيس مركز ومدينة {c.name} بمحافظة {gov}", f"محافظ {gov}"),
                (f"مدير مديرية {rng.choice(DIRECTORATES)} بمحافظة {gov}", "وزير التنمية المحلية"),
            )
        )
        new = self.w.holder(role, day)
        before = self.w.predecessor(role, day)
        noun, rest = role.split(" ", 1)
        article_role = f"{noun}ا {_to(rest)}"
        after = f"، خلفا لـ{before[0]} {before[1]}" if before and before != new else ""
        opening = f"أصدر {self.who(verb, day)} قرارا بتعيين {new[0]} {new[1]} {article_role}{after}."
        c2, v2 = c, rng.choice(c.villages)
        p = self._local_project(c2, v2)
        return [opening, *self._local_body(c2, v2, p, day)[:3]]

    # -- parliament, ministries, lenders ---------------------------------------------
    def _committee(self, day: int) -> list[str]:
        rng = self.rng
        house = rng.choice(("مجلس النواب", "مجلس الشيوخ"))
        committee = rng.choice(COMMITTEES)
        c, v = self._place()
        p = self._local_project(c, v)
        return [
            f"ترأس {self.who(f'رئيس لجنة {committee} ب{house}', day)} اجتماع اللجنة لمناقشة طلبات "
            f"الإحاطة المقدمة بشأن {p.name} بمحافظة {c.governorate}.",
            f"{_said(rng)} {self.who(f'وكيل لجنة {committee} ب{house}', day)} أن تكلفة المشروع بلغت "
            f"{p.cost}، وطالب بسرعة الانتهاء منه.",
            f"وحضر الاجتماع {self.who(f'مساعد وزير {rng.choice(list(MINISTRIES))}', day)[:-1]}.",
        ]

    def _grant(self, day: int) -> list[str]:
        rng = self.rng
        ministry = rng.choice(list(MINISTRIES))
        c, _ = self._place()
        gov = c.governorate
        p = self.w.project(f"منحة {gov}", lambda: rng.choice(PROGRAMMES).format(g=gov), 7.4, 0.4, "دولار")
        signed = f"وقع {self.who(f'وزير {ministry}', day)} اتفاقية منحة مع {rng.choice(LENDERS)} بقيمة "
        sector = rng.choice(_split(MINISTRIES[ministry]))
        return [
            f"{signed}{p.cost} لتمويل {p.name}.",
            f"وأوضح {self.who(f'رئيس قطاع {sector} بوزارة {ministry}', day)} "
            f"أن المنحة تأتي في إطار {rng.choice(TOPICS)}.",
            f"وأشار الوزير إلى أن الدولة ضخت استثمارات تتجاوز {rng.randint(2, 60)} مليار جنيه في "
            f"محافظة {c.governorate} خلال السنوات الأخيرة.",
        ]

    def _ministry(self, day: int) -> list[str]:
        rng = self.rng
        ministry = rng.choice(list(MINISTRIES))
        sector = rng.choice(_split(MINISTRIES[ministry]))
        c, v = self._place()
        p = self._local_project(c, v)
        authority = rng.choice(AUTHORITIES)
        pool = [
            f"{_said(rng)} {self.who(f'رئيس قطاع {sector} بوزارة {ministry}', day)} أن الوزارة تتابع "
            f"{p.name} بشكل يومي.",
            f"{_said(rng)} {self.who(f'رئيس الإدارة المركزية {_to(sector)} بوزارة {ministry}', day)} أن "
            f"نسبة الإنجاز بلغت {rng.randint(30, 99)}%.",
            f"ومن جانبه، أكد {self.who(f'رئيس {authority}', day)} أن الهيئة تتابع الأعمال بشكل يومي.",
            f"وشدد الوزير على {rng.choice(TOPICS)}، ووجه بسرعة الانتهاء من الأعمال قبل نهاية العام المالي.",
            f"وأشار {self.who(f'نائب وزير {ministry}', day)} إلى أن الدولة ضخت استثمارات تتجاوز "
            f"{rng.randint(2, 60)} مليار جنيه في قطاع {sector} خلال السنوات الأخيرة.",
        ]
        return [
            f"تابع {self.who(f'وزير {ministry}', day)} الموقف التنفيذي لمشروع {p.name} بمحافظة "
            f"{c.governorate}، الذي تبلغ تكلفته {p.cost}.",
            *rng.sample(pool, rng.randint(2, 4)),
        ]

    # -- universities and companies ---------------------------------------------------
    def _university(self, day: int) -> list[str]:
        rng = self.rng
        u = rng.choice(UNIVERSITIES)
        faculty = rng.choice(FACULTIES)
        p = self.w.project(
            f"جامعة {u}", lambda: rng.choice(CAMPUS_KINDS).format(u=u, f=rng.choice(FACULTIES))
        )
        pool = [
            f"{_said(rng)} {self.who(f'عميد كلية {faculty} بجامعة {u}', day)} أن الكلية تستقبل "
            f"{rng.randint(800, 9000)} طالب وطالبة هذا العام.",
            f"{_said(rng)} {self.who(f'وكيل كلية {faculty} بجامعة {u}', day)} أن الامتحانات تسير بانتظام.",
            f"{_said(rng)} {self.who(f'نائب رئيس جامعة {u}', day)} أن الجامعة تعمل على {rng.choice(TOPICS)}.",
            f"وأشار إلى أن {p.name} يقام على مساحة {p.area or rng.randint(2, 40) * 500} متر مربع.",
        ]
        return [
            f"تفقد {self.who(f'رئيس جامعة {u}', day)} أعمال {p.name}، بتكلفة {p.cost}.",
            *rng.sample(pool, rng.randint(2, 4)),
        ]

    def _company(self, day: int) -> list[str]:
        rng = self.rng
        company = self.w.companies[int(len(self.w.companies) * rng.random() ** 1.5)]
        c, v = self._place()
        p = self._local_project(c, v)
        return [
            f"وقع {self.who(f'محافظ {c.governorate}', day)} عقد تنفيذ {p.name} مع "
            f"{self.who(f'رئيس مجلس إدارة {company}', day)[:-1]}، بتكلفة {p.cost}.",
            f"{_said(rng)} {self.who(f'العضو المنتدب ل{company}', day)} أن الشركة تلتزم بتسليم "
            f"المشروع خلال {rng.randint(6, 24)} شهرا.",
            f"وحضر التوقيع {self.who(f'رئيس مركز ومدينة {c.name} بمحافظة {c.governorate}', day)[:-1]}.",
        ]


def generate(count: int, seed: int = 7, start: int = 0) -> Iterator[dict[str, str]]:
    """`count` articles numbered from `start`; the same (count, seed, start) gives the same records."""
    writer = Writer(World(seed))
    for n in range(start + count):
        record = writer.article(n)
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
