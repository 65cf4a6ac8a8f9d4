"""kg.evaluate scores exactly as the shared scorer (score.py) does.

The matching rules are checked on tiny hand-made gold records and prediction
rows (names invented, in the style of Egyptian government news); the whole
pipeline is checked against score.py itself on the development set, with the
CSV files written from the same graph.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from extract.normalize import fold
from kg.errors import KgError
from kg.evaluate import (
    CONTRACT_QUERIES,
    KINDS,
    ArticleScore,
    EvalReport,
    contract_rows,
    evaluate,
    extract_golds,
    format_report,
    load_gold,
    report_json,
    score_article,
    score_fold,
    score_graph,
    score_rows,
    text_sentence,
)
from kg.query import named_queries, rows_of, run_query
from kg.resources import project_root
from kg.to_rdf import build_graph
from kg.vocab import AGK, NIF

# the officials of conftest's fixture article (invented names)
MINISTER, DIRECTOR = "سامح عادل القناوي", "ليلى حسن المنشاوي"

SHARED_EVAL = project_root().parent / "shared" / "eval"
DEV = SHARED_EVAL / "dev.jsonl"
SCORER = SHARED_EVAL / "score.py"
GOLD_DIR = Path(__file__).parent / "gold"

# -- folding ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("أحمد إبراهيم آل", "احمد ابراهيم ال"),
        ("مديرية الصحة بالمنيا", "مديريه الصحه بالمنيا"),
        ("مستشفى", "مستشفي"),
        ("الْقَاهِرَة", "القاهره"),
        ("محـــافظ", "محافظ"),
        ("٤٧ مليون", "47 مليون"),
        ("«حياة كريمة»،", "حياه كريمه"),
        ("  وزير   الري ", "وزير الري"),
        ("رؤوف", "رؤوف"),  # hamza on waw is kept by the scorer
        ("هيئة", "هيئه"),  # hamza on ya is kept by the scorer
        ("", ""),
        (None, ""),
    ],
)
def test_score_fold_is_the_scorers_folding(text: str | None, folded: str) -> None:
    assert score_fold(text) == folded


@pytest.mark.parametrize("word", ["رؤوف", "هيئة", "مسؤول"])
def test_score_fold_differs_from_extraction_folding_on_hamza_seats(word: str) -> None:
    assert score_fold(word) != fold(word)


# -- matching rules on hand-made rows -------------------------------------


def gold_record(**fields: list) -> dict:
    record: dict = {
        "id": "t1",
        "text": "",
        "officials": [],
        "institutions": [],
        "projects": [],
        "actions": [],
    }
    record.update(fields)
    return record


def official(name: str, *roles: dict, alt_names: list[str] | None = None, optional: bool = False) -> dict:
    item = {"name": name, "alt_names": alt_names or [], "titles": [], "roles": list(roles)}
    if optional:
        item["optional"] = True
    return item


def role(text: str, alt: list[str] | None = None, optional: bool = False) -> dict:
    item = {"role": text, "alt": alt or [], "institution": None}
    if optional:
        item["optional"] = True
    return item


def official_rows(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"article": "t1", "person": "", "name": n, "role": r, "institution": ""} for n, r in pairs]


def counts(result: ArticleScore, kind: str) -> tuple[int, int, int]:
    t = result.tallies[kind]
    return t.tp, t.fp, t.fn


HANI = "هاني أسامة الشربيني"
RAOUF = "رؤوف عبد الستار سالم"


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ([official(HANI)], ["هانى اسامة الشربينى"], (1, 0, 0)),  # spelling folded
        ([official(HANI, alt_names=["هاني الشربيني"])], ["هاني الشربيني"], (1, 0, 0)),
        ([official(HANI, alt_names=["هاني الشربيني"])], [HANI, "هاني الشربيني"], (1, 1, 0)),  # one-to-one
        ([official(HANI, optional=True)], [HANI], (0, 0, 0)),  # optional: no reward
        ([official(HANI, optional=True)], [], (0, 0, 0)),  # optional: no penalty
        ([official(RAOUF), official(HANI, optional=True)], [HANI], (0, 0, 1)),
        ([], [HANI], (0, 1, 0)),
        ([official(RAOUF)], ["رءوف عبد الستار سالم"], (0, 1, 1)),  # ؤ/ء not folded
        ([official(HANI)], [HANI, HANI], (1, 0, 0)),  # repeated rows are one prediction
    ],
)
def test_officials_match_one_to_one_on_folded_names(gold: list, predicted: list, expected: tuple) -> None:
    result = score_article(
        gold_record(officials=gold), {"officials": official_rows(*((n, "") for n in predicted))}
    )
    assert counts(result, "officials") == expected


GOVERNOR = "محافظ الدقهلية"


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ([official(HANI, role(GOVERNOR))], [(HANI, "محافظ الدقهليه")], (1, 0, 0)),
        # the role is right but the official is not matched: the role does not count
        ([official(HANI, role(GOVERNOR))], [("هاني الشربينى", GOVERNOR)], (0, 1, 1)),
        (
            [official(HANI, role("نائب محافظ الدقهلية", alt=["نائب المحافظ"]))],
            [(HANI, "نائب المحافظ")],
            (1, 0, 0),
        ),
        ([official(HANI, role(GOVERNOR, optional=True))], [(HANI, GOVERNOR)], (0, 0, 0)),
        ([official(HANI, role(GOVERNOR), optional=True)], [(HANI, GOVERNOR)], (0, 0, 0)),  # official optional
        ([official(HANI, role(GOVERNOR))], [(HANI, "")], (0, 0, 1)),  # no role stated
        ([official(HANI, role(GOVERNOR))], [(HANI, GOVERNOR), (HANI, "محافظ الغربية")], (1, 1, 0)),
        # the role belongs to another gold official
        ([official(HANI, role(GOVERNOR)), official(RAOUF)], [(HANI, ""), (RAOUF, GOVERNOR)], (0, 1, 1)),
    ],
)
def test_roles_count_only_where_the_official_matched(gold: list, predicted: list, expected: tuple) -> None:
    result = score_article(gold_record(officials=gold), {"officials": official_rows(*predicted)})
    assert counts(result, "roles") == expected


def project(name: str, alt: list[str] | None = None, **measures: object) -> dict:
    return {"name": name, "alt": alt or [], "cost": None, "currency": None, "area_m2": None, **measures}


def project_rows(*names: str, cost: str = "", currency: str = "", area: str = "") -> list[dict[str, str]]:
    return [{"article": "t1", "name": n, "cost": cost, "currency": currency, "area_m2": area} for n in names]


HOSPITAL = "تطوير مستشفى طنطا العام"
PLANT = "إنشاء محطة معالجة صرف صحي"


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ([project(HOSPITAL)], ["تطوير مستشفي طنطا العام"], (1, 0, 0)),
        ([project(HOSPITAL)], ["مستشفى طنطا العام"], (1, 0, 0)),  # token F1 6/7
        ([project(HOSPITAL)], ["مستشفى طنطا"], (1, 0, 0)),  # token F1 4/6
        ([project(HOSPITAL)], ["مستشفى"], (0, 1, 1)),  # token F1 2/5
        ([project(PLANT)], ["محطة معالجة صرف بقرية الروضة"], (1, 0, 0)),  # token F1 exactly 0.6
        ([project(PLANT)], ["محطة معالجة بقرية الروضة"], (0, 1, 1)),  # token F1 4/9
        ([project(HOSPITAL, alt=["مستشفى طنطا العام الجديد"])], ["مستشفى طنطا العام الجديد"], (1, 0, 0)),
        ([project(HOSPITAL)], [HOSPITAL, "مستشفى طنطا العام"], (1, 1, 0)),  # one-to-one, exact first
        # the exact pair is taken first, so the fuzzy one finds the other gold project
        ([project("مستشفى طنطا"), project(HOSPITAL)], ["مستشفى طنطا", HOSPITAL], (2, 0, 0)),
        ([project(HOSPITAL, optional=True)], ["مستشفى طنطا العام"], (0, 0, 0)),
    ],
)
def test_projects_match_exactly_or_by_token_f1(gold: list, predicted: list, expected: tuple) -> None:
    result = score_article(gold_record(projects=gold), {"projects": project_rows(*predicted)})
    assert counts(result, "projects") == expected


@pytest.mark.parametrize(
    ("cost", "currency", "right"),
    [
        ("47000000", "EGP", True),
        ("47000000.00", "EGP", True),
        ("47200000", "EGP", True),  # 0.43 % off
        ("46800000", "EGP", True),
        ("47300000", "EGP", False),  # 0.64 % off
        ("47000000", "USD", False),  # other currency
        ("47000000", "egp", True),  # the code's case does not matter
        ("47000000", "", False),
        ("", "", False),
        ("٤٧٠٠٠٠٠٠", "EGP", True),  # Arabic-Indic digits are read
    ],
)
def test_cost_within_half_a_percent_and_same_currency(cost: str, currency: str, right: bool) -> None:
    gold = gold_record(projects=[project(HOSPITAL, cost=47_000_000, currency="EGP")])
    result = score_article(gold, {"projects": project_rows(HOSPITAL, cost=cost, currency=currency)})
    assert result.cost == (int(right), 1)
    assert [m.kind for m in result.misses] == ([] if right else ["cost"])


@pytest.mark.parametrize(
    ("area", "right"), [("800", True), ("808", True), ("792", True), ("809", False), ("", False)]
)
def test_area_within_one_percent(area: str, right: bool) -> None:
    gold = gold_record(projects=[project(HOSPITAL, area_m2=800)])
    result = score_article(gold, {"projects": project_rows(HOSPITAL, area=area)})
    assert result.area == (int(right), 1)


def test_cost_and_area_are_scored_only_on_matched_projects_that_state_them() -> None:
    gold = gold_record(projects=[project(HOSPITAL, cost=5_000_000, currency="EGP"), project(PLANT)])
    result = score_article(gold, {"projects": project_rows("مشروع آخر", cost="5000000", currency="EGP")})
    assert result.cost == (0, 0) and result.area == (0, 0)


def action_rows(*triples: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"article": "t1", "official": o, "action": a, "project": p} for o, a, p in triples]


def action(who: str, what: str, project_name: str, optional: bool = False) -> dict:
    item = {"official": who, "action": what, "project": project_name}
    if optional:
        item["optional"] = True
    return item


@pytest.mark.parametrize(
    ("gold_actions", "predicted", "expected"),
    [
        ([action(HANI, "inspected", HOSPITAL)], [(HANI, "inspected", HOSPITAL)], (1, 0, 0)),
        # the project row is named loosely but close enough by token F1
        ([action(HANI, "inspected", HOSPITAL)], [(HANI, "inspected", "مستشفى طنطا")], (1, 0, 0)),
        ([action(HANI, "inspected", HOSPITAL)], [(HANI, "opened", HOSPITAL)], (0, 1, 1)),
        ([action(HANI, "inspected", HOSPITAL)], [("هاني الشربيني", "inspected", HOSPITAL)], (0, 1, 1)),
        ([action(HANI, "inspected", HOSPITAL)], [(HANI, "inspected", "مستشفى")], (0, 1, 1)),
        ([action(HANI, "inspected", HOSPITAL, optional=True)], [(HANI, "inspected", HOSPITAL)], (0, 0, 0)),
    ],
)
def test_actions_need_the_official_the_code_and_the_project(
    gold_actions: list, predicted: list, expected: tuple
) -> None:
    gold = gold_record(officials=[official(HANI)], projects=[project(HOSPITAL)], actions=gold_actions)
    rows = {
        "officials": official_rows((HANI, "")),
        "projects": project_rows(HOSPITAL),
        "actions": action_rows(*predicted),
    }
    assert counts(score_article(gold, rows), "actions") == expected


def test_figures_are_micro_averaged_and_kg_f1_is_the_mean_of_five() -> None:
    golds = [
        gold_record(id="a", officials=[official(HANI, role(GOVERNOR))]),
        gold_record(
            id="b", officials=[official(RAOUF)], institutions=[{"name": "محافظة الدقهلية", "alt": []}]
        ),
    ]
    rows = {
        "officials": {"a": official_rows((HANI, GOVERNOR)), "b": official_rows(("عادل", ""))},
        "institutions": {"b": [{"article": "b", "name": "محافظة الدقهليه", "parent": ""}]},
    }
    figures = score_rows(golds, rows).as_dict()
    assert figures["officials"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert figures["roles"]["f1"] == 1.0
    assert figures["institutions"]["f1"] == 1.0
    assert figures["kg_f1"] == round((0.5 + 1 + 1 + 0 + 0) / 5, 4)
    assert figures["articles"] == 2
    assert figures["cost_accuracy"] is None and figures["area_accuracy"] is None


# -- reports ---------------------------------------------------------------


def test_format_report_is_a_table_of_every_kind() -> None:
    report = score_rows(
        [gold_record(officials=[official(HANI)])], {"officials": {"t1": official_rows((HANI, ""))}}
    )
    text = format_report(report)
    for kind in KINDS:
        assert kind in text
    assert "kg_f1 0.200 over 1 articles" in text
    assert "cost accuracy —" in text


def test_report_json_has_the_scorers_keys() -> None:
    data = json.loads(report_json(EvalReport([])))
    assert set(data) == {*KINDS, "cost_accuracy", "area_accuracy", "kg_f1", "articles"}


def article_text(graph: Graph) -> str:
    return str(graph.value(graph.value(None, RDF.type, AGK.Article), NIF.isString))


def test_misses_are_shown_next_to_their_sentences(fixture_graph: Graph) -> None:
    # gold knows only the minister and a ministry spelled shorter than the graph's
    text = article_text(fixture_graph)
    gold = gold_record(
        id="minya-hospital",
        text=text,
        officials=[official(MINISTER)],
        institutions=[{"name": "وزارة الصحة", "alt": []}],
    )
    report = score_graph([gold], fixture_graph, misses=True)
    wrong = {(m.kind, m.status, m.item): m.sentence for m in report.articles[0].misses}
    second_sentence = text.split("\n")[1]
    assert wrong[("officials", "spurious", DIRECTOR)] == second_sentence  # from the graph
    assert wrong[("institutions", "missed", "وزارة الصحة")] == second_sentence  # by text search
    text = format_report(report)
    assert f"spurious officials    {DIRECTOR}" in text
    assert f"in: {second_sentence}" in text
    assert report.as_dict()["misses"]["minya-hospital"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("مستشفى المنيا الجامعي", 0),
        ("الإدارة المركزية للمستشفيات", 1),
        ("وزارة الصحه والسكان", 1),  # the first sentence holding the folded name
        ("تطوير مستشفى المنيا", 0),  # not verbatim: the sentence with most of its words
        ("رئيس قطاع المستشفيات بالمنيا", None),  # a quarter of its words is too few
        ("اسم غير موجود", None),
    ],
)
def test_text_sentence_finds_the_first_sentence_naming_an_item(
    fixture_graph: Graph, name: str, expected: int | None
) -> None:
    text = article_text(fixture_graph)
    sentences = text.split("\n")
    assert text_sentence(text, name) == ("" if expected is None else sentences[expected])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"id": "a", "text": "نص"}\n{"id": "b", "text": \n', ":2: invalid JSON"),
        ('{"id": "a"}\n', ':1: a gold record needs an "id" and a "text"'),
        ("\n\n", "gold file has no articles"),
    ],
)
def test_bad_gold_files_are_one_line_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError) as err:
        load_gold(path)
    assert message in str(err.value) and str(path) in str(err.value)


def test_missing_gold_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="no such gold file"):
        evaluate(tmp_path / "absent.jsonl")


# -- the same figures as score.py on the development set ---------------------


def write_csvs(graph: Graph, folder: Path) -> None:
    """The four contract queries' results as CSV files, as `kg query --format csv` writes them."""
    queries = named_queries()
    for name in CONTRACT_QUERIES:
        header, rows = rows_of(run_query(graph, queries[name].read_text(encoding="utf-8")))
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows(rows)


