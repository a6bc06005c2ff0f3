"""khabar's Arabic analyzer: one analysis for the index, the query parser and facet extraction.

    >>> from analyzers import analyze
    >>> [t.term for t in analyze("بالعراق وسوريا")]
    ['عراق', 'سوريا']
"""

from __future__ import annotations

from functools import lru_cache

from .normalize import NormalizationRules, build_table, normalize
from .pipeline import MODES, Analyzer, Mode, Token, WordAnalysis

__all__ = [
    "MODES",
    "Analyzer",
    "Mode",
    "NormalizationRules",
    "Token",
    "WordAnalysis",
    "analyze",
    "build_table",
    "default_analyzer",
    "normalize",
]


@lru_cache(maxsize=1)
def default_analyzer() -> Analyzer:
    """The process's shared analyzer (built on first use; its lexicon loads lazily)."""
    return Analyzer()


def analyze(text: str, mode: Mode = "stem") -> list[Token]:
    """Tokens of ``text`` (``mode`` "stem" or "exact"), each with term, start, end, position."""
    return default_analyzer().analyze(text, mode)
