"""The extraction pipeline: one article in, one `Extraction` out.

Each stage is a function `stage(doc) -> None` that reads what earlier stages
put on the `Doc` and adds its own layer; `PIPELINE` lists them in order, so
the data flows one way: text → tokens → mentions → facts.
"""

from __future__ import annotations

from collections.abc import Callable

from extract.actions import find_actions
from extract.doc import Doc
from extract.institutions import find_bare_parents, find_institutions
from extract.measures import build_projects, find_measures
from extract.model import Article, Extraction
from extract.officials import find_officials
from extract.people import find_persons
from extract.projects import find_projects
from extract.roles import find_roles

Stage = Callable[[Doc], None]

PIPELINE: list[tuple[str, Stage]] = [
    ("persons", find_persons),
    ("roles", find_roles),
    ("institutions", find_institutions),
    ("officials", find_officials),
    ("institution-parents", find_bare_parents),
    ("projects", find_projects),
    ("actions", find_actions),
    ("measures", find_measures),
    ("project-merging", build_projects),
]


def extract_article(article: Article) -> Extraction:
    """Run every extractor over one article."""
    doc = Doc.from_article(article)
    for _, stage in PIPELINE:
        stage(doc)
    return Extraction(
        article=article,
        sentences=doc.sentences,
        officials=doc.officials,
        institutions=list(doc.institutions.values()),
        projects=list(doc.projects.values()),
        actions=doc.actions,
    )
