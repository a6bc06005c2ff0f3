"""The analyzer against a table of real word forms (tests/data/analyzer_forms.tsv).

Each row is a form of the seed articles or of the news corpus with the exact and the stem term a
reader of Arabic expects. Rows share a group when they are inflections or clitic forms of one
word: a group must come out as one stem, and two groups must never meet on the same stem.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import pytest

from analyzers import default_analyzer

TABLE = Path(__file__).parent / "data" / "analyzer_forms.tsv"


class Form(NamedTuple):
    surface: str
    exact: str
    stem: str  # "" when the form gives no stem (a function word)
    group: str
    note: str


def load_forms() -> list[Form]:
    forms = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        surface, exact, stem, group, note = line.split("\t")
        forms.append(Form(surface, exact, "" if stem == "-" else stem, group, note))
    return forms


FORMS = load_forms()


def _param(form: Form):
    marks = [pytest.mark.xfail(reason=form.note, strict=True)] if form.note.startswith("KNOWN:") else []
    return pytest.param(form, id=form.surface, marks=marks)


def test_the_table_holds_at_least_200_forms():
    assert len(FORMS) >= 200
    assert len({f.surface for f in FORMS}) == len(FORMS), "a form is listed twice"


def test_every_form_is_real_text_of_the_seeds_or_the_corpus(seed_texts):
    analyzer = default_analyzer()
    seeds = {text[start:end] for text in seed_texts for _, start, end in analyzer.words(text)}
    frequency, fold = analyzer.lexicon.frequency, analyzer.lexicon.fold
    invented = [
        f.surface
        for f in FORMS
        if f.surface not in seeds and fold(f.surface) not in frequency and "from the issue" not in f.note
    ]
    assert invented == []


@pytest.mark.parametrize("form", [_param(f) for f in FORMS])
def test_form_gets_the_expected_exact_and_stem_terms(form: Form):
    analysis = default_analyzer().word(form.surface)
    assert (analysis.exact, analysis.stem) == (form.exact, form.stem), form.note


def _groups() -> dict[str, list[Form]]:
    groups: dict[str, list[Form]] = defaultdict(list)
    for form in FORMS:
        if form.group:
            groups[form.group].append(form)
    return groups


@pytest.mark.parametrize("group", sorted(_groups()))
def test_every_form_of_a_group_gets_the_same_stem(group: str):
    analyzer = default_analyzer()
    stems = {form.surface: analyzer.word(form.surface).stem for form in _groups()[group]}
    assert len(set(stems.values())) == 1, stems


def test_different_words_do_not_collide():
    analyzer = default_analyzer()
    owner: dict[str, str] = {}
    collisions = []
    for group, forms in sorted(_groups().items()):
        stem = analyzer.word(forms[0].surface).stem
        if stem in owner:
            collisions.append((owner[stem], group, stem))
        owner[stem] = group
    assert collisions == []
