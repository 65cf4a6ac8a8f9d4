"""The `kg` command, invoked through kg.cli.main: exit codes, output and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.term import Node

from extract.model import Article, Extraction
from kg.atomic import atomic_path, atomic_write_text
from kg.cli import main
from kg.export import turtle
from kg.resources import project_root

GOOD = (
    "افتتح اللواء كمال عبد الرؤوف الصيرفي، محافظ أسوان، محطة مياه الشرب الجديدة بقرية الكرور، "
    "بتكلفة 85 مليون جنيه.\nوتفقد المحافظ أعمال إنشاء مدرسة الكرور الابتدائية."
)
OTHER = "وضع الدكتور سامح عادل القناوي، وزير الصحة والسكان، حجر الأساس لمستشفى المنيا الجامعي."


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def assert_isomorphic(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(f"graphs differ:\n{only_a.serialize(format='nt')}\n---\n{only_b.serialize(format='nt')}")


# -- build ---------------------------------------------------------------------


def bad_inputs(folder: Path) -> dict[str, int | None]:
    """One file of each kind of bad input; returns file name → line the error must name."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\n\t", encoding="utf-8")
    (folder / "windows-1256.txt").write_bytes("خبر عن المحافظة".encode("cp1256"))
    (folder / "broken.jsonl").write_text(
        jsonl({"id": "j1", "text": OTHER}) + '{"id": "j2", "text": \n', "utf-8"
    )
    (folder / "not-object.jsonl").write_text('"just a string"\n', encoding="utf-8")
    (folder / "no-text.jsonl").write_text(jsonl({"id": "j3", "title": "بلا نص"}), encoding="utf-8")
    (folder / "empty-text.jsonl").write_text(jsonl({"id": "j4", "text": " "}), encoding="utf-8")
    (folder / "z-dupe.jsonl").write_text(jsonl({"id": "good", "text": OTHER}), encoding="utf-8")
    return {
        "empty.txt": None,
        "blank.txt": None,
        "windows-1256.txt": 1,
        "broken.jsonl": 2,
        "not-object.jsonl": 1,
        "no-text.jsonl": 1,
        "empty-text.jsonl": 1,
        "z-dupe.jsonl": 1,
    }


def test_build_reports_each_bad_input_once_and_builds_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    expected = bad_inputs(src)
    missing = tmp_path / "nowhere.txt"

    status, out, err = run(capsys, "build", src, missing, "--out", tmp_path / "out")

    assert status == 2
    assert out == ""
    lines = err.splitlines()
    for name, line in [*expected.items(), ("nowhere.txt", None)]:
        path = missing if name == "nowhere.txt" else src / name
        prefix = f"kg: {path}:{line}: " if line else f"kg: {path}: "
        mine = [entry for entry in lines if entry.startswith(f"kg: {path}:")]
        assert len(mine) == 1 and mine[0].startswith(prefix), (name, mine)
    summary = r"built 2 articles \(9 skipped\): \d+ triples, \d+ officials, \d+ institutions, \d+ projects"
    assert re.fullmatch(summary + r" in \d+\.\ds", lines[-1]), lines[-1]
    assert "Traceback" not in err
    graph = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    ids = {str(o) for o in graph.objects(None, ns.DCTERMS.identifier)}
    assert ids == {"good", "j1"}


def test_build_with_nothing_readable_exits_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    status, _, err = run(
        capsys, "build", tmp_path / "empty.txt", tmp_path / "missing", "--out", tmp_path / "out"
    )
    assert status == 1
    assert not (tmp_path / "out" / "graph.ttl").exists()
    assert err.splitlines()[:2] == [
        f"kg: {tmp_path / 'empty.txt'}: empty file",
        f"kg: {tmp_path / 'missing'}: no such file or folder",
    ]
    assert "nothing built" in err.splitlines()[-1]


