"""``:export FILE``: the shell's current results, all of them up to a cap, as JSONL or CSV.

Results are fetched from the library page by page (no facet counts), so a large export does not
hold every hit in memory twice; one row per article, in the order the shell shows them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from search import Hit, Index

EXPORT_CAP = 5000
CHUNK = 250
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
COLUMNS = ("rank", "id", "published", "source", "title", "url", "score", "weapons", "locations", "snippet")


@dataclass
class ExportSummary:
    """What ``:export`` wrote."""

    path: Path
    written: int
    total: int  # articles matching; more than ``written`` when the cap was reached

    @property
    def capped(self) -> bool:
        return self.written < self.total


def export_format(path: Path) -> str:
    """``jsonl`` or ``csv`` by the file's extension (ValueError for anything else)."""
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise ValueError(
            f"cannot tell the format of {path.name!r}: "
            "name the file .jsonl (one JSON object per line) or .csv"
        ) from None


def _row(rank: int, hit: Hit) -> dict:
    body = [s for s in hit.snippets if s.field == "body"]
    return {
        "rank": rank,
        "id": hit.id,
        "published": hit.published.isoformat() if hit.published else None,
        "source": hit.source,
        "title": hit.title,
        "url": hit.url,
        "score": round(hit.score, 4),
        "weapons": hit.weapons,
        "locations": hit.locations,
        "snippet": body[0].marked().replace("\n", " ") if body else "",
    }


def _rows(
    index: Index, query: str, filters: list[str], sort: str | None, syntax: bool, cap: int
) -> Iterator[tuple[int, dict]]:
    """(total, row) for every hit up to ``cap``."""
    offset = 0
    while offset < cap:
        results = index.search(
            query, filters=filters, sort=sort, syntax=syntax, facets=False,
            limit=min(CHUNK, cap - offset), offset=offset,
        )
        for i, hit in enumerate(results.hits):
            yield results.total, _row(offset + i + 1, hit)
        offset += len(results.hits)
        if not results.hits or offset >= results.total:
            return


def export_results(
    index: Index,
    path: Path,
    query: str,
    filters: list[str],
    sort: str | None,
    syntax: bool,
    cap: int = EXPORT_CAP,
) -> ExportSummary:
    """Write the results of the search to ``path`` (format by extension); raises ValueError,
    QueryError or OSError with a message for people."""
    kind = export_format(path)
    written, total = 0, 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, COLUMNS) if kind == "csv" else None
        if writer is not None:
            writer.writeheader()
        for total, row in _rows(index, query, filters, sort, syntax, cap):
            if writer is not None:
                lists = {name: "|".join(row[name]) for name in ("weapons", "locations")}
                writer.writerow({**row, **lists})
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    return ExportSummary(path, written, total)
