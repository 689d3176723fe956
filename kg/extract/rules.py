"""The closed word lists event extraction uses (triggers and cues), loaded by
:func:`load_rules` from ``data/lexicon`` — explicitly, never at import time."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.resources import cue_classes, data_path
from kg.vocab.event_types import EventTypes, registry

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class TriggerRule:
    lemma: str
    pos: str  # VERB or NOUN
    type: str  # gev event class
    need: str  # "-", "weapon", "troops", "obj:a|b", "prep:a|b"
    generated: bool = False  # from the big dictionaries (triggers_*.tsv), not written by hand


@dataclass(frozen=True, slots=True)
class Rules:
    verbs: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict)
    nouns: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict)
    support: frozenset[str] = frozenset()
    say: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    modal: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    coercive: frozenset[str] = frozenset()  # acts that, promised on a condition, are threats
    cooperative: frozenset[str] = frozenset()  # acts that, promised, are commitments to cooperate
    types: EventTypes | None = None  # the ontology's event types (kg.vocab.event_types)
    groups: dict[str, tuple[str, str]] = field(default_factory=dict)  # noun -> (group, armed|official|people)
    # nouns that, named with a state ("Iraqi officials", "rebels in Uganda"), are that state's group:
    # noun -> (group, armed|official|people|organization)
    sided: dict[str, tuple[str, str]] = field(default_factory=dict)
    institutions: frozenset[str] = frozenset()  # groups one per state, named or not: "the Indian Navy"
    agents: dict[str, tuple[str, str]] = field(default_factory=dict)  # Phoenix agent nouns: noun -> (group, kind)
    nonagent: frozenset[str] = frozenset()  # subjects that are no actors: "an earthquake killed ..."
    sport: frozenset[str] = frozenset()  # words of sport: "Spain beat Italy in the final match" is no attack
    # sport's venues and set phrases that name no sport being played ("a blast near the stadium",
    # "two soccer fields", "executed by firing squad"): a sport word there is no sign of sport
    sport_venues: frozenset[str] = frozenset()
    charge_count: frozenset[str] = frozenset()  # "counts of murder": its "of" names a kind of act
    undo: frozenset[str] = frozenset()  # verbs that end what their object names: "lifted sanctions"
    peacekeeping: frozenset[str] = frozenset()  # a deployment of these is no show of force
    victims: frozenset[str] = frozenset()  # "the victims of the attack": who an attack harmed
    aiming: frozenset[str] = frozenset()  # "attacks targeting police": verbs that name an attack's target
    marching: frozenset[str] = frozenset()  # "marched to Khrew": verbs whose "to" says where the act goes on
    using: frozenset[str] = frozenset()  # "an attempt using two drones": verbs that name an instrument
    negating: frozenset[str] = frozenset()  # verbs whose complement did not happen: "failed to renew"
    preventing: frozenset[str] = frozenset()  # "foiled a plot to bomb it": the complement did not happen, nor by the subject
    repelling: frozenset[str] = frozenset()  # "foiled a pirate attack": an act these take as object was made, and failed
    prospective: frozenset[str] = frozenset()  # modifiers of an event noun not (yet) real: "a possible attack"
    raising: frozenset[str] = frozenset()  # "X is believed to have attacked": the passive's subject acts
    sites: frozenset[str] = frozenset()  # nouns of sites an act happens at, described not named: "a shrine"
    recording_verbs: frozenset[str] = frozenset()  # verbs that say something was recorded "on" a medium: "captured on film"
    recording_media: frozenset[str] = frozenset()  # what it was recorded on: "film", "camera"
    vehicles: frozenset[str] = frozenset()  # things people travel in, attacked as sites are: "a bus", "a convoy"
    carrying: frozenset[str] = frozenset()  # what a vehicle does with those in it: "a bus carrying pilgrims"
    maimed: frozenset[str] = frozenset()  # "lost a leg in the attack": what one loses when harmed
    surviving: frozenset[str] = frozenset()  # "survived the attack", "was unharmed in it": aimed at, not harmed
    slaying: frozenset[str] = frozenset()  # acts done only to people: "assassinated the governor" names a person
    alleging: frozenset[str] = frozenset()  # "accused Russia of shelling": the act is alleged, not asserted
    forewarning: frozenset[str] = frozenset()  # "warned of attacks", "fear an invasion": the act is feared, not (yet) done
    denying: frozenset[str] = frozenset()  # "denied shelling the village": the act is disputed, not asserted
    requesting: frozenset[str] = frozenset()  # "called for sanctions", "urged X to deploy": the act is asked for
    aspect: frozenset[str] = frozenset()  # "began attacking", "tried to enter": verbs of an act's phase or attempt
    controlling: frozenset[str] = frozenset()  # "forced residents to flee": whose object does what their complement says
    intending: frozenset[str] = frozenset()  # "Russia's decision to invade": whose holder does what their "to" clause says
    capturing: frozenset[str] = frozenset()  # "retook Palmyra": the place taken changes hands, its people are no target
    control_nouns: frozenset[str] = frozenset()  # "to take control of Sirte": the place whose control is taken
    truce: frozenset[str] = frozenset()  # "a ceasefire in Yemen", "laid down arms in Colombia": fighting ends for the people there
    hitting: frozenset[str] = frozenset()  # "the blast struck a bus": verbs whose act-subject is aimed at their object
    streets: frozenset[str] = frozenset()  # "Oxford Street": a name with these words first or last is a site
    unnamed_places: frozenset[str] = frozenset()  # "in a residential area", "attacked a village": common nouns of a place
    regions: frozenset[str] = frozenset()  # "the province", "the Hama Governorate's": nouns of a region of a state
    towns: frozenset[str] = frozenset()  # "the city", "the town": nouns of a town
    area_parts: frozenset[str] = frozenset()  # "parts of Kashmir", "the outskirts of X": nouns of a part of a place
    open_spaces: frozenset[str] = frozenset()  # "fired into the air / the sea": aimed at no one
    act_nouns: frozenset[str] = frozenset()  # "military action": nouns of an act, no thing anyone owns
    # the word classes of WORD_CLASSES (cue -> field), each explained by its comment in cues.tsv
    body_nouns: frozenset[str] = frozenset()  # "the Bush administration": a body named by its modifier
    group_nouns: frozenset[str] = frozenset()  # "the group said", "the militant group al-Shabab"
    counted: frozenset[str] = frozenset()  # "wounding 30 others": people counted, not named
    deterring: frozenset[str] = frozenset()  # "discourage jihadis from killing": who is kept from it would do it
    share_nouns: frozenset[str] = frozenset()  # "part of", "some of": a share of what follows "of"
    culpable: frozenset[str] = frozenset()  # "responsible for the attack": its subject did the act
    doers: frozenset[str] = frozenset()  # "the perpetrators of the attack"
    part_in: frozenset[str] = frozenset()  # "his role in the bombing"
    laid_on: frozenset[str] = frozenset()  # "the attack was blamed on X"
    witnessing: frozenset[str] = frozenset()  # "the attack, condemned by the UN": "by" names no doer
    holding: frozenset[str] = frozenset()  # "the rebel-held enclave": the place's holder
    readiness: frozenset[str] = frozenset()  # "ready to impose sanctions": an act promised
    concessive: frozenset[str] = frozenset()  # "willing to withdraw": readiness that concedes
    harm_verbs: frozenset[str] = frozenset()  # "an explosion killed", "killed in the attack"
    responding: frozenset[str] = frozenset()  # "responded with air strikes": verbs whose "with" names the act they do
    near_miss: frozenset[str] = frozenset()  # "nearly invaded": adverbs of an act that came close and did not happen
    struck_verbs: frozenset[str] = frozenset()  # "destroyed a tank": verbs whose object is struck, never used
    aim_preps: frozenset[str] = frozenset()  # "fired at a tank": prepositions naming what an attack is aimed at
    foreign_officials: frozenset[str] = frozenset()  # "expelled two diplomats": verbs whose officials are another state's
    blasts: frozenset[str] = frozenset()  # "a bomb exploded", "went off"
    occurring: frozenset[str] = frozenset()  # "the offensive began", "fighting continued"
    done_by_act: frozenset[str] = frozenset()  # "the attack struck the checkpoint"
    toll_words: frozenset[str] = frozenset()  # "left 22 people dead"
    undergone: frozenset[str] = frozenset()  # "five soldiers died": the subject undergoes it
    measures: frozenset[str] = frozenset()  # "a wave of attacks": nouns that count or group acts
    office_modifiers: frozenset[str] = frozenset()  # "junior foreign minister": part of the office
    town_areas: frozenset[str] = frozenset()  # "the outskirts of the capital": the capital is the city
    city_parts: frozenset[str] = frozenset()  # "the capital's market": the capital is the city
    state_nouns: frozenset[str] = frozenset()  # "the country": stands for a state
    people_verbs: frozenset[str] = frozenset()  # "was shot", "killed Oudeh": verbs whose object is who, never where
    area_verbs: frozenset[str] = frozenset()  # "patrolled Harare", "patrolling the streets of Freetown": verbs whose object is the area where they happen
    travelling: frozenset[str] = frozenset()  # "drove to Kandahar and opened fire": a journey whose end is where the act in a row with it happens
    other_place: frozenset[str] = frozenset()  # "the neighbouring village": another place than the one named before
    not_town: frozenset[str] = frozenset()  # "the Al-Mahsaa Mountains": a name no "the town" stands for
    attempt_nouns: frozenset[str] = frozenset()  # "an attempt to assassinate him": made, maybe failed
    purpose_nouns: frozenset[str] = frozenset()  # "in order to protest": the clause's subject does what "to" names
    pact_nouns: frozenset[str] = frozenset()  # "signed a deal to buy jets": what a pact is to do is not (yet) done
    planned: frozenset[str] = frozenset()  # "is scheduled to meet": a planned act
    direction_words: frozenset[str] = frozenset()  # "south of Al-Shadadi"
    place_head_nouns: frozenset[str] = frozenset()  # "the town of Umm Batna"
    naming_verbs: frozenset[str] = frozenset()  # "a place called Teiba": the participle gives its name
    state_head_nouns: frozenset[str] = frozenset()  # "the Baltic states of Lithuania, ..."
    part_nouns: frozenset[str] = frozenset()  # "the majority of the Yarmouk Camp"
    outskirt_nouns: frozenset[str] = frozenset()  # "on the outskirts of X"
    taking_place: frozenset[str] = frozenset()  # "stormed the town": the object is where
    striking_place: frozenset[str] = frozenset()  # "shelled Damascus": verbs whose object is a place struck
    explosion_nouns: frozenset[str] = frozenset()  # "a Pakistan blast": nouns of an explosion, whose state named before is where
    held: frozenset[str] = frozenset()  # "the rebel-held town"
    row_nouns: frozenset[str] = frozenset()  # "a row of houses"
    armed_nouns: frozenset[str] = frozenset()  # "troops entered": armed people
    other_party: frozenset[str] = frozenset()  # "his counterpart": a possessive that names another party
    kin_nouns: frozenset[str] = frozenset()  # "the family of the slain soldier": its "of" names others
    troop_groups: frozenset[str] = frozenset()  # "sent 2,000 marines": the groups (groups.tsv) a deployment sends
    act_causes: frozenset[str] = frozenset()  # "killed in the attack": a cause that is an act
    arms_fire: frozenset[str] = frozenset()  # "killed by enemy fire": words that make "fire" the fire of arms
    mishap_verbs: frozenset[str] = frozenset()  # "a plane crashed, killing 54": a thing's mishap
    running_over: frozenset[str] = frozenset()  # "struck and killed by a train": a vehicle that hits
    crewed: frozenset[str] = frozenset()  # weapon classes of crewed platforms: "a helicopter crashed, killing 12" is a mishap
    city_sides: frozenset[str] = frozenset()  # "central Baghdad": a part of a city, not of its state
    protesting: frozenset[str] = frozenset()  # "police dispersed the protesters": people named by the protest they make
    stance_prefixes: frozenset[str] = frozenset()  # "an anti-government rally": what an act is against, no doer
    against_prefixes: frozenset[str] = frozenset()  # "anti-American protests": against the United States
    ousting: frozenset[str] = frozenset()  # "pushed IS out of Kobani": its "from" or "out of" is where
    craft_nouns: frozenset[str] = frozenset()  # "36 Gripen fighters": after a weapon's name, the craft
    backing: frozenset[str] = frozenset()  # "Turkish-backed rebels": who backs a group, not whose it is
    while_marks: frozenset[str] = frozenset()  # "were killed while raiding a hideout": what the passive's subject was doing
    money: frozenset[str] = frozenset()  # "gave money to", "6.3 million euros": a sum handed over where the model tags no MONEY
    companies: frozenset[str] = frozenset()  # "the company said": nouns of a business, which stand for the one named before
    documents: frozenset[str] = frozenset()  # "a police statement said": what a body issues, which says what the body says
    harming: frozenset[str] = frozenset()  # "killed", "wounded": harm done to people, an outcome of an attack (its own event)
    repeated: frozenset[str] = frozenset()  # "again", "before": an act told as one more of its kind, not the one reported
    scenes: frozenset[str] = frozenset()  # "the site of the blast", "the scene of the shooting": where the act its "of" names happened
    # "was executed for the bombing", "convicted him of the attack": whom these hold to account did it
    blaming: frozenset[str] = frozenset()
    calling: frozenset[str] = frozenset()  # "named the bombing an act of terror": verbs that say what their object is
    platforms: frozenset[str] = frozenset()  # weapon classes crewed by armed people: "warplanes bombed the village"
    # past forms of verbs the tagger also takes for nouns ("a settler shot and killed"): form -> lemma
    verb_forms: dict[str, str] = field(default_factory=dict)

    def trigger_lemmas(self) -> dict[str, frozenset[str]]:
        """The lemmas that may trigger an event, by part of speech ("VERB", "NOUN"): a sentence
        holding none of them (nor a cue of intent or obligation) yields no event."""
        return {"VERB": frozenset(self.verbs) | self.coercive | self.cooperative | self.say,
                "NOUN": frozenset(self.nouns)}


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle, delimiter="\t") if row and not row[0].startswith("#")]


# what a trigger row may need (triggers.tsv's fourth column, parts joined by "&"), as read by
# kg.extract.triggers._need_met: a row naming another is refused when the rules load (a misspelt
# need used to make its row silently never match)
NEEDS_PLAIN = frozenset({"-", "happening", "weapon", "troops", "actorobj", "captive", "guest", "actor", "future",
                         "clause", "placeobj", "armed", "dobj", "nodobj", "money", "act", "doneto", "notpersons",
                         "bought", "state", "notstate", "stateobj", "named", "country", "doer", "unarmed"})
NEEDS_WITH_WORDS = frozenset({"heldprep", "obj", "notobj", "notdobj", "notpobj", "prep", "aim", "head", "nothead", "act", "notmod", "mod",
                              "xcomp", "child", "pobj", "notsubj", "by", "subj"})


def need_problem(need: str) -> str | None:
    """Why a trigger row's need cannot be read, or None."""
    for part in need.split("&"):
        kind, colon, words = part.partition(":")
        if not colon and kind in NEEDS_PLAIN:
            continue
        if colon and kind in NEEDS_WITH_WORDS and words and all(words.split("|")):
            continue
        return (f"need {part!r} is none of {', '.join(sorted(NEEDS_PLAIN))} nor KIND:a|b with KIND one of "
                f"{', '.join(sorted(NEEDS_WITH_WORDS))}")
    return None


