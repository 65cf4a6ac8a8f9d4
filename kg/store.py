"""Graph stores behind one interface: Oxigraph on disk (the default) or rdflib in memory.

Both keep each article's facts in its own named graph and the facts several
articles share in one shared graph (kg.facts); queries run over the union of
the graphs. A small SQLite manifest in the store folder (`kg-articles.sqlite`;
RocksDB leaves files it did not name alone) holds,
per article, its content digest (so an unchanged article is not re-extracted)
and the shared lines it stated, and per shared line a reference count: a shared
triple leaves the store when the last article stating it is removed, so the
store always equals a fresh build of the articles it holds.

The manifest also keeps each article's *sightings* (who holds which post, and
the article's date): kg.identity places each article's officials on nodes from
them, and kg.tenure rebuilds the tenure facts of every post an added or removed
article touched (`refresh_tenure`, called at the end of a build; the posts
waiting for it are kept in the manifest, so a killed build's next run does it).

Crash safety: before the store is touched for an article, the manifest records
it as *pending*; opening a store for writing first clears the graphs of pending
articles and the shared triples nobody references, so an interrupted build
leaves no stray facts and the next build redoes those articles.

One process at a time may open an Oxigraph store for writing (it takes a lock);
read-only opening (`kg query`, `kg serve`) is fine while nothing writes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import KgError
from kg.facts import SHARED_GRAPH, ArticleFacts, Sighting, line_key, shared_lines
from kg.identity import Identities
from kg.query import Table, Term, bindings, with_values
from kg.resources import project_root
from kg.tenure import post_graph, tenure_quads
from kg.vocab import PREFIXES, article_iri

STORE_DIR = "store"
MANIFEST_FILE = "kg-articles.sqlite"
PRETTY_MAX = 100_000  # up to this many triples, Turtle is written sorted by kg.export (diff-friendly)
_PREFIXES = {k: str(v) for k, v in PREFIXES.items()}


class Store(Protocol):
    """What kg.build, kg.query and kg.push need from a store."""

    def digests(self) -> dict[str, str]: ...
    def add(self, batch: Sequence[ArticleFacts]) -> list[ArticleFacts]: ...
    def remove(self, article_ids: Iterable[str]) -> None: ...
    def query(self, sparql: str, params: Mapping[str, str] | None = None, *, source: str = ...) -> Table: ...
    def count(self) -> int: ...
    def union_graph(self) -> Graph: ...
    def export(self, out: Path, fmt: str) -> None: ...
    def close(self) -> None: ...


def fingerprint() -> str:
    """Digest of the code and data that turn text into triples: when it changes, every article is redone."""
    root = project_root()
    files = sorted((root / "extract").rglob("*.py")) + sorted((root / "extract" / "data").glob("*"))
    files += [
        root / "kg" / name for name in ("to_rdf.py", "vocab.py", "facts.py", "identity.py", "tenure.py")
    ]
    h = hashlib.blake2b(digest_size=16)
    for f in files:
        if f.is_file():
            h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


# -- the manifest ------------------------------------------------------------------


class Manifest:
    """Article digests and shared-triple reference counts in SQLite (":memory:" for rdflib stores)."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        if read_only:
            uri = f"{Path(path).resolve().as_uri()}?mode=ro"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            return
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self.db.executescript(
            """
            PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-131072;
            CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS articles(
                id TEXT PRIMARY KEY, digest TEXT NOT NULL, quads INTEGER NOT NULL, shared BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS refs(k INTEGER PRIMARY KEY, n INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS pending(id TEXT PRIMARY KEY, shared BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS sightings(
                article TEXT NOT NULL, person TEXT NOT NULL, identity TEXT NOT NULL, name TEXT NOT NULL,
                post TEXT, role TEXT, institution TEXT, status TEXT NOT NULL, date TEXT);
            CREATE INDEX IF NOT EXISTS sightings_article ON sightings(article);
            CREATE INDEX IF NOT EXISTS sightings_post ON sightings(post);
            CREATE INDEX IF NOT EXISTS sightings_identity ON sightings(identity);
            CREATE TABLE IF NOT EXISTS dirty_posts(post TEXT PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS tenure(post TEXT PRIMARY KEY, quads INTEGER NOT NULL);
            """
        )

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def digests(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, digest FROM articles"))

    def known(self, ids: Iterable[str]) -> list[str]:
        """Those of `ids` that are in the store."""
        q = "SELECT 1 FROM articles WHERE id = ?"
        return [i for i in ids if self.db.execute(q, (i,)).fetchone() is not None]

    def count(self) -> int:
        (own,) = self.db.execute("SELECT COALESCE(SUM(quads), 0) FROM articles").fetchone()
        (shared,) = self.db.execute("SELECT COUNT(*) FROM refs").fetchone()
        (derived,) = self.db.execute("SELECT COALESCE(SUM(quads), 0) FROM tenure").fetchone()
        return own + shared + derived

    def shared_keys(self) -> set[int]:
        """The keys of every shared line in the store."""
        return {k for (k,) in self.db.execute("SELECT k FROM refs")}

    def mark_pending(self, items: Iterable[tuple[str, bytes]]) -> None:
        with self._txn():
            self.db.executemany("INSERT OR REPLACE INTO pending VALUES (?, ?)", items)

    def pending(self) -> list[tuple[str, bytes]]:
        return list(self.db.execute("SELECT id, shared FROM pending"))

    def done(self, ids: Iterable[str]) -> None:
        with self._txn():
            self.db.executemany("DELETE FROM pending WHERE id = ?", ((i,) for i in ids))

    def commit_added(self, batch: Sequence[ArticleFacts]) -> None:
        with self._txn():
            counts = Counter(k for f in batch for k in f.shared_keys)
            self.db.executemany(
                "INSERT INTO refs VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET n = n + excluded.n",
                counts.items(),
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?)",
                ((f.article_id, f.digest, f.quad_count, f.shared_blob) for f in batch),
            )
            self.db.executemany("DELETE FROM pending WHERE id = ?", ((f.article_id,) for f in batch))
            self.db.executemany(
                "INSERT INTO sightings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        f.article_id,
                        s.person,
                        s.identity,
                        s.name,
                        s.post,
                        s.role,
                        s.institution,
                        s.status,
                        f.date,
                    )
                    for f in batch
                    for s in f.sightings
                ),
            )
            self.db.executemany(
                "INSERT OR IGNORE INTO dirty_posts VALUES (?)",
                ((s.post,) for f in batch for s in f.sightings if s.post),
            )

    def people(self) -> list[tuple[str, str]]:
        """(identity, name key) of every person sighted, in the order first stored (kg.identity)."""
        return list(
            self.db.execute(
                "SELECT identity, person FROM sightings GROUP BY identity, person ORDER BY MIN(rowid)"
            )
        )

    def sightings_of(self, identity: str) -> list[tuple[str, Sighting, str | None]]:
        """(article, sighting, date) of each sighting placed on the identity, in the order stored."""
        rows = self.db.execute(
            "SELECT article, person, name, post, role, institution, status, date "
            "FROM sightings WHERE identity = ? ORDER BY rowid",
            (identity,),
        )
        return [
            (a, Sighting(person, name, post, role, inst, status, identity), when)
            for a, person, name, post, role, inst, status, when in rows
        ]

    def dirty_posts(self) -> list[str]:
        return [p for (p,) in self.db.execute("SELECT post FROM dirty_posts ORDER BY post")]

    def dirty_sightings(self) -> dict[str, list[tuple[str, str, str | None]]]:
        """(identity, status, date) of every sighting of each post waiting for its tenure."""
        found: dict[str, list[tuple[str, str, str | None]]] = {p: [] for p in self.dirty_posts()}
        q = (
            "SELECT s.post, s.identity, s.status, s.date FROM sightings s "
            "JOIN dirty_posts d ON s.post = d.post ORDER BY s.rowid"
        )
        for post, identity, status, when in self.db.execute(q):
            found[post].append((identity, status, when))
        return found

    def had_tenure(self) -> set[str]:
        """The posts whose tenure graph holds facts."""
        return {p for (p,) in self.db.execute("SELECT post FROM tenure")}

    def tenure_written(self, counts: dict[str, int]) -> None:
        """The posts' tenure graphs now hold `counts` quads (0: none); they wait no more."""
        with self._txn():
            self.db.executemany(
                "INSERT OR REPLACE INTO tenure VALUES (?, ?)", ((p, n) for p, n in counts.items() if n)
            )
            self.db.executemany(
                "DELETE FROM tenure WHERE post = ?", ((p,) for p, n in counts.items() if not n)
            )
            self.db.executemany("DELETE FROM dirty_posts WHERE post = ?", ((p,) for p in counts))

    def retire(self, ids: Iterable[str]) -> tuple[list[str], list[str]]:
        """Un-count the articles `ids` and mark them pending; (ids found, shared lines now unreferenced)."""
        found, orphans = [], []
        with self._txn():
            for aid in ids:
                row = self.db.execute("SELECT shared FROM articles WHERE id = ?", (aid,)).fetchone()
                if row is None:
                    continue
                for line in shared_lines(row[0]):
                    (n,) = self.db.execute(
                        "UPDATE refs SET n = n - 1 WHERE k = ? RETURNING n", (line_key(line),)
                    ).fetchone() or (0,)
                    if n <= 0:
                        orphans.append(line)
                self.db.execute("DELETE FROM refs WHERE n <= 0")
                self.db.execute("INSERT OR REPLACE INTO pending VALUES (?, ?)", (aid, row[0]))
                self.db.execute("DELETE FROM articles WHERE id = ?", (aid,))
                self.db.execute(
                    "INSERT OR IGNORE INTO dirty_posts "
                    "SELECT DISTINCT post FROM sightings WHERE article = ? AND post IS NOT NULL",
                    (aid,),
                )
                self.db.execute("DELETE FROM sightings WHERE article = ?", (aid,))
                found.append(aid)
        return found, orphans

    def unreferenced(self, lines: Iterable[str]) -> list[str]:
        q = "SELECT 1 FROM refs WHERE k = ?"
        return [line for line in lines if self.db.execute(q, (line_key(line),)).fetchone() is None]

    def reset(self) -> None:
        with self._txn():
            for table in ("articles", "refs", "pending", "meta", "sightings", "dirty_posts", "tenure"):
                self.db.execute(f"DELETE FROM {table}")

    def _txn(self) -> _Transaction:
        return _Transaction(self.db)

    def close(self) -> None:
        self.db.close()


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN")

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")


