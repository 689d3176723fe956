"""Which words trigger which event type: the trigger rules of the lexicon, the conditions (needs) a
rule puts on its word, and the sense checks (a cause as subject, sport)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.extract.records import ARMED_FORCE, COUNTRY, GOVERNMENT, GROUP, IGO, PERSON, PLACE, WEAPON
from kg.extract.rules import TriggerRule, modified_name_rows, noun_form
from kg.extract.context import CLAUSE_DEPS, FUTURE_AUX, GUEST_KINDS, SUBJECT_DEPS, _Ctx, _headline, _prep_objects, _subjects, lemma_of
from kg.extract.actors import actors_of, pronoun_antecedent, subject_of


def _obj_lemmas(token: Token) -> set[str]:
    out = set()
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "nsubjpass", "pobj"):
            out.add(child.lemma_.lower())
            out.add(child.lower_)
            out.update(c.lemma_.lower() for c in child.children if c.dep_ in ("compound", "nmod"))
            out.update(c.lower_ for c in child.conjuncts)
            # "suspended part of a military aid program"
            for of in child.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    for pobj in of.children:
                        if pobj.dep_ == "pobj":
                            out.add(pobj.lemma_.lower())
                            out.add(pobj.lower_)  # "withdrew some of its troops": the rows list plurals
                            out.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "nmod"))
    return out


def _obj_lemmas_of(ctx: _Ctx, token: Token) -> set[str]:
    """:func:`_obj_lemmas` of ``token``, made once per document (read, never changed)."""
    out = ctx.obj_lemmas.get(token.i)
    if out is None:
        out = ctx.obj_lemmas[token.i] = _obj_lemmas(token)
        if modifier_verb_subjects(token) is not None:  # "gunmen ... opened fire": its object is its head
            out |= {token.head.lemma_.lower(), token.head.lower_}
        # "Protesters gathered in Nairobi. Police dispersed them": the people "them" stands for
        for pron in (c for c in token.children if c.dep_ == "dobj" and c.lower_ == "them"):
            ent = ctx.index.entities.get(pronoun_antecedent(ctx, pron) or "")
            if ent is not None and ent.kind == GROUP and ent.label.split():
                out |= {ent.label.split()[-1].lower()}
    return out


def modifier_verb_subjects(token: Token) -> list[Token] | None:
    """A verb the parser took for a modifier of its own object: "The raid had targeted fishermen",
    "soldiers are now patrolling farms" (after an auxiliary), "An attacker on the back of a
    motorcycle fatally shot rubber tapper X", "Gunmen riding on a motorcycle opened fire" (after the
    subject's phrase; "targeted", "patrolling", "shot", "opened" read as adjectives of "fishermen",
    "farms", "tapper", "fire"). Its subjects: the auxiliary's, or the noun the phrase before it
    hangs on. None where it is a modifier: one after a determiner or possessor ("the murdered
    businessman"), at the start of its sentence ("Wounded soldiers were ..."), after a comma or
    a conjunction."""
    head = token.head
    if token.dep_ != "amod" or token.tag_ not in ("VBN", "VBD", "VBG") or token.pos_ != "VERB" \
            or head.pos_ not in ("NOUN", "PROPN") or head.i < token.i:
        return None
    prev = token.doc[token.i - 1] if token.i > 0 else None
    while prev is not None and prev.tag_ == "RB":  # "fatally shot", "now patrolling"
        prev = token.doc[prev.i - 1] if prev.i > 0 else None
    if prev is None:  # (a determiner, a possessor, a comma or a verb before it: a modifier)
        return None
    aux = prev.lemma_.lower()
    if prev.pos_ in ("AUX", "VERB") and prev.tag_ in ("VBD", "VBP", "VBZ") \
            and (aux == "have" and token.tag_ == "VBN" or aux == "be" and token.tag_ == "VBG"):
        # "had targeted", "are now patrolling" (not "were armed men": a passive's participle is one)
        return [c for c in _subjects(prev) if c.dep_ == "nsubj"] or None
    if prev.pos_ not in ("NOUN", "PROPN"):
        return None
    # the noun the phrase before it hangs on: "attacker" of "an attacker on the back of a motorcycle",
    # "gunmen" of "gunmen riding on a motorcycle": the root of the sentence, read as a clause with
    # no verb; where a verb is its root, the words before it are no subject ("Turkey backed rebels
    # attacked ...")
    up = prev if prev.head != token else head  # (a noun before it the parser hung on it: from its object up)
    while up.dep_ != "ROOT" and up.dep_ in ("pobj", "prep", "compound", "nmod", "acl", "amod") and up.head != up:
        up = up.head
    return [up] if up.dep_ == "ROOT" and up.pos_ in ("NOUN", "PROPN") and up.i < token.i else None


def _weapons_in(ctx: _Ctx, tokens: Iterable[Token]) -> list[str]:
    out = []
    for t in tokens:
        key = ctx.index.key_of(t)
        if key and ctx.index.entities[key].kind == WEAPON:
            out.append(key)
    return list(dict.fromkeys(out))


def _argument_tokens(token: Token) -> list[Token]:
    """The trigger's own phrase: its subtree without embedded clauses."""
    out = []
    stack = [token]
    while stack:
        t = stack.pop()
        out.append(t)
        for child in t.children:
            if child.dep_ in CLAUSE_DEPS:
                continue
            stack.append(child)
    return out


def _aimed_at(ctx: _Ctx, trigger: Token) -> set[int]:
    """The tokens of what an attack is aimed at or done to, never its instrument: the object of
    a verb of striking ("attacked a military vehicle", "destroyed a Russian tank", "shot down a
    drone") and the object of an aim ("fired a missile at an Israeli tank", "opened fire on a
    helicopter"). The ontology's gev:weapon is a weapon used, tested, deployed or transferred."""
    out: set[int] = set()
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")] if trigger.pos_ == "VERB" else [trigger]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ctx.rules.aim_preps:
                out |= {t for p in c.children if p.dep_ == "pobj" for t in _phrase_core(p)}
    if trigger.pos_ == "VERB" and (lemma_of(trigger, ctx.rules.struck_verbs) in ctx.rules.struck_verbs
                                   or any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children)):
        out |= {t for c in trigger.children if c.dep_ == "dobj" for t in _phrase_core(c)}
    return out


