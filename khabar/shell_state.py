"""What the shell remembers between lines: the query, the filters, the sort, the page, the last
results; and how a filter typed after ``:filter`` is read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from search.results import Results

# Fields a filter may use: the facets, plus title/body to narrow by a word without retyping.
FILTER_FIELDS = ("weapon", "location", "source", "date", "event", "title", "body")
SORTS = {"date": "date", "-date": "-date", "score": None, "relevance": None}
PAGE_SIZE = 10
MAX_PAGE_SIZE = 100

_FILTER = re.compile(r'\s*([A-Za-z_]+):(?:"([^"]*)"|(\S+))')


class FilterSyntaxError(ValueError):
    """A ``:filter`` argument that is not ``field:value``."""


@dataclass(frozen=True)
class Filter:
    """One ``field:value`` clause added to every search until it is removed."""

    field: str
    value: str

    @property
    def text(self) -> str:
        """The clause in the query language (values with spaces are quoted)."""
        value = f'"{self.value}"' if any(c.isspace() for c in self.value) else self.value
        return f"{self.field}:{value}"

    def __str__(self) -> str:
        return self.text


def parse_filters(text: str) -> list[Filter]:
    """``weapon:drone location:"عين الأسد"`` → two filters (FilterSyntaxError when malformed)."""
    if text.count('"') % 2:
        raise FilterSyntaxError('unfinished quote: a " is not closed')
    filters, position = [], 0
    text = text.rstrip()
    while position < len(text):
        match = _FILTER.match(text, position)
        if not match:
            rest = text[position:].strip()
            raise FilterSyntaxError(
                f"{rest!r} is not field:value; e.g. weapon:drone, location:الأنبار, date:2015-07, "
                'location:"عين الأسد"'
            )
        name = match.group(1).lower()
        value = match.group(2) if match.group(2) is not None else match.group(3)
        if name == "sort":
            raise FilterSyntaxError("sorting is not a filter: use :sort date, :sort -date or :sort score")
        if name not in FILTER_FIELDS:
            raise FilterSyntaxError(f"unknown filter field {name!r}; filters are: {', '.join(FILTER_FIELDS)}")
        if not value.strip():
            raise FilterSyntaxError(f"{name}: needs a value")
        filters.append(Filter(name, value.strip()))
        position = match.end()
    if not filters:
        raise FilterSyntaxError("give a filter, e.g. :filter weapon:drone or :filter location:الأنبار")
    return filters


@dataclass
class ShellState:
    """The search the shell is showing. ``sort`` None means relevance (newest first when the
    search has no words); ``syntax`` False reads queries as plain text."""

    query: str = ""
    filters: list[Filter] = field(default_factory=list)
    sort: str | None = None
    page: int = 0
    syntax: bool = True
    page_size: int = PAGE_SIZE
    results: Results | None = None

    @property
    def filter_texts(self) -> list[str]:
        return [f.text for f in self.filters]

    @property
    def searched(self) -> bool:
        """Whether there is a search to page, filter, open or export."""
        return self.results is not None
