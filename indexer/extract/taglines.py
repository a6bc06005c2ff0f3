"""What some news sites end an article with that is no part of the report: a tag line ("سمات تبوك
جامعة …"), keywords the site chose, which the extractors leave out; and a columnist's list of his
other columns ("مقالات أخرى للكاتب"), whose titles report no event of this one (طموحهم حزام ناسف!),
which the weapon extractor leaves out. The words stay indexed and searchable; only the facets
ignore them."""

from __future__ import annotations

import re

# The labels of a trailing keyword line, after a sentence end or a line break, followed by a few
# words with no sentence punctuation up to the end of the text.
TAG_LINE = re.compile(
    r"(?:(?<=[.!؟?\n»\"])|^)\s*(?:سمات|وسوم|الوسوم|كلمات دالة|الكلمات الدالة|الكلمات المفتاحية)"
    r"(?:\s*:)?\s+[^.!؟?،,؛;\n]{1,200}\s*$"
)


TAG_LINE_TAIL = 240

# A columnist's other columns, listed by title at the end of the page.
OTHER_COLUMNS = re.compile(r"مقالات أخرى لل?كاتب")
OTHER_COLUMNS_TAIL = 600  # the list stands within the last few hundred characters


def _start_in_tail(pattern: re.Pattern, text: str, tail: int) -> int:
    """Where ``pattern`` first matches in the last ``tail`` characters of ``text``, or its length."""
    found = pattern.search(text, max(0, len(text) - tail))
    return found.start() if found else len(text)


def report_end(text: str) -> int:
    """Where the article's own text ends: the start of its trailing tag line, or its length."""
    return _start_in_tail(TAG_LINE, text, TAG_LINE_TAIL)


def columns_list_start(text: str) -> int:
    """Where a trailing list of the columnist's other columns starts, or the text's length."""
    return _start_in_tail(OTHER_COLUMNS, text, OTHER_COLUMNS_TAIL)
