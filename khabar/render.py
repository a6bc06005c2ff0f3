"""Turning results, facet counts and summaries into terminal output (rich), shared by the CLI and
the shell. Colour follows rich's rules, so ``NO_COLOR`` turns it off."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group
from rich.table import Table
from rich.text import Text

from indexer.writer import IndexSummary
from search.results import FacetCounts, FacetValue, Hit, Results, Snippet

BAR = "█"
BAR_WIDTH = 24
Display = Callable[[str], str]  # reorders Arabic for terminals without bidi support (or not)


def _identity(text: str) -> str:
    return text


def snippet_text(snippet: Snippet, display: Display = _identity, style: str = "bold yellow") -> Text:
    """A snippet with its matched spans styled (and reordered for display if asked)."""
    if display is _identity:
        text = Text(snippet.text.replace("\n", " "))
        for start, end in snippet.spans:
            text.stylize(style, start, end)
        return text
    return Text(display(snippet.marked("«", "»").replace("\n", " ")))


def hit_block(rank: int, hit: Hit, display: Display = _identity) -> Text:
    day = hit.published.date().isoformat() if hit.published else "—"
    head = Text(f"{rank:>3}. ", style="bold")
    head.append(day, style="cyan")
    head.append(f"  {hit.source or '—'}  ", style="magenta")
    head.append(display(hit.title or "(بدون عنوان)"), style="bold")
    lines = [head]
    for snippet in hit.snippets:
        if snippet.field == "body":
            line = Text("     ")
            line.append_text(snippet_text(snippet, display))
            lines.append(line)
    tags = [*hit.weapons, *hit.locations[:4]]
    if tags:
        lines.append(Text("     " + display(" · ".join(tags)), style="dim"))
    return Text("\n").join(lines)


def results_view(results: Results, display: Display = _identity) -> Group:
    shown_from = results.offset + 1 if results.hits else 0
    header = Text(
        f"{results.total} articles · showing {shown_from}–{results.offset + len(results.hits)} · "
        f"{results.elapsed_ms:.0f} ms" + (f" · sorted by {results.sort}" if results.sort else ""),
        style="dim",
    )
    blocks = [header] + [hit_block(results.offset + i + 1, h, display) for i, h in enumerate(results.hits)]
    return Group(*blocks)


def _bar(count: int, most: int) -> str:
    """A bar proportional to ``count``; at least one block for any non-zero count, none for zero."""
    return BAR * max(1, round(BAR_WIDTH * count / most)) if most and count else ""


def facet_table(title: str, values: list[FacetValue], display: Display = _identity, numbered_from: int = 1) -> Table:
    table = Table(title=title, title_justify="left", show_header=False, box=None, pad_edge=False)
    table.add_column("n", style="dim", justify="right")
    table.add_column("value")
    table.add_column("count", justify="right")
    table.add_column("bar", style="green")
    most = max((v.count for v in values), default=0)
    for i, v in enumerate(values, numbered_from):
        label = display(v.label) + (f" ({v.label_en})" if v.label_en and v.label_en != v.label else "")
        table.add_row(str(i), label, str(v.count), _bar(v.count, most))
    return table


def facets_view(facets: FacetCounts, display: Display = _identity) -> Group:
    """The facet panel; numbering runs across weapons, places, sources so each value has one number."""
    parts = []
    n = 1
    level = " › ".join(facets.location_level) if facets.location_level else "countries"
    for title, values in (("weapons", facets.weapons), (f"places: {display(level)}", facets.locations), ("sources", facets.sources[:8])):
        if values:
            parts.append(facet_table(title, values, display, n))
            n += len(values)
    if facets.dates:
        dates = Table(title=f"dates (per {facets.date_interval})", title_justify="left", show_header=False, box=None)
        dates.add_column("date", style="cyan")
        dates.add_column("count", justify="right")
        dates.add_column("bar", style="blue")
        most = max(v.count for v in facets.dates)
        for v in facets.dates:
            dates.add_row(v.label, str(v.count), _bar(v.count, most))
        parts.append(dates)
    return Group(*parts)


def numbered_facets(facets: FacetCounts) -> list[tuple[str, FacetValue]]:
    """(field, value) in the numbering order of :func:`facets_view`, for drilling in by number."""
    return (
        [("weapon", v) for v in facets.weapons]
        + [("location", v) for v in facets.locations]
        + [("source", v) for v in facets.sources[:8]]
    )


def summary_text(summary: IndexSummary, max_problems: int = 20) -> Text:
    text = Text()
    rate = summary.processed / summary.seconds if summary.seconds else 0.0
    state = "interrupted" if summary.interrupted else "done"
    text.append(f"{state}: ", style="bold red" if summary.interrupted else "bold green")
    text.append(
        f"{summary.indexed} indexed, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.skipped} skipped · {summary.batches_committed} batches committed · "
        f"{summary.seconds:.1f} s ({rate:.0f} docs/s)"
    )
    for problem in summary.problems[:max_problems]:
        text.append(f"\n  skipped {problem.origin}: {problem.reason}", style="yellow")
    if summary.skipped > max_problems:
        text.append(f"\n  … and {summary.skipped - max_problems} more (see --json for all)", style="yellow")
    if summary.interrupted:
        text.append("\nEvery committed batch is searchable; run the same command again to finish.", style="bold")
    return text
