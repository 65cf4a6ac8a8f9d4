"""Reading articles from .txt, .html and .jsonl files and folders of them.

`read_inputs` yields an `Article` for every readable article and an `InputError`
for every input that cannot be read, so one bad file or line costs one clear
message and the rest still builds. Errors name the file, and the line where
there is one (a .jsonl record, a non-UTF-8 byte).

Article ids: a record's "id" (string or number), else the file's stem — plus
"-LINE" for a .jsonl record without an id. A second article with an id already
seen is skipped with a message, since ids identify articles in the graph.

Dates (kg.dates), first found wins: a .jsonl record's "date"; a saved page's
metadata (.html); a .txt file's first line when it is a dateline ("12 مارس
2024"); else the file's modification time. `Article.date_source` says which.
Saved news pages are read with trafilatura, which finds the article's body,
title, date and canonical URL and leaves menus, sidebars and scripts out.
"""

from __future__ import annotations

import codecs
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from extract.model import Article
from kg.dates import first_line_date, iso_date
from kg.errors import InputError

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
OPTIONAL_FIELDS = ("title", "date", "url")
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def read_inputs(paths: Iterable[Path | str]) -> Iterator[Article | InputError]:
    """Articles from `paths` in a stable order (folders walked sorted), with errors in between."""
    seen: dict[str, str] = {}
    for item in _input_files([Path(p) for p in paths]):
        if isinstance(item, InputError):
            yield item
            continue
        suffix = item.suffix.lower()
        reader = _read_jsonl if suffix == ".jsonl" else _read_html if suffix in HTML_SUFFIXES else _read_txt
        for found in reader(item):
            if isinstance(found, InputError):
                yield found
                continue
            article, line = found
            where = article.source or str(item)
            if article.id in seen:
                yield InputError(
                    str(item),
                    line,
                    f"duplicate article id {article.id!r} (first at {seen[article.id]}); skipped",
                )
                continue
            seen[article.id] = where
            yield article


def _input_files(paths: list[Path]) -> Iterator[Path | InputError]:
    """Each input file once: given files, then the article files under given folders."""
    done: set[Path] = set()

    def once(f: Path) -> bool:
        key = f.resolve()
        if key in done:
            return False
        done.add(key)
        return True

    for p in paths:
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.suffix.lower() in SUFFIXES
                and f.is_file()
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            if not files:
                yield InputError(str(p), None, "folder has no .txt, .html or .jsonl files")
            yield from (f for f in files if once(f))
        elif p.is_file():
            if p.suffix.lower() not in SUFFIXES:
                yield InputError(
                    str(p), None, f"not a .txt, .html or .jsonl file (suffix {p.suffix or 'missing'!r})"
                )
            elif once(p):
                yield p
        elif p.exists() or p.is_symlink():
            yield InputError(str(p), None, "not a regular file or folder" if p.exists() else "broken link")
        else:
            yield InputError(str(p), None, "no such file or folder")


def _read_bytes(path: Path) -> bytes | InputError:
    try:
        data = path.read_bytes()
    except OSError as e:
        return InputError(str(path), None, f"cannot read: {e.strerror or e}")
    return data


def _strip_bom(data: bytes) -> tuple[bytes, int]:
    """Data without a UTF-8 byte-order mark, and how many bytes were dropped."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :], len(codecs.BOM_UTF8)
    return data, 0


def _utf8_error(
    path: Path, data: bytes, err: UnicodeDecodeError, base: int, line: int | None = None
) -> InputError:
    """Name the bad byte, its offset in the file and its line."""
    offset = base + err.start
    if line is None:
        line = data.count(b"\n", 0, err.start) + 1
    bad = data[err.start : err.start + 1].hex()
    return InputError(
        str(path), line, f"not valid UTF-8: byte 0x{bad} at byte offset {offset}; save the file as UTF-8"
    )


def _read_txt(path: Path) -> Iterator[tuple[Article, int | None] | InputError]:
    """One .txt file is one article; its id is the file's stem."""
    raw = _read_bytes(path)
    if isinstance(raw, InputError):
        yield raw
        return
    data, base = _strip_bom(raw)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        yield _utf8_error(path, data, e, base)
        return
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield InputError(str(path), None, "empty file" if not text else "file has only white space")
        return
    when, how = _dated(path, first_line_date(text), "first-line")
    yield Article(id=_file_id(path), text=text, source=str(path), date=when, date_source=how), None


