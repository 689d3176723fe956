"""The only place that builds triples: one named graph per document (graph IRI = document IRI)
holding the document, its mentions, entities and events.

Quads are made directly as pyoxigraph terms (no rdflib on the build path: a quad through rdflib
costs about seven times as much), and the ontology is parsed once per process."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from kg.extract.records import COUNTRY, Entity, Event, Extraction
from kg.ingest.document import Document
from kg.rdf.iris import DEFAULT_BASE, Minter
from kg.resolve.across import country_name, event_iris
from kg.vocab.event_types import EventType, registry
from kg.vocab.ontology import ontology_triples
from kg.vocab.terms import DCTERMS, GEO, GEV, NIF, OWL, PROV, RDF, RDFS, SKOS, XSD

ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/geokg/ontology")

# the gev class hierarchy, materialised so that SPARQL needs no reasoner ("?x a gev:Actor")
SUPERCLASSES = {
    "Person": ["Actor"],
    "Group": ["Actor"],
    "Country": ["Actor", "Place"],
    "Organization": ["Actor"],
    "GovernmentBody": ["Organization", "Actor"],
    "InternationalOrganization": ["Organization", "Actor"],
    "ArmedForce": ["Organization", "Actor"],
    "MediaOrganization": ["Organization", "Actor"],
    "Place": [],
    "Weapon": [],
}


@lru_cache(maxsize=1)
def ontology_quads() -> tuple[ox.Quad, ...]:
    """The vocabulary in its own named graph, without its blank-node axioms
    (owl:AllDisjointClasses lists), whose labels would differ on every load; the full ontology is
    ontology/geoevent.ttl."""
    return tuple(ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in ontology_triples()
                 if not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode))


def _lit(value: str, datatype: ox.NamedNode | None = None) -> ox.Literal:
    return ox.Literal(value, datatype=datatype) if datatype is not None else ox.Literal(value)


def date_literal(value: str) -> ox.Literal:
    if len(value) == 4:
        return ox.Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return ox.Literal(value, datatype=XSD.gYearMonth)
    if len(value) == 10:
        return ox.Literal(value, datatype=XSD.date)
    return ox.Literal(value, datatype=XSD.dateTime)


_BAD_IRI_CHARS = set(' <>"{}|\\^`\n\r\t')


def _url_term(url: str) -> ox.NamedNode | ox.Literal:
    if url.startswith(("http://", "https://")) and not any(c in _BAD_IRI_CHARS for c in url):
        try:
            return ox.NamedNode(url)
        except ValueError:
            pass
    return ox.Literal(url)


def _degrees(value: float) -> ox.Literal:
    """A coordinate as xsd:decimal, the GeoNames record's five decimals (no exponent, no padding)."""
    return ox.Literal(f"{value:.5f}".rstrip("0").rstrip(".") or "0", datatype=XSD.decimal)


def _dec(value: float) -> ox.Literal:
    return ox.Literal(f"{value:.2f}", datatype=XSD.decimal)


