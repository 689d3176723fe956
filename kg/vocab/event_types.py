"""The one registry of event types, read from the ontology's SKOS scheme ``gev:EventTypes``.

Each concept says what its type is: its class and superclasses, CAMEO code and PLOVER type,
whether it is directed (an actor acts on a target), symmetric (parties), a speech act, whether it
bears weapons, whether a bare noun refers back to an act already reported ("the launch"), whether
it addresses someone asked or promised to act, whether its target may be named through what the
target did ("denounced Serbia's suppression of ..."), its argument roles and the prepositions that
introduce them, whether promising it is a commitment to cooperate (an Agreement), whether a
place it is done to stands for its people (its target), whether a country as its object is also its place, whether a country named before its noun is its place rather than its doer, and its colour on the network page and whether the page draws it before asked. Extraction, resolution, the RDF class
hierarchy and the page all read this table: adding an event type is an ontology block plus
trigger rows, no Python change.

Loaded on first use (``registry()``), never at import; read with pyoxigraph, so the build path
needs no rdflib. IRIs are plain strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

GEV_IRI = "https://w3id.org/geokg/ontology#"
EVENT = GEV_IRI + "Event"
_RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
_RDFS_SEEALSO = "http://www.w3.org/2000/01/rdf-schema#seeAlso"
_SKOS_INSCHEME = "http://www.w3.org/2004/02/skos/core#inScheme"
# imposedOn: whom a measure its noun names is imposed on, lifted from or withdrawn from ("sanctions against
# Iran"); carrier: a noun trigger in such a phrase of a verb is carried by that verb ("arrived on a visit")
# sides: the sides of an act its noun names ("clashes between the army and rebels"): the first acts, the others are acted on
ROLES = ("agent", "target", "targetIfNone", "promised", "recipient", "participant", "place", "imposedOn", "carrier",
         "sides")
POSES = ("VERB", "NOUN")


@dataclass(frozen=True, slots=True)
class EventType:
    name: str  # the local name of its gev: class, e.g. "Attack"
    cls: str  # IRI
    concept: str  # IRI
    superclasses: tuple[str, ...]  # IRIs, up to and including gev:Event
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
    hidden: bool = False  # left out of the page's drawing until ticked (gev:displayHidden)
    promised_agrees: bool = False  # promised, the act is a commitment to cooperate (gev:promiseIsAgreement)
    place_target: bool = False  # a place it is done to stands for its people, the target (gev:placeIsTarget)
    state_place: bool = False  # a country as its object is also its place (gev:stateObjectIsPlace)
    state_name_place: bool = False  # a country or place named before its noun is its place, no doer (gev:stateNameIsPlace)
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

    @cached_property
    def place_target(self) -> frozenset[str]:
        """Types whose place acted upon stands for its people, the target (gev:placeIsTarget)."""
        return self._with("place_target")

    @cached_property
    def state_place(self) -> frozenset[str]:
        """Types whose object, when it is a country, is also where they happen (gev:stateObjectIsPlace)."""
        return self._with("state_place")

    @cached_property
    def state_name_place(self) -> frozenset[str]:
        """Types whose noun, with a country or place named before it, happens there and is not done
        by that state ("the Kenya protests"; gev:stateNameIsPlace)."""
        return self._with("state_name_place")

    @cached_property
    def hidden(self) -> frozenset[str]:
        """Types the network page leaves undrawn until the reader ticks them."""
        return self._with("hidden")

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
        return t is not None and (name == ancestor or GEV_IRI + ancestor in t.superclasses)


class _Graph:
    """The ontology's triples by subject and predicate: IRIs and literal values as strings."""

    def __init__(self, triples) -> None:
        import pyoxigraph as ox

        self.by: dict[str, dict[str, list]] = {}
        for t in triples:
            if isinstance(t.subject, ox.BlankNode):
                continue
            o = t.object
            value = o.value if isinstance(o, ox.NamedNode) else _Lit(o.value, o.datatype.value) \
                if isinstance(o, ox.Literal) else None
            if value is not None:
                self.by.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(value)

    def objects(self, s: str, p: str) -> list:
        return self.by.get(s, {}).get(p, [])

    def value(self, s: str, p: str):
        values = self.objects(s, p)
        return values[0] if values else None

    def subjects(self, p: str, o: str) -> list[str]:
        return [s for s, props in self.by.items() if o in props.get(p, ())]


