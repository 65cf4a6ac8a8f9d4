"""`kg serve`: Oxigraph's server on the built store answers the SPARQL protocol, read-only, and stops."""

from __future__ import annotations

import csv
import io
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.build import build
from kg.cli import main
from kg.query import query_endpoint, resolve_query, rows_of
from kg.serve import Server
from kg.store import open_read_only

ARTICLE = (
    "افتتح اللواء حازم فكري الشرقاوي، محافظ أسوان، محطة مياه الشرب الجديدة بقرية الكرور، "
    "بتكلفة 85 مليون جنيه، وذلك بحضور الدكتورة سهام رأفت المنوفي، نائب محافظ أسوان."
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve")
    (out / "aswan.txt").write_text(ARTICLE, encoding="utf-8")
    assert build([out / "aswan.txt"], out / "out", quiet=True).exit_status == 0
    return out / "out"


def sparql_get(url: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def test_contract_query_over_http_matches_the_local_store(built: Path) -> None:
    text = resolve_query("officials")[0]
    with open_read_only(built) as store:
        local = rows_of(store.query(text))
    server = Server(built, port=free_port())
    with server:
        assert server.url.startswith("http://127.0.0.1:")
        doc = sparql_get(server.url, text)  # the raw protocol: the .rq file declares its prefixes
        names = sorted(b["name"]["value"] for b in doc["results"]["bindings"])
        assert names == ["حازم فكري الشرقاوي", "سهام رأفت المنوفي"]
        assert doc["head"]["vars"] == local[0]
        with urllib.request.urlopen(f"{server.url}/", timeout=30) as page:  # the YASGUI query page
            assert b"<html" in page.read().lower()
        remote = rows_of(query_endpoint(f"{server.url}/query", text))
        assert remote == local
    assert server.process is not None and server.process.poll() is not None, "server left running"


def test_read_only_server_refuses_updates(built: Path) -> None:
    with Server(built, port=free_port()) as server:
        request = urllib.request.Request(
            f"{server.url}/update",
            data=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            headers={"Content-Type": "application/sparql-update"},
            method="POST",
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=30)
        assert refused.value.code in (403, 404, 405)
        assert sparql_get(server.url, "ASK { <urn:a> <urn:b> <urn:c> }")["boolean"] is False


def test_kg_query_endpoint_with_a_folded_param(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Server(built, port=free_port()) as server:
        status = main(
            [
                "query",
                "officials-of",
                "--endpoint",
                f"{server.url}/query",
                "-f",
                "csv",
                "-p",
                "institution=محافظه اسوان",
            ]
        )
        out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    assert sorted(r["name"] for r in csv.DictReader(io.StringIO(out))) == [
        "حازم فكري الشرقاوي",
        "سهام رأفت المنوفي",
    ]


def test_unreachable_endpoint_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    assert main(["query", "officials", "--endpoint", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: {url}: cannot reach the endpoint") and len(err.splitlines()) == 1


def test_serve_without_a_store_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--store", str(tmp_path), "--port", str(free_port())]) == 1
    assert capsys.readouterr().err == f"kg: {tmp_path}: no store here; run `kg build` first\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--writable", "--query-timeout", "5"],
            "kg: --query-timeout, --max-rows, --max-memory and --workers apply to the read-only endpoint, "
            "not --writable\n",
        ),
        (
            ["--query-timeout", "0"],
            "kg: the query timeout, the row and memory limits and the number of workers must be positive\n",
        ),
        (
            ["--max-rows", "0"],
            "kg: the query timeout, the row and memory limits and the number of workers must be positive\n",
        ),
    ],
)
def test_serve_limits_are_checked_in_one_line(
    built: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--store", str(built), "--port", str(free_port()), *args]) == 1
    assert capsys.readouterr().err == message
