#!/usr/bin/env python3
"""Pick the articles of the tenth facet-extraction dev set (tests/devset10/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20160401. No article of sets 1-9, nor a
near-duplicate of one, can be drawn. tests/devset_chain.py loads
tests/devset9/pick.py as a module, for the modules it loads (the set-2 pools
and draw(), the set-3 pick(), earlier_sets() and command line) and its
REJECTED, and gives them this set's seed, counts, earlier sets and rejections.

Usage (from the repository root):
    python tests/devset10/pick.py                        # print picks as JSONL skeletons
    python tests/devset10/pick.py --stats --out picks10.jsonl
    python tests/devset10/pick.py --check tests/devset10/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20160401  # sets 1-9 used 20150721, 20150811, 20150901, 20151001, 20151101, 20151201, 20160101, 20160201, 20160301
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
base, d3, REJECTED = chain.follow(10, SEED, {
    "http://www.aleqt.com/2015/07/26/article_976342.html":
        "missile pool, but a literal past missile use: flight MH17 shot down over eastern Ukraine "
        "by a missile in July 2014 (the set-3 and set-6 rejections, in another outlet's copy)",
})

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
