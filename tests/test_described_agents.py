"""Within one document, an act whose agents are only described ("a former employee opened fire")
and the one act of the same word that names its agent ("Kirkpatrick opened fire") are one event
where their dates, places, weapons and those acted on agree (issue 13, ECB+ dev half: topic 18's
office shooting and topic 3's courthouse killings were told twice in one story, and the described
telling fused with no other story). A table of texts and the whole record of each event they
yield (type, trigger, agents, targets and places as kind:label/country, mention texts), with the
real model. Texts written for these tests in wire style."""

from __future__ import annotations

import pytest

from conftest import entity_name as _name


def records(ex) -> list[tuple]:
    return [(e.type, e.trigger, [_name(ex, k) for k in e.agents], [_name(ex, k) for k in e.targets],
             [_name(ex, k) for k in e.places], [m.text for m in e.mentions]) for e in ex.events if e.type == "Attack"]


CASES = [
    # the described shooter is the one named: one event, with both and the toll
    ("Police say Eric Kirkpatrick opened fire at a Vancouver office party on Friday. "
     "A former employee opened fire at the party, killing one man.",
     [("Attack", "open", ["Person:Eric Kirkpatrick", "Group:former employee"],
       ["Country:Canada", "Group:man"], ["Place:Vancouver/CAN"], ["opened", "opened", "killing"])]),
    # the same people acted on, described alike ("two guards", "the guards")
    ("A gunman shot two guards at a bank in Lyon on Monday. Police said Jean Dupont shot the guards.",
     [("Attack", "shoot", ["Person:Jean Dupont", "ArmedForce:gunmen/FRA"], ["Group:guards/FRA", "Group:people of bank"],
       ["Place:Lyon/FRA"], ["shot", "shot"])]),
    # others acted on: two acts
    ("The Taliban shot two policemen in Kandahar, and the army shot a man.",
     [("Attack", "shoot", ["ArmedForce:Taliban/AFG"], ["GovernmentBody:Afghan police/AFG"], ["Place:Kandahār/AFG"], ["shot"]),
      ("Attack", "shoot", ["ArmedForce:army/AFG"], ["Group:man/AFG"], ["Place:Kandahār/AFG"], ["shot"])]),
    # another city: two acts
    ("Jean Dupont shot a tourist in Lyon. A gunman shot two guards in Marseille.",
     [("Attack", "shoot", ["Person:Jean Dupont"], ["Group:tourist"], ["Place:Lyon/FRA"], ["shot"]),
      ("Attack", "shoot", ["ArmedForce:gunmen/FRA"], ["Group:guards/FRA"], ["Place:Marseille/FRA"], ["shot"])]),
    # two named shooters: which one the gunman is goes unsaid
    ("Jean Dupont shot a tourist in Lyon. Pierre Martin shot a guard in Lyon. A gunman shot a man in Lyon.",
     [("Attack", "shoot", ["Person:Jean Dupont"], ["Group:tourist"], ["Place:Lyon/FRA"], ["shot"]),
      ("Attack", "shoot", ["Person:Pierre Martin"], ["Country:France"], ["Place:Lyon/FRA"], ["shot"]),
      ("Attack", "shoot", ["ArmedForce:gunmen/FRA"], ["Group:man/FRA"], ["Place:Lyon/FRA"], ["shot"])]),
    # the one shot is not the shooter
    ("Jean Dupont shot a man in Lyon. A gunman shot Jean Dupont.",
     [("Attack", "shoot", ["Person:Jean Dupont"], ["Group:man/FRA"], ["Place:Lyon/FRA"], ["shot"]),
      ("Attack", "shoot", ["ArmedForce:gunmen"], ["Person:Jean Dupont"], [], ["shot"])]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_a_described_agent_joins_the_one_named_act(run, text, expected):
    assert records(run(text)) == expected
