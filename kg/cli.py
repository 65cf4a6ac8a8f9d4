"""The `kg` command: a thin layer over kg.build, kg.query, kg.export, kg.validate, kg.view,
kg.serve and kg.push.

Each subcommand parses its options, calls one library function and turns a
`KgError` into one line on stderr (`kg: FILE:LINE: message`) with a non-zero
exit status. Unexpected failures also print one line; KG_DEBUG=1 shows the
traceback instead.
"""

from __future__ import annotations

import argparse
import os
import sys
import webbrowser
from pathlib import Path

from kg.errors import KgError

DEFAULT_OUT = Path("output")
DEFAULT_GRAPH = DEFAULT_OUT / "graph.ttl"
DEFAULT_STORE = DEFAULT_OUT / "store"

_EPILOG = """\
examples:
  kg build samples/ --out output/          read articles into output/store, write graph.ttl + graph.html
  kg build news/ --jobs 2 --prune          re-extract only new or changed articles, drop removed ones
  kg query officials                       run queries/officials.rq on output/store (or graph.ttl)
  kg serve --port 7878                     SPARQL endpoint (read-only) on output/store
  kg push --endpoint http://host:7878/store   load the graph into a SPARQL Graph Store
  kg query officials-of --param institution="محافظة القليوبية"
  kg export --format jsonld --out graph.jsonld
  kg validate                              check output/graph.ttl against the SHACL shapes
  kg view --focus "وزارة التنمية المحلية" --open

Run `kg COMMAND --help` for the options of one command.
"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    pass


def _graph_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--graph",
        type=Path,
        default=DEFAULT_GRAPH,
        metavar="FILE",
        help=f"graph file (.ttl, .nt or .jsonld; default {DEFAULT_GRAPH})",
    )


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build and query a knowledge graph of officials, institutions and projects "
        "from Arabic government news.",
        epilog=_EPILOG,
        formatter_class=_Formatter,
    )
    from kg import __version__

    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    p = sub.add_parser(
        "build",
        help="read articles into the store; write graph.ttl + graph.html",
        formatter_class=_Formatter,
        description="Read articles into the store DIR/store and write DIR/graph.ttl and DIR/graph.html.\n\n"
        "INPUT is a .txt article (id = file name without .txt), a .jsonl file of\n"
        '{"id", "text", optional "title", "date", "url"} records, or a folder (searched\n'
        "recursively for both). Unreadable inputs are reported one line each and skipped.\n"
        "Builds are incremental: only new or changed articles are extracted again; articles\n"
        "no longer in the inputs stay in the store unless --prune is given.\n"
        "Exit status: 0 all built, 2 some inputs skipped, 1 nothing built (no file written).",
        epilog="examples:\n  kg build samples/\n  kg build news.jsonl more/article.txt --out /tmp/kg -q\n"
        "  kg build archive/ --jobs 2 --format nq --prune",
    )
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help=".txt file, .jsonl file or folder")
    p.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, metavar="DIR", help=f"output folder (default {DEFAULT_OUT}/)"
    )
    p.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="no progress bar or summary line (errors are still printed)",
    )
    p.add_argument(
        "--jobs", "-j", type=int, metavar="N", help="extraction processes (default: all cores; 1: no workers)"
    )
    p.add_argument(
        "--article-timeout",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="skip (and report) an article whose extraction takes longer (default 20; 0: no limit)",
    )
    p.add_argument("--prune", action="store_true", help="remove articles that are no longer in the inputs")
    p.add_argument(
        "--format",
        "-f",
        dest="formats",
        action="append",
        metavar="LIST",
        help="outputs besides the store, comma-separated: ttl (graph.ttl + graph.html), nq (DIR/nquads/, "
        "one N-Quads file per article plus @shared.nq), none; default auto: ttl while the graph "
        "has at most 1,000,000 triples",
    )
    p.add_argument(
        "--backend",
        choices=("oxigraph", "rdflib"),
        default="oxigraph",
        help="oxigraph: a store on disk, kept between builds (default); rdflib: in memory, small graphs",
    )
    p.set_defaults(func=_build)

    p = sub.add_parser(
        "query",
        help="run a SPARQL query (named, .rq file or inline)",
        formatter_class=_Formatter,
        description="Run a SPARQL query on the graph.\n\n"
        "QUERY is the name of a file in queries/ (without .rq), a path to a .rq file, or\n"
        "SPARQL text; the project's prefixes (agk:, org:, schema:, rdfs:, ...) are predeclared.\n"
        "--param key=value binds ?key to the literal value (never pasted into the query);\n"
        "values of name, institution and post are spelling-folded first to match agk:foldedLabel.",
        epilog="examples:\n"
        "  kg query officials --format csv > officials.csv\n"
        "  kg query projects-by-cost --endpoint http://127.0.0.1:7878/query\n"
        '  kg query statements-about --param name="سامح عادل القناوي"\n'
        "  kg query 'SELECT ?p ?name WHERE { ?p a agk:Official ; rdfs:label ?name }'",
    )
    p.add_argument("query", metavar="QUERY", help="NAME, FILE.rq or 'SPARQL text'")
    p.add_argument(
        "--graph",
        type=Path,
        metavar="PATH",
        help=f"a store folder or a graph file (.ttl, .nt, .jsonld); default {DEFAULT_STORE} "
        f"when it exists, else {DEFAULT_GRAPH}",
    )
    p.add_argument("--endpoint", metavar="URL", help="query a SPARQL endpoint over HTTP instead")
    p.add_argument(
        "--format",
        "-f",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (default table)",
    )
    p.add_argument(
        "--param",
        "-p",
        action="extend",
        nargs="+",
        default=[],
        metavar="KEY=VALUE",
        help="bind ?KEY to the literal VALUE (repeatable)",
    )
    p.set_defaults(func=_query)

    p = sub.add_parser(
        "export",
        help="write the graph as Turtle, N-Triples or JSON-LD",
        formatter_class=_Formatter,
        description="Write the graph in another RDF format, to FILE or to standard output.\n"
        "--graph may be a store folder (output/store): its union graph is exported.",
        epilog="examples:\n  kg export --format nt > graph.nt\n  kg export --out graph.jsonld\n"
        "  kg export --graph output/store --format ttl --out output/graph.ttl",
    )
    p.add_argument(
        "--graph",
        type=Path,
        default=DEFAULT_GRAPH,
        metavar="PATH",
        help=f"graph file or store folder (default {DEFAULT_GRAPH})",
    )
    p.add_argument(
        "--format", "-f", choices=("ttl", "nt", "jsonld"), help="RDF format (default: from --out's suffix)"
    )
    p.add_argument("--out", "-o", type=Path, metavar="FILE", help="output file (default standard output)")
    p.set_defaults(func=_export)

    p = sub.add_parser(
        "validate",
        help="check the graph against the SHACL shapes",
        formatter_class=_Formatter,
        description="Validate the graph with the project's SHACL shapes and print the report.\n"
        "Exit status: 0 conforms, 1 does not conform (or the graph cannot be read).",
        epilog="example:\n  kg validate --graph /tmp/dev/graph.ttl",
    )
    _graph_option(p)
    p.set_defaults(func=_validate)

    p = sub.add_parser(
        "view",
        help="draw the graph as an interactive HTML page",
        formatter_class=_Formatter,
        description="Draw the graph (or the neighbourhood of one node) as a self-contained HTML page.",
        epilog="examples:\n  kg view --open\n"
        '  kg view --focus "محافظة القليوبية" --depth 1 --types official,institution --out q.html',
    )
    _graph_option(p)
    p.add_argument(
        "--out", "-o", type=Path, metavar="FILE", help="HTML file (default: the graph's path with .html)"
    )
    p.add_argument("--focus", metavar="NAME", help="draw only the neighbourhood of the node with this name")
    p.add_argument(
        "--depth", type=int, default=2, metavar="N", help="neighbourhood depth around --focus (default 2)"
    )
    p.add_argument(
        "--types", metavar="LIST", help="comma-separated node types to draw: official,institution,project"
    )
    p.add_argument("--open", action="store_true", help="open the page in the web browser")
    p.set_defaults(func=_view)

    p = sub.add_parser(
        "serve",
        help="serve the store as a SPARQL endpoint (read-only, with limits)",
        formatter_class=_Formatter,
        description="Serve the store over the SPARQL 1.1 Protocol: queries at /query (union of all\n"
        "graphs), a query page at /. Read-only: each query runs in a worker process that\n"
        "is killed when it runs longer than --query-timeout or needs more than --max-memory\n"
        "(503), and an answer of more\n"
        "than --max-rows rows is refused (413: add a LIMIT). --writable serves with the\n"
        "`oxigraph` server instead: SPARQL Update at /update, the Graph Store at /store,\n"
        "no limits. A store can be open for writing in one process only: stop a writable\n"
        "server before `kg build`, and do not build while a read-only server runs.",
        epilog="examples:\n  kg serve\n  kg serve --port 8000 --store /tmp/kg/store\n"
        "  kg serve --query-timeout 30 --max-rows 1000000 --workers 4\n"
        "  kg serve --writable --store /tmp/remote   # a Graph Store for `kg push`",
    )
    p.add_argument("--port", type=int, default=7878, help="TCP port (default 7878)")
    p.add_argument(
        "--bind", default="127.0.0.1", metavar="ADDRESS", help="address to listen on (default 127.0.0.1)"
    )
    p.add_argument(
        "--store",
        type=Path,
        default=DEFAULT_STORE,
        metavar="DIR",
        help=f"store folder (default {DEFAULT_STORE})",
    )
    p.add_argument(
        "--writable",
        action="store_true",
        help="serve with the oxigraph server, accepting updates (SPARQL Update, Graph Store writes)",
    )
    p.add_argument(
        "--query-timeout",
        type=float,
        metavar="SECONDS",
        help="stop a query that runs longer (default 10; read-only endpoint)",
    )
    p.add_argument(
        "--max-rows",
        type=int,
        metavar="N",
        help="refuse answers of more rows or triples (default 100000; read-only endpoint)",
    )
    p.add_argument(
        "--max-memory",
        type=int,
        metavar="MB",
        help="stop a query whose worker needs more memory (default 2048; read-only endpoint)",
    )
    p.add_argument(
        "--workers", type=int, metavar="N", help="query worker processes (default: the number of cores)"
    )
    p.set_defaults(func=_serve)

    p = sub.add_parser(
        "push",
        help="load the graph into a SPARQL Graph Store (Oxigraph, Fuseki, GraphDB, ...)",
        formatter_class=_Formatter,
        description="Send the graph to a SPARQL 1.1 Graph Store Protocol endpoint: each article's\n"
        "named graph (PUT, replacing it) and the shared graph, or everything into one graph\n"
        "with --graph-uri. URL is the Graph Store endpoint, e.g. http://host:7878/store\n"
        "(Oxigraph) or http://host:3030/DATASET/data (Fuseki).",
        epilog="examples:\n  kg push --endpoint http://127.0.0.1:7878/store\n"
        "  kg push --endpoint http://host:3030/news/data --graph-uri https://example.org/news",
    )
    p.add_argument("--endpoint", required=True, metavar="URL", help="Graph Store Protocol endpoint")
    p.add_argument("--graph-uri", metavar="IRI", help="put all triples into this one graph")
    p.add_argument(
        "--graph",
        type=Path,
        default=DEFAULT_STORE,
        metavar="PATH",
        help=f"store folder or graph file to send (default {DEFAULT_STORE})",
    )
    p.set_defaults(func=_push)

    p = sub.add_parser(
        "eval",
        help="score extraction against gold articles (as score.py does)",
        formatter_class=_Formatter,
        description="Extract the articles of GOLD.jsonl, build their graph, run the four contract\n"
        "queries and score the answers against the gold annotations with the rules of\n"
        "SCORING.md: P/R/F1 for officials, roles, institutions, projects and actions,\n"
        "cost and area accuracy, and kg_f1 (the mean of the five F1).",
        epilog="examples:\n  kg eval tests/gold/own35.jsonl\n"
        "  kg eval ../shared/eval/dev.jsonl --misses\n  kg eval tests/gold/own.jsonl --json > scores.json",
    )
    p.add_argument("gold", type=Path, metavar="GOLD.jsonl", help="gold articles, one JSON record a line")
    p.add_argument(
        "--misses", action="store_true", help="per article: missed and spurious items, with sentences"
    )
    p.add_argument("--json", action="store_true", help="print the figures as JSON (score.py --json's shape)")
    p.set_defaults(func=_eval)
    return parser


# -- subcommands: parse → one library call → print ---------------------------


def _eval(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, format_report, report_json

    report = evaluate(args.gold, misses=args.misses)
    sys.stdout.write(report_json(report) if args.json else format_report(report))
    return 0


def _build(args: argparse.Namespace) -> int:
    from kg.build import build

    if args.jobs is not None and args.jobs < 1:
        raise KgError("--jobs must be 1 or more")
    report = build(
        args.inputs,
        args.out,
        quiet=args.quiet,
        jobs=args.jobs,
        article_timeout=args.article_timeout,
        prune=args.prune,
        formats=args.formats or ["auto"],
        backend=args.backend,
    )
    return report.exit_status


def _query(args: argparse.Namespace) -> int:
    from kg.query import format_result, parse_params, query_endpoint, resolve_query, run_query

    text, source = resolve_query(args.query)
    params = parse_params(args.param)
    if args.endpoint:
        result = query_endpoint(args.endpoint, text, params, source=source)
    else:
        path = args.graph or (DEFAULT_STORE if DEFAULT_STORE.is_dir() else DEFAULT_GRAPH)
        if path.is_dir():
            from kg.store import open_read_only

            with open_read_only(path) as store:
                result = store.query(text, params, source=source)
        else:
            from kg.export import load_graph

            result = run_query(load_graph(path), text, params, source=source)
    sys.stdout.write(format_result(result, args.format))
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg.export import SUFFIX_FORMATS, export_graph, load_graph

    fmt = args.format or (SUFFIX_FORMATS.get(args.out.suffix.lower()) if args.out else None)
    if fmt is None:
        raise KgError("choose an RDF format with --format ttl|nt|jsonld")
    if args.graph.is_dir():
        from kg.store import open_read_only

        with open_read_only(args.graph) as store:
            if args.out is not None and fmt in ("ttl", "nt"):
                store.export(args.out, fmt)  # streamed when big
                return 0
            graph = store.union_graph()
    else:
        graph = load_graph(args.graph)
    text = export_graph(graph, fmt, args.out)
    if text is not None:
        sys.stdout.write(text)
    return 0


def _serve(args: argparse.Namespace) -> int:
    from kg.serve import serve

    return serve(
        args.store,
        port=args.port,
        bind=args.bind,
        writable=args.writable,
        workers=args.workers,
        query_timeout=args.query_timeout,
        max_rows=args.max_rows,
        max_memory_mb=args.max_memory,
    )


def _push(args: argparse.Namespace) -> int:
    from kg.push import push

    sent = push(args.graph, args.endpoint, graph_uri=args.graph_uri)
    print(f"pushed {sent.triples} triples in {sent.graphs} graphs to {args.endpoint}", file=sys.stderr)
    return 0


def _validate(args: argparse.Namespace) -> int:
    from kg.export import load_graph

    try:
        from kg.validate import validate_graph
    except ModuleNotFoundError as e:
        if e.name != "kg.validate":
            raise
        raise KgError("validation is not available (kg.validate is missing)") from e
    result = validate_graph(load_graph(args.graph))
    sys.stdout.write(result.report.rstrip("\n") + "\n")
    if not result.conforms:
        print(f"kg: {args.graph}: does not conform: {result.violations} violations", file=sys.stderr)
    return 0 if result.conforms else 1


def _view(args: argparse.Namespace) -> int:
    from kg.build import draw_view
    from kg.export import load_graph

    if args.depth < 0:
        raise KgError("--depth must be 0 or more")
    types = {t.strip() for t in args.types.split(",") if t.strip()} if args.types else None
    out = args.out or args.graph.with_suffix(".html")
    nodes = draw_view(load_graph(args.graph), out, focus=args.focus, depth=args.depth, types=types or None)
    print(f"wrote {out}: {nodes} nodes", file=sys.stderr)
    if args.open:
        webbrowser.open(out.resolve().as_uri())
    return 0


# -- entry point ---------------------------------------------------------------


def _utf8_stdio() -> None:
    """Arabic output must not fail on a C/POSIX locale."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run `kg` with `argv` (default sys.argv[1:]) and return the exit status."""
    parser = make_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version, usage errors: argparse has printed them
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    _utf8_stdio()
    try:
        return args.func(args)
    except KgError as e:
        print(f"kg: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `kg query ... | head`: the reader left; that is not an error
        _silence_stdout()
        return 0
    except Exception as e:  # last resort: one line, not a traceback; KG_DEBUG=1 shows it
        if os.environ.get("KG_DEBUG"):
            raise
        message = " ".join(str(e).split())
        print(
            f"kg: internal error: {type(e).__name__}: {message} (set KG_DEBUG=1 for details)", file=sys.stderr
        )
        return 70


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
