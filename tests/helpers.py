"""Small helpers shared by test modules (fixtures live in conftest.py)."""

from __future__ import annotations

from typing import Any

from kg.document import build_article
from kg.extract import extract_articles
from kg.model import Extraction


def extract_text(extractor: Any, text: str, published: str = "2021-05-04") -> Extraction:
    """Extract one short text written for a test, as an article published on ``published``."""
    article = build_article({"id": "t", "text": text, "published": published}, origin="test")
    result = next(extract_articles([article], extractor))
    assert isinstance(result, Extraction)
    return result
