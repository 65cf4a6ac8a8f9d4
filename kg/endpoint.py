"""`kg serve`'s guarded read-only SPARQL endpoint: a WSGI app on waitress over a QueryPool.

The SPARQL 1.1 Protocol *query* operation at /query (GET ?query=, POST a form,
POST application/sparql-query), answers in the format the Accept header asks for
(SPARQL JSON by default, XML, CSV, TSV; Turtle or N-Triples for graphs), the
default graph being the union of all article graphs, the project's prefixes
predeclared. A query page is at /. Updates are refused: 403 at /update and /store.

Limits, and the status each gives:
- 503 when the query runs longer than the timeout or needs more memory than
  its limit (its worker is killed, see kg.query_pool) or when no worker frees
  up within the timeout;
- 413 when the answer has more than `max_rows` rows or triples. An error, not
  a silently cut answer: the SPARQL result formats have no way to say "cut",
  so a truncated table would pass for the whole truth (a count, a "nobody
  holds this post"). 413 rather than 507: the fix is on the client's side —
  add a LIMIT — and a 4xx says that; 507 would call it a server fault and
  invite the same request again.

Waitress (pure Python, maintained) does the HTTP; it has more threads than
there are workers so that waiting requests reach the pool's bounded queue.
"""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from urllib.parse import parse_qs

from kg.errors import KgError
from kg.query_pool import Job, Outcome, QueryPool

MAX_QUERY_BYTES = 1 << 20  # a POSTed query (or form) larger than 1 MiB is refused with 413
PAGE = Path(__file__).with_name("templates") / "endpoint.html"

# Offered media types, the server's preference first; several may name one format.
RESULT_TYPES = (
    "application/sparql-results+json",
    "application/json",
    "application/sparql-results+xml",
    "application/xml",
    "text/csv",
    "text/tab-separated-values",
)
GRAPH_TYPES = ("text/turtle", "application/n-triples")
_CANONICAL = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
}

STATUS = {
    "ok": "200 OK",
    "bad_request": "400 Bad Request",
    "not_acceptable": "406 Not Acceptable",
    "too_large": "413 Content Too Large",
    "failed": "500 Internal Server Error",
    "timeout": "503 Service Unavailable",
    "memory": "503 Service Unavailable",
    "busy": "503 Service Unavailable",
}

StartResponse = Callable[[str, list[tuple[str, str]]], object]


def negotiate(accept: str | None, offered: Iterable[str]) -> str | None:
    """The offered media type the Accept header prefers (the first offered when it is absent).

    Each offer takes the q of the most specific range that matches it
    (type/subtype over type/* over */*); ties go to the server's order.
    """
    offered = list(offered)
    if not accept or not accept.strip():
        return offered[0]
    ranges: list[tuple[str, float]] = []
    for part in accept.split(","):
        media, *params = part.split(";")
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.strip().lower(), q))
    best, best_q = None, 0.0
    for offer in offered:
        kind = offer.split("/")[0] + "/*"
        matches = {media: q for media, q in ranges if media in (offer, kind, "*/*")}
        q = matches.get(offer, matches.get(kind, matches.get("*/*", 0.0)))
        if q > best_q:
            best, best_q = offer, q
    return best


def _inline_hashes(page: str) -> str:
    """CSP sources allowing exactly the page's inline <script> and <style>: defence in depth
    should a label ever reach the page as markup."""
    sources = []
    for tag in ("script", "style"):
        for body in re.findall(rf"<{tag}>(.*?)</{tag}>", page, flags=re.S):
            digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
            sources.append(f"{tag}-src 'sha256-{digest}'")
    return "; ".join(sources)


