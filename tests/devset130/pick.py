#!/usr/bin/env python3
"""Pick the articles of the hundred-and-thirtieth facet-extraction dev set (tests/devset130/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20260401. No article of sets 1-129, nor a
near-duplicate of one, can be drawn, nor an article read while rules were
written (see tests/devset16/pick.py to tests/devset22/pick.py, tests/devset34/sampled.txt
and the read_after_draw.txt lists of sets 35, 37, 39, 42, 45, 48, 54, 57, 60, 63, 68, 69, 72, 75, 79, 80, 82, 84, 85, 93, 95, 97, 99, 101, 103, 105, 107, 109, 110, 111, 112, 114, 115, 117, 121, 122, 123, 124, 125, 126, 127, 128 and 129).
The conflict stratum is the fourth conflict pool as set 122 drew it (two or more of its
words, up to 6,000 characters), through tests/devset129/pick.py.
tests/devset_chain.py loads tests/devset129/pick.py as a module, for the modules
it loads (the set-2 pools and draw(), the set-3 pick(), earlier_sets() and
command line, the four conflict pools, the exclusions of the lists read) and its REJECTED, and
gives them this set's seed, counts, earlier sets and rejections. No ambiguous
stratum, as for sets 86-129: twenty-two conflict articles and eight others.

Usage (from the repository root):
    python tests/devset130/pick.py                        # print picks as JSONL skeletons
    python tests/devset130/pick.py --stats --out picks130.jsonl
    python tests/devset130/pick.py --check tests/devset130/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20260401  # sets 1-129 used 20150721, 20150811, 20150901, 20151001, 20151101, 20151201, 20160101, 20160201, 20160301, 20160401, 20160501, 20160601, 20160701, 20160801, 20160901, 20161001, 20161101, 20161201, 20170101, 20170201, 20170301, 20170401, 20170501, 20170601, 20170701, 20170801, 20170901, 20171001, 20171101, 20171201, 20180101, 20180201, 20180301, 20180401, 20180501, 20180601, 20180701, 20180801, 20180901, 20181001, 20181101, 20181201, 20190101, 20190201, 20190301, 20190401, 20190501, 20190601, 20190701, 20190801, 20190901, 20191001, 20191101, 20191201, 20200101, 20200201, 20200301, 20200401, 20200501, 20200601, 20200701, 20200801, 20200901, 20201001, 20201101, 20201201, 20210101, 20210201, 20210301, 20210401, 20210501, 20210601, 20210701, 20210801, 20210901, 20211001, 20211101, 20211201, 20220101, 20220201, 20220301, 20220401, 20220501, 20220601, 20220701, 20220801, 20220901, 20221001, 20221101, 20221201, 20230101, 20230201, 20230301, 20230401, 20230501, 20230601, 20230701, 20230801, 20230901, 20231001, 20231101, 20231201, 20240101, 20240201, 20240301, 20240401, 20240501, 20240601, 20240701, 20240801, 20240901, 20241001, 20241101, 20241201, 20250101, 20250201, 20250301, 20250401, 20250501, 20250601, 20250701, 20250801, 20250901, 20251001, 20251101, 20251201, 20260101, 20260201, 20260301
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
base, d3, REJECTED = chain.follow(130, SEED, {}, {"masira": 0, "qasf": 0, "missile": 0})

# No ambiguous stratum (the masira pool is used up, see tests/devset122/pick.py): twenty-two
# conflict articles. follow() resets the counts, so each set says it again.
d3.N_CONFLICT = 22

# The fourth pool at two or more words, as set 122 set it (it comes through the chain); the
# articles read after set 129 was drawn are excluded as set 129 excludes set 128's.
chain.exclude(d3, os.path.join(chain.ROOT, "tests", "devset129", "read_after_draw.txt"))

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
