"""Within one document: partial names to the full person ("Kim said" → the Kim named most
recently before), then reports of one happening fused into one event."""

from __future__ import annotations

import math

from kg.extract.dates import compatible, more_precise
from kg.extract.records import COUNTRY, PERSON, Entity, Event, Extraction, is_site_people
from kg.vocab.event_types import registry

# what each event type is comes from the registry (kg.vocab.event_types): speech acts fuse only
# when the speaker is the same; actor-less mentions of anaphoric types ("the talks", "the
# launch") fuse into the one reported event of that type


def _name_tokens(label: str) -> list[str]:
    return label.replace("-", " ").split()


def _partial_name_candidates(entities: dict[str, Entity]) -> dict[str, list[str]]:
    persons = [e for e in entities.values() if e.kind == PERSON]
    out: dict[str, list[str]] = {}
    for short in persons:
        toks = _name_tokens(short.label)
        cands = [
            full.key for full in persons
            if full.key != short.key and len(_name_tokens(full.label)) > len(toks)
            and all(t in _name_tokens(full.label) for t in toks)
        ]
        if cands:
            out[short.key] = cands
    return out


def _nearest(entities: dict[str, Entity], candidates: list[str], offset: int) -> str:
    """The candidate mentioned most recently before ``offset`` (else the first one after)."""
    best, best_pos = None, -1
    for key in candidates:
        for m in entities[key].mentions:
            if best_pos < m.start < offset:
                best, best_pos = key, m.start
    if best is None:
        best = min(candidates, key=lambda k: min(m.start for m in entities[k].mentions))
    return best


def resolve_names(ex: Extraction) -> None:
    entities = ex.entities
    candidates = _partial_name_candidates(entities)
    if not candidates:
        return
    snapshot = dict(entities)

    def resolve(key: str, offset: int) -> str:
        """Follow partial names to a full one ("Kim" → "Kim Jong" → "Kim Jong Un")."""
        seen: set[str] = set()
        while key in candidates and key not in seen:
            seen.add(key)
            key = _nearest(snapshot, candidates[key], offset)
        return key

    for ev in ex.events:
        at = ev.mentions[0].start
        for attr in ("agents", "targets", "participants", "according_to"):
            setattr(ev, attr, list(dict.fromkeys(resolve(k, at) for k in getattr(ev, attr))))
    for short_key in candidates:
        short = snapshot[short_key]
        for m in short.mentions:
            full = entities[resolve(short_key, m.start)]
            if full.key in candidates:
                continue  # a cycle of partial names: keep the mention where it was
            full.mentions.append(m)
            full.alt_labels.add(m.text)
            full.role = full.role or short.role
            full.country = full.country or short.country
    for short_key in candidates:
        if resolve(short_key, 0) not in candidates:
            entities.pop(short_key, None)
    for ent in entities.values():
        if ent.member_of in candidates:
            ent.member_of = None


def _country_of(entities: dict[str, Entity], key: str) -> str | None:
    ent = entities.get(key)
    if ent is None:
        return None
    return ent.iso3 if ent.kind == COUNTRY else ent.country


def _countries(entities: dict[str, Entity], keys: list[str]) -> set[str]:
    return {_country_of(entities, k) for k in keys} - {None}


def _actors_overlap(entities: dict[str, Entity], a: list[str], b: list[str]) -> bool:
    if set(a) & set(b):
        return True
    ca = {_country_of(entities, k) for k in a} - {None}
    cb = {_country_of(entities, k) for k in b} - {None}
    return bool(ca & cb)


def _towns(entities: dict[str, Entity], places: list[str]) -> set[str]:
    """The places of ``places`` that are GeoNames towns (not a province, a state or a site)."""
    return {p for p in places if p in entities and entities[p].geonameid and entities[p].kind != COUNTRY}


