"""Named constructions that make an event of something other than a trigger: "said X must" (a
demand), promises and conditional threats, a meeting announced for the future (a commitment to
meet), "as did X" (an ellipsis), the toll of an attack told by a verb of harm ("an explosion
killed two youths", "died of torture")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.records import ASSERTED, HYPOTHETICAL, NEGATED, WEAPON, Event, Span
from kg.extract.rules import Rules, TriggerRule
from kg.extract.context import FUTURE_AUX, _Ctx, lemma_of, measured
from kg.extract.actors import PRONOUNS, _affected, _counted, actors_of, subject_of
from kg.extract.setting import modality_of, places_of, sentence_place, site_people
from kg.extract.triggers import _caused_by_nonagent, _mishap_of_thing, _sport, _trigger_rule
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


def _intent(ctx: _Ctx, verb: Token) -> Event | None:
    """A promised act: "Hungary said it will support the resolution" commits to cooperate (an
    Agreement, as PLOVER's AGREE); "Nigeria will withdraw its force unless ..." and "farmers said
    they would blockade Paris" threaten (a Threat)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    coercive, cooperative = lemma in ctx.rules.coercive, lemma in ctx.rules.cooperative
    if not (coercive or cooperative or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.rules.concessive)):
        return None
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    ready = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.rules.readiness
    modal = any(c.dep_ == "aux" and c.lower_ in ("may", "could", "might") for c in verb.children)
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                      for c in verb.children)
    reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.rules.say
    willing = ready and verb.head.lemma_.lower() in ctx.rules.concessive
    own = _trigger_rule(ctx, verb, True)
    # no act of its own written by hand, one of no CAMEO class (an incident: "will evacuate the
    # settlements"), or one whose promise is a commitment to cooperate ("will provide aid", "will
    # release the hostages": PLOVER AGREE, CAMEO 03)
    untyped = own is None or own.generated or (own.type in ctx.types and (
        ctx.types[own.type].promised_agrees or ctx.types[own.type].cameo is None))
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
    if etype == "Agreement":
        # a commitment needs the one who makes it, the subject (or the "by" of a passive), or, for
        # a pronoun the parse leaves unresolved, the one who says it ("the regime said it would
        # recognize ..."): those the act would be done to promise nothing ("the hostages would be
        # freed", "a group calling itself ... will release seven hostages": the hostages were its
        # only party)
        promisers = subject_of(ctx, verb)[0]
        if not promisers and reported and any(s.lower_ in PRONOUNS for s in verb.children if s.dep_ == "nsubj"):
            promisers = subject_of(ctx, verb.head)[0]
        if not promisers:
            return None
        event.participants = list(dict.fromkeys(promisers + event.participants))
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
                 sentences=list(event.sentences), carriers=list(event.carriers), participants=list(dict.fromkeys(actors)), date=event.date,
                 according_to=list(event.according_to), modality=ASSERTED,
                 confidence=round(max(0.1, event.confidence - 0.1), 2))


# the words a cause is reached through: "died of", "killed in", "died due to", "as a result of"
_CAUSE_PATH = frozenset({"pobj", "prep", "pcomp", "amod", "acomp", "advmod", "npadvmod", "agent"})


