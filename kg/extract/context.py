"""What every part of event extraction shares: the per-document context (the ``Doc``, its entities,
the rules and the registry of event types) and small parse helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.entities import EntityIndex
from kg.extract.records import COUNTRY, GOVERNMENT, IGO, PERSON, Entity
from kg.extract.rules import Rules
from kg.extract.sentences import SentenceIndex
from kg.vocab.event_types import EventTypes, registry


SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}


GUEST_KINDS = {PERSON, COUNTRY, GOVERNMENT, IGO}


CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj"}


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    index: EntityIndex
    rules: Rules
    published: dt.date | None
    in_junk: Callable[[int, int], bool]
    sents: SentenceIndex
    described: dict = field(default_factory=dict)  # a described group's label -> its key, per document
    # a token's object words (kg.extract.triggers._obj_lemmas) by its index: a trigger word's rules test
    # them once per row of its ("obj:"/"notobj:" needs), the parse does not change meanwhile
    obj_lemmas: dict = field(default_factory=dict)
    # the texts of the storms the document names ("Hurricane Ivan": "Ivan"; kg.extract.triggers.
    # _named_storm), found once per document on first use
    storm_names: frozenset | None = None

    @property
    def types(self) -> EventTypes:
        return self.rules.types or registry()

    def preps(self, etype: str, role: str, pos: str) -> set[str]:
        """The prepositions introducing ``role`` of a ``pos`` trigger of type ``etype`` (the registry)."""
        return self.types[etype].preps(role, pos)


def _ensure_country(ctx: _Ctx, iso3: str) -> None:
    key = f"country:{iso3}"
    if key not in ctx.index.entities:
        from kg.extract.entities import country_entity
        from kg.nlp import ATTRS_KEY

        ctx.index.entities[key] = country_entity(iso3, ctx.doc.user_data.get(ATTRS_KEY, {}).get(key, {}))


def _subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, also where the parser hung them on its auxiliary ("was “firmly” condemned")."""
    out = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass"):
            out += [c for c in aux.children if c.dep_ in SUBJECT_DEPS]
    return out


def measured(noun: Token, measures: frozenset[str]) -> Token:
    """The noun that stands for an event noun in its clause: "a wave of attacks" for "attacks"
    (``measures``: the rules' nouns that count or group acts)."""
    head = noun.head
    # (as written: the model lemmatises "dozens" to "dozen")
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and (head.head.lemma_.lower() in measures or head.head.lower_ in measures):
        return head.head
    return noun


def lemma_of(token: Token, words) -> str:
    """The token's lemma, or the form in ``words`` an inflection strips to where the model's
    lemmatiser slipped ("staged" → "stag")."""
    lemma = token.lemma_.lower()
    if lemma in words:
        return lemma
    low = token.lower_
    for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
        if low.endswith(suffix) and low[: -len(suffix)] + add in words:
            return low[: -len(suffix)] + add
    return lemma


def _ancestors_complement(token: Token, stop_at_say: frozenset[str] | set[str]) -> list[Token]:
    """Ancestors reached while the path goes through complements (not subjects), stopping at a
    verb of saying."""
    out = []
    child = token
    while child.head != child:
        head = child.head
        if child.dep_ in SUBJECT_DEPS:
            break
        out.append(head)
        if head.lemma_.lower() in stop_at_say:
            break
        child = head
    return out


def _headline(sent) -> bool:
    """Whether a sentence (a spaCy ``Span``) is a line that ends without a full stop, on its own:
    a headline or a caption. Reads tokens only (``Doc.text`` would rebuild the whole text)."""
    doc, last = sent.doc, sent.end - 1
    while last >= sent.start and doc[last].is_space:
        last -= 1
    if last < sent.start or doc[last].text[-1] in ".!?:;,\"”’'":
        return False
    return last + 1 >= len(doc) or (doc[last + 1].is_space and "\n" in doc[last + 1].text)


def _state_of(ent: Entity) -> str | None:
    """ISO3 of the state an entity is, or is in or of."""
    return ent.iso3 if ent.kind == COUNTRY else ent.country


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out += [p for p in child.children if p.dep_ == "pobj"]
    return out


def carrier_of(ctx: _Ctx, noun: Token) -> Token | None:
    """The vehicle a misparsed "a bus carrying pilgrims" names before its participle: the parser
    makes "bus" and "carrying" compounds of "pilgrims"; the bus is what the phrase is about, the
    pilgrims are those it carries. None for any other noun."""
    doc = ctx.doc
    i = noun.i - 1
    if i < 1 or doc[i].dep_ != "compound" or doc[i].head != noun or doc[i].lower_ not in ctx.rules.carrying:
        return None
    vehicle = doc[i - 1]
    if vehicle.dep_ == "compound" and vehicle.head.i in (i, noun.i) and vehicle.pos_ == "NOUN" \
            and (vehicle.lemma_.lower() in ctx.rules.vehicles or vehicle.lower_ in ctx.rules.vehicles):
        return vehicle
    return None


def names_read_as_adverbs(ctx: "_Ctx", verb: Token) -> list[Token]:
    """A name right after a verb with no object that the parser took for an adverb ("Russian troops
    attacked Bakhmut": "Bakhmut" advmod): the verb's object, as the text means it."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i == verb.i + 1
            and c.pos_ in ("PROPN", "ADV") and c.text[:1].isupper() and ctx.index.key_of(c)]