def _can_fuse(entities: dict[str, Entity], cluster: Event, ev: Event) -> bool:
    if cluster.type != ev.type or cluster.modality != ev.modality:
        return False
    if not compatible(cluster.date, ev.date):
        return False
    if ev.type in registry().speech:
        return bool(ev.agents) and set(ev.agents) == set(cluster.agents)
    if not ev.actors() or not cluster.actors():
        return False
    if ev.type in registry().multi_party:
        return _actors_overlap(entities, cluster.actors(), ev.actors())
    if not _actors_overlap(entities, cluster.agents, ev.agents):
        return False
    shared = _countries(entities, cluster.agents) & _countries(entities, ev.agents)
    if not set(cluster.agents) & set(ev.agents) and shared & _countries(entities, cluster.targets + ev.targets):
        # agents tied only by their state, and that state is on the other side too ("rebels have
        # been fighting Sudan's army" and "Sudan carried out the strike"): in a war within a state,
        # its state tells no side apart
        return False
    # agents tied only by their state that act at two different towns GeoNames knows act twice
    # ("suicide bombers attacked a rally in Charikar"; "militants bombed a checkpoint in Kabul")
    mine, theirs = _towns(entities, cluster.places), _towns(entities, ev.places)
    if mine and theirs and not mine & theirs and not set(cluster.agents) & set(ev.agents):
        return False
    # (the people of a site described without a name tell no two reports apart)
    mine, theirs = [t for t in cluster.targets if not is_site_people(t)], [t for t in ev.targets if not is_site_people(t)]
    if mine and theirs and not _actors_overlap(entities, mine, theirs):
        return False
    return True


def merge_into(cluster: Event, ev: Event, seen: set | None = None) -> None:
    """Add ``ev``'s mentions and arguments to ``cluster``; ``seen`` caches the cluster's mentions."""
    seen = seen if seen is not None else set(cluster.mentions)
    specific, carriers = set(ev.specific), set(ev.carriers)
    for m, s in zip(ev.mentions, ev.sentences):
        if m not in seen:
            seen.add(m)
            cluster.mentions.append(m)
            cluster.sentences.append(s)
            if m in specific:
                cluster.specific.append(m)  # mentions are new once, so no search of the list
            if m in carriers:
                cluster.carriers.append(m)
        elif m not in carriers and cluster.carriers and m in cluster.carriers:
            cluster.carriers.remove(m)  # a trigger of one of the merged reports stays a trigger
    for attr in ("agents", "targets", "participants", "weapons", "places", "according_to", "quotes", "said_in", "counts"):
        mine = getattr(cluster, attr)
        if any(x not in mine for x in getattr(ev, attr)):
            setattr(cluster, attr, list(dict.fromkeys(mine + getattr(ev, attr))))
    cluster.date = more_precise(cluster.date, ev.date)
    cluster.confidence = max(cluster.confidence, ev.confidence)


def _keys(entities: dict[str, Entity], actors: list[str]) -> set[str]:
    """What candidate clusters are looked up by: the actors and their countries."""
    return set(actors) | {f"iso:{c}" for c in (_country_of(entities, k) for k in actors) if c}


BACK_REACH = 4  # how many occurrences reported before "the attacks" it names at most
ADJACENT_GAP = 3  # characters (white space) at most between a sentence's end and the next one's start


def _last_before(clusters: list[Event], fits: list[int], at: int) -> list[tuple[int, int]]:
    """(where each cluster of ``fits`` was last mentioned before character ``at``, its index), for
    those mentioned before it."""
    return [(max(m.start for m in clusters[i].mentions if m.start < at), i) for i in fits
            if any(m.start < at for m in clusters[i].mentions)]


def _place_countries(entities: dict[str, Entity], places: list[str]) -> set[str]:
    return {_country_of(entities, p) for p in places if not p.startswith("site:")} - {None}


NEAR_KM = 30  # two towns closer than this tell no two occurrences apart (Jabalya and Gaza City)


def _apart(entities: dict[str, Entity], a: str, b: str) -> bool:
    """Whether two GeoNames towns are two places a report tells apart: more than NEAR_KM apart
    (a camp at the edge of a city is no other place than the city); without coordinates, two."""
    x, y = entities[a], entities[b]
    if a == b:
        return False
    if None in (x.lat, x.long, y.lat, y.long):
        return True
    p1, p2 = math.radians(x.lat), math.radians(y.lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(y.long - x.long) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h))) > NEAR_KM


