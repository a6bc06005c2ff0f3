"""Conflation quality: how well each system maps the word forms of one Arabic word to one term,
and keeps different words apart, on held-out annotated forms.

    python bench/conflation.py                 # the figures table
    python bench/conflation.py --errors        # plus each system's split groups and term collisions
    python bench/conflation.py --json
    python bench/conflation.py --table other.tsv

The data (tests/data/conflation_heldout.tsv, none of whose surfaces is in the analyzer's own test
table) lists real SaudiNewsNet word forms, each with its group: the forms a searcher wants to match
each other — a noun with its dual, sound and broken plurals and clitic forms, a verb in several persons
and tenses with object pronouns, a nisba adjective. Verbs and their verbal nouns, and nouns and their
nisba adjectives, are separate groups, and about twenty-five distractor pairs (بين / بيان, كلية / كل,
مالك / مال, لجنة / جنة, ...) are different words that look alike: a good stemmer merges none of them.

Each system maps every form to one term:

1. ``raw`` — the form as printed, lowercased (no Arabic handling: the floor for recall);
2. ``lucene`` — the Lucene/Elasticsearch-style Arabic light stemmer (bench/lucene_arabic.py);
3. ``khabar-exact`` — khabar's ``exact`` view: orthographic normalisation, no stemming;
4. ``khabar`` — khabar's ``stem`` view; a stopword's stem is "" (it is not indexed), so its exact term
   stands in for it, and the forms concerned are counted in a note.

Pairwise figures, after Paice ("An evaluation method for stemming algorithms", 1994), over every
pair of forms in the table:

* recall — of the pairs in the same group, the share given the same term (1 − Paice's
  understemming index). Low recall: forms a searcher expects to match are kept apart;
* precision — of the pairs given the same term, the share in the same group. Low precision: different
  words are merged (overstemming), so a search for one finds the other;
* F1 — their harmonic mean; ``false merges`` — pairs from different groups given the same term
  (Paice's overstemming index is false merges / all different-group pairs, printed ×10⁴ as OI);
* ``split`` — groups whose forms get more than one term; ``collisions`` — terms shared by more than
  one group. ``--errors`` lists them, worst first: a split group by the same-group pairs it loses,
  a collision by the different-group pairs it merges.

Reading the table: ``raw`` has no recall and nothing to merge; ``khabar-exact`` gains recall only
where two printings normalise alike, and its false merges are normalisation collisions (ة and ه,
ى and ي, hamza seats); the stemmers trade recall for false merges, and the split groups and
collisions of ``--errors`` say which forms and which look-alikes cost them. Big groups weigh more
than small ones (pairs grow with the square of a group's size); the table's groups have 2–8 forms,
most 4–8.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._common import fmt  # noqa: E402
from khabar.pipes import run_quietly  # noqa: E402

DEFAULT_TABLE = ROOT / "tests" / "data" / "conflation_heldout.tsv"
SYSTEMS = ("raw", "lucene", "khabar-exact", "khabar")
TOP = 15  # offenders listed per system and kind with --errors (0: all)


@dataclass(frozen=True)
class Form:
    surface: str
    group: str


class TableError(SystemExit):
    """The table is missing or malformed; the message says where."""


def load_table(path: Path) -> list[Form]:
    """The annotated forms: ``surface<TAB>group<TAB>...``, ``#`` lines and blank lines skipped."""
    if not path.is_file():
        raise TableError(f"bench/conflation.py: no table at {display_path(path)}")
    forms: list[Form] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise TableError(f"{display_path(path)}:{number}: expected surface<TAB>group<TAB>count<TAB>note")
        surface, group = cells[0].strip(), cells[1].strip()
        if surface in seen:
            raise TableError(f"{display_path(path)}:{number}: {surface} is already on line {seen[surface]}")
        seen[surface] = number
        forms.append(Form(surface, group))
    if not forms:
        raise TableError(f"{display_path(path)}: no forms")
    return forms


# -- systems ----------------------------------------------------------------------------------------


@dataclass
class Mapping:
    """A system's term for every surface, and what it had to say about them."""

    terms: dict[str, str]
    notes: list[str] = field(default_factory=list)


