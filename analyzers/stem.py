"""Light stemming of one normalised Arabic word: proclitics, suffixes, broken plurals.

Rules are tables; each strip is guarded by corpus statistics (:class:`~analyzers.lexicon.Lexicon`)
instead of a bare minimum length, because a length rule cannot tell بغداد (a city) from بطائرة
(ب + طائرة). The guards, in words:

* A proclitic ``p`` is NOT stripped from ``w`` when ``w`` itself behaves like a word: the corpus
  shows it behind prefixes that could not combine with ``p`` (ببغداد, البلد, الكتاب, بلبنان).
  Otherwise it is stripped when the remainder is long enough and, for a word the corpus knows,
  the remainder is attested on its own (so سيارة stays whole: يارة is nowhere).
* The article is stripped from every ال-word unless the ال-word itself takes a preposition as a
  whole word would (لألمانيا): then all forms keep the ال (ألمانيا، بألمانيا → المانيا).
* Plural and dual endings (ون ين ان) need another member of the paradigm in the corpus
  (مسلحين/مسلحون), so names ending like a dual stay whole (سلمان، لبنان، فلسطين).
* ات needs the singular (طائرات/طائرة); pronoun suffixes need the bare stem.
* ة (folded to ه) and ي are stripped when three letters remain (مكة, جدة, غزة stay).

The input is a word already normalised with ``CLITIC_TABLE`` (ى still apart); the output is
folded the rest of the way by the caller.
"""

from __future__ import annotations

from .lexicon import Lexicon

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ك", "ل")
ARTICLE_FORMS = frozenset(
    c + p + "ال" for c in CONJUNCTIONS for p in PREPOSITIONS
) | {"لل", "ولل", "فلل"}
PROCLITICS = tuple(
    sorted(
        ARTICLE_FORMS
        | {c + p for c in CONJUNCTIONS for p in PREPOSITIONS if c + p}
        | {"س", "وس", "فس"},
        key=len,
        reverse=True,
    )
)
PROCLITIC_SET = frozenset(PROCLITICS)

# For each clitic, the prefixes that cannot stand before it (ب before ل, ال before ب …): a word
# seen behind one of them is a word in its own right.
_NON_COMBINING = {
    clitic: tuple(
        p for p in PROCLITICS
        if p + clitic not in PROCLITIC_SET and not (p.endswith("ال") and clitic.startswith("ال"))
    )
    for clitic in PROCLITICS
}
_NOT_ENDING_WITH = {clitic: tuple(p for p in ("", *PROCLITICS) if not p.endswith(clitic)) for clitic in PROCLITICS}

PLURAL_ENDINGS = ("ون", "ين", "ان")
PRONOUN_SUFFIXES = ("كما", "هما", "هم", "هن", "ها", "كم", "كن", "نا")
SUFFIXES = ("هما", "كما", "يه", "ات", *PLURAL_ENDINGS, "هم", "هن", "ها", "كم", "كن", "نا")
FINAL_LETTERS = ("ه", "ي")

IMPERFECT_PREFIXES = frozenset("يتنا")
MIN_KNOWN = 3  # a form seen fewer times than this is treated as unknown to the corpus


class Stemmer:
    """Clitic and suffix stripping for one word, driven by a :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.freq = lexicon.frequency
        self.stopwords = lexicon.stopwords
        self.protected = lexicon.protected
        self.plurals = lexicon.plurals

    # -- proclitics ------------------------------------------------------------------------------

    def _evidence_as_word(self, word: str, clitic: str) -> int:
        """How often ``word`` appears behind a prefix that could not combine with ``clitic``."""
        get = self.freq.get
        return sum(get(prefix + word, 0) for prefix in _NON_COMBINING[clitic])

    def _attested(self, word: str, *, excluding: str) -> int:
        get = self.freq.get
        return sum(get(prefix + word, 0) for prefix in _NOT_ENDING_WITH[excluding])

    def _strip_article(self, rest: str) -> str:
        with_article = "ال" + rest
        if with_article in self.protected or with_article in self.stopwords:
            return with_article
        if len(rest) < 2 or self._evidence_as_word(with_article, "ال") >= 2:
            return with_article
        return rest

    def strip_proclitics(self, word: str) -> str:
        """``word`` without its leading conjunction, preposition, future marker and article."""
        if word in self.protected or word in self.stopwords or len(word) < 3:
            return word
        for clitic in PROCLITICS:
            if not word.startswith(clitic):
                continue
            rest = word[len(clitic) :]
            if clitic in ARTICLE_FORMS:
                if len(rest) < 2:
                    continue
                return self._strip_article(rest)
            if clitic.endswith("س") and rest[:1] not in IMPERFECT_PREFIXES:
                continue  # the future marker stands only before an imperfect verb (سيقول، ستبدأ)
            if rest in self.stopwords:
                return rest
            if len(rest) < 3 or self._evidence_as_word(word, clitic) >= 2:
                continue
            if self.freq.get(word, 0) >= MIN_KNOWN and not self._attested(rest, excluding=clitic):
                continue
            if rest.startswith("ال") and len(rest) > 3:
                return self._strip_article(rest[2:])
            return rest
        return word

    # -- suffixes --------------------------------------------------------------------------------

    def _known(self, word: str) -> bool:
        freq = self.freq
        return freq.get(word, 0) + freq.get("ال" + word, 0) >= 2

    def _suffix_allowed(self, stem: str, suffix: str) -> bool:
        if suffix in PLURAL_ENDINGS:
            others = (e for e in PLURAL_ENDINGS if e != suffix)
            if any(self._known(stem + e) for e in others):
                return True
            return stem.endswith("ت") and self._known(stem[:-1] + "ه")
        if suffix == "ات":
            return self._known(stem + "ه") or self._known(stem)
        if suffix == "يه":
            return True
        return self._known(stem) or (stem.endswith("ت") and self._known(stem[:-1] + "ه"))

    def strip_suffixes(self, word: str) -> str:
        """``word`` without one inflectional or pronoun suffix and its final ة/ي."""
        if word in self.protected:
            return word
        stem = word
        for suffix in SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= (3 if suffix in PLURAL_ENDINGS else 2):
                candidate = stem[: -len(suffix)]
                if self._suffix_allowed(candidate, suffix):
                    stem = candidate
                    if stem.endswith("ت") and not self._known(stem) and self._known(stem[:-1] + "ه"):
                        stem = stem[:-1] + "ه"  # مسيرت(ين) → مسيره
                    break
        stem = self.plurals.get(stem, stem)
        if stem[-1:] in FINAL_LETTERS and len(stem) >= 4:
            stem = stem[:-1]
        return stem

    # -- the whole word --------------------------------------------------------------------------

    def stem(self, word: str) -> str:
        """The stem of a clitic-normalised word, or "" for a stopword."""
        base = self.strip_proclitics(word)
        if base in self.stopwords:
            return ""
        singular = self.plurals.get(base)
        stem = self.strip_suffixes(singular if singular else base)
        # A suffix that leaves a function word was no suffix (بيان is not بي + ان).
        return base if stem in self.stopwords else stem