def _phrase_core(noun: Token) -> set[int]:
    """A noun phrase's own words: the noun, its modifiers, conjuncts and "of" phrase ("a column of
    tanks"), without what another preposition hangs on it ("attacked the convoy with rockets":
    the rockets are used, wherever the parser hangs them)."""
    out, stack = set(), [noun]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack += [c for c in t.children if c.dep_ != "prep" or c.lower_ == "of"]
    return out


def _weapons_for(ctx: _Ctx, trigger: Token, used_only: bool = False) -> list[str]:
    """The weapons of an event's own phrase (``used_only``: not those it is aimed at or done to)."""
    aimed = _aimed_at(ctx, trigger) if used_only else set()
    toks = [t for t in _argument_tokens(trigger) if (t.dep_ not in SUBJECT_DEPS or t.head != trigger) and t.i not in aimed]
    if trigger.dep_ == "acl":  # "a ballistic missile launched from ..."
        toks += list(trigger.head.subtree)
    if trigger.pos_ == "NOUN":
        toks += [c for c in trigger.children if c.dep_ in ("compound", "amod")]
    return _weapons_in(ctx, toks)


def used_for(ctx: _Ctx, trigger: Token) -> list[Token]:
    """The phrases a verb of using names as what is used for the act a verb is the purpose of:
    "Ukraine used cruise missiles to hit a command post", "drones were used to attack the
    president", "the gun used to kill the officer"."""
    if trigger.dep_ not in ("xcomp", "advcl") or trigger.head.lemma_.lower() not in ctx.rules.using:
        return []
    used = [c for c in trigger.head.children if c.dep_ in ("nsubjpass", "dobj")]
    return used + [trigger.head.head] if trigger.head.dep_ == "acl" else used


def got_heads(trigger: Token) -> list[Token]:
    """The phrases naming what a verb or noun of getting gets: its object (a noun's "of" object,
    or its "for" object: "an order for 96 Apache helicopters", "a deal for 32 F-35 jets", also
    where the parser hangs it on the verb the noun is the object of: "signed a contract with South
    Korea for 180 K2 tanks")."""
    if trigger.pos_ == "VERB":
        # (a participle's noun: "the S-400 system, bought from Russia"; the tagger may take the
        # participle for a past tense: "Jets bought from France arrived")
        return [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")] + (
            [trigger.head] if trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("nsubj", "dobj") for c in trigger.children) else [])
    return _prep_objects(trigger, {"of", "for"}) + (_prep_objects(trigger.head, {"for"}) if trigger.dep_ == "dobj" else [])


def _weapons_got(ctx: _Ctx, trigger: Token) -> list[str]:
    """The weapons a verb or noun of getting names as what is got: its object (a noun's "of"
    object), the words before it, and what a measure or an act of handing over holds ("the first
    batch of Su-35 jets", "took delivery of the S-400"), never what an act of another kind names
    ("received victims of the bomb attack")."""
    heads = got_heads(trigger) if trigger.pos_ == "VERB" else [trigger, *got_heads(trigger)]
    toks: list[Token] = []
    seen: set[int] = set()
    while heads:
        h = heads.pop()
        if h.i in seen:
            continue
        seen.add(h.i)
        if h is not trigger and h.pos_ == "NOUN" and (rule := _trigger_rule(ctx, h, True)) is not None \
                and rule.type != "ArmsTransfer":
            continue  # "ordered a Tomahawk missile strike", "ordering the biggest military operation: a salvo of missiles"
        toks.append(h)
        toks += [t for c in h.children if c.dep_ in ("compound", "amod", "nmod", "nummod", "appos") for t in c.subtree]
        heads += h.conjuncts
        for p in _prep_objects(h, {"of"}):
            rule = _trigger_rule(ctx, p, True) if p.pos_ == "NOUN" else None
            if rule is None or rule.type == "ArmsTransfer":
                heads.append(p)
    return _weapons_in(ctx, toks)


def called_party(trigger: Token) -> Token | None:
    """The one a guest verb is done to where the parser took the name for what someone is called
    (its "oprd"): "Putin called Erdogan", "called his Turkish counterpart Recep Tayyip Erdogan" —
    a proper name with no object before it, or after a common noun it names. None for a naming:
    "called Assad a terrorist" (the predicate a common noun, the object a name)."""
    party = next((c for c in trigger.children if c.dep_ == "oprd" and c.pos_ == "PROPN"), None)
    if party is None or any(c.dep_ in ("dobj", "dative") and c.pos_ != "NOUN" for c in trigger.children):
        return None
    return party


def _troops(ctx: _Ctx, trigger: Token) -> bool:
    # the object itself, its conjuncts or what it counts ("2,000 of its soldiers"), not any
    # word below it ("military ties" are not troops)
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            heads = [child, *child.conjuncts]
            heads += [p for of in child.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
            for t in heads:
                if ctx.rules.sided.get(t.lower_, ("",))[0] in ctx.rules.troop_groups:
                    return True
    return False


CAPTIVE_KINDS = {PERSON, ARMED_FORCE, GROUP}


def _acting_subjects(trigger: Token) -> list[Token]:
    """The subject words of whoever does a trigger: its own subjects; for a verb without a subject
    of its own, the subject of the verb it completes, is joined to or is a participle clause of
    ("the army managed to enter the town", "troops attempting to enter", "rebels withdrew and
    entered", "troops captured the west, occupying Kiev", "the jet was shot down while pounding
    Taliban positions"), or the noun an active participle modifies ("troops occupying the Baltic
    states"); for a noun, the subject of the verb it is the object of ("the army launched the
    operation")."""
    verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" else trigger
    for _ in range(3):
        # (a participle clause or a clause of purpose acts with its sentence's subject: "captured
        # the west of the country, destroying Minsk and occupying Kiev", "routed rebel groups to
        # seize control of Azaz")
        if _subjects(verb) or verb.head == verb or verb.dep_ not in ("xcomp", "conj") \
                and not (verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))):
            break
        verb = verb.head
    subjects = [s for s in _subjects(verb) if s.dep_ in ("nsubj", "nsubjpass")]
    # an active participle's noun does it ("Soviet troops occupying the Baltic states")
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        subjects = [verb.head]
    return subjects


def armed_noun(ctx: _Ctx, token: Token) -> bool:
    """Whether a noun names armed people by its word ("troops", "militants", "Iraqi soldiers")."""
    return ctx.rules.sided.get(token.lower_, ("",))[0] in ctx.rules.armed_nouns or token.lemma_.lower() in ctx.rules.armed_nouns


