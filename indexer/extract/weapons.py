"""The weapon facet: which weapons of the taxonomy an article reports as used.

A weapon counts when it is used in the events the article reports, not when a word merely looks
like one: مسيرة is also a march or a career, قصف also a figure of speech, and a missile may be a
purchase, a space rocket or the name of a market. Extraction runs in three steps, all driven by
the data file ``indexer/data/weapons.toml``:

1. **Triggers.** Phrases that name a weapon (صاروخ، طائرة مسيرة، عبوة ناسفة …) are matched as
   sequences of analyzed words — on the analyzer's stem view by default, so inflections and
   clitics match — longest phrase first.
2. **Context rules.** Each trigger names a rule: cue words that must (``require``) or must not
   (``block``) stand within a few words of it in the same sentence, and for an ambiguous word
   (a bare قصف, a قذيفة صاروخية) the cues that decide its key (``route``).
3. **Article rules.** A word ruled out as another sense (a space rocket, قصف الكلام) keeps that
   sense for the whole article, a generic word (القذيفة) that names again a projectile
   already keyed nearby (قذيفة صاروخية) adds no key of its own, and a weapon named only in
   sentences that open on an earlier month (ففي أبريل، استهدف هجوم صاروخي …) is a recalled
   attack, not the event reported, when another weapon is used in the article.

Each distinct word is classified once (memoised inside the extractor), so an article with no
weapon word costs a few set operations, and one with weapon words a little work around each.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path
from types import MappingProxyType

from analyzers import Analyzer, WordAnalysis

from .dates_lexicon import fold, names
from .types import Span, WeaponMention

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "weapons.toml"

# Characters that end a sentence: context never reaches across them.
_SENTENCE_END_CHARS = ".!?؟؛…\n"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_END_CHARS)}]")
# How far (in words) sentence bounds are looked for around a trigger; no rule looks further.
_MAX_REACH = 16
# The future prefix س before an imperfect verb (ستسقط، وسيحدث) marks a threat or a hypothesis.
_IMPERFECT_PREFIXES = frozenset("يتنا")
_MEMO_LIMIT = 500_000  # distinct words remembered before the memo starts over
_CUT_AFTER_REACH = 2  # words after a trigger a block's cut_after word may stand in
_LIFT_REACH = 4  # words after a trigger a block's lifted_by word may stand in
_PURPOSE_OR_MEANS = frozenset("لب")  # proclitics that keep a lifted_by word from lifting
# Words before a verb of use that say it did not happen (قبل تفجيرها، بهدف زرعها، ينوي استخدامها).
_NOT_YET = frozenset(
    fold(w) for w in "قبل دون بدون بهدف ينوي ينوون يعتزم يعتزمون لمنع منع يحاول محاولة".split()
)

# A sentence that opens on "for in" a month (ففي أبريل، ففي نهاية يناير) gives an earlier event as an
# example (see _set_aside_recalled).
_FOR_IN = "ففي"
_PERIOD_WORDS = frozenset(fold(w) for w in "بداية نهاية مطلع أواخر أوائل منتصف أواسط".split())
_MONTHS = frozenset(fold(n.form) for n in names() if n.kind != "weekday" and " " not in n.form)

Words = list[tuple[WordAnalysis, int, int]]
_first = itemgetter(0)
_start = itemgetter(1)
_stem = attrgetter("stem")
_base = attrgetter("base")


def _in_a_work_title(text: str, span: Span) -> bool:
    """Whether ``span`` stands inside guillemets that quote the title of a film, a book, a song
    or an article, named at most ``_WORK_REACH`` words before the title, or before the earlier
    titles of its list."""
    opening = text.rfind("«", max(0, span.start - _TITLE_REACH), span.start)
    if opening < 0 or "»" in text[opening : span.start]:
        return False
    if "»" not in text[span.end : span.end + _TITLE_REACH]:
        return False
    before = text[max(0, opening - 4 * _TITLE_REACH) : opening]
    while (earlier := _QUOTED_BEFORE.search(before)) is not None:
        before = before[: earlier.start()]
    return _WORK.search(" ".join(before.split()[-_WORK_REACH:])) is not None


def _without_article(proclitics: str) -> str:
    """The proclitics before the article: the ل of الصواريخ is the article's, not the preposition
    (وال → و); the article after the preposition ل is written لل (للصواريخ → ل)."""
    if proclitics.endswith("لل"):
        return proclitics[:-1]
    return proclitics[:-2] if proclitics.endswith("ال") else proclitics


def _joined_by_and(w: WordAnalysis) -> bool:
    """Whether ``w`` carries the conjunction و (وحزاما، والمدفعية)."""
    return w.proclitics.startswith("و")


@dataclass(frozen=True)
class WeaponKind:
    """One key of the weapon taxonomy, with its typical wording (for completion and display)."""

    key: str
    label: str  # Arabic label, e.g. طائرات مسيرة
    label_en: str  # English label, e.g. drones
    triggers: tuple[str, ...] = ()  # typical wording: صاروخ، قصف صاروخي، كاتيوشا …
    quoted_systems: bool = False  # named by a quoted system name (قذائف «آر بي جي»)

    def __repr__(self) -> str:
        return f"WeaponKind({self.key!r}, {self.label!r}, {self.label_en!r}, {len(self.triggers)} triggers)"


@dataclass(frozen=True)
class TriggerDecision:
    """One weapon-like phrase found in a text, and what its context made of it."""

    span: Span
    phrase: str  # the trigger as written in the data file
    key: str  # the key it gave, "" if none
    why: str  # "used", "no cue of the rule near", "blocked by صفقه", ...


def load_data(path: Path = DATA_FILE) -> dict:
    """The weapon data (taxonomy, cue lists, rules, triggers) as parsed from TOML."""
    with path.open("rb") as f:
        return tomllib.load(f)


def load_taxonomy(path: Path = DATA_FILE) -> Mapping[str, WeaponKind]:
    """The weapon kinds of the data file, in display order, keyed by facet key."""
    kinds = load_data(path)["kinds"]
    return MappingProxyType(
        {
            key: WeaponKind(
                key,
                kind["label"],
                kind["label_en"],
                tuple(kind.get("wording", ())),
                kind.get("quoted_systems", False),
            )
            for key, kind in kinds.items()
        }
    )


TAXONOMY: Mapping[str, WeaponKind] = load_taxonomy()


# -- the data, compiled --------------------------------------------------------------------------

# A phrase is a tuple of elements: a frozenset of item ids (any one matches the word there), or
# None for one optional word of any kind.
Phrase = tuple[frozenset[int] | None, ...]


_YIELD_WITHIN = 80  # words: how near the weapons a route's key gives way to must be named
LONE_DRONE_REACH = 200  # words: how far from a drone a bare raid is still its strike
# ... and how far an indefinite air strike is: beyond it, a new strike is told (ترد الولايات المتحدة
# وبريطانيا بضربات جوية), not the drone's again, which comes back definite (الضربة الجوية) or as a
# bare raid (وكانت الضربات قد بدأت بغارة).
LONE_DRONE_NEW_STRIKE = 12
# The marks that enclose a name (أسمى نفسه بـ"حزام ناسف", «حزام ناسف», “حزام ناسف”).
_QUOTES = {("«", "»"), ('"', '"'), ("“", "”"), ("”", "”")}
# A work whose title is quoted right after the word for it (فيلم «رصاصة في القلب»، أفلام: «غروب
# وشروق»، و«على من نطلق الرصاص؟»، تحت عنوان «… سوف أطلق النار على نفسي»): the title's weapon is
# no event's.
_WORK = re.compile(
    r"(?:^|[\s(:،,])[وفبل]?(?:ال)?(?:فيلم|أفلام|افلام|رواية|روايات|كتاب|كتب|قصة|قصص|مسرحية|مسلسل|"
    r"أغنية|اغنية|قصيدة|ديوان|برنامج|عنوان|بعنوان|مجموعة قصصية|لوحة|مقطع)[هاي]?"
)
_QUOTED_BEFORE = re.compile(r"«[^«»]{0,60}»\s*[،,]?\s*و?\s*$")  # an earlier title of the same list
_TITLE_REACH = 40  # characters: how long a title may run on either side of its weapon
_WORK_REACH = 4  # words between the word for the work and its title (فيلم كلينت ايستوود «قناص»)
_WEAPON_STEM = "سلاح"  # كسلاح، كأسلحة: something used "as a weapon" is none (a likeness)
_LIST_REACH = 5  # words: how far back a conjunct looks for the preposition its list opens with
# Counts that stand before a weapon with من (بعدد من الصواريخ).
_COUNT_NOUNS = "عدد عشرات مئات آلاف مجموعة سرب"
# Words that make a number approximate (بأكثر من 400 صاروخ، بنحو 30 قذيفة), carrying its clitic.
_APPROXIMATORS = "أكثر أقل نحو حوالي قرابة زهاء"
# Counts written out, which a list of weapons fired puts before a conjunct (وتسع مسيرات).
_CARDINALS = "اثنين اثنان ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمان ثمانية تسع تسعة عشر عشرة"
_NO_CUE = "no cue of the rule near"
# The words of a model named after a weapon (صاروخين من طراز «كينجال» الفرط صوتية و12 طائرة مسيرة).
_MODEL_WORDS = frozenset(("من", "طراز", "نوع"))
# Words that open the next clause (صاروخ «توماهوك»، فيما تنفي دمشق امتلاك أي أسلحة; بالصواريخ
# والطائرات المسيرة، أدت إلى إغراق سفينتين والاستيلاء على ثالثة): a block's cue after one of them
# speaks of that clause, not of the weapon before it. Exact forms.
_CLAUSE_OPENERS = frozenset("فيما بينما وبينما ادت ادي مما".split())
_AIR_WORDS = frozenset(("جويه", "جوي"))  # غارة جوية: an air strike, whichever phrase matched
_SENTENCE_ENDS = (".", "\n", "؟", "!")


_TWO_RAIDS = frozenset(fold(w) for w in "غارتين غارتان ضربتين ضربتان".split())
# What a thing is equipped or loaded with (عربات مزودة برشاشات ثقيلة): its ب names a part, not an
# instrument.
_EQUIPPED = frozenset(fold(w) for w in "مزودة مزود المزودة مجهزة مجهز المجهزة محملة محمل المحملة".split())
# What a strike did to what follows it (ضربة جوية استهدفت موقع إطلاق الطائرات بدون طيار): the drones
# after these are its target, not its means.
_TARGETED = frozenset(fold(w) for w in "استهدفت استهدف استهدفتا طالت دمرت ودمرت".split())


def _indefinite_air_strike(words: Words, m: _Mention) -> bool:
    """An air strike told as a new one: indefinite and said to be from the air (ضربات جوية، غارة
    جوية), not a definite one (الضربة الجوية) nor a bare raid (بغارة), which name one told before."""
    if "ال" in words[m.i][0].proclitics:
        return False
    after = words[m.end][0].exact if m.end < len(words) else ""
    # ... or two of them (بعد غارتين إسرائيليتين متتاليتين): a drone's strike is told as one
    return m.end - m.i > 1 or after in _AIR_WORDS or words[m.i][0].base in _TWO_RAIDS


def _strikes_at(words: Words, strike: _Mention, drone: _Mention) -> bool:
    """Whether a strike told before a drone targeted it (ضربة جوية استهدفت موقع إطلاق الطائرات
    بدون طيار): the drones are what it hit, not what it was made with."""
    return drone.i > strike.i and any(w.exact in _TARGETED for w, _, _ in words[strike.end:drone.i])


def _apart(text: str, words: Words, a: _Mention, b: _Mention) -> bool:
    """Whether two mentions stand in different sentences."""
    start, end = sorted((words[a.i][1], words[b.i][1]))
    return any(mark in text[start:end] for mark in _SENTENCE_ENDS)


@dataclass(frozen=True)
class _Condition:
    """Cues looked for ``before`` words back and ``after`` words on, inside the sentence."""

    items: frozenset[int]  # single-word cues
    phrases: tuple[Phrase, ...]  # multi-word cues
    phrase_starts: frozenset[int]  # the items a multi-word cue may start with
    before: int
    after: int
    key: str = ""  # for a route: the key it gives
    article: bool = False  # for a block: rules the trigger out in the whole article
    fallback: bool = False  # for a route: counts only when no other route matched
    yield_to: frozenset[str] = frozenset()  # for a route: its key gives way to these keys named near
    # For a block: also rules out the weapons joined to the trigger by و (a list seized, denied).
    conjuncts: bool = False
    # For a require: holds only for a trigger whose first word carries this proclitic (بالمدفعية).
    clitic: str = ""
    # For a block: a cue before the trigger no longer holds across one of these words (ستصبح
    # منطقة آمنة بعد أن قصفت طائرات: the hypothesis is what comes after the strike). For a route:
    # a cue after the trigger (قصف مواقع المتمردين: the force holds the positions shelled).
    cut_by: frozenset[int] = frozenset()
    # For a block: a cue after the trigger no longer holds across one of these words standing within
    # _CUT_AFTER_REACH words of it (رمايات مدفعية مركزة على مواقع ومنصات الإرهابيين: what على names
    # is the target, not the weapon's display stand; not لقصفها بسبب إصرار إيران على امتلاك).
    cut_after: frozenset[int] = frozenset()
    # For a block: a cue right after one of these words does not count (اعتراض وتدمير صاروخ: the
    # missile destroyed in the air was fired, unlike one destroyed in its depot).
    not_after: frozenset[int] = frozenset()
    # For a block: does not hold for a trigger that carries this proclitic (تم تدمير ثلاث منها بصواريخ
    # مضادة للدروع: what destroyed them, not what was destroyed).
    unless_clitic: str = ""
    # For a block whose cue stands before the trigger: lifted by one of these words within
    # _LIFT_REACH words after it, unless it carries ل or ب (made, then planted and set off: تصنيع
    # عبوة متفجرة وزرعها … ثم تفجيرها، تجهيز السيارات المفخخة التي اقتحم بها انتحاريون; not معدة
    # لزرعها, nor أتلفت الألغام بتفجيرها).
    lifted_by: frozenset[int] = frozenset()

    @property
    def empty(self) -> bool:
        return not self.items and not self.phrases


@dataclass(frozen=True)
class _Rule:
    require: tuple[_Condition, ...] = ()
    block: tuple[_Condition, ...] = ()
    route: tuple[_Condition, ...] = ()
    # The key of a mention no route decided, when the article holds none of ``otherwise_unless``.
    otherwise: str = ""
    otherwise_unless: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Trigger:
    key: str  # "" when the rule's route decides
    phrase: Phrase
    rule: _Rule
    source: str  # the phrase as written in the data file
    anchor: int = 0  # the element looked up first: the rarest word of the phrase
    defer_to: frozenset[str] = frozenset()
    defer_within: int = 0
    # Elements before the anchor, and how many of them are optional words.
    lead: int = field(init=False, default=0)
    lead_optional: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        before = self.phrase[: self.anchor]
        object.__setattr__(self, "lead", len(before))
        object.__setattr__(self, "lead_optional", sum(e is None for e in before))

    def starts(self, p: int) -> range:
        """Where the phrase may start when its anchor element matched word ``p``, earliest
        first (the optional words before the anchor present, then absent)."""
        first = p - self.lead
        return range(max(0, first), max(0, first + self.lead_optional) + 1)


@dataclass
class _Mention:
    """A matched trigger (words i..end-1) and the verdict on it."""

    trigger: _Trigger
    i: int
    end: int
    key: str
    why: str
    ruled_out_sense: bool = False  # blocked by an article-wide condition
    yield_to: frozenset[str] = frozenset()  # the route that gave the key gives way to these keys
    # How a rule with routes keyed the mention: "cue" (the nearest route cue), "default" (the route
    # with no cues) or "none" (no route applied); "" for a rule without routes.
    routed: str = ""
    blocks_conjuncts: bool = False  # ruled out by a block that rules out its conjuncts too

    def span(self, text: str, words: Words) -> Span:
        """Where in ``text`` the trigger's words stand."""
        start, stop = words[self.i][1], words[self.end - 1][2]
        return Span(start, stop, text[start:stop])


