"""The compiled regexes and word sets of the date extractor: the scanning passes and the context.

**Scanning.** Python's regex engine is fast only where a pattern starts with a literal: it then
skips in C to the next place that can match (a character class is several times slower, and so is
a pattern that starts with a look-behind). So the names and keywords are scanned in passes, each
keyed on a literal that is rare in news text:

- a rare letter (غ of أغسطس, ث of الثلاثاء, ض of الماضي, ذ of آذار and هذا …);
- for names without one, a short literal (ي for يوليو، أيار، اليوم …; بر for سبتمبر، أكتوبر …;
  مس for أمس);
- and the digits, for four-digit numbers and numeric dates (21/7/2015).

Each name becomes an alternative that starts at its key, checks the next letter at once (so a
wrong candidate fails in one comparison), then looks behind for the letters before the key. A
match therefore begins ``width`` letters into the name. Measured over the 31,030-article corpus
the passes cost about two thirds of the extractor's time.

**Context.** Around each candidate, anchored patterns read the text to its right (a second month
name, a year, a modifier) with ``match(text, end)``; the words to its left come from
:func:`previous_words` and are looked up in sets that hold every spelling and clitic form, and a
few patterns ending in ``$`` (a day number, an ordinal) run as ``search(text, lo, start)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .dates_lexicon import D, ORDINALS, Name, alternation, letters, names, spellings

_WORD_END = r"(?![^\W\d_])"  # not followed by a letter (a digit may touch a month: نوفمبر1952)
_HIJRI_MARK = r"ه\u0640*" + _WORD_END  # هـ / ه
_GREG_MARK = r"م(?![^\W_]|²)"  # not م2, square metres (بمساحة 1500م2)

# Masculine and feminine in turn; the duals close two names (يومي الجمعة والسبت الماضيين).
PAST_MODS = ("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "الماضيين", "الماضيتين")
NEXT_MODS = ("المقبل", "المقبلة", "القادم", "القادمة", "المقبلين", "المقبلتين")
CURRENT_MODS = ("الجاري", "الجارية", "الحالي", "الحالية")
MODIFIERS = PAST_MODS + NEXT_MODS + CURRENT_MODS
MOD = alternation(MODIFIERS)

# Words right before a bare month or a year that make it a date: في يوليو، منذ عام 2014، مطلع 2017.
_PERIOD_CUES = ("في", "خلال", "منذ", "حتى", "قبل", "بعد", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية",
                "بداية", "أول", "آخر", "مع", "بحلول", "طيلة", "طوال", "شهر", "الشهر", "ربيع", "صيف",
                "خريف", "شتاء")
_YEAR_WORDS = ("عام", "العام", "سنة", "السنة", "عامي", "سنتي", "الأعوام", "أعوام", "بين", "موسم", "مواليد",
               # A period named by its years (خلال الفترة 2015 - 2017، المرحلة 2012 - 2025).
               "الفترة", "فترة", "المرحلة", "مرحلة")
# Events and competitions named by their year (كأس العالم 2014، مونديال 2022، كوبا أمريكا 2011،
# انتخابات 2005، انتفاضة 2011): the year is the event's date.
_COMPETITIONS = ("مونديال", "المونديال", "أولمبياد", "الأولمبياد", "كأس", "بطولة", "دوري", "دورة", "دورتي")
_EVENT_NAMES = _COMPETITIONS + (
    "يورو", "العالم", "أمريكا", "ثورة", "حرب", "انتخابات", "انتفاضة", "نكسة", "نكبة", "غزو", "قمة", "مؤتمر",
    "هجمات",
    # ... and the defeats, battles, massacres and disasters the news dates so (بعد هزيمة 1967، زلزال 2023)
    "هزيمة", "معركة", "مجزرة", "أحداث", "زلزال", "فيضانات", "إعصار", "أزمة", "تفجيرات",
)
_PUNCTUATION = "()[]«»\"'،,.:؛;-–—"
# Short vowels and tatweel, which a word compared with the lists below may carry (أمسِ الخميس).
_MARKS = dict.fromkeys(range(0x064B, 0x0653)) | {0x0640: None}


def _with_clitics(words) -> frozenset[str]:
    """Every spelling of the words with the clitics they take (في → وفي، ففي؛ العام → للعام، بالعام)."""
    out = set()
    for w in words:
        for v in spellings(w):
            out.update(c + v for c in ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل"))
            if v.startswith("ال"):
                out.update(c + "لل" + v[2:] for c in ("", "و", "ف"))
    return frozenset(out)


# A month is also where a thing is put off or runs to (تأجيلها إلى أكتوبر); a bare number after إلى is a
# count as often (ارتفع إلى 2000), so not a year's cue.
MONTH_CUES = _with_clitics(_PERIOD_CUES + ("إلى", "الى"))
YEAR_CUES = _with_clitics(_PERIOD_CUES + _YEAR_WORDS + _EVENT_NAMES)
# The words that make a number before 1900 a year (في عام 1812، سنة 1880م): in other places a
# number of that size is as often a count (قتل 1500 شخص).
YEAR_WORDS = _with_clitics(("عام", "العام", "سنة", "السنة", "عامي", "سنتي"))
# An event named with its place or kind between the name and the year (أولمبياد بكين 2008، الألعاب
# الأولمبية الشتوية 2022، كأس أمم أوروبا 2016، كأس العالم الأخيرة بالبرازيل 2014).
# Competitions only: يورو and العالم are also the currency and "the world" a few words before a year.
EVENT_NAMES = _with_clitics(_COMPETITIONS + ("الألعاب", "الأولمبية", "أمم", "الأمم", "نهائي", "نهائيات"))
# Events named by their month alone (نكسة يونيو (حزيران): 1967; ثورة يوليو: 1952): the month is the
# event's name, not a month of the publication's year.
NAMED_BY_MONTH = _with_clitics(("ثورة", "نكسة", "نكبة", "حرب", "انتفاضة", "هبة", "مجزرة", "أحداث"))
EVENT_REACH = 3  # words before the year the event's name may stand
# A year range after these is the label of a sports season or a school year (موسم 2015/2016،
# العام الدراسي 1436-1437هـ), not two event years.
SEASON_WORDS = _with_clitics(("موسم", "الموسم", "لموسم", "موسمي", "الدراسي", "الدراسية", "المالي", "المالية",
                              # a winter of two years (لموسم شتاء 2014م - 2015م); not صيف, whose
                              # clitic form is "runner-up" (فالنسيا وصيف 2000 و2001)
                              "شتاء", "الشتاء"))
# A line that opens on a year and a dash is an entry of a dated list ("on this day": 1990- القوات
# العراقية تغزو الكويت): the year is an event date, and a month on that line takes its year.
LIST_ENTRY_YEAR = re.compile(rf"[ \t]*(?P<year>[{D}]{{4}})\s*[-–:]")
# "من" after a relative day makes it relative to another day: قبل يومين من زيارة فابيوس.
FROM_AFTER = re.compile(r"\s+من\s")
# The counted days of قبل ثلاثة أيام; "of" after them counts from another day (قبل أربعة أيام من
# الافتتاح، وقبل ثلاثة أيام فقط من حلول الذكرى).
DAYS_AGO = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "اربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6}
DAYS_AGO_OF_ANOTHER = re.compile(r"\s+(?:فقط\s+)?من\s")
BY_AFTER = re.compile(r"\s+من\s+قبل(?![^\W\d_])")  # من قبل: "by", not "before"
ORDINAL_ENDS = _with_clitics({o.split()[-1] for o in ORDINALS} | {"من", "شهر"})
# An ordinal after these is not a day: الربع الأول من رمضان، الأسبوع الثاني من يوليو.
NOT_A_DAY_ORDINAL = _with_clitics(("الربع", "النصف", "الثلث", "الأسبوع", "الاسبوع", "العشر", "الشهر",
                                   "الأسابيع", "الأيام", "الجزء", "الفصل", "الدور", "الموسم"))


def previous_word(text: str, pos: int, reach: int = 24) -> str:
    """The word right before ``pos`` without its punctuation ("" at the start of a text); a token
    of punctuation alone, such as the opening quote of عام "1963", is skipped."""
    for token in reversed(text[max(0, pos - reach):pos].split()):
        if word := token.strip(_PUNCTUATION):
            return word
    return ""


def previous_words(text: str, pos: int, n: int = 3, reach: int = 36) -> list[tuple[int, str]]:
    """Up to ``n`` words before ``pos``, nearest first, as (start offset, word without punctuation);
    a token of punctuation alone, such as the "(" of اليوم (الثلاثاء), is skipped."""
    lo = max(0, pos - reach)
    chunk = text[lo:pos]
    out: list[tuple[int, str]] = []
    end = len(chunk)
    for part in reversed(chunk.split()):
        end = chunk.rfind(part, 0, end)
        word = part.strip(_PUNCTUATION).translate(_MARKS)
        if word:
            out.append((lo + end + len(part) - len(part.lstrip(_PUNCTUATION)), word))
            if len(out) == n:
                break
    return out


# Names of things that hold a date: ثورة 25 يناير، قوى 14 آذار، شارع 26 يوليو — not events.
NAME_BEFORE = re.compile(
    r"(?<![^\W\d_])[وبل]?" + alternation((
        "ثورة", "قوى", "قوي", "تيار", "حركة", "تحالف", "ائتلاف", "شارع", "ميدان", "جسر", "ذكرى",
        "مدينة", "ملعب", "استاد", "جامعة", "مستشفى", "كلية", "مدرسة", "حي", "نادي", "جمعية",
        "قصر")) + r"\s+$")
# A yearless date that recurs every year: 25 يناير من كل عام.
EVERY_YEAR_AFTER = re.compile(
    r"(?:\s+(?:المبارك|الكريم|الفضيل|المعظم))?[\s،,]*(?:من\s+)?(?:كل|جميع)\s+(?:عام|سنة|الأعوام|السنوات)")
# Counted nouns: "في 2000 حالة" is a count, not a year.
UNIT_AFTER = re.compile(r"\s*" + alternation((
    "نقطة", "ريال", "دولار", "يورو", "جنيه", "درهم", "دينار", "ليرة", "متر", "مترا", "كيلو", "كيلومتر",
    "كلم", "كم", "طن", "برميل", "ميجاوات", "ميغاوات", "شخص", "شخصا", "مواطن", "مواطنا", "جندي", "جنديا",
    "عنصر", "عنصرا", "طالب", "طالبا", "طالبة", "حالة", "وحدة", "منزل", "منزلا", "سرير", "موظف", "عامل",
    "مقاتل", "قتيل", "ساعة", "دقيقة", "أسرة", "عائلة", "مشارك", "مشاركا", "حاج", "حاجا", "مليون",
    "ألف", "سيارة", "مركبة", "مشروع", "مشروعا", "وظيفة", "فرصة", "قطعة", "صفحة", "كتاب", "لاعب",
    "لاعبا")) + _WORD_END + "|%")

# A number and its year (رقم 40 لسنة 2015، القانون رقم 5 لعام 2010) name a case or a law.
NUMBERED_BEFORE = re.compile(rf"رقم\s*\(?[{D}]+\)?\s*(?:/\s*[{D}]+\s*)?[وبل]?(?:ال)?(?:سنة|عام)\s*$")

# ---- numbers --------------------------------------------------------------------------------
# After the first digit (consumed by the scanning pass): a numeric date or a four-digit number.
# Four-digit numbers only from 1300 to 2199, so prices and counts rarely reach Python.
# A backslash separates as a slash does (17\10\1436ه).
_NUMBER_REST = (rf"(?<![{D}.,:/\\][{D}])(?:[{D}]{{0,3}}\s*(?P<sep>[/\\\-.])\s*[{D}]{{1,2}}\s*(?P=sep)\s*"
                rf"[{D}]{{1,4}}(?![{D}])"
                rf"|(?<=[1١۱])[3-9٣-٩۳-۹][{D}]{{2}}(?![{D}])|(?<=[2٢۲])[01٠١۰۱][{D}]{{2}}(?![{D}]))")
NUMERIC_DATE = re.compile(
    rf"([{D}]{{1,4}})\s*([/\\\-.])\s*([{D}]{{1,2}})\s*\2\s*([{D}]{{1,4}})"
    rf"(?:\s*(?:(?P<hijri>{_HIJRI_MARK})|(?P<greg>{_GREG_MARK})))?")
YEAR = re.compile(
    rf"(?P<year>[{D}]{{4}})(?:\s*(?:(?P<hijri>{_HIJRI_MARK}|هجري[ةه]?{_WORD_END})"
    rf"|(?P<greg>{_GREG_MARK}|ميلادي[ةه]?{_WORD_END})))?"
    # a second year of a list or range: عامي 2013 و2014، 2010-2014، 1436/1437هـ; a tatweel dash
    # after an unmarked year only (الفترة 2007 ــ 2010), as 1993م ـ 1413هـ gives one year twice
    rf"(?:\s*(?:-|–|—|/|و|إلى|الى|حتى|وحتى|(?(greg)(?!)|(?(hijri)(?!)|ـ+)))\s*(?P<year2>[{D}]{{4}})(?![{D}])"
    rf"(?:\s*(?:(?P<hijri2>{_HIJRI_MARK})|(?P<greg2>{_GREG_MARK})))?)?")

# A year before Christ (بين عامي 1878 و1843 قبل الميلاد، 1303 ق. م.، 3000 سنة قبل الميلاد): no date
# of the news, and no ISO year.
BEFORE_CHRIST = re.compile(r"\s*(?:عام|سنة)?\s*(?:قبل\s+الميلاد|ق\s*\.\s*م(?![^\W\d_])|ق\s+م(?![^\W\d_]))")

# مواليد 1994 is a birth year, but a team's age group after these (المنتخب للناشئين مواليد 2000).
BORN = _with_clitics(("مواليد",))
AGE_GROUP_BEFORE = _with_clitics((
    "الناشئين", "للناشئين", "ناشئين", "الشباب", "للشباب", "شباب", "البراعم", "للبراعم", "براعم", "فئة",
    "منتخب", "المنتخب", "لاعبي", "لاعبين", "اللاعبين",
))
# آب without its madda beside its Egyptian name (اب/اغسطس، اغسطس/اب، اب (اغسطس)): August, not "father".
UNMARKED_AB = re.compile(r"(?<![^\W\d_])اب(?=\s*[/(]\s*[اأ]غسطس)|(?<=[اأ]غسطس/)اب(?![^\W\d_])"
                         r"|(?<=[اأ]غسطس\s/)اب(?![^\W\d_])|(?<=[اأ]غسطس\s\()اب(?![^\W\d_])")
# One more year of a list joined by و (2006 و2010 و2014).
YEAR_CHAIN = re.compile(rf"\s*[،,]?\s*و\s*(?P<year>[{D}]{{4}})(?![{D}])")

# A Hijri year written with its mark (1436هـ، 1437 هـ): in its text, "this month" is a Hijri one.
HIJRI_YEAR_WRITTEN = re.compile(rf"[{D}]{{4}}\s*(?:{_HIJRI_MARK}|هجري[ةه]?{_WORD_END})")

# ---- around a month name --------------------------------------------------------------------
ANY_MONTH = alternation(n.form for n in names() if n.kind in ("gregorian", "hijri"))
HIJRI_MONTH = re.compile(alternation(n.form for n in names() if n.kind == "hijri"))
GREGORIAN_MONTH = re.compile(
    rf"(?<![^\W\d_])(?:{alternation(n.form for n in names() if n.kind == 'gregorian')}){_WORD_END}")
# The Gregorian date a Hijri one is given as (25 شوال 1436 هـ الموافق 10 أغسطس 2015 م).
CONCORDANT = re.compile(r"الموافق|المصادف")
# The second name of a dual form: يوليو/تموز، يوليو (تموز)، تموز - يوليو، يوليو تموز، (مايو) أيار.
DUAL = re.compile(rf"\)?\s*(?:[(/\\\-–«\"]\s*)?(?P<second>{ANY_MONTH}){_WORD_END}(?:\s*[)»\"])?")
# The first of two months whose dual modifier follows the second (في آذار/مارس ونيسان/أبريل
# الماضيين): the modifier is both months', unless a year follows it (الماضيين من العام 2014).
DUAL_MONTH_AFTER = re.compile(
    rf"\s+و\s*(?:{ANY_MONTH}){_WORD_END}(?:\s*[/(]\s*(?:{ANY_MONTH}){_WORD_END}\s*\)?)?"
    rf"\s+(?P<mod>الماضيين|الماضيتين|المقبلين|المقبلتين){_WORD_END}"
    rf"(?![\s،,]*(?:من\s+)?(?:(?:ال)?(?:عام|سنة)\s*)?[{D}]{{4}})")
# "Whole" between a month and its year (خلال شهر أبريل بأكمله من العام الماضي).
_WHOLE = r"(?:\s+(?:بأكمله|بأكملها|بكامله|بكاملها|كله|كلها)(?=\s+(?:من\s+)?(?:[بل]?ال)?(?:عام|سنة)))?"
MONTH_TAIL = re.compile(
    rf"(?:\s+(?P<mod>{MOD}){_WORD_END})?{_WHOLE}"
    rf"(?:[\s،,]*(?:من\s+)?(?:(?:[بل]?ال|[بل])?(?:عام|سنة)\s*)?"
    rf"(?P<year>[{D}]{{4}})(?![{D}])(?:\s*(?:(?P<hijri>{_HIJRI_MARK})|(?P<greg>{_GREG_MARK})))?"
    rf"|\s+(?:من\s+)?(?:(?:لل|ال)?(?:عام|سنة)\s+(?P<ryear>{MOD})|(?P<this>ل?هذا\s+العام|ل?هذه\s+السنة)"
    rf"|(?P<same>(?:العام|السنة)\s+(?:ذاته|نفسه|ذاتها|نفسها)|نفس\s+(?:العام|السنة)|ذلك\s+العام|تلك\s+السنة))"
    rf"{_WORD_END})?")
# A month range sharing one year: من فبراير (شباط) حتى نوفمبر 1943، 15 يونيو وحتى 15 سبتمبر 2015.
RANGE_YEAR = re.compile(
    rf"\s*(?:-|–|إلى|الى|حتى|وحتى|و)\s*(?:[{D}]{{1,2}}\s*)?(?:من\s+)?(?P<second>{ANY_MONTH})"
    rf"(?:\s*[(/\-–]?\s*{ANY_MONTH}\s*\)?)?[\s،,]*(?:من\s+)?(?:(?:ال)?(?:عام|سنة)\s*)?"
    rf"(?P<year>[{D}]{{4}})(?![{D}])"
    rf"(?:\s*(?P<hijri>{_HIJRI_MARK}))?")
# The latest year written before a "same year" (من العام ذاته): 29 أكتوبر 1952 … 23 ديسمبر من العام ذاته.
WRITTEN_YEAR = re.compile(rf"(?<![{D}])(?:1[89]|20|١[٨٩]|٢٠)[{D}]{{2}}(?![{D}])")
# Before a month: a day (16 يوليو، 20 و21 يوليو، 16 من شهر يوليو) or a written ordinal (الرابع من).
# A day's one or two digits, not the end of a longer number, a decimal, a date or a time.
_DAY = rf"[{D}](?<![{D}.,/:][{D}])[{D}]?"
DAY_BEFORE = re.compile(
    rf"(?:(?P<first>{_DAY})\s*(?:-|–|و|إلى|الى|حتى|وحتى)\s*)?"
    rf"(?P<day>{_DAY})\s*(?:من\s+)?(?:شهر\s+)?$")
# ... and the earlier days of a longer list, each with its و or comma (the 11 of 11 و12 و16 و18 نيسان).
LISTED_DAY = re.compile(rf"({_DAY})\s*[و،,]\s*$")
ORDINAL_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?:(?P<first_ord>{alternation(ORDINALS)})(?:\s+(?:إلى|الى|حتى)\s+|\s+و\s*))?"
    rf"(?P<ord>{alternation(ORDINALS)})\s+(?:من\s+)?(?:شهر\s+)?$")

# ---- weekdays and relative days -------------------------------------------------------------
ANY_WEEKDAY = alternation(n.form for n in names() if n.kind == "weekday")
# "and the day after tomorrow" right after غدا (اليوم وغداً وبعد غد: now and later).
AFTER_TOMORROW_NEXT = re.compile(r"[\u064B-\u0652]*\s*،?\s*وبعد\s+غد(?![^\W\d_])")
# Weekdays of every week (أيام السبت والاثنين والأربعاء من كل أسبوع): a timetable, no day.
EVERY_WEEK_AFTER = re.compile(
    rf"(?:\s*[،,]?\s*و?\s*(?:{ANY_WEEKDAY}))*\s+(?:من\s+)?(?:كل|جميع)\s+(?:أسبوع|اسبوع|الأسابيع|الاسابيع)"
)
# A weekday printed right before a day of a month named by its modifier (الثلاثاء 26 الشهر الجاري).
WEEKDAY_BEFORE_DAY = re.compile(rf"(?P<weekday>{ANY_WEEKDAY})[\s،,()\-–]*(?:الموافق|المصادف)?[\s،,()\-–]*$")
# Words before a day word that belong to its expression: مساء الأربعاء، فجر أمس، منتصف ليلة الأحد.
TIME_OF_DAY = _with_clitics(("ليل", "ليلة", "فجر", "صباح", "مساء", "ظهر", "ظهيرة", "عصر", "يوم", "يومي",
                             "نهار", "صبيحة"))
BEFORE_TIME_OF_DAY = _with_clitics(("منتصف", "قبيل", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليل", "ليلة"))
# Given names before a weekday with no modifier make it a family name (أحمد الخميس، حسين الجمعة،
# مهاجم التعاون بدر الخميس), common in the Gulf; with one it is the day (خان بني سعد الجمعة الماضية).
GIVEN_NAMES = _with_clitics((
    "محمد", "أحمد", "علي", "عبدالله", "عبدالرحمن", "عبدالعزيز", "عبدالكريم", "عبدالمحسن", "حسن", "حسين",
    "خالد", "سعد", "سعيد", "صالح", "عمر", "إبراهيم", "يوسف", "فهد", "سلطان", "ناصر", "سلمان", "عثمان",
    "مصطفى", "محمود", "بدر", "منصور", "فيصل", "نايف", "ماجد", "سامي", "طلال", "هشام", "وليد", "ياسر",
))
# Words before a weekday that make it something else: بين الاثنين (the two), صلاة الجمعة.
NOT_A_DAY = _with_clitics(("بين", "كلا", "صلاة", "خطبة", "خطب", "خطيب", "خطباء", "منبر", "منابر", "أئمة",
                           "إمام", "جامع", "مسجد", "أيام", "ايام",
                           # a market named after its day, and the district or town it gave its
                           # name (سوق الجمعة in Tripoli, سوق الثلاثاء in al-Namas)
                           "سوق"))
# Words before الأحد that make it God the One (الله الأحد، الواحد الأحد), not Sunday.
THE_ONE_AFTER = _with_clitics(("الله", "الواحد", "الفرد", "الصمد"))
# يوم before a weekday after those words (خطبة يوم الجمعة) is the weekday in general too; بين يومي
# الاثنين والثلاثاء is two days.
DAY_WORD = _with_clitics(("يوم",))
BETWEEN = _with_clitics(("بين", "كلا"))
YESTERDAY = _with_clitics(("أمس", "الأمس"))
FIRST = _with_clitics(("أول", "الأول"))  # أول أمس، أمس الأول: the day before yesterday
BEFORE = _with_clitics(("قبل",))  # قبل أمس: the day before yesterday too
TOMORROW = _with_clitics(("غد", "غدا", "غداً", "غدًا", "الغد"))
# Words before قبل قليل that point back in the text, not in time (كما ذكرت قبل قليل، التي تحدثنا
# عنها قبل قليل، المشار إليه قبل قليل).
MENTIONED = _with_clitics((
    "ذكرت", "ذكرنا", "ذكرناه", "ذكرناها", "قلت", "قلنا", "أشرت", "أشرنا", "عنها", "عنه", "إليه", "إليها",
    "اليه", "اليها", "أسلفت", "أسلفنا", "أوردنا", "أوضحت",
))
# A column's sign-off, "we go on tomorrow" (غدا نواصل، نكمل غدا): the next instalment, no event.
_CONTINUE_WORDS = ("نواصل", "نكمل", "أواصل", "اواصل", "نستكمل", "أكمل", "اكمل")
CONTINUE = _with_clitics(_CONTINUE_WORDS)
CONTINUE_AFTER = re.compile(rf"[\s.،,]+(?:{'|'.join(_CONTINUE_WORDS)})(?![^\W\d_])")
# Words after which غدا is the verb "to become" (قد غدا أفقيا، كما غدا من مقومات الدعاية، ومن ثم
# غدا مرتكزا), the noun of a saying or a question (إن غداً لناظره قريب، ماذا غدا؟) or a day ruled
# out (ربما ليست غداً، وربما ليست بعد ثلاثة شهور): not tomorrow.
NOT_TOMORROW_AFTER = _with_clitics(
    ("قد", "لقد", "كما", "ثم", "إن", "بعدما", "عندما", "حينما", "ماذا", "ليس", "ليست"))
# Words that may stand right before الأمس when it is yesterday: a preposition or a time of day
# (منذ الأمس، مساء الأمس), or an event that took place (تدريبات الأمس، جلسة الأمس). After any other
# word it is a genitive, "of yesterday" (أعداء الأمس، حلفاء الأمس، مريض الأمس): the past.
BEFORE_YESTERDAY_NOUN = _with_clitics((
    "منذ", "حتى", "من", "في", "إلى", "الى", "قبل", "بعد", "مثل",
    "تدريب", "تدريبات", "مران", "تمرين", "مباراة", "لقاء", "جلسة", "جلسات", "اجتماع", "اجتماعات",
    "تعاملات", "تداولات", "مؤتمر", "حادث", "حادثة", "هجوم", "هجمات", "غارات", "قصف", "اشتباكات",
    "مواجهات", "عملية", "تفجير", "تفجيرات", "احتفال", "حفل", "مظاهرة", "مظاهرات", "مسيرة", "زيارة",
    "ختام", "افتتاح", "إغلاق", "اغلاق", "نهاية", "بداية", "أحداث", "احداث",
)) | TIME_OF_DAY | FIRST
# اليوم alone, with no clitic; a definite word after it makes it a day of its own (اليوم الوطني،
# اليوم الأول، اليوم العالمي) or the noun of a clause (اليوم الذي), and a bracket corrects it
# (أطلقوا اليوم (أمس)).
# (The word comes first and its left edge is looked at after it: a pattern that opens on a
# lookbehind is tried at every position of the text, ten times slower.)
BARE_TODAY = re.compile(r"اليوم(?<![^\W\d_]اليوم)(?![^\W\d_])")
# The beginning of the year with no modifier (منذ بداية العام حتى الآن، في مطلع العام): this year, as
# the dev sets annotate it (18 of 18); a modifier or a year after it is read by their own rules.
START_OF_THIS_YEAR = re.compile(
    r"(?<![^\W\d_])[وف]?(?:منذ|مع|في|خلال)\s+(?:بداية|مطلع|بدء)\s+(?P<year>العام|السنة)(?![^\W\d_])"
    r"(?!\s+(?:الماضي|الماضية|المقبل|المقبلة|القادم|القادمة|الجاري|الجارية|الحالي|الحالية"
    r"|الدراسي|الهجري|[\d٠-٩]))"
)
# Yesterday and today (اجتماعا ثلاثيا في قطر، أمس واليوم): today's اليوم joined to أمس.
YESTERDAY_AND_TODAY = re.compile(r"(?<![^\W\d_])(?:أمس|امس|البارحة)\s+و(?P<today>اليوم)(?![^\W\d_])")
DAY_OF_ITS_OWN = re.compile(r"\s+(?:ال|لل|\()")
# اليوم التالي، صباح اليوم التالي، اليوم السابق: a day after or before another, not today.
OTHER_DAY_AFTER = re.compile(
    r"\s+(?:التالي|الموالي|السابق|الذي يليه|اللاحق|نفسه|ذاته)(?![^\W\d_])"
    # ... or corrected in brackets by a copy published the next day (صباح اليوم (أمس)).
    r"|\s*\(\s*(?:أمس|امس|الأمس)\s*\)")
# "The same day" (مساء اليوم نفسه، في ذات اليوم): the day the text named last, not today.
SAME_DAY = re.compile(r"(?<![^\W\d_])(?:اليوم\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+اليوم)(?![^\W\d_])")
# Imperfects of what is held or begins on a day (يقام حفل السباق يوم السبت، تنطلق البطولة الأحد).
_HELD_OR_BEGUN = ("يقام", "تقام", "يعقد", "تعقد", "ينطلق", "تنطلق", "تبدأ", "يبدأ")
# A weekday in a clause about the future is the next such day: ستقام المباراة الأحد، المقرر السبت.
# Future verbs are read from their prefix (سيلعب، ستبدأ، سنعلن); these nouns share it.
FUTURE_WORDS = _with_clitics(("المقرر", "المقررة", "المرتقب", "المرتقبة", "المنتظر", "المنتظرة", "المزمع",
                              "المزمعة", "يعتزم", "تعتزم", "يرتقب", "يُرتقب", "يتوقع", "ويتوقع",
                              # what is held or begins on a day: the coming one
                              *_HELD_OR_BEGUN,
                              # What is likely or hoped for (من المرجح أن يصوت المجلس يوم الجمعة،
                              # نأمل بإجرائه يوم الجمعة).
                              "المرجح", "يرجح", "نأمل", "يأمل", "تأمل"))
_FUTURE_VERB = re.compile(r"[وف]?س[يتنأ][^\W\d_]{2,}")
_NOT_FUTURE = ("سيا", "سيطر", "سيد", "سينا", "سينم", "سيرة", "سيرج", "سيرغ", "سيول", "سيف", "سيم", "سيئ",
               "سنة", "سنو", "سنغ", "سنت", "سند", "سنا", "ستة", "ستين", "ستار", "ستير", "ستيف", "ستاد",
               "ستان", "ستر", "ستاي", "ستو", "سيت", "سيك")
# Letters that begin no future verb, whatever the counts say: the Sunni nisba (سنية، سنيين; نية is
# a common word).
_NEVER_FUTURE = ("سني",)
_CLAUSE_END = re.compile(r"[.!?؟؛:\n]")


FUTURE_SHARE = 1  # the imperfect without س at least as common as with it (سيكون: يكون)


@lru_cache(maxsize=4096)
def _is_future_verb(bare: str) -> bool:
    """Whether ``bare`` (no conjunction) is a verb with the future prefix: its letters may begin a
    noun or a name (سيارة، سياسة، سنوات، ستريت), so where they do the news counts decide: the
    imperfect without س is commoner than the word (سيكون beside يكون, ستواصل beside تواصل),
    as a noun's remainder is not (يارة، ياسة، نوات)."""
    if not _FUTURE_VERB.fullmatch(bare) or bare.startswith(_NEVER_FUTURE):
        return False
    # Two letters after the prefixes are a verb of a short or weak root (سيتم، سيصل، سنرى) as
    # often as a name (سيسي، سيتي): the counts decide those too.
    if not bare.startswith(_NOT_FUTURE) and len(bare) > 4:
        return True
    from analyzers import default_analyzer

    lexicon = default_analyzer().lexicon
    count = lexicon.frequency.get
    word = lexicon.fold(bare)
    return count(word[1:], 0) >= FUTURE_SHARE * max(count(word, 0), 1)


