"""Where khabar keeps its files when not told otherwise: an environment variable, else the user's
data directory (``~/.local/share/khabar/`` on Linux, the platform's equivalent elsewhere).

- the index: ``$KHABAR_INDEX``, else ``<data dir>/index``;
- the shell's history: ``$KHABAR_HISTORY``, else ``<data dir>/shell-history``.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "KHABAR_INDEX"
HISTORY_ENV = "KHABAR_HISTORY"


def _user_file(env_var: str, name: str) -> Path:
    configured = os.environ.get(env_var)
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir("khabar", appauthor=False)) / name


def default_index_path() -> Path:
    return _user_file(ENV_VAR, "index")


def history_path() -> Path:
    return _user_file(HISTORY_ENV, "shell-history")
