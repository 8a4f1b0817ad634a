"""Shared fixtures: the seed article, the loaded extractor, a CLI runner, the shared dev data."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

from kg.document import read_article
from kg.model import Article, Extraction

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5a7ceb3fc77585f0.txt"
SHARED = ROOT.parent / "shared"

# CI machines are slow and shared: no deadlines for property tests.
settings.register_profile("ci", deadline=None, max_examples=60)
# By hand: pytest tests/test_fuzz.py --hypothesis-profile=long
settings.register_profile("long", deadline=None, max_examples=2000)
settings.load_profile("ci")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Regenerate tests/golden files from the pipeline (review the diff!).")


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared dev data folder; tests that need it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"shared dev data not found at ../shared (looked in {SHARED.name} beside the repo)")
    return SHARED


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_article(SEED)


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from kg.extract import Extractor

    return Extractor.load()


@pytest.fixture(scope="session")
def nlp(extractor):  # type: ignore[no-untyped-def]
    """The spaCy pipeline, loaded once for the whole run."""
    return extractor.nlp


@pytest.fixture(scope="session")
def lexicon(extractor):  # type: ignore[no-untyped-def]
    """The CAMEO lexicon, loaded once for the whole run."""
    return extractor.lexicon


@pytest.fixture(scope="session")
def seed_extraction(extractor, seed_article: Article) -> Extraction:  # type: ignore[no-untyped-def]
    from kg.extract import extract_articles

    (result,) = list(extract_articles([seed_article], extractor))
    assert isinstance(result, Extraction)
    return result


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()
