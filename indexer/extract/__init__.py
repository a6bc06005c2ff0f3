"""Facet extraction: which weapons, places and dates an article reports.

The three extractors share one pass of the analyzer over the text (the same analysis the index
and the query parser use), so a place written بالعراق is found exactly as a query for العراق
finds it.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from functools import lru_cache
from types import ModuleType

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
        self.dates = DateExtractor(self._is_past_verb)

    def _is_past_verb(self, word: str) -> bool:
        """Whether the printed ``word`` is a verb in the perfect's third person (أعلن، وصلت،
        قالوا): not a noun, a verb of change or state (تغير، بات), a first or second person
        (وصلنا), nor a form in ت that is as much an imperfect as a perfect of form V (تقدم، تعرف)."""
        analysed = self.analyzer.words(word)
        if len(analysed) != 1 or analysed[0][0].proclitics.endswith("ال"):
            return False
        base = analysed[0][0].base
        lemma = self.analyzer.stemmer.verbs.lemma(base)
        if lemma is None or lemma in _STATE_VERBS or (base.startswith("ت") and lemma.startswith("ت")):
            return False
        # A perfect begins as its lemma does (أعلنت، دعت، قالوا); an imperfect with its prefix.
        return base.startswith(lemma[:-1]) and base[len(lemma) :] not in _FIRST_PERSONS

    def __call__(self, text: str, published: date | datetime | str | None = None, words=None) -> Extraction:
        """Extract from ``text``; ``published`` is a date, a datetime or an ISO string
        ("2015-08-05", "2015-08-05T10:00"); ``words`` is ``analyzer.words(text)`` when the caller
        has it already."""
        published = _as_date(published)
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


# Verbs after which اليوم is "nowadays" (ما الذي تغير اليوم، صارت اليوم من كبريات الشركات، اتضح
# اليوم خطأ رؤيته), and فهم, as often "so they" as "understood"; normalised as the analyzer does.
_STATE_VERBS = frozenset(
    "تغير اختلف صار بات اصبح اضحي ظل اتضح بدا عاد فهم ولد جاء".split()
)
# Perfect endings of the first and second persons (وصلنا، أعلنتم).
_FIRST_PERSONS = frozenset(("نا", "تم", "تما", "تن"))


# Relative dates reach a few years either side of the publication date (العام قبل الماضي, a
# Hijri year's Gregorian one); a date at the calendar's ends, an export's placeholder for "none"
# (0001-01-01, 9999-12-31), leaves them no room and dates nothing.
_RESOLVABLE = (date(10, 1, 1), date(9990, 12, 31))


def _as_date(published: date | datetime | str | None) -> date | None:
    if isinstance(published, datetime):
        published = published.date()
    elif isinstance(published, str):
        try:
            published = date.fromisoformat(published.strip()[:10])
        except ValueError:
            raise ValueError(f"published: {published!r} is not an ISO date (YYYY-MM-DD)") from None
    if published is not None and not _RESOLVABLE[0] <= published <= _RESOLVABLE[1]:
        return None
    return published


def _up_to(end: int, text: str, words):
    """``text`` and its analysed ``words`` cut at ``end`` (unchanged when ``end`` is its length)."""
    if end >= len(text):
        return text, words
    return text[:end], [w for w in words if w[2] <= end]


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The process's shared extractor, built on first use (the gazetteer takes a moment to load)."""
    return Extractor()


def extract(text: str, published: date | datetime | str | None = None) -> Extraction:
    """Weapons, locations and event dates of ``text``; relative dates resolve against ``published``
    (a date, a datetime or an ISO string)."""
    return default_extractor()(text, published)


class _CallableModule(ModuleType):
    """``indexer.extract`` is this package and the function at once: ``indexer.extract(text)``
    calls :func:`extract`, while ``from indexer.extract import Extractor`` keeps working."""

    def __call__(self, text: str, published: date | datetime | str | None = None) -> Extraction:
        return extract(text, published)


sys.modules[__name__].__class__ = _CallableModule
