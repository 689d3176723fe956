"""Irregular white space (issue 13): a no-break space or another Unicode space separator between
two words reads as a plain space (kg.nlp.spaces), so a sentence yields the same records as with
plain spaces; the document text, the offsets and every anchor stay those of the original text.
Sentences written for these tests in wire style."""

from __future__ import annotations

import io
import json
import re
import sys
import unicodedata

import pytest

from conftest import entity_name, event_records, select

NBSP, NARROW, THIN = "\u00a0", "\u202f", "\u2009"

# sentence with an unusual space -> the whole record, the one the sentence gives with plain spaces
UNUSUAL = [
    # the NER took no place after "in\xa0", nor the country of "North\xa0Korea"
    (f"Three people were killed in{NBSP}Aleppo on Monday.",
     [("Attack", "kill", ["killed"], [], ["Group:people/SYR"], [], ["Place:Aleppo/SYR"])]),
    (f"North{NBSP}Korea fired a ballistic missile into the sea on Tuesday.",
     [("WeaponTest", "fire", ["fired"], ["Country:North Korea"], [], [], [])]),
    # the object of the verb, the object of "the city of", a place after its direction word
    (f"Turkish troops entered{NBSP}Afrin on Sunday.",
     [("Attack", "enter", ["entered"], ["ArmedForce:Turkish troops/TUR"], ["Country:Syria"], [], ["Place:‘Afrīn/SYR"])]),
    (f"Rebels shelled government positions in the city of{NBSP}Deir ez-Zor.",
     [("Attack", "shell", ["shelled"], ["ArmedForce:rebels/SYR"], ["GovernmentBody:Syrian government/SYR"], [],
       ["Place:Deir ez-Zor/SYR"])]),
    (f"Russian warplanes pounded rebel-held areas of eastern{NBSP}Ghouta.",
     [("Attack", "pound", ["pounded"], ["Country:Russia"], ["ArmedForce:rebels"], [], ["Place:Ghouta"])]),
    # guards: found before as well, with other separators among them
    (f"Gunmen attacked a police checkpoint in{NARROW}Kandahar on Friday.",
     [("Attack", "attack", ["attacked"], ["ArmedForce:gunmen/AFG"],
       ["GovernmentBody:Afghan police/AFG", "Group:people of police checkpoint"], [], ["Place:Kandahār/AFG"])]),
    (f"Police fired tear gas at protesters in{THIN}Nairobi.",
     [("Coercion", "fire", ["fired"], ["GovernmentBody:Kenyan police/KEN"], ["Group:Kenyan protesters/KEN"], [],
       ["Place:Nairobi/KEN"]),
      ("Protest", "protest", ["protesters"], ["Group:Kenyan protesters/KEN"], [], [], ["Place:Nairobi/KEN"])]),
    (f"Government forces shelled the{NBSP}town of Douma overnight.",
     [("Attack", "shell", ["shelled"], ["ArmedForce:government forces/SYR"], ["Group:people of Dūmā/SYR"], [],
       ["Place:Dūmā/SYR"])]),
    (f"Two soldiers were wounded when a roadside bomb exploded in{NBSP}Mosul.",
     [("Attack", "explode", ["wounded", "exploded"], [], ["ArmedForce:soldiers/IRQ"], [], ["Place:Mosul/IRQ"])]),
]


def _plain(text: str) -> str:
    return text.replace(NBSP, " ").replace(NARROW, " ").replace(THIN, " ")


@pytest.mark.parametrize("text,expected", UNUSUAL, ids=[c[0][:40] for c in UNUSUAL])
def test_an_unusual_space_reads_as_a_plain_one(run, text, expected):
    assert event_records(run(text)) == expected
    assert event_records(run(_plain(text))) == expected


def test_offsets_and_anchors_are_the_original_text(run):
    """The records' spans count in the text as given, and cut from it their text with its no-break
    spaces; the names are read with plain spaces."""
    text = f"Officials said North{NBSP}Korea fired a missile from{NBSP}Pyongyang on Tuesday."
    ex = run(text)
    (ev,) = [e for e in ex.events if e.type == "WeaponTest"]
    m = ev.mentions[0]
    assert text[m.start:m.end] == "fired"
    (agent,) = ev.agents
    assert [text[s.start:s.end] for s in ex.entities[agent].mentions] == [f"North{NBSP}Korea"]