class RulesError(ValueError):
    """A lexicon row the rules cannot use (an unknown event type, a bad part of speech)."""


# cue class of cues.tsv -> the Rules field it is read into (the word classes once Python sets, issue 13)
WORD_CLASSES = {
    "body_noun": "body_nouns", "group_noun": "group_nouns", "counted": "counted", "deterring": "deterring",
    "share_noun": "share_nouns", "culpable": "culpable", "doer": "doers", "part_in": "part_in", "laid_on": "laid_on",
    "witnessing": "witnessing", "recording_verb": "recording_verbs", "recording_medium": "recording_media",
    "holding": "holding", "readiness": "readiness", "concessive": "concessive", "harm_verb": "harm_verbs", "near_miss": "near_miss", "responding": "responding",
    "foreign_official": "foreign_officials", "struck_verb": "struck_verbs", "aim_prep": "aim_preps",
    "blast": "blasts", "occurring": "occurring", "done_by_act": "done_by_act", "toll_word": "toll_words",
    "undergone": "undergone", "measure": "measures", "office_modifier": "office_modifiers",
    "town_area": "town_areas", "city_part": "city_parts", "state_noun": "state_nouns",
    "other_place": "other_place", "not_town": "not_town", "travelling": "travelling", "area_verb": "area_verbs", "people_verb": "people_verbs",
    "attempt_noun": "attempt_nouns", "purpose_noun": "purpose_nouns", "pact_noun": "pact_nouns", "planned": "planned", "direction_word": "direction_words",
    "place_head_noun": "place_head_nouns", "naming_verb": "naming_verbs", "state_head_noun": "state_head_nouns", "part_noun": "part_nouns",
    "outskirt_noun": "outskirt_nouns", "taking_place": "taking_place", "striking_place": "striking_place", "explosion_noun": "explosion_nouns", "held": "held", "row_noun": "row_nouns",
    "armed_noun": "armed_nouns", "troop_group": "troop_groups", "other_party": "other_party", "kin_noun": "kin_nouns", "act_cause": "act_causes", "arms_fire": "arms_fire",
    "mishap_verb": "mishap_verbs", "running_over": "running_over", "crewed": "crewed", "city_side": "city_sides",
    "protesting": "protesting", "stance_prefix": "stance_prefixes", "against_prefix": "against_prefixes",
    "while_mark": "while_marks", "backing": "backing", "ousting": "ousting",
    "craft_noun": "craft_nouns",
}

