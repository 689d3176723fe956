"""Typed records that extraction produces and resolution and RDF consume."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

# entity kinds (the names of the gev: classes they become)
COUNTRY = "Country"
PERSON = "Person"
PLACE = "Place"
WEAPON = "Weapon"
ORGANIZATION = "Organization"
GOVERNMENT = "GovernmentBody"
IGO = "InternationalOrganization"
ARMED_FORCE = "ArmedForce"
MEDIA = "MediaOrganization"
GROUP = "Group"  # people described, not named ("residents", "a man")
ACTOR_KINDS = {COUNTRY, PERSON, ORGANIZATION, GOVERNMENT, IGO, ARMED_FORCE, MEDIA, GROUP}

ASSERTED, NEGATED, HYPOTHETICAL = "asserted", "negated", "hypothetical"


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """[start, end) in the document text, and the text itself."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Entity:
    """An actor, place or weapon of one document. ``key`` is its canonical identity
    (``country:PRK``, ``person:Kim Jong Un``, ``org:Foreign Office@GBR``, ``city:1871859``)."""

    key: str
    kind: str
    label: str
    mentions: list[Span] = field(default_factory=list)
    country: str | None = None  # ISO3
    iso3: str | None = None  # for countries
    geonameid: int | None = None
    lat: float | None = None  # WGS84, from the GeoNames record of ``geonameid``
    long: float | None = None
    role: str | None = None
    member_of: str | None = None  # key of an organisation
    weapon_class: str | None = None
    alt_labels: set[str] = field(default_factory=set)
    confidence: float = 0.9

    @property
    def is_actor(self) -> bool:
        return self.kind in ACTOR_KINDS


@dataclass(slots=True)
class Event:
    """One event as reported in one document (after within-document fusion, possibly several
    mentions)."""

    type: str  # gev class name: Meeting, WeaponTest, ...
    trigger: str  # lemma
    pos: str = "VERB"  # part of speech of the first trigger
    mentions: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)  # parallel to mentions
    agents: list[str] = field(default_factory=list)  # entity keys
    targets: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: str | None = None  # 2024-10-31, 2024-06 or 2024
    according_to: list[str] = field(default_factory=list)
    said_in: list[Span] = field(default_factory=list)  # the verbs of saying that report it ("said")
    specific: list[Span] = field(default_factory=list)  # the mentions naming one occurrence ("bombed", "the strike")
    # the mentions that carry or report the event without being its trigger word: the support verb
    # of a noun ("launched" an offensive, "making" a visit), "took place"; every other mention is a
    # trigger mention (gev:triggerMention)
    carriers: list[Span] = field(default_factory=list)
    # a definite plural ("the attacks", "both bombings"): it names occurrences already reported,
    # so, with no actor of its own, it joins those of its type reported before it (resolve.within)
    refers_back: bool = False
    # a verb of the act itself in a clause of its own ("the device was detonated by remote
    # control"; not one told as a repeat, "they struck again"): with no party, place or
    # instrument of its own it is a further mention of the attack reported last before it
    # (resolve.within)
    recalls: bool = False
    # a noun that introduces an occurrence of its own (kg.extract.setting.new_occurrence):
    # "document" ("another attack") joins no occurrence told before it, "sentence" ("an explosion
    # damaged a school" after "gunmen attacked a police station, and") none told in its sentence
    new_occurrence: str = ""
    # told in the document's title (its first line, ending without a full stop): the occurrence
    # its story goes on to report (resolve.within._join_headlines)
    headline: bool = False
    quotes: list[str] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)  # how many were acted on ("captured 23 pirates": 23)
    modality: str = ASSERTED
    confidence: float = 0.5

    def actors(self) -> list[str]:
        return self.agents + self.participants


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)

    def move_spans(self, move) -> "Extraction":
        """Every span of the extraction (each ``list[Span]`` field of its entities and events)
        replaced by ``move(span)``, one call per distinct span, in place: how a piece's or a
        view's offsets become the document's. Returns it."""
        moved: dict[Span, Span] = {}

        def each(spans: list[Span]) -> list[Span]:
            out = []
            for s in spans:
                t = moved.get(s)
                if t is None:
                    t = moved[s] = move(s)
                out.append(t)
            return out

        for record in (*self.entities.values(), *self.events):
            for name in _SPAN_FIELDS[type(record)]:
                setattr(record, name, each(getattr(record, name)))
        return self


# the fields of each record that hold spans of the document (Extraction.move_spans)
_SPAN_FIELDS = {cls: tuple(f.name for f in fields(cls) if f.type == "list[Span]") for cls in (Entity, Event)}


def is_site_people(key: str) -> bool:
    """Whether an entity key is the people of a site its document describes without a name
    ("people of hotel", :func:`kg.extract.actors.population`): an actor of that document only,
    which tells no two reports of an act apart."""
    return key.startswith("group:~") and ":people of " in key