def _spots(entities: dict[str, Entity], places: list[str]) -> list[str]:
    """The places of ``places`` below a state that the text names (not a described site)."""
    return [p for p in places if p in entities and entities[p].kind != COUNTRY and not p.startswith("site:")]


ROUND_UP = 2  # distinct places an occurrence told with no actor of its own holds at most before it is a round-up


def _round_up(entities: dict[str, Entity], cluster: Event, ev: Event) -> bool:
    """Whether ``cluster`` already holds several places told apart (:func:`_apart`: towns GeoNames
    does not know are each their own) and ``ev`` names others of its own: a long report of many
    attacks ("a car bomb in the town of Tarmiyah", "attacks on a military base near the town of
    Dhuluiyah", "checkpoint shootings in Diyala province") whose places no check tells apart
    (GeoNames holds no Taji, Tarmiyah or Dhuluiyah) is no one attack, gathering them all."""
    theirs, mine = _spots(entities, ev.places), _spots(entities, cluster.places)
    if not theirs or not all(_apart(entities, t, p) for t in theirs for p in mine):
        return False  # (one of its places, or a town near one: "an airstrike in Jabalya" after Gaza City)
    held: list[str] = []
    for p in mine:
        if all(_apart(entities, p, q) and not _named_together(entities, cluster, p, q) for q in held):
            held.append(p)
    return len(held) >= ROUND_UP


def _named_together(entities: dict[str, Entity], cluster: Event, a: str, b: str) -> bool:
    """Whether two places of an occurrence, one of them with no coordinates, are named in one
    sentence of its report, one as part of or beside the other ("the Zeitoun neighborhood of Gaza
    City", "the town of Tarmiyah, just north of Baghdad"): one place of a round-up, not two."""
    x, y = entities[a], entities[b]
    if None not in (x.lat, x.long, y.lat, y.long):
        return False
    return any(s.start <= m.start < s.end and any(s.start <= n.start < s.end for n in y.mentions)
               for s in cluster.sentences for m in x.mentions)


def _elsewhere(entities: dict[str, Entity], cluster: Event, ev: Event, countries: bool = True) -> bool:
    """Whether ``ev`` names a place of its own that is not where ``cluster`` happened: towns
    GeoNames knows, each far from every town of ``cluster`` ("a car bomb exploded in Mosul" after
    "militants attacked a checkpoint in Baghdad"), or places in two different countries. A mention
    of an occurrence told somewhere else is no mention of it, however many mentions that one has or
    however near it is."""
    if not ev.places or not cluster.places:
        return False
    if _round_up(entities, cluster, ev):
        return True
    mine, theirs = _towns(entities, cluster.places), _towns(entities, ev.places)
    if mine and theirs and all(_apart(entities, a, b) for a in mine for b in theirs):
        return True
    if not countries:
        return False
    mine, theirs = _place_countries(entities, cluster.places), _place_countries(entities, ev.places)
    return bool(mine and theirs and not mine & theirs)


def _nearest_occurrence(entities: dict[str, Entity], clusters: list[Event], fits: list[int], ev: Event) -> int:
    """Of the occurrences ``fits``, the one a reader takes ``ev`` for: of those told at a place
    ``ev`` names (any of them, if none is), the one reported last before it, else the first after."""
    own = {p for p in ev.places if not p.startswith("site:")}
    here = [i for i in fits if own & set(clusters[i].places)] or fits
    before = _last_before(clusters, here, ev.mentions[0].start)
    if before:
        return max(before)[1]
    return min((min(m.start for m in clusters[i].mentions), i) for i in here)[1]


def _told_before_new(cluster: Event, ev: Event) -> bool:
    """Whether ``ev`` introduces an occurrence of its own that ``cluster`` cannot be
    (Event.new_occurrence): any told before "another attack", or one told in the sentence of "an
    explosion damaged a school nearby"."""
    if ev.new_occurrence == "document":
        return True
    own = ev.sentences[0].start
    return ev.new_occurrence == "sentence" and any(s.start == own for s in cluster.sentences)


