"""The ontology and the shapes agree with kg/vocab.py and with what kg/to_rdf.py writes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH

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
from kg.resources import ontology_path, project_root, queries_dir, shapes_path
from kg.to_rdf import build_graph
from kg.validate import MAX_LINES, validate_graph
from kg.vocab import ACTION_TERMS, AGK, INSTITUTION_CLASSES, ITSRDF, NIF, ORG, QUDT, UNIT

SDO = Namespace("https://schema.org/")  # a plain Namespace: pytest probes module globals
ONTOLOGY_IRI = URIRef("https://w3id.org/arabic-gov-kg/ontology")
AGK_NS = str(AGK)

TEXT = (
    "تفقد اللواء سامي منير محافظ الفيوم، والدكتورة نادية فكري نائب محافظ الفيوم، "
    "مشروع مجمع المخابز الآلي بقرية السلام بتكلفة 12.5 مليون جنيه على مساحة 3 آلاف متر مربع."
)


def _mention(phrase: str, occurrence: int = 0) -> Mention:
    """The mention of the `occurrence`-th appearance of `phrase` in TEXT."""
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return Mention(start, start + len(phrase), phrase, 0)


def make_extraction(article_id: str = "fayoum-bakery", suffix: str = "") -> Extraction:
    """One hand-made article: two officials holding posts at a governorate, a project, an action.

    `suffix` makes the entities distinct (for building large graphs of many articles).
    """
    gov = Institution(key=fold("محافظة الفيوم") + suffix, name="محافظة الفيوم", kind="governorate")
    gov.mentions.append(_mention("الفيوم"))
    governor = Official(
        key=fold("سامي منير") + suffix,
        name="سامي منير",
        honorifics=["اللواء"],
        holdings=[Holding("محافظ الفيوم" + suffix, "محافظ", gov.key, _mention("محافظ الفيوم"))],
        mentions=[_mention("سامي منير")],
    )
    deputy = Official(
        key=fold("نادية فكري") + suffix,
        name="نادية فكري",
        honorifics=["الدكتورة"],
        holdings=[
            Holding("نائب محافظ الفيوم" + suffix, "نائب محافظ", gov.key, _mention("نائب محافظ الفيوم"))
        ],
        mentions=[_mention("نادية فكري")],
    )
    name = "مجمع المخابز الآلي بقرية السلام"
    project = Project(
        key=fold(name) + suffix,
        name=name,
        cost=Money(Decimal("12500000"), "EGP", _mention("12.5 مليون جنيه")),
        area=Area(Decimal("3000"), _mention("3 آلاف متر مربع")),
        mentions=[_mention(name)],
    )
    return Extraction(
        article=Article(id=article_id, text=TEXT, title="محافظ الفيوم يتفقد مجمع المخابز", date="2026-10-12"),
        sentences=[Span(0, len(TEXT))],
        officials=[governor, deputy],
        institutions=[gov],
        projects=[project],
        actions=[Action(governor.key, "inspected", project.key, _mention("تفقد"))],
    )


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


def _agk_terms() -> list[str]:
    return sorted(name for name in AGK.__annotations__ if not name.startswith("_"))


# -- ontology ------------------------------------------------------------------


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (RDFS.label, RDFS.comment, OWL.versionInfo, URIRef("http://purl.org/dc/terms/created")):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop


@pytest.mark.parametrize("name", _agk_terms())
def test_every_vocab_term_is_declared_with_arabic_and_english_labels(ontology: Graph, name: str) -> None:
    term = AGK[name]
    types = set(ontology.objects(term, RDF.type))
    assert types & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}, name
    langs = {lit.language for lit in ontology.objects(term, RDFS.label)}
    assert {"ar", "en"} <= langs, name
    assert any(c.language == "en" for c in ontology.objects(term, RDFS.comment)), name


def test_ontology_uses_only_vocab_terms(ontology: Graph) -> None:
    used = {str(t)[len(AGK_NS) :] for triple in ontology for t in triple if str(t).startswith(AGK_NS)}
    assert used == set(_agk_terms())


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (AGK.Official, SDO.Person),
        (AGK.Official, URIRef("http://xmlns.com/foaf/0.1/Person")),
        (AGK.PostHolding, ORG.Membership),
        (AGK.Institution, ORG.Organization),
        (AGK.Ministry, AGK.Institution),
        (AGK.Agency, AGK.Institution),
        (AGK.Project, SDO.Project),
        (AGK.Project, PROV.Entity),
        (AGK.Action, PROV.Activity),
        (AGK.Article, SDO.NewsArticle),
        (AGK.Article, NIF.Context),
        (AGK.Mention, NIF.Phrase),
    ],
)
def test_alignment_with_standard_vocabularies(ontology: Graph, sub: URIRef, sup: URIRef) -> None:
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(("code", "terms"), sorted(ACTION_TERMS.items()))
def test_action_classes_carry_their_code_and_shortcut(
    ontology: Graph, code: str, terms: tuple[URIRef, URIRef]
) -> None:
    cls, shortcut = terms
    assert (cls, RDFS.subClassOf, AGK.Action) in ontology
    assert ontology.value(cls, AGK.actionCode) == Literal(code)
    assert (cls, RDFS.seeAlso, shortcut) in ontology
    assert ontology.value(shortcut, RDFS.domain) == AGK.Official
    assert ontology.value(shortcut, RDFS.range) == AGK.Project


def test_institution_kinds_are_institutions(ontology: Graph) -> None:
    for cls in set(INSTITUTION_CLASSES.values()) - {AGK.Institution}:
        assert (cls, RDFS.subClassOf, AGK.Institution) in ontology, cls


# -- resources -----------------------------------------------------------------


def test_resources_point_at_the_shipped_folders() -> None:
    assert (project_root() / "kg").is_dir()
    assert shapes_path().name == "shapes.ttl"
    assert any(queries_dir().glob("*.rq"))


def test_missing_ontology_file_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match="pip install -e"):
        ontology_path("no-such-file.ttl")


# -- shapes ----------------------------------------------------------------------


def test_shapes_have_readable_names_and_messages(shapes: Graph) -> None:
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert len(node_shapes) >= 9
    for shape in node_shapes:
        assert shapes.value(shape, SH.name) is not None, shape
        for prop in shapes.objects(shape, SH.property):
            assert shapes.value(prop, SH.message) is not None, (shape, prop)


def test_built_graph_conforms() -> None:
    g = build_graph([make_extraction()])
    result = validate_graph(g)
    assert result.conforms, result.report
    assert result.violations == 0
    assert "no violations" in result.report


def test_graph_of_several_articles_conforms() -> None:
    g = build_graph([make_extraction("a1"), make_extraction("a2"), make_extraction("a3", suffix=" ٣")])
    result = validate_graph(g)
    assert result.conforms, result.report


# -- broken graphs ---------------------------------------------------------------


def _subject(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _remove_official_labels(g: Graph) -> None:
    for person in g.subjects(RDF.type, AGK.Official):
        g.remove((person, RDFS.label, None))


def _set_currency(code: str) -> Callable[[Graph], None]:
    def mutate(g: Graph) -> None:
        cost = _subject(g, SDO.MonetaryAmount)
        g.set((cost, SDO.currency, Literal(code)))

    return mutate


def _begin_after_end(g: Graph) -> None:
    mention = _subject(g, AGK.Mention)
    end = g.value(mention, NIF.endIndex)
    g.set((mention, NIF.beginIndex, Literal(int(end) + 3)))


def _action_without_official(g: Graph) -> None:
    g.remove((None, PROV.wasAssociatedWith, None))


def _status_retired(g: Graph) -> None:
    holding = _subject(g, AGK.PostHolding)
    g.set((holding, AGK.holdingStatus, Literal("retired")))


def _official_label_in_english(g: Graph) -> None:
    person = _subject(g, AGK.Official)
    g.set((person, RDFS.label, Literal("Sami Mounir", lang="en")))


def _area_in_hectares(g: Graph) -> None:
    area = next(iter(g.objects(None, AGK.area)))
    g.set((area, QUDT.unit, UNIT.HA))


def _mention_without_article(g: Graph) -> None:
    mention = _subject(g, AGK.Mention)
    g.remove((mention, NIF.referenceContext, None))


def _mention_naming_nothing(g: Graph) -> None:
    mention = _subject(g, AGK.Mention)
    g.remove((mention, ITSRDF.taIdentRef, None))


def _first_seen_not_a_date(g: Graph) -> None:
    holding = _subject(g, AGK.PostHolding)
    g.set((holding, AGK.firstSeen, Literal("12 أكتوبر")))


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_remove_official_labels, "official must have a name"),
        (_official_label_in_english, "written in Arabic"),
        (_set_currency("egp"), "ISO 4217"),
        (_set_currency("EURO"), "found: 'EURO'"),
        (_begin_after_end, "smaller than its end offset"),
        (_action_without_official, "done by exactly one official"),
        (_status_retired, "found: 'retired'"),
        (_area_in_hectares, "square metres"),
        (_mention_without_article, "belong to exactly one article"),
        (_mention_naming_nothing, "must name something"),
        (_first_seen_not_a_date, "found: '12 أكتوبر'"),
    ],
    ids=lambda v: getattr(v, "__name__", None) if callable(v) else None,
)
def test_broken_graph_does_not_conform(mutate: Callable[[Graph], None], expected: str) -> None:
    g = build_graph([make_extraction()])
    mutate(g)
    result = validate_graph(g)
    assert not result.conforms
    assert result.violations >= 1
    assert expected in result.report, result.report


def test_one_verb_stating_two_actions_is_a_warning_only() -> None:
    """«تفقد X وY ...»: both actions derive from the one verb, whose span then names both."""
    ex = make_extraction()
    deputy, project, trigger = ex.officials[1], ex.projects[0], ex.actions[0].mention
    ex.actions.append(Action(deputy.key, "inspected", project.key, trigger))
    result = validate_graph(build_graph([ex]))
    assert result.conforms, result.report
    assert result.violations == 0
    assert result.report.splitlines() == [
        "The graph conforms to the shapes, with 1 warning:",
        "[warning] id:article/fayoum-bakery#char=0,4 «تفقد» | itsrdf:taIdentRef | "
        "A mention should name exactly one thing (itsrdf:taIdentRef); "
        "this span is the evidence of several facts.",
    ]


def test_report_names_the_official_by_label_and_the_path() -> None:
    g = build_graph([make_extraction()])
    person = next(
        s for s in g.subjects(RDF.type, AGK.Official) if (s, RDFS.label, Literal("سامي منير", lang="ar")) in g
    )
    g.remove((person, ORG.holds, None))
    result = validate_graph(g)
    assert result.violations == 1
    assert "«سامي منير» | org:holds | An official must hold at least one post" in result.report


def test_report_is_limited_and_counts_the_rest() -> None:
    g = build_graph([make_extraction(f"art-{i}", suffix=f" {i}") for i in range(30)])
    for holding in list(g.subjects(RDF.type, AGK.PostHolding)):
        g.set((holding, AGK.holdingStatus, Literal("retired")))
    result = validate_graph(g)
    assert result.violations == 60
    lines = result.report.splitlines()
    assert len(lines) == 1 + MAX_LINES + 1
    assert lines[0] == "60 violations of the shapes:"
    assert lines[-1] == "... and 10 more"
    assert lines[1:-1] == sorted(lines[1:-1])
