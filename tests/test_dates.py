"""The event-date facet: explicit, Hijri, numeric and relative dates on real news text."""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.dates import DateExtractor
from indexer.extract.dates_calendar import hijri_month, hijri_year

DEVSET = Path(__file__).resolve().parent / "devset" / "devset.jsonl"
# Reached on the dev set: P 0.959, R 0.949, F1 0.954 (micro, sets of ISO values per article).
DEVSET_MIN_F1 = 0.92
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?")

# Publication dates used below: a Monday in the corpus period, and the seed's month.
MON = dt.date(2015, 7, 27)
SEED_DAY = dt.date(2024, 8, 6)


@pytest.fixture(scope="module")
def extractor() -> DateExtractor:
    return DateExtractor()


def dates(extractor: DateExtractor, text: str, published: dt.date | None = MON) -> list[str]:
    return [d.date for d in extractor.find(text, published)]


def exprs(extractor: DateExtractor, text: str, published: dt.date | None = MON) -> dict[str, str]:
    return {d.expr: d.date for d in extractor.find(text, published)}


# ---- the seeds ------------------------------------------------------------------------------
def test_seed_one_finds_both_dual_dates_without_a_publication_date(extractor, seed_texts):
    found = exprs(extractor, seed_texts[0], None)
    assert found["16 يوليو/تموز"] == "--07-16"
    assert found["7 أكتوبر/تشرين الأول"] == "--10-07"
    assert found["2014"] == "2014"
    assert "الليلة الماضية" not in found  # relative: needs a publication date


def test_seed_one_resolves_the_past_dates_against_its_publication_date(extractor, seed_texts):
    found = exprs(extractor, seed_texts[0], SEED_DAY)
    # الماضي: the past 16 July and 7 October, though October 2024 is nearer to 6 August 2024
    assert found["16 يوليو/تموز"] == "2024-07-16"
    assert found["7 أكتوبر/تشرين الأول"] == "2023-10-07"
    assert found["الليلة الماضية"] == "2024-08-05"
    assert found["فبراير/شباط"] == "2024-02"


def test_seed_one_labels_and_spans(extractor, seed_texts):
    text = seed_texts[0]
    found = extractor.find(text, SEED_DAY)
    for d in found:
        assert text[d.span.start:d.span.end] == d.span.text == d.expr
    assert [d.start for d in (x.span for x in found)] == sorted(x.span.start for x in found)
    labels = {d.expr: d.label_en for d in found}
    assert labels["16 يوليو/تموز"] == "16 July 2024"
    assert labels["فبراير/شباط"] == "February 2024"
    assert labels["2014"] == "2014"


def test_seed_two_reads_weekdays_nights_and_bare_months_after_a_cue(extractor, seed_texts):
    found = exprs(extractor, seed_texts[1], SEED_DAY)  # Tuesday
    assert found["ليل الثلاثاء"] == "2024-08-06"
    assert found["مساء الثلاثاء"] == "2024-08-06"
    assert found["أبريل"] == "2024-04"  # ففي أبريل
    assert found["يناير"] == "2024-01"  # وفي نهاية يناير
    assert found["2014"] == "2014"  # في العام 2014


# ---- explicit Gregorian dates -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي 16 يوليو/تموز 2024 استهدفت", "2024-07-16"),
        ("وفي 16 يوليو (تموز) 2024 استهدفت", "2024-07-16"),
        ("في 16 تموز (يوليو) 2024", "2024-07-16"),
        ("في 16 يوليو تموز 2024", "2024-07-16"),
        ("في 16 تموز 2024", "2024-07-16"),
        ("في 16 يوليه 2024", "2024-07-16"),
        ("في ١٦ يوليو ٢٠٢٤", "2024-07-16"),
        ("في 3 اغسطس 2015", "2015-08-03"),
        ("في 3 أغسطس (آب) 2015", "2015-08-03"),
        ("في 3 آب 2015", "2015-08-03"),
        ("في 9 أيار/مايو 2015", "2015-05-09"),
        ("في 9 ايار 2015", "2015-05-09"),
        ("في 30 يونيه 2015", "2015-06-30"),
        ("في 2 فبرابر 2015", "2015-02-02"),
        ("في 2 شباط 2015", "2015-02-02"),
        ("في 5 كانون الثاني 2015", "2015-01-05"),
        ("في 5 كانون الأول (ديسمبر) 2014", "2014-12-05"),
        ("في 5 تشرين الثاني 2014", "2014-11-05"),
        ("في 1 أيلول 2014", "2014-09-01"),
        ("في 1 نيسان 2014", "2014-04-01"),
        ("في 1 آذار/مارس 2014", "2014-03-01"),
        ("منذ 16 من شهر يوليو 2015", "2015-07-16"),
        ("في الرابع من أغسطس 2015", "2015-08-04"),
        ("في الحادي والعشرين من مارس 2015", "2015-03-21"),
        ("في أبريل 2014", "2014-04"),
        ("في شهر أبريل من العام 2014", "2014-04"),
        ("صدر في يوليو (تموز) 1995.", "1995-07"),
        ("ويرحل في (سبتمبر) أيلول 2007.", "2007-09"),
        ("بعد ثورة 25 يناير 2011، حيث", "2011-01-25"),  # a name, but with its year it is a date
    ],
)
def test_explicit_gregorian_dates_in_both_month_systems(extractor, text, expected):
    assert dates(extractor, text) == [expected]


def test_a_day_range_gives_every_day(extractor):
    assert dates(extractor, "في يومي 24 و25 أكتوبر 1973") == ["1973-10-24", "1973-10-25"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خلال الفترة من فبراير (شباط) حتى نوفمبر (تشرين الثاني) 1943 تعرضت", ["1943-02", "1943-11"]),
        ("تكبدها في شهري مايو ويونيو من عام 1999.", ["1999-05", "1999-06"]),
        ("ما بين يناير - كانون الثاني وديسمبر- كانون أول 2014", ["2014-01", "2014-12"]),
        ("من نوفمبر حتى فبراير 2015", ["2014-11", "2015-02"]),
    ],
)
def test_a_month_range_shares_its_year(extractor, text, expected):
    assert dates(extractor, text) == expected


def test_the_same_year_is_the_year_written_before(extractor):
    text = "في 29 أكتوبر 1952 ثم في 23 ديسمبر (كانون الأول) من العام ذاته"
    assert dates(extractor, text) == ["1952-10-29", "1952-12-23"]


# ---- yearless dates and months against the publication date --------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("وصوت البرلمان في 22 يوليو على", MON, "2015-07-22"),
        ("يصوت المجلس في 28 يوليو على", dt.date(2015, 7, 25), "2015-07-28"),  # nearest: three days ahead
        ("تسلم الشحنة في 3 يناير", dt.date(2015, 8, 1), "2015-01-03"),  # the past, not 2016
        ("في 3 يناير", dt.date(2015, 12, 20), "2016-01-03"),  # two weeks ahead beats a year back
        ("في 16 يوليو الماضي", dt.date(2015, 7, 20), "2015-07-16"),
        ("في 10 أغسطس الماضي", dt.date(2015, 8, 1), "2014-08-10"),
        ("في الرابع من أغسطس المقبل", dt.date(2015, 7, 25), "2015-08-04"),
        ("مايو الماضي", MON, "2015-05"),
        ("في يوليو الماضي", dt.date(2015, 8, 5), "2015-07"),
        ("في سبتمبر", MON, "2015-09"),
        ("سبتمبر المقبل", MON, "2015-09"),
        ("يوليو الجاري", MON, "2015-07"),
        ("في يونيو من العام الماضي", MON, "2014-06"),
        ("أغسطس المقبل", dt.date(2015, 8, 1), "2015-08"),  # the crawl may be a day after the paper
    ],
)
def test_a_yearless_date_takes_its_year_from_the_publication_date(extractor, text, published, expected):
    assert dates(extractor, text, published) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت ثورة 25 يناير",  # the name of an event
        "قوى 14 آذار اللبنانية",  # a political bloc
        "ليصبح يوم 25 يناير من كل عام عيدا",  # an anniversary
        "مارس الرياضة منذ صغره",  # مارس "practised"
        "وصلت سيارات نيسان الجديدة",  # the car maker
        "قال رجب طيب أردوغان",  # a given name
        "مسرحية أغسطس",  # a title, no cue
        "الربع الأول من شهر رمضان",  # a quarter, not the first day
    ],
)
def test_names_and_common_words_that_look_like_months_are_not_dates(extractor, text):
    assert [d for d in dates(extractor, text) if len(d) == 10] == []


