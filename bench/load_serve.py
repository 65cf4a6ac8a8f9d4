"""Load benchmark of `kg serve` (the guarded read-only endpoint): concurrent clients, latencies.

Builds a store from a synthetic corpus (bench/gen_corpus.py; or takes one with
--store), starts `kg serve` on it as a separate process, and runs --clients
threads for --seconds, each sending, in turn, the four contract queries
(officials, institutions, projects, actions) and two selective ones (the
officials of one governorate — queries/officials-of.rq with the institution
bound by a VALUES block, as `kg query --endpoint` does — and the 20 costliest
projects, queries/projects-by-cost.rq + LIMIT 20). Every answer is read in full.
Then one runaway query shows that the timeout really stops the evaluation:
the CPU time of the server's processes while it runs and after its 503.

    .venv/bin/python bench/load_serve.py --articles 1000 --clients 8 --seconds 30

Prints requests, failures (any non-200 answer), throughput, p50/p99 latency per
query and overall (and each query's latency alone, with no other load), the
store's size and the machine's cores.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONTRACT = ("officials", "institutions", "projects", "actions")
GOVERNORATES = "SELECT ?l WHERE { ?o a agk:Governorate ; rdfs:label ?l } ORDER BY ?l LIMIT 5"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ACCEPT = "application/sparql-results+json"


def build_store(work: Path, articles: int) -> Path:
    """An output folder with a store of `articles` synthetic articles (reused when present)."""
    from kg.build import build

    out = work / f"out-{articles}"
    if (out / "store" / "CURRENT").exists():
        return out
    corpus = work / f"news-{articles}.jsonl"
    if not corpus.exists():
        cmd = [sys.executable, str(HERE / "gen_corpus.py"), str(articles), "--out", str(corpus)]
        subprocess.run(cmd, check=True)
    started = time.perf_counter()
    report = build([corpus], out, quiet=True, formats=["none"], progress=False)
    print(f"built {report.articles} articles in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ask(url: str, query: str, timeout: float = 60) -> tuple[int, bytes]:
    """POST `query`; (status, body) — the body read in full, errors included."""
    request = urllib.request.Request(
        f"{url}/query",
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": ACCEPT},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def start_server(store: Path, port: int, args: argparse.Namespace, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)]
    cmd += ["--query-timeout", str(args.query_timeout), "--max-rows", str(args.max_rows)]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    server = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stderr=log.open("wb"))
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"kg serve stopped: {log.read_text(encoding='utf-8').strip()}")
        try:
            if ask(url, "ASK {}", timeout=1)[0] == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("kg serve did not answer within 60 s")


def workload(url: str) -> list[tuple[str, str]]:
    """(name, query text) of the mix, the params bound as `kg query --endpoint` binds them."""
    from kg.query import bindings, json_table, prologue, resolve_query, with_values

    mix = [(name, prologue() + resolve_query(name)[0]) for name in CONTRACT]
    status, body = ask(url, prologue() + GOVERNORATES)
    labels = [row[0].value for row in json_table(json.loads(body)).rows] if status == 200 else []
    officials_of = resolve_query("officials-of")[0]
    for label in labels or [""]:
        text = with_values(prologue() + officials_of, bindings(officials_of, {"institution": label}))
        mix.append(("officials-of (one governorate)", text))
    by_cost = resolve_query("projects-by-cost")[0]
    if not re.search(r"(?i)\bLIMIT\s+\d+\s*$", by_cost):
        by_cost += "\nLIMIT 20\n"
    mix.append(("projects-by-cost (20 costliest)", prologue() + by_cost))
    return mix


def client(url: str, mix: list[tuple[str, str]], first: int, until: float, out: list) -> None:
    """Send the mix round-robin (starting at `first`) until `until`; record (name, seconds, status)."""
    i = first
    while time.monotonic() < until:
        name, text = mix[i % len(mix)]
        started = time.perf_counter()
        try:
            status, _ = ask(url, text)
        except OSError:
            status = 0
        out.append((name, time.perf_counter() - started, status))
        i += 1


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def tree(pid: int) -> dict[int, float]:
    """pid → CPU seconds (user + system) of `pid` and all its descendants (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    keep, changed = {pid}, True
    while changed:
        grown = keep | {p for p, parent in parents.items() if parent in keep}
        changed, keep = grown != keep, grown
    return {p: cpu[p] for p in keep if p in cpu}


def cpu_rate(pid: int, seconds: float) -> float:
    """CPU seconds per second used by `pid`'s process tree over the next `seconds`
    (counting only the processes alive at both ends)."""
    first = tree(pid)
    time.sleep(seconds)
    last = tree(pid)
    return sum(last[p] - first[p] for p in first.keys() & last.keys()) / seconds


def runaway(url: str, server: subprocess.Popen) -> list[str]:
    """Send a runaway query; the CPU of the server's processes while it runs and after its 503."""
    before = set(tree(server.pid))
    answer: list = []
    started = time.monotonic()
    sender = threading.Thread(target=lambda: answer.append(ask(url, RUNAWAY, timeout=600)))
    sender.start()
    time.sleep(0.2)
    during = cpu_rate(server.pid, 1.0)
    sender.join()
    took = time.monotonic() - started
    after = cpu_rate(server.pid, 2.0)
    now = set(tree(server.pid))
    gone = sorted(before - now)
    alive = [p for p in gone if Path(f"/proc/{p}").exists()]
    status, body = answer[0]
    return [
        f"runaway query: {status} after {took:.1f} s ({body.decode('utf-8', 'replace').strip()})",
        f"  server CPU while it ran: {during:.2f} s/s; in the 2 s after its 503: {after:.2f} s/s",
        f"  worker processes that left: {gone} (still present: {alive or 'none'}); "
        f"new: {sorted(now - before)}",
    ]


def report(
    results: list, seconds: float, store: Path, args: argparse.Namespace, triples: str, alone: dict
) -> list[str]:
    by_name: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, int] = defaultdict(int)
    for name, took, status in results:
        by_name[name].append(took)
        if status != 200:
            failed[f"{name}: {status}"] += 1
    size = sum(f.stat().st_size for f in store.rglob("*") if f.is_file())
    everything = [took for _, took, _ in results]
    lines = [
        f"machine: {os.cpu_count()} cores; server: {args.workers or os.cpu_count()} workers, "
        f"{args.query_timeout:g} s timeout, {args.max_rows:,} rows max",
        f"store: {store} — {size / 2**20:.1f} MiB, {triples} triples",
        f"load: {args.clients} clients for {seconds:.1f} s",
        f"requests: {len(results)}; failed: {sum(failed.values())}"
        + (f" ({dict(failed)})" if failed else ""),
        f"throughput: {len(results) / seconds:.1f} req/s",
        "",
        f"{'query':34} {'n':>6} {'p50 ms':>9} {'p99 ms':>9} {'alone ms':>9}",
    ]
    for name, times in [*sorted(by_name.items()), ("overall", everything)]:
        p50, p99 = percentile(times, 50) * 1000, percentile(times, 99) * 1000
        single = percentile(alone.get(name) or [t for ts in alone.values() for t in ts], 50) * 1000
        lines.append(f"{name:34} {len(times):>6} {p50:>9.1f} {p99:>9.1f} {single:>9.1f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--articles", type=int, default=1000, help="synthetic articles to build (default 1000)")
    p.add_argument("--store", type=Path, help="an existing store or output folder (no build)")
    p.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-load", help="build folder")
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--seconds", type=float, default=30.0)
    p.add_argument("--workers", type=int, help="kg serve --workers (default: its own, the cores)")
    p.add_argument("--query-timeout", type=float, default=10.0)
    p.add_argument("--max-rows", type=int, default=100_000)
    p.add_argument("--no-runaway", action="store_true", help="skip the runaway-query check")
    args = p.parse_args(argv)

    args.work.mkdir(parents=True, exist_ok=True)
    out = args.store or build_store(args.work, args.articles)
    store = out / "store" if (out / "store" / "CURRENT").exists() else out
    port = free_port()
    server = start_server(store, port, args, args.work / "serve.log")
    url = f"http://127.0.0.1:{port}"
    try:
        status, body = ask(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        triples = body.decode().split('"value":"')[1].split('"')[0] if status == 200 else "?"
        mix = workload(url)
        alone: dict[str, list[float]] = defaultdict(list)
        for round_ in range(2):  # warm up, fail early on a query the server refuses, then time it alone
            for name, text in mix:
                started = time.perf_counter()
                status, body = ask(url, text)
                if status != 200:
                    raise SystemExit(f"{name}: {status} {body.decode('utf-8', 'replace').strip()}")
                if round_:
                    alone[name].append(time.perf_counter() - started)
        results: list = []
        started = time.monotonic()
        until = started + args.seconds
        threads = [
            threading.Thread(target=client, args=(url, mix, 3 * i, until, results))
            for i in range(args.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        lines = report(results, time.monotonic() - started, store, args, triples, alone)
        if not args.no_runaway:
            lines += ["", *runaway(url, server)]
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
