"""Across documents: reports of the same happening get the same identity, in two layers.

1. An event's IRI is its *signature*: type, modality, date (for an undated event, its story's
   publication date), its actors and, for directed acts, its targets — as canonical entity
   keys — plus, for a statement, its first quote. Reports with equal signatures share one IRI,
   so a syndicated copy adds a source, not an event (:func:`event_key`).
2. Reports with different signatures that describe one happening — same type, overlapping
   actors, compatible dates — are grouped (:func:`cluster_reports`); then a report that leaves
   the other side out ("Sudan bombed a camp", "HP agreed to buy") joins the one group it can
   complete, if there is only one; then one speaker's statements about one such happening. The
   default graph holds each group as one event (see :mod:`kg.resolve.across`, :mod:`kg.rdf.union`).

Both depend on nothing but the set of reports, so loading documents one at a time, in any
order, gives the same events as one build. Different dates, different people (two Kims) or
different targets keep events apart."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.records import Event
from kg.resources import cue_classes, name_titles
from kg.vocab.event_types import registry



def _norm_quote(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))[:200]


def event_signature(ev: Event, reported: str | None = None) -> str:
    """``reported``: the publication date of the reporting document; an undated event is keyed
    by it ("on or before 2024-10-31"), so that an undated "X attacked Y" of one week is not the
    one of another, while same-day copies of a story still share their keys. (A statement's
    content — what it is about — is not part of it: one speaker's words on one day in one story
    are one statement; measured on ECB+, keying statements by content split more true pairs than
    it kept false ones apart.)"""
    when = ev.date or (f"<={reported}" if reported else "")
    parts = [ev.type, ev.modality, when, "|".join(sorted(set(ev.agents) | set(ev.participants)))]
    if ev.type in registry().directed:
        parts.append("|".join(sorted(set(ev.targets))))
        if ev.counts:
            # copies of one story give the same count: "the navy captured 23 pirates" and "the navy
            # captured 26 pirates", both undated, are no copies (whether they are one happening is
            # for cluster_reports to say)
            parts.append(",".join(map(str, sorted(set(ev.counts)))))
    if not ev.agents and not ev.participants:
        # an agentless report ("a man was shot dead in Guadalajara") is told apart by what it names
        parts += ["|".join(sorted(set(ev.targets))), "|".join(sorted(set(ev.places)))]
    if ev.type == "Statement" and ev.quotes:
        parts.append(_norm_quote(ev.quotes[0]))
    return "\x1f".join(parts)


def event_key(ev: Event, reported: str | None = None) -> str:
    """A short, stable identifier of the happening a report describes."""
    return hashlib.sha256(event_signature(ev, reported).encode("utf-8")).hexdigest()[:20]


# ------------------------------------------------------------------ reports of one happening
MAX_BLOCK = 300  # reports sharing one actor beyond this are too generic to compare pairwise


@dataclass(frozen=True, slots=True)
class Report:
    """One event as a document reports it (an event IRI of a document graph), with what fusion
    compares: type, modality, date, actors and targets (IRIs, with the country of each where
    known; ``countries`` marks actors that are themselves states), weapons and places."""

    iri: str
    type: str
    modality: str
    date: str | None = None
    actors: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # places below the level of a state (cities, regions)
    about: frozenset[str] = frozenset()  # for a statement: the events reported in what was said
    side: dict[str, str] = field(default_factory=dict)  # actor IRI -> ISO3 of the state it is or serves
    countries: frozenset[str] = frozenset()  # actor IRIs that are states
    window: tuple[str, str] | None = None  # first and last day it can have happened on (ISO dates)
    regions: frozenset[str] = frozenset()  # ISO3 of the states it happened in (its places' states)
    specific: bool = False  # a mention names one occurrence ("bombed", "the strike"; see gev:specific)
    triggers: frozenset[str] = frozenset()  # the lemmas of its trigger words ("shoot", "shooting")
    counts: frozenset[int] = frozenset()  # how many it acted on, where counted ("captured 23 pirates")


def _overlap(a: Report, b: Report, xs: frozenset[str], ys: frozenset[str]) -> bool:
    """The same actor, or a state and someone of that state ("the United States" and Blinken)."""
    if xs & ys:
        return True
    for x in xs:
        for y in ys:
            cx, cy = a.side.get(x), b.side.get(y)
            if cx and cx == cy and (x in a.countries or y in b.countries):
                return True
            if _same_person(x, y) and not (cx and cy and cx != cy):
                return True
    return False


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Words of rank or address that a document may keep in a name ("Deputy Ortiz", "Capt. Tom
    Tennant"): no part of the name, but a title and a surname name one person as a full name does.
    Read once from ``name_titles.tsv`` (both kinds)."""
    return frozenset(word for word, _ in name_titles())


