"""Searching: the Arabic query language, ranking, facet counts, snippets and the library API.

Most tests run on a real index of everything shipped in seeds/ (the two seed articles and the
3,000-article demo corpus drawn from SaudiNewsNet).
"""

from __future__ import annotations

import re

import pytest

from analyzers import default_analyzer
from search import Index, QueryError

SEED_TITLE = "صواريخ تستهدف قاعدة عين الأسد بالعراق ولا إصابات"


def texts(index: Index, results) -> list[str]:
    out = []
    for hit in results.hits:
        record = index.get(hit.id)
        out.append(f"{record['title']}\n{record['body']}")
    return out


def all_hits(index: Index, query: str, **kwargs):
    results = index.search(query, limit=1000, facets=False, **kwargs)
    return results, texts(index, results)


# -- Arabic matching -------------------------------------------------------------------------------


def test_singular_finds_articles_that_only_have_the_broken_plural_with_clitics(demo_index):
    results, bodies = all_hits(demo_index, "صاروخ")
    only_plural = [t for t in bodies if "صاروخ" not in t and re.search(r"(الصواريخ|بصواريخ)", t)]
    assert only_plural, "some hits mention only الصواريخ / بصواريخ"


def test_bare_alef_finds_hamza_spelling(demo_index):
    results = demo_index.search("عين الاسد", limit=5)
    assert SEED_TITLE in [h.title for h in results.hits]


def test_diacritised_query_finds_plain_text_and_the_reverse(demo_index):
    plain = demo_index.search("صواريخ", limit=1000, facets=False).total
    vocalised = demo_index.search("صَوَارِيخُ", limit=1000, facets=False).total
    assert plain == vocalised > 0
    # The seed writes بمسيّرتين with a shadda; a plain query finds it.
    _, bodies = all_hits(demo_index, "بمسيرتين")
    assert any("بمسيّرتين" in t for t in bodies)


def test_facet_filters_return_the_seeds(demo_index):
    results = demo_index.search("weapon:drone location:العراق", limit=50)
    titles = [h.title for h in results.hits]
    bodies = texts(demo_index, results)
    assert SEED_TITLE in titles
    assert any(t.startswith("\nأفادت مصادر أمنية عراقية") or "أفادت مصادر أمنية عراقية" in t for t in bodies)


def test_a_country_filter_counts_the_places_inside_it(demo_index):
    iraq = demo_index.search("location:العراق", limit=1, facets=False).total
    anbar = demo_index.search("location:الأنبار", limit=1, facets=False).total
    anbar_only = demo_index.search("location:الأنبار NOT location:العراق", limit=1, facets=False).total
    assert anbar > 0 and anbar_only == 0 and iraq >= anbar


def test_location_facet_drills_from_countries_to_regions(demo_index):
    top = demo_index.search("location:العراق").facets
    assert top.location_level == ("العراق",)
    assert top.locations and all(v.value.startswith("العراق/") for v in top.locations)
    countries = demo_index.search("صواريخ").facets
    assert countries.location_level == ()
    assert "العراق" in [v.value for v in countries.locations]


# -- the query language ----------------------------------------------------------------------------


def total(index: Index, query: str, **kwargs) -> int:
    return index.search(query, limit=1, facets=False, **kwargs).total


def test_and_is_the_default_and_or_widens(demo_index):
    a, b = total(demo_index, "صاروخ"), total(demo_index, "هاون")
    both = total(demo_index, "صاروخ هاون")
    assert both == total(demo_index, "صاروخ AND هاون") == total(demo_index, "صاروخ و هاون")
    either = total(demo_index, "صاروخ OR هاون")
    assert either == total(demo_index, "صاروخ أو هاون")
    assert both <= min(a, b) and either == a + b - both


def test_not_and_minus_exclude(demo_index):
    a, both = total(demo_index, "صاروخ"), total(demo_index, "صاروخ هاون")
    assert total(demo_index, "صاروخ NOT هاون") == total(demo_index, "صاروخ -هاون") == a - both


def test_grouping(demo_index):
    grouped = total(demo_index, "(صاروخ OR قذيفة) AND غارة")
    assert grouped == total(demo_index, "صاروخ غارة") + total(demo_index, "قذيفة غارة") - total(demo_index, "صاروخ قذيفة غارة")


def test_phrase_is_stricter_than_words_and_slop_loosens_it(demo_index):
    words = total(demo_index, "التحالف العربي")
    phrase = total(demo_index, '"التحالف العربي"')
    sloppy = total(demo_index, '"التحالف العربي"~3')
    assert 0 < phrase <= sloppy <= words


def test_prefix(demo_index):
    assert total(demo_index, "صاروخ*") >= total(demo_index, "صاروخ") > 0
    results = demo_index.search("صاروخ*", limit=20)
    marked = [s.text[a:b] for h in results.hits for s in h.snippets for a, b in s.spans]
    assert any(m.startswith(("صاروخ", "الصاروخ")) and m not in ("صاروخ",) for m in marked)


