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
    s, p, o, g = next(iter(ds.quads((None, NIF.anchorOf, None, None))))
    ds.remove((s, p, o, g))
    ds.add((s, p, Literal(str(o) + "X"), g))
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
