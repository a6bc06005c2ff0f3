"""``khabar demo``: index the shipped data and show what khabar does with it."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.rule import Rule

from indexer.sources import Reader
from indexer.writer import Writer
from search import Index

from .progress import indexing_progress
from .render import facets_view, results_view, summary_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXAMPLES = (
    ("rockets and drones on Ain al-Asad, typed without hamza", "عين الاسد"),
    ("a plural finds the singular, and clitics are stripped", "صاروخ location:اليمن"),
    ("drones in Iraq: facets as filters", "weapon:drone location:العراق"),
    ("air strikes in one week, newest first", "غارات date:2015-07-25..2015-07-31 sort:-date"),
)


def run_demo(index_path: Path, console: Console) -> None:
    console.print(Rule(f"indexing {SEEDS.name}/ into {index_path}"))
    items = list(Reader().read([SEEDS]))
    with Writer(index_path) as writer, indexing_progress(len(items), console) as advance:
        summary = writer.add(items, progress=advance)
    console.print(summary_text(summary, max_problems=3))
    index = Index.open(index_path)
    for title, query in EXAMPLES:
        console.print(Rule(f"{title}:  khabar search '{query}'"))
        results = index.search(query, limit=3)
        console.print(results_view(results))
        console.print()
        console.print(facets_view(results.facets))
    console.print(Rule())
    hint = f" --index {index_path}" if index_path != _default() else ""
    console.print(f"Explore it yourself:  [bold]khabar shell{hint}[/]   ·   one-shot:  [bold]khabar search 'مسيرة'{hint}[/]")


def _default() -> Path:
    from .config import default_index_path

    return default_index_path()
