"""kg.inputs: every bad input is one clear error naming its file (and line); good ones still read."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.model import Article
from kg.errors import InputError
from kg.inputs import read_inputs

GOOD = "تفقد اللواء كمال الصيرفي، محافظ أسوان، محطة مياه الشرب الجديدة بقرية الكرور."
OTHER = "افتتح الدكتور سامح القناوي، وزير الصحة والسكان، مستشفى المنيا الجامعي للأطفال."


def record(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8") + b"\n"


def split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


BAD_INPUTS = [
    # (file name, content, line of the error, words of the message)
    ("empty.txt", b"", None, "empty file"),
    ("blank.txt", b" \n\t \r\n", None, "only white space"),
    ("cp1256.txt", GOOD.encode() + b"\n" + "خبر".encode("cp1256") + b"\n", 2, "not valid UTF-8: byte 0x"),
    ("empty.jsonl", b"", None, "empty file"),
    ("broken.jsonl", record(id="a1", text=GOOD) + b'{"id": "a2", "text": "\xd8\xaa\n', 2, "invalid JSON"),
    ("array.jsonl", record(id="a1", text=GOOD) + b'["a2", "text"]\n', 2, "JSON array, not an object"),
    ("no-text.jsonl", record(id="a1", text=GOOD) + record(id="a2", title="عنوان"), 2, 'no "text"'),
    ("blank-text.jsonl", record(id="a1", text=GOOD) + record(id="a2", text="  \n "), 2, 'empty "text"'),
    ("number-text.jsonl", record(id="a1", text=GOOD) + record(id="a2", text=5), 2, '"text" is not a string'),
    ("bool-id.jsonl", record(id="a1", text=GOOD) + record(id=True, text=OTHER), 2, '"id" is not a string'),
    ("bad-date.jsonl", record(id="a1", text=GOOD) + record(id="a2", text=OTHER, date=2024), 2, '"date"'),
    ("latin1.jsonl", record(id="a1", text=GOOD) + b'{"id": "a2", "text": "caf\xe9"}\n', 2, "byte 0xe9"),
]


@pytest.mark.parametrize(("name", "content", "line", "words"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_error_naming_file_and_line(
    tmp_path: Path, name: str, content: bytes, line: int | None, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    articles, errors = split(list(read_inputs([path])))
    assert len(errors) == 1, errors
    assert errors[0].file == str(path)
    assert errors[0].line == line
    assert words in errors[0].message
    assert "\n" not in str(errors[0])
    # the good record before the bad line of a .jsonl file is still read
    assert [a.id for a in articles] == (["a1"] if name.endswith(".jsonl") and line == 2 else [])


def test_utf8_error_names_byte_offset(tmp_path: Path) -> None:
    head = codecs.BOM_UTF8 + "سطر أول\nسطر ".encode()
    path = tmp_path / "a.txt"
    path.write_bytes(head + b"\xff" + "ثان".encode())
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert error.line == 2
    assert f"byte offset {len(head)}" in error.message


@pytest.mark.parametrize(
    ("content", "text"),
    [
        (codecs.BOM_UTF8 + GOOD.encode(), GOOD),
        (GOOD.encode() + b"\r\n" + OTHER.encode() + b"\r\n", f"{GOOD}\n{OTHER}\n"),
        (GOOD.encode(), GOOD),
    ],
    ids=["bom", "crlf", "plain"],
)
def test_txt_article_id_is_stem_and_text_is_clean(tmp_path: Path, content: bytes, text: str) -> None:
    path = tmp_path / "aswan-station.txt"
    path.write_bytes(content)
    os.utime(path, (0, 1_700_000_000))  # 2023-11-14 UTC: an undated text file is dated by its file
    (article,) = read_inputs([path])
    dated = {"date": "2023-11-14", "date_source": "file-modified"}
    expected = Article("aswan-station", text, source=str(path), **dated)
    assert article == expected


def test_jsonl_ids_fields_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(
        codecs.BOM_UTF8
        + record(
            id="n-1",
            text=GOOD,
            title="محافظ أسوان يفتتح محطة",
            date="2026-02-01",
            url="https://example.org/1",
        )
        + b"\n"
        + record(id=17, text=OTHER)
        + record(text=OTHER + " ثم غادر.")
    )
    articles = list(read_inputs([path]))
    assert [(a.id, a.source) for a in articles] == [
        ("n-1", f"{path}:1"),
        ("17", f"{path}:3"),
        ("news-4", f"{path}:4"),
    ]
    assert (articles[0].title, articles[0].date, articles[0].url) == (
        "محافظ أسوان يفتتح محطة",
        "2026-02-01",
        "https://example.org/1",
    )


def test_folder_is_walked_sorted_skipping_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "deep" / "z.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "c.jsonl").write_bytes(record(id="c1", text=GOOD))
    (tmp_path / "notes.md").write_text("# ملاحظات", encoding="utf-8")
    (tmp_path / ".cache" / "old.txt").write_text(GOOD, encoding="utf-8")
    assert [a.id for a in read_inputs([tmp_path])] == ["a", "z", "c1"]


def test_duplicate_id_second_is_skipped_with_message(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "visit.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two" / "visit.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "two" / "more.jsonl").write_bytes(record(id="visit", text=OTHER))
    articles, errors = split(list(read_inputs([tmp_path])))
    assert [a.text for a in articles] == [GOOD]
    assert [(e.file, e.line) for e in errors] == [
        (str(tmp_path / "two" / "more.jsonl"), 1),
        (str(tmp_path / "two" / "visit.txt"), None),
    ]
    assert all("duplicate article id 'visit'" in e.message and "one/visit.txt" in e.message for e in errors)


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert [a.id for a in read_inputs([tmp_path, path])] == ["a"]


def _missing(folder: Path) -> Path:
    return folder / "missing.txt"


def _other_suffix(folder: Path) -> Path:
    path = folder / "graph.ttl"
    path.write_text("<a> <b> <c> .", encoding="utf-8")
    return path


def _empty_folder(folder: Path) -> Path:
    path = folder / "empty-folder"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_missing, "no such file or folder"),
        (_other_suffix, "not a .txt, .html or .jsonl file"),
        (_empty_folder, "no .txt, .html or .jsonl files"),
    ],
    ids=["missing", "other-suffix", "empty-folder"],
)
def test_bad_paths(tmp_path: Path, make: Callable[[Path], Path], words: str) -> None:
    path = make(tmp_path)
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert (error.file, words in error.message) == (str(path), True)


def test_unreadable_file_is_reported_and_others_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    (tmp_path / "open.txt").write_text(OTHER, encoding="utf-8")
    read_bytes = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    articles, errors = split(list(read_inputs([tmp_path])))
    assert [a.id for a in articles] == ["open"]
    assert [str(e) for e in errors] == [f"{locked}: cannot read: Permission denied"]