def _harm_verb(noun: Token, rules: Rules) -> tuple[Token | None, bool]:
    """The verb of harm an attack noun is the cause of, and whether the noun is its subject: "an
    explosion killed ..." (subject), "killed in the attack", "died due to torture" (a phrase);
    also the participle of harm going on from a verb of occurrence or of ``hitting`` the noun is
    the subject of ("two explosions struck the finish line, killing three spectators")."""
    noun = measured(noun, rules.measures)
    for rel in noun.children:
        # "the explosion, which killed 20 people", "the bombing that wounded 12 soldiers"
        if rel.dep_ == "relcl" and rel.pos_ == "VERB" and rel.lemma_.lower() in rules.harm_verbs \
                and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in rel.children):
            return rel, True
    for acl in noun.children:
        # "a spate of bombings across Iraq killed at least 17 people": a participle with an object
        # is no passive one — the parser's relative clause is the noun's own verb
        if acl.dep_ == "acl" and acl.tag_ in ("VBN", "VBD") and acl.lemma_.lower() in rules.harm_verbs \
                and any(c.dep_ == "dobj" for c in acl.children):
            return acl, True
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX"):
        # "the blast ... was one of the deadliest acts of violence in decades, and left 20 people
        # dead": the toll the noun's own clause goes on with, in a verb of leaving of no subject of its own
        left = next((c for c in noun.head.conjuncts if c.lemma_.lower() == "leave" and _leaves_toll(c, rules.toll_words)
                     and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
        if left is not None and not (noun.head.lemma_.lower() in rules.harm_verbs or _leaves_toll(noun.head, rules.toll_words)):
            return left, True
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        if noun.head.lemma_.lower() in rules.harm_verbs or _leaves_toll(noun.head, rules.toll_words):
            return noun.head, True  # "an explosion killed two", "the raid left 22 people dead"
        if noun.head.lemma_.lower() in rules.occurring or noun.head.lemma_.lower() in rules.hitting:
            # "a blast ripped through a market, killing 49", "an airstrike hit a school, killing
            # 12": the participle of harm its verb of occurrence or of hitting goes on with
            going_on = next((c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                             and c.lemma_.lower() in rules.harm_verbs), None)
            if going_on is not None:
                return going_on, True
        # "the attack proved costly as 7 were killed", "an explosion rocked the market as 10 people
        # were killed": a passive of harm its clause goes on with, told as it happened (as, when);
        # not one that names its own attack ("as 100 fighters were killed during their offensive")
        return next(((c, False) for c in noun.head.children if c.dep_ == "advcl" and c.lemma_.lower() in rules.harm_verbs
                     and any(s.dep_ == "nsubjpass" for s in c.children)
                     and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when") for m in c.children)
                     and not any(any(r.type == "Attack" for r in rules.nouns.get(g.lemma_.lower(), ()))
                                 for p in c.children if p.dep_ in ("prep", "agent") for g in p.subtree)), (None, False))
    if noun.dep_ == "nsubjpass" and noun.head.pos_ == "VERB":
        # "a large explosion was set off outside the embassy, killing at least eight people": the
        # participle of harm the passive the noun is the subject of goes on with
        return next(((c, True) for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                     and c.lemma_.lower() in rules.harm_verbs and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)),
                    (None, False))
    t, through_prep = noun, False
    for _ in range(4):
        if t.dep_ not in _CAUSE_PATH or t.head == t:
            return None, False
        through_prep = through_prep or t.dep_ in ("prep", "agent")
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return (t, False) if through_prep and t.lemma_.lower() in rules.harm_verbs else (None, False)
    return None, False


def _stray_toll(ctx: _Ctx, blast: Token) -> Token | None:
    """The participle of harm the parser hung on the verb above a blast rather than on the blast
    ("explosives that were later detonated on Sunday, killing ..." hung on "filled"; "a car bomb
    detonated in the Shiite-dominated Sadr city, killing ..." on "dominated"): the blast's toll,
    where that verb tells no event of its own (one that does tells its own toll)."""
    t = blast
    for _ in range(6):
        if t.head == t:
            return None
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if _trigger_rule(ctx, t, True) is not None:
            return None
        return next((c for c in t.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > blast.i
                     and c.lemma_.lower() in ctx.rules.harm_verbs
                     and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
    return None


def _leaves_toll(verb: Token, toll_words: frozenset[str]) -> bool:
    """"left 22 people dead", "leaving two others wounded": a verb of leaving whose object a toll
    word tells the state of (its object the people harmed); also where only numbers count them
    ("left 10 dead and 20 wounded": the number hangs on the toll word)."""
    return verb.lemma_.lower() == "leave" \
        and (any(c.dep_ == "dobj" for c in verb.children) or _counts_only(verb, toll_words)) \
        and any(g.lower_ in toll_words for c in verb.children if c.dep_ != "prep" for g in (c, *c.children))


def _toll_conjuncts(verb: Token, rules: Rules) -> list[Token]:
    """The participles of harm a toll a verb of leaving tells goes on with ("left 20 people dead
    and more than 120 injured", "leaving 12 people dead and 30 wounded"), however the parser
    joins them (to the verb or to the toll word): they tell the same toll."""
    if verb.lemma_.lower() != "leave":
        return []
    heads = [verb, *(c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in rules.toll_words)]
    return [v for h in heads for v in h.conjuncts if v.pos_ == "VERB" and v.tag_ == "VBN" and v.lemma_.lower() in rules.harm_verbs]


def _counts_only(verb: Token, toll_words: frozenset[str]) -> bool:
    """"left 10 dead": a toll word the number hangs on, with no object."""
    return any(n.dep_ == "nummod" and n.pos_ == "NUM" for c in verb.children
               if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.lower_ in toll_words for n in c.children)


def _toll_numbers(verb: Token, rules: Rules) -> list[Token]:
    """The numbers alone (or "others", "dozens") a verb of leaving counts the harmed by ("left 10
    dead and 20 wounded": "10" on "dead", "20" the subject the parser gives "wounded"; "left 24
    others wounded", "left 15 injured": its object)."""
    if verb.lemma_.lower() != "leave":
        return []
    words = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "conj") and c.lower_ in rules.toll_words]
    found = [n for w in words for n in w.children if n.dep_ in ("nummod", "nsubj", "nsubjpass") and n.pos_ == "NUM"]
    if words or any(c.lower_ in rules.toll_words for c in verb.children if c.dep_ in ("advcl", "oprd")):
        found += [c for c in verb.children if c.dep_ == "dobj" and (c.pos_ == "NUM" or c.lower_ in rules.counted)]
    return [n for n in found if not any(c.dep_ == "prep" for c in n.children)]


def _instrument_subject(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's subject is a thing, no actor: "a landmine planted by JNIM exploded"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        (key := ctx.index.key_of(s)) is None or ctx.index.entities[key].kind == WEAPON for s in subjects)


def _harm_link(ctx: _Ctx, noun: Token, event: Event) -> list[Token]:
    """An attack named by a noun whose toll a verb of harm tells: "a minefield explosion killed two
    youths", "21 people were killed in two attacks", "scores died in the attacks", "a prisoner died
    as a result of torture". The people harmed are the attack's targets, and where the verb says
    it happened, the attack did. (The verb is no attack of its own when its subject is a cause.)"""
    if event.type != "Attack":
        return []
    if event.pos == "VERB":
        head = noun.head
        if noun.dep_ == "advcl" and head.pos_ == "VERB" and head.lemma_.lower() in ctx.rules.harm_verbs \
                and (head.lemma_.lower() == "die" or any(c.dep_ == "auxpass" for c in head.children)
                     or (head.tag_ == "VBN" and head.dep_ == "acl")) \
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "after", "as") for c in noun.children):
            # "four people died when militants threw a grenade", "24 people were killed after
            # soldiers opened fire": the clause the act is told in tells its toll
            verb, as_subject = head, False
        # "twin bombs exploded near the finish line, killing three people": the toll of a blast
        # whose subject is its instrument
        # (also one whose maker a phrase on its instrument names: "a landmine planted by JNIM
        # exploded under a vehicle, killing 4 soldiers")
        # (and a verb of hitting whose subject is a weapon: "an IED struck a military vehicle, killing
        # four soldiers", "a rocket hit a school, wounding seven children")
        elif not (noun.lemma_.lower() in ctx.rules.blasts or noun.lemma_.lower() in ctx.rules.hitting and any(
                (k := ctx.index.key_of(c)) and ctx.index.entities[k].kind == WEAPON for c in noun.children if c.dep_ == "nsubj")) \
                or event.agents and not _instrument_subject(ctx, noun):
            # "the bomber blew himself up at a checkpoint, killing five policemen": the ones its
            # participle of harm tells of are harmed by it (the participle stays an event of its own)
            told = []  # the toll's own participles of harm ("leaving 12 people dead and 30 wounded")
            for c in noun.children:
                if c.dep_ == "advcl" and c.tag_ == "VBG" and (c.lemma_.lower() in ctx.rules.harm_verbs or _leaves_toll(c, ctx.rules.toll_words)) \
                        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
                    event.targets = list(dict.fromkeys(event.targets + [
                        a for o in c.children if o.dep_ == "dobj" for a in _affected(ctx, o, "Attack") if a not in event.agents]))
                    told += _toll_conjuncts(c, ctx.rules)
            # "he was shot in the head and died in hospital": the death of the one harmed tells the
            # toll of the act (a word of no event of its own); "was found murdered": the word its
            # row asks beside it ("find": child:murdered) is the act the finding tells of
            beside = {w for r in ctx.rules.verbs.get(noun.lemma_.lower(), ()) if r.type == "Attack"
                      and r.need.startswith("child:") for w in r.need[6:].split("|")}
            return [c for c in noun.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() == "die"
                    or c.dep_ in ("xcomp", "oprd") and c.pos_ == "VERB" and c.lower_ in beside] + told
        else:
            verb, as_subject = next((c for c in noun.children if c.dep_ in ("advcl", "conj", "xcomp")
                                 and c.pos_ == "VERB" and c.lemma_.lower() in ctx.rules.harm_verbs), None), True
            verb = verb or _stray_toll(ctx, noun)
    else:
        verb, as_subject = _harm_verb(noun, ctx.rules)
    if verb is None:
        return []
    verbs = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB" and (c.lemma_.lower() in ctx.rules.harm_verbs
                                                                     or _leaves_toll(c, ctx.rules.toll_words)))]
    verbs += [c for v in list(verbs) for c in _toll_conjuncts(v, ctx.rules) if c not in verbs]
    # "a blast destroyed a truck, killing three soldiers and wounding two": the participles go on
    for v in list(verbs):
        for c in v.children:
            if c.dep_ == "advcl" and c.tag_ == "VBG" and (c.lemma_.lower() in ctx.rules.harm_verbs or _leaves_toll(c, ctx.rules.toll_words)):
                verbs += [c, *(x for x in c.conjuncts if x.pos_ == "VERB" and x.lemma_.lower() in ctx.rules.harm_verbs and x not in verbs)]
    harmed = []
    for v in verbs:
        passive = any(c.dep_ == "auxpass" for c in v.children)
        for c in v.children:
            if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and (passive or v.lemma_.lower() == "die")) \
                    or (c.dep_ == "dobj" and as_subject):
                harmed.append(c)
    for t in [n for v in verbs for n in _toll_numbers(v, ctx.rules)]:
        # "left 10 dead and 20 wounded": people only counted
        counted = _counted(ctx, t)
        if counted and counted not in event.targets + event.agents:
            event.targets = event.targets + [counted]
    for t in harmed:
        # (a site harmed stands for the people there: "the blast destroyed the building")
        event.targets = list(dict.fromkeys(event.targets + [a for a in _affected(ctx, t, "Attack") or site_people(ctx, t)
                                                            if a not in event.agents]))
    if not event.places:
        event.places = places_of(ctx, verbs, "Attack", sentence=bool(event.agents or event.targets))
    return verbs


