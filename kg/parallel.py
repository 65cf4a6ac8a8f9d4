"""Run a function over many items in worker processes, with a time limit per item.

Why not concurrent.futures: a pool there cannot stop one stuck task. Here each
worker has its own pipe, so the parent knows which item every worker is on and
since when. A worker interrupts an item itself when its time is up (SIGALRM);
if the item is stuck where Python cannot interrupt it (inside C code), the
parent kills that worker after a grace period and starts another. Either way
the item comes back as TIMED_OUT and the run goes on. Items are sent in small
chunks and at most two chunks are in flight per worker, so memory stays bounded
by the chunk size, not by the number of items.

Workers are forked: they start with the parent's modules already imported, and
should be started before the parent opens files or threads it must not share
(start the Pool, then open the store).
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any

TIMED_OUT = "timed out"
CRASHED = "worker crashed"
GRACE = 5.0  # seconds past the limit before a worker that did not stop itself is killed


class _Timeout(BaseException):
    """Raised by SIGALRM inside the work function; BaseException so `except Exception` cannot eat it."""


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def call_with_limit(work: Callable[[Any], Any], item: Any, limit: float) -> Any:
    """work(item), or TIMED_OUT when it runs longer than `limit` seconds (main thread only)."""
    if limit <= 0:
        return work(item)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return work(item)
    except _Timeout:
        return TIMED_OUT
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _worker(conn: Connection, work: Callable[[Any], Any], limit: float, inherited: list[Connection]) -> None:
    # The parent's ends of this and the other workers' pipes came along with the fork: close
    # them, or a pipe would stay open after the parent dies and a worker would wait forever.
    for end in inherited:
        end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        while (chunk := conn.recv()) is not None:
            for item in chunk:
                conn.send(call_with_limit(work, item, limit))
    except (EOFError, OSError):  # the parent is gone (or closed the pipe): nothing left to do
        return


@dataclass
class _Slot:
    process: Any
    conn: Connection
    inflight: deque = field(default_factory=deque)
    since: float = 0.0


class Pool:
    """`jobs` forked workers running `work`; use as a context manager so none is left behind."""

    def __init__(self, work: Callable[[Any], Any], jobs: int, limit: float, chunk: int = 8) -> None:
        self.work, self.jobs, self.limit, self.chunk = work, max(1, jobs), limit, chunk
        self.ctx = multiprocessing.get_context("fork")
        self.slots: list[_Slot] = []
        for _ in range(self.jobs):
            self.slots.append(self._start())

    def _start(self) -> _Slot:
        parent, child = self.ctx.Pipe()
        inherited = [parent, *(s.conn for s in self.slots)]
        process = self.ctx.Process(
            target=_worker, args=(child, self.work, self.limit, inherited), daemon=True
        )
        process.start()
        child.close()
        return _Slot(process, parent)

    def map(self, items: Iterable[Any]) -> Iterator[tuple[Any, Any]]:
        """(item, result) pairs as they finish (not in input order); TIMED_OUT or CRASHED on trouble."""
        source = iter(items)
        exhausted = False
        while True:
            for slot in self.slots:
                while not exhausted and len(slot.inflight) < 2 * self.chunk:
                    chunk = list(islice(source, self.chunk))
                    if not chunk:
                        exhausted = True
                        break
                    self._send(slot, chunk)
            busy = [s for s in self.slots if s.inflight]
            if not busy:
                return
            ready = wait([s.conn for s in busy], timeout=0.5)
            for slot in busy:
                if slot.conn in ready:
                    try:
                        result = slot.conn.recv()
                    except (EOFError, OSError):
                        yield self._replace(slot, CRASHED)
                        continue
                    slot.since = time.monotonic()
                    yield slot.inflight.popleft(), result
                elif self.limit > 0 and time.monotonic() - slot.since > self.limit + GRACE:
                    yield self._replace(slot, TIMED_OUT)

    def _send(self, slot: _Slot, chunk: list[Any]) -> None:
        if not slot.inflight:
            slot.since = time.monotonic()
        slot.inflight.extend(chunk)
        slot.conn.send(chunk)

    def _replace(self, slot: _Slot, why: str) -> tuple[Any, str]:
        """Kill a stuck or dead worker; its current item fails with `why`, the rest go to a new worker."""
        item, rest = slot.inflight.popleft(), list(slot.inflight)
        self._stop(slot, kill=True)
        fresh = self._start()
        self.slots[self.slots.index(slot)] = fresh
        if rest:
            self._send(fresh, rest)
        return item, why

    def _stop(self, slot: _Slot, *, kill: bool = False) -> None:
        if not kill:
            try:
                slot.conn.send(None)
            except OSError:
                kill = True
        slot.conn.close()
        if kill:
            slot.process.kill()
        slot.process.join(timeout=5)
        if slot.process.is_alive():
            slot.process.kill()
            slot.process.join()

    def close(self) -> None:
        for slot in self.slots:
            self._stop(slot, kill=bool(slot.inflight))
        self.slots = []

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def run_serial(work: Callable[[Any], Any], items: Iterable[Any], limit: float) -> Iterator[tuple[Any, Any]]:
    """The same contract as Pool.map in this process (one job: no fork, no pickling)."""
    for item in items:
        yield item, call_with_limit(work, item, limit)


__all__ = ["Pool", "run_serial", "call_with_limit", "TIMED_OUT", "CRASHED"]