@pytest.fixture(scope="module")
def dev_figures(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict]:
    """(kg.evaluate's figures, score.py's figures) for one graph built from dev.jsonl."""
    if not DEV.exists() or not SCORER.exists():
        pytest.skip(f"the shared development set is not beside the repository ({DEV} absent)")
    golds = load_gold(DEV)
    skipped: list[str] = []
    graph = build_graph(extract_golds(golds, skipped))
    assert skipped == []
    ours = score_graph(golds, graph).as_dict()
    folder = tmp_path_factory.mktemp("dev-csv")
    write_csvs(graph, folder)
    done = subprocess.run(
        [sys.executable, str(SCORER), str(DEV), str(folder), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return ours, json.loads(done.stdout)


@pytest.mark.parametrize("kind", KINDS)
def test_dev_figures_equal_the_scorers(dev_figures: tuple[dict, dict], kind: str) -> None:
    ours, theirs = dev_figures
    assert ours[kind] == theirs[kind]


def test_dev_summary_equals_the_scorers(dev_figures: tuple[dict, dict]) -> None:
    ours, theirs = dev_figures
    assert ours == theirs
    assert ours["articles"] == 9 and 0 < ours["kg_f1"] <= 1


def test_evaluate_from_the_file_gives_the_same_figures(dev_figures: tuple[dict, dict]) -> None:
    assert evaluate(DEV).as_dict() == dev_figures[1]


def test_evaluate_reads_the_rows_the_queries_return(fixture_graph: Graph) -> None:
    rows = contract_rows(fixture_graph)
    assert set(rows) == set(CONTRACT_QUERIES)
    assert {r["name"] for r in rows["officials"]["minya-hospital"]} == {MINISTER, DIRECTOR}
    assert rows["projects"]["minya-hospital"][0]["cost"].startswith("620000000")


# -- the project's own gold files ------------------------------------------


@pytest.mark.parametrize("name", ["own.jsonl", "own19.jsonl"])
def test_evaluate_runs_on_the_projects_gold_files(name: str) -> None:
    path = GOLD_DIR / name
    report = evaluate(path, misses=True)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(report.articles) == len(lines)
    assert report.skipped == []
    assert f"over {len(lines)} articles" in format_report(report)
