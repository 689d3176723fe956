"""Across documents: one actor per identity, reports of one happening as one event.

Works on typed records made from the extraction records (:func:`document_record`), never on
RDF read back: a :class:`DocRecord` per document holds what resolution compares — its events
as :class:`~kg.resolve.fusion.Report` parts and its named entities. :func:`resolve` turns a set
of them into a :class:`Resolution` (a renaming of IRIs, one label and one type per identity, the
report date of each event, near-duplicate documents), which :mod:`kg.rdf.union` applies to the
document graphs to make the default graph. The result depends only on the set of records, so
documents added one at a time, in any order, give the one graph a single build gives."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.records import ACTOR_KINDS, COUNTRY, PERSON, Event, Extraction
from kg.labels import pick_label
from kg.resolve.fusion import Report, cluster_reports, event_key, report_window

ORG_KINDS = frozenset(ACTOR_KINDS - {COUNTRY, PERSON})


def reportable(ev: Event) -> bool:
    """Whether an event of an extraction becomes an event of the graph (one rule for the RDF
    builder and for resolution): one with an actor, a target or a place ("a man was shot dead in
    Guadalajara" has no agent)."""
    return bool(ev.actors() or ev.targets or ev.places)


# ------------------------------------------------------------------ records
@dataclass(slots=True)
class EntityRecord:
    """A named thing as one document gives it: IRI, gev class, label, the ISO3 it is tied to."""

    iri: str
    kind: str
    label: str
    country: str | None = None


@dataclass(slots=True)
class ReportRecord:
    """One event as one document reports it (IRIs of the graph; see :class:`Report`)."""

    iri: str
    type: str
    modality: str
    date: str | None = None
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # below the level of a state
    regions: list[str] = field(default_factory=list)  # ISO3 of the states of its places
    about: list[str] = field(default_factory=list)
    side: dict[str, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    specific: bool = False
    triggers: list[str] = field(default_factory=list)  # the lemmas of its trigger words
    counts: list[int] = field(default_factory=list)  # how many were acted on ("captured 23 pirates")


def _fields(record) -> dict:
    """A flat record (:class:`EntityRecord`, :class:`ReportRecord`) as a dict, for JSON."""
    return {f: getattr(record, f) for f in record.__slots__}


@dataclass(slots=True)
class DocRecord:
    iri: str
    published: str | None = None  # YYYY-MM-DD
    simhash: str | None = None
    entities: list[EntityRecord] = field(default_factory=list)
    reports: list[ReportRecord] = field(default_factory=list)

    def to_json(self) -> str:
        import json

        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def as_dict(self) -> dict:
        """What ``dataclasses.asdict`` gives, without its deep copy of every value (an add
        writes the record of each document it adds)."""
        return {"iri": self.iri, "published": self.published, "simhash": self.simhash,
                "entities": [_fields(e) for e in self.entities], "reports": [_fields(r) for r in self.reports]}

    @classmethod
    def from_json(cls, text: str) -> "DocRecord":
        import json

        d = json.loads(text)
        return cls(iri=d["iri"], published=d.get("published"), simhash=d.get("simhash"),
                   entities=[EntityRecord(**e) for e in d.get("entities", [])],
                   reports=[ReportRecord(**r) for r in d.get("reports", [])])


def event_iris(ex: Extraction, day: str | None, mint) -> list[tuple[Event, str, tuple[str, ...]]]:
    """The one place event IRIs are derived (the RDF builder and :func:`document_record` both
    use it): each event of ``ex`` that becomes an event of the graph, in extraction order, with
    its IRI (the key of the happening it reports, :func:`~kg.resolve.fusion.event_key`, keyed
    by the publication day ``day`` when undated) and, for a statement, the sorted IRIs of the
    events reported in what was said."""
    events = [ev for ev in ex.events if reportable(ev)]
    iris = {id(ev): str(mint.event(ev.type, event_key(ev, day))) for ev in events}
    reported: dict = {}
    for ev in events:
        if ev.type != "Statement":
            for m in ev.said_in:
                reported.setdefault(m, set()).add(iris[id(ev)])
    return [(ev, iris[id(ev)], tuple(sorted({k for m in ev.mentions for k in reported.get(m, ())}))
             if ev.type == "Statement" else ()) for ev in events]


def document_record(doc_iri: str, published: str | None, simhash: str | None, ex: Extraction, mint) -> DocRecord:
    """The record of one document's extraction (after within-document resolution); ``mint``
    gives the IRIs the RDF builder gives (:class:`kg.rdf.iris.Minter`)."""
    ents = ex.entities
    day = published[:10] if published else None
    entities = [EntityRecord(str(mint.entity(e.key)), e.kind, e.label, e.iso3 if e.kind == COUNTRY else e.country)
                for e in ents.values()]
    named = {e.iso3 for e in ents.values() if e.kind == COUNTRY}
    for iso3 in sorted({e.country for e in ents.values() if e.country and e.kind != COUNTRY} - named):
        entities.append(EntityRecord(str(mint.entity(f"country:{iso3}")), COUNTRY, country_name(iso3), iso3))

    def iris(keys: list[str]) -> list[str]:
        return sorted({str(mint.entity(k)) for k in keys if k in ents})

    def state(key: str) -> str | None:
        e = ents[key]
        return e.iso3 if e.kind == COUNTRY else e.country

    reports: list[ReportRecord] = []
    for ev, iri, about in event_iris(ex, day, mint):
        actors = [k for k in ev.actors() if k in ents]
        targets = [k for k in ev.targets if k in ents]
        places = [k for k in ev.places if k in ents]
        side = {str(mint.entity(k)): state(k) for k in actors + targets if state(k)}
        reports.append(ReportRecord(
            iri=iri, type=ev.type, modality=ev.modality, date=ev.date, actors=iris(actors),
            targets=iris(targets), weapons=iris(ev.weapons),
            # a site described without a name ("the market") tells no two reports apart
            places=sorted({str(mint.entity(k)) for k in places if ents[k].kind != COUNTRY and not k.startswith("site:")}),
            regions=sorted({state(k) for k in places if state(k)}), about=list(about), side=side,
            countries=sorted({str(mint.entity(k)) for k in actors + targets if ents[k].kind == COUNTRY}),
            specific=bool(ev.specific), triggers=[ev.trigger] if ev.trigger else [], counts=sorted(ev.counts)))
    return DocRecord(doc_iri, day, simhash, entities, reports)


# ------------------------------------------------------------------ names
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼ`´\"“”«»"), None)
_DASHES = re.compile(r"[\-‐‑‒–—―_/]+")


def name_key(label: str) -> str:
    """Names that differ only in apostrophes, quotes, hyphens, case or a leading "the" are one
    name: "the PKK", "PKK", "Pkk"; "Kurdistan Workers’ Party" and "Kurdistan Workers' Party"."""
    text = unicodedata.normalize("NFKC", label).translate(_APOSTROPHES)
    text = _DASHES.sub(" ", text).casefold()
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    from kg.resources import data_path

    out: dict[str, str] = {}
    with open(data_path("lexicon") / "countries.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names = [n for n in (cols[1].split("|") if len(cols) > 1 else []) if n]
            if names:
                out[cols[0]] = names[0]
    return out


def country_name(iso3: str) -> str:
    """The common name of a country ("Russia", never also "Russian Federation"): the lexicon's
    first name, else pycountry's common or official name."""
    name = _country_names().get(iso3)
    if name:
        return name
    import pycountry

    c = pycountry.countries.get(alpha_3=iso3)
    return (getattr(c, "common_name", None) or c.name) if c else iso3


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_MINOR_WORDS = {"of", "and", "the", "for", "&", "de", "du", "la", "in", "on"}


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-/]+", name) if w and w.lower() not in _MINOR_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


# kinds in the order that decides a tie of evidence (a name seen as often an organisation as a place)
KIND_ORDER = ("Country", "InternationalOrganization", "GovernmentBody", "ArmedForce", "MediaOrganization",
              "Organization", "Person", "Place", "Weapon", "Group")
_MERGEABLE = frozenset({"Person", "Place", *ORG_KINDS})


@dataclass(slots=True)
class Identity:
    iri: str  # the IRI that stands for it in the default graph
    kind: str
    label: str


@dataclass(slots=True)
class Resolution:
    """What the cross-document stage decides: ``rename`` maps an IRI of a document graph to the
    one that stands for it in the default graph (only those that change); ``entities`` gives
    each entity's one type and one label; ``report_date`` the earliest publication of each event;
    ``near_duplicates`` links documents."""

    rename: dict[str, str] = field(default_factory=dict)
    entities: dict[str, Identity] = field(default_factory=dict)  # canonical IRI -> identity
    report_date: dict[str, str] = field(default_factory=dict)  # canonical event IRI -> YYYY-MM-DD
    near_duplicates: dict[str, set[str]] = field(default_factory=dict)

    def canon(self, iri: str) -> str:
        return self.rename.get(iri, iri)


@dataclass(slots=True)
class EntityStats:
    """What all documents together say of one entity IRI: how often each type, each name and
    each state is given. Counts (not sets), so a replaced document's part can be taken out
    again; a store keeps one per IRI (see :mod:`kg.index`)."""

    kinds: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    states: Counter = field(default_factory=Counter)

    def add(self, e: EntityRecord, n: int = 1) -> None:
        for counter, key in ((self.kinds, e.kind), (self.labels, e.label), (self.states, e.country)):
            if key:
                counter[key] += n
                if counter[key] <= 0:
                    del counter[key]

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def to_json(self) -> str:
        import json

        return json.dumps([self.kinds, self.labels, self.states], ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "EntityStats":
        import json

        k, l, s = json.loads(text)
        return cls(Counter(k), Counter(l), Counter(s))


def entity_stats(records: list[DocRecord]) -> dict[str, EntityStats]:
    out: dict[str, EntityStats] = {}
    for rec in records:
        for e in rec.entities:
            out.setdefault(e.iri, EntityStats()).add(e)
    return out


def entity_keys(iri: str, labels) -> set[str]:
    """What entities are compared by (:func:`resolve_entities`): the names up to spelling
    (``n:``; not for what is never joined by name, :func:`_by_name`), and acronyms and the
    initials of longer names (``a:``). Two IRIs sharing no key, directly or through others, never
    change each other's identity, so a store remakes only the IRIs linked to those a new
    document names."""
    keys = set()
    for label in labels:
        if _by_name(iri):
            keys.add("n:" + name_key(label))
        if _ACRONYM.match(label):
            keys.add("a:" + label)
        elif initials(label):
            keys.add("a:" + initials(label))
    return keys


def _by_name(iri: str) -> bool:
    """Whether an IRI may be joined to others of its name: not a GeoNames place (it is its id),
    nor a group described without a name or a state ("people", "civilians":
    ``group/~{its words}/...``), an actor of its own document, never the "people" of every other
    story; nor a site described without a name (``place/~{its words}/market``)."""
    return "/place/geonames-" not in iri and "/group/~" not in iri and "/place/~" not in iri


def resolve_entities(stats: dict[str, EntityStats]) -> tuple[dict[str, str], dict[str, Identity]]:
    """One identity per thing: names equal up to apostrophes, case and the like are one, unless
    they are tied to different states; a person or organisation named without a state joins the
    one of that name a document ties to a state; an acronym joins the one organisation it
    abbreviates. The type is the one most documents give (ties by :data:`KIND_ORDER`). Works on
    any set of IRIs closed under :func:`entity_keys` links: the result for them is the one all
    IRIs give."""
    kinds: dict[str, Counter] = {iri: s.kinds for iri, s in stats.items() if s}
    labels: dict[str, Counter] = {iri: stats[iri].labels for iri in kinds}
    states: dict[str, set[str]] = {iri: set(stats[iri].states) for iri in kinds}
    rank = {k: i for i, k in enumerate(KIND_ORDER)}

    def kind_of(counter: Counter) -> str:
        return min(counter, key=lambda k: (-counter[k], rank.get(k, len(rank)), k))

    label_of = pick_label

    # 1. names equal up to spelling: one group per name (countries and weapons keep their own)
    # an actor and a place of one name stay two things (an event's place must be a place, its
    # agent an actor): the type is decided within each
    by_name: dict[tuple[bool, str], list[str]] = {}
    for iri, counter in kinds.items():
        kind = kind_of(counter)
        if kind in _MERGEABLE and _by_name(iri):
            for label in labels[iri]:
                by_name.setdefault((kind == "Place", name_key(label)), []).append(iri)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for _, members in sorted(by_name.items()):
        members = sorted(set(members))
        placed: dict[str, list[str]] = {}
        unplaced = []
        for iri in members:
            st = states[iri]
            if len(st) == 1:
                placed.setdefault(next(iter(st)), []).append(iri)
            elif not st:
                unplaced.append(iri)
        for group in placed.values():
            for iri in group[1:]:
                union(group[0], iri)
        if len(placed) <= 1:  # one state (or none) for this name: the unplaced are the same thing
            for iri in unplaced:
                union(members[0] if not placed else next(iter(placed.values()))[0], iri)
    groups: dict[str, list[str]] = {}
    for iri in kinds:
        groups.setdefault(find(iri), []).append(iri)

    # 2. acronyms: "HP" joins the one organisation whose name it abbreviates
    def gkind(members: list[str]) -> str:
        return kind_of(sum((kinds[m] for m in members), Counter()))

    orgs = {root: members for root, members in groups.items() if gkind(members) in ORG_KINDS}
    by_initials: dict[str, set[str]] = {}
    for root, members in orgs.items():
        for m in members:
            for label in labels[m]:
                if not _ACRONYM.match(label) and initials(label):
                    by_initials.setdefault(initials(label), set()).add(root)
    joins = []
    for root, members in sorted(orgs.items()):
        acr = {label for m in members for label in labels[m] if _ACRONYM.match(label)}
        found = set().union(*(by_initials.get(a, set()) for a in acr)) - {root} if acr else set()
        if len(found) == 1:
            (full,) = found
            mine = set().union(*(states[m] for m in members))
            theirs = set().union(*(states[m] for m in orgs[full]))
            if not (mine and theirs and mine != theirs):
                joins.append((root, full))
    abbreviated = set()
    for root, full in joins:
        groups[full] = groups.get(full, []) + groups.pop(root, [])
        abbreviated.add(full)

    rename: dict[str, str] = {}
    identities: dict[str, Identity] = {}
    for root, members in groups.items():
        members = sorted(members)
        counter = sum((kinds[m] for m in members), Counter())
        kind = kind_of(counter)
        names = sum((labels[m] for m in members), Counter())
        if kind == COUNTRY:
            iso = min(set().union(*(states[m] for m in members)), default=None)  # one answer whatever the hash seed
            label = country_name(iso) if iso else label_of(names)
        else:
            if root in abbreviated:  # "Hewlett-Packard", not "HP"
                short = {name_key(x) for x in names if _ACRONYM.match(x)}
                names = Counter({x: n for x, n in names.items() if name_key(x) not in short}) or names
            label = label_of(names)
        of_kind = [m for m in members if kind_of(kinds[m]) == kind] or members
        # a placed one stands for the rest, and one named as the identity is
        canon = min(of_kind, key=lambda m: (not states[m], label not in labels[m], m))
        identities[canon] = Identity(canon, kind, label)
        for m in members:
            if m != canon:
                rename[m] = canon
    return rename, identities


_DESCRIBED = re.compile(r"/group/~[^/]*/")


def _as_compared(iri: str) -> str:
    """An actor as reports are compared: its IRI, except that groups described without a name are
    compared by their words ("gunmen" of one story and of another may be the same gunmen, and
    that is evidence that two reports tell one happening), though each is its story's actor."""
    return _DESCRIBED.sub("/group/~/", iri).casefold()


Part = tuple  # (document IRI, its publication day or None, ReportRecord): one event as one document reports it


def report_parts(records: list[DocRecord]) -> dict[str, list[Part]]:
    """Event IRI -> its reports in the documents, in document IRI order (``records`` sorted)."""
    out: dict[str, list[Part]] = {}
    for rec in records:
        for r in rec.reports:
            out.setdefault(r.iri, []).append((rec.iri, rec.published, r))
    return out


def make_report(iri: str, parts: list[Part], canon) -> Report:
    """One :class:`Report` for an event IRI from its parts (copies of one report in several
    documents are one); ``canon(actor IRI)`` gives the IRI an actor stands under."""
    m = {"type": None, "modality": None, "date": None, "published": set(), "actors": set(), "targets": set(),
         "weapons": set(), "places": set(), "regions": set(), "about": set(), "side": {}, "countries": set(),
         "specific": False, "triggers": set(), "counts": set()}
    for _, published, r in parts:
        if m["type"] is None:
            m["type"], m["modality"], m["date"] = r.type, r.modality, r.date
        if published:
            m["published"].add(published)
        m["date"] = m["date"] or r.date
        ren = {a: _as_compared(canon(a)) for a in r.actors + r.targets}
        m["actors"].update(ren[a] for a in r.actors)
        m["targets"].update(ren[a] for a in r.targets)
        m["weapons"].update(r.weapons)
        m["places"].update(r.places)
        m["regions"].update(r.regions)
        m["about"].update(r.about)
        m["side"].update({ren[a]: s for a, s in r.side.items() if a in ren})
        m["countries"].update(ren[a] for a in r.countries if a in ren)
        m["specific"] = m["specific"] or r.specific
        m["triggers"].update(r.triggers)
        m["counts"].update(r.counts)
    return Report(iri=iri, type=m["type"], modality=m["modality"], date=m["date"], actors=frozenset(m["actors"]),
                  targets=frozenset(m["targets"]), weapons=frozenset(m["weapons"]), places=frozenset(m["places"]),
                  about=frozenset(m["about"]), regions=frozenset(m["regions"]), specific=m["specific"],
                  side=m["side"], countries=frozenset(m["countries"]), triggers=frozenset(m["triggers"]),
                  counts=frozenset(m["counts"]),
                  window=report_window(m["date"], min(m["published"]) if m["published"] else None))


def block_keys(r: Report) -> set[str]:
    """The blocks :func:`~kg.resolve.fusion.cluster_reports` compares a report in (none for
    speech acts, which it groups only through the events they are about)."""
    from kg.resolve.fusion import _keys
    from kg.vocab.event_types import registry

    if r.type in registry().speech:
        return set()
    return {f"{r.type} {r.modality} {k}" for k in _keys(r)}


def report_dates(parts: dict[str, list[Part]], events: dict[str, str]) -> dict[str, str]:
    """The earliest publication day of each (canonical) event's documents."""
    out: dict[str, str] = {}
    for iri, ps in parts.items():
        e = events.get(iri, iri)
        for _, published, _ in ps:
            if published and (e not in out or published < out[e]):
                out[e] = published
    return out


NEAR_DUPLICATE_BITS = 3


def near_duplicates(records: list[DocRecord]) -> dict[str, set[str]]:
    """Documents whose SimHashes are at most :data:`NEAR_DUPLICATE_BITS` apart. By the
    pigeonhole principle two such hashes agree on one of four 16-bit quarters, so only
    documents sharing a quarter are compared."""
    return _near_duplicates((r.iri, r.simhash) for r in records)


def _near_duplicates(pairs) -> dict[str, set[str]]:
    """:func:`near_duplicates` of (document IRI, SimHash) pairs."""
    from kg.ingest.document import hamming

    hashes = sorted({(d, h) for d, h in pairs if h})
    buckets: dict[tuple[int, str], list[int]] = {}
    for i, (_, h) in enumerate(hashes):
        for q in range(4):
            buckets.setdefault((q, h[4 * q:4 * q + 4]), []).append(i)
    out: dict[str, set[str]] = {}
    for members in buckets.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                if hashes[i][0] != hashes[j][0] and hamming(hashes[i][1], hashes[j][1]) <= NEAR_DUPLICATE_BITS:
                    out.setdefault(hashes[i][0], set()).add(hashes[j][0])
                    out.setdefault(hashes[j][0], set()).add(hashes[i][0])
    return out


def resolve(records: list[DocRecord]) -> Resolution:
    """The cross-document stage over every document of a graph (``kg build``; a store made by
    ``kg add`` runs the same steps on the part a batch touches, :mod:`kg.index`)."""
    records = sorted({r.iri: r for r in records}.values(), key=lambda r: r.iri)
    actors, identities = resolve_entities(entity_stats(records))
    parts = report_parts(records)
    events = cluster_reports([make_report(e, ps, lambda a: actors.get(a, a)) for e, ps in sorted(parts.items())])
    return Resolution({**actors, **events}, identities, report_dates(parts, events), near_duplicates(records))


class _Event:
    """What :func:`make_report` and :func:`report_dates` take of all the parts of one event IRI,
    gathered one part at a time in any order: the type and modality of the part of the smallest
    document IRI, the date of the smallest one with a date, the earliest publication, the union
    of the rest (actor IRIs as the documents give them: renamed when the report is made), and
    for each actor the state of the last part (in document order) that gives one."""

    __slots__ = ("first", "dated", "published", "actors", "targets", "weapons", "places", "regions", "about",
                 "countries", "triggers", "counts", "specific", "side")

    def __init__(self) -> None:
        self.first = self.dated = self.published = None
        self.actors, self.targets, self.weapons, self.places = set(), set(), set(), set()
        self.regions, self.about, self.countries, self.triggers, self.counts = set(), set(), set(), set(), set()
        self.specific = False
        self.side: dict = {}  # actor IRI -> (document IRI, its report's place, place in the side, state)


class Gathered:
    """The input of :func:`resolve` folded one document record at a time, so that a build holds
    what resolution compares — per entity IRI its :class:`EntityStats`, per event IRI its parts
    merged (:class:`_Event`), per document its IRI and SimHash — and not every document's record
    (which grows with the corpus where the things they name need not). :meth:`resolve` gives what
    :func:`resolve` gives for the same records (each document IRI given once)."""

    def __init__(self) -> None:
        self.stats: dict[str, EntityStats] = {}
        self.first_seen: dict[str, tuple] = {}  # entity IRI -> (document IRI, place): resolve's order
        self.events: dict[str, _Event] = {}
        self.hashes: list[tuple[str, str | None]] = []  # (document IRI, SimHash)
        self.documents: set[str] = set()
        self._strings: dict[str, str] = {}

    def _s(self, x: str) -> str:
        return self._strings.setdefault(x, x)

    def add(self, rec: DocRecord) -> None:
        if rec.iri in self.documents:
            raise ValueError(f"document {rec.iri} given twice")
        doc = self._s(rec.iri)
        self.documents.add(doc)
        self.hashes.append((doc, rec.simhash))
        for i, e in enumerate(rec.entities):
            iri = self._s(e.iri)
            st = self.stats.get(iri)
            if st is None:
                st = self.stats[iri] = EntityStats()
            key = (doc, i)
            if iri not in self.first_seen or key < self.first_seen[iri]:
                self.first_seen[iri] = key
            st.add(EntityRecord(iri, self._s(e.kind), self._s(e.label), e.country and self._s(e.country)))
        s = self._s
        for n, r in enumerate(rec.reports):
            ev = self.events.get(r.iri)
            if ev is None:
                ev = self.events[s(r.iri)] = _Event()
            if ev.first is None or doc < ev.first[0]:
                ev.first = (doc, s(r.type), s(r.modality))
            if r.date and (ev.dated is None or doc < ev.dated[0]):
                ev.dated = (doc, s(r.date))
            if rec.published and (ev.published is None or rec.published < ev.published):
                ev.published = s(rec.published)
            ev.actors.update(map(s, r.actors))
            ev.targets.update(map(s, r.targets))
            ev.weapons.update(map(s, r.weapons))
            ev.places.update(map(s, r.places))
            ev.regions.update(map(s, r.regions))
            ev.about.update(map(s, r.about))
            ev.countries.update(map(s, r.countries))
            ev.triggers.update(map(s, r.triggers))
            ev.counts.update(r.counts)
            ev.specific = ev.specific or r.specific
            for pos, (a, state) in enumerate(r.side.items()):
                known = ev.side.get(a)
                if known is None or (doc, n, pos) > known[:3]:
                    ev.side[s(a)] = (doc, n, pos, s(state))

    def report(self, iri: str, canon) -> Report:
        """:func:`make_report` of the event's parts."""
        ev = self.events[iri]
        ren = {a: _as_compared(canon(a)) for a in ev.actors | ev.targets}
        side: dict[str, str] = {}
        for a, (_, _, _, state) in sorted(ev.side.items(), key=lambda x: x[1][:3]):
            if a in ren:
                side[ren[a]] = state
        return Report(iri=iri, type=ev.first[1], modality=ev.first[2], date=ev.dated[1] if ev.dated else None,
                      actors=frozenset(ren[a] for a in ev.actors), targets=frozenset(ren[a] for a in ev.targets),
                      weapons=frozenset(ev.weapons), places=frozenset(ev.places), about=frozenset(ev.about),
                      regions=frozenset(ev.regions), specific=ev.specific, side=side,
                      countries=frozenset(ren[a] for a in ev.countries if a in ren),
                      triggers=frozenset(ev.triggers), counts=frozenset(ev.counts),
                      window=report_window(ev.dated[1] if ev.dated else None, ev.published))

    def resolve(self) -> Resolution:
        stats = {iri: self.stats[iri] for iri in sorted(self.stats, key=self.first_seen.__getitem__)}
        actors, identities = resolve_entities(stats)
        events = cluster_reports([self.report(e, lambda a: actors.get(a, a)) for e in sorted(self.events)])
        dates: dict[str, str] = {}
        for iri in sorted(self.events):
            published = self.events[iri].published
            e = events.get(iri, iri)
            if published and (e not in dates or published < dates[e]):
                dates[e] = published
        return Resolution({**actors, **events}, identities, dates, _near_duplicates(self.hashes))


def resolution_of(records) -> tuple[Resolution, set[str]]:
    """The resolution of ``records`` — document records or a :class:`Gathered` of them — and
    the IRIs of their documents."""
    if isinstance(records, Gathered):
        return records.resolve(), records.documents
    records = list(records)
    return resolve(records), {r.iri for r in records}
