"""The ``khabar`` command line: a thin layer over the library (analyzers, indexer, search)."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from analyzers import default_analyzer

app = typer.Typer(
    help="khabar (خبر): search Arabic news by words, dates, weapons and places.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)


@app.callback()
def _root() -> None:
    """khabar (خبر): search Arabic news by words, dates, weapons and places."""


@app.command()
def demo() -> None:
    """Analyse the first line of each shipped seed article (indexing comes next)."""
    from pathlib import Path

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for path in sorted(seeds.glob("*.txt")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        typer.echo(f"{path.name}: {first[:80]}")
        analyze(first[:80])


@app.command()
def analyze(text: str = typer.Argument(..., help='Arabic text, e.g. "بالعراق وسوريا"')) -> None:
    """Show how khabar analyses TEXT: each token's surface form, offsets, exact and stem terms.

    Example: khabar analyze "استُهدفت قاعدة عين الأسد بمسيّرتين"
    """
    analyzer = default_analyzer()
    table = Table("surface", "start", "end", "exact", "stem")
    for w, start, end in analyzer.words(text):
        table.add_row(text[start:end], str(start), str(end), w.exact, w.stem or "(stopword)")
    Console().print(table)


def main() -> None:
    app()
