"""The dependency parse only where extraction reads it (issue 17): ``geokg_parse`` parses the
sentences holding a word that may trigger an event and leaves the others without a parse; the
extraction is the same as with every sentence parsed. No timing here (speed is bench/'s)."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_rules
from kg.extract.context import lemma_of
from kg.ingest.document import Document
from kg.nlp import set_parse, shared_pipeline


@pytest.fixture(scope="module")
def nlp():
    nlp = shared_pipeline()
    yield nlp
    set_parse(nlp)  # back to the default for the other test modules


def _parsed(sent) -> bool:
    return any(t.dep_ for t in sent)


def test_parses_only_sentences_with_a_trigger_candidate(nlp):
    set_parse(nlp, "selected")
    text = ("The weather was mild in Paris on Sunday. Russian jets bombed a hospital in Idlib.\n"
            "Tickets cost ten euros. Officials said the talks went well.")
    doc = nlp(text)
    sents = [(s.text.strip(), _parsed(s)) for s in doc.sents]
    assert sents == [("The weather was mild in Paris on Sunday.", False),
                     ("Russian jets bombed a hospital in Idlib.", True),  # "bombed": an Attack trigger
                     ("Tickets cost ten euros.", False),
                     ("Officials said the talks went well.", True)]  # "said", "talks"
    bombed = next(t for t in doc if t.text == "bombed")
    assert [(c.text, c.dep_) for c in bombed.children] == [("jets", "nsubj"), ("hospital", "dobj"), (".", "punct")]
    assert all(t.dep_ == "" and t.head == t for t in doc[:9])  # no head, no label: not guessed
    set_parse(nlp, "all")
    assert all(_parsed(s) for s in nlp(text).sents)


def test_every_trigger_lemma_is_a_selected_form(nlp):
    """The words that select a sentence cover every lemma the rules may trigger on, with the
    inflections the model's lemmatizer takes back to it (regular and irregular)."""
    forms = nlp.get_pipe("geokg_parse").forms
    lemmas = load_rules().trigger_lemmas()
    assert not {w for ws in lemmas.values() for w in ws if " " not in w} - forms
    for form in ("bombed", "bombing", "bombs", "strikes", "struck", "said", "met", "fled", "seized", "willing"):
        assert form in forms, form
    for word in ("the", "weather", "mild", "tickets", "euros"):
        assert word not in forms, word


def test_no_trigger_candidate_is_left_unparsed(nlp):
    """Parsing everything, every token extraction would take for a trigger (a VERB or NOUN of
    a trigger lemma, as the rules read it) lies in a sentence the selection parses."""
    rules = load_rules()
    verbs, nouns = rules.trigger_lemmas()["VERB"], rules.trigger_lemmas()["NOUN"]
    sel = nlp.get_pipe("geokg_parse")
    set_parse(nlp, "all")
    doc = nlp(" ".join(s for s, _ in SAME))
    for t in doc:
        candidate = (t.pos_ == "VERB" and lemma_of(t, verbs) in verbs) or \
            (t.pos_ == "NOUN" and (t.lemma_.lower() in nouns or t.lower_ in nouns))
        if candidate:
            assert t.lower_ in sel.forms, t.text


SAME = [
    # (text, what it exercises)
    ("North Korea fired a ballistic missile into the sea on Monday, South Korea's military said.", "weapon test, attribution"),
    ("The weather was mild on Sunday. Taliban fighters attacked a checkpoint in Helmand province, killing five police officers.",
     "a sentence without trigger before one with"),
    ("Ankara has long opposed the plan. Turkey's foreign minister met his Russian counterpart in Moscow.",
     "an unparsed sentence naming a country"),
    ("Prices rose sharply in the capital.\n\nProtesters marched through Khartoum on Friday, witnesses said.",
     "a paragraph break"),
    ("“We will retaliate,” the Iranian defence minister said. Nothing else was known.", "a quote, then no trigger"),
    ("The United Nations Security Council imposed sanctions on Pyongyang. The vote was 15 to 0.", "sanction"),
]


@pytest.mark.parametrize("text,_why", SAME)
def test_extraction_is_the_same_with_and_without_selection(nlp, text, _why):
    """Events are the same by construction (a trigger's sentence is parsed). Entities are read
    off the parse in every sentence, so an unparsed one can read a name differently: a capital
    after "in" is the city only with the parse ("mild in Kabul"), a demonym and a group noun
    ("British troops") a described group only with it — 2 of 300 AG News items differ so."""
    rules = load_rules()
    document = Document(text=text, source="test", published="2024-05-02")
    set_parse(nlp, "all")
    everything = extract(nlp(text), document, rules)
    set_parse(nlp, "selected")
    doc = nlp(text)
    selected = extract(doc, document, rules)
    assert everything.events  # the table is about events: each text has one
    assert selected.events == everything.events
    assert selected.entities == everything.entities


def test_joined_pieces_keep_unparsed_sentences(nlp):
    """A long document is parsed in pieces and joined (``kg.pipeline._merge``): joining rebuilds
    sentence starts from the parse, which an unparsed sentence has none of."""
    from kg.pipeline import _merge

    set_parse(nlp, "selected")
    parts = [nlp("Tickets cost ten euros. The weather was mild. "), nlp("Rebels attacked the town. It was sunny.")]
    joined = _merge(parts)
    assert [s.text.strip() for s in joined.sents] == ["Tickets cost ten euros.", "The weather was mild.",
                                                       "Rebels attacked the town.", "It was sunny."]
    assert [_parsed(s) for s in joined.sents] == [False, False, True, False]