def _armed_subject(ctx: _Ctx, trigger: Token) -> bool:
    """Whether whoever does the trigger (``_acting_subjects``) is armed: an armed force named or
    described, or a noun of armed people ("troops", "militants")."""
    for subj in _acting_subjects(trigger):
        if any(ctx.index.entities[a].kind == ARMED_FORCE for a in actors_of(ctx, subj) if a in ctx.index.entities):
            return True
        if any(armed_noun(ctx, t) for t in [subj, *subj.conjuncts]):
            return True
    return False


def _attack_object(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's object (or a conjunct of it) is an attack noun: "launched air strikes",
    "fired a barrage of rockets" is not (the rockets are the barrage's weapons)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for t in (obj, *obj.conjuncts):
            rules = ctx.rules.nouns.get(t.lemma_.lower()) or ctx.rules.nouns.get(t.lower_) or ()
            if any(r.type == "Attack" and not r.generated for r in rules):
                return True
    return False


def _place_taken(ctx: _Ctx, token: Token) -> bool:
    """Whether a noun phrase (one conjunct) names a place: a named place, or a common noun of one
    ("the airport", "the army base")."""
    lemma = token.lemma_.lower()
    if token.ent_type_ in ("GPE", "LOC", "FAC") or lemma in ctx.rules.unnamed_places or lemma in ctx.rules.sites:
        return True
    key = ctx.index.key_of(token)
    return bool(key and key in ctx.index.entities and ctx.index.entities[key].kind == PLACE)


def _need_met(ctx: _Ctx, rule: TriggerRule, trigger: Token, has_test_before: bool) -> bool:
    need = rule.need
    if need == "-":
        return True
    if "&" in need:  # "obj:place&happening": each of them
        return all(_need_met(ctx, TriggerRule(rule.lemma, rule.pos, rule.type, part, rule.generated), trigger, has_test_before)
                   for part in need.split("&"))
    if need == "happening":  # "the incident occurred", "armed men broke into a bar": no event noun as its
        # subject ("the attack occurred" is the attack's, "clashes broke out" the clashes')
        # ("the attack, which occurred outside a college": the relative pronoun stands for its noun)
        subjects = [s for s in _subjects(trigger) if s.dep_ in ("nsubj", "nsubjpass")]
        subjects = [s.head.head if s.lower_ in ("that", "which") and s.head.dep_ == "relcl" else s for s in subjects]
        return not any((s.pos_ == "NOUN" or initial_noun(ctx, s)) and _trigger_rule(ctx, s, True) is not None
                       for s in subjects)
    if need == "weapon":
        if rule.pos == "VERB" and _attack_object(ctx, trigger):
            return False  # "launched air and artillery strikes": the weapons are the strikes', no test
        if _weapons_for(ctx, trigger):
            return True
        if rule.pos == "VERB" and _weapons_in(ctx, [t for c in used_for(ctx, trigger) for t in c.subtree]):
            return True  # "used Storm Shadow missiles to hit a command post"
        if rule.pos == "NOUN":
            # "the launch", "the test" once the document has reported one
            if has_test_before and rule.type == "WeaponTest":
                return True
            return bool(_weapons_in(ctx, ctx.sents.sent(trigger.i)))
        return False
    if need == "troops":
        return _troops(ctx, trigger)
    if need == "actorobj":  # "received the Japanese prime minister", "asked Iraq to ..."
        return any(actors_of(ctx, c) for c in trigger.children if c.dep_ in ("dobj", "dative"))
    if need == "captive":  # "captured 23 pirates", "the commander was captured": people taken, an arrest
        # (CAMEO 173), not the seizure of a town or a base (192)
        taken = [t for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts)]
        # (every one taken is people: "captured the base and two soldiers" is the fight for the base)
        return not any(_place_taken(ctx, t) for t in taken) \
            and any(ctx.index.entities[a].kind in CAPTIVE_KINDS for t in taken for a in actors_of(ctx, t)
                    if a in ctx.index.entities)
    if need == "stateobj":  # "the African Union suspended Gabon": a state or an international body as object
        return any(ctx.index.entities[a].kind in (COUNTRY, IGO)
                   for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") for a in actors_of(ctx, c))
    if need == "guest":  # "hosted the Japanese prime minister", not "hosted the Oscars"
        # (nor one said to be something: "called Assad a terrorist" names him, meets nobody)
        party = called_party(trigger)
        if party is None and any(c.dep_ == "oprd" for c in trigger.children):
            return False
        return any(ctx.index.entities[a].kind in GUEST_KINDS
                   for c in [*(c for c in trigger.children if c.dep_ in ("dobj", "dative")), *([party] if party else [])]
                   for a in actors_of(ctx, c))
    if need == "actor":  # rows from the big dictionaries: an actor as subject, object or prepositional object
        # (a verb joined to another with no subject of its own has that one's: "suspended the
        # paper and arrested its director")
        joined = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" and not _subjects(trigger) else []
        return any(actors_of(ctx, c) for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent"))\
            or any(actors_of(ctx, c) for c in joined)\
            or (not _subjects(trigger) and trigger.dep_ == "xcomp" and bool(subject_of(ctx, trigger)[0]))\
            or any(actors_of(ctx, p) for p in _prep_objects(trigger, {"on", "against", "at", "with", "to", "by"}))\
            or any(actors_of(ctx, p) for a in trigger.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")\
            or (trigger.dep_ == "acl" and trigger.tag_ == "VBN" and bool(actors_of(ctx, trigger.head)))
        # (the last: a passive participle on the people it is done to, as a headline writes it:
        # "Hundreds arrested as Iran protests spread")
    if need == "future":  # "warned that it would retaliate"
        return any(aux.dep_ == "aux" and aux.lower_ in FUTURE_AUX
                   for c in trigger.children if c.dep_ in ("ccomp", "xcomp") for aux in c.children)
    if need == "clause":  # "added that ...", "'...,' he stressed": what is said, as a clause of its own
        return any(c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") for c in trigger.children)
    if need == "placeobj":  # "ISIS took Palmyra", "rebels seized Minakh": a place as what is taken
        return any(_place_taken(ctx, t) for c in trigger.children if c.dep_ == "dobj" for t in (c, *c.conjuncts))
    if need == "armed":  # "troops entered the town", "ISIS entered Palmyra": armed people do it
        return _armed_subject(ctx, trigger)
    if need == "unarmed":  # "protesters burned the flag", not "soldiers burned the rebels' flag"
        return bool(_acting_subjects(trigger)) and not _armed_subject(ctx, trigger)
    if need == "doer":  # "students boycotted classes": someone, named or described, does it (not
        # "Arab states boycotted Israeli goods", whose doer no actor stands for)
        return bool(subject_of(ctx, trigger)[0])
    if need == "named":  # "Operation Peace Spring": the head word of the name (_trigger_rule)
        return operation_name(trigger)
    if need == "country":  # "Turkey launched Operation Peace Spring": a state, named, does it (not
        # "Brazilian prosecutors")
        doers = _acting_subjects(trigger)
        return bool(doers) and all((ctx.index.key_of(s) or "").startswith("country:") and s.i not in ctx.index.demonym_at
                                   for s in doers)
    if need == "dobj":  # "returned the fossils to Peru", not "returned to Syria": a thing handed over
        return any(c.dep_ == "dobj" for c in trigger.children)
    if need == "doneto":  # "burned the village", "were burned to death", "a man burned alive by militants",
        # not "two children burned to death in a fire" (what the subject underwent, by no one's hand)
        return any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in trigger.children) \
            or trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "relcl", "amod")
    if need == "notpersons":  # "protesters clashed with police", not "Bush and Kerry clashed over the
        # talks" (persons named, each alone, clash in words): a doer that is not only named persons
        doers = [a for s in _subjects(trigger) if s.dep_ in ("nsubj", "nsubjpass") for a in actors_of(ctx, s)]
        return not doers or any(ctx.index.entities[a].kind != PERSON for a in doers if a in ctx.index.entities)
    if need in ("state", "notstate"):  # "Japan protested the incursion" (a diplomatic protest), not
        # "students protested in Tokyo": a doer that is a state, a government body or an
        # international body
        doers = subject_of(ctx, trigger)[0]  # (also a clause's that shares it: "summoned the envoy to protest")
        words = _subjects(trigger) or (_subjects(trigger.head) if trigger.dep_ in ("xcomp", "advcl", "conj") else [])
        # (a people named by its state's word is people, not the state: "Iraqis protested in Baghdad")
        # (named: officials described, "lawmakers protested in parliament", may take to the street)
        official = bool(doers) and not any(w.i in ctx.index.demonym_at for w in words) and all(
            ctx.index.entities[a].kind in (COUNTRY, GOVERNMENT, IGO) and not a.startswith("group:")
            for a in doers if a in ctx.index.entities)
        return official if need == "state" else not official
    if need == "nodobj":  # "demonstrated in the capital", not "demonstrated its resolve" nor "demonstrated
        # that ...": no object nor clause, which make it a verb of showing
        return not any(c.dep_ in ("dobj", "ccomp") for c in trigger.children)
    if need == "bought":  # "Poland bought tanks from the United States", "took delivery of S-400s": a
        # weapon named in what is got (not "received victims of the bomb attack"); the subject
        # receives it, "from" names the one who hands it over (frames._event_for)
        return bool(_weapons_got(ctx, trigger))
    if need == "money":  # "lent $1 billion to Indonesia", "gave money to developers": a sum as its object
        return any(t.ent_type_ == "MONEY" or t.lemma_.lower() in ctx.rules.money
                   for c in trigger.children if c.dep_ == "dobj" for t in c.subtree)
    kind, _, words = need.partition(":")
    options = set(words.split("|"))
    if kind == "obj":
        return bool(_obj_lemmas_of(ctx, trigger) & options)
    if kind == "notobj":  # "executed ten prisoners", not "executed the plan"
        # (also the noun a participle describes: "the agreement struck earlier this week")
        described = {trigger.head.lemma_.lower(), trigger.head.lower_} \
            if trigger.pos_ == "VERB" and trigger.tag_ == "VBN" and trigger.dep_ == "acl" else set()
        return not ((_obj_lemmas_of(ctx, trigger) | described) & options)
    if kind == "notdobj":  # "shot a film", not "a film director was shot": the object's own word, not
        # its modifiers (nor the passive subject's)
        heads = [t for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") for t in (c, *c.conjuncts)]
        return not any(t.lemma_.lower() in options or t.lower_ in options for t in heads)
    if kind == "notpobj":  # "a deployment of troops", not "a deployment of workers"
        return not any(p.dep_ == "pobj" and (p.lemma_.lower() in options or p.lower_ in options)
                       for c in trigger.children if c.dep_ == "prep" for p in c.children)
    if kind == "prep":
        return any(c.dep_ in ("prep", "prt", "agent", "advmod") and c.lower_ in options for c in trigger.children)
    if kind == "heldprep":  # "held a vigil against the war": a noun's preposition, also where the
        # parser hangs it on the support verb the noun is the object of
        heads = [trigger, trigger.head] if trigger.dep_ in ("dobj", "nsubjpass") \
            and lemma_of(trigger.head, ctx.rules.support) in ctx.rules.support else [trigger]
        return any(c.dep_ in ("prep", "advmod") and c.lower_ in options for h in heads for c in h.children)
    if kind == "aim":  # "fired at the crowd", "fired rockets into Israel", not "fired on Thursday" nor
        # "fired into the air / the sea" (warning shots, tests: aimed at no one)
        # (also on what is fired, where the parser hangs the aim there: "fired a salvo of ballistic
        # missiles at Riyadh", "fired a few rockets against targets")
        fired = [o for o in trigger.children if o.dep_ == "dobj"]
        fired += [p for o in fired for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj"]
        # (a place the model swallowed into a time is the place: "at Kyiv overnight" tagged TIME;
        # a preposition with an open space among its objects aims at none of them: "into the sea
        # east of the Korean Peninsula", parsed with "east" as a second object)
        return any(c.dep_ == "prep" and c.lower_ in options and p.dep_ == "pobj"
                   and (p.ent_type_ not in ("DATE", "TIME") or ctx.index.key_of(p) is not None)
                   and not any(o.dep_ == "pobj" and o.lemma_.lower() in ctx.rules.open_spaces for o in c.children)
                   for h in [trigger, *(fired if trigger.pos_ == "VERB" else [])] for c in h.children for p in c.children)
    if kind == "head":  # "lodged a protest": the verb the noun is the object of (or "went on strike": its
        # prepositional object)
        # (by :func:`lemma_of`: the model's lemmatiser takes "staged" to "stag")
        # (or a passive participle of one on it: "a strike called by separatists", "the protest
        # organised by students")
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c, options) in options for c in trigger.children):
            return True
        if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
            return lemma_of(trigger.head.head, options) in options
        return trigger.dep_ in ("dobj", "attr") and lemma_of(trigger.head, options) in options
    if kind == "nothead":  # "North Korea conducted a test", not "its tests showed that sarin was used" (a
        # laboratory's): not the subject or object of one of these verbs
        return not (trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and lemma_of(trigger.head, options) in options)
    if kind == "act":  # "vowed to fight": a coercive act as its complement
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in ctx.rules.coercive for c in trigger.children)
    if kind == "notmod":  # "a heart attack", "a lightning strike" are no attacks
        return not any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in options for c in trigger.children)
    if kind == "mod":
        return any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in options for c in trigger.children)
    if kind == "xcomp":  # "ordered the newspaper to suspend publication": what it is ordered to do
        return any(c.dep_ == "xcomp" and ("*" in options or c.lemma_.lower() in options) for c in trigger.children)
    if kind == "child":  # "shot dead", "found dead": a word attached to it
        return any(c.lower_ in options for c in trigger.children)
    if kind == "pobj":  # "took to the streets", "an exchange of fire", "hit by rockets": a prepositional object
        return any(p.dep_ == "pobj" and (p.lemma_.lower() in options or p.lower_ in options)
                   for c in trigger.children if c.dep_ in ("prep", "agent") for p in c.children)
    if kind == "notsubj":  # "gunmen targeted a checkpoint", not "tweets (a law, sanctions) targeting lawmakers"
        doers = [c for c in _subjects(trigger) if c.dep_ == "nsubj"] + ([trigger.head] if trigger.dep_ == "acl" else [])
        return not any(t.lemma_.lower() in options or t.lower_ in options for d in doers for t in (d, *d.conjuncts))
    if kind == "by":  # "a strike by teachers", "a strike of dock workers", "the miners' strike": who does it
        doers = [p for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "of")
                 for p in c.children if p.dep_ == "pobj"] + [c for c in trigger.children if c.dep_ == "poss"]
        return any(t.lemma_.lower() in options or t.lower_ in options for d in doers for t in (d, *d.conjuncts))
    if kind == "subj":  # "crowds gathered", "the jet was shot down while pounding ...": who does it
        return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in options or c.lower_ in options
                   or any(p.lemma_.lower() in options for a in c.children if a.dep_ == "prep" for p in a.children))
                   for c in _subjects(trigger) or (_acting_subjects(trigger) if trigger.tag_ == "VBG" else []))
    return False


NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})


def title_noun(ctx: _Ctx, token: Token) -> bool:
    """A common noun a title-case headline capitalises, which the tagger takes for a name ("Court
    Convicts Friend of Boston Bombing Suspect", "Indict 2 Over August Shrine Attack"): an event noun
    of the rules, in a line that ends without a full stop and capitalises most of its words, not
    inside a person's or place's name."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") \
            or noun_form(ctx.rules, token) is None:
        return False
    return title_line(ctx, token)


def titled_noun(ctx: _Ctx, token: Token, first: bool = False) -> bool:
    """A common noun a title-case headline capitalises: tagged a name (:func:`title_noun`) or,
    where the headline is parsed as a sentence (kg.nlp.components.TitleCaseParse), a noun (with
    ``first``, also the line's first word)."""
    if token.pos_ == "PROPN":
        return title_noun(ctx, token)
    return token.pos_ == "NOUN" and token.is_title and (first or token.i > ctx.sents.sent(token.i).start) \
        and title_line(ctx, token)


def title_line(ctx: _Ctx, token: Token) -> bool:
    """Whether a word stands in a headline line in title case: one that ends without a full stop
    and capitalises most of its longer words."""
    sent = ctx.sents.sent(token.i)
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    if len(words) < 2 or sum(t.is_title or t.is_upper for t in words) < 0.8 * len(words):
        return False
    return _headline(sent)


def operation_name(token: Token) -> bool:
    """Whether a name's head word names an operation ("Operation Peace Spring", "Operation
    Zarb-e-Azb"): a proper noun whose first word, a compound of it, is "Operation" as written."""
    first = token.doc[token.left_edge.i]
    return token.pos_ == "PROPN" and first.text == "Operation" and first.i < token.i and first.head == token \
        and first.dep_ == "compound"


def lower_name(token: Token) -> bool:
    """A word in lower case the tagger takes for a name, a noun then ("held a sit-in")."""
    return token.pos_ == "PROPN" and token.is_lower


def initial_noun(ctx: _Ctx, token: Token) -> bool:
    """An event noun of the rules that begins a sentence, capitalised as every first word is, which
    the tagger takes for a name ("Gunfire erupted in Kabul"): no entity, nor a name's first word."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ or ctx.index.key_of(token) is not None:
        return False
    if noun_form(ctx.rules, token) is None:
        return False
    first = next((t for t in ctx.sents.sent(token.i) if not t.is_punct and not t.is_space), None)
    after = ctx.doc[token.i + 1] if token.i + 1 < len(ctx.doc) else None
    return first == token and (after is None or not (after.pos_ == "PROPN" or after.is_title))


def _trigger_rule(ctx: _Ctx, token: Token, has_test_before: bool) -> TriggerRule | None:
    if token.pos_ == "VERB" and _dated_gerund(ctx, token):
        # "in the April 15, 2013, bombing": a gerund after its own date is the noun
        rules = ctx.rules.nouns.get(token.lower_)
    elif token.pos_ in ("VERB",):
        lemma = lemma_of(token, ctx.rules.verbs)
        if lemma not in ctx.rules.verbs and token.lower_ in ctx.rules.verb_forms:
            lemma = ctx.rules.verb_forms[token.lower_]  # "troops retook Aden" (the model's lemma "retook")
        rules = ctx.rules.verbs.get(lemma)
        if rules and lemma in ctx.rules.recording_verbs and any(
                c.dep_ == "prep" and c.lower_ == "on" and p.dep_ == "pobj" and p.lemma_.lower() in ctx.rules.recording_media
                for c in token.children for p in c.children):
            return None  # recorded, not done: "the beheadings were captured on film", "caught on camera"
    elif operation_name(token):
        # a named operation: "Turkey launched Operation Peace Spring" (the rows that need "named")
        rules = [r for r in ctx.rules.nouns.get(token.doc[token.left_edge.i].lower_, ()) if "named" in r.need.split("&")]
    elif token.pos_ == "NOUN" and _verb_form(ctx, token):
        # a verb the tagger took for a noun: "a Jewish settler shot and killed 29 worshipers"
        rules = ctx.rules.verbs.get(ctx.rules.verb_forms[token.lower_])
    elif token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS or title_noun(ctx, token) \
            or initial_noun(ctx, token) or lower_name(token):
        # (a noun the tagger took for an adjective: "launched an offensive" as its object)
        rules = ctx.rules.nouns.get(token.lemma_.lower()) or ctx.rules.nouns.get(token.lower_) \
            or (ctx.rules.nouns.get(noun_form(ctx.rules, token) or "") if token.pos_ == "PROPN" else None)
    elif token.pos_ == "PROPN" and (named := modified_name_rows(ctx.rules, token)):
        rules = named
    else:
        return None
    for rule in rules or ():
        if _need_met(ctx, rule, token, has_test_before):
            if rule.generated and token.pos_ == "VERB" and _carries_another_act(ctx, token, rule):
                return None
            return rule
    return None


def _carries_another_act(ctx: _Ctx, verb: Token, rule: TriggerRule) -> bool:
    """Whether a support verb's object is an act of another type, which the verb only carries: a
    dictionary row matched through that act's own object tells nothing of its own ("approved
    the sale of 66 jets" is the sale, not a concession of jets)."""
    if lemma_of(verb, ctx.rules.support) not in ctx.rules.support:
        return False
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and (other := _trigger_rule(ctx, c, True)) is not None
               and other.type != rule.type for c in verb.children)


