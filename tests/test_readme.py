"""The README's library example is real code: run it."""

from __future__ import annotations

import re

from .conftest import ROOT


def test_readme_library_example_runs(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "the README has a python example"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "صواريخ تستهدف قاعدة عين الأسد بالعراق" in out
    assert "missile" in out and "drone" in out
