"""Events from a parsed document: triggers (verbs and nouns) and their arguments read off the
dependency parse — agent, target, participants, weapon, place, date, attribution, quote and
modality. Pure functions of the ``Doc``, its :class:`EntityIndex` and the :class:`Rules`.

Split by concern: :mod:`~kg.extract.context` (what they share), :mod:`~kg.extract.triggers`
(which words trigger which type, sense checks), :mod:`~kg.extract.actors` (who),
:mod:`~kg.extract.setting` (place, date, modality, attribution), :mod:`~kg.extract.frames`
(an event's arguments by its type's roles), :mod:`~kg.extract.constructions` (demands, promises,
threats and ellipses made of other words). What each event type is comes from the registry
(:mod:`kg.vocab.event_types`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc

from kg.extract.entities import EntityIndex
from kg.extract.records import Event
from kg.extract.rules import Rules, modified_name_rows
from kg.extract.sentences import SentenceIndex
from kg.extract.context import _Ctx, _headline
from kg.extract.referring import definite_places
from kg.extract.triggers import _trigger_rule, initial_noun, is_generic, lower_name, operation_name, title_noun
from kg.extract.setting import is_specific
from kg.extract.frames import _event_for
from kg.extract.constructions import _absorb_tolls, _hitting_verb, _ellipsis_copies, _harm_link, _implied_protests, _mishap, _occurrence, _phase, _undergone, _intent, _obligation, _promised_meeting


def extract_events(doc: Doc, index: EntityIndex, rules: Rules, published: dt.date | None,
                   in_junk: Callable[[int, int], bool], sents: SentenceIndex | None = None) -> list[Event]:
    ctx = _Ctx(doc, index, rules, published, in_junk, sents or SentenceIndex(doc))
    definite_places(doc, index, ctx.sents, rules, in_junk)  # "the city": the town named before
    events: list[Event] = []
    has_test = False
    tolls: list = []  # (attack, the verb of harm telling its toll)
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN", "ADJ", "PROPN") or in_junk(token.idx, token.idx + len(token.text)):
            continue
        if token.pos_ == "PROPN" and not title_noun(ctx, token) and not initial_noun(ctx, token) \
                and not operation_name(token) and not modified_name_rows(rules, token) \
                and not lower_name(token):
            continue  # (a name, unless a title-case headline's event noun, an operation's name or a
            # programme's: "a Foreign Military Sale")
        demand = _obligation(ctx, token)
        if demand is not None:
            events.append(demand)
        intent = _intent(ctx, token)
        if intent is not None:
            events.append(intent)
            if intent.type == "Threat":
                continue  # the threatened act is not reported as an event of its own
        rule = _trigger_rule(ctx, token, has_test)
        if rule is None or is_generic(ctx, token):
            continue
        event = _event_for(ctx, token, rule) or _mishap(ctx, token, rule)
        if event is None:
            continue
        _occurrence(ctx, token, event)
        _undergone(ctx, event)
        _phase(ctx, token, event)
        toll = _harm_link(ctx, token, event)
        hit = _hitting_verb(ctx, token, event)
        toll += [hit] if hit is not None and hit not in toll else []
        if toll:
            tolls.append((event, toll))
        has_test = has_test or event.type == "WeaponTest"
        events.append(event)
        events += _ellipsis_copies(ctx, token, event)
        promise = _promised_meeting(ctx, token, event)
        if promise is not None:
            events.append(promise)
    events = _absorb_tolls(ctx, events, tolls) if tolls else events
    events += _implied_protests(ctx, events)
    return _own_phase_words(ctx, events)


def _own_phase_words(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """A verb of phase or attempt that another event names as its own mention ("Ross will resume
    negotiating with Lionsgate": the intent "resume" tells) is no further mention of the act of its
    complement: one word mentioning two events ties them into one across documents (ECB+ annotates
    "resume" apart from the negotiations)."""
    own = {m for ev in events for m in ev.mentions if m not in ev.carriers}
    for ev in events:
        drop = [m for m in ev.carriers if m in own and (span := ctx.doc.char_span(m.start, m.end)) is not None
                and span.root.lemma_.lower() in ctx.rules.aspect]
        if not drop or len(drop) >= len(ev.mentions):
            continue
        keep = [i for i, m in enumerate(ev.mentions) if m not in drop]
        ev.mentions = [ev.mentions[i] for i in keep]
        ev.sentences = [ev.sentences[i] for i in keep]
        ev.carriers = [m for m in ev.carriers if m not in drop]
        ev.specific = [m for m in ev.specific if m not in drop]
    return events


__all__ = ["extract_events", "is_specific", "_headline"]