def _verb_form(ctx: _Ctx, token: Token) -> bool:
    """A past form of a verb of violence the tagger took for a noun, in a verb's place (the rules'
    verb forms): no determiner, possessor or modifier of its own ("a shot", "his shot", "the title
    shot", "warning shots"), and a verb joined to it ("a settler shot and killed two"), "at" after
    it ("terrorists shot at them"), or a subject of its own."""
    if token.lower_ not in ctx.rules.verb_forms or token.tag_ != "NN":
        return False
    kids = list(token.children)
    # (the parser may read the subject as a compound before it, "a Jewish settler shot": the
    # determiner and modifiers before that noun are the subject's)
    subject = max((c.i for c in kids if c.dep_ == "compound" and c.i < token.i and c.pos_ in ("NOUN", "PROPN")), default=-1)
    if any(c.dep_ in ("det", "poss", "amod", "nummod", "case") and c.i > subject for c in kids):
        return False
    if token.dep_ == "compound" or any(c.dep_ == "compound" and c.i > token.i for c in kids):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN") for c in kids) \
        or any(c.dep_ == "prep" and c.lower_ == "at" for c in kids) \
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids)


def _dated_gerund(ctx: _Ctx, token: Token) -> bool:
    """A form in -ing the tagger took for a verb, with no subject or object of its own, just
    after a date and a comma ("the April 15, 2013, bombing"): an event noun of the rules."""
    if token.tag_ != "VBG" or token.lower_ not in ctx.rules.nouns or token.i < 2:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in token.children):
        return False
    before = ctx.doc[token.i - 1]
    return before.text == "," and ctx.doc[token.i - 2].ent_type_ == "DATE"


