"""A headline's past participle is a passive with "was" left out (issue 13, ECB+ dev half: "Jamal
Williams arrested on DUI suspicion" made Williams the one who arrested). A table of texts (a
headline line, then a body sentence) and the whole record of each event they yield: type,
trigger, agents, targets, and whether it names one occurrence. With the real model."""

from __future__ import annotations

import pytest

from conftest import entity_name as _name


def records(ex) -> list[tuple]:
    return [(e.type, e.trigger, [_name(ex, k) for k in e.agents], [_name(ex, k) for k in e.targets], bool(e.specific))
            for e in ex.events]


CASES = [
    # the subject of a headline's participle is the one acted on
    ("Chargers' Jamal Williams arrested on DUI suspicion\nThe defensive tackle was stopped on Sunday.",
     [("Coercion", "arrest", [], ["Person:Jamal Williams"], True)]),
    ("Jackson arrested on DUI charge\nHe was stopped.",
     [("Coercion", "arrest", [], ["Person:Jackson"], True)]),
    # (the rebels, attacked, fire back: armed people firing is an attack of theirs)
    ("Rebels attacked in Aleppo\nThey fired.",
     [("Attack", "attack", [], ["ArmedForce:rebels/SYR"], True), ("Attack", "fire", ["ArmedForce:rebels/SYR"], [], True)]),
    # the present tense of a headline is active, as is the past in running text
    ("Police arrest Jackson on DUI charge\nHe was stopped.",
     [("Coercion", "arrest", ["GovernmentBody:police"], ["Person:Jackson"], True)]),
    ("Police arrested Jackson on Sunday.",
     [("Coercion", "arrest", ["GovernmentBody:police"], ["Person:Jackson"], True)]),
    # a past with an object in a headline stays active
    ("Rioters bombed Greek bank\nIt burned.",
     [("Protest", "protest", ["Group:rioters"], [], False),
      ("Attack", "bomb", ["Group:rioters"], ["Country:Greece"], True)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_headline_participles(run, text, expected):
    assert records(run(text)) == expected
