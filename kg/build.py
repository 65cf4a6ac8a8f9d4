"""Build the graph: read inputs, extract articles in parallel, keep their facts in a store.

`build` streams articles from the inputs to worker processes (kg.parallel),
which extract each one and turn its facts into N-Quads (kg.facts); the facts
go into the store (kg.store: Oxigraph under DIR/store by default) in batches,
from a writer thread, so memory is bounded by the batch, not the corpus.

Builds are incremental: an article whose content digest is already in the
store is not extracted again, a changed one has its facts replaced, and
articles no longer in the inputs are removed only with `prune`. When the
extractors change (kg.store.fingerprint) every article is redone. The result
equals a fresh build of the same inputs.

Inputs that cannot be read, articles on which extraction fails and articles
that take longer than `article_timeout` are reported (one line naming file and
line) and skipped. Outputs: DIR/graph.ttl (and graph.html) while the graph is
small enough to rewrite on every build, or always with formats={"ttl"};
DIR/nquads/ shards with "nq". Set KG_DEBUG=1 to let extraction errors raise.
"""

from __future__ import annotations

import os
import queue
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from rdflib import Graph

from extract.model import Article, Extraction
from extract.pipeline import extract_article
from kg.atomic import atomic_path, atomic_write_bytes, atomic_write_text
from kg.errors import InputError, KgError
from kg.export import serialize
from kg.facts import ArticleFacts, article_digest, facts_of
from kg.inputs import read_inputs
from kg.parallel import CRASHED, TIMED_OUT, Pool, run_serial
from kg.progress import Progress, count_articles, wanted
from kg.store import PRETTY_MAX, STORE_DIR, GraphStore, fingerprint, open_store

GRAPH_FILE = "graph.ttl"
VIEW_FILE = "graph.html"
NQUADS_DIR = "nquads"
SHARED_SHARD = "@shared.nq"  # '@' is escaped in article file names, so no article can take this name
TENURE_SHARD = "@tenure.nq"  # the derived tenure facts of every post (kg.tenure); no article has this name
FORMATS = ("auto", "ttl", "nq", "none")
TTL_AUTO_MAX = 1_000_000  # triples; past this graph.ttl is written only when asked (--format ttl)
BATCH = 500  # articles per store write


@dataclass(slots=True)
class BuildReport:
    """What a build did; `exit_status` is 0 all built, 2 some skipped, 1 nothing built."""

    articles: int = 0  # articles of the inputs now in the graph (extracted + unchanged)
    skipped: list[InputError] = field(default_factory=list)
    extracted: int = 0
    unchanged: int = 0
    removed: int = 0
    kept: int = 0  # in the store from earlier builds, not in these inputs (no --prune)
    redone: bool = False  # the extractors changed: every article was extracted again
    graph: Graph | None = None
    store_path: Path | None = None
    graph_path: Path | None = None
    view_path: Path | None = None
    view_error: str | None = None
    notes: list[str] = field(default_factory=list)
    triples: int = 0
    officials: int = 0
    institutions: int = 0
    projects: int = 0
    seconds: float = 0.0

    @property
    def exit_status(self) -> int:
        if self.articles == 0:
            return 1
        return 2 if self.skipped else 0

    def summary(self) -> str:
        parts = [f"{len(self.skipped)} skipped"]
        if self.unchanged:
            parts.append(f"{self.extracted} extracted, {self.unchanged} unchanged")
        if self.removed:
            parts.append(f"{self.removed} removed")
        if self.kept:
            parts.append(f"{self.kept} kept from earlier builds")
        return (
            f"built {self.articles} articles ({'; '.join(parts)}): {self.triples} triples, "
            f"{self.officials} officials, {self.institutions} institutions, {self.projects} projects "
            f"in {self.seconds:.1f}s"
        )


