"""The two named analyzers, ``exact`` and ``stem``, over one memoised word analysis.

``exact`` is normalisation only; ``stem`` adds clitic stripping, light stemming, broken-plural
lemmas and stopword removal. Both come from one :class:`Analyzer`, whose normalisation rules are
chosen when it is built (``Analyzer(rules=NormalizationRules(teh_marbuta=False))``).

Each distinct surface form is analysed once and remembered: news text follows Zipf's law, so
after a few thousand articles nearly every token is a cache hit. Two paths:

* :meth:`Analyzer.index_terms` — the indexing path: the exact and the stem terms of a text, no
  offsets. It splits the text at whitespace and remembers each whitespace-delimited chunk
  ("بالعراق،") with the terms it yields, so a warm call is a ``str.split`` and two dict lookups
  per chunk, all in C. Tokens never span whitespace, so the terms are exactly those of the
  regular-expression tokenizer.
* :meth:`Analyzer.analyze` — tokens with their offsets in the original text, for highlighting,
  the query parser and facet extraction.
"""

from __future__ import annotations

from functools import cached_property
from itertools import chain
from typing import Literal, NamedTuple

from .lexicon import Lexicon
from .normalize import DEFAULT_TABLE, NormalizationRules, build_table
from .stem import Stemmer
from .tokenize import find_tokens

Mode = Literal["exact", "stem"]
MODES: tuple[Mode, ...] = ("exact", "stem")
WORD_CACHE_LIMIT = 400_000  # distinct surface forms remembered before the cache starts over
CHUNK_CACHE_LIMIT = 600_000  # distinct whitespace-delimited chunks, likewise


class Token(NamedTuple):
    """One word of a text: its term, where it stands in the original text, and its position.

    A named tuple rather than a dataclass: building millions of them is the cost of the
    offsets path, and a tuple builds about three times faster."""

    term: str
    start: int
    end: int
    position: int


class WordAnalysis(NamedTuple):
    """Every view of one surface form: ``exact`` (normalised), ``base`` (without proclitics,
    used by the facet extractor) and ``stem`` ("" for a stopword).

    A named tuple for the same reason as :class:`Token`: one is built per distinct word form,
    and a frozen dataclass builds several times slower."""

    exact: str
    base: str
    stem: str


# Builds a named tuple without the Python-level __new__ that namedtuple generates: millions of
# Tokens and hundreds of thousands of WordAnalyses are made, and the call costs as much as the rest.
_make = tuple.__new__


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise ValueError(f"unknown analysis mode {mode!r}: use 'exact' or 'stem'")


