"""Entities from a parsed document: countries, persons (with role, country, membership),
organisations, armed groups, places and weapons, each with its mentions.

Pure functions of the ``Doc`` (with the gazetteer's spans) and the junk spans."""

from __future__ import annotations

import datetime as dt

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.records import (
    ARMED_FORCE, COUNTRY, GOVERNMENT, GROUP, IGO, MEDIA, ORGANIZATION, PERSON, PLACE, WEAPON,
    Entity, Span,
)
from kg.extract.rules import Rules, modified_name_rows
from kg.extract.sentences import SentenceIndex
from kg.nlp import ATTRS_KEY, SPANS_KEY

ORG_KINDS = {"GOV": GOVERNMENT, "IGO": IGO, "MIL": ARMED_FORCE, "MEDIA": MEDIA, "ORG": ORGANIZATION}
# a capital after one of these is the city; as an actor (subject, addressee, possessor) the state
LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "into", "toward", "towards", "outside", "inside",
                  "around", "across", "through", "via", "over", "off", "within", "between"}
# the group nouns ("Iraqi officials", "the Indian Navy") come from the rules (data/lexicon/groups.tsv)
GROUP_KINDS = {"armed": ARMED_FORCE, "official": GOVERNMENT, "people": GROUP, "organization": ORGANIZATION}
# the North / the South, named so only where the document names the state in full
ELLIPTIC = {"North": ("PRK", "KOR"), "South": ("KOR", "PRK")}


@dataclass(slots=True)
class EntityIndex:
    """The entities of one document and which entity each token belongs to."""

    entities: dict[str, Entity] = field(default_factory=dict)
    token_key: dict[int, str] = field(default_factory=dict)
    # demonym/country modifiers: token index -> ISO3 (for "North Korean launch", "South Korean military")
    demonym_at: dict[int, str] = field(default_factory=dict)
    titles: dict[int, SpacySpan] = field(default_factory=dict)  # token index -> title span
    # a group noun with states' adjectives in a row: token index -> the groups of the later states
    # ("Indian and Chinese troops": the noun is the Indian troops', and also names the Chinese troops)
    co_groups: dict[int, list[str]] = field(default_factory=dict)

    seen: set[tuple[str, int, int]] = field(default_factory=set)

    def add(self, entity: Entity, mention: Span, tokens: range) -> Entity:
        known = self.entities.get(entity.key)
        if known is None:
            self.entities[entity.key] = known = entity
            known.mentions = []
        if (known.key, mention.start, mention.end) not in self.seen:
            self.seen.add((known.key, mention.start, mention.end))
            known.mentions.append(mention)
        if mention.text != known.label:
            known.alt_labels.add(mention.text)
        for i in tokens:
            self.token_key[i] = known.key
        return known

    def key_of(self, token: Token) -> str | None:
        return self.token_key.get(token.i)


def _span(doc: Doc, start: int, end: int) -> Span:
    if end == start + 1 and start >= 0:  # one token (most mentions): no spaCy Span made, no tokens joined
        t = doc[start]
        text = t.text
        return Span(t.idx, t.idx + len(text), text)
    s = doc[start:end]
    return Span(s.start_char, s.end_char, s.text)


def country_entity(iso3: str, attrs: dict) -> Entity:
    return Entity(
        key=f"country:{iso3}", kind=COUNTRY, label=attrs.get("name") or iso3, iso3=iso3,
        country=None, geonameid=attrs.get("geonameid"),
    )


# Phoenix sectors a person holds an office in, as the role geokg writes (ELI, a past or future
# office-holder, gives the country but no role)
SECTOR_ROLES = {"GOV": "government official", "MIL": "military officer", "OPP": "opposition figure",
                "REB": "rebel leader", "INS": "insurgent leader", "LEG": "legislator", "JUD": "judge",
                "PTY": "party official", "SPY": "intelligence official", "COP": "police official",
                "IGO": "international official", "SEP": "separatist leader", "UAF": "armed group leader"}


