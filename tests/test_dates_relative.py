"""Relative dates resolved against the published date (Thursday 2 May 2024): backwards by news
convention, forwards after "next" or for an act set in the future ("will meet on Tuesday")."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import resolve_date

PUBLISHED = dt.date(2024, 5, 2)  # a Thursday

CASES = [
    # (expression, the act is in the future, resolved)
    ("Tuesday", False, "2024-04-30"),
    ("next Tuesday", False, "2024-05-07"),
    ("Tuesday", True, "2024-05-07"),
    ("Thursday", True, "2024-05-09"),  # a future Thursday is not today
    ("last Thursday", False, "2024-04-25"),
    ("two days ago", False, "2024-04-30"),
    ("a week ago", False, "2024-04-25"),
    ("three months ago", False, "2024-02"),
    ("last week", False, "2024-04"),
    ("next week", False, "2024-05"),
    ("next month", False, "2024-06"),
    ("next year", False, "2025"),
    ("June 5", True, "2024-06-05"),
    ("April", True, "2025-04"),
    ("April", False, "2024-04"),
    ("June 5", False, "2023-06-05"),
]


@pytest.mark.parametrize("expression,forward,expected", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_relative_date(expression, forward, expected):
    assert resolve_date(expression, PUBLISHED, forward) == expected


def test_a_meeting_announced_for_next_tuesday_is_hypothetical_and_dated_forward():
    from kg.extract import extract, load_rules
    from kg.ingest.document import Document
    from kg.nlp import shared_pipeline

    text = "Russia and Ukraine will sign a ceasefire agreement on Friday."
    ex = extract(shared_pipeline()(text), Document(text=text, source="test", published="2024-05-02"), load_rules())
    assert [(e.type, e.modality, e.date) for e in ex.events if e.trigger == "sign"] == \
        [("Agreement", "hypothetical", "2024-05-03")]
