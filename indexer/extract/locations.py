"""The location facet: which places an article names, each in its country › region › place chain.

Places are found through the analyzer, on the words the caller has already analysed. Each word's
``base`` reading (normalised, proclitics stripped, see :mod:`indexer.extract.gazetteer`) is looked
up in a dict of the gazetteer's spellings, so بالعراق، وسوريا، لمحافظة الأنبار and قاعدة عين
الأسد all match, while قوات عراقية (another base) does not. A spelling of several words is
looked up by its rarest word and checked around it. One dict lookup per word runs in C; Python
looks only at the few words that may anchor a name.

A name that is also an ordinary word counts only in a context that makes it a place (the rules
of its spelling in the gazetteer, all of which must hold):

* ``cue`` — right after a type word (مدينة، محافظة …), a preposition or a direction (في، إلى،
  قرب، شمال …), with a locative clitic (بلودر), in a dateline, or in a list with another place;
* ``strong`` — only right after a type word;
* ``nisba`` — السعودية is also the adjective "Saudi": not after a definite noun (الحدود
  السعودية); the indefinite سورية counts only after a preposition or with a clitic;
* ``kingdom`` — المملكة alone is Saudi Arabia unless another kingdom is named close by;
* ``literal`` — only as spelt (حماة, not حماه; عمّان with its shadda is Amman, not Oman).

A place named inside an organisation's name (جامعة القاهرة، منتخب مصر، راديو إسرائيل), after
بن/أبو, or before a given name (فتحية أحمد) is a name, not a place; so is a place the article
names only inside the names of bodies (مديرية الدفاع المدني بالمنطقة الشرقية، مهرجان أبها).
Where several places share a spelling, the one in a country the article otherwise names wins,
then the best known.

A name no gazetteer has still counts right after a type or terrain word when it is rare in the
news corpus and not inflected (مديرية سناح، منطقة الصباحة، جبل الحميراء، معسكر لبوزة، ولاية
لوغار): Yemeni and Saudi villages fill war and local news and no data set lists them all. A
common head word opens a name of two (بني مران، بيت جن، رأس عيسى), and a terrain word before a
known place names a site inside it (مثلث العند). A dual or plural type word opens a list of such
names (بلدتي كفريا والفوعة، مناطق البوشجل والملاحمة; after a plural the first must be very rare),
and so does a known place after them (مناطق كتاف ورحبان); AFP places a town by its direction in
brackets (في سوروتش (جنوب)). It lies in the known place named right after it (بمحافظة الضالع),
else in the article's main country.

On the hand-annotated dev set (tests/devset) the set of names per article scores precision 0.98,
recall 0.88, F1 0.93.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from functools import cached_property
from itertools import compress

from analyzers import Analyzer, WordAnalysis
from analyzers.normalize import DEFAULT_TABLE

from .gazetteer import (
    PROCLITICS,
    Condition,
    Gazetteer,
    Pattern,
    Place,
    fallback_readings,
    literal_form,
    printed,
    reading,
    split_article,
)
from .types import LocationMention, Span

__all__ = ["LocationExtractor", "Place"]


def _cores(words: str) -> frozenset[str]:
    """Folded words without their article, as :func:`reading` gives them."""
    out = set()
    for word in words.split():
        word = word.translate(DEFAULT_TABLE)
        out.add(word[2:] if word.startswith("ال") and len(word) > 3 else word)
    return frozenset(out)


# Words that say the next word is a place of some kind.
TYPE_WORDS = _cores(
    # Tunisia's delegations (معتمدية سبيطلة) among the districts
    "معتمدية معتمديات "
    "محافظة محافظتي منطقة منطقتي مدينة مدينتي مدن بلدة بلدتي بلدات قرية قريتي قرى مديرية مديريات "
    "حي أحياء ولاية إقليم قضاء ناحية مخيم قاعدة معسكر العاصمة عاصمة ميناء مرفأ جزيرة مطار إمارة "
    "منفذ معبر بحيرة مضيق ضاحية جبهة مركز محافظات مناطق مصفاة مديريتي ناحيتي ولايتي مستوطنة مقاطعة "
    # a settlement as Lebanese and Palestinian statements name it (محيط مستعمرة المطلة)
    "مستعمرة مستعمرات "
    # the sites of the Hajj (مشعر منى، مشعر مزدلفة)
    "مشعر "
    # a sector of a border guard or a civil defence (بقطاع الخبر، قطاع حقل)
    "قطاع "
    # a front named after its town (محور مخمور، جبهات مخمور والكوير، محور صرواح)
    "محور جبهات "
    # provinces and duals in the nominative (مقاطعات إيفانوفو وريازان، مدينتا دربند ومحج قلعة), two
    # camps (مخيمي جنين ونور شمس)
    "مقاطعات مقاطعتي مدينتا بلدتا قريتا مخيمي مخيما "
    # Iraq's districts, two at a time (قضاءي القرنة والمدينة، قضاءا الحويجة والشرقاط; قضائي too)
    "قضاءي قضائي قضاءا"
)
# The marks of an indefinite noun, which place names are not printed with.
TANWEEN = ("\u064b", "\u064c", "\u064d")
# Titles named after a town (محافظ الخفجي، محافظ خميس مشيط): a type word for the name right after,
# not for a list (محافظ عدن، نايف البكري is the governor and his name).
TITLE_WORDS = _cores("محافظ")
# Directions and nearness: what follows them is a place (شمال البلاد aside, see the stoplist).
DIRECTION_WORDS = _cores(
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط أطراف ضواحي ريف مشارف تخوم قرب بقرب"
)
# Prepositions and verbs of movement after which a name is read as a place; the analyzer keeps a
# stopword whole with its conjunction (وفي شبعا، ومن الخيام), so those forms are listed too.
PREPOSITIONS = _cores(
    "في إلى الى من نحو حول داخل خارج عبر اتجاه باتجاه بين محيط أنحاء حدود دخول زيارة سفارة زار وصل غادر "
    "وفي ففي وإلى والى ومن وبين ونحو "
    # off a coast or across a border from (قبالة مسقط، على حدودها قبالة جرابلس), over a town's sky
    # (أسقطت 10 مسيرات فوق ريازان)
    "قبالة فوق "
    # a land that sees something (تشهد مالي موجة حر، شهدت بنما احتجاجات): a nisba follows a noun, never a
    # verb
    "تشهد شهدت "
    # a list's members "among them" (المديريات الحدودية، من بينها مران وساقين)
    "بينها بينهم "
    # a town taken, retaken, besieged or stormed (بعد أسابيع من استعادة تكريت، منذ سقوط الموصل)
    "استعادة سقوط حصار اقتحام "
    # a bombing or a massacre named after its town (تفجير سترة الإرهابي، مجزرة غرناطة); not هجوم,
    # also a football team's attack (ميتروفيتش يعزز هجوم نيوكاسل)
    "مجزرة مذبحة تفجير "
    # a river by its name (الضفة الغربية لنهر الفرات، مياه نهر النيل)
    "نهر"
)
# Parts of the body, which منطقة names as often as land (أصيب في منطقة الصدر، ألم في منطقة البطن):
# after it with the article, no place (not الوجه, also the town of Tabuk's coast).
BODY_PARTS = _cores("الصدر الرأس الراس البطن الظهر الكتف الفخذ الكبد الرقبة العنق الساق الحلق")
BODY_AREA = "منطقه"
# Attacks and strikes: the place after them and على is their target (هجمات مماثلة على سيفاستوبول،
# غارات على مأرب), a cue as a preposition of place is; على alone is not one.
ATTACK_WORDS = _cores(
    "هجوم هجمات هجوما غارة غارات قصف ضربة ضربات اعتداء اعتداءات "
    # ... and a town taken (سيطر التنظيم على سنجار، بعد سيطرته على الموصل، استولى المسلحون على القرية)
    "سيطر سيطرت سيطروا سيطرة سيطرته سيطرتها سيطرتهم استولى استولت استولوا استيلاء"
)
ATTACK_REACH = 2  # words from the attack to على (an adjective between: هجمات مماثلة على)
# A border shared with a country (الشريط الحدودي مع مالي، حدودها مع تشاد): the name after مع is the
# neighbour, a cue as a preposition of place is.
BORDER_WORDS = _cores("حدود الحدود حدودي الحدودي الحدودية حدوده حدودها حدودنا")
# Across or along a border (عبر الحدود الشمالية، على طول الحدود): a side of it, not a region named so.
ACROSS_WORDS = _cores("عبر طول")
# Words that stand before a country's name (سلطنة عمان، دولة الكويت) but may be one (المملكة).
STATE_WORDS = _cores("سلطنة مملكة دولة جمهورية")
# A flag is a country's (سفينة ترفع علم بنما، رفع علم عمان).
FLAG_WORDS = _cores("علم")
# A coast or a shore in the construct state is the town's or the country's (قبالة ساحل المخا، سواحل
# الخوخة، على شاطئ سوسة): what follows is a place, as after a direction.
COAST_WORDS = _cores("ساحل سواحل شاطئ شواطئ")
CUE_WORDS = TYPE_WORDS | DIRECTION_WORDS | PREPOSITIONS | STATE_WORDS | FLAG_WORDS | COAST_WORDS
PERSON_MARKERS = _cores("بن ابن أبو أبي أبا بنت أم آل")
# "son of, daughter of" after a name makes it a person's (الشيخ زايد بن سلطان، الخليل بن أحمد).
KIN_WORDS = _cores("بن ابن بنت")
# One-word spellings never read as places (أبا is a kunya, not Aba in Nigeria).
NOT_NAMES = TYPE_WORDS | DIRECTION_WORDS | PREPOSITIONS | PERSON_MARKERS
# Plural type words, whose genitive a country may be (مدن السعودية، مناطق المملكة).
PLURAL_TYPE_WORDS = _cores("مدن مناطق محافظات قرى بلدات")
# Type words are cues in the construct state (مدينة عدن), not with their article (المدينة
# الساحلية, الشرق الأوسط); العاصمة is the exception (العاصمة صنعاء).
CUES_WITH_ARTICLE = _cores("العاصمة")


def is_cue(word_core: str, article: bool, cues: frozenset[str] = CUE_WORDS) -> bool:
    """Whether a word with this reading makes the next word a place."""
    return word_core in cues and (not article or word_core in CUES_WITH_ARTICLE)


_POSSESSIVES = ("نا", "ها", "هم", "كم", "هن", "هما", "كما")
# Nouns the next word names (وفي مقدمتها السعودية، وعلى رأسها السعودية، وحليفتها السعودية،
# ومقرها السعودية): the country; "followed by" (تلتها السعودية، يليها) names it too.
_NAMING_NOUNS = frozenset((
    "مقدمه", "راس", "طليعه", "صداره", "حليف", "حليفه", "مقر", "شريك", "شريكه", "تلي", "تلت", "يلي", "تلا",
))


# Verbs whose predicate an adjective is (كانت سورية، بدت عراقية), normalised as the verb lexicon's lemmas.
_COPULAS = frozenset("كان اصبح صار ظل بات بدا اضحي امسي ليس".split())
# Words that begin as the article does and are no noun an adjective could follow: إلى with a
# pronoun, and الآن (أشارت إليه السعودية، وهو ما أكدته الآن السعودية), normalised.
_WORDS_IN_AL = frozenset("اليه اليها اليهم اليهما اليهن اليك اليكم الينا الي الان".split())


def _after_a_preposition(prev: _Word | None, first: _Word) -> bool:
    """Does a preposition stand before a name, as the word before it (في صنعاء) or as its own
    clitic (بصنعاء، لصنعاء)?"""
    if prev is not None and is_cue(prev.core, prev.article):
        return True
    return "ب" in first.clitics or "ل" in first.clitics


# Heads of organisation and competition names: what follows them names the organisation, not a
# place (جامعة القاهرة، غرفة جدة، بطولة أوروبا).
ORG_HEADS = _cores(
    "جامعة اتفاقية اتفاق معاهدة راديو إذاعة صحيفة جريدة مجلة مرصد تلفزيون فندق بنك مصرف وكالة "
    "مؤتمر إعلان قمة مسرح ملعب مستشفى غرفة شركة بطولة بطولات كأس دوري معهد "
    # prizes and races (جائزة الملك فيصل، سباق جائزة اليابان الكبرى، سباق المجر)
    "جائزة جوائز سباق "
    # talks and their texts named after the city that hosted them (مشاورات جنيف، حوار جنيف، بيان جنيف، مسار
    # جنيف، مؤتمرات جنيف): an event of its own, as the annotation counts it
    "مؤتمرات مشاورات محادثات مفاوضات حوار اجتماع اجتماعات بيان وثيقة مقررات مسار "
    # ... and an appeal issued there (عمم نداء جنيف لعناصر الجيش الحر)
    "نداء "
    # an expert's field (خبير الشرق الأوسط في جامعة روسيا)
    "خبير "
    # a time zone (بتوقيت مكة المكرمة، بتوقيت نيويورك) names no place of the story
    "توقيت "
    # a street or a square named after a place (شارع دجلة بمدينة العمارة، ميدان بهارستان), which the
    # annotation leaves out; not ساحة, which as often names the place itself (ساحة قصر المعاشيق) or
    # is a figure (يبرئ ساحة المملكة)
    "شارع ميدان "
    # groups and forces named after a place: أنصار بيت المقدس، فيلق القدس، سرايا القدس، أحرار الشام
    "أنصار فيلق سرايا أحرار "
    # a police force named after its area (شرطة عسير، شرطة محافظة خميس مشيط), as the annotation
    # counts it: a body, not the place of the story
    "شرطة"
)
# A round's number right after a city names a conference (جنيف 2، جنيف3، «جنيف - 3»، أستانا 4),
# unless a preposition places something in the city (قتل في صنعاء 3 أشخاص).
ROUND_NUMBERS = frozenset("123456789١٢٣٤٥٦٧٨٩")
QUOTES = frozenset('«»"()')
# A preposition carrying the pronoun of the noun before (منطقة يحل بها، مدينة ينتشر فيها): after
# an imperfect, the relative clause of that noun, no name.
PRONOUN_PREPOSITIONS = frozenset(
    p + s for p in ("ب", "في", "إلي", "الي", "علي", "من", "ل") for s in ("ه", "ها", "هم")
)
# Heads of a name that are also verbal nouns, whose subject a country after them is.
ANNOUNCING = _cores("إعلان")
# Words that head a name only after one of the heads above (دوري أبطال أوروبا، بطولة أمم أوروبا،
# وكالة أنباء الشرق الأوسط، كأس ملك إسبانيا، اتفاقية سلام الدوحة، دوري نجوم العراق), not alone
# (أبطال فلسطين: its heroes).
SECOND_HEADS = _cores("أبطال أمم أنباء ملك سلام نجوم")
# A force named after its area with the area's type word between (شرطة منطقة عسير، شرطة محافظة جدة):
# not for a body placed in a town (مستشفى مدينة العيون), nor with ل (شرطة لمحافظة الأنبار).
POLICE = _cores("شرطة")
AREA_TYPES = _cores("منطقة محافظة مدينة")
# Words that make the city after them a sports club (ريال مدريد، فريقه برشلونة، إيه سي ميلان).
CLUB_HEADS = _cores(
    "نادي منتخب منتخبات منتخبي فريق فريقه فريقها ريال أتلتيكو اتلتيكو بايرن إنتر انتر سبورتينغ "
    "سبورتنغ أولمبيك بوروسيا باير سي مكابي هبوعيل"
)
# Words after a city that make it an English club (مانشستر يونايتد، ليستر سيتي، وست بروميتش ألبيون).
CLUB_TAILS = _cores("يونايتد يونايتيد سيتي ألبيون هوتسبير وندررز روفرز")
CLUB_TAIL_COUNTRIES = frozenset(("بريطانيا", "الولايات المتحدة"))
# Cities whose clubs football news names by the city alone (فاز برشلونة، خسر روما): in a football
# report they are the club unless a type word names the city (مدينة روما). London, with a dozen
# clubs, is rarely one alone.
CLUB_CITIES = frozenset(
    ("برشلونة", "روما", "باريس", "مدريد", "ميلان", "ميلانو", "مانشستر", "ليفربول", "ميونخ", "مرسيليا",
     "موناكو", "ليون", "فالنسيا", "إشبيلية", "نابولي", "بورتو")
)
# Football's words; a report with this many of them is a football report.
FOOTBALL_WORDS = re.compile(
    r"(?<!\S)[وبلف]?(?:ال)?(?:مباراة|مباريات|دوري|منتخب|فريق|لاعب|لاعبي|لاعبين|مدرب|كأس|بطولة|موسم"
    r"|نادي|ركلة|الشوط|تعادل|مهاجم|ملعب|هدف|أهداف)(?!\S)"
)
FOOTBALL_REPORT_WORDS = 5
CITY_TYPE_BEFORE = re.compile(r"(?:مدينة|العاصمة|عاصمة)\s+$")
# A city is feminine in Arabic, a club masculine: روما الإيطالي is the club, روما الإيطالية the city.
MASCULINE_NISBAS = _cores(
    "الإيطالي الإسباني الألماني الإنجليزي الإنكليزي الفرنسي البرتغالي الهولندي التركي البرازيلي "
    "الأرجنتيني اليوناني الروسي البلجيكي الاسكتلندي السويسري النمساوي الأوكراني المصري السعودي "
    "الإماراتي القطري الكويتي الأردني المغربي التونسي الجزائري الليبي العراقي السوري اللبناني"
)
# Newspapers and channels named after a place: in quotes, «الشرق الأوسط» and «الرياض» are the paper
# (لندن: «الشرق الأوسط» opens every story of that paper).
PUBLICATION_NAMES = frozenset(("الشرق الأوسط", "الرياض", "الخليج", "الجزيرة", "القدس", "الأهرام"))
MASCULINE_PUBLICATIONS = frozenset(("الشرق الأوسط", "الخليج"))
# What a paper does, in the feminine (حصلت الشرق الأوسط على نسخة، علمت الشرق الأوسط); not what is
# done to a region (سلمت الشرق الأوسط برمته إلى إيران).
PAPER_VERBS = frozenset(
    "حصلت علمت اطلعت اطّلعت تلقت نشرت سألت التقت أجرت كشفت رصدت تابعت زارت استطلعت".split()
)
OPENING_QUOTES, CLOSING_QUOTES = "«\"“", "»\"”"
# Place names that open an idiom or another name, and the words that make them so: مسقط رأسه is a
# birthplace, not Muscat; كوبا أمريكا a football tournament, not Cuba (see IDIOMS).
_IDIOM_PAIRS = (
    ("مسقط", "رأس رأسه رأسها رأسي رأسهم رؤوس رؤوسهم"),
    ("كوبا", "أمريكا أميركا"),
    ("النيل", "من"),  # harming (لن يتمكن الأعداء من النيل من وحدتنا), not the Nile
    ("العديد", "من"),  # many (منطقة أبين والعديد من المواقع), not Al Udeid
    ("مراسل لمراسل مراسلة لمراسلة وكالة لوكالة", "الأناضول"),  # the agency, not Anatolia
    ("البقاع", "المقدسة الطاهرة الشريفة"),  # the holy places, not the Beqaa
    ("سوريا", "الديمقراطية"),  # the SDF and its council (قوات سوريا الديمقراطية، مسد), no Syria
    # force majeure and compelling circumstances (حالة القوة القاهرة، لظروف قاهرة), not Cairo
    ("القوة قوة الظروف ظروف", "القاهرة"),
    # the other bank (على الضفة الأخرى من التاريخ), a continent's shore (إلى الضفة الأوروبية), a river's
    # or a canal's bank (الضفة الشرقية للقناة، جانبي الضفة للقناة), not the West Bank
    ("الضفة", "الأخرى المقابلة الأوروبية الأوربية الأفريقية الإفريقية الشرقية الشمالية الجنوبية اليمنى "
     "اليسرى القناة للقناة النهر للنهر"),
    # أمانة العاصمة المقدسة is Mecca's municipality, not Sanaa's capital district
    ("العاصمة", "المقدسة"),
    # a knee's ligaments in the sports pages (قطع في الرباط الصليبي), not Rabat
    ("الرباط", "الصليبي الصلبيي الداخلي الجانبي الخارجي"),
    # the gardens of Eden (جنات عدن), not Aden
    ("جنة جنات", "عدن"),
    # the sunset prayer and its hour (صلاة المغرب، صلاتي المغرب والعشاء، بعد المغرب، وقت المغرب),
    # not Morocco
    ("صلاة صلاتي أذان آذان بعد قبل وقت", "المغرب"),
    # newspapers named after their city (خدمة «نيويورك تايمز»، واشنطن بوست)
    ("نيويورك", "تايمز"),
    ("واشنطن", "بوست تايمز"),
    ("أنجلوس أنجليس", "تايمز"),
    # the channel (بحسب شبكة «روسيا اليوم»، قناة روسيا اليوم), not Russia
    ("شبكة قناة", "روسيا"),
    # a sea port or crossing (منفذ بحري بمدينة مصراتة), not Khartoum Bahri
    ("منفذ منافذ ميناء موانئ", "بحري"),
    # a country as such (في كل قطر عربي، قطر إسلامي), not Qatar
    ("كل", "قطر"),
    # the red palm weevil (مكافحة سوسة النخيل الحمراء), not Sousse
    ("سوسة", "النخيل"),
    # the brigades and the hospital named after its martyrs (كتائب شهداء الأقصى، مستشفى شهداء الأقصى
    # في دير البلح), not the mosque
    ("شهداء", "الأقصى"),
    ("قطر", "عربي إسلامي شقيق آخر"),
    # Epithets: the capital, city or land of fog is London or Britain, not Taiz's الضباب.
    ("عاصمة", "الضباب"),
    ("مدينة", "الضباب"),
    ("بلاد", "الضباب"),
)


def _idioms(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """The word core → the cores that make an idiom with it; pairs that share a word merge."""
    idioms: dict[str, frozenset[str]] = {}
    for words, tails in pairs:
        for core in _cores(words):
            idioms[core] = idioms.get(core, frozenset()) | _cores(tails)
    return idioms


IDIOMS = _idioms(_IDIOM_PAIRS)
# A news site named after its city (غزة - القدس دوت كوم، مقديشو - جاروي أونلاين): the outlet, not the place.
WEBSITE_TAILS = _cores("دوت أونلاين اونلاين")
# A river's west bank (من الضفة الغربية للنهر، الضفة الغربية لنهر الفرات), not the West Bank.
(BANK,), RIVER = _cores("الضفة"), _cores("نهر")
# Agencies named after a land or a site, told something with ل (قال للأناضول، لـ(بترا)) or signing
# in brackets (عمان 8 آذار (بترا)) or a dateline (الدوحة - قنا): the agency, not Anatolia, Petra
# or Qena (Qatar's agency).
AGENCY_PLACES = _cores("الأناضول بترا قنا")
DASHES = frozenset("-–—")
# Papers named after their city, which sign a dateline after the town it was filed from.
PAPER_PLACES = _cores("الرياض الخليج")
# Place names that are also verbs, and the words that follow the verb: من حرض على هذا العمل
# (incited to), لأنه ينبع من بئر (it springs from), not the Yemeni town or Yanbu. After a type word
# or a preposition the name stands (مديرية حرض على الحدود، إلى ينبع من جدة): see _placed_before.
VERB_IDIOMS = _idioms((
    ("حرض", "على"),
    ("ينبع", "من منه منها منهم عن"),
))
# Given names so common that a "place" right before one is a person (فتحية أحمد، نايف محمد).
GIVEN_NAMES = _cores(
    "محمد أحمد علي عبدالله عبد عبدالرحمن عبدالعزيز حسن حسين خالد سعد سعيد صالح عمر إبراهيم يوسف "
    "فهد سلطان ناصر سلمان عثمان مصطفى محمود"
)
# Given names that are also common words or a family name themselves (صالح "good", سلطان
# "authority", صدام حسين الكويت): not enough to make the next word a family name.
WORDLIKE_GIVEN_NAMES = _cores("صالح سعيد سعد سلطان ناصر عمر حسن حسين")
# A name no gazetteer has still counts right after one of these (مديرية سناح، منطقة الصباحة):
# the type word is dropped from the name, the terrain word kept (جبل الحميراء، مثلث عاهم).
UNKNOWN_AFTER = {
    **dict.fromkeys(_cores("مدينة بلدة قرية مخيم عاصمة"), "city"),
    **dict.fromkeys(_cores("مديرية محافظة ناحية عزلة ولاية إقليم معتمدية"), "region"),
    **dict.fromkeys(_cores("منطقة حي معسكر جبهة منفذ جزيرة"), "site"),
}
# Duals and plurals of the type words open a list of names (بلدتي كفريا والفوعة، مناطق البوشجل
# والملاحمة): each member is read as the first is. Not مدينتي (also "my city") nor أحياء (also
# إحياء, reviving, and "alive"), nor مقاطعات (also "interruptions": خلال مقاطعات كروكر).
DUAL_OPENERS = {
    **dict.fromkeys(_cores("بلدتي قريتي بلدتا قريتا مدينتا مخيمي مخيما"), "city"),
    **dict.fromkeys(_cores("ناحيتي مديريتي مقاطعتي محافظتي محافظتا ولايتي ولايتا"), "region"),
    **dict.fromkeys(_cores("منطقتي"), "site"),
}
# A plural is followed far more often by a common noun (مناطق النفوذ، مدن الملح، قرى الشريط
# الحدودي, مدن تزخر بالآثار), so its first name must be very rare, and no bare imperfect verb.
PLURAL_OPENERS = {
    **dict.fromkeys(_cores("مدن بلدات قرى مخيمات"), "city"),
    **dict.fromkeys(_cores("مديريات"), "region"),
    **dict.fromkeys(_cores("مناطق"), "site"),
}
LIST_OPENERS = DUAL_OPENERS | PLURAL_OPENERS
UNKNOWN_AFTER.update(LIST_OPENERS)
IMPERFECT_PREFIXES = ("ت", "ي", "ن")
PARTICIPLE_PREFIXES = ("مت", "مست")  # of the derived forms V, VI and X (متنازع، مستهدف)
# A nisba adjective (مدينة صناعية، منطقة جبلية) is its noun and ي: a rest the corpus prints this
# often is a word, and the form an adjective; a transliterated name's rest is not (منطقة كامينجي,
# مدينة سيفاري).
NISBA_REST_MIN_COUNT = 5
NISBA_REST_MIN_COUNT_MASCULINE = 20
# AFP's way of placing a town: its direction in brackets after it (في سوروتش (جنوب)، بالحوية
# (شمال الطائف)). The bracket opens on a direction word.
BRACKETED_DIRECTION = re.compile(r"\(\s*(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)")
# Not after مركز، قطاع، قاعدة، مطار: in the corpus what follows them is mostly a field or a
# facility (مركز التأهيل، قطاع الأسمنت، قاعدة بيانات، مطار رفيق الحريري).
# Without the article these are ordinary words: حي يرزق (alive), جبهة قتال (a combat front),
# منفذ يبيع (an outlet that sells); حي الملز، جبهة الجفينة، منفذ البطحاء are places.
NEEDS_ARTICLE = _cores("حي جبهة منفذ")
# Type words that are no other noun, so that a definite word after them is a name or a common noun
# the corpus prints often (see _add_unknown).
CONSTRUCT_OPENERS = _cores("مدينة قرية منطقة حي مخيم معسكر مديرية محافظة")
# بلدة (a town) folds onto بلده (his country, before an adjective: بلده الأم): one only as printed.
(TOWN,) = _cores("بلدة")
(QUARTER,), (FRONT,) = _cores("حي"), _cores("جبهة")
TERRAIN_WORDS = _cores("جبل جبال وادي مثلث عقبة تبة شلال غابة بئر بير حصن حصون صحراء سهل هضبة بحيرة")
# Foreign names of two words whose first word says little alone (سانت لويس، لاس فيغاس).
FOREIGN_PREFIXES = _cores("سان سانت لاس لوس نيو بورت فورت ريو")
# Nouns that make a preposition with ب (منطقة بمحاذاة الحدود، بجوار): no name after a type word. The
# analyzer keeps the ب on those it does not know (بمحاذاة), so they are listed with it too.
PREPOSITION_NOUNS = _cores(
    "محاذاة جوار مقربة موازاة مواجهة اتجاه جانب بمحاذاة بجوار بمقربة بموازاة بمواجهة"
)
# What a terrain word makes a figure of (قمة جبل الجليد: the tip of the iceberg).
TERRAIN_FIGURES = _cores("جليد")
# Common words that open Arabic place names of two words (بني مران، بيت جن، رأس عيسى، كفر نبل،
# مجدل زون، خربة عنز، Egypt's hamlets and estates: نجع شيبانة، عزبة البرج): the second word must be
# rare, not the first. بير is بئر as names print it (بير باشا).
NAME_HEADS = _cores("بني بيت بئر بير تل دير كفر رأس حوض أبو قصر مجدل خربة نجع عزبة")
# States and provinces abroad whose names often take two transliterated words (ولاية ميناس
# غيراييس، إقليم بلوشستان): a second word this rare belongs to the name.
FOREIGN_STATES = _cores("ولاية إقليم")
FOREIGN_SECOND_MAX_COUNT = 20
# Verbal nouns of the derived forms (الاعتقال، الانسحاب، الاستقبال) name acts, not places:
# معسكر الاعتقال is a detention camp. Form VIII's ت becomes ط or د after some letters (سهل اصطياد,
# "easy to hunt"; الازدحام).
VERBAL_NOUN = re.compile(r"ا.[تطد].ا.|ان..ا.|است..ا.")
# Without the article, a feminine passive participle (مناطق مأهولة، مدن منكوبة; a type word is
# feminine, and مسعود a name) or an elative of a weak root
# (منطقة أقصى الشمال، مناطق أدنى) describes the place.
PASSIVE_PARTICIPLE = re.compile(r"م..و.ه|ا..ي")
# In a football report a camp is a club's training camp, named after the club (معسكر العروبة).
TRAINING_CAMPS = _cores("معسكر")
# A participle of a derived form in the sound masculine plural names people (معسكر المتأثرين
# بداعش، مخيم المتضررين), not a place.
PARTICIPLE_PLURAL = re.compile(r"م(?:ت|ست|ن)...+(?:ين|ون)")
# A list's later member that is an elative (وأدق التفاصيل، أبعد قرى إيران وأصغرها) or a noun with
# a possessive pronoun (مناطق المملكة ومحافظاتها) is no name.
ELATIVE = re.compile(r"ا[^ا][^ا][^ا]?")
POSSESSIVE_ENDINGS = ("هما", "ها", "هم")  # longest first
# A place named only inside the name of a body (مديرية الشؤون الصحية بمحافظة جدة، جمعية البر
# الخيرية بالقريات، مجلس محافظة الأنبار، محكمة استئناف ديالى) is not a place the article reports on;
# a municipality's (بلدية الخبر تتلف …) is: it acts in its own town.
# Up to three words of the body's name may stand between its head and the place, none a preposition
# or direction (those place an event: قرب رفح); ب and a type word may join them. مديرية and إدارة
# also name districts and their places (مديرية لودر، مديرية المحفد بمحافظة أبين، من مديرية مكيراس
# بالبيضاء مروراً بعقبة ثرة), so they need two definite words of the body's name between (مديرية
# الدفاع المدني بالمنطقة الشرقية، المديرية العامة للدفاع المدني بالرياض).
_BODY_HEADS = (
    "فرع|فروع|جمعية|جمعيات|هيئة|الهيئة الملكية|محكمة|مجلس|المجلس|لجنة|اللجنة|غرفة|مهرجان|معرض|مرور"
    "|كلية|الشؤون"
    # a city's secretariat, health and education directorates, patrols, a unit, a stadium (أمانة
    # منطقة الرياض، تعليم نجران، قوة الطوارئ الخاصة بمنطقة عسير، ستاد الإمارات); not after ل, where
    # they complete a person's title (المدير العام للتعليم بمنطقة الباحة)
    "|(?<!ل)(?:أمانة|صحة|تعليم|دوريات|قوة|ستاد|استاد)"
)
_BODY_HEADS_WITH_A_NAME = "مديرية|مديريات|إدارة|ادارة|المديرية|الإدارة|الادارة"
# A person's title in between names the place he serves (رئيس مجلس الوزراء وزير الداخلية بدولة
# الكويت، عضو المجلس ممثل محافظة طريب), and a dash ends the name (لإدارة الأصول ـ مقرها شيكاغو،
# سبق- الأحساء).
_NOT_IN_A_NAME = (
    "في|قرب|شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي|على|من|عن|إلى|الى|عند|داخل|خارج|نحو|حول|بين|"
    "أسفل|أعلى|فوق|تحت|"
    "ب?منطقة|ب?محافظة|ب?ولاية|"
    # "one of" places the body among others (معرض بأحد أسواق الرياض), never names it
    "ب?[أا]حد|ب?[إا]حدى|"
    "وزير|رئيس|أمير|محافظ|سفير|قنصل|ممثل|مندوب|مقرها|ومقرها|"
    # a rally is held in the town, not named after it (في مهرجان خطابي بإسطنبول، مهرجان انتخابي في)
    "خطابي|انتخابي|جماهيري|حاشد"
)
_NAME_CHARS = "[^\\s\\d،,.:؛!؟?()«»\"ـ–—-]+"
_NAME_WORD = rf"\s+(?!(?:{_NOT_IN_A_NAME})\s){_NAME_CHARS}"
_NAME_WORD_DEFINITE = rf"\s+(?:ال|لل){_NAME_CHARS}"
IN_A_BODYS_NAME = re.compile(
    rf"(?:(?:^|[\s(«\"])(?:[وفبل]|لل)?(?:(?:{_BODY_HEADS})(?:{_NAME_WORD}){{0,3}}"
    rf"|(?:{_BODY_HEADS_WITH_A_NAME})(?:{_NAME_WORD_DEFINITE}){{2,3}}"
    # al-Qaeda's branches are named by their region (تنظيم القاعدة في بلاد الشام، القاعدة في جزيرة العرب).
    r"|القاعدة\s+في"
    # ECOWAS and SADC (المجموعة الاقتصادية لدول غرب أفريقيا، مجموعة التنمية لأفريقيا الجنوبية), and the
    # US commands named after a continent (القيادة العسكرية الأمريكية في أفريقيا "أفريكوم").
    r"|(?:ال)?مجموعة\s+(?:الاقتصادية|التنمية|تنمية)(?:\s+لدول)?"
    r"|القيادة(?:\s+العسكرية)?\s+(?:الأمريكية|الأميركية)(?:\s+في)?)"
    # The Islamic State's "provinces", quoted or after its name (تنظيم "ولاية غرب إفريقيا"، داعش - ولاية
    # خراسان): a wilaya a state has is named bare (ولاية الخرطوم).
    r"|(?:[«\"“]|(?:داعش|الإسلامية|تنظيم)\s*[-–]?\s*)ولاية)"
    r"\s+(?:ب?(?:منطقة|محافظة|ولاية)\s+)?$"
)
# A body "for" a place names a list of them (الهيئة الملكية للجبيل وينبع): the word before a
# conjunct is a place with ل.
FOR_A_PLACE = re.compile(r"\s(?:ل|لل)[^\s]+\s+$")
CAPITAL_WORDS = _cores("عاصمة")
DOMINANT_SHARE = 0.6  # an unknown place lies in the article's main country when it has this share
UNKNOWN_MAX_COUNT = 150  # a word the corpus prints more often is an ordinary word (منطقة التجارة)
# State bodies a directorate is named for (مديرية المخابرات، مديرية الأسايش): no place, however rare
# the word is in the corpus.
BODY_NAMES = _cores("المخابرات الاستخبارات الأسايش")
ALIF_STEM_MAX_COUNT = 30  # ... and a name in ا whose stem it prints more often is an accusative
ALIF_FEMININE_MAX_COUNT = 5  # ... as is one whose feminine (stem + ة) it prints this often
QUOTED_GAP = frozenset(" \t\u00a0«»\"“”'")
# Adjectives that make part of a place's name (الغارية الغربية, أوروبا الشرقية), in English.
NAME_ADJECTIVES = {
    core: english
    for words, english in (
        ("الشرقية الشرقي", "East"),
        ("الغربية الغربي", "West"),
        ("الشمالية الشمالي", "North"),
        ("الجنوبية الجنوبي", "South"),
        ("العليا", "Upper"),
        ("السفلى", "Lower"),
        ("الكبرى", "Greater"),
        ("الصغرى", "Lesser"),
    )
    for core in _cores(words)
}
# Kingdoms other than Saudi Arabia: when one is named near المملكة, المملكة may be it.
KINGDOMS = frozenset(
    "الأردن المغرب البحرين بريطانيا إسبانيا بلجيكا هولندا السويد النرويج الدنمارك تايلاند كمبوديا "
    "بوتان ليسوتو تونغا".split()
)
KINGDOM_WINDOW = 40  # words either side of المملكة searched for another kingdom
# The Arab kingdoms besides Saudi Arabia: a report datelined in one of their towns (عمّان: «الشرق
# الأوسط») calls its own country المملكة.
DATELINE_KINGDOMS = frozenset(("الأردن", "المغرب", "البحرين"))
# ... and so does the copy of their agencies, signed in brackets (عمان 8 آذار (بترا)، الرباط (ومع)).
KINGDOM_AGENCIES = re.compile(r"\(\s*(?:بترا|ومع|بنا)\s*\)")
SPLIT_MAX_PRIOR = 10_000  # a place this well known (its population) is not split by a direction
DATELINE_WORDS = 8  # a dateline (عدن - ) stands within the first words of an article
DATE_STAMP = re.compile(r"\s+(?:في\s+)?[0-9٠-٩]{1,2}[\s/.-]")  # the day of a wire's stamp
LIST_GAP = frozenset(" \t\n\u00a0،,")
_IN = "في"
_LISTED_BEFORE_IN = 3  # names of a list between a waiting name and في
FALLBACK_MIN_LETTERS = 4
# ... except for the first word of a longer name, whose other words must follow (ورام الله).
FALLBACK_MIN_LETTERS_IN_A_NAME = 3
KAF_WORD_SHARE = 10  # a form in ك this share of its rest's count is a word (see _is_a_word_in_kaf)
CACHE_LIMIT = 500_000  # distinct word forms remembered before the caches start over

_NONE: tuple = ()
# A fallback reading is the word less at most a proclitic and an article: وبال + انبار.
LONGEST_FALLBACK_PREFIX = max(map(len, PROCLITICS)) + len("ال")

# Proclitics a name after its type word does not carry (see _analyse); not ك, "such as", which
# opens a list a plural type word announces (محافظات يمنية كالبيضاء، وشبوة), nor و.
_LOCATIVE_CLITICS = frozenset("بلف")


def _needs_a_type_word(pattern: Pattern) -> bool:
    """Whether a one-word spelling names its places only right after a type word (``strong``)."""
    return len(pattern.words) == 1 and all(
        all("strong" in c.rules for c in conditions) for _, conditions in pattern.places
    )


def _may_spell_a_place(exact: str, patterns: Mapping) -> bool:
    """Whether some tail of ``exact`` that a fallback reading could leave is a gazetteer word:
    a few dict lookups that spare nearly every word the full list of readings."""
    last = min(LONGEST_FALLBACK_PREFIX, len(exact) - FALLBACK_MIN_LETTERS_IN_A_NAME)
    return any(exact[j:] in patterns for j in range(last + 1))


class _Word:
    """What the extractor needs of one distinct word form, computed once per form."""

    __slots__ = (
        "core", "article", "clitics", "single", "anchored", "opens", "blocks", "club", "given", "kin", "adjective",
        "list_only",
    )

    def __init__(self, core: str, article: bool, clitics: str) -> None:
        self.core = core
        self.article = article
        self.clitics = clitics  # proclitics other than the article: و ب ل ف ك
        self.single: Pattern | None = None  # the one-word spelling this word is
        self.anchored: list[Pattern] = []  # longer spellings anchored on this word, longest first
        # May a name the gazetteer lacks follow (a type or terrain word in the construct state)?
        # العاصمة opens with its article too, before a nisba (العاصمة الشيشانية غروزني).
        self.opens = (
            article
            if core in CAPITAL_WORDS
            else not article and (core in UNKNOWN_AFTER or core in TERRAIN_WORDS)
        )
        self.club = core in CLUB_HEADS  # ريال مدريد، فريقه برشلونة
        self.blocks = self.club or core in ORG_HEADS or core in PERSON_MARKERS  # جامعة القاهرة، بن سلمان
        self.given = core in GIVEN_NAMES  # فتحية أحمد
        self.kin = not article and core in KIN_WORDS  # زايد بن سلطان
        # الغارية الغربية; not a conjunct (المدينة المنورة والشرقية is two regions)
        self.adjective = article and not clitics and core in NAME_ADJECTIVES
        # Read without a و the analyzer kept (وريمة): a name only as a list's later member.
        self.list_only = False

    @property
    def relevant(self) -> bool:
        return self.single is not None or bool(self.anchored) or self.opens


class _Match:
    __slots__ = ("first", "last", "pattern", "eligible", "accepted", "club", "typed", "unmet", "in_terrain")

    def __init__(self, first: int, last: int, pattern: Pattern) -> None:
        self.first, self.last, self.pattern = first, last, pattern
        self.eligible: list[int] = []  # places whose rules the context satisfies
        self.accepted = False
        self.unmet = False  # no context rule rules it out, but none of its places' rules holds
        self.club = False  # names a sports club (ريال مدريد)
        self.typed = False  # stands after a type word, or in a list that does (في مدن سبها والكفرة)
        self.in_terrain = False  # counts only as the town a terrain word names (جبل سنجار)


def _after_an_attack_on(i: int, doc: _Text) -> bool:
    """Whether the name at ``i`` is the target على names after an attack (هجمات مماثلة على سيفاستوبول)."""
    if i < 2 or doc.info(i - 1).core != "علي" or doc.info(i).clitics:
        return False
    return any(
        doc.info(k).core in ATTACK_WORDS and not doc.info(k).clitics.strip("و")
        for k in range(max(0, i - 1 - ATTACK_REACH), i - 1)
    )


def _across_a_border_with(i: int, doc: _Text) -> bool:
    """Whether the name at ``i`` is the neighbour a border is shared with (الحدود مع مالي)."""
    if i < 2 or doc.info(i - 1).core != "مع" or doc.info(i).clitics:
        return False
    return doc.info(i - 2).core in BORDER_WORDS


def _names_a_border_side(m: _Match, prev: _Word | None, doc: _Text) -> bool:
    """Whether a name that opens with a border (الحدود الشمالية, Saudi Arabia's Northern Borders) and
    no type word stands before (مناطق الحدود الشمالية والشرقية are two regions) is only some
    country's side of one: crossed or followed along (عبر الحدود الشمالية), with a second
    direction (الحدود الشمالية الشرقية), or whose country or neighbour follows (الحدود الشمالية
    لإسرائيل، الحدود الشمالية مع لبنان)."""
    if m.last == m.first or doc.info(m.first).core not in BORDER_WORDS:
        return False
    if prev is not None and prev.core in ACROSS_WORDS:
        return True
    after = doc.following(m.last)
    if after is None:
        return False
    # لإسرائيل، لدولة الكويت name the country; لعلاجها (to treat her) a purpose
    owner = "ل" in after.clitics and not after.core.endswith(POSSESSIVE_ENDINGS)
    return owner or after.core in NAME_ADJECTIVES or after.core == "مع"


def _in_brackets(m: _Match, doc: _Text) -> bool:
    """Whether the match stands alone in brackets (عمان 8 آذار (بترا)): a signature."""
    return doc.before(m.first).rstrip().endswith("(") and doc.after(m.last).lstrip().startswith(")")


def _after_capital_and_nisba(i: int, doc: _Text) -> bool:
    """Is word ``i`` a capital named after العاصمة and its country's nisba (العاصمة البحرينية
    المنامة، بالعاصمة المغربية الرباط)?"""
    nisba = doc.previous(i)
    if nisba is None or not nisba.article or not nisba.core.endswith("يه"):
        return False
    capital = doc.previous(i - 1)
    return capital is not None and capital.article and capital.core in CAPITAL_WORDS


class _Text:
    """One article being read: its words and, on demand, what the extractor knows of each."""

    __slots__ = ("text", "words", "forms", "infos", "_second_line")

    def __init__(self, infos: dict[WordAnalysis, _Word], text: str, words, forms: list[WordAnalysis]) -> None:
        # Every word of the text has been met (find() asks whether each is relevant), so its
        # info is in ``infos``.
        self.infos, self.text, self.words, self.forms = infos, text, words, forms
        self._second_line: tuple[int, int] | None = None

    def info(self, i: int) -> _Word:
        return self.infos[self.forms[i]]

    def opens_a_line(self, i: int) -> bool:
        """Whether word ``i`` is the first of its line."""
        return i == 0 or "\n" in self.gap(i - 1)

    def second_line(self) -> tuple[int, int]:
        """The first word of the second line and of the third (the word count where there is none),
        found once: a body's dateline opens the line after its title."""
        if self._second_line is None:
            starts = (k for k in range(1, len(self.words)) if self.opens_a_line(k))
            second = next(starts, len(self.words))
            self._second_line = second, next(starts, len(self.words))
        return self._second_line

    def gap(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1``."""
        return self.text[self.words[i][2] : self.words[i + 1][1]]

    def before(self, i: int) -> str:
        """The text between word ``i - 1`` (or the start) and word ``i``."""
        return self.gap(i - 1) if i else self.text[: self.words[i][1]]

    def after(self, i: int) -> str:
        """The text between word ``i`` and word ``i + 1`` (or the end)."""
        return self.gap(i) if i + 1 < len(self.words) else self.text[self.words[i][2] :]

    def dash_after(self, i: int) -> bool:
        """Whether a dash stands between word ``i`` and the next (a dateline's: الدوحة - قنا)."""
        return not DASHES.isdisjoint(self.after(i))

    def previous(self, i: int) -> _Word | None:
        """Word ``i - 1`` when only spaces or quotes stand before word ``i`` (محافظة «البيضاء»)."""
        if i == 0 or not set(self.gap(i - 1)) <= QUOTED_GAP:
            return None
        return self.info(i - 1)

    def following(self, i: int) -> _Word | None:
        """Word ``i + 1`` when only spaces stand between."""
        if i + 1 >= len(self.words) or not self.gap(i).isspace():
            return None
        return self.info(i + 1)

    def next_is(self, i: int, flag: str) -> _Word | None:
        """Word ``i + 1`` when it has ``flag`` and only spaces stand between (flag first: cheap)."""
        if i + 1 >= len(self.words):
            return None
        after = self.info(i + 1)
        return after if getattr(after, flag) and self.gap(i).isspace() else None

    def surface(self, i: int) -> str:
        """Word ``i`` as the text has it, marks and all."""
        return self.text[self.words[i][1] : self.words[i][2]]

    def given_name(self, i: int) -> bool:
        """Whether word ``i`` is a given name. علي folds onto the preposition على, which stands
        next to a place far more often (اجتماع في بروكسل على أنه …): one printed with a final ى is
        the preposition."""
        return self.info(i).given and not self.surface(i).endswith("ى")

    def bracketed_direction_after(self, i: int) -> bool:
        """Whether a direction in brackets follows word ``i`` (إب (جنوب صنعاء)، سوروتش (جنوب))."""
        if i + 1 >= len(self.words):
            return False
        return BRACKETED_DIRECTION.match(self.after(i).lstrip() + self.surface(i + 1)) is not None

    def span(self, first: int, last: int) -> Span:
        start, end = self.words[first][1], self.words[last][2]
        return Span(start, end, self.text[start:end])


def _is_a_football_report(text: str) -> bool:
    """Whether ``text`` holds FOOTBALL_REPORT_WORDS of football's words (it stops counting there)."""
    first_few = zip(range(FOOTBALL_REPORT_WORDS), FOOTBALL_WORDS.finditer(text))
    return sum(1 for _ in first_few) >= FOOTBALL_REPORT_WORDS


# What may stand between two teams of a list (ألمانيا، بولندا، أيرلندا وجورجيا).
TEAM_LIST_GAP = re.compile(r"[\s،,:؛\-–]*")
TEAM_LIST_MIN = 3
TEAM_KINDS = frozenset(("country", "region"))
# A list after في (ثلاث مباريات احتفالية في الأوروغواي والأرجنتين والباراغواي) names where matches are
# held: places, not teams.
PLACES_LIST_BEFORE = re.compile(r"(?<!\S)في\s+$")


def _teams_listed(found: list[LocationMention], text: str) -> set[str]:
    """In a football report, the countries named only in lists of three or more of them with
    nothing but commas and و between them: the draw's groups and tables, national teams that the
    guidelines read as clubs (England and Scotland are regions of the gazetteer). A country named
    anywhere else in the report stays a place."""
    spans = sorted((s.start, s.end, m.name) for m in found if m.kind in TEAM_KINDS for s in m.spans)
    listed: set[tuple[int, str]] = set()
    run: list[tuple[int, int, str]] = []
    for span in [*spans, None]:
        if span is not None and run and TEAM_LIST_GAP.fullmatch(text, run[-1][1], span[0]):
            run.append(span)
            continue
        opens_with_fi = run and PLACES_LIST_BEFORE.search(text, max(0, run[0][0] - 4), run[0][0])
        if len(run) >= TEAM_LIST_MIN and not opens_with_fi:
            listed.update((start, name) for start, _, name in run)
        run = [span] if span is not None else []
    return {
        m.name for m in found
        if m.kind in TEAM_KINDS and m.spans and all((s.start, m.name) in listed for s in m.spans)
    }


def _named_as_a_city(mention: LocationMention, text: str) -> bool:
    """Whether a type word names the place a city somewhere (مدينة روما، العاصمة باريس)."""
    return any(CITY_TYPE_BEFORE.search(text, max(0, s.start - 12), s.start) for s in mention.spans)


def _listed_with_a_city(mention: LocationMention, found: list[LocationMention], text: str) -> bool:
    """Whether a club's city stands in a list beside a city of another country that names no club
    (احتفالات في عواصم عدة، من بينها باريس وبروكسل وأمستردام): a draw lists clubs of one league, or
    clubs' cities, never a club beside a mere city abroad."""
    others = [
        s for m in found
        if m.kind == "city" and m.name not in CLUB_CITIES and m.country != mention.country
        for s in m.spans
    ]
    return any(
        TEAM_LIST_GAP.fullmatch(text, s.end, o.start) or TEAM_LIST_GAP.fullmatch(text, o.end, s.start)
        for s in mention.spans for o in others
    )


class LocationExtractor:
    """Finds the places an article names; build once, call :meth:`find` per article."""

    def __init__(self, analyzer: Analyzer) -> None:
        self.analyzer = analyzer
        # Every word form met, by its whole analysis: one exact form may be two words (وادي, a
        # valley; وأدى, "and led", whose base is ادي), and the first met must not decide for both.
        self._infos: dict[WordAnalysis, _Word] = {}
        self._relevant: dict[WordAnalysis, bool] = {}  # may the form begin a place name?

    @cached_property
    def gazetteer(self) -> Gazetteer:
        return Gazetteer(self.analyzer)

    def places(self) -> Iterable[Place]:
        """Every place of the gazetteer (for completion)."""
        return iter(self.gazetteer.places)

    def resolve(self, name: str) -> Place | None:
        """The gazetteer entry a user means: العراق، بالعراق، iraq، Anbar، محافظة الأنبار …"""
        gazetteer = self.gazetteer
        found = gazetteer.resolve(name)
        if found is None and any("\u0600" <= c <= "\u06ff" for c in name):
            words = name.split()
            while found is None and len(words) > 1 and _cores(words[0]) <= TYPE_WORDS:
                words = words[1:]
                found = gazetteer.resolve(" ".join(words))
        return found

    # -- words ---------------------------------------------------------------------------------

    def _info(self, w: WordAnalysis) -> _Word:
        found = self._infos.get(w)
        if found is None:
            found = self._infos[w] = self._analyse(w)
            self._relevant[w] = found.relevant
        return found

    def _analyse(self, w: WordAnalysis) -> _Word:
        patterns = self.gazetteer.patterns
        core, article = reading(w)
        exact = w.exact
        clitics = w.proclitics
        if core == exact and exact[:1] == "ب" and exact[1:] in TERRAIN_WORDS:
            # بوادي is بوادي, the plural of بادية, to the analyzer, and ب + وادي in the news
            # (بوادي الدواسر، بوادي حضرموت).
            core, clitics = exact[1:], "ب"
        info = _Word(core, article, clitics.removesuffix("لل" if clitics.endswith("لل") else "ال"))
        found = [p for p in patterns.get(core, _NONE) if p.words[p.anchor][1] == article]
        if found and _LOCATIVE_CLITICS.intersection(info.clitics):
            # A spelling that counts only right after a type word is no place in a word with ب, ل
            # or ف: the name follows its type word bare (محافظة حجة), and the word is the ordinary
            # one (بحجة "on the pretext", إلى بلده بسلوك شائن). The word whole may still be a
            # place (منطقة بروم is Burum, not ب + روم, Rome).
            found = [p for p in found if not _needs_a_type_word(p)]
        # The word whole, when it spells a better-known place, beats a reading without a
        # "clitic": لوزان is Lausanne, not ل + وزان (Ouazzane); وجدة stays و + جدة (Jeddah), not
        # Oujda.
        whole, whole_article = split_article(exact)
        if len(whole) > len(core) and len(whole) >= FALLBACK_MIN_LETTERS:
            entire = [p for p in patterns.get(whole, _NONE) if p.anchor == 0 and p.words[0][1] == whole_article]
            if entire and self._best_known(entire) > self._best_known(found):
                info.core, info.article, info.clitics = whole, whole_article, ""
                self._attach(info, entire)
                return info
        if "ك" in info.clitics and self._is_a_word_in_kaf(exact, info.clitics):
            found = []  # كسرت (broke) is no ك + سرت (Sirte)
        self._attach(info, found)
        # (Also beside a longer spelling anchored on the clitic reading: تلال كفرشوبا, read تلال ك+فرشوبا,
        # leaves كفرشوبا alone to its whole reading.)
        if info.single is None and _may_spell_a_place(exact, patterns):
            # The analyzer took part of a name for a clitic (see fallback_readings): try the
            # longer readings, when long enough not to be a clitic and a short word (وان is
            # و + ان, not Van). Only a name's first word carries clitics.
            # ... or kept a conjunction on a rare name as part of it (وريمة read whole): a name
            # after و is the next member of a list, which the list rules still judge.
            kept_waw = not clitics and exact.startswith("و")
            for alt_core, alt_article in fallback_readings(exact):
                # و off and nothing else (وريمة → ريمة، والضهيرة → الضهيرة: the article stays; not
                # وللراعي, "and to the sponsor").
                shorter_after_waw = kept_waw and exact[1:] == ("ال" if alt_article else "") + alt_core
                if len(alt_core) < FALLBACK_MIN_LETTERS_IN_A_NAME or (
                        len(alt_core) <= len(core) and not shorter_after_waw):
                    continue
                found = [
                    p for p in patterns.get(alt_core, _NONE) if p.anchor == 0 and p.words[0][1] == alt_article
                ]
                if len(alt_core) < FALLBACK_MIN_LETTERS:
                    # ورام الله: only a longer name, and only where the word whole is rarer than its
                    # rest (وادي is a word; و + ان is not Van)
                    count = self.analyzer.lexicon.count
                    rest = exact[len(exact) - len(alt_core) :]
                    whole_is_a_word = count(exact) * KAF_WORD_SHARE >= count(rest)
                    # بنش read ب + نش, a rest the corpus never prints: the name whole (not a foreign
                    # name in ك: كيج is Cage, the actor, no ك + يج)
                    rest_is_no_word = count(core) == 0 and not info.opens and "ك" not in clitics
                    if not rest_is_no_word:
                        found = [] if whole_is_a_word or info.opens else [p for p in found if len(p.words) > 1]
                if found:
                    info.core, info.article = alt_core, alt_article
                    info.clitics = exact[: len(exact) - len(alt_core)].removesuffix("ال")
                    info.list_only = shorter_after_waw  # وسوسة is a word (whispering), not و + Sousse
                    self._attach(info, found)
                    break
        return info

    def _is_a_word_in_kaf(self, exact: str, clitics: str) -> bool:
        """ك ("like") before a place is rare in news (كالسعودية is 1 in 2,000 of السعودية): a form
        in ك a tenth as common as the rest is a word of its own (كسرت 26 times, سرت 71)."""
        count = self.analyzer.lexicon.count
        seen = count(exact)
        return seen > 0 and seen * KAF_WORD_SHARE >= count(exact[clitics.index("ك") + 1 :])

    def _best_known(self, patterns: list[Pattern]) -> float:
        """The prior of the best-known place these spellings name (-1 for none)."""
        priors = self.gazetteer.priors
        return max((priors[i] for p in patterns for i, _ in p.places), default=-1)

    @staticmethod
    def _attach(info: _Word, patterns: list[Pattern]) -> None:
        for pattern in patterns:
            if len(pattern.words) == 1:
                # A type word or a preposition is never a place on its own (معسكر, a province
                # of Algeria, is also "camp").
                if pattern.words[0][0] not in NOT_NAMES:
                    info.single = pattern
            else:
                info.anchored.append(pattern)
        info.anchored.sort(key=lambda p: -len(p.words))  # longest spelling first

    # -- finding -------------------------------------------------------------------------------

    def find(self, text: str, words: list[tuple[WordAnalysis, int, int]]) -> list[LocationMention]:
        """One mention per distinct place ``text`` names, with every span that names it."""
        if not words:
            return []
        if len(self._infos) > CACHE_LIMIT:  # news has a long tail of word forms: start over
            self._infos.clear()
            self._relevant.clear()
        self.gazetteer  # noqa: B018 (load before the word caches are filled)
        # One dict lookup per word, run in C (map, compress); Python looks only at the few words
        # that may anchor a place name.
        forms = [w for w, _, _ in words]
        relevant = list(map(self._relevant.get, forms))
        if None in relevant:
            for k, known in enumerate(relevant):
                if known is None:
                    relevant[k] = self._info(words[k][0]).relevant
        hits = list(compress(range(len(words)), relevant))
        if not hits:
            return []
        doc = _Text(self._infos, text, words, forms)
        matches, openers = self._candidates(doc, hits)
        for m in matches:
            m.eligible = self._judge(m, doc, matches)
            m.accepted = bool(m.eligible)
        self._drop_family_names(matches, doc)
        self._accept_after_an_unknown_opener(matches, doc)
        self._accept_lists(matches, doc)
        self._accept_in_context(matches, doc)
        mentions = self._mentions(matches, doc)
        if openers or "(" in text:
            # Words a name already claims: the gazetteer's, then those the unknown names take.
            taken = {i for m in matches if m.accepted for i in range(m.first, m.last + 1)}
            if openers:
                self._add_unknown(openers, mentions, matches, doc, taken)
            if "(" in text:
                self._add_bracketed(mentions, matches, doc, taken)
        found = [m for m in mentions.values() if not self._only_in_bodies_names(m, text)]
        # Clubs and national teams, in a football report only (the test reads the whole text, so
        # it runs only when a club's city or enough countries for a list were found).
        clubs = any(m.name in CLUB_CITIES for m in found)
        teams_possible = sum(len(m.spans) for m in found if m.kind in TEAM_KINDS) >= TEAM_LIST_MIN
        if (clubs or teams_possible) and _is_a_football_report(text):
            if clubs:
                found = [
                    m for m in found
                    if m.name not in CLUB_CITIES
                    or _named_as_a_city(m, text)
                    or _listed_with_a_city(m, found, text)
                ]
            teams = _teams_listed(found, text)
            found = [m for m in found if m.name not in teams]
        return found

    def _drop_family_names(self, matches: list[_Match], doc: _Text) -> None:
        """A place's name that the article gives as a man's family name, right after his given
        names (خليل عبدالله الخليل), is his wherever it stands bare (بمحاسبة الخليل، وأشار الخليل);
        after a type word or a preposition, or with ب or ل on it, it is still the place."""
        family = set()
        for m in matches:
            first = doc.info(m.first)
            if m.first != m.last or not first.article or first.clitics or doc.surface(m.first).startswith(
                    "لل"):
                continue  # صدام حسين للكويت، بين صالح والإمارات: a clitic joins no family name
            prev = doc.previous(m.first)
            # صالح، سعيد، سلطان … are words as often (لغير صالح الخليج: to the Gulf's good).
            if prev is not None and doc.given_name(m.first - 1) and prev.core not in WORDLIKE_GIVEN_NAMES:
                family.add(m.pattern)
        if not family:
            return
        for m in matches:
            # A country after a man's name is his act's object (احتلال صدام حسين الكويت), not his name.
            if m.pattern in family and m.accepted and not m.typed and not self._names_a_country(m.pattern):
                if not _after_a_preposition(doc.previous(m.first), doc.info(m.first)):
                    m.accepted, m.eligible = False, []

    @staticmethod
    def _only_in_bodies_names(mention: LocationMention, text: str) -> bool:
        """Whether every span of ``mention`` lies in the name of a body (see IN_A_BODYS_NAME); not
        one joined to it by و, a list's next member (مجلس الأمن وألمانيا), unless the body is
        one for the places listed (الهيئة الملكية للجبيل وينبع)."""
        return all(
            (not span.text.startswith("و") or FOR_A_PLACE.search(text, max(0, span.start - 40), span.start))
            and IN_A_BODYS_NAME.search(text, max(0, span.start - 80), span.start) is not None
            for span in mention.spans
        )

    def _candidates(self, doc: _Text, hits: list[int]) -> tuple[list[_Match], list[int]]:
        """Every longest spelling of a place in the text, before any context rule (leftmost
        first, the longer of two overlapping); and where a type word might introduce a name the
        gazetteer lacks."""
        found: list[tuple[int, int, Pattern]] = []
        openers: list[int] = []
        infos, forms = self._infos, doc.forms
        last_word = len(forms) - 1
        for i in hits:
            info = infos[forms[i]]
            if info.opens:
                openers.append(i)
            for pattern in info.anchored:
                start = i - pattern.anchor
                end = start + len(pattern.words) - 1
                if start >= 0 and end <= last_word and self._spells(pattern, doc, start):
                    found.append((start, end, pattern))
                    break
            if info.single is not None:
                found.append((i, i, info.single))
        found.sort(key=lambda c: (c[0], c[0] - c[1]))
        matches: list[_Match] = []
        covered = -1
        for start, end, pattern in found:
            if start > covered:
                matches.append(_Match(start, end, pattern))
                covered = end
        return matches, openers

    @staticmethod
    def _spells(pattern: Pattern, doc: _Text, start: int) -> bool:
        """Whether the words from ``start`` spell ``pattern`` (its anchor word already does)."""
        text, words = doc.text, doc.words
        for offset, want in enumerate(pattern.words):
            if offset and not text[words[start + offset - 1][2] : words[start + offset][1]].isspace():
                return False
            if offset != pattern.anchor:
                info = doc.info(start + offset)
                if (info.core, info.article) != want:
                    return False
        return True

    # -- context rules -------------------------------------------------------------------------

    def _names_a_country(self, pattern: Pattern) -> bool:
        """A country's name before a person's (وزير خارجية قطر خالد العطية) is still the country."""
        places = self.gazetteer.places
        return any(places[i].kind == "country" for i, _ in pattern.places)

    @staticmethod
    def _is_a_nisba_adjective(m: _Match, prev: _Word | None, after_type: bool, doc: _Text) -> bool:
        """A one-word name in ال…ية right after a noun with the article agrees with it as an
        adjective: الحقبة الناصرية is the Nasserist era, المدرسة العزيزية a school's name, not
        Nasiriyah or Aziziyah (after a type word it is the place: المنطقة الشرقية)."""
        if prev is None or after_type or m.first != m.last or not prev.article:
            return False
        info = doc.info(m.first)
        if not (info.article and info.core.endswith("يه") and doc.surface(m.first).startswith("ال")):
            return False  # بالإسكندرية: a preposition makes it a place
        before = doc.words[m.first - 1][0]
        return bool(before.stem) and before.exact not in _WORDS_IN_AL  # الى السعودية: a preposition

    @staticmethod
    def _given_name_follows(m: _Match, doc: _Text) -> bool:
        """Whether a given name follows the match (فتحية أحمد; see _Text.given_name)."""
        return doc.next_is(m.last, "given") is not None and doc.given_name(m.last + 1)

    @staticmethod
    def _names_a_numbered_event(m: _Match, prev: _Word | None, doc: _Text) -> bool:
        """Is the name followed by a one-digit round number, written onto it or with a dash
        (جنيف3، جنيف - 3) or quoted with it («جنيف 2»), with no preposition before it? A number
        after a space alone is often a count (شهدت حلب 3 غارات)."""
        k = m.last + 1
        if k >= len(doc.words) or doc.surface(k) not in ROUND_NUMBERS:
            return False
        gap = doc.gap(m.last)
        quoted = k + 1 < len(doc.words) and doc.gap(k)[:1] in QUOTES and doc.before(m.first)[-1:] in QUOTES
        if not (gap == "" or (set(gap) <= set(" -–") and ("-" in gap or "–" in gap or quoted))):
            return False
        return not _after_a_preposition(prev, doc.info(m.first))

    def _judge(
        self, m: _Match, doc: _Text, matches: list[_Match], in_list: bool = False, typed_list: bool = False
    ) -> list[int]:
        """The places of match ``m`` whose conditions its context satisfies; ``in_list`` when it
        stands in a list with an accepted place, ``typed_list`` when that list follows a type word."""
        pattern = m.pattern
        if any(mark in doc.surface(k) for k in range(m.first, m.last + 1) for mark in TANWEEN):
            return []  # صيداً سهلاً (easy prey): a name printed with tanween is an indefinite noun
        list_only = doc.info(m.first).list_only
        if list_only and not in_list:
            m.unmet = True  # waits for a list to stand in
            return []
        prev = doc.previous(m.first)
        after_type = prev is not None and is_cue(prev.core, prev.article, TYPE_WORDS)
        first = doc.info(m.first)
        if after_type and prev.core == BODY_AREA and first.article and first.core in BODY_PARTS:
            return []  # أصيب في منطقة الرأس: the head, not Ras
        m.typed = typed_list if in_list else after_type
        # A title right before the name names its town as a type word does (see TITLE_WORDS).
        after_title = not in_list and prev is not None and is_cue(prev.core, prev.article, TITLE_WORDS)
        after_type = after_type or after_title
        if m.first and set(doc.gap(m.first - 1)) <= QUOTED_GAP:
            before = doc.infos[doc.forms[m.first - 1]]
            # الجامعة بالرياض، فندق بسوسة: a body is placed by ب, not named; not a man (أبو بكر).
            placed = "ب" in doc.info(m.first).clitics and (
                before.article or before.core not in PERSON_MARKERS
            )
            # إعلان العراق النصر: the country announces (a definite object follows), no declaration
            # is named after it (إعلان جدة، إعلان القاهرة).
            announces = before.core in ANNOUNCING and self._names_a_country(pattern) and (
                (after := doc.following(m.last)) is not None and after.article
            )
            if before.blocks and not placed and not announces:
                m.club = before.club
                return []
            if before.core in SECOND_HEADS and m.first > 1 and doc.info(m.first - 2).blocks:
                return []
            if (before.core in AREA_TYPES and not before.clitics and m.first > 1
                    and doc.info(m.first - 2).core in POLICE and doc.gap(m.first - 2).isspace()):
                return []
        # فتحية أحمد is a person; بمنطقة الباحة سعيد بن محمد (its director) is not.
        if not after_type and not pattern.words[-1][1] and not self._names_a_country(pattern) and self._given_name_follows(m, doc):
            return []
        if self._is_a_nisba_adjective(m, prev, after_type, doc):
            return []
        # الشيخ زايد بن سلطان is a man; محافظة الداير بن مالك is the place.
        if not after_type and doc.next_is(m.last, "kin") is not None:
            return []
        if prev is not None and doc.info(m.first).core in IDIOMS.get(prev.core, ()):
            return []  # أمريكا of كوبا أمريكا
        if m.first == m.last and first.core in AGENCY_PLACES and (
                doc.surface(m.first).startswith(("ل", "ول"))  # ل with the article is no clitic here
                or _in_brackets(m, doc)
                or (m.first and "/" in doc.gap(m.first - 1))  # a dateline's agency: كليس/ الأناضول
                or (m.first and doc.opens_a_line(m.first - 1) and doc.dash_after(m.first - 1))):
            return []
        if self._source_after_a_datelines_town(m, doc, matches):
            return []
        if not after_type and _names_a_border_side(m, prev, doc):
            return []
        if self._names_a_numbered_event(m, prev, doc):
            return []  # «جنيف 2»، مؤتمر جنيف3: a conference and its round, not the city
        after = doc.following(m.last)
        if after is not None:
            if after.core in IDIOMS.get(doc.info(m.last).core, ()) or after.core in WEBSITE_TAILS:
                return []
            if after.core in RIVER and first.core == BANK:
                return []
            if after.core in VERB_IDIOMS.get(doc.info(m.last).core, ()) and not self._placed_before(
                    m, prev, after_type, doc):
                return []
            if self._names_a_club(m, after, after_type):
                m.club = True
                return []
        if not after_type and self._names_a_publication(m, doc):
            return []
        # In a list, the names that count anywhere were taken already, unless they waited for it.
        anywhere = [] if in_list and not list_only else list(pattern.anywhere)
        if len(pattern.anywhere) == len(pattern.places):
            return anywhere
        eligible = anywhere
        # A direction in brackets places a town as a type word does (وفي إب (جنوب صنعاء)).
        type_cue = m.typed or after_title or doc.bracketed_direction_after(m.last)
        cue: bool | None = True if in_list or type_cue else None
        spelt = ""

        def holds(rule: str, condition: Condition) -> bool:
            nonlocal cue, spelt
            if rule == "cue":
                if cue is None:
                    cue = (
                        _after_a_preposition(prev, first)
                        or ("ك" in first.clitics and first.article)
                        or self._in_dateline(m, doc)
                        or _after_capital_and_nisba(m.first, doc)
                        or _after_an_attack_on(m.first, doc)
                        or _across_a_border_with(m.first, doc)
                    )
                    if not cue and prev is not None and not prev.article and prev.core in TERRAIN_WORDS:
                        # a mountain, a valley or a plain named after the town (جبل سنجار، سهل
                        # الزبداني): the terrain is the place named, not the town itself
                        cue = m.in_terrain = True
                return cue
            if rule == "strong":
                # ... or the dateline's town, opening the article or its body before a dash (الخبر –
                # اليوم): no article opens on the word of that spelling and a dash.
                return type_cue or (
                    doc.opens_a_line(m.first) and self._in_dateline(m, doc) and doc.dash_after(m.last)
                )
            if rule == "literal":
                spelt = spelt or literal_form(doc.text[doc.words[m.last][1] : doc.words[m.last][2]])
                return spelt.endswith(condition.literal)
            if in_list:
                return False
            if rule == "nisba":
                return self._noun_reading(m, prev, first, doc)
            if rule == "kingdom":
                return self._saudi_kingdom(m, doc, matches)
            return False

        spelt_out: list[int] = []  # places whose exact spelling the text has (عمّان)
        for index, conditions in pattern.places:
            if index in pattern.anywhere:
                continue
            for condition in conditions:
                for rule in condition.rules:
                    if not holds(rule, condition):
                        break
                else:
                    eligible.append(index)
                    if condition.literal:
                        spelt_out.append(index)
                    break
        m.unmet = not (spelt_out or eligible)
        return spelt_out or eligible

    def _names_a_publication(self, m: _Match, doc: _Text) -> bool:
        """«الشرق الأوسط» in quotes: the newspaper."""
        before, after = doc.before(m.first).rstrip(), doc.after(m.last).lstrip()
        # Also in braces or brackets, as some papers print their own name (لـ{الشرق الأوسط}), or
        # between two closing guillemets (مصادر طبية ل»الرياض» إن).
        places = self.gazetteer.places
        opened = before.endswith(tuple(OPENING_QUOTES + "{(»"))
        closing = tuple(CLOSING_QUOTES + "})")
        # ... with a nisba of its own inside the quotes («القدس العربي»).
        nisba = m.last + 1 < len(doc.words) and doc.gap(m.last).isspace() and doc.info(m.last + 1).article
        if opened and nisba and doc.after(m.last + 1).lstrip().startswith(closing):
            after = doc.after(m.last + 1).lstrip()
        if not (opened and after.startswith(closing)):
            # ... or a masculine name as the subject of a feminine verb: حصلت الشرق الأوسط على نسخة
            # is the paper (صحيفة), the region would be شهد الشرق الأوسط.
            return self._verb_of_hers(m, doc) and doc.surface(m.first - 1) in PAPER_VERBS and any(
                places[i].name in MASCULINE_PUBLICATIONS for i, _ in m.pattern.places)
        return any(places[i].name in PUBLICATION_NAMES for i, _ in m.pattern.places)

    def _names_a_club(self, m: _Match, after: _Word, after_type: bool) -> bool:
        """A city followed by a masculine nisba (روما الإيطالي), by another club (روما وإنتر
        ميلان) or by an English club's second word (مانشستر يونايتد) is a sports club; not after
        a type word, which the nisba agrees with (ميناء العقبة الأردني)."""
        if after.club and "و" in after.clitics:
            return True
        places = self.gazetteer.places
        if after.core in CLUB_TAILS and not after.clitics and not after.article:
            # English and American clubs only: مكسيكو سيتي is Mexico City.
            return any(places[i].country in CLUB_TAIL_COUNTRIES for i, _ in m.pattern.places)
        if after_type or after.clitics or not after.article or after.core not in MASCULINE_NISBAS:
            return False
        return all(places[i].kind != "country" for i, _ in m.pattern.places)

    def _noun_reading(self, m: _Match, prev: _Word | None, first: _Word, doc: _Text) -> bool:
        """السعودية the country, not the adjective: not after a definite noun; an indefinite
        form (سورية) only after a preposition or with a clitic (بلدة تركية is a Turkish town)."""
        if prev is not None and is_cue(prev.core, prev.article, TYPE_WORDS):
            # A type word's genitive is the place (مدن السعودية، مدينة النبطية): a nisba after it would
            # be indefinite (مدن سعودية); after العاصمة, definite, it is one (العاصمة السعودية).
            return not prev.article and bool(m.pattern.words[0][1])
        if m.pattern.words[0][1]:  # written with the article
            # A preposition on the word itself makes it the country (الدعم للسعودية): an adjective
            # would take none.
            preposition = any(c in first.clitics for c in "بلك") or doc.surface(m.first).startswith("لل")
            if preposition:
                return True
            # A noun made definite by its pronoun takes the adjective too (روايتنا السعودية،
            # جامعاتنا السعودية).
            before = doc.words[m.first - 1][0]
            return prev is None or is_cue(prev.core, prev.article) or not (
                (prev.article and before.exact not in _WORDS_IN_AL) or self._noun_with_a_possessive(before))
        if prev is None or is_cue(prev.core, prev.article) or bool(first.clitics):
            return True
        return self._verb_of_hers(m, doc)

    @staticmethod
    def _placed_before(m: _Match, prev: _Word | None, after_type: bool, doc: _Text) -> bool:
        """Whether a type word or a preposition stands before the match, which no verb follows; not
        من, as often "who" (من حرض على هذا العمل)."""
        if after_type:
            return True
        return _after_a_preposition(prev, doc.info(m.first)) and not (prev is not None and prev.core == "من")

    def _verb_of_hers(self, m: _Match, doc: _Text) -> bool:
        """Whether the word before the match is a verb in the feminine perfect (أدانت سورية العدوان،
        رحبت سورية): the country is its subject, which an adjective cannot be. Not a copula, whose
        predicate is the adjective (كانت سورية، أصبحت سورية)."""
        if m.first == 0 or not doc.gap(m.first - 1).isspace():
            return False
        base = doc.words[m.first - 1][0].base
        if not base.endswith("ت"):
            return False
        lemma = self.analyzer.stemmer.verbs.lemma(base)
        return lemma is not None and lemma not in _COPULAS and base[:-1].endswith(lemma[-1:])

    def _noun_with_a_possessive(self, w: WordAnalysis) -> bool:
        """Whether the analyzer took a pronoun off the end of the noun ``w`` (روايتنا → رواية); not
        a verb's object (أبلغتنا السعودية: Saudi Arabia told us)."""
        if not w.stem or not w.base.endswith(_POSSESSIVES) or len(w.stem) >= len(w.base) - 1:
            return False
        if w.stem in _NAMING_NOUNS:
            return False
        lemma = self.analyzer.stemmer.verbs.lemma
        bare = w.base[: -len(next(p for p in _POSSESSIVES if w.base.endswith(p)))]
        return lemma(w.base) is None and lemma(bare) is None  # تلتها، قادتها: verbs

    def _saudi_kingdom(self, m: _Match, doc: _Text, matches: list[_Match]) -> bool:
        after = doc.following(m.last)
        if after is not None and after.article and not after.clitics and after.core.endswith("يه"):
            return False  # المملكة الأردنية, المملكة المغربية
        if KINGDOM_AGENCIES.search(doc.text) is not None:
            return False
        places = self.gazetteer.places
        for other in matches:
            # A kingdom joined by و to other places is one of a list beside the kingdom, never it
            # (مناطق المملكة ومن دول مجلس التعاون، لا سيما من الكويت وقطر والإمارات والبحرين).
            listed = doc.surface(other.first).startswith("و")
            if other is not m and abs(other.first - m.first) <= KINGDOM_WINDOW and not listed:
                if any(places[i].name in KINGDOMS for i, _ in other.pattern.places):
                    return False
            # (judged already: a dateline comes first)
            if other.first < m.first and other.eligible and self._in_dateline(other, doc) and all(
                (places[i].country or places[i].name) in DATELINE_KINGDOMS for i in other.eligible
            ):
                return False
        return True

    @staticmethod
    def _source_after_a_datelines_town(m: _Match, doc: _Text, matches: list[_Match]) -> bool:
        """Whether ``m`` is a paper named after its city that files the report, after the town that
        opens the dateline and a dash, and ending the line or before the agencies (طرابلس - الرياض،
        كركوك - الرياض، وكالات); not a second town before the paper (فيينا - الرياض: «الشرق الأوسط»)."""
        if m.first != m.last or doc.info(m.first).core not in PAPER_PLACES:
            return False
        if not m.first or not doc.dash_after(m.first - 1):
            return False
        after = doc.after(m.last)
        if not ("\n" in after or after.lstrip(" ")[:1] in ("،", ",")):
            return False
        town = next((t for t in matches if t.last == m.first - 1), None)
        return town is not None and town.accepted and doc.opens_a_line(town.first)

    @staticmethod
    def _in_dateline(m: _Match, doc: _Text) -> bool:
        """A place opening the article beside a dash, a colon or a slash (سبق - اليمن, عدن:, كليس/
        الأناضول), or first of all before an agency's date stamp (مسقط في 5 ديسمبر /العمانية/، عمان
        8 آذار (بترا))."""
        # The article's first words, or the body's after a title line (the indexer reads both).
        second, third = doc.second_line()
        if m.first >= DATELINE_WORDS and not second <= m.first < min(third, second + DATELINE_WORDS):
            return False
        before = doc.before(m.first) if m.first else ""  # nothing before the text's first word
        after = doc.after(m.last)
        if any(dash in before or dash in after for dash in "-–—:/"):
            return True
        stamp = DATE_STAMP.match(doc.text, doc.words[m.last][2])
        return stamp is not None and doc.opens_a_line(m.first)

    def _accept_lists(self, matches: list[_Match], doc: _Text) -> None:
        """A name that waits for context counts when it stands in a list with an accepted place:
        عدن ولحج وأبين, or الضالع، قعطبة. A name in a list with a club is a club (ريال مدريد
        وبرشلونة)."""
        for a, b in zip(matches, matches[1:]):
            if (a.club or b.club) and not (a.club and b.club) and self._listed(a, b, doc):
                for m in (a, b):
                    m.club, m.accepted, m.eligible = True, False, []
        changed = True
        while changed:
            changed = False
            for a, b in zip(matches, matches[1:]):
                if a.accepted == b.accepted or a.club or b.club or not self._listed(a, b, doc):
                    continue
                waiting, accepted = (b, a) if a.accepted else (a, b)
                waiting.eligible = self._judge(waiting, doc, matches, in_list=True, typed_list=accepted.typed)
                if waiting.eligible:
                    waiting.accepted = changed = True

    def _accept_after_an_unknown_opener(self, matches: list[_Match], doc: _Text) -> None:
        """A list after a dual or plural type word that a name no gazetteer has opens (بلدات
        اليادودة والمزيريب وطفس): its known names joined by و stand in a typed list, as they would
        after the known one."""
        known_words = {k for m in matches for k in range(m.first, m.last + 1)}
        for m in matches:
            k = m.first - 1  # the unknown name
            if m.accepted or m.club or k < 1 or k in known_words or doc.info(m.first).clitics != "و":
                continue
            opener = doc.info(k - 1)
            if opener.core not in LIST_OPENERS or opener.article:
                continue
            if not (doc.gap(k - 1).isspace() and doc.gap(k).isspace()):
                continue
            name = doc.info(k)
            if name.clitics or not self._plain_rare_name(doc.words[k][0], name):
                continue  # مناطق عديدة والعين: an ordinary word ends the type word's list
            m.eligible = self._judge(m, doc, matches, in_list=True, typed_list=True)
            m.accepted = bool(m.eligible)

    def _accept_in_context(self, matches: list[_Match], doc: _Text) -> None:
        """A name that waits for a type word (البيضاء، الخبر، صور are ordinary words too) counts in
        a list with an accepted place of its own country (بين البيضاء وأبين، الجبيل والخبر
        والدمام، صيدا وصور), and a country in a list with any accepted place: _accept_lists asks
        a type word of such names, which a list of towns seldom has. A preposition alone is not
        enough (في العين is as often "in the eye")."""
        places = self.gazetteer.places
        changed = True
        while changed:  # a name accepted so lets the one before it in (حجة وريمة والمحويت)
            changed = False
            for k, m in enumerate(matches):
                if m.accepted or not m.unmet or m.club:
                    continue
                neighbours = [
                    n for n, (a, b) in ((k - 1, (k - 1, k)), (k + 1, (k, k + 1)))
                    if 0 <= n < len(matches) and matches[n].accepted
                    and self._listed(matches[a], matches[b], doc)
                ]
                countries = {
                    places[i].country or places[i].name for n in neighbours for i in matches[n].eligible
                }
                countries |= self._country_placed_in(k, matches, doc)
                # A country in a list with an accepted place is the country (الحدودية مع سورية
                # والعراق); two nisbas in a row (مدن سورية وعراقية) have no accepted place beside them.
                eligible = [
                    i for i, _ in m.pattern.places
                    if (places[i].kind == "country" and neighbours) or places[i].country in countries
                ]
                if eligible:
                    m.eligible, m.accepted = eligible, True
                    changed = True

    def _country_placed_in(self, k: int, matches: list[_Match], doc: _Text) -> set[str]:
        """The country of an accepted town or region named after match ``k``, a later name of a
        list (its و), and في: the list's names lie there (لتقصف تلبيسة والرستن والزعفرانة في ريف
        حمص). Not a name alone, as often an adjective or a part of a longer name (القصر الجمهوري في
        المعاشيق، بلدة كفر داعل في ريف حلب), nor a country (الأمن والاستقرار في سوريا): a town is
        placed in its province."""
        m = matches[k]
        if "و" not in doc.info(m.first).clitics:
            return set()
        # Over the list's other names, a word each, known or not (والرستن والزعفرانة): the analyzer
        # leaves the و on a word it does not know.
        j = m.last + 1
        while j < len(doc.words) and j - m.last <= _LISTED_BEFORE_IN and doc.words[j][0].exact[:1] == "و":
            j += 1
        if j >= len(doc.words):
            return set()
        # في, or ب on the next word (زنجبار وجعار بمحافظة أبين), then maybe a type word (في محافظة).
        if doc.info(j).core == _IN:
            start = j + 1
        elif "ب" in doc.info(j).clitics:
            start = j
        else:
            return set()
        if start < len(doc.words) and doc.info(start).core in TYPE_WORDS:
            start += 1
        # Matches are in text order and do not overlap: the first one from there is the container.
        container = next((c for c in matches[k + 1 :] if c.first >= start), None)
        if container is None or container.first != start or not container.accepted:
            return set()
        if not all(doc.gap(i).isspace() for i in range(m.last, start)):
            return set()
        places = self.gazetteer.places
        return {places[i].country for i in container.eligible if places[i].kind != "country"} - {""}

    @staticmethod
    def _listed(a: _Match, b: _Match, doc: _Text) -> bool:
        """Whether ``b`` follows ``a`` in a list (عدن ولحج، الضالع، قعطبة)."""
        if b.first != a.last + 1:
            return False
        gap = doc.gap(a.last)
        if not set(gap) <= LIST_GAP:
            return False
        return "،" in gap or "," in gap or "و" in doc.info(b.first).clitics

    # -- choosing among places that share a spelling --------------------------------------------

    def _mentions(self, matches: list[_Match], doc: _Text) -> dict[str, LocationMention]:
        places, priors = self.gazetteer.places, self.gazetteer.priors
        accepted = [m for m in matches if m.accepted]
        # The places named unambiguously settle which of several same-named places is meant.
        context: set[str] = set()
        for m in accepted:
            if len(m.eligible) == 1:
                place = places[m.eligible[0]]
                context.add(place.country or place.name)
                context.update(place.parents)
        mentions: dict[str, LocationMention] = {}
        for m in accepted:
            if m.in_terrain:
                continue  # named by its terrain only (see _add_terrain)
            best = m.eligible[0]
            if len(m.eligible) > 1:
                best = max(m.eligible, key=lambda i: (places[i].country in context, priors[i]))
            place = places[best]
            last = m.last
            name, name_en = place.name, place.name_en
            # الغارية الغربية: a definite village name and a direction make another village.
            # A province is not split so (الأنبار الغربية is the west of al-Anbar), nor a town
            # (بأطراف الفلوجة الشمالية والشرقية is Fallujah's outskirts).
            definite = (
                place.kind in ("city", "site") and m.pattern.words[-1][1] and priors[best] < SPLIT_MAX_PRIOR
            )
            after = doc.next_is(last, "adjective") if definite else None
            if after is not None:
                last += 1  # الغارية الغربية: a place of its own, beside الغارية
                name = f"{name} {printed(doc.text[doc.words[last][1] : doc.words[last][2]])}"
                name_en = f"{NAME_ADJECTIVES[after.core]} {name_en}"
            mention = mentions.get(name)
            if mention is None:
                mention = LocationMention(name, name_en, place.kind, place.country, list(place.parents))
                mentions[name] = mention
            mention.spans.append(doc.span(m.first, last))
        return mentions

    # -- names the gazetteer lacks -------------------------------------------------------------

    def _add_unknown(
        self, openers: list[int], mentions: dict[str, LocationMention], matches: list[_Match], doc: _Text,
        taken: set[int],
    ) -> None:
        """Names right after a type or terrain word that no gazetteer has (مديرية سناح): a rare,
        uninflected word that is not an ordinary word of the news corpus. The words they take are
        added to ``taken`` once all openers are read."""
        count = self.analyzer.lexicon.count
        claimed: list[range] = []
        starts = {m.first: m for m in matches if m.accepted}
        words = doc.words
        for i in openers:
            j = i + 1
            if "ؤ" in doc.surface(i):
                continue  # بؤر، بؤرة (hotbeds) fold to بئر (a well): ضبط بؤر تدبير المال العام
            if j in starts and i not in taken and doc.info(i).core in TERRAIN_WORDS and doc.gap(i).isspace():
                self._add_terrain(i, starts[j], mentions, doc)  # مثلث العند beside العند
                continue
            if j in starts and doc.info(i).core in UNKNOWN_AFTER and doc.gap(i).isspace():
                # مناطق كتاف ورحبان: a list a known place opens goes on with names the gazetteer lacks;
                # after a single type word, with rare definite names joined by و (منطقة الجفينة والبلق).
                single = doc.info(i).core not in LIST_OPENERS
                rest = self._unknown_list(starts[j].last, taken, doc, definite=single)
                if rest:
                    parents, country = self._parents_near(rest[-1][2], mentions, matches)
                    kind = UNKNOWN_AFTER[doc.info(i).core]
                    for name, first, last in rest:
                        self._add_named(mentions, name, kind, country, parents, doc.span(first, last))
                        claimed.append(range(first, last + 1))
                continue
            if j >= len(words) or j in taken or i in taken or not set(doc.gap(i)) <= QUOTED_GAP:
                continue
            opener, after_nisba = doc.info(i), False
            if opener.article:  # العاصمة [الشيشانية] غروزني: the name after the nisba, if any
                nisba = doc.info(j)
                followed = j + 1 < len(words) and doc.gap(j).isspace()
                if nisba.article and nisba.core.endswith("يه") and followed:
                    j, after_nisba = j + 1, True
                if not after_nisba or j in taken or doc.info(j).article:
                    continue
                if not self._foreign_capital(words[j][0]):
                    continue
            w, info = words[j][0], doc.info(j)
            head = (
                not info.article
                and not info.clitics
                and info.core in NAME_HEADS
                and j + 1 not in taken
                and j + 1 < len(words)
                and doc.gap(j).isspace()
            )
            whole = (
                not head and not after_nisba and bool(info.clitics) and opener.core in UNKNOWN_AFTER
                and opener.core not in PLURAL_OPENERS and self._rare_whole_name(w)
            )
            if head:  # بني مران: the word after the head must be a rare one
                w, info = words[j + 1][0], doc.info(j + 1)
            elif whole:
                info = _Word(w.exact, False, "")  # مدينة لوغانسك: no clitic after a type word
            # A definite word after a type word in the construct state is its genitive, no adjective
            # (منطقة الحبلة، حي الخلفاء): its stem may drop ة or a plural's ending. Not after a type
            # word that is as often another noun (ولاية الفقيه, a doctrine; ناحية, an aspect; بلده,
            # his country).
            construct = (
                info.article
                and not opener.article
                and (opener.core in CONSTRUCT_OPENERS
                     or (opener.core == TOWN and doc.surface(i).endswith("ة")))
                and not doc.surface(j).startswith("أل")  # ألزمت, a verb, folds to الزمت
            )
            if (
                info.clitics
                or w.exact.startswith("لل")  # معسكر للحوثي: ل + the article, no name
                or not w.stem
                # inflected: an ordinary word (منطقة آمنة → امن)
                or (w.stem != w.base and not whole and not construct and not self._name_in_alif(w))
                or not w.exact.isalpha()
                or w.exact.isascii()
                or info.core in NOT_NAMES
                or info.core in BODY_NAMES
                or (opener.core == BODY_AREA and info.article and info.core in BODY_PARTS)
                or info.core in PREPOSITION_NOUNS
                or info.core in TERRAIN_WORDS
                or (opener.core in TERRAIN_WORDS and info.core in TERRAIN_FIGURES)
                or count(w.exact) > UNKNOWN_MAX_COUNT
            ):
                continue
            # After a head (بيت جن، رأس عيسى، بني مران) a short word, a nisba-like ending or a
            # place of that spelling elsewhere still make a name; alone they do not.
            if not head and (
                info.single is not None
                or len(info.core) < 3
                or (not info.article and not after_nisba and self._nisba_adjective(info.core))  # مدينة سورية
                or (not info.article and opener.core in NEEDS_ARTICLE and not self._placed(i, opener, doc))
                or VERBAL_NOUN.fullmatch(info.core)
                or PARTICIPLE_PLURAL.fullmatch(info.core)
                or (not info.article and PASSIVE_PARTICIPLE.fullmatch(info.core))
            ):
                continue
            if not info.article and info.core.startswith(("يت", "تت", "يست", "تست")):
                continue  # مدينة يتباهى الجميع بها: a verb (forms V, VI, X) opens the next clause
            if (
                not info.article
                and info.core.startswith(IMPERFECT_PREFIXES + PARTICIPLE_PREFIXES)
                and doc.following(j) is not None
                and doc.surface(j + 1) in PRONOUN_PREPOSITIONS
            ):
                continue  # منطقة يحل بها، منطقة متنازع عليها: a verb or a participle and its preposition
            if opener.core in TRAINING_CAMPS and _is_a_football_report(doc.text):
                continue  # معسكر العروبة الإعدادي: a club's training camp
            if opener.core in PLURAL_OPENERS and (
                not self._rare(w.exact)
                or (not info.article and info.core.startswith(IMPERFECT_PREFIXES))
            ):
                continue
            first, last = (i if opener.core in TERRAIN_WORDS else j), (j + 1 if head else j)
            if not head:  # a name of one word, unless another word belongs to it
                if info.article and doc.next_is(j, "adjective") is not None:
                    last = j + 1  # الغارية الغربية
                elif info.core in FOREIGN_PREFIXES:
                    if j + 1 >= len(words) or not doc.gap(j).isspace():
                        continue
                    last = j + 1  # سان دييغو
                elif opener.core in FOREIGN_STATES and not info.article and self._rare_after(j, doc, taken):
                    last = j + 1  # ولاية ميناس غيراييس
            name = " ".join(printed(doc.surface(k)) for k in range(first, last + 1))
            name = name[len(opener.clitics) :] if first == i else name  # وجبل الحميراء → جبل الحميراء
            kind = "site" if first == i else UNKNOWN_AFTER[opener.core]
            names = [(name, first, last)]
            if opener.core in LIST_OPENERS and not head:
                names += self._unknown_list(last, taken, doc)
            elif not head and first == j:
                # حي كلابة والشماسي والروضة: after a single type word the list goes on with rare
                # definite names only; a bare word there is as often a verb (وهرب، وأمطروهم).
                names += self._unknown_list(last, taken, doc, definite=True)
            # A list lies where its last member does (مناطق البوشجل والملاحمة في محافظة الأنبار).
            parents, country = self._parents_near(names[-1][2], mentions, matches)
            for name, first, last in names:
                self._add_named(mentions, name, kind, country, parents, doc.span(first, last))
                claimed.append(range(first, last + 1))
        for words_of_a_name in claimed:
            taken.update(words_of_a_name)

    @staticmethod
    def _placed(i: int, opener: _Word, doc: _Text) -> bool:
        """Whether type word ``i`` stands where a place is said to be, so that a bare name may follow
        a type word that is also another noun: حي after ب or في (بحي جوبر، في حي كلابة; حي is also
        "alive"), جبهة after ب (بجبهة ماس; في جبهة قتال واحدة is a front of fighting)."""
        if "ب" in opener.clitics:
            return opener.core in (QUARTER, FRONT)
        after_in = i > 0 and doc.words[i - 1][0].exact == "في" and doc.gap(i - 1).isspace()
        return opener.core == QUARTER and after_in

    @staticmethod
    def _add_named(
        mentions: dict[str, LocationMention],
        name: str,
        kind: str,
        country: str,
        parents: list[str],
        span: Span,
    ) -> None:
        """A span of a place no gazetteer has, under its printed name (a new mention the first time)."""
        mention = mentions.get(name)
        if mention is None:
            mention = mentions[name] = LocationMention(name, "", kind, country, list(parents))
        mention.spans.append(span)

    def _unknown_list(
        self, last: int, taken: set[int], doc: _Text, definite: bool = False,
    ) -> list[tuple[str, int, int]]:
        """The other members of a list a dual or plural type word opened (مناطق البوشجل والملاحمة): rare
        bare words joined by و or a comma, up to the first that is not one; with ``definite``, only
        words with the article joined by و that the corpus prints seldom enough to read as names."""
        words, found = doc.words, []
        k = last + 1
        while k < len(words) and k not in taken and set(doc.gap(k - 1)) <= LIST_GAP:
            w, info = words[k][0], doc.info(k)
            joined = info.clitics == "و" or (not info.clitics and w.exact.startswith("وال"))
            conjunction = "و" if joined else ""
            comma = "،" in doc.gap(k - 1) or "," in doc.gap(k - 1)
            # After a comma a definite name (كفريا، الفوعة); a bare word there opens the next
            # clause as often (بلدتي كفريا والفوعة، ربطه المحلل).
            if info.clitics not in ("", "و") or not (conjunction or (comma and info.article)):
                break
            rest = info.core if info.clitics else info.core[len(conjunction) :]  # والملاحمة: و kept on
            rest_exact = w.exact[len(conjunction) :]
            if (
                not self._plain_rare_name(w, info, len(conjunction))
                or (definite and not (conjunction and info.article and self._rare(rest_exact)))
                or (not info.article and ELATIVE.fullmatch(rest))
                or self._possessed_noun(rest)
            ):
                break
            found.append((printed(doc.surface(k))[len(conjunction) :], k, k))
            k += 1
        return found

    def _name_in_alif(self, w: WordAnalysis) -> bool:
        """Whether a word the stemmer reads as an accusative in ا is a name that ends in ا (مدينة
        كويتا، جزيرة فيلكا): after a type word in the construct state no accusative stands, and a
        rare stem with no feminine beside it says no other reading (قطع معسكر عائدا: عائد is a common
        word; معسكرا معزولا: an adjective, معزولة is printed too)."""
        count = self.analyzer.lexicon.count
        return (
            w.base == w.stem + "ا"
            and count(w.stem) <= ALIF_STEM_MAX_COUNT
            and count(w.stem + "ه") < ALIF_FEMININE_MAX_COUNT
        )

    def _possessed_noun(self, word: str) -> bool:
        """Whether ``word`` is a noun of the corpus with a possessive pronoun (محافظاتها)."""
        ending = next((e for e in POSSESSIVE_ENDINGS if word.endswith(e)), "")
        return bool(ending) and self._corpus_count(word[: -len(ending)]) >= NISBA_REST_MIN_COUNT

    def _plain_rare_name(self, w: WordAnalysis, info: _Word, clitics: int | None = None) -> bool:
        """Whether a word, less its first ``clitics`` letters (its proclitics by default), reads as
        a name the gazetteer lacks: rare, no known place, no nisba adjective, no verbal noun, and
        not inflected unless it is very rare (الملاحمة, which the analyzer reads as ملاحم)."""
        rest = w.exact[len(info.clitics) if clitics is None else clitics :]
        count = self._corpus_count(rest)
        return (
            bool(w.stem)
            and (w.stem == w.base or count <= FOREIGN_SECOND_MAX_COUNT)
            and rest.isalpha()
            and not rest.isascii()
            and info.single is None
            and not info.anchored
            and len(info.core) >= 3
            and info.core not in NOT_NAMES
            and info.core not in TERRAIN_WORDS
            and count <= UNKNOWN_MAX_COUNT
            and not self._nisba_adjective(info.core)
            and not VERBAL_NOUN.fullmatch(info.core)
            and (info.article or not PASSIVE_PARTICIPLE.fullmatch(info.core))
        )

    def _nisba_adjective(self, core: str) -> bool:
        """Whether ``core`` (no article) is a nisba adjective: its noun before ي or ية is a word of
        the corpus (جبلية of جبل), as a transliterated name's is not (كامينجي)."""
        # A feminine one (منطقة نائية) agrees with the feminine type words, so a rarer noun will do;
        # a bare ي ends transliterated names more often (ولاية يوبي، إيلينوي).
        if core.endswith("يه"):
            rest, least = core[:-2], NISBA_REST_MIN_COUNT
        elif core.endswith("ي"):
            rest, least = core[:-1], NISBA_REST_MIN_COUNT_MASCULINE
        else:
            return False
        count = self._corpus_count
        # The noun as the corpus prints it: جبل (جبلية), يد (يدوية), جغرافيا (جغرافي).
        nouns = {rest, rest + "ا", rest + "يا", rest[:-1] if rest.endswith("و") and len(rest) > 2 else rest}
        return sum(count(n) + count("ال" + n) for n in nouns) >= least

    def _add_bracketed(
        self, mentions: dict[str, LocationMention], matches: list[_Match], doc: _Text, taken: set[int]
    ) -> None:
        """A rare name followed by its direction in brackets (في سوروتش (جنوب)، بالحوية (شمال
        الطائف)) is a town, lying in the known place the brackets name, if any; not one a type
        word has given already (مدينة سيفاري (وسط مالي))."""
        ends = [end for _, _, end in doc.words]
        for found in BRACKETED_DIRECTION.finditer(doc.text):
            j = bisect_right(ends, found.start()) - 1
            if j < 0 or j in taken or not set(doc.text[ends[j] : found.start()]) <= QUOTED_GAP:
                continue
            w, info = doc.words[j][0], doc.info(j)
            prev = doc.previous(j)
            placed = "ب" in info.clitics or (prev is not None and is_cue(prev.core, prev.article))
            if not placed or info.clitics not in ("", "ب", "و", "وب") or not self._plain_rare_name(w, info):
                continue
            parents, country = self._parents_near(j, mentions, matches)
            name = printed(doc.surface(j))[len(info.clitics) :]
            self._add_named(mentions, name, "city", country, parents, doc.span(j, j))

    def _foreign_capital(self, w: WordAnalysis) -> bool:
        """The name after العاصمة and its nisba (العاصمة الشيشانية غروزني): a rare word, not a
        verb that opens the next clause (العاصمة البريطانية تتزين، الليبية قاطعوا)."""
        exact = w.exact
        return (
            self._rare(exact)
            and not exact.endswith("وا")
            and not exact.startswith(("تت", "يت"))
        )

    def _rare_whole_name(self, w: WordAnalysis) -> bool:
        """Whether a word the analyzer split into a clitic and a rest is, whole, a rare foreign
        name: a type word in the construct state takes no preposition or conjunction after it
        (مدينة لوغانسك is Luhansk, not ل + وغانسك)."""
        exact = w.exact
        return (
            len(exact) >= 5
            and exact.isalpha()
            # فقيرة: an adjective; not so after ك, which no adjective takes (بلدة كنصفرة)
            and not exact.endswith(("ه", "ا") if w.exact[0] != "ك" else "ا")
            and not self._nisba_adjective(exact)  # مركزي, but not كامينجي
            and self._rare(exact)
            and self._rare(w.base)  # ناحية لثبات، معسكر ومباريات، منطقة ليجتمع: the rest is an ordinary word
        )

    def _rare_after(self, j: int, doc: _Text, taken: set[int]) -> bool:
        """Whether word ``j + 1`` is a rare bare word right after ``j``: the second word of a
        transliterated name."""
        k = j + 1
        if k >= len(doc.words) or k in taken or not doc.gap(j).isspace():
            return False
        w, info = doc.words[k][0], doc.info(k)
        return (
            not info.clitics
            and not info.article
            and w.exact.isalpha()
            and not w.exact.isascii()
            and self._rare(w.exact)
        )

    def _rare(self, form: str) -> bool:
        """A form the corpus prints so seldom that it reads as a transliterated name."""
        return self._corpus_count(form) <= FOREIGN_SECOND_MAX_COUNT

    def _corpus_count(self, form: str) -> int:
        """How often the corpus prints a normalised form. The word counts keep ى apart from ي
        (شتى is counted as written), and normalisation folds it: count both."""
        count = self.analyzer.lexicon.count
        return count(form) + (count(form[:-1] + "ى") if form.endswith("ي") else 0)

    def _add_terrain(self, i: int, m: _Match, mentions: dict[str, LocationMention], doc: _Text) -> None:
        """A terrain word before a known place names a site of its own (مثلث العند، جبل لبنان,
        وادي حضرموت), inside that place."""
        place = self.gazetteer.places[m.eligible[0]]
        first = doc.info(m.first)
        # جبال أفغانستان، صحراء الأردن: a country's mountains are no site; جبل ببلجرشي has a
        # preposition between; جبال منطقة جازان a type word.
        if place.kind == "country" or first.clitics or first.core in TYPE_WORDS:
            return
        opener = doc.info(i)
        name = " ".join(printed(doc.surface(k)) for k in range(i, m.last + 1))[len(opener.clitics) :]
        parents = [place.name, *place.parents]
        self._add_named(mentions, name, "site", place.country or place.name, parents, doc.span(i, m.last))

    def _parents_near(
        self, j: int, mentions: dict[str, LocationMention], matches: list[_Match]
    ) -> tuple[list[str], str]:
        """Where an unknown place lies (its parents and country): in the known place named right
        after it (منطقة سناح بالضالع), else in the country most of the article's places are in."""
        for m in matches:
            if m.accepted and j < m.first <= j + 3:
                place = self.gazetteer.places[m.eligible[0]]
                return [place.name, *place.parents], place.country
        counts: dict[str, int] = {}
        for mention in mentions.values():
            if mention.country:
                counts[mention.country] = counts.get(mention.country, 0) + len(mention.spans)
        if not counts:
            return [], ""
        main = max(counts, key=counts.__getitem__)
        return ([main], main) if counts[main] >= DOMINANT_SHARE * sum(counts.values()) else ([], "")
