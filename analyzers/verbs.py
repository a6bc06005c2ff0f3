"""Verb conflation: the persons and tenses of one verb share a term, its perfect third person
masculine singular (أعلنت، يعلن، سيعلنون، أعلنوها → أعلن; قالت، يقول → قال; يسعون → سعى).

A verb inflects at both ends, and its letters look like clitics and noun endings: the imperfect
prefixes ي ت ن begin nouns and names too (تجارة is no ت + جارة, يمين no ي + مين, ياسر a name),
and ت and وا end nouns (قوات، بنت). So no reading is taken on its letters alone; each is checked
against the corpus counts (:class:`~analyzers.lexicon.Lexicon`), as the stemmer's clitic guards are:

* the lemma must be a verb: its perfect is seen with the feminine ت and the plural وا (أعلنت,
  أعلنوا), its imperfect with two persons (يعلن, تعلن), and those endings are not a stray few
  beside a common noun or name of the same letters (سعد، أحمد، أمل: نسعد and تحمد exist, but
  سعدت and أحمدت are rare beside the names);
* the form must not be a noun: a form the corpus shows with the article is one (اليمنيون, البنت);
* an imperfect prefix must be one: the same stem is seen with another person's prefix, not far
  rarer than this one (يزيد beside تزيد; ياسر has no تاسر, نزار no يزار).

The imperfect stem of a perfect differs with the verb's class, so each form proposes the lemmas it
may come from and the attested verb with the most perfect forms wins: the stem itself (كتب، شارك،
تحدث), with alef (أرسل، اجتمع، استخدم → يرسل، يجتمع، يستخدم), a hollow verb's long vowel (قال،
أشار، استطاع → يقول، يشير، يستطيع), a weak last letter (سعى، دعا، ألقى → يسعى، يدعو، يلقي,
dropped before وا: سعوا), a first hamza (أكد → يؤكد) and a first و (وصل → يصل). A form that is
itself a verb's perfect is its own lemma (تعاون and تقدم are form VI and V verbs, not ت + عاون).
A form that is no verb's as it stands is read again without an object pronoun (أعلنها،
يجعلنا، أعلنوه).

The input is a clitic-normalised word without proclitics (ى still apart from ي); a verb's lemma
keeps its ى, which the analyzer folds last, like every stem.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the stemmer builds its VerbLemmas: no import at run time
    from .stem import Stemmer

# The imperfect's prefixes and the subject suffixes each may take: يعلنون، لن يعلنوا; تعلنين (you,
# feminine); the dual يعلنان، تعلنان; نعلن takes none.
IMPERFECT_SUFFIXES = {"ي": ("ون", "وا", "ان", ""), "ت": ("ون", "ين", "وا", "ان", ""), "ن": ("",)}
IMPERFECT_PREFIXES = tuple(IMPERFECT_SUFFIXES)
# أ (I: أستطيع، أقول، سأتحدث), folded to ا, is also the first letter of form IV perfects and of
# nouns and names (أعلن، أكبر، أحمد): it is read as a prefix only where the other persons are
# together commoner than this form (FIRST_PERSON_SHARE), and takes no suffix.
FIRST_PERSON = "ا"
FIRST_PERSON_SHARE = 1
IMPERFECT_HAMZA = tuple(p + "ء" for p in IMPERFECT_PREFIXES)  # يؤكد، تؤدي: an imperfect
# Suffixes after which a weak last letter has dropped (يسعون، يدعون، تمضين).
DROPPING_SUFFIXES = frozenset(("ون", "ين", "وا"))
PERFECT_SUFFIXES = ("وا", "ت")  # أعلنوا، أعلنت
HOLLOW_PERSON_SUFFIXES = ("نا", "تم", "ت")  # قمنا، قمتم، قمت: the persons before which قام is قم
OBJECT_PRONOUNS = ("هما", "هم", "ها", "نا", "كم", "ه")
WEAK_ENDINGS = ("ى", "ا")  # سعى، دعا: the letter the perfect ends in when its last root letter is weak

# A hollow reading (أراد for أردت) beats one whose evidence, this very form's aside, is a fifth of it.
HOLLOW_SHARE = 5
MIN_LEMMA = 3  # a verb's perfect has three letters at least (رد and مر are left to the noun path)
PERSON_SHARE = 20  # the form's own prefix at most 20 times as common as the other persons'
PERFECT_SHARE = 0.02  # the perfect's ت and وا forms at least 2% as common as the bare lemma
# A defective verb with no ت or وا perfect seen counts as one when each of its imperfects (ي and ت)
# is seen this often (ينتمي، تنتمي).
DEFECTIVE_IMPERFECTS = 20
# A doubled verb of two letters read from its imperfect shows its perfect's ت and وا this often each.
DOUBLED_PERFECTS = 3
FEMININE_RATIO = 10  # ... and its ت form at most ten times as common (قوات is no perfect of قوا)
NOUN_SHARE = 20  # a form seen with the article at least 1/20 as often as bare is a noun
VERB_CACHE_LIMIT = 200_000  # candidate lemmas whose evidence is remembered before the cache starts over


def imperfect_stems(lemma: str) -> Iterator[str]:
    """The stems the imperfect of ``lemma`` may take after its prefix: أعلن → علن, قال → قول
    and قيل, سعى → سعى, مضى → مضي, دعا → دعو, أكد → ءكد, وصل → صل (the inverse of
    :func:`lemmas_of_stem`)."""
    yield lemma
    first, rest = lemma[0], lemma[1:]
    if first == "ا":
        yield rest  # أرسل → يرسل، اجتمع → يجتمع، استخدم → يستخدم
        yield "ء" + rest  # أكد → يؤكد
    if first == "و" and len(lemma) == 3:
        yield rest  # وصل → يصل
    for body in (lemma, rest if first == "ا" else ""):
        if len(body) == 3 and body[1] == "ا":
            yield body[0] + "و" + body[2]  # قال → يقول
            yield body[0] + "ي" + body[2]  # باع → يبيع، أشار → يشير
    if lemma.endswith("ى"):
        yield lemma[:-1] + "ي"  # مضى → يمضي، ألقى → يلقي
        if first == "ا":
            yield rest[:-1] + "ي"
    elif lemma.endswith("ا") and len(lemma) >= 3:
        yield lemma[:-1] + "و"  # دعا → يدعو
    if lemma.startswith("است") and len(lemma) == 6 and lemma[4] == "ا":
        yield lemma[1:4] + "ي" + lemma[5]  # استطاع → يستطيع
    if len(lemma) == 3 and lemma.endswith("اى"):
        yield lemma[0] + "ى"  # رأى → يرى


def with_alef(stem: str) -> str:
    """``stem`` with its hamza on alef: the seat of the perfect's 3rd person (بدؤوا → بدأ,
    يؤكد → أكد, سئل → سأل), folded to ا like every alef."""
    return stem.replace("ء", "ا")


def lemmas_of_stem(stem: str) -> Iterator[str]:
    """The perfects whose imperfect stem ``stem`` may be (see :func:`imperfect_stems`)."""
    stem = with_alef(stem)  # يؤكد → أكد، يؤدي → أدى، يبدؤون → بدأ
    if len(stem) == 2:
        # A doubled verb (يمر، يتم، يعد) has a lemma of two letters, which is left to the noun
        # path; an assimilated one (يصل، يقع) drops its first و; رأى drops its middle hamza.
        if stem[1] == "ى":
            yield stem[0] + "اى"  # يرى → رأى
        elif stem[1] not in "يو":
            yield "و" + stem  # يصل → وصل (يلي is left alone: ولي is a noun before it is a verb)
        return
    last = stem[-1]
    if last == "ى":
        yield stem  # يسعى → سعى
        yield stem[:-1] + "ي"  # يبقى → بقي
    elif last == "ي":
        yield stem[:-1] + "ى"  # يمضي → مضى
        yield "ا" + stem[:-1] + "ى"  # يلقي → ألقى، يشتري → اشترى
    elif last == "و":
        yield stem[:-1] + "ا"  # يدعو، يبدو → دعا، بدا
    else:
        yield stem
        yield "ا" + stem
    if len(stem) == 3 and stem[1] in "وي" and last not in "يوى":  # ينوي is نوى's
        yield stem[0] + "ا" + stem[2]  # يقول، يبيع → قال، باع
        if stem[1] == "ي":
            yield "ا" + stem[0] + "ا" + stem[2]  # يشير → أشار
    if stem.startswith("ست") and len(stem) == 5 and stem[3] == "ي":
        yield "است" + stem[2] + "ا" + stem[4]  # يستطيع → استطاع


class VerbLemmas:
    """The lemma of a verb form, or None, by the corpus counts of a :class:`Stemmer`'s lexicon."""

    def __init__(self, stemmer: Stemmer) -> None:
        self.count = stemmer.count
        self.teh_marbuta_forms = stemmer.teh_marbuta_forms
        self.plurals = stemmer.plurals
        self.function_verbs = stemmer.lexicon.conjugated_stopwords  # كان، أصبح، ظل
        self.is_function_word = stemmer.is_function_word
        # The stemmer's checks of the letter a suffix changes: ة written ت, ى written ا.
        self.restore_teh, self.restore_maqsura = stemmer.restore_teh, stemmer.restore_maqsura
        self._verbs: dict[str, int] = {}  # lemma → its perfect evidence (0: no verb)

    def lemma(self, word: str) -> str | None:
        """The verb ``word`` is a form of (its perfect, 3rd person masculine singular), or None."""
        if self.is_function_word(word) or word in self.plurals:
            return None  # كتب is books before it is "wrote"
        if self._evidence(word):
            return self._active(word)  # a perfect: its own lemma (تعاون is no ت + عاون)
        if self._with_article(word):
            return None  # a noun: اليمنيون، البنت، القضية
        for form in self._without_object(word):
            found = self._lemma_of(form)
            if found is not None:
                return self._active(found) if found else None
        return None

    def _active(self, lemma: str) -> str:
        """The lemma of a hollow verb's passive (أقيم، اختير، أعيد، قيل: its ي where the active has
        ا) is the active's (أقام، اختار، أعاد، قال), when that is a verb too and the passive's
        letters are no noun (بيع, a sale, stays)."""
        if len(lemma) >= 3 and lemma[-2] == "ي" and not self._with_article(lemma):
            active = lemma[:-2] + "ا" + lemma[-1]
            if self._evidence(active):
                return active
        return lemma

    def forms_hold(self, term: str) -> frozenset[str]:
        """What the forms of the verb whose lemma is the stem term ``term`` hold, as printed less
        their last letter where it changes (قال: قال and قول for يقول; أعلن: علن for يعلن; سعى:
        سع for سعت), for finding them in a text without analysing every word; empty when
        ``term`` is no verb's lemma. ``term`` may have ى folded to ي, as terms have; the results
        keep ى apart (the analyzer folds them as it folds its terms)."""
        found: set[str] = set()
        for lemma in {term, term[:-1] + "ى"} if term.endswith("ي") else {term}:
            if self._evidence(lemma):
                for held in (lemma, *imperfect_stems(lemma)):
                    if len(held) > 2 and held[-1] in "ىياوء":
                        held = held[:-1]
                    found.add(held)
        return frozenset(found)

    def _with_article(self, word: str) -> bool:
        """Does the corpus show ``word`` with the article, as it never shows a verb?"""
        count = self.count
        return count("ال" + word, 0) * NOUN_SHARE >= max(count(word, 0), 1)

    def _without_object(self, word: str) -> Iterator[str]:
        """``word``, then ``word`` less an object pronoun (أعلنها، أعلنوه → أعلنوا)."""
        yield word
        for pronoun in OBJECT_PRONOUNS:
            if not word.endswith(pronoun) or len(word) - len(pronoun) < MIN_LEMMA:
                continue
            rest = word[: -len(pronoun)]
            if pronoun == "ه" and word in self.teh_marbuta_forms:
                return  # مروه is printed مروة: no pronoun
            if pronoun == "نا" and self._with_article(word[:-1]):
                return  # أحيانا and مليونا are nouns in the accusative
            if self.restore_teh(rest) != rest:
                return  # قدرته is قدرة + ه, not قدرت + ه
            if (in_maqsura := self.restore_maqsura(rest)) != rest:
                yield in_maqsura  # يراه: ى is written ا before a pronoun (قراهم is قرى + هم)
                return
            yield rest
            if rest.endswith("و") and self.count(rest, 0) * 2 < self.count(rest + "ا", 0):
                yield rest + "ا"  # أعلنوه: the وا of the plural loses its alef (سموه is سمو + ه)
            return

    def _lemma_of(self, form: str) -> str | None:
        """The lemma of a form without object pronoun, read as a perfect or an imperfect; ""
        when it is a form of a function word (يكون of كان), None when no verb's."""
        if self.is_function_word(form):
            return ""
        if self._evidence(form):
            return form  # أعلن of أعلنها
        if "ء" in form[1:] and not form.startswith(IMPERFECT_HAMZA) and self._evidence(with_alef(form)):
            return with_alef(form)  # سئل → سأل (but تؤكد is no تأكد)
        # (lemma, how often the imperfect stem it was read from is seen: 0 for a perfect form)
        candidates: list[tuple[str, int]] = []
        for suffix in PERFECT_SUFFIXES:
            stem = with_alef(form[: -len(suffix)])  # بدؤوا → بدأ
            # A perfect in ا loses it before ت (دعا → دعت) unless the ا is a hamza's seat (بدأت,
            # with بدأوا beside it); سمات is the plural of سمة.
            if form.endswith(suffix) and (not stem.endswith("ا") or self.count(stem + "وا", 0)):
                candidates += ((lemma, 0) for lemma in (stem, *(stem + e for e in WEAK_ENDINGS)))
        if form.startswith("ت") and form.endswith("وا"):
            # تمكنوا، تحدثوا: the plural of a perfect in ت (forms V and VI) before "you" of the
            # imperfect, which the news hardly uses
            perfects = [lemma for lemma, _ in candidates if self._evidence(lemma)]
            if perfects:
                return max(perfects, key=lambda lemma: (self._evidence(lemma), self.count(lemma, 0)))
        prefix = form[0]
        # "I" (أقول، أستطيع), not a noun less its pronoun (أقاربه، أصلها: the article shows a noun)
        if prefix == FIRST_PERSON and not self._with_article(form):
            stem = form[1:]
            if seen := self._first_person_seen(stem):
                candidates += self._imperfect_readings(stem, seen)
        for suffix in IMPERFECT_SUFFIXES.get(prefix, ()):
            if suffix and not form.endswith(suffix):
                continue
            stem = form[1 : len(form) - len(suffix)]
            if len(stem) < 2:
                continue
            stems = {stem, with_alef(stem)}  # يبدؤون: يبدأ
            if suffix in DROPPING_SUFFIXES:
                stems.update(s + weak for s in tuple(stems) for weak in "يىو")
            for s in stems:
                if seen := self._imperfect_seen(prefix, s):
                    candidates += self._imperfect_readings(s, seen)
        if any(lemma in self.function_verbs for lemma, _ in candidates):
            return ""  # يكون is كان's, يزال زال's
        # The verb read from the commonest imperfect stem (يدعون: يدعو, not يودع), then the one
        # with the most perfect forms (يعلن: أعلن, not علن), then the commoner lemma (دعا, دعى).
        best, best_score = None, (0, 0, 0)
        for lemma, seen in candidates:
            evidence = self._evidence(lemma)
            if evidence and (score := (seen, evidence, self.count(lemma, 0))) > best_score:
                best, best_score = lemma, score
        hollow = self._hollow_first_or_second_person(form)
        if best is None and hollow is None:
            return self._doubled_of_imperfect(form)
        if hollow is None or best is None:
            return best or hollow
        # أردت: ارد + ت has evidence of a verb, but mostly this very form's; أراد's is far larger.
        if best_score[0] == 0 and form == best + "ت":
            others = self._evidence(best) - self.count(form, 0)
            if self._evidence(hollow) > HOLLOW_SHARE * others:
                return hollow
        return best

    def _doubled_of_imperfect(self, form: str) -> str | None:
        """The doubled verb of two letters an imperfect is of (يرد، تمر، يظنون → رد، مر، ظن), when
        nothing else reads it: its perfect seen with both ت and وا (ردت، ردوا), the imperfect with
        two persons, the two letters no function word (يمن is no ي + من), no hamza (تاب is no ت +
        أب), and no defective verb's perfect with its last letter (نجت، نجوا are نجا's: بينج is no
        ب + ي + نج; يبد and يمض are the jussives of بدا and مضى)."""
        prefix, count = form[0], self.count
        for suffix in IMPERFECT_SUFFIXES.get(prefix, ()):
            if suffix and not form.endswith(suffix):
                continue
            stem = form[1 : len(form) - len(suffix)]
            if len(stem) != 2 or stem[0] == "ا" or stem[1] in "يوىا" or self.is_function_word(stem):
                continue
            if min(count(stem + "ت", 0), count(stem + "وا", 0)) < DOUBLED_PERFECTS:
                continue
            if any(self._evidence(stem + weak) for weak in WEAK_ENDINGS):
                continue
            if prefix == "ن" and count("ي" + stem, 0) < 2 * count(form, 0):
                continue  # نفر, a group of people, before "we flee"
            if self._imperfect_seen(prefix, stem):
                return stem
        return None

    def _hollow_first_or_second_person(self, form: str) -> str | None:
        """A hollow verb's perfect before "I", "we" or "you" loses its long vowel (قمت، عشنا،
        أردنا، اخترنا، استطعنا → قام، عاش، أراد، اختار، استطاع): the lemma with ا put back before
        the last letter, when that is a verb. Not where the letters are commoner read otherwise:
        ت after a doubled verb (أعدّت "she prepared", أثّرت) whose own bare form is common, نا
        after a noun in the accusative (حزناً، عدن)."""
        count = self.count
        for suffix in HOLLOW_PERSON_SUFFIXES:
            stem = form[: -len(suffix)]
            if not form.endswith(suffix) or len(stem) < 2 or stem[-1] in "اويى":
                continue
            other = form[:-1] if suffix == "نا" else stem
            if count(other, 0) * 2 >= count(form, 0):
                return None
            lemma = stem[:-1] + "ا" + stem[-1]
            if self._evidence(lemma):
                return lemma
        return None

    def _imperfect_readings(self, stem: str, seen: int) -> list[tuple[str, int]]:
        """(lemma, ``seen``) for each perfect an imperfect stem may come from (see
        :func:`lemmas_of_stem`), less a hollow form I read where form IV's is meant."""
        return [(lemma, seen) for lemma in lemmas_of_stem(stem) if not self._other_hollow(stem, lemma)]

    def _other_hollow(self, stem: str, lemma: str) -> bool:
        """Is ``lemma`` a hollow verb of form I read from an imperfect stem whose middle letter is
        not its own? In ي (يقيم → قام) when its imperfect in و is commoner (يقوم): the stem is
        form IV's (أقام). In و (يزود → زاد) when its imperfect in ي is commoner (يزيد) and the
        stem is a verb itself: the stem is form II's (زوّد، يزوّد)."""
        if len(stem) != 3 or stem[1] not in "يو" or len(lemma) != 3:
            return False
        count = self.count
        other = stem[0] + ("و" if stem[1] == "ي" else "ي") + stem[2]
        if count("ي" + other, 0) <= count("ي" + stem, 0):
            return False
        return stem[1] == "ي" or (lemma[1] == "ا" and bool(self._evidence(stem)))

    def _imperfect_seen(self, prefix: str, stem: str) -> int:
        """How often ``stem`` is seen with the imperfect prefixes, or 0 when ``prefix`` + ``stem``
        is no imperfect: the stem must be seen with another person's prefix, not far rarer than
        with this one; and a form in ن no commoner than the one in ي (نجد is a region before it
        is "we find")."""
        count = self.count
        own = count(prefix + stem, 0)
        others = sum(count(p + stem, 0) for p in IMPERFECT_PREFIXES if p != prefix)
        if not others or others * PERSON_SHARE < own or (prefix == "ن" and count("ي" + stem, 0) < own):
            return 0
        return own + others

    def _first_person_seen(self, stem: str) -> int:
        """How often ``stem`` is seen with the imperfect prefixes when ا + ``stem`` may be "I" of
        an imperfect, else 0: the stem is seen with ي and ت, and those persons and ن together
        are commoner than this form (أقول beside يقول، تقول; not أحمد beside يحمد)."""
        if len(stem) < 2:
            return 0
        count = self.count
        own = count(FIRST_PERSON + stem, 0)
        if not (count("ي" + stem, 0) and count("ت" + stem, 0)):
            return 0
        others = sum(count(p + stem, 0) for p in IMPERFECT_PREFIXES)
        return own + others if own <= others * FIRST_PERSON_SHARE else 0

    def _perfect_forms(self, perfect: str) -> int:
        """How often ``perfect`` is seen with ت and وا (a verb's evidence, counted apart below)."""
        return self.count(perfect + "ت", 0) + self.count(perfect + "وا", 0)

    def _evidence(self, lemma: str) -> int:
        """How often the perfect of the verb ``lemma`` is seen with ت and وا, or 0 when ``lemma``
        is no verb (see the module's rules)."""
        found = self._verbs.get(lemma)
        if found is None:
            if len(self._verbs) >= VERB_CACHE_LIMIT:  # bounded like the analyzer's word cache
                self._verbs.clear()
            found = self._verbs[lemma] = self._perfect_evidence(lemma)
        return found

    def _perfect_evidence(self, lemma: str) -> int:
        count = self.count
        if len(lemma) < MIN_LEMMA or lemma.endswith("وا") or self.is_function_word(lemma):
            return 0  # (دعوا is دعا's plural)
        bare = count(lemma, 0)
        if not bare:
            return 0
        if lemma[0] == "و" and len(lemma) == 3 and (
            count(lemma[1:], 0) * 2 >= bare or self._perfect_forms(lemma[1:]) >= self._perfect_forms(lemma)
        ):
            return 0  # وتم is و + تم; يعد and يمر are doubled verbs (عدت، مروا) before وعد and ومر
        perfect = lemma[:-1] if lemma.endswith(WEAK_ENDINGS) else lemma  # سعى → سعت، سعوا
        if perfect != lemma and count(perfect, 0) * 2 > bare and self._evidence(perfect):
            return 0  # قدما (المضي قدما) is no verb whose forms are قدمت and قدموا: they are قدم's
        feminine, plural = count(perfect + "ت", 0), count(perfect + "وا", 0)
        seated = count(lemma + "ت", 0), count(lemma + "وا", 0)
        if perfect != lemma and lemma.endswith("ا") and all(seated) and sum(seated) > feminine + plural:
            feminine, plural = seated  # ا a hamza's seat, kept before the endings (لجأت، لجأوا: no ل + جاء)
        perfect_forms = feminine + plural
        if not perfect_forms and lemma.endswith("ى") and not (lemma[0] == "ا" and len(lemma) == 4):
            # A defective verb the news uses in the imperfect (ينتمي، تنتمي; انتمى, but no انتمت or
            # انتموا): both its imperfects common stand for the perfect's forms. Not form IV (أدرى،
            # أروى), whose imperfects are those of form I (يدري of درى، يروي of روى).
            imperfects = max(
                (min(count("ي" + s, 0), count("ت" + s, 0)) for s in imperfect_stems(lemma) if len(s) >= 2),
                default=0,
            )
            perfect_forms = imperfects if imperfects >= DEFECTIVE_IMPERFECTS else 0
        if not perfect_forms or perfect_forms < PERFECT_SHARE * bare or feminine > FEMININE_RATIO * bare:
            return 0
        if not any(count("ي" + s, 0) and count("ت" + s, 0) for s in imperfect_stems(lemma) if len(s) >= 2):
            return 0
        return perfect_forms
