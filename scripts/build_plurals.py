"""Build the dictionary data of the stemmer from Arramooz: broken plurals and feminine nouns.

Arramooz (arramooz-pysqlite on PyPI, by Taha Zerrouki, GPL data) lists broken plurals for about
5,300 nouns. A pair goes to analyzers/data/plurals.tsv only when it is safe for a search engine:
- the plural occurs in the shared corpus (bare or with ال), so the table holds words of the news;
- the singular is not rare beside the plural (الأنبار, الرياض are places, not plurals);
- the plural is not itself a singular headword of the dictionary (شعور is "feeling" as well as
  the plural of شعر), where mapping would merge two meanings;
- the plural is not a verb of the dictionary (أعرب، أمكن), nor a name (it takes the article at
  least now and then: حلب، أنقرة never do), nor, when it ends in ه, commoner as "his X" (حفظه);
- the singular's strong letters occur in the plural in order (a check on the dictionary's own
  slips: الزوجة is not the plural of رفيق), and the singular is not a stopword;
- when several singulars claim the same plural, the one most frequent in the corpus wins.
The curated pairs of analyzers/data/plurals_news.tsv are added on top at load time.

analyzers/data/feminine_nouns.txt lists the singular feminine nouns in ة of the dictionary that
the corpus uses (طائرة، شرطة، رياضة، جامعة): nouns in their own right, whose ة the stemmer must
not take for the feminine of an adjective (طائر، شرط، رياض، جامع) or for the pronoun ه. Adjectives
and relative adjectives (عسكرية) are left out: their ة is inflection.

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
from arabicstopwords.arabicstopwords import classed_stopwords_list  # noqa: E402

from analyzers.lexicon import SEARCHABLE_STOPWORDS, Lexicon  # noqa: E402
from analyzers.normalize import CLITIC_TABLE  # noqa: E402

DATA = ROOT / "analyzers" / "data"
RARE_SINGULAR = 20  # a "plural" 20 times commoner than its singular is another word
MIN_DEFINITE_SHARE = 0.03  # a plural seen this rarely with ال is a name (حلب، أنقرة، أسعد)
WEAK_LETTERS = frozenset("اويىءآأإؤئه")
MIN_FEMININE_COUNT = 3  # a feminine noun must occur this often (bare or with ال) to be listed
ADJECTIVAL_TYPES = ("فاعل", "مفعول", "صفة", "منسوب")  # word types whose ة is inflection
NON_LETTERS = re.compile(r"\([^)]*\)|[^\u0621-\u064a]")
# Pairs the dictionary lists whose plural the news reads as another word first: إثنية (ethnic),
# not أثنية of ثناء; أشمل (more comprehensive); برزة and المهرة (a Damascus district, a Yemeni
# province); شفاه (lips) and فناه, عصاه (his courtyard, his stick) that ة-folding makes of شفاة،
# فناة، عصاة; الإخوان (the Brotherhood, not brothers); بدنة (a sacrificial camel); أسدية; سادة,
# whose ات-plural reading would make السادات (Sadat) سيد; جهلة and دعاة, printed جهله "his
# ignorance" and دعاه "he called him" as often.
NOT_PLURALS = frozenset("أثنية أشمل برزة مهرة شفاة فناة عصاة إخوان بدنة أسدية سادة جهلة دعاة".split())


def load_wordfreq() -> dict[str, int]:
    """Counts by default-folded form (the file keeps the letters as written)."""
    counts: dict[str, int] = {}
    with gzip.open(DATA / "wordfreq.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                word, count = line.rstrip("\n").split("\t")
                key = word.translate(CLITIC_TABLE)
                counts[key] = counts.get(key, 0) + int(count)
    return counts


def fold(word: str) -> str:
    return word.translate(CLITIC_TABLE)


def shares_root(single: str, plural: str) -> bool:
    """Do the strong letters of ``single`` occur, in order, in ``plural``? (قاعدة → قواعد: ق ع د)"""
    letters = iter(plural)
    return all(c in letters for c in single if c not in WEAK_LETTERS)


def is_safe_pair(
    single: str, plural: str, seen, count, verbs, stopwords, written: str = "", teh_forms=frozenset()
) -> bool:
    """The filters of the module docstring, one per line."""
    return (
        len(plural) >= 3
        and plural != single
        and seen(plural) >= 2
        and plural not in verbs  # أعرب، أمكن، حقق are verbs before they are plurals
        and single not in stopwords
        and shares_root(single, plural)  # drops pairs the dictionary got wrong (الزوجة → رفيق)
        and seen(single) * RARE_SINGULAR >= seen(plural)  # الأنبار is a province, not the plural of نبر
        and count("ال" + plural) >= MIN_DEFINITE_SHARE * seen(plural)  # names take no article
        # حفظه، رفضه are "his keeping", "his refusal" in the news before they are plurals, unless
        # the dictionary writes the plural with ة (``written``) and the corpus prints it so at least
        # half the time (bare, or with the article when never bare): أمثلة beside أمثل "ideal"
        and not (
            plural.endswith("ه")
            and seen(plural[:-1]) * 2 >= seen(plural)
            and not (written.endswith("ة") and (plural if count(plural) else "ال" + plural) in teh_forms)
        )
    )


def build_plurals(con: sqlite3.Connection, freq: dict[str, int]) -> dict[str, str]:
    seen = lambda w: freq.get(w, 0) + freq.get("ال" + w, 0)  # noqa: E731
    count = lambda w: freq.get(w, 0)  # noqa: E731
    # Singular entries list their plurals; plural entries (جمع تكسير) name their singular.
    rows = con.execute("select unvocalized, broken_plural from nouns where number = 'مفرد'").fetchall()
    rows += con.execute("select single, unvocalized from nouns where number = 'جمع تكسير' and single != ''").fetchall()
    headwords = {w.translate(CLITIC_TABLE) for (w,) in con.execute("select unvocalized from nouns where number = 'مفرد'")}
    verbs = {w.translate(CLITIC_TABLE) for (w,) in con.execute("select unvocalized from verbs")}
    teh_forms = Lexicon().teh_marbuta_forms  # folded forms the corpus mostly prints with ة
    # The analyzer's stopwords: the list's words less those it keeps searchable (وقت، ابن، أمين).
    stopwords = {w.translate(CLITIC_TABLE) for w in classed_stopwords_list()} - {
        w.translate(CLITIC_TABLE) for w in SEARCHABLE_STOPWORDS
    }
    best: dict[str, tuple[str, str]] = {}  # folded plural → (plural, singular) as written
    for single, plurals in rows:
        single = NON_LETTERS.sub("", single)
        if len(single) < 2:
            continue
        for plural in re.split(r"[;,،]", plurals or ""):
            plural = NON_LETTERS.sub("", plural.replace("ج:", ""))
            if plural.startswith("ال") and not single.startswith("ال") and count("ال" + fold(plural)) < 2:
                plural = plural[2:]  # listed with its article (الأهالي); ألعاب keeps its ال
            key, folded_single = fold(plural), fold(single)
            if key in headwords or plural in NOT_PLURALS or not is_safe_pair(
                folded_single, key, seen, count, verbs, stopwords, plural, teh_forms
            ):
                continue
            if key not in best or seen(folded_single) > seen(fold(best[key][1])):
                best[key] = (plural, single)
    return dict(best.values())


def build_feminine_nouns(con: sqlite3.Connection, seen) -> list[str]:
    rows = con.execute(
        "select unvocalized, wordtype from nouns where number = 'مفرد' and gender = 'مؤنث' and unvocalized like '%ة'"
    ).fetchall()
    words = {
        NON_LETTERS.sub("", word) for word, wordtype in rows if not any(t in (wordtype or "") for t in ADJECTIVAL_TYPES)
    }
    return sorted(w for w in words if len(w) >= 3 and seen(fold(w)) >= MIN_FEMININE_COUNT)


def main() -> None:
    con = sqlite3.connect(Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite")
    freq = load_wordfreq()
    seen = lambda w: freq.get(w, 0) + freq.get("ال" + w, 0)  # noqa: E731
    plurals = build_plurals(con, freq)
    with (DATA / "plurals.tsv").open("w", encoding="utf-8") as out:
        out.write("# broken plural\tsingular, as Arramooz (arramooz-pysqlite) spells them; see scripts/build_plurals.py\n")
        for plural in sorted(plurals, key=fold):
            out.write(f"{plural}\t{plurals[plural]}\n")
    feminine = build_feminine_nouns(con, seen)
    with (DATA / "feminine_nouns.txt").open("w", encoding="utf-8") as out:
        out.write("# feminine nouns in ة, from Arramooz (arramooz-pysqlite); see scripts/build_plurals.py\n")
        out.writelines(f"{word}\n" for word in feminine)
    print(f"{len(plurals)} plural pairs, {len(feminine)} feminine nouns written to {DATA}")


if __name__ == "__main__":
    main()
