"""Where the index lives when ``--index`` is not given: ``$KHABAR_INDEX``, else the user's data
directory (``~/.local/share/khabar/index`` on Linux, the platform's equivalent elsewhere)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "KHABAR_INDEX"


def default_index_path() -> Path:
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    return Path(user_data_dir("khabar", appauthor=False)) / "index"