def _join_anaphoric(clusters: list[Event], by_type: dict, seen: list[set], ev: Event, types,
                    entities: dict[str, Entity]) -> bool:
    # a noun ("the attack"), or a verb whose only argument is its instrument ("the drone
    # detonated", "a bomb exploded") or, an attack told in a clause of its own, that has none of
    # its own ("the device was detonated by remote control"; Event.recalls, never a repeat such as
    # "they struck again"):
    # an occurrence the document may already report
    if ev.type not in types.anaphoric or (ev.pos != "NOUN" and ev.type != "WeaponTest" and not ev.weapons
                                          and (ev.targets or ev.places or not ev.recalls)):
        return False
    same = by_type.get((ev.type, ev.modality), [])
    if len(same) > 50:
        return False  # too many to tell which one "the talks" means
    fits = [i for i in same if compatible(clusters[i].date, ev.date) and not _told_before_new(clusters[i], ev)]

    def take(best: int | None) -> int | None:
        """``best``, unless it happened elsewhere (:func:`_elsewhere`): then the one told at the
        place ``ev`` names, reported last before it; else none (it stands as its own)."""
        if best is None or not _elsewhere(entities, clusters[best], ev):
            return best
        own = {p for p in ev.places if not p.startswith("site:")}
        here = [i for i in fits if own & set(clusters[i].places) and not _elsewhere(entities, clusters[i], ev)]
        before = _last_before(clusters, here, ev.mentions[0].start)
        return max(before)[1] if before else None

    if ev.pos != "NOUN" and ev.type != "WeaponTest":
        # a verb names an occurrence it may be the first report of: it joins only one reported
        # before it (the last)
        before = _last_before(clusters, fits, ev.mentions[0].start)
        best = take(max(before)[1] if before else None)
        if best is None:
            return False
        merge_into(clusters[best], ev, seen[best])
        return True
    if fits and ev.refers_back:
        # a definite plural ("the attacks", "both attacks") names the occurrences reported before
        # it: it is a mention of each of them (the last few, as a reader takes "the attacks")
        before = sorted(_last_before(clusters, fits, ev.mentions[0].start))
        joined = False
        for _, i in before[-BACK_REACH:]:
            if take(i) == i:
                merge_into(clusters[i], ev, seen[i])
                joined = True
        if joined:
            return True
    if len(fits) == 1:
        # a definite mention ("the deployment") of the one occurrence that fits is that one unless
        # it is told at a town far from it ("the bombing in Mosul" after an attack in Baghdad): a
        # country in its clause is no place of its own ("The deployment also raises fears of an
        # escalation of the conflict in Ukraine" after troops deployed to Russia)
        specific = ev.pos == "NOUN" and bool(ev.specific)
        best = fits[0] if specific and not _elsewhere(entities, clusters[fits[0]], ev, countries=False) else take(fits[0])
        if best is None:
            return False
        merge_into(clusters[best], ev, seen[best])
        return True
    if fits and ev.weapons:
        # an act told by its instrument ("the bombs went off", "a car bomb exploded in Heet") where
        # several fit: the one a reader takes, told at its place if it names one, else the one
        # reported last before it (else the first after it); not the one most often reported,
        # wherever it is in the document
        ok = [i for i in fits if not _elsewhere(entities, clusters[i], ev)]
        if not ok:
            return False
        best = _nearest_occurrence(entities, clusters, ok, ev)
        merge_into(clusters[best], ev, seen[best])
        return True
    if fits and ev.specific:
        # a definite mention of one occurrence ("the attack", "the bombing") where several fit:
        # the one reported last before it (else the first after it), as a reader takes it
        before = _last_before(clusters, fits, ev.mentions[0].start)
        # (not checked against its place: ECB+ topic 41, the Gaza war, where "the strike" after
        # others told at nearby towns is the one war, lost like-for-like links so checked)
        best = max(before)[1] if before else min((min(m.start for m in clusters[i].mentions), i) for i in fits)[1]
        if _round_up(entities, clusters[best], ev):
            return False  # (but one told at a place of its own is no further attack of a round-up)
        merge_into(clusters[best], ev, seen[best])
        return True
    if fits and ev.pos == "NOUN" and not ev.targets and not ev.places:
        # a bare noun of the act, with no target or place of its own, where several fit ("the
        # bombing trial", "their last attack was an assassination attempt" after "IRA men threw a
        # bomb"), would be dropped: it is the one reported last before it, where that report is in
        # its own sentence or the one just before, as a reader takes it; one reported further
        # back is no surer than any other (ECB+: joined to the last anywhere before, they were
        # more often wrong links than right). One with a target or place of its own stands as its
        # own event (fuse_events) rather than add them to another's.
        at, own = ev.mentions[0].start, ev.sentences[0]
        before = [max((m.start, s) for m, s in zip(clusters[i].mentions, clusters[i].sentences) if m.start < at) + (i,)
                  for i in fits if any(m.start < at for m in clusters[i].mentions)]
        if before:
            _, sentence, best = max(before)
            if sentence.start == own.start or 0 <= own.start - sentence.end <= ADJACENT_GAP:
                merge_into(clusters[best], ev, seen[best])
                return True
    return False


