"""Across articles: one node per official, two for two people of one name, tenure over dates.

Built from tests/corpora/tenure/ (14 invented articles in .txt, .html and .jsonl about the
governors of البحيرة, a succession, and a governor of المنوفية who shares a short name with
one of them); what they must give is in its EXPECTED.json, written with the articles.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extract.model import Article
from extract.normalize import fold
from kg.build import build
from kg.facts import ArticleFacts, Sighting, line_key
from kg.identity import CONFLICT_DAYS, Identities
from kg.inputs import read_inputs
from kg.query import resolve_query
from kg.store import Manifest, open_read_only
from kg.vocab import entity_iri

CORPUS = Path(__file__).parent / "corpora" / "tenure"
EXPECTED = json.loads((CORPUS / "EXPECTED.json").read_text(encoding="utf-8"))
UNDATED = {"menoufia-executive-council": "2024-02-07", "edku-fish-market": "2025-05-13"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus copied, with the undated text files' modification days set (git keeps none)."""
    folder = tmp_path_factory.mktemp("tenure") / "news"
    shutil.copytree(CORPUS, folder)
    for stem, day in UNDATED.items():
        when = datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC).timestamp()
        os.utime(folder / f"{stem}.txt", (when, when))
    return folder


@pytest.fixture(scope="module")
def built(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tenure-out")
    report = build([corpus], out, quiet=True, jobs=1)
    assert report.exit_status == 0 and report.articles == len(EXPECTED["articles"])
    return out


def rows(out: Path, query: str, **params: str) -> list[dict[str, str]]:
    with open_read_only(out) as store:
        table = store.query(resolve_query(query)[0], params, source=query)
    return [{v: (t.value if t else "") for v, t in zip(table.vars, row, strict=True)} for row in table.rows]


# -- real inputs: a mixed folder, each article dated ---------------------------------------


def test_mixed_folder_reads_every_article_with_its_date(corpus: Path) -> None:
    articles = {a.id: a for a in read_inputs([corpus]) if isinstance(a, Article)}
    assert set(articles) == set(EXPECTED["articles"])
    for aid, want in EXPECTED["articles"].items():
        assert articles[aid].date == want["date"], aid
    sources = {a.date_source for a in articles.values()}
    assert sources == {"first-line", "page", "record", "file-modified"}


def test_saved_pages_give_text_title_and_url_but_no_boilerplate(corpus: Path) -> None:
    pages = [a for a in read_inputs([corpus]) if isinstance(a, Article) and a.source.endswith(".html")]
    assert len(pages) == 3
    for page in pages:
        assert page.title and page.url and page.url.startswith("https://")
        assert "<" not in page.text and "function" not in page.text
        for name in EXPECTED["not_officials"]["html_boilerplate_names"]:
            assert name not in page.text


# -- identity across articles ------------------------------------------------------------


def persons_of(out: Path, official: dict) -> set[str]:
    """The person IRIs the officials query gives for an expected official's names in its articles."""
    names = {fold(n) for n in official["names"]}
    return {
        r["person"]
        for r in rows(out, "officials")
        if r["article"] in official["articles"] and fold(r["name"]) in names
    }


@pytest.mark.parametrize("official", EXPECTED["officials"], ids=lambda o: o["id"])
def test_each_official_is_one_node_whatever_the_spelling(built: Path, official: dict) -> None:
    found = persons_of(built, official)
    assert len(found) == 1, (official["id"], found)
    seen_in = {r["article"] for r in rows(built, "officials") if r["person"] in found}
    assert set(official["articles"]) <= seen_in


def test_two_people_sharing_a_short_name_stay_apart(built: Path) -> None:
    by_id = {o["id"]: o for o in EXPECTED["officials"]}
    first, second = (persons_of(built, by_id[i]) for i in EXPECTED["same_short_name"]["ids"])
    assert first and second and first.isdisjoint(second)


# -- tenure ---------------------------------------------------------------------------------

PROBES = EXPECTED["who_held"]


@pytest.mark.parametrize("probe", PROBES, ids=lambda p: f"{p['post']}@{p['date']}")
def test_who_held_a_post_on_a_day(built: Path, probe: dict) -> None:
    found = rows(built, "who-held", post=probe["post"], date=probe["date"])
    if probe["holder"] is None:
        assert found == []
        return
    (official,) = (o for o in EXPECTED["officials"] if o["id"] == probe["holder"])
    assert [r["holder"] for r in found] == sorted(persons_of(built, official))


@pytest.mark.parametrize("post", sorted(EXPECTED["post_history"]))
def test_post_history_lists_the_holders_in_order_with_their_dates(built: Path, post: str) -> None:
    history = rows(built, "post-history", post=post)
    want = EXPECTED["post_history"][post]
    by_id = {o["id"]: o for o in EXPECTED["officials"]}
    assert [r["holder"] for r in history] == [persons_of(built, by_id[h["holder"]]).pop() for h in want]
    for got, expected in zip(history, want, strict=True):
        assert (got["first_seen"], got["last_seen"]) == (expected["first_seen"], expected["last_seen"])
        assert got["from"] == expected["first_seen"]
        assert got["until"] == (expected["ended"] or "")


def test_person_posts_gives_every_post_with_dates_and_sources(built: Path) -> None:
    official = next(o for o in EXPECTED["officials"] if o["id"] == "A")
    found = rows(built, "person-posts", name=official["names"][0])
    assert len({r["person"] for r in found}) == 1
    (governor,) = [r for r in found if fold(r["post"]) == fold("محافظ البحيرة")]
    assert (governor["from"], governor["until"]) == ("2023-04-18", "2024-12-19")
    assert set(governor["sources"].split()) == set(official["articles"])
    assert "former" in governor["statuses"] and "current" in governor["statuses"]


def test_a_unit_of_the_governorate_is_part_of_it(built: Path) -> None:
    hierarchy = rows(built, "institutions")
    parents = {fold(r["name"]): fold(r["parent"]) for r in hierarchy if r["parent"]}
    assert parents[fold("ديوان عام محافظة البحيرة")] == fold("محافظة البحيرة")
    spellings = {fold(r["name"]) for r in hierarchy if fold(r["name"]).endswith(fold("البحيرة"))}
    assert fold("محافظة البحيرة") in spellings and fold("محافظه البحيره") == fold("محافظة البحيرة")


# -- the identity rule itself, both directions ------------------------------------------------


def facts(article: str, when: str | None, *sightings: Sighting) -> ArticleFacts:
    return ArticleFacts(article, "", "", "", [], b"", 0, when, list(sightings))


def governor(name: str, place: str, status: str = "current") -> Sighting:
    key = fold(name)
    return Sighting(key, name, fold(f"محافظ {place}"), "محافظ", fold(f"محافظة {place}"), status, key)


@pytest.mark.parametrize(
    ("second_date", "second_place", "same"),
    [
        ("2024-03-10", "البحيرة", True),  # same post: same person
        ("2024-03-10", "الغربية", False),  # two governorates at once: two people
        (None, "الغربية", False),  # no date: cannot rule out "at once", keep apart
        ("2026-01-01", "الغربية", True),  # far apart in time: moved from one post to the next
    ],
)
def test_same_name_is_split_only_on_conflicting_posts(
    second_date: str | None, second_place: str, same: bool
) -> None:
    people = Identities()
    people.resolve(facts("a", "2024-03-01", governor("سامي علي حسن", "البحيرة")))
    placed = people.resolve(facts("b", second_date, governor("سامي علي حسن", second_place)))
    assert (placed.sightings[0].identity == fold("سامي علي حسن")) is same
    assert CONFLICT_DAYS < (datetime(2026, 1, 1) - datetime(2024, 3, 1)).days


def test_a_former_post_never_conflicts() -> None:
    people = Identities()
    people.resolve(facts("a", "2024-03-01", governor("سامي علي حسن", "البحيرة")))
    placed = people.resolve(facts("b", "2024-03-02", governor("سامي علي حسن", "الغربية", "former")))
    assert placed.sightings[0].identity == fold("سامي علي حسن")


def test_a_short_name_joins_the_one_full_name_holding_its_post() -> None:
    people = Identities()
    people.resolve(facts("a", "2024-03-01", governor("سامي علي حسن", "البحيرة")))
    people.resolve(facts("b", "2024-03-01", governor("سامي فؤاد حسن", "الغربية")))
    placed = people.resolve(facts("c", "2024-04-01", governor("سامي حسن", "الغربية")))
    assert placed.sightings[0].identity == fold("سامي فؤاد حسن")


@pytest.mark.parametrize("stored", [False, True], ids=["in memory", "read from the manifest"])
def test_decisions_are_the_same_when_earlier_sightings_come_from_the_store(
    tmp_path: Path, stored: bool
) -> None:
    """A store's people are read from its manifest only when an article names them
    (Identities._load); the decisions must be those of people held in memory all along."""
    earlier = [
        facts("a", "2024-03-01", governor("سامي علي حسن", "البحيرة")),
        facts("b", "2024-03-05", governor("نادر كمال الدين", "قنا")),
        facts("c", "2024-05-01", governor("سامي علي حسن", "البحيرة")),
    ]
    people = Identities()
    placed = [people.resolve(f) for f in earlier]
    if stored:
        manifest = Manifest(tmp_path / "kg-articles.sqlite")
        manifest.commit_added(placed)
        people = Identities(manifest)
    split = people.resolve(facts("d", "2024-06-10", governor("سامي علي حسن", "الغربية")))
    joined = people.resolve(facts("e", "2024-06-11", governor("نادر الدين", "قنا")))
    same = people.resolve(facts("f", "2024-06-12", governor("سامي علي حسن", "البحيرة")))
    assert split.sightings[0].identity == fold("سامي علي حسن") + "~2"  # within 180 days of article c
    assert joined.sightings[0].identity == fold("نادر كمال الدين")
    assert same.sightings[0].identity == fold("سامي علي حسن")


def test_the_node_iris_move_with_the_identity() -> None:
    people = Identities()
    people.resolve(facts("a", "2024-03-01", governor("سامي علي حسن", "البحيرة")))
    key = fold("سامي علي حسن")
    iri = str(entity_iri("person", key))
    line = f'<{iri}> <http://www.w3.org/2000/01/rdf-schema#label> "x"@ar <g> .\n'
    moved = people.resolve(
        ArticleFacts(
            "b", "", "", line, [line_key(line)], b"", 0, "2024-03-02", [governor("سامي علي حسن", "الغربية")]
        )
    )
    assert moved.sightings[0].identity == key + "~2"
    label, apart = moved.shared.splitlines(keepends=True)
    assert label.startswith(f"<{iri}~2> <http://www.w3.org/2000/01/rdf-schema#label>")
    assert apart.startswith(f"<{iri}~2> <http://www.w3.org/2002/07/owl#differentFrom> <{iri}>")
    assert moved.shared_keys == [line_key(label), line_key(apart)]


def test_removing_an_article_updates_the_tenure_it_supported(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    shutil.copytree(corpus, folder)
    out = tmp_path / "out"
    build([folder], out, quiet=True, jobs=1)
    before = rows(out, "post-history", post="محافظ البحيرة")
    assert before[0]["last_seen"] == "2024-08-18"
    (folder / "itay-elbaroud-schools.txt").unlink()  # the governor's last article as governor
    report = build([folder], out, quiet=True, jobs=1, prune=True)
    assert (report.removed, report.extracted) == (1, 0)
    after = rows(out, "post-history", post="محافظ البحيرة")
    assert [r["holder"] for r in after] == [r["holder"] for r in before]
    assert after[0]["last_seen"] == "2024-05-15" and after[0]["until"] == "2024-12-19"


def test_one_name_governing_two_places_at_once_is_two_people_in_the_graph(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(
        "2024-03-10\nتفقد اللواء سامي علي حسن، محافظ البحيرة، أعمال تطوير مستشفى دمنهور العام.\n",
        encoding="utf-8",
    )
    (news / "b.txt").write_text(
        "2024-03-12\nافتتح اللواء سامي علي حسن، محافظ الغربية، مدرسة طنطا الجديدة.\n", encoding="utf-8"
    )
    (news / "c.txt").write_text(
        "2024-04-02\nتابع سامي علي حسن محافظ البحيره أعمال رصف طريق دمنهور.\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    build([news], out, quiet=True, jobs=1)
    people = {r["article"]: r["person"] for r in rows(out, "officials")}
    assert people["a"] == people["c"] != people["b"]
    (apart,) = rows(out, "SELECT ?a ?b WHERE { ?a owl:differentFrom ?b }")
    assert (apart["a"], apart["b"]) == (people["b"], people["a"])