# ---- numeric dates --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بتاريخ 21/7/2015 تم", "2015-07-21"),
        ("بتاريخ 2015-07-21 تم", "2015-07-21"),
        ("بتاريخ ٢١/٧/٢٠١٥ تم", "2015-07-21"),
        ("بتاريخ 22/07/2015م.", "2015-07-22"),
        ("بتاريخ 10/10/1436هـ", "2015-07-26"),
        ("بتاريخ ١٠/١٠/١٤٣٦هـ", "2015-07-26"),
        ("بتاريخ 1436/10/10هـ", "2015-07-26"),
        ("بتاريخ 26 / 9 / 1436هـ", "2015-07-13"),
        ("يبدأ التقديم يوم الأحد 10\\10\\1436ه", "2015-07-26"),  # backslashes for slashes
    ],
)
def test_numeric_dates_gregorian_and_hijri(extractor, text, expected):
    assert dates(extractor, text) == [expected]


@pytest.mark.parametrize("text", ["النتيجة 2-1", "الساعة 12:30", "بنسبة 3.5 في المائة", "رقم 31/13/2015"])
def test_numbers_that_are_not_dates_are_ignored(extractor, text):
    assert dates(extractor, text) == []


# ---- Hijri dates ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("صدر في 15 شوال 1436هـ", MON, ["2015-07-31"]),
        ("صدر في ١٥ شوال ١٤٣٦ هـ", MON, ["2015-07-31"]),
        ("في 16 رمضان عام 1395هـ", MON, ["1975-09-21"]),
        ("في ذي القعدة من عام 1434", MON, ["2013-09"]),
        ("في 8 ذو القعدة 1436هـ", MON, ["2015-08-23"]),
        ("في 3 ربيع الأول 1436هـ", MON, ["2014-12-25"]),
        ("في 3 ربيع الآخر 1436هـ", MON, ["2015-01-23"]),
        ("في 3 جمادى الأولى 1436هـ", MON, ["2015-02-22"]),
        ("في 3 جمادى الآخرة 1436هـ", MON, ["2015-03-23"]),
        ("في 10 محرم 1437هـ", MON, ["2015-10-23"]),
        ("في 5 صفر 1436هـ", MON, ["2014-11-27"]),
        ("ليلة 27 رجب 1436هـ", MON, ["2015-05-16"]),
        ("منتصف شعبان 1436هـ", MON, ["2015-06"]),
        ("في 15 شعبان 1436 هـ", MON, ["2015-06-02"]),
        ("في ذي الحجة 1435هـ", MON, ["2014-10"]),
        ("في 18 رمضان", MON, ["2015-07-05"]),  # yearless: the nearest Ramadan
        ("خلال شوال الماضي", dt.date(2014, 9, 10), ["2014-08"]),  # Shawwal 1435: 28 July .. 25 August
        ("خلال شهر رمضان الماضي", MON, ["2015-07"]),  # most of Ramadan 1436 is in July
        ("في السابع من ذي القعدة المقبل", dt.date(2015, 8, 6), ["2015-08-22"]),
        ("تأسست عام 1383هـ", MON, ["1963"]),
        ("عام 1349هـ", MON, ["1930"]),
        ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م", MON, ["2015-08-10", "2015-08-10"]),
        # The first of a month (غرة), Muharram with its article.
        ("خرجت القوارب منذ غرة المحرم الجاري", dt.date(2016, 10, 11), ["2016-10-02"]),
        ("تبدأ الحملة في غرة ذي القعدة 1436هـ", MON, ["2015-08-16"]),
        ("في 5 المحرم 1438هـ", MON, ["2016-10-06"]),
    ],
)
def test_hijri_dates_convert_with_umm_al_qura(extractor, text, published, expected):
    assert dates(extractor, text, published) == expected


def test_a_hijri_month_or_year_becomes_the_gregorian_one_that_holds_most_of_it():
    assert hijri_month(1436, 9) == (2015, 7)  # Ramadan 1436: 18 June .. 16 July 2015
    assert hijri_month(1434, 11) == (2013, 9)
    assert hijri_year(1383) == 1963
    assert hijri_year(1436) == 2015


# ---- years ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("التحالف الذي شكلته عام 2014 لمحاربة", ["2014"]),
        ("في العام 2014 لمحاربة", ["2014"]),
        ("سنة 2014", ["2014"]),
        ("لعام 2014", ["2014"]),
        ("انتقل إلى اتالانتا في 2014 ومنه", ["2014"]),
        ("منذ عام 1984", ["1984"]),
        ("مطلع 2017", ["2017"]),
        ("بحلول 2030", ["2030"]),
        ("في 2015م.", ["2015"]),
        ("خلال عامي 2013 و2014", ["2013", "2014"]),
        ("من 1992 إلى 1995", ["1992", "1995"]),
        ("خسائر في الربع الثاني للعام 2012 ثم", ["2012"]),  # ل + the article: للعام
        ("صدر له: الجبل الخالد (رواية) 1993، الغربان (رواية) 2000", ["1993", "2000"]),  # after a bracket
    ],
)
def test_years_after_a_cue(extractor, text, expected):
    assert dates(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "منذ 10 سنوات",
        "عمره 30 عاما",
        "خلال 24 ساعة",
        "سقطت 4 صواريخ",
        "تنشر نحو 2500 جندي",
        "في 2000 حالة",
        "مسافة 1950 مترا",
        "وصل إلى 1998 نقطة",
        "عام 2150",  # after 2100
        "خيمة بمساحة 1500م2",  # square metres, not the mark of a year
        "قبل 14 عاماً",
        "مبالغ تتراوح ما بين 2000 و3000 ريال",  # a price range
        "في الجناية رقم 40 لسنة 2015 حصر أمن دولة",  # a case number
        "بموجب القانون رقم (5) لعام 2010",
        "استعدادا لموسم 2015/2016م",  # a sports season's label
        "جدول اختبارات العام الدراسي 1436-1437هـ",  # a school year's label
        "وصل الوزير قبل يومين من زيارة فابيوس",  # two days before another day, not before today
    ],
)
def test_durations_ages_counts_and_far_years_are_not_dates(extractor, text):
    assert dates(extractor, text) == []


def test_a_date_in_a_palace_name_is_no_date(extractor):
    assert dates(extractor, "اجتمع الوفد في قصر 22 مايو بصنعاء") == []


