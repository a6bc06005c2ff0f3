#!/usr/bin/env python3
"""Pick the articles of the seventy-ninth facet-extraction dev set (tests/devset79/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20220101. No article of sets 1-78, nor a
near-duplicate of one, can be drawn, nor an article read while rules were
written (see tests/devset16/pick.py to tests/devset22/pick.py, tests/devset34/sampled.txt
and the read_after_draw.txt lists of sets 35, 37, 39, 42, 45, 48, 54, 57, 60, 63, 68, 69, 72 and 75).
The conflict stratum comes from the second conflict pool of tests/devset69/pick.py,
narrowed as for the seventy-fourth set to the articles that name two or more of
its words, now up to 9,000 characters: the narrowed pool of articles up to 6,000
characters, which sets 74-78 drew from, is used up (11 left).
tests/devset_chain.py loads tests/devset78/pick.py as a module, for the modules
it loads (the set-2 pools and draw(), the set-3 pick(), earlier_sets() and
command line, the narrowed pool) and its REJECTED, and gives them this set's seed,
counts, earlier sets and rejections. The ambiguous stratum is six masira articles:
the missile pool is used up.

Usage (from the repository root):
    python tests/devset79/pick.py                        # print picks as JSONL skeletons
    python tests/devset79/pick.py --stats --out picks79.jsonl
    python tests/devset79/pick.py --check tests/devset79/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20220101  # sets 1-78 used 20150721, 20150811, 20150901, 20151001, 20151101, 20151201, 20160101, 20160201, 20160301, 20160401, 20160501, 20160601, 20160701, 20160801, 20160901, 20161001, 20161101, 20161201, 20170101, 20170201, 20170301, 20170401, 20170501, 20170601, 20170701, 20170801, 20170901, 20171001, 20171101, 20171201, 20180101, 20180201, 20180301, 20180401, 20180501, 20180601, 20180701, 20180801, 20180901, 20181001, 20181101, 20181201, 20190101, 20190201, 20190301, 20190401, 20190501, 20190601, 20190701, 20190801, 20190901, 20191001, 20191101, 20191201, 20200101, 20200201, 20200301, 20200401, 20200501, 20200601, 20200701, 20200801, 20200901, 20201001, 20201101, 20201201, 20210101, 20210201, 20210301, 20210401, 20210501, 20210601, 20210701, 20210801, 20210901, 20211001, 20211101, 20211201
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
base, d3, REJECTED = chain.follow(79, SEED, {
    "http://aawsat.com/home/article/411656/حسين-حبري-«سنوات-الجحيم»": "masira pool, and its مسيرة (Hissène Habré's 'strange career') is clean, but the profile recounts real war and killing: the civil war in N'Djamena, his armed struggle and expulsion of the Libyan army in 1987, and 40,000 summary executions under his rule: not a clean non-weapon story",
    "http://aawsat.com/home/article/418976/مباحثات-مصرية-سعودية-رفيعة-تتناول-تطوير-التعاون-العسكري": "masira pool, and its مسيرة (King Salman's course, 'استكمالاً لمسيرة') is clean, but the report recalls real wars: the King volunteered to defend Egypt in 1956 and supported the war effort in the October 1973 war, beside the 'internal fighting' in Arab states: not a clean non-weapon story",
}, chain.MASIRA_ONLY)

# The narrowed pool of articles up to 6,000 characters is used up (11 left after set 78): up to
# 9,000 characters from this set on.
base.MAX_LEN = 9000

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
