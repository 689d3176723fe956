"""What the page is given: the events as ``kg query`` sees them, and the cut to --max-nodes actors."""

from __future__ import annotations

import json
import re

import pytest

from kg.viz import PageData, collect, limit_nodes, render_html


def small(links: list[tuple[int, int]], actors: int) -> PageData:
    data = PageData(types=[{"name": "Attack", "label": "Attack", "color": "#000", "hidden": False}])
    data.actors = [{"id": f"x{i}", "label": f"A{i}", "kind": "Person", "country": -1, "n": 0} for i in range(actors)]
    for k, (a, b) in enumerate(links):
        data.events.append({"id": f"e{k}", "t": 0, "a": [a], "g": [b], "p": [], "l": []})
        data.actors[a]["n"] += 1
        data.actors[b]["n"] += 1
    return data


# hub 0 with 1, 2, 3; a chain 4-5-6; 1-2
LINKS = [(0, 1), (0, 2), (0, 3), (4, 5), (5, 6), (1, 2)]


@pytest.mark.parametrize("max_nodes, kept, events, left_names", [
    # the hub's whole neighbourhood fits; the chain's does not and is left out whole
    (4, ["A0", "A1", "A2", "A3"], ["e0", "e1", "e2", "e5"], ["A5", "A4", "A6"]),
    (5, ["A0", "A1", "A2", "A3"], ["e0", "e1", "e2", "e5"], ["A5", "A4", "A6"]),
    # both fit
    (7, ["A0", "A1", "A2", "A3", "A4", "A5", "A6"], ["e0", "e1", "e2", "e3", "e4", "e5"], []),
    # the hub's neighbourhood alone is too big: the hub and its busiest neighbour
    (2, ["A0", "A1"], ["e0"], ["A2", "A5", "A3", "A4", "A6"]),
])
def test_max_nodes_keeps_whole_neighbourhoods(max_nodes, kept, events, left_names):
    out = limit_nodes(small(LINKS, 7), max_nodes)
    assert [a["label"] for a in out.actors] == kept
    assert [e["id"] for e in out.events] == events
    if left_names:
        assert out.omitted == {"actors": len(left_names), "events": 6 - len(events), "names": left_names,
                               "max_nodes": max_nodes}
    # every kept event points at kept actors, and the sizes count kept events only
    for e in out.events:
        assert all(0 <= x < len(out.actors) for x in e["a"] + e["g"])
    assert [a["n"] for a in out.actors] == [sum(1 for e in out.events if i in e["a"] + e["g"])
                                            for i in range(len(out.actors))]


def test_seed_events_as_the_page_gets_them(seed_store):
    data = collect(seed_store)
    label = {i: a["label"] for i, a in enumerate(data.actors)}
    tests = [e for e in data.events if data.types[e["t"]]["name"] == "WeaponTest"
             and "intercontinental missile by North Korea" in e["s"]]
    assert len(tests) == 1
    e = tests[0]
    assert {k: e[k] for k in ("d", "r", "m", "n", "k")} == {"d": "2024-10-31", "r": "2024-10-31", "m": "asserted",
                                                            "n": 1, "k": "launch"}
    assert [label[x] for x in e["a"]] == ["North Korea"] and e["g"] == [] and e["p"] == []
    # types carry labels and statements start hidden; countries are named, with their ISO numeric code
    assert {t["name"]: (t["label"], t["hidden"]) for t in data.types}["Statement"] == ("Statement", True)
    assert {t["name"]: t["label"] for t in data.types}["WeaponTest"] == "Weapon test"
    assert {c["iso"]: (c["name"], c["num"]) for c in data.countries}["PRK"] == ("North Korea", "408")
    # a Visit (a kind of Meeting) is drawn once, as a Visit
    assert len({e["id"] for e in data.events}) == len(data.events)
    visits = [(data.types[e["t"]]["name"], [label[x] for x in e["a"]]) for e in data.events if e["k"] == "visit"]
    assert visits == [("Visit", ["Vladimir Putin"])]


def test_page_text_cannot_close_its_script(seed_store):
    data = collect(seed_store)
    data.events[0]["s"] = "</script><script>alert(1)</script><!--"
    page = render_html(data, title="</title><script>alert(2)</script>")
    assert "alert(1)" in page and "<script>alert" not in page and "<!--" not in page
    block = re.search(r'<script type="application/json" id="geokg-data">(.*?)</script>', page, re.S).group(1)
    assert json.loads(block)["events"][0]["s"] == "</script><script>alert(1)</script><!--"
    assert page.count("<script") == 4  # the two data blocks, the libraries, the page


@pytest.mark.parametrize("labels, chosen", [
    (["DEU", "Germany"], "Germany"), (["Germany", "DEU"], "Germany"),
    (["Médecins Sans Frontières", "MSF"], "Médecins Sans Frontières"),
    (["Syrian Arab Republic", "Syria"], "Syria"), (["Syria", "Syrian Arab Republic"], "Syria"),
    (["Türkiye", "Turkey"], "Turkey"), ([None, "Iran"], "Iran"),
])
def test_one_label_whatever_the_row_order(labels, chosen):
    from kg.labels import pick_label

    label = ""
    for x in labels:  # one at a time, as the page's rows come
        label = pick_label([x, label])
    assert label == chosen
    assert pick_label(labels) == chosen