def build(
    paths: Iterable[Path | str],
    out_dir: Path | str,
    *,
    quiet: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    jobs: int | None = None,
    article_timeout: float = 20.0,
    prune: bool = False,
    formats: Iterable[str] = ("auto",),
    backend: str = "oxigraph",
    progress: bool | None = None,
    store: GraphStore | None = None,
) -> BuildReport:
    """Build (or update) the store in out_dir and write its exports; see the module docstring.

    `jobs`: worker processes (default: all cores; 1 extracts in this process).
    `backend`: "oxigraph" (DIR/store, kept between builds) or "rdflib" (in memory, for small graphs).
    `store`: build into this open store instead (left open; for benchmarks and long-running programs).
    Each skipped input goes to `on_error` as it happens (default: one `kg: FILE:LINE: message` line on
    stderr). Unless `quiet`, the summary line is printed to stderr at the end.
    """
    on_error = on_error or _print_error
    wanted_formats = _formats(formats)
    started = time.perf_counter()
    report = BuildReport()
    out = Path(out_dir)
    fresh = not (out / STORE_DIR).exists()
    paths = [Path(p) for p in paths]
    jobs = jobs or os.cpu_count() or 1
    show = wanted(quiet) if progress is None else progress
    bar = Progress(count_articles(paths) if show else None, enabled=show)

    def skip(err: InputError) -> None:
        report.skipped.append(err)
        if bar.bar is not None:
            bar.bar.clear()
        on_error(err)

    pool = Pool(_work, jobs, article_timeout) if jobs > 1 else None  # fork before opening the store
    try:
        with nullcontext(store) if store is not None else open_store(out, backend=backend) as opened:
            _check_fingerprint(opened, report)
            _extract_into(opened, paths, pool, article_timeout, report, skip, bar, prune, wanted_formats, out)
            if report.articles:
                _finish(opened, report, out, wanted_formats, quiet)
    finally:
        bar.close()
        if pool is not None:
            pool.close()
    if report.articles == 0 and fresh and backend == "oxigraph" and store is None:
        shutil.rmtree(out / STORE_DIR, ignore_errors=True)  # nothing built: leave no files behind
    report.seconds = time.perf_counter() - started
    for note in report.notes:
        print(f"kg: {note}", file=sys.stderr)
    if report.articles == 0:
        print("kg: nothing built: no readable article in the inputs; no graph written", file=sys.stderr)
    elif not quiet:
        print(report.summary(), file=sys.stderr)
    return report


def _formats(formats: Iterable[str]) -> set[str]:
    chosen = {f.strip() for spec in formats for f in spec.split(",") if f.strip()}
    unknown = chosen - set(FORMATS)
    if unknown:
        raise KgError(f"unknown output format {sorted(unknown)[0]!r} (choose from {', '.join(FORMATS)})")
    return chosen or {"auto"}


def _check_fingerprint(store: GraphStore, report: BuildReport) -> None:
    """Redo every article when the extractors (or the RDF shape) changed since the store was built."""
    current = fingerprint()
    if store.manifest.get("fingerprint") not in (None, current) and store.digests():
        store.reset()
        report.redone = True
        report.notes.append("the extractors changed since the last build: every article is extracted again")
    store.manifest.put("fingerprint", current)


def _extract_into(
    store: GraphStore,
    paths: list[Path],
    pool: Pool | None,
    limit: float,
    report: BuildReport,
    skip: Callable[[InputError], None],
    bar: Progress,
    prune: bool,
    formats: set[str],
    out: Path,
) -> None:
    known = store.digests()
    seen: set[str] = set()
    shards = out / NQUADS_DIR if "nq" in formats else None

    def todo() -> Iterator[tuple[Article, str]]:
        for item in read_inputs(paths):
            if isinstance(item, InputError):
                skip(item)
                continue
            digest = article_digest(item)
            seen.add(item.id)
            if known.get(item.id) == digest:
                report.unchanged += 1
                bar.update()
                continue
            yield item, digest

    work = pool.map(todo()) if pool is not None else run_serial(_work, todo(), limit)
    writer = _Writer(store, shards)
    batch: list[ArticleFacts] = []
    try:
        for (article, _), result in work:
            bar.update()
            if isinstance(result, ArticleFacts):
                batch.append(result)
                report.extracted += 1
                if len(batch) >= BATCH:
                    writer.add(batch)
                    batch = []
                continue
            skip(_failure(article, result, limit))
            if article.id in known:  # its old facts are stale now
                writer.remove([article.id])
                _drop_shard(shards, article.id)
        writer.add(batch)
        gone = sorted(known.keys() - seen)
        if prune and gone:
            writer.remove(gone)
            report.removed = len(gone)
            for aid in gone:
                _drop_shard(shards, aid)
        else:
            report.kept = len(gone)
    finally:
        writer.close()
    report.articles = report.extracted + report.unchanged