def _name_words(iri: str) -> tuple[list[str], bool]:
    """The words of a person's name from its IRI (``person/USA/antony_blinken``), initials and
    leading titles left out ("Winston K. Blackmore" is "winston blackmore", "Deputy Ortiz" is
    "ortiz"), and whether a title was left out; no words for anything but a person."""
    if "/person/" not in iri:
        return [], False
    words = [w for w in iri.rsplit("/", 1)[-1].replace(".", " ").replace("_", " ").split() if len(w) > 1]
    n = 0
    while n < len(words) - 1 and words[n] in _titles():
        n += 1
    return words[n:], n > 0


def _person_name(iri: str) -> list[str] | None:
    """The words of a person's name (:func:`_name_words`); None for anything but a person."""
    return _name_words(iri)[0] or None


def _same_person(x: str, y: str, surname: bool = False) -> bool:
    """Two documents' names of one person as one report compares them: the shorter name's words
    are all in the longer one, with the same last word and at least two words ("Winston Blackmore"
    and "Winston K. Blackmore", "Warren Jeffs" and "Warren Steed Jeffs"; not "Jackson" alone,
    which may be any Jackson — unless ``surname``: where the reports already agree on who acted,
    "the Highway Patrol arrested Jackson" is the Vincent Jackson it arrested that week; or unless
    a title goes with it: "Deputy Ortiz" is the Jerry Ortiz another report names)."""
    (nx, tx), (ny, ty) = _name_words(x), _name_words(y)
    if not nx or not ny or nx == ny:
        return bool(nx) and nx == ny
    (short, titled), (long, _) = sorted(((nx, tx), (ny, ty)), key=lambda w: len(w[0]))
    return (len(short) >= 2 or surname or titled) and short[-1] == long[-1] and set(short) <= set(long)


def _comparable(a: Report, b: Report) -> bool:
    """What any two reports of one happening share: type and modality, compatible dates and a
    common day, an actor (or a state and someone of it), and a weapon where both name one."""
    from kg.extract.dates import compatible

    if a.type != b.type or a.modality != b.modality or not compatible(a.date, b.date):
        return False
    if _meet(a.window, b.window) is False or not _overlap(a, b, a.actors, b.actors):
        return False
    return not (a.weapons and b.weapons and not a.weapons & b.weapons)


def same_happening(a: Report, b: Report) -> bool:
    """Whether two reports can describe one happening: same type and modality, compatible
    dates, overlapping actors, overlapping targets and weapons where both name them — and,
    unless both give the same day, for directed acts matching targets (or no targets, the same
    sides and a shared place), for meetings and agreements parties of which one report's are all
    in the other's (or two shared sides) — but a report naming one party or no target is set
    against fuller ones only later, in :func:`cluster_reports`. Speech acts are not compared here: "X said" twice is
    usually two statements (see :func:`cluster_reports` for statements about one happening)."""
    if a.type in registry().speech:
        return False
    if _same_act_on_alike(a, b) or _same_act_counted(a, b) or _told_as_actor(a, b) or _told_as_actor(b, a):
        return True
    if _unnamed(a.actors) and _unnamed(b.actors):
        return _same_scene(a, b)  # neither names who acted: what was hit, and where, must match
    if _same_person_acted_on(a, b):
        return True
    if not _comparable(a, b) or not _targets_agree(a, b):
        return False
    if _same_day(a, b):
        return True  # the same kind of act by the same actor on the same day
    # otherwise one shared actor is too little ("the United States" acts every week): the
    # targets must match too, or for meetings and agreements two parties
    if a.type in registry().directed:
        # both name the same target, or neither names one and the same sides act in the same place
        return bool(a.targets and b.targets) or (
            not a.targets and not b.targets and _sides(a) == _sides(b) and bool(a.places & b.places))
    if _vague(a) != _vague(b):
        return False  # one party joins a meeting of several only as its one candidate (cluster_reports)
    return _parties_agree(a, b)




