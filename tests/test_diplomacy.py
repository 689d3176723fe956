"""Diplomatic acts by category of error (issue 13): whom a protest or a recall is addressed to, and
whose officials are expelled or summoned. Tables of sentence -> the whole record of each event
(type, trigger, modality, agents, targets, participants, places as kind:label/country), with the
real model. Sentences written for these tests in wire style."""

from __future__ import annotations

import pytest

from test_triggers import records

# a protest lodged "with" a state, protesting "to" it, recalling an envoy "from" it: that state is
# the act's target when nothing else is
ADDRESSED = [
    ("China lodged a protest with Japan over the visit.",
     [("Condemnation", "lodge", "asserted", ["Country:China"], ["Country:Japan"], [], [])]),
    ("Japan protested to China over the incursion.",
     [("Condemnation", "protest", "asserted", ["Country:Japan"], ["Country:China"], [], [])]),
    ("The ministry filed a complaint with the United Nations.",
     [("Condemnation", "file", "asserted", ["GovernmentBody:ministry"], ["InternationalOrganization:United Nations"], [], [])]),
    ("Niger recalled its ambassador from France.",
     [("Sanction", "recall", "asserted", ["Country:Niger"], ["Country:France"], [], [])]),
    # not: a date, nor a state that condemns beside the doer
    ("The EU imposed sanctions from January on Russian banks.",
     [("Sanction", "impose", "asserted", ["InternationalOrganization:European Union"], ["Country:Russia"], [], [])]),
    ("France, with Germany, condemned the coup in Niger.",
     [("Condemnation", "condemn", "asserted", ["Country:France"], [], [], ["Country:Niger"])]),
]


@pytest.mark.parametrize("text,expected", ADDRESSED, ids=[c[0][:40] for c in ADDRESSED])
def test_a_diplomatic_act_targets_the_state_it_is_addressed_to(run, text, expected):
    assert records(run(text)) == expected


# the diplomats a state expels or the envoy it summons are another state's: the one the text gives
# ("from the Russian embassy", "from Russia"), or none; never the expelling state's
FOREIGN_OFFICIALS = [
    ("Britain expelled two diplomats from the Russian embassy.",
     [("Sanction", "expel", "asserted", ["Country:United Kingdom"], ["GovernmentBody:Russian diplomats/RUS"], [], [])]),
    ("Poland expelled diplomats from Russia on Monday.",
     [("Sanction", "expel", "asserted", ["Country:Poland"], ["GovernmentBody:Russian diplomats/RUS"], [], [])]),
    ("Ghana summoned the ambassador in Accra.",
     [("Condemnation", "summon", "asserted", ["Country:Ghana"], ["GovernmentBody:ambassador"], [], ["Place:Accra/GHA"])]),
    ("Britain expelled two Russian diplomats.",
     [("Sanction", "expel", "asserted", ["Country:United Kingdom"], ["GovernmentBody:Russian diplomats/RUS"], [], [])]),
    ("Police arrested two officials in Lagos.",  # officials arrested where they are stay that state's
     [("Coercion", "arrest", "asserted", ["GovernmentBody:Nigerian police/NGA"], ["GovernmentBody:Nigerian officials/NGA"], [],
       ["Place:Lagos/NGA"])]),
]


@pytest.mark.parametrize("text,expected", FOREIGN_OFFICIALS, ids=[c[0][:40] for c in FOREIGN_OFFICIALS])
def test_expelled_or_summoned_officials_are_another_states(run, text, expected):
    assert records(run(text)) == expected


# wire sentences (probes of 2026-12-03): blocking a package, a resolution or a bill is a rejection
# (CAMEO 12); revoking or scrapping a pact and suspending a state from a body reduce relations
# (CAMEO 16, geokg's Sanction); "the West" alone is no place (Cameroon's West region was its place);
# guards: officers suspended by their police, the West region named with its kind word
WIRE = [
    ('Hungary blocked an EU aid package for Ukraine.',
     [('Rejection', 'block', 'asserted', ['Country:Hungary'], ['InternationalOrganization:European Union'], [], [])]),
    ("Niger's junta revoked a military agreement with the United States.",
     [('Sanction', 'revoke', 'asserted', ['GovernmentBody:Nigerien junta/NER'], ['Country:United States'], [], [])]),
    ('The African Union suspended Gabon after the military coup.',
     [('Sanction', 'suspend', 'asserted', ['InternationalOrganization:African Union'], ['Country:Gabon'], [], [])]),
    ('Mali scrapped its defence accord with France.',
     [('Sanction', 'scrap', 'asserted', ['Country:Mali'], ['Country:France'], [], [])]),
    ('Washington condemned the move and Russia denounced the West.',
     [('Condemnation', 'condemn', 'asserted', ['Country:United States'], [], [], []), ('Condemnation', 'denounce', 'asserted', ['Country:Russia'], [], [], [])]),
    ('Police suspended two officers over the killing.',
     []),
    ('Gunmen killed five people in the West region of Cameroon.',
     [('Attack', 'kill', 'asserted', ['ArmedForce:gunmen/CMR'], ['Group:people/CMR'], [], ['Place:West/CMR', 'Country:Cameroon'])]),
]


@pytest.mark.parametrize("text,expected", WIRE, ids=[c[0][:40] for c in WIRE])
def test_wire_sentences(run, text, expected):
    assert records(run(text)) == expected

