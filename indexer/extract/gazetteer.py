"""The gazetteer: every place khabar knows, its spellings, and the keys the extractor matches on.

Places load from ``indexer/data/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py`` from
GeoNames, CLDR, ISO 3166-2 and the curated lists). Each Arabic spelling becomes a *pattern*: the
sequence of its words as the analyzer reads them, each word reduced to ``(core, article)`` — the
``base`` view (normalised, proclitics stripped) without its article, and whether the article was
written. Matching on that pair lets بالعراق، والعراق، للعراق find العراق while عراقية (an
adjective, another base) and رياض (a first name, no article) do not find العراق or الرياض.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

from analyzers import Analyzer, WordAnalysis, normalize
from analyzers.normalize import PERSIAN_LETTERS
from analyzers.tokenize import find_tokens

GAZETTEER_FILE = "gazetteer.tsv.gz"

Reading = tuple[str, bool]  # (core, article written)

# GeoNames spells some Maghreb places with the letters the Maghreb writes g with (ڨبلي، ڨفصة،
# ورڤلة for Kebili, Gafsa, Ouargla) beside their Arabic spellings. The analyzer folds those
# letters as most writers mean them (ڨ → ق, ڤ → ف for v), so such a spelling would match other
# words, and without the context rule of the Arabic spelling: ورڤلة became ورفلة (Libya's
# Warfalla tribe), ڨبلي the word قبلي (tribal). A spelling with a borrowed letter is only kept
# when the place has no other.
_BORROWED_LETTERS = frozenset(PERSIAN_LETTERS)

# Proclitic sequences a place name can carry (و ف, then ب ك ل, then ال or لل), longest first.
_ARTICLES = ("ال", "لل")
PROCLITICS = tuple(
    sorted(
        {c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ك", "ل") for a in ("", "ال")} - {""}
        | {c + "لل" for c in ("", "و", "ف")},
        key=len,
        reverse=True,
    )
)


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a country, region, city or site, with its chain of parents."""

    name: str  # canonical Arabic name, with its own article: العراق، الأنبار، عين الأسد
    name_en: str
    kind: str  # country, region, city or site
    country: str  # canonical Arabic name of the country, "" for seas and world regions
    parents: tuple[str, ...] = ()  # nearest first, up to the country

    @property
    def path(self) -> tuple[str, ...]:
        """Country first, the place last."""
        return (*reversed(self.parents), self.name)


@dataclass(frozen=True, slots=True)
class Condition:
    """When one spelling counts for one place: every rule in ``rules`` must hold (see
    :mod:`indexer.extract.locations`), and with ``literal`` the word must be spelt as given."""

    rules: frozenset[str]
    literal: str = ""  # last word as printed (harakat removed), for the literal rule


ANYWHERE = Condition(frozenset())


@dataclass(frozen=True, slots=True)
class Pattern:
    """One spelling of one or more places, as the sequence of readings of its words."""

    words: tuple[Reading, ...]
    places: tuple[tuple[int, tuple[Condition, ...]], ...]  # best known place first
    anywhere: tuple[int, ...] = ()  # the places this spelling names whatever the context
    anchor: int = 0  # the word it is looked up by: the rarest in the news corpus


