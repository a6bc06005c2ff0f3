#!/usr/bin/env python3
"""Pick the articles of the sixth facet-extraction dev set (tests/devset6/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20151201. No article of sets 1-5, nor a
near-duplicate of one, can be drawn. tests/devset_chain.py loads tests/devset5/pick.py as a
module, for the modules it loads (through tests/devset4/pick.py: the set-2
pools and draw(), the set-3 pick(), earlier_sets() and command line) and its
REJECTED, which are given this set's seed, counts, earlier sets and rejections.

Usage (from the repository root):
    python tests/devset6/pick.py                        # print picks as JSONL skeletons
    python tests/devset6/pick.py --stats --out picks6.jsonl
    python tests/devset6/pick.py --check tests/devset6/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20151201  # sets 1-5 used 20150721, 20150811, 20150901, 20151001, 20151101
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
base, d3, REJECTED = chain.follow(6, SEED, {
    "http://aawsat.com/home/article/415036/تصويت-على-اقتراح-بتشكيل-محكمة-دولية-بشأن-إسقاط-طائرة-الركاب-فوق-أوكرانيا":
        "missile pool, but a literal past missile use: the Malaysian airliner shot down "
        "over eastern Ukraine by a missile in July 2014 (as the set-3 rejection)",
})

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