def _clause_words(text: str, pos: int, n: int, reach: int = 60) -> list[str]:
    """The last ``n`` words of the clause before ``pos`` (within ``reach`` characters), without
    their punctuation."""
    clause = _CLAUSE_END.split(text[max(0, pos - reach):pos])[-1]
    return [word.strip(_PUNCTUATION) for word in clause.split()[-n:]]


# A stipulation: على أن and an imperfect set what is to follow (على أن تستكمل الجولة يومي الجمعة والسبت،
# أبحر مساء الأربعاء على أن يعود مساء الخميس), not على أن and a noun (دليل على أن تنظيم الدولة …).
_STIPULATION = ("على", "أن")
# Imperfects whose lemma the analyzer leaves unread: a stopword's (يكون) or a doubled verb's (يتم).
_PLAIN_IMPERFECTS = frozenset(("يكون", "تكون", "يتم", "تتم"))


@lru_cache(maxsize=4096)
def _is_imperfect(word: str) -> bool:
    """Whether ``word`` reads as a verb's imperfect: a prefix ي ت ن that its lemma lacks (تستكمل →
    استكمل, يعود → عاد)."""
    if word in _PLAIN_IMPERFECTS:
        return True
    if word[:1] not in "يتن" or len(word) < 3:
        return False
    from analyzers import default_analyzer

    analysed = next(iter(default_analyzer().words(word)), None)
    stem = analysed[0].stem if analysed else ""
    return bool(stem) and stem[0] != word[0]