def _vague(r: Report) -> bool:
    """A report that leaves out who was on the other side: a directed act naming no target ("Sudan
    bombed a camp"), a meeting or agreement naming one party ("HP agreed to buy a company")."""
    if _unnamed(r.actors):
        return True  # no agent named in the text: "a man was shot dead", "gunmen opened fire"
    if r.type in registry().directed:
        return not r.targets
    return r.type in registry().symmetric and len(r.actors) < 2


def _may_complete(v: Report, s: Report) -> bool:
    """Whether the fuller report ``s`` can be the happening the vague report ``v`` leaves
    incomplete: same type and modality, compatible dates known to within a month (or not known at
    all: a corpus without dates, as ECB+), an actor in common who is not the one ``s`` acts on, and
    no weapon, place or state of place that tells them apart. A directed act is completed only by
    mentions of one occurrence on both sides ("Sudan bombed a camp" by "the SAF attacked a camp in
    South Sudan"; never "to fight Isis"). Speech acts (demands, threats) are not completed."""
    if _unnamed(v.actors):
        return _may_complete_agentless(v, s)
    if not _comparable(v, s) or (v.type in registry().directed and not (v.specific and s.specific)):
        return False
    if s.targets and _overlap(v, s, v.actors, s.targets):
        return False  # "Turkey launched an offensive" does not complete "the PKK attacked Turkey"
    if _days(v.window) > VAGUE_SPAN_DAYS or _days(s.window) > VAGUE_SPAN_DAYS:
        return False  # "Islamic State attacked in 2014": a year holds too many to say which
    if v.places and s.places and not v.places & s.places:
        return False
    where = s.regions | {s.side[t] for t in s.targets if t in s.side}
    return not (v.regions and where and not v.regions & where)


VAGUE_SPAN_DAYS = 31


def _unnamed(actors: frozenset[str]) -> bool:
    """No actor, or only groups described in one document ("gunmen": ``group/~{document}/...``)."""
    return all("/group/~" in a for a in actors)


def _may_complete_agentless(v: Report, s: Report) -> bool:
    """A report that gives no agent ("a man was shot dead in Guadalajara", "the bombing in
    Boston") and a fuller one that names the same target or place: same type and modality,
    compatible dates and days, both mentions of one occurrence, no weapon or place that tells them
    apart."""
    named = {t for t in v.targets & s.targets if t not in v.countries | s.countries and "/group/~" not in t}
    return not _unnamed(s.actors) and _scene_agrees(v, s) and (bool(v.places & s.places) or bool(named) or any(
        _same_person(x, y) for x in v.targets for y in s.targets))


def _same_scene(a: Report, b: Report) -> bool:
    """Two reports that name no agent ("Vincent Jackson was arrested", "the summit in Tehran"):
    one happening when they agree as :func:`_scene_agrees` asks and name the same person as
    target (one person is not arrested or killed twice in a week) or, for a meeting or an
    agreement, the same place below a state ("the summit in Tehran"). Not an organisation ("the battle against Isis" goes on for years) nor a state alone
    ("killed in Syria": too many happenings a week)."""
    if not _scene_agrees(a, b):
        return False
    if any(_same_person(x, y) for x in a.targets for y in b.targets):
        return True
    # a town sees one summit a week, but many strikes, arrests and clashes ("captured north of Raqqa",
    # "the battle to retake Raqqa"): a place alone tells a meeting or an agreement, not a directed act
    return a.type in registry().symmetric and bool(a.places & b.places)


def _same_person_acted_on(a: Report, b: Report) -> bool:
    """Two reports of a directed act on the same named person ("police apprehended Vincent
    Jackson", "the Highway Patrol arrested Vincent Jackson", "Jackson was arrested"), agreeing as
    :func:`_scene_agrees` asks and with agents that agree (:func:`_agents_agree`): one happening
    though they name the agent differently — one person is not arrested or shot twice in a week.
    A surname alone ("Jackson") is that person where both name the same agent."""
    if a.type not in registry().directed or not _agents_agree(a, b):
        return False
    surname = bool(a.actors) and _overlap(a, b, a.actors, b.actors)
    return _one_person_in(a, b, surname) and _scene_agrees(a, b)


def _one_person_in(a: Report, b: Report, surname: bool = False) -> bool:
    """Both reports act on one person (:func:`_same_person`), not named alike in two states."""
    for x in a.targets:
        for y in b.targets:
            cx, cy = a.side.get(x), b.side.get(y)
            if _same_person(x, y, surname) and not (cx and cy and cx != cy):
                return True
    return False


