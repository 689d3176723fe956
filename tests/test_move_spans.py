"""Extraction.move_spans moves every span an extraction holds: the pieces of a long document
(kg.pipeline._shifted) and the spaced view (kg.nlp.spaces.SpacedView.restore) both rely on it, so a
span field it missed would keep the piece's or the view's offsets in the graph."""

from dataclasses import fields

from kg.extract.records import Entity, Event, Extraction, Span


def _filled() -> Extraction:
    a, b = Span(0, 5, "Seoul"), Span(10, 16, "tested")
    ent = Entity("city:1835848", "Place", "Seoul", mentions=[a, a])
    ev = Event("WeaponTest", "test", mentions=[b], sentences=[Span(0, 20, "Seoul ... tested it")],
               said_in=[Span(21, 25, "said")], specific=[b], carriers=[Span(30, 35, "began")])
    return Extraction({ent.key: ent}, [ev])


def test_every_span_field_is_moved():
    ex = _filled()
    span_fields = [(cls, f.name) for cls in (Entity, Event) for f in fields(cls) if "Span" in str(f.type)]
    assert len(span_fields) == 6  # Entity.mentions; Event.mentions/sentences/said_in/specific/carriers
    records = {Entity: next(iter(ex.entities.values())), Event: ex.events[0]}
    before = {(cls, name): list(getattr(records[cls], name)) for cls, name in span_fields}
    assert all(before.values())  # the fixture fills every span field
    ex.move_spans(lambda s: Span(s.start + 100, s.end + 100, s.text))
    for (cls, name), spans in before.items():
        assert getattr(records[cls], name) == [Span(s.start + 100, s.end + 100, s.text) for s in spans], name


def test_one_call_per_distinct_span():
    ex, calls = _filled(), []

    def move(s):
        calls.append(s)
        return Span(s.start + 1, s.end + 1, s.text)

    ex.move_spans(move)
    assert len(calls) == len(set(calls)) == 5  # "Seoul" twice and "tested" twice: once each
    ent = next(iter(ex.entities.values()))
    assert ent.mentions[0] is ent.mentions[1]
    assert ex.events[0].mentions[0] is ex.events[0].specific[0]
