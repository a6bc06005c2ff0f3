"""The two named analyzers, ``exact`` and ``stem``, over one memoised word analysis.

Each distinct surface form (as written, diacritics and all) is analysed once and remembered:
news text follows Zipf's law, so after a few thousand articles nearly every token is a cache hit
and analysis costs one regex match and one dict lookup per token.

Two paths:
* :meth:`Analyzer.index_terms` — the indexing path: the exact and the stem terms of a text,
  no offsets, as lists (or joined with spaces for Tantivy's whitespace tokenizer);
* :meth:`Analyzer.analyze` — tokens with their offsets in the original text, for highlighting,
  the query parser and facet extraction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from .lexicon import Lexicon
from .normalize import CLITIC_TABLE, DEFAULT_TABLE
from .stem import Stemmer
from .tokenize import find_tokens, iter_tokens

Mode = Literal["exact", "stem"]
MODES: tuple[Mode, ...] = ("exact", "stem")
_MAQSURA = str.maketrans("ى", "ي")
CACHE_LIMIT = 400_000  # distinct surface forms remembered before the cache starts over


class Token(NamedTuple):
    """One word of a text: its term, where it stands in the original text, and its position.

    A named tuple rather than a dataclass: building millions of them is the cost of the
    offsets path, and a tuple builds about three times faster."""

    term: str
    start: int
    end: int
    position: int


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """Every view of one surface form: ``exact`` (normalised), ``base`` (without proclitics,
    used by the facet extractor) and ``stem`` ("" for a stopword)."""

    exact: str
    base: str
    stem: str


class Analyzer:
    """Arabic analysis: normalisation, tokenisation, clitic stripping and light stemming."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or Lexicon()
        self.stemmer = Stemmer(self.lexicon)
        self._cache: dict[str, WordAnalysis] = {}

    def word(self, surface: str) -> WordAnalysis:
        """The analysis of one token as written (memoised)."""
        found = self._cache.get(surface)
        if found is None:
            found = self._analyse_word(surface)
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[surface] = found
        return found

    def _analyse_word(self, surface: str) -> WordAnalysis:
        light = surface.translate(CLITIC_TABLE)
        exact = light.translate(_MAQSURA)
        if not exact or exact.isascii():
            return WordAnalysis(exact, exact, exact)
        base = self.stemmer.strip_proclitics(light)
        stem = self.stemmer.stem(light)
        return WordAnalysis(exact, base.translate(_MAQSURA), stem.translate(_MAQSURA))

    # -- indexing path ---------------------------------------------------------------------------

    def index_terms(self, text: str) -> tuple[list[str], list[str]]:
        """The exact and stem terms of ``text`` in order, stopwords left out of ``stem``."""
        cache, analyse = self._cache, self.word
        exact: list[str] = []
        stem: list[str] = []
        for surface in find_tokens(text):
            w = cache.get(surface) or analyse(surface)
            if w.exact:
                exact.append(w.exact)
                if w.stem:
                    stem.append(w.stem)
        return exact, stem

    def terms(self, text: str, mode: Mode = "stem") -> list[str]:
        """The terms of ``text`` for one view, without offsets."""
        exact, stem = self.index_terms(text)
        return stem if mode == "stem" else exact

    # -- offsets path ----------------------------------------------------------------------------

    def analyze(self, text: str, mode: Mode = "stem") -> list[Token]:
        """Tokens of ``text`` with ``text[start:end]`` their surface form.

        Positions count every word of the text, so a stopword dropped from the ``stem`` view
        leaves a gap and phrase queries stay aligned across views.
        """
        if mode not in MODES:
            raise ValueError(f"unknown analysis mode {mode!r}: use 'exact' or 'stem'")
        cache, analyse = self._cache, self.word
        stem = mode == "stem"
        tokens: list[Token] = []
        append = tokens.append
        position = 0
        for match in iter_tokens(text):
            w = cache.get(match.group()) or analyse(match.group())
            if not w.exact:
                continue
            term = w.stem if stem else w.exact
            if term:
                start, end = match.span()
                append(Token(term, start, end, position))
            position += 1
        return tokens

    def words(self, text: str) -> list[tuple[WordAnalysis, int, int]]:
        """Every word of ``text`` with all its views and its offsets (for facet extraction)."""
        cache, analyse = self._cache, self.word
        out = []
        for match in iter_tokens(text):
            surface = match.group()
            w = cache.get(surface) or analyse(surface)
            if w.exact:
                out.append((w, match.start(), match.end()))
        return out


def normalize_query_word(word: str) -> str:
    """Normalisation alone, for words that must not be stemmed (the exact-form operator)."""
    return word.translate(DEFAULT_TABLE)
