"""Acceptance on the user's own article: build it, query it, validate it.

The expectations are read at test time from the gold annotation of the seed
article in ../shared/eval/dev.jsonl (its first record), so no person or
project name is written into the test itself.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from extract.normalize import fold
from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "seed-article.txt"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="module")
def seed_gold() -> dict:
    if not DEV.exists():
        pytest.skip(f"{DEV} is not here (the shared evaluation folder sits beside the repository)")
    return json.loads(DEV.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed")
    assert main(["build", str(SEED), "--out", str(out), "--quiet"]) == 0
    return out


def query_rows(built: Path, name: str, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["query", name, "--graph", str(built / "graph.ttl"), "--format", "csv"]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_every_official_of_the_seed_with_the_role_stated(built: Path, seed_gold: dict, capsys) -> None:
    rows = query_rows(built, "officials", capsys)
    got = {(fold(r["name"]), fold(r["role"])) for r in rows}
    for official in seed_gold["officials"]:
        names = {fold(n) for n in [official["name"], *official["alt_names"]]}
        for role in official["roles"]:
            roles = {fold(x) for x in [role["role"], *role["alt"]]}
            assert any(n in names and r in roles for n, r in got), (official["name"], role["role"])


def test_projects_of_the_seed_with_cost_and_area(built: Path, seed_gold: dict, capsys) -> None:
    rows = query_rows(built, "projects", capsys)
    for project in seed_gold["projects"]:
        if project["cost"] is None:
            continue
        names = {fold(x) for x in [project["name"], *project["alt"]]}
        row = next(r for r in rows if fold(r["name"]) in names)
        assert float(row["cost"]) == project["cost"] and row["currency"] == project["currency"]
        if project["area_m2"] is not None:
            assert float(row["area_m2"]) == project["area_m2"]


def test_the_seed_graph_conforms_to_the_shapes(built: Path) -> None:
    assert main(["validate", "--graph", str(built / "graph.ttl")]) == 0


def test_every_fact_points_back_to_its_text(built: Path, capsys) -> None:
    text = SEED.read_text(encoding="utf-8")
    capsys.readouterr()
    sparql = (
        "SELECT ?b ?e ?s WHERE { ?m a agk:Mention ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?s }"
    )
    assert main(["query", sparql, "--graph", str(built / "graph.ttl"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows
    for r in rows:
        assert text[int(r["b"]) : int(r["e"])] == r["s"]
