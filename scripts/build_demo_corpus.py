"""Build seeds/saudinewsnet-demo.zip: the demo corpus khabar ships, 3,000 SaudiNewsNet articles.

Half are conflict news (they carry weapon words), half are drawn at random from the rest, so the
demo shows both facet counts and ordinary search. The ZIP holds one JSON array in the corpus's own
layout, so the indexer reads it exactly as it reads the full corpus.

SaudiNewsNet: M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet.

    python scripts/build_demo_corpus.py [CORPUS_DIR]
"""

from __future__ import annotations

import json
import random
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.corpus import DEFAULT_CORPUS, iter_articles  # noqa: E402

SIZE = 3000
CONFLICT = re.compile(r"صاروخ|صواريخ|قذائف|قذيفة|غارة|غارات|هاون|مفخخة|انتحاري|عبوة ناسفة|طائرة بدون طيار|كاتيوشا")
OUT = ROOT / "seeds" / "saudinewsnet-demo.zip"


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    rng = random.Random(2015)
    seen_titles: set[str] = set()
    conflict, other = [], []
    for article in iter_articles(corpus):
        title = (article.get("title") or "").strip()
        if not article.get("content") or (title and title in seen_titles):
            continue
        seen_titles.add(title)
        (conflict if CONFLICT.search(article["content"]) else other).append(article)
    picked = rng.sample(conflict, SIZE // 2) + rng.sample(other, SIZE - SIZE // 2)
    picked.sort(key=lambda a: (a["date_extracted"], a["url"]))
    with zipfile.ZipFile(OUT, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("saudinewsnet-demo.json", json.dumps(picked, ensure_ascii=False, indent=0))
    print(f"{len(picked)} articles written to {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