def _only_described_sites(ev: Event) -> bool:
    """An event whose only arguments are sites its document describes without a name ("the prison
    where an inmate used a gun to escape", "the market where a bomb exploded"): they tell no two
    reports apart (kg.resolve.across leaves them out), so it names nothing of its own. One that
    acts on someone, even the people of such a site ("police found two women dead in a house"),
    tells of harm done to them: not this."""
    return bool(ev.places) and all(p.startswith("site:") for p in ev.places) and not ev.targets and not ev.actors()


def _join_at_described_site(clusters: list[Event], by_type: dict, seen: list[set], ev: Event) -> bool:
    """An event naming nothing but a described site (:func:`_only_described_sites`) is a mention
    of the one event of its type and modality the document reports with an actor, told by the same
    trigger word, reported before or after it ("the Huntsville prison where an inmate managed to get a gun that he later used to
    escape" in a story of Comeaux's escape), as an event with nothing of its own would be; where
    none or several fit it stands as its own."""
    if not _only_described_sites(ev):
        return False
    fits = [i for i in by_type.get((ev.type, ev.modality), []) if compatible(clusters[i].date, ev.date)]
    # (and told by the same word: a type such as Incident holds escapes, flights and deaths, and
    # "leaving children to die in refugee camps" is no mention of the one flight a story reports)
    if len(fits) != 1 or clusters[fits[0]].trigger != ev.trigger:
        return False
    merge_into(clusters[fits[0]], ev, seen[fits[0]])
    return True


def _named_target(ev: Event, types) -> bool:
    """Whether a directed speech act names whom it is aimed at ("a court charged Erdogan with
    terrorism", "Aristide has been accused of misusing funds"): it stands without a named speaker,
    the speaker left out; a plain statement never does."""
    return ev.type in types.directed and any(not t.startswith("group:~") for t in ev.targets)


def _same_party(entities: dict[str, Entity], a: str, b: str) -> bool:
    """Whether a headline's party ``a`` is the story's ``b`` as a title shortens it: the same
    entity, the state of the other ("Israel" for "Israeli soldiers"), or the same people named
    without their state ("Soldiers Kill Palestinian" for "Israeli soldiers")."""
    if a == b:
        return True
    x, y = entities.get(a), entities.get(b)
    if x is None or y is None:
        return False
    if COUNTRY in (x.kind, y.kind):
        return _country_of(entities, a) == _country_of(entities, b)
    words = lambda e: e.label.lower().split()  # noqa: E731
    return a.startswith("group:") and b.startswith("group:") and bool(words(x)) and bool(words(y)) \
        and words(x)[-1] == words(y)[-1] and (x.country is None or x.country == y.country)


