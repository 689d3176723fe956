"""Within one document: a bare noun of an attack with no actor, target or place of its own ("it
was an assassination attempt") where several attacks fit is a mention of the one reported last before
it when that report is in its own sentence or the one just before; one reported further back is
no surer than any other, so it is left out. A crime a count charges ("two counts of murder") is
a kind of act, no report of one: no mention of the attack told before it. A table: text -> the
whole record of each event (type, trigger, mentions, agents, targets, participants, places as
kind:label/country). Real model; wire-style sentences written for this test."""

from __future__ import annotations

import pytest

from conftest import event_records


records = event_records

SHOT = ("Attack", "shoot", ["shot"], ["ArmedForce:gunmen/GBR"], ["GovernmentBody:British police/GBR"], [], ["Place:London/GBR"])
BOMBED = ("Attack", "bomb", ["bombed"], ["ArmedForce:al-Shabab/SOM"], ["Group:people of hotel"], [], ["Place:Mogadishu/SOM"])


def shelled(*more):
    return ("Attack", "shell", ["shelled", *more], ["ArmedForce:government forces/SOM"], ["Group:people of village"], [],
            ["Place:Baidoa/SOM"])


BARE_NOUNS = [
    # the attack of the sentence just before
    ("Gunmen shot a policeman in London on Monday. IRA men threw a bomb at the house of Edward Heath on Friday. "
     "It was an assassination attempt.",
     [SHOT, ("Attack", "throw", ["threw", "assassination"], ["ArmedForce:Irish Republican Army/GBR"],
             ["Person:Edward Heath/GBR", "Group:people of house"], [], ["Place:house"])]),
    ("Al-Shabaab militants bombed a hotel in Mogadishu on Friday. Government forces shelled a village near Baidoa on "
     "Saturday. Police said it was an assassination attempt.",
     [BOMBED, shelled("assassination")]),
    # the attack of its own sentence, told before it
    ("Gunmen shot a policeman in London on Monday. Two weeks later IRA men threw a bomb at the house of Edward Heath; "
     "their last attack was an assassination attempt.",
     [SHOT, ("Attack", "throw", ["threw", "attack", "was", "assassination"], ["ArmedForce:Irish Republican Army/GBR"],
             ["Person:Edward Heath/GBR", "Group:people of house"], [], ["Place:house"])]),
    # one with a target of its own stands as its own event, as before: it is no bare mention
    ("Gunmen shot a policeman in London on Monday. IRA men threw a bomb at a house in Belfast on Friday. "
     "It was an assassination attempt on Edward Heath.",
     [SHOT, ("Attack", "throw", ["threw"], ["ArmedForce:Irish Republican Army/GBR"], ["Group:people of house"], [],
             ["Place:house", "Place:Belfast/GBR"]),
      ("Attack", "assassination", ["assassination"], [], ["Person:Edward Heath/GBR"], [], [])]),
    # reported sentences further back: which one it means is no surer than a guess
    ("Al-Shabaab militants bombed a hotel in Mogadishu on Friday. Government forces shelled a village near Baidoa on "
     "Saturday. Residents fled the village. Police said it was an assassination attempt.",
     [BOMBED, shelled(),
      ("Incident", "flee", ["fled"], ["Group:residents/SOM"], [], [], ["Place:Baidoa/SOM"])]),
]

CHARGED = [
    # the crime a count charges is a kind of act
    ("Gunmen killed two guards at a bank in Lagos on Friday. The suspect will face trial on two counts of murder.",
     [("Attack", "kill", ["killed"], ["ArmedForce:gunmen/NGA"], ["Group:guards/NGA", "Group:people of bank"], [],
       ["Place:bank", "Place:Lagos/NGA"])]),
    # the murder a charge names, with its determiner, is the one reported
    ("Gunmen killed two guards at a bank in Lagos on Friday. The suspect faces a charge of the murder of a guard.",
     [("Attack", "kill", ["killed", "murder"], ["ArmedForce:gunmen/NGA"], ["Group:guards/NGA", "Group:people of bank"], [],
       ["Place:bank", "Place:Lagos/NGA"])]),
]


@pytest.mark.parametrize("text,expected", BARE_NOUNS, ids=[c[0][-50:] for c in BARE_NOUNS])
def test_a_bare_attack_noun_is_the_attack_reported_just_before(run, text, expected):
    assert records(run(text)) == expected


@pytest.mark.parametrize("text,expected", CHARGED, ids=[c[0][-50:] for c in CHARGED])
def test_a_crime_a_count_charges_is_no_report(run, text, expected):
    assert records(run(text)) == expected
