#!/usr/bin/env python3
"""Pick the articles of the sixth facet-extraction dev set (tests/devset6/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20151201. No article of sets 1-5, nor a
near-duplicate of one, can be drawn. tests/devset5/pick.py is loaded as a
module too, for the modules it loads (through tests/devset4/pick.py: the set-2
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
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_spec = importlib.util.spec_from_file_location(
    "devset5_pick", os.path.join(ROOT, "tests", "devset5", "pick.py"))
d5 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d5)
base, d3 = d5.base, d5.d3           # tests/devset2/pick.py and tests/devset3/pick.py

SEED = 20151201                     # sets 1-5 used 20150721, 20150811, 20150901, 20151001, 20151101
base.SEED = SEED                    # base.draw() reads its module-level SEED
d3.N_CONFLICT, d3.N_OTHER = 16, 8
# The qasf pool is used up (see tests/devset3/pick.py), so its places stay with
# the masira and missile pools, as in sets 3, 4 and 5.
d3.N_AMBIG = {"masira": 3, "qasf": 0, "missile": 3}
EARLIER = [os.path.join(ROOT, "tests", d, "devset.jsonl")
           for d in ("devset", "devset2", "devset3", "devset4", "devset5")]
d3.EARLIER = EARLIER                # earlier_sets() and --check read every file

# Ambiguous-pool candidates read and rejected for this set (real weapon use, or
# not a clean non-weapon use), added to those of sets 1-5. The reason is
# documentation only.
REJECTED = dict(d5.REJECTED)
REJECTED.update({
    "http://aawsat.com/home/article/415036/تصويت-على-اقتراح-بتشكيل-محكمة-دولية-بشأن-إسقاط-طائرة-الركاب-فوق-أوكرانيا":
        "missile pool, but a literal past missile use: the Malaysian airliner shot down "
        "over eastern Ukraine by a missile in July 2014 (as the set-3 rejection)",
})
d3.REJECTED = REJECTED

if __name__ == "__main__":
    d3.main(__doc__)                # the command line of tests/devset3/pick.py, on this draw
