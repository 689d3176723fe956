"""The one registry of event types, read from the ontology's SKOS scheme ``gev:EventTypes``.

Each concept says what its type is: its class and superclasses, CAMEO code and PLOVER type,
whether it is directed (an actor acts on a target), symmetric (parties), a speech act, whether it
bears weapons, whether a bare noun refers back to an act already reported ("the launch"), whether
it addresses someone asked or promised to act, whether its target may be named through what the
target did ("denounced Serbia's suppression of ..."), its argument roles and the prepositions that
introduce them, and its colour on the network page. Extraction, resolution, the RDF class
hierarchy and the page all read this table: adding an event type is an ontology block plus
trigger rows, no Python change.

Loaded on first use (``registry()``), never at import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from rdflib import RDFS, SKOS, Graph, Literal, URIRef

GEV_IRI = "https://w3id.org/geokg/ontology#"
EVENT = URIRef(GEV_IRI + "Event")
ROLES = ("agent", "target", "targetIfNone", "promised", "recipient", "participant", "place")
POSES = ("VERB", "NOUN")


@dataclass(frozen=True, slots=True)
class EventType:
    name: str  # the local name of its gev: class, e.g. "Attack"
    cls: URIRef
    concept: URIRef
    superclasses: tuple[URIRef, ...]  # up to and including gev:Event
    cameo: str | None = None
    plover: str | None = None
    directed: bool = False
    symmetric: bool = False
    speech: bool = False
    weapons: bool = False
    anaphoric: bool = False
    addressed: bool = False
    aimed: bool = False
    color: str | None = None
    # (role, part of speech) -> prepositions introducing that role, in order of preference
    roles: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def preps(self, role: str, pos: str) -> set[str]:
        return set(self.roles.get((role, pos), ()))


class UnknownEventType(ValueError):
    pass


@dataclass(frozen=True)
class EventTypes:
    """The event types of one ontology, by class name."""

    types: dict[str, EventType]

    def __contains__(self, name: object) -> bool:
        return name in self.types

    def __getitem__(self, name: str) -> EventType:
        try:
            return self.types[name]
        except KeyError:
            raise UnknownEventType(
                f"unknown event type {name!r}: not a concept of gev:EventTypes in the ontology "
                f"(known: {', '.join(sorted(self.types))})") from None

    def get(self, name: str) -> EventType | None:
        return self.types.get(name)

    def __iter__(self):
        return iter(self.types)

    def _with(self, flag: str) -> frozenset[str]:
        return frozenset(n for n, t in self.types.items() if getattr(t, flag))

    @cached_property
    def directed(self) -> frozenset[str]:
        return self._with("directed")

    @cached_property
    def symmetric(self) -> frozenset[str]:
        return self._with("symmetric")

    @cached_property
    def speech(self) -> frozenset[str]:
        return self._with("speech")

    @cached_property
    def weapons(self) -> frozenset[str]:
        return self._with("weapons")

    @cached_property
    def anaphoric(self) -> frozenset[str]:
        return self._with("anaphoric")

    @cached_property
    def addressed(self) -> frozenset[str]:
        return self._with("addressed")

    @cached_property
    def aimed(self) -> frozenset[str]:
        return self._with("aimed")

    def colors(self) -> dict[str, str]:
        return {n: t.color for n, t in self.types.items() if t.color}

    @cached_property
    def multi_party(self) -> frozenset[str]:
        """Types whose actors are parties, also through a superclass (a Visit is a Meeting)."""
        sym = {self.types[n].cls for n in self.symmetric}
        return frozenset(n for n, t in self.types.items() if t.cls in sym or sym & set(t.superclasses))

    def is_a(self, name: str, ancestor: str) -> bool:
        """Whether type ``name`` is ``ancestor`` or one of its subclasses (a Visit is a Meeting)."""
        t = self.types.get(name)
        return t is not None and (name == ancestor or URIRef(GEV_IRI + ancestor) in t.superclasses)


def _flag(g: Graph, concept: URIRef, prop: str) -> bool:
    value = g.value(concept, URIRef(GEV_IRI + prop))
    return isinstance(value, Literal) and bool(value.toPython()) is True


def _superclasses(g: Graph, cls: URIRef) -> tuple[URIRef, ...]:
    out: list[URIRef] = []
    current = cls
    while current != EVENT:
        parent = g.value(current, RDFS.subClassOf)
        if parent is None or parent in out:
            raise UnknownEventType(f"{cls} is no subclass of gev:Event in the ontology")
        out.append(parent)
        current = parent
    return tuple(out)


def load_registry(ontology: Path | None = None, graph: Graph | None = None) -> EventTypes:
    """Read the event types of an ontology file (default: the package's ``geoevent.ttl``)."""
    if graph is None:
        from kg.resources import ontology_path

        graph = Graph().parse(ontology or ontology_path("geoevent.ttl"), format="turtle")
    g = graph
    types: dict[str, EventType] = {}
    for concept in g.subjects(SKOS.inScheme, URIRef(GEV_IRI + "EventTypes")):
        cls = g.value(concept, RDFS.seeAlso)
        if not isinstance(cls, URIRef) or not str(cls).startswith(GEV_IRI):
            raise UnknownEventType(f"event-type concept {concept} names no gev: class (rdfs:seeAlso)")
        name = str(cls)[len(GEV_IRI):]
        roles: dict[tuple[str, str], tuple[str, ...]] = {}
        for value in g.objects(concept, URIRef(GEV_IRI + "rolePrepositions")):
            # "target NOUN on|against|of": the role, the trigger's part of speech, the prepositions
            role, pos, preps = str(value).split()
            if role not in ROLES or pos not in POSES:
                raise UnknownEventType(f"{name}: bad gev:rolePrepositions {str(value)!r}")
            roles[(role, pos)] = tuple(preps.split("|"))
        text = lambda p: (str(v) if (v := g.value(concept, URIRef(GEV_IRI + p))) is not None else None)  # noqa: E731
        types[name] = EventType(
            name=name, cls=cls, concept=URIRef(concept), superclasses=_superclasses(g, cls),
            cameo=text("cameoCode"), plover=text("ploverType"),
            directed=_flag(g, concept, "directed"), symmetric=_flag(g, concept, "symmetric"),
            speech=_flag(g, concept, "speechAct"), weapons=_flag(g, concept, "bearsWeapons"),
            anaphoric=_flag(g, concept, "anaphoric"), addressed=_flag(g, concept, "addressed"),
            aimed=_flag(g, concept, "aimedAtActs"), color=text("displayColor"), roles=roles,
        )
    return EventTypes(dict(sorted(types.items())))


@cache
def registry() -> EventTypes:
    """The package ontology's event types, read once per process on first use."""
    return load_registry()
