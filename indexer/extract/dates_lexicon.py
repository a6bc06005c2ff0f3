"""The words the date extractor reads, and the helpers that turn them into fast regexes.

Month names come from Babel's CLDR tables (the Egyptian/Gulf names of ``ar`` and the Levantine
names of ``ar_IQ``) plus the spellings and Hijri months of ``indexer/data/dates_names.tsv``;
weekdays from Babel's ``ar`` table plus that file. Everything is matched on the text as printed:
the patterns fold alef/hamza, final ي/ى and final ة/ه with character classes instead of
normalising the text, so every match is a span of the original.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale

DATA = Path(__file__).resolve().parent.parent / "data" / "dates_names.tsv"

D = "0-9٠-٩۰-۹"  # Western, Arabic-Indic and Persian digits, inside a character class
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None}
                      | {chr(c): None for c in range(0x064B, 0x0653)})
_ALEFS = "[اأإآ]"

EN_MONTHS = dict(Locale("en").months["format"]["wide"])


def to_int(digits: str) -> int:
    """The value of a run of Western, Arabic-Indic or Persian digits."""
    return int(digits.translate(_DIGITS))


def fold(text: str) -> str:
    """Spelling-folded form used to look names up: alefs → ا, ى → ي, ة → ه, no tatweel or harakat."""
    return " ".join(text.translate(_FOLD).split())


def spellings(word: str) -> set[str]:
    """Every spelling of ``word`` that :func:`fold` merges: each alef as ا أ إ آ, a final ي as ى, a
    final ة as ه. Lets hot paths look raw words up in a set instead of folding each one."""
    out = {""}
    for i, ch in enumerate(word):
        last = i + 1 == len(word) or word[i + 1] == " "
        options = ("اأإآ" if ch in "اأإآ" else "يى" if last and ch in "يى" else "ةه" if last and ch in "ةه"
                   else ch)
        out = {prefix + o for prefix in out for o in options}
    return out


def spelling_index(pairs) -> dict[str, object]:
    """{spelling: value} for (word, value) pairs, every spelling of each word."""
    return {spelling: value for word, value in pairs for spelling in spellings(word)}


def letters(form: str, start: int = 0, end: int | None = None, space: str = r"\s+") -> str:
    """A regex for ``form[start:end]`` as printed, tolerant of the variants :func:`fold` merges.

    Word ends are judged in the whole form, so a slice ending inside a word keeps its last
    letter literal.
    """
    out = []
    for i in range(start, len(form) if end is None else end):
        ch = form[i]
        last = i + 1 == len(form) or form[i + 1] == " "
        if ch == " ":
            out.append(space)
        elif ch in "اأإآ":
            out.append(_ALEFS)
        elif last and ch in "يى":
            out.append("[يى]")
        elif last and ch in "ةه":
            out.append("[ةه]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(forms) -> str:
    """One non-capturing group of the forms, longest first so that a longer name wins."""
    return "(?:" + "|".join(letters(f) for f in sorted(set(forms), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Name:
    """A month or weekday name: its calendar, its number and whether it stands alone as a date."""

    kind: str  # gregorian, hijri or weekday
    number: int  # month 1-12; weekday 0 = Monday as in datetime.weekday()
    form: str
    alone: bool


@cache
def names() -> tuple[Name, ...]:
    """Every spelling of every month and weekday, Babel's standard names first."""
    out: list[Name] = []
    for locale in ("ar", "ar_IQ"):
        for number, form in Locale.parse(locale).months["format"]["wide"].items():
            out.append(Name("gregorian", number, form, True))
    for number, form in Locale("ar").days["format"]["wide"].items():
        out.append(Name("weekday", number, form, True))
    with DATA.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for row in rows:
            out.append(Name(row["kind"], int(row["number"]), row["form"], row["alone"] == "yes"))
    # A row of the data file overrides Babel's entry for the same spelling.
    best: dict[tuple[str, str], Name] = {}
    for name in out:
        best[(name.kind, fold(name.form))] = name
    return tuple(best.values())


@cache
def name_index() -> dict[str, Name]:
    """Every spelling of every name (one space between words) → the name."""
    return spelling_index((n.form, n) for n in names())


def _ordinals() -> dict[str, int]:
    """Written day numbers, الأول to الحادي والثلاثين (and أول, as in أول يوليو, and غرة)."""
    units = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
    out = {u: i + 1 for i, u in enumerate(units)}
    out["العاشر"] = 10
    out["الحادي عشر"] = 11
    for i, u in enumerate(units[1:], start=12):
        out[f"{u} عشر"] = i
    for tens, word in ((20, "العشرين"), (30, "الثلاثين")):
        out[word] = tens
        out[f"الحادي و{word}"] = tens + 1
        for i, u in enumerate(units[1:], start=2):
            if tens + i <= 31:
                out[f"{u} و{word}"] = tens + i
    out["أول"] = 1
    out["غرة"] = 1  # the month's first day (غرة المحرم، غرة رمضان)
    return out


ORDINALS = _ordinals()  # written day numbers: الرابع (من أغسطس) → 4
ORDINAL_INDEX = spelling_index(ORDINALS.items())