def test_the_graph_quotes_the_original_text():
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store

    text = f"North{NBSP}Korea fired a ballistic missile on Tuesday."
    line = json.dumps({"id": "d1", "text": text, "published": "2024-05-02"}) + "\n"
    ds, report = build_dataset(["-"], stdin=io.BytesIO(line.encode("utf-8")))
    assert report.documents == 1 and not report.problems
    rows = select(dataset_to_store(ds), """
        SELECT ?label ?anchor ?b ?x ?text WHERE {
          ?e a gev:WeaponTest ; gev:agent ?a . ?a rdfs:label ?label ; gev:mention ?m .
          ?m nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?x ; gev:document ?d . ?d gev:text ?text }""")
    assert rows == [{"label": "North Korea", "anchor": f"North{NBSP}Korea", "b": "0", "x": "11", "text": text}]


# a run of plain spaces between two words: the document is read with one space there
# (kg.nlp.spaces.SpacedView), by the whole pipeline (kg.pipeline.process_documents)
DOUBLE = [
    # the NER took the name after "the town of  " for a person's, and missed "North  Korea"
    ("Syrian troops recaptured the town of  Khan Sheikhoun.",
     [("Attack", "recapture", ["recaptured"], ["ArmedForce:Syrian troops/SYR"], [], [], ["Place:Khan Sheikhoun"])]),
    ("North  Korea fired a ballistic missile into the sea on Tuesday.",
     [("WeaponTest", "fire", ["fired"], ["Country:North Korea"], [], [], [])]),
    ("Shelling hit a bus station in  Donetsk on Thursday, killing five people.",
     [("Attack", "kill", ["killing"], [], ["Group:people/UKR"], [], ["Place:Donetsk/UKR"])]),
    # guards: found before as well
    ("Three people were killed  in Aleppo on Monday.",
     [("Attack", "kill", ["killed"], [], ["Group:people/SYR"], [], ["Place:Aleppo/SYR"])]),
    ("Police fired tear gas at protesters in  Nairobi.  The clashes lasted for hours.",
     [("Coercion", "fire", ["fired"], ["GovernmentBody:Kenyan police/KEN"], ["Group:Kenyan protesters/KEN"], [],
       ["Place:Nairobi/KEN"]),
      ("Protest", "protest", ["protesters"], ["Group:Kenyan protesters/KEN"], [], [], ["Place:Nairobi/KEN"])]),
    ("Jets struck the towns of  Kafr Zita and Latamneh in northern Hama.",
     [("Attack", "strike", ["struck"], ["ArmedForce:jets"],
       ["Group:people of Kafr Zita/SYR", "Group:people of Latamneh", "Group:people of Ḩamāh/SYR"], [],
       ["Place:Ḩamāh/SYR", "Place:Kafr Zita/SYR", "Place:Latamneh"])]),
]


@pytest.fixture(scope="module")
def built():
    """A text through the whole pipeline (parse, extraction, resolution) as one document."""
    from kg.extract import load_rules
    from kg.ingest.document import Document
    from kg.pipeline import process_documents

    rules = load_rules()

    def _built(text: str, junk=()):
        ((document, ex),) = process_documents([Document(text=text, source="test", published="2024-05-02",
                                                        junk=tuple(junk))], rules)
        assert document.text == text
        return ex
    return _built


@pytest.mark.parametrize("text,expected", DOUBLE, ids=[c[0][:40] for c in DOUBLE])
def test_a_run_of_spaces_reads_as_one(built, text, expected):
    assert event_records(built(text)) == expected
    assert event_records(built(re.sub(" +", " ", text))) == expected


