#!/usr/bin/env python3
"""Pick the articles of the thirteenth facet-extraction dev set (tests/devset13/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20160701. No article of sets 1-12, nor a
near-duplicate of one, can be drawn. tests/devset_chain.py loads
tests/devset12/pick.py as a module, for the modules it loads (the set-2 pools
and draw(), the set-3 pick(), earlier_sets() and command line) and its
REJECTED, and gives them this set's seed, counts, earlier sets and rejections.
The ambiguous stratum is six masira articles: the missile pool is used up.

Usage (from the repository root):
    python tests/devset13/pick.py                        # print picks as JSONL skeletons
    python tests/devset13/pick.py --stats --out picks13.jsonl
    python tests/devset13/pick.py --check tests/devset13/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20160701  # sets 1-12 used 20150721, 20150811, 20150901, 20151001, 20151101, 20151201, 20160101, 20160201, 20160301, 20160401, 20160501, 20160601
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
# All six ambiguous picks were read in full; the five others and the replacement are clean.
base, d3, REJECTED = chain.follow(13, SEED, {
    "http://www.al-madina.com/node/620576/السند-الانتصارات-المتوالية-للمرابطين-بالحد-الجنوبي-«فرحة-كبرى».html":
        "masira pool, and its مسيرة (the Haram expansion's course) is clean, but the article "
        "reports the real fighting on the southern border (the soldiers' 'الانتصارات المتوالية' "
        "at الحد الجنوبي): war news, not a clean non-weapon use",
}, chain.MASIRA_ONLY)

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
