"""Closed pipes: output piped into a reader that stops early (``… | head``) ends quietly."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from typing import TextIO


def silence(stream: TextIO) -> None:
    """Point a closed pipe's descriptor at /dev/null, so flushing it at exit raises nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def run_quietly(main: Callable[[], int | None], stdout: TextIO | None = None) -> int:
    """``main()``'s exit status; 0 when the reader of ``stdout`` (default: sys.stdout) closed the
    pipe, 130 on Ctrl-C (no traceback)."""
    try:
        return main() or 0
    except BrokenPipeError:
        silence(stdout or sys.stdout)
        return 0
    except KeyboardInterrupt:
        return 130