def role_on(roles: list[str], on: dt.date | None) -> tuple[str | None, str | None]:
    """The country and role a dictionary person holds on date ``on``, from roles written
    ``ISO3:SECTOR:FROM:TO`` (ISO dates, empty for open; see tools/phoenix_lexicons.py). A role
    whose dates hold wins over an undated one; without a date only undated roles hold. The
    country falls back to the latest role before ``on`` (states seldom change), then any."""
    day = on.isoformat() if on else None
    parsed = []
    for r in roles:
        parts = r.split(":")
        if len(parts) != 4:
            continue
        iso3, sector, start, end = (p if p != "-" else "" for p in parts)
        parsed.append((iso3, sector, start, end))
    dated = [p for p in parsed if (p[2] or p[3]) and day and (not p[2] or p[2] <= day) and (not p[3] or day <= p[3])]
    undated = [p for p in parsed if not p[2] and not p[3]]
    holding = sorted(dated, key=lambda p: p[2], reverse=True) + undated
    role = next((SECTOR_ROLES[p[1]] for p in holding if p[1] in SECTOR_ROLES), None)
    country = next((p[0] for p in holding if p[0]), None)
    if country is None:
        before = sorted((p for p in parsed if p[0] and day and p[2] and p[2] <= day), key=lambda p: p[2])
        country = before[-1][0] if before else next((p[0] for p in parsed if p[0]), None)
    return country, role


def counted_people(head, counted: frozenset[str]) -> bool:
    """A plural people noun that is counted ("four Britons", "several Germans", "dozens of
    Iraqis") names so many people of the state, not the state (actors._one_of_a_people)."""
    if any(c.dep_ in ("nummod", "quantmod") or c.dep_ in ("det", "amod") and c.lower_ in counted
           for c in head.children):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "of" and (
        head.head.head.pos_ == "NUM" or head.head.head.lower_ in counted)


