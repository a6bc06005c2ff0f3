"""Date filter values of the query language: ``2015-07-21``, ``2015-07``, ``2015``, ranges
``2015-07-01..2015-07-31`` (either end may be open) and comparisons ``>=2015-08-01``, ``<2015``.

Every value becomes a half-open interval of instants [start, end): a day, a month or a year
covers all of it, so ``date:2015-07`` is the whole of July.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
COMPARISON = re.compile(r"^(>=|<=|>|<)(.+)$")


class DateValueError(ValueError):
    pass


@dataclass(frozen=True)
class Interval:
    start: datetime | None  # inclusive
    end: datetime | None  # exclusive


def _period(text: str) -> tuple[datetime, datetime]:
    """The first instant of the period ``text`` names, and the first instant after it."""
    match = ISO.match(text.strip())
    if not match:
        raise DateValueError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2015-07-21)")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            start = datetime(year, month, day)
            return start, start + timedelta(days=1)
        if month is not None:
            start = datetime(year, month, 1)
            return start, datetime(year + (month == 12), month % 12 + 1, 1)
        return datetime(year, 1, 1), datetime(year + 1, 1, 1)
    except ValueError as error:
        raise DateValueError(f"{text!r} is not a valid date ({error})") from None


def parse_interval(value: str) -> Interval:
    """The interval of instants a date filter value covers."""
    value = value.strip()
    comparison = COMPARISON.match(value)
    if comparison:
        op, operand = comparison.groups()
        start, end = _period(operand)
        return {
            ">=": Interval(start, None),
            ">": Interval(end, None),
            "<=": Interval(None, end),
            "<": Interval(None, start),
        }[op]
    if ".." in value:
        low, _, high = value.partition("..")
        start = _period(low)[0] if low.strip() else None
        end = _period(high)[1] if high.strip() else None
        if start and end and start >= end:
            raise DateValueError(f"the range {value!r} ends before it starts")
        return Interval(start, end)
    start, end = _period(value)
    return Interval(start, end)
