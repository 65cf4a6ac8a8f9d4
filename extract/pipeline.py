"""The extraction pipeline: one article in, one `Extraction` out.

Each stage is a small function `stage(doc) -> None` that reads what earlier
stages put on the `Doc` and adds its own results; the pipeline is the ordered
list of stage names in `PIPELINE`.
"""

from __future__ import annotations

from extract.model import Article, Extraction
from extract.sentences import split_sentences


def extract_article(article: Article) -> Extraction:
    """Run every extractor over one article."""
    return Extraction(article=article, sentences=split_sentences(article.text))
