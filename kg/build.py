"""Build the graph: read inputs, extract each article, write graph.ttl and graph.html.

Inputs that cannot be read are reported and skipped (kg.inputs); an article on
which extraction fails is reported the same way, so one odd article does not
cost a long build. graph.ttl is written first and atomically; the HTML view is
extra — if it cannot be drawn the Turtle is kept and the problem reported.
Set KG_DEBUG=1 to let extraction errors raise with their traceback.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import ORG, RDF

from extract.model import Article, Extraction
from extract.pipeline import extract_article
from kg.atomic import atomic_path, atomic_write_text
from kg.errors import InputError, KgError
from kg.export import serialize
from kg.inputs import read_inputs
from kg.to_rdf import add_extractions, new_graph
from kg.vocab import AGK

GRAPH_FILE = "graph.ttl"
VIEW_FILE = "graph.html"


@dataclass(slots=True)
class BuildReport:
    """What a build did; `exit_status` is 0 all built, 2 some skipped, 1 nothing built."""

    articles: int = 0
    skipped: list[InputError] = field(default_factory=list)
    graph: Graph | None = None
    graph_path: Path | None = None
    view_path: Path | None = None
    view_error: str | None = None
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
        return (
            f"built {self.articles} articles ({len(self.skipped)} skipped): {self.triples} triples, "
            f"{self.officials} officials, {self.institutions} institutions, {self.projects} projects "
            f"in {self.seconds:.1f}s"
        )


def build(
    paths: Iterable[Path | str],
    out_dir: Path | str,
    *,
    quiet: bool = False,
    on_error: Callable[[InputError], None] | None = None,
) -> BuildReport:
    """Build out_dir/graph.ttl (and graph.html) from `paths`; nothing is written when no article built.

    Each skipped input goes to `on_error` as it happens (default: one `kg: FILE:LINE: message`
    line on stderr). Unless `quiet`, the summary line is printed to stderr at the end.
    """
    on_error = on_error or _print_error
    started = time.perf_counter()
    report = BuildReport()
    graph = new_graph()

    def skip(err: InputError) -> None:
        report.skipped.append(err)
        on_error(err)

    for item in read_inputs(paths):
        if isinstance(item, InputError):
            skip(item)
            continue
        extraction = _extract(item)
        if isinstance(extraction, InputError):
            skip(extraction)
            continue
        add_extractions(graph, [extraction])
        report.articles += 1

    out = Path(out_dir)
    if report.articles:
        _count(graph, report)
        report.graph = graph
        report.graph_path = out / GRAPH_FILE
        atomic_write_text(report.graph_path, serialize(graph, "ttl"))
        report.view_path, report.view_error = _write_view(graph, out / VIEW_FILE)
    report.seconds = time.perf_counter() - started
    if report.view_error:
        print(f"kg: {out / VIEW_FILE}: {report.view_error}", file=sys.stderr)
    if report.articles == 0:
        print("kg: nothing built: no readable article in the inputs; no graph written", file=sys.stderr)
    elif not quiet:
        print(report.summary(), file=sys.stderr)
    return report


def _print_error(err: InputError) -> None:
    print(f"kg: {err}", file=sys.stderr)


def _extract(article: Article) -> Extraction | InputError:
    """Run extraction; a failure becomes one skipped input naming the article's file and line."""
    try:
        return extract_article(article)
    except Exception as e:  # an extractor bug must not cost the other articles; KG_DEBUG shows it
        if os.environ.get("KG_DEBUG"):
            raise
        file, _, line = (article.source or article.id).rpartition(":")
        where, lineno = (file, int(line)) if line.isdigit() and file else (article.source or article.id, None)
        message = " ".join(str(e).split())
        return InputError(
            where, lineno, f"extraction failed: {type(e).__name__}: {message} (KG_DEBUG=1 shows where)"
        )


def _count(graph: Graph, report: BuildReport) -> None:
    report.triples = len(graph)
    report.officials = len(set(graph.subjects(RDF.type, AGK.Official)))
    report.institutions = len(set(graph.subjects(RDF.type, ORG.Organization)))
    report.projects = len(set(graph.subjects(RDF.type, AGK.Project)))


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


__all__ = ["build", "draw_view", "BuildReport", "GRAPH_FILE", "VIEW_FILE"]
