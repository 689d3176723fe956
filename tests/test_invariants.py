"""Contract invariants on the seed graph: SHACL, offsets, determinism."""

from __future__ import annotations

import io
import json

from rdflib.compare import isomorphic, to_isomorphic

from conftest import seed_record, select


def test_validate_conforms(seed_store):
    from kg.validate import validate_store

    report = validate_store(seed_store)
    assert report.conforms, report.text[:2000]


def test_every_anchor_is_the_text_at_its_offsets(seed_store):
    rows = select(seed_store, """
    SELECT ?a ?b ?e ?t WHERE { ?m a gev:Mention ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ;
                                  gev:document/gev:text ?t }""")
    assert len(rows) > 50
    for r in rows:
        assert r["t"][int(r["b"]):int(r["e"])] == r["a"]


def test_validate_catches_a_wrong_anchor(seed_dataset):
    """The check can fail: corrupt one anchor and validation must say so."""
    from rdflib import Literal

    from kg.store import dataset_to_store
    from kg.validate import validate_store
    from kg.vocab import NIF

    ds = type(seed_dataset)()
    for q in seed_dataset.quads((None, None, None, None)):
        ds.add(q)
    s, p, o, _ = next(iter(ds.quads((None, NIF.anchorOf, None, None))))
    for q in list(ds.quads((s, p, o, None))):  # in its document graph and in the default graph
        ds.remove(q)
        ds.add((s, p, Literal(str(o) + "X"), q[3]))
    report = validate_store(dataset_to_store(ds))
    assert not report.conforms
    assert report.anchor_errors


def test_two_builds_are_isomorphic(seed_dataset):
    from kg.pipeline import build_dataset

    line = json.dumps(seed_record()) + "\n"
    again, _ = build_dataset(["-"], stdin=io.BytesIO(line.encode("utf-8")))
    for g in seed_dataset.graphs():
        other = again.graph(g.identifier)
        assert isomorphic(to_isomorphic(g), to_isomorphic(other)), g.identifier


def test_every_event_has_type_mention_source_and_actor(seed_store):
    # an agent, participant, target or place (the contract: an agent the text does not give is
    # left out, "a man was shot dead in Guadalajara" keeps its target and place)
    rows = select(seed_store, """
    SELECT ?e (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?d) AS ?docs) (COUNT(DISTINCT ?a) AS ?actors) WHERE {
      ?e a gev:Event .
      OPTIONAL { ?e gev:mention ?m } OPTIONAL { ?e prov:wasDerivedFrom ?d }
      OPTIONAL { ?e gev:agent|gev:participant|gev:target|gev:place ?a }
    } GROUP BY ?e""")
    assert len(rows) >= 10
    for r in rows:
        assert int(r["mentions"]) >= 1 and int(r["docs"]) >= 1 and int(r["actors"]) >= 1, r


def test_validate_reports_what_pyshacl_reports_one_line_per_kind(seed_store):
    """The shapes compiled to SPARQL flag the focus nodes pySHACL flags, on a graph with
    violations of several kinds; the report has one line per kind with its count."""
    import pyoxigraph as ox
    import pyshacl
    from rdflib import Graph

    from kg.resources import ontology_path
    from kg.validate import store_to_graph, validate_store

    store = ox.Store()
    store.extend(seed_store)
    gev = "https://w3id.org/geokg/ontology#"
    d = ox.DefaultGraph()
    actor = next(iter(store.query(f"SELECT ?a WHERE {{ ?a a <{gev}Person> }} LIMIT 1")))["a"]
    event = next(iter(store.query(f"SELECT ?e WHERE {{ ?e a <{gev}Attack> }} LIMIT 1")))["e"]
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    store.add(ox.Quad(actor, label, ox.Literal("Another Name"), d))
    store.add(ox.Quad(event, ox.NamedNode(gev + "modality"), ox.Literal("maybe"), d))
    for q in list(store.quads_for_pattern(event, ox.NamedNode(gev + "mention"), None, d)):
        store.remove(q)
    report = validate_store(store)
    assert not report.conforms
    lines = report.text.splitlines()
    assert len(lines) == len({v.kind for v in report.violations}) >= 3
    assert any(line.split()[0] == "1" and "NamedThingShape label: more than 1 value" in line for line in lines), lines
    ours = {v.focus for v in report.violations}
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    # the shapes read the class hierarchy as SHACL does with the ontology in the data graph
    ontology = Graph().parse(ontology_path("geoevent.ttl"), format="turtle")
    _, results, _ = pyshacl.validate(store_to_graph(store), shacl_graph=shapes, ont_graph=ontology,
                                     inference="none", advanced=True)
    sh = "http://www.w3.org/ns/shacl#"
    from rdflib import URIRef

    theirs = {str(o) for o in results.objects(None, URIRef(sh + "focusNode"))}
    assert ours == theirs == {actor.value, event.value}


