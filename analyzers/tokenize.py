"""Splitting text into word tokens whose offsets point into the original text.

One compiled regular expression, two kinds of token: a run of Arabic letters, or a run of other
letters and digits (Latin, digits of any script). "بـ3" therefore yields "بـ" and "3", and
punctuation, Arabic (، ؛ ؟) or not, never joins a token.

Every character that normalisation deletes (harakat, tatweel, Quranic marks, ZWJ/ZWNJ, bidi
marks, the honorific ligatures) is transparent: it stays inside the token it touches, of either
kind. So a word is one token whether or not it carries marks, and the tokens of a text are the
tokens of its normalised form (مُحَمَّد is one token, and so is "abc" + LRM + "def").
"""

from __future__ import annotations

import re

from .normalize import DEFAULT_TABLE

# Arabic letters, the Arabic presentation forms (folded by normalisation) but not the ornate
# parentheses U+FD3E/U+FD3F, which are punctuation.
ARABIC_LETTERS = (
    "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff"
    "\ufb50-\ufd3d\ufd40-\ufdff\ufe70-\ufefc"
)
# The Arabic blocks, less the Arabic-Indic and Persian digits, which count as digits.
ARABIC_BLOCKS = "\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"


def _char_class(chars: list[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


# Everything the default normalisation removes: marks that may sit inside any word.
TRANSPARENT = _char_class([chr(code) for code, repl in DEFAULT_TABLE.items() if repl is None])
OTHER_WORD_CHAR = rf"[^\W_{ARABIC_BLOCKS}]"  # Latin and other scripts' letters, digits of any script

TOKEN_PATTERN = re.compile(
    rf"[{ARABIC_LETTERS}{TRANSPARENT}]+"  # an Arabic word, marks and all
    rf"|(?:{OTHER_WORD_CHAR}+[{TRANSPARENT}]*)+"  # a Latin word or a number, marks and all
)

find_tokens = TOKEN_PATTERN.findall
iter_tokens = TOKEN_PATTERN.finditer
# Separators and tokens in turn, [separator, token, separator, ..., token, separator]: the
# lengths add up to every offset, which is how the analyzer finds them fast.
split_tokens = re.compile(f"({TOKEN_PATTERN.pattern})").split