def _dated(path: Path, found: str | None, how: str) -> tuple[str | None, str]:
    """(date, where it came from): `found`, else the file's modification day (UTC), the last resort."""
    if found is not None:
        return found, how
    try:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).date().isoformat(), "file-modified"
    except (OSError, ValueError, OverflowError):
        return None, "file-modified"


def _read_html(path: Path) -> Iterator[tuple[Article, int | None] | InputError]:
    """A saved news page: its article text, title, date and URL, found by trafilatura."""
    raw = _read_bytes(path)
    if isinstance(raw, InputError):
        yield raw
        return
    if not raw.strip():
        yield InputError(str(path), None, "empty file")
        return
    import trafilatura  # imported on first use: pages are rarer than text files

    try:
        page = trafilatura.bare_extraction(raw, with_metadata=True)
    except Exception as e:  # a library's parse failure on one page must not stop the batch
        yield InputError(str(path), None, f"cannot read the page: {' '.join(str(e).split())[:200]}")
        return
    text = (getattr(page, "text", None) or "").strip() if page is not None else ""
    if not text:
        yield InputError(str(path), None, "no article text found in the page")
        return
    title = (page.title or "").strip() or None
    if title and title not in text[: len(title) + 200]:
        text = f"{title}\n{text}"
    when, how = _dated(path, iso_date(page.date), "page")
    article = Article(
        id=_file_id(path),
        text=text,
        title=title,
        url=page.url or None,
        source=str(path),
        date=when,
        date_source=how,
    )
    yield article, None


def _file_id(path: Path) -> str:
    """The file's stem as an article id; bytes of a non-UTF-8 name are kept as `\\xff` escapes.

    Python decodes such bytes to lone surrogates (PEP 383), which UTF-8 output cannot hold.
    """
    return os.fsencode(path.stem).decode("utf-8", "backslashreplace")


def _read_jsonl(path: Path) -> Iterator[tuple[Article, int | None] | InputError]:
    """One JSON object a line: {"id", "text", optional "title", "date", "url"}."""
    raw = _read_bytes(path)
    if isinstance(raw, InputError):
        yield raw
        return
    data, base = _strip_bom(raw)
    if not data.strip():
        yield InputError(str(path), None, "empty file" if not data else "file has only white space")
        return
    start = 0
    for lineno, chunk in enumerate(data.split(b"\n"), 1):
        offset, start = base + start, start + len(chunk) + 1
        if not chunk.strip():
            continue
        yield _record(path, lineno, chunk, offset)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogates(value: object) -> object:
    """A string with each unpaired surrogate ("\\ud800" in JSON) replaced by U+FFFD.

    json.loads accepts escaped lone surrogates, but UTF-8 cannot encode them, so one
    would crash writing the graph. One character for one keeps every offset valid.
    """
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def _record(path: Path, lineno: int, chunk: bytes, offset: int) -> tuple[Article, int] | InputError:
    def error(message: str) -> InputError:
        return InputError(str(path), lineno, message)

    try:
        line = chunk.decode("utf-8")
    except UnicodeDecodeError as e:
        return _utf8_error(path, chunk, e, offset, lineno)
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return error(f"invalid JSON: {e.msg} at column {e.colno}")
    if not isinstance(rec, dict):
        return error(f"record is a JSON {_JSON_TYPES.get(type(rec), 'value')}, not an object")
    rec = {key: _no_lone_surrogates(value) for key, value in rec.items()}
    text = rec.get("text")
    if text is None:
        return error('record has no "text"')
    if not isinstance(text, str):
        return error('"text" is not a string')
    if not text.strip():
        return error('record has an empty "text"')
    rid = rec.get("id")
    if rid is None:
        article_id = f"{_file_id(path)}-{lineno}"
    elif isinstance(rid, bool) or not isinstance(rid, str | int | float):
        return error('"id" is not a string or a number')
    else:
        article_id = str(rid).strip()
        if not article_id:
            return error('"id" is empty')
    extra: dict[str, str | None] = {}
    for key in OPTIONAL_FIELDS:
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            return error(f'"{key}" is not a string')
        extra[key] = value or None
    when = iso_date(extra.pop("date"))
    return (
        Article(
            id=article_id,
            text=text,
            source=f"{path}:{lineno}",
            date=when,
            date_source="record" if when else None,
            **extra,
        ),
        lineno,
    )


__all__ = ["read_inputs", "SUFFIXES"]
