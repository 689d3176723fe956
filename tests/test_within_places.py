"""Within one document: an attack told with no actor of its own ("a car bomb exploded in Mosul",
"the car bomb blast") is a further mention of the occurrence a reader takes it for: never one told
at another town or in another country (it stands as its own event, with its own place), and,
where it names its instrument and several fit, the one told at its place, else the one reported
last before it, not the one reported most often wherever it is. A long report of several attacks
(WikiEvents, wire round-ups) otherwise gave one attack the place of another. A table: text -> the
whole record of each event (type, trigger, mentions, agents, targets, participants, places as
kind:label/country). Real model; wire-style sentences written for this test."""

from __future__ import annotations

import pytest

from conftest import event_records


records = event_records

KIRKUK = ("Attack", "attack", ["attacked", "killing", "wounding"], ["ArmedForce:militants/IRQ"],
          ["GovernmentBody:Iraqi police/IRQ", "Group:people of police station", "Group:people/IRQ"], [], ["Place:Kirkuk/IRQ"])

ELSEWHERE = [
    # a bomb at another town is another attack (it joined the one reported last before it)
    ("Militants attacked a police station in Kirkuk on Monday. Gunmen attacked a checkpoint in Baghdad on Monday. "
     "Later a roadside bomb exploded in Mosul, killing one soldier.",
     [("Attack", "attack", ["attacked"], ["ArmedForce:militants/IRQ"],
       ["GovernmentBody:Iraqi police/IRQ", "Group:people of police station"], [], ["Place:Kirkuk/IRQ"]),
      ("Attack", "attack", ["attacked"], ["ArmedForce:gunmen/IRQ"], ["Group:people of checkpoint"], [], ["Place:Baghdad/IRQ"]),
      ("Attack", "explode", ["exploded", "killing"], [], ["ArmedForce:soldiers/IRQ"], [], ["Place:Mosul/IRQ"])]),
    ("Rebels shelled a village near Aleppo on Sunday. Government forces bombed a market in Idlib on Sunday. "
     "A car bomb exploded in Damascus on Sunday, killing six people.",
     [("Attack", "shell", ["shelled"], ["ArmedForce:rebels/SYR"], ["Group:people of village"], [], ["Place:Aleppo/SYR"]),
      ("Attack", "bomb", ["bombed"], ["ArmedForce:government forces/SYR"], ["Group:people of market"], [], ["Place:Idlib/SYR"]),
      ("Attack", "explode", ["exploded", "killing"], [], ["Group:people/SYR"], [], ["Place:Damascus/SYR"])]),
    # (it joined the one reported most often)
    ("Militants attacked a police station in Kirkuk on Monday, killing four officers and wounding six. "
     "Gunmen attacked a checkpoint in Baghdad on Monday. A car bomb explosion in Mosul killed two soldiers.",
     [KIRKUK,
      ("Attack", "attack", ["attacked"], ["ArmedForce:gunmen/IRQ"], ["Group:people of checkpoint"], [], ["Place:Baghdad/IRQ"]),
      ("Attack", "explosion", ["explosion", "killed"], [], ["ArmedForce:soldiers/IRQ"], [], ["Place:Mosul/IRQ"])]),
    # an instrument's act with no place of its own: the attack reported last before it, not the
    # one reported most often
    ("Militants attacked a police station in Kirkuk on Monday, killing four officers and wounding six. "
     "Gunmen attacked a checkpoint in Baghdad on Monday. The car bomb blast damaged nearby shops.",
     [KIRKUK,
      ("Attack", "attack", ["attacked", "blast", "damaged"], ["ArmedForce:gunmen/IRQ"],
       ["Group:people of checkpoint", "Group:people of shops"], [], ["Place:Baghdad/IRQ", "Place:shops"])]),
    ("Militants attacked a police station in Kirkuk on Monday, killing four officers and wounding six. "
     "Gunmen attacked a checkpoint in Baghdad on Monday. Witnesses heard the car bomb explosion from miles away.",
     [KIRKUK,
      ("Attack", "attack", ["attacked", "explosion"], ["ArmedForce:gunmen/IRQ"], ["Group:people of checkpoint"], [],
       ["Place:Baghdad/IRQ"])]),
    # guards: told at the place of one of them, it is that one, even reported before the last
    ("Militants attacked a police station in Kirkuk on Monday, killing four officers. Gunmen attacked a checkpoint in "
     "Baghdad on Monday, killing two soldiers. A car bomb blast in Kirkuk also wounded six people.",
     [("Attack", "attack", ["attacked", "killing", "blast", "wounded"], ["ArmedForce:militants/IRQ"],
       ["GovernmentBody:Iraqi police/IRQ", "Group:people of police station", "Group:people/IRQ"], [], ["Place:Kirkuk/IRQ"]),
      ("Attack", "attack", ["attacked", "killing"], ["ArmedForce:gunmen/IRQ"], ["Group:people of checkpoint",
                                                                              "ArmedForce:soldiers/IRQ"], [], ["Place:Baghdad/IRQ"])]),
    # the one attack of the story; the one reported last before it
    ("Al-Shabaab militants attacked a hotel in Mogadishu on Friday. The bomb exploded near the gate, killing five guards.",
     [("Attack", "attack", ["attacked", "exploded", "killing"], ["ArmedForce:al-Shabab/SOM"],
       ["Group:people of hotel", "Group:guards"], [], ["Place:Mogadishu/SOM", "Place:gate"])]),
    ("Rebels shelled a village near Aleppo on Sunday. Government forces bombed a market in Idlib on Sunday, and Russian "
     "jets struck Homs. Witnesses said the bombs fell near a school.",
     [("Attack", "shell", ["shelled"], ["ArmedForce:rebels/SYR"], ["Group:people of village"], [], ["Place:Aleppo/SYR"]),
      ("Attack", "bomb", ["bombed"], ["ArmedForce:government forces/SYR"], ["Group:people of market"], [], ["Place:Idlib/SYR"]),
      ("Attack", "strike", ["struck", "fell"], ["Country:Russia"], ["Group:people of Homs/SYR"], [],
       ["Place:Homs/SYR", "Place:school"])]),
    ("Gunmen attacked a hotel in Kabul on Friday, killing five people. Hours after the explosion, police raided a house "
     "in Jalalabad.",
     [("Attack", "attack", ["attacked", "killing", "explosion"], ["ArmedForce:gunmen/AFG"],
       ["Group:people of hotel", "Group:people/AFG"], [], ["Place:Kabul/AFG"]),
      ("Attack", "raid", ["raided"], ["GovernmentBody:Afghan police/AFG"], ["Group:people of house"], [],
       ["Place:Jalālābād/AFG"])]),
    # a definite mention of the one occurrence that fits is that one, whatever country its clause
    # names (it stood apart, an actorless deployment in Ukraine, on the seed article)
    ("North Korea has deployed thousands of troops to Russia, Seoul said. The deployment also raises fears of an "
     "escalation of the conflict in Ukraine.",
     [("MilitaryDeployment", "deploy", ["deployed", "deployment"], ["Country:North Korea"], ["Country:Russia"], [],
       ["Country:Russia", "Country:Ukraine"]),
      ("Statement", "say", ["said"], ["Country:South Korea"], [], [], [])]),
    # guard: told at a town far from it, it is another occurrence
    ("Militants attacked a checkpoint in Baghdad on Monday. The bombing in Mosul killed five people.",
     [("Attack", "attack", ["attacked"], ["ArmedForce:militants/IRQ"], ["Group:people of checkpoint"], [],
       ["Place:Baghdad/IRQ"]),
      ("Attack", "bombing", ["bombing", "killed"], [], ["Group:people/IRQ"], [], ["Place:Mosul/IRQ"])]),
]


@pytest.mark.parametrize("text,expected", ELSEWHERE, ids=[c[0][:40] for c in ELSEWHERE])
def test_an_actorless_attack_joins_the_occurrence_a_reader_takes(run, text, expected):
    assert records(run(text)) == expected