def _stems(r: Report) -> set[str]:
    """The trigger words of a report as verbs: "shooting" and "shoot" are one act."""
    return {_stem(t) for t in r.triggers}


@lru_cache(maxsize=4096)  # called for both reports of every pair compared: a few hundred words in all
def _stem(t: str) -> str:
    """A trigger word as a verb: "shooting" -> "shoot", "stabbing" -> "stab", "explosion" ->
    "explode", "assassination" -> "assassinate"."""
    t = t.lower()
    if t.endswith("ing") and len(t) > 5:
        t = t[:-3]
        if len(t) > 3 and t[-1] == t[-2] and t[-1] not in "ls":
            t = t[:-1]  # stabbing -> stab
        return t
    for noun, verb in (("sion", "de"), ("ation", "ate"), ("tion", "te")):
        if t.endswith(noun) and len(t) > len(noun) + 3:
            return t[:-len(noun)] + verb
    return t


@lru_cache(maxsize=1)
def _anyone() -> frozenset[str]:
    """Described targets that tell no act apart: anyone, and the armed sides of a war, acted on
    every day (the cue class anyone of ``cues.tsv``, read once, when first needed)."""
    return cue_classes()["anyone"]


def _same_act_on_alike(a: Report, b: Report) -> bool:
    """Two reports of the same act (one trigger word: "shot", "the shooting") on people described
    alike ("workers", "people"), with agents, dates, places, states and weapons that agree."""
    if a.type != b.type or a.type not in registry().directed or not (_stems(a) & _stems(b)):
        return False
    if not (_described(a.targets) & _described(b.targets)) - _anyone() or not _agents_agree(a, b):
        return False
    if not (a.actors or b.actors) and not (a.specific and b.specific):
        return False  # neither names who acted: both must tell of one occurrence ("a bomb exploded")
    return _setting_agrees(a, b)


def _counted_alike(a: Report, b: Report) -> bool:
    """The same act (one trigger word) on as many people, counted ("captured 23 pirates", "nabbed
    23 sea brigands", "capturing 23 of the raiders")."""
    return bool(a.counts & b.counts) and bool(_stems(a) & _stems(b))


def _same_act_counted(a: Report, b: Report) -> bool:
    """Two reports of the same act on as many people (:func:`_counted_alike`) by agents that are
    one (the same actor, or bodies of one state: "the Indian navy", "Indian naval forces"), however
    they describe those acted on, with a setting that agrees (:func:`_setting_agrees`)."""
    if a.type != b.type or a.type not in registry().directed or not _counted_alike(a, b):
        return False
    if not (a.actors and b.actors) or (_unnamed(a.actors) and _unnamed(b.actors)) or not _agents_agree(a, b):
        return False  # someone is named, and the other agent is one with it or described ("its commandos")
    return _setting_agrees(a, b)


def _told_as_actor(a: Report, b: Report) -> bool:
    """A report whose one agent is the person another report of the same act names as acted on,
    and which names no one acted on: a headline's participle read as an active verb ("Jamal
    Williams arrested on DUI suspicion" beside "police arrested Jamal Williams"). Same trigger
    word, a setting that agrees (:func:`_setting_agrees`), and not a person another state acted on."""
    if a.type != b.type or a.type not in registry().directed or a.targets or len(a.actors) != 1 or not (_stems(a) & _stems(b)):
        return False
    (person,) = a.actors
    if not _person_name(person) or person not in b.targets or person in b.actors:
        return False
    # the one acted on by another state ("US strikes on Assad") acts himself ("Assad's gas attack")
    theirs = {b.side[x] for x in b.actors if x in b.side}
    return not (a.side.get(person) and theirs and a.side[person] not in theirs) and _setting_agrees(a, b)


def _setting_agrees(a: Report, b: Report) -> bool:
    """Same modality, compatible dates known to within a month (or not at all), no other weapon,
    place or state of place."""
    from kg.extract.dates import compatible

    if a.modality != b.modality or not compatible(a.date, b.date) or _meet(a.window, b.window) is False:
        return False
    if _days(a.window) > VAGUE_SPAN_DAYS or _days(b.window) > VAGUE_SPAN_DAYS:
        return False
    if a.weapons and b.weapons and not a.weapons & b.weapons:
        return False
    if a.places and b.places and not a.places & b.places:
        return False
    return not (a.regions and b.regions and not a.regions & b.regions)


