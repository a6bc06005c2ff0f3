"""The progress display of long runs: articles done, docs/s and the time left."""

from __future__ import annotations

from contextlib import contextmanager
from collections.abc import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.text import Text


class RateColumn(ProgressColumn):
    """Articles per second."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} docs/s" if speed else "— docs/s", style="cyan")


@contextmanager
def indexing_progress(total: int | None, console: Console | None = None) -> Iterator:
    """Yields a callback ``(done, problems)`` that advances a bar with docs/s and ETA."""
    columns = [TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), TextColumn("{task.fields[problems]} skipped")]
    with Progress(*columns, console=console or Console(stderr=True), transient=False) as progress:
        task = progress.add_task("indexing", total=total, problems=0)

        def advance(done: int, problems: int) -> None:
            progress.update(task, completed=done, problems=problems)

        yield advance
