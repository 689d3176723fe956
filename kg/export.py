"""Event tables for analysts: one row per event, as GDELT and ACLED users expect.

Everything is read from the graph as ``kg query`` sees it (SPARQL over the default graph of a
file, a store or an endpoint); nothing is inferred here. The rows are written as

* ``.csv`` — multi-valued cells joined with :data:`SEPARATOR` (``" | "``), never a cross
  product of rows; every text cell passes :func:`kg.safety.csv_cell`, so a cell starting with
  ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` and a spreadsheet reads it as text (a
  single number such as ``-33.5`` stays a number);
* ``.parquet`` — the same columns, multi-valued ones as lists;
* ``.geojson`` — the events that have a place, one Feature each: a Point at the place's
  ``geo:lat``/``geo:long``, a MultiPoint when several of its places have coordinates, and no
  geometry (``null``, as RFC 7946 allows) when none has;
* ``.graphml`` — the actor network for Gephi: one node per actor taking part in an event, one
  edge per pair and event type (agent → target; parties of a symmetric event in IRI order)
  weighted by its count of events.

Aligned columns: the n-th entry of ``agent_countries`` is the country of the n-th agent (empty
when it has none), and likewise for targets, participants and places (``place_country``,
``lat``, ``long``)."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import UsageError
from kg.io import AtomicWriter, atomic_write_bytes
from kg.labels import pick_label
from kg.vocab import PREFIXES

SEPARATOR = " | "
FORMATS = (".csv", ".parquet", ".geojson", ".graphml")

# the columns, in order; a list-valued column is multi-valued
COLUMNS: list[tuple[str, bool, str]] = [
    ("event", False, "the event's IRI"),
    ("type", False, "its most specific event class (Attack, Meeting, Visit, ...)"),
    ("label", False, "its rdfs:label"),
    ("cameo", True, "gev:cameoCode"),
    ("plover", True, "gev:ploverType"),
    ("date", False, "gev:date: xsd:date, or a year-month or year when only that is known"),
    ("report_date", False, "gev:reportDate: the earliest publication date of its documents"),
    ("modality", False, "asserted, negated or hypothetical"),
    ("confidence", False, "gev:confidence"),
    ("agents", True, "labels of its gev:agent actors"),
    ("agent_countries", True, "ISO 3166-1 alpha-3 of each agent (its own code for a country)"),
    ("targets", True, "labels of its gev:target actors"),
    ("target_countries", True, "ISO code of each target"),
    ("participants", True, "labels of its gev:participant actors"),
    ("participant_countries", True, "ISO code of each participant"),
    ("according_to", True, "labels of gev:accordingTo"),
    ("places", True, "labels of its gev:place"),
    ("place_countries", True, "ISO code of each place"),
    ("lat", True, "geo:lat of each place (WGS84), empty where unknown"),
    ("long", True, "geo:long of each place"),
    ("weapons", True, "labels of its gev:weapon"),
    ("sources", False, "number of documents reporting it (prov:wasDerivedFrom)"),
    ("document", False, "the first of them (earliest dcterms:date, then IRI)"),
    ("source_url", False, "dcterms:source of the first document that has one"),
    ("sentence", False, "the sentence of its first trigger mention in the first document"),
    ("trigger", False, "the word of that mention (gev:triggerMention): 'visit', not the support verb 'making'; "
                       "the first mention where a graph marks none"),
]
MULTI = {name for name, multi, _ in COLUMNS if multi}
NUMERIC = {"confidence", "sources", "lat", "long"}

_EVENTS_Q = "SELECT DISTINCT ?e WHERE { ?e a gev:Event }"
_TYPES_Q = """SELECT DISTINCT ?e ?t WHERE { ?e a gev:Event ; a ?t . ?t rdfs:subClassOf+ gev:Event .
  FILTER NOT EXISTS { ?e a ?sub . ?sub rdfs:subClassOf+ ?t . FILTER (?sub != ?t) } }"""
_VALUES_Q = """SELECT DISTINCT ?e ?p ?v WHERE { ?e a gev:Event ; ?p ?v .
  VALUES ?p { rdfs:label gev:cameoCode gev:ploverType gev:date gev:reportDate gev:modality gev:confidence } }"""
_ROLES_Q = """SELECT DISTINCT ?e ?p ?x ?label ?iso ?lat ?long WHERE { ?e a gev:Event ; ?p ?x .
  VALUES ?p { gev:agent gev:target gev:participant gev:accordingTo gev:place gev:weapon }
  OPTIONAL { ?x rdfs:label ?label }
  OPTIONAL { { ?x gev:isoCode ?iso } UNION { ?x gev:country ?c . ?c gev:isoCode ?iso } }
  OPTIONAL { ?x geo:lat ?lat ; geo:long ?long } }"""
_SOURCES_Q = """SELECT DISTINCT ?e ?d ?pub ?url WHERE { ?e a gev:Event ; prov:wasDerivedFrom ?d .
  OPTIONAL { ?d dcterms:date ?pub } OPTIONAL { ?d dcterms:source ?url } }"""
_MENTIONS_Q = """SELECT DISTINCT ?e ?d ?b ?sentence ?anchor ?trigger WHERE { ?e a gev:Event ; gev:mention ?m .
  ?m gev:document ?d ; nif:beginIndex ?b ; gev:sentence ?sentence . OPTIONAL { ?m nif:anchorOf ?anchor }
  BIND (EXISTS { ?e gev:triggerMention ?m } AS ?trigger) }"""

_KINDS_Q = """SELECT DISTINCT ?x ?k WHERE { ?e a gev:Event ; gev:agent|gev:target|gev:participant ?x .
  ?x a ?k . ?k rdfs:subClassOf* gev:Actor .
  FILTER NOT EXISTS { ?x a ?s . ?s rdfs:subClassOf+ ?k . FILTER (?s != ?k) } }"""
_ROLE_COLUMNS = {"agent": "agents", "target": "targets", "participant": "participants",
                 "accordingTo": "according_to", "place": "places", "weapon": "weapons"}
_COUNTRY_COLUMNS = {"agents": "agent_countries", "targets": "target_countries",
                    "participants": "participant_countries", "places": "place_countries"}
_VALUE_COLUMNS = {"label": "label", "cameoCode": "cameo", "ploverType": "plover", "date": "date",
                  "reportDate": "report_date", "modality": "modality", "confidence": "confidence"}
STEPS = ("events", "types", "values", "roles", "sources", "mentions")


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


@dataclass(slots=True)
class _Party:
    iri: str
    label: str
    countries: set[str]
    lat: str | None = None
    long: str | None = None


def event_rows(store, *, progress: Callable[[str], None] | None = None) -> list[dict]:
    """One record per event of ``store``'s default graph: single-valued columns hold a string,
    a number or ``None``; multi-valued ones a list (aligned where :data:`COLUMNS` says so).
    ``progress`` is called with each step's name from :data:`STEPS` once it is done."""
    return _collect(store, progress)[0]


