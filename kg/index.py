"""The index a store made by ``kg add`` keeps beside its graphs (in the named graph
``urn:geokg:index``, which no output and no query of the default graph sees), so that adding
documents remakes only what they touch, without reading every document of the store.

It holds, per document, its resolution record (:class:`~kg.resolve.across.DocRecord`) and its
SimHash by quarters; per entity IRI, what all documents say of it
(:class:`~kg.resolve.across.EntityStats`) and the keys it is compared by
(:func:`~kg.resolve.across.entity_keys`); per event IRI, its reports in the documents, the
blocks fusion compares it in (:func:`~kg.resolve.across.block_keys`), its actors and, for a
statement, the events it is about; and the resolution itself (renamed IRIs, one identity per
entity, one report date per event).

An addition (:func:`plan`) recomputes the identities of the entity IRIs linked by keys to those
the new documents name, then the grouping of the events linked by blocks (of at most
:data:`~kg.resolve.fusion.MAX_BLOCK` reports, as fusion compares them) and statements to those
the new documents report or whose actors changed identity: a part closed under everything the
resolution compares, so its result there is the one a resolution of the whole store gives."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.rdf.union import INDEX_GRAPH
from kg.resolve.across import (
    NEAR_DUPLICATE_BITS,
    Report,
    DocRecord,
    EntityStats,
    Identity,
    ReportRecord,
    Resolution,
    _fields,
    block_keys,
    entity_keys,
    entity_stats,
    make_report,
    report_dates,
    report_parts,
    resolve_entities,
)
from kg.resolve import fusion
from kg.vocab.event_types import registry

G = INDEX_GRAPH


def _p(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"urn:geokg:{name}")


RECORD = _p("record")  # document -> its record (JSON)
SIMHASH = _p("simhash")  # document -> its SimHash
QUARTER = _p("quarter")  # document -> "q:hhhh", each quarter of its SimHash
STATS = _p("stats")  # entity IRI -> EntityStats (JSON)
KEY = _p("key")  # entity IRI -> each of its keys
PARTS = _p("parts")  # event IRI -> its reports in the documents (JSON)
BLOCK = _p("block")  # event IRI -> each block it is compared in
COUNT = _p("count")  # block node -> how many events are in it
MEMBER = _p("member")  # block node -> each of its events with its report (JSON), while at most fusion.MAX_BLOCK
PAIR = _p("pair")  # event IRI -> each event of a block it shares that fusion may join it with
ACTOR = _p("actor")  # event IRI -> each actor or target IRI its reports name
ABOUT = _p("about")  # statement IRI -> each event IRI it is about
CANON = _p("canon")  # IRI -> the IRI it stands under in the default graph (only those renamed)
IDENTITY = _p("identity")  # canonical entity IRI -> [kind, label] (JSON)
REPORT_DATE = _p("reportDate")  # canonical event IRI -> its earliest publication day
VERSION = _p("version")
LAYOUT = "4"


def _rules_fingerprint() -> str:
    """A hash of the code that decides resolution (``kg/resolve``, this index, the default graph,
    labels): a store resolved by other rules is resolved again on its next add, not patched."""
    import hashlib
    from pathlib import Path

    root = Path(__file__).resolve().parent
    files = sorted((root / "resolve").glob("*.py")) + [root / "index.py", root / "labels.py",
                                                        root / "rdf" / "union.py"]
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:12]


# the layout and the rules: another value in a store means its index and default graph are made again
INDEX_VERSION = f"{LAYOUT}:{_rules_fingerprint()}"


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _parts_json(parts: list) -> str:
    return _dumps([[d, pub, _fields(r)] for d, pub, r in parts])


def _parts_from(text: str) -> list:
    return [(d, pub, ReportRecord(**r)) for d, pub, r in json.loads(text)]


BLOCK_PREFIX = "urn:geokg:block:"


def _block_node(b: str) -> str:
    import hashlib

    return BLOCK_PREFIX + hashlib.sha1(b.encode("utf-8")).hexdigest()


# every field fusion compares, in the dataclass's order: a field added to Report is stored too
# (triggers and counts were once left out, so a stored block's reports lost their trigger stems
# and counts and an add missed joins a build made: "capture" of "members" in two stories)
_REPORT_FIELDS = tuple(f for f in dataclasses.fields(Report) if f.name != "iri")


def _report_dict(r: Report) -> list:
    out = []
    for f in _REPORT_FIELDS:
        v = getattr(r, f.name)
        out.append(sorted(v) if isinstance(v, frozenset) else list(v) if isinstance(v, tuple) else v)
    return out


def _report_from(iri: str, v: list) -> Report:
    values = {}
    for f, x in zip(_REPORT_FIELDS, v):
        if isinstance(f.default, frozenset):
            x = frozenset(x)
        elif f.name == "window":
            x = tuple(x) if x else None
        values[f.name] = x
    return Report(iri=iri, **values)


def _member(e: str, r: Report) -> ox.Literal:
    """One event of a block with its report, as the block's node holds it: a quad of its own, so
    an event joining or leaving a block writes its report alone, not the block's (the whole
    block's reports in one literal, rewritten at each join, made 14.2 MB of strings over the 249
    one-at-a-time Guardian adds for 2.5 MB kept: Oxigraph never drops a string). The same event
    in several blocks is the same string, stored once."""
    return ox.Literal(_dumps([e, _report_dict(r)]))


def _quarters(h: str) -> list[str]:
    return [f"{q}:{h[4 * q:4 * q + 4]}" for q in range(4)]


def _lit(x) -> ox.Term:
    return x if isinstance(x, (ox.NamedNode, ox.Literal)) else ox.Literal(str(x))


class Index:
    """Reads of a store's index (what the store held before the batch being planned)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._parts: dict[str, list] = {}
        self._stats: dict[str, EntityStats] = {}
        self._objects: dict[tuple, list] = {}
        self._read: set[str] = set()
        self._subjects: dict[tuple, set[str]] = {}
        self._one: dict[str, set] = {}
        self._members: dict[str, tuple[str, Report]] = {}  # a member literal -> its event and report

    def objects(self, s: str, p: ox.NamedNode) -> list:
        """The index's objects of ``s p``: all of a subject's entries are read at once (one read
        for an event's reports, pairs, group and date), and kept for the batch."""
        if s.startswith(BLOCK_PREFIX):  # a block's size is read without its reports
            found = self._objects.get((s, p))
            if found is None:
                found = self._objects[(s, p)] = [q.object for q in self.store.quads_for_pattern(ox.NamedNode(s), p, None, G)]
            return found
        if s not in self._read:
            self._read.add(s)
            found: dict = {}
            for q in self.store.quads_for_pattern(ox.NamedNode(s), None, None, G):
                found.setdefault((s, q.predicate), []).append(q.object)
            self._objects.update(found)
            for key in self._one.pop(s, ()):
                if key not in found:
                    self._objects[key] = []
        return self._objects.get((s, p), [])

    def one(self, s: str, p: ox.NamedNode) -> list:
        """The objects of ``s p`` alone (what the default graph asks of every IRI it renames: a
        mention, a class, an event with many pairs), unless all of ``s`` is read already."""
        if s in self._read or (s, p) in self._objects:
            return self._objects.get((s, p), [])
        found = self._objects[(s, p)] = [q.object for q in self.store.quads_for_pattern(ox.NamedNode(s), p, None, G)]
        self._one.setdefault(s, set()).add((s, p))
        return found

    def subjects(self, p: ox.NamedNode, o) -> set[str]:
        key = (p, o if isinstance(o, str) else o.value)
        found = self._subjects.get(key)
        if found is None:
            found = self._subjects[key] = {q.subject.value for q in self.store.quads_for_pattern(None, p, _lit(o), G)}
        return found

    def present(self) -> bool:
        """Whether the store holds an index of this geokg's layout."""
        return ox.Literal(INDEX_VERSION) in {q.object for q in self.store.quads_for_pattern(G, VERSION, None, G)}

    def record(self, doc: str) -> DocRecord | None:
        found = self.objects(doc, RECORD)
        return DocRecord.from_json(found[0].value) if found else None

    def stats(self, iri: str) -> EntityStats:
        s = self._stats.get(iri)
        if s is None:
            found = self.objects(iri, STATS)
            s = self._stats[iri] = EntityStats.from_json(found[0].value) if found else EntityStats()
        return s

    def keys(self, iri: str) -> set[str]:
        return {o.value for o in self.objects(iri, KEY)}

    def parts(self, e: str) -> list:
        p = self._parts.get(e)
        if p is None:
            found = self.objects(e, PARTS)
            p = self._parts[e] = _parts_from(found[0].value) if found else []
        return p

    def blocks(self, e: str) -> set[str]:
        return {o.value for o in self.objects(e, BLOCK)}

    def pairs(self, e: str) -> set[str]:
        return {o.value for o in self.objects(e, PAIR)}

    def block_count(self, b: str) -> int:
        found = self.objects(_block_node(b), COUNT)
        return int(found[0].value) if found else 0

    def block_members(self, b: str) -> dict | None:
        """A block's events, each with its report and the literal that holds them, or None when
        it holds more than fusion compares."""
        found = self.objects(_block_node(b), MEMBER)
        if not found:
            return None if self.block_count(b) else {}
        out = {}
        for lit in found:
            got = self._members.get(lit.value)
            if got is None:
                e, v = json.loads(lit.value)
                got = self._members[lit.value] = (e, _report_from(e, v))
            out[got[0]] = (got[1], lit)
        return out

    def block_reports(self, b: str) -> dict | None:
        """A block's reports, or None when it holds more than fusion compares (or nothing)."""
        found = self.block_members(b)
        return None if found is None else {e: r for e, (r, _) in found.items()}

    def canon(self, iri: str) -> str:
        found = self.one(iri, CANON)
        return found[0].value if found else iri

    def renamed(self, iri: str) -> str | None:
        found = self.one(iri, CANON)
        return found[0].value if found else None

    def members(self, canon: str) -> set[str]:
        return self.subjects(CANON, ox.NamedNode(canon)) | {canon}

    def identity(self, iri: str) -> Identity | None:
        found = self.one(iri, IDENTITY)
        if not found:
            return None
        kind, label = json.loads(found[0].value)
        return Identity(iri, kind, label)

    def report_date(self, iri: str) -> str | None:
        found = self.one(iri, REPORT_DATE)
        return found[0].value if found else None

    def simhash(self, doc: str) -> str | None:
        found = self.objects(doc, SIMHASH)
        return found[0].value if found else None


