"""The interactive page of a graph: one self-contained HTML file that works with no network at all.

It reads the graph the way ``kg query`` sees it (SPARQL over the store's default graph; nothing is
fused again) and draws four linked views: the actor network (Sigma.js/WebGL, one node per actor,
one edge per actor pair and event type with its count), a timeline of events per day or week by
type whose brushed range filters the rest, a map (events at their places' coordinates over
Natural Earth country outlines shipped in the page) and a side panel listing the events of a
selection. The browser libraries are vendored under ``templates/vendor`` (see its ``npm``
folder and ``LICENSES.txt``) and inlined.

Article text is data, never markup: the payload travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page
builds every text node with ``textContent``; links are kept only when they are http(s)."""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.io import atomic_write_text
from kg.labels import pick_label
from kg.vocab import PREFIXES

TEMPLATES = Path(__file__).parent / "templates"
# actors kept by default: enough for a corpus of a few hundred articles whole, few enough to read
DEFAULT_MAX_NODES = 400


def event_colors() -> dict[str, str]:
    """Each event type's colour, from the ontology's event-type registry (gev:displayColor)."""
    from kg.vocab.event_types import registry

    return registry().colors()


# types without a colour in the registry get one of these, in order
SPARE_COLORS = ["#e6550d", "#31a354", "#756bb1", "#636363", "#3182bd", "#a55194", "#843c39", "#5254a3"]
KIND_COLORS = {
    "Country": "#2b6cb0", "Person": "#dd6b20", "Group": "#b7791f", "GovernmentBody": "#805ad5", "InternationalOrganization": "#319795",
    "ArmedForce": "#c53030", "MediaOrganization": "#718096", "Organization": "#4a5568", "Place": "#38a169",
    "Actor": "#4a5568",
}
# the most specific kind wins when a thing has several
KIND_ORDER = ["Country", "Person", "Group", "GovernmentBody", "InternationalOrganization", "ArmedForce",
              "MediaOrganization", "Organization", "Place", "Actor"]


def hidden_types() -> frozenset[str]:
    """The event types the page leaves undrawn until ticked, from the registry (gev:displayHidden)."""
    from kg.vocab.event_types import registry

    return registry().hidden


EVENTS_Q = """
SELECT ?e ?type ?label ?date ?modality WHERE {
  ?e a gev:Event ; a ?type .
  ?type rdfs:subClassOf+ gev:Event .
  OPTIONAL { ?e rdfs:label ?label } OPTIONAL { ?e gev:modality ?modality } OPTIONAL { ?e gev:date ?date }
}"""
TYPES_Q = """
SELECT ?t ?super ?label ?color ?hidden WHERE {
  ?t rdfs:subClassOf+ gev:Event . OPTIONAL { ?t rdfs:subClassOf ?super } OPTIONAL { ?t rdfs:label ?label }
  OPTIONAL { ?concept skos:inScheme gev:EventTypes ; rdfs:seeAlso ?t ; gev:displayColor ?color }
  OPTIONAL { ?shown skos:inScheme gev:EventTypes ; rdfs:seeAlso ?t ; gev:displayHidden ?hidden }
}"""
MENTIONS_Q = """
SELECT ?e ?sentence ?anchor ?begin ?doc ?url ?title ?published ?trigger WHERE {
  ?e a gev:Event ; gev:mention ?m .
  ?m gev:document ?doc .
  BIND (EXISTS { ?e gev:triggerMention ?m } AS ?trigger)
  OPTIONAL { ?m gev:sentence ?sentence } OPTIONAL { ?m nif:anchorOf ?anchor } OPTIONAL { ?m nif:beginIndex ?begin }
  OPTIONAL { ?doc dcterms:source ?url } OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc dcterms:date ?published }
}"""
ROLES_Q = """
SELECT ?e ?p ?x WHERE {
  ?e a gev:Event ; ?p ?x .
  VALUES ?p { gev:agent gev:target gev:participant gev:place }
}"""
THINGS_Q = """
SELECT ?x ?kind ?label ?country WHERE {
  ?x a gev:Actor .
  ?x a ?kind .
  OPTIONAL { ?x rdfs:label ?label }
  OPTIONAL { ?x gev:country ?country }
}"""
PLACES_Q = """
SELECT ?x ?label ?country ?iso ?lat ?long WHERE {
  ?x a gev:Place .
  OPTIONAL { ?x rdfs:label ?label }
  OPTIONAL { ?x gev:country ?country }
  OPTIONAL { ?x gev:isoCode ?iso }
  OPTIONAL { ?x geo:lat ?lat ; geo:long ?long }
}"""
COUNTRIES_Q = """
SELECT ?c ?iso ?label WHERE { ?c a gev:Country ; gev:isoCode ?iso . OPTIONAL { ?c rdfs:label ?label } }"""
ROLE_KEYS = {"agent": "a", "target": "g", "participant": "p", "place": "l"}


