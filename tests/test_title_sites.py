"""A site word a title-case headline capitalises before its event noun ("Indict 2 Over August
Shrine Attack", "Police Arrest Suspect in Market Bombing"), which the tagger takes for part of a
name, is the act's site as "the shrine attack" would name it; the story's report of the act is the
same occurrence (one site per document and words), so the title's mention joins it. Not a word of
a site's name ("Erawan Shrine"). A table: text -> the whole record of each event. Real model;
texts written for this test."""

from __future__ import annotations

import pytest

from conftest import event_records


records = event_records

CASES = [
    ("Thai Authorities Indict 2 Over August Shrine Attack",
     [("Attack", "attack", ["Attack"], [], [], [], ["Place:shrine"])]),
    ("Police Arrest Suspect in Market Bombing",
     [("Coercion", "arrest", ["Arrest"], ["GovernmentBody:police"], ["Group:suspect"], [], []),
      ("Attack", "bombing", ["Bombing"], [], [], [], ["Place:market"])]),
    ("Thai Authorities Indict 2 Over August Shrine Attack\n\nThai authorities on Tuesday indicted two foreigners over "
     "the August bombing of the shrine in Bangkok that killed 20 people.",
     [("Attack", "bombing", ["Attack", "bombing", "killed"], [], ["Group:people of shrine", "Group:people/THA"], [],
       ["Place:Bangkok/THA", "Place:shrine"]),
      ("Condemnation", "indict", ["indicted"], ["GovernmentBody:Thai authorities/THA"], [], [], ["Place:Bangkok/THA"])]),
    # guard: a word of a site's name
    ("Police Hunt Erawan Shrine Attack Suspects", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_a_title_site_word_is_the_act_s_site(run, text, expected):
    assert records(run(text)) == expected


def test_a_month_before_the_title_site_word_is_no_part_of_a_name(run):
    # the headline parsed as a sentence hangs "August" on "Shrine", as a name's first word would
    # be; a month is none, so the title's "Shrine" is the site the story's shrine is (its mention)
    text = ("Thai Authorities Indict 2 Over August Shrine Attack\nA Bangkok military court has indicted two men "
            "accused of carrying out the August 17 bombing at a popular shrine that killed 20 people.\n")
    ex = run(text)
    sites = [e for k, e in ex.entities.items() if k.startswith("site:")]
    assert [(e.label, sorted(m.text for m in e.mentions)) for e in sites] == [("shrine", ["Shrine", "shrine"])]