def split_article(word: str) -> Reading:
    """``(core, had_article)`` of a normalised word: الانبار → (انبار, True)."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:], True
    return word, False


def reading(w: WordAnalysis) -> Reading:
    """The analyzer's reading of a word: its base without the article, and whether one was written
    (in the base, or among the stripped proclitics: بالعراق, للعراق)."""
    core, article = split_article(w.base)
    if not article:
        exact, base = w.exact, w.base
        if len(exact) > len(base) and exact.endswith(base):
            article = exact[: len(exact) - len(base)].endswith(_ARTICLES)
    return core, article


def fallback_readings(exact: str) -> list[Reading]:
    """Other readings of a word whose analyzer reading is no place: the word whole, and the word
    without each proclitic it may carry. The analyzer guards its clitic stripping with corpus
    counts, which can go wrong for a rare name (وباريس read as و+ب+اريس); the gazetteer itself
    is the guard here, since only readings that spell a place are kept."""
    out = [split_article(exact)]
    for clitic in PROCLITICS:
        if exact.startswith(clitic) and len(exact) - len(clitic) >= 3:
            core, article = split_article(exact[len(clitic) :])
            out.append((core, article or clitic.endswith(_ARTICLES)))
    return out


_TASHKEEL = re.compile("[\u064b-\u0650\u0652\u0670\u0640]")  # shadda kept: عمّان is not عمان


def literal_form(word: str) -> str:
    """A word as printed, harakat but shadda removed: ة and ه, أ and آ kept apart (حماة ≠ حماه,
    مأرب ≠ مآرب)."""
    return _TASHKEEL.sub("", word)


_ARABIC = re.compile("[\u0600-\u06ff]")
_MARKS = re.compile("[\u064b-\u0652\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")


def printed(word: str) -> str:
    """A word as a name is shown: harakat, shadda, tatweel and invisible marks removed."""
    return _MARKS.sub("", word)


def english_key(name: str) -> str:
    """A user's English place name folded for lookup: ``Al-Anbār`` → ``anbar``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’‘ʻʿ`]", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^(?:al|el|as|ash|ad|adh|ar|an|az|at|ath|the) ", "", text)


def _condition_order(condition: Condition) -> tuple:
    return (not condition.literal, condition.literal, sorted(condition.rules))


