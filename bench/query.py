"""Query latency benchmark: khabar's ``Index.search`` on reproducible queries drawn from the corpus,
with raw Tantivy's latency for the same single-term and AND queries beside it.

    python bench/query.py                       # builds a khabar index of the corpus first
    python bench/query.py --index news-index    # reuses (or builds and keeps) the index there
    python bench/query.py --limit 1000 --json

The queries (seed 7 by default, 240 of them) come from the corpus's titles: single words (frequent
and rare), two- and three-word AND and OR, quoted title bigrams, and facet-filtered queries
(``weapon:``, ``location:``, ``date:`` ranges, alone and with a word). Each runs as a user's would:
``Index.search(q)`` with its defaults — facet counts and the top 10 hits with snippets. After a
warm-up pass over every query, ``--repeat`` timed passes are pooled into p50/p90/p99 per category.

Raw Tantivy (title and body with the ``default`` tokenizer) runs the single-word and AND queries
through ``Index.parse_query`` (AND by default), top 10, fetching the stored documents, no snippets
and no facets. Goal for khabar: p50 ≤ 5 ms and p99 ≤ 50 ms. When missed (or with ``--profile``),
one pass runs under cProfile and the time is split into parsing, Tantivy search, facet
aggregation, snippets and record decoding.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import (  # noqa: E402
    CORPUS_HELP,
    DEFAULT_CORPUS,
    build_raw_index,
    corpus_files,
    fmt,
    khabar_index_at,
    load_average,
    percentile,
    read_articles,
)
from khabar.pipes import run_quietly  # noqa: E402

GOAL_P50_MS = 5.0
GOAL_P99_MS = 50.0
# How many queries of each category; 240 in all.
PLAN = {
    "term_frequent": 30,
    "term_rare": 30,
    "and2": 30,
    "and3": 20,
    "or2": 20,
    "or3": 10,
    "phrase": 30,
    "facet": 70,
}
FREQUENT_TOP = 300  # frequent words: among the most common title words
RARE_DF = (2, 5)  # rare words: in this many titles
RAW_CATEGORIES = ("term_frequent", "term_rare", "and2", "and3")  # also run on raw Tantivy
ARABIC = ("\u0621", "\u064a")


@dataclass
class BenchQuery:
    category: str
    text: str  # khabar's query language
    words: list[str]  # the plain words, for raw Tantivy


def _is_arabic_word(surface: str) -> bool:
    return len(surface) >= 3 and all(ARABIC[0] <= c <= ARABIC[1] or "\u064b" <= c <= "\u0652" for c in surface)


class QueryMaker:
    """Draws the benchmark's queries from the corpus titles, reproducibly for a given seed."""

    def __init__(self, titles: list[str], seed: int) -> None:
        from analyzers import default_analyzer
        from analyzers.tokenize import find_tokens

        self.rng = random.Random(seed)
        self.analyzer = default_analyzer()
        # Each title as its content words (surface forms, stopwords dropped), in order.
        self.titles: list[list[str]] = []
        df: Counter[str] = Counter()
        surfaces: dict[str, Counter[str]] = defaultdict(Counter)
        for title in titles:
            words = [w for w in find_tokens(title) if _is_arabic_word(w) and self.analyzer.word(w).stem]
            self.titles.append(words)
            for w in words:
                surfaces[self.analyzer.word(w).exact][w] += 1
            for exact in {self.analyzer.word(w).exact for w in words}:
                df[exact] += 1
        # The spelling most often printed stands for each word.
        ranked = [(surfaces[e].most_common(1)[0][0], n) for e, n in df.most_common()]
        self.frequent = [w for w, _ in ranked[:FREQUENT_TOP]]
        self.rare = sorted(w for w, n in ranked if RARE_DF[0] <= n <= RARE_DF[1] and len(w) >= 4)
        self.titles = [t for t in self.titles if len(t) >= 3]

    def _title_words(self, k: int, adjacent: bool = False) -> list[str]:
        words = self.rng.choice(self.titles)
        if adjacent:
            i = self.rng.randrange(len(words) - 1)
            return words[i : i + 2]
        picked = sorted(self.rng.sample(range(len(words)), k))
        return [words[i] for i in picked]

    def make(self, weapons: list[str], places: list[str], first_day: date | None, last_day: date | None,
             plan: dict[str, int] = PLAN) -> list[BenchQuery]:
        r = self.rng
        self.plan = plan
        out: list[BenchQuery] = []
        for w in r.sample(self.frequent, min(plan["term_frequent"], len(self.frequent))):
            out.append(BenchQuery("term_frequent", w, [w]))
        for w in r.sample(self.rare, min(plan["term_rare"], len(self.rare))):
            out.append(BenchQuery("term_rare", w, [w]))
        for k, name in ((2, "and2"), (3, "and3")):
            for _ in range(plan[name]):
                words = self._title_words(k)
                out.append(BenchQuery(name, " ".join(words), words))
        for k, name in ((2, "or2"), (3, "or3")):
            for _ in range(plan[name]):
                words = self._title_words(k)
                out.append(BenchQuery(name, " OR ".join(words), words))
        for _ in range(plan["phrase"]):
            words = self._title_words(2, adjacent=True)
            out.append(BenchQuery("phrase", '"' + " ".join(words) + '"', words))
        out += self._facets(weapons, places, first_day, last_day)
        return out

    def _facets(self, weapons: list[str], places: list[str], first_day: date | None, last_day: date | None) -> list[BenchQuery]:
        r = self.rng
        filters: list[str] = []
        kinds = []
        if weapons:
            kinds.append(lambda: f"weapon:{r.choice(weapons)}")
        if places:
            kinds.append(lambda: f'location:"{p}"' if " " in (p := r.choice(places)) else f"location:{p}")
        if first_day and last_day:
            span = (last_day - first_day).days

            def date_range() -> str:
                start = first_day + timedelta(days=r.randrange(max(1, span)))
                end = min(last_day, start + timedelta(days=r.randrange(1, 8)))
                return f"date:{start.isoformat()}..{end.isoformat()}"

            kinds.append(date_range)
        if not kinds:
            return []
        out = []
        for i in range(self.plan["facet"]):
            kind = kinds[i % len(kinds)]
            filters = [kind()]
            if i % 3 == 1:  # two filters together
                filters.append(kinds[(i + 1) % len(kinds)]())
            words = [] if i % 3 == 0 else [r.choice(self.frequent)]
            out.append(BenchQuery("facet", " ".join(words + filters), words))
        return out


