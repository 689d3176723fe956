"""An act noun as the subject of a verb of harm ("The bombing of the Marriott Hotel killed 54
people"): what its "of" names is what the act was done to (the registry's target prepositions of
its type), never the doer of what the act did; a possessor is still the doer ("The Taliban's
attack ... killed"). A table: text -> the whole record of each event (type, trigger, mentions,
agents, targets, participants, places as kind:label/country). Real model; sentences written for
this test."""

from __future__ import annotations

import pytest

from conftest import event_records


records = event_records

CASES = [
    ("The bombing of the Marriott Hotel killed 54 people.",
     [("Attack", "bombing", ["bombing", "killed"], [], ["Group:people", "Organization:Marriott Hotel"], [], [])]),
    ("The bombing of the Marriott Hotel in Islamabad killed 54 people.",
     [("Attack", "bombing", ["bombing", "killed"], [], ["Group:people/PAK", "Organization:Marriott Hotel"], [],
       ["Place:Islamabad/PAK"])]),
    # guard: a possessor does the act
    ("The Taliban's attack on the base killed 12 soldiers.",
     [("Attack", "attack", ["attack", "killed"], ["ArmedForce:Taliban/AFG"], ["ArmedForce:soldiers", "Group:people of base"], [],
       ["Place:base"])]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_what_an_act_is_done_to_is_no_doer(run, text, expected):
    assert records(run(text)) == expected
