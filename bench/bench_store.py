"""Store benchmark: Oxigraph on disk (the default) against rdflib in memory, side by side.

For each corpus size (synthetic articles from bench/gen_corpus.py) and engine, a
fresh process builds the graph with `kg.build.build` (parallel extraction, the
same pipeline as `kg build`), then times the queries on the store it built:
the four contract queries and two selective ones (one institution's officials
with queries/officials-of.rq; the 20 costliest projects with
queries/projects-by-cost.rq + LIMIT 20), median of a few runs. Peak memory is
ru_maxrss of the process and of its worker processes. rdflib runs only while
its previous size finished within --rdflib-budget (10x the articles is
assumed to take 10x the time). After the biggest Oxigraph build, 100 new
articles are added to it incrementally with `kg build`, and the Turtle export
of the store is timed. Extraction throughput is measured on one core and on
all cores first.

    .venv/bin/python bench/bench_store.py --sizes 1000,10000,100000 --work /tmp/kgbench

Prints one table; --json FILE also saves the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONTRACT = ("officials", "institutions", "projects", "actions")


def corpus(work: Path, n: int, start: int = 0) -> Path:
    path = work / (f"news-{n}.jsonl" if not start else f"news-{n}-from-{start}.jsonl")
    if not path.exists():
        cmd = [sys.executable, str(HERE / "gen_corpus.py"), str(n), "--out", str(path), "--start", str(start)]
        subprocess.run(cmd, check=True)
    return path


# -- one measurement, in its own process ------------------------------------------


def measure(engine: str, path: Path, out: Path, repeat: int) -> dict:
    """Build `path` with `engine` into `out`, then time the queries on that store."""
    from kg.build import build
    from kg.query import resolve_query
    from kg.store import open_store

    shutil.rmtree(out, ignore_errors=True)
    store = open_store(out, backend="oxigraph" if engine == "oxigraph" else "rdflib")
    started = time.perf_counter()
    report = build([path], out, quiet=True, formats=["none"], store=store, progress=False)
    seconds = time.perf_counter() - started
    figures: dict = {
        "build_peak_mb_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "build_peak_mb_workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
        "articles": report.articles,
        "triples": report.triples,
        "build_s": round(seconds, 1),
        "articles_per_s": round(report.articles / seconds, 1),
    }
    queries = {name: resolve_query(name)[0] for name in CONTRACT}
    queries["officials-of (one institution)"] = reordered(resolve_query("officials-of")[0])
    queries["projects-by-cost LIMIT 20"] = resolve_query("projects-by-cost")[0] + "\nLIMIT 20\n"
    label = store.query("SELECT ?l WHERE { ?o a agk:Governorate ; rdfs:label ?l } ORDER BY ?l LIMIT 1")
    params = {"officials-of (one institution)": {"institution": label.rows[0][0].value}} if label.rows else {}
    for name, text in queries.items():
        times, rows = [], 0
        for _ in range(repeat):
            t = time.perf_counter()
            rows = len(store.query(text, params.get(name, {})).rows)
            times.append(time.perf_counter() - t)
            if times[-1] > 30:  # one slow run says enough
                break
        figures[f"q:{name}"] = {"median_ms": round(statistics.median(times) * 1000, 1), "rows": rows}
    if engine == "oxigraph":
        t = time.perf_counter()
        store.export(out / "graph.ttl", "ttl")
        figures["turtle_export_s"] = round(time.perf_counter() - t, 1)
        (out / "graph.ttl").unlink()
    store.close()
    figures["peak_mb_after_queries"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return figures


def reordered(text: str) -> str:
    """officials-of.rq with its OPTIONAL after the article path, the change docs/scale.md proposes.

    The same rows (the OPTIONAL's ?status is in no other pattern); as the file is, Oxigraph
    joins the article path across the whole store and takes minutes even at 2,000 articles.
    """
    optional = "  OPTIONAL { ?holding agk:holdingStatus ?status }\n"
    path = "  ?mention nif:referenceContext/dcterms:identifier ?article .\n"
    return text.replace(optional + path, path + optional)


def extraction_rate(path: Path, jobs: int, limit: int = 2000) -> float:
    """Articles per second of extraction + RDF (kg.build._work), no store, on `jobs` processes."""
    from kg.build import _work
    from kg.facts import article_digest
    from kg.inputs import read_inputs
    from kg.parallel import Pool, run_serial

    items = [(a, article_digest(a)) for a, _ in zip(read_inputs([path]), range(limit), strict=False)]
    started = time.perf_counter()
    if jobs == 1:
        done = sum(1 for _ in run_serial(_work, items, 0))
    else:
        with Pool(_work, jobs, 0) as pool:
            done = sum(1 for _ in pool.map(items))
    return round(done / (time.perf_counter() - started), 1)


def incremental(path: Path, new: Path, out: Path) -> dict:
    """`kg build CORPUS NEW --out OUT` on a built store: only the new articles are extracted."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", str(path), str(new), "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"incremental build failed: {done.stderr.strip()}")
    return {"add_100_s": round(seconds, 1)}


# -- the orchestra --------------------------------------------------------------------


def run_one(args: list[str], timeout: float | None) -> dict | None:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"{' '.join(args)} failed:\n{e.stderr}") from e
    return json.loads(done.stdout.strip().splitlines()[-1])


