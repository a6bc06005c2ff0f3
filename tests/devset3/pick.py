#!/usr/bin/env python3
"""Pick the articles of the third facet-extraction dev set (tests/devset3/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20150901. No article of the first or the
second set, nor a near-duplicate of one, can be drawn.

Usage (from the repository root):
    python tests/devset3/pick.py                        # print picks as JSONL skeletons
    python tests/devset3/pick.py --stats --out picks3.jsonl
    python tests/devset3/pick.py --check tests/devset3/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import argparse
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_spec = importlib.util.spec_from_file_location(
    "devset2_pick", os.path.join(ROOT, "tests", "devset2", "pick.py"))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

SEED = 20150901                      # set 1 used 20150721, set 2 used 20150811
base.SEED = SEED                     # base.draw() reads its module-level SEED
N_CONFLICT, N_OTHER = 16, 8
# The qasf pool is used up: of its 10 articles, sets 1 and 2 drew 5, REJECTED
# holds 4, and the last one ("الشراب الأحمر") is a reprint of a set-2 column
# (near-duplicate). Its two places go to the masira and missile pools, so the
# ambiguous stratum keeps 6 articles.
N_AMBIG = {"masira": 3, "qasf": 0, "missile": 3}
EARLIER = [os.path.join(ROOT, "tests", "devset", "devset.jsonl"),
           os.path.join(ROOT, "tests", "devset2", "devset.jsonl")]

# Ambiguous-pool candidates read and rejected for this set (real weapon use, or
# not a clean non-weapon use), added to those of sets 1 and 2. The reason is
# documentation only.
REJECTED = dict(base.REJECTED)
REJECTED.update({
    "http://www.aleqt.com/2015/08/07/article_979797.html":
        "missile pool, but a real event: two rockets fired from Gaza, one exploding "
        "near Kissufim in southern Israel",
    "http://www.alyaum.com/article/4080302":
        "missile pool, but a literal past missile use: flight MH17 shot down over "
        "eastern Ukraine by a missile in July 2014",
})


def earlier_sets():
    """url -> shingles and the ONCE words of every article of sets 1 and 2."""
    picked, once_seen = {}, set()
    for path in EARLIER:
        p, o = base.first_set(path)
        picked.update(p)
        once_seen |= o
    return picked, once_seen


def pick(corpus):
    P = base.pools(base.load(corpus))
    picked, once_seen = earlier_sets()       # sets 1 and 2 count as already picked
    rows = []
    for tag, n in N_AMBIG.items():
        rows += [(a, "ambiguous", tag)
                 for a in base.draw(P[tag], n, tag, picked, once_seen, REJECTED)]
    rows += [(a, "conflict", "conflict")
             for a in base.draw(P["conflict"], N_CONFLICT, "conflict", picked, once_seen)]
    rows += [(a, "other", "other")
             for a in base.draw(P["other"], N_OTHER, "other", picked, once_seen)]
    return rows, P


def main(doc=__doc__):
    """The command line of this script, and of later sets' scripts that reuse its draw (they
    patch this module's counts, EARLIER and REJECTED and pass their own docstring)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "saudinewsnet"))
    ap.add_argument("--out", help="write JSONL skeletons here (default: stdout)")
    ap.add_argument("--check", help="verify that this devset holds exactly the picks")
    ap.add_argument("--stats", action="store_true", help="print pool sizes")
    args = ap.parse_args()
    rows, P = pick(args.corpus)
    if args.stats:
        for k, v in P.items():
            print(f"pool {k}: {len(v)}", file=sys.stderr)
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            dev = [json.loads(l) for l in f if l.strip()]
        earlier = set()
        for path in EARLIER:
            with open(path, encoding="utf-8") as f:
                earlier |= {json.loads(l)["id"] for l in f if l.strip()}
        want = {a["url"]: (s, a["content"]) for a, s, _ in rows}
        got = {d["id"]: (d["stratum"], d["text"]) for d in dev}
        ok = want == got and len(dev) == len(got) and not (earlier & set(got))
        print("OK: devset matches the picks" if ok else "MISMATCH between devset and picks")
        sys.exit(0 if ok else 1)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    for a, s, tag in rows:
        d = base.skeleton(a, s)
        d["_pool"] = tag
        out.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
