"""The data the stemmer consults: word frequencies, broken plurals, stopwords, protected words.

Everything is loaded once per :class:`Lexicon` from ``analyzers/data`` and normalised with the
clitic table, so lookups compare like with like. Nothing here is global state: an analyzer owns
its lexicon (and worker processes build their own).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources

from arabicstopwords.arabicstopwords import classed_stopwords_list

from .normalize import CLITIC_TABLE

# Words of the maintained stopword list that news readers search for: places and directions
# (عين الأسد, جنوب لبنان), time words the date extractor and users need, kinship words that begin
# names (أبو، بن، ابن).
SEARCHABLE_STOPWORDS = frozenset(
    "عين جنوب شمال شرق غرب يمين أسفل أعلى أمس شهر صباح مساء ليل وقت ساعة غدا غداة لحظة مرة "
    "أبو أبا أبي أب أخ أخو أخي أخا بن ابن ذات نفس عامة جميع قام عاد رجع صار تحول".split()
)

# Words that begin or end like a clitic and must never be split, whatever the counts say.
PROTECTED_WORDS = frozenset(
    "الله لله بالله والله ولي والي ولاية بلد كتاب لبنان فلسطين بغداد بلدية كابل لندن ليبيا "
    "الآن سلمان عثمان رمضان إيران عمان".split()
)


def _data(name: str):
    return resources.files("analyzers").joinpath("data", name)


def _fold(word: str) -> str:
    return word.translate(CLITIC_TABLE)


@dataclass
class Lexicon:
    """Corpus statistics and word lists, in clitic-normalised form (ى kept apart from ي)."""

    extra_protected: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def frequency(self) -> dict[str, int]:
        with _data("wordfreq.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
            rows = (line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))
            return {word: int(count) for word, count in rows}

    @cached_property
    def plurals(self) -> dict[str, str]:
        """Broken plural → singular: Arramooz's pairs, then the curated news list over them."""
        table: dict[str, str] = {}
        for name in ("plurals.tsv", "plurals_news.tsv"):
            for line in _data(name).read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    plural, singular = line.split("\t")
                    table[_fold(plural)] = _fold(singular)
        return table

    @cached_property
    def stopwords(self) -> frozenset[str]:
        keep = {_fold(w) for w in SEARCHABLE_STOPWORDS}
        words = {_fold(w) for w in classed_stopwords_list()}
        return frozenset(w for w in words if w not in keep)

    @cached_property
    def protected(self) -> frozenset[str]:
        return frozenset(_fold(w) for w in PROTECTED_WORDS | self.extra_protected)

    def count(self, word: str) -> int:
        return self.frequency.get(word, 0)
