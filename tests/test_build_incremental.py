"""Incremental, parallel builds: the same graph as a fresh build, only changed articles redone."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from extract.model import Article, Extraction
from kg.build import NQUADS_DIR, SHARED_SHARD, TENURE_SHARD, build
from kg.cli import main
from kg.errors import InputError
from kg.progress import count_articles

A = (
    "افتتح اللواء حازم فكري الشرقاوي، محافظ أسوان، محطة مياه الشرب الجديدة بقرية الكرور، "
    "بتكلفة 85 مليون جنيه، وذلك بحضور الدكتورة سهام رأفت المنوفي، نائب محافظ أسوان."
)
B = (
    "وضع الدكتور ياسر نبيل العطار، وزير الصحة والسكان، حجر الأساس لمستشفى المنيا الجامعي "
    "بتكلفة 620 مليون جنيه."
)
B2 = (
    "تفقد الدكتور ياسر نبيل العطار، وزير الصحة والسكان، أعمال إنشاء مستشفى المنيا الجامعي "
    "بتكلفة 640 مليون جنيه."
)
C = "اعتمد المهندس كريم فوزي الدمياطي، رئيس الهيئة العامة للأبنية التعليمية، خطة إنشاء مدرسة الروضة الثانوية."


def write(path: Path, records: dict[str, str]) -> Path:
    lines = [
        json.dumps({"id": k, "text": v, "date": "2026-02-01"}, ensure_ascii=False) for k, v in records.items()
    ]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def rows(out: Path, query: str) -> list[list[str]]:
    from kg.query import resolve_query, rows_of
    from kg.store import open_read_only

    with open_read_only(out) as store:
        return sorted(rows_of(store.query(resolve_query(query)[0]))[1])


@pytest.mark.parametrize("jobs", [1, 2])
def test_changed_and_new_articles_give_the_graph_of_a_fresh_build(tmp_path: Path, jobs: int) -> None:
    out = tmp_path / "out"
    first = build([write(tmp_path / "v1.jsonl", {"a": A, "b": B})], out, quiet=True, jobs=jobs)
    assert (first.extracted, first.unchanged) == (2, 0)

    again = build([write(tmp_path / "v2.jsonl", {"a": A, "b": B2, "c": C})], out, quiet=True, jobs=jobs)
    fresh = build([tmp_path / "v2.jsonl"], tmp_path / "fresh", quiet=True, jobs=jobs)

    assert (again.extracted, again.unchanged, again.articles) == (2, 1, 3)  # b changed, c new
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()
    for query in ("officials", "institutions", "projects", "actions", "projects-by-cost"):
        assert rows(out, query) == rows(tmp_path / "fresh", query), query
    assert again.triples == fresh.triples


def test_articles_gone_from_the_inputs_stay_unless_pruned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    build([write(tmp_path / "ab.jsonl", {"a": A, "b": B})], out, quiet=True)
    only_a = write(tmp_path / "a.jsonl", {"a": A})

    kept = build([only_a], out, quiet=True)
    assert (kept.articles, kept.kept, kept.removed) == (1, 1, 0)
    assert {r[0] for r in rows(out, "officials")} == {"a", "b"}

    assert main(["build", str(only_a), "--out", str(out), "--prune"]) == 0
    summary = capsys.readouterr().err.splitlines()[-1]
    assert re.fullmatch(r"built 1 articles \(0 skipped; 0 extracted, 1 unchanged; 1 removed\): .*", summary)
    build([only_a], tmp_path / "fresh", quiet=True)
    assert (out / "graph.ttl").read_bytes() == (tmp_path / "fresh" / "graph.ttl").read_bytes()


def test_unchanged_inputs_extract_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = write(tmp_path / "news.jsonl", {"a": A, "b": B})
    build([news], tmp_path / "out", quiet=True)

    def never(article: Article) -> Extraction:
        raise AssertionError(f"{article.id} extracted again")

    monkeypatch.setattr("kg.build.extract_article", never)
    report = build([news], tmp_path / "out", quiet=True, jobs=1)
    assert (report.articles, report.extracted, report.unchanged, report.exit_status) == (2, 0, 2, 0)


def test_changed_extractors_redo_every_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    news = write(tmp_path / "news.jsonl", {"a": A, "b": B})
    build([news], tmp_path / "out", quiet=True)
    monkeypatch.setattr("kg.build.fingerprint", lambda: "new extractors")
    report = build([news], tmp_path / "out", quiet=True)
    assert (report.redone, report.extracted, report.unchanged) == (True, 2, 0)


def stuck(article: Article) -> Extraction:
    """Extraction that never ends for one article (and, with 'عنيد', ignores the soft time limit)."""
    from extract.pipeline import extract_article

    if "عنيد" in article.text:
        import signal

        signal.signal(signal.SIGALRM, signal.SIG_IGN)  # as if stuck inside C code
    if "مسدود" in article.text or "عنيد" in article.text:
        while True:
            time.sleep(0.05)
    return extract_article(article)


@pytest.mark.parametrize(
    ("jobs", "marker"),
    [(1, "مسدود"), (2, "مسدود"), pytest.param(2, "عنيد", marks=pytest.mark.slow)],
    ids=["in-process", "worker-alarm", "worker-killed"],
)
def test_a_stuck_article_is_skipped_with_its_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int, marker: str
) -> None:
    monkeypatch.setattr("kg.build.extract_article", stuck)
    news = write(tmp_path / "news.jsonl", {"a": A, "x": f"خبر {marker} عن الطريق الدائري.", "b": B})
    errors: list[InputError] = []
    started = time.monotonic()
    report = build(
        [news], tmp_path / "out", quiet=True, jobs=jobs, article_timeout=0.5, on_error=errors.append
    )
    assert time.monotonic() - started < 30
    assert [str(e) for e in errors] == [
        f"{news}:2: extraction took longer than 0.5s; skipped (raise --article-timeout to wait longer)"
    ]
    assert (report.articles, report.exit_status) == (2, 2)
    assert {r[0] for r in rows(tmp_path / "out", "officials")} == {"a", "b"}


def test_nquads_shards_hold_the_whole_graph(tmp_path: Path) -> None:
    news = write(tmp_path / "news.jsonl", {"a": A, "b": B, "c/d": C})
    report = build([news], tmp_path / "out", quiet=True, formats=["ttl,nq"])
    shards = tmp_path / "out" / NQUADS_DIR
    expected = [SHARED_SHARD, TENURE_SHARD, "a.nq", "b.nq", "c%2Fd.nq"]
    assert sorted(p.name for p in shards.iterdir()) == sorted(expected)
    dataset = Dataset()
    for shard in shards.iterdir():
        dataset.parse(shard, format="nquads")
    union = Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    assert set(union) == set(Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle"))
    assert len(union) == report.triples


def test_query_reads_the_store_by_default_and_a_graph_file_when_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    news = write(tmp_path / "news.jsonl", {"a": A, "b": B})
    assert main(["build", str(news), "-q"]) == 0  # into ./output
    assert (tmp_path / "output" / "store").is_dir()
    outputs = []
    for extra in ([], ["--graph", "output/store"], ["--graph", "output"], ["--graph", "output/graph.ttl"]):
        assert main(["query", "officials", "-f", "csv", *extra]) == 0
        outputs.append(capsys.readouterr().out)
    assert len(set(outputs)) == 1 and outputs[0].count("\n") == 4  # header + 3 officials


def test_count_articles_counts_records_and_text_files(tmp_path: Path) -> None:
    write(tmp_path / "news.jsonl", {"a": A, "b": B, "c": C})
    (tmp_path / "one.txt").write_text(A, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert count_articles([tmp_path]) == 4
