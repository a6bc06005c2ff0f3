"""The event-date facet: every date an article refers to, as ISO at the precision the text gives.

What it reads (rules and examples in tests/test_dates.py, guidelines in tests/devset/README.md):

- explicit Gregorian dates in both month-name systems and their dual forms (16 يوليو/تموز 2024،
  يوليو (تموز)، حزيران/يونيو الماضي), Western or Arabic-Indic digits, a day range (20 و21 يوليو),
  a written ordinal (الرابع من أغسطس), numeric dates (21/7/2015، 2015-07-21);
- Hijri dates (15 شوال 1436هـ، ١٠/١٠/١٤٣٦هـ، شهر رمضان الماضي، 1383هـ), converted with the Umm
  al-Qura calendar;
- years after a cue (عام 2014، في 2014، منذ 1984، مطلع 2017، 2015م), in brackets (مسجد الخلفاء
  (1963)), a life's span (القباني (1833-1903)), and years before 1900 after a year word or with م
  (عام 1812، 1880م);
- with a publication date: relative days (أمس، أول من أمس، البارحة، الليلة الماضية، اليوم الاثنين،
  مساء اليوم، غدا، قبل يومين، قبل قليل, a bare اليوم after a verb in the past: وصلت اليوم), weekdays
  (يوم الخميس،
  مساء الأربعاء، الخميس الماضي، الجمعة قبل الماضي), days of Eid (ثاني أيام عيد الفطر), relative
  periods (الأسبوع الماضي، الشهر المقبل، العام الجاري، هذا العام) and the year of a yearless date.

Without a publication date relative expressions are skipped, and a yearless day or month is
returned in ISO 8601's truncated form (``--07-16``, ``--07``), which the index ignores.

It is regex-driven and fast: a few scanning passes find numbers, names and keywords from their
rarest letters, then small patterns read the words around each candidate (:mod:`.dates_patterns`);
calendar arithmetic is in :mod:`.dates_calendar`, the names in :mod:`.dates_lexicon`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from analyzers.normalize import COMBINING_MADDA_HAMZA, DAGGER_ALEF, OTHER_ARABIC_MARKS, TASHKEEL, TATWEEL

from . import dates_calendar as cal
from .dates_lexicon import D, ORDINAL_INDEX, Name, name_index, spelling_index, to_int
from .dates_patterns import (
    AFTER_TOMORROW_NEXT, AGE_GROUP_BEFORE, ALMOST, BARE_TODAY, BEFORE, BEFORE_CHRIST, BEFORE_DATE_GAP,
    BEFORE_TIME_OF_DAY, BEFORE_YESTERDAY_NOUN, BETWEEN, BORN, BY_AFTER, CONCORDANT, CONTINUE,
    CONTINUE_AFTER, CURRENT_MODS, DAYS_AGO, DAYS_AGO_OF_ANOTHER, DAY_ADJECTIVE_AFTER, DAY_BEFORE,
    DAY_OF_ITS_OWN, DAY_WORD, DUAL, DUAL_MONTH_AFTER, DUAL_WEEKDAY_AFTER, EIDS, EID_DAY, EID_DAY_REACH,
    EID_DAY_TAIL, EID_FIRST_DAY, EID_ORDINALS, EID_WORD, EVENT_NAMES, EVENT_REACH, EVERY_WEEK_AFTER,
    EVERY_YEAR_AFTER, FIRST, FROM_AFTER, GIVEN_NAMES, GREGORIAN_MONTH, HIJRI_MONTH, HIJRI_YEAR_WRITTEN,
    LISTED_DAY, LIST_ENTRY_YEAR, MENTIONED, MONTH_CUES, MONTH_TAIL, NAMED_BY_MONTH, NAME_BEFORE,
    NEXT_MODS, NOT_A_DAY, NOT_A_DAY_ORDINAL, NOT_TOMORROW_AFTER, NUMBERED_BEFORE, NUMERIC_DATE,
    ORDINAL_BEFORE, ORDINAL_ENDS, OTHER_DAY_AFTER, PAST_MODS, PERIOD_ARTICLE, PRAYER, PRAYER_TIMES,
    RANGE_YEAR, SAME_DAY, SEASON_WORDS, START_OF_THIS_YEAR, THE_ONE_AFTER, TIME_OF_DAY, TODAY,
    TODAY_EVENT_VERBS, TOMORROW, UNIT_AFTER, UNMARKED_AB, WEEKDAY_AFTER, WEEKDAY_BEFORE_DAY, WRITTEN_YEAR,
    YEAR, YEAR_CHAIN, YEAR_CUES, YEAR_WORDS, YESTERDAY, YESTERDAY_AFTER, YESTERDAY_AND_TODAY, Trigger,
    continues_until, in_future_clause, in_since_clause, in_stipulation, postponed_to, previous_word,
    previous_words, scanner,
)
from .types import EventDate, Span

GREGORIAN_YEARS = range(1900, 2101)
# Years before 1900 count after a year word or with the mark م (عام 1812، 1880م), or as a life's span in
# brackets (كوتوزوف (1745 – 1813)، القباني (1833-1903)); those a Hijri year may be (1300-1500: عام
# 1436 is this year's) only with the mark م.
HISTORIC_YEARS = range(600, 1900)
LIFE_SPAN = range(15, 111)  # years between a birth and a death
HIJRI_YEARS = range(1300, 1501)
FRIDAY, SUNDAY = 4, 6  # datetime.weekday()
# A Gregorian month name with its year is a date at any year since these (أبريل (نيسان) عام 1865),
# those a Hijri year may be (تموز 1436) with the mark م only.
MONTH_YEARS = range(1000, 2101)
# A bare weekday equal to the publication's weekday means that day (wire copy about today), not a
# week before: measured on the dev set, where every such case was annotated as the same day.
SAME_DAY_WEEKDAY = True
_DIGIT = re.compile(f"[{D}]")
_CACHE_SIZE = 50_000
NAME_REACH = 14  # characters back from a day to the noun it names (ثورة، مدينة، شارع …)
STORY_DAYS = 60  # how long after a dated day a day with no year still belongs to its story
# ... unless that dated day is one commemorated (إحياءً للذكرى الثانية لانطلاق الحراك في 22 فبراير 2019).
COMMEMORATION = "ذكرى"
COMMEMORATION_REACH = 80  # characters before the dated day
_MOD_WHEN = spelling_index([(m, cal.PAST) for m in PAST_MODS] + [(m, cal.NEXT) for m in NEXT_MODS]
                           + [(m, cal.CURRENT) for m in CURRENT_MODS])


# A dateline's stamp: the town, the date, the agency and a dash (رام الله 22-6-2023 وفا-، نواكشوط،
# 29/04/2025 (وما) -), the agency in brackets (الخرطوم ٥-٩-٢٠٢٠ (سونا) أعلن) or a dash alone (نيالا 19
# سبتمبر 2023 — قتل). It dates the copy, not an event; the events of that day are told in words
# (فجر اليوم). It opens the text, or its second line, after a title.
_STAMP_AFTER = re.compile(r"\s*(?:[(«]?[^\W\d_]{2,12}[)»]?\s*[-–—:]|\([^\W\d_]{2,12}\)|[-–—])")
_STAMP_TOWN_WORDS = 3
# Words no town's name holds: with one before it the date is in a sentence (وقع الهجوم في 22-6-2023 -).
_NOT_IN_A_TOWN = frozenset("في من إلى الى على منذ حتى بعد قبل يوم".split())


def _dateline_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start`` is a dateline's stamp."""
    before = text[:start]
    line_start = before.rfind("\n") + 1
    town = before[line_start:].strip().removesuffix("،").removesuffix(",")
    return (
        "\n" not in before[:line_start].strip()
        and len(town.split()) <= _STAMP_TOWN_WORDS
        and not any(mark in town for mark in "،,.:-–")
        and _NOT_IN_A_TOWN.isdisjoint(town.split())
        and _STAMP_AFTER.match(text, end) is not None
    )


