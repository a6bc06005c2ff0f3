"""The command line as a user types it, through subprocess; --json output parsed back."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SEEDS


def khabar(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "khabar", *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=600,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
    )


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-index")
    run = khabar("index", *map(str, sorted(SEEDS.glob("*.txt"))), "--index", str(path), "--json")
    assert run.returncode == 0, run.stderr
    return path


def test_index_json_summary(seed_index):
    run = khabar("index", str(SEEDS / "000_34183ecec344265f.txt"), "--index", str(seed_index), "--json")
    summary = json.loads(run.stdout)
    assert summary["unchanged"] == 1 and summary["indexed"] == 0 and summary["interrupted"] is False


def test_search_json_is_parseable_and_complete(seed_index):
    run = khabar("search", "صواريخ", "--index", str(seed_index), "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["total"] >= 1
    hit = data["hits"][0]
    assert hit["title"] == "صواريخ تستهدف قاعدة عين الأسد بالعراق ولا إصابات"
    snippet = hit["snippets"][0]
    start, end = snippet["spans"][0]
    assert snippet["text"][start:end] == "صواريخ"
    assert {v["value"] for v in data["facets"]["weapons"]} >= {"missile", "drone"}


def test_search_with_filters_and_facets_for_people(seed_index):
    run = khabar("search", "عين الاسد", "--filter", "weapon:drone", "--filter", "location:العراق", "--index", str(seed_index))
    assert run.returncode == 0, run.stderr
    assert "2 articles" in run.stdout and "weapons" in run.stdout and "drone" in run.stdout


def test_bad_query_gets_a_message_with_a_caret_not_a_traceback(seed_index):
    run = khabar("search", "weapon:sword", "--index", str(seed_index))
    assert run.returncode == 2
    assert "unknown weapon 'sword'" in run.stderr and "^" in run.stderr and "Traceback" not in run.stderr
    run = khabar("search", '"عين الأسد', "--index", str(seed_index), "--json")
    assert json.loads(run.stdout)["error"].startswith("unfinished phrase")


def test_missing_index_says_how_to_create_one(tmp_path):
    run = khabar("search", "صواريخ", "--index", str(tmp_path / "none"))
    assert run.returncode == 2 and "khabar index" in run.stderr and "Traceback" not in run.stderr


def test_default_index_location_follows_the_environment(tmp_path):
    env = {"KHABAR_INDEX": str(tmp_path / "idx")}
    assert khabar("index", str(SEEDS / "001_e1eabdc0f67ae06b.txt"), "--json", env=env).returncode == 0
    data = json.loads(khabar("stats", "--json", env=env).stdout)
    assert data["articles"] == 1 and data["path"] == str(tmp_path / "idx")


def test_stdin_and_bad_records_are_reported_with_their_line(tmp_path):
    lines = '{"id": "1", "body": "قصفت المدفعية مواقع في نجران"}\n{"id": "2", "body": \n'
    run = khabar("index", "-", "--index", str(tmp_path), "--json", stdin=lines)
    summary = json.loads(run.stdout)
    assert summary["indexed"] == 1 and summary["skipped"] == 1
    assert summary["problems"][0]["origin"] == "<stdin>:2"


def test_strict_mode_fails_on_the_first_bad_record(tmp_path):
    run = khabar("index", "-", "--strict", "--index", str(tmp_path), stdin='{"id": "2", "body": \n')
    assert run.returncode == 2 and "<stdin>:1" in run.stderr


def test_delete_and_stats(seed_index):
    hit = json.loads(khabar("search", "عين الأسد", "--index", str(seed_index), "--json").stdout)["hits"][0]
    run = khabar("delete", hit["id"], "--index", str(seed_index))
    assert "deleted 1 of 1" in run.stdout
    stats = json.loads(khabar("stats", "--index", str(seed_index), "--json").stdout)
    assert stats["articles"] == 1
    khabar("index", *map(str, sorted(SEEDS.glob("*.txt"))), "--index", str(seed_index), "--json")


def test_analyze_json():
    rows = json.loads(khabar("analyze", "بالعراق وسوريا", "--json").stdout)
    assert [(r["surface"], r["stem"]) for r in rows] == [("بالعراق", "عراق"), ("وسوريا", "سوريا")]


def test_extract_json():
    data = json.loads(khabar("extract", str(SEEDS / "000_34183ecec344265f.txt"), "--json").stdout)
    assert {w["key"] for w in data["weapons"]} == {"missile", "drone"}


def test_help_has_arabic_examples():
    run = khabar("search", "--help")
    assert run.returncode == 0 and "weapon:drone" in run.stdout


def test_demo_indexes_the_shipped_data_and_prints_results_and_facets(tmp_path):
    run = khabar("demo", "--index", str(tmp_path / "demo"))
    assert run.returncode == 0, run.stderr
    assert "indexed" in run.stdout and "weapons" in run.stdout and "khabar shell" in run.stdout
