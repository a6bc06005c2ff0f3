"""Build analyzers/data/wordfreq.tsv.gz: how often each word form occurs in the shared corpus.

The clitic and suffix guards of the stemmer compare these counts ("does بغداد behave like a word
of its own, or like ب + غداد?"). Forms are normalised with the clitic table (ى kept apart) and only
those seen at least MIN_COUNT times are kept, so the file stays small.

    python scripts/build_wordfreq.py [CORPUS_DIR]
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from analyzers.normalize import CLITIC_TABLE  # noqa: E402
from analyzers.tokenize import find_tokens  # noqa: E402
from scripts.corpus import DEFAULT_CORPUS, iter_articles  # noqa: E402

MIN_COUNT = 3
OUT = Path(__file__).resolve().parent.parent / "analyzers" / "data" / "wordfreq.tsv.gz"


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    counts: Counter[str] = Counter()
    for article in iter_articles(corpus):
        text = f"{article.get('title') or ''}\n{article.get('content') or ''}"
        counts.update(find_tokens(text.translate(CLITIC_TABLE)))
    rows = sorted((w, c) for w, c in counts.items() if c >= MIN_COUNT and not w.isascii())
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# word forms of SaudiNewsNet (M. Alhagri, 2015), counted; see scripts/build_wordfreq.py\n")
        for word, count in rows:
            out.write(f"{word}\t{count}\n")
    print(f"{len(rows)} forms written to {OUT}")


if __name__ == "__main__":
    main()
