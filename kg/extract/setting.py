"""The setting of an event: its place, date, modality, attribution, quotes, whether a mention names
one occurrence, and whether it is mentioned in passing."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.dates import MONTHS, resolve_date
from kg.extract.records import ASSERTED, COUNTRY, HYPOTHETICAL, NEGATED, PLACE
from kg.extract.context import CLAUSE_DEPS, FUTURE_AUX, SUBJECT_DEPS, _Ctx, _ancestors_complement, _headline, lemma_of, names_read_as_adverbs
from kg.extract.actors import actors_of, explosion_state, population, subject_of
from kg.extract.triggers import _trigger_rule, titled_noun
from kg.nlp.components import LIST_OPENERS


_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")


def _presupposed(trigger: Token) -> bool:
    """A definite event noun ("the bombing", "Saturday's attack") takes its occurrence as given,
    whoever is accused of it."""
    return trigger.pos_ == "NOUN" and any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those"))
                                          or c.dep_ == "poss" for c in trigger.children)


def _requested(ctx: _Ctx, trigger: Token) -> bool:
    """An act someone calls for, urges or appeals for is asked, not done: "called for sanctions",
    "called on Arabs to mobilize", "an appeal for deploying troops", "urged Turkey to close the
    border" — the act itself (or a conjunct of it) as the request's object or complement, not a
    word inside it ("called for an end to the attacks", "demanded he stand trial for the killings")."""
    node = trigger
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    head = node.head
    if node.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "dative") and head.lower_ == "for":
        head = head.head
        if any(c.pos_ in ("VERB", "AUX") and c.dep_ in ("acl", "relcl", "advcl", "xcomp", "ccomp")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in [*node.children, *head.children]):
            return False  # "called for the operations to be scaled back": what is asked is the scaling back
    elif node.dep_ in ("xcomp", "advcl", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        if not any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
                   p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children)) for c in head.children):
            return False  # asked of someone ("urged Turkey to", "called on Arabs to"; not "called to say")
    elif node.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        pass
    else:
        return False
    return head != node and head.lemma_.lower() in ctx.rules.requesting


def _forewarned(ctx: _Ctx, noun: Token) -> bool:
    """An event noun that is what someone warns of, fears or has not ruled out: the object (or the
    object of "of", "about", "against") of a verb or noun of warning or fearing, or of "rule out"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("of", "about", "against"):
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    lemma = head.lemma_.lower()
    return (lemma in ctx.rules.forewarning and head.pos_ in ("VERB", "NOUN")) \
        or (lemma == "rule" and noun.dep_ == "dobj" and any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children))


def _complement_of(child: Token, trigger: Token) -> bool:
    """Whether ``child`` (on the path up from ``trigger``) is its head's object or complement: the
    object, a clausal complement, "from"/"of" and the clause it opens, or the noun the trigger
    modifies ("a plot to bomb it"), not a conjunct, an adverbial clause other than "to ..." or
    another adjunct."""
    if child.dep_ in ("dobj", "ccomp", "xcomp", "pcomp", "pobj", "acl", "relcl", "nsubjpass", "attr", "oprd"):
        return True
    if child.dep_ == "advcl":  # "foiled a plot to bomb it" as the parser often attaches it
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ == "prep" and child.lower_ in ("from", "of")


def modality_of(ctx: _Ctx, trigger: Token, etype: str) -> str:
    if any(c.dep_ == "neg" for c in trigger.children):
        return NEGATED
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() not in ctx.rules.harm_verbs \
            and any(c.dep_ == "advmod" and c.lower_ in ctx.rules.near_miss for c in trigger.children):
        return NEGATED  # "Russia nearly invaded Georgia": it came close, it did not (not "the bomb almost killed him": it went off)
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "without":
        return NEGATED  # "exploded without warning", "was released without charge"
    if trigger.dep_ == "conj" and any(c.dep_ == "neg" for c in trigger.head.children) \
            and not any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        return NEGATED
    hypothetical = ctx.rules.hypothetical
    if etype == "Threat":
        hypothetical = hypothetical - {"threaten"}
    if any(c.dep_ in ("aux", "mark") and c.lower_ in ctx.rules.modal | {"if", "unless", "whether"} for c in trigger.children):
        return HYPOTHETICAL
    if etype != "Threat" and trigger.pos_ in ("VERB", "AUX") and is_future(trigger, ctx.rules.planned):
        return HYPOTHETICAL  # planned or future acts are not (yet) facts: "will meet", "is to visit"
    if etype != "Threat" and trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") \
            and trigger.head.pos_ in ("VERB", "AUX") \
            and lemma_of(trigger.head, ctx.rules.occurring) in ctx.rules.occurring | ctx.rules.aspect | ctx.rules.support \
            and (is_future(trigger.head, ctx.rules.planned) or any(c.dep_ == "aux" and c.lower_ in ctx.rules.modal
                                                              for c in trigger.head.children)):
        # an act named as the subject of a future verb of its happening: "the talks will resume
        # next week", "will be held", "will take place" (not "the bombing could mark a new chapter")
        return HYPOTHETICAL
    if etype != "Threat" and trigger.pos_ in ("VERB", "AUX") and trigger.dep_ == "conj" \
            and trigger.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in trigger.children) \
            and (is_future(trigger.head, ctx.rules.planned) or any(c.dep_ == "aux" and c.lower_ in ctx.rules.modal for c in trigger.head.children)):
        return HYPOTHETICAL  # a conjunct sharing its head's subject shares its auxiliary: "will lay down their weapons and disband"
    if trigger.pos_ == "VERB" and (trigger.dep_ == "acl" and trigger.head.lemma_.lower() not in ctx.rules.attempt_nouns
                                   or trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in ctx.rules.pact_nouns) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return HYPOTHETICAL  # an act a noun asks for or plans: "a request to extradite him" (an attempt was made)
    if trigger.pos_ == "VERB" and trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in ctx.rules.pact_nouns for c in trigger.head.children):
        return HYPOTHETICAL  # "signed a deal to buy 26 jets" (parsed as the signing's purpose): what the deal is to do
    if trigger.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in ctx.rules.prospective
                                                                          or c.lower_ in ctx.rules.prospective)
                                      for c in trigger.children):
        return HYPOTHETICAL  # "a possible US-led attack", "the planned offensive"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return NEGATED  # "there have been no major battles", "no clashes were reported"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        return HYPOTHETICAL  # "any attack on Iran would trigger a war", "warned against any military action"
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "acomp" and (c.lemma_.lower() in ctx.rules.hypothetical or c.lower_ in ctx.rules.prospective)
            for c in trigger.head.children):
        return HYPOTHETICAL  # "believes attacks on the UK are imminent", "a strike is likely"
    if trigger.pos_ == "NOUN" and _forewarned(ctx, trigger):
        return HYPOTHETICAL  # "warned of attacks on US bases", "officials fear attacks", "fears of an invasion"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB" and is_future(trigger.head, ctx.rules.planned):
        return HYPOTHETICAL  # "will begin a new military operation", "plans to launch an offensive"
    if _requested(ctx, trigger):
        return HYPOTHETICAL
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in ("from", "against") \
            and trigger.head.head.pos_ == "VERB" and trigger.head.head.lemma_.lower() in ctx.rules.deterring \
            and trigger.head.head.lemma_.lower() not in ctx.rules.preventing:
        return HYPOTHETICAL  # kept from, not done: "warned NATO against deploying troops", "discouraged jihadis from killing"
    attempted, near = False, True  # near: only a preposition or the verb's object between ("prevented them from attacking")
    path = [trigger, *_ancestors_complement(trigger, ctx.rules.say)]
    for i, anc in enumerate(path):
        # a denial or prevention reaches what it governs as its object or complement, not a
        # conjunct or an adjunct: "denied arson following a fire", "denied that he was X, and Woodward
        # said", "thwarted an attack, apprehending 26 pirates" (the fire, the saying, the arrest happened)
        governed = i > 0 and _complement_of(path[i - 1], trigger)
        if anc != trigger and near and governed and anc.lemma_.lower() in ctx.rules.denying \
                and not _presupposed(trigger) and trigger.lemma_.lower() not in ctx.rules.say:
            return HYPOTHETICAL  # "denied shelling the village", "denied that its jets bombed it" (not "denied carrying out the attack", not "denied the claims": they were made)
        if anc.lemma_.lower() in ctx.rules.say and anc != trigger:
            if anc.pos_ == "NOUN" and anc.head.lemma_.lower() in ctx.rules.denying and not _presupposed(trigger):
                return HYPOTHETICAL  # "denied reports that it had deployed troops"
            break
        attempted = attempted or (anc != trigger and anc.pos_ == "NOUN" and anc.lemma_.lower() in ctx.rules.attempt_nouns)
        repelled = anc.lemma_.lower() in ctx.rules.repelling and path[i - 1] == trigger and trigger.pos_ == "NOUN"
        if anc != trigger and not attempted and (anc.lemma_.lower() in ctx.rules.negating
                                                 or (near and governed and not repelled
                                                     and anc.lemma_.lower() in ctx.rules.preventing)):
            return NEGATED  # "failed to renew the embargo", "refused to attend the talks", "foiled a plot to bomb it"
        # (not "prevented the demonstration staged to protest the decision of sending troops")
        near = near and (anc == trigger or anc.pos_ == "ADP" or (anc.pos_ == "NOUN" and anc.dep_ == "dobj"))
        if anc != trigger and anc.lemma_.lower() in hypothetical and anc.ent_type_ != "DATE":  # (not the month May)
            return HYPOTHETICAL
        if anc != trigger and anc.lemma_.lower() in ctx.rules.alleging and not _presupposed(trigger):
            return HYPOTHETICAL  # "accused Russia of shelling the town" (not "of carrying out the bombing")
        if anc != trigger and any(c.dep_ in ("aux",) and c.lower_ in ctx.rules.modal for c in anc.children):
            return HYPOTHETICAL
        if anc != trigger and anc.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in anc.children) and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head == anc \
                and not _told_of(ctx, anc):
            return NEGATED  # "did not launch an attack" (not "have not named the bombing an act of terror")
        if anc != trigger and _purpose(anc) and path[i - 1].dep_ in ("ccomp", "xcomp") and path[i - 1].tag_ == "VB":
            return HYPOTHETICAL  # what a purpose clause is to help bring about: "sent troops to help the army fight the rebels" (an infinitive, not a finite clause it reports)
        if _own_tense_relative(anc):
            break  # a relative clause tells its act in its own tense, whatever governs the noun it modifies: "refused to hand over the men who attacked the embassy"
    return ASSERTED


