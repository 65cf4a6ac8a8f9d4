"""Any input, no crash: property-based and edge-case tests of extraction and `kg build`.

The Arabic-heavy strategy mixes letters, diacritics, tatweel, Arabic-Indic
digits, Arabic punctuation and real vocabulary (honorifics, role nouns,
currencies, institution and project heads from extract/data/*.txt) with the
things that break text code: control and bidi characters, HTML fragments,
other scripts and numbers thousands of digits long. Every extraction must
succeed with offsets inside the text, and the graph of it must be written as
Turtle that parses back to the same graph. The long seeded run (10,000+ cases
with a watchdog) is bench/fuzz.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from extract.model import Area, Article, Extraction, Institution, Mention, Money, Official, Project, Span
from extract.normalize import fold
from extract.pipeline import extract_article
from kg.cli import main
from kg.export import serialize, turtle
from kg.to_rdf import build_graph
from kg.view import render_view
from kg.vocab import NIF

DATA = Path(__file__).parents[1] / "extract" / "data"
FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


def vocabulary(name: str) -> list[str]:
    """Entries of one gazetteer: the first TAB field, first spelling of each word."""
    words = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entry = line.split("\t")[0]
            words.append(" ".join(w.split("/")[0] for w in entry.split()))
    return [w for w in words if w]


VOCAB = sorted(
    {
        w
        for name in (
            "honorifics.txt",
            "role_nouns.txt",
            "currencies.txt",
            "institution_heads.txt",
            "project_heads.txt",
            "action_triggers.txt",
            "area_units.txt",
            "number_words.txt",
            "places.txt",
            "first_names.txt",
        )
        for w in vocabulary(name)
    }
)
LETTERS = [chr(c) for c in range(0x0621, 0x064B)]
DIACRITICS = [chr(c) for c in [*range(0x064B, 0x0653), 0x0670]]
DIGITS = [chr(c) for c in [*range(0x0660, 0x066A), *range(0x06F0, 0x06FA), *range(0x30, 0x3A)]]
PUNCT = ["،", "؛", "«", "»", "؟", ".", ":", "(", ")", '"', "-", "٫", "٬", ",", "!"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u00ad", "\u061c"]
CONTROL = [chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F, 0x85]]
SPACES = [" ", " ", " ", "\n", "\t", "\u00a0", "\u2028", "\u2029", "\r\n"]
HTML = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "<b>",
    "&amp;",
    "]]>",
    "<!--",
]

arabic_word = st.builds(
    "".join,
    st.lists(
        st.one_of(
            st.sampled_from(LETTERS),
            st.sampled_from(LETTERS),
            st.sampled_from(DIACRITICS),
            st.just("\u0640"),  # tatweel
        ),
        min_size=1,
        max_size=9,
    ),
)
number = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(str),
    st.builds("".join, st.lists(st.sampled_from(DIGITS), min_size=1, max_size=40)),
    st.integers(min_value=1, max_value=10**9).map(lambda n: f"{n:,}"),
    st.integers(min_value=1, max_value=3000).map(lambda n: "9" * n),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(str),
)
token = st.one_of(
    st.sampled_from(VOCAB),
    st.sampled_from(VOCAB),
    st.sampled_from(VOCAB),
    arabic_word,
    arabic_word,
    number,
    st.sampled_from(PUNCT),
    st.sampled_from(HTML),
    st.sampled_from(BIDI + INVISIBLE + CONTROL),
    st.text(max_size=4),  # any other script, emoji, …
)
arabic_text = st.builds(
    "".join,
    st.lists(st.tuples(token, st.sampled_from(SPACES)).map("".join), max_size=60),
)


def check_extraction(text: str) -> Extraction:
    """Extract; every mention and sentence must lie inside the text."""
    ex = extract_article(Article(id="fuzz", text=text))
    n = len(text)
    for s in ex.sentences:
        assert 0 <= s.start <= s.end <= n
    mentions: list[Mention] = []
    for o in ex.officials:
        mentions += o.mentions + [h.mention for h in o.holdings if h.mention is not None]
    for i in ex.institutions:
        mentions += i.mentions
    for p in ex.projects:
        mentions += p.mentions
        mentions += [m.mention for m in (p.cost, p.area) if m is not None]
    mentions += [a.mention for a in ex.actions]
    for m in mentions:
        assert 0 <= m.start <= m.end <= n, (m, n)
        assert 0 <= m.sentence < max(len(ex.sentences), 1), m
    return ex


def assert_round_trip(g: Graph) -> None:
    text = turtle(g)
    back = Graph().parse(data=text, format="turtle")
    assert isomorphic(back, g)
    assert turtle(back) == text


@FAST
@given(arabic_text)
def test_arabic_like_text_never_breaks_extraction(text: str) -> None:
    check_extraction(text)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_any_unicode_text_never_breaks_extraction(text: str) -> None:
    check_extraction(text)


@settings(max_examples=60, deadline=None, database=None)
@given(st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1, max_size=5))
def test_lone_surrogates_never_break_extraction(text: str) -> None:
    check_extraction("تفقد المحافظ " + text + " مشروع محطة المياه.")


@settings(max_examples=80, deadline=None, database=None)
@given(arabic_text)
def test_graph_of_any_extraction_round_trips_through_turtle(text: str) -> None:
    g = build_graph([check_extraction(text)])
    assert_round_trip(g)
    (stored,) = g.objects(None, NIF.isString)
    assert str(stored) == text  # the article text is kept exactly


@settings(max_examples=40, deadline=None, database=None)
@given(st.lists(arabic_text, min_size=1, max_size=3))
def test_kg_build_of_random_records_builds_every_record(tmp_path_factory, texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    records = [{"id": f"r{i}", "text": t} for i, t in enumerate(texts)]
    (folder / "news.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    status = main(["build", str(folder / "news.jsonl"), "--out", str(folder / "out"), "--quiet"])
    good = [r for r in records if r["text"].strip()]
    assert status == (0 if len(good) == len(records) else 2 if good else 1)
    if good:
        g = Graph().parse(folder / "out" / "graph.ttl", format="turtle")
        assert {str(i) for i in g.objects(None, DCTERMS.identifier)} == {r["id"] for r in good}
        assert (folder / "out" / "graph.html").stat().st_size > 0


# -- edge cases through `kg build` ------------------------------------------------

GOOD = (
    "افتتح اللواء كمال عبد الرؤوف الصيرفي، محافظ أسوان، محطة مياه الشرب الجديدة بقرية الكرور، "
    "بتكلفة 85 مليون جنيه."
)
FILLER = "وأكد أن العمل يسير وفق الجدول الزمني المحدد، وأن الخدمة تصل إلى الأهالي قريبا؛ "

EDGE_TEXTS = {
    "mixed-scripts": "Minister 王 " + GOOD + " Иван 𝔘𝔫𝔦 😀 $5 million، ١٢٣٬٤٥٦ جنيه.",
    "html-fragments": GOOD + " <p onclick='x()'>تفقد</p> <script>alert(1)</script> &lt;b&gt; ]]> <!--",
    "control-chars": GOOD.replace(" ", " \x00\x01\x1b\x7f", 3) + "\x0b\x0c\x1f\x85",
    "bidi-chars": "\u202e" + GOOD + "\u202c \u2066محافظ\u2069 \u200f\u061c\u200e\ufeff\u200b",
    "thousands-of-digits": GOOD + " بتكلفة " + "9" * 5000 + " مليون جنيه على مساحة " + "٧" * 3000 + " فدان.",
    "long-decimal": GOOD + " بتكلفة 1." + "5" * 4000 + " مليار جنيه.",
    "only-punctuation": "، ؛ « » ؟ . ! " * 40,
    "only-diacritics-and-tatweel": "ًٌٍَُِّْـ" * 100,
    "one-letter": "ب",
}


@pytest.mark.parametrize("text", EDGE_TEXTS.values(), ids=EDGE_TEXTS.keys())
def test_hostile_text_builds_and_is_kept_exactly(tmp_path: Path, text: str) -> None:
    src = tmp_path / "news.jsonl"
    src.write_text(json.dumps({"id": "edge", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    status = main(["build", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 0
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    (stored,) = g.objects(None, NIF.isString)
    assert str(stored) == text


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n\t ", "\u00a0\u2028"], ids=["empty", "space", "blank", "nbsp"]
)
def test_empty_and_blank_articles_extract_to_nothing(text: str) -> None:
    ex = check_extraction(text)
    assert (ex.officials, ex.institutions, ex.projects, ex.actions) == ([], [], [], [])


def test_unpaired_surrogates_in_jsonl_are_built_as_replacement_characters(tmp_path: Path) -> None:
    """json.loads accepts "\\ud800"; UTF-8 cannot encode it, so it must not reach the graph file."""
    src = tmp_path / "news.jsonl"
    src.write_text(
        '{"id": "s\\udfff1", "title": "\\ud800", "text": "'
        + GOOD[:20]
        + "\\ud800"
        + GOOD[20:]
        + '"}\n'
        + json.dumps({"id": "ok", "text": GOOD}, ensure_ascii=False)
        + '\n{"id": "pair", "text": "\\ud83d\\ude00 '
        + GOOD
        + '"}\n',
        encoding="utf-8",
    )
    status = main(["build", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 0
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    texts = {
        str(i): str(t) for a, i in g.subject_objects(DCTERMS.identifier) for t in g.objects(a, NIF.isString)
    }
    assert texts == {
        "s\ufffd1": GOOD[:20] + "\ufffd" + GOOD[20:],  # one character for one: offsets still hold
        "ok": GOOD,
        "pair": "😀 " + GOOD,  # a proper pair is one character
    }


def test_two_megabyte_single_line_builds(tmp_path: Path) -> None:
    """One 2 MB line (no newline): read, extracted and stored whole; facts at both ends land."""
    body = FILLER * (2_000_000 // len(FILLER))
    text = GOOD + " " + body + GOOD.replace("أسوان", "الأقصر")
    assert "\n" not in text and len(text) > 2_000_000
    src = tmp_path / "long.txt"
    src.write_text(text, encoding="utf-8")
    status = main(["build", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 0
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    (stored,) = g.objects(None, NIF.isString)
    assert len(str(stored)) == len(text)
    labels = {str(o) for o in g.objects(None, NIF.anchorOf)}
    assert {"محافظ أسوان", "محافظ الأقصر"} <= labels


DENSE = (
    "تفقد اللواء كمال عبد الرؤوف الصيرفي، محافظ أسوان، محطة مياه الشرب بقرية الكرور بتكلفة 85 مليون جنيه. "
)


@pytest.mark.slow
def test_long_article_dense_with_names_is_extracted() -> None:
    """600 KB of name-dense prose is extracted (a hang guard, not a timing: the
    speed is measured by bench/fuzz.py and bench/bench_extract.py)."""
    code = (
        "from extract.model import Article; from extract.pipeline import extract_article; "
        f"ex = extract_article(Article('dense', {DENSE!r} * {600_000 // len(DENSE)})); "
        "assert len(ex.officials) == 1 and len(ex.projects) == 1"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


# -- huge numbers in the graph and the view -----------------------------------------


@pytest.mark.parametrize(
    "value",
    ["9" * 60, "1E+40", "0." + "0" * 40 + "1", "1." + "5" * 60, "9" * 3000],
    ids=["60-digits", "1e40", "tiny", "long-fraction", "3000-digits"],
)
def test_huge_cost_and_area_round_trip_and_draw(value: str) -> None:
    text = "افتتح المحافظ مشروع محطة المياه بتكلفة كبيرة على مساحة واسعة."
    at = text.index("مشروع")
    mention = Mention(at, at + len("مشروع محطة المياه"), "مشروع محطة المياه", 0)
    amount = Decimal(value)
    project = Project(
        fold("محطة المياه"),
        "محطة المياه",
        cost=Money(amount, "EGP", mention),
        area=Area(amount, mention),
        mentions=[mention],
    )
    gov = Institution(fold("محافظة أسوان"), "محافظة أسوان", "governorate")
    ex = Extraction(Article("huge", text), [Span(0, len(text))], [], [gov], [project], [])
    g = build_graph([ex])
    assert_round_trip(g)
    assert Decimal(str(Literal(amount))) == amount
    for fmt in ("nt", "jsonld"):
        assert serialize(g, fmt)
    html, n = render_view(g)
    assert n == 2 and "محطة المياه" in html


def test_official_without_holdings_or_mentions_is_drawn() -> None:
    text = "التقى الوزير بالمواطنين."
    ex = Extraction(
        Article("bare", text), [Span(0, len(text))], [Official(fold("مجهول"), "مجهول")], [], [], []
    )
    g = build_graph([ex])
    assert_round_trip(g)
    assert render_view(g)[1] == 1


def test_file_name_that_is_not_utf8_builds_under_an_escaped_id(tmp_path: Path) -> None:
    """Linux file names are bytes; Python decodes a bad byte to a lone surrogate (PEP 383)."""
    src = tmp_path / "in"
    src.mkdir()
    try:
        (src / "قرار-\udcff.txt").write_text(GOOD, encoding="utf-8")
    except (UnicodeEncodeError, OSError) as e:
        pytest.skip(f"this file system refuses non-UTF-8 names: {e}")
    (src / "ok.txt").write_text(GOOD, encoding="utf-8")
    status = main(["build", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert status == 0
    g = Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    assert {str(i) for i in g.objects(None, DCTERMS.identifier)} == {"قرار-\\xff", "ok"}


@pytest.mark.parametrize(
    ("value", "human", "iso", "area"),
    [
        ("1E+40", "1.000e+40 جنيه", "1.000000e+40 EGP", "1.000e+40 م²"),
        (
            "9" * 30,
            "1000000000000000000000 مليار جنيه",
            "9" * 3 + ",999" * 9 + " EGP",
            "9" * 3 + ",999" * 9 + " م²",
        ),
        ("NaN", "NaN جنيه", "NaN EGP", "NaN م²"),  # a hand-written graph may hold "NaN"^^xsd:decimal
        ("47000000", "47 مليون جنيه", "47,000,000 EGP", "47,000,000 م²"),
    ],
    ids=["1e40", "30-digits", "nan", "ordinary"],
)
def test_view_figures_of_any_size(value: str, human: str, iso: str, area: str) -> None:
    from kg.view_model import format_area, format_money

    assert format_money(Decimal(value), "EGP") == (human, iso)
    assert format_area(Decimal(value)) == area


# -- clear errors, nothing lost: what test_cli/test_inputs do not already cover ------------


def test_bad_records_cost_one_line_each_and_good_ones_are_queryable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    good = [{"id": f"g{i}", "text": GOOD.replace("أسوان", place)} for i, place in enumerate(["قنا", "سوهاج"])]
    lines = [
        json.dumps(good[0], ensure_ascii=False),
        '{"id": "x1", "text": "مقطوع',  # broken JSON
        "[1, 2]",  # not an object
        '{"id": "x2", "title": "بلا نص"}',  # no text
        json.dumps(good[1], ensure_ascii=False),
        '{"id": "x3", "text": "\\ud800"}',  # only a surrogate: kept as U+FFFD, built
    ]
    (src / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (src / "latin.txt").write_bytes("café".encode("latin-1"))
    (src / "folder.txt").mkdir()  # a directory named like a file, given on the command line
    status = main(
        [
            "build",
            str(src / "news.jsonl"),
            str(src / "latin.txt"),
            str(src / "folder.txt"),
            "--out",
            str(tmp_path / "out"),
        ]
    )
    _, err = capsys.readouterr()
    news = src / "news.jsonl"
    assert status == 2
    expected = [
        f"kg: {news}:2: invalid JSON",
        f"kg: {news}:3: record is a JSON array",
        f'kg: {news}:4: record has no "text"',
        f"kg: {src / 'latin.txt'}:1: not valid UTF-8",
        f"kg: {src / 'folder.txt'}: folder has no .txt, .html or .jsonl files",
    ]
    lines_err = err.splitlines()
    for prefix in expected:
        assert sum(line.startswith(prefix) for line in lines_err) == 1, (prefix, err)
    assert "built 3 articles (5 skipped)" in lines_err[-1]
    status = main(
        [
            "query",
            "SELECT ?id WHERE { ?a a agk:Article ; dcterms:identifier ?id } ORDER BY ?id",
            "--graph",
            str(tmp_path / "out" / "graph.ttl"),
            "-f",
            "csv",
        ]
    )
    out, _ = capsys.readouterr()
    assert (status, out.split()) == (0, ["id", "g0", "g1", "x3"])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway (CI runs as root)")
def test_unreadable_file_is_one_line_and_the_rest_builds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    (tmp_path / "open.txt").write_text(GOOD, encoding="utf-8")
    try:
        status = main(["build", str(tmp_path), "--out", str(tmp_path / "out")])
    finally:
        locked.chmod(0o644)
    _, err = capsys.readouterr()
    assert status == 2
    assert f"kg: {locked}: cannot read: Permission denied" in err.splitlines()
