"""Argument frames: an event from a trigger and its rule — agent, target, participants, weapons,
place and date read off the dependency parse, by the roles and prepositions of its type in the
registry."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.records import ARMED_FORCE, COUNTRY, GOVERNMENT, GROUP, IGO, PLACE, WEAPON, Event, Span
from kg.extract.rules import TriggerRule
from kg.extract.context import _Ctx, _ensure_country, _headline, _prep_objects, _state_of, _subjects, carrier_of, lemma_of, measured, names_read_as_adverbs
from kg.extract.actors import _addressee, _people_of_a_state, _affected, _imposed_on, _side, actors_of, attempt_head, culprit, harmed, noun_event_agents, opposed_by_prefix, patients_of, people_of, population, slain_people, subject_of
from kg.extract.triggers import NOMINAL_DEPS, armed_noun, called_party, got_heads, used_for, modifier_verb_subjects, _caused_by_nonagent, _peacekeeping, _sport, _undone, _trigger_rule, _weapons_for, _weapons_got, _weapons_in, operation_name, titled_noun
from kg.extract.setting import BESIDE_ADVERBS, _consequence_of, name_site, new_occurrence, _located, _place_keys, _place_modifiers, _said_where, described_sites, unnamed_place, date_before, sentence_place, site_of, passive_owner_places, site_people, _background, _outcome_verbs, _with_smaller, according_to, date_of, is_specific, modality_of, places_of, quotes_of, refers_back


def recalls_attack(ctx: _Ctx, trigger: Token, etype: str) -> bool:
    """Whether an attack verb can be a further mention of an attack the text reported before it
    when it names nothing of its own ("A bomb exploded at a market. ... the device was detonated
    by remote control"): a verb heading a clause of its own. Not a participle used as an
    adjective ("the injured", "the captured vessels", "star-struck"), not a verb with an object
    its frame did not take as a target ("strike jurors", "destroying evidence": another sense),
    and not harm done to people ("killed", "30 wounded": a death or an injury is an outcome
    news reports tell as an event of its own — ECB+ annotates "opened fire …, wounding both and
    killing a receptionist" as three), nor one told as a repeat ("they struck again", "the post
    had been attacked before": another occurrence)."""
    return etype == "Attack" and trigger.pos_ == "VERB" and trigger.tag_ != "JJ" \
        and trigger.dep_ not in ("amod", "acomp", "compound", "nmod") \
        and lemma_of(trigger, ctx.rules.harming) not in ctx.rules.harming \
        and not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "advmod" and c.lower_ in ctx.rules.repeated)
                    for c in trigger.children)


def _sides(ctx: _Ctx, trigger: Token, anchors: list[Token], etype: str) -> tuple[list[str], list[str]]:
    """The sides of an act its noun names with a "sides" preposition of its type (the registry),
    on the noun or on the verb that says it happened ("clashes between the army and rebels",
    "fighting broke out between police and protesters"): the first side named acts and the others
    are acted on, as in "the army clashed with rebels". Nothing where fewer than two sides are
    named or the first names no actor."""
    sides = ctx.preps(etype, "sides", "NOUN")
    if not sides:
        return [], []
    pobjs = _prep_objects(trigger, sides) + [p for a in anchors if a != trigger and a.pos_ in ("VERB", "AUX")
                                             for p in _prep_objects(a, sides)]
    named = [t for p in pobjs[:1] for t in (p, *p.conjuncts)]
    each = [actors_of(ctx, t, alone=True) for t in named]  # (each side itself, not its conjuncts)
    if len(each) == 1 and len(each[0]) >= 2 and ctx.index.co_groups.get(named[0].i):
        # one noun with the states' adjectives in a row: "between Indian and Chinese troops"
        each = [each[0][:1], each[0][1:]]
    if len(each) < 2 or not each[0]:
        return [], []
    agents = list(each[0])
    return agents, [a for side in each[1:] for a in side if a not in agents]


