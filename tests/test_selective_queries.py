"""officials-of and projects-by-cost(-in), written for selective plans, give the rows of their former texts.

The former texts (below) define what the queries mean: officials-of with its
status OPTIONAL, projects-by-cost grouping every costed project before sorting.
The current files reach the same rows another way (docs/scale.md) — checked on
both stores, with and without their parameters, on articles in the style of
governorate news: more than 20 costed projects, a project stated with two costs,
cheaper projects in another currency, an area larger than every cost, a
governorate with a city and a village unit.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

from extract.model import Article
from extract.pipeline import extract_article
from kg.facts import facts_of
from kg.query import Table, Term, resolve_query
from kg.store import GraphStore, open_store

FORMER_OFFICIALS_OF = """
SELECT DISTINCT ?institution_label ?unit ?name ?role ?status ?article WHERE {
  ?org agk:foldedLabel ?institution ;
       rdfs:label ?institution_label .
  ?unitNode org:subOrganizationOf* ?org ;
            rdfs:label ?unit .
  ?post org:postIn ?unitNode ;
        rdfs:label ?role .
  ?holding a agk:PostHolding ;
           agk:post ?post ;
           org:member ?person ;
           prov:wasDerivedFrom ?mention .
  ?person rdfs:label ?name .
  ?mention nif:referenceContext/dcterms:identifier ?article .
  OPTIONAL { ?holding agk:holdingStatus ?status }
}
ORDER BY ?institution_label ?unit ?name ?role ?article
"""
FORMER_PROJECTS_BY_COST = """
SELECT ?project ?cost ?currency ?area_m2 (GROUP_CONCAT(DISTINCT ?article; separator=" ") AS ?articles) WHERE {
  ?p a agk:Project ;
     rdfs:label ?project ;
     agk:cost ?money .
  ?money schema:value ?cost ;
         schema:currency ?currency .
  OPTIONAL { ?p agk:area ?size . ?size qudt:numericValue ?area_m2 }
  OPTIONAL { ?mention itsrdf:taIdentRef ?p ;
                      nif:referenceContext/dcterms:identifier ?article }
}
GROUP BY ?project ?cost ?currency ?area_m2
ORDER BY DESC(?cost) ?project
LIMIT 20
"""

GOVERNOR = "حازم فكري الشرقاوي"
VILLAGES = (
    "الكوم الأحمر|منشأة الشريف|كوم البحيري|ساحل سليم|تل الزهور|دير السلام|برك الخيام|جزيرة الورد|"
    "منية الأمل|الشيخ عيسى|عزبة النور|نزلة الرمل|بني عامر|أبو الخير|الروضة|البساتين|الصالحية|المعصرة|"
    "الزهراء|النخيلة|الحصوة|الصوامعة|الكرنك|الأشراف"
).split("|")
# 24 stations from 100 to 330 million pounds; 21 and 22 cost the same (a tie inside the top 20).
STATIONS = {
    f"station-{i}": (
        f"افتتح اللواء {GOVERNOR}، محافظ أسوان، محطة مياه الشرب بقرية {village} "
        f"بتكلفة {100 + 10 * i if i != 22 else 310} مليون جنيه."
    )
    for i, village in enumerate(VILLAGES)
}
ARTICLES = STATIONS | {
    "hospital-first": (
        f"تفقد اللواء {GOVERNOR}، محافظ أسوان، أعمال إنشاء مستشفى دراو المركزي بتكلفة 290 مليون جنيه، "
        "على مساحة 12 ألف متر مربع، يرافقه المهندس سامي عادل البنا، رئيس مركز ومدينة دراو بمحافظة أسوان."
    ),
    "hospital-revised": (
        f"تفقد اللواء {GOVERNOR}، محافظ أسوان، أعمال إنشاء مستشفى دراو المركزي بتكلفة 335 مليون جنيه.\n"
        "وأكد الأستاذ كمال رجب العطار، رئيس الوحدة المحلية لقرية منشأة الشريف التابعة لمركز ومدينة دراو، "
        "أن رفع المخلفات من شوارع القرية يتم بشكل يومي."
    ),
    "grant": (
        "وقع الدكتور ياسر نبيل الدسوقي، وزير الإسكان، اتفاقية منحة مع البنك الدولي بقيمة 40 مليون دولار "
        "لتمويل برنامج تطوير الصرف الصحي بمحافظة أسوان."
    ),
    "reclamation": (  # an area (504 million m²) above every cost: not an amount to rank
        f"وتفقد اللواء {GOVERNOR}، محافظ أسوان، مشروع استصلاح أراضي الظهير الصحراوي لقرية الكرنك "
        "على مساحة 120 ألف فدان."
    ),
    "deputy": (
        "وتابعت الدكتورة سهام رأفت المنوفي، نائب محافظ أسوان، معدلات التنفيذ في محطة مياه الشرب بقرية الروضة."
    ),
}
NUMERIC = ("decimal", "integer", "double", "float")


@pytest.fixture(params=["oxigraph", "rdflib"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> GraphStore:
    opened = open_store(tmp_path / "out", backend=request.param)
    opened.add(
        [facts_of(extract_article(Article(id=k, text=t, date="2025-05-01"))) for k, t in ARTICLES.items()]
    )
    yield opened
    opened.close()


def by_value(table: Table) -> list[tuple]:
    """Rows compared by value (Oxigraph writes decimals canonically), the articles' order ignored."""

    def cell(name: str, t: Term | None) -> tuple:
        if t is None:
            return ("unbound",)
        if name == "articles":
            return ("words", *sorted(t.value.split()))
        if t.kind == "literal" and t.datatype and t.datatype.rsplit("#", 1)[-1] in NUMERIC:
            try:
                return ("number", Decimal(t.value).normalize())
            except InvalidOperation:
                pass
        return (t.kind, t.value, t.lang or "")

    return [tuple(cell(n, t) for n, t in zip(table.vars, row, strict=True)) for row in table.rows]


