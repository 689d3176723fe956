"""Within one document: an event whose only arguments are sites the document describes without a
name ("the prison where an inmate used a gun to escape", "the market where a bomb exploded") names
nothing that tells it apart, so it is a mention of the one event of its type the document reports
with an actor and the same trigger word, before or after it; where several such events fit, where
that event is told by another word, or where it acts on anyone (the site's people too), it stays
its own event. A table: text -> the whole record of each event (type, trigger, mentions,
agents, targets, participants, places as kind:label/country). Real model; wire-style sentences
written for this test."""

from __future__ import annotations

import pytest

from conftest import event_records


records = event_records


DESCRIBED_SITES = [
    # the one escape of the story, told after the site where it began
    ("The prison where an inmate got a gun that he later used to escape has a new warden. "
     "Arcade Comeaux escaped from a prison van in Baytown on Monday.",
     [("Incident", "escape", ["escape", "escaped"], ["Person:Arcade Comeaux"], [], [],
       ["Place:Baytown/USA", "Place:prison"])]),
    ("Guards searched the jail where a prisoner escaped. Joaquin Guzman escaped from a jail in Sinaloa on Saturday.",
     [("Incident", "escape", ["escaped", "escaped"], ["Person:Joaquin Guzman"], [], [], ["Place:Sinaloa/MEX", "Place:jail"])]),
    ("Officials reopened the mosque where a bomb exploded. Al-Shabaab militants exploded a bomb at a mosque in Mogadishu on Friday.",
     [("Attack", "explode", ["exploded", "exploded"], ["ArmedForce:al-Shabab/SOM"], ["Group:people of mosque"], [],
       ["Place:mosque", "Place:Mogadishu/SOM"])]),
    # told by another word: a type holds many kinds of act ("died" is no mention of a flight)
    ("Officials closed the market where a bomb exploded. Al-Shabaab militants bombed the market in Mogadishu on Friday.",
     [("Attack", "explode", ["exploded"], [], [], [], ["Place:market"]),
      ("Attack", "bomb", ["bombed"], ["ArmedForce:al-Shabab/SOM"], ["Group:people of market"], [], ["Place:Mogadishu/SOM"])]),
    # two attacks it could be: neither
    ("Officials closed the market where a bomb exploded. Al-Shabaab militants bombed a hotel in Mogadishu on Friday. "
     "Government forces shelled a village near Baidoa on Saturday.",
     [("Attack", "explode", ["exploded"], [], [], [], ["Place:market"]),
      ("Attack", "bomb", ["bombed"], ["ArmedForce:al-Shabab/SOM"], ["Group:people of hotel"], [], ["Place:Mogadishu/SOM"]),
      ("Attack", "shell", ["shelled"], ["ArmedForce:government forces/SOM"], ["Group:people of village"], [],
       ["Place:Baidoa/SOM"])]),
    # an act on someone, even the people of the site, is its own: harm done to them
    ("A bomb exploded in a market on Friday, killing three people. "
     "Al-Shabaab militants attacked a police station in Mogadishu on Friday.",
     [("Attack", "explode", ["exploded", "killing"], [], ["Group:people of market", "Group:people"], [], ["Place:market"]),
      ("Attack", "attack", ["attacked"], ["ArmedForce:al-Shabab/SOM"],
       ["GovernmentBody:Somali police/SOM", "Group:people of police station"], [], ["Place:Mogadishu/SOM"])]),
    # someone acted on ("a man") is its own: one man shot at a hotel is not another killed in Kabul
    ("The hotel where a man was shot dead reopened. Gunmen killed a man in Kabul on Friday.",
     [("Attack", "shoot", ["shot"], [], ["Group:man"], [], ["Place:hotel"]),
      ("Attack", "kill", ["killed"], ["ArmedForce:gunmen/AFG"], ["Group:man"], [], ["Place:Kabul/AFG"])]),
]


@pytest.mark.parametrize("text,expected", DESCRIBED_SITES, ids=[c[0][:40] for c in DESCRIBED_SITES])
def test_an_event_at_a_described_site_is_the_one_event_of_its_type(run, text, expected):
    assert records(run(text)) == expected
