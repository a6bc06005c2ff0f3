"""Tab completion for the shell: commands, query fields, and facet values (weapon keys and
Arabic labels, place names in Arabic and English, sources).

Values match what was typed after normalisation (أ/إ/ا, ى/ي, case), with or without the
article ال, so ``location:انبار`` offers الأنبار. The vocabulary is built from the index on first
use and kept by the completer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from prompt_toolkit.completion import CompleteEvent, Completer, Completion, PathCompleter
from prompt_toolkit.document import Document

from analyzers import normalize
from search import Index
from search.query import KNOWN_FIELDS

from .shell_session import COMMANDS, ShellSession
from .shell_state import FILTER_FIELDS, SORTS

MAX_VALUES = 60  # completions offered for one value; typing more letters narrows them
KIND_ORDER = {"country": 0, "region": 1, "city": 2, "site": 3}
# The word being completed: a field with its (possibly quoted, unfinished) value, or a bare word.
_CURRENT = re.compile(r'(?:^|(?<=[\s(\-+]))([A-Za-z_]+:(?:"[^"]*|\S*)|[^\s"]*)$')


@dataclass(frozen=True)
class Value:
    """One facet value as it can be typed, with a note shown beside it in the menu."""

    text: str
    meta: str
    folded: tuple[str, ...]  # normalised forms that a typed prefix is matched against


def _fold(text: str) -> str:
    return normalize(text).strip()


def _forms(*texts: str) -> tuple[str, ...]:
    """Each text normalised, and without its article, so الانبار and انبار both match."""
    forms: list[str] = []
    for text in texts:
        folded = _fold(text)
        if folded:
            forms.append(folded)
            if folded.startswith("ال") and len(folded) > 3:
                forms.append(folded[2:])
    return tuple(dict.fromkeys(forms))


def _quote(value: str) -> str:
    return f'"{value}"' if any(c.isspace() for c in value) else value


class Vocabulary:
    """The facet values of one index, for completion."""

    def __init__(self, index: Index) -> None:
        self.index = index

    @cached_property
    def weapon(self) -> list[Value]:
        values = []
        for kind in self.index.extractor.weapons.kinds():
            values.append(Value(kind.key, f"{kind.label_en} · {kind.label}", _forms(kind.key, kind.label_en)))
            values.append(Value(kind.label, kind.key, _forms(kind.label)))
        return values

    @cached_property
    def location(self) -> list[Value]:
        places = sorted(self.index.extractor.locations.places(), key=lambda p: KIND_ORDER.get(p.kind, 9))
        values, seen = [], set()
        for place in places:
            where = " › ".join(place.path[:-1])
            meta = f"{place.name_en} · {place.kind}" + (f" in {where}" if where else "")
            if place.name not in seen:
                seen.add(place.name)
                values.append(Value(place.name, meta, _forms(place.name)))
            if place.name_en and place.name_en not in seen:
                seen.add(place.name_en)
                values.append(Value(place.name_en, f"{place.name} · {place.kind}", _forms(place.name_en)))
        return values

    @cached_property
    def source(self) -> list[Value]:
        return [Value(name, "source", _forms(name)) for name in self.index.sources()]

    @cached_property
    def sort(self) -> list[Value]:
        return [Value(name, "", (name,)) for name in SORTS if name != "relevance"]

    def values(self, field_name: str) -> list[Value]:
        return getattr(self, field_name) if field_name in ("weapon", "location", "source", "sort") else []

    def matching(self, field_name: str, typed: str) -> Iterator[Value]:
        """Values of ``field_name`` whose normalised form starts with what was typed."""
        prefix = _fold(typed)
        count = 0
        for value in self.values(field_name):
            if any(form.startswith(prefix) for form in value.folded):
                yield value
                count += 1
                if count >= MAX_VALUES:
                    return


class ShellCompleter(Completer):
    """Completes ``:commands`` and their arguments, and ``field:value`` in queries."""

    def __init__(self, session: ShellSession, vocabulary: Vocabulary | None = None) -> None:
        self.session = session
        self.vocabulary = vocabulary or Vocabulary(session.index)
        self.paths = PathCompleter(expanduser=True)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor
        if text.startswith(":"):
            yield from self._command_line(text, document, complete_event)
        else:
            yield from self._fields_and_values(text, KNOWN_FIELDS)

    def _command_line(self, text: str, document: Document, event: CompleteEvent) -> Iterator[Completion]:
        if " " not in text:
            typed = text[1:].lower()
            for command in COMMANDS:
                if command.name.startswith(typed):
                    yield Completion(f":{command.name}", -len(text), display_meta=command.summary)
            return
        name, _, argument = text[1:].partition(" ")
        argument = argument.lstrip()
        command = next((c for c in COMMANDS if name.lower() in (c.name, *c.aliases)), None)
        if command is None:
            return
        if command.choices:
            for choice in command.choices:
                if choice.startswith(argument):
                    yield Completion(choice, -len(argument))
        elif command.name == "help":
            for other in COMMANDS:
                if other.name.startswith(argument.lstrip(":")):
                    yield Completion(other.name, -len(argument), display_meta=other.summary)
        elif command.name == "filter":
            yield from self._fields_and_values(argument, FILTER_FIELDS)
        elif command.name == "unfilter":
            for i, f in enumerate(self.session.state.filters, 1):
                if f.text.startswith(argument) or str(i).startswith(argument):
                    yield Completion(f.text, -len(argument), display=f"{i}. {f.text}")
        elif command.name == "export":
            sub = Document(argument, len(argument))
            yield from self.paths.get_completions(sub, event)

    def _fields_and_values(self, text: str, fields: Iterable[str]) -> Iterator[Completion]:
        match = _CURRENT.search(text)
        word = match.group(1) if match else ""
        field_name, colon, typed = word.partition(":")
        if colon:
            if field_name.lower() not in fields:
                return
            for value in self.vocabulary.matching(field_name.lower(), typed.lstrip('"')):
                completed = f"{field_name}:{_quote(value.text)}"
                yield Completion(completed, -len(word), display=value.text, display_meta=value.meta)
            return
        if word and word.isascii():
            for name in fields:
                if name.startswith(word.lower()) and name != "exact":
                    yield Completion(f"{name}:", -len(word), display_meta="field")
