"""A re-implementation of Lucene's Arabic light stemming, as a baseline for bench/retrieval.py.

Lucene's ``ArabicAnalyzer`` (package ``org.apache.lucene.analysis.ar``) chains a tokenizer, an
``ArabicNormalizer`` and an ``ArabicStemmer``; this module follows the rules those two classes
publish (apache/lucene, ``lucene/analysis/common/src/java/org/apache/lucene/analysis/ar/``
``ArabicNormalizer.java`` and ``ArabicStemmer.java``), after Larkey, Ballesteros and Connell,
"Light Stemming for Arabic Information Retrieval" (2007):

* ``ArabicNormalizer``: hamza on an alef seat (آ أ إ) → bare alef ا; teh marbuta ة → heh ه;
  dotless yeh ى → yeh ي; tatweel and the eight harakat (fathatan, dammatan, kasratan, fatha, damma,
  kasra, shadda, sukun: U+064B–U+0652) removed. Nothing else: hamza on waw/yeh (ؤ ئ), the dagger
  alef and Quranic marks are kept.
* ``ArabicStemmer.stemPrefix``: the FIRST prefix of ال وال بال كال فال لل و that the word starts
  with is removed, once, when at least 2 characters remain (و only when the word has at least
  4 characters, i.e. 3 remain).
* ``ArabicStemmer.stemSuffix``: the suffixes ها ان ات ون ين يه ية ه ة ي are tried in that order,
  each at most once, each removed when at least 2 characters remain — so several may go in turn
  (``مدرستها`` → ``مدرست``). Since the normaliser runs first, ة is already ه when the stemmer sees it.

What is left out of Lucene's analyzer: its stopword list (BM25's idf makes stopwords cheap, and the
benchmark's queries contain none) and the Unicode (UAX #29) tokenizer, replaced by a regular
expression that keeps runs of letters, digits and Arabic marks together, as UAX #29 does for Arabic.
"""

from __future__ import annotations

import re

ALEF_FORMS = {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627"}  # آ أ إ → ا
LETTER_FOLDS = ALEF_FORMS | {"\u0649": "\u064a", "\u0629": "\u0647"}  # ى → ي, ة → ه
REMOVED = "\u0640" + "".join(chr(c) for c in range(0x064B, 0x0653))  # tatweel + 8 harakat
NORMALIZE_TABLE = str.maketrans(LETTER_FOLDS | {c: None for c in REMOVED})

# In Lucene's order: the first one that matches is the one removed.
PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")
MIN_STEM = 2  # characters a prefix or suffix must leave behind
MIN_WAW_WORD = 4  # a lone و is stripped only from words of at least this length

TOKEN = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")


def normalize(word: str) -> str:
    """Lucene's ArabicNormalizer: alef forms, ة, ى folded; tatweel and harakat removed."""
    return word.translate(NORMALIZE_TABLE)


def stem_prefix(word: str) -> str:
    for prefix in PREFIXES:
        if len(prefix) == 1 and len(word) < MIN_WAW_WORD:
            continue
        if len(word) >= len(prefix) + MIN_STEM and word.startswith(prefix):
            return word[len(prefix) :]
    return word


def stem_suffix(word: str) -> str:
    for suffix in SUFFIXES:
        if len(word) >= len(suffix) + MIN_STEM and word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def stem(word: str) -> str:
    """Lucene's ArabicStemmer on an already normalised word: one prefix, then the suffixes."""
    return stem_suffix(stem_prefix(word))


class LightStemmer:
    """Text → Lucene-style terms; remembers each surface form's term (news follows Zipf's law)."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def term(self, token: str) -> str:
        found = self._cache.get(token)
        if found is None:
            found = self._cache[token] = stem(normalize(token.lower()))
        return found

    def terms(self, text: str) -> list[str]:
        """Lowercased, normalised, stemmed terms of ``text``, as Lucene's ArabicAnalyzer (no stopwords)."""
        return [self.term(t) for t in TOKEN.findall(text)]

    def terms_string(self, text: str) -> str:
        """The terms joined with spaces, for a Tantivy field with the ``whitespace`` tokenizer."""
        return " ".join(self.terms(text))
