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
from dataclasses import dataclass

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


# ------------------------------------------------------------------ reports of one happening
SPEECH = frozenset({"Statement", "Condemnation", "Demand", "Threat"})
MAX_BLOCK = 300  # reports sharing one actor beyond this are too generic to compare pairwise


@dataclass(frozen=True, slots=True)
class Report:
    """One event as a document reports it (an event IRI of a document graph), with what fusion
    compares: type, modality, date, actors and targets (IRIs, with the country of each where
    known; ``countries`` marks actors that are themselves states) and weapons."""

    iri: str
    type: str
    modality: str
    date: str | None = None
    actors: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    side: tuple[tuple[str, str], ...] = ()  # (actor IRI, ISO3) pairs
    countries: frozenset[str] = frozenset()  # actor IRIs that are states


def _overlap(a: Report, b: Report, xs: frozenset[str], ys: frozenset[str]) -> bool:
    """The same actor, or a state and someone of that state ("the United States" and Blinken)."""
    if xs & ys:
        return True
    side_a, side_b = dict(a.side), dict(b.side)
    for x in xs:
        for y in ys:
            cx, cy = side_a.get(x), side_b.get(y)
            if cx and cx == cy and (x in a.countries or y in b.countries):
                return True
    return False


def same_happening(a: Report, b: Report) -> bool:
    """Whether two reports can describe one happening: same type and modality, compatible
    dates, overlapping actors, overlapping targets and weapons where both name them. Speech
    acts are one only when their signatures are equal (same speaker, date and quote): "X said"
    twice is usually two statements."""
    from kg.extract.dates import compatible

    if a.type != b.type or a.modality != b.modality or a.type in SPEECH:
        return False
    if not compatible(a.date, b.date):
        return False
    if not _overlap(a, b, a.actors, b.actors):
        return False
    if a.targets and b.targets and not _overlap(a, b, a.targets, b.targets):
        return False
    if a.weapons and b.weapons and not a.weapons & b.weapons:
        return False
    return True


def _keys(r: Report) -> set[str]:
    side = dict(r.side)
    return set(r.actors) | {f"iso:{side[a]}" for a in r.actors if a in side}


def cluster_reports(reports: list[Report]) -> dict[str, str]:
    """Group reports of one happening; returns report IRI → the IRI that stands for its group
    (the smallest member IRI) for every report in a group of two or more.

    Groups are built by joining compatible pairs in a fixed order (sorted IRIs), refusing a join
    that would put incompatible dates in one group, so the result depends only on the set of
    reports — never on the order documents were loaded in."""
    from kg.extract.dates import compatible

    reports = sorted({r.iri: r for r in reports}.values(), key=lambda r: r.iri)
    index: dict[tuple[str, str, str], list[int]] = {}
    for i, r in enumerate(reports):
        if r.type in SPEECH:
            continue
        for k in _keys(r):
            index.setdefault((r.type, r.modality, k), []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if len(members) > MAX_BLOCK:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    parent = list(range(len(reports)))
    dates: dict[int, set[str]] = {i: ({r.date} if r.date else set()) for i, r in enumerate(reports)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in sorted(pairs):
        a, b = find(i), find(j)
        if a == b or not same_happening(reports[i], reports[j]):
            continue
        if not all(compatible(x, y) for x in dates[a] for y in dates[b]):
            continue
        a, b = min(a, b), max(a, b)
        parent[b] = a
        dates[a] |= dates.pop(b)
    out: dict[str, str] = {}
    for i, r in enumerate(reports):
        root = find(i)
        if root != i:
            out[r.iri] = reports[root].iri
    return out