def _told_of(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb says, names or judges what its object is ("confirmed the attack", "named the
    bombing an act of terror", "condemned the shelling"): its negation denies the telling, not the act."""
    lemma = verb.lemma_.lower()
    return lemma in ctx.rules.say or lemma in ctx.rules.calling \
        or any(r.type in ctx.types.speech for r in ctx.rules.verbs.get(lemma, ()))


def _purpose(verb: Token) -> bool:
    """An infinitive adverbial clause, the purpose of the clause it hangs on ("sent troops to help")."""
    return verb.dep_ == "advcl" and verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _own_tense_relative(verb: Token) -> bool:
    """A finite relative clause ("who attacked", "that it fires", "which had been bombed")."""
    return verb.dep_ == "relcl" and verb.pos_ in ("VERB", "AUX") and (
        verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children))


SPECIFIC_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her"})


def is_specific(trigger: Token, headline: bool = False) -> bool:
    """Whether a mention refers to one particular occurrence (ACE's "Specific" genericity): a verb
    in the past ("Sudan bombed a camp", "were captured", "has signed") or, in a headline, the
    present ("Sudan bombs refugee camp"), or a singular noun with a determiner or possessor ("the
    strike", "an aerial bombardment", "Turkey's offensive") — not an infinitive, a gerund, the
    present tense in running text or a plural ("to fight Isis", "denied striking", "attacks on
    checkpoints", "under attack")."""
    if trigger.pos_ in ("VERB", "AUX"):
        if trigger.tag_ == "VBD" or (headline and trigger.tag_ in ("VBZ", "VBP")):
            return True
        return trigger.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in trigger.children)
    if trigger.tag_ != "NN":
        return False
    return any((c.dep_ == "det" and c.lower_ in SPECIFIC_DETERMINERS) or c.dep_ == "poss" for c in trigger.children)


BACK_DETERMINERS = frozenset({"the", "these", "those", "both", "such"})