def in_future_clause(text: str, pos: int, reach: int = 60) -> bool:
    """Whether the clause before ``pos`` speaks of the future (a future verb, المقرر …)."""
    for word in _clause_words(text, pos, 8, reach):
        bare = word[1:] if word[:1] in "وف" else word
        if word in FUTURE_WORDS or _is_future_verb(bare):
            return True
    return False


# What goes on until a day is still going on: that day is to come (تتواصل الفعاليات حتى السبت،
# ويستمر استقبال الطلبات حتى الخميس); in the past tense it is over (استمرت الاشتباكات حتى الجمعة).
_CONTINUES = _with_clitics((
    "يستمر", "تستمر", "يتواصل", "تتواصل", "يمتد", "تمتد", "يتوالى", "تتوالى", "يبقى", "تبقى", "يظل",
    "تظل", "يدوم", "تدوم", "يتم", "تتم",
))
_UNTIL = frozenset(("حتى", "وحتى"))
# ... nor a state "still" so far, as of a day past (لا يزال قيد التحقيق حتى صباح يوم الأحد).
_WAS = _with_clitics((
    "كان", "كانت", "كانوا", "ظل", "ظلت", "ظلوا", "بقي", "بقيت", "بقوا", "يزال", "تزال", "يزالون", "زال",
    "زالت", "زالوا",
))
_TIME_OF_DAY_BEFORE = frozenset(("يوم", "مساء", "صباح", "ظهر", "فجر", "نهاية", "ليل", "ليلة"))