def extract_entities(doc: Doc, in_junk: Callable[[int, int], bool], sents: SentenceIndex | None = None,
                     on: dt.date | None = None, rules: Rules | None = None) -> EntityIndex:
    """The entities of ``doc``; ``rules`` (:func:`kg.extract.rules.load_rules`) give the group nouns
    that make a state's group ("Iraqi officials") and the word classes read here: without them, none."""
    sents = sents or SentenceIndex(doc)
    classes = rules if rules is not None else Rules()
    sided = rules.sided if rules is not None else {}
    institutions = rules.institutions if rules is not None else frozenset()
    attrs: dict[str, dict] = doc.user_data.get(ATTRS_KEY, {})
    index = EntityIndex()
    spans = [s for s in doc.spans[SPANS_KEY] if not in_junk(s.start_char, s.end_char)]
    countries_named = {s.kb_id_.split(":", 1)[1] for s in spans if s.label_ in ("COUNTRY", "DEMONYM")}

    def cattrs(iso3: str) -> dict:
        return attrs.get(f"country:{iso3}", {})

    ethnic: list[SpacySpan] = []
    # pass 1: countries, demonyms, places, weapons, titles
    for s in spans:
        label, key = s.label_, s.kb_id_
        a = attrs.get(key, {})
        mention = _span(doc, s.start, s.end)
        if label == "COUNTRY":
            iso3 = key.split(":", 1)[1]
            index.add(country_entity(iso3, a), mention, range(s.start, s.end))
        elif label == "DEMONYM":
            iso3 = key.split(":", 1)[1]
            head = doc[s.end - 1]
            placed = head.tag_ in ("NNS", "NNPS") and any(
                c.dep_ == "prep" and c.lower_ in ("of", "in") and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC")
                                                                      for p in c.children) for c in head.rights)
            if (s.start > 0 and doc[s.start - 1].lower_ == "ethnic") or placed:
                ethnic.append(s)  # "ethnic Albanians in south Serbia", "the Albanians of southern Serbia"
                continue          # are not Albania's side
            for i in range(s.start, s.end):
                index.demonym_at[i] = iso3
            capital = doc[s.end] if s.end < len(doc) else None
            ca = cattrs(iso3)
            if capital is not None and capital.lower_ == "capital" and doc[s.end - 1].head == capital \
                    and ca.get("capital_geonameid") and any(c.dep_ == "det" and c.lower_ == "the" for c in capital.children):
                # "the Afghan capital" is the state's capital city, Kabul, with its record
                gid = ca["capital_geonameid"]
                index.add(Entity(key=f"city:{gid}", kind=PLACE, label=ca.get("capital") or capital.text, country=iso3,
                                 geonameid=gid, lat=ca.get("capital_lat"), long=ca.get("capital_long")),
                          _span(doc, s.start, s.end + 1), range(s.end, s.end + 1))
            # the adjective names the state too ("the North Korean launch"), without claiming the tokens
            index.add(country_entity(iso3, cattrs(iso3)), mention, range(0))
            head = doc[s.end - 1]
            # a demonym as a noun ("Iraqis", "the Japanese said") names the state's people
            # (the tagger writes some plurals NNP: "called on Liberians")
            if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") \
                    and (head.tag_ in ("NNPS", "NNS") or head.tag_ == "NNP" and head.lower_.endswith("s")) \
                    and not counted_people(head, classes.counted):
                index.add(country_entity(iso3, cattrs(iso3)), mention, range(s.start, s.end))
        elif label == "CAPITAL":
            iso3 = key.split(":", 1)[1]
            if _capital_is_city(doc[s.start:s.end], classes):
                city_name = a.get("capital") or s.text
                gid = a.get("capital_geonameid")
                key = f"city:{gid}" if gid else f"city:{iso3}:{city_name}"
                index.add(Entity(key=key, kind=PLACE, label=city_name, country=iso3, geonameid=gid,
                                 lat=a.get("capital_lat"), long=a.get("capital_long")),
                          mention, range(s.start, s.end))
            else:
                ent = index.add(country_entity(iso3, cattrs(iso3)), mention, range(s.start, s.end))
                ent.alt_labels.add(s.text)
        elif label == "CITY":
            index.add(Entity(key=key, kind=PLACE, label=a.get("name", s.text), country=a.get("country"),
                             geonameid=a.get("geonameid"), lat=a.get("lat"), long=a.get("long")),
                      mention, range(s.start, s.end))
        elif label == "PLACE":
            name = a.get("name", s.text)
            if rules is not None and not a.get("country") and len(s) == 1 and s.text.lower() in rules.groups:
                continue  # people described the model called a place: "Pirates seized Indian fishermen"
            if name in ELLIPTIC:
                iso3, _ = ELLIPTIC[name]
                if iso3 in countries_named:
                    index.add(country_entity(iso3, cattrs(iso3)), mention, range(s.start, s.end))
                continue
            index.add(Entity(key=key, kind=PLACE, label=name, country=a.get("country")), mention,
                      range(s.start, s.end))
        elif label == "WEAPON":
            index.add(Entity(key=key, kind=WEAPON, label=a.get("name", s.text), weapon_class=a.get("class"),
                             country=a.get("country")), mention, range(s.start, s.end))
        elif label == "TITLE":
            for i in range(s.start, s.end):
                index.titles[i] = s

    _place_countries(doc, index)

    # pass 2: organisations (a country from an adjective or possessive before them, or context)
    for s in spans:
        if s.label_ != "ORG" or _group_modifier(doc, s, rules):
            continue
        if rules is not None and modified_name_rows(rules, doc[s.end - 1]):
            continue  # an act's name, no body: "a possible Foreign Military Sale to Poland"
        a = attrs.get(s.kb_id_, {})
        if rules is not None and len(s) == 1 and a.get("type") == "ORG" and not a.get("country") \
                and s.text.lower() in rules.groups:
            continue  # people described the model called a body: "Veterans protested outside parliament"
        kind = ORG_KINDS.get(a.get("type", "ORG"), ORGANIZATION)
        name = a.get("name", s.text)
        iso3 = a.get("country")
        start = s.start
        if iso3 is None and kind in (GOVERNMENT, ARMED_FORCE):
            iso3 = _country_of_phrase(doc, s, index)  # "Armed Forces of Ukraine", "Military Forces of Myanmar"
        if iso3 is None:
            iso3, start = _country_before(doc, s.start, index)
            if iso3 is None and kind == GOVERNMENT:
                iso3 = _country_in_context(doc, s.start, index, sents)
                start = s.start
        words = name.split()
        if a.get("country") is None and kind in (GOVERNMENT, ARMED_FORCE) and a.get("named_country"):
            # "Indian Navy": the country is in the name, whatever country the context names ("the
            # Chinese Ministry of Commerce" in a story about China was "Chinese Chinese Ministry ...")
            iso3, start = a["named_country"], s.start
            label, key = name, f"org:{name}@{iso3}"
            if len(words) == 2 and sided.get(words[1].lower(), ("", ""))[0] in institutions:
                # "the Indian Navy" is "the Indian navy": one actor, whatever the capitals
                group = sided[words[1].lower()][0]
                label, key = f"{_adjective(attrs, iso3)} {group}", f"group:{iso3}:{group}"
        elif a.get("country") is None and iso3 and kind in (GOVERNMENT, ARMED_FORCE):
            adjective = _adjective(attrs, iso3)
            label, key = f"{adjective} {name}", f"org:{name}@{iso3}"
        else:
            label, key = name, s.kb_id_
        index.add(Entity(key=key, kind=kind, label=label, country=iso3), _span(doc, start, s.end),
                  range(start, s.end))

    # pass 3: ethnic groups, placed where the text places them ("ethnic Albanians in south Serbia"),
    # and group actors with a side: "North Korean troops", "Russian forces", "Iraqi officials"
    for s in ethnic:
        head = doc[s.end - 1]
        if head.tag_ not in ("NNS", "NNPS"):
            continue
        name, iso3 = f"ethnic {s.text[0].upper()}{s.text[1:]}", _located_in(head, index, ("in", "of"))
        key = f"group:{iso3}:ethnic {s.text}" if iso3 else f"group:ethnic:{s.text}"
        index.add(Entity(key=key, kind=ORGANIZATION, label=name, country=iso3),
                  _span(doc, s.start - 1, s.end), range(s.start - 1, s.end))
    for token in doc:
        if token.i in index.token_key or in_junk(token.idx, token.idx + len(token.text)):
            continue
        found = sided.get(token.lower_)
        if found is None or token.pos_ not in ("NOUN", "PROPN"):
            continue
        group, group_kind = found
        named = index.token_key.get(token.i + 1)
        if token.lower_ in classes.group_nouns and named and not named.startswith("group:") \
                and index.entities[named].kind in (ARMED_FORCE, ORGANIZATION):
            continue  # "the Somali militant group al-Shabab": the group is the one named after the noun
        iso3, start, others = None, token.i, []
        for child in token.lefts:
            led = [g for g in child.children if g.i in index.demonym_at] if child.lower_ == "led" else []
            if led:  # "Vietnamese-led forces"
                iso3 = index.demonym_at[led[0].i]
                start = min(start, child.left_edge.i)
            elif child.i in index.demonym_at:
                iso3 = index.demonym_at[child.i]
                start = min(start, child.left_edge.i if child.dep_ == "amod" else child.i)
                # "Indian and Chinese troops", "US and South Korean forces": a group of each state
                others = [c for c in child.conjuncts if c.i > child.i and c.i in index.demonym_at
                          and index.demonym_at[c.i] != iso3]
            elif child.dep_ == "poss" and index.key_of(child) and index.key_of(child).startswith("country:"):
                iso3 = index.key_of(child).split(":", 1)[1]
                start = min(start, child.i)
        people = None
        if iso3 is None and any(c.dep_ == "compound" and (k := index.key_of(c)) and not k.startswith("group:")
                                and index.entities[k].kind in (ARMED_FORCE, ORGANIZATION) for c in token.lefts):
            continue  # "Boko Haram militants in Gwoza": the named group's, not Nigeria's militants
        if iso3 is None:
            iso3 = _located_in(token, index)  # "demonstrators in Baghdad", "rebels in the Ivory Coast"
            # a people's own adjective stays its name: "Kurdish fighters in northern Syria" are no
            # "Syrian fighters", though of Syria
            people = next((c for c in token.lefts if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.text[:1].isupper()
                           and c.i not in index.demonym_at), None) if iso3 else None
        if iso3 is None:
            continue
        while start < token.i and doc[start].dep_ in ("det", "predet", "nummod", "quantmod") :
            start += 1
        while 0 < start < token.i and start in index.demonym_at and index.demonym_at.get(start - 1) == index.demonym_at[start]:
            start -= 1  # "Sri Lankan troops" (its "Sri" hangs on "Lankan"), not "Lankan troops"
        kind = GROUP_KINDS[group_kind]  # people described, with a side: "Iraqi protesters" are a gev:Group
        adjective = _adjective(attrs, iso3)
        if people is not None:
            start = min(start, people.i)
            index.add(Entity(key=f"group:{iso3}:{people.text} {group}", kind=kind, label=f"{people.text} {group}", country=iso3),
                      _span(doc, start, token.i + 1), range(start, token.i + 1))
            continue
        index.add(Entity(key=f"group:{iso3}:{group}", kind=kind, label=f"{adjective} {group}", country=iso3),
                  _span(doc, start, token.i + 1), range(start, token.i + 1))
        for other in others:
            o_iso3 = index.demonym_at[other.i]
            o_start = other.i
            while o_start > 0 and index.demonym_at.get(o_start - 1) == o_iso3:
                o_start -= 1  # "South Korean"
            # mentioned by its adjective and the noun when they stand together ("Chinese troops")
            o_end = token.i + 1 if all(t.i in index.demonym_at for t in doc[other.i:token.i]) else other.i + 1
            o_key = f"group:{o_iso3}:{group}"
            index.add(Entity(key=o_key, kind=kind, label=f"{_adjective(attrs, o_iso3)} {group}", country=o_iso3),
                      _span(doc, o_start, o_end), range(0))
            index.co_groups.setdefault(token.i, []).append(o_key)

    # pass 4: persons, with role, country and membership from titles and appositions
    for s in spans:
        if s.label_ != "PERSON" or _group_modifier(doc, s, rules):
            continue
        a = attrs.get(s.kb_id_, {})
        name = a.get("name", s.text)
        person = Entity(key=f"person:{name}", kind=PERSON, label=name)
        _describe_person(doc, s, person, index, attrs, sents, classes)
        if person.country is None and a.get("country"):
            person.country = a["country"]
        if person.role is None and a.get("role"):
            person.role = a["role"]
        if a.get("roles") and (person.country is None or person.role is None):
            iso3, role = role_on(a["roles"], on)
            person.country = person.country or iso3
            person.role = person.role or role
        known = index.entities.get(person.key)
        ent = index.add(person, _span(doc, s.start, s.end), range(s.start, s.end))
        if known is not None:
            ent.country = ent.country or person.country
            ent.role = ent.role or person.role
            ent.member_of = ent.member_of or person.member_of

    # a person's identity is the name with the country it serves, where known: two people of one
    # name from different states stay apart
    for key, ent in list(index.entities.items()):
        if ent.kind == PERSON and ent.country:
            _rekey(index, key, f"person:{ent.label}@{ent.country}")

    # pass 5: unnamed office-holders of a state: "Taiwan's Vice Foreign Minister", "a senior
    # British minister" — the office, as a government body of that state
    for s in spans:
        if s.label_ != "TITLE" or any(i in index.token_key for i in range(s.start, s.end)):
            continue
        after = doc[s.end] if s.end < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.i in index.token_key or after.text == ","):
            continue  # a title before a name, or in apposition to one
        if s.root.dep_ == "appos" or s.root.head.i in index.token_key and s.root.dep_ in ("compound", "appos"):
            continue
        start = s.start
        while start > 0 and doc[start - 1].lower_ in classes.office_modifiers:
            start -= 1
        iso3, first = _country_before(doc, start, index)
        title = _title_name(s, attrs)
        if iso3 is None or _has_titled_person(index, title, doc[s.start].idx):
            continue
        index.add(Entity(key=f"org:{title}@{iso3}", kind=GOVERNMENT, label=f"{_adjective(attrs, iso3)} {title}",
                         country=iso3), _span(doc, first, s.end), range(first, s.end))
    return index


