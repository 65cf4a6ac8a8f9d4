"""SPARQL queries in worker processes that can be killed: the guard behind `kg serve`.

Oxigraph cannot stop a query once it runs (its server's `--timeout-s` only
drops the connection; the evaluation goes on, oxigraph issue #1336). A thread
cannot be killed either. So each query runs in a worker *process* holding the
store open read-only; a query that outlives its time gets its worker killed
with SIGKILL — the only stop a busy evaluation cannot ignore — and a fresh
worker takes its place. The store is opened read-only, so a killed reader
leaves nothing half-written.

Results are serialised by pyoxigraph itself. A SELECT is first written as TSV
through a writer that counts lines and gives up after `max_rows` rows, so a huge
answer is never built in full; the TSV (lossless: it is SPARQL term syntax) is
then parsed and written again in the format the client asked for.

This module imports nothing heavy: workers are started from it.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Mapping
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from kg.errors import KgError

READY_TIMEOUT = 30.0  # seconds for a new worker to open the store
WATCH_EVERY = 0.05  # seconds between looks at a running query's memory
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


class Job(NamedTuple):
    """One query for a worker, with the formats the client accepts (None: accepts none of ours)."""

    query: str
    results_type: str | None  # media type for SELECT / ASK answers
    graph_type: str | None  # media type for CONSTRUCT / DESCRIBE answers
    default_graphs: tuple[str, ...] = ()  # empty: the union of all graphs
    named_graphs: tuple[str, ...] = ()  # empty: every named graph


class Outcome(NamedTuple):
    """What became of a job. kind is one of KINDS; body is the answer when kind is "ok"."""

    kind: str
    media_type: str = ""
    body: bytes = b""
    message: str = ""


KINDS = ("ok", "bad_request", "too_large", "not_acceptable", "failed", "timeout", "memory", "busy")


class _TooManyRows(Exception):
    pass


class _CountingWriter(io.RawIOBase):
    """A binary sink that keeps what is written and stops the serialiser after `limit` lines."""

    def __init__(self, limit: int) -> None:
        self.buffer = io.BytesIO()
        self.lines = 0
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.lines += data.count(b"\n")
        if self.lines > self.limit:
            raise _TooManyRows
        return self.buffer.write(data)


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def too_many(max_rows: int, what: str) -> str:
    return (
        f"the answer has more than {max_rows:,} {what}, the limit of this endpoint; "
        "add a LIMIT (and OFFSET to page) or make the query more selective"
    )


def evaluate(store: ox.Store, job: Job, max_rows: int, prefixes: Mapping[str, str]) -> Outcome:
    """Run `job` on `store`; at most `max_rows` solutions or triples are read."""
    try:
        graphs: dict[str, object] = {"use_default_graph_as_union": not job.default_graphs}
        if job.default_graphs:
            graphs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        if job.named_graphs:
            graphs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    except ValueError as e:
        return Outcome("bad_request", message=f"bad graph IRI: {_one_line(e)}")
    try:
        result = store.query(job.query, prefixes=dict(prefixes), **graphs)
        if isinstance(result, ox.QueryTriples):
            if job.graph_type is None:
                return Outcome("not_acceptable", message="a CONSTRUCT or DESCRIBE answer is a graph")
            triples = list(islice(result, max_rows + 1))
            if len(triples) > max_rows:
                return Outcome("too_large", message=too_many(max_rows, "triples"))
            rdf = ox.RdfFormat.from_media_type(job.graph_type)
            return Outcome("ok", job.graph_type, ox.serialize(triples, format=rdf, prefixes=dict(prefixes)))
        if job.results_type is None:
            return Outcome("not_acceptable", message="a SELECT or ASK answer is a results table")
        fmt = ox.QueryResultsFormat.from_media_type(job.results_type)
        if isinstance(result, ox.QueryBoolean):
            return Outcome("ok", job.results_type, result.serialize(format=fmt))
        sink = _CountingWriter(max_rows + 1)  # the header line, then one line per solution
        result.serialize(sink, format=ox.QueryResultsFormat.TSV)
        tsv = sink.buffer.getvalue()
        if fmt != ox.QueryResultsFormat.TSV:
            tsv = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=fmt)
        return Outcome("ok", job.results_type, tsv)
    except _TooManyRows:
        return Outcome("too_large", message=too_many(max_rows, "rows"))
    except SyntaxError as e:
        return Outcome("bad_request", message=f"SPARQL syntax error: {_one_line(e)}")
    except (OSError, ValueError, RuntimeError) as e:
        return Outcome("failed", message=f"the query failed: {_one_line(e)}")


def _resident(pid: int | None) -> int:
    """Resident memory of a process in bytes (0 when unknown: not Linux, or it has ended)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _work(store_path: str, conn: Connection, max_rows: int, prefixes: dict[str, str]) -> None:
    """A worker's life: open the store, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    try:
        store = ox.Store.read_only(store_path)
    except OSError as e:
        conn.send(("error", _one_line(e)))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(evaluate(store, job, max_rows, prefixes))


class _Worker(NamedTuple):
    process: multiprocessing.process.BaseProcess
    conn: Connection


def _context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: a new worker is a fork of a small clean process (fast to
    replace, and no fork of our threaded server); spawn elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([__name__])
        return ctx
    return multiprocessing.get_context("spawn")


class QueryPool:
    """`workers` processes answering queries on one read-only store, with limits.

    `run` waits at most `queue_timeout` seconds (default: `timeout`) for an idle
    worker, then at most `timeout` seconds for the answer; a worker that did not
    answer in time is killed and replaced.
    """

    def __init__(
        self,
        store: Path | str,
        *,
        workers: int | None = None,
        timeout: float = 10.0,
        max_rows: int = 100_000,
        queue_timeout: float | None = None,
        prefixes: Mapping[str, str] | None = None,
        max_memory_mb: int = 2048,
    ) -> None:
        if timeout <= 0 or max_rows < 1 or max_memory_mb < 1 or (workers is not None and workers < 1):
            raise KgError(
                "the query timeout, the row and memory limits and the number of workers must be positive"
            )
        self.max_memory = max_memory_mb * 1024 * 1024
        self.store = Path(store)
        self.size = workers or os.cpu_count() or 1
        self.timeout, self.max_rows = timeout, max_rows
        self.queue_timeout = timeout if queue_timeout is None else queue_timeout
        self.prefixes = dict(prefixes or {})
        self._ctx = _context()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False

    # -- workers -------------------------------------------------------------

    def _launch(self) -> _Worker:
        ours, theirs = self._ctx.Pipe()
        args = (str(self.store), theirs, self.max_rows, self.prefixes)
        process = self._ctx.Process(target=_work, args=args, daemon=True, name="kg-query-worker")
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def _ready(self, worker: _Worker) -> _Worker:
        """Wait for `worker` to have opened the store; a one-line KgError if it could not."""
        message = f"a query worker did not start within {READY_TIMEOUT:g}s"
        try:
            if worker.conn.poll(READY_TIMEOUT):
                state, detail = worker.conn.recv()
                if state == "ready":
                    with self._lock:
                        self._all.add(worker)
                    return worker
                message = f"cannot open the store: {detail}"
        except (EOFError, OSError):
            message = "a query worker stopped while opening the store"
        self._kill(worker)
        raise KgError(message, self.store)

    def _kill(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        with self._lock:
            self._all.discard(worker)

    def _replace(self, worker: _Worker) -> None:
        self._kill(worker)
        if self._closed:
            return
        try:
            self._idle.put(self._ready(self._launch()))
        except KgError as e:  # the store went away: the pool shrinks, the server says so
            print(f"kg: {e}", file=sys.stderr)

    def start(self) -> QueryPool:
        launched = [self._launch() for _ in range(self.size)]
        try:
            for worker in launched:
                self._idle.put(self._ready(worker))
        except KgError:
            for worker in launched:
                if worker.process.is_alive():
                    self._kill(worker)
            raise
        return self

    def pids(self) -> list[int]:
        """Process ids of the live workers (for tests and monitoring)."""
        with self._lock:
            return sorted(w.process.pid for w in self._all if w.process.pid is not None)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._kill(worker)

    def __enter__(self) -> QueryPool:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- queries -------------------------------------------------------------

    def run(self, job: Job) -> Outcome:
        """The outcome of `job`: its answer, or why there is none (never raises for a bad query)."""
        try:
            worker = self._idle.get(timeout=self.queue_timeout)
        except queue.Empty:
            return Outcome("busy", message=f"all {self.size} query workers are busy; try again in a moment")
        try:
            worker.conn.send(job)
            answered = self._watch(worker)
            if answered:
                outcome = worker.conn.recv()
                self._idle.put(worker)
                return outcome
            if answered is None:
                outcome = Outcome(
                    "memory",
                    message=f"the query needed more than {self.max_memory // 2**20:,} MB and was stopped; "
                    "make it more selective or add a LIMIT",
                )
            else:
                outcome = Outcome(
                    "timeout",
                    message=f"the query ran longer than {self.timeout:g} s and was stopped; "
                    "make it more selective or add a LIMIT",
                )
        except (EOFError, OSError):  # the worker died under the query (out of memory, a crash)
            outcome = Outcome("failed", message="the query worker stopped while running the query")
        self._replace(worker)
        return outcome

    def _watch(self, worker: _Worker) -> bool | None:
        """Wait for the answer: True when it came, False past the time limit, None past the memory
        limit (a sort over a cross product grows by ~0.5 GB a second: the timeout alone would let
        a few of them exhaust the machine)."""
        waited = 0.0
        while waited < self.timeout:
            step = min(WATCH_EVERY, self.timeout - waited)
            if worker.conn.poll(step):
                return True
            waited += step
            if _resident(worker.process.pid) > self.max_memory:
                return None
        return False


__all__ = ["Job", "Outcome", "KINDS", "QueryPool", "evaluate", "too_many", "READY_TIMEOUT"]