def _event_for(ctx: _Ctx, trigger: Token, rule: TriggerRule) -> Event | None:
    etype = rule.type
    if etype != "Incident" and _caused_by_nonagent(ctx, trigger):
        return None  # (an accident, a disaster is a happening: constructions._mishap)
    if etype in ("Attack", "Protest") and ctx.rules.sport and _sport(ctx, trigger):
        return None
    if _undone(ctx, trigger):
        return None
    if etype == "WeaponTest" and _fired_instrument(ctx, trigger):
        return None  # "killed by a rocket fired by Hezbollah": the firing is the attack's, no test
    # "shot down three drones launched by the Houthis", "intercepted rockets fired from Gaza": what
    # was shot down or intercepted was fired at someone, an attack, no test (its roles read as the
    # launch's: who fired it acts, whom it was fired at the text does not say)
    fired_at = etype == "WeaponTest" and _shot_down(ctx, trigger)
    taken = rule.lemma in ctx.rules.capturing  # a verb of taking a place: "captured", "retook"
    if etype in ctx.types.speech and trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ == "without" \
            and not any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in trigger.children):
        return None  # "opened fire without warning": no warning was given, none is reported
    sent_forces = False  # armed people sent or withdrawn are the side's own, never its target
    if etype == "MilitaryDeployment" and _peacekeeping(ctx, trigger):
        # a deployment of peacekeepers, observers or trainers is no show of force but protection
        # given (CAMEO 074, aid), to where they go: "Japan is sending troops to the UN peacekeeping
        # force in South Sudan"
        etype, sent_forces = "Aid", True
    agents: list[str] = []
    targets: list[str] = []
    participants: list[str] = []
    direct = False
    anchors = [trigger]
    # the verb of a clause an act noun is the subject of that tells what the act led to, not where
    # it was ("the deployment raises fears in Europe"): no anchor of its place, but its clause
    clause: list[Token] = []

    support = None
    patients: list[Token] = []  # the phrases naming those acted on, for how many they were
    aimed: list[Token] = []  # the phrases naming what the act is aimed at (a site when no actor)
    object_places: list[str] = []  # places named as what a verb acts on, where they are no target
    if rule.pos == "VERB":
        agents, direct = subject_of(ctx, trigger)
        misread = modifier_verb_subjects(trigger)  # "gunmen ... opened fire" read as "opened" of "fire"
        if misread is not None:
            agents = [a for s in misread for a in actors_of(ctx, s)]
            direct = bool(agents)
        if rule.lemma == "find":  # "was found dead": whoever found the body did not kill
            agents, direct = [], False
        if not agents and etype in ctx.types.weapons:
            # an instrument as the subject, and who set it: "a bomb planted by militants exploded",
            # "a car bomb driven by a suicide bomber went off"
            agents = [a for s in _subjects(trigger) if s.dep_ == "nsubj" and _weapons_in(ctx, [s])
                      for c in s.children if c.dep_ == "acl" and c.tag_ == "VBN"
                      for b in c.children if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj"
                      for a in actors_of(ctx, p)]
            direct = bool(agents)
        if not agents and etype in ctx.types.weapons:
            # ... or whose it is: "Israel's Iron Dome intercepted dozens of rockets"
            agents = [a for s in _subjects(trigger) if s.dep_ == "nsubj" and _weapons_in(ctx, [s])
                      for c in s.children if c.dep_ == "poss" for a in actors_of(ctx, c)]
            direct = bool(agents)
        passive = any(c.dep_ == "auxpass" for c in trigger.children)
        if etype in ctx.types.directed and _headline_passive(ctx, trigger):
            # a headline's participle is a passive with its auxiliary left out ("Jamal Williams
            # arrested on DUI suspicion", "Rebels attacked in Aleppo"; the active is in the present:
            # "Police arrest Jackson"): its subject is the one acted on, "by ..." the agent
            passive, agents, direct = True, [], False
            for child in trigger.children:
                if child.dep_ == "agent":
                    agents = [a for p in child.children if p.dep_ == "pobj" for a in actors_of(ctx, p)]
                    direct = bool(agents)
        if _elided_passive(ctx, trigger):
            # "... were killed and three others injured", "left 34 people dead and 193 people
            # injured": a participle of harm whose "were" is left out; its subject is the harmed
            passive, agents, direct = True, [], False
        passive_subjects = [c for c in _subjects(trigger) if c.dep_ == "nsubjpass" or (passive and c.dep_ == "nsubj")]
        shared = [] if passive_subjects or passive else _shared_passive(trigger)
        if shared:
            # "Pratibha Murthy was abducted and murdered", "two men were shot and killed in Kabul":
            # a participle joined to a passive shares its subject, the one acted on
            passive, passive_subjects = True, shared
        elif passive and not agents:
            # "the journalist was kidnapped and beheaded by militants": the doer its joined
            # participle names is the first one's too
            agents = [a for c in trigger.children if c.dep_ == "conj" and _shared_passive(c)
                      for b in c.children if b.dep_ == "agent" for p in b.children if p.dep_ == "pobj"
                      for a in actors_of(ctx, p)]
            direct = bool(agents)
        passive_subjects = passive_subjects or _raised_patients(ctx, trigger)
        if trigger.tag_ == "VBN" and not passive and not any(c.dep_ in ("nsubj", "agent", "aux") for c in trigger.children) \
                and etype in ctx.types.directed and agents and misread is None and not _past_joined(trigger):
            # a participle phrase: "North Korea, already accused of ...", "Anwar Ibrahim, released
            # from jail two months ago, ..." — the actor is its patient
            targets, agents, direct = agents, [], False
        elif trigger.tag_ == "VBN" and trigger.dep_ == "acl" and not passive and etype in ctx.types.directed \
                and any(c.dep_ == "agent" for c in trigger.children) and trigger.head.pos_ in ("NOUN", "PROPN"):
            # ... and so is the one a participle with its doer names: "Margaret Hassan, abducted by
            # gunmen in Baghdad" (the gunmen the agent, subject_of)
            targets += [a for a in actors_of(ctx, trigger.head) if a not in agents]
        read_as_object = [trigger.head] if misread is not None else []  # (its object is its head)
        read_as_object += names_read_as_adverbs(ctx, trigger)  # "Russian troops attacked Bakhmut"
        if misread is None and etype in ctx.types.directed:
            # a participle of an act done only to people before the noun it modifies: "the murdered
            # businessman", "two kidnapped journalists" — those people it was done to
            targets += slain_people(ctx, trigger)
        patients += [c for c in trigger.children if c.dep_ in ("dobj", "dative")] + read_as_object + passive_subjects
        # what a verb acts on is a target only where its type has one (the registry: directed,
        # aimed at what someone did, a speech act's addressee; a symmetric type's are parties): an
        # incident's, a deployment's or a test's object is not acted upon ("entered Switzerland",
        # "sent troops"); a place it names is where it happened
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative")] + read_as_object
        if rule.need == "guest" and (party := called_party(trigger)) is not None:
            objects.append(party)  # "Putin called Erdogan" (triggers.called_party)
            patients.append(party)
        driven = _driven_into(ctx, trigger, etype)
        if driven:
            # "rammed a truck into a crowd": the vehicle is the means, not what is hit nor where;
            # those it is driven into are (constructions._driven_into)
            objects = [o for o in objects if o not in driven[0]]
            patients = [p for p in patients if p not in driven[0]]
        if not _takes_object(ctx, etype):
            object_places += [k for o in objects for k in _places_named(ctx, o)]
            objects = []
        # a place taken changes hands ("retook Palmyra", "entered Kismayo"): the one it is taken
        # from is acted on ("from Islamic State", "the rebel-held town"), never its people
        for obj in objects:
            if etype in ctx.types.place_target and etype in ctx.types.weapons and not taken:
                name_site(ctx, obj)  # "bombed the Erawan Shrine" (a site name the model missed)
            # "withdrew its troops": the actor's own are no target
            if not _own(ctx, obj, agents) and not ((sent_forces or etype == "Concession") and _armed_people(ctx, obj)):
                targets += _affected(ctx, obj, etype, taken=taken)
            elif ctx.preps(etype, "imposedOn", "NOUN"):  # "lifted its embargo against Libya": its own, aimed at Libya
                targets += _imposed_on(ctx, obj, etype)
            if taken:
                object_places += _places_named(ctx, obj)
        if taken:
            targets += [a for p in _prep_objects(trigger, {"from"}) for a in actors_of(ctx, p)]
        for subj in passive_subjects:
            # "UN sanctions against Iran were lifted": whom the measure was imposed on
            found = _imposed_on(ctx, subj, etype) if ctx.preps(etype, "imposedOn", "NOUN") and subj.pos_ == "NOUN" else []
            found = found or _people_of_a_state(ctx, subj, etype) or actors_of(ctx, subj) or patients_of(ctx, subj, etype)
            if not found and subj.pos_ == "NOUN" and _trigger_rule(ctx, subj, True):
                found = noun_event_agents(ctx, subj)  # "the launch was condemned by ..."
            if etype == "MilitaryDeployment":
                agents = agents or found
            elif _takes_object(ctx, etype):
                targets += found
        aimed += [c for c in trigger.children if c.dep_ == "dobj" and not (driven and c in driven[0])] + read_as_object + passive_subjects
        for pobj in driven[1] if driven else ():
            # (people it hits are its targets; a site stands for its people, below)
            targets += _people(ctx, pobj)
            aimed.append(pobj)
            patients.append(pobj)
        if not driven and etype in ctx.types.weapons and etype in ctx.types.aimed:
            targets += [a for p in _prep_objects(trigger, AMONG) for a in _people(ctx, p)]
            targets += [a for p in _people_beside(ctx, trigger) for a in _people(ctx, p)
                        if ctx.index.entities[a].kind in (GROUP, ARMED_FORCE)]
        # "exploded without warning at a pub": the parser hangs the act's own phrases on "warning"
        loose = [p for w in trigger.children if w.dep_ == "prep" and w.lower_ == "without"
                 for p in w.children if p.dep_ == "pcomp" and p.tag_ == "VBG" and _trigger_rule(ctx, p, True) is not None]
        anchors += loose
        # "fighting continued in Maidema", "shooting broke out near the parliament": a gerund that
        # names the act as the subject of a verb saying it happened (no event of its own): where
        # and when that verb says (constructions._occurrence makes it a mention)
        said = trigger.head
        if trigger.tag_ == "VBG" and trigger.dep_ == "nsubj" and not list(trigger.children) and said.pos_ == "VERB" \
                and said.lemma_.lower() in ctx.rules.occurring and _trigger_rule(ctx, said, True) is None \
                and (said.lemma_.lower() != "take" or any(c.dep_ == "dobj" and c.lower_ == "place" for c in said.children)) \
                and (said.lemma_.lower() != "break" or any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in said.children)):
            anchors.append(said)
        for pobj in _prep_objects(trigger, ctx.preps(etype, "target", "VERB")) + \
                [o for p in loose for o in _prep_objects(p, ctx.preps(etype, "target", "VERB"))]:
            if etype in ctx.types.place_target and etype in ctx.types.weapons:
                name_site(ctx, pobj)  # "opened fire on the Pulse Nightclub"
            elif etype not in ctx.types.weapons and (key := ctx.index.key_of(pobj)) is not None \
                    and ctx.index.entities[key].kind == PLACE:
                continue  # a town is where people rally or converge, not whom they protest: "rallied at
                # Dhaka University", "converged on New Delhi" (its place, by the type's place prepositions)
            targets += _affected(ctx, pobj, etype)
            aimed.append(pobj)
        promised = ctx.preps(etype, "promised", "VERB")
        if promised and etype == "Threat":
            # whom a threat presses is who must meet its condition: "threatened to launch an offensive
            # unless Baghdad accepted its conditions", "threatened to cut ties if Israel did not apologise"
            for act in [trigger, *[c for c in trigger.children if c.dep_ == "xcomp"]]:
                for cond in [c for c in act.children if c.dep_ == "advcl"
                             and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children)]:
                    for subj in [c for c in cond.children if c.dep_ == "nsubj"]:
                        targets += [a for a in actors_of(ctx, subj) if a not in agents]
        if promised and not targets:
            # what is threatened or promised, and to whom: "threatened to break relations with Russia"
            for act in [c for c in trigger.children if c.dep_ == "xcomp"]:
                for obj in [c for c in act.children if c.dep_ in ("dobj", "dative")]:
                    if not _own(ctx, obj, agents):
                        targets += _affected(ctx, obj, etype)
                    # "agreed to lift embargoes against OPEC"
                    for pobj in _prep_objects(obj, promised):
                        targets += _affected(ctx, pobj, etype)
                for pobj in _prep_objects(act, promised):
                    targets += _affected(ctx, pobj, etype)
        if promised and not targets and not any(r.type == etype for r in ctx.rules.verbs.get(rule.lemma, ())):
            # the promised act is the trigger itself ("is willing to withdraw its troops from Iraq",
            # "said it will send aid to Somalia"): whom it concerns
            for pobj in _prep_objects(trigger, promised) + [p for o in trigger.children if o.dep_ == "dobj"
                                                            for p in _prep_objects(o, promised)]:
                targets += _affected(ctx, pobj, etype)
        recipient = ctx.preps(etype, "recipient", "VERB")
        for pobj in _prep_objects(trigger, recipient):  # "supplied arms to Ukraine", "sent aid to Gaza"
            targets += _received(ctx, pobj, etype)
        for obj in [c for c in trigger.children if c.dep_ == "dobj"] if recipient else ():
            if etype in ctx.types.speech and _trigger_rule(ctx, obj, True) is not None:
                continue  # "announced new aid to Ukraine": the aid goes to Ukraine, not the words
            for pobj in _prep_objects(obj, recipient):  # "expressed condolences to the Belgian people"
                targets += _received(ctx, pobj, etype)
        if not targets:  # "suspended aid to Myanmar", "cut links with Serbia"
            # also on the object the rule asks for: "imposed a curfew in parts of Kashmir",
            # "withdraw its troops from Abyei"
            if_none = ctx.preps(etype, "targetIfNone", "VERB")
            for pobj in _prep_objects(trigger, if_none) + [p for o in trigger.children if o.dep_ == "dobj"
                                                            for p in _prep_objects(o, if_none)]:
                targets += actors_of(ctx, pobj) or (population(ctx, pobj) if etype in ctx.types.place_target else [])
        if not agents and trigger.tag_ == "VBG" and trigger.dep_ in NOMINAL_DEPS \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in trigger.children):
            # a gerund standing as a noun, no subject or object of its own: "Fighting between
            # Israel and Hezbollah continued", "the death toll from fighting between ..."
            agents, others = _sides(ctx, trigger, anchors, etype)
            targets += [t for t in others if t not in targets]
        if etype in ctx.types.symmetric:
            participants = agents + [t for t in targets if t not in agents]
            with_ = ctx.preps(etype, "participant", "VERB")
            # also hung on the object: "shared evidence with the United States"
            for pobj in _prep_objects(trigger, with_) + [p for o in trigger.children if o.dep_ == "dobj"
                                                         for p in _prep_objects(o, with_)]:
                participants += actors_of(ctx, pobj)
            agents, targets = [], []
        # "an attempt to assassinate the president", "an attempt was made to assassinate him": the
        # attempt names the act too
        tried = [trigger.head] if trigger.dep_ == "acl" else [c for c in trigger.head.children if c.dep_ == "nsubjpass"] \
            if trigger.dep_ in ("advcl", "xcomp") and trigger.head.lemma_.lower() == "make" else []
        support = next((t for t in tried if t.pos_ == "NOUN" and t.lemma_.lower() in ctx.rules.attempt_nouns), None)
    else:
        head = trigger.head
        phrase = measured(trigger, ctx.rules.measures)  # "launched a second wave of attacks"
        while phrase.dep_ == "conj" and phrase.head.pos_ == "NOUN" and phrase.head != phrase:
            phrase = phrase.head  # "launched air and artillery strikes" (parsed with "air" as the object)
        undergone = carried_passive = False
        if phrase.dep_ in ("dobj", "attr") and lemma_of(phrase.head, ctx.rules.support) in ctx.rules.support:
            support = phrase.head
        elif trigger.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
            support, undergone = head.head, True  # "the convoy came under attack": its subject is the target
        elif trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility" \
                and head.head.dep_ == "dobj" and head.head.head.lemma_.lower() in ("claim", "accept", "admit"):
            support, undergone = head.head.head, True  # "Hamas claimed responsibility for the attack"
        elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" and head.head.lemma_.lower() in ctx.rules.support:
            support = head.head
        elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "with" and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in ctx.rules.responding:
            support = head.head  # "Israel responded with air strikes", "retaliated with a missile attack"
        elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and (
                head.lower_ in ctx.preps(etype, "carrier", "NOUN")) \
                and not any(c.dep_ == "dobj" and not armed_noun(ctx, c) for c in head.head.children) and not _aimed_by(ctx, head):
            # "arrived in Amman on a visit", "converged for a rally", "remained on alert", "were
            # arrested during the protest"; not a verb acting on someone ("police arrested students
            # during the protest", "fired tear gas during the protest": its subject did not protest)
            # nor one aimed at the act ("police fired on protests"); armed people as its object are
            # the subject's own ("Serbia put its troops on high alert")
            support = head.head
            carried_passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in support.children)
        elif trigger.dep_ == "compound" and head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in ctx.rules.support:
            support = head.head  # "launched a mediation effort"
        elif trigger.dep_ == "nsubjpass" and head.pos_ == "VERB" and lemma_of(head, ctx.rules.support) in ctx.rules.support \
                and any(c.dep_ == "agent" for c in head.children):
            support = head  # "the blast was carried out by a gang", "the attack was launched by rebels"
        agents = noun_event_agents(ctx, trigger, etype)
        direct = bool(agents)
        if etype in ctx.types.state_name_place:  # "anti-American protests": against the United States
            targets += opposed_by_prefix(ctx, trigger)
        if not agents:  # "X was found guilty in the shooting", "X is responsible for the killings"
            agents = culprit(ctx, trigger)
        if etype in ctx.types.aimed and etype in ctx.types.weapons:
            targets += harmed(ctx, trigger)  # "22 people were killed in the attack", "explosions killed four people"
            for subj in _target_of(ctx, trigger):
                # "the embassy was the target of a rocket attack": the one the copula says it was aimed at
                targets += _affected(ctx, subj, etype)
                aimed.append(subj)
        # (also as the noun that counts it: "a wave of attacks hit markets across Baghdad")
        counted = measured(trigger, ctx.rules.measures)
        if counted.dep_ in ("nsubj", "nsubjpass") and counted.head.pos_ in ("VERB", "AUX") and support is None \
                and (_trigger_rule(ctx, counted.head, True) is None or _caused_by_nonagent(ctx, counted.head)) \
                and (_consequence_of(ctx, counted) is None or clause.append(counted.head)):
            # "a protest was held in Paris", "explosions were heard near Kharkiv", "explosions killed
            # four people in Baghdad" (the verb is no event of its own): where and when
            anchors.append(counted.head)
            if counted.dep_ == "nsubj" and counted.head.lemma_.lower() in ctx.rules.hitting:
                # "a wave of attacks hit markets", "the blast struck a bus": what it hit it is aimed at
                aimed += [c for c in counted.head.children if c.dep_ == "dobj"]
        if support is not None and undergone:
            # "came under attack", "claimed responsibility for the attack": the verb carries the
            # event, its subject is no agent (the one attacked; a claimant the report does not confirm)
            anchors.append(support)
            if support.lemma_.lower() == "come":  # "the convoy came under attack": the one attacked
                for subj in (c for c in support.children if c.dep_ == "nsubj"):
                    targets += _affected(ctx, subj, etype)
                    aimed.append(subj)
        elif support is not None:
            anchors.append(support)
            if not agents and carried_passive:
                # "two people were shot dead by police during protests": those it was done to were
                # there, its doer ("by police") did not protest
                agents = [a for c in support.children if c.dep_ == "nsubjpass" for a in actors_of(ctx, c)]
                direct = bool(agents)
            elif not agents:
                agents, direct = subject_of(ctx, support)
            if not agents:  # "Serb forces were engaged in ethnic cleansing"
                for subj in support.children:
                    if subj.dep_ == "nsubjpass" and lemma_of(support, ctx.rules.support) in ctx.rules.support:
                        agents = actors_of(ctx, subj)
        # "attacks on X", also hung on the light verb ("launched attacks on X", "staged a protest
        # against X") or on the noun the trigger modifies ("a mediation effort between X and Y")
        carrier = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else None
        patients += _prep_objects(trigger, ctx.preps(etype, "target", "NOUN"))  # "the murder of three workers"
        for pobj in _prep_objects(trigger, ctx.preps(etype, "target", "NOUN")) + (
                _prep_objects(support, ctx.preps(etype, "target", "NOUN") - {"of"}) if support is not None else []) + (
                _prep_objects(carrier, ctx.preps(etype, "target", "NOUN") - {"of"}) if carrier is not None else []):
            if etype in ctx.types.place_target and etype in ctx.types.weapons:
                name_site(ctx, pobj)  # "the bombing of Erawan Shrine" (a site name the model missed)
            targets += _affected(ctx, pobj, etype)
            aimed.append(pobj)
        # to whom: "humanitarian aid to Afghanistan", "sent aid to Haiti" (on the light verb)
        recipient = ctx.preps(etype, "recipient", "NOUN")
        for pobj in _prep_objects(trigger, recipient) + (_prep_objects(support, recipient) if support is not None else []):
            targets += _received(ctx, pobj, etype)
        for pobj in _prep_objects(trigger, ctx.preps(etype, "agent", "NOUN")):  # "a deployment of US troops"
            agents += actors_of(ctx, pobj)
        if not targets:  # "a suspension of air links with Serbia"
            for pobj in _prep_objects(trigger, ctx.preps(etype, "targetIfNone", "NOUN")):
                targets += _affected(ctx, pobj, etype)
        if not agents:
            agents, others = _sides(ctx, trigger, anchors, etype)
            targets += [t for t in others if t not in targets]
        if etype in ctx.types.symmetric:
            participants = list(agents)
            for pobj in _prep_objects(trigger, ctx.preps(etype, "participant", "NOUN")) + (
                    _prep_objects(carrier, ctx.preps(etype, "participant", "NOUN")) if carrier is not None else []):
                participants += actors_of(ctx, pobj)
            agents = []

    if "bought" in rule.need.split("&"):
        # the verb or noun of one who gets it ("Poland bought tanks from the United States",
        # "Turkey took delivery of S-400s from Russia", "India's purchase of jets from France"):
        # the one it is got from hands it over, the getter receives it (gev:ArmsTransfer is the
        # supplier's act); with no supplier named the getter is no agent but the recipient
        held = [trigger, *_prep_objects(trigger, {"of"}), *(c for c in trigger.children if c.dep_ == "dobj"),
                *(p for c in trigger.children if c.dep_ == "dobj" for p in _prep_objects(c, {"of"}))]
        suppliers = [a for h in held for p in _prep_objects(h, {"from"}) for a in actors_of(ctx, p)]
        if rule.pos == "NOUN":  # the other side of a deal or contract: "signed a contract with South Korea for tanks"
            sides = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
            suppliers += [a for h in sides for p in _prep_objects(h, {"with"}) for a in actors_of(ctx, p)]
        # ... or the maker named in what is got: "pledged $3.5bn to buy US Patriot missiles"
        suppliers += [a for h in got_heads(trigger) for a in actors_of(ctx, h) if a not in agents]
        suppliers = list(dict.fromkeys(suppliers))
        targets = [a for a in agents if a not in suppliers] + [t for t in targets if t not in agents and t not in suppliers]
        if not targets and trigger.dep_ == "acl" and trigger.head.dep_ == "dobj":
            # the holder of what a participle says was got: "India has inducted the S-400 system,
            # bought from Russia" (India got it)
            targets = [a for c in trigger.head.head.children if c.dep_ == "nsubj"
                       for a in actors_of(ctx, c) if a not in suppliers]
        agents, direct = suppliers, bool(suppliers)
    if etype in ctx.types.addressed and not targets:
        targets += _addressee(ctx, trigger)
    if etype in ctx.types.speech and not targets and rule.pos == "VERB":
        targets += _summoned(ctx, trigger)
    places = places_of(ctx, anchors, etype, sentence=False, smaller=False)  # (the smaller ones below, once)
    places += [p for p in object_places if p not in places and p not in targets]
    if not targets and places and etype in ctx.types.place_target and etype not in ctx.types.weapons:
        # a measure or aid in force where its clause puts it is on (or for) the people there
        # (gev:placeIsTarget): "imposed blockades in the West Bank", "eased the curfew in Amman" —
        # not an attack, which happens where it happens ("a bomb exploded in a market")
        targets += _people_at(ctx, places[0], trigger, agents + participants)
    if etype == "Visit" and not targets:
        # a visit to a place is a visit to the state it lies in: "arrived in Amman on a visit"
        for key in places:
            host = _state_of(ctx.index.entities[key])
            if host and f"country:{host}" not in agents:
                _ensure_country(ctx, host)
                targets.append(f"country:{host}")
                break
    if etype == "MilitaryDeployment":
        # troops of a side deploy on behalf of their state; a state's army or navy, one per state
        # ("the US Navy deployed a carrier"), is an actor of its own, as a named one is ("the
        # Indian Navy")
        agents = [a if a.rpartition(":")[2] in ctx.rules.institutions and a in ctx.index.entities
                  and ctx.index.entities[a].kind == ARMED_FORCE else _side(ctx, a) for a in agents]

    weapons = _weapons_for(ctx, trigger, used_only=etype == "Attack") if etype in ctx.types.weapons else []
    if "bought" in rule.need.split("&"):  # what is got: "signed a contract ... for 180 K2 tanks"
        weapons = list(dict.fromkeys(weapons + _weapons_got(ctx, trigger)))
    if etype in ctx.types.weapons:  # "attacked the convoy using a drone", "an attempt ... using two drones"
        uses = [c for a in anchors for c in a.children if c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in ctx.rules.using]
        if trigger.dep_ in ("advcl", "xcomp") and trigger.head.pos_ in ("VERB", "AUX") \
                and trigger.head.lemma_.lower() in ctx.rules.support | {"make", "try", "attempt"}:
            # the parser hangs the means on the verb of the attempt: "an attempt had been made to
            # assassinate Maduro using two drones"
            uses += [c for c in trigger.head.children if c.dep_ in ("advcl", "xcomp") and c != trigger
                     and c.lemma_.lower() in ctx.rules.using]
        weapons = list(dict.fromkeys(weapons + _weapons_in(ctx, [t for u in uses for t in u.subtree])))
        # "drones were used to attack the president", "the gun used to kill the officer"
        weapons = list(dict.fromkeys(weapons + _weapons_in(ctx, [t for c in used_for(ctx, trigger) for t in c.subtree])))
    if etype == "ArmsTransfer" and weapons and all(ctx.index.entities[w].label == "military aircraft" for w in weapons) \
            and not any(ctx.index.entities[a].kind in (COUNTRY, GOVERNMENT, ARMED_FORCE, IGO)
                        for a in agents + targets if a in ctx.index.entities):
        return None  # "Boeing delivered 40 jets to Ryanair": jets no state, force or government gets are airliners
    if etype in ctx.types.weapons and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" \
            and trigger.head.lower_ in ("in", "during") and trigger.head.head.lemma_.lower() in ctx.rules.using:
        # what was used in the act: "drones were used in an attack on the president", "the gun
        # used in the shooting"
        verb = trigger.head.head
        used = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")] + ([verb.head] if verb.dep_ == "acl" else [])
        weapons = list(dict.fromkeys(weapons + _weapons_in(ctx, [t for c in used for t in c.subtree])))
        if not agents and weapons:  # ... and who used it: "the rebels used rockets in the attack"
            agents = [a for c in verb.children if c.dep_ == "nsubj" for a in actors_of(ctx, c)]
    if etype in ctx.types.weapons and rule.pos == "VERB":
        # an instrument as the subject: "a bomb exploded near the market", "a rocket hit the base"
        weapons = list(dict.fromkeys(weapons + _weapons_in(ctx, [c for c in _subjects(trigger) if c.dep_ == "nsubj"])))
    if etype in ctx.types.weapons and rule.pos == "VERB":
        # ... or of the passive: "two pressure-cooker bombs were detonated by the Tsarnaevs"
        weapons = list(dict.fromkeys(weapons + _weapons_in(ctx, [c for c in _subjects(trigger) if c.dep_ == "nsubjpass"])))
    if etype in ctx.types.weapons and rule.pos == "VERB" and not agents and weapons:
        # the one who fired the instrument: "shot down by missiles launched by Syrian batteries",
        # "killed by a bomb planted by militants"
        agents = _launchers(ctx, trigger)
    if (etype in ctx.types.aimed and etype not in ctx.types.speech or etype == "MilitaryDeployment") and not targets and agents:
        # an act aimed at something that is no actor, in a state that is not the actor's: an act
        # on that state ("Sudan bombed a refugee camp in South Sudan", "Russian jets bombed a
        # hospital in Idlib", "Israel reimposed blockades in the West Bank", "Palestinian
        # prisoners rioted at a jail in northern Israel"); so is a side's show of force there
        # ("Israel has strengthened its forces in Lebanon")
        own = {_state_of(ctx.index.entities[a]) for a in agents if a in ctx.index.entities}
        if None in own and etype not in ctx.types.weapons:
            own = set()  # "farmers protested in Paris": whose act it is, the text does not say
        for key in places if own or etype in ctx.types.weapons else ():
            if _only_beside(ctx, key, trigger):
                continue  # "drones struck a convoy near Marib": what is hit is beside the place, not in the state
            host = _state_of(ctx.index.entities[key])
            if host and host not in own:
                _ensure_country(ctx, host)
                targets.append(f"country:{host}")
                break
    if etype in ctx.types.place_target and etype in ctx.types.weapons:
        # a site it is aimed at, described without a name, stands for the people there (beside the
        # state it lies in, or the body whose site it is): "the bombing of the federal building",
        # "houses were destroyed", "exploded at a pub", "Russian jets bombed a hospital in Idlib",
        # "attacked a police station" (the police, and the people of the station)
        # (not one's own: "rammed his car into a crowd")
        # (also a place no name goes with: "gunmen attacked a village", "an attack on a village")
        # (not a place taken, which changes hands: "captured the airport" -- see _affected's taken;
        # a vehicle taken is taken with those aboard: "captured three boats")
        targets += [k for t in aimed if not actors_of(ctx, t) and not any(c.dep_ == "poss" for c in t.children)
                    and (not taken or t.lemma_.lower() in ctx.rules.vehicles)
                    for k in site_people(ctx, t, unnamed=True)]
        # ... also one whose holder is named, beside the holder ("attacked the president's motorcade",
        # "an attack on the home of a police officer"; not one's own: "rammed his car")
        targets += [k for t in aimed if t.pos_ == "NOUN" and ctx.index.key_of(t) is None
                    and not taken
                    and (t.lemma_.lower() in ctx.rules.sites or t.lower_ in ctx.rules.sites
                         or t.lemma_.lower() in ctx.rules.vehicles or t.lower_ in ctx.rules.vehicles)
                    and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)
                    for holders in [[k for c in t.children if c.dep_ == "poss" for k in [ctx.index.key_of(c)] if k]
                                    + [a for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                       for p in c.children if p.dep_ == "pobj" for a in actors_of(ctx, p)]]
                    if holders and not set(holders) & set(agents)
                    for k in site_people(ctx, t)]
        # ("fired on a bus carrying pilgrims": the bus, beside those it carries)
        targets += [k for t in aimed for v in [carrier_of(ctx, t)] if v is not None for k in site_people(ctx, v)]
        # ... and those a vehicle hit carries ("hit a truck carrying soldiers")
        targets += [a for t in aimed if t.lemma_.lower() in ctx.rules.vehicles or t.lower_ in ctx.rules.vehicles
                    for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ctx.rules.carrying
                    for o in c.children if o.dep_ == "dobj" for a in _people(ctx, o)]
        # ... and so does a site it happens in or at, what a bomb or a shooting there hits: "the IRA
        # exploded a bomb in Oxford Street", "the attempted car bombing in Times Square", "a shooting
        # at a checkpoint" (a site described, or a named one whose name says it is a site; a town
        # or a region is where, not what, it hits)
        # (a site it happens only near or outside of is where it happened, not hit: "a car bomb
        # exploded outside a police station", "a roadside bomb exploded near a market")
        within = [p for a in anchors for p in _prep_objects(a, SITE_PREPS | NEAR_PREPS)]
        # ("exploded under a vehicle carrying soldiers", misparsed as the soldiers': those it
        # carries are hit, and the vehicle is where, beside the place named)
        under = [(p, v) for a in anchors for p in _prep_objects(a, ctx.preps(etype, "place", rule.pos))
                 for v in [carrier_of(ctx, p)] if v is not None]
        targets += [a for p, _ in under for a in _people(ctx, p)] + [k for _, v in under for k in site_people(ctx, v, claim=False)]
        places += [k for _, v in under for k in described_sites(ctx, v) if k not in places]
        # ... and a site that names the act ("the embassy attack", "a mosque bombing in Quetta"; not
        # a vehicle, which names what it is done with: "a car bombing", "the truck bombing")
        within += [c for a in anchors if a.pos_ == "NOUN" for c in a.children if c.dep_ == "compound" and c.i < a.i
                   and c.pos_ == "NOUN" and (c.lemma_.lower() in ctx.rules.sites or c.lower_ in ctx.rules.sites)]
        # (not one's own: "at his home"; a place's own is a site: "New York's Times Square"; a site
        # described beside a place named is where it happened as well as the place named, its words
        # unclaimed so that the place named stays the sentence's: "threw a grenade into a hotel in
        # Srinagar", "a car bomb exploded near a market in Baghdad")
        sites: list[str] = []
        for t in within:
            if actors_of(ctx, t) or any(c.dep_ == "poss" and not _places_named(ctx, c) for c in t.children):
                continue
            claim = ctx.index.key_of(t) is None and not (places or _located(ctx, t))
            unnamed = unnamed_place(ctx, t)  # (a place no name goes with is where, not what, it hits)
            hit = site_people(ctx, t, claim=claim, unnamed=True)
            if not (t.dep_ == "pobj" and t.head.lower_ in NEAR_PREPS) and not unnamed:
                targets += hit or _facility_people(ctx, t)
            if not claim:  # (and the places it lies in: "into a hotel in Srinagar")
                sites += described_sites(ctx, t) + _located(ctx, t)
        places = list(dict.fromkeys(sites + places))
        if not places:  # ... and where it happened ("stormed a farm and raided an office")
            places = [k for t in aimed + within for c in [t, *t.conjuncts] for k in [ctx.index.key_of(c)]
                      if k and k.startswith("site:")]
            places = list(dict.fromkeys(places))
    if etype == "ArmsTransfer":
        places = [p for p in places if p not in targets]
    if places and trigger.pos_ == "NOUN" and not (agents or targets or participants) \
            and set(places) <= set(_place_modifiers(ctx, trigger)) and not _main_clause(trigger, anchors + clause):
        # a town that names the act (places_of: "the Baghdad bombings killed 30") places it, as
        # the sentence's place does, only when it has a party or its sentence reports it: not
        # "condolences to those who perished in the Ankara attack", named in passing
        places = []
    if not places:
        # a clause that names no place: the one place its sentence locates something in (never a
        # target), also for an act whose text names no party ("the attack occurred Wednesday as
        # the convoy was on its way through Rutshuru", "a Palestinian was shot dead in a hostel in
        # the West Bank", "in Vienna, some 200,000 people marched"): the place is what the text
        # gives, and a party it does not give is still left out (resolve.within keeps an event
        # with a target or a place)
        places = sentence_place(ctx, anchors[0], etype)
        if places and not (agents or targets or participants) and (
                not _main_clause(trigger, anchors + clause) or _said_where(ctx, anchors[0], places[0])):
            # only the act its sentence reports ("the attack occurred ...", "he was captured ..."),
            # not one it names in passing ("condolences over the attack", "amid fighting", "who
            # had been jailed"); and not where something was said or done by word ("officials
            # said in Geneva that the fighting had stopped"; where the saying verb is one of the
            # say cue, for any act: sentence_place)
            places = []
    if not places:
        # nor its sentence: a site the text describes ("the bombing at a popular shrine")
        places = site_of(ctx, anchors, etype) or passive_owner_places(ctx, anchors)
    elif all(_unplaced_site(ctx, k) for k in places):
        # a site that lies in no town the text gives, and the town its sentence puts something in:
        # "In New York City, immigrants protested outside City Hall", "threw a grenade into a hotel
        # packed with tourists in Indian Kashmir" (the town after the site: the site is where)
        places += [k for k in sentence_place(ctx, anchors[0], etype) if k not in places and not k.startswith("site:")]
    if not places and agents and etype in ctx.types.state_name_place:
        # nor that: a protest by a town's people is there ("residents of Mosul demonstrated",
        # "Gaza residents protested"; a town or region, not a state: "Iranians protested" may be abroad)
        doers = [s for s in _subjects(trigger) if s.dep_ == "nsubj"] if trigger.pos_ == "VERB" else []
        places = [k for s in doers for k in _place_modifiers(ctx, s) + [
            k for p in _prep_objects(s, {"of", "from"}) for k in _place_keys(ctx, [p])]
            if ctx.index.entities[k].kind == PLACE]
        places = list(dict.fromkeys(places))
    places = _with_smaller(ctx, anchors, places)
    if not targets and places and etype not in ctx.types.speech and _truce(ctx, trigger, support):
        # fighting ends where a truce holds: "declared a unilateral ceasefire in Somalia",
        # "surrendered in Faryab province", "will lay down arms in Colombia" — it is for the people
        # there (a state itself), whoever its parties are
        targets += _people_at(ctx, places[0], trigger, agents + participants)
    date = date_of(ctx, anchors + _outcome_verbs(trigger))
    dated = rule.pos == "NOUN" and date is None and (date := date_before(ctx, trigger)) is not None
    modality = modality_of(ctx, trigger, etype)
    attributed, saying = according_to(ctx, trigger)
    attributed = [a for a in attributed if a not in agents]
    quotes = quotes_of(ctx, trigger) if etype == "Statement" and trigger.lemma_.lower() in ctx.rules.say else []

    confidence = 0.5 + (0.3 if direct else 0.1 if (agents or participants) else 0.0)
    confidence += 0.1 if (targets or weapons or places) else 0.0
    confidence -= 0.1 if rule.pos == "NOUN" else 0.0
    confidence -= 0.1 if _background(ctx, trigger) else 0.0
    confidence = round(min(0.95, max(0.1, confidence)), 2)

    sent = ctx.sents.sent(trigger.i)
    mention = Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text)
    if operation_name(trigger):  # "Operation Peace Spring", the whole name (as the model found it)
        named = next((e for e in ctx.doc.ents if e.start <= trigger.left_edge.i and trigger.i < e.end),
                     ctx.doc[trigger.left_edge.i:trigger.i + 1])
        mention = Span(named.start_char, named.end_char, named.text)
    sentence = Span(sent.start_char, sent.end_char, sent.text)
    uniq = lambda xs: list(dict.fromkeys(xs))  # noqa: E731
    mentions, sentences, carriers = [mention], [sentence], []
    if support is not None and support.i != trigger.i and _trigger_rule(ctx, support, True) is None:
        # "launched an offensive", "carried out the attack", "staged a protest": the verb that
        # carries a noun's event names it too (as "took place" does, constructions._occurrence),
        # as a mention that is not its trigger (gev:triggerMention stays on the noun); one that
        # is an event of its own ("announced a cease-fire") stays that event's
        carrier = Span(support.idx, support.idx + len(support.text), support.text)
        mentions.append(carrier)
        sentences.append(sentence)
        carriers.append(carrier)
    return Event(
        type="Attack" if fired_at else etype, trigger=rule.lemma, pos=rule.pos, mentions=mentions, sentences=sentences, carriers=carriers,
        agents=uniq(agents), targets=uniq(t for t in targets if t not in agents), participants=uniq(participants),
        weapons=weapons, places=places, date=date, according_to=uniq(attributed), quotes=quotes,
        counts=_counts(patients) if etype in ctx.types.directed else [],
        modality=modality, confidence=confidence,
        said_in=[Span(saying.idx, saying.idx + len(saying.text), saying.text)] if saying is not None and etype != "Statement" else [],
        # (a headline's title-case singular noun names the story's occurrence: "Boston Bombing Suspect")
        specific=[mention] if is_specific(trigger, _headline(sent)) or (rule.pos == "VERB" and _headline_passive(ctx, trigger))
        or (trigger.tag_ in ("NNP", "NN") and titled_noun(ctx, trigger)) or dated else [],
        refers_back=refers_back(trigger),
        new_occurrence=new_occurrence(trigger),
        headline=_title_line(sent),
        recalls=recalls_attack(ctx, trigger, etype),
    )