def test_a_run_of_spaces_keeps_the_original_offsets(built):
    """Every span counts in the text as given and holds its text there, runs of spaces and all;
    the names are read with one space."""
    text = f"Officials said  North  Korea fired a missile   from{NBSP} Pyongyang.\n\n  The launch  came at dawn."
    ex = built(text)
    spans = [s for e in ex.entities.values() for s in e.mentions]
    spans += [s for ev in ex.events for s in ev.mentions + ev.sentences + ev.said_in + ev.specific + ev.carriers]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)
    assert {e.label: [s.text for s in e.mentions] for e in ex.entities.values() if e.kind == "Country"} == \
        {"North Korea": ["North  Korea"]}
    assert sorted(s.text for ev in ex.events if ev.type == "WeaponTest" for s in ev.mentions) == ["fired", "launch"]


def test_quotes_and_sentences_are_the_original_text(built):
    """A quote is what the document says, no-break spaces and runs of spaces and all (it is cut
    from the text the model read, then found again in the document's)."""
    text = f'The Foreign Ministry said  "the sanctions are{NBSP}an act of  war against our people" on Monday.'
    (ev,) = built(text).events
    assert ev.quotes == [f"the sanctions are{NBSP}an act of  war against our people"]
    assert [s.text for s in ev.sentences] == [text]
    text = f'Kim Yo Jong said the drills were "a rehearsal for{NBSP}invasion of our country".'
    (ev,) = built(text).events
    assert ev.quotes == [f"a rehearsal for{NBSP}invasion of our country"] and [s.text for s in ev.sentences] == [text]


def test_junk_is_tested_at_the_original_offsets():
    from kg.ingest.document import Document, JunkSpan
    from kg.nlp.spaces import SpacedView

    text = "Rebels  shelled   the town.  By John  Smith"
    junk = JunkSpan(text.index("By"), len(text), "byline")
    view = SpacedView.of(Document(text=text, source="test", junk=(junk,)))
    assert view.text == "Rebels shelled the town. By John Smith"
    for word in ("Rebels", "shelled", "town", "By", "Smith"):
        at = view.text.index(word)
        start, end = view.original(at), view.original_end(at + len(word))
        assert text[start:end] == word
    by = view.text.index("By")
    assert view.in_junk(by, by + 2) and not view.in_junk(0, by - 2)
    # no run of spaces and no unusual space: the document itself
    plain = Document(text="Rebels shelled the town of Ḩamāh.", source="test")
    assert SpacedView.of(plain) is plain
    # a no-break space: a view of the same length
    view = SpacedView.of(Document(text=f"Rebels shelled{NBSP}the town.", source="test"))
    assert view.text == "Rebels shelled the town." and view.original(15) == 15


def test_the_separators_are_every_unicode_space_separator_but_the_plain_space():
    from kg.nlp.spaces import SEPARATORS, plain_spaces

    assert set(SEPARATORS) == {chr(c) for c in range(sys.maxunicode + 1)
                               if c != 0x20 and unicodedata.category(chr(c)) == "Zs"}
    # one character for one: the offsets are kept; breaks and tabs are left alone
    assert plain_spaces(f"a{NBSP}b\u3000c\n\td") == "a b c\n\td"


# a backslash between two words is a line break the source escaped (AG News' Reuters items): it
# reads as a space, and the anchors keep it (found on AG News world items never read before:
# "in central\Baghdad" was a place of its own, "on Tuesday\arrested" no arrest)
ESCAPED = [
    ("A car bomb exploded in central\\Baghdad on Monday, killing three\\people, police said.",
     [("Attack", "explode", ["exploded", "killing"], [], ["Group:people/IRQ"], [], ["Place:Baghdad/IRQ"]),
      ("Statement", "say", ["said"], ["GovernmentBody:Iraqi police/IRQ"], [], [], [])]),
    ("Israeli military police on Tuesday\\arrested a commander in Gaza.",
     [("Coercion", "arrest", ["arrested"], ["GovernmentBody:Israeli police/ISR"], ["ArmedForce:commander/PSE"], [], ["Country:Palestine"])]),
]


@pytest.mark.parametrize("text,expected", ESCAPED, ids=[c[0][:40] for c in ESCAPED])
def test_an_escaped_line_break_reads_as_a_space(run, text, expected):
    ex = run(text)
    assert event_records(ex) == expected
    assert event_records(run(text.replace("\\", " "))) == expected


