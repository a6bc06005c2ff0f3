"""Properties of the analyzer on random Arabic: diacritics, tatweel, bidi and other invisible
marks, presentation forms, punctuation, digits of three scripts and Latin, alone or sprinkled
into the words of the seed articles.

The normalised form of a text analyses to the same terms as the text itself. For the ``exact``
view that is the full normalisation; the ``stem`` view keeps ى apart from ي until its terms are
built, because ى is evidence (على is a stopword, علي a name), so its normalised form is the one
with that single rule left for later (``alef_maqsura=False``).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyzers import NormalizationRules, default_analyzer, normalize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_WORDS = sorted({w for p in SEEDS.glob("*.txt") for w in p.read_text(encoding="utf-8").split()})

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىةؤئ"
MARKS = (
    [chr(c) for c in range(0x064B, 0x0656)]  # tashkeel, combining madda and hamza
    + ["\u0670", "\u0640", "\u0610", "\u06d6", "\u06ed"]  # dagger alef, tatweel, Quranic marks
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202e", "\u2066", "\u2069"]
)
OTHERS = list("،؛؟ .-\"«»()/\n") + list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹") + list("abcXYZé") + ["ﻻ", "ﺑ", "ﷺ", "ک", "ی"]

characters = st.sampled_from(list(LETTERS) + MARKS + OTHERS)
random_text = st.text(characters, max_size=80)


@st.composite
def seed_text_with_marks(draw) -> str:
    """A few seed words with marks, punctuation or digits dropped between their letters."""
    words = draw(st.lists(st.sampled_from(SEED_WORDS), min_size=1, max_size=6))
    out = []
    for word in words:
        chars = list(word)
        for _ in range(draw(st.integers(0, 3))):
            chars.insert(draw(st.integers(0, len(chars))), draw(st.sampled_from(MARKS + OTHERS[:6])))
        out.append("".join(chars))
    return draw(st.sampled_from([" ", "، ", "\u200f "])).join(out)


texts = st.one_of(random_text, seed_text_with_marks())
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Normalisation that keeps what the stem view reads before folding it: ى (على is a stopword, علي a
# name) and ة (a printed ة is no pronoun: عمرة is the umrah, عمره "his age").
STEM_VIEW = NormalizationRules(alef_maqsura=False, teh_marbuta=False)


@FAST
@given(texts)
def test_analysis_never_raises(text):
    analyzer = default_analyzer()
    for mode in ("exact", "stem"):
        analyzer.analyze(text, mode)
    analyzer.index_terms(text)
    analyzer.words(text)


@FAST
@given(texts)
def test_offsets_are_in_range_and_increasing(text):
    for mode in ("exact", "stem"):
        previous_end, previous_position = 0, -1
        for token in default_analyzer().analyze(text, mode):
            assert previous_end <= token.start < token.end <= len(text)
            assert token.position > previous_position
            previous_end, previous_position = token.end, token.position


@FAST
@given(texts)
def test_each_token_is_its_surface_in_the_text(text):
    analyzer = default_analyzer()
    for token in analyzer.analyze(text, "exact"):
        surface = text[token.start : token.end]
        assert analyzer.word(surface).exact == token.term
        assert [t.term for t in analyzer.analyze(surface, "exact")] == [token.term]


@FAST
@given(texts)
def test_the_normalised_text_has_the_same_exact_terms(text):
    analyzer = default_analyzer()
    assert analyzer.terms(normalize(text), "exact") == analyzer.terms(text, "exact")
    original = [t.term for t in analyzer.analyze(text, "exact")]
    assert [t.term for t in analyzer.analyze(normalize(text), "exact")] == original


@FAST
@given(texts)
def test_the_normalised_text_has_the_same_stem_terms(text):
    analyzer = default_analyzer()
    normalised = normalize(text, STEM_VIEW)
    assert analyzer.terms(normalised, "stem") == analyzer.terms(text, "stem")
    assert [t.term for t in analyzer.analyze(normalised, "stem")] == [t.term for t in analyzer.analyze(text, "stem")]


@FAST
@given(texts)
def test_the_indexing_path_and_the_offsets_path_agree(text):
    analyzer = default_analyzer()
    exact, stem = analyzer.index_terms(text)
    assert exact == [t.term for t in analyzer.analyze(text, "exact")]
    assert stem == [t.term for t in analyzer.analyze(text, "stem")]