def _fired_instrument(ctx: _Ctx, verb: Token) -> bool:
    """Whether a participle hangs on the instrument of an act that bears weapons ("shot down by
    missiles launched by Syrian batteries", "a rocket fired by Hezbollah killed two soldiers"): it
    tells who did that act (:func:`_launchers`)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not (key := ctx.index.key_of(noun)) \
            or ctx.index.entities[key].kind != WEAPON:
        return False
    act = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "agent" else noun.head if noun.dep_ == "nsubj" else None
    return act is not None and act.pos_ == "VERB" and any(
        r.type == "Attack" for r in ctx.rules.verbs.get(act.lemma_.lower(), ())) and _trigger_rule(ctx, act, True) is not None


def _shot_down(ctx: _Ctx, verb: Token) -> bool:
    """Whether a participle hangs on a weapon that an attack's verb is aimed at ("shot down three
    drones launched by the Houthis", "intercepted dozens of rockets fired from Gaza")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not _weapons_in(ctx, [noun, *_prep_objects(noun, {"of"})]):
        return False  # (a weapon, or a measure of one: "dozens of rockets fired from Gaza")
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("dobj", "nsubjpass"):
        noun = noun.head.head  # "dozens of rockets fired from Gaza", parsed on "rockets"
    act = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    return act is not None and act.pos_ == "VERB" and (rule := _trigger_rule(ctx, act, True)) is not None \
        and rule.type == "Attack"


