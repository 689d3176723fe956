"""Each bundled query on the seed graph, with the rows it must return."""

from __future__ import annotations

from conftest import select

from kg.query import resolve_query


def rows(store, name, **params):
    return select(store, resolve_query(name), **params)


def test_meetings(seed_store):
    r = rows(seed_store, "meetings")
    washington = [x for x in r if x["place"] == "Washington"]
    assert washington and washington[0]["date"] == "2024-10-31"
    assert {"United States", "South Korea"} <= set(washington[0]["participants"].split(" | "))
    assert any(x["place"] == "Pyongyang" and x["date"] == "2024-06" for x in r)


def test_weapon_tests(seed_store):
    r = rows(seed_store, "weapon-tests")
    asserted = [x for x in r if x["modality"] == "asserted"]
    assert [(x["iso"], x["date"]) for x in asserted] == [("PRK", "2024-10-31")]
    assert "intercontinental ballistic missile" in asserted[0]["weapons"]


def test_condemnations_of_north_korea_by_other_name(seed_store):
    by = {x["by"] for x in rows(seed_store, "condemnations", target="Pyongyang")}
    assert {"White House", "Antonio Guterres"} <= by


def test_timeline(seed_store):
    r = rows(seed_store, "timeline", actor="Vladimir Putin")
    assert {(x["type"], x["role"]) for x in r} >= {("Visit", "agent"), ("Attack", "agent"), ("Agreement", "participant")}
    assert rows(seed_store, "timeline", actor="Nobody Atall") == []


def test_country_interactions(seed_store):
    r = {(x["from"], x["to"], x["type"]) for x in rows(seed_store, "country-interactions")}
    assert {("USA", "PRK", "Condemnation"), ("KOR", "UKR", "ArmsTransfer"), ("RUS", "UKR", "Attack")} <= r


def test_persons(seed_store):
    r = {x["person"]: x for x in rows(seed_store, "persons")}
    assert r["Lin Jian"]["organization"] == "Chinese Ministry of Foreign Affairs"
    assert r["Antonio Guterres"]["organization"] == "United Nations"


def test_event_sources_for_one_event(seed_store):
    all_rows = rows(seed_store, "event-sources")
    event = next(x["event"] for x in all_rows if "WeaponTest" in x["event"])
    one = rows(seed_store, "event-sources", event=f"<{event}>")
    assert one and {x["event"] for x in one} == {event}
    assert all(x["anchor"] in x["sentence"] for x in one)


def test_actor_events(seed_store):
    r = rows(seed_store, "actor-events")
    assert any(x["actor"] == "North Korea" and x["type"] == "WeaponTest" and x["role"] == "agent" for x in r)


def test_condemnations_of_one_target_leave_the_others_out(seed_store):
    # the seed's White House condemns North Korea and addresses the UN Security Council:
    # with --param target only the North Korea row stays
    got = rows(seed_store, "condemnations", target="North Korea")
    assert got and {x["target_label"] for x in got} == {"North Korea"}
    assert "UN Security Council" in {x["target_label"] for x in rows(seed_store, "condemnations")}


def test_joined_names_are_in_alphabetical_order(seed_store):
    # GROUP_CONCAT has no order of its own: the queries sort first, so every store and every
    # load of a file joins the names alike (kg serve answers as kg query does)
    joined = [r["participants"] for r in rows(seed_store, "meetings")]
    joined += [r[k] for r in rows(seed_store, "weapon-tests") for k in ("weapons", "according_to")]
    assert any(" | " in j for j in joined)
    for j in joined:
        assert j.split(" | ") == sorted(j.split(" | ")), j