def _shorter_name(entities: dict[str, Entity], a: str, b: str) -> bool:
    """Whether a title's party ``a`` is the story's ``b`` named shorter: the same people without
    their state, or the state of people the story names ("Israel" for "Israeli soldiers")."""
    x, y = entities.get(a), entities.get(b)
    if x is None or y is None or a == b:
        return a == b
    if x.kind == COUNTRY:
        return y.kind != COUNTRY and x.iso3 == y.country
    return y.kind != COUNTRY and _same_party(entities, a, b)


def _parties_agree(entities: dict[str, Entity], mine: list[str], theirs: list[str]) -> bool:
    """Every party the headline names is one the story's report names (either may name none)."""
    mine = [k for k in mine if not is_site_people(k)]
    theirs = [k for k in theirs if not is_site_people(k)]
    return not mine or not theirs or all(any(_same_party(entities, a, b) for b in theirs) for a in mine)


def _shares_something(entities: dict[str, Entity], head: Event, story: Event) -> bool:
    """Whether a title's event and a story's name one party or one place in common: a title
    whose event names nothing the story's does ("Gunmen Attack Hotel in Mogadishu" parsed with
    no party) tells no one occurrence of the story. A site the title names is shared where the
    story's act is aimed at its people ("Shrine Attack" / "the bombing of the shrine in Bangkok")."""
    sites = {f"people of {entities[p].label}" for p in head.places if p.startswith("site:") and p in entities}
    return bool(set(head.places) & set(story.places)) or any(
        _same_party(entities, a, b) for mine, theirs in ((head.agents, story.agents), (head.targets, story.targets),
                                                         (head.participants, story.participants))
        for a in mine for b in theirs) \
        or any(is_site_people(t) and t in entities and entities[t].label in sites for t in story.targets)


def _sides_swapped(entities: dict[str, Entity], head: Event, story: Event) -> bool:
    """Whether the title's target is the story's doer or the other way round ("Rebels attacked in
    Aleppo" / "They fired"): the two tell two acts."""
    return any(_same_party(entities, a, b) for mine, theirs in ((head.targets, story.agents), (head.agents, story.targets))
               for a in mine for b in theirs)


def _join_headlines(entities: dict[str, Entity], clusters: list[Event], types) -> list[Event]:
    """A document's title tells, in short, the occurrence its story reports first ("Soldiers Kill
    Palestinian Near Gaza-Israel Fence" / "Israeli soldiers shot and killed a Palestinian as he
    approached a security fence"; "Report: Explosion Kills 2 Near Chechyna" / "An explosion rocked
    a police building in ... Dagestan"), as a reader takes it: an event told only in the title is a
    mention of the first one of its type and modality the story reports, unless that one is told
    elsewhere or names other parties (every party the title names must be one the story's names:
    the same, its state, or the same people without their state), and where the two name one
    party or place in common. Speech acts are left alone (a
    title's "China Tells Downer" is no report of the story's first statement)."""
    gone: set[int] = set()
    first = [min(m.start for m in c.mentions) for c in clusters]  # where each is first told
    for h, head in enumerate(clusters):
        if not head.headline or head.type in types.speech \
                or any(s.start != head.sentences[0].start for s in head.sentences):
            continue
        title_end = head.sentences[0].end
        later = [(first[i], i) for i, c in enumerate(clusters)
                 if i != h and i not in gone and c.type == head.type and c.modality == head.modality
                 and first[i] >= title_end]
        if not later:
            continue
        j = min(later)[1]
        story = clusters[j]
        if not compatible(story.date, head.date) or _elsewhere(entities, story, head) \
                or not _shares_something(entities, head, story) or _sides_swapped(entities, head, story) \
                or not _parties_agree(entities, head.agents, story.agents) \
                or not _parties_agree(entities, head.targets, story.targets) \
                or (head.type in types.multi_party and not _parties_agree(entities, head.participants, story.participants)):
            continue
        named = {attr: list(getattr(story, attr)) for attr in ("agents", "targets", "participants")}
        merge_into(story, head)
        for attr, keys in named.items():
            # the title's short names of parties the story names in full add nothing ("Soldiers"
            # for "Israeli soldiers", "Israel" for them); its other parties stay with their mentions
            setattr(story, attr, keys + [k for k in getattr(head, attr) if k not in keys
                                         and not any(_shorter_name(entities, k, b) for b in keys)])
        gone.add(h)
        first[j] = min(first[j], first[h])  # (now also told in the title)
    return [c for i, c in enumerate(clusters) if i not in gone]