@dataclass
class _Vocabulary:
    """Every item the data mentions, numbered, and which of them a word carries."""

    stems: dict[str, int] = field(default_factory=dict)
    bases: dict[str, int] = field(default_factory=dict)
    substrings: dict[str, int] = field(default_factory=dict)
    definites: dict[str, int] = field(default_factory=dict)  # bases that must carry the article
    not_words: frozenset[str] = frozenset()  # exact forms that carry no item at all
    future: int = 0  # the built-in @future
    size: int = 1
    # Whether a word with س before a verb's prefix is that verb in the future: سيريلانكي less its
    # س is no word, and سنجار (Sinjar, 41 times in the corpus) is a word more often than نجار (7).
    is_future_verb: Callable[[WordAnalysis], bool] = field(default=lambda w: True)

    def _id(self, table: dict[str, int], value: str) -> int:
        if value not in table:
            table[value] = self.size
            self.size += 1
        return table[value]

    def item(self, spec: str, analyzer: Analyzer) -> int:
        """The id of one written item: ``word``, ``=word``, ``^word`` or ``~text``."""
        if spec.startswith("~"):
            return self._id(self.substrings, analyzer.word(spec[1:]).exact)
        w = analyzer.word(spec.lstrip("=^"))
        if spec.startswith("^"):
            if not w.proclitics.endswith("ال"):
                raise ValueError(f"weapon data: {spec!r} has no article")
            return self._id(self.definites, w.base)
        if not w.exact:
            raise ValueError(f"weapon data: {spec!r} is not a word")
        if spec.startswith("=") or not w.stem:  # a stopword has no stem: match its base
            return self._id(self.bases, w.base)
        return self._id(self.stems, w.stem)

    def items_of(self, w: WordAnalysis) -> frozenset[int]:
        if w.exact in self.not_words:
            return frozenset()
        found = set()
        if w.stem and (i := self.stems.get(w.stem)) is not None:
            found.add(i)
        if (i := self.bases.get(w.base)) is not None:
            found.add(i)
        if (i := self.definites.get(w.base)) is not None and w.proclitics.endswith("ال"):
            found.add(i)
        for text, i in self.substrings.items():
            if text in w.exact:
                found.add(i)
        if _is_future(w) and self.is_future_verb(w):
            found.add(self.future)
        return frozenset(found)


