"""The two named analyzers, ``exact`` and ``stem``, over one memoised word analysis.

``exact`` is normalisation only; ``stem`` adds clitic stripping, light stemming, broken-plural
lemmas and stopword removal. Both come from one :class:`Analyzer`, whose normalisation rules are
chosen when it is built (``Analyzer(rules=NormalizationRules(teh_marbuta=False))``).

Each distinct surface form is analysed once and remembered: news text follows Zipf's law, so
after a few thousand articles nearly every token is a cache hit. Two paths:

* :meth:`Analyzer.index_terms` — the indexing path: the exact and the stem terms of a text, no
  offsets. It splits the text at whitespace and remembers each whitespace-delimited chunk
  ("بالعراق،") with the terms it yields, so a warm call is a ``str.split`` and one dict lookup
  per chunk, all in C. Tokens never span whitespace, so the terms are exactly those of the
  regular-expression tokenizer.
* :meth:`Analyzer.analyze` — tokens with their offsets in the original text, for highlighting,
  the query parser and facet extraction. The tokenizer splits the text into separators and
  tokens, the running sum of their lengths gives every offset, and the tokens are assembled by
  ``zip``/``filter``/``map``: no Python-level loop over the tokens of a text.
"""

from __future__ import annotations

from functools import cached_property, partial
from itertools import accumulate, chain, compress, count
from operator import is_, itemgetter, not_
from typing import Literal, NamedTuple

from .lexicon import Lexicon
from .normalize import DEFAULT_TABLE, NormalizationRules, build_table
from .stem import Stemmer, had_article
from .tokenize import find_tokens, split_tokens

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

    @property
    def proclitics(self) -> str:
        """The letters the base drops in front: proclitics and the article (وبال of وبالمدفعية),
        "" when the base is no tail of the exact form."""
        exact, base = self.exact, self.base
        return exact[: len(exact) - len(base)] if len(exact) > len(base) and exact.endswith(base) else ""


