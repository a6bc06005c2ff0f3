"""What the shell draws besides the shared result and facet views (khabar/render.py): the line
saying which search is on screen, the filter list, a whole article, index statistics, help."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from search import IndexStats

from . import bidi
from .render import facets_view, results_view
from .shell_state import Filter, ShellState

MATCH_STYLE = "bold yellow"
WEAPON_STYLE = "underline red"
PLACE_STYLE = "underline cyan"
ARTICLE_WIDTH = 100  # the body of an opened article wraps at most this wide
RENDER_INDENT = 30  # room for "  1. 2015-07-21  aleqtisadiya  " before a reordered title


@dataclass(frozen=True)
class Look:
    """How text is drawn: ``reorder`` Arabic for terminals without bidi support; ``marks``
    (matches in «…» instead of colour) where there is no colour to show them."""

    reorder: bool = False
    marks: bool = False
    width: int = 0  # reordered text is wrapped at this width first (0: not wrapped)

    def display(self) -> bidi.Display | None:
        """The display function for khabar.render, or None for its default (styled matches)."""
        if self.reorder:
            return self._reorder
        return bidi.unchanged if self.marks else None

    def _reorder(self, text: str) -> str:
        # Titles and snippets follow a rank, date and source on screen: leave room for them.
        if self.width:
            return bidi.reorder_wrapped(text, max(30, self.width - RENDER_INDENT))
        return bidi.reorder(text)

    def render_kwargs(self) -> dict:
        display = self.display()
        return {} if display is None else {"display": display}

    def text(self, value: str) -> str:
        return bidi.reorder(value) if self.reorder else value


def state_line(state: ShellState, look: Look) -> Text:
    """``query: … · filters: … · sort: … · page 2 of 5`` above the hits."""
    parts = [f"query: {state.query}" if state.query.strip() else "query: (all articles)"]
    if state.filters:
        parts.append("filters: " + "  ".join(f.text for f in state.filters))
    sort = state.results.sort if state.results is not None else state.sort
    parts.append("sort: " + (sort or "score"))
    if not state.syntax:
        parts.append("plain text")
    results = state.results
    if results is not None and results.total:
        pages = (results.total + state.page_size - 1) // state.page_size
        parts.append(f"page {state.page + 1} of {pages}")
    return Text(look.text(" · ".join(parts)), style="dim")


def search_view(state: ShellState, look: Look) -> Group:
    """The state line, the hits of the page, then the facet panel."""
    results = state.results
    assert results is not None
    parts: list[RenderableType] = [state_line(state, look), results_view(results, **look.render_kwargs())]
    if not results.total:
        hint = "no articles match" + ("; :unfilter widens the search" if state.filters else "")
        parts.append(Text(hint, style="yellow"))
    elif results.facets is not None:
        parts += [Text(""), facets_view(results.facets, **look.render_kwargs())]
    return Group(*parts)


def filters_view(filters: list[Filter], look: Look) -> Text:
    if not filters:
        return Text("no filters: every search runs over the whole index", style="dim")
    lines = [Text(look.text(f"{i:>3}. {f.text}")) for i, f in enumerate(filters, 1)]
    lines.append(Text("    :unfilter N drops one, :unfilter drops them all", style="dim"))
    return Text("\n").join(lines)


def article_view(record: dict, matches: Iterable[tuple[int, int]], look: Look, width: int) -> Group:
    """A whole stored article: title, date, source, its extracted facets, then the text with
    the query's matches highlighted (and the words that gave each weapon and place underlined)."""
    facets = record.get("facets") or {}
    title, body = record.get("title", ""), record.get("body", "")
    # The extractor's spans are offsets into "title\nbody", the text it was given.
    text = f"{title}\n{body}" if title else body
    matches = sorted(matches)

    head = Text(look.text(title or "(بدون عنوان)"), style="bold")
    day = (record.get("published") or "—")[:10]
    where = record.get("url") or record.get("id")
    meta = Text(f"{day} · {record.get('source') or '—'} · {where}", style="dim")
    rows = Table(show_header=False, box=None, pad_edge=False)
    rows.add_column("facet", style="bold")
    rows.add_column("values")
    for weapon in facets.get("weapons", []):
        words = _quoted(text, weapon.get("spans", []))
        rows.add_row("weapon", look.text(f"{weapon['label']} ({weapon['key']}): {words}"))
    for place in facets.get("locations", []):
        path = " › ".join(place.get("path") or [place["name"]])
        rows.add_row("place", look.text(f"{path} ({place.get('name_en') or place['kind']}, {place['kind']})"))
    for day in facets.get("event_dates", []):
        english = f" ({day['label_en']})" if day.get("label_en") not in (None, "", day["date"]) else ""
        rows.add_row("date", look.text(f"{day['date']}{english}: «{day['expr']}»"))
    if not rows.row_count:
        rows.add_row("facets", "no weapon, place or date found")

    if look.reorder or look.marks:
        body_view = Text(_marked_lines(text, matches, look, min(width, ARTICLE_WIDTH) - 1))
        legend = "matches are in «…»"
    else:
        body_view = Text(text)
        for start, end in matches:
            body_view.stylize(MATCH_STYLE, start, end)
        for weapon in facets.get("weapons", []):
            for start, end in weapon.get("spans", []):
                body_view.stylize(WEAPON_STYLE, start, end)
        for place in facets.get("locations", []):
            for start, end in place.get("spans", []):
                body_view.stylize(PLACE_STYLE, start, end)
        legend = "matches in yellow · weapons underlined red · places underlined cyan"
    return Group(head, meta, rows, Text(legend, style="dim"), Text(""), body_view)


