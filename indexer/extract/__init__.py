"""Facet extraction: which weapons, places and dates an article reports.

The three extractors share one pass of the analyzer over the text (the same analysis the index
and the query parser use), so a place written بالعراق is found exactly as a query for العراق
finds it.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache

from analyzers import Analyzer, default_analyzer

from .dates import DateExtractor
from .locations import LocationExtractor
from .taglines import columns_list_start, report_end
from .types import EventDate, Extraction, LocationMention, Span, WeaponMention
from .weapons import WeaponExtractor

__all__ = [
    "EventDate",
    "Extraction",
    "Extractor",
    "LocationMention",
    "Span",
    "WeaponMention",
    "default_extractor",
    "extract",
]


class Extractor:
    """All three extractors over one analyzer; build once, call per article."""

    def __init__(self, analyzer: Analyzer | None = None) -> None:
        self.analyzer = analyzer or default_analyzer()
        self.weapons = WeaponExtractor(self.analyzer)
        self.locations = LocationExtractor(self.analyzer)
        self.dates = DateExtractor()

    def __call__(self, text: str, published: date | datetime | None = None, words=None) -> Extraction:
        """Extract from ``text``; ``words`` is ``analyzer.words(text)`` when the caller has it already."""
        if isinstance(published, datetime):
            published = published.date()
        if words is None:
            words = self.analyzer.words(text)
        text, words = _up_to(report_end(text), text, words)  # a site's tag line: no facets from it
        # The titles of a columnist's other columns report no weapon used.
        weapon_text, weapon_words = _up_to(columns_list_start(text), text, words)
        return Extraction(
            weapons=self.weapons.find(weapon_text, weapon_words),
            locations=self.locations.find(text, words),
            event_dates=self.dates.find(text, published),
        )


def _up_to(end: int, text: str, words):
    """``text`` and its analysed ``words`` cut at ``end`` (unchanged when ``end`` is its length)."""
    if end >= len(text):
        return text, words
    return text[:end], [w for w in words if w[2] <= end]


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process's shared extractor, built on first use (the gazetteer takes a moment to load)."""
    return Extractor()


def extract(text: str, published: date | datetime | None = None) -> Extraction:
    """Weapons, locations and event dates of ``text``; relative dates resolve against ``published``."""
    return default_extractor()(text, published)
