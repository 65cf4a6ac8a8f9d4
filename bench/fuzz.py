"""A bounded, seeded fuzz run of the whole article path, with a watchdog per case.

Each case is a random text (seeded: case i uses random.Random(SEED + i)) of one
of several kinds — Arabic-heavy prose made of real gazetteer words, random
code points from the whole Unicode range (lone surrogates included), bidi and
control characters, HTML payloads, numbers thousands of digits long, long
runs of one character. A case goes the way a .jsonl record goes: json.dumps
→ kg.inputs.read_inputs → extract_article (offsets checked) → kg.to_rdf →
Turtle encoded as UTF-8 → parsed back and written again (must be the same
text). Cases run in worker processes; a case has --limit seconds (SIGALRM in
the worker), and a worker that does not answer within --limit + 5 s is killed
and the case reported as a hang, so the run never waits forever.

    .venv/bin/python bench/fuzz.py                      # 10,000 cases, seed 1
    .venv/bin/python bench/fuzz.py --cases 20000 --seed 7 --jobs 2
    .venv/bin/python bench/fuzz.py --cases 0 --long-mb 20 --long-kind filler
    .venv/bin/python bench/fuzz.py --cases 0 --long-mb 1 --long-kind dense --limit 120

Prints the number of cases, the time, the slowest case (kind, seed, seconds)
and every failure with the seed that reproduces it (`--only SEED`).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import sys
import tempfile
import time
import traceback
from multiprocessing.connection import Connection, wait
from pathlib import Path
from random import Random

DATA = Path(__file__).resolve().parents[1] / "extract" / "data"
KINDS = ("arabic", "arabic", "arabic", "unicode", "hostile", "numbers", "runs")
HTML = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "javascript:"]
BIDI = [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C, 0xFEFF]]
CONTROL = [chr(c) for c in [*range(0x00, 0x20), 0x7F, 0x85, 0x2028, 0x2029]]
PUNCT = ["،", "؛", "«", "»", "؟", ".", ":", "(", ")", '"', "٫", "٬", ",", "!", "\n"]
FILLER = "وأكد أن العمل يسير وفق الجدول الزمني المحدد، وأن الخدمة تصل إلى الأهالي قريبا؛ "
DENSE = (
    "تفقد اللواء كمال عبد الرؤوف الصيرفي، محافظ أسوان، محطة مياه الشرب بقرية الكرور بتكلفة 85 مليون جنيه. "
)


def vocabulary() -> list[str]:
    words: set[str] = set()
    for path in sorted(DATA.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(" ".join(w.split("/")[0] for w in line.split("\t")[0].split()))
    return sorted(w for w in words if w)


VOCAB = vocabulary()


def arabic_word(rng: Random) -> str:
    letters = [chr(rng.randrange(0x0621, 0x064B)) for _ in range(rng.randint(1, 8))]
    for _ in range(rng.randint(0, 3)):
        letters.insert(
            rng.randrange(len(letters) + 1), chr(rng.choice([*range(0x064B, 0x0653), 0x0670, 0x0640]))
        )
    return "".join(letters)


def number(rng: Random) -> str:
    digits = rng.choice(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"])
    n = rng.choice([1, 2, 3, 6, 9, 15, 30, 300, 3000])
    text = "".join(rng.choice(digits) for _ in range(n))
    if rng.random() < 0.3:
        text += rng.choice([".", "٫", ","]) + "".join(rng.choice(digits) for _ in range(rng.randint(1, 40)))
    return text


def make_text(rng: Random, kind: str) -> str:
    if kind == "unicode":
        return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randint(0, 300)))
    if kind == "runs":
        piece = rng.choice(["ب", " ", "،", "٩", "\u0640", "\u064e", "مشروع ", "محافظ ", "\u202e", "<"])
        return piece * rng.randint(1, 20_000)
    parts: list[str] = []
    for _ in range(rng.randint(0, 120)):
        r = rng.random()
        if kind == "hostile" and r < 0.3:
            parts.append(rng.choice(HTML + BIDI + CONTROL + ["\ud800", "\udfff"]))
        elif kind == "numbers" and r < 0.3:
            parts.append(number(rng))
        elif r < 0.55:
            parts.append(rng.choice(VOCAB))
        elif r < 0.75:
            parts.append(arabic_word(rng))
        elif r < 0.85:
            parts.append(rng.choice(PUNCT))
        elif r < 0.92:
            parts.append(number(rng))
        else:
            parts.append(
                rng.choice(BIDI + CONTROL + HTML) if rng.random() < 0.5 else chr(rng.randrange(0x20, 0x3000))
            )
        parts.append(rng.choice([" ", " ", " ", "\n", "\u00a0", ""]))
    return "".join(parts)


def case(seed: int) -> tuple[str, str]:
    rng = Random(seed)
    kind = rng.choice(KINDS)
    return kind, make_text(rng, kind)


# -- one case, in a worker ----------------------------------------------------------


def check(text: str, folder: Path) -> None:
    """The path of a .jsonl record: read, extract, graph, UTF-8 Turtle, parse back."""
    from rdflib import Graph

    from extract.model import Article
    from extract.pipeline import extract_article
    from kg.export import turtle
    from kg.inputs import read_inputs
    from kg.to_rdf import build_graph

    source = folder / "case.jsonl"
    source.write_text(json.dumps({"id": "case", "text": text}) + "\n", encoding="utf-8")
    (item,) = read_inputs([source])
    if not isinstance(item, Article):
        if text.strip():
            raise AssertionError(f"record not read: {item}")
        return  # a blank text is reported and skipped, as it should be
    ex = extract_article(item)
    n = len(item.text)
    spans = [(m.start, m.end) for o in ex.officials for m in o.mentions]
    spans += [(m.start, m.end) for i in ex.institutions for m in i.mentions]
    spans += [(m.start, m.end) for p in ex.projects for m in p.mentions]
    spans += [(a.mention.start, a.mention.end) for a in ex.actions]
    spans += [(s.start, s.end) for s in ex.sentences]
    bad = [s for s in spans if not 0 <= s[0] <= s[1] <= n]
    if bad:
        raise AssertionError(f"offsets outside the text ({n} chars): {bad[:3]}")
    g = build_graph([ex])
    written = turtle(g)
    data = written.encode("utf-8")
    back = Graph().parse(data=data.decode("utf-8"), format="turtle")
    if len(back) != len(g) or turtle(back) != written:
        raise AssertionError("Turtle does not parse back to the same graph")


class _Timeout(BaseException):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def worker(conn: Connection, limit: float) -> None:
    signal.signal(signal.SIGALRM, _alarm)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import extract.pipeline  # noqa: F401  imports are not the first case's time
    import kg.to_rdf  # noqa: F401

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        while (seed := conn.recv()) is not None:
            kind, text = case(seed) if seed >= 0 else long_case(-seed)
            started = time.perf_counter()
            try:
                signal.setitimer(signal.ITIMER_REAL, limit)
                try:
                    check(text, folder)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                outcome = "ok"
            except _Timeout:
                outcome = f"timed out after {limit:g} s"
            except Exception:
                outcome = traceback.format_exc(limit=-4)
            conn.send((seed, kind, len(text), time.perf_counter() - started, outcome))


LONG = {"kind": "filler", "mb": 0.0}


def long_case(_: int) -> tuple[str, str]:
    """One single line of LONG["mb"] megabytes (UTF-8) of filler or of dense news prose."""
    unit = FILLER if LONG["kind"] == "filler" else DENSE
    repeat = int(LONG["mb"] * 1_000_000 / len(unit.encode("utf-8"))) + 1
    return f"long-{LONG['kind']}", (DENSE + unit * repeat).replace("\n", " ")


# -- the run ------------------------------------------------------------------------


def run(seeds: list[int], jobs: int, limit: float) -> list[tuple]:
    """Results of all seeds; a worker silent past limit + 5 s is killed: its case is a hang."""
    ctx = multiprocessing.get_context("fork")
    pending = list(reversed(seeds))
    results: list[tuple] = []
    slots: list[dict] = []

    def start() -> dict:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=worker, args=(child, limit), daemon=True)
        proc.start()
        child.close()
        return {"proc": proc, "conn": parent, "seed": None, "since": 0.0}

    def feed(slot: dict) -> None:
        if pending:
            slot["seed"], slot["since"] = pending.pop(), time.monotonic()
            slot["conn"].send(slot["seed"])
        else:
            slot["seed"] = None

    slots = [start() for _ in range(jobs)]
    for slot in slots:
        feed(slot)
    done = 0
    while any(s["seed"] is not None for s in slots):
        busy = [s for s in slots if s["seed"] is not None]
        ready = wait([s["conn"] for s in busy], timeout=1.0)
        for i, slot in enumerate(slots):
            if slot["seed"] is None:
                continue
            if slot["conn"] in ready:
                try:
                    results.append(slot["conn"].recv())
                except EOFError:  # the worker died (a crash in C code)
                    results.append((slot["seed"], *case(slot["seed"])[:1], 0, 0.0, "worker crashed"))
                    slot["proc"].kill()
                    slots[i] = slot = start()
                feed(slot)
            elif time.monotonic() - slot["since"] > limit + 5:
                seed = slot["seed"]
                slot["proc"].kill()
                slot["proc"].join()
                results.append(
                    (seed, "?", 0, time.monotonic() - slot["since"], "hang: killed by the watchdog")
                )
                slots[i] = slot = start()
                feed(slot)
            else:
                continue
            done += 1
            if done % 1000 == 0:
                print(f"  {done} cases…", file=sys.stderr, flush=True)
    for slot in slots:
        slot["conn"].send(None)
        slot["proc"].join(timeout=5)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=float, default=30.0, help="seconds per case (default 30)")
    parser.add_argument("--only", type=int, help="run the one case of this seed, in this process")
    parser.add_argument(
        "--long-mb", type=float, default=0.0, help="also one single-line article of this size"
    )
    parser.add_argument("--long-kind", choices=("filler", "dense"), default="filler")
    args = parser.parse_args(argv)
    LONG.update(kind=args.long_kind, mb=args.long_mb)
    if args.only is not None:  # a negative seed is the long case: give --long-mb/--long-kind too
        kind, text = case(args.only) if args.only >= 0 else long_case(-args.only)
        print(f"seed {args.only}: {kind}, {len(text)} chars: {text[:200]!r}")
        with tempfile.TemporaryDirectory() as tmp:
            check(text, Path(tmp))
        print("ok")
        return 0
    seeds = [args.seed * 1_000_000 + i for i in range(args.cases)]
    if args.long_mb:
        seeds.insert(0, -1)
    started = time.perf_counter()
    results = run(seeds, max(1, args.jobs), args.limit)
    seconds = time.perf_counter() - started
    failures = [r for r in results if r[4] != "ok"]
    by_kind: dict[str, int] = {}
    for r in results:
        by_kind[r[1]] = by_kind.get(r[1], 0) + 1
    slowest = max(results, key=lambda r: r[3]) if results else None
    print(f"cases: {len(results)} ({', '.join(f'{k} {n}' for k, n in sorted(by_kind.items()))})")
    print(f"time: {seconds:.1f} s with {args.jobs} workers, limit {args.limit:g} s per case")
    if slowest:
        seed, kind, size, secs, outcome = slowest
        print(f"slowest: {secs:.2f} s (seed {seed}, {kind}, {size} chars, {outcome.splitlines()[-1]})")
    print(f"failures: {len(failures)}")
    for seed, kind, size, secs, outcome in failures:
        print(f"--- seed {seed} ({kind}, {size} chars, {secs:.2f} s): reproduce with --only {seed}")
        print(outcome.rstrip())
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