class _Writer:
    """Writes batches into the store from a thread, so extraction results keep flowing meanwhile."""

    def __init__(self, store: GraphStore, shards: Path | None = None) -> None:
        self.store = store
        self.shards = shards  # per-article N-Quads files (--format nq), written as stored
        self.jobs: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (job := self.jobs.get()) is not None:
            if self.error is None:
                try:
                    job()
                except BaseException as e:  # handed to the main thread, raised there
                    self.error = e

    def add(self, batch: list[ArticleFacts]) -> None:
        if batch:
            self._put(lambda: self._store(batch))

    def _store(self, batch: list[ArticleFacts]) -> None:
        stored = self.store.add(batch)
        if self.shards is not None:
            for facts in stored:
                _write_shard(self.shards, facts.article_id, facts.quads.encode("utf-8"))

    def remove(self, ids: list[str]) -> None:
        self._put(lambda: self.store.remove(ids))

    def _put(self, job: Callable[[], None]) -> None:
        if self.error is not None:
            raise self.error
        self.jobs.put(job)

    def close(self) -> None:
        self.jobs.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


def _work(item: tuple[Article, str]) -> ArticleFacts | InputError:
    """In a worker: extract one article and turn its facts into N-Quads."""
    article, digest = item
    extraction = _extract(article)
    if isinstance(extraction, InputError):
        return extraction
    return facts_of(extraction, digest)


def _where(article: Article) -> tuple[str, int | None]:
    file, _, line = (article.source or article.id).rpartition(":")
    if line.isdigit() and file:
        return file, int(line)
    return article.source or article.id, None


def _failure(article: Article, result: object, limit: float) -> InputError:
    if isinstance(result, InputError):
        return result
    where, line = _where(article)
    if result == TIMED_OUT:
        return InputError(
            where,
            line,
            f"extraction took longer than {limit:g}s; skipped (raise --article-timeout to wait longer)",
        )
    reason = "the worker process died" if result == CRASHED else str(result)
    return InputError(where, line, f"extraction failed: {reason}")


def _print_error(err: InputError) -> None:
    print(f"kg: {err}", file=sys.stderr)


def _extract(article: Article) -> Extraction | InputError:
    """Run extraction; a failure becomes one skipped input naming the article's file and line."""
    try:
        return extract_article(article)
    except Exception as e:  # an extractor bug must not cost the other articles; KG_DEBUG shows it
        if os.environ.get("KG_DEBUG"):
            raise
        where, lineno = _where(article)
        message = " ".join(str(e).split())
        return InputError(
            where, lineno, f"extraction failed: {type(e).__name__}: {message} (KG_DEBUG=1 shows where)"
        )


# -- outputs ---------------------------------------------------------------------


