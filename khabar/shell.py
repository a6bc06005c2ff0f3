"""``khabar shell``: the interactive search shell.

A thin loop around :class:`khabar.shell_session.ShellSession`, which holds the state and the
commands. At a terminal the loop is a prompt_toolkit ``PromptSession`` (completion, persistent
history, Ctrl-R history search, a toolbar with the search in force); with piped input it runs
each line and prints plain results, so the shell can be scripted:

    echo 'صواريخ' | khabar shell
    printf 'مسيرة\\n:filter location:العراق\\n:open 1\\n' | khabar shell
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from prompt_toolkit import PromptSession
from prompt_toolkit.application import create_app_session
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output
from rich.console import Console
from rich.text import Text

from search import Index

from .bidi import MODES as BIDI_MODES
from .config import history_path
from .bidi import should_reorder
from .pipes import run_quietly
from .shell_complete import ShellCompleter
from .shell_session import Reply, ShellSession
from .shell_views import Look

PROMPT = "khabar> "
PLAIN_PROMPT = "khabar (plain)> "


def run_shell(
    index: Index,
    *,
    bidi: str = "auto",
    plain: bool = False,
    input: Input | None = None,
    output: Output | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    history: Path | None = None,
) -> int:
    """Run the shell over ``index``; returns 0, or 1 when a piped line failed.

    ``input``/``output`` are prompt_toolkit's (a pipe input in tests); without them the shell is
    interactive when stdin is a terminal and piped otherwise. Results go to ``stdout``."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    if bidi not in BIDI_MODES:
        stderr.write(f"error: --bidi must be one of {', '.join(BIDI_MODES)}, not {bidi!r}\n")
        return 2
    if input is None and not stdin.isatty():
        # The reader may go away (… | head): stop quietly.
        return run_quietly(
            lambda: _run_piped(index, stdin, stdout, stderr, bidi_mode=bidi, plain=plain), stdout
        )
    return _run_interactive(index, stdout, input, output, bidi_mode=bidi, plain=plain, history=history)


# -- piped -------------------------------------------------------------------------------------


def _run_piped(
    index: Index, stdin: TextIO, stdout: TextIO, stderr: TextIO, *, bidi_mode: str, plain: bool
) -> int:
    """Each input line as if typed, echoed after the prompt, results in plain text; errors go
    to stderr as one line each and the next line runs."""
    console = Console(file=stdout, no_color=True, color_system=None, highlight=False, emoji=False)
    errors = Console(file=stderr, no_color=True, color_system=None, highlight=False, emoji=False)
    # Output to a pipe is not a terminal: reorder only when asked to.
    look = Look(reorder=bidi_mode == "on", marks=True, width=console.width)
    session = ShellSession(index, syntax=not plain, look=look, width=console.width)
    failed = False
    for raw in _lines(stdin):
        line = raw.strip()
        if not line:
            continue
        console.print(Text(PROMPT + look.text(line)), soft_wrap=True)
        reply = session.run(line)
        if reply.error:
            failed = True
            stdout.flush()  # keep errors in their place when both streams go to one file
            errors.print(Text(f"error: {reply.error}"), soft_wrap=True)
        _print(console, reply)
        stdout.flush()
        if reply.quit:
            break
    return 1 if failed else 0


def _lines(stream: TextIO):
    # Read bytes where there are any: a pipe's text encoding may not be UTF-8 (a C locale).
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from stream
        return
    for raw in buffer:
        yield raw.decode("utf-8", errors="replace")


def _print(console: Console, reply: Reply) -> None:
    for item in reply.output:
        console.print(item)
    if reply.output:
        console.print()


# -- interactive -------------------------------------------------------------------------------


def _history(path: Path | None, console: Console) -> History:
    path = path or history_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch(exist_ok=True)
    except OSError as error:
        console.print(Text(f"history is not kept: cannot write {path} ({error.strerror})", style="yellow"))
        return InMemoryHistory()
    return FileHistory(str(path))


def _run_interactive(
    index: Index,
    stdout: TextIO,
    input: Input | None,
    output: Output | None,
    *,
    bidi_mode: str,
    plain: bool,
    history: Path | None,
) -> int:
    console = Console(file=stdout, highlight=False, emoji=False)
    look = Look(reorder=should_reorder(bidi_mode), marks=console.color_system is None, width=console.width)
    session = ShellSession(index, syntax=not plain, look=look, width=console.width)
    with create_app_session(input=input, output=output):
        prompt = PromptSession(
            history=_history(history, console),
            completer=ShellCompleter(session),
            complete_while_typing=False,  # Tab completes; typing Arabic is not interrupted by menus
            bottom_toolbar=lambda: _toolbar(session),
            enable_history_search=False,  # Up/Down walk the history; Ctrl-R searches it
        )
        console.print(_banner(index, look))
        while True:
            try:
                line = prompt.prompt(PLAIN_PROMPT if not session.state.syntax else PROMPT)
            except KeyboardInterrupt:
                continue  # Ctrl-C clears the line, as in a shell
            except EOFError:
                break
            reply = session.run(line)
            if reply.error:
                console.print(Text(f"error: {reply.error}", style="bold red"), soft_wrap=True)
            _print(console, reply)
            if reply.quit:
                break
    return 0


def _banner(index: Index, look: Look) -> Text:
    text = Text("khabar shell", style="bold")
    text.append(
        f" · {index.path} · type Arabic to search · :help for commands · Tab completes · Ctrl-D leaves",
        style="dim",
    )
    if look.reorder:
        text.append("\nArabic is reordered for this terminal (--bidi off if it looks reversed)", style="dim")
    return text


def _toolbar(session: ShellSession) -> str:
    state = session.state
    parts = []
    if state.results is not None:
        parts.append(f"{state.results.total} articles")
    if state.filters:
        parts.append("filters: " + " ".join(f.text for f in state.filters))
    sort = state.results.sort if state.results is not None else state.sort
    parts.append(f"sort: {sort or 'score'}")
    if not state.syntax:
        parts.append("plain text")
    return "  " + " · ".join(parts)
