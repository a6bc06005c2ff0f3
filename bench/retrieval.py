"""Retrieval quality: known-item queries typed the way users type Arabic, on four systems.

    python bench/retrieval.py                      # builds every index of the corpus first
    python bench/retrieval.py --index news-index   # reuses (or builds and keeps) khabar's index
    python bench/retrieval.py --limit 3000 --json

Queries (seed 11 by default, 360 of them): articles with distinctive titles are drawn from the corpus;
from each title 2–4 content words (stopwords skipped) are kept, and re-spelled as users type:

* ``alef`` — hamza dropped from أ إ آ, or added to a bare initial alef (الانتخابات → الإنتخابات);
* ``diacritics`` — harakat (and sometimes a shadda or tanween) sprinkled on the letters;
* ``teh_yeh`` — final ة typed ه, final ى typed ي and final ي typed ى;
* ``clitic`` — ال removed, or و / ب / ل / ال attached (ل + ال → لل);
* ``plural`` — a broken plural replaced by its singular or the reverse (analyzers/data/plurals*.tsv,
  whose forms are normalised: no hamza, ة written ه — as many users type them).

Each query gets one primary kind (the kinds take turns) applied to one of its words, and, one time in
three, a second random change on another word. The known item is the source article; articles whose
titles are near-duplicates of it (same normalised title words, Jaccard ≥ 0.8) count as correct too.

The systems, over the same articles, each with title matches weighted ×2 and BM25:

1. ``raw`` — Tantivy's ``default`` tokenizer on title and body: no Arabic handling;
2. ``exact`` — khabar's ``exact`` view alone (orthographic normalisation, no stemming);
3. ``lucene`` — Lucene-style light stemming (bench/lucene_arabic.py), whitespace-joined terms;
4. ``khabar`` — ``Index.search`` with the words (AND), and with ``syntax=False`` (the words ORed).

Systems 1–3 are run with AND and with OR of the words, so each semantics has a fair comparison.
Printed: MRR@10 and recall@10 per system and semantics, and MRR@10 per kind of re-spelling.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import tantivy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import (  # noqa: E402
    CORPUS_HELP,
    DEFAULT_CORPUS,
    ROOT,
    TITLE_BOOST,
    analysed_schema,
    build_index,
    build_raw_index,
    corpus_files,
    fmt,
    khabar_index_at,
    load_average,
    read_articles,
)
from bench.lucene_arabic import LightStemmer, normalize as lucene_normalize  # noqa: E402
from indexer.article import Article  # noqa: E402
from khabar.pipes import run_quietly  # noqa: E402

KINDS = ("alef", "diacritics", "teh_yeh", "clitic", "plural")
K = 10
NEAR_DUPLICATE = 0.8  # Jaccard of normalised title words
MAX_DUPLICATES = 5  # a title shared by more articles than this is not distinctive
MIN_CONTENT_WORDS = 4
SECOND_CHANGE = 1 / 3
PLURAL_FILES = ("plurals.tsv", "plurals_news.tsv")

HARAKAT = "\u064e\u064f\u0650\u0652"  # fatha damma kasra sukun
TANWEEN = "\u064b\u064c\u064d"
SHADDA = "\u0651"
HAMZA_ALEFS = "أإآ"
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]{3,}$")
ARABIC_RUN = re.compile(r"[\u0621-\u064a]+")
MIN_WORD_COUNT = 5  # a clitic is dropped only when the corpus prints the rest as a word this often
PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")  # longest first, for finding a word's base


# -- re-spelling, one function per kind: the word re-spelled, or None when the kind does not apply ------


def _split_prefix(word: str) -> tuple[str, str]:
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return prefix, word[len(prefix):]
    return "", word


def respell_alef(word: str, rng: random.Random) -> str | None:
    if any(c in word for c in HAMZA_ALEFS):
        return re.sub(f"[{HAMZA_ALEFS}]", "ا", word)
    prefix, base = _split_prefix(word)
    if base.startswith("ا") and len(base) >= 3:
        return prefix + rng.choice("أإ") + base[1:]
    return None


def respell_diacritics(word: str, rng: random.Random) -> str | None:
    out = []
    for i, c in enumerate(word):
        out.append(c)
        if c in "اوىء" and i:  # long vowels and bare hamza rarely carry a haraka
            continue
        roll = rng.random()
        if i == len(word) - 1 and roll < 0.3:
            out.append(rng.choice(TANWEEN))
        elif roll < 0.12:
            out.append(SHADDA + rng.choice(HARAKAT[:3]))
        elif roll < 0.7:
            out.append(rng.choice(HARAKAT))
    vocalised = "".join(out)
    return vocalised if vocalised != word else word[0] + HARAKAT[0] + word[1:]


def respell_teh_yeh(word: str, rng: random.Random) -> str | None:
    swaps = {"ة": "ه", "ى": "ي", "ي": "ى"}
    last = word[-1]
    return word[:-1] + swaps[last] if last in swaps else None


def respell_clitic(word: str, rng: random.Random, vocabulary: Counter) -> str | None:
    prefix, base = _split_prefix(word)
    if prefix == "ال":
        # ل + ال: the article's alef goes (للمدينة), and a third lam merges too (لله, للجنة).
        with_lam = "ل" + base if base.startswith("ل") else "ل" + word[1:]
        return rng.choice([base, "و" + word, "ب" + word, with_lam])
    if prefix:  # وال بال فال كال لل → the bare ال form, or no article
        return rng.choice(["ال" + base, base])
    rest = word[1:]
    # ب and ل rarely begin a word the corpus prints more often without them (بطوكيو → طوكيو);
    # و and ف often begin a word (ورد, فورد), so they are not taken off.
    if word[0] in "بل" and vocabulary[rest] >= max(MIN_WORD_COUNT, vocabulary[word]):
        return rest
    forms = [] if word[0] == "و" else ["و" + word]
    if vocabulary["ال" + word] >= MIN_WORD_COUNT:  # a noun: the corpus prints it with the article
        forms += ["ب" + word, "ال" + word, "وال" + word]
    return rng.choice(forms) if forms else None


class Plurals:
    """The analyzer's broken-plural tables, both ways, for re-spelling; looked up by a normalised key,
    answered in the tables' own spelling."""

    def __init__(self) -> None:
        self.singular: dict[str, str] = {}
        self.plurals: dict[str, list[str]] = defaultdict(list)
        for name in PLURAL_FILES:
            for line in (ROOT / "analyzers" / "data" / name).read_text(encoding="utf-8").splitlines():
                if not line.strip() or line.startswith("#"):
                    continue
                plural, singular = line.split("\t")[:2]
                self.singular[self.key(plural)] = singular
                self.plurals[self.key(singular)].append(plural)

    @staticmethod
    def key(word: str) -> str:
        return lucene_normalize(word).replace("ؤ", "و").replace("ئ", "ي").replace("ء", "")

    def respell(self, word: str, rng: random.Random) -> str | None:
        prefix, base = _split_prefix(word)
        key = self.key(base)
        if key in self.singular:
            return prefix + self.singular[key]
        if len(self.plurals.get(key, ())) == 1:  # a singular of several plurals may have several senses
            return prefix + self.plurals[key][0]
        return None


