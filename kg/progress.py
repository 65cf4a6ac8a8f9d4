"""A progress bar for long builds: articles done, articles per second and ETA, on stderr.

Drawn with tqdm only when stderr is a terminal (never into a log file or a
pipe) and not --quiet. The total comes from a quick count of the inputs (lines
of .jsonl files, one per .txt file), so the ETA is known from the start.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from kg.inputs import SUFFIXES


def count_articles(paths: Iterable[Path | str]) -> int:
    """Roughly how many articles the inputs hold: non-blank .jsonl lines plus .txt files."""
    total = 0
    for path in map(Path, paths):
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            suffix = f.suffix.lower()
            if suffix not in SUFFIXES or not f.is_file():
                continue
            if suffix == ".txt":
                total += 1
                continue
            try:
                with f.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            except OSError:
                continue
    return total


class Progress:
    """`update()` once per article; a no-op when disabled."""

    def __init__(self, total: int | None, *, enabled: bool, stream: TextIO | None = None) -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                total=total,
                unit=" articles",
                file=stream or sys.stderr,
                dynamic_ncols=True,
                smoothing=0.05,
                mininterval=0.5,
                leave=False,
            )

    def update(self, n: int = 1) -> None:
        if self.bar is not None:
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def wanted(quiet: bool, stream: TextIO | None = None) -> bool:
    """Draw a bar? Only for a person watching a terminal."""
    stream = stream or sys.stderr
    return not quiet and hasattr(stream, "isatty") and stream.isatty()


__all__ = ["Progress", "count_articles", "wanted"]