def raw_terms(forms: list[Form]) -> Mapping:
    return Mapping({f.surface: f.surface.lower() for f in forms})


def lucene_terms(forms: list[Form]) -> Mapping:
    from bench.lucene_arabic import stem

    return Mapping({f.surface: stem(f.surface) for f in forms})


def khabar_exact_terms(forms: list[Form]) -> Mapping:
    from analyzers import default_analyzer

    analyzer = default_analyzer()
    return Mapping({f.surface: analyzer.word(f.surface).exact for f in forms})


def khabar_stem_terms(forms: list[Form]) -> Mapping:
    from analyzers import default_analyzer

    analyzer = default_analyzer()
    terms: dict[str, str] = {}
    stopwords: list[str] = []
    for f in forms:
        analysis = analyzer.word(f.surface)
        if analysis.stem:
            terms[f.surface] = analysis.stem
        else:
            terms[f.surface] = analysis.exact
            stopwords.append(f.surface)
    notes = []
    if stopwords:
        listed = " ".join(stopwords)
        count = len(stopwords)
        notes.append(f'{count} form(s) are stopwords (stem ""), scored by their exact term: {listed}')
    return Mapping(terms, notes)


MAPPERS: dict[str, Callable[[list[Form]], Mapping]] = {
    "raw": raw_terms,
    "lucene": lucene_terms,
    "khabar-exact": khabar_exact_terms,
    "khabar": khabar_stem_terms,
}


# -- scoring ----------------------------------------------------------------------------------------


@dataclass
class Split:
    """A group whose forms get several terms."""

    group: str
    lost_pairs: int  # same-group pairs given different terms
    terms: dict[str, list[str]]  # term → the group's forms given it


@dataclass
class Collision:
    """A term shared by several groups."""

    term: str
    false_merges: int  # different-group pairs given this term
    groups: dict[str, list[str]]  # group → its forms given this term


@dataclass
class Score:
    system: str
    recall: float
    precision: float | None  # None when no two forms share a term
    f1: float | None
    same_group_pairs: int
    merged_pairs: int  # pairs given the same term
    correct_pairs: int  # pairs given the same term and in the same group
    false_merges: int
    overstemming_index: float  # false merges / different-group pairs
    terms: int
    groups_split: int
    collisions: int
    split: list[Split]
    collided: list[Collision]
    notes: list[str]
    mapping: dict[str, str]


def score(system: str, forms: list[Form], mapping: Mapping) -> Score:
    by_group: dict[str, list[Form]] = defaultdict(list)
    by_term: dict[str, list[Form]] = defaultdict(list)
    for f in forms:
        by_group[f.group].append(f)
        by_term[mapping.terms[f.surface]].append(f)

    same_group = sum(comb(len(members), 2) for members in by_group.values())
    all_pairs = comb(len(forms), 2)
    merged = sum(comb(len(members), 2) for members in by_term.values())

    splits: list[Split] = []
    correct = 0
    for group, members in by_group.items():
        terms: dict[str, list[str]] = defaultdict(list)
        for f in members:
            terms[mapping.terms[f.surface]].append(f.surface)
        kept = sum(comb(len(s), 2) for s in terms.values())
        correct += kept
        if len(terms) > 1:
            splits.append(Split(group, comb(len(members), 2) - kept, dict(terms)))

    collisions: list[Collision] = []
    for term, members in by_term.items():
        groups: dict[str, list[str]] = defaultdict(list)
        for f in members:
            groups[f.group].append(f.surface)
        if len(groups) > 1:
            within = sum(comb(len(s), 2) for s in groups.values())
            collisions.append(Collision(term, comb(len(members), 2) - within, dict(groups)))

    recall = correct / same_group if same_group else 1.0
    precision = correct / merged if merged else None
    f1 = None
    if precision is not None and recall + precision > 0:
        f1 = 2 * recall * precision / (recall + precision)
    different_group = all_pairs - same_group
    false_merges = merged - correct
    splits.sort(key=lambda s: (-s.lost_pairs, s.group))
    collisions.sort(key=lambda c: (-c.false_merges, c.term))
    return Score(
        system=system,
        recall=recall,
        precision=precision,
        f1=f1,
        same_group_pairs=same_group,
        merged_pairs=merged,
        correct_pairs=correct,
        false_merges=false_merges,
        overstemming_index=false_merges / different_group if different_group else 0.0,
        terms=len(by_term),
        groups_split=len(splits),
        collisions=len(collisions),
        split=splits,
        collided=collisions,
        notes=mapping.notes,
        mapping=mapping.terms,
    )