def _launchers(ctx: _Ctx, trigger: Token) -> list[str]:
    """Who fired the weapon an act is done with, as a participle of that weapon tells it ("shot down
    by missiles launched by Syrian batteries", "a bomb planted by militants exploded"): the agent
    of a participle of a verb of a weapon-bearing type (a launch, an attack) hung on the weapon."""
    instruments = [c for c in trigger.children if c.dep_ == "nsubj"]
    instruments += [p for c in trigger.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    for noun in instruments:
        if not (key := ctx.index.key_of(noun)) or ctx.index.entities[key].kind != WEAPON:
            continue
        for verb in noun.children:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(
                    r.type in ctx.types.weapons for r in ctx.rules.verbs.get(verb.lemma_.lower(), ())):
                continue
            found = [a for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                     for a in actors_of(ctx, p)]
            if found:
                return found
    return []


_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                             "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})


def _count(token: Token) -> int | None:
    """The number a token writes ("23", "1,200", "three"), if any."""
    text = token.lower_.replace(",", "")
    if text.isdigit() and len(text) < 7:
        return int(text)
    return _NUMBER_WORDS.get(text)


def _counts(patients: list[Token]) -> list[int]:
    """How many were acted on, where a phrase naming them counts them: "captured 23 pirates",
    "23 of the raiders", "killing four people" (two or more: "a man" counts nothing)."""
    out = []
    for head in patients:
        for tok in [head] if head.like_num else [c for c in head.children if c.dep_ == "nummod"]:
            n = _count(tok)
            if n is not None and n >= 2 and n not in out:
                out.append(n)
    return out


# the prepositions a vehicle is driven into what it hits with: "rammed a truck into a crowd",
# "ploughed through pedestrians"
DRIVEN_INTO = frozenset({"into", "through"})


def _driven_into(ctx: _Ctx, verb: Token, etype: str) -> tuple[list[Token], list[Token]] | None:
    """A vehicle driven into people or a site by an act that bears weapons ("rammed a truck into a
    crowd", "drove his car into pedestrians on the bridge"): the vehicle objects (the means) and
    what they are driven into, which is hit; None where no vehicle is driven into anything."""
    if etype not in ctx.types.weapons or etype not in ctx.types.aimed:
        return None
    vehicles = [c for c in verb.children if c.dep_ == "dobj"
                and (c.lemma_.lower() in ctx.rules.vehicles or c.lower_ in ctx.rules.vehicles)]
    into = _prep_objects(verb, DRIVEN_INTO)
    return (vehicles, into) if vehicles and into else None


# the prepositions of a site an act that bears weapons happens at, which it hits: "exploded at a pub",
# "a shooting in a classroom", "an explosion ripped through a mosque"
def _only_beside(ctx: _Ctx, key: str, trigger: Token) -> bool:
    """Whether the trigger's sentence names the place ``key`` only after "near" or "outside" (or
    "close to", "next to"): a place something happened by, not in."""
    sent = ctx.sents.sent(trigger.i)
    roots = [t for t in sent if ctx.index.key_of(t) == key and not (
        t.head.i != t.i and ctx.index.key_of(t.head) == key)]
    return bool(roots) and all(
        r.dep_ == "pobj" and (r.head.lower_ in NEAR_PREPS or r.head.lower_ == "to" and r.head.head.lower_ in BESIDE_ADVERBS)
        for r in roots)


SITE_PREPS = frozenset({"in", "at", "inside", "into", "through"})
# ... and of a site it happens by, which is where it happened: "exploded outside a police station"
NEAR_PREPS = frozenset({"near", "outside"})

# the prepositions that put people in the way of an act that bears weapons: "opened fire into
# the crowd", "detonated his explosives among the guests"
AMONG = frozenset({"into", "among", "amongst"})


# ... and those that put people where it is done, or by it: "exploded in the crowd", "a bomb
# went off next to a military patrol", "detonated near a group of soldiers"
BESIDE_PEOPLE = frozenset({"in", "inside", "near", "outside", "beside", "alongside"})


def _people_beside(ctx: _Ctx, trigger: Token) -> list[Token]:
    """The phrases an act bearing weapons is done in, near or next to that name people, not a
    place nor another act ("killed in Taliban attacks" names the act, not whom it hit)."""
    phrases = _prep_objects(trigger, BESIDE_PEOPLE) + [
        p for a in trigger.children if a.dep_ == "advmod" and a.lower_ in BESIDE_ADVERBS
        for p in _prep_objects(a, {"to"})]
    return [p for p in phrases if p.pos_ in ("NOUN", "PROPN") and _trigger_rule(ctx, p, True) is None]


def _people(ctx: _Ctx, token: Token) -> list[str]:
    """The actors a phrase names that are no place or state: those an act bearing weapons is done
    into or among, or a vehicle is driven into, are hit (a place so named stays where)."""
    return [a for a in actors_of(ctx, token) if a in ctx.index.entities and ctx.index.entities[a].kind not in (PLACE, COUNTRY)]


def _facility_people(ctx: _Ctx, token: Token) -> list[str]:
    """The people of a named place whose name says it is a site ("Times Square", "Oxford Street",
    "the Erawan Shrine", "Camp Shorabak"): a word of the site list first or last in its name."""
    key = ctx.index.key_of(token)
    ent = ctx.index.entities.get(key) if key else None
    words = ent.label.lower().split() if ent is not None else []
    if ent is None or ent.kind != PLACE or key.startswith("site:") or not words \
            or not {words[0], words[-1]} & (ctx.rules.sites | ctx.rules.streets):
        return []
    mention = next((m for m in ent.mentions if m.start <= token.idx < m.end), None)
    return people_of(ctx, key, mention)


def _elided_passive(ctx: _Ctx, verb: Token) -> bool:
    """A participle of harm with a subject and no auxiliary of its own, joined to a passive or to
    a verb of leaving a toll, or whose subject is counted ("22 were killed and another 38
    injured", "the clashes left 34 people dead and 193 people injured"): the auxiliary is left
    out, and it is a passive."""
    if verb.tag_ != "VBN" or lemma_of(verb, ctx.rules.harming) not in ctx.rules.harming \
            or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) or verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True  # an absolute clause: "violence raged, with five Iraqis killed in a bombing"
    head = verb.head
    if verb.dep_ == "conj" and (any(c.dep_ == "auxpass" for c in head.children) or head.lemma_.lower() == "leave"
                                or head.lower_ in ctx.rules.toll_words and head.head.lemma_.lower() == "leave"
                                or _elided_passive(ctx, head)):  # "with five Iraqis killed and 20 wounded"
        return True
    # (or a subject that only counts: "... and 193 people injured", where the parser makes the
    # participle the root)
    return verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" and (c.pos_ == "NUM" or any(n.dep_ == "nummod" for n in c.children))
                                       for c in verb.children)


