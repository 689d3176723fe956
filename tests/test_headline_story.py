"""Within one document: the title tells in short the occurrence its story reports first. An event
told only in the title (the document's first line, no full stop) is a mention of the first one of
its type the story reports, where the two name a party or place in common and every party the
title names is one the story names (the same, its state, or the same people without their state:
"Troops" for "Indian troops"); one that names other parties, or is told elsewhere, stands as its
own. A table: text -> the whole record of each event (type, trigger, mentions, agents, targets,
participants, places as kind:label/country). Real model; wire-style texts written for this test."""

from __future__ import annotations

import pytest

from conftest import event_records


records = event_records

JOINED = [
    ("Troops Kill Two Militants in Kashmir\n\nIndian troops killed two militants in a gunbattle in Srinagar on Monday.",
     [("Attack", "gunbattle", ["Kill", "killed", "gunbattle"], ["ArmedForce:Indian troops/IND"], ["ArmedForce:militants"], [],
       ["Place:Srinagar/IND", "Place:Kashmir"])]),
    ("Soldiers Kill Palestinian Near Gaza-Israel Fence\n\nIsraeli soldiers shot and killed a Palestinian as he approached a "
     "security fence between Israel and the Gaza Strip, Israeli military sources said on Saturday.",
     [("Attack", "shoot", ["Kill", "shot", "killed"], ["ArmedForce:Israeli soldiers/ISR"], ["Group:Palestinian/PSE"], [], []),
      ("Statement", "say", ["said"], ["Country:Israel"], [], [], [])]),
    # a party the title names more precisely than the story ("president" for the state) stays
    ("Report says drones were used to attack Venezuela's president\n\nGovernment snipers attacked Venezuela's capital "
     "on Saturday, officials said.",
     [("Attack", "attack", ["attack", "attacked"], ["ArmedForce:snipers"],
       ["Country:Venezuela", "GovernmentBody:Venezuelan President/VEN"], [], []),
      ("Statement", "say", ["said"], ["GovernmentBody:Venezuelan officials/VEN"], [], [], [])]),
]

APART = [
    # other parties: the story's first attack is another one
    ("Rebels Kill Five Villagers in Congo\n\nGovernment troops attacked a rebel camp in Kivu on Monday.",
     # ("Congo" alone is the Democratic Republic, where Kivu is)
     [("Attack", "kill", ["Kill"], ["ArmedForce:rebels/COD"], ["Group:villagers/COD"], [], ["Country:Democratic Republic of the Congo"]),
      ("Attack", "attack", ["attacked"], ["ArmedForce:troops"], ["ArmedForce:rebels/COD", "Group:people of rebel camp"], [],
       ["Place:Kivu"])]),
]


@pytest.mark.parametrize("text,expected", JOINED, ids=[c[0][:40] for c in JOINED])
def test_a_title_event_is_the_story_s_first_report(run, text, expected):
    assert records(run(text)) == expected


@pytest.mark.parametrize("text,expected", APART, ids=[c[0][:40] for c in APART])
def test_a_title_event_with_other_parties_stands_apart(run, text, expected):
    assert records(run(text)) == expected
