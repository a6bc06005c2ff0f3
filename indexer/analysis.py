"""Turning an :class:`Article` into an :class:`AnalysedArticle`: analysis plus facet extraction.

This is the CPU-heavy step, run in worker processes; each process builds its own analyzer and
extractor once (``prepare``) and keeps their caches warm across articles.
"""

from __future__ import annotations

import gc
import hashlib
import signal
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path

from analyzers import default_analyzer

from .article import Article
from .extract import default_extractor
from .extract.types import Extraction, LocationMention
from .schema import AnalysedArticle, encode_record


def facets_to_json(extraction: Extraction) -> dict:
    """The extracted facets as plain JSON (stored with the article, shown by ``get`` and ``:open``)."""
    return {
        "weapons": [
            {"key": w.key, "label": w.label, "label_en": w.label_en, "spans": [[s.start, s.end] for s in w.spans]}
            for w in extraction.weapons
        ],
        "locations": [
            {
                "name": loc.name,
                "name_en": loc.name_en,
                "kind": loc.kind,
                "country": loc.country,
                "path": loc.path,
                "spans": [[s.start, s.end] for s in loc.spans],
            }
            for loc in extraction.locations
        ],
        "event_dates": [
            {"date": d.date, "expr": d.expr, "label_en": d.label_en, "span": [d.span.start, d.span.end]}
            for d in extraction.event_dates
        ],
    }


_first, _second, _third = itemgetter(0), itemgetter(1), itemgetter(2)

# The code and data that decide an article's terms and facets: when any of them changes, what is
# in the index was made by another analysis.
_ROOT = Path(__file__).resolve().parent.parent
_ANALYSIS_SOURCES = ("analyzers/*.py", "analyzers/data/*", "indexer/extract/*.py", "indexer/data/*")


@cache
def analysis_version() -> str:
    """A digest of the analyzer's and the extractors' code and data."""
    digest = hashlib.sha1()
    for pattern in _ANALYSIS_SOURCES:
        for path in sorted(_ROOT.glob(pattern)):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:8]


def indexed_hash(article: Article) -> str:
    """What the index stores to tell whether an article must be analysed again: its content and
    the version of the analysis. After an upgrade, indexing the same files again re-analyses
    them (they count as updated), so their terms and facets come from the new analysis."""
    return f"{article.content_hash()}-{analysis_version()}"


def _views(words) -> tuple[list[str], list[str]]:
    """The exact and stem terms of analysed words (stopwords have no stem term), built in C."""
    analyses = list(map(_first, words))
    return list(map(_first, analyses)), list(filter(None, map(_third, analyses)))


def _unplaced(location: LocationMention) -> bool:
    """A name no gazetteer has (no English name) in no known country: its path is the name
    alone, and indexed it would be counted among the countries. It stays in the stored facets."""
    return len(location.path) == 1 and not location.name_en and location.kind != "country"


def analyse(article: Article) -> AnalysedArticle:
    """Analyse and extract one article with this process's analyzer and extractor."""
    # One analysis of title + body serves both the index views and the extractor.
    text = article.text
    words = default_analyzer().words(text)
    body_start = len(text) - len(article.body)
    split = bisect_left(words, body_start, key=_second)  # the first word of the body
    title_exact, title_stem = _views(words[:split])
    body_exact, body_stem = _views(words[split:])
    extraction = default_extractor()(text, article.published, words)
    record = {
        "id": article.id,
        "title": article.title,
        "body": article.body,
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "published": article.published.isoformat() if article.published else None,
        "facets": facets_to_json(extraction),
    }
    return AnalysedArticle(
        id=article.id,
        hash=indexed_hash(article),
        title_exact=" ".join(title_exact),
        title_stem=" ".join(title_stem),
        body_exact=" ".join(body_exact),
        body_stem=" ".join(body_stem),
        source=article.source,
        published=article.published,
        weapons=extraction.weapon_keys,
        location_paths=[loc.path for loc in extraction.locations if not _unplaced(loc)],
        event_dates=extraction.dates,
        record=encode_record(record),
    )


def ignore_interrupts() -> None:
    """Worker start-up: Ctrl-C is the parent's to handle (it rolls back and reports)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@dataclass
class AnalysisFailure:
    """An article the analysis failed on, in the place of its :class:`AnalysedArticle`."""

    id: str
    error: str


def _analyse_or_fail(article: Article) -> AnalysedArticle | AnalysisFailure:
    # A fault on one article's text must cost that article, not the run and its other articles.
    try:
        return analyse(article)
    except Exception as e:  # noqa: BLE001 - reported with the article's origin by the writer
        return AnalysisFailure(article.id, f"{type(e).__name__}: {e}")


def analyse_batch(articles: list[Article]) -> list[AnalysedArticle | AnalysisFailure]:
    analysed = [_analyse_or_fail(a) for a in articles]
    # The analyzer's and extractors' word caches grow to hundreds of thousands of long-lived
    # objects, which every full run of the cyclic garbage collector would walk again (10-20 %
    # of the analysis time). Analysis makes no reference cycles (tests/test_writer.py checks),
    # so what it keeps is moved out of the collector's sight; the rest is freed by refcounts.
    gc.freeze()
    return analysed
