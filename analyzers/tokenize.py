"""Splitting text into word tokens whose offsets point into the original text.

One compiled regular expression, two kinds of token: a run of Arabic letters (with the harakat,
tatweel and invisible marks that may sit inside a word), or a run of other letters and digits
(Latin, digits of any script). "بـ3" therefore yields "بـ" and "3", and Arabic punctuation
(، ؛ ؟) never joins a token.
"""

from __future__ import annotations

import re

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\ufb50-\ufdff\ufe70-\ufefc"
WORD_INTERNAL_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c"
ARABIC_BLOCKS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_DIGITS = "\u0660-\u0669\u06f0-\u06f9"

TOKEN_PATTERN = re.compile(
    rf"[{ARABIC_LETTERS}{WORD_INTERNAL_MARKS}]+"  # an Arabic word, marks and all
    rf"|(?:[^\W_{ARABIC_BLOCKS}]|[{ARABIC_DIGITS}])+"  # Latin, other scripts, digits
)

find_tokens = TOKEN_PATTERN.findall
iter_tokens = TOKEN_PATTERN.finditer
