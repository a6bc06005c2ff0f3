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
        end = report_end(text)
        if end < len(text):  # a site's tag line: no facets from it
            text, words = text[:end], [w for w in words if w[2] <= end]
        listed = columns_list_start(text)  # the titles of other columns report no weapon used
        weapon_text, weapon_words = text, words
        if listed < len(text):
            weapon_text, weapon_words = text[:listed], [w for w in words if w[2] <= listed]
        return Extraction(
            weapons=self.weapons.find(weapon_text, weapon_words),
            locations=self.locations.find(text, words),
            event_dates=self.dates.find(text, published),
        )


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process's shared extractor, built on first use (the gazetteer takes a moment to load)."""
    return Extractor()


def extract(text: str, published: date | datetime | None = None) -> Extraction:
    """Weapons, locations and event dates of ``text``; relative dates resolve against ``published``."""
    return default_extractor()(text, published)
