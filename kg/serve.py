"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint.

By default a guarded read-only endpoint (kg.endpoint): every query runs in a
worker process with a time limit and a row limit, because Oxigraph's own
server can neither stop a running query nor cap an answer. With --writable,
Oxigraph's own server (`Server` below, the `oxigraph` command from PyPI)
answers instead: /query, SPARQL Update at /update, the Graph Store at /store
(what `kg push` talks to), a query page (YASGUI) at /, and no limits.

Either way queries see the union of all graphs, as `kg query` does, and the
server binds to 127.0.0.1 unless told otherwise. The rule of the store: one
writer at a time, and no reader while it writes — do not run `kg build` on a
store that a server has open.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.errors import KgError
from kg.store import STORE_DIR

READY_TIMEOUT = 30.0  # seconds for the server to answer its first query


def oxigraph_command() -> str:
    """The `oxigraph` executable: beside this Python (a venv), else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.is_file() else shutil.which("oxigraph")
    if not found:
        raise KgError("the Oxigraph server is not installed; install it with `pip install oxigraph`")
    return found


def store_folder(path: Path | str, *, must_exist: bool = True) -> Path:
    """The Oxigraph folder: `path` itself, or `path`/store when given an output folder."""
    path = Path(path)
    if (path / STORE_DIR / "CURRENT").exists():
        return path / STORE_DIR
    if must_exist and not (path / "CURRENT").exists():
        raise KgError("no store here; run `kg build` first", path)
    return path


class Server:
    """A running `oxigraph serve[-read-only]`; a context manager that stops it on exit."""

    def __init__(
        self, store: Path | str, *, port: int = 7878, bind: str = "127.0.0.1", writable: bool = False
    ):
        self.store = store_folder(store, must_exist=not writable)
        self.host, self.port, self.writable = bind, port, writable
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    def command(self) -> list[str]:
        mode = "serve" if self.writable else "serve-read-only"
        bind = f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"
        return [
            oxigraph_command(),
            mode,
            "--location",
            str(self.store),
            "--bind",
            bind,
            "--union-default-graph",
        ]

    def start(self) -> Server:
        self.process = subprocess.Popen(
            self.command(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode("utf-8", "replace") if self.process.stderr else ""
                raise KgError(f"the Oxigraph server stopped: {' '.join(err.split())[:300]}", self.store)
            try:
                urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1).close()
                return self
            except (urllib.error.URLError, OSError):
                time.sleep(0.1)
        self.stop()
        raise KgError(f"the Oxigraph server did not answer within {READY_TIMEOUT:g}s", self.store)

    def wait(self) -> int:
        assert self.process is not None
        return self.process.wait()

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> Server:
        return self.start() if self.process is None else self

    def __exit__(self, *_: object) -> None:
        self.stop()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve(
    store: Path | str,
    *,
    port: int = 7878,
    bind: str = "127.0.0.1",
    writable: bool = False,
    workers: int | None = None,
    query_timeout: float | None = None,
    max_rows: int | None = None,
    max_memory_mb: int | None = None,
) -> int:
    """Serve `store` until Ctrl-C or SIGTERM (either stops the server too); returns the exit status.

    Read-only: the guarded endpoint (limits default to 10 s, 100,000 rows and 2,048 MB
    a query, one worker per core). Writable: Oxigraph's server, which takes no limits.
    """
    signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` must not leave child processes behind
    if not writable:
        from kg.endpoint import serve_guarded

        return serve_guarded(
            store,
            port=port,
            bind=bind,
            workers=workers,
            query_timeout=10.0 if query_timeout is None else query_timeout,
            max_rows=100_000 if max_rows is None else max_rows,
            max_memory_mb=2048 if max_memory_mb is None else max_memory_mb,
        )
    if (workers, query_timeout, max_rows, max_memory_mb) != (None, None, None, None):
        raise KgError(
            "--query-timeout, --max-rows, --max-memory and --workers apply to the read-only endpoint, "
            "not --writable"
        )
    server = Server(store, port=port, bind=bind, writable=writable)
    with server:
        print(
            f"kg: serving {server.store} (read-write) at {server.url}/ — SPARQL at {server.url}/query; "
            "Ctrl-C stops it",
            file=sys.stderr,
        )
        try:
            status = server.wait()
        except KeyboardInterrupt:
            return 0
    return 0 if status in (0, -2, -15) else 1


__all__ = ["Server", "serve", "oxigraph_command", "store_folder"]
