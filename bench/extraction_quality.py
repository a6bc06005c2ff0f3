"""Facet-extraction quality on the hand-annotated dev set: precision, recall and F1 per facet.

Runs :func:`indexer.extract` over ``tests/devset/devset.jsonl`` and scores each facet micro-averaged
over (article, value) pairs: weapons as taxonomy keys, locations after the analyzer's exact
normalisation of the names (so أ/ا and ة/ه variants agree), event dates as ISO strings. Weapons
also get one line per stratum (conflict, other, ambiguous). A second locations line,
``locations/by_place``, counts two names as one when the gazetteer resolves them to the same place
(كابل and كابول, عين العرب and كوباني): how much of the locations figure is spelling alone.

    .venv/bin/python bench/extraction_quality.py            # the table
    .venv/bin/python bench/extraction_quality.py --json     # the same figures as JSON
    .venv/bin/python bench/extraction_quality.py --errors   # false positives/negatives per article
    .venv/bin/python bench/extraction_quality.py --speed    # time each extractor over the corpus
    # B, another annotation of A's articles (id and facets), scored against A:
    .venv/bin/python bench/extraction_quality.py --devset A.jsonl --agreement B.jsonl

No corpus is needed for the scores: the dev set holds the articles' text. ``--speed`` reads the
shared corpus (``../shared/corpus/saudinewsnet``), analyses every article first (untimed, as the
indexer does once for all three extractors), then times each extractor's ``find`` on one core.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analyzers import default_analyzer  # noqa: E402
from khabar.pipes import run_quietly  # noqa: E402

DEVSET = ROOT / "tests" / "devset" / "devset.jsonl"
FACETS = ("weapons", "locations", "event_dates")

# An extractor maps (text, published) to {facet: set of values}; a facet it cannot extract is absent.
FacetExtractor = Callable[[str, date], dict[str, set[str]]]


@dataclass
class Score:
    """Counts of (article, value) pairs, and the measures over them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[str], predicted: set[str]) -> None:
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    def as_dict(self) -> dict:
        return {**asdict(self), "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class ArticleErrors:
    """What one article got wrong, per facet: values predicted but not annotated, and the reverse."""

    id: str
    title: str
    stratum: str
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    false_negatives: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Evaluation:
    """Scores per facet (only the facets the extractor provides), weapons per stratum, locations
    matched by place, and errors."""

    articles: int
    facets: dict[str, Score]
    weapons_by_stratum: dict[str, Score]
    errors: list[ArticleErrors]
    locations_by_place: Score | None = None

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "facets": {name: s.as_dict() for name, s in self.facets.items()},
            "weapons_by_stratum": {name: s.as_dict() for name, s in self.weapons_by_stratum.items()},
            "locations_by_place": self.locations_by_place.as_dict() if self.locations_by_place else None,
            "errors": [asdict(e) for e in self.errors],
        }


def load_devset(path: Path = DEVSET) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _location_key(name: str) -> str:
    """A place name as the analyzer's exact view writes it (folds hamza, alef, ta marbuta)."""
    return " ".join(w.exact for w, _, _ in default_analyzer().words(name))


def _gold(record: dict) -> dict[str, set[str]]:
    return {
        "weapons": set(record["weapons"]),
        "locations": {_location_key(n) for n in record["locations"]},
        "event_dates": set(record["event_dates"]),
    }


def _place_key(name: str) -> str:
    """The place a (normalised) name resolves to in the gazetteer, else the name itself."""
    from indexer.extract import default_extractor

    place = default_extractor().locations.resolve(name)
    return f"place:{place.name}|{place.country}|{place.kind}" if place is not None else name


def annotation(other: Iterable[dict], devset: Iterable[dict]) -> FacetExtractor:
    """Another annotation of the dev set's articles in the place of an extractor: records with the
    dev set's ``id`` and the three facets (text not needed). Scored against the dev set, its figures
    are the two annotations' agreement."""
    by_id = {r["id"]: _gold(r) for r in other}
    devset = list(devset)
    if missing := [r["id"] for r in devset if r["id"] not in by_id]:
        raise SystemExit(
            f"the other annotation lacks {len(missing)} of the dev set's articles, e.g. {missing[0]}"
        )
    by_text = {r["text"]: by_id[r["id"]] for r in devset}

    def run(text: str, published: date) -> dict[str, set[str]]:
        return by_text[text]

    return run


def full_extractor() -> FacetExtractor:
    """All three facets through :func:`indexer.extract`."""
    from indexer.extract import extract

    def run(text: str, published: date) -> dict[str, set[str]]:
        found = extract(text, published)
        return {
            "weapons": set(found.weapon_keys),
            "locations": {_location_key(n) for n in found.location_names},
            "event_dates": set(found.dates),
        }

    return run


