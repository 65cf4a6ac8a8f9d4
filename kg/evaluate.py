"""Score extraction against gold articles, by the rules of the shared scorer.

`evaluate(GOLD.jsonl)` builds a graph from the gold articles' text, runs the
four contract queries (officials, institutions, projects, actions) and scores
their rows the way `score.py` scores the CSV files of the same queries (see
SCORING.md): folded exact matching, one-to-one greedy matching where gold items
marked `optional` neither reward nor penalise, projects also matched by token
F1 ≥ 0.6, roles and actions counted only where their official (and project)
matched, cost within 0.5 % and the same currency, area within 1 %, and
`kg_f1` the mean of the five F1 figures. The figures must equal the scorer's,
so the folding here is the scorer's own (`score_fold`), not
`extract.normalize.fold`, which also folds ؤ/ئ.

With `misses=True` the report also lists, per article, each missed (false
negative) and spurious (false positive) item next to its sentence, which is
what one needs to see *why* a rule does not generalise.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from extract.model import Article, Extraction
from extract.pipeline import extract_article
from extract.sentences import split_sentences
from kg.dates import iso_date
from kg.errors import KgError
from kg.query import named_queries, rows_of, run_query
from kg.to_rdf import build_graph

KINDS = ("officials", "roles", "institutions", "projects", "actions")
CONTRACT_QUERIES = ("officials", "institutions", "projects", "actions")
PROJECT_TOKEN_F1 = 0.6  # a project name matches when its token F1 reaches this
COST_TOLERANCE = 0.005  # relative
AREA_TOLERANCE = 0.01  # relative
ACTION_FUZZY_WEIGHT = 0.99  # an exactly matched project beats a fuzzily matched one
SENTENCE_WORD_SHARE = 0.5  # --misses: a sentence holding this share of a name's words names it

Row = dict[str, str]
Rows = dict[str, list[Row]]  # article id -> rows of one contract query
Same = Callable[[Any, Any], float]


# -- folding and similarity (exactly the scorer's) ---------------------------

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[^\w\s]|_")
_ALIF = re.compile("[أإآٱ]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def score_fold(text: str | None) -> str:
    """The scorer's folding: NFKC, ASCII digits, no diacritics/tatweel, ا ي ه, no punctuation.

    Unlike `extract.normalize.fold` it keeps ؤ and ئ, and it uses `re`'s \\w, so
    the two can differ; scoring must fold exactly as the scorer does.
    """
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", text).translate(_DIGITS)
    t = _TASHKEEL.sub("", t)
    t = _ALIF.sub("ا", t).replace("ى", "ي").replace("ة", "ه")
    return " ".join(_PUNCT.sub(" ", t).split())


def token_f1(a: str, b: str) -> float:
    """F1 of the (multiset) token overlap of two folded strings."""
    ta, tb = a.split(), b.split()
    if not ta or not tb:
        return 0.0
    common = sum(min(ta.count(w), tb.count(w)) for w in set(ta))
    return 2 * common / (len(ta) + len(tb))


def number(text: str | None) -> float | None:
    """A CSV cell as a number ('' and non-numbers are None)."""
    if text is None or str(text).strip() == "":
        return None
    try:
        return float(str(text).translate(_DIGITS).replace(",", ""))
    except ValueError:
        return None


def folded_names(item: dict, *keys: str) -> set[str]:
    """The folded forms of an item's name fields (strings or lists of strings)."""
    out: set[str] = set()
    for key in keys:
        value = item.get(key)
        if isinstance(value, str):
            out.add(score_fold(value))
        elif isinstance(value, list):
            out.update(score_fold(v) for v in value if v)
    out.discard("")
    return out