def is_generic(ctx: _Ctx, trigger: Token) -> bool:
    """Whether a trigger tells of acts in general ("they usually attack at night"), or a noun
    without a determiner names the crime a count charges ("will face trial on multiple counts of
    murder"): a kind of act, no report of one."""
    if any(c.dep_ == "advmod" and c.lower_ in ctx.rules.generic for c in trigger.children):
        return True
    # (with a determiner, or a victim or setting of its own, "counts of sexual assault of a child",
    # it tells of the acts charged)
    return (trigger.pos_ == "NOUN" and trigger.dep_ in ("pobj", "conj")
            and not any(c.dep_ in ("det", "poss", "prep") for c in trigger.children)
            and (of := trigger.head if trigger.dep_ == "pobj" else _pobj_of(trigger)) is not None
            and of.lower_ == "of" and of.head.lower_ in ctx.rules.charge_count)


def _pobj_of(token: Token) -> Token | None:
    """The preposition a conjoined noun shares with the first of its conjuncts ("of murder and
    attempted murder")."""
    while token.dep_ == "conj":
        token = token.head
    return token.head if token.dep_ == "pobj" else None


def _sport(ctx: _Ctx, trigger: Token) -> bool:
    """Whether the trigger's sentence is about sport ("Spain beat Italy 2-1 in the final match"): a
    word of sport that names no venue, nor part of one ("a blast near the stadium", "the size of two
    soccer fields", "in a cricket and football field"), nor a set phrase ("by firing squad"), nor
    people a group noun names with the word before it ("death squads", "riot squads"), nor
    the time of something else ("during the championship")."""
    # (and the clause of its purpose: "fans poured onto the streets to celebrate the World Cup win")
    words = _clause(trigger) + [t for c in trigger.children if c.dep_ in ("advcl", "xcomp")
                                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree]
    return any((t.lower_ in ctx.rules.sport or t.lemma_.lower() in ctx.rules.sport) and not _sport_venue(ctx, t)
               for t in words)


# dependencies that open a clause of its own: a word of sport in another clause ("protesters
# marched as the boxer watched") says nothing of the trigger's
OWN_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl"})


def _clause(trigger: Token) -> list[Token]:
    """The words of the trigger's clause: the subtree of the verb it belongs to (itself, for a
    verb), without the clauses of other verbs hung in it."""
    head, path = trigger, {trigger.i}
    while head.head != head and not (head.pos_ in ("VERB", "AUX") and head.dep_ in OWN_CLAUSE_DEPS | {"ROOT"}):
        head = head.head
        path.add(head.i)
    out: list[Token] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in t.children
                  if c.i in path or not (c.pos_ in ("VERB", "AUX") and c.dep_ in OWN_CLAUSE_DEPS)
                  or any(d.i in path for d in c.subtree)]
    return out


def _sport_venue(ctx: _Ctx, word: Token) -> bool:
    """Whether a word of sport stands in a venue's name or a set phrase of the venue cue (also the
    people who watch it: "a discotheque packed with soccer fans"), or names when something else
    happened ("during the championship")."""
    venues = ctx.rules.sport_venues
    if word.i > 0 and f"{ctx.doc[word.i - 1].lower_} {word.lower_}" in venues:
        return True  # "firing squad"
    if word.i > 0 and any(f"{ctx.doc[word.i - 1].lower_} {form}" in groups
                          for form in (word.lower_, word.lemma_.lower()) for groups in (ctx.rules.groups, ctx.rules.agents)):
        return True  # people the group nouns name with the word before ("death squads", "riot squads"): no team
    head = word
    for _ in range(4):  # "cricket and football field": up the modifiers and their conjuncts
        if head.lower_ in venues or head.lemma_.lower() in venues:
            return True
        if head.dep_ not in ("compound", "amod", "nmod", "conj") or head.head == head:
            break
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ == "during"


