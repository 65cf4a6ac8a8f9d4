"""The HTML graph view without a browser: what is drawn, how it reads, that it is offline and safe."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

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
    Span,
)
from extract.normalize import fold
from kg.to_rdf import build_graph
from kg.view import LARGE, render_view, write_view
from kg.view_model import format_area, format_money

FOLD_JS = Path(__file__).parents[1] / "kg" / "templates" / "fold.js"

SEED = (
    "تفقد اللواء ماجد فؤاد سليم، وزير التنمية المحلية، واللواء عبد الرحيم منصور، محافظ القليوبية، "
    "أعمال تطوير الديوان العام بتكلفة 47 مليون جنيه. "
    "وافتتح المحافظ المركز التكنولوجي على مساحة 116م2 بتكلفة 1.20 مليون جنيه."
)
EVIL = "<script>alert(1)</script> <img src=x onerror=alert(1)>"


def _m(text: str, piece: str, sentence: int = 0, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Mention(start, start + len(piece), piece, sentence)


def seed_extraction(official_name: str = "ماجد فؤاد سليم", article_id: str = "seed") -> Extraction:
    """The seed article's facts, by hand (the same shapes the extractor produces)."""
    text = SEED.replace("ماجد فؤاد سليم", official_name)
    cut = text.index(". ") + 1
    sentences = [Span(0, cut), Span(cut + 1, len(text))]
    ministry = Institution(fold("وزارة التنمية المحلية"), "وزارة التنمية المحلية", "ministry", implied=True)
    gov = Institution(fold("محافظة القليوبية"), "محافظة القليوبية", "governorate", implied=True)
    minister = Official(
        fold(official_name),
        official_name,
        ["اللواء"],
        [Holding("وزير التنمية المحلية", "وزير", ministry.key, _m(text, "وزير التنمية المحلية"))],
        [_m(text, official_name)],
    )
    governor = Official(
        fold("عبد الرحيم منصور"),
        "عبد الرحيم منصور",
        ["اللواء"],
        [Holding("محافظ القليوبية", "محافظ", gov.key, _m(text, "محافظ القليوبية"))],
        [_m(text, "عبد الرحيم منصور")],
    )
    works = Project(
        fold("تطوير الديوان العام"),
        "تطوير الديوان العام",
        Money(Decimal(47_000_000), "EGP", _m(text, "47 مليون جنيه")),
        None,
        [_m(text, "تطوير الديوان العام")],
    )
    centre = Project(
        fold("المركز التكنولوجي"),
        "المركز التكنولوجي",
        Money(Decimal(1_200_000), "EGP", _m(text, "1.20 مليون جنيه", 1)),
        Area(Decimal(116), _m(text, "116م2", 1)),
        [_m(text, "المركز التكنولوجي", 1)],
    )
    actions = [
        Action(minister.key, "inspected", works.key, _m(text, "تفقد")),
        Action(governor.key, "inspected", works.key, _m(text, "تفقد")),
        Action(governor.key, "opened", centre.key, _m(text, "افتتح", 1)),
    ]
    return Extraction(
        Article(article_id, text), sentences, [minister, governor], [ministry, gov], [works, centre], actions
    )


def page_data(html: str) -> tuple[list[dict], list[dict]]:
    nodes = json.loads(re.search(r"var KG_NODES = (.*);\n", html).group(1))
    edges = json.loads(re.search(r"var KG_EDGES = (.*);\n", html).group(1))
    return nodes, edges


@pytest.fixture(scope="module")
def seed_graph():
    return build_graph([seed_extraction()])


def test_default_view_draws_officials_institutions_projects(seed_graph):
    html, n = render_view(seed_graph)
    nodes, edges = page_data(html)
    assert n == len(nodes) == 6
    assert {x["group"] for x in nodes} == {"official", "institution", "project"}
    labels = {x["label"] for x in nodes}
    assert "ماجد فؤاد سليم" in labels and "اللواء ماجد فؤاد سليم" not in labels
    assert not any(x["label"].startswith("http") for x in nodes)
    assert {e["label"] for e in edges} == {
        "يشغل: وزير التنمية المحلية",
        "يشغل: محافظ القليوبية",
        "تفقد",
        "افتتح",
    }


@pytest.mark.parametrize(
    ("types", "groups", "edge_labels"),
    [
        ({"official", "post"}, {"official", "post"}, {"يشغل"}),
        ({"official", "post", "institution"}, {"official", "post", "institution"}, {"يشغل", "في"}),
        ({"article", "project"}, {"article", "project"}, {"ذكر"}),
        ({"institution"}, {"institution"}, set()),
    ],
)
def test_types_choose_classes_and_relations(seed_graph, types, groups, edge_labels):
    html, _ = render_view(seed_graph, types=types)
    nodes, edges = page_data(html)
    assert {x["group"] for x in nodes} == groups
    assert {e["label"] for e in edges} == edge_labels


