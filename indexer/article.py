"""The article: what every source produces and what the writer indexes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Article:
    """One news article, as read from a file, an archive, stdin or the library API."""

    id: str
    title: str
    body: str
    published: datetime | None = None
    source: str = ""
    url: str = ""
    author: str = ""
    origin: str = ""  # where it was read: "day.zip:day.json[12]", "export.jsonl:40"
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        """Title and body as one text, the form the extractor and the snippets work on."""
        return f"{self.title}\n{self.body}" if self.title else self.body

    def content_hash(self) -> str:
        """A digest of everything indexed, to tell an unchanged article from an updated one."""
        parts = (self.title, self.body, self.source, self.url, self.author, str(self.published or ""))
        return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def stable_id(given: str | None, url: str | None, title: str, body: str) -> str:
    """The given id, else the url, else a hash of the content (the same text always gets the same id)."""
    if given:
        return str(given).strip()
    if url:
        return url.strip()
    return "sha1:" + hashlib.sha1(f"{title}\n{body}".encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Problem:
    """A record that could not be indexed: where it is and what is wrong, in words a user can act on."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
