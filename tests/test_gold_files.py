"""Validity of the project's own gold articles (tests/gold/own*.jsonl, heldout*.jsonl).

These files measure extraction on articles the rules were not tuned on, so a
line that does not parse, a name that is not in its text or an action that
points nowhere would silently skew every score. Each check runs per article
(parametrised by file and line), so a failure names the record at fault.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extract.model import ACTIONS
from extract.normalize import fold

GOLD_DIR = Path(__file__).parent / "gold"
# file name -> id prefix, the number of articles it must hold at least, and the text lengths allowed
# (own2 adds short wire items and long features, so its range is wider; own3 sits between)
GOLD_FILES = {
    "own.jsonl": ("own-", 18, (600, 1500)),
    "own2.jsonl": ("own2-", 20, (300, 2500)),
    "own3.jsonl": ("own3-", 20, (400, 2200)),
    "own4.jsonl": ("own4-", 20, (400, 2200)),
    "own7.jsonl": ("own7-", 20, (400, 2200)),
    "own8.jsonl": ("own8-", 12, (300, 2200)),
    "own10.jsonl": ("own10-", 17, (500, 2200)),
    "own11.jsonl": ("own11-", 15, (500, 2200)),
    "own12.jsonl": ("own12-", 18, (500, 2200)),
    "own13.jsonl": ("own13-", 18, (500, 2200)),
    "own14.jsonl": ("own14-", 18, (500, 2200)),
    "own15.jsonl": ("own15-", 18, (500, 2200)),
    "own16.jsonl": ("own16-", 18, (500, 2200)),
    "own17.jsonl": ("own17-", 16, (500, 2200)),
    "own18.jsonl": ("own18-", 16, (500, 2200)),
    "own6.jsonl": ("own6-", 20, (400, 2200)),
    "own5.jsonl": ("own5-", 20, (400, 2200)),
    "own9.jsonl": ("own9-", 15, (500, 2200)),
    "own20.jsonl": ("own20-", 20, (600, 1500)),
    "own19.jsonl": ("own19-", 9, (600, 1500)),
    "own21.jsonl": ("own21-", 20, (500, 2200)),
    "own22.jsonl": ("own22-", 18, (500, 2200)),
    "own23.jsonl": ("own23-", 18, (500, 2200)),
    "own24.jsonl": ("own24-", 18, (500, 2200)),
    "own25.jsonl": ("own25-", 18, (500, 2200)),
    "own26.jsonl": ("own26-", 18, (500, 2200)),
    "own27.jsonl": ("own27-", 18, (500, 2200)),
    "own29.jsonl": ("own29-", 16, (500, 2200)),
    "own30.jsonl": ("own30-", 16, (500, 2200)),
    "own28.jsonl": ("own28-", 16, (500, 2200)),
    "own31.jsonl": ("own31-", 18, (500, 2200)),
    "own32.jsonl": ("own32-", 18, (500, 2200)),
    "own33.jsonl": ("own33-", 18, (500, 2200)),
    "own34.jsonl": ("own34-", 18, (500, 2200)),
    "own35.jsonl": ("own35-", 16, (500, 2200)),
    "own36.jsonl": ("own36-", 16, (500, 2200)),
    "own37.jsonl": ("own37-", 16, (500, 2200)),
    "own38.jsonl": ("own38-", 18, (500, 2200)),
    "own39.jsonl": ("own39-", 18, (500, 2200)),
    "heldout11.jsonl": ("ho11-", 16, (500, 2200)),
    "heldout10.jsonl": ("ho10-", 16, (500, 2200)),
    "heldout12.jsonl": ("ho12-", 16, (500, 2200)),
    "own41.jsonl": ("own41-", 16, (500, 2200)),
    "own42.jsonl": ("own42-", 16, (500, 2200)),
    "own40.jsonl": ("own40-", 16, (500, 2200)),
}
# the shared development set sits beside the repository (see README, "Score extraction")
DEV_JSONL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"

# Active ISO 4217 alphabetic codes (XCG replaces ANG from 2025; both accepted).
ISO_4217 = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
    BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
    GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW
    KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN
    NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK
    SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS
    VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWL""".split()
)

NUMBER = (int, float)
NONE = type(None)
# required keys and their types, per record kind (extra keys such as "optional" are allowed)
SCHEMA: dict[str, dict[str, tuple[type, ...]]] = {
    "article": {
        "id": (str,),
        "text": (str,),
        "officials": (list,),
        "non_officials": (list,),
        "institutions": (list,),
        "projects": (list,),
        "actions": (list,),
    },
    "official": {"name": (str,), "alt_names": (list,), "titles": (list,), "roles": (list,)},
    "role": {"role": (str,), "alt": (list,), "institution": (str, NONE)},
    "institution": {"name": (str,), "alt": (list,), "parent": (str, NONE)},
    "project": {
        "name": (str,),
        "alt": (list,),
        "cost": (*NUMBER, NONE),
        "currency": (str, NONE),
        "area_m2": (*NUMBER, NONE),
    },
    "action": {"official": (str,), "action": (str,), "project": (str,)},
}


