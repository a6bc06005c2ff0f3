#!/usr/bin/env python3
"""Pick the articles of the fifth facet-extraction dev set (tests/devset5/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20151101. No article of sets 1-4, nor a
near-duplicate of one, can be drawn. tests/devset4/pick.py is loaded as a
module too, for the modules it loads (the set-2 pools and draw(), the set-3
pick(), earlier_sets() and command line) and its REJECTED, which are given
this set's seed, counts, earlier sets and rejections.

Usage (from the repository root):
    python tests/devset5/pick.py                        # print picks as JSONL skeletons
    python tests/devset5/pick.py --stats --out picks5.jsonl
    python tests/devset5/pick.py --check tests/devset5/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

_spec = importlib.util.spec_from_file_location(
    "devset4_pick", os.path.join(ROOT, "tests", "devset4", "pick.py"))
d4 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(d4)
base, d3 = d4.base, d4.d3           # tests/devset2/pick.py and tests/devset3/pick.py

SEED = 20151101                     # sets 1-4 used 20150721, 20150811, 20150901, 20151001
base.SEED = SEED                    # base.draw() reads its module-level SEED
d3.N_CONFLICT, d3.N_OTHER = 16, 8
# The qasf pool is used up (see tests/devset3/pick.py), so its places stay with
# the masira and missile pools, as in sets 3 and 4.
d3.N_AMBIG = {"masira": 3, "qasf": 0, "missile": 3}
EARLIER = [os.path.join(ROOT, "tests", d, "devset.jsonl")
           for d in ("devset", "devset2", "devset3", "devset4")]
d3.EARLIER = EARLIER                # earlier_sets() and --check read every file

# Ambiguous-pool candidates read and rejected for this set (real weapon use, or
# not a clean non-weapon use), added to those of sets 1-4. The reason is
# documentation only.
REJECTED = dict(d4.REJECTED)
REJECTED.update({
    "http://www.3alyoum.com/news/a/اعتراض-ناجح-لصاروخ-سكود-من-الأراضي-الي/":
        "missile pool, but a real event: a Scud fired from Yemen and intercepted over "
        "Jazan by Patriot batteries",
})
d3.REJECTED = REJECTED

if __name__ == "__main__":
    d3.main(__doc__)                # the command line of tests/devset3/pick.py, on this draw
