"""Finding the words a query matched in the ORIGINAL text of a hit, as character spans.

A hit's text is not analysed as a whole. From the query's terms the :class:`Highlighter` takes
their *cores*: each stem, less its last letter when that letter is one inflection changes
(الدولة → دوله, الفتيات → فتي); the broken plurals of that stem from the lexicon (الصواريخ for
صاروخ); what the other forms of a verb hold (قول of يقول for قال, علن of يعلن for أعلن); and
the exact form of words without a stem (stopwords). Every word whose analysis gives
one of the query's terms contains one of those cores once its letters are folded the way the
analyzer folds them (أ إ آ → ا, ة → ه …) and its diacritics and tatweel are dropped. So the text
is folded with a few ``str.replace`` calls, the cores are found with ``str.find`` (all in C,
some microseconds per article), and only the whitespace-delimited chunks they land in are
tokenized and checked with the analyzer, exactly as the index saw them.

What the cores cannot describe takes the exhaustive path, word by word: prefix queries (صاروخ*),
terms that are not made of Arabic letters, and texts holding a presentation form or another
character that normalises to several letters (a ligature such as ﻻ).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from analyzers import Analyzer, WordAnalysis
from analyzers.normalize import build_table
from analyzers.tokenize import find_tokens, iter_tokens

from .query import Highlight

Span = tuple[int, int, str]  # start, end, and a key shared by the spans of equal matches

ARABIC_CORE = re.compile(r"[\u0621-\u064a]{2,}")  # what a core must be to be searched for
_chunk_head = re.compile(r"\S*").match  # the part of a chunk from a position on
# Letters a stem may end in that its inflected forms spell otherwise: دوله (الدولة، دولتين),
# فتي (فتاة), قاضي (قاض), سماء (سماؤها), and the hamza seats.
CHANGING_LAST = set("هةتيىاءوؤئأإآ")


class Highlighter:
    """The words of one query in any number of texts: build once per search, call per hit."""

    def __init__(self, analyzer: Analyzer, highlight: Highlight) -> None:
        self.analyzer = analyzer
        self.highlight = highlight
        self._cores = _cores(analyzer, highlight)
        self._folding = _folding(analyzer)

    def spans(self, text: str) -> list[Span]:
        """(start, end, key) of every word of ``text`` the query matches, in order."""
        if not self.highlight.exact and not self.highlight.stem and not self.highlight.prefixes:
            return []
        folding = self._folding.fold(text) if self._cores is not None else None
        if folding is None:
            return spans_word_by_word(text, self.analyzer, self.highlight)
        folded, removed = folding
        found = sorted({p for core in self._cores for p in _find_all(folded, core)})
        word, highlight = self.analyzer.word, self.highlight
        spans: list[Span] = []
        end = 0
        for position in found:
            if removed:  # back to the original text: add the deleted characters before it
                position += bisect_right(removed, position)
            if position < end:
                continue  # in the chunk just checked
            start, end = _chunk_around(text, position, end)
            for m in iter_tokens(text, start, end):
                key = _match_key(word(m.group()), highlight)
                if key is not None:
                    spans.append((m.start(), m.end(), key))
        return spans


def _find_all(text: str, core: str) -> list[int]:
    positions = []
    position = text.find(core)
    while position != -1:
        positions.append(position)
        position = text.find(core, position + 1)
    return positions


def match_spans(text: str, analyzer: Analyzer, highlight: Highlight) -> list[Span]:
    """(start, end, key) of every word of ``text`` the query matches (one text; see Highlighter)."""
    return Highlighter(analyzer, highlight).spans(text)


def spans_word_by_word(text: str, analyzer: Analyzer, highlight: Highlight) -> list[Span]:
    """The exhaustive path: every distinct surface form of the text is analysed and checked."""
    keys: dict[str, str] = {}
    word = analyzer.word
    for surface in set(find_tokens(text)):
        key = _match_key(word(surface), highlight)
        if key is not None:
            keys[surface] = key
    if not keys:
        return []
    return [(m.start(), m.end(), keys[m.group()]) for m in iter_tokens(text) if m.group() in keys]


def _match_key(w: WordAnalysis, highlight: Highlight) -> str | None:
    if not w.exact:
        return None
    if w.exact in highlight.exact:
        return w.stem or w.exact
    if w.stem and w.stem in highlight.stem:
        return w.stem
    if highlight.prefixes and any(w.exact.startswith(p) or w.base.startswith(p) for p in highlight.prefixes):
        return w.base
    return None


def _chunk_around(text: str, position: int, checked: int) -> tuple[int, int]:
    """The whitespace-delimited chunk of ``text`` that holds ``position``, or a stretch that
    begins earlier (after a space or a line break, not before ``checked``, where the previous
    stretch ended): tokens never cross whitespace, so either way they come out whole, once."""
    start = max(text.rfind(" ", checked, position), text.rfind("\n", checked, position)) + 1
    return max(start, checked), _chunk_head(text, position).end()


# -- the cores and the folded text ---------------------------------------------------------------


class _Folding:
    """The analyzer's normalisation of Arabic letters as a few ``str.replace`` calls."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.letters: dict[str, str] = {}  # a character written for an Arabic letter → the letter
        deleted, several = set(), set()
        for code, replacement in build_table(analyzer.rules).items():
            char = chr(code)
            if _is_presentation_form(char):
                several.add(char)
            elif replacement is None:
                deleted.add(char)
            elif len(replacement) > 1:
                several.add(char)
            elif _is_arabic_letter(replacement):
                self.letters[char] = replacement
        # Latin capitals and digits fold too, but no core holds them: they may stay as written.
        self._variants = tuple(self.letters)  # few: each looked for with ``in``, in C
        # A text with a character that stands for several letters goes word by word.
        self._unusual = re.compile(_char_class(several)).search
        deleted_pattern = re.compile(_char_class(deleted))
        self._has_deleted, self._deleted = deleted_pattern.search, deleted_pattern.finditer

    def fold(self, text: str) -> tuple[str, list[int]] | None:
        """``text`` with its letters folded and its deleted characters (harakat, tatweel, bidi
        marks) dropped, and for each dropped character the position in the folded text it was
        dropped before (a position there maps back by adding the count of those ≤ it); None
        when the text holds a character that stands for several letters."""
        if self._unusual(text):
            return None
        removed: list[int] = []
        if self._has_deleted(text):
            matches = list(self._deleted(text))
            removed = [m.start() - i for i, m in enumerate(matches)]
            for char in {m.group() for m in matches}:
                text = text.replace(char, "")
        for char in self._variants:
            if char in text:
                text = text.replace(char, self.letters[char])
        return text, removed


