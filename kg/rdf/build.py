"""The only place that builds triples: one named graph per document (graph IRI = document IRI)
holding the document, its mentions, entities and events."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.extract.records import COUNTRY, Entity, Event, Extraction, Span
from kg.ingest.document import Document
from kg.rdf.iris import DEFAULT_BASE, Minter
from kg.resolve.fusion import event_key
from kg.resources import ontology_path
from kg.vocab import GEV, NIF
from kg.vocab.event_types import EventType, registry

ONTOLOGY_GRAPH = URIRef("https://w3id.org/geokg/ontology")

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


EventTypeInfo = EventType  # the registry's record of one event type (kg.vocab.event_types)


def load_event_types() -> dict[str, EventType]:
    """The event types of the ontology's SKOS scheme, by class name (the registry's table)."""
    return registry().types


def date_literal(value: str) -> Literal:
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    if len(value) == 10:
        return Literal(value, datatype=XSD.date)
    return Literal(value, datatype=XSD.dateTime)


def _url_term(url: str) -> URIRef | Literal:
    if url.startswith(("http://", "https://")) and not any(c in url for c in ' <>"{}|\\^`\n\r\t'):
        return URIRef(url)
    return Literal(url)


def _dec(value: float) -> Literal:
    return Literal(f"{value:.2f}", datatype=XSD.decimal)


class GraphBuilder:
    """Turns (document, extraction) pairs into quads of an rdflib :class:`Dataset`."""

    def __init__(self, base: str = DEFAULT_BASE, event_types: dict[str, EventTypeInfo] | None = None) -> None:
        self.mint = Minter(base)
        self.event_types = event_types if event_types is not None else load_event_types()

    def new_dataset(self) -> Dataset:
        """A dataset with the ontology in its own named graph (IRI = the ontology's IRI), so that
        the graph describes itself (class hierarchy, labels, CAMEO/PLOVER codes) to SPARQL without
        a reasoner, and a store replaces it whole on every load."""
        ds = Dataset()
        onto = ds.graph(ONTOLOGY_GRAPH)
        # the vocabulary without its blank-node axioms (owl:AllDisjointClasses lists), whose labels
        # would differ on every load; the full ontology is ontology/geoevent.ttl
        for s, p, o in Graph().parse(ontology_path("geoevent.ttl"), format="turtle"):
            if not isinstance(s, BNode) and not isinstance(o, BNode):
                onto.add((s, p, o))
        for prefix, ns in (("gev", GEV), ("nif", NIF), ("prov", PROV), ("dcterms", DCTERMS), ("skos", SKOS),
                           ("owl", OWL), ("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"),
                           ("geokg", self.mint.base)):
            ds.bind(prefix, ns)
        return ds

    def add_document(self, ds: Dataset, document: Document, ex: Extraction) -> URIRef:
        doc_iri = self.mint.document(document.key)
        g = ds.graph(doc_iri)
        self._document(g, doc_iri, document)
        referenced_countries: set[str] = set()
        for ent in ex.entities.values():
            self._entity(g, doc_iri, document, ent, ex, referenced_countries)
        # a statement is about the events reported in what was said ("HP said it had agreed to
        # buy EYP"); those are built first, so the statement can point to them
        reported: dict[Span, list[tuple[str, str]]] = {}
        for ev in ex.events:
            if (ev.actors() or ev.targets or ev.places) and ev.type != "Statement":
                key = self._event(g, doc_iri, document, ev, ex)
                for m in ev.said_in:
                    reported.setdefault(m, []).append(key)
        for ev in ex.events:
            if ev.actors() and ev.type == "Statement":
                about = tuple(sorted({k for m in ev.mentions for k in reported.get(m, [])}))
                self._event(g, doc_iri, document, ev, ex, about)
        # countries named only through a person's or place's country still get a description
        for iso3 in sorted(referenced_countries - {e.iso3 for e in ex.entities.values() if e.kind == COUNTRY}):
            self._country_stub(g, doc_iri, iso3)
        return doc_iri

    # ------------------------------------------------------------------ parts
    def _document(self, g: Graph, iri: URIRef, d: Document) -> None:
        g.add((iri, RDF.type, GEV.Document))
        g.add((iri, RDF.type, PROV.Entity))
        for value, prop, term in ((d.id, DCTERMS.identifier, Literal), (d.title, DCTERMS.title, Literal),
                                  (d.url, DCTERMS.source, _url_term), (d.published, DCTERMS.date, date_literal),
                                  (d.author, DCTERMS.creator, Literal), (d.publisher, DCTERMS.publisher, Literal)):
            if value:
                g.add((iri, prop, term(value)))
        g.add((iri, GEV.text, Literal(d.text)))
        g.add((iri, GEV.sha256, Literal(d.sha256)))
        g.add((iri, GEV.simhash, Literal(d.simhash)))
        for junk in d.junk:
            m = self._mention(g, iri, d, junk.start, junk.end)
            g.add((iri, GEV.junk, m))
            g.add((m, GEV.junkKind, Literal(junk.kind)))

    def _mention(self, g: Graph, doc_iri: URIRef, d: Document, start: int, end: int) -> URIRef:
        m = self.mint.mention(doc_iri, start, end)
        g.add((m, RDF.type, GEV.Mention))
        g.add((m, RDF.type, NIF.String))
        g.add((m, GEV.document, doc_iri))
        g.add((m, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((m, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
        g.add((m, NIF.anchorOf, Literal(d.text[start:end])))
        return m

    def _country_stub(self, g: Graph, doc_iri: URIRef, iso3: str) -> None:
        from kg.extract.entities import country_entity
        import pycountry

        iri = self.mint.entity(f"country:{iso3}")
        c = pycountry.countries.get(alpha_3=iso3)
        label = c.name if c else iso3
        stub = country_entity(iso3, {"name": label})
        for t in ("Country", "Actor", "Place"):
            g.add((iri, RDF.type, GEV[t]))
        g.add((iri, RDFS.label, Literal(stub.label)))
        g.add((iri, GEV.isoCode, Literal(iso3)))
        g.add((iri, PROV.wasDerivedFrom, doc_iri))

    def _entity(self, g: Graph, doc_iri: URIRef, d: Document, ent: Entity, ex: Extraction, countries: set[str]) -> None:
        iri = self.mint.entity(ent.key)
        g.add((iri, RDF.type, GEV[ent.kind]))
        for sup in SUPERCLASSES.get(ent.kind, []):
            g.add((iri, RDF.type, GEV[sup]))
        g.add((iri, RDFS.label, Literal(ent.label)))
        for alt in sorted(ent.alt_labels - {ent.label}):
            g.add((iri, SKOS.altLabel, Literal(alt)))
        if ent.kind == COUNTRY and ent.iso3:
            g.add((iri, GEV.isoCode, Literal(ent.iso3)))
        if ent.geonameid:
            g.add((iri, OWL.sameAs, URIRef(f"https://sws.geonames.org/{int(ent.geonameid)}/")))
        if ent.country and ent.kind != COUNTRY:
            g.add((iri, GEV.country, self.mint.entity(f"country:{ent.country}")))
            countries.add(ent.country)
        if ent.role:
            g.add((iri, GEV.role, Literal(ent.role)))
        if ent.member_of and ent.member_of in ex.entities:
            g.add((iri, GEV.memberOf, self.mint.entity(ent.member_of)))
        if ent.weapon_class:
            g.add((iri, GEV.weaponClass, Literal(ent.weapon_class)))
        if ent.is_actor:
            g.add((iri, GEV.confidence, _dec(ent.confidence)))
        for m in sorted(ent.mentions):
            g.add((iri, GEV.mention, self._mention(g, doc_iri, d, m.start, m.end)))
        g.add((iri, PROV.wasDerivedFrom, doc_iri))

    def _event(self, g: Graph, doc_iri: URIRef, d: Document, ev: Event, ex: Extraction,
               about: tuple[tuple[str, str], ...] = ()) -> tuple[str, str]:
        """Add one event; returns its type and key, as :meth:`Minter.event` takes them. ``about``:
        for a statement, those of the events it reports."""
        ev_key = event_key(ev, d.published[:10] if d.published else None)
        iri = self.mint.event(ev.type, ev_key)
        for other in about:
            g.add((iri, GEV.about, self.mint.event(*other)))
        info = self.event_types[ev.type]  # an event of a type the ontology does not know is a bug upstream
        g.add((iri, RDF.type, info.cls))
        for sup in info.superclasses:
            g.add((iri, RDF.type, sup))
        if info:
            g.add((iri, GEV.eventType, info.concept))
            if info.cameo:
                g.add((iri, GEV.cameoCode, Literal(info.cameo)))
            if info.plover:
                g.add((iri, GEV.ploverType, Literal(info.plover)))
        g.add((iri, RDFS.label, Literal(self._event_label(ev, ex))))
        g.add((iri, GEV.trigger, Literal(ev.trigger)))
        for prop, keys in ((GEV.agent, ev.agents), (GEV.target, ev.targets), (GEV.participant, ev.participants),
                           (GEV.weapon, ev.weapons), (GEV.place, ev.places), (GEV.accordingTo, ev.according_to)):
            for key in keys:
                if key in ex.entities:
                    g.add((iri, prop, self.mint.entity(key)))
        if ev.date:
            g.add((iri, GEV.date, date_literal(ev.date)))
        for quote in ev.quotes:
            g.add((iri, GEV.quote, Literal(quote)))
        g.add((iri, GEV.modality, Literal(ev.modality)))
        g.add((iri, GEV.confidence, _dec(ev.confidence)))
        specific = set(ev.specific)
        for m, s in zip(ev.mentions, ev.sentences):
            mention = self._mention(g, doc_iri, d, m.start, m.end)
            g.add((mention, GEV.sentence, Literal(s.text.strip())))
            if m in specific:
                g.add((mention, GEV.specific, Literal(True)))
            g.add((iri, GEV.mention, mention))
        g.add((iri, PROV.wasDerivedFrom, doc_iri))
        return ev.type, ev_key

    @staticmethod
    def _event_label(ev: Event, ex: Extraction) -> str:
        names = [ex.entities[k].label for k in ev.actors() if k in ex.entities][:3]
        label = f"{ev.type}: {', '.join(names)}"
        return f"{label} ({ev.date})" if ev.date else label