# -- counting and matching ---------------------------------------------------


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives of one kind of item."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self) -> dict[str, float | int]:
        """The scorer's figures, rounded to 4 places as it does."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Matching:
    """The outcome of one-to-one matching of gold items with predicted items."""

    tally: Tally
    pairs: list[tuple[Any, Any]]  # (gold item, predicted item)
    missed: list[Any]  # gold items left unmatched (optional ones excluded)
    spurious: list[Any]  # predicted items left unmatched


def is_optional(item: Any) -> bool:
    return isinstance(item, dict) and bool(item.get("optional"))


def match(gold: Sequence[Any], pred: Sequence[Any], same: Same) -> Matching:
    """Greedy one-to-one matching, best similarity first (ties: gold order, then prediction order).

    `same(g, p)` is a similarity in (0, 1], or 0 for no match. A matched optional
    gold item is not a true positive, an unmatched one not a false negative;
    the prediction it matched is not a false positive either.
    """
    candidates = [(same(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)]
    candidates.sort(key=lambda c: -c[0])  # stable: keeps the scorer's tie order
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[Any, Any]] = []
    for score, gi, pi in candidates:
        if score <= 0 or gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gold[gi], pred[pi]))
    missed = [g for gi, g in enumerate(gold) if gi not in used_gold and not is_optional(g)]
    spurious = [p for pi, p in enumerate(pred) if pi not in used_pred]
    tp = sum(1 for g, _ in pairs if not is_optional(g))
    return Matching(Tally(tp, len(spurious), len(missed)), pairs, missed, spurious)


# -- per-article scoring -----------------------------------------------------


@dataclass(slots=True)
class Miss:
    """One item scored wrong: missed (FN), spurious (FP), or a wrong cost/area."""

    kind: str  # officials, roles, institutions, projects, actions, cost, area
    status: str  # missed | spurious | wrong
    parts: tuple[str, ...]  # (name,), (official, role) or (official, action, project)
    note: str = ""  # for a wrong cost or area: gold value ≠ predicted value
    sentence: str = ""  # where it belongs in the article ('' when not found)

    @property
    def item(self) -> str:
        """The item, readable: "name", "official — role", "official action project"."""
        text = " — ".join(self.parts) if self.kind == "roles" else " ".join(self.parts)
        return f"{text}: {self.note}" if self.note else text


@dataclass(slots=True)
class ArticleScore:
    """The tallies of one gold article and, for --misses, its wrong items."""

    id: str
    tallies: dict[str, Tally]
    cost: tuple[int, int] = (0, 0)  # (right, scored)
    area: tuple[int, int] = (0, 0)
    misses: list[Miss] = field(default_factory=list)


def _amount(value: float) -> str:
    """A gold figure for people: 47,000,000 rather than 4.7e+07."""
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def same_name(gold: dict, pred: str) -> float:
    return 1.0 if pred in gold["_names"] else 0.0


def same_project(gold: dict, pred: str) -> float:
    """1 on an exact folded match, else the best token F1 when ≥ PROJECT_TOKEN_F1."""
    if pred in gold["_names"]:
        return 1.0
    best = max((token_f1(pred, n) for n in gold["_names"]), default=0.0)
    return best if best >= PROJECT_TOKEN_F1 else 0.0


def cost_right(gold: dict, row: Row) -> bool:
    value = number(row.get("cost"))
    return (
        value is not None
        and abs(value - gold["cost"]) <= COST_TOLERANCE * gold["cost"]
        and (row.get("currency") or "").upper() == (gold.get("currency") or "").upper()
    )


def area_right(gold: dict, row: Row) -> bool:
    value = number(row.get("area_m2"))
    return value is not None and abs(value - gold["area_m2"]) <= AREA_TOLERANCE * gold["area_m2"]


def score_article(gold: dict, rows: dict[str, list[Row]]) -> ArticleScore:
    """Score one gold article against the contract-query rows of that article.

    `rows` maps each contract query name to its rows for this article (dicts of
    column -> string, '' for unbound). The kinds are scored in order, since roles
    and actions depend on which officials and projects matched.
    """
    scorer = _ArticleScorer(gold, rows)
    scorer.officials()
    scorer.roles()
    scorer.institutions()
    scorer.projects()
    scorer.actions()
    return scorer.result


class _ArticleScorer:
    """Scores one article kind by kind, remembering which officials and projects matched."""

    def __init__(self, gold: dict, rows: dict[str, list[Row]]) -> None:
        self.gold = gold
        self.rows = rows
        self.result = ArticleScore(str(gold["id"]), {})
        self.label = _labels(rows)  # folded -> label as the graph spells it, for readable misses
        self.who: dict[str, str] = {}  # predicted folded official name -> gold name
        self.project_of: dict[str, str] = {}  # predicted folded project name -> gold name
        self.gold_projects = [
            dict(p, _names=folded_names(p, "name", "alt")) for p in gold.get("projects", [])
        ]

    def _record(self, kind: str, m: Matching, gold_parts: Callable[[Any], tuple[str, ...]]) -> None:
        self.result.tallies[kind] = m.tally
        self.result.misses.extend(Miss(kind, "missed", gold_parts(g)) for g in m.missed)
        for p in m.spurious:
            parts = p if isinstance(p, tuple) else (p,)
            self.result.misses.append(Miss(kind, "spurious", tuple(self.label.get(x, x) for x in parts)))

    def _column(self, query: str, column: str) -> list[str]:
        """The distinct non-empty folded values of one column, sorted (the scorer's order)."""
        return sorted({score_fold(r.get(column)) for r in self.rows.get(query, [])} - {""})

    def officials(self) -> None:
        """Exact folded name, or an alternative name."""
        gold = [dict(o, _names=folded_names(o, "name", "alt_names")) for o in self.gold.get("officials", [])]
        m = match(gold, self._column("officials", "name"), same_name)
        self._record("officials", m, lambda g: (g["name"],))
        self.who = {p: g["name"] for g, p in m.pairs}

    def roles(self) -> None:
        """(official, role) pairs, counted only where the official matched."""
        gold = [
            {
                "who": o["name"],
                "role": r["role"],
                "_roles": folded_names(r, "role", "alt"),
                "optional": r.get("optional") or o.get("optional"),
            }
            for o in self.gold.get("officials", [])
            for r in o.get("roles", [])
        ]
        pairs = {
            (score_fold(r.get("name")), score_fold(r.get("role"))) for r in self.rows.get("officials", [])
        }
        pred = sorted(p for p in pairs if p[1])

        def same(g: dict, p: tuple[str, str]) -> float:
            return 1.0 if self.who.get(p[0]) == g["who"] and p[1] in g["_roles"] else 0.0

        self._record("roles", match(gold, pred, same), lambda g: (g["who"], g["role"]))

    def institutions(self) -> None:
        """Exact folded name, or an alternative."""
        gold = [dict(i, _names=folded_names(i, "name", "alt")) for i in self.gold.get("institutions", [])]
        m = match(gold, self._column("institutions", "name"), same_name)
        self._record("institutions", m, lambda g: (g["name"],))

    def projects(self) -> None:
        """Exact or token-F1 name match; then the cost and area of each matched project."""
        first_row: dict[str, Row] = {}
        for r in self.rows.get("projects", []):
            first_row.setdefault(score_fold(r.get("name")), r)
        first_row.pop("", None)
        m = match(self.gold_projects, sorted(first_row), same_project)
        self._record("projects", m, lambda g: (g["name"],))
        self.project_of = {p: g["name"] for g, p in m.pairs}
        for g, p in m.pairs:
            row = first_row[p]
            if g.get("cost") is not None:
                want = f"{_amount(g['cost'])} {g.get('currency') or ''}"
                got = f"{row.get('cost') or '—'} {row.get('currency') or ''}"
                self._measure("cost", cost_right(g, row), g["name"], want, got)
            if g.get("area_m2") is not None:
                got = f"{row['area_m2']} m²" if row.get("area_m2") else "—"
                want = f"{_amount(g['area_m2'])} m²"
                self._measure("area", area_right(g, row), g["name"], want, got)

    def _measure(self, kind: str, right: bool, project: str, want: str, got: str) -> None:
        """Count one scored cost or area of a matched project; a wrong one is also a Miss."""
        ok, scored = getattr(self.result, kind)
        setattr(self.result, kind, (ok + right, scored + 1))
        if not right:
            self.result.misses.append(Miss(kind, "wrong", (project,), f"{want.strip()} ≠ {got.strip()}"))

    def actions(self) -> None:
        """(official, action, project): the official matched, the project matched or close enough."""
        by_name = {g["name"]: g for g in self.gold_projects}
        pred = sorted(
            {
                (score_fold(r.get("official")), (r.get("action") or "").strip(), score_fold(r.get("project")))
                for r in self.rows.get("actions", [])
            }
        )

        def same(g: dict, p: tuple[str, str, str]) -> float:
            if self.who.get(p[0]) != g["official"] or p[1] != g["action"]:
                return 0.0
            if self.project_of.get(p[2]) == g["project"]:
                return 1.0
            gp = by_name.get(g["project"])
            return ACTION_FUZZY_WEIGHT * same_project(gp, p[2]) if gp else 0.0

        gold = [dict(a) for a in self.gold.get("actions", [])]
        self._record("actions", match(gold, pred, same), lambda g: (g["official"], g["action"], g["project"]))


# -- the report --------------------------------------------------------------


@dataclass(slots=True)
class EvalReport:
    """Micro-averaged figures over all gold articles, and per article."""

    articles: list[ArticleScore]
    skipped: list[str] = field(default_factory=list)  # articles whose extraction failed
    with_misses: bool = False

    def tally(self, kind: str) -> Tally:
        total = Tally()
        for a in self.articles:
            total.add(a.tallies[kind])
        return total

    def accuracy(self, what: str) -> float | None:
        ok = sum(getattr(a, what)[0] for a in self.articles)
        n = sum(getattr(a, what)[1] for a in self.articles)
        return round(ok / n, 4) if n else None

    @property
    def kg_f1(self) -> float:
        return round(sum(self.tally(k).prf()["f1"] for k in KINDS) / len(KINDS), 4)

    def as_dict(self) -> dict[str, Any]:
        """The dict `score.py --json` prints (plus per-article detail with misses)."""
        out: dict[str, Any] = {k: self.tally(k).prf() for k in KINDS}
        out["cost_accuracy"] = self.accuracy("cost")
        out["area_accuracy"] = self.accuracy("area")
        out["kg_f1"] = self.kg_f1
        out["articles"] = len(self.articles)
        if self.with_misses:
            out["per_article"] = {
                a.id: {k: [a.tallies[k].tp, a.tallies[k].fp, a.tallies[k].fn] for k in KINDS}
                for a in self.articles
            }
            out["misses"] = {
                a.id: [
                    {"kind": m.kind, "status": m.status, "item": m.item, "sentence": m.sentence}
                    for m in a.misses
                ]
                for a in self.articles
                if a.misses
            }
        if self.skipped:
            out["skipped"] = list(self.skipped)
        return out


def score_rows(golds: Iterable[dict], rows: dict[str, Rows]) -> EvalReport:
    """Score gold records against contract-query rows grouped by query name, then article id."""
    articles = []
    for gold in golds:
        aid = str(gold["id"])
        articles.append(score_article(gold, {q: rows.get(q, {}).get(aid, []) for q in CONTRACT_QUERIES}))
    return EvalReport(articles)


def report_json(report: EvalReport) -> str:
    """The report as JSON text, shaped like `score.py --json`."""
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n"


def format_report(report: EvalReport) -> str:
    """A readable table of the figures; with misses, each article's wrong items and their sentences."""
    lines = [f"{'':13s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]
    for kind in KINDS:
        f = report.tally(kind).prf()
        lines.append(
            f"{kind:13s} {f['p']:6.3f} {f['r']:6.3f} {f['f1']:6.3f} {f['tp']:5d} {f['fp']:5d} {f['fn']:5d}"
        )
    cost, area = report.accuracy("cost"), report.accuracy("area")
    lines.append(f"cost accuracy {_figure(cost)}   area accuracy {_figure(area)}")
    lines.append(f"kg_f1 {report.kg_f1:.3f} over {len(report.articles)} articles")
    for why in report.skipped:
        lines.append(f"skipped: {why}")
    if report.with_misses:
        for article in report.articles:
            if not article.misses:
                continue
            lines.append("")
            lines.append(f"== {article.id}")
            for m in article.misses:
                lines.append(f"  {m.status:8s} {m.kind:12s} {m.item}")
                if m.sentence:
                    lines.append(f"           in: {m.sentence}")
    return "\n".join(lines) + "\n"


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


# -- from a gold file to a report --------------------------------------------


def load_gold(path: Path) -> list[dict]:
    """The gold records of a .jsonl file; a bad line is a KgError naming the file and line."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError as e:
        raise KgError("no such gold file", path) from e
    except (OSError, UnicodeDecodeError) as e:
        raise KgError(f"cannot read gold file: {e}", path) from e
    golds = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise KgError(f"invalid JSON: {e.msg} at column {e.colno}", path, lineno) from e
        if not isinstance(record, dict) or "id" not in record or not isinstance(record.get("text"), str):
            raise KgError('a gold record needs an "id" and a "text"', path, lineno)
        golds.append(record)
    if not golds:
        raise KgError("gold file has no articles", path)
    return golds


def gold_article(record: dict) -> Article:
    """The article as `kg build` reads the same .jsonl record (its date normalised by kg.dates)."""
    when = iso_date(record.get("date"))
    return Article(
        id=str(record["id"]),
        text=record["text"],
        title=record.get("title"),
        date=when,
        url=record.get("url"),
        date_source="record" if when else None,
    )


def extract_golds(golds: Iterable[dict], skipped: list[str]) -> list[Extraction]:
    """Extract every gold article; one that fails is reported in `skipped` and scores as empty.

    Like `kg build`, an extractor bug must not hide the other articles' figures;
    KG_DEBUG=1 lets it raise with its traceback.
    """
    extractions = []
    for record in golds:
        article = gold_article(record)
        try:
            extractions.append(extract_article(article))
        except Exception as e:  # reported in the report, never silent
            if os.environ.get("KG_DEBUG"):
                raise
            skipped.append(f"{article.id}: extraction failed: {type(e).__name__}: {e}")
    return extractions


def contract_rows(graph: Graph) -> dict[str, Rows]:
    """Each contract query's rows, grouped by article id, as the CSV files would hold them.

    The queries are found like `kg query` finds them (kg.resources, else the source tree).
    """
    queries = named_queries()
    out: dict[str, Rows] = {}
    for name in CONTRACT_QUERIES:
        if name not in queries:
            raise KgError(f"contract query {name}.rq not found in the queries folder")
        path = queries[name]
        header, table = rows_of(run_query(graph, path.read_text(encoding="utf-8"), source=str(path)))
        grouped: Rows = defaultdict(list)
        for values in table:
            row = {k: v.strip() for k, v in zip(header, values, strict=True)}
            grouped[row.get("article", "")].append(row)
        out[name] = dict(grouped)
    return out


def score_graph(golds: Sequence[dict], graph: Graph, *, misses: bool = False) -> EvalReport:
    """Score the contract queries' answers on `graph` against the gold records."""
    report = score_rows(golds, contract_rows(graph))
    if misses:
        report.with_misses = True
        add_sentences(report, golds, graph)
    return report


def evaluate(gold_path: Path, *, misses: bool = False) -> EvalReport:
    """Build the gold articles, run the contract queries and score them like score.py."""
    golds = load_gold(Path(gold_path))
    skipped: list[str] = []
    graph = build_graph(extract_golds(golds, skipped))
    report = score_graph(golds, graph, misses=misses)
    report.skipped = skipped
    return report


# -- where each wrong item belongs -------------------------------------------

_EVIDENCE = """
SELECT ?article ?label ?sentence ?begin WHERE {
  ?mention itsrdf:taIdentRef ?entity ;
           nif:referenceContext/dcterms:identifier ?article ;
           nif:beginIndex ?begin ;
           nif:sentence/nif:anchorOf ?sentence .
  ?entity rdfs:label ?label .
}
ORDER BY ?article ?begin
"""

_ACTION_EVIDENCE = """
SELECT ?article ?official ?action ?project ?sentence ?begin WHERE {
  VALUES (?kind ?action) {
    (agk:Inspection "inspected") (agk:Opening "opened") (agk:FoundationLaying "laid_foundation")
    (agk:Approval "approved") (agk:FollowUp "followed_up") (agk:Launch "launched")
  }
  ?act a ?kind ;
       prov:wasAssociatedWith/rdfs:label ?official ;
       agk:project/rdfs:label ?project ;
       prov:wasDerivedFrom ?mention .
  ?mention nif:referenceContext/dcterms:identifier ?article ;
           nif:beginIndex ?begin ;
           nif:sentence/nif:anchorOf ?sentence .
}
ORDER BY ?article ?begin
"""


def graph_sentences(graph: Graph) -> dict[tuple[str, ...], str]:
    """(article, folded label) and (article, official, action, project) → the first source sentence."""
    found: dict[tuple[str, ...], str] = {}
    for row in graph.query(_EVIDENCE):
        found.setdefault((str(row.article), score_fold(str(row.label))), str(row.sentence))
    for row in graph.query(_ACTION_EVIDENCE):
        key = (str(row.article), score_fold(str(row.official)), str(row.action), score_fold(str(row.project)))
        found.setdefault(key, str(row.sentence))
    return found


def text_sentence(text: str, name: str) -> str:
    """The first sentence of `text` whose folded form contains the folded `name`; failing
    that, the first one holding the largest share (at least half) of the name's words."""
    wanted = score_fold(name)
    if not wanted:
        return ""
    sentences = [(span.of(text), score_fold(span.of(text))) for span in split_sentences(text)]
    for sentence, folded in sentences:
        if wanted in folded:
            return sentence
    words = set(wanted.split())
    best, share = "", SENTENCE_WORD_SHARE
    for sentence, folded in sentences:
        found = len(words & set(folded.split())) / len(words)
        if found > share or (found == share and not best):
            best, share = sentence, found
    return best


def add_sentences(report: EvalReport, golds: Sequence[dict], graph: Graph) -> None:
    """Attach to every wrong item the sentence it belongs to (graph evidence, else text search)."""
    texts = {str(g["id"]): g["text"] for g in golds}
    evidence = graph_sentences(graph)
    for article in report.articles:
        text = texts[article.id]
        for m in article.misses:
            m.sentence = _sentence_of(m, article.id, text, evidence)


def _sentence_of(m: Miss, aid: str, text: str, evidence: dict[tuple[str, ...], str]) -> str:
    """A spurious item's source sentence from the graph; else the first sentence naming it."""
    if m.kind == "roles":
        who, role = m.parts
        keys, names = [(aid, score_fold(role)), (aid, score_fold(who))], [who, role]
    elif m.kind == "actions":
        official, action, project = m.parts
        keys, names = [(aid, score_fold(official), action, score_fold(project))], [project, official]
    else:
        keys, names = [(aid, score_fold(m.parts[0]))], [m.parts[0]]
    if m.status == "spurious":
        for key in keys:
            if key in evidence:
                return evidence[key]
    return next((found for found in (text_sentence(text, n) for n in names) if found), "")


def _labels(rows: dict[str, list[Row]]) -> dict[str, str]:
    """Folded name → the label as the rows spell it (officials, institutions, projects)."""
    out: dict[str, str] = {}
    for name, column in (
        ("officials", "name"),
        ("officials", "role"),
        ("institutions", "name"),
        ("projects", "name"),
        ("actions", "official"),
        ("actions", "project"),
    ):
        for r in rows.get(name, []):
            value = r.get(column) or ""
            out.setdefault(score_fold(value), value)
    return out


__all__ = [
    "KINDS",
    "CONTRACT_QUERIES",
    "score_fold",
    "token_f1",
    "number",
    "Tally",
    "Matching",
    "match",
    "Miss",
    "ArticleScore",
    "EvalReport",
    "score_article",
    "score_rows",
    "load_gold",
    "contract_rows",
    "extract_golds",
    "score_graph",
    "evaluate",
    "format_report",
    "report_json",
]