def _named_within(ctx: _Ctx, site: str, places: list[str]) -> bool:
    """Whether a described site's phrase holds a mention of one of ``places`` that is no town the
    site lies in but its name ("the main al-Jisr bridge": the bridge is al-Jisr, named; "a Tel Aviv
    market" lies in Tel Aviv)."""
    ents = ctx.index.entities
    spans = [m for k in places if k in ents and not ents[k].geonameid and not ents[k].country for m in ents[k].mentions]
    for s in ents[site].mentions:
        words = ctx.doc.char_span(s.start, s.end, alignment_mode="expand")
        start = words.root.left_edge.idx if words is not None else s.start
        if any(start <= m.start and m.end <= s.end for m in spans):
            return True
    return False


def _hitting_verb(ctx: _Ctx, noun: Token, event: Event) -> Token | None:
    """The verb of hitting or aiming an attack named by a noun does, where that verb is an attack
    of its own ("the air strikes targeted a hospital", "an airstrike hit a school", "the bombing
    targeted a police station"): it is a mention of the attack the noun names, which takes its
    event in as a toll's (:func:`_absorb_tolls`): what it hits, the attack hit."""
    if event.type == "Attack" and event.pos == "VERB":
        # "a car bomb exploded targeting a police convoy", "shelled the town, hitting a school": a
        # participle of aiming or hitting with no subject of its own is the same attack's
        return next((c for c in noun.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.pos_ == "VERB"
                     and lemma_of(c, ctx.rules.hitting) in ctx.rules.hitting | ctx.rules.aiming
                     and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)
    if event.type != "Attack" or event.pos != "NOUN":
        return None
    noun = measured(noun, ctx.rules.measures)  # "a series of air strikes hit"
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma_of(verb, ctx.rules.hitting) not in ctx.rules.hitting | ctx.rules.aiming:
        return None
    return verb


def _absorb_tolls(ctx: _Ctx, events: list[Event], links: list[tuple[Event, list[Token]]]) -> list[Event]:
    """One happening, one event: the attack a verb of harm tells the toll of ("killed in the
    attack", "exploded, killing three") takes that verb's own event in — its mention, sentence and
    arguments — and the verb's event goes. The verb is a mention of the attack that carries it (not
    its trigger), also where it is no event of its own ("an explosion killed two": a cause as
    subject; "shot and died")."""
    absorbed: set[int] = set()
    owner: dict[int, Event] = {}  # an absorbed event -> the attack that took it in
    for attack, verbs in links:
        while id(attack) in owner:  # taken in itself already: its owner takes the toll
            attack = owner[id(attack)]
        at = {v.idx for v in verbs}
        for i, ev in enumerate(events):
            if i in absorbed or ev is attack or ev.type not in ("Attack", "Incident") or ev.pos != "VERB" \
                    or not ev.mentions or ev.mentions[0].start not in at:
                continue
            absorbed.add(i)
            if ev.type == "Incident":  # "five soldiers died in the clash": the toll, told as a death
                continue
            owner[id(ev)] = attack
            # all its mentions (those it took in before), the verb itself as a carrier
            new = [k for k, m in enumerate(ev.mentions) if m not in attack.mentions]
            attack.mentions = attack.mentions + [ev.mentions[k] for k in new]
            attack.sentences = attack.sentences + [ev.sentences[k] for k in new]
            attack.carriers = attack.carriers + [m for m in [ev.mentions[0], *ev.carriers] if m not in attack.carriers]
            attack.agents = list(dict.fromkeys(attack.agents + ev.agents))
            attack.targets = list(dict.fromkeys(attack.targets + [t for t in ev.targets if t not in attack.agents]))
            attack.weapons = list(dict.fromkeys(attack.weapons + ev.weapons))
            # (and the site the toll's clause says it happened at, beside the town the attack
            # names: "a suicide bombing killed 3 people in a crowded Tel Aviv market")
            # (not one whose words a place it has names: "on the main al-Jisr bridge")
            attack.places = list(dict.fromkeys(attack.places + [k for k in ev.places if k.startswith("site:")
                                                                and not _named_within(ctx, k, attack.places)])) \
                if attack.places else list(ev.places)
            attack.date = attack.date or ev.date
        for v in verbs:
            # where the toll's own clause says the people were harmed, the act happened too, beside
            # where its own clause says: "an explosion rocked Damascus, killing and wounding scores
            # in the Kafr Sousah area" (the place hung on the last of the participles)
            # (not a site the verb is done to: "a blast destroyed a truck in Kabul"; nor one the
            # attack is done to, reached through the attack noun the toll names: "killed in a bomb
            # attack on a Shiite mosque in Peshawar"; nor where the one harmed died: "was shot and
            # died in hospital")
            own = [x for x in [v, *v.conjuncts] if x.pos_ == "VERB" and x.lemma_.lower() != "die"]
            done_to = {ctx.index.key_of(o) for x in own for o in x.children if o.dep_ in ("dobj", "nsubjpass")}
            named = {m.start for m in attack.mentions}
            done_to |= {ctx.index.key_of(t) for a in v.sent if a.idx in named and a.pos_ != "VERB" for t in a.subtree}
            attack.places = list(dict.fromkeys(attack.places + [k for k in places_of(ctx, own, "Attack", depth=1)
                                                                if k not in done_to]))
            m = Span(v.idx, v.idx + len(v.text), v.text)
            if m not in attack.mentions:
                sent = ctx.sents.sent(v.i)
                attack.mentions = attack.mentions + [m]
                attack.sentences = attack.sentences + [Span(sent.start_char, sent.end_char, sent.text)]
                attack.carriers = attack.carriers + [m]
    return [ev for i, ev in enumerate(events) if i not in absorbed]


def _occurrence(ctx: _Ctx, noun: Token, event: Event) -> None:
    """"The attacks occurred in three villages", "a second bombing took place in Massoud Square",
    "clashes broke out", "the offensive began at noon", "the attack, which occurred outside a
    college": the verb that says an event named by a noun happened is a mention of it; so is a verb
    of hitting the act itself does ("the terrorist attack struck the checkpoint", "a VBIED attack
    that struck the army's positions") when it is no event of its own, the toll it leaves ("the
    raid left 22 people dead"), the passive of a verb that carries it ("the attack was launched
    against Bac Lieu") and the copula of one that there was or that is ("there were clashes in
    Vucitrn", "the attack was on the village of Aynha")."""
    noun = measured(noun, ctx.rules.measures)  # "a wave of attacks began"
    # (also a gerund the act is named by as a subject: "fighting continued in Maidema")
    if event.pos != "NOUN" and not (noun.tag_ == "VBG" and noun.dep_ == "nsubj" and not list(noun.children)):
        return
    verbs = [noun.head] if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" else []
    # "the counter-attack was launched against Bac Lieu", "the attack was carried out on Monday"
    passive = [noun.head] if noun.dep_ == "nsubjpass" and noun.head.pos_ == "VERB" \
        and lemma_of(noun.head, ctx.rules.support) in ctx.rules.support else []
    # a relative clause whose subject stands for the noun; a participle telling its toll ("a raid
    # ... left 22 people dead", parsed as the noun's clause)
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() == "leave"]
    verbs += [c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "VERB"
              and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)]
    # "there were clashes in Vucitrn", "Saturday's attack was on the village of Aynha": the copula
    # of an act that is, or that there was
    passive += [noun.head] if noun.head.lemma_ == "be" and (noun.dep_ == "nsubj" or noun.dep_ == "attr" and any(
        c.dep_ == "expl" for c in noun.head.children)) else []
    for verb in passive:
        _carry(ctx, event, verb)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma == "leave" and any(c.lower_ in ctx.rules.toll_words for c in verb.children for c in (c, *c.children)):
            pass  # "the raid left 22 people dead", "the riots left four dead"
        elif lemma in ctx.rules.occurring:
            if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
                continue
            if lemma == "break" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children):
                continue
        elif lemma not in ctx.rules.done_by_act or (_trigger_rule(ctx, verb, True) is not None and not _caused_by_nonagent(ctx, verb)):
            continue
        _carry(ctx, event, verb)  # it says that it happened, it does not name it