def test_build_all_good_exits_0_and_is_byte_identical_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(jsonl({"id": 7, "text": OTHER, "date": "2026-01-05"}), encoding="utf-8")
    outputs = []
    for n in (1, 2):
        status, _, err = run(
            capsys, "build", tmp_path / "a.txt", tmp_path / "b.jsonl", "--out", tmp_path / f"o{n}"
        )
        assert status == 0, err
        assert "built 2 articles (0 skipped)" in err
        outputs.append((tmp_path / f"o{n}" / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1]
    assert not list(tmp_path.glob("o1/.*tmp*")), "temporary files left behind"


def test_build_quiet_prints_no_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    status, _, err = run(capsys, "build", tmp_path / "a.txt", "--out", tmp_path / "o", "--quiet")
    assert status == 0
    assert "built" not in err
    assert (tmp_path / "o" / "graph.ttl").exists()


def test_build_keeps_graph_when_view_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_view(graph: Graph, out: Path, **options: object) -> int:
        raise RuntimeError("no layout for you")

    monkeypatch.setitem(sys.modules, "kg.view", types.SimpleNamespace(write_view=broken_view))
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    status, _, err = run(capsys, "build", tmp_path / "a.txt", "--out", tmp_path / "o")
    assert status == 0
    assert (tmp_path / "o" / "graph.ttl").exists()
    assert not (tmp_path / "o" / "graph.html").exists()
    assert (
        f"kg: {tmp_path / 'o' / 'graph.html'}: not written: RuntimeError: no layout for you"
        in err.splitlines()
    )


def test_extraction_failure_skips_one_article_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract.pipeline import extract_article

    def fragile(article: Article) -> Extraction:
        if "انهيار" in article.text:
            raise IndexError("span out of range\nat token 7")
        return extract_article(article)

    monkeypatch.setattr("kg.build.extract_article", fragile)
    news = tmp_path / "news.jsonl"
    news.write_text(
        jsonl({"id": "ok", "text": GOOD}, {"id": "bad", "text": "خبر عن انهيار جزئي لسور المدرسة."}), "utf-8"
    )
    status, _, err = run(capsys, "build", news, "--out", tmp_path / "o")
    assert status == 2
    assert (
        f"kg: {news}:2: extraction failed: IndexError: span out of range at token 7 (KG_DEBUG=1 shows where)"
        in (err.splitlines())
    )
    assert "built 1 articles (1 skipped)" in err


def test_stale_view_is_removed_when_the_view_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "graph.html").write_text("<html>old</html>", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "kg.view", types.SimpleNamespace(write_view=None))
    status, _, err = run(capsys, "build", tmp_path / "a.txt", "--out", tmp_path / "o")
    assert status == 0
    assert "graph.html: not written: TypeError" in err
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["graph.ttl", "store"]


# -- query ---------------------------------------------------------------------


def test_query_csv_has_exact_header_and_plain_values(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "query", "officials", "--graph", fixture_graph_file, "--format", "csv")
    assert (status, err) == (0, "")
    rows = list(csv.reader(io.StringIO(out)))
    assert out.splitlines()[0] == "article,person,name,role,institution"
    assert sorted(r[2:] for r in rows[1:]) == [
        ["سامح عادل القناوي", "وزير الصحة والسكان", "وزارة الصحة والسكان"],
        ["ليلى حسن المنشاوي", "رئيس الإدارة المركزية للمستشفيات", "الإدارة المركزية للمستشفيات"],
    ]
    assert all(
        r[0] == "minya-hospital" and r[1].startswith("https://w3id.org/arabic-gov-kg/id/person/")
        for r in rows[1:]
    )


def test_query_json_is_sparql_results(fixture_graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "query", "projects", "--graph", fixture_graph_file, "--format", "json")
    doc = json.loads(out)
    assert status == 0
    assert doc["head"]["vars"] == ["article", "name", "cost", "currency", "area_m2"]
    (row,) = doc["results"]["bindings"]
    assert row["name"] == {"type": "literal", "value": "مستشفى المنيا الجامعي", "xml:lang": "ar"}
    assert float(row["cost"]["value"]) == 620_000_000 and row["currency"]["value"] == "EGP"