class Gazetteer:
    """Places, their patterns keyed by the core of their anchor word, and lookups by name."""

    def __init__(self, analyzer: Analyzer, rows: Iterable[list[str]] | None = None) -> None:
        self.analyzer = analyzer
        self.places: list[Place] = []
        self.priors: list[int] = []
        self.forms: list[list[tuple[str, str]]] = []  # per place: (Arabic spelling, rule)
        self._english: list[str] = []  # per place: its English names, |-separated
        for row in rows if rows is not None else self._read():
            self._add(row)
        self.spelt: dict[tuple[Reading, ...], Pattern] = {}  # every pattern by its words
        self.patterns = self._index()

    @staticmethod
    def _read() -> Iterable[list[str]]:
        with resources.files("indexer").joinpath("data", GAZETTEER_FILE).open("rb") as raw:
            with gzip.open(raw, "rt", encoding="utf-8") as f:
                for line in f:
                    if not line.startswith("#"):
                        yield line.rstrip("\n").split("\t")

    def _add(self, row: list[str]) -> None:
        name, name_en, kind, country, parents, prior, forms, english = row
        self.places.append(Place(name, name_en, kind, country, tuple(filter(None, parents.split("|")))))
        self.priors.append(int(prior))
        self.forms.append([(f.partition("=")[0], f.partition("=")[2]) for f in forms.split("|") if f])
        self._english.append(f"{name_en}|{english}")

    @cached_property
    def english(self) -> dict[str, list[int]]:
        """Places by folded English name, those whose display name it is first (built on first
        use: only :meth:`resolve` needs it)."""
        primary: dict[str, list[int]] = defaultdict(list)
        other: dict[str, list[int]] = defaultdict(list)
        for place, names in enumerate(self._english):
            display, _, more = names.partition("|")
            primary[english_key(display)].append(place)
            for key in {english_key(n) for n in more.split("|") if n}:
                other[key].append(place)
        by_prior = self.priors.__getitem__
        return {
            key: sorted(primary.get(key, []), key=by_prior, reverse=True)
            + sorted(set(other.get(key, [])) - set(primary.get(key, [])), key=by_prior, reverse=True)
            for key in primary.keys() | other.keys()
        }

    def readings_of(self, name: str) -> tuple[Reading, ...]:
        """The readings of the words of a place name. The first word is read whole (a name does
        not begin with a clitic, and the analyzer might take the ب of بعقوبة for one); the others
        through the same analyzer as the articles, so والهرسك reads as the text's والهرسك does."""
        tokens = find_tokens(name)
        if not tokens:
            return ()
        first = split_article(normalize(tokens[0]))
        if len(tokens) == 1:
            return (first,)
        return (first, *(reading(self.analyzer.word(t)) for t in tokens[1:]))

    def _index(self) -> dict[str, list[Pattern]]:
        """Patterns by the core of their anchor word. A one-word name is its own anchor; a longer
        one is anchored on its rarest word (الأسد in عين الأسد, ظبي in أبو ظبي), so that common
        first words (علي، عين، أبو) do not send the extractor to check every occurrence."""
        grouped: dict[tuple[Reading, ...], dict[int, set[Condition]]] = {}
        rarest: dict[tuple[Reading, ...], int] = {}
        conditions: dict[tuple[str, str], Condition] = {}
        count = self.analyzer.lexicon.count
        for index, forms in enumerate(self.forms):
            plain = [(form, rule) for form, rule in forms if _BORROWED_LETTERS.isdisjoint(form)]
            for form, rule in plain or forms:
                words = self.readings_of(form)
                if not words:
                    continue
                if len(words) > 1 and words not in rarest:
                    tokens = [normalize(t) for t in find_tokens(form)]
                    rarest[words] = min(range(len(words)), key=lambda k: count(tokens[k]))
                literal = literal_form(form.split()[-1]) if "literal" in rule else ""
                condition = conditions.get((rule, literal))
                if condition is None:
                    rules = frozenset(filter(None, rule.split("+")))
                    condition = conditions[(rule, literal)] = Condition(rules, literal) if rules else ANYWHERE
                grouped.setdefault(words, {}).setdefault(index, set()).add(condition)
        patterns: dict[str, list[Pattern]] = defaultdict(list)
        priors = self.priors
        for words, places in grouped.items():
            ordered = sorted(places.items(), key=lambda p: -priors[p[0]])
            anywhere = tuple(i for i, c in ordered if ANYWHERE in c)
            anchor = rarest.get(words, 0)
            # A place's conditions in a fixed order, spellings first: عمّان after العاصمة meets both
            # its literal and its type-word condition, and must count as spelt out (Amman, not Oman)
            # whatever order a set of conditions iterates in.
            conditions_of = tuple((i, tuple(sorted(c, key=_condition_order))) for i, c in ordered)
            pattern = Pattern(words, conditions_of, anywhere, anchor)
            patterns[words[anchor][0]].append(pattern)
            self.spelt[words] = pattern
        for group in patterns.values():
            group.sort(key=lambda p: -len(p.words))  # longest spelling first
        return dict(patterns)

    # -- lookups -----------------------------------------------------------------------------------

    def lookup(self, words: tuple[Reading, ...]) -> list[int]:
        """Places spelt exactly ``words`` (any rule), best known first."""
        pattern = self.spelt.get(words)
        return [index for index, _ in pattern.places] if pattern else []

    def resolve(self, name: str) -> Place | None:
        """The place a user means by ``name``: Arabic in any spelling or clitic form, or English."""
        name = name.strip()
        if not name:
            return None
        if not _ARABIC.search(name):
            found = self.english.get(english_key(name))
            return self.places[found[0]] if found else None
        words = self.readings_of(name)
        candidates = self._prefer_literal(self.lookup(words), name)
        if not candidates and words:
            exact = [w.exact for w, _, _ in self.analyzer.words(name)]
            for first in fallback_readings(exact[0]):
                candidates = self._prefer_literal(self.lookup((first, *words[1:])), name)
                if candidates:
                    break
        return self.places[candidates[0]] if candidates else None

    def _prefer_literal(self, candidates: list[int], name: str) -> list[int]:
        """Places whose spelling must be exact and is (عمّان), before the others (عمان)."""
        spelt = literal_form(name.split()[-1]) if name.split() else ""
        exact = [
            i
            for i in candidates
            if any(
                "literal" in rule.split("+") and spelt.endswith(literal_form(form)) for form, rule in self.forms[i]
            )
        ]
        return exact + [i for i in candidates if i not in exact]