def _finish(store: GraphStore, report: BuildReport, out: Path, formats: set[str], quiet: bool) -> None:
    store.refresh_tenure()
    report.store_path = out / STORE_DIR if store.where is not None else None
    report.triples = store.count()
    stats = store.stats()
    report.officials, report.institutions, report.projects = (
        stats["officials"],
        stats["institutions"],
        stats["projects"],
    )
    if "nq" in formats:
        _complete_shards(store, out / NQUADS_DIR)
    ttl = "ttl" in formats or ("auto" in formats and report.triples <= TTL_AUTO_MAX)
    if not ttl:
        if "auto" in formats:
            _remove_stale(out, report, f"the graph has {report.triples} triples (more than {TTL_AUTO_MAX})")
        elif (out / GRAPH_FILE).exists():
            why = "not asked for with --format; the earlier one is removed, it may not match the store"
            _remove_stale(out, report, why)
        return
    report.graph_path = out / GRAPH_FILE
    if report.triples > PRETTY_MAX:
        store.export(report.graph_path, "ttl")
        _remove_stale(out, report, None, view_only=True)
        report.view_error = (
            f"not drawn: the graph has {report.triples} triples; draw a part with `kg view --focus`"
        )
        report.notes.append(f"{out / VIEW_FILE}: {report.view_error}")
        return
    graph = store.union_graph()
    report.graph = graph
    atomic_write_text(report.graph_path, serialize(graph, "ttl"))
    report.view_path, report.view_error = _write_view(graph, out / VIEW_FILE)
    if report.view_error:
        report.notes.append(f"{out / VIEW_FILE}: {report.view_error}")


def _remove_stale(out: Path, report: BuildReport, why: str | None, *, view_only: bool = False) -> None:
    """An export left from an earlier build would not match the store: remove it, and say why."""
    names = (VIEW_FILE,) if view_only else (GRAPH_FILE, VIEW_FILE)
    for name in names:
        (out / name).unlink(missing_ok=True)
    if why:
        report.notes.append(
            f"{out / GRAPH_FILE}: not written: {why}; query {out / STORE_DIR} with `kg query`, "
            f"or write it with `kg export --graph {out / STORE_DIR} --format ttl --out {out / GRAPH_FILE}`"
        )


def _shard_name(article_id: str) -> str:
    return quote(article_id, safe="") + ".nq"


def _write_shard(folder: Path, article_id: str, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / _shard_name(article_id)).write_bytes(data)


def _drop_shard(folder: Path | None, article_id: str) -> None:
    if folder is not None:
        (folder / _shard_name(article_id)).unlink(missing_ok=True)


def _complete_shards(store: GraphStore, folder: Path) -> None:
    """Shards for articles kept from builds made without "nq", and the shared part (rewritten)."""
    folder.mkdir(parents=True, exist_ok=True)
    for aid in store.digests():
        if not (folder / _shard_name(aid)).exists():
            _write_shard(folder, aid, store.article_graph(aid))
    atomic_write_bytes(folder / SHARED_SHARD, store.shared_graph())
    atomic_write_bytes(folder / TENURE_SHARD, store.tenure_graphs())


def draw_view(
    graph: Graph,
    out: Path | str,
    *,
    focus: str | None = None,
    depth: int = 2,
    types: set[str] | None = None,
) -> int:
    """Write the HTML view of `graph` to `out` atomically; return the number of nodes drawn."""
    try:
        from kg.view import write_view
    except ModuleNotFoundError as e:
        if e.name != "kg.view":
            raise
        raise KgError("the graph view is not available (kg.view is missing)", out) from e
    try:
        with atomic_path(out) as tmp:
            return write_view(graph, tmp, focus=focus, depth=depth, types=types)
    except ValueError as e:  # kg.view's way to say "no node named --focus", "unknown type"
        raise KgError(" ".join(str(e).split())) from e


def _write_view(graph: Graph, out: Path) -> tuple[Path | None, str | None]:
    """graph.html beside graph.ttl: (path, None), or (None, why it was not written).

    A view left from an earlier build is removed, so it cannot be taken for this graph's.
    """
    try:
        draw_view(graph, out)
    except KgError as e:
        reason = e.message
    except Exception as e:  # the view is extra output; the Turtle is already safe
        if os.environ.get("KG_DEBUG"):
            raise
        reason = f"{type(e).__name__}: {' '.join(str(e).split())}"
    else:
        return out, None
    out.unlink(missing_ok=True)
    return None, f"not written: {reason}"


__all__ = [
    "build",
    "draw_view",
    "BuildReport",
    "GRAPH_FILE",
    "VIEW_FILE",
    "NQUADS_DIR",
    "SHARED_SHARD",
    "TENURE_SHARD",
    "FORMATS",
]