@dataclass
class _Candidate:
    start: int
    end: int
    values: list[tuple[str, str]]  # (ISO value, English label)
    kind: str  # explicit (a calendar day), month, year, weekday, relative, or label (no date)
    days: tuple[int, ...] = ()  # same_month: the days of a month the text named before
    yearless: bool = False  # a Gregorian day the text gives no year: the publication's year


# The marks the analyzer removes from inside a word (harakat, the combining hamzas, the other Arabic
# marks, the dagger alef, the tatweel).
_IN_WORD_MARKS = frozenset(
    map(chr, (*TASHKEEL, *COMBINING_MADDA_HAMZA, *OTHER_ARABIC_MARKS, DAGGER_ALEF, TATWEEL))
)


def _word_start(text: str, start: int) -> int | None:
    """Where the word holding a name begins, clitics (و ف ب ل) included; None inside a word."""
    i = start
    while i > 0 and start - i < 2 and text[i - 1] in "وفبل":
        i -= 1
    # A short vowel or a tatweel before it is part of the word (سيُلامس holds لامس, not أمس).
    j = i
    while j > 0 and text[j - 1] in _IN_WORD_MARKS:
        j -= 1
    if j > 0 and text[j - 1].isalpha():
        return None
    return i


class DateExtractor:
    """Finds event dates in an article; build once and call :meth:`find` per article."""

    def __init__(self, is_past_verb: Callable[[str], bool] | None = None) -> None:
        self._scanner = scanner()
        # Whether a printed word is a verb in the past: a bare اليوم right after one dates its
        # event (see _bare_today). Without it, a bare اليوم is never a date.
        self._is_past_verb = is_past_verb
        # Resolving a month against a publication date converts calendars; the same few
        # (name, days, year words, publication date) keys recur across a corpus.
        self._month_cache: dict[tuple, list[tuple[str, str]]] = {}
        self._handlers = {
            "month": self._month, "weekday": self._weekday, "yesterday": self._yesterday,
            "today": self._today, "tomorrow": self._tomorrow, "two_days": self._two_days,
            "just_now": self._just_now, "period": self._period, "same_month": self._same_month,
            "current_day": self._current_day, "days_ago": self._days_ago,
        }

    def find(self, text: str, published: dt.date | None) -> list[EventDate]:
        """One :class:`EventDate` per date expression in ``text``, in text order."""
        if isinstance(published, dt.datetime):
            published = published.date()
        found: list[_Candidate] = []
        trigger_of = self._scanner.trigger
        # Expressions are cut from the text as printed; the passes read it with the wire copy's
        # اب/اغسطس (آب without its madda, which alone is "father") spelt آب: the same length,
        # so every offset holds.
        printed = text
        if "غسطس" in text:
            text = UNMARKED_AB.sub("آب", text)
        for scan in self._scanner.passes:
            for m in scan.finditer(text):
                trigger = trigger_of(m)
                if trigger is None:
                    self._number(text, m, found, published)
                    continue
                start = m.start() - trigger.width
                outer = _word_start(text, start) if trigger.kind != "period" else start
                if outer is not None:
                    self._handlers[trigger.kind](text, trigger, start, outer, m.end(), published, found)
        _date_same_months(text, found)
        if published is not None:
            _date_in_the_story(text, found)
        if "اليوم" in text:
            _date_same_days(text, found)
        if published is not None and ("عيد" in text or "عياد" in text):
            self._eid_days(text, published, found)
        if published is not None and self._is_past_verb is not None:
            self._bare_today(text, published, found)
        if published is not None and ("العام" in text or "السنة" in text):
            this_year = [cal.iso_year(published.year)]
            for m in START_OF_THIS_YEAR.finditer(text):
                found.append(_Candidate(m.start("year"), m.end("year"), this_year, "relative"))
        if published is not None and "واليوم" in text:
            today = [cal.iso_day(published)]
            for m in YESTERDAY_AND_TODAY.finditer(text):
                found.append(_Candidate(m.start("today"), m.end("today"), today, "relative"))
        out = []
        for c in _drop_weekdays_of_dates(text, _non_overlapping(found)):
            expr = printed[c.start:c.end]
            for value, label in c.values:
                out.append(EventDate(date=value, expr=expr, span=Span(c.start, c.end, expr), label_en=label))
        return out

    # ---- numbers ---------------------------------------------------------------------------
    def _number(self, text: str, m, found: list[_Candidate], published: dt.date | None = None) -> None:
        if m.group("sep"):
            n = NUMERIC_DATE.match(text, m.start())
            if n and _dateline_stamp(text, n.start(), n.end()):
                found.append(_Candidate(n.start(), n.end(), [], "label"))  # رام الله 22-6-2023 وفا-
            elif n:
                self._numeric_date(n, found)
            return
        y = YEAR.match(text, m.start())
        if BEFORE_CHRIST.match(text, y.end()):
            found.append(_Candidate(m.start(), y.end(), [], "label"))  # its second year is no date either
            return
        first = to_int(y.group("year"))
        second = to_int(y.group("year2")) if y.group("year2") else None
        hijri = bool(y.group("hijri") or y.group("hijri2"))
        marked = hijri or bool(y.group("greg") or y.group("greg2"))
        if not marked and _unmarked_hijri_year(text, m.start(), first, second, published):
            hijri = True  # صدر بحقه حكم ... عام 1433: Saudi news counts years in the Hijri era
        historic = not hijri and first in HISTORIC_YEARS and (
            bool(y.group("greg"))
            or (first not in HIJRI_YEARS and (
                previous_word(text, m.start()) in YEAR_WORDS or _life_span(text, m.start(), y.end(), first, second)
            ))
        )
        if first not in (HIJRI_YEARS if hijri else GREGORIAN_YEARS) and not historic:
            return
        # The years' separator, a dash or tatweels read as "-" (1436 ــ 1437هـ), a mark left out.
        between = text[y.end("year"):y.start("year2")] if second is not None else ""
        separator = _TATWEEL_DASH.sub("-", between.replace("هـ", "")).strip(" ه")
        if second is not None and (
            previous_word(text, m.start()) in SEASON_WORDS
            # 1436/1437هـ: the current school, financial or electoral year (للعام التدريبي الجديد
            # 1436 / 1437هـ، الدورة الثالثة 1436-1437هـ) is a label; a past one dates its events
            # (رئيس تحرير الصحيفة 1414 - 1415هـ).
            or (hijri and second == first + 1 and published is not None
                and second >= (cal.published_hijri_year(published) or 10_000)
                and separator in ("/", "-", "–"))
            # 2014/2015: two Gregorian years in a row joined by a slash are a season or a school
            # year, and so by a dash after a competition (دوري جميل 2014 - 2015)
            or (not marked and second == first + 1 and (
                separator == "/"
                or (separator in ("-", "–") and _after_an_event(text, m.start()))))
        ):
            # موسم 2015/2016، العام الدراسي 1436-1437هـ: a label; it holds its span, so that its
            # second year is not read on its own.
            found.append(_Candidate(m.start(), y.end(), [], "label"))
            return
        # A list of three years or more (كؤوس العالم 2006 و2010 و2014، 5 مرات (2000 و2001 و2002)):
        # the YEAR pattern reads two, the rest follow here; such a list is a list of years.
        chain: list[int] = []
        chain_end = y.end()
        if second is not None and not hijri and "و" in between:
            while (more := YEAR_CHAIN.match(text, chain_end)) is not None:
                chain.append(to_int(more.group("year")))
                chain_end = more.end()
        if not marked:
            before = previous_word(text, m.start())
            cue = (
                bool(chain)
                or (before in YEAR_CUES and not _age_group(text, m.start(), before))
                or _after_an_event(text, m.start())
                or (second is not None and before in ("من", "ومن"))
                or _list_entry_year(text, m.start()) == (m.start(), y.group("year"))
                or _is_a_span_of_years(text, y, first, second, published)
                or _life_span(text, m.start(), y.end(), first, second)
                or (second is None and _in_brackets(text, m.start(), y.end()))  # مسجد الخلفاء (1963)
                # «الأفوكاتو» 1984، الجبل الخالد (رواية) 1993: a year after a title or its genre
                or (second is None and text[max(0, m.start() - 2) : m.start()] in ("» ", ") "))
            )
            if not cue or any(UNIT_AFTER.match(text, i) for i in (y.end("year"), y.end(), chain_end)):
                return  # بين 2000 و3000 ريال: a price range
            if NUMBERED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                return  # القضية رقم 40 لسنة 2015: the year of a case or law number
        values = []
        for year in (first, second, *chain):
            if year is None:
                continue
            if hijri:
                g = cal.hijri_year(year) if year in HIJRI_YEARS else None
                if g is not None:
                    values.append(cal.iso_year(g))
            elif year in GREGORIAN_YEARS or (historic and year in HISTORIC_YEARS):
                values.append(cal.iso_year(year))
        end = chain_end if second is not None else y.end("year") if not marked else y.end()
        if values:
            found.append(_Candidate(m.start(), end, values, "year"))

    def _numeric_date(self, n, found: list[_Candidate]) -> None:
        a, b, c = n.group(1), n.group(3), n.group(4)
        if len(a) == 4 and len(c) <= 2:
            year, month, day = to_int(a), to_int(b), to_int(c)
        elif len(c) == 4 and len(a) <= 2:
            day, month, year = to_int(a), to_int(b), to_int(c)
        else:
            return
        hijri = bool(n.group("hijri")) or (not n.group("greg") and year in HIJRI_YEARS)
        d = None
        if hijri and year in HIJRI_YEARS and 1 <= month <= 12:
            d = cal.hijri_to_gregorian(year, month, day)
        elif not hijri and year in GREGORIAN_YEARS and cal.valid_day(year, month, day):
            d = dt.date(year, month, day)
        if d:
            found.append(_Candidate(n.start(), n.end(), [cal.iso_day(d)], "explicit"))

    # ---- month names -----------------------------------------------------------------------
    def _month(self, text, trigger: Trigger, start, outer, end, published, found) -> None:
        name = trigger.name
        pos, dual = end, False
        d = DUAL.match(text, pos)
        if d:
            second = name_index().get(" ".join(d.group("second").split()))
            if second and second.kind == name.kind and second.number == name.number:
                pos, dual = d.end(), True
        if EVERY_YEAR_AFTER.match(text, pos):
            return  # 25 يناير من كل عام: an anniversary, not an event
        tail = MONTH_TAIL.match(text, pos)
        if _year_is_a_count(text, tail):
            tail = _TailWithoutYear(tail)  # بنهاية شهر مايو الماضي 1959 فرعا: 1,959 branches
        before = _days_before(text, start, outer, bool(tail.group("year")))
        if before is None:
            return
        days, first_pos, part_of_month = before
        if dual and first_pos == start and text.startswith(")", end) and text[start - 1:start] == "(":
            first_pos = start - 1  # (مايو) أيار: keep the brackets balanced in the span
        mod = tail.group("mod")
        if not mod and not tail.group("year") and (shared := DUAL_MONTH_AFTER.match(text, pos)):
            mod = shared.group("mod")  # في آذار/مارس ونيسان/أبريل الماضيين: both months past
        when = _MOD_WHEN.get(mod, cal.NEAREST) if mod else cal.NEAREST
        relative_year = tail.group("ryear") or tail.group("this")
        year_text, hijri_mark, greg_mark = _year_of(text, name, tail, pos, first_pos)
        if not (year_text or mod or relative_year) and name.kind != "hijri":
            entry = _list_entry_year(text, start)  # 1950- … في شباط/فبراير: February 1950
            year_text = entry[1] if entry else None
        if not (days or year_text or mod or relative_year) and previous_word(text, outer) in NAMED_BY_MONTH:
            return
        if not (days or year_text or mod or relative_year or dual):
            word = previous_word(text, outer)
            after_month_word = word.endswith("شهر")
            cue = word in MONTH_CUES or text[outer:start].endswith(("ب", "ل")) or part_of_month
            if not cue or not (name.alone or after_month_word):
                return
        if not (year_text or mod or relative_year) and name.kind == "hijri":
            # (after the cue test: a year before a name is no cue that the name is a month)
            year_text = _sentence_year(text, first_pos)
        own_year = tail.group("year") or relative_year or tail.group("same")
        span_end = tail.end() if own_year else pos
        marks = (year_text, hijri_mark, greg_mark, tail)
        values = self._cached_month_values(name, days, *marks, when, published)
        if (values and when == cal.NEAREST and published is not None and _after(values[0][0], published)
                and in_since_clause(text, first_pos)):
            # A start point (منذ 7 أكتوبر) is past, however near the date's next return; its words
            # are counted back from the day, not the month (منذ بدء العملية العسكرية الخاصة في 24 فبراير).
            values = self._cached_month_values(name, days, *marks, cal.PAST, published)
        elif (values and when == cal.NEAREST and published is not None and not year_text
                and not _after(values[0][0], published) and postponed_to(text, outer)):
            values = self._cached_month_values(name, days, *marks, cal.NEXT, published)
        if values and days and own_year and _dateline_stamp(text, first_pos, span_end):
            found.append(_Candidate(first_pos, span_end, [], "label"))  # نيالا 19 سبتمبر 2023 —
        elif values:
            # own_year holds relative_year; only find() with a publication date reads the flag
            yearless = bool(days) and name.kind != "hijri" and not (
                year_text or mod or own_year or hijri_mark
            )
            kind = "explicit" if days else "month"
            found.append(_Candidate(first_pos, span_end, values, kind, yearless=yearless))

    def _cached_month_values(self, name, days, year_text, hijri_mark, greg_mark, tail, when, published):
        key = (name, tuple(days), (year_text, hijri_mark, greg_mark, *tail.group("ryear", "this")), when,
               published)
        values = self._month_cache.get(key)
        if values is None:
            if len(self._month_cache) > _CACHE_SIZE:
                self._month_cache.clear()
            values = self._month_cache[key] = self._month_values(name, days, *key[2], when, published)
        return values

    @staticmethod
    def _month_values(name, days, year_text, hijri_mark, greg_mark, ryear, this, when, published):
        """The ISO values of a month name with its days and year words (all plain, cacheable)."""
        hijri = name.kind == "hijri"
        year = None
        if year_text:
            y = to_int(year_text)
            if hijri and not greg_mark and y in HIJRI_YEARS:
                year = y
            elif not hijri and not hijri_mark and (
                    y in GREGORIAN_YEARS or (y in MONTH_YEARS and (greg_mark or y not in HIJRI_YEARS))):
                year = y
            else:
                return []
        elif (ryear or this) and published:
            shift = {cal.PAST: -1, cal.NEXT: 1}.get(_MOD_WHEN.get(ryear or "", cal.CURRENT), 0)
            base = cal.published_hijri_year(published) if hijri else published.year
            year = base + shift if base else None
        month = name.number
        values: list[tuple[str, str]] = []
        if year is not None:
            if hijri:
                if days:
                    values = [cal.iso_day(g) for d in days if (g := cal.hijri_to_gregorian(year, month, d))]
                elif (ym := cal.hijri_month(year, month)):
                    values = [cal.iso_month(*ym)]
            elif days:
                values = [cal.iso_day(dt.date(year, month, d)) for d in days if cal.valid_day(year, month, d)]
            else:
                values = [cal.iso_month(year, month)]
        elif published is None:
            if not hijri:
                values = ([cal.yearless_day(month, d) for d in days if cal.valid_day(2000, month, d)]
                          if days else [cal.yearless_month(month)])
        elif hijri:
            if days:
                values = [cal.iso_day(g) for d in days if (g := cal.hijri_day(month, d, published, when))]
            elif (ym := cal.hijri_month_near(month, published, when)):
                values = [cal.iso_month(*ym)]
        elif days:
            values = [cal.iso_day(g) for d in days if (g := cal.gregorian_day(month, d, published, when))]
        elif (ym := cal.gregorian_month(month, published, when)):
            values = [cal.iso_month(*ym)]
        return values

    # ---- days of Eid --------------------------------------------------------------------------
    @staticmethod
    def _eid_days(text: str, published: dt.date, found: list[_Candidate]) -> None:
        """أول أيام عيد الفطر، اليوم الثالث لعيد الأضحى: the day of the Eid nearest the publication
        (the Eid just past, or one a few weeks ahead); a bare العيد is whichever Eid is nearer."""
        done = -1
        for word in EID_WORD.finditer(text):
            m = EID_DAY.search(text, max(done, word.start() - EID_DAY_REACH), word.end() + EID_DAY_TAIL)
            if m is None or m.end() <= done:
                continue
            done = m.end()
            nth = EID_ORDINALS[m.group("ord")] if m.group("ord") else ORDINAL_INDEX[m.group("def")]
            kinds = [m.group("which")] if m.group("which") else EIDS
            days = [d for kind in kinds
                    if (d := cal.hijri_day(EID_FIRST_DAY[kind][0], EID_FIRST_DAY[kind][1] + nth - 1,
                                           published, cal.NEAREST))]
            if days:
                day = min(days, key=lambda d: abs((d - published).days))
                start = m.start() + (text[m.start()] in "وفب")
                found.append(_Candidate(start, m.end(), [cal.iso_day(day)], "explicit"))

    # ---- weekdays and relative days ---------------------------------------------------------
    def _weekday(self, text, trigger: Trigger, start, outer, end, published, found) -> None:
        if published is None:
            return
        weekday = trigger.name.number
        right = WEEKDAY_AFTER.match(text, end)
        mod = right.group("mod") if right else None
        if right and right.group("blocked"):
            return  # الأحد عشر (eleven), الاثنين معا (the two together)
        shared = None if mod else DUAL_WEEKDAY_AFTER.match(text, end)
        if shared:
            mod = shared.group("mod")  # يومي الاثنين والثلاثاء المقبلين: both days ahead
        words = previous_words(text, outer)
        w1 = words[0][1] if words else ""
        w2 = words[1][1] if len(words) > 1 else ""
        if (w1 in NOT_A_DAY or (w1 in DAY_WORD and w2 in NOT_A_DAY and w2 not in BETWEEN)) and not mod:
            return  # صلاة الجمعة، خطبة يوم الجمعة، أيام الجمعة والسبت: the prayer, the weekday in general
        if w1 in GIVEN_NAMES and not w1.endswith("على") and not mod:
            return  # أحمد الخميس: a family name; not the preposition (ليلة السبت على الأحد)
        if EVERY_WEEK_AFTER.match(text, end):
            return  # أيام السبت والاثنين من كل أسبوع: a timetable
        if w1 in THE_ONE_AFTER and weekday == SUNDAY and not mod:
            return  # الله الأحد: God the One
        span_start = start
        if w1 in YESTERDAY or (w1 in FIRST and w2 in YESTERDAY):
            # أمس الخميس; أول (من) أمس الخميس and أمس الأول الخميس are two days back
            w3 = words[2][1] if len(words) > 2 else ""
            two = w1 not in YESTERDAY or w2 in FIRST or w2 in BEFORE or (w2 == "من" and w3 in FIRST)
            day = cal.weekday_on_or_before(weekday, published - dt.timedelta(days=2 if two else 1))
        elif w1 in TOMORROW:
            # غدا الخميس in a report crawled on that Thursday was written the day before it.
            day = cal.weekday_after(weekday, published - dt.timedelta(days=1))
        elif mod and _MOD_WHEN[mod] == cal.PAST:
            day = cal.weekday_on_or_before(weekday, published - dt.timedelta(days=1))
            if not shared and right.group("before"):
                day -= dt.timedelta(days=7)  # يوم الجمعة قبل الماضي: the Friday before last
        elif mod and _MOD_WHEN[mod] == cal.NEXT:
            day = cal.weekday_after(weekday, published)
        elif not mod and w1 not in TODAY and in_stipulation(text, outer):
            # What was set to follow something past comes after the day the sentence named for
            # it (أبحر مساء الأربعاء الماضي على أن يعود مساء الخميس); else it is to come.
            anchor = _day_earlier_in_sentence(text, found, outer)
            if anchor is None or anchor >= published:
                anchor = published - dt.timedelta(days=1)
            day = cal.weekday_after(weekday, anchor)
        elif not mod and w1 not in TODAY and (in_future_clause(text, outer) or continues_until(text, outer)):
            day = cal.weekday_after(weekday, published - dt.timedelta(days=1))  # today or later
        elif w1 in TODAY or SAME_DAY_WEEKDAY:
            day = cal.weekday_on_or_before(weekday, published)
        else:
            day = cal.weekday_on_or_before(weekday, published - dt.timedelta(days=1))
        # The span takes in the words of the same expression: مساء أمس الخميس، منتصف ليلة الأحد.
        for i, (pos, word) in enumerate(words):
            if word in TIME_OF_DAY or word in YESTERDAY or word in TODAY or word in TOMORROW or (
                    i and word in BEFORE_TIME_OF_DAY) or i and (word in FIRST or word in BEFORE or word == "من"
            ):
                span_start = pos
            else:
                break
        span_end = right.end() if mod and not shared else end
        found.append(_Candidate(span_start, span_end, [cal.iso_day(day)], "weekday"))

    def _yesterday(self, text, trigger, start, outer, end, published, found) -> None:
        if published is None:
            return
        if trigger.form != "الأمس" and "ب" in text[outer:start]:
            return  # بأمس الحاجة: "in dire need"
        right = YESTERDAY_AFTER.match(text, end)
        if right and right.group("idiom"):
            return  # بالأمس القريب: "recently"
        words = previous_words(text, outer, 2)
        w1 = words[0][1] if words else ""
        w2 = words[1][1] if len(words) > 1 else ""
        if (trigger.form == "الأمس" and outer == start and w1 and w1 not in BEFORE_YESTERDAY_NOUN
                and words[0][0] + len(w1) + 1 == start):
            return  # أعداء الأمس، خوارج الأمس: "of yesterday", of the past
        two = (w1 in FIRST or w1 in BEFORE or (w1 == "من" and w2 in FIRST)
               or bool(right and right.group("before2")))
        day = published - dt.timedelta(days=2 if two else 1)
        if right and right.group("weekday"):
            day = cal.weekday_on_or_before(name_index()[right.group("weekday")].number, day)
        span_start = start
        if w1 in FIRST or w1 in BEFORE:
            span_start = words[0][0]
        elif w1 == "من" and w2 in FIRST:
            span_start = words[1][0]
        elif w1 in TIME_OF_DAY:
            span_start = words[0][0]
            if w2 in BEFORE_TIME_OF_DAY:
                span_start = words[1][0]
        found.append(_Candidate(span_start, right.end() if right else end, [cal.iso_day(day)], "relative"))

    def _today(self, text, trigger, start, outer, end, published, found) -> None:
        if published is not None and not OTHER_DAY_AFTER.match(text, end):
            if trigger.form.startswith("اليوم"):  # اليوم أن: the span is the day word alone
                end = start + len("اليوم")
            found.append(_Candidate(start, end, [cal.iso_day(published)], "relative"))

    def _bare_today(self, text: str, published: dt.date, found: list[_Candidate]) -> None:
        """اليوم alone is as often "nowadays" (العالم اليوم، نعيش اليوم): it is the day of
        publication right after a verb in the past (أعلنت اليوم، وصلت اليوم; measured on the dev
        sets, an imperfect before it is "nowadays" nine times in ten) or an imperfect of what
        begins, is held or leaves (تنطلق اليوم، يعقد اليوم), and not before a word that makes it
        another day (اليوم التالي، اليوم الوطني، اليوم (أمس))."""
        taken = [(c.start, c.end) for c in found]
        for m in BARE_TODAY.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if OTHER_DAY_AFTER.match(text, m.end()):
                continue
            words = previous_words(text, m.start(), 2)
            if not words or words[0][0] + len(words[0][1]) + 1 != m.start():
                continue  # not right after a word
            verb = words[0][1]
            quoted = text[words[0][0] - 1 : words[0][0]] in _OPENING_QUOTES
            if quoted and text[m.end() : m.end() + 1] in _CLOSING_QUOTES:
                continue  # a name in quotes: the army's «أمر اليوم» (order of the day)
            day = published
            if verb in PRAYER_TIMES and len(words) > 1 and words[1][1] in PRAYER:
                own_day = DAY_OF_ITS_OWN.match(text, m.end())
                if verb == "الجمعة":  # a wire's Friday prayer "today", printed the next morning
                    day = cal.weekday_on_or_before(FRIDAY, published)
            elif verb in TODAY_EVENT_VERBS and not (len(words) > 1 and words[1][1] in ALMOST):
                own_day = DAY_ADJECTIVE_AFTER.match(text, m.end()) or text.startswith("(", m.end() + 1)
            elif self._is_past_verb(verb):
                own_day = DAY_OF_ITS_OWN.match(text, m.end())
            else:
                continue
            if not own_day:
                found.append(_Candidate(m.start(), m.end(), [cal.iso_day(day)], "relative"))

    def _tomorrow(self, text, trigger, start, outer, end, published, found) -> None:
        if published is None:
            return
        words = previous_words(text, outer, 3)
        w1 = words[0][1] if words else ""
        after = w1 in ("بعد", "وبعد")
        # اليوم وغداً وبعد غد: now and later, no day (but اليوم وغدا alone is two days: ينطلق المؤتمر
        # اليوم وغدا).
        if after and [w for _, w in words[1:]][-1:] == ["اليوم"] and words[1][1] in TOMORROW:
            return
        if text[outer:start] == "و" and w1 in TODAY and AFTER_TOMORROW_NEXT.match(text, end):
            return
        if not (after or w1 in TIME_OF_DAY or trigger.form == "غدا"):
            return  # الغد alone is "the future" (جيل الغد); غد alone needs يوم or بعد
        if trigger.form == "غدا" and w1 in NOT_TOMORROW_AFTER:
            return
        if w1 in CONTINUE or CONTINUE_AFTER.match(text, end):
            return  # غدا نواصل: a column's sign-off
        span_start = words[0][0] if after or w1 in TIME_OF_DAY else start
        day = published + dt.timedelta(days=2 if after else 1)
        found.append(_Candidate(span_start, end, [cal.iso_day(day)], "relative"))

    def _two_days(self, text, trigger, start, outer, end, published, found) -> None:
        if published is not None and not FROM_AFTER.match(text, end):  # قبل يومين من زيارته: of another day
            found.append(_Candidate(start, end, [cal.iso_day(published - dt.timedelta(days=2))], "relative"))

    def _days_ago(self, text, trigger, start, outer, end, published, found) -> None:
        if published is not None and not DAYS_AGO_OF_ANOTHER.match(text, end):
            day = published - dt.timedelta(days=DAYS_AGO[trigger.form.split()[1]])
            found.append(_Candidate(start, end, [cal.iso_day(day)], "relative"))

    def _same_month(self, text, trigger, start, outer, end, published, found) -> None:
        """الثامن من الشهر ذاته، 14 و17 من نفس الشهر: days of the month named before, dated once
        every pass has run (_date_same_months)."""
        days, day_start, _ = _days_before(text, start, outer, True) or ([], start, False)
        if days:
            found.append(_Candidate(day_start, end, [], "same_month", tuple(days)))

    def _current_day(self, text, trigger, start, outer, end, published, found) -> None:
        """يومي 14 و17 الجاري، في 27 الحالي: days of the publication's month; after a Hijri year
        written in the text, of its Hijri month (as الخامس من الشهر الجاري, see _period)."""
        # Written in digits, standing alone: not an ordinal (محتكرها الأول الحالي, the first one
        # now), not a digit glued to a word (تموز (يوليو9 الجاري).
        day = DAY_BEFORE.search(text, max(0, outer - 22), outer) if published is not None else None
        if day is None or text[day.start() - 1 : day.start()].isalpha():
            return
        days = [to_int(g) for g in (day.group("first"), day.group("day")) if g]
        day_start = day.start()
        hijri = _counts_hijri_months(text, start, published)
        if hijri:
            _, dated = _hijri_month_values(hijri, 0, days)
        else:
            dated = _days_of_a_month(text, day_start, days, published, 0)
        if dated:
            found.append(_Candidate(day_start, end, dated, "explicit"))

    def _just_now(self, text, trigger, start, outer, end, published, found) -> None:
        if published is None or (FROM_AFTER.match(text, end) and not BY_AFTER.match(text, end)):
            return  # قبل قليل من مغادرته: shortly before another event (not من قبل, "by")
        if any(word in MENTIONED for _, word in previous_words(text, outer, 2)):
            return  # كما ذكرت لك قبل قليل: earlier in the text
        found.append(_Candidate(start, end, [cal.iso_day(published)], "relative"))

    def _period(self, text, trigger, start, outer, end, published, found) -> None:
        """العام الماضي، للعام المقبل، الشهر الجاري، الليلة الماضية، هذا الأسبوع."""
        if published is None:
            return
        if trigger.modifier in ("هذا", "هذه"):
            when = cal.CURRENT
            if _word_start(text, start) is None:
                return
        else:
            when = _MOD_WHEN[trigger.modifier]
            article = PERIOD_ARTICLE.search(text, max(0, start - 4), start)
            if not article:
                return
            start = article.start()
        values = _period_values(trigger.period, when, published)
        kind = "relative"
        if trigger.period == "شهر" and values:
            # الخامس من الشهر الجاري، 5 من الشهر الماضي: a day of that month; after a Hijri year
            # written in the text, of the Hijri month (a notice for the school year 1436-1437هـ).
            # The month alone stays Gregorian: a report dated both ways (فجر أمس الاثنين 27 جمادى
            # الأولى 1437هـ) still counts its months by the Gregorian calendar (الشهر الماضي).
            days, day_start, _ = _days_before(text, start, start, True) or ([], start, False)
            hijri = days and _counts_hijri_months(text, start, published)
            if hijri:
                values, dated = _hijri_month_values(hijri, _SHIFT[when], days)
            else:
                dated = _days_of_a_month(text, day_start, days, published, _SHIFT[when])
            if dated:
                values, start = dated, day_start
                kind = "explicit"  # a calendar day: a weekday before it names its day
        if values:
            found.append(_Candidate(start, end, values, kind))


