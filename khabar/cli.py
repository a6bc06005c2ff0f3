"""The ``khabar`` command line: a thin layer over the library (``search.Index``).

Every command takes ``--index DIR`` (default: $KHABAR_INDEX, else the user's data directory).
Output for people goes through rich; ``--json`` output is stable and documented in
docs/json-output.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from analyzers import default_analyzer
from indexer.fields import FieldMap
from indexer.sources import Reader
from indexer.store import IndexError_
from indexer.writer import COMMIT_SECONDS, DEFAULT_BATCH, StrictModeError, Writer

from .config import ENV_VAR, default_index_path
from .progress import indexing_progress
from .render import facets_view, results_view, summary_text
from .shell_views import Look, stats_view

app = typer.Typer(
    help="khabar (خبر): search Arabic news by words, dates, weapons and places.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
)
console = Console()
errors = Console(stderr=True, soft_wrap=True)  # messages stay whole lines, greppable
MATERIALISE_BYTES = 1_000_000_000  # inputs smaller than this are read first, so the bar has an ETA

IndexOption = typer.Option(None, "--index", "-i", help=f"Index folder (default: ${ENV_VAR}, else the user data dir).")
JsonOption = typer.Option(False, "--json", help="Machine-readable JSON on stdout (see docs/json-output.md).")


def _index_path(index: Optional[Path]) -> Path:
    return index if index is not None else default_index_path()


def _fail(message: str, code: int = 2) -> None:
    errors.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _open(index: Optional[Path]):
    from search import Index

    try:
        return Index.open(_index_path(index))
    except IndexError_ as error:
        _fail(str(error))


@app.callback()
def _root() -> None:
    """khabar (خبر): search Arabic news by words, dates, weapons and places.

    Start with [bold]khabar demo[/], then [bold]khabar shell[/].
    """


def _input_size(paths: list[str]) -> int:
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            total += path.stat().st_size * (4 if path.suffix.lower() == ".zip" else 1)
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total


@app.command()
def index(
    paths: list[str] = typer.Argument(..., help="Files, folders, .zip archives, or - for stdin."),
    index: Optional[Path] = IndexOption,
    field: list[str] = typer.Option([], "--field", "-f", help="Map a record key: body=story, published=day …"),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad record instead of skipping it."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Analysis processes (default: all cores)."),
    batch_size: int = typer.Option(
        DEFAULT_BATCH, "--batch-size", min=1,
        help=f"Articles per commit (also committed every {COMMIT_SECONDS:.0f} s); a killed run keeps every commit.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Index articles: .txt, .json, .jsonl, .csv, .zip, folders or stdin. Re-running is safe:
    unchanged articles are skipped, changed ones replaced, nothing is duplicated.

    Examples: khabar index ../shared/corpus/saudinewsnet  ·  khabar index export.csv -f body=نص
    """
    try:
        reader = Reader(FieldMap.parse(field))
    except ValueError as error:
        _fail(str(error))
    path = _index_path(index)
    items = reader.read(paths)
    total = None
    if "-" not in paths and _input_size(paths) <= MATERIALISE_BYTES:
        items = list(items)
        total = len(items)
    try:
        writer = Writer(path, workers=workers, batch_size=batch_size)
    except IndexError_ as error:
        _fail(str(error))
    try:
        with writer:
            if as_json:
                summary = writer.add(items, strict=strict)
            else:
                with indexing_progress(total) as advance:
                    summary = writer.add(items, strict=strict, progress=advance)
    except StrictModeError as error:
        _fail(str(error))
    if as_json:
        print(json.dumps({"index": str(path), **summary.to_json()}, ensure_ascii=False))
    else:
        errors.print(summary_text(summary), highlight=False)
        errors.print(f"index: {path}", style="dim", highlight=False)
    raise typer.Exit(130 if summary.interrupted else 0)


