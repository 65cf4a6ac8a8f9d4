"""Extraction speed: articles per second on one core, and graph building apart.

The corpus is every article of /work/shared/eval/dev.jsonl and tests/gold/*.jsonl
(real-style government news of 0.5–3 kB), cycled until there are at least
`--articles` (default 2,000), each copy with its own id. The process is pinned
to one CPU where the OS allows it, so the figure is per core. Extraction is
timed article by article (`extract_article`); `build_graph` is timed once over
all the extractions. Target: ≥ 200 articles/s for extraction on one core.

Run: .venv/bin/python bench/bench_extract.py [--articles N] [--profile [TOP]]
--profile runs extraction once more under cProfile and prints the TOP (default
10) functions by cumulative time: where to look when the target is missed.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from itertools import cycle, islice
from pathlib import Path

from extract.model import Article, Extraction
from extract.pipeline import extract_article
from kg.resources import project_root
from kg.to_rdf import build_graph

TARGET = 200.0  # articles per second, one core
SOURCES = [
    project_root().parent / "shared" / "eval" / "dev.jsonl",
    *sorted((project_root() / "tests" / "gold").glob("*.jsonl")),
]


def read_articles(paths: list[Path]) -> list[Article]:
    """The articles of the .jsonl files that exist (id, text, title, date, url)."""
    articles = []
    for path in paths:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                articles.append(
                    Article(str(rec["id"]), rec["text"], rec.get("title"), rec.get("date"), rec.get("url"))
                )
    return articles


def corpus(base: list[Article], size: int) -> list[Article]:
    """`base` cycled to `size` articles; copy k of an article gets the id `ID~k`."""
    copies: Iterator[tuple[int, Article]] = (
        (i // len(base), a) for i, a in enumerate(islice(cycle(base), size))
    )
    return [Article(f"{a.id}~{k}", a.text, a.title, a.date, a.url) for k, a in copies]


def pin_one_core() -> str:
    """Run on one CPU (Linux); say which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def time_extraction(articles: list[Article]) -> tuple[list[Extraction], list[float], float]:
    """Extractions, seconds per article, and the total wall time."""
    extractions, seconds = [], []
    started = time.perf_counter()
    for article in articles:
        t0 = time.perf_counter()
        extractions.append(extract_article(article))
        seconds.append(time.perf_counter() - t0)
    return extractions, seconds, time.perf_counter() - started


def slowest_article(articles: list[Article], seconds: list[float]) -> tuple[str, float, int]:
    """(id, median ms, chars) of the distinct article slowest over its copies (one slow call may be GC)."""
    times: dict[str, list[float]] = defaultdict(list)
    size: dict[str, int] = {}
    for article, s in zip(articles, seconds, strict=True):
        base = article.id.rpartition("~")[0]
        times[base].append(s)
        size[base] = len(article.text)
    base, spent = max(times.items(), key=lambda kv: statistics.median(kv[1]))
    return base, statistics.median(spent) * 1000, size[base]


def profile(articles: list[Article], top: int) -> str:
    """The `top` functions by cumulative time while extracting `articles`."""
    profiler = cProfile.Profile()
    profiler.enable()
    for article in articles:
        extract_article(article)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, metavar="N", help="corpus size (default 2000)")
    parser.add_argument(
        "--profile", type=int, nargs="?", const=10, metavar="TOP", help="cProfile top functions"
    )
    args = parser.parse_args(argv)
    base = read_articles(SOURCES)
    if not base:
        print(f"bench_extract: no articles in {', '.join(map(str, SOURCES))}", file=sys.stderr)
        return 1
    articles = corpus(base, max(args.articles, len(base)))
    where = pin_one_core()
    for article in base:  # warm up: gazetteers load, patterns compile
        extract_article(article)

    extractions, seconds, total = time_extraction(articles)
    rate = len(articles) / total
    slowest = max(range(len(seconds)), key=seconds.__getitem__)
    chars = sum(len(a.text) for a in articles)
    mean = chars / len(articles)
    print(f"corpus: {len(articles)} articles ({len(base)} distinct, {mean:.0f} chars mean), {where}")
    print(
        f"extract_article: {rate:.0f} articles/s, {chars / total / 1000:.0f} k chars/s; "
        f"median {statistics.median(seconds) * 1000:.2f} ms, "
        f"p95 {statistics.quantiles(seconds, n=20)[-1] * 1000:.2f} ms per article"
    )
    worst = articles[slowest]
    print(f"slowest call: {worst.id} {seconds[slowest] * 1000:.1f} ms ({len(worst.text)} chars)")
    article_id, ms, size = slowest_article(articles, seconds)
    print(f"slowest article (median over its copies): {article_id} {ms:.1f} ms ({size} chars)")
    t0 = time.perf_counter()
    graph = build_graph(extractions)
    built = time.perf_counter() - t0
    print(f"build_graph: {len(articles) / built:.0f} articles/s ({built:.2f} s, {len(graph)} triples)")
    both = len(articles) / (total + built)
    print(f"extract + build: {both:.0f} articles/s")
    verdict = "met" if rate >= TARGET else "NOT met"
    print(f"target ≥ {TARGET:.0f} articles/s for extraction on one core: {verdict}")
    if args.profile:
        print()
        print(profile(articles[: min(len(articles), 500)], args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