class GraphBuilder:
    """Turns (document, extraction) pairs into pyoxigraph quads: :meth:`document_quads` gives one
    document's named graph, :meth:`ontology_quads` the ontology graph every output carries."""

    def __init__(self, base: str = DEFAULT_BASE, event_types: dict[str, EventType] | None = None) -> None:
        self.mint = Minter(base)
        self.event_types = event_types if event_types is not None else registry().types
        self._nodes: dict[str, ox.NamedNode] = {}  # entity key -> its IRI, made once

    @staticmethod
    def ontology_quads() -> tuple[ox.Quad, ...]:
        """The ontology in its own named graph (IRI = the ontology's IRI), so that the graph
        describes itself (class hierarchy, labels, CAMEO/PLOVER codes) to SPARQL without a
        reasoner, and a store replaces it whole on every load."""
        return ontology_quads()

    def prefixes(self) -> dict[str, str]:
        from kg.vocab import PREFIXES

        return {**PREFIXES, "geokg": self.mint.base}

    # ------------------------------------------------------------------ quads
    def document_quads(self, document: Document, ex: Extraction, sink=None, part: int = 50_000,
                       mentions: list | None = None, others: list | None = None,
                       mention_lines: list | None = None) -> list[ox.Quad]:
        """The quads of one document's named graph (graph IRI = document IRI). With ``sink``,
        they go to ``sink(quads)`` in lists of ``part`` (a very long document's, which would not
        be held at once) and the list returned holds the rest. Without ``sink``, ``mentions``
        (a list) receives the default graph's quads of the mentions as
        :func:`kg.rdf.union.mention_quads` makes them, and ``others`` the graph's quads of every
        other subject, both as they are made (no second pass over the quads); ``mention_lines``
        (a list) the same default-graph statements as N-Triples lines (``f"{quad} .\\n"`` of each
        of ``mentions``), made without a quad object (a quad with a literal object costs about
        4 µs to make, its line about 1.5)."""
        doc_iri = ox.NamedNode(self.mint.document(document.key))
        out: list[ox.Quad] = []
        if sink is None:
            add = _Adder(out, doc_iri) if mentions is None and others is None and mention_lines is None \
                else _SplitAdder(out, doc_iri, mentions, others, mention_lines)
        else:
            add = _PartAdder(out, doc_iri, sink, part)
        self._document(add, doc_iri, document)
        referenced_countries: set[str] = set()
        for ent in ex.entities.values():
            self._entity(add, doc_iri, document, ent, ex, referenced_countries)
        # a statement is about the events reported in what was said ("HP said it had agreed to
        # buy EYP"); the event IRIs are derived once, in kg.resolve.across.event_iris
        described = event_iris(ex, document.published[:10] if document.published else None, self.mint)
        for ev, iri, _ in described:
            if ev.type != "Statement":
                self._event(add, doc_iri, document, ev, ex, iri)
        for ev, iri, about in described:
            if ev.type == "Statement":
                self._event(add, doc_iri, document, ev, ex, iri, about)
        # countries named only through a person's or place's country still get a description
        for iso3 in sorted(referenced_countries - {e.iso3 for e in ex.entities.values() if e.kind == COUNTRY}):
            self._country_stub(add, doc_iri, iso3)
        return add.out

    def _iri(self, key: str) -> ox.NamedNode:
        node = self._nodes.get(key)
        if node is None:
            if len(self._nodes) >= 100_000:  # bounded: a long run meets ever more entities
                self._nodes.clear()
            node = self._nodes[key] = ox.NamedNode(self.mint.entity(key))
        return node

    # ------------------------------------------------------------------ parts
    def _document(self, add: "_Adder", iri: ox.NamedNode, d: Document) -> None:
        add(iri, RDF.type, GEV.Document)
        add(iri, RDF.type, PROV.Entity)
        for value, prop, term in ((d.id, DCTERMS.identifier, _lit), (d.title, DCTERMS.title, _lit),
                                  (d.url, DCTERMS.source, _url_term), (d.published, DCTERMS.date, date_literal),
                                  (d.author, DCTERMS.creator, _lit), (d.publisher, DCTERMS.publisher, _lit)):
            if value:
                add(iri, prop, term(value))
        add(iri, GEV.text, ox.Literal(d.text))
        add(iri, GEV.sha256, ox.Literal(d.sha256))
        add(iri, GEV.simhash, ox.Literal(d.simhash))
        for junk in d.junk:
            m = self._mention(add, iri, d, junk.start, junk.end)
            add(iri, GEV.junk, m)
            add.mention(m, GEV.junkKind, ox.Literal(junk.kind))

    def _mention(self, add: "_Adder", doc_iri: ox.NamedNode, d: Document, start: int, end: int) -> ox.NamedNode:
        m = ox.NamedNode(self.mint.mention(doc_iri.value, start, end))
        mention = add.mention
        mention(m, RDF.type, GEV.Mention)
        mention(m, RDF.type, NIF.String)
        mention(m, GEV.document, doc_iri)
        mention(m, NIF.beginIndex, ox.Literal(str(start), datatype=XSD.nonNegativeInteger))
        mention(m, NIF.endIndex, ox.Literal(str(end), datatype=XSD.nonNegativeInteger))
        mention(m, NIF.anchorOf, ox.Literal(d.text[start:end]))
        return m

    def _country_stub(self, add: "_Adder", doc_iri: ox.NamedNode, iso3: str) -> None:
        from kg.extract.entities import country_entity

        iri = self._iri(f"country:{iso3}")
        stub = country_entity(iso3, {"name": country_name(iso3)})  # "Russia", as the lexicon names it
        for t in ("Country", "Actor", "Place"):
            add(iri, RDF.type, GEV[t])
        add(iri, RDFS.label, ox.Literal(stub.label))
        add(iri, GEV.isoCode, ox.Literal(iso3))
        add(iri, PROV.wasDerivedFrom, doc_iri)

    def _entity(self, add: "_Adder", doc_iri: ox.NamedNode, d: Document, ent: Entity, ex: Extraction,
                countries: set[str]) -> None:
        iri = self._iri(ent.key)
        add(iri, RDF.type, GEV[ent.kind])
        for sup in SUPERCLASSES.get(ent.kind, []):
            add(iri, RDF.type, GEV[sup])
        add(iri, RDFS.label, ox.Literal(ent.label))
        for alt in sorted(ent.alt_labels - {ent.label}):
            add(iri, SKOS.altLabel, ox.Literal(alt))
        if ent.kind == COUNTRY and ent.iso3:
            add(iri, GEV.isoCode, ox.Literal(ent.iso3))
        if ent.geonameid:
            add(iri, OWL.sameAs, ox.NamedNode(f"https://sws.geonames.org/{int(ent.geonameid)}/"))
            if ent.lat is not None and ent.long is not None:
                # the GeoNames record's own figures (5 decimals), never rounded further
                add(iri, GEO.lat, _degrees(ent.lat))
                add(iri, GEO.long, _degrees(ent.long))
        if ent.country and ent.kind != COUNTRY:
            add(iri, GEV.country, self._iri(f"country:{ent.country}"))
            countries.add(ent.country)
        if ent.role:
            add(iri, GEV.role, ox.Literal(ent.role))
        if ent.member_of and ent.member_of in ex.entities:
            add(iri, GEV.memberOf, self._iri(ent.member_of))
        if ent.weapon_class:
            add(iri, GEV.weaponClass, ox.Literal(ent.weapon_class))
        if ent.is_actor:
            add(iri, GEV.confidence, _dec(ent.confidence))
        for m in sorted(ent.mentions):
            add(iri, GEV.mention, self._mention(add, doc_iri, d, m.start, m.end))
        add(iri, PROV.wasDerivedFrom, doc_iri)

    def _event(self, add: "_Adder", doc_iri: ox.NamedNode, d: Document, ev: Event, ex: Extraction, event_iri: str,
               about: tuple[str, ...] = ()) -> None:
        """Add one event under ``event_iri`` (see :func:`kg.resolve.across.event_iris`); ``about``:
        for a statement, the IRIs of the events it reports."""
        iri = ox.NamedNode(event_iri)
        for other in about:
            add(iri, GEV.about, ox.NamedNode(other))
        info = self.event_types[ev.type]  # an event of a type the ontology does not know is a bug upstream
        add(iri, RDF.type, _node(info.cls))
        for sup in info.superclasses:
            add(iri, RDF.type, _node(sup))
        add(iri, GEV.eventType, _node(info.concept))
        if info.cameo:
            add(iri, GEV.cameoCode, ox.Literal(info.cameo))
        if info.plover:
            add(iri, GEV.ploverType, ox.Literal(info.plover))
        add(iri, RDFS.label, ox.Literal(self._event_label(ev, ex)))
        add(iri, GEV.trigger, ox.Literal(ev.trigger))
        for prop, keys in ((GEV.agent, ev.agents), (GEV.target, ev.targets), (GEV.participant, ev.participants),
                           (GEV.weapon, ev.weapons), (GEV.place, ev.places), (GEV.accordingTo, ev.according_to)):
            for key in keys:
                if key in ex.entities:
                    add(iri, prop, self._iri(key))
        if ev.date:
            add(iri, GEV.date, date_literal(ev.date))
        for quote in ev.quotes:
            add(iri, GEV.quote, ox.Literal(quote))
        add(iri, GEV.modality, ox.Literal(ev.modality))
        add(iri, GEV.confidence, _dec(ev.confidence))
        specific, carriers = set(ev.specific), set(ev.carriers)
        for m, s in zip(ev.mentions, ev.sentences):
            mention = self._mention(add, doc_iri, d, m.start, m.end)
            add.mention(mention, GEV.sentence, ox.Literal(s.text.strip()))
            if m in specific:
                add.mention(mention, GEV.specific, _TRUE)
            add(iri, GEV.mention, mention)
            if m not in carriers:  # the word that signals it, not one that carries it ("making" a visit)
                add(iri, GEV.triggerMention, mention)
        add(iri, PROV.wasDerivedFrom, doc_iri)

    @staticmethod
    def _event_label(ev: Event, ex: Extraction) -> str:
        def labels(keys: list[str], n: int) -> str:
            return ", ".join([ex.entities[k].label for k in keys if k in ex.entities][:n])

        label = f"{ev.type}: {labels(ev.actors(), 3)}"
        if label.endswith(": "):
            # an event the text names no doer of ("a journalist was shot dead in Istanbul"): its
            # target and place, after an ellipsis for the agent left out (which also sorts such a
            # report's label after a named one's where reports fuse)
            targets, places = labels(ev.targets, 3), labels(ev.places, 2)
            label += "…" + (f" → {targets}" if targets else "") + (
                f"{',' if targets else ''} in {places}" if places else "")
        return f"{label} ({ev.date})" if ev.date else label


