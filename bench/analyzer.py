"""Throughput of khabar's Arabic analyzer on the full shared corpus, on one core.

Four paths are timed for each named analyzer (``exact`` and ``stem``):

* the indexing path, terms without offsets: ``Analyzer.terms(text, "exact")`` for ``exact``, and
  ``Analyzer.index_terms(text)`` for ``stem`` (both views at once, as the indexer calls it); and
  the offsets path, ``Analyzer.analyze(text, mode)`` (tokens with offsets and positions);
* cold (a fresh ``Analyzer``: the word counts load and every word form is analysed for the
  first time, all inside the timing) and warm (the same analyzer over the corpus again).

Throughput is input tokens per second, the tokens counted once by the tokenizer, so every path
is measured against the same number. Times are CPU seconds of this process (``time.process_time``),
the best of ``--repeat`` runs (default 2): on a machine shared with other work, the best run is
the one least slowed by it. The wall clock of that run is printed beside.

    python bench/analyzer.py [--repeat N] [CORPUS_DIR]   (default: ../shared/corpus/saudinewsnet)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analyzers import Analyzer  # noqa: E402
from analyzers.lexicon import folded_frequency  # noqa: E402
from analyzers.tokenize import find_tokens  # noqa: E402
from khabar.pipes import run_quietly  # noqa: E402
from scripts.corpus import DEFAULT_CORPUS, iter_articles  # noqa: E402

GOAL_INDEX = 1_000_000  # stem tokens/s on the indexing path
GOAL_OFFSETS = GOAL_INDEX // 2


def load_texts(corpus: Path) -> list[str]:
    if not any(corpus.glob("*.zip")):
        sys.exit(
            f"bench/analyzer.py: no corpus at {corpus} (expected the SaudiNewsNet day ZIPs of "
            "../shared/corpus/saudinewsnet beside the repository); pass its folder as an argument"
        )
    return [f"{a.get('title') or ''}\n{a.get('content') or ''}" for a in iter_articles(corpus)]


def timed(run: Callable[[], None]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def run_path(texts: list[str], mode: str, path: str, analyzer: Analyzer) -> None:
    if path == "analyze":
        for text in texts:
            analyzer.analyze(text, mode)
    elif mode == "stem":
        for text in texts:
            analyzer.index_terms(text)
    else:
        for text in texts:
            analyzer.terms(text, "exact")


def fresh_analyzer() -> Analyzer:
    folded_frequency.cache_clear()  # the word counts load inside the cold timing too
    return Analyzer()


def main() -> None:
    args = sys.argv[1:]
    repeat = 2
    if args[:1] == ["--repeat"]:
        repeat, args = int(args[1]), args[2:]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    texts = load_texts(corpus)
    tokens = sum(len(find_tokens(t)) for t in texts)
    print(f"corpus: {len(texts):,} articles, {sum(map(len, texts)):,} characters, {tokens:,} tokens; best of {repeat}")
    print(f"{'analyzer':<8} {'path':<22} {'cache':<5} {'CPU s':>7} {'wall s':>7} {'tokens/s (CPU)':>15}")
    results = {}
    for mode in ("exact", "stem"):
        for path in ("terms", "analyze"):
            best: dict[str, tuple[float, float]] = {}
            for _ in range(repeat):
                analyzer = fresh_analyzer()
                for cache in ("cold", "warm"):
                    cpu, wall = timed(lambda: run_path(texts, mode, path, analyzer))
                    if cache not in best or cpu < best[cache][0]:
                        best[cache] = (cpu, wall)
            for cache in ("cold", "warm"):
                cpu, wall = best[cache]
                results[mode, path, cache] = rate = tokens / cpu
                label = "indexing (terms)" if path == "terms" else "offsets (analyze)"
                print(f"{mode:<8} {label:<22} {cache:<5} {cpu:>7.2f} {wall:>7.2f} {rate:>15,.0f}", flush=True)
    for cache in ("cold", "warm"):
        index_rate, offsets_rate = results["stem", "terms", cache], results["stem", "analyze", cache]
        print(
            f"goal ({cache}): stem indexing ≥ {GOAL_INDEX:,} tokens/s "
            f"{'met' if index_rate >= GOAL_INDEX else 'NOT met'}; stem offsets ≥ {GOAL_OFFSETS:,} "
            f"{'met' if offsets_rate >= GOAL_OFFSETS else 'NOT met'}"
        )


if __name__ == "__main__":
    sys.exit(run_quietly(main))
