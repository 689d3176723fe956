"""The interactive HTML network: one self-contained file that works with no network at all.

It inlines the vis-network library that ships inside the pyvis package (pyvis's own template
links Bootstrap from a CDN, so geokg uses its own page). Article text is data, never markup:
graph data travels as JSON inside a ``<script type="application/json">`` block with ``<``
escaped, and the page builds tooltips with ``textContent`` only."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.io import atomic_write_text
from kg.vocab import PREFIXES



def event_colors() -> dict[str, str]:
    """Each event type's colour, from the ontology's event-type registry (gev:displayColor)."""
    from kg.vocab.event_types import registry

    return registry().colors()


def __getattr__(name: str):  # EVENT_COLORS, read lazily (the ontology is parsed on first use, not at import)
    if name == "EVENT_COLORS":
        return event_colors()
    raise AttributeError(name)


KIND_STYLE = {
    "Country": ("#2b6cb0", "dot"), "Person": ("#dd6b20", "dot"), "Group": ("#b7791f", "dot"), "GovernmentBody": ("#805ad5", "diamond"),
    "InternationalOrganization": ("#319795", "diamond"), "ArmedForce": ("#c53030", "triangle"),
    "MediaOrganization": ("#718096", "diamond"), "Organization": ("#4a5568", "diamond"),
    "Place": ("#38a169", "square"), "Weapon": ("#000000", "star"),
}
ROLES = {"agent": "agent", "target": "target", "participant": "participant", "weapon": "weapon",
         "place": "place", "accordingTo": "according to"}

EVENTS_Q = """
SELECT ?e ?type ?label ?date ?modality WHERE {
  ?e a gev:Event ; a ?type ; rdfs:label ?label ; gev:modality ?modality .
  ?type rdfs:subClassOf* gev:Event .
  FILTER (?type != gev:Event && !(?type = gev:Meeting && EXISTS { ?e a gev:Visit }))
  OPTIONAL { ?e gev:date ?date }
}"""
SOURCES_Q = """
SELECT ?e ?sentence ?anchor ?b ?e2 ?doc ?url ?title ?sb WHERE {
  ?e a gev:Event ; gev:mention ?m .
  ?m gev:sentence ?sentence ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e2 ; gev:document ?doc .
  OPTIONAL { ?doc dcterms:source ?url } OPTIONAL { ?doc dcterms:title ?title }
}"""
ROLES_Q = """
SELECT ?e ?p ?x WHERE {
  ?e a gev:Event ; ?p ?x .
  VALUES ?p { gev:agent gev:target gev:participant gev:weapon gev:place gev:accordingTo }
}"""
THINGS_Q = """
SELECT ?x ?kind ?label ?country WHERE {
  ?x rdfs:label ?label ; a ?kind .
  VALUES ?kind { gev:Country gev:Person gev:GovernmentBody gev:InternationalOrganization gev:ArmedForce
                 gev:MediaOrganization gev:Organization gev:Place gev:Weapon }
  OPTIONAL { ?x gev:country/gev:isoCode ?country }
  OPTIONAL { ?x gev:isoCode ?country }
}"""
# the most specific kind wins when a thing has several
KIND_ORDER = ["Country", "Person", "GovernmentBody", "InternationalOrganization", "ArmedForce",
              "MediaOrganization", "Organization", "Place", "Weapon"]


@dataclass(slots=True)
class NetworkData:
    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    actor_nodes: list[dict] = field(default_factory=list)
    actor_edges: list[dict] = field(default_factory=list)
    omitted: int = 0


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def collect(store: ox.Store) -> NetworkData:
    q = lambda text: store.query(text, prefixes=PREFIXES)  # noqa: E731
    things: dict[str, dict] = {}
    for row in q(THINGS_Q):
        iri, kind = row["x"].value, _local(row["kind"].value)
        t = things.setdefault(iri, {"id": iri, "label": row["label"].value, "kinds": set(), "country": None})
        t["kinds"].add(kind)
        if row["country"] is not None:
            t["country"] = row["country"].value
    events: dict[str, dict] = {}
    for row in q(EVENTS_Q):
        iri = row["e"].value
        events[iri] = {"id": iri, "label": row["label"].value, "type": _local(row["type"].value),
                       "date": row["date"].value if row["date"] is not None else "",
                       "modality": row["modality"].value, "sources": [], "countries": set()}
    for row in q(SOURCES_Q):
        ev = events.get(row["e"].value)
        if ev is None:
            continue
        sentence, anchor = row["sentence"].value, row["anchor"].value
        ev["sources"].append({
            "sentence": sentence, "anchor": anchor,
            "url": row["url"].value if row["url"] is not None else "",
            "title": row["title"].value if row["title"] is not None else "",
            "doc": row["doc"].value,
        })
    data = NetworkData()
    roles: list[tuple[str, str, str]] = []
    for row in q(ROLES_Q):
        e, p, x = row["e"].value, _local(row["p"].value), row["x"].value
        if e in events and x in things:
            roles.append((e, p, x))
            if things[x]["country"]:
                events[e]["countries"].add(things[x]["country"])
    used = {x for _, _, x in roles}
    for t in sorted(things.values(), key=lambda t: t["id"]):
        if t["id"] not in used:
            continue
        kind = next(k for k in KIND_ORDER if k in t["kinds"])
        color, shape = KIND_STYLE[kind]
        data.nodes.append({"id": t["id"], "label": t["label"], "kind": kind, "color": color,
                           "shape": shape, "country": t["country"] or "", "date": "", "etype": ""})
    for ev in sorted(events.values(), key=lambda e: e["id"]):
        ev["sources"].sort(key=lambda s: (s["doc"], s["sentence"]))
        data.nodes.append({"id": ev["id"], "label": ev["type"], "kind": "Event",
                           "etype": ev["type"], "color": event_colors().get(ev["type"], "#999"), "shape": "box",
                           "date": ev["date"], "title_text": ev["label"], "modality": ev["modality"],
                           "sources": ev["sources"], "country": " ".join(sorted(ev["countries"]))})
    for e, p, x in sorted(roles):
        data.edges.append({"from": e, "to": x, "label": ROLES[p], "etype": events[e]["type"], "date": events[e]["date"],
                           "country": " ".join(sorted(events[e]["countries"])),
                           "title_text": f"{ROLES[p]} of {events[e]['label']}", "sources": events[e]["sources"]})
    # actor network: events folded into actor–actor edges, weighted by count
    folded: Counter = Counter()
    folded_sources: dict[tuple, list] = defaultdict(list)
    for e, ev in events.items():
        agents = sorted(x for ee, p, x in roles if ee == e and p == "agent")
        targets = sorted(x for ee, p, x in roles if ee == e and p == "target")
        parts = sorted(x for ee, p, x in roles if ee == e and p == "participant")
        pairs = [(a, t) for a in agents for t in targets if a != t]
        pairs += [(a, b) for i, a in enumerate(parts) for b in parts[i + 1:]]
        for a, b in pairs:
            folded[(a, b, ev["type"])] += 1
            folded_sources[(a, b, ev["type"])] += ev["sources"][:2]
    actor_ids = {a for a, _, _ in folded} | {b for _, b, _ in folded}
    data.actor_nodes = [n for n in data.nodes if n["id"] in actor_ids]
    data.actor_edges = [{"from": a, "to": b, "etype": t, "value": n, "label": f"{t} ×{n}" if n > 1 else t,
                         "color": event_colors().get(t, "#999"), "date": "", "country": "",
                         "title_text": f"{t}: {n} event(s)", "sources": folded_sources[(a, b, t)][:6]}
                        for (a, b, t), n in sorted(folded.items())]
    return data


def limit_nodes(data: NetworkData, max_nodes: int | None) -> NetworkData:
    """Keep the ``max_nodes`` most connected nodes (degree centrality) of the event graph."""
    if not max_nodes or len(data.nodes) <= max_nodes:
        return data
    degree: Counter = Counter()
    for e in data.edges:
        degree[e["from"]] += 1
        degree[e["to"]] += 1
    keep = {n["id"] for n in sorted(data.nodes, key=lambda n: (-degree[n["id"]], n["id"]))[:max_nodes]}
    data.omitted = len(data.nodes) - len(keep)
    data.nodes = [n for n in data.nodes if n["id"] in keep]
    data.edges = [e for e in data.edges if e["from"] in keep and e["to"] in keep]
    data.actor_nodes = [n for n in data.actor_nodes if n["id"] in keep]
    data.actor_edges = [e for e in data.actor_edges if e["from"] in keep and e["to"] in keep]
    return data


def _vis_assets() -> tuple[str, str]:
    lib = Path(str(resources.files("pyvis"))) / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _json_for_script(obj) -> str:
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # nothing inside may close the script element or open a comment
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_html(data: NetworkData, title: str = "geokg network") -> str:
    js, css = _vis_assets()
    template = (Path(__file__).parent / "templates" / "network.html").read_text(encoding="utf-8")
    payload = {
        "nodes": data.nodes, "edges": data.edges, "actorNodes": data.actor_nodes, "actorEdges": data.actor_edges,
        "omitted": data.omitted, "eventColors": event_colors(),
        "kindStyle": {k: {"color": c, "shape": s} for k, (c, s) in KIND_STYLE.items()},
    }
    import html as _html

    return (template.replace("/*VIS_CSS*/", css.replace("</", "<\\/"))
            .replace("/*VIS_JS*/", js.replace("</script", "<\\/script"))
            .replace("@@TITLE@@", _html.escape(title))
            .replace("@@DATA@@", _json_for_script(payload)))


def write_network(store: ox.Store, out: Path, *, max_nodes: int | None = None, title: str = "geokg network") -> NetworkData:
    data = limit_nodes(collect(store), max_nodes)
    atomic_write_text(out, render_html(data, title))
    return data
