"""Writing the index: upsert by id, bad input, interruption and rerun, one writer at a time."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from indexer import analysis
from indexer.analysis import analyse_batch
from indexer.article import Article, Problem
from indexer.sources import Reader
from indexer.store import IndexInUseError, open_index
from indexer.writer import StrictModeError, Writer
from search import Index

from .conftest import ROOT, SEEDS

KHABAR = [sys.executable, "-m", "khabar"]


def seed_articles() -> list[Article]:
    return [a for a in Reader().read(sorted(SEEDS.glob("*.txt"))) if isinstance(a, Article)]


def count(path: Path) -> int:
    index = open_index(path)
    index.reload()
    return index.searcher().num_docs


def write(path: Path, items, **kwargs):
    with Writer(path, workers=1, **kwargs) as writer:
        return writer.add(items)


def test_indexing_the_same_input_twice_keeps_one_copy_of_each(tmp_path):
    first = write(tmp_path, seed_articles())
    second = write(tmp_path, seed_articles())
    assert (first.indexed, first.unchanged) == (2, 0)
    assert (second.indexed, second.updated, second.unchanged) == (0, 0, 2)
    assert count(tmp_path) == 2


def test_a_new_version_of_the_analysis_re_analyses_unchanged_articles(tmp_path, monkeypatch):
    write(tmp_path, seed_articles())
    assert Index.open(tmp_path).stats().stale == 0
    monkeypatch.setattr(analysis, "analysis_version", lambda: "upgraded")
    assert Index.open(tmp_path).stats().stale == 2  # khabar stats says to index them again
    summary = write(tmp_path, seed_articles())
    assert (summary.indexed, summary.updated, summary.unchanged) == (0, 2, 0)
    assert count(tmp_path) == 2
    assert write(tmp_path, seed_articles()).unchanged == 2  # and then they are up to date


def test_a_changed_article_replaces_the_old_copy(tmp_path):
    article = seed_articles()[0]
    write(tmp_path, [article])
    article.body += "\nتحديث: ارتفع عدد الصواريخ إلى خمسة."
    summary = write(tmp_path, [article])
    assert summary.updated == 1 and count(tmp_path) == 1
    assert "تحديث" in Index.open(tmp_path).get(article.id)["body"]


def test_the_same_id_twice_in_one_input_keeps_the_later_copy(tmp_path):
    a, b = seed_articles()
    b.id = a.id
    write(tmp_path, [a, b])
    assert count(tmp_path) == 1
    assert Index.open(tmp_path).get(a.id)["body"] == b.body


def test_problems_are_counted_and_the_rest_indexes(tmp_path):
    items = [*seed_articles(), Problem("export.jsonl:7", "malformed JSON line")]
    summary = write(tmp_path, items)
    assert summary.indexed == 2 and summary.skipped == 1
    assert summary.to_json()["problems"] == [{"origin": "export.jsonl:7", "reason": "malformed JSON line"}]


def test_an_article_the_analysis_fails_on_is_reported_and_the_rest_indexes(tmp_path, monkeypatch):
    first, second = seed_articles()
    write(tmp_path, [first])
    first.body += "\nتحديث"
    real = analysis.analyse

    def failing_on_the_first(article):
        if article.id == first.id:
            raise ValueError("a fault")
        return real(article)

    monkeypatch.setattr(analysis, "analyse", failing_on_the_first)
    summary = write(tmp_path, [first, second])
    assert (summary.indexed, summary.updated, summary.skipped) == (1, 0, 1)
    problem = summary.problems[0]
    assert "analysis failed" in problem.reason and "ValueError: a fault" in problem.reason
    assert count(tmp_path) == 2  # the second article, and the first's older copy kept as it was
    assert "تحديث" not in Index.open(tmp_path).get(first.id)["body"]


def test_strict_mode_stops_at_the_first_problem_and_keeps_committed_batches(tmp_path):
    with Writer(tmp_path, workers=1, batch_size=1) as writer, pytest.raises(StrictModeError, match="export.jsonl:7"):
        writer.add([*seed_articles(), Problem("export.jsonl:7", "malformed JSON line")], strict=True)
    assert count(tmp_path) == 2


def test_commits_follow_the_batch_size_and_the_run_ends_with_one(tmp_path):
    articles = [a for a in Reader().read([SEEDS / "saudinewsnet-demo.zip"]) if isinstance(a, Article)][:250]
    summary = write(tmp_path, articles, batch_size=100)
    assert summary.indexed == 250 and summary.batches_committed == 3  # 100, 100, and the last 50
    assert count(tmp_path) == 250


def test_analysis_leaves_no_reference_cycles():
    """Workers hide their long-lived caches from the cyclic garbage collector (gc.freeze), which
    is safe only while analysing an article makes no cycles: refcounts must free everything."""
    articles = [a for a in Reader().read([SEEDS / "saudinewsnet-demo.zip"]) if isinstance(a, Article)][:200]
    analyse_batch(articles)  # warm every cache first: what they keep is no garbage
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        analyse_batch(articles + seed_articles())
        gc.collect()
        cycles = list(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert not cycles, f"analysis made {len(cycles)} objects in reference cycles, e.g. {cycles[:3]!r:.300}"


def test_delete_by_id(tmp_path):
    articles = seed_articles()
    write(tmp_path, articles)
    index = Index.open(tmp_path)
    assert index.delete([articles[0].id, "no-such-id"]) == 1
    assert count(tmp_path) == 1 and index.get(articles[0].id) is None


def test_a_second_writer_is_told_the_index_is_in_use_and_readers_keep_working(tmp_path):
    write(tmp_path, seed_articles())
    with Writer(tmp_path, workers=1):
        with pytest.raises(IndexInUseError, match="in use by another writer"):
            Writer(tmp_path, workers=1)
        assert Index.open(tmp_path).search("صواريخ").total >= 1


def test_second_writer_from_the_command_line_gets_a_clear_message(tmp_path):
    write(tmp_path, seed_articles())
    with Writer(tmp_path, workers=1):
        run = subprocess.run(
            [*KHABAR, "index", str(SEEDS / "000_34183ecec344265f.txt"), "--index", str(tmp_path)],
            capture_output=True, text=True, cwd=ROOT, timeout=120,
        )
    assert run.returncode == 2
    assert "in use by another writer" in run.stderr and "Traceback" not in run.stderr


@pytest.fixture(scope="module")
def jsonl_export(tmp_path_factory) -> Path:
    """The demo corpus as one JSONL file (real articles), to index in small batches."""
    path = tmp_path_factory.mktemp("export") / "export.jsonl"
    articles = [a for a in Reader().read([SEEDS / "saudinewsnet-demo.zip"]) if isinstance(a, Article)]
    with path.open("w", encoding="utf-8") as out:
        for a in articles[:1200]:
            out.write(json.dumps({"url": a.url, "title": a.title, "content": a.body, "date": a.published.isoformat(), "source": a.source}, ensure_ascii=False) + "\n")
    return path


def _index_command(export: Path, index: Path) -> list[str]:
    return [*KHABAR, "index", str(export), "--index", str(index), "--batch-size", "100", "--workers", "1", "--json"]


def test_a_killed_run_keeps_its_committed_batches_and_a_rerun_finishes_without_duplicates(tmp_path, jsonl_export):
    complete = tmp_path / "complete"
    subprocess.run(_index_command(jsonl_export, complete), check=True, capture_output=True, cwd=ROOT, timeout=600)
    expected = count(complete)

    killed = tmp_path / "killed"
    process = subprocess.Popen(_index_command(jsonl_export, killed), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if (killed / "khabar.json").exists() and count(killed) >= 200:
            break
        time.sleep(0.2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = count(killed)
    assert 0 < partial < expected, "the kill should land mid-run"

    rerun = subprocess.run(_index_command(jsonl_export, killed), check=True, capture_output=True, text=True, cwd=ROOT, timeout=600)
    summary = json.loads(rerun.stdout)
    assert count(killed) == expected
    assert summary["unchanged"] >= partial and summary["indexed"] == expected - partial


def test_ctrl_c_during_a_commit_waits_for_its_counting():
    from indexer.writer import _interrupts_deferred

    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # a backgrounded shell ignores it
    done = []
    try:
        with pytest.raises(KeyboardInterrupt):
            with _interrupts_deferred():
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # the signal arrives inside the block …
                done.append("counted")  # … and the block still runs to its end
    finally:
        signal.signal(signal.SIGINT, previous)
    assert done == ["counted"]


def test_ctrl_c_reports_an_interrupted_run_that_kept_its_batches(tmp_path, jsonl_export):
    index = tmp_path / "interrupted"
    # A job started in the background of a shell inherits SIGINT ignored; Ctrl-C is what is tested.
    process = subprocess.Popen(
        _index_command(jsonl_export, index),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if (index / "khabar.json").exists() and count(index) >= 100:
            break
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    summary = json.loads(out)
    assert summary["interrupted"] is True
    assert count(index) == summary["indexed"] > 0


def test_a_place_no_gazetteer_has_and_in_no_known_country_is_not_counted_as_a_country(tmp_path):
    article = Article(id="kozluk", title="", body="قتل 30 شخصا في تفجير انتحاري في بلدة كوزلوك التركية")
    with Writer(tmp_path, workers=1) as writer:
        writer.add([article])
    index = Index.open(tmp_path)
    found = index.search("انتحاري")
    assert found.total == 1
    assert found.facets.locations == []
    # It is still among the article's stored facets.
    assert "كوزلوك" in [place["name"] for place in index.get("kozluk")["facets"]["locations"]]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to list a process's open files")
def test_analysis_workers_hold_none_of_the_index_files(tmp_path):
    # A forked worker would inherit the descriptors of Tantivy's lock files: a lock a Tantivy
    # thread held at that moment (the reader's reload takes the meta lock after each commit)
    # would stay held while the worker lives, and the next commit would wait on it forever.
    index_dir = tmp_path / "index"
    with Writer(index_dir, workers=2) as writer:
        writer.add(seed_articles())  # a commit, and the reader's reload after it
        pool = writer._pool()
        try:
            pool.map(len, [[1], [2]])  # the workers are up
            for process in pool._pool:
                fd_dir = Path(f"/proc/{process.pid}/fd")
                held = {os.path.realpath(fd_dir / fd) for fd in os.listdir(fd_dir)}
                assert not [path for path in held if path.startswith(str(index_dir))]
        finally:
            pool.terminate()
            pool.join()