GROUP_USES = ("described", "both", "side", "institution")


def _groups(path: Path) -> tuple[dict, dict, set]:
    """The group nouns of ``groups.tsv``: noun, group, kind and use — ``described`` (a group the
    text describes: "unidentified gunmen"), ``side`` (only named with a state: "the Iraqi
    opposition"), ``both``, or ``institution`` (both, and one per state: "the Indian Navy")."""
    groups: dict[str, tuple[str, str]] = {}
    sided: dict[str, tuple[str, str]] = {}
    institutions: set[str] = set()
    if not path.exists():
        return groups, sided, institutions
    for row in _rows(path):
        noun, group, kind = row[:3]
        use = row[3] if len(row) > 3 and row[3] else "described"
        if use not in GROUP_USES:
            raise RulesError(f"{path}: {noun!r} has use {use!r}, not one of {', '.join(GROUP_USES)}")
        if kind not in ("armed", "official", "people") and not (kind == "organization" and use == "side"):
            raise RulesError(f"{path}: {noun!r} has kind {kind!r}, not armed, official or people "
                             "(organization only for use side)")
        if use != "side":
            groups[noun] = (group, kind)
        if use != "described":
            sided[noun] = (group, kind)
        if use == "institution":
            institutions.add(group)
    return groups, sided, institutions