def test_unknown_type_is_one_clear_error(seed_graph):
    with pytest.raises(ValueError, match="unknown node type.*mention"):
        render_view(seed_graph, types={"official", "mention"})


def test_tooltip_facts_carry_evidence_and_people_friendly_figures(seed_graph):
    nodes, _ = page_data(render_view(seed_graph)[0])
    by_label = {x["label"]: x for x in nodes}
    minister = by_label["ماجد فؤاد سليم"]["info"]
    assert minister["hon"] == ["اللواء"]
    assert minister["posts"] == [["وزير التنمية المحلية", "وزارة التنمية المحلية", "current"]]
    assert minister["ev"][0][0] == "seed" and "تفقد اللواء ماجد فؤاد سليم" in minister["ev"][0][1]
    centre = by_label["المركز التكنولوجي"]["info"]
    assert centre["cost"] == ["1.2 مليون جنيه", "1,200,000 EGP"]
    assert centre["area"] == "116 م²"
    assert centre["acts"] == [["افتتح", "عبد الرحيم منصور"]]
    assert by_label["تطوير الديوان العام"]["info"]["cost"] == ["47 مليون جنيه", "47,000,000 EGP"]
    assert by_label["وزارة التنمية المحلية"]["info"]["sub"] == "وزارة"


def test_node_size_counts_distinct_source_articles():
    g = build_graph([seed_extraction(article_id="a1"), seed_extraction(article_id="a2")])
    nodes, _ = page_data(render_view(g)[0])
    values = {x["label"]: x["value"] for x in nodes}
    assert values["ماجد فؤاد سليم"] == 2 and values["وزارة التنمية المحلية"] == 2


@pytest.mark.parametrize(
    ("value", "currency", "human", "iso"),
    [
        ("47000000", "EGP", "47 مليون جنيه", "47,000,000 EGP"),
        ("1200000", "EGP", "1.2 مليون جنيه", "1,200,000 EGP"),
        ("2500000000", "USD", "2.5 مليار دولار", "2,500,000,000 USD"),
        ("750000", "SAR", "750 ألف ريال سعودي", "750,000 SAR"),
        ("350.5", "EUR", "350.5 يورو", "350.50 EUR"),
    ],
)
def test_money_is_formatted_for_people_and_as_iso(value, currency, human, iso):
    assert format_money(Decimal(value), currency) == (human, iso)


@pytest.mark.parametrize(("value", "text"), [("116", "116 م²"), ("12500", "12,500 م²"), ("80.5", "80.50 م²")])
def test_area_in_square_metres(value, text):
    assert format_area(Decimal(value)) == text


@pytest.mark.parametrize(
    ("focus", "depth", "labels"),
    [
        ("ماجد فواد سليم", 0, {"ماجد فؤاد سليم"}),  # folded spelling variant
        ("ماجد فؤاد سليم", 1, {"ماجد فؤاد سليم", "وزارة التنمية المحلية", "تطوير الديوان العام"}),
        ("منصور", 1, {"عبد الرحيم منصور", "محافظة القليوبية", "تطوير الديوان العام", "المركز التكنولوجي"}),
        ("وزارة التنميه المحليه", 2, {"وزارة التنمية المحلية", "ماجد فؤاد سليم", "تطوير الديوان العام"}),
    ],
)
def test_focus_keeps_the_neighbourhood(seed_graph, focus, depth, labels):
    html, n = render_view(seed_graph, focus=focus, depth=depth)
    nodes, _ = page_data(html)
    assert {x["label"] for x in nodes} == labels and n == len(labels)


def test_focus_on_an_unknown_name_says_so(seed_graph):
    with pytest.raises(ValueError, match="no entity named 'محمد صلاح'"):
        render_view(seed_graph, focus="محمد صلاح")


def test_page_is_offline_one_file(seed_graph, tmp_path):
    out = tmp_path / "graph.html"
    write_view(seed_graph, out)
    html = out.read_text(encoding="utf-8")
    assert "vis.Network" in html and "vis-network" in html  # vis inlined
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(?:https?:)?//", html, re.I)
    assert "bootstrap" not in html.lower() and "@font-face" not in html


