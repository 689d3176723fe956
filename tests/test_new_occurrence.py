"""Within one document: an event noun that introduces an occurrence of its own is no mention of
one already told. "Another attack" names none told before it; a singular noun with "a"/"an" that is
the subject of its clause ("an explosion damaged a school nearby") names none told in its own
sentence (a sentence does not introduce what it has just told), though it may name one a headline
or an earlier sentence told. Mentions with "the", or after "in" ("killed in an attack"), join as
before. A table: text -> the whole record of each event (type, trigger, mentions, agents, targets,
participants, places as kind:label/country). Real model; wire-style sentences written for this test."""

from __future__ import annotations

import pytest

from conftest import event_records


records = event_records

KANDAHAR = ("Attack", "attack", ["attacked"], ["ArmedForce:gunmen/AFG"],
            ["GovernmentBody:Afghan police/AFG", "Group:people of police station"], [], ["Place:Kandahār/AFG"])
HOTEL = ["Group:people of hotel"]
CHECKPOINT = ("Attack", "attack", ["attacked"], ["ArmedForce:gunmen/AFG"], ["Group:people of checkpoint"], [], ["Place:Kabul/AFG"])

NEW = [
    # an explosion told as the subject of a clause of its own, beside an attack in its sentence
    ("Gunmen attacked a police station in Kandahar on Monday, and an explosion damaged a school nearby.",
     [KANDAHAR,
      ("Attack", "explosion", ["explosion", "damaged"], [], ["Group:people of school"], [], ["Place:Kandahār/AFG"])]),
    ("Rebels attacked the army base in Goma, residents said, and an explosion was heard in the market.",
     [("Attack", "attack", ["attacked"], ["ArmedForce:rebels/COD"], ["ArmedForce:army/COD", "Group:people of army base"], [],
       ["Place:Goma/COD"]),
      ("Attack", "explosion", ["explosion"], [], ["Group:people of market"], [], ["Place:market", "Place:Goma/COD"])]),
    # "another attack" is none told before it
    ("Gunmen attacked a checkpoint in Kabul on Monday. Another attack killed two soldiers.",
     [CHECKPOINT, ("Attack", "attack", ["attack", "killed"], [], ["ArmedForce:soldiers"], [], [])]),
    ("Gunmen attacked a checkpoint in Kabul on Monday. Soldiers were wounded in another attack near the city.",
     [CHECKPOINT, ("Attack", "attack", ["wounded", "attack"], [], ["ArmedForce:soldiers/AFG"], [], ["Place:Kabul/AFG"])]),
]

SAME = [
    # guards: "the attack" is the one told before it; so is "an attack" after "in"
    ("Gunmen attacked a hotel in Mogadishu. The attack killed five people.",
     [("Attack", "attack", ["attacked", "attack", "killed"], ["ArmedForce:gunmen/SOM"], [*HOTEL, "Group:people"], [],
       ["Place:Mogadishu/SOM"])]),
    ("Gunmen attacked a hotel in Mogadishu, killing five people in an attack that lasted hours.",
     [("Attack", "attack", ["attacked", "killing", "attack"], ["ArmedForce:gunmen/SOM"], [*HOTEL, "Group:people/SOM"], [],
       ["Place:Mogadishu/SOM"])]),
]


@pytest.mark.parametrize("text,expected", NEW, ids=[c[0][-50:] for c in NEW])
def test_an_event_noun_that_introduces_an_occurrence_stands_as_its_own(run, text, expected):
    assert records(run(text)) == expected


@pytest.mark.parametrize("text,expected", SAME, ids=[c[0][-50:] for c in SAME])
def test_a_definite_mention_still_joins(run, text, expected):
    assert records(run(text)) == expected
