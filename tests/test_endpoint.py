"""`kg serve`'s guarded endpoint over HTTP: the protocol, the limits, the page.

A store is built from samples/; endpoints listen on a free port (port 0) in
this process, so a test can see the pool's worker pids.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.endpoint import Endpoint, negotiate
from kg.query import query_endpoint, resolve_query, rows_of
from kg.store import open_read_only

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CONTRACT = ("officials", "institutions", "projects", "actions")
# CPU-bound and constant in memory; with ORDER BY instead of COUNT it would also grow ~0.5 GB/s
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ALL = "SELECT * WHERE { ?s ?p ?o }"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("endpoint") / "out"
    report = build(sorted(SAMPLES.glob("*.txt")), out, quiet=True, formats=["none"], jobs=1)
    assert report.exit_status == 0
    return out


@pytest.fixture(scope="module")
def endpoint(built: Path):
    with Endpoint(built, port=0, workers=2) as running:
        yield running


@pytest.fixture(scope="module")
def guarded(built: Path):
    """Tight limits: one worker, 1 s a query, 0.2 s in the queue, 5 rows."""
    with Endpoint(built, port=0, workers=1, query_timeout=1, max_rows=5, queue_timeout=0.2) as running:
        yield running


def call(
    url: str,
    query: str | None = None,
    *,
    accept: str | None = None,
    style: str = "get",
    path: str = "/query",
    method: str | None = None,
    data: bytes | None = None,
    content_type: str | None = None,
) -> tuple[int, str, bytes]:
    """(status, Content-Type, body) of one request, errors included."""
    headers = {"Accept": accept} if accept else {}
    target = url + path
    if query is not None and style == "get":
        target += "?" + urllib.parse.urlencode({"query": query})
    elif query is not None and style == "form":
        data, content_type = (
            urllib.parse.urlencode({"query": query}).encode(),
            "application/x-www-form-urlencoded",
        )
    elif query is not None:
        data, content_type = query.encode("utf-8"), "application/sparql-query"
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(target, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


@pytest.mark.parametrize("name", CONTRACT)
def test_contract_query_gives_the_rows_of_kg_query(built: Path, endpoint: Endpoint, name: str) -> None:
    text = resolve_query(name)[0]
    with open_read_only(built) as store:
        local = rows_of(store.query(text))
    remote = rows_of(query_endpoint(f"{endpoint.url}/query", text))
    assert remote == local
    assert local[1], f"{name} has no rows on the samples: the comparison says nothing"


def test_selective_query_with_a_folded_param(built: Path, endpoint: Endpoint) -> None:
    text = resolve_query("officials-of")[0]
    params = {"institution": "محافظه اسوان"}
    with open_read_only(built) as store:
        local = rows_of(store.query(text, params))
    assert rows_of(query_endpoint(f"{endpoint.url}/query", text, params)) == local
    assert local[1] and all(row[0] == "محافظة أسوان" for row in local[1])


@pytest.mark.parametrize("style", ["get", "form", "direct"])
def test_the_three_ways_of_sending_a_query(built: Path, endpoint: Endpoint, style: str) -> None:
    query = "SELECT ?name WHERE { ?p a agk:Official ; rdfs:label ?name }"  # prefixes are predeclared
    status, kind, body = call(endpoint.url, query, style=style)
    assert (status, kind) == (200, "application/sparql-results+json; charset=utf-8")
    names = sorted(b["name"]["value"] for b in json.loads(body)["results"]["bindings"])
    with open_read_only(built) as store:
        assert names == sorted(row[0] for row in rows_of(store.query(query))[1])
    assert names and all(re.search("[\u0621-\u064a]", name) for name in names)  # Arabic intact


SELECT = "SELECT ?name WHERE { ?p a agk:Official ; rdfs:label ?name } ORDER BY ?name"
CONSTRUCT = "CONSTRUCT { ?p rdfs:label ?name } WHERE { ?p a agk:Official ; rdfs:label ?name }"


@pytest.mark.parametrize(
    ("query", "accept", "expected", "starts"),
    [
        (SELECT, None, "application/sparql-results+json; charset=utf-8", b'{"head":{"vars":["name"]}'),
        (SELECT, "application/json", "application/sparql-results+json; charset=utf-8", b'{"head"'),
        (SELECT, "application/sparql-results+xml", "application/sparql-results+xml", b"<?xml"),
        (SELECT, "text/csv", "text/csv; charset=utf-8", b"name\r\n"),
        (SELECT, "text/tab-separated-values", "text/tab-separated-values; charset=utf-8", b"?name\n"),
        (
            SELECT,
            "text/csv;q=0.5, application/sparql-results+xml",
            "application/sparql-results+xml",
            b"<?xml",
        ),
        (
            SELECT,
            "text/html,application/xhtml+xml,*/*;q=0.8",
            "application/sparql-results+json; charset=utf-8",
            b"{",
        ),
        ("ASK { ?p a agk:Official }", "text/csv", "text/csv; charset=utf-8", b"true"),
        (CONSTRUCT, None, "text/turtle; charset=utf-8", b"@prefix"),
        (CONSTRUCT, "application/n-triples", "application/n-triples; charset=utf-8", b"<https://w3id.org/"),
        (
            CONSTRUCT,
            "application/sparql-results+json, text/turtle;q=0.9",
            "text/turtle; charset=utf-8",
            b"@prefix",
        ),
    ],
)
def test_accept_negotiation(
    endpoint: Endpoint, query: str, accept: str | None, expected: str, starts: bytes
) -> None:
    status, kind, body = call(endpoint.url, query, accept=accept)
    assert (status, kind) == (200, expected)
    assert body.startswith(starts), body[:200]


@pytest.mark.parametrize(
    ("accept", "offered", "chosen"),
    [
        (None, ["a/x", "b/y"], "a/x"),
        ("b/y", ["a/x", "b/y"], "b/y"),
        ("b/*;q=0.5, a/x;q=0.4", ["a/x", "b/y"], "b/y"),
        ("*/*;q=0.1, a/x;q=0", ["a/x", "b/y"], "b/y"),
        ("text/html", ["a/x", "b/y"], None),
        ("A/X; charset=utf-8", ["a/x", "b/y"], "a/x"),
    ],
)
def test_negotiate(accept: str | None, offered: list[str], chosen: str | None) -> None:
    assert negotiate(accept, offered) == chosen


@pytest.mark.parametrize(
    ("request_args", "status", "message"),
    [
        ({"query": "SELECT * WHERE { ?s ?p "}, 400, "SPARQL syntax error: error at 1:"),
        ({"query": SELECT, "accept": "text/html"}, 406, "a SELECT or ASK answer is a results table"),
        ({"query": CONSTRUCT, "accept": "text/csv"}, 406, "a CONSTRUCT or DESCRIBE answer is a graph"),
        ({}, 400, "give one SPARQL query in the `query` parameter"),
        ({"path": "/sparql"}, 404, "no such page: /sparql"),
        ({"method": "PUT", "data": b"x", "content_type": "text/plain"}, 405, "use GET or POST"),
        ({"data": b"query", "content_type": "text/plain"}, 415, "POST the query as application/sparql-query"),
    ],
)
def test_bad_requests_get_one_line(endpoint: Endpoint, request_args: dict, status: int, message: str) -> None:
    got, kind, body = call(endpoint.url, **request_args)
    text = body.decode("utf-8")
    assert (got, kind) == (status, "text/plain; charset=utf-8")
    assert text.startswith(message) and text.count("\n") == 1, text


@pytest.mark.parametrize(
    "request_args",
    [
        {
            "path": "/update",
            "data": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "content_type": "application/sparql-update",
        },
        {
            "path": "/query",
            "data": b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "content_type": "application/sparql-update",
        },
        {
            "path": "/query",
            "data": b"update=INSERT+DATA+%7B+%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E+%7D",
            "content_type": "application/x-www-form-urlencoded",
        },
        {
            "path": "/store?default",
            "method": "PUT",
            "data": b"<urn:a> <urn:b> <urn:c> .",
            "content_type": "application/n-triples",
        },
    ],
)
def test_updates_are_refused(endpoint: Endpoint, request_args: dict) -> None:
    status, _, body = call(endpoint.url, **request_args)
    assert status == 403 and b"read-only" in body
    assert call(endpoint.url, "ASK { <urn:a> <urn:b> <urn:c> }")[2] == b'{"head":{},"boolean":false}'


def test_runaway_query_is_killed_and_the_server_goes_on(guarded: Endpoint) -> None:
    (before,) = guarded.pool.pids()
    started = time.monotonic()
    status, _, body = call(guarded.url, RUNAWAY)
    took = time.monotonic() - started
    assert status == 503 and body.startswith(b"the query ran longer than 1 s and was stopped")
    assert took < 3, took
    with pytest.raises(ProcessLookupError):
        os.kill(before, 0)  # the evaluation really stopped: its process is gone
    (after,) = guarded.pool.pids()
    assert after != before
    started = time.monotonic()
    assert call(guarded.url, "ASK { ?s ?p ?o }")[:2] == (
        200,
        "application/sparql-results+json; charset=utf-8",
    )
    assert time.monotonic() - started < 1.0


def test_requests_wait_a_bounded_time_for_a_busy_pool(guarded: Endpoint) -> None:
    runaway = threading.Thread(target=call, args=(guarded.url, RUNAWAY))
    runaway.start()
    time.sleep(0.3)  # the single worker is now busy for about 1 s
    started = time.monotonic()
    status, _, body = call(guarded.url, "ASK {}")
    assert status == 503 and body.startswith(b"all 1 query workers are busy")
    assert time.monotonic() - started < 0.9  # the queue wait (0.2 s), not the runaway (1 s)
    runaway.join()
    assert call(guarded.url, "ASK {}")[0] == 200


@pytest.mark.parametrize(
    ("query", "status", "rows"),
    [
        (ALL, 413, None),
        (ALL + " LIMIT 5", 200, 5),
        ("CONSTRUCT WHERE { ?s ?p ?o }", 413, None),
        ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 5", 200, 5),
    ],
)
def test_answers_above_max_rows_are_refused_not_cut(
    guarded: Endpoint, query: str, status: int, rows: int | None
) -> None:
    got, _, body = call(guarded.url, query, accept="application/sparql-results+json, application/n-triples")
    assert got == status
    if rows is None:
        assert re.match(
            rb"the answer has more than 5 (rows|triples), the limit of this endpoint; add a LIMIT", body
        )
    elif query.startswith("SELECT"):
        assert len(json.loads(body)["results"]["bindings"]) == rows
    else:
        assert body.count(b"\n") == rows


def test_page_loads_offline_and_never_writes_data_as_html(endpoint: Endpoint) -> None:
    request = urllib.request.Request(f"{endpoint.url}/")
    with urllib.request.urlopen(request, timeout=30) as response:
        page = response.read().decode("utf-8")
        policy = response.headers["Content-Security-Policy"]
    assert "<textarea" in page and "SELECT" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page), "the page must not load anything from outside"
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write", page)
    assert "textContent" in page and 'td.dir = "auto"' in page
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy


# -- in a real browser -----------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">محافظة <b>أسوان</b>"


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium (/usr/bin/chromium) is not installed")
def test_hostile_label_is_shown_as_text_right_to_left(tmp_path: Path) -> None:
    store = ox.Store(str(tmp_path / "store"))
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    graph = ox.NamedNode("https://w3id.org/arabic-gov-kg/id/article/x")
    store.add(ox.Quad(ox.NamedNode("urn:x"), label, ox.Literal(HOSTILE), graph))
    store.flush()
    del store  # release the lock: the endpoint's workers open the store read-only
    query = "SELECT ?label WHERE { ?s rdfs:label ?label }"
    with Endpoint(tmp_path / "store", port=0, workers=1) as running, tempfile.TemporaryDirectory() as profile:
        browser = subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--proxy-server=127.0.0.1:9",  # loopback is reached directly, nothing else at all
                f"--user-data-dir={profile}",
                "--virtual-time-budget=10000",
                "--dump-dom",
                f"{running.url}/?{urllib.parse.urlencode({'query': query})}",
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    dom = browser.stdout
    assert 'data-state="done"' in dom and 'data-rows="1"' in dom, dom[-800:]
    assert "pwned" not in re.search(r"<body[^>]*>", dom).group(0)
    cell = re.search(r'<td dir="auto"[^>]*>(.*?)</td>', dom, flags=re.S)
    assert cell and cell.group(1).startswith("&lt;img src=x onerror="), dom[-800:]
    assert "<img" not in dom and "<b>" not in dom


def test_a_query_eating_memory_is_killed_before_its_time_is_up(built: Path) -> None:
    """A sort over a cross product grows ~0.5 GB a second; the memory guard stops it early."""
    hungry = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
    with Endpoint(built, port=0, workers=1, query_timeout=60, max_memory_mb=300) as running:
        (before,) = running.pool.pids()
        started = time.monotonic()
        status, _, body = call(running.url, hungry)
        assert status == 503 and body.startswith(b"the query needed more than 300 MB and was stopped")
        assert time.monotonic() - started < 30
        with pytest.raises(ProcessLookupError):
            os.kill(before, 0)
        assert call(running.url, "ASK { ?s ?p ?o }")[0] == 200
