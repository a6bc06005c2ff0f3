#!/usr/bin/env python3
"""Pick the articles of the fourth facet-extraction dev set (tests/devset4/devset.jsonl).

A held-out set drawn with the pool code of tests/devset2/pick.py, loaded here
as a module (not copied), with seed 20151001. No article of sets 1, 2 or 3,
nor a near-duplicate of one, can be drawn. The draw itself (pick()) and the
exclusion of earlier sets (earlier_sets()) are those of tests/devset3/pick.py,
also loaded as a module, with this set's seed, counts, sets and rejections.

Usage (from the repository root):
    python tests/devset4/pick.py                        # print picks as JSONL skeletons
    python tests/devset4/pick.py --stats --out picks4.jsonl
    python tests/devset4/pick.py --check tests/devset4/devset.jsonl

Corpus: SaudiNewsNet, M. Alhagri (2015), github.com/ParallelMazen/SaudiNewsNet,
expected at ../shared/corpus/saudinewsnet/ from the repository root (override
with --corpus). It is read straight from the daily ZIPs, never unpacked.
"""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _load(name, *path):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, *path))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


base = _load("devset2_pick", "tests", "devset2", "pick.py")    # corpus, pools, draw()
d3 = _load("devset3_pick", "tests", "devset3", "pick.py")      # pick(), earlier_sets()
d3.base = base                      # d3's functions use this very module

SEED = 20151001                     # sets 1-3 used 20150721, 20150811, 20150901
base.SEED = SEED                    # base.draw() reads its module-level SEED
d3.N_CONFLICT, d3.N_OTHER = 16, 8
# The qasf pool is used up (see tests/devset3/pick.py), so its places stay with
# the masira and missile pools, as in set 3.
d3.N_AMBIG = {"masira": 3, "qasf": 0, "missile": 3}
EARLIER = [os.path.join(ROOT, "tests", d, "devset.jsonl")
           for d in ("devset", "devset2", "devset3")]
d3.EARLIER = EARLIER                # earlier_sets() merges first_set() of each file

# Ambiguous-pool candidates read and rejected for this set (real weapon use, or
# not a clean non-weapon use), added to those of sets 1-3. The reason is
# documentation only.
REJECTED = dict(d3.REJECTED)
REJECTED.update({
    "http://www.alweeam.com.sa/344285/ليتني-زرتها-قبل-الموت/":
        "missile pool, but a literal use: Damascus streets 'destroyed by missiles and "
        "tanks' in the Syrian war",
    "http://aawsat.com/home/article/423736/مقتل-4-وإصابة-ثلاثين-في-انفجار-بمدينة-رفح-الفلسطينية":
        "missile pool, but a real event: an unexploded Israeli rocket blowing up in "
        "Rafah (the set-1 rejection, in another outlet's copy)",
})
d3.REJECTED = REJECTED


def main():
    d3.main(__doc__)   # the command line of tests/devset3/pick.py, on this set's draw


if __name__ == "__main__":
    main()
