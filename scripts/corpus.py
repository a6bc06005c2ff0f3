"""Reading the shared SaudiNewsNet corpus (one ZIP a day, each a JSON array) for build scripts.

SaudiNewsNet: 31,030 Arabic newspaper articles, 2015-07-21 .. 2015-08-11, by M. Alhagri (2015),
github.com/ParallelMazen/SaudiNewsNet.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "saudinewsnet"


def iter_articles(corpus: Path = DEFAULT_CORPUS) -> Iterator[dict]:
    """Every article object of every day's ZIP, in date order."""
    for archive in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                if name.endswith(".json"):
                    yield from json.loads(zf.read(name).decode("utf-8"))
