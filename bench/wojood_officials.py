"""Outside check of officials' name boundaries on the Wojood nested-NER sample.

Wojood (Jarrar, Khalilia & Ghanem, LREC 2022; /work/shared/bench/wojood-sample,
see its README) marks persons (PERS) and titles or role phrases (OCC) in Arabic
text that is not Egyptian government news, so it shows whether the officials'
rules generalise beyond the articles they were written on.

Format: one token a line, `TOKEN TAG [TAG ...]`, IOB2 with one tag per nesting
level, sentences separated by blank lines. Spans are read per type, whatever
the column: a span of type T starts at a token tagged B-T and goes on over the
following tokens tagged I-T. `$#$` (a segment-end token of the source data) is
dropped; the sentence text is the remaining tokens joined with single spaces.

Adjacent: a PERS span and an OCC span that do not overlap, where the OCC ends
on the token just before the PERS starts, or starts on the token just after the
PERS ends — with at most one token between them, and only if that token is a
comma ("," or "،"). E.g. `رئيس بلدية طولكرم عمر الخطيب` or `عمر الخطيب ، رئيس بلدية طولكرم`.

Each sentence that holds such a pair goes through `extract_article` alone, and:
  recall    = gold persons (PERS adjacent to an OCC) that come out as an official
              whose folded name equals the folded PERS text;
  precision = officials extracted from those sentences whose folded name equals
              the folded text of some PERS span of the sentence (adjacent or not).
"Overlap" figures count a name as found when its token F1 with the PERS text is
≥ 0.5, to tell boundary errors (a clitic, a word too many) from missed persons.
Folding is the scorer's (`kg.evaluate.score_fold`). Wojood keeps clitics on its
tokens (`ومعتصم`, `لزهدي`), so an exact match needs the extractor to keep them too.

Run: .venv/bin/python bench/wojood_officials.py [--misses] [FOLDER]
The data is only read, never written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extract.model import Article, Official
from extract.pipeline import extract_article
from kg.evaluate import score_fold, token_f1
from kg.resources import project_root

DEFAULT_FOLDER = project_root().parent / "shared" / "bench" / "wojood-sample"
FILES = ("train.txt", "val.txt", "test.txt")
SEGMENT_END = "$#$"
COMMAS = frozenset({",", "،"})
OVERLAP = 0.5  # token F1 for the loose figures
SHOW = 30  # misses and spurious items listed with --misses


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed token span [start, end) of one sentence."""

    type: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Sentence:
    id: str
    tokens: list[str]
    tags: list[set[str]]

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def spans(self, kind: str) -> list[Entity]:
        """Every span of type `kind`: B-kind, then I-kind while it lasts."""
        out = []
        for i, tags in enumerate(self.tags):
            if f"B-{kind}" not in tags:
                continue
            end = i + 1
            while end < len(self.tags) and f"I-{kind}" in self.tags[end]:
                end += 1
            out.append(Entity(kind, i, end, " ".join(self.tokens[i:end])))
        return out


def read_sentences(path: Path) -> Iterator[Sentence]:
    """The sentences of one Wojood file, `$#$` tokens dropped."""
    tokens: list[str] = []
    tags: list[set[str]] = []
    number = 0
    with path.open(encoding="utf-8") as fh:
        for line in [*fh, ""]:
            fields = line.split()
            if not fields:
                if tokens:
                    number += 1
                    yield Sentence(f"{path.stem}-{number}", tokens, tags)
                tokens, tags = [], []
                continue
            if fields[0] == SEGMENT_END:
                continue
            tokens.append(fields[0])
            tags.append(set(fields[1:]))


def adjacent(pers: Entity, occ: Entity, tokens: list[str]) -> bool:
    """OCC right before or right after PERS, at most a comma between (see the module doc)."""
    if occ.end <= pers.start:
        between = tokens[occ.end : pers.start]
    elif pers.end <= occ.start:
        between = tokens[pers.end : occ.start]
    else:
        return False  # nested or overlapping, not side by side
    return not between or (len(between) == 1 and between[0] in COMMAS)


def gold_persons(sentence: Sentence) -> list[Entity]:
    """PERS spans of the sentence with an OCC span adjacent to them."""
    occs = sentence.spans("OCC")
    return [p for p in sentence.spans("PERS") if any(adjacent(p, o, sentence.tokens) for o in occs)]


