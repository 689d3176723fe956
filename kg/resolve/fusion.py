"""Across documents: reports of the same happening get the same identity.

An event's identity is its *signature*: type, modality, date, its actors (agents and
participants) and, for directed acts, its targets — as canonical entity keys — plus, for a
statement, its first quote. Reports whose signatures are equal are one event: they share one
IRI, so the union of the documents' graphs holds one ``gev:Event`` with a
``prov:wasDerivedFrom`` and mentions per reporting document. Because the identity depends on
nothing but the report itself, loading documents one at a time, in any order, gives the same
events as one build of all of them, and a syndicated copy adds a source, not an event.
Different dates, different people (two Kims) or different targets keep events apart."""

from __future__ import annotations

import hashlib
import re

from kg.extract.records import Event

DIRECTED = {"Attack", "Condemnation", "Demand", "Threat", "Sanction", "ArmsTransfer", "Visit"}


def _norm_quote(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))[:200]


def event_signature(ev: Event) -> str:
    parts = [ev.type, ev.modality, ev.date or "", "|".join(sorted(set(ev.agents) | set(ev.participants)))]
    if ev.type in DIRECTED:
        parts.append("|".join(sorted(set(ev.targets))))
    if ev.type == "Statement" and ev.quotes:
        parts.append(_norm_quote(ev.quotes[0]))
    return "\x1f".join(parts)


def event_key(ev: Event) -> str:
    """A short, stable identifier of the happening a report describes."""
    return hashlib.sha256(event_signature(ev).encode("utf-8")).hexdigest()[:20]