def _agents_agree(a: Report, b: Report) -> bool:
    """The agents of two reports can be one: one report names none, or they overlap, or both are
    of one state ("the police" and "the California Highway Patrol") and not two different named
    people ("Pierce clashed with Trump", "Ellwood clashed with Trump"); a described group
    ("gunmen") agrees with a named agent other than a state."""
    if not a.actors or not b.actors or _overlap(a, b, a.actors, b.actors):
        return True
    if _unnamed(a.actors) or _unnamed(b.actors):
        return not (a.actors | b.actors) & (a.countries | b.countries)
    if any(_person_name(x) for x in a.actors) and any(_person_name(y) for y in b.actors):
        return False
    return bool(_sides(a) & _sides(b) - a.actors - b.actors)


def _scene_agrees(v: Report, s: Report) -> bool:
    """Same type and modality, compatible dates and days known to within a month, both mentions
    of one occurrence, no weapon or place that tells them apart."""
    from kg.extract.dates import compatible

    if v.type != s.type or v.modality != s.modality or not compatible(v.date, s.date):
        return False
    if _meet(v.window, s.window) is False or not (v.specific and s.specific):
        return False
    if _days(v.window) > VAGUE_SPAN_DAYS or _days(s.window) > VAGUE_SPAN_DAYS:
        return False
    if v.weapons and s.weapons and not v.weapons & s.weapons:
        return False
    return not (v.places and s.places and not v.places & s.places)


def _days(window: tuple[str, str] | None) -> int:
    import datetime as dt

    if window is None:
        return 0
    return (dt.date.fromisoformat(window[1]) - dt.date.fromisoformat(window[0])).days


def _sides(r: Report) -> frozenset[str]:
    return frozenset(r.side.get(x, x) for x in r.actors)


def _targets_agree(a: Report, b: Report) -> bool:
    if not (a.targets and b.targets) or _overlap(a, b, a.targets, b.targets):
        return True
    # those an act is directed at, described alike ("pirates"); not what a deployment sends ("troops")
    return a.type in registry().directed and bool(_described(a.targets) & _described(b.targets))


def _described(iris: frozenset[str]) -> set[str]:
    """The head nouns of the groups a document describes without naming them ("pirates" of
    ``group/~1a2b/somali_pirates``): such a group is one document's, but the same act by the same
    actor on "pirates" in two reports of one week is one act on the same people."""
    return {iri.rsplit("/", 1)[-1].rsplit("_", 1)[-1] for iri in iris if "/group/~" in iri}


def _parties_agree(a: Report, b: Report) -> bool:
    """Meetings and agreements: the parties one report names are all among the other's ("Ross
    is in negotiations" and "Ross and Lionsgate are in negotiations"), or two sides are shared."""
    if a.type not in registry().symmetric:
        # an act of one side (a protest, an escape): the parties named, not the people described
        # ("Greeks and union members protested", "Greeks and people protested")
        na, nb = _named(a.actors), _named(b.actors)
        if na and nb and (_among(na, nb) or _among(nb, na)):
            return True
    return _among(a.actors, b.actors) or _among(b.actors, a.actors) or _shared_sides(a, b) >= 2


def _named(actors: frozenset[str]) -> frozenset[str]:
    return frozenset(a for a in actors if "/group/~" not in a)


