"""Definite descriptions of a place named before: "the city", "the town", "the province", "the
country" stand for the place of that kind the text named last ("A bomb exploded in Mogadishu ...
The blast occurred near a junction in the city"). Each becomes a mention of that place (its
tokens belong to it), so every rule that reads places, and the people of a place, reads it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.entities import EntityIndex
from kg.extract.records import COUNTRY, PLACE, Span
from kg.extract.rules import Rules
from kg.extract.sentences import SentenceIndex

# how far back the place may be named: this sentence and the ones before
LOOK_BACK = 8


def _bare(t: Token) -> bool:
    """"the city", "the same town", "this country": a singular noun with a definite determiner
    and nothing that names the place itself ("the city of Kirkuk", "the Kirkuk province", "the
    country's army", "a city")."""
    if t.tag_ != "NN" or t.dep_ in ("compound", "poss", "nmod"):
        return False
    kids = list(t.children)
    if not kids or kids[0].dep_ != "det" or kids[0].lower_ not in ("the", "this", "that"):
        return False
    for c in kids[1:]:
        if c.i < t.i and not (c.dep_ == "amod" and c.lower_ in ("same", "whole", "entire")):
            return False
        if c.i > t.i and (c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "case"):
            return False
    return True


def _fits(noun: str, ent, towns: frozenset[str], states: frozenset[str]) -> bool:
    if noun in states:
        return ent.kind == COUNTRY
    if noun in towns:
        return ent.kind == PLACE and bool(ent.geonameid)
    return ent.kind == PLACE or (noun in ("republic", "state") and ent.kind == COUNTRY)


def definite_places(doc: Doc, index: EntityIndex, sents: SentenceIndex, rules: Rules,
                    in_junk=lambda a, b: False) -> None:
    """Make each bare definite place noun ("the city") a mention of the place of its kind named
    last before it, within :data:`LOOK_BACK` sentences; nouns with no such place stay as they are."""
    nouns = rules.towns | rules.regions
    for t in doc:
        if t.lower_ not in nouns or t.i in index.token_key or t.i in index.demonym_at or not _bare(t) \
                or in_junk(t.idx, t.idx + len(t.text)):
            continue
        start = sents.start_back(t.i, LOOK_BACK)
        key = None
        for i in range(t.i - 1, start - 1, -1):
            k = index.token_key.get(i)
            if k and i not in index.demonym_at and k in index.entities and _fits(t.lower_, index.entities[k], rules.towns, rules.state_nouns):
                key = k
                break
        if key is None:
            continue
        det = t.left_edge
        span = doc[det.i:t.i + 1]
        ent = index.entities[key]
        if (key, span.start_char, span.end_char) not in index.seen:
            index.seen.add((key, span.start_char, span.end_char))
            ent.mentions.append(Span(span.start_char, span.end_char, span.text))
        index.token_key[t.i] = key
