"""Light stemming of one normalised Arabic word: proclitics, suffixes, broken plurals.

Rules are tables; each strip is guarded by corpus statistics (:class:`~analyzers.lexicon.Lexicon`)
instead of a bare minimum length, because a length rule cannot tell بغداد (a city) from بطايره
(ب + طايره). Below, ``count(x)`` is how often the form x occurs in the news corpus and
``fam(x) = count(x) + count("ال" + x)``.

Function words first: a stopword, or a stopword with a pronoun or verb ending (فيها = في + ها,
عليه = على + ه, كانت = كان + ت), is never taken apart and gives no stem.

Proclitics are peeled one layer at a time, each under its own guard:

1. a conjunction و or ف; then, on what is left,
2. the future marker س (only before an imperfect verb: سيقول), or a preposition ب ك ل; then
3. the article ال (or the ل + ال contraction لل).

A clitic ``c`` is NOT stripped from ``w`` when

* ``w`` behaves like a word of its own: the corpus shows it behind a prefix that could not combine
  with ``c`` (ببغداد makes بغداد a word, البلد makes بلد one, الوزير makes وزير one);
* the remainder is too rare to be the word behind it: it must be attested at least 1/30 as often
  as ``w`` (بلغت is not ب + لغت), 1/5 for a two-letter remainder (بدا), and at least as often
  for the rare clitics ك and س (كيري is not ك + يري, سياره not س + ياره);
* the remainder is a stopword and ``w`` is not one of the stopword list's own clitic forms
  (بأنه and لذلك are; كانت is not ك + أنت).

The article stays when the ال-word takes a prefix that cannot stand before an article (لالمانيا,
الالتزام: ال is part of the word), and when what follows it is a stopword (الإمام is not ال + أمام).
لل is ل + لبنان rather than ل + ال + بنان when لبنان is the commoner reading.

Suffixes, in this order (each step guarded; ت before a suffix is restored to ة when the ة-form
is attested: طايرتين → طايره):

1. a pronoun (ها هم هما هن كم كما كن نا ه) when a stem of three letters or more is attested at
   least 15% as often as the whole (اسمه → اسم; but رياضه is a feminine noun, not رياض + ه);
2. the broken-plural table (صواريخ → صاروخ);
3. a number ending: ات (to the singular in ة when that is the commoner: طايرات → طايره, but
   قطاعات → قطاع), the dual and sound plural ون ين ان (only with another member of the paradigm,
   or a stem much commoner than the form, so names ending like a dual stay whole: حسين، سلمان،
   تامين), and the construct plural ي/و (مسوولي → مسوول, when مسوولين and مسوولون are commoner);
4. the broken-plural table again (جنوده → جنود → جندي);
5. the feminine ة (folded to ه): a relative adjective keeps its ي (عسكريه → عسكري, when عسكري is
   at least a tenth as common); any other word loses ة only when it is not a feminine noun of the
   dictionary and the masculine is at least a tenth as common (جديده → جديد, but طايره is not
   طاير and شرطه is not شرط).

The alef of the indefinite accusative goes first (هجوماً → هجوم) when the bare word is at least
twice as common (ten times after ي) and never takes the article, so names in ا stay whole (سوريا
is not سوري, إسبانيا not إسباني, النمسا not نمس). The final ي is left alone: it carries meaning
(رمادي is not رماد). Words of the protected list are never split further, and function words give
no stem.

The guards' sums over many prefixes are computed once, in one pass over the counts
(:attr:`Stemmer._behind`), so a guard is a dict lookup.

The input is a word already normalised with the clitic table (ى still apart from ي, because it
is evidence: على is a stopword, علي a name); the caller folds ى in the output.
"""

from __future__ import annotations

from functools import cached_property

from .lexicon import Lexicon
from .verbs import VerbLemmas

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
FUTURE = "س"
ARTICLE = "ال"
IMPERFECT_PREFIXES = frozenset("يتنا")


