"""Attack mentions and their roles, by category of error read on the development half of
WikiEvents (issue 13): a table of texts and the whole record of each event they yield (type,
trigger, modality, agents, targets, weapons, places as kind:label/country, and the mentions).
Texts written for these tests in wire style, with the real model."""

from __future__ import annotations

import pytest

from conftest import entity_name as _name


def records(ex) -> list[tuple]:
    return [(e.type, e.trigger, e.modality, [_name(ex, k) for k in e.agents], [_name(ex, k) for k in e.targets],
             [ex.entities[k].label for k in e.weapons], [_name(ex, k) for k in e.places], [m.text for m in e.mentions])
            for e in ex.events]


CASES = [
    # a site an attack is aimed at, described without a name, stands for the people there: its
    # object, the object of "at"/"on"/"of", a passive's subject (also through "a row of")
    ("Gunmen attacked a hotel in Mogadishu on Sunday.",
     [("Attack", "attack", "asserted", ["ArmedForce:gunmen/SOM"], ["Group:people of hotel"], [],
       ["Place:Mogadishu/SOM"], ["attacked"])]),
    ("A bomb exploded at a crowded cafe in Baghdad.",
     [("Attack", "explode", "asserted", [], ["Group:people of cafe"], ["explosive"], ["Place:cafe", "Place:Baghdad/IRQ"],
       ["exploded"])]),
    ("A row of shops was destroyed in Kabul.",
     [("Attack", "destroy", "asserted", [], ["Group:people of shops"], [], ["Place:Kabul/AFG"], ["destroyed"])]),
    # ... beside the state it lies in, when the attacker is of another
    ("Russian jets bombed a hospital in Idlib.",
     [("Attack", "bomb", "asserted", ["Country:Russia"], ["Country:Syria", "Group:people of hospital"],
       ["military aircraft"], ["Place:Idlib/SYR"], ["bombed"])]),
    # a weapon by whose it is: its owner attacked; a unit of a body is that body
    ("A Taliban car bomb exploded near the governor's office in Kandahar.",
     [("Attack", "explode", "asserted", ["ArmedForce:Taliban/AFG"], [], ["explosive"], ["Place:Kandahār/AFG"],
       ["exploded"])]),
    ("An IRA unit planted a bomb at the station.",
     [("Attack", "plant", "asserted", ["ArmedForce:Irish Republican Army/GBR"], ["Group:people of station"],
       ["explosive"], ["Place:station"], ["planted"])]),
    # "without warning": no warning was given, and the parser's phrases hung on it are the act's
    ("Soldiers opened fire without warning at a crowd in Hebron.",
     [("Attack", "open", "asserted", ["ArmedForce:soldiers/PSE"], ["Group:crowd/PSE"], [], ["Place:Hebron/PSE"],
       ["opened"])]),
    # ... also where the tagger took the noun for a verb's gerund
    ("Twin bombs exploded near the finish line on April 15, 2013, killing three people. Tsarnaev was found guilty "
     "of injuring 264 in the April 15, 2013, bombing at the race.",
     [("Attack", "explode", "asserted", [], ["Group:people"], ["explosive"], ["Place:finish line"], ["exploded", "killing"]),
      ("Attack", "injure", "asserted", ["Person:Tsarnaev"], ["Group:people"], [], [], ["injuring", "bombing"])]),
    # a participle with an object is the noun's own verb ("bombings ... killed"), not a passive
    ("A wave of bombings across Iraq killed at least 30 people.",
     [("Attack", "bombing", "asserted", [], ["Group:people/IRQ"], [], ["Country:Iraq"], ["bombings", "killed"])]),
    # a title-case headline's event noun (tagged as a name) names the occurrence the story reports
    # after it
    # (and the arrest the title tells is an event of its own)
    ("Police Arrest Suspect in Market Bombing\nA bomb exploded in a market in Peshawar on Monday, killing six people.",
     [("Coercion", "arrest", "asserted", ["GovernmentBody:police"], ["Group:suspect"], [], [], ["Arrest"]),
      ("Attack", "explode", "asserted", [], ["Group:people of market", "Group:people/PAK"], ["explosive"], ["Place:market", "Place:Peshawar/PAK"],
       ["Bombing", "exploded", "killing"])]),
    # a noun with its own date (cut off by the comma after the year) names that day's occurrence;
    # the month May is no modal
    ("A bomb exploded in Kabul on May 3, 2021, killing six people. Two days after the May 3, 2021, bombing, "
     "police arrested a man.",
     [("Attack", "explode", "asserted", [], ["Group:people/AFG"], ["explosive"], ["Place:Kabul/AFG"],
       ["exploded", "killing", "bombing"]),
      ("Coercion", "arrest", "asserted", ["GovernmentBody:police"], ["Group:man"], [], [], ["arrested"])]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_attack_mentions(run, text, expected):
    assert records(run(text)) == expected


def test_people_of_a_site_are_of_its_document(run):
    """The people of a described site are mentioned where the site is, and, like the site, are
    one actor of their document only (the key carries the site's digest, never a bare label that
    would join "people of hotel" across stories)."""
    ex = run("Gunmen attacked a hotel in Mogadishu on Sunday.")
    key = ex.events[0].targets[0]
    assert key.startswith("group:~") and [m.text for m in ex.entities[key].mentions] == ["hotel"]
    site = next(k for k, e in ex.entities.items() if k.startswith("site:~"))
    assert key.split(":")[1] == site.split(":")[1]



ROLES = [
    # who is held to be involved in an act, or behind it, did it
    ("The investigations have revealed that 34 people are involved in the failed assassination attempt.",
     [("Attack", "assassination", "asserted", ["Group:people"], [], [], [], ["assassination"])]),
    ("Police believe the gang was behind the bombing of the hotel.",
     [("Attack", "bombing", "asserted", ["Group:gang"], ["Group:people of hotel"], [], ["Place:hotel"], ["bombing"])]),
    # the toll a relative clause tells; the people a participle of harm tells of, harmed by the
    # act it goes on from (one happening); a site harmed or hit stands for the people there
    ("The explosion, which killed 20 people, was heard across the city.",
     [("Attack", "explosion", "asserted", [], ["Group:people"], [], [], ["explosion", "killed"])]),
    ("The suicide bomber blew himself up at a checkpoint, killing five policemen.",
     [("Attack", "blow", "asserted", ["ArmedForce:suicide bombers"], ["Group:people of checkpoint", "GovernmentBody:police"],
       [], ["Place:checkpoint"], ["blew", "killing"])]),
    ("The blast destroyed the building and damaged nearby shops.",
     [("Attack", "blast", "asserted", [], ["Group:people of building", "Group:people of shops"], [],
       ["Place:building"], ["blast", "destroyed", "damaged"])]),
    ("The bus was hit by a roadside bomb.",
     [("Attack", "hit", "asserted", [], ["Group:people of bus"], ["explosive"], ["Place:bus"], ["hit"])]),
    # whom a fight is "with" is its target; designations of improvised explosives are weapons
    ("Tamerlan was killed in a shootout with police in Watertown.",
     [("Attack", "shootout", "asserted", [], ["Person:Tamerlan", "GovernmentBody:American police/USA"], [],
       ["Place:Watertown/USA"], ["killed", "shootout"])]),
    ("Militants detonated two DBIEDs near the parade.",
     [("Attack", "detonate", "asserted", ["ArmedForce:militants"], [], ["explosive"], ["Place:parade"], ["detonated"])]),
    # the one kept from an act would do it ("discourage X from killing")
    ("She urged him to show remorse to discourage other jihadis from killing people in similar attacks.",
     [("Attack", "attack", "asserted", ["ArmedForce:other jihadists"], ["Group:people"], [], [], ["killing", "attacks"])]),
]


@pytest.mark.parametrize("text,expected", ROLES, ids=[c[0][:40] for c in ROLES])
def test_attack_roles(run, text, expected):
    assert records(run(text)) == expected


def test_relative_pronoun_is_a_mention(run):
    """"McWatters, who lost a leg in the attack": "who", standing for the person, is a mention of her."""
    ex = run("Karen McWatters, who lost a leg in the attack, spoke on Monday.")
    target = ex.entities[ex.events[0].targets[0]]
    assert (target.label, sorted(m.text for m in target.mentions)) == ("Karen McWatters", ["Karen McWatters", "who"])


def test_the_country_is_a_mention_of_the_state_named_before(run):
    """"The country has since come under frequent US bombardment": the state named last before
    it, and a mention of it."""
    ex = run("US air attacks in Afghanistan have shot up since 2014. The country has since come under frequent US bombardment.")
    assert [_name(ex, k) for k in ex.events[0].targets] == ["Country:Afghanistan"]
    assert "The country" in [m.text for m in ex.entities["country:AFG"].mentions]