def test_the_label_given_most_often_comes_first():
    from collections import Counter

    from kg.labels import pick_label

    assert pick_label(Counter({"MSF": 2, "Médecins Sans Frontières": 1})) == "MSF"
    assert pick_label(Counter({"MSF": 1, "Médecins Sans Frontières": 1})) == "Médecins Sans Frontières"
    assert pick_label([None, ""]) == ""


@pytest.mark.parametrize("event, pairs", [
    ({"a": [0], "g": [1, 2], "p": [], "t": 0}, {(0, 1, 0): 1, (0, 2, 0): 1}),          # agent → each target
    ({"a": [0], "g": [0], "p": [], "t": 0}, {}),                                        # never to itself
    ({"a": [], "g": [], "p": [2, 0, 1], "t": 1}, {(0, 1, 1): 1, (0, 2, 1): 1, (1, 2, 1): 1}),  # lower first
    ({"a": [1], "g": [], "p": [0], "t": 0}, {(0, 1, 0): 1}),                            # agents join participants
    ({"a": [1], "g": [0], "p": [0], "t": 0}, {(1, 0, 0): 1}),                           # one link per pair and event
])
def test_actor_pairs(event, pairs):
    from kg.viz import actor_pairs

    assert dict(actor_pairs([event, event])) == {k: 2 * n for k, n in pairs.items()}


def test_the_python_api_page_keeps_as_many_actors_as_kg_viz(monkeypatch, tmp_path):
    """KnowledgeGraph.to_html cuts the page to kg viz's default number of actors (it drew every
    actor); 0 draws all, as --max-nodes 0 does."""
    import pyoxigraph as ox
    from typer.testing import CliRunner

    import kg.viz
    from kg.api import KnowledgeGraph
    from kg.cli import app

    seen = []
    real = kg.viz.limit_nodes
    monkeypatch.setattr(kg.viz, "limit_nodes", lambda data, max_nodes=None: seen.append(max_nodes) or real(data, max_nodes))
    KnowledgeGraph(ox.Store()).to_html(tmp_path / "api.html")
    KnowledgeGraph(ox.Store()).to_html(tmp_path / "all.html", max_nodes=0)
    graph = tmp_path / "empty.nq"
    graph.write_text("", encoding="utf-8")
    assert CliRunner().invoke(app, ["viz", str(graph), "-o", str(tmp_path / "cli.html"), "-q"]).exit_code == 0
    assert seen == [kg.viz.DEFAULT_MAX_NODES, None, kg.viz.DEFAULT_MAX_NODES]


def test_groups_described_without_a_name_are_marked_and_not_among_the_busiest():
    """"people", "civilians": marked for the page (which draws them only when asked), never
    hubs of --max-nodes and not counted in it; their events stay."""
    data = small([(0, 1), (0, 2), (3, 4), (5, 6), (5, 1)], 7)
    for i in (0, 5):  # the busiest two are described groups of one story each
        data.actors[i]["d"] = 1
    data.actors[0]["n"] += 10
    out = limit_nodes(data, 2)
    # hubs: A1 (2 events), then A2; A0 and A5 come with their events, free
    assert [(a["label"], a.get("d", 0)) for a in out.actors] == [("A0", 1), ("A1", 0), ("A2", 0), ("A5", 1)]
    assert [e["id"] for e in out.events] == ["e0", "e1", "e4"]
    assert out.omitted["names"] == ["A3", "A4", "A6"]
    # within the budget of named actors, nothing is cut
    assert limit_nodes(data, 5) is data


def test_the_page_data_marks_described_groups_one_per_story(tmp_path):
    import io

    from kg.pipeline import build_store

    lines = "".join(json.dumps({"id": f"s{i}", "published": "2019-03-0" + str(i + 1), "text": text}) + "\n"
                    for i, text in enumerate([
                        "Turkish troops shelled civilians in Afrin, Syria, on Monday.",
                        "Russian jets bombed civilians in Idlib, Syria, on Tuesday.",
                    ]))
    store, _ = build_store(["-"], stdin=io.BytesIO(lines.encode("utf-8")))
    data = collect(store)
    got = sorted((a["label"], a.get("d", 0), a["n"]) for a in data.actors)
    assert [g for g in got if g[1]] == [("civilians", 1, 1), ("civilians", 1, 1)]
    assert all(not a.get("d") for a in data.actors if "/group/~" not in a["id"])
    assert 'id="described"' in render_html(data) and 'id="described" checked' not in render_html(data)


def test_which_types_start_hidden_is_the_ontologys_say(seed_store):
    """The page hides the types whose concept says gev:displayHidden, in the graph it is given:
    no list in Python."""
    import pyoxigraph as ox

    from kg.rdf.build import ONTOLOGY_GRAPH

    gev = "https://w3id.org/geokg/ontology#"
    store = ox.Store()
    store.extend(seed_store)
    for graph in (ONTOLOGY_GRAPH, ox.DefaultGraph()):  # the default graph holds the ontology too
        store.add(ox.Quad(ox.NamedNode(gev + "EventType_WeaponTest"), ox.NamedNode(gev + "displayHidden"),
                          ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")), graph))
    hidden = {t["name"] for t in collect(store).types if t["hidden"]}
    assert hidden == {"Statement", "WeaponTest"}