def _carry(ctx: _Ctx, event: Event, verb: Token) -> None:
    """The verb as a further mention of the event, one that is not its trigger (a carrier)."""
    carrier = Span(verb.idx, verb.idx + len(verb.text), verb.text)
    if carrier in event.mentions:
        return
    sent = ctx.sents.sent(verb.i)
    event.mentions = event.mentions + [carrier]
    event.sentences = event.sentences + [Span(sent.start_char, sent.end_char, sent.text)]
    event.carriers = event.carriers + [carrier]


def _phase(ctx: _Ctx, trigger: Token, event: Event) -> None:
    """"Several factions began attacking government positions", "the army attempted to enter the
    town", "warplanes continue to launch attacks on Aleppo": a verb of the phase of an act, or of
    the attempt at it, whose complement is the act (the trigger, or the verb that carries the
    trigger's noun) is a mention of that act's event."""
    words = [trigger]
    if event.carriers:  # (no carrier, no verb of the sentence carries it: no scan)
        sent = ctx.sents.sent(trigger.i)
        words += [t for t in sent if t.pos_ == "VERB"
                  and any(c.start == t.idx for c in event.carriers)]
    for word in words:
        for _ in range(2):  # "tried to continue attacking"
            if word.dep_ != "xcomp" or word.head.pos_ != "VERB" or word.head.lemma_.lower() not in ctx.rules.aspect:
                break
            word = word.head
            _carry(ctx, event, word)


