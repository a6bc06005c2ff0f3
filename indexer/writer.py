"""Writing articles into the index: analysis in worker processes, batched commits, upsert by id.

Articles flow through in small parts (analysed by the workers while the parent writes the part
before), and the index is committed every ``batch_size`` articles or ``commit_seconds``, whichever
comes first: an interrupted run (Ctrl-C, a kill) leaves every committed batch searchable.
Commits are not free — each one closes a segment that Tantivy later merges: writing the whole
corpus with a commit every 2,000 articles took 1.5–1.9× the Tantivy CPU time of a commit every
10,000 — hence batches of thousands. Articles are upserted by id and carry a content hash: a
rerun skips what is already indexed unchanged, replaces what changed, and never duplicates.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import tantivy

from .analysis import AnalysisFailure, analyse_batch, ignore_interrupts, indexed_hash
from .article import Article, Problem
from .schema import to_document
from .store import create_or_open, take_writer

DEFAULT_BATCH = 10_000  # articles per commit
COMMIT_SECONDS = 30.0  # and at least this often, so a slow stream loses little when killed
PART = 1000  # articles checked against the index and sent to the workers at a time
CHUNK = 50  # articles per task sent to a worker
IN_FLIGHT = 2  # parts the workers may hold while the parent writes an earlier one


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C until the block ends, then raise it: what the block does happens whole."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    if previous is not signal.default_int_handler:  # ignored, or someone else's handler
        yield
        return
    received: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received:
        raise KeyboardInterrupt


class StrictModeError(Exception):
    """A bad record in ``--strict`` mode."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem} (--strict stops at the first bad record; without it, bad records are skipped)")
        self.problem = problem


@dataclass
class IndexSummary:
    """What an indexing run did: counts, the records it skipped and why, and whether it finished."""

    indexed: int = 0  # new articles
    updated: int = 0  # ids already indexed, with other content or by another version of the analysis
    unchanged: int = 0  # ids already indexed with the same content
    problems: list[Problem] = field(default_factory=list)
    batches_committed: int = 0
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def skipped(self) -> int:
        return len(self.problems)

    @property
    def processed(self) -> int:
        return self.indexed + self.updated + self.unchanged

    def to_json(self) -> dict:
        return {
            "indexed": self.indexed,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "problems": [{"origin": p.origin, "reason": p.reason} for p in self.problems],
            "batches_committed": self.batches_committed,
            "interrupted": self.interrupted,
            "seconds": round(self.seconds, 3),
        }


Progress = Callable[[int, int], None]  # (articles written, committed or not; problems so far)