def index_quads(records: list[DocRecord], res: Resolution) -> list[ox.Quad]:
    """The whole index of a store holding ``records`` resolved as ``res`` (:func:`resolve`)."""
    records = sorted({r.iri: r for r in records}.values(), key=lambda r: r.iri)
    out = [ox.Quad(G, VERSION, ox.Literal(INDEX_VERSION), G)]

    def add(s: str, p: ox.NamedNode, o) -> None:
        out.append(ox.Quad(ox.NamedNode(s), p, _lit(o), G))

    for rec in records:
        add(rec.iri, RECORD, rec.to_json())
        if rec.simhash:
            add(rec.iri, SIMHASH, rec.simhash)
            for q in _quarters(rec.simhash):
                add(rec.iri, QUARTER, q)
    for iri, st in entity_stats(records).items():
        add(iri, STATS, st.to_json())
        for k in entity_keys(iri, st.labels):
            add(iri, KEY, k)
    members: dict[str, dict] = {}
    for e, parts in report_parts(records).items():
        add(e, PARTS, _parts_json(parts))
        for a in sorted({a for _, _, r in parts for a in r.actors + r.targets}):
            add(e, ACTOR, ox.NamedNode(a))
        for a in sorted({a for _, _, r in parts for a in r.about}):
            add(e, ABOUT, ox.NamedNode(a))
        r = make_report(e, parts, lambda a: res.rename.get(a, a))
        for b in block_keys(r):
            add(e, BLOCK, b)
            members.setdefault(b, {})[e] = r
    pairs: dict[str, set[str]] = {}
    for b, rs in members.items():
        add(_block_node(b), COUNT, str(len(rs)))
        if len(rs) <= fusion.MAX_BLOCK:
            for e, r in rs.items():
                add(_block_node(b), MEMBER, _member(e, r))
            items = sorted(rs.items())
            for i, (e, r) in enumerate(items):
                for f, q in items[i + 1:]:
                    if fusion.may_join(r, q):
                        pairs.setdefault(e, set()).add(f)
                        pairs.setdefault(f, set()).add(e)
    for e, fs in pairs.items():
        for f in fs:
            add(e, PAIR, ox.NamedNode(f))
    for x, c in res.rename.items():
        add(x, CANON, ox.NamedNode(c))
    for c, ident in res.entities.items():
        add(c, IDENTITY, _dumps([ident.kind, ident.label]))
    for c, day in res.report_date.items():
        add(c, REPORT_DATE, day)
    return out