# Builds a named tuple without the Python-level __new__ that namedtuple generates: millions of
# Tokens and hundreds of thousands of WordAnalyses are made, and the call costs as much as the rest.
_make = tuple.__new__
_make_token = partial(_make, Token)
_first, _second, _third = itemgetter(0), itemgetter(1), itemgetter(2)
is_none = partial(is_, None)


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
        # clitic-normalised form (+ "ة" when printed so: see _final_teh_or_heh) → (base, stem)
        self._light: dict[str, tuple[str, str]] = {}
        # whitespace-delimited chunk → (its exact terms, its stem terms)
        self._chunks: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # Tokens made of marks alone (no letter once normalised): rare, and no word.
        self._marks_only: set[str] = set()

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
        if "ىء" in light:
            light = self._dotless_hamza_seat(light)
        exact = self._fold(light)
        if not exact:
            self._marks_only.add(surface)
        if not exact or exact.isascii():
            return _make(WordAnalysis, (exact, exact, exact))
        final = self._final_teh_or_heh(surface)
        key = light + final if final == "ة" else light  # light has no ة: the marker is unambiguous
        views = self._light.get(key)
        if views is None:
            base = self.stemmer.strip_proclitics(light)
            stem = self.stemmer.stem_base(base, had_article(light, base), light, final)
            views = self._light[key] = (self._fold(base), self._fold(stem))
        return _make(WordAnalysis, (exact, *views))

    def _dotless_hamza_seat(self, light: str) -> str:
        """ى before ء is how some print the seat ئ (الطوارىء، شاطىء، مبادىء) and others the ي of
        يء (شىء): the commoner of the two readings in the news decides."""
        if not self.rules.hamza_carriers:
            return light
        seat, yeh = light.replace("ىء", "ء"), light.replace("ىء", "يء")
        count = self.lexicon.count
        return seat if count(self._fold(seat)) > count(self._fold(yeh)) else yeh

    def _final_teh_or_heh(self, surface: str) -> str | None:
        """The last letter of ``surface`` (marks aside) when it is ة or ه and ة is folded to ه:
        the stemmer reads no pronoun in a printed ة. None otherwise."""
        if not self.rules.teh_marbuta:
            return None
        table = self._clitic_table
        for char in reversed(surface):
            if table.get(ord(char), char) is None:
                continue  # a short vowel or tatweel after the letter (مدرسةٌ)
            return char if char in "ةه" else None
        return None

    def verb_forms_hold(self, term: str) -> frozenset[str]:
        """What every form of the verb with stem term ``term`` holds once normalised (empty when
        ``term`` is no verb's): the search module's snippets find the words of a verb by them."""
        return frozenset(map(self._fold, self.stemmer.verbs.forms_hold(term)))

    # -- indexing path ---------------------------------------------------------------------------

    def index_terms(self, text: str) -> tuple[list[str], list[str]]:
        """The exact and stem terms of ``text`` in order, stopwords left out of ``stem``."""
        views = self._chunk_views(text.split())
        return list(chain.from_iterable(map(_first, views))), list(chain.from_iterable(map(_second, views)))

    def terms(self, text: str, mode: Mode = "stem") -> list[str]:
        """The terms of ``text`` for one view, without offsets."""
        _check_mode(mode)
        views = self._chunk_views(text.split())
        return list(chain.from_iterable(map(_second if mode == "stem" else _first, views)))

    def _chunk_views(self, chunks: list[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """The (exact terms, stem terms) of each chunk: one dict lookup each, all in C."""
        known = self._chunks
        try:
            return list(map(known.__getitem__, chunks))
        except KeyError:
            views = list(map(known.get, chunks))
            self._learn(set(compress(chunks, map(not_, views))))  # the chunks without a view
            return list(map(known.__getitem__, chunks))

    def _learn(self, new_chunks: set[str]) -> None:
        """Analyse the new words of ``new_chunks`` and remember the terms of each chunk."""
        words, known = self._words, self._chunks
        if len(known) + len(new_chunks) >= CHUNK_CACHE_LIMIT:
            known.clear()
        # Joined with spaces, the new chunks tokenize as they stand.
        surfaces = find_tokens(" ".join(new_chunks))
        new_words = set(surfaces).difference(words)
        if len(words) + len(new_words) >= WORD_CACHE_LIMIT:
            words.clear()
            self._light.clear()
            new_words = set(surfaces)
        analyse = self._analyse_word
        for surface in new_words:
            words[surface] = analyse(surface)
        get = words.get
        for chunk in new_chunks:
            w = get(chunk)
            if w is not None:  # the common case: the chunk is one word
                known[chunk] = ((w[0],) if w[0] else (), (w[2],) if w[2] else ())
                continue
            views = [w for w in map(words.__getitem__, find_tokens(chunk)) if w[0]]
            known[chunk] = (tuple(w[0] for w in views), tuple(w[2] for w in views if w[2]))

    # -- offsets path ----------------------------------------------------------------------------

    def analyze(self, text: str, mode: Mode = "stem") -> list[Token]:
        """Tokens of ``text`` with ``text[start:end]`` their surface form.

        Positions count every word of the text, so a stopword dropped from the ``stem`` view
        leaves a gap and phrase queries stay aligned across views.
        """
        _check_mode(mode)
        found = self._spans(text)
        if found is None:
            return self._analyze_slowly(text, mode)
        views, starts, ends = found
        terms = map(_third if mode == "stem" else _first, views)
        # (term, start, end, position) for every word, less those without a term, made into
        # Tokens: zip, filter and map run in C.
        return list(map(_make_token, filter(_first, zip(terms, starts, ends, count()))))

    def words(self, text: str) -> list[tuple[WordAnalysis, int, int]]:
        """Every word of ``text`` with all its views and its offsets (for facet extraction)."""
        found = self._spans(text)
        if found is None:
            return [(w, start, end) for w, start, end in self._words_slowly(text) if w.exact]
        return list(zip(*found))

    def _spans(self, text: str) -> tuple[list[WordAnalysis], list[int], list[int]] | None:
        """The analysis, start and end of every token of ``text``, or None when a token is made
        of marks alone (it is no word and takes no position: the slow paths skip it).

        ``split_tokens`` gives separators and tokens in turn; the running sum of their lengths
        is every boundary, so the offsets come out of C code without a loop over matches.
        """
        parts = split_tokens(text)
        surfaces = parts[1::2]
        get = self._words.get
        views = list(map(get, surfaces))
        if not all(views):  # a None among them: an unknown word (all() reads no tuple's content)
            # Analyse only the new words (most of an article's words are known), then look
            # all of them up again in C; if the cache started over meanwhile, go one by one.
            word = self.word
            for surface in set(compress(surfaces, map(is_none, views))):
                word(surface)
            views = list(map(get, surfaces))
            if not all(views):
                views = [get(s) or word(s) for s in surfaces]
        if self._marks_only and not self._marks_only.isdisjoint(surfaces):
            return None
        bounds = list(accumulate(map(len, parts)))
        return views, bounds[0:-1:2], bounds[1::2]

    def _words_slowly(self, text: str) -> list[tuple[WordAnalysis, int, int]]:
        words, word, find = self._words, self.word, text.find
        out = []
        end = 0
        for surface in find_tokens(text):
            # Between two tokens lie only characters that cannot begin one, so the next
            # occurrence of the surface is the token itself.
            start = find(surface, end)
            end = start + len(surface)
            out.append((words.get(surface) or word(surface), start, end))
        return out

    def _analyze_slowly(self, text: str, mode: Mode) -> list[Token]:
        view = 2 if mode == "stem" else 0  # the index of the term in a WordAnalysis
        tokens: list[Token] = []
        position = 0
        for w, start, end in self._words_slowly(text):
            if not w.exact:
                continue  # marks alone: no word
            term = w[view]
            if term:
                tokens.append(_make(Token, (term, start, end, position)))
            position += 1
        return tokens


def normalize_query_word(word: str, rules: NormalizationRules | None = None) -> str:
    """Normalisation alone, for words that must not be stemmed (the exact-form operator)."""
    return word.translate(DEFAULT_TABLE if rules is None else build_table(rules))
