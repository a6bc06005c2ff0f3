"""The extraction function as the library offers it: ``indexer.extract(text, published=None)``."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import indexer
from indexer.extract import Extraction, Extractor


def test_indexer_extract_is_the_function_and_the_package(seed_texts):
    found = indexer.extract(seed_texts[0])
    assert isinstance(found, Extraction)
    assert found.weapon_keys == ["drone", "missile"]
    assert isinstance(Extractor(), Extractor)  # the package's names are still importable


def test_results_read_as_attributes_or_as_mapping_keys(seed_texts):
    found = indexer.extract(seed_texts[0])
    assert found["weapons"] is found.weapons
    assert {w["key"] for w in found["weapons"]} == {"drone", "missile"}
    ain_al_asad = next(loc for loc in found["locations"] if loc["name"] == "عين الأسد")
    assert ain_al_asad["kind"] == "site" and ain_al_asad["country"] == "العراق"
    assert ain_al_asad["parents"] == ["الأنبار", "العراق"]
    first = found["event_dates"][0]
    assert first["expr"] == seed_texts[0][first["span"]["start"] : first["span"]["end"]]
    assert "weapons" in found and "title" not in found
    assert found.get("title") is None
    with pytest.raises(KeyError):
        found["title"]


@pytest.mark.parametrize(
    "published", ["2024-08-06", "2024-08-06T09:30:00", date(2024, 8, 6), datetime(2024, 8, 6, 9, 30)]
)
def test_published_may_be_a_date_a_datetime_or_an_iso_string(published):
    found = indexer.extract("قصفت طائرات مسيرة القاعدة أمس", published)
    assert found.dates == ["2024-08-05"]


def test_a_published_value_that_is_no_date_is_named_in_the_error():
    with pytest.raises(ValueError, match="published: '6 August' is not an ISO date"):
        indexer.extract("نص", "6 August")


@pytest.mark.parametrize("published", [date(1, 1, 1), "9999-12-31"])
def test_a_placeholder_date_at_the_calendar_s_ends_dates_nothing_relative(published):
    # An export's "no date" (0001-01-01) leaves أمس and العام الماضي nothing to count from.
    found = indexer.extract("قصفت طائرات مسيرة القاعدة أمس، كما في العام الماضي وفي 5 يوليو 2015", published)
    assert found.dates == ["2015-07-05"]
