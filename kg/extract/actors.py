"""Actors of an event's slots: named entities across conjunctions and appositions, pronouns,
titles, bodies named by their people, described groups of people ("unidentified gunmen",
"police"), the subject of a verb through control and participle clauses, the agent of an event
noun."""

from __future__ import annotations

import hashlib

from spacy.tokens import Token

from kg.extract.records import ARMED_FORCE, COUNTRY, ORGANIZATION, GOVERNMENT, GROUP, PERSON, PLACE, WEAPON, Entity, Span
from kg.extract.context import SUBJECT_DEPS, _Ctx, _ensure_country, _prep_objects, _state_of, _subjects, carrier_of, measured
from kg.extract.entities import counted_people


RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}


# the pronouns a number of the harmed counts ("five of them", "most of those killed")
COUNTED_PRONOUNS = frozenset({"them", "those", "these", "us"})

PRONOUNS = {"it": "thing", "its": "thing", "they": "any", "their": "any", "them": "any",
            "he": "person", "his": "person", "him": "person", "she": "person", "her": "person"}


def _subject_of_next_verb(t: Token) -> bool:
    """Whether a conjunct the parser joined to a noun before it is the subject of the finite verb
    right after it, a verb left with no subject of its own ("two vehicles were hit by gunfire and
    a staff member went missing": "member" joined to "gunfire", "went" to the main verb)."""
    after = t.right_edge.i + 1
    if after >= len(t.doc):
        return False
    verb = t.doc[after]
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    # (a clause joined to another, not the main verb whose subject the conjunction is: "Both
    # Russia and the Syrian government have welcomed")
    return clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def actors_of(ctx: _Ctx, token: Token, depth: int = 0, alone: bool = False) -> list[str]:
    """Actors a noun phrase headed by ``token`` names, across conjunctions and appositions (with
    ``alone``, not across its conjunctions: one side of "between the army and rebels")."""
    if depth > 3:
        return []
    out: list[str] = []
    for t in [token, *([] if alone else token.conjuncts), *(c for c in token.children if c.dep_ == "appos")]:
        if t != token and t.dep_ == "conj" and _subject_of_next_verb(t):
            continue  # "hit by gunfire and a staff member went missing": the subject of the next clause
        key = ctx.index.key_of(t)
        if t != token and t.dep_ == "appos" and out and key and key.startswith("group:"):
            continue  # "Rebekah Gregory, a Texas woman": the woman is the person already found
        if key and ctx.index.entities[key].is_actor:
            out.append(key)
            out += ctx.index.co_groups.get(t.i, [])  # "Indian and Chinese troops": the Chinese troops too
            continue
        if key and ctx.index.entities[key].kind == PLACE:
            continue
        low = t.lower_
        if low in RELATIVE_PRONOUNS and t.head.dep_ == "relcl" or (low in RELATIVE_PRONOUNS and t.head.head != t.head):
            if t.head.dep_ == "relcl":
                found = actors_of(ctx, t.head.head, depth + 1)
                if low == "which":
                    # "which" stands for no person: "a rally for president Ashraf Ghani which killed
                    # over 26 people" (the parser hangs the clause on the name before it)
                    found = [k for k in found if k not in ctx.index.entities or ctx.index.entities[k].kind != PERSON]
                out += found
                if low in ("who", "whom") and len(found) == 1:
                    _also_mentioned(ctx, found[0], t.i, t.i + 1)  # "McWatters, who lost a leg": a mention of her
            continue
        if low in PRONOUNS:
            ant = pronoun_antecedent(ctx, t)
            if ant:
                out.append(ant)
                _also_mentioned(ctx, ant, t.i, t.i + 1)  # "he said": a mention of the person it stands for
            continue
        if key is None and t.i in ctx.index.demonym_at:
            one = _one_of_a_people(ctx, t)
            if one:
                out.append(one)  # "shot and killed a Palestinian", "an American was wounded"
                continue
        if t != token:
            if t.dep_ == "appos" and out:
                continue  # "Flavia Piccoli, Vice President of the Commission": the same actor
            described = _described(ctx, t)
            if described:
                out.append(described)
            continue
        # a title alone names the person introduced earlier with it: "the defense minister said";
        # a title in apposition to a name before it names that person: "Iran's foreign minister,
        # Abbas Araghchi, arrived" (the name follows)
        if t.i in ctx.index.titles:
            person = next((k for c in t.children if c.dep_ == "appos" and (k := ctx.index.key_of(c))
                           and ctx.index.entities[k].kind == PERSON), None) if t == token else None
            person = person or _titled_person(ctx, t)
            if person:
                out.append(person)
                title = ctx.index.titles[t.i]
                start = title.start
                while start > 0 and ctx.doc[start - 1].i in ctx.index.demonym_at:
                    start -= 1  # "the Iranian president"
                _also_mentioned(ctx, person, start, title.end)
                continue
        # "the country": the state named last before it
        if t.lower_ in ("country", "nation") and t.tag_ == "NN" and _bare_definite(t):
            state = _state_before(ctx, t)
            if state:
                out.append(state)
                _also_mentioned(ctx, state, t.i - 1, t.i + 1)
                continue
        # "the militant group al-Shabab", "the rebel group M23": the group named right after the noun
        if t.lemma_.lower() in ctx.rules.group_nouns and t.tag_ == "NN" and t.i + 1 < len(ctx.doc):
            named = ctx.index.token_key.get(t.i + 1)
            if named and named in ctx.index.entities and ctx.index.entities[named].kind in (ARMED_FORCE, ORGANIZATION) \
                    and not named.startswith("group:"):
                out.append(named)
                continue
        # "the group", "the militant group": the armed group or organisation named last before it
        if t.lemma_.lower() in ctx.rules.group_nouns and t.tag_ == "NN" and _definite_group(ctx, t):
            group = _group_before(ctx, t)
            if group:
                out.append(group)
                _also_mentioned(ctx, group, t.left_edge.i, t.i + 1)
                continue
        # "the company", "the world's largest tech company": the business named last before it
        if t.lemma_.lower() in ctx.rules.companies and t.tag_ == "NN" and _definite_group(ctx, t, superlative=True):
            company = _group_before(ctx, t, kinds=(ORGANIZATION,))
            if company:
                out.append(company)
                _also_mentioned(ctx, company, t.left_edge.i, t.i + 1)
                continue
        # "the defense chiefs of the United States and South Korea"; people from a body: "activists
        # from the Fatah Party"
        # (not people named by their tie to others: "the family of the slain soldier", "relatives of
        # the victims" are not the soldier nor the victims)
        for child in t.children if t.lemma_.lower() not in ctx.rules.kin_nouns and t.lower_ not in ctx.rules.kin_nouns else ():
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "from" and t.tag_ == "NNS"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out += [k for k in actors_of(ctx, pobj, depth + 1)]
        # people described by the state or place they are of: "Palestinian residents", "Gaza
        # residents", "an Idlib activist" — a group of that state, not the state (people, not
        # its armed men or officials: "US troops" and "Iraqi officials" stand for their state)
        if not out and t.pos_ == "NOUN" and _people_of_a_place(ctx, t):
            described = _described(ctx, t)
            if described:
                out.append(described)
                continue
        # "the North Korean launch" as an actor slot: its side
        if not out:
            for child in t.children:
                if child.dep_ in ("amod", "compound", "poss") and child.i in ctx.index.demonym_at:
                    out.append(f"country:{ctx.index.demonym_at[child.i]}")
                    _ensure_country(ctx, ctx.index.demonym_at[child.i])
                    break
        # people named by the body they belong to: "European Community foreign ministers",
        # "UN inspectors", "Hamas fighters"; a body named by its leader or movement: "the Bush
        # administration", "the al-Qaeda terror network"
        # ... and a weapon by whose it is: "a Provisional IRA bomb exploded", "Hamas rockets hit"
        weapon = bool(key) and ctx.index.entities[key].kind == WEAPON
        if not out and t.pos_ == "NOUN" and (t.tag_ == "NNS" or t.lemma_.lower() in ctx.rules.body_nouns or weapon):
            for child in t.children:
                key = ctx.index.key_of(child)
                if child.dep_ in ("compound", "nmod", "poss") and key and ctx.index.entities[key].is_actor:
                    out.append(key)
                    if t.tag_ == "NNS" and not weapon:
                        _described_by_body(ctx, key, child, t)
                    # "Hamas and Fatah leaders", "the Taliban and US officials": a name joined to it
                    # is a side too
                    out += [k for c in child.conjuncts if (k := ctx.index.key_of(c)) and k not in out
                            and ctx.index.entities[k].is_actor]
                    break
        # one person of a body that is no state: "the United Nations' Mideast envoy", "a Hamas
        # official" (a state's is its described official: "Niger's ambassador")
        if not out and t.pos_ == "NOUN" and t.tag_ == "NN" and _group_of(ctx, t) is not None:
            for child in t.children:
                key = ctx.index.key_of(child)
                if child.dep_ in ("compound", "nmod", "poss") and key and ctx.index.entities[key].is_actor \
                        and ctx.index.entities[key].kind != COUNTRY:
                    out.append(key)
                    _described_by_body(ctx, key, child, t)
                    break
        # "took 12 foreign workers hostage": the parser makes the role the object and the people
        # taken its compound; a bare "hostage" is the role ("took two journalists hostage"), no people
        if not out and t.lemma_.lower() in ("hostage", "captive") and t.tag_ == "NN":
            taken = [c for c in t.children if c.dep_ == "compound" and c.tag_ == "NNS"]
            if taken:
                out += actors_of(ctx, taken[0], depth + 1)
                continue
            if not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in t.children):
                continue
        # people described, not named: "unidentified gunmen", "three villagers", "police" (not a
        # count of the weapons its "of" names: "fired dozens of rockets" counts rockets, no people)
        if not out and not (t.lower_ in ctx.rules.counted and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and (k := ctx.index.key_of(p)) and ctx.index.entities[k].kind == WEAPON for p in c.children)
                for c in t.children)):
            described = _described(ctx, t)
            if described:
                out.append(described)
        # people only counted: "22 were killed", "gunmen shot dead three"
        # ... or only as the others: "killing 12 people and wounding 30 others", "injured dozens of
        # others"
        # (also the subject of a participle of harm whose "were" is left out: "and three others injured")
        # (or with the participle hung on the count: "..., dozens others injured")
        if not out and (t.pos_ == "NUM" or t.lower_ in ctx.rules.counted) and (_harms(ctx, t.head) \
                and (t.dep_ in ("nsubjpass", "dobj") or t.dep_ == "nsubj" and t.head.tag_ == "VBN" and t.head.dep_ == "conj"
                     and not any(c.dep_ in ("aux", "auxpass") for c in t.head.children))
                or any(c.dep_ == "acl" and c.tag_ == "VBN" and _harms(ctx, c)
                       and not any(x.dep_ in ("aux", "auxpass", "dobj", "nsubj") for x in c.children) for c in t.children)):
            # "one of its missiles", "three of the soldiers": the number counts what follows "of",
            # people only when that is people described (or the others)
            whole = [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            # ... and a pronoun after "of" is people only counted too ("five of them were shot
            # dead", "most of those killed were shot"): the number counts them
            counted = ((_described(ctx, whole[0]) or (_counted(ctx, whole[0]) if whole[0].lower_ == "others" else None)
                        or (_counted(ctx, t) if whole[0].pos_ == "PRON" and whole[0].lower_ in COUNTED_PRONOUNS else None))
                       if whole else _counted(ctx, t))
            if counted:
                out.append(counted)
    return list(dict.fromkeys(out))


def _bare_definite(t: Token) -> bool:
    """A noun with "the" and nothing else of its own before or after it ("the country", not "the
    country's army" nor "the whole country" nor "the country of ...")."""
    kids = list(t.children)
    return bool(kids) and kids[0].dep_ == "det" and kids[0].lower_ == "the" and kids[0].i == t.i - 1 \
        and all(c.dep_ in ("det", "punct", "relcl", "acl") for c in kids) and t.dep_ not in ("compound", "poss")


def _definite_group(ctx: _Ctx, t: Token, superlative: bool = False) -> bool:
    """"the group", "the militant group", "the jihadist organisation": "the" and only adjectives
    that name no state before the noun (also a lower-case word the parser takes for a noun: "the
    jihadist group", "the extremist group"), nothing after it that names the group itself.
    ``superlative``: also "the world's" before a superlative ("the world's largest tech company")."""
    kids = list(t.children)
    if kids and superlative and kids[0].dep_ == "poss" and kids[0].lower_ == "world" \
            and any(c.tag_ == "JJS" for c in kids[1:]) and any(c.lower_ == "the" for c in kids[0].children):
        kids = [next(c for c in kids[0].children if c.lower_ == "the"), *kids[1:]]  # as "the largest ..."
    if not kids or kids[0].dep_ != "det" or kids[0].lower_ != "the" or t.dep_ in ("compound", "poss"):
        return False
    return all((c.dep_ == "amod" or c.dep_ == "compound" and c.is_lower) and c.i not in ctx.index.demonym_at
               and not ctx.index.key_of(c) for c in kids[1:] if c.i < t.i) \
        and not any(c.dep_ in ("appos", "prep", "acl", "relcl", "compound") and not (superlative and c.dep_ == "prep" and c.lower_ != "of")
                    for c in kids if c.i > t.i)  # (a business "by sales", "in Asia" is still the one named)


def _group_before(ctx: _Ctx, t: Token, kinds: tuple[str, ...] = (ARMED_FORCE, ORGANIZATION)) -> str | None:
    """The armed group or organisation (of ``kinds``) named last before a token, in its sentence
    or the three before it."""
    start = ctx.sents.start_back(t.i, 3)
    for i in range(t.i - 1, start - 1, -1):
        key = ctx.index.token_key.get(i)
        if key and key in ctx.index.entities and ctx.index.entities[key].kind in kinds \
                and not key.startswith("group:"):
            return key
    return None


def _state_before(ctx: _Ctx, t: Token) -> str | None:
    """The state named last before a token, in its sentence or the two before (only one state)."""
    start = ctx.sents.start_back(t.i, 2)
    # the side of the subject of the verb "the country" is the object of is not it ("US-led
    # coalition forces invaded the country", "Russian troops entered the country")
    sided = {i for v in [t.head] if t.dep_ == "dobj" for c in v.children if c.dep_ == "nsubj"
             for i in range(c.left_edge.i, c.i) if ctx.doc[i].dep_ in ("compound", "amod", "nmod", "npadvmod")
             or ctx.doc[i].head.dep_ in ("compound", "amod", "nmod", "npadvmod")}
    # a state named as a phrase of its own first; one only modifying a noun ("US air attacks", "the
    # Afghan army") is less likely the one "the country" goes on about; its people named ("100,000
    # Iraqis have been killed since ...") name it as well
    found = []
    for i in range(t.i - 1, start - 1, -1):
        key = ctx.index.token_key.get(i)
        if i in sided:
            continue
        if key and key.startswith("country:"):
            found.append((ctx.doc[i].dep_ in ("compound", "amod", "nmod"), key))
        elif (key is None or key.startswith("group:")) and i in ctx.index.demonym_at and ctx.doc[i].tag_ in ("NNS", "NNPS"):
            found.append((False, f"country:{ctx.index.demonym_at[i]}"))
    state = next((key for modifier, key in found if not modifier), found[0][1] if found else None)
    if state is not None and state not in ctx.index.entities:
        _ensure_country(ctx, state.split(":", 1)[1])
    return state


def _described_by_body(ctx: _Ctx, key: str, body: Token, head: Token) -> None:
    """People named by the body they belong to ("Hamas fighters", "a campus police officer", "the
    United Nations' Mideast envoy") are a mention of that body, through the head noun."""
    start = body.left_edge.i
    while start < body.i and ctx.doc[start].dep_ in ("det", "case"):
        start += 1
    if start < head.i:
        _also_mentioned(ctx, key, start, head.i + 1)


def _counted(ctx: _Ctx, t: Token) -> str | None:
    """People a number alone stands for, as the one harmed by a verb of harm ("22 were killed and
    another 38 injured"): a group of people of its document."""
    if ctx.in_junk(t.idx, t.idx + len(t.text)):
        return None
    label = "people"
    key = ctx.described.get(label) or _described_key(ctx, t, label)
    ctx.described[label] = key
    iso3 = _state_in_sentence(ctx, t, official=False)
    ctx.index.add(Entity(key=key, kind=GROUP, label=label, country=iso3, confidence=0.5),
                  Span(t.idx, t.idx + len(t.text), t.text), range(t.i, t.i + 1))
    if iso3:
        _ensure_country(ctx, iso3)
    return key


def _also_mentioned(ctx: _Ctx, key: str, start: int, end: int) -> None:
    """A title or pronoun that names an actor already known ("the Iranian president", "he") is a
    mention of it (no other name of it, and its tokens stay unclaimed)."""
    ent = ctx.index.entities.get(key)
    span = ctx.doc[start:end]
    if ent is None or ctx.in_junk(span.start_char, span.end_char) or (key, span.start_char, span.end_char) in ctx.index.seen:
        return
    ctx.index.seen.add((key, span.start_char, span.end_char))
    ent.mentions.append(Span(span.start_char, span.end_char, span.text))


DESCRIBED_KINDS = {"armed": ARMED_FORCE, "official": GOVERNMENT, "people": GROUP}


MODIFIER_DEPS = {"det", "amod", "compound", "nummod", "quantmod", "advmod"}


def _described(ctx: _Ctx, t: Token, modifier: bool = False, patient: bool = False) -> str | None:
    """The actor a described group of people is ("unidentified gunmen", "three villagers", "a man",
    "police"), made on first use: armed people a ``gev:ArmedForce``, police and officials the
    government body of the state the text or the place gives, others a ``gev:Group``. A group with
    no state of its own is one actor of its document only (its key carries the document's hash)."""
    if ctx.in_junk(t.idx, t.idx + len(t.text)):
        return None
    if t.pos_ not in (("NOUN", "PROPN", "ADJ") if modifier else ("NOUN", "PROPN")):
        return None
    found = _group_of(ctx, t, patient)
    if found is None:
        return None
    if t.lower_ in ctx.rules.craft_nouns and any(
            c.i == t.i - 1 and c.dep_ in ("compound", "nummod", "amod") and (k := ctx.index.key_of(c))
            and ctx.index.entities[k].kind == WEAPON for c in t.children):
        return None  # the craft a weapon's name names: "36 Gripen fighters", "two B-52 bombers"
    group, kind, phoenix = found
    armed_with = kind == "people" and any(c.dep_ == "acl" and c.lower_ == "armed" and c.i == t.i + 1 for c in t.children)
    if armed_with:
        kind = "armed"  # "men armed with guns": armed people, as "armed men" are
    # the state its own adjective names ("a Swiss court", "Palestinian Christian leaders"), else
    # the state of its sentence (not for the dictionary's offices and trades: "the president" is
    # no president of the place the sentence names)
    iso3 = _own_state(ctx, t)
    named = _place_modifier(ctx, t) if kind == "people" else None
    if iso3 is None and named is not None:
        iso3 = named[1]  # "Gaza residents", "an Idlib activist": of the state the place lies in
    if iso3 is None and kind in ("armed", "official"):
        iso3 = _sender_state(ctx, t)  # "Kenya sent 400 police officers to Haiti": Kenya's
    foreign = iso3 is None and kind == "official" and _foreign_officials(ctx, t)
    if foreign:
        # "Britain expelled two diplomats from the Russian embassy": the mission's state, never the
        # expelling one's (and none where the text gives none)
        iso3 = next((s for c in t.head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                     for p in c.children if p.dep_ == "pobj" and (s := _own_state(ctx, p) or (
                         (k := ctx.index.key_of(p)) and _state_of(ctx.index.entities[k])))), None)
    if iso3 is None and not phoenix and not foreign:
        iso3 = _state_in_sentence(ctx, t, official=kind == "official")
    start = t.i
    for c in sorted((c for c in t.children if c.i < t.i), key=lambda c: -c.i):
        if c.pos_ == "ADJ" and ctx.doc[c.i + 1].dep_ in ("nummod", "det"):
            break  # "shot dead two protesters": an adjective before the count is the verb's, no modifier
        if c.dep_ in MODIFIER_DEPS and c.i == start - 1 and not ctx.index.key_of(c):
            start = c.i
    while start < t.i and ctx.doc[start].dep_ == "det":
        start += 1  # "the gunmen" is named "gunmen"
    if carrier_of(ctx, t) is not None:
        start = t.i  # "a bus carrying pilgrims": the pilgrims, not "carrying pilgrims"
    # (a people's adjective as written: "Kurdish protesters", "Shiite pilgrims")
    words = [w.text if w.i in ctx.index.demonym_at or w.ent_type_ == "NORP" and w.text[:1].isupper() else w.lower_
             for w in ctx.doc[start:t.i] if w.dep_ in ("compound", "amod") and w.pos_ in ("NOUN", "ADJ")]
    # "military base" is named once, "a Catholic priest" (the dictionary's "catholic priest") too,
    # as written
    written = {w.lower(): w for w in words}
    words = [w for w in words if w.lower() not in group.split()]
    group_label = " ".join(written.get(g, g) for g in group.split())
    led = _led_by(ctx, t)
    if led:
        start = min(start, led[2])
    label = " ".join(([named[0]] if named is not None else []) + ([led[0]] if led else []) + words
                     + (["armed"] if armed_with and "armed" not in words else []) + [group_label])
    if kind == "official" and iso3:
        from kg.extract.entities import _adjective
        from kg.nlp import ATTRS_KEY

        key = f"group:{iso3}:{group}"
        adjective = _adjective(ctx.doc.user_data.get(ATTRS_KEY, {}), iso3)
        label = f"{adjective} {group}" if adjective != iso3 else f"{group} of {_country_name(iso3)}"
    else:
        key = ctx.described.get(label) or _described_key(ctx, t, label)
        ctx.described[label] = key
    span = ctx.doc[start:t.i + 1]
    ctx.index.add(Entity(key=key, kind=DESCRIBED_KINDS[kind], label=label, country=iso3, confidence=0.6),
                  Span(span.start_char, span.end_char, span.text), range(start, t.i + 1))
    if iso3:
        _ensure_country(ctx, iso3)
    return key


def _place_modifier(ctx: _Ctx, t: Token) -> tuple[str, str] | None:
    """The place a people noun is described by, written before it as its compound ("Gaza
    residents", "an Idlib activist", "Aleppo doctors"): the place's name as written and the state
    it lies in (a state named so: itself), or None."""
    for c in t.children:
        if c.dep_ != "compound" or c.i >= t.i or c.pos_ != "PROPN":
            continue
        key = ctx.index.key_of(c)
        ent = ctx.index.entities.get(key) if key else None
        if ent is None:
            continue
        iso3 = _state_of(ent) if ent.kind in (COUNTRY, PLACE) else None
        if iso3:
            start = c.i
            while start > 0 and ctx.index.key_of(ctx.doc[start - 1]) == key:
                start -= 1
            return ctx.doc[start:c.i + 1].text, iso3
    return None


def _people_of_a_place(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun names people (the group nouns of kind people, not armed men or officials)
    described by the state or place they are of: a demonym ("Palestinian residents") or a
    place's name ("Gaza residents") before it."""
    found = _group_of(ctx, t)
    if found is None or found[1] != "people" or found[2] or _attacking(ctx, t):
        return False
    return _own_state(ctx, t) is not None or _place_modifier(ctx, t) is not None


def _attacking(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun does an attack: the subject of an attack verb or the "by" of an attack noun
    ("Israeli pilots struck targets", "an air strike by Israeli pilots"): people who attack for a
    state stand for it, whatever their word."""
    if t.dep_ == "nsubj" and t.head.pos_ == "VERB":
        return _harms(ctx, t.head)
    head = t.head
    if t.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "NOUN":
        return any(r.type == "Attack" for r in ctx.rules.nouns.get(head.head.lemma_.lower(), ()))
    return False


def _group_of(ctx: _Ctx, t: Token, patient: bool = False) -> tuple[str, str, bool] | None:
    """The (group, kind) a noun names: by the hand-written group nouns, then, for the one who acts
    in its clause or a noun its state modifies ("Niger's ambassador"), by the Phoenix agent nouns
    (not for a word the text names as a weapon or place; not for what is acted on otherwise, where
    they list places too: "bombed a hospital") — each
    as the word with the modifier just before it ("suicide bombers", "armed men"), the word as
    written, then its lemma ("diplomats" → "diplomat", as the Phoenix nouns are listed). The last
    item says whether it came from the Phoenix nouns."""
    low, lemma = t.lower_, t.lemma_.lower()
    before = [c.lower_ for c in _modifiers(t) if c.i == t.i - 1]
    key = ctx.index.key_of(t)
    lexicons = [ctx.rules.groups]
    if (_acting(t) or _own_state(ctx, t) or patient or _slain(ctx, t)) \
            and not (key and ctx.index.entities[key].kind in (WEAPON, PLACE)):
        lexicons.append(ctx.rules.agents)
    for groups in lexicons:
        for form in ([f"{before[0]} {low}", f"{before[0]} {lemma}"] if before else []) + [low, lemma]:
            if form in groups:
                return (*groups[form], groups is ctx.rules.agents)
    return None


def _country_name(iso3: str) -> str:
    """The common name of a state the text gives only by a place in it ("police of India")."""
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    return getattr(country, "common_name", None) or getattr(country, "name", iso3) if country else iso3


def _harms(ctx: _Ctx, verb: Token) -> bool:
    """Whether a verb is one of harm: an attack verb of the trigger rules ("killed", "wounded"),
    as its rule asks ("found dead" harms, "found guilty" does not)."""
    rules = [r for r in ctx.rules.verbs.get(verb.lemma_.lower(), ()) if r.type == "Attack"] if verb.pos_ == "VERB" else []
    if not rules:
        return False
    if any(not r.need.startswith("child:") for r in rules):
        return True  # "were shot in the attack": harm, whatever else the trigger rule asks
    # a verb that harms only with a word beside it ("found dead") must have it
    from kg.extract.triggers import _trigger_rule

    rule = _trigger_rule(ctx, verb, True)
    return rule is not None and rule.type == "Attack"


def _own_state(ctx: _Ctx, t: Token) -> str | None:
    """The state a noun's own modifiers name: an adjective ("a Swiss court", "Palestinian Christian
    leaders") or a possessive ("Niger's ambassador")."""
    for c in t.subtree:
        if c.i >= t.i:
            break
        if c.i in ctx.index.demonym_at and not _backer(ctx, c, t):
            return ctx.index.demonym_at[c.i]
    for c in t.children:
        key = ctx.index.key_of(c)
        if c.dep_ == "poss" and key and key.startswith("country:"):
            return key.split(":", 1)[1]
    led = _led_by(ctx, t)
    return led[1] if led else _based_in(ctx, t)


def _based_in(ctx: _Ctx, t: Token) -> str | None:
    """The state a "-based" modifier places a noun's people in ("Pakistan-based militants", "a
    Gaza-based group"): the state named, or the one the place named lies in."""
    for c in _modifiers(t):
        if c.lower_ != "based":
            continue
        for g in c.children:
            if g.i < c.i and (key := ctx.index.key_of(g)) is not None:
                ent = ctx.index.entities[key]
                if key.startswith("country:"):
                    return key.split(":", 1)[1]
                if ent.kind == PLACE and ent.country:
                    return ent.country
    return None


def _backer(ctx: _Ctx, word: Token, noun: Token) -> bool:
    """Whether a word inside a noun's modifiers names who backs, arms or trains the noun's people,
    not whose they are (the backing cue: "Turkish-backed rebels" are no Turkish rebels, "US-trained
    Afghan commandos" are Afghan)."""
    t = word
    while t.head != t and t != noun:
        if t != word and t.lower_ in ctx.rules.backing:
            return True
        t = t.head
    return False


def _modifiers(t: Token) -> list[Token]:
    """A noun's compound and adjective modifiers before it, also those the parser hung on the noun
    it modifies in turn ("US-led coalition air strikes": "led" on "strikes", beside "coalition")."""
    out = [c for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i]
    if t.dep_ == "compound" and t.head.i > t.i:
        out += [c for c in t.head.children if c.dep_ in ("compound", "amod") and c.i < t.i]
    return out


def _led_by(ctx: _Ctx, t: Token) -> tuple[str, str, int] | None:
    """The state a "-led" modifier names as leading a noun's group ("the US-led coalition",
    "Saudi-led forces", "US-led coalition air strikes"): the modifier as written, the state and the
    modifier's first token, or None."""
    for c in _modifiers(t):
        if c.lower_ != "led":
            continue
        for g in c.children:
            key = ctx.index.key_of(g)
            iso3 = ctx.index.demonym_at.get(g.i) or (key.split(":", 1)[1] if key and key.startswith("country:") else None)
            if iso3 and g.i < c.i:
                return ctx.doc[g.left_edge.i:c.i + 1].text, iso3, g.left_edge.i
    return None


def _slain(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun is the one an act done only to people is done to (the slaying cues: killed,
    assassinated, kidnapped; "the murder of"): "assassinated the governor", "the ambassador was
    killed", "the assassination of the ambassador" — a person, never a place, whatever its word."""
    for _ in range(3):
        if t.dep_ in ("conj", "appos") and t.head != t:
            t = t.head
            continue
        break
    head = t.head
    if t.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in ctx.rules.raising \
            and any(_slaying_complement(ctx, c) for c in head.children):
        return True  # "a construction worker was found murdered", "two villagers were feared killed"
    if t.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        return head.lemma_.lower() in ctx.rules.slaying
    if t.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower() in ctx.rules.slaying
    return False


def slain_people(ctx: _Ctx, verb: Token) -> list[str]:
    """The people a participle of slaying modifies before them is done to: "the murdered
    businessman", "two kidnapped journalists", "the assassinated Khashoggi" (the slaying cues: acts
    done only to people; a thing it modifies is none: "a shot glass")."""
    head = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.pos_ != "VERB" or head.pos_ not in ("NOUN", "PROPN") \
            or head.i < verb.i or verb.lemma_.lower() not in ctx.rules.slaying \
            or any(c.dep_ in ("nsubj", "dobj", "agent") for c in verb.children):
        return []
    # (the noun it stands before only: "relatives of the slain soldiers and the executed prisoners")
    found = actors_of(ctx, head, alone=True) or [k for k in [_described(ctx, head, patient=True)] if k]
    return [k for k in found if ctx.index.entities[k].is_actor]


def _slaying_complement(ctx: _Ctx, verb: Token) -> bool:
    """Whether a raising verb's complement is a slaying done to its subject: a passive participle
    ("was found murdered", "were feared killed") or one down a chain of complements ("is believed
    to have been killed")."""
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "oprd") or verb.pos_ != "VERB":
            return False
        passive = verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children)
        if passive and verb.lemma_.lower() in ctx.rules.slaying:
            return True
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "oprd")), verb)
    return False