def _sequences() -> tuple[str, ...]:
    """Every proclitic sequence that can stand before a word: [و|ف] [ب|ك|ل|س] [ال], and لل."""
    seqs = set()
    for conj in ("", *CONJUNCTIONS):
        for middle in ("", *PREPOSITIONS, FUTURE):
            seqs.add(conj + middle)
            if middle in ("", "ب", "ك"):
                seqs.add(conj + middle + ARTICLE)
        seqs.add(conj + "لل")
    seqs.discard("")
    return tuple(sorted(seqs))


PREFIX_SEQUENCES = _sequences()
# Evidence that a word beginning with و/ف is a word: any prefix before it (الوزير، ووزير),
# except the future marker, which only stands before a verb in ي ت ن ا, and a bare ب, which
# begins names of its own (بوعلي، بوزيد).
BEFORE_CONJUNCTION = tuple(p for p in PREFIX_SEQUENCES if not p.endswith(FUTURE) and p != "ب")
# Evidence that a word beginning with ب ك ل is a word: a prefix ending in a preposition or the
# article, neither of which can stand before another preposition (ببغداد، البلد) ...
_BEFORE_PREPOSITION = tuple(p for p in PREFIX_SEQUENCES if p[-1] in "بكل" or p.endswith(ARTICLE))
# ... except that a ل before a word in ل reads as لل (ل + ال): للوكالة is no evidence for لوكالة.
# The article is evidence (اللجنة makes لجنة a word, not ل + جنة).
EVIDENCE_BEFORE = {c: _BEFORE_PREPOSITION for c in "بكس"} | {
    "ل": tuple(p for p in _BEFORE_PREPOSITION if p.endswith(ARTICLE) or not p.endswith("ل"))
}
# Evidence that ال belongs to the word: a prefix that would have fused with an article
# (ل + ال is written لل, so لالمانيا shows المانيا), or an article before it (الالتزام).
BEFORE_ARTICLE = tuple(p for p in PREFIX_SEQUENCES if p.endswith(("ل", ARTICLE)) and not p.endswith("لل"))
BEFORE_ARTICLE_OR_PREPOSITION = (ARTICLE, "ب", "ل", "بال", "لل")
# Prefixes whose counts show that a remainder is a word (واضاف is و + اضاف: فاضاف، لاضاف ...).
ATTESTING = (ARTICLE, "و", "ب", "ل", "ف")
EVIDENCE_CLASSES = (BEFORE_CONJUNCTION, *set(EVIDENCE_BEFORE.values()), BEFORE_ARTICLE, BEFORE_ARTICLE_OR_PREPOSITION)

WORD_EVIDENCE = 2  # occurrences behind an impossible prefix that make a form a word
WORD_EVIDENCE_SHARE = 50  # ... and at least 1/50 of the form's own count (typos are noise)
REST_SHARE = 30  # a remainder attested less than 1/30 as often as the form is not its word
SHORT_REST_SHARE = 5  # the same for a two-letter remainder
# ك ("like") and the future س are rare in the news, and many names begin with their letters
# (كيري، كوبا، سيرجي): their remainder must be at least as common as the whole form.
RARE_CLITIC_SHARE = {"ك": 1, FUTURE: 1}

PAST_ENDINGS = ("ت", "وا", "ا", "تا", "ن")  # كانت، كانوا، كانا
PRONOUN_SUFFIXES = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه")
PLURAL_ENDINGS = ("ون", "ين", "ان")
CONSTRUCT_ENDINGS = {"ي": "ين", "و": "ون"}  # مسوولي / مسوولو: the plural before a genitive
NUMBER_LAST_LETTERS = frozenset("تنيو")  # the last letters of ات, ون ين ان and the construct ي و
TEH_MARBUTA = "ه"  # ة after folding
NISBA_SHARE = 0.10  # عسكري at least a tenth as common as عسكريه
FEMININE_SHARE = 0.10  # جديد at least a tenth as common as جديده
PRONOUN_SHARE = 0.15  # اسم at least 15% as common as اسمه
SHORT_PRONOUN_SHARE = 3  # a two-letter noun at least three times as common as its pronoun form
SHORT_NOUN_MIN = 50  # ... and seen bare at least this often
PLURAL_SHARE = 0.10  # مسلم at least a tenth as common as مسلمين
ACCUSATIVE_SHARE = 2  # هجوم at least twice as common as هجوما
# ... as common after ي (رسمياً → رسمي): the country names in يا are known (Lexicon.names_in_alef)
# or take prepositions (بتركيا)
ACCUSATIVE_SHARE_YA = 1
DUAL_SHARE = 0.5  # صاروخ at least half as common as صاروخين when no other plural form is seen
MAQSURA_SHARE = 2  # ذكرى at least twice as common as ذكرا before a suffix
SLOPPY_TEH_SHARE = 20  # a form printed with ه under 1/20 as often as with ة is a ة without dots