@dataclass(slots=True)
class PageData:
    """What the page draws, in the compact shape it travels in (indices into the lists)."""

    types: list[dict] = field(default_factory=list)        # name, label, color, hidden
    actors: list[dict] = field(default_factory=list)       # id, label, kind, country (index or -1), n; d: described
    places: list[dict] = field(default_factory=list)       # id, label, country, lat, lon, approx
    countries: list[dict] = field(default_factory=list)    # iso, name, num (ISO numeric, for the outline)
    events: list[dict] = field(default_factory=list)       # see collect()
    omitted: dict = field(default_factory=lambda: {"actors": 0, "events": 0, "names": []})

    # -- the older node/edge shape, kept for Graph.to_networkx ------------------------------------
    @property
    def actor_nodes(self) -> list[dict]:
        cn = self.countries
        return [{"id": a["id"], "label": a["label"], "kind": a["kind"],
                 "country": cn[a["country"]]["iso"] if a["country"] >= 0 else ""} for a in self.actors]

    @property
    def actor_edges(self) -> list[dict]:
        edges = []
        for (a, b, t), n in sorted(actor_pairs(self.events).items()):
            edges.append({"from": self.actors[a]["id"], "to": self.actors[b]["id"],
                          "etype": self.types[t]["name"], "value": n})
        return edges

    @property
    def nodes(self) -> list[dict]:
        return self.actor_nodes + [{"id": e["id"], "label": self.types[e["t"]]["name"], "kind": "Event",
                                    "etype": self.types[e["t"]]["name"], "country": ""} for e in self.events]

    @property
    def edges(self) -> list[dict]:
        role = {"a": "agent", "g": "target", "p": "participant"}
        return [{"from": e["id"], "to": self.actors[x]["id"], "label": role[k], "etype": self.types[e["t"]]["name"]}
                for e in self.events for k in ("a", "g", "p") for x in e[k]]


NetworkData = PageData  # the name earlier callers import


def actor_pairs(events: list[dict]) -> Counter:
    """(actor, actor, type) → events: agent → target for each pair, participants pairwise (lower index
    first). The page computes the same from the same lists for whatever is filtered."""
    pairs: Counter = Counter()
    for e in events:
        seen = set()
        for a in e["a"]:
            for b in e["g"]:
                if a != b:
                    seen.add((a, b))
        ps = sorted(set(e["p"]) | (set(e["a"]) if e["p"] else set()))
        for i, a in enumerate(ps):
            for b in ps[i + 1:]:
                if (b, a) not in seen:
                    seen.add((a, b))
        for a, b in seen:
            pairs[(a, b, e["t"])] += 1
    return pairs


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _value(term) -> str:
    return term.value if term is not None else ""