def test_a_day_of_this_month_and_the_hijri_month_after_a_hijri_year(extractor):
    assert dates(extractor, "وحتى الخامس من الشهر الجاري، لقي 22 من رجال الأمن", dt.date(2015, 8, 9)) == ["2015-08-05"]
    assert dates(extractor, "في 5 من الشهر الماضي", dt.date(2015, 8, 9)) == ["2015-07-05"]
    # A notice for the Hijri school year: "this month" is Shawwal 1436 (10 Shawwal = 26 July).
    notice = "للعام الدراسي 1436- 1437هـ، خلال الفترة من 10 إلى 12 الشهر الجاري."
    assert dates(extractor, notice, dt.date(2015, 7, 21)) == ["2015-07-26", "2015-07-28"]
    # A month with no day stays Gregorian after a date given both ways (27 جمادى الأولى = 7 March).
    report = "قتل جنديان في 27 جمادى الأولى 1437هـ.\nفي مدينة عزان التي سيطر عليها الشهر الماضي."
    assert dates(extractor, report, dt.date(2016, 3, 8)) == ["2016-03-07", "2016-02"]
    # ... and so do its days once the report names a Gregorian month after the date given both
    # ways; not the Gregorian date the Hijri one is given as (الموافق 10 أغسطس).
    report = ("قتل 23 مدنياً أمس الأحد 28 ربيع الآخر 1437هـ. وقتل 96 منذ الأول من فبراير الجاري. "
              "وعلقت المحادثات حتى الخامس والعشرين من الشهر الجاري")
    assert dates(extractor, report, dt.date(2016, 2, 8))[-1] == "2016-02-25"
    notice = "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م. تبدأ المرحلة في 27 من الشهر الجاري"
    assert dates(extractor, notice, dt.date(2015, 8, 10))[-1] == "2015-08-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عبر نادي لنس الفرنسي «2005-2007» ثم مع يونغ بويز السويسري", ["2005", "2007"]),
        ("أسفرت خلال فترة حكمه (1982-1990) عن 40 ألف قتيل", ["1982", "1990"]),
        ("ارتفعت الأسعار خلال الفترة 2011 - 2014 عدة أضعاف", ["2011", "2014"]),
        ("في المرحلة الأولى (2016-2020) من الخطة", []),  # a plan's horizon
        ("أجمل أهداف دوري جميل 2014 - 2015", []),  # a league's season
        ("لعب مع الفريق في موسمي 1999-2000", []),
        ("يتراوح السعر ما بين 2000-2500 ريال", []),  # a price range
        # Tatweels for a dash (a mark and its Hijri twin are no range: 1993م ـ 1413هـ).
        ("زاد الإنفاق الحكومي خلال الفترة 2007 ــ 2010 إلى الضعف", ["2007", "2010"]),
        ("الرئيس الأسبق للولايات المتحدة 1989 ــ 1993", ["1989", "1993"]),
        ("عام 1993م ـ 1413هـ أصبح جميع المدربين سعوديين", ["1993", "1992"]),
        # A period named by its years, a horizon included.
        ("وتوقعت الدراسة نمو الطلب خلال الفترة 2015 - 2017", ["2015", "2017"]),
    ],
)
def test_a_span_of_years_joined_by_a_dash_needs_no_cue_word(extractor, text, expected):
    assert dates(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("العام الماضي", "2014"),
        ("خلال العام الجاري", "2015"),
        ("هذا العام", "2015"),
        ("للعام المقبل", "2016"),
        ("السنة الماضية", "2014"),
        ("الشهر الماضي", "2015-06"),
        ("هذا الشهر", "2015-07"),
        ("الشهر المقبل", "2015-08"),
        ("الأسبوع الماضي", "2015-07"),
        ("الأسبوع المقبل", "2015-08"),
        ("سافر هذا الصيف إلى لندن", "2015"),  # a season of this year: its year
    ],
)
def test_relative_periods(extractor, text, expected):
    assert dates(extractor, text) == [expected]


def test_last_week_is_the_month_of_seven_days_before(extractor):
    assert dates(extractor, "الأسبوع الماضي", dt.date(2015, 8, 3)) == ["2015-07"]


def test_durations_of_periods_are_not_dates(extractor):
    assert dates(extractor, "خلال العامين الماضيين والأشهر الماضية") == []


# ---- relative days and weekdays ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقال مسؤول أمس إن", "2015-07-26"),
        ("وقال مسؤول امس إن", "2015-07-26"),
        ("أعلنت الوزارة بالأمس أن", "2015-07-26"),
        ("مساء أمس", "2015-07-26"),
        ("الليلة الماضية", "2015-07-26"),
        ("ليلة أمس", "2015-07-26"),
        ("أول من أمس", "2015-07-25"),
        ("أول أمس", "2015-07-25"),
        ("أمس الأول", "2015-07-25"),
        ("قبل يومين", "2015-07-25"),
        ("وقع الحادث قبل أمس", "2015-07-25"),
        ("وقعت الاشتباكات الليلة قبل الماضية", "2015-07-25"),
        ("يناير الماضيين", "2015-01"),  # من سبتمبر إلى يناير الماضيين
        ("مساء اليوم", "2015-07-27"),
        ("تعاملات اليوم", "2015-07-27"),
        ("وقالت الوزارة اليوم إن", "2015-07-27"),
        ("غدا", "2015-07-28"),
        ("غداً", "2015-07-28"),
        ("بعد غد", "2015-07-29"),
        ("صباح الغد", "2015-07-28"),
    ],
)
def test_relative_days(extractor, text, expected):
    assert dates(extractor, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شهدت المدينة مجزرة في أول أيام عيد الفطر", ["2015-07-17"]),  # 1 Shawwal 1436
        ("وافاه الأجل ثاني أيام عيد الفطر", ["2015-07-18"]),
        ("مع نهاية اليوم الثالث لعيد الفطر المبارك", ["2015-07-19"]),
        ("وفي أول يوم من العيد", ["2015-07-17"]),  # the bare Eid: the nearer one
        ("أقيم الحفل في ثاني أيام الأعياد", ["2015-07-18"]),
        ("سيقام الحفل في أول أيام عيد الأضحى", ["2015-09-23"]),  # 10 Dhu al-Hijja 1436
        ("بمناسبة عيد الفطر", []),  # the holiday names no day
        ("خلال أيام العيد", []),
    ],
)
def test_a_named_day_of_eid_is_a_calendar_day(extractor, text, expected):
    assert dates(extractor, text) == expected


def test_the_current_hijri_school_or_fiscal_year_is_a_label_and_a_past_one_dates(extractor):
    assert dates(extractor, "استمرار القبول للعام التدريبي الجديد 1436 / 1437هـ في جميع الكليات") == []
    assert dates(extractor, "الانتخابات البلدية في دورتها الثالثة 1436-1437هـ") == []
    assert dates(extractor, "للعام الدراسي المقبل ١٤٣٦ ــ ١٤٣٧هـ") == []
    assert dates(extractor, "رئيس تحرير الصحيفة، 1414 - 1415هـ") == ["1993", "1994"]


def test_yesterday_of_the_past_and_the_next_day_are_no_dates(extractor):
    assert dates(extractor, "لم يستبعد التحالف مع أعداء الأمس") == []  # "of yesterday": the past
    assert dates(extractor, "أصيب في تدريبات الأمس") == ["2015-07-26"]  # an event of yesterday
    assert dates(extractor, "ثم فجر نفسه صباح اليوم التالي") == []  # the next morning
    # A copy published the next day corrects "this morning" in brackets: yesterday's.
    assert dates(extractor, "تمكنت قوة أمنية صباح اليوم (أمس) من تحرير الطريق") == ["2015-07-26"]


def test_a_list_of_three_years_or_more_and_a_birth_year(extractor):
    assert dates(extractor, "المشرف على ثلاثة كؤوس عالم 2006 و2010 و2014 وأخيراً") == ["2006", "2010", "2014"]
    assert dates(extractor, "توج باللقب 5 مرات (2000 و2001 و2002)") == ["2000", "2001", "2002"]
    assert dates(extractor, "بين 2000 و3000 و4000 ريال") == []  # prices
    assert dates(extractor, "ويدعى يوسف السليمان، من مواليد 1994.") == ["1994"]
    assert dates(extractor, "يواجه المنتخب السعودي للناشئين مواليد 2000 نظيره") == []  # an age group


def test_an_event_named_with_its_place_or_kind_before_the_year(extractor):
    assert dates(extractor, "حصل على الميدالية الذهبية في أولمبياد بكين 2008") == ["2008"]
    assert dates(extractor, "اختيرت بكين لتنظيم الألعاب الأولمبية الشتوية 2022") == ["2022"]
    assert dates(extractor, "التصفيات المؤهلة إلى كأس أمم أوروبا 2016") == ["2016"]
    assert dates(extractor, "توج النصر بطلا لدوري عبداللطيف جميل 2014/2015") == []  # a season


