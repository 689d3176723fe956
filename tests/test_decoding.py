"""The parser and the NER decoding with the GIL held (kg.nlp.decoding) give the model's own
states: the same entities, heads, labels and sentence starts, bit for bit."""

from __future__ import annotations

import pytest
from spacy.pipeline import DependencyParser, EntityRecognizer

from kg.nlp import shared_pipeline
from kg.nlp.decoding import HeldDependencyParser, HeldEntityRecognizer, held_predict
from kg.resources import samples_dir

TEXTS = [
    "North Korea fired a missile on Monday, South Korea's military said.",
    "",
    "Israeli troops killed two Palestinians in Nablus. Hamas vowed revenge on Tuesday.",
    "UN Secretary-General Ban Ki-moon met Iranian President Mahmoud Ahmadinejad in Tehran\n\nTalks ended.",
    "Short one.",
]


def _annotations(doc) -> list[tuple]:
    return [(t.i, t.head.i, t.dep_, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def _before(nlp, name: str, texts: list[str]) -> list:
    """The texts through the pipeline's enabled components up to ``name`` (not included)."""
    docs = [nlp.make_doc(t) for t in texts]
    for other, proc in nlp.pipeline:
        if other == name:
            return docs
        docs = [proc(d) for d in docs]
    raise AssertionError(name)


def test_the_shared_pipeline_decodes_its_parser_and_ner_held():
    nlp = shared_pipeline()
    assert type(nlp.get_pipe("parser")) is HeldDependencyParser
    assert type(nlp.get_pipe("ner")) is HeldEntityRecognizer
    # the same classes to spaCy and its settings kept
    assert isinstance(nlp.get_pipe("ner"), EntityRecognizer) and nlp.get_pipe("ner").cfg["beam_width"] == 1


@pytest.mark.parametrize("name,own", [("parser", DependencyParser), ("ner", EntityRecognizer)])
@pytest.mark.parametrize("texts", [TEXTS, TEXTS[:1], [p.read_text(encoding="utf-8") for p in sorted(samples_dir().glob("*.txt"))]])
def test_held_decoding_gives_the_models_own_states(name, own, texts):
    nlp = shared_pipeline()
    pipe = nlp.get_pipe(name)
    docs = _before(nlp, name, texts)
    held = [d.copy() for d in docs]
    pipe.set_annotations(held, held_predict(pipe, held))
    mine = [d.copy() for d in docs]
    pipe.set_annotations(mine, own.predict(pipe, mine))  # spaCy's own greedy_parse, in C
    assert [_annotations(d) for d in held] == [_annotations(d) for d in mine]
    assert sum(len(d) for d in docs) > 10
    if name == "ner":
        assert any(d.ents for d in held)


def test_a_parser_batch_of_one_document_decodes_the_models_own_way(monkeypatch):
    import kg.nlp.decoding as decoding

    nlp = shared_pipeline()
    called = []
    monkeypatch.setattr(decoding, "held_predict", lambda parser, docs: called.append(parser.name) or
                        own_predict(parser, docs))
    own_predict = held_predict
    docs = _before(nlp, "parser", TEXTS[:1])
    nlp.get_pipe("parser").predict(docs)
    assert called == []
    nlp.get_pipe("parser").predict(_before(nlp, "parser", TEXTS[:3]))
    nlp.get_pipe("ner").predict(_before(nlp, "ner", TEXTS[:1]))
    assert called == ["parser", "ner"]


@pytest.mark.parametrize("sizes,limit,expected", [
    ([3, 4, 2, 9, 1], 9, [[3, 4, 2], [9], [1]]),
    ([12, 1, 1], 9, [[12], [1, 1]]),
    ([], 9, []),
    ([0, 5, 0], 5, [[0, 5, 0]]),
])
def test_token_batches_hold_as_many_documents_as_fit(sizes, limit, expected):
    from kg.nlp.decoding import token_batches

    class Sized:
        def __init__(self, n: int) -> None:
            self.n = n

        def __len__(self) -> int:
            return self.n

    batches = token_batches([Sized(n) for n in sizes], limit)
    assert [[len(d) for d in b] for b in batches] == expected


@pytest.mark.parametrize("name,own", [("parser", DependencyParser), ("ner", EntityRecognizer)])
def test_a_batch_decoded_in_parts_of_tokens_is_annotated_as_by_spacys_own_pipe(monkeypatch, name, own):
    """The held components' pipe (a batch sorted by length, decoded in parts of up to
    BATCH_TOKENS tokens) annotates as spaCy's own pipe (the batch in quarters)."""
    import kg.nlp.decoding as decoding

    nlp = shared_pipeline()
    pipe = nlp.get_pipe(name)
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(samples_dir().glob("*.txt"))]
    docs = _before(nlp, name, texts)
    monkeypatch.setattr(decoding, "BATCH_TOKENS", 300)
    assert len(decoding.token_batches(sorted(docs, key=len), 300)) >= 4 > len(texts) // 4
    held = list(pipe.pipe([d.copy() for d in docs], batch_size=len(docs)))
    mine = list(own.pipe(pipe, [d.copy() for d in docs], batch_size=len(docs)))
    assert [_annotations(d) for d in held] == [_annotations(d) for d in mine]