def refers_back(trigger: Token) -> bool:
    """Whether a plural event noun is definite and so names occurrences already reported: "the
    attacks", "both attacks", "these bombings", "their attacks" (not "attacks on checkpoints",
    "more attacks", "two suicide bombings")."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return False
    return any((c.dep_ in ("det", "predet") and c.lower_ in BACK_DETERMINERS) or c.dep_ == "poss" for c in trigger.children)


def new_occurrence(trigger: Token) -> str:
    """Whether an event noun introduces an occurrence of its own rather than naming one told before:
    "another attack" never names one told before ("document"); a singular noun with "a" or "an"
    that is the subject of its clause ("an explosion damaged a school nearby", "a blast was heard")
    names none told earlier in its own sentence ("sentence"), though it may be the one a headline
    or an earlier sentence told ("Blast kills 12 in market" ... "An explosion at a market killed
    12"); "" for every other mention ("the attack", "killed in an attack"). A participle on what
    another act of its sentence acts on tells an act of its own ("intercepted dozens of rockets
    fired from Gaza": the firing is no mention of the interception) ("sentence")."""
    if trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.tag_ == "VBN" \
            and trigger.head.dep_ in ("dobj", "pobj", "nsubjpass") and trigger.head.head.pos_ in ("VERB", "ADP"):
        return "sentence"
    if trigger.pos_ != "NOUN" or any(c.dep_ == "poss" for c in trigger.children):
        return ""
    dets = {c.lower_ for c in trigger.children if c.dep_ == "det"}
    if "another" in dets:
        return "document"
    if trigger.tag_ == "NN" and dets & {"a", "an"} and trigger.dep_ in ("nsubj", "nsubjpass"):
        return "sentence"
    return ""


def according_to(ctx: _Ctx, trigger: Token) -> tuple[list[str], Token | None]:
    """Who a report is attributed to ("according to X", "X said it ..."), and the verb of saying
    whose complement the trigger is in ("HP said it had agreed to buy EYP": "said"), if any."""
    out: list[str] = []
    saying = None
    for anc in [trigger, *_ancestors_complement(trigger, ctx.rules.say)]:
        for child in anc.children:
            if child.lower_ == "according" and child.dep_ == "prep":
                for to in child.children:
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            out += actors_of(ctx, pobj)
        if anc != trigger and anc.lemma_.lower() in ctx.rules.say:
            found, _ = subject_of(ctx, anc)
            out += found
            saying = anc
            break
    return list(dict.fromkeys(out)), saying


def quotes_of(ctx: _Ctx, trigger: Token) -> list[str]:
    sent = ctx.sents.sent(trigger.i)
    start = sent.start_char
    found = []
    # a quote inside the object ("confirmed the “crucial” test") is not what was said
    objects = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
               for c in trigger.children if c.dep_ in ("dobj", "pobj", "prep", "nsubj", "npadvmod")]
    for m in _QUOTE.finditer(sent.text):
        if start + m.start() <= trigger.idx < start + m.end():
            return []  # the saying verb is itself inside a quote
        if any(a <= start + m.start() < b for a, b in objects):
            continue
        quote = m.group(1).strip().rstrip(",").strip()
        if len(quote.split()) >= 3:
            found.append(quote)
    return found


def _date_tokens(ctx: _Ctx, anchor: Token) -> list[str]:
    """Date expressions attached to ``anchor`` (as a prepositional object, a noun modifier or a
    bare temporal noun), outside parentheses."""
    out = []
    for ent in ctx.sents.ents_of(anchor.i):
        if ent.label_ not in ("DATE", "TIME"):  # (the model's TIME: "last night", "this morning")
            continue
        root = ent.root
        hops, t = 0, root
        while t.head != t and t != anchor and hops < 3:
            if t.dep_ in CLAUSE_DEPS:
                break
            t = t.head
            hops += 1
        if t != anchor:
            continue
        if _in_parentheses(ctx, ent):
            continue
        text = ent.text
        of = ent.end - 1 if ctx.doc[ent.end - 1].lower_ == "of" else ent.end
        if ent.label_ == "TIME" and of < len(ctx.doc) and ctx.doc[of].lower_ == "of":
            # a part of a day and the day its "of" names, which the model cuts apart ("the night"
            # and "March" of "the night of 3-4 March", "the early hours" and "Sunday"; also with
            # the "of" in the part: "the night of" and "April 28")
            day = next((e for e in ctx.sents.ents_of(anchor.i) if e.label_ == "DATE" and of < e.start <= of + 4), None)
            if day is not None:
                text = ctx.doc[ent.start:day.end].text
        out.append(text)
    return out


def _in_parentheses(ctx: _Ctx, ent) -> bool:
    depth = 0
    for t in ctx.doc[ctx.sents.sent(ent.start).start:ent.start]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
    return depth > 0


def is_future(token: Token, planned: frozenset[str]) -> bool:
    """A planned or future act: "will meet", "is to meet", "is scheduled (due, set, expected) to
    meet", "plans to visit"; ``planned``: the rules' heads of a planned act)."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
        return True
    if token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        head = token.head
        return head.lemma_.lower() in planned or (head.lemma_.lower() == "be" and head.pos_ in ("AUX", "VERB")) \
            or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in head.children)
    if token.dep_ in ("xcomp", "ROOT") and token.lemma_.lower() != "be" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and token.head.lemma_.lower() == "be":
        return True
    return False


def date_of(ctx: _Ctx, anchors: list[Token]) -> str | None:
    for anchor in anchors:
        forward = is_future(anchor, ctx.rules.planned)  # "will meet on Tuesday": the next Tuesday
        # (a date with a figure before a bare weekday or word: "On Wednesday, 12 July" is 12 July)
        for text in sorted(_date_tokens(ctx, anchor), key=lambda t: not any(ch.isdigit() for ch in t)):
            value = resolve_date(text, ctx.published, forward)
            if value:
                return value
    # "in June, where he signed ..." — a relative clause on a date
    for anchor in anchors:
        if anchor.dep_ == "relcl" and anchor.head.ent_type_ == "DATE":
            for ent in ctx.sents.ents_of(anchor.i):
                if ent.start <= anchor.head.i < ent.end:
                    return resolve_date(ent.text, ctx.published)
    return None


def date_before(ctx: _Ctx, noun: Token) -> str | None:
    """The date written just before an event noun, as its own, where the parser did not hang it
    on the noun ("three days after the April 15, 2013, bombing": the comma after the year cuts
    the phrase)."""
    i = noun.i - 1
    if i >= 0 and ctx.doc[i].text == ",":
        i -= 1
    if i < 0 or ctx.doc[i].ent_type_ != "DATE":
        return None
    for ent in ctx.sents.ents_of(noun.i):
        if ent.label_ == "DATE" and ent.start <= i < ent.end and ent.end in (noun.i, noun.i - 1):
            return resolve_date(ent.text, ctx.published)
    return None


def _outcome_verbs(trigger: Token) -> list[Token]:
    """The verb a noun trigger is the cause or setting of ("was killed in a US drone strike in
    Somalia in 2012", "died in an airstrike last week"): its date is the act's."""
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and head.lower_ in ("in", "by", "during") \
            and head.head.pos_ == "VERB":
        return [head.head]
    return []


def _place_modifiers(ctx: _Ctx, noun: Token, states: bool = False) -> list[str]:
    """Places named as a compound before a common noun ("a Mogadishu cafe", "the Huriwaa
    district") or as its possessor ("Mogadishu's Huriwaa district", "New York's Times Square");
    a state only as a possessor and only when ``states`` ("Liberia's capital"): "a Syrian town"
    names no place."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    out, owners = [], []
    # (a name before a compound noun: "the Kissufim crossing point", "the Barad regime checkpoint")
    inner = [g for c in noun.children if c.dep_ == "compound" and c.i < noun.i and ctx.index.key_of(c) is None
             and c.pos_ == "NOUN" for g in c.children if g.dep_ == "compound" and g.i < c.i]
    for c in [*noun.children, *inner]:
        if c.i > noun.i or c.dep_ not in ("compound", "poss", "nmod", "amod") or c.i in ctx.index.demonym_at:
            continue
        key = ctx.index.key_of(c)
        if key is None and c.dep_ == "poss" and (c.lower_ in ctx.rules.regions or c.lower_ in ctx.rules.towns):
            # "in the Hama Governorate's northern countryside": the governorate's name before it
            key = next((k for k in _place_keys(ctx, [g for g in c.children if g.dep_ == "compound"])), None)
        if key and key != ctx.index.key_of(noun) and ctx.index.entities[key].kind == PLACE:
            (out if c.dep_ != "poss" else owners).append(key)
            # "in Chibok and Biu local government areas": each name of the list
            out += [k for k in _place_keys(ctx, c.conjuncts) if k not in out] if c.dep_ != "poss" else []
        elif key and c.dep_ == "amod":
            continue  # "a Syrian town": an adjective names no state's place
        elif explosion_state(ctx, noun, c):
            out.append(key)  # "killed in a Pakistan blast": the state it went off in
        elif key and states and c.dep_ == "poss" and ctx.index.entities[key].kind == COUNTRY:
            owners.append(key)
        elif key and c.dep_ == "compound" and noun.lower_ in ctx.rules.place_head_nouns and ctx.index.entities[key].kind == COUNTRY:
            owners.append(key)  # "in a Myanmar town": a town of that state (not "a Syrian town", an adjective)
    return out or owners  # the district before the city it lies in


def named_before(ctx: _Ctx, noun: Token) -> list[str]:
    """The countries and places named before an event noun as its compound ("the Kenya protests",
    "Hong Kong protests"), not a people's adjective ("Iranian protests")."""
    return [k for c in noun.children if c.i < noun.i and c.dep_ in ("compound", "nmod")
            for k in _place_keys(ctx, [c, *c.conjuncts])]


# prepositions a place is reached through below the first one: "at a bus station in the city of
# Damaturu", "an attack on a mosque in Peshawar", "on his way to the office in Mogadishu"
# (and a list's "like" or "including": "in places like the city of Aleppo", "in three cities, including Shanghai")
CHAIN_PREPS = frozenset({"of", "on", "to", "at", "in", "near", "inside", "outside", "around", "across", "by", "along",
                         "like", "including", "above", "off"})
# prepositions whose object, an act, sets the scene of another: "killed during shelling on Khanasir town"
SCENE_PREPS = frozenset({"during", "amid"})
CHAIN_HOPS = 3


def _pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition, also through an "of" after it: "inside of Inkhil", "outside
    of Wadi Barada"."""
    out = [p for p in prep.children if p.dep_ == "pobj"]
    if not out and prep.lower_ in ("inside", "outside"):
        out = [p for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return out


def _place_keys(ctx: _Ctx, tokens) -> list[str]:
    out = []
    for t in tokens:
        key = ctx.index.key_of(t)
        if t.i in ctx.index.demonym_at:
            continue  # "a crack-down on Albanians in Kosovo": a people, not a place
        if key and t.ent_type_ == "NORP" and ctx.index.entities[key].kind == COUNTRY:
            continue  # "shot and killed a Palestinian": a person of a people, not the state as a place
        if key and ctx.index.entities[key].kind in (PLACE, COUNTRY):
            out.append(key)
    return out


def _named_keys(ctx: _Ctx, token: Token) -> list[str]:
    """The place a token names: its own, or that of the name before a capitalised place noun the
    model left out of the name ("in Ranipur Town, Khairpur District": Ranipur, before the places
    listed after it)."""
    own = _place_keys(ctx, [token])
    if not own and token.is_title and token.lower_ in ctx.rules.place_head_nouns:
        own = _place_modifiers(ctx, token)
    return own


def _located(ctx: _Ctx, token: Token, hops: int = CHAIN_HOPS) -> list[str]:
    """The places a prepositional object names or lies in, nearest first: the object itself, its
    conjuncts and appositions ("in Yida, South Sudan"); a place naming it ("into a Mogadishu
    cafe"); else, through up to ``hops`` more prepositions, what it is in or near ("near a
    market in Baghdad", "at a bus station in the city of Damaturu")."""
    own = _located_own(ctx, token, hops)
    # and after them, a conjunct that calls a place by its noun's "of": "in Mosul and the nearby
    # town of Baaj", "in Kirkuk city and the province's towns of Dibis and Tuz Khurmatu"
    return own + [k for c in token.conjuncts if c.lower_ in ctx.rules.place_head_nouns and ctx.index.key_of(c) is None
                  for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for p in prep.children if p.dep_ == "pobj" for k in _place_keys(ctx, [p, *p.conjuncts])
                  if k not in own]


def _located_own(ctx: _Ctx, token: Token, hops: int = CHAIN_HOPS) -> list[str]:
    found = _named_keys(ctx, token)
    found += [k for k in _place_keys(ctx, [*token.conjuncts, *(c for c in token.children if c.dep_ == "appos"),
                                           *_named_after(ctx, token)]) if k not in found]
    if found and (hops == 0 or any(ctx.index.entities[k].geonameid or ctx.index.entities[k].kind == COUNTRY
                                   for k in found)):
        return found
    if found:  # a site GeoNames does not know, and the town it is in: "at the Erawan Shrine in Bangkok",
        # "in New York's Times Square"
        found += [k for k in _place_modifiers(ctx, token) if k not in found]
        return found + [k for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "near")
                        for p in c.children if p.dep_ == "pobj" for k in _located(ctx, p, hops - 1) if k not in found]
    found = _place_modifiers(ctx, token)
    if found and hops > 0 and ctx.index.entities[found[0]].geonameid and token.lower_ not in ctx.rules.place_head_nouns | {"capital"}:
        # "in a busy Baghdad square in the neighbourhood of Kadhimiya": the town, and the smaller
        # place the thing lies in
        return found + [k for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "near")
                        for p in c.children if p.dep_ == "pobj" for k in _located(ctx, p, hops - 1) if k not in found]
    if found and token.lower_ in ctx.rules.place_head_nouns | {"capital"}:
        # "the Nairobi suburb of Syokimau", "the Huriyah neighbourhood of Baghdad": of the town and
        # the place in it, the one GeoNames does not know (the smaller) first
        named = [k for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj" for k in _place_keys(ctx, [p, *p.conjuncts])]
        both = list(dict.fromkeys(named + found))
        return sorted(both, key=lambda k: _size_rank(ctx, k))
    if found or hops == 0:
        return found
    # a noun a participle of naming gives the name of: "in a place called Teiba", "a village named
    # Tabit", "an area known as Jabal al-Zawiya"
    found = [k for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ctx.rules.naming_verbs
             for n in c.children if n.dep_ in ("oprd", "attr", "dobj") or n.dep_ == "prep" and n.lower_ == "as"
             for name in ([n] if n.dep_ != "prep" else _pobjs(n)) for k in _place_keys(ctx, [name, *name.conjuncts])]
    if found:
        return found
    # (also through a participle that says where the thing is: "a hotel packed with tourists in
    # Indian Kashmir", "the court located in the F-8 sector", "a site located south of Kinsibba",
    # "vehicles traveling along the Aleppo road")
    children = [*token.children, *(g for c in token.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
                                   and c.i > token.i for g in c.children)]
    for child in children:
        if child.dep_ == "prep" and child.lower_ in CHAIN_PREPS or child.dep_ == "advmod" and child.lower_ in (
                "inside", "outside"):  # (the parser's adverb "inside" of "the defenses inside of Inkhil")
            for pobj in _pobjs(child):
                found += _located(ctx, pobj, hops - 1)
        elif child.dep_ in ("advmod", "npadvmod", "amod") and child.lower_ in ctx.rules.direction_words:
            found += _direction_place(ctx, child, hops - 1)  # "the defences south of Al-Shadadi"
        if found:
            break
    return found or _place_modifiers(ctx, token, states=True)


def _size_rank(ctx: _Ctx, key: str) -> float:
    """Smaller places first: a place GeoNames does not know (a district, a village), a GeoNames
    town (of two, the one of fewer inhabitants: "the Deir al-Asafir suburb of Damascus"), a
    province (a subdivision of ISO 3166-2, with no GeoNames record here), a state."""
    from kg.nlp import ATTRS_KEY

    ent = ctx.index.entities[key]
    if ent.kind == COUNTRY:
        return 3
    if ent.geonameid:
        population = ctx.doc.user_data.get(ATTRS_KEY, {}).get(key, {}).get("population")
        return 1 + min(population, 10**8) / 10**9 if isinstance(population, int) else 1.1
    return 2 if key.startswith("city:") else 0


def _named_after(ctx: _Ctx, noun: Token) -> list[Token]:
    """The name after a place noun and a comma that the parser hangs elsewhere: "in the capital,
    Islamabad", "in the town, Kabbani"."""
    doc = ctx.doc
    if noun.lower_ not in ctx.rules.place_head_nouns | {"capital"} or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    name = doc[noun.i + 2]
    return [name] if name.dep_ not in ("nsubj", "nsubjpass") and ctx.index.key_of(name) else []


def _direction_place(ctx: _Ctx, word: Token, hops: int) -> list[str]:
    """The place of "south of X", "west of Ramadi"."""
    out = []
    for prep in word.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out += _located(ctx, pobj, max(hops, 0))
    return out


def _aimed_places(ctx: _Ctx, anchor: Token) -> list[str]:
    """The named places what an attack is aimed at lies in, where that is a thing, not an actor
    or a place itself: the object of the act or of a clause of aiming on it ("targeting the SAA's
    defenses around the Panorama area", "an attack that targeted positions near the Panorama
    Checkpoint", "targeting the eastern slopes of the Qalamoun Mountains"): the act happens there,
    within any larger place its clause names."""
    verbs = [anchor, *(c for c in anchor.children if c.dep_ in ("relcl", "acl", "advcl") and c.pos_ == "VERB"
                       and c.lemma_.lower() in ctx.rules.aiming)]
    out: list[str] = []
    for verb in verbs:
        if verb.pos_ != "VERB":
            continue
        found: list[str] = []
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            key = ctx.index.key_of(obj)
            if key is not None and not key.startswith("site:"):
                continue
            found += [k for k in _located(ctx, obj) if ctx.index.entities[k].kind == PLACE
                      and not k.startswith("site:") and k not in out + found]
        if not found and verb.lemma_.lower() in ctx.rules.aiming:
            found = _aimed_region(ctx, verb)
        out += [k for k in found if k not in out]
    return out


# prepositions whose object is not where what is aimed at lies: "targeting supply lines from Raqqa",
# "targeting convoys heading towards Aleppo"
_AWAY_PREPS = frozenset({"from", "toward", "towards"})


def _aimed_region(ctx: _Ctx, verb: Token) -> list[str]:
    """The named places (no states, no described sites) in what a verb of aiming is aimed at,
    whatever the parse makes of it: "targeting the SAA controlled Al-Sina'a and Al-Rusafa
    districts", "targeting the strategic hills that surround the village of Kabbani", "targeting
    a tunnel that belonged to ISIS forces in the village of Al-Jafra" — the words after the verb
    outside its subject, and outside any "from"/"towards" phrase (where things come from or go);
    also a clause of "controlled" the parser hangs on the main verb right after it ("targeting the
    Syrian Arab Army (SAA) controlled Industrial District")."""
    skip: set[int] = set()
    for c in verb.children:
        if c.dep_ in SUBJECT_DEPS or c.dep_ == "agent" or c.i < verb.i:
            skip.update(t.i for t in c.subtree)
    for t in verb.subtree:
        if t.dep_ == "prep" and t.lower_ in _AWAY_PREPS:
            skip.update(s.i for s in t.subtree)
    words = list(verb.subtree)
    after = verb.right_edge.i + 1
    while after < len(ctx.doc) and ctx.doc[after].is_punct:
        after += 1
    if after < len(ctx.doc) and ctx.doc[after].lower_ in ctx.rules.held and ctx.doc[after].head in (verb, verb.head):
        words += [t for c in ctx.doc[after].children if c.i > after for t in c.subtree]
    out: list[str] = []
    for t in words:
        if t.i <= verb.i or t.i in skip:
            continue
        key = ctx.index.key_of(t)
        if key and key not in out and not key.startswith("site:") and t.i not in ctx.index.demonym_at \
                and ctx.index.entities[key].kind == PLACE:
            out.append(key)
    return out


def _takes_control(ctx: _Ctx, verb: Token) -> bool:
    """A verb whose object is the control of a place ("to take control of the roundabout", "to
    regain control of Aleppo")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ctx.rules.control_nouns for c in verb.children)


def _object_places(ctx: _Ctx, anchor: Token, etype: str) -> list[str]:
    """A place the act is done to, where it happens: "captured Qabasin", "raided Kentucky",
    "stormed the districts of Halwaniyah", "attack Syria" (a state only for attacks, deployments and
    visits: "sanctioned Syria" does not happen there); the place whose control it takes ("seized
    control of Sirte")."""
    out = []
    if anchor.lemma_.lower() in ctx.rules.people_verbs:
        return out  # (who is shot or killed is no place: "Millan, 41, was shot", the model's GPE)
    # the object, also as a passive's subject ("Kindi Hospital was seized by the rebels")
    for obj in [*(c for c in anchor.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and anchor.pos_ == "VERB")),
                *names_read_as_adverbs(ctx, anchor)]:
        kinds = (PLACE, COUNTRY) if etype in ctx.types.state_place else (PLACE,)
        own = _place_keys(ctx, [obj])
        if own and ctx.index.entities[own[0]].kind in kinds:
            out += own + [k for k in _place_keys(ctx, obj.conjuncts) if ctx.index.entities[k].kind in kinds]
        elif obj.lemma_.lower() in ctx.rules.control_nouns and etype in ctx.types.state_place:
            out += [k for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("of", "over")
                    for p in prep.children if p.dep_ == "pobj" for k in _located(ctx, p)
                    if ctx.index.entities[k].kind in kinds]
        elif obj.lower_ in ctx.rules.place_head_nouns or obj.lower_ in ctx.rules.part_nouns or obj.lower_ in ctx.rules.state_head_nouns:
            # ("occupying the three Baltic states of Lithuania, Latvia and Estonia": states where states are places)
            within = kinds if obj.lower_ in ctx.rules.state_head_nouns else (PLACE,)
            part = obj.lower_ in ctx.rules.part_nouns
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            out += [k for k in _place_keys(ctx, [pobj, *pobj.conjuncts])
                                    if ctx.index.entities[k].kind in within]
                            if part and not out:
                                # a part of a place named with its region word ("captured most of
                                # Idlib province", "several parts of the Sheikh Sa'eed District")
                                out += [k for t in [pobj, *pobj.conjuncts] for k in _place_modifiers(ctx, t)
                                        if ctx.index.entities[k].kind in within]
            # the places a list after the noun names ("attacked three villages -- Gaya, Fa'a, and
            # Zang --", "raided four villages: Demsare, Wunamokoh and Taboungo", which the parser
            # may hang on the verb)
            listed = [c for c in obj.children if c.dep_ == "appos" and c.i > obj.i]
            listed += [c for c in anchor.children if c.dep_ in ("npadvmod", "appos", "dep") and c.i > obj.i
                       and c.i >= 2 and c.doc[c.left_edge.i - 1].lower_ in LIST_OPENERS
                       and c.doc[c.left_edge.i - 1].i > obj.i]
            out += [k for c in listed for k in _place_keys(ctx, [c, *c.conjuncts])
                    if ctx.index.entities[k].kind in within and k not in out]
    if not out:
        # "targeting the Syrian Arab Army (SAA) controlled villages of Huwaysis", "striking the
        # Syrian Army held districts of Al-Baghiliyah": a held or controlled place the parser hangs
        # on the holder (an apposition, a clause of "held")
        for obj in (c for c in anchor.children if c.dep_ in ("dobj", "ccomp")):
            if obj.dep_ == "ccomp" and obj.lower_ in ctx.rules.held:
                # "targeting the Syrian Arab Army controlled Al-Rashidiyah District" (parsed as a
                # clause of "controlled"): the place it names as its object
                out += [k for o in obj.children if o.dep_ == "dobj"
                        for k in _place_keys(ctx, [o, *o.conjuncts]) if ctx.index.entities[k].kind == PLACE]
            for t in obj.subtree:
                if t.lower_ in ctx.rules.place_head_nouns and t.dep_ in ("appos", "dobj") and t.head != anchor and (
                        any(c.dep_ == "amod" and c.lower_ in ctx.rules.held for c in t.children) or t.head.lower_ in ctx.rules.held):
                    out += [k for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for p in prep.children if p.dep_ == "pobj"
                            for k in _place_keys(ctx, [p, *p.conjuncts]) if ctx.index.entities[k].kind == PLACE]
    return out


def _area_places(ctx: _Ctx, verb: Token) -> list[str]:
    """The area a verb of going over an area (``area_verbs``) is done over, where it happens: the
    place or state its object (a passive's subject) names ("patrolled Harare", "are patrolling
    Kosovo"), else the place that object is a part of or lies in ("patrolled the streets of
    Freetown's west end", "Bangladesh's cities", "the tense streets of an eastern Sri Lanka town",
    "Somalia's seawaters are being patrolled")."""
    out: list[str] = []
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "npadvmod")):
        if obj.dep_ == "npadvmod" and obj.ent_type_ not in ("DATE", "TIME"):
            continue
        # (a date after the name the parser makes the object, the name its compound: "patrolled
        # downtown Tbilisi Saturday")
        for o in [obj] if obj.ent_type_ not in ("DATE", "TIME") else [c for c in obj.children if c.dep_ == "compound"]:
            own = _place_keys(ctx, [o, *o.conjuncts])
            out += [k for k in own or _located(ctx, o) if k not in out]
    return out