def test_two_written_days_of_a_month_and_the_wire_copys_unmarked_ab(extractor):
    assert dates(extractor, "التاسع والعاشر من يونيو سنة 2013") == ["2013-06-09", "2013-06-10"]
    assert dates(extractor, "بين الرابع والسادس من سبتمبر 2016") == ["2016-09-04", "2016-09-06"]
    assert dates(extractor, "في الثالث والعشرين من يوليو") == ["2015-07-23"]  # one ordinal
    assert dates(extractor, "أول مناظرة تلفزيونية في 6 اب/اغسطس") == ["2015-08-06"]
    assert dates(extractor, "عند الساعة 11,02 من التاسع من اب/اغسطس 1945") == ["1945-08-09"]
    assert dates(extractor, "في 6 اب") == []  # اب alone is "father"


def test_a_month_of_next_year_and_a_month_of_every_year(extractor):
    text = "ستكون التصفيات النهائية في شهر رمضان للعام المقبل"
    assert dates(extractor, text, dt.date(2015, 8, 9)) == ["2016-06"]
    assert dates(extractor, "يصل الجدل ذروته في شهر رمضان المبارك من كل عام") == []


def test_weekdays_in_general_are_no_dates(extractor):
    assert dates(extractor, "يسمح للمتاجر بفتح أبوابها أيام الأحد") == []
    assert dates(extractor, "لتحقيق أهداف خطبة يوم الجمعة") == []
    assert dates(extractor, "بعد جلستين استمرتا بين يومي الاثنين والثلاثاء") != []


def test_the_order_of_the_day_in_quotes_is_no_day():
    assert dates(DateExtractor(), "وقال قائد الجيش في «أمر اليوم» الذي وجهه إلى العسكريين") == []
    assert dates(DateExtractor(), "أعلنت الوزارة اليوم أن") == [MON.isoformat()]


def test_dire_need_is_no_yesterday_with_its_shadda():
    assert dates(DateExtractor(), "نحن في أمسّ الحاجة إلى الإصلاح") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الثلاثاء", "2015-07-21"),  # the most recent Tuesday before Monday 27 July
        ("هاجموا الثلثاء المطار", "2015-07-21"),  # al-Hayat's spelling
        ("وقع الهجوم مساء الأربعاء", "2015-07-22"),
        ("يوم الخميس", "2015-07-23"),
        ("والخميس", "2015-07-23"),
        ("فجر الجمعة", "2015-07-24"),
        ("صباح السبت", "2015-07-25"),
        ("ظهر الأحد", "2015-07-26"),
        ("ليل الأحد", "2015-07-26"),
        ("الاثنين", "2015-07-27"),  # the publication's own weekday: the same day
        ("الاثنين الماضي", "2015-07-20"),
        ("اليوم الاثنين", "2015-07-27"),
        ("أمس الأحد", "2015-07-26"),
        ("أول من أمس (السبت)", "2015-07-25"),
        ("السبت المقبل", "2015-08-01"),
        ("غدا الثلاثاء", "2015-07-28"),
        ("ستقام المباراة الخميس", "2015-07-30"),  # a future verb: the coming Thursday
        ("وسيكون التدريب الخميس", "2015-07-30"),  # سيكون: يكون is no noun's remainder
        ("وسيتم التصويت مساء يوم الخميس", "2015-07-30"),  # سيتم: a verb of a two-letter stem
        ("وتنطلق البطولة يوم الخميس", "2015-07-30"),  # what begins or is held on a day
        ("ستعقد جولة جديدة من محادثات سلام ليبيا يوم الخميس", "2015-07-30"),  # the verb eight words back
        ("قبل أمسِ الخميس", "2015-07-23"),  # a short vowel changes no word
        ("يوم غدٍ الثلاثاء", "2015-07-28"),
        # A stipulation (على أن and an imperfect) sets what is to come; على أن and a noun does not.
        ("منح اللاعبين راحة على أن يعودوا للتدريبات الخميس", "2015-07-30"),
        ("على أن تستأنف التدريبات يوم الأربعاء", "2015-07-29"),
        ("في دليل على أن تنظيم الدولة هاجم الخميس", "2015-07-23"),
        # What still goes on until a day lasts until the coming one; what went on, until the last.
        ("وتتواصل الفعاليات حتى السبت في الهفوف", "2015-08-01"),
        ("أمطار رعدية تستمر حتى يوم الأربعاء", "2015-07-29"),
        ("واستمرت الاشتباكات حتى صباح الجمعة", "2015-07-24"),
        ("ويستقبل ذووه العزاء في منزلهم حتى مساء الأربعاء", "2015-07-29"),
        ("وكانوا يستقبلون المعزين حتى مساء الأربعاء", "2015-07-22"),
        ("فلا يزال قيد التحقيق حتى صباح يوم الأحد", "2015-07-26"),  # a state as of a day past
    ],
)
def test_weekdays_resolve_against_the_publication_date(extractor, text, expected):
    assert dates(extractor, text) == [expected]


def test_today_with_an_explicit_weekday_beats_the_crawl_date(extractor):
    # published Thursday; the wire copy says "today (Tuesday)"
    assert dates(extractor, "قال الوزير، اليوم (الثلاثاء)، إن", dt.date(2015, 8, 6)) == ["2015-08-04"]


def test_tomorrow_with_the_crawl_date_s_own_weekday_is_that_day(extractor):
    # published Thursday 6 August; the wire copy, written the day before, says "tomorrow Thursday"
    assert dates(extractor, "وأجلت المحكمة الجلسة إلى يوم غد الخميس", dt.date(2015, 8, 6)) == ["2015-08-06"]


def test_what_was_set_to_follow_a_past_day_comes_after_it(extractor):
    # published Sunday 9 August: the boat left on Wednesday and was to be back on Thursday
    text = "وكان القارب قد أبحر مساء الأربعاء على أن يعود مساء الخميس، إلا أنه تأخر"
    assert dates(extractor, text, dt.date(2015, 8, 9)) == ["2015-08-05", "2015-08-06"]


def test_a_night_spanning_two_days_gives_both(extractor):
    assert dates(extractor, "ليل الاثنين الثلاثاء", dt.date(2015, 8, 11)) == ["2015-08-10", "2015-08-11"]


def test_a_weekday_before_an_explicit_date_only_names_its_day(extractor):
    assert dates(extractor, "يوم الخميس 16 يوليو 2015") == ["2015-07-16"]
    assert dates(extractor, "مساء يوم الخميس الـ30 من شهر يوليو الجاري") == ["2015-07-30"]


@pytest.mark.parametrize(
    "text",
    [
        "احتفلت المملكة باليوم الوطني",
        "ولدينا اليوم حكام نفتخر بهم",  # اليوم = nowadays
        "رغد عشميل – عين اليوم",  # a newspaper
        "بالأمس القريب كانت",  # an idiom
        "نحن بأمس الحاجة إلى",  # "in dire need"
        "أدى المصلون صلاة الجمعة",  # generic Friday prayer
        "الأحد عشر كوكبا",  # eleven
        "اتفق الاثنين معا",  # the two
        "جيل الغد",  # the future
        "قصف مدينة بغداد",  # غد inside a word
        "وكون هذا الخطر قد غدا أفقيا وعموديا",  # غدا "became"
        "ومن ثم غدا تسويق هذه الآيديولوجية مرتكزا",
        "وإن غداً لناظره قريب",  # a saying
        "ربما ليست غداً، وربما ليست بعد ثلاثة شهور",  # a day ruled out
    ],
)
def test_day_words_in_other_senses_are_not_dates(extractor, text):
    assert dates(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأوضح المتحدث الرسمي أن رحلة تقل 157 يمنيًا وصلت اليوم إلى اليمن", ["2015-07-27"]),
        ("انفجرت اليوم عبوة ناسفة بدائية الصنع بمحيط ميدان المحكمة", ["2015-07-27"]),
        # "nowadays": after a noun, an imperfect, a verb of change, a first person
        ("العالم اليوم يعيش أزمات متلاحقة", []),
        ("نعيش اليوم عصر التقنية", []),
        ("ما الذي تغير اليوم وجعل البيت الأبيض يتراجع", []),
        ("وصلنا اليوم إلى حالة من انعدام الثقة", []),
        # another day: its own name, the next day, a corrected day
        ("وأعلنت اليوم الوطني عطلة رسمية", []),
        ("أطلقوا اليوم (أمس) عشرات الصواريخ", ["2015-07-26"]),
        # a prayer of today; a wire's Friday prayer "today", printed later, is Friday's
        ("ومن المقرر أن يصلى عليه بعد صلاة الظهر اليوم في جامع الملك عبدالعزيز بنجران", ["2015-07-27"]),
        ("تقرر فرض قيود على دخول المصلين لصلاة الجمعة اليوم بالحرم القدسي", ["2015-07-24"]),
    ],
)
def test_a_bare_today_dates_an_event_told_in_the_past(text, expected):
    from indexer.extract import default_extractor

    assert dates(default_extractor().dates, text) == expected