# -- the queries --------------------------------------------------------------------------------------


@dataclass
class KnownItem:
    """One known-item query: the words typed, the article looked for, and what was changed."""

    target: str
    title: str
    original: list[str]
    words: list[str]
    kind: str  # the primary re-spelling
    changes: list[str] = field(default_factory=list)
    relevant: list[str] = field(default_factory=list)  # the target and its near-duplicate titles


def title_key(title: str) -> frozenset[str]:
    return frozenset(lucene_normalize(w) for w in re.findall(r"[\u0621-\u064a\u064b-\u0652]+", title) if len(w) > 1)


class QueryMaker:
    """Draws known-item queries from the articles, reproducibly for a seed."""

    def __init__(self, articles: list[Article], seed: int) -> None:
        from analyzers import default_analyzer

        self.articles = articles
        self.rng = random.Random(seed)
        self.analyzer = default_analyzer()
        self.plurals = Plurals()
        self.respellers: dict[str, Callable[[str, random.Random], str | None]] = {
            "alef": respell_alef,
            "diacritics": respell_diacritics,
            "teh_yeh": respell_teh_yeh,
            "clitic": lambda w, r: respell_clitic(w, r, self.vocabulary),
            "plural": self.plurals.respell,
        }
        self.vocabulary: Counter[str] = Counter()
        for a in articles:
            self.vocabulary.update(ARABIC_RUN.findall(a.title))
            self.vocabulary.update(ARABIC_RUN.findall(a.body))
        self.keys = [title_key(a.title) for a in articles]
        self.by_word: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(self.keys):
            for w in key:
                self.by_word[w].append(i)

    def near_duplicates(self, i: int) -> list[int]:
        key = self.keys[i]
        if not key:
            return [i]
        rarest = min(key, key=lambda w: len(self.by_word[w]))
        return [j for j in self.by_word[rarest] if len(key & self.keys[j]) / len(key | self.keys[j]) >= NEAR_DUPLICATE]

    def content_words(self, title: str) -> list[str]:
        seen, words = set(), []
        for w in title.split():
            w = w.strip(".,:;!?()[]«»\"'،؛؟-")
            if ARABIC_WORD.match(w) and self.analyzer.word(w).stem and w not in seen:
                seen.add(w)
                words.append(w)
        return words

    def make(self, count: int) -> list[KnownItem]:
        quota = {k: count // len(KINDS) + (i < count % len(KINDS)) for i, k in enumerate(KINDS)}
        made: dict[str, int] = Counter()
        order = list(range(len(self.articles)))
        self.rng.shuffle(order)
        items: list[KnownItem] = []
        for i in order:
            if len(items) >= count:
                break
            article = self.articles[i]
            words = self.content_words(article.title)
            if len(words) < MIN_CONTENT_WORDS:
                continue
            duplicates = self.near_duplicates(i)
            if len(duplicates) > MAX_DUPLICATES:
                continue
            k = self.rng.randint(2, 4)
            picked = [words[j] for j in sorted(self.rng.sample(range(len(words)), k))]
            item = self._respell(article, picked, quota, made)
            if item is None:
                continue
            item.relevant = sorted({self.articles[j].id for j in duplicates} | {article.id})
            made[item.kind] += 1
            items.append(item)
        return items

    def _respell(self, article: Article, picked: list[str], quota: dict[str, int], made: Counter) -> KnownItem | None:
        rng = self.rng
        open_kinds = sorted((k for k in KINDS if made[k] < quota[k]), key=lambda k: made[k])
        for kind in open_kinds:
            slots = [(j, new) for j, w in enumerate(picked) if (new := self.respellers[kind](w, rng)) and new != w]
            if not slots:
                continue
            j, new = rng.choice(slots)
            words = list(picked)
            words[j] = new
            changes = [f"{kind}: {picked[j]} → {new}"]
            others = [n for n in range(len(words)) if n != j]
            if others and rng.random() < SECOND_CHANGE:
                n = rng.choice(others)
                second = rng.choice([k for k in KINDS if k != kind])
                changed = self.respellers[second](words[n], rng)
                if changed and changed != words[n]:
                    changes.append(f"{second}: {words[n]} → {changed}")
                    words[n] = changed
            return KnownItem(article.id, article.title, picked, words, kind, changes)
        return None


# -- the systems ----------------------------------------------------------------------------------------

Searcher = Callable[[list[str]], list[str]]  # query words → ranked ids


def _combine(clauses: list[tantivy.Query], conjunctive: bool) -> tantivy.Query:
    occur = tantivy.Occur.Must if conjunctive else tantivy.Occur.Should
    if not clauses:
        return tantivy.Query.empty_query()
    return tantivy.Query.boolean_query([(occur, c) for c in clauses])


def _field_pair(schema: tantivy.Schema, title: str, body: str, term: str) -> tantivy.Query:
    return tantivy.Query.boolean_query([
        (tantivy.Occur.Should, tantivy.Query.boost_query(tantivy.Query.term_query(schema, title, term), TITLE_BOOST)),
        (tantivy.Occur.Should, tantivy.Query.term_query(schema, body, term)),
    ])


def _ranked_ids(index: tantivy.Index, query: tantivy.Query) -> list[str]:
    searcher = index.searcher()
    hits = searcher.search(query, K, count=False).hits
    return [searcher.doc(address).get_first("id") for _score, address in hits]


def raw_system(index: tantivy.Index, conjunctive: bool) -> Searcher:
    def run(words: list[str]) -> list[str]:
        clauses = [index.parse_query(w, ["title", "body"], field_boosts={"title": TITLE_BOOST}) for w in words]
        return _ranked_ids(index, _combine(clauses, conjunctive))

    return run


def exact_system(index: tantivy.Index, conjunctive: bool) -> Searcher:
    from analyzers import default_analyzer

    analyzer = default_analyzer()

    def run(words: list[str]) -> list[str]:
        terms = [t for w in words if (t := analyzer.word(w).exact)]
        clauses = [_field_pair(index.schema, "title_exact", "body_exact", t) for t in terms]
        return _ranked_ids(index, _combine(clauses, conjunctive))

    return run


def lucene_system(index: tantivy.Index, conjunctive: bool) -> Searcher:
    stemmer = LightStemmer()

    def run(words: list[str]) -> list[str]:
        clauses = []
        for w in words:
            terms = stemmer.terms(w)
            if terms:
                parts = [_field_pair(index.schema, "title", "body", t) for t in terms]
                clauses.append(parts[0] if len(parts) == 1 else _combine(parts, True))
        return _ranked_ids(index, _combine(clauses, conjunctive))

    return run


def khabar_system(index, conjunctive: bool) -> Searcher:
    def run(words: list[str]) -> list[str]:
        results = index.search(" ".join(words), facets=False, limit=K, syntax=conjunctive)
        return [hit.id for hit in results.hits]

    return run


def build_lucene_index(path: Path, articles: list[Article]) -> tantivy.Index:
    stemmer = LightStemmer()

    def documents():
        for a in articles:
            doc = tantivy.Document()
            doc.add_text("id", a.id)
            doc.add_text("title", stemmer.terms_string(a.title))
            doc.add_text("body", stemmer.terms_string(a.body))
            yield doc

    return build_index(path, analysed_schema(), documents())


# -- scoring --------------------------------------------------------------------------------------------


@dataclass
class Score:
    mrr: float
    recall: float
    n: int


def score(items: list[KnownItem], rankings: list[list[str]]) -> Score:
    rr = hits = 0.0
    for item, ranked in zip(items, rankings):
        relevant = set(item.relevant)
        for rank, doc_id in enumerate(ranked[:K], 1):
            if doc_id in relevant:
                rr += 1 / rank
                hits += 1
                break
    n = len(items) or 1
    return Score(round(rr / n, 4), round(hits / n, 4), len(items))


SYSTEMS = ("raw", "exact", "lucene", "khabar")
LABELS = {
    "raw": "1 raw Tantivy (default tokenizer)",
    "exact": "2 normalisation only (khabar exact view)",
    "lucene": "3 Lucene-style light stemming",
    "khabar": "4 khabar Index.search",
}


def evaluate(items: list[KnownItem], searchers: dict[tuple[str, str], Searcher]) -> dict:
    results: dict = {"overall": {}, "by_kind": {}}
    for (system, semantics), run in searchers.items():
        rankings = [run(item.words) for item in items]
        results["overall"][f"{system}/{semantics}"] = asdict(score(items, rankings))
        for kind in KINDS:
            chosen = [(it, r) for it, r in zip(items, rankings) if it.kind == kind]
            s = score([c[0] for c in chosen], [c[1] for c in chosen])
            results["by_kind"].setdefault(kind, {})[f"{system}/{semantics}"] = asdict(s)
    return results


def print_report(report: dict) -> None:
    print(f"{report['queries']} known-item queries (seed {report['seed']}) over {report['articles']} articles; "
          f"MRR@{K} and recall@{K}; near-duplicate titles count as correct.\n")
    overall = report["results"]["overall"]
    print(f"{'system':<44} {'AND MRR':>8} {'AND R@10':>9} {'OR MRR':>8} {'OR R@10':>9}")
    for system in SYSTEMS:
        a, o = overall.get(f"{system}/AND"), overall.get(f"{system}/OR")
        print(f"{LABELS[system]:<44} {fmt(a and a['mrr'], 3):>8} {fmt(a and a['recall'], 3):>9} "
              f"{fmt(o and o['mrr'], 3):>8} {fmt(o and o['recall'], 3):>9}")
    print(f"\nMRR@{K} per kind of re-spelling (the query's primary change):")
    columns = [f"{s}/{m}" for m in ("AND", "OR") for s in SYSTEMS]
    print(f"{'kind':<11} {'n':>4} " + " ".join(f"{c:>11}" for c in columns))
    for kind, row in report["results"]["by_kind"].items():
        n = next(iter(row.values()))["n"]
        print(f"{kind:<11} {n:>4} " + " ".join(f"{fmt(row[c]['mrr'], 3):>11}" for c in columns))
    for semantics in ("AND", "OR"):
        k = overall[f"khabar/{semantics}"]["mrr"]
        best_other = max((overall[f"{s}/{semantics}"]["mrr"], s) for s in SYSTEMS if s != "khabar")
        verdict = "on top" if k >= best_other[0] else f"BEHIND {best_other[1]} by {best_other[0] - k:.3f}"
        print(f"khabar ({semantics}): MRR {k:.3f}, best other {best_other[1]} {best_other[0]:.3f} → {verdict}")
    for note in report["notes"]:
        print(f"note: {note}")
    print("\nexamples:")
    for ex in report["examples"]:
        print(f"  [{ex['kind']}] {' '.join(ex['words'])}   ← {ex['title'][:70]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=CORPUS_HELP)
    parser.add_argument("--index", type=Path, help="a khabar index of the same articles (built there when missing)")
    parser.add_argument("--limit", type=int, help="use only the first N articles (every system indexes the same ones)")
    parser.add_argument("--queries", type=int, default=360, help="how many known-item queries (default 360)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--dump", type=Path, help="write the queries (words, changes, relevant ids) to this JSONL file")
    args = parser.parse_args(argv)
    corpus_files(args.corpus)
    log = (lambda msg: None) if args.json else (lambda msg: print(msg, file=sys.stderr, flush=True))

    from search import Index

    articles = read_articles(args.corpus, args.limit)
    notes: list[str] = []
    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        scratch = Path(tmp)
        path, built = khabar_index_at(args.index, args.corpus, args.limit, scratch, log)
        if built:
            timings["khabar"] = round(built, 1)
        khabar = Index.open(path)
        khabar_tantivy = khabar._index
        if khabar._searcher().num_docs != len(articles):
            notes.append(f"the khabar index holds {khabar._searcher().num_docs} articles, the baselines "
                         f"{len(articles)}: the comparison is not over the same corpus")
        log("building the raw Tantivy index …")
        started = time.perf_counter()
        raw = build_raw_index(scratch / "raw", articles)
        timings["raw"] = round(time.perf_counter() - started, 1)
        log("building the Lucene-style index …")
        started = time.perf_counter()
        lucene = build_lucene_index(scratch / "lucene", articles)
        timings["lucene"] = round(time.perf_counter() - started, 1)
        log("making the queries …")
        items = QueryMaker(articles, args.seed).make(args.queries)
        if len(items) < args.queries:
            notes.append(f"only {len(items)} queries could be made from these articles")
        searchers: dict[tuple[str, str], Searcher] = {}
        for semantics, conjunctive in (("AND", True), ("OR", False)):
            searchers[("raw", semantics)] = raw_system(raw, conjunctive)
            searchers[("exact", semantics)] = exact_system(khabar_tantivy, conjunctive)
            searchers[("lucene", semantics)] = lucene_system(lucene, conjunctive)
            searchers[("khabar", semantics)] = khabar_system(khabar, conjunctive)
        log("searching …")
        results = evaluate(items, searchers)
        del raw, lucene, khabar, khabar_tantivy
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for item in items:
                out.write(json.dumps(asdict(item), ensure_ascii=False) + "\n")
    examples = [next(asdict(it) for it in items if it.kind == kind) for kind in KINDS if any(it.kind == kind for it in items)]
    report = {
        "seed": args.seed,
        "articles": len(articles),
        "queries": len(items),
        "per_kind": dict(Counter(it.kind for it in items)),
        "index_seconds": timings,
        "results": results,
        "notes": notes,
        "load_average": load_average(),
        "examples": examples,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(run_quietly(main))