class _Lit(str):
    """A literal's lexical form, knowing its datatype."""

    def __new__(cls, value: str, datatype: str):
        self = super().__new__(cls, value)
        self.datatype = datatype
        return self


def _flag(g: _Graph, concept: str, prop: str) -> bool:
    value = g.value(concept, GEV_IRI + prop)
    return isinstance(value, _Lit) and value in ("true", "1")


def _superclasses(g: _Graph, cls: str) -> tuple[str, ...]:
    out: list[str] = []
    current = cls
    while current != EVENT:
        parent = g.value(current, _RDFS_SUBCLASS)
        if parent is None or parent in out:
            raise UnknownEventType(f"{cls} is no subclass of gev:Event in the ontology")
        out.append(parent)
        current = parent
    return tuple(out)


def load_registry(ontology: Path | None = None, triples=None) -> EventTypes:
    """Read the event types of an ontology file (default: the package's ``geoevent.ttl``, parsed
    once per process); ``triples``: pyoxigraph triples already parsed."""
    if triples is None:
        if ontology is None:
            from kg.vocab.ontology import ontology_triples

            triples = ontology_triples()
        else:
            import pyoxigraph as ox

            triples = ox.parse(path=str(ontology), format=ox.RdfFormat.TURTLE)
    g = _Graph(triples)
    types: dict[str, EventType] = {}
    for concept in g.subjects(_SKOS_INSCHEME, GEV_IRI + "EventTypes"):
        cls = g.value(concept, _RDFS_SEEALSO)
        if not isinstance(cls, str) or isinstance(cls, _Lit) or not cls.startswith(GEV_IRI):
            raise UnknownEventType(f"event-type concept {concept} names no gev: class (rdfs:seeAlso)")
        name = cls[len(GEV_IRI):]
        roles: dict[tuple[str, str], tuple[str, ...]] = {}
        for value in g.objects(concept, GEV_IRI + "rolePrepositions"):
            # "target NOUN on|against|of": the role, the trigger's part of speech, the prepositions
            role, pos, preps = str(value).split()
            if role not in ROLES or pos not in POSES:
                raise UnknownEventType(f"{name}: bad gev:rolePrepositions {str(value)!r}")
            roles[(role, pos)] = tuple(preps.split("|"))
        text = lambda p: (str(v) if (v := g.value(concept, GEV_IRI + p)) is not None else None)  # noqa: E731
        types[name] = EventType(
            name=name, cls=str(cls), concept=str(concept), superclasses=_superclasses(g, cls),
            cameo=text("cameoCode"), plover=text("ploverType"),
            directed=_flag(g, concept, "directed"), symmetric=_flag(g, concept, "symmetric"),
            speech=_flag(g, concept, "speechAct"), weapons=_flag(g, concept, "bearsWeapons"),
            anaphoric=_flag(g, concept, "anaphoric"), addressed=_flag(g, concept, "addressed"),
            aimed=_flag(g, concept, "aimedAtActs"), color=text("displayColor"),
            hidden=_flag(g, concept, "displayHidden"), roles=roles,
            promised_agrees=_flag(g, concept, "promiseIsAgreement"),
            place_target=_flag(g, concept, "placeIsTarget"),
            state_place=_flag(g, concept, "stateObjectIsPlace"),
            state_name_place=_flag(g, concept, "stateNameIsPlace"),
        )
    return EventTypes(dict(sorted(types.items())))


@cache
def registry() -> EventTypes:
    """The package ontology's event types, read once per process on first use."""
    return load_registry()