def _place_countries(doc: Doc, index: EntityIndex) -> None:
    """The country of a place GeoNames does not know, where the text says what it lies in: "the
    town of Gajiganna in Borno state", "Yida, South Sudan", "the Shaab neighbourhood of Baghdad",
    "the Iraqi town of Heet". Never guessed from the document's other countries."""
    for i, key in sorted(index.token_key.items()):
        ent = index.entities.get(key)
        if ent is None or ent.kind != PLACE or ent.country:
            continue
        token = doc[i]
        holders = [token] + ([token.head] if token.dep_ in ("compound", "pobj") else [])
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            holders.append(token.head.head)  # "the Iraqi town of Heet"
        for holder in holders:
            if holder.i in index.demonym_at and holder is not token:
                ent.country = index.demonym_at[holder.i]
                break
            for c in holder.children:
                if c.i in index.demonym_at and c.dep_ == "amod" and holder is not token:
                    ent.country = index.demonym_at[c.i]
                elif c.dep_ in ("appos", "poss") or (c.dep_ == "prep" and c.lower_ in ("in", "of")):
                    # "Yida, South Sudan", "Mogadishu's Yaqshid district", "Gajiganna in Borno state"
                    objs = [c] if c.dep_ in ("appos", "poss") else [p for p in c.children if p.dep_ == "pobj"]
                    # "in Borno state": the name before the noun
                    objs += [m for o in objs if index.key_of(o) is None for m in o.children if m.dep_ == "compound"]
                    for t in objs:
                        other = index.entities.get(index.key_of(t) or "")
                        if other is not None and other.key != key and t.i not in index.demonym_at:
                            ent.country = other.iso3 if other.kind == COUNTRY else other.country if other.kind == PLACE else None
                if ent.country:
                    break
            if ent.country:
                break


