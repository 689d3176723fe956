"""Extraction: pure functions from a parsed document to typed records."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.dates import dateline_date, published_date
from kg.extract.entities import EntityIndex, extract_entities
from kg.extract.events import extract_events
from kg.extract.records import Entity, Event, Extraction, Span
from kg.extract.rules import Rules, load_rules
from kg.extract.sentences import SentenceIndex
from kg.ingest.document import Document


def extract(doc: Doc, document: Document, rules: Rules) -> Extraction:
    """Entities and events of one parsed document; junk spans yield nothing."""
    in_junk = document.in_junk
    sents = SentenceIndex(doc)
    # without a published date, relative dates ("on Saturday") resolve against the story's dateline
    anchor = published_date(document.published) or dateline_date(document.text)
    index = extract_entities(doc, in_junk, sents, on=anchor, rules=rules)  # a dictionary person's office on that day
    events = extract_events(doc, index, rules, anchor, in_junk, sents)
    return Extraction(entities=index.entities, events=events)


__all__ = ["extract", "extract_entities", "extract_events", "load_rules", "Rules", "Entity", "Event",
           "Extraction", "Span", "EntityIndex"]