# -- timing ---------------------------------------------------------------------------------------------


@dataclass
class Timings:
    """Latencies per category in milliseconds: wall clock, and this process's CPU time (which a busy
    machine inflates far less)."""

    wall: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    cpu: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))

    def timed(self, category: str, run) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        self.cpu[category].append((time.process_time() - cpu) * 1000)
        self.wall[category].append((time.perf_counter() - wall) * 1000)


def time_khabar(index, queries: list[BenchQuery], repeat: int) -> Timings:
    timings = Timings()
    for _ in range(repeat):
        for q in queries:
            timings.timed(q.category, lambda: index.search(q.text))
    return timings


def raw_query(raw, words: list[str]):
    return raw.parse_query(" ".join(words), ["title", "body"], conjunction_by_default=True)


def time_raw(raw, queries: list[BenchQuery], repeat: int) -> Timings:
    searcher = raw.searcher()

    def run(words: list[str]) -> None:
        for _score, address in searcher.search(raw_query(raw, words), 10).hits:
            searcher.doc(address)

    timings = Timings()
    for _ in range(repeat):
        for q in queries:
            timings.timed(q.category, lambda: run(q.words))
    return timings


def summarise(timings: Timings) -> dict[str, dict]:
    rows = {}
    every_wall = [v for values in timings.wall.values() for v in values]
    every_cpu = [v for values in timings.cpu.values() for v in values]
    for name, wall, cpu in [*((c, timings.wall[c], timings.cpu[c]) for c in timings.wall), ("overall", every_wall, every_cpu)]:
        rows[name] = {
            "n": len(wall),
            "p50_ms": round(percentile(wall, 50), 3),
            "p90_ms": round(percentile(wall, 90), 3),
            "p99_ms": round(percentile(wall, 99), 3),
            "max_ms": round(max(wall), 3) if wall else None,
            "cpu_p50_ms": round(percentile(cpu, 50), 3),
            "cpu_p99_ms": round(percentile(cpu, 99), 3),
        }
    return rows


# -- where the time goes ----------------------------------------------------------------------------------