def _acting(t: Token) -> bool:
    """Whether a noun is the one who acts in its clause: the subject of an active verb, the agent
    of a passive one ("by the court"), a possessor ("the court's ruling"), or a conjunct or
    apposition of one of these."""
    for _ in range(3):
        if t.dep_ in ("conj", "appos") and t.head != t:
            t = t.head
            continue
        break
    return t.dep_ in ("nsubj", "poss") or (t.dep_ == "pobj" and t.head.dep_ == "agent")


# the words before a singular demonym noun that make it one person of that people ("a Palestinian",
# "another Briton"); "the Japanese" is the people itself
ONE_OF_A_PEOPLE = frozenset({"a", "an", "another", "one"})


def _one_of_a_people(ctx: _Ctx, t: Token) -> str | None:
    """One person a singular demonym noun describes ("killed a Palestinian", "an American was among
    the dead"): a ``gev:Group`` of that state, as "a man" is one, made on first use. The demonym
    alone names the state as an adjective ("the Palestinian side") and its people as a plural
    noun ("Palestinians"), never as one person of it."""
    # (also one the tagger took for an adjective in a noun's place: "shot dead an Iraqi")
    if not (t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")) \
            or t.dep_ in MODIFIER_DEPS | {"poss", "nmod"}:
        return None
    if ctx.in_junk(t.idx, t.idx + len(t.text)):
        return None
    if t.tag_ in ("NN", "NNP", "JJ") and not (t.tag_ == "NNP" and t.lower_.endswith("s")):
        if not any(c.i < t.i and c.lower_ in ONE_OF_A_PEOPLE and c.dep_ in ("det", "nummod") for c in t.children):
            return None
    elif not counted_people(t, ctx.rules.counted):
        return None  # ("four Britons", "several Germans": so many people of the state, a group too)
    iso3 = ctx.index.demonym_at[t.i]
    start = t.i
    while start > 0 and ctx.index.demonym_at.get(start - 1) == iso3:
        start -= 1  # "a South Korean"
    label = ctx.doc[start:t.i + 1].text
    key = ctx.described.get(label) or _described_key(ctx, t, label)
    ctx.described[label] = key
    span = ctx.doc[start:t.i + 1]
    ctx.index.add(Entity(key=key, kind=GROUP, label=label, country=iso3, confidence=0.6),
                  Span(span.start_char, span.end_char, span.text), range(start, t.i + 1))
    _ensure_country(ctx, iso3)
    return key


def _described_key(ctx: _Ctx, t: Token, label: str) -> str:
    """The key of a group the text describes without a name: one actor per document, named after
    the words around its first mention (six on each side, within the sentence) — so a copy or a
    lightly edited version of the story gives the same group, and other stories other groups."""
    sent = t.sent
    window = ctx.doc[max(sent.start, t.i - 6):min(sent.end, t.i + 7)]
    digest = hashlib.sha256(" ".join(window.text.lower().split()).encode("utf-8")).hexdigest()[:10]
    return f"group:~{digest}:{label}"


# prepositions that name a state as where people go, whom they face or border, never whose they are
# (police and officials are of the state they act in: "attacked a police post" after "crossed into Kenya")
AWAY_PREPS = frozenset({"to", "into", "toward", "towards", "with", "against"})


def _foreign_officials(ctx: _Ctx, t: Token) -> bool:
    """Whether described officials are the object of a verb done to another state's officials
    ("expelled two diplomats", "summoned the ambassador", "declared them persona non grata")."""
    return t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" \
        and t.head.lemma_.lower() in ctx.rules.foreign_officials


def _sender_state(ctx: _Ctx, t: Token) -> str | None:
    """The state of whoever sends or deploys armed people or officials that a verb of deployment
    takes as its object ("Kenya sent 400 police officers to Haiti", "France will deploy troops in
    Mali"): the sender's, not the state of the place they go to."""
    verb = t.head
    if t.dep_ != "dobj" or verb.pos_ != "VERB" or not any(
            r.type == "MilitaryDeployment" for r in ctx.rules.verbs.get(verb.lemma_.lower(), ())):
        return None
    for subj in _subjects(verb):
        key = ctx.index.key_of(subj)
        if key and (iso3 := _state_of(ctx.index.entities[key])):
            return iso3
    return None


def _state_in_sentence(ctx: _Ctx, t: Token, official: bool) -> str | None:
    """The state a described group belongs to: the state of the place its sentence names (for
    police and officials, also the nearest state named in the sentence or the one before)."""
    sent = ctx.sents.sent(t.i)
    best: tuple[int, str] | None = None
    for i in range(sent.start, sent.end):
        key = ctx.index.token_key.get(i)
        if not key:
            continue
        ent = ctx.index.entities[key]
        if ent.kind == PLACE and ent.country:
            iso3 = ent.country
        elif ent.kind == COUNTRY and (official or ctx.doc[i].head.dep_ == "prep" and ctx.doc[i].dep_ == "pobj"):
            iso3 = ent.iso3
        else:
            continue
        if not official and ctx.doc[i].dep_ == "pobj" and ctx.doc[i].head.lower_ in AWAY_PREPS:
            continue  # "troops on alert along the border with Syria", "gunmen crossed into Kenya": not their state
        if best is None or abs(i - t.i) < best[0]:
            best = (abs(i - t.i), iso3)
    if best:
        return best[1]
    if official:
        prev = ctx.sents.previous(sent)
        if prev is not None:
            for i in range(prev.end - 1, prev.start - 1, -1):
                key = ctx.index.token_key.get(i)
                if key and key.startswith("country:"):
                    return key.split(":", 1)[1]
    return None


def _titled_person(ctx: _Ctx, token: Token) -> str | None:
    """The person whose role is this title, mentioned most recently before it."""
    from kg.nlp import ATTRS_KEY

    span = ctx.index.titles[token.i]
    title = ctx.doc.user_data.get(ATTRS_KEY, {}).get(span.kb_id_, {}).get("name", span.text).lower()
    best, best_at = None, -1
    for key, ent in ctx.index.entities.items():
        if ent.kind != PERSON or not ent.role or ent.role.lower() != title:
            continue
        for m in ent.mentions:
            if best_at < m.start < token.idx:
                best, best_at = key, m.start
    return best


def pronoun_antecedent(ctx: _Ctx, pron: Token) -> str | None:
    """The nearest fitting actor before a pronoun, in its sentence or the two before;
    subjects first."""
    want = PRONOUNS[pron.lower_]
    sent = ctx.sents.sent(pron.i)
    sentences = [sent]
    s = sent
    for _ in range(2):
        if s.start == 0:
            break
        s = ctx.sents.sent(s.start - 1)
        sentences.append(s)

    bound = _bound_subject(pron)

    def fits(key: str) -> bool:
        ent = ctx.index.entities[key]
        if not ent.is_actor:
            return False
        if want == "person":
            return ent.kind == PERSON
        if want == "thing":
            return ent.kind != PERSON
        return True

    for subjects_only in (True, False):
        for s in sentences:
            end = pron.i if s == sent else s.end
            for i in range(end - 1, s.start - 1, -1):
                key = ctx.index.token_key.get(i)
                tok = ctx.doc[i]
                counted = key is not None and ctx.index.entities[key].label == "people"
                if (key is None or counted) and want == "any" and subjects_only and i not in bound \
                        and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ in SUBJECT_DEPS:
                    # "the protesters claimed that they had attacked ...": people described, not named
                    # (or named by their side: "Ivory Coast rebels")
                    found = actors_of(ctx, tok, 3) + [ctx.index.token_key[p.i] for c in tok.children if c.dep_ == "prep"
                                                      and c.lower_ == "of" for p in c.children
                                                      if p.dep_ == "pobj" and p.i in ctx.index.token_key]
                    # "Hundreds of protesters gathered ...": the protesters, not people only counted
                    key = next((k for k in found if ctx.index.entities[k].label != "people"), found[0] if found else None)
                if key is None or i in bound or not fits(key):
                    continue
                head = tok
                while head.dep_ in ("compound", "flat", "amod") and head.head != head:
                    head = head.head
                if subjects_only and head.dep_ not in SUBJECT_DEPS:
                    continue
                return key
    if want == "person":
        # no person named: one described by a noun of one person ("the governor visited Kano ... he
        # was shot dead", "a man was stabbed ... he died"), the nearest before it, subjects first
        for subjects_only in (True, False):
            for s in sentences:
                end = pron.i if s == sent else s.end
                for i in range(end - 1, s.start - 1, -1):
                    tok = ctx.doc[i]
                    if i in bound or (subjects_only and tok.dep_ not in SUBJECT_DEPS) or not _one_person(ctx, tok):
                        continue
                    found = actors_of(ctx, tok, 3)
                    # "Hundreds of protesters gathered ...": the protesters, not people only counted
                    key = next((k for k in found if ctx.index.entities[k].label != "people"), found[0] if found else None)
                    if key is not None and ctx.index.entities[key].kind != PERSON:
                        return key
    return None


def _one_person(ctx: _Ctx, t: Token) -> bool:
    """Whether a noun describes one person ("the governor", "a man", "the victim"): a singular
    common noun of the group lexicons used for people described (not a body: "the army"), or a
    title ("the defense minister")."""
    if t.pos_ != "NOUN" or t.tag_ != "NN" or ctx.index.key_of(t) and ctx.index.entities[ctx.index.key_of(t)].kind == PERSON:
        return False
    if t.i in ctx.index.titles:
        return True
    return any(form in ctx.rules.groups and form not in ctx.rules.institutions for form in (t.lower_, t.lemma_.lower()))


def _bound_subject(pron: Token) -> set[int]:
    """The tokens a pronoun object cannot stand for: the subject of its own clause ("Trump called
    Erdogan and urged him" — "him" is not Trump; "she told him"), followed up conjoined verbs that
    share it. A possessive or reflexive pronoun may be its subject ("withdrew its troops")."""
    if pron.dep_ not in ("dobj", "dative", "pobj") or pron.lower_ not in ("him", "her", "them", "it"):
        return set()
    verb = pron.head if pron.dep_ != "pobj" else pron.head.head
    for _ in range(3):
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:  # the subject's own words, not a clause hung on it ("Trump, who called Erdogan, ...")
            return {i for s in subjects for i in range(s.left_edge.i, s.i + 1)}
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return set()
        verb = verb.head
    return set()


def _acted_on_by_of(ctx: _Ctx, noun: Token) -> bool:
    """Whether a noun is an act whose "of" names what it is done to ("the bombing of the hotel",
    "the killing of two guards"; the registry's target prepositions of its event types)."""
    rules = ctx.rules.nouns.get(noun.lemma_.lower()) or ctx.rules.nouns.get(noun.lower_) or ()
    return any("of" in ctx.preps(r.type, "target", "NOUN") and "of" not in ctx.preps(r.type, "agent", "NOUN")
               for r in rules)


# the prepositions whose object a verb of ``controlling`` (cues.tsv) moves to act, where it has no
# object: "called on Iraq to withdraw", "appealed to the UN to intervene", "pleaded with rebels"
CONTROL_PREPS = frozenset({"on", "upon", "to", "with"})


def subject_of(ctx: _Ctx, verb: Token, depth: int = 0) -> tuple[list[str], bool]:
    """Actors of a verb's subject and whether they came straight from the parse (not inferred)."""
    if depth > 5:
        return [], False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubj" and not passive:
            found = actors_of(ctx, child)
            if found and _acted_on_by_of(ctx, child):
                # "the bombing of the Marriott Hotel killed 54": what an act is done to is not
                # who does what the act does
                done_to = {k for p in _prep_objects(child, {"of"}) for k in actors_of(ctx, p)}
                found = [k for k in found if k not in done_to]
            direct = child.lower_ not in PRONOUNS
            if not found and verb.lemma_.lower() in ctx.rules.say and child.lemma_.lower() in ctx.rules.documents:
                found = _issuer(ctx, child)  # "a police statement said": the police say it
            if not found and any(r.type == "Attack" for r in ctx.rules.verbs.get(verb.lemma_.lower(), ())) \
                    and any(c.dep_ == "dobj" for c in verb.children):
                # "warplanes bombed the village": those flying them (not "the drone detonated", a munition)
                found = platform_crew(ctx, child)
            if found:
                return found, direct
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found = actors_of(ctx, pobj)
                    if found:
                        return found, True
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return [], False
    speaker = _apposed_speaker(ctx, verb)
    if speaker:
        return speaker, True
    if verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBD", "VBP"):
        # a headline's subject the parser hangs on its verb as a compound: "Turkey bombs Kurdish
        # positions in Iraq" (the first words of the line, an actor)
        first = ctx.sents.sent(verb.i).start
        found = [a for c in verb.children if c.dep_ in ("compound", "nmod", "npadvmod") and c.i < verb.i
                 and c.left_edge.i == first for a in actors_of(ctx, c)]
        if found:
            return found, True
    if verb.pos_ == "NOUN" and verb.lower_ in ctx.rules.verb_forms:
        # a verb the tagger took for a noun reads its subject as a compound before it: "a Jewish
        # settler shot and killed 29 worshipers" (triggers._verb_form)
        # (the one who acts, though the parse makes it no subject: the agent nouns apply)
        found = [a for c in verb.children if c.dep_ == "compound" and c.i < verb.i
                 for a in actors_of(ctx, c) or [k for k in [_described(ctx, c, patient=True)] if k]]
        if found:
            return found, True
    dep, head = verb.dep_, verb.head
    if dep == "xcomp" and head.lemma_.lower() in ctx.rules.raising and any(c.dep_ == "auxpass" for c in head.children) \
            and not passive and not (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)):
        # ("he is believed to have been murdered", "was found murdered": done to him, frames._raised_patients)
        # a raising passive: "Yusufu is believed to have detonated the bomb", "rebels are said to
        # have attacked the town" — the subject of the passive is the one who acts
        for subj in head.children:
            if subj.dep_ == "nsubjpass":
                found = actors_of(ctx, subj)
                if found:
                    return found, True
    if head == verb:
        return [], False
    if dep == "xcomp" and head.dep_ == "acomp":  # "is ready to contribute", "is committed to opening"
        found, _ = subject_of(ctx, head.head, depth + 1)
        return found, False
    if dep == "xcomp" and head.lemma_.lower() in ctx.rules.controlling:
        # the object of the verb it completes does it: "forced dozens of residents to flee",
        # "prompted their colleagues to open fire", "urged Iran to stop" (not "summoned the
        # ambassador to complain", "promised Iraq to withdraw": the subject does that)
        found = [a for c in head.children if c.dep_ == "dobj" for a in actors_of(ctx, c)]
        if not any(c.dep_ == "dobj" for c in head.children):
            # ... or the one it is called on or appealed to, where it has no object: "called on
            # Iraq to withdraw", "appealed to the UN to intervene", "pleaded with rebels to disarm"
            found = [a for c in head.children if c.dep_ == "prep" and c.lower_ in CONTROL_PREPS
                     for p in c.children if p.dep_ == "pobj" for a in actors_of(ctx, p)]
        if found:
            return found, False
    if dep in ("xcomp", "advcl") and head.lemma_.lower() in ctx.rules.preventing:
        return [], False  # "police foiled a plot to bomb the embassy": the police would not have bombed it
    if dep == "conj" and head.pos_ == "NOUN" and head.dep_ == "dobj" and verb.pos_ == "VERB" and head.head.pos_ == "VERB":
        # a verb the parser joined to the object of the verb before it: "women are taking on water
        # cannons and marching on the streets" — that verb's subject does both
        found, _ = subject_of(ctx, head.head, depth + 1)
        return found, False
    if dep == "dep" and head.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == verb.tag_:
        # a verb of the same tense the parser left unattached after the verb before it: "supporters
        # held a vigil, then marched back to the square"
        found, _ = subject_of(ctx, head, depth + 1)
        return found, False
    if dep == "conj" and passive:
        # a passive joined to a verb before it does not share that verb's subject as its agent:
        # "47 Iraqis died and over 120 were injured" (the parse gives "injured" no subject of its
        # own), "rebels attacked the town and were repelled"
        return [], False
    if dep in ("acl", "relcl") and head.lemma_.lower() in ctx.rules.pact_nouns and head.dep_ == "dobj" \
            and head.head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "Poland signed a contract to buy helicopters": who signs the pact does what it is to do
        found, _ = subject_of(ctx, head.head, depth + 1)
        return found, False
    if dep in ("xcomp", "conj") or (dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "agreed to cooperate", "met and agreed", "shunned work to protest"
        found, _ = subject_of(ctx, head, depth + 1)
        return found, False
    if dep == "pcomp" and head.dep_ == "prep":
        owner = head.head
        if owner.pos_ in ("VERB", "AUX") and (head.lower_ in ("for", "of") or head.lower_ in ("from", "against")
                                              and owner.lemma_.lower() in ctx.rules.deterring):
            # "condemned Tsarnaev for attacking citizens", "accused Russia of shelling the town":
            # the one condemned or accused did it (one the text does not name is no one else:
            # "police prevented them from attacking the embassy" is not the police's attack)
            found = [a for c in owner.children if c.dep_ == "dobj" for a in actors_of(ctx, c)]
            if found or any(c.dep_ == "dobj" and c.lower_ in PRONOUNS for c in owner.children):
                return found, False
        if owner.pos_ == "ADJ" and owner.dep_ in ("acomp", "oprd") and any(c.dep_ == "auxpass" for c in owner.head.children):
            # "Tsarnaev was found guilty of killing three people"
            found = [a for c in owner.head.children if c.dep_ == "nsubjpass" for a in actors_of(ctx, c)]
            if found:
                return found, False
        if owner.pos_ in ("VERB", "AUX"):
            if owner.lemma_ in ("accuse", "suspect", "charge") and not any(c.dep_ in SUBJECT_DEPS for c in owner.children):
                return _before_comma(ctx, owner), False
            found, _ = subject_of(ctx, owner, depth + 1)
            if not found and verb.tag_ == "VBG" and head.lower_ in ctx.rules.while_marks:
                found = _passive_doer(ctx, owner)  # "the pilot was captured after bombing rebel positions"
            return found, False
        if owner.pos_ == "ADJ" and owner.dep_ == "acomp":  # "are guilty of violating the ceasefire"
            found, _ = subject_of(ctx, owner.head, depth + 1)
            return found, False
        if owner.dep_ == "dobj" and head.lower_ in ("of", "for") and owner.head.pos_ in ("VERB", "AUX"):
            # the parser hangs the "of" on the one accused: "India accused militants of attacking
            # the convoy", "condemned the rebels for shelling the town": they did it
            found = actors_of(ctx, owner)
            if found:
                return found, False
        if owner.dep_ in ("dobj", "pobj", "attr") and owner.head.pos_ in ("VERB", "AUX"):
            found, _ = subject_of(ctx, owner.head, depth + 1)
            return found, False
        if owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            found, _ = subject_of(ctx, owner.head.head, depth + 1) if owner.head.head.pos_ in ("VERB", "AUX") else ([], False)
            return found, False
    if dep == "acl" and head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ in ("VERB", "AUX") \
            and head.lemma_.lower() in ctx.rules.purpose_nouns and not any(c.dep_ == "poss" for c in head.children) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # a purpose after "in": "in order to protest the hike, the BJP called a strike", "attacked
        # the base in a bid to seize weapons" — the doer of the clause it is told in does it
        found, _ = subject_of(ctx, head.head.head, depth + 1)
        return found, False
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        found = actors_of(ctx, head)
        if not found and head.lemma_.lower() in ctx.rules.intending and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # the holder of a decision, plan or attempt does what it is to do: its possessor
            # ("Russia's decision to invade Ukraine"), its "by" ("a bid by the rebels to take the
            # town"), or the subject of a light verb it is the object of ("Turkey announced plans
            # to invade", "the rebels made an attempt to storm the base")
            found = [a for c in head.children if c.dep_ == "poss" for a in actors_of(ctx, c)] or [
                a for p in head.children if p.dep_ == "prep" and p.lower_ == "by"
                for c in p.children if c.dep_ == "pobj" for a in actors_of(ctx, c)]
            if not found and head.dep_ == "dobj" and head.head.pos_ == "VERB" \
                    and head.head.lemma_.lower() in ctx.rules.support:
                found, _ = subject_of(ctx, head.head, depth + 1)
        if not found and verb.tag_ == "VBG" and head.dep_ in ("dobj", "attr") and head.head.pos_ == "VERB":
            found, _ = subject_of(ctx, head.head, depth + 1)  # "issued a declaration demanding ..."
        if found:
            return found, False
    if verb.tag_ == "VBG" and dep == "advcl" and _subjects(head):
        # a participle clause acts with its sentence's subject: "Israeli jets struck Gaza, killing
        # 10" (the jets, not Gaza); "an earthquake hit Iran, killing 10" (no actor at all)
        found, _ = subject_of(ctx, head, depth + 1)
        if not found and any(c.dep_ == "mark" and c.lower_ in ctx.rules.while_marks for c in verb.children):
            found = _passive_doer(ctx, head)
        return found, False
    if dep == "acl" and verb.tag_ == "VBN":
        found = counted_among(ctx, head)  # "a police officer was among those killed"
        if found:
            return found, False
    if verb.tag_ in ("VBN", "VBG") and dep in ("dep", "acl", "advcl"):
        return _before_comma(ctx, verb), False
    return [], False


def _passive_doer(ctx: _Ctx, verb: Token) -> list[str]:
    """Who does a participle told as what a passive's subject was doing when the passive's act
    was done to it ("three policemen were killed while raiding a hideout", "the pilot was
    captured after bombing rebel positions", "the jet was shot down while pounding Taliban
    positions": those flying it): that subject, where the passive names no doer of its own (not
    "Gaza was struck by jets, killing 10"; and an active clause's subject does it already)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    return [a for s in _subjects(verb) if s.dep_ == "nsubjpass" for a in actors_of(ctx, s) or platform_crew(ctx, s)]


def platform_crew(ctx: _Ctx, t: Token) -> list[str]:
    """The armed people a platform that acts stands for ("warplanes bombed the village", "drones
    struck a convoy", "helicopter gunships attacked"): a described ``gev:ArmedForce`` of its
    document, of no side (the text gives none: "Israeli warplanes" are Israel's, actors_of), named
    by the platform's words; the platform stays the act's weapon. Only for the classes of
    ``platform`` in cues.tsv (a missile or a bomb that hits is no one who acts)."""
    key = ctx.index.key_of(t)
    ent = ctx.index.entities.get(key) if key else None
    if ent is None or ent.kind != WEAPON or ent.weapon_class not in ctx.rules.platforms \
            or ctx.in_junk(t.idx, t.idx + len(t.text)):
        return []
    named = [c for c in t.children if c.dep_ == "appos" and (k := ctx.index.key_of(c)) and ctx.index.entities[k].kind == WEAPON]
    if named:
        return platform_crew(ctx, named[0])  # "the destroyer USS Carney": the named ship's
    owners = [a for c in t.children if c.dep_ == "poss" for a in actors_of(ctx, c)]
    if owners:
        return owners  # "Russia denied that its jets had bombed the hospital": Russia's
    if ent.country and ent.weapon_class == "warship" and (prefix := ent.label.split()[0]).isupper() and 2 <= len(prefix) <= 5:
        # a warship named with its navy's prefix ("the HMS Diamond shot down a drone"): that navy
        from kg.extract.entities import _adjective
        from kg.nlp import ATTRS_KEY

        # (the ship's name a mention of it whether or not the text named the navy before, so that a
        # document read in pieces has the graph of the whole; no name of the navy's)
        navy = f"group:{ent.country}:navy"
        adjective = _adjective(ctx.doc.user_data.get(ATTRS_KEY, {}), ent.country)
        known = ctx.index.add(Entity(key=navy, kind=ARMED_FORCE, label=f"{adjective} navy", country=ent.country, confidence=0.6),
                              Span(t.idx, t.idx + len(t.text), t.text), range(0))
        known.alt_labels.discard(t.text)
        _ensure_country(ctx, ent.country)
        return [navy]
    start = end = t.i
    while start > t.sent.start and ctx.index.token_key.get(start - 1) == key:
        start -= 1
    while end + 1 < t.sent.end and ctx.index.token_key.get(end + 1) == key:
        end += 1
    span = ctx.doc[start:end + 1]
    label = span.text.lower()
    crew = ctx.described.get(label) or _described_key(ctx, t, label)
    ctx.described[label] = crew
    ctx.index.add(Entity(key=crew, kind=ARMED_FORCE, label=label, confidence=0.6),
                  Span(span.start_char, span.end_char, span.text), range(0))
    return [crew]


def counted_among(ctx: _Ctx, group: Token) -> list[str]:
    """The actors a clause counts among a group: "a police officer was among those killed",
    "two Britons were among those injured" — of the subject of the verb "among" hangs on."""
    prep = group.head
    if group.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("among", "amongst") \
            or prep.head.pos_ not in ("AUX", "VERB"):
        return []
    return [a for s in prep.head.children if s.dep_ == "nsubj" for a in actors_of(ctx, s)]


def _issuer(ctx: _Ctx, document: Token) -> list[str]:
    """Who issued a statement, report or letter, as its own phrase says: the body before it ("a
    police statement", "the ministry's statement", "an army communique"), after "by" or "from"
    ("a statement from the Free Syrian Army") or as the agent of its issuing ("a statement issued
    by the council"); none where it names none ("the report said")."""
    out: list[str] = []
    for c in document.children:
        if c.dep_ in ("compound", "nmod", "poss") and c.i < document.i:
            out += actors_of(ctx, c) or [k for k in [_described(ctx, c, modifier=True)] if k]
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            out += [a for p in c.children if p.dep_ == "pobj" for a in actors_of(ctx, p)]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            out += [a for ag in c.children if ag.dep_ == "agent" for p in ag.children if p.dep_ == "pobj"
                    for a in actors_of(ctx, p)]
    return list(dict.fromkeys(out))


def _apposed_speaker(ctx: _Ctx, verb: Token) -> list[str]:
    """The person named with their office just before a verb of saying the parser gave no subject
    (it hung the name on the phrase before): "..., Khalid Pashtoon, a spokesman for the Kandahar
    governor, told The Associated Press", "..., Abdul-Ghani Ali, an official with the group said"."""
    if verb.lemma_.lower() not in ctx.rules.say or verb.i < 2:
        return []
    i = verb.i - 1
    if ctx.doc[i].text == ",":
        i -= 1
    t = ctx.doc[i]
    # up from the phrase's last word to the office it ends ("governor" of "for" of "spokesman")
    for _ in range(6):
        if t.dep_ == "appos" or t.head == t or t.head.i > verb.i:
            break
        t = t.head
    if t.dep_ != "appos" or t.right_edge.i != i or t.head.i >= t.i:
        return []
    found = actors_of(ctx, t.head, alone=True)
    return [k for k in found if ctx.index.entities[k].kind == PERSON][:1]


def _before_comma(ctx: _Ctx, verb: Token) -> list[str]:
    """"North Korea, already accused of sending ...": the actor just before the comma that opens a
    participle phrase."""
    i = verb.i - 1
    sent_start = ctx.sents.sent(verb.i).start
    while i >= sent_start and ctx.doc[i].pos_ == "ADV":
        i -= 1
    if i < sent_start or ctx.doc[i].text != ",":
        return []
    i -= 1
    key = ctx.index.token_key.get(i)
    if key and ctx.index.entities[key].is_actor:
        return [key]
    return []


def _site_named_act(ctx: _Ctx, noun: Token, key: str) -> bool:
    """Whether a name before an attack noun is the site it happened at, whatever the model made of
    it ("the Manchester Arena bombing", "the Westgate Mall attack": a name ending in a site word,
    which the model may take for an organisation or a person), and so no doer of it."""
    words = ctx.index.entities[key].label.lower().split()
    acts = ctx.rules.nouns.get(noun.lemma_.lower()) or ctx.rules.nouns.get(noun.lower_) or ()
    return len(words) > 1 and words[-1] in ctx.rules.sites and ctx.index.entities[key].kind in (ORGANIZATION, PERSON) \
        and any(a.type in ctx.types.weapons for a in acts)


def noun_event_agents(ctx: _Ctx, noun: Token, etype: str | None = None) -> list[str]:
    """Who does what an event noun names: "the launch by North Korea", "Pyongyang's test",
    "the North Korean launch", "US strikes"; of a type whose named state or place before its noun
    is where it happens (``etype`` in the registry's ``state_name_place``), not that name: "the
    Kenya protests" are no doing of Kenya (:func:`kg.extract.setting.named_before`)."""
    out: list[str] = []
    by_phrases = [c for c in noun.children if c.dep_ == "prep"]
    # "the launch of an intercontinental missile by North Korea"
    for of in [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]:
        for pobj in of.children:
            by_phrases += [c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"]
    # "the policy imposed by the Trump administration", "the proposal submitted by the port"; not
    # who saw, told, judged or remembered the act ("the attack, condemned by the United Nations")
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() not in ctx.rules.witnessing:
            by_phrases += [c for c in acl.children if c.dep_ == "agent"]
    for child in by_phrases:
        if child.lower_ in ("by", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out += actors_of(ctx, pobj)
    for child in noun.children:
        if child.dep_ == "prep":
            continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out += actors_of(ctx, pobj)
        elif child.dep_ == "poss":
            out += actors_of(ctx, child)
        elif child.dep_ in ("nsubj", "nummod") and noun.dep_ == "ROOT" and child.i < noun.i and child.pos_ == "NOUN":
            # a headline's verb the tagger took for a noun: "Thousands rally in Tbilisi", "Hundreds
            # march in Paris" (the count word its subject)
            out += actors_of(ctx, child)
        elif child.dep_ in ("amod", "compound", "nmod"):
            if _stance_prefixed(ctx, child):
                continue  # "an anti-government rally", "anti-American protests": what it is against or for, no doer
            if child.i in ctx.index.demonym_at:
                iso3 = ctx.index.demonym_at[child.i]
                _ensure_country(ctx, iso3)
                if etype in ctx.types.state_name_place:
                    # "Saudi protests": the state's people do it, not the state (gev:stateNameIsPlace)
                    out += [k for k in [_state_people(ctx, child, iso3)] if k]
                else:
                    out.append(f"country:{iso3}")
            else:
                key = ctx.index.key_of(child)
                if key and etype in ctx.types.state_name_place and child.dep_ in ("compound", "nmod") \
                        and ctx.index.entities[key].kind in (COUNTRY, PLACE):
                    continue  # "the Kenya protests": where, not who
                if explosion_state(ctx, noun, child):
                    continue  # "37 killed in Pakistan blast": an explosion names where it went off, no doer
                if key and ctx.index.entities[key].is_actor and not _site_named_act(ctx, noun, key):
                    out.append(key)
                elif key and ctx.index.entities[key].kind == WEAPON:  # "US Predator attacks"
                    out += noun_event_agents(ctx, child)
                elif key is None and child.dep_ == "compound" and _led_by(ctx, child):
                    # "US-led coalition air strikes": the coalition the state leads
                    out += [k for k in [_described(ctx, child, modifier=True)] if k]
    return list(dict.fromkeys(out))


def explosion_state(ctx: _Ctx, noun: Token, child: Token) -> bool:
    """Whether ``child`` is a state's name before a noun of an explosion (cue class explosion_noun):
    where it went off, no doer ("37 killed in Pakistan blast"); read for its agents and its place."""
    key = ctx.index.key_of(child)
    return bool(key) and child.dep_ in ("compound", "nmod") and ctx.index.entities[key].kind == COUNTRY \
        and noun.lemma_.lower() in ctx.rules.explosion_nouns


def _stance_prefixed(ctx: _Ctx, word: Token) -> bool:
    """Whether a modifier is written after a prefix of stance and a hyphen ("anti-government",
    "pro-Russian": the stance_prefix cue): it names what an act is against or for, not who does it."""
    return word.i >= 2 and ctx.doc[word.i - 1].text == "-" and ctx.doc[word.i - 2].lower_ in ctx.rules.stance_prefixes


def opposed_by_prefix(ctx: _Ctx, noun: Token) -> list[str]:
    """Whom an act its noun names is against, by a modifier after a prefix of opposition and a
    hyphen (the against_prefix cue: "anti-American protests", "an anti-government rally")."""
    out: list[str] = []
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nmod") or not _stance_prefixed(ctx, child) \
                or ctx.doc[child.i - 2].lower_ not in ctx.rules.against_prefixes:
            continue
        if child.i in ctx.index.demonym_at:
            _ensure_country(ctx, ctx.index.demonym_at[child.i])
            out.append(f"country:{ctx.index.demonym_at[child.i]}")
        else:
            out += actors_of(ctx, child, alone=True)
    return list(dict.fromkeys(out))


def _state_people(ctx: _Ctx, demonym: Token, iso3: str) -> str | None:
    """The people of a state its adjective names before the noun of an act its people do, not the
    state ("Saudi protests", gev:stateNameIsPlace): a group of that state, named as the state's
    doers of the act are (the group of the first protesting cue word that groups.tsv lists)."""
    if ctx.in_junk(demonym.idx, demonym.idx + len(demonym.text)):
        return None
    group = next((ctx.rules.groups[w][0] for w in sorted(ctx.rules.protesting) if w in ctx.rules.groups), None)
    if group is None:
        return None
    label = f"{demonym.text} {group}"
    key = ctx.described.get(label) or _described_key(ctx, demonym, label)
    ctx.described[label] = key
    ctx.index.add(Entity(key=key, kind=GROUP, label=label, country=iso3, confidence=0.6),
                  Span(demonym.idx, demonym.idx + len(demonym.text), demonym.text), range(demonym.i, demonym.i + 1))
    return key


def attempt_head(noun: Token) -> Token:
    """The noun an act's noun is tried or plotted in, where it is its compound ("an assassination
    attempt", "a bomb plot", "a coup bid"): the clause around that noun tells who did it and to
    whom; else the act's noun itself."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.lemma_.lower() in ("attempt", "plot", "bid"):
        return noun.head
    return noun


def culprit(ctx: _Ctx, noun: Token) -> list[str]:
    """Who did the act an event noun names, where the clause holds someone to account for it:
    "Los Zetas has been responsible for mass killings", "Tsarnaev was found guilty in the
    shooting", "the court convicted him of the bombing", "Russia blamed Ukraine for the attack"."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head  # "killings and beheadings"
    noun = attempt_head(noun)  # "involved in the failed assassination attempt"
    # "an attack blamed on Islamist militants", "this attack attributed to a Pygmy militia": a
    # participle laying the act on someone, hung on the noun
    laid = [a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ctx.rules.laid_on
            for p in _prep_objects(c, {"on", "to"}) for a in actors_of(ctx, p)]
    if laid:
        return list(dict.fromkeys(laid))
    verb = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.rules.laid_on:
        # "the attack was blamed on al-Shabab", "police attributed the bombing to the gang"
        # (the parser may hang "on X" on the noun, or on the target's phrase: "blamed the bombing
        # on the Taliban", "blamed the attack on the embassy on the Taliban": the last in the chain)
        laid = _prep_objects(verb, {"on", "to"})
        if not laid:
            chain, t = [], noun
            while len(chain) < 4 and (nxt := _prep_objects(t, {"on", "to"})):
                chain.append(t := nxt[-1])
            laid = chain[-1:]
        return [a for p in laid for a in actors_of(ctx, p)]
    if noun.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        # "the bombing was the work of Uighur separatists"
        return [a for w in verb.children if w.dep_ == "attr" and w.lemma_.lower() in ("work", "handiwork")
                for p in _prep_objects(w, {"of"}) for a in actors_of(ctx, p)]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("for", "of", "in", "with", "over", "behind"):
        return []
    owner = prep.head
    if prep.lower_ == "in" and owner.pos_ == "NOUN" and owner.lemma_.lower() in ctx.rules.part_in:
        # "his role in the bombing", "Russia's involvement in the attack": whose part it is
        return [a for c in owner.children if c.dep_ == "poss" for a in actors_of(ctx, c)]
    if prep.lower_ in ("of", "in") and owner.pos_ == "NOUN" and owner.lemma_.lower() in ctx.rules.doers:
        # "the perpetrators of the attack", "the mastermind of the bombing", "the gunman in the shooting"
        return actors_of(ctx, owner)
    if prep.lower_ == "behind":  # "the gang was behind the bombing", "who was behind the attack"
        if owner.pos_ in ("NOUN", "PROPN"):  # "the bomber behind the Manchester bombing", "the group behind the attacks"
            return actors_of(ctx, owner)
        return [a for s in _subjects(owner) for a in actors_of(ctx, s)] if owner.lemma_.lower() == "be" else []
    if owner.pos_ == "ADJ" and owner.lemma_.lower() in ctx.rules.culpable:
        return [a for s in _subjects(owner.head) for a in actors_of(ctx, s)]
    if owner.pos_ != "VERB":
        return []
    if owner.lower_ in ctx.rules.culpable and noun.head.lower_ == "in":  # "34 people are involved in the attempt"
        return [a for s in _subjects(owner) for a in actors_of(ctx, s)]
    if prep.lower_ == "in" and (owner.lemma_.lower() in ctx.rules.part_in or any(
            c.dep_ == "dobj" and c.lemma_.lower() in ctx.rules.part_in for c in owner.children)):
        # "5,000 people took part in a march", "played a role in the attack", "participated in the protest"
        return [a for s in _subjects(owner) for a in actors_of(ctx, s)]
    if any(c.dep_ in ("oprd", "acomp") and c.lemma_.lower() in ctx.rules.culpable for c in owner.children):
        return [a for s in _subjects(owner) for a in actors_of(ctx, s)]  # "was found guilty in"
    if owner.lemma_.lower() in ctx.rules.blaming:
        held = [c for c in owner.children if c.dep_ == "dobj"] or [s for s in _subjects(owner) if s.dep_ == "nsubjpass"]
        return [a for c in held for a in actors_of(ctx, c)]
    return []


def _affected(ctx: _Ctx, token: Token, etype: str, taken: bool = False) -> list[str]:
    """The actors a phrase names — or, for an act aimed at what someone did or has ("denounced
    Serbia's suppression of ...", "protest against Sweden's decision", "threatened action against
    Russia"), whoever that is; for a measure, whom it is imposed on ("lifted its embargo against
    Libya"); for an act on a place, the people there (:func:`population`) — unless the place is
    ``taken`` ("retook Palmyra", "entered Kismayo": it changes hands, and only its holder, where
    its phrase names one, is acted on: "the rebel-held town")."""
    if etype in ctx.types.aimed and etype not in ctx.types.weapons and token.pos_ == "NOUN" \
            and (ctx.rules.nouns.get(token.lemma_.lower()) or token.lemma_.lower() in ctx.rules.act_nouns):
        # a word or deed aimed at an act the phrase names with its doer is aimed at the doer, not
        # at whom the act was done to: "condemned Israel's killing of civilians", "denounced the
        # killing of protesters by police"
        doers = noun_event_agents(ctx, token)
        if doers:
            return doers
    found = _people_of_a_state(ctx, token, etype) or actors_of(ctx, token) or patients_of(ctx, token, etype)
    if etype in ctx.types.aimed and etype in ctx.types.weapons and token.pos_ == "NOUN" and token.i in ctx.index.titles \
            and all(ctx.index.entities[k].kind == COUNTRY for k in found if k in ctx.index.entities):
        # an office holder the text does not name is the official it describes: "the attack on the
        # governor", "an attack on the president of Venezuela" (beside the state of the office)
        official = _described(ctx, token, patient=True)
        found = ([official] if official else []) + [k for k in found if k != official]
    if not found and etype in ctx.types.aimed and etype in ctx.types.weapons and token.pos_ == "NOUN" \
            and token.lemma_.lower() not in ctx.rules.act_nouns:
        # "attacked a military base", "shelled the rebel-held town" — not an act's maker ("threatened
        # military action": the military is no target)
        found = _owner(ctx, token)
    if not found and etype in ctx.types.place_target and not taken:
        found = population(ctx, token)  # "shelled Haifa", "imposed a curfew on Basra"
    if not found and etype not in ctx.types.aimed and token.pos_ == "NOUN" and ctx.preps(etype, "imposedOn", "NOUN"):
        # a measure on people by a type aimed at no act: "imposed a curfew on Basra", "a blockade on Gaza"
        return _imposed_on(ctx, token, etype)
    if found or etype not in ctx.types.aimed or token.pos_ not in ("NOUN", "PRON", "DET"):
        return found
    if ctx.preps(etype, "imposedOn", "NOUN"):
        # the measure's own preposition names whom it is for, before whose measure it is ("its
        # embargo against Libya" is aimed at Libya)
        found = _imposed_on(ctx, token, etype)
        if found:
            return found
    if token.pos_ != "NOUN":
        return found
    found = noun_event_agents(ctx, token)
    if not found:
        # an act aimed at another act: whom that act is with or goes to, by its own type's roles
        # ("rejected any cooperation with the ICC", "supported economic assistance to the
        # Palestinians"; not whom it is done to: condemning an attack on soldiers is no act on them)
        acts = ctx.rules.nouns.get(token.lemma_.lower()) or ctx.rules.nouns.get(token.lower_) or ()
        preps = {p for act in acts for role in ("participant", "recipient") for p in ctx.preps(act.type, role, "NOUN")}
        found = [a for p in _prep_objects(token, preps) for a in actors_of(ctx, p)]
    if not found:  # "action against Russia", "suspended aid to Myanmar", "links with Serbia"
        # (a measure's own prepositions were tried above, by :func:`_imposed_on`)
        for pobj in _prep_objects(token, {"against", "on"}):
            found += actors_of(ctx, pobj)
    return found


def patients_of(ctx: _Ctx, token: Token, etype: str) -> list[str]:
    """People described as what a directed act that bears no weapons is done to, also by the
    Phoenix agent nouns ("released at least 19 Christians", "Italian fishermen have been freed",
    "banned national newspapers"); never for an attack, whose objects they would make of places
    ("bombed a hospital")."""
    if etype not in ctx.types.directed or etype in ctx.types.weapons or token.pos_ != "NOUN":
        return []
    return [k for t in [token, *token.conjuncts] for k in [_described(ctx, t, patient=True)] if k]


def _people_of_a_state(ctx: _Ctx, token: Token, etype: str) -> list[str]:
    """People of a state described as what such an act is done to are those people, of that state,
    not the state ("Italian fishermen have been freed", "detained two British journalists")."""
    if ctx.index.key_of(token) is not None or not any(
            c.dep_ in ("amod", "compound") and c.i in ctx.index.demonym_at for c in token.children):
        return []
    return patients_of(ctx, token, etype)


def _imposed_on(ctx: _Ctx, noun: Token, etype: str, depth: int = 0) -> list[str]:
    """Whom a measure a noun names is imposed on, lifted from or withdrawn from, by its own
    prepositions or a participle's ("sanctions imposed on India and Pakistan"), also through a
    share of it ("part of a military aid program for Bosnia"); the prepositions are its type's
    ``imposedOn`` role in the registry ("sanctions against Iran", "curbs on Namibia", "aid to
    Myanmar", "links with Serbia", "aid donations for Sarajevo", "its withdrawal from Iraq")."""
    preps = ctx.preps(etype, "imposedOn", "NOUN")
    heads = [noun, *noun.conjuncts]
    heads += [c for h in heads for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    found: list[str] = []
    for h in heads:
        for prep in (c for c in h.children if c.dep_ in ("prep", "dative")):
            # "curbs to and from North Korea": the object hangs on the last of the prepositions
            for p in [prep, *prep.conjuncts]:
                if prep.lower_ in preps or p.lower_ in preps:
                    for pobj in (o for o in p.children if o.dep_ == "pobj"):
                        found += actors_of(ctx, pobj) or (population(ctx, pobj) if etype in ctx.types.place_target else [])
    if not found and depth < 2 and noun.lower_ in ctx.rules.share_nouns:
        for pobj in _prep_objects(noun, {"of"}):
            found += _imposed_on(ctx, pobj, etype, depth + 1)
    return list(dict.fromkeys(found))


def _area_noun(ctx: _Ctx, t: Token) -> bool:
    rules, lemma = ctx.rules, t.lemma_.lower()
    return lemma in rules.regions or lemma in rules.towns or lemma in rules.area_parts or lemma in rules.share_nouns


def population(ctx: _Ctx, token: Token, depth: int = 0) -> list[str]:
    """The people of a place a phrase names, as what an act is done to ("a curfew in Kashmir",
    "shelled Haifa", "in parts of the western city of Ahmedabad"): a state is itself; another place
    a ``gev:Group`` "people of X" of the place's country, mentioned where the place is named (the
    place stays the place: its tokens are not claimed). None for what is no place."""
    out: list[str] = []
    for t in [token, *token.conjuncts]:
        key = ctx.index.key_of(t)
        if key is None:
            # a region, a town or a part of a place: "parts of Kashmir", "the disputed territory of
            # Kashmir", "the town of Gorazde" (the cue classes region, town and area_part)
            if depth < 2 and t.pos_ in ("NOUN", "PRON", "DET") and _area_noun(ctx, t):
                out += [k for p in _prep_objects(t, {"of", "in"}) for k in population(ctx, p, depth + 1)]
            continue
        ent = ctx.index.entities[key]
        if ent.kind == COUNTRY:
            out.append(key)
            continue
        if ent.kind != PLACE:
            continue
        mention = next((m for m in ent.mentions if m.start <= t.idx < m.end), None)
        out += people_of(ctx, key, mention)
    return list(dict.fromkeys(out))


def people_of(ctx: _Ctx, key: str, mention: Span | None) -> list[str]:
    """The people of one place, named where ``mention`` names the place: a state is itself; another
    place a ``gev:Group`` "people of X" of the place's country. None for a mention in junk."""
    ent = ctx.index.entities[key]
    if ent.kind == COUNTRY:
        return [key]
    if ent.kind != PLACE or mention is None or ctx.in_junk(mention.start, mention.end):
        return []
    label = f"people of {ent.label}"
    gkey = f"group:{ent.country}:{label}" if ent.country else f"group:{label}"
    if key.startswith("site:~"):  # a site described in one document: its people are of that document
        gkey = f"group:{key[len('site:'):].split(':', 1)[0]}:{label}"
    group = ctx.index.entities.get(gkey)
    if group is None:
        group = ctx.index.entities[gkey] = Entity(key=gkey, kind=GROUP, label=label, country=ent.country,
                                                  confidence=0.6)
    if (gkey, mention.start, mention.end) not in ctx.index.seen:
        ctx.index.seen.add((gkey, mention.start, mention.end))
        group.mentions.append(mention)
    if ent.country:
        _ensure_country(ctx, ent.country)
    return [gkey]


def _owner(ctx: _Ctx, noun: Token, depth: int = 0) -> list[str]:
    """Whose a place or thing under attack is, where its own phrase says: the body its modifier
    names ("a military base", "an army patrol", "the police headquarters", "a civilian convoy")
    or its holder ("the rebel-held enclave", "ISIS-controlled Mosul")."""
    out: list[str] = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("compound", "amod", "nmod"):
            continue
        if child.i in ctx.index.demonym_at and child.dep_ in ("amod", "compound"):
            # a thing of a state: "Armenian state websites", "an Afghan army base" — that state
            iso3 = ctx.index.demonym_at[child.i]
            _ensure_country(ctx, iso3)
            out.append(f"country:{iso3}")
        elif child.tag_ == "VBN" and child.lemma_.lower() in ctx.rules.holding:
            for holder in child.children:
                if holder.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj") and holder.i < child.i:
                    out += actors_of(ctx, holder) or [k for k in [_described(ctx, holder, modifier=True)] if k]
        elif not ctx.index.key_of(child):
            described = _described(ctx, child, modifier=True)
            if described:
                out.append(described)
    if not out and depth < 2:  # "a number of Armenian websites", "part of an army base"
        for pobj in _prep_objects(noun, {"of"}):
            out += actors_of(ctx, pobj) or _owner(ctx, pobj, depth + 1)
    return list(dict.fromkeys(out))


def harmed(ctx: _Ctx, noun: Token) -> list[str]:
    """Who an attack a noun names harmed, as the clause around it says: "22 people were killed in
    the attack", "the youngest person killed in the bombing", "the victims of the attack",
    "explosions killed four people and wounded 24"."""
    out: list[str] = []
    noun = measured(noun, ctx.rules.measures)  # "a wave of attacks hit ...", "a total of 563 strikes targeted ..."
    noun = attempt_head(noun)  # "survived an assassination attempt"
    head = noun.head
    # the one who survived it, escaped it or was unharmed in it was its target: "the president
    # survived an assassination attempt", "Ghani was unharmed in the attack", "escaped unhurt from
    # the bombing"
    survivor = head if noun.dep_ == "dobj" else head.head if noun.dep_ == "pobj" and head.lower_ in ("in", "from", "during") else None
    if survivor is not None and survivor.lemma_.lower() in ctx.rules.surviving:
        verb = survivor.head if survivor.pos_ == "ADJ" and survivor.dep_ in ("acomp", "oprd", "dobj") else survivor
        if survivor.pos_ != "ADJ" or verb != survivor:
            out += [a for s in _subjects(verb) if s.dep_ in ("nsubj", "nsubjpass") for a in actors_of(ctx, s)]

    def harms(verb: Token) -> bool:
        return _harms(ctx, verb)

    if noun.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.lemma_.lower() == "lose" \
            and any(c.dep_ == "dobj" and c.lower_ in ctx.rules.maimed for c in head.head.children):
        # "a woman who lost a leg in the bombing": the one who lost it
        out += [a for s in _subjects(head.head) for a in actors_of(ctx, s)]
    elif noun.dep_ == "pobj" and head.lower_ in ("in", "by", "during") and harms(head.head):
        verb = head.head
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the youngest person killed in the bombing"
            out += actors_of(ctx, verb.head) or counted_among(ctx, verb.head)  # "was among those killed in"
        else:
            for v in [verb, *verb.conjuncts]:
                passive = v.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in v.children)
                out += [a for s in _subjects(v) if s.dep_ == "nsubjpass" or passive for a in actors_of(ctx, s)]
    elif noun.dep_ == "pobj" and head.lower_ in ("of", "in") and head.head.lemma_.lower() in ctx.rules.victims:
        out += actors_of(ctx, head.head)  # "the victims of the attack", "treated victims in the attack"
        out += counted_among(ctx, head.head)  # "three children were among the victims of the attack"
    elif noun.dep_ == "pobj" and head.lower_ in ("in", "from") and head.head.pos_ in ("AUX", "VERB") \
            and any(p.lower_ in ctx.rules.toll_words or p.lemma_.lower() in ctx.rules.victims
                    for p in _prep_objects(head.head, {"among", "amongst"})):
        # "two journalists were among the dead in the blast": the parser hangs both on "were"
        out += [a for p in _prep_objects(head.head, {"among", "amongst"}) for a in counted_among(ctx, p)]
    elif noun.dep_ == "pobj" and head.lower_ in ("in", "from") and head.head.pos_ == "VERB":
        # "doctors who treated victims in the marathon attack": the parser hangs "in the attack" on
        # the verb whose object the victims are
        out += [a for c in head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in ctx.rules.victims
                for a in actors_of(ctx, c)]
    elif noun.dep_ == "nsubj" and harms(head):
        for v in [head, *head.conjuncts]:
            out += [a for c in v.children if c.dep_ == "dobj" for a in actors_of(ctx, c)]
    elif noun.dep_ == "nsubj" and head.lemma_.lower() in ctx.rules.aiming:  # "the attack targeted a checkpoint"
        out += [a for c in head.children if c.dep_ == "dobj" for a in actors_of(ctx, c) or _owner(ctx, c)]
    # "attacks targeting emergency responders", "bombings targeted at the Russian military"
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ctx.rules.aiming:
            out += [a for c in acl.children if c.dep_ == "dobj" for a in actors_of(ctx, c) or _owner(ctx, c)]
            out += [a for p in _prep_objects(acl, {"at", "against", "on"}) for a in actors_of(ctx, p) or _owner(ctx, p)]
    return list(dict.fromkeys(out))


def _addressee(ctx: _Ctx, trigger: Token) -> list[str]:
    """Who is asked, warned or promised to act: the subject of the clause the trigger governs
    ("demanded that the United States match ...", "its demand that Israel ease ...")."""
    out: list[str] = []
    for clause in trigger.children:
        if clause.dep_ in ("ccomp", "acl") and clause.pos_ in ("VERB", "AUX"):
            for subj in clause.children:
                if subj.dep_ in ("nsubj", "nsubjpass"):
                    out += actors_of(ctx, subj)
    return out


def _side(ctx: _Ctx, key: str) -> str:
    ent = ctx.index.entities.get(key)
    if ent is not None and key.startswith("group:") and ent.country:
        _ensure_country(ctx, ent.country)
        return f"country:{ent.country}"
    return key