def _past_joined(verb: Token) -> bool:
    """Whether a verb the tagger wrote as a participle is joined, with an object of its own, to an
    active verb in the past, so is in the past itself: "rioters looted shops and burned vehicles"
    ("burned" tagged VBN; not a participle phrase whose subject is its patient)."""
    head = verb.head
    return verb.dep_ == "conj" and head.tag_ == "VBD" and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ == "auxpass" for c in head.children)


def _shared_passive(verb: Token) -> list[Token]:
    """The subject of the passive a participle is joined to, where the participle has no subject,
    auxiliary or object of its own ("was abducted and murdered", "were shot and killed", "got
    picked up, raped and murdered"): the auxiliary and the subject are the first verb's, and so is
    the one acted on. Nothing for a verb of another form ("was arrested and faces trial")."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "csubj") for c in verb.children):
        return []
    head = verb.head
    while head.dep_ == "conj" and head.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
        head = head.head  # ("picked up, raped and murdered": each joined to the one before)
    if head.pos_ != "VERB" or head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in head.children):
        return []
    return [c for c in _subjects(head) if c.dep_ == "nsubjpass"]


def _title_line(sent) -> bool:
    """Whether a sentence is the document's title: its first line, ending without a full stop."""
    return all(t.is_space for t in sent.doc[: sent.start]) and _headline(sent)