# The earliest unmarked year after عام or سنة read as Hijri: later Hijri years are the lifetimes of
# people in the news, earlier ones as often Gregorian history (عام 1453).
UNMARKED_HIJRI_FROM = 1350


def _unmarked_hijri_year(
    text: str, pos: int, first: int, second: int | None, published: dt.date | None
) -> bool:
    """A year with no era mark that can only be Hijri: after عام or سنة, no later than the
    publication's Hijri year and not before UNMARKED_HIJRI_FROM (Gregorian years that low are
    centuries past)."""
    if published is None or previous_word(text, pos) not in YEAR_WORDS:
        return False
    this_year = cal.published_hijri_year(published)
    return this_year is not None and all(
        UNMARKED_HIJRI_FROM <= y <= this_year for y in (first, second) if y is not None)


# A word counted by the number before it: an indefinite accusative (فرعا، جهازا، مركزاً).
_COUNTED_NOUN = re.compile(r"\s+[^\W\d_]{2,}اً?(?![^\W\d_])")


def _year_is_a_count(text: str, tail: re.Match) -> bool:
    """Whether the "year" after a month placed by its modifier (مايو الماضي) is a count: written
    with no year word or era mark, and followed by a counted noun or a unit."""
    if not (tail.group("mod") and tail.group("year")) or tail.group("hijri") or tail.group("greg"):
        return False
    between = text[tail.end("mod"):tail.start("year")]
    if "عام" in between or "سنة" in between:
        return False
    after = tail.end("year")
    return bool(_COUNTED_NOUN.match(text, after) or UNIT_AFTER.match(text, after))