def _group_modifier(doc: Doc, s: SpacySpan, rules: Rules | None) -> bool:
    """Whether a one-word name the model found at the start of a sentence is the first word of
    a group noun the lexicons list ("Riot police fired tear gas", "Border guards shot two
    migrants"): a capital the sentence gives, no name (the group is described, kg.extract.actors)."""
    if rules is None or len(s) != 1 or not doc[s.start].is_sent_start or doc[s.start].dep_ not in ("compound", "amod"):
        return False
    head = doc[s.start].head
    if head.i != s.end or head.pos_ != "NOUN":
        return False
    words = doc[s.start].lower_
    return any(f"{words} {form}" in lexicon for form in (head.lower_, head.lemma_.lower())
               for lexicon in (rules.groups, rules.agents))


def _rekey(index: EntityIndex, old: str, new: str) -> None:
    ent = index.entities.pop(old)
    ent.key = new
    index.entities[new] = ent
    for i, k in list(index.token_key.items()):
        if k == old:
            index.token_key[i] = new
    index.seen = {(new if k == old else k, a, b) for k, a, b in index.seen}


def _has_titled_person(index: EntityIndex, title: str, before: int) -> bool:
    """Whether a person with this title was named before (then the title alone is that person)."""
    title = title.lower()
    return any(e.kind == PERSON and e.role and e.role.lower() == title and e.mentions and e.mentions[0].start < before
               for e in index.entities.values())


