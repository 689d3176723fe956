"""Actors from PETRARCH2's Phoenix dictionaries: the generator (tools/phoenix_lexicons.py), the
dated roles, and the lookup of the model's PERSON and ORG spans."""

from __future__ import annotations

import datetime as dt
import filecmp
import importlib.util
import sys
from pathlib import Path

import pytest

from kg.extract.entities import role_on

ROOT = Path(__file__).resolve().parents[1]
PETRARCH = ROOT.parent / "shared" / "data" / "petrarch2"


def _tool():
    spec = importlib.util.spec_from_file_location("phoenix_lexicons", ROOT / "tools" / "phoenix_lexicons.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


ROLES = ["AFG:ELI:1965-01-01:1993-06-17", "AFG:GOV:1993-06-17:1994-06-28", "AFG:ELI::"]


@pytest.mark.parametrize("roles, on, expected", [
    (ROLES, dt.date(1994, 1, 1), ("AFG", "government official")),  # in office that day
    (ROLES, dt.date(2019, 1, 1), ("AFG", None)),                   # out of office: the country stays
    (ROLES, None, ("AFG", None)),                                   # undated document: undated roles only
    (["-:IGO:1997-01-01:2006-12-31", "-:ELI::"], dt.date(1998, 3, 1), (None, "international official")),
    (["-:IGO:1997-01-01:2006-12-31", "-:ELI::"], dt.date(2019, 3, 1), (None, None)),
    (["USA:GOV:1989-01-20:1992-12-31", "GBR:GOV:2001-01-01:2003-01-01"], dt.date(2010, 1, 1), ("GBR", None)),
    (["USA:GOV:1989-01-20:1992-12-31", "GBR:GOV:2001-01-01:2003-01-01"], dt.date(1990, 1, 1), ("USA", "government official")),
    (["RUS:GOV:2004-03-09:"], dt.date(2019, 3, 1), ("RUS", "government official")),  # open-ended office
    (["bad", "RUS:MIL::"], None, ("RUS", "military officer")),
])
def test_role_on(roles, on, expected):
    assert role_on(roles, on) == expected


ACTORS = """# a comment
AFGHANISTAN_  [AFG]
+AFGHAN_
GULBUDDIN_HEKMATYAR_  # CountryInfo.txt
\t[AFGELI 650101-930617]
\t[AFGGOV 930617-940628]
\t[AFGELI]
BASHAR_AL_ASSAD_  ; CountryInfo.txt
+AMBASSADOR_ASSAD_
\t[SYRGOV >20000717]
ASSAD_REGIME_ [SYRGOV]
"""


def test_generator_reads_tabari_records(tmp_path):
    tool = _tool()
    path = tmp_path / "a.actors.txt"
    path.write_text(ACTORS, encoding="utf-8")
    records = tool.parse_actors(path)
    assert [r.phrase for r in records] == ["AFGHANISTAN_", "GULBUDDIN_HEKMATYAR_", "BASHAR_AL_ASSAD_", "ASSAD_REGIME_"]
    people = tool.persons(records, [])
    assert people == [
        ("Bashar al Assad", ["Bashar al-Assad"], ["SYR:GOV:2000-07-17:"]),  # the title alias is dropped
        ("Gulbuddin Hekmatyar", [], ["AFG:ELI:1965-01-01:1993-06-17", "AFG:GOV:1993-06-17:1994-06-28", "AFG:ELI::"]),
    ]


@pytest.mark.parametrize("phrase, text", [
    ("BASHAR_AL-ASSAD_", "Bashar al-Assad"),
    ("AMERICAN_MEDICAL_WOMEN'S_ASSOCIATION_", "American Medical Women's Association"),
    ("JOHN_MCCAIN_", "John McCain"),
    ("ICDDRB_", "ICDDRB"),
    ("REVOLUTIONARY_ORGANIZATION_OF_THE_PEOPLE_", "Revolutionary Organization of the People"),
])
def test_phrase_text(phrase, text):
    assert _tool().phrase_text(phrase) == text


@pytest.mark.skipif(not PETRARCH.is_dir(), reason="needs ../shared/data/petrarch2")
def test_committed_lexicons_are_in_step(tmp_path):
    """The committed files are what the generator makes of the dictionaries today."""
    assert _tool().main([str(PETRARCH), "-o", str(tmp_path)]) == 0
    for name in ("persons.tsv", "organizations.tsv", "agents.tsv", "LICENSE"):
        assert filecmp.cmp(tmp_path / name, ROOT / "kg" / "data" / "lexicon" / "phoenix" / name, shallow=False), name


@pytest.fixture(scope="module")
def nlp():
    from kg.nlp import shared_pipeline

    return shared_pipeline()


def test_dictionary_person_gets_country_and_role_of_the_day(nlp):
    from kg.extract import extract, load_rules
    from kg.ingest.document import Document

    text = "Gulbuddin Hekmatyar held talks with Kofi Annan in Kabul on Monday about the fighting."
    rules = load_rules()
    got = {}
    for published in ("1998-03-01", "2019-03-01"):
        ex = extract(nlp(text), Document(text=text, source="t", published=published), rules)
        got[published] = {e.label: (e.country, e.role) for e in ex.entities.values() if e.kind == "Person"}
    assert got["1998-03-01"] == {"Gulbuddin Hekmatyar": ("AFG", None), "Kofi Annan": (None, "international official")}
    assert got["2019-03-01"] == {"Gulbuddin Hekmatyar": ("AFG", None), "Kofi Annan": (None, None)}


def test_dictionary_armed_group_is_an_armed_force(nlp):
    from kg.extract import extract, load_rules
    from kg.ingest.document import Document

    text = "Amnesty International said that the Islamic International Peacekeeping Brigade shelled the village."
    ex = extract(nlp(text), Document(text=text, source="t", published="2001-01-01"), load_rules())
    kinds = {e.label: e.kind for e in ex.entities.values() if e.is_actor}
    assert kinds["Islamic International Peacekeeping Brigade"] == "ArmedForce"
    attack = [ev for ev in ex.events if ev.type == "Attack"]
    assert attack and attack[0].agents == ["org:Islamic International Peacekeeping Brigade"]


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "oryx").is_dir(), reason="needs ../shared/data/oryx")
def test_committed_oryx_weapons_are_in_step(tmp_path):
    spec = importlib.util.spec_from_file_location("oryx_weapons", ROOT / "tools" / "oryx_weapons.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    assert tool.main([str(ROOT.parent / "shared" / "data" / "oryx"), "-o", str(tmp_path)]) == 0
    assert filecmp.cmp(tmp_path / "weapons.tsv", ROOT / "kg" / "data" / "lexicon" / "oryx" / "weapons.tsv", shallow=False)


def test_oryx_names_are_cleaned():
    spec = importlib.util.spec_from_file_location("oryx_weapons", ROOT / "tools" / "oryx_weapons.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool
    spec.loader.exec_module(tool)
    assert tool.clean("63 122mm BM-21 Grad") == "BM-21 Grad"
    assert tool.clean("8 9A331 TLAR (for 9K331 Tor-M1)") == "9A331 TLAR"
    assert tool.clean("150 Unknown tank") == ""
    assert tool.split_name("Orlan-10 reconnaissance UAV") == ("Orlan-10", "reconnaissance UAV")
