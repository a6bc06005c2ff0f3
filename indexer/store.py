"""Opening and creating a khabar index on disk, and taking its single writer lock."""

from __future__ import annotations

import json
from pathlib import Path

import tantivy

from .schema import SCHEMA_VERSION, build_schema

MARKER = "khabar.json"
WRITER_HEAP_BYTES = 256_000_000


class IndexError_(Exception):
    """A problem with the index as a whole, with a message that says what to do."""


class IndexInUseError(IndexError_):
    pass


class IndexMissingError(IndexError_):
    pass


def is_khabar_index(path: Path) -> bool:
    return (path / MARKER).is_file()


def create_or_open(path: str | Path) -> tantivy.Index:
    """Open the index at ``path``, creating it (and the folder) if there is none yet."""
    path = Path(path)
    if is_khabar_index(path):
        return open_index(path)
    if path.exists() and any(path.iterdir()):
        raise IndexError_(f"{path} exists and is not a khabar index; choose an empty or new folder with --index")
    path.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(build_schema(), path=str(path))
    (path / MARKER).write_text(json.dumps({"schema_version": SCHEMA_VERSION}) + "\n", encoding="utf-8")
    return index


def open_index(path: str | Path) -> tantivy.Index:
    """Open an existing index, or explain why it cannot be opened."""
    path = Path(path)
    if not is_khabar_index(path):
        raise IndexMissingError(f"no khabar index at {path}; create one with: khabar index FILES… --index {path}")
    meta = json.loads((path / MARKER).read_text(encoding="utf-8"))
    if meta.get("schema_version") != SCHEMA_VERSION:
        raise IndexError_(
            f"the index at {path} was built by another version of khabar (schema {meta.get('schema_version')}, "
            f"this one reads {SCHEMA_VERSION}); re-index into a new folder"
        )
    return tantivy.Index.open(str(path))


def take_writer(index: tantivy.Index, path: str | Path, threads: int = 0) -> tantivy.IndexWriter:
    """The index's writer; a clear error when another process holds it."""
    try:
        return index.writer(heap_size=WRITER_HEAP_BYTES, num_threads=threads)
    except ValueError as error:
        if "Lock" in str(error):
            raise IndexInUseError(
                f"the index at {path} is in use by another writer (an indexing or delete run); "
                "wait for it to finish, then try again — searching it meanwhile works"
            ) from None
        raise