def column(table: Table, name: str) -> list[str]:
    at = table.vars.index(name)
    return [row[at].value if row[at] is not None else "" for row in table.rows]


@pytest.mark.parametrize(
    ("query", "params"),
    [
        ("projects-by-cost", {}),
        ("projects-by-cost-in", {}),
        ("projects-by-cost-in", {"currency": "EGP"}),
        ("projects-by-cost-in", {"currency": "USD"}),
        ("projects-by-cost-in", {"currency": "SAR"}),
    ],
    ids=["all", "in-any", "in-EGP", "in-USD", "none-in-SAR"],
)
def test_projects_by_cost_gives_the_top_of_the_full_ranking(
    store: GraphStore, query: str, params: dict[str, str]
) -> None:
    got = store.query(resolve_query(query)[0], params)
    expected = store.query(FORMER_PROJECTS_BY_COST, params)
    assert got.vars == expected.vars
    assert sorted(by_value(got)) == sorted(by_value(expected))
    costs = [Decimal(c) for c in column(got, "cost")]
    assert costs == sorted(costs, reverse=True)


def test_projects_by_cost_keeps_twenty_and_both_costs_of_a_revised_project(store: GraphStore) -> None:
    table = store.query(resolve_query("projects-by-cost")[0])
    projects, costs = column(table, "project"), [Decimal(c) for c in column(table, "cost")]
    assert len(table.rows) == 20
    assert (projects[0], costs[0]) == ("إنشاء مستشفى دراو المركزي", 335_000_000)
    assert ("إنشاء مستشفى دراو المركزي", 290_000_000) in zip(projects, costs, strict=True)
    assert costs.count(Decimal(310_000_000)) == 2  # two stations of the same cost, both kept


def test_the_currency_restricts_before_the_limit(store: GraphStore) -> None:
    """The one USD project is cheaper than twenty EGP ones: it must still be found."""
    table = store.query(resolve_query("projects-by-cost-in")[0], {"currency": "USD"})
    assert column(table, "project") == ["برنامج تطوير الصرف الصحي بمحافظة أسوان"]
    assert column(table, "currency") == ["USD"] and column(table, "articles") == ["grant"]


@pytest.mark.parametrize(
    ("institution", "names"),
    [
        ("محافظة أسوان", {GOVERNOR, "سهام رأفت المنوفي", "سامي عادل البنا", "كمال رجب العطار"}),
        ("محافظه اسوان", {GOVERNOR, "سهام رأفت المنوفي", "سامي عادل البنا", "كمال رجب العطار"}),
        ("مركز ومدينة دراو", {"سامي عادل البنا", "كمال رجب العطار"}),
        ("الوحدة المحلية لقرية منشأة الشريف", {"كمال رجب العطار"}),
        ("وزارة الإسكان", {"ياسر نبيل الدسوقي"}),
        ("محافظة قنا", set()),
    ],
)
def test_officials_of_gives_the_rows_of_the_former_text(
    store: GraphStore, institution: str, names: set[str]
) -> None:
    text = resolve_query("officials-of")[0]
    got = store.query(text, {"institution": institution})
    assert sorted(by_value(got)) == sorted(
        by_value(store.query(FORMER_OFFICIALS_OF, {"institution": institution}))
    )
    assert set(column(got, "name")) == names


def test_officials_of_without_institution_lists_everyone(store: GraphStore) -> None:
    got = store.query(resolve_query("officials-of")[0])
    assert sorted(by_value(got)) == sorted(by_value(store.query(FORMER_OFFICIALS_OF)))
    assert {GOVERNOR, "ياسر نبيل الدسوقي", "كمال رجب العطار"} <= set(column(got, "name"))


@pytest.mark.parametrize("institution", ["محافظة أسوان", ""])
def test_officials_of_rows_are_in_label_order(store: GraphStore, institution: str) -> None:
    """Sorted on one built key, the rows keep the order of institution, unit, name, role, article."""
    params = {"institution": institution} if institution else {}
    table = store.query(resolve_query("officials-of")[0], params)
    keys = list(
        zip(
            *(column(table, c) for c in ("institution_label", "unit", "name", "role", "article")), strict=True
        )
    )
    assert len(keys) > 3 and keys == sorted(keys)
