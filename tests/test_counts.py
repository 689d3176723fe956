"""How many were acted on, where the text counts them (issue 13, ECB+ dev half: "captured 23
pirates", "capturing 23 of the raiders" and "nabbed 23 sea brigands" are one capture, however the
pirates are described). A table of sentences and the whole (type, trigger, counts) of each event.
With the real model."""

from __future__ import annotations

import pytest

CASES = [
    # (people captured are arrested: a Coercion since 53fb049, as "arrested 23 pirates" is)
    ("The Indian navy captured 23 pirates in the Gulf of Aden.", [("Coercion", "capture", [23])]),
    ("Indian naval forces came to the rescue of a vessel, capturing 23 of the raiders.", [("Coercion", "capture", [23])]),
    ("The murder of three bank workers shocked Athens.", [("Attack", "murder", [3])]),
    ("Three men were arrested on Friday.", [("Coercion", "arrest", [3])]),
    # one document's acts fused into one event keep every count
    ("Gunmen killed four people and wounded 12.", [("Attack", "kill", [4, 12])]),
    # one is no count ("a man"), nor a number that is no one acted on
    ("Police arrested a man on Friday.", [("Coercion", "arrest", [])]),
    ("Police arrested one man in 2019.", [("Coercion", "arrest", [])]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_counts_of_those_acted_on(run, text, expected):
    assert [(e.type, e.trigger, e.counts) for e in run(text).events] == expected