def test_the_junk_invariant_checked_in_python_means_what_the_shape_says(seed_store):
    """An actor named only inside junk: the Python check and the shape's own SPARQL flag the same
    (event, actor) pairs."""
    import pyoxigraph as ox
    from rdflib import Graph, URIRef

    from kg.resources import ontology_path
    from kg.validate import JUNK_MESSAGE, _junk_actors
    from kg.vocab import PREFIXES

    store = ox.Store()
    store.extend(seed_store)
    gev = "https://w3id.org/geokg/ontology#"
    d = ox.DefaultGraph()
    junk = next(iter(store.query(f"SELECT ?j WHERE {{ ?doc <{gev}junk> ?j }} LIMIT 1")), None)
    assert junk is not None, "the seed has a byline or another junk span"
    event = next(iter(store.query(f"SELECT ?e WHERE {{ ?e a <{gev}Attack> }} LIMIT 1")))["e"]
    fake = ox.NamedNode("https://w3id.org/geokg/id/person/Junk_Byline")
    store.add(ox.Quad(fake, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(gev + "Person"), d))
    store.add(ox.Quad(fake, ox.NamedNode(gev + "mention"), junk["j"], d))
    store.add(ox.Quad(event, ox.NamedNode(gev + "agent"), fake, d))
    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    sh = "http://www.w3.org/ns/shacl#"
    (constraint,) = [c for c in shapes.subjects(URIRef(sh + "message"), None)
                     if str(shapes.value(c, URIRef(sh + "message"))) == JUNK_MESSAGE]
    select = str(shapes.value(constraint, URIRef(sh + "select"))).replace("$this", "?this")
    head, _, rest = select.partition("{")
    query = f"{head}{{ ?this a gev:Event . {rest}"
    by_sparql = {(r["this"].value, r["value"].value) for r in store.query(query, prefixes=PREFIXES, default_graph=[d])}
    by_python = {(v.focus, v.value) for v in _junk_actors(store, "junk")}
    assert by_python == by_sparql == {(event.value, fake.value)}


def test_validate_catches_a_trigger_mention_that_is_no_mention(seed_store):
    """gev:triggerMention is a sub-property of gev:mention: a trigger mention the event does not
    also list as a mention is reported."""
    import pyoxigraph as ox

    from kg.validate import validate_store

    store = ox.Store()
    store.extend(seed_store)
    gev = "https://w3id.org/geokg/ontology#"
    row = next(iter(store.query(f"""SELECT ?e ?m WHERE {{ ?e a <{gev}Visit> . ?x a <{gev}Person> ; <{gev}mention> ?m }}
                                  LIMIT 1""")))
    store.add(ox.Quad(row["e"], ox.NamedNode(gev + "triggerMention"), row["m"], ox.DefaultGraph()))
    report = validate_store(store)
    assert not report.conforms
    assert [v.focus for v in report.violations] == [row["e"].value], report.text
    assert "trigger mention" in report.text