def _is_future(w: WordAnalysis) -> bool:
    """A verb with the future prefix س (ستسقط، وسيحدث), which the analyzer strips as a proclitic."""
    exact, base = w.exact, w.base
    if len(base) < 3 or len(exact) <= len(base) or not exact.endswith(base):
        return False
    return exact[: len(exact) - len(base)].endswith("س") and base[0] in _IMPERFECT_PREFIXES


class _Compiler:
    """Turns the data file's strings into item ids and phrases, through the analyzer."""

    def __init__(self, data: dict, analyzer: Analyzer) -> None:
        self.groups: dict[str, list[str]] = data["cues"]
        self.every_rule_block: list[dict] = data.get("every_rule", {}).get("block", [])
        self.block_sets: dict[str, list[dict]] = data.get("block_sets", {})
        self.analyzer = analyzer
        self.vocab = _Vocabulary()
        lexicon = getattr(analyzer, "lexicon", None)
        if lexicon is not None:
            self.vocab.is_future_verb = lambda w: lexicon.count(w.base) > max(0, lexicon.count(w.exact))
        self.vocab.not_words = frozenset(
            analyzer.word(w).exact for w in data.get("vocabulary", {}).get("not_words", ())
        )
        self._group_items: dict[str, frozenset[int]] = {}

    def group_items(self, name: str) -> frozenset[int]:
        """A list used inside a phrase: any one of its (single-word) items."""
        if name == "future":
            return frozenset({self.vocab.future})
        if name not in self._group_items:
            if name not in self.groups:
                raise ValueError(f"weapon data: unknown cue list @{name}")
            items: set[int] = set()
            for entry in self.groups[name]:
                if entry.startswith("@"):
                    items |= self.group_items(entry[1:])
                elif " " in entry:
                    raise ValueError(f"weapon data: @{name} is used in a phrase: {entry!r} must be one word")
                else:
                    items.add(self.vocab.item(entry, self.analyzer))
            self._group_items[name] = frozenset(items)
        return self._group_items[name]

    def anchor(self, text: str) -> int:
        """The element a phrase is looked up by: the one whose commonest written word is the
        rarest in news (by the analyzer's word frequencies), so that few candidates are tried.
        It must match on stems or bases only (no ~substring): a set lookup finds its words."""
        frequency = getattr(getattr(self.analyzer, "lexicon", None), "frequency", {})
        fold = self.analyzer.lexicon.fold if frequency else str

        def words_of(token: str) -> list[str]:
            if token == "@future":
                return ["~"]
            if not token.startswith("@"):
                return [token]
            return [w for entry in self.groups[token[1:]] for w in words_of(entry)]

        def weight(token: str) -> float:
            words = words_of(token) if token != "*" else ["~"]
            if any(w.startswith("~") for w in words):
                return float("inf")
            # A word and its ال form: most nouns are commoner with the article.
            forms = [fold(w.lstrip("=^")) for w in words]
            return max(frequency.get(f, 0) + frequency.get("ال" + f, 0) for f in forms)

        tokens = text.split()
        best = min(range(len(tokens)), key=lambda k: (weight(tokens[k]), k))
        if weight(tokens[best]) == float("inf"):
            raise ValueError(f"weapon data: phrase {text!r} needs one element without ~substrings")
        return best

    def phrase(self, text: str) -> Phrase:
        elements: list[frozenset[int] | None] = []
        for token in text.split():
            if token == "*":
                elements.append(None)
            elif token.startswith("@"):
                elements.append(self.group_items(token[1:]))
            else:
                elements.append(frozenset({self.vocab.item(token, self.analyzer)}))
        if not elements or elements[0] is None or elements[-1] is None:
            raise ValueError(f"weapon data: phrase {text!r} must start and end with a word")
        return tuple(elements)

    def cues(
        self, entries: Iterable[str], seen: frozenset[str] = frozenset()
    ) -> tuple[set[int], list[Phrase]]:
        """A cue list: its single words as items, its multi-word entries as phrases (lists nest)."""
        items: set[int] = set()
        phrases: list[Phrase] = []
        for entry in entries:
            if entry == "@future":
                items.add(self.vocab.future)
            elif entry.startswith("@") and " " not in entry:
                name = entry[1:]
                if name not in self.groups:
                    raise ValueError(f"weapon data: unknown cue list {entry}")
                if name not in seen:
                    sub_items, sub_phrases = self.cues(self.groups[name], seen | {name})
                    items |= sub_items
                    phrases += sub_phrases
            elif " " in entry:
                phrases.append(self.phrase(entry))
            else:
                items.add(self.vocab.item(entry, self.analyzer))
        return items, phrases

    def condition(self, spec: dict) -> _Condition:
        items, phrases = self.cues(spec["cues"])
        scope = spec.get("scope", "sentence")
        if scope not in ("sentence", "article"):
            raise ValueError(f"weapon data: scope must be 'sentence' or 'article', not {scope!r}")
        return _Condition(
            frozenset(items),
            tuple(phrases),
            frozenset().union(*(p[0] for p in phrases)),
            spec.get("before", 0),
            spec.get("after", 0),
            spec.get("key", ""),
            scope == "article",
            spec.get("fallback", False),
            frozenset(spec.get("yield_to", ())),
            spec.get("conjuncts", False),
            spec.get("clitic", ""),
            frozenset(self.cues(spec.get("cut_by", ()))[0]),
            frozenset(self.cues(spec.get("cut_after", ()))[0]),
            frozenset(self.cues(spec.get("not_after", ()))[0]),
            spec.get("unless_clitic", ""),
            frozenset(self.cues(spec.get("lifted_by", ()))[0]),
        )

    def blocks(self, entries: Iterable[dict | str]) -> list[dict]:
        """A block list with its named sets ("@usual") spelt out."""
        out: list[dict] = []
        for entry in entries:
            if isinstance(entry, str):
                if entry.removeprefix("@") not in self.block_sets:
                    raise ValueError(f"weapon data: unknown block set {entry}")
                out += self.block_sets[entry.removeprefix("@")]
            else:
                out.append(entry)
        return out

    def rule(self, spec: dict, extra_block: Iterable[dict] = (), extra_require: Iterable[dict] = ()) -> _Rule:
        """The rule ``spec`` with a trigger group's own blocks and alternatives to its requires."""
        blocks = self.blocks([*spec.get("block", ()), *self.every_rule_block, *extra_block])
        return _Rule(
            require=tuple(self.condition(c) for c in [*spec.get("require", ()), *extra_require]),
            block=tuple(self.condition(c) for c in blocks),
            route=tuple(self.condition(c) for c in spec.get("route", ())),
            otherwise=spec.get("otherwise", {}).get("key", ""),
            otherwise_unless=frozenset(spec.get("otherwise", {}).get("unless", ())),
        )


