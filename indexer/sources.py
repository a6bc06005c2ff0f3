"""Reading articles from files, folders, ZIP archives and stdin.

Formats: ``.txt`` (one article a file; a short first line without final punctuation is the
title), ``.json`` (an object or an array of objects), ``.jsonl``/``.ndjson`` (one object a line),
``.csv`` (a header row), ``.zip`` archives of those, folders (recursively) and stdin (``-``).
Text is decoded as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256.

Every record yields either an :class:`~indexer.article.Article` or a
:class:`~indexer.article.Problem` naming the file, line or element and what is wrong, so one bad
record never stops the rest.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .article import Article, Problem, stable_id
from .fields import FieldMap, parse_published

TEXT_SUFFIXES = {".txt", ".json", ".jsonl", ".ndjson", ".csv"}
TITLE_MAX_CHARS = 200
TITLE_FINAL_PUNCTUATION = tuple(".!?؟…:،,;؛\"'»)")
MIN_ARABIC_SHARE = 0.3  # of letters, for a Windows-1256 decoding to be believed

csv.field_size_limit(sys.maxsize)


class UndecodableError(ValueError):
    pass


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (BOM or not), UTF-16 with BOM, or Windows-1256, else raise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise UndecodableError("binary data, not text (NUL bytes); give text, JSON, CSV or ZIP files")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            text = ""
        letters = [c for c in text if c.isalpha()]
        arabic = sum("\u0600" <= c <= "\u06ff" for c in letters)
        if letters and arabic / len(letters) >= MIN_ARABIC_SHARE:
            return text
        raise UndecodableError(
            f"not UTF-8 (byte {utf8_error.start}) nor Windows-1256 Arabic; re-save the file as UTF-8"
        ) from None


def split_title(text: str) -> tuple[str, str]:
    """(title, body) of a plain-text article: a short first line without final punctuation is a title."""
    text = text.strip()
    first, sep, rest = text.partition("\n")
    first = first.strip()
    if sep and rest.strip() and len(first) <= TITLE_MAX_CHARS and not first.endswith(TITLE_FINAL_PUNCTUATION):
        return first, rest.strip()
    return "", text


@dataclass
class Reader:
    """Turns paths into articles; ``fields`` maps record keys for JSON/CSV input."""

    fields: FieldMap = field(default_factory=FieldMap)

    def read(self, paths: Iterable[str | Path]) -> Iterator[Article | Problem]:
        for raw in paths:
            if str(raw) == "-":
                yield from self._read_stdin()
                continue
            path = Path(raw)
            if path.is_dir():
                for child in sorted(p for p in path.rglob("*") if p.is_file()):
                    if child.suffix.lower() in TEXT_SUFFIXES | {".zip"}:
                        yield from self._read_file(child)
            elif path.is_file():
                yield from self._read_file(path)
            else:
                yield Problem(str(path), "no such file or folder")

    def _read_file(self, path: Path) -> Iterator[Article | Problem]:
        suffix = path.suffix.lower()
        try:
            if suffix == ".zip":
                yield from self._read_zip(path)
                return
            data = path.read_bytes()
        except (OSError, zipfile.BadZipFile) as error:
            yield Problem(str(path), f"cannot read: {error}")
            return
        yield from self._read_bytes(str(path), suffix, data)

    def _read_zip(self, path: Path) -> Iterator[Article | Problem]:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                suffix = Path(info.filename).suffix.lower()
                if info.is_dir() or suffix not in TEXT_SUFFIXES:
                    continue
                yield from self._read_bytes(f"{path}:{info.filename}", suffix, archive.read(info))

    def _read_stdin(self) -> Iterator[Article | Problem]:
        data = sys.stdin.buffer.read()
        head = data.lstrip()[:1]
        suffix = ".json" if head in (b"[", b"{") else ".txt"
        if head == b"{" and b"\n" in data.strip():
            suffix = ".jsonl"  # several lines starting with an object: one object per line
        elif head == b"{":
            try:
                json.loads(data)
            except ValueError:
                suffix = ".jsonl"  # a single broken line: report it by line
        yield from self._read_bytes("<stdin>", suffix, data)

    def _read_bytes(self, origin: str, suffix: str, data: bytes) -> Iterator[Article | Problem]:
        try:
            text = decode(data)
        except (UndecodableError, UnicodeDecodeError) as error:
            yield Problem(origin, str(error))
            return
        if suffix == ".txt":
            yield self._from_text(origin, text)
        elif suffix == ".json":
            yield from self._from_json(origin, text)
        elif suffix in (".jsonl", ".ndjson"):
            yield from self._from_jsonl(origin, text)
        elif suffix == ".csv":
            yield from self._from_csv(origin, text)

    def _from_text(self, origin: str, text: str) -> Article | Problem:
        title, body = split_title(text)
        if not body:
            return Problem(origin, "empty article (no text)")
        return Article(id=stable_id(None, None, title, body), title=title, body=body, origin=origin)

    def _from_json(self, origin: str, text: str) -> Iterator[Article | Problem]:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            yield Problem(f"{origin}:{error.lineno}", f"malformed JSON ({error.msg}, column {error.colno})")
            return
        records = data if isinstance(data, list) else [data]
        for i, record in enumerate(records):
            yield self._from_record(f"{origin}[{i}]", record)

    def _from_jsonl(self, origin: str, text: str) -> Iterator[Article | Problem]:
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield Problem(f"{origin}:{lineno}", f"malformed JSON line ({error.msg}, column {error.colno})")
                continue
            yield self._from_record(f"{origin}:{lineno}", record)

    def _from_csv(self, origin: str, text: str) -> Iterator[Article | Problem]:
        reader = csv.DictReader(io.StringIO(text))
        try:
            for record in reader:
                yield self._from_record(f"{origin}:{reader.line_num}", record)
        except csv.Error as error:
            yield Problem(f"{origin}:{reader.line_num}", f"malformed CSV ({error})")

    def _from_record(self, origin: str, record: object) -> Article | Problem:
        if not isinstance(record, dict):
            return Problem(origin, f"expected an object with title/body fields, found {type(record).__name__}")
        get = self.fields.get
        title, body = get(record, "title").strip(), get(record, "body").strip()
        if not body and not title:
            if self.fields.has(record, "body"):
                return Problem(origin, "empty article (title and body are empty)")
            keys = ", ".join(list(record)[:8]) or "none"
            return Problem(origin, f"no article text: no body field (record keys: {keys}; map one with --field body=KEY)")
        try:
            published = parse_published(get(record, "published"))
        except ValueError as error:
            return Problem(origin, f"field published: {error}")
        url = get(record, "url")
        return Article(
            id=stable_id(get(record, "id"), url, title, body),
            title=title,
            body=body or title,
            published=published,
            source=get(record, "source").strip().lower(),
            url=url,
            author=get(record, "author"),
            origin=origin,
        )