# -- backends: where the quads live ---------------------------------------------------


class OxigraphBackend:
    """pyoxigraph's RocksDB store; queries see the union of the named graphs."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        import pyoxigraph as ox

        self.ox = ox
        try:
            self.store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as e:
            message = " ".join(str(e).split())
            if "lock" in message.lower():
                raise KgError(
                    "the store is open in another process (a running `kg build` or `kg serve --writable`); "
                    "wait for it to finish",
                    path,
                ) from e
            raise KgError(f"cannot open the store: {message}", path) from e

    def load(self, nquads: str) -> None:
        if nquads:
            self.store.bulk_load(nquads, format=self.ox.RdfFormat.N_QUADS, lenient=True)

    def remove_graphs(self, iris: Iterable[str]) -> None:
        for iri in iris:
            self.store.remove_graph(self.ox.NamedNode(iri))

    def remove_quads(self, nquads: str) -> None:
        for quad in self.ox.parse(nquads, format=self.ox.RdfFormat.N_QUADS):
            self.store.remove(quad)

    def clear(self) -> None:
        self.store.clear()

    def query(self, sparql: str, params: Mapping[str, str], source: str) -> Table:
        ox = self.ox
        # VALUES inside the WHERE group rather than `substitutions`, which Oxigraph accepts only
        # for projected variables (officials-of filters on ?institution without returning it)
        text = with_values(sparql, bindings(sparql, params, source))
        try:
            result = self.store.query(text, prefixes=_PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise KgError(f"SPARQL syntax error: {' '.join(str(e).split())}", source) from e
        if isinstance(result, ox.QueryBoolean):
            return Table(ask=bool(result))
        if isinstance(result, ox.QueryTriples):
            text = result.serialize(format=ox.RdfFormat.TURTLE)
            return Table(graph_text=text.decode("utf-8") if text else "")
        names = [v.value for v in result.variables]
        conv = self._term
        return Table(names, [[conv(s[i]) for i in range(len(names))] for s in result])

    def _term(self, t: object) -> Term | None:
        ox = self.ox
        kind = type(t)
        if t is None:
            return None
        if kind is ox.NamedNode:
            return Term("uri", t.value)
        if kind is ox.Literal:
            dt = None if t.language else t.datatype.value
            return Term("literal", t.value, t.language, None if dt == str(XSD.string) else dt)
        return Term("bnode", t.value)

    def quads(self) -> Iterator[tuple]:
        return iter(self.store)

    def dump_union(self, out: Path, fmt: str) -> None:
        ox = self.ox
        rdf = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}[fmt]
        q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        with open(out, "wb") as f:
            self.store.query(q, use_default_graph_as_union=True).serialize(f, rdf)

    def dump_graph(self, iri: str, fmt: str = "nq") -> bytes:
        """One named graph as N-Quads ("nq", graph name kept) or N-Triples ("nt")."""
        ox = self.ox
        if fmt == "nt":
            return self.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri)) or b""
        quads = self.store.quads_for_pattern(None, None, None, ox.NamedNode(iri))
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""

    def graph_names(self) -> Iterator[str]:
        return (g.value for g in self.store.named_graphs())

    def union_graph(self) -> Graph:
        return _union_graph_of(self)

    def flush(self) -> None:
        self.store.flush()

    def close(self) -> None:
        del self.store


class RdflibBackend:
    """rdflib's in-memory Dataset (default graph = union): no files, for small graphs and tests."""

    def __init__(self) -> None:
        self.ds = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            self.ds.bind(prefix, ns, override=True)

    def load(self, nquads: str) -> None:
        if nquads:
            self.ds.parse(data=nquads, format="nquads")

    def remove_graphs(self, iris: Iterable[str]) -> None:
        for iri in iris:
            self.ds.remove_graph(URIRef(iri))

    def remove_quads(self, nquads: str) -> None:
        doomed = Dataset()
        doomed.parse(data=nquads, format="nquads")
        for s, p, o, g in doomed.quads():
            self.ds.graph(g).remove((s, p, o))

    def clear(self) -> None:
        for g in list(self.ds.graphs()):
            self.ds.remove_graph(g)

    def query(self, sparql: str, params: Mapping[str, str], source: str) -> Table:
        from kg.query import run_query, table_of

        return table_of(run_query(self.ds, sparql, params, source=source))

    def union_graph(self) -> Graph:
        from kg.export import new_bound_graph

        g = new_bound_graph()
        for s, p, o, _ in self.ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g

    def dump_graph(self, iri: str, fmt: str = "nq") -> bytes:
        from kg.facts import term

        end = f" <{iri}> .\n" if fmt == "nq" else " .\n"
        lines = sorted(f"{term(s)} {term(p)} {term(o)}{end}" for s, p, o in self.ds.graph(URIRef(iri)))
        return "".join(lines).encode("utf-8")

    def graph_names(self) -> Iterator[str]:
        return (str(g.identifier) for g in self.ds.graphs() if isinstance(g.identifier, URIRef))

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