def continues_until(text: str, pos: int, reach: int = 60) -> bool:
    """Whether the weekday at ``pos`` is what something still going on lasts until: حتى after a
    verb of going on, or after any imperfect not told in the past (يستقبل ذووه العزاء حتى مساء
    الأربعاء; not كانوا يستقبلون)."""
    words = _clause_words(text, pos, 8, reach)
    while words and words[-1] in _TIME_OF_DAY_BEFORE:
        words.pop()
    if not words or words[-1] not in _UNTIL:
        return False
    before = words[:-1]
    if any(w in _CONTINUES for w in before):
        return True
    return not any(w in _WAS for w in before) and any(_is_imperfect(w.removeprefix("و")) for w in before)


def in_stipulation(text: str, pos: int, reach: int = 60) -> bool:
    """Whether the clause before ``pos`` sets what is to follow (على أن and an imperfect)."""
    words = _clause_words(text, pos, 8, reach)
    return any(
        tuple(words[i:i + 2]) == _STIPULATION and _is_imperfect(words[i + 2]) for i in range(len(words) - 2)
    )


# "Since": a yearless date after it in its clause is a start point, so in the past (منذ 7 أكتوبر،
# منذ بدء الحرب في 7 أكتوبر), however near its next return.
_SINCE = _with_clitics(("منذ",))
SINCE_REACH = 6  # words back from the date