def _is_arabic_letter(char: str) -> bool:
    return "\u0621" <= char <= "\u064a"


def _char_class(chars: set[str]) -> str:
    """A regular-expression class of ``chars``, runs of consecutive code points as ranges."""
    codes = sorted(map(ord, chars))
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _is_presentation_form(char: str) -> bool:
    """ﻻ ﺍ ﷲ …: rare in news, so a text holding one goes word by word."""
    return "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"


@lru_cache(maxsize=8)
def _folding(analyzer: Analyzer) -> _Folding:
    return _Folding(analyzer)


@lru_cache(maxsize=8)
def _plural_cores(analyzer: Analyzer) -> dict[str, frozenset[str]]:
    """Stem → the cores of its broken plurals (the lexicon's plural table, reversed)."""
    cores: dict[str, set[str]] = {}
    for plural, singular in analyzer.lexicon.plurals.items():
        for stem in {singular, analyzer.word(singular).stem}:
            cores.setdefault(stem, set()).add(plural[:-1])
    return {stem: frozenset(found) for stem, found in cores.items()}


def _cores(analyzer: Analyzer, highlight: Highlight) -> frozenset[str] | None:
    """What every matching word holds once folded, or None (go word by word)."""
    if highlight.prefixes:
        return None
    plurals = _plural_cores(analyzer)
    # A word matched by its exact form has the stem of that form too, so only the exact terms
    # of words without a stem (stopwords) need a core of their own.
    cores = {exact for exact in highlight.exact if not analyzer.word(exact).stem}
    for stem in highlight.stem:
        cores.add(stem[:-1] if len(stem) > 2 and stem[-1] in CHANGING_LAST else stem)
        cores.update(plurals.get(stem, ()))
        cores.update(analyzer.verb_forms_hold(stem))  # قال: يقول
    if not cores or not all(map(ARABIC_CORE.fullmatch, cores)):
        return None
    return frozenset(cores)