_TRUE = ox.Literal("true", datatype=XSD.boolean)


def _node(iri: str) -> ox.NamedNode:
    """A named node for an IRI of the event-type registry, made once."""
    node = _NODES.get(iri)
    if node is None:
        node = _NODES[iri] = ox.NamedNode(str(iri))
    return node


_NODES: dict[str, ox.NamedNode] = {}


class _Adder:
    """``add(s, p, o)`` appends the quad in one graph."""

    __slots__ = ("out", "graph")

    def __init__(self, out: list[ox.Quad], graph: ox.NamedNode) -> None:
        self.out, self.graph = out, graph

    def __call__(self, s, p, o) -> None:
        self.out.append(ox.Quad(s, p, o, self.graph))

    def mention(self, s, p, o) -> None:
        """A statement whose subject is a mention (``DOC#char=B,E``)."""
        self(s, p, o)


_DEFAULT_GRAPH = ox.DefaultGraph()


class _SplitAdder(_Adder):
    """An :class:`_Adder` that also gives the mentions' statements in the default graph to
    ``mentions`` (as quads) and ``lines`` (as N-Triples lines), and the other statements to
    ``others`` (any may be None)."""

    __slots__ = ("mentions", "others", "lines")

    def __init__(self, out: list[ox.Quad], graph: ox.NamedNode, mentions: list | None, others: list | None,
                 lines: list | None = None) -> None:
        super().__init__(out, graph)
        self.mentions, self.others, self.lines = mentions, others, lines

    def __call__(self, s, p, o) -> None:
        q = ox.Quad(s, p, o, self.graph)
        self.out.append(q)
        if self.others is not None:
            self.others.append(q)

    def mention(self, s, p, o) -> None:
        self.out.append(ox.Quad(s, p, o, self.graph))
        if self.mentions is not None:
            self.mentions.append(ox.Quad(s, p, o, _DEFAULT_GRAPH))
        if self.lines is not None:
            self.lines.append(f"{s} {p} {o} .\n")


class _PartAdder(_Adder):
    """An :class:`_Adder` that hands its quads to ``sink`` every ``part`` quads."""

    __slots__ = ("sink", "part")

    def __init__(self, out: list[ox.Quad], graph: ox.NamedNode, sink, part: int) -> None:
        super().__init__(out, graph)
        self.sink, self.part = sink, part

    def __call__(self, s, p, o) -> None:
        self.out.append(ox.Quad(s, p, o, self.graph))
        if len(self.out) >= self.part:
            self.sink(self.out)
            self.out = []


def _extend_rdflib(ds, quads) -> None:
    """Add pyoxigraph quads to an rdflib Dataset (the Python API's path only)."""
    from kg.rdf.serialize import to_rdflib

    for q in quads:
        ds.graph(to_rdflib(q.graph_name)).add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
