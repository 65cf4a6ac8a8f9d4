"""A `kg build` killed at any moment leaves the previous output intact, and the next build works.

kg.atomic writes every output to a temporary file beside the target, named
`.STEM.RANDOM.tmp.SUFFIX` (e.g. `.graph.k3j9x_2a.tmp.ttl`: hidden, and `.tmp.`
in the name), then renames it over the target with os.replace. So a SIGKILL
before the rename leaves the old file byte-identical and at most such a hidden
temporary file; after the rename the new file is complete.

The build runs as a subprocess on ~200 generated short articles (a few
seconds); it is killed after fixed delays, and — deterministically, by a hook in
the child — halfway through writing each output file and just before each rename.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.namespace import DCTERMS

from kg.resources import project_root

pytestmark = pytest.mark.slow

OUTPUTS = ("graph.ttl", "graph.html")
# .graph.RANDOM.tmp.ttl; the view is written through a temporary of the temporary
# (kg.build's atomic_path around kg.view's atomic write): ..graph.R1.tmp.R2.tmp.html
TEMPORARY = re.compile(r"\.\.?graph\.[A-Za-z0-9_]+\.tmp(?:\.[A-Za-z0-9_]+\.tmp)?\.(?:ttl|html)")
FIRST = ["كمال", "نادية", "سامح", "هشام", "منى", "طارق", "عادل", "رانيا", "حسين", "ليلى", "مجدي", "سلوى"]
FAMILY = ["الصيرفي", "البربري", "القناوي", "الدمنهوري", "الشافعي", "المنياوي", "الأسيوطي", "الفيومي"]
GOVERNORATES = ["أسوان", "المنيا", "قنا", "الأقصر", "سوهاج", "الفيوم", "دمياط", "أسيوط"]
WORKS = ["محطة مياه الشرب", "مستشفى التكامل", "مدرسة التعليم الأساسي", "مركز الشباب", "الوحدة الصحية"]


def write_corpus(path: Path, n: int) -> None:
    rng = random.Random(11)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            name = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(FAMILY)}"
            gov = rng.choice(GOVERNORATES)
            text = (
                f"افتتح اللواء {name}، محافظ {gov}، {rng.choice(WORKS)} الجديدة بقرية رقم {i}، "
                f"بتكلفة {rng.randint(2, 900)} مليون جنيه على مساحة {rng.randint(100, 9000)} متر مربع.\n"
                f"وتفقد المحافظ أعمال إنشاء {rng.choice(WORKS)} بمركز {gov}، واستمع إلى شرح مدير المديرية."
            )
            f.write(json.dumps({"id": f"a{i:04}", "text": text}, ensure_ascii=False) + "\n")


def kg_command(*args: object) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *map(str, args)]


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS if (out / name).exists()}


def build_samples(out: Path) -> None:
    subprocess.run(
        kg_command("build", project_root() / "samples", "--out", out, "-q"), check=True, cwd=project_root()
    )


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The corpus; the output of the samples then the corpus built into one folder (what the
    build after a kill must give: builds into a folder with a store are incremental); the names
    a normal build leaves there; and how long the corpus build takes."""
    root = tmp_path_factory.mktemp("kill")
    corpus = root / "news.jsonl"
    write_corpus(corpus, 200)
    reference = root / "reference"
    build_samples(reference)
    started = time.monotonic()
    subprocess.run(kg_command("build", corpus, "--out", reference, "-q"), check=True, cwd=project_root())
    seconds = time.monotonic() - started
    return {
        "corpus": corpus,
        "ids": article_ids(snapshot(reference)["graph.ttl"]),
        "names": {p.name for p in reference.iterdir()},
        "seconds": seconds,
    }


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """An output folder holding the samples' graph: what a killed build must not damage."""
    out = tmp_path / "out"
    build_samples(out)
    before = snapshot(out)
    assert set(before) == set(OUTPUTS)
    assert article_ids(before["graph.ttl"]) == {
        "seed-article",
        "aswan-water-station",
        "minya-hospital-foundation",
    }
    assert before["graph.html"].rstrip().endswith(b"</html>")
    return out, before


def article_ids(turtle: bytes) -> set[str]:
    graph = Graph().parse(data=turtle.decode("utf-8"), format="turtle")
    return {str(i) for i in graph.objects(None, DCTERMS.identifier)}


def complete(outputs: dict[str, bytes], setup: dict) -> bool:
    """graph.ttl holds the samples and the whole corpus; graph.html is a whole page."""
    return article_ids(outputs["graph.ttl"]) == setup["ids"] and outputs["graph.html"].rstrip().endswith(
        b"</html>"
    )


def strays(out: Path, setup: dict) -> list[str]:
    """Names in `out` that a finished build does not leave (a store's own files, such as
    SQLite's -wal/-shm journals beside articles.sqlite, are the store's business)."""
    return sorted(
        p.name for p in out.iterdir() if not any(p.name.startswith(name) for name in setup["names"])
    )