def in_since_clause(text: str, pos: int, reach: int = 60) -> bool:
    """Whether منذ stands among the few words of the clause before ``pos``."""
    return any(word in _SINCE for word in _clause_words(text, pos, SINCE_REACH, reach))


# "Put off to": a yearless month after a postponement and إلى is the next one (تأجيلها إلى أكتوبر in
# January: October to come), however near the last.
_POSTPONED = _with_clitics((
    "تأجيل", "تأجيله", "تأجيلها", "إرجاء", "إرجاءه", "إرجاءها", "أجل", "أجلت", "يؤجل", "تؤجل",
    "أرجأ", "أرجأت", "يرجئ", "ترجئ", "تمديد", "تمديده", "تمديدها", "مدد", "مددت",
))
_TO = frozenset(("إلى", "الى", "حتى"))
POSTPONED_REACH = 5  # words back from the date


def postponed_to(text: str, pos: int, reach: int = 60) -> bool:
    """Whether the month at ``pos`` follows إلى or حتى, with a postponement among the words before."""
    words = _clause_words(text, pos, POSTPONED_REACH, reach)
    return bool(words) and words[-1] in _TO and any(word in _POSTPONED for word in words[:-1])


TODAY = _with_clitics(("اليوم",))
_TODAY_BEFORE = ("مساء", "صباح", "ظهر", "ظهيرة", "فجر", "عصر", "ليل", "ليلة", "تعاملات", "تداولات",
                 "التعاملات", "التداولات", "جلسة", "ختام", "لاحق", "سابق", "لاحق من", "سابق من")