class EndpointApp:
    """The WSGI application: routes, protocol parsing and status codes; queries go to `pool`."""

    def __init__(self, pool: QueryPool) -> None:
        self.pool = pool
        self.page = PAGE.read_bytes()
        self.page_policy = (
            "default-src 'none'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
            + _inline_hashes(self.page.decode("utf-8"))
        )

    def __call__(self, environ: Mapping[str, object], start_response: StartResponse) -> list[bytes]:
        path = str(environ.get("PATH_INFO") or "/")
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        if path in ("/update", "/store"):
            return _text(
                start_response,
                "403 Forbidden",
                "this endpoint is read-only: updates are refused (`kg serve --writable` accepts them)",
            )
        if path == "/":
            if method not in ("GET", "HEAD"):
                return _text(start_response, "405 Method Not Allowed", "use GET", [("Allow", "GET, HEAD")])
            headers = [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Security-Policy", self.page_policy),
            ]
            return _send(start_response, "200 OK", headers, b"" if method == "HEAD" else self.page)
        if path != "/query":
            return _text(start_response, "404 Not Found", f"no such page: {path} (SPARQL is at /query)")
        if method not in ("GET", "POST"):
            return _text(
                start_response, "405 Method Not Allowed", "use GET or POST", [("Allow", "GET, POST")]
            )
        params, error = _request_params(environ, method)
        if error is not None:
            return _text(start_response, *error)
        if "update" in params:
            return _text(start_response, "403 Forbidden", "this endpoint is read-only: updates are refused")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            return _text(start_response, "400 Bad Request", "give one SPARQL query in the `query` parameter")
        accept = str(environ.get("HTTP_ACCEPT") or "")
        job = Job(
            queries[0],
            negotiate(accept, RESULT_TYPES),
            negotiate(accept, GRAPH_TYPES),
            tuple(params.get("default-graph-uri", [])),
            tuple(params.get("named-graph-uri", [])),
        )
        return self.answer(start_response, self.pool.run(job))

    def answer(self, start_response: StartResponse, outcome: Outcome) -> list[bytes]:
        status = STATUS[outcome.kind]
        if outcome.kind != "ok":
            extra = [("Retry-After", "1")] if outcome.kind == "busy" else []
            if outcome.kind == "not_acceptable":
                offered = ", ".join(RESULT_TYPES + GRAPH_TYPES)
                return _text(start_response, status, f"{outcome.message}; acceptable types: {offered}")
            return _text(start_response, status, outcome.message, extra)
        media = _CANONICAL.get(outcome.media_type, outcome.media_type)
        charset = "" if media.endswith("+xml") else "; charset=utf-8"
        return _send(start_response, status, [("Content-Type", media + charset)], outcome.body)


