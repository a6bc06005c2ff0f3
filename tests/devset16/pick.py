#!/usr/bin/env python3
"""Pick the articles of the sixteenth facet-extraction dev set (tests/devset16/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20161001. No article of sets 1-15, nor a
near-duplicate of one, can be drawn, nor an article read while rules were written.
tests/devset_chain.py loads tests/devset15/pick.py as a module, for the modules
it loads (the set-2 pools and draw(), the set-3 pick(), earlier_sets() and
command line) and its REJECTED, and gives them this set's seed, counts, earlier
sets and rejections. The ambiguous stratum is six masira articles: the missile
pool is used up.

Usage (from the repository root):
    python tests/devset16/pick.py                        # print picks as JSONL skeletons
    python tests/devset16/pick.py --stats --out picks16.jsonl
    python tests/devset16/pick.py --check tests/devset16/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import devset_chain as chain  # noqa: E402  (tests/devset_chain.py)

SEED = 20161001  # sets 1-15 used 20150721, 20150811, 20150901, 20151001, 20151101, 20151201, 20160101, 20160201, 20160301, 20160401, 20160501, 20160601, 20160701, 20160801, 20160901
# Ambiguous-pool candidates read and rejected for this set (real weapon use, or not a clean
# non-weapon use), added to those of the earlier sets. The reason is documentation only.
# All six ambiguous picks were read in full; the four others and the replacements are clean.
base, d3, REJECTED = chain.follow(16, SEED, {
    "http://www.3alyoum.com/news/golobal/a/يهودي-متشدد-يطعن-ستة-في-مسيرة-للمثليين/":
        "masira pool, but the march is the scene of a real attack: another outlet's copy of the "
        "Jerusalem stabbing that set 12 rejected (a knife, no taxonomy key, but not a clean "
        "non-weapon story)",
    "http://www.al-jazirah.com/2015/20150724/du13.htm":
        "masira pool, and its مسيرة (the settlers' march to al-Aqsa) is clean, but the article "
        "reports a real shooting: Israeli troops killed a freed prisoner near Hebron "
        "('أطلقت الرصاص عليه', small arms used)",
}, chain.MASIRA_ONLY)

# The articles read while the rules of the rounds before this draw were written (corpus samples,
# pattern searches, the every-fifth-article checks): tests/devset14/sampled.txt, and those read
# after it was written, in sampled.txt here. Counted as already picked, by URL only (no
# near-duplicate rule); the exclusion carries on to later sets drawn through this script.
chain.exclude(
    d3,
    os.path.join(chain.ROOT, "tests", "devset14", "sampled.txt"),
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "sampled.txt"),
)

if __name__ == "__main__":
    d3.main(__doc__)  # the command line of tests/devset3/pick.py, on this draw
