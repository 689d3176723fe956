"""Events from a parsed document: triggers (verbs and nouns) and their arguments read off the
dependency parse — agent, target, participants, weapon, place, date, attribution, quote and
modality. Pure functions of the ``Doc``, its :class:`EntityIndex` and the :class:`Rules`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.dates import resolve_date
from kg.extract.entities import GROUP_NOUNS, EntityIndex
from kg.extract.records import (
    ARMED_FORCE, ASSERTED, COUNTRY, GOVERNMENT, GROUP, HYPOTHETICAL, IGO, NEGATED, PERSON, PLACE, WEAPON, Entity, Event,
    Span,
)
from kg.extract.rules import Rules, TriggerRule
from kg.extract.sentences import SentenceIndex
from kg.vocab.event_types import EventTypes, registry

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
GUEST_KINDS = {PERSON, COUNTRY, GOVERNMENT, IGO}
BODY_NOUNS = {"administration", "network", "group", "organization", "organisation", "movement", "party",
              "faction", "coalition", "alliance", "regime", "government", "cabinet", "delegation", "militia",
              "court", "tribunal"}
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "parataxis", "csubj"}
RELATIVE_PRONOUNS = {"which", "who", "that", "whom"}
PRONOUNS = {"it": "thing", "its": "thing", "they": "any", "their": "any", "them": "any",
            "he": "person", "his": "person", "him": "person", "she": "person", "her": "person"}
_QUOTE = re.compile(r"[“\"]([^”\"]{3,})[”\"]")


@dataclass(slots=True)
class _Ctx:
    doc: Doc
    index: EntityIndex
    rules: Rules
    published: dt.date | None
    in_junk: Callable[[int, int], bool]
    sents: SentenceIndex
    doc_hash: str = ""

    @property
    def types(self) -> EventTypes:
        return self.rules.types or registry()

    def preps(self, etype: str, role: str, pos: str) -> set[str]:
        """The prepositions introducing ``role`` of a ``pos`` trigger of type ``etype`` (the registry)."""
        return self.types[etype].preps(role, pos)


# ---------------------------------------------------------------------------------- actors

def actors_of(ctx: _Ctx, token: Token, depth: int = 0) -> list[str]:
    """Actors a noun phrase headed by ``token`` names, across conjunctions and appositions."""
    if depth > 3:
        return []
    out: list[str] = []
    for t in [token, *token.conjuncts, *(c for c in token.children if c.dep_ == "appos")]:
        key = ctx.index.key_of(t)
        if key and ctx.index.entities[key].is_actor:
            out.append(key)
            continue
        if key and ctx.index.entities[key].kind == PLACE:
            continue
        low = t.lower_
        if low in RELATIVE_PRONOUNS and t.head.dep_ == "relcl" or (low in RELATIVE_PRONOUNS and t.head.head != t.head):
            if t.head.dep_ == "relcl":
                out += actors_of(ctx, t.head.head, depth + 1)
            continue
        if low in PRONOUNS:
            ant = pronoun_antecedent(ctx, t)
            if ant:
                out.append(ant)
            continue
        if t != token:
            described = _described(ctx, t)
            if described:
                out.append(described)
            continue
        # a title alone names the person introduced earlier with it: "the defense minister said"
        if t.i in ctx.index.titles:
            person = _titled_person(ctx, t)
            if person:
                out.append(person)
                continue
        # "the defense chiefs of the United States and South Korea"; people from a body: "activists
        # from the Fatah Party"
        for child in t.children:
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "from" and t.tag_ == "NNS"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out += [k for k in actors_of(ctx, pobj, depth + 1)]
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
        if not out and t.pos_ == "NOUN" and (t.tag_ == "NNS" or t.lemma_.lower() in BODY_NOUNS):
            for child in t.children:
                key = ctx.index.key_of(child)
                if child.dep_ in ("compound", "nmod", "poss") and key and ctx.index.entities[key].is_actor:
                    out.append(key)
                    break
        # people described, not named: "unidentified gunmen", "three villagers", "police"
        if not out:
            described = _described(ctx, t)
            if described:
                out.append(described)
    return list(dict.fromkeys(out))


DESCRIBED_KINDS = {"armed": ARMED_FORCE, "official": GOVERNMENT, "people": GROUP}
MODIFIER_DEPS = {"det", "amod", "compound", "nummod", "quantmod", "advmod"}


def _described(ctx: _Ctx, t: Token) -> str | None:
    """The actor a described group of people is ("unidentified gunmen", "three villagers", "a man",
    "police"), made on first use: armed people a ``gev:ArmedForce``, police and officials the
    government body of the state the text or the place gives, others a ``gev:Group``. A group with
    no state of its own is one actor of its document only (its key carries the document's hash)."""
    if t.pos_ not in ("NOUN", "PROPN") or ctx.in_junk(t.idx, t.idx + len(t.text)):
        return None
    low = t.lower_
    compound = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1]
    found = ctx.rules.groups.get(f"{compound[0].lower_} {low}") if compound else None
    found = found or ctx.rules.groups.get(low)
    if found is None:
        return None
    group, kind = found
    iso3 = _state_in_sentence(ctx, t, official=kind == "official")
    start = t.i
    for c in sorted((c for c in t.children if c.i < t.i), key=lambda c: -c.i):
        if c.dep_ in MODIFIER_DEPS and c.i == start - 1 and not ctx.index.key_of(c):
            start = c.i
    while start < t.i and ctx.doc[start].dep_ == "det":
        start += 1  # "the gunmen" is named "gunmen"
    words = [w.lower_ for w in ctx.doc[start:t.i] if w.dep_ in ("compound", "amod") and w.pos_ in ("NOUN", "ADJ")]
    label = " ".join(words + [group])
    if kind == "official" and iso3:
        from kg.extract.entities import _adjective
        from kg.nlp.components import ATTRS_KEY

        key = f"group:{iso3}:{group}"
        label = f"{_adjective(ctx.doc.user_data.get(ATTRS_KEY, {}), iso3)} {group}"
    else:
        key = f"group:~{ctx.doc_hash}:{label}"
    span = ctx.doc[start:t.i + 1]
    ctx.index.add(Entity(key=key, kind=DESCRIBED_KINDS[kind], label=label, country=iso3, confidence=0.6),
                  Span(span.start_char, span.end_char, span.text), range(start, t.i + 1))
    if iso3:
        _ensure_country(ctx, iso3)
    return key


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
    from kg.nlp.components import ATTRS_KEY

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