# -- the extractor -------------------------------------------------------------------------------


class WeaponExtractor:
    """Finds the weapons an article reports as used; build once per analyzer, call per article."""

    def __init__(self, analyzer: Analyzer, data_file: Path = DATA_FILE) -> None:
        self.analyzer = analyzer
        data = load_data(data_file)
        self.taxonomy = TAXONOMY if data_file == DATA_FILE else load_taxonomy(data_file)
        compiler = _Compiler(data, analyzer)
        triggers = []
        for group in data["triggers"]:
            key = group["key"]
            if key and key not in self.taxonomy:
                raise ValueError(f"weapon data: trigger key {key!r} is not in the taxonomy")
            rule = compiler.rule(
                data["rules"][group["rule"]], group.get("block", ()), group.get("require", ())
            )
            defer_to = frozenset(group.get("defer_to", ()))
            for text in group["phrases"]:
                triggers.append(
                    _Trigger(
                        key,
                        compiler.phrase(text),
                        rule,
                        text,
                        compiler.anchor(text),
                        defer_to,
                        group.get("defer_within", 0),
                    )
                )
        self._triggers = tuple(triggers)
        self._vocab = compiler.vocab
        self._by_anchor: dict[int, list[_Trigger]] = {}
        for trigger in self._triggers:
            for item in trigger.phrase[trigger.anchor]:  # type: ignore[union-attr]
                self._by_anchor.setdefault(item, []).append(trigger)
        # The stems and bases of anchor words: an article none of whose words has one of these
        # holds no trigger, and that takes two set lookups per word, in C, to find out.
        vocab = compiler.vocab
        self._anchor_stems = frozenset(t for t, i in vocab.stems.items() if i in self._by_anchor)
        self._anchor_bases = frozenset(t for t, i in vocab.bases.items() if i in self._by_anchor)
        self._order = {id(t): n for n, t in enumerate(self._triggers)}
        # Per word met near a trigger: the items it carries and the triggers it may anchor. Words
        # are keyed by identity: the analyzer hands out one WordAnalysis per surface form, and
        # the memo keeps each alive, so an id is never reused while remembered.
        self._known: dict[int, WordAnalysis] = {}
        self._items: dict[int, frozenset[int]] = {}
        self._starts: dict[int, tuple[_Trigger, ...]] = {}
        self._labels = self._label_index()
        # Aircraft that are no drone: while an article names none, its strikes are its drone's.
        self._warplanes = compiler.group_items("warplanes")
        # Raiders with no aircraft, and any word of aircraft or of the air: see _leave_raids_to_the_ground.
        self._ground_raiders = compiler.group_items("ground_raiders")
        self._aircraft_or_air = compiler.group_items("aircraft_or_air")
        self._raid_items = compiler.group_items("raid")
        self._no_instrument = compiler.group_items("no_instrument")
        self._quoted_common = compiler.group_items("quoted_common")
        self._count_nouns = frozenset(analyzer.word(w).base for w in _COUNT_NOUNS.split())
        self._approximators = frozenset(analyzer.word(w).base for w in _APPROXIMATORS.split())
        self._counts = self._count_nouns | frozenset(analyzer.word(w).base for w in _CARDINALS.split())
        # Words that name a weapon alone (صواريخ، المدفعية) and two-word phrases (قصف جوي، قذائف
        # الهاون): an optional word of a longer phrase is never one of these, and a phrase's
        # first word with a conjoined second (قصف جوي ومدفعي) names a second weapon.
        self._single_items = frozenset().union(
            *(t.phrase[0] for t in self._triggers if len(t.phrase) == 1 and t.phrase[0] is not None)
        )
        self._pairs = tuple(t for t in self._triggers if len(t.phrase) == 2 and None not in t.phrase)

    # -- words -----------------------------------------------------------------------------------

    def _items_of(self, w: WordAnalysis) -> frozenset[int]:
        found = self._items.get(id(w))
        return self._learn(w) if found is None else found

    def _learn(self, w: WordAnalysis) -> frozenset[int]:
        """Classify a word not seen before: its items, and the triggers it may anchor."""
        if len(self._items) >= _MEMO_LIMIT:
            self._known.clear()
            self._items.clear()
            self._starts.clear()
        items = self._vocab.items_of(w)
        key = id(w)
        self._known[key] = w
        self._items[key] = items
        seen = {id(t): t for item in items for t in self._by_anchor.get(item, ())}
        # In the data file's order, so that equally long phrases tie the same way every time.
        self._starts[key] = tuple(sorted(seen.values(), key=lambda t: self._order[id(t)]))
        return items

    def _candidates(self, words: Words) -> list[int]:
        """Positions of the words that anchor a trigger: found with set operations in C, which
        is all the work an article without a weapon word costs."""
        stems, bases = self._anchor_stems, self._anchor_bases
        if stems.isdisjoint(map(_stem, map(_first, words))) and bases.isdisjoint(
            map(_base, map(_first, words))
        ):
            return []
        analyses = list(map(_first, words))
        positions: set[int] = set()
        for view, anchors in ((list(map(_stem, analyses)), stems), (list(map(_base, analyses)), bases)):
            for value in anchors.intersection(view):  # list.index scans in C
                i = view.index(value)
                while i >= 0:
                    positions.add(i)
                    try:
                        i = view.index(value, i + 1)
                    except ValueError:
                        i = -1
        found = []
        for i in positions:
            w = analyses[i]
            if id(w) not in self._starts:
                self._learn(w)
            if self._starts[id(w)]:
                found.append(i)
        return sorted(found)

    def _match(
        self, phrase: Phrase, words: Words, i: int, limit: int, k: int = 0, head: WordAnalysis | None = None
    ) -> int:
        """The end (exclusive) of ``phrase[k:]`` matched from word ``i`` (not past ``limit``), or -1.

        For a trigger phrase, ``head`` is the word it starts on: its optional words then skip no
        weapon, neither one named alone nor one the head names with it, since that is a weapon
        of its own (بقذائف الهاون والمدفعية is mortars and artillery, not artillery shells), and
        no word joined by و, which begins a noun of its own (أسلحة، وأسمدة كيماوية: fertiliser).

        A method calling itself, not a nested function: a closure that calls itself is a
        reference cycle, which would keep each article's words alive until the cyclic garbage
        collector ran."""
        if k == len(phrase):
            return i
        element = phrase[k]
        if element is None:  # one optional word: try with it, then without
            if (
                i < limit
                and (head is None or not self._names_a_weapon(head, words[i][0]))
                and (head is None or not self._begins_a_noun(words, i, limit))
                and (end := self._match(phrase, words, i + 1, limit, k + 1, head)) >= 0
            ):
                return end
            return self._match(phrase, words, i, limit, k + 1, head)
        if i < limit and self._items_of(words[i][0]) & element:
            return self._match(phrase, words, i + 1, limit, k + 1, head)
        return -1

    @staticmethod
    def _begins_a_noun(words: Words, i: int, limit: int) -> bool:
        """Whether word ``i``, joined by و, begins a noun of its own (أسلحة، وأسمدة كيماوية), not
        one of a list of adjectives that goes on with و (الأسلحة الثقيلة والمتوسطة والخفيفة)."""
        if not words[i][0].proclitics.startswith("و"):
            return False
        return i + 1 >= limit or not words[i + 1][0].proclitics.startswith("و")

    def _names_a_weapon(self, head: WordAnalysis, w: WordAnalysis) -> bool:
        """Whether ``w`` names a weapon alone or after ``head`` (قصف → جوي، قذائف → الهاون)."""
        items = self._items_of(w)
        return bool(items & self._single_items) or bool(self._pairs_of(head, w))

    def _pairs_of(self, head: WordAnalysis, w: WordAnalysis) -> list[_Trigger]:
        """The two-word trigger phrases ``head`` and ``w`` make, in data order."""
        head_items, items = self._items_of(head), self._items_of(w)
        # A pair's elements are item sets, never None (see __init__).
        return [t for t in self._pairs if head_items & t.phrase[0] and items & t.phrase[1]]  # type: ignore

    # -- context ---------------------------------------------------------------------------------

    @staticmethod
    def _sentence(text: str, words: Words, i: int) -> tuple[int, int]:
        """Word bounds [lo, hi) of the sentence around word ``i``, at most _MAX_REACH away."""
        first = max(0, i - _MAX_REACH)
        cut = max(text.rfind(c, words[first][1], words[i][1]) for c in _SENTENCE_END_CHARS)
        lo = first if cut < 0 else bisect_right(words, cut, first, i, key=_start)
        last = min(len(words) - 1, i + _MAX_REACH)
        stop = _SENTENCE_END.search(text, words[i][2], words[last][1])
        hi = last + 1 if stop is None else bisect_right(words, stop.start(), i + 1, last + 1, key=_start)
        return lo, hi

    def _nearest(self, cond: _Condition, words: Words, i: int, j: int, lo: int, hi: int) -> int:
        """Position of the cue of ``cond`` nearest to the trigger words i..j-1, or -1. A cue must
        start inside the window; a phrase may end beyond it, inside the sentence."""
        items_of, match = self._items_of, self._match
        stop = min(hi, j + cond.after)
        # A cue phrase may start on the trigger itself (قصف الجبهات، a figure of speech).
        if items_of(words[i][0]) & cond.phrase_starts:
            if any(match(p, words, i, hi) > j for p in cond.phrases):
                return i
        # Nearest first: alternately one word back, one word on.
        for distance in range(1, max(cond.before, cond.after) + 1):
            for k in (i - distance, j - 1 + distance):
                if k < lo or k >= stop or (k < i and distance > cond.before):
                    continue
                items = items_of(words[k][0])
                if cond.not_after and k > lo and items_of(words[k - 1][0]) & cond.not_after:
                    continue
                if items & cond.items:
                    return k
                if items & cond.phrase_starts and any(match(p, words, k, hi) >= 0 for p in cond.phrases):
                    return k
        return -1

    def _carries(self, clitic: str, words: Words, i: int, lo: int) -> bool:
        """Whether the trigger at ``i`` carries ``clitic``, itself or as a conjunct of a list that
        opens with it (بقنابل الصوت والأعيرة المطاطية والرصاص الحي: the ب of the list's head is
        every conjunct's). The list runs back over conjuncts (و) and their modifiers (bare or
        with the article); another proclitic (ل، ك، ف) ends it, and a compound preposition (بسبب
        نقص الذخائر والرصاص) heads no list of instruments."""
        # A count before it carries its clitic for it (بعدد من الطائرات المسيرة، وعشرات من الصواريخ).
        if i >= lo + 2 and words[i - 1][0].exact == "من" and words[i - 2][0].base in self._count_nouns:
            i -= 2
        # ... and so does a number, which the tokenizer parts from the letter (بـ59 صاروخا → ب 59),
        # and the word that makes it approximate (بأكثر من 400 صاروخ «غراد»، بنحو 30 قذيفة).
        if i >= lo + 2 and words[i - 1][0].base.isdigit():
            if words[i - 2][0].exact in (clitic, "و" + clitic):
                return True
            k = i - 3 if words[i - 2][0].exact == "من" else i - 2
            if k >= lo and self._approximately(words[k][0], clitic):
                return True
        proclitics = words[i][0].proclitics
        if clitic in _without_article(proclitics):
            return True
        if not proclitics.startswith("و"):
            return False
        for k in range(i - 1, max(lo, i - _LIST_REACH) - 1, -1):
            proclitics = words[k][0].proclitics
            if clitic in _without_article(proclitics):
                return not self._items_of(words[k][0]) & self._no_instrument
            if proclitics not in ("", "ال") and not proclitics.startswith("و"):
                return False
        return False

    def _approximately(self, w: WordAnalysis, clitic: str) -> bool:
        """Whether ``w`` is a word of approximation carrying ``clitic`` (بنحو، بحوالي، وبأكثر)."""
        if w.base in self._approximators:
            return clitic in _without_article(w.proclitics)
        # The analyzer keeps a stopword whole with its clitics (بأكثر، وبنحو).
        whole = w.base.removeprefix("و")
        return whole.startswith(clitic) and whole[len(clitic) :] in self._approximators

    def _listed_after(self, words: Words, end: int, s: int) -> bool:
        """Whether the phrase at ``s`` is the next conjunct of a list whose previous item ends at
        ``end``: joined by و, after the previous item's modifiers and model (صاروخا باليستيا، صاروخين
        من طراز كينجال) and before a count of its own (و36 طائرة، وتسع مسيرات)."""
        if s - end > 8:
            return False
        counts = self._counts

        def opens_the_next(k: int) -> bool:
            """The conjunction before the next item: و, or و on its count or on the item itself
            (not on a modifier joined to the previous item: صواريخ باليستية ومجنحة)."""
            w = words[k][0]
            if w.exact == "و":
                return True
            return _joined_by_and(w) and (k == s or w.base.isdigit() or w.base in counts)

        conj = next((k for k in range(end, s + 1) if opens_the_next(k)), -1)
        if conj < 0:
            return False
        for k in range(end, conj):
            w = words[k][0]
            model_name = k > end and words[k - 1][0].exact in _MODEL_WORDS  # any word: «كينجال»
            # ... a modifier may be joined to the previous one (باليستية ومجنحة), if it names no weapon
            modifier = bool(w.stem) and (
                w.proclitics in ("", "ال") or (w.proclitics == "و" and not self._starts.get(id(w)))
            )
            if not (modifier or w.exact in _MODEL_WORDS or model_name):
                return False
        return all(
            w.exact == "و" or w.base.isdigit() or w.base in self._counts for w, _, _ in words[conj:s]
        )

    def _lifted(self, cond: _Condition, words: Words, j: int, hi: int) -> bool:
        """Whether a word of ``cond.lifted_by`` follows the trigger ending at ``j``: not in ل (a
        purpose), nor in ب (the means of a disposal: أتلفت الألغام بتفجيرها), nor after a word that
        makes it forestalled or meant (ضبط سيارة مفخخة قبل تفجيرها)."""
        return any(
            self._items_of(w) & cond.lifted_by and not _PURPOSE_OR_MEANS.intersection(w.proclitics)
            and words[k - 1][0].exact not in _NOT_YET
            for k, (w, _, _) in enumerate(words[j : min(hi, j + _LIFT_REACH)], start=j)
        )

    def _cut(self, cond: _Condition, words: Words, k: int, i: int, j: int) -> bool:
        """Whether a word of ``cond.cut_by`` stands between the cue at ``k`` and the trigger words
        i..j-1 (on either side)."""
        between = words[k + 1 : i] if k < i else words[j:k]
        return any(self._items_of(w) & cond.cut_by for w, _, _ in between)

    def _decide(self, trigger: _Trigger, words: Words, i: int, j: int, lo: int, hi: int) -> _Mention:
        """The verdict of the trigger's rule on words i..j-1."""
        rule = trigger.rule
        carries = self._carries
        if rule.require and all(
            (c.clitic and not carries(c.clitic, words, i, lo)) or self._nearest(c, words, i, j, lo, hi) < 0
            for c in rule.require
        ):
            # A word of another sense still tells the article's sense when no cue makes this one
            # an event (وسط "قصف" سياسي … بـ"قصف مركز" على التحوير: both figurative).
            for cond in rule.block:
                if cond.article and (k := self._nearest(cond, words, i, j, lo, hi)) >= 0:
                    return _Mention(trigger, i, j, "", f"{_NO_CUE}; blocked by {words[k][0].exact}", True)
            return _Mention(trigger, i, j, "", _NO_CUE)
        if _is_future(words[i][0]):  # سيقصف كل من يقترب: the trigger itself is a threat
            return _Mention(trigger, i, j, "", "a verb in the future")
        proclitics = words[i][0].proclitics
        if "ك" in proclitics and (words[i][0].stem == _WEAPON_STEM or proclitics.endswith("كال")):
            # Salt used "as" a weapon (كسلاح كيميائي), takings "like the rocket" (انطلقت الإيرادات
            # كالصاروخ): a likeness. Not "such as" before a list of examples (كبراميل متفجرة وقصف).
            return _Mention(trigger, i, j, "", "a likeness (ك)")
        for cond in rule.block:
            if (k := self._nearest(cond, words, i, j, lo, hi)) >= 0:
                if (cond.unless_clitic and carries(cond.unless_clitic, words, i, lo)
                        and not (i > lo and words[i - 1][0].exact in _EQUIPPED)):
                    continue
                if cond.cut_by and k < i and self._cut(cond, words, k, i, j):
                    continue
                if cond.lifted_by and k < i and self._lifted(cond, words, j, hi):
                    continue
                if cond.cut_after and k >= j and any(
                    self._items_of(w) & cond.cut_after for w, _, _ in words[j : min(k, j + _CUT_AFTER_REACH)]
                ):
                    continue
                if k >= j and any(w.exact in _CLAUSE_OPENERS for w, _, _ in words[j:k]):
                    continue
                why = f"blocked by {words[k][0].exact}"
                return _Mention(trigger, i, j, "", why, cond.article, blocks_conjuncts=cond.conjuncts)
        if not rule.route:
            return _Mention(trigger, i, j, trigger.key, "used")
        key, why, best, yield_to = "", "", _MAX_REACH + 1, frozenset()
        for fallback in (False, True):
            for cond in rule.route:
                if cond.fallback != fallback or cond.empty:
                    continue
                k = self._nearest(cond, words, i, j, lo, hi)
                # On a route the cut concerns a cue after the trigger (قصف مواقع المتمردين: the
                # positions' holder); one before it is the author (تتخذ منه الميليشيات مقرا لقصف).
                if k >= j and cond.cut_by and self._cut(cond, words, k, i, j):
                    continue
                distance = i - k if k < i else k - j + 1
                if k >= 0 and distance < best:
                    key, why, best = cond.key, f"used, routed by {words[k][0].exact}", distance
                    yield_to = cond.yield_to
            if key:
                return _Mention(trigger, i, j, key, why, yield_to=yield_to, routed="cue")
        for cond in rule.route:
            if cond.empty:  # the default, when no cue decides
                return _Mention(trigger, i, j, cond.key, "used (default route)", routed="default")
        return _Mention(trigger, i, j, "", "no cue of a route near", routed="none")

    def _matches(self, words: Words) -> list[tuple[int, int, _Trigger]]:
        """Every trigger phrase found in ``words``: (start, end, trigger), leftmost first, then
        longest, then in data order."""
        starts, order, n = self._starts, self._order, len(words)
        found: dict[tuple[int, int], int] = {}  # (start, data order) -> end
        for p in self._candidates(words):
            for trigger in starts[id(words[p][0])]:
                for s in trigger.starts(p):
                    end = self._match(trigger.phrase, words, s, n, 0, words[s][0])
                    if end > p:
                        found[s, order[id(trigger)]] = end
                        break
        ranked = sorted((s, -end, n) for (s, n), end in found.items())
        return [(s, -neg_end, self._triggers[n]) for s, neg_end, n in ranked]

    def _scan(self, text: str, words: Words) -> list[_Mention]:
        """Every trigger matched in ``text``, with the verdict of its rule and of the article rules.

        Phrases are taken leftmost-longest within a sentence and do not overlap. Of equally long
        phrases at one place, the first (in data order) whose rule accepts the context gives the
        mention."""
        mentions: list[_Mention] = []
        by_start: dict[int, list[tuple[int, _Trigger]]] = {}
        for s, end, trigger in self._matches(words):
            by_start.setdefault(s, []).append((end, trigger))
        done = 0  # words before this index belong to a phrase already taken
        for s, candidates in by_start.items():  # in order of start (dicts keep insertion order)
            if s < done:
                continue
            lo, hi = self._sentence(text, words, s)
            inside = [(end, trigger) for end, trigger in candidates if end <= hi]
            if not inside:
                continue
            end = inside[0][0]
            verdict = self._first_keyed([t for e, t in inside if e == end], words, s, end, lo, hi)
            first = mentions[-1] if mentions else None
            joined = first is not None and s == first.end and _joined_by_and(words[s][0])
            if verdict.key and joined and first.blocks_conjuncts:
                # Seized, defused or denied together (ضبطت سيارتين مفخختين وحزاما ناسفا): a weapon
                # joined by و right after one such a block ruled out shares its fate, however far
                # the list runs from the cue.
                verdict.key, verdict.blocks_conjuncts = "", True
                verdict.why = f"joined to {words[first.i][0].exact}, {first.why}"
            elif first is not None and first.key and verdict.why == _NO_CUE and self._listed_after(
                words, first.end, s
            ):
                # Fired together (أطلقت موسكو 122 صاروخا و36 طائرة دون طيار، اعترضت الدفاعات صاروخا
                # باليستيا و9 طائرات مسيرة): a weapon listed right after one used is used in the
                # same act, though its own rule finds no cue near it.
                verdict.key = verdict.trigger.key
                verdict.why = f"listed after {words[first.i][0].exact}, used"
            elif first is not None and first.key and verdict.why == _NO_CUE and s == first.end and (
                verdict.trigger.key in first.trigger.defer_to
            ):
                # A generic word's system named right after it (بقذائف «آر بي جي»): the cue that made
                # the shells used, further off than the system's own rule looks, makes the system
                # used; the shells then name it again (_settle).
                verdict.key = verdict.trigger.key
                verdict.why = f"named by {words[first.i][0].exact}, used"
            mentions.append(verdict)
            done = end
            if verdict.key and end - s > 1:
                done = self._add_elided(mentions, words, s, end, lo, hi, by_start)
        self._settle(text, mentions, words)
        self._give_strikes_to_a_lone_drone(text, mentions, words)
        self._leave_raids_to_the_ground(mentions, words)
        self._give_way(mentions)
        self._default_undecided(mentions)
        self._set_aside_recalled(text, words, mentions)
        self._set_aside_quoted_names(text, words, mentions)
        return mentions

    def _set_aside_quoted_names(self, text: str, words: Words, mentions: list[_Mention]) -> None:
        """A weapon phrase that is all a pair of quotes holds is a name: an alias (أسماء من
        شاكلة «حزام ناسف»), a title, a slogan; not the weapon of an event. Not a weapon system's
        name, which the news quotes as it fires it (قذائف «آر بي جي»، صواريخ «غراد»). The same
        phrase of two words or more unquoted elsewhere in the article is that name again (ابن القاعدة
        وشقيقه حزام ناسف)."""
        named: dict[str, _Mention] = {}
        for m in mentions:
            if m.key and _in_a_work_title(text, m.span(text, words)):
                m.key, m.why = "", "in the quoted title of a work"
            if m.key and (not self.taxonomy[m.key].quoted_systems or self._a_common_word(words, m)):
                span = m.span(text, words)
                if (text[span.start - 1 : span.start], text[span.end : span.end + 1]) in _QUOTES:
                    m.key, m.why = "", "a name in quotes"
                    if m.end - m.i > 1:  # one quoted word is as often a label of the attacker («الانتحاري»)
                        named.setdefault(m.trigger.source, m)
        for m in mentions:
            if m.key and m.trigger.source in named:
                m.key, m.why = "", f"the name at {words[named[m.trigger.source].i][0].exact} again"

    def _a_common_word(self, words: Words, m: _Mention) -> bool:
        """Whether ``m`` is one common noun of its kind (قصف، صواريخ), not a system's name."""
        return m.end - m.i == 1 and bool(self._items_of(words[m.i][0]) & self._quoted_common)

    def _first_keyed(
        self, triggers: Iterable[_Trigger], words: Words, i: int, j: int, lo: int, hi: int
    ) -> _Mention | None:
        """The verdict on words i..j-1 of the first of ``triggers`` (in data order) whose rule gives
        a key, else of the first; None without triggers."""
        verdict = None
        for trigger in triggers:
            mention = self._decide(trigger, words, i, j, lo, hi)
            if verdict is None or mention.key:
                verdict = mention
            if mention.key:
                break
        return verdict

    def _add_elided(
        self, mentions: list[_Mention], words: Words, s: int, end: int, lo: int, hi: int, by_start: dict
    ) -> int:
        """The weapons conjoined to a two-word phrase with its first word left out (قصف جوي
        ومدفعي، القذائف الصاروخية والمدفعية، قذائف الهاون والدبابات): each conjunct names the
        weapon the first word names with it. A conjunct that names a weapon alone keeps its own
        mention. Returns the index of the first word not taken."""
        head = words[s][0]
        while end < hi and end not in by_start and _joined_by_and(words[end][0]):
            verdict = self._first_keyed(self._pairs_of(head, words[end][0]), words, end, end + 1, lo, hi)
            if verdict is None:
                break
            mentions.append(verdict)
            end += 1
        return end

    def _give_strikes_to_a_lone_drone(self, text: str, mentions: list[_Mention], words: Words) -> None:
        """A report whose only aircraft is a drone: its strikes, raids and bombardments are the
        drone's, however far apart within a story (ضربة جوية نفذتها طائرة بلا طيار … وقصفت الطائرة
        السيارة … بالضربة الجوية); further on (LONE_DRONE_REACH words) a long article has moved to
        other raids (NATO's raids of the month, a raid of years before). Any warplane the article
        names outside a drone's phrase (مقاتلات، طائرات، طيران) keeps them apart."""
        drones = [m for m in mentions if m.key == "drone"]
        if not drones:
            return
        in_a_drone = {k for m in drones for k in range(m.i, m.end)}
        if self._names_any(words, self._warplanes, outside=in_a_drone):
            return
        why = f"names the drone at {words[drones[0].i][0].exact} again (no other aircraft)"
        for m in mentions:
            if m.key == "airstrike" and "drone" in m.trigger.defer_to:
                means = [d for d in drones if not _strikes_at(words, m, d)]
                if not means:
                    continue
                nearest = min(means, key=lambda d: abs(m.i - d.i))
                if self._new_strike(text, words, m, nearest):
                    continue
                if abs(m.i - nearest.i) <= LONE_DRONE_REACH:
                    m.key, m.why = "", why

    @staticmethod
    def _new_strike(text: str, words: Words, m: _Mention, drone: _Mention) -> bool:
        """Whether an indefinite air strike (بضربات جوية، غارة جوية) is told apart from the drone
        nearest to it: farther than LONE_DRONE_NEW_STRIKE words, or in another sentence. A definite
        one (الضربة الجوية) or a bare raid (بغارة) names the drone's strike again."""
        if not _indefinite_air_strike(words, m):
            return False
        return abs(m.i - drone.i) > LONE_DRONE_NEW_STRIKE or _apart(text, words, m, drone)

    def _names_any(self, words: Words, items: frozenset[int], outside: Container[int] = frozenset()) -> bool:
        """Whether a word of the article, outside the word indexes ``outside``, carries one of ``items``."""
        items_of = self._items_of
        return any(items_of(w) & items for k, (w, _, _) in enumerate(words) if k not in outside)

    def _leave_raids_to_the_ground(self, mentions: list[_Mention], words: Words) -> None:
        """A report that names a raider with no aircraft (بوكو حرام) and no aircraft or word of the
        air at all: its bare raids were made on the ground (أحرقوا نصف القرية في غارة مشابهة،
        التفجيرات الانتحارية والغارات الدموية على قرى)."""
        raids = [
            m for m in mentions
            if m.key == "airstrike" and m.end - m.i == 1 and self._items_of(words[m.i][0]) & self._raid_items
        ]
        if not raids or not self._names_any(words, self._ground_raiders):
            return
        if self._names_any(words, self._aircraft_or_air):
            return
        for m in raids:
            m.key, m.why = "", "a ground raid (a raider with no aircraft, and none named)"

    @staticmethod
    def _give_way(mentions: list[_Mention]) -> None:
        """A key routed by a cue that only names who fired (قصفوا … الحوثيون) gives way to the
        weapons named for that fire within _YIELD_WITHIN words (قذائف الهاون والصواريخ): the
        bombardment is theirs. Further off they may be another side's (the rebels' mortars)."""
        for m in mentions:
            if not (m.key and m.yield_to):
                continue
            named = sorted(
                {o.key for o in mentions if o.key in m.yield_to and abs(o.i - m.i) <= _YIELD_WITHIN}
            )
            if named:
                m.key, m.why = "", f"the {', '.join(named)} named near"

    @staticmethod
    def _default_undecided(mentions: list[_Mention]) -> None:
        """A mention no route decided (قصف with no aircraft, gun or force near) takes its rule's
        ``otherwise`` key when the article names none of the keys that would have decided it: a
        bombardment whose means the article never names is shelling, by the annotation guidelines."""
        keys = {m.key for m in mentions if m.key}
        other_sense = {m.trigger.source for m in mentions if m.ruled_out_sense}
        for m in mentions:
            rule = m.trigger.rule
            if m.trigger.source in other_sense:
                continue  # the article uses the word in another sense (a figure of speech)
            if not m.key and m.routed == "none" and rule.otherwise and not keys & rule.otherwise_unless:
                m.key, m.why = rule.otherwise, "used (no other means of fire in the article)"

    def _set_aside_recalled(self, text: str, words: Words, mentions: list[_Mention]) -> None:
        """A report often surveys earlier attacks by example (ففي أبريل، استهدف هجوم صاروخي …): a
        weapon named only in such sentences is background, not the event reported, when another
        weapon is used in the article's own events. An earlier attack the report goes on to tell
        (وفي 22 مارس الماضي، أطلقت صواريخ، وفي مارس الماضي استُهدفت قافلة بلغم) is retold, as the
        annotation counts it (every such weapon in the dev sets and the batches is annotated); an
        article that only recounts past events (a history of a war) keeps them all."""
        recalled = {id(m) for m in mentions if m.key and self._opens_on_a_month(text, words, m.i)}
        current = {m.key for m in mentions if m.key and id(m) not in recalled}
        if not current:
            return
        for m in mentions:
            if m.key and m.key not in current:
                m.key, m.why = "", "recalls an earlier event (the sentence opens on a month)"

    @staticmethod
    def _opens_on_a_month(text: str, words: Words, i: int) -> bool:
        """Whether word ``i``'s sentence opens on ``ففي [بداية] أبريل``: an example, by a month with no
        day, of what the sentence before said in general (تعرضت القواعد لهجمات … ففي أبريل). A
        sentence that goes on with the story (وفي مارس الماضي، استُهدفت قافلة بلغم) is retold."""
        lo, _ = WeaponExtractor._sentence(text, words, i)
        if lo and not _SENTENCE_END.search(text, words[lo - 1][2], words[lo][1]):
            return False  # the sentence starts further back than the context reach
        k = lo
        if k >= i or words[k][0].exact != _FOR_IN:
            return False
        k += 1
        if k < i and words[k][0].exact in _PERIOD_WORDS:
            k += 1
        return k < i and words[k][0].exact in _MONTHS

    @staticmethod
    def _settle(text: str, mentions: list[_Mention], words: Words) -> None:
        """The article rules: one sense per word and article; generic words defer to specific ones."""
        other_sense = {m.trigger.source: m for m in mentions if m.ruled_out_sense}
        for m in mentions:
            if m.key and m.trigger.source in other_sense:
                seen = other_sense[m.trigger.source]
                m.key, m.why = "", f"another sense in this article ({words[seen.i][0].exact}: {seen.why})"
        # A phrase no cue routed means what the same phrase meant where a cue did: the rocket shells
        # of one report are one weapon (القذائف الصاروخية سقطت … بالقذائف الصاروخية).
        routed = {m.trigger.source: m for m in mentions if m.key and m.routed == "cue"}
        for m in mentions:
            if m.key and m.routed == "default" and m.trigger.source in routed:
                seen = routed[m.trigger.source]
                m.key, m.why = seen.key, f"used, as at {words[seen.i][0].exact} in this article"
        for m in mentions:
            if m.key and m.trigger.defer_to:
                for other in mentions:
                    if other.key in m.trigger.defer_to and abs(other.i - m.i) <= m.trigger.defer_within:
                        if other.key == "drone" and _strikes_at(words, m, other):
                            continue
                        # نفذ التحالف ضربات جوية, a sentence after the drone: a new strike.
                        new = other.key == "drone" and _indefinite_air_strike(words, m)
                        if new and _apart(text, words, m, other):
                            continue
                        m.key, m.why = "", f"names the {other.key} at {words[other.i][0].exact} again"
                        break

    # -- public API ------------------------------------------------------------------------------

    def find(self, text: str, words: Words) -> list[WeaponMention]:
        """The weapons ``text`` reports as used, one mention per key with all its spans, in
        taxonomy order. ``words`` is ``analyzer.words(text)``, computed once by the caller."""
        spans: dict[str, list[Span]] = {}
        for m in self._scan(text, words):
            if m.key:
                spans.setdefault(m.key, []).append(m.span(text, words))
        return [
            WeaponMention(kind.key, kind.label, kind.label_en, spans[kind.key])
            for kind in self.taxonomy.values()
            if kind.key in spans
        ]

    def explain(self, text: str, words: Words | None = None) -> list[TriggerDecision]:
        """Every weapon-like phrase of ``text`` and what its context made of it (why an article
        got, or did not get, a key)."""
        words = self.analyzer.words(text) if words is None else words
        out = []
        for m in self._scan(text, words):
            out.append(TriggerDecision(m.span(text, words), m.trigger.source, m.key, m.why))
        return out

    def kinds(self) -> list[WeaponKind]:
        """Every weapon kind, in display order."""
        return list(self.taxonomy.values())

    def resolve(self, value: str) -> str | None:
        """The key a user means by a facet value: the key itself (``drone``), its English label
        (``drones``), its Arabic label (طائرات مسيرة) or a trigger word in any form (مسيّرات،
        بالصواريخ، هاون). None when nothing matches, or the word has no single key (قصف)."""
        value = value.strip()
        if not value:
            return None
        if (key := self._labels.get(value.lower())) is not None:
            return key
        if (key := self._labels.get(self._stems(value))) is not None:
            return key
        # The phrases found in the value, leftmost-longest: it names a weapon when it begins with
        # one and all it names is one key (صاروخ باليستي، غارة جوية; not قصف, which has no key).
        matches = self._matches(self.analyzer.words(value))
        if not matches or matches[0][0] != 0:
            return None
        found, done = set(), 0
        for start, end, trigger in matches:
            if start >= done:
                found.add(trigger.key)
                done = end
        return found.pop() or None if len(found) == 1 else None

    def _label_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for kind in self.taxonomy.values():
            english = kind.label_en
            for name in (kind.key, kind.key.replace("_", " "), english, english.removesuffix("s")):
                index[name.lower()] = kind.key
            index[self._stems(kind.label)] = kind.key
        return index

    def _stems(self, value: str) -> str:
        return " ".join(w.stem or w.base for w, _, _ in self.analyzer.words(value))