class Analyzer:
    """Arabic analysis: normalisation, tokenisation, clitic stripping and light stemming."""

    def __init__(self, rules: NormalizationRules | None = None, lexicon: Lexicon | None = None) -> None:
        self.rules = rules or (lexicon.rules if lexicon else NormalizationRules())
        if lexicon is not None and lexicon.rules != self.rules:
            raise ValueError("the lexicon was folded with other normalisation rules than the analyzer's")
        self.lexicon = lexicon or Lexicon(self.rules)
        # The clitic table keeps ى apart from ي (the stemmer needs it); the terms fold it last.
        self._clitic_table = build_table(self.rules, with_maqsura=False)
        self._fold_maqsura = self.rules.alef_maqsura
        self._words: dict[str, WordAnalysis] = {}
        self._light: dict[str, tuple[str, str]] = {}  # clitic-normalised form → (base, stem)
        self._chunk_exact: dict[str, tuple[str, ...]] = {}
        self._chunk_stem: dict[str, tuple[str, ...]] = {}

    @cached_property
    def stemmer(self) -> Stemmer:
        """Built on first use, so that an analyzer costs nothing until it analyses a word."""
        return Stemmer(self.lexicon)

    def __repr__(self) -> str:
        off = [name for name in NormalizationRules.__dataclass_fields__ if not getattr(self.rules, name)]
        return f"Analyzer(rules off: {', '.join(off) or 'none'}; {len(self._words)} forms cached)"

    # -- one word --------------------------------------------------------------------------------

    def word(self, surface: str) -> WordAnalysis:
        """The analysis of one token as written (memoised)."""
        found = self._words.get(surface)
        if found is None:
            found = self._analyse_word(surface)
            if len(self._words) >= WORD_CACHE_LIMIT:
                self._words.clear()
                self._light.clear()
            self._words[surface] = found
        return found

    def _fold(self, word: str) -> str:
        """ى → ي, the one rule applied after stemming (see the normalize module)."""
        return word.replace("ى", "ي") if self._fold_maqsura and "ى" in word else word

    def _analyse_word(self, surface: str) -> WordAnalysis:
        light = surface.translate(self._clitic_table)
        exact = self._fold(light)
        if not exact or exact.isascii():
            return _make(WordAnalysis, (exact, exact, exact))
        views = self._light.get(light)
        if views is None:
            base = self.stemmer.strip_proclitics(light)
            stem = self.stemmer.stem_base(base)
            views = self._light[light] = (self._fold(base), self._fold(stem))
        return _make(WordAnalysis, (exact, *views))

    # -- indexing path ---------------------------------------------------------------------------

    def index_terms(self, text: str) -> tuple[list[str], list[str]]:
        """The exact and stem terms of ``text`` in order, stopwords left out of ``stem``."""
        chunks = text.split()
        exact_of, stem_of = self._chunk_exact, self._chunk_stem
        try:
            exact = list(chain.from_iterable(map(exact_of.__getitem__, chunks)))
        except KeyError:
            self._learn(chunks)
            exact = list(chain.from_iterable(map(exact_of.__getitem__, chunks)))
        return exact, list(chain.from_iterable(map(stem_of.__getitem__, chunks)))

    def _learn(self, chunks: list[str]) -> None:
        """Analyse the new words of ``chunks`` and remember the chunks not seen before."""
        words, exact_of, stem_of = self._words, self._chunk_exact, self._chunk_stem
        if len(exact_of) + len(chunks) >= CHUNK_CACHE_LIMIT:
            exact_of.clear()
            stem_of.clear()
        new_chunks = set(chunks).difference(exact_of)
        # Only the new chunks are scanned; joined with spaces they tokenize as they stand.
        new_words = set(find_tokens(" ".join(new_chunks))).difference(words)
        if len(words) + len(new_words) >= WORD_CACHE_LIMIT:
            words.clear()
            self._light.clear()
            new_words = set(find_tokens(" ".join(new_chunks)))
        analyse = self._analyse_word
        for surface in new_words:
            words[surface] = analyse(surface)
        get = words.get
        for chunk in new_chunks:
            w = get(chunk)
            if w is not None:  # the common case: the chunk is one word
                exact_of[chunk] = (w.exact,) if w.exact else ()
                stem_of[chunk] = (w.stem,) if w.stem else ()
                continue
            views = [w for w in map(words.__getitem__, find_tokens(chunk)) if w.exact]
            exact_of[chunk] = tuple(w.exact for w in views)
            stem_of[chunk] = tuple(w.stem for w in views if w.stem)

    def terms(self, text: str, mode: Mode = "stem") -> list[str]:
        """The terms of ``text`` for one view, without offsets."""
        _check_mode(mode)
        chunks = text.split()
        view = self._chunk_stem if mode == "stem" else self._chunk_exact
        try:
            return list(chain.from_iterable(map(view.__getitem__, chunks)))
        except KeyError:
            self._learn(chunks)
            return list(chain.from_iterable(map(view.__getitem__, chunks)))

    # -- offsets path ----------------------------------------------------------------------------

    def analyze(self, text: str, mode: Mode = "stem") -> list[Token]:
        """Tokens of ``text`` with ``text[start:end]`` their surface form.

        Positions count every word of the text, so a stopword dropped from the ``stem`` view
        leaves a gap and phrase queries stay aligned across views.
        """
        _check_mode(mode)
        view = 2 if mode == "stem" else 0  # the index of the term in a WordAnalysis
        words, word, find = self._words, self.word, text.find
        tokens: list[Token] = []
        append = tokens.append
        position = end = 0
        for surface in find_tokens(text):
            # Between two tokens lie only characters that cannot begin one, so the next
            # occurrence of the surface is the token itself: find() is cheaper than finditer.
            start = find(surface, end)
            end = start + len(surface)
            w = words.get(surface) or word(surface)
            if not w[0]:
                continue  # marks alone: no word
            term = w[view]
            if term:
                append(_make(Token, (term, start, end, position)))
            position += 1
        return tokens

    def words(self, text: str) -> list[tuple[WordAnalysis, int, int]]:
        """Every word of ``text`` with all its views and its offsets (for facet extraction)."""
        words, word, find = self._words, self.word, text.find
        out = []
        end = 0
        for surface in find_tokens(text):
            start = find(surface, end)
            end = start + len(surface)
            w = words.get(surface) or word(surface)
            if w[0]:
                out.append((w, start, end))
        return out


def normalize_query_word(word: str, rules: NormalizationRules | None = None) -> str:
    """Normalisation alone, for words that must not be stemmed (the exact-form operator)."""
    return word.translate(DEFAULT_TABLE if rules is None else build_table(rules))
