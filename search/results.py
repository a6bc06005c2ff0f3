"""The result types of a search: hits with snippets, facet counts, and the whole result set."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime


@dataclass
class Snippet:
    """A fragment of the original text with the matched words marked as character spans."""

    text: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # [start, end) in ``text``
    field: str = "body"  # "title" or "body"

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The fragment with each span wrapped in ``before``/``after`` (for plain output)."""
        out, last = [], 0
        for start, end in self.spans:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass
class Hit:
    """One article in the results."""

    id: str
    title: str
    published: datetime | None
    source: str
    url: str
    score: float
    snippets: list[Snippet] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)  # canonical names

    def __repr__(self) -> str:
        day = self.published.date().isoformat() if self.published else "????-??-??"
        return f"<Hit {day} {self.source or '-'} {self.title[:40]!r} score={self.score:.2f}>"


@dataclass
class FacetValue:
    """One bucket of a facet: the indexed value, a label for people, and how many articles."""

    value: str
    label: str
    count: int
    label_en: str = ""


@dataclass
class FacetCounts:
    """Counts of the matching articles per weapon, place (at one level), source and date."""

    weapons: list[FacetValue] = field(default_factory=list)
    locations: list[FacetValue] = field(default_factory=list)  # value: the place path joined by "/"
    location_level: tuple[str, ...] = ()  # () = countries; ("العراق",) = regions of Iraq; …
    sources: list[FacetValue] = field(default_factory=list)
    dates: list[FacetValue] = field(default_factory=list)  # value: YYYY-MM-DD or YYYY-MM
    date_interval: str = "day"  # "day" or "month"


@dataclass
class Results:
    """What ``Index.search`` returns."""

    query: str
    total: int
    hits: list[Hit]
    facets: FacetCounts | None
    elapsed_ms: float
    offset: int = 0
    limit: int = 10
    sort: str | None = None

    def __repr__(self) -> str:
        return f"<Results {self.query!r}: {self.total} articles, {len(self.hits)} shown, {self.elapsed_ms:.1f} ms>"

    def to_json(self) -> dict:
        """The documented, stable JSON form (see docs/json-output.md)."""
        data = asdict(self)
        for hit in data["hits"]:
            hit["published"] = hit["published"].isoformat() if hit["published"] else None
            for snippet in hit["snippets"]:
                snippet["spans"] = [list(span) for span in snippet["spans"]]
        if data["facets"] is not None:
            data["facets"]["location_level"] = list(data["facets"]["location_level"])
        data["elapsed_ms"] = round(self.elapsed_ms, 3)
        return data
