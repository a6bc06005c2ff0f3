"""The data the stemmer consults: word frequencies, broken plurals, feminine nouns, stopwords,
protected words.

Everything is loaded once per :class:`Lexicon` from ``analyzers/data`` and folded with the
analyzer's own clitic table (its normalisation rules, ى kept apart), so lookups compare like with
like. The shipped files keep their letters as written (أ ة ؤ ى ...) with the marks removed, so an
analyzer that switches a letter rule off (say ة → ه) gets statistics in its own spelling: the
counts of the spellings it keeps apart stay apart, those it folds together are added up.
An analyzer owns its lexicon (and worker processes build their own); the one thing shared is the
read-only table of word counts, folded once per process and set of rules (:func:`folded_frequency`).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from arabicstopwords.arabicstopwords import STOPWORDS_INDEX, classed_STOPWORDS, classed_stopwords_list

from .normalize import CLITIC_TABLE, NormalizationRules, build_table

# Words of the maintained stopword list that news readers search for: places and directions
# (عين الأسد, جنوب لبنان), time words the date extractor and users need, kinship words that begin
# names (أبو، بن، ابن), حي (a city district: حي الشجاعية) and آمين, which folds to امين, the
# "secretary" of الأمين العام; and the verbs of beginning the list holds for grammar (كاد وأخواتها),
# which the news uses for what they say: علق "commented, suspended", أنشأ "set up", أخذ "took",
# جعل "made", شرع "began, legislated", ابتدأ, انقلب "overturned", ارتد "bounced back, recanted".
SEARCHABLE_STOPWORDS = frozenset(
    "عين جنوب شمال شرق غرب يمين أسفل أعلى أمس شهر صباح مساء ليل وقت ساعة غدا غداة لحظة مرة "
    "أبو أبا أبي أب أخ أخو أخي أخا بن ابن ذات نفس عامة جميع قام عاد رجع صار تحول حي آمين "
    "علق أنشأ أخذ جعل شرع ابتدأ انقلب ارتد".split()
)
# An alef written with a hamza before ل is no article: أل and إل begin the word (ألوان، إلقاء).
HAMZATED_AL = ("أل", "إل", "آل")
# Short stopwords whose clitic forms fold onto common nouns (فعل، وفاه، حماه، ليلا).
COLLIDING_STOPWORDS = frozenset("عل فا حما لئلا".split())
# Clitic forms of a stopword that are, far more often, a verb: فتحت "opened" (فتحت النار، فتحتها
# الشرطة) before ف + تحت "and under".
VERB_NOT_CLITIC_FORMS = frozenset("فتحت فتحته فتحتها فتحتهم".split())


def _data(name: str):
    return resources.files("analyzers").joinpath("data", name)


def _lines(name: str) -> list[str]:
    """The non-comment lines of a data file, without their trailing comment."""
    out = []
    for line in _data(name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def _translate_big(text: str, table: dict[int, str | None]) -> str:
    """``text.translate(table)`` for a long text with few distinct characters: one C-level
    replace per character the table changes, several times faster than translate's per-character
    dict lookups. The table's replacements are fixed points of the table (build_table folds them
    through it), so the order of the replacements does not matter."""
    for char in set(text):
        if ord(char) in table:
            text = text.replace(char, table[ord(char)] or "")
    return text


@lru_cache(maxsize=4)
def _folded_counts(
    rules: NormalizationRules,
) -> tuple[dict[str, int], frozenset[str], frozenset[str], dict[str, int]]:
    """Word counts folded with the clitic table of ``rules``; the folded forms in ال whose alef
    the corpus mostly writes with a hamza (ألوان، إلقاء، ألقى: no article in them); the folded
    forms in ه that it mostly writes with ة (مروة، رياضة: no pronoun in them); and how often
    each folded form in ه is printed with ة."""
    table = build_table(rules, with_maqsura=False)
    with _data("wordfreq.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        text = f.read()
    # Lines of "form<TAB>count" under one comment line; no form holds whitespace, so the fields
    # alternate, and one split and one translate read them all.
    fields = text[text.index("\n") + 1 :].split()
    printed = fields[::2]
    words = _translate_big("\n".join(printed), table).split("\n")
    counts: dict[str, int] = {}
    hamzated: dict[str, int] = {}
    in_teh: dict[str, int] = {}
    get = counts.get
    for word, count, as_printed in zip(words, map(int, fields[1::2]), printed):
        counts[word] = get(word, 0) + count
        if as_printed.startswith(HAMZATED_AL) and word.startswith("ال"):
            hamzated[word] = hamzated.get(word, 0) + count
        if as_printed.endswith("ة") and word.endswith("ه"):
            in_teh[word] = in_teh.get(word, 0) + count
    return (
        counts,
        frozenset(w for w, n in hamzated.items() if n * 2 >= counts[w]),
        frozenset(w for w, n in in_teh.items() if n * 2 >= counts[w]),
        in_teh,
    )


def folded_frequency(rules: NormalizationRules) -> dict[str, int]:
    """Word counts folded with the clitic table of ``rules``, built once per process and set of
    rules and shared by the lexicons that use them (callers must not modify the dict)."""
    return _folded_counts(rules)[0]


@dataclass
class Lexicon:
    """Corpus statistics and word lists, in clitic-normalised form (ى kept apart from ي)."""

    rules: NormalizationRules = field(default_factory=NormalizationRules)
    extra_protected: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def table(self) -> dict[int, str | None]:
        """The clitic table of ``rules``: everything but ى → ي."""
        if self.rules == NormalizationRules():
            return CLITIC_TABLE
        return build_table(self.rules, with_maqsura=False)

    def fold(self, word: str) -> str:
        return word.translate(self.table)

    @cached_property
    def frequency(self) -> dict[str, int]:
        """How often each word form occurs in the news corpus (forms seen at least 3 times)."""
        return folded_frequency(self.rules)

    @cached_property
    def hamzated_al(self) -> frozenset[str]:
        """Folded forms in ال that the corpus mostly prints أل/إل/آل: the ال is the word's own."""
        return _folded_counts(self.rules)[1]

    @cached_property
    def teh_marbuta_forms(self) -> frozenset[str]:
        """Folded forms in ه that the corpus mostly prints with ة: their ه is no pronoun."""
        return _folded_counts(self.rules)[2]

    def printed_with_teh_marbuta(self, word: str) -> int:
        """How often the folded form ``word`` (in ه) is printed with ة."""
        return _folded_counts(self.rules)[3].get(word, 0)

    @cached_property
    def plurals(self) -> dict[str, str]:
        """Broken plural → singular: Arramooz's pairs, then the curated news list over them."""
        table: dict[str, str] = {}
        for name in ("plurals.tsv", "plurals_news.tsv"):
            for line in _lines(name):
                plural, singular = line.split("\t")
                table[self.fold(plural)] = self.fold(singular)
        return table

    @cached_property
    def feminine_nouns(self) -> frozenset[str]:
        """Nouns in ة that are words of their own, not the feminine of an adjective."""
        return frozenset(self.fold(w) for w in _lines("feminine_nouns.txt"))

    @cached_property
    def stopwords(self) -> frozenset[str]:
        keep = {self.fold(w) for w in SEARCHABLE_STOPWORDS}
        words = {self.fold(w) for w in classed_stopwords_list()}
        return frozenset(w for w in words if w not in keep)

    @cached_property
    def searchable(self) -> frozenset[str]:
        """Words of the stopword list that stay searchable (see SEARCHABLE_STOPWORDS)."""
        return frozenset(self.fold(w) for w in SEARCHABLE_STOPWORDS)

    @cached_property
    def stopword_forms(self) -> frozenset[str]:
        """Every clitic form of the stopword list (بأنه، وفيها، لذلك), for telling ب + أن from a
        word such as كانت. Left out: forms of the searchable words, forms behind the
        interrogative أ (أمن is security before it is أ + من), the "on me" forms of the words in ى
        (عليّ folds to علي, the name Ali), the forms of a few short words that fold onto
        common nouns (فعل is not ف + عل, وفاه not و + فا, حماه not حما + ه), and verbs that
        read as a clitic and a stopword (فتحت is "opened" before ف + تحت)."""
        forms = set()
        for base, inflected in STOPWORDS_INDEX.items():
            if base in SEARCHABLE_STOPWORDS or base in COLLIDING_STOPWORDS:
                continue
            on_me = base[:-1] + "ي" if base.endswith("ى") else None
            forms.update(
                self.fold(f)
                for f in inflected
                if f != on_me and not (f.startswith("أ") and not f.startswith(base))
            )
        return frozenset(forms - VERB_NOT_CLITIC_FORMS)

    @cached_property
    def conjugated_stopwords(self) -> frozenset[str]:
        """Verbs of the stopword list (كان، أصبح، ظل), whose past forms (كانت، كانوا) are
        stopwords too."""
        return frozenset(
            self.fold(word)
            for word, entries in classed_STOPWORDS.items()
            if word not in SEARCHABLE_STOPWORDS and any(e.get("has_conjugation") for e in entries)
        )

    @cached_property
    def names_in_alef(self) -> frozenset[str]:
        """One-word country and region names in ا from CLDR's Arabic territory names (تركيا،
        إسبانيا، كندا): they look like an adjective or noun in the indefinite accusative (تركي +
        ا), and the rarer ones have too few counts to show that they are names."""
        from babel import Locale

        names = Locale("ar").territories.values()
        return frozenset(self.fold(n) for n in names if " " not in n and n.endswith("ا"))

    @cached_property
    def protected(self) -> frozenset[str]:
        words = {w for line in _lines("protected.txt") for w in line.split()}
        return frozenset(self.fold(w) for w in words | self.extra_protected)

    def count(self, word: str) -> int:
        return self.frequency.get(word, 0)
