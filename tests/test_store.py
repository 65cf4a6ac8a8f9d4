"""kg.store: both backends answer every query like the plain in-memory graph; removal is exact."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import ORG, RDF

from extract.model import Article
from extract.pipeline import extract_article
from kg.facts import SHARED_GRAPH, ArticleFacts, facts_of
from kg.query import Table, Term, named_queries, resolve_query, run_query, table_of
from kg.store import GraphStore, open_read_only, open_store
from kg.to_rdf import build_graph
from kg.vocab import AGK

ARTICLES = {
    "aswan-station": (
        "افتتح اللواء حازم فكري الشرقاوي، محافظ أسوان، محطة مياه الشرب الجديدة بقرية الكرور، "
        "بتكلفة 85 مليون جنيه، وعلى مساحة 3500 متر مربع، وذلك بحضور الدكتورة سهام رأفت المنوفي، "
        "نائب محافظ أسوان.\nوتفقد المحافظ أعمال إنشاء مدرسة الكرور الابتدائية بتكلفة 14.5 مليون جنيه."
    ),
    "minya-hospital": (
        "وضع الدكتور ياسر نبيل العطار، وزير الصحة والسكان، حجر الأساس لمستشفى المنيا الجامعي "
        "بتكلفة 620 مليون جنيه على مساحة 18 ألف متر مربع.\nوأكد الوزير أن المستشفى يخدم نحو مليون مواطن."
    ),
    "aswan-followup": (
        "تابع اللواء حازم فكري الشرقاوي، محافظ أسوان، معدلات تنفيذ محطة مياه الشرب الجديدة بقرية الكرور، "
        "مشيرا إلى أن نسبة الإنجاز بلغت 90%."
    ),
}
NUMERIC = ("decimal", "integer", "double", "float")
STORE_QUERY_PARAMS = {
    "who-held": {"post": "محافظ أسوان", "date": "2026-03-02"},
    "post-history": {"post": "محافظ أسوان"},
    "person-posts": {"name": "حازم فكري الشرقاوي"},
}


def extract_all(texts: dict[str, str]) -> list:
    return [extract_article(Article(id=aid, text=text, date="2026-03-01")) for aid, text in texts.items()]


def facts(texts: dict[str, str]) -> list[ArticleFacts]:
    return [facts_of(ex) for ex in extract_all(texts)]


def by_value(table: Table) -> list[tuple]:
    """Rows compared by value: Oxigraph writes "14500000.0"^^xsd:decimal as "14500000", and
    GROUP_CONCAT (the `articles` column) has no defined order, so its words are sorted."""

    def value(t: Term | None) -> tuple:
        if t is None:
            return ("unbound",)
        if t.kind == "literal" and t.datatype and t.datatype.rsplit("#", 1)[-1] in NUMERIC:
            try:
                return ("number", Decimal(t.value).normalize())
            except InvalidOperation:
                pass
        return (t.kind, t.value, t.lang or "")

    def cell(name: str, t: Term | None) -> tuple:
        if name in ("articles", "sources", "statuses") and t is not None:  # GROUP_CONCAT: any order
            return ("words", *sorted(t.value.split()))
        return value(t)

    return sorted(tuple(cell(n, t) for n, t in zip(table.vars, row, strict=True)) for row in table.rows)


@pytest.fixture(params=["oxigraph", "rdflib"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> GraphStore:
    opened = open_store(tmp_path / "out", backend=request.param)
    yield opened
    opened.close()


def assert_same_graph(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"graphs differ:\n{only_a.serialize(format='nt')}\n---\n{only_b.serialize(format='nt')}")


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_query_gives_the_rows_of_the_in_memory_graph(store: GraphStore, graph_of, name: str) -> None:
    reference = graph_of(extract_all(ARTICLES))
    store.add(facts(ARTICLES))
    store.refresh_tenure()
    text, source = resolve_query(name)
    params = STORE_QUERY_PARAMS.get(name, {})
    expected = by_value(table_of(run_query(reference, text, params, source=source)))
    got = store.query(text, params, source=source)
    assert got.vars == table_of(run_query(reference, text, params)).vars
    assert by_value(got) == expected
    assert expected or name == "institution-hierarchy", "the fixture articles should give rows"


@pytest.mark.parametrize(
    ("name", "params", "column", "expected"),
    [
        (
            "officials-of",
            {"institution": "محافظه اسوان"},
            "name",
            ["حازم فكري الشرقاوي", "سهام رأفت المنوفي"],
        ),
        ("who-did-what", {"action": "laid_foundation"}, "official", ["ياسر نبيل العطار"]),
        ("projects-by-cost-in", {"currency": "USD"}, "project", []),
    ],
)
def test_params_are_bound_on_both_backends(
    store: GraphStore, name: str, params: dict[str, str], column: str, expected: list[str]
) -> None:
    store.add(facts(ARTICLES))
    table = store.query(resolve_query(name)[0], params)
    col = table.vars.index(column)
    assert sorted({row[col].value for row in table.rows}) == expected


def test_costs_are_numbers_in_order_on_both_backends(store: GraphStore) -> None:
    store.add(facts(ARTICLES))
    table = store.query(resolve_query("projects-by-cost-in")[0], {"currency": "EGP"})
    costs = [Decimal(row[table.vars.index("cost")].value) for row in table.rows]
    assert costs == sorted(costs, reverse=True) and costs[0] == 620_000_000


def test_the_union_is_the_in_memory_graph_and_counts_are_exact(store: GraphStore) -> None:
    store.add(facts(ARTICLES))
    reference = build_graph(extract_all(ARTICLES))
    assert_same_graph(store.union_graph(), reference)
    assert store.count() == len(reference)
    kinds = {"officials": AGK.Official, "institutions": ORG.Organization, "projects": AGK.Project}
    assert store.stats() == {k: len(set(reference.subjects(RDF.type, cls))) for k, cls in kinds.items()}


def test_removing_an_article_leaves_what_a_fresh_build_of_the_rest_gives(store: GraphStore) -> None:
    store.add(facts(ARTICLES))
    store.remove(["aswan-station"])
    rest = {k: v for k, v in ARTICLES.items() if k != "aswan-station"}
    assert_same_graph(store.union_graph(), build_graph(extract_all(rest)))
    assert store.count() == len(store.union_graph())
    # the governor is still mentioned by the follow-up article; his deputy is not, and is gone
    names = {
        str(r[0].value) for r in store.query("SELECT ?n WHERE { ?p a agk:Official ; rdfs:label ?n }").rows
    }
    assert "حازم فكري الشرقاوي" in names and "سهام رأفت المنوفي" not in names
    assert sorted(store.digests()) == ["aswan-followup", "minya-hospital"]


def test_replacing_an_article_keeps_each_triple_in_one_graph(store: GraphStore) -> None:
    store.add(facts(ARTICLES))
    changed = dict(ARTICLES, **{"minya-hospital": ARTICLES["minya-hospital"].replace("620", "640")})
    store.add(facts({"minya-hospital": changed["minya-hospital"]}))
    assert_same_graph(store.union_graph(), build_graph(extract_all(changed)))
    counted = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]
    assert int(counted.value) == store.count()  # no triple in two graphs, so no duplicate rows


@pytest.mark.parametrize("reopen", [False, True], ids=["same session", "reopened"])
def test_a_shared_triple_gone_with_its_last_article_comes_back_with_the_next(
    tmp_path: Path, reopen: bool
) -> None:
    """The store loads only shared lines it does not hold yet (GraphStore._stored_shared); a line
    removed with the last article stating it must be loaded again when another article states it."""
    station = {"aswan-station": ARTICLES["aswan-station"]}
    followup = {"aswan-followup": ARTICLES["aswan-followup"]}
    store = open_store(tmp_path)
    store.add(facts(station))
    store.remove(["aswan-station"])  # the governor's labels, post and holding leave the store
    if reopen:
        store.close()
        store = open_store(tmp_path)
    store.add(facts(followup))  # and come back: the follow-up article states them too
    try:
        assert_same_graph(store.union_graph(), build_graph(extract_all(followup)))
        assert store.count() == len(store.union_graph())
    finally:
        store.close()


def test_an_interrupted_write_is_undone_when_the_store_is_opened_again(tmp_path: Path) -> None:
    first, second = facts({k: ARTICLES[k] for k in ("aswan-station", "minya-hospital")})
    store = open_store(tmp_path)
    store.add([first])
    store.manifest.mark_pending([(second.article_id, second.shared_blob)])
    store.backend.load(second.quads + second.shared)  # then the process dies before committing
    store.close()

    with open_store(tmp_path) as reopened:
        assert sorted(reopened.digests()) == ["aswan-station"]
        assert_same_graph(
            reopened.union_graph(), build_graph(extract_all({"aswan-station": ARTICLES["aswan-station"]}))
        )
        assert reopened.manifest.pending() == []


def test_read_only_store_answers_queries_and_knows_its_graphs(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        store.add(facts(ARTICLES))
        expected = store.count()
    with open_read_only(tmp_path) as store:
        assert store.count() == expected
        names = store.graph_names()
        assert SHARED_GRAPH in names and len(names) == len(ARTICLES) + 1
        rows = store.query(resolve_query("officials")[0]).rows
        assert {r[0].value for r in rows} == set(ARTICLES)


def test_a_second_writer_gets_one_clear_error(tmp_path: Path) -> None:
    from kg.errors import KgError

    with open_store(tmp_path):
        with pytest.raises(KgError, match="open in another process"):
            open_store(tmp_path)