_TODAY_SAID = ("إن", "أن", "أنه", "أنها", "بأن", "إنه", "إنها")
# Imperfects of what begins, is held, ends, leaves or arrives on a day (تنطلق اليوم المرحلة الثانية،
# يعقد اليوم وزير التعليم اجتماعا، تغادر اليوم البعثة): before a bare اليوم, the day of publication,
# where another imperfect makes it "nowadays" (نعيش اليوم، تشهد اليوم ارتفاعا).
TODAY_EVENT_VERBS = _with_clitics((
    *_HELD_OR_BEGUN, "تختتم", "يختتم", "تنتهي", "ينتهي", "تفتتح", "يفتتح", "يدشن", "تدشن", "يلتقي",
    "تلتقي", "يواجه", "تواجه", "يستضيف", "تستضيف", "يصل", "تصل", "يغادر", "تغادر",
))
# A prayer of the day before a bare اليوم (يصلى عليه بعد صلاة العصر اليوم، أثناء أداء صلاة الظهر اليوم):
# that prayer today, the day of publication.
PRAYER_TIMES = frozenset(("الظهر", "العصر", "المغرب", "العشاء", "الفجر", "الجمعة"))
PRAYER = _with_clitics(("صلاة", "صلاتي"))
# ... unless "almost" goes before the verb (تكاد تنتهي اليوم مفاعيل الاتفاقية: nowadays). After such
# a verb a definite word is its subject (تنطلق اليوم المرحلة الثانية), not the day's adjective, unless
# it is one of those (يبدأ اليوم الأول، تقام اليوم الختامي).
ALMOST = _with_clitics(("تكاد", "يكاد", "كادت", "كاد"))
DAY_ADJECTIVE_AFTER = re.compile(
    r"\s+ال(?:أول|اول|ثاني|ثالث|رابع|خامس|أخير|اخير|ختامي|وطني|عالمي|دولي|دراسي|مفتوح|موعود|طويل"
    r"|عصيب)(?![^\W\d_])")