def evaluate(extractor: FacetExtractor | None = None, records: Iterable[dict] | None = None) -> Evaluation:
    """Score ``extractor`` (default: :func:`full_extractor`) on the dev set; the facets it
    leaves out of its answer are not scored."""
    if extractor is None:
        extractor = full_extractor()
    records = list(load_devset() if records is None else records)
    facets: dict[str, Score] = {}
    strata: dict[str, Score] = {}
    by_place = Score()
    errors: list[ArticleErrors] = []
    for record in records:
        predicted = extractor(record["text"], date.fromisoformat(record["published"]))
        gold = _gold(record)
        if "locations" in predicted:
            places = set(map(_place_key, gold["locations"])), set(map(_place_key, predicted["locations"]))
            by_place.add(*places)
        article = ArticleErrors(record["id"], record["title"], record["stratum"])
        for facet in FACETS:
            if facet not in predicted:
                continue
            facets.setdefault(facet, Score()).add(gold[facet], predicted[facet])
            if extra := sorted(predicted[facet] - gold[facet]):
                article.false_positives[facet] = extra
            if missing := sorted(gold[facet] - predicted[facet]):
                article.false_negatives[facet] = missing
        if "weapons" in predicted:
            strata.setdefault(record["stratum"], Score()).add(gold["weapons"], predicted["weapons"])
        if article.false_positives or article.false_negatives:
            errors.append(article)
    located = by_place if "locations" in facets else None
    return Evaluation(len(records), facets, dict(sorted(strata.items())), errors, located)


def _line(name: str, s: Score) -> str:
    return (
        f"{name:<22} P {s.precision:6.3f}  R {s.recall:6.3f}  F1 {s.f1:6.3f}"
        f"   (tp {s.tp}, fp {s.fp}, fn {s.fn})"
    )


def render(result: Evaluation, show_errors: bool) -> str:
    lines = [f"dev set: {result.articles} articles", ""]
    for facet in FACETS:
        if facet in result.facets:
            lines.append(_line(facet, result.facets[facet]))
        else:
            lines.append(f"{facet:<22} (not extracted)")
    if result.locations_by_place is not None:
        lines.append("")
        lines.append(_line("locations/by_place", result.locations_by_place))
    if result.weapons_by_stratum:
        lines.append("")
        for stratum, s in result.weapons_by_stratum.items():
            lines.append(_line(f"weapons/{stratum}", s))
    if show_errors:
        lines.append("")
        for e in result.errors:
            lines.append(f"[{e.stratum}] {e.title.strip()}  <{e.id}>")
            for facet in FACETS:
                if facet in e.false_positives:
                    lines.append(f"    {facet} FP: {', '.join(e.false_positives[facet])}")
                if facet in e.false_negatives:
                    lines.append(f"    {facet} FN: {', '.join(e.false_negatives[facet])}")
    return "\n".join(lines)


def time_extractors(corpus: Path | None = None, limit: int | None = None) -> dict:
    """Seconds each extractor's ``find`` takes over the corpus, words analysed beforehand."""
    import gc
    import time
    from itertools import islice

    from indexer.extract import default_extractor
    from scripts.corpus import DEFAULT_CORPUS, iter_articles

    extractor = default_extractor()
    analyzer = extractor.analyzer
    articles = [
        (a["content"], date.fromisoformat(a["date_extracted"][:10]))
        for a in islice(iter_articles(corpus or DEFAULT_CORPUS), limit)
    ]
    words = [analyzer.words(text) for text, _ in articles]
    # An indexer holds one article's words at a time; here all 31k articles' are alive at once,
    # so keep the garbage collector from walking those millions of tuples on every collection.
    gc.collect()
    gc.freeze()
    calls = {
        "weapons": lambda: [extractor.weapons.find(t, w) for (t, _), w in zip(articles, words)],
        "locations": lambda: [extractor.locations.find(t, w) for (t, _), w in zip(articles, words)],
        "event_dates": lambda: [extractor.dates.find(t, p) for t, p in articles],
    }
    seconds = {}
    for facet, call in calls.items():
        call()  # the first pass fills each extractor's word caches, as a long indexing run does
        start = time.process_time()
        call()
        seconds[facet] = time.process_time() - start
    return {"articles": len(articles), "words": sum(map(len, words)), "cpu_seconds": seconds}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures (and errors) as JSON")
    parser.add_argument("--errors", action="store_true", help="list false positives/negatives per article")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="a dev set in the same JSONL format")
    parser.add_argument("--speed", action="store_true", help="time each extractor over the shared corpus")
    parser.add_argument("--corpus", type=Path, help="the corpus for --speed (default: ../shared/corpus)")
    parser.add_argument("--limit", type=int, help="time only the first N corpus articles")
    parser.add_argument(
        "--agreement", type=Path, metavar="OTHER",
        help="score another annotation of the dev set's articles (id, weapons, locations, event_dates) "
        "instead of the extractors",
    )
    args = parser.parse_args(argv)
    if args.speed:
        timing = time_extractors(args.corpus, args.limit)
        if args.json:
            print(json.dumps(timing, indent=2))
        else:
            print(f"{timing['articles']} articles, {timing['words']} words (analysed beforehand)")
            for facet, secs in timing["cpu_seconds"].items():
                print(f"{facet:<12} {secs:6.2f} s CPU")
        return 0
    records = load_devset(args.devset)
    extractor = annotation(load_devset(args.agreement), records) if args.agreement else full_extractor()
    result = evaluate(extractor, records)
    if args.json:
        out = result.as_dict()
        if not args.errors:
            out.pop("errors")
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(render(result, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(run_quietly(main))