class _TailWithoutYear:
    """A month's tail read without the number after its modifier (see :func:`_year_is_a_count`)."""

    def __init__(self, tail: re.Match) -> None:
        self._tail = tail

    def group(self, *names):
        values = tuple(None if n in ("year", "hijri", "greg") else self._tail.group(n) for n in names)
        return values[0] if len(values) == 1 else values

    def end(self, *group) -> int:
        return self._tail.end("mod")


def _names_a_thing(text: str, pos: int) -> bool:
    """Whether the day at ``pos`` is part of a name (ثورة 25 يناير، مدينة السادس من أكتوبر)."""
    return NAME_BEFORE.search(text, max(0, pos - NAME_REACH), pos) is not None


def _after(value: str, published: dt.date) -> bool:
    """Whether an ISO value (a day, a month or a year) begins after the publication's day, month or
    year."""
    return value > published.isoformat()[: len(value)]


def _days_before(text: str, start: int, outer: int, has_year: bool) -> tuple[list[int], int, bool] | None:
    """(days, span start, the month is only "part of" it) from the words before a month name; None
    when the day names something (ثورة 25 يناير). A day stands right before the month, never before
    a clitic: in يناير - كانون الثاني وديسمبر the ordinal-looking الثاني belongs to the first month.
    """
    if outer < start:
        return [], start, False
    lo = max(0, outer - 22)
    day = DAY_BEFORE.search(text, lo, outer) if _DIGIT.search(text, lo, outer) else None
    if day:
        if not has_year and _names_a_thing(text, day.start()):
            return None  # ثورة 25 يناير
        days = [to_int(g) for g in (day.group("first"), day.group("day")) if g]
        begin = day.start()
        if len(days) == 2 and "و" in text[day.end("first") : day.start("day")]:
            # A longer list (أيام 11 و12 و16 و18 نيسان): each earlier day in turn, while they rise.
            while (earlier := LISTED_DAY.search(text, max(0, begin - 8), begin)) and (
                    (n := to_int(earlier.group(1))) < days[0]):
                days.insert(0, n)
                begin = earlier.start()
        return days, begin, False
    if previous_word(text, outer) in ORDINAL_ENDS:
        ordinal = ORDINAL_BEFORE.search(text, max(0, outer - 36), outer)
        if ordinal and previous_word(text, ordinal.start()) in NOT_A_DAY_ORDINAL:
            return [], start, True  # الأسبوع الأول من أغسطس: the month, not a day
        if ordinal and not has_year and _names_a_thing(text, ordinal.start()):
            return None  # مدينة السادس من أكتوبر: a city named after the day
        if ordinal:
            day = ORDINAL_INDEX[" ".join(ordinal.group("ord").split())]
            if ordinal.group("first_ord"):
                compound = ORDINAL_INDEX.get(" ".join(text[ordinal.start() : ordinal.end("ord")].split()))
                if compound is not None:  # الثالث والعشرين: one ordinal, 23
                    return [compound], ordinal.start(), False
                first = ORDINAL_INDEX[" ".join(ordinal.group("first_ord").split())]
                if first < day:  # التاسع والعاشر من يونيو، بين الرابع والسادس من سبتمبر: both days
                    return [first, day], ordinal.start(), False
            return [day], ordinal.start("ord"), False
    return [], start, False


