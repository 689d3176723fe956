"""Within-document resolution on hand-built records (no model needed)."""

from __future__ import annotations

from kg.extract.records import PERSON, Entity, Event, Extraction, Span
from kg.resolve import event_key, resolve_document


def person(name: str, *starts: int) -> Entity:
    return Entity(key=f"person:{name}", kind=PERSON, label=name,
                  mentions=[Span(s, s + len(name), name) for s in starts])


def statement(agent: str, at: int) -> Event:
    return Event(type="Statement", trigger="say", mentions=[Span(at, at + 4, "said")],
                 sentences=[Span(at - 10, at + 10, "x")], agents=[agent])


def test_partial_name_goes_to_the_nearest_full_name_before_it():
    ex = Extraction(entities={e.key: e for e in [person("Kim Yong-hyun", 10), person("Kim Jong Un", 100),
                                                   person("Kim", 150, 5)]},
                    events=[statement("person:Kim", 150)])
    resolve_document(ex)
    assert ex.events[0].agents == ["person:Kim Jong Un"]
    assert "person:Kim" not in ex.entities
    # a "Kim" before any full name goes to the first one named
    assert Span(5, 8, "Kim") in ex.entities["person:Kim Yong-hyun"].mentions


def test_chains_of_partial_names_resolve_to_the_longest():
    ex = Extraction(entities={e.key: e for e in [person("Ellen DeGeneres Show", 0), person("Ellen DeGeneres", 50),
                                                   person("DeGeneres", 90)]},
                    events=[statement("person:DeGeneres", 90)])
    resolve_document(ex)
    assert ex.events[0].agents == ["person:Ellen DeGeneres Show"]
    assert set(ex.entities) == {"person:Ellen DeGeneres Show"}


def test_event_key_ignores_order_and_separates_dates():
    a = Event(type="Meeting", trigger="meet", participants=["country:USA", "country:KOR"], date="2024-10-31")
    b = Event(type="Meeting", trigger="talk", participants=["country:KOR", "country:USA"], date="2024-10-31")
    c = Event(type="Meeting", trigger="meet", participants=["country:KOR", "country:USA"], date="2024-11-01")
    assert event_key(a) == event_key(b) != event_key(c)