# -- the store: manifest + backend --------------------------------------------------


class GraphStore:
    """A Store: a backend holding the quads and a Manifest counting what each article stated."""

    def __init__(
        self,
        backend: OxigraphBackend | RdflibBackend,
        manifest: Manifest,
        where: Path | None,
        *,
        read_only: bool = False,
    ) -> None:
        self.backend = backend
        self.manifest = manifest
        self.where = where  # the output folder, None in memory
        self.read_only = read_only
        self._identities: Identities | None = None
        self._shared_keys: set[int] | None = None

    # -- writing
    def digests(self) -> dict[str, str]:
        return self.manifest.digests()

    def add(self, batch: Sequence[ArticleFacts]) -> list[ArticleFacts]:
        """Add (or replace) the facts of the articles in `batch`; returns them as stored, with
        each official placed on its node (kg.identity)."""
        if not batch:
            return []
        self.remove(self.manifest.known(f.article_id for f in batch))
        identities = self.identities()
        batch = [identities.resolve(f) for f in batch]
        self.manifest.mark_pending((f.article_id, f.shared_blob) for f in batch)
        stored = self._stored_shared()
        fresh = {k: line for f in batch for k, line in _keyed_lines(f) if k not in stored}
        self.backend.load("".join(f.quads for f in batch) + "".join(fresh.values()))
        self.manifest.commit_added(batch)
        stored.update(fresh)
        return batch

    def _stored_shared(self) -> set[int]:
        """Keys of the shared lines in the store. Most of an article's shared triples (an
        institution's labels and types, a post) are there already; loading only the new ones
        spares Oxigraph a third of a build's writes."""
        if self._shared_keys is None:
            self._shared_keys = self.manifest.shared_keys()
        return self._shared_keys

    def remove(self, article_ids: Iterable[str]) -> None:
        """Remove the articles' graphs and the shared triples no other article states."""
        found, orphans = self.manifest.retire(article_ids)
        if not found:
            return
        if self._identities is not None:
            self._identities.forget(found)
        self.backend.remove_graphs(str(article_iri(a)) for a in found)
        self.backend.remove_quads("".join(orphans))
        if self._shared_keys is not None:
            self._shared_keys.difference_update(line_key(line) for line in orphans)
        self.manifest.done(found)

    def identities(self) -> Identities:
        """The people the store knows (loaded from the manifest on first use)."""
        if self._identities is None:
            self._identities = Identities(self.manifest)
        return self._identities

    def refresh_tenure(self) -> int:
        """Rebuild the tenure facts of the posts whose sightings changed; returns how many.

        One load for all posts: a 100k-article build has tens of thousands of them."""
        posts = self.manifest.dirty_sightings()
        if not posts:
            return 0
        quads = {post: tenure_quads(post, rows) for post, rows in posts.items()}
        had = self.manifest.had_tenure()
        self.backend.remove_graphs(post_graph(p) for p in posts if p in had)
        self.backend.load("".join(quads.values()))
        self.manifest.tenure_written({p: text.count("\n") for p, text in quads.items()})
        return len(posts)

    def recover(self) -> int:
        """Undo what an interrupted build left half-written; returns how many articles it concerned."""
        pending = self.manifest.pending()
        for aid, blob in pending:
            self.backend.remove_graphs([str(article_iri(aid))])
            self.backend.remove_quads("".join(self.manifest.unreferenced(shared_lines(blob))))
        self.manifest.done(aid for aid, _ in pending)
        return len(pending)

    def reset(self) -> None:
        """Empty the store (the extractors changed, so every article is redone)."""
        self.backend.clear()
        self.manifest.reset()
        self._identities = None
        self._shared_keys = None

    # -- reading
    def query(
        self, sparql: str, params: Mapping[str, str] | None = None, *, source: str = "<query>"
    ) -> Table:
        return self.backend.query(sparql, params or {}, source)

    def count(self) -> int:
        return self.manifest.count()

    def stats(self) -> dict[str, int]:
        """Distinct officials, institutions and projects (the build's summary line)."""
        q = """SELECT (COUNT(DISTINCT ?o) AS ?officials) (COUNT(DISTINCT ?i) AS ?institutions)
                      (COUNT(DISTINCT ?p) AS ?projects) WHERE {
                 { ?o a agk:Official } UNION { ?i a org:Organization } UNION { ?p a agk:Project } }"""
        table = self.query(q)
        return {name: int(t.value) if t else 0 for name, t in zip(table.vars, table.rows[0], strict=True)}

    def union_graph(self) -> Graph:
        """All triples as one rdflib Graph (for the Turtle writer and the view: small stores only)."""
        return self.backend.union_graph()

    def export(self, out: Path, fmt: str) -> None:
        """Write the union as Turtle or N-Triples, sorted (kg.export) when small, streamed when big."""
        from kg.atomic import atomic_path, atomic_write_text
        from kg.export import serialize

        if isinstance(self.backend, OxigraphBackend) and (fmt in ("ttl", "nt") and self.count() > PRETTY_MAX):
            with atomic_path(out) as tmp:
                self.backend.dump_union(tmp, fmt)
            return
        atomic_write_text(out, serialize(self.union_graph(), fmt))

    def article_graph(self, article_id: str, fmt: str = "nq") -> bytes:
        """One article's own quads as N-Quads (or its triples as N-Triples with fmt="nt")."""
        return self.backend.dump_graph(str(article_iri(article_id)), fmt)

    def shared_graph(self, fmt: str = "nq") -> bytes:
        return self.backend.dump_graph(SHARED_GRAPH, fmt)

    def tenure_graphs(self, fmt: str = "nq") -> bytes:
        """The derived tenure graphs of all posts (kg.tenure), one after another."""
        posts = sorted(self.manifest.had_tenure())
        return b"".join(self.backend.dump_graph(post_graph(p), fmt) for p in posts)

    def graph_names(self) -> list[str]:
        """Every named graph: one per article, and the shared graph."""
        return sorted(self.backend.graph_names())

    def close(self) -> None:
        if self.where is not None and not self.read_only:
            self.backend.flush()
        self.backend.close()
        self.manifest.close()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _union_graph_of(backend: OxigraphBackend) -> Graph:
    from kg.export import new_bound_graph

    g = new_bound_graph()
    ox = backend.ox
    cache: dict[object, Node] = {}

    def node(t: object) -> Node:
        got = cache.get(t)
        if got is None:
            if type(t) is ox.NamedNode:
                got = URIRef(t.value)
            elif type(t) is ox.Literal:
                dt = t.datatype.value
                got = Literal(
                    t.value,
                    lang=t.language,
                    datatype=None if t.language or dt == str(XSD.string) else URIRef(dt),
                )
            else:
                from rdflib import BNode

                got = BNode(t.value)
            cache[t] = got
        return got

    for q in backend.quads():
        g.add((node(q.subject), node(q.predicate), node(q.object)))
    return g


