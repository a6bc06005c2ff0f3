"""Build analyzers/data/plurals.tsv: broken plural → singular, from the Arramooz dictionary.

Arramooz (arramooz-pysqlite on PyPI, by Taha Zerrouki, GPL data) lists broken plurals for about
5,300 nouns. A pair is kept only when it is safe for a search engine:
- the plural occurs in the shared corpus (bare or with ال), so the table holds words of the news;
- the singular is not rare beside the plural (الأنبار, الرياض are places, not plurals);
- the plural is not itself a singular headword of the dictionary (شعور is "feeling" as well as
  the plural of شعر), where mapping would merge two meanings;
- when several singulars claim the same plural, the one most frequent in the corpus wins.
The curated pairs of analyzers/data/plurals_news.tsv are added on top at load time.

    python scripts/build_plurals.py   (needs: pip install arramooz-pysqlite)
"""

from __future__ import annotations

import gzip
import re
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import arramooz  # noqa: E402

from analyzers.normalize import CLITIC_TABLE  # noqa: E402

OUT = ROOT / "analyzers" / "data" / "plurals.tsv"
RARE_SINGULAR = 20  # a "plural" 20 times commoner than its singular is another word
NON_LETTERS = re.compile(r"\([^)]*\)|[^\u0621-\u064a]")


def load_wordfreq() -> dict[str, int]:
    with gzip.open(ROOT / "analyzers" / "data" / "wordfreq.tsv.gz", "rt", encoding="utf-8") as f:
        return {w: int(c) for w, c in (line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))}


def main() -> None:
    db = Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite"
    con = sqlite3.connect(db)
    # Singular entries list their plurals; plural entries (جمع تكسير) name their singular.
    rows = con.execute("select unvocalized, broken_plural from nouns where number = 'مفرد'").fetchall()
    rows += con.execute("select single, unvocalized from nouns where number = 'جمع تكسير' and single != ''").fetchall()
    freq = load_wordfreq()
    seen = lambda w: freq.get(w, 0) + freq.get("ال" + w, 0)  # noqa: E731
    headwords = {w.translate(CLITIC_TABLE) for (w,) in con.execute("select unvocalized from nouns where number = 'مفرد'")}
    best: dict[str, str] = {}
    for single, plurals in rows:
        single = NON_LETTERS.sub("", single)
        single = single.translate(CLITIC_TABLE)
        if len(single) < 2:
            continue
        for plural in re.split(r"[;,،]", plurals or ""):
            plural = NON_LETTERS.sub("", plural.replace("ج:", "")).translate(CLITIC_TABLE)
            if len(plural) < 3 or plural == single or plural in headwords or seen(plural) < 2:
                continue
            if seen(single) * RARE_SINGULAR < seen(plural):
                continue  # الأنبار is a province, not the plural of نبر
            if plural not in best or seen(single) > seen(best[plural]):
                best[plural] = single
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# broken plural\tsingular, from Arramooz (arramooz-pysqlite); see scripts/build_plurals.py\n")
        for plural in sorted(best):
            out.write(f"{plural}\t{best[plural]}\n")
    print(f"{len(best)} pairs written to {OUT}")


if __name__ == "__main__":
    main()
