"""``geokg_lemmatizer``: the model's rule lemmatizer with its lemmas remembered per form gives the
model's own lemmas, token by token, after the attribute rules (which set some lemmas first). No
timing here."""

from __future__ import annotations


import pytest
from conftest import ag_news_texts
from spacy.attrs import LEMMA

import kg.nlp.components  # noqa: F401  (registers the factories)
from kg.nlp import MODEL

SENTENCES = [
    "North Korea fired two missiles on Monday; the missiles flew 600 km, officials said.",
    "He was firing at protesters who had been protesting, and they fired back.",  # one form, several tags
    "The better plan is the best: it's better than theirs, and they're best friends.",  # degrees
    "Won't they? Can't we? He'd go, we'll see, you're right, I'm here.",  # the attribute rules' lemmas
    "UN peacekeepers were attacked.\n\nThe attacks killed 3 people in Gao.",  # a space token, numbers
    "",
]


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load(MODEL)


def _compare(nlp, texts):
    table = nlp.add_pipe("geokg_lemmatizer", name="table_lemmatizer_under_test", before="lemmatizer")
    try:
        docs = list(nlp.pipe(texts, disable=["lemmatizer", "table_lemmatizer_under_test", "ner"]))
        lemmatizer = nlp.get_pipe("lemmatizer")
        for _ in range(2):  # the second time from what the first remembered
            for doc in docs:
                mine, theirs = table(doc.copy()), lemmatizer(doc.copy())
                assert [(t.text, t.lemma_) for t in mine] == [(t.text, t.lemma_) for t in theirs]
                assert (mine.to_array([LEMMA]) == theirs.to_array([LEMMA])).all()
        assert table._memo  # lemmatized by the table, not by calling the lemmatizer on the Doc
    finally:
        nlp.remove_pipe("table_lemmatizer_under_test")


def test_same_as_the_model_lemmatizer(nlp):
    _compare(nlp, SENTENCES)


def test_same_as_the_model_lemmatizer_on_news(nlp):
    texts = ag_news_texts(300)
    _compare(nlp, texts)


def test_the_pipeline_lemmatizes_by_table():
    """geokg's pipeline runs the table in place of the model's lemmatizer (kept, disabled)."""
    from kg.nlp import shared_pipeline

    pipeline = shared_pipeline()
    assert "geokg_lemmatizer" in pipeline.pipe_names and "lemmatizer" not in pipeline.pipe_names
    assert "lemmatizer" in pipeline.component_names
    doc = pipeline("Troops were firing rockets at the villages.")
    assert [t.lemma_ for t in doc][:5] == ["troop", "be", "fire", "rocket", "at"]
