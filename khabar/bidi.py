"""Right-to-left text in terminals: whether to reorder Arabic before printing it.

A terminal stores what a program prints in logical order (the order Arabic is typed in). Some
terminals run the Unicode bidirectional algorithm over each line before drawing it, so Arabic
reads right to left as it should; others draw every line left to right, and Arabic then appears
backwards. For those, khabar can reorder each line itself (python-bidi's ``get_display``) so it
comes out right. Reordering on a terminal that also reorders would reverse the text twice, so
``auto`` reorders only on terminals known to lack bidi support.

The table below is what is known about terminals, keyed by the environment variables they set.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import textwrap

from bidi import get_display

try:  # python-bidi's pure-Python implementation: slower, but it mirrors brackets (rule L4)
    from bidi.algorithm import get_display as get_display_mirrored
except ImportError:  # pragma: no cover - a python-bidi without the legacy module
    get_display_mirrored = get_display

MODES = ("on", "off", "auto")
Display = Callable[[str], str]


@dataclass(frozen=True)
class Terminal:
    """A terminal recognised by an environment variable, and whether it lays out bidi text."""

    name: str
    variable: str
    matches: Callable[[str], bool]
    does_bidi: bool


def _vte_with_bidi(version: str) -> bool:
    # VTE_VERSION is e.g. "7600" for 0.76.0; BiDi arrived in VTE 0.57.3 (GNOME Terminal 3.33.3).
    return version.isdigit() and int(version) >= 5703


def _any(_: str) -> bool:
    return True


def _term_starts(*prefixes: str) -> Callable[[str], bool]:
    return lambda value: value.startswith(prefixes)


# Order matters: the first match wins. Variables inherited from an outer terminal (e.g. inside
# tmux or screen) still describe the terminal that draws the text, which is what counts.
# iTerm2 is left out on purpose: newer versions have bidi as a setting, so it cannot be told.
TERMINALS: tuple[Terminal, ...] = (
    Terminal("mlterm", "MLTERM", _any, True),
    Terminal("Konsole", "KONSOLE_VERSION", _any, True),
    Terminal("VTE ≥ 0.57.3 (GNOME Terminal, Tilix, Xfce Terminal…)", "VTE_VERSION", _vte_with_bidi, True),
    Terminal("older VTE", "VTE_VERSION", _any, False),
    Terminal("macOS Terminal", "TERM_PROGRAM", lambda v: v == "Apple_Terminal", True),
    Terminal("mintty", "TERM_PROGRAM", lambda v: v == "mintty", True),
    Terminal("VS Code's terminal", "TERM_PROGRAM", lambda v: v == "vscode", False),
    Terminal("WezTerm (bidi is off unless configured)", "TERM_PROGRAM", lambda v: v == "WezTerm", False),
    Terminal("Hyper", "TERM_PROGRAM", lambda v: v == "Hyper", False),
    Terminal("kitty", "KITTY_WINDOW_ID", _any, False),
    Terminal("Alacritty", "ALACRITTY_WINDOW_ID", _any, False),
    Terminal("Windows Terminal", "WT_SESSION", _any, False),
    Terminal("xterm", "XTERM_VERSION", _any, False),
    Terminal("mlterm", "TERM", _term_starts("mlterm"), True),
    Terminal("kitty", "TERM", _term_starts("xterm-kitty"), False),
    Terminal("Alacritty", "TERM", _term_starts("alacritty"), False),
    Terminal("foot", "TERM", _term_starts("foot"), False),
    Terminal("st", "TERM", _term_starts("st-", "st"), False),
    Terminal("the Linux console", "TERM", lambda v: v == "linux", False),
)


def detect_terminal(environ: Mapping[str, str] | None = None) -> Terminal | None:
    """The first terminal of :data:`TERMINALS` the environment matches, or None when unknown."""
    env = os.environ if environ is None else environ
    for terminal in TERMINALS:
        value = env.get(terminal.variable)
        if value is not None and terminal.matches(value):
            return terminal
    return None


def should_reorder(mode: str, environ: Mapping[str, str] | None = None) -> bool:
    """Whether khabar should reorder Arabic itself: ``on``, ``off``, or ``auto`` (only on a
    terminal known to lack bidi support; when unsure, leave the text alone)."""
    if mode not in MODES:
        raise ValueError(f"--bidi must be one of {', '.join(MODES)}, not {mode!r}")
    if mode != "auto":
        return mode == "on"
    terminal = detect_terminal(environ)
    return terminal is not None and not terminal.does_bidi


MIRRORED = frozenset("()[]{}<>«»‹›")


def _line(line: str) -> str:
    if not _has_rtl(line):
        return line
    # The fast get_display leaves brackets unmirrored, so (عين) would show as )نيع(.
    return get_display_mirrored(line) if MIRRORED.intersection(line) else get_display(line)


def reorder(text: str) -> str:
    """``text`` in display order for a left-to-right terminal, line by line (each line is its
    own paragraph, as a terminal draws it)."""
    return "\n".join(_line(line) for line in text.split("\n"))


def reorder_wrapped(text: str, width: int) -> str:
    """``text`` wrapped at ``width`` in logical order, then reordered line by line: a reordered
    paragraph that the terminal wrapped instead would show its last line first."""
    lines = [part for paragraph in text.split("\n") for part in (textwrap.wrap(paragraph, width) or [""])]
    return reorder("\n".join(lines))


def unchanged(text: str) -> str:
    """The display function of a terminal that lays out bidi text itself."""
    return text


# Hebrew, Arabic, Syriac, Thaana, NKo … up to U+08FF, and the Hebrew and Arabic presentation forms.
RTL_RANGES = (("\u0590", "\u08ff"), ("\ufb1d", "\ufdff"), ("\ufe70", "\ufeff"))


def _has_rtl(text: str) -> bool:
    return any(start <= c <= end for c in text for start, end in RTL_RANGES)