def test_the_weekday_before_last(extractor):
    # Published on Tuesday 21 July 2015: last Friday is the 17th, the Friday before last the 10th.
    text = "الهجوم الذي وقع يوم الجمعة قبل الماضي في سوسة، والآخر يوم الجمعة الماضي"
    assert dates(extractor, text, dt.date(2015, 7, 21)) == ["2015-07-10", "2015-07-17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كان يمكن أن ينجح نابليون في غزو روسيا في عام 1812، لولا الجراحة", ["1812"]),
        ("ففي عام 1880م توفي في الولايات المتحدة", ["1880"]),
        ("أسسه أبو خليل القباني (1833-1903)، لكن المسرح العربي", ["1833", "1903"]),
        ("ومن تصاميمه مسجد الخلفاء ببغداد (1963) وجامعة الرشيد (1981)", ["1963", "1981"]),
        ("مثل «الأفوكاتو» 1984 مع عادل إمام، و«ست الستات» 1998", ["1984", "1998"]),  # a work's year
        # a count, not a year; and عام 1436 is a Hijri year written without its mark
        ("قتل 1500 شخص في 1800 موقع", []),
    ],
)
def test_years_before_1900_and_years_in_brackets(extractor, text, expected):
    assert dates(extractor, text, dt.date(2015, 8, 5)) == expected


def test_relative_expressions_need_a_publication_date(extractor):
    text = "قال مسؤول أمس الخميس إن الهجوم وقع الأسبوع الماضي، وفي 16 يوليو 2015 أيضا"
    assert dates(extractor, text, None) == ["2015-07-16"]


# ---- the dev set and robustness -------------------------------------------------------------
def test_dev_set_f1(extractor):
    tp = fp = fn = 0
    for line in DEVSET.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = f"{record['title']}\n{record['text']}"
        got = {d.date for d in extractor.find(text, dt.date.fromisoformat(record["published"]))}
        gold = set(record["event_dates"])
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 >= DEVSET_MIN_F1, f"dev-set F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})"


def test_dev_set_runs_fast(extractor):
    texts = [json.loads(line)["text"] for line in DEVSET.read_text(encoding="utf-8").splitlines()]
    start = time.process_time()
    for _ in range(5):
        for text in texts:
            extractor.find(text, MON)
    assert time.process_time() - start < 2.0  # about 0.1 s on an idle core


@pytest.mark.corpus
def test_one_corpus_day_gives_valid_values_and_exact_spans(extractor, corpus_dir):
    count = 0
    for article in _one_zip(sorted(corpus_dir.glob("*.zip"))[0]):
        text = article.get("content") or ""
        published = dt.date.fromisoformat(article["date_extracted"][:10])
        for d in extractor.find(text, published):
            assert ISO.fullmatch(d.date), d
            assert text[d.span.start:d.span.end] == d.expr
            count += 1
    assert count > 1000


