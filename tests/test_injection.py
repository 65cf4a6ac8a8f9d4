"""Hostile text: markup in articles never runs in the view; values never change a query.

View: an article whose official's name, role, institution and project carry
HTML/JavaScript payloads is drawn and opened in headless Chromium (networking
blocked, as in test_view_browser.py) with alert/confirm/prompt instrumented;
nothing may fire, and the payloads must be in the page as text.

Queries: every named query that takes a parameter is run through `kg query`
with values built to break out of a literal; they are bound with initBindings
(kg.query), so each is just a string that matches nothing — no extra rows, no error.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from test_view import page_data
from test_view_browser import CHROMIUM, body_attrs, chromium, console_errors

from extract.model import Action, Article, Extraction, Holding, Institution, Mention, Official, Project, Span
from extract.normalize import fold
from kg.cli import main
from kg.to_rdf import build_graph
from kg.view import render_view, write_view

PAYLOADS = {
    "name": "<script>alert(1)</script> حمدي",
    "role": 'مدير <img src=x onerror=alert(2)> "><svg onload=alert(3)>',
    "institution": 'هيئة javascript:alert(4) <a href="javascript:alert(5)">اضغط</a>',
    "project": 'مشروع "><svg onload=alert(6)> <iframe src=javascript:alert(7)></iframe>'
    " ' onmouseover='alert(8)",
}


def hostile_extraction() -> Extraction:
    """One sentence naming the hostile official, post, institution and project, by hand."""
    name, role, institution, project = (PAYLOADS[k] for k in ("name", "role", "institution", "project"))
    text = f"تفقد {name}، {role} {institution}، أعمال {project} اليوم."

    def m(piece: str) -> Mention:
        start = text.index(piece)
        return Mention(start, start + len(piece), piece, 0)

    org = Institution(fold(institution), institution, "authority", mentions=[m(institution)])
    official = Official(
        fold(name),
        name,
        honorifics=["<b>الدكتور</b>"],
        holdings=[Holding(f"{role} {institution}", role, org.key, m(f"{role} {institution}"))],
        mentions=[m(name)],
    )
    works = Project(fold(project), project, mentions=[m(project)])
    return Extraction(
        Article("<script>alert(9)</script>", text, title="<img src=x onerror=alert(10)>"),
        [Span(0, len(text))],
        [official],
        [org],
        [works],
        [Action(official.key, "inspected", works.key, m("تفقد"))],
    )


ALL_TYPES = {"official", "institution", "project", "post", "article"}
SPY = (
    "<script>(function () { function caught(kind) { return function () {"
    " document.documentElement.setAttribute('data-' + kind, '1'); }; }"
    " window.alert = caught('alerted'); window.confirm = caught('confirmed');"
    " window.prompt = caught('prompted'); })();</script>"
)


def test_payloads_travel_as_escaped_json_and_arrive_whole() -> None:
    html, n = render_view(build_graph([hostile_extraction()]), types=ALL_TYPES)
    assert n == 5
    data = re.findall(r"var KG_(?:NODES|EDGES) = (.*);\n", html)
    assert len(data) == 2 and not any(c in part for part in data for c in "<>"), "raw markup in page data"
    nodes, edges = page_data(html)
    labels = {x["label"] for x in nodes}
    assert {PAYLOADS["name"], PAYLOADS["institution"], PAYLOADS["project"]} <= labels
    assert f"{PAYLOADS['role']} {PAYLOADS['institution']}" in labels  # the post
    for payload in PAYLOADS.values():  # no payload appears raw anywhere outside the data
        assert payload not in html


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium (/usr/bin/chromium) is not installed")
@pytest.mark.parametrize(
    "types", ["official,institution,project", "official,institution,project,post,article"]
)
def test_payloads_are_shown_as_text_and_never_run_in_chromium(tmp_path: Path, types: str) -> None:
    page = tmp_path / "hostile.html"
    write_view(build_graph([hostile_extraction()]), page, types=set(types.split(",")))
    page.write_text(page.read_text(encoding="utf-8").replace("<head>", "<head>" + SPY, 1), encoding="utf-8")
    # search for the official: the details panel then shows name, post, institution and project
    done = chromium(f"{page.as_uri()}#search={quote('حمدي')}", "--dump-dom")
    dom = done.stdout
    attrs = body_attrs(dom)
    html_tag = re.search(r"<html[^>]*>", dom).group(0)
    assert not re.search(r"data-(alerted|confirmed|prompted)", html_tag), html_tag
    assert attrs["ready"] == "1" and attrs["errors"] == "0"
    assert console_errors(done.stderr) == []
    assert attrs["highlight-label"] == PAYLOADS["name"]  # found, and its label is the text itself
    # the payloads are in the DOM as escaped text, never as elements or attributes
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=alert(2)&gt;" in dom
    assert "&lt;svg onload=alert(6)&gt;" in dom
    elements = Elements()
    elements.feed(dom)
    assert not elements.found, elements.found


class Elements(HTMLParser):
    """Collects real elements and attributes (not text) that a payload would have created."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("img", "iframe", "a", "b"):
            self.found.append(tag)
        for name, value in attrs:
            if name.startswith("on") or "javascript:" in (value or "").lower():
                self.found.append(f"{tag} {name}={value!r}")


