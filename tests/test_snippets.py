"""Highlighting: the candidate-expression path finds exactly what the word-by-word path finds,
offsets included, on edge cases and on real articles with many queries."""

from __future__ import annotations

import json
import random
import zipfile
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzers import default_analyzer
from analyzers.tokenize import find_tokens
from search.highlight import Highlighter, spans_word_by_word
from search.query import Highlight
from search.snippets import FRAGMENT_CHARS, _best_window, make_snippets

ANALYZER = default_analyzer()


def highlight_of(*words: str) -> Highlight:
    analysed = [ANALYZER.word(w) for w in words]
    return Highlight(exact={w.exact for w in analysed}, stem={w.stem for w in analysed if w.stem})


def both_paths(text: str, highlight: Highlight):
    return Highlighter(ANALYZER, highlight).spans(text), spans_word_by_word(text, ANALYZER, highlight)


@pytest.mark.parametrize(
    "text",
    [
        "  \u200fقصفت الطائرات المسيّرة قاعدة عين الأسد بالصواريخ\n",
        "صاروخ،صواريخ «الصواريخ» (بصواريخ)\tو الصاروخ",
        "بـ3 صواريخ أُطلقت من العراق، والعراقيون",
        "مُسَيَّرَة مسيـــرة المسيرات ﻻ الصواريخ",  # diacritics, tatweel, a ligature
        "الفتيات والقضاة والدول ونساء وشؤون",
        "صاروخ\u00a0بصاروخين\u2003الصواريخ\tصاروخ\r\nصواريخ",  # other whitespace than spaces
        "",
        "   ",
    ],
)
def test_both_paths_agree_on_edge_cases(text):
    highlight = highlight_of("صاروخ", "الأسد", "العراق", "المسيرة", "الفتاة", "القاضي", "دولة", "امرأة", "شأن")
    fast, exhaustive = both_paths(text, highlight)
    assert fast == exhaustive


def test_the_spans_point_at_the_words_as_printed():
    text = "  أطلقت   بصواريخٍ على قاعدة عين الاسد"
    spans = Highlighter(ANALYZER, highlight_of("صاروخ", "الأسد")).spans(text)
    assert [text[s:e] for s, e, _ in spans] == ["بصواريخٍ", "الاسد"]


def test_a_prefix_query_goes_word_by_word():
    highlight = Highlight(prefixes={"صوار"})
    assert [k for _, _, k in Highlighter(ANALYZER, highlight).spans("أطلقت الصواريخ")] == ["صواريخ"]


def test_both_paths_agree_on_corpus_articles_for_every_title_word(corpus_dir):
    """Each query is a word from a title, in the spelling printed there; the bodies of 200
    articles are searched with 40 such queries each."""
    path = sorted(corpus_dir.glob("*.zip"))[0]
    with zipfile.ZipFile(path) as archive:
        articles = json.loads(archive.read(archive.namelist()[0]))
    rng = random.Random(3)
    words = sorted({w for a in articles for w in find_tokens(a.get("title") or "") if len(w) > 2})
    found = 0
    for article in islice(articles, 120):
        body = article.get("content") or ""
        for word in rng.sample(words, 40):
            fast, exhaustive = both_paths(body, highlight_of(word))
            assert fast == exhaustive, word
            found += len(fast)
    assert found > 300  # the queries do match: the comparison is not between empty lists


def test_snippets_mark_the_seed_words(seed_texts):
    snippets = make_snippets("", seed_texts[0], Highlighter(ANALYZER, highlight_of("صاروخ")))
    marked = [s.text[a:b] for s in snippets for a, b in s.spans]
    assert marked and {ANALYZER.word(m).stem for m in marked} == {"صاروخ"}


def _best_window_by_rescanning(spans, used):
    """The plain definition: for each start, every span that fits, counted afresh."""
    best, best_score = None, (0, 0)
    for i, (start, _, _) in enumerate(spans):
        if i in used:
            continue
        inside = [s for s in spans[i:] if s[1] <= start + FRAGMENT_CHARS]
        score = (len({key for _, _, key in inside}), len(inside))
        if score > best_score:
            best, best_score = (i, i + len(inside)), score
    return best


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 300), st.sampled_from("abc")), max_size=40),
    st.sets(st.integers(0, 40), max_size=10),
)
def test_the_sliding_window_picks_what_rescanning_picks(gaps_lengths_keys, used):
    spans, position = [], 0
    for gap, length, key in gaps_lengths_keys:  # non-overlapping spans, in order
        position += gap
        spans.append((position, position + length, key))
        position += length
    assert _best_window(spans, used) == _best_window_by_rescanning(spans, used)