# (قبل الماضي: the one before last, الجمعة قبل الماضية.)
WEEKDAY_AFTER = re.compile(
    rf"\s*\)?\s*(?:(?P<before>قبل\s+)?(?P<mod>{MOD})|(?P<blocked>عشر|معا|معاً|معًا)){_WORD_END}")
# The first of two weekdays whose dual modifier follows the second (يومي الاثنين والثلاثاء المقبلين,
# الجمعة والسبت الماضيين): the modifier is both days'.
DUAL_WEEKDAY_AFTER = re.compile(
    rf"\s+و\s*(?:{ANY_WEEKDAY})\s+(?P<mod>الماضيين|الماضيتين|المقبلين|المقبلتين){_WORD_END}")
# A weekday that only introduces an explicit date: الخميس 16 يوليو، الخميس الموافق 16 يوليو، يوم
# الثلاثاء، تاريخ 12 شوال, and the day's number with the article (الخميس الـ30 من يوليو).
BEFORE_DATE_GAP = re.compile(
    r"[\s،,()\-–]*(?:الموافق|الموافقة|المصادف|بتاريخ|تاريخ)?[\s،,()\-–]*(?:الـ\s?)?")
YESTERDAY_AFTER = re.compile(
    rf"[\u064B-\u0652]*\s+(?:(?P<before2>[اأ]ل[أا]ولى?)|(?P<idiom>القريب|البعيد|الحاجة)"
    rf"|\(?\s*(?P<weekday>{ANY_WEEKDAY})\s*\)?){_WORD_END}")
# The article and clitics before a period word: العام، للعام، بالعام، والعام.
PERIOD_ARTICLE = re.compile(r"(?<![^\W\d_])(?:[وفب]?ال|[وف]?لل)$")

_PERIODS = {  # period word → the modifiers that agree with it
    "عام": PAST_MODS[::2] + NEXT_MODS[::2] + CURRENT_MODS[::2],
    "شهر": PAST_MODS[::2] + NEXT_MODS[::2] + CURRENT_MODS[::2],
    "أسبوع": PAST_MODS[::2] + NEXT_MODS[::2] + CURRENT_MODS[::2],
    "اسبوع": PAST_MODS[::2] + NEXT_MODS[::2] + CURRENT_MODS[::2],
    "سنة": PAST_MODS[1::2] + NEXT_MODS[1::2] + CURRENT_MODS[1::2],
    "ليلة": PAST_MODS[1::2],
    # The last or the next spring, summer or autumn (الربيع الماضي، الصيف المقبل): dated by its year.
    # Not winter, whose year is either of two.
    "ربيع": PAST_MODS[:6:2] + NEXT_MODS[:4:2],
    "صيف": PAST_MODS[:6:2] + NEXT_MODS[:4:2],
    "خريف": PAST_MODS[:6:2] + NEXT_MODS[:4:2],
}
_THIS = (("هذا", "عام"), ("هذا", "شهر"), ("هذا", "أسبوع"), ("هذا", "اسبوع"), ("هذه", "سنة"),
         # هذا الصيف: a season of this year, dated by its year.
         ("هذا", "صيف"), ("هذا", "شتاء"), ("هذا", "ربيع"), ("هذا", "خريف"))


# ---- the scanning passes --------------------------------------------------------------------
@dataclass(frozen=True)
class Trigger:
    """What a scanning hit is, and how far into its words the match begins."""

    # month, weekday, yesterday, today, tomorrow, two_days, days_ago, period, same_month, current_day
    kind: str
    form: str
    width: int  # letters of ``form`` before the match start
    name: Name | None = None  # the month or weekday
    period: str = ""  # period triggers: عام, سنة, شهر, أسبوع, ليلة
    modifier: str = ""  # period triggers: the modifier (الماضي …) or هذا