def assert_intact_and_rebuildable(out: Path, before: dict[str, bytes], setup: dict) -> None:
    """Each output is the old file or the complete new one; stray files are hidden temporaries;
    the store (if any) opens; the next build finishes with every article of both builds.

    "Complete" is checked by content (it parses, it holds every article, the page ends), not
    against the bytes of a reference build: in a shared working tree the gazetteers may change
    between two builds, and the store then redoes every article."""
    now = snapshot(out)
    assert set(now) == set(OUTPUTS)
    for name in OUTPUTS:
        assert now[name] == before[name] or complete(now, setup), f"{name} is neither old nor new"
    stray = strays(out, setup)
    assert all(TEMPORARY.fullmatch(name) for name in stray), stray
    if (out / "store").exists():  # the store of kg.store: it still opens and holds the old graph
        from kg.store import open_read_only

        store = open_read_only(out)
        try:
            assert store.count() > 0
        finally:
            store.close()
    done = subprocess.run(
        kg_command("build", setup["corpus"], "--out", out, "-q"),
        cwd=project_root(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert complete(snapshot(out), setup)


def session(child: subprocess.Popen | subprocess.CompletedProcess) -> list[int]:
    """Pids of the session the child leads (it was started with start_new_session)."""
    found = subprocess.run(["pgrep", "-s", str(child.pid)], capture_output=True, text=True, check=False)
    return [int(pid) for pid in found.stdout.split()]


def end_session(child: subprocess.Popen | subprocess.CompletedProcess) -> list[int]:
    """SIGKILL what is left of the session the child led (its worker processes); their pids."""
    left = session(child)
    for pid in left:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return left


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.0])
def test_build_killed_after_a_delay_leaves_previous_output(
    previous: tuple[Path, dict[str, bytes]], setup: dict, delay: float
) -> None:
    out, before = previous
    delay = min(delay, 0.6 * setup["seconds"])  # still inside the build on a fast machine
    child = subprocess.Popen(
        kg_command("build", setup["corpus"], "--out", out, "-q"), cwd=project_root(), start_new_session=True
    )
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)  # the build's own process, as `kill -9 PID` does
    try:
        assert child.wait(timeout=60) == -signal.SIGKILL, "the build finished before it was killed"
    finally:
        end_session(child)
    assert snapshot(out) == before  # no rename happened this early: both files are the old ones
    assert all(TEMPORARY.fullmatch(name) for name in strays(out, setup))
    assert_intact_and_rebuildable(out, before, setup)


def test_killed_build_leaves_no_worker_running(tmp_path: Path, setup: dict) -> None:
    """SIGKILL to the build process only: its forked workers must notice and exit (pipe EOF)."""
    child = subprocess.Popen(
        kg_command("build", setup["corpus"], "--out", tmp_path, "-q", "--jobs", "2"),
        cwd=project_root(),
        start_new_session=True,
    )
    deadline = time.monotonic() + 30
    while len(session(child)) < 3 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # until both workers are forked
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=60) == -signal.SIGKILL
    deadline = time.monotonic() + 15  # orphaned workers notice at their next send or receive
    while session(child) and time.monotonic() < deadline:
        time.sleep(0.1)  # (a loaded machine can take seconds to schedule them: no fixed sleep)
    assert end_session(child) == []


# The child dies by SIGKILL at a chosen point of kg.atomic's write: halfway through the
# text of one output, or with the temporary file complete but not yet renamed.
HOOK = textwrap.dedent(
    """
    import os, signal, sys
    import kg.atomic as atomic
    target, moment = sys.argv[1], sys.argv[2]
    real_open, real_replace = open, os.replace

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def hooked_open(file, mode="r", **kwargs):
        f = real_open(file, mode, **kwargs)
        name = os.path.basename(str(file))
        if moment == "mid-write" and "w" in mode and ".graph." in name and name.endswith(target):
            write = f.write
            def half(text):
                write(text[: len(text) // 2]); f.flush(); os.fsync(f.fileno()); die()
            f.write = half
        return f

    def hooked_replace(src, dst, *args, **kwargs):
        if moment == "before-rename" and os.path.basename(str(dst)) == target:
            die()
        return real_replace(src, dst, *args, **kwargs)

    atomic.open = hooked_open
    atomic.os.replace = hooked_replace
    from kg.cli import main
    sys.exit(main(sys.argv[3:]))
    """
)


@pytest.mark.parametrize("moment", ["mid-write", "before-rename"])
@pytest.mark.parametrize("target", OUTPUTS)
def test_build_killed_while_writing_an_output_leaves_it_intact(
    previous: tuple[Path, dict[str, bytes]], setup: dict, target: str, moment: str
) -> None:
    out, before = previous
    child = subprocess.Popen(
        [
            *(sys.executable, "-c", HOOK),
            f".tmp{Path(target).suffix}" if moment == "mid-write" else target,
            moment,
            *("build", str(setup["corpus"]), "--out", str(out), "-q"),
        ],
        cwd=project_root(),
        start_new_session=True,
    )
    try:
        assert child.wait(timeout=300) == -signal.SIGKILL
    finally:
        end_session(child)
    now = snapshot(out)
    assert now[target] == before[target]  # the file being written is the old one, whole
    if target == "graph.html":
        # graph.ttl was already renamed into place: the complete new graph, beside the old view
        assert article_ids(now["graph.ttl"]) == setup["ids"]
    stray = strays(out, setup)  # the dead write's temporary file(s), clearly named as such
    assert stray and all(TEMPORARY.fullmatch(name) for name in stray), stray
    assert any(name.endswith(Path(target).suffix) for name in stray)
    assert_intact_and_rebuildable(out, before, setup)


def test_temporary_names_are_hidden_and_marked(tmp_path: Path) -> None:
    from kg.atomic import atomic_path

    for name in OUTPUTS:
        with atomic_path(tmp_path / name) as tmp:
            assert tmp.parent == tmp_path
            assert TEMPORARY.fullmatch(tmp.name), tmp.name
            assert tmp.exists()
            shutil.copyfile(os.devnull, tmp)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUTS)