def test_query_table_is_aligned(fixture_graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kg.query import display_width

    status, out, _ = run(capsys, "query", "institutions", "--graph", fixture_graph_file)
    lines = out.splitlines()
    assert status == 0
    assert lines[-1] == "(3 rows)"
    assert "قطاع الطب العلاجي" in out
    bars = {tuple(display_width(cell) for cell in line.split("|")[:-1]) for line in lines[:-1] if "|" in line}
    assert len(bars) == 1, "columns are not aligned"


@pytest.mark.parametrize(
    "spelling",
    ["وزارة الصحة والسكان", "وزاره الصحه والسكان", "وِزارةُ الصحةِ والسكان"],
    ids=["as-written", "ha-for-ta-marbuta", "with-diacritics"],
)
def test_param_is_folded_and_bound(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    status, out, _ = run(
        capsys,
        "query",
        "officials-of",
        "--graph",
        fixture_graph_file,
        "-f",
        "csv",
        "--param",
        f"institution={spelling}",
    )
    names = sorted(row["name"] for row in csv.DictReader(io.StringIO(out)))
    assert (status, names) == (0, ["سامح عادل القناوي", "ليلى حسن المنشاوي"])


@pytest.mark.parametrize(
    "hostile",
    ['x" } UNION { ?s ?p ?o } #', "x' } UNION { ?s ?p ?o } #", '"""} ?s ?p ?o {"""', "?s ?p ?o"],
)
def test_hostile_param_value_cannot_change_the_query(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str], hostile: str
) -> None:
    for key in ("name", "currency"):
        query = "statements-about" if key == "name" else "projects-by-cost-in"
        status, out, err = run(
            capsys, "query", query, "--graph", fixture_graph_file, "-f", "csv", "-p", f"{key}={hostile}"
        )
        assert (status, err) == (0, "")
        assert len(out.splitlines()) == 1, out  # the header only


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["query", "officials", "--graph", "{dir}/none.ttl"],
            "kg: {dir}/none.ttl: no such graph; run `kg build` first",
        ),
        (
            ["query", "no-such-query", "--graph", "{graph}"],
            "kg: unknown query 'no-such-query'; named queries: ",
        ),
        (["query", "SELECT ?s WHERE { ?s ?p", "--graph", "{graph}"], "kg: <query>:1: SPARQL syntax error"),
        (
            ["query", "officials", "--graph", "{graph}", "-p", "nope=1"],
            "kg: {queries}/officials.rq: query has no variable ?nope",
        ),
        (
            ["query", "officials", "--graph", "{graph}", "-p", "novalue"],
            "kg: --param 'novalue': expected key=value",
        ),
        (["query", "{dir}/gone.rq", "--graph", "{graph}"], "kg: {dir}/gone.rq: no such query file"),
        (["export", "--graph", "{graph}"], "kg: choose an RDF format with --format ttl|nt|jsonld"),
        (["view", "--graph", "{dir}/none.ttl"], "kg: {dir}/none.ttl: no such graph; run `kg build` first"),
        (["validate", "--graph", "{dir}/broken.ttl"], "kg: {dir}/broken.ttl:1: not valid turtle: "),
    ],
    ids=[
        "missing-graph",
        "unknown-name",
        "syntax",
        "unknown-param",
        "bad-param",
        "missing-rq",
        "no-format",
        "view-missing-graph",
        "broken-graph",
    ],
)
def test_errors_are_one_line_with_file_and_line(
    tmp_path: Path,
    fixture_graph_file: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    (tmp_path / "broken.ttl").write_text("<a> <b> .\n", encoding="utf-8")
    fill = {
        "dir": str(tmp_path),
        "graph": str(fixture_graph_file),
        "queries": str(project_root() / "queries"),
    }

    def filled(text: str) -> str:
        for key, value in fill.items():
            text = text.replace(f"{{{key}}}", value)
        return text

    status, out, err = run(capsys, *map(filled, argv))
    assert status == 1
    assert out == ""
    assert len(err.splitlines()) == 1, err
    assert err.startswith(filled(message)), err


# -- export --------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_round_trips_isomorphic(
    tmp_path: Path,
    fixture_graph_file: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
    rdflib_format: str,
) -> None:
    target = tmp_path / f"export.{fmt}"
    status, out, _ = run(capsys, "export", "--graph", fixture_graph_file, "--format", fmt, "--out", target)
    assert (status, out) == (0, "")
    loaded = Graph().parse(fixture_graph_file, format="turtle")
    assert_isomorphic(Graph().parse(target, format=rdflib_format), loaded)

    status, out, _ = run(capsys, "export", "--graph", fixture_graph_file, "--format", fmt)
    assert status == 0
    assert out == target.read_text(encoding="utf-8"), "stdout and --out differ"
    assert_isomorphic(Graph().parse(data=out, format=rdflib_format), loaded)


