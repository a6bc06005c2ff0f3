"""What the benchmark scripts share: finding and reading the corpus, the baseline Tantivy indexes,
running a contender in a child process while watching its memory, and percentiles.

The scripts run from the repository root (``python bench/index.py``); each puts the root on
``sys.path`` before importing this module.
"""

from __future__ import annotations

import json
import math
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import tantivy

from indexer.article import Article
from indexer.sources import Reader

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
CORPUS_HELP = "folder of SaudiNewsNet day ZIPs (default: ../shared/corpus/saudinewsnet beside the repository)"
WRITER_HEAP = 256_000_000  # the same writer heap as khabar's (indexer/store.py)
TITLE_BOOST = 2.0  # the baselines weight titles as khabar does (search/query.py)


class CorpusMissing(SystemExit):
    """The corpus is not where it was looked for; the message says where to put it."""


def corpus_files(corpus: Path) -> list[Path]:
    """The day ZIPs of the corpus, in date order; exits with a clear message when there are none."""
    files = sorted(Path(corpus).glob("*.zip"))
    if not files:
        raise CorpusMissing(
            f"no corpus: found no SaudiNewsNet *.zip in {corpus}.\n"
            "Put the day ZIPs there (the shared corpus lives at ../shared/corpus/saudinewsnet beside the "
            "repository) or pass --corpus FOLDER."
        )
    return files


def iter_articles(corpus: Path, limit: int | None = None) -> Iterator[Article]:
    """The corpus's articles as khabar's reader gives them (bad records skipped), at most ``limit``."""
    articles = (a for a in Reader().read(corpus_files(corpus)) if isinstance(a, Article))
    return islice(articles, limit) if limit else articles


def read_articles(corpus: Path, limit: int | None = None) -> list[Article]:
    return list(iter_articles(corpus, limit))


def text_bytes(article: Article) -> int:
    """The input size an indexer is charged for: title and body as UTF-8."""
    return len(article.title.encode("utf-8")) + len(article.body.encode("utf-8"))


# -- baseline indexes ---------------------------------------------------------------------------------


def raw_schema() -> tantivy.Schema:
    """Raw Tantivy: title and body with the ``default`` tokenizer, stored, as a plain Tantivy user
    would index them; plus the id, source and date (stored, the date also fast for sorting)."""
    b = tantivy.SchemaBuilder()
    b.add_text_field("id", stored=True, tokenizer_name="raw")
    b.add_text_field("title", stored=True, tokenizer_name="default", index_option="position")
    b.add_text_field("body", stored=True, tokenizer_name="default", index_option="position")
    b.add_text_field("source", stored=True, tokenizer_name="raw")
    b.add_date_field("published", stored=True, indexed=True, fast=True)
    return b.build()


def analysed_schema() -> tantivy.Schema:
    """Terms analysed in Python, joined with spaces, indexed with the ``whitespace`` tokenizer."""
    b = tantivy.SchemaBuilder()
    b.add_text_field("id", stored=True, tokenizer_name="raw")
    b.add_text_field("title", stored=False, tokenizer_name="whitespace", index_option="position")
    b.add_text_field("body", stored=False, tokenizer_name="whitespace", index_option="position")
    return b.build()


def raw_document(a: Article) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_text("id", a.id)
    doc.add_text("title", a.title)
    doc.add_text("body", a.body)
    if a.source:
        doc.add_text("source", a.source)
    if a.published:
        doc.add_date("published", a.published)
    return doc


def build_index(path: Path | None, schema: tantivy.Schema, documents: Iterable[tantivy.Document]) -> tantivy.Index:
    """Write ``documents`` into a new index (in memory when ``path`` is None), committed and merged."""
    if path is not None:
        path.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(schema, path=str(path) if path else None)
    writer = index.writer(WRITER_HEAP)
    for doc in documents:
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


def build_raw_index(path: Path | None, articles: Iterable[Article]) -> tantivy.Index:
    return build_index(path, raw_schema(), (raw_document(a) for a in articles))


# -- child processes and their memory -------------------------------------------------------------------


@dataclass
class ChildRun:
    """One contender run in its own process: what it printed, how long, how much memory."""

    result: dict
    wall_seconds: float  # including interpreter start-up and imports
    peak_rss_mb: float | None  # peak of the RSS summed over the process and its children (an upper bound)
    peak_pss_mb: float | None  # peak of the PSS summed likewise (shared pages counted once)
    samples: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def peak_mb(self) -> float | None:
        """The memory figure reported: PSS when the platform gives it, else the RSS sum, else the
        child's own getrusage (largest single process)."""
        if self.peak_pss_mb:
            return self.peak_pss_mb
        if self.peak_rss_mb:
            return self.peak_rss_mb
        return self.result.get("maxrss_mb")


