"""Event extraction on single sentences with the real English model: a table of sentences and
the event each must (or must not) yield. The sentences are written for these tests in the style
of wire copy; the linguistic pattern each one exercises is named beside it."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_rules
from kg.ingest.document import Document
from kg.nlp import shared_pipeline


@pytest.fixture(scope="module")
def run():
    nlp, rules = shared_pipeline(), load_rules()

    def _run(text: str):
        return extract(nlp(text), Document(text=text, source="test", published="2024-05-02"), rules)
    return _run


def _find(ex, etype: str, actor: str) -> list:
    return [e for e in ex.events if e.type == etype and actor in e.agents + e.participants]


CASES = [
    # (sentence, type, agent or participant, target or None)
    ("Dr. Sanjay Gupta said he was approached by the Obama administration.",  # no honorific in the name
     "Statement", "person:Sanjay Gupta", None),
    ("The Indian Navy said it had captured 23 pirates.",  # "Indian Navy" is the Indian navy
     "Statement", "group:IND:navy", None),
    ("Angry activists from the Fatah Party staged rallies in Gaza against Mahmoud Abbas.",  # people from a body
     "Protest", "org:Fatah", None),
    ("The Sudan Armed Forces attacked a refugee camp in South Sudan on Thursday.",  # country in an
     "Attack", "org:Sudan Armed Forces@SDN", "country:SSD"),  # org's name; the attacked place's state
    ("Russian jets bombed a hospital in Idlib.",  # a city's state is the target of an attack on a thing in it
     "Attack", "country:RUS", "country:SYR"),
    ("The government of Sudan bombed the refugee camp in Yida, South Sudan, on Thursday.",  # "Yida, South Sudan"
     "Attack", "country:SDN", "country:SSD"),
    ("Taiwan's Vice Foreign Minister visited Russia on Monday.",  # unnamed office-holder
     "Visit", "org:Foreign Minister@TWN", "country:RUS"),
    ("Iraqi President Saddam Hussein arrived in Amman on an unannounced visit.",  # visit to a city's state
     "Visit", "person:Saddam Hussein@IRQ", "country:JOR"),
    ("Chile and Peru reached an agreement on fishing rights on Tuesday.",  # reach + agreement
     "Agreement", "country:CHL", None),
    ("Russia said on Tuesday that Sudan must return the captured helicopter.",  # said ... must
     "Demand", "country:RUS", "country:SDN"),
    ("Egypt demanded that Israel reopen the crossing.",  # demanded that X ...
     "Demand", "country:EGY", "country:ISR"),
    ("Hungary said it will support the Security Council resolution.",  # a promise to cooperate
     "Agreement", "country:HUN", None),
    ("France is ready to contribute troops to the peacekeeping force.",  # readiness
     "Agreement", "country:FRA", None),
    ("Nigeria announced that it would withdraw its troops unless a ceasefire is arranged.",  # conditional
     "Threat", "country:NGA", None),
    ("Iran vowed to retaliate against Israel.",  # vow + coercive act
     "Threat", "country:IRN", "country:ISR"),
    ("Pakistan threatened to break off relations with Congo.",  # target inside the threatened act
     "Threat", "country:PAK", "country:COD"),
    ("Demonstrators in Baghdad blocked a main road on Sunday.",  # group placed by "in"
     "Protest", "group:IRQ:protesters", None),
    ("Rebels in Uganda kidnapped two aid workers.",  # group placed by "in"
     "Attack", "group:UGA:rebels", None),
    ("Ethnic Albanians in southern Serbia demanded autonomy.",  # ethnic group, not the state
     "Demand", "group:SRB:ethnic Albanians", None),
    ("Egypt lodged a formal protest with Israel on Monday.",  # a diplomatic protest
     "Condemnation", "country:EGY", None),
    ("Albania denounced Serbia's crackdown in Kosovo.",  # target: whose act is denounced
     "Condemnation", "country:ALB", "country:SRB"),
    ("Japan suspended economic aid to Myanmar.",  # suspension of aid
     "Sanction", "country:JPN", "country:MMR"),
    ("Brazil closed its border with Venezuela.",
     "Sanction", "country:BRA", None),
    ("Israeli troops remained on alert along the border.",  # noun trigger under "on"
     "MilitaryDeployment", "country:ISR", None),
    ("Israeli tanks fired at targets in Gaza.",  # firing at something is an attack
     "Attack", "country:ISR", None),
    ("Britain mobilized army reservists on Tuesday.",
     "MilitaryDeployment", "country:GBR", None),
    ("Qatar's emir launched a mediation effort between Bahrain and Saudi Arabia.",
     "Meeting", "org:Emir@QAT", None),
    ("Vietnamese-led forces have retaken the village.",  # "X-led" gives the side
     "Attack", "group:VNM:forces", None),
    ("Serb forces were engaged in ethnic cleansing in the province.",  # passive support verb
     "Attack", "group:SRB:forces", None),
    ("The Haitian military government declared a state of siege on Saturday.",  # of-object of the verb
     "Coercion", "group:HTI:government", None),
    ("Iranian authorities have been pressuring the union to cancel the strike.",
     "Demand", "group:IRN:authorities", None),
    ("German Foreign Minister Oskar Fischer will visit Albania in June.",  # a promised visit
     "Agreement", "person:Oskar Fischer@DEU", None),
    ("The Albanians of southern Serbia demanded autonomy.",  # a people placed by "of"
     "Demand", "group:SRB:ethnic Albanians", None),
    ("A rebel group based in Chad threatened to attack the capital.",  # "based in"
     "Threat", "group:TCD:groups", None),
    ("Both the Philippine military and the Moro Islamic Liberation Front are guilty of violating the ceasefire.",
     "Attack", "org:Moro Islamic Liberation Front", None),
    ("The Pakistani prime minister was indicted by the U.N. war crimes court.",  # passive, body by its compound
     "Condemnation", "org:United Nations", None),
    # troops sent by the name of their unit or branch; where they go is the deployment's aim
    ("The United States sent 2,000 marines to Kuwait on Monday.", "MilitaryDeployment", "country:USA", "country:KWT"),
    ("Kosovo is sending a military platoon to Kuwait.", "MilitaryDeployment", "country:XKX", "country:KWT"),
    ("Britain is sending paratroopers to Estonia.", "MilitaryDeployment", "country:GBR", "country:EST"),
    # a telephone call: the one called taken by the parser for a name given ("oprd"), a call as a
    # noun or "spoke with"; a counterpart is another party, not the speaker's own
    ("Vladimir Putin called Recep Tayyip Erdogan on Tuesday.", "Meeting", "person:Vladimir Putin@RUS",
     "person:Recep Tayyip Erdogan@TUR"),
    ("Vladimir Putin called his Turkish counterpart Recep Tayyip Erdogan on Tuesday.", "Meeting",
     "person:Vladimir Putin@RUS", "person:Recep Tayyip Erdogan@TUR"),
    ("Vladimir Putin spoke by phone with Recep Tayyip Erdogan on Tuesday.", "Meeting", "person:Vladimir Putin@RUS",
     "person:Recep Tayyip Erdogan@TUR"),
    ("Vladimir Putin held a phone call with Recep Tayyip Erdogan.", "Meeting", "person:Vladimir Putin@RUS",
     "person:Recep Tayyip Erdogan@TUR"),
    ("The Iranian president met his Lebanese counterpart, Michel Aoun, on Tuesday.", "Meeting", "org:President@IRN",
     "person:Michel Aoun@LBN"),
]


@pytest.mark.parametrize("text,etype,actor,target", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_yields_event(run, text, etype, actor, target):
    ex = run(text)
    found = _find(ex, etype, actor)
    assert found, [(e.type, e.agents, e.participants, e.targets) for e in ex.events]
    if target is not None:
        assert any(target in e.targets + e.participants for e in found), [(e.type, e.targets) for e in found]


NOT_CASES = [
    # (sentence, type that must not be extracted with that actor)
    ("North Korea fired a ballistic missile on Thursday.", "Attack", "country:PRK"),  # "on" + date is no target
    ("Beijing has strengthened its military ties with Moscow.", "MilitaryDeployment", "country:CHN"),
    ("The South Korean military detected a missile launched from near Pyongyang.", "WeaponTest", "group:KOR:military"),
    ("Gambia will extend the curfew in Banjul.", "Agreement", "country:GMB"),  # extending a curfew is no cooperation
    ("Hungary said it will not support the resolution.", "Agreement", "country:HUN"),  # a refusal
    # a participle clause acts with the sentence's subject, not the noun before its comma
    ("A powerful earthquake hit southern Iran on Monday, killing at least 10 people.", "Attack", "country:IRN"),
    ("Israeli jets struck Gaza on Monday, killing 10 people.", "Attack", "country:PSE"),
    ("Recep Tayyip Erdogan called Bashar al-Assad a terrorist.", "Meeting", "person:Recep Tayyip Erdogan@TUR"),  # a naming
]


@pytest.mark.parametrize("text,etype,actor", NOT_CASES, ids=[c[0][:40] for c in NOT_CASES])
def test_sentence_does_not_yield_event(run, text, etype, actor):
    ex = run(text)
    assert not _find(ex, etype, actor), [(e.type, e.agents, e.participants) for e in ex.events]


def test_a_visit_announced_for_the_future_is_hypothetical(run):
    ex = run("German Foreign Minister Oskar Fischer will visit Albania in June.")
    assert [e.modality for e in ex.events if e.type == "Visit"] == ["hypothetical"]


def test_an_event_mentioned_in_passing_ranks_below_the_reported_one(run):
    ex = run("Lebanon complained to the United Nations on Tuesday over two Israeli air raids.")
    conf = {e.type: e.confidence for e in ex.events}
    assert conf["Condemnation"] > conf["Attack"], conf


def test_an_act_a_death_happened_in_has_the_date_of_the_death(run):
    ex = run("Two children died in an American airstrike in 2017.")
    assert [(e.agents, e.date) for e in ex.events if e.type == "Attack"] == [(["country:USA"], "2017")]


@pytest.mark.parametrize("text,trigger,specific", [
    ("Sudan bombed a refugee camp.", "bombed", True),  # the past
    ("Syrian rebels have been captured by Turkish troops.", "captured", True),  # a perfect passive
    ("Turkey's offensive against the Kurds was condemned.", "offensive", True),  # a possessor
    ("The strike on the camp killed ten people.", "strike", True),  # a determiner
    ("Israeli forces continue to attack Gaza.", "attack", False),  # an infinitive
    ("Russia's attacks on checkpoints went on.", "attacks", False),  # a plural
    ("Russia attacks Ukraine every week.", "attacks", False),  # the present in running text
])
def test_a_mention_is_specific_when_it_names_one_occurrence(run, text, trigger, specific):
    ex = run(text)
    mentions = [(m.text, m in e.specific) for e in ex.events for m in e.mentions]
    assert (trigger, specific) in mentions, mentions


def test_the_present_tense_of_a_headline_names_one_occurrence():
    """Hand-built Doc (no model): "Sudan bombs camp" as a headline, and the same words followed
    by a full stop in running text."""
    from spacy.lang.en import English
    from spacy.tokens import Doc

    from kg.extract.events import _headline, is_specific

    vocab = English().vocab
    for words, headline in ((["Sudan", "bombs", "camp", "\n\n", "Aid", "stops", "."], True),
                            (["Sudan", "bombs", "camp", ".", "Aid", "stops", "."], False)):
        doc = Doc(vocab, words=words, spaces=[True, True, False, False, True, False, False],
                  pos=["PROPN", "VERB", "NOUN", "SPACE", "NOUN", "VERB", "PUNCT"],
                  tags=["NNP", "VBZ", "NN", "_SP", "NN", "VBZ", "."],
                  heads=[1, 1, 1, 2, 5, 5, 5], deps=["nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "punct"])
        assert _headline(doc[0:4]) is headline
        assert is_specific(doc[1], _headline(doc[0:4])) is headline


@pytest.mark.parametrize("head,expected", [
    ("http://www.example.com/2009/11/30/inmate-escapes.html\nInmate escapes", "2009-11-30"),
    ("http : / / example . net / view / 20100505 - 268325 / bomb - hits - bank", "2010-05-05"),
    ("Lohan checks into rehab\nFirst Published: June 13, 2013 4:59 PM EDT\nLindsay Lohan has left", "2013-06-13"),
    ("WASHINGTON, 5 March 2021 (AFP) - The talks", "2021-03-05"),
    ("Mumbai, Nov 11 - Indian Navy patrolling the Gulf of Aden", None),  # no year: no date
    ("Tara Reid, 33, who starred in the 1999 film", None),
])
def test_dateline_date(head, expected):
    from kg.extract.dates import dateline_date

    found = dateline_date(head)
    assert (found.isoformat() if found else None) == expected


def test_relative_dates_resolve_against_the_dateline_without_a_published_date(run):
    text = "WASHINGTON, 5 March 2021 (AFP)\n\nNorth Korea fired a ballistic missile on Thursday.\n"
    nlp, rules = shared_pipeline(), load_rules()
    ex = extract(nlp(text), Document(text=text, source="test"), rules)
    assert [e.date for e in ex.events if e.type == "WeaponTest"] == ["2021-03-04"]


# ------------------------------------------------------------------ names in title-case headlines
def test_a_name_in_a_title_case_headline_is_kept_only_as_far_as_the_body_names_it():
    """Hand-built Doc (no model): NER spans as a statistical tagger gives them on a headline."""
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

    from kg.nlp.components import PERSON, PLACE, PlaceWords, _confirm_headline_names
    from kg.resources import cue_classes

    words = ["Director", "Gary", "Ross", "Still", "In", "Negotiations", "For", "Sequel", "\n",
             "Gary", "Ross", "is", "in", "talks", "with", "the", "studio", "."]
    doc = Doc(Vocab(), words=words)
    spans = [Span(doc, 1, 6, label=PERSON, kb_id="person:Gary Ross Still In Negotiations"),
             Span(doc, 7, 8, label=PLACE, kb_id="place:Sequel"),
             Span(doc, 9, 11, label=PERSON, kb_id="person:Gary Ross")]
    kept = [(s.text, s.kb_id_) for s in _confirm_headline_names(doc, spans, PlaceWords.of(cue_classes()))]
    assert kept == [("Gary Ross", "person:Gary Ross"), ("Gary Ross", "person:Gary Ross")]
    # in a sentence-case line the same span is left alone
    plain = Doc(Vocab(), words=["Gary", "Ross", "Still", "said", "no", "."])
    span = Span(plain, 0, 3, label=PERSON, kb_id="person:Gary Ross Still")
    assert _confirm_headline_names(plain, [span], PlaceWords.of(cue_classes())) == [span]


@pytest.mark.parametrize("text,label", [
    # a body whose name says its country keeps its name where the story names that country too
    # (found on unseen AG News items: "Chinese Chinese Ministry of Commerce")
    ("China has reached agreement with ASEAN on removing tariffs, the Chinese Ministry of Commerce says.",
     "Chinese Ministry of Commerce"),
    ("The Chinese Ministry of Commerce said on Monday that tariffs would fall.", "Chinese Ministry of Commerce"),
])
def test_a_body_named_with_its_country_keeps_its_name(run, text, label):
    ex = run(text)
    assert [e.label for e in ex.entities.values() if e.kind == "GovernmentBody"] == [label]
