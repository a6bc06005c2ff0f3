"""Verb conflation (analyzers/verbs.py): a verb's persons and tenses share its lemma, and the nouns
and names that begin or end like a verb form keep their own stems."""

import pytest

from analyzers import default_analyzer


def stem(word: str) -> str:
    return default_analyzer().word(word).stem


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("اعلن", "أعلن أعلنت أعلنوا يعلن تعلن نعلن سيعلن يعلنون أعلنها"),  # form IV
        ("قال", "قال قالت قالوا يقول تقول نقول يقولون وقالت ويقول سيقول يقوله"),  # hollow
        ("اشار", "أشار أشارت أشاروا يشير تشير وأشارت"),  # hollow, form IV
        ("سعي", "سعى سعت سعوا يسعى تسعى يسعون"),  # weak last letter in ى
        ("دعا", "دعا دعت دعوا يدعو تدعو يدعون"),  # weak last letter in و
        ("وصل", "وصل وصلت وصلوا يصل تصل يصلون ووصل"),  # first و dropped
        ("اكد", "أكد أكدت أكدوا يؤكد تؤكد نؤكد يؤكدون"),  # first hamza
        ("بدا", "بدأ بدأت بدأوا بدؤوا يبدأ يبدأون يبدؤون"),  # hamza seats
        ("استطاع", "استطاع استطاعت يستطيع تستطيع يستطيعون"),  # hollow, form X
        ("اجتمع", "اجتمع اجتمعت يجتمع تجتمع"),  # form VIII
        ("تحدث", "تحدث تحدثت يتحدث تتحدث يتحدثون"),  # form V
        ("راي", "رأى رأت رأوا يرى ترى نرى يراه"),  # the imperfect drops the hamza
        ("اعاد", "أعاد أعادت يعيد تعيد"),  # form IV hollow, apart from عاد / يعود
        # "I" (أ), with the future too; the dual; the plural of a perfect in ت (forms V, VI)
        ("قال", "أقول سأقول"),
        ("استطاع", "أستطيع"),
        ("تحدث", "أتحدث سأتحدث تحدثوا"),
        ("وقف", "أقف يقف"),
        ("اجتمع", "يجتمعان تجتمعان"),
        ("تمكن", "تمكنت تمكنوا يتمكن يتمكنوا"),
        # a last hamza seated on alef, kept before the endings: no ل + جاء
        ("لجا", "لجأ لجأت لجأوا لجؤوا يلجأ يلجأون ولجأ"),
        # after و, a verb whose first letter looks like a preposition (not و + ب + قي)
        ("بقي", "بقي وبقي"),
        ("بحث", "بحث وبحثت"),
        ("باشر", "باشرت وباشرت"),
        ("سال", "سأل وسألته"),
        # a hollow verb's passive: its ي where the active has ا
        ("اقام", "أقام أقيم أقيمت يقيم"),
        ("اصاب", "أصاب أصيب أصيبوا"),
        ("قال", "قيل"),
        # a hollow verb before "I", "we", "you" loses its long vowel
        ("قام", "قمنا وقمنا"),
        ("عاش", "عشت عشنا"),
        ("اراد", "أردت أردنا"),
        ("استطاع", "استطعنا"),
        ("زال", "زلنا زلت"),
    ],
)
def test_the_forms_of_a_verb_share_its_lemma(lemma, forms):
    assert {w: stem(w) for w in forms.split()} == {w: lemma for w in forms.split()}


def test_form_one_and_form_four_of_a_hollow_verb_stay_apart():
    assert stem("يعود") == stem("عاد") == "عاد"
    assert stem("يعيد") == "اعاد"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("تجارة", "تجاره"),  # ت + جارة: no verb
        ("تمثال", "تمثال"),
        ("يمين", "يمين"),
        ("ياسر", "ياسر"),  # a name: no تاسر beside it
        ("نجران", "نجران"),  # ن takes no suffix: not نجر + ان
        ("نجد", "نجد"),  # a region before "we find": نجد is commoner than يجد
        ("اليمنيون", "يمني"),  # the article: a noun
        ("سمات", "سمه"),  # plural of سمة: a perfect in ا loses it before ت (دعت)
        ("سموه", "سمو"),  # سمو + ه, not سموا
        ("أحيانا", "احيانا"),  # أحيان in the accusative, not أحيا + نا
        ("قضية", "قضيه"),
        ("قدرته", "قدره"),  # قدرة + ه, not قدرت + ه
        ("قراهم", "قريه"),  # قرى + هم
        ("كتب", "كتاب"),  # the broken plural before the verb
        ("تعاون", "تعاون"),  # a verb of form VI itself, not ت + عاون
        ("مليونا", "مليون"),  # an accusative, not ملي (يملي) + وا + نا
        ("حزنا", "حزن"),  # sadness in the accusative, not "we possessed"
        # not "I" + a verb: names, adjectives and nouns in أ (the other persons are rarer, or
        # the article shows a noun), and ابني, "my son"
        ("أحمد", "احمد"),
        ("أكبر", "اكبر"),
        ("أفضل", "افضل"),
        ("أقاربه", "اقارب"),
        ("أصلها", "اصل"),
        ("ابني", "ابني"),
        ("وأطيب", "اطيب"),  # the best (wishes), an elative
        ("بيع", "بيع"),  # a sale, not the passive of باع
    ],
)
def test_nouns_and_names_that_look_like_verb_forms_keep_their_stems(word, expected):
    assert stem(word) == expected


def test_a_doubled_verb_in_t_is_no_hollow_verb_before_i():
    assert stem("أعدت") != "اعاد"  # she prepared (أعدّت), not "I re-did"
    assert stem("أثرت") != "اثار"  # she affected (أثّرت)


def test_a_doubled_verb_and_the_forms_of_function_words_are_left_alone():
    assert stem("يتم") == "يتم"  # not أتم
    assert stem("يمر") != "امر"  # passes, not ordered
    assert stem("يكون") != stem("أكان")


def test_the_whole_word_is_read_as_a_verb_before_its_clitics():
    assert stem("باشرت") == stem("يباشر") == "باشر"  # not ب + أشرت


def test_verb_forms_are_found_in_snippets():
    analyzer = default_analyzer()
    assert "قول" in analyzer.verb_forms_hold("قال")
    assert "علن" in analyzer.verb_forms_hold("اعلن")
    assert analyzer.verb_forms_hold("صاروخ") == frozenset()


def test_the_verb_evidence_cache_is_bounded_and_starting_over_changes_no_lemma(monkeypatch):
    import analyzers.verbs as verbs

    lemmas = verbs.VerbLemmas(default_analyzer().stemmer)
    # Normalised forms, as the analyzer passes them.
    forms = "اعلنت يقولون اشاروا يدعون وصلوا يستطيعون اجتمعت يتحدثون".split()
    unbounded = [lemmas.lemma(form) for form in forms]
    assert None not in unbounded
    monkeypatch.setattr(verbs, "VERB_CACHE_LIMIT", 3)
    bounded = verbs.VerbLemmas(default_analyzer().stemmer)
    assert [bounded.lemma(form) for form in forms] == unbounded
    assert len(bounded._verbs) <= 3
