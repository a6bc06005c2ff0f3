"""Facet counts for a query: weapons, places at the current level, sources, a date histogram.

One ``Searcher.aggregate`` call computes them all: terms aggregations on the fast raw fields
(``weapon``, ``source``, ``loc_1`` … ``loc_4``) and a daily ``date_histogram`` on ``published``,
rolled up to months in Python when the range is long (Tantivy takes only ``fixed_interval``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone

import tantivy

from indexer.schema import LOCATION_LEVELS, PATH_SEPARATOR

from .results import FacetCounts, FacetValue

TOP_WEAPONS = 20
TOP_PLACES = 15
TOP_SOURCES = 20
PLACE_BUCKETS = 2000  # places counted before filtering to the current level's parent
MONTHS_AFTER_DAYS = 62  # a histogram over more days than this is drawn per month


def location_level(paths: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The parent whose children are counted: the deepest location filter, capped to the deepest level."""
    if not paths:
        return ()
    deepest = max(paths, key=len)
    return deepest[: len(LOCATION_LEVELS) - 1]


def count_facets(
    searcher: tantivy.Searcher,
    query: tantivy.Query,
    level: tuple[str, ...],
    weapon_label: Callable[[str], tuple[str, str]],
    place_label: Callable[[str], str],
) -> FacetCounts:
    """Facet counts of ``query``; places are the children of ``level`` (countries when empty)."""
    place_field = LOCATION_LEVELS[len(level)]
    aggs = {
        "weapons": {"terms": {"field": "weapon", "size": TOP_WEAPONS}},
        "sources": {"terms": {"field": "source", "size": TOP_SOURCES}},
        "places": {"terms": {"field": place_field, "size": PLACE_BUCKETS if level else TOP_PLACES}},
        "dates": {"date_histogram": {"field": "published", "fixed_interval": "1d"}},
    }
    result = searcher.aggregate(query, aggs)
    counts = FacetCounts(location_level=level)
    for bucket in result["weapons"]["buckets"]:
        label, label_en = weapon_label(bucket["key"])
        counts.weapons.append(FacetValue(bucket["key"], label, bucket["doc_count"], label_en))
    for bucket in result["sources"]["buckets"]:
        counts.sources.append(FacetValue(bucket["key"], bucket["key"], bucket["doc_count"]))
    prefix = PATH_SEPARATOR.join(level) + PATH_SEPARATOR if level else ""
    for bucket in result["places"]["buckets"]:
        value = bucket["key"]
        if prefix and not value.startswith(prefix):
            continue
        name = value.rsplit(PATH_SEPARATOR, 1)[-1]
        counts.locations.append(FacetValue(value, name, bucket["doc_count"], place_label(value)))
        if len(counts.locations) >= TOP_PLACES:
            break
    counts.dates, counts.date_interval = _histogram(result["dates"]["buckets"])
    return counts


def _histogram(buckets: list[dict]) -> tuple[list[FacetValue], str]:
    days = [
        (datetime.fromtimestamp(b["key"] / 1000, tz=timezone.utc).date(), b["doc_count"]) for b in buckets
    ]
    while days and days[0][1] == 0:
        days.pop(0)
    while days and days[-1][1] == 0:
        days.pop()
    if len(days) <= MONTHS_AFTER_DAYS:
        return [FacetValue(d.isoformat(), d.isoformat(), n) for d, n in days], "day"
    months: Counter[str] = Counter()
    for d, n in days:
        months[d.strftime("%Y-%m")] += n
    return [FacetValue(m, m, n) for m, n in sorted(months.items())], "month"