def _entries() -> list[Trigger]:
    out = [Trigger("month" if n.kind != "weekday" else "weekday", n.form, 0, n) for n in names()]
    # البارحة is yesterday too, as the Gulf press writes it; البارحة الأولى the day before.
    out += [Trigger("yesterday", f, 0) for f in ("أمس", "امس", "الأمس", "البارحة")]
    # اليوم is a day only in context (else it is "nowadays", or the newspaper عين اليوم): after a
    # time of day or a market session, or right after a verb of saying; اليوم الاثنين is read
    # by the weekday.
    out += [Trigger("today", f"{w} اليوم", 0) for w in _TODAY_BEFORE]
    out += [Trigger("today", f"اليوم {w}", 0) for w in _TODAY_SAID]
    out += [Trigger("two_days", f, 0) for f in ("قبل يومين", "الليلة قبل الماضية", "ليلة قبل الماضية")]
    # A few days ago, counted (فقدها قبل ثلاثة أيام، تفجرت الاشتباكات قبل أربعة أيام).
    out += [Trigger("days_ago", f"قبل {n} {d}", 0) for n in DAYS_AGO for d in ("أيام", "ايام")]
    # قبل قليل, "a moment ago", in an online report: the day it was crawled.
    out += [Trigger("just_now", "قبل قليل", 0)]
    out += [Trigger("tomorrow", f, 0) for f in ("غد", "غدا", "الغد")]
    # The month the text named last (الثامن من الشهر ذاته، 21 من نفس الشهر): a day of it only; alone
    # it is mostly a comparison (مقارنة بالشهر نفسه من العام الماضي).
    out += [Trigger("same_month", f, 0) for f in ("الشهر ذاته", "الشهر نفسه", "نفس الشهر", "ذات الشهر")]
    # A day of this month with الشهر left out (يومي 14 و17 الجاري، في 27 الحالي), as the Gulf press
    # writes it: only after a day's number.
    out += [Trigger("current_day", f, 0) for f in CURRENT_MODS[::2]]
    # Periods are keyed without their article (عام الماضي matches العام، للعام، بالعام الماضي).
    out += [Trigger("period", f"{p} {m}", 0, period=p, modifier=m)
            for p, mods in _PERIODS.items() for m in mods]
    out += [Trigger("period", f"{t} ال{p}", 0, period=p, modifier=t) for t, p in _THIS]
    return out


# The rarest letters of Arabic news text, rarest first: each keys its own pass.
RARE = "ذغءثئزضخصشجقح"
# Literal keys for names with no rare letter, tried in this order.
LITERAL_KEYS = ("بر", "ي", "مس", "سبت", "رس", "كانون", "آب", "وت")
_STABLE = set("بتثجحخدذرزسشصضطظعغفقكلمنوءئؤ")  # letters whose spelling never varies


def _key(form: str) -> tuple[str, int, int]:
    """(key, position, length) of the key a form is scanned by (see the module docstring)."""
    word_ends = {i for i, ch in enumerate(form) if i + 1 == len(form) or form[i + 1] == " "}
    rare = [(RARE.index(ch), i in word_ends, i) for i, ch in enumerate(form) if ch in RARE]
    if rare:
        _, _, i = min(rare)
        return "", i, 1
    for key in LITERAL_KEYS:
        i = form.find(key)
        while i >= 0:
            if all(ch in _STABLE or ch in "اآ" or ch == "ي" and i + j not in word_ends
                   for j, ch in enumerate(key)):
                return key, i, len(key)
            i = form.find(key, i + 1)
    raise ValueError(f"no scanning key for {form!r}: add one to LITERAL_KEYS")


def _alternative(form: str, i: int, k: int, index: int) -> tuple[str, str]:
    """(next letter, rest) of the regex of a form after its key: the next letter is matched first
    (one comparison rejects most candidates), then a look-behind checks the letters before the key.
    """
    if i + k < len(form) and form[i + k] != " ":
        behind = letters(form, 0, i + k + 1, space=r"\s")
        head = letters(form, i + k, i + k + 1)
        return head, f"(?<={behind}){letters(form, i + k + 1)}(?P<t{index}>){_WORD_END}"
    behind = letters(form, 0, i + k, space=r"\s")
    return "", f"(?<={behind}){letters(form, i + k)}(?P<t{index}>){_WORD_END}"


class Scanner:
    """The scanning passes; :meth:`trigger` tells what a match of any pass is (None: a number)."""

    def __init__(self) -> None:
        self.triggers = _entries()
        groups: dict[str, dict[str, list[tuple[int, str]]]] = {}
        for index, t in enumerate(self.triggers):
            key, i, k = _key(t.form)
            self.triggers[index] = Trigger(t.kind, t.form, i, t.name, t.period, t.modifier)
            key = key or t.form[i]
            head, rest = _alternative(t.form, i, k, index)
            groups.setdefault(key, {}).setdefault(head, []).append((len(t.form), rest))
        passes = [re.compile(f"[{D}]{_NUMBER_REST}")]
        for key, by_next in groups.items():
            # Alternatives sharing their next letter are grouped, so a candidate costs one
            # comparison per distinct next letter; longer names first within a group.
            body = "|".join(
                head + "(?:" + "|".join(a for _, a in sorted(alts, key=lambda a: -a[0])) + ")"
                for head, alts in sorted(by_next.items(), key=lambda kv: kv[0] == ""))
            passes.append(re.compile(f"{re.escape(key)}(?:{body})"))
        self.passes = tuple(passes)

    def trigger(self, match: re.Match) -> Trigger | None:
        group = match.lastgroup
        return self.triggers[int(group[1:])] if group and group[0] == "t" else None


@cache
def scanner() -> Scanner:
    return Scanner()


# A named day of this year's Eid (أول أيام عيد الفطر، ثاني أيام العيد، اليوم الثالث لعيد الفطر، أول يوم
# من أيام العيد): a calendar day, 1 Shawwal or 10 Dhu al-Hijja and the days after. The bare holiday
# (بمناسبة عيد الفطر، خلال أيام العيد) names no day.
# The indefinite ordinals of أول أيام، ثاني أيام (the definite ones are the ORDINAL_INDEX's).
EID_ORDINALS = {"أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}
EID_FIRST_DAY = {"الفطر": (10, 1), "الأضحى": (12, 10), "الاضحى": (12, 10)}  # Hijri (month, day)
EIDS = ("الفطر", "الأضحى")  # a bare العيد is either
# Where EID_DAY may end: the Eid word. EID_DAY is tried only in a window before each (see
# dates._eid_days): opening on a lookbehind, it would be tried at every position of the text.
EID_WORD = re.compile(r"عي(?:د|اد)")
EID_DAY_REACH = 40  # characters from an Eid day's start to its Eid word
EID_DAY_TAIL = 16  # ... and from the Eid word to the day's end (عيد الأضحى)
EID_DAY = re.compile(
    r"(?<![^\W\d_])(?:[وف]?(?P<ord>أول|ثاني|ثالث|رابع)\s+(?:أيام|يوم)"
    r"|[وفب]?(?:ال|لل)يوم\s+(?P<def>الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع))"
    r"\s+(?:من\s+(?:أيام\s+)?)?(?:(?:ال|ل|لل)?عيد|الأعياد|الاعياد)(?:\s+(?P<which>الفطر|الأضحى|الاضحى))?(?![^\W\d_])"
)