# -- scoring -------------------------------------------------------------------


@dataclass(slots=True)
class Item:
    sentence: str
    name: str
    best: str  # the closest name on the other side ('' when none)


@dataclass(slots=True)
class Figures:
    """Counts over a set of sentences."""

    sentences: int = 0
    with_pairs: int = 0
    gold: int = 0
    found_exact: int = 0
    found_overlap: int = 0
    extracted: int = 0
    right_exact: int = 0
    right_overlap: int = 0
    misses: list[Item] = field(default_factory=list)
    spurious: list[Item] = field(default_factory=list)

    def add(self, other: Figures) -> None:
        for name in (
            "sentences",
            "with_pairs",
            "gold",
            "found_exact",
            "found_overlap",
            "extracted",
            "right_exact",
            "right_overlap",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        self.spurious.extend(other.spurious)


def _closest(name: str, others: list[str]) -> tuple[str, float]:
    """The other name sharing most tokens with `name` ('' when none shares any)."""
    best = max(((o, token_f1(name, o)) for o in others), key=lambda x: x[1], default=("", 0.0))
    return best if best[1] > 0 else ("", 0.0)


def score_sentence(sentence: Sentence, officials: list[Official], figures: Figures) -> None:
    """Add one sentence's persons and officials to `figures`."""
    persons = {score_fold(p.text): p.text for p in gold_persons(sentence)}
    every_pers = {score_fold(p.text) for p in sentence.spans("PERS")}
    names = {score_fold(o.name): o.name for o in officials}
    names.pop("", None)
    figures.with_pairs += 1
    figures.gold += len(persons)
    for folded, text in persons.items():
        best, f1 = _closest(folded, list(names))
        figures.found_exact += folded in names
        figures.found_overlap += f1 >= OVERLAP
        if folded not in names:
            figures.misses.append(Item(sentence.text, text, names.get(best, "")))
    figures.extracted += len(names)
    for folded, text in names.items():
        best, f1 = _closest(folded, list(every_pers))
        figures.right_exact += folded in every_pers
        figures.right_overlap += f1 >= OVERLAP
        if folded not in every_pers:
            figures.spurious.append(Item(sentence.text, text, best))


def score_file(path: Path) -> Figures:
    figures = Figures()
    for sentence in read_sentences(path):
        figures.sentences += 1
        if not gold_persons(sentence):
            continue
        extraction = extract_article(Article(id=sentence.id, text=sentence.text))
        score_sentence(sentence, extraction.officials, figures)
    return figures


# -- output --------------------------------------------------------------------


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "— (0/0)"


def format_figures(label: str, f: Figures) -> str:
    return (
        f"{label:8s} sentences {f.sentences:5d}, with PERS next to OCC {f.with_pairs:3d}: "
        f"recall {_share(f.found_exact, f.gold)}, overlap {_share(f.found_overlap, f.gold)}; "
        f"precision {_share(f.right_exact, f.extracted)}, overlap {_share(f.right_overlap, f.extracted)}"
    )


def format_items(title: str, items: list[Item], other: str) -> str:
    lines = [f"\n{title} (first {min(SHOW, len(items))} of {len(items)}):"]
    for item in items[:SHOW]:
        lines.append(f"  {item.name}   [{other}: {item.best or '—'}]")
        lines.append(f"      {item.sentence}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, default=DEFAULT_FOLDER, help="the Wojood sample folder"
    )
    parser.add_argument(
        "--misses", action="store_true", help=f"list the first {SHOW} misses and spurious names"
    )
    args = parser.parse_args(argv)
    paths = [args.folder / name for name in FILES]
    absent = [str(p) for p in paths if not p.is_file()]
    if absent:
        print(f"wojood_officials: no such file: {', '.join(absent)}", file=sys.stderr)
        return 1
    total = Figures()
    for path in paths:
        figures = score_file(path)
        print(format_figures(path.stem, figures))
        total.add(figures)
    print(format_figures("all", total))
    if args.misses:
        print(format_items("missed persons", total.misses, "closest official"))
        print(format_items("spurious officials", total.spurious, "closest PERS"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