def _iso_table() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 → (numeric code, common name), for outlines and for countries the graph leaves unnamed."""
    import pycountry

    return {c.alpha_3: (c.numeric, getattr(c, "common_name", None) or c.name) for c in pycountry.countries}


def collect(store: ox.Store) -> PageData:
    prefixes = PREFIXES
    q = lambda text: store.query(text, prefixes=prefixes)  # noqa: E731

    def values(text):
        """Rows as tuples of lexical values (None when unbound), in the SELECT's order: reading a
        solution by position is several times faster than by name on large results."""
        for row in store.query(text, prefixes=prefixes):
            yield tuple(None if t is None else t.value for t in row)
    data = PageData()

    # event types, most specific first, with their labels
    supers: dict[str, set[str]] = defaultdict(set)
    type_labels: dict[str, str] = {}
    # colours from the event-type registry's concepts in the graph (the ontology travels with it)
    colors: dict[str, str] = {}
    hidden: dict[str, bool] = {}
    for row in q(TYPES_Q):
        if row["hidden"] is not None:
            hidden[_local(row["t"].value)] = row["hidden"].value in ("true", "1")
        t = row["t"].value
        if row["super"] is not None:
            supers[t].add(row["super"].value)
        if row["label"] is not None:
            type_labels.setdefault(t, row["label"].value)
        if row["color"] is not None:
            colors.setdefault(_local(t), row["color"].value)

    def ancestors(t: str, seen=None) -> set[str]:
        seen = set() if seen is None else seen
        for s in supers.get(t, ()):
            if s not in seen:
                seen.add(s)
                ancestors(s, seen)
        return seen

    events: dict[str, dict] = {}
    for iri, type_, label, date, modality in values(EVENTS_Q):
        ev = events.get(iri)
        if ev is None:
            ev = events[iri] = {"id": iri, "types": set(), "label": label or "", "date": date or "",
                                "modality": modality or ""}
        ev["types"].add(type_)
    type_index: dict[str, int] = {}
    for ev in events.values():
        inherited = set().union(*(ancestors(t) for t in ev["types"]))
        specific = sorted(ev["types"] - inherited) or sorted(ev["types"])
        ev["type"] = specific[0]
        type_index.setdefault(specific[0], 0)
    spare = iter(SPARE_COLORS * 10)
    if not colors and events:  # a graph made before the ontology carried colours
        colors = event_colors()
    if not hidden:  # nor which types the page hides: the registry's
        hidden = dict.fromkeys(hidden_types(), True)
    for i, t in enumerate(sorted(type_index, key=_local)):
        type_index[t] = i
        name = _local(t)
        data.types.append({"name": name, "label": type_labels.get(t, name),
                           "color": colors.get(name) or next(spare), "hidden": hidden.get(name, False)})

    # countries (by ISO code) and the actors of events
    iso_table = _iso_table()
    country_index: dict[str, int] = {}
    country_of_iri: dict[str, int] = {}
    for row in sorted(q(COUNTRIES_Q), key=lambda r: r["iso"].value):
        iso = row["iso"].value
        if iso not in country_index:
            country_index[iso] = len(data.countries)
            num, name = iso_table.get(iso, ("", iso))
            data.countries.append({"iso": iso, "name": "", "num": num, "fallback": name})
        c = data.countries[country_index[iso]]
        c["name"] = pick_label([_value(row["label"]), c["name"]])
        country_of_iri[row["c"].value] = country_index[iso]
    for c in data.countries:
        c["name"] = pick_label([c.pop("fallback"), c["name"]]) if not c["name"] or c["name"] == c["iso"] else c["name"]
    things: dict[str, dict] = {}
    for row in q(THINGS_Q):
        t = things.setdefault(row["x"].value, {"label": "", "kinds": set(), "country": -1})
        t["kinds"].add(_local(row["kind"].value))
        t["label"] = pick_label([_value(row["label"]), t["label"]])
        if row["country"] is not None and row["country"].value in country_of_iri:
            t["country"] = country_of_iri[row["country"].value]
    for iri, t in things.items():
        if iri in country_of_iri:
            t["country"] = country_of_iri[iri]
    places: dict[str, dict] = {}
    for row in q(PLACES_Q):
        p = places.setdefault(row["x"].value, {"label": "", "country": -1, "lat": None, "lon": None})
        p["label"] = pick_label([_value(row["label"]), p["label"]])
        if row["country"] is not None and row["country"].value in country_of_iri:
            p["country"] = country_of_iri[row["country"].value]
        if row["x"].value in country_of_iri:
            p["country"] = country_of_iri[row["x"].value]
        if row["lat"] is not None and p["lat"] is None:
            try:
                p["lat"], p["lon"] = float(row["lat"].value), float(row["long"].value)
            except ValueError:
                pass

    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for e, p, x in values(ROLES_Q):
        p = _local(p)
        if e in events and (x in places if p == "place" else x in things):
            roles[e][ROLE_KEYS[p]].add(x)
    mentions: dict[str, list[dict]] = defaultdict(list)
    for e, sentence, anchor, begin, doc, url, title, published, trigger in values(MENTIONS_Q):
        if e in events:
            mentions[e].append({"doc": doc, "sentence": sentence or "", "anchor": anchor or "",
                                "begin": int(begin) if begin is not None else 0, "trigger": trigger == "true",
                                "url": url or "", "title": title or "", "published": published or ""})

    actor_index: dict[str, int] = {}
    place_index: dict[str, int] = {}
    for e in sorted(events):
        for k in ("a", "g", "p"):
            for x in sorted(roles[e][k]):
                actor_index.setdefault(x, 0)
        for x in sorted(roles[e]["l"]):
            place_index.setdefault(x, 0)
    for i, iri in enumerate(sorted(actor_index)):
        actor_index[iri] = i
        t = things[iri]
        kind = next((k for k in KIND_ORDER if k in t["kinds"]), "Actor")
        label = t["label"] or (data.countries[t["country"]]["name"] if kind == "Country" and t["country"] >= 0 else _local(iri))
        actor = {"id": iri, "label": label, "kind": kind, "country": t["country"], "n": 0}
        if described(iri):
            actor["d"] = 1
        data.actors.append(actor)
    for i, iri in enumerate(sorted(place_index)):
        place_index[iri] = i
        p = places[iri]
        data.places.append({"id": iri, "label": p["label"] or _local(iri), "country": p["country"],
                            "lat": p["lat"], "lon": p["lon"]})

    for iri in sorted(events, key=lambda i: (events[i]["date"], i)):
        ev = events[iri]
        # the sentence and key word shown: the first trigger mention (gev:triggerMention: "visit",
        # not the support verb "making") in the earliest report; in a graph that marks none, the
        # first mention
        ms = sorted(mentions.get(iri, []),
                    key=lambda m: (m["published"], m["doc"], not m["trigger"], m["begin"], m["sentence"]))
        docs = {m["doc"] for m in ms}
        first = ms[0] if ms else {}
        rec = {"id": iri, "t": type_index[ev["type"]], "d": ev["date"],
               "r": first.get("published", "")[:10], "m": ev["modality"], "label": ev["label"],
               "n": len(docs), "s": first.get("sentence", ""), "k": first.get("anchor", ""),
               "u": first.get("url", ""), "h": first.get("title", "")}
        for k in ("a", "g", "p"):
            rec[k] = sorted(actor_index[x] for x in roles[iri][k])
        rec["l"] = sorted(place_index[x] for x in roles[iri]["l"])
        data.events.append(rec)
        for x in set(rec["a"]) | set(rec["g"]) | set(rec["p"]):
            data.actors[x]["n"] += 1
    return data


def described(iri: str) -> bool:
    """Whether an actor is a group the text describes without a name or a state ("people",
    "civilians", "unidentified gunmen"): an actor of one story (``group/~...``), which the page
    does not draw until asked and never counts among the busiest."""
    return "/group/~" in iri


def limit_nodes(data: PageData, max_nodes: int | None = DEFAULT_MAX_NODES) -> PageData:
    """Keep at most ``max_nodes`` named actors as whole neighbourhoods: the actors with the most
    events come first, each with every actor it shares an event with, while the budget lasts (a
    hub whose neighbourhood alone exceeds it keeps its busiest neighbours). Described groups
    (:func:`described`) are never hubs and come with their events without using the budget (the
    page hides them until asked). Events keep all their actors or go; what goes is counted in
    ``omitted`` with the busiest names left out."""
    free = {i for i, a in enumerate(data.actors) if a.get("d")}
    if not max_nodes or len(data.actors) - len(free) <= max_nodes:
        return data
    neighbours: dict[int, set[int]] = defaultdict(set)
    for e in data.events:
        who = set(e["a"]) | set(e["g"]) | set(e["p"])
        for x in who:
            neighbours[x] |= who - {x}
    busiest = sorted(range(len(data.actors)), key=lambda i: (i in free, -data.actors[i]["n"], data.actors[i]["label"]))
    keep: set[int] = set()
    named = 0  # actors kept that use the budget
    for hub in busiest:
        if named >= max_nodes or hub in free:
            break
        hood = ({hub} | neighbours[hub]) - keep
        cost = len(hood - free)
        if named + cost <= max_nodes:
            keep |= hood
            named += cost
        elif hub in keep or not keep:
            for x in sorted(hood, key=lambda i: (i != hub, -data.actors[i]["n"], data.actors[i]["label"])):
                if x not in free:
                    if named >= max_nodes:
                        continue
                    named += 1
                keep.add(x)
    events = [e for e in data.events if all(x in keep for k in ("a", "g", "p") for x in e[k])]
    remap = {old: new for new, old in enumerate(sorted(keep))}
    left = [data.actors[i] for i in busiest if i not in keep]
    out = PageData(types=data.types, places=data.places, countries=data.countries)
    out.actors = [dict(data.actors[i], n=0) for i in sorted(keep)]
    for e in events:
        e = dict(e, a=[remap[x] for x in e["a"]], g=[remap[x] for x in e["g"]], p=[remap[x] for x in e["p"]])
        out.events.append(e)
        for x in set(e["a"]) | set(e["g"]) | set(e["p"]):
            out.actors[x]["n"] += 1
    out.omitted = {"actors": len(left), "events": len(data.events) - len(events),
                   "names": [a["label"] for a in left[:12]], "max_nodes": max_nodes}
    return out


def _json_for_script(obj) -> str:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    # nothing inside may close the script element or open a comment
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _script_safe(js: str) -> str:
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render_html(data: PageData, title: str = "geokg network") -> str:
    template = (TEMPLATES / "network.html").read_text(encoding="utf-8")
    vendor = TEMPLATES / "vendor"
    payload = {"title": title, "types": data.types, "actors": data.actors, "places": data.places,
               "countries": data.countries, "events": data.events, "omitted": data.omitted,
               "kindColors": KIND_COLORS}
    parts = {
        "@@TITLE@@": html.escape(title),
        "/*LIBS*/": _script_safe((vendor / "geokg-libs.min.js").read_text(encoding="utf-8")),
        "/*PAGE_JS*/": _script_safe((TEMPLATES / "network.js").read_text(encoding="utf-8")),
        "@@WORLD@@": _json_for_script(json.loads((vendor / "countries-110m.json").read_text(encoding="utf-8"))),
        "@@DATA@@": _json_for_script(payload),
    }
    # the template is cut at its markers first, so no inserted text is ever searched for one
    pieces = re.split(r"(@@TITLE@@|/\*LIBS\*/|/\*PAGE_JS\*/|@@WORLD@@|@@DATA@@)", template)
    return "".join(parts.get(p, p) for p in pieces)


def write_network(store: ox.Store, out: Path, *, max_nodes: int | None = DEFAULT_MAX_NODES,
                  title: str = "geokg network") -> PageData:
    data = limit_nodes(collect(store), max_nodes)
    atomic_write_text(out, render_html(data, title))
    return data