def _undone(ctx: _Ctx, trigger: Token) -> bool:
    """A noun event that a verb undoes or ends ("lifted sanctions", "eased the embargo", "removed
    the sanctions"): no event of its type."""
    head = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" \
        and head.lemma_.lower() in ctx.rules.undo


def _peacekeeping(ctx: _Ctx, trigger: Token) -> bool:
    """A deployment of peacekeepers, observers or trainers is no show of force."""
    sent = ctx.sents.sent(trigger.i)
    return any(t.lemma_.lower() in ctx.rules.peacekeeping or t.lower_ in ctx.rules.peacekeeping for t in sent)


def _caused_by_nonagent(ctx: _Ctx, trigger: Token) -> bool:
    """A verb whose subject is no actor but a cause: "an earthquake killed 10", "a heart attack
    killed him", "floods destroyed homes" — also through a participle clause ("a storm hit the
    coast, killing 10"). (An explosion or attack named as the subject is its own event.)"""
    if trigger.pos_ != "VERB":
        return False
    verb = trigger
    subjects = [c for c in _subjects(verb) if c.dep_ in ("nsubj", "csubj")]
    if not subjects:  # "..., destroying crops and killing 100", "..., killing one, injuring two": the first participle's
        while verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ == "VERB" \
                and verb.head.tag_ in ("VBG", "VBN") and not _subjects(verb.head):
            verb = verb.head
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VBN", "VB") \
            and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.rules.controlling
                     and any(c.dep_ == "dobj" for c in verb.head.children)):
        # (not through an object that does it: "the blast prompted soldiers to open fire")
        subjects = [c for c in _subjects(verb.head) if c.dep_ == "nsubj"]
    # "a fire in Dhaka that killed ...": the relative pronoun stands for its noun
    subjects = [s.head.head if s.lower_ in ("that", "which") and s.head.dep_ == "relcl" else s for s in subjects]
    # "the second wave of bombers struck", "a fresh wave of violence": a word of nature that is
    # also a noun that counts or groups ("wave") is what its "of" names ("a heat wave" is still
    # heat; a measure of no such word stays as it was: "a series of earthquakes")
    subjects = [next((p for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), s)
                if (s.lemma_.lower() in ctx.rules.measures or s.lower_ in ctx.rules.measures)
                and {s.lemma_.lower(), s.lower_} & ctx.rules.nonagent else s for s in subjects]
    for subj in subjects:
        words = {subj.lemma_.lower(), subj.lower_} | ({subj.lower_[:-1]} if subj.lower_.endswith("s") else set())
        # (a common noun capitalised at a sentence's start that the model took for a name is that
        # noun: "Wildfires destroyed 200 homes", not a person Wildfires)
        named = ctx.index.key_of(subj) and not (subj.is_sent_start and subj.dep_ != "compound"
                                                and not any(c.dep_ == "compound" for c in subj.children))
        if words & ctx.rules.nonagent and not named and not _weapon_fire(ctx, subj):
            return True
        if _named_storm(ctx, subj):
            return True
    verb = trigger
    if _mishap_of_thing(ctx, verb):
        return True
    # "fighting COVID-19", "to combat the pandemic", "fighting terrorism": a cause as what is fought
    # (only by verbs of violence: "condemned the attack" condemns an act)
    rules = ctx.rules.verbs.get(lemma_of(verb, ctx.rules.verbs), ())
    fought = any(r.type == "Attack" for r in rules)
    # the object a rule asks for is the act itself: "opened fire" is no fire fought
    asked = {w for r in rules if r.need.startswith("obj:") for w in r.need[4:].split("|")}
    for obj in ([c for c in verb.children if c.dep_ == "dobj"] + _prep_objects(verb, {"against"})) if fought else ():
        if obj.lemma_.lower() in ctx.rules.act_causes or obj.lower_ in ctx.rules.act_causes or obj.lemma_.lower() in asked:
            continue  # "repelled the attack": an act, not a cause
        if {obj.lemma_.lower(), obj.lower_} & ctx.rules.nonagent and not ctx.index.key_of(obj) \
                or obj.lower_ in ctx.rules.nonagent:
            return True
    # "killed in a car crash", "injured in the earthquake", "victims killed by the crash"
    if any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl") \
            or (verb.tag_ == "VBD" and _headline(ctx.sents.sent(verb.i))):  # a title's "Mountie killed in truck crash"
        by = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        for p in _prep_objects(verb, {"in", "by", "during", "after", "from"}) + by:
            if {p.lemma_.lower(), p.lower_} & ctx.rules.nonagent and p.lower_ not in ctx.rules.act_causes \
                    and not _weapon_fire(ctx, p) or _named_storm(ctx, p):  # "killed in attacks", "killed by mortar fire"
                return True
    return False


def _named_storm(ctx: _Ctx, token: Token) -> bool:
    """A storm's name: "Hurricane Ivan struck Grenada", "killed by Typhoon Chaba", and the name
    alone once the text has called it so ("Ivan has killed 60"). (A name, not a weapon's: "Storm
    Shadow missiles struck" has the missiles as its head.)"""
    if ctx.storm_names is None:
        ctx.storm_names = frozenset(t.text for t in ctx.doc if t.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.lower_ in ctx.rules.nonagent for c in t.children))
    # (the name alone is often no PROPN: "Frances has killed 12")
    return token.text in ctx.storm_names and (
        token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()
        or token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in ctx.rules.nonagent for c in token.children))


def _armed_word(ctx: _Ctx, token: Token) -> bool:
    """A word of armed people: "troops", "militants", "a suicide bomber" (the group nouns' armed)."""
    words = {token.lemma_.lower(), token.lower_}
    return bool(words & ctx.rules.armed_nouns) or any(ctx.rules.groups.get(w, ("", ""))[1] == "armed" for w in words)


