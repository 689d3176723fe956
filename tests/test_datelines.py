"""Wire datelines (issue 13, "rules override the model", on unseen wire text: AG News world
items). A story that opens "BAGHDAD (Reuters) - ", "KABUL, Afghanistan - " or "AP - " had its
dateline read as the head of the first clause: the agency or the city in capitals (the model's
ORG or PERSON) became the agent of what the story reports. The dateline is a sentence of its own,
its agency names no actor and its place is a place. Sentences written for these tests in wire
style; each row but the guards fails on the code before."""

from __future__ import annotations

import pytest

from conftest import entity_name, event_records

CASES = [
    # the agency in brackets is no agent; the city in capitals is the city
    ("Clashes in Baghdad Slum\n\n BAGHDAD (Reuters) - Iraqi fighters battled U.S. troops in a Baghdad slum district on Tuesday.",
     [("Attack", "battle", ["Clashes", "battled"], ["ArmedForce:Iraqi fighters/IRQ"], ["Country:United States"], [],
       ["Place:Baghdad/IRQ"])],
     ["ArmedForce:Iraqi fighters/IRQ", "Country:Iraq", "Country:United States", "Place:Baghdad/IRQ"]),
    ("KABUL, Afghanistan - Protesters clashed with security forces on Sunday.",
     [("Protest", "protest", ["Protesters"], ["Group:protesters"], [], [], []),
      ("Attack", "clash", ["clashed"], ["Group:protesters"], ["ArmedForce:security forces"], [], [])],
     ["ArmedForce:security forces", "Country:Afghanistan", "Group:protesters", "Place:Kabul/AFG"]),
    ("UNITED NATIONS (Reuters) - Israel urged the United Nations on Wednesday to move toward sanctions against Iran.",
     [("Demand", "urge", ["urged"], ["Country:Israel"], ["InternationalOrganization:United Nations"], [], []),
      ("Sanction", "sanction", ["sanctions"], [], ["Country:Iran"], [], [])],
     ["Country:Iran", "Country:Israel", "InternationalOrganization:United Nations"]),
    ("ST. PETERSBURG, Russia (Reuters) - President Vladimir Putin met German Chancellor Gerhard Schroeder on Friday.",
     [("Meeting", "meet", ["met"], [], [], ["Person:Vladimir Putin/RUS", "Person:Gerhard Schroeder/DEU"], [])],
     ["Country:Germany", "Country:Russia", "Person:Gerhard Schroeder/DEU", "Person:Vladimir Putin/RUS",
      "Place:Saint Petersburg/RUS"]),
    # an agency alone before the dash, or before a dateline, is no actor
    ("AFP - Israeli troops raided the West Bank town of Nablus on Monday.",
     [("Attack", "raid", ["raided"], ["ArmedForce:Israeli troops/ISR"], ["Group:people of Nablus/PSE"], [],
       ["Country:Palestine", "Place:Nablus/PSE"])],
     ["ArmedForce:Israeli troops/ISR", "Country:Israel", "Country:Palestine", "Group:people of Nablus/PSE",
      "Place:Nablus/PSE"]),
    ("Canadian Press - VANCOUVER (CP) - The sister of a man who died in police custody demanded the chief resign.",
     [("Incident", "die", ["died"], [], ["Group:man"], [], [])],
     ["Group:man", "Place:Vancouver/CAN"]),
    # a date and a colon ("NAJAF, Iraq : ", "KABUL, Afghanistan Aug. 23, 2004 - ")
    ("NAJAF, Iraq : At least 25 bodies were discovered in the basement of a religious court.",
     [], ["Country:Iraq", "Place:Najaf/IRQ"]),
    # an agency in brackets at the end of a headline is its credit
    ("Gunmen Kill Two Police in Kirkuk (AFP)\n\nGunmen killed two policemen in Kirkuk on Monday.",
     [("Attack", "kill", ["Kill", "killed"], ["ArmedForce:gunmen/IRQ"], ["GovernmentBody:Iraqi police/IRQ"], [],
       ["Place:Kirkuk/IRQ"])],
     ["ArmedForce:gunmen/IRQ", "Country:Iraq", "GovernmentBody:Iraqi police/IRQ", "Place:Kirkuk/IRQ"]),
    # datelines of other forms (AG News world items): a colon, a date and an agency after the
    # colon, a title-case place with its date and agency, no dash at all
    ("ISLAMABAD, Pakistan : Sep 04 (PID) - President Pervez Musharraf met Prime Minister Shaukat Aziz on Saturday.",
     [("Meeting", "meet", ["met"], [], [], ["Person:Pervez Musharraf/PAK", "Person:Shaukat Aziz/PAK"], [])],
     ["Country:Pakistan", "Person:Pervez Musharraf/PAK", "Person:Shaukat Aziz/PAK", "Place:Islamabad/PAK"]),
    ("Baghdad, Sept. 8 (NNN): Bloody clashes on Tuesday between US forces and Shia militiamen left 20 dead.",
     [("Attack", "clash", ["clashes", "left"], ["Country:United States"], ["ArmedForce:militia", "Group:people"], [], [])],
     ["ArmedForce:militia", "Country:Iraq", "Country:United States", "Group:people"]),
    ("JERUSALEM: The Israeli army demolished 13 Palestinian houses in Rafah.",
     [("Attack", "demolish", ["demolished"], ["ArmedForce:Israeli army/ISR"], ["Country:Palestine"], [],
       ["Place:Rafaḩ/PSE"])],
     ["ArmedForce:Israeli army/ISR", "Country:Israel", "Country:Palestine", "Place:Jerusalem/ISR", "Place:Rafaḩ/PSE"]),
    ("KATMANDU, Nepal The Nepali capital was cut off after Maoist rebels blockaded the roads.",
     [("Coercion", "blockade", ["blockaded"], ["ArmedForce:rebels/NPL"], [], [], [])],
     ["ArmedForce:rebels/NPL", "Country:Nepal", "Place:Kathmandu/NPL"]),
    # guard: a title-case headline opening with a country in capitals is no dateline
    ("BRITAIN, France Agree on Trade Pact\n\nBritain and France signed a trade pact on Monday.",
     [("Agreement", "agree", ["Agree", "signed", "pact"], [], [], ["Country:France"], [])],
     ["Country:France", "Country:United Kingdom"]),
    # guards: a country before a dash stays the country; an agency the story names stays one
    ("US - Iraq talks fail as rebels shell the Green Zone.",
     [("Meeting", "talk", ["talks"], [], [], ["Country:Iraq"], []),
      ("Attack", "shell", ["shell"], ["ArmedForce:rebels"], ["Group:people of Green Zone"], [], ["Place:Green Zone"])],
     ["ArmedForce:rebels", "Country:Iraq", "Country:United States", "Group:people of Green Zone", "Place:Green Zone",
      "Weapon:artillery"]),
    ("Reuters - A police officer told Reuters that gunmen attacked a checkpoint in Kirkuk.",
     None, None),
]