def test_fuzzy_matches_a_misspelling(demo_index):
    assert total(demo_index, "صاروح") == 0
    assert total(demo_index, "صاروح~") > 0


def test_exact_form_operator_skips_stemming(demo_index):
    exact = total(demo_index, "=الصواريخ")
    stemmed = total(demo_index, "الصواريخ")
    assert 0 < exact < stemmed


def test_field_scope_title(demo_index):
    assert 0 < total(demo_index, "title:غارة") < total(demo_index, "غارة")


def test_date_forms(demo_index):
    day = total(demo_index, "date:2015-07-22")
    month = total(demo_index, "date:2015-07")
    assert 0 < day < month
    week = total(demo_index, "date:2015-07-21..2015-07-27")
    assert day <= week <= month
    after = total(demo_index, "date:>=2015-08-01")
    assert after + month == total(demo_index, "date:2015")
    assert total(demo_index, "date:[2015-07-21 TO 2015-07-27]") == week


def test_event_date_filter(demo_index):
    assert total(demo_index, "event:2015-07") > 0


def test_sort_by_date(demo_index):
    newest = demo_index.search("غارات sort:-date", limit=20).hits
    days = [h.published for h in newest]
    assert days == sorted(days, reverse=True)
    oldest = demo_index.search("غارات", sort="date", limit=20).hits
    assert [h.published for h in oldest] == sorted(h.published for h in oldest)


def test_weapon_facet_value_in_arabic_or_english(demo_index):
    assert total(demo_index, "weapon:drone") == total(demo_index, "weapon:مسيرة") > 0


def test_source_filter(demo_index):
    assert 0 < total(demo_index, "source:okaz") < total(demo_index, "date:2015")


# -- plain-text mode and errors ----------------------------------------------------------------------


def test_plain_text_mode_reads_operators_and_quotes_as_text(demo_index):
    question = '-"هل سقطت صواريخ على عين الأسد؟'
    results = demo_index.search(question, syntax=False, limit=5)
    assert SEED_TITLE in [h.title for h in results.hits]


@pytest.mark.parametrize(
    "query, message",
    [
        ('"عين الأسد', "unfinished phrase"),
        ("(صاروخ OR هاون", "never closed"),
        ("صاروخ)", "never opened"),
        ("foo:bar", "unknown field 'foo'; fields are:"),
        ("weapon:sword", "unknown weapon 'sword'; weapons are:"),
        ("location:أتلانتس", "unknown place"),
        ("date:2015-13-01", "not a valid date"),
        ("source:nowhere", "unknown source"),
        ("sort:sideways", "unknown sort"),
    ],
)
def test_bad_queries_get_a_clear_message(demo_index, query, message):
    with pytest.raises(QueryError, match=re.escape(message)):
        demo_index.search(query)


def test_query_error_points_at_the_position():
    from search.query import QueryError as Error

    error = Error("x", "abc foo:bar", 4)
    assert error.caret().splitlines()[1] == "    ^"


# -- snippets and facets ---------------------------------------------------------------------------


def test_snippets_mark_the_original_text_with_diacritics(demo_index):
    results = demo_index.search("مسيرتين", limit=50)
    spans = [s.text[a:b] for h in results.hits for s in h.snippets for a, b in s.spans]
    assert "بمسيّرتين" in spans


def test_snippet_spans_are_character_offsets_of_matching_words(demo_index):
    analyzer = default_analyzer()
    results = demo_index.search("صواريخ العراق", limit=10)
    for hit in results.hits:
        for snippet in hit.snippets:
            for a, b in snippet.spans:
                stem = analyzer.word(snippet.text[a:b]).stem
                assert stem in {"صاروخ", "عراق"}


def test_every_query_has_facet_counts(demo_index):
    facets = demo_index.search("صواريخ").facets
    assert facets.weapons and facets.weapons[0].count > 0
    assert facets.sources and facets.dates
    assert sum(v.count for v in facets.dates) <= demo_index.search("صواريخ").total


def test_results_are_json_ready(demo_index):
    import json

    data = demo_index.search("صواريخ", limit=2).to_json()
    json.dumps(data, ensure_ascii=False)
    assert set(data) >= {"query", "total", "hits", "facets", "elapsed_ms"}
    assert set(data["hits"][0]) >= {"id", "title", "published", "source", "score", "snippets"}


def test_get_returns_the_article_with_its_facets(demo_index):
    hit = demo_index.search("عين الأسد", limit=1).hits[0]
    record = demo_index.get(hit.id)
    assert record["title"] == hit.title and "facets" in record


def test_stats(demo_index):
    stats = demo_index.stats()
    assert stats.articles > 2900 and stats.first_published <= stats.last_published


def test_a_place_path_picks_one_of_two_places_of_the_same_name(demo_index):
    yemen = demo_index.parse("location:اليمن/الجوف").location_paths
    saudi = demo_index.parse("location:السعودية/الجوف").location_paths
    assert yemen == [("اليمن", "الجوف")] and saudi == [("السعودية", "الجوف")]
    with pytest.raises(QueryError, match="unknown place"):
        demo_index.parse("location:مصر/الجوف")
