"""A realistic synthetic corpus for timing the graph view: hand-made Extractions.

Names are combined from general Arabic first and family names (no real people
from the evaluation set); each article names a few officials with their posts,
shared institutions and several projects with costs, areas and actions, and the
article text really contains every mention at its offsets.

    .venv/bin/python bench/make_corpus_graph.py 2000 --out /tmp/corpus.ttl
"""

from __future__ import annotations

import argparse
import random
from decimal import Decimal
from pathlib import Path

from extract.model import (
    ACTIONS,
    Action,
    Area,
    Article,
    Extraction,
    Holding,
    Institution,
    Mention,
    Money,
    Official,
    Project,
    Span,
)
from extract.normalize import fold

FIRST = (
    "محمد أحمد محمود مصطفى خالد عمرو طارق هاني سامح وليد ياسر عادل حسام شريف أيمن عماد "
    "إيهاب أسامة علاء رامي منى هالة نيفين رانيا إيمان سحر داليا مها نادية سلوى"
).split()
FAMILY = (
    "عبد الرحمن|السيد|الشريف|منصور|عبد الله|فؤاد|الجمال|البنا|رضوان|شاهين|النجار|عزت|"
    "الحسيني|سليمان|حجازي|زكي|عثمان|الفقي|القاضي|هلال|عبد العزيز|الدسوقي|بدوي|خليل"
).split("|")
HONORIFICS = ("اللواء", "الدكتور", "المهندس", "المستشار", "السيد")
MINISTRY_TOPICS = (
    "التنمية المحلية|الإسكان|الصحة والسكان|التربية والتعليم|النقل|الكهرباء والطاقة المتجددة|"
    "الري|الزراعة|التضامن الاجتماعي|الشباب والرياضة|الاتصالات وتكنولوجيا المعلومات|"
    "التخطيط والتنمية الاقتصادية|البيئة|السياحة والآثار|الثقافة|التموين|المالية|الصناعة"
).split("|")
GOVERNORATES = (
    "القاهرة الجيزة القليوبية الإسكندرية الشرقية الدقهلية الغربية المنوفية البحيرة "
    "دمياط بورسعيد الإسماعيلية السويس الفيوم المنيا أسيوط سوهاج قنا الأقصر أسوان"
).split()
PROJECT_KINDS = (
    "مستشفى|مدرسة|محطة مياه الشرب|محطة معالجة الصرف الصحي|كوبري|المركز التكنولوجي|"
    "مجمع الخدمات الحكومية|مركز شباب|سوق حضاري|وحدة صحية|طريق|مجمع مدارس"
).split("|")
PLACES = ("الجديد", "المطور", "الرئيسي", "النموذجي", "المركزي", "الشرقي", "الغربي")
ACTION_VERB = {
    "inspected": "تفقد",
    "opened": "افتتح",
    "laid_foundation": "وضع حجر الأساس",
    "approved": "اعتمد",
    "followed_up": "تابع",
    "launched": "أطلق",
}


class _Text:
    """Builds article text sentence by sentence and returns exact mentions."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.sentences: list[Span] = []
        self._start = 0

    def add(self, piece: str) -> Mention:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return Mention(start, self.length, piece, len(self.sentences))

    def end_sentence(self) -> None:
        self.add(".")
        self.sentences.append(Span(self._start, self.length))
        self.add("\n")
        self._start = self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _people(rng: random.Random, n: int) -> list[tuple[str, str, str, str]]:
    """(name, honorific, role noun, institution name) for n distinct officials."""
    seen: set[str] = set()
    people = []
    while len(people) < n:
        name = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(FAMILY)}"
        if name in seen:
            continue
        seen.add(name)
        if rng.random() < 0.5:
            topic = rng.choice(MINISTRY_TOPICS)
            role, inst = rng.choice(
                (
                    ("وزير", f"وزارة {topic}"),
                    ("مساعد وزير", f"وزارة {topic}"),
                    ("وكيل وزارة", f"وزارة {topic}"),
                )
            )
            role = f"{role} {topic}"
        else:
            gov = rng.choice(GOVERNORATES)
            role, inst = rng.choice(
                (("محافظ", f"محافظة {gov}"), ("نائب محافظ", f"محافظة {gov}"), ("رئيس مدينة", f"محافظة {gov}"))
            )
            role = f"{role} {gov}"
        people.append((name, rng.choice(HONORIFICS), role, inst))
    return people


def build_corpus(n_articles: int = 2000, seed: int = 7) -> list[Extraction]:
    """n_articles Extractions; officials and institutions recur across articles."""
    rng = random.Random(seed)
    people = _people(rng, max(20, n_articles // 2))
    projects_pool = [
        f"{kind} {rng.choice(GOVERNORATES)} {rng.choice(PLACES)}"
        for kind in PROJECT_KINDS
        for _ in range(max(2, n_articles // 8))
    ]
    projects_pool = sorted(set(projects_pool))
    out = []
    for i in range(n_articles):
        t = _Text()
        officials: dict[str, Official] = {}
        institutions: dict[str, Institution] = {}
        projects: list[Project] = []
        actions: list[Action] = []
        cast = rng.sample(people, rng.randint(2, 4))
        for name, hon, role, inst in cast:
            t.add(f"{hon} ")
            m = t.add(name)
            t.add("، ")
            rm = t.add(role)
            t.add(" في تصريح اليوم")
            t.end_sentence()
            ikey = fold(inst)
            if ikey not in institutions:
                kind = "ministry" if inst.startswith("وزارة") else "governorate"
                institutions[ikey] = Institution(ikey, inst, kind, mentions=[rm])
            role_noun = role.rsplit(" ", 1)[0] if role.startswith(("وزير", "محافظ")) else role
            officials[fold(name)] = Official(
                fold(name), name, [hon], [Holding(role, role_noun, ikey, rm)], [m]
            )
        for _ in range(rng.randint(1, 3)):
            pname = rng.choice(projects_pool)
            actor = rng.choice(list(officials.values()))
            code = rng.choice(ACTIONS)
            t.add(f"و{ACTION_VERB[code]} ")
            am = Mention(
                t.length - len(ACTION_VERB[code]) - 1, t.length - 1, ACTION_VERB[code], len(t.sentences)
            )
            t.add(f"{actor.name} ")
            pm = t.add(pname)
            t.add(" بتكلفة ")
            millions = rng.choice((3, 12, 47, 120, 350)) + rng.choice((0, 0.5, 0.2))
            cm = t.add(f"{millions} مليون جنيه")
            t.add(" على مساحة ")
            sq = rng.choice((116, 450, 1200, 5000, 20000))
            arm = t.add(f"{sq} متر مربع")
            t.end_sentence()
            key = fold(pname)
            if all(p.key != key for p in projects):
                money = Money(Decimal(str(millions)) * 1_000_000, "EGP", cm)
                projects.append(Project(key, pname, money, Area(Decimal(sq), arm), [pm]))
            actions.append(Action(actor.key, code, key, am))
        article = Article(f"bench-{i:05d}", t.text, title=f"خبر رقم {i}", date="2025-03-01")
        out.append(
            Extraction(
                article, t.sentences, list(officials.values()), list(institutions.values()), projects, actions
            )
        )
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("articles", type=int, nargs="?", default=2000)
    p.add_argument("--out", type=Path, default=Path("/tmp/bench-corpus.ttl"))
    args = p.parse_args()
    from kg.to_rdf import build_graph

    g = build_graph(build_corpus(args.articles))
    g.serialize(args.out, format="turtle", encoding="utf-8")
    print(f"{args.articles} articles, {len(g)} triples → {args.out}")


if __name__ == "__main__":
    main()
