"""The shared set-up of the later dev sets' pick scripts (tests/devset5/pick.py onwards).

Each later set draws with the pools of tests/devset2/pick.py and the pick() and command line of
tests/devset3/pick.py, through the previous set's pick script, which it loads as a module. What
changes from one set to the next is its seed, the earlier sets it must not overlap and the
ambiguous-pool articles rejected on reading. Loaded by path, like the pick scripts themselves.
"""
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# After set 3 the qasf pool is used up (see tests/devset3/pick.py): its places go to the masira
# and missile pools.
COUNTS = {"conflict": 16, "other": 8, "ambiguous": {"masira": 3, "qasf": 0, "missile": 3}}
# From set 12 on the missile pool is used up too (set 11 took its last article, see
# tests/devset11/pick.py): all six ambiguous places go to the masira pool.
MASIRA_ONLY = {"masira": 6, "qasf": 0, "missile": 0}


def load(name, *path):
    """A script of the repository as a module (the pick scripts are no package)."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, *path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def follow(number, seed, rejected, ambiguous=None):
    """Configure the shared draw for dev set ``number`` after set ``number - 1``: its seed, the
    earlier sets (sets 1 to ``number - 1``), the rejections of all sets so far plus ``rejected``
    (url → reason, documentation only) and the ambiguous counts (``COUNTS`` by default). Returns
    (the set-2 module, the set-3 module that runs the command line, every rejection)."""
    previous = load(f"devset{number - 1}_pick", "tests", f"devset{number - 1}", "pick.py")
    base, d3 = previous.base, previous.d3   # tests/devset2/pick.py and tests/devset3/pick.py
    base.SEED = seed                        # base.draw() reads its module-level SEED
    d3.N_CONFLICT, d3.N_OTHER = COUNTS["conflict"], COUNTS["other"]
    d3.N_AMBIG = dict(COUNTS["ambiguous"] if ambiguous is None else ambiguous)
    names = ["devset"] + [f"devset{n}" for n in range(2, number)]
    d3.EARLIER = [os.path.join(ROOT, "tests", d, "devset.jsonl") for d in names]  # read by --check too
    d3.REJECTED = {**previous.REJECTED, **rejected}
    return base, d3, d3.REJECTED


def exclude(d3, *paths):
    """Count the URLs listed in ``paths`` (whitespace-separated) as already picked, by URL only (no
    near-duplicate rule and no ``ONCE`` words): the articles read while extractor rules were
    written. Wraps ``earlier_sets()`` of the set-3 module, so the exclusion carries on to the later
    sets drawn through the calling script."""
    earlier_sets = d3.earlier_sets

    def with_read_articles():
        picked, once_seen = earlier_sets()
        for path in paths:
            with open(path, encoding="utf-8") as f:
                for url in f.read().split():
                    picked.setdefault(url, set())
        return picked, once_seen

    d3.earlier_sets = with_read_articles