@dataclass
class Plan:
    """What a batch changes: the index quads to delete and insert, the resolution after it
    (``view``, read through the index where the batch changes nothing), the IRIs whose
    canonical IRI changes (``moved``: IRI -> old canonical IRI) and the canonical IRIs whose
    identity, report date or near duplicates change."""

    delete: list[ox.Quad] = field(default_factory=list)
    insert: list[ox.Quad] = field(default_factory=list)
    view: "View | None" = None
    moved: dict[str, str] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    reidentified: set[str] = field(default_factory=set)  # entities whose type or label changes
    regrouped: bool = True  # False when no report changed as fusion compares them
    members: "callable | None" = None

    def put(self, index: Index, s: str, p: ox.NamedNode, objects) -> None:
        """The index holds exactly ``objects`` for ``s p`` after the batch."""
        node = ox.NamedNode(s)
        old = set(index.objects(s, p))
        new = {_lit(o) for o in objects}
        self.delete += [ox.Quad(node, p, o, G) for o in old - new]
        self.insert += [ox.Quad(node, p, o, G) for o in new - old]

    def regroup(self, index: Index, iris, rename: dict[str, str]) -> None:
        """``iris`` stand under ``rename``'s IRIs after the batch (or under themselves)."""
        for x in iris:
            before = index.canon(x)
            if before != rename.get(x, x):
                self.moved[x] = before
            self.put(index, x, CANON, [ox.NamedNode(rename[x])] if x in rename else [])