def _year_of(text: str, name: Name, tail: re.Match, pos: int, first_pos: int) -> tuple[str | None, ...]:
    """(year digits, Hijri mark, Gregorian mark) of a month: written after it, the year of "the
    same year" (من العام ذاته: the latest year written before), or of a range (من فبراير حتى
    نوفمبر 1943: the first month takes the year of the second)."""
    year_text, hijri_mark, greg_mark = tail.group("year", "hijri", "greg")
    if tail.group("same"):
        written = [y.group() for y in WRITTEN_YEAR.finditer(text, 0, first_pos)]
        return (written[-1] if written else None), None, None
    if year_text or tail.group("mod") or tail.group("ryear") or tail.group("this"):
        return year_text, hijri_mark, greg_mark
    r = RANGE_YEAR.match(text, pos)
    if r:
        second = name_index().get(" ".join(r.group("second").split()))
        if second and second.kind == name.kind and (name.kind == "hijri" or not r.group("hijri")):
            y = to_int(r.group("year"))
            return str(y if second.number >= name.number else y - 1), r.group("hijri"), None
    return None, None, None


SENTENCE_YEAR_REACH = 150  # characters back from a yearless Hijri month to the year that places it
SENTENCE_END = re.compile(r"[.!?؟\n]")


def _sentence_year(text: str, pos: int) -> str | None:
    """The Hijri year written last before ``pos`` in the same sentence, with its mark: a yearless
    Hijri month after it is of that year (عام 1424هـ … في شهر رمضان: Ramadan 1424). Gregorian
    months are left to the publication's year: a year written before them is as often the start
    of a comparison (منذ مارس 2010، أعلى مستوى منذ 2007 … منتصف يونيو) as their own."""
    start = max(0, pos - SENTENCE_YEAR_REACH)
    ends = list(SENTENCE_END.finditer(text, start, pos))
    if ends:
        start = ends[-1].end()
    years = [y.group()[:4] for y in HIJRI_YEAR_WRITTEN.finditer(text, start, pos)]
    years = [y for y in years if to_int(y) in HIJRI_YEARS]
    return years[-1] if years else None


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all a pair of brackets holds: a year so set apart is a date
    (مسجد الخلفاء (1963)، جامعة الرشيد (1981))."""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _life_span(text: str, start: int, end: int, first: int, second: int | None) -> bool:
    """Two years in brackets, the second 15 to 110 after the first: a person's life (كوتوزوف (1745 –
    1813)، القباني (1833-1903)), both years dates of the text."""
    return second is not None and second - first in LIFE_SPAN and _in_brackets(text, start, end)


MAX_SPAN_OF_YEARS = 30
LEAGUE_WORDS = frozenset("دوري الدوري بطولة البطولة كأس الضريبية الضريبي".split())


def _is_a_span_of_years(text: str, y: re.Match, first: int, second: int | None, published: dt.date | None) -> bool:
    """Two years joined by a dash, the second a little later and not after publication (a
    career's spells: الهلال (2000-2001)، الفترة 2011 - 2013): a span of years that needs no cue
    word. Not a plan's horizon (خطة 2016-2020), nor a season, a league's or a fiscal year named
    in the words before (الموسم الجديد 2015-2016، دوري جميل 2014 - 2015، العام المالي المنتهي
    2014-2015)."""
    if second is None or not 0 < second - first <= MAX_SPAN_OF_YEARS:
        return False
    if published is None or second > published.year:
        return False
    if not any(dash in text[y.end("year") : y.start("year2")] for dash in "-–ـ"):
        return False
    return not any(word in SEASON_WORDS or word in LEAGUE_WORDS for _, word in previous_words(text, y.start()))


SEASONS = ("صيف", "شتاء", "ربيع", "خريف")  # after هذا (_THIS): this year's
# The months of the seasons dated with a modifier (الصيف الماضي): last winter may be either year.
SEASON_MONTHS = {"ربيع": (3, 5), "صيف": (6, 8), "خريف": (9, 11)}


_SHIFT = {cal.PAST: -1, cal.NEXT: 1, cal.CURRENT: 0}
_OPENING_QUOTES, _CLOSING_QUOTES = ("«", '"', "“"), ("»", '"', "”")
_CONCORDANT_REACH = 24  # characters from الموافق to the month of the Gregorian date it gives
_TATWEEL_DASH = re.compile("ـ+")


def _counts_hijri_months(text: str, start: int, published: dt.date) -> tuple[int, int] | None:
    """The publication's Hijri (year, month) when the text before ``start`` counts its months that
    way: a Hijri year is written there (a notice for the school year 1436-1437هـ) and no Gregorian
    month is named after it but as the date it is given as (الموافق 10 أغسطس): a report that dates
    one day both ways and then names فبراير الجاري counts its days of this month in February."""
    last = None
    for last in HIJRI_YEAR_WRITTEN.finditer(text, 0, start):
        pass
    if last is None:
        return None
    for month in GREGORIAN_MONTH.finditer(text, last.end(), start):
        if not CONCORDANT.search(text, max(last.end(), month.start() - _CONCORDANT_REACH), month.start()):
            return None
    return cal.hijri_of(published)


def _hijri_month_values(hijri: tuple[int, int], shift: int, days: list[int]) -> tuple[list, list]:
    """(the Gregorian month that holds most of the shifted Hijri month, the Gregorian days of
    ``days`` in it)."""
    year, month = cal.month_shift(*hijri, shift)  # twelve months a year in both calendars
    held = cal.hijri_month(year, month)
    dated = [cal.iso_day(g) for d in days if (g := cal.hijri_to_gregorian(year, month, d)) is not None]
    return ([cal.iso_month(*held)] if held else []), dated


def _days_of_a_month(text: str, day_start: int, days: list[int], published: dt.date, shift: int) -> list:
    """The days ``days`` of the Gregorian month ``shift`` months from the publication's; of the
    Hijri month instead when the weekday printed before them falls there only (الثلاثاء 26 الشهر
    الجاري in a Saudi paper of 1 August 2015: 26 Shawwal was a Tuesday, 26 August a Wednesday)."""
    year, month = cal.month_shift(published.year, published.month, shift)
    dated = [dt.date(year, month, d) for d in days if cal.valid_day(year, month, d)]
    printed = WEEKDAY_BEFORE_DAY.search(text, max(0, day_start - 30), day_start)
    weekday = name_index()[printed.group("weekday")].number if printed else None
    if weekday is not None and days and not (dated and dated[0].weekday() == weekday):
        hijri = cal.hijri_of(published)
        first = hijri and cal.hijri_to_gregorian(*cal.month_shift(*hijri, shift), days[0])
        if first and first.weekday() == weekday:
            return _hijri_month_values(hijri, shift, days)[1]
    return [cal.iso_day(d) for d in dated]


def _period_values(period: str, when: str, published: dt.date) -> list[tuple[str, str]]:
    """العام الماضي، الشهر المقبل، الأسبوع الجاري، الليلة الماضية → ISO values."""
    shift = _SHIFT[when]
    if period in SEASON_MONTHS and shift:
        # The last one ended before the publication's month, the next one starts after it: the
        # summer before a report of July is the year before's, the spring before it this year's.
        first, last = SEASON_MONTHS[period]
        ahead = published.month >= first if shift > 0 else published.month <= last
        return [cal.iso_year(published.year + (shift if ahead else 0))]
    if period in ("عام", "سنة") or period in SEASONS:
        return [cal.iso_year(published.year + shift)]
    if period == "شهر":
        return [cal.iso_month(*cal.month_shift(published.year, published.month, shift))]
    if period in ("أسبوع", "اسبوع"):
        day = published + dt.timedelta(days=7 * shift)
        return [cal.iso_month(day.year, day.month)]
    if period == "ليلة" and when == cal.PAST:
        return [cal.iso_day(published - dt.timedelta(days=1))]
    return []


def _day_earlier_in_sentence(text: str, found: list[_Candidate], pos: int) -> dt.date | None:
    """The day of the latest candidate naming one day between the start of the sentence and
    ``pos``, if any."""
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    named = sorted(
        (c for c in found if c.start >= sentence_start and len(c.values) == 1), key=lambda c: c.start
    )
    latest = _latest_value_before(named, pos, lambda v: len(v) == 10)
    return dt.date.fromisoformat(latest[1][0]) if latest else None


def _latest_value_before(
    dated: list[_Candidate], pos: int, fits: Callable[[str], bool]
) -> tuple[_Candidate, tuple[str, str]] | None:
    """The latest of ``dated`` (in text order) that ends before ``pos`` and has a value that
    ``fits``, with its last such value; None when there is none."""
    for c in reversed(dated):
        if c.end <= pos and (values := [v for v in c.values if fits(v[0])]):
            return c, values[-1]
    return None


def _date_same_months(text: str, found: list[_Candidate]) -> None:
    """Date each day of "the same month" by the month of the latest date before it (وردت طهران في
    الثامن من الشهر ذاته: the 8th of January 2020 after 3 يناير 2020). After a Hijri month the days
    are that month's, which the Gregorian values do not tell: those stay undated."""
    pending = [c for c in found if c.kind == "same_month"]
    if not pending:
        return
    # Not a weekday's (يوم الأربعاء 14 من الشهر نفسه): the weekday names the day, not the month.
    dated = sorted(
        (c for c in found if c.values and c.kind not in ("label", "weekday")), key=lambda c: c.start
    )
    for c in pending:
        latest = _latest_value_before(dated, c.start, lambda v: len(v) >= 7)
        if latest is None or HIJRI_MONTH.search(text, latest[0].start, latest[0].end):
            continue
        value = latest[1][0]
        if value.startswith("--"):  # a month with no year (no publication date): its days have none
            month = int(value[2:4])
            c.values = [cal.yearless_day(month, d) for d in c.days if cal.valid_day(2000, month, d)]
        else:
            year, month = map(int, value[:7].split("-"))
            c.values = [cal.iso_day(dt.date(year, month, d)) for d in c.days if cal.valid_day(year, month, d)]
        c.kind = "explicit"  # a calendar day (see _drop_weekdays_of_dates)


def _date_in_the_story(text: str, found: list[_Candidate]) -> None:
    """Date a day the text gives no year by the year of a story it goes on telling: the latest day
    written with an earlier year before it, when the day falls within STORY_DAYS after that one
    (بدأت الحرب فجر 20 آذار 2003 … ومساء 21 آذار، في 14 أيلول 1982 … وفي صباح 15 أيلول). Further
    off, or before it, the day is the publication year's; so it is when a weekday named with it is
    that year's (الثلاثاء 4 نوفمبر after 4 نوفمبر 1922), or when the earlier day is one being
    commemorated (إحياءً للذكرى الثانية لانطلاق الحراك في 22 فبراير 2019 … مسيرة 26 فبراير)."""
    dated = sorted((c for c in found if c.kind == "explicit" and c.values), key=lambda c: c.start)
    weekdays = [c for c in found if c.kind == "weekday" and c.values]
    anchor = None  # the latest day written with its year
    for c in dated:
        if not c.yearless:
            commemorated = COMMEMORATION in text[max(0, c.start - COMMEMORATION_REACH) : c.start]
            anchor = None if commemorated else dt.date.fromisoformat(c.values[-1][0])
            continue
        day = dt.date.fromisoformat(c.values[0][0])
        if anchor is None or anchor.year >= day.year or not cal.valid_day(anchor.year, day.month, day.day):
            continue
        moved = day.replace(year=anchor.year)
        if not anchor <= moved <= anchor + dt.timedelta(days=STORY_DAYS):
            continue
        named = next((w for w in weekdays if _names_the_day_of(text, w, c)), None)
        if named is not None and dt.date.fromisoformat(named.values[0][0]).weekday() != moved.weekday():
            continue
        days = [dt.date.fromisoformat(v) for v, _ in c.values]
        year = anchor.year
        c.values = [cal.iso_day(d.replace(year=year)) for d in days if cal.valid_day(year, d.month, d.day)]


def _date_same_days(text: str, found: list[_Candidate]) -> None:
    """Date "the same day" (وكان الإطلاق يوم السبت … مساء اليوم نفسه، في ذات اليوم) by the latest
    day written before it, a weekday's included; with none before, it is the day of something the
    text does not date (في اليوم نفسه من كل عام), and no date."""
    dated = sorted((c for c in found if c.kind != "label"), key=lambda c: c.start)
    for m in SAME_DAY.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        if (latest := _latest_value_before(dated, m.start(), lambda v: len(v) == 10)) is not None:
            found.append(_Candidate(m.start(), m.end(), [latest[1]], "relative"))


def _non_overlapping(found: list[_Candidate]) -> list[_Candidate]:
    """Candidates in text order, the longer one kept where two overlap (a date beats its year)."""
    if len(found) < 2:
        return found
    kept: list[_Candidate] = []
    for c in sorted(found, key=lambda c: (c.start, c.start - c.end)):
        if kept and c.start < kept[-1].end:
            if c.end - c.start > kept[-1].end - kept[-1].start:
                kept[-1] = c
            continue
        kept.append(c)
    return kept


def _after_an_event(text: str, pos: int) -> bool:
    """Does an event's name stand a few words before the year at ``pos``, its place or kind
    between (أولمبياد بكين 2008، كأس أمم أوروبا 2016)?"""
    return any(w in EVENT_NAMES for _, w in previous_words(text, pos, EVENT_REACH)[1:])


def _age_group(text: str, pos: int, before: str) -> bool:
    """Is the year at ``pos`` a team's age group (المنتخب السعودي للناشئين مواليد 2000), not a
    birth (من مواليد 1994)?"""
    if before not in BORN:
        return False
    words = previous_words(text, pos, 2)
    return len(words) == 2 and words[1][1] in AGE_GROUP_BEFORE


def _list_entry_year(text: str, pos: int) -> tuple[int, str] | None:
    """(position, digits) of the year that opens the line holding ``pos`` as a list entry
    (``1990- القوات العراقية تغزو الكويت``), or None."""
    line_start = text.rfind("\n", 0, pos) + 1
    entry = LIST_ENTRY_YEAR.match(text, line_start)
    if entry is None or (entry.start("year") != pos and entry.end() > pos):
        return None  # no entry, or pos inside its head
    return entry.start("year"), entry.group("year")


def _names_the_day_of(text: str, weekday: _Candidate, date: _Candidate) -> bool:
    """Whether ``weekday`` stands right before ``date`` and names its day (الخميس 16 يوليو)."""
    return BEFORE_DATE_GAP.fullmatch(text, weekday.end, date.start) is not None


def _drop_weekdays_of_dates(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """A weekday right before an explicit date (الخميس 16 يوليو) only names that date's day, and
    so do two weekdays before a range (ليل الجمعة السبت 26 - 27 فبراير)."""
    out: list[_Candidate] = []
    naming: _Candidate | None = None  # the explicit date or the weekday after the one looked at
    for c in reversed(kept):
        if c.kind == "weekday" and naming is not None and _names_the_day_of(text, c, naming):
            naming = c if naming.kind == "explicit" else None
            continue
        naming = c if c.kind == "explicit" else None
        out.append(c)
    return out[::-1]
