"""Mapping the field names of a user's records onto the article's fields.

Exports name things differently (content, text, body, نص; date_extracted, pubDate …). Each article
field has a list of accepted names, tried in order; ``--field body=story`` puts a user's name first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "doc_id", "article_id", "guid"),
    "url": ("url", "link", "permalink", "href"),
    "title": ("title", "headline", "heading", "عنوان", "العنوان"),
    "body": ("body", "content", "text", "article", "story", "نص", "المحتوى"),
    "published": ("published", "date", "date_extracted", "pubdate", "pubDate", "published_at", "datetime", "time", "التاريخ"),
    "source": ("source", "outlet", "site", "publisher", "newspaper", "المصدر"),
    "author": ("author", "byline", "writer", "الكاتب"),
}
ARTICLE_FIELDS = tuple(DEFAULT_ALIASES)

DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y", "%Y%m%d")


@dataclass
class FieldMap:
    """Which record keys feed which article field; user mappings win over the defaults."""

    overrides: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, specs: list[str] | None) -> FieldMap:
        """Build from ``["body=story", "published=day"]``; raises ValueError naming a bad spec."""
        overrides: dict[str, str] = {}
        for spec in specs or []:
            name, sep, key = spec.partition("=")
            name, key = name.strip(), key.strip()
            if not sep or not key:
                raise ValueError(f"field mapping {spec!r} is not ARTICLE_FIELD=RECORD_KEY (e.g. body=story)")
            if name not in ARTICLE_FIELDS:
                raise ValueError(f"unknown article field {name!r} in {spec!r}; fields are: {', '.join(ARTICLE_FIELDS)}")
            overrides[name] = key
        return cls(overrides)

    def keys(self, name: str) -> tuple[str, ...]:
        return (self.overrides[name],) if name in self.overrides else DEFAULT_ALIASES[name]

    def has(self, record: dict, name: str) -> bool:
        return any(key in record for key in self.keys(name))

    def get(self, record: dict, name: str) -> str:
        for key in self.keys(name):
            value = record.get(key)
            if value not in (None, ""):
                return value if isinstance(value, str) else str(value)
        return ""


def parse_published(value: str) -> datetime | None:
    """A publication date from the forms exports use (ISO 8601, SaudiNewsNet's, d/m/Y, epoch seconds)."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.replace(tzinfo=None)
    except ValueError:
        pass
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    if value.isdigit() and len(value) in (10, 13):
        return datetime.utcfromtimestamp(int(value[:10]))
    raise ValueError(f"unrecognised date {value!r} (use ISO 8601, e.g. 2015-07-21 or 2015-07-21T10:30:00)")
