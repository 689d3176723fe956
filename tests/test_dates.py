"""Dates (issue 13.8): future references forward, counted expressions, times and zones; planned
and future acts not asserted. Published 2024-10-31, a Thursday."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import resolve_date

PUB = dt.date(2024, 10, 31)


@pytest.mark.parametrize("expression, forward, expected", [
    ("Tuesday", False, "2024-10-29"),          # news convention: the last one
    ("Tuesday", True, "2024-11-05"),           # a planned act: the next one
    ("Thursday", True, "2024-10-31"),          # the published day itself
    ("next Tuesday", False, "2024-11-05"),     # "next" says forward whatever the verb
    ("last Thursday", False, "2024-10-24"),
    ("two days ago", False, "2024-10-29"),
    ("a year ago", False, "2023"),
    ("three months ago", False, "2024-07"),
    ("in two days", False, "2024-11-02"),
    ("last week", False, "2024-10"),           # Oct 21-27: one month
    ("next week", False, "2024-11"),           # Nov 4-10
    ("last month", False, "2024-09"),
    ("next year", False, "2025"),
    ("several days ago", False, None),         # not countable
    ("June", False, "2024-06"),
    ("June", True, "2025-06"),
    ("November 3", True, "2024-11-03"),
    ("March 3", True, "2025-03-03"),
    ("March 3", False, "2024-03-03"),
    ("Thursday at 0300 GMT", False, "2024-10-31"),
    ("Saturday, 7:10 a.m. local time", False, "2024-10-26"),
    ("October 29, 2024", True, "2024-10-29"),  # a full date is what it says
    ("earlier this month", False, "2024-10"),  # the span the rest names
    ("late last week", False, "2024-10"),
    ("Monday night", False, "2024-10-28"),     # a part of a day is that day
    ("early Saturday morning", False, "2024-10-26"),
    # as event reports write dates: an approximate date, a range of days (its first), a weekday
    # before the date it names (the date, not the last such weekday)
    ("Around 11 August 2023", False, "2023-08-11"),
    ("Between 5 and 7 June", False, "2024-06-05"),
    ("3-4 March", False, "2024-03-03"),
    ("June 5-7", False, "2024-06-05"),
    ("Wednesday, 12 July", False, "2024-07-12"),
    ("Wednesday, July 12, 2023", False, "2023-07-12"),
    # a part of a day "of" the day: that day
    ("the night of 3-4 March", False, "2024-03-03"),
    ("the early hours of Sunday", False, "2024-10-27"),
    ("the morning of May 5", False, "2024-05-05"),
    # a weekend: the last one (the next for a planned act), as the month of its two days
    ("the weekend", False, "2024-10"),         # Oct 26-27
    ("the weekend", True, "2024-11"),          # Nov 2-3
    ("next weekend", False, "2024-11"),
    ("last weekend", False, "2024-10"),
    # "two days later" counts from a moment told before, never from the report: no date
    ("two days later", False, None),
    ("two days from now", False, "2024-11-02"),
])
def test_resolve_date(expression, forward, expected):
    assert resolve_date(expression, PUB, forward) == expected


def test_a_week_across_two_months_has_no_month():
    assert resolve_date("last week", dt.date(2024, 11, 6)) is None  # Oct 28 - Nov 3


def test_a_weekend_across_two_months_has_no_month():
    assert resolve_date("the weekend", dt.date(2024, 9, 2)) is None  # Aug 31 - Sep 1
    # on a Saturday, "last weekend" is the one before: Nov 2-3 published Nov 9
    assert resolve_date("last weekend", dt.date(2024, 11, 9)) == "2024-11"
    assert resolve_date("last weekend", dt.date(2024, 6, 1)) == "2024-05"  # May 25-26, not Jun 1-2


@pytest.fixture(scope="module")
def run():
    from kg.extract import extract, load_rules
    from kg.ingest.document import Document
    from kg.nlp import shared_pipeline

    nlp, rules = shared_pipeline(), load_rules()

    def events(text: str):
        ex = extract(nlp(text), Document(text=text, source="t", published=PUB.isoformat()), rules)
        return [(e.type, e.modality, e.date) for e in ex.events if e.type != "Statement"]
    return events


@pytest.mark.parametrize("text, expected", [
    ("Joe Biden will meet Yoon Suk Yeol next Tuesday in Seoul, officials said.", ("Meeting", "hypothetical", "2024-11-05")),
    ("Joe Biden is to meet Yoon Suk Yeol on Tuesday in Seoul, officials said.", ("Meeting", "hypothetical", "2024-11-05")),
    ("Joe Biden is scheduled to visit Seoul on Tuesday, officials said.", ("Visit", "hypothetical", "2024-11-05")),
    ("Russia will send troops to Belarus in December, the ministry said.", ("MilitaryDeployment", "hypothetical", "2024-12")),
    ("Joe Biden met Yoon Suk Yeol on Tuesday in Seoul, officials said.", ("Meeting", "asserted", "2024-10-29")),
    ("Joe Biden met Yoon Suk Yeol two days ago in Seoul, officials said.", ("Meeting", "asserted", "2024-10-29")),
    ("North Korea fired a missile at 7:10 a.m. local time on Thursday, the JCS said.", ("WeaponTest", "asserted", "2024-10-31")),
    # the model's TIME entities date an act too: "last night", "this morning", "on Monday night"
    ("Police clashed with protesters in Dhaka last night.", ("Attack", "asserted", "2024-10-30")),
    ("Troops shelled the village this morning.", ("Attack", "asserted", "2024-10-31")),
    ("Rebels attacked the base on Monday night in Goma.", ("Attack", "asserted", "2024-10-28")),
    # an act named as the subject of a future verb is planned ("the talks will resume next week")
    ("The talks will resume next week in Geneva.", ("Meeting", "hypothetical", "2024-11")),
    ("The summit will take place in Brussels next month.", ("Meeting", "hypothetical", "2024-11")),
    # ... only a verb of its happening ("the bombing could mark a new chapter": it happened)
    ("The bombing in Kabul could mark a new chapter in the war.", ("Attack", "asserted", None)),
    ("On Wednesday, 12 July, protesters marched in Paris.", ("Protest", "asserted", "2024-07-12")),
    ("Around 11 August 2023, Fulani militia killed 3 farmers in Riyom.", ("Attack", "asserted", "2023-08-11")),
    # ... and a part of a day "of" a day, which the model cuts into a TIME and a DATE
    ("On the night of 3-4 March, drones struck Odesa.", ("Attack", "asserted", "2024-03-03")),
    ("Russian forces shelled Kharkiv in the early hours of Sunday.", ("Attack", "asserted", "2024-10-27")),
    # ... also where the model's TIME holds the "of" ("the night of" and "April 28")
    ("Rebels attacked the town on the night of April 28.", ("Attack", "asserted", "2024-04-28")),
    ("Militants attacked the base in the early hours of Monday.", ("Attack", "asserted", "2024-10-28")),
    ("Two days later, rebels seized the airport.", ("Attack", "asserted", None)),
])
def test_planned_acts(run, text, expected):
    assert expected in run(text)
