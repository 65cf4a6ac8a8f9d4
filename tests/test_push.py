"""`kg push`: the graph goes into a real Oxigraph server over the Graph Store Protocol."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from kg.build import build
from kg.cli import main
from kg.push import push
from kg.query import query_endpoint, resolve_query, rows_of
from kg.serve import Server
from kg.store import open_read_only

A = (
    "افتتح اللواء حازم فكري الشرقاوي، محافظ أسوان، محطة مياه الشرب الجديدة بقرية الكرور، "
    "بتكلفة 85 مليون جنيه، وذلك بحضور الدكتورة سهام رأفت المنوفي، نائب محافظ أسوان."
)
B = (
    "وضع الدكتور ياسر نبيل العطار، وزير الصحة والسكان، حجر الأساس لمستشفى المنيا الجامعي "
    "بتكلفة 620 مليون جنيه."
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write(path: Path, records: dict[str, str]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in records.items())
    )
    return path


def local_rows(out: Path, query: str) -> list[list[str]]:
    with open_read_only(out) as store:
        return sorted(rows_of(store.query(resolve_query(query)[0]))[1])


def remote_rows(url: str, query: str) -> list[list[str]]:
    return sorted(rows_of(query_endpoint(f"{url}/query", resolve_query(query)[0]))[1])


@pytest.fixture
def target(tmp_path: Path):
    with Server(tmp_path / "remote", port=free_port(), writable=True) as server:
        yield server
    assert server.process is not None and server.process.poll() is not None


def test_push_per_article_graphs_then_again_after_a_change(tmp_path: Path, target: Server) -> None:
    out = tmp_path / "out"
    build([write(tmp_path / "v1.jsonl", {"a": A, "b": B})], out, quiet=True)
    sent = push(out, f"{target.url}/store")
    with open_read_only(out) as store:
        assert (sent.graphs, sent.triples) == (3, store.count())  # two articles + the shared graph
    for query in ("officials", "projects", "actions", "institutions"):
        assert remote_rows(target.url, query) == local_rows(out, query), query

    build([write(tmp_path / "v2.jsonl", {"a": A, "b": B.replace("620", "640")})], out, quiet=True)
    push(out, f"{target.url}/store")  # PUT replaces each graph: no stale cost left behind
    assert remote_rows(target.url, "projects") == local_rows(out, "projects")
    assert "640000000" in {r[2] for r in remote_rows(target.url, "projects")}


def test_push_into_one_named_graph_from_the_cli(
    tmp_path: Path, target: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    build([write(tmp_path / "news.jsonl", {"a": A, "b": B})], out, quiet=True)
    graph = "https://example.org/graphs/news"
    assert main(["push", "--endpoint", f"{target.url}/store", "--graph-uri", graph, "--graph", str(out)]) == 0
    with open_read_only(out) as store:
        expected = store.count()
    assert capsys.readouterr().err.startswith(f"pushed {expected} triples in 1 graphs")
    counted = query_endpoint(
        f"{target.url}/query", f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    )
    assert int(counted.rows[0][0].value) == expected


def test_push_a_turtle_file_into_a_graph(tmp_path: Path, target: Server) -> None:
    out = tmp_path / "out"
    build([write(tmp_path / "news.jsonl", {"a": A})], out, quiet=True)
    sent = push(out / "graph.ttl", f"{target.url}/store", graph_uri="https://example.org/g")
    assert sent.graphs == 1 and sent.triples > 0
    assert remote_rows(target.url, "officials") == local_rows(out, "officials")


def test_push_to_nowhere_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    build([write(tmp_path / "news.jsonl", {"a": A})], out, quiet=True)
    url = f"http://127.0.0.1:{free_port()}/store"
    assert main(["push", "--endpoint", url, "--graph", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: {url}: cannot reach the Graph Store") and len(err.splitlines()) == 1