def _thing_subject(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb's subject (or its first conjunct's) is a thing and no actor, weapon or act:
    "a plane crashed", "a house collapses", "a carriage derailed and dragged cars"."""
    while not _subjects(verb) and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    subjects = [s.head.head if s.lower_ in ("that", "which") and s.head.dep_ == "relcl" else s
                for s in _subjects(verb) if s.dep_ == "nsubj"]
    if not subjects:
        return False
    return all(_crewed(ctx, s) or s.pos_ == "NOUN" and not ctx.index.key_of(s) and _trigger_rule(ctx, s, True) is None
               and s.lemma_.lower() not in ctx.rules.act_causes and s.lemma_.lower() not in ctx.rules.armed_nouns
               # (not "a car packed with explosives", "a truck driven by militants")
               and not any(ctx.index.entities[k].kind in (WEAPON, ARMED_FORCE)
                           for t in s.subtree if (k := ctx.index.key_of(t)))
               and not any(_armed_word(ctx, t) for t in s.subtree)
               for s in subjects) \
        and not any(_trigger_rule(ctx, p, True) is not None or p.lemma_.lower() in ctx.rules.act_causes
                    for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "in", "by", "during", "from", "following", "under")
                    for p in c.children if p.dep_ in ("pobj", "pcomp"))
        # (not "a building collapsed after an air strike": the strike's harm)


def _crewed(ctx: _Ctx, noun: Token) -> bool:
    """A crewed platform as the subject of a verb of mishap ("an army helicopter crashed", "a
    warship sank"): a vehicle's mishap, not a weapon's use, unless armed people or a weapon are
    named in what it says of it ("a jet flown by hijackers crashed into the tower")."""
    key = ctx.index.key_of(noun)
    if not key or ctx.index.entities[key].kind != WEAPON or ctx.index.entities[key].weapon_class not in ctx.rules.crewed:
        return False
    told = [t for c in noun.children if c.dep_ in ("acl", "relcl", "prep") for t in c.subtree]
    return not any(_armed_word(ctx, t) or (k := ctx.index.key_of(t)) and ctx.index.entities[k].kind in (WEAPON, ARMED_FORCE)
                   for t in told)


def _mishap_of_thing(ctx: _Ctx, verb: Token) -> bool:
    """A verb of harm whose cause is a thing's mishap or a force of nature told in a clause of its
    own, not named as its subject: a participle on a verb of mishap whose subject is a thing ("a
    plane crashed into a lake, killing 54"; "..., killing six and injuring six more", through its
    conjuncts), a clause of time on it whose subject is a force of nature or a thing's mishap ("six
    are killed as an earthquake jolts an island", "killed when fire tore through their home"), or
    a vehicle as the "by" of its passive ("struck and killed by a train")."""
    head = verb
    while head.dep_ == "conj" and head.head.pos_ == "VERB" and not _subjects(head) and head.tag_ in ("VBG", "VBN"):
        head = head.head  # "killing six and injuring six more": the first participle's
    if head.dep_ in ("advcl", "xcomp", "conj") and head.tag_ in ("VBG", "VBN") and not _subjects(head):
        up = head.head
        if up.pos_ == "VERB" and up.lemma_.lower() in ctx.rules.mishap_verbs and _thing_subject(ctx, up):
            return True
    if verb.dep_ == "appos" and verb.tag_ == "VBG" and {verb.head.lemma_.lower(), verb.head.lower_} & ctx.rules.nonagent \
            and verb.head.lower_ not in ctx.rules.act_causes:
        return True  # a title's "Plane Crashes in China, Killing 54"
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        subjects = [s for s in _subjects(clause) if s.dep_ == "nsubj"]
        if not subjects:  # "killed as a strong earthquake jolts ...", the parser's "as" a preposition
            subjects = [p for p in _prep_objects(verb, {"as", "after"}) if p.i < clause.i]
        elif not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "after") for m in clause.children):
            continue
        if any({s.lemma_.lower(), s.lower_} & ctx.rules.nonagent and s.lower_ not in ctx.rules.act_causes
               and s.lemma_.lower() not in ctx.rules.act_causes and not ctx.index.key_of(s) and not _weapon_fire(ctx, s)
               for s in subjects):
            return True
        if clause.lemma_.lower() in ctx.rules.mishap_verbs and _thing_subject(ctx, clause) or _run_over(ctx, clause):
            return True  # (also "killed when his car was struck by a truck")
    return _run_over(ctx, verb)


def _run_over(ctx: _Ctx, verb: Token) -> bool:
    """A passive whose "by" is a vehicle of no armed people and no weapon: "struck and killed by a
    train", "was struck by a stolen truck" (a mishap; not "a truck driven by militants")."""
    passive = verb
    while passive.dep_ == "conj" and passive.head.pos_ == "VERB":
        passive = passive.head
    if not (any(c.dep_ == "auxpass" for c in passive.children) or (verb.tag_ == "VBN" and verb.dep_ == "acl")):
        return False
    for word in (verb, *verb.conjuncts):
        for agent in (a for a in word.children if a.dep_ == "agent"):
            for p in (p for p in agent.children if p.dep_ == "pobj"):
                if p.lemma_.lower() in ctx.rules.running_over and not ctx.index.key_of(p) \
                        and not any(c.dep_ == "compound" for c in p.children) \
                        and not any(_armed_word(ctx, t) for t in p.subtree) \
                        and not any(ctx.index.entities[k].kind in (WEAPON, ARMED_FORCE)
                                    for t in p.subtree if (k := ctx.index.key_of(t))):
                    return True
    return False


def _weapon_fire(ctx: _Ctx, noun: Token) -> bool:
    """Whether a word of the non-agent causes is the fire of a weapon or of armed people ("artillery
    fire killed three", "mortar fire hit the town", "wounded by sniper fire"): shooting, no blaze.
    (An act named as the cause stays its own event: "the terrorist attack struck ...".)"""
    if noun.lower_ in ctx.rules.act_causes or noun.lemma_.lower() in ctx.rules.act_causes:
        return False
    for child in noun.children:
        if child.dep_ not in ("compound", "amod", "nmod", "poss"):
            continue
        if noun.lemma_.lower() == "fire" and (child.lower_ in ctx.rules.arms_fire or child.lemma_.lower() in ctx.rules.arms_fire):
            return True  # "killed by enemy fire", "downed by ground fire"
        key = ctx.index.key_of(child)
        if key and ctx.index.entities[key].kind == WEAPON:
            return True
        group = ctx.rules.groups.get(child.lower_) or ctx.rules.groups.get(child.lemma_.lower())
        if group and group[1] == "armed":
            return True
    return False