def _collect(store, progress=None) -> tuple[list[dict], dict[tuple[str, str], dict[str, "_Party"]]]:
    def q(text: str):
        return store.query(text, prefixes=PREFIXES)

    def done(step: str) -> None:
        if progress:
            progress(step)

    rows: dict[str, dict] = {}
    for r in q(_EVENTS_Q):
        e = r["e"].value
        rows[e] = {name: ([] if name in MULTI else None) for name, _, _ in COLUMNS}
        rows[e]["event"] = e
    done("events")
    types: dict[str, set[str]] = {}
    for r in q(_TYPES_Q):
        types.setdefault(r["e"].value, set()).add(_local(r["t"].value))
    for e, ts in types.items():
        if e in rows:
            rows[e]["type"] = SEPARATOR.join(sorted(ts))
    done("types")
    values: dict[tuple[str, str], set[str]] = {}
    for r in q(_VALUES_Q):
        values.setdefault((r["e"].value, _VALUE_COLUMNS[_local(r["p"].value)]), set()).add(r["v"].value)
    for (e, column), vs in values.items():
        if e not in rows:
            continue
        if column in MULTI:
            rows[e][column] = sorted(vs)
        elif column == "confidence":
            numbers = [n for n in map(_number, vs) if n is not None]
            rows[e][column] = max(numbers) if numbers else None
        else:
            rows[e][column] = SEPARATOR.join(sorted(vs))  # one value in a well-formed graph
    done("values")
    parties: dict[tuple[str, str], dict[str, _Party]] = {}
    for r in q(_ROLES_Q):
        e, column, x = r["e"].value, _ROLE_COLUMNS[_local(r["p"].value)], r["x"].value
        party = parties.setdefault((e, column), {}).setdefault(x, _Party(x, "", set()))
        # one label, one position in a well-formed graph; else the one kg.labels.pick_label
        # chooses, so the table is the same whatever order the store answers in
        if r["label"] is not None:
            party.label = pick_label([r["label"].value, party.label])
        if r["iso"] is not None:
            party.countries.add(r["iso"].value)
        if r["lat"] is not None and (party.lat is None or (r["lat"].value, r["long"].value) < (party.lat, party.long)):
            party.lat, party.long = r["lat"].value, r["long"].value
    for (e, column), by_iri in parties.items():
        if e not in rows:
            continue
        for p in by_iri.values():
            p.label = p.label or p.iri
        ordered = sorted(by_iri.values(), key=lambda p: (p.label.casefold(), p.iri))
        rows[e][column] = [p.label for p in ordered]
        if column in _COUNTRY_COLUMNS:
            rows[e][_COUNTRY_COLUMNS[column]] = ["/".join(sorted(p.countries)) for p in ordered]
        if column == "places":
            rows[e]["lat"] = [_number(p.lat) if p.lat is not None else None for p in ordered]
            rows[e]["long"] = [_number(p.long) if p.long is not None else None for p in ordered]
    done("roles")
    documents: dict[str, dict[str, tuple[str, str | None]]] = {}
    for r in q(_SOURCES_Q):
        docs = documents.setdefault(r["e"].value, {})
        pub = r["pub"].value if r["pub"] is not None else "\uffff"  # undated documents last
        url = r["url"].value if r["url"] is not None else None
        old = docs.get(r["d"].value)
        docs[r["d"].value] = (min(pub, old[0]) if old else pub, url if url is not None else (old[1] if old else None))
    order: dict[str, list[str]] = {}
    for e, docs in documents.items():
        if e not in rows:
            continue
        order[e] = sorted(docs, key=lambda d: (docs[d][0], d))
        rows[e]["sources"] = len(docs)
        rows[e]["document"] = order[e][0]
        rows[e]["source_url"] = next((docs[d][1] for d in order[e] if docs[d][1]), None)
    done("sources")
    first: dict[str, tuple] = {}
    for r in q(_MENTIONS_Q):
        e = r["e"].value
        docs = order.get(e)
        rank = docs.index(r["d"].value) if docs and r["d"].value in docs else len(docs or ())
        # a trigger mention before a word that only carries the event ("making" a visit)
        key = (rank, r["d"].value, r["trigger"].value != "true", int(r["b"].value), r["sentence"].value,
               r["anchor"].value if r["anchor"] is not None else None)
        if e not in first or key < first[e]:
            first[e] = key
    for e, key in first.items():
        if e in rows:
            rows[e]["sentence"], rows[e]["trigger"] = key[4], key[5]
    done("mentions")
    return sorted(rows.values(), key=lambda r: (r["date"] is None, r["date"] or "", r["event"])), parties