def _located_in(token: Token, index: EntityIndex, preps=("in", "throughout", "across", "inside")) -> str | None:
    """The country of a place a group is said to be in: "Opposition groups in Zimbabwe", "a
    terror group based in Trinidad"."""
    heads = [token] + [c for c in token.children if c.dep_ == "acl" and c.lemma_ in ("base", "headquarter")]
    for prep in (r for h in heads for r in h.rights):
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            key = index.key_of(pobj) if pobj.dep_ == "pobj" else None
            ent = index.entities.get(key) if key else None
            if ent is not None and ent.kind == COUNTRY:
                return ent.iso3
            if ent is not None and ent.kind == PLACE and ent.country:
                return ent.country
    return None


def _adjective(attrs: dict, iso3: str) -> str:
    a = attrs.get(f"country:{iso3}", {})
    return a.get("adjective") or a.get("name") or iso3


def _capital_is_city(span: SpacySpan, rules: Rules) -> bool:
    token = span.root
    while token.dep_ == "conj" and token.head != token:
        token = token.head  # "in Charikar and Kabul": the first of the list says what the list is
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
        return True
    if token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in rules.striking_place:
        return True  # "rebels shelled Damascus", "car bombs struck Baghdad": the city struck
    if token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        return True
    if token.dep_ == "poss" and (token.head.lower_ in rules.city_parts or token.head.ent_type_ == "FAC"):
        return True  # "Mogadishu's Yaqshid district", "Baghdad's main market": the city's, not the state's
    if token.dep_ == "appos" and token.head.lower_ in ("capital", "city"):
        return True  # "in the capital, Islamabad"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in rules.city_parts | rules.town_areas:
        return True  # "the eastern outskirts of Damascus", "the Deir al-Asafir suburb of Damascus"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in rules.direction_words:
        return True  # "a checkpoint south of Baghdad"
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in rules.city_sides for c in span.root.children) \
            or (span.start > 0 and span.doc[span.start - 1].lower_ in rules.city_sides):
        return True  # "in busy central Baghdad", a title's "Explosion Hits Central Baghdad"
    return False