def _request_params(environ: Mapping[str, object], method: str) -> tuple[dict[str, list[str]], tuple | None]:
    """The protocol's parameters from the query string and, for POST, the body; or an error."""
    params = parse_qs(str(environ.get("QUERY_STRING") or ""), encoding="utf-8", errors="replace")
    if method != "POST":
        return params, None
    try:
        length = int(str(environ.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return params, ("400 Bad Request", "bad Content-Length")
    if length > MAX_QUERY_BYTES:
        return params, ("413 Content Too Large", f"the request is larger than {MAX_QUERY_BYTES:,} bytes")
    body = environ["wsgi.input"].read(length) if length else b""  # type: ignore[attr-defined]
    kind = str(environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    text = body.decode("utf-8", "replace")
    if kind == "application/sparql-query":
        params.setdefault("query", []).append(text)
    elif kind == "application/x-www-form-urlencoded":
        for key, values in parse_qs(text, encoding="utf-8", errors="replace").items():
            params.setdefault(key, []).extend(values)
    elif kind == "application/sparql-update":
        return params, ("403 Forbidden", "this endpoint is read-only: updates are refused")
    else:
        return params, (
            "415 Unsupported Media Type",
            "POST the query as application/sparql-query or application/x-www-form-urlencoded",
        )
    return params, None


def _send(
    start_response: StartResponse, status: str, headers: list[tuple[str, str]], body: bytes
) -> list[bytes]:
    start_response(
        status,
        [*headers, ("Content-Length", str(len(body))), ("X-Content-Type-Options", "nosniff")],
    )
    return [body]


def _text(
    start_response: StartResponse, status: str, message: str, headers: Iterable[tuple[str, str]] = ()
) -> list[bytes]:
    body = (message + "\n").encode("utf-8")
    return _send(start_response, status, [("Content-Type", "text/plain; charset=utf-8"), *headers], body)


class Endpoint:
    """The app on waitress, with its pool; a context manager (serving in a thread) that stops both."""

    def __init__(
        self,
        store: Path | str,
        *,
        port: int = 7878,
        bind: str = "127.0.0.1",
        workers: int | None = None,
        query_timeout: float = 10.0,
        max_rows: int = 100_000,
        queue_timeout: float | None = None,
        max_memory_mb: int = 2048,
    ) -> None:
        from kg.serve import store_folder
        from kg.vocab import PREFIXES

        self.store = store_folder(store)
        self.bind, self.port = bind, port
        self.pool = QueryPool(
            self.store,
            workers=workers,
            timeout=query_timeout,
            max_rows=max_rows,
            queue_timeout=queue_timeout,
            prefixes={k: str(v) for k, v in PREFIXES.items()},
            max_memory_mb=max_memory_mb,
        )
        self.server = None
        self._connections: dict = {}  # waitress's socket map: the listener and every connection
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.bind in ("0.0.0.0", "") else self.bind
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    def open(self) -> Endpoint:
        """Start the workers and listen (port 0: any free port, then `self.port` says which)."""
        import waitress

        self.pool.start()
        try:
            self.server = waitress.create_server(
                EndpointApp(self.pool),
                map=self._connections,
                host=self.bind,
                port=self.port,
                threads=max(16, 4 * self.pool.size),
                max_request_body_size=MAX_QUERY_BYTES,
                ident="kg",
                asyncore_use_poll=True,
            )
        except OSError as e:
            self.pool.close()
            raise KgError(f"cannot listen on {self.bind}:{self.port}: {e.strerror or e}") from e
        listening = getattr(self.server, "effective_listen", None)  # several sockets (a host name)
        self.port = int(listening[0][1] if listening else self.server.effective_port)
        return self

    def run(self) -> None:
        """Serve in this thread until KeyboardInterrupt (waitress stops its threads then)."""
        assert self.server is not None
        self.server.run()

    def start(self) -> Endpoint:
        """Open and serve in a background thread."""
        self.open()
        self._thread = threading.Thread(target=self.run, name="kg-endpoint", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            from waitress import wasyncore

            wasyncore.close_all(self._connections)  # an empty map ends waitress's loop
            server.task_dispatcher.shutdown()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        self.pool.close()

    def __enter__(self) -> Endpoint:
        return self.start() if self.server is None else self

    def __exit__(self, *_: object) -> None:
        self.stop()


def serve_guarded(
    store: Path | str,
    *,
    port: int = 7878,
    bind: str = "127.0.0.1",
    workers: int | None = None,
    query_timeout: float = 10.0,
    max_rows: int = 100_000,
    max_memory_mb: int = 2048,
) -> int:
    """Serve `store` read-only with limits until Ctrl-C or SIGTERM; returns the exit status."""
    endpoint = Endpoint(
        store,
        port=port,
        bind=bind,
        workers=workers,
        query_timeout=query_timeout,
        max_rows=max_rows,
        max_memory_mb=max_memory_mb,
    ).open()
    try:
        print(
            f"kg: serving {endpoint.store} (read-only, {endpoint.pool.size} workers, "
            f"{query_timeout:g} s, {max_rows:,} rows and {max_memory_mb:,} MB a query) at {endpoint.url}/ — "
            f"SPARQL at {endpoint.url}/query; Ctrl-C stops it",
            file=sys.stderr,
        )
        endpoint.run()
    except KeyboardInterrupt:
        pass
    finally:
        endpoint.stop()
    return 0


__all__ = [
    "Endpoint",
    "EndpointApp",
    "negotiate",
    "serve_guarded",
    "MAX_QUERY_BYTES",
    "RESULT_TYPES",
    "GRAPH_TYPES",
]