def _lines() -> list[tuple[str, int, str]]:
    """(file name, line number, raw line) for every non-blank line of the gold files."""
    out = []
    for name in GOLD_FILES:
        for number, raw in enumerate((GOLD_DIR / name).read_text(encoding="utf-8").splitlines(), 1):
            if raw.strip():
                out.append((name, number, raw))
    return out


LINES = _lines()
LINE_IDS = [f"{name}:{number}" for name, number, _ in LINES]


def _shape_errors(kind: str, record: object, where: str) -> list[str]:
    """Missing keys or wrong types of `record` and of the records nested in it."""
    if not isinstance(record, dict):
        return [f"{where}: {kind} is not an object"]
    errors = [
        f"{where}: {kind}.{key} missing or not {'/'.join(t.__name__ for t in types)}"
        for key, types in SCHEMA[kind].items()
        if key not in record or not isinstance(record[key], types) or isinstance(record[key], bool)
    ]
    nested = {
        "article": {
            "officials": "official",
            "institutions": "institution",
            "projects": "project",
            "actions": "action",
        },
        "official": {"roles": "role"},
    }.get(kind, {})
    for key, child in nested.items():
        for i, item in enumerate(record.get(key) or []):
            errors += _shape_errors(child, item, f"{where}.{key}[{i}]")
    for key in ("alt_names", "titles", "alt", "non_officials"):
        if isinstance(record.get(key), list) and not all(isinstance(x, str) and x for x in record[key]):
            errors.append(f"{where}: {kind}.{key} holds something other than non-empty strings")
    return errors


def _occurs(text: str, *names: str) -> bool:
    """Whether any of `names` occurs in `text`, both folded.

    Clitics before a name are allowed (بمحافظة, لوزارة), including لـ fused with the
    article, which drops its alif: "للهيئة العامة" contains "الهيئة العامة".
    """
    folded = fold(text)
    for name in map(fold, names):
        forms = [name, "لل" + name[2:]] if name.startswith("ال") else [name]
        if name and any(form in folded for form in forms):
            return True
    return False


@pytest.mark.parametrize(("name", "number", "raw"), LINES, ids=LINE_IDS)
def test_line_is_a_json_object_with_required_fields(name: str, number: int, raw: str) -> None:
    article = json.loads(raw)
    assert _shape_errors("article", article, f"{name}:{number}") == []


@pytest.mark.parametrize(("name", "number", "raw"), LINES, ids=LINE_IDS)
def test_id_has_its_file_prefix_and_text_has_article_length(name: str, number: int, raw: str) -> None:
    article = json.loads(raw)
    prefix, _, (shortest, longest) = GOLD_FILES[name]
    assert article["id"].startswith(prefix), f"{name}:{number}: id {article['id']!r} lacks {prefix!r}"
    assert shortest <= len(article["text"]) <= longest, f"{article['id']}: {len(article['text'])} characters"


@pytest.mark.parametrize(("name", "number", "raw"), LINES, ids=LINE_IDS)
def test_optional_metadata_is_well_formed(name: str, number: int, raw: str) -> None:
    """title/url are non-empty strings and date an ISO day, as the graph builder reads them."""
    article = json.loads(raw)
    for key in ("title", "url", "date"):
        if key in article:
            assert isinstance(article[key], str) and article[key].strip(), f"{article['id']}: {key}"
    if "date" in article:
        assert date.fromisoformat(article["date"]).isoformat() == article["date"], article["id"]


@pytest.mark.parametrize(("name", "minimum"), [(n, m) for n, (_, m, _) in GOLD_FILES.items()])
def test_file_holds_enough_articles(name: str, minimum: int) -> None:
    assert sum(1 for n, _, _ in LINES if n == name) >= minimum


def test_ids_are_unique_across_files() -> None:
    ids = [json.loads(raw)["id"] for _, _, raw in LINES]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert duplicates == []