def _batches(items: Iterable[Article | Problem], size: int, summary: IndexSummary, strict: bool) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Problem):
            if strict:
                raise StrictModeError(item)
            summary.problems.append(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _chunks(batch: list[Article]) -> list[list[Article]]:
    it = iter(batch)
    return list(iter(lambda: list(islice(it, CHUNK)), []))


def _existing_hashes(index: tantivy.Index, ids: list[str]) -> dict[str, str]:
    """id → stored content hash, for the ids of ``ids`` already in the index."""
    searcher = index.searcher()
    if searcher.num_docs == 0:
        return {}
    query = tantivy.Query.term_set_query(index.schema, "id", ids)
    found: dict[str, str] = {}
    for _score, address in searcher.search(query, limit=len(ids)).hits:
        doc = searcher.doc(address)
        found[doc.get_first("id")] = doc.get_first("hash")
    return found


class Writer:
    """Indexes articles into the index at ``path`` (created if missing)."""

    def __init__(
        self,
        path: str | Path,
        *,
        workers: int | None = None,
        batch_size: int = DEFAULT_BATCH,
        commit_seconds: float = COMMIT_SECONDS,
    ) -> None:
        self.path = Path(path)
        self.index = create_or_open(self.path)
        # One indexing thread: the analysis workers keep the cores busy, and a second Tantivy
        # thread would only write twice as many segments to merge.
        self.writer: tantivy.IndexWriter | None = take_writer(self.index, self.path, threads=1)
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self.batch_size = batch_size
        self.commit_seconds = commit_seconds
        self._uncommitted: list[bool] = []  # per article written since the last commit: replaces an older copy
        self._last_commit = time.monotonic()

    def close(self) -> None:
        """Finish merges and release the index's writer lock (idempotent)."""
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.wait_merging_threads()
            del writer  # dropping the last reference releases the lock file

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def delete(self, ids: Iterable[str]) -> int:
        """Delete articles by id; returns how many of them were in the index."""
        ids = list(ids)
        present = _existing_hashes(self.index, ids) if ids else {}
        for article_id in ids:
            self.writer.delete_documents_by_term("id", article_id)
        self.writer.commit()
        self.index.reload()
        return len(present)

    def add(
        self,
        items: Iterable[Article | Problem],
        *,
        strict: bool = False,
        progress: Progress | None = None,
    ) -> IndexSummary:
        """Index ``items`` (problems are recorded and skipped); Ctrl-C keeps what was committed."""
        summary = IndexSummary()
        started = time.perf_counter()
        seen: set[str] = set()  # ids written in this run, committed or not
        pool = self._pool()
        in_flight: deque = deque()  # (changed articles, job) in input order
        written = 0

        def write_oldest() -> None:
            nonlocal written
            written += self._write(*in_flight.popleft(), summary)
            if len(self._uncommitted) >= self.batch_size or time.monotonic() - self._last_commit >= self.commit_seconds:
                self._commit(summary)
            if progress is not None:
                progress(written, summary.skipped)

        self._uncommitted = []
        self._last_commit = time.monotonic()
        try:
            for part in _batches(items, min(PART, self.batch_size), summary, strict):
                changed = self._changed(part, summary, seen)
                in_flight.append((changed, self._submit(pool, [a for a, _ in changed])))
                if len(in_flight) > IN_FLIGHT:
                    write_oldest()
            while in_flight:
                write_oldest()
            self._commit(summary)
        except StrictModeError:
            # What came before the bad record is good: keep it.
            while in_flight:
                write_oldest()
            self._commit(summary)
            raise
        except KeyboardInterrupt:
            summary.interrupted = True
            self.writer.rollback()  # what was written since the last commit; committed batches stay
        except BaseException:
            self.writer.rollback()
            raise
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
            summary.seconds = time.perf_counter() - started
        return summary

    def _changed(self, batch: list[Article], summary: IndexSummary, seen: set[str]) -> list[tuple[Article, bool]]:
        """The articles of ``batch`` to (re)write, each with whether an older copy must be deleted.

        Unchanged articles are counted and dropped here, before the costly analysis."""
        existing = _existing_hashes(self.index, [a.id for a in batch])
        changed: list[tuple[Article, bool]] = []
        for article in batch:
            if article.id in seen:
                changed.append((article, True))  # the same id twice in the input: the later copy wins
                continue
            seen.add(article.id)
            previous = existing.get(article.id)
            if previous is None:
                changed.append((article, False))
            elif previous == indexed_hash(article):
                summary.unchanged += 1
            else:
                changed.append((article, True))
        return changed

    def _pool(self):
        if self.workers <= 1:
            return None
        # Not "fork": a forked worker inherits the descriptors of Tantivy's lock files, and a lock
        # some Tantivy thread held at that moment (the reader's reload takes the meta lock after
        # each commit) then stays held for as long as the worker lives, so the next commit waits
        # on it forever. A fork server starts clean and forks the workers from itself.
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload([analyse_batch.__module__])  # what the workers run
        return context.Pool(self.workers, initializer=ignore_interrupts)

    @staticmethod
    def _submit(pool, batch: list[Article]):
        if not batch:
            return []
        if pool is None:
            return analyse_batch(batch)
        return pool.map_async(analyse_batch, _chunks(batch), chunksize=1)

    def _write(self, changed: list[tuple[Article, bool]], job, summary: IndexSummary) -> int:
        """Add one analysed part to the writer (not yet committed); returns its size."""
        analysed = job if isinstance(job, list) else [a for chunk in job.get() for a in chunk]
        for (given, replaces), article in zip(changed, analysed):
            if isinstance(article, AnalysisFailure):
                # An older copy stays as it was; the fault is khabar's, so say so.
                reason = f"khabar's analysis failed on this article ({article.error}); please report it"
                summary.problems.append(Problem(given.origin or given.id, reason))
                continue
            if replaces:
                self.writer.delete_documents_by_term("id", article.id)
            self.writer.add_document(to_document(article))
            self._uncommitted.append(replaces)
        return len(changed)

    def _commit(self, summary: IndexSummary) -> None:
        """Commit what was written since the last commit, and count it."""
        self._last_commit = time.monotonic()
        if not self._uncommitted:
            return
        # Counted only once committed, so an interrupted run reports what it really kept; Ctrl-C
        # waits for both, or a batch could be committed and not counted.
        with _interrupts_deferred():
            self.writer.commit()
            replaced = sum(self._uncommitted)
            summary.updated += replaced
            summary.indexed += len(self._uncommitted) - replaced
            summary.batches_committed += 1
            self._uncommitted = []
        self.index.reload()