def table(results: dict) -> str:
    rows: list[tuple[str, ...]] = [("size", "figure", "oxigraph (disk)", "rdflib (memory)")]
    for size, engines in results["sizes"].items():
        ox, rl = engines.get("oxigraph") or {}, engines.get("rdflib") or {}
        keys = [k for k in ox if not k.startswith("q:")] + [k for k in ox if k.startswith("q:")]
        for key in keys:

            def show(d: dict, key: str = key) -> str:
                v = d.get(key, "—" if d else "(over budget)")
                return f"{v['median_ms']} ms ({v['rows']} rows)" if isinstance(v, dict) else str(v)

            rows.append((size, key.removeprefix("q:"), show(ox), show(rl)))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    head = [f"{k}: {v}" for k, v in results.items() if k != "sizes"]
    return "\n".join(head + [""] + lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    p.add_argument("--work", type=Path, default=Path("/tmp/kgbench"), help="folder for corpora and stores")
    p.add_argument("--rdflib-budget", type=float, default=600, help="seconds an rdflib build may take")
    p.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    p.add_argument("--json", type=Path, help="also write the figures here")
    p.add_argument("--one", nargs=3, metavar=("ENGINE", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one:
        engine, path, out = args.one
        print(json.dumps(measure(engine, Path(path), Path(out), args.repeat)))
        return 0

    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    sample = corpus(args.work, min(2000, sizes[0]))
    cores = os.cpu_count() or 1
    results: dict = {
        "machine": f"{cores} cores, Python {sys.version.split()[0]}",
        "extraction articles/s, 1 core": extraction_rate(sample, 1),
        f"extraction articles/s, {cores} cores": extraction_rate(sample, cores),
        "sizes": {},
    }
    print(table(results), file=sys.stderr)
    rdflib_seconds: tuple[int, float] | None = None
    for n in sizes:
        path = corpus(args.work, n)
        entry: dict = {}
        entry["oxigraph"] = run_one(["--one", "oxigraph", str(path), str(args.work / f"ox-{n}")], None)
        guess = rdflib_seconds[1] * n / rdflib_seconds[0] if rdflib_seconds else 0
        if rdflib_seconds is None or guess <= args.rdflib_budget:
            got = run_one(["--one", "rdflib", str(path), str(args.work / f"rl-{n}")], args.rdflib_budget * 2)
            entry["rdflib"] = got
            rdflib_seconds = (n, got["build_s"]) if got else (n, float("inf"))
        results["sizes"][str(n)] = entry
        print(table(results), file=sys.stderr)
    biggest = sizes[-1]
    new = corpus(args.work, 100, start=biggest)
    results["incremental: add 100 articles to the largest store"] = incremental(
        corpus(args.work, biggest), new, args.work / f"ox-{biggest}"
    )
    text = table(results)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