def _one_zip(path: Path):
    """The articles of one day's ZIP of the corpus (a JSON array per file)."""
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith(".json"):
                yield from json.loads(zf.read(name).decode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩ /-.()هـمامسيوليوتموزالخميساليومعامشوال،", max_size=60))
def test_any_text_gives_valid_values_and_exact_spans(text):
    for d in DateExtractor().find(text, MON):
        assert ISO.fullmatch(d.date)
        assert text[d.span.start:d.span.end] == d.expr


def test_days_of_the_same_month_have_no_year_when_the_month_had_none(extractor):
    # No publication date: 25 July has no year, and nor has the 8th of the same month.
    text = "وصل الوفد في 25 تموز الجاري ثم غادر في الثامن من الشهر نفسه"
    assert dates(extractor, text, None) == ["--07-25", "--07-08"]
    assert dates(extractor, text, dt.date(2015, 7, 27)) == ["2015-07-25", "2015-07-08"]


def test_an_on_this_day_list_dates_each_entry_and_its_months(extractor):
    text = (
        " 1921- لينين يوجه نداء للحصول على مساعدة دولية.\n"
        "1950- الاتحاد السوفياتي ينضم من جديد الى هيئات الامم المتحدة التي انسحب منها في شباط/فبراير.\n"
        "2008- تسعة قتلى في تفجير في 25 تموز/يوليو.\n"
        "وفي يوليو الماضي وقع هجوم."
    )
    assert dates(extractor, text, dt.date(2015, 8, 2)) == ["1921", "1950", "1950-02", "2008", "2008-07-25", "2015-07"]


def test_events_and_competitions_named_by_their_year(extractor):
    # كأس العالم 2014، كوبا أمريكا 2011، انتخابات 2005، انتفاضة 2011: the year is the event's date.
    assert dates(extractor, "قبل أن يترك الفريق بعد خسارة نهائي كأس العالم 2014") == ["2014"]
    assert dates(extractor, "منذ خروج المنتخب من كوبا أمريكا 2011") == ["2011"]
    assert dates(extractor, "خلفا لشرودر الذي خرج في انتخابات 2005") == ["2005"]
    assert dates(extractor, "اعتقل في ميدان التحرير خلال انتفاضة 2011") == ["2011"]
    # A count is no year.
    assert dates(extractor, "شارك في البطولة 2000 لاعب") == []


def test_a_hijri_month_takes_the_hijri_year_written_before_it_in_its_sentence(extractor):
    text = "فإن عدد الأطفال المصابين عام 1424هـ بلغ 119 طفلا في شهر رمضان وحده"
    assert dates(extractor, text) == ["2003", "2003-11"]
    assert dates(extractor, text.replace("1424", "١٤٢٤")) == ["2003", "2003-11"]
    # Not across a sentence, and not a Gregorian month after a year of comparison.
    assert "2003-11" not in dates(extractor, "وكان ذلك عام 1424هـ. وفي شهر رمضان الجاري زاد العدد")
    assert dates(extractor, "أضعف مستوى له منذ عام 2007 بعد الهبوط الذي بدأ في يونيو") == ["2007", "2015-06"]


def test_albariha_is_yesterday(extractor):
    # البارحة is yesterday as the Gulf press writes it, البارحة الأولى the day before.
    published = dt.date(2015, 8, 5)
    assert dates(extractor, "وصلت البارحة بعثة الهلال إلى سالزبورغ", published) == ["2015-08-04"]
    assert dates(extractor, "اختتم المهرجان فعالياته ليلة البارحة", published) == ["2015-08-04"]
    assert dates(extractor, "واجتمع الوزراء في الدوحة البارحة الأولى", published) == ["2015-08-03"]


def test_a_weekday_before_bitarikh_names_that_dates_day(extractor):
    # The weekday introduces the explicit date, as before الموافق: it adds no day of its own.
    published = dt.date(2015, 7, 26)
    text = "ولمدة ثلاثة أيام تنتهي بنهاية تداول يوم الثلاثاء، تاريخ 12 شوال 1436 ه."
    assert dates(extractor, text, published) == ["2015-07-28"]
    text = "وانتهت هذه المرحلة بنهاية تداول يوم الأربعاء، بتاريخ 28 رمضان 1436ه."
    assert dates(extractor, text, published) == ["2015-07-15"]


def test_today_after_a_verb_of_what_begins_or_is_held():
    # An imperfect of what begins, is held or leaves puts a bare اليوم on the day of publication,
    # its subject after it too (تنطلق اليوم المرحلة الثانية); other imperfects make it "nowadays".
    from indexer.extract import default_extractor

    extractor, published = default_extractor().dates, dt.date(2015, 7, 26)
    assert dates(extractor, "تنطلق اليوم المرحلة الثانية من الاكتتاب", published) == ["2015-07-26"]
    assert dates(extractor, "يعقد اليوم وزير التعليم اجتماعا في مقر الوزارة", published) == ["2015-07-26"]
    assert dates(extractor, "نعيش اليوم في عالم متغير", published) == []
    assert dates(extractor, "تكاد تنتهي اليوم مفاعيل الاتفاقية", published) == []
    assert dates(extractor, "حين ينتهي اليوم الطويل", published) == []


def test_a_weekday_after_a_given_name_is_a_family_name(extractor):
    # أحمد الخميس، بدر الخميس، حسين الجمعة: Gulf family names; with a modifier it is the day.
    published = dt.date(2015, 8, 8)
    assert dates(extractor, "لدينا المهاجمان بدر الخميس وعبدالعزيز الضفيري", published) == []
    assert dates(extractor, "وأكد أمين عام الاتحاد أحمد الخميس أن القرار نهائي", published) == []
    assert dates(extractor, "بعد مجزرة خان بني سعد الجمعة الماضية", published) == ["2015-08-07"]


def test_a_columns_sign_off_is_no_tomorrow(extractor):
    published = dt.date(2015, 8, 8)
    assert dates(extractor, "وإنما الأمم التعليم... غدا نواصل.", published) == []
    assert dates(extractor, "بقدر ما هو تأجيل وانتظار لوقت آخر. نكمل غدا..", published) == []
    assert dates(extractor, "يصل الوفد غدا إلى الرياض", published) == ["2015-08-09"]


def test_a_moment_ago_is_the_day_of_publication(extractor):
    # قبل قليل in an online report dates it; not shortly before another event, nor earlier in the text.
    published = dt.date(2015, 7, 24)
    assert dates(extractor, "وصل، قبل قليل، نائب الرئيس اليمني إلى مطار عدن", published) == ["2015-07-24"]
    assert dates(extractor, "تم مباشرة البلاغ قبل قليل من قبل مراقبي الوزارة", published) == ["2015-07-24"]
    assert dates(extractor, "أصدر العفو قبل قليل من مغادرته الخرطوم", published) == []
    assert dates(extractor, "كما ذكرت لك قبل قليل، القطاع الخاص لديه الخبرة", published) == []


def test_a_gregorian_month_with_its_year_is_a_date_before_1900(extractor):
    published = dt.date(2015, 8, 6)
    assert dates(extractor, "وتم الانتهاء منه في أبريل (نيسان) عام 1865، وكان طوله", published) == ["1865-04"]
    assert dates(extractor, "أول رحلة في شهر أغسطس (آب) 1865، وعانق", published) == ["1865-08"]
    # A year a Hijri year may be needs the mark م after a Gregorian month.
    assert dates(extractor, "في تموز 1436", published) == []


def test_today_after_the_markets_session_with_its_article(extractor):
    published = dt.date(2015, 7, 24)
    text = "تراجعت الأسهم الأوروبية في ختام التعاملات اليوم تحت ضغط"
    assert dates(extractor, text, published) == ["2015-07-24"]


def test_a_cue_word_reaches_over_an_opening_quote_or_bracket(extractor):
    published = dt.date(2015, 7, 25)
    assert dates(extractor, 'ليتحول الى حقيقة في منتصف عام "1963".', published) == ["1963"]
    assert dates(extractor, "حتى تم توقيع المعاهدة في عام (1648).", published) == ["1648"]
    assert dates(extractor, 'تحمل كل منها ما بين "1500" و"2000" حبة', published) == []


def test_god_the_one_is_no_sunday(extractor):
    published = dt.date(2015, 7, 24)
    assert dates(extractor, "وضعوا أمام أعينهم الله الأحد، ثم سلمان والوطن", published) == []
    assert dates(extractor, "تقام المباراة إن شاء الله الخميس", published) == ["2015-07-30"]  # the coming one


def test_a_weekday_that_is_likely_or_hoped_for_is_the_coming_one(extractor):
    published = dt.date(2015, 8, 6)  # a Thursday
    assert dates(extractor, "نأمل بإجرائه يوم الجمعة", published) == ["2015-08-07"]
    text = "وأضافت الوزارة أن من المرجح عقد الاجتماع يوم الثلاثاء"
    assert dates(extractor, text, published) == ["2015-08-11"]


def test_an_event_named_by_its_month_is_no_month_of_the_year(extractor):
    published = dt.date(2015, 7, 23)
    text = "كان صعود الظاهرة الثورية بعد نكسة يونيو (حزيران) في مرحلة ما"
    assert dates(extractor, text, published) == []
    assert dates(extractor, "وقعت الحادثة في يونيو (حزيران) الماضي", published) == ["2015-06"]


def test_a_start_point_after_since_is_in_the_past(extractor):
    published = dt.date(2024, 8, 7)
    assert dates(extractor, "منذ بدء الحرب في 7 أكتوبر", published) == ["2023-10-07"]
    assert dates(extractor, "تراجعت الأسعار منذ مطلع أكتوبر", published) == ["2023-10"]
    assert dates(extractor, "منذ بداية يوليو", published) == ["2024-07"]  # this year's, already past
    assert dates(extractor, "ستعقد القمة في 7 أكتوبر", published) == ["2024-10-07"]


def test_an_unmarked_year_after_am_that_can_only_be_hijri(extractor):
    published = dt.date(2015, 8, 10)
    assert dates(extractor, "وصدر بحقه حكم بالسجن عام 1433", published) == ["2012"]
    assert dates(extractor, "بين عامي 1430 و1435", published) == ["2009", "2014"]
    assert dates(extractor, "فتح القسطنطينية عام 1453", published) == []  # no Hijri year yet
    assert dates(extractor, "عام 1436", published) == ["2015"]  # not the Gregorian 1436
    assert dates(extractor, "عام 1436", None) == []  # with no publication date, no era to tell


def test_a_count_after_a_month_placed_by_its_modifier_is_no_year(extractor):
    published = dt.date(2015, 7, 22)
    text = "بلغ عدد فروع المصارف بنهاية شهر مايو الماضي 1959 فرعا مصرفيا"
    assert dates(extractor, text, published) == ["2015-05"]
    assert dates(extractor, "قتل في شهر يناير الماضي 2014", published) == ["2014-01"]


def test_this_year_with_li_is_the_year_of_the_month_before_it(extractor):
    published = dt.date(2015, 7, 21)
    assert dates(extractor, "في بيان الداخلية في الثاني من شوال لهذا العام، أعلن", published) == ["2015-07-18"]
    assert dates(extractor, "في الثاني من مايو لهذا العام", published) == ["2015-05-02"]
    assert dates(extractor, "موسم الحج لهذا العام", published) == ["2015"]


def test_a_month_a_thing_is_put_off_to(extractor):
    published = dt.date(2021, 1, 21)
    assert dates(extractor, "قبل أن تقترح المفوضية تأجيلها إلى أكتوبر.", published) == ["2021-10"]
    assert dates(extractor, "ارتفع عدد الزوار إلى 2000 زائر", published) == []  # a count, no year


def test_two_weekdays_share_their_dual_modifier(extractor):
    published = dt.date(2024, 3, 16)  # a Saturday
    text = "وتعليق الدراسة يومي الاثنين والثلاثاء المقبلين"
    assert dates(extractor, text, published) == ["2024-03-18", "2024-03-19"]
    published = dt.date(2015, 7, 21)  # a Tuesday
    text = "اختتمت المحادثات يومي الأحد والاثنين الماضيين"
    assert dates(extractor, text, published) == ["2015-07-19", "2015-07-20"]


def test_a_short_vowel_inside_a_word_is_no_word_boundary(extractor):
    published = dt.date(2015, 8, 11)
    assert dates(extractor, "والذي يسبقه سيُلامس منطقة اللا مفكر فيه", published) == []  # لامس, not أمس
    assert dates(extractor, "وصل أمسِ الوفد", published) == ["2015-08-10"]


def test_a_year_before_christ_is_no_date(extractor):
    published = dt.date(2015, 8, 4)
    text = "الملك سنوسرت الثالث الذي حكم مصر بين عامي 1878 و1843 قبل الميلاد"
    assert dates(extractor, text, published) == []
    assert dates(extractor, "رمسيس الثاني (1303 ق. م. - 1213 ق. م.) حكم نحو 67 عاما", published) == []
    assert dates(extractor, "عقد معهم معاهدة سلام نحو عام 1258 قبل الميلاد.", published) == []
    assert dates(extractor, "في عام 2014 قمنا بزيارة", published) == ["2014"]


def test_a_day_of_the_month_named_before(extractor):
    published = dt.date(2024, 1, 4)
    text = "وكان سليماني قد قتل في 3 يناير/كانون الثاني 2020، وردت طهران حينها في الثامن من الشهر ذاته بقصف"
    assert dates(extractor, text, published) == ["2020-01-03", "2020-01-08"]
    published = dt.date(2015, 8, 1)
    text = "في 11 أغسطس القادم قبل أن يخوض مباراتين أمام أتلتيك بيلباو يومي 14 و17 من نفس الشهر"
    assert dates(extractor, text, published) == ["2015-08-11", "2015-08-14", "2015-08-17"]
    # The weekday before it names its day; the weekday's own date does not place the month.
    published = dt.date(2015, 7, 21)
    text = "أمام فيورينتينا يوم الأحد الثاني من آب/أغسطس المقبل وأمام روما يوم الأربعاء الخامس من نفس الشهر"
    assert dates(extractor, text, published) == ["2015-08-02", "2015-08-05"]
    # After a Hijri month its days are that month's, which the Gregorian date does not tell: left
    # undated (the weekday before it keeps its own reading).
    text = "يوم الخميس الخامس من شهر ذي القعدة، ثم في 12 من الشهر ذاته"
    assert dates(extractor, text, published) == ["2015-08-20"]
    # Alone it is mostly a comparison.
    assert dates(extractor, "ارتفعت المبيعات مقارنة بالشهر نفسه من العام الماضي", published) == ["2014"]


def test_a_day_of_this_month_with_the_month_left_out(extractor):
    published = dt.date(2015, 8, 7)
    text = "بملاقاة أتليتك بلباو في كأس السوبر يومي 14 و17 الجاري، ثم في الثالث والعشرين من الشهر ذاته."
    assert dates(extractor, text, published) == ["2015-08-14", "2015-08-17", "2015-08-23"]
    assert dates(extractor, "سيلعب أمام الوصل في تاريخ 27 الحالي", published) == ["2015-08-27"]
    assert dates(extractor, "موجة التطرف قبل ظهور محتكرها الأول الحالي «داعش»", published) == []
    # A weekday before a day of this month names that day.
    assert dates(extractor, "يلتقي الكويت يوم الأحد 9 من الشهر الحالي", published) == ["2015-08-09"]


def test_a_weekday_that_falls_on_the_hijri_day_of_this_month(extractor):
    # A Saudi paper of 1 August 2015 (16 Shawwal 1436): the 26th that is a Tuesday is 26 Shawwal.
    published = dt.date(2015, 8, 1)
    assert dates(extractor, "يقام البرنامج يوم الثلاثاء 26 الشهر الجاري", published) == ["2015-08-11"]
    assert dates(extractor, "يقام البرنامج يوم الأربعاء 26 الشهر الجاري", published) == ["2015-08-26"]
    assert dates(extractor, "يقام البرنامج يوم 26 الشهر الجاري", published) == ["2015-08-26"]


def test_a_few_days_ago_counted(extractor):
    published = dt.date(2015, 8, 11)
    assert dates(extractor, "وقبل أربعة أيام فقط سلمت اللجنة سبعة معتقلين", published) == ["2015-08-07"]
    assert dates(extractor, "فقد ناقته قبل ثلاثة أيام، وبعد بحث عثر عليها", published) == ["2015-08-08"]
    # Counted from another day.
    assert dates(extractor, "صعدت مصر إجراءاتها قبل أربعة أيام من الافتتاح", published) == []
    assert dates(extractor, "وقبل ثلاثة أيام فقط من حلول الذكرى الأولى", published) == []


def test_a_year_a_defeat_or_a_crisis_is_named_by(extractor):
    published = dt.date(2015, 8, 7)
    assert dates(extractor, "أكبر داعم للقاهرة في مؤتمر الخرطوم بعد هزيمة 1967، وأن", published) == ["1967"]
    assert dates(extractor, "عن أزمة 2008 التي هي أشد خطورة", published) == ["2008"]


def test_the_last_or_the_next_season(extractor):
    published = dt.date(2015, 7, 31)
    assert dates(extractor, "زار روما في الربيع الماضي", published) == ["2015"]  # over before July
    assert dates(extractor, "انضم إلى الفريق الصيف الماضي", published) == ["2014"]  # this one is not over
    assert dates(extractor, "يبدأ التصوير في الخريف المقبل", published) == ["2015"]
    assert dates(extractor, "تقام البطولة الصيف المقبل", published) == ["2016"]
    assert dates(extractor, "كان الشتاء الماضي باردا", published) == []  # either year


def test_yesterday_and_today(extractor):
    published = dt.date(2015, 8, 3)
    text = "عقد الوزير اجتماعا ثلاثيا في قطر، أمس واليوم، لبحث السلام"
    assert dates(extractor, text, published) == ["2015-08-02", "2015-08-03"]


def test_the_beginning_of_the_year(extractor):
    published = dt.date(2015, 8, 6)
    assert dates(extractor, "تراجع الجنيه 8 في المائة منذ بداية العام حتى الآن", published) == ["2015"]
    assert dates(extractor, "انضموا إلى التنظيم في مطلع العام الماضي", published) == ["2014"]
    assert dates(extractor, "يبدأ في بداية العام الدراسي", published) == []


def test_timetables_and_now_and_later(extractor):
    published = dt.date(2015, 7, 25)
    text = "تقدم الفرق عروضها أمام لجنة التحكيم في أيام السبت والاثنين والأربعاء من كل أسبوع لمدة أسبوعين"
    assert dates(extractor, text, published) == []
    text = "ستبوء أعمالهم الإرهابية بالفشل الذريع اليوم وغدا وبعد غد بإذن الله"
    assert dates(extractor, text, published) == []
    # Today and tomorrow alone are two days; tomorrow and the day after too.
    assert "2015-07-26" in dates(extractor, "المؤتمر الذي ينطلق اليوم وغدا في برشلونة", published)
    assert dates(extractor, "يصل الوفد غدا وبعد غد", published) == ["2015-07-26", "2015-07-27"]
    # A winter of two years is a season's label.
    assert dates(extractor, "التي أوصت بها المنظمة لموسم شتاء 2014م - 2015م", published) == []


def test_two_months_share_a_dual_modifier(extractor):
    published = dt.date(2022, 11, 23)
    text = "وقعت هجمات مماثلة في آذار/مارس ونيسان/أبريل الماضيين"
    assert dates(extractor, text, published) == ["2022-03", "2022-04"]
    text = "كان مقررا أن تستضيف الكويت البطولة بين ديسمبر ويناير المقبلين"
    assert dates(extractor, text, published) == ["2022-12", "2023-01"]
    # A year after the modifier is the second month's only.
    text = "سجل المركز 87 حالة خلال شهري يونيو ويوليو الماضيين من العام 2021، من قبل السلطات"
    assert dates(extractor, text, published) == ["2021-07"]


def test_a_dateline_stamp_and_a_night_from_one_day_on_another(extractor):
    published = dt.date(2023, 6, 22)
    text = "\nرام الله 22-6-2023 وفا-\nاستشهد الشاب مساء أمس الأربعاء برصاص المستعمرين"
    assert dates(extractor, text, published) == ["2023-06-21"]
    assert dates(extractor, "وقع الهجوم في 22-6-2023 - وفق المصادر", published) == ["2023-06-22"]
    published = dt.date(2021, 12, 6)  # a Monday
    text = "هاجم التنظيم القرية ليلة السبت على الأحد"
    assert dates(extractor, text, published) == ["2021-12-04", "2021-12-05"]


def test_the_maghrebs_month_names(extractor):
    published = dt.date(2020, 9, 1)
    assert dates(extractor, "احتجزت السلطات الناشط في 12 أوت 2020", published) == ["2020-08-12"]
    assert dates(extractor, "المسيرة الخضراء في 6 نونبر 1975", published) == ["1975-11-06"]
    text = "وقع الحادث في 4 يوليوز 2019 وتلاه آخر في 9 شتنبر و3 دجنبر 2019"
    assert dates(extractor, text, published) == ["2019-07-04", "2019-09-09", "2019-12-03"]
    # غشت, needing a day or a year, is no verb "cheated".
    assert dates(extractor, "قال إنه غشت الامتحانات", published) == []


def test_the_same_day_is_the_day_named_before(extractor):
    published = dt.date(2023, 4, 16)  # a Sunday
    text = "وكان الإطلاق مقررا يوم السبت، وتلقت المحطة أولى الإشارات منه مساء اليوم نفسه"
    assert dates(extractor, text, published) == ["2023-04-15", "2023-04-15"]
    text = "في 3 آذار 2020 وقع الهجوم. وفي اليوم ذاته استقال الوزير"
    assert dates(extractor, text, published) == ["2020-03-03", "2020-03-03"]
    # With no day before it, it dates nothing (الطراد الذي يعود مساء اليوم ذاته).
    assert dates(extractor, "يذهب الطراد صباحا ويعود مساء اليوم ذاته", published) == []


def test_since_is_counted_back_from_the_day(extractor):
    published = dt.date(2022, 10, 30)
    text = "الهجوم الأكبر على المدينة منذ بدء العملية العسكرية الخاصة في 24 فبراير/شباط، مؤكدا"
    assert dates(extractor, text, published) == ["2022-02-24"]


def test_a_dateline_stamp_with_the_agency_in_brackets(extractor):
    published = dt.date(2020, 9, 5)
    text = "\nالخرطوم ٥-٩-٢٠٢٠ (سونا) أعلن مجلس الأمن والدفاع حالة الطوارئ أمس"
    assert dates(extractor, text, published) == ["2020-09-04"]


def test_a_dateline_stamp_in_words_after_a_comma_or_after_a_title(extractor):
    published = dt.date(2023, 9, 19)
    text = "\nنيالا 19 سبتمبر 2023 — قُتل تسعة مدنيين مساء الإثنين جراء سقوط قذائف"
    assert dates(extractor, text, published) == ["2023-09-18"]
    # The indexer extracts the title line and the body: the stamp opens the second line.
    text = "موريتانيا تصدر أول شحنة من الغاز\nنواكشوط، 29/04/2025 (وما) - أعلنت الوزارة أمس الاثنين"
    assert dates(extractor, text, dt.date(2025, 4, 29)) == ["2025-04-28"]
    # Further on, a date before a dash is an event's.
    text = "\nقال المتحدث إن الهجوم وقع في 19 سبتمبر 2023 - وهو اليوم الذي"
    assert "2023-09-19" in dates(extractor, text, published)



def test_a_bare_month_is_of_the_publications_year(extractor):
    text = "وفي كانون الثاني/يناير، شنت إيران ضربات بصواريخ ومسيرات"
    assert dates(extractor, text, dt.date(2024, 10, 21)) == ["2024-01"]
    assert dates(extractor, "تعقد اللجنة اجتماعها في ديسمبر", dt.date(2015, 7, 21)) == ["2015-12"]


def test_whole_between_a_month_and_its_year(extractor):
    text = "مقابل 130 حالة وفاة خلال شهر أبريل بأكمله من العام الماضي"
    assert dates(extractor, text, dt.date(2024, 4, 6)) == ["2023-04"]


def test_that_year_is_the_year_named_before(extractor):
    text = "وفي حرب عام 2012 تم التوصل إلى تهدئة برعاية مصرية في 21 نوفمبر (تشرين الثاني) من ذلك العام"
    assert "2012-11-21" in dates(extractor, text, dt.date(2014, 7, 15))


def test_weekdays_that_name_a_range_and_weekdays_that_name_a_market(extractor):
    # Two weekdays before a range of days name those days.
    text = "دخل وقف الأعمال العدائية حيز التنفيذ منتصف ليل الجمعة السبت 26 - 27 فبراير"
    assert dates(extractor, text, dt.date(2016, 3, 10)) == ["2016-02-26", "2016-02-27"]
    # A market named after its day, and the district it named, is no day.
    text = "وشهدت أحياء سوق الجمعة وتاجوراء ليل الأربعاء الخميس اشتباكات متقطعة"
    assert "2016-04-01" not in dates(extractor, text, dt.date(2016, 4, 1))


def test_a_list_of_days_before_their_month(extractor):
    text = "وثقت المنظمة أربع هجمات على بلدة كفرزيتا في ريف حماة الشمالي، أيام 11 و12 و16 و18 نيسان"
    days = ["2014-04-11", "2014-04-12", "2014-04-16", "2014-04-18"]
    assert dates(extractor, text, dt.date(2014, 5, 13)) == days
    text = "حلل صور الأقمار الصناعية التي التقطت في 12 و19 و26 يوليو 2015"
    assert dates(extractor, text) == ["2015-07-12", "2015-07-19", "2015-07-26"]


def test_a_city_named_after_a_day_and_the_years_of_two_sessions(extractor):
    text = "ويُشيع جثمان الراحلة من مسجد الحصري في مدينة السادس من أكتوبر، على أن يقام العزاء في القاهرة"
    assert dates(extractor, text) == []
    text = "وتعد هذه الدورة الثالثة للانتخابات البلدية بعد دورتي 2005 و2011"
    assert dates(extractor, text) == ["2005", "2011"]


def test_a_day_with_no_year_is_of_the_story_told(extractor):
    text = (
        "بدأت القصة باغتيال الرئيس المنتخب بشير الجميل في 14 أيلول (سبتمبر) 1982 بانفجار. وفي صباح 15 "
        "أيلول دخل الجيش الإسرائيلي إلى غرب بيروت. ومساء الخميس 16 أيلول دخلت مجموعات إلى المخيمين"
    )
    assert dates(extractor, text, dt.date(2014, 9, 16)) == ["1982-09-14", "1982-09-15", "1982-09-16"]
    # Not a day its weekday puts in the publication's year, nor after a day commemorated.
    text = "اكتشفها هوارد كارتر في 4 نوفمبر 1922. وستفتح أبواب المتحف يوم الثلاثاء 4 نوفمبر"
    assert dates(extractor, text, dt.date(2025, 11, 2)) == ["1922-11-04", "2025-11-04"]
    text = "إحياءً للذكرى الثانية لانطلاق الحراك في 22 فبراير 2019. وشهدت العاصمة الجمعة 26 فبراير مسيرة"
    assert dates(extractor, text, dt.date(2021, 2, 27)) == ["2019-02-22", "2021-02-26"]