def _country_of_phrase(doc: Doc, s: SpacySpan, index: EntityIndex) -> str | None:
    """The state a body's own "of" phrase names, inside its name or right after it ("Armed Forces
    of Ukraine", "Military Forces of Myanmar", "the Ministry of Defence of Russia")."""
    for i in range(s.start + 1, min(len(doc) - 1, s.end + 1)):
        key = index.token_key.get(i + 1)
        if doc[i].lower_ == "of" and doc[i + 1].lower_ == "the" and i + 2 < len(doc):
            key = index.token_key.get(i + 2)
        if doc[i].lower_ == "of" and key and key.startswith("country:"):
            return key.split(":", 1)[1]
    return None


def _country_before(doc: Doc, start: int, index: EntityIndex) -> tuple[str | None, int]:
    """A country adjective or possessive right before ``start``: "British Foreign Office",
    "Japan's defense ministry", "the South Korean Joint Chiefs of Staff"."""
    i = start - 1
    if i >= 0 and doc[i].lower_ in ("'s", "’s"):
        i -= 1
    if i >= 0:
        if i in index.demonym_at:
            iso3 = index.demonym_at[i]
            while i - 1 >= 0 and index.demonym_at.get(i - 1) == iso3:
                i -= 1
            return iso3, i
        key = index.token_key.get(i)
        if key and key.startswith("country:"):
            j = i
            while j - 1 >= 0 and index.token_key.get(j - 1) == key:
                j -= 1
            return key.split(":", 1)[1], j
    return None, start


def _country_in_context(doc: Doc, at: int, index: EntityIndex, sents: SentenceIndex) -> str | None:
    """The country an unqualified ministry belongs to: the nearest country named in its sentence,
    else in the one before."""
    sent = sents.sent(at)
    best: tuple[int, str] | None = None
    for i in range(sent.start, sent.end):
        key = index.token_key.get(i)
        if key and key.startswith("country:"):
            d = abs(i - at)
            if best is None or d < best[0]:
                best = (d, key.split(":", 1)[1])
    if best:
        return best[1]
    prev = sents.previous(sent)
    if prev is not None:
        for i in range(prev.end - 1, prev.start - 1, -1):
            key = index.token_key.get(i)
            if key and key.startswith("country:"):
                return key.split(":", 1)[1]
    return None