def _headline_passive(ctx: _Ctx, verb: Token) -> bool:
    """A verb in a headline's past form with a subject and no object, auxiliary or clause above
    it: a passive with "was" left out ("Jamal Williams arrested on DUI suspicion"), one occurrence."""
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ == "ROOT" and _headline(ctx.sents.sent(verb.i)) \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "attr", "acomp") for c in verb.children)


def _raised_patients(ctx: _Ctx, verb: Token) -> list[Token]:
    """The one a passive complement is done to when its subject is that of the passive verb it
    completes: "a trader was found murdered", "twelve villagers have been feared killed", "he is
    believed to have been murdered" (the raising verbs of the cues; not "is believed to have
    attacked", whose subject acts: actors.subject_of)."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "oprd") or head == verb or _subjects(verb) \
            or head.lemma_.lower() not in ctx.rules.raising or not any(c.dep_ == "auxpass" for c in head.children):
        return []
    own_passive = any(c.dep_ == "auxpass" for c in verb.children) \
        or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))
    return [c for c in head.children if c.dep_ == "nsubjpass"] if own_passive else []


def _people_at(ctx: _Ctx, key: str, trigger: Token, parties: list[str]) -> list[str]:
    """The people of an event's place, named where its sentence names the place (a state itself),
    unless they are a party of it."""
    sent = ctx.sents.sent(trigger.i)
    ent = ctx.index.entities[key]
    mention = next((m for m in ent.mentions if sent.start_char <= m.start < sent.end_char), None)
    return [t for t in people_of(ctx, key, mention) if t not in parties]


def _received(ctx: _Ctx, pobj: Token, etype: str) -> list[str]:
    """Who receives what a recipient preposition hands over: the actors it names, or, for a type
    whose place stands for its people (gev:placeIsTarget), the people of the place ("sent aid to
    Gaza", "aid to Kabul")."""
    return actors_of(ctx, pobj) or (population(ctx, pobj) if etype in ctx.types.place_target else [])


def _truce(ctx: _Ctx, trigger: Token, support: Token | None) -> bool:
    """Whether an event ends fighting (the truce cues): its trigger ("ceasefire", "surrendered",
    "lay down arms"), or what its verb, or the verb carrying it, agrees to, declares or calls for
    ("agreed to a ceasefire", "called for a truce")."""
    words = ctx.rules.truce
    if trigger.lemma_.lower() in words or trigger.lower_ in words:
        return True
    heads = [trigger] + ([support] if support is not None else [])
    nouns = [c for h in heads for c in h.children if c.dep_ == "dobj"]
    nouns += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
              for p in c.children if p.dep_ == "pobj"]
    return any(n.lemma_.lower() in words or n.lower_ in words for n in nouns)