def _dev_records() -> list[dict]:
    if not DEV_JSONL.exists():
        pytest.skip(f"development set not found at {DEV_JSONL}")
    return [json.loads(line) for line in DEV_JSONL.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_ids_are_distinct_from_dev_ids() -> None:
    dev_ids = {d["id"] for d in _dev_records()}
    assert dev_ids & {json.loads(raw)["id"] for _, _, raw in LINES} == set()


def test_no_person_or_project_name_is_taken_from_dev() -> None:
    """Gold people and projects are invented anew, so scores are not inflated by memorised names."""

    def names(article: dict) -> set[str]:
        people = [n for o in article["officials"] for n in [o["name"], *o["alt_names"]]]
        return {
            fold(n) for n in [*people, *article["non_officials"], *(p["name"] for p in article["projects"])]
        }

    dev_names = set().union(*(names(d) for d in _dev_records()))
    reused = {n for _, _, raw in LINES for n in names(json.loads(raw))} & dev_names
    assert reused == set()


# an institution is also implied where the text names its head's post, even with nobody in it
# ("بحضور محافظ قنا" → محافظة قنا, "وزير البلديات والإسكان" → وزارة البلديات والإسكان)
HEAD_OF = {"وزارة": "وزير", "محافظة": "محافظ", "إمارة": "أمير"}


def _head_post(institution: str) -> str | None:
    """The post of the institution's head ("وزارة المالية" → "وزير المالية"), if the pattern has one."""
    first, _, rest = institution.partition(" ")
    return f"{HEAD_OF[first]} {rest}" if first in HEAD_OF and rest else None


@pytest.mark.parametrize(("name", "number", "raw"), LINES, ids=LINE_IDS)
def test_names_occur_in_the_text(name: str, number: int, raw: str) -> None:
    """Officials, non-officials, institutions and projects are read from the text, not invented.

    Role strings are exempt: they are composed ("نائب محافظ القليوبية" from "نائبى المحافظ").
    An institution may be implied rather than named (وزير الصحة → وزارة الصحة): it passes when
    a role or another institution of the article refers to it, or the text names its head's post.
    """
    article = json.loads(raw)
    text = article["text"]
    implied = {r["institution"] for o in article["officials"] for r in o["roles"]}
    implied |= {i["parent"] for i in article["institutions"]}
    missing = [
        f"official {o['name']}" for o in article["officials"] if not _occurs(text, o["name"], *o["alt_names"])
    ]
    missing += [f"non-official {n}" for n in article["non_officials"] if not _occurs(text, n)]
    missing += [
        f"institution {i['name']}"
        for i in article["institutions"]
        if not _occurs(text, i["name"], *i["alt"])
        and i["name"] not in implied
        and not ((post := _head_post(i["name"])) and _occurs(text, post))
    ]
    missing += [
        f"project {p['name']}" for p in article["projects"] if not _occurs(text, p["name"], *p["alt"])
    ]
    assert missing == [], article["id"]


@pytest.mark.parametrize(("name", "number", "raw"), LINES, ids=LINE_IDS)
def test_references_point_to_records_of_the_same_article(name: str, number: int, raw: str) -> None:
    article = json.loads(raw)
    officials = {o["name"] for o in article["officials"]}
    institutions = {i["name"] for i in article["institutions"]}
    projects = {p["name"] for p in article["projects"]}
    dangling = [
        f"role {r['role']} -> {r['institution']}"
        for o in article["officials"]
        for r in o["roles"]
        if r["institution"] is not None and r["institution"] not in institutions
    ]
    dangling += [
        f"parent of {i['name']} -> {i['parent']}"
        for i in article["institutions"]
        if i["parent"] is not None and i["parent"] not in institutions
    ]
    dangling += [
        f"action official {a['official']}" for a in article["actions"] if a["official"] not in officials
    ]
    dangling += [f"action project {a['project']}" for a in article["actions"] if a["project"] not in projects]
    dangling += [f"action code {a['action']}" for a in article["actions"] if a["action"] not in ACTIONS]
    assert dangling == [], article["id"]


@pytest.mark.parametrize(("name", "number", "raw"), LINES, ids=LINE_IDS)
def test_people_are_listed_once(name: str, number: int, raw: str) -> None:
    """An official appears once (variants go in alt_names) and is never also a non-official."""
    article = json.loads(raw)
    official_names = [fold(o["name"]) for o in article["officials"]]
    assert len(official_names) == len(set(official_names)), article["id"]
    every_variant = {fold(n) for o in article["officials"] for n in [o["name"], *o["alt_names"]]}
    assert every_variant & {fold(n) for n in article["non_officials"]} == set(), article["id"]


@pytest.mark.parametrize(("name", "number", "raw"), LINES, ids=LINE_IDS)
def test_costs_carry_an_iso_4217_currency_and_figures_are_positive(name: str, number: int, raw: str) -> None:
    article = json.loads(raw)
    wrong = []
    for p in article["projects"]:
        if (p["cost"] is None) != (p["currency"] is None):
            wrong.append(f"{p['name']}: cost and currency must be given together")
        if p["currency"] is not None and p["currency"] not in ISO_4217:
            wrong.append(f"{p['name']}: currency {p['currency']!r} is not ISO 4217")
        for key in ("cost", "area_m2"):
            if p[key] is not None and not p[key] > 0:
                wrong.append(f"{p['name']}: {key} {p[key]} is not positive")
    assert wrong == [], article["id"]