def _keyed_lines(facts: ArticleFacts) -> Iterator[tuple[int, str]]:
    """(key, line) of each shared line of an article (facts.shared_keys follow the lines' order)."""
    return zip(facts.shared_keys, facts.shared.splitlines(keepends=True))


def store_path(out_dir: Path | str) -> Path:
    return Path(out_dir) / STORE_DIR


def is_store(path: Path) -> bool:
    """A folder holding an Oxigraph store (RocksDB writes CURRENT), or an output folder with one."""
    return path.is_dir() and ((path / "CURRENT").exists() or (path / STORE_DIR / "CURRENT").exists())


def open_store(out_dir: Path | str, *, backend: str = "oxigraph") -> GraphStore:
    """The writable store of an output folder (DIR/store, with its manifest), or rdflib in memory."""
    if backend == "rdflib":
        return GraphStore(RdflibBackend(), Manifest(":memory:"), None)
    if backend != "oxigraph":
        raise KgError(f"unknown store backend {backend!r} (choose oxigraph or rdflib)")
    out = Path(out_dir)
    folder = store_path(out)
    folder.mkdir(parents=True, exist_ok=True)
    oxi = OxigraphBackend(folder)
    store = GraphStore(oxi, Manifest(folder / MANIFEST_FILE), out)
    store.recover()
    return store


def open_read_only(path: Path | str) -> GraphStore:
    """A store for querying: `path` is the store folder or the output folder holding it."""
    path = Path(path)
    folder = path / STORE_DIR if (path / STORE_DIR / "CURRENT").exists() else path
    if not (folder / "CURRENT").exists():
        raise KgError("no store here; run `kg build` first", path)
    manifest = folder / MANIFEST_FILE
    return GraphStore(
        OxigraphBackend(folder, read_only=True),
        Manifest(manifest, read_only=True) if manifest.exists() else Manifest(":memory:"),
        folder.parent,
        read_only=True,
    )