def fuse_events(ex: Extraction) -> None:
    clusters: list[Event] = []
    orphans: list[Event] = []
    # (type, modality, actor-or-country) -> indexes of clusters, so fusion stays near-linear
    index: dict[tuple[str, str, str], list[int]] = {}
    by_type: dict[tuple[str, str], list[int]] = {}
    seen: list[set] = []
    types = registry()
    for ev in ex.events:
        unnamed = all(a.startswith("group:~") for a in ev.actors())
        if unnamed and ev.actors() and ev.type in types.speech and not _named_target(ev, types):
            continue  # "officials said": a speaker no text names or places is no speaker
        if not ev.actors():
            orphans.append(ev)
            continue
        keys = _keys(ex.entities, ev.actors())
        candidates = sorted({i for k in keys for i in index.get((ev.type, ev.modality, k), [])})
        for i in candidates:
            if _can_fuse(ex.entities, clusters[i], ev):
                merge_into(clusters[i], ev, seen[i])
                target = i
                break
        else:
            clusters.append(ev)
            seen.append(set(ev.mentions))
            target = len(clusters) - 1
            by_type.setdefault((ev.type, ev.modality), []).append(target)
        for k in keys:
            bucket = index.setdefault((ev.type, ev.modality, k), [])
            if not bucket or bucket[-1] != target:
                bucket.append(target)
    # actor-less anaphoric mentions join the one event of their type they can refer to; the
    # others stand as events of their own where they name a target or a place ("a man was shot
    # dead in Guadalajara"): an agent the text does not give is left out, never invented
    actorless: dict[tuple[str, str], list[int]] = {}  # the clusters of events no actor is named for
    bare: list[Event] = []
    for ev in orphans:
        if _join_anaphoric(clusters, by_type, seen, ev, types, ex.entities) or _join_at_described_site(clusters, by_type, seen, ev):
            continue
        if (ev.type not in types.speech or _named_target(ev, types)) and (ev.targets or ev.places):
            clusters.append(ev)
            seen.append(set(ev.mentions))
            actorless.setdefault((ev.type, ev.modality), []).append(len(clusters) - 1)
        elif _join_anaphoric(clusters, actorless, seen, ev, types, ex.entities):
            # a mention that would be dropped ("Saturday's attack", with nothing of its own)
            # refers to an attack no actor is named for ("an attack in London on Saturday")
            continue
        else:
            bare.append(ev)
    for ev in bare:
        # one that names an occurrence reported only after it (a headline: "Police Arrest Suspect
        # in Market Bombing", then "a bomb exploded in a market ..."): once all are placed
        if not _join_anaphoric(clusters, by_type, seen, ev, types, ex.entities):
            _join_anaphoric(clusters, actorless, seen, ev, types, ex.entities)
    clusters = _join_headlines(ex.entities, clusters, types)
    for cluster in clusters:
        # the agents of an event are not also its targets or its sources
        cluster.targets = [t for t in cluster.targets if t not in cluster.agents]
        cluster.according_to = [a for a in cluster.according_to if a not in cluster.agents]
        order = sorted(range(len(cluster.mentions)), key=lambda i: cluster.mentions[i].start)
        cluster.mentions = [cluster.mentions[i] for i in order]
        cluster.sentences = [cluster.sentences[i] for i in order]
    clusters.sort(key=lambda c: (c.mentions[0].start, c.type))
    ex.events = clusters


def resolve_document(ex: Extraction) -> Extraction:
    """Resolve names and fuse events of one document, in place; returns it."""
    resolve_names(ex)
    fuse_events(ex)
    return ex