def _describe_person(doc: Doc, s: SpacySpan, person: Entity, index: EntityIndex, attrs: dict, sents: SentenceIndex,
                     rules: Rules) -> None:
    # left: [country|demonym|org|its] [title ...] NAME   ("South Korean Defense Minister Kim Yong-hyun")
    i = s.start - 1
    title_span = None
    if i >= 1 and doc[i].text == "," and (i - 1) in index.titles and s.end < len(doc) and doc[s.end].text in (",", ".", ";"):
        i -= 1  # the title in apposition before the name: "Iran's foreign minister, Abbas Araghchi, ..."
    while i >= 0 and i >= s.start - 6:
        if i in index.titles:
            title_span = index.titles[i]
            i = title_span.start - 1
            break
        if doc[i].lower_ in ("of", "and", "&") or (doc[i].pos_ == "PROPN" and doc[i].is_title and i not in index.token_key):
            i -= 1
            continue
        break
    if title_span is not None:
        person.role = _title_name(title_span, attrs)
        t_attrs = attrs.get(title_span.kb_id_, {})
        # earlier titles in a row ("US Secretary of State and Defense")
        while i >= 0 and (i in index.titles or doc[i].lower_ in ("of", "and")):
            i = index.titles[i].start - 1 if i in index.titles else i - 1
        while i >= 0 and doc[i].lower_ in rules.office_modifiers:  # "Nigerian junior foreign minister"
            i -= 1
        if i >= 0 and doc[i].lower_ in ("'s", "’s"):
            i -= 1
        if i >= 0 and i in index.demonym_at:
            person.country = index.demonym_at[i]
        elif i >= 0 and (key := index.token_key.get(i)):
            if key.startswith("country:"):
                person.country = key.split(":", 1)[1]
            elif key.startswith(("org:", "group:")):
                org = index.entities[key]
                person.member_of = key
                person.country = org.country
        elif i >= 0 and doc[i].lower_ in ("its", "their"):
            person.country = _antecedent_country(doc, i, index, sents)
        if person.country is None and t_attrs.get("country"):
            person.country = t_attrs["country"]
    # right: NAME, a/the TITLE for/of/at ORG|COUNTRY   ("Lin Jian, a spokesperson for the Ministry ...")
    j = s.end
    if j < len(doc) and doc[j].text == ",":
        k = j + 1
        while k < len(doc) and doc[k].lower_ in ("a", "an", "the") or (k < len(doc) and k in index.demonym_at):
            if k in index.demonym_at and person.country is None:
                person.country = index.demonym_at[k]
            k += 1
        # "Abbas Araghchi, Iran's foreign minister": the state before the title, as its possessor
        if k + 2 < len(doc) and doc[k + 1].lower_ in ("'s", "’s") and (k + 2) in index.titles \
                and index.token_key.get(k, "").startswith("country:"):
            person.country = person.country or index.token_key[k].split(":", 1)[1]
            k += 2
        if k < len(doc) and k in index.titles:
            t = index.titles[k]
            person.role = person.role or _title_name(t, attrs)
            k = t.end
            if k < len(doc) and doc[k].lower_ in ("for", "of", "at", "to", "with"):
                k += 1
                while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
                    k += 1
                key = index.token_key.get(k)
                if key and key.startswith("country:"):
                    person.country = person.country or key.split(":", 1)[1]
                elif key and key.startswith(("org:", "group:")):
                    person.member_of = person.member_of or key
                    person.country = person.country or index.entities[key].country
    # a list after a group noun with a side: "their South Korean counterparts, Cho Tae-yul and Kim Yong-hyun"
    if person.country is None:
        k = s.start - 1
        while k >= 0 and (doc[k].text in (",", "and") or doc[k].ent_type_ == "PERSON" or index.token_key.get(k, "").startswith("person:")):
            k -= 1
        if k >= 0 and k < s.start - 1 and doc[k].pos_ == "NOUN" and doc[k].tag_ == "NNS":
            for child in doc[k].lefts:
                if child.i in index.demonym_at:
                    person.country = index.demonym_at[child.i]


def _title_name(span: SpacySpan, attrs: dict) -> str:
    name = attrs.get(span.kb_id_, {}).get("name", span.text)
    return name


def _antecedent_country(doc: Doc, at: int, index: EntityIndex, sents: SentenceIndex) -> str | None:
    """The state an "its"/"their" refers to: the nearest country named before it in the sentence,
    else in the sentence before."""
    sent = sents.sent(at)
    for subjects_only in (True, False):
        for i in range(at - 1, sent.start - 1, -1):
            key = index.token_key.get(i)
            if key and key.startswith("country:") and (not subjects_only or doc[i].dep_ in ("nsubj", "nsubjpass")):
                return key.split(":", 1)[1]
    return _country_in_context(doc, sent.start, index, sents) if sent.start > 0 else None