def _ensure_country(ctx: _Ctx, iso3: str) -> None:
    key = f"country:{iso3}"
    if key not in ctx.index.entities:
        from kg.extract.entities import country_entity
        from kg.nlp.components import ATTRS_KEY

        ctx.index.entities[key] = country_entity(iso3, ctx.doc.user_data.get(ATTRS_KEY, {}).get(key, {}))


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
                if key is None or not fits(key):
                    continue
                tok = ctx.doc[i]
                head = tok
                while head.dep_ in ("compound", "flat", "amod") and head.head != head:
                    head = head.head
                if subjects_only and head.dep_ not in SUBJECT_DEPS:
                    continue
                return key
    return None


def subject_of(ctx: _Ctx, verb: Token, depth: int = 0) -> tuple[list[str], bool]:
    """Actors of a verb's subject and whether they came straight from the parse (not inferred)."""
    if depth > 5:
        return [], False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "nsubj" and not passive:
            found = actors_of(ctx, child)
            direct = child.lower_ not in PRONOUNS
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
    dep, head = verb.dep_, verb.head
    if head == verb:
        return [], False
    if dep == "xcomp" and head.dep_ == "acomp":  # "is ready to contribute", "is committed to opening"
        found, _ = subject_of(ctx, head.head, depth + 1)
        return found, False
    if dep in ("xcomp", "conj") or (dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "agreed to cooperate", "met and agreed", "shunned work to protest"
        found, _ = subject_of(ctx, head, depth + 1)
        return found, False
    if dep == "pcomp" and head.dep_ == "prep":
        owner = head.head
        if owner.pos_ in ("VERB", "AUX"):
            if owner.lemma_ in ("accuse", "suspect", "charge") and not any(c.dep_ in SUBJECT_DEPS for c in owner.children):
                return _before_comma(ctx, owner), False
            found, _ = subject_of(ctx, owner, depth + 1)
            return found, False
        if owner.pos_ == "ADJ" and owner.dep_ == "acomp":  # "are guilty of violating the ceasefire"
            found, _ = subject_of(ctx, owner.head, depth + 1)
            return found, False
        if owner.dep_ in ("dobj", "pobj", "attr") and owner.head.pos_ in ("VERB", "AUX"):
            found, _ = subject_of(ctx, owner.head, depth + 1)
            return found, False
        if owner.dep_ == "pobj" and owner.head.dep_ == "prep":
            found, _ = subject_of(ctx, owner.head.head, depth + 1) if owner.head.head.pos_ in ("VERB", "AUX") else ([], False)
            return found, False
    if dep == "acl" and head.pos_ in ("NOUN", "PROPN"):
        found = actors_of(ctx, head)
        if not found and verb.tag_ == "VBG" and head.dep_ in ("dobj", "attr") and head.head.pos_ == "VERB":
            found, _ = subject_of(ctx, head.head, depth + 1)  # "issued a declaration demanding ..."
        if found:
            return found, False
    if verb.tag_ == "VBG" and dep == "advcl" and _subjects(head):
        # a participle clause acts with its sentence's subject: "Israeli jets struck Gaza, killing
        # 10" (the jets, not Gaza); "an earthquake hit Iran, killing 10" (no actor at all)
        found, _ = subject_of(ctx, head, depth + 1)
        return found, False
    if verb.tag_ in ("VBN", "VBG") and dep in ("dep", "acl", "advcl"):
        return _before_comma(ctx, verb), False
    return [], False


def _subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, also where the parser hung them on its auxiliary ("was “firmly” condemned")."""
    out = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    for aux in verb.children:
        if aux.dep_ in ("aux", "auxpass"):
            out += [c for c in aux.children if c.dep_ in SUBJECT_DEPS]
    return out


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


def noun_event_agents(ctx: _Ctx, noun: Token) -> list[str]:
    """Who does what an event noun names: "the launch by North Korea", "Pyongyang's test",
    "the North Korean launch", "US strikes"."""
    out: list[str] = []
    by_phrases = [c for c in noun.children if c.dep_ == "prep"]
    # "the launch of an intercontinental missile by North Korea"
    for of in [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]:
        for pobj in of.children:
            by_phrases += [c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"]
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
        elif child.dep_ in ("amod", "compound", "nmod"):
            if child.i in ctx.index.demonym_at:
                iso3 = ctx.index.demonym_at[child.i]
                _ensure_country(ctx, iso3)
                out.append(f"country:{iso3}")
            else:
                key = ctx.index.key_of(child)
                if key and ctx.index.entities[key].is_actor:
                    out.append(key)
                elif key and ctx.index.entities[key].kind == WEAPON:  # "US Predator attacks"
                    out += noun_event_agents(ctx, child)
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------- triggers
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
                            out.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "nmod"))
    return out


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
            if child.dep_ in CLAUSE_DEPS:
                continue
            stack.append(child)
    return out


def _weapons_for(ctx: _Ctx, trigger: Token) -> list[str]:
    toks = [t for t in _argument_tokens(trigger) if t.dep_ not in SUBJECT_DEPS or t.head != trigger]
    if trigger.dep_ == "acl":  # "a ballistic missile launched from ..."
        toks += list(trigger.head.subtree)
    if trigger.pos_ == "NOUN":
        toks += [c for c in trigger.children if c.dep_ in ("compound", "amod")]
    return _weapons_in(ctx, toks)


def _troops(ctx: _Ctx, trigger: Token) -> bool:
    # the object itself, its conjuncts or what it counts ("2,000 of its soldiers"), not any
    # word below it ("military ties" are not troops)
    for child in trigger.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            heads = [child, *child.conjuncts]
            heads += [p for of in child.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
            for t in heads:
                if GROUP_NOUNS.get(t.lower_) in ("troops", "forces", "soldiers", "army", "military", "fighters", "reservists"):
                    return True
    return False


def _need_met(ctx: _Ctx, rule: TriggerRule, trigger: Token, has_test_before: bool) -> bool:
    need = rule.need
    if need == "-":
        return True
    if need == "weapon":
        if _weapons_for(ctx, trigger):
            return True
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
    if need == "guest":  # "hosted the Japanese prime minister", not "hosted the Oscars"
        return any(ctx.index.entities[a].kind in GUEST_KINDS
                   for c in trigger.children if c.dep_ in ("dobj", "dative") for a in actors_of(ctx, c))
    if need == "actor":  # rows from the big dictionaries: an actor as subject, object or prepositional object
        return any(actors_of(ctx, c) for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent"))\
            or any(actors_of(ctx, p) for p in _prep_objects(trigger, {"on", "against", "at", "with", "to", "by"}))\
            or any(actors_of(ctx, p) for a in trigger.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")
    if need == "future":  # "warned that it would retaliate"
        return any(aux.dep_ == "aux" and aux.lower_ in FUTURE_AUX
                   for c in trigger.children if c.dep_ in ("ccomp", "xcomp") for aux in c.children)
    kind, _, words = need.partition(":")
    options = set(words.split("|"))
    if kind == "obj":
        return bool(_obj_lemmas(trigger) & options)
    if kind == "prep":
        return any(c.dep_ in ("prep", "prt", "agent") and c.lower_ in options for c in trigger.children)
    if kind == "aim":  # "fired at the crowd", not "fired on Thursday"
        return any(c.dep_ == "prep" and c.lower_ in options and p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")
                   for c in trigger.children for p in c.children)
    if kind == "head":  # "lodged a protest": the verb the noun is the object of
        return trigger.dep_ in ("dobj", "attr") and trigger.head.lemma_.lower() in options
    if kind == "act":  # "vowed to fight": a coercive act as its complement
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in ctx.rules.coercive for c in trigger.children)
    if kind == "notmod":  # "a heart attack", "a lightning strike" are no attacks
        return not any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in options for c in trigger.children)
    if kind == "mod":
        return any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in options for c in trigger.children)
    if kind == "child":  # "shot dead", "found dead": a word attached to it
        return any(c.lower_ in options for c in trigger.children)
    if kind == "pobj":  # "took to the streets", "an exchange of fire": a prepositional object
        return any(p.dep_ == "pobj" and (p.lemma_.lower() in options or p.lower_ in options)
                   for c in trigger.children if c.dep_ == "prep" for p in c.children)
    if kind == "subj":  # "crowds gathered": who does it
        return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in options or c.lower_ in options
                   or any(p.lemma_.lower() in options for a in c.children if a.dep_ == "prep" for p in a.children))
                   for c in _subjects(trigger))
    return False


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


def _trigger_rule(ctx: _Ctx, token: Token, has_test_before: bool) -> TriggerRule | None:
    if token.pos_ in ("VERB",):
        rules = ctx.rules.verbs.get(lemma_of(token, ctx.rules.verbs))
    elif token.pos_ == "NOUN":
        rules = ctx.rules.nouns.get(token.lemma_.lower()) or ctx.rules.nouns.get(token.lower_)
    else:
        return None
    for rule in rules or ():
        if _need_met(ctx, rule, token, has_test_before):
            return rule
    return None


# ---------------------------------------------------------------------------------- context
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


def modality_of(ctx: _Ctx, trigger: Token, etype: str) -> str:
    if any(c.dep_ == "neg" for c in trigger.children):
        return NEGATED
    if trigger.dep_ == "conj" and any(c.dep_ == "neg" for c in trigger.head.children) \
            and not any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        return NEGATED
    hypothetical = ctx.rules.hypothetical
    if etype == "Threat":
        hypothetical = hypothetical - {"threaten"}
    if any(c.dep_ in ("aux", "mark") and c.lower_ in ctx.rules.modal | {"if", "unless", "whether"} for c in trigger.children):
        return HYPOTHETICAL
    for anc in [trigger, *_ancestors_complement(trigger, ctx.rules.say)]:
        if anc.lemma_.lower() in ctx.rules.say and anc != trigger:
            break
        if anc != trigger and anc.lemma_.lower() in hypothetical:
            return HYPOTHETICAL
        if anc != trigger and any(c.dep_ in ("aux",) and c.lower_ in ctx.rules.modal for c in anc.children):
            return HYPOTHETICAL
        if anc != trigger and anc.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in anc.children) and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head == anc:
            return NEGATED
    return ASSERTED


def is_generic(ctx: _Ctx, trigger: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in ctx.rules.generic for c in trigger.children)


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


def _headline(sent) -> bool:
    """Whether a sentence (a spaCy ``Span``) is a line that ends without a full stop, on its own:
    a headline or a caption. Reads tokens only (``Doc.text`` would rebuild the whole text)."""
    doc, last = sent.doc, sent.end - 1
    while last >= sent.start and doc[last].is_space:
        last -= 1
    if last < sent.start or doc[last].text[-1] in ".!?:;,\"”’'":
        return False
    return last + 1 >= len(doc) or (doc[last + 1].is_space and "\n" in doc[last + 1].text)


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
        if ent.label_ != "DATE":
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
        out.append(ent.text)
    return out


def _in_parentheses(ctx: _Ctx, ent) -> bool:
    depth = 0
    for t in ctx.doc[ctx.sents.sent(ent.start).start:ent.start]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
    return depth > 0


def date_of(ctx: _Ctx, anchors: list[Token]) -> str | None:
    for anchor in anchors:
        for text in _date_tokens(ctx, anchor):
            value = resolve_date(text, ctx.published)
            if value:
                return value
    # "in June, where he signed ..." — a relative clause on a date
    for anchor in anchors:
        if anchor.dep_ == "relcl" and anchor.head.ent_type_ == "DATE":
            for ent in ctx.sents.ents_of(anchor.i):
                if ent.start <= anchor.head.i < ent.end:
                    return resolve_date(ent.text, ctx.published)
    return None


def _state_of(ent: Entity) -> str | None:
    """ISO3 of the state an entity is, or is in or of."""
    return ent.iso3 if ent.kind == COUNTRY else ent.country


def _outcome_verbs(trigger: Token) -> list[Token]:
    """The verb a noun trigger is the cause or setting of ("was killed in a US drone strike in
    Somalia in 2012", "died in an airstrike last week"): its date is the act's."""
    head = trigger.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and head.lower_ in ("in", "by", "during") \
            and head.head.pos_ == "VERB":
        return [head.head]
    return []


def places_of(ctx: _Ctx, anchors: list[Token], etype: str) -> list[str]:
    out = []
    preps = ctx.preps(etype, "place", "VERB") | ctx.preps(etype, "place", "NOUN")
    for anchor in anchors:
        # "captured 23 pirates in the Gulf of Aden", "bombed a refugee camp in South Sudan": where
        # the object of the act is, the act is
        heads = [anchor, *(c for c in anchor.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM"))]
        for child in (c for h in heads for c in h.children):
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    # "in Yida, South Sudan": the place and the state it is in
                    found = False
                    for t in [pobj, *pobj.conjuncts, *(c for c in pobj.children if c.dep_ == "appos")]:
                        key = ctx.index.key_of(t)
                        if key and ctx.index.entities[key].kind in (PLACE, COUNTRY):
                            out.append(key)
                            found = True
                    if not found:  # "near a market in Baghdad", "to the streets of Beirut"
                        for t in _prep_objects(pobj, preps | {"of"}):
                            key = ctx.index.key_of(t)
                            if key and ctx.index.entities[key].kind in (PLACE, COUNTRY):
                                out.append(key)
        # "Russia, where ... have been deployed"
        for anc in [anchor, *_ancestors_complement(anchor, set())]:
            if anc.dep_ == "relcl" and any(c.lower_ == "where" for c in anc.children):
                key = ctx.index.key_of(anc.head)
                if key and ctx.index.entities[key].kind in (PLACE, COUNTRY):
                    out.append(key)
                break
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------- events
BACKGROUND_MARKS = {"after", "before", "since", "following", "as", "because", "while", "when", "until"}


def _background(ctx: _Ctx, trigger: Token) -> bool:
    """An event the sentence mentions in passing rather than reports: in a temporal or causal
    clause ("... one day after a jet shot down a helicopter"), in a participle clause elaborating
    another act ("rioted, setting fire to mattresses"), or as what another act is about
    ("complained over two Israeli air raids"). Its arguments are more often implied."""
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


def _prep_objects(token: Token, preps: set[str]) -> list[Token]:
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out += [p for p in child.children if p.dep_ == "pobj"]
    return out


def _sport(ctx: _Ctx, trigger: Token) -> bool:
    """Whether the trigger's sentence is about sport ("Spain beat Italy 2-1 in the final match")."""
    sent = ctx.sents.sent(trigger.i)
    return any(t.lower_ in ctx.rules.sport or t.lemma_.lower() in ctx.rules.sport for t in sent)


def _caused_by_nonagent(ctx: _Ctx, trigger: Token) -> bool:
    """A verb whose subject is no actor but a cause: "an earthquake killed 10", "a heart attack
    killed him", "floods destroyed homes" — also through a participle clause ("a storm hit the
    coast, killing 10"). (An explosion or attack named as the subject is its own event.)"""
    if trigger.pos_ != "VERB":
        return False
    verb = trigger
    subjects = [c for c in _subjects(verb) if c.dep_ in ("nsubj", "csubj")]
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ in ("VBG", "VBN", "VB"):
        subjects = [c for c in _subjects(verb.head) if c.dep_ == "nsubj"]
    for subj in subjects:
        words = {subj.lemma_.lower(), subj.lower_}
        if words & ctx.rules.nonagent and not ctx.index.key_of(subj):
            return True
    # "killed in a car crash", "injured in the earthquake"
    if any(c.dep_ == "auxpass" for c in verb.children):
        for p in _prep_objects(verb, {"in", "by", "during", "after", "from"}):
            if {p.lemma_.lower(), p.lower_} & ctx.rules.nonagent and p.lower_ not in ("attack", "explosion", "blast"):
                return True
    return False


def _event_for(ctx: _Ctx, trigger: Token, rule: TriggerRule) -> Event | None:
    etype = rule.type
    if _caused_by_nonagent(ctx, trigger):
        return None
    if etype in ("Attack", "Protest") and ctx.rules.sport and _sport(ctx, trigger):
        return None
    agents: list[str] = []
    targets: list[str] = []
    participants: list[str] = []
    direct = False
    anchors = [trigger]

    if rule.pos == "VERB":
        agents, direct = subject_of(ctx, trigger)
        if rule.lemma == "find":  # "was found dead": whoever found the body did not kill
            agents, direct = [], False
        passive = any(c.dep_ == "auxpass" for c in trigger.children)
        passive_subjects = [c for c in _subjects(trigger) if c.dep_ == "nsubjpass" or (passive and c.dep_ == "nsubj")]
        if trigger.tag_ == "VBN" and not passive and not any(c.dep_ in ("nsubj", "agent") for c in trigger.children) \
                and etype in ctx.types.aimed and etype in ctx.types.directed and agents:
            # a participle phrase: "North Korea, already accused of ..." — the actor is its patient
            targets, agents, direct = agents, [], False
        for obj in [c for c in trigger.children if c.dep_ in ("dobj", "dative")]:
            targets += _affected(ctx, obj, etype)
        for subj in passive_subjects:
            found = actors_of(ctx, subj)
            if not found and subj.pos_ == "NOUN" and _trigger_rule(ctx, subj, True):
                found = noun_event_agents(ctx, subj)  # "the launch was condemned by ..."
            if etype == "MilitaryDeployment":
                agents = agents or found
            else:
                targets += found
        for pobj in _prep_objects(trigger, ctx.preps(etype, "target", "VERB")):
            targets += _affected(ctx, pobj, etype)
        promised = ctx.preps(etype, "promised", "VERB")
        if promised and not targets:
            # what is threatened or promised, and to whom: "threatened to break relations with Russia"
            for act in [c for c in trigger.children if c.dep_ == "xcomp"]:
                for obj in [c for c in act.children if c.dep_ in ("dobj", "dative")]:
                    targets += _affected(ctx, obj, etype)
                for pobj in _prep_objects(act, promised):
                    targets += _affected(ctx, pobj, etype)
        for pobj in _prep_objects(trigger, ctx.preps(etype, "recipient", "VERB")):  # "supplied arms to Ukraine"
            targets += actors_of(ctx, pobj)
        if not targets:  # "suspended aid to Myanmar", "cut links with Serbia"
            for pobj in _prep_objects(trigger, ctx.preps(etype, "targetIfNone", "VERB")):
                targets += actors_of(ctx, pobj)
        if etype in ctx.types.symmetric:
            participants = agents + [t for t in targets if t not in agents]
            for pobj in _prep_objects(trigger, ctx.preps(etype, "participant", "VERB")):
                participants += actors_of(ctx, pobj)
            agents, targets = [], []
    else:
        support = None
        head = trigger.head
        if trigger.dep_ in ("dobj", "attr") and lemma_of(head, ctx.rules.support) in ctx.rules.support:
            support = head
        elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" and head.head.lemma_.lower() in ctx.rules.support:
            support = head.head
        elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and (
                head.lower_ in ("on", "for") and etype in ("Meeting", "Visit", "Protest", "MilitaryDeployment")
                or head.lower_ == "during" and etype == "Protest"):
            support = head.head  # "arrived in Amman on a visit", "converged for a rally", "remained on alert"
        elif trigger.dep_ == "compound" and head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in ctx.rules.support:
            support = head.head  # "launched a mediation effort"
        agents = noun_event_agents(ctx, trigger)
        direct = bool(agents)
        if trigger.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and support is None \
                and _trigger_rule(ctx, head, True) is None:
            anchors.append(head)  # "a protest was held in Paris", "explosions were heard near Kharkiv": where and when
        if support is not None:
            anchors.append(support)
            if not agents:
                agents, direct = subject_of(ctx, support)
            if not agents:  # "Serb forces were engaged in ethnic cleansing"
                for subj in support.children:
                    if subj.dep_ == "nsubjpass" and lemma_of(support, ctx.rules.support) in ctx.rules.support:
                        agents = actors_of(ctx, subj)
        for pobj in _prep_objects(trigger, ctx.preps(etype, "target", "NOUN")):
            targets += _affected(ctx, pobj, etype)
        for pobj in _prep_objects(trigger, ctx.preps(etype, "agent", "NOUN")):  # "a deployment of US troops"
            agents += actors_of(ctx, pobj)
        if not targets:  # "a suspension of air links with Serbia"
            for pobj in _prep_objects(trigger, ctx.preps(etype, "targetIfNone", "NOUN")):
                targets += _affected(ctx, pobj, etype)
        if etype in ctx.types.symmetric:
            participants = list(agents)
            for pobj in _prep_objects(trigger, ctx.preps(etype, "participant", "NOUN")):
                participants += actors_of(ctx, pobj)
            agents = []

    if etype in ctx.types.addressed and not targets:
        targets += _addressee(ctx, trigger)
    places = places_of(ctx, anchors, etype)
    if etype == "Visit" and not targets:
        # a visit to a place is a visit to the state it lies in: "arrived in Amman on a visit"
        for key in places:
            host = _state_of(ctx.index.entities[key])
            if host and f"country:{host}" not in agents:
                _ensure_country(ctx, host)
                targets.append(f"country:{host}")
                break
    if etype == "MilitaryDeployment":
        # troops of a side deploy on behalf of their state
        agents = [_side(ctx, a) for a in agents]

    weapons = _weapons_for(ctx, trigger) if etype in ctx.types.weapons else []
    if etype in ctx.types.weapons and rule.pos == "VERB" and not agents:
        # an instrument as the subject: "a bomb exploded near the market", "a rocket hit the base"
        weapons = list(dict.fromkeys(weapons + _weapons_in(ctx, [c for c in _subjects(trigger) if c.dep_ == "nsubj"])))
    if etype == "Attack" and not targets and agents:
        # an attack on something that is no actor, in a state that is not the attacker's: an
        # attack on that state ("Sudan bombed a refugee camp in South Sudan", "Russian jets
        # bombed a hospital in Idlib")
        own = {_state_of(ctx.index.entities[a]) for a in agents if a in ctx.index.entities}
        for key in places:
            host = _state_of(ctx.index.entities[key])
            if host and host not in own:
                _ensure_country(ctx, host)
                targets.append(f"country:{host}")
                break
    if etype == "ArmsTransfer":
        places = [p for p in places if p not in targets]
    date = date_of(ctx, anchors + _outcome_verbs(trigger))
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
    sentence = Span(sent.start_char, sent.end_char, sent.text)
    uniq = lambda xs: list(dict.fromkeys(xs))  # noqa: E731
    return Event(
        type=etype, trigger=rule.lemma, pos=rule.pos, mentions=[mention], sentences=[sentence],
        agents=uniq(agents), targets=uniq(t for t in targets if t not in agents), participants=uniq(participants),
        weapons=weapons, places=places, date=date, according_to=uniq(attributed), quotes=quotes,
        modality=modality, confidence=confidence,
        said_in=[Span(saying.idx, saying.idx + len(saying.text), saying.text)] if saying is not None and etype != "Statement" else [],
        specific=[mention] if is_specific(trigger, _headline(sent)) else [],
    )


def _affected(ctx: _Ctx, token: Token, etype: str) -> list[str]:
    """The actors a phrase names — or, for an act aimed at what someone did or has ("denounced
    Serbia's suppression of ...", "protest against Sweden's decision", "threatened action against
    Russia"), whoever that is."""
    found = actors_of(ctx, token)
    if found or etype not in ctx.types.aimed or token.pos_ != "NOUN":
        return found
    found = noun_event_agents(ctx, token)
    if not found:  # "action against Russia", "suspended aid to Myanmar", "links with Serbia"
        for pobj in _prep_objects(token, {"against", "on", "to", "with"} if etype in ("Sanction", "Threat") else {"against", "on"}):
            found += actors_of(ctx, pobj)
    return found


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


def extract_events(doc: Doc, index: EntityIndex, rules: Rules, published: dt.date | None,
                   in_junk: Callable[[int, int], bool], sents: SentenceIndex | None = None) -> list[Event]:
    import hashlib

    ctx = _Ctx(doc, index, rules, published, in_junk, sents or SentenceIndex(doc),
               hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:10])
    events: list[Event] = []
    has_test = False
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN") or in_junk(token.idx, token.idx + len(token.text)):
            continue
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
        event = _event_for(ctx, token, rule)
        if event is None:
            continue
        has_test = has_test or event.type == "WeaponTest"
        events.append(event)
        events += _ellipsis_copies(ctx, token, event)
        promise = _promised_meeting(ctx, token, event)
        if promise is not None:
            events.append(promise)
    return events


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