def _among(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Every party of ``xs`` is one of ``ys``: the same IRI, or one person's two names ("Joseph
    Comeaux Jr" and "Arcade Joseph Comeaux Jr.", :func:`_same_person`)."""
    return all(x in ys or any(_same_person(x, y) for y in ys) for x in xs)


def _parties_conflict(a: Report, b: Report) -> bool:
    """Two reports that each name two or more parties, different ones: "X met Y", "X met Z"."""
    return len(a.actors) >= 2 and len(b.actors) >= 2 and not _parties_agree(a, b)


def _same_day(a: Report, b: Report) -> bool:
    return bool(a.date and len(a.date) == 10 and a.date == b.date)


def _shared_sides(a: Report, b: Report) -> int:
    return len(_sides(a) & _sides(b))


REPORTING_LAG_DAYS = 7  # an undated event of a story is taken to lie in the week before it


def report_window(date: str | None, published: str | None) -> tuple[str, str] | None:
    """The days an event can have happened on: its own date's span ("2024-06" → the month), or
    for an undated event the week up to its story's publication; None when nothing is known."""
    import calendar
    import datetime as dt

    if date:
        parts = [int(x) for x in date.split("-")]
        if len(parts) == 1:
            return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return f"{parts[0]:04d}-{parts[1]:02d}-01", f"{parts[0]:04d}-{parts[1]:02d}-{last:02d}"
        return date, date
    if published:
        day = dt.date.fromisoformat(published[:10])
        return (day - dt.timedelta(days=REPORTING_LAG_DAYS)).isoformat(), day.isoformat()
    return None


def _meet(a: tuple[str, str] | None, b: tuple[str, str] | None) -> tuple[str, str] | None | bool:
    """The days two windows share: None if either is unknown, False if they share none."""
    if a is None or b is None:
        return a or b
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else False


def _keys(r: Report) -> set[str]:
    """What candidate pairs are blocked by: actors and their states; and the places and targets,
    where a report without an agent meets the fuller reports it may complete."""
    keys = set(r.actors) | {f"iso:{r.side[a]}" for a in r.actors if a in r.side}
    # one person named two ways acts in both ("Winston Blackmore", "Winston K. Blackmore": _overlap)
    keys |= {f"by:person:{name[-1]}" for name in map(_person_name, r.actors) if name}
    if r.type in registry().directed:
        keys |= {f"hit:{s}:{h}" for s in _stems(r) for h in _described(r.targets)}
        keys |= {f"count:{s}:{n}" for s in _stems(r) for n in r.counts}  # "captured 23" (_same_act_counted)
        # a person acted on, and a person told as the one who acted on no one (_told_as_actor)
        keys |= {f"on:{t}" for t in (r.targets or r.actors) if _person_name(t)}
    if r.specific:
        keys |= {f"at:{p}" for p in r.places} | {f"on:{t}" for t in r.targets}
        keys |= {f"on:person:{name[-1]}" for name in map(_person_name, r.targets) if name}  # "Winston K. Blackmore"
    return keys


def _weak(a: Report, b: Report) -> bool:
    """Whether two reports lack the strongest evidence of one happening: the same day, or the same
    act on as many people (:func:`_counted_alike`) or on people described alike (:func:`_same_act_on_alike`)."""
    return not (_same_day(a, b) or _counted_alike(a, b) or _same_act_on_alike(a, b))


def may_join(a: Report, b: Report) -> bool:
    """Whether :func:`cluster_reports` may join two reports of one block directly (either way
    round): it joins the pairs it compares only when this holds, and statements only through the
    events they are about. A store keeps these pairs to find what an addition can regroup
    (kg.index): a new way of joining two reports belongs here too."""
    return same_happening(a, b) or same_happening(b, a) or _may_complete(a, b) or _may_complete(b, a)


def cluster_reports(reports: list[Report], oversized: frozenset = frozenset(),
                    candidates: dict[str, set[str]] | None = None,
                    fixed: dict[str, str] | None = None) -> dict[str, str]:
    """Group reports of one happening; returns report IRI → the IRI that stands for its group
    (the smallest member IRI) for every report in a group of two or more.

    Groups are built by joining compatible pairs in a fixed order — the strongest evidence first,
    then by what the reports say (:func:`_content_order`), never by their IRIs — refusing a join
    that would put incompatible dates in one group or leave its reports no common day, so the
    result depends only on what the reports say — never on the order documents were loaded in,
    nor on how their IRIs hash.
    ``oversized``: blocks ``(type, modality, key)`` known to hold more than :data:`MAX_BLOCK`
    reports among others not given (a store resolving the part a batch touches, kg.index).
    ``candidates``: report IRI -> the reports it shares a block of at most MAX_BLOCK with and
    :func:`may_join` holds for (what a store's index keeps): then only those pairs are tried,
    which gives the same groups (no other pair of a block can join) without remaking the blocks.
    ``fixed``: report IRI -> the name of its group, for events whose groups are known (a store's,
    where nothing they are paired with changes) and given only for the statements about them:
    they stand in those groups, are joined with nothing, and what is returned of them means
    nothing (a group's name is that of its smallest member, which may not be given)."""
    from kg.extract.dates import compatible

    reports = sorted({r.iri: r for r in reports}.values(), key=_content_order)
    pairs: set[tuple[int, int]] = set()
    if candidates is not None:
        position = {r.iri: i for i, r in enumerate(reports)}
        for e, fs in candidates.items():
            i = position.get(e)
            if i is None:
                continue
            for f in fs:
                j = position.get(f)
                if j is not None and j != i:
                    pairs.add((min(i, j), max(i, j)))
    else:
        index: dict[tuple[str, str, str], list[int]] = {}
        for i, r in enumerate(reports):
            if r.type in registry().speech:
                continue
            for k in _keys(r):
                index.setdefault((r.type, r.modality, k), []).append(i)
        for block, members in index.items():
            if len(members) > MAX_BLOCK or block in oversized:
                continue
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    pairs.add((members[x], members[y]))
    parent = list(range(len(reports)))
    dates: dict[int, set[str]] = {i: ({r.date} if r.date else set()) for i, r in enumerate(reports)}
    windows: dict[int, tuple[str, str] | None] = {i: r.window for i, r in enumerate(reports)}
    groups: dict[int, list[Report]] = {i: [r] for i, r in enumerate(reports)}
    held: set[int] = set()  # the fixed reports: in their groups from the start, joined with nothing
    if fixed:
        first: dict[str, int] = {}
        for i, r in enumerate(reports):
            name = fixed.get(r.iri)
            if name is None:
                continue
            held.add(i)
            a = first.setdefault(name, i)
            if a != i:
                parent[i] = a
                dates[a] |= dates.pop(i)
                windows.pop(i)
                groups[a] += groups.pop(i)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a == b or not all(compatible(x, y) for x in dates[a] for y in dates[b]):
            return
        shared = _meet(windows[a], windows[b])
        if shared is False:
            return
        if reports[i].type in registry().speech:
            if not all(_same_speaker(x, y) for x in groups[a] for y in groups[b]):
                return  # every statement of a group has a speaker in common with every other
        elif reports[i].type in registry().directed:
            if not all(_same_day(x, y) or _targets_agree(x, y) or _same_person_acted_on(x, y)
                       or _one_person_in(x, y, surname=True) or _counted_alike(x, y)
                       for x in groups[a] for y in groups[b]):
                return  # attacks on different targets stay apart, whatever joins them
        elif any(_parties_conflict(x, y) and not _same_day(x, y) for x in groups[a] for y in groups[b]):
            return  # "X met Y" and "X met Z" stay apart though both contain "X held talks"
        a, b = min(a, b), max(a, b)
        parent[b] = a
        dates[a] |= dates.pop(b)
        windows[a] = shared
        windows.pop(b)
        groups[a] += groups.pop(b)

    # the pairs with the strongest evidence join first (the same day, the same act on as many or on
    # people described alike), then those that share more (actors, targets, places, weapons, trigger
    # words), then by what they say: a join is refused where it would put attacks on different
    # targets in one group, so which pairs join first decides the groups, and IRIs (hashes) gave an
    # order with no meaning ("the navy struck pirates" joined "the navy captured 23 pirates" first
    # and kept out "the navy captured 23 Somali pirates"), which any change to how events are keyed
    # reshuffled
    stems = [frozenset(_stems(r)) for r in reports]
    for *_, i, j in sorted((_weak(reports[i], reports[j]), -_shared(reports[i], reports[j], stems[i] & stems[j]), i, j)
                           for i, j in pairs):
        if find(i) != find(j) and i not in held and j not in held and same_happening(reports[i], reports[j]):
            join(i, j)
    # a group of vague reports ("Sudan bombed a camp", "HP agreed to buy") joins the one group of
    # fuller reports it can complete — none if there are two ("the US held talks" with the US-South
    # Korea and the US-North Korea meetings of one week is either, so neither)
    vague_groups = {g for g, members in groups.items() if all(_vague(r) for r in members)}
    candidates: dict[int, set[int]] = {}
    for i, j in sorted(pairs):
        if i in held or j in held:
            continue
        for v, s in ((i, j), (j, i)):
            if find(v) in vague_groups and not _vague(reports[s]) and _may_complete(reports[v], reports[s]):
                candidates.setdefault(find(v), set()).add(find(s))
    for g, found in sorted(candidates.items()):
        if len(found) == 1:
            join(g, find(next(iter(found))))  # fuller groups are never joined here, so the count stays true
    # then statements: one speaker's reports about one happening are one statement ("HP said it
    # had agreed to buy EYP" in six stories), whatever their wording
    position = {r.iri: i for i, r in enumerate(reports)}
    told = {position[e] for r in reports if r.type == "Statement" for e in r.about if e in position}
    # what was said is about one happening when the events it reports are one group, or when one
    # event each reports may be one (:func:`may_join`: "HP agreed to buy EYP" in two stories, kept
    # apart by a third) — pairs a store's index keeps, so an addition finds the statements it regroups
    partners: dict[int, set[int]] = {}
    for i, j in pairs:  # (partners are sets: the order of this walk makes no difference)
        if i in told and j in told and find(i) != find(j) and may_join(reports[i], reports[j]):
            partners.setdefault(i, set()).add(j)
            partners.setdefault(j, set()).add(i)
    said: dict[tuple, list[int]] = {}
    for i, r in enumerate(reports):
        if r.type == "Statement":
            told_of = {position[e] for e in r.about if e in position}
            keys = {(r.modality, "group", find(e)) for e in told_of}
            keys |= {(r.modality, "pair", min(e, f), max(e, f)) for e in told_of for f in partners.get(e, ())}
            for key in sorted(keys):
                said.setdefault(key, []).append(i)
    spoken = {(i, j) for members in said.values() if len(members) <= MAX_BLOCK
              for x, i in enumerate(members) for j in members[x + 1:] if i != j}
    def told_alike(x: Report, y: Report) -> bool:
        """Two statements report events of one group, or two that may be one."""
        ex, ey = [position[e] for e in x.about if e in position], [position[f] for f in y.about if f in position]
        return any(find(e) == find(f) or f in partners.get(e, ()) for e in ex for f in ey)

    for i, j in sorted((min(p), max(p)) for p in spoken):
        a, b = find(i), find(j)
        # every statement of a group by the speaker of every other (Kim's words are not North
        # Korea's), about what every other is about: a report that may be either of two happenings
        # ("HP signed an agreement") ties neither what was said of one to what was said of the other
        if a != b and all(_same_speaker(x, y) and told_alike(x, y) for x in groups[a] for y in groups[b]):
            join(i, j)
    members: dict[int, list[str]] = {}
    for i, r in enumerate(reports):
        members.setdefault(find(i), []).append(r.iri)
    out: dict[str, str] = {}
    for iris in members.values():
        if len(iris) > 1:
            first = min(iris)  # the group's name: its smallest member IRI, whatever joined first
            out.update((iri, first) for iri in iris if iri != first)
    return out


def _same_speaker(a: Report, b: Report) -> bool:
    """Two statements by one speaker: a speaker in common — people described alike in two stories
    ("police said" in each, ``group/~/police``) are compared by their words — or people one story
    describes and a body another names by the same word ("authorities said", "US authorities said")."""
    return bool(a.actors & b.actors) or _named_alike(a.actors, b.actors) or _named_alike(b.actors, a.actors)


def _named_alike(described: frozenset[str], named: frozenset[str]) -> bool:
    """A group described in one report is named by the same words in another ("authorities",
    ``org/USA/authorities``)."""
    words = {x.rsplit("/", 1)[-1] for x in described if "/group/~" in x}
    return bool(words) and any(x.rsplit("/", 1)[-1] in words for x in _named(named))


def _shared(a: Report, b: Report, stems: frozenset[str]) -> int:
    """How much two reports have in common: actors, targets, places, weapons and the trigger words
    ``stems`` they share."""
    return (len(a.actors & b.actors) + len(a.targets & b.targets) + len(a.places & b.places)
            + len(a.weapons & b.weapons) + len(stems))


def _content_order(r: Report) -> tuple:
    """Where a report stands in the order :func:`cluster_reports` tries its pairs in: by what it
    says (type, modality, dates, actors, targets, places, weapons, trigger words, counts, ...),
    never by its IRI, which is a hash of its key: any change to what keys an event would
    otherwise reorder every pair of equal evidence and so move groups that change has nothing to
    do with. The IRI decides only between reports that say the same — alike groups whichever joins
    first — or statements told apart only by which events they report (IRIs themselves)."""
    return (r.type, r.modality, r.date or "", r.window or ("", ""), sorted(r.actors), sorted(r.targets),
            sorted(r.places), sorted(r.weapons), sorted(r.triggers), sorted(r.counts), sorted(r.regions),
            r.specific, sorted(r.side.items()), sorted(r.countries), len(r.about), r.iri)
