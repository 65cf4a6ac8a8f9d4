"""`kg push`: load the graph into any SPARQL 1.1 Graph Store Protocol server.

When one machine is not enough, the graph goes to a server that scales
(Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso...). From a store, each
article's named graph is sent with PUT (which replaces it, so pushing again
after an incremental build updates changed articles in place) and the shared
graph after them; with `graph_uri`, all triples go into that one graph
instead (PUT of the first part, POST of the rest). A graph file (.ttl) is sent
as one graph (`graph_uri`, or the server's default graph).

One HTTP connection is kept open for all requests; large graphs go in parts of
about CHUNK bytes, cut at line ends, so nothing has to fit in memory at once
on either side.
"""

from __future__ import annotations

import http.client
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from kg.errors import KgError

CHUNK = 32 * 1024 * 1024  # bytes of N-Triples per request
NTRIPLES = "application/n-triples"


@dataclass(slots=True)
class Pushed:
    graphs: int = 0
    triples: int = 0


class GraphStoreClient:
    """PUT/POST N-Triples to a Graph Store endpoint over one kept-alive connection."""

    def __init__(self, endpoint: str, timeout: float = 300.0) -> None:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise KgError(f"not an http(s) URL: {endpoint!r}")
        self.endpoint = endpoint
        self.path = parts.path or "/"
        self.query = parts.query
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        self.conn = cls(parts.hostname, parts.port, timeout=timeout)

    def target(self, graph: str | None) -> str:
        param = f"graph={quote(graph, safe='')}" if graph else "default"
        return f"{self.path}?{self.query + '&' if self.query else ''}{param}"

    def send(self, method: str, graph: str | None, data: bytes) -> None:
        try:
            self.conn.request(method, self.target(graph), body=data, headers={"Content-Type": NTRIPLES})
            response = self.conn.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException) as e:
            self.conn.close()
            raise KgError(f"cannot reach the Graph Store: {e}", self.endpoint) from e
        if response.status >= 300:
            detail = " ".join(body.decode("utf-8", "replace").split())[:300]
            raise KgError(
                f"{method} of graph {graph or 'default'} answered {response.status}: {detail}", self.endpoint
            )

    def put(self, graph: str | None, parts: Iterator[bytes]) -> None:
        """Replace `graph` with the concatenation of `parts` (PUT, then POST for each further part)."""
        method = "PUT"
        for data in parts:
            self.send(method, graph, data)
            method = "POST"
        if method == "PUT":  # no triples at all: the graph is emptied
            self.send("PUT", graph, b"")

    def close(self) -> None:
        self.conn.close()


def push(source: Path | str, endpoint: str, *, graph_uri: str | None = None) -> Pushed:
    """Send a store (folder) or a graph file to the Graph Store at `endpoint`; what was sent."""
    source = Path(source)
    client = GraphStoreClient(endpoint)
    try:
        if source.is_dir():
            return _push_store(source, client, graph_uri)
        return _push_file(source, client, graph_uri)
    finally:
        client.close()


def _push_store(folder: Path, client: GraphStoreClient, graph_uri: str | None) -> Pushed:
    from kg.store import open_read_only

    sent = Pushed()
    with open_read_only(folder) as store:
        if graph_uri:
            with tempfile.TemporaryDirectory() as tmp:
                union = Path(tmp) / "union.nt"
                store.backend.dump_union(union, "nt")
                client.put(graph_uri, _chunks(union))
                sent.triples = _lines(union)
            sent.graphs = 1
            return sent
        names = store.graph_names()
        shared = [g for g in names if g.endswith("/graph/shared")]
        for graph in [g for g in names if g not in shared] + shared:  # entities after the articles
            data = store.backend.dump_graph(graph, "nt")
            client.put(graph, iter(_split(data)))
            sent.graphs += 1
            sent.triples += data.count(b"\n")
    return sent


def _push_file(path: Path, client: GraphStoreClient, graph_uri: str | None) -> Pushed:
    from kg.export import load_graph, serialize

    data = serialize(load_graph(path), "nt").encode("utf-8")
    client.put(graph_uri, iter(_split(data)))
    return Pushed(1, data.count(b"\n"))


def _split(data: bytes) -> list[bytes]:
    """`data` in parts of at most ~CHUNK bytes, cut after a newline."""
    parts, start = [], 0
    while start < len(data):
        end = len(data) if len(data) - start <= CHUNK else data.rfind(b"\n", start, start + CHUNK) + 1
        end = end if end > start else len(data)
        parts.append(data[start:end])
        start = end
    return parts


def _chunks(path: Path) -> Iterator[bytes]:
    with path.open("rb") as f:
        while True:
            data = f.read(CHUNK)
            if not data:
                return
            rest = f.readline()  # finish the last line
            yield data + rest


def _lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


__all__ = ["push", "Pushed", "GraphStoreClient"]
