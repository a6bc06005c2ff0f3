"""Orthographic normalisation of Arabic text: one translation table, built from named rules.

Every rule can be switched off through :class:`NormalizationRules`; the defaults are what khabar
indexes with. The table maps each code point to its replacement (or removes it), so normalising a
string is a single ``str.translate`` call. Folding alef maqsura (ى → ي) is kept apart from the rest
because the clitic stripper must still see it: ``وإلى`` (and to) and ``والي`` (governor) differ
only there.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache

TASHKEEL = range(0x064B, 0x0653)  # fathatan .. sukun
DAGGER_ALEF = 0x0670
COMBINING_MADDA_HAMZA = range(0x0653, 0x0656)
OTHER_ARABIC_MARKS = range(0x0656, 0x0660)  # subscript alef, inverted damma, ...
QURANIC_MARKS = (*range(0x0610, 0x061B), *range(0x06D6, 0x06EE))
TATWEEL = 0x0640
INVISIBLE_MARKS = (
    0x200B, 0x200C, 0x200D, 0x200E, 0x200F,  # zero width space, ZWNJ, ZWJ, LRM, RLM
    *range(0x202A, 0x202F),  # bidi embeddings and overrides
    *range(0x2066, 0x206A),  # bidi isolates
    0x061C,  # Arabic letter mark
    0xFEFF,  # byte order mark / zero width no-break space
)
ALEF_VARIANTS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا"}
# The hamza on a seat becomes the bare hamza: writers vary the seat (مسؤول / مسئول, and before a
# suffix أداؤه / أدائه / أداءه) but not the hamza, and the corpus never writes the seat alone
# (no طايرة, رييس). Folding ئ to ي made فئة (category) the word فيه (in it).
HAMZA_CARRIERS = {"ؤ": "ء", "ئ": "ء"}
TEH_MARBUTA = {"ة": "ه"}
# Letters of Persian, Kurdish and the Maghreb that Arabic writers borrow for sounds Arabic lacks, each
# folded to the letter the same writers use without it: البيشمركة for الپيشمرگة, الكرمة for the
# Iraqi الگرمة, فينغر for ڤينغر, قالمة for the Algerian ڨالمة, جنكيز for چنكيز.
PERSIAN_LETTERS = {
    "ک": "ك", "ی": "ي",  # Persian kaf and yeh, printed for the Arabic ones by Persian keyboards
    "گ": "ك", "ڭ": "ك",  # g: Persian and Iraqi gaf, Moroccan ng
    "ڨ": "ق",  # g: Algerian and Tunisian qaf with three dots
    "ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز",  # v, p, ch, zh
    "ە": "ه", "ہ": "ه", "ے": "ي",  # Kurdish ae, Urdu heh goal and yeh barree
}
ALEF_MAQSURA = {"ى": "ي"}
DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
PRESENTATION_FORMS = (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF))


@dataclass(frozen=True)
class NormalizationRules:
    """Which normalisation rules apply; each field is one rule, all on by default."""

    tashkeel: bool = True  # harakat, tanween, shadda, sukun (U+064B-U+0652)
    dagger_alef: bool = True  # superscript alef (U+0670), which pyarabic's strip_tashkeel leaves
    combining_hamza: bool = True  # combining madda and hamza above/below (U+0653-U+0655)
    quranic_marks: bool = True  # U+0610-U+061A, U+06D6-U+06ED and the other Arabic marks
    tatweel: bool = True  # kashida (U+0640)
    invisible: bool = True  # ZWJ, ZWNJ, LRM, RLM, bidi embeddings and isolates, U+200B, BOM
    alef: bool = True  # أ إ آ ٱ → ا
    hamza_carriers: bool = True  # ؤ ئ → ء: the seat varies (مسؤول، مسئول), the hamza does not
    teh_marbuta: bool = True  # ة → ه
    alef_maqsura: bool = True  # ى → ي (applied last; see module docstring)
    persian_letters: bool = True  # ک → ك, ی → ي, گ → ك, ڤ → ف, پ → ب, چ → ج …
    digits: bool = True  # Arabic-Indic and Persian digits → 0-9
    presentation_forms: bool = True  # U+FB50-U+FDFF and U+FE70-U+FEFF folded to base letters
    latin_lowercase: bool = True  # A-Z and Latin-1/Extended-A capitals lowercased

    def names(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]


def _removals(rules: NormalizationRules) -> list[int]:
    removed: list[int] = []
    if rules.tashkeel:
        removed += TASHKEEL
    if rules.dagger_alef:
        removed.append(DAGGER_ALEF)
    if rules.combining_hamza:
        removed += COMBINING_MADDA_HAMZA
    if rules.quranic_marks:
        removed += [*QURANIC_MARKS, *OTHER_ARABIC_MARKS]
    if rules.tatweel:
        removed.append(TATWEEL)
    if rules.invisible:
        removed += INVISIBLE_MARKS
    return removed


def _letter_map(rules: NormalizationRules, *, with_maqsura: bool) -> dict[str, str]:
    mapping: dict[str, str] = {}
    if rules.alef:
        mapping |= ALEF_VARIANTS
    if rules.hamza_carriers:
        mapping |= HAMZA_CARRIERS
    if rules.teh_marbuta:
        mapping |= TEH_MARBUTA
    if rules.persian_letters:
        mapping |= PERSIAN_LETTERS
    if rules.digits:
        mapping |= DIGITS
    if rules.alef_maqsura and with_maqsura:
        mapping |= ALEF_MAQSURA
    if rules.latin_lowercase:
        for code in range(0x41, 0x250):
            char = chr(code)
            lower = char.lower()
            if lower != char and len(lower) == 1:
                mapping[char] = lower
    return mapping


@lru_cache(maxsize=32)  # one table per set of rules; callers must not modify it
def build_table(rules: NormalizationRules = NormalizationRules(), *, with_maqsura: bool = True) -> dict[int, str | None]:
    """The ``str.translate`` table for ``rules``.

    Presentation forms are folded through NFKC and then through the other rules, so a ligature such
    as ﻷ becomes لا. Ligatures that expand to whole phrases (the honorifics ﷺ, ﷻ, ﷽ …) are removed
    rather than expanded: they would put several words into one token.
    """
    table: dict[int, str | None] = {code: None for code in _removals(rules)}
    letters = _letter_map(rules, with_maqsura=with_maqsura)
    table.update({ord(k): v for k, v in letters.items()})
    if rules.presentation_forms:
        for code in PRESENTATION_FORMS:
            folded = unicodedata.normalize("NFKC", chr(code))
            if folded == chr(code):
                continue
            if " " in folded:
                table[code] = None
                continue
            table[code] = folded.translate(table) or None
    return table


DEFAULT_TABLE = build_table()
# The same folding without ى → ي, for the clitic stripper (see module docstring).
CLITIC_TABLE = build_table(with_maqsura=False)


def normalize(text: str, rules: NormalizationRules | None = None) -> str:
    """Apply the orthographic normalisation to ``text`` (any length, offsets are not kept)."""
    return text.translate(DEFAULT_TABLE if rules is None else build_table(rules))