@pytest.mark.parametrize("text,expected,entities", CASES)
def test_datelines(run, text, expected, entities):
    ex = run(text)
    names = sorted(entity_name(ex, k) for k in ex.entities)
    if expected is None:  # the agency the story names later is still an actor
        assert "MediaOrganization:Reuters/GBR" in names
        assert all("MediaOrganization:Reuters/GBR" not in [entity_name(ex, k) for k in e.agents] for e in ex.events)
        return
    assert event_records(ex) == expected
    assert names == entities


LINES = [
    # (paragraph, the dateline's parts as (text, label), the first word of the story)
    ("BAGHDAD (Reuters) - Iraqi fighters battled U.S. troops.", [("Reuters", "CREDIT"), ("BAGHDAD", "PLACE")], "Iraqi"),
    ("KABUL, Afghanistan Aug. 23, 2004 - A defense lawyer spoke.", [("KABUL", "PLACE")], "A"),
    ("KABUL (Masnet  amp; News Agencies) - At least eleven people died.",
     [("Masnet  amp; News Agencies", "CREDIT"), ("KABUL", "PLACE")], "At"),
    ("Reuters - Gunmen attacked a police station.", [("Reuters", "CREDIT")], "Gunmen"),
    ("UPI - Troops fired on the crowd.", [("UPI", "CREDIT")], "Troops"),
    ("NEW YORK - The mayor spoke.", [("NEW YORK", "LEAD")], "The"),
    ("DETROIT - Sen. John Kerry accused President Bush on Wednesday.", [("DETROIT", "LEAD")], "Sen."),
    ("JERUSALEM Aug. 23, 2004 - Israel announced plans Monday.", [("JERUSALEM", "PLACE")], "Israel"),
    ("JERUSALEM: The Israeli army is set to unveil a new weapon.", [("JERUSALEM", "LEAD")], "The"),
    ("SYDNEY : Foreign Minister Alexander Downer dismissed the claims.", [("SYDNEY", "LEAD")], "Foreign"),
    ("BAGHDAD, Sept 12: At least 45 people died.", [("BAGHDAD", "PLACE")], "At"),
    ("NEW DELHI, AUG 29: Prime Minister Manmohan Singh spoke.", [("NEW DELHI", "PLACE")], "Prime"),
    ("ISLAMABAD, Pakistan : Sep 04 (PID) - President Pervez Musharraf spoke.",
     [("PID", "CREDIT"), ("ISLAMABAD", "PLACE")], "President"),
    ("Vatican, Sep. 13 (CWNews.com) - The Greek Orthodox Patriarch died.",
     [("CWNews.com", "CREDIT"), ("Vatican", "PLACE")], "The"),
    ("TBILISI, Georgia  Georgian President Mikhail Saakashvili appealed to world leaders.", [("TBILISI", "PLACE")],
     "Georgian"),
    ("Los Angeles Times - BAGHDAD  #8212; Militants said Tuesday that they had beheaded a hostage.",
     [("Los Angeles Times", "CREDIT"), ("BAGHDAD", "PLACE")], "Militants"),
    # guards: headlines, results and list lines of sport and market pages (CoNLL-2003) are no
    # datelines
    ("SOCCER - JAPAN GET FIRST WIN IN ASIAN CUP .", [], None),
    ("Leicester : Leicestershire beat Somerset by an innings and 39 runs .", [], None),
    ("Note - Figures are unadjusted , in billions of dollars .", [], None),
    ("Netherlands - Ronald de Boer ( 52nd minute ) , Van Gastel", [], None),
    ("Soccer - McCarthy names team to play Liechtenstein .", [], None),
    ("BRITAIN, France Agree on Trade Pact", [], None),
    ("Baghdad : Clashes Kill 12", [], None),
]


@pytest.mark.parametrize("text,parts,first", LINES)
def test_dateline_parts(text, parts, first):
    from kg.nlp import shared_pipeline
    from kg.nlp.components import _dateline
    from kg.resources import cue_classes

    doc = shared_pipeline().make_doc(text)
    found = _dateline(doc, 0, cue_classes()["news_agency"])
    assert [(s.text, s.label_) for s in found if s.label_ != "BODY"] == parts
    assert next((s.text for s in found if s.label_ == "BODY"), None) == first
