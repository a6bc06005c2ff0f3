from analyzers import analyze


def test_seed_title_words_are_stemmed(seed_texts):
    title = seed_texts[0].splitlines()[0]
    terms = [t.term for t in analyze(title)]
    assert "صاروخ" in terms and "عراق" in terms