def _mishap(ctx: _Ctx, trigger: Token, rule: TriggerRule) -> Event | None:
    """A verb of harm whose cause is no actor and no act ("an earthquake killed ten people in
    Nepal", "the roads were destroyed by the earthquake", "was killed in the crash"): no attack,
    but a happening of no other type (gev:Incident: an accident, a disaster, people dying), with
    those harmed and where. Not a cause fought ("fighting COVID-19": the cause is the object)."""
    if rule.type != "Attack" or rule.pos != "VERB" or trigger.lemma_.lower() not in ctx.rules.harm_verbs \
            or not _caused_by_nonagent(ctx, trigger):
        return None
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children if p.dep_ == "pobj"]
    if any({o.lemma_.lower(), o.lower_} & ctx.rules.nonagent for o in objects):
        return None
    causes = [c for c in trigger.children if c.dep_ in ("nsubj", "csubj")]
    if not causes and trigger.dep_ in ("advcl", "conj", "xcomp"):  # "the attack struck ..., killing two"
        causes = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    causes = [s.head.head if s.lower_ in ("that", "which") and s.head.dep_ == "relcl" else s for s in causes]
    if not _mishap_of_thing(ctx, trigger) and any(
            s.lemma_.lower() in ctx.rules.act_causes or s.lower_ in ctx.rules.act_causes or _trigger_rule(ctx, s, True) is not None
            for s in causes if s.pos_ == "NOUN"):
        return None  # "the attack struck the checkpoint": the noun's own event (_occurrence)
    return _event_for(ctx, trigger, TriggerRule(rule.lemma, rule.pos, "Incident", "-", rule.generated))


