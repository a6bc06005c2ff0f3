"""The library API: ``from search import Index``.

    >>> from search import Index
    >>> index = Index.create("news-index")           # or Index.open(...)
    >>> index.add([{"id": "1", "title": "…", "body": "…", "published": "2015-07-21"}])
    >>> results = index.search("صواريخ weapon:drone location:العراق")
    >>> results.total, results.hits[0].snippets[0].marked(), results.facets.weapons

The command line and the shell are thin layers over this class.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime
from pathlib import Path

import tantivy

from analyzers import Analyzer, default_analyzer
from indexer.article import Article, Problem, stable_id
from indexer.extract import Extraction, default_extractor
from indexer.fields import parse_published
from indexer.schema import PATH_SEPARATOR, decode_record
from indexer.store import create_or_open, open_index
from indexer.writer import IndexSummary, Progress, Writer

from .facets import count_facets, location_level
from .query import FacetResolvers, ParsedQuery, QueryError, QueryTranslator
from .results import Hit, Results
from .highlight import Highlighter
from .snippets import make_snippets

__all__ = ["Index", "IndexStats", "QueryError"]

SORTS = (None, "date", "-date")


@dataclass
class IndexStats:
    """What is in an index."""

    path: str
    articles: int
    segments: int
    size_bytes: int
    first_published: str | None
    last_published: str | None
    weapons: dict[str, int] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    sources: dict[str, int] = field(default_factory=dict)
    # Articles analysed by another version of khabar's analysis: indexing the same files again
    # re-analyses them.
    stale: int = 0


def _as_article(item: Article | Mapping, position: int) -> Article | Problem:
    if isinstance(item, Article):
        return item
    origin = f"item {position}"
    if not isinstance(item, Mapping):
        return Problem(origin, f"expected a dict or Article, got {type(item).__name__}")
    title = str(item.get("title") or "").strip()
    body = str(item.get("body") or "").strip()
    if not title and not body:
        return Problem(origin, "empty article (title and body are empty)")
    published = item.get("published")
    if isinstance(published, str):
        try:
            published = parse_published(published)
        except ValueError as error:
            return Problem(origin, f"field published: {error}")
    elif isinstance(published, date) and not isinstance(published, datetime):
        published = datetime(published.year, published.month, published.day)
    url = str(item.get("url") or "")
    return Article(
        id=stable_id(item.get("id"), url, title, body),
        title=title,
        body=body or title,
        published=published,
        source=str(item.get("source") or "").lower(),
        url=url,
        author=str(item.get("author") or ""),
        origin=origin,
    )


class Index:
    """A khabar index on disk: add, delete, get and search Arabic articles."""

    def __init__(self, path: str | Path, index: tantivy.Index, analyzer: Analyzer | None = None) -> None:
        self.path = Path(path)
        self._index = index
        self._version: tuple[int, int, int] | None = None  # of meta.json when last reloaded
        self._place_labels: dict[str, str] = {}
        self.analyzer = analyzer or default_analyzer()
        self.extractor = default_extractor()
        self._translator = QueryTranslator(
            index.schema,
            self.analyzer,
            FacetResolvers(
                weapon=self.extractor.weapons.resolve,
                weapon_names=lambda: [k.key for k in self.extractor.weapons.kinds()],
                location=self._resolve_place,
                sources=self.sources,
            ),
        )

    def __repr__(self) -> str:
        return f"<Index {str(self.path)!r}: {self._searcher().num_docs} articles>"

    # -- opening ---------------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path) -> Index:
        """Open the index at ``path``, creating an empty one if there is none."""
        return cls(path, create_or_open(path))

    @classmethod
    def open(cls, path: str | Path) -> Index:
        """Open an existing index (``IndexMissingError`` when there is none)."""
        return cls(path, open_index(path))

    def _searcher(self) -> tantivy.Searcher:
        """A searcher over the latest commit: the index reloads only when a writer has committed
        since the last call (every commit rewrites meta.json), which saves a reload per query."""
        try:
            stamp = (self.path / "meta.json").stat()
            version = (stamp.st_mtime_ns, stamp.st_size, stamp.st_ino)
        except OSError:
            version = None
        if version is None or version != self._version:
            self._index.reload()
            self._version = version
        return self._index.searcher()

    # -- writing ---------------------------------------------------------------------------------

    def add(
        self,
        articles: Iterable[Article | Mapping | Problem],
        *,
        strict: bool = False,
        workers: int | None = 1,
        progress: Progress | None = None,
    ) -> IndexSummary:
        """Add or update articles (dicts with id, title, body, published, source, url, author)."""
        items = (
            item if isinstance(item, Problem) else _as_article(item, i) for i, item in enumerate(articles)
        )
        with Writer(self.path, workers=workers) as writer:
            return writer.add(items, strict=strict, progress=progress)

    def delete(self, ids: Iterable[str]) -> int:
        """Delete articles by id; returns how many were in the index."""
        with Writer(self.path, workers=1) as writer:
            return writer.delete(ids)

    # -- reading ---------------------------------------------------------------------------------

    def get(self, article_id: str) -> dict | None:
        """The stored article (title, body, …) with its extracted facets, or None."""
        searcher = self._searcher()
        hits = searcher.search(tantivy.Query.term_query(self._index.schema, "id", article_id), limit=1).hits
        if not hits:
            return None
        return decode_record(searcher.doc(hits[0][1]).get_first("record"))

    def extract(self, text: str, published: date | datetime | None = None) -> Extraction:
        """Weapons, places and event dates of ``text``, as the indexer extracts them."""
        return self.extractor(text, published)

    def parse(self, query: str, *, filters: Iterable[str] | Mapping[str, str] | None = None, syntax: bool = True) -> ParsedQuery:
        """The parsed form of ``query`` and ``filters`` (raises QueryError)."""
        parsed = self._translator.parse(query, syntax=syntax)
        extra = [f"{k}:{_quote(v)}" for k, v in filters.items()] if isinstance(filters, Mapping) else list(filters or [])
        if not extra:
            return parsed
        clauses = [(tantivy.Occur.Must, parsed.query)]
        for text in extra:
            sub = self._translator.parse(text)
            clauses.append((tantivy.Occur.Must, sub.query))
            parsed.location_paths += sub.location_paths
            parsed.sort = parsed.sort or sub.sort
        parsed.query = tantivy.Query.boolean_query(clauses)
        return parsed

    def search(
        self,
        query: str,
        *,
        filters: Iterable[str] | Mapping[str, str] | None = None,
        facets: bool = True,
        sort: str | None = None,
        limit: int = 10,
        offset: int = 0,
        syntax: bool = True,
    ) -> Results:
        """Search; ``filters`` are extra clauses (``["weapon:drone"]`` or ``{"weapon": "drone"}``),
        ``sort`` is None (relevance), "date" or "-date"; ``syntax=False`` treats ``query`` as plain text."""
        started = time.perf_counter()
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; use None, 'date' or '-date'")
        parsed = self.parse(query, filters=filters, syntax=syntax)
        sort = sort or parsed.sort or (None if parsed.has_text else "-date")
        searcher = self._searcher()
        if sort:
            order = tantivy.Order.Asc if sort == "date" else tantivy.Order.Desc
            found = searcher.search(parsed.query, limit=limit, offset=offset, order_by_field="published", order=order)
        else:
            found = searcher.search(parsed.query, limit=limit, offset=offset)
        highlighter = Highlighter(self.analyzer, parsed.highlight)
        hits = [self._hit(searcher, score, address, highlighter) for score, address in found.hits]
        counts = None
        if facets:
            counts = count_facets(
                searcher, parsed.query, location_level(parsed.location_paths), self._weapon_label, self._place_label
            )
        elapsed = (time.perf_counter() - started) * 1000
        return Results(query, found.count, hits, counts, elapsed, offset, limit, sort)

    def _hit(self, searcher: tantivy.Searcher, score, address, highlighter: Highlighter) -> Hit:
        record = decode_record(searcher.doc(address).get_first("record"))
        published = datetime.fromisoformat(record["published"]) if record.get("published") else None
        return Hit(
            id=record["id"],
            title=record["title"],
            published=published,
            source=record.get("source", ""),
            url=record.get("url", ""),
            score=float(score) if isinstance(score, float) else 0.0,
            snippets=make_snippets(record["title"], record["body"], highlighter),
            weapons=[w["key"] for w in record["facets"]["weapons"]],
            locations=[loc["name"] for loc in record["facets"]["locations"]],
        )

    # -- facet values ----------------------------------------------------------------------------

    def _resolve_place(self, name: str) -> tuple[str, ...] | None:
        """A place name in any spelling, or a path (اليمن/الجوف) where a name alone is ambiguous."""
        if PATH_SEPARATOR in name:
            wanted = [self.analyzer.word(part.strip()).exact for part in name.split(PATH_SEPARATOR) if part.strip()]
            for place in self._places_by_depth.get(len(wanted), ()):
                if [self.analyzer.word(p).exact for p in place.path] == wanted:
                    return tuple(place.path)
            return None
        place = self.extractor.locations.resolve(name)
        return tuple(place.path) if place else None

    @cached_property
    def _places_by_depth(self) -> dict[int, list]:
        by_depth: dict[int, list] = {}
        for place in self.extractor.locations.places():
            by_depth.setdefault(len(place.path), []).append(place)
        return by_depth

    def _weapon_label(self, key: str) -> tuple[str, str]:
        kind = self._weapon_kinds.get(key)
        return (kind.label, kind.label_en) if kind else (key, key)

    @cached_property
    def _weapon_kinds(self) -> dict:
        return {kind.key: kind for kind in self.extractor.weapons.kinds()}

    def _place_label(self, path_value: str) -> str:
        """The English name of a place path (remembered: every query's facets name the same places)."""
        label = self._place_labels.get(path_value)
        if label is None:
            place = self.extractor.locations.resolve(path_value.rsplit("/", 1)[-1])
            label = self._place_labels[path_value] = place.name_en if place else ""
        return label

    def sources(self) -> list[str]:
        """The sources present in the index."""
        result = self._searcher().aggregate(tantivy.Query.all_query(), {"s": {"terms": {"field": "source", "size": 1000}}})
        return sorted(b["key"] for b in result["s"]["buckets"])

    def stats(self) -> IndexStats:
        """Article count, size, date range and the main facet counts of the whole index."""
        searcher = self._searcher()
        counts = count_facets(searcher, tantivy.Query.all_query(), (), self._weapon_label, self._place_label)
        days = [v.value for v in counts.dates]
        size = sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())
        return IndexStats(
            path=str(self.path),
            articles=searcher.num_docs,
            segments=searcher.num_segments,
            size_bytes=size,
            first_published=days[0] if days else None,
            last_published=days[-1] if days else None,
            weapons={v.value: v.count for v in counts.weapons},
            countries={v.label: v.count for v in counts.locations},
            sources={v.value: v.count for v in counts.sources},
            stale=searcher.num_docs - self._current_analysis_count(searcher),
        )

    def _current_analysis_count(self, searcher: tantivy.Searcher) -> int:
        """How many articles the current version of the analysis indexed (their stored hash ends
        with its digest: indexer.analysis.indexed_hash)."""
        from indexer.analysis import analysis_version

        query = tantivy.Query.regex_query(self._index.schema, "hash", f".*-{analysis_version()}")
        return searcher.search(query, limit=1, count=True).count


def _quote(value: str) -> str:
    return f'"{value}"' if " " in value else value