def _unplaced_site(ctx: _Ctx, key: str) -> bool:
    """A site of a document, described or named, that lies in no place the text gives (no GeoNames
    record, no country): "a hotel", "City Hall", "the Kuweires Military Airport", "the Al-Assad
    Suburb" (a name that ends in a site word or a word of a place's part; not a town's name)."""
    ent = ctx.index.entities.get(key)
    if ent is None or ent.kind != PLACE or ent.geonameid or ent.country:
        return False
    last = ent.label.split()[-1].lower() if ent.label.split() else ""
    return key.startswith("site:") or key.startswith("place:") and (
        last in ctx.rules.sites or last in ctx.rules.unnamed_places or last in ctx.rules.streets)


def _aimed_by(ctx: _Ctx, prep: Token) -> bool:
    """Whether a preposition introduces the aim of its verb's armed act ("fired on the protests",
    "opened fire at the rally"): the registry's target prepositions of the verb's own type, one
    that bears weapons (not "arrived in Amman on a visit")."""
    rule = _trigger_rule(ctx, prep.head, True)
    return rule is not None and rule.type in ctx.types.weapons and rule.type in ctx.types.aimed \
        and prep.lower_ in ctx.preps(rule.type, "target", "VERB")


def _main_clause(trigger: Token, anchors: list[Token]) -> bool:
    """Whether an act is what a main or reported clause says happened: its verb (a noun's, the verb
    that carries it: "the attack occurred") is the sentence's root or a clause said, also across
    "and"; not a relative, adverbial or participle clause, nor a noun with no verb of its own."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next((a for a in anchors[1:] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    # (or a finite verb the parser hangs on the root with no label, where it lost the main clause:
    # "In Vienna, some 200,000 people, many festooned in ..., marched to celebrate")
    return verb.dep_ in ("ROOT", "ccomp") or verb.dep_ == "dep" and verb.head.dep_ == "ROOT" \
        and verb.tag_ in ("VBD", "VBZ", "VBP")


def _takes_object(ctx: _Ctx, etype: str) -> bool:
    """Whether what a verb of this type acts on may be its target (or, symmetric, a party), by the
    registry of event types: directed, aimed at what someone did ("protested the decision"),
    symmetric ("met Putin"), or a speech act, whose object is whom it addresses ("told reporters")."""
    return etype in ctx.types.directed or etype in ctx.types.aimed or etype in ctx.types.symmetric \
        or etype in ctx.types.speech


def _places_named(ctx: _Ctx, token: Token) -> list[str]:
    """The places a phrase names as what is acted on: the place itself, across conjunctions, or the
    place of an area noun ("the town of Bakhmut", "the mosque in Mosul")."""
    out: list[str] = []
    for t in [token, *token.conjuncts]:
        key = ctx.index.key_of(t)
        if key and ctx.index.entities[key].kind in (PLACE, COUNTRY):
            out.append(key)
        elif key is None and t.pos_ == "NOUN":
            out += [k for p in _prep_objects(t, {"of", "in"}) for k in [ctx.index.key_of(p)]
                    if k and ctx.index.entities[k].kind in (PLACE, COUNTRY)]
    return list(dict.fromkeys(out))


def _own(ctx: _Ctx, obj: Token, agents: list[str]) -> bool:
    """Whether an object is the actor's own: "its troops", "their weapons", "Russia's forces"
    after "Russia withdrew" — a possessive that stands for (or names) one of the agents."""
    if not agents or obj.lemma_.lower() in ctx.rules.other_party or obj.lower_ in ctx.rules.other_party:
        return False  # "met his Lebanese counterpart", "attacked their rivals": another party
    for c in obj.children:
        if c.dep_ == "poss":
            owner = actors_of(ctx, c)
            return bool(owner) and set(owner) <= set(agents)
    return False


def _armed_people(ctx: _Ctx, obj: Token) -> bool:
    """Whether an object is armed people (described, not a named force): those a side pulls back
    ("the UN withdrew peacekeepers from Rwanda": acted on is where they leave) or sends as
    peacekeepers are its own."""
    # (or what it counts: "withdrawing some of its troops")
    for t in [obj] + [p for of in obj.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]:
        key = ctx.index.key_of(t)
        if key and key in ctx.index.entities and ctx.index.entities[key].kind == ARMED_FORCE and not key.startswith(("org:", "country:")):
            return True
        if armed_noun(ctx, t) or t.lemma_.lower() in ("peacekeeper", "peacekeepers"):
            return True
    return False


def _summoned(ctx: _Ctx, trigger: Token) -> list[str]:
    """Whom a speech act is made to when its verb says why someone was called in: "France summoned
    the Chinese ambassador to complain", "met the envoy to protest" — the object of the governing
    verb (one that is no trigger of its own: "urged him to condemn" is someone else's act)."""
    head = trigger.head
    if trigger.dep_ not in ("advcl", "xcomp") or head.pos_ != "VERB" or head == trigger \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
            or _trigger_rule(ctx, head, True) is not None:
        return []
    return [a for c in head.children if c.dep_ == "dobj" for a in actors_of(ctx, c)]


def _target_of(ctx: _Ctx, noun: Token) -> list[Token]:
    """What a copula says an act a noun names was aimed at: "the embassy was the target of a rocket
    attack", "the governor was the target of an assassination attempt", "the target of the attack
    was a police station"."""
    noun = attempt_head(noun)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.lemma_.lower() not in ctx.rules.aiming:
        return []
    copula, role = prep.head.head, prep.head.dep_
    if copula.lemma_ != "be":
        return []
    if role == "attr":
        return [s for s in copula.children if s.dep_ == "nsubj"]
    if role == "nsubj":
        return [a for a in copula.children if a.dep_ == "attr"]
    return []

