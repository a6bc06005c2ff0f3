"""Indexing benchmark: khabar against raw Tantivy and against whoosh-reloaded, on the same corpus.

    python bench/index.py                 # the whole corpus (31,030 articles)
    python bench/index.py --limit 2000    # a quick run
    python bench/index.py --json          # machine-readable output

Each contender runs in its own child process, so its peak memory (summed over the process and its
worker processes) is its own. The contenders:

* khabar — ``indexer.writer.Writer`` with its default workers: reading the ZIPs, analysis (two views
  of title and body), facet extraction (weapons, places, dates), the stored JSON record.
* raw Tantivy — title and body with Tantivy's ``default`` tokenizer, stored, plus id, source and date
  (stored): no Arabic handling and no extraction.
* whoosh — whoosh-reloaded with khabar's analyzer (the ``stem`` view of title and body, both stored,
  plus the id), single process. Whoosh indexes about 100 articles a second on this corpus, so the
  whole corpus would take 5–10 minutes: by default it indexes a fixed subset, every 4th article
  (``--whoosh-every 4``; ``--whoosh-every 1`` for all), and its full-corpus time is extrapolated
  linearly from the subset's — the output says so.

All three read the corpus with khabar's reader, so reading the ZIPs is charged to each.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import (  # noqa: E402
    CORPUS_HELP,
    DEFAULT_CORPUS,
    ChildRun,
    build_raw_index,
    corpus_files,
    fmt,
    iter_articles,
    load_average,
    own_cpu_seconds,
    own_maxrss_mb,
    ratio,
    run_child,
    text_bytes,
)
from khabar.pipes import run_quietly  # noqa: E402

CONTENDERS = ("khabar", "tantivy", "whoosh")
GOAL_TIME_RATIO = 2.0  # khabar at most 2× raw Tantivy's time
GOAL_PEAK_MB = 1500.0
DEFAULT_WHOOSH_EVERY = 4


class Counted:
    """Passes articles through, counting them and their text bytes."""

    def __init__(self, articles) -> None:
        self.articles = articles
        self.docs = 0
        self.bytes = 0

    def __iter__(self):
        for a in self.articles:
            self.docs += 1
            self.bytes += text_bytes(a)
            yield a


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- the contenders, each run in a child process ------------------------------------------------------


def index_khabar(corpus: Path, limit: int | None, out: Path) -> dict:
    from indexer.writer import Writer

    articles = Counted(iter_articles(corpus, limit))
    started = time.perf_counter()
    writer = Writer(out)
    summary = writer.add(articles)
    writer.close()
    seconds = time.perf_counter() - started
    _reap_fork_server()
    return {"docs": articles.docs, "indexed": summary.indexed, "bytes": articles.bytes, "seconds": seconds,
            "workers": writer.workers, "index_bytes": dir_size(out)}


def _reap_fork_server() -> None:
    """Stop and wait for the fork server the analysis workers came from: the server waits for its
    workers, so their CPU time reaches this process's children's usage (``own_cpu_seconds``) only
    once the server itself is waited for. (``_stop`` is the standard library's own way to stop it,
    used by its tests; without it the workers' CPU time would go uncounted.)"""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is not None and hasattr(server, "_stop"):
        server._stop()


def index_tantivy(corpus: Path, limit: int | None, out: Path) -> dict:
    articles = Counted(iter_articles(corpus, limit))
    started = time.perf_counter()
    build_raw_index(out, articles)
    seconds = time.perf_counter() - started
    return {"docs": articles.docs, "bytes": articles.bytes, "seconds": seconds, "index_bytes": dir_size(out)}


def index_whoosh(corpus: Path, limit: int | None, out: Path, every: int) -> dict:
    from whoosh import fields
    from whoosh import index as whoosh_index

    from analyzers import default_analyzer
    from analyzers.whoosh_analyzer import whoosh_analyzer

    stem = whoosh_analyzer(default_analyzer(), "stem")
    schema = fields.Schema(
        id=fields.ID(stored=True),
        title=fields.TEXT(analyzer=stem, stored=True),
        body=fields.TEXT(analyzer=stem, stored=True),
    )
    out.mkdir(parents=True, exist_ok=True)
    all_articles = Counted(iter_articles(corpus, limit))
    subset = Counted(a for i, a in enumerate(all_articles) if i % every == 0)
    started = time.perf_counter()
    ix = whoosh_index.create_in(str(out), schema)
    writer = ix.writer(limitmb=256)
    for a in subset:
        writer.add_document(id=a.id, title=a.title, body=a.body)
    writer.commit()
    seconds = time.perf_counter() - started
    return {"docs": subset.docs, "bytes": subset.bytes, "seconds": seconds, "every": every,
            "corpus_docs": all_articles.docs, "corpus_bytes": all_articles.bytes, "index_bytes": dir_size(out)}


def child_main(args: argparse.Namespace) -> None:
    cpu_at_start = own_cpu_seconds()  # interpreter start-up and imports are not charged
    with tempfile.TemporaryDirectory(prefix=f"bench-{args.child}-") as tmp:
        out = Path(tmp) / "index"
        if args.child == "khabar":
            result = index_khabar(args.corpus, args.limit, out)
        elif args.child == "tantivy":
            result = index_tantivy(args.corpus, args.limit, out)
        else:
            result = index_whoosh(args.corpus, args.limit, out, args.whoosh_every)
    result["cpu_seconds"] = own_cpu_seconds() - cpu_at_start
    result.update(own_maxrss_mb())
    result["maxrss_mb"] = max(result["maxrss_self_mb"], result["maxrss_children_mb"])
    print(json.dumps(result))


# -- the parent: run, compare, print --------------------------------------------------------------------


def figures(name: str, run: ChildRun) -> dict:
    r = run.result
    docs, mb, seconds = r["docs"], r["bytes"] / 1e6, r["seconds"]
    row = {
        "contender": name,
        "docs": docs,
        "input_mb": round(mb, 2),
        "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 1) if seconds else None,
        "mb_per_s": round(mb / seconds, 3) if seconds else None,
        "wall_seconds": round(run.wall_seconds, 2),
        "cpu_seconds": round(r["cpu_seconds"], 2),
        "peak_mb": round(run.peak_mb, 1) if run.peak_mb else None,
        "peak_rss_sum_mb": round(run.peak_rss_mb, 1) if run.peak_rss_mb else None,
        "peak_pss_sum_mb": round(run.peak_pss_mb, 1) if run.peak_pss_mb else None,
        "largest_process_maxrss_mb": round(r["maxrss_mb"], 1),
        "index_mb": round(r["index_bytes"] / 1e6, 1),
        "notes": list(run.notes),
    }
    if name == "whoosh" and r.get("every", 1) > 1:
        factor = r["corpus_docs"] / docs if docs else 1.0
        row["extrapolated_seconds"] = round(seconds * factor, 1)
        row["extrapolated_cpu_seconds"] = round(r["cpu_seconds"] * factor, 1)
        row["notes"].append(
            f"whoosh indexed a fixed subset (every {r['every']}th article: {docs} of {r['corpus_docs']}); "
            f"its full-corpus time is extrapolated linearly ×{factor:.2f}; its peak memory is the subset's"
        )
    return row


def compare(rows: dict[str, dict]) -> dict:
    k, t, w = rows.get("khabar"), rows.get("tantivy"), rows.get("whoosh")
    out: dict = {}
    if k and t:
        out["time_khabar_over_tantivy"] = ratio(k["seconds"], t["seconds"])
        out["cpu_khabar_over_tantivy"] = ratio(k["cpu_seconds"], t["cpu_seconds"])
        out["peak_khabar_over_tantivy"] = ratio(k["peak_mb"], t["peak_mb"])
    if k and w:
        whoosh_full = w.get("extrapolated_seconds", w["seconds"])
        out["time_khabar_over_whoosh"] = ratio(k["seconds"], whoosh_full)
        out["cpu_khabar_over_whoosh"] = ratio(k["cpu_seconds"], w.get("extrapolated_cpu_seconds", w["cpu_seconds"]))
        out["peak_khabar_over_whoosh"] = ratio(k["peak_mb"], w["peak_mb"])
    if k:
        out["goal_time"] = f"khabar ≤ {GOAL_TIME_RATIO:g}× raw Tantivy's time"
        out["goal_time_met"] = (out.get("time_khabar_over_tantivy") or 0) <= GOAL_TIME_RATIO if t else None
        out["goal_peak"] = f"khabar peak memory < {GOAL_PEAK_MB:,.0f} MB"
        out["goal_peak_met"] = bool(k["peak_mb"]) and k["peak_mb"] < GOAL_PEAK_MB
    return out


def print_table(rows: dict[str, dict], comparison: dict, limit: int | None) -> None:
    scope = f"the first {limit} articles" if limit else "the whole corpus"
    print(f"Indexing {scope}; each contender in its own process.\n")
    header = (f"{'contender':<10} {'docs':>7} {'input MB':>9} {'time s':>8} {'docs/s':>8} {'MB/s':>7} {'CPU s':>7} "
              f"{'wall s':>7} {'peak MB':>8} {'index MB':>9}")
    print(header)
    print("-" * len(header))
    for name, r in rows.items():
        print(
            f"{name:<10} {r['docs']:>7} {fmt(r['input_mb']):>9} {fmt(r['seconds'], 2):>8} {fmt(r['docs_per_s'], 0):>8} "
            f"{fmt(r['mb_per_s'], 2):>7} {fmt(r['cpu_seconds']):>7} {fmt(r['wall_seconds']):>7} {fmt(r['peak_mb'], 0):>8} "
            f"{fmt(r['index_mb']):>9}"
        )
    print()
    for name, r in rows.items():
        print(f"{name}: peak RSS summed over processes {fmt(r['peak_rss_sum_mb'], 0)} MB, PSS summed "
              f"{fmt(r['peak_pss_sum_mb'], 0)} MB, largest single process {fmt(r['largest_process_maxrss_mb'], 0)} MB")
        for note in r["notes"]:
            print(f"  note: {note}")
        if "extrapolated_seconds" in r:
            print(f"  whoosh full-corpus time, extrapolated: {fmt(r['extrapolated_seconds'])} s "
                  f"({fmt(r['extrapolated_cpu_seconds'])} CPU s)")
    print()
    c = comparison
    if "time_khabar_over_tantivy" in c:
        met = "met" if c["goal_time_met"] else "MISSED"
        print(f"khabar / raw Tantivy: time ×{fmt(c['time_khabar_over_tantivy'], 2)} (goal ≤ ×{GOAL_TIME_RATIO:g}: {met}), "
              f"CPU time ×{fmt(c['cpu_khabar_over_tantivy'], 2)}, peak memory ×{fmt(c['peak_khabar_over_tantivy'], 2)}")
    if "time_khabar_over_whoosh" in c:
        print(f"khabar / whoosh: time ×{fmt(c['time_khabar_over_whoosh'], 3)}, CPU time ×{fmt(c['cpu_khabar_over_whoosh'], 3)}, "
              f"peak memory ×{fmt(c['peak_khabar_over_whoosh'], 2)}")
    if "goal_peak_met" in c:
        met = "met" if c["goal_peak_met"] else "MISSED"
        print(f"khabar peak memory {fmt(rows['khabar']['peak_mb'], 0)} MB (goal < {GOAL_PEAK_MB:,.0f} MB: {met})")
    print("time s: the contender's own timing of its indexing (reading included); CPU s: user + system time of "
          "the process and its workers; wall s adds interpreter start-up.")
    print("Peak memory is the peak of the PSS summed over the process tree (shared pages counted once); "
          "the RSS sum counts pages shared by forked workers once per worker.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help=CORPUS_HELP)
    parser.add_argument("--limit", type=int, default=None, help="index only the first N articles")
    parser.add_argument("--only", choices=CONTENDERS, action="append", help="run only these contenders")
    parser.add_argument("--whoosh-every", type=int, default=DEFAULT_WHOOSH_EVERY, metavar="K",
                        help="whoosh indexes every K-th article; its time is extrapolated (default 4; 1 = all)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", choices=CONTENDERS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus_files(args.corpus)  # exits with a clear message when the corpus is absent
    if args.child:
        child_main(args)
        return 0
    rows: dict[str, dict] = {}
    load_before = load_average()
    for name in args.only or CONTENDERS:
        child = [str(Path(__file__).resolve()), "--child", name, "--corpus", str(args.corpus),
                 "--whoosh-every", str(args.whoosh_every)]
        if args.limit:
            child += ["--limit", str(args.limit)]
        if not args.json:
            print(f"… indexing with {name}", file=sys.stderr, flush=True)
        rows[name] = figures(name, run_child(child))
    comparison = compare(rows)
    load = {"before": load_before, "after": load_average()}
    if args.json:
        print(json.dumps({"limit": args.limit, "contenders": rows, "comparison": comparison, "load_average": load},
                         ensure_ascii=False, indent=2))
    else:
        print_table(rows, comparison, args.limit)
        print(f"load average (1, 5, 15 min) before: {load['before']}, after: {load['after']}")
    return 0


if __name__ == "__main__":
    sys.exit(run_quietly(main))
