"""Store benchmark: Oxigraph on disk (the default) against rdflib in memory, side by side.

For each corpus size (synthetic articles from bench/gen_corpus.py) and engine, a
fresh process builds the graph with `kg.build.build` (parallel extraction, the
same pipeline as `kg build`), then times the queries on the store it built:
the four contract queries and the selective ones — the officials of one
institution with queries/officials-of.rq (a governorate with all its sub-units,
a city council with its villages' units, and 50 institutions spread over the
labels, the typical case), the 20 costliest projects with
queries/projects-by-cost.rq (all currencies) and projects-by-cost-in.rq (USD) — median of
--repeat runs after one warm-up run (a query whose warm-up takes more than 30 s
is reported from that one run). Peak memory is
ru_maxrss of the process and of its worker processes. rdflib runs only while
its previous size finished within --rdflib-budget (10x the articles is
assumed to take 10x the time). After the biggest Oxigraph build, 100 new
articles are added to it incrementally with `kg build`, and the Turtle export
of the store is timed. Extraction throughput is measured on one core and on
all cores first.

    .venv/bin/python bench/bench_store.py --sizes 1000,10000,100000 --work /tmp/kgbench

With --reuse, a store already built in WORK/ox-N is not built again: only its
queries are timed (to iterate on queries/*.rq without rebuilding 100,000 articles);
--selective-only leaves out the four contract queries (minutes each at 100,000).

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


# Institutions whose officials are listed: the first of each kind by label.
PICKS = {
    "a governorate": "SELECT ?l WHERE { ?o a agk:Governorate ; rdfs:label ?l } ORDER BY ?l LIMIT 1",
    "a city council": "SELECT ?l WHERE { ?o a agk:Council ; rdfs:label ?l ."
    " FILTER(STRSTARTS(?l, 'مركز ومدينة')) } ORDER BY ?l LIMIT 1",
}
SLOW_S = 30.0  # a query whose warm-up run takes longer is timed once


def measure(
    engine: str, path: Path, out: Path, repeat: int, reuse: bool = False, selective_only: bool = False
) -> dict:
    """Build `path` with `engine` into `out` (unless `reuse` finds it built), then time its queries."""
    from kg.build import build
    from kg.store import is_store, open_read_only, open_store

    figures: dict = {}
    if reuse and engine == "oxigraph" and is_store(out / "store"):
        store = open_read_only(out)
        figures["store"] = f"reused {out}"
    else:
        shutil.rmtree(out, ignore_errors=True)
        store = open_store(out, backend="oxigraph" if engine == "oxigraph" else "rdflib")
        started = time.perf_counter()
        report = build([path], out, quiet=True, formats=["none"], store=store, progress=False)
        seconds = time.perf_counter() - started
        figures |= {
            "build_peak_mb_self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "build_peak_mb_workers": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024,
            "articles": report.articles,
            "triples": report.triples,
            "build_s": round(seconds, 1),
            "articles_per_s": round(report.articles / seconds, 1),
        }
    for name, (text, params) in queries(store, selective_only).items():
        figures[f"q:{name}"] = time_query(store, text, params, repeat)
    figures["q:officials-of (each of 50 institutions)"] = sampled_officials_of(store)
    if engine == "oxigraph" and "store" not in figures:
        t = time.perf_counter()
        store.export(out / "graph.ttl", "ttl")
        figures["turtle_export_s"] = round(time.perf_counter() - t, 1)
        (out / "graph.ttl").unlink()
    store.close()
    figures["peak_mb_after_queries"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return figures


def queries(store, selective_only: bool = False) -> dict[str, tuple[str, dict[str, str]]]:
    """Name → (query text, params): the contract queries (unless `selective_only`), the selective ones."""
    from kg.query import resolve_query

    out = {} if selective_only else {name: (resolve_query(name)[0], {}) for name in CONTRACT}
    officials_of = resolve_query("officials-of")[0]
    for what, pick in PICKS.items():
        label = store.query(pick)
        if label.rows:
            name = label.rows[0][0].value
            out[f"officials-of ({what}: {name})"] = (officials_of, {"institution": name})
    out["projects-by-cost (20 costliest)"] = (resolve_query("projects-by-cost")[0], {})
    out["projects-by-cost-in (20 costliest in USD)"] = (resolve_query("projects-by-cost-in")[0], {"currency": "USD"})
    return out


def sampled_officials_of(store, count: int = 50) -> dict:
    """officials-of for `count` institutions spread over the sorted labels: the typical case.

    Each is run twice and its second (warm) time kept; the figure is the median over the
    institutions, with the 90th percentile and the slowest, and their numbers of rows.
    """
    from kg.query import resolve_query

    labels = [
        r[0].value
        for r in store.query("SELECT DISTINCT ?l WHERE { ?o a org:Organization ; rdfs:label ?l }").rows
    ]
    labels.sort()
    picked = labels[:: max(1, len(labels) // count)][:count]
    text = resolve_query("officials-of")[0]
    times, cpu, rows = [], [], []
    for label in picked:
        for _ in range(2):
            t, c = time.perf_counter(), time.process_time()
            n = len(store.query(text, {"institution": label}).rows)
            took, cpu_took = time.perf_counter() - t, time.process_time() - c
        times.append(took)
        cpu.append(cpu_took)
        rows.append(n)
    if not times:
        return {"median_ms": 0, "rows": 0, "runs": 0}
    times.sort()
    return {
        "median_ms": round(statistics.median(times) * 1000, 1),
        "cpu_ms": round(statistics.median(cpu) * 1000, 1),
        "rows": int(statistics.median(rows)),
        "runs": len(times),
        "p90_ms": round(times[int(0.9 * (len(times) - 1))] * 1000, 1),
        "max_ms": round(times[-1] * 1000, 1),
        "max_rows": max(rows),
    }


def time_query(store, text: str, params: dict[str, str], repeat: int) -> dict:
    """Median of `repeat` warm runs (after one warm-up run), and the number of rows.

    Also the median CPU time of this process: when other jobs share the machine, wall
    time grows with the load, CPU time much less.
    """
    t = time.perf_counter()
    rows = len(store.query(text, params).rows)
    warmup = time.perf_counter() - t
    if warmup > SLOW_S:
        return {"median_ms": round(warmup * 1000, 1), "rows": rows, "runs": 1}
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        rows = len(store.query(text, params).rows)
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return {
        "median_ms": round(statistics.median(times) * 1000, 1),
        "cpu_ms": round(statistics.median(cpu) * 1000, 1),
        "rows": rows,
        "runs": len(times),
    }


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
                v = d.get(key, "—" if d else "(not run)")
                if not isinstance(v, dict):
                    return str(v)
                if "p90_ms" in v:
                    return (
                        f"median {v['median_ms']} ms ({v['rows']} rows, CPU {v['cpu_ms']} ms), "
                        f"p90 {v['p90_ms']} ms, "
                        f"slowest {v['max_ms']} ms (largest: {v['max_rows']} rows)"
                    )
                cpu = f", CPU {v['cpu_ms']} ms" if "cpu_ms" in v else ""
                return f"{v['median_ms']} ms ({v['rows']} rows, {v['runs']} run{'s' * (v['runs'] > 1)}{cpu})"

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
    p.add_argument("--reuse", action="store_true", help="time the queries of stores already in WORK/ox-N")
    p.add_argument("--selective-only", action="store_true", help="skip the four contract queries")
    p.add_argument(
        "--no-incremental", action="store_true", help="skip adding 100 articles to the largest store"
    )
    p.add_argument("--one", nargs=3, metavar=("ENGINE", "CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one:
        engine, path, out = args.one
        print(
            json.dumps(measure(engine, Path(path), Path(out), args.repeat, args.reuse, args.selective_only))
        )
        return 0

    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    cores = os.cpu_count() or 1
    results: dict = {"machine": f"{cores} cores, Python {sys.version.split()[0]}"}
    if not args.reuse:
        sample = corpus(args.work, min(2000, sizes[0]))
        results["extraction articles/s, 1 core"] = extraction_rate(sample, 1)
        results[f"extraction articles/s, {cores} cores"] = extraction_rate(sample, cores)
    results["sizes"] = {}
    print(table(results), file=sys.stderr)
    rdflib_seconds: tuple[int, float] | None = None
    for n in sizes:
        path = corpus(args.work, n)
        entry: dict = {}
        flags = ["--repeat", str(args.repeat)] + (["--reuse"] if args.reuse else [])
        flags += ["--selective-only"] if args.selective_only else []
        entry["oxigraph"] = run_one(
            [*flags, "--one", "oxigraph", str(path), str(args.work / f"ox-{n}")], None
        )
        guess = rdflib_seconds[1] * n / rdflib_seconds[0] if rdflib_seconds else 0
        if not args.reuse and (rdflib_seconds is None or guess <= args.rdflib_budget):
            got = run_one(
                [*flags, "--one", "rdflib", str(path), str(args.work / f"rl-{n}")], args.rdflib_budget * 2
            )
            entry["rdflib"] = got
            rdflib_seconds = (n, got["build_s"]) if got else (n, float("inf"))
        results["sizes"][str(n)] = entry
        print(table(results), file=sys.stderr)
    biggest = sizes[-1]
    if not args.no_incremental:
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