# -- SPARQL parameters ---------------------------------------------------------------

# Named queries and the parameters they take (README, "Named queries").
PARAMETERS = {
    "officials-of": ["institution"],
    "projects-by-cost-in": ["currency"],
    "who-did-what": ["name", "action"],
    "institution-hierarchy": ["institution"],
    "statements-about": ["name"],
    "who-held": ["post"],  # and `date`, which must be a date (test below)
    "post-history": ["post"],
    "person-posts": ["name"],
}
HOSTILE = [
    '"} UNION { ?s ?p ?o }',
    '" } UNION { ?s ?p ?o } #',
    "' } UNION { ?s ?p ?o } #",
    '""" } UNION { ?s ?p ?o } #"""',
    "\\",
    '\\" } UNION { ?s ?p ?o } #',
    "}}}{{{",
    "x\n} UNION { ?s ?p ?o }\n#",
    "?s ?p ?o",
    "<https://w3id.org/arabic-gov-kg/ontology#Official>",
    'وزارة الصحة والسكان" } UNION { ?s ?p ?o } #',
    '") . FILTER(true) } #',
]


def run_csv(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, str]], str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, list(csv.DictReader(io.StringIO(out))), err


def test_every_named_query_with_parameters_is_covered() -> None:
    from kg.query import named_queries

    assert set(PARAMETERS) <= set(named_queries())


@pytest.mark.parametrize("value", HOSTILE, ids=[f"payload{i}" for i in range(len(HOSTILE))])
@pytest.mark.parametrize(
    ("query", "key"), [(q, k) for q, keys in PARAMETERS.items() for k in keys], ids=lambda x: str(x)
)
def test_hostile_parameter_is_a_literal_that_matches_nothing(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str], query: str, key: str, value: str
) -> None:
    status, rows, err = run_csv(
        capsys, "query", query, "--graph", str(fixture_graph_file), "-f", "csv", "--param", f"{key}={value}"
    )
    assert (status, err) == (0, "")
    assert rows == []


@pytest.mark.parametrize(
    ("query", "key", "value"),
    [
        ("officials-of", "institution", "وزارة الصحة والسكان"),
        ("statements-about", "name", "سامح عادل القناوي"),
        ("who-did-what", "action", "inspected"),
        ("projects-by-cost-in", "currency", "EGP"),
        ("institution-hierarchy", "institution", "قطاع الطب العلاجي"),
        ("post-history", "post", "وزير الصحة والسكان"),
        ("person-posts", "name", "سامح عادل القناوي"),
    ],
)
def test_the_same_parameters_with_real_values_find_rows(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str], query: str, key: str, value: str
) -> None:
    """The control: the hostile runs are empty because the values are literals, not because
    the parameters are ignored."""
    status, rows, err = run_csv(
        capsys, "query", query, "--graph", str(fixture_graph_file), "-f", "csv", "--param", f"{key}={value}"
    )
    assert (status, err) == (0, "")
    assert rows


@pytest.mark.parametrize("value", [*HOSTILE, "2024-13-01", "yesterday", "2024-03-01T00:00"])
def test_a_date_parameter_must_be_a_date(
    fixture_graph_file: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    argv = ["query", "who-held", "--graph", str(fixture_graph_file), "-f", "csv"]
    status, rows, err = run_csv(
        capsys, *argv, "--param", "post=وزير الصحة والسكان", "--param", f"date={value}"
    )
    assert (status, rows) == (1, [])
    assert err.startswith("kg: ") and "expected a date as YYYY-MM-DD" in err and "Traceback" not in err


def test_a_real_date_finds_the_holder(fixture_graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["query", "who-held", "--graph", str(fixture_graph_file), "-f", "csv"]
    status, rows, _ = run_csv(
        capsys, *argv, "--param", "post=وزير الصحة والسكان", "--param", "date=2026-06-01"
    )
    assert status == 0 and [r["names"] for r in rows] == ["سامح عادل القناوي"]