def test_the_graph_quotes_an_escaped_line_break_as_given():
    from kg.pipeline import build_dataset
    from kg.store import dataset_to_store

    text = "North\\Korea fired a ballistic missile on Tuesday."
    line = json.dumps({"id": "d1", "text": text, "published": "2024-05-02"}) + "\n"
    ds, report = build_dataset(["-"], stdin=io.BytesIO(line.encode("utf-8")))
    assert report.documents == 1 and not report.problems
    rows = select(dataset_to_store(ds), """
        SELECT ?label ?anchor WHERE {
          ?e a gev:WeaponTest ; gev:agent ?a . ?a rdfs:label ?label ; gev:mention ?m . ?m nif:anchorOf ?anchor }""")
    assert rows == [{"label": "North Korea", "anchor": "North\\Korea"}]


def test_a_backslash_not_between_words_stays():
    from kg.nlp.spaces import plain_spaces

    assert plain_spaces("C:\\ and \\\\server, a \\ b") == "C:\\ and \\\\server, a \\ b"
    assert plain_spaces("on Tuesday\\arrested") == "on Tuesday arrested"


# HTML escapes a feed left in its text as characters (AG News items 1300-1899, issue 13: "Iraq #39;s
# interim government", "a  quot;real quot; cease-fire", "&lt;p&gt; By Jude Webber&lt;/p&gt;&lt;p&gt;
# LIMA"): the model reads each as its character (a tag as spaces, a line break where it ends a
# block), so no name holds an escape ("Jude Webber&lt;/p&gt;&lt;p&gt", "quot;real" were actors) and
# "Iraq #39;s" reads as "Iraq's"; the anchors keep the text as given
HTML_ESCAPES = [
    ("&lt;p&gt;&lt;/p&gt;&lt;p&gt; By Jane Webber&lt;/p&gt;&lt;p&gt; LIMA, Peru (Reuters) - Peru's president said "
     "on Saturday he wanted new judges.&lt;/p&gt;",
     [("Statement", "say", ["said"], ["GovernmentBody:Peruvian President/PER"], [], [], [])],
     ["Country:Peru", "GovernmentBody:Peruvian President/PER", "Person:Jane Webber", "Place:Lima/PER"]),
    ("Israel will respond if the Palestinians implement a  quot;real quot; cease-fire, Israeli sources said.",
     [("Statement", "say", ["said"], ["Country:Israel"], [], [], [])],
     ["Country:Israel", "Country:Palestine"]),
    ("Iraq #39;s interim government declared a state of emergency on Sunday.",
     [("Coercion", "declare", ["declared"], ["GovernmentBody:Iraqi government/IRQ"], [], [], [])],
     ["Country:Iraq", "GovernmentBody:Iraqi government/IRQ"]),
    # guards (unchanged): the same sentence without the escape, an ampersand escape in a name
    ("Iraq's interim government declared a state of emergency on Sunday.",
     [("Coercion", "declare", ["declared"], ["GovernmentBody:Iraqi government/IRQ"], [], [], [])],
     ["Country:Iraq", "GovernmentBody:Iraqi government/IRQ"]),
    ("AT&amp;T said on Monday it would cut 5,000 jobs.", [], []),
]


@pytest.mark.parametrize("text,expected,entities", HTML_ESCAPES, ids=[c[0][:40] for c in HTML_ESCAPES])
def test_an_html_escape_reads_as_its_character(run, text, expected, entities):
    ex = run(text)
    assert event_records(ex) == expected
    assert sorted(entity_name(ex, k) for k in ex.entities) == entities


def test_an_html_escape_keeps_its_length():
    from kg.nlp.spaces import plain_spaces

    for text in ("Iraq #39;s leader", "a  quot;real quot; truce", "By X&lt;/p&gt;&lt;p&gt; LIMA", "up to  #36;50 million"):
        assert len(plain_spaces(text)) == len(text)
    assert plain_spaces("Iraq #39;s leader") == "Iraq    's leader"
    assert plain_spaces("up to  #36;50 million") == "up to     $50 million"
    assert plain_spaces("By X&lt;/p&gt;&lt;p&gt; LIMA") == "By X\n         \n         LIMA"
    assert plain_spaces("AT&amp;T and #hashtag; Room 101") == "AT&amp;T and #hashtag; Room 101"
