"""Calendar arithmetic for the date extractor: which year a yearless date means, weekdays, Hijri.

Everything here is pure functions of the article's ``published`` date; the rules follow the
dev-set guidelines (tests/devset/README.md):

- a day or month without a year is the nearest such date to ``published``, leaning to the past
  (news mostly reports what happened); ``الماضي`` forces the past one (strictly before), ``المقبل``
  the next one (from ``published`` on: the crawl date can be a day after the paper's own date, so
  أغسطس المقبل on 1 August is this August);
- a Hijri date converts with the Umm al-Qura calendar of ``hijridate``; a Hijri month or year
  without a day becomes the Gregorian month or year that holds most of its days;
- a weekday is the most recent such day up to ``published``.
"""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from .dates_lexicon import EN_MONTHS

PAST, NEXT, CURRENT, NEAREST = "past", "next", "current", "nearest"
# A future date must be this much nearer than a past one to win (news leans to the past).
FUTURE_WEIGHT = 1.5


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _pick(candidates: list[tuple[date, object]], published: date, when: str):
    """The value whose date best fits ``when`` relative to ``published`` (None if none fits)."""
    if when == PAST:
        past = [c for c in candidates if c[0] < published]
        return max(past, key=lambda c: c[0])[1] if past else None
    if when == NEXT:
        future = [c for c in candidates if c[0] >= published]
        return min(future, key=lambda c: c[0])[1] if future else None

    def cost(c: tuple[date, object]) -> float:
        days = (c[0] - published).days
        return -days if days <= 0 else days * FUTURE_WEIGHT

    return min(candidates, key=cost)[1] if candidates else None


def gregorian_day(month: int, day: int, published: date, when: str) -> date | None:
    """The year of a yearless Gregorian day-month, chosen relative to ``published``."""
    if when == CURRENT:
        return date(published.year, month, day) if valid_day(published.year, month, day) else None
    candidates = [(date(y, month, day), date(y, month, day)) for y in
                  (published.year - 1, published.year, published.year + 1) if valid_day(y, month, day)]
    return _pick(candidates, published, when)


def gregorian_month(month: int, published: date, when: str) -> tuple[int, int] | None:
    """(year, month) of a yearless month name: the last or the next one when a word says so, else
    the publication's year, as the annotation dates it (وفي كانون الثاني، شنت إيران ضربات in an
    October report is the January past, though the next is nearer)."""
    if when == CURRENT:
        return published.year, month
    if when in (PAST, NEXT):
        here = (published.year, published.month)
        years = (published.year - 1, published.year, published.year + 1)
        keyed = [((y, month), (y, month)) for y in years]
        if when == PAST:
            past = [c for c in keyed if c[0] < here]
            return max(past)[1] if past else None
        future = [c for c in keyed if c[0] >= here]
        return min(future)[1] if future else None
    return published.year, month


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura conversion; None outside its range (1343–1500 AH) or for an invalid day."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def hijri_month_days(year: int, month: int) -> list[date] | None:
    """Every Gregorian day of a Hijri month, or None outside the calendar's range."""
    try:
        h = Hijri(year, month, 1)
        g = h.to_gregorian()
        length = h.month_length()
    except (ValueError, OverflowError):
        return None
    first = date(g.year, g.month, g.day)
    return [first + timedelta(days=i) for i in range(length)]


def hijri_of(day: date) -> tuple[int, int] | None:
    """The Hijri (year, month) of a Gregorian day, or None outside the calendar's range."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month


def hijri_month(year: int, month: int) -> tuple[int, int] | None:
    """The Gregorian (year, month) that holds most of a Hijri month (Ramadan 1436 → 2015-07)."""
    days = hijri_month_days(year, month)
    if not days:
        return None
    return Counter((d.year, d.month) for d in days).most_common(1)[0][0]


def hijri_year(year: int) -> int | None:
    """The Gregorian year that holds most of a Hijri year (1383 AH → 1963)."""
    start, end = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    if start is None or end is None:
        return None
    into_next = (end - date(end.year, 1, 1)).days
    in_first = (date(start.year + 1, 1, 1) - start).days
    return start.year if in_first >= into_next else end.year


def published_hijri_year(published: date) -> int | None:
    try:
        return Gregorian(published.year, published.month, published.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def hijri_day(month: int, day: int, published: date, when: str) -> date | None:
    """The Gregorian date of a yearless Hijri day-month, chosen relative to ``published``."""
    hy = published_hijri_year(published)
    if hy is None:
        return None
    years = (hy,) if when == CURRENT else (hy - 1, hy, hy + 1)
    candidates = [(g, g) for y in years if (g := hijri_to_gregorian(y, month, day))]
    if when == CURRENT:
        return candidates[0][1] if candidates else None
    return _pick(candidates, published, when)


def hijri_month_near(month: int, published: date, when: str) -> tuple[int, int] | None:
    """The Gregorian (year, month) of a yearless Hijri month name (رمضان الماضي → 2015-07).

    The past one has ended before publication, the next one starts after it, the current one
    is in the Hijri year of publication; otherwise the one whose middle is nearest.
    """
    hy = published_hijri_year(published)
    if hy is None:
        return None
    spans = {y: days for y in (hy - 1, hy, hy + 1) if (days := hijri_month_days(y, month))}
    if when == CURRENT:
        chosen = hy if hy in spans else None
    elif when == PAST:
        chosen = max((y for y, days in spans.items() if days[-1] < published), default=None)
    elif when == NEXT:
        chosen = min((y for y, days in spans.items() if days[0] > published), default=None)
    else:
        chosen = _pick([(days[len(days) // 2], y) for y, days in spans.items()], published, NEAREST)
    return hijri_month(chosen, month) if chosen is not None else None


def weekday_on_or_before(weekday: int, day: date) -> date:
    """The most recent date with this weekday (0 = Monday) no later than ``day``."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def weekday_after(weekday: int, day: date) -> date:
    """The first date with this weekday strictly after ``day``."""
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def month_shift(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def iso_day(d: date) -> tuple[str, str]:
    return d.isoformat(), f"{d.day} {EN_MONTHS[d.month]} {d.year}"


def iso_month(year: int, month: int) -> tuple[str, str]:
    return f"{year:04d}-{month:02d}", f"{EN_MONTHS[month]} {year}"


def iso_year(year: int) -> tuple[str, str]:
    return f"{year:04d}", str(year)


def yearless_day(month: int, day: int) -> tuple[str, str]:
    """ISO 8601's truncated ``--MM-DD`` for a day whose year is unknown (no publication date)."""
    return f"--{month:02d}-{day:02d}", f"{day} {EN_MONTHS[month]}"


def yearless_month(month: int) -> tuple[str, str]:
    return f"--{month:02d}", EN_MONTHS[month]