def test_written_as_utf8_atomically(seed_graph, tmp_path):
    out = tmp_path / "sub" / "graph.html"
    n = write_view(seed_graph, out)
    assert n == 6
    assert "ماجد فؤاد سليم" in out.read_bytes().decode("utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


def test_article_text_never_reaches_the_page_as_markup(tmp_path):
    g = build_graph([seed_extraction(official_name=EVIL)])
    html, _ = render_view(g, types={"official", "institution", "project", "post", "article"})
    assert "<script>alert" not in html and "<img" not in html
    nodes, _ = page_data(html)
    assert EVIL in {x["label"] for x in nodes}  # kept as text, shown as text


def _official_graph(n_people: int) -> Extraction:
    names = [f"مسؤول رقم {i}" for i in range(n_people)]
    text = "، ".join(f"{name} محافظ الجيزة" for name in names) + "."
    gov = Institution(fold("محافظة الجيزة"), "محافظة الجيزة", "governorate")
    officials = [
        Official(
            fold(name),
            name,
            holdings=[Holding("محافظ الجيزة", "محافظ", gov.key, _m(text, "محافظ الجيزة", nth=i))],
            mentions=[_m(text, name + " ")],
        )
        for i, name in enumerate(names)
    ]
    return Extraction(Article("big", text), [Span(0, len(text))], officials, [gov])


def test_large_views_are_laid_out_once_without_physics():
    g = build_graph([_official_graph(LARGE + 20)])
    html, n = render_view(g)
    nodes, _ = page_data(html)
    options = json.loads(re.search(r"var KG_OPTIONS = (.*);\n", html).group(1))
    assert n == LARGE + 21
    assert options["physics"]["enabled"] is False and options["layout"]["improvedLayout"] is False
    assert all("x" in x and "y" in x for x in nodes)
    assert len({(x["x"], x["y"]) for x in nodes}) == n  # no two nodes on one spot
    assert render_view(g)[0] == html  # deterministic


def test_small_views_use_physics_then_freeze(seed_graph):
    options = json.loads(re.search(r"var KG_OPTIONS = (.*);\n", render_view(seed_graph)[0]).group(1))
    assert options["physics"]["enabled"] is True
    assert options["physics"]["stabilization"]["enabled"] is True


FOLD_TABLE = [
    "اللواء ماجد فؤاد سليم",
    "ماجد فواد سليم",
    "نادية صبري",
    "مُحَمَّد",
    "مستشفـــى",
    "مؤسسة",
    "رئيس الهيئة العامة للبترول (المكلف)",
    "٤٧ مليون جنيه",
    "۱۲۳ م٢",
    "ﻻ إله",
    "عبد_الله",
    "وزارة «التنمية» المحلية!",
    "  مسافات\u00a0كثيرة  ",
    "طارق زكي، أمين سر",
    "٣٫٥ مليار",
    "<script>alert(1)</script>",
]


@pytest.mark.skipif(
    shutil.which("node") is None, reason="node is not installed (the browser test checks too)"
)
def test_search_folding_in_js_matches_extraction_fold():
    script = (
        FOLD_JS.read_text(encoding="utf-8")
        + "\nprocess.stdout.write(JSON.stringify(JSON.parse("
        + ("require('fs').readFileSync(0, 'utf8')).map(kgFold)));")
    )
    done = subprocess.run(
        ["node", "-e", script], input=json.dumps(FOLD_TABLE), capture_output=True, text=True, check=True
    )
    assert json.loads(done.stdout) == [fold(s) for s in FOLD_TABLE]


@pytest.mark.parametrize(
    ("label", "latin", "typed"),
    [
        ("ماجد فؤاد سليم", "Majid Fu'ad Salim", "majid"),
        ("عبد الرحيم منصور", "Abd al-Rahim Mansur", "Abd al-Rahim"),
        ("محافظة القليوبية", "Muhafazat al-Qalyubiyya", "qalyubiyya"),
        ("وزارة التنمية المحلية", "Wizarat al-Tanmiya al-Mahalliyya", "WIZARAT AL-TANMIYA"),
    ],
)
def test_officials_and_institutions_carry_a_latin_label_that_search_finds(seed_graph, label, latin, typed):
    from kg.vocab import AGK

    nodes, _ = page_data(render_view(seed_graph)[0])
    node = next(x for x in nodes if x["label"] == label)
    assert node["latin"] == latin
    assert {(str(o), o.language) for o in seed_graph.objects(None, AGK.latinLabel)} >= {(latin, "ar-latn")}
    # what the page does with typed text: kgFold, then lower case (kg/templates/view.js find())
    assert any(fold(typed).lower() in key for key in node["keys"])
