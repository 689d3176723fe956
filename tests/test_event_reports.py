"""Conflict-event reports as event datasets write them (issue 13): a place with its district and
province in brackets after it, also after a kind word ("Kherson city (Kherson)") and where the
model takes the place or a bracketed name for a person's; state forces named "X Forces of
<state>". Tables of sentence -> whole records, with the real model; sentences written for these
tests."""

from __future__ import annotations

import pytest

from test_triggers import records

REPORTS = [
    ("On 16 October 2023, Russian forces shelled Kherson city (Kherson), wounding 4 civilians.",
     [("Attack", "shell", "asserted", ["ArmedForce:Russian forces/RUS"], ["Country:Ukraine", "Group:civilians/UKR"], [],
       ["Place:Kherson/UKR"])]),
    ("On 3 March 2023, Al Shabaab militants attacked an AMISOM base in Bulo Marer (Marka, Lower Shabelle).",
     [("Attack", "attack", "asserted", ["ArmedForce:al-Shabab/SOM"], ["Organization:AMISOM", "Group:people of base"], [],
       ["Place:Bulo Marer/SOM", "Place:Marka/SOM"])]),
    ("On 9 July 2023, Military Forces of Myanmar shelled Pazigyi village (Kanbalu, Sagaing).",
     [("Attack", "shell", "asserted", ["ArmedForce:Tatmadaw/MMR"], ["Group:people of Pazigyi village/MMR"], [],
       ["Place:Pazigyi village/MMR"])]),
    ("The Armed Forces of the Democratic Republic of Congo attacked M23 positions.",
     [("Attack", "attack", "asserted", ["ArmedForce:Armed Forces of the Democratic Republic of Congo/COD"],
       ["ArmedForce:March 23 Movement/COD"], [], [])]),
    ("The Armed Forces of Ukraine shelled Donetsk.",
     [("Attack", "shell", "asserted", ["ArmedForce:Armed Forces of Ukraine/UKR"], ["Group:people of Donetsk/UKR"], [],
       ["Place:Donetsk/UKR"])]),
]


@pytest.mark.parametrize("text,expected", REPORTS, ids=[c[0][:40] for c in REPORTS])
def test_event_report_records(run, text, expected):
    assert records(run(text)) == expected


KINDS = [
    # the bracketed list names a district and a province: the names before and in it are places
    # of their one country, the one no data places too
    ("On 3 March 2023, Al Shabaab militants attacked an AMISOM base in Bulo Marer (Marka, Lower Shabelle).",
     {"Bulo Marer": ("Place", "SOM"), "Marka": ("Place", "SOM"), "Lower Shabelle": ("Place", "SOM")}),
    ("On 16 October 2023, Russian forces shelled Kherson city (Kherson), wounding 4 civilians.",
     {"Kherson": ("Place", "UKR")}),
    # a person with a state or towns in brackets, named after no preposition of place, stays a person
    ("Senator Ted Cruz (Texas) criticised the deal.", {"Ted Cruz": ("Person", None), "Texas": ("Place", "USA")}),
    ("The meeting in London was chaired by John Smith (Oxford, Cambridge).",
     {"John Smith": ("Person", None), "Oxford": ("Place", "GBR"), "Cambridge": ("Place", "GBR")}),
]


@pytest.mark.parametrize("text,expected", KINDS, ids=[c[0][:40] for c in KINDS])
def test_bracketed_admin_names(run, text, expected):
    ex = run(text)
    kinds = {e.label: (e.kind, e.country) for e in ex.entities.values() if e.mentions}
    assert {label: kinds.get(label) for label in expected} == expected


# towns the model takes for a person, a body or a facility, struck or attacked: the GeoNames town
# of their name (a person's name only by the town's own name: "attacked Khan" is the man), also
# where the parser took the name for an adverb ("attacked Bakhmut") and in English spelling
# ("Khan Younis" is Khān Yūnis)
STRUCK_TOWNS = [
    ("Israeli jets struck Khan Younis.",
     [("Attack", "strike", "asserted", ["Country:Israel"], ["Group:people of Khān Yūnis/PSE"], [], ["Place:Khān Yūnis/PSE"])]),
    ("Russian troops attacked Bakhmut.",
     [("Attack", "attack", "asserted", ["ArmedForce:Russian troops/RUS"], ["Group:people of Bakhmut/UKR"], [], ["Place:Bakhmut/UKR"])]),
    ("Russian forces shelled Kharkiv.",
     [("Attack", "shell", "asserted", ["ArmedForce:Russian forces/RUS"], ["Group:people of Kharkiv/UKR"], [], ["Place:Kharkiv/UKR"])]),
    ("The senator attacked Khan over the deal.",
     [("Attack", "attack", "asserted", ["GovernmentBody:senator"], ["Person:Khan"], [], [])]),
]


@pytest.mark.parametrize("text,expected", STRUCK_TOWNS, ids=[c[0][:40] for c in STRUCK_TOWNS])
def test_struck_towns_are_places(run, text, expected):
    assert records(run(text)) == expected