def _undergone(ctx: _Ctx, event: Event) -> None:
    if event.type == "Incident" and event.pos == "VERB" and event.trigger in ctx.rules.undergone and event.agents:
        event.targets = list(dict.fromkeys(event.agents + event.targets))
        event.agents = []
    elif event.type == "Incident" and event.pos == "VERB" and event.trigger in ctx.rules.harm_verbs \
            and event.trigger not in ctx.rules.undergone and event.agents:
        # a mishap's harm has no doer: not those it harmed ("seven children killed in a house
        # fire"), nor the state a modifier names ("Australian train crash injures scores")
        event.agents = []


def _implied_protests(ctx: _Ctx, events: list[Event]) -> list[Event]:
    """People named by the protest they make (the protesting cue: "protesters", "demonstrators",
    "rioters") tell a protest, theirs, where their sentence reports none by a trigger: "police fired
    tear gas at protesters", "protesters clashed with police", "greeted by demonstrators" (issue 13,
    AG News READ half: 4 of 17 protests named only so). One per sentence, its mention the noun; the
    place, date and modality of the event of that sentence they take part in, else the place of
    their sentence; below any event its sentence reports by a trigger (confidence)."""
    if not ctx.rules.protesting:
        return []
    told = {s.start for e in events if e.type == "Protest" for s in e.sentences}
    out: list[Event] = []
    for token in ctx.doc:
        # (also title case after a dateline, tagged a name: "KABUL - Protesters angered at ...")
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in ctx.rules.protesting \
                and token.lower_ not in ctx.rules.protesting:
            continue
        sent = ctx.sents.sent(token.i)
        if sent.start_char in told or ctx.in_junk(token.idx, token.idx + len(token.text)) or _sport(ctx, token):
            continue
        agents = [k for k in actors_of(ctx, token, alone=True) if k.startswith("group:")]
        if not agents:
            continue
        told.add(sent.start_char)
        within = [e for e in events if any(s.start == sent.start_char for s in e.sentences)
                  and set(agents) & set(e.agents + e.targets + e.participants)]
        places, date = (within[0].places, within[0].date) if within else (sentence_place(ctx, token, "Protest"), None)
        # the noun presupposes their protest ("the deaths of 78 protesters", "failed to stop the
        # protesters"); only people not yet there, of an act that is not, protest in no report:
        # "any protesters will be arrested", "police will not tolerate protesters"
        definite = any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("any", "no") for c in token.children) \
            or token.dep_ == "pobj" and token.head.lower_ == "of"
        unreal = (all(e.modality == HYPOTHETICAL for e in within) if within
                  else modality_of(ctx, token, "Protest") == HYPOTHETICAL)
        modality = HYPOTHETICAL if unreal and not definite else ASSERTED
        mention = Span(token.idx, token.idx + len(token.text), token.text)
        out.append(Event(type="Protest", trigger="protest", pos="NOUN", mentions=[mention],
                         sentences=[Span(sent.start_char, sent.end_char, sent.text)], agents=agents,
                         places=list(places), date=date, modality=modality, confidence=0.3))
    return out
