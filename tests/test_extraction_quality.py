"""Facet extraction keeps its quality on the hand-annotated dev set (no corpus needed).

The floors sit a little under the figures measured when they were set; raise them as the
extractors improve. ``bench/extraction_quality.py --errors`` shows what an extractor gets wrong.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "extraction_quality.py"

# Measured: weapons 0.958 (P 1.000, R 0.919), locations 0.930, event dates 0.954.
F1_FLOORS = {"weapons": 0.93, "locations": 0.88, "event_dates": 0.90}


def _bench():
    spec = importlib.util.spec_from_file_location("extraction_quality", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _bench()


@pytest.fixture(scope="module")
def evaluation(bench):
    return bench.evaluate()


def test_the_dev_set_is_scored_on_all_sixty_articles_and_three_facets(evaluation):
    assert evaluation.articles == 60
    assert set(evaluation.facets) == set(F1_FLOORS)


@pytest.mark.parametrize("facet", list(F1_FLOORS))
def test_facet_f1_stays_above_its_floor(evaluation, facet):
    score = evaluation.facets[facet]
    figures = f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
    assert score.f1 >= F1_FLOORS[facet], f"{facet}: {figures}"


def test_no_weapon_is_found_in_the_ambiguous_stratum(evaluation):
    # مسيرة as a career, figurative قصف, space rockets and أسواق الصواريخ: none is a weapon.
    assert evaluation.weapons_by_stratum["ambiguous"].fp == 0


def test_the_table_and_the_json_report_the_same_figures(bench, evaluation, capsys):
    bench.main(["--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["facets"]["weapons"]["f1"] == pytest.approx(evaluation.facets["weapons"].f1)
    assert set(report["weapons_by_stratum"]) == {"ambiguous", "conflict", "other"}
    assert "errors" not in report
    text = bench.render(evaluation, show_errors=True)
    assert text.splitlines()[2].startswith("weapons")
    assert "FN:" in text or "FP:" in text


def test_micro_scores_count_article_value_pairs(bench):
    score = bench.Score()
    score.add({"airstrike", "artillery"}, {"airstrike", "missile"})
    score.add(set(), {"drone"})
    assert (score.tp, score.fp, score.fn) == (1, 2, 1)
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 2)
    assert score.f1 == pytest.approx(0.4)


def test_locations_by_place_count_two_spellings_of_one_place_as_one(bench):
    record = {
        "id": "x", "title": "", "stratum": "conflict", "published": "2015-08-01",
        "text": "انفجار شاحنة مفخخة في كابل", "weapons": [], "locations": ["كابل"], "event_dates": [],
    }
    found = bench.evaluate(lambda text, published: {"locations": {bench._location_key("كابول")}}, [record])
    assert found.facets["locations"].f1 == 0.0  # the names differ
    assert found.locations_by_place.f1 == 1.0  # the place is the same


def test_agreement_scores_a_second_annotation_against_the_first(bench, tmp_path, capsys):
    first = bench.load_devset(Path(__file__).resolve().parent / "devset40" / "devset.jsonl")
    second = [dict(r) for r in first]
    second[0] = {**second[0], "weapons": [*second[0]["weapons"], "naval"]}
    path = tmp_path / "second.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in second), encoding="utf-8")
    found = bench.evaluate(bench.annotation(second, first), first)
    assert found.facets["locations"].f1 == found.facets["event_dates"].f1 == 1.0
    assert found.facets["weapons"].fp == 1 and found.facets["weapons"].fn == 0
    bench.main(["--devset", str(path), "--agreement", str(path)])
    assert "F1  1.000" in capsys.readouterr().out


@pytest.mark.parametrize("devset", ["devset40", "devset41"])
def test_a_second_annotation_covers_its_sets_articles(bench, devset):
    here = Path(__file__).resolve().parent / devset
    first = bench.load_devset(here / "devset.jsonl")
    second = bench.load_devset(here / "second_annotation.jsonl")
    assert [r["id"] for r in second] == [r["id"] for r in first]
    agreement = bench.evaluate(bench.annotation(second, first), first)
    assert agreement.facets["weapons"].f1 >= 0.95  # measured 1.000 and 0.974


# The second to ninth dev sets were annotated without looking at the extractors' output. Each
# was first scored as held out (weapons, locations, event dates: set 2 0.828, 0.805, 0.871; set 3
# with its ريف revision 0.895, 0.869, 0.976; set 4 0.974, 0.846, 0.949; set 5 0.900, 0.869,
# 0.778; set 6 0.875, 0.837, 0.857; set 7 0.839, 0.880, 0.916; set 8 0.923, 0.825, 0.947; set 9
# 0.857, 0.921, 0.941), then its errors guided general fixes (now: set 2 0.966, 0.865, 0.903;
# set 3 0.973, 0.932, 0.976; set 4 0.974, 0.887, 0.974; set 5 0.927, 0.884, 0.949; set 6 0.903,
# 0.866, 0.944; set 7 0.867, 0.900, 0.935; set 8 0.943, 0.838, 0.947; set 9 0.884, 0.926,
# 0.955). Sets 10 to 54 were scored the same way; their held-out figures are in their READMEs.
# The floors catch regressions only.
LATER_SETS = {
    "devset2": {"weapons": 0.90, "locations": 0.80, "event_dates": 0.85},
    "devset3": {"weapons": 0.90, "locations": 0.88, "event_dates": 0.93},
    "devset4": {"weapons": 0.90, "locations": 0.85, "event_dates": 0.92},
    "devset5": {"weapons": 0.85, "locations": 0.84, "event_dates": 0.88},
    "devset6": {"weapons": 0.85, "locations": 0.83, "event_dates": 0.90},
    "devset7": {"weapons": 0.82, "locations": 0.87, "event_dates": 0.90},
    "devset8": {"weapons": 0.90, "locations": 0.80, "event_dates": 0.92},
    "devset9": {"weapons": 0.84, "locations": 0.89, "event_dates": 0.92},
    "devset10": {"weapons": 0.90, "locations": 0.86, "event_dates": 0.89},
    "devset11": {"weapons": 0.85, "locations": 0.79, "event_dates": 0.89},
    "devset12": {"weapons": 0.88, "locations": 0.80, "event_dates": 0.89},
    "devset13": {"weapons": 0.93, "locations": 0.85, "event_dates": 0.88},
    "devset14": {"weapons": 0.85, "locations": 0.81, "event_dates": 0.84},
    "devset15": {"weapons": 0.84, "locations": 0.85, "event_dates": 0.87},
    "devset16": {"weapons": 0.90, "locations": 0.87, "event_dates": 0.89},
    "devset17": {"weapons": 0.87, "locations": 0.84, "event_dates": 0.86},
    "devset18": {"weapons": 0.91, "locations": 0.81, "event_dates": 0.85},
    "devset19": {"weapons": 0.82, "locations": 0.80, "event_dates": 0.95},
    "devset20": {"weapons": 0.85, "locations": 0.83, "event_dates": 0.89},
    "devset21": {"weapons": 0.86, "locations": 0.83, "event_dates": 0.83},
    "devset22": {"weapons": 0.83, "locations": 0.83, "event_dates": 0.84},
    "devset23": {"weapons": 0.92, "locations": 0.80, "event_dates": 0.90},
    "devset24": {"weapons": 0.89, "locations": 0.80, "event_dates": 0.92},
    "devset25": {"weapons": 0.77, "locations": 0.83, "event_dates": 0.90},
    "devset26": {"weapons": 0.91, "locations": 0.78, "event_dates": 0.88},
    "devset27": {"weapons": 0.90, "locations": 0.81, "event_dates": 0.89},
    "devset28": {"weapons": 0.95, "locations": 0.86, "event_dates": 0.94},
    "devset29": {"weapons": 0.92, "locations": 0.86, "event_dates": 0.88},
    "devset30": {"weapons": 0.86, "locations": 0.80, "event_dates": 0.89},
    "devset31": {"weapons": 0.91, "locations": 0.87, "event_dates": 0.91},
    "devset32": {"weapons": 0.84, "locations": 0.84, "event_dates": 0.89},
    "devset33": {"weapons": 0.89, "locations": 0.85, "event_dates": 0.92},
    "devset34": {"weapons": 0.74, "locations": 0.85, "event_dates": 0.92},
    "devset35": {"weapons": 0.82, "locations": 0.79, "event_dates": 0.89},
    "devset36": {"weapons": 0.83, "locations": 0.79, "event_dates": 0.91},
    "devset37": {"weapons": 0.84, "locations": 0.82, "event_dates": 0.92},
    "devset38": {"weapons": 0.86, "locations": 0.79, "event_dates": 0.86},
    "devset39": {"weapons": 0.80, "locations": 0.82, "event_dates": 0.86},
    "devset40": {"weapons": 0.84, "locations": 0.85, "event_dates": 0.90},
    "devset41": {"weapons": 0.83, "locations": 0.78, "event_dates": 0.85},
    "devset42": {"weapons": 0.89, "locations": 0.80, "event_dates": 0.89},
    "devset43": {"weapons": 0.85, "locations": 0.84, "event_dates": 0.87},
    "devset44": {"weapons": 0.83, "locations": 0.83, "event_dates": 0.88},
    "devset45": {"weapons": 0.90, "locations": 0.80, "event_dates": 0.94},
    "devset46": {"weapons": 0.74, "locations": 0.83, "event_dates": 0.93},
    "devset47": {"weapons": 0.86, "locations": 0.89, "event_dates": 0.88},
    "devset48": {"weapons": 0.80, "locations": 0.84, "event_dates": 0.94},
    "devset49": {"weapons": 0.88, "locations": 0.83, "event_dates": 0.91},
    "devset50": {"weapons": 0.76, "locations": 0.86, "event_dates": 0.77},
    "devset51": {"weapons": 0.79, "locations": 0.86, "event_dates": 0.86},
    "devset52": {"weapons": 0.66, "locations": 0.81, "event_dates": 0.87},
    "devset53": {"weapons": 0.87, "locations": 0.87, "event_dates": 0.91},
    "devset54": {"weapons": 0.95, "locations": 0.80, "event_dates": 0.86},
    "devset55": {"weapons": 0.81, "locations": 0.84, "event_dates": 0.91},
    "devset56": {"weapons": 0.89, "locations": 0.80, "event_dates": 0.88},
    "devset57": {"weapons": 0.80, "locations": 0.83, "event_dates": 0.86},
    "devset58": {"weapons": 0.87, "locations": 0.84, "event_dates": 0.90},
    "devset59": {"weapons": 0.66, "locations": 0.79, "event_dates": 0.84},
    "devset60": {"weapons": 0.86, "locations": 0.85, "event_dates": 0.88},
    "devset61": {"weapons": 0.85, "locations": 0.87, "event_dates": 0.92},
    "devset62": {"weapons": 0.87, "locations": 0.85, "event_dates": 0.92},
    "devset63": {"weapons": 0.85, "locations": 0.83, "event_dates": 0.78},
    "devset64": {"weapons": 0.83, "locations": 0.83, "event_dates": 0.88},
    "devset65": {"weapons": 0.84, "locations": 0.86, "event_dates": 0.92},
    "devset66": {"weapons": 0.83, "locations": 0.80, "event_dates": 0.87},
    "devset67": {"weapons": 0.64, "locations": 0.76, "event_dates": 0.88},
    "devset68": {"weapons": 0.76, "locations": 0.85, "event_dates": 0.86},
    "devset69": {"weapons": 0.99, "locations": 0.89, "event_dates": 0.82},
    "devset70": {"weapons": 0.52, "locations": 0.84, "event_dates": 0.92},
    "devset71": {"weapons": 0.85, "locations": 0.88, "event_dates": 0.95},
    "devset72": {"weapons": 0.92, "locations": 0.85, "event_dates": 0.86},
    "devset73": {"weapons": 0.79, "locations": 0.88, "event_dates": 0.87},
    "devset74": {"weapons": 0.92, "locations": 0.85, "event_dates": 0.82},
    "devset75": {"weapons": 0.79, "locations": 0.85, "event_dates": 0.91},
    "devset76": {"weapons": 0.99, "locations": 0.86, "event_dates": 0.94},
    "devset77": {"weapons": 0.91, "locations": 0.82, "event_dates": 0.93},
    "devset78": {"weapons": 0.99, "locations": 0.88, "event_dates": 0.93},
    "devset79": {"weapons": 0.92, "locations": 0.88, "event_dates": 0.87},
    "devset80": {"weapons": 0.79, "locations": 0.81, "event_dates": 0.91},
    "devset81": {"weapons": 0.99, "locations": 0.87, "event_dates": 0.97},
    "devset82": {"weapons": 0.85, "locations": 0.885, "event_dates": 0.95},
    "devset83": {"weapons": 0.99, "locations": 0.885, "event_dates": 0.91},
    "devset84": {"weapons": 0.88, "locations": 0.84, "event_dates": 0.92},
    "devset85": {"weapons": 0.99, "locations": 0.86, "event_dates": 0.90},
    "devset86": {"weapons": 0.74, "locations": 0.89, "event_dates": 0.88},
    "devset87": {"weapons": 0.85, "locations": 0.90, "event_dates": 0.96},
    "devset88": {"weapons": 0.99, "locations": 0.875, "event_dates": 0.84},
    "devset89": {"weapons": 0.54, "locations": 0.92, "event_dates": 0.86},
    "devset90": {"weapons": 0.39, "locations": 0.91, "event_dates": 0.92},
    "devset91": {"weapons": 0.79, "locations": 0.88, "event_dates": 0.95},
    "devset92": {"weapons": 0.74, "locations": 0.86, "event_dates": 0.94},
    # Set 93 annotates no weapon key: its weapons figure is 0 with one false key, 1 with none.
    "devset93": {"locations": 0.83, "event_dates": 0.88},
    "devset94": {"weapons": 0.99, "locations": 0.87, "event_dates": 0.92},
    "devset95": {"weapons": 0.88, "locations": 0.88, "event_dates": 0.95},
    "devset96": {"weapons": 0.74, "locations": 0.87, "event_dates": 0.87},
    "devset97": {"weapons": 0.99, "locations": 0.86, "event_dates": 0.93},
    "devset98": {"weapons": 0.99, "locations": 0.85, "event_dates": 0.86},
    "devset99": {"weapons": 0.83, "locations": 0.86, "event_dates": 0.99},
    "devset100": {"weapons": 0.66, "locations": 0.86, "event_dates": 0.95},
    "devset101": {"weapons": 0.79, "locations": 0.87, "event_dates": 0.88},
    "devset102": {"weapons": 0.74, "locations": 0.80, "event_dates": 0.93},
    "devset103": {"weapons": 0.88, "locations": 0.86, "event_dates": 0.92},
    "devset104": {"weapons": 0.85, "locations": 0.87, "event_dates": 0.96},
    "devset105": {"weapons": 0.39, "locations": 0.85, "event_dates": 0.94},
    "devset106": {"weapons": 0.99, "locations": 0.92, "event_dates": 0.94},
    "devset107": {"weapons": 0.85, "locations": 0.91, "event_dates": 0.96},
    "devset108": {"weapons": 0.85, "locations": 0.92, "event_dates": 0.94},
    "devset109": {"weapons": 0.88, "locations": 0.88, "event_dates": 0.95},
    "devset110": {"weapons": 0.74, "locations": 0.84, "event_dates": 0.94},
    # Set 111 annotates one weapon key, which the extractors miss: its weapons figure is 0 or 1.
    "devset111": {"locations": 0.90, "event_dates": 0.82},
    "devset112": {"weapons": 0.85, "locations": 0.90, "event_dates": 0.90},
    "devset113": {"weapons": 0.85, "locations": 0.93, "event_dates": 0.93},
    "devset114": {"weapons": 0.66, "locations": 0.93, "event_dates": 0.95},
    "devset115": {"weapons": 0.79, "locations": 0.90, "event_dates": 0.92},
    "devset116": {"weapons": 0.99, "locations": 0.86, "event_dates": 0.94},
    "devset117": {"weapons": 0.99, "locations": 0.93, "event_dates": 0.95},
    # Set 118 annotates no weapon key: its weapons floor only keeps out a false one.
    "devset118": {"weapons": 0.99, "locations": 0.94, "event_dates": 0.87},
    "devset119": {"weapons": 0.99, "locations": 0.92, "event_dates": 0.90},
    "devset120": {"weapons": 0.99, "locations": 0.89, "event_dates": 0.94},
    "devset121": {"weapons": 0.99, "locations": 0.93, "event_dates": 0.94},
    # Set 122 annotates no weapon key: its weapons floor only keeps out a false one.
    "devset122": {"weapons": 0.99, "locations": 0.93, "event_dates": 0.97},
    # Set 123 annotates no weapon key either.
    "devset123": {"weapons": 0.99, "locations": 0.91, "event_dates": 0.98},
    # Set 124 annotates no weapon key either.
    "devset124": {"weapons": 0.99, "locations": 0.93, "event_dates": 0.94},
    "devset125": {"weapons": 0.99, "locations": 0.91, "event_dates": 0.99},
    "devset126": {"weapons": 0.99, "locations": 0.92, "event_dates": 0.91},
    # Set 127 annotates no weapon key.
    "devset127": {"weapons": 0.99, "locations": 0.88, "event_dates": 0.94},
    "devset128": {"weapons": 0.99, "locations": 0.93, "event_dates": 0.88},
    "devset129": {"weapons": 0.99, "locations": 0.87, "event_dates": 0.93},
    # Set 130 annotates no weapon key.
    "devset130": {"weapons": 0.99, "locations": 0.95, "event_dates": 0.91},
}


@pytest.fixture(scope="module")
def later_sets(bench):
    here = Path(__file__).resolve().parent
    return {name: bench.evaluate(records=bench.load_devset(here / name / "devset.jsonl")) for name in LATER_SETS}


@pytest.mark.parametrize(("devset", "facet"), [(d, f) for d, floors in LATER_SETS.items() for f in floors])
def test_the_later_dev_sets_stay_above_their_regression_floors(later_sets, devset, facet):
    evaluation = later_sets[devset]
    score = evaluation.facets[facet]
    assert evaluation.articles == 30
    figures = f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
    assert score.f1 >= LATER_SETS[devset][facet], f"{devset} {facet}: {figures}"


# Reports written in the wording of 2019-2025, the last eleven batches of 2014-2016
# (tests/recent*/README.md), not corpus articles: first scored held out (weapons 0.938, 0.884,
# 0.942, 0.918, 0.915, 0.915, 0.920, 0.868, 0.917, 0.930, 0.965, 0.961, 0.947, 0.969, 0.940, 0.939,
# 0.905, 0.967, 0.965, 0.965, 0.957, 0.961, 0.852, 0.891, 0.926, 0.855, 0.885, 0.974, 0.934, 0.974
# and 0.901; locations 0.858, 0.859, 0.914, 0.871, 0.898, 0.859, 0.887, 0.890, 0.833, 0.894, 0.849,
# 0.841, 0.851, 0.859, 0.861, 0.857, 0.804, 0.848, 0.817, 0.866, 0.892, 0.909, 0.927, 0.900, 0.908,
# 0.897, 0.893, 0.887, 0.894, 0.938 and 0.893; event dates 0.975, 0.968, 0.984, 0.988, 0.991, 0.977,
# 0.985, 0.953, 0.967, 0.967, 0.976, 0.983, 0.961, 0.959, 0.980, 0.973, 0.970, 0.945, 0.978, 0.976,
# 0.945, 0.952, 0.958, 0.975, 0.986, 0.793, 0.946, 0.978, 0.954, 0.980 and 0.991); their errors then
# guided fixes.
RECENT_FLOORS = {
    "recent": {"weapons": 0.99, "locations": 0.91, "event_dates": 0.97},
    "recent2": {"weapons": 0.94, "locations": 0.88, "event_dates": 0.95},
    "recent3": {"weapons": 0.98, "locations": 0.92, "event_dates": 0.97},
    "recent4": {"weapons": 0.95, "locations": 0.88, "event_dates": 0.98},
    "recent5": {"weapons": 0.95, "locations": 0.90, "event_dates": 0.98},
    "recent6": {"weapons": 0.94, "locations": 0.85, "event_dates": 0.97},
    "recent7": {"weapons": 0.96, "locations": 0.94, "event_dates": 0.98},
    "recent8": {"weapons": 0.98, "locations": 0.90, "event_dates": 0.95},
    "recent9": {"weapons": 0.96, "locations": 0.90, "event_dates": 0.97},
    "recent10": {"weapons": 0.96, "locations": 0.93, "event_dates": 0.97},
    "recent11": {"weapons": 0.97, "locations": 0.89, "event_dates": 0.98},
    "recent12": {"weapons": 0.97, "locations": 0.86, "event_dates": 0.98},
    "recent13": {"weapons": 0.96, "locations": 0.86, "event_dates": 0.96},
    "recent14": {"weapons": 0.99, "locations": 0.85, "event_dates": 0.95},
    "recent15": {"weapons": 0.99, "locations": 0.88, "event_dates": 0.98},
    "recent16": {"weapons": 0.98, "locations": 0.87, "event_dates": 0.97},
    "recent17": {"weapons": 0.95, "locations": 0.81, "event_dates": 0.96},
    "recent18": {"weapons": 0.97, "locations": 0.85, "event_dates": 0.94},
    "recent19": {"weapons": 0.97, "locations": 0.81, "event_dates": 0.97},
    "recent20": {"weapons": 0.98, "locations": 0.90, "event_dates": 0.98},
    "recent21": {"weapons": 0.98, "locations": 0.92, "event_dates": 0.95},
    "recent22": {"weapons": 0.96, "locations": 0.91, "event_dates": 0.95},
    "recent23": {"weapons": 0.87, "locations": 0.92, "event_dates": 0.95},
    "recent24": {"weapons": 0.95, "locations": 0.89, "event_dates": 0.97},
    "recent25": {"weapons": 0.95, "locations": 0.91, "event_dates": 0.98},
    "recent26": {"weapons": 0.90, "locations": 0.89, "event_dates": 0.88},
    "recent27": {"weapons": 0.90, "locations": 0.89, "event_dates": 0.94},
    "recent28": {"weapons": 0.98, "locations": 0.89, "event_dates": 0.98},
    "recent29": {"weapons": 0.98, "locations": 0.90, "event_dates": 0.95},
    "recent30": {"weapons": 0.99, "locations": 0.94, "event_dates": 0.99},
    "recent31": {"weapons": 0.93, "locations": 0.89, "event_dates": 0.99},
    "recent32": {"weapons": 0.96, "locations": 0.91, "event_dates": 0.96},
    "recent33": {"weapons": 0.92, "locations": 0.92, "event_dates": 0.99},
    "recent34": {"weapons": 0.93, "locations": 0.88, "event_dates": 0.98},
    "recent35": {"weapons": 0.97, "locations": 0.83, "event_dates": 0.96},
    "recent36": {"weapons": 0.96, "locations": 0.94, "event_dates": 0.98},
    "recent37": {"weapons": 0.97, "locations": 0.90, "event_dates": 0.99},
    "recent38": {"weapons": 0.96, "locations": 0.85, "event_dates": 0.97},
    "recent39": {"weapons": 0.97, "locations": 0.89, "event_dates": 0.99},
}


@pytest.mark.parametrize(("devset", "facet"), [(d, f) for d, floors in RECENT_FLOORS.items() for f in floors])
def test_the_reports_in_recent_wording_stay_above_their_floors(bench, devset, facet):
    path = Path(__file__).resolve().parent / devset / "devset.jsonl"
    evaluation = bench.evaluate(records=bench.load_devset(path))
    score = evaluation.facets[facet]
    assert evaluation.articles == 40
    figures = f"P {score.precision:.3f} R {score.recall:.3f} F1 {score.f1:.3f}"
    assert score.f1 >= RECENT_FLOORS[devset][facet], f"{devset} {facet}: {figures}"
