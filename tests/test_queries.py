"""Every query in queries/ runs on the fixture graph; the named queries return the right rows."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, Literal

from kg.errors import KgError
from kg.query import bindings, display_width, format_result, named_queries, resolve_query, rows_of, run_query
from kg.resources import queries_dir

ALL_QUERIES = sorted(p.stem for p in queries_dir().glob("*.rq"))
MINISTER, DIRECTOR = "سامح عادل القناوي", "ليلى حسن المنشاوي"
MINISTRY, SECTOR, UNIT = "وزارة الصحة والسكان", "قطاع الطب العلاجي", "الإدارة المركزية للمستشفيات"
PROJECT = "مستشفى المنيا الجامعي"


def table(graph: Graph, query: str, **params: str) -> list[dict[str, str]]:
    text, source = resolve_query(query)
    header, rows = rows_of(run_query(graph, text, params, source=source))
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_the_contract_and_named_queries_are_all_there() -> None:
    assert {"officials", "institutions", "projects", "actions"} <= set(ALL_QUERIES)
    assert {
        "officials-of",
        "projects-by-cost",
        "projects-by-cost-in",
        "who-did-what",
        "institution-hierarchy",
        "statements-about",
    } <= set(ALL_QUERIES)
    assert list(named_queries()) == ALL_QUERIES


@pytest.mark.parametrize("name", ALL_QUERIES)
def test_every_query_runs_and_finds_rows(
    fixture_graph: Graph, query_params: dict[str, dict[str, str]], name: str
) -> None:
    rows = table(fixture_graph, name, **query_params.get(name, {}))
    assert rows, f"{name} returned nothing on the fixture graph"
    text = resolve_query(name)[0]
    assert text.startswith("#"), f"{name}.rq should start with a comment explaining its columns"


@pytest.mark.parametrize("name", ALL_QUERIES)
def test_every_query_formats_the_same_rows(fixture_graph: Graph, name: str) -> None:
    text, source = resolve_query(name)
    header, rows = rows_of(run_query(fixture_graph, text, source=source))
    as_csv = list(csv.reader(io.StringIO(format_result(run_query(fixture_graph, text), "csv"))))
    as_json = json.loads(format_result(run_query(fixture_graph, text), "json"))
    as_table = format_result(run_query(fixture_graph, text), "table").splitlines()
    assert as_csv == [header, *rows]
    assert as_json["head"]["vars"] == header and len(as_json["results"]["bindings"]) == len(rows)
    assert as_table[-1] == f"({len(rows)} row{'' if len(rows) == 1 else 's'})"
    assert len(as_table) == len(rows) + 3  # header, rule, rows, count


def test_officials_of_follows_sub_units(fixture_graph: Graph) -> None:
    rows = table(fixture_graph, "officials-of", institution=MINISTRY)
    assert sorted((r["name"], r["unit"], r["status"]) for r in rows) == [
        (MINISTER, MINISTRY, "current"),
        (DIRECTOR, UNIT, "current"),
    ]
    assert {r["institution_label"] for r in rows} == {MINISTRY}
    assert [r["name"] for r in table(fixture_graph, "officials-of", institution=UNIT)] == [DIRECTOR]


def test_projects_by_cost(fixture_graph: Graph) -> None:
    (row,) = table(fixture_graph, "projects-by-cost")
    assert (row["project"], float(row["cost"]), row["currency"], float(row["area_m2"]), row["articles"]) == (
        PROJECT,
        620_000_000,
        "EGP",
        18_000,
        "minya-hospital",
    )
    assert table(fixture_graph, "projects-by-cost-in", currency="EGP") == table(fixture_graph, "projects-by-cost")
    assert table(fixture_graph, "projects-by-cost-in", currency="USD") == []


def test_a_param_the_query_cannot_bind_is_an_error(fixture_graph: Graph) -> None:
    # projects-by-cost has a ?currency column, but its WHERE group (the 20 highest amounts)
    # has none: a value bound there would silently restrict nothing
    with pytest.raises(KgError, match=r"does not take --param currency"):
        table(fixture_graph, "projects-by-cost", currency="USD")


def test_who_did_what_gives_the_source_sentence(fixture_graph: Graph) -> None:
    (row,) = table(fixture_graph, "who-did-what")
    assert (row["official"], row["action"], row["project"], row["article"]) == (
        MINISTER,
        "inspected",
        PROJECT,
        "minya-hospital",
    )
    assert row["sentence"].startswith("تفقد الدكتور سامح عادل القناوي") and row["sentence"].endswith("مربع.")


def test_institution_hierarchy_is_transitive(fixture_graph: Graph) -> None:
    rows = table(fixture_graph, "institution-hierarchy")
    assert sorted((r["institution_label"], r["ancestor"], r["direct"]) for r in rows) == sorted(
        [(UNIT, SECTOR, "true"), (UNIT, MINISTRY, "false"), (SECTOR, MINISTRY, "true")]
    )


def test_statements_about_one_official(fixture_graph: Graph) -> None:
    rows = table(fixture_graph, "statements-about", name="سامح عادل القناوى")  # ى for ي: folded by bindings
    facts = sorted((r["fact"], r["value"]) for r in rows)
    assert facts == [("holds", "وزير الصحة والسكان"), ("inspected", PROJECT), ("mentioned", MINISTER)]
    assert {r["official"] for r in rows} == {MINISTER}
    assert all(r["article"] == "minya-hospital" and r["sentence"] for r in rows)


@pytest.mark.parametrize(
    ("key", "value", "bound"),
    [
        ("name", "سامح عادل القناوى", "سامح عادل القناوي"),
        ("institution", "وِزارةُ الصحةِ والسكان", "وزاره الصحه والسكان"),
        ("post", "نائب محافظ  القليوبية", "نايب محافظ القليوبيه"),
        ("currency", "EGP", "EGP"),
        ("action", 'x" } UNION { ?s ?p ?o } #', 'x" } UNION { ?s ?p ?o } #'),
    ],
)
def test_bindings_are_literals_folded_only_for_name_params(key: str, value: str, bound: str) -> None:
    query = f"SELECT * WHERE {{ ?x ?p ?{key} }}"
    assert bindings(query, {key: value}) == {key: Literal(bound)}


def test_binding_an_absent_variable_is_an_error() -> None:
    with pytest.raises(KgError, match=r"no variable \?names"):
        bindings("SELECT * WHERE { ?x ?p ?name }", {"names": "x"})


@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("وزير", 4),
        ("وَزِيرُ", 4),  # diacritics take no column
        ("ـوزيـر", 6),  # tatweel does
        ("abc", 3),
        ("\u200eوزير\u200f", 4),
        ("中文", 4),
    ],
)
def test_display_width(text: str, width: int) -> None:
    assert display_width(text) == width
