#!/usr/bin/env python3
"""Pick the articles of the fourteenth facet-extraction dev set (tests/devset14/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20160801. No article of sets 1-13, nor a
near-duplicate of one, can be drawn. tests/devset_chain.py loads
tests/devset13/pick.py as a module, for the modules it loads (the set-2 pools
and draw(), the set-3 pick(), earlier_sets() and command line) and its
REJECTED, and gives them this set's seed, counts, earlier sets and rejections.
The ambiguous stratum is six masira articles: the missile pool is used up.

Usage (from the repository root):
    python tests/devset14/pick.py                        # print picks as JSONL skeletons
    python tests/devset14/pick.py --stats --out picks14.jsonl
    python tests/devset14/pick.py --check tests/devset14/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20160801  # sets 1-13 used 20150721, 20150811, 20150901, 20151001, 20151101, 20151201, 20160101, 20160201, 20160301, 20160401, 20160501, 20160601, 20160701
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
base, d3, REJECTED = chain.follow(14, SEED, {}, chain.MASIRA_ONLY)
# Meant as the articles whose weapon decisions were read, in random samples of the corpus, while
# the rules of the round before this draw were written; counted as already picked, by URL only (no
# near-duplicate rule). The list is a faulty replay of those samples (see README.md): the articles
# really read are in sampled.txt, which a later set should exclude as well. This draw keeps the
# list it was made with.
chain.exclude(d3, os.path.join(os.path.dirname(os.path.abspath(__file__)), "reviewed.txt"))

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