# -- report -----------------------------------------------------------------------------------------


def pct(value: float | None) -> str:
    return fmt(None if value is None else 100 * value)


def print_table(forms: list[Form], scores: list[Score], path: Path) -> None:
    groups = Counter(f.group for f in forms)
    print(f"Conflation of {len(forms)} word forms in {len(groups)} groups ({display_path(path)})")
    print(f"same-group pairs: {scores[0].same_group_pairs:,}; all pairs: {comb(len(forms), 2):,}")
    print()
    header = (
        "system", "recall %", "precision %", "F1 %", "false merges", "OI ×10⁴", "terms", "split", "collisions"
    )
    rows = [
        (
            s.system,
            pct(s.recall),
            pct(s.precision),
            pct(s.f1),
            f"{s.false_merges:,}",
            fmt(1e4 * s.overstemming_index, 2),
            f"{s.terms:,}",
            f"{s.groups_split}/{len(groups)}",
            f"{s.collisions}",
        )
        for s in scores
    ]
    widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
    print("  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    print()
    print("recall: same-group pairs given one term; precision: one-term pairs that are in the same group;")
    print("split: groups given several terms; collisions: terms shared by several groups (see --errors).")
    for s in scores:
        for note in s.notes:
            print(f"note ({s.system}): {note}")


def print_offenders(title: str, offenders: list, top: int, label: Callable, parts: Callable) -> None:
    """The worst ``top`` offenders (all with 0) under ``title``: ``label(o)`` — ``parts(o)``."""
    shown = offenders if top <= 0 else offenders[:top]
    if not shown:
        return
    worst = "" if len(shown) == len(offenders) else f", worst {len(shown)} of {len(offenders)}"
    print(f"  {title.format(worst=worst)}")
    for o in shown:
        listed = " | ".join(f"{key}: {' '.join(forms)}" for key, forms in parts(o).items())
        print(f"    {label(o)} — {listed}")


def print_errors(scores: list[Score], top: int) -> None:
    for s in scores:
        print()
        print(f"== {s.system}: {s.groups_split} group(s) split, {s.collisions} collision(s)")
        print_offenders(
            "split groups (same-group pairs lost{worst}), term: forms:", s.split, top,
            lambda sp: f"{sp.group} ({sp.lost_pairs})", lambda sp: sp.terms,
        )
        print_offenders(
            "collisions (different-group pairs merged{worst}), group: forms:", s.collided, top,
            lambda col: f"{col.term} ({col.false_merges})", lambda col: col.groups,
        )


def display_path(path: Path) -> str:
    """The path relative to the repository when it is inside it, else as given."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_table = display_path(DEFAULT_TABLE)
    parser.add_argument(
        "--table", type=Path, default=DEFAULT_TABLE, help=f"the annotated forms (default: {default_table})"
    )
    parser.add_argument("--errors", action="store_true", help="list the split groups and term collisions")
    parser.add_argument(
        "--top", type=int, default=TOP, help=f"offenders listed per system and kind (default {TOP}; 0: all)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures (and every offender) as JSON")
    args = parser.parse_args(argv)

    forms = load_table(args.table)
    scores = [score(name, forms, MAPPERS[name](forms)) for name in SYSTEMS]

    if args.json:
        groups = Counter(f.group for f in forms)
        report = {
            "table": display_path(args.table),
            "forms": len(forms),
            "groups": len(groups),
            "pairs": comb(len(forms), 2),
            "same_group_pairs": scores[0].same_group_pairs,
            "systems": {s.system: {k: v for k, v in asdict(s).items() if k != "system"} for s in scores},
        }
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print_table(forms, scores, args.table)
    if args.errors:
        print_errors(scores, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(run_quietly(main))
