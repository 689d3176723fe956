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
    # a definite mention of the one occurrence that fits is that one (it stood apart, an actorless
    # deployment in Ukraine, on the seed article), and what it led to names no place of it (below)
    ("North Korea has deployed thousands of troops to Russia, Seoul said. The deployment also raises fears of an "
     "escalation of the conflict in Ukraine.",
     [("MilitaryDeployment", "deploy", ["deployed", "deployment"], ["Country:North Korea"], ["Country:Russia"], [],
       ["Country:Russia"]),
      ("Statement", "say", ["said"], ["Country:South Korea"], [], [], [])]),
    # a round-up: an occurrence already told at two places GeoNames does not know is no one attack
    # that a bomb at a third gathers (all five towns of a wire round-up were one insurgents' attack)
    ("Insurgents attacked a military base near the town of Dhuluiyah on Monday. A roadside bomb in the town of Taji "
     "killed four people. A car bomb in the town of Tarmiyah wounded nine people. Checkpoint shootings in the town of "
     "Baaj killed two policemen.",
     [("Attack", "attack", ["attacked", "killed"], ["ArmedForce:insurgents"],
       ["ArmedForce:military", "Group:people of base", "Group:people"], [], ["Place:Dhuluiyah", "Place:Taji"]),
      ("Attack", "wound", ["wounded"], [], ["Group:people"], [], ["Place:Tarmiyah"]),
      ("Attack", "shooting", ["shootings", "killed"], [], ["GovernmentBody:police", "Group:people of checkpoint"], [],
       ["Place:Baaj", "Place:checkpoint"])]),
    # guards: a round-up's own place is still its own; towns that near tell no two apart
    ("Insurgents attacked a military base near the town of Dhuluiyah on Monday. A roadside bomb in the town of Taji "
     "killed four people. A car bomb in the town of Tarmiyah wounded nine people. A second bomb in Dhuluiyah killed "
     "two soldiers.",
     [("Attack", "attack", ["attacked", "killed", "killed"], ["ArmedForce:insurgents"],
       ["ArmedForce:military", "Group:people of base", "Group:people", "ArmedForce:soldiers"], [],
       ["Place:Dhuluiyah", "Place:Taji"]),
      ("Attack", "wound", ["wounded"], [], ["Group:people"], [], ["Place:Tarmiyah"])]),
    ("Gunmen attacked a checkpoint in Gaza City on Monday. An airstrike in Jabalya killed four people. The strike in "
     "Beit Lahia wounded nine people.",
     [("Attack", "attack", ["attacked", "airstrike", "killed", "strike", "wounded"], ["ArmedForce:gunmen/PSE"],
       ["Group:people of checkpoint", "Group:people/PSE"], [],
       ["Place:Gaza/PSE", "Place:Jabālyā/PSE", "Place:Bayt Lāhyā/PSE"])]),
    # guard: told at a town far from it, it is another occurrence
    ("Militants attacked a checkpoint in Baghdad on Monday. The bombing in Mosul killed five people.",
     [("Attack", "attack", ["attacked"], ["ArmedForce:militants/IRQ"], ["Group:people of checkpoint"], [],
       ["Place:Baghdad/IRQ"]),
      ("Attack", "bombing", ["bombing", "killed"], [], ["Group:people/IRQ"], [], ["Place:Mosul/IRQ"])]),
]


@pytest.mark.parametrize("text,expected", ELSEWHERE, ids=[c[0][:40] for c in ELSEWHERE])
def test_an_actorless_attack_joins_the_occurrence_a_reader_takes(run, text, expected):
    assert records(run(text)) == expected


# The place of an act named by a noun is one its own phrase or clause gives: not a place of what a
# verb it is the subject of says it led to ("raises fears in Europe"); the place of the act noun it
# stands in apposition to
NOUN_PLACES = [
    ("North Korea has deployed thousands of troops to Russia, Seoul said. The deployment also raises fears in Europe.",
     [("MilitaryDeployment", "deploy", ["deployed", "deployment"], ["Country:North Korea"], ["Country:Russia"], [],
       ["Country:Russia"]),
      ("Statement", "say", ["said"], ["Country:South Korea"], [], [], [])]),
    ("Three different attacks -- a car bomb, a roadside blast and a shooting -- in the northern city of Mosul left "
     "nine people dead.",
     [("Attack", "attack", ["attacks", "left"], [], ["Group:people/IRQ"], [], ["Place:Mosul/IRQ"]),
      ("Attack", "blast", ["blast"], [], [], [], ["Place:Mosul/IRQ"]),
      ("Attack", "shooting", ["shooting"], [], [], [], ["Place:Mosul/IRQ"])]),
    # guards: a place set before the subject, a verb of the act's harm, a passive, an object of people
    ("In Baghdad, the bombing sparked panic among residents.",
     [("Attack", "bombing", ["bombing"], [], [], [], ["Place:Baghdad/IRQ"])]),
    ("The bombing killed 12 people in Baghdad.",
     [("Attack", "bombing", ["bombing", "killed"], [], ["Group:people/IRQ"], [], ["Place:Baghdad/IRQ"])]),
    ("Explosions were heard near Kharkiv.",
     [("Attack", "explosion", ["Explosions"], [], [], [], ["Place:Kharkiv/UKR"])]),
    ("The protest drew thousands of people in Paris.",
     [("Protest", "protest", ["protest"], [], [], [], ["Place:Paris/FRA"])]),
]


@pytest.mark.parametrize("text,expected", NOUN_PLACES, ids=[c[0][:40] for c in NOUN_PLACES])
def test_an_act_noun_takes_the_place_its_own_phrase_gives(run, text, expected):
    assert records(run(text)) == expected
