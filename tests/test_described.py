"""Actors without names and events without agents, on single sentences with the real model: a
table of sentences and the whole record of each event they yield (type, trigger, agents,
targets and places as kind:label/country). Sentences written for these tests in wire style."""

from __future__ import annotations

import pytest

from conftest import entity_name as _name


def records(ex) -> list[tuple]:
    return [(e.type, e.trigger, [_name(ex, k) for k in e.agents], [_name(ex, k) for k in e.targets],
             [_name(ex, k) for k in e.places]) for e in ex.events]


CASES = [
    # described armed people are an armed force; the people they kill a group
    ("Unidentified gunmen killed three villagers in Helmand on Sunday.",
     [("Attack", "kill", ["ArmedForce:unidentified gunmen/AFG"], ["Group:villagers/AFG"], ["Place:Helmand/AFG"])]),
    # police are the government body of the state the place gives
    ("Police fired tear gas at protesters in Nairobi.",
     [("Coercion", "fire", ["GovernmentBody:Kenyan police/KEN"], ["Group:Kenyan protesters/KEN"], ["Place:Nairobi/KEN"]),  # crowd control
      ("Protest", "protest", ["Group:Kenyan protesters/KEN"], [], ["Place:Nairobi/KEN"])]),  # (theirs: the protesting cue)
    # a compound names the group; the place gives its state
    ("Suicide bombers attacked a checkpoint in Kabul.",
     [("Attack", "attack", ["ArmedForce:suicide bombers/AFG"], ["Group:people of checkpoint"], ["Place:Kabul/AFG"])]),
    # agentless: a passive keeps its target and place; the agent is left out, never invented
    ("A man was shot dead in Guadalajara on Friday.",
     [("Attack", "shoot", [], ["Group:man/MEX"], ["Place:Guadalajara/MEX"])]),
    ("The body of a journalist was found dead in Veracruz.",  # the finder is no attacker
     [("Attack", "find", [], ["Group:journalist/MEX"], ["Place:Veracruz/MEX"])]),
    # an instrument as subject; the place of what it went off near
    ("A bomb went off outside a police station in Peshawar.",
     [("Attack", "go", [], [], ["Place:police station", "Place:Peshawar/PAK"])]),
    # a bare nominal event placed by its verb
    ("A protest was held in Paris on Saturday.", [("Protest", "protest", [], [], ["Place:Paris/FRA"])]),
    ("Police clashed with protesters in Santiago.",
     [("Attack", "clash", ["GovernmentBody:Chilean police/CHL"], ["Group:protesters/CHL"], ["Place:Santiago/CHL"]),
      ("Protest", "protest", ["Group:protesters/CHL"], [], ["Place:Santiago/CHL"])]),
    ("Residents took to the streets of Beirut on Saturday.", [("Protest", "take", ["Group:residents/LBN"], [], ["Place:Beirut/LBN"])]),
    ("Assailants lobbed a grenade at a police patrol in Srinagar.",
     [("Attack", "lob", ["ArmedForce:assailants/IND"], ["GovernmentBody:Indian police/IND", "Group:people of police patrol"], ["Place:police patrol", "Place:Srinagar/IND"])]),
    ("The two sides carried out a prisoner exchange in Istanbul.",
     [("Agreement", "exchange", [], [], ["Place:Istanbul/TUR"])]),
    # sense checks: sport, accidents, illness, a cause as subject
    ("Spain beat Italy in the final match of the tournament.", []),
    # (harm by an accident or a disaster is no attack but a happening of no other type)
    ("Three people were killed in a car crash in Lagos.", [("Incident", "kill", [], [], ["Place:Lagos/NGA"])]),
    # (no attack; the death is a happening its sentence places, as "killed in a car crash in Lagos")
    ("He died of a heart attack in Paris.", [("Incident", "die", [], [], ["Place:Paris/FRA"])]),
    # undone, peaceful or fought causes are no attacks, sanctions or shows of force (lifting
    # sanctions is a concession, donating supplies aid: CAMEO 08 and 07)
    ("The United States lifted long-standing sanctions against Sudan on Friday.",
     [("Concession", "lift", ["Country:United States"], ["Country:Sudan"], [])]),
    # (a deployment of peacekeepers is protection given: aid, CAMEO 074, no show of force)
    ("Britain is deploying 300 troops to the UN peacekeeping mission in Mali.",
     [("Aid", "deploy", ["Country:United Kingdom"], [], ["Country:Mali"])]),
    ("China donated medical supplies to African countries to fight COVID-19.",
     [("Aid", "donate", ["Country:China"], [], [])]),
    ("The EU imposed sanctions on Russia.",
     [("Sanction", "impose", ["InternationalOrganization:European Union"], ["Country:Russia"], [])]),
    # a cause is no actor: no agent, and no attack (an incident: a happening of no other type)
    ("A powerful earthquake hit southern Iran on Monday, killing at least 10 people.", []),
    ("Floods destroyed hundreds of homes in Kerala.", [("Incident", "destroy", [], [], ["Place:Kerala/IND"])]),
    # people described by kin, neighbourhood or trade are a group (groups.tsv): event_location's
    # "angry parents ... marched to the hall", "One neighbor ... staged a hunger strike to protest
    # it" made acts with no party, dropped
    ("Angry parents marched to the school board in Ohio on Monday.",
     [("Protest", "march", ["Group:angry parents/USA"], [], ["Place:Ohio/USA"])]),
    ("A neighbour stabbed the man in Leeds on Sunday.",
     [("Attack", "stab", ["Group:neighbours/GBR"], ["Group:man/GBR"], ["Place:Leeds/GBR"])]),
    ("Hundreds of labourers protested in Dhaka over unpaid wages.",
     [("Protest", "protest", ["Group:labourers/BGD"], [], ["Place:Dhaka/BGD"])]),
    # people named by their tie to others (kin_noun in cues.tsv) are not those others: "relatives
    # of the victims" made the victims protest
    ("Relatives of the victims protested outside the court in Lahore.",
     [("Protest", "protest", ["Group:relatives/PAK"], [], ["Place:Lahore/PAK"])]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_described_actors_and_agentless_events(run, text, expected):
    assert records(run(text)) == expected