# the conjunctions of a clause that says at what moment an act happened, so where
MOMENT_MARKS = frozenset({"as", "while", "when", "whilst"})


def places_of(ctx: _Ctx, anchors: list[Token], etype: str, depth: int = 0, sentence: bool = True,
              smaller: bool = True) -> list[str]:
    """Where the act of ``anchors`` happens: the places its clause names (see below); else, with
    ``sentence``, the one place its sentence locates something in (:func:`sentence_place`); with
    ``smaller``, and the smaller places those contain (:func:`_with_smaller`: a caller that adds
    places of its own after this asks for them once, at its end)."""
    out = []
    preps = ctx.preps(etype, "place", "VERB") | ctx.preps(etype, "place", "NOUN")
    # the places what an attack is aimed at lies in, beside any its clause names (below)
    aimed = [k for a in anchors for k in _aimed_places(ctx, a)] if etype in ctx.types.state_place and depth == 0 else []
    scenes: list[str] = []  # the sites a clause says it happened at: "the site where", "the scene of"
    for anchor in anchors:
        # "captured 23 pirates in the Gulf of Aden", "bombed a refugee camp in South Sudan": where
        # the object of the act is, the act is
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "oprd") and c.pos_ in ("NOUN", "PROPN", "NUM")]
        # "shot a policeman, a businessman and a worker in Yala": the last of the objects too
        objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
        heads = [anchor, *objects, *(t for o in objects for t in o.conjuncts)]
        # "an attack on a mosque in Peshawar", "fired on a base near the town of Dhuluiyah": where
        # what the act is aimed at is
        # (of attacks, deployments and visits: "protested against the war on Yugoslavia" was not there)
        pos = "NOUN" if anchor.pos_ in ("NOUN", "PROPN") else "VERB"
        for child in anchor.children if etype in ctx.types.state_place else ():
            if child.dep_ == "prep" and child.lower_ in ctx.preps(etype, "target", pos) and child.lower_ not in preps:
                for pobj in (p for p in child.children if p.dep_ == "pobj"):
                    own = _place_keys(ctx, [pobj])
                    out += own or _located(ctx, pobj)
        # (and a preposition in a row with one: "in the city of Mosul and in the town of Baaj")
        for child in (c for h in heads for p in h.children for c in [p, *(x for x in p.conjuncts if p.dep_ == "prep"
                                                                           and x.dep_ == "conj" and x.pos_ == "ADP")]):
            # (the parser's adverb "inside" of "inside of Kirkuk"; its "dative" for the "to" after
            # a verb of giving: "sent troops to Syria")
            if (child.dep_ in ("prep", "conj", "dative") or child.dep_ == "advmod" and child.lower_ in ("inside", "outside")) \
                    and child.lower_ in preps:
                for pobj in _pobjs(child):
                    # "in Yida, South Sudan", "near a market in Baghdad", "into a Mogadishu cafe";
                    # a site name the model missed, where its phrase names no town it lies in ("the
                    # blast at the Erawan Shrine - ... in Bangkok"; "at the X Park in Abuja" is in Abuja)
                    found = _located(ctx, pobj)
                    if not found and etype not in ctx.types.speech and name_site(ctx, pobj):
                        found = _located(ctx, pobj)
                    out += found
            elif child.dep_ == "prep" and child.lower_ in ("on", "above", "over", "along", "alongside", "off"):
                # "on the eastern outskirts of Damascus", "above the northwestern sector of Aleppo
                # City": a part of a place makes any preposition say where; so do a street or a
                # square ("demonstrated on Tiananmen Square", "on the streets of Baghdad")
                out += [k for p in child.children if p.dep_ == "pobj" and (
                            p.lower_ in ctx.rules.outskirt_nouns or child.lower_ == "on" and any(
                                w in ctx.rules.streets or w in ctx.rules.city_parts for w in (p.lower_, p.lemma_.lower())))
                        for k in _located(ctx, p)]
            elif child.dep_ == "prep" and child.lower_ in ("to", "onto", "into"):
                # "took to the streets of Tbilisi", "poured onto the streets of Conakry": the streets
                # a protest goes to are where it is
                out += [k for p in child.children if p.dep_ == "pobj" and any(
                            w in ctx.rules.streets for w in (p.lower_, p.lemma_.lower())) for k in _located(ctx, p)]
            elif child.dep_ == "dobj" and etype == "Protest" and any(
                    w in ctx.rules.streets for w in (child.lower_, child.lemma_.lower())):
                out += _located(ctx, child)  # "protesters flooded the streets of Tehran"
            elif child.dep_ == "prep" and child.lower_ in SCENE_PREPS:
                # where the act that sets the scene happens ("during shelling on Khanasir town"),
                # also a place naming the act ("during Kafr Saghir's liberation")
                out += [k for p in child.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                        and _trigger_rule(ctx, p, True) is not None
                        for k in (places_of(ctx, [p], etype, depth=1) or _located(ctx, p))]
                out += [k for p in child.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                        for k in _place_modifiers(ctx, p) if ctx.index.entities[k].kind == PLACE]
            elif child.dep_ in ("advmod", "npadvmod") and child.lower_ in ctx.rules.direction_words:
                out += _direction_place(ctx, child, CHAIN_HOPS - 1)  # "killed 15 km east of Manawashi"
            elif child.dep_ == "advmod" and child.lower_ == "there" and child.head == anchor:
                out += _there(ctx, child)  # "captured Birao ... attacked insurgent positions there"
        for child in anchor.children:
            # "marched to Khrew", "a march to the Devagiri hills", "marched on the Mission District":
            # where the marchers go
            if child.dep_ == "prep" and child.lower_ in ("to", "toward", "towards", "on") \
                    and anchor.lemma_.lower() in ctx.rules.marching:
                out += [k for p in child.children if p.dep_ == "pobj" for k in _located(ctx, p)]
        if anchor.pos_ == "VERB" and etype not in ctx.types.speech and "at" in preps:
            # "protested against police brutality at the Lekki toll gate in Lagos": the parser hangs
            # the "at" of the act's site on the cause it is against
            out += [k for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("against", "over")
                    for p in c.children if p.dep_ == "pobj" and ctx.index.key_of(p) is None
                    for a in p.children if a.dep_ == "prep" and a.lower_ == "at"
                    for q in a.children if q.dep_ == "pobj" for k in _located(ctx, q)]
        if anchor.lemma_.lower() in ctx.rules.ousting and etype in ctx.types.weapons:
            # "pushed IS out of Kobani", "expelled ISIS from Manbij": where they are driven from
            # (by force: diplomats expelled "from Russia" are Russia's, no place)
            # (also hung on "back" or "away": "pushed rebels back from the outskirts of Aleppo")
            for child in [*anchor.children, *(g for c in anchor.children if c.lower_ in ("back", "away") for g in c.children)]:
                if child.dep_ in ("prep", "prt", "advmod") and child.lower_ in ("from", "out"):
                    pobjs = [p for p in child.children if p.dep_ == "pobj"] + [
                        p for o in child.children if o.dep_ in ("prep", "pcomp") and o.lower_ == "of"
                        for p in o.children if p.dep_ == "pobj"]
                    out += [k for p in pobjs for k in _located(ctx, p)]
        for obj in objects:  # "attacked Damboa town", "shelled a Donetsk market"
            out += _place_modifiers(ctx, obj)
        for obj in objects:  # "captured key towns in North Kivu, including Kanyabayonga and Alimbongo"
            out += [k for c in obj.children if c.dep_ == "prep" and c.lower_ == "including"
                    for p in c.children if p.dep_ == "pobj"
                    for k in _place_keys(ctx, [p, *p.conjuncts]) if ctx.index.entities[k].kind == PLACE]
        if anchor.pos_ == "NOUN" and etype in ctx.types.weapons:
            # a town that names the act: "the Baghdad bombings killed 30", "the Mogadishu truck bombing"
            out += _place_modifiers(ctx, anchor)
        if anchor.pos_ == "NOUN" and etype in ctx.types.state_name_place:
            out += [k for k in named_before(ctx, anchor) if k not in out]  # "the Kenya protests"
        out += _object_places(ctx, anchor, etype)
        if anchor.pos_ == "VERB" and anchor.lemma_.lower() in ctx.rules.area_verbs:
            out += [k for k in _area_places(ctx, anchor) if k not in out]  # "patrolled the streets of Freetown"
        taking = ctx.rules.taking_place | ctx.rules.capturing
        if etype in ctx.types.state_place:
            # "launched an offensive to take back Wadi Barada", "began their assault to capture the
            # villages of X", "launched an operation to regain control of Aleppo": where the act is
            # meant to take is where it happens, also beside the larger place its clause names ("in
            # the Homs countryside ... to recapture the village of Maheen")
            for head in [anchor, *objects]:
                for c in head.children:
                    if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" \
                            and (c.lemma_.lower() in taking or _takes_control(ctx, c)) \
                            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                        out += [k for k in _object_places(ctx, c, "Attack") if k not in out]
        if etype in ctx.types.state_place and not out:
            # "a strategic border town they have entered": the place the clause is on, its object
            if anchor.dep_ == "relcl" and anchor.lemma_.lower() in taking \
                    and not any(c.dep_ == "dobj" for c in anchor.children):
                head = anchor.head
                out += _place_keys(ctx, [head, *([head.head] if head.dep_ == "appos" else [])])
        if etype in ctx.types.place_target and anchor.pos_ == "VERB":
            out += [k for k in _antecedent_places(ctx, anchor, etype) if k not in out]
        # "Russia, where ... have been deployed"
        for anc in [anchor, *_ancestors_complement(anchor, set())]:
            if anc.dep_ == "relcl" and any(c.lower_ == "where" for c in anc.children):
                key = ctx.index.key_of(anc.head)
                if key and ctx.index.entities[key].kind in (PLACE, COUNTRY):
                    out.append(key)
                elif anc.head.lower_ in ctx.rules.place_head_nouns:  # "the Deir al-Asafir suburb of Damascus, where"
                    out += _located(ctx, anc.head, 1)
                elif etype not in ctx.types.speech and depth == 0:
                    # "the site where 20 people were killed", "the mosque where" (beside any place
                    # the sentence gives, as what is aimed at is: below)
                    scenes += _described_site(ctx, anc.head)
                break
        # "the site of the blast", "the scene of the shooting": where the act happened
        if anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and depth == 0 \
                and anchor.head.head.pos_ == "NOUN" and anchor.head.head.lemma_.lower() in ctx.rules.scenes \
                and etype not in ctx.types.speech:
            scenes += _described_site(ctx, anchor.head.head)
    if not out and depth == 0:
        # a participle clause without a subject of its own happens where its clause's act does:
        # "a bomb exploded in a market in Baghdad, killing six", "Shelling hit a bus in Donetsk,
        # killing 8 people"; an act named as the subject of another where that one happens: "two
        # suicide bombings killed 48 people in Charikar"
        heads = [_participle_head(a) for a in anchors if a.dep_ in ("advcl", "xcomp", "conj") and a.tag_ == "VBG"
                 and a.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)]
        # (not a verb that says what the act led to: "the deployment raises fears in Europe")
        heads += [a.head for a in anchors if a.pos_ == "NOUN" and a.dep_ in ("nsubj", "nsubjpass")
                  and a.head.pos_ in ("VERB", "AUX") and _consequence_of(ctx, a) is None]
        # "bombings carried out in Kabul", "an attack targeting emergency responders in Taji"
        # "an explosion that ripped through a mosque in Shikarpur"
        heads += [c for a in anchors if a.pos_ == "NOUN" for c in a.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        # an act named in apposition to another act noun, or in a list so named, happens where that
        # one does: "Three different attacks -- a car bomb, a roadside blast and a shooting -- in
        # the main northern city of Mosul"
        heads += [h for a in anchors if a.pos_ == "NOUN" for h in [_apposed_act(ctx, a)] if h is not None]
        # acts in one row share their place: "were killed and 67 wounded in an attack on a mosque in Peshawar"
        row = [a.head for a in anchors if a.dep_ == "conj" and a.pos_ == "VERB" and a.head.pos_ == "VERB"]
        row += [c for a in anchors if a.pos_ == "VERB" for c in a.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        heads += row
        # a clause of the moment it happened in, of its victim: "shot him as he stood outside the
        # Victoria Hotel", "was killed while videotaping near a prison on the outskirts of Baghdad";
        # also one on a verb in a row with it, which tells the moment of both ("was shot and
        # wounded as he left his Tokyo apartment")
        heads += [c for a in [*anchors, *row] if a.pos_ == "VERB" for c in a.children if c.dep_ == "advcl" and c.pos_ == "VERB"
                  and any(m.dep_ == "mark" and m.lower_ in MOMENT_MARKS for m in c.children)
                  # (of the one the act is done to, unnamed there: a clause with a subject of its
                  # own is another act, whose places the sentence's places already are)
                  and all(n.pos_ == "PRON" for n in c.children if n.dep_ in SUBJECT_DEPS)]
        if heads:
            out = places_of(ctx, heads, etype, depth=1)
            if not out:
                # a journey the act is one in a row with ends where the act happens: "drove to
                # Kandahar and opened fire", "the truck was driven to Oklahoma City and detonated"
                out += [k for h in dict.fromkeys(heads) if h.pos_ == "VERB" and h.lemma_.lower() in ctx.rules.travelling
                        for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards")
                        for p in c.children if p.dep_ == "pobj" for k in _located(ctx, p) if k not in out]
            if not out:
                # else each where its own act happens, as that act's type reads its words: "clashed
                # with anarchists on Dam Square, arresting some" (where the clash was aimed is where it was)
                for head in dict.fromkeys(heads):
                    rule = _trigger_rule(ctx, head, True)
                    if rule is not None and rule.type != etype:
                        out += [k for k in places_of(ctx, [head], rule.type, depth=1) if k not in out]
            # (not the site another act is done to: "stormed a farm and raided the office")
            done_to = {ctx.index.key_of(o) for h in heads for o in h.children if o.dep_ in ("dobj", "nsubjpass")}
            out = [k for k in out if not (k.startswith("site:") and k in done_to)]
    if not out and depth == 0:
        # where the act's doer or subject is, when its clause names no place: "demonstrators in
        # Nepal protested", "were killed by snipers in Aden", "a blast in Baghdad killed 13"
        for anchor in anchors:
            doers = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
            doers += [p for c in anchor.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            for doer in doers:
                for child in doer.children:
                    if child.dep_ == "prep" and child.lower_ in preps:
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                out += _located(ctx, pobj)
                    elif child.dep_ == "acl" and child.pos_ == "VERB":  # "a car bomb blast targeting Shiites in Baghdad killed 13"
                        out += places_of(ctx, [child], etype, depth=1)
    if not out and depth == 0 and anchors and sentence:
        out = sentence_place(ctx, anchors[0], etype)
    if not out and scenes and anchors:
        # (the town its sentence gives, beside the site: "at the site where ... in Kabul")
        out = sentence_place(ctx, anchors[0], etype)
    out += [k for k in aimed + scenes if k not in out]
    if not out and depth == 0 and anchors and sentence:
        out = site_of(ctx, anchors, etype)
    if not out and depth == 0 and anchors and sentence:
        out = passive_owner_places(ctx, anchors)
    if out and depth == 0 and smaller:
        out = _with_smaller(ctx, anchors, out)
    return list(dict.fromkeys(out))


def _apposed_act(ctx: _Ctx, noun: Token) -> Token | None:
    """The act noun that ``noun`` stands in apposition to, also as one of a list so placed ("three
    attacks -- a car bomb, a roadside blast and a shooting -- in Mosul": the attacks for the blast)."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head != noun:
        noun = noun.head
    head = noun.head
    if noun.dep_ != "appos" or head.pos_ != "NOUN" or head == noun:
        return None
    return head if _trigger_rule(ctx, head, True) is not None else None


def _there(ctx: _Ctx, word: Token) -> list[str]:
    """The place an act's "there" points back to: the last place named before it in its sentence,
    else in the sentence before ("rebels captured Birao ..., but lost it after French forces
    attacked insurgent positions there"); a town before a state ("fighting in Homs, Syria, ...
    there"); none when the nearest sentence that names places names towns of two countries."""
    sent = ctx.sents.sent(word.i)
    before = ctx.sents.previous(sent)
    for start, end in ((sent.start, word.i), (before.start, before.end) if before is not None else (0, 0)):
        # (a name where a place stands, as the object of a preposition or of a verb: not a state
        # that acts, "called for US military operations there")
        keys = [k for t in ctx.doc[start:end] if (k := ctx.index.key_of(t)) and not k.startswith("site:")
                and ctx.index.entities[k].kind in (PLACE, COUNTRY) and ctx.index.key_of(t.head) != k
                and t.dep_ in ("pobj", "dobj", "appos", "conj")]
        if not keys:
            continue
        towns = [k for k in keys if ctx.index.entities[k].kind == PLACE]
        if towns:
            homes = {ctx.index.entities[k].country for k in towns} - {None}
            return [towns[-1]] if len(homes) <= 1 else []
        return [keys[-1]]
    return []


def _participle_head(verb: Token) -> Token:
    """The clause a participle without a subject of its own belongs to, through a row of such
    participles: "entered a seminary in Jerusalem, killing eight and wounding nine" (the wounding
    is the entering's, as the killing is)."""
    head = verb.head
    while head.dep_ in ("advcl", "xcomp", "conj") and head.tag_ == "VBG" and head.head != head \
            and head.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head
    return head


def _antecedent_places(ctx: _Ctx, anchor: Token, etype: str) -> list[str]:
    """A relative clause's act done to the place it is said of: "a camp in Aceh Province, which was
    raided by police", "Iraq, whose military targets have been bombed"."""
    node = anchor
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    if node.dep_ != "relcl":
        return []
    rel = [c for c in anchor.children if c.dep_ in ("nsubjpass", "dobj")]
    if not rel and node != anchor and any(c.dep_ == "auxpass" for c in anchor.children):
        rel = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]  # "which lies ... and was raided"
    if not any(c.lower_ in ("which", "that") or any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)
               for c in rel):
        return []
    kinds = (PLACE, COUNTRY) if etype in ctx.types.state_place else (PLACE,)
    return [k for k in _place_keys(ctx, [node.head]) if ctx.index.entities[k].kind in kinds]


# prepositions through which a name says what lies in or by a larger place: "Khanasir town in the
# countryside of Aleppo", "the Deir al-Asafir suburb of Damascus", "the town of al-Wafa west of Ramadi"
CONTAINER_PREPS = frozenset({"in", "of", "near", "inside", "outside", "around"})


def _with_smaller(ctx: _Ctx, anchors: list[Token], found: list[str]) -> list[str]:
    """The places found, and after them the smaller named places their names are said to contain:
    a found place's name read upwards through "in", "of", "near", an apposition or a compound, up to
    the next clause ("on Khanasir town in the southern countryside of Aleppo": Aleppo found, Khanasir
    lies in it; "at Mauthausen, Austria"; "in Makhmur district, northern Iraq"). Only places smaller
    than the one they lie in (:func:`_size_rank`) are added, never a state; and of a described site,
    the named places it lies in ("stormed the farms of Al-Malaah")."""
    sents = {ctx.sents.sent(a.i) for a in anchors}
    smaller: list[str] = []
    within: list[str] = []
    key_of = ctx.index.key_of
    for key in found:
        rank = _size_rank(ctx, key)
        # the head word of each of its names in the act's sentence
        heads = [t for sent in sents for t in sent if key_of(t) == key and (t.head == t or key_of(t.head) != key)]
        if key.startswith("site:"):
            # a described site, and the named places it lies in: "stormed the farms of Al-Malaah"
            within += [k for t in heads for k in _located(ctx, t) if k not in found and not k.startswith("site:")]
            continue
        if rank == 0:
            continue  # nothing named is smaller than a place GeoNames does not know
        for token in heads:
            node, hops = token, 0
            while hops < CHAIN_HOPS + 1:
                if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in CONTAINER_PREPS:
                    node = node.head.head
                elif node.dep_ in ("appos", "compound", "poss", "npadvmod") and node.head != node:
                    node = node.head
                elif node.dep_ in ("advmod", "npadvmod", "amod") and node.lower_ in ctx.rules.direction_words:
                    node = node.head  # "west of Ramadi": the town it is said of
                else:
                    break
                hops += 1
                if node.pos_ not in ("NOUN", "PROPN"):
                    break
                named = _place_keys(ctx, [node]) or _place_modifiers(ctx, node)
                if not named and node.lower_ in ctx.rules.place_head_nouns:
                    named = [k for c in node.children if c.dep_ == "prep" and c.lower_ in ("of", "including")
                             for p in c.children if p.dep_ == "pobj" for k in _place_keys(ctx, [p, *p.conjuncts])]
                smaller += [k for k in named if k not in found and k not in smaller and not k.startswith("site:")
                            and ctx.index.entities[k].kind == PLACE and _size_rank(ctx, k) < rank]
    return list(dict.fromkeys(found + smaller + within)) if smaller or within else found


def passive_owner_places(ctx: _Ctx, anchors: list[Token]) -> list[str]:
    """A place naming a passive's subject, where nothing else and no site says where: "Grozny's
    streets are patrolled by troops" (as "patrolled Grozny's streets" names it as the object)."""
    return [k for a in anchors if a.pos_ == "VERB" for c in a.children if c.dep_ == "nsubjpass"
            for k in _place_modifiers(ctx, c)]


def site_of(ctx: _Ctx, anchors: list[Token], etype: str) -> list[str]:
    """A site the text describes without a name, where the act's clause and its sentence name no
    place: "the bombing at a popular shrine", "detonated near the finish line", "the August Shrine
    Attack" — a ``gev:Place`` of its document (like a described group), labelled with its words,
    with no country, GeoNames record or coordinates (none is given). Not for what was said."""
    if etype in ctx.types.speech or not ctx.rules.sites:
        return []
    preps = ctx.preps(etype, "place", "VERB") | ctx.preps(etype, "place", "NOUN")
    for anchor in anchors:
        # (also a title's event noun: "Indict 2 Over August Shrine Attack")
        titled = titled_noun(ctx, anchor, first=True)
        nouns = [c for c in anchor.children if c.dep_ == "compound" and c.i < anchor.i] \
            if anchor.pos_ == "NOUN" or titled else []
        # the act's own prepositions, and its doer's ("detonated by the Tsarnaevs near the finish line")
        doers = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
        doers += [p for c in anchor.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        # ... and the participle clause of what did it: "a bomb planted under a bridge exploded"
        doers += [c for d in doers for c in d.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        for child in (c for h in [anchor, *doers] for c in h.children):
            if child.dep_ == "prep" and child.lower_ in preps:
                nouns += [p for p in child.children if p.dep_ == "pobj"]
        # "next to a police station", "close to the gate": the site it happened by
        nouns += [p for a in (c for h in [anchor, *doers] for c in h.children)
                  if a.dep_ == "advmod" and a.lower_ in BESIDE_ADVERBS
                  for c in a.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        # "in front of a government building", "on the side of the road": the site a part of which it is at
        nouns += [p for n in list(nouns) if n.lower_ in ctx.rules.outskirt_nouns | ctx.rules.part_nouns and n.lemma_.lower() not in ctx.rules.sites
                  for c in n.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if anchor.pos_ == "VERB" and etype in ctx.types.place_target:
            # a site the act is done to is where it happens ("gunmen stormed a farm", "the office
            # was raided"), as a place named as its object is (places_of)
            nouns += [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
        if etype in ctx.types.place_target and etype in ctx.types.weapons:
            # ... and the site the people it is done to were at, where the parser hangs the site on
            # them: "opened fire on worshippers inside the mosque", "shot two guards at the gate"
            pos = "NOUN" if anchor.pos_ in ("NOUN", "PROPN") else "VERB"
            aims = ctx.preps(etype, "target", pos) - preps
            done_to = [c for c in anchor.children if c.dep_ == "dobj"] if pos == "VERB" else []
            done_to += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ in aims
                        for p in c.children if p.dep_ == "pobj"]
            nouns += [p for o in done_to if any(ctx.index.entities[a].kind not in (PLACE, COUNTRY)
                                                for a in actors_of(ctx, o) if a in ctx.index.entities)
                      for c in o.children
                      if c.dep_ == "prep" and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
        if etype in ctx.types.weapons:
            # ... and a street it happens on ("a car bomb exploded on a busy street")
            nouns += [p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "on"
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ctx.rules.streets]
        for noun in nouns:
            if _unlabelled_site_name(ctx, noun):
                return [_named_site(ctx, noun)]  # "the blast at the Erawan Shrine" (no entity of the model's)
            if noun.pos_ == "NOUN" and ctx.index.key_of(noun) is None and not _online(noun) and (
                    noun.lemma_.lower() in ctx.rules.sites or _site_words(ctx, noun)[1] in ctx.rules.sites
                    or etype in ctx.types.weapons and unnamed_place(ctx, noun)) or _state_site(ctx, noun):
                return [_site(ctx, noun)]  # (and the places it lies in: _with_smaller)
            if titled and _title_site(ctx, noun, anchor):
                return [_site(ctx, noun)]
    return []


def _title_site(ctx: _Ctx, noun: Token, anchor: Token) -> bool:
    """A site word a title-case headline capitalises before its event noun (``anchor``, a title
    noun: triggers.title_noun), which the tagger takes for a name ("August Shrine Attack", "Market
    Bombing"): the site, as "the shrine attack" would name it; not a word of a name ("Erawan
    Shrine") or a place's."""
    return noun.pos_ == "PROPN" and noun.is_title and noun.dep_ == "compound" and noun.head == anchor \
        and ctx.index.key_of(noun) is None and noun.ent_type_ in UNPLACED_LABELS \
        and (noun.lower_ in ctx.rules.sites or noun.lemma_.lower() in ctx.rules.sites) \
        and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("DATE", "TIME")
                    and c.lower_ not in MONTHS for c in noun.children) \
        and not ctx.in_junk(noun.idx, noun.idx + len(noun.text))


# the model's labels that make no entity of geokg's, which a site's name is often given ("the
# Erawan Shrine" as a PRODUCT): such a name is still the site's (no label at all is the same)
UNPLACED_LABELS = frozenset({"", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def _state_site(ctx: _Ctx, noun: Token) -> bool:
    """A site named only by the state it is of ("outside the Australian Embassy", "the US
    Consulate"): a title-case site word whose words before it are a determiner and the state's
    name or adjective, which are the state's mentions; the site word is the site, as "the
    embassy" would be."""
    if noun.pos_ != "PROPN" or not noun.is_title or ctx.index.key_of(noun) is not None \
            or not (noun.lower_ in ctx.rules.sites or noun.lemma_.lower() in ctx.rules.sites):
        return False
    before = [c for c in noun.children if c.i < noun.i]
    states = [c for c in before if c.dep_ in ("amod", "compound", "nmod")
              and (c.i in ctx.index.demonym_at or (ctx.index.key_of(c) or "").startswith("country:"))]
    return bool(states) and all(c.dep_ == "det" or c in states for c in before) \
        and not _headline(ctx.sents.sent(noun.i)) and not ctx.in_junk(noun.idx, noun.idx + len(noun.text))


def _unlabelled_site_name(ctx: _Ctx, noun: Token) -> bool:
    """A name of a site the model gives no entity of geokg's kinds ("the blast at the Erawan Shrine"; the same words
    after "exploded at" are its FAC): a title-case site word with a name before it, no key, in no
    headline (where every word is title-case)."""
    if noun.pos_ != "PROPN" or not noun.is_title or ctx.index.key_of(noun) is not None \
            or noun.ent_type_ not in UNPLACED_LABELS \
            or not (noun.lower_ in ctx.rules.sites or noun.lemma_.lower() in ctx.rules.sites):
        return False
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if not names or any(c.pos_ != "PROPN" or not c.is_title or ctx.index.key_of(c) or c.ent_type_ != noun.ent_type_
                        for c in names):
        return False
    return not _headline(ctx.sents.sent(noun.i)) and not ctx.in_junk(noun.idx, noun.idx + len(noun.text))


def name_site(ctx: _Ctx, noun: Token) -> str | None:
    """A site name the model gives no entity, named as the act's own place or as what it is aimed
    at ("the blast at the Erawan Shrine", "the bombing of Erawan Shrine"): its key, registered as
    its FAC would be (:func:`_named_site`), so that the place and the people there are read off it
    as off any named place; None for any other word."""
    return _named_site(ctx, noun) if _unlabelled_site_name(ctx, noun) else None


def _described_site(ctx: _Ctx, noun: Token) -> list[str]:
    """The site a noun describes or names ("the site", "a mosque", "the Erawan Shrine"), as a
    place: its key, made as :func:`_site` or :func:`name_site` make it; none for other nouns."""
    key = ctx.index.key_of(noun) or name_site(ctx, noun)
    if key is not None:
        return [key] if key.startswith("site:") or key.startswith("place:") else []
    if noun.pos_ == "NOUN" and not _online(noun) and not ctx.in_junk(noun.idx, noun.idx + len(noun.text)) \
            and (noun.lemma_.lower() in ctx.rules.sites or _site_words(ctx, noun)[1] in ctx.rules.sites):
        return [_site(ctx, noun)]
    return []


def _named_site(ctx: _Ctx, noun: Token) -> str:
    """The key of a named site the model gives no entity: ``place:{name}``, as its FAC would be."""
    from kg.extract.records import Entity, Span

    start = min(c.i for c in noun.children if c.dep_ == "compound" and c.i < noun.i)
    words = ctx.doc[start:noun.i + 1]
    key = f"place:{words.text}"
    ctx.index.add(Entity(key=key, kind=PLACE, label=words.text, confidence=0.5),
                  Span(words.start_char, words.end_char, words.text), range(words.start, words.end))
    return key


# adverbs that make "to" say where something is by: "next to a police station", "close to the gate"
BESIDE_ADVERBS = frozenset({"next", "close"})


# common nouns of places (cue class unnamed_place): where an attack happens when no name says where
# ("a bomb exploded in a residential area", "gunmen attacked a village", "on a busy street")
def unnamed_place(ctx: _Ctx, noun: Token) -> bool:
    """A common noun of a place that no name goes with (not "the town of X", "Damboa town", "the
    Afghan capital", "the capital, Kabul", nor one a definite noun took for the place named before)."""
    word = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or ctx.index.key_of(noun) is not None or not (
            word in ctx.rules.unnamed_places or noun.lower_ in ctx.rules.unnamed_places or word in ctx.rules.streets):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" or ctx.index.key_of(c) or c.i in ctx.index.demonym_at
           for c in noun.children):
        return False
    # (nor a bare definite one, "the village", "the town": it refers to a place the text names, or
    # names none: kg.extract.referring)
    before = [c for c in noun.children if c.i < noun.i]
    if before and all(c.dep_ == "det" for c in before) and before[0].lower_ in ("the", "this", "that"):
        return False
    # (nor definite ones counted or plural, "the two towns", "the villages": the places named before)
    if any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in before) \
            and (noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in before)):
        return False
    return not _named_after(ctx, noun)


def site_people(ctx: _Ctx, noun: Token, depth: int = 0, claim: bool = True, unnamed: bool = False) -> list[str]:
    """The people of a site an act is aimed at, where the text describes the site without a name
    and no actor is acted on: "the bombing of the federal building", "a row of houses were
    destroyed", "a bomb exploded at a pub" — the site a ``gev:Place`` of its document (as
    :func:`site_of` makes it), the people a ``gev:Group`` "people of" it (see
    :func:`~kg.extract.actors.population`), mentioned where the site is described; with
    ``unnamed``, also a place no name goes with ("gunmen attacked a village": :func:`unnamed_place`)."""
    if not ctx.rules.sites:
        return []
    out: list[str] = []
    for t in [noun, *noun.conjuncts]:
        if t.pos_ != "NOUN" or ctx.in_junk(t.idx, t.idx + len(t.text)) or _online(t):
            continue
        key = ctx.index.key_of(t)
        if key is None and (t.lemma_.lower() in ctx.rules.sites or t.lower_ in ctx.rules.sites
                            or _site_words(ctx, t)[1] in ctx.rules.sites
                            or t.lemma_.lower() in ctx.rules.vehicles or t.lower_ in ctx.rules.vehicles
                            or unnamed and unnamed_place(ctx, t)):
            key = _site(ctx, t, claim)
            if not claim:  # (its words stay unclaimed: the site is no place of the act, what it names is)
                from kg.extract.actors import people_of

                ent = ctx.index.entities[key]
                out += people_of(ctx, key, next((m for m in ent.mentions if m.start <= t.idx < m.end), None))
                continue
        elif key is None and depth == 0 and t.lower_ in ctx.rules.row_nouns | ctx.rules.part_nouns:
            out += [k for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" for k in site_people(ctx, o, depth + 1, claim)]
            continue
        key = ctx.index.key_of(t)
        if key and key.startswith("site:"):
            out += population(ctx, t, depth=2)
    return list(dict.fromkeys(out))


def described_sites(ctx: _Ctx, noun: Token) -> list[str]:
    """The keys of the described sites a noun and its conjuncts name, claimed or not (as
    :func:`site_people` made them): "a market", "a school and a clinic"."""
    out = []
    for t in [noun, *noun.conjuncts]:
        key = ctx.index.key_of(t) or ctx.described.get(("site", _site_words(ctx, t)[1]))
        if key and key.startswith("site:"):
            out.append(key)
    return out


def _online(noun: Token) -> bool:
    """Whether a site noun names a place on the web ("Danish Web sites"), no place on the map."""
    return any(c.dep_ == "compound" and c.lower_ in ("web", "internet", "online") for c in noun.children)


def _site_words(ctx: _Ctx, noun: Token):
    """A site noun with the lower-case nouns before it ("the finish line", "a police station"), and
    their label."""
    start = noun.i
    while start > 0 and ctx.doc[start - 1].dep_ == "compound" and ctx.doc[start - 1].head.i >= noun.i \
            and ctx.doc[start - 1].pos_ == "NOUN" and ctx.doc[start - 1].is_lower:
        start -= 1
    words = ctx.doc[start:noun.i + 1]
    return words, " ".join(t.lower_ for t in words)


def _site(ctx: _Ctx, noun: Token, claim: bool = True) -> str:
    """The key of a described site, one per document and words: ``site:~{digest}:{words}``."""
    import hashlib

    from kg.extract.records import Entity, Span

    words, label = _site_words(ctx, noun)
    sent = noun.sent
    window = ctx.doc[max(sent.start, noun.i - 6):min(sent.end, noun.i + 7)]
    digest = hashlib.sha256(" ".join(window.text.lower().split()).encode("utf-8")).hexdigest()[:10]
    key = ctx.described.get(("site", label)) or f"site:~{digest}:{label}"
    ctx.described[("site", label)] = key
    ctx.index.add(Entity(key=key, kind=PLACE, label=label, confidence=0.5),
                  Span(words.start_char, words.end_char, words.text), range(words.start, words.end) if claim else range(0))
    return key


# prepositions that say where something is: the place of a sentence's act when its clause names none
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "around", "into",
                            "through"})


def sentence_place(ctx: _Ctx, trigger: Token, etype: str) -> list[str]:
    """The one place the trigger's sentence locates something in, when the act's own clause names
    none: "10 people were killed when a shootout broke out ... near the mosque in Huriyah",
    "Taliban militants have killed six people, two in Miranshah". A town or district before a state
    ("in Uchturpan, a county in Aksu Prefecture"): the first named; two places of different
    countries, or two states, place nothing; nor does it place what was said ("police said"
    happens where the speaker is, which the sentence rarely says), nor is a place named only where
    something was said the place of any act (:func:`_said_where`: "Attacks on journalists are
    rising, a report published in Paris said")."""
    if etype in ctx.types.speech:
        return []
    sent = ctx.sents.sent(trigger.i)
    places: list[str] = []
    # (not a place inside what an act that does not happen where it is aimed is about: "protested
    # against NATO's bombing of the Chinese Embassy in Belgrade" did not happen in Belgrade)
    aside: set[int] = set()
    if etype not in ctx.types.state_place:
        pos = "NOUN" if trigger.pos_ in ("NOUN", "PROPN") else "VERB"
        aims = ctx.preps(etype, "target", pos) - ctx.preps(etype, "place", pos)
        aside = {t.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in aims for t in c.subtree}
    # (nor a place of what an act named as a subject led to: "The deployment also raises fears of an
    # escalation of the conflict in Ukraine", "raises fears in Europe"; a place set before the
    # subject sets the scene of the whole clause: "In Baghdad, the bombing sparked panic")
    consequence = _consequence_of(ctx, trigger)
    if consequence is not None:
        aside |= {t.i for c in consequence.children if c.i > trigger.i and c.dep_ not in SUBJECT_DEPS
                  for t in c.subtree}
    for t in sent:
        if t.i in aside:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS and t.head.dep_ == "prep":
            # "in the Pakistani city of Shikarpur", "at a bus station in X": what the place noun names
            named = _named_keys(ctx, t)
            named += [k for k in _place_keys(ctx, [*t.conjuncts, *(c for c in t.children if c.dep_ == "appos")])
                      if k not in named]
            for key in named or _located(ctx, t, 1):
                if key not in places and not _said_where(ctx, trigger, key, speech=False):
                    places.append(key)
    if not places:
        return []
    towns = [k for k in places if ctx.index.entities[k].kind == PLACE]
    states = [k for k in places if ctx.index.entities[k].kind == COUNTRY]
    if towns:
        homes = {ctx.index.entities[k].country for k in towns} - {None}
        if len(homes) > 1:
            return []
        return towns[:1]
    return states if len(states) == 1 else []


def _consequence_of(ctx: _Ctx, noun: Token) -> Token | None:
    """The verb an act noun is the subject of, where that verb tells something the act led to, not
    the act itself ("the deployment raises fears", "the bombing sparked outrage"), with an object
    of its own: its objects and places are not the act's. A verb that tells the act's happening or place ("the attack took
    place in X", "the bombing was in X"), its harm or hit ("the blast killed 12 in X", "struck a
    bus in X"), or an act of its own ("the offensive captured X") is the act's clause: None."""
    if noun.pos_ != "NOUN":
        return None
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the bombing and the shooting raised fears"
    verb = noun.head
    # (an active verb with an object of its own: "explosions were heard near Kharkiv", "a protest
    # was held in Paris" say where the act was)
    # (nor one whose object is people: "the protest drew thousands in Paris" is where the protest was)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or not objects or any(actors_of(ctx, o) for o in objects):
        return None
    lemma, rules = verb.lemma_.lower(), ctx.rules
    if lemma == "be" or lemma in rules.occurring | rules.harm_verbs | rules.blasts | rules.hitting | rules.taking_place \
            | rules.done_by_act:
        return None
    if any(g.lower_ in rules.toll_words for c in verb.children if c.dep_ != "prep" for g in (c, *c.children)):
        return None  # the toll it left: "the riots left four dead on Monday in Karachi"
    return None if _trigger_rule(ctx, verb, True) is not None else verb


def _said_where(ctx: _Ctx, trigger: Token, key: str, speech: bool = True) -> bool:
    """Whether the sentence names a place only where something was said about the act, not where
    it happened: the place and the trigger meet at a verb of saying that the trigger is not ("officials
    said in Geneva that the fighting had stopped", "speaking in London, the minister warned that
    attacks would continue", "a report published in Paris said attacks are rising")."""
    sent = ctx.sents.sent(trigger.i)
    spans = [ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
             for m in ctx.index.entities[key].mentions if sent.start_char <= m.start < sent.end_char]
    spans = [s for s in spans if s is not None]
    if not spans:
        return False
    for span in spans:
        above = {span.root.i, *(a.i for a in span.root.ancestors)}
        meet = trigger if trigger.i in above else next((a for a in trigger.ancestors if a.i in above), None)
        if meet is None or meet == trigger or not _says(ctx, meet, speech):
            return False
        # (not a place inside what was said: "officials said that bystanders were killed near a
        # market in al-Adamiyah, and seven people were injured", the second act parsed as a
        # conjunct of the saying)
        branch = next((a for a in [span.root, *span.root.ancestors] if a.head == meet), None)
        if branch is not None and branch.dep_ in ("ccomp", "xcomp", "dobj", "conj", "parataxis", "attr", "oprd"):
            return False
        # (nor where the speakers are, who are the parties: "Rebel fighters in the Deraa countryside
        # said they will lay down their weapons"; a report's place is where it was made)
        if branch is not None and branch.dep_ in SUBJECT_DEPS and (key := ctx.index.key_of(branch)) \
                and ctx.index.entities[key].kind not in (PLACE, COUNTRY):
            return False
    return True


def _says(ctx: _Ctx, token: Token, speech: bool = True) -> bool:
    """A verb of saying: of the say cue, or (with ``speech``) a trigger of a speech act."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if token.lemma_.lower() in ctx.rules.say:
        return True
    if not speech:
        return False
    rule = _trigger_rule(ctx, token, True)
    return rule is not None and rule.type in ctx.types.speech


BACKGROUND_MARKS = {"after", "before", "since", "following", "as", "because", "while", "when", "until"}


def _background(ctx: _Ctx, trigger: Token) -> bool:
    """An event the sentence mentions in passing rather than reports: in a temporal or causal
    clause ("... one day after a jet shot down a helicopter"), in a participle clause elaborating
    another act ("rioted, setting fire to mattresses"), or as what another act is about
    ("complained over two Israeli air raids"), or in a relative clause in the past perfect that
    describes someone by what had been done ("Chaudhry, whom they had taken hostage two weeks
    ago"). Its arguments are more often implied."""
    if trigger.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children):
        return True
    if trigger.dep_ == "advcl":
        if any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in trigger.children):
            return True
        if trigger.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
            return True
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in BACKGROUND_MARKS:
        return True
    if trigger.pos_ == "NOUN":
        head = trigger.head
        if trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in ("in", "on", "for", "during"):
            head = head.head
        elif trigger.dep_ != "dobj":
            return False
        return head != trigger and head.pos_ == "VERB" and _trigger_rule(ctx, head, True) is not None \
            and lemma_of(head, ctx.rules.support) not in ctx.rules.support
    return False