def _verb_forms(path: Path) -> dict[str, str]:
    """The verb forms of ``verb_forms.tsv`` (form TAB lemma) the tagger also takes for nouns."""
    return {row[0].lower(): row[1].lower() for row in _rows(path) if len(row) >= 2} if path.exists() else {}


PHOENIX_KINDS = {"ArmedForce": "armed", "GovernmentBody": "official", "Group": "people"}


def _phoenix_agents(path: Path, groups: dict) -> dict[str, tuple[str, str]]:
    """The agent nouns of the Phoenix dictionaries (``tools/phoenix_lexicons.py``): described
    people the hand-written group list does not name ("a Swiss court", "the envoy", "lawmakers"),
    each its own group, by its sector's class."""
    out: dict[str, tuple[str, str]] = {}
    if not path.exists():
        return out
    for row in _rows(path):
        if len(row) < 3 or row[2] not in PHOENIX_KINDS:
            continue
        noun = row[0].lower()
        if noun not in groups:
            out.setdefault(noun, (noun, PHOENIX_KINDS[row[2]]))
    return out


def load_rules(directory: Path | None = None, types: EventTypes | None = None) -> Rules:
    """The trigger and cue lists of ``directory`` (default: the package's ``data/lexicon``),
    checked against the event types of the ontology (``types``, default: the package's)."""
    directory = directory or data_path("lexicon")
    types = types if types is not None else registry()
    verbs: dict[str, list[TriggerRule]] = {}
    nouns: dict[str, list[TriggerRule]] = {}
    hand: set[tuple[str, str]] = set()
    # the hand-written rows first; then the rows generated from the big dictionaries
    # (triggers_*.tsv, e.g. PETRARCH2's verb patterns), for lemmas the hand rows do not list
    # (triggers_fallback.tsv, written by hand, comes last and shadows nothing: a lemma's rows there
    # apply only where none of its other rows does — "entered the town" by a convoy is an Incident)
    fallback = directory / "triggers_fallback.tsv"
    files = [directory / "triggers.tsv", *sorted(p for p in directory.glob("triggers_*.tsv") if p != fallback),
             *([fallback] if fallback.exists() else [])]
    for path in files:
        generated = path.name not in ("triggers.tsv", fallback.name)
        handwritten = path == files[0]  # triggers.tsv (compared once per file, not per row: 10,000 rows)
        for n, row in enumerate(_rows(path), 1):
            if len(row) < 4:
                raise RulesError(f"{path}: row {n} {row!r} has fewer than 4 columns")
            lemma, pos, etype, need = row[:4]
            if etype not in types:
                raise RulesError(f"{path}: trigger {lemma!r} names unknown event type {etype!r}; "
                                 f"known types are the concepts of gev:EventTypes: {', '.join(sorted(types))}")
            if pos not in ("VERB", "NOUN"):
                raise RulesError(f"{path}: trigger {lemma!r} has part of speech {pos!r}, not VERB or NOUN")
            problem = need_problem(need)
            if problem:
                raise RulesError(f"{path}: row {n}, trigger {lemma!r}: {problem}")
            if generated and (lemma, pos) in hand:
                continue
            if handwritten:
                hand.add((lemma, pos))
            target = verbs if pos == "VERB" else nouns
            target.setdefault(lemma, []).append(TriggerRule(lemma, pos, etype, need, generated))
    cues = cue_classes(directory)
    groups, sided, institutions = _groups(directory / "groups.tsv")
    return Rules(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        support=cues["support"],
        say=cues["say"],
        hypothetical=cues["hypothetical"],
        modal=cues["modal"],
        generic=cues["generic"],
        coercive=cues["coercive"],
        cooperative=cues["cooperative"],
        types=types,
        groups=groups,
        sided=sided,
        institutions=frozenset(institutions),
        agents=_phoenix_agents(directory / "phoenix" / "agents.tsv", groups),
        nonagent=cues.get("nonagent", frozenset()),
        sport=cues.get("sport", frozenset()),
        sport_venues=cues.get("sport_venues", frozenset()),
        charge_count=cues.get("charge_count", frozenset()),
        undo=cues.get("undo", frozenset()),
        peacekeeping=cues.get("peacekeeping", frozenset()),
        victims=cues.get("victims", frozenset()),
        aiming=cues.get("aiming", frozenset()),
        marching=cues.get("marching", frozenset()),
        using=cues.get("using", frozenset()),
        negating=cues.get("negating", frozenset()),
        preventing=cues.get("preventing", frozenset()),
        repelling=cues.get("repelling", frozenset()),
        prospective=cues.get("prospective", frozenset()),
        raising=cues.get("raising", frozenset()),
        maimed=cues.get("maimed", frozenset()),
        surviving=cues.get("surviving", frozenset()),
        slaying=cues.get("slaying", frozenset()),
        alleging=cues.get("alleging", frozenset()),
        denying=cues.get("denying", frozenset()),
        forewarning=cues.get("forewarning", frozenset()),
        requesting=cues.get("requesting", frozenset()),
        aspect=cues.get("aspect", frozenset()),
        controlling=cues.get("controlling", frozenset()),
        intending=cues.get("intending", frozenset()),
        sites=cues.get("site", frozenset()),
        vehicles=cues.get("vehicle", frozenset()),
        carrying=cues.get("carrying", frozenset()),
        capturing=cues.get("capturing", frozenset()),
        control_nouns=cues.get("control_noun", frozenset()),
        truce=cues.get("truce", frozenset()),
        money=cues.get("money", frozenset()),
        hitting=cues.get("hitting", frozenset()),
        streets=cues.get("street", frozenset()),
        unnamed_places=cues.get("unnamed_place", frozenset()),
        regions=cues.get("region", frozenset()),
        towns=cues.get("town", frozenset()),
        area_parts=cues.get("area_part", frozenset()),
        open_spaces=cues.get("open_space", frozenset()),
        act_nouns=cues.get("act_noun", frozenset()),
        **{name: cues.get(cue, frozenset()) for cue, name in WORD_CLASSES.items()},
        companies=cues.get("company_noun", frozenset()),
        documents=cues.get("document_noun", frozenset()),
        harming=cues.get("harming", frozenset()),
        repeated=cues.get("repeated", frozenset()),
        scenes=cues.get("scene", frozenset()),
        platforms=cues.get("platform", frozenset()),
        blaming=cues.get("blaming", frozenset()),
        calling=cues.get("calling", frozenset()),
        verb_forms=_verb_forms(directory / "verb_forms.tsv"),
    )


def modified_name_rows(rules: Rules, token: Token) -> list[TriggerRule]:
    """The rows of an event noun that ends a capitalised name with a modifier the row asks for,
    which the tagger takes for a name ("a possible Foreign Military Sale to Poland"): only the rows
    that ask for a modifier are read, and only where a word of the name is one they ask for."""
    if token.pos_ != "PROPN" or not token.is_title or (form := noun_form(rules, token)) is None:
        return []
    mods = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
    return [r for r in rules.nouns[form] for part in r.need.split("&")
            if part.startswith("mod:") and mods & set(part[4:].split("|"))]


def noun_form(rules: Rules, token: Token) -> str | None:
    """The event noun of the rules a capitalised word the tagger took for a name is, also in the
    plural, which the model leaves unlemmatised as a name ("Three Killed in Kenya Protests",
    "Baghdad Bombings Kill One", "Clashes erupted", "a Foreign Military Sale")."""
    low = token.lower_
    for form in (low, low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith("es") else ""):
        if form and form in rules.nouns:
            return form
    return None
