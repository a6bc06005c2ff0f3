"""Build analyzers/data/wordfreq.tsv.gz: how often each word form occurs in the shared corpus.

The clitic and suffix guards of the stemmer compare these counts ("does بغداد behave like a word
of its own, or like ب + غداد?"). Forms are stored with the marks removed (harakat, tatweel,
invisible marks, presentation forms folded) but with their letters as written (أ إ آ ة ؤ ئ ى
kept), so that an analyzer built with other normalisation rules folds them its own way when it
loads them (see analyzers/lexicon.py). A form is kept when its default-folded spelling is seen
at least MIN_COUNT times; spellings seen once are merged into the commonest spelling of the same
folded form, so the folded counts stay exact and the file stays small.

    python scripts/build_wordfreq.py [CORPUS_DIR]
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzers.normalize import CLITIC_TABLE, NormalizationRules, build_table  # noqa: E402
from analyzers.tokenize import find_tokens  # noqa: E402
from scripts.corpus import DEFAULT_CORPUS, iter_articles  # noqa: E402

MIN_COUNT = 3
OUT = Path(__file__).resolve().parent.parent / "analyzers" / "data" / "wordfreq.tsv.gz"
# Marks removed, letters as written.
MARKS_ONLY = build_table(
    NormalizationRules(
        alef=False, hamza_carriers=False, teh_marbuta=False, alef_maqsura=False, persian_letters=False,
        digits=False, latin_lowercase=False,
    )
)


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    counts: Counter[str] = Counter()
    for article in iter_articles(corpus):
        text = f"{article.get('title') or ''}\n{article.get('content') or ''}"
        counts.update(find_tokens(text.translate(MARKS_ONLY)))
    spellings: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for word, count in counts.items():
        if not word.isascii():
            spellings[word.translate(CLITIC_TABLE)].append((count, word))
    rows = []
    for variants in spellings.values():
        if sum(c for c, _ in variants) < MIN_COUNT:
            continue
        variants.sort(reverse=True)
        rare = sum(c for c, _ in variants if c < 2)
        kept = [(c, w) for c, w in variants if c >= 2] or [(0, variants[0][1])]
        kept[0] = (kept[0][0] + rare, kept[0][1])
        rows += [(w, c) for c, w in kept]
    rows.sort()
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# word forms of SaudiNewsNet (M. Alhagri, 2015), marks removed, counted; see scripts/build_wordfreq.py\n")
        for word, count in rows:
            out.write(f"{word}\t{count}\n")
    print(f"{len(rows)} forms ({len(spellings)} spellings) written to {OUT}")


if __name__ == "__main__":
    main()