def _quoted(text: str, spans: list[list[int]], most: int = 4) -> str:
    words = list(dict.fromkeys(text[s:e] for s, e in spans))
    shown = "، ".join(f"«{w}»" for w in words[:most])
    return shown + (f" +{len(words) - most}" if len(words) > most else "")


def _marked_lines(text: str, matches: list[tuple[int, int]], look: Look, width: int) -> str:
    """The text with matches in «…», wrapped to ``width`` in logical order and only then
    reordered line by line, so a reordered paragraph still reads from its first line down."""
    out, last = [], 0
    for start, end in matches:
        out += [text[last:start], "«", text[start:end], "»"]
        last = end
    out.append(text[last:])
    marked = "".join(out)
    if not look.reorder:
        return marked
    return bidi.reorder_wrapped(marked, width)


def stats_view(stats: IndexStats, look: Look) -> Table:
    table = Table(title=f"khabar index {stats.path}", show_header=False, title_justify="left")
    table.add_row("articles", f"{stats.articles:,}")
    table.add_row("published", f"{stats.first_published or '—'} … {stats.last_published or '—'}")
    table.add_row("size", f"{stats.size_bytes / 1e6:.1f} MB in {stats.segments} segments")
    table.add_row("weapons", ", ".join(f"{k} {v}" for k, v in stats.weapons.items()) or "—")
    countries = "، ".join(f"{k} {v}" for k, v in list(stats.countries.items())[:10])
    table.add_row("countries", look.text(countries) or "—")
    table.add_row("sources", ", ".join(f"{k} {v}" for k, v in stats.sources.items()) or "—")
    if stats.stale:
        table.add_row(
            "analysis",
            f"[yellow]{stats.stale:,} articles were analysed by an earlier version of khabar: "
            "index the same files again to re-analyse them[/]",
        )
    return table


HELP_FOOTER = (
    "Type words to search: صواريخ الأنبار. The query language has OR/أو, NOT/-, \"phrases\", prefix*, "
    "fields (title: body:) and filters (weapon:drone location:العراق source:okaz date:2015-07 sort:-date).",
    "Filters added with :filter, or by drilling into a numbered facet value, stay until :unfilter, "
    "across new queries too.",
    "A line that is only a number drills into that facet value; to search for a number, quote it: \"2015\".",
    "Tab completes commands, fields and facet values; Ctrl-R searches the history.",
)


def help_view(commands: Iterable, only: str | None = None) -> RenderableType:
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column("usage", style="bold", no_wrap=True)
    table.add_column("what")
    for command in commands:
        if only is None or only == command.name:
            aliases = f"  (also :{', :'.join(command.aliases)})" if command.aliases else ""
            table.add_row(command.usage, command.summary + aliases)
    if only is not None:
        return table
    return Group(table, Text(""), *(Text(line, style="dim") for line in HELP_FOOTER))
