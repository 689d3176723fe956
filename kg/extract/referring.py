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


def _described(c: Token, t: Token, index: EntityIndex, other: frozenset[str]) -> bool:
    """A lower-case word before a place noun that describes the place named before without naming
    another: "this strategic village", "the border town", "the besieged city" (not "the
    neighbouring village", "another town", "the largest city", "the Syrian town", "the Kirkuk
    province")."""
    return c.dep_ in ("amod", "compound", "advmod") and c.is_lower and c.i < t.i and c.lower_ not in other \
        and c.tag_ not in ("JJS", "RBS", "CD") and c.i not in index.token_key and c.i not in index.demonym_at \
        and not any(g.dep_ == "prep" or g.tag_ == "CD" or g.dep_ in ("poss", "nummod") for g in c.children)


def _bare(t: Token, index: EntityIndex | None = None, other: frozenset[str] = frozenset()) -> bool:
    """"the city", "the same town", "this country", "this strategic village", "the border town": a
    singular noun with a definite determiner and nothing that names the place itself ("the city of
    Kirkuk", "the Kirkuk province", "the country's army", "a city") or makes it another place ("the
    neighbouring village", words of the cue class other_place)."""
    if t.tag_ != "NN" or t.dep_ in ("compound", "poss", "nmod"):
        return False
    kids = list(t.children)
    if not kids or kids[0].dep_ != "det" or kids[0].lower_ not in ("the", "this", "that"):
        return False
    for c in kids[1:]:
        if c.i < t.i and not (c.dep_ == "amod" and c.lower_ in ("same", "whole", "entire")) \
                and not (index is not None and _described(c, t, index, other)):
            return False
        if c.i > t.i and (c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "case"):
            return False
    return True


def _fits(noun: str, ent, towns: frozenset[str], states: frozenset[str], not_towns: frozenset[str] = frozenset()) -> bool:
    if noun in states:
        return ent.kind == COUNTRY
    if noun in towns:
        # a GeoNames town, or a place of its own name GeoNames does not hold (a village: "Gamboru
        # Ngala", "Tal Rifa'at"), not a described site, a province or a name whose last word says it
        # is no town ("the Al-Mahsaa Mountains", "Gwer LGA", "the Erawan Shrine")
        return ent.kind == PLACE and (bool(ent.geonameid) or ent.key.startswith("place:")
                                      and ent.label.split()[-1].lower() not in not_towns)
    return ent.kind == PLACE or (noun in ("republic", "state") and ent.kind == COUNTRY)


def definite_places(doc: Doc, index: EntityIndex, sents: SentenceIndex, rules: Rules,
                    in_junk=lambda a, b: False) -> None:
    """Make each bare definite place noun ("the city") a mention of the place of its kind named
    last before it, within :data:`LOOK_BACK` sentences; nouns with no such place stay as they are."""
    nouns = rules.towns | rules.regions
    not_towns = rules.not_town | rules.regions | rules.streets | rules.sites
    for t in doc:
        if t.lower_ not in nouns or t.i in index.token_key or t.i in index.demonym_at \
                or not _bare(t, index, rules.other_place) \
                or in_junk(t.idx, t.idx + len(t.text)):
            continue
        start = sents.start_back(t.i, LOOK_BACK)
        key = None
        for i in range(t.i - 1, start - 1, -1):
            k = index.token_key.get(i)
            if k and i not in index.demonym_at and k in index.entities and _fits(t.lower_, index.entities[k], rules.towns, rules.state_nouns, not_towns):
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
