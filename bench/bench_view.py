"""Time the graph view on a realistic synthetic corpus: writing it, and opening it.

For each configuration it prints nodes, edges, file size, seconds in
write_view, and seconds until the page is usable in headless Chromium (the page
sets <body data-ready="1"> after its first full drawing, stabilised for small
graphs). Chromium's own start-up, measured on an empty page, is printed too.

    .venv/bin/python bench/bench_view.py            # 2,000 articles
    .venv/bin/python bench/bench_view.py 500 --keep /tmp/views
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.make_corpus_graph import build_corpus
from kg.to_rdf import build_graph
from kg.view import write_view

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--window-size=1400,900",
]


def open_in_chromium(page: Path, budget_ms: int = 60000) -> tuple[float, dict[str, str]]:
    """Wall-clock seconds for Chromium to load `page` and dump its DOM, and <body>'s data-*."""
    with tempfile.TemporaryDirectory() as profile:
        t0 = time.perf_counter()
        done = subprocess.run(
            [
                CHROMIUM,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--virtual-time-budget={budget_ms}",
                "--dump-dom",
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        seconds = time.perf_counter() - t0
    tag = re.search(r"<body([^>]*)>", done.stdout)
    attrs = dict(re.findall(r'data-([\w-]+)="([^"]*)"', tag.group(1))) if tag else {}
    return seconds, attrs


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("articles", type=int, nargs="?", default=2000)
    p.add_argument("--keep", type=Path, help="folder to keep the pages in")
    args = p.parse_args()

    t = time.perf_counter()
    graph = build_graph(build_corpus(args.articles))
    print(
        f"corpus: {args.articles} articles, {len(graph):,} triples, built in {time.perf_counter() - t:.1f} s"
    )
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-view-"))
    folder.mkdir(parents=True, exist_ok=True)
    have_chromium = shutil.which(CHROMIUM) is not None
    if have_chromium:
        blank = folder / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title>", encoding="utf-8")
        base, _ = open_in_chromium(blank)
        print(f"chromium start-up on an empty page: {base:.2f} s")
    focus_name = _busiest_official(graph)
    configs = [
        ("default (officials, institutions, projects)", {}),
        (
            "all types (+ posts, articles)",
            {"types": {"official", "institution", "project", "post", "article"}},
        ),
        (f"--focus {focus_name} --depth 2", {"focus": focus_name, "depth": 2}),
    ]
    print(f"{'view':48} {'nodes':>6} {'edges':>6} {'MB':>5} {'write s':>8} {'open s':>7} {'ready ms':>8}")
    for i, (name, kwargs) in enumerate(configs):
        page = folder / f"view-{i}.html"
        t = time.perf_counter()
        n = write_view(graph, page, **kwargs)
        write_s = time.perf_counter() - t
        size = page.stat().st_size / 1e6
        open_s, attrs = open_in_chromium(page) if have_chromium else (float("nan"), {})
        ok = attrs.get("ready") == "1" and attrs.get("errors") == "0"
        print(
            f"{name[:48]:48} {n:6d} {attrs.get('edges', '?'):>6} {size:5.1f} {write_s:8.2f} {open_s:7.2f} "
            f"{attrs.get('ready-ms', '?'):>8}{'' if ok else '  NOT READY / ERRORS'}"
        )
    print(f"pages in {folder}")


def _busiest_official(graph) -> str:
    """The label of the official mentioned in the most articles (a realistic --focus)."""
    from kg.view_model import read_view_model

    officials = [e for e in read_view_model(graph).entities.values() if e.kind == "official"]
    return max(officials, key=lambda e: (len(e.articles), e.label)).label


if __name__ == "__main__":
    main()