class _TreeSampler(threading.Thread):
    """Samples the memory of a process and all its descendants until told to stop."""

    INTERVAL = 0.05

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        import psutil  # a test/bench dependency (pip install -e .[test])

        self.psutil = psutil
        self.root = psutil.Process(pid)
        self.stop = threading.Event()
        self.peak_rss = 0
        self.peak_pss = 0
        self.samples = 0
        self.pss_ok = True

    def run(self) -> None:
        ps = self.psutil
        while not self.stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except ps.Error:
                break
            rss = pss = 0
            for p in procs:
                try:
                    if self.pss_ok:
                        info = p.memory_full_info()
                        rss += info.rss
                        pss += getattr(info, "pss", 0)
                    else:
                        rss += p.memory_info().rss
                except ps.AccessDenied:
                    self.pss_ok = False
                except ps.Error:
                    continue
            self.peak_rss = max(self.peak_rss, rss)
            self.peak_pss = max(self.peak_pss, pss)
            self.samples += 1
            self.stop.wait(self.INTERVAL)


def run_child(argv: list[str]) -> ChildRun:
    """Run ``python argv…`` from the repository root; the child prints its result as one JSON line."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *argv], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    sampler = None
    notes: list[str] = []
    try:
        sampler = _TreeSampler(proc.pid)
        sampler.start()
    except ImportError:
        notes.append("psutil is not installed: peak memory is the child's getrusage maximum (one process)")
    out, _ = proc.communicate()
    wall = time.perf_counter() - started
    if sampler is not None:
        sampler.stop.set()
        sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child {' '.join(argv)} failed with exit code {proc.returncode}")
    lines = [line for line in out.splitlines() if line.startswith("{")]
    result = json.loads(lines[-1])
    mb = 1 / 1e6
    return ChildRun(
        result=result,
        wall_seconds=wall,
        peak_rss_mb=sampler.peak_rss * mb if sampler else None,
        peak_pss_mb=(sampler.peak_pss * mb if sampler and sampler.pss_ok and sampler.peak_pss else None),
        samples=sampler.samples if sampler else 0,
        notes=notes,
    )


def own_cpu_seconds() -> float:
    """User + system CPU time of this process and its waited-for children (worker processes):
    unlike wall time, it barely moves when other work shares the machine."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def own_maxrss_mb() -> dict[str, float]:
    """This process's and its waited-for children's peak RSS (Linux reports KiB), largest single process."""
    kib = 1024 / 1e6
    return {
        "maxrss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kib,
        "maxrss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kib,
    }


# -- figures ------------------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0–100) by the nearest-rank method."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def load_average() -> list[float] | None:
    """The machine's 1, 5 and 15 minute load averages: timings mean little on a busy machine."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:,.{digits}f}"


# -- khabar indexes -------------------------------------------------------------------------------------


def is_khabar_index(path: Path) -> bool:
    from indexer.store import is_khabar_index as check

    return check(Path(path))


def build_khabar_index(path: Path, corpus: Path, limit: int | None = None, workers: int | None = None) -> float:
    """Index the corpus into ``path`` with khabar's writer; returns the seconds it took."""
    from indexer.writer import Writer

    started = time.perf_counter()
    writer = Writer(path, workers=workers)
    try:
        writer.add(iter_articles(corpus, limit))
    finally:
        writer.close()
        del writer  # releases the writer lock
    return time.perf_counter() - started


def khabar_index_at(path: Path | None, corpus: Path, limit: int | None, scratch: Path, log) -> tuple[Path, float | None]:
    """The khabar index to benchmark: ``path`` when it holds one, else one built there (kept) or,
    without ``path``, in ``scratch``. Returns the path and the build time (None when reused)."""
    target = Path(path) if path else scratch / "khabar-index"
    if is_khabar_index(target):
        log(f"using the khabar index at {target}")
        return target, None
    log(f"building a khabar index of {'the first %d articles' % limit if limit else 'the corpus'} in {target} …")
    seconds = build_khabar_index(target, corpus, limit)
    log(f"  built in {seconds:.1f} s")
    return target, seconds
