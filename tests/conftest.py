"""Shared fixtures: a small graph built from hand-made extractions of one article.

The extractions are written by hand (not by the extractors), so the CLI and
query tests do not depend on how good extraction currently is. The article is
invented, in the style of real government news.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph

from extract.model import (
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
)
from extract.normalize import fold
from extract.sentences import split_sentences
from kg.facts import facts_of
from kg.store import open_store

FIXTURE_TEXT = (
    "تفقد الدكتور سامح عادل القناوي، وزير الصحة والسكان، أعمال إنشاء مستشفى المنيا الجامعي "
    "بتكلفة 620 مليون جنيه على مساحة 18 ألف متر مربع.\n"
    "ورافقته الدكتورة ليلى حسن المنشاوي، رئيس الإدارة المركزية للمستشفيات بقطاع الطب العلاجي "
    "في وزارة الصحة والسكان."
)
MINISTER = "سامح عادل القناوي"
DIRECTOR = "ليلى حسن المنشاوي"
MINISTRY = "وزارة الصحة والسكان"
SECTOR = "قطاع الطب العلاجي"
UNIT = "الإدارة المركزية للمستشفيات"
PROJECT = "مستشفى المنيا الجامعي"


def _mention(text: str, phrase: str, nth: int = 0) -> Mention:
    """The `nth` occurrence of `phrase` in `text`, with the index of its sentence."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    sentence = next(i for i, s in enumerate(split_sentences(text)) if s.start <= start < s.end)
    return Mention(start, end, phrase, sentence)


def make_extraction(article_id: str = "minya-hospital", text: str = FIXTURE_TEXT) -> Extraction:
    """One article: two officials with posts, a three-level institution chain, a costed project, an action."""
    m = lambda phrase, nth=0: _mention(text, phrase, nth)  # noqa: E731
    ministry = Institution(fold(MINISTRY), MINISTRY, "ministry", mentions=[m(MINISTRY, 0)])
    sector = Institution(fold(SECTOR), SECTOR, "sector", parent=ministry.key, mentions=[m(SECTOR)])
    unit = Institution(fold(UNIT), UNIT, "directorate", parent=sector.key, mentions=[m(UNIT)])
    minister = Official(
        fold(MINISTER),
        MINISTER,
        honorifics=["الدكتور"],
        holdings=[Holding("وزير الصحة والسكان", "وزير", ministry.key, m("وزير الصحة والسكان"))],
        mentions=[m(MINISTER)],
    )
    director = Official(
        fold(DIRECTOR),
        DIRECTOR,
        honorifics=["الدكتورة"],
        holdings=[Holding(f"رئيس {UNIT}", "رئيس", unit.key, m(f"رئيس {UNIT}"))],
        mentions=[m(DIRECTOR)],
    )
    project = Project(
        fold(PROJECT),
        PROJECT,
        cost=Money(Decimal("620000000"), "EGP", m("620 مليون جنيه")),
        area=Area(Decimal("18000"), m("18 ألف متر مربع")),
        mentions=[m(PROJECT)],
    )
    action = Action(minister.key, "inspected", project.key, m("تفقد"))
    return Extraction(
        article=Article(id=article_id, text=text, title="وزير الصحة يتفقد مستشفى المنيا", date="2026-03-14"),
        sentences=split_sentences(text),
        officials=[minister, director],
        institutions=[ministry, sector, unit],
        projects=[project],
        actions=[action],
    )


# values for the parameters a named query needs before it gives rows on the test articles
QUERY_PARAMS: dict[str, dict[str, str]] = {
    "who-held": {"post": "وزير الصحة والسكان", "date": "2026-06-01"},
    "post-history": {"post": "وزير الصحة والسكان"},
    "person-posts": {"name": MINISTER},
}


def graph_with_tenure(extractions: list[Extraction]) -> Graph:
    """The graph a build gives: the extractions' facts plus the tenure derived from them (kg.tenure)."""
    with open_store("", backend="rdflib") as store:
        store.add([facts_of(ex) for ex in extractions])
        store.refresh_tenure()
        return store.union_graph()


@pytest.fixture
def fixture_graph() -> Graph:
    return graph_with_tenure([make_extraction()])


@pytest.fixture
def graph_of():
    """graph_with_tenure, for test modules (they do not import conftest)."""
    return graph_with_tenure


@pytest.fixture
def query_params() -> dict[str, dict[str, str]]:
    return QUERY_PARAMS


@pytest.fixture
def fixture_graph_file(tmp_path: Path, fixture_graph: Graph) -> Path:
    """The fixture graph as Turtle, where `kg --graph` can read it."""
    path = tmp_path / "fixture" / "graph.ttl"
    path.parent.mkdir()
    fixture_graph.serialize(path, format="turtle", encoding="utf-8")
    return path