def test_export_guesses_format_from_out_suffix(
    tmp_path: Path, fixture_graph_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, _ = run(capsys, "export", "--graph", fixture_graph_file, "--out", tmp_path / "g.nt")
    assert status == 0
    loaded = Graph().parse(fixture_graph_file, format="turtle")
    assert_isomorphic(Graph().parse(tmp_path / "g.nt", format="nt"), loaded)


AWKWARD_OBJECTS = [
    Literal('قال: "افتتحنا المحطة" \\ ثم غادر', lang="ar"),
    Literal("سطر أول\nسطر ثان\r\n\tبعد مسافة"),
    Literal("control \x01\x1f\x7f chars"),
    Literal("ends with a backslash \\"),
    Literal('"""triple quotes"""'),
    Literal(-42),
    Literal(True),
    Literal(Decimal("47000000")),
    Literal(Decimal("1.20")),
    Literal(3.5),
    Literal("2026-03-14", datatype=ns.XSD.date),
    Literal("x", datatype=ns.XSD.string),
    Literal("odd", datatype=URIRef("http://example.org/dt#with-hash")),
    URIRef("https://w3id.org/arabic-gov-kg/id/person/%D8%B3%D8%A7%D9%85%D8%AD"),
    URIRef("https://w3id.org/arabic-gov-kg/ontology#Official"),
    URIRef("https://w3id.org/arabic-gov-kg/ontology#"),
    URIRef("http://example.org/a.b."),
    BNode("b1"),
]


@pytest.mark.parametrize("obj", AWKWARD_OBJECTS, ids=[f"term{i}" for i in range(len(AWKWARD_OBJECTS))])
def test_turtle_writer_round_trips_awkward_terms(obj: Node) -> None:
    g = Graph()
    subject = URIRef("https://w3id.org/arabic-gov-kg/id/article/a%201#char=0,4")
    g.add((subject, ns.RDF.type, URIRef("https://w3id.org/arabic-gov-kg/ontology#Mention")))
    g.add((subject, URIRef("http://example.org/p"), obj))
    text = turtle(g)
    back = Graph().parse(data=text, format="turtle")
    assert_isomorphic(back, g)
    if not isinstance(obj, BNode):  # parsing renames blank nodes
        assert turtle(back) == text


def test_turtle_keeps_lexical_forms(fixture_graph: Graph) -> None:
    back = Graph().parse(data=turtle(fixture_graph), format="turtle")
    amounts = {str(o) for o in back.objects(None, URIRef("https://schema.org/value"))}
    areas = {str(o) for o in back.objects(None, URIRef("http://qudt.org/schema/qudt/numericValue"))}
    assert (amounts, areas) == ({"620000000"}, {"18000"})


# -- atomic output -------------------------------------------------------------


def test_atomic_write_leaves_old_file_when_writer_raises(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    atomic_write_text(target, "old\n")
    with pytest.raises(RuntimeError, match="disk on fire"):
        with atomic_path(target) as tmp:
            tmp.write_text("half a gra", encoding="utf-8")
            raise RuntimeError("disk on fire")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_atomic_write_replaces_and_keeps_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "graph.ttl"
    atomic_write_text(target, "old\n")
    atomic_write_text(target, "جديد\n")
    assert target.read_text(encoding="utf-8") == "جديد\n"
    assert target.stat().st_mode & 0o044, "output should be readable by others like a normal file"


def test_failed_export_keeps_previous_file(
    tmp_path: Path,
    fixture_graph_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "out.ttl"
    target.write_text("previous\n", encoding="utf-8")

    real_open = open

    def disk_full(file: Path, mode: str = "r", **kwargs: object) -> io.TextIOWrapper:
        """Writes half the text, then fails as a full disk does."""
        f = real_open(file, mode, **kwargs)
        real_write = f.write

        def write(text: str) -> int:
            real_write(text[: len(text) // 2])
            raise OSError(28, "No space left on device")

        f.write = write  # type: ignore[method-assign]
        return f

    monkeypatch.setattr("kg.atomic.open", disk_full, raising=False)
    status, _, err = run(capsys, "export", "--graph", fixture_graph_file, "--out", target)
    monkeypatch.undo()
    assert status != 0
    assert "No space left on device" in err
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fixture", "out.ttl"]


# -- validate and view -----------------------------------------------------------


def test_validate_conforming_graph_exits_0(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "validate", "--graph", fixture_graph_file)
    assert status == 0
    assert "conforms" in out


def test_validate_broken_graph_exits_1(
    tmp_path: Path, fixture_graph: Graph, capsys: pytest.CaptureFixture[str]
) -> None:

    from kg.vocab import AGK

    for person in fixture_graph.subjects(predicate=None, object=AGK.Official):
        fixture_graph.remove((person, ns.RDFS.label, None))
    path = tmp_path / "broken.ttl"
    fixture_graph.serialize(path, format="turtle")
    status, out, err = run(capsys, "validate", "--graph", path)
    assert status == 1
    assert out.strip()
    assert re.fullmatch(rf"kg: {re.escape(str(path))}: does not conform: [1-9]\d* violations\n", err)


class FakeView:
    """Stands in for kg.view so these tests check the CLI, not the drawing."""

    def __init__(self) -> None:
        self.calls: list[dict[str, object]] = []

    def write_view(self, graph: Graph, out: Path, **options: object) -> int:
        self.calls.append({"triples": len(graph), **options})
        Path(out).write_text("<html>رسم</html>", encoding="utf-8")
        return 7


def test_view_passes_options_and_writes_next_to_graph(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeView()
    monkeypatch.setitem(sys.modules, "kg.view", fake)
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    status, _, err = run(
        capsys,
        "view",
        "--graph",
        fixture_graph_file,
        "--focus",
        "وزارة الصحة والسكان",
        "--depth",
        "1",
        "--types",
        "official, institution",
        "--open",
    )
    html = fixture_graph_file.with_suffix(".html")
    assert status == 0
    assert html.read_text(encoding="utf-8") == "<html>رسم</html>"
    triples = len(Graph().parse(fixture_graph_file, format="turtle"))
    assert fake.calls == [
        {"triples": triples, "focus": "وزارة الصحة والسكان", "depth": 1, "types": {"official", "institution"}}
    ]
    assert err == f"wrote {html}: 7 nodes\n"
    assert opened == [html.resolve().as_uri()]


def test_view_reports_a_bad_focus_as_one_line(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def write_view(graph: Graph, out: Path, *, focus: str | None = None, **options: object) -> int:
        raise ValueError(f"no entity named {focus!r} in the graph")

    monkeypatch.setitem(sys.modules, "kg.view", types.SimpleNamespace(write_view=write_view))
    status, out, err = run(capsys, "view", "--graph", fixture_graph_file, "--focus", "لا أحد")
    assert (status, out, err) == (1, "", "kg: no entity named 'لا أحد' in the graph\n")
    assert not fixture_graph_file.with_suffix(".html").exists()


# -- help and documentation ------------------------------------------------------


def subcommands(capsys: pytest.CaptureFixture[str]) -> list[str]:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    section = out.split("commands:", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^ {4}(\w+) ", section, flags=re.M)


def test_every_subcommand_is_documented_in_readme(capsys: pytest.CaptureFixture[str]) -> None:
    names = subcommands(capsys)
    assert names == ["build", "query", "export", "validate", "view", "serve", "push", "eval"]
    readme = (project_root() / "README.md").read_text(encoding="utf-8")
    assert [n for n in names if f"kg {n}" not in readme] == []


@pytest.mark.parametrize("command", ["build", "query", "export", "validate", "view", "serve", "push", "eval"])
def test_subcommand_help_has_examples(capsys: pytest.CaptureFixture[str], command: str) -> None:
    status, out, _ = run(capsys, command, "--help")
    assert status == 0
    assert re.search(r"^examples?:\n  kg " + command, out, flags=re.M), out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys)
    assert (status, out) == (2, "")
    assert "commands:" in err


QUICK_START = [
    "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/kg build samples/ --out output/",  # noqa: E501
    ".venv/bin/python -m pytest -q",
]


@pytest.mark.parametrize("command", QUICK_START, ids=["setup-and-build", "tests"])
def test_readme_quick_start_is_what_ci_runs(command: str) -> None:
    readme = (project_root() / "README.md").read_text(encoding="utf-8")
    ci = (project_root() / ".ci" / "run").read_text(encoding="utf-8")
    assert f"```sh\n{command}\n```" in readme
    assert f"\n{command}\n" in ci


def test_samples_build_cleanly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "build", project_root() / "samples", "--out", tmp_path, "--quiet")
    assert (status, [line for line in err.splitlines() if "graph.ttl" in line or "samples" in line]) == (
        0,
        [],
    )
    ids = {str(o) for o in Graph().parse(tmp_path / "graph.ttl").objects(None, ns.DCTERMS.identifier)}
    assert ids == {"seed-article", "aswan-water-station", "minya-hospital-foundation"}
