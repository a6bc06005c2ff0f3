"""Snippets: the best fragments of a hit in its ORIGINAL text, with the matched words as spans.

Only the hits on screen are looked at again (see the highlight module), so highlighting costs
nothing at index time and the spans are character offsets into the text as printed, diacritics
and all. (Tantivy's
own snippet ranges are UTF-8 byte offsets, and it only knows the analysed terms.)
"""

from __future__ import annotations

from collections import Counter

from .highlight import Highlighter, Span
from .results import Snippet

FRAGMENT_CHARS = 220
MAX_FRAGMENTS = 2


def _best_window(spans: list[Span], used: set[int]) -> tuple[int, int] | None:
    """The window of FRAGMENT_CHARS holding the most distinct matched words (then the most
    matches), as (first span, last span + 1), starting at a span not in ``used``.

    Spans do not overlap, so the spans that fit after span ``i`` are a run ``i .. j - 1``; one
    pass slides that run along (with a count of its keys) instead of rescanning it per span."""
    best, best_score = None, (0, 0)
    keys: Counter[str] = Counter()
    j = 0
    for i, (start, _, key) in enumerate(spans):
        j = max(j, i)
        while j < len(spans) and spans[j][1] <= start + FRAGMENT_CHARS:
            keys[spans[j][2]] += 1
            j += 1
        if i not in used and (len(keys), j - i) > best_score:
            best, best_score = (i, j), (len(keys), j - i)
        if j > i:  # span i leaves the run
            keys[key] -= 1
            if not keys[key]:
                del keys[key]
    return best


def _fragment(text: str, center_start: int, center_end: int) -> tuple[int, int]:
    """Character bounds of a fragment around a match, cut at spaces."""
    pad = max(0, (FRAGMENT_CHARS - (center_end - center_start)) // 2)
    start = max(0, center_start - pad)
    end = min(len(text), center_end + pad)
    if start > 0:
        space = text.find(" ", start, center_start)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", center_end, end)
        end = space if space != -1 else end
    return start, end


def make_snippets(title: str, body: str, highlighter: Highlighter) -> list[Snippet]:
    """The title with its matches marked (when it has any), then up to two body fragments."""
    snippets: list[Snippet] = []
    title_spans = highlighter.spans(title)
    if title_spans:
        snippets.append(Snippet(title, [(s, e) for s, e, _ in title_spans], "title"))
    spans = highlighter.spans(body)
    if not spans:
        start, end = _fragment(body, 0, 0)
        return snippets + [Snippet(body[:end].strip(), [], "body")] if not snippets else snippets
    used: set[int] = set()
    windows = []
    for _ in range(MAX_FRAGMENTS):
        window = _best_window(spans, used)
        if window is None:
            break
        used.update(range(*window))
        windows.append(window)
    for first, last in sorted(windows):
        inside = spans[first:last]
        start, end = _fragment(body, inside[0][0], inside[-1][1])
        marks = [(s - start, e - start) for s, e, _ in spans if s >= start and e <= end]
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(body) else ""
        shift = len(prefix)
        snippets.append(
            Snippet(prefix + body[start:end] + suffix, [(s + shift, e + shift) for s, e in marks], "body")
        )
    return snippets
