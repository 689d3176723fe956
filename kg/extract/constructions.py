"""Named constructions that make an event of something other than a trigger: "said X must" (a
demand), promises and conditional threats, a meeting announced for the future (a commitment to
meet), "as did X" (an ellipsis)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.records import ASSERTED, HYPOTHETICAL, NEGATED, Event, Span
from kg.extract.rules import TriggerRule
from kg.extract.context import FUTURE_AUX, _Ctx
from kg.extract.actors import actors_of, subject_of
from kg.extract.triggers import _trigger_rule
from kg.extract.frames import _event_for


def _ellipsis_copies(ctx: _Ctx, trigger: Token, event: Event) -> list[Event]:
    """"... condemned by the White House, as did UN Secretary-General Antonio Guterres"."""
    out = []
    for child in trigger.children:
        if child.dep_ == "advcl" and child.lemma_ == "do" and any(m.lower_ == "as" for m in child.children):
            found, _ = subject_of(ctx, child)
            if found:
                copy = Event(
                    type=event.type, trigger=event.trigger, mentions=[Span(child.idx, child.idx + len(child.text), child.text)],
                    sentences=list(event.sentences), agents=found, targets=list(event.targets),
                    weapons=list(event.weapons), date=event.date, modality=event.modality,
                    confidence=round(max(0.1, event.confidence - 0.1), 2),
                )
                out.append(copy)
    return out


def _obligation(ctx: _Ctx, verb: Token) -> Event | None:
    """"Russia said Sudan must return the helicopter": a statement that another actor must act is a
    demand on that actor."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.rules.say:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "must" for c in clause.children):
            continue
        event = _event_for(ctx, verb, TriggerRule(verb.lemma_.lower(), "VERB", "Demand", "-"))
        if event is None or not event.agents:
            return None
        for subj in clause.children:
            if subj.dep_ in ("nsubj", "nsubjpass"):
                event.targets = list(dict.fromkeys(event.targets + [a for a in actors_of(ctx, subj) if a not in event.agents]))
        event.quotes = []
        return event
    return None


READINESS = {"ready", "willing", "prepared", "committed", "determined"}


CONCESSIVE = {"willing"}  # "willing to withdraw" concedes; "prepared to impose" threatens


def _intent(ctx: _Ctx, verb: Token) -> Event | None:
    """A promised act: "Hungary said it will support the resolution" commits to cooperate (an
    Agreement, as PLOVER's AGREE); "Nigeria will withdraw its force unless ..." and "farmers said
    they would blockade Paris" threaten (a Threat)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    coercive, cooperative = lemma in ctx.rules.coercive, lemma in ctx.rules.cooperative
    if not (coercive or cooperative or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in CONCESSIVE)):
        return None
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    ready = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in READINESS
    modal = any(c.dep_ == "aux" and c.lower_ in ("may", "could", "might") for c in verb.children)
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                      for c in verb.children)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.rules.say
    willing = ready and verb.head.lemma_.lower() in CONCESSIVE
    own = _trigger_rule(ctx, verb, True)
    untyped = own is None or own.generated  # no act of its own written by hand
    if willing and untyped:
        etype = "Agreement"
    elif coercive and (ready or ((future or modal) and (conditional or reported))):
        etype = "Threat"
    elif cooperative and (future or ready) and not conditional and untyped:
        etype = "Agreement"
    else:
        return None
    event = _event_for(ctx, verb, TriggerRule(lemma, "VERB", etype, "-"))
    if event is None or not event.actors():
        return None
    event.modality = ASSERTED  # the promise or threat itself was made
    return event


def _promised_meeting(ctx: _Ctx, verb: Token, event: Event) -> Event | None:
    """"X will visit Albania", "they would meet the mediator if ...": a meeting announced for the
    future has not happened — it is hypothetical — but the commitment to meet has: an
    Agreement (CAMEO 036, express intent to meet or negotiate)."""
    if event.type not in ("Meeting", "Visit") or event.pos != "VERB" or event.modality == NEGATED:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
        return None
    event.modality = HYPOTHETICAL
    actors = event.agents + event.participants + [t for t in event.targets if t not in event.agents]
    return Event(type="Agreement", trigger=event.trigger, pos="VERB", mentions=list(event.mentions),
                 sentences=list(event.sentences), participants=list(dict.fromkeys(actors)), date=event.date,
                 according_to=list(event.according_to), modality=ASSERTED,
                 confidence=round(max(0.1, event.confidence - 0.1), 2))