# ---------------------------------------------------------------------------- writers
def _cell(column: str, value) -> str:
    from kg.safety import csv_cell

    if value is None:
        return ""
    if isinstance(value, list):
        text = SEPARATOR.join("" if v is None else _plain(v) for v in value)
    else:
        text = _plain(value)
    if column in NUMERIC and _number(text) is not None:
        return text  # a number written by geokg is no formula (a negative latitude stays a number)
    return csv_cell(text)


def _plain(value) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def write_csv(rows: list[dict], out: Path) -> None:
    with _atomic(out) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([name for name, _, _ in COLUMNS])
        for row in rows:
            writer.writerow([_cell(name, row[name]) for name, _, _ in COLUMNS])


def _schema():
    import pyarrow as pa

    fields = []
    for name, multi, doc in COLUMNS:
        if name in ("lat", "long"):
            kind = pa.list_(pa.float64())
        elif name == "confidence":
            kind = pa.float64()
        elif name == "sources":
            kind = pa.int64()
        else:
            kind = pa.list_(pa.string()) if multi else pa.string()
        fields.append(pa.field(name, kind, metadata={"description": doc}))
    return pa.schema(fields, metadata={"geokg": "one row per event; see kg.export"})


def write_parquet(rows: list[dict], out: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise UsageError(f"{out}: writing Parquet needs pyarrow (pip install pyarrow)") from None

    schema = _schema()
    table = pa.Table.from_pylist(rows, schema=schema)
    with AtomicWriter(out) as handle:
        pq.write_table(table, handle)


def geojson(rows: list[dict]) -> dict:
    features = []
    for row in rows:
        if not row["places"]:
            continue
        points = [[lon, lat] for lat, lon in zip(row["lat"], row["long"]) if lat is not None and lon is not None]
        if not points:
            geometry = None
        elif len(points) == 1:
            geometry = {"type": "Point", "coordinates": points[0]}
        else:
            geometry = {"type": "MultiPoint", "coordinates": points}
        props = {k: v for k, v in row.items() if k != "event"}
        features.append({"type": "Feature", "id": row["event"], "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(rows: list[dict], out: Path) -> None:
    with _atomic(out) as handle:
        json.dump(geojson(rows), handle, ensure_ascii=False, indent=1)


def actor_network(rows: list[dict], parties: dict, store):
    """A networkx MultiDiGraph of the actors: nodes carry label, kind, country and the number
    of events they take part in; edges agent → target and between the parties of a symmetric
    event (participants, and its agents when it has participants; in IRI order), keyed by
    event type, with ``weight`` the number of events: the pairs of :func:`kg.viz.actor_pairs`,
    as the page draws them."""
    import networkx as nx

    from kg.viz import actor_pairs

    kinds: dict[str, str] = {}
    for r in store.query(_KINDS_Q, prefixes=PREFIXES):
        kinds[r["x"].value] = min(kinds.get(r["x"].value, "~"), _local(r["k"].value))
    weights: Counter = Counter()
    involved: dict[str, _Party] = {}
    events: Counter = Counter()
    for row in rows:
        e = row["event"]
        agents, targets, parts = (sorted(parties.get((e, k), {})) for k in ("agents", "targets", "participants"))
        for k in ("agents", "targets", "participants"):
            for x, party in parties.get((e, k), {}).items():
                involved[x] = party
        for x in set(agents) | set(targets) | set(parts):
            events[x] += 1
        weights.update(actor_pairs([{"a": agents, "g": targets, "p": parts, "t": row["type"] or ""}]))
    g = nx.MultiDiGraph()
    for x in sorted(involved):
        p = involved[x]
        g.add_node(x, label=p.label, kind=kinds.get(x, "Actor"), country="/".join(sorted(p.countries)), events=events[x])
    for (a, b, t), n in sorted(weights.items()):
        g.add_edge(a, b, key=t, type=t, weight=n, label=f"{t} ×{n}" if n > 1 else t)
    return g


def write_graphml(g, out: Path) -> None:
    import networkx as nx

    with AtomicWriter(out) as handle:
        nx.write_graphml(g, handle, encoding="utf-8")


class _atomic:
    """A text file (UTF-8, newlines as written) made in memory and written by
    :func:`kg.io.atomic_write_bytes`: only when the block ends without an error."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self):
        self.handle = io.StringIO(newline="")
        return self.handle

    def __exit__(self, kind, exc, tb) -> None:
        if kind is None:
            atomic_write_bytes(self.path, self.handle.getvalue().encode("utf-8"))


def check_format(out: Path) -> None:
    """Refuse an output whose suffix names no export format."""
    if out.suffix.lower() not in FORMATS:
        raise UsageError(f"{out}: unsupported export format {out.suffix or '(none)'}; use {', '.join(FORMATS)}")


def export(store, out: Path, *, progress: Callable[[str], None] | None = None) -> int:
    """Write ``store``'s events to ``out`` in the format its suffix names; the number of rows
    (events for .csv and .parquet, features for .geojson, edges for .graphml)."""
    check_format(out)
    suffix = out.suffix.lower()
    rows, parties = _collect(store, progress)
    if suffix == ".csv":
        write_csv(rows, out)
        return len(rows)
    if suffix == ".parquet":
        write_parquet(rows, out)
        return len(rows)
    if suffix == ".geojson":
        write_geojson(rows, out)
        return sum(1 for r in rows if r["places"])
    g = actor_network(rows, parties, store)
    write_graphml(g, out)
    return g.number_of_edges()