@app.command()
def search(
    query: str = typer.Argument(..., help='e.g. "صواريخ weapon:drone location:العراق date:2015-07"'),
    index: Optional[Path] = IndexOption,
    limit: int = typer.Option(10, "--limit", "-n", min=1, max=1000),
    offset: int = typer.Option(0, "--offset", min=0),
    facets: bool = typer.Option(True, "--facets/--no-facets", help="Show facet counts."),
    filters: list[str] = typer.Option([], "--filter", help="Extra filter, e.g. --filter weapon:drone"),
    sort: Optional[str] = typer.Option(None, "--sort", help="date (oldest first) or -date (newest first)."),
    plain: bool = typer.Option(False, "--plain", help="Treat the query as plain text: no operators."),
    as_json: bool = JsonOption,
) -> None:
    """Search the index and show the top hits with highlighted snippets and facet counts.

    Examples: khabar search "صاروخ أو قذيفة"  ·  khabar search "مسيرة" --filter weapon:drone --sort -date
    """
    from search import QueryError

    idx = _open(index)
    try:
        results = idx.search(query, filters=filters, facets=facets, sort=sort, limit=limit, offset=offset, syntax=not plain)
    except QueryError as error:
        if as_json:
            print(json.dumps({"error": error.message, "position": error.position}, ensure_ascii=False))
            raise typer.Exit(2)
        errors.print(error.caret(), highlight=False, markup=False)
        _fail(str(error))
    if as_json:
        print(json.dumps(results.to_json(), ensure_ascii=False))
        return
    console.print(results_view(results))
    if facets and results.facets:
        console.print()
        console.print(facets_view(results.facets))


@app.command()
def stats(index: Optional[Path] = IndexOption, as_json: bool = JsonOption) -> None:
    """How many articles the index holds, its date range, size and main facet counts."""
    from dataclasses import asdict

    s = _open(index).stats()
    if as_json:
        print(json.dumps(asdict(s), ensure_ascii=False))
        return
    console.print(stats_view(s, Look()))


@app.command()
def delete(ids: list[str] = typer.Argument(..., help="Article ids (or urls) to delete."), index: Optional[Path] = IndexOption) -> None:
    """Delete articles by id."""
    idx = _open(index)
    try:
        removed = idx.delete(ids)
    except IndexError_ as error:
        _fail(str(error))
    console.print(f"deleted {removed} of {len(ids)} ids")


@app.command()
def analyze(text: str = typer.Argument(..., help='Arabic text, e.g. "بالعراق وسوريا"'), as_json: bool = JsonOption) -> None:
    """Show how khabar analyses TEXT: each token's surface form, offsets, exact and stem terms.

    Example: khabar analyze "استُهدفت قاعدة عين الأسد بمسيّرتين"
    """
    words = default_analyzer().words(text)
    if as_json:
        rows = [{"surface": text[s:e], "start": s, "end": e, "exact": w.exact, "stem": w.stem} for w, s, e in words]
        print(json.dumps(rows, ensure_ascii=False))
        return
    table = Table("surface", "start", "end", "exact", "stem")
    for w, start, end in words:
        table.add_row(text[start:end], str(start), str(end), w.exact, w.stem or "(stopword)")
    console.print(table)


@app.command()
def extract(
    file: str = typer.Argument("-", help="A text file, or - for stdin."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, to resolve أمس، الثلاثاء …"),
    as_json: bool = JsonOption,
) -> None:
    """Show the weapons, places and event dates khabar extracts from an article."""
    from indexer.analysis import facets_to_json
    from indexer.extract import extract as run_extract
    from indexer.fields import parse_published

    text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    try:
        day = parse_published(published) if published else None
    except ValueError as error:
        _fail(f"--published: {error}")
    facets = facets_to_json(run_extract(text, day))
    if as_json:
        print(json.dumps(facets, ensure_ascii=False))
        return
    for w in facets["weapons"]:
        console.print(f"[bold]weapon[/]   {w['key']:<15} {w['label']}  ({len(w['spans'])}×)")
    for loc in facets["locations"]:
        console.print(f"[bold]place[/]    {' › '.join(loc['path']):<40} {loc['kind']}  {loc['name_en']}")
    for d in facets["event_dates"]:
        console.print(f"[bold]date[/]     {d['date']:<12} {d['expr']}")


@app.command()
def demo(index: Optional[Path] = IndexOption) -> None:
    """Index the shipped demo data (seeds/) and run example queries with their facet counts."""
    from .demo import run_demo

    run_demo(_index_path(index), console)


@app.command()
def shell(
    index: Optional[Path] = IndexOption,
    bidi: str = typer.Option("auto", "--bidi", help="Reorder Arabic for terminals without bidi support: on, off, auto."),
    plain: bool = typer.Option(False, "--plain", help="Start with syntax off: queries are plain text."),
) -> None:
    """The interactive search shell (type :help inside). Piped input runs each line and prints plain results."""
    from .shell import run_shell

    raise typer.Exit(run_shell(_open(index), bidi=bidi, plain=plain) or 0)


def main() -> None:
    app()
