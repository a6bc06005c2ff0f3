#!/usr/bin/env python3
"""Pick the articles of the seventh facet-extraction dev set (tests/devset7/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20160101. No article of sets 1-6, nor a
near-duplicate of one, can be drawn. tests/devset6/pick.py is loaded as a
module too, for the modules it loads (through tests/devset5/pick.py and
tests/devset4/pick.py: the set-2 pools and draw(), the set-3 pick(),
earlier_sets() and command line) and its REJECTED, which are given this set's
seed, counts, earlier sets and rejections.

Usage (from the repository root):
    python tests/devset7/pick.py                        # print picks as JSONL skeletons
    python tests/devset7/pick.py --stats --out picks7.jsonl
    python tests/devset7/pick.py --check tests/devset7/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_spec = importlib.util.spec_from_file_location(
    "devset6_pick", os.path.join(ROOT, "tests", "devset6", "pick.py"))
d6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d6)
base, d3 = d6.base, d6.d3           # tests/devset2/pick.py and tests/devset3/pick.py

SEED = 20160101                     # sets 1-6 used 20150721, 20150811, 20150901, 20151001,
                                    # 20151101, 20151201
base.SEED = SEED                    # base.draw() reads its module-level SEED
d3.N_CONFLICT, d3.N_OTHER = 16, 8
# The qasf pool is used up (see tests/devset3/pick.py), so its places stay with
# the masira and missile pools, as in sets 3 to 6.
d3.N_AMBIG = {"masira": 3, "qasf": 0, "missile": 3}
EARLIER = [os.path.join(ROOT, "tests", d, "devset.jsonl")
           for d in ("devset", "devset2", "devset3", "devset4", "devset5", "devset6")]
d3.EARLIER = EARLIER                # earlier_sets() and --check read every file

# Ambiguous-pool candidates read and rejected for this set (real weapon use, or
# not a clean non-weapon use), added to those of sets 1-6. The reason is
# documentation only.
REJECTED = dict(d6.REJECTED)
REJECTED.update({
    "http://aawsat.com/home/article/411596/استطلاع-رأي-ترامب-يتصدر-قائمة-المرشحين-الجمهوريين-الأوفر-حظا":
        "missile pool, but a literal past missile use: McCain's plane hit by a missile in "
        "1967 (the set-1 rejection, in another outlet's copy)",
})
d3.REJECTED = REJECTED

if __name__ == "__main__":
    d3.main(__doc__)                # the command line of tests/devset3/pick.py, on this draw