class _Lookup:
    def __init__(self, fn) -> None:
        self.fn = fn
        self.cache: dict = {}

    def get(self, key, default=None):
        if key not in self.cache:
            self.cache[key] = self.fn(key)
        value = self.cache[key]
        return default if value is None else value


class View:
    """A :class:`~kg.resolve.across.Resolution` as :func:`kg.rdf.union.subject_triples` reads
    it: the batch's results where it recomputed, the index's elsewhere."""

    def __init__(self, index: Index, rename_fn, entity_fn, date_fn, near_fn) -> None:
        self.rename = _Lookup(rename_fn)
        self.entities = _Lookup(entity_fn)
        self.report_date = _Lookup(date_fn)
        self.near_duplicates = _Lookup(near_fn)

    def canon(self, iri: str) -> str:
        return self.rename.get(iri, iri)


def _closure(start, linked) -> set[str]:
    """Everything reached from ``start`` through ``linked(x)`` (an iterable of what ``x`` is
    linked to), ``start`` included: the part of the store a batch must recompute."""
    out: set[str] = set()
    frontier = list(start)
    while frontier:
        x = frontier.pop()
        if x not in out:
            out.add(x)
            frontier.extend(linked(x))
    return out


def plan(index: Index, new: dict[str, DocRecord]) -> Plan:
    """Resolve a batch of new or replaced documents (``new``: document IRI -> record) against
    the store's index: once, over the part of the store they touch."""
    out = Plan()
    old = {d: r for d, r in ((d, index.record(d)) for d in new) if r is not None}

    # ---- entities: the stats the batch changes, then every IRI linked to those by keys
    new_stats: dict[str, EntityStats] = {}
    for sign, recs in ((-1, old), (1, new)):
        for rec in recs.values():
            for e in rec.entities:
                st = new_stats.get(e.iri)
                if st is None:
                    base = index.stats(e.iri)
                    st = new_stats[e.iri] = EntityStats(base.kinds.copy(), base.labels.copy(), base.states.copy())
                st.add(e, sign)
    by_key: dict[str, set[str]] = {}
    for iri, st in new_stats.items():
        for k in entity_keys(iri, st.labels):
            by_key.setdefault(k, set()).add(iri)
    seen: set[str] = set()

    def linked_by_keys(iri: str):
        keys = index.keys(iri) | (entity_keys(iri, new_stats[iri].labels) if iri in new_stats else set())
        for k in keys - seen:  # a key once followed links nothing new
            seen.add(k)
            yield from index.subjects(KEY, k) | by_key.get(k, set())

    comp_e = _closure(new_stats, linked_by_keys)
    rename_e, ident_e = resolve_entities({iri: new_stats[iri] if iri in new_stats else index.stats(iri)
                                          for iri in comp_e})
    for iri, st in new_stats.items():
        out.put(index, iri, STATS, [st.to_json()] if st else [])
        out.put(index, iri, KEY, sorted(entity_keys(iri, st.labels)))
    out.regroup(index, comp_e, rename_e)
    for iri in comp_e:
        if index.identity(iri) != ident_e.get(iri):
            out.changed.add(iri)
            out.reidentified.add(iri)
        ident = ident_e.get(iri)
        out.put(index, iri, IDENTITY, [_dumps([ident.kind, ident.label])] if ident else [])

    def ecanon(x: str) -> str:
        return rename_e.get(x, x) if x in comp_e else index.canon(x)

    # ---- events: the reports the batch changes and those whose actors moved; the pairs of
    # reports fusion may join (fusion.may_join, within blocks of at most MAX_BLOCK) are kept,
    # and the part regrouped is every event linked to those by such pairs or by statements
    new_parts: dict[str, list] = {}
    for rec in list(old.values()) + list(new.values()):
        for r in rec.reports:
            new_parts.setdefault(r.iri, [])
    for e in new_parts:
        kept = [p for p in index.parts(e) if p[0] not in new]
        fresh = [(d, rec.published, r) for d, rec in sorted(new.items()) for r in rec.reports if r.iri == e]
        new_parts[e] = sorted(kept + fresh, key=lambda p: p[0])
    changed_v = set(new_parts)
    for x in set(out.moved):
        changed_v |= index.subjects(ACTOR, ox.NamedNode(x))

    def parts(e: str) -> list:
        return new_parts[e] if e in new_parts else index.parts(e)

    reports: dict = {}

    def report(e: str):
        if e not in reports:
            ps = parts(e)
            reports[e] = make_report(e, ps, ecanon) if ps else None
        return reports[e]

    new_about = {e: {a for _, _, r in parts(e) for a in r.about} for e in new_parts}
    # a batch that changes no report as fusion compares it (copies of stored stories, with no
    # actor renamed) regroups nothing: only the report dates of the groups it adds sources to
    unchanged = not out.moved and all(index.parts(e) and report(e) is not None
                                      and make_report(e, index.parts(e), ecanon) == report(e) for e in changed_v)
    out.regrouped = not unchanged
    if unchanged:
        new_blocks = {e: index.blocks(e) for e in changed_v}
        comp_v = set().union(*(index.members(index.canon(e)) for e in changed_v)) if changed_v else set()
        rename_v = {e: index.canon(e) for e in comp_v if index.canon(e) != e}
        dates_v = report_dates({e: parts(e) for e in comp_v if parts(e)}, rename_v)
    else:
        new_blocks = {e: (block_keys(report(e)) if report(e) else set()) for e in changed_v}
        old_blocks = {e: index.blocks(e) for e in changed_v}
        limit = fusion.MAX_BLOCK
        after: dict[str, dict | None] = {}  # block -> its reports after the batch (None: more than the limit)
        count: dict[str, int] = {}
        reedge = set(changed_v)
        member_literal: dict[str, ox.Literal] = {}  # an event's report as its blocks hold it
        for b in sorted(set().union(*old_blocks.values(), *new_blocks.values())):
            adds = {e for e in changed_v if b in new_blocks[e]}
            dels = {e for e in changed_v if b in old_blocks[e] and b not in new_blocks[e]}
            before = index.block_count(b)
            n = before + len(adds - {e for e in changed_v if b in old_blocks[e]}) - len(dels)
            count[b] = n
            literals: dict[str, ox.Literal] = {}  # the block's events after the batch, as stored
            if n > limit:
                after[b] = None
            else:
                stored = index.block_members(b)
                if stored is None:  # it was over the limit: its reports are made again
                    members = {f: report(f) for f in index.subjects(BLOCK, b)}
                else:
                    members = {f: r for f, (r, _) in stored.items()}
                    literals = {f: lit for f, (_, lit) in stored.items()}
                for e in dels:
                    members.pop(e, None)
                    literals.pop(e, None)
                for e in adds:
                    members[e] = report(e)
                    literals.pop(e, None)
                after[b] = members
                for e, r in members.items():
                    if e not in literals:
                        if e not in member_literal:
                            member_literal[e] = _member(e, r)
                        literals[e] = member_literal[e]
            if before and (before > limit) != (n > limit):  # its pairs appear or go: remake its members'
                reedge |= index.subjects(BLOCK, b) | adds
            out.put(index, _block_node(b), COUNT, [str(n)] if n else [])
            # only the events that join, leave or change are written: not the block
            out.put(index, _block_node(b), MEMBER, literals.values())

        def blocks_after(e: str) -> set[str]:  # an event the batch leaves as it was is in the blocks it was in
            if e not in new_blocks:
                new_blocks[e] = block_keys(report(e)) if report(e) else set()
            return new_blocks[e]

        def block_after(b: str):
            if b not in after:
                after[b] = index.block_reports(b)
            return after[b]

        new_pairs: dict[str, set[str]] = {}
        for e in reedge:
            mine = report(e)
            found = set()
            if mine is not None:
                # an event sharing several blocks with e is compared once, not once a block (a
                # quarter of the 120 first Guardian adds' may_join calls were such repeats); a
                # block holding another report of it (as its blocks were written) compares that too
                compared: dict[str, list] = {}
                for b in blocks_after(e):
                    members = block_after(b)
                    if members is None:
                        continue
                    for f, r in members.items():
                        if f == e or f in found:
                            continue
                        seen = compared.setdefault(f, [])
                        if any(x == r for x in seen):
                            continue
                        seen.append(r)
                        if fusion.may_join(mine, r):
                            found.add(f)
            new_pairs[e] = found
        old_pairs = {e: index.pairs(e) for e in reedge}
        partners: dict[str, set[str]] = {}  # events outside reedge whose pairs change
        for e in reedge:
            for f in (old_pairs[e] | new_pairs[e]) - reedge:
                partners.setdefault(f, set()).add(e)
        for e in reedge:
            out.put(index, e, PAIR, [ox.NamedNode(f) for f in sorted(new_pairs[e])])
        partner_pairs: dict[str, set[str]] = {}
        for f, es in partners.items():
            kept = partner_pairs[f] = {x for x in index.pairs(f) if x not in es} | {e for e in es if f in new_pairs[e]}
            out.put(index, f, PAIR, [ox.NamedNode(x) for x in sorted(kept)])
        about_rev: dict[str, set[str]] = {}
        for e, targets in new_about.items():
            for a in targets:
                about_rev.setdefault(a, set()).add(e)

        # the events regrouped: every event paired with one the batch changes, either way, and so
        # on (fusion joins events of one such part alone: statements have no pairs)
        def paired(e: str):
            return index.pairs(e) | new_pairs.get(e, set()) | partners.get(e, set())

        regrouped = _closure(reedge, paired)

        def about(s: str) -> set[str]:  # what a statement is or was about
            if s in new_parts:
                return {o.value for o in index.objects(s, ABOUT)} | new_about[s]
            return {a for _, _, r in parts(s) for a in r.about}

        def told_by(e: str) -> set[str]:  # the statements about an event, before or after the batch
            return index.subjects(ABOUT, ox.NamedNode(e)) | about_rev.get(e, set())

        # the statements regrouped: those about the events regrouped, and every statement fusion
        # may join with one of them: about an event of the group, or paired with an event, of one
        # they are about. An event they are about that is not regrouped stands in its stored group
        # (``fixed``), with its pairs: its whole part of the store is not read, nor fused again
        # (the 2,000 AG items: one article about Israel's coalition read and fused 175 reports,
        # of attacks, meetings and agreements tied through statements; the store of 200, 3)
        speech = registry().speech

        def linked_statements(s: str):
            for e in about(s):
                if e in regrouped:
                    continue  # statements about those regrouped are all in already
                if report(e) is not None and report(e).type in speech:
                    yield e  # a statement about a statement: its group is remade too
                for g in index.members(index.canon(e)) | index.pairs(e):
                    yield from told_by(g)

        seeds = {e for e in regrouped if about(e)} | {s for e in regrouped for s in told_by(e)}
        comp_v = regrouped | _closure(seeds, linked_statements)
        fixed = {e: index.canon(e) for s in comp_v for e in about(s) if e not in comp_v and parts(e)}
        present = sorted(e for e in comp_v if parts(e))
        # the pairs after the batch, as the index keeps them (within blocks of at most MAX_BLOCK
        # reports of the whole store): the only ones fusion can join, so its blocks are not remade
        after_pairs = {e: new_pairs[e] if e in new_pairs else partner_pairs[e] if e in partner_pairs
                       else index.pairs(e) for e in present + sorted(fixed)}
        grouped = fusion.cluster_reports([report(e) for e in present + sorted(fixed)], candidates=after_pairs,
                                         fixed=fixed)
        rename_v = {e: c for e, c in grouped.items() if e not in fixed}
        dates_v = report_dates({e: parts(e) for e in present}, rename_v)
    out.regroup(index, comp_v, rename_v)
    for e in comp_v:
        if index.report_date(e) != dates_v.get(e):
            out.changed.add(e)
        out.put(index, e, REPORT_DATE, [dates_v[e]] if e in dates_v else [])
    for e in changed_v:
        out.put(index, e, BLOCK, sorted(new_blocks[e]))
        if e in new_parts:
            ps = new_parts[e]
            out.put(index, e, PARTS, [_parts_json(ps)] if ps else [])
            out.put(index, e, ACTOR, [ox.NamedNode(a) for a in sorted({a for _, _, r in ps for a in r.actors + r.targets})])
            out.put(index, e, ABOUT, [ox.NamedNode(a) for a in sorted(new_about[e])])

    # ---- near duplicates: the batch's documents and those they were or are near
    hashes = {d: r.simhash for d, r in new.items()}

    def hash_of(d: str) -> str | None:
        return hashes[d] if d in hashes else index.simhash(d)

    def near(d: str, h: str | None, after: bool) -> set[str]:
        from kg.ingest.document import hamming

        if not h:
            return set()
        cands: set[str] = set()
        for q in _quarters(h):
            cands |= index.subjects(QUARTER, q)
        if after:
            cands = {c for c in cands if c not in hashes} | {b for b, bh in hashes.items() if bh and
                                                             set(_quarters(bh)) & set(_quarters(h))}
        return {c for c in cands if c != d and (hc := (hash_of(c) if after else index.simhash(c)))
                and hamming(h, hc) <= NEAR_DUPLICATE_BITS}

    for d in new:
        out.changed |= {d} | near(d, index.simhash(d), False) | near(d, hashes[d], True)
        rec = new[d]
        out.put(index, d, RECORD, [rec.to_json()])
        out.put(index, d, SIMHASH, [rec.simhash] if rec.simhash else [])
        out.put(index, d, QUARTER, _quarters(rec.simhash) if rec.simhash else [])
    near_cache: dict[str, set[str]] = {}

    def near_after(d: str):
        if d not in near_cache:
            near_cache[d] = near(d, hash_of(d), True)
        return near_cache[d] or None

    def rename(x: str) -> str | None:
        if x in comp_e:
            return rename_e.get(x)
        if x in comp_v:
            return rename_v.get(x)
        return index.renamed(x)

    def entity(c: str) -> Identity | None:
        return ident_e.get(c) if c in comp_e else index.identity(c)

    def date(c: str) -> str | None:
        return dates_v.get(c) if c in comp_v else index.report_date(c)

    out.view = View(index, rename, entity, date, near_after)
    groups: dict[str, set[str]] = {}
    for x in comp_e:
        groups.setdefault(rename_e.get(x, x), set()).add(x)
    for x in comp_v:
        groups.setdefault(rename_v.get(x, x), set()).add(x)

    def members(c: str) -> set[str]:
        if c in comp_e or c in comp_v:
            return groups.get(c, set())
        return index.members(c)

    out.members = members
    if not index.present():
        out.insert.append(ox.Quad(G, VERSION, ox.Literal(INDEX_VERSION), G))
    return out