class Stemmer:
    """Clitic and suffix stripping for one word, driven by a :class:`Lexicon`."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.count = lexicon.frequency.get
        self.stopwords = lexicon.stopwords
        self.stopword_forms = lexicon.stopword_forms
        self.conjugated = lexicon.conjugated_stopwords
        self.searchable = lexicon.searchable
        self.protected = lexicon.protected
        self.plurals = lexicon.plurals
        self.feminine_nouns = lexicon.feminine_nouns
        self.hamzated_al = lexicon.hamzated_al
        self.teh_marbuta_forms = lexicon.teh_marbuta_forms
        self.names_in_alef = lexicon.names_in_alef

    @cached_property
    def _behind(self) -> dict[tuple[str, ...], dict[str, int]]:
        """For each class of prefixes, how often each form occurs behind one of them: the sums
        the guards ask for, added up in one pass over the counts instead of one lookup per
        prefix and question. Function words count as no evidence (لولا is not ل + ولا), except
        for the attestation of a remainder."""
        tables: dict[tuple[str, ...], dict[str, int]] = {prefixes: {} for prefixes in (*EVIDENCE_CLASSES, ATTESTING)}
        # prefix → the tables it feeds, for a form that is a function word and for one that is not
        feeds: dict[str, tuple[list[dict[str, int]], list[dict[str, int]]]] = {}
        for prefixes in (*EVIDENCE_CLASSES, ATTESTING):
            for prefix in prefixes:
                plain, function = feeds.setdefault(prefix, ([], []))
                plain.append(tables[prefixes])
                if prefixes is ATTESTING:
                    function.append(tables[prefixes])
        lengths = sorted({len(p) for p in feeds})
        first_letters = {p[0] for p in feeds}
        forms = self.stopword_forms
        for form, count in self.lexicon.frequency.items():
            if form[0] not in first_letters:
                continue
            for k in lengths:
                if k >= len(form):
                    break
                fed = feeds.get(form[:k])
                if fed is None:
                    continue
                rest = form[k:]
                for table in fed[form in forms]:
                    table[rest] = table.get(rest, 0) + count
        return tables

    def fam(self, word: str) -> int:
        """How often ``word`` occurs bare or with the article."""
        count = self.count
        return count(word, 0) + count(ARTICLE + word, 0)

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Stopwords, their clitic forms (فيها، عليه، بأنه، لديهم) and the past forms of the
        verbs of the list (كانت، كانوا), less the searchable and protected words, and less the
        clitic forms that are also nouns (الفهم and لفهم make فهم "understanding")."""
        forms = {f for f in self.stopword_forms if not self._is_word(f, BEFORE_ARTICLE_OR_PREPOSITION)}
        forms.update(verb + ending for verb in self.conjugated for ending in PAST_ENDINGS)
        return frozenset((forms - self.searchable - self.protected) | self.stopwords)

    def is_function_word(self, word: str) -> bool:
        """A stopword, one of its clitic forms, or a past form of a verb of the list."""
        return word in self.function_words

    # -- proclitic guards ------------------------------------------------------------------------

    def _is_word(self, word: str, prefixes: tuple[str, ...]) -> bool:
        """Does ``word`` itself occur behind one of ``prefixes``, often enough to be a word?"""
        evidence = self._behind[prefixes].get(word, 0)
        return evidence >= WORD_EVIDENCE and evidence * WORD_EVIDENCE_SHARE >= self.count(word, 0)

    def _attestation(self, rest: str, word: str) -> int:
        """How often ``rest`` occurs as a word, bare or behind the common prefixes (other than
        in ``word`` itself)."""
        count = self.count
        total = count(rest, 0) + self._behind[ATTESTING].get(rest, 0)
        if word[1:] == rest and word[0] in ATTESTING:
            total -= count(word, 0)
        if rest.startswith(ARTICLE):
            total += count(rest[2:], 0)
        return total

    def _may_strip(self, word: str, rest: str, evidence: tuple[str, ...], *, conjunction: bool) -> bool:
        """The shared guard of the conjunctions, prepositions and the future marker."""
        if len(rest) < 2 or self._is_word(word, evidence):
            return False
        if word.endswith("ا") and len(word) >= 4 and self._is_word(word[:-1], evidence):
            # واحدا is واحد in the accusative, not و + احدا; باكرا is باكر (الباكر), not ب + اكرا
            return False
        if rest in self.protected:
            return True
        if self.is_function_word(rest):
            return conjunction or word in self.stopword_forms
        if rest.startswith(ARTICLE) and len(rest) >= 4:
            # و + ال, ب + ال: the commonest clitic chains of all; a fixed phrase may make the
            # chained form commoner than the bare one (البلدية والقروية), so any trace will do.
            return self._attestation(rest, word) > 0
        share = SHORT_REST_SHARE if len(rest) == 2 else REST_SHARE
        share = RARE_CLITIC_SHARE.get(word[0], share)
        attestation = self._attestation(rest, word)
        if attestation == 0 and self.count(word, 0) == 0:
            # Neither form is in the counts (a rare dual, plural or pronoun form): the same
            # question on the form without its suffixes (برميلين is برميل's dual, not ب + رميلين;
            # ويضيفه is و + يضيفه, as ويضيف is و + يضيف).
            bare = self.strip_suffixes(word)
            if bare == word or len(bare) < 3:
                return True
            return self._may_strip(bare, bare[1:], evidence, conjunction=conjunction)
        return attestation * share >= self.count(word, 0)

    # -- proclitics ------------------------------------------------------------------------------

    def strip_proclitics(self, word: str) -> str:
        """``word`` without its leading conjunction, preposition or future marker, and article."""
        if word in self.protected or len(word) < 3 or self.is_function_word(word):
            return word
        if word[0] in CONJUNCTIONS:
            rest = word[1:]
            if self._may_strip(word, rest, BEFORE_CONJUNCTION, conjunction=True):
                return self._strip_inner(rest)
            return word
        return self._strip_inner(word)

    def _strip_inner(self, word: str) -> str:
        """Proclitics after the conjunction: a preposition or the future marker, then the article."""
        if word in self.protected or len(word) < 3 or self.is_function_word(word):
            return word
        first = word[0]
        if word.startswith(ARTICLE):
            return self._strip_article(word)
        if word.startswith("لل") and len(word) >= 4:
            # ل + ال (للمره) or ل + a word in ل (للبنان): the commoner reading wins.
            # The word in ل must be a word, not ل + a word itself: للوكالة is ل + الوكالة, even
            # though لوكالة (ل + وكالة) is commoner than الوكالة.
            noun, l_word = word[2:], word[1:]
            if l_word in self.protected or (
                self.fam(l_word) > self.count(ARTICLE + noun, 0) and self._strip_inner(l_word) == l_word
            ):
                return l_word
            return self._article_or_word(ARTICLE + noun, noun)
        if first in PREPOSITIONS:
            rest = word[1:]
            if not self._may_strip(word, rest, EVIDENCE_BEFORE[first], conjunction=False):
                return word
            if rest.startswith(ARTICLE) and not self.is_function_word(rest):
                return self._strip_article(rest)
            return rest
        if first == FUTURE and word[1] in IMPERFECT_PREFIXES and len(word) >= (5 if word[1] == "ا" else 4):
            # An imperfect verb has three letters at least (سيقول، سأفعل); سأل and سألت are no
            # س + a verb.
            rest = word[1:]
            if self._may_strip(word, rest, EVIDENCE_BEFORE[FUTURE], conjunction=False):
                return rest
        return word

    def _strip_article(self, word: str) -> str:
        noun = word[2:]
        if len(noun) < 2:
            return word
        return self._article_or_word(word, noun)

    def _article_or_word(self, with_article: str, noun: str) -> str:
        """``noun``, unless ال is part of the word (لالمانيا), the ال-form is protected, or what
        follows the article is a stopword (الإمام is not ال + أمام)."""
        if with_article in self.protected or self.is_function_word(with_article):
            return with_article
        if self.is_function_word(noun) or with_article in self.hamzated_al:
            return with_article
        count = self.count
        evidence = self._behind[BEFORE_ARTICLE].get(with_article, 0)
        if evidence >= WORD_EVIDENCE and evidence * WORD_EVIDENCE_SHARE >= count(with_article, 0):
            # الالغاز and لالغاز exist, but so does an indefinite غاز: the article reading stands.
            indefinite = sum(count(p + noun, 0) for p in ("", "و", "ب", "ل", "ف"))
            if evidence > indefinite:
                return with_article
        return noun

    # -- suffixes --------------------------------------------------------------------------------

    def restore_teh(self, stem: str) -> str:
        """ت before a suffix is a ة: طايرت(ين) → طايره, when the ة-form is the commoner."""
        if stem.endswith("ت") and self.fam(stem[:-1] + TEH_MARBUTA) > self.fam(stem):
            return stem[:-1] + TEH_MARBUTA
        return stem

    def restore_maqsura(self, stem: str) -> str:
        """ى is written ا before a suffix (ذكراه، مستواها، قراهم): the stem in ى, when that is
        much the commoner."""
        if len(stem) >= 3 and stem.endswith("ا"):
            in_maqsura = stem[:-1] + "ى"
            if self.fam(in_maqsura) > MAQSURA_SHARE * self.fam(stem):
                return in_maqsura
        return stem

    def _printed_heh_is_a_pronoun(self, word: str) -> bool:
        """``word`` was printed with ه, not ة: is that the pronoun, or a writer's ة without its
        dots? The pronoun when the corpus prints the form with ه at least 1/20 as often as with
        ة (عمره "his age", مكانه "his place", قراره), a ة without dots when hardly ever (جامعه:
        4 times, جامعة 2,443 times)."""
        with_teh = self.lexicon.printed_with_teh_marbuta(word)
        return (self.count(word, 0) - with_teh) * SLOPPY_TEH_SHARE > with_teh

    def _printed_heh_fam(self, word: str) -> int:
        """How often ``word`` is printed with ه, bare or with the article."""
        printed = self.lexicon.printed_with_teh_marbuta
        return self.fam(word) - printed(word) - printed(ARTICLE + word)

    def _two_letter_noun(self, stem: str, word: str) -> bool:
        """Is ``stem`` a noun of two letters that ``word`` is with a pronoun (حقه، دمها، يده)? It
        takes the article often (الحق، الدم) and is far commoner than the whole form."""
        count = self.count
        return (
            stem not in self.stopwords
            and not self.is_function_word(ARTICLE + stem)  # اليه is إليه, no article + يه
            and count(stem, 0) >= SHORT_NOUN_MIN
            and count(ARTICLE + stem, 0) * 2 >= count(stem, 0)
            and self.fam(stem) >= SHORT_PRONOUN_SHARE * self.fam(word)
        )

    def _strip_pronoun(self, word: str, final: str | None = None) -> str:
        if not word.endswith(PRONOUN_SUFFIXES):
            return word
        fam = self.fam
        for suffix in PRONOUN_SUFFIXES:
            if not word.endswith(suffix):
                continue
            stem = word[: -len(suffix)]
            if len(stem) < 3 and not (len(stem) == 2 and self._two_letter_noun(stem, word)):
                return word
            if suffix == TEH_MARBUTA and (
                stem.endswith("ي")
                or (
                    not (final == "ه" and self._printed_heh_is_a_pronoun(word))
                    and (
                        word in self.teh_marbuta_forms
                        # a dictionary noun in ة keeps it where the printed letter is not known
                        or word in self.feminine_nouns
                    )
                )
            ):
                # رياضه is a noun in ة, and مروه is printed مروة; عسكريه is left to the feminine
                # step.
                return word
            stem = self.restore_maqsura(self.restore_teh(stem))
            found = fam(stem)
            # Printed with ه, the form is weighed against its own spelling alone: the ة-spelling
            # (مكانة "status" beside مكانه "his place") is another word.
            whole = self._printed_heh_fam(word) if suffix == TEH_MARBUTA and final == "ه" else fam(word)
            if found and found >= PRONOUN_SHARE * whole:
                return stem
            return word
        return word

    def _strip_number(self, word: str) -> str:
        if word[-1] not in NUMBER_LAST_LETTERS:
            return word
        fam = self.fam
        if word.endswith("ات") and len(word) >= 4:
            return self._singular_of_at(word[:-2], word)
        if len(word) >= 5:
            for ending in PLURAL_ENDINGS:
                if word.endswith(ending):
                    return self._singular_of_sound_plural(word[:-2], ending, word)
            for ending, plural in CONSTRUCT_ENDINGS.items():
                if word.endswith(ending):
                    stem = word[:-1]
                    other = "ون" if plural == "ين" else "ين"
                    if fam(stem + plural) > fam(word) and fam(stem + other) and fam(stem):
                        return stem
                    return word
        return word

    def _singular_of_at(self, stem: str, word: str) -> str:
        """The singular of a plural in ات: طايرات → طايره, منشات → منشاه, قطاعات → قطاع."""
        fam = self.fam
        if stem.endswith("ي") and fam(stem[:-1] + "ى"):
            return stem[:-1] + "ى"  # مستويات → مستوى
        feminine = stem + TEH_MARBUTA
        if stem in self.plurals:
            # مباحثات is the plural of مباحثه, not a plural of the plural مباحث
            return feminine if fam(feminine) else word
        if fam(feminine) >= fam(stem) or (feminine in self.feminine_nouns and fam(feminine) * 10 >= fam(stem)):
            if fam(feminine):
                return feminine
        if len(stem) >= 3 and fam(stem + "اه"):
            return stem + "اه"  # منشآت → منشأة
        if len(stem) >= 3 and fam(stem) and fam(stem) * 20 >= fam(word):
            return stem
        return word

    def _singular_of_sound_plural(self, stem: str, ending: str, word: str) -> str:
        fam = self.fam
        restored = self.restore_teh(stem)
        if restored != stem:
            return restored  # مسيرتين، طايرتان
        if not fam(stem):
            return word
        if ending == "ان":
            # Only a dual: its oblique form must be there too (سلمان has no سلمين).
            ok = fam(stem + "ين") > 0 and fam(stem) * 10 >= fam(word)
        elif any(fam(stem + e) for e in PLURAL_ENDINGS if e != ending):
            ok = fam(stem) >= PLURAL_SHARE * fam(word)
        else:
            ok = fam(stem) >= DUAL_SHARE * fam(word)
        return stem if ok else word

    def _strip_accusative(self, word: str) -> str:
        """The alef of the indefinite accusative (هجوماً → هجوم، جنوداً → جنود، رسمياً → رسمي), when
        the bare word is common enough beside the form: names in ا stay (سوريا is not سوري)."""
        # The indefinite accusative never takes the article (العليا and النمسا are no such form),
        # nor a preposition (بتركيا).
        count = self.count
        if not word.endswith("ا") or len(word) < 4 or word in self.names_in_alef:
            return word
        if word.endswith(("ها", "هما", "كما")):  # قدرها is قدر + ها
            return word
        if word.endswith("نا") and self.fam(word[:-2]) * PRONOUN_SHARE >= self.fam(word[:-1]):
            return word  # قدرنا is قدر + نا; مليونا, عنوانا are accusatives (مليو، عنوا are no words)
        own = count(word, 0)
        behind_preposition = sum(count(p + word, 0) for p in BEFORE_ARTICLE_OR_PREPOSITION)
        if behind_preposition * 20 > own:
            return word
        stem = word[:-1]
        share = ACCUSATIVE_SHARE_YA if stem.endswith("ي") else ACCUSATIVE_SHARE
        if self.fam(stem) >= share * own and stem not in self.stopwords:
            return stem
        return word

    def _strip_feminine(self, word: str) -> str:
        if not word.endswith(TEH_MARBUTA) or len(word) < 4:
            return word
        stem = word[:-1]
        fam = self.fam
        masculine = fam(stem)
        if not masculine:
            return word
        if stem.endswith("ي"):
            return stem if masculine >= NISBA_SHARE * fam(word) else word
        if word in self.feminine_nouns:
            return word
        return stem if masculine >= FEMININE_SHARE * fam(word) else word

    def strip_suffixes(self, word: str, definite: bool = False, final: str | None = None) -> str:
        """``word`` without its pronoun and number suffixes, broken plural and feminine ة.
        ``definite``: the word carried the article, which no pronoun suffix follows (العمرة is
        the umrah, never عمر + ه). ``final``: the last letter as printed, ة or ه, when ة is
        folded to ه and the caller knows it (a ة is no pronoun: عمرة is the umrah, عمره "his age")."""
        plurals, protected = self.plurals, self.protected
        if word in protected:
            return word
        stem = plurals.get(word)
        if stem is None:
            stem = self._strip_accusative(word)
            if not definite and final != "ة":
                stem = self._strip_pronoun(stem, final)
            if stem in protected:
                return stem
            stem = plurals.get(stem) or self._strip_number(stem)
            stem = plurals.get(stem, stem)
        if stem in protected:
            return stem
        return self._strip_feminine(stem)

    # -- the whole word --------------------------------------------------------------------------

    @cached_property
    def verbs(self) -> VerbLemmas:
        return VerbLemmas(self)

    def stem_base(
        self, base: str, definite: bool = False, word: str | None = None, final: str | None = None
    ) -> str:
        """The stem of a word already without proclitics (``definite``: one of them was the
        article), or "" for a function word. A verb's stem is its lemma (see analyzers.verbs),
        read on the whole ``word`` first when that is a verb form (باشرت is no ب + أشرت), then on it
        without its conjunction (وبقي is و + بقي, not و + ب + قي);
        no verb follows the article, and none ends in ة (``final``, see :meth:`strip_suffixes`)."""
        if self.is_function_word(base):
            return ""
        if not definite and final != "ة":
            for form in self._verb_readings(word, base):
                if form not in self.protected and (lemma := self.verbs.lemma(form)) is not None:
                    return lemma
        stem = self.strip_suffixes(base, definite, final)
        # A suffix that leaves a function word was no suffix (بيان is not بي + ان).
        return base if stem in self.stopwords else stem

    @staticmethod
    def _verb_readings(word: str | None, base: str) -> tuple[str, ...]:
        """The forms a verb is looked for in, longest first: the whole word, the word without its
        conjunction (ولجأ: لجأ, not و + ل + جاء), and the word without its proclitics."""
        if not word or word == base:
            return (base,)
        if word[0] in CONJUNCTIONS and word[1:] != base:
            return (word, word[1:], base)
        return (word, base)

    def stem(self, word: str) -> str:
        """The stem of a clitic-normalised word, or "" for a function word."""
        base = self.strip_proclitics(word)
        return self.stem_base(base, had_article(word, base), word)


def had_article(word: str, base: str) -> bool:
    """Whether the proclitics stripped from ``word`` to leave ``base`` end with the article."""
    return len(word) > len(base) and word[: len(word) - len(base)].endswith((ARTICLE, "لل"))
