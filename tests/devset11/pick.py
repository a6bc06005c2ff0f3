#!/usr/bin/env python3
"""Pick the articles of the eleventh facet-extraction dev set (tests/devset11/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20160501. No article of sets 1-10, nor a
near-duplicate of one, can be drawn. tests/devset_chain.py loads
tests/devset10/pick.py as a module, for the modules it loads (the set-2 pools
and draw(), the set-3 pick(), earlier_sets() and command line) and its
REJECTED, and gives them this set's seed, counts, earlier sets and rejections.
The ambiguous counts are changed here (5 masira, 0 qasf, 1 missile): the
missile pool has only one article left.

Usage (from the repository root):
    python tests/devset11/pick.py                        # print picks as JSONL skeletons
    python tests/devset11/pick.py --stats --out picks11.jsonl
    python tests/devset11/pick.py --check tests/devset11/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20160501  # sets 1-10 used 20150721, 20150811, 20150901, 20151001, 20151101, 20151201, 20160101, 20160201, 20160301, 20160401
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
# All six ambiguous picks of this set were read in full and none was rejected.
base, d3, REJECTED = chain.follow(11, SEED, {})
# The missile pool has run short: of its 53 candidates, sets 1-10 drew 31, REJECTED holds 11,
# 6 are Jeddah "أسواق الصواريخ" stories (the ONCE rule) and 4 are near-duplicates of earlier
# picks, which leaves one. Its two other places go to the masira pool (as set 3 gave the qasf
# pool's places to the other two), so the ambiguous stratum keeps 6 articles.
d3.N_AMBIG = {"masira": 5, "qasf": 0, "missile": 1}

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
