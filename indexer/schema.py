"""The Tantivy schema of a khabar index, and how an analysed article becomes a Tantivy document.

Text is analysed in Python (analyzers/) and reaches Tantivy as one space-joined string of terms
per view, indexed with Tantivy's ``whitespace`` tokenizer: measured fastest (DESIGN.md, decision 3).
The original article is stored once, as a JSON record in a bytes field, for display and snippets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import orjson
import tantivy

SCHEMA_VERSION = 1
TEXT_VIEWS = ("title_exact", "title_stem", "body_exact", "body_stem")
# One raw fast field per depth of the place hierarchy, holding the path down to that depth
# ("العراق", "العراق/الأنبار", …): counting a level is one terms aggregation.
LOCATION_LEVELS = ("loc_1", "loc_2", "loc_3", "loc_4")
PATH_SEPARATOR = "/"


def build_schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    b.add_text_field("hash", stored=True, tokenizer_name="raw", index_option="basic")
    for view in TEXT_VIEWS:
        b.add_text_field(view, stored=False, tokenizer_name="whitespace", index_option="position")
    b.add_text_field("source", stored=True, fast=True, tokenizer_name="raw", index_option="basic")
    b.add_text_field("weapon", stored=True, fast=True, tokenizer_name="raw", index_option="basic")
    b.add_facet_field("location")
    for level in LOCATION_LEVELS:
        b.add_text_field(level, stored=False, fast=True, tokenizer_name="raw", index_option="basic")
    b.add_date_field("published", stored=True, indexed=True, fast=True)
    b.add_date_field("event_date", stored=False, indexed=True, fast=True)
    b.add_bytes_field("record", stored=True)
    return b.build()


@dataclass
class AnalysedArticle:
    """An article after analysis and extraction: plain data, cheap to send between processes."""

    id: str
    hash: str
    title_exact: str
    title_stem: str
    body_exact: str
    body_stem: str
    source: str
    published: datetime | None
    weapons: list[str]
    location_paths: list[list[str]]
    event_dates: list[str]
    record: bytes  # JSON: the article as given, plus its extracted facets


def iso_to_datetime(value: str) -> datetime:
    """The first instant of an ISO date of any precision (2014, 2015-07, 2015-07-21)."""
    parts = [int(p) for p in value.split("-")]
    return datetime(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def to_document(a: AnalysedArticle) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("id", a.id)
    doc.add_text("hash", a.hash)
    doc.add_text("title_exact", a.title_exact)
    doc.add_text("title_stem", a.title_stem)
    doc.add_text("body_exact", a.body_exact)
    doc.add_text("body_stem", a.body_stem)
    if a.source:
        doc.add_text("source", a.source)
    for key in a.weapons:
        doc.add_text("weapon", key)
    seen_levels: set[tuple[str, str]] = set()
    for path in a.location_paths:
        doc.add_facet("location", tantivy.Facet.from_encoded(facet_path(path).encode()))
        for level, depth in zip(LOCATION_LEVELS, range(1, len(path) + 1)):
            value = PATH_SEPARATOR.join(path[:depth])
            if (level, value) not in seen_levels:
                seen_levels.add((level, value))
                doc.add_text(level, value)
    if a.published:
        doc.add_date("published", a.published)
    for value in a.event_dates:
        try:
            doc.add_date("event_date", iso_to_datetime(value))
        except ValueError:
            continue
    doc.add_bytes("record", a.record)
    return doc


def facet_path(path: list[str] | tuple[str, ...]) -> str:
    """Tantivy's encoded facet form of a place path (segments joined by NUL)."""
    return "\x00".join(path)


def encode_record(record: dict) -> bytes:
    """The stored record: UTF-8 JSON, Arabic unescaped (orjson: a hit is decoded per result shown)."""
    return orjson.dumps(record)


def decode_record(raw: bytes) -> dict:
    return orjson.loads(raw)