# (label, file suffix or "~" for built-ins, function name): cumulative times read from cProfile.
# A built-in method is named like "<method 'search' of 'tantivy.tantivy.Searcher' objects>".
PROFILE_PARTS = (
    ("whole Index.search", "search/api.py", "search"),
    ("query parsing (whoosh + translation)", "search/api.py", "parse"),
    ("searcher reload (Index._searcher)", "search/api.py", "_searcher"),
    ("Tantivy search (Searcher.search)", "~", "<method 'search' of"),
    ("facet counts (count_facets)", "search/facets.py", "count_facets"),
    ("  of which Searcher.aggregate", "~", "<method 'aggregate' of"),
    ("hits (Index._hit)", "search/api.py", "_hit"),
    ("  of which snippets (make_snippets)", "search/snippets.py", "make_snippets"),
    ("  of which Searcher.doc", "~", "<method 'doc' of"),
    ("  of which record decoding (decode_record)", "indexer/schema.py", "decode_record"),
)


def profile(index, queries: list[BenchQuery]) -> dict:
    profiler = cProfile.Profile()
    profiler.enable()
    for q in queries:
        index.search(q.text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    table = stats.stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, callers)}

    def matches(f: str, n: str, suffix: str, name: str) -> bool:
        if suffix == "~":
            return f == "~" and n.startswith(name) and "Searcher" in n
        return n == name and f.endswith(suffix)

    def cumulative(suffix: str, name: str) -> float:
        return sum(v[3] for (f, _, n), v in table.items() if matches(f, n, suffix, name))

    total = cumulative("search/api.py", "search") or 1e-9
    parts = []
    for label, suffix, name in PROFILE_PARTS:
        seconds = cumulative(suffix, name)
        parts.append({"part": label, "ms_per_query": round(seconds * 1000 / len(queries), 3),
                      "share": round(seconds / total, 3)})
    top = sorted(table.items(), key=lambda kv: kv[1][2], reverse=True)[:12]
    hot = [{"function": f"{Path(f).name}:{line}({n})", "tottime_ms_per_query": round(v[2] * 1000 / len(queries), 3)}
           for (f, line, n), v in top]
    return {"queries": len(queries), "parts": parts, "hottest": hot}


# -- main -------------------------------------------------------------------------------------------------


def facet_values(index) -> tuple[list[str], list[str], date | None, date | None]:
    stats = index.stats()
    weapons = sorted(stats.weapons)
    places = list(stats.countries)[:15]
    first = date.fromisoformat(stats.first_published[:10]) if stats.first_published else None
    last = date.fromisoformat(stats.last_published[:10]) if stats.last_published else None
    return weapons, places, first, last


