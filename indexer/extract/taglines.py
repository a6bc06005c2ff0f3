"""The tag line some news sites end an article with ("سمات تبوك جامعة …"): keywords chosen by the
site, not words of the report, so the extractors leave it out. The words stay indexed and
searchable; only the facets ignore them."""

from __future__ import annotations

import re

# The labels of a trailing keyword line, after a sentence end or a line break, followed by a few
# words with no sentence punctuation up to the end of the text.
TAG_LINE = re.compile(
    r"(?:(?<=[.!؟?\n»\"])|^)\s*(?:سمات|وسوم|الوسوم|كلمات دالة|الكلمات الدالة|الكلمات المفتاحية)"
    r"(?:\s*:)?\s+[^.!؟?،,؛;\n]{1,200}\s*$"
)


def report_end(text: str) -> int:
    """Where the article's own text ends: the start of its trailing tag line, or its length."""
    tail = max(0, len(text) - 240)
    found = TAG_LINE.search(text, tail)
    return found.start() if found else len(text)
