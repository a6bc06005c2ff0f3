"""The shell's commands, independent of any terminal: a :class:`ShellSession` takes one line
(a query, ``:command args`` or a facet number) and returns a :class:`Reply` to print.

The prompt_toolkit loop (khabar/shell.py) and the piped mode both drive this object, and so can
tests. Every failure a user can cause becomes a one-line ``Reply.error``; the session goes on.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rich.console import RenderableType
from rich.text import Text

from search import Index, QueryError
from search.highlight import match_spans

from .render import numbered_facets
from .shell_export import EXPORT_CAP, export_results
from .shell_state import MAX_PAGE_SIZE, PAGE_SIZE, SORTS, Filter, FilterSyntaxError, ShellState, parse_filters
from .shell_views import Look, article_view, filters_view, help_view, search_view, stats_view


@dataclass
class Reply:
    """What one line produced: things to print, or a one-line error; ``quit`` ends the session."""

    output: list[RenderableType] = field(default_factory=list)
    error: str | None = None
    quit: bool = False


class CommandError(Exception):
    """A command that cannot run as typed; its message is shown as is."""


@dataclass(frozen=True)
class Command:
    """One ``:command``: how it is typed and what it does (for :help and completion)."""

    name: str
    usage: str
    summary: str
    aliases: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()  # the words its argument can be, for completion


COMMANDS: tuple[Command, ...] = (
    Command(
        "filter", ":filter FIELD:VALUE …",
        "narrow every search: weapon:drone location:الأنبار source:okaz date:2015-07",
    ),
    Command(
        "unfilter", ":unfilter [N|FIELD|FIELD:VALUE]",
        "widen: drop filter N of :filters, a field's filters, one filter, or (alone) all",
    ),
    Command("filters", ":filters", "list the filters in force, numbered"),
    Command("drill", ":drill N   or just  N", "filter by facet value N; a place then shows its regions"),
    Command(
        "sort", ":sort date|-date|score", "oldest first, newest first, or by relevance",
        choices=("date", "-date", "score"),
    ),
    Command("next", ":next", "the next page of hits", aliases=("n",)),
    Command("prev", ":prev", "the previous page of hits", aliases=("p",)),
    Command("open", ":open N", "the whole article ranked N, matches marked, its weapons, places, dates"),
    Command("show", ":show", "the current page and facet panel again"),
    Command("limit", ":limit N", f"show N hits a page (1–{MAX_PAGE_SIZE}, {PAGE_SIZE} to start with)"),
    Command("export", ":export FILE.jsonl|FILE.csv", f"write all the results (up to {EXPORT_CAP:,})"),
    Command("stats", ":stats", "what the index holds"),
    Command(
        "plain", ":plain on|off", "on: queries are plain text, operators and quotes mean nothing",
        choices=("on", "off"),
    ),
    Command("help", ":help [COMMAND]", "this list, or one command"),
    Command("quit", ":quit", "leave the shell (Ctrl-D too)", aliases=("q", "exit")),
)
COMMAND_NAMES = {name: c for c in COMMANDS for name in (c.name, *c.aliases)}


class ShellSession:
    """The state of one shell session and the commands that change it."""

    def __init__(
        self, index: Index, *, syntax: bool = True, look: Look | None = None, width: int = 100
    ) -> None:
        self.index = index
        self.state = ShellState(syntax=syntax)
        self.look = look or Look()
        self.width = width
        self._handlers: dict[str, Callable[[str], Reply]] = {
            c.name: getattr(self, f"_cmd_{c.name}") for c in COMMANDS
        }

    # -- one line ------------------------------------------------------------------------------

    def run(self, line: str) -> Reply:
        """Run one line: ``:command …``, a facet number, or a query."""
        line = line.strip()
        if not line:
            return Reply()
        try:
            if line.startswith(":"):
                return self._command(line[1:])
            if line.isdigit():
                return self._cmd_drill(line)
            return self._search(query=line, page=0)
        except CommandError as error:
            return Reply(error=str(error))
        except QueryError as error:
            return Reply(error=str(error))
        except KeyboardInterrupt:
            return Reply(error="interrupted")
        except Exception as error:  # a bug must not end the analyst's session with a traceback
            return Reply(error=f"unexpected {type(error).__name__}: {error} (please report this)")

    def _command(self, text: str) -> Reply:
        name, _, argument = text.strip().partition(" ")
        command = COMMAND_NAMES.get(name.lower())
        if command is None:
            if not name:
                raise CommandError("a command follows the colon, e.g. :help")
            close = difflib.get_close_matches(name.lower(), list(COMMAND_NAMES), n=1)
            hint = f"; did you mean :{close[0]}?" if close else ""
            raise CommandError(f"unknown command :{name}{hint} (:help lists the commands)")
        return self._handlers[command.name](argument.strip())

    # -- searching -----------------------------------------------------------------------------

    def _search(self, **changes) -> Reply:
        """Run the search the state would have after ``changes``; keep them only if it runs."""
        state = replace(self.state, **changes)
        state.results = self.index.search(
            state.query,
            filters=state.filter_texts,
            sort=state.sort,
            limit=state.page_size,
            offset=state.page * state.page_size,
            syntax=state.syntax,
        )
        self.state = state
        return Reply([search_view(state, self.look)])

    def _require_search(self) -> ShellState:
        if not self.state.searched:
            raise CommandError("no search yet: type some words first (or :filter to browse)")
        return self.state

    # -- filters -------------------------------------------------------------------------------

    def _identity(self, f: Filter) -> tuple:
        """What a filter means, so weapon:مسيرة equals weapon:drone and Anbar equals الأنبار."""
        if f.field == "weapon":
            return (f.field, self.index.extractor.weapons.resolve(f.value) or f.value)
        if f.field == "location":  # the place the query language takes it for
            try:
                paths = self.index.parse("", filters=[f.text]).location_paths
            except QueryError:
                paths = []
            return (f.field, tuple(paths[-1]) if paths else f.value)
        if f.field == "source":
            return (f.field, f.value.lower())
        return (f.field, f.value)

    def _add_filters(self, new: list[Filter], note: str = "") -> Reply:
        have = {self._identity(f) for f in self.state.filters}
        added = []
        for f in new:
            key = self._identity(f)
            if key not in have:
                have.add(key)
                added.append(f)
        if not added:
            raise CommandError(f"already filtered by {' '.join(f.text for f in new)}")
        for f in added:  # check each alone, so the error names the filter at fault
            self.index.parse("", filters=[f.text])
        reply = self._search(filters=[*self.state.filters, *added], page=0)
        if note:
            reply.output.insert(0, Text(self.look.text(note), style="green"))
        return reply

    def _cmd_filter(self, argument: str) -> Reply:
        try:
            new = parse_filters(argument)
        except FilterSyntaxError as error:
            raise CommandError(str(error)) from None
        return self._add_filters(new)

    def _cmd_unfilter(self, argument: str) -> Reply:
        filters = self.state.filters
        if not filters:
            raise CommandError("no filters to remove")
        if not argument:
            keep: list[Filter] = []
        elif argument.isdigit():
            n = int(argument)
            if not 1 <= n <= len(filters):
                raise CommandError(f"no filter {n}: :filters lists {len(filters)}")
            keep = filters[: n - 1] + filters[n:]
        elif ":" not in argument:
            keep = [f for f in filters if f.field != argument.lower()]
        else:
            try:
                drop = {self._identity(f) for f in parse_filters(argument)}
            except FilterSyntaxError as error:
                raise CommandError(str(error)) from None
            keep = [f for f in filters if self._identity(f) not in drop]
        if len(keep) == len(filters):
            listed = " ".join(f.text for f in filters)
            raise CommandError(f"no filter matches {argument!r}; the filters are: {listed}")
        return self._search(filters=keep, page=0)

    def _cmd_filters(self, argument: str) -> Reply:
        return Reply([filters_view(self.state.filters, self.look)])

    def _cmd_drill(self, argument: str) -> Reply:
        state = self._require_search()
        if not argument.isdigit():
            raise CommandError("give the number of a facet value, e.g. :drill 3 (or just 3)")
        numbered = numbered_facets(state.results.facets) if state.results.facets else []
        n = int(argument)
        if not 1 <= n <= len(numbered):
            if not numbered:
                raise CommandError("there is no facet panel to drill into")
            raise CommandError(f"no facet value {n}: the panel numbers 1–{len(numbered)}")
        field_name, value = numbered[n - 1]
        if field_name == "location":
            f = self._place_filter(value.value)
        else:
            f = Filter(field_name, value.value)
        english = value.label_en if value.label_en not in ("", value.label) else ""
        label = value.label + (f" ({english})" if english else "")
        return self._add_filters([f], note=f"+ {f.text}   {label}")

    def _place_filter(self, path_value: str) -> Filter:
        """A location filter that selects exactly the place of a facet value (its path joined
        by /): its name when the name means that place, else the path itself where the query
        language takes one. The library's reading of each candidate decides."""
        path = tuple(path_value.split("/"))
        for value in (path[-1], path_value):
            candidate = Filter("location", value)
            try:
                parsed = self.index.parse("", filters=[candidate.text])
            except QueryError:
                continue
            if parsed.location_paths and tuple(parsed.location_paths[-1]) == path:
                return candidate
        # The place shares its name with a better-known one (الجوف of Yemen and of Saudi Arabia).
        parent = f"; :filter location:{path[-2]} narrows to its region" if len(path) > 1 else ""
        raise CommandError(
            f"cannot drill into {' › '.join(path)}: a filter by its name means another place{parent}"
        )

    # -- paging and sorting --------------------------------------------------------------------

    def _cmd_sort(self, argument: str) -> Reply:
        if argument not in SORTS:
            raise CommandError("sort by date (oldest first), -date (newest first) or score: e.g. :sort -date")
        if not self.state.searched:
            self.state.sort = SORTS[argument]
            return Reply([Text(f"sort: {argument}", style="dim")])
        return self._search(sort=SORTS[argument], page=0)

    def _cmd_next(self, argument: str) -> Reply:
        state = self._require_search()
        if (state.page + 1) * state.page_size >= state.results.total:
            raise CommandError("this is the last page" + (" (:prev goes back)" if state.page else ""))
        return self._search(page=state.page + 1)

    def _cmd_prev(self, argument: str) -> Reply:
        state = self._require_search()
        if state.page == 0:
            raise CommandError("this is the first page")
        return self._search(page=state.page - 1)

    def _cmd_limit(self, argument: str) -> Reply:
        if not argument.isdigit() or not 1 <= int(argument) <= MAX_PAGE_SIZE:
            raise CommandError(f"give a number of hits per page from 1 to {MAX_PAGE_SIZE}, e.g. :limit 5")
        size = int(argument)
        if not self.state.searched:
            self.state.page_size = size
            return Reply([Text(f"{size} hits a page", style="dim")])
        first = self.state.page * self.state.page_size  # stay on the page holding the first hit shown
        return self._search(page_size=size, page=first // size)

    def _cmd_show(self, argument: str) -> Reply:
        return Reply([search_view(self._require_search(), self.look)])

    # -- one article ---------------------------------------------------------------------------

    def _cmd_open(self, argument: str) -> Reply:
        state = self._require_search()
        results = state.results
        if not argument.isdigit():
            raise CommandError("give the rank of a hit, e.g. :open 1")
        rank = int(argument)
        if not 1 <= rank <= results.total:
            raise CommandError(f"no hit {rank}: the search has {results.total}")
        on_page = rank - 1 - results.offset
        if 0 <= on_page < len(results.hits):
            hit = results.hits[on_page]
        else:
            hit = self.index.search(
                state.query, filters=state.filter_texts, sort=state.sort, syntax=state.syntax,
                facets=False, limit=1, offset=rank - 1,
            ).hits[0]
        record = self.index.get(hit.id)
        if record is None:
            raise CommandError(f"article {hit.id} is no longer in the index")
        parsed = self.index.parse(state.query, filters=state.filter_texts, syntax=state.syntax)
        title, body = record.get("title", ""), record.get("body", "")
        text = f"{title}\n{body}" if title else body
        matches = [(s, e) for s, e, _ in match_spans(text, self.index.analyzer, parsed.highlight)]
        return Reply([Text(f"#{rank}", style="dim"), article_view(record, matches, self.look, self.width)])

    # -- the rest ------------------------------------------------------------------------------

    def _cmd_export(self, argument: str) -> Reply:
        state = self._require_search()
        if not argument:
            raise CommandError("give a file name: :export results.jsonl or :export results.csv")
        path = Path(argument.strip().strip('"')).expanduser()
        try:
            summary = export_results(
                self.index, path, state.query, state.filter_texts, state.sort, state.syntax
            )
        except OSError as error:
            raise CommandError(f"cannot export to {path}: {error.strerror or error}") from None
        except ValueError as error:  # the format, or the query (QueryError is a ValueError)
            raise CommandError(f"cannot export: {error}") from None
        note = ""
        if summary.capped:
            note = f" (the first {summary.written:,} of {summary.total:,}: the export cap)"
        return Reply([Text(f"wrote {summary.written:,} articles to {summary.path}{note}", style="green")])

    def _cmd_stats(self, argument: str) -> Reply:
        return Reply([stats_view(self.index.stats(), self.look)])

    def _cmd_plain(self, argument: str) -> Reply:
        if argument not in ("on", "off"):
            now = "off" if self.state.syntax else "on"
            raise CommandError(f"plain text is {now}; use :plain on or :plain off")
        self.state.syntax = argument == "off"
        if argument == "on":
            what = "queries are plain text (pasted text: no operators, quotes are text)"
        else:
            what = "the query language is on"
        return Reply([Text(what, style="dim")])

    def _cmd_help(self, argument: str) -> Reply:
        if argument:
            command = COMMAND_NAMES.get(argument.lstrip(":").lower())
            if command is None:
                raise CommandError(f"no command :{argument.lstrip(':')} (:help lists them)")
            return Reply([help_view(COMMANDS, command.name)])
        return Reply([help_view(COMMANDS)])

    def _cmd_quit(self, argument: str) -> Reply:
        return Reply(quit=True)