def print_report(report: dict) -> None:
    print(f"{report['queries']} queries (seed {report['seed']}), {report['repeat']} timed passes after a warm-up; "
          f"index of {report['articles']} articles.\n")
    for system in ("khabar", "raw_tantivy"):
        rows = report[system]
        title = ("khabar Index.search (facets + top-10 with snippets)" if system == "khabar"
                 else "raw Tantivy parse_query, top 10, stored docs fetched (no snippets, no facets)")
        print(title)
        print(f"  {'category':<14} {'n':>5} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8} {'CPU p50':>8} {'CPU p99':>8}")
        for name, r in rows.items():
            print(f"  {name:<14} {r['n']:>5} {fmt(r['p50_ms'], 2):>8} {fmt(r['p90_ms'], 2):>8} "
                  f"{fmt(r['p99_ms'], 2):>8} {fmt(r['max_ms'], 2):>8} {fmt(r['cpu_p50_ms'], 2):>8} {fmt(r['cpu_p99_ms'], 2):>8}")
        print()
    overall = report["khabar"]["overall"]
    print("(ms: wall clock per query; CPU: this process's CPU time per query, less sensitive to a busy machine)")
    print(f"Goal p50 ≤ {GOAL_P50_MS:g} ms: {'met' if report['goal_p50_met'] else 'MISSED'} ({fmt(overall['p50_ms'], 2)} ms); "
          f"p99 ≤ {GOAL_P99_MS:g} ms: {'met' if report['goal_p99_met'] else 'MISSED'} ({fmt(overall['p99_ms'], 2)} ms)")
    same = report.get("same_queries")
    if same:
        print(f"Same single-word and AND queries: khabar p50 {fmt(same['khabar_p50_ms'], 2)} ms vs raw Tantivy "
              f"{fmt(same['raw_p50_ms'], 2)} ms (×{fmt(same['p50_ratio'], 1)})")
    if report.get("profile"):
        p = report["profile"]
        print(f"\nWhere the time goes (cProfile over one pass of {p['queries']} queries; profiling inflates Python time):")
        for part in p["parts"]:
            print(f"  {part['part']:<44} {fmt(part['ms_per_query'], 3):>8} ms/query {part['share'] * 100:>5.1f} %")
        print("  hottest functions by own time:")
        for h in p["hottest"]:
            print(f"    {h['tottime_ms_per_query']:>8.3f} ms/query  {h['function']}")
    print("example queries: " + "  |  ".join(f"{c}: {t}" for c, t in report["examples"].items()))
    for note in report["notes"]:
        print(f"note: {note}")
    print(f"load average (1, 5, 15 min) at the end: {report['load_average']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=CORPUS_HELP)
    parser.add_argument("--index", type=Path, help="a khabar index of the corpus (built there when missing)")
    parser.add_argument("--limit", type=int, help="use only the first N articles (for the index and the queries)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the queries (default 3)")
    parser.add_argument("--per-category", type=int, metavar="N", help="at most N queries per category (quick runs)")
    profiling = parser.add_mutually_exclusive_group()
    profiling.add_argument("--profile", action="store_true", help="profile one pass even when the goal is met")
    profiling.add_argument("--no-profile", action="store_true", help="never profile")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpus_files(args.corpus)
    log = (lambda msg: None) if args.json else (lambda msg: print(msg, file=sys.stderr, flush=True))

    from search import Index

    articles = read_articles(args.corpus, args.limit)
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-query-") as tmp:
        path, built = khabar_index_at(args.index, args.corpus, args.limit, Path(tmp), log)
        index = Index.open(path)
        log("building the raw Tantivy index …")
        raw = build_raw_index(Path(tmp) / "raw", articles)
        weapons, places, first, last = facet_values(index)
        if not weapons:
            notes.append("the index has no weapon facets: no weapon: queries")
        if not places:
            notes.append("the index has no location facets: no location: queries")
        plan = {k: min(n, args.per_category) for k, n in PLAN.items()} if args.per_category else PLAN
        queries = QueryMaker([a.title for a in articles], args.seed).make(weapons, places, first, last, plan)
        log(f"{len(queries)} queries; warming up …")
        for q in queries:
            index.search(q.text)
        raw_queries = [q for q in queries if q.category in RAW_CATEGORIES]
        time_raw(raw, raw_queries, 1)
        log("timing …")
        khabar_timings = time_khabar(index, queries, args.repeat)
        raw_timings = time_raw(raw, raw_queries, args.repeat)
        khabar_rows = summarise(khabar_timings)
        overall = khabar_rows["overall"]
        same_k = [v for c in RAW_CATEGORIES for v in khabar_timings.wall.get(c, [])]
        same_r = [v for values in raw_timings.wall.values() for v in values]
        report = {
            "seed": args.seed,
            "repeat": args.repeat,
            "articles": index._searcher().num_docs,
            "queries": len(queries),
            "index_build_seconds": round(built, 1) if built else None,
            "khabar": khabar_rows,
            "raw_tantivy": summarise(raw_timings),
            "same_queries": {
                "khabar_p50_ms": round(percentile(same_k, 50), 3),
                "raw_p50_ms": round(percentile(same_r, 50), 3),
                "p50_ratio": round(percentile(same_k, 50) / percentile(same_r, 50), 1) if same_r else None,
            },
            "goal_p50_met": overall["p50_ms"] <= GOAL_P50_MS,
            "goal_p99_met": overall["p99_ms"] <= GOAL_P99_MS,
            "examples": {c: next(q.text for q in queries if q.category == c) for c in khabar_timings.wall},
            "notes": notes,
            "load_average": load_average(),
            "profile": None,
        }
        missed = not (report["goal_p50_met"] and report["goal_p99_met"])
        if args.profile or (missed and not args.no_profile):
            log("profiling one pass …")
            report["profile"] = profile(index, queries)
        del index, raw
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(run_quietly(main))
