"""Shared fixtures: the seed articles, and the shared corpus when it is beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not any(CORPUS.glob("*.zip")):
        pytest.skip(f"the shared SaudiNewsNet corpus is not at {CORPUS} (only developers and CI have it)")
    return CORPUS


@pytest.fixture(scope="session")
def demo_index_path(tmp_path_factory) -> Path:
    """A real index of everything shipped in seeds/ (the two seeds and the demo corpus)."""
    from indexer.sources import Reader
    from indexer.writer import Writer

    path = tmp_path_factory.mktemp("demo-index")
    with Writer(path) as writer:
        writer.add(Reader().read([SEEDS]))
    return path


@pytest.fixture(scope="session")
def demo_index(demo_index_path):
    from search import Index

    return Index.open(demo_index_path)
