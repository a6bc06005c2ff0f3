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
