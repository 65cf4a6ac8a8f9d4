"""Round trips: nothing is lost between the extracted facts, graph.ttl and the exports.

The graph is built with `kg build` from real-style articles (samples/ and
tests/gold/own.jsonl). graph.ttl must parse back isomorphic to the graph built
in memory from the same extractions, and every export (Turtle, N-Triples,
JSON-LD) must parse back isomorphic to graph.ttl. Builds are reproducible: the
same input gives byte-identical graph.ttl and graph.html, whatever the
process's hash seed (Python randomises set and dict-of-set order per process).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from extract.model import Article
from extract.pipeline import extract_article
from kg.cli import main
from kg.inputs import read_inputs
from kg.resources import project_root

ROOT = project_root()
INPUTS = [ROOT / "samples", ROOT / "tests" / "gold" / "own.jsonl"]


def assert_isomorphic(a: Graph, b: Graph) -> None:
    if not isomorphic(a, b):
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        pytest.fail(
            f"graphs differ:\n{only_a.serialize(format='nt')[:3000]}\n---\n"
            f"{only_b.serialize(format='nt')[:3000]}"
        )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("roundtrip")
    assert main(["build", *map(str, INPUTS), "--out", str(out), "--quiet"]) == 0
    return out / "graph.ttl"


@pytest.fixture(scope="module")
def graph(built: Path) -> Graph:
    return Graph().parse(built, format="turtle")


def test_graph_file_holds_every_extracted_fact(graph: Graph) -> None:
    from kg.facts import facts_of
    from kg.store import open_store

    articles = [a for a in read_inputs(INPUTS) if isinstance(a, Article)]
    assert len(articles) == 3 + 18
    with open_store("", backend="rdflib") as store:  # in memory: the facts, and tenure derived from them
        store.add([facts_of(extract_article(a)) for a in articles])
        store.refresh_tenure()
        in_memory = store.union_graph()
    assert len(graph) == len(in_memory) > 5000
    assert_isomorphic(graph, in_memory)


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_parses_back_isomorphic(
    built: Path, graph: Graph, tmp_path: Path, fmt: str, rdflib_format: str
) -> None:
    target = tmp_path / f"graph.{fmt}"
    assert main(["export", "--graph", str(built), "--format", fmt, "--out", str(target)]) == 0
    back = Graph().parse(target, format=rdflib_format)
    assert_isomorphic(back, graph)
    # and the export, read as the graph, exports to the same bytes again
    again = tmp_path / f"again.{fmt}"
    assert main(["export", "--graph", str(target), "--format", fmt, "--out", str(again)]) == 0
    if fmt != "jsonld":  # JSON-LD blank-node labels are renamed on parsing; none here, but be exact elsewhere
        assert again.read_bytes() == target.read_bytes()


def test_turtle_is_byte_identical_when_built_twice(built: Path, tmp_path: Path) -> None:
    assert main(["build", *map(str, reversed(INPUTS)), "--out", str(tmp_path), "--quiet"]) == 0
    # other input order: same articles, same facts; the writer sorts, so the same bytes
    assert (tmp_path / "graph.ttl").read_bytes() == built.read_bytes()


def _many_officials(path: Path, n: int) -> None:
    """n short articles, each naming a different official: a view above kg.view.LARGE nodes."""
    import json

    first = ["كمال", "نادية", "سامح", "هشام", "منى", "طارق", "عادل", "رانيا", "حسين", "ليلى", "مجدي"]
    family = ["الصيرفي", "البربري", "القناوي", "الدمنهوري", "الشافعي", "المنياوي", "الفيومي"]
    places = ["أسوان", "المنيا", "قنا", "الأقصر", "سوهاج", "الفيوم", "دمياط", "أسيوط"]
    lines = []
    for i in range(n):
        name = f"{first[i % 11]} {first[i // 11 % 11]} {family[i // 121 % 7]}"
        place = places[i % 8]
        text = (
            f"افتتح اللواء {name}، محافظ {place}، محطة مياه الشرب بقرية رقم {i}، بتكلفة {i + 2} مليون جنيه."
        )
        lines.append(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.slow
def test_build_is_byte_identical_across_processes(tmp_path: Path) -> None:
    """Two processes with different hash seeds; large enough for the precomputed layout."""
    corpus = tmp_path / "news.jsonl"
    _many_officials(corpus, 450)
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / f"out{seed}"
        subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "-q"],
            check=True,
            env=env,
            cwd=ROOT,
        )
        outputs.append({name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")})
    assert b'"x": ' in outputs[0]["graph.html"], "expected a large view with a precomputed layout"
    assert outputs[0]["graph.ttl"] == outputs[1]["graph.ttl"]
    assert outputs[0]["graph.html"] == outputs[1]["graph.html"]
