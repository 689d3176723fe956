"""``geokg_attribute_ruler``: the model's attribute rules matched by table give the model's own
``AttributeRuler`` output, token by token (POS, morphology, lemma, tag, label). No timing here."""

from __future__ import annotations


import pytest
from conftest import ag_news_texts
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

import kg.nlp.components  # noqa: F401  (registers the factories)
from kg.nlp import MODEL

ATTRS = [POS, MORPH, LEMMA, TAG, DEP]

SENTENCES = [
    "He has been arrested, and they did not say why.",  # aux / auxpass -> AUX; "did" as aux
    "They did it again, and she has a plan.",  # "do" and "have" as main verbs -> VERB
    "There is no end to it, but it's over.",  # expletive + "is"; "but"; "it" as subject / object
    "I told you that I would give it to you if you asked.",  # "that", "if" as mark -> SCONJ; I/you cases
    "That is what they want; this one is theirs.",  # a determiner standing alone -> PRON
    "Y'all ain't seen nothin' yet, he ain't done.",  # the REGEX rules ("ai" + "n't", "nothin'", "y'all")
    "North Korea fired a missile.\n\nSouth Korea's military said it was tracking it.",  # a space token
    "Won't they? Can't we? He'd go, we'll see, you're right, I'm here.",  # contractions
]


@pytest.fixture(scope="module")
def pipes():
    import spacy

    nlp = spacy.load(MODEL)
    fast = nlp.add_pipe("geokg_attribute_ruler", before="attribute_ruler")
    return nlp, fast, nlp.get_pipe("attribute_ruler")


def _compare(pipes, texts):
    nlp, fast, ruler = pipes
    docs = list(nlp.pipe(texts, disable=["attribute_ruler", "geokg_attribute_ruler", "lemmatizer", "ner"]))
    for doc in docs:
        mine, theirs = fast(doc.copy()), ruler(doc.copy())
        assert [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in mine] == \
            [(t.text, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in theirs]
        assert (mine.to_array(ATTRS) == theirs.to_array(ATTRS)).all()
    assert fast._compiled not in (None, False)  # matched by table, not by deferring to the ruler


def test_same_as_the_model_ruler(pipes):
    _compare(pipes, SENTENCES)


def test_same_as_the_model_ruler_unparsed(pipes):
    """Sentences left unparsed (``geokg_parse``) have no labels: the rules reading DEP see ""."""
    nlp, fast, ruler = pipes
    with nlp.select_pipes(disable=["parser"]):
        _compare(pipes, SENTENCES)


def test_same_as_the_model_ruler_on_news(pipes):
    texts = ag_news_texts(150)
    _compare(pipes, texts)


def test_memo_entries_are_shared(pipes):
    """The memo keeps one entry per distinct set of satisfied specs, shared by all the token
    combinations that satisfy it (it held a frozenset and two lists of its own per combination:
    16 MiB after 200 Guardian articles), and the output stays the ruler's."""
    nlp, fast, ruler = pipes
    _compare(pipes, SENTENCES + [s.upper() for s in SENTENCES])
    memo = fast._compiled[5]
    entries = {id(entry) for entry in memo.values()}
    assert len(entries) == len({entry[0] for entry in memo.values()}) < len(memo)
    assert all(fast._entries[entry[0]] is entry for entry in memo.values())
